//! "Russian ambassadors in Central Asian states to convene in Ashgabat", a
//! Trend report of 18 October 2017 as republished by xebersaati.com,
//! encoded through the builders.
//!
//! Run with `cargo run --example russian_ambassadors_meeting`: it
//! validates the article and prints it as pretty JSON on stdout (and
//! nothing else). On a validation problem it prints every problem on
//! stderr and exits with 1.
//!
//! The text is
//! `examples/data/trend-2017-10-18-russian-ambassadors-central-asia-ashgabat.txt`
//! (the body alone: the headline is set apart); its source notes are in
//! the `.md` file beside it. What it shows: another outlet's copy of an
//! agency story (`provenance`: first published by Trend, whose dateline
//! gives the date, "By Huseyn Hasanov– Trend:"), a ministry's press release
//! as a document that is quoted ("the message said"), a meeting with its
//! chair, its expected attendees and the topics it is to take up, a visit
//! under way, and the previous meeting of the series.

use std::process::ExitCode;

use structured_news::prelude::*;
use structured_news::{
    Article, ArticleBuilder, Attendance, MeetingRole, Quantity, Role, VagueSize, When,
};

/// The article's body.
const TEXT: &str =
    include_str!("data/trend-2017-10-18-russian-ambassadors-central-asia-ashgabat.txt");

fn main() -> ExitCode {
    let article = match build_article() {
        Ok(article) => article,
        Err(problem) => {
            eprintln!("the article does not validate: {problem}");
            return ExitCode::FAILURE;
        }
    };
    match serde_json::to_string_pretty(&article) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("could not write JSON: {e}");
            ExitCode::FAILURE
        }
    }
}

fn build_article() -> Result<Article, Box<dyn std::error::Error>> {
    let body = TEXT.strip_suffix('\n').unwrap_or(TEXT);
    let mut article = ArticleBuilder::new(
        "trend-2017-10-18-russian-ambassadors-central-asia-ashgabat",
        "en",
        body,
    );
    article
        .headline("Russian ambassadors in Central Asian states to convene in Ashgabat")
        .url("http://www.xebersaati.com/news/135875-russian-ambassadors-in-central-asian-states-to-convene-in-ashgabat/")
        .published("2017-10-18");

    // Who published it, and whose story it is.
    let xebersaati = article.add_organization(Organization::builder(
        "xebersaati",
        "xebersaati.com",
        OrganizationKind::Media,
    ));
    let trend = article.add_organization(
        Organization::builder("trend", "Trend", OrganizationKind::Media)
            .country("AZ")
            .evidence("Trend"),
    );
    let hasanov = article
        .add_person(Person::builder("huseyn-hasanov", "Huseyn Hasanov").evidence("Huseyn Hasanov"));
    let turkmenistan = article.add_country(
        Place::country_builder("turkmenistan", "Turkmenistan", "TM")
            .evidence_nth("Turkmenistan", 1),
    );
    let ashgabat = article.add_place(
        Place::builder("ashgabat", "Ashgabat", PlaceKind::City)
            .within(&turkmenistan)
            .country("TM")
            .evidence_nth("Ashgabat", 1),
    );
    // Trend's dateline ("Ashgabat, Turkmenistan, Oct. 18") is the date of
    // the first publication; the republished page prints the same day.
    article
        .publisher(&xebersaati)
        .byline(&hasanov)
        .dateline(&ashgabat)
        .originally_published_by(&trend, "By Huseyn Hasanov– Trend:")
        .original_published("2017-10-18");

    let kazakhstan = article.add_country(
        Place::country_builder("kazakhstan", "Kazakhstan", "KZ").evidence("Kazakhstan"),
    );
    let kyrgyzstan = article.add_country(
        Place::country_builder("kyrgyzstan", "Kyrgyzstan", "KG").evidence("Kyrgyzstan"),
    );
    let tajikistan = article.add_country(
        Place::country_builder("tajikistan", "Tajikistan", "TJ").evidence("Tajikistan"),
    );
    let uzbekistan = article.add_country(
        Place::country_builder("uzbekistan", "Uzbekistan", "UZ").evidence("Uzbekistan"),
    );
    let tashkent = article.add_place(
        Place::builder("tashkent", "Tashkent", PlaceKind::City)
            .within(&uzbekistan)
            .country("UZ")
            .evidence("Tashkent"),
    );
    let central_asian_states = article.add_group(
        Group::builder("central-asian-states", "Central Asian states")
            .member(&kazakhstan)
            .member(&kyrgyzstan)
            .member(&tajikistan)
            .member(&turkmenistan)
            .member(&uzbekistan)
            .evidence_nth("Central Asian states", 1),
    );
    let ministry = article.add_organization(
        Organization::builder(
            "russian-foreign-ministry",
            "Russian Foreign Ministry",
            OrganizationKind::Ministry,
        )
        .country("RU")
        .evidence_nth("the Russian Foreign Ministry", 1),
    );
    let karasin = article.add_person(
        Person::builder("grigory-karasin", "Grigory Karasin")
            .role("State Secretary", &ministry)
            .role("Deputy Foreign Minister", &ministry)
            .country("RU")
            .evidence("Russian State Secretary and Deputy Foreign Minister Grigory Karasin"),
    );
    // The ambassadors are not named: a group of five people the article
    // only describes, each Russia's ambassador to one of the five states.
    const AMBASSADORS: &str =
        "Russian ambassadors to Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan";
    let mut ambassadors = Group::described_builder("russian-ambassadors", AMBASSADORS);
    for (state, name) in [
        (&kazakhstan, "Kazakhstan"),
        (&kyrgyzstan, "Kyrgyzstan"),
        (&tajikistan, "Tajikistan"),
        (&turkmenistan, "Turkmenistan"),
        (&uzbekistan, "Uzbekistan"),
    ] {
        let ambassador = article.add_person(
            Person::unnamed_builder(
                format!("russian-ambassador-to-{}", name.to_lowercase()),
                &format!("Russian ambassador to {name}"),
            )
            .with_role(
                Role::new("ambassador")
                    .in_organization(&ministry)
                    .toward(state),
            )
            .country("RU")
            .evidence(AMBASSADORS),
        );
        ambassadors = ambassadors.member(&ambassador);
    }
    let ambassadors = article.add_group(ambassadors.evidence(AMBASSADORS));
    let department_heads = article.add_group(
        Group::described_builder(
            "ministry-department-heads",
            "heads of a number of departments of the Russian Foreign Ministry’s central office",
        )
        .quantity(Quantity::vague(
            VagueSize::Several,
            "departments",
            "a number of departments",
        ))
        .evidence(
            "heads of a number of departments of the Russian Foreign Ministry’s central office",
        ),
    );
    article.source_quoted(
        &ministry,
        "the Russian Foreign Ministry said in a press release",
    );
    let press_release = article.add_document(
        Document::builder("ministry-press-release", DocumentKind::PressRelease)
            .issuer(&ministry)
            .evidence("a press release"),
    );

    // The previous meeting, and Karasin's visit, during which he chairs
    // this one.
    let previous = article.add_meeting(
        Meeting::builder(
            "previous-ambassadors-meeting",
            MeetingKind::Multilateral,
            MeetingStatus::Held,
        )
        .date(When::as_written("2013-12".parse()?, "in December 2013"))
        .place(&tashkent)
        .organization(&ministry)
        .evidence("The previous one took place in Tashkent in December 2013."),
    );
    let visit = article.add_meeting(
        Meeting::builder(
            "karasin-working-visit",
            MeetingKind::Visit,
            MeetingStatus::InProgress,
        )
        .place(&ashgabat)
        .participant_in_role(&karasin, MeetingRole::Guest)
        .evidence("who is in Ashgabat on a working visit"),
    );
    let meeting = article.add_meeting(
        Meeting::builder(
            "ambassadors-meeting-ashgabat",
            MeetingKind::Multilateral,
            MeetingStatus::Scheduled,
        )
        .date(When::as_written("2017-10-18/2017-10-19".parse()?, "On Oct. 18-19"))
        .place(&ashgabat)
        .organization(&ministry)
        .participant_in_role(&karasin, MeetingRole::Chair)
        .participant_attending(&ambassadors, Attendance::Expected)
        .participant_attending(&department_heads, Attendance::Expected)
        .coincides_with(&visit)
        .follows(&previous)
        .expected_topic("current trends in developments in the region and adjacent areas")
        .expected_topic(
            "issues related to the implementation of Russia’s agreements with the Central \
             Asian states",
        )
        .expected_topic(
            "the personnel and logistics support to the Russian foreign offices in Central \
             Asian states",
        )
        .about(&central_asian_states)
        .evidence(
            "On Oct. 18-19, Ashgabat will host a meeting of Russia’s ambassadors in Central \
             Asian states",
        )
        .evidence("The meeting will be chaired by Russian State Secretary and Deputy Foreign Minister Grigory Karasin")
        .evidence("The meeting will be attended by Russian ambassadors to Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan as well as by heads of a number of departments of the Russian Foreign Ministry’s central office")
        .evidence("The sides will pay special attention to the personnel and logistics support to the Russian foreign offices in Central Asian states."),
    );

    article.add_statement(
        Statement::paraphrase(
            "ministry-announces-meeting",
            &ministry,
            SpeechAct::Said,
            "On Oct. 18-19, Ashgabat will host a meeting of Russia’s ambassadors in Central \
             Asian states",
        )
        .reporting_verb("said")
        .document(&press_release)
        .about(&meeting)
        .evidence(
            "On Oct. 18-19, Ashgabat will host a meeting of Russia’s ambassadors in Central \
             Asian states, the Russian Foreign Ministry said in a press release.",
        ),
    );
    article.add_statement(
        Statement::direct_quote(
            "press-release-topics",
            &press_release,
            SpeechAct::Said,
            "The participants of the meeting will analyze current trends in developments in \
             the region and adjacent areas and consider issues related to the implementation \
             of Russia’s agreements with the Central Asian states",
        )
        .reporting_verb("said")
        .about(&meeting)
        .evidence(
            "“The participants of the meeting will analyze current trends in developments in \
             the region and adjacent areas and consider issues related to the implementation \
             of Russia’s agreements with the Central Asian states,” the message said.",
        ),
    );
    Ok(article.build()?)
}

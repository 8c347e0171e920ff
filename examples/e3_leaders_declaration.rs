//! The declaration of the leaders of France, Germany and the United Kingdom
//! (the E3) on the situation in the Middle East, 22 June 2025, as published
//! on gov.uk (text from the wired-gov.net mirror), encoded through the
//! builders.
//!
//! Run with `cargo run --example e3_leaders_declaration`: it validates the
//! article and prints it as pretty JSON on stdout (and nothing else). On a
//! validation problem it prints every problem on stderr and exits with 1.
//!
//! The text is `examples/data/e3-leaders-declaration-middle-east.txt`: the
//! headline on the first line, a blank line, then the body. Its source is
//! described in `examples/data/e3-leaders-declaration-middle-east.md`.
//!
//! The whole body is the declaration itself, in the first person plural of
//! the E3 leaders, so every sentence is encoded as a statement of the E3 in
//! its own words. "Earlier today" is the day of the declaration, 22 June
//! 2025; the date resolver does not understand "earlier today", so the day
//! is given by hand and marked as inferred.

use std::process::ExitCode;

use structured_news::prelude::*;
use structured_news::{Article, ArticleBuilder, DocumentStatus, Role, When};

/// The article: headline, blank line, body.
const TEXT: &str = include_str!("data/e3-leaders-declaration-middle-east.txt");

/// The day of the declaration (and of its publication on gov.uk).
const DAY: &str = "2025-06-22";

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
    let (headline, body) = TEXT
        .split_once("\n\n")
        .ok_or("the text has no blank line after its headline")?;
    let body = body.trim_end_matches('\n');

    let mut article = ArticleBuilder::new("e3-leaders-declaration-middle-east", "en", body);
    article
        .headline(headline)
        .url("https://www.wired-gov.net/wg/news.nsf/articles/e3+leaders+declaration+on+the+situation+in+the+middle+east+declaration+des+dirigeants+des+e3+sur+la+situation+au+moyen+orient+23062025132000?open")
        .published(DAY)
        .subject("Middle East")
        .subject("Iran nuclear programme")
        .subject("United States strikes on Iranian nuclear facilities")
        .subject("E3 diplomacy")
        .subject("security of Israel");

    // The publisher: the declaration was published by 10 Downing Street on
    // gov.uk (the text was taken from a mirror of that page).
    let number_10 = article.add_organization(
        Organization::builder(
            "prime-ministers-office-10-downing-street",
            "Prime Minister's Office, 10 Downing Street",
            OrganizationKind::HeadOfStateOffice,
        )
        .country("GB"),
    );
    article.publisher(&number_10);

    // The E3 and its members. The body never names the three states; the
    // headline names the E3 and its leaders.
    let france =
        article.add_country(Place::country_builder("france", "France", "FR").wikidata("Q142"));
    let germany =
        article.add_country(Place::country_builder("germany", "Germany", "DE").wikidata("Q183"));
    let uk = article.add_country(
        Place::country_builder("united-kingdom", "United Kingdom", "GB").wikidata("Q145"),
    );
    let e3 = article.add_group(
        Group::builder("e3", "E3")
            .description("France, Germany and the United Kingdom")
            .member(&france)
            .member(&germany)
            .member(&uk)
            .evidence_in_headline("E3"),
    );
    // The leaders, whom the declaration does not name: one per state.
    let leaders = [
        ("leader-of-france", "the leader of France", &france, "FR"),
        ("leader-of-germany", "the leader of Germany", &germany, "DE"),
        (
            "leader-of-the-united-kingdom",
            "the leader of the United Kingdom",
            &uk,
            "GB",
        ),
    ];
    let mut leader_handles = Vec::new();
    for (id, description, country, code) in leaders {
        leader_handles.push(
            article.add_person(
                Person::unnamed_builder(id, description)
                    .country(code)
                    .with_role(Role::new("E3 leader").toward(country))
                    .evidence_in_headline("E3 leaders"),
            ),
        );
    }

    // The other states and places the declaration names.
    let israel =
        article.add_country(Place::country_builder("israel", "Israel", "IL").wikidata("Q801"));
    let iran = article.add_country(
        Place::country_builder("iran", "Iran", "IR")
            .wikidata("Q794")
            .evidence("Iran can never have a nuclear weapon"),
    );
    let us = article.add_country(
        Place::country_builder("united-states", "United States", "US")
            .wikidata("Q30")
            .evidence("the United States"),
    );
    let middle_east = article.add_place(
        Place::builder("middle-east", "Middle East", PlaceKind::GeographicRegion)
            .alias("the region")
            .wikidata("Q7204")
            .evidence("the Middle East"),
    );
    let fordow = article.add_place(
        Place::builder("fordow", "Fordow", PlaceKind::City)
            .country("IR")
            .within(&iran)
            .evidence("Fordow"),
    );
    let natanz = article.add_place(
        Place::builder("natanz", "Natanz", PlaceKind::City)
            .country("IR")
            .within(&iran)
            .evidence("Natanz"),
    );
    let isfahan = article.add_place(
        Place::builder("isfahan", "Isfahan", PlaceKind::City)
            .country("IR")
            .within(&iran)
            .wikidata("Q42053")
            .evidence("Isfahan"),
    );
    let countries_of_region = article.add_group(
        Group::described_builder("all-countries-in-the-region", "all countries in the region")
            .evidence("all countries in the region"),
    );
    article
        .add_group(Group::described_builder("all-parties", "all parties").evidence("all parties"));

    // The declaration itself.
    article.add_document(
        Document::builder("e3-leaders-declaration", DocumentKind::Declaration)
            .title("E3 leaders’ declaration on the situation in the Middle East")
            .date(inferred(DAY, None)?)
            .status(DocumentStatus::Adopted)
            .issuer(&france)
            .issuer(&germany)
            .issuer(&uk)
            .issuer(&e3)
            .evidence_in_headline("E3 leaders’ declaration on the situation in the Middle East"),
    );

    // The leaders' discussion "earlier today": its form (call, meeting) is
    // not given.
    let mut discussion = Meeting::builder(
        "e3-leaders-discussion",
        MeetingKind::Multilateral,
        MeetingStatus::Held,
    )
    .date(inferred(DAY, Some("earlier today"))?)
    .topic("the latest developments in the Middle East")
    .about(&middle_east)
    .evidence("We have discussed the latest developments in the Middle East earlier today.");
    for leader in &leader_handles {
        discussion = discussion.participant_as(leader, "E3 leader");
    }
    let discussion = article.add_meeting(discussion);

    // The events it refers to.
    let strikes = article.add_event(
        Event::builder(
            "us-strikes-on-iranian-nuclear-facilities",
            EventKind::Attack,
            EventStatus::Occurred,
            "the United States has conducted targeted military strikes against nuclear facilities in Fordow, Natanz and Isfahan",
        )
        .date(inferred(DAY, Some("Earlier today"))?)
        .place(&iran)
        .actor(&us)
        .affected(&iran)
        .about(&fordow)
        .about(&natanz)
        .about(&isfahan)
        .evidence("Earlier today, the United States has conducted targeted military strikes against nuclear facilities in Fordow, Natanz and Isfahan."),
    );
    let agreement = article.add_event(
        Event::builder(
            "iran-nuclear-agreement",
            EventKind::AgreementReached,
            EventStatus::Possible,
            "negotiations leading to an agreement that addresses all concerns associated with its nuclear program",
        )
        .actor(&iran)
        .about(&iran)
        .evidence("negotiations leading to an agreement that addresses all concerns associated with its nuclear program"),
    );
    let destabilizing_action = article.add_event(
        Event::builder(
            "further-destabilizing-action",
            EventKind::Other,
            EventStatus::Possible,
            "any further action that could destabilize the region",
        )
        .actor(&iran)
        .about(&middle_east)
        .evidence("any further action that could destabilize the region"),
    );
    let conflict = article.add_event(
        Event::builder(
            "the-conflict",
            EventKind::ArmedConflict,
            EventStatus::Ongoing,
            "the conflict",
        )
        .place(&middle_east)
        .evidence("the conflict does not intensify and spread further"),
    );

    // What the E3 declared, sentence by sentence.
    let e3_says = |id: &str, act: SpeechAct, text: &str| {
        Statement::own_text(id, &e3, act, text).evidence(text)
    };
    article.add_statement(
        e3_says(
            "e3-discussed-developments",
            SpeechAct::Stated,
            "We have discussed the latest developments in the Middle East earlier today.",
        )
        .reporting_verb("have discussed")
        .date(inferred(DAY, None)?)
        .about(&discussion)
        .about(&middle_east),
    );
    let peace_and_stability = article.add_statement(
        e3_says(
            "e3-reiterate-peace-and-stability",
            SpeechAct::Reiterated,
            "We reiterate our commitment to peace and stability for all countries in the region.",
        )
        .reporting_verb("reiterate")
        .date(inferred(DAY, None)?)
        .about(&middle_east)
        .about(&countries_of_region),
    );
    let israel_security = article.add_statement(
        e3_says(
            "e3-affirm-support-for-israel",
            SpeechAct::Stated,
            "We affirm our support for the security of Israel.",
        )
        .reporting_verb("affirm")
        .date(inferred(DAY, None)?)
        .about(&israel),
    );
    let no_nuclear_weapon = article.add_statement(
        e3_says(
            "e3-iran-never-nuclear-weapon",
            SpeechAct::Reiterated,
            "We have consistently been clear that Iran can never have a nuclear weapon and can no longer pose a threat to regional security.",
        )
        .reporting_verb("have consistently been clear")
        .date(inferred(DAY, None)?)
        .about(&iran)
        .about(&middle_east),
    );
    article.add_statement(
        e3_says(
            "e3-on-us-strikes",
            SpeechAct::Stated,
            "Earlier today, the United States has conducted targeted military strikes against nuclear facilities in Fordow, Natanz and Isfahan.",
        )
        .date(inferred(DAY, None)?)
        .about(&strikes)
        .about(&us)
        .about(&iran),
    );
    let aim = article.add_statement(
        e3_says(
            "e3-aim-prevent-nuclear-weapon",
            SpeechAct::Reiterated,
            "Our aim continues to be to prevent Iran from acquiring a nuclear weapon.",
        )
        .reporting_verb("continues to be")
        .date(inferred(DAY, None)?)
        .about(&iran),
    );
    let call_for_negotiations = article.add_statement(
        e3_says(
            "e3-call-on-iran-to-negotiate",
            SpeechAct::CalledFor,
            "We call upon Iran to engage in negotiations leading to an agreement that addresses all concerns associated with its nuclear program.",
        )
        .reporting_verb("call upon")
        .addressee(&iran)
        .date(inferred(DAY, None)?)
        .about(&agreement),
    );
    let stand_ready = article.add_statement(
        e3_says(
            "e3-stand-ready-to-contribute",
            SpeechAct::Other,
            "We stand ready to contribute to that goal in coordination with all parties.",
        )
        .reporting_verb("stand ready")
        .date(inferred(DAY, None)?)
        .about(&agreement)
        .about(&call_for_negotiations),
    );
    article.add_statement(
        e3_says(
            "e3-urge-iran-no-further-action",
            SpeechAct::CalledFor,
            "We urge Iran not to take any further action that could destabilize the region.",
        )
        .reporting_verb("urge")
        .addressee(&iran)
        .date(inferred(DAY, None)?)
        .about(&destabilizing_action)
        .about(&middle_east),
    );
    let continue_efforts = article.add_statement(
        e3_says(
            "e3-continue-diplomatic-efforts",
            SpeechAct::Promised,
            "We will continue our joint diplomatic efforts to defuse tensions and ensure the conflict does not intensify and spread further.",
        )
        .reporting_verb("will continue")
        .date(inferred(DAY, None)?)
        .about(&conflict),
    );

    // The commitments.
    article.add_commitment(
        Commitment::builder(
            "peace-and-stability-in-the-region",
            CommitmentKind::Support,
            "peace and stability for all countries in the region",
        )
        .bound_party(&e3)
        .counterparty(&countries_of_region)
        .modality(Modality::Pledge)
        .statement(&peace_and_stability)
        .about(&middle_east)
        .status(CommitmentStatus::Reiterated)
        .status_as_of(DAY)
        .evidence(
            "We reiterate our commitment to peace and stability for all countries in the region.",
        ),
    );
    article.add_commitment(
        Commitment::builder(
            "support-for-the-security-of-israel",
            CommitmentKind::Support,
            "support for the security of Israel",
        )
        .bound_party(&e3)
        .counterparty(&israel)
        .statement(&israel_security)
        .status(CommitmentStatus::Stated)
        .status_as_of(DAY)
        .evidence("We affirm our support for the security of Israel."),
    );
    article.add_commitment(
        Commitment::builder(
            "prevent-iran-acquiring-nuclear-weapon",
            CommitmentKind::Other,
            "prevent Iran from acquiring a nuclear weapon",
        )
        .bound_party(&e3)
        .modality(Modality::Aspiration)
        .statement(&aim)
        .statement(&no_nuclear_weapon)
        .about(&iran)
        .status(CommitmentStatus::Reiterated)
        .status_as_of(DAY)
        .evidence("Our aim continues to be to prevent Iran from acquiring a nuclear weapon."),
    );
    article.add_commitment(
        Commitment::builder(
            "contribute-to-negotiated-agreement",
            CommitmentKind::Support,
            "contribute to that goal in coordination with all parties",
        )
        .bound_party(&e3)
        .modality(Modality::Offer)
        .concerns(&agreement)
        .statement(&stand_ready)
        .about(&iran)
        .status(CommitmentStatus::Stated)
        .status_as_of(DAY)
        .evidence("We stand ready to contribute to that goal in coordination with all parties."),
    );
    article.add_commitment(
        Commitment::builder(
            "continue-joint-diplomatic-efforts",
            CommitmentKind::Other,
            "continue our joint diplomatic efforts to defuse tensions and ensure the conflict does not intensify and spread further",
        )
        .bound_party(&e3)
        .modality(Modality::Pledge)
        .concerns(&conflict)
        .statement(&continue_efforts)
        .about(&middle_east)
        .status(CommitmentStatus::InProgress)
        .status_as_of(DAY)
        .evidence("We will continue our joint diplomatic efforts to defuse tensions and ensure the conflict does not intensify and spread further."),
    );

    Ok(article.build()?)
}

/// A date the text does not write but that follows from the publication
/// date, with the words it comes from when there are any ("earlier today",
/// which the resolver does not understand).
fn inferred(date: &str, words: Option<&str>) -> Result<When, structured_news::ValueError> {
    let mut when = When::stated(date.parse()?);
    when.text = words.map(str::to_owned);
    when.inferred = true;
    Ok(when)
}

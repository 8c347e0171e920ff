//! "Secretary Blinken's Call with Russian Foreign Minister Lavrov", the
//! State Department's readout of 12 May 2021, encoded through the builders.
//!
//! Run with `cargo run --example blinken_lavrov_call`: it validates the
//! article and prints it as pretty JSON on stdout (and nothing else). On a
//! validation problem it prints every problem on stderr and exits with 1.
//!
//! The text is `examples/data/state-2021-05-12-blinken-lavrov-call.txt`
//! (the body alone); its source notes are in
//! `examples/data/state-2021-05-12-blinken-lavrov-call.md`.
//!
//! A readout is the department's own text: each of its sentences is a
//! statement of the spokesperson it is attributed to, in his own words,
//! on behalf of the department. What the Secretary said in the call is
//! reported in those sentences; it is encoded as his statements in the
//! call (their setting), and the commitments point at them. The readout
//! does not say who called whom, so the call has no requester. "Today" is
//! the day of publication and "next week" the week after it, both
//! resolved by the date rules.

use std::process::ExitCode;

use structured_news::prelude::*;
use structured_news::{Article, ArticleBuilder, Group, Role, When};

/// The article's body.
const TEXT: &str = include_str!("data/state-2021-05-12-blinken-lavrov-call.txt");

/// The day of the call and of the readout.
const DAY: &str = "2021-05-12";

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
    let mut article = ArticleBuilder::new("state-2021-05-12-blinken-lavrov-call", "en", body);
    article
        .url(
            "https://stl.news/secretary-blinkens-call-with-russian-foreign-minister-lavrov/445933/",
        )
        .published(DAY)
        .subject("United States–Russia relations")
        .subject("Arctic Council")
        .subject("detained U.S. citizens in Russia");

    // The readout's publisher and its spokesperson.
    let state_department = article.add_organization(
        Organization::builder(
            "us-department-of-state",
            "U.S. Department of State",
            OrganizationKind::Ministry,
        )
        .country("US")
        .wikidata("Q789915"),
    );
    article.publisher(&state_department);
    let price = article.add_person(
        Person::builder("ned-price", "Ned Price")
            .role("Spokesperson", &state_department)
            .country("US")
            .evidence("Spokesperson Ned Price"),
    );
    article.source_quoted(
        &price,
        "The below is attributable to Spokesperson Ned Price",
    );

    // The two countries and the people the readout names.
    let us = article.add_country(
        Place::country_builder("united-states", "United States", "US")
            .wikidata("Q30")
            .evidence("U.S. interests"),
    );
    let russia = article.add_country(
        Place::country_builder("russia", "Russia", "RU")
            .wikidata("Q159")
            .evidence_after("called on ", "Russia"),
    );
    let dprk = article.add_country(
        Place::country_builder("north-korea", "North Korea", "KP")
            .alias("the DPRK")
            .wikidata("Q423")
            .evidence("the DPRK"),
    );
    let blinken = article.add_person(
        Person::builder("antony-blinken", "Antony J. Blinken")
            .alias("Blinken")
            .alias("the Secretary")
            .with_role(Role::new("Secretary of State").toward(&us))
            .country("US")
            .evidence("Secretary of State Antony J. Blinken"),
    );
    let lavrov = article.add_person(
        Person::builder("sergey-lavrov", "Sergey Lavrov")
            .alias("Lavrov")
            .alias("the Minister")
            .with_role(Role::new("Foreign Minister").toward(&russia))
            .country("RU")
            .evidence("Russian Foreign Minister Sergey Lavrov"),
    );
    let biden = article.add_person(
        Person::builder("joe-biden", "Biden")
            .with_role(Role::new("President").toward(&us))
            .country("US")
            .wikidata("Q6279")
            .evidence("President Biden"),
    );
    let whelan =
        article.add_person(Person::builder("paul-whelan", "Paul Whelan").evidence("Paul Whelan"));
    let reed =
        article.add_person(Person::builder("trevor-reed", "Trevor Reed").evidence("Trevor Reed"));
    let us_citizens = article.add_group(
        Group::described_builder("us-citizens", "U.S. citizens").evidence("U.S. citizens"),
    );
    let allies = article.add_group(
        Group::described_builder("us-allies", "the allies of the United States")
            .evidence("our allies"),
    );
    let families = article.add_group(
        Group::described_builder(
            "whelan-and-reed-families",
            "the families of Paul Whelan and Trevor Reed",
        )
        .evidence("their families"),
    );
    let arctic_council = article.add_organization(
        Organization::builder(
            "arctic-council",
            "Arctic Council",
            OrganizationKind::IntergovernmentalOrganization,
        )
        .evidence("Arctic Council"),
    );

    // The call: "spoke today"; who placed it is not said.
    let call = article.add_meeting(
        Meeting::builder("blinken-lavrov-call", MeetingKind::PhoneCall, MeetingStatus::Held)
            .date_as_written("today")
            .participant_as(&blinken, "Secretary of State")
            .participant_as(&lavrov, "Russian Foreign Minister")
            .topic("the upcoming Arctic Council Ministerial")
            .topic("the potential to cooperate during Russia’s subsequent Arctic Council Chairmanship")
            .topic("President Biden’s resolve to protect U.S. citizens and act firmly in defense of U.S. interests")
            .topic("the release of Paul Whelan and Trevor Reed")
            .topic("U.S. policy toward the DPRK")
            .about(&arctic_council)
            .about(&dprk)
            .evidence("Secretary of State Antony J. Blinken spoke today with Russian Foreign Minister Sergey Lavrov."),
    );

    // The ministerial, and the two ministers' meeting there next week.
    let ministerial = article.add_meeting(
        Meeting::builder(
            "arctic-council-ministerial",
            MeetingKind::Multilateral,
            MeetingStatus::Scheduled,
        )
        .name("Arctic Council Ministerial")
        .date_as_written("next week")
        .organization(&arctic_council)
        .evidence("the upcoming Arctic Council Ministerial"),
    );
    let meeting = article.add_meeting(
        Meeting::builder(
            "blinken-lavrov-meeting",
            MeetingKind::Bilateral,
            MeetingStatus::Scheduled,
        )
        .date_as_written("next week")
        .on_sidelines_of(&ministerial)
        .participant(&blinken)
        .participant(&lavrov)
        .evidence("where they will meet next week"),
    );
    // Russia's chairmanship after the ministerial: a term, held as an
    // expected event (the model has no term of office for a country).
    let chairmanship = article.add_event(
        Event::builder(
            "russia-arctic-council-chairmanship",
            EventKind::Other,
            EventStatus::Expected,
            "Russia’s subsequent Arctic Council Chairmanship",
        )
        .actor(&russia)
        .about(&arctic_council)
        .evidence("Russia’s subsequent Arctic Council Chairmanship"),
    );
    // The release called for, which has not happened.
    let release = article.add_event(
        Event::builder(
            "release-of-whelan-and-reed",
            EventKind::Release,
            EventStatus::Possible,
            "Russia to release Paul Whelan and Trevor Reed so they can return home to their families",
        )
        .actor(&russia)
        .affected(&whelan)
        .affected(&reed)
        .about(&families)
        .evidence("release Paul Whelan and Trevor Reed so they can return home to their families"),
    );

    // The readout, sentence by sentence: the spokesperson's own text, of
    // the day of publication (not written, so inferred).
    let day = inferred(DAY)?;
    let readout = |id: &str, act: SpeechAct, text: &str| {
        Statement::own_text(id, &price, act, text)
            .on_behalf_of(&state_department)
            .date(day.clone())
            .evidence(text)
    };
    article.add_statement(
        readout(
            "readout-call-held",
            SpeechAct::Stated,
            "Secretary of State Antony J. Blinken spoke today with Russian Foreign Minister Sergey Lavrov.",
        )
        .about(&call),
    );
    article.add_statement(
        readout(
            "readout-discussed-ministerial",
            SpeechAct::Stated,
            "Secretary Blinken and Minister Lavrov discussed the upcoming Arctic Council Ministerial, where they will meet next week, and the potential to cooperate during Russia’s subsequent Arctic Council Chairmanship.",
        )
        .about(&call)
        .about(&ministerial)
        .about(&meeting)
        .about(&chairmanship),
    );

    // What the Secretary said in the call, as the readout reports it.
    let resolve = article.add_statement(
        Statement::paraphrase(
            "blinken-reiterated-resolve",
            &blinken,
            SpeechAct::Reiterated,
            "President Biden’s resolve to protect U.S. citizens and act firmly in defense of U.S. interests in response to actions by Russia that harm us or our allies",
        )
        .reporting_verb("reiterated")
        .addressee(&lavrov)
        .setting(&call)
        .date(inferred(DAY)?)
        .about(&biden)
        .about(&russia)
        .evidence("Secretary Blinken reiterated President Biden’s resolve to protect U.S. citizens and act firmly in defense of U.S. interests in response to actions by Russia that harm us or our allies."),
    );
    let called_on = article.add_statement(
        Statement::paraphrase(
            "blinken-called-for-release",
            &blinken,
            SpeechAct::CalledFor,
            "Russia should release Paul Whelan and Trevor Reed so they can return home to their families",
        )
        .reporting_verb("called on")
        .addressee(&russia)
        .setting(&call)
        .date(inferred(DAY)?)
        .about(&release)
        .evidence("He called on Russia to release Paul Whelan and Trevor Reed so they can return home to their families."),
    );
    let overview = article.add_statement(
        Statement::paraphrase(
            "blinken-dprk-overview",
            &blinken,
            SpeechAct::Told,
            "an overview of U.S. policy toward the DPRK",
        )
        .reporting_verb("provided")
        .addressee(&lavrov)
        .setting(&call)
        .date(inferred(DAY)?)
        .about(&dprk)
        .evidence("The Secretary provided the Minister an overview of U.S. policy toward the DPRK"),
    );
    let continued = article.add_statement(
        Statement::paraphrase(
            "two-committed-to-continued-discussion",
            &blinken,
            SpeechAct::Promised,
            "continued discussion on issues of mutual concern",
        )
        .co_speaker(&lavrov)
        .reporting_verb("committed")
        .setting(&call)
        .date(inferred(DAY)?)
        .evidence("the two committed to continued discussion on issues of mutual concern"),
    );
    article.add_statement(
        readout(
            "readout-resolve",
            SpeechAct::Stated,
            "Secretary Blinken reiterated President Biden’s resolve to protect U.S. citizens and act firmly in defense of U.S. interests in response to actions by Russia that harm us or our allies.",
        )
        .about(&resolve),
    );
    article.add_statement(
        readout(
            "readout-release",
            SpeechAct::Stated,
            "He called on Russia to release Paul Whelan and Trevor Reed so they can return home to their families.",
        )
        .about(&called_on)
        .about(&release),
    );
    article.add_statement(
        readout(
            "readout-dprk-and-continued-discussion",
            SpeechAct::Stated,
            "The Secretary provided the Minister an overview of U.S. policy toward the DPRK, and the two committed to continued discussion on issues of mutual concern.",
        )
        .about(&overview)
        .about(&continued),
    );

    // The commitments.
    article.add_commitment(
        Commitment::builder(
            "protect-citizens-and-defend-interests",
            CommitmentKind::Other,
            "protect U.S. citizens and act firmly in defense of U.S. interests",
        )
        .bound_party(&biden)
        .counterparty(&russia)
        .modality(Modality::Conditional)
        .condition("in response to actions by Russia that harm us or our allies")
        .made_at(&call)
        .statement(&resolve)
        .about(&us_citizens)
        .about(&us)
        .about(&allies)
        .status(CommitmentStatus::Reiterated)
        .status_as_of(DAY)
        .evidence("President Biden’s resolve to protect U.S. citizens and act firmly in defense of U.S. interests in response to actions by Russia that harm us or our allies"),
    );
    article.add_commitment(
        Commitment::builder(
            "continued-discussion",
            CommitmentKind::Other,
            "continued discussion on issues of mutual concern",
        )
        .bound_party(&blinken)
        .bound_party(&lavrov)
        .modality(Modality::Pledge)
        .made_at(&call)
        .statement(&continued)
        .status(CommitmentStatus::Stated)
        .status_as_of(DAY)
        .evidence("the two committed to continued discussion on issues of mutual concern"),
    );

    Ok(article.build()?)
}

/// The day of the call and of the readout, where the sentence does not
/// write it ("today" stands only in the first): inferred from the
/// publication date.
fn inferred(date: &str) -> Result<When, structured_news::ValueError> {
    let mut when = When::stated(date.parse()?);
    when.inferred = true;
    Ok(when)
}

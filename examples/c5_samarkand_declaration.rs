//! The Joint Declaration of Partnership and Cooperation of the five
//! countries of Central Asia and the United States (the first "C5+1"
//! declaration, Samarkand, 1 November 2015), encoded through the builders.
//!
//! Run with `cargo run --example c5_samarkand_declaration`: it validates
//! the article and prints it as pretty JSON on stdout (and nothing else).
//! On a validation problem it prints every problem on stderr and exits
//! with 1.
//!
//! The text is `examples/data/c5-2015-11-01-samarkand-joint-declaration.txt`
//! (the body alone, and only its first eight paragraphs: the stored copy
//! breaks off in the seventh pledge); its source notes are in
//! `examples/data/c5-2015-11-01-samarkand-joint-declaration.md`.
//!
//! The body is the declaration itself: each sentence, and each pledge of
//! its list, is a statement of the ministers in their own words, and each
//! pledge a commitment bound on them. "The foreign ministers" who "declare
//! their commitment" are read as all six signatories (the five ministers
//! and the Secretary of State), as the declaration is issued by all six.
//! The text names neither the place nor the day of the meeting; the day
//! is the day of issue, the publication date, and is inferred.

use std::process::ExitCode;

use structured_news::prelude::*;
use structured_news::{Article, ArticleBuilder, DocumentStatus, Group, Role, When};

/// The article's body.
const TEXT: &str = include_str!("data/c5-2015-11-01-samarkand-joint-declaration.txt");

/// The day the declaration was issued (and of the meeting that issued it).
const DAY: &str = "2015-11-01";

/// The six pledges the copy keeps whole: id, kind, the words after "declare
/// their commitment to", and what each concerns beyond the region.
const PLEDGES: &[(&str, CommitmentKind, &str)] = &[
    (
        "improve-regional-economic-cooperation",
        CommitmentKind::Cooperate,
        "Improve mutually beneficial cooperation in regional trade, transport and communication, energy linkages, and transit opportunities, including upgrading existing facilities and promoting common rules and regulations to realize fully the region’s great economic potential",
    ),
    (
        "enhance-business-climate",
        CommitmentKind::Other,
        "Enhance a favorable business climate in the region to attract foreign direct investment and facilitate local entrepreneurship and broaden and strengthen business and investment contacts among the Central Asian countries and the United States",
    ),
    (
        "address-environmental-sustainability",
        CommitmentKind::Other,
        "Address environmental sustainability challenges, including through a new agreement in Paris that would contribute to the establishment of a climate regime that applies to all countries",
    ),
    (
        "join-efforts-on-climate-change",
        CommitmentKind::Cooperate,
        "Join efforts in addressing climate change by promoting clean energy and green technology in the region",
    ),
    (
        "counter-transboundary-threats",
        CommitmentKind::Cooperate,
        "Enhance cooperation to prevent and counter transboundary threats and challenges such as terrorism, trafficking of weapons of mass destruction, illicit drugs, and human beings",
    ),
    (
        "support-afghanistan",
        CommitmentKind::Support,
        "Support Afghanistan and its development as an independent, peaceful, thriving state, recognizing that the situation in Afghanistan remains an important factor in security and stability for the entire region",
    ),
];

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
    let mut article = ArticleBuilder::new("c5-2015-11-01-samarkand-joint-declaration", "en", body);
    article
        .url("https://www.imperialvalleynews.com/index.php/news/world-news/6070-joint-declaration-of-partnership-and-cooperation-by-the-five-countries-of-central-asia-and-the-united-states-of-america-samarkand-uzbekistan.html")
        .published(DAY)
        .published_inferred()
        .subject("C5+1")
        .subject("Central Asia")
        .subject("regional cooperation")
        .subject("climate change")
        .subject("Afghanistan");

    // The six countries.
    let kazakhstan = article.add_country(
        Place::country_builder("kazakhstan", "Kazakhstan", "KZ")
            .alias("the Republic of Kazakhstan")
            .wikidata("Q232")
            .evidence("the Republic of Kazakhstan"),
    );
    let kyrgyzstan = article.add_country(
        Place::country_builder("kyrgyzstan", "Kyrgyzstan", "KG")
            .alias("the Kyrgyz Republic")
            .wikidata("Q813")
            .evidence("the Kyrgyz Republic"),
    );
    let tajikistan = article.add_country(
        Place::country_builder("tajikistan", "Tajikistan", "TJ")
            .alias("the Republic of Tajikistan")
            .wikidata("Q863")
            .evidence("the Republic of Tajikistan"),
    );
    let turkmenistan = article.add_country(
        Place::country_builder("turkmenistan", "Turkmenistan", "TM")
            .alias("the Republic of Turkmenistan")
            .wikidata("Q874")
            .evidence("the Republic of Turkmenistan"),
    );
    let uzbekistan = article.add_country(
        Place::country_builder("uzbekistan", "Uzbekistan", "UZ")
            .alias("the Republic of Uzbekistan")
            .wikidata("Q265")
            .evidence("the Republic of Uzbekistan"),
    );
    let us = article.add_country(
        Place::country_builder("united-states", "United States", "US")
            .alias("the United States of America")
            .wikidata("Q30")
            .evidence("the United States of America"),
    );
    let central_asia = [
        &kazakhstan,
        &kyrgyzstan,
        &tajikistan,
        &turkmenistan,
        &uzbekistan,
    ];
    let mut five =
        Group::described_builder("central-asian-countries", "the Central Asian countries")
            .evidence("the Central Asian countries");
    for country in central_asia {
        five = five.member(country);
    }
    let five = article.add_group(five);
    let mut six = Group::described_builder("six-countries", "the six countries")
        .member(&us)
        .evidence("the six countries");
    for country in central_asia {
        six = six.member(country);
    }
    let six = article.add_group(six.description("the six countries of the C5+1 format"));
    let region = article.add_region(
        Place::builder("central-asia", "Central Asia", PlaceKind::GeographicRegion)
            .alias("the region")
            .wikidata("Q27275")
            .evidence("the region"),
    );
    let afghanistan = article.add_country(
        Place::country_builder("afghanistan", "Afghanistan", "AF")
            .wikidata("Q889")
            .evidence("Support Afghanistan"),
    );
    let new_york = article.add_place(
        Place::builder("new-york", "New York", PlaceKind::City)
            .country("US")
            .within(&us)
            .wikidata("Q60")
            .evidence("New York"),
    );
    let paris = article.add_place(
        Place::builder("paris", "Paris", PlaceKind::City)
            .country("FR")
            .wikidata("Q90")
            .evidence("Paris"),
    );

    // The ministers, whom the declaration does not name.
    let ministers = [
        (
            "foreign-minister-of-kazakhstan",
            "the foreign minister of the Republic of Kazakhstan",
            &kazakhstan,
            "KZ",
        ),
        (
            "foreign-minister-of-kyrgyzstan",
            "the foreign minister of the Kyrgyz Republic",
            &kyrgyzstan,
            "KG",
        ),
        (
            "foreign-minister-of-tajikistan",
            "the foreign minister of the Republic of Tajikistan",
            &tajikistan,
            "TJ",
        ),
        (
            "foreign-minister-of-turkmenistan",
            "the foreign minister of the Republic of Turkmenistan",
            &turkmenistan,
            "TM",
        ),
        (
            "foreign-minister-of-uzbekistan",
            "the foreign minister of the Republic of Uzbekistan",
            &uzbekistan,
            "UZ",
        ),
    ];
    let mut minister_handles = Vec::new();
    for (id, description, country, code) in ministers {
        minister_handles.push(
            article.add_person(
                Person::unnamed_builder(id, description)
                    .country(code)
                    .with_role(Role::new("foreign minister").toward(country))
                    .evidence("The foreign ministers"),
            ),
        );
    }
    let secretary = article.add_person(
        Person::unnamed_builder(
            "us-secretary-of-state",
            "the Secretary of State of the United States of America",
        )
        .country("US")
        .with_role(Role::new("Secretary of State").toward(&us))
        .evidence("the Secretary of State of the United States of America"),
    );
    // The signatories, who "declare their commitment": the five ministers
    // and the Secretary of State.
    let mut signatories = Group::described_builder(
        "the-foreign-ministers",
        "the foreign ministers of the five Central Asian countries and the Secretary of State of the United States",
    )
    .evidence("the foreign ministers declare their commitment to");
    for minister in &minister_handles {
        signatories = signatories.member(minister);
    }
    let signatories = article.add_group(signatories.member(&secretary));

    // The meeting that issues the declaration, and the one it follows.
    let new_york_meeting = article.add_meeting(
        Meeting::builder(
            "c5-plus-1-new-york-2015",
            MeetingKind::Multilateral,
            MeetingStatus::Held,
        )
        .name("ministerial level meeting of the six countries")
        .date(When::as_written(
            "2015-09-26".parse()?,
            "September 26, 2015",
        ))
        .place(&new_york)
        .participant(&six)
        .evidence(
            "a ministerial level meeting of the six countries on September 26, 2015, in New York",
        ),
    );
    let mut meeting = Meeting::builder(
        "c5-plus-1-ministerial",
        MeetingKind::Multilateral,
        MeetingStatus::Held,
    )
    .date(inferred(DAY)?)
    .follows(&new_york_meeting)
    .about(&region);
    for minister in &minister_handles {
        meeting = meeting.participant_as(minister, "foreign minister");
    }
    let meeting = article.add_meeting(
        meeting
            .participant_as(
                &secretary,
                "Secretary of State of the United States of America",
            )
            .evidence("This meeting follows a ministerial level meeting of the six countries"),
    );

    // The declaration itself.
    let mut declaration = Document::builder("joint-declaration", DocumentKind::Declaration)
        .title("Joint Declaration of Partnership and Cooperation")
        .date(inferred(DAY)?)
        .status(DocumentStatus::Adopted)
        .adopted_at(&meeting)
        .evidence("this Joint Declaration of Partnership and Cooperation");
    for minister in &minister_handles {
        declaration = declaration.issuer(minister);
    }
    let declaration = article.add_document(declaration.issuer(&secretary));

    // What the pledges refer to: the climate agreement then to be reached
    // in Paris.
    let paris_agreement = article.add_event(
        Event::builder(
            "new-agreement-in-paris",
            EventKind::AgreementReached,
            EventStatus::Expected,
            "a new agreement in Paris that would contribute to the establishment of a climate regime that applies to all countries",
        )
        .place(&paris)
        .evidence("a new agreement in Paris"),
    );

    // The declaration, sentence by sentence, in the ministers' own words,
    // for their six countries.
    let day = inferred(DAY)?;
    let declared = |id: &str, act: SpeechAct, text: &str| {
        Statement::own_text(id, &signatories, act, text)
            .on_behalf_of(&six)
            .document(&declaration)
            .setting(&meeting)
            .date(day.clone())
            .evidence(text)
    };
    article.add_statement(
        declared(
            "issue-joint-declaration",
            SpeechAct::Announced,
            "The foreign ministers of the Republic of Kazakhstan, the Kyrgyz Republic, the Republic of Tajikistan, the Republic of Turkmenistan, and the Republic of Uzbekistan and the Secretary of State of the United States of America issue this Joint Declaration of Partnership and Cooperation.",
        )
        .reporting_verb("issue")
        .about(&declaration),
    );
    article.add_statement(
        declared(
            "meeting-follows-new-york",
            SpeechAct::Stated,
            "This meeting follows a ministerial level meeting of the six countries on September 26, 2015, in New York.",
        )
        .about(&meeting)
        .about(&new_york_meeting),
    );
    let deepening = article.add_statement(
        declared(
            "six-committed-to-deepening-cooperation",
            SpeechAct::Stated,
            "The six countries are committed to deepening cooperation, including through regular meetings in the “C5+1” format.",
        )
        .about(&six),
    );
    let declare = article.add_statement(
        declared(
            "declare-their-commitment",
            SpeechAct::Promised,
            "Respecting mutually their sovereignty, independence, and territorial integrity, the foreign ministers declare their commitment to:",
        )
        .reporting_verb("declare their commitment to")
        .about(&six),
    );

    let deepen = article.add_commitment(
        Commitment::builder(
            "deepen-cooperation",
            CommitmentKind::Cooperate,
            "deepening cooperation, including through regular meetings in the “C5+1” format",
        )
        .bound_party(&six)
        .modality(Modality::Pledge)
        .made_at(&meeting)
        .statement(&deepening)
        .status(CommitmentStatus::Stated)
        .status_as_of(DAY)
        .evidence("The six countries are committed to deepening cooperation, including through regular meetings in the “C5+1” format."),
    );
    article.add_commitment(
        Commitment::builder(
            "regular-c5-plus-1-meetings",
            CommitmentKind::Hold,
            "regular meetings in the “C5+1” format",
        )
        .bound_party(&six)
        .modality(Modality::Pledge)
        .made_at(&meeting)
        .part_of(&deepen)
        .statement(&deepening)
        .status(CommitmentStatus::Stated)
        .status_as_of(DAY)
        .evidence("regular meetings in the “C5+1” format"),
    );

    // The pledges, one statement and one commitment each.
    for (id, kind, words) in PLEDGES {
        let pledge = article.add_statement(
            declared(&format!("pledge-{id}"), SpeechAct::Promised, words)
                .about(&declare)
                .about(&region),
        );
        let mut commitment = Commitment::builder(*id, kind.clone(), words)
            .bound_party(&signatories)
            .modality(Modality::Pledge)
            .made_at(&meeting)
            .statement(&pledge)
            .statement(&declare)
            .about(&region)
            .status(CommitmentStatus::Stated)
            .status_as_of(DAY)
            .evidence(words);
        commitment = match *id {
            "enhance-business-climate" => commitment.counterparty(&five).counterparty(&us),
            "address-environmental-sustainability" => commitment.concerns(&paris_agreement),
            "support-afghanistan" => commitment.counterparty(&afghanistan),
            _ => commitment,
        };
        article.add_commitment(commitment);
    }

    Ok(article.build()?)
}

/// The day of issue, which the text does not write: inferred from the
/// publication date.
fn inferred(date: &str) -> Result<When, structured_news::ValueError> {
    let mut when = When::stated(date.parse()?);
    when.inferred = true;
    Ok(when)
}

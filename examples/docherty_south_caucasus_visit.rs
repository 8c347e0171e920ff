//! "Minister Docherty underlines commitment to peace and security during
//! visit to South Caucasus", an FCDO press release of 20 November 2023,
//! encoded through the builders.
//!
//! Run with `cargo run --example docherty_south_caucasus_visit`: it
//! validates the article and prints it as pretty JSON on stdout (and
//! nothing else). On a validation problem it prints every problem on
//! stderr and exits with 1.
//!
//! The text is `examples/data/docherty-south-caucasus-visit.txt` (the
//! headline, a blank line, the body); its source notes are in
//! `examples/data/docherty-south-caucasus-visit.md`. The end of the press
//! release is missing (the text stops after the Tbilisi paragraph), so the
//! Azerbaijan leg is known only from the summary and the bullets: the text
//! names no city there.

use std::process::ExitCode;

use structured_news::prelude::*;
use structured_news::{Article, ArticleBuilder, Group, When};

/// The press release: headline, blank line, body.
const TEXT: &str = include_str!("data/docherty-south-caucasus-visit.txt");

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
    let body = body.strip_suffix('\n').unwrap_or(body);

    let mut article = ArticleBuilder::new("docherty-south-caucasus-visit", "en", body);
    article
        .headline(headline)
        // The first of the two mirrors the text was taken from (the source
        // notes name the second).
        .url("https://www.ukpol.co.uk/tag/2023/page/47")
        .published("2023-11-20")
        .subject("UK–South Caucasus relations")
        .subject("ministerial visit")
        .subject("Armenia–Azerbaijan peace process")
        .subject("sovereignty and regional security")
        .subject("trade and security cooperation");

    // The publisher.
    let fcdo = article.add_organization(
        Organization::builder(
            "fcdo",
            "Foreign, Commonwealth & Development Office",
            OrganizationKind::Ministry,
        )
        .alias("FCDO")
        .country("GB"),
    );
    article.publisher(&fcdo);

    // Countries, cities and regions.
    let uk = article.add_country(
        Place::country_builder("united-kingdom", "United Kingdom", "GB")
            .alias("UK")
            .wikidata("Q145")
            .evidence("the UK’s unwavering support"),
    );
    let armenia = article.add_country(
        Place::country_builder("armenia", "Armenia", "AM")
            .wikidata("Q399")
            .evidence("visits Armenia, Georgia and Azerbaijan"),
    );
    let georgia = article.add_country(
        Place::country_builder("georgia", "Georgia", "GE")
            .wikidata("Q230")
            .evidence("visits Armenia, Georgia and Azerbaijan"),
    );
    let azerbaijan = article.add_country(
        Place::country_builder("azerbaijan", "Azerbaijan", "AZ")
            .wikidata("Q227")
            .evidence("visits Armenia, Georgia and Azerbaijan"),
    );
    let russia = article.add_country(
        Place::country_builder("russia", "Russia", "RU")
            .wikidata("Q159")
            .evidence("located on Russia’s southern border"),
    );
    let south_caucasus = article.add_place(
        Place::builder(
            "south-caucasus",
            "South Caucasus",
            PlaceKind::GeographicRegion,
        )
        .alias("the region")
        .evidence("the South Caucasus")
        .evidence_in_headline("South Caucasus"),
    );
    let europe = article.add_place(
        Place::builder("europe", "Europe", PlaceKind::GeographicRegion)
            .alias("European")
            .wikidata("Q46")
            .evidence("European reliance on Russia"),
    );
    let yerevan = article.add_place(
        Place::builder("yerevan", "Yerevan", PlaceKind::City)
            .country("AM")
            .within(&armenia)
            .wikidata("Q1953")
            .evidence("Ahead of arriving in Yerevan"),
    );
    let tbilisi = article.add_place(
        Place::builder("tbilisi", "Tbilisi", PlaceKind::City)
            .country("GE")
            .within(&georgia)
            .wikidata("Q994")
            .evidence("In Tbilisi"),
    );
    let london = article.add_place(
        Place::builder("london", "London", PlaceKind::City)
            .country("GB")
            .within(&uk)
            .wikidata("Q84")
            .evidence("Strategic Dialogue in London"),
    );

    // The Georgian government and people, the three countries, the
    // region's neighbours.
    let georgian_government = article.add_organization(
        Organization::builder(
            "georgian-government",
            "Government of Georgia",
            OrganizationKind::Government,
        )
        .alias("the Georgian government")
        .country("GE")
        .evidence("the Georgian government"),
    );
    let georgian_people = article.add_group(
        Group::described_builder("georgian-people", "the Georgian people")
            .evidence("the Georgian government and people"),
    );
    let three_countries = article.add_group(
        Group::described_builder("three-countries", "all 3 countries")
            .alias("the countries")
            .member(&armenia)
            .member(&georgia)
            .member(&azerbaijan)
            .evidence("all 3 countries")
            .evidence("the countries to diversify"),
    );
    let neighbours = article.add_group(
        Group::described_builder("south-caucasus-neighbours", "its neighbours")
            .evidence("from its neighbours"),
    );

    // The minister.
    let docherty = article.add_person(
        Person::builder("leo-docherty", "Leo Docherty")
            .alias("Minister Docherty")
            .alias("The Minister for Europe")
            .alias("Minister for Europe Leo Docherty")
            .role_title("Minister for Europe")
            .country("GB")
            .evidence("UK Minister for Europe, Leo Docherty")
            .evidence_in_headline("Minister Docherty"),
    );

    // The Strategic Dialogues. "The formal Strategic Dialogues with all 3
    // countries earlier this year" are three bilateral dialogues; the one
    // with Armenia is read as last week's UK-Armenia Strategic Dialogue in
    // London (last week falls earlier this year), so it is encoded once.
    let armenia_dialogue = article.add_meeting(
        Meeting::builder(
            "uk-armenia-strategic-dialogue",
            MeetingKind::Dialogue,
            MeetingStatus::Held,
        )
        .name("UK-Armenia Strategic Dialogue")
        .date(last_week()?)
        .place(&london)
        .participant(&uk)
        .participant(&armenia)
        .topic("cooperation in trade, security and on the rule of law")
        .evidence("last week's UK-Armenia Strategic Dialogue in London")
        .evidence("the formal Strategic Dialogues with all 3 countries earlier this year"),
    );
    let georgia_dialogue = article.add_meeting(
        Meeting::builder(
            "uk-georgia-strategic-dialogue",
            MeetingKind::Dialogue,
            MeetingStatus::Held,
        )
        .name("Strategic Dialogue")
        .date_as_written("earlier this year")
        .participant(&uk)
        .participant(&georgia)
        .evidence("the formal Strategic Dialogues with all 3 countries earlier this year"),
    );
    let azerbaijan_dialogue = article.add_meeting(
        Meeting::builder(
            "uk-azerbaijan-strategic-dialogue",
            MeetingKind::Dialogue,
            MeetingStatus::Held,
        )
        .name("Strategic Dialogue")
        .date_as_written("earlier this year")
        .participant(&uk)
        .participant(&azerbaijan)
        .evidence("the formal Strategic Dialogues with all 3 countries earlier this year"),
    );

    // The tour, under way from today; its end is not given. The day and
    // month are written, the year is the publication's.
    let mut tour_date = When::as_written("2023-11-20/".parse()?, "today (Monday 20 November)");
    tour_date.inferred = true;
    let tour = article.add_meeting(
        Meeting::builder("south-caucasus-tour", MeetingKind::Trip, MeetingStatus::InProgress)
            .name("tour of Armenia, Georgia and Azerbaijan")
            .date(tour_date)
            .place(&south_caucasus)
            .participant_as(&docherty, "UK Minister for Europe")
            .sequence(3, "visits to the region this year")
            .builds_on(&armenia_dialogue)
            .builds_on(&georgia_dialogue)
            .builds_on(&azerbaijan_dialogue)
            .about(&armenia)
            .about(&georgia)
            .about(&azerbaijan)
            .expected_topic("the UK’s unwavering support for sovereignty and regional security")
            .expected_topic("the urgent need for direct peace talks between Armenia and Azerbaijan to reach a long-term settlement for peace and stability")
            .expected_topic("Armenia and Georgia’s democratic reform agendas")
            .expected_topic("UK expertise in aiding Azerbaijan’s transition to renewables")
            .expected_topic("the UK’s offer of increased trade and security cooperation")
            .evidence("Leo Docherty visits Armenia, Georgia and Azerbaijan")
            .evidence("during a visit Armenia, Georgia and Azerbaijan")
            .evidence("his third visit to the region this year")
            .evidence("his tour of Armenia, Georgia and Azerbaijan which commences today (Monday 20 November)")
            .evidence_in_headline("visit to South Caucasus"),
    );

    // Its stops, as far as the text goes. The Yerevan visit is told in the
    // present ("arrives in Yerevan") on the day the tour begins, so its day
    // is inferred; Tbilisi and Azerbaijan are told in the future, undated.
    let mut arrival = When::as_written("2023-11-20".parse()?, "today (Monday 20 November)");
    arrival.inferred = true;
    let yerevan_visit = article.add_meeting(
        Meeting::builder("yerevan-visit", MeetingKind::Visit, MeetingStatus::InProgress)
            .name("visit to Armenia")
            .date(arrival)
            .place(&yerevan)
            .part_of(&tour)
            .participant_as(&docherty, "The Minister for Europe")
            .builds_on(&armenia_dialogue)
            .about(&armenia)
            .expected_topic("build on the momentum of last week's UK-Armenia Strategic Dialogue")
            .evidence("The Minister for Europe arrives in Yerevan ready to build on the momentum of last week's UK-Armenia Strategic Dialogue in London"),
    );
    let tbilisi_visit = article.add_meeting(
        Meeting::builder("tbilisi-visit", MeetingKind::Visit, MeetingStatus::Announced)
            .name("visit to Georgia")
            .place(&tbilisi)
            .part_of(&tour)
            .participant(&docherty)
            .about(&georgia)
            .expected_topic("the UK's unequivocal support for Georgia's sovereignty and territorial integrity")
            .expected_topic("Georgia's Euro-Atlantic aspirations")
            .evidence("In Tbilisi, he will reaffirm the UK's unequivocal support for Georgia's sovereignty and territorial integrity"),
    );
    let azerbaijan_visit = article.add_meeting(
        Meeting::builder(
            "azerbaijan-visit",
            MeetingKind::Visit,
            MeetingStatus::Announced,
        )
        .name("visit to Azerbaijan")
        .place(&azerbaijan)
        .part_of(&tour)
        .participant(&docherty)
        .about(&azerbaijan)
        .expected_topic("UK expertise in aiding Azerbaijan’s transition to renewables")
        .evidence("promote UK expertise in aiding Azerbaijan’s transition to renewables"),
    );

    // Events: the agreement at the dialogue, and the conflict the region is
    // recovering from.
    let agreement = article.add_event(
        Event::builder(
            "uk-armenia-agreement",
            EventKind::AgreementReached,
            EventStatus::Occurred,
            "both sides agreed to enhance cooperation in trade, security and on the rule of law",
        )
        .date(last_week()?)
        .place(&london)
        .actor(&uk)
        .actor(&armenia)
        .about(&armenia_dialogue)
        .evidence("during which both sides agreed to enhance cooperation in trade, security and on the rule of law"),
    );
    article.add_event(
        Event::builder(
            "regional-conflict",
            EventKind::ArmedConflict,
            EventStatus::Occurred,
            "conflict whose impacts the region is recovering from",
        )
        .place(&south_caucasus)
        .evidence("it recovers from the impacts of conflict"),
    );

    // The minister's quote: two paragraphs after "said:", without
    // quotation marks; one piece per paragraph, and one evidence that
    // covers both so that the validator finds the words in it.
    article.add_statement(
        Statement::direct_quote(
            "docherty-quote",
            &docherty,
            SpeechAct::Said,
            "The South Caucasus faces significant security challenges, both internally and from its neighbours which threaten to destabilise the region.\n\nIn a volatile region, the UK is a reliable partner for reform, peace and stability.",
        )
        .piece("The South Caucasus faces significant security challenges, both internally and from its neighbours which threaten to destabilise the region.")
        .piece("In a volatile region, the UK is a reliable partner for reform, peace and stability.")
        .reporting_verb("said")
        .date(When::vague("Ahead of arriving in Yerevan"))
        .about(&south_caucasus)
        .about(&neighbours)
        .about(&uk)
        .about(&yerevan_visit)
        .evidence("Ahead of arriving in Yerevan, Minister for Europe Leo Docherty said:")
        .evidence("The South Caucasus faces significant security challenges, both internally and from its neighbours which threaten to destabilise the region.\n\nIn a volatile region, the UK is a reliable partner for reform, peace and stability."),
    );

    // The commitments: the UK's, in the release's own narration (no
    // statement made them), and the one agreed at the dialogue.
    article.add_commitment(
        Commitment::builder(
            "uk-support-sovereignty-security",
            CommitmentKind::Support,
            "unwavering support for sovereignty and regional security",
        )
        .bound_party(&uk)
        .counterparty(&armenia)
        .counterparty(&georgia)
        .counterparty(&azerbaijan)
        .modality(Modality::Pledge)
        .concerns(&tour)
        .status(CommitmentStatus::Stated)
        .evidence("to underline the UK’s unwavering support for sovereignty and regional security")
        .evidence("will underline the UK’s unwavering support for sovereignty and security")
        .evidence_in_headline("underlines commitment to peace and security"),
    );
    article.add_commitment(
        Commitment::builder(
            "uk-stepping-up-cooperation",
            CommitmentKind::Cooperate,
            "stepping up its cooperation and support for peace and stability in the South Caucasus",
        )
        .bound_party(&uk)
        .about(&south_caucasus)
        .status(CommitmentStatus::InProgress)
        .status_as_of("2023-11-20")
        .evidence("The UK is stepping up its cooperation and support for peace and stability in the South Caucasus"),
    );
    article.add_commitment(
        Commitment::builder(
            "docherty-emphasise-peace-talks",
            CommitmentKind::Other,
            "emphasise the urgent need for direct peace talks between Armenia and Azerbaijan to reach a long-term settlement for peace and stability",
        )
        .bound_party(&docherty)
        .counterparty(&armenia)
        .counterparty(&azerbaijan)
        .modality(Modality::Intention)
        .concerns(&tour)
        .status(CommitmentStatus::Stated)
        .evidence("Minister Docherty will emphasise the urgent need for direct peace talks between Armenia and Azerbaijan to reach a long-term settlement for peace and stability"),
    );
    article.add_commitment(
        Commitment::builder(
            "docherty-discuss-reform-agendas",
            CommitmentKind::Other,
            "discuss Armenia and Georgia’s democratic reform agendas",
        )
        .bound_party(&docherty)
        .counterparty(&armenia)
        .counterparty(&georgia)
        .modality(Modality::Intention)
        .concerns(&tour)
        .status(CommitmentStatus::Stated)
        .evidence("he will discuss Armenia and Georgia’s democratic reform agendas"),
    );
    article.add_commitment(
        Commitment::builder(
            "docherty-promote-renewables-expertise",
            CommitmentKind::Cooperate,
            "promote UK expertise in aiding Azerbaijan’s transition to renewables",
        )
        .bound_party(&docherty)
        .counterparty(&azerbaijan)
        .modality(Modality::Intention)
        .concerns(&azerbaijan_visit)
        .status(CommitmentStatus::Stated)
        .evidence("promote UK expertise in aiding Azerbaijan’s transition to renewables"),
    );
    article.add_commitment(
        Commitment::builder(
            "uk-trade-security-offer",
            CommitmentKind::Cooperate,
            "increased trade and security cooperation to help the countries to diversify their and reduce European reliance on Russia",
        )
        .bound_party(&uk)
        .counterparty(&three_countries)
        .modality(Modality::Offer)
        .concerns(&tour)
        .about(&armenia_dialogue)
        .about(&georgia_dialogue)
        .about(&azerbaijan_dialogue)
        .about(&russia)
        .about(&europe)
        .status(CommitmentStatus::Stated)
        .evidence("Building on the formal Strategic Dialogues with all 3 countries earlier this year, Minister Docherty will extend the UK’s offer of increased trade and security cooperation to help the countries to diversify their and reduce European reliance on Russia."),
    );
    article.add_commitment(
        Commitment::builder(
            "uk-armenia-enhance-cooperation",
            CommitmentKind::Cooperate,
            "enhance cooperation in trade, security and on the rule of law",
        )
        .bound_party(&uk)
        .bound_party(&armenia)
        .modality(Modality::Pledge)
        .made_at(&armenia_dialogue)
        .about(&agreement)
        .status(CommitmentStatus::Stated)
        .evidence(
            "both sides agreed to enhance cooperation in trade, security and on the rule of law",
        ),
    );
    article.add_commitment(
        Commitment::builder(
            "uk-support-georgia-sovereignty",
            CommitmentKind::Support,
            "unequivocal support for Georgia's sovereignty and territorial integrity",
        )
        .bound_party(&uk)
        .counterparty(&georgia)
        .modality(Modality::Pledge)
        .concerns(&tbilisi_visit)
        .status(CommitmentStatus::Reiterated)
        .evidence("he will reaffirm the UK's unequivocal support for Georgia's sovereignty and territorial integrity"),
    );
    article.add_commitment(
        Commitment::builder(
            "uk-back-georgia-euro-atlantic",
            CommitmentKind::Support,
            "back its Euro-Atlantic aspirations, in line with the will of the Georgian government and people",
        )
        .bound_party(&uk)
        .counterparty(&georgia)
        .modality(Modality::Pledge)
        .concerns(&tbilisi_visit)
        .about(&georgian_government)
        .about(&georgian_people)
        .status(CommitmentStatus::Stated)
        .evidence("back its Euro-Atlantic aspirations, in line with the will of the Georgian government and people"),
    );

    Ok(article.build()?)
}

/// "last week's", in a release of Monday 20 November 2023: the ISO week
/// before, as `structured_news::resolve_relative` gives "last week".
fn last_week() -> Result<When, Box<dyn std::error::Error>> {
    let published = chrono::NaiveDate::from_ymd_opt(2023, 11, 20).ok_or("no such day")?;
    let mut when = When::relative("last week", published, structured_news::Tense::Past)?;
    when.text = Some("last week's".to_owned());
    Ok(when)
}

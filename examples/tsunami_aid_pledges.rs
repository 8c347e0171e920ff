//! "Aid pledges rise; Japan promises 500,000,000 USD", English Wikinews,
//! 1 January 2005 (public domain): the aid pledges after the
//! earthquake and tsunami, encoded through the builders.
//!
//! Run with `cargo run --example tsunami_aid_pledges`: it validates the
//! article and prints it as pretty JSON on stdout (and nothing else). On a
//! validation problem it prints every problem on stderr and exits with 1.
//!
//! The text is `examples/data/wikinews-tsunami-aid-pledges-japan.txt`: the
//! headline on the first line, a blank line, then the body, whose first
//! line is Wikinews's date line. Its source is described in
//! `examples/data/wikinews-tsunami-aid-pledges-japan.md`.
//!
//! Each national pledge is a commitment of kind `fund` with its amount, part
//! of the total of "nearly 2 Billion U.S. dollars"; a pledge that was
//! increased replaces the earlier pledge, whose amount the article does not
//! give. The date resolver does not understand "on Saturday, Jan. 1" or "in
//! the past 24 hours", so those dates are given by hand and marked as
//! inferred.

use std::process::ExitCode;

use structured_news::prelude::*;
use structured_news::{Article, ArticleBuilder, CurrencyCode, Role, When};

/// The article: headline, blank line, body.
const TEXT: &str = include_str!("data/wikinews-tsunami-aid-pledges-japan.txt");

/// The publication date (Wikinews's date line).
const DAY: &str = "2005-01-01";

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
    let usd: CurrencyCode = "USD".parse()?;

    let mut article = ArticleBuilder::new("wikinews-tsunami-aid-pledges-japan", "en", body);
    article
        .headline(headline)
        .url("https://linproxy.fan.workers.dev/https/en.wikinews.org/wiki/Aid_pledges_rise;_Japan_promises_500,000,000_USD")
        .published(DAY)
        .subject("humanitarian aid pledges")
        .subject("earthquake and tsunami relief")
        .subject("aid diplomacy");

    let wikinews = article.add_organization(
        Organization::builder("wikinews", "Wikinews", OrganizationKind::Media).wikidata("Q964"),
    );
    article.publisher(&wikinews);

    // The donor states.
    let us = article.add_country(
        Place::country_builder("united-states", "United States", "US")
            .alias("the U.S.")
            .wikidata("Q30")
            .evidence("the U.S."),
    );
    let japan = article.add_country(
        Place::country_builder("japan", "Japan", "JP")
            .wikidata("Q17")
            // A country builder takes only the first occurrence of words
            // (no `evidence_after` or `evidence_in_headline`), and the first
            // "Japan" is inside "Japanese": the adjective is the mention.
            .evidence("Japanese"),
    );
    let china = article.add_country(
        Place::country_builder("china", "China", "CN")
            .wikidata("Q148")
            .evidence("China"),
    );
    let uk = article.add_country(
        Place::country_builder("united-kingdom", "United Kingdom", "GB")
            .wikidata("Q145")
            .evidence("the United Kingdom"),
    );
    let sweden = article.add_country(
        Place::country_builder("sweden", "Sweden", "SE")
            .wikidata("Q34")
            .evidence("Sweden"),
    );
    let norway = article.add_country(
        Place::country_builder("norway", "Norway", "NO")
            .wikidata("Q20")
            .evidence("Norway"),
    );
    let indonesia = article.add_country(
        Place::country_builder("indonesia", "Indonesia", "ID")
            .wikidata("Q252")
            .evidence("Indonesia"),
    );
    let wealthiest_nations = article.add_group(
        Group::described_builder(
            "worlds-wealthiest-nations",
            "the world's wealthiest nations",
        )
        .evidence("the world's wealthiest nations"),
    );

    // The stricken region; the article does not name it.
    let region = article.add_place(
        Place::builder(
            "earthquake-tsunami-damaged-region",
            "Earthquake/Tsunami damaged region",
            PlaceKind::GeographicRegion,
        )
        .alias("stricken regions")
        .evidence("the Earthquake/Tsunami damaged region")
        .evidence("stricken regions"),
    );

    // The UN office and the officials.
    let un = article.add_organization(
        Organization::builder(
            "united-nations",
            "United Nations",
            OrganizationKind::IntergovernmentalOrganization,
        )
        .alias("UN")
        .wikidata("Q1065")
        .evidence("UN"),
    );
    let ocha = article.add_organization(
        Organization::builder(
            "ocha",
            "UN Office for the Coordination of Humanitarian Affairs",
            OrganizationKind::IntergovernmentalOrganization,
        )
        .parent(&un)
        .evidence("UN Office for the Coordination of Humanitarian Affairs"),
    );
    let ocha_indonesia = article.add_organization(
        Organization::builder(
            "ocha-indonesia",
            "UN Office for the Coordination of Humanitarian Affairs in Indonesia",
            OrganizationKind::IntergovernmentalOrganization,
        )
        .parent(&ocha)
        .location(&indonesia)
        .evidence("the UN Office for the Coordination of Humanitarian Affairs in Indonesia"),
    );
    let koizumi = article.add_person(
        Person::builder("junichiro-koizumi", "Junichiro Koizumi")
            .country("JP")
            .with_role(Role::new("Prime Minister").toward(&japan))
            .evidence("Japanese Prime Minister Junichiro Koizumi"),
    );
    let elmquist = article.add_person(
        Person::builder("michael-elmquist", "Michael Elmquist")
            .role("chief", &ocha_indonesia)
            .evidence("the UN Office for the Coordination of Humanitarian Affairs in Indonesia chief, Michael Elmquist"),
    );

    // The events.
    let disaster = article.add_event(
        Event::builder(
            "earthquake-tsunami",
            EventKind::Disaster,
            EventStatus::Occurred,
            "the Earthquake/Tsunami",
        )
        .place(&region)
        .evidence("Earthquake/Tsunami"),
    );
    let death_toll = article.add_event(
        Event::builder(
            "confirmed-death-toll",
            EventKind::Casualties,
            EventStatus::Ongoing,
            "the confirmed death toll will continue to climb",
        )
        .place(&region)
        .about(&disaster)
        .evidence("the confirmed death toll will continue to climb"),
    );
    article.add_event(
        Event::builder(
            "deaths-from-dehydration-disease-starvation",
            EventKind::Casualties,
            EventStatus::Possible,
            "deaths due to dehydration, disease, and starvation",
        )
        .place(&region)
        .about(&disaster)
        .about(&death_toll)
        .evidence("as may deaths due to dehydration, disease, and starvation"),
    );
    let delivery = article.add_event(
        Event::builder(
            "securing-and-shipping-aid",
            EventKind::Other,
            EventStatus::Expected,
            "logistics of securing the funds, purchasing supplies and shipping them to stricken regions",
        )
        .date(When::vague("possibly weeks"))
        .place(&region)
        .evidence("logistics of securing the funds, purchasing supplies and shipping them to stricken regions will take time, possibly weeks"),
    );

    // What was said.
    let koizumi_announces = article.add_statement(
        Statement::paraphrase(
            "koizumi-announces-donation",
            &koizumi,
            SpeechAct::Announced,
            "a half-billion dollar donation",
        )
        .on_behalf_of(&japan)
        .reporting_verb("announced")
        // Day and month are written, the year follows from the publication.
        .date(inferred(DAY, "on Saturday, Jan. 1")?)
        .quantity(
            Quantity::money(500_000_000u64, usd).as_written("half-billion dollar"),
        )
        .about(&region)
        .evidence("Japanese Prime Minister Junichiro Koizumi announced a half-billion dollar donation on Saturday, Jan. 1."),
    );

    // The pledges: the total, and each state's.
    let total = article.add_commitment(
        Commitment::builder(
            "total-promised-funds",
            CommitmentKind::Fund,
            "pour funding into the Earthquake/Tsunami damaged region",
        )
        .bound_party(&wealthiest_nations)
        .modality(Modality::Pledge)
        .concerns(&disaster)
        .about(&region)
        .quantity(
            Quantity::money(2_000_000_000u64, usd)
                .nearly()
                .as_written("nearly 2 Billion U.S. dollars (USD)"),
        )
        .status(CommitmentStatus::Stated)
        .status_as_of(DAY)
        .evidence("the world's wealthiest nations have begun pouring funding into the Earthquake/Tsunami damaged region")
        .evidence("Promised funds have doubled in the past 24 hours, to nearly 2 Billion U.S. dollars (USD).")
        .evidence_in_headline("Aid pledges rise"),
    );
    article.add_event(
        Event::builder(
            "promised-funds-doubled",
            EventKind::Other,
            EventStatus::Occurred,
            "Promised funds have doubled in the past 24 hours, to nearly 2 Billion U.S. dollars (USD)",
        )
        .date(inferred("2004-12-31/2005-01-01", "in the past 24 hours")?)
        .about(&total)
        .evidence("Promised funds have doubled in the past 24 hours")
        .evidence_in_headline("Aid pledges rise"),
    );

    let us_earlier = article.add_commitment(
        Commitment::builder(
            "us-earlier-donation",
            CommitmentKind::Fund,
            "funding donation before its increase (amount not given)",
        )
        .bound_party(&us)
        .part_of(&total)
        .concerns(&disaster)
        .about(&region)
        .status(CommitmentStatus::Stated)
        .evidence_nth("it's funding donation", 1),
    );
    article.add_commitment(
        Commitment::builder(
            "us-donation-350-million",
            CommitmentKind::Fund,
            "increase its funding donation to 350 million USD",
        )
        .bound_party(&us)
        .modality(Modality::Pledge)
        .replaces(&us_earlier)
        .part_of(&total)
        .concerns(&disaster)
        .about(&region)
        .quantity(Quantity::money(350_000_000u64, usd).as_written("350 million USD"))
        .status(CommitmentStatus::Stated)
        .status_as_of(DAY)
        .evidence("the U.S. increased it's funding donation to 350 million USD"),
    );
    article.add_commitment(
        Commitment::builder(
            "japan-donation-half-billion",
            CommitmentKind::Fund,
            "a half-billion dollar donation",
        )
        .bound_party(&japan)
        .modality(Modality::Pledge)
        .part_of(&total)
        .statement(&koizumi_announces)
        .concerns(&disaster)
        .about(&region)
        .quantity(
            Quantity::money(500_000_000u64, usd).as_written("half-billion dollar"),
        )
        .status(CommitmentStatus::Stated)
        .status_as_of(DAY)
        .evidence("Japanese Prime Minister Junichiro Koizumi announced a half-billion dollar donation on Saturday, Jan. 1.")
        .evidence_in_headline("Japan promises 500,000,000 USD"),
    );
    article.add_commitment(
        Commitment::builder(
            "china-donation-60-5-million",
            CommitmentKind::Fund,
            "promised 60.5 million USD",
        )
        .bound_party(&china)
        .modality(Modality::Pledge)
        .part_of(&total)
        .concerns(&disaster)
        .about(&region)
        .quantity(Quantity::money(60_500_000u64, usd).as_written("60.5 million USD"))
        .status(CommitmentStatus::Stated)
        .status_as_of(DAY)
        .evidence("China has promised 60.5 million USD"),
    );
    // The United Kingdom and Sweden are named among the largest single-nation
    // donors, without amounts.
    for (id, country, words) in [
        ("united-kingdom-donation", &uk, "the United Kingdom"),
        ("sweden-donation", &sweden, "Sweden"),
    ] {
        article.add_commitment(
            Commitment::builder(
                id,
                CommitmentKind::Fund,
                "single-nation donation (amount not given)",
            )
            .bound_party(country)
            .part_of(&total)
            .concerns(&disaster)
            .about(&region)
            .status(CommitmentStatus::Stated)
            .status_as_of(DAY)
            .evidence(words)
            .evidence("for largest single-nation donation"),
        );
    }
    let norway_earlier = article.add_commitment(
        Commitment::builder(
            "norway-earlier-donation",
            CommitmentKind::Fund,
            "funding donation before its increase (amount not given)",
        )
        .bound_party(&norway)
        .part_of(&total)
        .concerns(&disaster)
        .about(&region)
        .status(CommitmentStatus::Stated)
        .evidence_nth("it's funding donation", 2),
    );
    article.add_commitment(
        Commitment::builder(
            "norway-donation-180-million",
            CommitmentKind::Fund,
            "increase its funding donation to 180 million USD",
        )
        .bound_party(&norway)
        .modality(Modality::Pledge)
        .replaces(&norway_earlier)
        .part_of(&total)
        .concerns(&disaster)
        .about(&region)
        .quantity(Quantity::money(180_000_000u64, usd).as_written("180 million USD"))
        .status(CommitmentStatus::Stated)
        .status_as_of(DAY)
        .evidence("Norway increased it's funding donation to 180 million USD"),
    );

    // Elmquist's warning.
    article.add_statement(
        Statement::paraphrase(
            "elmquist-warns-logistics-take-time",
            &elmquist,
            SpeechAct::Warned,
            "logistics of securing the funds, purchasing supplies and shipping them to stricken regions will take time, possibly weeks",
        )
        .reporting_verb("warned")
        .about(&delivery)
        .about(&total)
        .about(&region)
        .evidence("Despite the encouraging promises, the UN Office for the Coordination of Humanitarian Affairs in Indonesia chief, Michael Elmquist, warned that logistics of securing the funds, purchasing supplies and shipping them to stricken regions will take time, possibly weeks."),
    );

    Ok(article.build()?)
}

/// A date worked out from the publication date, with the words it comes
/// from (which the resolver does not understand).
fn inferred(date: &str, words: &str) -> Result<When, structured_news::ValueError> {
    let mut when = When::as_written(date.parse()?, words);
    when.inferred = true;
    Ok(when)
}

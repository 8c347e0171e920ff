//! "Meeting of foreign ministers of Russia and Central Asian states", a MIL
//! OSI translation of a Russian Foreign Ministry release of 15 October
//! 2020 as published on foreignaffairs.co.nz, encoded through the
//! builders.
//!
//! Run with `cargo run --example russia_central_asia_ministers`: it
//! validates the article and prints it as pretty JSON on stdout (and
//! nothing else). On a validation problem it prints every problem on
//! stderr and exits with 1.
//!
//! The text is `examples/data/milosi-2020-10-16-russia-central-asia-ministers.txt`
//! (its end is missing); its source notes are in the `.md` file beside it.
//! What it shows: a translation (`provenance`: translated from Russian by
//! MIL OSI) whose publication date is worked out from its address
//! (`published_inferred`); a video conference that is the third of its
//! series; what "was reaffirmed", "was noted" and "was emphasized" without
//! a named subject, as statements of the ministers; Russia's current and
//! planned assistance; money and counts with "about", "more than" and
//! "exceeded" on what the text reports of trade and investment.

use std::process::ExitCode;

use structured_news::prelude::*;
use structured_news::{Article, ArticleBuilder, CommitmentStatus, Quantity, When};

/// The article's body.
const TEXT: &str = include_str!("data/milosi-2020-10-16-russia-central-asia-ministers.txt");

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
        "milosi-2020-10-16-russia-central-asia-ministers",
        "en",
        body,
    );
    // The page prints no date: the address gives it.
    article
        .url("https://foreignaffairs.co.nz/2020/10/16/mil-osi-russia-meeting-of-foreign-ministers-of-russia-and-central-asian-states/")
        .published("2020-10-16")
        .published_inferred();

    let site = article.add_organization(
        Organization::builder(
            "foreignaffairs-co-nz",
            "foreignaffairs.co.nz",
            OrganizationKind::Media,
        )
        .country("NZ"),
    );
    let mil_osi = article.add_organization(
        Organization::builder("mil-osi", "MIL OSI", OrganizationKind::Media).evidence("MIL OSI"),
    );
    // "MIL OSI Translation. Region: Russian Federation": a translation, of
    // a Russian text.
    article
        .publisher(&site)
        .translated_from("ru")
        .translated_by(&mil_osi);

    let russia = article.add_country(
        Place::country_builder("russia", "Russian Federation", "RU")
            .alias("Russia")
            .evidence("the Russian Federation"),
    );
    let kazakhstan = article.add_country(
        Place::country_builder("kazakhstan", "Republic of Kazakhstan", "KZ")
            .evidence("the Republic of Kazakhstan"),
    );
    let kyrgyzstan = article.add_country(
        Place::country_builder("kyrgyzstan", "Kyrgyz Republic", "KG")
            .evidence("the Kyrgyz Republic"),
    );
    let tajikistan = article.add_country(
        Place::country_builder("tajikistan", "Republic of Tajikistan", "TJ")
            .evidence("the Republic of Tajikistan"),
    );
    let turkmenistan = article.add_country(
        Place::country_builder("turkmenistan", "Turkmenistan", "TM").evidence("Turkmenistan"),
    );
    let uzbekistan = article.add_country(
        Place::country_builder("uzbekistan", "Republic of Uzbekistan", "UZ")
            .evidence("the Republic of Uzbekistan"),
    );
    let central_asia = article.add_region(
        Place::builder("central-asia", "Central Asia", PlaceKind::GeographicRegion)
            .evidence_nth("Central Asia", 2),
    );
    let central_asian_countries = article.add_group(
        Group::builder("central-asian-countries", "Central Asian countries")
            .member(&kazakhstan)
            .member(&kyrgyzstan)
            .member(&tajikistan)
            .member(&turkmenistan)
            .member(&uzbekistan)
            .evidence("Central Asian countries"),
    );

    let lavrov = article.add_person(
        Person::builder("sergey-lavrov", "Sergey Lavrov")
            .role_title("Minister of Foreign Affairs of the Russian Federation")
            .country("RU")
            .wikidata("Q80137")
            .evidence("Minister of Foreign Affairs of the Russian Federation Sergey Lavrov"),
    );
    // The five ministers are not named.
    let heads = article.add_group(
        Group::described_builder(
            "central-asian-foreign-ministers",
            "the heads of foreign affairs of the Republic of Kazakhstan, the Kyrgyz Republic, \
             the Republic of Tajikistan, Turkmenistan and the Republic of Uzbekistan",
        )
        .evidence(
            "the heads of foreign affairs of the Republic of Kazakhstan, the Kyrgyz Republic, \
             the Republic of Tajikistan, Turkmenistan and the Republic of Uzbekistan",
        ),
    );
    let ministers = article.add_group(
        Group::builder("ministers", "the ministers")
            .member(&lavrov)
            .member(&heads)
            .evidence("The ministers"),
    );

    let meeting = article.add_meeting(
        Meeting::builder(
            "russia-central-asia-ministerial",
            MeetingKind::VideoConference,
            MeetingStatus::Held,
        )
        .name("Russia-Central Asia")
        .sequence(3, "Russia-Central Asia")
        .date_as_written("On October 15")
        .participant_as(&lavrov, "Minister of Foreign Affairs of the Russian Federation")
        .participant(&heads)
        .topic(
            "topical issues of interaction in the context of the negative impact of the \
             COVID-19 pandemic",
        )
        .topic("the taken and possible joint measures aimed at increasing the resilience of our countries to such challenges")
        .topic("The problems of regional stability and security")
        .topic("cooperation in the economic, transit transport, energy, logistics, cultural and humanitarian spheres")
        .topic("The course of the integration processes in the region")
        .evidence(
            "On October 15, Minister of Foreign Affairs of the Russian Federation Sergey Lavrov \
             took part in the third ministerial meeting “Russia-Central Asia”",
        )
        .evidence("in the format of a video conference"),
    );

    let informed = article.add_statement(
        Statement::paraphrase(
            "russia-informs-on-assistance",
            &russia,
            SpeechAct::Said,
            "provided detailed information on the current and planned assistance to partners \
             in the prevention and control of the new coronavirus infection",
        )
        .reporting_verb("provided detailed information")
        .setting(&meeting)
        .evidence(
            "The Russian side provided detailed information on the current and planned \
             assistance to partners in the prevention and control of the new coronavirus \
             infection.",
        ),
    );
    article.add_statement(
        Statement::paraphrase(
            "lavrov-gratitude",
            &lavrov,
            SpeechAct::Other,
            "expressed gratitude for the reciprocal support",
        )
        .reporting_verb("expressed gratitude")
        .setting(&meeting)
        .addressee(&heads)
        .evidence("Sergey Lavrov expressed gratitude for the reciprocal support."),
    );
    article.add_statement(
        Statement::paraphrase(
            "ministers-reaffirm-approaches",
            &ministers,
            SpeechAct::Reiterated,
            "Common approaches were reaffirmed with regard to threats posed by international \
             terrorist organizations, illegal drug trafficking, and foreign terrorist fighters \
             returning from war zones",
        )
        .reporting_verb("reaffirmed")
        .setting(&meeting)
        .evidence(
            "Common approaches were reaffirmed with regard to threats posed by international \
             terrorist organizations, illegal drug trafficking, and foreign terrorist fighters \
             returning from war zones.",
        ),
    );
    article.add_statement(
        Statement::paraphrase(
            "ministers-note-exchange-of-experience",
            &ministers,
            SpeechAct::Noted,
            "The importance of exchange of experience in these areas between Russia and the \
             countries of Central Asia was noted",
        )
        .reporting_verb("noted")
        .setting(&meeting)
        .evidence(
            "The importance of exchange of experience in these areas between Russia and the \
             countries of Central Asia was noted.",
        ),
    );
    article.add_statement(
        Statement::paraphrase(
            "ministers-emphasize-integration",
            &ministers,
            SpeechAct::Emphasized,
            "the effective realization of the advantages arising from the cooperation of our \
             countries in common integration associations was emphasized",
        )
        .reporting_verb("emphasized")
        .setting(&meeting)
        .evidence(
            "the effective realization of the advantages arising from the cooperation of our \
             countries in common integration associations was emphasized.",
        ),
    );

    // Russia's help against the pandemic, given and planned.
    article.add_commitment(
        Commitment::builder(
            "russia-covid-assistance",
            CommitmentKind::Support,
            "assistance to partners in the prevention and control of the new coronavirus \
             infection",
        )
        .modality(Modality::Intention)
        .bound_party(&russia)
        .counterparty(&central_asian_countries)
        .status(CommitmentStatus::InProgress)
        .statement(&informed)
        .made_at(&meeting)
        .evidence(
            "the current and planned assistance to partners in the prevention and control of \
             the new coronavirus infection",
        ),
    );

    // What the text reports of investment and trade.
    let usd = "USD".parse()?;
    article.add_event(
        Event::builder(
            "russian-investment-in-central-asia",
            EventKind::Other,
            EventStatus::Ongoing,
            "Russia remains one of the leading investors in Central Asian countries",
        )
        .actor(&russia)
        .affected(&central_asian_countries)
        .quantity(
            Quantity::money(20_000_000_000u64, usd)
                .about()
                .as_written("about USD 20 billion"),
        )
        .evidence(
            "Russia remains one of the leading investors in Central Asian countries: \
             accumulated assets (excluding capital investments from jurisdictions of third \
             countries) amount to about USD 20 billion.",
        ),
    );
    article.add_event(
        Event::builder(
            "russian-capital-enterprises",
            EventKind::Other,
            EventStatus::Ongoing,
            "enterprises with Russian capital operate in Central Asia",
        )
        .place(&central_asia)
        .quantity(
            Quantity::count(17_000u64, "enterprises")
                .over()
                .as_written("More than 17 thousand enterprises"),
        )
        .evidence(
            "More than 17 thousand enterprises with Russian capital operate in Central Asia.",
        ),
    );
    article.add_event(
        Event::builder(
            "trade-2019",
            EventKind::Other,
            EventStatus::Occurred,
            "the volume of Russia's trade with the states of the region",
        )
        .date(When::as_written("2019".parse()?, "In 2019"))
        .actor(&russia)
        .actor(&central_asian_countries)
        .quantity(
            Quantity::money(30_000_000_000u64, usd)
                .over()
                .as_written("exceeded $ 30 billion"),
        )
        .evidence(
            "In 2019, the volume of our trade with the states of the region exceeded $ 30 billion",
        ),
    );
    Ok(article.build()?)
}

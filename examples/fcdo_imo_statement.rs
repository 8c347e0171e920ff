//! The Foreign, Commonwealth & Development Office's statement of 2 December
//! 2023 on Russia's failure to be elected to the Council of the
//! International Maritime Organisation, encoded through the builders.
//!
//! Run with `cargo run --example fcdo_imo_statement`: it validates the
//! article and prints it as pretty JSON on stdout (and nothing else). On a
//! validation problem it prints every problem on stderr and exits with 1.
//!
//! The text is `examples/data/fcdo-imo-council-statement.txt` (its first
//! line the headline, then a blank line, then the body); the source notes
//! are in the `.md` file beside it. Contains public sector information
//! licensed under the Open Government Licence v3.0.

use std::process::ExitCode;

use chrono::NaiveDate;
use structured_news::prelude::*;
use structured_news::{
    Article, ArticleBuilder, DocumentStatus, PersonHandle, StatementBuilder, Tense, When,
};

/// The article: headline, blank line, body.
const TEXT: &str = include_str!("data/fcdo-imo-council-statement.txt");

/// The publication date the source notes give.
const PUBLISHED: &str = "2023-12-02";

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
    let published: NaiveDate = PUBLISHED.parse()?;

    let mut article = ArticleBuilder::new("fcdo-imo-council-statement", "en-GB", body);
    article
        .headline(headline)
        .url("https://www.ukpol.co.uk/tag/foreign-office/page/159")
        .published(PUBLISHED)
        .subject("elections to international bodies")
        .subject("International Maritime Organisation Council elections")
        .subject("United Kingdom–Russia relations");

    // The ministry and its spokesperson.
    let fcdo = article.add_organization(
        Organization::builder(
            "fcdo",
            "Foreign, Commonwealth & Development Office",
            OrganizationKind::Ministry,
        )
        .alias("FCDO")
        .country("GB")
        .evidence("Foreign, Commonwealth & Development Office")
        .evidence_in_headline("FCDO"),
    );
    article.publisher(&fcdo);
    let spokesperson = article.add_person(
        Person::unnamed_builder(
            "fcdo-spokesperson",
            "A Foreign, Commonwealth & Development Office spokesperson",
        )
        .country("GB")
        .role("spokesperson", &fcdo)
        .evidence("A Foreign, Commonwealth & Development Office spokesperson"),
    );
    article.byline(&spokesperson);

    let russia = article.add_country(
        Place::country_builder("russia", "Russia", "RU")
            .wikidata("Q159")
            .evidence("Russia"),
    );

    // The bodies Russia failed to be elected to, and their organisations.
    let icj = article.add_organization(
        Organization::builder(
            "international-court-of-justice",
            "International Court of Justice",
            OrganizationKind::Judiciary,
        )
        .evidence("International Court of Justice"),
    );
    let hrc = article.add_organization(
        Organization::builder(
            "human-rights-council",
            "Human Rights Council",
            OrganizationKind::IntergovernmentalBody,
        )
        .evidence("Human Rights Council"),
    );
    let unesco = article.add_organization(
        Organization::builder(
            "unesco",
            "UNESCO",
            OrganizationKind::IntergovernmentalOrganization,
        )
        .wikidata("Q7809")
        .evidence("UNESCO"),
    );
    let unesco_board = article.add_organization(
        Organization::builder(
            "unesco-executive-board",
            "UNESCO Executive Board",
            OrganizationKind::IntergovernmentalBody,
        )
        .parent(&unesco)
        .evidence("UNESCO Executive Board"),
    );
    let opcw = article.add_organization(
        Organization::builder(
            "opcw",
            "Organisation for the Prohibition of Chemical Weapons",
            OrganizationKind::IntergovernmentalOrganization,
        )
        .evidence("Organisation for the Prohibition of Chemical Weapons"),
    );
    let opcw_council = article.add_organization(
        Organization::builder(
            "opcw-executive-council",
            "Executive Council of the Organisation for the Prohibition of Chemical Weapons",
            OrganizationKind::IntergovernmentalBody,
        )
        .parent(&opcw)
        .evidence(
            "the Executive Council of the Organisation for the Prohibition of Chemical Weapons",
        ),
    );
    let imo = article.add_organization(
        Organization::builder(
            "imo",
            "International Maritime Organisation",
            OrganizationKind::IntergovernmentalOrganization,
        )
        .alias("IMO")
        .evidence("International Maritime Organisation")
        .evidence("IMO"),
    );
    let imo_council = article.add_organization(
        Organization::builder(
            "imo-council",
            "International Maritime Organisation Council",
            OrganizationKind::IntergovernmentalBody,
        )
        .alias("IMO Council")
        .parent(&imo)
        .evidence("IMO Council")
        .evidence("International Maritime Organisation Council")
        .evidence_in_headline("International Maritime Organisation Council"),
    );
    let these_organisations = article.add_group(
        Group::described_builder("these-organisations", "these organisations")
            .member(&icj)
            .member(&hrc)
            .member(&unesco_board)
            .member(&opcw_council)
            .member(&imo_council)
            .evidence("these organisations"),
    );

    // The documents: the statement itself, and the convention it cites.
    let release_day = inferred(PUBLISHED)?;
    article.add_document(
        Document::builder("fcdo-statement", DocumentKind::PressRelease)
            .title(headline)
            .date(release_day.clone())
            .status(DocumentStatus::Adopted)
            .issuer(&fcdo)
            .evidence_in_headline("FCDO statement")
            .evidence("gave a statement"),
    );
    let cwc = article.add_document(
        Document::builder("chemical-weapons-convention", DocumentKind::Treaty)
            .title("Chemical Weapons Convention")
            .evidence("the Chemical Weapons Convention"),
    );

    // The elections Russia lost: four "in the last few weeks", one
    // "yesterday".
    const LAST_FEW_WEEKS: &str = "In the last few weeks";
    const LOST: &str = "In the last few weeks, Russia has failed to be elected to the";
    let earlier_elections = [
        (
            "election-international-court-of-justice",
            &icj,
            "International Court of Justice",
        ),
        (
            "election-human-rights-council",
            &hrc,
            "Human Rights Council",
        ),
        (
            "election-unesco-executive-board",
            &unesco_board,
            "UNESCO Executive Board",
        ),
        (
            "election-opcw-executive-council",
            &opcw_council,
            "the Executive Council of the Organisation for the Prohibition of Chemical Weapons",
        ),
    ]
    .map(|(id, organisation, name)| {
        article.add_event(
            Event::builder(
                id,
                EventKind::Election,
                EventStatus::Occurred,
                &format!(
                    "Russia failed to be elected to the {}",
                    name.trim_start_matches("the ")
                ),
            )
            .date(When::vague(LAST_FEW_WEEKS))
            .affected(&russia)
            .about(organisation)
            .evidence(LOST)
            .evidence(name),
        )
    });
    let imo_election = article.add_event(
        Event::builder(
            "election-imo-council",
            EventKind::Election,
            EventStatus::Occurred,
            "Russia failed to be elected to the International Maritime Organisation Council",
        )
        .date(When::relative("Yesterday", published, Tense::Past)?)
        .affected(&russia)
        .about(&imo_council)
        .evidence(
            "Yesterday, it failed to be elected to the International Maritime Organisation Council",
        )
        .evidence("Russia’s failure to gain election to the IMO Council")
        .evidence_in_headline("International Maritime Organisation Council elections"),
    );

    // What the spokesperson said for the ministry.
    let mut failures = said(
        "statement-failed-elections",
        &spokesperson,
        SpeechAct::Noted,
        "In the last few weeks, Russia has failed to be elected to the International Court of Justice, Human Rights Council, UNESCO Executive Board, and the Executive Council of the Organisation for the Prohibition of Chemical Weapons.",
        &release_day,
    )
    .on_behalf_of(&fcdo)
    .about(&russia);
    for election in &earlier_elections {
        failures = failures.about(election);
    }
    article.add_statement(failures);
    article.add_statement(
        said(
            "statement-failed-imo-council",
            &spokesperson,
            SpeechAct::Noted,
            "Yesterday, it failed to be elected to the International Maritime Organisation Council.",
            &release_day,
        )
        .on_behalf_of(&fcdo)
        .about(&russia)
        .about(&imo_election)
        .about(&imo_council),
    );
    let mut pattern = said(
        "statement-pattern-of-failure",
        &spokesperson,
        SpeechAct::Criticized,
        "This pattern of failure is no coincidence – any state that illegally invades another, commits a litany of human rights violations, attacks civilian ships, fires missiles at World Heritage sites, and contravenes the Chemical Weapons Convention, is manifestly unworthy of a role within these organisations.",
        &release_day,
    )
    .on_behalf_of(&fcdo)
    .about(&russia)
    .about(&these_organisations)
    .about(&cwc);
    for election in earlier_elections.iter().chain([&imo_election]) {
        pattern = pattern.about(election);
    }
    article.add_statement(pattern);
    // A demand on Russia, not Russia's promise: the statement calls for it
    // and is addressed to Russia; no commitment binds Russia.
    article.add_statement(
        said(
            "statement-must-respect-obligations",
            &spokesperson,
            SpeechAct::CalledFor,
            "The implications are clear: if Russia wishes to contribute to global governance, it must respect its international obligations.",
            &release_day,
        )
        .on_behalf_of(&fcdo)
        .addressee(&russia)
        .about(&russia),
    );

    Ok(article.build()?)
}

/// A sentence of the statement, which the release gives as the
/// spokesperson's own text: the words stand in the body as they were
/// issued, dated the day of the release. The framing sentence of the
/// release gives the reporting verb.
fn said(
    id: &str,
    speaker: &PersonHandle,
    act: SpeechAct,
    sentence: &str,
    day: &When,
) -> StatementBuilder {
    let words = sentence.strip_suffix('.').unwrap_or(sentence);
    Statement::own_text(id, speaker, act, words)
        .reporting_verb("gave a statement")
        .date(day.clone())
        .evidence(sentence)
}

/// A date the text does not write but that follows from what it says (here
/// the day of the release, from the source notes).
fn inferred(date: &str) -> Result<When, structured_news::ValueError> {
    let mut when = When::stated(date.parse()?);
    when.inferred = true;
    Ok(when)
}

//! "Law on ratification of Convention on the legal status of the Caspian
//! Sea", the President of Russia's website, 1 October 2019 (CC BY 4.0): a
//! treaty signed in one year and ratified in the next, encoded through the
//! builders.
//!
//! Run with `cargo run --example caspian_convention_ratified`: it validates
//! the article and prints it as pretty JSON on stdout (and nothing else).
//! On a validation problem it prints every problem on stderr and exits
//! with 1.
//!
//! The text is
//! `examples/data/kremlin-2019-10-01-caspian-convention-ratified.txt`: the
//! headline on the first line, a blank line, then the body, whose first
//! line is the item's date line. Its source is described in
//! `examples/data/kremlin-2019-10-01-caspian-convention-ratified.md`.
//!
//! The Convention keeps the date it was signed (12 August 2018) and, as a
//! whole, the status `signed`: one party's ratification does not make it
//! `ratified` (which says its parties ratified it). Its history says both
//! steps: signed in Aktau on 12 August 2018, then ratified when the
//! President signed the law, on the item's date. The Federal Law On
//! Ratification is a document of its own (a `law`), about the Convention
//! and signed by the President. What the Convention
//! lays down binds "the Parties" (commitments `provided_by` it), whom the
//! item does not name; the item's sentences on what it says are statements
//! whose speaker is the Convention.

use std::process::ExitCode;

use structured_news::prelude::*;
use structured_news::{
    Article, ArticleBuilder, DocumentStatus, DocumentStatusChange, Evidence, Group, When,
};

/// The item: headline, blank line, body.
const TEXT: &str = include_str!("data/kremlin-2019-10-01-caspian-convention-ratified.txt");

/// The publication date (the item's date line).
const DAY: &str = "2019-10-01";

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

    let mut article =
        ArticleBuilder::new("kremlin-2019-10-01-caspian-convention-ratified", "en", body);
    article
        .headline(headline)
        .url("http://en.special.kremlin.ru/catalog/keywords/82/events/61684")
        .published(DAY)
        .subject("treaty ratification")
        .subject("Caspian Sea")
        .subject("Russia");

    let office = article.add_organization(
        Organization::builder(
            "presidential-executive-office",
            "Presidential Executive Office",
            OrganizationKind::HeadOfStateOffice,
        )
        .country("RU"),
    );
    article.publisher(&office);

    // The President is not named: the item is his office's.
    let president = article.add_person(
        Person::unnamed_builder("the-president", "The President")
            .role_title("President of Russia")
            .country("RU")
            .evidence("The President"),
    );
    // The Convention's parties: the item does not name them.
    let parties = article.add_group(
        Group::described_builder("the-parties", "the Parties")
            .evidence("the Parties")
            .evidence("the Parties’ actions"),
    );

    let caspian = article.add_place(
        Place::builder("caspian-sea", "Caspian Sea", PlaceKind::BodyOfWater)
            .wikidata("Q5484")
            .evidence("the Caspian Sea"),
    );
    let aktau = article.add_place(
        Place::builder("aktau", "Aktau", PlaceKind::City)
            .country("KZ")
            .wikidata("Q189776")
            .evidence("Aktau"),
    );

    // The Convention: signed in 2018, where it stands as the item reports.
    let convention = article.add_document(
        Document::builder("caspian-convention", DocumentKind::Treaty)
            .title("Convention on the Legal Status of the Caspian Sea")
            .date(When::as_written(
                "2018-08-12".parse()?,
                "on August 12, 2018",
            ))
            .status(DocumentStatus::Signed)
            .status_step(
                DocumentStatusChange::new(DocumentStatus::Signed)
                    .dated(When::as_written("2018-08-12".parse()?, "on August 12, 2018"))
                    .at_place(&aktau)
                    .with_evidence(Evidence::quote(
                        "The Convention on the Legal Status of the Caspian Sea was signed in Aktau on August 12, 2018.",
                    )),
            )
            .status_step(
                DocumentStatusChange::new(DocumentStatus::Ratified)
                    .dated(inferred(DAY, None)?)
                    .by(&president)
                    .with_evidence(Evidence::quote(
                        "The President signed Federal Law On Ratification of the Convention on the Legal Status of the Caspian Sea.",
                    )),
            )
            .evidence("the Convention on the Legal Status of the Caspian Sea")
            .evidence("The Convention on the Legal Status of the Caspian Sea was signed in Aktau on August 12, 2018.")
            .evidence_in_headline("Convention on the legal status of the Caspian Sea"),
    );
    // The ratification: the President signs the law that ratifies it. The
    // item gives no date but its own.
    article.add_document(
        Document::builder("federal-law-on-ratification", DocumentKind::Law)
            .title("Federal Law On Ratification of the Convention on the Legal Status of the Caspian Sea")
            .date(inferred(DAY, None)?)
            .status(DocumentStatus::Signed)
            .signatory(&president)
            .about(&convention)
            .evidence("Federal Law On Ratification of the Convention on the Legal Status of the Caspian Sea")
            .evidence_in_headline("Law on ratification"),
    );
    // What the Convention says, as the item reports it.
    let sovereignty_said = article.add_statement(
        Statement::paraphrase(
            "convention-on-sovereignty",
            &convention,
            SpeechAct::Stated,
            "the Parties implement sovereignty, sovereign and exclusive rights as well as jurisdiction in the Caspian Sea",
        )
        .reporting_verb("According to")
        .about(&caspian)
        .about(&parties)
        .evidence("According to the Convention, the Parties implement sovereignty, sovereign and exclusive rights as well as jurisdiction in the Caspian Sea."),
    );
    let regulates_said = article.add_statement(
        Statement::paraphrase(
            "convention-on-use-of-the-sea",
            &convention,
            SpeechAct::Stated,
            "determines and regulates the rights and commitments of the Parties on using the Caspian Sea, including its waters, bottom, mineral resources and the air space above the sea",
        )
        .reporting_verb("determines and regulates")
        .about(&caspian)
        .about(&parties)
        .evidence("The Convention determines and regulates the rights and commitments of the Parties on using the Caspian Sea, including its waters, bottom, mineral resources and the air space above the sea."),
    );
    let principles_said = article.add_statement(
        Statement::paraphrase(
            "convention-on-principles",
            &convention,
            SpeechAct::Stated,
            "the Parties’ actions in the Caspian Sea must be in line with the principles of respect for sovereignty, territorial integrity, independence, sovereign equality, non-use of force or its threat, mutual respect, non-interference in each other’s internal affairs, the use of the Caspian Sea for peaceful purposes, and absence of armed forces that do not belong to the Parties",
        )
        .reporting_verb("In line with")
        .about(&caspian)
        .about(&parties)
        .evidence("In line with the Convention, the Parties’ actions in the Caspian Sea must be in line with the principles of respect for sovereignty, territorial integrity, independence, sovereign equality, non-use of force or its threat, mutual respect, non-interference in each other’s internal affairs, the use of the Caspian Sea for peaceful purposes, and absence of armed forces that do not belong to the Parties."),
    );

    // What it lays down, binding the Parties.
    article.add_commitment(
        Commitment::builder(
            "parties-exercise-sovereignty-and-jurisdiction",
            CommitmentKind::Other,
            "implement sovereignty, sovereign and exclusive rights as well as jurisdiction in the Caspian Sea",
        )
        .bound_party(&parties)
        .provided_by(&convention)
        .statement(&sovereignty_said)
        .about(&caspian)
        .status(CommitmentStatus::Stated)
        .status_as_of(DAY)
        .evidence("the Parties implement sovereignty, sovereign and exclusive rights as well as jurisdiction in the Caspian Sea"),
    );
    article.add_commitment(
        Commitment::builder(
            "parties-use-of-the-sea-regulated",
            CommitmentKind::Other,
            "use the Caspian Sea, including its waters, bottom, mineral resources and the air space above the sea, as the Convention determines and regulates",
        )
        .bound_party(&parties)
        .provided_by(&convention)
        .statement(&regulates_said)
        .about(&caspian)
        .status(CommitmentStatus::Stated)
        .status_as_of(DAY)
        .evidence("the rights and commitments of the Parties on using the Caspian Sea, including its waters, bottom, mineral resources and the air space above the sea"),
    );
    let principles = article.add_commitment(
        Commitment::builder(
            "parties-act-by-the-principles",
            CommitmentKind::Other,
            "act in the Caspian Sea in line with the principles of respect for sovereignty, territorial integrity, independence, sovereign equality, non-use of force or its threat, mutual respect, non-interference in each other’s internal affairs, the use of the Caspian Sea for peaceful purposes, and absence of armed forces that do not belong to the Parties",
        )
        .bound_party(&parties)
        .modality(Modality::Pledge)
        .provided_by(&convention)
        .statement(&principles_said)
        .about(&caspian)
        .status(CommitmentStatus::Stated)
        .status_as_of(DAY)
        .evidence("the Parties’ actions in the Caspian Sea must be in line with the principles"),
    );
    // Two of the principles, for what they forbid.
    article.add_commitment(
        Commitment::builder(
            "parties-use-the-sea-peacefully",
            CommitmentKind::Other,
            "the use of the Caspian Sea for peaceful purposes",
        )
        .bound_party(&parties)
        .modality(Modality::Pledge)
        .provided_by(&convention)
        .part_of(&principles)
        .statement(&principles_said)
        .about(&caspian)
        .status(CommitmentStatus::Stated)
        .status_as_of(DAY)
        .evidence("the use of the Caspian Sea for peaceful purposes"),
    );
    article.add_commitment(
        Commitment::builder(
            "no-armed-forces-of-non-parties",
            CommitmentKind::Other,
            "absence of armed forces that do not belong to the Parties",
        )
        .bound_party(&parties)
        .modality(Modality::Pledge)
        .provided_by(&convention)
        .part_of(&principles)
        .statement(&principles_said)
        .about(&caspian)
        .status(CommitmentStatus::Stated)
        .status_as_of(DAY)
        .evidence("absence of armed forces that do not belong to the Parties"),
    );

    Ok(article.build()?)
}

/// A date worked out from the item's date line, with the words it comes
/// from if any.
fn inferred(date: &str, words: Option<&str>) -> Result<When, structured_news::ValueError> {
    let mut when = match words {
        Some(words) => When::as_written(date.parse()?, words),
        None => When::stated(date.parse()?),
    };
    when.inferred = true;
    Ok(when)
}

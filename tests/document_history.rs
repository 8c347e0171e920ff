//! A document's history (format 2.1): each step with its date, the
//! parties that took it and where ("signed in Aktau on 12 August 2018,
//! ratified by Russia on 1 October 2019"), and what a document is about
//! (the treaty a law ratifies). Reads and writes back the same through
//! both readers; each thing wrong is refused with its code at its path.

mod common;

use serde_json::{json, Value};
use structured_news::prelude::*;
use structured_news::{DocumentKind, DocumentStatus};

use common::{assert_one_problem, put, readers_agree, Readers};

/// After kremlin.ru, 1 October 2019 (CC BY 4.0), shortened.
const BODY: &str = "The Convention on the Legal Status of the Caspian Sea was signed in Aktau \
on August 12, 2018. The President signed the Federal Law On Ratification of the Convention.";

fn article() -> Value {
    json!({
        "format_version": "2.1",
        "id": "caspian-ratified",
        "language": "en",
        "published": "2019-10-01",
        "body": BODY,
        "entities": {
            "places": [
                {"id": "aktau", "name": "Aktau", "kind": "city", "country": "KZ",
                    "evidence": [{"quote": {"exact": "Aktau"}}]},
                {"id": "russia", "name": "Russia", "kind": "country", "country": "RU"}
            ]
        },
        "documents": [
            {"id": "convention", "kind": "treaty",
                "title": "Convention on the Legal Status of the Caspian Sea",
                "status": "signed",
                "status_history": [
                    {"status": "signed", "date": {"value": "2018-08-12", "text": "on August 12, 2018"},
                        "place": "aktau",
                        "evidence": [{"quote": {"exact": "was signed in Aktau on August 12, 2018"}}]},
                    {"status": "ratified", "date": {"value": "2019-10-01", "inferred": true},
                        "parties": ["russia"],
                        "evidence": [{"quote": {"exact": "The President signed the Federal Law On Ratification of the Convention."}}]}
                ],
                "evidence": [{"quote": {"exact": "The Convention on the Legal Status of the Caspian Sea"}}]},
            {"id": "law", "kind": "law", "title": "Federal Law On Ratification of the Convention",
                "status": "signed", "about": ["convention"],
                "evidence": [{"quote": {"exact": "Federal Law On Ratification of the Convention"}}]}
        ]
    })
}

#[test]
fn a_treaty_signed_then_ratified_by_one_party_reads_and_writes_back_the_same() {
    let value = article();
    let json = value.to_string();
    let (article, warnings) = Article::from_json_slice_with(json.as_bytes(), &Lints::new())
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(warnings.is_empty(), "{warnings:?}");
    let convention = &article.documents[0];
    assert_eq!(convention.status, Some(DocumentStatus::Signed));
    let [signed, ratified] = convention.status_history.as_slice() else {
        panic!("two steps: {:?}", convention.status_history)
    };
    assert_eq!(signed.place.as_ref().map(|p| p.as_str()), Some("aktau"));
    assert_eq!(ratified.status, DocumentStatus::Ratified);
    assert_eq!(ratified.parties[0].as_str(), "russia");
    assert_eq!(article.documents[1].kind, DocumentKind::Law);
    assert_eq!(article.documents[1].about[0].as_str(), "convention");
    assert_eq!(serde_json::to_value(&article).unwrap(), value);
    assert!(matches!(
        readers_agree(json.as_bytes(), "document history"),
        Readers::BothRead
    ));
}

#[test]
fn each_wrong_step_is_refused_at_its_path() {
    let mut value = article();
    put(
        &mut value,
        "/documents/0/status_history/1/date/value",
        json!("2018-01-01"),
    );
    assert_one_problem(
        &value,
        ErrorCode::HistoryOutOfOrder,
        "/documents/0/status_history/1/date",
    );
    let mut value = article();
    put(
        &mut value,
        "/documents/0/status_history/1/date/value",
        json!("2019-12-01"),
    );
    assert_one_problem(
        &value,
        ErrorCode::DateAfterPublication,
        "/documents/0/status_history/1/date/value",
    );
    let mut value = article();
    put(
        &mut value,
        "/documents/0/status_history/1/parties",
        json!(["russia", "russia"]),
    );
    assert_one_problem(
        &value,
        ErrorCode::DuplicateReference,
        "/documents/0/status_history/1/parties/1",
    );
    let mut value = article();
    put(
        &mut value,
        "/documents/0/status_history/0/place",
        json!("russia-x"),
    );
    assert_one_problem(
        &value,
        ErrorCode::UnknownReference,
        "/documents/0/status_history/0/place",
    );
    let mut value = article();
    put(
        &mut value,
        "/documents/0/status_history/1/parties",
        json!(["aktau"]),
    );
    assert_one_problem(
        &value,
        ErrorCode::WrongReferenceKind,
        "/documents/0/status_history/1/parties/0",
    );
    let mut value = article();
    put(&mut value, "/documents/1/about", json!(["nowhere"]));
    assert_one_problem(&value, ErrorCode::UnknownReference, "/documents/1/about/0");
}

#[test]
fn a_step_of_an_unknown_status_is_kept_and_reported() {
    let mut value = article();
    put(
        &mut value,
        "/documents/0/status_history/1/status",
        json!("denounced"),
    );
    assert_one_problem(
        &value,
        ErrorCode::UnknownVariant,
        "/documents/0/status_history/1/status",
    );
}

#[test]
fn a_document_gives_its_numbers() {
    let mut value = article();
    put(
        &mut value,
        "/documents/0/quantities",
        json!([{"amount": 5, "unit": "parties", "text": "five"}]),
    );
    let article = Article::from_json_str(&value.to_string()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        article.documents[0].quantities[0].unit.as_deref(),
        Some("parties")
    );
    assert_eq!(serde_json::to_value(&article).unwrap(), value);
    put(&mut value, "/documents/0/quantities/0/unit", json!(" "));
    assert_one_problem(
        &value,
        ErrorCode::BlankText,
        "/documents/0/quantities/0/unit",
    );
}

//! Requests: who asks whom to do what, by when, and whether it was met.
//! The held-out WION article of 15 July 2023 ("Wang Yi urged India to
//! focus on \"common interests\" and meet China \"halfway\"") reads with
//! its requests, writes back the same through both readers, and each thing
//! wrong with a request is refused with its code at its path, by reading
//! and by the builder. A 2.0 document, which has no requests, still reads.

mod common;

use serde_json::{json, Value};
use structured_news::prelude::*;
use structured_news::{Id, RequestObservation};

use common::{assert_one_problem, put};

/// The text of the document the tests start from.
fn base_json() -> String {
    std::fs::read_to_string(
        common::fixtures()
            .join("held_out/unseen_5/wion-2023-07-15-jaishankar-wang-yi-jakarta.json"),
    )
    .unwrap()
}

/// The document the tests start from, to mutate.
fn base() -> Value {
    serde_json::from_str(&base_json()).unwrap()
}

/// The codes and paths of the warnings of a document without errors.
fn warnings(value: &Value) -> Vec<(ErrorCode, String)> {
    let json = value.to_string();
    let (_, warnings) = Article::from_json_slice_with(json.as_bytes(), &Lints::new()).unwrap();
    warnings
        .iter()
        .map(|w| (w.code(), w.path().as_str().to_owned()))
        .collect()
}

fn ids(list: &[Id]) -> Vec<&str> {
    list.iter().map(Id::as_str).collect()
}

#[test]
fn the_wion_request_reads_with_its_parties_and_action() {
    let json = base_json();
    let value = base();
    assert_eq!(warnings(&value), []);
    let article = Article::from_json_str(&json).unwrap();
    let [halfway, support] = article.requests.as_slice() else {
        panic!("two requests: {:?}", article.requests)
    };
    assert_eq!(halfway.id.as_str(), "r-halfway");
    assert_eq!(ids(&halfway.requesters), ["wang-yi"]);
    assert_eq!(ids(&halfway.addressees), ["india"]);
    assert_eq!(
        halfway.action,
        "focus on \"common interests\" and meet China \"halfway\""
    );
    assert_eq!(halfway.force, Some(RequestForce::Call));
    assert_eq!(halfway.status(), Some(&RequestStatus::Made));
    assert_eq!(ids(&halfway.statements), ["s-wang-urge", "s-subhead"]);
    assert_eq!(
        halfway.made_at.as_ref().map(Id::as_str),
        Some("jaishankar-wang-talks")
    );
    // "The two sides should support each other": a call on both sides,
    // Wang's China among them.
    assert_eq!(ids(&support.addressees), ["two-sides"]);
    // Written back, the same facts; both readers build the same requests.
    let written = serde_json::to_value(&article).unwrap();
    assert_eq!(written["requests"], value["requests"]);
    let fast = structured_news::__readers::fast(json.as_bytes()).expect("the fast reader reads it");
    let serde = structured_news::__readers::serde(json.as_bytes()).unwrap();
    assert_eq!(fast.requests, article.requests);
    assert_eq!(serde.requests, article.requests);
}

#[test]
fn every_field_and_null_lists_read_the_same_through_both_readers() {
    let mut value = base();
    put(
        &mut value,
        "/requests/1",
        json!({"id": "r-support", "force": "demand", "action": "support each other",
               "requesters": null, "addressees": ["two-sides"],
               "deadline": {"text": "soon"}, "made_at": null, "statements": null, "about": null,
               "status_history": [{"status": "made", "as_of": "2023-07-14", "statement": null, "evidence": null},
                                  {"status": "refused", "as_of": "2023-07-15", "statement": "s-tweet"}],
               "identifiers": {"same_as": ["https://example.org/requests/support"]},
               "evidence": null}),
    );
    let json = value.to_string();
    let article = Article::from_json_str(&json).unwrap();
    let r = &article.requests[1];
    assert!(r.requesters.is_empty());
    assert_eq!(r.status(), Some(&RequestStatus::Refused));
    let fast = structured_news::__readers::fast(json.as_bytes()).expect("the fast reader reads it");
    let serde = structured_news::__readers::serde(json.as_bytes()).unwrap();
    assert_eq!(fast.requests, article.requests);
    assert_eq!(serde.requests, article.requests);
}

#[test]
fn a_2_0_document_without_requests_still_reads_and_writes_none() {
    let json = r#"{"format_version": "2.0", "id": "a1", "language": "en", "body": "Talks."}"#;
    let article = Article::from_json_str(json).unwrap();
    assert!(article.requests.is_empty());
    let written = serde_json::to_value(&article).unwrap();
    assert!(written.get("requests").is_none());
    let json = common::example_json();
    let article = Article::from_json_str(&json).unwrap();
    assert!(article.requests.is_empty());
}

#[test]
fn unknown_force_and_status_are_kept_and_reported() {
    let mut value = base();
    put(&mut value, "/requests/0/force", json!("plea"));
    assert_one_problem(&value, ErrorCode::UnknownVariant, "/requests/0/force");
    let mut value = base();
    put(
        &mut value,
        "/requests/0/status_history/0/status",
        json!("ignored"),
    );
    assert_one_problem(
        &value,
        ErrorCode::UnknownVariant,
        "/requests/0/status_history/0/status",
    );
}

#[test]
fn wrong_requests_are_refused_with_their_code_and_path() {
    for (pointer, new, code, path) in [
        (
            "/requests/0/addressees",
            json!(["jaishankar-wang-talks"]),
            ErrorCode::WrongReferenceKind,
            "/requests/0/addressees/0",
        ),
        (
            "/requests/0/addressees",
            json!(["india", "indya"]),
            ErrorCode::UnknownReference,
            "/requests/0/addressees/1",
        ),
        (
            "/requests/0/addressees",
            json!(["india", "india"]),
            ErrorCode::DuplicateReference,
            "/requests/0/addressees/1",
        ),
        (
            "/requests/0/requesters",
            json!(["s-tweet"]),
            ErrorCode::WrongReferenceKind,
            "/requests/0/requesters/0",
        ),
        (
            "/requests/0/addressees",
            json!(["wang-yi"]),
            ErrorCode::PartyConflict,
            "/requests/0/addressees",
        ),
        (
            "/requests/0/statements",
            json!(["r-support"]),
            ErrorCode::WrongReferenceKind,
            "/requests/0/statements/0",
        ),
        (
            "/requests/0/made_at",
            json!("border-tensions"),
            ErrorCode::WrongReferenceKind,
            "/requests/0/made_at",
        ),
        (
            "/requests/0/about",
            json!(["r-halfway-x"]),
            ErrorCode::UnknownReference,
            "/requests/0/about/0",
        ),
        (
            "/requests/0/action",
            json!(" "),
            ErrorCode::BlankText,
            "/requests/0/action",
        ),
        (
            "/requests/1/id",
            json!("r-halfway"),
            ErrorCode::DuplicateId,
            "/requests/1/id",
        ),
        (
            "/requests/0/status_history",
            json!([]),
            ErrorCode::NoStatus,
            "/requests/0/status_history",
        ),
        (
            "/requests/0/status_history",
            json!([{"status": "refused"}]),
            ErrorCode::UnsupportedOutcome,
            "/requests/0/status_history/0/status",
        ),
        (
            "/requests/0/status_history",
            json!([{"status": "made", "as_of": "2023-07-10"}]),
            ErrorCode::ObservedBeforeMade,
            "/requests/0/status_history/0/as_of",
        ),
        (
            "/requests/0/deadline",
            json!({"value": "2023-07-01", "text": "by 1 July"}),
            ErrorCode::DueBeforeMade,
            "/requests/0/deadline/value",
        ),
        (
            "/requests/0/evidence",
            json!([{"quote": {"exact": "India urged Wang Yi"}}]),
            ErrorCode::EvidenceNotFound,
            "/requests/0/evidence/0/quote/exact",
        ),
    ] {
        let mut value = base();
        put(&mut value, pointer, new);
        assert_one_problem(&value, code, path);
    }
    // One side unnamed is a request; neither side named is not.
    let mut value = base();
    put(&mut value, "/requests/0/addressees", json!([]));
    assert!(Article::from_json_str(&value.to_string()).is_ok());
    put(&mut value, "/requests/0/requesters", json!([]));
    assert_one_problem(&value, ErrorCode::RequestWithoutParty, "/requests/0");
}

#[test]
fn a_history_goes_forward_in_time() {
    let mut value = base();
    put(&mut value, "/requests/1/made_at", Value::Null);
    put(
        &mut value,
        "/requests/1/status_history",
        json!([{"status": "made", "as_of": "2023-07-14"},
               {"status": "repeated", "as_of": "2023-07-01"}]),
    );
    assert_one_problem(
        &value,
        ErrorCode::HistoryOutOfOrder,
        "/requests/1/status_history/1/as_of",
    );
}

#[test]
fn a_requester_may_be_among_the_addressees_but_not_all_of_them() {
    let mut value = base();
    put(&mut value, "/requests/1/requesters", json!(["china"]));
    put(
        &mut value,
        "/requests/1/addressees",
        json!(["china", "india"]),
    );
    put(&mut value, "/requests/1/statements", json!([]));
    assert_eq!(warnings(&value), []);
}

#[test]
fn a_request_is_made_by_its_requesters_or_for_them() {
    // The ministry's report of Wang's words does not make the request.
    let mut value = base();
    put(
        &mut value,
        "/requests/0/statements",
        json!(["s-wang-urge", "s-mfa"]),
    );
    assert_eq!(
        warnings(&value),
        [(
            ErrorCode::RequesterNotSpeaker,
            "/requests/0/statements/1".to_owned()
        )]
    );
    // Spoken for: no warning.
    put(&mut value, "/statements/2/on_behalf_of", json!("wang-yi"));
    assert_eq!(warnings(&value), []);
    // With no requester named, any statement may make it.
    let mut value = base();
    put(&mut value, "/requests/0/requesters", json!([]));
    put(
        &mut value,
        "/requests/0/statements",
        json!(["s-wang-urge", "s-mfa"]),
    );
    assert_eq!(warnings(&value), []);
}

#[test]
fn the_builder_makes_a_request_and_refuses_one_without_party() {
    let body = "Wang Yi urged India to meet China halfway. India refused.";
    let make = |status: RequestStatus| {
        let mut article = ArticleBuilder::new("a1", "en", body);
        let wang = article.add_person(Person::builder("wang-yi", "Wang Yi"));
        let india = article.add_country(Place::country_builder("india", "India", "IN"));
        let request = article.add_request(
            Request::builder("r1", "meet China halfway")
                .requester(&wang)
                .addressee(&india)
                .force(RequestForce::Call)
                .status(status)
                .evidence("Wang Yi urged India to meet China halfway"),
        );
        assert_eq!(request.id().as_str(), "r1");
        article.build()
    };
    let article = make(RequestStatus::Made).unwrap();
    assert_eq!(ids(&article.requests[0].requesters), ["wang-yi"]);
    assert_eq!(article.requests[0].status(), Some(&RequestStatus::Made));
    // An outcome needs its evidence or statement.
    let problems = make(RequestStatus::Refused).unwrap_err();
    assert_eq!(
        problems
            .iter()
            .map(|e| (e.code(), e.path().as_str()))
            .collect::<Vec<_>>(),
        [(
            ErrorCode::UnsupportedOutcome,
            "/requests/0/status_history/0/status"
        )]
    );
    // Built alone, a request with no party is refused at once (one with
    // a requester and no addressee is not), and an earlier observation
    // stays before the current one.
    let mut article = ArticleBuilder::new("a1", "en", body);
    let wang = article.add_person(Person::builder("wang-yi", "Wang Yi"));
    assert!(Request::builder("r2", "meet China halfway")
        .requester(&wang)
        .build()
        .is_ok());
    let problems = Request::builder("r2", "meet China halfway")
        .build()
        .unwrap_err();
    assert_eq!(
        problems
            .iter()
            .map(|e| (e.code(), e.path().as_str()))
            .collect::<Vec<_>>(),
        [(ErrorCode::RequestWithoutParty, "")]
    );
    let india = article.add_country(Place::country_builder("india", "India", "IN"));
    let request = Request::builder("r3", "meet China halfway")
        .addressee(&india)
        .status(RequestStatus::Repeated)
        .earlier_status(RequestObservation::new(RequestStatus::Made))
        .build()
        .unwrap();
    let statuses: Vec<_> = request.status_history.iter().map(|o| &o.status).collect();
    assert_eq!(statuses, [&RequestStatus::Made, &RequestStatus::Repeated]);
}

/// The rows of `article`, each as its table's name and its cells as text.
fn rows_of(article: &Article) -> Vec<(&'static str, Vec<String>)> {
    use std::convert::Infallible;
    use structured_news::table::{self, Cell, RowSink, Table};

    #[derive(Default)]
    struct Rows(Vec<(&'static str, Vec<String>)>);
    impl RowSink for Rows {
        type Error = Infallible;
        fn row(&mut self, table: &'static Table, cells: &[Cell<'_>]) -> Result<(), Infallible> {
            let cells = cells
                .iter()
                .map(|cell| match cell {
                    Cell::Text(text) => text.to_string(),
                    Cell::Integer(n) => n.to_string(),
                    Cell::Null => String::new(),
                    other => format!("{other:?}"),
                })
                .collect();
            self.0.push((table.name, cells));
            Ok(())
        }
    }
    let mut rows = Rows::default();
    let Ok(()) = table::write_rows(article, &mut rows);
    rows.0
}

#[test]
fn requests_have_their_tables() {
    let article = Article::from_json_str(&base_json()).unwrap();
    let rows = rows_of(&article);
    let of = |name: &str| -> Vec<&Vec<String>> {
        rows.iter()
            .filter(|(table, _)| *table == name)
            .map(|(_, cells)| cells)
            .collect()
    };
    let requests = of("requests");
    assert_eq!(requests.len(), 2);
    assert_eq!(
        requests[0][..5],
        [
            "wion-2023-07-15-jaishankar-wang-yi-jakarta",
            "r-halfway",
            "/requests/0",
            "call",
            "focus on \"common interests\" and meet China \"halfway\""
        ]
    );
    assert_eq!(
        requests[0][requests[0].len() - 2..],
        ["jaishankar-wang-talks", "made"]
    );
    let parties: Vec<(&str, &str, &str)> = of("request_parties")
        .iter()
        .map(|cells| (cells[2].as_str(), cells[3].as_str(), cells[5].as_str()))
        .collect();
    assert_eq!(
        parties,
        [
            ("r-halfway", "requester", "wang-yi"),
            ("r-halfway", "addressee", "india"),
            ("r-support", "requester", "wang-yi"),
            ("r-support", "addressee", "two-sides"),
        ]
    );
    let statements: Vec<&str> = of("request_statements")
        .iter()
        .map(|cells| cells[4].as_str())
        .collect();
    assert_eq!(statements, ["s-wang-urge", "s-subhead", "s-support"]);
    let steps = of("request_status_steps");
    assert_eq!(steps.len(), 2);
    assert_eq!(
        steps[0][1..5],
        ["/requests/0/status_history/0", "r-halfway", "0", "made"]
    );
    let about: Vec<(&str, &str)> = of("about")
        .iter()
        .filter(|cells| cells[2] == "r-halfway")
        .map(|cells| (cells[2].as_str(), cells[4].as_str()))
        .collect();
    assert_eq!(about, [("r-halfway", "border-tensions")]);
    let evidence_parts: Vec<&str> = of("evidence")
        .iter()
        .map(|cells| cells[3].as_str())
        .collect();
    for part in ["r-halfway", "r-support"] {
        assert!(evidence_parts.contains(&part), "{part}: {evidence_parts:?}");
    }
}

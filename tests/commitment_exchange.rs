//! Format 2.1: commitments traded for each other
//! (`Commitment::in_exchange_for`). Neon Tommy (July 2012) on the Tokyo
//! Conference on Afghanistan: "foreign governments will assure Afghanistan
//! a steady stream of financing in exchange for stronger anticorruption
//! measures". The financing and the measures are two commitments, each
//! bound on its own side, the one given for the other; each way of getting
//! the link wrong is refused with its code and path.

mod common;

use common::{assert_one_problem, put};
use serde_json::{json, Value};
use structured_news::prelude::*;
use structured_news::table::{write_rows, Cell, RowSink, Table};
use structured_news::Lints;

const SENTENCE: &str = "The agreement is called the Tokyo Framework of Mutual Accountability and states that foreign governments will assure Afghanistan a steady stream of financing in exchange for stronger anticorruption measures, The New York Times reported.";

/// The sentence as two commitments, the financing in exchange for the
/// measures.
fn tokyo() -> Value {
    json!({
        "format_version": "2.1", "id": "neontommy-tokyo", "language": "en", "published": "2012-07-09",
        "body": SENTENCE,
        "entities": {
            "places": [{"id": "afghanistan", "name": "Afghanistan", "kind": "country", "country": "AF"}],
            "groups": [{"id": "donors", "description": "foreign governments"}]
        },
        "commitments": [
            {"id": "financing", "kind": "fund", "modality": "pledge",
                "action": "assure Afghanistan a steady stream of financing",
                "bound_parties": ["donors"], "counterparties": ["afghanistan"],
                "in_exchange_for": ["anticorruption"],
                "status_history": [{"status": "stated"}],
                "evidence": [{"quote": {"exact": "foreign governments will assure Afghanistan a steady stream of financing"}}]},
            {"id": "anticorruption", "kind": "other",
                "action": "stronger anticorruption measures",
                "bound_parties": ["afghanistan"],
                "in_exchange_for": ["financing"],
                "status_history": [{"status": "stated"}],
                "evidence": [{"quote": {"exact": "in exchange for stronger anticorruption measures"}}]}
        ]
    })
}

/// Reads `v` with no problem, warnings included.
fn clean(v: &Value) -> Article {
    let (article, warnings) =
        Article::from_json_slice_with(v.to_string().as_bytes(), &Lints::new())
            .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(warnings.is_empty(), "{warnings:?}");
    article
}

#[test]
fn financing_in_exchange_for_anticorruption_measures() {
    let article = clean(&tokyo());
    let ids = |i: usize| -> Vec<&str> {
        article.commitments[i]
            .in_exchange_for
            .iter()
            .map(|id| id.as_str())
            .collect()
    };
    assert_eq!(ids(0), ["anticorruption"]);
    assert_eq!(ids(1), ["financing"]);
}

/// The rows of `commitment_links`, as (commitment, link, other).
#[derive(Default)]
struct Links(Vec<(String, String, String)>);

impl RowSink for Links {
    type Error = std::convert::Infallible;
    fn row(&mut self, table: &'static Table, cells: &[Cell<'_>]) -> Result<(), Self::Error> {
        if table.name == "commitment_links" {
            let get = |name: &str| match table.column_index(name).and_then(|i| cells.get(i)) {
                Some(Cell::Text(t)) => t.to_string(),
                other => panic!("{other:?}"),
            };
            self.0
                .push((get("commitment_id"), get("link"), get("to_id")));
        }
        Ok(())
    }
}

#[test]
fn the_exchange_is_a_row_of_commitment_links() {
    let article = clean(&tokyo());
    let mut links = Links::default();
    write_rows(&article, &mut links).unwrap();
    assert_eq!(
        links.0,
        [
            (
                "financing".into(),
                "in_exchange_for".into(),
                "anticorruption".into()
            ),
            (
                "anticorruption".into(),
                "in_exchange_for".into(),
                "financing".into()
            ),
        ]
    );
}

#[test]
fn an_exchange_with_itself_a_non_commitment_or_twice_is_refused() {
    let mut v = tokyo();
    put(
        &mut v,
        "/commitments/0/in_exchange_for",
        json!(["financing"]),
    );
    assert_one_problem(
        &v,
        ErrorCode::SelfReference,
        "/commitments/0/in_exchange_for/0",
    );
    put(
        &mut v,
        "/commitments/0/in_exchange_for",
        json!(["afghanistan"]),
    );
    assert_one_problem(
        &v,
        ErrorCode::WrongReferenceKind,
        "/commitments/0/in_exchange_for/0",
    );
    put(&mut v, "/commitments/0/in_exchange_for", json!(["reforms"]));
    assert_one_problem(
        &v,
        ErrorCode::UnknownReference,
        "/commitments/0/in_exchange_for/0",
    );
    put(
        &mut v,
        "/commitments/0/in_exchange_for",
        json!(["anticorruption", "anticorruption"]),
    );
    assert_one_problem(
        &v,
        ErrorCode::DuplicateReference,
        "/commitments/0/in_exchange_for/1",
    );
}

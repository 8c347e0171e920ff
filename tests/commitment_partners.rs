//! Format 2.1: with whom a one-sided promise is carried out, and what for
//! (`Commitment::partners`, `Commitment::purposes`). The Asahi Shimbun
//! (April 2023) quotes China's foreign minister after his talks with
//! Japan's: "I, together with Foreign Minister Hayashi, will ... strengthen
//! our exchanges and communication to further the aims of our two
//! countries". The promise binds Qin alone; Hayashi is the partner he acts
//! with, neither bound nor the one it is made to; the aim is its purpose.
//! Each way of getting them wrong is refused with its code and path.

mod common;

use common::{assert_one_problem, put};
use serde_json::{json, Value};
use structured_news::prelude::*;
use structured_news::Lints;

const SENTENCE: &str = "Qin added, “I, together with Foreign Minister Hayashi, will look back on the spirit of the treaty and strengthen our exchanges and communication to further the aims of our two countries so we can move forward by pruning away obstacles and overcoming difficulties.";

/// The sentence as Qin's promise, with Hayashi as its partner.
fn qin_hayashi() -> Value {
    json!({
        "format_version": "2.1", "id": "asahi-qin-hayashi", "language": "en", "published": "2023-04-02",
        "body": SENTENCE,
        "entities": {"people": [
            {"id": "qin", "name": "Qin Gang", "aliases": ["Qin"]},
            {"id": "hayashi", "name": "Yoshimasa Hayashi", "aliases": ["Hayashi"]}
        ]},
        "commitments": [{"id": "exchanges", "kind": "cooperate", "modality": "pledge",
            "action": "strengthen our exchanges and communication",
            "bound_parties": ["qin"], "partners": ["hayashi"],
            "purposes": [{"text": "to further the aims of our two countries",
                "evidence": [{"quote": {"exact": "to further the aims of our two countries"}}]}],
            "status_history": [{"status": "stated"}],
            "evidence": [{"quote": {"exact": "I, together with Foreign Minister Hayashi, will look back on the spirit of the treaty and strengthen our exchanges and communication"}}]}]
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
fn qin_works_together_with_hayashi_to_further_the_aims_of_both() {
    let article = clean(&qin_hayashi());
    let c = &article.commitments[0];
    assert_eq!(c.bound_parties.len(), 1);
    assert_eq!(c.partners[0].as_str(), "hayashi");
    assert!(c.counterparties.is_empty());
    assert_eq!(
        c.purposes[0].text,
        "to further the aims of our two countries"
    );
}

#[test]
fn a_bound_partner_an_unknown_one_or_an_aim_serving_itself_is_refused() {
    let mut v = qin_hayashi();
    put(&mut v, "/commitments/0/partners", json!(["qin"]));
    assert_one_problem(&v, ErrorCode::PartyConflict, "/commitments/0/partners/0");
    put(&mut v, "/commitments/0/partners", json!(["hayashi"]));
    put(&mut v, "/commitments/0/counterparties", json!(["hayashi"]));
    assert_one_problem(&v, ErrorCode::PartyConflict, "/commitments/0/partners/0");
    let mut v = qin_hayashi();
    put(&mut v, "/commitments/0/partners", json!(["wang"]));
    assert_one_problem(&v, ErrorCode::UnknownReference, "/commitments/0/partners/0");
    put(
        &mut v,
        "/commitments/0/partners",
        json!(["hayashi", "hayashi"]),
    );
    assert_one_problem(
        &v,
        ErrorCode::DuplicateReference,
        "/commitments/0/partners/1",
    );
    let mut v = qin_hayashi();
    put(
        &mut v,
        "/commitments/0/purposes/0/serves",
        json!("exchanges"),
    );
    assert_one_problem(
        &v,
        ErrorCode::SelfReference,
        "/commitments/0/purposes/0/serves",
    );
    put(&mut v, "/commitments/0/purposes/0/serves", json!("hayashi"));
    assert_one_problem(
        &v,
        ErrorCode::WrongReferenceKind,
        "/commitments/0/purposes/0/serves",
    );
    put(&mut v, "/commitments/0/purposes/0", json!({"text": " "}));
    assert_one_problem(&v, ErrorCode::BlankText, "/commitments/0/purposes/0/text");
}

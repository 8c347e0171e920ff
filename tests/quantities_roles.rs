//! Format 2.1: numbers with a role in a change ("from $5.3 billion to $10
//! billion": a baseline and a target) and multipliers ("nearly double":
//! the factor 2); a group of member states linked to its organization
//! ("the 27 EU countries" and the EU); documents signed as a package ("15
//! documents, including one on strategic partnership"); commitments that
//! continue something under way ("ongoing support"); and a meeting's
//! topic list that is not complete ("among other things"). The real
//! articles of the newcomer measure (T-news after TASS, Tashkent Times)
//! say these facts so, with no warning; each way of getting them wrong is
//! refused with its code and path; the ledger leaves a baseline and a
//! factor out of the amounts pledged.

mod common;

use common::{assert_one_problem, at, put};
use serde_json::{json, Number, Value};
use structured_news::prelude::*;
use structured_news::{DocumentKind, Ledger, Lints, QuantityQualifier, QuantityRole, TimeUnit};

/// A held-out article of the newcomer measure, as a JSON value.
fn held_out(name: &str) -> Value {
    let path = common::fixtures()
        .join("held_out")
        .join("unseen_5")
        .join(name);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

const TNEWS: &str = "tnews-2022-05-10-kazakhstan-turkey-agreements.json";
const TASHKENT: &str = "tashkenttimes-2023-10-23-eu-central-asia-ministers.json";

/// Reads `v` with no problem, warnings included (the held-out files are
/// written as their encoders wrote them, so not compared with what is
/// written back).
fn clean(v: &Value) -> Article {
    let (article, warnings) =
        Article::from_json_slice_with(v.to_string().as_bytes(), &Lints::new())
            .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(warnings.is_empty(), "{warnings:?}");
    article
}

/// «увеличения почти вдвое – с $5,3 млрд до $10 млрд в год»: nearly
/// double, from $5.3 billion (the baseline) to $10 billion (the target) a
/// year, each a quantity of its own.
#[test]
fn a_real_article_says_nearly_double_from_a_baseline_to_a_target() {
    let v = held_out(TNEWS);
    let article = clean(&v);
    let trade = article
        .commitments
        .iter()
        .find(|c| c.id.as_str() == "c-trade")
        .unwrap();
    let [target, factor, baseline] = trade.quantities.as_slice() else {
        panic!("{:?}", trade.quantities)
    };
    assert_eq!(factor.factor, Some(2.into()));
    assert_eq!(factor.qualifier, Some(QuantityQualifier::Nearly));
    assert_eq!(
        (
            factor.amount.as_ref(),
            factor.currency,
            factor.unit.as_ref()
        ),
        (None, None, None)
    );
    assert_eq!(baseline.role, Some(QuantityRole::Baseline));
    assert_eq!(baseline.amount, Some(5_300_000_000u64.into()));
    assert_eq!(baseline.per, Some(TimeUnit::Years));
    assert_eq!(target.role, Some(QuantityRole::Target));
    assert_eq!(target.amount, Some(10_000_000_000u64.into()));
    // The statement that reports the plan gives both numbers with their
    // roles too.
    let said = article
        .statements
        .iter()
        .find(|s| s.id.as_str() == "s-trade")
        .unwrap();
    let roles: Vec<_> = said.quantities.iter().map(|q| q.role.clone()).collect();
    assert_eq!(
        roles,
        [Some(QuantityRole::Baseline), Some(QuantityRole::Target)]
    );
    // Built in code, the same factor.
    let built = Quantity::times(2u64)
        .nearly()
        .measuring("двусторонний товарооборот")
        .as_written("почти вдвое")
        .evidence(structured_news::Evidence::quote("почти вдвое"));
    assert_eq!(&built, factor);
}

/// A fund commitment of the form "to raise aid from $300 million by $200
/// million": the baseline is no amount pledged, the change is; a factor
/// is none either.
fn raise_aid(quantities: Value) -> Value {
    json!({
        "format_version": "2.1", "id": "aid", "language": "en", "published": "2024-03-01",
        "body": "Japan pledged to raise its aid from $300 million by $200 million, nearly doubling it.",
        "entities": {"places": [{"id": "japan", "name": "Japan", "kind": "country", "country": "JP"}]},
        "commitments": [{"id": "raise", "kind": "fund", "action": "raise its aid by $200 million",
            "bound_parties": ["japan"], "quantities": quantities,
            "status_history": [{"status": "stated", "as_of": "2024-03-01"}],
            "evidence": [{"quote": {"exact": "Japan pledged to raise its aid from $300 million by $200 million, nearly doubling it."}}]}]
    })
}

/// The amounts the ledger reports pledged for the one commitment of `v`.
fn pledged(v: &Value) -> Vec<(String, String)> {
    let article = clean(v);
    let mut ledger = Ledger::new();
    ledger.add(&article).unwrap_or_else(|e| panic!("{e:?}"));
    ledger.report().commitments[0]
        .amounts
        .iter()
        .map(|a| {
            (
                a.currency.to_string(),
                a.pledged
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn the_ledger_leaves_a_baseline_and_a_factor_out_of_the_amounts_pledged() {
    let baseline =
        json!({"amount": 300000000, "currency": "USD", "role": "baseline", "text": "$300 million"});
    let change =
        json!({"amount": 200000000, "currency": "USD", "role": "change", "text": "$200 million"});
    let factor = json!({"factor": 2, "qualifier": "nearly", "text": "nearly doubling"});
    assert_eq!(
        pledged(&raise_aid(json!([
            baseline.clone(),
            change,
            factor.clone()
        ]))),
        [("USD".to_owned(), "200000000".to_owned())]
    );
    // With only the baseline and the factor, nothing is pledged.
    assert!(pledged(&raise_aid(json!([baseline.clone(), factor]))).is_empty());
    // Without its role, the same $300 million would be counted.
    let mut plain = baseline;
    plain.as_object_mut().unwrap().remove("role");
    assert_eq!(
        pledged(&raise_aid(json!([plain]))),
        [("USD".to_owned(), "300000000".to_owned())]
    );
}

#[test]
fn a_factor_needs_no_unit_and_halving_is_one_half() {
    let half = Number::from_f64(0.5).unwrap();
    let v = raise_aid(json!([{"factor": half, "role": "change", "text": "halving"}]));
    let article = clean(&v);
    assert_eq!(
        article.commitments[0].quantities[0].factor,
        Number::from_f64(0.5)
    );
    assert_eq!(serde_json::to_value(&article).unwrap(), v);
}

#[test]
fn a_factor_of_zero_or_below_is_refused() {
    for bad in [json!(0), json!(-2), json!(-0.5)] {
        let v = raise_aid(json!([{"factor": bad, "text": "doubling"}]));
        let message = assert_one_problem(
            &v,
            ErrorCode::InvalidFactor,
            "/commitments/0/quantities/0/factor",
        );
        assert!(message.contains("above zero"), "{message}");
    }
}

#[test]
fn a_factor_with_an_amount_unit_or_other_role_is_refused() {
    let cases = [
        ("amount", json!(2)),
        ("amount_max", json!(3)),
        ("currency", json!("USD")),
        ("unit", json!("раза")),
        ("per", json!("years")),
        ("size", json!("few")),
        ("role", json!("target")),
        ("role", json!("baseline")),
    ];
    for (key, value) in cases {
        let mut v = raise_aid(json!([{"factor": 2, "text": "doubling"}]));
        put(&mut v, &format!("/commitments/0/quantities/0/{key}"), value);
        if key == "amount_max" {
            // An upper bound alone is `invalid_range` as well.
            put(&mut v, "/commitments/0/quantities/0/amount", json!(2));
            let found = common::problems(&v);
            assert!(
                found
                    .iter()
                    .all(|(c, _, _)| *c == ErrorCode::FactorConflict),
                "{found:?}"
            );
            continue;
        }
        assert_one_problem(
            &v,
            ErrorCode::FactorConflict,
            &format!("/commitments/0/quantities/0/{key}"),
        );
    }
    let mut v = raise_aid(json!([{"amount": 1, "currency": "USD", "text": "$1"}]));
    put(&mut v, "/commitments/0/quantities/0/role", json!("start"));
    let e = common::problems(&v);
    assert_eq!(
        e.iter()
            .map(|(c, p, _)| (*c, p.as_str()))
            .collect::<Vec<_>>(),
        [(
            ErrorCode::UnknownVariant,
            "/commitments/0/quantities/0/role"
        )]
    );
}

/// "said EU foreign policy chief Josep Borrell, emphasizing the
/// Europeans' desire to deepen strategic cooperation": bound to the 27 EU
/// countries, made by the EU's chief, represented through the group's
/// organization.
#[test]
fn the_eus_chief_speaks_for_the_group_of_its_member_states() {
    let v = held_out(TASHKENT);
    let article = clean(&v);
    let eu27 = article
        .entities
        .groups
        .iter()
        .find(|g| g.id.as_str() == "eu27")
        .unwrap();
    assert_eq!(eu27.organization.as_ref().map(|o| o.as_str()), Some("eu"));
    let deepen = &article.commitments[1];
    assert_eq!(deepen.id.as_str(), "c-deepen-cooperation");
    assert_eq!(deepen.bound_parties[0].as_str(), "eu27");
    // Without the link, the group is unrepresented.
    let mut unlinked = v.clone();
    let groups = at(&mut unlinked, "/entities/groups");
    let i = groups
        .as_array()
        .unwrap()
        .iter()
        .position(|g| g["id"] == "eu27")
        .unwrap();
    groups[i].as_object_mut().unwrap().remove("organization");
    let (_, warnings) =
        Article::from_json_slice_with(unlinked.to_string().as_bytes(), &Lints::new()).unwrap();
    let found: Vec<_> = warnings
        .iter()
        .map(|w| (w.code(), w.path().to_string()))
        .collect();
    assert_eq!(
        found,
        [(
            ErrorCode::UnrepresentedParty,
            "/commitments/1/bound_parties".to_owned()
        )]
    );
    // The organization must be one.
    let mut wrong = v;
    put(
        &mut wrong,
        &format!("/entities/groups/{i}/organization"),
        json!("c5"),
    );
    let found = common::problems(&wrong);
    assert!(
        found
            .iter()
            .any(|(c, p, _)| *c == ErrorCode::WrongReferenceKind
                && p == &format!("/entities/groups/{i}/organization")),
        "{found:?}"
    );
}

/// "15 documents were signed, including one on strategic partnership":
/// the package with its count, the named document part of it.
#[test]
fn fifteen_documents_signed_as_a_package() {
    let v = held_out(TNEWS);
    let article = clean(&v);
    let package = article
        .documents
        .iter()
        .find(|d| d.id.as_str() == "docs-15")
        .unwrap();
    assert_eq!(package.kind, DocumentKind::Package);
    assert_eq!(package.quantities[0].amount, Some(15.into()));
    assert_eq!(
        package.adopted_at.as_ref().map(|m| m.as_str()),
        Some("delegation-talks")
    );
    let strategic = article
        .documents
        .iter()
        .find(|d| d.id.as_str() == "doc-strategic")
        .unwrap();
    assert_eq!(
        strategic.part_of.as_ref().map(|d| d.as_str()),
        Some("docs-15")
    );
}

/// A short article with two documents, to link wrongly.
fn two_documents() -> Value {
    json!({
        "format_version": "2.1", "id": "docs", "language": "en", "published": "2022-05-10",
        "body": "15 documents were signed, including one on strategic partnership, after the talks.",
        "meetings": [{"id": "talks", "kind": "bilateral", "status": "held",
            "evidence": [{"quote": {"exact": "the talks"}}]}],
        "documents": [
            {"id": "docs-15", "kind": "package", "status": "signed",
             "quantities": [{"amount": 15, "unit": "documents", "text": "15 documents"}],
             "evidence": [{"quote": {"exact": "15 documents were signed"}}]},
            {"id": "strategic", "kind": "agreement", "status": "signed", "part_of": "docs-15",
             "evidence": [{"quote": {"exact": "one on strategic partnership"}}]}
        ]
    })
}

#[test]
fn a_document_part_of_itself_another_kind_or_a_cycle_is_refused() {
    clean(&two_documents());
    let mut v = two_documents();
    put(&mut v, "/documents/1/part_of", json!("strategic"));
    assert_one_problem(&v, ErrorCode::SelfReference, "/documents/1/part_of");
    let mut v = two_documents();
    put(&mut v, "/documents/1/part_of", json!("talks"));
    assert_one_problem(&v, ErrorCode::WrongReferenceKind, "/documents/1/part_of");
    let mut v = two_documents();
    put(&mut v, "/documents/0/part_of", json!("strategic"));
    assert_one_problem(&v, ErrorCode::ReferenceCycle, "/documents/0/part_of");
}

/// "ready to provide ongoing support", "agreed to continue cooperation",
/// and "discussed, among other things, ...".
#[test]
fn continuing_commitments_and_a_partial_topic_list() {
    let v = held_out(TASHKENT);
    let article = clean(&v);
    let continuing: Vec<&str> = article
        .commitments
        .iter()
        .filter(|c| c.continuing)
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(continuing, ["c-reform-support", "c-sanctions-cooperation"]);
    let meeting = article
        .meetings
        .iter()
        .find(|m| m.id.as_str() == "luxembourg-meeting")
        .unwrap();
    assert!(meeting.topics_partial);
    assert_eq!(meeting.topics.len(), 2);
    // A partial list of no topics is refused.
    let i = article
        .meetings
        .iter()
        .position(|m| m.id.as_str() == "luxembourg-meeting")
        .unwrap();
    let mut v = v;
    put(&mut v, &format!("/meetings/{i}/topics"), json!([]));
    assert_one_problem(
        &v,
        ErrorCode::PartialWithoutTopics,
        &format!("/meetings/{i}/topics_partial"),
    );
}

/// A 2.0 document reads as before: none of the new parts are set.
#[test]
fn documents_of_2_0_read_without_the_new_parts() {
    let path = common::fixtures()
        .join("format_2_0")
        .join("wikinews-tsunami-aid-pledges-japan.json");
    let article = Article::from_json_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(article.format_version, structured_news::FormatVersion::V2_0);
    let quantities = article.commitments.iter().flat_map(|c| &c.quantities);
    assert!(quantities
        .clone()
        .all(|q| q.role.is_none() && q.factor.is_none()));
    assert!(quantities.count() > 0);
    assert!(article.commitments.iter().all(|c| !c.continuing));
    assert!(article.meetings.iter().all(|m| !m.topics_partial));
    assert!(article.documents.iter().all(|d| d.part_of.is_none()));
    assert!(article
        .entities
        .groups
        .iter()
        .all(|g| g.organization.is_none()));
}

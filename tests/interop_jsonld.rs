//! The schema.org JSON-LD export: every reference names a node of the
//! document, every type and property is in the schema.org vocabulary
//! (tests/standards/schema.org, release 30.0), and the mapping of the main
//! parts. Expansion with pyld and SHACL validation run in
//! tests/interop/check_standards.py.

mod common;

use std::collections::BTreeSet;
use std::path::PathBuf;

use serde_json::{json, Value};
use structured_news::interop::to_jsonld;
use structured_news::{Article, StatementMode};

fn articles() -> Vec<(String, Article)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(common::fixtures().join("valid"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                Article::from_json_str(&text).unwrap(),
            )
        })
        .collect()
}

/// Every object of the document, depth first.
fn objects<'a>(v: &'a Value, out: &mut Vec<&'a serde_json::Map<String, Value>>) {
    match v {
        Value::Object(map) => {
            out.push(map);
            map.values().for_each(|v| objects(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| objects(v, out)),
        _ => {}
    }
}

/// The names of the vocabulary's classes, properties and enumeration
/// members (`schema:X` → `X`).
fn vocabulary() -> BTreeSet<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/standards/schema.org/schemaorg-current-https.jsonld");
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    doc["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| {
            n["@id"]
                .as_str()?
                .strip_prefix("schema:")
                .map(str::to_owned)
        })
        .collect()
}

#[test]
fn references_resolve_and_every_term_is_in_the_vocabulary() {
    let vocab = vocabulary();
    assert!(vocab.contains("NewsArticle") && vocab.contains("spokenByCharacter"));
    for (name, article) in articles() {
        let doc = to_jsonld(&article);
        assert_eq!(doc["@context"], "https://schema.org");
        let mut all = Vec::new();
        objects(&doc, &mut all);
        let defined: BTreeSet<&str> = all
            .iter()
            .filter(|o| o.contains_key("@type"))
            .filter_map(|o| o.get("@id").and_then(Value::as_str))
            .collect();
        for o in &all {
            if let Some(t) = o.get("@type") {
                assert!(vocab.contains(t.as_str().unwrap()), "{name}: type {t}");
            }
            for key in o.keys().filter(|k| !k.starts_with('@')) {
                assert!(vocab.contains(key.as_str()), "{name}: property {key}");
            }
            if o.len() == 1 {
                let target = o["@id"].as_str().unwrap();
                match target.strip_prefix("schema:") {
                    Some(member) => assert!(vocab.contains(member), "{name}: {target}"),
                    None => assert!(defined.contains(target), "{name}: dangling {target}"),
                }
            }
        }
    }
}

#[test]
fn every_reported_thing_is_a_node_of_its_type() {
    for (name, article) in articles() {
        let doc = to_jsonld(&article);
        let mut all = Vec::new();
        objects(&doc, &mut all);
        let type_of = |id: &str| {
            let iri = format!("{}#{id}", doc["@id"].as_str().unwrap());
            all.iter()
                .find(|o| {
                    o.get("@id").and_then(Value::as_str) == Some(iri.as_str())
                        && o.contains_key("@type")
                })
                .map(|o| o["@type"].as_str().unwrap().to_owned())
                .unwrap_or_else(|| panic!("{name}: no node for {id}"))
        };
        for p in &article.entities.people {
            assert_eq!(type_of(p.id.as_str()), "Person");
        }
        for m in &article.meetings {
            assert_eq!(type_of(m.id.as_str()), "Event");
        }
        for s in &article.statements {
            let t = type_of(s.id.as_str());
            assert!(t == "Quotation" || t == "Claim", "{name}: {t}");
        }
        for c in &article.commitments {
            assert_eq!(type_of(c.id.as_str()), "PlanAction");
        }
    }
}

#[test]
fn quotes_roles_meetings_and_commitments_map_to_their_schema_org_forms() {
    let text = std::fs::read_to_string(common::fixtures().join("valid/december_2023_meeting.json"))
        .unwrap();
    let article = Article::from_json_str(&text).unwrap();
    let doc = to_jsonld(&article);
    let base = doc["@id"].as_str().unwrap().to_owned();
    let r = |id: &str| json!({"@id": format!("{base}#{id}")});
    let find = |list: &str, id: &str| -> Value {
        doc[list]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["@id"] == r(id)["@id"])
            .unwrap()
            .clone()
    };
    let lavrov = find("mentions", "sergei-lavrov");
    assert_eq!(
        lavrov["memberOf"][0],
        json!({"@type": "OrganizationRole", "memberOf": r("mfa-russia"), "roleName": "Minister of Foreign Affairs"})
    );
    for (s, node) in article
        .statements
        .iter()
        .zip(doc["hasPart"].as_array().unwrap())
    {
        assert_eq!(node["text"], s.text.as_str());
        if s.mode == StatementMode::Paraphrase {
            assert_eq!(node["@type"], "Claim");
            assert_eq!(node["author"][0], r(s.speaker.as_str()));
        } else {
            assert_eq!(node["@type"], "Quotation");
            assert_eq!(node["spokenByCharacter"][0], r(s.speaker.as_str()));
        }
    }
    assert!(article
        .statements
        .iter()
        .any(|s| s.mode == StatementMode::DirectQuote));
    let talks = find("about", "lavrov-meredov-talks");
    assert_eq!(
        talks["eventStatus"],
        json!({"@id": "schema:EventScheduled"})
    );
    assert_eq!(talks["superEvent"], r("caspian-foreign-ministers-meeting"));
    let caspian = find("about", "caspian-foreign-ministers-meeting");
    assert!(caspian["subEvent"]
        .as_array()
        .unwrap()
        .contains(&r("lavrov-meredov-talks")));
    let plan = find("about", article.commitments[0].id.as_str());
    assert_eq!(plan["@type"], "PlanAction");
    assert_eq!(
        plan["actionStatus"]["@id"]
            .as_str()
            .unwrap()
            .strip_prefix("schema:")
            .map(|s| s.ends_with("ActionStatus")),
        Some(true)
    );
    assert!(!plan["agent"].as_array().unwrap().is_empty());
}

#[test]
fn dates_are_days_or_timestamps_only() {
    for (name, article) in articles() {
        let doc = to_jsonld(&article);
        let mut all = Vec::new();
        objects(&doc, &mut all);
        for o in all {
            for key in [
                "datePublished",
                "startDate",
                "endDate",
                "dateCreated",
                "scheduledTime",
                "previousStartDate",
            ] {
                if let Some(v) = o.get(key) {
                    let s = v.as_str().unwrap();
                    let day =
                        s.len() == 10 && chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok();
                    let moment = chrono::DateTime::parse_from_rfc3339(s).is_ok()
                        || chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S").is_ok();
                    assert!(day || moment, "{name}: {key} = {s}");
                }
            }
        }
    }
}

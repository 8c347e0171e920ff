//! The PLOVER export, proven against the PLOVER manual's field table and
//! vocabularies (tests/standards/plover/FIELDS.md, read here directly), a
//! JSON Schema written from it (tests/standards/plover-record.schema.json)
//! and the shape of PLOVER's gold-standard records.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use serde_json::{json, Value};
use structured_news::interop::{to_plover, to_plover_ndjson};
use structured_news::Article;

fn standards() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/standards")
}

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

fn all_records() -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for (name, article) in articles() {
        for r in to_plover(&article) {
            out.push((name.clone(), r));
        }
    }
    out
}

/// The vocabularies of FIELDS.md, read from its tables and lists.
struct Fields {
    record: BTreeSet<String>,
    entity: BTreeSet<String>,
    text_info: BTreeSet<String>,
    cite_info: BTreeSet<String>,
    location: BTreeSet<String>,
    /// Event type → its modes.
    modes: BTreeMap<String, BTreeSet<String>>,
    /// Event type → quad code.
    quad: BTreeMap<String, u64>,
    contexts: BTreeSet<String>,
    sectors: BTreeSet<String>,
}

/// The backquoted words of `text`.
fn ticked(text: &str) -> Vec<String> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

fn fields() -> Fields {
    let text = std::fs::read_to_string(standards().join("plover/FIELDS.md")).unwrap();
    let mut section = String::new();
    let mut f = Fields {
        record: BTreeSet::new(),
        entity: BTreeSet::new(),
        text_info: BTreeSet::new(),
        cite_info: BTreeSet::new(),
        location: BTreeSet::new(),
        modes: BTreeMap::new(),
        quad: BTreeMap::new(),
        contexts: BTreeSet::new(),
        sectors: BTreeSet::new(),
    };
    let mut in_contexts = false;
    for line in text.lines() {
        if line.starts_with('#') {
            section = line.trim_start_matches('#').trim().to_owned();
            in_contexts = false;
            continue;
        }
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let first = cells.get(1).map(|c| ticked(c)).unwrap_or_default();
        if line.starts_with("| `") {
            let target = match section.as_str() {
                "Event record (top level)" => Some(&mut f.record),
                "Entity object (items of `actor` / `recipient`)" => Some(&mut f.entity),
                "Text object (`text_info`)" => Some(&mut f.text_info),
                "Citation object (`cite_info`)" => Some(&mut f.cite_info),
                "Location object (`event_loc`)" => Some(&mut f.location),
                _ => None,
            };
            if let Some(target) = target {
                target.extend(first);
            }
        }
        if section == "Event types" && line.starts_with("| ") && !line.starts_with("| Event") {
            let name = cells[1].to_owned();
            if name.chars().all(|c| c.is_ascii_uppercase()) && !name.is_empty() {
                let quad = cells[4]
                    .split_whitespace()
                    .next()
                    .unwrap()
                    .trim_matches('*')
                    .parse()
                    .unwrap();
                f.quad.insert(name.clone(), quad);
                f.modes.insert(name, ticked(cells[5]).into_iter().collect());
            }
        }
        if section.starts_with("General contexts") {
            if line.starts_with('`') {
                in_contexts = true;
            }
            if in_contexts {
                f.contexts.extend(ticked(line.split('(').next().unwrap()));
                if line.contains("(37 values)") {
                    in_contexts = false;
                }
            }
            if line.starts_with("Auxiliary modes:") {
                f.contexts.extend(ticked(line));
            }
        }
        if section.starts_with("Sector codes") {
            f.sectors.extend(ticked(line));
        }
    }
    // The tables were read: the counts the manual gives.
    assert_eq!(f.modes.len(), 16, "event types");
    assert_eq!(f.contexts.len(), 37 + 4, "contexts and auxiliary modes");
    assert_eq!(f.modes["CONSULT"].len(), 4);
    assert!(f.record.contains("cite_info") && f.record.contains("event_text"));
    assert!(f.entity.contains("identifier_id") && f.sectors.contains("GOV"));
    f
}

fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object().unwrap().keys().cloned().collect()
}

#[test]
fn every_record_uses_only_fields_and_values_plover_defines() {
    let f = fields();
    let records = all_records();
    assert!(records.len() > 20, "{}", records.len());
    for (name, r) in &records {
        let unknown: Vec<_> = keys(r).difference(&f.record).cloned().collect();
        assert!(unknown.is_empty(), "{name}: fields {unknown:?} in {r}");
        for field in ["id", "date", "actor", "event"] {
            assert!(r.get(field).is_some(), "{name}: no {field} in {r}");
        }
        for e in r["actor"].as_array().unwrap().iter().chain(
            r.get("recipient")
                .and_then(Value::as_array)
                .into_iter()
                .flatten(),
        ) {
            assert!(keys(e).is_subset(&f.entity), "{name}: {e}");
            if let Some(sector) = e.get("sector") {
                assert!(f.sectors.contains(sector.as_str().unwrap()), "{name}: {e}");
            }
        }
        assert!(keys(&r["cite_info"]).is_subset(&f.cite_info), "{name}: {r}");
        if let Some(t) = r.get("text_info") {
            assert!(keys(t).is_subset(&f.text_info), "{name}: {r}");
        }
        if let Some(l) = r.get("event_loc") {
            assert!(keys(l).is_subset(&f.location), "{name}: {r}");
        }
        let events = r["event"].as_array().unwrap();
        assert_eq!(events.len(), 1);
        let event = events[0].as_str().unwrap();
        assert!(["CONSULT", "AGREE"].contains(&event), "{name}: {r}");
        assert_eq!(r["quad_code"], f.quad[event], "{name}: {r}");
        for mode in r
            .get("mode")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            assert!(
                f.modes[event].contains(mode.as_str().unwrap()),
                "{name}: {r}"
            );
        }
        for context in r
            .get("context")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            assert!(
                f.contexts.contains(context.as_str().unwrap()),
                "{name}: {r}"
            );
        }
    }
    // Record ids are unique in the whole data set.
    let ids: BTreeSet<&str> = records
        .iter()
        .map(|(_, r)| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), records.len());
}

#[test]
fn the_schema_written_from_the_field_table_accepts_every_record() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(standards().join("plover-record.schema.json")).unwrap(),
    )
    .unwrap();
    let v = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    for (name, r) in all_records() {
        let errors: Vec<String> = v
            .iter_errors(&r)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        assert_eq!(errors, Vec::<String>::new(), "{name}: {r}");
    }
    // ... and refuses what PLOVER does not define.
    let good = json!({"id": "x", "date": "2023-12-04", "actor": [{"entity_text": "A"}], "event": ["CONSULT"], "quad_code": 1});
    assert!(v.is_valid(&good));
    for (pointer, bad) in [
        ("/mode", json!(["demo"])),
        ("/quad_code", json!(2)),
        ("/event", json!(["MEET"])),
        ("/date", json!("2023-12")),
        ("/context", json!(["humanitarian"])),
        ("/actor", json!([])),
        ("/source", json!([])),
        ("/actor/0/wikidata", json!("Q1")),
    ] {
        let mut doc = good.clone();
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        doc.pointer_mut(if parent.is_empty() { "" } else { parent })
            .unwrap()[key] = bad;
        assert!(!v.is_valid(&doc), "{pointer} {doc}");
    }
}

#[test]
fn gold_standard_records_have_the_shape_of_the_export() {
    // The gold records are in the 0.5b1 field names; renamed to the
    // current ones, their CONSULT and AGREE records use fields of the
    // schema (`language` and `publication` moved into `cite_info`), their
    // actors the entity fields, and their CONSULT modes include the ones
    // the export writes.
    let f = fields();
    let gold: Vec<Value> = serde_json::from_str(
        &std::fs::read_to_string(standards().join("plover/PLOVER_GSR_CAMEO.txt")).unwrap(),
    )
    .unwrap();
    assert_eq!(gold.len(), 323);
    let rename = |k: &str| -> String {
        match k {
            "source" => "actor",
            "target" => "recipient",
            "eventText" => "event_text",
            "textInfo" => "text_info",
            "eventLoc" => "event_loc",
            "dateCoded" => "coded_date",
            "actorText" => "entity_text",
            other => other,
        }
        .to_owned()
    };
    let moved: BTreeSet<String> = ["language", "publication", "version"]
        .map(String::from)
        .into();
    let mut gold_modes: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut checked = 0;
    for r in gold
        .iter()
        .filter(|r| ["CONSULT", "AGREE"].contains(&r["event"].as_str().unwrap()))
    {
        for k in keys(r) {
            let k = rename(&k);
            assert!(f.record.contains(&k) || moved.contains(&k), "{k} in {r}");
        }
        for e in r["source"]
            .as_array()
            .into_iter()
            .chain(r["target"].as_array())
            .flatten()
        {
            for k in keys(e) {
                assert!(f.entity.contains(&rename(&k)), "{k} in {r}");
            }
        }
        if let Some(mode) = r.get("mode").and_then(Value::as_str) {
            gold_modes
                .entry(r["event"].as_str().unwrap().into())
                .or_default()
                .insert(mode.into());
        }
        checked += 1;
    }
    assert_eq!(checked, 51);
    let ours: BTreeSet<String> = all_records()
        .iter()
        .filter(|(_, r)| r["event"][0] == "CONSULT")
        .flat_map(|(_, r)| {
            r.get("mode")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
        })
        .map(|m| m.as_str().unwrap().to_owned())
        .collect();
    assert!(!ours.is_empty());
    assert!(
        ours.is_subset(&gold_modes["CONSULT"]),
        "{ours:?} / {gold_modes:?}"
    );
    assert!(!gold_modes.contains_key("AGREE"), "AGREE has no modes");
}

#[test]
fn event_text_and_offsets_select_the_words_in_the_body() {
    let mut with_offsets = 0;
    for (name, article) in articles() {
        let chars: Vec<char> = article.body.chars().collect();
        for r in to_plover(&article) {
            if let Some(info) = r.get("text_info") {
                let (start, end) = (
                    info["start"].as_u64().unwrap() as usize,
                    info["end"].as_u64().unwrap() as usize,
                );
                let selected: String = chars[start..end].iter().collect();
                assert_eq!(r["event_text"][0], selected.as_str(), "{name}: {r}");
                with_offsets += 1;
            }
            assert_eq!(r["cite_info"]["citation"], article.id.as_str());
            assert!(r["id"]
                .as_str()
                .unwrap()
                .starts_with(&format!("{}:", article.id.as_str())));
        }
    }
    assert!(with_offsets > 10, "{with_offsets}");
}

fn article(meetings: Value, commitments: Value) -> Article {
    let doc = json!({
        "format_version": "2.0", "id": "a1", "language": "en", "published": "2023-12-04",
        "body": "Lavrov met Meredov in Ashgabat. They will meet again.",
        "entities": {
            "people": [
                {"id": "lavrov", "name": "Sergei Lavrov", "country": "RU", "identifiers": {"wikidata": "Q80137"},
                 "roles": [{"title": "Minister of Foreign Affairs", "organization": "mfa"}]},
                {"id": "meredov", "name": "Rashid Meredov", "country": "TM"}],
            "organizations": [{"id": "mfa", "name": "Russian Foreign Ministry", "kind": "ministry", "country": "RU"}],
            "places": [
                {"id": "ashgabat", "name": "Ashgabat", "kind": "city", "country": "TM"},
                {"id": "geneva", "name": "Geneva", "kind": "city", "country": "CH"}]
        },
        "meetings": meetings,
        "commitments": commitments,
    });
    Article::from_json_str(&doc.to_string()).unwrap()
}

#[test]
fn meetings_and_commitments_map_to_consult_and_agree() {
    let two = json!([{"entity": "lavrov"}, {"entity": "meredov"}]);
    let records = to_plover(&article(
        json!([
            {"id": "held", "kind": "bilateral", "status": "held", "place": "ashgabat", "date": {"value": "2023-12-03/2023-12-04"},
             "participants": two, "evidence": [{"quote": {"exact": "Lavrov met Meredov"}, "position": {"start": 0, "end": 18}}]},
            {"id": "geneva-talks", "kind": "negotiations", "status": "held", "place": "geneva", "participants": two},
            {"id": "visit", "kind": "visit", "status": "held", "participants": two},
            {"id": "next", "kind": "bilateral", "status": "scheduled", "date": {"value": "2024"}, "participants": two},
            {"id": "off", "kind": "bilateral", "status": "cancelled", "participants": two},
            {"id": "nobody", "kind": "bilateral", "status": "held"}
        ]),
        json!([{"id": "c1", "kind": "fund", "action": "fund the school", "bound_parties": ["lavrov"],
                "counterparties": ["meredov"], "status_history": [{"status": "stated"}]}]),
    ));
    let by_id: BTreeMap<&str, &Value> = records
        .iter()
        .map(|r| (r["id"].as_str().unwrap(), r))
        .collect();
    assert_eq!(
        by_id.keys().copied().collect::<Vec<_>>(),
        ["a1:c1", "a1:geneva-talks", "a1:held", "a1:next", "a1:visit"]
    );
    let held = by_id["a1:held"];
    assert_eq!(held["event"], json!(["CONSULT"]));
    assert_eq!(
        (held["date"].as_str(), held["enddate"].as_str()),
        (Some("2023-12-03"), Some("2023-12-04"))
    );
    assert!(
        held.get("mode").is_none(),
        "a bilateral meeting at home has no mode"
    );
    assert_eq!(
        held["actor"][0],
        json!({"entity_text": "Sergei Lavrov", "identifier_id": "Q80137",
        "identifier_text": "Sergei Lavrov", "sector": "GOV", "office": "Minister of Foreign Affairs"})
    );
    assert_eq!(held["event_loc"], json!({"extracted_place": "Ashgabat"}));
    assert_eq!(held["text_info"], json!({"start": 0, "end": 18}));
    assert_eq!(by_id["a1:geneva-talks"]["mode"], json!(["third-party"]));
    assert_eq!(by_id["a1:geneva-talks"]["context"], json!(["diplomatic"]));
    assert_eq!(by_id["a1:visit"]["mode"], json!(["visit"]));
    let next = by_id["a1:next"];
    assert_eq!(next["event"], json!(["AGREE"]));
    assert_eq!(next["date"], "2023-12-04", "the day it was reported");
    assert_eq!(next["comment"], "a bilateral meeting scheduled, for 2024");
    let c1 = by_id["a1:c1"];
    assert_eq!(c1["event"], json!(["AGREE"]));
    assert_eq!(c1["context"], json!(["economic"]));
    assert_eq!(c1["recipient"][0]["entity_text"], "Rashid Meredov");
}

#[test]
fn a_planned_meeting_that_a_commitment_concerns_is_recorded_once() {
    let records = to_plover(&article(
        json!([{"id": "next", "kind": "bilateral", "status": "scheduled", "participants": [{"entity": "lavrov"}]}]),
        json!([{"id": "c1", "kind": "meet", "action": "meet again", "bound_parties": ["lavrov", "meredov"],
                "concerns": "next", "status_history": [{"status": "stated"}]}]),
    ));
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["id"], "a1:c1");
    assert_eq!(records[0]["actor"].as_array().unwrap().len(), 2);
}

#[test]
fn ndjson_is_one_record_a_line() {
    for (name, article) in articles() {
        let text = to_plover_ndjson(&article);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), to_plover(&article).len(), "{name}");
        assert!(text.is_empty() || text.ends_with('\n'));
        for (line, record) in lines.iter().zip(to_plover(&article)) {
            assert_eq!(serde_json::from_str::<Value>(line).unwrap(), record);
        }
    }
}

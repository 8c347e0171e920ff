//! The ninjs export and import, proven against IPTC's ninjs 3.1 JSON
//! Schema (tests/standards/ninjs, with the GeoJSON schema it references
//! served locally and formats checked) and IPTC's own test suite and
//! example documents.

mod common;

use std::path::{Path, PathBuf};

use serde_json::{json, Value};
use structured_news::interop::{
    article_iri, embedded_article, from_ninjs, from_ninjs_str, to_ninjs, to_ninjs_with_article,
    NINJS_SCHEMA_URI,
};
use structured_news::Article;

fn ninjs_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/standards/ninjs")
}

fn load(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no JSON files in {}", dir.display());
    files
}

/// The ninjs 3.1 schema with GeoJSON preloaded and formats checked.
fn validator() -> jsonschema::Validator {
    let schema = load(&ninjs_dir().join("specification/ninjs-schema_3.1.json"));
    let geojson = load(&ninjs_dir().join("validation/test_suite/GeoJSON-schema.json"));
    let registry = jsonschema::Registry::new()
        .add("https://geojson.org/schema/GeoJSON.json", geojson)
        .unwrap()
        .prepare()
        .unwrap();
    jsonschema::draft202012::options()
        .with_registry(&registry)
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

fn errors(v: &jsonschema::Validator, doc: &Value) -> Vec<String> {
    v.iter_errors(doc)
        .map(|e| format!("{}: {}", e.instance_path(), e))
        .collect()
}

fn valid_articles() -> Vec<(String, Article)> {
    json_files(&common::fixtures().join("valid"))
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, Article::from_json_str(&text).unwrap())
        })
        .collect()
}

/// IPTC's documents: the 3.0 and 3.1 should-pass tests and the examples
/// (3.0 examples and 3.1 documentation examples).
fn iptc_documents() -> Vec<PathBuf> {
    let d = ninjs_dir();
    [
        "validation/test_suite/3.0/should_pass",
        "validation/test_suite/3.1/should_pass",
        "examples/3.0",
        "documentation/includes/examples/3.1",
    ]
    .iter()
    .flat_map(|sub| json_files(&d.join(sub)))
    .collect()
}

#[test]
fn the_validator_agrees_with_iptc_test_suite() {
    let v = validator();
    let suite = ninjs_dir().join("validation/test_suite");
    let mut checked = 0;
    for version in ["3.0", "3.1"] {
        for f in json_files(&suite.join(version).join("should_pass")) {
            assert_eq!(
                errors(&v, &load(&f)),
                Vec::<String>::new(),
                "{}",
                f.display()
            );
            checked += 1;
        }
        for f in json_files(&suite.join(version).join("should_fail")) {
            assert!(!v.is_valid(&load(&f)), "{} should fail", f.display());
            checked += 1;
        }
    }
    assert_eq!(checked, 37);
    // The GeoJSON reference is really checked.
    let mut doc = json!({"uri": "urn:x:geo", "places": [{"name": "P", "geoJSON": {"type": "Point", "coordinates": [37.9, 58.4]}}]});
    assert!(v.is_valid(&doc));
    doc["places"][0]["geoJSON"]["coordinates"] = json!("nope");
    assert!(!v.is_valid(&doc));
    // Formats are checked.
    assert!(!v.is_valid(&json!({"uri": "not a uri"})));
    assert!(!v.is_valid(&json!({"uri": "urn:x:1", "versionCreated": "2023-13-45T99:00:00Z"})));
}

#[test]
fn every_valid_fixture_exports_to_ninjs_that_iptc_schema_accepts() {
    let v = validator();
    for (name, article) in valid_articles() {
        for doc in [to_ninjs(&article), to_ninjs_with_article(&article)] {
            assert_eq!(errors(&v, &doc), Vec::<String>::new(), "{name}");
            assert_eq!(doc["standard"]["schema"], NINJS_SCHEMA_URI);
            assert_eq!(doc["bodies"][0]["value"], article.body.as_str(), "{name}");
            assert_eq!(doc["language"], article.language.as_str());
        }
    }
}

#[test]
fn the_whole_article_travels_in_a_description_and_comes_back() {
    for (name, article) in valid_articles() {
        let doc = to_ninjs_with_article(&article);
        assert_eq!(
            embedded_article(&doc).unwrap().as_ref(),
            Some(&article),
            "{name}"
        );
        assert_eq!(embedded_article(&to_ninjs(&article)).unwrap(), None);
    }
    // A description with the role whose text is not a valid article.
    let doc = json!({"uri": "urn:x:1", "descriptions": [
        {"value": "a caption"},
        {"role": "structured-news", "contentType": "application/json", "value": "{\"id\": 1}"}]});
    let err = embedded_article(&doc).unwrap_err();
    assert_eq!(err.path().as_str(), "/descriptions/1/value");
    assert!(err.reason().starts_with("not a valid article"), "{err}");
}

#[test]
fn dates_are_never_padded_with_an_invented_time() {
    for (name, article) in valid_articles() {
        let doc = to_ninjs(&article);
        match article.published.map(|p| p.to_string()) {
            Some(p) if p.contains('T') => assert_eq!(doc["versionCreated"], p.as_str(), "{name}"),
            _ => {
                for key in ["versionCreated", "firstCreated", "contentCreated"] {
                    assert!(doc.get(key).is_none(), "{name}: {key}");
                }
            }
        }
    }
}

#[test]
fn entities_carry_wikidata_uris_rel_and_their_ids() {
    let text = std::fs::read_to_string(common::fixtures().join("valid/december_2023_meeting.json"))
        .unwrap();
    let article = Article::from_json_str(&text).unwrap();
    let doc = to_ninjs(&article);
    let un = doc["organisations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["literal"] == "united-nations")
        .unwrap();
    assert_eq!(un["uri"], "http://www.wikidata.org/entity/Q1065");
    assert_eq!(un["rel"], "mentioned");
    let publisher = doc["organisations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["literal"] == "nca")
        .unwrap();
    assert_eq!(publisher["rel"], "publisher");
    assert_eq!(
        doc["infoSources"][0],
        json!({"name": "nCa", "role": "publisher", "literal": "nca"})
    );
    assert_eq!(doc["infoSources"][1]["role"], "source");
    assert_eq!(doc["infoSources"][1]["literal"], "mfa-russia");
    assert_eq!(
        doc["events"].as_array().unwrap().len(),
        article.meetings.len() + article.events.len()
    );
    assert_eq!(
        doc["altIds"][0],
        json!({"role": "structured-news-id", "value": article.id.as_str()})
    );
}

/// What a ninjs export keeps after an import: everything but the events
/// (meetings are not read back) and the info sources that name no person,
/// organisation or place of the document (a group or a document).
fn what_maps_back(doc: &Value) -> Value {
    let mut doc = doc.clone();
    let map = doc.as_object_mut().unwrap();
    map.remove("events");
    let literals: Vec<Value> = ["people", "organisations", "places"]
        .iter()
        .flat_map(|k| {
            map.get(*k)
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
        })
        .map(|e| e["literal"].clone())
        .collect();
    if let Some(Value::Array(sources)) = map.get_mut("infoSources") {
        sources.retain(|s| literals.contains(&s["literal"]));
        if sources.is_empty() {
            map.remove("infoSources");
        }
    }
    doc
}

#[test]
fn import_then_export_keeps_what_maps() {
    for (name, article) in valid_articles() {
        let first = to_ninjs(&article);
        let back = from_ninjs(&first).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(back.id, article.id, "{name}");
        // The URL comes back as the URI that names the article: without a
        // fragment, non-ASCII characters percent-encoded.
        let iri = article_iri(&article);
        assert_eq!(
            back.url.as_ref().map(|u| u.as_str()),
            article.url.as_ref().map(|_| iri.as_str()),
            "{name}"
        );
        assert_eq!(back.headline, article.headline, "{name}");
        assert_eq!(back.body, article.body, "{name}");
        assert_eq!(back.language, article.language, "{name}");
        assert_eq!(back.subjects, article.subjects, "{name}");
        assert_eq!(
            back.entities.people.len(),
            article.entities.people.len(),
            "{name}"
        );
        for (a, b) in article.entities.people.iter().zip(&back.entities.people) {
            assert_eq!(a.id, b.id);
            assert_eq!(
                a.identifiers.as_ref().and_then(|i| i.wikidata),
                b.identifiers.as_ref().and_then(|i| i.wikidata)
            );
        }
        assert_eq!(back.dateline, article.dateline, "{name}");
        assert_eq!(back.publisher, article.publisher, "{name}");
        assert_eq!(
            what_maps_back(&to_ninjs(&back)),
            what_maps_back(&first),
            "{name}"
        );
    }
}

#[test]
fn iptc_documents_import_or_are_refused_for_their_missing_text() {
    let v = validator();
    let mut imported = Vec::new();
    for f in iptc_documents() {
        let doc = load(&f);
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        match from_ninjs(&doc) {
            Ok(article) => {
                assert_eq!(
                    article.body,
                    doc["bodies"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .find(|b| b.get("contentType").is_none_or(|t| t == "text/plain"))
                        .unwrap()["value"],
                    "{name}"
                );
                assert_eq!(
                    errors(&v, &to_ninjs(&article)),
                    Vec::<String>::new(),
                    "{name}"
                );
                imported.push(name);
            }
            Err(e) => {
                // The only refusal: no plain-text body (a picture, an event,
                // a planning item, or a body in markup only).
                assert_eq!(e.path().as_str(), "/bodies", "{name}: {e}");
                let plain = doc
                    .get("bodies")
                    .and_then(Value::as_array)
                    .is_some_and(|b| {
                        b.iter()
                            .any(|b| b.get("contentType").is_none_or(|t| t == "text/plain"))
                    });
                assert!(!plain, "{name} has a plain-text body but was refused: {e}");
            }
        }
    }
    imported.sort();
    assert_eq!(
        imported,
        [
            "001_simple_example.json",
            "002_renditions_example.json",
            "004_simple_text_article.json",
            "005_complex_text_article.json",
            "007_multimedia.json",
            "20231008-anti-doping-measures-at-the-tour-down-under-will-be-the-toughest-ever-addb-ninjs-nitf.json",
            "20231016-addb-example-press-conference.json",
            "SIPA_image_3.json",
            "ninjsExSimpleText_3.json",
            "tt_event_pressconference_3.0.json",
            "tt_text_image_3.json",
        ]
    );
}

#[test]
fn iptc_should_fail_documents_never_panic_the_import() {
    let suite = ninjs_dir().join("validation/test_suite");
    let mut read = 0;
    for version in ["3.0", "3.1"] {
        for f in json_files(&suite.join(version).join("should_fail")) {
            // Invalid ninjs: an article or an error with a path, never a panic.
            if let Err(e) = from_ninjs(&load(&f)) {
                assert!(!e.reason().is_empty(), "{}", f.display());
            }
            read += 1;
        }
    }
    assert_eq!(read, 9);
}

#[test]
fn an_iptc_text_article_imports_with_its_metadata() {
    let doc = load(
        &ninjs_dir().join("documentation/includes/examples/3.1/005_complex_text_article.json"),
    );
    let article = from_ninjs(&doc).unwrap();
    assert_eq!(
        article.url.as_ref().map(|u| u.as_str()),
        doc["uri"].as_str()
    );
    assert_eq!(article.language.as_str(), "en");
    assert_eq!(
        article.headline.as_deref(),
        doc["headlines"][0]["value"].as_str()
    );
    assert_eq!(
        article.published.map(|p| p.to_string()).is_some(),
        doc.get("versionCreated")
            .or(doc.get("firstCreated"))
            .is_some()
    );
}

#[test]
fn unreadable_documents_are_refused_with_path_and_reason() {
    let base = json!({"uri": "urn:x:1", "bodies": [{"value": "Text."}]});
    assert!(from_ninjs(&base).is_ok());
    let cases: Vec<(Value, &str, &str)> = vec![
        (json!([1]), "", "a ninjs document is a JSON object"),
        (
            json!({"bodies": [{"value": "Text."}]}),
            "",
            "`uri` is missing",
        ),
        (json!({"uri": 5}), "/uri", "expected a string"),
        (json!({"uri": "urn:x:1"}), "/bodies", "no plain-text body"),
        (
            json!({"uri": "urn:x:1", "bodies": {"value": "Text."}}),
            "/bodies",
            "expected an array",
        ),
        (
            json!({"uri": "urn:x:1", "bodies": [{"contentType": "text/html", "value": "<p>T</p>"}]}),
            "/bodies",
            "no plain-text body",
        ),
        (
            json!({"uri": "urn:x:1", "bodies": [{"value": "  "}]}),
            "/bodies/0/value",
            "the body is blank",
        ),
        (
            json!({"uri": "urn:x:1", "bodies": ["Text."]}),
            "/bodies/0",
            "expected an object",
        ),
        (
            json!({"uri": "urn:x:1", "language": 7, "bodies": [{"value": "T"}]}),
            "/language",
            "expected a string",
        ),
        (
            json!({"uri": "urn:x:1", "language": "en_GB", "bodies": [{"value": "T"}]}),
            "/language",
            "",
        ),
        (
            json!({"uri": "urn:x:1", "versionCreated": "2023-12-04", "bodies": [{"value": "T"}]}),
            "/versionCreated",
            "",
        ),
        (
            json!({"uri": "urn:x:1", "people": [{"rel": "author"}], "bodies": [{"value": "T"}]}),
            "/people/0/name",
            "a person without a name cannot be read",
        ),
        (
            json!({"uri": "urn:x:1", "places": [{"name": "P", "uri": "no scheme"}], "bodies": [{"value": "T"}]}),
            "/places/0/uri",
            "",
        ),
        (
            json!({"uri": "urn:x:1", "organisations": [7], "bodies": [{"value": "T"}]}),
            "/organisations/0",
            "expected an object",
        ),
    ];
    for (doc, path, reason) in cases {
        let err = from_ninjs(&doc).unwrap_err();
        assert_eq!(err.path().as_str(), path, "{doc}: {err}");
        assert!(err.reason().starts_with(reason), "{doc}: {err}");
        assert!(!err.reason().is_empty());
    }
    let err = from_ninjs_str("{\"uri\": ").unwrap_err();
    assert!(
        err.path().is_root() && err.reason().starts_with("not JSON"),
        "{err}"
    );
}

#[test]
fn import_never_panics_on_odd_values() {
    // Every field of a full export replaced, one at a time, by values of
    // every JSON type: an article or an error, never a panic.
    let text = std::fs::read_to_string(common::fixtures().join("valid/december_2023_meeting.json"))
        .unwrap();
    let doc = to_ninjs_with_article(&Article::from_json_str(&text).unwrap());
    let odd = [
        json!(null),
        json!(0),
        json!(-1.5),
        json!(""),
        json!(" "),
        json!("x"),
        json!([]),
        json!([null]),
        json!({}),
        json!(true),
    ];
    let mut tried = 0;
    let keys: Vec<String> = doc.as_object().unwrap().keys().cloned().collect();
    for key in keys {
        for value in &odd {
            let mut d = doc.clone();
            d[&key] = value.clone();
            let _ = from_ninjs(&d);
            let _ = embedded_article(&d);
            if let Some(items) = doc[&key].as_array() {
                for (i, item) in items.iter().enumerate() {
                    for field in item
                        .as_object()
                        .map(|o| o.keys().cloned().collect::<Vec<_>>())
                        .unwrap_or_default()
                    {
                        let mut d = doc.clone();
                        d[&key][i][&field] = value.clone();
                        let _ = from_ninjs(&d);
                        tried += 1;
                    }
                }
            }
            tried += 1;
        }
    }
    assert!(tried > 500, "{tried}");
}

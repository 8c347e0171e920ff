//! Format 2.1 reads the documents of 2.0 as they are: 2.0 stays valid
//! under 2.1, and users keep their data.

mod common;

use std::path::{Path, PathBuf};

use serde_json::Value;
use structured_news::prelude::*;
use structured_news::{FormatVersion, Lints};

/// Every `.json` file under `dir`, at any depth.
fn json_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            json_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
}

/// Every document of format 2.0 that the tests hold as valid: the valid
/// fixtures, the held-out real articles, the near misses and `format_2_0/` (the examples.
/// documents as 2.0 wrote them).
fn documents_of_2_0() -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    for dir in ["valid", "held_out", "format_2_0", "near_misses"] {
        json_files(&common::fixtures().join(dir), &mut files);
    }
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (p, text)
        })
        .filter(|(_, text)| serde_json::from_str::<Value>(text).unwrap()["format_version"] == "2.0")
        .collect()
}

/// Each is read and validated with no problem, warnings included, and is
/// written back with its version and every value it had.
#[test]
fn every_document_of_2_0_reads_unchanged() {
    let documents = documents_of_2_0();
    assert!(
        documents.len() >= 28,
        "{} documents of 2.0",
        documents.len()
    );
    for (path, text) in &documents {
        let name = path.display();
        let (article, warnings) = Article::from_json_slice_with(text.as_bytes(), &Lints::new())
            .unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert!(warnings.is_empty(), "{name}: {warnings:?}");
        assert_eq!(article.format_version, FormatVersion::V2_0, "{name}");
        let written: Value = serde_json::to_value(&article).unwrap();
        let read: Value = serde_json::from_str(text).unwrap();
        assert_eq!(written, read, "{name} is not written back as it was read");
    }
}

/// Values of the examples' 2.0 documents that 2.1 says more exactly:
/// file, JSON Pointer, the 2.0 value, the 2.1 value.
const SAID_BETTER: &[(&str, &str, &str, &str)] = &[(
    // "nearly 2 Billion": 2.0 had only "about"; 2.1 has "nearly".
    "wikinews-tsunami-aid-pledges-japan.json",
    "/commitments/0/quantities/0/qualifier",
    "about",
    "nearly",
)];

/// The examples' documents differ from what 2.0 wrote only in their
/// version, in what 2.1 adds at the top (assessments, issues,
/// positions, provenance, requests), and in the values listed in `SAID_BETTER`,
/// which 2.1 says more exactly: the same facts, now written as 2.1.
#[test]
fn the_examples_write_2_1_and_nothing_else_changed() {
    let dir = common::fixtures().join("format_2_0");
    let mut files = Vec::new();
    json_files(&dir, &mut files);
    assert!(files.len() >= 7);
    for old in files {
        let name = old.file_name().unwrap();
        let now = common::fixtures().join("valid").join(name);
        let mut old: Value = serde_json::from_str(&std::fs::read_to_string(&old).unwrap()).unwrap();
        let mut now: Value = serde_json::from_str(&std::fs::read_to_string(&now).unwrap()).unwrap();
        assert_eq!(now["format_version"], "2.1", "{name:?}");
        for added in [
            "assessments",
            "issues",
            "positions",
            "provenance",
            "requests",
            "published_inferred",
        ] {
            now.as_object_mut().unwrap().remove(added);
        }
        old["format_version"] = "2.1".into();
        for (file, pointer, was, is) in SAID_BETTER {
            if name.to_str() == Some(*file) {
                let value = old.pointer_mut(pointer).unwrap();
                assert_eq!(value, was, "{file} {pointer}");
                *value = (*is).into();
            }
        }
        assert_eq!(old, now, "{name:?}");
    }
}

/// A version this crate does not read is refused with its code at
/// `/format_version`.
#[test]
fn an_unknown_version_is_refused_at_its_path() {
    for version in ["1.0", "2.2", "3.0", "2"] {
        let text = format!(
            r#"{{"format_version": "{version}", "id": "a", "language": "en", "body": "Talks."}}"#
        );
        let e = common::json_error(text.as_bytes());
        assert_eq!(
            e.code(),
            ErrorCode::UnsupportedFormatVersion,
            "{version}: {e}"
        );
        assert_eq!(e.path().as_str(), "/format_version", "{version}: {e}");
        assert!(
            e.message().contains("\"2.0\" and \"2.1\""),
            "{version}: {e}"
        );
    }
    assert_eq!(FormatVersion::CURRENT.as_str(), "2.1");
    assert_eq!(
        FormatVersion::READ.map(FormatVersion::as_str),
        ["2.0", "2.1"]
    );
}

/// What 2.1 says of where a text came from: the builders make it, with
/// the evidence located, and it reads back as it was written.
#[test]
fn provenance_is_built_and_read_back() {
    use structured_news::{ArticleBuilder, OrganizationKind, Person};
    let body = "LONDON (Reuters) – The ministers met on Friday, the agency's translator wrote.";
    let mut b = ArticleBuilder::new("p", "en", body);
    b.published("2024-10-18").published_inferred();
    let reuters = b.add_organization(Organization::builder(
        "reuters",
        "Reuters",
        OrganizationKind::Media,
    ));
    let translator = b.add_person(Person::builder("translator", "the agency's translator"));
    b.translated_from("ru")
        .translated_by(&translator)
        .originally_published_by(&reuters, "(Reuters)")
        .original_url("https://www.reuters.com/world/ministers-met/")
        .original_published("2024-10-17");
    let article = b.build().unwrap();
    let p = article.provenance.as_ref().unwrap();
    assert_eq!(p.translated_from.as_ref().unwrap().as_str(), "ru");
    assert_eq!(p.translated_by.as_ref().unwrap().as_str(), "translator");
    assert_eq!(p.original_publisher.as_ref().unwrap().as_str(), "reuters");
    assert_eq!(
        p.original_url.as_ref().unwrap().as_str(),
        "https://www.reuters.com/world/ministers-met/"
    );
    assert_eq!(
        p.original_published.as_ref().unwrap().to_string(),
        "2024-10-17"
    );
    let position = p.evidence[0].position.as_ref().unwrap();
    assert_eq!((position.start, position.end), (7, 16));
    assert!(article.published_inferred);
    let json = serde_json::to_string(&article).unwrap();
    assert!(json.contains(r#""format_version":"2.1""#), "{json}");
    let back = Article::from_json_str(&json).unwrap();
    assert_eq!(back, article);
    // A refused language is reported at its path by `build`.
    let mut b = ArticleBuilder::new("q", "en", "Text.");
    b.translated_from("not a tag!");
    let errors = b.build().unwrap_err();
    assert_eq!(
        errors.first().path().as_str(),
        "/provenance/translated_from"
    );
    // So are a refused address and date of the original.
    let mut b = ArticleBuilder::new("r", "en", "Text.");
    b.original_url("not a url").original_published("2024-02-30");
    let errors = b.build().unwrap_err();
    let paths: Vec<&str> = errors.iter().map(|e| e.path().as_str()).collect();
    assert!(paths.contains(&"/provenance/original_url"), "{paths:?}");
    assert!(
        paths.contains(&"/provenance/original_published"),
        "{paths:?}"
    );
}

/// A step a document provides for, with no one the article names bound:
/// `provided_by` lets `bound_parties` be empty; without it, or with
/// something else than a document, the commitment is refused at its path.
#[test]
fn a_commitment_provided_by_a_document_needs_no_bound_party() {
    use structured_news::{ArticleBuilder, Commitment, CommitmentKind, Document, DocumentKind};
    let body = "The agreement provides for a joint commission.";
    let mut b = ArticleBuilder::new("d", "en", body);
    let agreement = b.add_document(
        Document::builder("agreement", DocumentKind::Agreement).evidence("The agreement"),
    );
    b.add_commitment(
        Commitment::builder("commission", CommitmentKind::Build, "a joint commission")
            .provided_by(&agreement)
            .evidence("provides for a joint commission"),
    );
    let article = b.build().unwrap();
    assert!(article.commitments[0].bound_parties.is_empty());
    assert_eq!(
        article.commitments[0]
            .provided_by
            .as_ref()
            .unwrap()
            .as_str(),
        "agreement"
    );
    let mut json = serde_json::to_value(&article).unwrap();
    assert_eq!(
        json["commitments"][0]["bound_parties"],
        serde_json::json!([])
    );
    // Without the document: no bound party.
    json["commitments"][0]
        .as_object_mut()
        .unwrap()
        .remove("provided_by");
    common::assert_one_problem(
        &json,
        ErrorCode::NoBoundParty,
        "/commitments/0/bound_parties",
    );
    // A document is what provides: not a commitment.
    json["commitments"][0]["provided_by"] = "commission".into();
    common::assert_one_problem(
        &json,
        ErrorCode::WrongReferenceKind,
        "/commitments/0/provided_by",
    );
}

/// A region is a party ("the Sahel", "the region"): it may act, be
/// affected, be bound; a city still may not.
#[test]
fn a_region_is_a_party_and_a_city_is_not() {
    use structured_news::{ArticleBuilder, Commitment, CommitmentKind, Place, PlaceKind};
    let body = "The Sahel will get help, the donors said. Niamey was quiet.";
    let mut b = ArticleBuilder::new("r", "en", body);
    let sahel = b.add_region(
        Place::builder("sahel", "Sahel", PlaceKind::GeographicRegion).evidence("The Sahel"),
    );
    b.add_commitment(
        Commitment::builder("help", CommitmentKind::Support, "help")
            .bound_party(&sahel)
            .evidence("The Sahel will get help"),
    );
    let article = b.build().unwrap();
    let mut json = serde_json::to_value(&article).unwrap();
    assert_eq!(
        json["commitments"][0]["bound_parties"],
        serde_json::json!(["sahel"])
    );
    json["entities"]["places"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"id": "niamey", "name": "Niamey", "kind": "city"}));
    json["commitments"][0]["bound_parties"] = serde_json::json!(["niamey"]);
    let message = common::assert_one_problem(
        &json,
        ErrorCode::WrongReferenceKind,
        "/commitments/0/bound_parties/0",
    );
    assert!(message.contains("a region"), "{message}");
}

/// A meeting's purpose and what it serves: built, read back, and refused
/// at its path when it serves a person or the meeting itself.
#[test]
fn a_meeting_has_purposes_that_serve_a_document() {
    use structured_news::{
        ArticleBuilder, Document, DocumentKind, Meeting, MeetingKind, MeetingStatus,
    };
    let body = "The ministers met to implement the ceasefire agreement.";
    let mut b = ArticleBuilder::new("m", "en", body);
    let ceasefire = b.add_document(
        Document::builder("ceasefire", DocumentKind::Agreement).evidence("the ceasefire agreement"),
    );
    b.add_meeting(
        Meeting::builder("talks", MeetingKind::Bilateral, MeetingStatus::Held)
            .purpose_serving("to implement the ceasefire agreement", &ceasefire)
            .evidence("The ministers met"),
    );
    let article = b.build().unwrap();
    let purpose = &article.meetings[0].purposes[0];
    assert_eq!(purpose.text, "to implement the ceasefire agreement");
    assert_eq!(purpose.serves.as_ref().unwrap().as_str(), "ceasefire");
    let mut json = serde_json::to_value(&article).unwrap();
    let back = Article::from_json_str(&json.to_string()).unwrap();
    assert_eq!(back, article);
    json["meetings"][0]["purposes"][0]["serves"] = "talks".into();
    common::assert_one_problem(
        &json,
        ErrorCode::SelfReference,
        "/meetings/0/purposes/0/serves",
    );
    json["meetings"][0]["purposes"][0]["serves"] = "nowhere".into();
    common::assert_one_problem(
        &json,
        ErrorCode::UnknownReference,
        "/meetings/0/purposes/0/serves",
    );
    json["meetings"][0]["purposes"][0]["serves"] = serde_json::Value::Null;
    json["meetings"][0]["purposes"][0]["text"] = " ".into();
    common::assert_one_problem(&json, ErrorCode::BlankText, "/meetings/0/purposes/0/text");
}

/// Relations between occurrences: an event at a meeting (`setting`), a
/// meeting against the background of an event or in response to one;
/// the setting must be a meeting.
#[test]
fn occurrences_relate_to_one_another() {
    let path = common::fixtures().join("valid/wide_coverage.json");
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let article = Article::from_json_str(&json.to_string()).unwrap();
    assert_eq!(
        article.events[0].setting.as_ref().unwrap().as_str(),
        "session"
    );
    assert_eq!(
        article.meetings[0].related[0].relation.as_str(),
        "background"
    );
    json["meetings"][0]["related"][0]["relation"] = "responds_to".into();
    Article::from_json_str(&json.to_string()).unwrap();
    json["events"][0]["setting"] = "minister".into();
    common::assert_one_problem(&json, ErrorCode::WrongReferenceKind, "/events/0/setting");
}

//! Every problem of a document in one pass (`stream::every_problem` and
//! `Entry::problems`): reading goes on past each read-stage problem, the
//! rules run on what could be read, and every path is the original one.

use serde_json::{json, Value};
use structured_news::stream::{every_problem, read_documents, NdjsonReader};
use structured_news::{ErrorCode, Lints};

fn problems(doc: &Value) -> Vec<(ErrorCode, String)> {
    let text = serde_json::to_vec(doc).unwrap();
    every_problem(&text, &Lints::new())
        .iter()
        .map(|p| (p.code(), p.path().as_str().to_owned()))
        .collect()
}

fn article() -> Value {
    json!({
        "format_version": "2.0", "id": "a1", "language": "en", "published": "2023-12-04",
        "body": "Lavrov met Meredov. Lavrov said the talks went well. Meredov agreed.",
        "entities": {"people": [
            {"id": "lavrov", "name": "Sergei Lavrov", "country": "RU"},
            {"id": "meredov", "name": "Rashid Meredov", "country": "TM"}]},
        "statements": [
            {"id": "s0", "speaker": "lavrov", "mode": "paraphrase", "speech_act": "said",
             "text": "the talks went well"},
            {"id": "s1", "speaker": "meredov", "mode": "paraphrase", "speech_act": "agreed",
             "text": "Meredov agreed"},
            {"id": "s2", "speaker": "meredov", "mode": "paraphrase", "speech_act": "said",
             "text": "Lavrov met Meredov"}]
    })
}

#[test]
fn a_wrong_type_an_impossible_date_an_unknown_field_and_a_dangling_reference_at_once() {
    let mut doc = article();
    doc["entities"]["people"][1]["country"] = json!(795);
    doc["published"] = json!("2023-02-30");
    doc["statements"][0]["confidence"] = json!(0.9);
    doc["statements"][2]["speaker"] = json!("meredof");
    assert_eq!(
        problems(&doc),
        [
            (ErrorCode::InvalidDate, "/published".to_owned()),
            (
                ErrorCode::WrongType,
                "/entities/people/1/country".to_owned()
            ),
            (
                ErrorCode::UnknownField,
                "/statements/0/confidence".to_owned()
            ),
            (
                ErrorCode::UnknownReference,
                "/statements/2/speaker".to_owned()
            ),
        ]
    );
}

#[test]
fn a_refused_required_value_takes_its_item_and_later_paths_stay_original() {
    let mut doc = article();
    // s1's speaker is required: the statement is left out, and s2 is still
    // reported at index 2.
    doc["statements"][1]["speaker"] = json!(42);
    doc["statements"][2]["speaker"] = json!("nobody");
    doc["commitments"] = json!([{
        "id": "c1", "kind": "cooperate", "action": "talk again", "bound_parties": ["lavrov"],
        "statements": ["s1"], "status_history": [{"status": "stated"}]
    }]);
    let found = problems(&doc);
    assert_eq!(
        found.first(),
        Some(&(ErrorCode::WrongType, "/statements/1/speaker".to_owned()))
    );
    assert!(
        found.contains(&(
            ErrorCode::UnknownReference,
            "/statements/2/speaker".to_owned()
        )),
        "{found:?}"
    );
    // The commitment's reference to the left-out statement follows from
    // the repair, not from the document.
    assert!(
        !found
            .iter()
            .any(|(_, path)| path.starts_with("/commitments/0/statements")),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|(code, _)| *code == ErrorCode::MissingField),
        "{found:?}"
    );
}

#[test]
fn text_that_is_not_json_is_one_problem() {
    let found = every_problem(b"{\"format_version\": \"2.0\", ", &Lints::new());
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].code(), ErrorCode::UnexpectedEnd);
    let found = every_problem(b"{\"id\": NaN, \"x\": 1}", &Lints::new());
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].code(), ErrorCode::Syntax);
}

#[test]
fn a_document_that_reads_gives_its_rules_problems() {
    let mut doc = article();
    doc["statements"][2]["speaker"] = json!("nobody");
    assert_eq!(
        problems(&doc),
        [(
            ErrorCode::UnknownReference,
            "/statements/2/speaker".to_owned()
        )]
    );
    assert!(problems(&article()).is_empty());
}

#[test]
fn many_unknown_fields_are_bounded() {
    let mut doc = article();
    for i in 0..500 {
        doc[format!("extra_{i}")] = json!(i);
    }
    let found = problems(&doc);
    assert!(found.len() > 10 && found.len() <= 65, "{}", found.len());
    assert!(found
        .iter()
        .all(|(code, _)| *code == ErrorCode::UnknownField));
}

#[test]
fn the_stream_gives_every_problem_with_its_line_and_column() {
    let mut doc = article();
    doc["published"] = json!("2023-02-30");
    doc["statements"][0]["confidence"] = json!(0.9);
    let line = serde_json::to_string(&doc).unwrap();
    let input = format!("{}\n{line}\n", serde_json::to_string(&article()).unwrap());
    let entries: Vec<_> = NdjsonReader::new(input.as_bytes()).collect();
    assert_eq!(entries.len(), 2);
    let second = &entries[1];
    let problems = second.problems(Some(line.as_bytes()));
    let found: Vec<_> = problems
        .iter()
        .map(|p| (p.code, p.path.as_str(), p.line))
        .collect();
    assert_eq!(
        found,
        [
            (ErrorCode::InvalidDate, "/published", 2),
            (ErrorCode::UnknownField, "/statements/0/confidence", 2),
        ]
    );
    assert!(problems.iter().all(|p| p.column.is_some()));
    // One document read whole: the same.
    let whole = read_documents(line.as_bytes());
    assert_eq!(whole[0].further_problems.len(), 1);
}

#[test]
fn every_document_of_the_invalid_corpus_starts_with_its_reading_error() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    let mut read = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") || path.ends_with("manifest.json") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        let all = every_problem(&bytes, &Lints::new());
        if let Err(structured_news::Error::Json(first)) =
            structured_news::Article::from_json_slice(&bytes)
        {
            let head = all.first().unwrap();
            assert_eq!(
                (head.code(), head.path()),
                (first.code(), first.path()),
                "{}",
                path.display()
            );
            read += 1;
        }
    }
    assert!(read > 40, "{read}");
}

#[test]
fn a_field_missing_beside_a_refused_one_is_still_reported() {
    let mut doc = article();
    // s1's text is refused and its speaker is missing: both are problems
    // (the speaker's absence is not taken for the text's removal).
    doc["statements"][1]["text"] = json!(42);
    doc["statements"][1]
        .as_object_mut()
        .unwrap()
        .remove("speaker");
    let found = problems(&doc);
    assert_eq!(
        found.get(..2),
        Some(
            &[
                (ErrorCode::WrongType, "/statements/1/text".to_owned()),
                (ErrorCode::MissingField, "/statements/1".to_owned()),
            ][..]
        ),
        "{found:?}"
    );
}

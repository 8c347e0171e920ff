//! The verdict format's JSON Schema: `schemas/review/verdicts.schema.json`
//! is what `verdict_schema` gives, and the verdict files of the fixtures
//! read as `VerdictFile`s.

use std::path::PathBuf;

use structured_news_review::{verdict_schema, Judgement, VerdictFile};

fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(path)
}

#[test]
fn the_verdict_schema_is_fresh() {
    let path = repo("schemas/review/verdicts.schema.json");
    let want = verdict_schema();
    if std::env::var_os("UPDATE_SCHEMAS").is_some() {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("the folder is made");
        std::fs::write(&path, &want).expect("the schema is written");
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "schemas/review/verdicts.schema.json is stale: run \
         `UPDATE_SCHEMAS=1 cargo test -p structured-news-review --test schema`"
    );
}

#[test]
fn the_schema_names_every_field_and_judgement() {
    let schema: serde_json::Value = serde_json::from_str(&verdict_schema()).expect("JSON");
    let verdict = &schema["$defs"]["Verdict"];
    for field in ["article", "pointer", "verdict", "note", "time"] {
        assert!(verdict["properties"][field].is_object(), "{field}");
    }
    let judgements = serde_json::to_string(&schema["$defs"]["Judgement"]).expect("JSON");
    for j in ["confirmed", "wrong", "unsure"] {
        assert!(judgements.contains(j), "{j}");
    }
}

#[test]
fn the_fixture_verdicts_read() {
    let text = std::fs::read_to_string(repo("review/tests/fixtures/verdicts-december.json"))
        .expect("the fixture");
    let file: VerdictFile = serde_json::from_str(&text).expect("a verdict file");
    assert_eq!(file.format, VerdictFile::FORMAT);
    assert_eq!(
        file.verdicts.first().map(|v| v.verdict),
        Some(Judgement::Wrong)
    );
    let wrong: Result<VerdictFile, _> =
        serde_json::from_str(&text.replace("\"wrong\"", "\"maybe\""));
    assert!(wrong.is_err(), "an unknown verdict is refused");
}

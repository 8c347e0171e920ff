//! Every valid fixture is read, validated, written back and compared: the
//! fixtures are canonical (pretty JSON, fields in declaration order, absent
//! values omitted), so writing one back gives the same bytes.

mod common;

use structured_news::{Article, Validate};

fn valid_fixtures() -> Vec<(String, String)> {
    let dir = common::fixtures().join("valid");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 3,
        "expected the valid fixtures in {}",
        dir.display()
    );
    files
        .into_iter()
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect()
}

#[test]
fn valid_fixtures_round_trip_byte_for_byte() {
    for (name, json) in valid_fixtures() {
        let article = Article::from_json_str(&json).unwrap_or_else(|e| panic!("{name}: {e}"));
        article.validate().unwrap();
        let written = serde_json::to_string_pretty(&article).unwrap() + "\n";
        assert_eq!(written, json, "{name} is not canonical");
        let again = Article::from_json_slice(written.as_bytes()).unwrap();
        assert_eq!(again, article, "{name}");
    }
}

#[test]
fn absent_values_may_be_written_as_null_on_input() {
    // Structured-output modes of language models write every property,
    // absent ones as null; such a document reads as the same article.
    let json = std::fs::read_to_string(common::fixtures().join("valid/minimal.json")).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    for key in ["headline", "url", "published", "dateline", "publisher"] {
        v.as_object_mut()
            .unwrap()
            .insert(key.into(), serde_json::Value::Null);
    }
    let with_nulls = Article::from_json_str(&v.to_string()).unwrap();
    assert_eq!(with_nulls, Article::from_json_str(&json).unwrap());
    assert_eq!(
        serde_json::to_string_pretty(&with_nulls).unwrap() + "\n",
        json
    );
}

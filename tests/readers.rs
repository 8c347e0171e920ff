//! The fast reader and the serde reader agree: on every fixture, on the
//! bad-input corpus, on the generated corpus, and on every one-byte edit
//! of a valid document. Each reader runs alone (`__readers`); what the fast
//! reader reads, serde reads to the same article, and what serde refuses,
//! the fast reader leaves to it. The valid documents must be read by the
//! fast reader itself, so that a type it silently stopped reading shows.

mod common;

#[path = "../benches/support/corpus.rs"]
mod corpus;

use common::{readers_agree, Readers};
use structured_news::{Article, Error};

fn documents(dir: &str) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(common::fixtures().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter(|p| p.file_name().is_some_and(|n| n != "manifest.json"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "no documents in {dir}");
    files
        .into_iter()
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect()
}

#[test]
fn the_fast_reader_reads_every_valid_fixture_as_serde_does() {
    for (name, json) in documents("valid")
        .into_iter()
        .chain(documents("near_misses"))
    {
        assert_eq!(readers_agree(&json, &name), Readers::BothRead, "{name}");
        // Compact, too (no white space between tokens).
        let value: serde_json::Value = serde_json::from_slice(&json).unwrap();
        let compact = value.to_string();
        assert_eq!(
            readers_agree(compact.as_bytes(), &name),
            Readers::BothRead,
            "{name}, compact"
        );
    }
}

#[test]
fn the_fast_reader_reads_the_follow_up_articles_with_their_updates() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/tracking");
    let mut read = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let name = path.display().to_string();
            let json = std::fs::read(&path).unwrap();
            assert_eq!(readers_agree(&json, &name), Readers::BothRead, "{name}");
            read += 1;
        }
    }
    assert_eq!(read, 16);
    // And the generated tracked articles, whose updates carry statuses.
    let ndjson = corpus::tracked_ndjson(20, 5);
    for (n, line) in ndjson
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        let label = format!("tracked #{n}");
        assert_eq!(readers_agree(line, &label), Readers::BothRead, "{label}");
    }
}

#[test]
fn the_fast_reader_reads_the_generated_corpus() {
    for size in corpus::Size::ALL {
        let ndjson = corpus::ndjson(size, 20, 3);
        for (n, line) in ndjson
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .enumerate()
        {
            let label = format!("{} #{n}", size.name());
            assert_eq!(readers_agree(line, &label), Readers::BothRead, "{label}");
        }
    }
}

#[test]
fn the_readers_agree_on_the_bad_input_corpus() {
    let mut tally = [0usize; 3];
    for (name, json) in documents("invalid") {
        let outcome = readers_agree(&json, &name);
        tally[outcome as usize] += 1;
        // What serde refuses, the full reader refuses with serde's error.
        if outcome == Readers::BothRefused {
            match Article::from_json_slice(&json) {
                Err(Error::Json(full)) => {
                    assert_eq!(
                        Some(full),
                        structured_news::__readers::serde(&json).err(),
                        "{name}"
                    )
                }
                other => panic!("{name}: {other:?}"),
            }
        }
    }
    eprintln!(
        "bad-input corpus: fast reader read {}, left to serde {} that serde read, {} refused by both",
        tally[0], tally[1], tally[2]
    );
    // Validation-stage documents read well; read-stage ones are refused.
    assert!(tally[0] > 0 && tally[2] > 0, "{tally:?}");
}

/// Every one-byte edit (deleted, replaced by a JSON-significant byte,
/// doubled) at every place of a small valid document.
#[test]
fn the_readers_agree_on_every_one_byte_edit() {
    let json = br#"{"format_version": "2.0", "id": "a1", "language": "en", "headline": "Caf\u00e9 \"talks\" \ud83d\ude00",
 "body": "Lavrov said it.\nThen he left.", "subjects": ["x", "y\\n"], "bylines": null,
 "entities": {"people": [{"id": "p1", "name": "Lavrov"}]},
 "statements": [{"id": "s1", "speaker": "p1", "mode": "paraphrase", "speech_act": "said", "text": "Lavrov said it",
   "evidence": [{"quote": {"exact": "said"}, "position": {"start": 7, "end": 11}}]}],
 "events": [{"id": "e1", "kind": "deal", "description": "A deal", "status": "occurred", "quantities": [{"amount": -1.5e3, "unit": "people"}]}]}"#;
    assert_eq!(readers_agree(json, "base"), Readers::BothRead);
    let replacements = b"\"\\{}[],:0 9-.eEnul\x01\x7fa";
    let mut tally = [0usize; 3];
    for at in 0..json.len() {
        let mut variants = Vec::new();
        let mut deleted = json.to_vec();
        deleted.remove(at);
        variants.push(deleted);
        let mut doubled = json.to_vec();
        doubled.insert(at, json[at]);
        variants.push(doubled);
        for &r in replacements {
            if r != json[at] {
                let mut replaced = json.to_vec();
                replaced[at] = r;
                variants.push(replaced);
            }
        }
        for v in variants {
            let label = String::from_utf8_lossy(&v).into_owned();
            tally[readers_agree(&v, &label) as usize] += 1;
        }
    }
    eprintln!(
        "one-byte edits: fast reader read {}, left to serde {} that serde read, {} refused by both",
        tally[0], tally[1], tally[2]
    );
    assert!(tally[0] > 100 && tally[2] > 1000, "{tally:?}");
}

//! `validate` beyond the snapshots: several jobs against one, JSON output
//! read back, paths that are not UTF-8, and `schema --out`.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_structured-news");

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("cli/ is inside the repository")
        .to_path_buf()
}

fn fixture(path: &str) -> PathBuf {
    root().join("tests/fixtures").join(path)
}

/// A fresh directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    dir
}

fn os(text: &str) -> &OsStr {
    OsStr::new(text)
}

fn run(args: &[&OsStr]) -> Output {
    Command::new(BIN)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

/// Every fixture that is one JSON value, on one line.
fn compact_lines(dir: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixture(dir))
        .expect("the fixtures")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json") && !p.ends_with("manifest.json"))
        .collect();
    paths.sort();
    for path in paths {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) {
            if value.is_object() {
                lines.push(value.to_string());
            }
        }
    }
    lines
}

/// About 3 MB of NDJSON: valid articles, invalid ones, warnings, broken
/// lines, blank and white-space lines, long lines; no final newline.
fn corpus() -> Vec<u8> {
    let valid = compact_lines("valid");
    let invalid = compact_lines("invalid");
    assert!(valid.len() >= 3 && invalid.len() >= 50);
    let broken = [
        "{\"format_version\": \"2.0\", \"id\": ",
        "not json",
        "[]",
        "{\"format_version\":\"2.0\",\"id\":\"x\",\"language\":\"en\",\"body\":\"B.\"} trailing",
    ];
    let mut out = String::new();
    let mut i = 0usize;
    while out.len() < 3_000_000 {
        match i % 7 {
            0 | 2 | 4 => out.push_str(&valid[i % valid.len()]),
            1 | 5 => out.push_str(&invalid[i % invalid.len()]),
            3 => out.push_str(broken[i % broken.len()]),
            _ => out.push_str(if i % 2 == 0 { "" } else { "  \t" }),
        }
        out.push('\n');
        i += 1;
    }
    out.push_str(&valid[0]);
    out.into_bytes()
}

#[test]
fn two_jobs_write_the_same_bytes_as_one() {
    let dir = scratch("jobs");
    let path = dir.join("corpus.ndjson");
    std::fs::write(&path, corpus()).expect("the corpus is written");
    let file = path.as_os_str();
    for cap in [None, Some("3000")] {
        let mut outputs = Vec::new();
        for jobs in ["1", "2", "3"] {
            let mut args: Vec<&OsStr> = vec![os("validate"), os("--jobs"), os(jobs)];
            if let Some(cap) = cap {
                args.extend([os("--max-document-bytes"), os(cap)]);
            }
            args.push(file);
            let output = run(&args);
            assert_eq!(
                output.status.code(),
                Some(1),
                "{}",
                String::from_utf8_lossy(&output.stderr)
            );
            outputs.push(output.stdout);
        }
        let text = String::from_utf8_lossy(&outputs[0]);
        assert!(
            text.lines().count() > 150,
            "too few problems: {}",
            text.lines().count()
        );
        assert!(text.contains(": syntax: "));
        assert!(text.contains(": warning: "));
        if cap.is_some() {
            assert!(text.contains(": too_large: "));
        }
        assert!(
            outputs[1] == outputs[0],
            "--jobs 2 differs from --jobs 1 (cap {cap:?})"
        );
        assert!(
            outputs[2] == outputs[0],
            "--jobs 3 differs from --jobs 1 (cap {cap:?})"
        );
    }
    // The JSON lines too, but for the summary's time.
    let json = |jobs: &str| {
        let output = run(&[
            os("validate"),
            os("--output"),
            os("json"),
            os("-j"),
            os(jobs),
            file,
        ]);
        let text = String::from_utf8(output.stdout).expect("UTF-8");
        let mut lines: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).expect("a JSON line"))
            .collect();
        if let Some(summary) = lines.last_mut() {
            summary["seconds"] = serde_json::Value::Null;
        }
        lines
    };
    assert_eq!(json("1"), json("2"));
}

#[test]
fn json_output_reads_back() {
    let output = run(&[
        os("validate"),
        os("--output"),
        os("json"),
        fixture("invalid/planned_in_past.json").as_os_str(),
        fixture("invalid/dangling_speaker.json").as_os_str(),
        fixture("valid/december_2023_meeting.json").as_os_str(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    let (summary, problems) = lines.split_last().expect("a summary");
    assert_eq!(summary["documents"], 3);
    assert_eq!(summary["valid"], 2);
    assert_eq!(summary["invalid"], 1);
    assert_eq!(summary["warnings"], 1);
    assert!(summary["bytes"].as_u64().is_some_and(|b| b > 1000));
    assert!(summary["seconds"].as_f64().is_some_and(|s| s >= 0.0));
    assert_eq!(problems.len(), 2);
    let warning = &problems[0];
    assert!(warning["file"]
        .as_str()
        .is_some_and(|f| f.ends_with("planned_in_past.json")));
    assert_eq!(warning["line"], 32);
    assert_eq!(warning["path"], "/meetings/2/date/value");
    assert_eq!(warning["code"], "planned_in_past");
    assert_eq!(warning["severity"], "warning");
    assert!(warning["message"].as_str().is_some_and(|m| !m.is_empty()));
    assert_eq!(problems[1]["code"], "unknown_reference");
    assert_eq!(problems[1]["severity"], "error");
    assert_eq!(problems[1]["path"], "/statements/0/speaker");
}

#[cfg(unix)]
#[test]
fn paths_that_are_not_utf8() {
    use std::os::unix::ffi::OsStrExt;

    let dir = scratch("not-utf8");
    let path = dir.join(OsStr::from_bytes(b"article-\xff.json"));
    std::fs::copy(fixture("invalid/dangling_speaker.json"), &path).expect("a copy");
    let output = run(&[os("validate"), path.as_os_str()]);
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8(output.stdout).expect("the report is UTF-8");
    assert!(
        text.contains("article-\u{fffd}.json:79:18: /statements/0/speaker: unknown_reference: "),
        "{text}"
    );

    let missing = dir.join(OsStr::from_bytes(b"missing-\xfe.json"));
    let output = run(&[os("validate"), missing.as_os_str()]);
    assert_eq!(output.status.code(), Some(2));
    let text = String::from_utf8(output.stderr).expect("the message is UTF-8");
    assert!(
        text.contains("cannot open ") && text.contains("missing-\u{fffd}.json"),
        "{text}"
    );
}

#[test]
fn schema_out_writes_every_file() {
    let dir = scratch("schemas");
    let output = run(&[os("schema"), os("--out"), dir.as_os_str()]);
    assert_eq!(output.status.code(), Some(0));
    let listed = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(listed.lines().count() > 50);
    let written = std::fs::read_to_string(dir.join("article.schema.json")).expect("written");
    let committed =
        std::fs::read_to_string(root().join("schemas/article.schema.json")).expect("committed");
    assert_eq!(written, committed);
    let printed = run(&[os("schema")]);
    assert_eq!(String::from_utf8(printed.stdout).expect("UTF-8"), committed);
}

#[test]
fn quiet_leaves_out_the_summary_and_lines_have_columns() {
    let invalid = fixture("invalid/dangling_speaker.json");
    let output = run(&[os("validate"), os("--quiet"), invalid.as_os_str()]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        text.contains("dangling_speaker.json:79:18: /statements/0/speaker: unknown_reference: "),
        "{text}"
    );

    let output = run(&[
        os("validate"),
        os("-q"),
        os("--output"),
        os("json"),
        invalid.as_os_str(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(lines.len(), 1, "{text}");
    assert_eq!(lines[0]["code"], "unknown_reference");
    assert_eq!(
        (lines[0]["line"].as_u64(), lines[0]["column"].as_u64()),
        (Some(79), Some(18))
    );
    assert!(lines[0].get("type").is_none());

    // Without --quiet, valid input still says how it went.
    let valid = fixture("valid/december_2023_meeting.json");
    let output = run(&[os("validate"), valid.as_os_str()]);
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stderr).starts_with("1 documents: 1 valid"));
    let output = run(&[os("validate"), os("--quiet"), valid.as_os_str()]);
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stdout.is_empty() && output.stderr.is_empty());
}

#[test]
fn the_json_summary_says_it_is_one() {
    let output = run(&[
        os("validate"),
        os("--output"),
        os("json"),
        fixture("invalid/dangling_speaker.json").as_os_str(),
        fixture("invalid/planned_in_past.json").as_os_str(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    let (summary, problems) = lines.split_last().expect("lines");
    assert_eq!(summary["type"], "summary");
    assert_eq!(summary["documents"], 2);
    assert_eq!(summary["invalid"], 1);
    assert_eq!(summary["warnings"], 1);
    assert_eq!(problems.len(), 2);
    for problem in problems {
        assert!(problem.get("type").is_none(), "{problem}");
        assert!(problem["column"].as_u64().is_some(), "{problem}");
    }
}

/// A document with four problems of both stages gets all four, each on
/// its line and column, in one run, from a file and as an NDJSON line.
#[test]
fn every_problem_of_a_document_in_one_run() {
    let dir = scratch("every_problem");
    let doc = r#"{"format_version": "2.0", "id": "a1", "language": "en", "published": "2023-02-30",
 "body": "Lavrov met Meredov.", "colour": "red",
 "entities": {"people": [{"id": "lavrov", "name": "Sergei Lavrov", "country": 643}]},
 "statements": [{"id": "s0", "speaker": "lavrof", "mode": "paraphrase", "speech_act": "said",
                 "text": "Lavrov met Meredov."}]}"#;
    let file = dir.join("four.json");
    std::fs::write(&file, doc).expect("written");
    let out = run(&[os("validate"), file.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let found: Vec<&str> = text.lines().filter_map(|l| l.split(": ").nth(2)).collect();
    assert_eq!(
        found,
        [
            "invalid_date",
            "unknown_field",
            "wrong_type",
            "unknown_reference"
        ],
        "{text}"
    );
    assert!(text.contains("four.json:1:"), "{text}");
    assert!(text.contains("four.json:4:41:"), "{text}");

    let line = doc.replace('\n', " ");
    let ndjson = dir.join("four.ndjson");
    std::fs::write(&ndjson, format!("{line}\n")).expect("written");
    let out = run(&[os("validate"), ndjson.as_os_str()]);
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert_eq!(
        text.lines().filter(|l| l.contains(".ndjson:1:")).count(),
        4,
        "{text}"
    );
}

//! `structured-news tables`: the Parquet files read back with the parquet
//! crate's reader hold, row for row, what the library's walker gives for
//! each article of the input, hostile strings included; refused
//! documents are in `problems` only, and the counts are printed.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::record::Field;
use serde_json::json;
use structured_news::stream::NdjsonReader;
use structured_news::table::{self, Cell, RowSink, Table, TABLES, TABLES_VERSION};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(path)
}

/// A fresh directory for one test's tables.
fn out_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sn-tables-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn tables(args: &[&str], stdin: &[u8]) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_structured-news"))
        .arg("tables")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(stdin)
        .expect("the input is written");
    child.wait_with_output().expect("the binary ends")
}

/// Each table's rows, in the order written.
type Rows = BTreeMap<&'static str, Vec<Vec<Cell<'static>>>>;

#[derive(Default)]
struct Expected(Rows);

impl RowSink for Expected {
    type Error = Infallible;
    fn row(&mut self, table: &'static Table, cells: &[Cell<'_>]) -> Result<(), Infallible> {
        self.0
            .entry(table.name)
            .or_default()
            .push(cells.iter().cloned().map(Cell::into_owned).collect());
        Ok(())
    }
}

/// The rows the walker gives for the valid articles of `input` (NDJSON).
fn expected(input: &[u8]) -> Rows {
    let mut rows = Expected::default();
    for doc in NdjsonReader::new(input) {
        if let Ok(article) = doc.result {
            let Ok(()) = table::write_rows(&article, &mut rows);
        }
    }
    rows.0
}

fn cell(field: &Field) -> Cell<'static> {
    match field {
        Field::Null => Cell::Null,
        Field::Str(s) => Cell::Text(s.clone().into()),
        Field::Long(n) => Cell::Integer(*n),
        Field::Double(x) => Cell::Float(*x),
        Field::Bool(b) => Cell::Boolean(*b),
        Field::Date(days) => Cell::Date(
            chrono::NaiveDate::from_ymd_opt(1970, 1, 1).expect("a day")
                + chrono::Duration::days(i64::from(*days)),
        ),
        Field::TimestampMicros(t) => Cell::Timestamp(*t),
        other => unreachable!("a field of a kind no column has: {other:?}"),
    }
}

/// Every table's rows as the files hold them; checks each file's columns
/// and its version.
fn read_back(dir: &Path) -> Rows {
    let mut rows = Rows::new();
    for table in TABLES {
        let path = dir.join(format!("{}.parquet", table.name));
        let reader = SerializedFileReader::new(File::open(&path).expect("the table is written"))
            .expect("a Parquet file");
        let meta = reader.metadata().file_metadata();
        let version = meta
            .key_value_metadata()
            .expect("the version is written")
            .iter()
            .find(|kv| kv.key == "structured_news.tables_version")
            .and_then(|kv| kv.value.clone());
        assert_eq!(version.as_deref(), Some(TABLES_VERSION), "{}", table.name);
        let names: Vec<&str> = meta
            .schema_descr()
            .columns()
            .iter()
            .map(|c| c.name())
            .collect();
        let want: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
        assert_eq!(names, want, "the columns of {}", table.name);
        let mut read = Vec::new();
        for row in reader.get_row_iter(None).expect("the rows can be read") {
            let row = row.expect("a row reads");
            read.push(row.get_column_iter().map(|(_, f)| cell(f)).collect());
        }
        if !read.is_empty() {
            rows.insert(table.name, read);
        }
    }
    rows
}

/// Strings no writer may mangle: control characters (NUL, escape, a
/// bell, CR, the line and paragraph separators, a byte-order mark), a
/// character of every Unicode plane that has them (0, 1, 2, 3, 14, 15,
/// 16), right-to-left text and a combining mark.
const HOSTILE: &str = "nul\u{0}esc\u{1b}bell\u{7}cr\r\nls\u{2028}ps\u{2029}bom\u{feff} \
    A \u{1D49C} \u{20000} \u{30000} \u{E0041} \u{F0000} \u{10FFFD} \u{5E9}\u{5DC}\u{5D5}\u{5DD} e\u{301}";

fn hostile_article() -> String {
    let long = "Lavrov met Meredov. ".repeat(20_000);
    json!({
        "format_version": "2.0",
        "id": "hostile-1",
        "language": "en",
        "headline": HOSTILE,
        "published": "2023-12-04",
        "subjects": [HOSTILE, long.trim()],
        "body": format!("{long}{HOSTILE}"),
        "entities": {
            "people": [{"id": "lavrov", "name": HOSTILE, "aliases": [HOSTILE, "\u{1F600}"]}],
            "places": [{"id": "tm", "name": "Turkmenistan", "kind": "country", "country": "TM"}]
        }
    })
    .to_string()
}

/// The input: real articles, a hostile one, an invalid one, unreadable
/// lines and a blank line (the first line a whole article, so that stdin
/// is read as NDJSON).
fn corpus() -> Vec<u8> {
    let mut lines = Vec::new();
    for name in ["wide_coverage.json", "december_2023_meeting.json"] {
        let text = std::fs::read(repo(&format!("tests/fixtures/valid/{name}")))
            .expect("the fixture reads");
        let value: serde_json::Value = serde_json::from_slice(&text).expect("the fixture is JSON");
        lines.push(value.to_string().into_bytes());
    }
    lines.push(hostile_article().into_bytes());
    lines.push(br#"{"format_version": "2.0", "id": "invalid-1", "language": "en", "body": "Lavrov spoke.", "statements": [{"id": "s1", "speaker": "lavrov", "mode": "paraphrase", "text": "Lavrov spoke", "speech_act": "said"}]}"#.to_vec());
    lines.push(br#"{"format_version": "2.0", "id": "cut-off""#.to_vec());
    lines.push(b"not json at all".to_vec());
    lines.push(b"".to_vec());
    lines.push(b"{\"id\": \"\xff\xfe\"}".to_vec());
    for name in [
        "centralasia-2025-12-03-putin-to-visit-turkmenistan.json",
        "mehr-2020-11-21-zarif-trip-postponed.json",
    ] {
        let text = std::fs::read(repo(&format!("examples/data/tracking/{name}")))
            .expect("the example reads");
        let value: serde_json::Value = serde_json::from_slice(&text).expect("the example is JSON");
        lines.push(value.to_string().into_bytes());
    }
    lines.join(&b'\n')
}

#[test]
fn files_hold_the_walkers_rows_and_refused_documents_are_problems() {
    let input = corpus();
    let dir = out_dir("hostile");
    let out = tables(&["--out", dir.to_str().expect("a UTF-8 path"), "-"], &input);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.starts_with("9 documents read: 5 articles written, 4 refused ("),
        "{stderr}"
    );
    let mut read = read_back(&dir);
    let problems = read.remove("problems").expect("problems has rows");
    let want = expected(&input);
    assert_eq!(
        read.keys().collect::<Vec<_>>(),
        want.keys().collect::<Vec<_>>()
    );
    for (name, rows) in &want {
        let got = &read[name];
        assert_eq!(got.len(), rows.len(), "rows of {name}");
        for (i, (got, want)) in got.iter().zip(rows).enumerate() {
            assert_eq!(got, want, "row {i} of {name}");
        }
    }
    // The hostile strings came through whole.
    let hostile = Cell::Text(HOSTILE.into());
    assert!(read["articles"].iter().any(|r| r[2] == hostile));
    assert!(read["entity_aliases"].iter().any(|r| r[4] == hostile));
    let body = structured_news::table::ARTICLES
        .column_index("body")
        .expect("the articles table has a body");
    assert!(read["articles"]
        .iter()
        .any(|r| matches!(&r[body], Cell::Text(t) if t.len() > 400_000)));
    assert_eq!(read["articles"].len(), 5);

    // One row a problem: (file, line, column, document line, position,
    // article id, code, severity, path, message).
    let summary: Vec<(i64, Cell, String, String)> = problems
        .iter()
        .map(|r| {
            let (Cell::Integer(line), Cell::Text(code), Cell::Text(path)) = (&r[3], &r[6], &r[8])
            else {
                unreachable!("a problem row of the wrong kinds: {r:?}")
            };
            assert_eq!(r[0], Cell::Text("-".into()));
            (*line, r[5].clone(), code.to_string(), path.to_string())
        })
        .collect();
    let line = |n: i64| summary.iter().filter(move |s| s.0 == n);
    let invalid: Vec<_> = line(4).collect();
    assert_eq!(invalid.len(), 1, "{summary:?}");
    assert_eq!(invalid[0].1, Cell::Text("invalid-1".into()));
    assert_eq!(invalid[0].2, "unknown_reference");
    assert_eq!(invalid[0].3, "/statements/0/speaker");
    assert_eq!(line(5).next().map(|s| s.2.as_str()), Some("unexpected_end"));
    assert_eq!(line(6).next().map(|s| s.2.as_str()), Some("syntax"));
    assert_eq!(line(5).next().map(|s| s.1.clone()), Some(Cell::Null));
    assert!(
        line(8).next().is_some(),
        "the line that is not UTF-8: {summary:?}"
    );
    assert!(
        summary.iter().all(|s| [4, 5, 6, 8].contains(&s.0)),
        "{summary:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Row groups of one row give the same rows as one row group.
#[test]
fn row_groups_of_any_size_hold_the_same_rows() {
    let input = corpus();
    let (one, many) = (out_dir("one"), out_dir("many"));
    let a = tables(
        &["--out", one.to_str().expect("a UTF-8 path"), "-q", "-"],
        &input,
    );
    let b = tables(
        &[
            "--out",
            many.to_str().expect("a UTF-8 path"),
            "--row-group-rows",
            "1",
            "-q",
            "-",
        ],
        &input,
    );
    assert_eq!((a.status.code(), b.status.code()), (Some(1), Some(1)));
    assert!(a.stderr.is_empty() && b.stderr.is_empty());
    let path = many.join("entities.parquet");
    let groups = SerializedFileReader::new(File::open(path).expect("the table is written"))
        .expect("a Parquet file")
        .metadata()
        .num_row_groups();
    assert!(groups > 10, "{groups} row groups");
    assert_eq!(read_back(&one), read_back(&many));
    let _ = std::fs::remove_dir_all(&one);
    let _ = std::fs::remove_dir_all(&many);
}

/// Only valid articles: exit 0, nothing refused, an empty `problems`
/// file that still has its columns.
#[test]
fn valid_input_exits_zero_with_an_empty_problems_table() {
    let dir = out_dir("valid");
    let file = repo("examples/data/tracking/mehr-2020-11-21-zarif-trip-postponed.json");
    let out = tables(
        &[
            "--out",
            dir.to_str().expect("a UTF-8 path"),
            file.to_str().expect("a UTF-8 path"),
        ],
        b"",
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.starts_with("1 documents read: 1 articles written, 0 refused (0 problems"),
        "{stderr}"
    );
    let read = read_back(&dir);
    assert!(!read.contains_key("problems"));
    let text = std::fs::read(&file).expect("the example reads");
    let value: serde_json::Value = serde_json::from_slice(&text).expect("the example is JSON");
    assert_eq!(read, expected(value.to_string().as_bytes()));
    let _ = std::fs::remove_dir_all(&dir);
}

/// A missing file is an I/O error (exit 2), the others are still written.
#[test]
fn a_missing_file_is_status_two() {
    let dir = out_dir("missing");
    let out = tables(
        &[
            "--out",
            dir.to_str().expect("a UTF-8 path"),
            "no/such/file.ndjson",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot open no/such/file.ndjson"));
    assert!(dir.join("articles.parquet").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

/// A second article under an id written is left out as `track` leaves it
/// out: the same article again silently, another one refused with
/// `duplicate_article` at `/id` (its line and the earlier one's in the
/// message), or silently when that code is allowed.
#[test]
fn an_id_written_twice_is_taken_once() {
    let stream = std::fs::read(repo("tests/fixtures/ledger/duplicate_article.ndjson"))
        .expect("the fixture reads");
    let lines: Vec<&[u8]> = stream
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(lines.len(), 3, "the fixture has three articles");
    let (first, second, other) = (lines[0], lines[1], lines[2]);
    // The first article, another article, the first again, then another
    // article under the first one's id.
    let input = [first, second, first, other].join(&b'\n');
    let dir = out_dir("duplicates");
    let out = tables(&["--out", dir.to_str().expect("a UTF-8 path"), "-"], &input);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.starts_with(
            "4 documents read: 2 articles written, 1 refused (1 problems in problems.parquet), \
             1 left out as repeats of an article written;"
        ),
        "{stderr}"
    );
    let mut read = read_back(&dir);
    let problems = read.remove("problems").expect("the duplicate is a problem");
    assert_eq!(problems.len(), 1, "one problem: {problems:?}");
    let problem = &problems[0];
    let text = |i: usize| match problem.get(i) {
        Some(Cell::Text(t)) => t.to_string(),
        other => format!("{other:?}"),
    };
    assert_eq!(problem.get(1), Some(&Cell::Integer(4)), "{problem:?}");
    assert_eq!(
        (text(6), text(7), text(8)),
        ("duplicate_article".into(), "error".into(), "/id".into())
    );
    assert!(text(9).contains("(-:1)"), "{}", text(9));
    assert_eq!(read, expected(&[first, second].join(&b'\n')));

    let allowed = tables(
        &[
            "--out",
            dir.to_str().expect("a UTF-8 path"),
            "--allow",
            "duplicate_article",
            "-",
        ],
        &input,
    );
    let stderr = String::from_utf8_lossy(&allowed.stderr);
    assert_eq!(allowed.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("2 articles written, 0 refused"), "{stderr}");
    assert!(stderr.contains("2 left out as repeats"), "{stderr}");

    // Across files: the message names the file of the earlier article.
    let earlier =
        std::env::temp_dir().join(format!("sn-tables-{}-earlier.ndjson", std::process::id()));
    std::fs::write(&earlier, first).expect("a temporary file is written");
    let across = tables(
        &[
            "--out",
            dir.to_str().expect("a UTF-8 path"),
            earlier.to_str().expect("a UTF-8 path"),
            "-",
        ],
        other,
    );
    let _ = std::fs::remove_file(&earlier);
    assert_eq!(across.status.code(), Some(1));
    let problems = read_back(&dir)
        .remove("problems")
        .expect("the duplicate is a problem");
    let message = match problems.first().and_then(|p| p.get(9)) {
        Some(Cell::Text(t)) => t.to_string(),
        other => format!("no message: {other:?}"),
    };
    assert!(
        message.contains(&format!("({}:1)", earlier.display())),
        "{message}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

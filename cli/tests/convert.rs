//! `convert` on NDJSON (a result a line, each bad line reported with its
//! line) and the round trip article -> ninjs --embed -> article.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use structured_news::Article;

const BIN: &str = env!("CARGO_BIN_EXE_structured-news");

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("cli/ is inside the repository")
        .to_path_buf()
}

/// A fresh directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    dir
}

/// Runs the command with `args`, `stdin` on its standard input.
fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut input = child.stdin.take().expect("stdin is piped");
    // Written from another thread while the output is read: a command that
    // answers line by line fills its stdout pipe before it has read all of
    // a large input, and writing it all first would wait on it forever.
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let output = child.wait_with_output().expect("the command ends");
    writer.join().expect("the writer ends");
    output
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Every valid fixture: its name and its article.
fn valid_articles() -> Vec<(String, Article)> {
    let dir = root().join("tests/fixtures/valid");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the fixtures")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    let articles: Vec<(String, Article)> = paths
        .iter()
        .map(|p| {
            let json = std::fs::read_to_string(p).expect("the fixture reads");
            let article = Article::from_json_str(&json).expect("a valid fixture");
            (p.display().to_string(), article)
        })
        .collect();
    assert!(articles.len() >= 5);
    articles
}

fn compact(article: &Article) -> String {
    serde_json::to_string(article).expect("an article serializes")
}

#[test]
fn an_ndjson_batch_round_trips_through_ninjs_embed() {
    let articles = valid_articles();
    let dir = scratch("convert_batch");
    let batch = dir.join("batch.ndjson");
    let lines: Vec<String> = articles.iter().map(|(_, a)| compact(a)).collect();
    std::fs::write(&batch, lines.join("\n") + "\n").expect("written");
    let batch = batch.to_str().expect("UTF-8");

    let ninjs = run(&["convert", "--to", "ninjs", "--embed", batch], b"");
    assert_eq!(ninjs.status.code(), Some(0), "{}", text(&ninjs.stderr));
    let ninjs_lines: Vec<&str> = std::str::from_utf8(&ninjs.stdout)
        .expect("UTF-8")
        .lines()
        .collect();
    assert_eq!(ninjs_lines.len(), articles.len());
    for line in &ninjs_lines {
        let value: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        assert!(value["uri"].is_string(), "{line}");
    }

    // Back from stdin, which tells NDJSON by its first line.
    let back = run(&["convert", "--from", "ninjs", "-"], &ninjs.stdout);
    assert_eq!(back.status.code(), Some(0), "{}", text(&back.stderr));
    let back_text = text(&back.stdout);
    let back_lines: Vec<&str> = back_text.lines().collect();
    assert_eq!(back_lines.len(), articles.len());
    for ((name, article), line) in articles.iter().zip(&back_lines) {
        let restored = Article::from_json_str(line).expect("a valid article");
        assert_eq!(&restored, article, "{name}");
    }
}

#[test]
fn one_article_round_trips_through_ninjs_embed_and_not_without() {
    let dir = scratch("convert_one");
    let path = "tests/fixtures/valid/december_2023_meeting.json";
    let article =
        Article::from_json_str(&std::fs::read_to_string(root().join(path)).expect("reads"))
            .expect("valid");
    assert!(!article.statements.is_empty());

    let embedded = run(&["convert", "--to", "ninjs", "--embed", path], b"");
    assert_eq!(embedded.status.code(), Some(0));
    assert!(embedded.stdout.starts_with(b"{\n"), "pretty, as before");
    let file = dir.join("ninjs.json");
    std::fs::write(&file, &embedded.stdout).expect("written");
    let back = run(
        &["convert", "--from", "ninjs", file.to_str().expect("UTF-8")],
        b"",
    );
    assert_eq!(back.status.code(), Some(0), "{}", text(&back.stderr));
    let restored = Article::from_json_str(&text(&back.stdout)).expect("valid");
    assert_eq!(restored, article);

    // Plain ninjs has no place for statements: what comes back is less.
    let plain = run(&["convert", "--to", "ninjs", path], b"");
    let back = run(&["convert", "--from", "ninjs", "-"], &plain.stdout);
    assert_eq!(back.status.code(), Some(0), "{}", text(&back.stderr));
    let lesser = Article::from_json_str(&text(&back.stdout)).expect("valid");
    assert_eq!(lesser.id, article.id);
    assert!(lesser.statements.is_empty());
}

#[test]
fn bad_lines_are_reported_with_their_line_and_the_rest_converted() {
    let articles = valid_articles();
    let (a, b) = (compact(&articles[0].1), compact(&articles[1].1));
    let dangling =
        std::fs::read_to_string(root().join("tests/fixtures/invalid/dangling_speaker.json"))
            .expect("reads");
    let dangling: serde_json::Value = serde_json::from_str(&dangling).expect("JSON");
    let input = format!("{a}\n{dangling}\n\nnot json\n{b}\n");
    let output = run(&["convert", "--to", "jsonld", "-"], input.as_bytes());
    assert_eq!(output.status.code(), Some(1));
    let stdout = text(&output.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    for line in lines {
        let value: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        assert!(
            value["@context"].is_string() || value["@context"].is_object(),
            "{line}"
        );
    }
    let stderr = text(&output.stderr);
    assert!(stderr.contains("-:2:"), "{stderr}");
    assert!(stderr.contains("unknown_reference"), "{stderr}");
    assert!(stderr.contains("-:4:2: (root): syntax: "), "{stderr}");

    let ninjs_input = format!("{{\"uri\": 7}}\n{}\n[1,\n", "{}");
    let output = run(
        &["convert", "--from", "ninjs", "--format", "ndjson", "-"],
        ninjs_input.as_bytes(),
    );
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("-:1: ninjs "), "{stderr}");
    assert!(stderr.contains("-:2: ninjs "), "{stderr}");
    assert!(stderr.contains("-:3: ninjs (root): not JSON"), "{stderr}");
    assert_eq!(text(&output.stdout), "");
}

#[test]
fn plover_of_a_batch_is_the_records_of_each_article_in_turn() {
    let articles = valid_articles();
    let dir = scratch("convert_plover");
    let mut expected = String::new();
    let mut lines = Vec::new();
    for (name, article) in &articles {
        let one = run(&["convert", "--to", "plover", name], b"");
        assert_eq!(one.status.code(), Some(0));
        expected.push_str(&text(&one.stdout));
        lines.push(compact(article));
    }
    // A .json file holding NDJSON is read as NDJSON.
    let batch = dir.join("batch.json");
    std::fs::write(&batch, lines.join("\n")).expect("written");
    let all = run(
        &["convert", "--to", "plover", batch.to_str().expect("UTF-8")],
        b"",
    );
    assert_eq!(all.status.code(), Some(0), "{}", text(&all.stderr));
    assert!(!expected.is_empty());
    assert_eq!(text(&all.stdout), expected);
}

#[test]
fn a_pretty_article_on_stdin_is_one_document() {
    let article = std::fs::read(root().join("tests/fixtures/valid/december_2023_meeting.json"))
        .expect("reads");
    let output = run(&["convert", "--to", "jsonld", "-"], &article);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(output.stdout.starts_with(b"{\n"), "one pretty document");
    serde_json::from_slice::<serde_json::Value>(&output.stdout).expect("one JSON document");
}

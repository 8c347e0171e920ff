//! How an input is read when no `--format` says: standard input and
//! `.ndjson` files hold NDJSON unless their first non-blank line is not a
//! whole JSON value (a pretty-printed article), and a `.json` file holds
//! one document unless its first line is a whole value with more after it.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

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

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).expect("the fixture reads")
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
    // The command may stop reading early; what it says is what counts.
    let _ = input.write_all(stdin);
    drop(input);
    child.wait_with_output().expect("the command ends")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The problem lines of `validate`, the file name left out.
fn problems(output: &Output) -> Vec<String> {
    text(&output.stdout)
        .lines()
        .map(|line| {
            line.split_once(':')
                .map_or(line, |(_, rest)| rest)
                .to_owned()
        })
        .collect()
}

#[test]
fn the_main_example_piped_in_is_one_valid_article() {
    let article = read(&fixture("valid/december_2023_meeting.json"));
    assert!(article.starts_with(b"{\n"), "the fixture is pretty-printed");
    let output = run(&["validate", "-"], &article);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), "");
    assert!(
        text(&output.stderr).starts_with("1 documents: 1 valid, 0 invalid"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn a_pretty_invalid_article_piped_in_reports_what_the_file_does() {
    let path = "tests/fixtures/invalid/dangling_speaker.json";
    let from_file = run(&["validate", path], b"");
    let piped = run(&["validate", "-"], &read(&root().join(path)));
    assert_eq!(piped.status.code(), Some(1));
    assert_eq!(from_file.status.code(), Some(1));
    assert!(!problems(&piped).is_empty());
    assert_eq!(problems(&piped), problems(&from_file));
    assert!(
        text(&piped.stdout).starts_with("-:79:"),
        "{}",
        text(&piped.stdout)
    );
}

#[test]
fn a_pretty_array_after_blank_lines_is_read_whole() {
    let article = text(&read(&fixture("valid/december_2023_meeting.json")));
    let input = format!("\n  \n[\n{article},\n{article}\n]\n");
    let output = run(&["validate", "-"], input.as_bytes());
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stdout));
    assert!(text(&output.stderr).starts_with("2 documents: 2 valid"));
}

#[test]
fn ndjson_on_stdin_is_still_read_line_by_line() {
    let value: serde_json::Value =
        serde_json::from_slice(&read(&fixture("valid/december_2023_meeting.json")))
            .expect("the fixture is JSON");
    let input = format!("\n{value}\n{{\"id\": 1}}\n{value}\n");
    for jobs in ["1", "2"] {
        let output = run(&["validate", "--jobs", jobs, "-"], input.as_bytes());
        assert_eq!(output.status.code(), Some(1));
        assert!(text(&output.stderr).starts_with("3 documents: 2 valid, 1 invalid"));
        assert!(
            text(&output.stdout).starts_with("-:3:8: "),
            "{}",
            text(&output.stdout)
        );
    }
}

#[test]
fn pretty_json_in_an_ndjson_file_and_ndjson_in_a_json_file() {
    let dir = scratch("formats_swapped");
    let article = read(&fixture("valid/december_2023_meeting.json"));
    let value: serde_json::Value = serde_json::from_slice(&article).expect("JSON");
    let pretty = dir.join("pretty.ndjson");
    std::fs::write(&pretty, &article).expect("written");
    let lines = dir.join("lines.json");
    std::fs::write(&lines, format!("{value}\n{value}\n\n{value}")).expect("written");
    let pretty = pretty.to_str().expect("UTF-8");
    let lines = lines.to_str().expect("UTF-8");

    let output = run(&["validate", pretty, lines], b"");
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stdout));
    assert!(text(&output.stderr).starts_with("4 documents: 4 valid"));

    // A --format is obeyed as given.
    let output = run(&["validate", "--format", "json", lines], b"");
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).starts_with("1 documents: 0 valid, 1 invalid"));
    let output = run(&["validate", "--format", "ndjson", pretty], b"");
    assert_eq!(output.status.code(), Some(1));
    assert!(problems(&output).len() > 100);
}

#[test]
fn the_size_cap_holds_for_stdin_read_whole() {
    let article = read(&fixture("valid/december_2023_meeting.json"));
    let output = run(&["validate", "--max-document-bytes", "100", "-"], &article);
    assert_eq!(output.status.code(), Some(1));
    let stdout = text(&output.stdout);
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stdout.contains("too_large"), "{stdout}");
}

#[test]
fn track_reads_a_pretty_article_on_stdin_as_the_file_reads() {
    let path = "tests/fixtures/valid/december_2023_meeting.json";
    let from_file = run(&["track", path], b"");
    let piped = run(&["track", "-"], &read(&root().join(path)));
    assert_eq!(from_file.status.code(), Some(0));
    assert_eq!(piped.status.code(), Some(0), "{}", text(&piped.stderr));
    assert!(
        text(&piped.stdout).starts_with("Commitments (9)"),
        "{}",
        text(&piped.stdout)
    );
    assert_eq!(piped.stdout, from_file.stdout);
    assert_eq!(text(&piped.stderr), "");
}

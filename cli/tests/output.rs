//! The output layer: every subcommand stops quietly with status 0 when the
//! reader of its stdout goes away, and `track` names files and refuses
//! directories like the other subcommands.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

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

/// Runs the command with `args`, reads `keep` bytes of its stdout (none:
/// the pipe is closed before the command writes) and closes the pipe;
/// returns the exit status and stderr.
fn closed_after(args: &[&str], keep: usize) -> (Option<i32>, String) {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .env("RUST_BACKTRACE", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let mut first = vec![0; keep];
    stdout.read_exact(&mut first).expect("the first bytes");
    drop(stdout);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("stderr is piped")
        .read_to_string(&mut stderr)
        .expect("stderr");
    let status = child.wait().expect("the command ends");
    (status.code(), stderr)
}

/// Many lines of NDJSON, each with a problem: more output than a pipe holds.
fn invalid_ndjson(dir: &Path) -> PathBuf {
    let path = dir.join("invalid.ndjson");
    let line = "{\"format_version\": \"2.0\", \"id\": 1}\n";
    std::fs::write(&path, line.repeat(20_000)).expect("the file is written");
    path
}

/// Many lines of valid NDJSON: more converted output than a pipe holds.
fn valid_ndjson(dir: &Path) -> PathBuf {
    let path = dir.join("valid.ndjson");
    let text =
        std::fs::read_to_string(root().join("tests/fixtures/valid/december_2023_meeting.json"))
            .expect("the fixture reads");
    let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    std::fs::write(&path, format!("{value}\n").repeat(300)).expect("the file is written");
    path
}

fn assert_quiet(args: &[&str], keep: usize) {
    let (status, stderr) = closed_after(args, keep);
    assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    assert_eq!(status, Some(0), "{args:?}: {stderr}");
    // `validate` writes its summary on stderr; nothing else may be there.
    let rest: Vec<&str> = stderr
        .lines()
        .filter(|line| !line.contains(" documents: "))
        .collect();
    assert!(rest.is_empty(), "{args:?}: {stderr}");
}

#[test]
fn every_subcommand_stops_quietly_on_a_closed_pipe() {
    let dir = scratch("closed_pipe");
    let ndjson = invalid_ndjson(&dir);
    let ndjson = ndjson.to_str().expect("a UTF-8 path");
    let valid = valid_ndjson(&dir);
    let valid = valid.to_str().expect("a UTF-8 path");
    for keep in [0, 10] {
        assert_quiet(&["convert", "--to", "ninjs", "--embed", valid], keep);
        assert_quiet(&["convert", "--to", "plover", valid], keep);
        assert_quiet(&["schema"], keep);
        assert_quiet(&["schema", "--dialect", "openapi-3.0"], keep);
        assert_quiet(&["explain", "--list"], keep);
        assert_quiet(&["explain", "planned_in_past"], keep);
        assert_quiet(
            &[
                "convert",
                "--to",
                "jsonld",
                "tests/fixtures/valid/december_2023_meeting.json",
            ],
            keep,
        );
        assert_quiet(&["validate", "--jobs", "1", ndjson], keep);
        assert_quiet(&["validate", "--jobs", "3", ndjson], keep);
        assert_quiet(&["validate", "--output", "json", ndjson], keep);
        assert_quiet(
            &[
                "track",
                "--output",
                "json",
                "tests/fixtures/ledger/conflicting_reports.ndjson",
            ],
            keep,
        );
        assert_quiet(
            &[
                "track",
                "--overdue",
                "2024-01-01",
                "tests/fixtures/valid/december_2023_meeting.json",
            ],
            keep,
        );
    }
}

#[test]
fn track_names_the_file_of_each_problem() {
    let first = "tests/fixtures/ledger/unknown_target.ndjson";
    // Its second line has an article of the first's id: a duplicate.
    let second = "tests/fixtures/ledger/wrong_target_kind.ndjson";
    let track = |args: &[&str]| {
        Command::new(BIN)
            .arg("track")
            .args(args)
            .args([first, second])
            .current_dir(root())
            .env("NO_COLOR", "1")
            .output()
            .expect("the binary runs")
    };
    let output = track(&["--output", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("the report is JSON");
    let mut places: Vec<(&str, u64, &str)> = report["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .map(|p| {
            let file = p["file"].as_str().expect("a file");
            let line = p["line"].as_u64().expect("a line");
            (file, line, p["code"].as_str().expect("a code"))
        })
        .collect();
    places.sort_unstable();
    assert_eq!(
        places,
        [
            (first, 2, "unknown_target"),
            (second, 2, "duplicate_article")
        ]
    );
    let table = String::from_utf8(track(&[]).stdout).expect("UTF-8");
    let problems: Vec<&str> = table
        .lines()
        .skip_while(|line| !line.starts_with("Problems ("))
        .skip(1)
        .collect();
    assert_eq!(problems.len(), 2, "{table}");
    assert!(
        problems.iter().any(|line| line.starts_with(&format!(
            "  {first}:2: follow-up#/updates/0/target/id: unknown_target: "
        ))),
        "{table}"
    );
    assert!(
        problems
            .iter()
            .any(|line| line
                .starts_with(&format!("  {second}:2: follow-up#/id: duplicate_article: "))),
        "{table}"
    );
}

#[test]
fn track_refuses_a_directory_and_a_missing_file() {
    let dir = scratch("track_directory");
    for path in [dir.clone(), dir.join("missing.ndjson")] {
        let output = Command::new(BIN)
            .arg("track")
            .arg(&path)
            .env("NO_COLOR", "1")
            .output()
            .expect("the binary runs");
        assert_eq!(output.status.code(), Some(2), "{path:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.starts_with("error: cannot "), "{stderr}");
        assert!(stderr.contains(path.to_str().expect("UTF-8")), "{stderr}");
        assert!(output.stdout.is_empty());
    }
}

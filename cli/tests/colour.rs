//! Colour: `--color auto|always|never` on every subcommand, `NO_COLOR` and
//! `CLICOLOR_FORCE` honoured, stdout and stderr each decided on its own.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_structured-news");
const ESCAPE: &str = "\x1b[";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("cli/ is inside the repository")
        .to_path_buf()
}

/// Runs the command in a pipe, with `env` and none of the colour variables
/// of the environment the tests run in.
fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(BIN);
    command.args(args).current_dir(root());
    for name in ["NO_COLOR", "CLICOLOR_FORCE", "CLICOLOR", "TERM"] {
        command.env_remove(name);
    }
    command.envs(env.iter().copied());
    command.output().expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

const INVALID: &str = "tests/fixtures/invalid/dangling_speaker.json";

/// `validate` on an invalid file (problems on stdout) and a missing one
/// (an error on stderr).
fn validate(extra: &[&str], env: &[(&str, &str)]) -> (String, String) {
    let mut args = vec!["validate"];
    args.extend_from_slice(extra);
    args.extend_from_slice(&[INVALID, "no/such/file.json"]);
    let output = run(&args, env);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("unknown_reference"));
    assert!(text(&output.stderr).contains("error"));
    (text(&output.stdout), text(&output.stderr))
}

#[test]
fn a_pipe_is_not_coloured_by_default() {
    let (stdout, stderr) = validate(&[], &[]);
    assert!(!stdout.contains(ESCAPE) && !stderr.contains(ESCAPE));
}

#[test]
fn never_and_no_color_give_no_escape_codes() {
    for (extra, env) in [
        (&["--color", "never"][..], &[][..]),
        (&[][..], &[("NO_COLOR", "1")][..]),
        (&["--color", "never"][..], &[("CLICOLOR_FORCE", "1")][..]),
        (&["--color=auto"][..], &[("NO_COLOR", "1")][..]),
    ] {
        let (stdout, stderr) = validate(extra, env);
        assert!(!stdout.contains(ESCAPE), "{extra:?} {env:?}: {stdout}");
        assert!(!stderr.contains(ESCAPE), "{extra:?} {env:?}: {stderr}");
    }
}

#[test]
fn always_and_clicolor_force_colour_a_pipe() {
    for (extra, env) in [
        (&["--color", "always"][..], &[][..]),
        (&[][..], &[("CLICOLOR_FORCE", "1")][..]),
        (&["--color", "always"][..], &[("NO_COLOR", "1")][..]),
    ] {
        let (stdout, stderr) = validate(extra, env);
        assert!(
            stdout.contains("\x1b[1m\x1b[31munknown_reference\x1b[0m"),
            "{extra:?} {env:?}: {stdout:?}"
        );
        assert!(stderr.contains(ESCAPE), "{extra:?} {env:?}: {stderr:?}");
    }
}

#[test]
fn json_output_is_never_coloured() {
    let output = run(
        &["validate", "--color", "always", "--output", "json", INVALID],
        &[],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(!text(&output.stdout).contains(ESCAPE));
    for line in text(&output.stdout).lines() {
        serde_json::from_str::<serde_json::Value>(line).expect("a JSON line");
    }
}

#[test]
fn every_subcommand_takes_color() {
    let explain = run(&["explain", "--color", "always", "unknown_reference"], &[]);
    assert_eq!(explain.status.code(), Some(0));
    assert!(text(&explain.stdout).contains(ESCAPE));
    let explain = run(&["explain", "--color", "never", "unknown_reference"], &[]);
    assert!(!text(&explain.stdout).contains(ESCAPE));
    for args in [
        &["schema", "--color", "never"][..],
        &[
            "convert",
            "--color",
            "never",
            "--to",
            "jsonld",
            "tests/fixtures/valid/december_2023_meeting.json",
        ][..],
        &[
            "track",
            "--color",
            "never",
            "tests/fixtures/valid/december_2023_meeting.json",
        ][..],
        &["--color", "never", "schema"][..],
    ] {
        let output = run(args, &[]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            text(&output.stderr)
        );
        assert!(!text(&output.stdout).contains(ESCAPE));
    }
    let wrong = run(&["schema", "--color", "sometimes"], &[]);
    assert_eq!(wrong.status.code(), Some(2));
}

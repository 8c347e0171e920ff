//! The declarations inside `model!` and `vocabulary!` are formatted as
//! rustfmt formats them outside a macro. `cargo fmt` does not look inside a
//! macro called with braces, so this test runs rustfmt on each one's input
//! (a plain `pub struct` or `pub enum`), at the width it has in its file.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// rustfmt's default line width, which the crate keeps (it has no
/// `rustfmt.toml`).
const MAX_WIDTH: usize = 100;

/// The `.rs` files under `dir`, recursively, in a stable order.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// One call of a declaring macro: where it is, and its input with the
/// call's indentation and one more level removed.
struct Call {
    name: &'static str,
    at: String,
    indent: usize,
    input: String,
}

/// The calls `NAME! {` ... `}` of `model!` and `vocabulary!` in `text`, each
/// opening on a line of its own and closing at the same indentation.
fn calls(file: &Path, text: &str) -> Vec<Call> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let indent = line.len() - line.trim_start().len();
        let name = match line.trim() {
            "model! {" => Some("model"),
            "vocabulary! {" => Some("vocabulary"),
            _ => None,
        };
        if let Some(name) = name {
            let close = format!("{}}}", " ".repeat(indent));
            let end = (i + 1..lines.len())
                .find(|&j| lines[j] == close)
                .unwrap_or_else(|| panic!("{}:{}: no closing brace", file.display(), i + 1));
            let inner = indent + 4;
            let input: String = lines[i + 1..end]
                .iter()
                .map(|l| format!("{}\n", l.get(inner..).unwrap_or("").trim_end()))
                .collect();
            out.push(Call {
                name,
                at: format!("{}:{}", file.display(), i + 1),
                indent: inner,
                input,
            });
            i = end;
        }
        i += 1;
    }
    out
}

/// `input` as rustfmt formats it at `width` columns.
fn rustfmt(input: &str, width: usize) -> String {
    let rustfmt = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    let mut child = Command::new(&rustfmt)
        .args(["--edition", "2021", "--emit", "stdout", "--config"])
        .arg(format!("max_width={width}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("this test runs rustfmt (`rustup component add rustfmt`): {e}"));
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), input.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "rustfmt refused:\n{input}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn declaring_macro_input_is_formatted_as_rustfmt_would() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = (0, 0);
    let mut unformatted = Vec::new();
    for file in rust_files(&src) {
        let text = std::fs::read_to_string(&file).unwrap();
        for call in calls(&file, &text) {
            match call.name {
                "model" => found.0 += 1,
                _ => found.1 += 1,
            }
            if rustfmt(&call.input, MAX_WIDTH - call.indent) != call.input {
                unformatted.push(call.at);
            }
        }
    }
    assert!(
        found.0 > 0 && found.1 > 0,
        "no model! or no vocabulary! call found: {found:?}"
    );
    assert!(
        unformatted.is_empty(),
        "the input of these calls is not as rustfmt formats it (run rustfmt on it \
         outside the macro, then put it back): {unformatted:#?}"
    );
}

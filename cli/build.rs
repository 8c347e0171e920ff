//! Embeds one example per error code from the invalid corpus
//! (`../tests/fixtures/invalid/`: its `manifest.json` and the documents it
//! names), for `structured-news explain`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let corpus = manifest_dir.join("../tests/fixtures/invalid");
    let manifest = corpus.join("manifest.json");
    println!("cargo::rerun-if-changed={}", corpus.display());
    let text = match std::fs::read_to_string(&manifest) {
        Ok(text) => text,
        Err(e) => fail(&format!(
            "cannot read {}: {e}; `explain` embeds the invalid corpus, so build from a checkout \
             of the structured-news repository, which has tests/fixtures/invalid/",
            manifest.display()
        )),
    };
    let entries: Vec<serde_json::Value> = match serde_json::from_str(&text) {
        Ok(entries) => entries,
        Err(e) => fail(&format!("{} is not a JSON array: {e}", manifest.display())),
    };
    let mut seen = Vec::new();
    let mut code = String::from("/// One example per code: the first of the manifest's entries.\n");
    code.push_str("pub static EXAMPLES: &[Example] = &[\n");
    for entry in &entries {
        let field = |name: &str| {
            entry
                .get(name)
                .and_then(serde_json::Value::as_str)
                .map(str::to_owned)
                .unwrap_or_else(|| fail(&format!("a manifest entry has no {name}: {entry}")))
        };
        let error_code = field("code");
        if seen.contains(&error_code) {
            continue;
        }
        let file = field("file");
        let document = corpus.join(&file);
        if !Path::new(&document).is_file() {
            fail(&format!(
                "the manifest names {file}, which is not in {}",
                corpus.display()
            ));
        }
        let document = document.canonicalize().unwrap_or(document);
        let _ = writeln!(
            code,
            "    Example {{ code: {error_code:?}, file: {file:?}, path: {:?}, severity: {:?}, note: {:?}, document: include_bytes!({:?}) }},",
            field("path"),
            field("severity"),
            field("note"),
            document.display().to_string(),
        );
        seen.push(error_code);
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("examples.rs");
    if let Err(e) = std::fs::write(&out, code) {
        fail(&format!("cannot write {}: {e}", out.display()));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
}

//! The layout keeps its promises (ARCHITECTURE.md): no module of `src/`
//! uses a module that uses it back, and the model modules do not know the
//! rules.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file of `src/` belongs to (`src/validate/rules/x.rs`
/// belongs to `validate`); `None` for `lib.rs`.
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let relative = file.strip_prefix(src).unwrap();
    let first = relative.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (name != "lib").then(|| name.to_owned())
}

/// The top-level modules that `text` names as `crate::NAME` (in `use`
/// lines, paths and macros' `$crate::NAME`).
fn modules_named(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (at, _) in text.match_indices("crate::") {
        let rest = &text[at + "crate::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() {
            out.insert(name);
        }
    }
    out
}

/// Module → the modules it uses, over every file of `src/`.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let Some(module) = module_of(&src, &file) else {
            continue;
        };
        let text = std::fs::read_to_string(&file).unwrap();
        // Doc comments and the tests at the end of a file are not the
        // module's code.
        let code: String = text
            .split("#[cfg(test)]")
            .next()
            .unwrap()
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let used = graph.entry(module.clone()).or_default();
        used.extend(modules_named(&code).into_iter().filter(|m| *m != module));
    }
    graph
}

/// Whether `to` can be reached from `from`.
fn reaches(graph: &BTreeMap<String, BTreeSet<String>>, from: &str, to: &str) -> bool {
    let mut seen = BTreeSet::new();
    let mut stack = vec![from.to_owned()];
    while let Some(m) = stack.pop() {
        if m == to {
            return true;
        }
        if seen.insert(m.clone()) {
            stack.extend(graph.get(&m).into_iter().flatten().cloned());
        }
    }
    false
}

#[test]
fn no_module_uses_a_module_that_uses_it_back() {
    let graph = graph();
    assert!(
        graph.len() > 10,
        "the modules of src/ were not found: {graph:?}"
    );
    let mut circles = Vec::new();
    for (module, used) in &graph {
        for other in used {
            if reaches(&graph, other, module) {
                circles.push(format!("{module} → {other} → … → {module}"));
            }
        }
    }
    assert!(
        circles.is_empty(),
        "import circles:\n{}",
        circles.join("\n")
    );
}

#[test]
fn the_model_does_not_know_the_rules() {
    let graph = graph();
    for model in [
        "article",
        "entity",
        "meeting",
        "statement",
        "commitment",
        "document",
        "event",
        "quantity",
        "evidence",
        "date",
        "codes",
        "id",
    ] {
        let used = &graph[model];
        assert!(
            !used.contains("validate"),
            "{model} uses validate: {used:?}"
        );
    }
}

#[test]
fn the_circle_check_can_fail() {
    let mut graph = BTreeMap::new();
    graph.insert("a".to_owned(), BTreeSet::from(["b".to_owned()]));
    graph.insert("b".to_owned(), BTreeSet::from(["a".to_owned()]));
    assert!(reaches(&graph, "b", "a"));
    assert_eq!(
        modules_named("use crate::error::{Error};\n$crate::de::model!"),
        BTreeSet::from(["error".to_owned(), "de".to_owned()])
    );
}

/// The files of `src/ledger/` in the order ARCHITECTURE.md gives: each may
/// use (`super::NAME`) only those before it, and `ledger.rs` uses them all.
const LEDGER_ORDER: [&str; 8] = [
    "report",
    "table",
    "records",
    "join",
    "parties",
    "resolve",
    "history",
    "conflicts",
];

#[test]
fn the_ledger_files_use_only_the_files_before_them() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ledger");
    let mut files = Vec::new();
    rust_files(&dir, &mut files);
    let mut problems = Vec::new();
    for file in &files {
        let name = file.file_stem().unwrap().to_str().unwrap();
        let Some(at) = LEDGER_ORDER.iter().position(|n| *n == name) else {
            problems.push(format!("src/ledger/{name}.rs is not in LEDGER_ORDER"));
            continue;
        };
        let text = std::fs::read_to_string(file).unwrap();
        for (i, _) in text.match_indices("super::") {
            let used: String = text[i + "super::".len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            match LEDGER_ORDER.iter().position(|n| *n == used) {
                Some(u) if u < at => {}
                _ => problems.push(format!("src/ledger/{name}.rs uses super::{used}")),
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    let architecture =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("ARCHITECTURE.md"))
            .unwrap();
    let order = LEDGER_ORDER.map(|n| format!("`{n}.rs`")).join(" → ");
    assert!(
        architecture.contains(&order),
        "ARCHITECTURE.md does not give the order {order}"
    );
}

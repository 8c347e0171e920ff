//! The layout keeps its promises (ARCHITECTURE.md): no module uses a
//! module that uses it back, at any level (files inside folders included;
//! a folder's own file may declare, re-export and use its children, which
//! is the module tree and not a circle),
//! in the library, the command and the Python extension; and each folder of
//! the library uses only the folders of its own layer or of the layers
//! below it, in the order of ARCHITECTURE.md's table of layers.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module and the modules its code names.
type Graph = BTreeMap<String, BTreeSet<String>>;

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a source folder is readable") {
        let path = entry.expect("a folder entry is readable").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file under a crate's `src/`: `model::meeting` for
/// `src/model/meeting.rs`, `read` for `src/read.rs` (or `src/read/mod.rs`),
/// the empty path for `lib.rs` or `main.rs`.
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src).expect("the file is under src/");
    let mut parts: Vec<String> = relative
        .components()
        .map(|c| {
            c.as_os_str()
                .to_str()
                .expect("a UTF-8 file name")
                .to_owned()
        })
        .collect();
    let last = parts.pop().expect("a file has a name");
    let stem = last.strip_suffix(".rs").expect("a .rs file");
    if !(parts.is_empty() && (stem == "lib" || stem == "main")) && stem != "mod" {
        parts.push(stem.to_owned());
    }
    parts
}

/// The code of a file without its comments and without the tests that end
/// it (`#[cfg(test)]` on, at the top level).
fn code_of(text: &str) -> String {
    let mut code = String::new();
    for line in text.lines() {
        if line.starts_with("#[cfg(test)]") {
            break;
        }
        let line = match line.find("//") {
            // A `//` inside a string (a URL) is not a comment; the paths
            // this test reads never stand after one on the same line.
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        };
        code.push_str(line);
        code.push('\n');
    }
    code
}

/// The paths that `code` names, each as written after its anchor and made
/// absolute: `crate::a::b` and `$crate::a::b` as `a::b`, `super::x` and
/// `self::x` relative to `module`, `child::x` for a child declared with
/// `mod child;`, and the items of `use` groups (`super::{a, b::c}`).
fn paths_named(code: &str, module: &[String], children: &BTreeSet<String>) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut at = 0;
    while at < bytes.len() {
        if !is_ident(bytes[at]) || (at > 0 && (is_ident(bytes[at - 1]) || bytes[at - 1] == b':')) {
            at += 1;
            continue;
        }
        let start = at;
        while at < bytes.len() && is_ident(bytes[at]) {
            at += 1;
        }
        let word = &code[start..at];
        if !code[at..].starts_with("::") {
            continue;
        }
        let base: Option<Vec<String>> = match word {
            "crate" => Some(Vec::new()),
            "self" => Some(module.to_vec()),
            "super" => module
                .split_last()
                .map(|(_, parent)| parent.to_vec())
                .or(Some(Vec::new())),
            _ if children.contains(word) => {
                let mut base = module.to_vec();
                base.push(word.to_owned());
                Some(base)
            }
            _ => None,
        };
        let Some(mut base) = base else { continue };
        // `super::super::x`
        let mut rest = &code[at + 2..];
        while let Some(after) = rest.strip_prefix("super::") {
            base.pop();
            rest = after;
        }
        at = code.len() - rest.len();
        collect_tree(rest, base, &mut out);
    }
    out
}

/// Reads a path (or a `use` tree) at the start of `text` below `base`.
fn collect_tree(text: &str, base: Vec<String>, out: &mut Vec<Vec<String>>) {
    let text = text.trim_start();
    if let Some(group) = text.strip_prefix('{') {
        // The items of the group, split at top-level commas.
        let mut depth = 0;
        let mut item_start = 0;
        for (i, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => {
                    collect_tree(&group[item_start..i], base.clone(), out);
                    return;
                }
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    collect_tree(&group[item_start..i], base.clone(), out);
                    item_start = i + 1;
                }
                _ => {}
            }
        }
        return;
    }
    let name: String = text
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let mut path = base;
    if name.is_empty() || name == "self" {
        out.push(path);
        return;
    }
    path.push(name.clone());
    match text[name.len()..].strip_prefix("::") {
        Some(rest) => collect_tree(rest, path, out),
        None => out.push(path),
    }
}

/// Module → the modules its code uses, over every file of a crate's `src/`
/// (`self` paths and a module's own items left out).
fn graph_of(src: &Path) -> Graph {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let mut texts = BTreeMap::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("a source file is readable");
        texts.insert(module_of(src, file).join("::"), code_of(&text));
    }
    let modules: BTreeSet<String> = texts.keys().cloned().collect();
    let mut graph = Graph::new();
    for (module, code) in &texts {
        let path: Vec<String> = if module.is_empty() {
            Vec::new()
        } else {
            module.split("::").map(str::to_owned).collect()
        };
        let children: BTreeSet<String> = code
            .lines()
            .filter_map(|l| {
                let l = l.trim_start();
                let l = l
                    .strip_prefix("pub(crate) ")
                    .or(l.strip_prefix("pub "))
                    .unwrap_or(l);
                l.strip_prefix("mod ")?.strip_suffix(';').map(str::to_owned)
            })
            .collect();
        let used = graph.entry(module.clone()).or_default();
        for named in paths_named(code, &path, &children) {
            // The longest prefix of the path that is a module.
            let target = (0..=named.len())
                .rev()
                .map(|n| named[..n].join("::"))
                .find(|m| modules.contains(m));
            // A module's own items, and its children's: a folder's file
            // declares its children and shows their items; that is the
            // tree, not a use. A child's use of its parent counts.
            if let Some(target) = target {
                let own = module.is_empty()
                    || target == *module
                    || target.starts_with(&format!("{module}::"));
                if !own {
                    used.insert(target);
                }
            }
        }
    }
    graph
}

/// Every module from which `to` can be reached through `graph`, from `from`.
fn reaches(graph: &Graph, from: &str, to: &str) -> bool {
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

/// The circles of `graph`, one line each.
fn circles(graph: &Graph) -> Vec<String> {
    let mut out = Vec::new();
    for (module, used) in graph {
        for other in used {
            if reaches(graph, other, module) {
                out.push(format!("{module} → {other} → … → {module}"));
            }
        }
    }
    out
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn assert_no_circles(src: &Path, at_least: usize) {
    let graph = graph_of(src);
    assert!(
        graph.len() >= at_least,
        "the modules of {} were not found: {graph:?}",
        src.display()
    );
    let circles = circles(&graph);
    assert!(
        circles.is_empty(),
        "import circles in {}:\n{}",
        src.display(),
        circles.join("\n")
    );
}

#[test]
fn no_module_of_the_library_uses_a_module_that_uses_it_back() {
    assert_no_circles(&root().join("src"), 60);
}

#[test]
fn no_module_of_the_command_uses_a_module_that_uses_it_back() {
    assert_no_circles(&root().join("cli/src"), 5);
}

#[test]
fn no_module_of_the_python_extension_uses_a_module_that_uses_it_back() {
    assert_no_circles(&root().join("python/src"), 3);
}

/// The layers of ARCHITECTURE.md's table, bottom first: the folders of
/// each (the first column of the rows between the `layers` markers).
fn documented_layers() -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let start = text
        .find("<!-- layers:start -->")
        .expect("ARCHITECTURE.md marks its table of layers");
    let end = text
        .find("<!-- layers:end -->")
        .expect("ARCHITECTURE.md ends its table of layers");
    text[start..end]
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| layer") && !l.starts_with("|--"))
        .map(|row| {
            let cell = row.split('|').nth(2).expect("a row has a folders column");
            cell.split(',')
                .map(|name| {
                    name.trim()
                        .trim_matches('`')
                        .trim_end_matches('/')
                        .to_owned()
                })
                .filter(|name| !name.is_empty())
                .collect()
        })
        .collect()
}

#[test]
fn each_folder_of_the_library_uses_only_its_layer_and_the_layers_below() {
    let layers = documented_layers();
    assert!(
        layers.len() >= 5,
        "the table of layers was not read: {layers:?}"
    );
    let layer_of: BTreeMap<&str, usize> = layers
        .iter()
        .enumerate()
        .flat_map(|(n, names)| names.iter().map(move |name| (name.as_str(), n)))
        .collect();
    let graph = graph_of(&root().join("src"));
    let top = |module: &str| module.split("::").next().unwrap_or("").to_owned();
    let mut wrong = Vec::new();
    for (module, used) in &graph {
        if module.is_empty() {
            continue; // lib.rs re-exports every layer
        }
        let from = top(module);
        let Some(&from_layer) = layer_of.get(from.as_str()) else {
            wrong.push(format!("{module}: its folder `{from}` is in no layer"));
            continue;
        };
        for other in used {
            let to = top(other);
            match layer_of.get(to.as_str()) {
                Some(&to_layer) if to_layer <= from_layer => {}
                Some(_) => wrong.push(format!("{module} uses {other}, a higher layer")),
                None => wrong.push(format!("{module} uses {other}, in no layer")),
            }
        }
    }
    assert!(wrong.is_empty(), "layers broken:\n{}", wrong.join("\n"));
}

#[test]
fn the_checks_can_fail() {
    let mut graph = Graph::new();
    graph.insert("a".to_owned(), BTreeSet::from(["b".to_owned()]));
    graph.insert("b".to_owned(), BTreeSet::from(["a".to_owned()]));
    assert_eq!(circles(&graph).len(), 2);

    let module = [
        "validate".to_owned(),
        "rules".to_owned(),
        "dates".to_owned(),
    ];
    let children = BTreeSet::from(["inner".to_owned()]);
    let code = "use super::{Checker, scope::Scope};\nuse crate::error::{Error, code::X};\n\
                $crate::read::de::model!\ninner::f(); other::g(); super::super::ids::f();";
    let named: BTreeSet<String> = paths_named(code, &module, &children)
        .into_iter()
        .map(|p| p.join("::"))
        .collect();
    assert_eq!(
        named,
        BTreeSet::from(
            [
                "validate::rules::Checker",
                "validate::rules::scope::Scope",
                "error::Error",
                "error::code::X",
                "read::de::model",
                "validate::rules::dates::inner::f",
                "validate::ids::f",
            ]
            .map(str::to_owned)
        )
    );
}

/// The files of `src/ledger/` in the order ARCHITECTURE.md gives: each may
/// use (`super::NAME`) only those before it, and `ledger.rs` uses them all.
const LEDGER_ORDER: [&str; 10] = [
    "report",
    "table",
    "records",
    "join",
    "parties",
    "resolve",
    "history",
    "conflicts",
    "walk",
    "json",
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

//! The command's modules are in layers: each uses only the modules
//! `main.rs` declares before it, and none uses `main.rs` itself, so there
//! is no import loop (`explain` and `validate` once used each other).

use std::path::Path;

/// The modules in the order `main.rs` declares them.
fn modules(main: &str) -> Vec<String> {
    main.lines()
        .filter_map(|line| line.trim().strip_prefix("mod "))
        .filter_map(|rest| rest.strip_suffix(';'))
        .map(str::to_owned)
        .collect()
}

/// The first path segment of everything `text` names through `crate::`.
fn uses(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        let names = if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').expect("a closed group");
            group[..end].split(',').map(str::trim).collect::<Vec<_>>()
        } else {
            vec![rest]
        };
        for name in names {
            let segment: String = name
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !segment.is_empty() {
                found.push(segment);
            }
        }
    }
    found
}

#[test]
fn each_module_uses_only_those_declared_before_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let main = std::fs::read_to_string(src.join("main.rs")).expect("main.rs");
    let order = modules(&main);
    assert!(order.len() >= 8, "{order:?}");
    for (at, module) in order.iter().enumerate() {
        let text = std::fs::read_to_string(src.join(format!("{module}.rs"))).expect("a module");
        assert!(
            !src.join(module).is_dir(),
            "{module}/ has submodules: read them too"
        );
        for used in uses(&text) {
            let index = order.iter().position(|m| *m == used);
            assert!(
                index.is_some_and(|index| index < at),
                "{module} uses crate::{used}, which is not declared before it in main.rs"
            );
        }
    }
}

#[test]
fn uses_are_found_in_groups_and_paths() {
    let text =
        "use crate::output::{Failure, Out};\nuse crate::{lints, style};\nx(crate::input::open)";
    assert_eq!(uses(text), ["output", "lints", "style", "input"]);
}

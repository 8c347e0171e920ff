//! The documentation stays true: the rule table in the crate docs lists
//! every code with its stage and default severity, and the README names
//! every code.

use structured_news::{ErrorCode, Stage};

#[test]
fn the_rule_table_lists_every_code_with_its_stage_and_severity() {
    let lib = include_str!("../src/lib.rs");
    let rows: Vec<&str> = lib
        .lines()
        .filter_map(|l| l.strip_prefix("//! | `"))
        .collect();
    for &code in ErrorCode::ALL {
        let stage = match code.stage() {
            Stage::Read => "read",
            Stage::Validate => "validate",
            Stage::Ledger => "ledger",
            _ => unreachable!("a new stage needs a name in the table"),
        };
        let severity = code.default_severity().as_str();
        let row = format!("{}` | {stage} | {severity} | ", code.as_str());
        assert!(
            rows.iter().any(|r| r.starts_with(&row)),
            "no row `{row}` in the table in src/lib.rs"
        );
    }
    let listed = rows
        .iter()
        .filter(|r| {
            r.contains("` | read | error | ")
                || r.contains("` | validate | ")
                || r.contains("` | ledger | ")
        })
        .count();
    assert_eq!(
        listed,
        ErrorCode::ALL.len(),
        "the table has rows for codes that do not exist"
    );
}

#[test]
fn the_readme_names_every_code() {
    let readme = include_str!("../README.md");
    for code in ErrorCode::ALL {
        assert!(
            readme.contains(&format!("`{}`", code.as_str())),
            "README.md does not name {code}"
        );
    }
}

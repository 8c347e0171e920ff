//! The documentation stays true: the rule tables of the crate docs
//! (`src/error/codes.md`) and of the README are generated from the
//! documentation of each `ErrorCode` (its `description`), and are fresh.
//!
//! After changing a code's documentation, regenerate both tables with
//!
//! ```sh
//! UPDATE_DOCS=1 cargo test --test docs
//! ```

use std::path::{Path, PathBuf};

use structured_news::ErrorCode;

/// The crate-doc table, included into the crate docs by `src/lib.rs`.
const CRATE_DOC_TABLE: &str = "src/error/codes.md";
/// The README holds its table between these two lines.
const README_START: &str = "<!-- codes:start -->";
const README_END: &str = "<!-- codes:end -->";

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// One table row's meaning cell: the description, with any `|` escaped
/// and on one line.
fn cell(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

/// The rule table, one row per code in the order of `ErrorCode::ALL`:
/// code, stage, default severity and meaning.
fn code_table() -> String {
    let mut out = String::from("| code | stage | severity | meaning |\n|---|---|---|---|\n");
    for &code in ErrorCode::ALL {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            code.as_str(),
            code.stage().as_str(),
            code.default_severity().as_str(),
            cell(code.description()),
        ));
    }
    out
}

/// The whole of `src/error/codes.md`.
fn crate_doc_file() -> String {
    format!(
        "<!-- Generated from the documentation of each ErrorCode (src/error/code.rs) \
         by tests/docs.rs: regenerate with `UPDATE_DOCS=1 cargo test --test docs`. -->\n\n{}",
        code_table()
    )
}

/// The README with `table` between its markers.
fn readme_with(readme: &str, table: &str) -> String {
    let (before, rest) = readme
        .split_once(README_START)
        .expect("README.md has the start marker of the code table");
    let (_, after) = rest
        .split_once(README_END)
        .expect("README.md has the end marker of the code table");
    format!("{before}{README_START}\n\n{table}\n{README_END}{after}")
}

/// The code column of each row of the table in `text` (rows that start
/// with a code in backticks).
fn listed_codes(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| l.split_once("` | ").map(|(code, _)| code))
        .collect()
}

/// Checks that each code has exactly one row in `table`, in order, whose
/// cells are its stage, severity and description.
fn assert_one_row_per_code(table: &str, file: &str) {
    let listed = listed_codes(table);
    let all: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(
        listed, all,
        "{file}: the rows are not one per code, in order"
    );
    for &code in ErrorCode::ALL {
        let prefix = format!("| `{}` | ", code.as_str());
        let rows: Vec<&str> = table.lines().filter(|l| l.starts_with(&prefix)).collect();
        assert_eq!(rows.len(), 1, "{file}: {code} has {} rows", rows.len());
        let cells: Vec<&str> = rows[0]
            .trim_matches('|')
            .split(" | ")
            .map(str::trim)
            .collect();
        assert_eq!(
            cells,
            [
                format!("`{code}`").as_str(),
                code.stage().as_str(),
                code.default_severity().as_str(),
                code.description(),
            ],
            "{file}: the row of {code}"
        );
    }
}

#[test]
fn the_code_tables_are_generated_from_the_code_docs() {
    let readme_path = repo("README.md");
    let readme = std::fs::read_to_string(&readme_path).unwrap();
    let crate_doc_path = repo(CRATE_DOC_TABLE);
    let crate_doc = std::fs::read_to_string(&crate_doc_path).unwrap_or_default();
    let fresh_readme = readme_with(&readme, &code_table());
    let fresh_crate_doc = crate_doc_file();

    if std::env::var_os("UPDATE_DOCS").is_some() {
        if readme != fresh_readme {
            std::fs::write(&readme_path, &fresh_readme).unwrap();
        }
        if crate_doc != fresh_crate_doc {
            std::fs::write(&crate_doc_path, &fresh_crate_doc).unwrap();
        }
    } else {
        assert!(
            crate_doc == fresh_crate_doc,
            "{CRATE_DOC_TABLE} is stale: run `UPDATE_DOCS=1 cargo test --test docs`"
        );
        assert!(
            readme == fresh_readme,
            "the code table of README.md is stale: run `UPDATE_DOCS=1 cargo test --test docs`"
        );
    }

    // What the files hold now (written above, or checked equal).
    let readme = std::fs::read_to_string(&readme_path).unwrap();
    let crate_doc = std::fs::read_to_string(&crate_doc_path).unwrap();
    let readme_table = readme
        .split_once(README_START)
        .and_then(|(_, rest)| rest.split_once(README_END))
        .map(|(table, _)| table)
        .unwrap();
    assert_one_row_per_code(readme_table, "README.md");
    assert_one_row_per_code(&crate_doc, CRATE_DOC_TABLE);
    // The crate docs show the generated table; neither they nor the rest
    // of the README hold another row of a code.
    let lib = std::fs::read_to_string(repo("src/lib.rs")).unwrap();
    assert_eq!(
        lib.matches("#![doc = include_str!(\"error/codes.md\")]")
            .count(),
        1,
        "src/lib.rs includes the table once"
    );
    for &code in ErrorCode::ALL {
        let row = format!("| `{}` | ", code.as_str());
        let in_readme = readme.lines().filter(|l| l.starts_with(&row)).count();
        assert_eq!(in_readme, 1, "README.md has {in_readme} rows of {code}");
        assert!(
            !lib.lines().any(|l| l.starts_with(&format!("//! {row}"))),
            "src/lib.rs holds a hand-written row of {code}"
        );
    }
}

#[test]
fn every_description_fits_in_a_table_cell() {
    for &code in ErrorCode::ALL {
        let text = code.description();
        assert!(!text.contains('\n'), "{code}: {text:?}");
        assert!(!text.contains('|'), "{code}: {text:?}");
        assert_eq!(cell(text), text, "{code}: {text:?}");
    }
}

//! The documentation stays true: the rule tables of the crate docs
//! (`src/error/codes.md`) and of the README are generated from the
//! documentation of each `ErrorCode` (its `description`), and are fresh;
//! the README's contents list names every heading; its dependency line,
//! install line and minimum Rust version agree with the `Cargo.toml` files.
//!
//! After changing a code's documentation or a README heading, regenerate
//! the tables and the contents with
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

/// The README holds its contents list between these two lines.
const CONTENTS_START: &str = "<!-- contents:start -->";
const CONTENTS_END: &str = "<!-- contents:end -->";

/// The anchor GitHub gives a heading: lower case, spaces as `-`, every
/// other character but letters, digits, `-` and `_` dropped.
fn anchor(heading: &str) -> String {
    heading
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c.to_ascii_lowercase()),
            _ => None,
        })
        .collect()
}

/// A list of the `##` and `###` headings of `text`, out of code blocks.
fn contents_list(text: &str) -> String {
    let mut fenced = false;
    let mut list = String::new();
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        let (indent, title) = match (line.strip_prefix("## "), line.strip_prefix("### ")) {
            _ if fenced => continue,
            (Some(title), _) => ("", title),
            (_, Some(title)) => ("  ", title),
            _ => continue,
        };
        list.push_str(&format!("{indent}- [{title}](#{})\n", anchor(title)));
    }
    list
}

#[test]
fn the_readme_contents_list_every_heading() {
    let path = repo("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let (before, rest) = readme
        .split_once(CONTENTS_START)
        .expect("README.md has the start marker of its contents");
    let (listed, after) = rest
        .split_once(CONTENTS_END)
        .expect("README.md has the end marker of its contents");
    let fresh = format!("\n{}", contents_list(&readme));
    assert!(fresh.lines().count() > 10, "{fresh}");
    if listed != fresh {
        if std::env::var_os("UPDATE_DOCS").is_some() {
            let updated = format!("{before}{CONTENTS_START}{fresh}{CONTENTS_END}{after}");
            std::fs::write(&path, updated).unwrap();
        } else {
            panic!("README.md's contents are stale: run `UPDATE_DOCS=1 cargo test --test docs`");
        }
    }
    assert_eq!(
        anchor("Exporting to ninjs, schema.org and PLOVER"),
        "exporting-to-ninjs-schemaorg-and-plover"
    );
}

/// The `rust-version` of a `Cargo.toml`.
fn rust_version(manifest: &str) -> String {
    let text = std::fs::read_to_string(repo(manifest)).unwrap();
    text.lines()
        .find_map(|line| line.strip_prefix("rust-version = "))
        .unwrap_or_else(|| panic!("{manifest} declares no rust-version"))
        .trim_matches('"')
        .to_owned()
}

#[test]
fn the_readme_says_how_to_depend_install_and_which_rust() {
    let readme = std::fs::read_to_string(repo("README.md")).unwrap();
    let version = rust_version("Cargo.toml");
    for manifest in ["cli/Cargo.toml", "python/Cargo.toml"] {
        assert_eq!(rust_version(manifest), version, "{manifest}");
    }
    assert!(
        readme.contains(&format!("**Minimum Rust version: {version}**")),
        "the README states the rust-version of Cargo.toml ({version})"
    );
    assert!(readme.contains("\ncargo install --path cli --locked\n"));
    assert!(!readme.contains("cargo install --path cli\n"));
    assert!(!readme.contains("cargo install --path cli`"));
    // Not published: the dependency line is a path, and the version-only
    // line that does not resolve is not offered.
    assert!(readme.contains("structured-news = { path = "));
    assert!(!readme.contains("structured-news = \"0.1\"\n"));
    let manifest = std::fs::read_to_string(repo("Cargo.toml")).unwrap();
    assert!(manifest.contains("name = \"structured-news\"\n"));
}

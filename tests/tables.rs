//! The articles as tables (`structured_news::table`): every row fits its
//! table's columns, every value of the real example articles lands in a
//! row at its place, the descriptors hold together, and the reference
//! `docs/tables.md` is generated from them and fresh:
//!
//! ```sh
//! UPDATE_DOCS=1 cargo test --test tables
//! ```

use std::collections::BTreeSet;
use std::convert::Infallible;
use std::path::{Path, PathBuf};

use serde_json::Value;
use structured_news::stream::read_documents;
use structured_news::table::{self, Cell, RowSink, Table, TABLES, TABLES_VERSION};
use structured_news::{Article, ErrorCode, FormatVersion, Lints};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// The rows of an article, owned.
#[derive(Default)]
struct Rows(Vec<(&'static Table, Vec<Cell<'static>>)>);

impl RowSink for Rows {
    type Error = Infallible;
    fn row(&mut self, table: &'static Table, cells: &[Cell<'_>]) -> Result<(), Infallible> {
        self.0
            .push((table, cells.iter().cloned().map(Cell::into_owned).collect()));
        Ok(())
    }
}

fn rows_of(article: &Article) -> Vec<(&'static Table, Vec<Cell<'static>>)> {
    let mut rows = Rows::default();
    let Ok(()) = table::write_rows(article, &mut rows);
    rows.0
}

/// The real example articles (sources, dates and licences beside them:
/// `tests/fixtures/README.md`, `examples/data/tracking/README.md`) and
/// the ledger's fixture streams, each with its JSON.
fn examples() -> Vec<(String, Value, Article)> {
    let mut files: Vec<PathBuf> = Vec::new();
    for dir in ["tests/fixtures/valid", "examples/data/tracking"] {
        for entry in std::fs::read_dir(repo(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                files.push(path);
            }
        }
    }
    for entry in std::fs::read_dir(repo("tests/fixtures/ledger")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ndjson") {
            files.push(path);
        }
    }
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let bytes = std::fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.extension().is_some_and(|e| e == "ndjson") {
            let docs = read_documents(&bytes);
            for (line, doc) in bytes
                .split(|&b| b == b'\n')
                .filter(|l| !l.iter().all(u8::is_ascii_whitespace))
                .zip(docs)
            {
                if let Ok(article) = doc.result {
                    out.push((name.clone(), serde_json::from_slice(line).unwrap(), article));
                }
            }
        } else {
            let article = Article::from_json_slice(&bytes)
                .unwrap_or_else(|e| panic!("{name} is a valid article: {e}"));
            out.push((name, serde_json::from_slice(&bytes).unwrap(), article));
        }
    }
    assert!(out.len() >= 20, "only {} example articles", out.len());
    out
}

#[test]
fn every_row_fits_its_table() {
    for (name, _, article) in examples() {
        for (table, cells) in rows_of(&article) {
            assert_eq!(
                cells.len(),
                table.columns.len(),
                "{name}: a row of {} has {} cells",
                table.name,
                cells.len()
            );
            for (cell, column) in cells.iter().zip(table.columns) {
                assert!(
                    cell.fits(column.kind),
                    "{name}: {}.{} holds {cell:?}",
                    table.name,
                    column.name
                );
                assert!(
                    column.nullable || *cell != Cell::Null,
                    "{name}: {}.{} is empty",
                    table.name,
                    column.name
                );
            }
            assert_eq!(
                cells.first(),
                Some(&Cell::Text(article.id.as_str().to_owned().into())),
                "{name}: {} starts with the article's id",
                table.name
            );
        }
    }
}

/// An article read with `no_status` allowed may hold a request with no
/// status observation: its row still fits (`requests.status` empty), as
/// the Parquet writer refuses an empty cell in a column that may not be.
#[test]
fn a_request_without_status_still_fits() {
    let json = br#"{"format_version": "2.1", "id": "a1", "language": "en",
      "body": "India was urged to meet China halfway.",
      "entities": {"places": [{"id": "in", "name": "India", "kind": "country", "country": "IN"}]},
      "requests": [{"id": "r1", "action": "meet China halfway", "addressees": ["in"],
        "status_history": []}]}"#;
    let lints = Lints::new().allow(ErrorCode::NoStatus).unwrap();
    let (article, _) = Article::from_json_slice_with(json, &lints).unwrap();
    for (table, cells) in rows_of(&article) {
        for (cell, column) in cells.iter().zip(table.columns) {
            assert!(
                column.nullable || *cell != Cell::Null,
                "{}.{} is empty",
                table.name,
                column.name
            );
        }
    }
}

/// Every id a column names is the `id` of a row of one of the tables its
/// `references` list (an update's target, in another article, is no
/// reference): the foreign keys `docs/tables.md` promises hold.
#[test]
fn every_reference_names_a_row_of_a_table_it_lists() {
    for (name, _, article) in examples() {
        let rows = rows_of(&article);
        let ids: BTreeSet<(&str, String)> = rows
            .iter()
            .filter_map(|(table, cells)| {
                let id = cells.get(table.column_index("id")?)?;
                match id {
                    Cell::Text(id) => Some((table.name, id.to_string())),
                    _ => None,
                }
            })
            .collect();
        for (table, cells) in &rows {
            for (cell, column) in cells.iter().zip(table.columns) {
                let Cell::Text(value) = cell else { continue };
                if column.references.is_empty() || column.name == "article_id" {
                    continue;
                }
                assert!(
                    column
                        .references
                        .iter()
                        .any(|target| ids.contains(&(*target, value.to_string()))),
                    "{name}: {}.{} names {value:?}, a row of none of {:?}",
                    table.name,
                    column.name,
                    column.references
                );
            }
        }
    }
}

/// Every leaf of the JSON (a string, number or `true`) with its JSON
/// Pointer.
fn leaves(value: &Value, path: &mut String, out: &mut Vec<(String, Value)>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let back = path.len();
                path.push('/');
                path.push_str(key);
                leaves(v, path, out);
                path.truncate(back);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let back = path.len();
                path.push_str(&format!("/{i}"));
                leaves(v, path, out);
                path.truncate(back);
            }
        }
        Value::Null | Value::Bool(false) => {}
        leaf => out.push((path.clone(), leaf.clone())),
    }
}

fn holds(cell: &Cell<'_>, leaf: &Value) -> bool {
    match (cell, leaf) {
        (Cell::Text(t), Value::String(s)) => t == s,
        (Cell::Text(t), Value::Number(n)) => *t == n.to_string(),
        (Cell::Integer(i), Value::Number(n)) => n.as_i64() == Some(*i),
        (Cell::Boolean(b), Value::Bool(v)) => b == v,
        _ => false,
    }
}

/// No field of the model is lost: each value of each real article is in
/// a row whose `path` is the value's place or holds it (the article's row
/// for its own fields and its provenance's).
#[test]
fn every_value_lands_in_a_row_at_its_place() {
    let mut checked = 0;
    for (name, json, article) in examples() {
        let rows = rows_of(&article);
        let path_of = |table: &Table, cells: &[Cell<'_>]| -> Option<String> {
            let i = table.column_index("path")?;
            match cells.get(i) {
                Some(Cell::Text(p)) => Some(p.to_string()),
                _ => None,
            }
        };
        let mut found = Vec::new();
        leaves(&json, &mut String::new(), &mut found);
        for (pointer, leaf) in found {
            let top_level = pointer.matches('/').count() == 1;
            let landed = rows.iter().any(|(table, cells)| {
                let at_place = match path_of(table, cells) {
                    Some(p) => pointer == p || pointer.starts_with(&format!("{p}/")),
                    None => {
                        top_level
                            || pointer.starts_with("/published")
                            || pointer.starts_with("/provenance/")
                    }
                };
                at_place && cells.iter().any(|c| holds(c, &leaf))
            });
            assert!(
                landed,
                "{name}: {pointer} = {leaf} is in no row at its place"
            );
            checked += 1;
        }
    }
    assert!(checked > 2000, "only {checked} values checked");
}

/// One article's rows, value for value: a meeting's date in its four
/// columns and its words, a quantity's amount as written and as a number.
#[test]
fn dates_and_amounts_keep_words_value_and_precision() {
    let json = r#"{"format_version": "2.0", "id": "a1", "language": "en",
      "published": "2023-12-06T18:30:00+05:00",
      "body": "The US pledged $3 billion. Talks are due early next year.",
      "entities": {"places": [{"id": "us", "name": "United States", "kind": "country", "country": "US"}]},
      "meetings": [{"id": "m1", "kind": "negotiations", "status": "scheduled",
        "date": {"value": "2024-33~", "text": "early next year", "inferred": true}}],
      "commitments": [{"id": "c1", "kind": "fund", "action": "give $3 billion",
        "bound_parties": ["us"], "status_history": [{"status": "stated", "as_of": "2023-12",
        "quantities": [{"amount": 3e9, "currency": "USD", "text": "$3 billion"}]}]}]}"#;
    let article = Article::from_json_str(json).unwrap();
    let rows = rows_of(&article);
    let get = |table: &str, row: usize, column: &str| -> Cell<'static> {
        let (t, cells) = rows
            .iter()
            .filter(|(t, _)| t.name == table)
            .nth(row)
            .unwrap_or_else(|| panic!("no row {row} in {table}"));
        cells[t.column_index(column).unwrap()].clone()
    };
    let text = |s: &str| Cell::Text(s.to_owned().into());
    let day = |y, m, d| Cell::Date(chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap());
    assert_eq!(
        get("articles", 0, "published"),
        text("2023-12-06T18:30:00+05:00")
    );
    assert_eq!(get("articles", 0, "published_precision"), text("timestamp"));
    assert_eq!(
        get("articles", 0, "published_timestamp"),
        Cell::Timestamp(1_701_869_400_000_000)
    );
    assert_eq!(get("articles", 0, "published_first_day"), day(2023, 12, 6));
    assert_eq!(get("meetings", 0, "date"), text("2024-33~"));
    assert_eq!(get("meetings", 0, "date_first_day"), day(2024, 1, 1));
    assert_eq!(get("meetings", 0, "date_last_day"), day(2024, 3, 31));
    assert_eq!(get("meetings", 0, "date_precision"), text("quarter"));
    assert_eq!(get("meetings", 0, "date_text"), text("early next year"));
    assert_eq!(get("meetings", 0, "date_inferred"), Cell::Boolean(true));
    assert_eq!(get("meetings", 0, "rescheduled_from"), Cell::Null);
    assert_eq!(get("commitment_parties", 0, "party_id"), text("us"));
    assert_eq!(get("commitment_parties", 0, "role"), text("bound"));
    assert_eq!(
        get("commitment_status_steps", 0, "as_of_precision"),
        text("month")
    );
    assert_eq!(
        get("commitment_status_steps", 0, "as_of_last_day"),
        day(2023, 12, 31)
    );
    assert_eq!(get("quantities", 0, "amount"), text("3000000000.0"));
    assert_eq!(get("quantities", 0, "amount_value"), Cell::Float(3e9));
    assert_eq!(
        get("quantities", 0, "owner_path"),
        text("/commitments/0/status_history/0")
    );
    assert_eq!(get("quantities", 0, "part_id"), text("c1"));
    assert_eq!(
        get("quantities", 0, "path"),
        text("/commitments/0/status_history/0/quantities/0")
    );
}

#[test]
fn descriptors_hold_together() {
    let names: BTreeSet<&str> = TABLES.iter().map(|t| t.name).collect();
    assert_eq!(names.len(), TABLES.len(), "table names are unique");
    for table in TABLES {
        let columns: BTreeSet<&str> = table.columns.iter().map(|c| c.name).collect();
        assert_eq!(
            columns.len(),
            table.columns.len(),
            "{}: column names are unique",
            table.name
        );
        for key in table.key {
            let column = &table.columns[table
                .column_index(key)
                .unwrap_or_else(|| panic!("{}: key column {key} exists", table.name))];
            assert!(
                !column.nullable,
                "{}.{key} is a key and never empty",
                table.name
            );
        }
        for column in table.columns {
            for target in column.references {
                assert!(
                    names.contains(target),
                    "{}.{} references {target}",
                    table.name,
                    column.name
                );
                let target = TABLES.iter().find(|t| t.name == *target).unwrap();
                assert!(target.column_index("id").is_some() || target.name == "articles");
            }
            // An update's target is in another article; the article's own
            // id and a refused document's are no reference.
            let names_a_part = column.name.ends_with("_id")
                && !["target_article_id", "target_id"].contains(&column.name)
                && !(column.name == "article_id" && ["articles", "problems"].contains(&table.name));
            assert_eq!(
                names_a_part,
                !column.references.is_empty(),
                "{}.{}: a column names a part exactly when it ends in _id",
                table.name,
                column.name
            );
        }
    }
    assert!(TABLES_VERSION.starts_with(FormatVersion::CURRENT.as_str()));
}

/// The reference of every table and column.
fn reference() -> String {
    let mut out = format!(
        "<!-- Generated from the descriptors of src/table/columns.rs by tests/tables.rs: \
         regenerate with `UPDATE_DOCS=1 cargo test --test tables`. -->\n\n\
         # The tables\n\n\
         Version {TABLES_VERSION} (format {}, then the revision of the tables). \
         `structured-news tables --out DIR FILE...` writes each table as `DIR/NAME.parquet`; \
         `structured_news::table::write_rows` hands the rows of one article to any writer.\n\n\
         - Every row has its article's `article_id`; a part with an id has the key \
         `(article_id, id)` (ids are unique in an article).\n\
         - A column ending in `_id` names the `(article_id, id)` of a row of the tables its \
         *references* cell lists (updates name an earlier article's: `target_article_id`, \
         `target_id`). A list of references is a table, a row an item, with its `position` \
         from 0.\n\
         - Every row but an article's has a `path`, the JSON Pointer of what it holds, unique \
         in the article; evidence and quantities name what they belong to by its `path` \
         (`owner_path`).\n\
         - A date has the columns `NAME` (as written: EDTF, or a timestamp), \
         `NAME_first_day`, `NAME_last_day` and `NAME_precision`, and a date with words also \
         `NAME_text` and `NAME_inferred`.\n\
         - Documents that are refused (unreadable, or invalid) are in `problems` only.\n\n",
        FormatVersion::CURRENT.as_str()
    );
    out.push_str("| table | one row a | key |\n|---|---|---|\n");
    for table in TABLES {
        out.push_str(&format!(
            "| [`{0}`](#{0}) | {1} | `{2}` |\n",
            table.name,
            cell(table.doc),
            table.key.join("`, `")
        ));
    }
    for table in TABLES {
        out.push_str(&format!(
            "\n## {}\n\n{}\n\nKey: `{}`.\n\n| column | kind | may be empty | references | meaning |\n|---|---|---|---|---|\n",
            table.name,
            table.doc,
            table.key.join("`, `")
        ));
        for column in table.columns {
            out.push_str(&format!(
                "| `{}` | {} | {} | {} | {} |\n",
                column.name,
                column.kind.as_str(),
                if column.nullable { "yes" } else { "no" },
                column
                    .references
                    .iter()
                    .map(|t| format!("`{t}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
                cell(column.doc)
            ));
        }
    }
    out
}

fn cell(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

#[test]
fn the_reference_is_fresh() {
    let path = repo("docs/tables.md");
    let want = reference();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &want).unwrap();
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "docs/tables.md is stale: run `UPDATE_DOCS=1 cargo test --test tables`"
    );
}

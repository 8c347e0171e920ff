//! Reviewers' verdicts on records, as the review page downloads them, and
//! their totals over many files.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What a reviewer says of a record or of one of its fields.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Judgement {
    /// The article says what the record says.
    Confirmed,
    /// The record says something the article does not.
    Wrong,
    /// The reviewer cannot tell.
    Unsure,
}

/// One verdict: on a record (its JSON Pointer, e.g. `/statements/0`) or on
/// one field of it (`/statements/0/speaker`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Verdict {
    /// The `id` of the article the record belongs to.
    pub article: String,
    /// The JSON Pointer of the record, or of a field of it, in the article.
    pub pointer: String,
    /// What the reviewer says.
    pub verdict: Judgement,
    /// The reviewer's note (may be empty).
    #[serde(default)]
    pub note: String,
    /// When the verdict was given (RFC 3339, as the browser's clock says).
    pub time: String,
}

/// A file of verdicts, as the review page downloads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VerdictFile {
    /// Always `structured-news-verdicts`.
    #[schemars(extend("const" = "structured-news-verdicts"))]
    pub format: String,
    /// The version of this format: `1`.
    #[schemars(extend("const" = 1))]
    pub version: u32,
    /// The verdicts, one per record or field judged.
    pub verdicts: Vec<Verdict>,
}

impl VerdictFile {
    /// The value of [`VerdictFile::format`].
    pub const FORMAT: &'static str = "structured-news-verdicts";
}

/// The JSON Schema of [`VerdictFile`] (JSON Schema 2020-12), as written to
/// `schemas/review/verdicts.schema.json`.
pub fn verdict_schema() -> String {
    let schema = schemars::schema_for!(VerdictFile);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema is plain JSON");
    text.push('\n');
    text
}

/// Counts of verdicts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Verdicts `confirmed`.
    pub confirmed: u64,
    /// Verdicts `wrong`.
    pub wrong: u64,
    /// Verdicts `unsure`.
    pub unsure: u64,
}

impl Counts {
    fn add(&mut self, judgement: Judgement) {
        match judgement {
            Judgement::Confirmed => self.confirmed += 1,
            Judgement::Wrong => self.wrong += 1,
            Judgement::Unsure => self.unsure += 1,
        }
    }

    /// All verdicts counted.
    pub fn total(&self) -> u64 {
        self.confirmed + self.wrong + self.unsure
    }

    /// The share confirmed of those confirmed or wrong (`None` when there
    /// are none): how often the extraction was right where the reviewer
    /// could tell.
    pub fn precision(&self) -> Option<f64> {
        let decided = self.confirmed + self.wrong;
        (decided > 0).then(|| self.confirmed as f64 / decided as f64)
    }
}

/// The totals of many files of verdicts: per record kind (`statement`,
/// `commitment`...) and per field of a kind (`statement.speaker`). When a
/// file holds two verdicts on the same article and pointer, the later one
/// (by `time`, then by order) counts.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Summary {
    /// How many articles have a verdict.
    pub articles: usize,
    /// Verdicts on whole records, per kind.
    pub records: BTreeMap<String, Counts>,
    /// Verdicts on fields, per `kind.field`.
    pub fields: BTreeMap<String, Counts>,
    /// Verdicts whose pointer names no record.
    pub unplaced: u64,
}

/// The kind and the field (if any) a pointer of an article names:
/// `/statements/0` is a statement, `/entities/people/2/name` the field
/// `name` of a person.
pub fn kind_and_field(pointer: &str) -> Option<(&'static str, Option<String>)> {
    for &(list, kind) in crate::reading::COLLECTIONS {
        let Some(rest) = pointer.strip_prefix(list).and_then(|r| r.strip_prefix('/')) else {
            continue;
        };
        let mut tokens = rest.split('/');
        let index = tokens.next()?;
        if index.is_empty() || !index.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let field = tokens
            .next()
            .map(|t| t.replace("~1", "/").replace("~0", "~"));
        return Some((kind.as_str(), field));
    }
    None
}

impl Summary {
    /// The totals of `files`.
    pub fn of(files: &[VerdictFile]) -> Summary {
        let mut latest: BTreeMap<(&str, &str), &Verdict> = BTreeMap::new();
        for verdict in files.iter().flat_map(|f| &f.verdicts) {
            let key = (verdict.article.as_str(), verdict.pointer.as_str());
            match latest.get(&key) {
                Some(held) if held.time > verdict.time => {}
                _ => {
                    latest.insert(key, verdict);
                }
            }
        }
        let mut summary = Summary::default();
        let mut articles = std::collections::BTreeSet::new();
        for ((article, pointer), verdict) in latest {
            articles.insert(article);
            match kind_and_field(pointer) {
                Some((kind, None)) => summary
                    .records
                    .entry(kind.to_owned())
                    .or_default()
                    .add(verdict.verdict),
                Some((kind, Some(field))) => summary
                    .fields
                    .entry(format!("{kind}.{field}"))
                    .or_default()
                    .add(verdict.verdict),
                None => summary.unplaced += 1,
            }
        }
        summary.articles = articles.len();
        summary
    }

    /// The totals as a table a person reads.
    pub fn to_table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "Verdicts on {} articles", self.articles);
        for (title, rows) in [("record kind", &self.records), ("field", &self.fields)] {
            if rows.is_empty() {
                continue;
            }
            let width = rows
                .keys()
                .map(|k| k.chars().count())
                .max()
                .unwrap_or(0)
                .max(title.len());
            let _ = writeln!(
                out,
                "\n{title:<width$}  confirmed  wrong  unsure  total  right"
            );
            for (name, c) in rows {
                let right = c
                    .precision()
                    .map_or_else(|| "-".to_owned(), |p| format!("{:.0}%", p * 100.0));
                let _ = writeln!(
                    out,
                    "{name:<width$}  {:>9}  {:>5}  {:>6}  {:>5}  {right:>5}",
                    c.confirmed,
                    c.wrong,
                    c.unsure,
                    c.total()
                );
            }
        }
        if self.unplaced > 0 {
            let _ = writeln!(out, "\n{} verdicts name no record", self.unplaced);
        }
        let _ = writeln!(out, "\nright: confirmed / (confirmed + wrong)");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict(article: &str, pointer: &str, verdict: Judgement, time: &str) -> Verdict {
        Verdict {
            article: article.into(),
            pointer: pointer.into(),
            verdict,
            note: String::new(),
            time: time.into(),
        }
    }

    #[test]
    fn totals_per_kind_and_field_with_the_latest_verdict_counting() {
        let files = [
            VerdictFile {
                format: VerdictFile::FORMAT.into(),
                version: 1,
                verdicts: vec![
                    verdict(
                        "a",
                        "/statements/0",
                        Judgement::Wrong,
                        "2026-01-01T10:00:00Z",
                    ),
                    verdict(
                        "a",
                        "/statements/0",
                        Judgement::Confirmed,
                        "2026-01-01T11:00:00Z",
                    ),
                    verdict(
                        "a",
                        "/statements/1",
                        Judgement::Wrong,
                        "2026-01-01T10:00:00Z",
                    ),
                    verdict(
                        "a",
                        "/statements/1/speaker",
                        Judgement::Wrong,
                        "2026-01-01T10:00:00Z",
                    ),
                ],
            },
            VerdictFile {
                format: VerdictFile::FORMAT.into(),
                version: 1,
                verdicts: vec![
                    verdict("b", "/statements/0", Judgement::Confirmed, "t"),
                    verdict("b", "/entities/people/3/name", Judgement::Unsure, "t"),
                    verdict("b", "/body", Judgement::Unsure, "t"),
                ],
            },
        ];
        let summary = Summary::of(&files);
        assert_eq!(summary.articles, 2);
        let statements = summary.records["statement"];
        assert_eq!((statements.confirmed, statements.wrong), (2, 1));
        assert_eq!(statements.precision(), Some(2.0 / 3.0));
        assert_eq!(summary.fields["statement.speaker"].wrong, 1);
        assert_eq!(summary.fields["person.name"].unsure, 1);
        assert_eq!(summary.unplaced, 1);
        assert!(summary.to_table().contains("statement.speaker"));
    }

    #[test]
    fn pointers_name_their_kind_and_field() {
        assert_eq!(kind_and_field("/commitments/2"), Some(("commitment", None)));
        assert_eq!(
            kind_and_field("/entities/places/0/within"),
            Some(("place", Some("within".into())))
        );
        assert_eq!(kind_and_field("/commitments/x"), None);
        assert_eq!(kind_and_field("/headline"), None);
    }
}

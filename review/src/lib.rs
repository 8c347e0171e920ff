//! Review pages for [structured-news](structured_news) extractions.
//!
//! Before anyone trusts an extraction, a person reads it against the
//! article. [`article_page`] writes one self-contained HTML page for an
//! article: its body with every evidence span marked by what it supports
//! (direct quote, paraphrase, commitment, meeting, event, entity mention),
//! its records grouped by kind, its problems anchored at their record and
//! span, and controls to give each record a verdict. The page fetches
//! nothing (its style and script are inline, and its Content Security
//! Policy forbids every request). [`index_page`] lists several pages.
//!
//! The page downloads verdicts as a [`VerdictFile`] (schema:
//! [`verdict_schema`]); [`Summary`] totals many of them per record kind
//! and per field.
//!
//! ```
//! use structured_news::Lints;
//! use structured_news_review::article_page;
//!
//! let json = r#"{"format_version": "2.0", "id": "a1", "language": "en",
//!   "body": "Lavrov said <b> talks went well.",
//!   "entities": {"people": [{"id": "lavrov", "name": "Sergei Lavrov",
//!      "evidence": [{"quote": {"exact": "Lavrov"}}]}]}}"#;
//! let page = article_page(json.as_bytes(), &Lints::new());
//! assert!(page.html.contains("Lavrov</span> said &lt;b&gt; talks"));
//! assert_eq!((page.spans, page.errors, page.warnings), (1, 0, 0));
//! ```

#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)
)]

mod html;
mod ledger;
mod page;
mod reading;
mod verdict;

use serde_json::Value;
use structured_news::Lints;

pub use ledger::{ledger_page, page_file_name};
pub use verdict::{
    kind_and_field, verdict_schema, Counts, Judgement, Summary, Verdict, VerdictFile,
};

/// A review page and what it shows.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Page {
    /// The article's `id` (`(no id)` when it has none).
    pub id: String,
    /// Its headline, if any.
    pub headline: Option<String>,
    /// The page: a whole HTML document.
    pub html: String,
    /// How many records it shows.
    pub records: usize,
    /// How many evidence spans it marks.
    pub spans: usize,
    /// How many of its problems are errors.
    pub errors: usize,
    /// How many of its problems are warnings.
    pub warnings: usize,
}

impl Page {
    /// The page inside an `<iframe srcdoc>` (sandboxed: its script runs,
    /// but apart from the notebook or page around it), for Jupyter's rich
    /// display and other HTML that embeds it.
    pub fn iframe(&self) -> String {
        format!(
            "<iframe title=\"{}\" sandbox=\"allow-scripts allow-downloads\" \
             style=\"width: 100%; height: 640px; border: 1px solid #bbb\" srcdoc=\"{}\"></iframe>",
            html::escape(&format!("Review of {}", self.id)),
            html::escape(&self.html)
        )
    }
}

/// The review page of the article `json` (one JSON document), with its
/// problems at the levels of `lints`. A document that is not a valid
/// article still gets a page, with every problem shown.
pub fn article_page(json: &[u8], lints: &Lints) -> Page {
    let value: Option<Value> = serde_json::from_slice(json).ok();
    let reading = reading::read(json, value.as_ref(), lints);
    let (errors, warnings) = reading.problem_counts();
    Page {
        id: reading.id.clone(),
        headline: reading.headline.map(str::to_owned),
        html: page::article_page(&reading),
        records: reading.records.len(),
        spans: reading.spans.len(),
        errors,
        warnings,
    }
}

/// An index page listing `pages`, each linked at the file name given with
/// it (relative to the index).
pub fn index_page(pages: &[(&Page, &str)]) -> String {
    page::index_page(pages)
}

//! Evidence: where in the article's body the words are that support a
//! statement, a commitment or an attribution.
//!
//! The shape follows the W3C Web Annotation Data Model: a quote selector
//! ([`TextQuoteSelector`]: `exact`, optional `prefix` and `suffix`) and an
//! optional position selector ([`TextPositionSelector`]: `start` and `end`).
//!
//! # Which unit positions count
//!
//! Positions count **Unicode code points** of [`Article::body`](crate::Article),
//! as the W3C model does: `start` is the position of the first selected code
//! point and `end` the position after the last one (so `end - start` is the
//! number of code points selected). Rust slices strings by UTF-8 bytes, and
//! browsers and many annotation tools count UTF-16 code units; the three
//! agree only on ASCII text. [`OffsetIndex`] converts between them in
//! little time per lookup after one linear pass over the text (a binary
//! search over 64-byte blocks, then at most one block).
//!
//! ```
//! use structured_news::{Evidence, OffsetIndex};
//!
//! let body = "“We highly value our strategic partnership,” remarked Lavrov.";
//! let evidence = Evidence::locate(body, "We highly value").unwrap();
//! let position = evidence.position.unwrap();
//! assert_eq!((position.start, position.end), (1, 16)); // code points
//!
//! let index = OffsetIndex::new(body);
//! assert_eq!(position.to_utf8_range(&index), Some(3..18)); // “ is 3 bytes
//! assert_eq!(position.to_utf16_range(&index), Some(1..16)); // “ is 1 unit
//! ```

use std::ops::Range;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::codes::object_serde;
use crate::validate::{is_blank, Checker, ErrorCode};

mod offsets;
pub use offsets::OffsetIndex;

/// A quote selector: the exact words, and optionally a little of the text
/// right before (`prefix`) and after (`suffix`) them to tell one occurrence
/// from another (W3C `TextQuoteSelector`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
#[non_exhaustive]
pub struct TextQuoteSelector {
    /// The quoted words, exactly as they stand in the body (same characters,
    /// quotation marks and spacing). Must not be blank. The validator checks
    /// that they occur in the body (rule `evidence_not_found`).
    #[schemars(regex(pattern = r"\S"))]
    pub exact: String,
    /// Text that comes immediately before `exact` in the body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// Text that comes immediately after `exact` in the body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suffix: Option<String>,
}

impl TextQuoteSelector {
    /// A selector of `exact` without context.
    pub fn new(exact: impl Into<String>) -> Self {
        TextQuoteSelector {
            exact: exact.into(),
            prefix: None,
            suffix: None,
        }
    }
}

/// A position selector: the code points `start..end` of the body (W3C
/// `TextPositionSelector`; `end` is exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
#[non_exhaustive]
pub struct TextPositionSelector {
    /// The position of the first selected code point, counting from 0.
    pub start: usize,
    /// The position after the last selected code point; not before `start`
    /// and not beyond the body's length in code points (rule
    /// `invalid_position`).
    pub end: usize,
}

impl TextPositionSelector {
    /// The code points `start..end`.
    pub fn new(start: usize, end: usize) -> Self {
        TextPositionSelector { start, end }
    }

    /// The same span as a UTF-8 byte range of the indexed text, to slice a
    /// Rust `&str`; `None` when it does not fit the text.
    pub fn to_utf8_range(&self, index: &OffsetIndex<'_>) -> Option<Range<usize>> {
        if self.end < self.start {
            return None;
        }
        Some(index.char_to_byte(self.start)?..index.char_to_byte(self.end)?)
    }

    /// The same span as a range of UTF-16 code units (JavaScript string
    /// offsets); `None` when it does not fit the text.
    pub fn to_utf16_range(&self, index: &OffsetIndex<'_>) -> Option<Range<usize>> {
        if self.end < self.start {
            return None;
        }
        Some(index.char_to_utf16(self.start)?..index.char_to_utf16(self.end)?)
    }

    /// The selector for a UTF-8 byte range; `None` when the range is
    /// reversed, beyond the text or not on character boundaries.
    pub fn from_utf8_range(index: &OffsetIndex<'_>, range: Range<usize>) -> Option<Self> {
        if range.end < range.start {
            return None;
        }
        Some(TextPositionSelector::new(
            index.byte_to_char(range.start)?,
            index.byte_to_char(range.end)?,
        ))
    }

    /// The selector for a range of UTF-16 code units; `None` when the range
    /// is reversed, beyond the text or splits a surrogate pair.
    pub fn from_utf16_range(index: &OffsetIndex<'_>, range: Range<usize>) -> Option<Self> {
        if range.end < range.start {
            return None;
        }
        Some(TextPositionSelector::new(
            index.utf16_to_char(range.start)?,
            index.utf16_to_char(range.end)?,
        ))
    }
}

/// Words in the body that support a claim: a quote selector and, optionally,
/// a position selector for the same words.
///
/// With a position the validator checks the quote where the position says
/// (a binary search and at most 64 bytes per selector, after one pass over
/// the body); without one it
/// searches the body for the quote (one linear search per selector). Give
/// positions when there are many selectors on a long body.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
#[non_exhaustive]
pub struct Evidence {
    /// The quoted words (W3C TextQuoteSelector).
    pub quote: TextQuoteSelector,
    /// Where the words are, in Unicode code points of the body (W3C
    /// TextPositionSelector). The validator checks that it selects exactly
    /// `quote.exact`, with `prefix` and `suffix` around it (rules
    /// `invalid_position`, `evidence_position_mismatch`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<TextPositionSelector>,
}

impl Evidence {
    /// Evidence of `exact`, without a position (the validator searches for it).
    pub fn quote(exact: impl Into<String>) -> Self {
        Evidence {
            quote: TextQuoteSelector::new(exact),
            position: None,
        }
    }

    /// Evidence of the first occurrence of `exact` in `body`, with its
    /// position; `None` when `exact` is empty or not in `body`.
    pub fn locate(body: &str, exact: &str) -> Option<Self> {
        Self::locate_in(&OffsetIndex::new(body), &TextQuoteSelector::new(exact))
    }

    /// Evidence of the first occurrence of `quote` in the indexed body
    /// (respecting its prefix and suffix), with its position; `None` when
    /// there is none.
    pub fn locate_in(index: &OffsetIndex<'_>, quote: &TextQuoteSelector) -> Option<Self> {
        let bytes = find_quote(index.text(), quote)?;
        let position = TextPositionSelector::from_utf8_range(index, bytes)?;
        Some(Evidence {
            quote: quote.clone(),
            position: Some(position),
        })
    }

    /// Evidence of the code points `position` of the indexed body, quoting
    /// them; `None` when the position does not fit the body.
    pub fn at(index: &OffsetIndex<'_>, position: TextPositionSelector) -> Option<Self> {
        let bytes = position.to_utf8_range(index)?;
        let exact = index.text().get(bytes)?;
        Some(Evidence {
            quote: TextQuoteSelector::new(exact),
            position: Some(position),
        })
    }

    /// The UTF-8 byte range of `body` this evidence selects, if it is
    /// really there: at its position when it has one (with the prefix and
    /// suffix around it), otherwise the first occurrence that fits the
    /// prefix and suffix.
    pub fn find_in(&self, index: &OffsetIndex<'_>) -> Option<Range<usize>> {
        match self.position {
            Some(position) => {
                let range = position.to_utf8_range(index)?;
                quote_fits_at(index.text(), &self.quote, range.clone()).then_some(range)
            }
            None => find_quote(index.text(), &self.quote),
        }
    }
}

/// Whether `quote` (with its context) stands at the byte range `range`.
fn quote_fits_at(body: &str, quote: &TextQuoteSelector, range: Range<usize>) -> bool {
    let (Some(before), Some(selected), Some(after)) = (
        body.get(..range.start),
        body.get(range.clone()),
        body.get(range.end..),
    ) else {
        return false;
    };
    selected == quote.exact
        && quote.prefix.as_deref().is_none_or(|p| before.ends_with(p))
        && quote.suffix.as_deref().is_none_or(|s| after.starts_with(s))
}

/// The byte range of the first occurrence of `quote` (with its context) in
/// `body`. Linear in the body's length.
fn find_quote(body: &str, quote: &TextQuoteSelector) -> Option<Range<usize>> {
    let exact = quote.exact.as_str();
    if exact.is_empty() {
        return None;
    }
    // Occurrences may overlap ("aa" twice in "aaa"), so search again from
    // the character after each one rather than after its end.
    let mut from = 0;
    while let Some(found) = body.get(from..).and_then(|rest| rest.find(exact)) {
        let start = from + found;
        let range = start..start + exact.len();
        if quote_fits_at(body, quote, range.clone()) {
            return Some(range);
        }
        let step = body
            .get(start..)
            .and_then(|s| s.chars().next())
            .map_or(1, char::len_utf8);
        from = start + step;
    }
    None
}

/// The body as validation sees it: its text and, built on first use, its
/// offset index.
pub(crate) struct Body<'a> {
    text: &'a str,
    index: std::cell::OnceCell<OffsetIndex<'a>>,
}

impl<'a> Body<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Body {
            text,
            index: std::cell::OnceCell::new(),
        }
    }

    pub(crate) fn text(&self) -> &'a str {
        self.text
    }

    fn index(&self) -> &OffsetIndex<'a> {
        self.index.get_or_init(|| OffsetIndex::new(self.text))
    }
}

/// The longest excerpt quoted back in a message, in characters.
const EXCERPT_MAX: usize = 60;

fn excerpt(s: &str) -> String {
    match s.char_indices().nth(EXCERPT_MAX) {
        Some((cut, _)) => format!("{:?}…", s.get(..cut).unwrap_or_default()),
        None => format!("{s:?}"),
    }
}

/// Folds the characters that extraction commonly changes (curly quotes and
/// apostrophes, dashes, runs of white space) so a near miss can be named.
fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => '"',
            '\u{2010}'..='\u{2015}' => '-',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' {
            if !space {
                out.push(c);
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

/// A hint for a quote that is not in the body.
fn near_miss_hint(body: &str, exact: &str) -> &'static str {
    if !exact.is_empty() && fold(body).contains(&fold(exact)) {
        " (the body has these words with other quotation marks, apostrophes, dashes or spacing; quote them exactly)"
    } else {
        ""
    }
}

/// Checks one piece of evidence against the body (without a body, only
/// that its quote is not blank); returns the byte range it selects when it
/// is really there. Paths are relative to the evidence.
pub(crate) fn check_evidence(
    c: &mut Checker,
    evidence: &Evidence,
    body: Option<&Body<'_>>,
) -> Option<Range<usize>> {
    let quote = &evidence.quote;
    if is_blank(&quote.exact) {
        c.at("quote", |c| c.text("exact", &quote.exact));
        return None;
    }
    let body = body?;
    let Some(position) = evidence.position else {
        let found = find_quote(body.text(), quote);
        if found.is_none() {
            report_not_found(c, body.text(), quote);
        }
        return found;
    };
    let index = body.index();
    if position.end < position.start {
        c.report_at(
            "position",
            ErrorCode::InvalidPosition,
            format!("end {} is before start {}", position.end, position.start),
        );
        return None;
    }
    let Some(range) = position.to_utf8_range(index) else {
        c.report_at(
            "position",
            ErrorCode::InvalidPosition,
            format!(
                "end {} is beyond the end of the body ({} code points)",
                position.end,
                index.char_len()
            ),
        );
        return None;
    };
    let text = index.text();
    if quote_fits_at(text, quote, range.clone()) {
        return Some(range);
    }
    let selected = text.get(range.clone()).unwrap_or_default();
    let hint = match Evidence::locate_in(index, quote).and_then(|e| e.position) {
        Some(p) => format!("; the quote is at start {}, end {}", p.start, p.end),
        None => String::new(),
    };
    if selected != quote.exact {
        c.report_at(
            "position",
            ErrorCode::EvidencePositionMismatch,
            format!(
                "code points {}..{} of the body are {}, not quote.exact {}{hint}",
                position.start,
                position.end,
                excerpt(selected),
                excerpt(&quote.exact)
            ),
        );
    } else {
        let (key, which) = if quote
            .prefix
            .as_deref()
            .is_some_and(|p| !text.get(..range.start).unwrap_or_default().ends_with(p))
        {
            ("prefix", "precede")
        } else {
            ("suffix", "follow")
        };
        c.at("quote", |c| {
            c.report_at(
                key,
                ErrorCode::EvidencePositionMismatch,
                format!(
                    "the {key} does not {which} the quote at code points {}..{}{hint}",
                    position.start, position.end
                ),
            )
        });
    }
    None
}

fn report_not_found(c: &mut Checker, body: &str, quote: &TextQuoteSelector) {
    if body.contains(quote.exact.as_str()) {
        c.report_at(
            "quote",
            ErrorCode::EvidenceNotFound,
            format!(
                "{} is in the body, but never with this prefix and suffix around it",
                excerpt(&quote.exact)
            ),
        );
    } else {
        c.at("quote", |c| {
            c.report_at(
                "exact",
                ErrorCode::EvidenceNotFound,
                format!(
                    "{} does not occur in the body{}",
                    excerpt(&quote.exact),
                    near_miss_hint(body, &quote.exact)
                ),
            )
        });
    }
}

/// Whether `haystack` contains `needle`. For the short spans of evidence a
/// plain scan beats setting up `str::contains`'s two-way searcher; long
/// ones use it, which stays linear.
fn contains_short(haystack: &str, needle: &str) -> bool {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else {
        return true;
    };
    if h.len() > 4096 {
        return haystack.contains(needle);
    }
    let last_start = match h.len().checked_sub(n.len()) {
        Some(last) => last,
        None => return false,
    };
    (0..=last_start).any(|i| h.get(i) == Some(&first) && h.get(i..i + n.len()) == Some(n))
}

/// What is wrong with a direct quote whose words are not in the body, or
/// `None` when they are. `found` are the byte ranges of the statement's
/// evidence already verified, which answer without searching the body again
/// when they contain the words.
pub(crate) fn quote_problem(text: &str, body: &Body<'_>, found: &[Range<usize>]) -> Option<String> {
    if text.is_empty() {
        return None;
    }
    let in_evidence = found
        .iter()
        .filter_map(|r| body.text().get(r.clone()))
        .any(|selected| contains_short(selected, text));
    if in_evidence || body.text().contains(text) {
        return None;
    }
    Some(format!(
        "a direct quote must stand word for word in the body, and {} does not{}",
        excerpt(text),
        near_miss_hint(body.text(), text)
    ))
}

object_serde!(TextQuoteSelector);
object_serde!(TextPositionSelector);
object_serde!(Evidence);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locate_and_find() {
        let body = "one two one three";
        let mut q = TextQuoteSelector::new("one");
        q.prefix = Some("two ".into());
        let e = Evidence::locate_in(&OffsetIndex::new(body), &q).unwrap();
        assert_eq!(e.position, Some(TextPositionSelector::new(8, 11)));
        assert_eq!(e.find_in(&OffsetIndex::new(body)), Some(8..11));
        assert_eq!(Evidence::locate(body, "four"), None);
        assert_eq!(Evidence::locate(body, ""), None);
    }

    #[test]
    fn short_contains_agrees_with_str_contains() {
        let hay = "“We highly value our strategic partnership,” remarked Lavrov";
        for needle in [
            "",
            "We",
            "partnership",
            "Lavrov",
            "Lavrovs",
            "x",
            "“We",
            "value our",
            hay,
        ] {
            assert_eq!(
                contains_short(hay, needle),
                hay.contains(needle),
                "{needle:?}"
            );
        }
        assert!(!contains_short("ab", "abc"));
    }

    #[test]
    fn overlapping_occurrences_are_found() {
        let mut q = TextQuoteSelector::new("aa");
        q.prefix = Some("a".into());
        assert_eq!(find_quote("aaa", &q), Some(1..3));
        let mut q = TextQuoteSelector::new("éé");
        q.suffix = Some("x".into());
        assert_eq!(find_quote("ééé x éééx", &q), Some(11..15));
    }

    #[test]
    fn folding_names_near_misses() {
        assert!(!near_miss_hint("Turkmenistan’s  position", "Turkmenistan's position").is_empty());
        assert!(near_miss_hint("abc", "xyz").is_empty());
    }
}

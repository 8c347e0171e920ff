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
use serde::Serialize;

use crate::read::de::model;
use crate::value::vocab::vocabulary;

mod offsets;
pub use offsets::OffsetIndex;

model! {
    /// A quote selector: the exact words, and optionally a little of the text
    /// right before (`prefix`) and after (`suffix`) them to tell one occurrence
    /// from another (W3C `TextQuoteSelector`).
    #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
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

model! {
    /// A position selector: the code points `start..end` of the body (W3C
    /// `TextPositionSelector`; `end` is exclusive).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct TextPositionSelector {
        /// The position of the first selected code point, counting from 0.
        pub start: usize,
        /// The position after the last selected code point; not before `start`
        /// and not beyond the body's length in code points (rule
        /// `invalid_position`).
        pub end: usize,
    }
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

model! {
    /// Words in the body that support a claim: a quote selector and, optionally,
    /// a position selector for the same words.
    ///
    /// With a position the validator checks the quote where the position says
    /// (a binary search and at most 64 bytes per selector, after one pass over
    /// the body); without one it
    /// searches the body for the quote (one linear search per selector). Give
    /// positions when there are many selectors on a long body.
    #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
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
        /// The text the selectors point into: the body (when absent) or the
        /// headline.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub target: Option<TextTarget>,
    }
}

impl Evidence {
    /// Evidence of `exact`, without a position (the validator searches for it).
    pub fn quote(exact: impl Into<String>) -> Self {
        Evidence {
            quote: TextQuoteSelector::new(exact),
            position: None,
            target: None,
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
            target: None,
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
            target: None,
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
pub(crate) fn quote_fits_at(body: &str, quote: &TextQuoteSelector, range: Range<usize>) -> bool {
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
pub(crate) fn find_quote(body: &str, quote: &TextQuoteSelector) -> Option<Range<usize>> {
    find_nth_quote(body, quote, 1)
}

/// The byte range of the `n`-th occurrence (counted from 1) of `quote`
/// (with its context) in `body`.
pub(crate) fn find_nth_quote(
    body: &str,
    quote: &TextQuoteSelector,
    n: usize,
) -> Option<Range<usize>> {
    find_nth_quote_from(body, quote, n, 0)
}

/// The byte range of the next occurrence of `quote` after the one at
/// `found` (occurrences may overlap).
pub(crate) fn find_next_quote(
    body: &str,
    quote: &TextQuoteSelector,
    found: &Range<usize>,
) -> Option<Range<usize>> {
    let step = body
        .get(found.start..)
        .and_then(|s| s.chars().next())
        .map_or(1, char::len_utf8);
    find_nth_quote_from(body, quote, 1, found.start + step)
}

/// The byte range of the `n`-th occurrence of `quote` starting at or
/// after byte `from`.
fn find_nth_quote_from(
    body: &str,
    quote: &TextQuoteSelector,
    n: usize,
    mut from: usize,
) -> Option<Range<usize>> {
    let mut left = n.max(1);
    let exact = quote.exact.as_str();
    if exact.is_empty() {
        return None;
    }
    // Occurrences may overlap ("aa" twice in "aaa"), so search again from
    // the character after each one rather than after its end.
    while let Some(found) = body.get(from..).and_then(|rest| rest.find(exact)) {
        let start = from + found;
        let range = start..start + exact.len();
        if quote_fits_at(body, quote, range.clone()) {
            left -= 1;
            if left == 0 {
                return Some(range);
            }
        }
        let step = body
            .get(start..)
            .and_then(|s| s.chars().next())
            .map_or(1, char::len_utf8);
        from = start + step;
    }
    None
}

vocabulary! {
    /// The text of the article that evidence points into.
    pub enum TextTarget {
        /// The body (the default, when `target` is absent).
        Body = "body",
        /// The headline.
        Headline = "headline",
    }
}

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
    fn overlapping_occurrences_are_found() {
        let mut q = TextQuoteSelector::new("aa");
        q.prefix = Some("a".into());
        assert_eq!(find_quote("aaa", &q), Some(1..3));
        let mut q = TextQuoteSelector::new("éé");
        q.suffix = Some("x".into());
        assert_eq!(find_quote("ééé x éééx", &q), Some(11..15));
    }
}

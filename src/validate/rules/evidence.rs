//! The rules of evidence: quotes that really stand in the body, positions
//! that select them, and direct quotes word for word.

use std::ops::Range;

use super::super::checker::{is_blank, Checker};
use super::super::scope::Body;
use crate::error::ErrorCode;
use crate::evidence::{
    find_quote, quote_fits_at, Evidence, OffsetIndex, TextPositionSelector, TextQuoteSelector,
};

/// The longest excerpt quoted back in a message, in characters.
const EXCERPT_MAX: usize = 60;

fn excerpt(s: &str) -> String {
    match s.char_indices().nth(EXCERPT_MAX) {
        Some((cut, _)) => format!(
            "{:?}…",
            s.get(..cut)
                .expect("char_indices gives character boundaries")
        ),
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

/// Reports the evidence's quote if it is blank; whether it is not.
pub(crate) fn quote_not_blank(c: &mut Checker, evidence: &Evidence) -> bool {
    let exact = &evidence.quote.exact;
    if is_blank(exact) {
        c.at("quote", |c| c.text("exact", exact));
        false
    } else {
        true
    }
}

/// Checks one piece of evidence against the body; the byte range it
/// selects when it is really there. Paths are relative to the evidence.
pub(crate) fn in_body(
    c: &mut Checker,
    evidence: &Evidence,
    body: &Body<'_>,
) -> Option<Range<usize>> {
    let quote = &evidence.quote;
    let Some(position) = evidence.position else {
        let found = find_quote(body.text(), quote);
        if found.is_none() {
            report_not_found(c, body.text(), quote);
        }
        return found;
    };
    let index = body.index();
    let range = position_range(c, position, index)?;
    if quote_fits_at(index.text(), quote, range.clone()) {
        return Some(range);
    }
    report_mismatch(c, quote, position, range, index);
    None
}

/// The byte range of `position`, or a report of why it has none.
fn position_range(
    c: &mut Checker,
    position: TextPositionSelector,
    index: &OffsetIndex<'_>,
) -> Option<Range<usize>> {
    if position.end < position.start {
        c.report_at(
            "position",
            ErrorCode::InvalidPosition,
            format!("end {} is before start {}", position.end, position.start),
        );
        return None;
    }
    let range = position.to_utf8_range(index);
    if range.is_none() {
        c.report_at(
            "position",
            ErrorCode::InvalidPosition,
            format!(
                "end {} is beyond the end of the body ({} code points)",
                position.end,
                index.char_len()
            ),
        );
    }
    range
}

/// Reports a position that selects other words than the quote, or where
/// the quote's prefix or suffix is not around it.
fn report_mismatch(
    c: &mut Checker,
    quote: &TextQuoteSelector,
    position: TextPositionSelector,
    range: Range<usize>,
    index: &OffsetIndex<'_>,
) {
    let text = index.text();
    let boundaries = "to_utf8_range gives character boundaries within the body";
    let before = text.get(..range.start).expect(boundaries);
    let selected = text.get(range).expect(boundaries);
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
        return;
    }
    let (key, which) = if quote
        .prefix
        .as_deref()
        .is_some_and(|p| !before.ends_with(p))
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn folding_names_near_misses() {
        assert!(!near_miss_hint("Turkmenistan’s  position", "Turkmenistan's position").is_empty());
        assert!(near_miss_hint("abc", "xyz").is_empty());
    }
}

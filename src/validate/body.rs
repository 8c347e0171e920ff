//! The body as validation sees it: its text, and what the evidence rules
//! build of it on first use.

use std::ops::Range;

use crate::model::evidence::OffsetIndex;

/// The body as validation sees it: its text and, built on first use, its
/// offset index.
pub(super) struct Body<'a> {
    text: &'a str,
    index: std::cell::OnceCell<OffsetIndex<'a>>,
    collapsed: std::cell::OnceCell<String>,
}

impl<'a> Body<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Body {
            text,
            index: std::cell::OnceCell::new(),
            collapsed: std::cell::OnceCell::new(),
        }
    }

    pub(super) fn text(&self) -> &'a str {
        self.text
    }

    pub(super) fn index(&self) -> &OffsetIndex<'a> {
        self.index.get_or_init(|| OffsetIndex::new(self.text))
    }

    /// The text with every run of white space made one space (built on
    /// first use), to find quotes in.
    pub(super) fn collapsed(&self) -> &str {
        self.collapsed.get_or_init(|| collapse_space(self.text))
    }
}

/// `text` with every run of white space made one space: how quotes are
/// compared with the body, so that line breaks and joined paragraphs of a
/// scraped body do not hide a real quote.
pub(crate) fn collapse_space(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

/// Where `needle` stands in `text`, first to last (overlapping places
/// too): each place of its first character, found by a byte search, is
/// compared. At most the product of the lengths, for short texts and
/// needles; none for an empty needle.
pub(super) fn places_of<'t>(text: &'t str, needle: &'t str) -> impl Iterator<Item = usize> + 't {
    let lead = needle.chars().next();
    let mut from = 0;
    std::iter::from_fn(move || {
        let lead = lead?;
        loop {
            let at = from + text.get(from..)?.find(lead)?;
            from = at + lead.len_utf8();
            if text.get(at..).is_some_and(|rest| rest.starts_with(needle)) {
                return Some(at);
            }
        }
    })
}

/// The sentence of `text` around the byte range `range`: from after the
/// last full stop, question or exclamation mark followed by white space
/// (or line break) before it, to the first after it (or the range's own
/// last one).
pub(super) fn sentence_around<'t>(text: &'t str, range: &Range<usize>) -> Option<&'t str> {
    let ends = |c: char| matches!(c, '.' | '!' | '?');
    let before = text.get(..range.start)?;
    let start = before
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            c == '\n'
                || (ends(c)
                    && before
                        .get(i + 1..)
                        .is_some_and(|r| r.starts_with(char::is_whitespace)))
        })
        .map_or(0, |(i, c)| i + c.len_utf8());
    let selected = text.get(range.clone())?;
    let end = if selected.trim_end().ends_with(ends) {
        range.end
    } else {
        let after = text.get(range.end..)?;
        after
            .char_indices()
            .find(|&(i, c)| {
                c == '\n'
                    || (ends(c)
                        && after
                            .get(i + 1..)
                            .is_none_or(|r| r.is_empty() || r.starts_with(char::is_whitespace)))
            })
            .map_or(text.len(), |(i, c)| {
                range.end + i + if c == '\n' { 0 } else { 1 }
            })
    };
    text.get(start..end).map(str::trim)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_around_a_range() {
        let text = "First one. The President looks forward to returning later. Last!";
        let at = text.find("returning").unwrap();
        assert_eq!(
            sentence_around(text, &(at..at + 9)),
            Some("The President looks forward to returning later.")
        );
        let whole = text.find("The").unwrap()..text.find(" Last").unwrap();
        assert_eq!(
            sentence_around(text, &whole),
            Some("The President looks forward to returning later.")
        );
        assert_eq!(sentence_around("a\nb c\nd", &(2..3)), Some("b c"));
    }

    #[test]
    fn places_of_a_needle() {
        let places = |text: &str, needle: &str| places_of(text, needle).collect::<Vec<_>>();
        assert_eq!(places("a.. ...a....", "..."), [4, 8, 9]);
        assert_eq!(places("«Да», да, «да»", "да"), [10, 18]);
        assert_eq!(places("abc", ""), Vec::<usize>::new());
        assert_eq!(places("ab", "abc"), Vec::<usize>::new());
    }
}

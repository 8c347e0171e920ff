//! The body as validation sees it: its text, and what the evidence rules
//! build of it on first use.

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

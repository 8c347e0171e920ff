//! The rules of evidence: quotes that really stand in the body, positions
//! that select them, and direct quotes word for word.

use std::ops::Range;

use super::super::checker::{is_blank, Checker};
use crate::error::ErrorCode;
use crate::model::evidence::{
    find_next_quote, find_quote, quote_fits_at, Evidence, OffsetIndex, TextPositionSelector,
    TextQuoteSelector,
};
use crate::model::statement::{Statement, StatementMode};
use crate::validate::body::{collapse_space, places_of, Body};
use crate::validate::scope::Grounds;

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

#[cfg(test)]
/// Words that ground nothing on their own: function words and the verbs
/// that report speech.
const EMPTY_WORDS: &[&str] = &[
    "a",
    "about",
    "after",
    "against",
    "also",
    "an",
    "and",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    "but",
    "by",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "his",
    "i",
    "in",
    "is",
    "it",
    "its",
    "of",
    "on",
    "or",
    "our",
    "she",
    "that",
    "the",
    "their",
    "them",
    "they",
    "this",
    "to",
    "was",
    "we",
    "were",
    "which",
    "who",
    "will",
    "with",
    "would",
    "you",
    // Reporting verbs.
    "add",
    "added",
    "adds",
    "announce",
    "announced",
    "announces",
    "note",
    "noted",
    "notes",
    "said",
    "say",
    "says",
    "state",
    "stated",
    "states",
    "tell",
    "tells",
    "told",
];

/// Whether `word` is one of [`EMPTY_WORDS`], in any case of its letters
/// (a `match`, which the compiler makes a search by length and bytes).
fn is_empty_word(word: &str) -> bool {
    const LONGEST: usize = 9;
    if word.len() > LONGEST {
        return false;
    }
    let mut lower = [0u8; LONGEST];
    let Some(lower) = lower.get_mut(..word.len()) else {
        return false;
    };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    matches!(
        &*lower,
        b"a" | b"about"
            | b"add"
            | b"added"
            | b"adds"
            | b"after"
            | b"against"
            | b"also"
            | b"an"
            | b"and"
            | b"announce"
            | b"announced"
            | b"announces"
            | b"are"
            | b"as"
            | b"at"
            | b"be"
            | b"been"
            | b"before"
            | b"but"
            | b"by"
            | b"for"
            | b"from"
            | b"had"
            | b"has"
            | b"have"
            | b"he"
            | b"her"
            | b"his"
            | b"i"
            | b"in"
            | b"is"
            | b"it"
            | b"its"
            | b"note"
            | b"noted"
            | b"notes"
            | b"of"
            | b"on"
            | b"or"
            | b"our"
            | b"said"
            | b"say"
            | b"says"
            | b"she"
            | b"state"
            | b"stated"
            | b"states"
            | b"tell"
            | b"tells"
            | b"that"
            | b"the"
            | b"their"
            | b"them"
            | b"they"
            | b"this"
            | b"to"
            | b"told"
            | b"was"
            | b"we"
            | b"were"
            | b"which"
            | b"who"
            | b"will"
            | b"with"
            | b"would"
            | b"you"
    )
}

/// Whether every word of `text` is an empty word (or it has none): one
/// pass that stops at the first other word; a word with a letter outside
/// ASCII is another word.
fn is_weak(text: &str) -> bool {
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_ascii_alphanumeric() {
            start.get_or_insert(i);
            continue;
        }
        // General Punctuation (curly quotation marks, dashes) is no letter;
        // telling it first spares the Unicode tables.
        if !c.is_ascii() && !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric() {
            return false;
        }
        if let Some(s) = start.take() {
            if !text.get(s..i).is_some_and(is_empty_word) {
                return false;
            }
        }
    }
    start.is_none_or(|s| text.get(s..).is_some_and(is_empty_word))
}

/// Reports evidence whose words are all function words or reporting verbs
/// (or that has no word at all): it grounds nothing.
pub(crate) fn not_weak(c: &mut Checker, evidence: &Evidence) {
    let exact = &evidence.quote.exact;
    if is_weak(exact) {
        c.at("quote", |c| {
            c.report_at(
                "exact",
                ErrorCode::WeakEvidence,
                format!(
                    "{} grounds nothing: it has no word but function words and reporting verbs; quote the words that say what it reports",
                    excerpt(exact)
                ),
            )
        });
    }
}

/// Checks one piece of evidence against the body; the byte range it
/// selects when it is really there. Paths are relative to the evidence.
pub(crate) fn in_body(
    c: &mut Checker,
    evidence: &Evidence,
    body: &Body<'_>,
    grounds: Grounds,
) -> Option<Range<usize>> {
    let quote = &evidence.quote;
    let Some(position) = evidence.position else {
        let found = find_quote(body.text(), quote);
        match &found {
            None => report_not_found(c, body.text(), quote),
            Some(first) if grounds == Grounds::Claim => {
                if find_next_quote(body.text(), quote, first).is_some() {
                    c.report_at(
                        "quote",
                        ErrorCode::AmbiguousEvidence,
                        format!(
                            "{} occurs more than once with this prefix and suffix; give a position, or a prefix or suffix that tells the occurrence",
                            excerpt(&quote.exact)
                        ),
                    );
                }
            }
            Some(_) => {}
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

/// Reports at `quote` evidence found at `range` of `text` that starts or
/// ends inside a word (`evidence_cuts_word`).
pub(crate) fn whole_words(c: &mut Checker, text: &str, range: &Range<usize>) {
    let inside = text.get(range.clone()).unwrap_or_default();
    let letter = |ch: Option<char>| ch.is_some_and(char::is_alphanumeric);
    let before = text.get(..range.start).and_then(|t| t.chars().next_back());
    let after = text.get(range.end..).and_then(|t| t.chars().next());
    let starts = letter(before) && letter(inside.chars().next());
    let ends = letter(inside.chars().next_back()) && letter(after);
    if starts || ends {
        c.report_at(
            "quote",
            ErrorCode::EvidenceCutsWord,
            format!(
                "{} {} inside a word of the text",
                excerpt(inside),
                match (starts, ends) {
                    (true, true) => "starts and ends",
                    (true, false) => "starts",
                    _ => "ends",
                }
            ),
        );
    }
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

/// The pieces of a direct quote to find in the body, in order: its
/// `pieces` (or its `text`), each split further where an editorial
/// insertion in square brackets or an ellipsis (`…` or `...`) stands.
fn segments(s: &Statement) -> Vec<&str> {
    let parts: Vec<&str> = if s.pieces.is_empty() {
        vec![s.text.as_str()]
    } else {
        s.pieces.iter().map(String::as_str).collect()
    };
    let mut out = Vec::new();
    for part in parts {
        let mut rest = part;
        loop {
            let bracket = rest.find('[');
            let ellipsis = [rest.find('…'), find_short(rest, "...")]
                .into_iter()
                .flatten()
                .min();
            let cut = match (bracket, ellipsis) {
                (Some(b), Some(e)) => b.min(e),
                (Some(b), None) => b,
                (None, Some(e)) => e,
                (None, None) => {
                    out.push(rest);
                    break;
                }
            };
            let (before, after) = rest.split_at(cut);
            out.push(before);
            rest = if after.starts_with('[') {
                match after.find(']') {
                    Some(close) => after.get(close + 1..).expect("']' is ASCII"),
                    None => "",
                }
            } else if let Some(after) = after.strip_prefix('…') {
                after
            } else {
                after.trim_start_matches('.')
            };
        }
    }
    out.into_iter()
        .map(|piece| piece.trim_matches(|c: char| c.is_whitespace()))
        .filter(|piece| !piece.is_empty())
        .collect()
}

/// Whether `haystack` holds the `segments` in order, exactly or with white
/// space collapsed on both sides.
fn holds_in_order(haystack: &str, segments: &[&str], collapsed: Option<&str>) -> bool {
    if in_order(haystack, segments.iter().copied()) {
        return true;
    }
    let owned;
    let hay = match collapsed {
        Some(hay) => hay,
        None => {
            owned = collapse_space(haystack);
            &owned
        }
    };
    let pieces: Vec<String> = segments.iter().map(|s| collapse_space(s)).collect();
    in_order(hay, pieces.iter().map(String::as_str))
}

/// Whether `hay` holds the `pieces` one after another.
fn in_order<'a>(hay: &str, pieces: impl Iterator<Item = &'a str>) -> bool {
    let mut from = 0;
    for piece in pieces {
        let rest = hay
            .get(from..)
            .expect("`from` is the end of a match in `hay`, a character boundary");
        // A search by first character costs at most the product of the
        // lengths; past these the two-way searcher's linear time is safer.
        let found = if rest.len() > 4096 || piece.len() > 256 {
            rest.find(piece)
        } else {
            find_short(rest, piece)
        };
        match found {
            Some(at) => from += at + piece.len(),
            None => return false,
        }
    }
    true
}

/// The byte offset of `needle` in `haystack`: a search by its first
/// character ([`places_of`]), which beats setting up `str::find`'s
/// searcher for the short spans of evidence.
fn find_short(haystack: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    places_of(haystack, needle).next()
}

/// What is wrong with a direct quote, or `None` when nothing is: its words
/// must stand in the body (`quote_not_in_body`) and, when it has evidence
/// that was found, inside that evidence (`quote_outside_evidence`).
/// `found` are the byte ranges its evidence selects; they answer without
/// searching the body when they hold the words.
pub(crate) fn quote_problem(
    s: &Statement,
    body: &Body<'_>,
    found: &[Range<usize>],
) -> Option<(ErrorCode, String)> {
    if !s.pieces.is_empty() && collapse_space(&s.pieces.join(" ")) != collapse_space(&s.text) {
        return Some((
            ErrorCode::QuoteNotInBody,
            format!(
                "the text of a quote given in pieces is its pieces joined by spaces, and {} is not",
                excerpt(&s.text)
            ),
        ));
    }
    let segments = segments(s);
    if segments.is_empty() {
        return None;
    }
    let text = body.text();
    let selections: Vec<&str> = found.iter().filter_map(|r| text.get(r.clone())).collect();
    // The quote lies in one piece of evidence, or each of its segments in
    // one (a quote over two paragraphs, with evidence for each).
    let in_evidence = selections
        .iter()
        .any(|selected| holds_in_order(selected, &segments, None))
        || segments.iter().all(|segment| {
            selections
                .iter()
                .any(|selected| holds_in_order(selected, &[segment], None))
        });
    if in_evidence {
        return marks_problem(s, text, &segments, found);
    }
    if !holds_in_order(text, &segments, Some(body.collapsed())) {
        return Some((
            ErrorCode::QuoteNotInBody,
            format!(
                "a direct quote must stand word for word in the body, and {} does not{}",
                excerpt(&s.text),
                near_miss_hint(text, &s.text)
            ),
        ));
    }
    if found.is_empty() {
        return marks_problem(s, text, &segments, found);
    }
    Some((
        ErrorCode::QuoteOutsideEvidence,
        format!(
            "{} is in the body, but not inside this statement's evidence",
            excerpt(&s.text)
        ),
    ))
}

/// What is wrong with an assessment's judging words, or `None` when
/// nothing is: like a direct quote's, they must stand in the body
/// (`quote_not_in_body`) and, when its evidence was found, inside that
/// evidence (`quote_outside_evidence`); runs of white space match any white
/// space. Blank words are `blank_text`'s, not checked here.
pub(crate) fn judging_words_problem(
    words: &str,
    body: &Body<'_>,
    found: &[Range<usize>],
) -> Option<(ErrorCode, String)> {
    verbatim_problem(
        words,
        body,
        found,
        (
            "an assessment's words are the article's, as written,",
            "assessment",
        ),
    )
}

/// What is wrong with words a paraphrase quotes (`quoted`), or `None` when
/// nothing is: the checks of an assessment's judging words
/// ([`judging_words_problem`]), with the statement's evidence.
pub(crate) fn quoted_words_problem(
    words: &str,
    body: &Body<'_>,
    found: &[Range<usize>],
) -> Option<(ErrorCode, String)> {
    verbatim_problem(
        words,
        body,
        found,
        (
            "words a paraphrase quotes are the speaker's, as written,",
            "statement",
        ),
    )
}

/// Words that must stand in the body as written and inside the evidence
/// found; `what` says what they are and whose evidence it is, for the
/// messages.
fn verbatim_problem(
    words: &str,
    body: &Body<'_>,
    found: &[Range<usize>],
    (what, owner): (&str, &str),
) -> Option<(ErrorCode, String)> {
    if words.trim().is_empty() {
        return None;
    }
    let text = body.text();
    let in_evidence = found
        .iter()
        .filter_map(|r| text.get(r.clone()))
        .any(|selected| holds_in_order(selected, &[words], None));
    if in_evidence {
        return None;
    }
    if !holds_in_order(text, &[words], Some(body.collapsed())) {
        return Some((
            ErrorCode::QuoteNotInBody,
            format!(
                "{what} and {} is not in the body{}",
                excerpt(words),
                near_miss_hint(text, words)
            ),
        ));
    }
    if found.is_empty() {
        return None;
    }
    Some((
        ErrorCode::QuoteOutsideEvidence,
        format!(
            "{} is in the body, but not inside this {owner}'s evidence",
            excerpt(words)
        ),
    ))
}

/// The most occurrences of a segment looked at for quotation marks.
const OCCURRENCES_MAX: usize = 16;

/// A direct quote whose segments do not all stand inside quotation marks
/// (or as a block after a colon) in the body: narration taken for a quote.
fn marks_problem(
    s: &Statement,
    body: &str,
    segments: &[&str],
    found: &[Range<usize>],
) -> Option<(ErrorCode, String)> {
    if !matches!(s.mode, StatementMode::DirectQuote) {
        return None;
    }
    // Where the last segment judged quoted ends: a segment right after it
    // (with only white space between, as in a block quote over two
    // paragraphs) goes on with the same quote.
    let mut after = None;
    let unquoted =
        segments.iter().find(
            |segment| match segment_quoted(body, segment, found, after) {
                Quoted::Yes(end) => {
                    after = Some(end);
                    false
                }
                Quoted::NotJudged => {
                    after = None;
                    false
                }
                Quoted::No => true,
            },
        )?;
    Some((
        ErrorCode::QuoteWithoutMarks,
        format!(
            "a direct quote stands inside quotation marks (or as a block after a colon), and {} does not: is it the reporter's words?",
            excerpt(unquoted)
        ),
    ))
}

/// Whether a segment of a direct quote stands inside quotation marks.
enum Quoted {
    /// It does, at an occurrence that ends at this byte.
    Yes(usize),
    /// It does not.
    No,
    /// It cannot be found as it is (only with its white space collapsed),
    /// so it is not judged.
    NotJudged,
}

/// Whether some occurrence of `segment` in `body` stands inside quotation
/// marks, after a colon, or right after the end of the segment before it
/// (`after`); only the occurrences inside the evidence (`found`) count
/// when some are.
fn segment_quoted(
    body: &str,
    segment: &str,
    found: &[Range<usize>],
    after: Option<usize>,
) -> Quoted {
    // The occurrences inside the evidence, found without searching the
    // whole body; the body's own only when the statement has no evidence.
    let mut candidates = Vec::new();
    if found.is_empty() {
        occurrences(body, segment, 0..body.len(), &mut candidates);
    }
    for range in found {
        occurrences(body, segment, range.clone(), &mut candidates);
    }
    if candidates.is_empty() {
        return Quoted::NotJudged;
    }
    let continues = |i: usize| {
        after.is_some_and(|end| {
            end <= i && body.get(end..i).is_some_and(|gap| gap.trim().is_empty())
        })
    };
    candidates
        .into_iter()
        .find(|&(i, _)| segment.starts_with(is_opening_mark) || continues(i) || quoted_at(body, i))
        .map_or(Quoted::No, |(_, end)| Quoted::Yes(end))
}

/// Adds to `out` where `segment` stands within `range` of `body` (its
/// start and end, at most [`OCCURRENCES_MAX`] in all): looked for by its
/// first word, then matched with runs of white space equal to each other,
/// as quotes are compared.
fn occurrences(body: &str, segment: &str, range: Range<usize>, out: &mut Vec<(usize, usize)>) {
    let Some(within) = body.get(range.clone()) else {
        return;
    };
    let first = segment.split(char::is_whitespace).next().unwrap_or(segment);
    if first.is_empty() {
        return;
    }
    let Some(lead) = first.chars().next() else {
        return;
    };
    let mut from = 0;
    while out.len() < OCCURRENCES_MAX {
        // A search for one character is a memchr.
        let Some(i) = within.get(from..).and_then(|rest| rest.find(lead)) else {
            break;
        };
        let start = from + i;
        let rest = within.get(start..).unwrap_or_default();
        let len = if rest.starts_with(segment) {
            Some(segment.len())
        } else if rest.starts_with(first) {
            matched_len(rest, segment)
        } else {
            None
        };
        if let Some(len) = len {
            out.push((range.start + start, range.start + start + len));
        }
        from = start + lead.len_utf8();
    }
}

/// How many bytes at the start of `hay` hold `segment`, a run of white
/// space in one matching any run in the other.
fn matched_len(hay: &str, segment: &str) -> Option<usize> {
    let mut h = hay.char_indices().peekable();
    let mut s = segment.chars().peekable();
    while let Some(c) = s.next() {
        let (_, got) = h.next()?;
        if c.is_whitespace() {
            if !got.is_whitespace() {
                return None;
            }
            while s.next_if(|c| c.is_whitespace()).is_some() {}
            while h.next_if(|(_, c)| c.is_whitespace()).is_some() {}
        } else if got != c {
            return None;
        }
    }
    Some(h.peek().map_or(hay.len(), |&(at, _)| at))
}

fn is_opening_mark(c: char) -> bool {
    matches!(c, '“' | '«' | '„' | '‘' | '"' | '\'' | '「' | '『' | '‹')
}

/// Whether byte `at` of `body` stands inside quotation marks opened in its
/// paragraph, or after a colon (a block quote: "said:").
fn quoted_at(body: &str, at: usize) -> bool {
    let Some(before_all) = body.get(..at) else {
        return false;
    };
    if before_all.trim_end().ends_with(':') {
        return true;
    }
    let paragraph = before_all.rfind('\n').map_or(0, |i| i + 1);
    let before = before_all.get(paragraph..).unwrap_or(before_all);
    inside_marks(body, at, before) || in_block_quote(before_all, paragraph, before)
}

/// Whether byte `at` of `body` stands inside quotation marks opened in
/// `before`, the text of its paragraph before it.
fn inside_marks(body: &str, at: usize, before: &str) -> bool {
    // Most often the nearest mark before the words decides, and is near.
    let nearest = before.char_indices().rev().find(|(_, c)| {
        matches!(
            c,
            '“' | '«'
                | '„'
                | '「'
                | '『'
                | '‹'
                | '”'
                | '»'
                | '」'
                | '』'
                | '›'
                | '"'
                | '‘'
                | '\''
        )
    });
    match nearest {
        None => return false,
        Some((_, '“' | '„' | '「' | '『' | '‘')) => return true,
        // A guillemet may point either way: « after a space or at the
        // start opens (the common case, told at once); after a word it
        // may close (»…«): read the paragraph.
        Some((i, '«' | '‹'))
            if !before
                .get(..i)
                .and_then(|b| b.chars().next_back())
                .is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | ',' | '!' | '?')) =>
        {
            return true
        }
        // A closing mark, a straight mark or an apostrophe: read the
        // paragraph from its start.
        Some(_) => {}
    }
    let (mut double, mut single) = (false, false);
    let mut previous = ' ';
    // After the last character before `at` comes the first at `at`.
    let first_at = body.get(at..).and_then(|a| a.chars().next()).unwrap_or(' ');
    let mut chars = before.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied().unwrap_or(first_at);
        match c {
            // Guillemets point either way: »…« (German, Danish, and a
            // reversed mark in Russian copy) opens with » before a word
            // and closes with « after one.
            '»' | '›' if !double && !previous.is_alphanumeric() && next.is_alphanumeric() => {
                double = true;
            }
            '«' | '‹' if double && !next.is_alphanumeric() && previous != ' ' => double = false,
            '“' | '«' | '„' | '「' | '『' | '‹' => double = true,
            '”' | '»' | '」' | '』' | '›' => double = false,
            '"' => double = !double,
            '‘' => single = true,
            // An apostrophe inside a word ("Turkmenistan’s") is no mark.
            '’' | '\'' if single && !next.is_alphanumeric() => single = false,
            '\'' if !previous.is_alphanumeric() => single = true,
            _ => {}
        }
        previous = c;
    }
    double || single
}

/// Whether the text before a position, `before` in its paragraph (which
/// starts at byte `paragraph` of `before_all`), is a later sentence of a
/// block quote: in the paragraph right after one that ends with a colon
/// ("said:"), or after a colon earlier in its own paragraph with no
/// quotation mark since ("He said: We will come. We will stay.").
fn in_block_quote(before_all: &str, paragraph: usize, before: &str) -> bool {
    let previous = before_all
        .get(..paragraph)
        .unwrap_or_default()
        .trim_end_matches(char::is_whitespace);
    if paragraph > 0 && previous.ends_with(':') {
        return true;
    }
    before.rfind(": ").is_some_and(|colon| {
        !before
            .get(colon..)
            .unwrap_or_default()
            .contains(|c: char| is_opening_mark(c) || matches!(c, '”' | '»' | '」' | '』' | '›'))
    })
}

/// The longest stem of a word compared by [`unrelated`], in characters.
const STEM: usize = 6;

/// How many of a text's first content words are looked for in its
/// evidence in one pass, before the rest.
const FIRST_STEMS: usize = 4;

/// The stem of a content word: its first [`STEM`] characters in lower
/// case, and how many there are (4 or more).
#[derive(Clone, Copy, Default)]
struct Stem {
    chars: [char; STEM],
    len: usize,
}

/// `c` in lower case: ASCII at once, other letters by their first
/// lower-case character.
fn lower(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

impl Stem {
    /// The stem of `word`, if it is a content word: four characters or
    /// more, not all digits, not an empty word ([`is_empty_word`]).
    fn of(word: &str) -> Option<Stem> {
        // Fewer than four bytes is fewer than four characters.
        if word.len() < 4 || word.bytes().all(|b| b.is_ascii_digit()) || is_empty_word(word) {
            return None;
        }
        let mut stem = Stem::default();
        let mut count = 0;
        for c in word.chars() {
            count += 1;
            if let Some(slot) = stem.chars.get_mut(stem.len) {
                *slot = lower(c);
                stem.len += 1;
            } else if count >= 4 {
                break;
            }
        }
        (count >= 4).then_some(stem)
    }

    /// Whether one stem begins the other: "fund" and "fundin(g)",
    /// "cooper(ate)" and "cooper(ation)".
    fn meets(&self, other: &Stem) -> bool {
        let n = self.len.min(other.len);
        self.chars.get(..n) == other.chars.get(..n)
    }

    /// The stem's first character.
    fn first(&self) -> char {
        let [first, ..] = self.chars;
        first
    }

    /// Whether the stem has a letter outside ASCII (another script).
    fn beyond_ascii(&self) -> bool {
        self.chars.iter().take(self.len).any(|c| !c.is_ascii())
    }
}

/// Whether `a` and `b` share a content word, compared by stem as
/// [`unrelated`] compares them ("chair" and "chairmanship").
pub(crate) fn share_a_stem(a: &str, b: &str) -> bool {
    words(a)
        .filter_map(Stem::of)
        .any(|own| words(b).filter_map(Stem::of).any(|other| own.meets(&other)))
}

/// The words of `text`: runs of letters and digits.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The scripts a pass over evidence saw among its content words.
#[derive(Default)]
struct Scripts {
    ascii: bool,
    other: bool,
}

/// Whether a content word of `evidence` meets one of `stems`; the
/// scripts of the words passed are noted in `seen`. A word whose first
/// letter begins no stem is passed without its stem being made.
fn meets_any(evidence: &[Evidence], stems: &[Stem], seen: &mut Scripts) -> bool {
    for e in evidence {
        for word in words(&e.quote.exact) {
            let Some(first) = word.chars().next().map(lower) else {
                continue;
            };
            if word.len() >= 4 && first.is_alphabetic() {
                if first.is_ascii() {
                    seen.ascii = true;
                } else {
                    seen.other = true;
                }
            }
            if !stems.iter().any(|s| s.first() == first) {
                continue;
            }
            if let Some(stem) = Stem::of(word) {
                if stems.iter().any(|own| own.meets(&stem)) {
                    return true;
                }
            }
        }
    }
    false
}

/// Reports at `evidence` a claim none of whose evidence holds a content
/// word of its own `text` (its statement's words, its commitment's action,
/// its event's description): words of four letters or more, other than
/// the empty words of [`is_empty_word`], compared by their first six
/// letters, one stem beginning the other ("fund", "funding"). Evidence
/// that shares none is another claim's sentence, or a span moved off its
/// claim. Silent when the text has no content word, or when the text and
/// the evidence share no script (a claim written in English on Russian
/// evidence). Blind to evidence that shares a name or a topic word with
/// the claim while reporting another claim, which an article on one topic
/// does all the time; and a paraphrase in other words than its evidence's
/// is taken for unrelated evidence.
///
/// The text's first few content words are looked for first, as written,
/// then in one pass over the evidence that makes stems only of words that
/// begin like one of them; most claims end there.
pub(crate) fn unrelated(c: &mut Checker, field: &str, text: &str, evidence: &[Evidence]) {
    if evidence.is_empty() {
        return;
    }
    let mut own = words(text).filter_map(|w| Some((w, Stem::of(w)?)));
    let mut first = [Stem::default(); FIRST_STEMS];
    let mut n = 0;
    for (slot, (word, stem)) in first.iter_mut().zip(own.by_ref()) {
        // Most claims share their first content words with their evidence
        // as written: a plain search of the stem's characters finds them.
        let end = word.char_indices().nth(STEM).map_or(word.len(), |(i, _)| i);
        let written = word.get(..end).unwrap_or(word);
        if evidence.iter().any(|e| e.quote.exact.contains(written)) {
            return;
        }
        *slot = stem;
        n += 1;
    }
    let own = own.map(|(_, stem)| stem);
    let Some(first) = first.get(..n).filter(|f| !f.is_empty()) else {
        return;
    };
    let mut seen = Scripts::default();
    if meets_any(evidence, first, &mut seen) {
        return;
    }
    let rest: Vec<Stem> = own.collect();
    if !rest.is_empty() && meets_any(evidence, &rest, &mut Scripts::default()) {
        return;
    }
    let common_script = first.iter().chain(&rest).any(|s| {
        if s.beyond_ascii() {
            seen.other
        } else {
            seen.ascii
        }
    });
    if common_script {
        c.report_at(
            "evidence",
            ErrorCode::UnrelatedEvidence,
            format!(
                "no word of the {field} ({}) stands in its evidence: is it another claim's sentence?",
                excerpt(text)
            ),
        );
    }
}

#[cfg(test)]
mod quote_tests {
    use super::*;

    #[test]
    fn quotation_marks_are_read_by_paragraph() {
        let quoted = |body: &str, segment: &str| {
            let at = body.find(segment).unwrap();
            quoted_at(body, at)
        };
        assert!(quoted("He said: “We will come.”", "We will"));
        assert!(quoted("“We will come,” he said.", "will come"));
        assert!(quoted("\"We will come,\" he said.", "We will"));
        assert!(quoted("He said ‘we will come’.", "we will"));
        assert!(quoted("He said 'we will come'.", "we will"));
        assert!(quoted("« Nous viendrons », dit-il.", "Nous"));
        // Guillemets pointing the other way: German »…«, and a reversed
        // opening mark in Russian copy.
        assert!(quoted("Er sagte: »Wir kommen«, und ging.", "Wir kommen"));
        assert!(quoted(
            "Песков.»Пока его в графике нет», — сказал он.",
            "Пока его"
        ));
        assert!(!quoted(
            "»Wir kommen«, sagte er. Dann ging er.",
            "Dann ging"
        ));
        // A block quote after a colon, even a paragraph below, and its
        // later sentences.
        assert!(quoted("The minister said:\n\nWe will come.", "We will"));
        assert!(quoted(
            "The minister said:\n\nWe will come. We will stay a week.",
            "We will stay"
        ));
        assert!(quoted(
            "The minister said: We will come. We will stay a week.",
            "We will stay"
        ));
        // Not after the quote's paragraph, nor after a closed quote.
        assert!(!quoted(
            "The minister said:\n\nWe will come.\n\nThe sides agreed to meet.",
            "The sides agreed"
        ));
        assert!(!quoted(
            "He said: “We will come.” The sides agreed to meet.",
            "The sides agreed"
        ));
        // Narration, after a closed quote, an apostrophe or a new paragraph.
        assert!(!quoted("The sides agreed to meet.", "agreed to meet"));
        assert!(!quoted(
            "“Yes,” he said. The sides agreed to meet.",
            "agreed to meet"
        ));
        assert!(!quoted(
            "Turkmenistan’s minister agreed to meet.",
            "agreed to meet"
        ));
        assert!(!quoted(
            "“We will come.\nThe sides agreed to meet.",
            "agreed to meet"
        ));
    }

    #[test]
    fn segments_match_across_runs_of_white_space() {
        assert_eq!(
            matched_len("we  will\ncome, he said", "we will come"),
            Some("we  will\ncome".len())
        );
        assert_eq!(matched_len("we will", "we will come"), None);
        assert_eq!(matched_len("we wil come", "we will"), None);
        let body = "He said: \u{201c}We will\n come.\u{201d} The sides will\nmeet.";
        let mut at = Vec::new();
        occurrences(body, "We will come.", 0..body.len(), &mut at);
        assert_eq!(at.len(), 1);
        assert!(matches!(
            segment_quoted(body, "We will come.", &[], None),
            Quoted::Yes(_)
        ));
        assert!(matches!(
            segment_quoted(body, "The sides will meet.", &[], None),
            Quoted::No
        ));
    }

    #[test]
    fn the_list_of_empty_words_is_what_is_matched() {
        for w in EMPTY_WORDS {
            assert!(
                w.len() <= 9 && w.bytes().all(|b| b.is_ascii_lowercase()),
                "{w}"
            );
            assert!(is_empty_word(w) && is_empty_word(&w.to_uppercase()), "{w}");
        }
        for w in ["cooperation", "Lavrov", "EU", "sai", "saidx", ""] {
            assert!(!is_empty_word(w), "{w}");
        }
    }

    #[test]
    fn unrelated_evidence_shares_no_stem() {
        let unrelated = |text: &str, exact: &str| {
            let mut c = Checker::new();
            super::unrelated(&mut c, "action", text, &[Evidence::quote(exact)]);
            c.finish().is_err()
        };
        assert!(!unrelated("fund the school", "funding for a school"));
        assert!(!unrelated("strengthen cooperation", "they will cooperate"));
        assert!(unrelated(
            "open a university",
            "Lavrov and Meredov held talks"
        ));
        // Function words and short words share nothing.
        assert!(unrelated("visit with them", "talks that were held"));
        // No content word, or no script in common: silent.
        assert!(!unrelated("go to it", "Lavrov held talks"));
        assert!(!unrelated("open a university", "Лавров провёл переговоры"));
    }

    #[test]
    fn weak_evidence_is_only_function_words() {
        let weak = |exact: &str| {
            let mut c = Checker::new();
            not_weak(&mut c, &Evidence::quote(exact));
            c.finish().is_err()
        };
        assert!(weak("the"));
        assert!(weak("He said"));
        assert!(weak(", ”"));
        assert!(weak("To the"));
        assert!(!weak("EU"));
        assert!(!weak("held talks"));
        assert!(!weak("said the talks were productive"));
    }

    #[test]
    fn quotes_split_at_insertions_and_ellipses() {
        let mut s = crate::Statement::new(
            crate::Id::new("s").unwrap(),
            crate::Id::new("p").unwrap(),
            crate::StatementMode::DirectQuote,
            crate::SpeechAct::Said,
            "We [Russia] will … attend ... the meeting",
        );
        assert_eq!(segments(&s), ["We", "will", "attend", "the meeting"]);
        s.pieces = vec!["Unfortunately,".into(), "we must [now] reschedule.".into()];
        assert_eq!(segments(&s), ["Unfortunately,", "we must", "reschedule."]);
    }

    #[test]
    fn white_space_runs_match_each_other() {
        assert_eq!(collapse_space("a \n\t b\u{a0}c"), "a b c");
        assert!(holds_in_order(
            "one\n\ntwo three",
            &["one two", "three"],
            None
        ));
        assert!(!holds_in_order(
            "three one two",
            &["one two", "three"],
            None
        ));
        assert!(!holds_in_order("one, two", &["one two"], None));
    }
}

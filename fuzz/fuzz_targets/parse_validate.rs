//! Fuzz target: `Article::from_json_slice` (parse + validate) on arbitrary
//! bytes, then the invariants every outcome must satisfy; the same bytes,
//! when they are JSON, go to the ninjs import, and every accepted article
//! through the exports.
//!
//! Panics only when an invariant is broken (a library bug), never because
//! the input is bad: bad input must come back as an `Err`.

#![no_main]

use std::collections::{HashMap, HashSet};

use libfuzzer_sys::fuzz_target;
use structured_news::{
    interop, Article, Error, ErrorCode, Evidence, Lints, OffsetIndex, PlaceKind, Stage,
    StatementMode, TextTarget, Validate,
};

fuzz_target!(|data: &[u8]| {
    // Any JSON value: a ninjs import gives an article or an error.
    if let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) {
        if let Ok(article) = interop::from_ninjs(&value) {
            check_article(&article);
        }
    }
    let result = Article::from_json_slice_with(data, &Lints::new());
    // Reading without validation must agree with reading and validating:
    // `from_json_slice` is the plain serde reader plus `validate()`.
    let unvalidated = serde_json::from_slice::<Article>(data);
    match result {
        Ok((article, warnings)) => {
            let Ok(plain) = unvalidated else {
                panic!("from_json_slice accepted what serde_json::from_slice::<Article> refuses");
            };
            assert_eq!(plain, article, "the two readers read different articles");
            // What reading accepted with warnings, validate() reports as
            // those warnings, and nothing else.
            let reported = article
                .validate()
                .err()
                .map(|p| p.into_vec())
                .unwrap_or_default();
            assert_eq!(
                reported, warnings,
                "reading and validate() disagree on the warnings"
            );
            assert!(
                warnings.iter().all(|w| !w.is_error()),
                "an accepted article has an error"
            );
            check_article(&article);
        }
        Err(error) => {
            check_error(data, &error);
            match (&error, unvalidated) {
                (Error::Json(_), Ok(_)) => panic!(
                    "from_json_slice refused with a read error ({error}) what serde_json reads"
                ),
                (Error::Invalid(problems), Ok(plain)) => assert_eq!(
                    plain.validate().as_ref().err(),
                    Some(problems),
                    "validate() on the same article reports other problems"
                ),
                (Error::Invalid(_), Err(e)) => {
                    panic!("from_json_slice validated an article that serde_json cannot read: {e}")
                }
                _ => {}
            }
        }
    }
});

/// The invariants of an article `from_json_slice` accepted.
fn check_article(article: &Article) {
    // It validates again: no error (warnings may remain).
    if let Err(problems) = article.lint(&Lints::new()) {
        panic!("an accepted article does not validate again: {problems}");
    }

    // Round trip: what it writes reads back as the same article, and
    // writing that again gives the same text.
    let json = serde_json::to_vec(article).expect("an article serializes");
    let again = match Article::from_json_slice(&json) {
        Ok(again) => again,
        Err(e) => panic!(
            "the serialized article does not read back: {e}\n{}",
            String::from_utf8_lossy(&json)
        ),
    };
    assert_eq!(&again, article, "the round trip changed the article");
    let json_again = serde_json::to_vec(&again).expect("an article serializes");
    assert_eq!(json, json_again, "serializing is not stable");

    // The exports never fail; a ninjs export reads back as a valid article
    // with the same id, body and language, and the article carried in it
    // comes back whole.
    let ninjs = interop::to_ninjs(article);
    match interop::from_ninjs(&ninjs) {
        Ok(back) => {
            assert_eq!(back.id, article.id, "the ninjs import changed the id");
            assert_eq!(back.body, article.body, "the ninjs import changed the body");
            assert_eq!(back.language, article.language);
        }
        Err(e) => panic!("the ninjs export of a valid article does not import: {e}\n{ninjs}"),
    }
    let carried = interop::embedded_article(&interop::to_ninjs_with_article(article));
    assert_eq!(
        carried.ok().flatten().as_ref(),
        Some(article),
        "the carried article changed"
    );
    let _ = interop::to_jsonld(article);
    let records = interop::to_plover(article);
    assert_eq!(
        interop::to_plover_ndjson(article).lines().count(),
        records.len()
    );

    // Ids are unique across the whole article, and references name things
    // of the right kind (checked here independently of the validator).
    let mut kinds: HashMap<&str, &'static str> = HashMap::new();
    let e = &article.entities;
    let defined = e
        .people
        .iter()
        .map(|p| (p.id.as_str(), "person"))
        .chain(
            e.organizations
                .iter()
                .map(|o| (o.id.as_str(), "organization")),
        )
        .chain(e.places.iter().map(|p| {
            (
                p.id.as_str(),
                match p.kind {
                    PlaceKind::Country => "country",
                    PlaceKind::Region | PlaceKind::GeographicRegion => "region",
                    _ => "place",
                },
            )
        }))
        .chain(e.groups.iter().map(|g| (g.id.as_str(), "group")))
        .chain(
            article
                .documents
                .iter()
                .map(|d| (d.id.as_str(), "document")),
        )
        .chain(article.meetings.iter().map(|m| (m.id.as_str(), "meeting")))
        .chain(article.events.iter().map(|e| (e.id.as_str(), "event")))
        .chain(
            article
                .statements
                .iter()
                .map(|s| (s.id.as_str(), "statement")),
        )
        .chain(
            article
                .commitments
                .iter()
                .map(|c| (c.id.as_str(), "commitment")),
        );
    for (id, kind) in defined {
        assert!(
            kinds.insert(id, kind).is_none(),
            "id {id:?} is defined twice in a valid article"
        );
    }
    let must_be = |id: &str, allowed: &[&str], what: &str| {
        let kind = kinds.get(id).copied();
        assert!(
            kind.is_some_and(|k| allowed.contains(&k)),
            "{what} {id:?} names a {kind:?}, not one of {allowed:?}, in a valid article"
        );
    };
    let speakers = ["person", "organization", "country", "group", "document"];
    for s in &article.statements {
        must_be(s.speaker.as_str(), &speakers, "speaker");
        for co in &s.co_speakers {
            must_be(co.as_str(), &speakers, "co-speaker");
        }
        if let Some(m) = &s.setting {
            must_be(m.as_str(), &["meeting"], "setting");
        }
    }
    for c in &article.commitments {
        let parties = ["person", "organization", "country", "region", "group"];
        // A step a document provides for may name no one bound.
        assert!(
            !c.bound_parties.is_empty() || c.provided_by.is_some(),
            "a valid commitment binds no party and no document provides for it"
        );
        if let Some(d) = &c.provided_by {
            must_be(d.as_str(), &["document"], "commitment provided_by");
        }
        let bound: HashSet<&str> = c.bound_parties.iter().map(|p| p.as_str()).collect();
        assert_eq!(
            bound.len(),
            c.bound_parties.len(),
            "a bound party is listed twice"
        );
        for p in &c.bound_parties {
            must_be(p.as_str(), &parties, "bound party");
        }
        for p in &c.counterparties {
            must_be(p.as_str(), &parties, "counterparty");
            assert!(
                !bound.contains(p.as_str()),
                "{p} is both bound and counterparty"
            );
        }
        for s in &c.statements {
            must_be(s.as_str(), &["statement"], "commitment statement");
        }
        if let Some(m) = &c.made_at {
            must_be(m.as_str(), &["meeting"], "commitment made_at");
        }
        if let Some(m) = &c.concerns {
            must_be(m.as_str(), &["meeting", "event"], "commitment concerns");
        }
    }
    for m in &article.meetings {
        if let Some(p) = &m.part_of {
            must_be(p.meeting.as_str(), &["meeting"], "part_of");
        }
        if let Some(w) = &m.coincides_with {
            must_be(w.as_str(), &["meeting"], "coincides_with");
            assert_ne!(w, &m.id, "a valid meeting coincides with itself");
        }
    }

    // Evidence and quotes stand in the body, where positions say.
    let body = article.body.as_str();
    let table = Table::new(body);
    let index = OffsetIndex::new(body);
    check_offset_index(&index, &table);
    let evidence = article
        .sources
        .iter()
        .flat_map(|s| &s.evidence)
        .chain(article.statements.iter().flat_map(|s| &s.evidence))
        .chain(article.commitments.iter().flat_map(|c| &c.evidence))
        .filter(|ev| matches!(ev.target, None | Some(TextTarget::Body)));
    for ev in evidence {
        check_evidence(&table, &index, ev);
    }
    // A quote without pieces, insertions or ellipses stands in the body,
    // white space aside.
    let collapse = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let collapsed_body = collapse(body);
    for s in &article.statements {
        let plain =
            s.pieces.is_empty() && !s.text.contains(['[', '\u{2026}']) && !s.text.contains("...");
        if s.mode == StatementMode::DirectQuote && plain && !s.text.trim().is_empty() {
            assert!(
                collapsed_body.contains(&collapse(&s.text)),
                "a valid direct quote is not in the body"
            );
        }
    }
}

/// The body's code points counted naively, in one pass: for code point
/// `i`, `bytes[i]` is its UTF-8 byte offset and `utf16[i]` its UTF-16
/// offset; both have one more entry, for the end of the text.
struct Table<'a> {
    text: &'a str,
    bytes: Vec<usize>,
    utf16: Vec<usize>,
}

impl<'a> Table<'a> {
    fn new(text: &'a str) -> Self {
        let mut bytes = Vec::with_capacity(text.len() + 1);
        let mut utf16 = Vec::with_capacity(text.len() + 1);
        let mut u = 0;
        for (b, c) in text.char_indices() {
            bytes.push(b);
            utf16.push(u);
            u += c.len_utf16();
        }
        bytes.push(text.len());
        utf16.push(u);
        Table { text, bytes, utf16 }
    }

    fn chars(&self) -> usize {
        self.bytes.len() - 1
    }
}

/// One piece of evidence of a valid article: its quote is in the body, at
/// its position when it has one (counted naively, in code points).
fn check_evidence(table: &Table<'_>, index: &OffsetIndex<'_>, ev: &Evidence) {
    let body = table.text;
    let quote = &ev.quote;
    let prefix = quote.prefix.as_deref().unwrap_or("");
    let suffix = quote.suffix.as_deref().unwrap_or("");
    let found = ev
        .find_in(index)
        .expect("valid evidence is found in the body");
    assert_eq!(
        &body[found.clone()],
        quote.exact,
        "find_in selects other words"
    );
    match ev.position {
        Some(p) => {
            assert!(p.start <= p.end, "a valid position is reversed");
            assert!(
                p.end <= table.chars(),
                "a valid position {}..{} is beyond the body",
                p.start,
                p.end
            );
            let (start, end) = (table.bytes[p.start], table.bytes[p.end]);
            assert_eq!(found, start..end, "find_in disagrees with the position");
            assert_eq!(p.to_utf8_range(index), Some(start..end));
            assert!(
                body[..start].ends_with(prefix),
                "the prefix does not precede the quote"
            );
            assert!(
                body[end..].starts_with(suffix),
                "the suffix does not follow the quote"
            );
            assert_eq!(
                p.to_utf16_range(index),
                Some(table.utf16[p.start]..table.utf16[p.end])
            );
        }
        None => {
            let whole = format!("{prefix}{}{suffix}", quote.exact);
            assert!(
                body.contains(whole.as_str()),
                "valid evidence without a position is not in the body"
            );
        }
    }
}

/// `OffsetIndex` agrees with the naive count (at about 100 code points
/// spread over the text, around the first checkpoints and at the end).
fn check_offset_index(index: &OffsetIndex<'_>, table: &Table<'_>) {
    let text = table.text;
    let chars = table.chars();
    let units = table.utf16[chars];
    assert_eq!(index.char_len(), chars, "char_len");
    assert_eq!(index.utf16_len(), units, "utf16_len");
    let step = (chars / 64).max(1);
    let points = (0..=chars.min(130))
        .chain((0..=chars).step_by(step))
        .chain(chars.saturating_sub(3)..=chars);
    for cp in points {
        let (byte, unit) = (table.bytes[cp], table.utf16[cp]);
        assert_eq!(index.char_to_byte(cp), Some(byte), "char_to_byte({cp})");
        assert_eq!(index.byte_to_char(byte), Some(cp), "byte_to_char({byte})");
        assert_eq!(index.char_to_utf16(cp), Some(unit), "char_to_utf16({cp})");
        assert_eq!(index.utf16_to_char(unit), Some(cp), "utf16_to_char({unit})");
        if cp < chars {
            if table.utf16[cp + 1] - unit == 2 {
                assert_eq!(
                    index.utf16_to_char(unit + 1),
                    None,
                    "inside a surrogate pair"
                );
            }
            if table.bytes[cp + 1] - byte > 1 {
                assert_eq!(index.byte_to_char(byte + 1), None, "inside a character");
            }
        }
    }
    assert_eq!(
        index.char_to_byte(chars + 1),
        None,
        "char_to_byte past the end"
    );
    assert_eq!(
        index.char_to_utf16(chars + 1),
        None,
        "char_to_utf16 past the end"
    );
    assert_eq!(
        index.utf16_to_char(units + 1),
        None,
        "utf16_to_char past the end"
    );
    assert_eq!(
        index.byte_to_char(text.len() + 1),
        None,
        "byte_to_char past the end"
    );
}

/// The invariants of any error `from_json_slice` returns.
fn check_error(data: &[u8], error: &Error) {
    let code = error.code();
    assert!(
        ErrorCode::ALL.contains(&code),
        "code {code:?} is not in ErrorCode::ALL"
    );
    assert_eq!(code.as_str().parse::<ErrorCode>().ok(), Some(code));
    let _ = error.to_string();
    match error {
        Error::Json(json) => {
            assert_eq!(json.code(), code);
            assert_eq!(
                code.stage(),
                Stage::Read,
                "a read error with a validate code: {error}"
            );
            check_pointer(json.path().as_str());
            assert_eq!(error.path(), Some(json.path()));
            // Messages are cut (serde quotes keys and values in full).
            assert!(
                json.message().chars().count() <= 401,
                "a {} character message",
                json.message().chars().count()
            );
            // `syntax` and `unexpected_end` are about the JSON text itself,
            // so serde_json must find the same when it reads any JSON value:
            // a syntax error or an early end (the article reader has read
            // every byte before the problem as JSON too).
            if matches!(code, ErrorCode::Syntax | ErrorCode::UnexpectedEnd) {
                match serde_json::from_slice::<serde_json::Value>(data) {
                    Ok(_) => panic!("{error}, but the input is well-formed JSON"),
                    Err(e) if code == ErrorCode::UnexpectedEnd => assert_eq!(
                        e.classify(),
                        serde_json::error::Category::Eof,
                        "{error}, but serde_json says: {e}"
                    ),
                    Err(_) => {}
                }
            }
            // The line and column are in the input (column in bytes, from 1;
            // one past the end of the line for an input cut short).
            let (line, column) = (json.line(), json.column());
            if line > 0 {
                let text_line = data.split(|&b| b == b'\n').nth(line - 1);
                let Some(text_line) = text_line else {
                    panic!("line {line} is beyond the input: {error}");
                };
                assert!(
                    (1..=text_line.len() + 1).contains(&column),
                    "column {column} is outside line {line} ({} bytes): {error}",
                    text_line.len()
                );
            }
        }
        Error::Invalid(problems) => {
            assert!(problems.len() > 0, "Error::Invalid without problems");
            // Refused for an error, which is what the error's code names
            // (warnings may come before it).
            let first_error = problems.first_error().expect("refused for an error");
            assert_eq!(first_error.code(), code);
            for p in problems {
                assert!(ErrorCode::ALL.contains(&p.code()));
                assert_eq!(
                    p.code().stage(),
                    Stage::Validate,
                    "a validation problem with a read code: {p}"
                );
                check_pointer(p.path().as_str());
            }
        }
        Error::Io(_) | Error::TooLarge { .. } => {
            panic!("from_json_slice on bytes gave an I/O or size error: {error}")
        }
        _ => {}
    }
}

/// A JSON Pointer (RFC 6901): empty, or `/`-separated tokens in which `~` is
/// only ever followed by `0` or `1`.
fn check_pointer(pointer: &str) {
    assert!(
        pointer.is_empty() || pointer.starts_with('/'),
        "path {pointer:?} is not a JSON Pointer"
    );
    let mut chars = pointer.chars();
    while let Some(c) = chars.next() {
        if c == '~' {
            assert!(
                matches!(chars.next(), Some('0' | '1')),
                "path {pointer:?} has a bad ~ escape"
            );
        }
    }
}

//! Codes and levels read from text, with one "did you mean" for both: the
//! nearest name by edit distance, when it is near enough.

use std::fmt;
use std::str::FromStr;

use super::{ErrorCode, Level};

/// The error of parsing a string that is not an [`ErrorCode`]; says the
/// nearest code when one is near.
///
/// ```
/// use structured_news::ErrorCode;
///
/// let e = "unknown_refrence".parse::<ErrorCode>().unwrap_err();
/// assert_eq!(e.suggestion(), Some(ErrorCode::UnknownReference));
/// assert_eq!(
///     e.to_string(),
///     "no error code \"unknown_refrence\"; did you mean `unknown_reference`?"
/// );
/// assert_eq!("zzzzzzzz".parse::<ErrorCode>().unwrap_err().suggestion(), None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownErrorCode {
    text: String,
    suggestion: Option<ErrorCode>,
}

impl UnknownErrorCode {
    pub(super) fn new(text: &str) -> Self {
        UnknownErrorCode {
            text: text.to_owned(),
            suggestion: nearest(text, ErrorCode::ALL.iter().copied(), ErrorCode::as_str),
        }
    }

    /// The text that is not a code.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The code nearest the text, when one is near enough to be what was
    /// meant.
    pub fn suggestion(&self) -> Option<ErrorCode> {
        self.suggestion
    }
}

impl fmt::Display for UnknownErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no error code {:?}", self.text)?;
        if let Some(code) = self.suggestion {
            write!(f, "; did you mean `{code}`?")?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownErrorCode {}

impl Level {
    /// Every level, from the mildest.
    pub const ALL: &'static [Level] = &[Level::Allow, Level::Warn, Level::Deny];

    /// The level's name: `allow`, `warn` or `deny` (the names of the
    /// command line's flags).
    pub const fn as_str(self) -> &'static str {
        match self {
            Level::Allow => "allow",
            Level::Warn => "warn",
            Level::Deny => "deny",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Reads `allow`, `warn` or `deny`.
///
/// ```
/// use structured_news::Level;
///
/// assert_eq!("warn".parse::<Level>(), Ok(Level::Warn));
/// let e = "dny".parse::<Level>().unwrap_err();
/// assert_eq!(e.suggestion(), Some(Level::Deny));
/// assert_eq!(e.to_string(), "no level \"dny\"; did you mean `deny`?");
/// ```
impl FromStr for Level {
    type Err = UnknownLevel;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Level::ALL
            .iter()
            .copied()
            .find(|level| level.as_str() == s)
            .ok_or_else(|| UnknownLevel {
                text: s.to_owned(),
                suggestion: nearest(s, Level::ALL.iter().copied(), Level::as_str),
            })
    }
}

/// The error of parsing a string that is not a [`Level`]; says the
/// nearest level when one is near.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLevel {
    text: String,
    suggestion: Option<Level>,
}

impl UnknownLevel {
    /// The text that is not a level.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The level nearest the text, when one is near enough.
    pub fn suggestion(&self) -> Option<Level> {
        self.suggestion
    }
}

impl fmt::Display for UnknownLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no level {:?}", self.text)?;
        if let Some(level) = self.suggestion {
            write!(f, "; did you mean `{level}`?")?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownLevel {}

/// The candidate whose name is nearest `text`, when it is near enough to
/// be what was meant: at most three edits away, and at most a third of
/// the name's length (so a short name is not suggested for anything).
/// Case, `-` for `_` and camelCase for snake_case are no edits
/// (`UNKNOWN-REFERENCE` and `unknownReference` are `unknown_reference`).
/// The first of equally near candidates wins.
fn nearest<'a, T: Copy>(
    text: &str,
    candidates: impl Iterator<Item = T>,
    name: impl Fn(T) -> &'a str,
) -> Option<T> {
    let text = snake_case(text);
    candidates
        .filter_map(|candidate| {
            let name = name(candidate);
            let limit = (name.len() / 3).min(3);
            edit_distance_at_most(text.as_bytes(), name.as_bytes(), limit)
                .map(|distance| (distance, candidate))
        })
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, candidate)| candidate)
}

/// The name of `names` nearest `text`, by the rule of "did you mean"
/// everywhere in the crate (field names, vocabulary values, codes,
/// levels): see [`nearest`].
pub(crate) fn nearest_name<'a>(text: &str, names: &[&'a str]) -> Option<&'a str> {
    nearest(text, names.iter().copied(), |name| name)
}

/// The code `text` names, read loosely: case, `-` for `_` and camelCase
/// do not matter (`UNKNOWN_REFERENCE`, `unknown-reference`).
pub(super) fn code_from_text(text: &str) -> Result<ErrorCode, UnknownErrorCode> {
    let wanted = snake_case(text);
    ErrorCode::ALL
        .iter()
        .copied()
        .find(|code| code.as_str() == wanted)
        .ok_or_else(|| UnknownErrorCode::new(text))
}

/// `text` in snake_case and lower case: `speechAct` and `Speech-Act` are
/// `speech_act`.
pub(crate) fn snake_case(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 4);
    let mut previous_lower = false;
    for c in text.chars() {
        if c.is_uppercase() && previous_lower {
            out.push('_');
        }
        previous_lower = c.is_lowercase() || c.is_ascii_digit();
        match c {
            '-' | ' ' => out.push('_'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// A type's name as words a reader of the format knows: `MeetingKind` is
/// "meeting kind", `TextQuoteSelector` "text quote selector".
pub(crate) fn type_words(name: &str) -> String {
    snake_case(name).replace('_', " ")
}

/// The Levenshtein distance of `a` and `b` when it is at most `limit`, in
/// bytes (the names compared are ASCII: ids, codes, field names,
/// vocabulary values; other text only ever counts as farther). Only the
/// cells within `limit` of the diagonal are computed, and the work stops
/// as soon as a whole row exceeds the limit, so a comparison costs at most
/// a few hundred steps.
pub(crate) fn edit_distance_at_most(a: &[u8], b: &[u8], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    const FAR: usize = usize::MAX / 2;
    let mut prev: Vec<usize> = (0..=b.len())
        .map(|j| if j <= limit { j } else { FAR })
        .collect();
    let mut cur = vec![FAR; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        let row = i + 1;
        cur.fill(FAR);
        // Rows have b.len() + 1 cells and j runs over 1..=b.len().
        const IN_ROW: &str = "j - 1 and j are cells of a row, and of b for j - 1";
        let first = cur.first_mut().expect(IN_ROW);
        if row <= limit {
            *first = row;
        }
        let mut best = *first;
        let from = row.saturating_sub(limit).max(1);
        let to = (row + limit).min(b.len());
        for j in from..=to {
            let cb = *b.get(j - 1).expect(IN_ROW);
            let substitute = prev
                .get(j - 1)
                .expect(IN_ROW)
                .saturating_add(usize::from(*ca != cb));
            let delete = prev.get(j).expect(IN_ROW).saturating_add(1);
            let insert = cur.get(j - 1).expect(IN_ROW).saturating_add(1);
            let cell = substitute.min(delete).min(insert);
            *cur.get_mut(j).expect(IN_ROW) = cell;
            best = best.min(cell);
        }
        if best > limit {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.last().copied().filter(|&d| d <= limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distances() {
        let d = |a: &str, b: &str, limit| edit_distance_at_most(a.as_bytes(), b.as_bytes(), limit);
        assert_eq!(d("kitten", "sitting", 3), Some(3));
        assert_eq!(d("kitten", "sitting", 2), None);
        assert_eq!(d("", "abc", 3), Some(3));
        assert_eq!(d("abc", "", 2), None);
        assert_eq!(d("flaw", "lawn", 3), Some(2));
        assert_eq!(d("same", "same", 0), Some(0));
        assert_eq!(d("mfa-rusia", "mfa-russia", 2), Some(1));
        assert_eq!(d("lavrov", "meredov", 2), None);
        assert_eq!(d("ab", "ba", 2), Some(2));
    }

    #[test]
    fn names_are_compared_in_snake_case() {
        assert_eq!(snake_case("speechAct"), "speech_act");
        assert_eq!(snake_case("UNKNOWN-REFERENCE"), "unknown_reference");
        assert_eq!(snake_case("format_version"), "format_version");
        assert_eq!(type_words("TextQuoteSelector"), "text quote selector");
        let fields = ["id", "speaker", "speech_act", "reporting_verb"];
        assert_eq!(nearest_name("speechAct", &fields), Some("speech_act"));
        assert_eq!(nearest_name("Speakr", &fields), Some("speaker"));
        assert_eq!(nearest_name("confidence", &fields), None);
        assert_eq!(
            "UNKNOWN_REFERENCE".parse::<ErrorCode>(),
            Ok(ErrorCode::UnknownReference)
        );
        assert_eq!(
            "unknown-reference".parse::<ErrorCode>(),
            Ok(ErrorCode::UnknownReference)
        );
    }

    #[test]
    fn suggestions_are_near_or_absent() {
        let suggest = |text: &str| text.parse::<ErrorCode>().err().and_then(|e| e.suggestion());
        assert_eq!(suggest("planed_in_past"), Some(ErrorCode::PlannedInPast));
        assert_eq!(suggest("weak_evidense"), Some(ErrorCode::WeakEvidence));
        assert_eq!(suggest("zzzzzzzzzzzzzzzzzzzzzzzzz"), None);
        // Too short to guess at: "ix" is one edit from "io".
        assert_eq!(suggest("ix"), None);
        assert_eq!(
            "warm".parse::<Level>().err().and_then(|e| e.suggestion()),
            Some(Level::Warn)
        );
        assert_eq!(
            "forbid".parse::<Level>().err().and_then(|e| e.suggestion()),
            None
        );
    }
}

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
/// The first of equally near candidates wins.
fn nearest<T: Copy>(
    text: &str,
    candidates: impl Iterator<Item = T>,
    name: impl Fn(T) -> &'static str,
) -> Option<T> {
    candidates
        .map(|candidate| {
            let name = name(candidate);
            (edit_distance(text, name), name.chars().count(), candidate)
        })
        .filter(|&(distance, length, _)| distance <= 3 && distance * 3 <= length)
        .min_by_key(|&(distance, ..)| distance)
        .map(|(.., candidate)| candidate)
}

/// The Levenshtein distance between `a` and `b`, in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    // `row[j]`: the distance between the part of `a` read so far and the
    // first `j` characters of `b`.
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = i;
        let mut left = i + 1;
        for (cell, &cb) in row.iter_mut().skip(1).zip(&b) {
            let value = (diagonal + usize::from(ca != cb))
                .min(*cell + 1)
                .min(left + 1);
            diagonal = *cell;
            *cell = value;
            left = value;
        }
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
    }
    row.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("abc", ""), 3);
        assert_eq!(edit_distance("flaw", "lawn"), 2);
        assert_eq!(edit_distance("same", "same"), 0);
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

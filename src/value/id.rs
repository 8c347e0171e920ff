//! Local identifiers: [`Id`], the names by which the things an article
//! reports refer to each other.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use crate::error::{ErrorCode, ValueError};
use crate::read::de::string_newtype_impls;

/// The longest id accepted, in bytes (ids are ASCII).
pub(crate) const MAX_ID_LEN: usize = 128;

/// Which bytes an id may hold: ASCII letters, digits, `.`, `_`, `:`, `-`.
// Built at compile time: an index out of bounds would fail the build, it
// cannot panic at run time.
#[allow(clippy::indexing_slicing)]
const ID_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b':' | b'-');
        b += 1;
    }
    table
};

/// The pattern every [`Id`] matches (ECMA-262 / JSON Schema syntax).
pub(crate) const ID_PATTERN: &str = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$";

/// A local identifier of something in an article: a person, organization,
/// place, meeting, statement or commitment, or the article itself.
///
/// An id is 1 to 128 ASCII characters: letters, digits, `.`, `_`, `:` and
/// `-`, starting with a letter or digit (pattern `^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$`). Ids are
/// case-sensitive. Within one article every id is unique across all
/// collections, and references between items are ids.
///
/// ```
/// use structured_news::Id;
///
/// let id: Id = "sergei-lavrov".parse()?;
/// assert_eq!(id.as_str(), "sergei-lavrov");
/// assert!("Sergei Lavrov".parse::<Id>().is_err()); // no spaces
/// # Ok::<(), structured_news::ValueError>(())
/// ```
#[derive(Clone)]
pub struct Id(IdText);

/// The longest id kept inline, without an allocation of its own.
const INLINE_ID: usize = 22;

/// An id's text: short ids (nearly all of them) inline, long ones boxed.
/// Either way it is ASCII, checked before it was stored.
#[derive(Clone)]
enum IdText {
    Inline { len: u8, bytes: [u8; INLINE_ID] },
    Boxed(Box<str>),
}

// Compared and hashed as bytes, which skips the UTF-8 check of `as_str`
// (an id's bytes are checked once, when it is made): the same order and
// the same hash as its text.
impl PartialEq for Id {
    fn eq(&self, other: &Self) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl Eq for Id {}

impl PartialOrd for Id {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Id {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_bytes().cmp(other.as_bytes())
    }
}

impl std::hash::Hash for Id {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // As `str` hashes itself.
        state.write(self.as_bytes());
        state.write_u8(0xff);
    }
}

impl Id {
    /// Checks `value` and makes it an id.
    ///
    /// # Errors
    /// A [`ValueError`] with code [`ErrorCode::InvalidId`] when `value` is
    /// empty, longer than 128 characters or has a character outside the
    /// allowed set.
    pub fn new(value: &str) -> Result<Self, ValueError> {
        value.parse()
    }

    /// The id's bytes (ASCII), without the UTF-8 check of `as_str`.
    pub(crate) fn as_bytes(&self) -> &[u8] {
        match &self.0 {
            IdText::Inline { len, bytes } => bytes
                .get(..usize::from(*len))
                .expect("an inline id's length is within its buffer, checked when it was made"),
            IdText::Boxed(text) => text.as_bytes(),
        }
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            IdText::Inline { len, bytes } => bytes
                .get(..usize::from(*len))
                .and_then(|b| std::str::from_utf8(b).ok())
                .expect("an inline id holds its length's worth of ASCII, checked when it was made"),
            IdText::Boxed(text) => text,
        }
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Id({:?})", self.as_str())
    }
}

impl FromStr for Id {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = |reason: String| ValueError::new(ErrorCode::InvalidId, s, reason);
        let bytes = s.as_bytes();
        match bytes.first() {
            None => return Err(err("an id must not be empty".into())),
            Some(b) if !b.is_ascii_alphanumeric() => {
                return Err(err("an id must start with an ASCII letter or digit".into()))
            }
            Some(_) => {}
        }
        let allowed = |b: &u8| {
            ID_BYTES
                .get(usize::from(*b))
                .copied()
                .expect("the table has an entry for each of the 256 bytes")
        };
        if !bytes.iter().all(allowed) {
            let bad = s
                .chars()
                .find(|&c| !(c.is_ascii() && allowed(&(c as u8))))
                .expect("some character is not allowed, or every byte would be");
            return Err(err(format!(
                "{bad:?} is not allowed in an id (use ASCII letters, digits, '.', '_', ':' or '-')"
            )));
        }
        // Only ASCII is left, so bytes are characters.
        if bytes.len() > MAX_ID_LEN {
            return Err(err(format!(
                "an id has at most {MAX_ID_LEN} characters, this one has {}",
                bytes.len()
            )));
        }
        let mut inline = [0u8; INLINE_ID];
        match (inline.get_mut(..bytes.len()), u8::try_from(bytes.len())) {
            (Some(slot), Ok(len)) => {
                slot.copy_from_slice(bytes);
                Ok(Id(IdText::Inline { len, bytes: inline }))
            }
            _ => Ok(Id(IdText::Boxed(s.into()))),
        }
    }
}

string_newtype_impls!(Id);

impl JsonSchema for Id {
    fn schema_name() -> Cow<'static, str> {
        "Id".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "structured_news::Id".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A local identifier, unique within the article across all collections: 1 to 128 ASCII letters, digits, '.', '_', ':' or '-', starting with a letter or digit. Case-sensitive.",
            "pattern": ID_PATTERN,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_long_ids_behave_alike() {
        let short: Id = "p1".parse().unwrap();
        let edge: Id = "a".repeat(INLINE_ID).parse().unwrap();
        let long: Id = "a".repeat(INLINE_ID + 1).parse().unwrap();
        let max: Id = "b".repeat(MAX_ID_LEN).parse().unwrap();
        assert!(
            matches!(short.0, IdText::Inline { .. }) && matches!(edge.0, IdText::Inline { .. })
        );
        assert!(matches!(long.0, IdText::Boxed(_)));
        assert_eq!(short.as_str(), "p1");
        assert_eq!(edge.as_str().len(), INLINE_ID);
        assert_eq!(long.as_str().len(), INLINE_ID + 1);
        assert_eq!(max.as_str().len(), MAX_ID_LEN);
        assert!(edge < long && long < max && short > edge);
        assert_eq!(format!("{short:?}"), "Id(\"p1\")");
    }
}

//! Checked codes and identifiers: local ids, ISO 3166-1 country codes, BCP 47
//! language tags, URLs and Wikidata ids.
//!
//! Each type here is a newtype that cannot hold a bad value: the only ways to
//! get one are [`FromStr`] (or `TryFrom<&str>`) and
//! `Deserialize`, and both run the same check. The JSON Schema of each type
//! states the same constraint as a `pattern` (or an `enum` for country codes),
//! so a schema validator and this crate agree on what is valid.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use crate::error::ValueError;
use crate::validate::ErrorCode;

mod language;
mod macros;

pub use language::{LanguageTag, LANGUAGE_TAG_PATTERN};
pub(crate) use macros::{
    display_newtype_impls, object_serde, parse_impls, string_enum, string_newtype_impls,
};

fn all_alpha(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphabetic())
}

fn all_digit(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit())
}

fn all_alnum(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphanumeric())
}

// ---------------------------------------------------------------------------
// Id

/// The longest id accepted, in bytes (ids are ASCII).
pub const MAX_ID_LEN: usize = 128;

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
pub const ID_PATTERN: &str = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$";

/// A local identifier of something in an article: a person, organization,
/// place, meeting, statement or commitment, or the article itself.
///
/// An id is 1 to 128 ASCII characters: letters, digits, `.`, `_`, `:` and
/// `-`, starting with a letter or digit (pattern [`ID_PATTERN`]). Ids are
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

impl PartialEq for Id {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
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
        self.as_str().cmp(other.as_str())
    }
}

impl std::hash::Hash for Id {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl Id {
    /// Checks `value` and makes it an id.
    ///
    /// # Errors
    /// A [`ValueError`] with code [`ErrorCode::InvalidId`] when `value` is
    /// empty, longer than [`MAX_ID_LEN`] or has a character outside the
    /// allowed set.
    pub fn new(value: &str) -> Result<Self, ValueError> {
        value.parse()
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // The bytes were checked to be ASCII when the id was made, so
            // this check cannot fail; it costs a few nanoseconds.
            IdText::Inline { len, bytes } => bytes
                .get(..usize::from(*len))
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or_default(),
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
        let allowed = |b: &u8| ID_BYTES.get(usize::from(*b)).copied().unwrap_or(false);
        if !bytes.iter().all(allowed) {
            let bad = s
                .chars()
                .find(|&c| !(c.is_ascii() && allowed(&(c as u8))))
                .unwrap_or('?');
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

// ---------------------------------------------------------------------------
// CountryCode

/// Every officially assigned ISO 3166-1 alpha-2 code (249 codes), sorted.
///
/// User-assigned codes such as `XK` and reserved codes such as `SU` or `UK`
/// are not in the list.
pub const ASSIGNED_COUNTRY_CODES: [&str; 249] = [
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

/// An officially assigned ISO 3166-1 alpha-2 country code, such as `RU` or
/// `TM`, in upper case.
///
/// The code is checked against [`ASSIGNED_COUNTRY_CODES`]; lower-case input
/// is rejected (with a hint) so that the crate and the JSON Schema `enum`
/// agree exactly.
///
/// ```
/// use structured_news::CountryCode;
///
/// let tm: CountryCode = "TM".parse()?;
/// assert_eq!(tm.as_str(), "TM");
/// assert!("XX".parse::<CountryCode>().is_err());
/// assert!("ru".parse::<CountryCode>().is_err());
/// # Ok::<(), structured_news::ValueError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// Checks `value` and makes it a country code.
    ///
    /// # Errors
    /// A [`ValueError`] with code [`ErrorCode::InvalidCountryCode`] when
    /// `value` is not an officially assigned upper-case alpha-2 code.
    pub fn new(value: &str) -> Result<Self, ValueError> {
        value.parse()
    }

    /// The code as text, e.g. `"RU"`.
    pub fn as_str(&self) -> &str {
        // Both bytes are ASCII upper-case letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CountryCode({})", self.as_str())
    }
}

impl FromStr for CountryCode {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if ASSIGNED_COUNTRY_CODES.binary_search(&s).is_ok() {
            if let [a, b] = *s.as_bytes() {
                return Ok(CountryCode([a, b]));
            }
        }
        let upper = s.to_ascii_uppercase();
        let reason = if upper != s
            && ASSIGNED_COUNTRY_CODES
                .binary_search(&upper.as_str())
                .is_ok()
        {
            format!("country codes are upper case: write {upper:?}")
        } else {
            "not an officially assigned ISO 3166-1 alpha-2 country code".to_owned()
        };
        Err(ValueError::new(ErrorCode::InvalidCountryCode, s, reason))
    }
}

string_newtype_impls!(CountryCode);

impl JsonSchema for CountryCode {
    fn schema_name() -> Cow<'static, str> {
        "CountryCode".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "structured_news::CountryCode".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "An officially assigned ISO 3166-1 alpha-2 country code, upper case.",
            "enum": ASSIGNED_COUNTRY_CODES.as_slice(),
        })
    }
}

// ---------------------------------------------------------------------------
// Url

/// The pattern every [`Url`] matches (ECMA-262 / JSON Schema syntax).
pub const URL_PATTERN: &str =
    "^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9._~!$&'()*+,;=:@/?#\\[\\]-]|%[0-9A-Fa-f]{2}|[^\\x00-\\x7F])+$";

/// An absolute URI or IRI, such as `https://example.com/news/1`.
///
/// The check is syntactic: a scheme (`https`, `urn`, ...), a colon, then one
/// or more characters allowed in a URI (RFC 3986 unreserved, reserved and
/// percent-encoded `%XX`) or any non-ASCII character (as IRIs allow). Spaces,
/// control characters and `<>"{}|\^` must be percent-encoded. The text is
/// kept as written, not normalised.
///
/// ```
/// use structured_news::Url;
///
/// assert!("https://www.mid.ru/en/".parse::<Url>().is_ok());
/// assert!("urn:isbn:0451450523".parse::<Url>().is_ok());
/// assert!("www.mid.ru".parse::<Url>().is_err()); // no scheme
/// assert!("https://a b".parse::<Url>().is_err()); // a space
/// ```
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Url(Box<str>);

impl Url {
    /// Checks `value` and makes it a URL.
    ///
    /// # Errors
    /// A [`ValueError`] with code [`ErrorCode::InvalidUrl`].
    pub fn new(value: &str) -> Result<Self, ValueError> {
        value.parse()
    }

    /// The URL as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The scheme, e.g. `"https"`.
    pub fn scheme(&self) -> &str {
        self.0.split(':').next().unwrap_or_default()
    }
}

impl fmt::Debug for Url {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Url({:?})", &*self.0)
    }
}

fn is_uri_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "._~!$&'()*+,;=:@/?#[]-".contains(c) || !c.is_ascii()
}

impl FromStr for Url {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = |reason: String| ValueError::new(ErrorCode::InvalidUrl, s, reason);
        let Some((scheme, rest)) = s.split_once(':') else {
            return Err(err("a URL needs a scheme such as \"https:\"".into()));
        };
        let scheme_ok = scheme
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphabetic())
            && scheme
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'.' | b'-'));
        if !scheme_ok {
            return Err(err(format!(
                "{scheme:?} is not a URL scheme (a letter, then letters, digits, '+', '.' or '-')"
            )));
        }
        if rest.is_empty() {
            return Err(err("nothing follows the scheme".into()));
        }
        let mut chars = rest.char_indices();
        while let Some((_, c)) = chars.next() {
            if c == '%' {
                let hex = chars.next().map(|(_, c)| c).filter(char::is_ascii_hexdigit);
                let hex2 = hex
                    .and_then(|_| chars.next().map(|(_, c)| c))
                    .filter(char::is_ascii_hexdigit);
                if hex2.is_none() {
                    return Err(err("'%' must be followed by two hexadecimal digits".into()));
                }
            } else if !is_uri_char(c) {
                return Err(err(format!(
                    "{c:?} is not allowed in a URL; percent-encode it"
                )));
            }
        }
        Ok(Url(s.into()))
    }
}

string_newtype_impls!(Url);

impl JsonSchema for Url {
    fn schema_name() -> Cow<'static, str> {
        "Url".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "structured_news::Url".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "An absolute URI or IRI: a scheme, a colon, then URI characters (RFC 3986 unreserved, reserved or %XX) or non-ASCII characters. Kept as written.",
            "pattern": URL_PATTERN,
        })
    }
}

// ---------------------------------------------------------------------------
// WikidataId

/// The pattern every [`WikidataId`] matches.
pub const WIKIDATA_ID_PATTERN: &str = "^Q[1-9][0-9]{0,11}$";

/// A Wikidata item id: `Q` followed by a positive number without leading
/// zeros, such as `Q159` (Russia).
///
/// ```
/// use structured_news::WikidataId;
///
/// let russia: WikidataId = "Q159".parse()?;
/// assert_eq!(russia.number(), 159);
/// assert_eq!(russia.url(), "https://www.wikidata.org/wiki/Q159");
/// assert!("Q0159".parse::<WikidataId>().is_err());
/// # Ok::<(), structured_news::ValueError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WikidataId(u64);

impl WikidataId {
    /// Checks `value` and makes it a Wikidata id.
    ///
    /// # Errors
    /// A [`ValueError`] with code [`ErrorCode::InvalidWikidataId`].
    pub fn new(value: &str) -> Result<Self, ValueError> {
        value.parse()
    }

    /// The number after the `Q`.
    pub fn number(&self) -> u64 {
        self.0
    }

    /// The item's page on wikidata.org.
    pub fn url(&self) -> String {
        format!("https://www.wikidata.org/wiki/Q{}", self.0)
    }
}

impl fmt::Debug for WikidataId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "WikidataId(Q{})", self.0)
    }
}

impl fmt::Display for WikidataId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Q{}", self.0)
    }
}

impl FromStr for WikidataId {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let digits = s.strip_prefix('Q').unwrap_or_default();
        let ok = !digits.is_empty()
            && digits.len() <= 12
            && all_digit(digits)
            && !digits.starts_with('0');
        match digits.parse::<u64>() {
            Ok(n) if ok => Ok(WikidataId(n)),
            _ => Err(ValueError::new(
                ErrorCode::InvalidWikidataId,
                s,
                "a Wikidata item id is 'Q' followed by a number without leading zeros, e.g. \"Q159\"",
            )),
        }
    }
}

display_newtype_impls!(WikidataId);

impl JsonSchema for WikidataId {
    fn schema_name() -> Cow<'static, str> {
        "WikidataId".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "structured_news::WikidataId".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A Wikidata item id: 'Q' followed by a number without leading zeros, e.g. \"Q159\".",
            "pattern": WIKIDATA_ID_PATTERN,
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

    #[test]
    fn country_list_is_sorted_and_unique() {
        assert!(ASSIGNED_COUNTRY_CODES.windows(2).all(|w| w[0] < w[1]));
        assert!(ASSIGNED_COUNTRY_CODES
            .iter()
            .all(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())));
    }

    #[test]
    fn urls() {
        assert!("https://nca.tm/news/2023/12/04/".parse::<Url>().is_ok());
        assert!("https://ru.wikipedia.org/wiki/Ашхабад"
            .parse::<Url>()
            .is_ok());
        assert!("https://a%2Fb".parse::<Url>().is_ok());
        for bad in [
            "",
            "nca.tm",
            ":x",
            "1http://x",
            "https:",
            "https://a b",
            "https://a%2",
            "https://a%zz",
            "http://x\"y",
        ] {
            let err = bad.parse::<Url>().unwrap_err();
            assert_eq!(err.code(), ErrorCode::InvalidUrl, "{bad}");
        }
    }
}

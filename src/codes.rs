//! Checked codes and identifiers: local ids, ISO 3166-1 country codes, BCP 47
//! language tags, URLs and Wikidata ids.
//!
//! Each type here is a newtype that cannot hold a bad value: the only ways to
//! get one are [`FromStr`](std::str::FromStr) (or `TryFrom<&str>`) and
//! `Deserialize`, and both run the same check. The JSON Schema of each type
//! states the same constraint as a `pattern` (or an `enum` for country codes),
//! so a schema validator and this crate agree on what is valid.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Serialize, Serializer};

use crate::error::ValueError;
use crate::validate::ErrorCode;

/// Implements `TryFrom<&str>`, `TryFrom<String>` and a checking
/// `Deserialize` for a type whose `FromStr` does the check.
macro_rules! parse_impls {
    ($ty:ident) => {
        impl TryFrom<&str> for $ty {
            type Error = $crate::error::ValueError;
            fn try_from(value: &str) -> Result<Self, Self::Error> {
                value.parse()
            }
        }

        impl TryFrom<String> for $ty {
            type Error = $crate::error::ValueError;
            fn try_from(value: String) -> Result<Self, Self::Error> {
                value.parse()
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer
                    .deserialize_str($crate::error::FromStrVisitor::<$ty>::new(stringify!($ty)))
            }
        }
    };
}
pub(crate) use parse_impls;

/// The impls of [`parse_impls`] plus `Serialize` through `Display`, for
/// types that keep a parsed value rather than the text.
macro_rules! display_newtype_impls {
    ($ty:ident) => {
        $crate::codes::parse_impls!($ty);

        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }
    };
}
pub(crate) use display_newtype_impls;

/// The impls of [`parse_impls`] plus `Display`, `AsRef<str>` and
/// `Serialize` for a type that keeps its text and has `as_str()`.
macro_rules! string_newtype_impls {
    ($ty:ident) => {
        parse_impls!($ty);

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl AsRef<str> for $ty {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
    };
}

// ---------------------------------------------------------------------------
// Id

/// The longest id accepted, in bytes (ids are ASCII).
pub const MAX_ID_LEN: usize = 128;

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
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Id(Box<str>);

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
        &self.0
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Id({:?})", &*self.0)
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
        if bytes.len() > MAX_ID_LEN {
            return Err(err(format!(
                "an id has at most {MAX_ID_LEN} characters, this one has {}",
                s.chars().count()
            )));
        }
        if let Some(bad) = s
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | ':' | '-')))
        {
            return Err(err(format!(
                "{bad:?} is not allowed in an id (use ASCII letters, digits, '.', '_', ':' or '-')"
            )));
        }
        Ok(Id(s.into()))
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
// LanguageTag

/// The pattern every [`LanguageTag`] matches: the well-formed `langtag` and
/// `privateuse` productions of RFC 5646 (ECMA-262 / JSON Schema syntax).
pub const LANGUAGE_TAG_PATTERN: &str = concat!(
    "^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})",
    "(?:-[A-Za-z]{4})?",
    "(?:-(?:[A-Za-z]{2}|[0-9]{3}))?",
    "(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*",
    "(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*",
    "(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?",
    "|[Xx](?:-[A-Za-z0-9]{1,8})+)$"
);

/// A well-formed BCP 47 (RFC 5646) language tag, such as `en`, `ru`,
/// `tk-Latn` or `zh-Hant-TW`.
///
/// Well-formedness is checked (the syntax of RFC 5646 section 2.1), not
/// validity against the IANA registry. The deprecated irregular
/// grandfathered tags (`i-klingon`, `en-GB-oed`, ...) are not accepted; use
/// their preferred values (`tlh`, `en-GB-oxendict`). Case is kept as
/// written.
///
/// ```
/// use structured_news::LanguageTag;
///
/// assert!("en".parse::<LanguageTag>().is_ok());
/// assert!("tk-Latn-TM".parse::<LanguageTag>().is_ok());
/// assert!("english".parse::<LanguageTag>().is_ok()); // 5-8 letters: registrable
/// assert!("en_US".parse::<LanguageTag>().is_err());
/// ```
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LanguageTag(Box<str>);

impl LanguageTag {
    /// Checks `value` and makes it a language tag.
    ///
    /// # Errors
    /// A [`ValueError`] with code [`ErrorCode::InvalidLanguageTag`] when
    /// `value` is not a well-formed tag.
    pub fn new(value: &str) -> Result<Self, ValueError> {
        value.parse()
    }

    /// The tag as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The primary language subtag, e.g. `"en"` for `"en-GB"`.
    pub fn primary_language(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }
}

impl fmt::Debug for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "LanguageTag({:?})", &*self.0)
    }
}

impl FromStr for LanguageTag {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match check_language_tag(s) {
            Ok(()) => Ok(LanguageTag(s.into())),
            Err(reason) => Err(ValueError::new(ErrorCode::InvalidLanguageTag, s, reason)),
        }
    }
}

string_newtype_impls!(LanguageTag);

impl JsonSchema for LanguageTag {
    fn schema_name() -> Cow<'static, str> {
        "LanguageTag".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "structured_news::LanguageTag".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A well-formed BCP 47 (RFC 5646) language tag, such as \"en\" or \"tk-Latn\".",
            "pattern": LANGUAGE_TAG_PATTERN,
        })
    }
}

fn all_alpha(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphabetic())
}

fn all_digit(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit())
}

fn all_alnum(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// Where the RFC 5646 `langtag` parser stands.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum TagPart {
    Language,
    Extlang(u8),
    Script,
    Region,
    Variant,
    Extension,
}

/// Checks the RFC 5646 well-formed syntax; the error is a reason for people.
fn check_language_tag(tag: &str) -> Result<(), String> {
    if tag.is_empty() {
        return Err("a language tag must not be empty".into());
    }
    let mut subtags = tag.split('-');
    let first = subtags.next().unwrap_or_default();
    if first.eq_ignore_ascii_case("x") {
        return check_private_use(subtags, tag);
    }
    let primary_extlang_ok = match first.len() {
        2 | 3 if all_alpha(first) => true,
        4..=8 if all_alpha(first) => false,
        _ => {
            return Err(format!(
                "the primary language subtag {first:?} must be 2 to 8 ASCII letters"
            ))
        }
    };
    let mut part = TagPart::Language;
    let mut in_extension = false;
    while let Some(sub) = subtags.next() {
        let len = sub.len();
        if len == 0 || len > 8 || !all_alnum(sub) {
            return Err(format!(
                "subtag {sub:?} must be 1 to 8 ASCII letters or digits"
            ));
        }
        if len == 1 {
            if sub.eq_ignore_ascii_case("x") {
                return check_private_use(subtags, tag);
            }
            // An extension singleton: one or more subtags of 2 to 8 follow.
            in_extension = true;
            part = TagPart::Extension;
            match subtags.next() {
                Some(next) if (2..=8).contains(&next.len()) && all_alnum(next) => continue,
                _ => {
                    return Err(format!(
                        "extension {sub:?} must be followed by a subtag of 2 to 8 letters or digits"
                    ))
                }
            }
        }
        if in_extension {
            if len >= 2 {
                continue;
            }
            return Err(format!("extension subtag {sub:?} is too short"));
        }
        let next = if len == 3 && all_alpha(sub) && primary_extlang_ok {
            match part {
                TagPart::Language => TagPart::Extlang(1),
                TagPart::Extlang(n) if n < 3 => TagPart::Extlang(n + 1),
                _ => return Err(misplaced(sub, tag)),
            }
        } else if len == 4 && all_alpha(sub) && part < TagPart::Script {
            TagPart::Script
        } else if ((len == 2 && all_alpha(sub)) || (len == 3 && all_digit(sub)))
            && part < TagPart::Region
        {
            TagPart::Region
        } else if (5..=8).contains(&len)
            || (len == 4 && sub.as_bytes().first().is_some_and(u8::is_ascii_digit))
        {
            TagPart::Variant
        } else {
            return Err(misplaced(sub, tag));
        };
        part = next;
    }
    Ok(())
}

fn misplaced(sub: &str, tag: &str) -> String {
    format!("subtag {sub:?} does not fit where it stands in {tag:?} (RFC 5646 order: language, extlang, script, region, variants, extensions, private use)")
}

fn check_private_use<'a>(mut rest: impl Iterator<Item = &'a str>, tag: &str) -> Result<(), String> {
    let mut count = 0;
    for sub in rest.by_ref() {
        if sub.is_empty() || sub.len() > 8 || !all_alnum(sub) {
            return Err(format!(
                "private-use subtag {sub:?} in {tag:?} must be 1 to 8 ASCII letters or digits"
            ));
        }
        count += 1;
    }
    if count == 0 {
        return Err(format!(
            "private use 'x' in {tag:?} must be followed by a subtag"
        ));
    }
    Ok(())
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

// ---------------------------------------------------------------------------
// Closed lists of values

/// Declares a closed list of `snake_case` values (a kind, a status, ...):
/// the enum, its text forms, serde (unknown values refused with
/// `unknown_variant`) and a JSON Schema `enum` whose description lists
/// every value with its meaning.
macro_rules! string_enum {
    (
        $(#[doc = $doc:literal])*
        pub enum $name:ident {
            $(
                $(#[doc = $vdoc:literal])*
                $variant:ident = $text:literal,
            )*
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[doc = $vdoc])* $variant, )*
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            const NAMES: &'static [&'static str] = &[$($text),*];

            /// The `snake_case` text form.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text,)* }
            }

            /// The meaning of the value, from its documentation.
            pub fn description(self) -> &'static str {
                match self { $($name::$variant => concat!($($vdoc),*).trim_ascii(),)* }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::error::ValueError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok($name::$variant),)*
                    _ => Err($crate::error::ValueError::new(
                        $crate::validate::ErrorCode::UnknownVariant,
                        s,
                        format!("not a {}; expected one of: {}", stringify!($name), Self::NAMES.join(", ")),
                    )),
                }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;
                impl serde::de::Visitor<'_> for Visitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(f, "a string ({})", stringify!($name))
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$name, E> {
                        match v {
                            $($text => Ok($name::$variant),)*
                            _ => Err(E::unknown_variant(v, $name::NAMES)),
                        }
                    }
                }
                deserializer.deserialize_str(Visitor)
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn schema_id() -> std::borrow::Cow<'static, str> {
                concat!("structured_news::", stringify!($name)).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let mut description = String::from(concat!($($doc, "\n"),*).trim_ascii());
                description.push_str("\n");
                for value in Self::ALL {
                    description.push_str(&format!("\n- {}: {}", value.as_str(), value.description()));
                }
                schemars::json_schema!({
                    "type": "string",
                    "description": description,
                    "enum": Self::NAMES,
                })
            }
        }
    };
}
pub(crate) use string_enum;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_list_is_sorted_and_unique() {
        assert!(ASSIGNED_COUNTRY_CODES.windows(2).all(|w| w[0] < w[1]));
        assert!(ASSIGNED_COUNTRY_CODES
            .iter()
            .all(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())));
    }

    #[test]
    fn language_tags() {
        for ok in [
            "en",
            "ru",
            "tk",
            "en-US",
            "zh-Hant-TW",
            "sr-Latn-RS",
            "es-419",
            "de-CH-1901",
            "sl-rozaj-biske",
            "en-a-bbb-x-a-ccc",
            "x-whatever",
            "zh-yue-HK",
            "hy-Latn-IT-arevela",
            "art-lojban",
            "zh-min-nan",
            "en-GB-oxendict",
            "abcd",
            "qaa-Qaaa-QM-x-southern",
        ] {
            assert!(check_language_tag(ok).is_ok(), "{ok} should be well-formed");
        }
        for bad in [
            "",
            "e",
            "en_US",
            "en-",
            "-en",
            "en--US",
            "abcdefghi",
            "en-x",
            "en-a",
            "en-a-b",
            "i-klingon",
            "en-US-x",
            "1en",
            "en-Latn-Latn",
            "en-US-GB",
            "en-abcdefghi",
        ] {
            assert!(check_language_tag(bad).is_err(), "{bad} should be rejected");
        }
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

//! BCP 47 language tags.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use super::{all_alnum, all_alpha, all_digit};
use crate::error::ErrorCode;
use crate::error::ValueError;
use crate::read::de::string_newtype_impls;

/// The pattern every [`LanguageTag`] matches: the well-formed `langtag` and
/// `privateuse` productions of RFC 5646 (ECMA-262 / JSON Schema syntax).
pub(crate) const LANGUAGE_TAG_PATTERN: &str = concat!(
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
        self.0
            .split('-')
            .next()
            .expect("split yields at least one piece")
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
    let first = subtags.next().expect("split yields at least one piece");
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

#[cfg(test)]
mod tests {
    use super::*;

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
}

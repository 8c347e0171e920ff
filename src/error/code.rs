//! The stable codes of every problem the crate reports.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Declares [`ErrorCode`] with its string forms and documentation table.
macro_rules! error_codes {
    ($( $(#[$doc:meta])* $variant:ident = $text:literal, $stage:ident; )*) => {
        /// The stable, machine-readable code of every problem the crate
        /// reports, whether found while reading JSON or by validation.
        ///
        /// The string form ([`as_str`](Self::as_str), `Display`, serde) is
        /// `snake_case` and will not change within a major version. New
        /// codes may be added, so match with a wildcard arm.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum ErrorCode {
            $( $(#[$doc])* $variant, )*
        }

        impl ErrorCode {
            /// Every code, in the order of the rule table.
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant),*];

            /// The `snake_case` string form, e.g. `"unknown_reference"`.
            pub fn as_str(self) -> &'static str {
                match self { $(ErrorCode::$variant => $text,)* }
            }

            /// Where the problem is found: while reading the input
            /// ([`Stage::Read`]) or by [`Validate`](super::Validate) ([`Stage::Validate`]).
            pub fn stage(self) -> Stage {
                match self { $(ErrorCode::$variant => Stage::$stage,)* }
            }
        }

        impl FromStr for ErrorCode {
            type Err = UnknownErrorCode;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok(ErrorCode::$variant),)*
                    _ => Err(UnknownErrorCode(())),
                }
            }
        }
    };
}

error_codes! {
    /// The input could not be read (an I/O error).
    Io = "io", Read;
    /// The input is larger than the size limit the caller set.
    TooLarge = "too_large", Read;
    /// The input is not well-formed JSON: a stray or trailing character,
    /// invalid UTF-8, a byte-order mark, `NaN`, a comment, ...
    Syntax = "syntax", Read;
    /// The input ends before the JSON value does (empty or cut short).
    UnexpectedEnd = "unexpected_end", Read;
    /// A value has the wrong JSON type (a number where a string belongs, ...).
    WrongType = "wrong_type", Read;
    /// A required field is absent.
    MissingField = "missing_field", Read;
    /// An object has a field that the format does not define.
    UnknownField = "unknown_field", Read;
    /// An object has the same field twice.
    DuplicateField = "duplicate_field", Read;
    /// A value that its type refuses for another reason.
    InvalidValue = "invalid_value", Read;
    /// `format_version` is not a version this crate reads.
    UnsupportedFormatVersion = "unsupported_format_version", Read;
    /// An id is empty, too long or has a character outside `A-Z a-z 0-9 . _ : -`.
    InvalidId = "invalid_id", Read;
    /// A country is not an officially assigned ISO 3166-1 alpha-2 code.
    InvalidCountryCode = "invalid_country_code", Read;
    /// A language is not a well-formed BCP 47 tag.
    InvalidLanguageTag = "invalid_language_tag", Read;
    /// A URL has no scheme or has characters that must be percent-encoded.
    InvalidUrl = "invalid_url", Read;
    /// A Wikidata id is not `Q` followed by a number.
    InvalidWikidataId = "invalid_wikidata_id", Read;
    /// A date is malformed (not `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or another
    /// EDTF form the crate accepts), impossible (`2023-02-30`, month 13 or
    /// 25), an interval with no date at either end (`../..`), or a
    /// publication date with a qualifier, a grouping or an interval.
    InvalidDate = "invalid_date", Read;
    /// A date interval `A/B` ends before it starts.
    ReversedInterval = "reversed_interval", Read;
    /// A timestamp is not an RFC 3339 date-time with an offset.
    InvalidTimestamp = "invalid_timestamp", Read;
    /// A time of day is not `HH:MM` or `HH:MM:SS` with an optional offset.
    InvalidTime = "invalid_time", Read;
    /// A currency is not an active ISO 4217 code (upper case).
    InvalidCurrencyCode = "invalid_currency_code", Read;
    /// A value is not one of its vocabulary's values (a meeting kind, a
    /// status, ...). Reading keeps it; validation reports it with every
    /// other problem.
    UnknownVariant = "unknown_variant", Validate;
    /// Two things in the article have the same id.
    DuplicateId = "duplicate_id", Validate;
    /// A reference names an id that nothing in the article has.
    UnknownReference = "unknown_reference", Validate;
    /// A reference points at the wrong kind of thing (a speaker that is a
    /// place, a setting that is not a meeting, a party that is a city, ...).
    WrongReferenceKind = "wrong_reference_kind", Validate;
    /// The same id appears twice in one list of references.
    DuplicateReference = "duplicate_reference", Validate;
    /// A chain of `part_of` (meetings), `parent` (organizations) or
    /// `within` (places) comes back to where it started.
    ReferenceCycle = "reference_cycle", Validate;
    /// A meeting coincides with itself.
    SelfReference = "self_reference", Validate;
    /// A name or text is empty or only white space.
    BlankText = "blank_text", Validate;
    /// A commitment binds no party.
    NoBoundParty = "no_bound_party", Validate;
    /// A person or group has neither a name nor a description.
    NoName = "no_name", Validate;
    /// A commitment has no status observation.
    NoStatus = "no_status", Validate;
    /// A date has neither a value nor the words it was written in.
    EmptyDate = "empty_date", Validate;
    /// A quantity has neither a currency nor a unit.
    NoUnit = "no_unit", Validate;
    /// A role ends before it starts.
    EndBeforeStart = "end_before_start", Validate;
    /// A party is both bound by a commitment and its counterparty.
    PartyConflict = "party_conflict", Validate;
    /// A held meeting or a statement is dated after the article was published.
    DateAfterPublication = "date_after_publication", Validate;
    /// A commitment falls due before the date of the statement that made it.
    DueBeforeMade = "due_before_made", Validate;
    /// Evidence quotes text (with its prefix and suffix) that is not in the body.
    EvidenceNotFound = "evidence_not_found", Validate;
    /// An evidence position ends before it starts or beyond the end of the body.
    InvalidPosition = "invalid_position", Validate;
    /// An evidence position selects other text than the quote's `exact`,
    /// or the quote's prefix or suffix does not surround it there.
    EvidencePositionMismatch = "evidence_position_mismatch", Validate;
    /// A direct quote's text does not occur word for word in the body.
    QuoteNotInBody = "quote_not_in_body", Validate;
    /// A direct quote has evidence, but none of it holds the quote.
    QuoteOutsideEvidence = "quote_outside_evidence", Validate;
}

/// When a problem is found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Stage {
    /// While reading the input (the JSON is malformed or mistyped, or a
    /// checked value such as a date is refused); reading stops at the first.
    Read,
    /// By [`Validate::validate`](super::Validate::validate), which reports every problem at once.
    Validate,
}

/// The error of parsing a string that is not an [`ErrorCode`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownErrorCode(());

impl fmt::Display for UnknownErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a structured-news error code")
    }
}

impl std::error::Error for UnknownErrorCode {}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        s.parse()
            .map_err(|_| serde::de::Error::custom(format_args!("unknown error code {s:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_through_text() {
        for &code in ErrorCode::ALL {
            assert_eq!(code.as_str().parse::<ErrorCode>(), Ok(code));
            assert!(code
                .as_str()
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'_'));
        }
        assert!("nope".parse::<ErrorCode>().is_err());
    }
}

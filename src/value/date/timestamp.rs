//! Timestamps with an offset, and publication dates (a date or a
//! timestamp).

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat, Timelike};
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use super::{PartialDate, LEVEL_0_DATE_PATTERN};
use crate::error::{ErrorCode, ValueError};
use crate::read::de::display_newtype_impls;

/// The pattern every [`Timestamp`] matches (with `format: date-time`).
/// It states the ranges of each field (no leap second, no hour 24); the
/// crate also refuses days that do not exist.
pub(crate) const TIMESTAMP_PATTERN: &str = concat!(
    "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])",
    "[Tt](?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?",
    "(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$"
);

/// A moment with its UTC offset, in RFC 3339 form:
/// `2023-12-04T10:30:00+05:00` or `2023-12-04T05:30:00Z`.
///
/// The offset is kept: two timestamps are equal only when both the instant
/// and the offset are. Leap seconds (`:60`) are refused.
///
/// ```
/// use structured_news::Timestamp;
///
/// let t: Timestamp = "2023-12-04T10:30:00+05:00".parse()?;
/// assert_eq!(t.to_string(), "2023-12-04T10:30:00+05:00");
/// assert!("2023-12-04 10:30".parse::<Timestamp>().is_err());
/// # Ok::<(), structured_news::ValueError>(())
/// ```
#[derive(Clone, Copy)]
pub struct Timestamp(DateTime<FixedOffset>);

impl Timestamp {
    /// The chrono value.
    pub fn as_datetime(&self) -> DateTime<FixedOffset> {
        self.0
    }

    /// The calendar date at the timestamp's own offset.
    pub fn local_date(&self) -> NaiveDate {
        self.0.date_naive()
    }
}

impl PartialEq for Timestamp {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0 && self.0.offset() == other.0.offset()
    }
}

impl Eq for Timestamp {}

impl std::hash::Hash for Timestamp {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
        self.0.offset().local_minus_utc().hash(state);
    }
}

impl TryFrom<DateTime<FixedOffset>> for Timestamp {
    type Error = ValueError;

    /// Fails for years outside 0 to 9999 or a leap second, which RFC 3339
    /// text in this crate cannot carry.
    fn try_from(value: DateTime<FixedOffset>) -> Result<Self, Self::Error> {
        value.to_rfc3339_opts(SecondsFormat::AutoSi, true).parse()
    }
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Timestamp({self})")
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.to_rfc3339_opts(SecondsFormat::AutoSi, true))
    }
}

/// Whether `s` has the exact RFC 3339 `date-time` shape (checked before
/// chrono, which also accepts a space for `T`).
fn has_rfc3339_shape(s: &str) -> bool {
    let b = s.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let is = |i: usize, c: u8| b.get(i) == Some(&c);
    let head = (0..4).all(digit)
        && is(4, b'-')
        && digit(5)
        && digit(6)
        && is(7, b'-')
        && digit(8)
        && digit(9)
        && (is(10, b'T') || is(10, b't'))
        && digit(11)
        && digit(12)
        && is(13, b':')
        && digit(14)
        && digit(15)
        && is(16, b':')
        && digit(17)
        && digit(18);
    if !head {
        return false;
    }
    let mut i = 19;
    if is(i, b'.') {
        i += 1;
        let start = i;
        while digit(i) {
            i += 1;
        }
        // chrono keeps nanoseconds: more digits would not read back.
        if i == start || i - start > 9 {
            return false;
        }
    }
    match b.get(i) {
        Some(b'Z' | b'z') => i + 1 == b.len(),
        Some(b'+' | b'-') => {
            digit(i + 1)
                && digit(i + 2)
                && is(i + 3, b':')
                && digit(i + 4)
                && digit(i + 5)
                && i + 6 == b.len()
        }
        _ => false,
    }
}

impl FromStr for Timestamp {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = |reason: String| ValueError::new(ErrorCode::InvalidTimestamp, s, reason);
        if !has_rfc3339_shape(s) {
            return Err(err(
                "not an RFC 3339 timestamp: write YYYY-MM-DDTHH:MM:SS with an optional fraction of up to 9 digits and an offset (Z or +HH:MM)".into(),
            ));
        }
        let parsed = DateTime::parse_from_rfc3339(s)
            .map_err(|e| err(format!("not a valid date and time: {e}")))?;
        if parsed.nanosecond() >= 1_000_000_000 {
            return Err(err("leap seconds (:60) are not accepted".into()));
        }
        Ok(Timestamp(parsed))
    }
}

display_newtype_impls!(Timestamp);

impl JsonSchema for Timestamp {
    fn schema_name() -> Cow<'static, str> {
        "Timestamp".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "structured_news::Timestamp".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A moment with its UTC offset (RFC 3339), e.g. 2023-12-04T10:30:00+05:00. Leap seconds are refused.",
            "format": "date-time",
            "pattern": TIMESTAMP_PATTERN,
        })
    }
}

/// When an article was published: a date known to the year, month or day,
/// or a timestamp with its offset. Written `2023-12-04` or
/// `2023-12-04T10:30:00+05:00`.
///
/// A publication date is of EDTF level 0: reading refuses a qualifier
/// (`2023-12-04?`), a season, quarter or half (`2023-41`) and an interval
/// with [`ErrorCode::InvalidDate`], because the date rules compare other
/// dates with its last day, and a publisher knows when it published.
/// `TryFrom<PartialDate>` refuses them too; a [`PublicationDate::Date`] made directly should hold
/// a level-0 date ([`PartialDate::is_level_0`]), or it would not read back.
///
/// ```
/// use structured_news::{ErrorCode, PublicationDate};
///
/// assert!("2023-12-04".parse::<PublicationDate>().is_ok());
/// let e = "2023-12-04~".parse::<PublicationDate>().unwrap_err();
/// assert_eq!(e.code(), ErrorCode::InvalidDate);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PublicationDate {
    /// A date known to the year, month or day (EDTF level 0: no qualifier,
    /// no grouping).
    Date(PartialDate),
    /// A moment with its UTC offset.
    Timestamp(Timestamp),
}

impl PublicationDate {
    /// The first calendar day it may denote: the date's first day, or the
    /// timestamp's date at its own offset.
    pub fn first_day(&self) -> NaiveDate {
        match self {
            PublicationDate::Date(d) => d.first_day(),
            PublicationDate::Timestamp(t) => t.local_date(),
        }
    }

    /// The last calendar day it may denote: the date's last day, or the
    /// timestamp's date at its own offset.
    pub fn last_day(&self) -> NaiveDate {
        match self {
            PublicationDate::Date(d) => d.last_day(),
            PublicationDate::Timestamp(t) => t.local_date(),
        }
    }
}

/// Why a partial date cannot be a publication date, if it cannot.
fn level_0_refusal(date: &PartialDate) -> Option<&'static str> {
    if date.qualifier().is_some() {
        Some("a publication date has no qualifier (?, ~ or %): write the year, month or day the article was published, and `published_inferred: true` when it was worked out rather than printed")
    } else if date.sub_year_grouping().is_some() {
        Some("a publication date is a year, month or day, not a season, quarter or half (EDTF level 0)")
    } else {
        None
    }
}

impl TryFrom<PartialDate> for PublicationDate {
    type Error = ValueError;

    /// The date, if it is of EDTF level 0 (no qualifier, no grouping).
    fn try_from(date: PartialDate) -> Result<Self, Self::Error> {
        match level_0_refusal(&date) {
            None => Ok(PublicationDate::Date(date)),
            Some(reason) => Err(ValueError::new(
                ErrorCode::InvalidDate,
                &date.to_string(),
                reason,
            )),
        }
    }
}

impl From<Timestamp> for PublicationDate {
    fn from(timestamp: Timestamp) -> Self {
        PublicationDate::Timestamp(timestamp)
    }
}

impl fmt::Display for PublicationDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PublicationDate::Date(d) => d.fmt(f),
            PublicationDate::Timestamp(t) => t.fmt(f),
        }
    }
}

impl FromStr for PublicationDate {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // A date has no time: anything longer with a time separator or a
        // colon is a timestamp, and its errors speak of timestamps.
        if s.len() > 10 && s.contains(['T', 't', ':']) {
            s.parse().map(PublicationDate::Timestamp)
        } else if s.contains('/') {
            Err(ValueError::new(
                ErrorCode::InvalidDate,
                s,
                "a publication date is one date, not an interval",
            ))
        } else {
            let date: PartialDate = s.parse()?;
            match level_0_refusal(&date) {
                None => Ok(PublicationDate::Date(date)),
                Some(reason) => Err(ValueError::new(ErrorCode::InvalidDate, s, reason)),
            }
        }
    }
}

display_newtype_impls!(PublicationDate);

impl JsonSchema for PublicationDate {
    fn schema_name() -> Cow<'static, str> {
        "PublicationDate".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "structured_news::PublicationDate".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "When the article was published: a date (YYYY, YYYY-MM or YYYY-MM-DD, EDTF level 0) or an RFC 3339 timestamp with its offset. Unlike other dates, it takes no qualifier (?, ~, %), no season, quarter or half, and no interval.",
            "anyOf": [
                {"type": "string", "pattern": LEVEL_0_DATE_PATTERN},
                {"type": "string", "format": "date-time", "pattern": TIMESTAMP_PATTERN},
            ],
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps() {
        let t: Timestamp = "2023-12-04T10:30:00.250+05:00".parse().unwrap();
        assert_eq!(t.to_string(), "2023-12-04T10:30:00.250+05:00");
        assert_eq!(
            t.local_date(),
            NaiveDate::from_ymd_opt(2023, 12, 4).unwrap()
        );
        let z: Timestamp = "2023-12-04T05:30:00.25z".parse().unwrap();
        assert_eq!(z.to_string(), "2023-12-04T05:30:00.250Z");
        assert_ne!(t, z, "same instant, other offset");
        for bad in [
            "2023-12-04 10:30:00Z",
            "2023-12-04T10:30Z",
            "2023-12-04T10:30:00",
            "2023-12-04T25:00:00Z",
            "2023-02-30T10:00:00Z",
            "2023-12-04T23:59:60Z",
            "2023-12-04T10:30:00+5:00",
            "2023-12-04T10:30:00.Z",
        ] {
            assert_eq!(
                bad.parse::<Timestamp>().unwrap_err().code(),
                ErrorCode::InvalidTimestamp,
                "{bad}"
            );
        }
    }

    #[test]
    fn publication_dates_are_of_level_0() {
        for ok in ["2023", "2023-12", "2023-12-04", "2023-12-04T10:30:00Z"] {
            assert_eq!(ok.parse::<PublicationDate>().unwrap().to_string(), ok);
        }
        let cases = [
            ("2023-12-04?", "qualifier"),
            ("2023~", "qualifier"),
            ("2023-33", "not a season, quarter or half"),
            ("2023-24%", "qualifier"),
            ("2023-12-04/2023-12-05", "not an interval"),
            ("2023-12-04/..", "not an interval"),
            ("/2023", "not an interval"),
        ];
        for (bad, why) in cases {
            let e = bad.parse::<PublicationDate>().unwrap_err();
            assert_eq!(e.code(), ErrorCode::InvalidDate, "{bad}");
            assert!(e.reason().contains(why), "{bad}: {}", e.reason());
        }
        let quarter: PartialDate = "2023-33".parse().unwrap();
        assert_eq!(
            PublicationDate::try_from(quarter).unwrap_err().code(),
            ErrorCode::InvalidDate
        );
        let day: PartialDate = "2023-12-04".parse().unwrap();
        assert_eq!(
            PublicationDate::try_from(day).unwrap(),
            PublicationDate::Date(day)
        );
    }
}

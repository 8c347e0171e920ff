//! Dates as news reports them: partial dates (`2023`, `2023-12`,
//! `2023-12-04`), intervals (`2023-12-04/2023-12-05`) and timestamps with an
//! offset (`2023-12-04T10:30:00+05:00`).
//!
//! The text forms are ISO 8601 / EDTF level 0 and RFC 3339. Every value is
//! parsed into chrono types when read, so an impossible date such as
//! `2023-02-30` or month 13 is refused with [`ErrorCode::InvalidDate`], and an
//! interval that ends before it starts with [`ErrorCode::ReversedInterval`].

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use crate::de::display_newtype_impls;
use crate::error::{ErrorCode, ValueError};

mod timestamp;
pub use timestamp::{PublicationDate, Timestamp};

/// The pattern every [`PartialDate`] matches (ECMA-262 / JSON Schema syntax).
/// It cannot exclude impossible days such as `2023-02-30`; the crate does.
pub(crate) const PARTIAL_DATE_PATTERN: &str =
    "^[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?$";

/// The pattern every [`EventDate`] matches: a partial date or an interval of
/// two.
pub(crate) const EVENT_DATE_PATTERN: &str = concat!(
    "^[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?",
    "(?:/[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?)?$"
);

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// How much of a [`PartialDate`] is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DatePrecision {
    /// Only the year: `2023`.
    Year,
    /// The year and month: `2023-12`.
    Month,
    /// The full date: `2023-12-04`.
    Day,
}

/// A calendar date known to the year, the month or the day: `2023`,
/// `2023-12` or `2023-12-04` (ISO 8601 / EDTF level 0, years 0000 to 9999,
/// proleptic Gregorian calendar).
///
/// A partial date stands for the span of days it covers, from
/// [`first_day`](Self::first_day) to [`last_day`](Self::last_day).
///
/// ```
/// use structured_news::{PartialDate, DatePrecision};
/// use chrono::NaiveDate;
///
/// let december: PartialDate = "2023-12".parse()?;
/// assert_eq!(december.precision(), DatePrecision::Month);
/// assert_eq!(december.first_day(), NaiveDate::from_ymd_opt(2023, 12, 1).unwrap());
/// assert_eq!(december.last_day(), NaiveDate::from_ymd_opt(2023, 12, 31).unwrap());
/// assert!("2023-02-30".parse::<PartialDate>().is_err());
/// assert!("2024-02-29".parse::<PartialDate>().is_ok()); // a leap year
/// # Ok::<(), structured_news::ValueError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    first: NaiveDate,
    last: NaiveDate,
    precision: DatePrecision,
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn month_name(month: u32) -> &'static str {
    MONTHS
        .get(month.wrapping_sub(1) as usize)
        .copied()
        .expect("a PartialDate's month is 1 to 12, checked when it was made")
}

impl PartialDate {
    fn make(
        input: &str,
        year: i32,
        month: Option<u32>,
        day: Option<u32>,
    ) -> Result<Self, ValueError> {
        let err = |reason: String| ValueError::new(ErrorCode::InvalidDate, input, reason);
        if !(0..=9999).contains(&year) {
            return Err(err(format!("year {year} is outside 0000 to 9999")));
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(err(format!("month {m:02} does not exist")));
            }
        }
        let (precision, first_month, first_day, last_month, last_day) = match (month, day) {
            (None, None) => (DatePrecision::Year, 1, 1, 12, 31),
            (Some(m), None) => (DatePrecision::Month, m, 1, m, days_in_month(year, m)),
            (Some(m), Some(d)) => {
                if d == 0 || d > days_in_month(year, m) {
                    return Err(err(format!("{} {year:04} has no day {d}", month_name(m))));
                }
                (DatePrecision::Day, m, d, m, d)
            }
            (None, Some(_)) => return Err(err("a day needs a month".into())),
        };
        let first = NaiveDate::from_ymd_opt(year, first_month, first_day);
        let last = NaiveDate::from_ymd_opt(year, last_month, last_day);
        match (first, last) {
            (Some(first), Some(last)) => Ok(PartialDate {
                first,
                last,
                precision,
            }),
            _ => Err(err("not a calendar date".into())),
        }
    }

    /// The year `year` (0 to 9999).
    ///
    /// # Errors
    /// [`ErrorCode::InvalidDate`] outside 0 to 9999.
    pub fn from_year(year: i32) -> Result<Self, ValueError> {
        Self::make(&year.to_string(), year, None, None)
    }

    /// The month `month` (1 to 12) of `year`.
    ///
    /// # Errors
    /// [`ErrorCode::InvalidDate`] for a month outside 1 to 12 or a year
    /// outside 0 to 9999.
    pub fn from_year_month(year: i32, month: u32) -> Result<Self, ValueError> {
        Self::make(&format!("{year:04}-{month:02}"), year, Some(month), None)
    }

    /// The day `year`-`month`-`day`.
    ///
    /// # Errors
    /// [`ErrorCode::InvalidDate`] for a day that does not exist.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Result<Self, ValueError> {
        Self::make(
            &format!("{year:04}-{month:02}-{day:02}"),
            year,
            Some(month),
            Some(day),
        )
    }

    /// The year.
    pub fn year(&self) -> i32 {
        self.first.year()
    }

    /// The month (1 to 12), when known.
    pub fn month(&self) -> Option<u32> {
        (self.precision >= DatePrecision::Month).then(|| self.first.month())
    }

    /// The day of the month, when known.
    pub fn day(&self) -> Option<u32> {
        (self.precision == DatePrecision::Day).then(|| self.first.day())
    }

    /// How much of the date is known.
    pub fn precision(&self) -> DatePrecision {
        self.precision
    }

    /// The first day the date covers (1 January for a year).
    pub fn first_day(&self) -> NaiveDate {
        self.first
    }

    /// The last day the date covers (31 December for a year).
    pub fn last_day(&self) -> NaiveDate {
        self.last
    }

    /// The date as a chrono date, when it is known to the day.
    pub fn to_naive_date(&self) -> Option<NaiveDate> {
        (self.precision == DatePrecision::Day).then_some(self.first)
    }
}

impl TryFrom<NaiveDate> for PartialDate {
    type Error = ValueError;

    /// A full date; fails for years outside 0 to 9999.
    fn try_from(date: NaiveDate) -> Result<Self, Self::Error> {
        Self::from_ymd(date.year(), date.month(), date.day())
    }
}

impl fmt::Debug for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PartialDate({self})")
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.first;
        match self.precision {
            DatePrecision::Year => write!(f, "{:04}", d.year()),
            DatePrecision::Month => write!(f, "{:04}-{:02}", d.year(), d.month()),
            DatePrecision::Day => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
        }
    }
}

/// Parses exactly `n` ASCII digits.
fn digits(s: &str, n: usize) -> Option<u32> {
    (s.len() == n && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

impl FromStr for PartialDate {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let malformed = || {
            ValueError::new(
                ErrorCode::InvalidDate,
                s,
                "not a date: write YYYY, YYYY-MM or YYYY-MM-DD (ISO 8601 / EDTF level 0)",
            )
        };
        let mut parts = s.split('-');
        let year = parts
            .next()
            .and_then(|y| digits(y, 4))
            .ok_or_else(malformed)?;
        let month = match parts.next() {
            None => None,
            Some(m) => Some(digits(m, 2).ok_or_else(malformed)?),
        };
        let day = match parts.next() {
            None => None,
            Some(d) => Some(digits(d, 2).ok_or_else(malformed)?),
        };
        if parts.next().is_some() {
            return Err(malformed());
        }
        let year = i32::try_from(year).map_err(|_| malformed())?;
        Self::make(s, year, month, day)
    }
}

display_newtype_impls!(PartialDate);

impl JsonSchema for PartialDate {
    fn schema_name() -> Cow<'static, str> {
        "PartialDate".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "structured_news::PartialDate".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A date known to the year, month or day: YYYY, YYYY-MM or YYYY-MM-DD (ISO 8601 / EDTF level 0). Impossible dates such as 2023-02-30 are refused by the validator.",
            "pattern": PARTIAL_DATE_PATTERN,
        })
    }
}

/// An interval of two partial dates, `start/end` (EDTF level 0), such as
/// `2023-12-04/2023-12-05`. The end may not lie wholly before the start.
///
/// ```
/// use structured_news::DateInterval;
///
/// let two_days: DateInterval = "2023-12-04/2023-12-05".parse()?;
/// assert_eq!(two_days.start().to_string(), "2023-12-04");
/// assert!("2023-12-05/2023-12-04".parse::<DateInterval>().is_err());
/// # Ok::<(), structured_news::ValueError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateInterval {
    start: PartialDate,
    end: PartialDate,
}

impl DateInterval {
    /// The interval from `start` to `end`.
    ///
    /// # Errors
    /// [`ErrorCode::ReversedInterval`] when `end` lies wholly before `start`
    /// (at the coarser of their precisions, the end comes first).
    pub fn new(start: PartialDate, end: PartialDate) -> Result<Self, ValueError> {
        if end.last_day() < start.first_day() {
            return Err(ValueError::new(
                ErrorCode::ReversedInterval,
                &format!("{start}/{end}"),
                format!("the interval ends ({end}) before it starts ({start})"),
            ));
        }
        Ok(DateInterval { start, end })
    }

    /// Where the interval starts.
    pub fn start(&self) -> PartialDate {
        self.start
    }

    /// Where the interval ends.
    pub fn end(&self) -> PartialDate {
        self.end
    }
}

impl fmt::Debug for DateInterval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DateInterval({self})")
    }
}

impl fmt::Display for DateInterval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.start, self.end)
    }
}

impl FromStr for DateInterval {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let Some((a, b)) = s.split_once('/') else {
            return Err(ValueError::new(
                ErrorCode::InvalidDate,
                s,
                "an interval is two dates joined by '/', e.g. 2023-12-04/2023-12-05",
            ));
        };
        let side = |part: &str, which: &str| {
            part.parse::<PartialDate>().map_err(|e| {
                ValueError::new(
                    e.code(),
                    s,
                    format!("the {which} of the interval: {}", e.reason()),
                )
            })
        };
        DateInterval::new(side(a, "start")?, side(b, "end")?)
    }
}

display_newtype_impls!(DateInterval);

/// When something happened or is due: a [`PartialDate`] or a
/// [`DateInterval`], written `2023-12-11` or `2023-12-04/2023-12-05`.
///
/// ```
/// use structured_news::EventDate;
///
/// let day: EventDate = "2023-12-11".parse()?;
/// let span: EventDate = "2023-12/2024-01".parse()?;
/// assert!(day.last_day() < span.last_day());
/// # Ok::<(), structured_news::ValueError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventDate {
    /// One date, known to the year, month or day.
    Date(PartialDate),
    /// An interval of two dates.
    Interval(DateInterval),
}

impl EventDate {
    /// The first day it covers.
    pub fn first_day(&self) -> NaiveDate {
        match self {
            EventDate::Date(d) => d.first_day(),
            EventDate::Interval(i) => i.start.first_day(),
        }
    }

    /// The last day it covers.
    pub fn last_day(&self) -> NaiveDate {
        match self {
            EventDate::Date(d) => d.last_day(),
            EventDate::Interval(i) => i.end.last_day(),
        }
    }
}

impl From<PartialDate> for EventDate {
    fn from(date: PartialDate) -> Self {
        EventDate::Date(date)
    }
}

impl From<DateInterval> for EventDate {
    fn from(interval: DateInterval) -> Self {
        EventDate::Interval(interval)
    }
}

impl fmt::Display for EventDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EventDate::Date(d) => d.fmt(f),
            EventDate::Interval(i) => i.fmt(f),
        }
    }
}

impl FromStr for EventDate {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.contains('/') {
            s.parse().map(EventDate::Interval)
        } else {
            s.parse().map(EventDate::Date)
        }
    }
}

display_newtype_impls!(EventDate);

impl JsonSchema for EventDate {
    fn schema_name() -> Cow<'static, str> {
        "EventDate".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "structured_news::EventDate".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A date (YYYY, YYYY-MM or YYYY-MM-DD) or an interval of two joined by '/' (EDTF level 0), e.g. 2023-12-11 or 2023-12-04/2023-12-05. Impossible dates and intervals that end before they start are refused by the validator.",
            "pattern": EVENT_DATE_PATTERN,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_parse_and_print() {
        for s in [
            "2023",
            "2023-12",
            "2023-12-04",
            "2024-02-29",
            "0000",
            "9999-12-31",
        ] {
            assert_eq!(s.parse::<PartialDate>().unwrap().to_string(), s);
        }
        let cases = [
            ("2023-02-30", "February 2023 has no day 30"),
            ("2023-02-29", "February 2023 has no day 29"),
            ("2023-13", "month 13 does not exist"),
            ("2023-00-10", "month 00 does not exist"),
            ("2023-04-00", "April 2023 has no day 0"),
            ("1900-02-29", "February 1900 has no day 29"),
        ];
        for (s, reason) in cases {
            let e = s.parse::<PartialDate>().unwrap_err();
            assert_eq!(e.code(), ErrorCode::InvalidDate, "{s}");
            assert_eq!(e.reason(), reason, "{s}");
        }
        for s in [
            "",
            "23",
            "2023-1",
            "2023-12-4",
            "2023/12/04",
            "2023-12-04T00",
            "+2023",
            "２０２３",
        ] {
            assert_eq!(
                s.parse::<PartialDate>().unwrap_err().code(),
                ErrorCode::InvalidDate,
                "{s}"
            );
        }
    }

    #[test]
    fn intervals_are_ordered_at_the_coarser_precision() {
        assert!("2023-12-04/2023-12-04".parse::<DateInterval>().is_ok());
        assert!("2023-12/2023-12-04".parse::<DateInterval>().is_ok());
        assert!("2023-12-05/2023-12".parse::<DateInterval>().is_ok());
        let e = "2023-12/2023-11-30".parse::<DateInterval>().unwrap_err();
        assert_eq!(e.code(), ErrorCode::ReversedInterval);
        let e = "2023-12-04/2023-02-30".parse::<DateInterval>().unwrap_err();
        assert_eq!(e.code(), ErrorCode::InvalidDate);
        assert_eq!(
            e.reason(),
            "the end of the interval: February 2023 has no day 30"
        );
    }
}

//! Dates as news reports them: partial dates (`2023`, `2023-12`,
//! `2023-12-04`), intervals (`2023-12-04/2023-12-05`), timestamps with an
//! offset (`2023-12-04T10:30:00+05:00`), and [`When`]: a date with the words
//! of the article it comes from.
//!
//! The text forms are ISO 8601 / EDTF (Extended Date/Time Format, ISO
//! 8601-2) and RFC 3339. Every value is parsed into chrono types when read,
//! so an impossible date such as `2023-02-30` or month 13 is refused with
//! [`ErrorCode::InvalidDate`], and an interval that ends before it starts
//! with [`ErrorCode::ReversedInterval`].
//!
//! # The forms of a date
//!
//! | form | example | meaning |
//! |---|---|---|
//! | year, month, day (EDTF level 0) | `2023`, `2023-12`, `2023-12-04` | that year, month or day |
//! | qualifier (level 1) | `2014-01?`, `2018~`, `2023-12-04%` | `?` uncertain, `~` approximate, `%` both; it qualifies the whole date and is written last |
//! | season (level 1) | `2024-21` … `2024-24` | spring (March–May), summer (June–August), autumn (September–November), winter (December of that year to February of the next); northern hemisphere |
//! | quarter (level 2) | `2024-33` … `2024-36` | January–March, April–June, July–September, October–December |
//! | half (level 2) | `2024-40`, `2024-41` | January–June, July–December |
//! | interval (level 0) | `2023-12-04/2023-12-05` | from the first day of the start to the last day of the end |
//! | open end (level 1) | `2019-05-14/..`, `../2019-05-14` | the interval has no bound on that side (still going on, or since ever) |
//! | unknown end (level 1) | `2019-05-14/`, `/2019-05-14` | the interval has a bound there, but it is not known |
//!
//! A qualifier may follow a grouping (`2024-33~`), and either end of an
//! interval may be any of the dates above (`2024-21/2024-22~`); at least one
//! end of an interval must be a date (`../..` is refused). Other EDTF
//! features (unspecified digits `201X`, years beyond 9999, qualifiers on
//! one component, sets) are not accepted.
//!
//! How to write what articles say:
//!
//! - "at the start of the year", "early 2024": the first quarter, `2024-33`,
//!   and `2024-33~` when the article is vague about it;
//! - "at the end of the year": the fourth quarter, `2024-36` (`2024-36~`);
//! - "the second half of the year": `2024-41`; "the first half": `2024-40`;
//! - "this summer": `2024-22`; "last winter" in January 2024: `2023-24`;
//! - "since May 14": `2019-05-14/..`; "until May 14, start not given":
//!   `/2019-05-14`.
//!
//! Relative expressions ("on Monday", "last week", "Dec. 11") are resolved
//! against the publication date by [`resolve_relative`], whose rules its
//! module documents; [`When`] keeps the article's words next to the value.
//!
//! A publication date ([`PublicationDate`]) is stricter: a year, month or
//! day of EDTF level 0, or a timestamp.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use crate::error::{ErrorCode, ValueError};
use crate::read::de::display_newtype_impls;

mod duration;
mod relative;
mod time_of_day;
mod timestamp;
mod when;
pub(crate) mod words;
pub use duration::IsoDuration;
pub use relative::{resolve_relative, resolve_relative_in, Tense};
pub use time_of_day::TimeOfDay;
pub use timestamp::{PublicationDate, Timestamp};
pub use when::{RelativeTo, TimeRelation, When};

/// The regular expression of an EDTF level 0 date (no anchors).
macro_rules! level_0_date {
    () => {
        "[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?"
    };
}

/// The regular expression of a [`PartialDate`] (no anchors): a year, then a
/// month and maybe a day, or a grouping; then maybe a qualifier.
macro_rules! partial_date {
    () => {
        concat!(
            "[0-9]{4}(?:-(?:(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?",
            "|2[1-4]|3[3-6]|4[01]))?[?~%]?"
        )
    };
}

/// The pattern of an EDTF level 0 date, which a [`PublicationDate`] that is
/// not a timestamp matches.
pub(crate) const LEVEL_0_DATE_PATTERN: &str = concat!("^", level_0_date!(), "$");

/// The pattern every [`PartialDate`] matches (ECMA-262 / JSON Schema syntax).
/// It cannot exclude impossible days such as `2023-02-30`; the crate does.
pub(crate) const PARTIAL_DATE_PATTERN: &str = concat!("^", partial_date!(), "$");

/// The pattern every [`EventDate`] matches: a partial date, or an interval
/// whose ends are partial dates, `..` (open) or nothing (unknown), at least
/// one of them a date.
pub(crate) const EVENT_DATE_PATTERN: &str = concat!(
    "^(?:",
    partial_date!(),
    "(?:/(?:",
    partial_date!(),
    "|\\.\\.)?)?|(?:\\.\\.)?/",
    partial_date!(),
    ")$"
);

/// The English names of the months, January first: messages name a
/// month by them.
pub(crate) const MONTHS: [&str; 12] = [
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
///
/// The order (`Ord`) is from the coarsest to the finest: `Year < Half <
/// Season < Quarter < Month < Day`. A season and a quarter both cover three
/// months; a season comes first because it is the vaguer of the two (its
/// months straddle the quarters, and winter straddles the year).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DatePrecision {
    /// Only the year: `2023`.
    Year,
    /// A half of the year: `2023-40` (January–June) or `2023-41`
    /// (July–December). EDTF level 2.
    Half,
    /// A season: `2023-21` spring, `2023-22` summer, `2023-23` autumn,
    /// `2023-24` winter (December 2023 to February 2024). EDTF level 1.
    Season,
    /// A quarter: `2023-33` (January–March) to `2023-36`
    /// (October–December). EDTF level 2.
    Quarter,
    /// The year and month: `2023-12`.
    Month,
    /// The full date: `2023-12-04`.
    Day,
}

/// How sure the article is of a date (EDTF level 1), written after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateQualifier {
    /// `?`: the date is uncertain (it may be wrong), e.g. `2014-01?`.
    Uncertain,
    /// `~`: the date is approximate (about then), e.g. `2018~`.
    Approximate,
    /// `%`: both uncertain and approximate, e.g. `2023-12-04%`.
    UncertainAndApproximate,
}

impl DateQualifier {
    /// The character that writes it: `?`, `~` or `%`.
    pub fn symbol(self) -> char {
        match self {
            DateQualifier::Uncertain => '?',
            DateQualifier::Approximate => '~',
            DateQualifier::UncertainAndApproximate => '%',
        }
    }

    /// The qualifier written `c`, if it is one.
    pub fn from_symbol(c: char) -> Option<Self> {
        match c {
            '?' => Some(DateQualifier::Uncertain),
            '~' => Some(DateQualifier::Approximate),
            '%' => Some(DateQualifier::UncertainAndApproximate),
            _ => None,
        }
    }
}

/// A calendar date known to the year, the month or the day (`2023`,
/// `2023-12`, `2023-12-04`: ISO 8601 / EDTF level 0), or to a season,
/// quarter or half of a year (`2024-22`, `2024-33`, `2024-41`), with an
/// optional qualifier (`2018~`, `2014-01?`, `2023-12-04%`). Years 0000 to
/// 9999, proleptic Gregorian calendar.
///
/// | form | example | meaning |
/// |---|---|---|
/// | year, month, day (EDTF level 0) | `2023`, `2023-12`, `2023-12-04` | that year, month or day |
/// | qualifier (level 1) | `2014-01?`, `2018~`, `2023-12-04%` | `?` uncertain, `~` approximate, `%` both, written last |
/// | season (level 1) | `2024-21` … `2024-24` | spring (March–May), summer (June–August), autumn (September–November), winter (December to the next February); northern hemisphere |
/// | quarter (level 2) | `2024-33` … `2024-36` | January–March … October–December |
/// | half (level 2) | `2024-40`, `2024-41` | January–June, July–December |
///
/// "At the start of the year" and "early 2024" are the first quarter,
/// `2024-33` (`2024-33~` when the article is vague); "the second half of
/// the year" is `2024-41`.
///
/// A partial date stands for the span of days it covers, from
/// [`first_day`](Self::first_day) to [`last_day`](Self::last_day). The
/// qualifier does not change the span.
///
/// ```
/// use structured_news::{DatePrecision, DateQualifier, PartialDate};
/// use chrono::NaiveDate;
///
/// let december: PartialDate = "2023-12".parse()?;
/// assert_eq!(december.precision(), DatePrecision::Month);
/// assert_eq!(december.first_day(), NaiveDate::from_ymd_opt(2023, 12, 1).unwrap());
/// assert_eq!(december.last_day(), NaiveDate::from_ymd_opt(2023, 12, 31).unwrap());
/// assert!("2023-02-30".parse::<PartialDate>().is_err());
/// assert!("2024-02-29".parse::<PartialDate>().is_ok()); // a leap year
///
/// let early_2024: PartialDate = "2024-33~".parse()?;
/// assert_eq!(early_2024.precision(), DatePrecision::Quarter);
/// assert_eq!(early_2024.qualifier(), Some(DateQualifier::Approximate));
/// assert_eq!(early_2024.sub_year_grouping(), Some(33));
/// assert_eq!(early_2024.month(), None);
/// assert_eq!(early_2024.last_day(), NaiveDate::from_ymd_opt(2024, 3, 31).unwrap());
/// # Ok::<(), structured_news::ValueError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    first: NaiveDate,
    last: NaiveDate,
    precision: DatePrecision,
    /// The number written in the month's place: 1 to 12, or a grouping
    /// (21–24, 33–36, 40–41); 0 for a year.
    code: u32,
    qualifier: Option<DateQualifier>,
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

/// A year and a month of it.
type YearMonth = (i32, u32);

/// The precision, first month and last month of the sub-year grouping
/// `code` of `year`, if `code` is one this crate accepts.
fn grouping(year: i32, code: u32) -> Option<(DatePrecision, YearMonth, YearMonth)> {
    let span = match code {
        21 => (DatePrecision::Season, (year, 3), (year, 5)),
        22 => (DatePrecision::Season, (year, 6), (year, 8)),
        23 => (DatePrecision::Season, (year, 9), (year, 11)),
        24 => (DatePrecision::Season, (year, 12), (year + 1, 2)),
        33..=36 => {
            let first = (code - 33) * 3 + 1;
            (DatePrecision::Quarter, (year, first), (year, first + 2))
        }
        40 | 41 => {
            let first = (code - 40) * 6 + 1;
            (DatePrecision::Half, (year, first), (year, first + 5))
        }
        _ => return None,
    };
    Some(span)
}

/// What a grouping's precision is called, for messages.
fn grouping_word(precision: DatePrecision) -> &'static str {
    match precision {
        DatePrecision::Season => "a season",
        DatePrecision::Quarter => "a quarter",
        DatePrecision::Half => "a half year",
        DatePrecision::Year | DatePrecision::Month | DatePrecision::Day => "a date",
    }
}

impl PartialDate {
    fn make(
        input: &str,
        year: i32,
        month: Option<u32>,
        day: Option<u32>,
        qualifier: Option<DateQualifier>,
    ) -> Result<Self, ValueError> {
        let err = |reason: String| ValueError::new(ErrorCode::InvalidDate, input, reason);
        if !(0..=9999).contains(&year) {
            return Err(err(format!("year {year} is outside 0000 to 9999")));
        }
        let (precision, (first_year, first_month), first_day, (last_year, last_month), last_day) =
            match (month, day) {
                (None, None) => (DatePrecision::Year, (year, 1), 1, (year, 12), 31),
                (Some(m @ 1..=12), None) => (
                    DatePrecision::Month,
                    (year, m),
                    1,
                    (year, m),
                    days_in_month(year, m),
                ),
                (Some(m @ 1..=12), Some(d)) => {
                    if d == 0 || d > days_in_month(year, m) {
                        return Err(err(format!("{} {year:04} has no day {d}", month_name(m))));
                    }
                    (DatePrecision::Day, (year, m), d, (year, m), d)
                }
                (Some(m), day) => match grouping(year, m) {
                    None if (13..=20).contains(&m) || m == 0 || m > 41 => {
                        return Err(err(format!("month {m:02} does not exist")));
                    }
                    None => {
                        return Err(err(format!(
                            "month {m:02} does not exist: of EDTF's sub-year groupings, only 21–24 (seasons), 33–36 (quarters) and 40–41 (halves) are accepted"
                        )));
                    }
                    Some((precision, ..)) if day.is_some() => {
                        return Err(err(format!(
                            "{} ({m}) has no days: write YYYY-MM-DD for a day",
                            grouping_word(precision)
                        )));
                    }
                    Some((precision, first, last)) => {
                        (precision, first, 1, last, days_in_month(last.0, last.1))
                    }
                },
                (None, Some(_)) => return Err(err("a day needs a month".into())),
            };
        let first = NaiveDate::from_ymd_opt(first_year, first_month, first_day);
        let last = NaiveDate::from_ymd_opt(last_year, last_month, last_day);
        match (first, last) {
            (Some(first), Some(last)) => Ok(PartialDate {
                first,
                last,
                precision,
                code: month.unwrap_or(0),
                qualifier,
            }),
            _ => Err(err("not a calendar date".into())),
        }
    }

    /// The year `year` (0 to 9999).
    ///
    /// # Errors
    /// [`ErrorCode::InvalidDate`] outside 0 to 9999.
    pub fn from_year(year: i32) -> Result<Self, ValueError> {
        Self::make(&year.to_string(), year, None, None, None)
    }

    /// The month `month` (1 to 12) of `year`.
    ///
    /// # Errors
    /// [`ErrorCode::InvalidDate`] for a month outside 1 to 12 (a grouping
    /// included: see [`from_sub_year_grouping`](Self::from_sub_year_grouping))
    /// or a year outside 0 to 9999.
    pub fn from_year_month(year: i32, month: u32) -> Result<Self, ValueError> {
        let input = format!("{year:04}-{month:02}");
        if !(1..=12).contains(&month) {
            return Err(ValueError::new(
                ErrorCode::InvalidDate,
                &input,
                format!("month {month:02} does not exist"),
            ));
        }
        Self::make(&input, year, Some(month), None, None)
    }

    /// The sub-year grouping `grouping` of `year`: a season (21 spring, 22
    /// summer, 23 autumn, 24 winter), a quarter (33 to 36) or a half (40,
    /// 41), as EDTF writes them in the month's place.
    ///
    /// # Errors
    /// [`ErrorCode::InvalidDate`] for any other number or a year outside 0
    /// to 9999.
    pub fn from_sub_year_grouping(year: i32, grouping: u32) -> Result<Self, ValueError> {
        let input = format!("{year:04}-{grouping:02}");
        if !matches!(grouping, 21..=24 | 33..=36 | 40 | 41) {
            return Err(ValueError::new(
                ErrorCode::InvalidDate,
                &input,
                format!("{grouping} is not a sub-year grouping: write 21–24 (seasons), 33–36 (quarters) or 40–41 (halves)"),
            ));
        }
        Self::make(&input, year, Some(grouping), None, None)
    }

    /// The day `year`-`month`-`day`.
    ///
    /// # Errors
    /// [`ErrorCode::InvalidDate`] for a day that does not exist.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Result<Self, ValueError> {
        let input = format!("{year:04}-{month:02}-{day:02}");
        if !(1..=12).contains(&month) {
            return Err(ValueError::new(
                ErrorCode::InvalidDate,
                &input,
                format!("month {month:02} does not exist"),
            ));
        }
        Self::make(&input, year, Some(month), Some(day), None)
    }

    /// The same date with the qualifier `qualifier`.
    #[must_use]
    pub fn with_qualifier(self, qualifier: DateQualifier) -> Self {
        PartialDate {
            qualifier: Some(qualifier),
            ..self
        }
    }

    /// The same date without a qualifier.
    #[must_use]
    pub fn without_qualifier(self) -> Self {
        PartialDate {
            qualifier: None,
            ..self
        }
    }

    /// The year (the year a winter starts in, for `2023-24`).
    pub fn year(&self) -> i32 {
        self.first.year()
    }

    /// The month (1 to 12), when known; `None` for a year or a grouping.
    pub fn month(&self) -> Option<u32> {
        (self.precision >= DatePrecision::Month).then(|| self.first.month())
    }

    /// The day of the month, when known.
    pub fn day(&self) -> Option<u32> {
        (self.precision == DatePrecision::Day).then(|| self.first.day())
    }

    /// The sub-year grouping as EDTF numbers it: 21–24 for a season, 33–36
    /// for a quarter, 40–41 for a half; `None` for a year, month or day.
    pub fn sub_year_grouping(&self) -> Option<u32> {
        matches!(
            self.precision,
            DatePrecision::Half | DatePrecision::Season | DatePrecision::Quarter
        )
        .then_some(self.code)
    }

    /// How sure the article is of the date, when it says (`?`, `~`, `%`).
    pub fn qualifier(&self) -> Option<DateQualifier> {
        self.qualifier
    }

    /// Whether the date is of EDTF level 0: a year, month or day without a
    /// qualifier.
    pub fn is_level_0(&self) -> bool {
        self.qualifier.is_none() && self.sub_year_grouping().is_none()
    }

    /// How much of the date is known.
    pub fn precision(&self) -> DatePrecision {
        self.precision
    }

    /// The first day the date covers (1 January for a year, 1 December for
    /// a winter).
    pub fn first_day(&self) -> NaiveDate {
        self.first
    }

    /// The last day the date covers (31 December for a year, the last day
    /// of the next February for a winter).
    pub fn last_day(&self) -> NaiveDate {
        self.last
    }

    /// The date as a chrono date, when it is known to the day (whatever its
    /// qualifier).
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
            DatePrecision::Year => write!(f, "{:04}", d.year())?,
            DatePrecision::Half | DatePrecision::Season | DatePrecision::Quarter => {
                write!(f, "{:04}-{:02}", d.year(), self.code)?;
            }
            DatePrecision::Month => write!(f, "{:04}-{:02}", d.year(), d.month())?,
            DatePrecision::Day => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day())?,
        }
        match self.qualifier {
            Some(q) => write!(f, "{}", q.symbol()),
            None => Ok(()),
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
                "not a date: write YYYY, YYYY-MM or YYYY-MM-DD, or YYYY-SS for a season (21–24), quarter (33–36) or half (40–41), optionally followed by ?, ~ or % (ISO 8601 / EDTF level 1)",
            )
        };
        let (body, qualifier) = match s.chars().next_back().and_then(DateQualifier::from_symbol) {
            Some(q) => (s.get(..s.len() - 1).ok_or_else(malformed)?, Some(q)),
            None => (s, None),
        };
        let mut parts = body.split('-');
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
        Self::make(s, year, month, day, qualifier)
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
            "description": "A date known to the year, month or day: YYYY, YYYY-MM or YYYY-MM-DD (ISO 8601 / EDTF level 0). In the month's place, 21-24 write a season (spring, summer, autumn, winter: 2024-22 is summer 2024), 33-36 a quarter (2024-33 is January-March, also for \"at the start of the year\") and 40-41 a half year (2024-41 is July-December). A final ? marks the date uncertain, ~ approximate, % both (2024-33~ is \"early 2024\"). Impossible dates such as 2023-02-30 are refused by the validator.",
            "pattern": PARTIAL_DATE_PATTERN,
        })
    }
}

/// One end of a [`DateInterval`]: a date, open (`..`: no bound on that
/// side, e.g. still going on) or unknown (nothing written: there is a bound,
/// but the article does not give it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IntervalEnd {
    /// A date, of any precision, possibly qualified.
    Date(PartialDate),
    /// `..`: the interval is open on this side.
    Open,
    /// Nothing written: the end is unknown.
    Unknown,
}

impl IntervalEnd {
    /// The date, when this end is one.
    pub fn date(&self) -> Option<PartialDate> {
        match self {
            IntervalEnd::Date(d) => Some(*d),
            IntervalEnd::Open | IntervalEnd::Unknown => None,
        }
    }
}

impl From<PartialDate> for IntervalEnd {
    fn from(date: PartialDate) -> Self {
        IntervalEnd::Date(date)
    }
}

impl fmt::Display for IntervalEnd {
    /// The date, `..` or nothing.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IntervalEnd::Date(d) => d.fmt(f),
            IntervalEnd::Open => f.write_str(".."),
            IntervalEnd::Unknown => Ok(()),
        }
    }
}

/// An interval `start/end` (EDTF level 1), such as `2023-12-04/2023-12-05`,
/// `2019-05-14/..` (open end) or `/2019-05-14` (unknown start). At least one
/// end is a date, and when both are, the end may not lie wholly before the
/// start.
///
/// ```
/// use structured_news::{DateInterval, IntervalEnd};
///
/// let two_days: DateInterval = "2023-12-04/2023-12-05".parse()?;
/// assert_eq!(two_days.start().to_string(), "2023-12-04");
/// assert!("2023-12-05/2023-12-04".parse::<DateInterval>().is_err());
///
/// let ongoing: DateInterval = "2019-05-14/..".parse()?;
/// assert_eq!(ongoing.end(), IntervalEnd::Open);
/// assert!("../..".parse::<DateInterval>().is_err());
/// # Ok::<(), structured_news::ValueError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateInterval {
    start: IntervalEnd,
    end: IntervalEnd,
}

impl DateInterval {
    /// The interval from `start` to `end` (dates, or [`IntervalEnd`]s).
    ///
    /// # Errors
    /// [`ErrorCode::InvalidDate`] when neither end is a date;
    /// [`ErrorCode::ReversedInterval`] when `end` lies wholly before `start`
    /// (at the coarser of their precisions, the end comes first).
    pub fn new(
        start: impl Into<IntervalEnd>,
        end: impl Into<IntervalEnd>,
    ) -> Result<Self, ValueError> {
        let (start, end) = (start.into(), end.into());
        match (start, end) {
            (IntervalEnd::Date(s), IntervalEnd::Date(e)) if e.last_day() < s.first_day() => {
                Err(ValueError::new(
                    ErrorCode::ReversedInterval,
                    &format!("{start}/{end}"),
                    format!("the interval ends ({e}) before it starts ({s})"),
                ))
            }
            (IntervalEnd::Open | IntervalEnd::Unknown, IntervalEnd::Open | IntervalEnd::Unknown) => {
                Err(ValueError::new(
                    ErrorCode::InvalidDate,
                    &format!("{start}/{end}"),
                    "an interval needs a date at one end at least: both ends cannot be open (..) or unknown (empty)",
                ))
            }
            _ => Ok(DateInterval { start, end }),
        }
    }

    /// Where the interval starts.
    pub fn start(&self) -> IntervalEnd {
        self.start
    }

    /// Where the interval ends.
    pub fn end(&self) -> IntervalEnd {
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
                "an interval is two dates joined by '/', e.g. 2023-12-04/2023-12-05 (an end may be .. for open or empty for unknown)",
            ));
        };
        let side = |part: &str, which: &str| match part {
            "" => Ok(IntervalEnd::Unknown),
            ".." => Ok(IntervalEnd::Open),
            _ => part
                .parse::<PartialDate>()
                .map(IntervalEnd::Date)
                .map_err(|e| {
                    ValueError::new(
                        e.code(),
                        s,
                        format!("the {which} of the interval: {}", e.reason()),
                    )
                }),
        };
        DateInterval::new(side(a, "start")?, side(b, "end")?)
    }
}

display_newtype_impls!(DateInterval);

/// When something happened or is due: a [`PartialDate`] or a
/// [`DateInterval`], written `2023-12-11`, `2024-33~`,
/// `2023-12-04/2023-12-05` or `2019-05-14/..`.
///
/// ```
/// use structured_news::EventDate;
///
/// let day: EventDate = "2023-12-11".parse()?;
/// let span: EventDate = "2023-12/2024-01".parse()?;
/// assert!(day.last_day() < span.last_day());
/// let ongoing: EventDate = "2019-05-14/..".parse()?;
/// assert_eq!(ongoing.last_day(), None);
/// # Ok::<(), structured_news::ValueError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventDate {
    /// One date, known to the year, a grouping, the month or the day.
    Date(PartialDate),
    /// An interval, possibly open or unknown at one end.
    Interval(DateInterval),
}

impl EventDate {
    /// The first day it covers; `None` when it is an interval whose start
    /// is open or unknown.
    pub fn first_day(&self) -> Option<NaiveDate> {
        match self {
            EventDate::Date(d) => Some(d.first_day()),
            EventDate::Interval(i) => i.start.date().map(|d| d.first_day()),
        }
    }

    /// The last day it covers; `None` when it is an interval whose end is
    /// open or unknown.
    pub fn last_day(&self) -> Option<NaiveDate> {
        match self {
            EventDate::Date(d) => Some(d.last_day()),
            EventDate::Interval(i) => i.end.date().map(|d| d.last_day()),
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
            "description": "A date or an interval of two joined by '/' (EDTF), e.g. 2023-12-11 or 2023-12-04/2023-12-05. A date is YYYY, YYYY-MM or YYYY-MM-DD, or YYYY-21 to YYYY-24 for a season, YYYY-33 to YYYY-36 for a quarter, YYYY-40 or YYYY-41 for a half year, optionally followed by ? (uncertain), ~ (approximate) or % (both). An end of an interval may be .. when it is open (2019-05-14/.. is still going on) or empty when it is unknown (/2019-05-14), but not both ends. Impossible dates and intervals that end before they start are refused by the validator.",
            "pattern": EVENT_DATE_PATTERN,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

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
            let d = s.parse::<PartialDate>().unwrap();
            assert_eq!(d.to_string(), s);
            assert!(d.is_level_0(), "{s}");
            assert_eq!(d.qualifier(), None);
            assert_eq!(d.sub_year_grouping(), None);
        }
        let cases = [
            ("2023-02-30", "February 2023 has no day 30"),
            ("2023-02-29", "February 2023 has no day 29"),
            ("2023-13", "month 13 does not exist"),
            ("2023-00-10", "month 00 does not exist"),
            ("2023-04-00", "April 2023 has no day 0"),
            ("1900-02-29", "February 1900 has no day 29"),
            ("2023-42", "month 42 does not exist"),
            ("2023-20", "month 20 does not exist"),
            (
                "2023-22-01",
                "a season (22) has no days: write YYYY-MM-DD for a day",
            ),
            (
                "2023-33-01",
                "a quarter (33) has no days: write YYYY-MM-DD for a day",
            ),
            (
                "2023-41-01",
                "a half year (41) has no days: write YYYY-MM-DD for a day",
            ),
            ("2023-02-30~", "February 2023 has no day 30"),
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
            "?",
            "~",
            "2023??",
            "2023?~",
            "?2023",
            "2023-?12",
            "2023 ~",
            "2023-12-04/",
            "..",
        ] {
            assert_eq!(
                s.parse::<PartialDate>().unwrap_err().code(),
                ErrorCode::InvalidDate,
                "{s}"
            );
        }
    }

    #[test]
    fn groupings_other_than_seasons_quarters_and_halves_are_refused() {
        for m in (25..=32).chain(37..=39) {
            let s = format!("2023-{m}");
            let e = s.parse::<PartialDate>().unwrap_err();
            assert_eq!(e.code(), ErrorCode::InvalidDate, "{s}");
            assert!(
                e.reason().starts_with(&format!(
                    "month {m} does not exist: of EDTF's sub-year groupings"
                )),
                "{s}: {}",
                e.reason()
            );
        }
        assert!(PartialDate::from_sub_year_grouping(2023, 25).is_err());
        assert!(PartialDate::from_sub_year_grouping(2023, 12).is_err());
        assert!(PartialDate::from_year_month(2023, 21).is_err());
        assert!(PartialDate::from_ymd(2023, 21, 1).is_err());
    }

    #[test]
    fn qualifiers_parse_and_print() {
        let cases = [
            ("2014-01?", DateQualifier::Uncertain, DatePrecision::Month),
            ("2018~", DateQualifier::Approximate, DatePrecision::Year),
            (
                "2023-12-04%",
                DateQualifier::UncertainAndApproximate,
                DatePrecision::Day,
            ),
            (
                "2024-33~",
                DateQualifier::Approximate,
                DatePrecision::Quarter,
            ),
            ("2024-24?", DateQualifier::Uncertain, DatePrecision::Season),
        ];
        for (s, q, p) in cases {
            let d: PartialDate = s.parse().unwrap();
            assert_eq!(d.qualifier(), Some(q), "{s}");
            assert_eq!(d.precision(), p, "{s}");
            assert_eq!(d.to_string(), s);
            assert!(!d.is_level_0());
            assert_ne!(d, d.without_qualifier());
            assert_eq!(d.without_qualifier().with_qualifier(q), d);
            assert_eq!(d.without_qualifier().first_day(), d.first_day());
        }
        let d: PartialDate = "2023-12-04%".parse().unwrap();
        assert_eq!(d.to_naive_date(), Some(day(2023, 12, 4)));
        assert_eq!(d.day(), Some(4));
    }

    #[test]
    fn groupings_cover_their_months() {
        let cases = [
            (
                "2024-21",
                DatePrecision::Season,
                day(2024, 3, 1),
                day(2024, 5, 31),
            ),
            (
                "2024-22",
                DatePrecision::Season,
                day(2024, 6, 1),
                day(2024, 8, 31),
            ),
            (
                "2024-23",
                DatePrecision::Season,
                day(2024, 9, 1),
                day(2024, 11, 30),
            ),
            (
                "2023-24",
                DatePrecision::Season,
                day(2023, 12, 1),
                day(2024, 2, 29),
            ),
            (
                "2024-24",
                DatePrecision::Season,
                day(2024, 12, 1),
                day(2025, 2, 28),
            ),
            (
                "2024-33",
                DatePrecision::Quarter,
                day(2024, 1, 1),
                day(2024, 3, 31),
            ),
            (
                "2024-34",
                DatePrecision::Quarter,
                day(2024, 4, 1),
                day(2024, 6, 30),
            ),
            (
                "2024-35",
                DatePrecision::Quarter,
                day(2024, 7, 1),
                day(2024, 9, 30),
            ),
            (
                "2024-36",
                DatePrecision::Quarter,
                day(2024, 10, 1),
                day(2024, 12, 31),
            ),
            (
                "2024-40",
                DatePrecision::Half,
                day(2024, 1, 1),
                day(2024, 6, 30),
            ),
            (
                "2024-41",
                DatePrecision::Half,
                day(2024, 7, 1),
                day(2024, 12, 31),
            ),
            (
                "9999-24",
                DatePrecision::Season,
                day(9999, 12, 1),
                day(10000, 2, 29),
            ),
        ];
        for (s, precision, first, last) in cases {
            let d: PartialDate = s.parse().unwrap();
            assert_eq!(d.precision(), precision, "{s}");
            assert_eq!((d.first_day(), d.last_day()), (first, last), "{s}");
            assert_eq!(d.month(), None, "{s}");
            assert_eq!(d.day(), None, "{s}");
            assert_eq!(d.to_naive_date(), None, "{s}");
            assert_eq!(d.year(), s[..4].parse::<i32>().unwrap(), "{s}");
            assert_eq!(
                Some(d.sub_year_grouping().unwrap()),
                s[5..].parse().ok(),
                "{s}"
            );
            assert_eq!(d.to_string(), s);
            assert!(!d.is_level_0());
            let code = d.sub_year_grouping().unwrap();
            assert_eq!(
                PartialDate::from_sub_year_grouping(d.year(), code).unwrap(),
                d
            );
        }
    }

    #[test]
    fn precisions_are_ordered_by_size() {
        use DatePrecision::*;
        let mut all = [Day, Month, Quarter, Season, Half, Year];
        all.sort();
        assert_eq!(all, [Year, Half, Season, Quarter, Month, Day]);
    }

    #[test]
    fn intervals_are_ordered_at_the_coarser_precision() {
        assert!("2023-12-04/2023-12-04".parse::<DateInterval>().is_ok());
        assert!("2023-12/2023-12-04".parse::<DateInterval>().is_ok());
        assert!("2023-12-05/2023-12".parse::<DateInterval>().is_ok());
        assert!("2023-24/2024-01~".parse::<DateInterval>().is_ok());
        let e = "2023-12/2023-11-30".parse::<DateInterval>().unwrap_err();
        assert_eq!(e.code(), ErrorCode::ReversedInterval);
        let e = "2023-12-04/2023-12-01".parse::<DateInterval>().unwrap_err();
        assert_eq!(e.code(), ErrorCode::ReversedInterval);
        let e = "2024-22/2024-21".parse::<DateInterval>().unwrap_err();
        assert_eq!(e.code(), ErrorCode::ReversedInterval);
        let e = "2023-12-04/2023-02-30".parse::<DateInterval>().unwrap_err();
        assert_eq!(e.code(), ErrorCode::InvalidDate);
        assert_eq!(
            e.reason(),
            "the end of the interval: February 2023 has no day 30"
        );
    }

    #[test]
    fn intervals_may_be_open_or_unknown_at_one_end() {
        let may = PartialDate::from_ymd(2019, 5, 14).unwrap();
        let cases = [
            ("2019-05-14/..", IntervalEnd::Date(may), IntervalEnd::Open),
            ("../2019-05-14", IntervalEnd::Open, IntervalEnd::Date(may)),
            ("2019-05-14/", IntervalEnd::Date(may), IntervalEnd::Unknown),
            ("/2019-05-14", IntervalEnd::Unknown, IntervalEnd::Date(may)),
        ];
        for (s, start, end) in cases {
            let i: DateInterval = s.parse().unwrap();
            assert_eq!((i.start(), i.end()), (start, end), "{s}");
            assert_eq!(i.to_string(), s);
            assert_eq!(DateInterval::new(start, end).unwrap(), i);
            let e: EventDate = s.parse().unwrap();
            assert_eq!(e.to_string(), s);
            let known = Some(day(2019, 5, 14));
            match start {
                IntervalEnd::Date(_) => assert_eq!((e.first_day(), e.last_day()), (known, None)),
                _ => assert_eq!((e.first_day(), e.last_day()), (None, known)),
            }
        }
        for s in [
            "../..", "/", "../", "/..", "..//2019", "2019/../", "2019/...", "./2019", "2019/.",
        ] {
            let e = s.parse::<DateInterval>().unwrap_err();
            assert_eq!(e.code(), ErrorCode::InvalidDate, "{s}");
            let e = s.parse::<EventDate>().unwrap_err();
            assert_eq!(e.code(), ErrorCode::InvalidDate, "{s}");
        }
        let e = DateInterval::new(IntervalEnd::Open, IntervalEnd::Unknown).unwrap_err();
        assert_eq!(e.code(), ErrorCode::InvalidDate);
        assert!(e.reason().contains("a date at one end at least"));
    }

    #[test]
    fn event_dates_cover_their_days() {
        let e: EventDate = "2024-33~/2024-41".parse().unwrap();
        assert_eq!(e.first_day(), Some(day(2024, 1, 1)));
        assert_eq!(e.last_day(), Some(day(2024, 12, 31)));
        assert_eq!(e.to_string(), "2024-33~/2024-41");
        let e: EventDate = "2024-22".parse().unwrap();
        assert_eq!(e.first_day(), Some(day(2024, 6, 1)));
        assert_eq!(e.last_day(), Some(day(2024, 8, 31)));
    }
}

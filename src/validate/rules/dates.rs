//! The rules of dates that only the article can check: nothing reported as
//! done after the article was published, nothing due before it was promised.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::error::ErrorCode;
use crate::validate::checker::Checker;
use crate::value::date::{EventDate, PublicationDate};

/// A day's allowance for time zones when comparing a date with the
/// publication date.
const TIME_ZONE_ALLOWANCE: Days = Days::new(1);

/// The article's publication, as the date rules compare with it.
pub(crate) struct Publication {
    published: PublicationDate,
    /// The last day a date may start on: the publication's last day and a
    /// day for time zones.
    latest: NaiveDate,
}

impl Publication {
    pub(crate) fn new(published: PublicationDate) -> Self {
        let last_day = published.last_day();
        Publication {
            published,
            // The last day chrono knows has no day after it; nothing can
            // start after it either.
            latest: last_day
                .checked_add_days(TIME_ZONE_ALLOWANCE)
                .unwrap_or(last_day),
        }
    }

    /// Reports `what` dated `date` at `key` if it starts after the
    /// publication (allowing one day for time zones). A date whose start is
    /// open or unknown (`../2024`, `/2024`) is never reported: nothing says
    /// it started after.
    pub(crate) fn check_not_after(
        &self,
        c: &mut Checker,
        key: &'static str,
        date: &EventDate,
        what: &str,
    ) {
        if date.first_day().is_some_and(|first| first > self.latest) {
            c.report_at(
                key,
                ErrorCode::DateAfterPublication,
                format!(
                    "{what} dated {date} lies after the article's publication ({})",
                    self.published
                ),
            );
        }
    }
}

impl Publication {
    /// Reports `what`, dated `date` at `key`, if it ends before the
    /// publication (allowing one day for time zones): a meeting still
    /// planned for a day already past. A date whose end is open or unknown
    /// is never reported.
    pub(crate) fn check_not_before(
        &self,
        c: &mut Checker,
        key: &'static str,
        date: &EventDate,
        what: &str,
    ) {
        let ended = date
            .last_day()
            .and_then(|last| last.checked_add_days(TIME_ZONE_ALLOWANCE))
            .is_some_and(|last| last < self.first_day());
        if ended {
            c.report_at(
                key,
                ErrorCode::PlannedInPast,
                format!(
                    "{what} dated {date} lies before the article's publication ({}): has its status changed?",
                    self.published
                ),
            );
        }
    }
}

/// Reports at `due` a commitment that falls due before the date `made` of
/// the statement that made it. Only known days are compared: a due date
/// with an open or unknown end, or a statement date with an open or unknown
/// start, is never reported.
pub(crate) fn check_due_not_before_made(c: &mut Checker, due: &EventDate, made: &EventDate) {
    let (Some(due_last), Some(made_first)) = (due.last_day(), made.first_day()) else {
        return;
    };
    if due_last < made_first {
        c.report_at(
            "value",
            ErrorCode::DueBeforeMade,
            format!("it falls due ({due}) before the statement that made it ({made})"),
        );
    }
}

impl Publication {
    /// The publication's day, when it is known to the day (a date of day
    /// precision or a timestamp).
    pub(crate) fn day(&self) -> Option<NaiveDate> {
        match self.published {
            PublicationDate::Date(d) if d.day().is_none() => None,
            _ => Some(self.published.last_day()),
        }
    }

    /// The publication's first day.
    pub(crate) fn first_day(&self) -> NaiveDate {
        match self.published {
            PublicationDate::Date(d) => d.first_day(),
            PublicationDate::Timestamp(t) => t.local_date(),
        }
    }
}

/// The days a date covers, when both ends are known.
pub(crate) fn span(date: &EventDate) -> Option<(NaiveDate, NaiveDate)> {
    Some((date.first_day()?, date.last_day()?))
}

/// Whether two dates certainly share no day, allowing a day for time
/// zones: each is known at the ends that face the other, and a day or
/// more lies between them. A date open or unknown at an end is never
/// apart on that side.
pub(crate) fn apart(a: &EventDate, b: &EventDate) -> bool {
    ends_before(a, b) || ends_before(b, a)
}

/// Whether `a` certainly ends before `b` starts, allowing a day for time
/// zones.
pub(crate) fn ends_before(a: &EventDate, b: &EventDate) -> bool {
    match (a.last_day(), b.first_day()) {
        (Some(last), Some(first)) => last
            .checked_add_days(TIME_ZONE_ALLOWANCE)
            .is_some_and(|last| last < first),
        _ => false,
    }
}

/// Words that make the date words relative to another moment ("two days
/// after Monday"), where a weekday or month named is not the date's own.
const OFFSET_WORDS: &[&str] = &[
    "after",
    "ago",
    "before",
    "following",
    "from",
    "prior",
    "since",
    "till",
    "until",
    "within",
];

const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

const MONTHS: [(&str, u32); 24] = [
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// The month a word names ("dec" is December too).
fn month_of(word: &str) -> Option<u32> {
    MONTHS.iter().find(|(w, _)| *w == word).map(|&(_, m)| m)
}

/// What the words of a date name that its value must agree with.
#[derive(Default)]
struct Named {
    weekdays: Vec<Weekday>,
    months: Vec<u32>,
    years: Vec<i32>,
    /// Days from the publication: -1 "yesterday", 0 "today", 1 "tomorrow".
    relative: Option<i64>,
}

/// Reads the weekdays, months, years and "yesterday", "today",
/// "tomorrow" that English date words name; `None` when the words are
/// relative to another moment ("two days after Monday").
fn named(text: &str) -> Option<Named> {
    let lower = text.to_lowercase();
    let tokens: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .collect();
    let mut named = Named::default();
    for (i, &token) in tokens.iter().enumerate() {
        if OFFSET_WORDS.contains(&token) {
            return None;
        }
        if let Some(&(_, weekday)) = WEEKDAYS.iter().find(|(w, _)| *w == token) {
            named.weekdays.push(weekday);
        } else if let Some(month) = month_of(token) {
            // "may" is a month only beside a number or after "in", "of",
            // "early", "late" or "mid".
            let beside_number = |t: Option<&&str>| {
                t.is_some_and(|t| t.bytes().next().is_some_and(|b| b.is_ascii_digit()))
            };
            let is_month = token != "may"
                || beside_number(tokens.get(i + 1))
                || i.checked_sub(1)
                    .and_then(|j| tokens.get(j))
                    .is_some_and(|t| {
                        beside_number(Some(t)) || ["in", "of", "early", "late", "mid"].contains(t)
                    });
            if is_month {
                named.months.push(month);
            }
        } else if token.len() == 4 && token.bytes().all(|b| b.is_ascii_digit()) {
            if let Ok(year) = token.parse::<i32>() {
                if (1000..=2999).contains(&year) {
                    named.years.push(year);
                }
            }
        } else {
            named.relative = match token {
                "yesterday" => Some(-1),
                "today" | "tonight" => Some(0),
                "tomorrow" => Some(1),
                _ => named.relative,
            };
        }
    }
    Some(named)
}

/// Reports at `value` a date whose words (`text`) name a weekday, month or
/// year that no day of the value falls on, or say "yesterday", "today"
/// or "tomorrow" of another day than the publication's (`published`, when
/// known to the day), allowing a day for time zones.
pub(crate) fn check_words_agree(
    c: &mut Checker,
    value: &EventDate,
    text: &str,
    published: Option<NaiveDate>,
) {
    let Some(named) = named(text) else {
        return;
    };
    let Some((first, last)) = span(value) else {
        return;
    };
    let days = last.signed_duration_since(first).num_days();
    let problem = if let Some(&weekday) = named.weekdays.iter().find(|&&w| {
        days < 6
            && !first
                .iter_days()
                .take_while(|d| *d <= last)
                .any(|d| d.weekday() == w)
    }) {
        Some(format!(
            "{value} is not a {}",
            capitalized(weekday_name(weekday))
        ))
    } else if let Some(&month) = named.months.iter().find(|&&m| {
        days < 366
            && !first
                .iter_days()
                .take_while(|d| *d <= last)
                .any(|d| d.month() == m)
    }) {
        Some(format!(
            "{value} does not fall in {}",
            capitalized(month_name(month))
        ))
    } else if let Some(&year) = named
        .years
        .iter()
        .find(|&&y| y < first.year() || y > last.year())
    {
        Some(format!("{value} does not fall in {year}"))
    } else {
        match (named.relative, published) {
            (Some(offset), Some(day)) => {
                let meant = day.checked_add_signed(chrono::TimeDelta::days(offset));
                let near = |d: NaiveDate| {
                    meant.is_some_and(|m| (d.signed_duration_since(m).num_days()).abs() <= 1)
                };
                let covers = meant.is_some_and(|m| first <= m && m <= last);
                (!covers && !near(first) && !near(last)).then(|| {
                    format!(
                        "{value} is not the day {} says, counted from the publication ({day})",
                        match offset {
                            -1 => "\"yesterday\"",
                            0 => "\"today\"",
                            _ => "\"tomorrow\"",
                        }
                    )
                })
            }
            _ => None,
        }
    };
    if let Some(problem) = problem {
        c.report_at(
            "value",
            ErrorCode::DateWordsDisagree,
            format!("the date's words {text:?} disagree with its value: {problem}"),
        );
    }
}

fn weekday_name(w: Weekday) -> &'static str {
    WEEKDAYS
        .iter()
        .find(|(_, d)| *d == w)
        .map_or("weekday", |(name, _)| name)
}

fn month_name(m: u32) -> &'static str {
    MONTHS
        .iter()
        .find(|(_, n)| *n == m)
        .map_or("that month", |(name, _)| name)
}

/// `word` with its first letter in upper case.
fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(value: &str, text: &str, published: Option<&str>) -> Option<String> {
        let mut c = Checker::new();
        let value: EventDate = value.parse().expect("a date");
        let published = published.map(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").expect("a day"));
        check_words_agree(&mut c, &value, text, published);
        c.finish().err().map(|e| e.first().message().to_owned())
    }

    #[test]
    fn weekdays_months_and_years_must_fit_the_value() {
        // 4 December 2023 is a Monday.
        assert_eq!(problem("2023-12-04", "on Monday", None), None);
        assert_eq!(problem("2023-12-04", "Monday, 4 December 2023", None), None);
        let tuesday = problem("2023-12-04", "on Tuesday", None).unwrap();
        assert!(tuesday.contains("is not a Tuesday"), "{tuesday}");
        assert!(problem("2023-12-04", "4 November", None).is_some());
        assert!(problem("2023-12-04", "Dec. 4, 2022", None).is_some());
        // An interval fits every weekday and month it covers.
        assert_eq!(
            problem("2023-12-04/2023-12-06", "Monday to Wednesday", None),
            None
        );
        assert_eq!(
            problem(
                "2023-11-28/2023-12-02",
                "late November and early December",
                None
            ),
            None
        );
        // A week or more fits every weekday.
        assert_eq!(problem("2023-12", "on a Friday in December", None), None);
    }

    #[test]
    fn words_relative_to_another_moment_and_may_are_not_judged() {
        assert_eq!(problem("2023-12-06", "two days after Monday", None), None);
        assert_eq!(problem("2023-12-06", "since March", None), None);
        // "may" is a month only beside a number or after "in".
        assert_eq!(
            problem("2023-12-06", "talks may resume on Wednesday", None),
            None
        );
        assert!(problem("2023-12-06", "in May", None).is_some());
        assert!(problem("2023-12-06", "May 4", None).is_some());
    }

    #[test]
    fn yesterday_today_and_tomorrow_count_from_the_publication() {
        let published = Some("2023-12-04");
        assert_eq!(problem("2023-12-03", "yesterday", published), None);
        assert_eq!(problem("2023-12-04", "today", published), None);
        assert_eq!(problem("2023-12-05", "tomorrow", published), None);
        // A day is allowed for time zones.
        assert_eq!(problem("2023-12-04", "yesterday", published), None);
        assert!(problem("2023-11-30", "yesterday", published).is_some());
        assert!(problem("2023-12-09", "tomorrow", published).is_some());
        // Without a publication day, nothing is compared.
        assert_eq!(problem("2023-11-30", "yesterday", None), None);
    }

    #[test]
    fn apart_and_ends_before_allow_a_day_and_ignore_open_ends() {
        let d = |s: &str| s.parse::<EventDate>().expect("a date");
        assert!(!apart(&d("2023-12-03"), &d("2023-12-04")));
        assert!(apart(&d("2023-12-02"), &d("2023-12-04")));
        assert!(!apart(&d("2023-12"), &d("2023-12-04")));
        assert!(!apart(&d("../2023-11-01"), &d("2023-10-04")));
        assert!(apart(&d("2024-01-10/.."), &d("2023-12-04")));
        assert!(ends_before(&d("2023-11"), &d("2023-12-04")));
        assert!(!ends_before(&d("2023-12-03"), &d("2023-12-04")));
        assert!(!ends_before(&d("2023-11-01/.."), &d("2023-12-04")));
    }
}

//! The rules of dates that only the article can check: nothing reported as
//! done after the article was published, nothing due before it was promised.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::error::ErrorCode;
use crate::validate::checker::Checker;
use crate::validate::lexicon::{Lexicon, Meaning};
use crate::value::date::{EventDate, PublicationDate, MONTHS};

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

/// What the words of a date name that its value must agree with.
#[derive(Default)]
struct Named {
    weekdays: Vec<Weekday>,
    months: Vec<u32>,
    /// Days of a month: "4 December" is (12, 4).
    days: Vec<(u32, u32)>,
    years: Vec<i32>,
    /// Days from the publication: -1 "yesterday", 0 "today", 1 "tomorrow".
    relative: Option<i64>,
}

/// The word (a run of letters and digits) that ends right before byte
/// `at` of `text`, past white space and a full stop ("Dec. 4").
fn word_before(text: &str, at: usize) -> &str {
    let before = text.get(..at).unwrap_or_default().trim_end();
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    before.get(start..).unwrap_or_default()
}

/// The word that starts right after byte `at` of `text`, past white
/// space and a full stop.
fn word_after(text: &str, at: usize) -> &str {
    let after = text.get(at..).unwrap_or_default();
    let after = after.strip_prefix('.').unwrap_or(after).trim_start();
    let end = after
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(after.len(), |(i, _)| i);
    after.get(..end).unwrap_or_default()
}

/// The day of the month a word writes: a figure from 1 to 31, with at
/// most two letters after it ("4", "4th").
fn day_of(word: &str) -> Option<u32> {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    let (figure, rest) = (word.get(..digits)?, word.get(digits..)?);
    if digits == 0 || digits > 2 || rest.chars().count() > 2 {
        return None;
    }
    figure.parse().ok().filter(|d| (1..=31).contains(d))
}

/// Reads the weekdays, months, days of months, years and "yesterday",
/// "today", "tomorrow" that a date's words name, with the words of
/// `lexicon`; `None` when the words are relative to another moment ("two
/// days after Monday").
fn named(lexicon: &Lexicon, text: &str) -> Option<Named> {
    let mut named = Named::default();
    let mut offset = false;
    lexicon.scan(text, |meaning, range| match meaning {
        Meaning::DateOffset => offset = true,
        Meaning::Weekday(d) => {
            if let Some(weekday) = d
                .checked_sub(1)
                .and_then(|d| u8::try_from(d).ok())
                .and_then(|d| Weekday::try_from(d).ok())
            {
                named.weekdays.push(weekday);
            }
        }
        Meaning::Month(month) => {
            let word = text.get(range.clone()).unwrap_or_default();
            let mut before = word_before(text, range.start);
            if lexicon.is_month_context(before) {
                // "4th of December".
                let at = text
                    .get(..range.start)
                    .and_then(|b| b.trim_end().strip_suffix(before))
                    .map_or(0, str::len);
                let earlier = word_before(text, at);
                if day_of(earlier).is_some() {
                    before = earlier;
                }
            }
            let after = word_after(text, range.end);
            let figure = |w: &str| w.bytes().next().is_some_and(|b| b.is_ascii_digit());
            // A month word that is also a common word ("may") is a month
            // only beside a figure or after a word of context ("in May").
            let is_month = !lexicon.month_needs_context(word)
                || figure(before)
                || figure(after)
                || lexicon.is_month_context(before);
            if is_month {
                named.months.push(*month);
                for day in [day_of(before), day_of(after)].into_iter().flatten() {
                    named.days.push((*month, day));
                }
            }
        }
        Meaning::RelativeDay(d) => named.relative = Some(*d),
        _ => {}
    });
    if offset {
        return None;
    }
    for token in text.split(|c: char| !c.is_alphanumeric()) {
        if token.len() == 4 && token.bytes().all(|b| b.is_ascii_digit()) {
            if let Ok(year) = token.parse::<i32>() {
                if (1000..=2999).contains(&year) {
                    named.years.push(year);
                }
            }
        }
    }
    Some(named)
}

/// Reports at `value` a date whose words (`text`, read with `lexicon`)
/// name a weekday, month, day of a month or year that no day of the value
/// falls on, or say "yesterday", "today" or "tomorrow" of another day
/// than the publication's (`published`, when known to the day), allowing
/// a day for time zones.
pub(crate) fn check_words_agree(
    c: &mut Checker,
    lexicon: &Lexicon,
    value: &EventDate,
    text: &str,
    published: Option<NaiveDate>,
) {
    let Some(named) = named(lexicon, text) else {
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
        Some(format!("{value} is not a {}", weekday_name(weekday)))
    } else if let Some(&month) = named.months.iter().find(|&&m| {
        days < 366
            && !first
                .iter_days()
                .take_while(|d| *d <= last)
                .any(|d| d.month() == m)
    }) {
        Some(format!("{value} does not fall in {}", month_name(month)))
    } else if let Some(&(month, day)) = named.days.iter().find(|&&(m, d)| {
        days < 366
            && !first
                .iter_days()
                .take_while(|x| *x <= last)
                .any(|x| x.month() == m && x.day() == d)
    }) {
        Some(format!(
            "{value} does not fall on {day} {}",
            month_name(month)
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
    const NAMES: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    NAMES
        .get(w.num_days_from_monday() as usize)
        .copied()
        .unwrap_or("weekday")
}

fn month_name(m: u32) -> &'static str {
    m.checked_sub(1)
        .and_then(|i| MONTHS.get(i as usize))
        .copied()
        .unwrap_or("that month")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(value: &str, text: &str, published: Option<&str>) -> Option<String> {
        let mut c = Checker::new();
        let value: EventDate = value.parse().expect("a date");
        let published = published.map(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").expect("a day"));
        let en = Lexicon::for_language("en").expect("en.json parses");
        check_words_agree(&mut c, en, &value, text, published);
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
    fn days_of_the_month_must_fit_the_value() {
        assert_eq!(problem("2023-12-04", "on 4 December", None), None);
        assert_eq!(problem("2023-12-04", "Dec. 4, 2023", None), None);
        assert_eq!(problem("2023-12-04", "the 4th of December", None), None);
        let off = problem("2023-12-05", "on 4 December", None).unwrap();
        assert!(off.contains("does not fall on 4 December"), "{off}");
        assert!(problem("2023-12-05", "December 4th", None).is_some());
        assert!(problem("2023-12-05", "the 4th of December", None).is_some());
        // An interval fits every day it covers; a month, each of its days.
        assert_eq!(problem("2023-12-04/2023-12-06", "4-6 December", None), None);
        assert_eq!(problem("2023-12-04/2023-12-06", "December 4-6", None), None);
        assert_eq!(problem("2023-12", "4 December", None), None);
        // A year is not a day.
        assert_eq!(problem("2023-12-05", "December 2023", None), None);
    }

    fn problem_ru(value: &str, text: &str) -> Option<String> {
        let mut c = Checker::new();
        let value: EventDate = value.parse().expect("a date");
        let ru = Lexicon::for_language("ru").expect("ru.json parses");
        check_words_agree(&mut c, ru, &value, text, None);
        c.finish().err().map(|e| e.first().message().to_owned())
    }

    #[test]
    fn russian_words_are_read_with_their_lexicon() {
        assert_eq!(problem_ru("2023-12-04", "4 декабря 2023 года"), None);
        assert_eq!(problem_ru("2023-12-04", "в понедельник"), None);
        assert!(problem_ru("2023-12-05", "4 декабря").is_some());
        assert!(problem_ru("2023-12-04", "в ноябре").is_some());
        assert!(problem_ru("2023-12-04", "во вторник").is_some());
        assert_eq!(
            problem_ru("2023-12-04", "через два дня после 2 декабря"),
            None
        );
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

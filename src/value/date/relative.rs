//! Relative expressions of time ("on Monday", "last week", "Dec. 11"),
//! resolved against the publication date.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::words::DateWords;
use super::{DateInterval, DateQualifier, EventDate, PartialDate};

/// Whether the words speak of the past ("met on Monday") or the future
/// ("will meet on Monday"), which decides which Monday they mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tense {
    /// What happened: a day or month named without a year is the latest
    /// one on or before the publication.
    Past,
    /// What is to come: a day or month named without a year is the first
    /// one on or after the publication.
    Future,
}

/// What [`resolve`] made of an expression.
pub(crate) enum Resolution {
    /// The date it stands for.
    Date(EventDate),
    /// Understood, but it names no date ("soon").
    Vague,
    /// Not understood.
    NotUnderstood,
}

/// The date that `text`, a relative expression of time in an article
/// published on `published`, stands for; `None` when it is vague ("soon")
/// or not understood. [`When::relative`](crate::When::relative) keeps the
/// words with the date.
///
/// # The rules
///
/// The text is read case-insensitively; a leading "on" or "in", commas,
/// and punctuation at the end (`.`, `,`, `;`, `:`, `!`, `?`, quotation
/// marks, brackets) are ignored, and a word after a month abbreviation may
/// drop its period ("Dec. 11" is "Dec 11"). In what follows, *published* is
/// the publication's day, week, month or year.
///
/// | expression | resolves to |
/// |---|---|
/// | "today", "tonight", "this morning" (afternoon, evening), "earlier today", "later today" | published |
/// | "in the past 24 hours", "in the last day" | the day before to published |
/// | a weekday before a written date ("Saturday, Jan. 1") | the date |
/// | "yesterday", "last night"; "tomorrow" | the day before; the day after |
/// | a weekday ("Monday", "on Monday", "this Monday"), also with "morning", "afternoon", "evening" or "night" after it | past: the latest such day **on or before** published (a Monday article's "said on Monday" is that day, as wire stories write); future: the first **on or after** it |
/// | "last Monday"; "next Monday" | the latest such day strictly before published; the first strictly after it (whatever the tense) |
/// | "last week", "this week", "next week" | the ISO week (Monday to Sunday) before, of, or after published, as an interval of two days |
/// | "last month", "this month", "next month" | that month (`2024-04`) |
/// | "last year", "this year", "next year" | that year (`2023`) |
/// | a day and month ("11 December", "December 11", "Dec. 11", "11th December") | that day in published's year; past: a year earlier if it would be after published; future: a year later if it would be before it. 29 February goes on to the nearest leap year that way |
/// | a month ("December", "in December") | past: the latest such month on or before published's month; future: the first on or after it |
/// | "last December"; "next December"; "this December" | the latest strictly before published's month; the first strictly after it; the one of published's year |
/// | a season ("summer", "last winter", "this spring"; "fall" is autumn) | as a month: `2024-22`; a winter is written by the year it starts in (`2023-24` runs to February 2024) |
/// | "at the start (beginning) of the year", "early this year", "early in the year" | the first quarter, approximate: `2024-33~` |
/// | "at the end of the year", "late this year", "late in the year" | the fourth quarter, approximate: `2024-36~` |
/// | "the first (second) half of the year" | `2024-40` (`2024-41`) |
/// | "the first (second, third, fourth) quarter of the year" | `2024-33` to `2024-36` |
/// | "earlier this year"; "later this year" | from 1 January to published; from published to 31 December (days) |
/// | "earlier this month"; "later this month" | from the first of the month to published; from published to its last day |
/// | a year or a date written out ("2024", "December 2023", "11 December 2023", "Dec. 11, 2023") | that year, month or day |
/// | a month or a day and month of "this year", "last year" or "next year" ("October this year", "4 December last year") | that month or day of published's year, the year before or the year after |
/// | "soon", "shortly", "recently", "in the coming days (weeks, months, years)", "in the next few weeks", "in recent weeks", "in the (near) future", "in due course", "at a later date", "eventually", "later", "earlier" | vague: `None` |
///
/// In the phrases of the year ("at the start of the year"), "the year" is
/// published's year, except that in the past tense a part of the year that
/// has not begun at publication is last year's, and in the future tense a
/// part that has ended is next year's ("the start of the year" in a
/// November article about the future is next January–March); "this year",
/// "next year" and "last year" say which year outright.
///
/// Anything else is not understood: `None`. So is an expression whose date
/// would fall outside the years 0000 to 9999.
///
/// ```
/// use chrono::NaiveDate;
/// use structured_news::{resolve_relative, Tense};
///
/// let wednesday = NaiveDate::from_ymd_opt(2023, 12, 6).unwrap();
/// let resolve = |text, tense| resolve_relative(text, wednesday, tense).map(|d| d.to_string());
/// assert_eq!(resolve("on Monday", Tense::Past).as_deref(), Some("2023-12-04"));
/// assert_eq!(resolve("on Monday", Tense::Future).as_deref(), Some("2023-12-11"));
/// assert_eq!(resolve("Dec. 11", Tense::Past).as_deref(), Some("2022-12-11"));
/// assert_eq!(resolve("next week", Tense::Future).as_deref(), Some("2023-12-11/2023-12-17"));
/// assert_eq!(resolve("soon", Tense::Future), None);
/// ```
pub fn resolve_relative(text: &str, published: NaiveDate, tense: Tense) -> Option<EventDate> {
    match resolve(text, published, tense) {
        Resolution::Date(date) => Some(date),
        Resolution::Vague | Resolution::NotUnderstood => None,
    }
}

/// The date that `text`, a relative expression of time in `language`
/// (a language tag such as `"ru"` or `"en-GB"`; its primary subtag
/// counts), stands for in an article published on `published`; `None`
/// when it is vague, not understood, or in a language the crate has no
/// date words for (English and Russian so far).
///
/// The language's date words (one data file per language, in
/// `src/value/date/words/`) turn its words into the English that
/// [`resolve_relative`] reads, whose rules then apply: «в понедельник» is
/// "on Monday", «на прошлой неделе» "last week", «4 декабря 2023 года» "4
/// December 2023", «в начале следующего года» "at the start of next year",
/// «в ближайшее время» "soon" (vague). A word of no entry is kept as it
/// is, so what the table of [`resolve_relative`] does not hold is not
/// understood («через две недели»).
///
/// ```
/// use chrono::NaiveDate;
/// use structured_news::{resolve_relative_in, Tense};
///
/// let wednesday = NaiveDate::from_ymd_opt(2023, 12, 6).unwrap();
/// let ru = |text, tense| resolve_relative_in("ru", text, wednesday, tense).map(|d| d.to_string());
/// assert_eq!(ru("в понедельник", Tense::Past).as_deref(), Some("2023-12-04"));
/// assert_eq!(ru("4 декабря", Tense::Past).as_deref(), Some("2023-12-04"));
/// assert_eq!(ru("на следующей неделе", Tense::Future).as_deref(), Some("2023-12-11/2023-12-17"));
/// assert_eq!(ru("в ближайшее время", Tense::Future), None);
/// assert_eq!(resolve_relative_in("fr", "lundi", wednesday, Tense::Past), None);
/// ```
pub fn resolve_relative_in(
    language: &str,
    text: &str,
    published: NaiveDate,
    tense: Tense,
) -> Option<EventDate> {
    match resolve_in(language, text, published, tense)? {
        Resolution::Date(date) => Some(date),
        Resolution::Vague | Resolution::NotUnderstood => None,
    }
}

/// Resolves `text` in `language`: see [`resolve_relative_in`]; `None`
/// for a language without date words.
pub(crate) fn resolve_in(
    language: &str,
    text: &str,
    published: NaiveDate,
    tense: Tense,
) -> Option<Resolution> {
    let primary = language.split(['-', '_']).next().unwrap_or_default();
    let words = DateWords::for_language(primary)?;
    Some(resolve(&words.in_english(text), published, tense))
}

/// Which of the candidates named the same way an expression means.
#[derive(Clone, Copy)]
enum Pick {
    /// The latest that starts on or before the publication.
    OnOrBefore,
    /// The first that ends on or after the publication.
    OnOrAfter,
    /// The latest that ends before the publication.
    Before,
    /// The first that starts after the publication.
    After,
}

impl Pick {
    /// The pick of an expression without "last" or "next".
    fn of(tense: Tense) -> Self {
        match tense {
            Tense::Past => Pick::OnOrBefore,
            Tense::Future => Pick::OnOrAfter,
        }
    }
}

/// A modifier before the thing named.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Modifier {
    None,
    Last,
    This,
    Next,
}

/// Resolves `text`: see [`resolve_relative`].
pub(crate) fn resolve(text: &str, published: NaiveDate, tense: Tense) -> Resolution {
    let lower = text.to_lowercase();
    let trimmed = lower.trim().trim_end_matches(|c: char| {
        matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'' | '”' | '’' | ')' | ']'
        ) || c.is_whitespace()
    });
    // "last week's talks": the possessive says no more than the words.
    let words: Vec<&str> = trimmed
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w)
        })
        .collect();
    let words = match words.as_slice() {
        ["on" | "in", rest @ ..] => rest,
        all => all,
    };
    if is_vague(words) {
        return Resolution::Vague;
    }
    match resolve_words(words, published, tense) {
        Some(date) => Resolution::Date(date),
        None => Resolution::NotUnderstood,
    }
}

/// Whether the words are a vague expression of time.
fn is_vague(words: &[&str]) -> bool {
    matches!(
        words,
        ["soon"]
            | ["shortly"]
            | ["recently"]
            | ["lately"]
            | ["later"]
            | ["earlier"]
            | ["eventually"]
            | ["before", "long"]
            | [
                "the",
                "coming" | "next" | "following",
                "days" | "weeks" | "months" | "years"
            ]
            | [
                "the",
                "next" | "coming" | "past" | "last",
                "few",
                "days" | "weeks" | "months" | "years"
            ]
            | ["recent", "days" | "weeks" | "months" | "years"]
            | ["the", "near" | "foreseeable", "future"]
            | ["the", "future"]
            | ["due", "course"]
            | ["at", "a", "later", "date"]
            | ["at", "some", "point"]
    )
}

/// The day `days` after (or before, when negative) `day`.
fn shift(day: NaiveDate, days: i64) -> Option<NaiveDate> {
    let n = Days::new(days.unsigned_abs());
    if days >= 0 {
        day.checked_add_days(n)
    } else {
        day.checked_sub_days(n)
    }
}

fn on_day(day: NaiveDate) -> Option<EventDate> {
    PartialDate::try_from(day).ok().map(EventDate::from)
}

fn between(first: NaiveDate, last: NaiveDate) -> Option<EventDate> {
    let first = PartialDate::try_from(first).ok()?;
    let last = PartialDate::try_from(last).ok()?;
    DateInterval::new(first, last).ok().map(EventDate::from)
}

fn weekday(word: &str) -> Option<Weekday> {
    let day = match word.trim_end_matches('.') {
        "monday" | "mon" => Weekday::Mon,
        "tuesday" | "tue" | "tues" => Weekday::Tue,
        "wednesday" | "wed" => Weekday::Wed,
        "thursday" | "thu" | "thur" | "thurs" => Weekday::Thu,
        "friday" | "fri" => Weekday::Fri,
        "saturday" | "sat" => Weekday::Sat,
        "sunday" | "sun" => Weekday::Sun,
        _ => return None,
    };
    Some(day)
}

fn month(word: &str) -> Option<u32> {
    let m = match word.trim_end_matches('.') {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// The EDTF number of a season.
fn season(word: &str) -> Option<u32> {
    match word {
        "spring" => Some(21),
        "summer" => Some(22),
        "autumn" | "fall" => Some(23),
        "winter" => Some(24),
        _ => None,
    }
}

/// A day of the month, "11" or "11th".
fn day_of_month(word: &str) -> Option<u32> {
    let digits = word
        .strip_suffix("st")
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))
        .or_else(|| word.strip_suffix("th"))
        .unwrap_or(word);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A year written with four digits.
fn year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
}

fn is_part_of_day(word: &str) -> bool {
    matches!(word, "morning" | "afternoon" | "evening" | "night")
}

/// Of the dates `make(year)` for years around `published`'s, the one
/// `pick` means. Ten years are tried, enough for 29 February.
fn nearest(
    published: NaiveDate,
    pick: Pick,
    make: impl Fn(i32) -> Option<PartialDate>,
) -> Option<PartialDate> {
    let start = published.year();
    let fits = |d: &PartialDate| match pick {
        Pick::OnOrBefore => d.first_day() <= published,
        Pick::OnOrAfter => d.last_day() >= published,
        Pick::Before => d.last_day() < published,
        Pick::After => d.first_day() > published,
    };
    let mut years: Vec<i32> = match pick {
        Pick::OnOrBefore | Pick::Before => (start - 9..=start + 1).rev().collect(),
        Pick::OnOrAfter | Pick::After => (start - 1..=start + 9).collect(),
    };
    years.retain(|y| (0..=9999).contains(y));
    years.into_iter().filter_map(&make).find(fits)
}

/// Which year "the year", "this year", "next year" or "last year" is for a
/// part of the year (`make(year)`), by the rules of [`resolve_relative`].
fn part_of_year(
    which: &str,
    published: NaiveDate,
    tense: Tense,
    make: impl Fn(i32) -> Option<PartialDate>,
) -> Option<PartialDate> {
    let y = published.year();
    match which {
        "the" => nearest(published, Pick::of(tense), |candidate| {
            (y - 1..=y + 1)
                .contains(&candidate)
                .then(|| make(candidate))
                .flatten()
        }),
        "this" => make(y),
        "next" => make(y + 1),
        "last" => make(y - 1),
        _ => None,
    }
}

fn quarter(year: i32, n: u32) -> Option<PartialDate> {
    PartialDate::from_sub_year_grouping(year, 32 + n).ok()
}

fn ordinal(word: &str) -> Option<u32> {
    match word {
        "first" => Some(1),
        "second" => Some(2),
        "third" => Some(3),
        "fourth" => Some(4),
        _ => None,
    }
}

fn resolve_words(words: &[&str], published: NaiveDate, tense: Tense) -> Option<EventDate> {
    let approximate = |d: PartialDate| d.with_qualifier(DateQualifier::Approximate);
    let first_of_year = NaiveDate::from_ymd_opt(published.year(), 1, 1)?;
    let last_of_year = NaiveDate::from_ymd_opt(published.year(), 12, 31)?;
    let first_of_month = published.with_day(1)?;
    let last_of_month = first_of_month
        .checked_add_months(Months::new(1))
        .and_then(|d| d.pred_opt())?;
    // Fixed phrases first.
    // "Saturday, Jan. 1": a weekday before a written date says no more
    // than the date.
    if let [first, rest @ ..] = words {
        if weekday(first).is_some() && rest.len() >= 2 {
            if let Some(date) = resolve_words(rest, published, tense) {
                return Some(date);
            }
        }
    }
    match words {
        ["today" | "tonight"]
        | ["this", "morning" | "afternoon" | "evening"]
        | ["earlier" | "later", "today"] => return on_day(published),
        ["the", "past" | "last", "24", "hours"] | ["the", "past" | "last", "day"] => {
            return between(shift(published, -1)?, published)
        }
        ["yesterday"] | ["last", "night"] => return on_day(shift(published, -1)?),
        ["yesterday" | "tomorrow", part] if is_part_of_day(part) => {
            let days = if words.first() == Some(&"yesterday") {
                -1
            } else {
                1
            };
            return on_day(shift(published, days)?);
        }
        ["tomorrow"] => return on_day(shift(published, 1)?),
        ["at", "the", "start" | "beginning", "of", which, "year"]
        | ["early", "in", which, "year"] => {
            let q1 = part_of_year(which, published, tense, |y| quarter(y, 1))?;
            return Some(approximate(q1).into());
        }
        ["early", which @ ("this" | "next" | "last"), "year"] => {
            let q1 = part_of_year(which, published, tense, |y| quarter(y, 1))?;
            return Some(approximate(q1).into());
        }
        ["at", "the", "end", "of", which, "year"] | ["late", "in", which, "year"] => {
            let q4 = part_of_year(which, published, tense, |y| quarter(y, 4))?;
            return Some(approximate(q4).into());
        }
        ["late", which @ ("this" | "next" | "last"), "year"] => {
            let q4 = part_of_year(which, published, tense, |y| quarter(y, 4))?;
            return Some(approximate(q4).into());
        }
        ["the", n, "half", "of", which, "year"] | [n, "half", "of", which, "year"] => {
            let n = ordinal(n).filter(|n| *n <= 2)?;
            let half = part_of_year(which, published, tense, |y| {
                PartialDate::from_sub_year_grouping(y, 39 + n).ok()
            })?;
            return Some(half.into());
        }
        ["the", n, "quarter", "of", which, "year"] | [n, "quarter", "of", which, "year"] => {
            let n = ordinal(n)?;
            return Some(part_of_year(which, published, tense, |y| quarter(y, n))?.into());
        }
        ["earlier", "this", "year"] | ["earlier", "in", "the", "year"] => {
            return between(first_of_year, published)
        }
        ["later", "this", "year"] | ["later", "in", "the", "year"] => {
            return between(published, last_of_year)
        }
        ["earlier", "this", "month"] | ["earlier", "in", "the", "month"] => {
            return between(first_of_month, published)
        }
        ["later", "this", "month"] | ["later", "in", "the", "month"] => {
            return between(published, last_of_month)
        }
        _ => {}
    }
    // A date written out.
    match words {
        [y] => {
            if let Some(y) = year(y) {
                return PartialDate::from_year(y).ok().map(EventDate::from);
            }
        }
        [m, y] => {
            if let (Some(m), Some(y)) = (month(m), year(y)) {
                return PartialDate::from_year_month(y, m).ok().map(EventDate::from);
            }
        }
        [a, b, y] => {
            let day_month = day_of_month(a).zip(month(b));
            let month_day = month(a).zip(day_of_month(b)).map(|(m, d)| (d, m));
            if let (Some((d, m)), Some(y)) = (day_month.or(month_day), year(y)) {
                return PartialDate::from_ymd(y, m, d).ok().map(EventDate::from);
            }
        }
        _ => {}
    }
    // A day or month of a year named relative to the publication's
    // ("October this year", "4 December last year").
    let year_of = |which: &str| match which {
        "this" => Some(published.year()),
        "last" => Some(published.year() - 1),
        "next" => Some(published.year() + 1),
        _ => None,
    };
    match words {
        [m, which, "year"] => {
            if let (Some(m), Some(y)) = (month(m), year_of(which)) {
                return PartialDate::from_year_month(y, m).ok().map(EventDate::from);
            }
        }
        [a, b, which, "year"] => {
            let day_month = day_of_month(a).zip(month(b));
            let month_day = month(a).zip(day_of_month(b)).map(|(m, d)| (d, m));
            if let (Some((d, m)), Some(y)) = (day_month.or(month_day), year_of(which)) {
                return PartialDate::from_ymd(y, m, d).ok().map(EventDate::from);
            }
        }
        _ => {}
    }
    let (modifier, rest) = match words {
        ["last", rest @ ..] => (Modifier::Last, rest),
        ["this", rest @ ..] => (Modifier::This, rest),
        ["next", rest @ ..] => (Modifier::Next, rest),
        ["the", s] if season(s).is_some() => (Modifier::None, std::slice::from_ref(s)),
        rest => (Modifier::None, rest),
    };
    let rest = match rest {
        [named, part] if is_part_of_day(part) && weekday(named).is_some() => {
            std::slice::from_ref(named)
        }
        rest => rest,
    };
    let pick = match modifier {
        Modifier::Last => Pick::Before,
        Modifier::Next => Pick::After,
        Modifier::None | Modifier::This => Pick::of(tense),
    };
    match rest {
        ["week"] => {
            let monday = shift(
                published,
                -i64::from(published.weekday().num_days_from_monday()),
            )?;
            let weeks = match modifier {
                Modifier::Last => -7,
                Modifier::This => 0,
                Modifier::Next => 7,
                Modifier::None => return None,
            };
            let first = shift(monday, weeks)?;
            between(first, shift(first, 6)?)
        }
        ["month"] => {
            let month = match modifier {
                Modifier::Last => first_of_month.checked_sub_months(Months::new(1))?,
                Modifier::This => first_of_month,
                Modifier::Next => first_of_month.checked_add_months(Months::new(1))?,
                Modifier::None => return None,
            };
            PartialDate::from_year_month(month.year(), month.month())
                .ok()
                .map(EventDate::from)
        }
        ["year"] => {
            let y = published.year();
            let y = match modifier {
                Modifier::Last => y - 1,
                Modifier::This => y,
                Modifier::Next => y + 1,
                Modifier::None => return None,
            };
            PartialDate::from_year(y).ok().map(EventDate::from)
        }
        [word] => {
            if let Some(w) = weekday(word) {
                let from_monday = |d: Weekday| i64::from(d.num_days_from_monday());
                let ahead = (from_monday(w) - from_monday(published.weekday())).rem_euclid(7);
                let back = (from_monday(published.weekday()) - from_monday(w)).rem_euclid(7);
                let days = match pick {
                    Pick::OnOrBefore => -back,
                    Pick::OnOrAfter => ahead,
                    Pick::Before if back == 0 => -7,
                    Pick::Before => -back,
                    Pick::After if ahead == 0 => 7,
                    Pick::After => ahead,
                };
                return on_day(shift(published, days)?);
            }
            if let Some(m) = month(word) {
                if modifier == Modifier::This {
                    return PartialDate::from_year_month(published.year(), m)
                        .ok()
                        .map(EventDate::from);
                }
                return nearest(published, pick, |y| PartialDate::from_year_month(y, m).ok())
                    .map(EventDate::from);
            }
            if let Some(s) = season(word) {
                return nearest(published, pick, |y| {
                    PartialDate::from_sub_year_grouping(y, s).ok()
                })
                .map(EventDate::from);
            }
            None
        }
        [a, b] if modifier == Modifier::None => {
            let day_month = day_of_month(a).zip(month(b));
            let month_day = month(a).zip(day_of_month(b)).map(|(m, d)| (d, m));
            let (d, m) = day_month.or(month_day)?;
            nearest(published, pick, |y| PartialDate::from_ymd(y, m, d).ok()).map(EventDate::from)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    use Tense::{Future, Past};

    #[test]
    fn relative_expressions_resolve_by_the_table() {
        // Wednesday 6 December 2023.
        let wed = day(2023, 12, 6);
        // Monday 4 December 2023.
        let mon = day(2023, 12, 4);
        // Tuesday 2 January 2024.
        let jan2 = day(2024, 1, 2);
        // Friday 1 March 2024, just after a leap day; Saturday 1 March 2025.
        let mar2024 = day(2024, 3, 1);
        let mar2025 = day(2025, 3, 1);
        // Wednesday 15 May 2024.
        let may = day(2024, 5, 15);
        let cases: &[(&str, NaiveDate, Tense, &str)] = &[
            ("today", wed, Past, "2023-12-06"),
            ("Earlier today", wed, Past, "2023-12-06"),
            ("last week's", wed, Past, "2023-11-27/2023-12-03"),
            ("in the past 24 hours", wed, Past, "2023-12-05/2023-12-06"),
            ("on Saturday, Jan. 1", day(2005, 1, 1), Past, "2005-01-01"),
            ("Monday 20 November", day(2023, 11, 20), Past, "2023-11-20"),
            // The year named relative to the publication's, whatever the
            // tense: "March last year" in May is not "last March".
            ("in October this year", wed, Future, "2023-10"),
            ("March last year", may, Past, "2023-03"),
            ("last March", may, Past, "2024-03"),
            ("in January next year", wed, Past, "2024-01"),
            ("4 December last year", wed, Past, "2022-12-04"),
            ("December 4 this year", wed, Future, "2023-12-04"),
            ("Today.", wed, Future, "2023-12-06"),
            ("tonight", wed, Future, "2023-12-06"),
            ("this morning", wed, Past, "2023-12-06"),
            ("yesterday", wed, Past, "2023-12-05"),
            ("Yesterday,", jan2, Past, "2024-01-01"),
            ("yesterday evening", wed, Past, "2023-12-05"),
            ("last night", wed, Past, "2023-12-05"),
            ("tomorrow", wed, Future, "2023-12-07"),
            ("tomorrow morning", wed, Future, "2023-12-07"),
            // Weekdays.
            ("Monday", wed, Past, "2023-12-04"),
            ("on Monday", wed, Past, "2023-12-04"),
            ("on Monday.", wed, Future, "2023-12-11"),
            ("ON MONDAY", wed, Past, "2023-12-04"),
            ("on Monday evening", wed, Past, "2023-12-04"),
            ("this Monday", wed, Past, "2023-12-04"),
            ("last Monday", wed, Past, "2023-12-04"),
            ("next Monday", wed, Future, "2023-12-11"),
            ("next Friday", wed, Future, "2023-12-08"),
            ("on Friday", wed, Past, "2023-12-01"),
            ("on Friday", wed, Future, "2023-12-08"),
            ("on Wednesday", wed, Past, "2023-12-06"),
            ("on Wednesday", wed, Future, "2023-12-06"),
            ("last Wednesday", wed, Past, "2023-11-29"),
            ("next Wednesday", wed, Future, "2023-12-13"),
            ("on Monday", mon, Past, "2023-12-04"),
            ("last Monday", mon, Past, "2023-11-27"),
            ("on Sunday", jan2, Past, "2023-12-31"),
            ("on Thurs.", wed, Future, "2023-12-07"),
            // Weeks, months, years.
            ("last week", wed, Past, "2023-11-27/2023-12-03"),
            ("this week", wed, Past, "2023-12-04/2023-12-10"),
            ("next week", wed, Future, "2023-12-11/2023-12-17"),
            (
                "next week",
                day(2023, 12, 31),
                Future,
                "2024-01-01/2024-01-07",
            ),
            ("last week", jan2, Past, "2023-12-25/2023-12-31"),
            ("last month", wed, Past, "2023-11"),
            ("last month", jan2, Past, "2023-12"),
            ("this month", wed, Past, "2023-12"),
            ("next month", wed, Future, "2024-01"),
            ("last year", wed, Past, "2022"),
            ("this year", wed, Past, "2023"),
            ("next year", wed, Future, "2024"),
            // A day and month.
            ("11 December", wed, Future, "2023-12-11"),
            ("11 December", wed, Past, "2022-12-11"),
            ("December 11", wed, Future, "2023-12-11"),
            ("Dec. 11", wed, Future, "2023-12-11"),
            ("Dec 11th", wed, Future, "2023-12-11"),
            ("on 4 December", wed, Past, "2023-12-04"),
            ("4 December", wed, Future, "2024-12-04"),
            ("6 December", wed, Past, "2023-12-06"),
            ("6 December", wed, Future, "2023-12-06"),
            ("Jan. 22", wed, Future, "2024-01-22"),
            ("Jan. 22", wed, Past, "2023-01-22"),
            ("December 28", jan2, Past, "2023-12-28"),
            ("December 28", jan2, Future, "2024-12-28"),
            ("January 1", jan2, Past, "2024-01-01"),
            ("Sept. 3", may, Past, "2023-09-03"),
            // Leap days.
            ("February 29", mar2024, Past, "2024-02-29"),
            ("February 29", mar2025, Past, "2024-02-29"),
            ("Feb. 29", mar2025, Future, "2028-02-29"),
            ("29 February", day(2024, 2, 28), Future, "2024-02-29"),
            ("February 28", mar2024, Past, "2024-02-28"),
            // Months.
            ("in December", wed, Past, "2023-12"),
            ("in December", wed, Future, "2023-12"),
            ("December", jan2, Past, "2023-12"),
            ("in December", jan2, Future, "2024-12"),
            ("last December", wed, Past, "2022-12"),
            ("last December", jan2, Past, "2023-12"),
            ("this December", jan2, Past, "2024-12"),
            ("next December", wed, Future, "2024-12"),
            ("in March", may, Past, "2024-03"),
            ("in March", may, Future, "2025-03"),
            ("in May", may, Past, "2024-05"),
            // Seasons.
            ("this summer", may, Future, "2024-22"),
            ("last summer", may, Past, "2023-22"),
            ("in the winter", jan2, Past, "2023-24"),
            ("last winter", jan2, Past, "2022-24"),
            ("this winter", jan2, Future, "2023-24"),
            ("next winter", jan2, Future, "2024-24"),
            ("in the fall", may, Future, "2024-23"),
            ("spring", may, Past, "2024-21"),
            // Parts of the year.
            ("at the start of the year", may, Past, "2024-33~"),
            ("at the beginning of the year", wed, Future, "2024-33~"),
            (
                "at the start of the year",
                day(2024, 2, 10),
                Future,
                "2024-33~",
            ),
            ("at the start of next year", may, Future, "2025-33~"),
            ("early this year", may, Past, "2024-33~"),
            ("early next year", wed, Future, "2024-33~"),
            ("early in the year", may, Past, "2024-33~"),
            ("at the end of the year", may, Future, "2024-36~"),
            ("at the end of the year", jan2, Past, "2023-36~"),
            ("late this year", may, Future, "2024-36~"),
            ("in the second half of the year", may, Future, "2024-41"),
            ("the first half of the year", may, Past, "2024-40"),
            ("the first half of next year", may, Future, "2025-40"),
            ("the third quarter of the year", may, Future, "2024-35"),
            ("in the fourth quarter of last year", may, Past, "2023-36"),
            ("earlier this year", may, Past, "2024-01-01/2024-05-15"),
            ("later this year", may, Future, "2024-05-15/2024-12-31"),
            ("earlier this month", may, Past, "2024-05-01/2024-05-15"),
            (
                "later this month",
                day(2024, 2, 10),
                Future,
                "2024-02-10/2024-02-29",
            ),
            // Written out.
            ("in 2024", may, Past, "2024"),
            ("December 2023", may, Past, "2023-12"),
            ("11 December 2023", may, Past, "2023-12-11"),
            ("Dec. 11, 2023", may, Future, "2023-12-11"),
        ];
        for &(text, published, tense, expected) in cases {
            let got = resolve_relative(text, published, tense).map(|d| d.to_string());
            assert_eq!(
                got.as_deref(),
                Some(expected),
                "{text:?} published {published} ({tense:?})"
            );
        }
    }

    #[test]
    fn russian_expressions_resolve_by_the_same_table() {
        let wed = day(2023, 12, 6);
        let ru = |text: &str, tense| match resolve_in("ru", text, wed, tense) {
            Some(Resolution::Date(d)) => d.to_string(),
            Some(Resolution::Vague) => "vague".to_owned(),
            Some(Resolution::NotUnderstood) => "not understood".to_owned(),
            None => "no language".to_owned(),
        };
        let cases: &[(&str, Tense, &str)] = &[
            ("сегодня", Past, "2023-12-06"),
            ("вчера вечером", Past, "2023-12-05"),
            ("Завтра", Future, "2023-12-07"),
            ("сегодня утром", Past, "2023-12-06"),
            ("в понедельник", Past, "2023-12-04"),
            ("в понедельник", Future, "2023-12-11"),
            ("во вторник утром", Future, "2023-12-12"),
            ("в прошлую пятницу", Past, "2023-12-01"),
            ("в следующую среду", Future, "2023-12-13"),
            ("на прошлой неделе", Past, "2023-11-27/2023-12-03"),
            ("на этой неделе", Past, "2023-12-04/2023-12-10"),
            ("на следующей неделе", Future, "2023-12-11/2023-12-17"),
            ("на будущей неделе", Future, "2023-12-11/2023-12-17"),
            ("в прошлом месяце", Past, "2023-11"),
            ("в следующем месяце", Future, "2024-01"),
            ("в прошлом году", Past, "2022"),
            ("в этом году", Past, "2023"),
            ("в будущем году", Future, "2024"),
            ("4 декабря", Past, "2023-12-04"),
            ("«4-го декабря»", Past, "2023-12-04"),
            ("4 декабря 2023 года", Past, "2023-12-04"),
            ("11 декабря 2023 г.", Future, "2023-12-11"),
            ("в декабре", Past, "2023-12"),
            ("в январе", Future, "2024-01"),
            ("в мае 2024 года", Future, "2024-05"),
            ("в 2024 году", Future, "2024"),
            ("летом", Future, "2024-22"),
            ("прошлой зимой", Past, "2022-24"),
            ("в начале года", Future, "2024-33~"),
            ("в начале следующего года", Future, "2024-33~"),
            ("в конце этого года", Past, "2023-36~"),
            ("во второй половине года", Past, "2023-41"),
            ("в третьем квартале", Past, "2023-35"),
            ("ранее в этом году", Past, "2023-01-01/2023-12-06"),
            ("позднее в этом месяце", Future, "2023-12-06/2023-12-31"),
            ("в ближайшее время", Future, "vague"),
            ("в самое ближайшее время", Future, "vague"),
            ("в ближайшие дни", Future, "vague"),
            ("недавно", Past, "vague"),
            ("в декабре прошлого года", Past, "2022-12"),
            ("в октябре этого года", Future, "2023-10"),
            ("в марте следующего года", Future, "2024-03"),
            ("4 декабря прошлого года", Past, "2022-12-04"),
            ("через две недели", Future, "not understood"),
        ];
        for (text, tense, want) in cases {
            assert_eq!(ru(text, *tense), *want, "{text}");
        }
        assert!(resolve_in("fr", "lundi", wed, Past).is_none());
        assert!(matches!(
            resolve_in("ru-RU", "в понедельник", wed, Past),
            Some(Resolution::Date(_))
        ));
    }

    /// Every word and phrase of every language's date words is read: alone
    /// or with a word of the same file beside it, it makes an expression
    /// the resolver understands.
    #[test]
    fn every_phrase_of_the_date_words_is_read() {
        let wed = day(2023, 12, 6);
        for language in ["en", "ru"] {
            let words = DateWords::for_language(language).unwrap();
            for (phrase, english) in words.phrases() {
                let tries = [
                    phrase.clone(),
                    format!("{phrase} неделе"),
                    format!("следующей {phrase}"),
                    format!("в понедельник {phrase}"),
                    format!("{phrase} понедельник"),
                ];
                let read = tries.iter().any(|t| {
                    matches!(
                        resolve_in(language, t, wed, Past),
                        Some(Resolution::Date(_) | Resolution::Vague)
                    )
                });
                assert!(read, "{language}: {phrase:?} ({english:?}) is never read");
            }
        }
    }

    #[test]
    fn vague_and_unknown_expressions_resolve_to_nothing() {
        let wed = day(2023, 12, 6);
        for text in [
            "soon",
            "Soon.",
            "in the coming weeks",
            "in the coming months",
            "in the next few days",
            "in recent weeks",
            "in the near future",
            "shortly",
        ] {
            assert!(
                matches!(resolve(text, wed, Future), Resolution::Vague),
                "{text}"
            );
            assert_eq!(resolve_relative(text, wed, Future), None, "{text}");
        }
        for text in [
            "",
            "   ",
            "week",
            "month",
            "year",
            "last",
            "on",
            "the day after the summit",
            "February 30",
            "31 April",
            "Dec. 32",
            "last Dec. 11",
            "the fifth quarter of the year",
            "the third half of the year",
            "Mondays",
            "2023-12-04",
        ] {
            assert!(
                matches!(resolve(text, wed, Past), Resolution::NotUnderstood),
                "{text}"
            );
        }
    }

    #[test]
    fn dates_outside_the_years_0000_to_9999_are_not_understood() {
        let last = day(9999, 12, 31);
        assert_eq!(resolve_relative("tomorrow", last, Future), None);
        assert_eq!(resolve_relative("next year", last, Future), None);
        assert_eq!(
            resolve_relative("today", last, Future).map(|d| d.to_string()),
            Some("9999-12-31".into())
        );
        let first = day(0, 1, 1);
        assert_eq!(resolve_relative("yesterday", first, Past), None);
        assert_eq!(resolve_relative("December 11", first, Past), None);
    }
}

//! The words of dates, as data: one JSON file per language in `words/`
//! (`en.json`, `ru.json`), compiled in with `include_str!` and parsed
//! once, on first use. The relative-date resolver
//! ([`resolve_relative_in`](crate::resolve_relative_in)) reads them, and
//! so do the rules that hold a date's words against its value (the
//! grounding lexicon takes its date words from here). Adding a language
//! is adding a file.
//!
//! Each file is an object with these keys, every word written in lower
//! case (case and «ё»/«е» do not matter):
//!
//! - `language`: the primary language subtag the file is for (`"ru"`);
//! - `months` (1 to 12), `weekdays` (1 for Monday to 7 for Sunday) and
//!   `relative_days` (`"yesterday": -1`, `"today": 0`, `"tomorrow": 1`):
//!   every form of the word (`"декабря": 12`, `"в среду"` reads
//!   `"среду": 3`);
//! - `months_needing_context`: month words that are also common words
//!   ("may"), a month only beside a figure or after a word of
//!   `month_context` ("in", "of", «в»);
//! - `date_offsets`: words that make a date's words relative to another
//!   moment ("two days after", «через»), which no rule judges;
//! - `phrases`: a word or phrase and the English words the resolver reads
//!   for it (`"на следующей неделе": "on next week"` is also what
//!   `"на": "on"`, `"следующей": "next"` and `"неделе": "week"` give;
//!   `"в начале года": "at the start of the year"`); the English words
//!   must be ones the resolver's rules read (a test keeps them so);
//! - `year_words`: words that may follow a year and add nothing to it
//!   («2023 года», «2023 г.»);
//! - `day_suffixes`: what may follow the figures of a day of the month
//!   («4-го декабря»); English's ordinal endings ("11th") are the
//!   resolver's own.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

/// The date words of one language, as written in its file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DateWords {
    /// The primary language subtag.
    pub(crate) language: String,
    /// Month words and the month (1 to 12).
    pub(crate) months: BTreeMap<String, u32>,
    /// Month words that are also common words.
    pub(crate) months_needing_context: Vec<String>,
    /// Words after which such a month word is a month.
    pub(crate) month_context: Vec<String>,
    /// Weekday words and the day (1 for Monday to 7 for Sunday).
    pub(crate) weekdays: BTreeMap<String, u32>,
    /// "yesterday", "today", "tomorrow": the days from the publication.
    pub(crate) relative_days: BTreeMap<String, i64>,
    /// Words that make a date relative to another moment.
    pub(crate) date_offsets: Vec<String>,
    /// Words and phrases and the English words the resolver reads.
    phrases: BTreeMap<String, String>,
    /// Words after a year that add nothing to it.
    year_words: Vec<String>,
    /// What may follow the figures of a day of the month.
    day_suffixes: Vec<String>,
}

/// The English names the resolver reads for months 1 to 12.
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The English names the resolver reads for weekdays 1 (Monday) to 7.
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

static EN: OnceLock<Option<DateWords>> = OnceLock::new();
static RU: OnceLock<Option<DateWords>> = OnceLock::new();

/// A word in lower case, «ё» read as «е»: how the date words and the
/// grounding lexicons compare words.
pub(crate) fn fold(word: &str) -> impl Iterator<Item = char> + '_ {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
}

impl DateWords {
    /// The date words of a primary language subtag, if the crate has
    /// them.
    pub(crate) fn for_language(primary: &str) -> Option<&'static DateWords> {
        let (cell, tag, text) = if primary.eq_ignore_ascii_case("en") {
            (&EN, "en", include_str!("words/en.json"))
        } else if primary.eq_ignore_ascii_case("ru") {
            (&RU, "ru", include_str!("words/ru.json"))
        } else {
            return None;
        };
        // A file that does not parse, or is for another language, is not
        // read (the tests below keep both from happening).
        cell.get_or_init(|| {
            serde_json::from_str::<DateWords>(text)
                .ok()
                .filter(|w| w.language == tag)
        })
        .as_ref()
    }

    /// Every word or phrase of the file, folded and split into words,
    /// with the English words the resolver reads for it.
    fn entries(&self) -> Vec<(Vec<String>, String)> {
        let split = |phrase: &str| -> Vec<String> {
            phrase
                .split_whitespace()
                .map(|w| fold(w).collect())
                .collect::<Vec<_>>()
        };
        let named = |names: &[&str], n: u32| {
            usize::try_from(n)
                .ok()
                .and_then(|n| n.checked_sub(1))
                .and_then(|i| names.get(i))
                .map(|name| (*name).to_owned())
        };
        let mut out: Vec<(Vec<String>, String)> = Vec::new();
        for (word, &n) in &self.months {
            out.extend(named(&MONTHS, n).map(|name| (split(word), name)));
        }
        for (word, &n) in &self.weekdays {
            out.extend(named(&WEEKDAYS, n).map(|name| (split(word), name)));
        }
        for (word, &days) in &self.relative_days {
            let name = match days {
                -1 => "yesterday",
                0 => "today",
                1 => "tomorrow",
                _ => continue,
            };
            out.push((split(word), name.to_owned()));
        }
        for (phrase, english) in &self.phrases {
            out.push((split(phrase), english.clone()));
        }
        out.retain(|(words, _)| !words.is_empty());
        out
    }

    /// `text`, a date's words in this language, in the English words the
    /// resolver reads: each longest word or phrase of the file replaced by
    /// its English, the figures of a day freed of `day_suffixes`, the
    /// `year_words` after a year left out, any other word kept.
    pub(crate) fn in_english(&self, text: &str) -> String {
        let entries = self.entries();
        let tokens: Vec<String> = text
            .split_whitespace()
            .map(|t| {
                let t: String =
                    fold(t.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')).collect();
                let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
                match t.split_at_checked(digits) {
                    Some((figures, rest))
                        if !figures.is_empty() && self.day_suffixes.iter().any(|s| *s == rest) =>
                    {
                        figures.to_owned()
                    }
                    _ => t,
                }
            })
            .filter(|t| !t.is_empty())
            .collect();
        let mut out: Vec<String> = Vec::new();
        let mut i = 0;
        while let Some(token) = tokens.get(i) {
            let after_year = out
                .last()
                .is_some_and(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()));
            if after_year && self.year_words.contains(token) {
                i += 1;
                continue;
            }
            let longest = entries
                .iter()
                .filter(|(words, _)| tokens.get(i..i + words.len()) == Some(words.as_slice()))
                .max_by_key(|(words, _)| words.len());
            if let Some((words, english)) = longest {
                out.push(english.clone());
                i += words.len();
                continue;
            }
            out.push(token.clone());
            i += 1;
        }
        out.join(" ")
    }

    /// Every word or phrase of the file (for the tests that each is read).
    #[cfg(test)]
    pub(crate) fn phrases(&self) -> impl Iterator<Item = (&String, &String)> {
        self.phrases.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_files_parse_and_are_for_their_language() {
        assert_eq!(DateWords::for_language("en").unwrap().language, "en");
        assert_eq!(DateWords::for_language("RU").unwrap().language, "ru");
        assert!(DateWords::for_language("fr").is_none());
    }

    #[test]
    fn russian_words_become_the_english_the_resolver_reads() {
        let ru = DateWords::for_language("ru").unwrap();
        assert_eq!(ru.in_english("«4 декабря 2023 года»"), "4 december 2023");
        assert_eq!(ru.in_english("4-го декабря"), "4 december");
        assert_eq!(ru.in_english("на следующей неделе"), "on next week");
        assert_eq!(
            ru.in_english("в начале следующего года"),
            "at the start of next year"
        );
        assert_eq!(ru.in_english("в понедельник утром"), "in monday morning");
        assert_eq!(ru.in_english("в 2023 г."), "in 2023");
        // A word the file does not hold is kept.
        assert_eq!(ru.in_english("в пятницу, 13-го"), "in friday 13");
        let en = DateWords::for_language("en").unwrap();
        assert_eq!(en.in_english("Dec. 11"), "december 11");
    }
}

//! The words the grounding rules read evidence with, as data: one JSON
//! file per language in `lexicon/` (`en.json`, `ru.json`), compiled in
//! with `include_str!` and parsed once, on first use, into a [`Lexicon`].
//!
//! Each file is an object with these keys, every phrase written in lower
//! case as it stands in text (a phrase of several words matches those
//! words in a row; case and «ё»/«е» do not matter):
//!
//! - `language`: the primary language subtag the file is for (`"en"`);
//! - `decimal_mark` and `group_marks`: how figures are written (`"."` and
//!   `[","]` for "1,500.5"; `","` and spaces for «1 500,5»);
//! - `reporting_verbs`: a verb form and the speech act it reports
//!   (`"agreed": "agreed"`, `"rejected": "denied"`);
//! - `attributions`: phrases after which the article names who spoke
//!   (`"according to"`, «по словам», «как сообщил»);
//! - `back_references`: phrases that open a sentence and point back to
//!   the one before it, after which a reporting verb names its speaker
//!   behind it (`"this was"` in "This was stated by …", «об этом» in «Об
//!   этом заявил …»);
//! - `conjunctions`: words that join one name or clause to another
//!   (`"and"`, «и»): a name and a reporting verb with one of them between
//!   are not the speaker and their verb;
//! - `name_endings`: endings that inflect the last word of a name
//!   («а», «ом»: «постпредство», «постпредства»), read where a name may
//!   stand in any case ([`Lexicon::holds_inflected`]); none in English;
//! - `replies`: a word of answer and the act it makes when it opens the
//!   words reported and a comma follows it (`"yes": "confirmed"`, «нет»:
//!   `"denied"`);
//! - `negations`: words that negate or refuse (`"not"`, `"never"`,
//!   «не», «нет»): a denial is said with one of them or a verb of
//!   dissent;
//! - `modal_words`: a word of modality and the modality it signals
//!   (`"will": "pledge"`, `"hope": "aspiration"`, `"plans to": "intention"`,
//!   `"must": "obligation"`: a word of duty, as firm as a pledge);
//! - `meeting_statuses`: a word of a meeting's status and the status
//!   (`"called off": "cancelled"`, «перенесён»: `"postponed"`); a phrase
//!   of a plan is `"scheduled"` (`"will be held"`, «состоится»), and a
//!   word of another status inside it ("held") does not count; a phrase
//!   of what may happen is `"possible"` (`"could be held"`);
//! - `hedges`: words that hedge a report (`"reportedly"`, «якобы»,
//!   `"could have"`);
//! - `possibility`: words that say something may happen (`"could"`,
//!   `"may be"`, «может»); "may" alone is a month of
//!   `months_needing_context`, read as a possibility in lower case only;
//! - `currencies`: a currency word or symbol and the ISO 4217 codes it
//!   may stand for (`"£": ["GBP", "EGP"]`);
//! - `numbers`: a number word and its value (`"twelve": 12`, `"half": 0.5`);
//! - `scales` and `scale_abbreviations`: a scale word and what it
//!   multiplies by (`"billion"`, «млрд»); an abbreviation (`"m"`, `"bn"`)
//!   may be something else ("5 m" of rope), so a figure before it also
//!   counts as written;
//! - `nationalities`: a word or phrase that makes a title or description
//!   one of a country, and the ISO 3166 codes it may stand for
//!   (`"turkmen": ["TM"]`, `"of iran": ["IR"]`, «российского»: `["RU"]`);
//!   never a phrase a title holds of the country it is held toward ("to
//!   Russia", «в России»);
//!
//! The words of dates (months, weekdays, "yesterday", words of context and
//! of offset) are the date words of the language
//! (`src/value/date/words/`), which the relative-date resolver reads too:
//! the lexicon takes them from there.
//!
//! Beside them, `lexicon/country_items.json` maps ISO 3166 codes to the
//! Wikidata items of their countries, the same in every language
//! ([`country_of_item`]).
//!
//! No rule has a code path per language: the article's `language` picks
//! the file, and a language without one is not read. Adding a language is
//! adding a file and its line in [`Lexicon::for_language`].

use crate::value::date::words::{fold, DateWords};
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::model::commitment::Modality;
use crate::model::meeting::MeetingStatus;
use crate::model::statement::SpeechAct;
use crate::value::codes::{CountryCode, CurrencyCode, WikidataId};

/// A lexicon file as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    language: String,
    decimal_mark: char,
    group_marks: Vec<char>,
    reporting_verbs: BTreeMap<String, SpeechAct>,
    attributions: Vec<String>,
    back_references: Vec<String>,
    conjunctions: Vec<String>,
    name_endings: Vec<String>,
    replies: BTreeMap<String, SpeechAct>,
    negations: Vec<String>,
    modal_words: BTreeMap<String, Modality>,
    meeting_statuses: BTreeMap<String, MeetingStatus>,
    hedges: Vec<String>,
    possibility: Vec<String>,
    currencies: BTreeMap<String, Vec<CurrencyCode>>,
    numbers: BTreeMap<String, f64>,
    scales: BTreeMap<String, f64>,
    scale_abbreviations: BTreeMap<String, f64>,
    nationalities: BTreeMap<String, Vec<CountryCode>>,
}

/// What a phrase of the lexicon means.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Meaning {
    /// A reporting verb and the act it reports.
    Verb(SpeechAct),
    /// A phrase after which the article names who spoke ("according to").
    Attribution,
    /// A phrase that opens a sentence and points back to the one before
    /// ("this was", «об этом»).
    BackReference,
    /// A word that joins one name or clause to another ("and", «и»).
    Conjunction,
    /// A word of answer and the act it makes when it opens the words
    /// reported, before a comma ("Yes, it is planned").
    Reply(SpeechAct),
    /// A word that negates or refuses ("not", «не»).
    Negation,
    /// A word of modality.
    Modal(Modality),
    /// A word of a meeting's status.
    Status(MeetingStatus),
    /// A word that hedges a report ("reportedly").
    Hedge,
    /// A word that says something may happen ("could", "possible").
    Possibility,
    /// A currency word or symbol and the codes it may stand for.
    Currency(Vec<CurrencyCode>),
    /// A number word.
    Number(f64),
    /// A scale word; `true` for an abbreviation.
    Scale(f64, bool),
    /// A word of nationality and the countries it may stand for.
    Country(Vec<CountryCode>),
    /// A month (1 to 12).
    Month(u32),
    /// A day of the week (1 for Monday to 7 for Sunday).
    Weekday(u32),
    /// A day counted from the publication ("yesterday" is -1).
    RelativeDay(i64),
    /// A word that makes a date's words relative to another moment.
    DateOffset,
}

/// One phrase: its words, folded, and its meaning.
#[derive(Debug)]
pub(crate) struct Entry {
    words: Vec<String>,
    pub(crate) meaning: Meaning,
}

/// The words of one language, ready to scan text with.
#[derive(Debug)]
pub(crate) struct Lexicon {
    language: String,
    decimal_mark: char,
    group_marks: Vec<char>,
    /// Month words that are also common words, folded.
    months_needing_context: Vec<String>,
    /// Words after which such a month word is a month, folded.
    month_context: Vec<String>,
    /// Endings that inflect the last word of a name, folded.
    name_endings: Vec<String>,
    /// Sorted by their words.
    entries: Vec<Entry>,
    /// Each first word of the entries, folded, with the range of the
    /// entries it starts; sorted.
    firsts: Vec<(Box<[u8]>, Range<usize>)>,
    /// The first words hashed ([`hash`]): open addressing, each slot 0
    /// (empty) or one more than an index of `firsts`; a power of two long,
    /// at most half full.
    table: Vec<u32>,
    /// Each first and second word of the entries of two words or more,
    /// folded and joined by [`PAIR_MARK`], with the range of the entries
    /// they start; hashed in `pair_table` as `firsts` in `table`.
    pairs: Vec<(Box<[u8]>, Range<usize>)>,
    pair_table: Vec<u32>,
    /// For a quick no: bit `len` (at most 63) of `filter[slot(word)]` is set
    /// when some first word of that length falls in that slot.
    filter: [u64; FILTER_SLOTS],
}

/// The fewest letters of a name's word left once its ending is cut
/// ([`Lexicon::holds_inflected`]): shorter stems («МИД», «ООН») match
/// too many words.
const MIN_STEM: usize = 4;

static EN: OnceLock<Option<Lexicon>> = OnceLock::new();
static RU: OnceLock<Option<Lexicon>> = OnceLock::new();

impl Lexicon {
    /// The lexicon of a primary language subtag, if the crate has one.
    pub(crate) fn for_language(primary: &str) -> Option<&'static Lexicon> {
        let (cell, tag, text) = if primary.eq_ignore_ascii_case("en") {
            (&EN, "en", include_str!("lexicon/en.json"))
        } else if primary.eq_ignore_ascii_case("ru") {
            (&RU, "ru", include_str!("lexicon/ru.json"))
        } else {
            return None;
        };
        // A file that does not parse, or is for another language, is not
        // read (the tests below keep both from happening).
        cell.get_or_init(|| Lexicon::parse(text).ok().filter(|l| l.language == tag))
            .as_ref()
    }

    /// Parses a lexicon file.
    fn parse(text: &str) -> Result<Lexicon, serde_json::Error> {
        let file: File = serde_json::from_str(text)?;
        let mut entries = Vec::new();
        let mut add = |phrase: &str, meaning: Meaning| {
            let words: Vec<String> = tokens(phrase)
                .filter(|t| t.kind != Kind::Digits)
                .filter_map(|t| phrase.get(t.range))
                .map(|w| {
                    let mut buffer = [0u8; WORD_MAX];
                    fold_into(w, &mut buffer)
                        .and_then(|folded| std::str::from_utf8(folded).ok())
                        .map_or_else(|| fold(w).collect(), str::to_owned)
                })
                .collect();
            if !words.is_empty() {
                entries.push(Entry { words, meaning });
            }
        };
        for (k, v) in file.reporting_verbs {
            add(&k, Meaning::Verb(v));
        }
        for k in &file.attributions {
            add(k, Meaning::Attribution);
        }
        for k in &file.back_references {
            add(k, Meaning::BackReference);
        }
        for k in &file.conjunctions {
            add(k, Meaning::Conjunction);
        }
        for (k, v) in file.replies {
            add(&k, Meaning::Reply(v));
        }
        for k in &file.negations {
            add(k, Meaning::Negation);
        }
        for (k, v) in file.modal_words {
            add(&k, Meaning::Modal(v));
        }
        for (k, v) in file.meeting_statuses {
            add(&k, Meaning::Status(v));
        }
        for k in &file.hedges {
            add(k, Meaning::Hedge);
        }
        for k in &file.possibility {
            add(k, Meaning::Possibility);
        }
        for (k, v) in file.currencies {
            add(&k, Meaning::Currency(v));
        }
        for (k, v) in file.numbers {
            add(&k, Meaning::Number(v));
        }
        for (k, v) in file.scales {
            add(&k, Meaning::Scale(v, false));
        }
        for (k, v) in file.scale_abbreviations {
            add(&k, Meaning::Scale(v, true));
        }
        for (k, v) in file.nationalities {
            add(&k, Meaning::Country(v));
        }
        // The date words of the language; a language without them reads
        // no date.
        let dates = DateWords::for_language(&file.language);
        for (k, v) in dates.iter().flat_map(|d| &d.months) {
            add(k, Meaning::Month(*v));
        }
        for (k, v) in dates.iter().flat_map(|d| &d.weekdays) {
            add(k, Meaning::Weekday(*v));
        }
        for (k, v) in dates.iter().flat_map(|d| &d.relative_days) {
            add(k, Meaning::RelativeDay(*v));
        }
        for k in dates.iter().flat_map(|d| &d.date_offsets) {
            add(k, Meaning::DateOffset);
        }
        entries.sort_by(|a, b| a.words.cmp(&b.words));
        let mut firsts: Vec<(Box<[u8]>, Range<usize>)> = Vec::new();
        let mut filter = [0u64; FILTER_SLOTS];
        for (i, entry) in entries.iter().enumerate() {
            let first = entry
                .words
                .first()
                .map(String::as_bytes)
                .unwrap_or_default();
            match firsts.last_mut() {
                Some((word, range)) if **word == *first => range.end = i + 1,
                _ => {
                    if let Some(cell) = filter.get_mut(slot(first)) {
                        *cell |= 1 << first.len().min(63);
                    }
                    firsts.push((first.into(), i..i + 1));
                }
            }
        }
        let mut pairs: Vec<(Box<[u8]>, Range<usize>)> = Vec::new();
        for (i, entry) in entries.iter().enumerate() {
            let (Some(first), Some(second)) = (entry.words.first(), entry.words.get(1)) else {
                continue;
            };
            let key = [first.as_bytes(), &[PAIR_MARK], second.as_bytes()].concat();
            match pairs.last_mut() {
                Some((last, range)) if **last == *key => range.end = i + 1,
                _ => pairs.push((key.into(), i..i + 1)),
            }
        }
        let table = hash_table(&firsts);
        let pair_table = hash_table(&pairs);
        let folded = |words: Vec<String>| -> Vec<String> {
            words.iter().map(|w| fold(w).collect()).collect()
        };
        Ok(Lexicon {
            months_needing_context: folded(
                dates
                    .map(|d| d.months_needing_context.clone())
                    .unwrap_or_default(),
            ),
            month_context: folded(dates.map(|d| d.month_context.clone()).unwrap_or_default()),
            name_endings: folded(file.name_endings),
            language: file.language,
            decimal_mark: file.decimal_mark,
            group_marks: file.group_marks,
            entries,
            firsts,
            table,
            pairs,
            pair_table,
            filter,
        })
    }

    /// The entries whose first word is `folded` (a word folded by
    /// [`fold_into`]).
    fn starting_with(&self, folded: &[u8]) -> &[Entry] {
        let bit = 1u64 << folded.len().min(63);
        if self
            .filter
            .get(slot(folded))
            .is_none_or(|cell| cell & bit == 0)
        {
            return &[];
        }
        self.entries
            .get(find_hashed(&self.table, &self.firsts, folded))
            .unwrap_or_default()
    }

    /// Calls `found` with every phrase of the lexicon that stands in
    /// `text`, and where (overlapping phrases each once).
    pub(crate) fn scan<'l>(&'l self, text: &str, mut found: impl FnMut(&'l Meaning, Range<usize>)) {
        let mut words = tokens(text);
        while let Some(token) = words.next() {
            if token.kind == Kind::Digits {
                continue;
            }
            let mut buffer = [0u8; WORD_MAX];
            let Some(first) = text
                .get(token.range.clone())
                .and_then(|w| fold_into(w, &mut buffer))
            else {
                continue;
            };
            let entries = self.starting_with(first);
            if entries.is_empty() {
                continue;
            }
            // Entries of one word sort first; of the others, only those
            // whose second word is the next word can match.
            let singles = entries.partition_point(|e| e.words.len() < 2);
            for entry in entries.get(..singles).unwrap_or_default() {
                found(&entry.meaning, token.range.clone());
            }
            if singles == entries.len() {
                continue;
            }
            // The words after this one, folded once for all the entries
            // that start with it ("of" starts dozens).
            let mut after = Following::new(words.clone());
            let mut pair = [0u8; PAIR_MAX];
            let longer = match after
                .word(text, 0)
                .and_then(|w| pair_key(first, w, &mut pair))
            {
                Some(key) => self
                    .entries
                    .get(find_hashed(&self.pair_table, &self.pairs, key))
                    .unwrap_or_default(),
                None => &[],
            };
            for entry in longer {
                let rest = entry.words.get(1..).unwrap_or_default();
                let whole = rest
                    .iter()
                    .enumerate()
                    .all(|(k, word)| after.word(text, k) == Some(word.as_bytes()));
                if whole {
                    let end = rest
                        .len()
                        .checked_sub(1)
                        .and_then(|k| after.end(k))
                        .unwrap_or(token.range.end);
                    found(&entry.meaning, token.range.start..end);
                }
            }
        }
    }

    /// Calls `found` with every amount `text` writes: figures ("1,500",
    /// "60.5") and number words ("twelve"), times the scale word after
    /// them ("3 billion", "half-billion", «3 млрд»), or a scale word alone
    /// ("a billion"). After an abbreviation of a scale ("5m"), the figure
    /// alone counts too.
    pub(crate) fn amounts(&self, text: &str, mut found: impl FnMut(f64)) {
        let mut words = tokens(text);
        let mut pending: Option<f64> = None;
        while let Some(token) = words.next() {
            match token.kind {
                Kind::Digits => {
                    if let Some(value) = pending.take() {
                        found(value);
                    }
                    let (value, end) = self.figure(text, token.range.start);
                    words.at = end;
                    pending = Some(value);
                }
                Kind::Symbol if text.get(token.range.clone()) == Some("-") => {}
                Kind::Symbol => {
                    if let Some(value) = pending.take() {
                        found(value);
                    }
                }
                Kind::Word => {
                    let mut buffer = [0u8; WORD_MAX];
                    let word = text
                        .get(token.range)
                        .and_then(|w| fold_into(w, &mut buffer))
                        .unwrap_or_default();
                    let meaning = self
                        .starting_with(word)
                        .iter()
                        .find(|e| e.words.len() == 1)
                        .map(|e| &e.meaning);
                    match meaning {
                        Some(Meaning::Scale(scale, abbreviation)) => match pending.take() {
                            Some(value) => {
                                found(value * scale);
                                if *abbreviation {
                                    found(value);
                                }
                            }
                            None if !abbreviation => found(*scale),
                            None => {}
                        },
                        Some(Meaning::Number(n)) => {
                            if let Some(value) = pending.replace(*n) {
                                found(value);
                            }
                        }
                        _ => {
                            if let Some(value) = pending.take() {
                                found(value);
                            }
                        }
                    }
                }
            }
        }
        if let Some(value) = pending {
            found(value);
        }
    }

    /// The figure that starts at byte `start` of `text` (a digit), and
    /// where it ends: digits, groups of three after a group mark (when the
    /// first group has at most three digits), a fraction after the decimal
    /// mark.
    fn figure(&self, text: &str, start: usize) -> (f64, usize) {
        let bytes = text.as_bytes();
        let digits_from = |at: usize| {
            bytes
                .get(at..)
                .unwrap_or_default()
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count()
        };
        let value_of = |range: Range<usize>| {
            bytes
                .get(range)
                .unwrap_or_default()
                .iter()
                .fold(0.0, |v, b| v * 10.0 + f64::from(b - b'0'))
        };
        let first = digits_from(start);
        let mut end = start + first;
        let mut value = value_of(start..end);
        if first <= 3 {
            while let Some(mark) = text.get(end..).and_then(|r| r.chars().next()) {
                if !self.group_marks.contains(&mark) {
                    break;
                }
                let group = end + mark.len_utf8();
                if digits_from(group) != 3 {
                    break;
                }
                value = value * 1000.0 + value_of(group..group + 3);
                end = group + 3;
            }
        }
        if text.get(end..).and_then(|r| r.chars().next()) == Some(self.decimal_mark) {
            let from = end + self.decimal_mark.len_utf8();
            let n = digits_from(from);
            if n > 0 {
                let fraction = value_of(from..from + n);
                let n = i32::try_from(n).unwrap_or(i32::MAX);
                value += fraction / 10f64.powi(n);
                end = from + n.unsigned_abs() as usize;
            }
        }
        (value, end)
    }

    /// Whether the month word `word` is a month only beside a figure or
    /// after a word of [`Lexicon::is_month_context`] ("may").
    pub(crate) fn month_needs_context(&self, word: &str) -> bool {
        let word: String = fold(word).collect();
        self.months_needing_context.contains(&word)
    }

    /// Whether `word` makes a month word after it a month ("in May").
    pub(crate) fn is_month_context(&self, word: &str) -> bool {
        let word: String = fold(word).collect();
        self.month_context.contains(&word)
    }

    /// Whether `text` holds `name` with the endings of its words changed:
    /// word for word, each word of the text (split at every character
    /// that is not a letter or digit) is the name's word, or its stem (the
    /// word less the longest of `name_endings` it ends with, at least
    /// [`MIN_STEM`] letters left) followed by nothing or one of
    /// `name_endings` («постпредство» in «на сайте постпредства», «Путин»
    /// in «Путина», «сообщение МИД РФ» in «в сообщении МИД РФ»). Case and
    /// «ё» do not matter. With no `name_endings`, never.
    pub(crate) fn holds_inflected(&self, text: &str, name: &str) -> bool {
        if self.name_endings.is_empty() {
            return false;
        }
        let words = |t: &str| -> Vec<String> {
            fold(t)
                .collect::<String>()
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect()
        };
        let name = words(name);
        if name.is_empty() {
            return false;
        }
        // Most texts hold no stem of the name at all: told without
        // splitting them into words.
        let folded: String = fold(text).collect();
        if !name.iter().all(|n| folded.contains(self.stem(n))) {
            return false;
        }
        words(&folded)
            .windows(name.len())
            .any(|w| w.iter().zip(&name).all(|(t, n)| self.inflects(t, n)))
    }

    /// Whether `token` is `word`, or `word` with its ending changed (see
    /// [`Lexicon::holds_inflected`]); both folded.
    fn inflects(&self, token: &str, word: &str) -> bool {
        if token == word {
            return true;
        }
        let stem = self.stem(word);
        if stem.chars().count() < MIN_STEM {
            return false;
        }
        token
            .strip_prefix(stem)
            .is_some_and(|rest| rest.is_empty() || self.name_endings.iter().any(|e| e == rest))
    }

    /// `word` (folded) less the longest of `name_endings` it ends with.
    fn stem<'w>(&self, word: &'w str) -> &'w str {
        let cut = self
            .name_endings
            .iter()
            .filter(|e| word.ends_with(e.as_str()))
            .map(String::len)
            .max()
            .unwrap_or(0);
        word.get(..word.len().saturating_sub(cut)).unwrap_or(word)
    }

    #[cfg(test)]
    pub(crate) fn entries(&self) -> &[Entry] {
        &self.entries
    }
}

impl Entry {
    /// The phrase, its words joined by spaces.
    #[cfg(test)]
    pub(crate) fn phrase(&self) -> String {
        self.words.join(" ")
    }
}

static COUNTRY_ITEMS: OnceLock<Vec<(WikidataId, CountryCode)>> = OnceLock::new();

/// The country whose Wikidata item is `item`, when the built-in table
/// (`lexicon/country_items.json`) has it.
pub(crate) fn country_of_item(item: WikidataId) -> Option<CountryCode> {
    let table = COUNTRY_ITEMS.get_or_init(|| {
        // A file that does not parse gives an empty table (a test below
        // keeps it from happening).
        let file: BTreeMap<CountryCode, WikidataId> =
            serde_json::from_str(include_str!("lexicon/country_items.json")).unwrap_or_default();
        let mut table: Vec<_> = file.into_iter().map(|(c, q)| (q, c)).collect();
        table.sort_unstable();
        table
    });
    let at = table.binary_search_by(|(q, _)| q.cmp(&item)).ok()?;
    table.get(at).map(|&(_, country)| country)
}

/// How many words after the first [`Following`] folds: no entry has more
/// (a test below keeps it so).
const FOLLOWING_MAX: usize = 6;

/// The words that follow a token, folded on first use.
struct Following<'t> {
    tokens: Tokens<'t>,
    words: [[u8; WORD_MAX]; FOLLOWING_MAX],
    /// For each word folded: its length in `words` (`None`: longer than
    /// [`WORD_MAX`]) and where it ends in the text.
    read: [(Option<usize>, usize); FOLLOWING_MAX],
    count: usize,
    /// No token is left.
    done: bool,
}

impl<'t> Following<'t> {
    fn new(tokens: Tokens<'t>) -> Self {
        Following {
            tokens,
            words: [[0; WORD_MAX]; FOLLOWING_MAX],
            read: [(None, 0); FOLLOWING_MAX],
            count: 0,
            done: false,
        }
    }

    /// Folds the words up to the `k`-th (from 0) when it is within reach.
    fn reach(&mut self, text: &str, k: usize) {
        while self.count <= k && self.count < FOLLOWING_MAX && !self.done {
            let Some(t) = self.tokens.next() else {
                self.done = true;
                return;
            };
            let slot = self.count;
            let len = match (self.words.get_mut(slot), text.get(t.range.clone())) {
                (Some(buffer), Some(w)) => fold_into(w, buffer).map(<[u8]>::len),
                _ => None,
            };
            if let Some(read) = self.read.get_mut(slot) {
                *read = (len, t.range.end);
            }
            self.count += 1;
        }
    }

    /// The `k`-th word after the token, folded.
    fn word(&mut self, text: &str, k: usize) -> Option<&[u8]> {
        self.reach(text, k);
        if k >= self.count {
            return None;
        }
        let (len, _) = *self.read.get(k)?;
        self.words.get(k)?.get(..len?)
    }

    /// Where the `k`-th word after the token ends.
    fn end(&self, k: usize) -> Option<usize> {
        (k < self.count)
            .then(|| self.read.get(k).map(|r| r.1))
            .flatten()
    }
}

/// The longest word looked up, in bytes; no entry is longer.
const WORD_MAX: usize = 48;

/// How many slots the filter of first words has.
const FILTER_SLOTS: usize = 256;

/// The slot of `filter` a folded first word falls in: by its first,
/// second and last bytes.
fn slot(word: &[u8]) -> usize {
    let byte = |b: Option<&u8>| usize::from(b.copied().unwrap_or_default());
    (byte(word.first()) * 31 + byte(word.get(1)) * 7 + byte(word.last())) % FILTER_SLOTS
}

/// A hash of a folded word for the table of first words (FNV-1a).
fn hash(word: &[u8]) -> usize {
    let h = word.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    // The high bits mix best; a table has far fewer than 2^32 slots.
    (h >> 32) as usize
}

/// Joins a first and a second word for [`Lexicon::pairs`]; never a byte
/// of UTF-8.
const PAIR_MARK: u8 = 0xff;

/// The longest key of [`Lexicon::pairs`] looked up.
const PAIR_MAX: usize = 2 * WORD_MAX + 1;

/// `first`, [`PAIR_MARK`] and `second`, the key of [`Lexicon::pairs`],
/// written into `buffer`; `None` when it is longer than [`PAIR_MAX`].
fn pair_key<'b>(first: &[u8], second: &[u8], buffer: &'b mut [u8; PAIR_MAX]) -> Option<&'b [u8]> {
    let out = buffer.get_mut(..first.len() + 1 + second.len())?;
    let (a, rest) = out.split_at_mut(first.len());
    a.copy_from_slice(first);
    let (mark, b) = rest.split_first_mut()?;
    *mark = PAIR_MARK;
    b.copy_from_slice(second);
    Some(out)
}

/// An open-addressing table of `keys` by [`hash`]: each slot 0 (empty) or
/// one more than an index of `keys`; a power of two long, at most half
/// full, so that every probe ends at an empty slot.
fn hash_table(keys: &[(Box<[u8]>, Range<usize>)]) -> Vec<u32> {
    let mut table = vec![0u32; (keys.len() * 2).next_power_of_two().max(2)];
    let mask = table.len() - 1;
    for (i, (key, _)) in keys.iter().enumerate() {
        let mut at = hash(key) & mask;
        while table.get(at).is_some_and(|&slot| slot != 0) {
            at = (at + 1) & mask;
        }
        if let (Some(slot), Ok(i)) = (table.get_mut(at), u32::try_from(i + 1)) {
            *slot = i;
        }
    }
    table
}

/// The range stored with `key` in `keys` through its [`hash_table`];
/// empty when it is not there.
fn find_hashed(table: &[u32], keys: &[(Box<[u8]>, Range<usize>)], key: &[u8]) -> Range<usize> {
    let mask = table.len().wrapping_sub(1);
    let mut at = hash(key) & mask;
    while let Some(&slot) = table.get(at) {
        let Some(index) = (slot as usize).checked_sub(1) else {
            break;
        };
        if let Some((stored, range)) = keys.get(index) {
            if **stored == *key {
                return range.clone();
            }
        }
        at = (at + 1) & mask;
    }
    0..0
}

/// `word` folded ([`fold`]) into `buffer`, as bytes: lower-cased byte by
/// byte while it is ASCII; `None` when it is longer than [`WORD_MAX`].
fn fold_into<'b>(word: &str, buffer: &'b mut [u8; WORD_MAX]) -> Option<&'b [u8]> {
    let bytes = word.as_bytes();
    if bytes.len() <= WORD_MAX {
        let mut ascii = true;
        for (out, &b) in buffer.iter_mut().zip(bytes) {
            ascii &= b.is_ascii();
            *out = b.to_ascii_lowercase();
        }
        if ascii {
            return buffer.get(..bytes.len());
        }
    }
    let mut chars = word.chars();
    // A mark of General Punctuation (a symbol token: “, —) is itself.
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if is_general_punctuation(c) {
            let out = buffer.get_mut(..bytes.len())?;
            out.copy_from_slice(bytes);
            return Some(out);
        }
    }
    let mut len = 0;
    for c in fold(word) {
        let n = c.len_utf8();
        c.encode_utf8(buffer.get_mut(len..len + n)?);
        len += n;
    }
    buffer.get(..len)
}

/// Whether `c` is in the block of General Punctuation (U+2000 to U+206F):
/// no letter, nothing with a case.
fn is_general_punctuation(c: char) -> bool {
    ('\u{2000}'..='\u{206f}').contains(&c)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// A run of letters.
    Word,
    /// A run of ASCII digits.
    Digits,
    /// Any other character but white space, alone ("$", ",", "-").
    Symbol,
}

#[derive(Clone, Debug)]
struct Token {
    kind: Kind,
    range: Range<usize>,
}

/// The tokens of `text`, without allocating.
fn tokens(text: &str) -> Tokens<'_> {
    Tokens { text, at: 0 }
}

#[derive(Clone)]
struct Tokens<'a> {
    text: &'a str,
    at: usize,
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        // Bytes below 0x80 are read as ASCII; any other starts a character
        // that is decoded (the same classes as `char`'s methods give).
        let text = self.text;
        let bytes = text.as_bytes();
        let char_at = |i: usize| text.get(i..).and_then(|r| r.chars().next());
        let mut start = self.at;
        let first = loop {
            let &b = bytes.get(start)?;
            if b.is_ascii() {
                // `char::is_whitespace` of ASCII: tab to carriage return, space.
                if matches!(b, b'\t'..=b'\r' | b' ') {
                    start += 1;
                    continue;
                }
                break char::from(b);
            }
            let c = char_at(start)?;
            if !c.is_whitespace() {
                break c;
            }
            start += c.len_utf8();
        };
        // General Punctuation (curly quotation marks, dashes) has no
        // letter; telling it first spares the Unicode tables.
        let kind = if !is_general_punctuation(first) && first.is_alphabetic() {
            Kind::Word
        } else if first.is_ascii_digit() {
            Kind::Digits
        } else {
            Kind::Symbol
        };
        let mut end = start + first.len_utf8();
        match kind {
            Kind::Symbol => {}
            Kind::Word => {
                while let Some(&b) = bytes.get(end) {
                    if b.is_ascii() {
                        if !b.is_ascii_alphabetic() {
                            break;
                        }
                        end += 1;
                    } else {
                        match char_at(end) {
                            Some(c) if c.is_alphabetic() => end += c.len_utf8(),
                            _ => break,
                        }
                    }
                }
            }
            Kind::Digits => {
                while bytes.get(end).is_some_and(u8::is_ascii_digit) {
                    end += 1;
                }
            }
        }
        self.at = end;
        Some(Token {
            kind,
            range: start..end,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::vocab::Vocabulary;

    fn both() -> [&'static Lexicon; 2] {
        [
            Lexicon::for_language("en").expect("en.json parses"),
            Lexicon::for_language("ru").expect("ru.json parses"),
        ]
    }

    #[test]
    fn odd_text_is_read_without_panic() {
        let long_word = "Ä".repeat(100);
        let long_number = "9".repeat(400);
        for lexicon in both() {
            for text in [
                "",
                " ",
                "1,",
                "1,00",
                "1.",
                "1 000 00",
                "-",
                "İstanbul ǅ ß",
                "€",
                "\u{202f}5\u{202f}000",
                long_word.as_str(),
                long_number.as_str(),
                "half-",
                "million million",
                "3\u{a0}000,5 млрд",
            ] {
                lexicon.scan(text, |_, r| assert!(text.get(r).is_some(), "{text:?}"));
                lexicon.amounts(text, |a| assert!(!a.is_nan(), "{text:?}"));
            }
        }
        assert_eq!(amounts("ru", "3\u{a0}000,5 млрд"), [3000.5e9, 3000.5]);
    }

    /// The tokens as first written, on `char`s alone: the reference the
    /// byte-wise [`Tokens`] must agree with.
    fn tokens_by_chars(text: &str) -> Vec<(Kind, Range<usize>)> {
        let mut out = Vec::new();
        let mut at = 0;
        while let Some(rest) = text.get(at..) {
            let Some((offset, first)) = rest.char_indices().find(|(_, c)| !c.is_whitespace())
            else {
                break;
            };
            let start = at + offset;
            let kind = if first.is_alphabetic() {
                Kind::Word
            } else if first.is_ascii_digit() {
                Kind::Digits
            } else {
                Kind::Symbol
            };
            let tail = &rest[offset..];
            let len = match kind {
                Kind::Symbol => first.len_utf8(),
                Kind::Word => tail
                    .char_indices()
                    .find(|(_, c)| !c.is_alphabetic())
                    .map_or(tail.len(), |(i, _)| i),
                Kind::Digits => tail.bytes().take_while(u8::is_ascii_digit).count(),
            };
            at = start + len;
            out.push((kind, start..at));
        }
        out
    }

    #[test]
    fn tokens_agree_with_the_char_reading() {
        let long_word = "Ä".repeat(100);
        for text in [
            "",
            " \t\n\u{b}\u{c}\r",
            "\u{1c}\u{1f}x\u{85}y\u{a0}z\u{2028}w\u{3000}",
            "Lavrov said: «Встреча ОТМЕНЕНА», 12,500.5 $ and €3bn-ish",
            "İstanbul ǅ ß K ẞ ё Ёлка 中文 ١٢٣ ² \u{2071}\u{2000}\u{2028}\u{205f}\u{2060}x\u{206f}",
            "a1b2 c_d e-f g'h “quoted” — dash",
            long_word.as_str(),
        ] {
            let fast: Vec<_> = tokens(text).map(|t| (t.kind, t.range)).collect();
            assert_eq!(fast, tokens_by_chars(text), "{text:?}");
        }
    }

    #[test]
    fn words_fold_as_their_chars_do() {
        let long_ascii = "A".repeat(WORD_MAX + 1);
        let kelvins = "\u{212a}".repeat(20);
        for word in [
            "Lavrov",
            "ЁЛКА",
            "İstanbul",
            "ẞ",
            "\u{201c}",
            "\u{2014}",
            "\u{2070}",
            long_ascii.as_str(),
            kelvins.as_str(),
        ] {
            let mut buffer = [0u8; WORD_MAX];
            let folded: String = fold(word).collect();
            let expected = (folded.len() <= WORD_MAX).then_some(folded.as_bytes());
            assert_eq!(fold_into(word, &mut buffer), expected, "{word:?}");
        }
    }

    #[test]
    fn words_of_month_context_are_known() {
        for lexicon in both() {
            for word in &lexicon.months_needing_context {
                let mut months = 0;
                lexicon.scan(word, |m, _| {
                    months += usize::from(matches!(m, Meaning::Month(_)))
                });
                assert_eq!(months, 1, "{word}");
                assert!(lexicon.month_needs_context(&word.to_uppercase()));
            }
            for word in &lexicon.month_context {
                assert_eq!(tokens(word).count(), 1, "{word}");
                assert!(lexicon.is_month_context(&word.to_uppercase()));
            }
        }
    }

    /// A JSON value read with every object's keys checked for repeats,
    /// which serde_json's maps would keep silently, the last one winning.
    struct NoRepeatedKey;

    impl<'de> serde::Deserialize<'de> for NoRepeatedKey {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct Visit;
            impl<'de> serde::de::Visitor<'de> for Visit {
                type Value = NoRepeatedKey;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("any JSON value")
                }
                fn visit_map<A: serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> Result<NoRepeatedKey, A::Error> {
                    let mut seen = std::collections::BTreeSet::new();
                    while let Some(key) = map.next_key::<String>()? {
                        if !seen.insert(key.clone()) {
                            return Err(serde::de::Error::custom(format!("{key:?} twice")));
                        }
                        map.next_value::<NoRepeatedKey>()?;
                    }
                    Ok(NoRepeatedKey)
                }
                fn visit_seq<A: serde::de::SeqAccess<'de>>(
                    self,
                    mut seq: A,
                ) -> Result<NoRepeatedKey, A::Error> {
                    while seq.next_element::<NoRepeatedKey>()?.is_some() {}
                    Ok(NoRepeatedKey)
                }
                fn visit_str<E>(self, _: &str) -> Result<NoRepeatedKey, E> {
                    Ok(NoRepeatedKey)
                }
                fn visit_bool<E>(self, _: bool) -> Result<NoRepeatedKey, E> {
                    Ok(NoRepeatedKey)
                }
                fn visit_u64<E>(self, _: u64) -> Result<NoRepeatedKey, E> {
                    Ok(NoRepeatedKey)
                }
                fn visit_i64<E>(self, _: i64) -> Result<NoRepeatedKey, E> {
                    Ok(NoRepeatedKey)
                }
                fn visit_f64<E>(self, _: f64) -> Result<NoRepeatedKey, E> {
                    Ok(NoRepeatedKey)
                }
                fn visit_unit<E>(self) -> Result<NoRepeatedKey, E> {
                    Ok(NoRepeatedKey)
                }
            }
            d.deserialize_any(Visit)
        }
    }

    #[test]
    fn no_lexicon_gives_a_phrase_twice() {
        for (name, text) in [
            ("en.json", include_str!("lexicon/en.json")),
            ("ru.json", include_str!("lexicon/ru.json")),
            (
                "country_items.json",
                include_str!("lexicon/country_items.json"),
            ),
            ("words/en.json", include_str!("../value/date/words/en.json")),
            ("words/ru.json", include_str!("../value/date/words/ru.json")),
        ] {
            if let Err(e) = serde_json::from_str::<NoRepeatedKey>(text) {
                panic!("{name}: {e}");
            }
        }
    }

    #[test]
    fn country_items_parse_and_are_each_one_country() {
        let file: BTreeMap<CountryCode, WikidataId> =
            serde_json::from_str(include_str!("lexicon/country_items.json")).unwrap();
        assert!(file.len() > 90);
        for (country, item) in &file {
            assert_eq!(country_of_item(*item), Some(*country), "{item}");
        }
        assert_eq!(
            country_of_item("Q159".parse().unwrap()),
            Some("RU".parse().unwrap())
        );
        assert_eq!(country_of_item("Q649".parse().unwrap()), None);
    }

    #[test]
    fn no_entry_is_longer_than_a_word_looked_up() {
        for lexicon in both() {
            for entry in lexicon.entries() {
                assert!(entry.words.iter().all(|w| w.len() <= WORD_MAX), "{entry:?}");
                assert!(entry.words.len() <= FOLLOWING_MAX + 1, "{entry:?}");
            }
        }
    }

    #[test]
    fn the_files_parse_and_name_their_language() {
        for (tag, lexicon) in ["en", "ru"].into_iter().zip(both()) {
            assert_eq!(lexicon.language, tag);
            assert!(lexicon.entries.len() > 50, "{tag}");
        }
        assert!(Lexicon::for_language("EN").is_some());
        assert!(Lexicon::for_language("fr").is_none());
    }

    /// Every entry is known to the model and is found in its own words,
    /// set in a sentence: every entry is used.
    #[test]
    fn every_entry_is_known_and_found() {
        for lexicon in both() {
            for entry in lexicon.entries() {
                let known = match &entry.meaning {
                    Meaning::Verb(a) | Meaning::Reply(a) => a.unknown().is_none(),
                    Meaning::Modal(m) => m.unknown().is_none(),
                    Meaning::Status(s) => s.unknown().is_none(),
                    Meaning::Currency(codes) => !codes.is_empty(),
                    Meaning::Country(codes) => !codes.is_empty(),
                    Meaning::Month(m) => (1..=12).contains(m),
                    Meaning::Weekday(d) => (1..=7).contains(d),
                    Meaning::RelativeDay(d) => (-1..=1).contains(d),
                    Meaning::DateOffset
                    | Meaning::Hedge
                    | Meaning::Possibility
                    | Meaning::Negation
                    | Meaning::Attribution
                    | Meaning::BackReference
                    | Meaning::Conjunction => true,
                    Meaning::Number(n) | Meaning::Scale(n, _) => *n > 0.0,
                };
                assert!(known, "{}: {entry:?}", lexicon.language);
                let phrase = entry.phrase();
                let text = format!("Before, {} after.", phrase.to_uppercase());
                let mut hits = Vec::new();
                lexicon.scan(&text, |m, r| hits.push((m.clone(), r)));
                assert!(
                    hits.iter().any(|(m, r)| *m == entry.meaning
                        && text.get(r.clone()).map(str::to_lowercase)
                            == Some(phrase.to_uppercase().to_lowercase())),
                    "{}: {phrase:?} not found in {text:?}: {hits:?}",
                    lexicon.language
                );
                if let Meaning::Number(n) | Meaning::Scale(n, false) = entry.meaning {
                    let mut amounts = Vec::new();
                    lexicon.amounts(&text, |a| amounts.push(a));
                    assert!(amounts.contains(&n), "{phrase}: {amounts:?}");
                }
                if let Meaning::Scale(n, true) = entry.meaning {
                    let mut amounts = Vec::new();
                    lexicon.amounts(&format!("3 {phrase}"), |a| amounts.push(a));
                    assert_eq!(amounts, [3.0 * n, 3.0], "{phrase}");
                }
            }
        }
    }

    fn amounts(language: &str, text: &str) -> Vec<f64> {
        let mut out = Vec::new();
        Lexicon::for_language(language)
            .unwrap()
            .amounts(text, |a| out.push(a));
        out
    }

    #[test]
    fn amounts_are_read_with_their_scale() {
        assert_eq!(amounts("en", "about 3 billion"), [3e9]);
        assert_eq!(amounts("en", "a half-billion dollar donation"), [5e8]);
        assert_eq!(amounts("en", "nearly 2 Billion U.S. dollars"), [2e9]);
        assert_eq!(amounts("en", "Japan promises 500,000,000 USD"), [5e8]);
        assert_eq!(amounts("en", "60.5 million USD"), [60.5e6]);
        assert_eq!(amounts("en", "over £9bn"), [9e9, 9.0]);
        assert_eq!(amounts("en", "Seventeen world powers"), [17.0]);
        assert_eq!(amounts("en", "a billion"), [1e9]);
        assert_eq!(amounts("en", "2,3 and 4"), [2.0, 3.0, 4.0]);
        assert_eq!(amounts("ru", "3 млрд рублей"), [3e9, 3.0]);
        assert_eq!(amounts("ru", "1 500,5 тыс."), [1_500_500.0, 1500.5]);
        assert_eq!(amounts("ru", "в 2023 500 человек"), [2023.0, 500.0]);
    }

    #[test]
    fn names_are_found_in_other_cases() {
        let ru = Lexicon::for_language("ru").unwrap();
        let text = "сообщается на сайте постпредства и у Путина";
        assert!(ru.holds_inflected(text, "постпредство"));
        assert!(ru.holds_inflected(text, "Путин"));
        assert!(ru.holds_inflected(text, "Постпредством"));
        assert!(!ru.holds_inflected("предства", "постпредство"));
        assert!(!ru.holds_inflected("постпредствами", "представительство"));
        assert!(!ru.holds_inflected("Путиным", "Пути"));
        assert!(!ru.holds_inflected("мида", "МИД"));
        assert!(ru.holds_inflected("как отмечается в сообщении МИД РФ", "сообщение МИД РФ"));
        assert!(!ru.holds_inflected("в сообщении МИД Турции", "сообщение МИД РФ"));
        assert!(!ru.holds_inflected("МИД", ""));
        let en = Lexicon::for_language("en").unwrap();
        assert!(!en.holds_inflected("the mission's site", "missions"));
    }

    #[test]
    fn phrases_match_whole_words_in_a_row() {
        let en = Lexicon::for_language("en").unwrap();
        let mut hits = Vec::new();
        en.scan("We would like, would, like to look  forward", |m, _| {
            hits.push(m.clone())
        });
        assert_eq!(
            hits,
            [
                Meaning::Modal(Modality::Aspiration),
                Meaning::Modal(Modality::Aspiration)
            ]
        );
        let ru = Lexicon::for_language("ru").unwrap();
        let mut hits = Vec::new();
        ru.scan(
            "Встреча ОТМЕНЕНА, а не перенесен",
            |m, _| hits.push(m.clone()),
        );
        assert_eq!(
            hits,
            [
                Meaning::Status(MeetingStatus::Cancelled),
                Meaning::Conjunction,
                Meaning::Negation,
                Meaning::Status(MeetingStatus::Postponed)
            ]
        );
    }
}

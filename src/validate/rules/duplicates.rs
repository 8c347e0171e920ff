//! The same statement, commitment or meeting recorded twice under
//! different ids: found by hashing what makes each the same, in one pass.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use crate::article::Article;
use crate::commitment::Commitment;
use crate::date::EventDate;
use crate::id::Id;
use crate::meeting::Meeting;
use crate::statement::Statement;

/// For each item of each collection, the index of an earlier item it
/// repeats.
pub(crate) struct Duplicates {
    pub(crate) meetings: Vec<Option<usize>>,
    pub(crate) statements: Vec<Option<usize>>,
    pub(crate) commitments: Vec<Option<usize>>,
}

impl Duplicates {
    pub(crate) fn of(a: &Article) -> Self {
        Duplicates {
            meetings: earlier(&a.meetings, meeting_key, same_meeting),
            statements: earlier(&a.statements, statement_key, same_statement),
            commitments: earlier(&a.commitments, commitment_key, same_commitment),
        }
    }
}

/// For each item, the first earlier item equal to it by `same`, found
/// through the hash `key` (`None` for an item too sparse to compare).
fn earlier<T>(
    items: &[T],
    key: impl Fn(&T) -> Option<u64>,
    same: impl Fn(&T, &T) -> bool,
) -> Vec<Option<usize>> {
    if items.len() < 2 {
        return vec![None; items.len()];
    }
    let mut seen: HashMap<u64, Vec<usize>> = HashMap::with_capacity(items.len());
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let k = key(item)?;
            let bucket = seen.entry(k).or_default();
            let found = bucket
                .iter()
                .copied()
                .find(|&j| items.get(j).is_some_and(|other| same(other, item)));
            if found.is_none() {
                bucket.push(i);
            }
            found
        })
        .collect()
}

/// The characters of `text` as compared: lower case, white space runs
/// made one space, trimmed, and punctuation at the end left out.
fn words(text: &str) -> impl Iterator<Item = char> + '_ {
    let trimmed = text
        .trim()
        .trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace());
    let mut space = false;
    trimmed
        .chars()
        .flat_map(char::to_lowercase)
        .filter_map(move |c| {
            if c.is_whitespace() {
                let first = !space;
                space = true;
                first.then_some(' ')
            } else {
                space = false;
                Some(c)
            }
        })
}

fn hash_words(h: &mut DefaultHasher, text: &str) {
    for c in words(text) {
        c.hash(h);
    }
    0xffu8.hash(h);
}

fn same_words(a: &str, b: &str) -> bool {
    words(a).eq(words(b))
}

/// The ids of `ids`, sorted.
fn sorted(ids: &[Id]) -> Vec<&str> {
    let mut v: Vec<&str> = ids.iter().map(Id::as_str).collect();
    v.sort_unstable();
    v
}

fn date(when: Option<&crate::date::When>) -> Option<&EventDate> {
    when?.value.as_ref()
}

/// A statement is the same when the same speaker says the same words at
/// the same setting on the same date.
fn statement_key(s: &Statement) -> Option<u64> {
    let mut h = DefaultHasher::new();
    s.speaker.hash(&mut h);
    hash_words(&mut h, &s.text);
    s.setting.hash(&mut h);
    date(s.date.as_ref()).hash(&mut h);
    Some(h.finish())
}

fn same_statement(a: &Statement, b: &Statement) -> bool {
    a.speaker == b.speaker
        && a.setting == b.setting
        && date(a.date.as_ref()) == date(b.date.as_ref())
        && same_words(&a.text, &b.text)
}

/// A commitment is the same when it binds the same parties to the same
/// kind of action in the same words, due on the same date.
fn commitment_key(m: &Commitment) -> Option<u64> {
    let mut h = DefaultHasher::new();
    m.kind.hash(&mut h);
    sorted(&m.bound_parties).hash(&mut h);
    hash_words(&mut h, &m.action);
    date(m.due.as_ref()).hash(&mut h);
    Some(h.finish())
}

fn same_commitment(a: &Commitment, b: &Commitment) -> bool {
    a.kind == b.kind
        && date(a.due.as_ref()) == date(b.due.as_ref())
        && sorted(&a.bound_parties) == sorted(&b.bound_parties)
        && same_words(&a.action, &b.action)
}

/// A meeting is the same when it is of the same kind, on the same date, at
/// the same place, with the same participants; a meeting without a date or
/// participants says too little to compare.
fn meeting_key(m: &Meeting) -> Option<u64> {
    let date = date(m.date.as_ref())?;
    if m.participants.is_empty() {
        return None;
    }
    let mut h = DefaultHasher::new();
    m.kind.hash(&mut h);
    date.hash(&mut h);
    m.place.hash(&mut h);
    participants(m).hash(&mut h);
    Some(h.finish())
}

fn participants(m: &Meeting) -> Vec<&str> {
    let mut v: Vec<&str> = m.participants.iter().map(|p| p.entity.as_str()).collect();
    v.sort_unstable();
    v
}

fn same_meeting(a: &Meeting, b: &Meeting) -> bool {
    a.kind == b.kind
        && a.place == b.place
        && date(a.date.as_ref()) == date(b.date.as_ref())
        && participants(a) == participants(b)
}

//! The same statement, commitment or meeting recorded twice under
//! different ids: found by hashing what makes each the same, in one pass.

use std::hash::{Hash, Hasher};

use super::value_of;
use crate::model::article::Article;
use crate::model::commitment::Commitment;
use crate::model::meeting::Meeting;
use crate::model::statement::Statement;
use crate::value::id::Id;

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
            meetings: earlier(&a.meetings, comparable_meeting, meeting_key, same_meeting),
            statements: earlier(&a.statements, |_| true, statement_key, same_statement),
            commitments: earlier(&a.commitments, |_| true, commitment_key, same_commitment),
        }
    }
}

/// For each item, the first earlier item equal to it by `same`, found
/// through the hash `key` (`None` for an item too sparse to compare).
fn earlier<T>(
    items: &[T],
    comparable: impl Fn(&T) -> bool,
    key: impl Fn(&T) -> u64,
    same: impl Fn(&T, &T) -> bool,
) -> Vec<Option<usize>> {
    let mut out = vec![None; items.len()];
    if items.len() < 2 {
        return out;
    }
    // Sorted by key, then by index: items with one key stand together,
    // the earliest first.
    let mut keyed: Vec<(u64, usize)> = items
        .iter()
        .enumerate()
        .filter(|(_, item)| comparable(item))
        .map(|(i, item)| (key(item), i))
        .collect();
    keyed.sort_unstable();
    for group in keyed.chunk_by(|a, b| a.0 == b.0).filter(|g| g.len() > 1) {
        for (k, &(_, i)) in group.iter().enumerate() {
            let Some(item) = items.get(i) else { continue };
            let before = group.get(..k).unwrap_or_default();
            let first = before
                .iter()
                .map(|&(_, j)| j)
                .find(|&j| items.get(j).is_some_and(|other| same(other, item)));
            if let Some(slot) = out.get_mut(i) {
                *slot = first;
            }
        }
    }
    out
}

/// The words of `text` as compared: without the white space and ASCII
/// punctuation at its ends. A model that writes an item twice copies it;
/// comparing the rest exactly keeps the hash of a long text cheap.
fn words(text: &str) -> &str {
    text.trim()
        .trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace())
}

fn hash_words(h: &mut impl Hasher, text: &str) {
    h.write(words(text).as_bytes());
    h.write_u8(0xff);
}

fn same_words(a: &str, b: &str) -> bool {
    words(a) == words(b)
}

/// FxHash, a fast hash for the keys: the keys come from one
/// document, and a collision only costs a comparison.
#[derive(Default)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// A hash of the ids of `ids` that does not depend on their order (the
/// sum of their own hashes), without sorting them.
fn hash_set<'a>(h: &mut FxHasher, ids: impl Iterator<Item = &'a Id>) {
    let mut sum = 0u64;
    for id in ids {
        let mut one = FxHasher::default();
        one.write(id.as_bytes());
        sum = sum.wrapping_add(one.finish());
    }
    h.write_u64(sum);
}

/// Whether `a` and `b` hold the same ids, in any order (each list without
/// repeats, which `duplicate_reference` reports).
fn same_set<'a>(
    a: impl Iterator<Item = &'a Id> + Clone,
    b: impl Iterator<Item = &'a Id> + Clone,
) -> bool {
    a.clone().count() == b.clone().count() && a.clone().all(|x| b.clone().any(|y| x == y))
}

/// A statement is the same when the same speaker says the same words at
/// the same setting on the same date, unless the two are linked by
/// `same_as`: the same utterance reported twice on purpose.
fn statement_key(s: &Statement) -> u64 {
    let mut h = FxHasher::default();
    s.speaker.hash(&mut h);
    hash_words(&mut h, &s.text);
    s.setting.hash(&mut h);
    value_of(s.date.as_ref()).hash(&mut h);
    h.finish()
}

fn same_statement(a: &Statement, b: &Statement) -> bool {
    a.speaker == b.speaker
        && a.setting == b.setting
        && value_of(a.date.as_ref()) == value_of(b.date.as_ref())
        && same_words(&a.text, &b.text)
        && a.same_as.as_ref() != Some(&b.id)
        && b.same_as.as_ref() != Some(&a.id)
}

/// A commitment is the same when it binds the same parties to the same
/// kind of action in the same words, due on the same date.
fn commitment_key(m: &Commitment) -> u64 {
    let mut h = FxHasher::default();
    m.kind.hash(&mut h);
    hash_set(&mut h, m.bound_parties.iter());
    hash_words(&mut h, &m.action);
    value_of(m.due.as_ref()).hash(&mut h);
    h.finish()
}

fn same_commitment(a: &Commitment, b: &Commitment) -> bool {
    a.kind == b.kind
        && value_of(a.due.as_ref()) == value_of(b.due.as_ref())
        && same_set(a.bound_parties.iter(), b.bound_parties.iter())
        && same_words(&a.action, &b.action)
}

/// A meeting is the same when it is of the same kind, on the same date
/// (and time), at the same place, with the same participants and the same
/// name (or none); a meeting without a date or participants says too
/// little to compare.
fn comparable_meeting(m: &Meeting) -> bool {
    value_of(m.date.as_ref()).is_some() && !m.participants.is_empty()
}

fn meeting_key(m: &Meeting) -> u64 {
    let date = value_of(m.date.as_ref());
    let mut h = FxHasher::default();
    m.kind.hash(&mut h);
    date.hash(&mut h);
    m.time.hash(&mut h);
    m.place.hash(&mut h);
    m.name.hash(&mut h);
    hash_set(&mut h, m.participants.iter().map(|p| &p.entity));
    h.finish()
}

fn same_meeting(a: &Meeting, b: &Meeting) -> bool {
    a.kind == b.kind
        && a.place == b.place
        && a.name == b.name
        && a.time == b.time
        && value_of(a.date.as_ref()) == value_of(b.date.as_ref())
        && same_set(
            a.participants.iter().map(|p| &p.entity),
            b.participants.iter().map(|p| &p.entity),
        )
}

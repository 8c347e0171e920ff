//! The rules of grounding: a field held against the words of its own
//! evidence, read with the lexicon of the article's language
//! ([`Lexicon`]). An article in a language without a lexicon, and a part
//! checked alone, are not read. Each rule is silent when the words say
//! nothing either way, or say both.

use std::ops::Range;

use serde_json::Number;

use crate::error::ErrorCode;
use crate::model::article::Attribution;
use crate::model::commitment::{Commitment, CommitmentStatus, Modality, StatusObservation};
use crate::model::document::Document;
use crate::model::entity::Entities;
use crate::model::entity::{Group, Person, Place, PlaceKind, Role};
use crate::model::event::{Event, EventStatus};
use crate::model::evidence::Evidence;
use crate::model::graph::Part;
use crate::model::meeting::{Certainty, Meeting, MeetingStatus};
use crate::model::quantity::Quantity;
use crate::model::statement::{SpeechAct, Statement, StatementMode};
use crate::validate::body::places_of;
use crate::validate::checker::Checker;
use crate::validate::lexicon::{Lexicon, Meaning};
use crate::validate::scope::Scope;
use crate::value::codes::{CountryCode, CurrencyCode};
use crate::value::id::Id;

/// The most characters of the words quoted back in a message.
const SHOWN_MAX: usize = 40;

fn shown(words: &str) -> String {
    match words.char_indices().nth(SHOWN_MAX) {
        Some((cut, _)) => format!("{:?}…", words.get(..cut).unwrap_or(words)),
        None => format!("{words:?}"),
    }
}

/// Calls `read` with each span of `evidence` and, where it was found in
/// the body (`found`), the sentence around it.
fn spans_and_sentences<'s>(
    scope: &'s impl Scope,
    evidence: &'s [Evidence],
    found: &[Range<usize>],
    mut read: impl FnMut(&'s str),
) {
    for e in evidence {
        read(&e.quote.exact);
    }
    for range in found {
        if let Some(sentence) = scope.sentence(range) {
            read(sentence);
        }
    }
}

/// Whether the rules of grounding would read a commitment's evidence (so
/// its ranges are worth keeping).
pub(super) fn reads_commitment(scope: &impl Scope, m: &Commitment) -> bool {
    scope.lexicon().is_some() && matches!(m.modality, Some(Modality::Pledge))
}

/// A commitment recorded as a pledge whose evidence, or the sentence it
/// stands in, holds a word of another modality and no word of a pledge
/// (`hedged_pledge`, at `modality`, placed at `mark`).
pub(super) fn pledge(
    c: &mut Checker,
    scope: &impl Scope,
    m: &Commitment,
    found: &[Range<usize>],
    mark: usize,
) {
    let Some(lexicon) = scope.lexicon() else {
        return;
    };
    if !matches!(m.modality, Some(Modality::Pledge)) || m.evidence.is_empty() {
        return;
    }
    let mut firm = false;
    let mut hedge: Option<(&str, &Modality)> = None;
    spans_and_sentences(scope, &m.evidence, found, |words| {
        lexicon.scan(words, |meaning, at| match meaning {
            // A word of duty ("must", «должны») is as firm as a promise.
            Meaning::Modal(Modality::Pledge | Modality::Obligation) => firm = true,
            Meaning::Modal(other) if hedge.is_none() => {
                hedge = words.get(at).map(|w| (w, other));
            }
            _ => {}
        });
    });
    if let (false, Some((word, modality))) = (firm, hedge) {
        c.insert_at(
            mark,
            "modality",
            ErrorCode::HedgedPledge,
            format!(
                "recorded as a pledge, but its words say {} (a word of {modality}) and nothing of a pledge",
                shown(word)
            ),
        );
    }
}

/// The name and aliases of a person, not blank.
pub(super) fn names(p: &Person) -> impl Iterator<Item = &str> {
    p.name
        .iter()
        .chain(&p.aliases)
        .map(String::as_str)
        .filter(|n| !n.trim().is_empty())
}

/// Where `text` first holds `name` as whole words: a search by its first
/// character ([`places_of`]), which beats setting up `str::find`'s
/// searcher for a short span.
fn find_name(text: &str, name: &str) -> Option<usize> {
    places_of(text, name).find(|&at| {
        !text
            .get(..at)
            .and_then(|b| b.chars().next_back())
            .is_some_and(char::is_alphanumeric)
            && !text
                .get(at + name.len()..)
                .and_then(|a| a.chars().next())
                .is_some_and(char::is_alphanumeric)
    })
}

/// Whether `text` holds `name` as whole words.
pub(super) fn holds_name(text: &str, name: &str) -> bool {
    find_name(text, name).is_some()
}

/// `text` in lower case, each character kept only where its lower case
/// has the same length in UTF-8, so that byte offsets stay the same.
fn lower(text: &str) -> String {
    text.chars()
        .map(|c| {
            let mut low = c.to_lowercase();
            match (low.next(), low.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            }
        })
        .collect()
}

/// The most words between a reporting verb or a phrase of attribution
/// and the name after it ("said the Kremlin's press secretary Dmitry
/// Peskov", «по словам главы МИД России Сергея Лаврова»).
const WORDS_BEFORE_NAME: usize = 6;

/// Whether `name` stands in the clause that starts at `at` (no mark that
/// ends a clause before it), with at most [`WORDS_BEFORE_NAME`] words
/// before it, and not as a possessive ("Lavrov's spokeswoman").
fn names_in_clause(words: &str, at: usize, name: &str) -> bool {
    let rest = words.get(at..).unwrap_or_default();
    let Some(found) = find_name(rest, name) else {
        return false;
    };
    let before = rest.get(..found).unwrap_or_default();
    let ends_clause = |c: char| {
        matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | '"' | '“' | '”' | '«' | '»' | '(' | ')' | '\n'
        )
    };
    let possessive = rest
        .get(found + name.len()..)
        .is_some_and(|a| a.starts_with("'s") || a.starts_with("’s"));
    !before.contains(ends_clause)
        && before.split_whitespace().count() <= WORDS_BEFORE_NAME
        && !possessive
}

/// How a reporting verb or phrase may name who spoke.
#[derive(Clone, Copy, PartialEq)]
enum Lead {
    /// A verb whose object a name after it may be ("told Lavrov",
    /// "urged Lavrov"): only a name right before it speaks.
    Object,
    /// A verb of plain speech: a name right before it speaks, and one
    /// right after it at the end of a clause ("remarked Lavrov."), or
    /// anywhere in the clause after it when the verb follows a quote, a
    /// comma or a dash, or starts the span ("…, said the spokesman Dmitry
    /// Peskov on Sunday").
    Plain,
    /// A phrase of attribution: a name in the clause after it speaks
    /// ("according to Lavrov", «по словам Лаврова»).
    After,
}

/// Whether `name` stands as the one speaking by the verb or phrase at
/// `verb`: right before a verb ("Lavrov said", "Michael Elmquist,
/// warned"), or after it as `lead` allows.
/// With `between`, a name may stand a few words before a verb of plain
/// speech ([`ends_with_name`]: "Lord Ahmad has today announced"); before
/// another verb ("has accepted", "has offered", which also report deeds)
/// or without `between` (a role title read in lower case, where a name
/// after the title looks like words between), only right before it.
fn speaks(
    words: &str,
    verb: &Range<usize>,
    lead: Lead,
    name: &str,
    between: Option<&Lexicon>,
) -> bool {
    let before = words.get(..verb.start).unwrap_or_default().trim_end();
    if lead == Lead::After {
        return names_in_clause(words, verb.end, name);
    }
    // A comma or bracket may close the name: "the chief, Michael Elmquist,
    // warned", "[Ban Ki-moon] urges".
    let closed = before.trim_end_matches([',', ']', ')']).trim_end();
    let named = match between {
        Some(lexicon) if lead == Lead::Plain => ends_with_name(lexicon, closed, name),
        _ => closed
            .strip_suffix(name)
            .is_some_and(|rest| !rest.chars().next_back().is_some_and(char::is_alphanumeric)),
    };
    if named {
        return true;
    }
    if lead == Lead::Object {
        return false;
    }
    let after = words.get(verb.end..).unwrap_or_default().trim_start();
    let at_end = after.strip_prefix(name).is_some_and(|rest| {
        rest.trim_start()
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '”' | '"' | '»' | ')'))
    });
    // A span that starts with the verb was cut after the quote.
    let follows_quote = before
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, ',' | '—' | '–' | '-' | '”' | '"' | '»'));
    at_end || (follows_quote && names_in_clause(words, verb.end, name))
}

/// The most words between a name and the reporting verb after it
/// ("President Vladimir Putin at the forum said", "Lord Ahmad has today
/// announced").
const WORDS_BETWEEN: usize = 3;

/// Whether `before`, the words before a reporting verb, end with `name`
/// as a whole word, right before the verb or with at most
/// [`WORDS_BETWEEN`] words between: each in lower case, of letters only
/// (no mark that closes a clause, no possessive), none a conjunction or a
/// reporting verb of the lexicon ("Lavrov and the minister said", "Rubio
/// asked whom Lavrov then told" are not Lavrov speaking).
fn ends_with_name(lexicon: &Lexicon, before: &str, name: &str) -> bool {
    let mut rest = before;
    for between in 0..=WORDS_BETWEEN {
        if let Some(head) = rest.strip_suffix(name) {
            if !head.chars().next_back().is_some_and(char::is_alphanumeric) {
                let gap = before.get(rest.len()..).unwrap_or_default();
                let mut joins = false;
                if between > 0 {
                    lexicon.scan(gap, |meaning, _| {
                        joins |= matches!(meaning, Meaning::Conjunction | Meaning::Verb(_));
                    });
                }
                return !joins;
            }
        }
        let Some(space) = rest.rfind(char::is_whitespace) else {
            return false;
        };
        let word = rest.get(space..).unwrap_or_default().trim_start();
        let plain = word.chars().next().is_some_and(char::is_lowercase)
            && word.chars().all(|c| c.is_alphabetic() || c == '-');
        if !plain {
            return false;
        }
        rest = rest.get(..space).unwrap_or_default().trim_end();
    }
    false
}

/// Where the conjunction that joins two subjects of the verb at `verb`
/// starts ("The Foreign Secretary and Secretary Kerry welcomed", «Лавров
/// и Меридов заявили»): the last conjunction before the verb, with one to
/// [`WORDS_BETWEEN`] + 1 words and no mark that ends a clause between.
fn joined_subject(lexicon: &Lexicon, words: &str, verb: &Range<usize>) -> Option<usize> {
    let before = words.get(..verb.start)?;
    let mut last = None;
    lexicon.scan(before, |meaning, at| {
        if matches!(meaning, Meaning::Conjunction) {
            last = Some(at);
        }
    });
    let at = last?;
    let gap = before.get(at.end..)?;
    let count = gap.split_whitespace().count();
    let closes = |c: char| {
        matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | '"' | '“' | '”' | '«' | '»' | '(' | ')' | '\n'
        )
    };
    ((1..=WORDS_BETWEEN + 1).contains(&count) && !gap.contains(closes)).then_some(at.start)
}

/// Whether the word at `start` opens a sentence of `words`: nothing
/// before it, or a mark that ends a sentence or a quotation.
fn opens_sentence(words: &str, start: usize) -> bool {
    words
        .get(..start)
        .unwrap_or_default()
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '…' | '»' | '"' | '”' | '\n'))
}

/// Whether the record's own reporting verb stands right after the name
/// at `name` ("Lavrov said") or, for an act of plain speech (`lead`),
/// right before it ("said Lavrov"; "told Lavrov" names whom it was said
/// to): the common case, told without reading the lexicon.
fn own_verb_beside(words: &str, name: Range<usize>, verb: &str, lead: Lead) -> bool {
    if verb.is_empty() {
        return false;
    }
    let after = words
        .get(name.end..)
        .unwrap_or_default()
        .trim_start_matches(|c: char| c.is_whitespace() || c == ',');
    let before = words
        .get(..name.start)
        .unwrap_or_default()
        .trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    let whole_after = after
        .strip_prefix(verb)
        .is_some_and(|rest| !rest.chars().next().is_some_and(char::is_alphanumeric));
    let whole_before = before
        .strip_suffix(verb)
        .is_some_and(|rest| !rest.chars().next_back().is_some_and(char::is_alphanumeric));
    whole_after || (lead == Lead::Plain && whole_before)
}

/// How many bytes around a name [`verb_beside`] reads.
const BESIDE: usize = 40;

/// Whether a reporting verb stands right after the name at `name`
/// (past a comma or bracket: "Lavrov said", "Lavrov, warned"), or a verb
/// of plain speech or a phrase of attribution right before it ("remarked
/// Lavrov", "according to Lavrov").
fn verb_beside(lexicon: &Lexicon, words: &str, name: Range<usize>) -> bool {
    let mut end = (name.end + BESIDE).min(words.len());
    while !words.is_char_boundary(end) {
        end -= 1;
    }
    let after = words.get(name.end..end).unwrap_or_default();
    let gap = after.len()
        - after
            .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ')' | ']'))
            .len();
    let mut found = false;
    lexicon.scan(after, |meaning, at| {
        found |= matches!(meaning, Meaning::Verb(_)) && at.start == gap;
    });
    if found {
        return true;
    }
    let mut start = name.start.saturating_sub(BESIDE);
    while !words.is_char_boundary(start) {
        start += 1;
    }
    let before = words.get(start..name.start).unwrap_or_default();
    let close = before
        .trim_end_matches(|c: char| c.is_whitespace() || c == ',')
        .len();
    lexicon.scan(before, |meaning, at| {
        let leads = match meaning {
            Meaning::Verb(act) => lead(act) == Lead::Plain,
            Meaning::Attribution => true,
            _ => false,
        };
        found |= leads && at.end == close;
    });
    found
}

/// How a verb of `act` may name who spoke.
fn lead(act: &SpeechAct) -> Lead {
    match act {
        SpeechAct::Said
        | SpeechAct::Stated
        | SpeechAct::Remarked
        | SpeechAct::Noted
        | SpeechAct::Emphasized
        | SpeechAct::Added
        | SpeechAct::Announced
        | SpeechAct::Confirmed
        | SpeechAct::Reiterated => Lead::Plain,
        _ => Lead::Object,
    }
}

/// The role titles of a person, in lower case ([`lower`]), not blank.
fn titles(p: &Person) -> Vec<String> {
    p.roles
        .iter()
        .map(|r| lower(r.title.trim()))
        .filter(|t| !t.is_empty())
        .collect()
}

/// A statement by a person whom its evidence never names as speaking
/// (by name, alias or role title) while it names another person of the
/// article so: by name or alias, or by a role title that is theirs alone
/// (none of the speaker's titles holds it), right by a reporting verb or
/// after a phrase of attribution (`speaker_against_words`, at `speaker`,
/// placed at `mark`). The party spoken for (`on_behalf_of`) and the
/// co-speakers are not another person.
pub(super) fn speaker(c: &mut Checker, scope: &impl Scope, s: &Statement, mark: usize) {
    let Some(lexicon) = scope.lexicon() else {
        return;
    };
    // The speaker's own text (a readout, a press release) is the words,
    // not their attribution: a verb in it reports another's words.
    if s.evidence.is_empty() || s.mode == StatementMode::OwnText {
        return;
    }
    let people = scope.people();
    let Some(speaker) = people.iter().find(|p| p.id == s.speaker) else {
        return;
    };
    // Most evidence names its speaker right by the verb ("Lavrov said",
    // "remarked Lavrov"): found by reading a few words around the name,
    // not the whole span.
    let verb = s
        .reporting_verb
        .as_deref()
        .map(str::trim)
        .unwrap_or_default();
    let plainly = s.evidence.iter().any(|e| {
        let words = e.quote.exact.as_str();
        names(speaker).any(|n| {
            find_name(words, n).is_some_and(|at| {
                own_verb_beside(words, at..at + n.len(), verb, lead(&s.speech_act))
                    || verb_beside(lexicon, words, at..at + n.len())
            })
        })
    });
    if plainly {
        return;
    }
    // Where the evidence has a reporting verb or a phrase of attribution.
    let mut leads: Vec<(usize, Range<usize>, Lead)> = Vec::new();
    // A verb right after a back reference that opens a sentence ("This
    // was stated by …", «Об этом заявил …») names its speaker after it.
    for (k, e) in s.evidence.iter().enumerate() {
        let words = e.quote.exact.as_str();
        let mut back: Option<usize> = None;
        lexicon.scan(words, |meaning, at| match meaning {
            Meaning::Verb(act) => {
                let inverted = back.is_some_and(|end| {
                    words
                        .get(end..at.start)
                        .is_some_and(|gap| gap.trim().is_empty())
                });
                let lead = if inverted { Lead::After } else { lead(act) };
                leads.push((k, at, lead));
            }
            Meaning::Attribution => leads.push((k, at, Lead::After)),
            Meaning::BackReference if opens_sentence(words, at.start) => back = Some(at.end),
            _ => {}
        });
    }
    // The record's own reporting verb, where the evidence holds it, is
    // one too ("gave an update").
    if !verb.is_empty() {
        for (k, e) in s.evidence.iter().enumerate() {
            let words = e.quote.exact.as_str();
            if let Some(at) = find_name(words, verb) {
                if !leads.iter().any(|(j, r, _)| *j == k && r.start == at) {
                    leads.push((k, at..at + verb.len(), lead(&s.speech_act)));
                }
            }
        }
    }
    if leads.is_empty() {
        return;
    }
    let lowered: Vec<String> = s.evidence.iter().map(|e| lower(&e.quote.exact)).collect();
    // The first of two joined subjects ("The Foreign Secretary and
    // Secretary Kerry welcomed") stands right before the conjunction:
    // where it is, for each verb, read once and only when asked.
    let joins: Vec<std::cell::OnceCell<Option<usize>>> =
        leads.iter().map(|_| std::cell::OnceCell::new()).collect();
    let joined_at = |i: usize| {
        let (k, at, lead) = leads.get(i)?;
        let cell = joins.get(i)?;
        *cell.get_or_init(|| {
            let words = s.evidence.get(*k).map_or("", |e| e.quote.exact.as_str());
            (*lead != Lead::After)
                .then(|| joined_subject(lexicon, words, at))
                .flatten()
        })
    };
    let own_titles = titles(speaker);
    let by = |p: &Person, theirs: &[String], i: usize| {
        let (k, at, lead) = leads.get(i)?;
        let (k, lead) = (*k, *lead);
        let words = s.evidence.get(k).map_or("", |e| e.quote.exact.as_str());
        let low = lowered.get(k).map_or("", String::as_str);
        let by_name = |at: &Range<usize>, lead: Lead| {
            names(p)
                .find(|n| speaks(words, at, lead, n, Some(lexicon)))
                .map(str::to_owned)
                .or_else(|| {
                    theirs
                        .iter()
                        .find(|t| speaks(low, at, lead, t, None))
                        .cloned()
                })
        };
        by_name(at, lead)
            .or_else(|| joined_at(i).and_then(|cut| by_name(&(cut..cut), Lead::Object)))
    };
    if (0..leads.len()).any(|i| by(speaker, &own_titles, i).is_some()) {
        return;
    }
    let others = people.iter().filter(|p| {
        p.id != s.speaker
            && !s.co_speakers.contains(&p.id)
            && s.on_behalf_of.as_ref() != Some(&p.id)
    });
    let other = others.into_iter().find_map(|p| {
        let theirs: Vec<String> = titles(p)
            .into_iter()
            .filter(|t| !own_titles.iter().any(|o| o.contains(t.as_str())))
            .collect();
        (0..leads.len())
            .find_map(|i| by(p, &theirs, i))
            .map(|n| (n, p))
    });
    if let Some((name, person)) = other {
        c.insert_at(
            mark,
            "speaker",
            ErrorCode::SpeakerAgainstWords,
            format!(
                "the speaker is {:?}, whom the evidence never names as speaking, but it names {} ({:?}) so",
                s.speaker.as_str(),
                shown(&name),
                person.id.as_str()
            ),
        );
    }
}

/// The country of a person, an organization or a country of the article.
fn country_of(scope: &impl Scope, id: &Id) -> Option<CountryCode> {
    match scope.find(id)? {
        Part::Person(p) => p.country,
        Part::Organization(o) => o.country,
        Part::Place(p) if matches!(p.kind, PlaceKind::Country) => p.country,
        _ => None,
    }
}

/// A statement spoken on behalf of a party of the other side: one that a
/// commitment it grounds (one that lists it among its `statements`)
/// counts among its counterparties and not among its bound parties; or,
/// at its meeting (`setting`), where its speaker takes part, a party of
/// another country than the speaker's that is a participant or the
/// country of one (`on_behalf_of_other_side`, at `on_behalf_of`, placed
/// at `mark`).
pub(super) fn on_behalf_of(c: &mut Checker, scope: &impl Scope, s: &Statement, mark: usize) {
    let Some(party) = &s.on_behalf_of else {
        return;
    };
    let promise = scope.commitments().iter().find(|m| {
        m.counterparties.contains(party)
            && !m.bound_parties.contains(party)
            && m.statements.contains(&s.id)
    });
    let message = if let Some(m) = promise {
        format!(
            "spoken on behalf of {:?}, but the commitment {:?} it grounds has them as a counterparty, the other side",
            party.as_str(),
            m.id.as_str()
        )
    } else {
        let Some(meeting) = s.setting.as_ref().and_then(|id| scope.meeting(id)) else {
            return;
        };
        let takes_part = |id: &Id| meeting.participants.iter().any(|p| p.entity == *id);
        let (Some(own), Some(theirs)) = (country_of(scope, &s.speaker), country_of(scope, party))
        else {
            return;
        };
        let of_the_meeting = takes_part(party)
            || meeting
                .participants
                .iter()
                .any(|p| p.entity != s.speaker && country_of(scope, &p.entity) == Some(theirs));
        if own == theirs || !takes_part(&s.speaker) || !of_the_meeting {
            return;
        }
        format!(
            "spoken on behalf of {:?}, of {theirs}, the other side of the meeting {:?} from the speaker, of {own}",
            party.as_str(),
            meeting.id.as_str()
        )
    };
    c.insert_at(
        mark,
        "on_behalf_of",
        ErrorCode::OnBehalfOfOtherSide,
        message,
    );
}

/// Whether `words` hold a name the entity goes by in text: its name or
/// aliases, a group's description, a document's title.
fn names_part(part: &Part<'_>, words: &str) -> bool {
    let any = |name: Option<&String>, aliases: &[String]| {
        name.into_iter()
            .chain(aliases)
            .any(|n| !n.trim().is_empty() && holds_name(words, n))
    };
    match part {
        Part::Person(p) => names(p).any(|n| holds_name(words, n)),
        Part::Organization(o) => any(Some(&o.name), &o.aliases),
        Part::Place(p) => place_names(p).any(|n| holds_name(words, n)),
        Part::Group(g) => any(g.name.as_ref(), &g.aliases) || any(g.description.as_ref(), &[]),
        Part::Document(d) => any(d.title.as_ref(), &[]),
        _ => false,
    }
}

/// An article source whose evidence never names it (by name, alias, a
/// group's description or a document's title, a name or alias also in
/// another case: [`Lexicon::holds_inflected`], a person's role title) while it names another
/// person, organization or document of the article (`source_against_words`, at
/// `source`).
pub(super) fn source(
    c: &mut Checker,
    scope: &impl Scope,
    a: &Attribution,
    entities: &Entities,
    documents: &[Document],
) {
    if a.evidence.is_empty() {
        return;
    }
    let Some(part) = scope.find(&a.source) else {
        return;
    };
    // A name or a title may stand in another case than the one recorded
    // («на сайте постпредства» for «постпредство», «в сообщении МИД РФ»
    // for «сообщение МИД РФ»).
    let inflected = |part: &Part<'_>, words: &str| {
        let Some(lexicon) = scope.lexicon() else {
            return false;
        };
        let names: Vec<&String> = match part {
            Part::Person(p) => p.name.iter().chain(&p.aliases).collect(),
            Part::Organization(o) => std::iter::once(&o.name).chain(&o.aliases).collect(),
            Part::Document(d) => d.title.iter().collect(),
            Part::Group(g) => g.name.iter().chain(&g.aliases).collect(),
            _ => return false,
        };
        names
            .iter()
            .any(|n| !n.trim().is_empty() && lexicon.holds_inflected(words, n))
    };
    let named = |part: &Part<'_>| {
        a.evidence
            .iter()
            .any(|e| names_part(part, &e.quote.exact) || inflected(part, &e.quote.exact))
    };
    // The source, and only the source, may be named by a role title alone
    // ("An FCO spokesperson said:").
    let titled = |part: &Part<'_>| {
        let Part::Person(p) = part else {
            return false;
        };
        let titles = titles(p);
        !titles.is_empty()
            && a.evidence.iter().any(|e| {
                let low = lower(&e.quote.exact);
                titles.iter().any(|t| holds_name(&low, t))
            })
    };
    if named(&part) || titled(&part) {
        return;
    }
    let people = entities.people.iter().map(|p| (&p.id, Part::Person(p)));
    let organizations = entities
        .organizations
        .iter()
        .map(|o| (&o.id, Part::Organization(o)));
    let documents = documents.iter().map(|d| (&d.id, Part::Document(d)));
    let other = people
        .chain(organizations)
        .chain(documents)
        .find(|(id, other)| **id != a.source && named(other));
    if let Some((id, _)) = other {
        c.report_at(
            "source",
            ErrorCode::SourceAgainstWords,
            format!(
                "the source is {:?}, whom its evidence never names, but it names {:?}",
                a.source.as_str(),
                id.as_str()
            ),
        );
    }
}

/// Whether `act` asserts assent (agreement, confirmation, a promise,
/// welcome, an offer).
fn assents(act: &SpeechAct) -> bool {
    matches!(
        act,
        SpeechAct::Agreed
            | SpeechAct::Confirmed
            | SpeechAct::Promised
            | SpeechAct::Vowed
            | SpeechAct::Welcomed
            | SpeechAct::Offered
            | SpeechAct::Thanked
            | SpeechAct::Congratulated
    )
}

/// Whether `act` asserts dissent (denial, rejection, criticism, blame,
/// concern, doubt).
fn dissents(act: &SpeechAct) -> bool {
    matches!(
        act,
        SpeechAct::Denied
            | SpeechAct::Condemned
            | SpeechAct::Criticized
            | SpeechAct::Blamed
            | SpeechAct::ExpressedConcern
            | SpeechAct::RaisedDoubts
    )
}

/// Whether a verb reporting `verb` contradicts the act `recorded`: one
/// asserts assent and the other dissent.
fn contradicts(recorded: &SpeechAct, verb: &SpeechAct) -> bool {
    (assents(recorded) && dissents(verb)) || (dissents(recorded) && assents(verb))
}

/// Whether the word at `at` opens `words` (nothing but quotation marks
/// and dashes before it) and a comma follows it: a reply ("Yes, it is
/// planned", «Да, планируется»).
fn opens_reply(words: &str, at: &Range<usize>) -> bool {
    let before = words.get(..at.start).unwrap_or_default();
    let after = words.get(at.end..).unwrap_or_default();
    before
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '"' | '“' | '«' | '\'' | '‘' | '—' | '–' | '-'))
        && after.starts_with(',')
}

/// Whether the last of `negations` ends right before `at`, at most one
/// word between ("not confirm", "not yet confirmed", «не подтверждали»).
fn negated_before(words: &str, negations: &[Range<usize>], at: &Range<usize>) -> bool {
    negations.last().is_some_and(|n| {
        n.end <= at.start
            && words.get(n.end..at.start).is_some_and(|gap| {
                gap.split_whitespace().count() <= 1 && !gap.contains([',', '.', ';'])
            })
    })
}

/// A statement whose speech act one of assent or dissent while every
/// reporting verb in its evidence, or a reply that opens it ("Yes,",
/// «Нет,»), reports the other (a verb of assent negated right before it,
/// "did not confirm", reports dissent); or recorded as a denial while its evidence
/// promises ("will", «будем», not negated right after: "will not") with
/// no verb of dissent ("We will continue our efforts" recorded as
/// `denied`) (`act_against_verb`, at `speech_act`, placed at `mark`).
pub(super) fn speech_act(c: &mut Checker, scope: &impl Scope, s: &Statement, mark: usize) {
    let Some(lexicon) = scope.lexicon() else {
        return;
    };
    if !(assents(&s.speech_act) || dissents(&s.speech_act)) {
        return;
    }
    let mut against: Option<&str> = None;
    let mut agrees = false;
    // For a denial: a word that promises with no negation right after it
    // ("will", not "will not"), and whether a verb of dissent or a reply
    // "No," says the denial.
    let mut promise: Option<&str> = None;
    let mut dissent = false;
    for e in &s.evidence {
        let words = e.quote.exact.as_str();
        let mut pledges: Vec<Range<usize>> = Vec::new();
        let mut negations: Vec<Range<usize>> = Vec::new();
        lexicon.scan(words, |meaning, at| {
            let verb = match meaning {
                // A verb negated right before it ("did not confirm", «не
                // подтверждали») says the other thing: a negated assent
                // is a denial, a negated dissent no dissent.
                Meaning::Verb(verb) if negated_before(words, &negations, &at) => {
                    if assents(verb) {
                        &SpeechAct::Denied
                    } else if dissents(verb) {
                        return;
                    } else {
                        verb
                    }
                }
                Meaning::Verb(verb) => verb,
                Meaning::Reply(act) if opens_reply(words, &at) => act,
                Meaning::Negation => {
                    negations.push(at);
                    return;
                }
                Meaning::Modal(Modality::Pledge) => {
                    pledges.push(at);
                    return;
                }
                _ => return,
            };
            if dissents(verb) {
                dissent = true;
            }
            if contradicts(&s.speech_act, verb) {
                against = against.or_else(|| words.get(at));
            } else if assents(verb) || dissents(verb) {
                agrees = true;
            }
        });
        let negated = |p: &Range<usize>| {
            negations.iter().any(|n| {
                n.start >= p.end
                    && words
                        .get(p.end..n.start)
                        .is_some_and(|gap| gap.split_whitespace().count() <= 1)
            })
        };
        if let Some(p) = pledges.iter().find(|p| !negated(p)) {
            promise = promise.or_else(|| words.get(p.clone()));
        }
        if !negations.is_empty() && pledges.iter().all(negated) {
            // Every promise is negated: "will not attend" is a refusal.
            dissent = true;
        }
    }
    if let (false, Some(verb)) = (agrees, against) {
        c.insert_at(
            mark,
            "speech_act",
            ErrorCode::ActAgainstVerb,
            format!(
                "recorded as {}, but its evidence reports it with {}, which says the opposite",
                s.speech_act,
                shown(verb)
            ),
        );
    } else if let (SpeechAct::Denied, false, Some(word)) = (&s.speech_act, dissent, promise) {
        c.insert_at(
            mark,
            "speech_act",
            ErrorCode::ActAgainstVerb,
            format!(
                "recorded as denied, but its evidence promises ({}) and no word of dissent or refusal says it",
                shown(word)
            ),
        );
    }
}

/// The status a word of cancellation or postponement contradicts: the
/// other of the two, or a meeting held.
fn status_contradicts(recorded: &MeetingStatus, word: &MeetingStatus) -> bool {
    matches!(
        (recorded, word),
        (MeetingStatus::Cancelled, MeetingStatus::Postponed)
            | (MeetingStatus::Postponed, MeetingStatus::Cancelled)
            | (
                MeetingStatus::Held,
                MeetingStatus::Cancelled | MeetingStatus::Postponed
            )
    )
}

/// Whether the rules of grounding would read the evidence of a meeting or
/// status change with `status`.
pub(super) fn reads_status(scope: &impl Scope, status: &MeetingStatus) -> bool {
    scope.lexicon().is_some()
        && matches!(
            status,
            MeetingStatus::Cancelled | MeetingStatus::Postponed | MeetingStatus::Held
        )
}

/// A meeting (or a status change) recorded cancelled, postponed or held
/// whose evidence, or the sentences it stands in, hold a word of a status
/// that contradicts it and none of its own (`status_against_words`, at
/// `status`, placed at its mark); or recorded held while its evidence holds
/// a word of a plan ("will", "plans to", "will be held", «состоится») and
/// neither it nor the sentences a word of a meeting held
/// (`held_against_plan`, which comes before `status_against_words`); or a
/// held meeting of `certainty` possible or likely whose evidence says it
/// was held, with no word of a plan or hedge (`certainty_against_words`,
/// at `certainty`, placed at its mark).
pub(super) fn status(
    c: &mut Checker,
    scope: &impl Scope,
    (status, mark): (&MeetingStatus, usize),
    certainty: Option<(&Certainty, usize)>,
    evidence: &[Evidence],
    found: &[Range<usize>],
) {
    let Some(lexicon) = scope.lexicon() else {
        return;
    };
    if !reads_status(scope, status) || evidence.is_empty() {
        return;
    }
    let mut own = false;
    let mut against: Option<(&str, &MeetingStatus)> = None;
    let mut plan: Option<&str> = None;
    let mut said_held: Option<&str> = None;
    let mut hedged = false;
    // A plan is read in the spans alone (they come first): the sentence
    // around a held meeting often plans what follows it.
    let mut spans = if matches!(status, MeetingStatus::Held) {
        evidence.len()
    } else {
        0
    };
    spans_and_sentences(scope, evidence, found, |words| {
        let held = spans > 0;
        spans = spans.saturating_sub(1);
        // The end of the last phrase of a plan: "held" inside "will be
        // held" is no word of a meeting held.
        let mut planned_to = 0;
        lexicon.scan(words, |meaning, at| match meaning {
            Meaning::Status(
                MeetingStatus::Scheduled | MeetingStatus::Proposed | MeetingStatus::Possible,
            ) => {
                planned_to = planned_to.max(at.end);
                if held && plan.is_none() {
                    plan = words.get(at);
                }
            }
            Meaning::Status(word) if at.start >= planned_to => {
                if word == status {
                    own = true;
                    if held && said_held.is_none() {
                        said_held = words.get(at);
                    }
                } else if status_contradicts(status, word) && against.is_none() {
                    against = words.get(at).map(|w| (w, word));
                }
            }
            Meaning::Modal(Modality::Pledge | Modality::Intention | Modality::Obligation)
                if held && plan.is_none() =>
            {
                plan = words.get(at);
            }
            Meaning::Modal(_) | Meaning::Hedge if held => hedged = true,
            _ => {}
        });
    });
    if let (false, Some(word)) = (own, plan) {
        c.insert_at(
            mark,
            "status",
            ErrorCode::HeldAgainstPlan,
            format!(
                "recorded as held, but its words only plan it: {} and no word of a meeting held",
                shown(word)
            ),
        );
        return;
    }
    if let (
        Some((certainty @ (Certainty::Possible | Certainty::Likely), at)),
        Some(word),
        None,
        false,
    ) = (certainty, said_held, plan, hedged)
    {
        c.insert_at(
            at,
            "certainty",
            ErrorCode::CertaintyAgainstWords,
            format!(
                "recorded as {certainty}, but its words report it held without a hedge: {}",
                shown(word)
            ),
        );
    }
    if let (false, Some((word, theirs))) = (own, against) {
        c.insert_at(
            mark,
            "status",
            ErrorCode::StatusAgainstWords,
            format!(
                "recorded as {status}, but its words say {} ({theirs}) and nothing of {status}",
                shown(word)
            ),
        );
    }
}

/// An event recorded as occurred whose evidence says it may happen ("could
/// destabilize", "may be delayed", «может», or a month word that is also a
/// common word, in lower case: "as may deaths") with no hedge of a report
/// ("could have", "reportedly") (`occurred_against_words`, at `status`).
pub(super) fn event_status(c: &mut Checker, scope: &impl Scope, e: &Event) {
    let Some(lexicon) = scope.lexicon() else {
        return;
    };
    if !matches!(e.status, EventStatus::Occurred) {
        return;
    }
    let mut may: Option<&str> = None;
    let mut hedged = false;
    for evidence in &e.evidence {
        let words = evidence.quote.exact.as_str();
        lexicon.scan(words, |meaning, at| match meaning {
            Meaning::Possibility if may.is_none() => may = words.get(at),
            // A month word that is also a common word ("may"), written in
            // lower case, is that word: "as may deaths".
            Meaning::Month(_) if may.is_none() => {
                may = words.get(at).filter(|w| {
                    lexicon.month_needs_context(w) && w.chars().all(char::is_lowercase)
                });
            }
            Meaning::Hedge => hedged = true,
            _ => {}
        });
    }
    if let (Some(word), false) = (may, hedged) {
        c.report_at(
            "status",
            ErrorCode::OccurredAgainstWords,
            format!(
                "recorded as occurred, but its words say it may happen: {}",
                shown(word)
            ),
        );
    }
}

/// A status observation of a commitment kept (fulfilled, partially
/// fulfilled) whose every span of evidence is one of the commitment's own
/// (`promise`) and plans what was promised ("will visit", "plans to",
/// «планирует», "will be held"), with no word of a meeting held
/// (`fulfilled_against_plan`, at `status`): the promise's own words taken
/// for its outcome.
pub(super) fn outcome(
    c: &mut Checker,
    scope: &impl Scope,
    o: &StatusObservation,
    promise: &[Evidence],
) {
    let Some(lexicon) = scope.lexicon() else {
        return;
    };
    let kept = matches!(
        o.status,
        CommitmentStatus::Fulfilled | CommitmentStatus::PartiallyFulfilled
    );
    let own = |e: &Evidence| promise.iter().any(|p| p.quote.exact == e.quote.exact);
    if !kept || o.evidence.is_empty() || !o.evidence.iter().all(own) {
        return;
    }
    let mut plan: Option<&str> = None;
    let mut held = false;
    for evidence in &o.evidence {
        let words = evidence.quote.exact.as_str();
        let mut planned_to = 0;
        lexicon.scan(words, |meaning, at| match meaning {
            Meaning::Status(
                MeetingStatus::Scheduled | MeetingStatus::Proposed | MeetingStatus::Possible,
            )
            | Meaning::Modal(Modality::Pledge | Modality::Intention | Modality::Obligation) => {
                planned_to = planned_to.max(at.end);
                plan = plan.or_else(|| words.get(at));
            }
            Meaning::Status(MeetingStatus::Held) if at.start >= planned_to => held = true,
            _ => {}
        });
    }
    if let (Some(word), false) = (plan, held) {
        c.report_at(
            "status",
            ErrorCode::FulfilledAgainstPlan,
            format!(
                "recorded as {}, but its evidence only plans it: {}",
                o.status,
                shown(word)
            ),
        );
    }
}

/// A person whose country is none of the countries their own role
/// titles and description name by a word of nationality, while they name
/// at least one (`country_against_title`, at `country`).
pub(super) fn person_country(c: &mut Checker, scope: &impl Scope, p: &Person) {
    let (Some(lexicon), Some(country)) = (scope.lexicon(), p.country) else {
        return;
    };
    let words = p
        .description
        .iter()
        .map(String::as_str)
        .chain(p.roles.iter().map(|r| r.title.as_str()));
    let mut own = false;
    let mut other: Option<&str> = None;
    for text in words {
        lexicon.scan(text, |meaning, at| {
            if let Meaning::Country(codes) = meaning {
                if codes.contains(&country) {
                    own = true;
                } else if other.is_none() {
                    other = text.get(at);
                }
            }
        });
    }
    if let (false, Some(word)) = (own, other) {
        c.report_at(
            "country",
            ErrorCode::CountryAgainstTitle,
            format!(
                "the person's country is {country}, but their title or description says {}, of another country",
                shown(word)
            ),
        );
    }
}

/// The name and aliases of a place, not blank.
fn place_names(p: &Place) -> impl Iterator<Item = &str> {
    p.name
        .iter()
        .chain(&p.aliases)
        .map(String::as_str)
        .filter(|n| !n.trim().is_empty())
}

/// The most steps up a chain of `within` that are followed (a cycle is
/// reported by another rule).
const WITHIN_MAX: usize = 16;

/// Whether `inner` lies within the place `outer` names, up its chain of
/// `within`.
fn lies_within(scope: &impl Scope, inner: &Place, outer: &Id) -> bool {
    let mut up = inner.within.as_ref();
    for _ in 0..WITHIN_MAX {
        let Some(id) = up else {
            return false;
        };
        if id == outer {
            return true;
        }
        up = match scope.find(id) {
            Some(Part::Place(p)) => p.within.as_ref(),
            _ => None,
        };
    }
    false
}

/// A meeting whose evidence never names its place but names another
/// country, region, city, district or venue of the article, one that
/// neither lies within the place nor holds it, nor is part of who a
/// person or organization the evidence names is (`place_against_words`,
/// at `place`, placed at `mark`).
pub(super) fn meeting_place(c: &mut Checker, scope: &impl Scope, m: &Meeting, mark: usize) {
    let Some(id) = &m.place else {
        return;
    };
    if m.evidence.is_empty() {
        return;
    }
    let places = scope.places();
    let Some(place) = places.iter().find(|p| p.id == *id) else {
        return;
    };
    let named = |p: &Place| {
        m.evidence
            .iter()
            .any(|e| place_names(p).any(|n| holds_name(&e.quote.exact, n)))
    };
    if named(place) {
        return;
    }
    // A place named as part of who someone is ("Prime Minister Zeidan of
    // Libya", "the Ministry of Foreign Affairs of Turkmenistan"): in the
    // role title or description of a person the evidence names, or in
    // the name of an organization it names.
    let describes = |q: &Place| {
        m.evidence.iter().any(|e| {
            let words = e.quote.exact.as_str();
            let in_person = scope.people().iter().any(|p| {
                names(p).any(|n| holds_name(words, n))
                    && p.roles
                        .iter()
                        .map(|r| r.title.as_str())
                        .chain(p.description.as_deref())
                        .any(|t| place_names(q).any(|n| holds_name(t, n)))
            });
            in_person
                || scope.organizations().iter().any(|o| {
                    std::iter::once(&o.name).chain(&o.aliases).any(|on| {
                        holds_name(words, on) && place_names(q).any(|n| holds_name(on, n))
                    })
                })
        })
    };
    let other = places.iter().find(|q| {
        q.id != place.id
            && matches!(
                q.kind,
                PlaceKind::Country
                    | PlaceKind::Region
                    | PlaceKind::City
                    | PlaceKind::District
                    | PlaceKind::Venue
            )
            && named(q)
            && !lies_within(scope, q, &place.id)
            && !lies_within(scope, place, &q.id)
            && !describes(q)
    });
    if let Some(other) = other {
        c.insert_at(
            mark,
            "place",
            ErrorCode::PlaceAgainstWords,
            format!(
                "the meeting is placed in {:?}, which its evidence never names, but it names {:?}",
                place.id.as_str(),
                other.name
            ),
        );
    }
}

/// A quantity against its own words (its `text` and its evidence): a
/// currency none of the currencies they name (`currency_against_words`),
/// an amount a thousand times or more away from every amount they write
/// (`amount_against_words`, at `amount`, or at `amount_max` for the upper
/// bound of a range: each bound is checked alone). Paths are relative to
/// the quantity.
pub(super) fn quantity(c: &mut Checker, scope: &impl Scope, q: &Quantity) {
    let Some(lexicon) = scope.lexicon() else {
        return;
    };
    if q.text.is_none() && q.evidence.is_empty() {
        return;
    }
    let words = || {
        q.text
            .iter()
            .map(String::as_str)
            .chain(q.evidence.iter().map(|e| e.quote.exact.as_str()))
    };
    if let Some(currency) = &q.currency {
        let mut named = false;
        let mut named_this = false;
        for text in words() {
            lexicon.scan(text, |meaning, _| {
                if let Meaning::Currency(codes) = meaning {
                    named = true;
                    named_this |= codes.contains(currency);
                }
            });
            iso_codes(text, |code| {
                named = true;
                named_this |= code == *currency;
            });
        }
        if named && !named_this {
            c.report_at(
                "currency",
                ErrorCode::CurrencyAgainstWords,
                format!(
                    "the currency is {currency}, but its words name another: {}",
                    shown(words().next().unwrap_or_default())
                ),
            );
        }
    }
    let bounds = [("amount", &q.amount), ("amount_max", &q.amount_max)];
    for (key, bound) in bounds {
        if let Some(bound) = bound {
            amount_against_words(c, key, bound, lexicon, words);
        }
    }
}

/// One amount (`key`, `amount` or `amount_max`) against the amounts
/// `words` write (`amount_against_words`).
fn amount_against_words<'q, W: Iterator<Item = &'q str>>(
    c: &mut Checker,
    key: &'static str,
    number: &Number,
    lexicon: &Lexicon,
    words: impl Fn() -> W,
) {
    let Some(amount) = number.as_f64().filter(|a| *a > 0.0) else {
        return;
    };
    let mut written = false;
    let mut near = false;
    for text in words() {
        lexicon.amounts(text, |value| {
            if value > 0.0 {
                written = true;
                let ratio = if value > amount {
                    value / amount
                } else {
                    amount / value
                };
                near |= ratio < 1000.0;
            }
        });
    }
    if written && !near {
        c.report_at(
            key,
            ErrorCode::AmountAgainstWords,
            format!(
                "{} is {number}, a thousand times or more away from every amount its words write: {}",
                if key == "amount_max" {
                    "the upper bound"
                } else {
                    "the amount"
                },
                shown(words().next().unwrap_or_default())
            ),
        );
    }
}

/// Calls `found` with every ISO 4217 code `text` writes as a word of its
/// own ("350 million USD").
fn iso_codes(text: &str, mut found: impl FnMut(CurrencyCode)) {
    let bytes = text.as_bytes();
    let letter = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphanumeric);
    for (at, _) in text.match_indices(|c: char| c.is_ascii_uppercase()) {
        let word = at == 0 || !letter(at - 1);
        if word && !letter(at + 3) {
            if let Some(code) = text.get(at..at + 3).and_then(|w| w.parse().ok()) {
                found(code);
            }
        }
    }
}

/// Where `text` holds `needle` as whole words, its case folded character
/// by character: the byte ranges in `text`.
fn folded_places<'t>(text: &'t str, needle: &'t str) -> impl Iterator<Item = Range<usize>> + 't {
    let first = needle.chars().next();
    let same = |a: char, b: char| a == b || a.to_lowercase().eq(b.to_lowercase());
    text.char_indices().filter_map(move |(at, c)| {
        if !same(c, first?) {
            return None;
        }
        let mut rest = text.get(at..)?.char_indices();
        let mut end = at;
        for n in needle.chars() {
            let (i, t) = rest.next()?;
            if !same(t, n) {
                return None;
            }
            end = at + i + t.len_utf8();
        }
        let before = text.get(..at).and_then(|b| b.chars().next_back());
        let after = text.get(end..).and_then(|a| a.chars().next());
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        (!word(before) && !word(after)).then_some(at..end)
    })
}

/// Whether `text` gives `title` right beside a name of `person`.
fn gives_title(text: &str, title: &str, person: &Person) -> bool {
    folded_places(text, title).any(|at| title_beside(text, &at, person))
}

/// Whether `text` holds the title at `title` right next to one of `names`:
/// "Foreign Minister Rashid Meredov", "The Secretary-General [Ban
/// Ki-moon]", "Boris Johnson, the Foreign Secretary".
fn title_beside(text: &str, title: &Range<usize>, person: &Person) -> bool {
    let after = text
        .get(title.end..)
        .unwrap_or_default()
        .trim_start_matches([' ', ',', '[', '(']);
    let before = text.get(..title.start).unwrap_or_default().trim_end();
    let before = before
        .strip_suffix("the")
        .or_else(|| before.strip_suffix("The"))
        .unwrap_or(before)
        .trim_end_matches([' ', ',']);
    names(person).any(|n| {
        let follows = after
            .strip_prefix(n)
            .is_some_and(|rest| !rest.chars().next().is_some_and(char::is_alphanumeric));
        let precedes = before
            .strip_suffix(n)
            .is_some_and(|head| !head.chars().next_back().is_some_and(char::is_alphanumeric));
        follows || precedes
    })
}

/// Whether two role titles are one, or one holds the other ("Foreign
/// Minister", "Russian Foreign Minister"), their case folded.
fn titles_overlap(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    a.contains(&b) || b.contains(&a)
}

/// A role title of person `p` that the evidence of another person of the
/// article gives right beside that person's name ("Foreign Minister
/// Rashid Meredov"), while neither `p`'s own evidence nor its sentences
/// give it beside `p`'s name (`title_of_another`, at the role's `title`). Silent when the
/// other person holds the same title, or one holding it ("Foreign
/// Minister", "Russian Foreign Minister"): two countries' ministers share
/// a title. Reads only the evidence of people, never the whole body.
pub(super) fn title_of_another(
    c: &mut Checker,
    scope: &impl Scope,
    p: &Person,
    role: &Role,
    found: &[Range<usize>],
) {
    let title = role.title.trim();
    if title.chars().count() < 4 {
        return;
    }
    let given = scope.people().iter().find(|q| {
        q.id != p.id
            && q.evidence
                .iter()
                .any(|e| gives_title(&e.quote.exact, title, q))
    });
    let Some(other) = given else {
        return;
    };
    if other.roles.iter().any(|r| titles_overlap(&r.title, title)) {
        return;
    }
    let own = p
        .evidence
        .iter()
        .any(|e| gives_title(&e.quote.exact, title, p))
        || found
            .iter()
            .filter_map(|range| scope.sentence(range))
            .any(|s| gives_title(s, title, p));
    if own {
        return;
    }
    c.report_at(
        "title",
        ErrorCode::TitleOfAnother,
        format!(
            "the text gives the title {title:?} to {:?}, beside their name, and never to this person",
            other.id.as_str()
        ),
    );
}

/// A member of a group that neither the group's evidence nor the
/// sentences around it (`found`) name, while they name every other
/// member (`unnamed_member`, at the member): "Iran and Saudi Arabia"
/// recorded with a third country. Silent for groups the text names only
/// as a whole ("the E3", "these organisations"), as the text names none
/// of their members there.
pub(super) fn group_members(
    c: &mut Checker,
    scope: &impl Scope,
    g: &Group,
    found: &[Range<usize>],
) {
    if g.evidence.is_empty() {
        return;
    }
    let sentences: Vec<&str> = found.iter().filter_map(|r| scope.sentence(r)).collect();
    let named = |id: &Id| match scope.find(id) {
        Some(part) => {
            g.evidence.iter().any(|e| names_part(&part, &e.quote.exact))
                || sentences.iter().any(|s| names_part(&part, s))
        }
        None => true,
    };
    let mut unnamed = g.members.iter().enumerate().filter(|(_, m)| !named(m));
    let (Some((i, member)), None) = (unnamed.next(), unnamed.next()) else {
        return;
    };
    c.at("members", |c| {
        c.at_index(i, |c| {
            c.report(
                ErrorCode::UnnamedMember,
                format!(
                    "the group's evidence and its sentences name every other member, never {:?}",
                    member.as_str()
                ),
            )
        })
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verb_in(words: &str, v: &str) -> Range<usize> {
        let at = words.find(v).unwrap();
        at..at + v.len()
    }

    #[test]
    fn a_speaker_stands_by_the_verb() {
        let words = "“We value it,” remarked Lavrov. Meredov said the talks went well";
        let verb = |v: &str| {
            let at = words.find(v).unwrap();
            at..at + v.len()
        };
        assert!(speaks(
            words,
            &verb("remarked"),
            Lead::Plain,
            "Lavrov",
            None
        ));
        assert!(speaks(words, &verb("said"), Lead::Plain, "Meredov", None));
        assert!(!speaks(words, &verb("said"), Lead::Plain, "Lavrov", None));
        // Before it, a name not at the end of its clause is not the one
        // speaking; a span that starts with the verb was cut after a quote.
        assert!(!speaks(
            "He said Lavrov would come",
            &(3..7),
            Lead::Plain,
            "Lavrov",
            None
        ));
        assert!(speaks(
            "said Lavrov, who came",
            &(0..4),
            Lead::Plain,
            "Lavrov",
            None
        ));
        assert!(!speaks(
            "he told Lavrov.",
            &(3..7),
            Lead::Object,
            "Lavrov",
            None
        ));
        let inverted = "Talks are set, said the spokesman Dmitry Peskov on Sunday";
        assert!(speaks(
            inverted,
            &verb_in(inverted, "said"),
            Lead::Plain,
            "Dmitry Peskov",
            None
        ));
        let unquoted = "He said on Sunday that he met Dmitry Peskov";
        assert!(!speaks(
            unquoted,
            &verb_in(unquoted, "said"),
            Lead::Plain,
            "Dmitry Peskov",
            None
        ));
        let far = "Talks are set, said the spokesman after a long day of talks with Peskov";
        assert!(!speaks(
            far,
            &verb_in(far, "said"),
            Lead::Plain,
            "Peskov",
            None
        ));
        let own = "Talks are set, said Peskov's deputy";
        assert!(!speaks(
            own,
            &verb_in(own, "said"),
            Lead::Plain,
            "Peskov",
            None
        ));
        let after = "according to Foreign Minister Lavrov, the talks";
        assert!(speaks(after, &(0..12), Lead::After, "Lavrov", None));
        assert!(!speaks(
            "according to diplomats, Lavrov",
            &(0..12),
            Lead::After,
            "Lavrov",
            None
        ));
        let en = Lexicon::for_language("en").expect("the English lexicon is built in");
        let ru = Lexicon::for_language("ru").expect("the Russian lexicon is built in");
        let gap = "Lord Ahmad has today announced aid";
        let announced = verb_in(gap, "announced");
        assert!(speaks(gap, &announced, Lead::Plain, "Lord Ahmad", Some(en)));
        assert!(!speaks(gap, &announced, Lead::Plain, "Lord Ahmad", None));
        let forum = "Президент РФ Владимир Путин на форуме заявил, что";
        let stated = verb_in(forum, "заявил");
        assert!(speaks(
            forum,
            &stated,
            Lead::Plain,
            "Владимир Путин",
            Some(ru)
        ));
        for joined in [
            "Lavrov and the minister said",
            "Rubio met Lavrov and then said",
            "Lavrov's deputy later said",
        ] {
            let said = verb_in(joined, "said");
            assert!(
                !speaks(joined, &said, Lead::Plain, "Lavrov", Some(en)),
                "{joined}"
            );
        }
        let deed = "The Foreign Secretary has accepted an invitation";
        let accepted = verb_in(deed, "accepted");
        assert!(!speaks(
            deed,
            &accepted,
            Lead::Object,
            "Foreign Secretary",
            Some(en)
        ));
        let far = "Lavrov arrived in the city and said";
        assert!(!speaks(
            far,
            &verb_in(far, "said"),
            Lead::Plain,
            "Lavrov",
            Some(en)
        ));
        assert!(opens_sentence("Talks. Об этом", 7));
        assert!(!opens_sentence("Talks, об этом", 7));
        assert_eq!(lower("Президент РОССИИ İ"), "президент россии İ");
        let told = "Meredov told Lavrov the talks went well";
        assert!(own_verb_beside(told, 0..7, "told", Lead::Object));
        assert!(!own_verb_beside(told, 13..19, "told", Lead::Object));
        let inverted = "“Yes,” said Lavrov";
        let name = verb_in(inverted, "Lavrov");
        assert!(own_verb_beside(inverted, name.clone(), "said", Lead::Plain));
        assert!(!own_verb_beside(inverted, name, "told", Lead::Plain));
        assert!(holds_name("Sergei Lavrov said", "Lavrov"));
        assert!(!holds_name("Lavrovs", "Lavrov"));
    }

    #[test]
    fn a_verb_is_negated_by_a_negation_right_before_it() {
        let words = "We did not yet confirm it, not we confirm";
        let confirm = verb_in(words, "confirm");
        let not = verb_in(words, "not");
        assert!(negated_before(words, std::slice::from_ref(&not), &confirm));
        let late = "Not now, we confirm";
        let opening = 0..3;
        let first = std::slice::from_ref(&opening);
        assert!(!negated_before(late, first, &verb_in(late, "confirm")));
        let far = "not at all we confirm";
        assert!(!negated_before(far, first, &verb_in(far, "confirm")));
        assert!(!negated_before(words, &[], &confirm));
    }

    #[test]
    fn polar_acts_contradict_each_other_only() {
        assert!(contradicts(&SpeechAct::Agreed, &SpeechAct::Denied));
        assert!(contradicts(&SpeechAct::Criticized, &SpeechAct::Welcomed));
        assert!(!contradicts(&SpeechAct::Denied, &SpeechAct::Said));
        assert!(!contradicts(&SpeechAct::Said, &SpeechAct::Denied));
        assert!(!contradicts(&SpeechAct::Agreed, &SpeechAct::Confirmed));
        assert!(opens_reply("«Да, планируется", &(2..6)));
        assert!(!opens_reply("No decision", &(0..2)));
        assert!(!opens_reply("He said no, twice", &(8..10)));
    }

    #[test]
    fn codes_are_whole_words() {
        let codes = |text: &str| {
            let mut out = Vec::new();
            iso_codes(text, |c| out.push(c.as_str().to_owned()));
            out
        };
        assert_eq!(codes("350 million USD"), ["USD"]);
        assert_eq!(
            codes("2 Billion U.S. dollars (USD), €5 EUR"),
            ["USD", "EUR"]
        );
        assert!(codes("USDT, XUSD, UN, USA, 5USD").is_empty());
    }

    #[test]
    fn titles_are_found_beside_names() {
        let person = |name: &str| {
            crate::model::entity::Person::new(crate::value::id::Id::new("p").expect("an id"), name)
        };
        let places = |text: &str, title: &str| folded_places(text, title).collect::<Vec<_>>();
        assert_eq!(
            places("Президент России Владимир Путин", "президент России"),
            vec![Range { start: 0, end: 31 }]
        );
        assert!(places("Foreign Ministers met", "Foreign Minister").is_empty());
        let meredov = person("Rashid Meredov");
        for text in [
            "Foreign Minister Rashid Meredov",
            "The Foreign Minister, Rashid Meredov",
            "Rashid Meredov, the Foreign Minister",
        ] {
            assert!(gives_title(text, "foreign minister", &meredov), "{text}");
        }
        assert!(!gives_title(
            "Foreign Minister Sergei Lavrov and Rashid Meredov",
            "Foreign Minister",
            &meredov
        ));
    }
}

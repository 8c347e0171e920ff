//! What [`Ledger::add`](crate::Ledger::add) keeps of an article: its
//! records (commitments, meetings, parties, updates, every local id with
//! what it names), with evidence cut to excerpts. Nothing is joined here.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde_json::Number;

use super::report::{Excerpt, StatementRole, StepReason};
use crate::error::JsonPointer;
use crate::model::article::Article;
use crate::model::commitment::{
    Commitment, CommitmentKind, CommitmentStatus, Modality, StatusObservation,
};
use crate::model::entity::{Identifiers, PlaceKind};
use crate::model::evidence::Evidence;
use crate::model::graph::{parts, ArticleGraph, PartKind};
use crate::model::meeting::{
    Attendance, Meeting, MeetingKind, MeetingRole, MeetingStatus, MeetingStatusChange,
};
use crate::model::quantity::{Quantity, QuantityRole};
use crate::model::update::{ExternalRef, Update};
use crate::value::codes::{CountryCode, CurrencyCode, Url, WikidataId};
use crate::value::date::{EventDate, PartialDate, PublicationDate, When};
use crate::value::id::Id;

/// The longest evidence excerpt a ledger keeps, in characters; a longer
/// quote is cut there and ends with "…".
pub const EXCERPT_CHARS: usize = 160;

/// Every record of every article a ledger holds.
#[derive(Debug, Default)]
pub(super) struct Records {
    pub(super) articles: Vec<ArticleRecord>,
    pub(super) by_id: HashMap<Id, usize>,
    pub(super) by_url: HashMap<String, usize>,
    /// Every id of every article, with what it names.
    pub(super) locals: HashMap<(usize, Id), Local>,
    pub(super) parties: Vec<PartyRecord>,
    pub(super) commitments: Vec<CommitmentRecord>,
    pub(super) meetings: Vec<MeetingRecord>,
    pub(super) updates: Vec<UpdateRecord>,
}

#[derive(Debug)]
pub(super) struct ArticleRecord {
    pub(super) id: Id,
    /// The last day of its publication, to sort by.
    pub(super) published: Option<NaiveDate>,
    /// Its publication at the precision given (a timestamp as its day).
    pub(super) reported: Option<PartialDate>,
    pub(super) line: Option<u64>,
    pub(super) fingerprint: u64,
}

/// What a local id names, with the index of its record where one is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Local {
    Commitment(usize),
    Meeting(usize),
    /// Another kind of part (a statement, a person).
    Other(PartKind),
}

#[derive(Debug)]
pub(super) struct PartyRecord {
    pub(super) article: usize,
    pub(super) id: Id,
    pub(super) name: String,
    pub(super) wikidata: Option<WikidataId>,
    pub(super) country: Option<CountryCode>,
    pub(super) same_as: Vec<Url>,
}

/// One step of a history as an article reports it.
#[derive(Debug)]
pub(super) struct Step<S> {
    pub(super) status: S,
    /// The date the article gives it; `None` for an undated step.
    pub(super) as_of: Option<PartialDate>,
    /// The day it sorts on among the steps of other articles: its date's
    /// first day; for an undated step, the first day of the next dated
    /// step of its article's history, else the article's publication (by
    /// which it had happened). Steps of one article keep their order.
    pub(super) sorts_on: Option<NaiveDate>,
    pub(super) article: usize,
    pub(super) at: At,
    /// A commitment step's statement, a meeting step's reason.
    pub(super) note: Option<Box<str>>,
    /// A meeting step's reasons as their sources give them.
    pub(super) reasons: Vec<StepReason>,
    /// How a meeting step came about, in the article's words.
    pub(super) manner: Option<Box<str>>,
    pub(super) evidence: Vec<Excerpt>,
    /// The money a commitment step reports delivered, each with its
    /// index in the observation's `quantities`.
    pub(super) money: Vec<Money>,
}

/// An amount of money an article gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Money {
    pub(super) currency: CurrencyCode,
    pub(super) amount: Number,
    /// The same amount in another currency, as the article gives it.
    pub(super) equivalent: Option<(CurrencyCode, Number)>,
    /// Whether the article implies it rather than states it.
    pub(super) inferred: bool,
    /// Its index in the list it comes from.
    pub(super) index: usize,
}

impl Money {
    /// Whether it names `currency`, itself or as its equivalent.
    pub(super) fn names(&self, currency: CurrencyCode) -> bool {
        self.currency == currency || self.equivalent.as_ref().is_some_and(|e| e.0 == currency)
    }
}

/// The money among `quantities`: those with one amount (a range or words
/// without a number are not an amount to compare).
fn money(quantities: &[Quantity]) -> Vec<Money> {
    quantities
        .iter()
        .enumerate()
        .filter_map(|(index, q)| {
            // A range or a rate ("£11mn annually") is no one amount, and a
            // baseline ("from $5.3 billion"), a target ("to $10 billion")
            // or a factor ("double") none pledged or delivered.
            let amount = q.amount.clone().filter(|_| {
                q.amount_max.is_none()
                    && q.per.is_none()
                    && q.factor.is_none()
                    && !matches!(q.role, Some(QuantityRole::Baseline | QuantityRole::Target))
            })?;
            q.currency.map(|currency| Money {
                currency,
                amount,
                equivalent: q
                    .equivalent
                    .as_ref()
                    .map(|e| (e.currency, e.amount.clone())),
                inferred: q.inferred,
                index,
            })
        })
        .collect()
}

/// Where a step is in its article, kept as numbers and written out as a
/// JSON Pointer for the report.
#[derive(Debug, Clone, Copy)]
pub(super) enum At {
    CommitmentHistory(usize, usize),
    MeetingHistory(usize, usize),
    MeetingStatus(usize),
    UpdateCommitment(usize),
    UpdateMeeting(usize),
}

impl At {
    /// The JSON Pointer of the step in its article.
    pub(super) fn pointer(self) -> JsonPointer {
        let root = JsonPointer::root();
        match self {
            At::CommitmentHistory(i, j) => root
                .key("commitments")
                .index(i)
                .key("status_history")
                .index(j),
            At::MeetingHistory(i, j) => {
                root.key("meetings").index(i).key("status_history").index(j)
            }
            At::MeetingStatus(i) => root.key("meetings").index(i).key("status"),
            At::UpdateCommitment(i) => update(i).key("commitment_status"),
            At::UpdateMeeting(i) => update(i).key("meeting_status"),
        }
    }
}

/// The JSON Pointer of the `index`th update of an article.
pub(super) fn update(index: usize) -> JsonPointer {
    JsonPointer::root().key("updates").index(index)
}

/// A party named at a meeting, and whether it takes part.
#[derive(Debug)]
pub(super) struct Attendee {
    /// The party's record.
    pub(super) party: usize,
    pub(super) attendance: Option<Attendance>,
    pub(super) role: Option<MeetingRole>,
}

#[derive(Debug)]
pub(super) struct CommitmentRecord {
    pub(super) article: usize,
    pub(super) id: Id,
    pub(super) kind: CommitmentKind,
    pub(super) modality: Option<Modality>,
    pub(super) condition: Option<String>,
    pub(super) action: String,
    pub(super) bound: Vec<usize>,
    pub(super) counter: Vec<usize>,
    pub(super) due: Option<When>,
    /// The money pledged.
    pub(super) pledged: Vec<Money>,
    pub(super) made: Option<PartialDate>,
    pub(super) concerns: Option<Id>,
    pub(super) identifiers: Option<Identifiers>,
    /// Its statements, each making (or repeating) it or reporting it.
    pub(super) statements: Vec<StatementRecord>,
    pub(super) history: Vec<Step<CommitmentStatus>>,
}

/// A statement of a commitment, as the ledger keeps it.
#[derive(Debug)]
pub(super) struct StatementRecord {
    pub(super) id: Id,
    /// The speaker's name as the article gives it.
    pub(super) speaker: String,
    pub(super) role: StatementRole,
    pub(super) date: Option<PartialDate>,
}

#[derive(Debug)]
pub(super) struct MeetingRecord {
    pub(super) article: usize,
    pub(super) id: Id,
    pub(super) kind: MeetingKind,
    pub(super) name: Option<String>,
    pub(super) status: MeetingStatus,
    pub(super) date: Option<When>,
    pub(super) place: Option<String>,
    pub(super) participants: Vec<Attendee>,
    pub(super) identifiers: Option<Identifiers>,
    pub(super) history: Vec<Step<MeetingStatus>>,
}

#[derive(Debug)]
pub(super) struct UpdateRecord {
    pub(super) article: usize,
    pub(super) index: usize,
    pub(super) target: ExternalRef,
    pub(super) same_as: Option<Local>,
    pub(super) commitment: Option<Step<CommitmentStatus>>,
    pub(super) meeting: Option<Step<MeetingStatus>>,
    pub(super) participants: Vec<Attendee>,
}

impl Records {
    /// Keeps the records of `article`, read at `line`, under the next index.
    pub(super) fn take(&mut self, article: &Article, line: Option<u64>, fingerprint: u64) {
        let index = self.articles.len();
        let published = article.published.map(|p| p.last_day());
        let reported = article.published.and_then(|p| match p {
            PublicationDate::Date(d) => Some(d),
            PublicationDate::Timestamp(_) => day(p.last_day()),
        });
        self.articles.push(ArticleRecord {
            id: article.id.clone(),
            published,
            reported,
            line,
            fingerprint,
        });
        self.by_id.insert(article.id.clone(), index);
        if let Some(url) = &article.url {
            self.by_url.entry(url.to_string()).or_insert(index);
        }
        Recorder::new(self, article, index, published).take();
    }

    /// The id of article `article`.
    pub(super) fn article_id(&self, article: usize) -> Id {
        self.articles
            .get(article)
            .map(|a| a.id.clone())
            .expect("every record's article is held")
    }

    /// The publication of article `article`, at the precision given.
    pub(super) fn reported(&self, article: usize) -> Option<PartialDate> {
        self.articles.get(article).and_then(|a| a.reported)
    }

    /// The line of the stream article `article` was read from.
    pub(super) fn line(&self, article: usize) -> Option<u64> {
        self.articles.get(article).and_then(|a| a.line)
    }

    /// The line of the stream the article `id` was read from.
    pub(super) fn line_of(&self, id: &Id) -> Option<u64> {
        self.by_id.get(id).and_then(|&i| self.line(i))
    }

    /// `ARTICLE#ID` of the record `id` of article `article`.
    pub(super) fn key(&self, article: usize, id: &Id) -> String {
        format!("{}#{id}", self.article_id(article))
    }

    /// The published day and id of an article, to sort by: the same
    /// whatever order the articles came in.
    pub(super) fn order(&self, article: usize) -> (Option<NaiveDate>, &str) {
        let a = self.articles.get(article);
        (a.and_then(|a| a.published), a.map_or("", |a| a.id.as_str()))
    }
}

/// Copies one article's records into the ledger's [`Records`].
struct Recorder<'l, 'a> {
    records: &'l mut Records,
    article: &'a Article,
    index: usize,
    published: Option<NaiveDate>,
    /// Local party id → index in `records.parties`.
    parties: HashMap<&'a Id, usize>,
    /// Statement id → its index in the article.
    statements: HashMap<&'a Id, usize>,
    /// The article's ids, made when a commitment first needs them.
    graph: Option<ArticleGraph<'a>>,
}

impl<'l, 'a> Recorder<'l, 'a> {
    fn new(
        records: &'l mut Records,
        article: &'a Article,
        index: usize,
        published: Option<NaiveDate>,
    ) -> Self {
        Recorder {
            records,
            article,
            index,
            published,
            parties: HashMap::new(),
            statements: article
                .statements
                .iter()
                .enumerate()
                .map(|(i, s)| (&s.id, i))
                .collect(),
            graph: None,
        }
    }

    fn take(mut self) {
        let a = self.article;
        self.others();
        for (i, m) in a.meetings.iter().enumerate() {
            self.meeting(i, m);
        }
        for (i, c) in a.commitments.iter().enumerate() {
            self.commitment(i, c);
        }
        for (i, u) in a.updates.iter().enumerate() {
            self.update(i, u);
        }
    }

    /// Notes every id of the article that names neither a commitment nor
    /// a meeting, with what it names.
    fn others(&mut self) {
        let others = parts(self.article)
            .map(|(part, _)| (part.id(), part.kind()))
            .filter(|(_, kind)| !matches!(kind, PartKind::Meeting | PartKind::Commitment));
        for (id, kind) in others {
            self.records
                .locals
                .insert((self.index, id.clone()), Local::Other(kind));
        }
    }

    fn update(&mut self, i: usize, u: &'a Update) {
        let same_as = u
            .same_as
            .as_ref()
            .and_then(|id| self.records.locals.get(&(self.index, id.clone())).copied());
        let commitment = u
            .commitment_status
            .as_ref()
            .map(|o| self.observation(o, At::UpdateCommitment(i)));
        let meeting = u
            .meeting_status
            .as_ref()
            .map(|s| self.status_change(s, At::UpdateMeeting(i)));
        let participants = self.participants(&u.participants);
        self.records.updates.push(UpdateRecord {
            article: self.index,
            index: i,
            target: u.target.clone(),
            same_as,
            commitment,
            meeting,
            participants,
        });
    }

    fn participants(
        &mut self,
        participants: &'a [crate::model::meeting::Participant],
    ) -> Vec<Attendee> {
        participants
            .iter()
            .map(|p| Attendee {
                party: self.party(&p.entity),
                attendance: p.attendance.clone(),
                role: p.role.clone(),
            })
            .collect()
    }

    fn meeting(&mut self, i: usize, m: &'a Meeting) {
        let at = self.records.meetings.len();
        let mut history: Vec<Step<MeetingStatus>> = m
            .status_history
            .iter()
            .enumerate()
            .map(|(j, s)| self.status_change(s, At::MeetingHistory(i, j)))
            .collect();
        self.place_undated(&mut history);
        if history.is_empty() {
            // A held meeting was held on its date; a planned one is
            // reported planned on the day of publication, with no date of
            // its own.
            let held_on = matches!(m.status, MeetingStatus::Held)
                .then(|| m.date.as_ref().and_then(|d| d.value.as_ref()))
                .flatten()
                .and_then(|d| match d {
                    EventDate::Date(d) => Some(*d),
                    EventDate::Interval(_) => None,
                });
            history.push(Step {
                status: m.status.clone(),
                as_of: held_on,
                sorts_on: held_on.map(|d| d.first_day()).or(self.published),
                article: self.index,
                at: At::MeetingStatus(i),
                note: None,
                reasons: Vec::new(),
                manner: None,
                evidence: excerpts(&m.evidence),
                money: Vec::new(),
            });
        }
        let place = m.place.as_ref().and_then(|p| self.place_name(p));
        let participants = self.participants(&m.participants);
        self.records.meetings.push(MeetingRecord {
            article: self.index,
            id: m.id.clone(),
            kind: m.kind.clone(),
            name: m.name.clone(),
            status: m.status.clone(),
            date: m.date.clone(),
            place,
            participants,
            identifiers: m.identifiers.clone(),
            history,
        });
        self.records
            .locals
            .insert((self.index, m.id.clone()), Local::Meeting(at));
    }

    fn commitment(&mut self, i: usize, c: &'a Commitment) {
        let at = self.records.commitments.len();
        let mut history: Vec<Step<CommitmentStatus>> = c
            .status_history
            .iter()
            .enumerate()
            .map(|(j, o)| self.observation(o, At::CommitmentHistory(i, j)))
            .collect();
        self.place_undated(&mut history);
        let bound = c.bound_parties.iter().map(|p| self.party(p)).collect();
        // A promise the bound parties make to each other is toward each of
        // them.
        let mutual = c.mutual.then_some(&c.bound_parties);
        let counter = c
            .counterparties
            .iter()
            .chain(mutual.into_iter().flatten())
            .map(|p| self.party(p))
            .collect();
        let made = self.made(c);
        let statements = self.statements(c);
        self.records.commitments.push(CommitmentRecord {
            article: self.index,
            id: c.id.clone(),
            kind: c.kind.clone(),
            modality: c.modality.clone(),
            condition: c.condition.clone(),
            action: c.action.clone(),
            bound,
            counter,
            due: c.due.clone(),
            pledged: money(&c.quantities),
            made,
            concerns: c.concerns.clone(),
            identifiers: c.identifiers.clone(),
            statements,
            history,
        });
        self.records
            .locals
            .insert((self.index, c.id.clone()), Local::Commitment(at));
    }

    /// The statements of `c` the article has, each with whether it makes
    /// (or repeats) the commitment or reports it.
    fn statements(&mut self, c: &Commitment) -> Vec<StatementRecord> {
        if c.statements.is_empty() {
            return Vec::new();
        }
        let a = self.article;
        let graph = self.graph.get_or_insert_with(|| ArticleGraph::new(a));
        c.statements
            .iter()
            .filter_map(|id| {
                let s = self.statements.get(id).and_then(|&i| a.statements.get(i))?;
                let role = if crate::validate::statement_reports(graph, c, s) {
                    StatementRole::Reports
                } else {
                    StatementRole::Makes
                };
                Some(StatementRecord {
                    id: s.id.clone(),
                    speaker: graph.display_name(&s.speaker).to_owned(),
                    role,
                    date: start(s.date.as_ref()),
                })
            })
            .collect()
    }

    /// When `c` was made, at the precision given: its earliest statement's
    /// date, the date of the meeting it was made at, its first
    /// observation, or the publication (earliest by first day).
    fn made(&self, c: &Commitment) -> Option<PartialDate> {
        let a = self.article;
        let statements = c.statements.iter().filter_map(|id| {
            self.statements
                .get(id)
                .and_then(|&i| a.statements.get(i))
                .and_then(|s| start(s.date.as_ref()))
        });
        let meeting = c.made_at.as_ref().and_then(|id| {
            a.meetings
                .iter()
                .find(|m| &m.id == id)
                .and_then(|m| start(m.date.as_ref()))
        });
        let observed = c.status_history.iter().filter_map(|o| o.as_of);
        statements
            .chain(meeting)
            .chain(observed)
            .min_by_key(PartialDate::first_day)
            .or_else(|| self.records.reported(self.index))
    }

    fn observation(&self, o: &StatusObservation, at: At) -> Step<CommitmentStatus> {
        let note = o.statement.as_ref().and_then(|id| {
            self.statements
                .get(id)
                .and_then(|&i| self.article.statements.get(i))
                .map(|s| excerpt(&s.text).into_boxed_str())
        });
        Step {
            status: o.status.clone(),
            as_of: o.as_of,
            sorts_on: o.as_of.map(|d| d.first_day()).or(self.published),
            article: self.index,
            at,
            note,
            reasons: Vec::new(),
            manner: None,
            evidence: excerpts(&o.evidence),
            money: money(&o.quantities),
        }
    }

    fn status_change(&mut self, s: &MeetingStatusChange, at: At) -> Step<MeetingStatus> {
        let reasons = if s.reasons.is_empty() {
            Vec::new()
        } else {
            let a = self.article;
            let graph = self.graph.get_or_insert_with(|| ArticleGraph::new(a));
            s.reasons
                .iter()
                .map(|r| {
                    // The party that gives it, else the speaker of the
                    // statement that voices it.
                    let source = r.given_by.as_ref().or_else(|| {
                        let statement = r.statement.as_ref()?;
                        let i = *self.statements.get(statement)?;
                        Some(&a.statements.get(i)?.speaker)
                    });
                    StepReason {
                        reason: r.text.clone(),
                        given_by: source.map(|id| graph.display_name(id).to_owned()),
                        evidence: excerpts(&r.evidence),
                    }
                })
                .collect()
        };
        Step {
            status: s.status.clone(),
            as_of: s.as_of,
            sorts_on: s.as_of.map(|d| d.first_day()).or(self.published),
            article: self.index,
            at,
            note: s.reason.as_deref().map(Box::from),
            reasons,
            manner: s.manner.as_deref().map(Box::from),
            evidence: excerpts(&s.evidence),
            money: Vec::new(),
        }
    }

    /// Places each undated step of one article's `history` before the
    /// next dated step of it: it sorts on that step's first day (else on
    /// the publication, as [`Step::sorts_on`] already says).
    fn place_undated<S>(&self, history: &mut [Step<S>]) {
        let mut next: Option<NaiveDate> = None;
        for step in history.iter_mut().rev() {
            match step.as_of {
                Some(d) => next = Some(d.first_day()),
                None => step.sorts_on = next.or(self.published),
            }
        }
    }

    fn place_name(&self, id: &Id) -> Option<String> {
        self.article
            .entities
            .places
            .iter()
            .find(|p| &p.id == id)
            .map(|p| p.label().to_owned())
    }

    /// The ledger's record of the local party `id`, made on first use.
    fn party(&mut self, id: &'a Id) -> usize {
        if let Some(&at) = self.parties.get(id) {
            return at;
        }
        let e = &self.article.entities;
        let (name, identifiers, country) = if let Some(p) = e.people.iter().find(|p| &p.id == id) {
            (
                p.name.clone().or_else(|| p.description.clone()),
                p.identifiers.as_ref(),
                None,
            )
        } else if let Some(o) = e.organizations.iter().find(|o| &o.id == id) {
            (Some(o.name.clone()), o.identifiers.as_ref(), None)
        } else if let Some(p) = e.places.iter().find(|p| &p.id == id) {
            let country = matches!(p.kind, PlaceKind::Country)
                .then_some(p.country)
                .flatten();
            (Some(p.label().to_owned()), p.identifiers.as_ref(), country)
        } else if let Some(g) = e.groups.iter().find(|g| &g.id == id) {
            (
                g.name.clone().or_else(|| g.description.clone()),
                g.identifiers.as_ref(),
                None,
            )
        } else {
            (None, None, None)
        };
        let at = self.records.parties.len();
        self.records.parties.push(PartyRecord {
            article: self.index,
            id: id.clone(),
            name: name.unwrap_or_else(|| id.as_str().to_owned()),
            wikidata: identifiers.and_then(|i| i.wikidata),
            country,
            same_as: identifiers.map(|i| i.same_as.clone()).unwrap_or_default(),
        });
        self.parties.insert(id, at);
        at
    }
}

/// The day `date` as a partial date.
fn day(date: NaiveDate) -> Option<PartialDate> {
    use chrono::Datelike;
    PartialDate::from_ymd(date.year(), date.month(), date.day()).ok()
}

/// The date `when` starts on, at its precision (an interval's start).
fn start(when: Option<&When>) -> Option<PartialDate> {
    match when.and_then(|w| w.value.as_ref())? {
        EventDate::Date(d) => Some(*d),
        EventDate::Interval(i) => i.start().date(),
    }
}

/// `text` cut to [`EXCERPT_CHARS`] characters.
fn excerpt(text: &str) -> String {
    match text.char_indices().nth(EXCERPT_CHARS) {
        Some((at, _)) => {
            let mut cut = text.get(..at).unwrap_or(text).to_owned();
            cut.push('…');
            cut
        }
        None => text.to_owned(),
    }
}

fn excerpts(evidence: &[Evidence]) -> Vec<Excerpt> {
    evidence
        .iter()
        .map(|e| Excerpt {
            text: excerpt(&e.quote.exact),
            start: e.position.as_ref().map(|p| p.start),
            end: e.position.as_ref().map(|p| p.end),
        })
        .collect()
}

//! What a [`Ledger`] answers: the report, its parts, and how it is made
//! from the records (joining records, resolving updates, finding
//! conflicts).

use std::collections::HashMap;
use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::{Ledger, Local, Step};
use crate::error::{ErrorCode, Level, Severity, ValidationError};
use crate::model::commitment::{CommitmentKind, CommitmentStatus};
use crate::model::entity::Identifiers;
use crate::model::meeting::MeetingStatus;
use crate::value::codes::{CountryCode, Url, WikidataId};
use crate::value::date::PartialDate;
use crate::value::id::Id;

/// What a [`Ledger`] knows, as JSON-ready data: every commitment and
/// meeting with its history, the conflicts between articles, and every
/// problem. Its schema is exported as `ledger-report.schema.json`.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct LedgerReport {
    /// How many articles the ledger holds.
    pub articles: usize,
    /// Every party a commitment or meeting names, once each, by key; the
    /// commitments and meetings name them by their `key`.
    pub parties: Vec<TrackedParty>,
    /// Every commitment, one entry for all the records of it, in the order
    /// of the article that first reported it.
    pub commitments: Vec<TrackedCommitment>,
    /// Every meeting, likewise.
    pub meetings: Vec<TrackedMeeting>,
    /// Where two articles report different outcomes for the same date.
    pub conflicts: Vec<Conflict>,
    /// Every problem: articles refused, and updates that do not fit what
    /// they update.
    pub problems: Vec<LedgerProblem>,
}

/// A party (bound, counterparty, participant) as the ledger knows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct TrackedParty {
    /// The key it is known by across articles: `wikidata:Q159`,
    /// `country:RU`, a `same_as` URI, or `ARTICLE#ID` for a party with no
    /// identifier.
    pub key: String,
    /// Its name, from the first article that names it.
    pub name: String,
    /// Its Wikidata item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wikidata: Option<String>,
    /// Its country code, for a country.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

impl TrackedParty {
    /// Whether `query` names this party: its key, its Wikidata item or its
    /// country code.
    pub fn is(&self, query: &str) -> bool {
        self.key == query
            || self.wikidata.as_deref() == Some(query)
            || self.country.as_deref() == Some(query)
    }
}

/// Words of an article's body kept as evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct Excerpt {
    /// The quoted words, cut to
    /// [`EXCERPT_CHARS`](super::EXCERPT_CHARS) characters.
    pub text: String,
    /// Where they start in the body, in code points, when the article says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    /// Where they end.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
}

/// One step of a commitment's history, with the article that reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct CommitmentStep {
    /// The status (a `commitment_status` value: stated, fulfilled, ...).
    pub status: String,
    /// The date it holds on (the article's publication when it gives none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<PartialDate>,
    /// The article that reports it.
    pub article: Id,
    /// Where in that article (a JSON Pointer).
    pub path: String,
    /// The words of the statement it comes from, cut like an excerpt.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement: Option<String>,
    /// The words that report it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Excerpt>,
}

/// A commitment across the articles that report it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct TrackedCommitment {
    /// `ARTICLE#ID` of the first record of it.
    pub id: String,
    /// Its kind (a `commitment_kind` value).
    pub kind: String,
    /// What is promised, in the first record's words.
    pub action: String,
    /// Who is bound, over every record: keys of `parties`.
    pub bound_parties: Vec<String>,
    /// Toward whom, over every record: keys of `parties`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub counterparties: Vec<String>,
    /// When it falls due (EDTF), from the latest record that says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    /// The day it was first made (its earliest statement, meeting or
    /// observation; else the publication), `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub made: Option<String>,
    /// The meeting it concerns (`ARTICLE#ID` of that meeting's first
    /// record).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub concerns: Option<String>,
    /// Where it stands now: the status of the latest step.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Every step, oldest first.
    pub history: Vec<CommitmentStep>,
    /// `ARTICLE#ID` of every record of it.
    pub mentions: Vec<String>,
    #[serde(skip)]
    due_end: Option<NaiveDate>,
    #[serde(skip)]
    made_day: Option<NaiveDate>,
    #[serde(skip)]
    kind_value: Option<CommitmentKind>,
}

impl TrackedCommitment {
    /// Whether its current status is an outcome: fulfilled, partially
    /// fulfilled, broken or withdrawn.
    pub fn is_settled(&self) -> bool {
        self.status.as_deref().is_some_and(is_outcome)
    }

    /// Whether it fell due before `day` and no outcome is reported.
    pub fn is_overdue(&self, day: NaiveDate) -> bool {
        !self.is_settled() && self.due_end.is_some_and(|end| end < day)
    }
}

/// One step of a meeting's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct MeetingStep {
    /// The status (a `meeting_status` value: scheduled, held, ...).
    pub status: String,
    /// The date it holds on (the article's publication when it gives none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<PartialDate>,
    /// The article that reports it.
    pub article: Id,
    /// Where in that article.
    pub path: String,
    /// The reason given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The words that report it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Excerpt>,
}

/// Who took part in a meeting, by the latest report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct TrackedAttendance {
    /// The party: a key of `parties`.
    pub party: String,
    /// Whether they take or took part (an `attendance` value); absent when
    /// the article does not say otherwise than that they do.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attendance: Option<String>,
    /// The article of the latest report.
    pub article: Id,
}

/// A meeting across the articles that report it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct TrackedMeeting {
    /// `ARTICLE#ID` of the first record of it.
    pub id: String,
    /// Its kind (a `meeting_kind` value).
    pub kind: String,
    /// Its name, from the latest record that gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Its status in the first report (scheduled, announced, held, ...).
    pub first_status: String,
    /// Where it stands now: the status of the latest step.
    pub status: String,
    /// When it takes or took place (EDTF), from the latest record that
    /// says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Where, from the latest record that says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Who takes or took part, over every record and update.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<TrackedAttendance>,
    /// Every step, oldest first.
    pub history: Vec<MeetingStep>,
    /// `ARTICLE#ID` of every record of it.
    pub mentions: Vec<String>,
}

impl TrackedMeeting {
    /// Whether it was first reported as planned (scheduled, announced,
    /// proposed, rescheduled or postponed) rather than held.
    pub fn was_planned(&self) -> bool {
        !matches!(self.first_status.as_str(), "held" | "in_progress")
    }
}

/// Two or more articles that report different outcomes for one commitment
/// or meeting on the same date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct Conflict {
    /// The commitment or meeting (`ARTICLE#ID` of its first record).
    pub record: String,
    /// The date they disagree on.
    pub as_of: PartialDate,
    /// What each article reports.
    pub reports: Vec<ConflictReport>,
}

/// One side of a [`Conflict`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct ConflictReport {
    /// The article.
    pub article: Id,
    /// Where in it.
    pub path: String,
    /// The status it reports.
    pub status: String,
}

/// A problem the ledger found: an article it refused, or an update that
/// does not fit what it updates. It prints as
/// `ARTICLE#PATH: CODE: [warning: ]MESSAGE`, with `line N:` before it
/// when the article came from a stream, e.g.
/// `nca-2023-12-12#/updates/0/target/id: unknown_target: ...`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct LedgerProblem {
    /// The article's id, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<Id>,
    /// The line of the stream the article was read from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// The JSON Pointer of the problem in that article.
    pub path: String,
    /// The code (see the rule table).
    #[schemars(with = "String")]
    pub code: ErrorCode,
    /// `error` or `warning`.
    #[schemars(with = "String")]
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
}

impl LedgerProblem {
    pub(super) fn new(
        article: Option<Id>,
        line: Option<u64>,
        path: String,
        code: ErrorCode,
        severity: Severity,
        message: String,
    ) -> Self {
        LedgerProblem {
            article,
            line,
            path,
            code,
            severity,
            message,
        }
    }

    /// A problem `e` of the article `article`.
    pub(super) fn of_article(article: &Id, e: &ValidationError) -> Self {
        LedgerProblem::new(
            Some(article.clone()),
            None,
            e.path().as_str().to_owned(),
            e.code(),
            e.severity(),
            e.message().to_owned(),
        )
    }

    /// A problem `e` of the document at `line`.
    pub(super) fn of_line(line: u64, e: &ValidationError) -> Self {
        LedgerProblem::new(
            None,
            Some(line),
            e.path().as_str().to_owned(),
            e.code(),
            e.severity(),
            e.message().to_owned(),
        )
    }

    /// `ARTICLE#PATH`, or the path alone when the article is not known.
    pub fn location(&self) -> String {
        match &self.article {
            Some(a) => format!("{a}#{}", self.path),
            None => self.path.clone(),
        }
    }
}

impl fmt::Display for LedgerProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(line) = self.line {
            write!(f, "line {line}: ")?;
        }
        let location = self.location();
        let location = if location.is_empty() { "/" } else { &location };
        write!(f, "{location}: {}: ", self.code)?;
        if self.severity == Severity::Warning {
            f.write_str("warning: ")?;
        }
        f.write_str(&self.message)
    }
}

/// Which commitments to list: every condition set must hold.
///
/// ```
/// use structured_news::{CommitmentFilter, PartialDate};
///
/// // Commitments binding Russia, with Turkmenistan bound too or as
/// // counterparty, made in 2023.
/// let filter = CommitmentFilter::new()
///     .bound_party("Q159")
///     .party("Q874")
///     .made_within(PartialDate::from_year(2023)?);
/// # Ok::<(), structured_news::ValueError>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CommitmentFilter {
    bound: Vec<String>,
    counter: Vec<String>,
    party: Vec<String>,
    kind: Option<CommitmentKind>,
    within: Option<PartialDate>,
}

impl CommitmentFilter {
    /// Every commitment.
    pub fn new() -> Self {
        CommitmentFilter::default()
    }

    /// Binding the party `query` names (a key, Wikidata item or country
    /// code; see [`TrackedParty::is`]).
    #[must_use]
    pub fn bound_party(mut self, query: &str) -> Self {
        self.bound.push(query.to_owned());
        self
    }

    /// Toward the party `query` names.
    #[must_use]
    pub fn counterparty(mut self, query: &str) -> Self {
        self.counter.push(query.to_owned());
        self
    }

    /// With the party `query` names bound or as counterparty.
    #[must_use]
    pub fn party(mut self, query: &str) -> Self {
        self.party.push(query.to_owned());
        self
    }

    /// Of `kind`.
    #[must_use]
    pub fn kind(mut self, kind: CommitmentKind) -> Self {
        self.kind = Some(kind);
        self
    }

    /// Made on a day within `period` ("2023", "2023-12").
    #[must_use]
    pub fn made_within(mut self, period: PartialDate) -> Self {
        self.within = Some(period);
        self
    }

    /// Whether `c` meets every condition, `keys` giving the keys of the
    /// parties a query names.
    fn matches(&self, c: &TrackedCommitment, keys: &HashMap<&str, Vec<&str>>) -> bool {
        let named = |q: &String| keys.get(q.as_str()).map_or(&[][..], Vec::as_slice);
        let has =
            |list: &[String], q: &String| named(q).iter().any(|k| list.iter().any(|p| p == k));
        let binds = |q: &String| has(&c.bound_parties, q);
        let toward = |q: &String| has(&c.counterparties, q);
        self.bound.iter().all(binds)
            && self.counter.iter().all(toward)
            && self.party.iter().all(|q| binds(q) || toward(q))
            && self
                .kind
                .as_ref()
                .is_none_or(|k| c.kind_value.as_ref() == Some(k))
            && self.within.is_none_or(|period| {
                c.made_day
                    .is_some_and(|d| period.first_day() <= d && d <= period.last_day())
            })
    }
}

impl LedgerReport {
    /// The commitments `filter` matches.
    pub fn commitments_matching<'r>(
        &'r self,
        filter: &'r CommitmentFilter,
    ) -> impl Iterator<Item = &'r TrackedCommitment> + 'r {
        let queries = filter
            .bound
            .iter()
            .chain(&filter.counter)
            .chain(&filter.party);
        let keys: HashMap<&str, Vec<&str>> = queries
            .map(|q| {
                let keys = self
                    .parties
                    .iter()
                    .filter(|p| p.is(q))
                    .map(|p| p.key.as_str())
                    .collect();
                (q.as_str(), keys)
            })
            .collect();
        self.commitments
            .iter()
            .filter(move |c| filter.matches(c, &keys))
    }

    /// The party with `key`.
    pub fn party(&self, key: &str) -> Option<&TrackedParty> {
        self.parties
            .binary_search_by(|p| p.key.as_str().cmp(key))
            .ok()
            .and_then(|i| self.parties.get(i))
    }

    /// The commitments that fell due before `day` with no outcome reported
    /// (neither fulfilled, partially fulfilled, broken nor withdrawn).
    pub fn overdue(&self, day: NaiveDate) -> impl Iterator<Item = &TrackedCommitment> + '_ {
        self.commitments.iter().filter(move |c| c.is_overdue(day))
    }

    /// The meetings first reported as planned, and what became of each.
    pub fn planned_meetings(&self) -> impl Iterator<Item = &TrackedMeeting> + '_ {
        self.meetings.iter().filter(|m| m.was_planned())
    }

    /// The report as a table a person reads (see the crate's README).
    pub fn to_table(&self) -> String {
        super::table::render(self)
    }
}

/// Whether a commitment status is an outcome.
fn is_outcome(status: &str) -> bool {
    commitment_outcome(status).is_some()
}

/// What a commitment status says happened, for conflicts: `None` while it
/// is pending.
fn commitment_outcome(status: &str) -> Option<&'static str> {
    match status {
        "fulfilled" => Some("fulfilled"),
        "partially_fulfilled" => Some("partially fulfilled"),
        "broken" => Some("broken"),
        "withdrawn" => Some("withdrawn"),
        _ => None,
    }
}

/// What a meeting status says happened, for conflicts: `None` while it is
/// planned.
fn meeting_outcome(status: &str) -> Option<&'static str> {
    match status {
        "held" | "in_progress" => Some("took place"),
        "cancelled" => Some("cancelled"),
        "postponed" => Some("postponed"),
        _ => None,
    }
}

/// `items` in the order of `keys` (the first article's date and id, then
/// the record's place in it).
fn sorted<T, K: Ord>(items: Vec<T>, keys: Vec<K>) -> Vec<T> {
    let mut pairs: Vec<(K, T)> = keys.into_iter().zip(items).collect();
    pairs.sort_by(|a, b| a.0.cmp(&b.0));
    pairs.into_iter().map(|(_, t)| t).collect()
}

/// A union-find over record indexes.
struct Joins {
    parent: Vec<usize>,
}

impl Joins {
    fn new(n: usize) -> Self {
        Joins {
            parent: (0..n).collect(),
        }
    }

    fn root(&mut self, mut i: usize) -> usize {
        while let Some(&p) = self.parent.get(i) {
            if p == i {
                break;
            }
            let grand = self.parent.get(p).copied().unwrap_or(p);
            if let Some(slot) = self.parent.get_mut(i) {
                *slot = grand;
            }
            i = p;
        }
        i
    }

    /// Joins `a` and `b`, the lower index becoming the root.
    fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        let (low, high) = if ra <= rb { (ra, rb) } else { (rb, ra) };
        if let Some(slot) = self.parent.get_mut(high) {
            *slot = low;
        }
    }
}

/// Joins records that share an identifier: the same Wikidata item, or a
/// URI when their Wikidata items do not differ.
fn join_by_identifiers<'r>(
    joins: &mut Joins,
    identifiers: impl Iterator<
        Item = (
            usize,
            Option<&'r WikidataId>,
            &'r [Url],
            Option<CountryCode>,
        ),
    >,
) {
    let mut wikidata: HashMap<&WikidataId, usize> = HashMap::new();
    let mut countries: HashMap<CountryCode, usize> = HashMap::new();
    let mut uris: HashMap<&Url, usize> = HashMap::new();
    let mut item_of: HashMap<usize, &WikidataId> = HashMap::new();
    let entries: Vec<_> = identifiers.collect();
    for &(i, item, _, _) in &entries {
        if let Some(item) = item {
            item_of.insert(i, item);
            match wikidata.get(item) {
                Some(&first) => joins.join(first, i),
                None => {
                    wikidata.insert(item, i);
                }
            }
        }
    }
    // The Wikidata item of each root, to keep different items apart.
    let mut root_item: HashMap<usize, &WikidataId> = HashMap::new();
    for (&i, &item) in &item_of {
        let r = joins.root(i);
        root_item.insert(r, item);
    }
    let mut join_if_compatible = |joins: &mut Joins, a: usize, b: usize| {
        let (ra, rb) = (joins.root(a), joins.root(b));
        if ra == rb {
            return;
        }
        let (ia, ib) = (root_item.get(&ra).copied(), root_item.get(&rb).copied());
        if let (Some(x), Some(y)) = (ia, ib) {
            if x != y {
                return;
            }
        }
        joins.join(ra, rb);
        let r = joins.root(ra);
        if let Some(item) = ia.or(ib) {
            root_item.insert(r, item);
        }
    };
    for &(i, _, _, country) in &entries {
        if let Some(code) = country {
            match countries.get(&code) {
                Some(&first) => join_if_compatible(joins, first, i),
                None => {
                    countries.insert(code, i);
                }
            }
        }
    }
    for &(i, _, same_as, _) in &entries {
        for uri in same_as {
            match uris.get(uri) {
                Some(&first) => join_if_compatible(joins, first, i),
                None => {
                    uris.insert(uri, i);
                }
            }
        }
    }
}

fn wikidata_and_uris(identifiers: Option<&Identifiers>) -> (Option<&WikidataId>, &[Url]) {
    match identifiers {
        Some(i) => (i.wikidata.as_ref(), i.same_as.as_slice()),
        None => (None, &[]),
    }
}

/// Builds the report of `ledger`.
pub(super) fn build(ledger: &Ledger) -> LedgerReport {
    Builder::new(ledger).build()
}

struct Builder<'l> {
    ledger: &'l Ledger,
    parties: Joins,
    commitments: Joins,
    meetings: Joins,
    problems: Vec<LedgerProblem>,
    /// Update steps for the commitment (record index) they update.
    commitment_steps: Vec<(usize, &'l Step<CommitmentStatus>)>,
    meeting_steps: Vec<(usize, &'l Step<MeetingStatus>)>,
    /// Participants reported by updates: meeting record, party, attendance,
    /// article.
    attendance: Vec<(usize, usize, Option<String>, usize)>,
    /// The tracked party of each group of party records, by its root.
    views: HashMap<usize, TrackedParty>,
    /// The parties the report names, by key.
    used: std::collections::BTreeMap<String, TrackedParty>,
}

impl<'l> Builder<'l> {
    fn new(ledger: &'l Ledger) -> Self {
        Builder {
            ledger,
            parties: Joins::new(ledger.parties.len()),
            commitments: Joins::new(ledger.commitments.len()),
            meetings: Joins::new(ledger.meetings.len()),
            problems: ledger.problems.clone(),
            commitment_steps: Vec::new(),
            meeting_steps: Vec::new(),
            attendance: Vec::new(),
            views: HashMap::new(),
            used: std::collections::BTreeMap::new(),
        }
    }

    fn article_id(&self, article: usize) -> Id {
        self.ledger
            .articles
            .get(article)
            .map(|a| a.id.clone())
            .expect("every record's article is held")
    }

    fn problem(&mut self, article: usize, path: String, code: ErrorCode, message: String) {
        let line = self.ledger.articles.get(article).and_then(|a| a.line);
        self.problems.push(LedgerProblem::new(
            Some(self.article_id(article)),
            line,
            path,
            code,
            code.default_severity(),
            message,
        ));
    }

    fn build(mut self) -> LedgerReport {
        let l = self.ledger;
        join_by_identifiers(
            &mut self.parties,
            l.parties
                .iter()
                .enumerate()
                .map(|(i, p)| (i, p.wikidata.as_ref(), p.same_as.as_slice(), p.country)),
        );
        join_by_identifiers(
            &mut self.commitments,
            l.commitments.iter().enumerate().map(|(i, c)| {
                let (item, uris) = wikidata_and_uris(c.identifiers.as_ref());
                (i, item, uris, None)
            }),
        );
        join_by_identifiers(
            &mut self.meetings,
            l.meetings.iter().enumerate().map(|(i, m)| {
                let (item, uris) = wikidata_and_uris(m.identifiers.as_ref());
                (i, item, uris, None)
            }),
        );
        self.views = self.party_views();
        for u in &l.updates {
            self.resolve(u);
        }
        let meetings = self.tracked_meetings();
        let meeting_ids: HashMap<usize, String> = meetings
            .iter()
            .map(|(root, m)| (*root, m.id.clone()))
            .collect();
        let commitments = self.tracked_commitments(&meeting_ids);
        let mut conflicts = Vec::new();
        for c in &commitments {
            self.conflicts(&c.id, &c.history, commitment_outcome, &mut conflicts);
        }
        for (_, m) in &meetings {
            let steps: Vec<CommitmentStep> = m
                .history
                .iter()
                .map(|s| CommitmentStep {
                    status: s.status.clone(),
                    as_of: s.as_of,
                    article: s.article.clone(),
                    path: s.path.clone(),
                    statement: None,
                    evidence: Vec::new(),
                })
                .collect();
            self.conflicts(&m.id, &steps, meeting_outcome, &mut conflicts);
        }
        let lints = &l.lints;
        let problems = self
            .problems
            .into_iter()
            .filter_map(|mut p| {
                match lints.level(p.code) {
                    Level::Allow => return None,
                    Level::Warn => p.severity = Severity::Warning,
                    Level::Deny => p.severity = Severity::Error,
                }
                Some(p)
            })
            .collect();
        let parties = std::mem::take(&mut self.used).into_values().collect();
        LedgerReport {
            articles: l.articles.len(),
            parties,
            commitments,
            meetings: meetings.into_iter().map(|(_, m)| m).collect(),
            conflicts,
            problems,
        }
    }

    /// Joins an update to what it updates, or reports why it cannot be.
    fn resolve(&mut self, u: &'l super::UpdateRecord) {
        let l = self.ledger;
        let at = format!("/updates/{}", u.index);
        let by_url = || {
            u.target
                .url
                .as_ref()
                .and_then(|url| l.by_url.get(&url.to_string()))
        };
        let Some(&article) = l.by_id.get(&u.target.article).or_else(by_url) else {
            self.problem(
                u.article,
                format!("{at}/target/article"),
                ErrorCode::UnknownArticle,
                format!(
                    "the ledger holds no article {:?}; the update waits for it",
                    u.target.article.as_str()
                ),
            );
            return;
        };
        let Some(&target) = l.locals.get(&(article, u.target.id.clone())) else {
            self.problem(
                u.article,
                format!("{at}/target/id"),
                ErrorCode::UnknownTarget,
                format!(
                    "the article {:?} has no {:?}",
                    u.target.article.as_str(),
                    u.target.id.as_str()
                ),
            );
            return;
        };
        let said = if u.commitment.is_some() {
            Some("commitment")
        } else if u.meeting.is_some() || !u.participants.is_empty() {
            Some("meeting")
        } else {
            match u.same_as {
                Some(Local::Commitment(_)) => Some("commitment"),
                Some(Local::Meeting(_)) => Some("meeting"),
                _ => None,
            }
        };
        let (is, what) = match target {
            Local::Commitment(_) => ("commitment", "a commitment"),
            Local::Meeting(_) => ("meeting", "a meeting"),
            Local::Other(what) => ("other", what),
        };
        if said.is_some_and(|s| s != is) || is == "other" {
            let about = said.map_or("a commitment or a meeting".to_owned(), |s| format!("a {s}"));
            self.problem(
                u.article,
                format!("{at}/target/id"),
                ErrorCode::WrongTargetKind,
                format!("the update is about {about}, and {} is {what}", u.target),
            );
            return;
        }
        match (target, u.same_as) {
            (Local::Commitment(t), Some(Local::Commitment(s))) => self.commitments.join(t, s),
            (Local::Meeting(t), Some(Local::Meeting(s))) => self.meetings.join(t, s),
            (_, None) => {}
            (_, Some(_)) => {
                self.problem(
                    u.article,
                    format!("{at}/same_as"),
                    ErrorCode::WrongTargetKind,
                    format!(
                        "same_as names another kind of part than {what} {}",
                        u.target
                    ),
                );
                return;
            }
        }
        match target {
            Local::Commitment(t) => {
                if let Some(step) = &u.commitment {
                    let made = l.commitments.get(t).and_then(|c| c.made);
                    if let (Some(as_of), Some(made)) = (step.as_of, made) {
                        if as_of.last_day() < made {
                            self.problem(
                                u.article,
                                format!("{at}/commitment_status/as_of"),
                                ErrorCode::UpdateBeforeMade,
                                format!(
                                    "the status is observed on {as_of}, before {} was made ({made})",
                                    u.target
                                ),
                            );
                        }
                    }
                    self.commitment_steps.push((t, step));
                }
            }
            Local::Meeting(t) => {
                if let Some(step) = &u.meeting {
                    self.meeting_steps.push((t, step));
                }
                for (party, attendance) in &u.participants {
                    self.attendance.push((
                        t,
                        *party,
                        attendance.as_ref().map(ToString::to_string),
                        u.article,
                    ));
                }
            }
            Local::Other(_) => {}
        }
    }

    /// The tracked party of every group of party records, by its root.
    fn party_views(&mut self) -> HashMap<usize, TrackedParty> {
        struct Acc<'a> {
            first: usize,
            wikidata: Option<&'a WikidataId>,
            country: Option<CountryCode>,
            uri: Option<&'a Url>,
        }
        let l = self.ledger;
        let mut acc: HashMap<usize, Acc<'_>> = HashMap::new();
        for (i, p) in l.parties.iter().enumerate() {
            let r = self.parties.root(i);
            let a = acc.entry(r).or_insert(Acc {
                first: i,
                wikidata: None,
                country: None,
                uri: None,
            });
            let earlier = |j: usize| l.parties.get(j).map(|q| (self.order(q.article), j));
            if earlier(i) < earlier(a.first) {
                a.first = i;
            }
            a.wikidata = a.wikidata.or(p.wikidata.as_ref());
            a.country = a.country.or(p.country);
            if let Some(u) = p.same_as.iter().min() {
                a.uri = Some(a.uri.map_or(u, |v| v.min(u)));
            }
        }
        acc.into_iter()
            .filter_map(|(r, a)| {
                let first = l.parties.get(a.first)?;
                let key = match (a.wikidata, a.country, a.uri) {
                    (Some(w), _, _) => format!("wikidata:{w}"),
                    (None, Some(c), _) => format!("country:{c}"),
                    (None, None, Some(u)) => u.to_string(),
                    (None, None, None) => {
                        format!("{}#{}", self.article_id(first.article), first.id)
                    }
                };
                Some((
                    r,
                    TrackedParty {
                        key,
                        name: first.name.clone(),
                        wikidata: a.wikidata.map(ToString::to_string),
                        country: a.country.map(|c| c.to_string()),
                    },
                ))
            })
            .collect()
    }

    /// The key of party record `i`, noting the party as named.
    fn party(&mut self, i: usize) -> Option<String> {
        let r = self.parties.root(i);
        let p = self.views.get(&r)?;
        if !self.used.contains_key(&p.key) {
            self.used.insert(p.key.clone(), p.clone());
        }
        Some(p.key.clone())
    }

    fn parties_of(&mut self, indexes: impl Iterator<Item = usize>, out: &mut Vec<String>) {
        for i in indexes {
            if let Some(key) = self.party(i) {
                if !out.contains(&key) {
                    out.push(key);
                }
            }
        }
    }

    /// The published day and id of an article, to sort by: the same
    /// whatever order the articles came in.
    fn order(&self, article: usize) -> (Option<NaiveDate>, &'l str) {
        let a = self.ledger.articles.get(article);
        (a.and_then(|a| a.published), a.map_or("", |a| a.id.as_str()))
    }

    fn groups(joins: &mut Joins, n: usize) -> Vec<(usize, Vec<usize>)> {
        let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
        let mut at: HashMap<usize, usize> = HashMap::new();
        for i in 0..n {
            let r = joins.root(i);
            match at.get(&r) {
                Some(&g) => {
                    if let Some(group) = groups.get_mut(g) {
                        group.1.push(i);
                    }
                }
                None => {
                    at.insert(r, groups.len());
                    groups.push((r, vec![i]));
                }
            }
        }
        groups
    }

    fn step_key(
        &self,
        as_of: Option<PartialDate>,
        article: usize,
    ) -> (Option<NaiveDate>, Option<NaiveDate>, &'l str) {
        let (published, id) = self.order(article);
        (as_of.map(|d| d.first_day()).or(published), published, id)
    }

    fn tracked_commitments(
        &mut self,
        meeting_ids: &HashMap<usize, String>,
    ) -> Vec<TrackedCommitment> {
        let l = self.ledger;
        let mut groups = Self::groups(&mut self.commitments, l.commitments.len());
        let mut extra: HashMap<usize, Vec<&Step<CommitmentStatus>>> = HashMap::new();
        for &(t, step) in &self.commitment_steps {
            let r = self.commitments.root(t);
            extra.entry(r).or_default().push(step);
        }
        let mut out = Vec::with_capacity(groups.len());
        let mut keys = Vec::with_capacity(groups.len());
        for (root, members) in &mut groups {
            members.sort_by_key(|&i| (l.commitments.get(i).map(|c| self.order(c.article)), i));
            let records: Vec<&super::CommitmentRecord> = members
                .iter()
                .filter_map(|&i| l.commitments.get(i))
                .collect();
            let Some(first) = records.first() else {
                continue;
            };
            let mut steps: Vec<&Step<CommitmentStatus>> =
                records.iter().flat_map(|c| c.history.iter()).collect();
            steps.extend(extra.get(root).into_iter().flatten().copied());
            steps.sort_by_key(|s| self.step_key(s.as_of, s.article));
            let history: Vec<CommitmentStep> = steps
                .iter()
                .map(|s| CommitmentStep {
                    status: s.status.to_string(),
                    as_of: s.as_of,
                    article: self.article_id(s.article),
                    path: s.at.to_string(),
                    statement: s.note.as_deref().map(str::to_owned),
                    evidence: s.evidence.clone(),
                })
                .collect();
            let mut bound = Vec::new();
            let mut counter = Vec::new();
            for c in &records {
                self.parties_of(c.bound.iter().copied(), &mut bound);
                self.parties_of(c.counter.iter().copied(), &mut counter);
            }
            let due = records.iter().rev().find_map(|c| c.due.as_ref());
            let due_value = due.and_then(|d| d.value.as_ref());
            let made_day = records.iter().filter_map(|c| c.made).min();
            let concerns = first.concerns.as_ref().and_then(|m| {
                match l.locals.get(&(first.article, m.clone())) {
                    Some(Local::Meeting(i)) => {
                        let r = self.meetings.root(*i);
                        meeting_ids.get(&r).cloned()
                    }
                    _ => None,
                }
            });
            out.push(TrackedCommitment {
                id: format!("{}#{}", self.article_id(first.article), first.id),
                kind: first.kind.to_string(),
                action: first.action.clone(),
                bound_parties: bound,
                counterparties: counter,
                due: due_value
                    .map(ToString::to_string)
                    .or_else(|| due.and_then(|d| d.text.clone())),
                made: made_day.map(|d| d.to_string()),
                concerns,
                status: history.last().map(|s| s.status.clone()),
                history,
                mentions: records
                    .iter()
                    .map(|c| format!("{}#{}", self.article_id(c.article), c.id))
                    .collect(),
                due_end: due_value.and_then(|d| d.last_day()),
                made_day,
                kind_value: Some(first.kind.clone()),
            });
            keys.push((self.order(first.article), members.first().copied()));
        }
        sorted(out, keys)
    }

    fn tracked_meetings(&mut self) -> Vec<(usize, TrackedMeeting)> {
        let l = self.ledger;
        let mut groups = Self::groups(&mut self.meetings, l.meetings.len());
        let mut extra: HashMap<usize, Vec<&Step<MeetingStatus>>> = HashMap::new();
        for &(t, step) in &self.meeting_steps {
            let r = self.meetings.root(t);
            extra.entry(r).or_default().push(step);
        }
        let mut attendance: HashMap<usize, Vec<(usize, Option<String>, usize)>> = HashMap::new();
        for &(t, party, ref a, article) in &self.attendance {
            let r = self.meetings.root(t);
            attendance
                .entry(r)
                .or_default()
                .push((party, a.clone(), article));
        }
        let mut out = Vec::with_capacity(groups.len());
        let mut keys = Vec::with_capacity(groups.len());
        for (root, members) in &mut groups {
            members.sort_by_key(|&i| (l.meetings.get(i).map(|m| self.order(m.article)), i));
            let records: Vec<&super::MeetingRecord> =
                members.iter().filter_map(|&i| l.meetings.get(i)).collect();
            let Some(first) = records.first() else {
                continue;
            };
            let mut steps: Vec<&Step<MeetingStatus>> =
                records.iter().flat_map(|m| m.history.iter()).collect();
            steps.extend(extra.get(root).into_iter().flatten().copied());
            steps.sort_by_key(|s| self.step_key(s.as_of, s.article));
            let history: Vec<MeetingStep> = steps
                .iter()
                .map(|s| MeetingStep {
                    status: s.status.to_string(),
                    as_of: s.as_of,
                    article: self.article_id(s.article),
                    path: s.at.to_string(),
                    reason: s.note.as_deref().map(str::to_owned),
                    evidence: s.evidence.clone(),
                })
                .collect();
            // Who took part: each record's participants, then the updates',
            // the latest report of a party winning.
            // A participant of a record made while the meeting was still
            // planned was expected, not seen, unless the record says more.
            let mut reported: Vec<(usize, Option<String>, usize)> = records
                .iter()
                .flat_map(|m| {
                    let planned = !matches!(
                        m.status,
                        crate::model::meeting::MeetingStatus::Held
                            | crate::model::meeting::MeetingStatus::InProgress
                    );
                    m.participants.iter().map(move |(p, a)| {
                        let a = match a {
                            Some(a) => Some(a.to_string()),
                            None if planned => Some("expected".to_owned()),
                            None => None,
                        };
                        (*p, a, m.article)
                    })
                })
                .collect();
            reported.extend(attendance.remove(root).unwrap_or_default());
            reported.sort_by_key(|(_, _, article)| self.order(*article));
            let mut participants: Vec<TrackedAttendance> = Vec::new();
            for (p, a, article) in reported {
                let Some(party) = self.party(p) else {
                    continue;
                };
                let entry = TrackedAttendance {
                    party,
                    attendance: a,
                    article: self.article_id(article),
                };
                match participants.iter_mut().find(|t| t.party == entry.party) {
                    Some(known) => *known = entry,
                    None => participants.push(entry),
                }
            }
            let latest_date = records.iter().rev().find_map(|m| m.date.as_ref());
            out.push((
                *root,
                TrackedMeeting {
                    id: format!("{}#{}", self.article_id(first.article), first.id),
                    kind: first.kind.to_string(),
                    name: records.iter().rev().find_map(|m| m.name.clone()),
                    first_status: history
                        .first()
                        .map_or_else(|| first.status.to_string(), |s| s.status.clone()),
                    status: history
                        .last()
                        .map_or_else(|| first.status.to_string(), |s| s.status.clone()),
                    date: latest_date.and_then(|d| {
                        d.value
                            .as_ref()
                            .map(ToString::to_string)
                            .or_else(|| d.text.clone())
                    }),
                    place: records.iter().rev().find_map(|m| m.place.clone()),
                    participants,
                    history,
                    mentions: records
                        .iter()
                        .map(|m| format!("{}#{}", self.article_id(m.article), m.id))
                        .collect(),
                },
            ));
            keys.push((self.order(first.article), members.first().copied()));
        }
        sorted(out, keys)
    }

    /// Finds the dates on which two articles report different outcomes
    /// (`outcome` says what a status reports, `None` for no outcome).
    fn conflicts(
        &mut self,
        record: &str,
        steps: &[CommitmentStep],
        outcome: fn(&str) -> Option<&'static str>,
        out: &mut Vec<Conflict>,
    ) {
        let mut by_date: Vec<(PartialDate, Vec<&CommitmentStep>)> = Vec::new();
        for s in steps {
            let (Some(as_of), Some(_)) = (s.as_of, outcome(&s.status)) else {
                continue;
            };
            match by_date.iter_mut().find(|(d, _)| *d == as_of) {
                Some((_, list)) => list.push(s),
                None => by_date.push((as_of, vec![s])),
            }
        }
        for (as_of, list) in by_date {
            let Some(first) = list.first() else {
                continue;
            };
            let differs = list.iter().any(|s| {
                s.article != first.article && outcome(&s.status) != outcome(&first.status)
            });
            if !differs {
                continue;
            }
            if let Some(last) = list.last() {
                let others: Vec<String> = list
                    .iter()
                    .filter(|s| s.article != last.article)
                    .map(|s| format!("{} ({})", s.article, s.status))
                    .collect();
                let line = self
                    .ledger
                    .by_id
                    .get(&last.article)
                    .and_then(|&i| self.ledger.articles.get(i))
                    .and_then(|a| a.line);
                self.problems.push(LedgerProblem::new(
                    Some(last.article.clone()),
                    line,
                    last.path.clone(),
                    ErrorCode::ConflictingReports,
                    ErrorCode::ConflictingReports.default_severity(),
                    format!(
                        "{record} is {} on {as_of} here, and otherwise by {}",
                        last.status,
                        others.join(", ")
                    ),
                ));
            }
            out.push(Conflict {
                record: record.to_owned(),
                as_of,
                reports: list
                    .iter()
                    .map(|s| ConflictReport {
                        article: s.article.clone(),
                        path: s.path.clone(),
                        status: s.status.clone(),
                    })
                    .collect(),
            });
        }
    }
}

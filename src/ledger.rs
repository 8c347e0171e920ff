//! Many articles: the [`Ledger`] keeps the commitments and meetings they
//! report, joins the records of one commitment or meeting across articles,
//! and answers what became of each ([`LedgerReport`]).
//!
//! It keeps records, not bodies: per commitment its kind, action, parties,
//! due date and status history; per meeting its kind, name, date, place,
//! participants and status history; evidence as excerpts of at most
//! [`EXCERPT_CHARS`] characters with their article and position.
//!
//! **What is one commitment or meeting.** Records of different articles
//! are joined only when an article says so:
//! - an [`Update`](crate::Update) names the earlier record
//!   (`target`), and its `same_as` names the article's own record of it;
//! - two records share an identifier: the same Wikidata item, or, when
//!   neither has a Wikidata item or both have the same, a `same_as` URI.
//!
//! **What is one party.** Bound parties, counterparties and participants
//! are joined across articles by, in this order:
//! 1. the Wikidata item (`identifiers.wikidata`);
//! 2. the country code of a country (a place of kind `country`);
//! 3. a `same_as` URI.
//!
//! Records with different Wikidata items are never joined, even when they
//! share a URI; a name alone never joins anything ("the Ministry" of one
//! article is not "the Ministry" of another). A party with no identifier
//! is known only within its article, as `ARTICLE#ID`.

use std::collections::HashMap;
use std::io::BufRead;

use chrono::NaiveDate;

use crate::error::{Error, ErrorCode, Level, Lints, Severity, Validate, ValidationError};
use crate::model::article::Article;
use crate::model::commitment::{Commitment, CommitmentKind, CommitmentStatus, StatusObservation};
use crate::model::entity::{Identifiers, PlaceKind};
use crate::model::evidence::Evidence;
use crate::model::meeting::{Attendance, Meeting, MeetingKind, MeetingStatus, MeetingStatusChange};
use crate::model::update::ExternalRef;
use crate::stream::NdjsonReader;
use crate::value::codes::{CountryCode, Url, WikidataId};
use crate::value::date::{EventDate, PartialDate, When};
use crate::value::id::Id;

mod report;
mod table;

pub use report::{
    CommitmentFilter, CommitmentStep, Conflict, ConflictReport, Excerpt, LedgerProblem,
    LedgerReport, MeetingStep, TrackedAttendance, TrackedCommitment, TrackedMeeting, TrackedParty,
};

/// The longest evidence excerpt a ledger keeps, in characters; a longer
/// quote is cut there and ends with "…".
pub const EXCERPT_CHARS: usize = 160;

/// The commitments and meetings of many articles, joined across them.
///
/// Give it articles one at a time ([`add`](Self::add)) or as NDJSON
/// ([`read_ndjson`](Self::read_ndjson)), in any order, then ask for the
/// [`report`](Self::report).
///
/// ```
/// use structured_news::{Article, Ledger};
///
/// let earlier = Article::from_json_str(r#"{
///   "format_version": "2.0", "id": "a1", "language": "en",
///   "published": "2023-12-04",
///   "body": "Russia will send a delegation to the meeting on 11 December.",
///   "entities": {"places": [{"id": "russia", "name": "Russia", "kind": "country",
///                            "country": "RU"}]},
///   "commitments": [{"id": "attend", "kind": "attend", "action": "send a delegation",
///     "bound_parties": ["russia"], "due": {"value": "2023-12-11"},
///     "status_history": [{"status": "stated", "as_of": "2023-12-04"}]}]
/// }"#)?;
/// let later = Article::from_json_str(r#"{
///   "format_version": "2.0", "id": "a2", "language": "en",
///   "published": "2023-12-12",
///   "body": "A Russian delegation attended the meeting on 11 December.",
///   "updates": [{"target": {"article": "a1", "id": "attend"},
///     "commitment_status": {"status": "fulfilled", "as_of": "2023-12-11",
///       "evidence": [{"quote": {"exact": "A Russian delegation attended"}}]}}]
/// }"#)?;
///
/// let mut ledger = Ledger::new();
/// ledger.add(&later).expect("a valid article");
/// ledger.add(&earlier).expect("a valid article");
/// let report = ledger.report();
/// let attend = &report.commitments[0];
/// assert_eq!(attend.id, "a1#attend");
/// assert_eq!(attend.status.as_deref(), Some("fulfilled"));
/// assert_eq!(attend.history.len(), 2);
/// assert!(report.problems.is_empty());
/// # Ok::<(), structured_news::Error>(())
/// ```
#[derive(Debug, Default)]
pub struct Ledger {
    lints: Lints,
    articles: Vec<ArticleRecord>,
    by_id: HashMap<Id, usize>,
    by_url: HashMap<String, usize>,
    /// Every id of every article, with what it names.
    locals: HashMap<(usize, Id), Local>,
    parties: Vec<PartyRecord>,
    commitments: Vec<CommitmentRecord>,
    meetings: Vec<MeetingRecord>,
    updates: Vec<UpdateRecord>,
    problems: Vec<LedgerProblem>,
    repeats: u64,
}

/// What [`Ledger::read_ndjson`] read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReadSummary {
    /// Documents read (blank lines are not documents).
    pub documents: u64,
    /// Articles taken into the ledger.
    pub taken: u64,
    /// Documents refused: unreadable, invalid, or another article under an
    /// id already held (each is a problem of the report, with its line,
    /// unless its code is allowed).
    pub refused: u64,
    /// Articles given again, byte for byte the same records: taken once.
    pub repeats: u64,
}

#[derive(Debug)]
struct ArticleRecord {
    id: Id,
    published: Option<NaiveDate>,
    line: Option<u64>,
    fingerprint: u64,
}

/// What a local id names, with the index of its record where one is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Local {
    Commitment(usize),
    Meeting(usize),
    Other(&'static str),
}

#[derive(Debug)]
struct PartyRecord {
    article: usize,
    id: Id,
    name: String,
    wikidata: Option<WikidataId>,
    country: Option<CountryCode>,
    same_as: Vec<Url>,
}

/// One step of a history as an article reports it.
#[derive(Debug)]
struct Step<S> {
    status: S,
    as_of: Option<PartialDate>,
    article: usize,
    at: At,
    note: Option<Box<str>>,
    evidence: Vec<Excerpt>,
}

/// Where a step is in its article: a JSON Pointer, kept as numbers and
/// written out for the report.
#[derive(Debug, Clone, Copy)]
enum At {
    CommitmentHistory(usize, usize),
    MeetingHistory(usize, usize),
    MeetingStatus(usize),
    UpdateCommitment(usize),
    UpdateMeeting(usize),
}

impl std::fmt::Display for At {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            At::CommitmentHistory(i, j) => write!(f, "/commitments/{i}/status_history/{j}"),
            At::MeetingHistory(i, j) => write!(f, "/meetings/{i}/status_history/{j}"),
            At::MeetingStatus(i) => write!(f, "/meetings/{i}/status"),
            At::UpdateCommitment(i) => write!(f, "/updates/{i}/commitment_status"),
            At::UpdateMeeting(i) => write!(f, "/updates/{i}/meeting_status"),
        }
    }
}

#[derive(Debug)]
struct CommitmentRecord {
    article: usize,
    id: Id,
    kind: CommitmentKind,
    action: String,
    bound: Vec<usize>,
    counter: Vec<usize>,
    due: Option<When>,
    made: Option<NaiveDate>,
    concerns: Option<Id>,
    identifiers: Option<Identifiers>,
    history: Vec<Step<CommitmentStatus>>,
}

#[derive(Debug)]
struct MeetingRecord {
    article: usize,
    id: Id,
    kind: MeetingKind,
    name: Option<String>,
    status: MeetingStatus,
    date: Option<When>,
    place: Option<String>,
    participants: Vec<(usize, Option<Attendance>)>,
    identifiers: Option<Identifiers>,
    history: Vec<Step<MeetingStatus>>,
}

#[derive(Debug)]
struct UpdateRecord {
    article: usize,
    index: usize,
    target: ExternalRef,
    same_as: Option<Local>,
    commitment: Option<Step<CommitmentStatus>>,
    meeting: Option<Step<MeetingStatus>>,
    participants: Vec<(usize, Option<Attendance>)>,
}

impl Ledger {
    /// An empty ledger, every lint at its default level.
    pub fn new() -> Self {
        Ledger::default()
    }

    /// Sets the levels of the codes, for reading articles and for the
    /// problems across articles (a code set to `Allow` is not reported;
    /// an article is refused only for errors).
    #[must_use]
    pub fn lints(mut self, lints: Lints) -> Self {
        self.lints = lints;
        self
    }

    /// How many articles the ledger holds.
    pub fn len(&self) -> usize {
        self.articles.len()
    }

    /// Whether it holds no article.
    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    /// Validates `article` and takes its records.
    ///
    /// # Errors
    /// The article is not taken when it has errors (each is returned, its
    /// path prefixed by the article's id) or when the ledger holds another
    /// article under its id (`duplicate_article`; an empty list when that
    /// code is allowed). The same article given
    /// again is taken once, without an error. The problems are also in the
    /// [`report`](Self::report).
    pub fn add(&mut self, article: &Article) -> Result<(), Vec<LedgerProblem>> {
        match article.lint(&self.lints) {
            Ok(_) => self.take(article, None),
            Err(errors) => {
                let problems: Vec<LedgerProblem> = errors
                    .into_vec()
                    .into_iter()
                    .filter(ValidationError::is_error)
                    .map(|e| LedgerProblem::of_article(&article.id, &e))
                    .collect();
                self.problems.extend(problems.iter().cloned());
                Err(problems)
            }
        }
    }

    /// Reads NDJSON, one article per line, and takes each valid one. A line
    /// that cannot be read or is invalid is a problem with its line number
    /// (and the article's id when it has one), and reading goes on with the
    /// next line; an I/O error ends the stream and is a problem too.
    pub fn read_ndjson(&mut self, reader: impl BufRead) -> ReadSummary {
        let documents = NdjsonReader::new(reader).lints(self.lints.clone());
        self.add_documents(documents)
    }

    /// Takes each valid article of `documents` (as [`stream`](crate::stream)
    /// reads them: [`NdjsonReader`], [`read_documents`](crate::stream::read_documents)
    /// for a JSON array), and records each refused one as a problem with its
    /// line. Read them at the ledger's levels of lints.
    pub fn add_documents(
        &mut self,
        documents: impl IntoIterator<Item = crate::stream::Document>,
    ) -> ReadSummary {
        let mut summary = ReadSummary::default();
        for document in documents {
            summary.documents += 1;
            match document.result {
                Ok(article) => {
                    let repeats = self.repeats;
                    match self.take(&article, Some(document.line)) {
                        Ok(()) if self.repeats > repeats => summary.repeats += 1,
                        Ok(()) => summary.taken += 1,
                        Err(_) => summary.refused += 1,
                    }
                }
                Err(error) => {
                    summary.refused += 1;
                    match &error {
                        Error::Invalid(errors) => {
                            for e in errors.iter().filter(|e| e.is_error()) {
                                self.problems.push(LedgerProblem::of_line(document.line, e));
                            }
                        }
                        _ => self.problems.push(LedgerProblem::new(
                            None,
                            Some(document.line),
                            error
                                .path()
                                .map_or_else(String::new, |p| p.as_str().to_owned()),
                            error.code(),
                            Severity::Error,
                            error.to_string(),
                        )),
                    }
                }
            }
        }
        summary
    }

    /// Takes the records of a valid `article` read at `line`.
    fn take(&mut self, article: &Article, line: Option<u64>) -> Result<(), Vec<LedgerProblem>> {
        let fingerprint = fingerprint(article);
        if let Some(&held) = self.by_id.get(&article.id) {
            let same = self
                .articles
                .get(held)
                .is_some_and(|a| a.fingerprint == fingerprint);
            if same {
                self.repeats += 1;
                return Ok(());
            }
            let earlier = self.articles.get(held).and_then(|a| a.line);
            let problem = LedgerProblem::new(
                Some(article.id.clone()),
                line,
                "/id".to_owned(),
                ErrorCode::DuplicateArticle,
                Severity::Error,
                match earlier {
                    Some(l) => format!(
                        "another article with the id {:?} is already held (line {l}); this one is not taken",
                        article.id.as_str()
                    ),
                    None => format!(
                        "another article with the id {:?} is already held; this one is not taken",
                        article.id.as_str()
                    ),
                },
            );
            if self.level(ErrorCode::DuplicateArticle) == Level::Allow {
                // Not taken, and not reported.
                return Err(Vec::new());
            }
            self.problems.push(problem.clone());
            return Err(vec![problem]);
        }
        let index = self.articles.len();
        let published = article.published.map(|p| p.last_day());
        self.articles.push(ArticleRecord {
            id: article.id.clone(),
            published,
            line,
            fingerprint,
        });
        self.by_id.insert(article.id.clone(), index);
        if let Some(url) = &article.url {
            self.by_url.entry(url.to_string()).or_insert(index);
        }
        Taker::new(self, article, index, published).take();
        Ok(())
    }

    fn level(&self, code: ErrorCode) -> Level {
        self.lints.level(code)
    }

    /// What the ledger knows: every commitment and meeting with its
    /// history, the conflicts between articles, and every problem.
    pub fn report(&self) -> LedgerReport {
        report::build(self)
    }
}

/// A hash of the whole of `article` (its JSON), to tell the same article
/// given twice from another one under the same id (a corrected extraction
/// of the same text is another article).
fn fingerprint(article: &Article) -> u64 {
    use std::hash::{DefaultHasher, Hasher};

    /// Feeds what serde_json writes to a hasher, without keeping it.
    struct Hashing(DefaultHasher);
    impl std::io::Write for Hashing {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.write(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut h = Hashing(DefaultHasher::new());
    serde_json::to_writer(&mut h, article).expect("an article always serializes");
    h.0.finish()
}

/// Takes one article's records into the ledger.
struct Taker<'l, 'a> {
    ledger: &'l mut Ledger,
    article: &'a Article,
    index: usize,
    published: Option<NaiveDate>,
    /// Local party id → index in `ledger.parties`.
    parties: HashMap<&'a Id, usize>,
    /// Statement id → its index in the article.
    statements: HashMap<&'a Id, usize>,
}

impl<'l, 'a> Taker<'l, 'a> {
    fn new(
        ledger: &'l mut Ledger,
        article: &'a Article,
        index: usize,
        published: Option<NaiveDate>,
    ) -> Self {
        Taker {
            ledger,
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
        }
    }

    fn take(mut self) {
        let a = self.article;
        let e = &a.entities;
        let ids = e
            .people
            .iter()
            .map(|p| (&p.id, "a person"))
            .chain(e.organizations.iter().map(|o| (&o.id, "an organization")))
            .chain(e.places.iter().map(|p| (&p.id, "a place")))
            .chain(e.groups.iter().map(|g| (&g.id, "a group")))
            .chain(a.documents.iter().map(|d| (&d.id, "a document")))
            .chain(a.events.iter().map(|d| (&d.id, "an event")))
            .chain(a.statements.iter().map(|d| (&d.id, "a statement")));
        for (id, what) in ids {
            self.ledger
                .locals
                .insert((self.index, id.clone()), Local::Other(what));
        }
        for (i, m) in a.meetings.iter().enumerate() {
            self.meeting(i, m);
        }
        for (i, c) in a.commitments.iter().enumerate() {
            self.commitment(i, c);
        }
        for (i, u) in a.updates.iter().enumerate() {
            let same_as = u
                .same_as
                .as_ref()
                .and_then(|id| self.ledger.locals.get(&(self.index, id.clone())).copied());
            let commitment = u
                .commitment_status
                .as_ref()
                .map(|o| self.observation(o, At::UpdateCommitment(i)));
            let meeting = u
                .meeting_status
                .as_ref()
                .map(|s| self.status_change(s, At::UpdateMeeting(i)));
            let participants = u
                .participants
                .iter()
                .map(|p| (self.party(&p.entity), p.attendance.clone()))
                .collect();
            self.ledger.updates.push(UpdateRecord {
                article: self.index,
                index: i,
                target: u.target.clone(),
                same_as,
                commitment,
                meeting,
                participants,
            });
        }
    }

    fn meeting(&mut self, i: usize, m: &'a Meeting) {
        let at = self.ledger.meetings.len();
        let mut history: Vec<Step<MeetingStatus>> = m
            .status_history
            .iter()
            .enumerate()
            .map(|(j, s)| self.status_change(s, At::MeetingHistory(i, j)))
            .collect();
        if history.is_empty() {
            // A held meeting was held on its date; a planned one is known
            // to be planned on the day of publication.
            let held_on = matches!(m.status, MeetingStatus::Held)
                .then(|| m.date.as_ref().and_then(|d| d.value.as_ref()))
                .flatten()
                .and_then(|d| match d {
                    EventDate::Date(d) => Some(*d),
                    EventDate::Interval(_) => None,
                });
            history.push(Step {
                status: m.status.clone(),
                as_of: held_on.or_else(|| self.published.and_then(day)),
                article: self.index,
                at: At::MeetingStatus(i),
                note: None,
                evidence: excerpts(&m.evidence),
            });
        }
        let place = m.place.as_ref().and_then(|p| self.place_name(p));
        let participants = m
            .participants
            .iter()
            .map(|p| (self.party(&p.entity), p.attendance.clone()))
            .collect();
        self.ledger.meetings.push(MeetingRecord {
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
        self.ledger
            .locals
            .insert((self.index, m.id.clone()), Local::Meeting(at));
    }

    fn commitment(&mut self, i: usize, c: &'a Commitment) {
        let at = self.ledger.commitments.len();
        let history = c
            .status_history
            .iter()
            .enumerate()
            .map(|(j, o)| self.observation(o, At::CommitmentHistory(i, j)))
            .collect();
        let bound = c.bound_parties.iter().map(|p| self.party(p)).collect();
        let counter = c.counterparties.iter().map(|p| self.party(p)).collect();
        let made = self.made(c);
        self.ledger.commitments.push(CommitmentRecord {
            article: self.index,
            id: c.id.clone(),
            kind: c.kind.clone(),
            action: c.action.clone(),
            bound,
            counter,
            due: c.due.clone(),
            made,
            concerns: c.concerns.clone(),
            identifiers: c.identifiers.clone(),
            history,
        });
        self.ledger
            .locals
            .insert((self.index, c.id.clone()), Local::Commitment(at));
    }

    /// When `c` was made: its earliest statement's date, the date of the
    /// meeting it was made at, its first observation, or the publication.
    fn made(&self, c: &Commitment) -> Option<NaiveDate> {
        let a = self.article;
        let statements = c.statements.iter().filter_map(|id| {
            self.statements
                .get(id)
                .and_then(|&i| a.statements.get(i))
                .and_then(|s| first_day(s.date.as_ref()))
        });
        let meeting = c.made_at.as_ref().and_then(|id| {
            a.meetings
                .iter()
                .find(|m| &m.id == id)
                .and_then(|m| first_day(m.date.as_ref()))
        });
        let observed = c
            .status_history
            .iter()
            .filter_map(|o| o.as_of.map(|d| d.first_day()));
        statements
            .chain(meeting)
            .chain(observed)
            .min()
            .or(self.published)
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
            as_of: o.as_of.or_else(|| self.published.and_then(day)),
            article: self.index,
            at,
            note,
            evidence: excerpts(&o.evidence),
        }
    }

    fn status_change(&self, s: &MeetingStatusChange, at: At) -> Step<MeetingStatus> {
        Step {
            status: s.status.clone(),
            as_of: s.as_of.or_else(|| self.published.and_then(day)),
            article: self.index,
            at,
            note: s.reason.as_deref().map(Box::from),
            evidence: excerpts(&s.evidence),
        }
    }

    fn place_name(&self, id: &Id) -> Option<String> {
        self.article
            .entities
            .places
            .iter()
            .find(|p| &p.id == id)
            .map(|p| p.name.clone())
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
            (Some(p.name.clone()), p.identifiers.as_ref(), country)
        } else if let Some(g) = e.groups.iter().find(|g| &g.id == id) {
            (
                g.name.clone().or_else(|| g.description.clone()),
                g.identifiers.as_ref(),
                None,
            )
        } else {
            (None, None, None)
        };
        let at = self.ledger.parties.len();
        self.ledger.parties.push(PartyRecord {
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

fn first_day(when: Option<&When>) -> Option<NaiveDate> {
    when.and_then(|w| w.value.as_ref())
        .and_then(EventDate::first_day)
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

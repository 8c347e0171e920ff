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

use std::io::BufRead;

use crate::error::{
    Error, ErrorCode, JsonPointer, Level, Lints, Severity, Validate, ValidationError,
};
use crate::model::article::Article;
use crate::stream::NdjsonReader;

mod conflicts;
mod history;
mod join;
mod json;
mod parties;
mod records;
mod report;
mod resolve;
mod table;
mod walk;

use records::Records;
use walk::Walk;

pub use json::ReportJson;
pub use records::EXCERPT_CHARS;
pub use report::{
    CommitmentFilter, CommitmentStep, Conflict, ConflictReport, DateMove, Excerpt, LedgerProblem,
    LedgerReport, MeetingDate, MeetingStep, OverdueList, OverdueReading, StatementRole, StepReason,
    Timeliness, TrackedAmount, TrackedAttendance, TrackedCommitment, TrackedMeeting, TrackedParty,
    TrackedStatement, TrackedStatus,
};

/// The commitments and meetings of many articles, joined across them.
///
/// Give it articles one at a time ([`add`](Self::add)) or as NDJSON
/// ([`read_ndjson`](Self::read_ndjson)), in any order, then ask for the
/// [`report`](Self::report).
///
/// ```
/// use structured_news::{Article, CommitmentStatus, Ledger};
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
/// assert_eq!(attend.status, Some(CommitmentStatus::Fulfilled));
/// assert!(attend.is_settled());
/// assert_eq!(attend.history.len(), 2);
/// assert!(report.problems.is_empty());
/// # Ok::<(), structured_news::Error>(())
/// ```
#[derive(Debug, Default)]
pub struct Ledger {
    lints: Lints,
    records: Records,
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
        self.records.articles.len()
    }

    /// Whether it holds no article.
    pub fn is_empty(&self) -> bool {
        self.records.articles.is_empty()
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
        documents: impl IntoIterator<Item = crate::stream::Entry>,
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
                            error.path().cloned().unwrap_or_default(),
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
        let fingerprint = article.fingerprint();
        if let Some(&held) = self.records.by_id.get(&article.id) {
            let same = self
                .records
                .articles
                .get(held)
                .is_some_and(|a| a.fingerprint == fingerprint);
            if same {
                self.repeats += 1;
                return Ok(());
            }
            let earlier = self.records.line(held);
            let problem = LedgerProblem::new(
                Some(article.id.clone()),
                line,
                JsonPointer::root().key("id"),
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
        self.records.take(article, line, fingerprint);
        Ok(())
    }

    fn level(&self, code: ErrorCode) -> Level {
        self.lints.level(code)
    }

    /// What the ledger knows: every commitment and meeting with its
    /// history, the conflicts between articles, and every problem.
    ///
    /// The report is a copy of what it says, in memory beside the ledger;
    /// to write its JSON without holding it, use
    /// [`report_json`](Self::report_json).
    pub fn report(&self) -> LedgerReport {
        let mut walk = Walk::new(&self.records, self.problems.clone());
        walk.name_parties();
        let parties = walk.parties();
        let commitments = (0..walk.commitment_count())
            .filter_map(|i| walk.commitment(i))
            .collect();
        let meetings = (0..walk.meeting_count())
            .filter_map(|i| walk.meeting(i))
            .collect();
        let (conflicts, problems) = walk.finish(&self.lints);
        LedgerReport {
            articles: self.records.articles.len(),
            parties,
            commitments,
            meetings,
            conflicts,
            problems,
            overdue: None,
        }
    }

    /// The report as JSON written while it is made: each commitment and
    /// meeting is made, written and dropped in turn, so the report is
    /// never held whole (the memory it takes beyond the ledger's is that
    /// of the joins, the conflicts and the problems). Serialized, it is
    /// byte for byte the JSON of [`report`](Self::report) (with
    /// [`ReportJson::with_overdue`], that of
    /// [`LedgerReport::with_overdue`]).
    ///
    /// ```
    /// use structured_news::Ledger;
    ///
    /// let ledger = Ledger::new();
    /// let streamed = serde_json::to_string(&ledger.report_json())?;
    /// assert_eq!(streamed, serde_json::to_string(&ledger.report())?);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn report_json(&self) -> ReportJson<'_> {
        ReportJson::new(&self.records, &self.problems, &self.lints)
    }
}

//! What a [`Ledger`](crate::Ledger) answers: the report and its parts,
//! with the queries over them. How it is made from the records is in the
//! other files of `ledger/`.

use std::collections::HashMap;
use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Serialize, Serializer};
use serde_json::Number;

use crate::error::{ErrorCode, JsonPointer, Severity, ValidationError};
use crate::model::commitment::{CommitmentKind, CommitmentStatus, Modality};
use crate::model::meeting::{Attendance, MeetingKind, MeetingRole, MeetingStatus};
use crate::value::codes::{CountryCode, CurrencyCode, WikidataId};
use crate::value::date::{PartialDate, When};
use crate::value::id::Id;

/// What a [`Ledger`](crate::Ledger) knows, as JSON-ready data: every commitment and
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
    /// The commitments overdue on a day, when asked for
    /// ([`with_overdue`](Self::with_overdue)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overdue: Option<OverdueList>,
}

/// Which reading of "overdue on a day" a list uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum OverdueReading {
    /// As known on that day: due before it, and no outcome reported by an
    /// article published by then ([`LedgerReport::overdue`]).
    AsKnown,
    /// In hindsight: due before it, and no outcome that had happened by
    /// then, whenever it was reported
    /// ([`LedgerReport::overdue_in_hindsight`]).
    InHindsight,
}

/// The commitments overdue on a day, in one reading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct OverdueList {
    /// The day asked about, `YYYY-MM-DD`.
    #[serde(serialize_with = "day")]
    #[schemars(with = "String")]
    pub on: NaiveDate,
    /// The reading.
    pub reading: OverdueReading,
    /// The ids of the commitments overdue, in the report's order.
    pub commitments: Vec<String>,
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
    #[schemars(with = "Option<String>")]
    pub wikidata: Option<WikidataId>,
    /// Its country code, for a country.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub country: Option<CountryCode>,
}

impl TrackedParty {
    /// Whether `query` names this party: its key, its Wikidata item or its
    /// country code.
    pub fn is(&self, query: &str) -> bool {
        self.key == query
            || self.wikidata.is_some_and(|w| w.to_string() == query)
            || self.country.is_some_and(|c| c.as_str() == query)
    }
}

/// Words of an article's body kept as evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct Excerpt {
    /// The quoted words, cut to
    /// [`EXCERPT_CHARS`](crate::ledger::EXCERPT_CHARS) characters.
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
    #[schemars(with = "String")]
    pub status: CommitmentStatus,
    /// The date it happened or held on, at the precision the article gives
    /// it; absent for an undated step, whose place in the history is its
    /// place in its article's history (an update's step without a date is
    /// reported on the article's day, not known to have happened on it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<PartialDate>,
    /// When the article that reports it was published (a timestamp as its
    /// day): the step had happened by then.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reported_on: Option<PartialDate>,
    /// The article that reports it.
    pub article: Id,
    /// Where in that article (a JSON Pointer).
    #[schemars(with = "String")]
    pub path: JsonPointer,
    /// The words of the statement it comes from, cut like an excerpt.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement: Option<String>,
    /// The words that report it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Excerpt>,
}

/// A commitment across the articles that report it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct TrackedCommitment {
    /// `ARTICLE#ID` of the first record of it.
    pub id: String,
    /// Its kind (a `commitment_kind` value).
    #[schemars(with = "String")]
    pub kind: CommitmentKind,
    /// What is promised, in the first record's words.
    pub action: String,
    /// How firmly it is made (a `modality` value: pledge, intention,
    /// aspiration, offer, conditional), from the latest record that says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub modality: Option<Modality>,
    /// The condition it holds on ("once the situation permits"), from the
    /// latest record that gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    /// Who is bound, over every record: keys of `parties`.
    pub bound_parties: Vec<String>,
    /// Toward whom, over every record: keys of `parties`; for a promise
    /// the bound parties made to each other (`mutual`), the bound parties
    /// too.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub counterparties: Vec<String>,
    /// When it falls due, from the latest record that says: written as
    /// its date (EDTF), or as the article's words when it has no date.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "date_or_words"
    )]
    #[schemars(with = "Option<String>")]
    pub due: Option<When>,
    /// When it was first made, at the precision the article gives (its
    /// earliest statement, meeting or observation; else the publication):
    /// "in March 2021" is `2021-03`, never a day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub made: Option<PartialDate>,
    /// The meeting it concerns (`ARTICLE#ID` of that meeting's first
    /// record).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub concerns: Option<String>,
    /// Where it stands now: the status of the latest step.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub status: Option<CommitmentStatus>,
    /// Whether it was kept by when it fell due; absent when it has no due
    /// date with a value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeliness: Option<Timeliness>,
    /// For a commitment kept late, how many days after its due date's
    /// last day it was kept (at least: counted from the first day of the
    /// date it was kept on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub late_by_days: Option<u64>,
    /// The money pledged and reported delivered, one entry a currency:
    /// the pledge's currencies first, then any other a report gives
    /// (never added across currencies).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub amounts: Vec<TrackedAmount>,
    /// The statements of its records, in the order of their articles:
    /// those that make or repeat it (a bound party's, or its spokesman's,
    /// word) and those that report it (a third party's word of the plan).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<TrackedStatement>,
    /// Every step, oldest first.
    pub history: Vec<CommitmentStep>,
    /// `ARTICLE#ID` of every record of it.
    pub mentions: Vec<String>,
}

/// Money pledged and reported delivered in one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct TrackedAmount {
    /// The currency (ISO 4217).
    #[schemars(with = "String")]
    pub currency: CurrencyCode,
    /// The amount pledged in it: the first in that currency of the latest
    /// record that pledges money; absent when the pledge does not name it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<f64>")]
    pub pledged: Option<Number>,
    /// The amount reported delivered, disbursed or spent so far, by the
    /// latest step that gives one in it (each report is read as the total
    /// so far: reports are not added up).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<f64>")]
    pub delivered: Option<Number>,
    /// The article of that step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_by: Option<Id>,
    /// `delivered` as a percentage of `pledged`, rounded down.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent_kept: Option<u64>,
    /// When the pledge gives this currency only as the equivalent of an
    /// amount in another ("50 million euros (USD 54 million)"): that other
    /// currency. The same money, never a second pledge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub equivalent_of: Option<CurrencyCode>,
    /// Whether the amount pledged is implied rather than stated.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub inferred: bool,
    /// Whether the amount delivered is implied rather than stated (the
    /// report's quantity is marked `inferred`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub delivered_inferred: bool,
}

/// Whether a statement of a commitment makes it or reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum StatementRole {
    /// It makes or repeats the commitment: every statement that does not
    /// report it (its speaker is, or speaks for, a bound party; or it is
    /// not about the commitment or a bound party; or its act binds the
    /// speaker).
    Makes,
    /// It reports the commitment: a third party's word of a bound party's
    /// plan ("diplomats said the Secretary will visit"), which binds no
    /// one. It is about the commitment or a bound party, none of its
    /// makers is or speaks for a bound party, and its act is not one that
    /// binds the speaker (promised, vowed, agreed, offered).
    Reports,
}

impl StatementRole {
    /// `makes` or `reports`.
    pub fn as_str(self) -> &'static str {
        match self {
            StatementRole::Makes => "makes",
            StatementRole::Reports => "reports",
        }
    }
}

impl fmt::Display for StatementRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A statement of a commitment, with whether it makes or reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct TrackedStatement {
    /// `ARTICLE#ID` of the statement.
    pub id: String,
    /// Who said it, by the name the article gives.
    pub speaker: String,
    /// Whether it makes (or repeats) the commitment or reports it.
    pub role: StatementRole,
    /// When it was said, at the precision the article gives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
}

impl TrackedCommitment {
    /// Whether its current status is an outcome (see
    /// [`CommitmentStatus::is_outcome`]): fulfilled, partially fulfilled,
    /// broken or withdrawn.
    pub fn is_settled(&self) -> bool {
        self.status
            .as_ref()
            .is_some_and(CommitmentStatus::is_outcome)
    }

    /// The last day it falls due on, when its due date has a value.
    pub fn due_by(&self) -> Option<NaiveDate> {
        self.due
            .as_ref()
            .and_then(|d| d.value.as_ref())
            .and_then(|d| d.last_day())
    }

    /// Whether it was overdue on `day` **as known on that day**: it fell
    /// due before `day`, and no article published on or before `day`
    /// reports an outcome (a promise reported kept in June was overdue on
    /// 1 March). A step whose article has no publication date counts as
    /// known. The due date is the latest record's.
    pub fn is_overdue(&self, day: NaiveDate) -> bool {
        let known = |s: &CommitmentStep| s.reported_on.is_none_or(|r| r.last_day() <= day);
        self.due_by().is_some_and(|end| end < day)
            && !self
                .history
                .iter()
                .any(|s| s.status.is_outcome() && known(s))
    }

    /// Whether it was overdue on `day` **in hindsight**: it fell due
    /// before `day`, and no outcome reported by any article had happened
    /// by `day` (on the last day of its `as_of`, or for an undated step,
    /// by its article's publication).
    pub fn is_overdue_in_hindsight(&self, day: NaiveDate) -> bool {
        let happened = |s: &CommitmentStep| {
            s.as_of
                .or(s.reported_on)
                .is_none_or(|d| d.last_day() <= day)
        };
        self.due_by().is_some_and(|end| end < day)
            && !self
                .history
                .iter()
                .any(|s| s.status.is_outcome() && happened(s))
    }

    /// When it falls due as the report writes it: its date (EDTF), or
    /// the article's words when it has no date.
    pub fn due_text(&self) -> Option<String> {
        self.due.as_ref().and_then(written)
    }
}

/// Whether a commitment was kept by when it fell due (its due date's
/// last day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Timeliness {
    /// Kept (fulfilled, or partially) on or before its due date.
    OnTime,
    /// Kept after its due date (by `late_by_days`).
    Late,
    /// Kept, but the dates do not say whether before its due date or
    /// after (a date that spans it, or an undated report published after
    /// it).
    KeptUndetermined,
    /// Broken or withdrawn.
    NotKept,
    /// Not kept by its due date: no outcome reported, and a report of it
    /// published after that date.
    NotKeptByDue,
    /// No outcome reported, and no report of it published after its due
    /// date.
    Pending,
}

impl Timeliness {
    /// Its `snake_case` text.
    pub fn as_str(self) -> &'static str {
        match self {
            Timeliness::OnTime => "on_time",
            Timeliness::Late => "late",
            Timeliness::KeptUndetermined => "kept_undetermined",
            Timeliness::NotKept => "not_kept",
            Timeliness::NotKeptByDue => "not_kept_by_due",
            Timeliness::Pending => "pending",
        }
    }
}

impl fmt::Display for Timeliness {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a commitment's `history` stands against its due date `due_by`,
/// with how many days late it was kept.
pub(super) fn timeliness(
    due_by: NaiveDate,
    status: Option<&CommitmentStatus>,
    history: &[CommitmentStep],
) -> (Timeliness, Option<u64>) {
    let kept = |s: &CommitmentStatus| {
        matches!(
            s,
            CommitmentStatus::Fulfilled | CommitmentStatus::PartiallyFulfilled
        )
    };
    if status.is_some_and(kept) {
        // When it was first reported kept.
        let Some(step) = history.iter().find(|s| kept(&s.status)) else {
            return (Timeliness::KeptUndetermined, None);
        };
        return match (step.as_of, step.reported_on) {
            (Some(d), _) if d.last_day() <= due_by => (Timeliness::OnTime, None),
            (Some(d), _) if d.first_day() > due_by => {
                let days = (d.first_day() - due_by).num_days();
                (Timeliness::Late, u64::try_from(days).ok())
            }
            (None, Some(r)) if r.last_day() <= due_by => (Timeliness::OnTime, None),
            _ => (Timeliness::KeptUndetermined, None),
        };
    }
    if status.is_some_and(CommitmentStatus::is_outcome) {
        return (Timeliness::NotKept, None);
    }
    let reported_after = history
        .iter()
        .filter_map(|s| s.reported_on)
        .any(|r| r.first_day() > due_by);
    if reported_after {
        (Timeliness::NotKeptByDue, None)
    } else {
        (Timeliness::Pending, None)
    }
}

/// One step of a meeting's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct MeetingStep {
    /// The status (a `meeting_status` value: scheduled, held, ...).
    #[schemars(with = "String")]
    pub status: MeetingStatus,
    /// The date it happened or held on, at the precision the article gives
    /// it; absent for an undated step, whose place in the history is its
    /// place in its article's history (an update's step without a date is
    /// reported on the article's day, not known to have happened on it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<PartialDate>,
    /// When the article that reports it was published (a timestamp as its
    /// day): the step had happened by then.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reported_on: Option<PartialDate>,
    /// The article that reports it.
    pub article: Id,
    /// Where in that article.
    #[schemars(with = "String")]
    pub path: JsonPointer,
    /// The reason given, by no source the article names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The reasons given by the sources the article names, each with its
    /// source.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<StepReason>,
    /// How it came about, in the article's words ("abruptly").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manner: Option<String>,
    /// The words that report it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Excerpt>,
}

/// A reason for a meeting's step as one source gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct StepReason {
    /// The reason, as the article gives it.
    pub reason: String,
    /// Who gives it, as the article names them: the party that gives it,
    /// else the speaker of the statement that voices it; absent when the
    /// reason names neither.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub given_by: Option<String>,
    /// The words that report it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Excerpt>,
}

/// Who took part in a meeting, by the latest report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct TrackedAttendance {
    /// The party: a key of `parties`.
    pub party: String,
    /// Whether they take or took part (an `attendance` value). Absent when
    /// the article does not say otherwise than that they do; a participant
    /// a record names while the meeting was planned is `expected`, unless
    /// the meeting now stands cancelled or postponed: then the record's
    /// word alone is kept (absent when it gave none), as they are no longer
    /// expected at a meeting that does not stand.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub attendance: Option<Attendance>,
    /// The part they play toward the meeting (a `role` value: host, guest,
    /// chair, requester...), by the latest report that gives one; absent
    /// when none does.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub role: Option<MeetingRole>,
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
    #[schemars(with = "String")]
    pub kind: MeetingKind,
    /// Its name, from the latest record that gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Its status in the first report (scheduled, announced, held, ...).
    #[schemars(with = "String")]
    pub first_status: MeetingStatus,
    /// Where it stands now: the status of the latest step.
    #[schemars(with = "String")]
    pub status: MeetingStatus,
    /// When it takes or took place, from the latest record that says:
    /// written as its date (EDTF), or as the article's words when it has
    /// no date.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "date_or_words"
    )]
    #[schemars(with = "Option<String>")]
    pub date: Option<When>,
    /// Every date it was planned for, as the records made while it was
    /// planned give them (each at its precision, a repeat left out), in
    /// the order of their articles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub planned_dates: Vec<MeetingDate>,
    /// Each time a later record puts it on days none of which the date
    /// before it covered: from, to, and the article that says.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub moves: Vec<DateMove>,
    /// When it took place: the date of the latest record that has it
    /// taken place, else the date of the latest step that does.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "date_or_words"
    )]
    #[schemars(with = "Option<String>")]
    pub held_on: Option<When>,
    /// Where, from the latest record that says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Who takes or took part, over every record and update.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<TrackedAttendance>,
    /// Every step, oldest first.
    pub history: Vec<MeetingStep>,
    /// `ARTICLE#ID` of every record of it.
    pub mentions: Vec<String>,
}

impl TrackedMeeting {
    /// Whether it was first reported as planned (scheduled, announced,
    /// proposed, rescheduled or postponed) rather than as having taken
    /// place (see [`MeetingStatus::took_place`]).
    pub fn was_planned(&self) -> bool {
        !self.first_status.took_place()
    }

    /// When it takes or took place as the report writes it: its date
    /// (EDTF), or the article's words when it has no date.
    pub fn date_text(&self) -> Option<String> {
        self.date.as_ref().and_then(written)
    }
}

/// A date a record gives a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct MeetingDate {
    /// The date (EDTF), or the article's words when it has no date.
    #[serde(serialize_with = "when_or_words")]
    #[schemars(with = "String")]
    pub date: When,
    /// The article that gives it.
    pub article: Id,
}

/// A meeting put on other days by a later report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct DateMove {
    /// The date before (EDTF).
    #[serde(serialize_with = "when_or_words")]
    #[schemars(with = "String")]
    pub from: When,
    /// The date after.
    #[serde(serialize_with = "when_or_words")]
    #[schemars(with = "String")]
    pub to: When,
    /// The article that gives the date after.
    pub article: Id,
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
    #[schemars(with = "String")]
    pub path: JsonPointer,
    /// The status it reports.
    #[schemars(with = "String")]
    pub status: TrackedStatus,
}

/// The status one side of a [`Conflict`] reports: a commitment's or a
/// meeting's. It is written as the status alone.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum TrackedStatus {
    /// A commitment's status.
    Commitment(CommitmentStatus),
    /// A meeting's status.
    Meeting(MeetingStatus),
}

impl TrackedStatus {
    /// The status's `snake_case` text.
    pub fn as_str(&self) -> &str {
        match self {
            TrackedStatus::Commitment(s) => s.as_str(),
            TrackedStatus::Meeting(s) => s.as_str(),
        }
    }
}

impl fmt::Display for TrackedStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for TrackedStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// A problem the ledger found: an article it refused, or an update that
/// does not fit what it updates. It prints as
/// `ARTICLE#PATH: CODE: [warning: ]MESSAGE`, with `line N:` before it
/// when the article came from a stream (`FILE:N:` when its `file` is
/// named), e.g.
/// `nca-2023-12-12#/updates/0/target/id: unknown_target: ...`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct LedgerProblem {
    /// The article's id, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<Id>,
    /// The file the article was read from, when the reader names it (the
    /// command does; `line` is then that file's own line).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The line of the stream the article was read from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// The JSON Pointer of the problem in that article.
    #[schemars(with = "String")]
    pub path: JsonPointer,
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
        path: JsonPointer,
        code: ErrorCode,
        severity: Severity,
        message: String,
    ) -> Self {
        LedgerProblem {
            article,
            file: None,
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
            e.path().clone(),
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
            e.path().clone(),
            e.code(),
            e.severity(),
            e.message().to_owned(),
        )
    }

    /// `ARTICLE#PATH`, or the path alone when the article is not known.
    pub fn location(&self) -> String {
        match &self.article {
            Some(a) => format!("{a}#{}", self.path),
            None => self.path.as_str().to_owned(),
        }
    }
}

impl fmt::Display for LedgerProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.file, self.line) {
            (Some(file), Some(line)) => write!(f, "{file}:{line}: ")?,
            (Some(file), None) => write!(f, "{file}: ")?,
            (None, Some(line)) => write!(f, "line {line}: ")?,
            (None, None) => {}
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

    /// Made within `period` ("2023", "2023-12"): a commitment made "in
    /// 2023" is not known to be made within "2023-12".
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
            && self.kind.as_ref().is_none_or(|k| c.kind == *k)
            && self.within.is_none_or(|period| {
                c.made.is_some_and(|d| {
                    period.first_day() <= d.first_day() && d.last_day() <= period.last_day()
                })
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

    /// The commitments overdue on `day` as known on that day: due before
    /// it, and no outcome (fulfilled, partially fulfilled, broken,
    /// withdrawn) reported by an article published on or before it (see
    /// [`TrackedCommitment::is_overdue`]).
    pub fn overdue(&self, day: NaiveDate) -> impl Iterator<Item = &TrackedCommitment> + '_ {
        self.commitments.iter().filter(move |c| c.is_overdue(day))
    }

    /// The commitments overdue on `day` in hindsight: due before it, and
    /// no outcome, by any report, that had happened by it (see
    /// [`TrackedCommitment::is_overdue_in_hindsight`]).
    pub fn overdue_in_hindsight(
        &self,
        day: NaiveDate,
    ) -> impl Iterator<Item = &TrackedCommitment> + '_ {
        self.commitments
            .iter()
            .filter(move |c| c.is_overdue_in_hindsight(day))
    }

    /// The report with the list of the commitments overdue on `day` in
    /// `reading`, which its JSON carries as `overdue`.
    #[must_use]
    pub fn with_overdue(mut self, day: NaiveDate, reading: OverdueReading) -> Self {
        let ids = |c: &TrackedCommitment| c.id.clone();
        let commitments = match reading {
            OverdueReading::AsKnown => self.overdue(day).map(ids).collect(),
            OverdueReading::InHindsight => self.overdue_in_hindsight(day).map(ids).collect(),
        };
        self.overdue = Some(OverdueList {
            on: day,
            reading,
            commitments,
        });
        self
    }

    /// The commitment with `id`.
    pub fn commitment(&self, id: &str) -> Option<&TrackedCommitment> {
        self.commitments.iter().find(|c| c.id == id)
    }

    /// The meetings first reported as planned, and what became of each.
    pub fn planned_meetings(&self) -> impl Iterator<Item = &TrackedMeeting> + '_ {
        self.meetings.iter().filter(|m| m.was_planned())
    }
}

/// `when` as the report writes it: its date (EDTF), else its words.
pub(super) fn written(when: &When) -> Option<String> {
    when.value
        .as_ref()
        .map(ToString::to_string)
        .or_else(|| when.text.clone())
}

/// Writes a date as [`written`] does (the field is skipped when absent).
fn date_or_words<S: Serializer>(when: &Option<When>, serializer: S) -> Result<S::Ok, S::Error> {
    match when.as_ref().and_then(written) {
        Some(text) => serializer.serialize_str(&text),
        None => serializer.serialize_none(),
    }
}

/// Writes a date as [`written`] does, an empty string when it has neither
/// a value nor words (a record never keeps such a date).
fn when_or_words<S: Serializer>(when: &When, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&written(when).unwrap_or_default())
}

/// Writes a day as `YYYY-MM-DD`.
fn day<S: Serializer>(day: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(day)
}

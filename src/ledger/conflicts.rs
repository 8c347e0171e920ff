//! Conflicts: dates on which two articles report different outcomes for
//! one commitment or meeting. The finder reads either history through
//! [`Reported`], borrowing its steps.

use super::records::Records;
use super::report::{
    CommitmentStep, Conflict, ConflictReport, LedgerProblem, MeetingStep, TrackedStatus,
};
use crate::error::{ErrorCode, JsonPointer};
use crate::value::date::PartialDate;
use crate::value::id::Id;

/// A step of a history as the conflict finder reads it.
pub(super) trait Reported {
    /// Whether the step reports an outcome.
    fn is_outcome(&self) -> bool;
    /// Whether two outcomes say the same happened.
    fn same_outcome(&self, other: &Self) -> bool;
    fn as_of(&self) -> Option<PartialDate>;
    fn article(&self) -> &Id;
    fn path(&self) -> &JsonPointer;
    fn status(&self) -> TrackedStatus;
    fn status_text(&self) -> &str;
}

impl Reported for CommitmentStep {
    fn is_outcome(&self) -> bool {
        self.status.is_outcome()
    }
    /// Each outcome of a commitment is its own.
    fn same_outcome(&self, other: &Self) -> bool {
        self.status == other.status
    }
    fn as_of(&self) -> Option<PartialDate> {
        self.as_of
    }
    fn article(&self) -> &Id {
        &self.article
    }
    fn path(&self) -> &JsonPointer {
        &self.path
    }
    fn status(&self) -> TrackedStatus {
        TrackedStatus::Commitment(self.status.clone())
    }
    fn status_text(&self) -> &str {
        self.status.as_str()
    }
}

impl Reported for MeetingStep {
    fn is_outcome(&self) -> bool {
        self.status.is_outcome()
    }
    /// Held and in progress both say the meeting took place.
    fn same_outcome(&self, other: &Self) -> bool {
        self.status == other.status || (self.status.took_place() && other.status.took_place())
    }
    fn as_of(&self) -> Option<PartialDate> {
        self.as_of
    }
    fn article(&self) -> &Id {
        &self.article
    }
    fn path(&self) -> &JsonPointer {
        &self.path
    }
    fn status(&self) -> TrackedStatus {
        TrackedStatus::Meeting(self.status.clone())
    }
    fn status_text(&self) -> &str {
        self.status.as_str()
    }
}

/// Finds the dates on which two articles report different outcomes for
/// `record`, whose history is `steps`; each is a conflict, and a problem
/// at the step of the latest report.
pub(super) fn find<S: Reported>(
    records: &Records,
    record: &str,
    steps: &[S],
    conflicts: &mut Vec<Conflict>,
    problems: &mut Vec<LedgerProblem>,
) {
    let mut by_date: Vec<(PartialDate, Vec<&S>)> = Vec::new();
    for s in steps {
        let Some(as_of) = s.as_of().filter(|_| s.is_outcome()) else {
            continue;
        };
        match by_date.iter_mut().find(|(d, _)| *d == as_of) {
            Some((_, list)) => list.push(s),
            None => by_date.push((as_of, vec![s])),
        }
    }
    for (as_of, list) in by_date {
        let (Some(first), Some(last)) = (list.first(), list.last()) else {
            continue;
        };
        let differs = list
            .iter()
            .any(|s| s.article() != first.article() && !s.same_outcome(first));
        if !differs {
            continue;
        }
        problems.push(problem(records, record, as_of, &list, last));
        conflicts.push(Conflict {
            record: record.to_owned(),
            as_of,
            reports: list
                .iter()
                .map(|s| ConflictReport {
                    article: s.article().clone(),
                    path: s.path().clone(),
                    status: s.status(),
                })
                .collect(),
        });
    }
}

/// The problem of a conflict, at the `last` report of it.
fn problem<S: Reported>(
    records: &Records,
    record: &str,
    as_of: PartialDate,
    list: &[&S],
    last: &S,
) -> LedgerProblem {
    let others: Vec<String> = list
        .iter()
        .filter(|s| s.article() != last.article())
        .map(|s| format!("{} ({})", s.article(), s.status_text()))
        .collect();
    LedgerProblem::new(
        Some(last.article().clone()),
        records.line_of(last.article()),
        last.path().clone(),
        ErrorCode::ConflictingReports,
        ErrorCode::ConflictingReports.default_severity(),
        format!(
            "{record} is {} on {as_of} here, and otherwise by {}",
            last.status_text(),
            others.join(", ")
        ),
    )
}

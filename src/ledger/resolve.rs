//! Each update against what it updates: the article and record it names,
//! the kind of part it may update, and what it adds to that record's
//! history (a step, participants), or why it cannot.

use super::join::Joined;
use super::records::{update, Attendee, Local, Records, Step, UpdateRecord};
use super::report::LedgerProblem;
use crate::error::{ErrorCode, JsonPointer};
use crate::model::commitment::CommitmentStatus;
use crate::model::graph::PartKind;
use crate::model::meeting::{Attendance, MeetingRole, MeetingStatus};

/// What the updates add to the records they update, and the problems of
/// those that do not fit.
pub(super) struct Resolved<'l> {
    pub(super) commitment_steps: Vec<Added<'l, CommitmentStatus>>,
    pub(super) meeting_steps: Vec<Added<'l, MeetingStatus>>,
    pub(super) attendance: Vec<AddedAttendance<'l>>,
    pub(super) problems: Vec<LedgerProblem>,
}

/// A step an update adds to the history of a record.
pub(super) struct Added<'l, S> {
    /// The record updated (the index of one record of it).
    pub(super) record: usize,
    pub(super) step: &'l Step<S>,
}

/// A participant an update reports at a meeting.
pub(super) struct AddedAttendance<'l> {
    /// The meeting updated (the index of one record of it).
    pub(super) meeting: usize,
    pub(super) party: usize,
    pub(super) attendance: Option<&'l Attendance>,
    pub(super) role: Option<&'l MeetingRole>,
    /// The article of the update.
    pub(super) article: usize,
}

/// The kind of part a local id names, if one an update may update (a
/// commitment or a meeting).
fn updatable(local: Local) -> Option<PartKind> {
    match local {
        Local::Commitment(_) => Some(PartKind::Commitment),
        Local::Meeting(_) => Some(PartKind::Meeting),
        Local::Other(_) => None,
    }
}

/// What a local id names, in words ("a commitment", "a statement").
fn noun(local: Local) -> &'static str {
    match local {
        Local::Commitment(_) => PartKind::Commitment.noun(),
        Local::Meeting(_) => PartKind::Meeting.noun(),
        Local::Other(kind) => kind.noun(),
    }
}

/// Resolves every update of `records`, joining each record an update's
/// `same_as` names to the record it updates.
pub(super) fn resolve<'l>(records: &'l Records, joined: &mut Joined) -> Resolved<'l> {
    let mut resolved = Resolved {
        commitment_steps: Vec::new(),
        meeting_steps: Vec::new(),
        attendance: Vec::new(),
        problems: Vec::new(),
    };
    for u in &records.updates {
        let mut update = Resolving {
            records,
            u,
            resolved: &mut resolved,
        };
        if let Some(target) = update.target() {
            if update.fits(target) && update.join(target, joined) {
                update.add(target);
            }
        }
    }
    resolved
}

/// One update being resolved.
struct Resolving<'l, 'r> {
    records: &'l Records,
    u: &'l UpdateRecord,
    resolved: &'r mut Resolved<'l>,
}

impl<'l> Resolving<'l, '_> {
    fn problem(&mut self, path: JsonPointer, code: ErrorCode, message: String) {
        let article = self.u.article;
        self.resolved.problems.push(LedgerProblem::new(
            Some(self.records.article_id(article)),
            self.records.line(article),
            path,
            code,
            code.default_severity(),
            message,
        ));
    }

    /// What the update's target names, or `None` (a problem) when the
    /// ledger does not hold it.
    fn target(&mut self) -> Option<Local> {
        let (l, u) = (self.records, self.u);
        let by_url = || {
            u.target
                .url
                .as_ref()
                .and_then(|url| l.by_url.get(&url.to_string()))
        };
        let target = update(u.index).key("target");
        let Some(&article) = l.by_id.get(&u.target.article).or_else(by_url) else {
            self.problem(
                target.key("article"),
                ErrorCode::UnknownArticle,
                format!(
                    "the ledger holds no article {:?}; the update waits for it",
                    u.target.article.as_str()
                ),
            );
            return None;
        };
        let found = l.locals.get(&(article, u.target.id.clone())).copied();
        if found.is_none() {
            self.problem(
                target.key("id"),
                ErrorCode::UnknownTarget,
                format!(
                    "the article {:?} has no {:?}",
                    u.target.article.as_str(),
                    u.target.id.as_str()
                ),
            );
        }
        found
    }

    /// Whether the update says what may be said of `target`: a status or
    /// participants of its kind; else a problem.
    fn fits(&mut self, target: Local) -> bool {
        let u = self.u;
        let said = if u.commitment.is_some() {
            Some(PartKind::Commitment)
        } else if u.meeting.is_some() || !u.participants.is_empty() {
            Some(PartKind::Meeting)
        } else {
            u.same_as.and_then(updatable)
        };
        let is = updatable(target);
        if is.is_some() && (said.is_none() || said == is) {
            return true;
        }
        let about = said.map_or("a commitment or a meeting", PartKind::noun);
        let what = noun(target);
        self.problem(
            update(u.index).key("target").key("id"),
            ErrorCode::WrongTargetKind,
            format!("the update is about {about}, and {} is {what}", u.target),
        );
        false
    }

    /// Joins the record the update's `same_as` names to `target`; `false`
    /// (a problem) when it names another kind of part.
    fn join(&mut self, target: Local, joined: &mut Joined) -> bool {
        match (target, self.u.same_as) {
            (Local::Commitment(t), Some(Local::Commitment(s))) => joined.commitments.join(t, s),
            (Local::Meeting(t), Some(Local::Meeting(s))) => joined.meetings.join(t, s),
            (_, None) => {}
            (_, Some(_)) => {
                let what = noun(target);
                self.problem(
                    update(self.u.index).key("same_as"),
                    ErrorCode::WrongTargetKind,
                    format!(
                        "same_as names another kind of part than {what} {}",
                        self.u.target
                    ),
                );
                return false;
            }
        }
        true
    }

    /// Adds the update's step and participants to `target`.
    fn add(&mut self, target: Local) {
        let u = self.u;
        match target {
            Local::Commitment(t) => {
                if let Some(step) = &u.commitment {
                    self.check_made(t, step);
                    self.check_currencies(t, step);
                    let added = Added { record: t, step };
                    self.resolved.commitment_steps.push(added);
                }
            }
            Local::Meeting(t) => {
                if let Some(step) = &u.meeting {
                    let added = Added { record: t, step };
                    self.resolved.meeting_steps.push(added);
                }
                let reported = u
                    .participants
                    .iter()
                    .map(|p: &'l Attendee| AddedAttendance {
                        meeting: t,
                        party: p.party,
                        attendance: p.attendance.as_ref(),
                        role: p.role.as_ref(),
                        article: u.article,
                    });
                self.resolved.attendance.extend(reported);
            }
            Local::Other(_) => {}
        }
    }

    /// A problem for each amount `step` reports in a currency that the
    /// money commitment `t` pledges does not name.
    fn check_currencies(&mut self, t: usize, step: &Step<CommitmentStatus>) {
        let Some(pledged) = self.records.commitments.get(t).map(|c| &c.pledged) else {
            return;
        };
        if pledged.is_empty() {
            return;
        }
        let named: Vec<String> = pledged.iter().map(|m| m.currency.to_string()).collect();
        for m in &step.money {
            if pledged.iter().any(|p| p.names(m.currency)) {
                continue;
            }
            self.problem(
                update(self.u.index)
                    .key("commitment_status")
                    .key("quantities")
                    .index(m.index)
                    .key("currency"),
                ErrorCode::UnpledgedCurrency,
                format!(
                    "{} is reported delivered in {}, and the pledge names {}",
                    self.u.target,
                    m.currency,
                    named.join(", ")
                ),
            );
        }
    }

    /// A problem when `step` is observed before commitment `t` was made:
    /// its date ends before that, or, undated, its article was published
    /// before that.
    fn check_made(&mut self, t: usize, step: &Step<CommitmentStatus>) {
        let Some(made) = self.records.commitments.get(t).and_then(|c| c.made) else {
            return;
        };
        let at = update(self.u.index).key("commitment_status");
        let (path, when) = match step.as_of {
            Some(as_of) => (at.key("as_of"), format!("observed on {as_of}")),
            None => match self.records.reported(step.article) {
                Some(reported) => (at, format!("reported on {reported}")),
                None => return,
            },
        };
        let ends = step
            .as_of
            .or_else(|| self.records.reported(step.article))
            .map(|d| d.last_day());
        if ends.is_some_and(|end| end < made.first_day()) {
            self.problem(
                path,
                ErrorCode::UpdateBeforeMade,
                format!(
                    "the status is {when}, before {} was made ({made})",
                    self.u.target
                ),
            );
        }
    }
}

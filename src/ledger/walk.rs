//! One pass over the joined records, one commitment or meeting at a time:
//! what the report is made of, whether it is kept whole
//! ([`Ledger::report`](crate::Ledger::report)) or written out as it is
//! made ([`Ledger::report_json`](crate::Ledger::report_json)).

use std::collections::HashMap;

use chrono::NaiveDate;

use super::conflicts;
use super::history::{extra_steps, AttendanceReport, Histories};
use super::join::{Joined, UnionFind};
use super::parties::Parties;
use super::records::{CommitmentRecord, MeetingRecord, Records, Step};
use super::report::{Conflict, LedgerProblem, TrackedCommitment, TrackedMeeting, TrackedParty};
use super::resolve;
use crate::error::{Level, Lints, Severity};
use crate::model::commitment::CommitmentStatus;
use crate::model::meeting::MeetingStatus;

/// The groups of records in the report's order, and what the updates add
/// to each; the conflicts and problems found so far.
pub(super) struct Walk<'l> {
    histories: Histories<'l>,
    /// Each commitment's root and records (taken when it is made).
    commitments: Vec<(usize, Vec<usize>)>,
    meetings: Vec<(usize, Vec<usize>)>,
    commitment_steps: HashMap<usize, Vec<&'l Step<CommitmentStatus>>>,
    meeting_steps: HashMap<usize, Vec<&'l Step<MeetingStatus>>>,
    attendance: HashMap<usize, Vec<AttendanceReport<'l>>>,
    /// The first record of each meeting, by its root.
    meeting_ids: HashMap<usize, usize>,
    conflicts: Vec<Conflict>,
    problems: Vec<LedgerProblem>,
}

impl<'l> Walk<'l> {
    /// The walk over `records`, after the ledger's own `problems`.
    pub(super) fn new(records: &'l Records, problems: Vec<LedgerProblem>) -> Self {
        let mut joined = Joined::by_identifiers(records);
        let parties = Parties::new(records, &mut joined.parties);
        let resolved = resolve::resolve(records, &mut joined);
        let meetings = ordered(&mut joined.meetings, |i| {
            records.meetings.get(i).map(|m| records.order(m.article))
        });
        let commitments = ordered(&mut joined.commitments, |i| {
            records.commitments.get(i).map(|c| records.order(c.article))
        });
        let meeting_steps = extra_steps(&mut joined.meetings, &resolved.meeting_steps);
        let commitment_steps = extra_steps(&mut joined.commitments, &resolved.commitment_steps);
        let mut attendance: HashMap<usize, Vec<AttendanceReport<'l>>> = HashMap::new();
        for a in &resolved.attendance {
            let r = joined.meetings.root(a.meeting);
            attendance
                .entry(r)
                .or_default()
                .push(AttendanceReport::from(a));
        }
        let meeting_ids = meetings
            .iter()
            .filter_map(|(root, members)| Some((*root, *members.first()?)))
            .collect();
        let mut problems = problems;
        problems.extend(resolved.problems);
        Walk {
            histories: Histories {
                records,
                joined,
                parties,
            },
            commitments,
            meetings,
            commitment_steps,
            meeting_steps,
            attendance,
            meeting_ids,
            conflicts: Vec::new(),
            problems,
        }
    }

    /// Notes every party a commitment or meeting names: those of every
    /// record's bound parties, counterparties and participants, and of
    /// every participant an update reports (as making each would).
    pub(super) fn name_parties(&mut self) {
        let records = self.histories.records;
        let parties = &mut self.histories.parties;
        for c in &records.commitments {
            for &i in c.bound.iter().chain(&c.counter) {
                parties.key(i);
            }
        }
        for m in &records.meetings {
            for p in &m.participants {
                parties.key(p.party);
            }
        }
        for reports in self.attendance.values() {
            for a in reports {
                parties.key(a.party);
            }
        }
    }

    /// The parties named, in the order of their keys.
    pub(super) fn parties(&self) -> Vec<TrackedParty> {
        self.histories.parties.used()
    }

    /// The roots of the parties named, with their keys, in their order.
    pub(super) fn party_keys(&self) -> Vec<(String, usize)> {
        self.histories.parties.used_keys()
    }

    /// The party of the group `root`.
    pub(super) fn party(&self, root: usize) -> Option<TrackedParty> {
        self.histories.parties.party(root)
    }

    /// How many commitments there are.
    pub(super) fn commitment_count(&self) -> usize {
        self.commitments.len()
    }

    /// How many meetings there are.
    pub(super) fn meeting_count(&self) -> usize {
        self.meetings.len()
    }

    /// The commitment at `at` in the report's order, its conflicts noted.
    pub(super) fn commitment(&mut self, at: usize) -> Option<TrackedCommitment> {
        let (root, members) = self.commitments.get_mut(at)?;
        let members = std::mem::take(members);
        let extra = self.commitment_steps.remove(root).unwrap_or_default();
        let l = self.histories.records;
        let records: Vec<&CommitmentRecord> = members
            .iter()
            .filter_map(|&i| l.commitments.get(i))
            .collect();
        let c = self
            .histories
            .commitment(&records, extra, &self.meeting_ids)?;
        conflicts::find(
            l,
            &c.id,
            &c.history,
            &mut self.conflicts,
            &mut self.problems,
        );
        Some(c)
    }

    /// The meeting at `at` in the report's order, its conflicts noted.
    pub(super) fn meeting(&mut self, at: usize) -> Option<TrackedMeeting> {
        let (root, members) = self.meetings.get_mut(at)?;
        let members = std::mem::take(members);
        let extra = self.meeting_steps.remove(root).unwrap_or_default();
        let reported = self.attendance.remove(root).unwrap_or_default();
        let l = self.histories.records;
        let records: Vec<&MeetingRecord> =
            members.iter().filter_map(|&i| l.meetings.get(i)).collect();
        let m = self.histories.meeting(&records, extra, reported)?;
        conflicts::find(
            l,
            &m.id,
            &m.history,
            &mut self.conflicts,
            &mut self.problems,
        );
        Some(m)
    }

    /// The conflicts and every problem at its level of `lints` (the
    /// allowed ones left out), once the commitments and meetings are made.
    pub(super) fn finish(self, lints: &Lints) -> (Vec<Conflict>, Vec<LedgerProblem>) {
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
        (self.conflicts, problems)
    }
}

/// The groups of `joins` in the report's order: each group's records in
/// the order of their articles (`order`, then the index), the groups in
/// the order of their first record.
fn ordered<'r>(
    joins: &mut UnionFind,
    order: impl Fn(usize) -> Option<(Option<NaiveDate>, &'r str)>,
) -> Vec<(usize, Vec<usize>)> {
    let mut groups = joins.groups();
    for (_, members) in &mut groups {
        members.sort_by_key(|&i| (order(i), i));
    }
    // A stable sort: groups whose first records sort alike keep their order.
    groups.sort_by_key(|(_, members)| {
        let first = members.first().copied();
        (first.and_then(&order), first)
    });
    groups
}

//! Each commitment's and meeting's history over all its records and the
//! updates of it: the steps sorted by date, where it stands now, and what
//! its latest records say (due date, place, participants).

use std::collections::HashMap;

use chrono::NaiveDate;
use serde_json::Number;

use super::join::{Joined, UnionFind};
use super::parties::Parties;
use super::records::{CommitmentRecord, Local, MeetingRecord, Records, Step};
use super::report::{
    self, CommitmentStep, DateMove, MeetingDate, MeetingStep, TrackedAmount, TrackedAttendance,
    TrackedCommitment, TrackedMeeting, TrackedStatement,
};
use super::resolve::{Added, AddedAttendance};
use crate::model::commitment::CommitmentStatus;
use crate::model::meeting::{Attendance, MeetingRole, MeetingStatus};
use crate::value::codes::CurrencyCode;
use crate::value::date::{EventDate, PartialDate, When};

/// Makes the histories of the joined records.
pub(super) struct Histories<'l> {
    pub(super) records: &'l Records,
    pub(super) joined: Joined,
    pub(super) parties: Parties<'l>,
}

/// A participant as some article reports it.
pub(super) struct AttendanceReport<'l> {
    pub(super) party: usize,
    attendance: Option<&'l Attendance>,
    role: Option<&'l MeetingRole>,
    article: usize,
}

impl<'l> Histories<'l> {
    /// The meeting of `records` (its group, sorted), with the steps
    /// and participants updates add.
    pub(super) fn meeting(
        &mut self,
        records: &[&'l MeetingRecord],
        extra: Vec<&Step<MeetingStatus>>,
        reported: Vec<AttendanceReport<'l>>,
    ) -> Option<TrackedMeeting> {
        let first = records.first()?;
        let steps = self.sorted_steps(records.iter().map(|m| &m.history), extra);
        let history: Vec<MeetingStep> = steps
            .iter()
            .map(|s| MeetingStep {
                status: s.status.clone(),
                as_of: s.as_of,
                reported_on: self.records.reported(s.article),
                article: self.records.article_id(s.article),
                path: s.at.pointer(),
                reason: s.note.as_deref().map(str::to_owned),
                reasons: s.reasons.clone(),
                manner: s.manner.as_deref().map(str::to_owned),
                evidence: s.evidence.clone(),
            })
            .collect();
        let status_or_first =
            |s: Option<&MeetingStep>| s.map_or_else(|| first.status.clone(), |s| s.status.clone());
        let status = status_or_first(history.last());
        // Cancelled or postponed, no one is expected at it any more.
        let stands = !matches!(status, MeetingStatus::Cancelled | MeetingStatus::Postponed);
        Some(TrackedMeeting {
            id: self.records.key(first.article, &first.id),
            kind: first.kind.clone(),
            name: records.iter().rev().find_map(|m| m.name.clone()),
            first_status: status_or_first(history.first()),
            status,
            date: latest_date(records.iter().rev().find_map(|m| m.date.as_ref())),
            planned_dates: self.planned_dates(records),
            moves: self.moves(records),
            held_on: held_on(records, &history),
            place: records.iter().rev().find_map(|m| m.place.clone()),
            participants: self.participants(records, reported, stands),
            history,
            mentions: records
                .iter()
                .map(|m| self.records.key(m.article, &m.id))
                .collect(),
        })
    }

    /// The dates the records made while the meeting was planned give it,
    /// a repeat of the one before left out.
    fn planned_dates(&self, records: &[&'l MeetingRecord]) -> Vec<MeetingDate> {
        let mut dates: Vec<MeetingDate> = Vec::new();
        let planned = records.iter().filter(|m| !m.status.took_place());
        for m in planned {
            let Some(date) = latest_date(m.date.as_ref()) else {
                continue;
            };
            if dates.last().is_some_and(|d| d.date == date) {
                continue;
            }
            dates.push(MeetingDate {
                date,
                article: self.records.article_id(m.article),
            });
        }
        dates
    }

    /// Each date of a record whose days the date before it does not
    /// cover (a refinement, "January 2024" after "2024", is no move).
    fn moves(&self, records: &[&'l MeetingRecord]) -> Vec<DateMove> {
        let mut moves = Vec::new();
        let mut before: Option<&When> = None;
        for m in records {
            let Some(date) = m.date.as_ref().filter(|d| d.value.is_some()) else {
                continue;
            };
            if let Some(from) = before {
                if !overlap(from, date) {
                    moves.push(DateMove {
                        from: from.clone(),
                        to: date.clone(),
                        article: self.records.article_id(m.article),
                    });
                }
            }
            before = Some(date);
        }
        moves
    }

    /// Who took part: each record's participants, then the updates', the
    /// latest report of a party winning (its role: the latest report that
    /// gives one). A participant of a record made
    /// while the meeting was still planned was expected, not seen, unless
    /// the record says more, and only while the meeting `stands` (is not
    /// now cancelled or postponed).
    fn participants(
        &mut self,
        records: &[&'l MeetingRecord],
        updates: Vec<AttendanceReport<'l>>,
        stands: bool,
    ) -> Vec<TrackedAttendance> {
        const EXPECTED: &Attendance = &Attendance::Expected;
        let mut reported: Vec<AttendanceReport<'l>> = records
            .iter()
            .flat_map(|m| {
                let planned = stands && !m.status.took_place();
                m.participants.iter().map(move |p| AttendanceReport {
                    party: p.party,
                    attendance: p.attendance.as_ref().or(planned.then_some(EXPECTED)),
                    role: p.role.as_ref(),
                    article: m.article,
                })
            })
            .collect();
        reported.extend(updates);
        reported.sort_by_key(|r| self.records.order(r.article));
        let mut participants: Vec<TrackedAttendance> = Vec::new();
        for r in reported {
            let Some(party) = self.parties.key(r.party) else {
                continue;
            };
            let entry = TrackedAttendance {
                party,
                attendance: r.attendance.cloned(),
                role: r.role.cloned(),
                article: self.records.article_id(r.article),
            };
            match participants.iter_mut().find(|t| t.party == entry.party) {
                Some(known) => {
                    let role = entry.role.clone().or_else(|| known.role.take());
                    *known = TrackedAttendance { role, ..entry };
                }
                None => participants.push(entry),
            }
        }
        participants
    }

    /// The commitment of `records` (its group, sorted), with the steps
    /// updates add; `meeting_ids` gives the first record of each meeting
    /// by its root.
    pub(super) fn commitment(
        &mut self,
        records: &[&CommitmentRecord],
        extra: Vec<&Step<CommitmentStatus>>,
        meeting_ids: &HashMap<usize, usize>,
    ) -> Option<TrackedCommitment> {
        let first = records.first()?;
        let steps = self.sorted_steps(records.iter().map(|c| &c.history), extra);
        let history: Vec<CommitmentStep> = steps
            .iter()
            .map(|s| CommitmentStep {
                status: s.status.clone(),
                as_of: s.as_of,
                reported_on: self.records.reported(s.article),
                article: self.records.article_id(s.article),
                path: s.at.pointer(),
                statement: s.note.as_deref().map(str::to_owned),
                evidence: s.evidence.clone(),
            })
            .collect();
        let status = history.last().map(|s| s.status.clone());
        let due = latest_date(records.iter().rev().find_map(|c| c.due.as_ref()));
        let timeliness = due
            .as_ref()
            .and_then(|d| d.value.as_ref())
            .and_then(|d| d.last_day())
            .map(|by| report::timeliness(by, status.as_ref(), &history));
        let mut bound = Vec::new();
        let mut counter = Vec::new();
        for c in records {
            self.parties.keys_of(&c.bound, &mut bound);
            self.parties.keys_of(&c.counter, &mut counter);
        }
        Some(TrackedCommitment {
            id: self.records.key(first.article, &first.id),
            kind: first.kind.clone(),
            action: first.action.clone(),
            modality: records.iter().rev().find_map(|c| c.modality.clone()),
            condition: records.iter().rev().find_map(|c| c.condition.clone()),
            bound_parties: bound,
            counterparties: counter,
            due,
            made: records
                .iter()
                .filter_map(|c| c.made)
                .min_by_key(PartialDate::first_day),
            concerns: self.concerns(first, meeting_ids),
            status,
            timeliness: timeliness.map(|(t, _)| t),
            late_by_days: timeliness.and_then(|(_, days)| days),
            amounts: self.amounts(records, &steps),
            statements: records
                .iter()
                .flat_map(|c| {
                    c.statements.iter().map(|s| TrackedStatement {
                        id: self.records.key(c.article, &s.id),
                        speaker: s.speaker.clone(),
                        role: s.role,
                        date: s.date,
                    })
                })
                .collect(),
            history,
            mentions: records
                .iter()
                .map(|c| self.records.key(c.article, &c.id))
                .collect(),
        })
    }

    /// The money pledged (by the latest record that pledges any) and
    /// reported delivered (by the latest step that gives an amount in a
    /// currency), one entry a currency.
    fn amounts(
        &self,
        records: &[&CommitmentRecord],
        steps: &[&Step<CommitmentStatus>],
    ) -> Vec<TrackedAmount> {
        let mut amounts: Vec<TrackedAmount> = Vec::new();
        let pledge = records.iter().rev().find(|c| !c.pledged.is_empty());
        let pledge = pledge.map_or(&[][..], |c| c.pledged.as_slice());
        for m in pledge {
            if !amounts.iter().any(|a| a.currency == m.currency) {
                amounts.push(amount(m.currency, Some(m.amount.clone()), None, m.inferred));
            }
        }
        for step in steps {
            let mut seen: Vec<CurrencyCode> = Vec::new();
            for m in &step.money {
                if seen.contains(&m.currency) {
                    continue;
                }
                seen.push(m.currency);
                let at = match amounts.iter().position(|a| a.currency == m.currency) {
                    Some(at) => at,
                    None => {
                        // Pledged only as an equivalent, or not at all.
                        let of = pledge.iter().find_map(|p| {
                            p.equivalent
                                .as_ref()
                                .filter(|e| e.0 == m.currency)
                                .map(|e| (p, e.1.clone()))
                        });
                        amounts.push(match of {
                            Some((p, equivalent)) => {
                                amount(m.currency, Some(equivalent), Some(p.currency), p.inferred)
                            }
                            None => amount(m.currency, None, None, false),
                        });
                        amounts.len() - 1
                    }
                };
                if let Some(a) = amounts.get_mut(at) {
                    a.delivered = Some(m.amount.clone());
                    a.delivered_inferred = m.inferred;
                    a.reported_by = Some(self.records.article_id(step.article));
                }
            }
        }
        for a in &mut amounts {
            a.percent_kept = percent(a.pledged.as_ref(), a.delivered.as_ref());
        }
        amounts
    }

    /// The id of the meeting commitment `c` concerns.
    fn concerns(
        &mut self,
        c: &CommitmentRecord,
        meeting_ids: &HashMap<usize, usize>,
    ) -> Option<String> {
        let m = c.concerns.as_ref()?;
        match self.records.locals.get(&(c.article, m.clone())) {
            Some(&Local::Meeting(i)) => {
                let first = meeting_ids.get(&self.joined.meetings.root(i))?;
                let first = self.records.meetings.get(*first)?;
                Some(self.records.key(first.article, &first.id))
            }
            _ => None,
        }
    }

    /// The steps of `histories` and `extra`, oldest first: by date (the
    /// publication when a step has none), then the article's publication
    /// and id, each article's steps in their order.
    fn sorted_steps<'s, S: 's>(
        &self,
        histories: impl Iterator<Item = &'s Vec<Step<S>>>,
        extra: Vec<&'s Step<S>>,
    ) -> Vec<&'s Step<S>> {
        let mut steps: Vec<&Step<S>> = histories.flatten().collect();
        steps.extend(extra);
        // A stable sort: the steps of one article keep their order.
        steps.sort_by_key(|s| self.step_key(s.sorts_on, s.article));
        steps
    }

    fn step_key(
        &self,
        sorts_on: Option<NaiveDate>,
        article: usize,
    ) -> (Option<NaiveDate>, Option<NaiveDate>, &'l str) {
        let (published, id) = self.records.order(article);
        (sorts_on, published, id)
    }
}

impl<'l> From<&AddedAttendance<'l>> for AttendanceReport<'l> {
    fn from(r: &AddedAttendance<'l>) -> Self {
        AttendanceReport {
            party: r.party,
            attendance: r.attendance,
            role: r.role,
            article: r.article,
        }
    }
}

/// The steps updates add, by the root of the record they update, in the
/// order of the updates.
pub(super) fn extra_steps<'l, S>(
    joins: &mut UnionFind,
    added: &[Added<'l, S>],
) -> HashMap<usize, Vec<&'l Step<S>>> {
    let mut extra: HashMap<usize, Vec<&'l Step<S>>> = HashMap::new();
    for a in added {
        extra.entry(joins.root(a.record)).or_default().push(a.step);
    }
    extra
}

/// When the meeting took place: the date of the latest record that has it
/// taken place, else the date of the latest step that says it did.
fn held_on(records: &[&MeetingRecord], history: &[MeetingStep]) -> Option<When> {
    let recorded = records
        .iter()
        .rev()
        .filter(|m| m.status.took_place())
        .find_map(|m| latest_date(m.date.as_ref()));
    recorded.or_else(|| {
        history
            .iter()
            .rev()
            .filter(|s| s.status.took_place())
            .find_map(|s| s.as_of)
            .map(|d| When::stated(EventDate::Date(d)))
    })
}

/// Whether two dates share a day (a date without a value shares none).
fn overlap(a: &When, b: &When) -> bool {
    let days = |w: &When| {
        let v = w.value.as_ref()?;
        Some((v.first_day(), v.last_day()))
    };
    match (days(a), days(b)) {
        (Some((a1, a2)), Some((b1, b2))) => {
            let starts_before_b_ends = match (a1, b2) {
                (Some(x), Some(y)) => x <= y,
                _ => true,
            };
            let b_starts_before_a_ends = match (b1, a2) {
                (Some(x), Some(y)) => x <= y,
                _ => true,
            };
            starts_before_b_ends && b_starts_before_a_ends
        }
        _ => true,
    }
}

/// An entry of `amounts` with nothing delivered yet.
fn amount(
    currency: CurrencyCode,
    pledged: Option<Number>,
    equivalent_of: Option<CurrencyCode>,
    inferred: bool,
) -> TrackedAmount {
    TrackedAmount {
        currency,
        pledged,
        delivered: None,
        reported_by: None,
        percent_kept: None,
        equivalent_of,
        inferred,
        delivered_inferred: false,
    }
}

/// `delivered` as a whole percentage of `pledged`, rounded down, when
/// both are known and the pledge is more than nothing.
fn percent(pledged: Option<&Number>, delivered: Option<&Number>) -> Option<u64> {
    let pledged = pledged.and_then(Number::as_f64).filter(|p| *p > 0.0)?;
    let delivered = delivered.and_then(Number::as_f64).filter(|d| *d >= 0.0)?;
    let share = (delivered / pledged * 100.0).floor();
    // A finite, non-negative share; `as` saturates at the bounds.
    share.is_finite().then_some(share as u64)
}

/// The latest record's date, when it gives a value or words.
fn latest_date(when: Option<&When>) -> Option<When> {
    when.filter(|w| w.value.is_some() || w.text.is_some())
        .cloned()
}

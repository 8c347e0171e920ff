//! The report as text: one table of commitments, one of meetings, then
//! the conflicts and problems, in columns a terminal shows.

use std::fmt::Write;

use super::report::{written, LedgerReport, StatementRole, Timeliness, TrackedCommitment};
use crate::model::meeting::MeetingStatus;
use crate::value::date::PartialDate;

/// The widest a column gets before its text is cut with "…".
const WIDEST: usize = 40;

impl LedgerReport {
    /// The report as a table a person reads (see the crate's README).
    pub fn to_table(&self) -> String {
        render(self)
    }
}

/// Renders `report`.
fn render(report: &LedgerReport) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Commitments ({})", report.commitments.len());
    table(
        &mut out,
        &[
            "action",
            "bound",
            "due",
            "status",
            "kept",
            "delivered",
            "statements",
            "as of",
            "latest report",
        ],
        &commitment_rows(report),
    );
    let _ = writeln!(out, "\nMeetings ({})", report.meetings.len());
    table(
        &mut out,
        &[
            "meeting",
            "first",
            "now",
            "date",
            "place",
            "participants",
            "latest report",
        ],
        &meeting_rows(report),
    );
    conflicts_and_problems(&mut out, report);
    out
}

/// A row of each commitment.
fn commitment_rows(report: &LedgerReport) -> Vec<Vec<String>> {
    report
        .commitments
        .iter()
        .map(|c| {
            let last = c.history.last();
            vec![
                c.action.clone(),
                names(report, &c.bound_parties),
                c.due_text().unwrap_or_else(|| "-".to_owned()),
                c.status
                    .as_ref()
                    .map_or_else(|| "-".to_owned(), ToString::to_string),
                kept(c),
                delivered(c),
                statements(c),
                last.map_or_else(|| "-".to_owned(), |s| as_of(s.as_of, s.reported_on)),
                last.map_or_else(|| "-".to_owned(), |s| s.article.to_string()),
            ]
        })
        .collect()
}

/// How many of its statements make or repeat the commitment and how many
/// report it: `made 1, reported 2`.
fn statements(c: &TrackedCommitment) -> String {
    let count = |role| c.statements.iter().filter(|s| s.role == role).count();
    let (made, reported) = (count(StatementRole::Makes), count(StatementRole::Reports));
    match (made, reported) {
        (0, 0) => "-".to_owned(),
        (m, 0) => format!("made {m}"),
        (0, r) => format!("reported {r}"),
        (m, r) => format!("made {m}, reported {r}"),
    }
}

/// A row of each meeting.
fn meeting_rows(report: &LedgerReport) -> Vec<Vec<String>> {
    report
        .meetings
        .iter()
        .map(|m| {
            let stands = !matches!(
                m.status,
                MeetingStatus::Cancelled | MeetingStatus::Postponed
            );
            let attended: Vec<String> = m
                .participants
                .iter()
                .map(|p| {
                    let name = report
                        .party(&p.party)
                        .map_or(p.party.as_str(), |t| t.name.as_str());
                    let name = match &p.role {
                        Some(role) => format!("{name}, {role}"),
                        None => name.to_owned(),
                    };
                    match &p.attendance {
                        Some(a) => format!("{name} ({a})"),
                        None if !stands => format!("{name} (planned)"),
                        None => name,
                    }
                })
                .collect();
            vec![
                m.name.clone().unwrap_or_else(|| m.kind.to_string()),
                m.first_status.to_string(),
                m.status.to_string(),
                match (m.date_text(), m.moves.last()) {
                    (Some(d), Some(moved)) => match written(&moved.from) {
                        Some(from) => format!("{d} (moved from {from})"),
                        None => d,
                    },
                    (Some(d), None) => d,
                    (None, _) => "-".to_owned(),
                },
                m.place.clone().unwrap_or_else(|| "-".to_owned()),
                if attended.is_empty() {
                    "-".to_owned()
                } else {
                    attended.join(", ")
                },
                m.history
                    .last()
                    .map_or_else(|| "-".to_owned(), |s| s.article.to_string()),
            ]
        })
        .collect()
}

/// The conflicts and the problems, when there are any.
fn conflicts_and_problems(out: &mut String, report: &LedgerReport) {
    if !report.conflicts.is_empty() {
        let _ = writeln!(out, "\nConflicts ({})", report.conflicts.len());
        for c in &report.conflicts {
            let sides: Vec<String> = c
                .reports
                .iter()
                .map(|r| format!("{} by {}", r.status, r.article))
                .collect();
            let _ = writeln!(out, "  {} on {}: {}", c.record, c.as_of, sides.join("; "));
        }
    }
    if !report.problems.is_empty() {
        let _ = writeln!(out, "\nProblems ({})", report.problems.len());
        for p in &report.problems {
            let _ = writeln!(out, "  {p}");
        }
    }
}

/// Whether a commitment was kept by its due date, in words.
fn kept(c: &TrackedCommitment) -> String {
    match (c.timeliness, c.late_by_days) {
        (Some(Timeliness::Late), Some(days)) => format!("late by {days} days"),
        (Some(t), _) => t.as_str().replace('_', " "),
        (None, _) => "-".to_owned(),
    }
}

/// The money reported delivered of each currency, with the pledge.
fn delivered(c: &TrackedCommitment) -> String {
    let amounts: Vec<String> = c
        .amounts
        .iter()
        .filter_map(|a| {
            let of = a.pledged.as_ref().map(|p| format!(" of {p}"));
            let share = a.percent_kept.map(|p| format!(" ({p}%)"));
            match &a.delivered {
                Some(d) => Some(format!(
                    "{} {d}{}{}",
                    a.currency,
                    of.unwrap_or_default(),
                    share.unwrap_or_default()
                )),
                None => a
                    .pledged
                    .as_ref()
                    .map(|p| format!("{} {p} pledged", a.currency)),
            }
        })
        .collect();
    if amounts.is_empty() {
        "-".to_owned()
    } else {
        amounts.join("; ")
    }
}

/// A step's date, or for an undated step the day it was reported on.
fn as_of(as_of: Option<PartialDate>, reported_on: Option<PartialDate>) -> String {
    match (as_of, reported_on) {
        (Some(d), _) => d.to_string(),
        (None, Some(r)) => format!("undated (reported {r})"),
        (None, None) => "undated".to_owned(),
    }
}

/// The names of the parties with `keys`.
fn names(report: &LedgerReport, keys: &[String]) -> String {
    let names: Vec<&str> = keys
        .iter()
        .map(|k| report.party(k).map_or(k.as_str(), |p| p.name.as_str()))
        .collect();
    names.join(", ")
}

/// `text` cut to `WIDEST` characters.
fn cell(text: &str) -> String {
    if text.chars().count() <= WIDEST {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(WIDEST - 1).collect();
    cut.push('…');
    cut
}

/// Writes `rows` under `header` in columns two spaces apart.
fn table(out: &mut String, header: &[&str], rows: &[Vec<String>]) {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| cell(c)).collect())
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |out: &mut String, cells: &mut dyn Iterator<Item = &str>| {
        let mut text = String::from(" ");
        for (c, w) in cells.zip(&widths) {
            let _ = write!(text, " {c:<w$} ");
        }
        let _ = writeln!(out, "{}", text.trim_end());
    };
    line(out, &mut header.iter().copied());
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    line(out, &mut rule.iter().map(String::as_str));
    for row in &rows {
        line(out, &mut row.iter().map(String::as_str));
    }
}

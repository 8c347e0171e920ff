//! The report's JSON, written while it is made ([`ReportJson`]).

use std::cell::RefCell;
use std::fmt;

use chrono::NaiveDate;
use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};

use super::records::Records;
use super::report::{LedgerProblem, OverdueList, OverdueReading};
use super::walk::Walk;
use crate::error::Lints;

/// A function that amends each problem before it is written.
type Amend<'a> = Box<dyn Fn(&mut LedgerProblem) + 'a>;

/// The [`LedgerReport`](crate::LedgerReport) of a
/// [`Ledger`](crate::Ledger) as JSON, made while it is written (see
/// [`Ledger::report_json`](crate::Ledger::report_json)): serialize it
/// with any serde serializer (`serde_json::to_writer`,
/// `to_writer_pretty`). It borrows the ledger; each serialization walks
/// the ledger anew.
pub struct ReportJson<'a> {
    records: &'a Records,
    problems: &'a [LedgerProblem],
    lints: &'a Lints,
    overdue: Option<(NaiveDate, OverdueReading)>,
    amend: Option<Amend<'a>>,
}

impl fmt::Debug for ReportJson<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ReportJson")
            .field("articles", &self.records.articles.len())
            .field("overdue", &self.overdue)
            .field("amends_problems", &self.amend.is_some())
            .finish()
    }
}

impl<'a> ReportJson<'a> {
    pub(super) fn new(
        records: &'a Records,
        problems: &'a [LedgerProblem],
        lints: &'a Lints,
    ) -> Self {
        ReportJson {
            records,
            problems,
            lints,
            overdue: None,
            amend: None,
        }
    }

    /// With the list of the commitments overdue on `day` in `reading`, as
    /// [`LedgerReport::with_overdue`](crate::LedgerReport::with_overdue)
    /// gives it.
    #[must_use]
    pub fn with_overdue(mut self, day: NaiveDate, reading: OverdueReading) -> Self {
        self.overdue = Some((day, reading));
        self
    }

    /// With `amend` applied to each problem (at its level) before it is
    /// written: to name its file, say (`LedgerProblem::file`).
    #[must_use]
    pub fn amend_problems(mut self, amend: impl Fn(&mut LedgerProblem) + 'a) -> Self {
        self.amend = Some(Box::new(amend));
        self
    }
}

impl Serialize for ReportJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let walk = RefCell::new(Walk::new(self.records, self.problems.to_vec()));
        walk.borrow_mut().name_parties();
        let overdue = RefCell::new(Vec::new());
        let fields = 6 + usize::from(self.overdue.is_some());
        let mut out = serializer.serialize_struct("LedgerReport", fields)?;
        out.serialize_field("articles", &self.records.articles.len())?;
        out.serialize_field("parties", &Parties { walk: &walk })?;
        out.serialize_field(
            "commitments",
            &Commitments {
                walk: &walk,
                overdue: self.overdue,
                ids: &overdue,
            },
        )?;
        out.serialize_field("meetings", &Meetings { walk: &walk })?;
        let (conflicts, mut problems) = walk.into_inner().finish(self.lints);
        out.serialize_field("conflicts", &conflicts)?;
        drop(conflicts);
        if let Some(amend) = &self.amend {
            for p in &mut problems {
                amend(p);
            }
        }
        out.serialize_field("problems", &problems)?;
        drop(problems);
        if let Some((on, reading)) = self.overdue {
            let list = OverdueList {
                on,
                reading,
                commitments: overdue.into_inner(),
            };
            out.serialize_field("overdue", &list)?;
        }
        out.end()
    }
}

/// The parties named, each made and written in turn, in the order of
/// their keys.
struct Parties<'w, 'l> {
    walk: &'w RefCell<Walk<'l>>,
}

impl Serialize for Parties<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let walk = self.walk.borrow();
        let keys = walk.party_keys();
        let mut seq = serializer.serialize_seq(Some(keys.len()))?;
        for (_, root) in keys {
            if let Some(party) = walk.party(root) {
                seq.serialize_element(&party)?;
            }
        }
        seq.end()
    }
}

/// The commitments, each made and written in turn; the ids of those
/// overdue noted when asked.
struct Commitments<'w, 'l> {
    walk: &'w RefCell<Walk<'l>>,
    overdue: Option<(NaiveDate, OverdueReading)>,
    ids: &'w RefCell<Vec<String>>,
}

impl Serialize for Commitments<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let count = self.walk.borrow().commitment_count();
        let mut seq = serializer.serialize_seq(Some(count))?;
        for i in 0..count {
            let Some(c) = self.walk.borrow_mut().commitment(i) else {
                continue;
            };
            seq.serialize_element(&c)?;
            let overdue = match self.overdue {
                Some((day, OverdueReading::AsKnown)) => c.is_overdue(day),
                Some((day, OverdueReading::InHindsight)) => c.is_overdue_in_hindsight(day),
                None => false,
            };
            if overdue {
                self.ids.borrow_mut().push(c.id);
            }
        }
        seq.end()
    }
}

/// The meetings, each made and written in turn.
struct Meetings<'w, 'l> {
    walk: &'w RefCell<Walk<'l>>,
}

impl Serialize for Meetings<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let count = self.walk.borrow().meeting_count();
        let mut seq = serializer.serialize_seq(Some(count))?;
        for i in 0..count {
            if let Some(m) = self.walk.borrow_mut().meeting(i) {
                seq.serialize_element(&m)?;
            }
        }
        seq.end()
    }
}

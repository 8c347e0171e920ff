//! The rules, one file per family, each part's rules written once over a
//! [`Scope`](super::scope::Scope) and in the order of the part's fields,
//! so problems come out in document order.

use std::ops::Range;

use serde_json::Number;

use super::checker::{repeats, Checker};
use super::ids::{Expected, OCCASION};
use super::lexicon::Lexicon;
use super::scope::{Grounds, Scope};
use crate::error::ErrorCode;
use crate::model::evidence::Evidence;
use crate::model::graph::Part;
use crate::model::quantity::{Duration, Quantity, QuantityRole};
use crate::value::date::{EventDate, PartialDate, RelativeTo, TimeRelation, When};
use crate::value::id::Id;

pub(super) mod article;
pub(super) mod assessments;
pub(super) mod commitments;
pub(super) mod dates;
pub(super) mod documents;
pub(super) mod duplicates;
pub(super) mod entities;
pub(super) mod events;
pub(super) mod evidence;
pub(super) mod grounding;
pub(super) mod meetings;
pub(super) mod parties;
pub(super) mod positions;
pub(super) mod relations;
pub(super) mod requests;
pub(super) mod statements;
pub(super) mod updates;

/// Checks the reference at `key` below the current path.
fn reference(c: &mut Checker, scope: &impl Scope, key: &'static str, id: &Id, expected: Expected) {
    c.at(key, |c| scope.reference(c, key, id, expected));
}

/// Checks an optional reference at `key`.
fn optional_reference(
    c: &mut Checker,
    scope: &impl Scope,
    key: &'static str,
    id: Option<&Id>,
    expected: Expected,
) {
    if let Some(id) = id {
        reference(c, scope, key, id, expected);
    }
}

/// Checks a list of references at `key`: each resolves, none twice.
fn reference_list(
    c: &mut Checker,
    scope: &impl Scope,
    key: &'static str,
    ids: &[Id],
    expected: Expected,
) {
    if ids.is_empty() {
        return;
    }
    let repeated = repeats(ids);
    c.at(key, |c| {
        for (i, id) in ids.iter().enumerate() {
            c.at_index(i, |c| {
                scope.reference(c, key, id, expected);
                if repeated.binary_search(&i).is_ok() {
                    c.report(
                        ErrorCode::DuplicateReference,
                        format!("{:?} is already in {key}", id.as_str()),
                    );
                }
            });
        }
    });
}

/// Checks the evidence list at `evidence`; the byte ranges of the body
/// that its items select, when `keep` asks for them.
fn evidence_list(
    c: &mut Checker,
    scope: &impl Scope,
    evidence: &[Evidence],
    keep: bool,
) -> Vec<Range<usize>> {
    let mut found = Vec::with_capacity(if keep { evidence.len() } else { 0 });
    each(c, "evidence", evidence, |c, _, e| {
        if let Some(range) = scope.evidence(c, e, Grounds::Claim) {
            if keep {
                found.push(range);
            }
        }
    });
    found
}

/// Checks the evidence of an entity, which grounds a name: any occurrence
/// of a name grounds it, however short or often repeated.
fn name_evidence(c: &mut Checker, scope: &impl Scope, evidence: &[Evidence]) {
    name_evidence_found(c, scope, evidence, false);
}

/// [`name_evidence`], keeping (when `keep`) the byte ranges of the body
/// where the evidence was found.
fn name_evidence_found(
    c: &mut Checker,
    scope: &impl Scope,
    evidence: &[Evidence],
    keep: bool,
) -> Vec<Range<usize>> {
    let mut found = Vec::with_capacity(if keep { evidence.len() } else { 0 });
    each(c, "evidence", evidence, |c, _, e| {
        if let Some(range) = scope.evidence(c, e, Grounds::Name) {
            if keep {
                found.push(range);
            }
        }
    });
    found
}

/// Runs `check` on each item of the collection at `key`, at its path.
fn each<T>(
    c: &mut Checker,
    key: &'static str,
    items: &[T],
    mut check: impl FnMut(&mut Checker, usize, &T),
) {
    if items.is_empty() {
        return;
    }
    c.at(key, |c| {
        for (i, item) in items.iter().enumerate() {
            c.at_index(i, |c| check(c, i, item));
        }
    });
}

/// Checks an optional date of the part `owner` at `key`: a value or words
/// (`empty_date`), words not blank; with `what`, a date not after the
/// publication (for what has happened); the occurrence it is given
/// relative to.
fn when(
    c: &mut Checker,
    scope: &impl Scope,
    owner: &Id,
    key: &'static str,
    when: Option<&When>,
    happened: Option<&str>,
) {
    date_of(c, scope, Some(owner), key, when, happened);
}

/// [`when`] for a date that may belong to no part with an id (a
/// quantity's): with no `owner`, any meeting or event may date it.
fn date_of(
    c: &mut Checker,
    scope: &impl Scope,
    owner: Option<&Id>,
    key: &'static str,
    when: Option<&When>,
    happened: Option<&str>,
) {
    let Some(when) = when else {
        return;
    };
    if when.value.is_none() && when.text.is_none() {
        c.report_at(
            key,
            ErrorCode::EmptyDate,
            "a date needs a value, the words it was written in, or both",
        );
        return;
    }
    c.at(key, |c| {
        if let (Some(value), Some(what)) = (&when.value, happened) {
            scope.not_after_publication(c, "value", value, what);
        }
        if let (Some(value), Some(text)) = (&when.value, &when.text) {
            let published = scope.publication().and_then(|p| p.day());
            // A part checked alone, or an article in a language without a
            // lexicon, has its date words read as English, as dates are
            // most often written.
            let lexicon = scope.lexicon().or_else(|| Lexicon::for_language("en"));
            if let Some(lexicon) = lexicon {
                dates::check_words_agree(c, lexicon, value, text, published);
            }
        }
        c.optional_text("text", when.text.as_deref());
        if let Some(relative) = &when.relative_to {
            c.at("relative_to", |c| {
                relative_to(c, scope, owner, when, relative)
            });
        }
    });
}

/// Checks a date given relative to a meeting or event (at the current
/// path, `relative_to`): the reference, not the dated part itself, and
/// the two values in the relation when both are given
/// (`date_against_relation`).
fn relative_to(
    c: &mut Checker,
    scope: &impl Scope,
    owner: Option<&Id>,
    when: &When,
    relative: &RelativeTo,
) {
    c.vocabulary("relation", &relative.relation);
    reference(c, scope, "to", &relative.to, OCCASION);
    if owner == Some(&relative.to) {
        c.report_at(
            "to",
            ErrorCode::SelfReference,
            "a date is given relative to another meeting or event than the part it dates",
        );
        return;
    }
    let (Some(value), Some(other)) = (&when.value, occurrence_date(scope, &relative.to)) else {
        return;
    };
    let wrong = match relative.relation {
        TimeRelation::Before => dates::ends_before(other, value),
        TimeRelation::After => dates::ends_before(value, other),
        TimeRelation::During => dates::apart(value, other),
        TimeRelation::Unknown(_) => false,
    };
    if wrong {
        c.report_at(
            "relation",
            ErrorCode::DateAgainstRelation,
            format!(
                "{value} is not {} {:?}, dated {other}",
                relative.relation,
                relative.to.as_str()
            ),
        );
    }
}

/// The date of the meeting or event `id`, when it has a value.
fn occurrence_date<'a>(scope: &'a impl Scope, id: &Id) -> Option<&'a EventDate> {
    match scope.find(id)? {
        Part::Meeting(m) => value_of(m.date.as_ref()),
        Part::Event(e) => value_of(e.date.as_ref()),
        _ => None,
    }
}

/// The value of an optional date.
fn value_of(when: Option<&When>) -> Option<&EventDate> {
    when?.value.as_ref()
}

/// The dates of a status history, checked one observation at a time (at
/// the current path, an observation): none after the publication, none
/// before the one listed before it.
#[derive(Default)]
struct History {
    previous: Option<PartialDate>,
}

impl History {
    /// Checks the observation dated `as_of` of `what` (named in messages).
    fn as_of(
        &mut self,
        c: &mut Checker,
        scope: &impl Scope,
        as_of: Option<&PartialDate>,
        what: &str,
    ) {
        let Some(as_of) = as_of else {
            return;
        };
        let date = EventDate::from(*as_of);
        scope.not_after_publication(c, "as_of", &date, what);
        if let Some(before) = self.previous {
            if dates::ends_before(&date, &EventDate::from(before)) {
                c.report_at(
                    "as_of",
                    ErrorCode::HistoryOutOfOrder,
                    format!(
                        "the history is oldest first, and this observation ({as_of}) is dated before the one listed before it ({before})"
                    ),
                );
            }
        }
        self.previous = Some(*as_of);
    }
}

/// Checks the quantities at `quantities`: a currency or a unit, an amount
/// or words (`empty_quantity`), a range whose bounds are in order
/// (`invalid_range`), texts not blank, a known qualifier and size,
/// evidence in the text, the date it is for (which may lie after the
/// publication: a target's year).
fn quantities(c: &mut Checker, scope: &impl Scope, quantities: &[Quantity]) {
    each(c, "quantities", quantities, |c, _, q| {
        if q.amount.is_none() && q.text.is_none() && q.factor.is_none() {
            c.report(
                ErrorCode::EmptyQuantity,
                "a quantity needs an amount, the words it was written in (\"dozens\"), or both",
            );
        }
        match (&q.amount, &q.amount_max) {
            (None, Some(_)) => c.report_at(
                "amount_max",
                ErrorCode::InvalidRange,
                "an upper bound needs a lower one (`amount`); \"up to 40\" is the amount 40 with the qualifier at_most",
            ),
            (Some(lower), Some(upper)) if numbers_reversed(lower, upper) => c.report_at(
                "amount_max",
                ErrorCode::InvalidRange,
                format!("the range runs from {lower} down to {upper}: its upper bound is below its lower one"),
            ),
            _ => {}
        }
        if let Some(size) = &q.size {
            c.vocabulary("size", size);
        }
        // A factor ("double") counts nothing, so it needs no unit.
        if q.currency.is_none() && q.unit.is_none() && q.factor.is_none() {
            let message = "a quantity needs a currency (money) or a unit (what is counted)";
            // At its amount, or at the quantity when it has none.
            if q.amount.is_some() {
                c.report_at("amount", ErrorCode::NoUnit, message);
            } else {
                c.report(ErrorCode::NoUnit, message);
            }
        }
        c.optional_text("unit", q.unit.as_deref());
        c.optional_text("measure", q.measure.as_deref());
        date_of(c, scope, None, "date", q.date.as_ref(), None);
        if let Some(per) = &q.per {
            c.vocabulary("per", per);
        }
        if let Some(role) = &q.role {
            c.vocabulary("role", role);
        }
        if let Some(factor) = &q.factor {
            factor_alone(c, q, factor);
        }
        if let Some(qualifier) = &q.qualifier {
            c.vocabulary("qualifier", qualifier);
        }
        c.optional_text("text", q.text.as_deref());
        evidence_list(c, scope, &q.evidence, false);
        if let Some(equivalent) = &q.equivalent {
            let conflict = match q.currency {
                None => Some("a count has no equivalent in a currency".to_owned()),
                Some(own) if own == equivalent.currency => Some(format!(
                    "the equivalent is in {own}, the quantity's own currency"
                )),
                Some(_) => None,
            };
            if let Some(message) = conflict {
                c.report_at("equivalent", ErrorCode::EquivalentConflict, message);
            }
            c.at("equivalent", |c| {
                c.optional_text("text", equivalent.text.as_deref())
            });
        }
        grounding::quantity(c, scope, q);
    });
}

/// A quantity's factor ("double": 2): above zero (`invalid_factor`), and
/// with nothing that makes the quantity an amount of something, nor a
/// role other than `change` (`factor_conflict`, at the first such field).
fn factor_alone(c: &mut Checker, q: &Quantity, factor: &Number) {
    if !factor.as_f64().is_some_and(|f| f > 0.0) {
        c.report_at(
            "factor",
            ErrorCode::InvalidFactor,
            format!("a factor is how many times something grows or shrinks, above zero (0.5 halves it), not {factor}"),
        );
    }
    let conflict = [
        ("amount", q.amount.is_some()),
        ("amount_max", q.amount_max.is_some()),
        ("size", q.size.is_some()),
        ("currency", q.currency.is_some()),
        ("unit", q.unit.is_some()),
        ("per", q.per.is_some()),
        ("equivalent", q.equivalent.is_some()),
        (
            "role",
            matches!(q.role, Some(QuantityRole::Baseline | QuantityRole::Target)),
        ),
    ]
    .into_iter()
    .find_map(|(key, set)| set.then_some(key));
    if let Some(key) = conflict {
        c.report_at(
            key,
            ErrorCode::FactorConflict,
            format!("a factor (\"double\": 2) is no amount of anything, so it has no `{key}` (an amount goes in a quantity of its own, and a factor's only role is `change`)"),
        );
    }
}

/// Whether `lower` is above `upper`, as numbers.
fn numbers_reversed(lower: &Number, upper: &Number) -> bool {
    match (lower.as_f64(), upper.as_f64()) {
        (Some(lower), Some(upper)) => lower > upper,
        _ => false,
    }
}

/// Checks an optional length of time at `key`: a value, a unit or words
/// (`empty_quantity`), a known unit and qualifier, words not blank.
fn duration(c: &mut Checker, key: &'static str, duration: Option<&Duration>) {
    let Some(d) = duration else {
        return;
    };
    if d.value.is_none() && d.unit.is_none() && d.text.is_none() {
        c.report_at(
            key,
            ErrorCode::EmptyQuantity,
            "a duration needs a value (P2D), a unit (months) or the words it was written in",
        );
        return;
    }
    c.at(key, |c| {
        if let Some(unit) = &d.unit {
            c.vocabulary("unit", unit);
        }
        if let Some(qualifier) = &d.qualifier {
            c.vocabulary("qualifier", qualifier);
        }
        c.optional_text("text", d.text.as_deref());
    });
}

/// Reports the reference at `key` if it names the item itself (`id`).
fn not_itself(c: &mut Checker, key: &'static str, reference: Option<&Id>, id: &Id, what: &str) {
    if reference == Some(id) {
        c.report_at(
            key,
            ErrorCode::SelfReference,
            format!("{what} cannot refer to itself"),
        );
    }
}

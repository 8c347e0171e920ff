//! The article's own rules, and the walk over its parts: unique ids, then
//! each part's rules in the article's scope.

use super::duplicates::Duplicates;
use super::{
    assessments, commitments, documents, each, entities, events, evidence_list, meetings,
    optional_reference, reference, reference_list, statements, updates,
};
use crate::error::ErrorCode;
use crate::model::article::Article;
use crate::model::graph::PartKind;
use crate::validate::checker::Checker;
use crate::validate::ids::{AUTHOR, ORGANIZATION, PLACE, SPEAKER};
use crate::validate::index::ArticleIndex;
use crate::value::id::Id;

/// Checks every rule of `a`, in document order.
pub(crate) fn article(c: &mut Checker, a: &Article, ix: &ArticleIndex<'_>) {
    c.optional_text("headline", a.headline.as_deref());
    optional_reference(c, ix, "dateline", a.dateline.as_ref(), PLACE);
    optional_reference(c, ix, "publisher", a.publisher.as_ref(), ORGANIZATION);
    reference_list(c, ix, "bylines", &a.bylines, AUTHOR);
    each(c, "sources", &a.sources, |c, _, source| {
        reference(c, ix, "source", &source.source, SPEAKER);
        evidence_list(c, ix, &source.evidence, false);
        super::grounding::source(c, ix, source, &a.entities, &a.documents);
    });
    c.texts("subjects", &a.subjects);
    c.text("body", &a.body);
    let e = &a.entities;
    let items = entities::RepeatedItems::of(e);
    let names = entities::EntityNames::of(e);
    c.at("entities", |c| {
        each(c, "people", &e.people, |c, i, p| {
            ix.ids.check_unique(c, &p.id, PartKind::Person, i);
            items.check(c, "people", i);
            names.check(c, "people", i, &p.aliases);
            entities::person(c, p, ix);
        });
        each(c, "organizations", &e.organizations, |c, i, o| {
            ix.ids.check_unique(c, &o.id, PartKind::Organization, i);
            items.check(c, "organizations", i);
            names.check(c, "organizations", i, &o.aliases);
            entities::organization(c, o, ix);
        });
        each(c, "places", &e.places, |c, i, p| {
            ix.ids.check_unique(c, &p.id, PartKind::Place, i);
            items.check(c, "places", i);
            names.check(c, "places", i, &p.aliases);
            entities::place(c, p, ix);
        });
        each(c, "groups", &e.groups, |c, i, g| {
            ix.ids.check_unique(c, &g.id, PartKind::Group, i);
            items.check(c, "groups", i);
            names.check(c, "groups", i, &g.aliases);
            entities::group(c, g, ix);
        });
    });
    each(c, "documents", &a.documents, |c, i, d| {
        ix.ids.check_unique(c, &d.id, PartKind::Document, i);
        documents::document(c, d, ix);
    });
    let duplicates = Duplicates::of(a);
    each(c, "meetings", &a.meetings, |c, i, m| {
        ix.ids.check_unique(c, &m.id, PartKind::Meeting, i);
        if let Some(j) = duplicates.meetings.get(i).copied().flatten() {
            repeated(
                c,
                "meeting",
                a.meetings.get(j).map(|e| &e.id),
                "/meetings",
                j,
            );
        }
        meetings::meeting(c, m, ix);
    });
    each(c, "events", &a.events, |c, i, ev| {
        ix.ids.check_unique(c, &ev.id, PartKind::Event, i);
        events::event(c, ev, ix);
    });
    each(c, "statements", &a.statements, |c, i, s| {
        ix.ids.check_unique(c, &s.id, PartKind::Statement, i);
        if let Some(j) = duplicates.statements.get(i).copied().flatten() {
            repeated(
                c,
                "statement",
                a.statements.get(j).map(|e| &e.id),
                "/statements",
                j,
            );
        }
        statements::statement(c, s, ix);
    });
    each(c, "commitments", &a.commitments, |c, i, m| {
        ix.ids.check_unique(c, &m.id, PartKind::Commitment, i);
        if let Some(j) = duplicates.commitments.get(i).copied().flatten() {
            repeated(
                c,
                "commitment",
                a.commitments.get(j).map(|e| &e.id),
                "/commitments",
                j,
            );
        }
        commitments::commitment(c, m, ix);
    });
    each(c, "assessments", &a.assessments, |c, i, j| {
        ix.ids.check_unique(c, &j.id, PartKind::Assessment, i);
        assessments::assessment(c, j, ix);
    });
    each(c, "updates", &a.updates, |c, _, u| {
        updates::update(c, u, &a.id, ix)
    });
}

/// Reports the item at the current path as a repeat of the `what` with id
/// `earlier`, at index `j` of `collection`.
fn repeated(c: &mut Checker, what: &str, earlier: Option<&Id>, collection: &str, j: usize) {
    let earlier = earlier.map_or("", Id::as_str);
    c.report(
        ErrorCode::DuplicateItem,
        format!("the same {what} as {earlier:?} ({collection}/{j}), under another id"),
    );
}

//! The article's own rules, and the walk over its parts: unique ids, then
//! each part's rules in the article's scope.

use super::duplicates::Duplicates;
use super::{
    assessments, commitments, documents, each, entities, events, evidence_list, meetings,
    optional_reference, positions, reference, reference_list, relations, requests, statements,
    updates,
};
use crate::error::ErrorCode;
use crate::model::article::{Article, Provenance};
use crate::model::graph::PartKind;
use crate::validate::checker::Checker;
use crate::validate::ids::{AUTHOR, ORGANIZATION, PLACE, SPEAKER};
use crate::validate::index::ArticleIndex;
use crate::value::id::Id;

/// Where the article's text came from: references, evidence, a language
/// other than the article's, an original not after the article, and not
/// empty.
fn provenance(c: &mut Checker, a: &Article, p: &Provenance, ix: &ArticleIndex<'_>) {
    optional_reference(c, ix, "translated_by", p.translated_by.as_ref(), AUTHOR);
    optional_reference(
        c,
        ix,
        "original_publisher",
        p.original_publisher.as_ref(),
        AUTHOR,
    );
    evidence_list(c, ix, &p.evidence, false);
    if let Some(from) = &p.translated_from {
        if from
            .primary_language()
            .eq_ignore_ascii_case(a.language.primary_language())
        {
            c.report_at(
                "translated_from",
                ErrorCode::TranslatedFromOwnLanguage,
                format!(
                    "translated from {:?}, the language the article is written in ({:?})",
                    from.as_str(),
                    a.language.as_str()
                ),
            );
        }
    }
    if let (Some(original), Some(published)) = (&p.original_published, &a.published) {
        if original.first_day() > published.last_day() {
            c.report_at(
                "original_published",
                ErrorCode::DateAfterPublication,
                format!("first published on {original}, after the article itself ({published})"),
            );
        }
    }
    let empty = p.translated_from.is_none()
        && p.translated_by.is_none()
        && p.original_publisher.is_none()
        && p.original_url.is_none()
        && p.original_published.is_none()
        && p.evidence.is_empty();
    if empty {
        c.report(
            ErrorCode::EmptyProvenance,
            "a provenance says nothing: give the language translated from, the translator or the original publication, or leave it out",
        );
    }
}

/// Checks every rule of `a`, in document order.
pub(crate) fn article(c: &mut Checker, a: &Article, ix: &ArticleIndex<'_>) {
    c.optional_text("headline", a.headline.as_deref());
    optional_reference(c, ix, "dateline", a.dateline.as_ref(), PLACE);
    optional_reference(c, ix, "publisher", a.publisher.as_ref(), ORGANIZATION);
    if a.published_inferred && a.published.is_none() {
        c.report_at(
            "published_inferred",
            ErrorCode::InferredWithoutDate,
            "the publication date is marked inferred, but the article has none (`published`)",
        );
    }
    if let Some(p) = &a.provenance {
        c.at("provenance", |c| provenance(c, a, p, ix));
    }
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
    each(c, "issues", &a.issues, |c, i, issue| {
        ix.ids.check_unique(c, &issue.id, PartKind::Issue, i);
        positions::issue(c, issue, ix);
    });
    let conflicts = positions::conflicts(&a.positions);
    each(c, "positions", &a.positions, |c, i, p| {
        ix.ids.check_unique(c, &p.id, PartKind::Position, i);
        positions::position(c, p, ix);
        if let Some(j) = conflicts.get(i).copied().flatten() {
            positions::conflicting(c, p, a.positions.get(j), j);
        }
    });
    each(c, "relations", &a.relations, |c, i, r| {
        ix.ids.check_unique(c, &r.id, PartKind::Relation, i);
        relations::relation(c, r, ix);
    });
    each(c, "requests", &a.requests, |c, i, r| {
        ix.ids.check_unique(c, &r.id, PartKind::Request, i);
        requests::request(c, r, ix);
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

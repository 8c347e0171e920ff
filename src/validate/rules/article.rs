//! The article's own rules, and the walk over its parts: unique ids, then
//! each part's rules in the article's scope.

use super::{
    commitments, documents, each, entities, events, evidence_list, meetings, optional_reference,
    reference, reference_list, statements,
};
use crate::article::Article;
use crate::validate::checker::Checker;
use crate::validate::ids::{AUTHOR, ORGANIZATION, PLACE, SPEAKER};
use crate::validate::scope::ArticleIndex;

/// Checks every rule of `a`, in document order.
pub(crate) fn article(c: &mut Checker, a: &Article, ix: &ArticleIndex<'_>) {
    c.optional_text("headline", a.headline.as_deref());
    optional_reference(c, ix, "dateline", a.dateline.as_ref(), PLACE);
    optional_reference(c, ix, "publisher", a.publisher.as_ref(), ORGANIZATION);
    reference_list(c, ix, "bylines", &a.bylines, AUTHOR);
    each(c, "sources", &a.sources, |c, _, source| {
        reference(c, ix, "source", &source.source, SPEAKER);
        evidence_list(c, ix, &source.evidence, false);
    });
    c.texts("subjects", &a.subjects);
    c.text("body", &a.body);
    let e = &a.entities;
    c.at("entities", |c| {
        each(c, "people", &e.people, |c, i, p| {
            ix.ids.check_unique(c, &p.id, "/entities/people", i);
            entities::person(c, p, ix);
        });
        each(c, "organizations", &e.organizations, |c, i, o| {
            ix.ids.check_unique(c, &o.id, "/entities/organizations", i);
            entities::organization(c, o, ix);
        });
        each(c, "places", &e.places, |c, i, p| {
            ix.ids.check_unique(c, &p.id, "/entities/places", i);
            entities::place(c, p, ix);
        });
        each(c, "groups", &e.groups, |c, i, g| {
            ix.ids.check_unique(c, &g.id, "/entities/groups", i);
            entities::group(c, g, ix);
        });
    });
    each(c, "documents", &a.documents, |c, i, d| {
        ix.ids.check_unique(c, &d.id, "/documents", i);
        documents::document(c, d, ix);
    });
    each(c, "meetings", &a.meetings, |c, i, m| {
        ix.ids.check_unique(c, &m.id, "/meetings", i);
        meetings::meeting(c, m, ix);
    });
    each(c, "events", &a.events, |c, i, ev| {
        ix.ids.check_unique(c, &ev.id, "/events", i);
        events::event(c, ev, ix);
    });
    each(c, "statements", &a.statements, |c, i, s| {
        ix.ids.check_unique(c, &s.id, "/statements", i);
        statements::statement(c, s, ix);
    });
    each(c, "commitments", &a.commitments, |c, i, m| {
        ix.ids.check_unique(c, &m.id, "/commitments", i);
        commitments::commitment(c, m, ix);
    });
}

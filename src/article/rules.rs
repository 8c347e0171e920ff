//! The article's own rules, and the context its parts are checked in:
//! unique ids, references, cycles, dates against publication, evidence.

use chrono::{Days, NaiveDate};

use super::Article;
use crate::codes::Id;
use crate::date::{EventDate, PublicationDate};
use crate::entity::PlaceKind;
use crate::evidence::{check_evidence, Body};
use crate::reference::{find_cycles, IdTable, Target, ORGANIZATION, PLACE, SPEAKER};
use crate::validate::{Checker, ErrorCode, Validate, ValidationErrors};

/// What article-level rules need while checking the parts.
pub(crate) struct Context<'a> {
    pub(crate) ids: IdTable<'a>,
    pub(crate) body: Body<'a>,
    pub(crate) article: &'a Article,
    published: Option<(PublicationDate, NaiveDate)>,
    /// Where to report each cycle (the kind and id of its first member),
    /// and the message.
    cycles: std::collections::BTreeMap<(Target, &'a str), String>,
}

/// A day's allowance for time zones when comparing a date with the
/// publication date.
const TIME_ZONE_ALLOWANCE: Days = Days::new(1);

impl Context<'_> {
    /// Reports `what` dated `date` at `key` if it starts after the
    /// publication (allowing one day for time zones).
    pub(crate) fn check_not_after_publication(
        &self,
        c: &mut Checker,
        key: &'static str,
        date: &EventDate,
        what: &str,
    ) {
        let Some((published, last_day)) = self.published else {
            return;
        };
        let latest = last_day
            .checked_add_days(TIME_ZONE_ALLOWANCE)
            .unwrap_or(last_day);
        if date.first_day() > latest {
            c.report_at(
                key,
                ErrorCode::DateAfterPublication,
                format!("{what} dated {date} lies after the article's publication ({published})"),
            );
        }
    }

    /// Reports at `key` the cycle that the item `id` of kind `target` is
    /// the first member of, if any.
    pub(crate) fn report_cycle(&self, c: &mut Checker, target: Target, id: &Id, key: &'static str) {
        if let Some(message) = self.cycles.get(&(target, id.as_str())) {
            c.report_at(key, ErrorCode::ReferenceCycle, message.clone());
        }
    }
}

impl Validate for Article {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Checker::new();
        self.check(&mut c);
        c.finish()
    }
}

impl Article {
    fn id_table(&self) -> IdTable<'_> {
        let e = &self.entities;
        let mut ids = IdTable::with_capacity(
            e.people.len()
                + e.organizations.len()
                + e.places.len()
                + self.meetings.len()
                + self.statements.len()
                + self.commitments.len(),
        );
        for (i, p) in e.people.iter().enumerate() {
            ids.define(&p.id, Target::Person, "/entities/people", i);
        }
        for (i, o) in e.organizations.iter().enumerate() {
            ids.define(&o.id, Target::Organization, "/entities/organizations", i);
        }
        for (i, p) in e.places.iter().enumerate() {
            let target = if p.kind == PlaceKind::Country {
                Target::Country
            } else {
                Target::Place
            };
            ids.define(&p.id, target, "/entities/places", i);
        }
        for (i, m) in self.meetings.iter().enumerate() {
            ids.define(&m.id, Target::Meeting, "/meetings", i);
        }
        for (i, s) in self.statements.iter().enumerate() {
            ids.define(&s.id, Target::Statement, "/statements", i);
        }
        for (i, m) in self.commitments.iter().enumerate() {
            ids.define(&m.id, Target::Commitment, "/commitments", i);
        }
        ids.seal();
        ids
    }

    /// The cycles of `part_of`, `parent` and `within`, each to be reported
    /// once, at its first member.
    fn cycles<'a>(
        &'a self,
        ids: &IdTable<'_>,
    ) -> std::collections::BTreeMap<(Target, &'a str), String> {
        let mut out = std::collections::BTreeMap::new();
        let mut collect = |target: Target,
                           noun: &str,
                           link: &str,
                           all: Vec<&'a Id>,
                           parents: Vec<Option<usize>>| {
            for cycle in find_cycles(&parents) {
                // Name at most the first few members: a cycle may be long.
                const SHOWN: usize = 8;
                let mut chain: Vec<&str> = cycle
                    .iter()
                    .take(SHOWN)
                    .chain(cycle.first().filter(|_| cycle.len() <= SHOWN))
                    .filter_map(|&i| all.get(i).map(|id| id.as_str()))
                    .collect();
                let more = cycle.len().saturating_sub(SHOWN);
                let tail = format!("… ({more} more)");
                if more > 0 {
                    chain.push(&tail);
                }
                if let Some(first) = cycle.first().and_then(|&i| all.get(i)) {
                    let message = format!("{noun} is {link} itself: {}", chain.join(" → "));
                    out.insert((target, first.as_str()), message);
                }
            }
        };
        // Most articles link nothing into a chain: then there is no cycle to
        // look for, and nothing is allocated.
        let organizations = &self.entities.organizations;
        if organizations.iter().any(|o| o.parent.is_some()) {
            collect(
                Target::Organization,
                "this organization",
                "a parent of",
                organizations.iter().map(|o| &o.id).collect(),
                organizations
                    .iter()
                    .map(|o| {
                        o.parent
                            .as_ref()
                            .and_then(|p| ids.index_of(p.as_str(), Target::Organization))
                    })
                    .collect(),
            );
        }
        let places = &self.entities.places;
        if places.iter().any(|p| p.within.is_some()) {
            collect(
                Target::Place,
                "this place",
                "within",
                places.iter().map(|p| &p.id).collect(),
                places
                    .iter()
                    .map(|p| {
                        p.within.as_ref().and_then(|w| {
                            ids.index_of(w.as_str(), Target::Place)
                                .or_else(|| ids.index_of(w.as_str(), Target::Country))
                        })
                    })
                    .collect(),
            );
        }
        if self.meetings.iter().any(|m| m.part_of.is_some()) {
            collect(
                Target::Meeting,
                "this meeting",
                "part of",
                self.meetings.iter().map(|m| &m.id).collect(),
                self.meetings
                    .iter()
                    .map(|m| {
                        m.part_of
                            .as_ref()
                            .and_then(|p| ids.index_of(p.meeting.as_str(), Target::Meeting))
                    })
                    .collect(),
            );
        }
        out
    }

    /// Checks every rule, in document order.
    fn check(&self, c: &mut Checker) {
        let ids = self.id_table();
        let cycles = self.cycles(&ids);
        let cx = Context {
            ids,
            body: Body::new(&self.body),
            article: self,
            published: self.published.map(|p| (p, p.last_day())),
            cycles,
        };
        c.optional_text("headline", self.headline.as_deref());
        cx.ids
            .check_optional(c, "dateline", self.dateline.as_ref(), PLACE);
        cx.ids
            .check_optional(c, "publisher", self.publisher.as_ref(), ORGANIZATION);
        cx.ids.check_list(c, "bylines", &self.bylines, SPEAKER);
        if !self.sources.is_empty() {
            c.at("sources", |c| {
                for (i, source) in self.sources.iter().enumerate() {
                    c.at_index(i, |c| {
                        cx.ids.check(c, "source", &source.source, SPEAKER);
                        c.at("evidence", |c| {
                            for (k, e) in source.evidence.iter().enumerate() {
                                c.at_index(k, |c| check_evidence(c, e, Some(&cx.body)));
                            }
                        });
                    });
                }
            });
        }
        c.texts("subjects", &self.subjects);
        c.text("body", &self.body);
        let e = &self.entities;
        c.at("entities", |c| {
            each(c, "people", &e.people, |c, i, p| {
                cx.ids.check_unique(c, &p.id, "/entities/people", i);
                p.check(c, Some(&cx));
            });
            each(c, "organizations", &e.organizations, |c, i, o| {
                cx.ids.check_unique(c, &o.id, "/entities/organizations", i);
                o.check(c, Some(&cx));
            });
            each(c, "places", &e.places, |c, i, p| {
                cx.ids.check_unique(c, &p.id, "/entities/places", i);
                p.check(c, Some(&cx));
            });
        });
        each(c, "meetings", &self.meetings, |c, i, m| {
            cx.ids.check_unique(c, &m.id, "/meetings", i);
            m.check(c, Some(&cx));
        });
        each(c, "statements", &self.statements, |c, i, s| {
            cx.ids.check_unique(c, &s.id, "/statements", i);
            s.check(c, Some(&cx));
        });
        each(c, "commitments", &self.commitments, |c, i, m| {
            cx.ids.check_unique(c, &m.id, "/commitments", i);
            m.check(c, Some(&cx));
        });
    }
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

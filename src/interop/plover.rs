//! PLOVER event records: held meetings as CONSULT, planned meetings and
//! commitments as AGREE. The mapping table is in the module documentation
//! of [`interop`](crate::interop).

use chrono::NaiveDate;
use serde_json::{json, Map, Value};

use super::{day_span, plain_day, COMMITMENT_PLOVER_EVENT_TYPE, MEETING_PLOVER_EVENT_TYPE};
use crate::model::article::Article;
use crate::model::commitment::{Commitment, CommitmentKind};
use crate::model::entity::OrganizationKind;
use crate::model::evidence::{Evidence, TextTarget};
use crate::model::graph::{ArticleGraph, Part};
use crate::model::meeting::{Attendance, Meeting, MeetingKind, MeetingStatus};
use crate::value::date::PublicationDate;
use crate::value::id::Id;

/// The name this crate writes as a record's `coder`.
const CODER: &str = concat!("structured-news ", env!("CARGO_PKG_VERSION"));

/// The article's meetings and commitments as PLOVER event records (JSON
/// objects with the current manual's field names):
///
/// - a held or ongoing meeting is a `CONSULT`, with its `mode` (`phone`,
///   `visit`, `multilateral` or `third-party`) when the kind or the place
///   says it; its participants are the `actor`s (PLOVER's rule when the
///   host is not known);
/// - a scheduled, proposed, announced, postponed or rescheduled meeting is
///   an `AGREE` (PLOVER codes future meetings so) with context
///   `diplomatic`, unless a commitment concerns it (that commitment's
///   record covers it);
/// - a commitment is an `AGREE`, its bound parties the `actor`s and its
///   counterparties the `recipient`s, with the context of its kind;
/// - a cancelled meeting makes no record, nor does one without a party,
///   nor one whose date (or, failing it, the article's publication date)
///   is not known to the day.
///
/// Each record has `event_text` and `text_info` (code point offsets into
/// the body) from the first evidence in the body, and `cite_info` from the
/// article.
///
/// ```
/// use structured_news::interop::to_plover;
/// use structured_news::Article;
///
/// let article = Article::from_json_str(r#"{
///   "format_version": "2.0", "id": "a1", "language": "en", "published": "2023-12-04",
///   "body": "Lavrov phoned Meredov.",
///   "entities": {"people": [
///     {"id": "lavrov", "name": "Sergei Lavrov", "identifiers": {"wikidata": "Q80137"}},
///     {"id": "meredov", "name": "Rashid Meredov"}]},
///   "meetings": [{"id": "m1", "kind": "phone_call", "status": "held",
///                 "participants": [{"entity": "lavrov"}, {"entity": "meredov"}],
///                 "evidence": [{"quote": {"exact": "Lavrov phoned Meredov"},
///                               "position": {"start": 0, "end": 21}}]}]
/// }"#)?;
/// let records = to_plover(&article);
/// let r = &records[0];
/// assert_eq!(r["event"][0], "CONSULT");
/// assert_eq!(r["mode"][0], "phone");
/// assert_eq!(r["date"], "2023-12-04"); // the meeting has none: the publication date
/// assert_eq!(r["actor"][0]["identifier_id"], "Q80137");
/// assert_eq!(r["text_info"]["start"], 0);
/// # Ok::<(), structured_news::Error>(())
/// ```
pub fn to_plover(article: &Article) -> Vec<Value> {
    let p = Plover {
        article,
        index: ArticleGraph::new(article),
        published: article.published.as_ref().and_then(|p| match p {
            PublicationDate::Timestamp(t) => Some(t.local_date()),
            PublicationDate::Date(d) => plain_day(d),
        }),
    };
    let mut records = Vec::new();
    for m in &article.meetings {
        let record = match m.status {
            MeetingStatus::Held | MeetingStatus::InProgress => p.consult(m),
            MeetingStatus::Scheduled
            | MeetingStatus::Proposed
            | MeetingStatus::Announced
            | MeetingStatus::Postponed
            | MeetingStatus::Rescheduled
                if !article
                    .commitments
                    .iter()
                    .any(|c| c.concerns.as_ref() == Some(&m.id)) =>
            {
                p.planned(m)
            }
            _ => None,
        };
        records.extend(record);
    }
    records.extend(article.commitments.iter().filter_map(|c| p.agree(c)));
    records
}

/// [`to_plover`] as NDJSON: one record a line, each line ending in `\n`
/// (empty when there is no record).
///
/// ```
/// use structured_news::interop::to_plover_ndjson;
/// use structured_news::Article;
///
/// let article = Article::from_json_str(
///     r#"{"format_version": "2.0", "id": "a1", "language": "en", "body": "Nothing happened."}"#,
/// )?;
/// assert_eq!(to_plover_ndjson(&article), "");
/// # Ok::<(), structured_news::Error>(())
/// ```
pub fn to_plover_ndjson(article: &Article) -> String {
    to_plover(article)
        .iter()
        .map(|r| format!("{r}\n"))
        .collect()
}

struct Plover<'a> {
    article: &'a Article,
    index: ArticleGraph<'a>,
    published: Option<NaiveDate>,
}

impl<'a> Plover<'a> {
    fn consult(&self, m: &Meeting) -> Option<Value> {
        let actors = self.parties(
            m.participants
                .iter()
                .filter(|p| !p.attendance.as_ref().is_some_and(Attendance::absent))
                .map(|p| &p.entity),
        );
        let (start, end) = day_span(m.date.as_ref());
        let mut r = self.record(&m.id, MEETING_PLOVER_EVENT_TYPE, start, actors)?;
        if let (Some(start), Some(end)) = (start, end) {
            if end != start {
                r.insert("enddate".into(), end.to_string().into());
            }
        }
        if let (Some(_), Some(time)) = (start, &m.time) {
            r.insert("time".into(), time.to_string().into());
        }
        let mode = match m.kind {
            MeetingKind::PhoneCall | MeetingKind::VideoConference => Some("phone"),
            MeetingKind::Visit | MeetingKind::Trip => Some("visit"),
            MeetingKind::Multilateral
            | MeetingKind::Summit
            | MeetingKind::Forum
            | MeetingKind::Conference => Some("multilateral"),
            _ if self.third_party(m) => Some("third-party"),
            _ => None,
        };
        if let Some(mode) = mode {
            r.insert("mode".into(), json!([mode]));
        }
        if matches!(
            m.kind,
            MeetingKind::Negotiations | MeetingKind::NegotiationRound
        ) {
            r.insert("context".into(), json!(["diplomatic"]));
        }
        self.finish(&mut r, &m.evidence, m.place.as_ref());
        Some(Value::Object(r))
    }

    fn planned(&self, m: &Meeting) -> Option<Value> {
        let actors = self.parties(
            m.participants
                .iter()
                .filter(|p| !p.attendance.as_ref().is_some_and(Attendance::absent))
                .map(|p| &p.entity),
        );
        let mut r = self.record(&m.id, COMMITMENT_PLOVER_EVENT_TYPE, None, actors)?;
        r.insert("context".into(), json!(["diplomatic"]));
        let when = m.date.as_ref().and_then(|w| w.value.as_ref());
        let comment = match when {
            Some(d) => format!(
                "a {} meeting {}, for {d}",
                m.kind.as_str(),
                m.status.as_str()
            ),
            None => format!("a {} meeting {}", m.kind.as_str(), m.status.as_str()),
        };
        r.insert("comment".into(), comment.into());
        self.finish(&mut r, &m.evidence, m.place.as_ref());
        Some(Value::Object(r))
    }

    fn agree(&self, c: &Commitment) -> Option<Value> {
        let context = match c.kind {
            CommitmentKind::Fund => "economic",
            CommitmentKind::Unknown(_) => return None,
            _ => "diplomatic",
        };
        let stated = c.statements.iter().find_map(|id| {
            let s = self.article.statements.iter().find(|s| &s.id == id)?;
            day_span(s.date.as_ref()).0
        });
        let actors = self.parties(&c.bound_parties);
        let mut r = self.record(&c.id, COMMITMENT_PLOVER_EVENT_TYPE, stated, actors)?;
        let recipients = self.parties(&c.counterparties);
        if !recipients.is_empty() {
            r.insert("recipient".into(), Value::Array(recipients));
        }
        r.insert("context".into(), json!([context]));
        r.insert(
            "comment".into(),
            format!("commitment ({}): {}", c.kind.as_str(), c.action).into(),
        );
        self.finish(&mut r, &c.evidence, None);
        Some(Value::Object(r))
    }

    /// A record's required fields; `None` without actors or a date.
    fn record(
        &self,
        id: &Id,
        event: &str,
        date: Option<NaiveDate>,
        actors: Vec<Value>,
    ) -> Option<Map<String, Value>> {
        if actors.is_empty() {
            return None;
        }
        let date = date.or(self.published)?;
        let mut r = Map::new();
        r.insert(
            "id".into(),
            format!("{}:{}", self.article.id.as_str(), id.as_str()).into(),
        );
        r.insert("date".into(), date.to_string().into());
        r.insert("actor".into(), Value::Array(actors));
        r.insert("event".into(), json!([event]));
        r.insert("quad_code".into(), 1.into());
        Some(r)
    }

    /// Adds the text, place and citation fields.
    fn finish(&self, r: &mut Map<String, Value>, evidence: &[Evidence], place: Option<&Id>) {
        let in_body = evidence
            .iter()
            .find(|e| matches!(e.target, None | Some(TextTarget::Body)));
        if let Some(e) = in_body {
            r.insert("event_text".into(), json!([e.quote.exact]));
            if let Some(p) = &e.position {
                r.insert("text_info".into(), json!({"start": p.start, "end": p.end}));
            }
        }
        if let Some(place) = place {
            r.insert(
                "event_loc".into(),
                json!({"extracted_place": self.index.display_name(place)}),
            );
        }
        let a = self.article;
        let mut cite = Map::new();
        cite.insert("citation".into(), a.id.as_str().into());
        if let Some(url) = &a.url {
            cite.insert("url".into(), url.as_str().into());
        }
        if let Some(headline) = &a.headline {
            cite.insert("title".into(), headline.as_str().into());
        }
        let language = a.language.primary_language();
        if language.len() == 2 {
            cite.insert("language".into(), language.into());
        }
        if let Some(publisher) = &a.publisher {
            cite.insert(
                "publication".into(),
                self.index.display_name(publisher).into(),
            );
        }
        r.insert("cite_info".into(), Value::Object(cite));
        r.insert("coder".into(), CODER.into());
    }

    /// The entity objects of these parties: a group stands for its members,
    /// each party once; documents and unknown ids are left out.
    fn parties<'i>(&self, ids: impl IntoIterator<Item = &'i Id>) -> Vec<Value> {
        let mut seen: Vec<&str> = Vec::new();
        let mut out = Vec::new();
        for id in ids {
            let members: Vec<&Id> = match self.index.find(id) {
                Some(Part::Group(g)) if !g.members.is_empty() => g.members.iter().collect(),
                _ => vec![id],
            };
            for member in members {
                if seen.contains(&member.as_str()) {
                    continue;
                }
                if let Some(entity) = self.entity(member) {
                    seen.push(member.as_str());
                    out.push(entity);
                }
            }
        }
        out
    }

    fn entity(&self, id: &Id) -> Option<Value> {
        let named = self.index.find(id)?;
        if matches!(named, Part::Document(_) | Part::Meeting(_) | Part::Event(_)) {
            return None;
        }
        let mut e = Map::new();
        e.insert("entity_text".into(), named.display_name().into());
        if let Some(q) = named.identifiers().and_then(|i| i.wikidata.as_ref()) {
            e.insert("identifier_id".into(), q.to_string().into());
            e.insert("identifier_text".into(), named.display_name().into());
        }
        let sector = match named {
            Part::Organization(o) => sector(&o.kind),
            Part::Person(p) => p
                .roles
                .iter()
                .filter_map(|r| r.organization.as_ref())
                .find_map(|org| match self.index.find(org) {
                    Some(Part::Organization(o)) => sector(&o.kind),
                    _ => None,
                }),
            _ => None,
        };
        if let Some(sector) = sector {
            e.insert("sector".into(), sector.into());
        }
        if let Part::Person(p) = named {
            if let Some(role) = p.roles.first() {
                e.insert("office".into(), role.title.as_str().into());
            }
        }
        Some(Value::Object(e))
    }

    /// Whether a meeting took place in a country none of its parties is
    /// from (all of whose countries are known).
    fn third_party(&self, m: &Meeting) -> bool {
        let Some(venue) = m
            .place
            .as_ref()
            .and_then(|p| self.index.find(p))
            .and_then(Part::country)
        else {
            return false;
        };
        let countries: Option<Vec<_>> = m
            .participants
            .iter()
            .map(|p| self.index.find(&p.entity).and_then(Part::country))
            .collect();
        match countries {
            Some(c) if c.len() >= 2 => c.iter().all(|c| *c != venue),
            _ => false,
        }
    }
}

/// The PLOVER sector code of an organization kind, where one fits.
fn sector(kind: &OrganizationKind) -> Option<&'static str> {
    Some(match kind {
        OrganizationKind::Government
        | OrganizationKind::Ministry
        | OrganizationKind::Agency
        | OrganizationKind::HeadOfStateOffice
        | OrganizationKind::DiplomaticMission => "GOV",
        OrganizationKind::Legislature => "LEG",
        OrganizationKind::Judiciary => "JUD",
        OrganizationKind::Military => "MIL",
        OrganizationKind::PoliticalParty => "PTY",
        OrganizationKind::Media => "JRN",
        OrganizationKind::Company => "BUS",
        OrganizationKind::EducationalInstitution => "EDU",
        _ => return None,
    })
}

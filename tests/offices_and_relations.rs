//! Offices held by countries and organizations (a rotating chair with its
//! period, predecessor and successor; the capacity in which a party
//! commits or speaks), dates given relative to another occurrence ("ahead
//! of the visit"), and what led to an event or what it answered: each
//! reads and writes back the same through both readers, each thing wrong
//! is refused with its code at its path, and the builders make the same.

mod common;

use serde_json::{json, Value};
use structured_news::prelude::*;
use structured_news::table::{write_rows, Cell, RowSink, Table};
use structured_news::{CommitmentStatus, EventDate, Role, TimeRelation, When};

use common::{assert_one_problem, at, put, readers_agree, Readers};

/// Real words, after the SCO's rotating chairmanship as reported in 2023:
/// India chaired the SCO in 2023 after Uzbekistan and before Kazakhstan.
const BODY: &str = "India, which chairs the Shanghai Cooperation Organisation this year after \
Uzbekistan, will hand the chair to Kazakhstan. As this year's chair, India will host the summit \
on 4 July. Ahead of the summit, the foreign ministers met in Goa on 5 May. Speaking as chair, \
Jaishankar said the organisation must fight terrorism. The meeting led to a joint communiqué.";

/// An article with every part this file is about, valid.
fn article() -> Value {
    json!({
        "format_version": "2.1",
        "id": "sco-2023",
        "language": "en",
        "published": "2023-05-06",
        "body": BODY,
        "entities": {
            "people": [{"id": "jaishankar", "name": "Jaishankar", "country": "IN",
                "roles": [{"title": "Minister of External Affairs"}],
                "evidence": [{"quote": {"exact": "Jaishankar"}}]}],
            "organizations": [{"id": "sco", "name": "Shanghai Cooperation Organisation",
                "kind": "intergovernmental_organization",
                "evidence": [{"quote": {"exact": "Shanghai Cooperation Organisation"}}]}],
            "places": [
                {"id": "uzbekistan", "name": "Uzbekistan", "kind": "country", "country": "UZ",
                    "evidence": [{"quote": {"exact": "Uzbekistan"}}]},
                {"id": "kazakhstan", "name": "Kazakhstan", "kind": "country", "country": "KZ",
                    "evidence": [{"quote": {"exact": "Kazakhstan"}}]},
                {"id": "india", "name": "India", "kind": "country", "country": "IN",
                    "roles": [{"title": "chair of the SCO", "organization": "sco",
                        "start": "2023", "end": "2023",
                        "predecessor": "uzbekistan", "successor": "kazakhstan"}],
                    "evidence": [{"quote": {"exact": "India", "suffix": ", which chairs"}}]},
                {"id": "goa", "name": "Goa", "kind": "region", "country": "IN",
                    "evidence": [{"quote": {"exact": "Goa"}}]}
            ]
        },
        "meetings": [
            {"id": "summit", "kind": "summit", "status": "scheduled",
                "date": {"value": "2023-07-04", "text": "on 4 July", "inferred": true},
                "participants": [{"entity": "india", "role": "host"}],
                "evidence": [{"quote": {"exact": "India will host the summit on 4 July"}}]},
            {"id": "ministers", "kind": "multilateral", "status": "held",
                "date": {"value": "2023-05-05", "text": "Ahead of the summit", "inferred": true,
                    "relative_to": {"relation": "before", "to": "summit"}},
                "place": "goa",
                "evidence": [{"quote": {"exact": "Ahead of the summit, the foreign ministers met in Goa on 5 May."}}]}
        ],
        "events": [
            {"id": "communique", "kind": "agreement_reached", "description": "a joint communiqué",
                "status": "occurred", "caused_by": ["ministers"],
                "evidence": [{"quote": {"exact": "The meeting led to a joint communiqué."}}]}
        ],
        "statements": [
            {"id": "terrorism", "speaker": "jaishankar", "on_behalf_of": "india", "capacity": "chair",
                "mode": "paraphrase", "text": "the organisation must fight terrorism",
                "speech_act": "said", "setting": "ministers",
                "evidence": [{"quote": {"exact": "Speaking as chair, Jaishankar said the organisation must fight terrorism."}}]}
        ],
        "commitments": [
            {"id": "host", "kind": "host", "modality": "pledge", "action": "host the summit",
                "bound_parties": ["india"], "capacity": "chair", "concerns": "summit",
                "status_history": [{"status": "reiterated", "as_of": "2023-05-06"}],
                "evidence": [{"quote": {"exact": "As this year's chair, India will host the summit on 4 July."}}]}
        ]
    })
}

/// Every problem of `value`, warnings included, as code and path; the
/// document must have no error.
fn warnings(value: &Value) -> Vec<(ErrorCode, String)> {
    let json = value.to_string();
    let (_, warnings) = Article::from_json_slice_with(json.as_bytes(), &Lints::new())
        .unwrap_or_else(|e| panic!("{e}"));
    warnings
        .iter()
        .map(|w| (w.code(), w.path().to_string()))
        .collect()
}

/// Asserts that `value` has no error and exactly the one warning `code`
/// at `path`.
fn assert_one_warning(value: &Value, code: ErrorCode, path: &str) {
    assert_eq!(warnings(value), [(code, path.to_owned())]);
}

#[test]
fn offices_relative_dates_and_causes_read_validate_and_write_back_the_same() {
    let value = article();
    assert_eq!(warnings(&value), []);
    let json = value.to_string();
    let article = Article::from_json_str(&json).unwrap_or_else(|e| panic!("{e}"));
    let india = &article.entities.places[2];
    let chair = &india.roles[0];
    assert_eq!(chair.title, "chair of the SCO");
    assert_eq!(
        chair.predecessor.as_ref().map(|p| p.as_str()),
        Some("uzbekistan")
    );
    assert_eq!(
        chair.successor.as_ref().map(|p| p.as_str()),
        Some("kazakhstan")
    );
    assert_eq!(article.commitments[0].capacity.as_deref(), Some("chair"));
    assert_eq!(article.statements[0].capacity.as_deref(), Some("chair"));
    let ahead = article.meetings[1].date.as_ref().unwrap();
    let relative = ahead.relative_to.as_ref().unwrap();
    assert_eq!(relative.relation, TimeRelation::Before);
    assert_eq!(relative.to.as_str(), "summit");
    assert_eq!(article.events[0].caused_by[0].as_str(), "ministers");
    let written: Value = serde_json::to_value(&article).unwrap();
    assert_eq!(written, value);
    assert!(matches!(
        readers_agree(json.as_bytes(), "offices"),
        Readers::BothRead
    ));
}

#[test]
fn a_role_that_comes_back_to_its_holder_or_names_no_party_is_refused() {
    let mut value = article();
    put(
        &mut value,
        "/entities/places/2/roles/0/successor",
        json!("india"),
    );
    assert_one_problem(
        &value,
        ErrorCode::SelfReference,
        "/entities/places/2/roles/0/successor",
    );
    let mut value = article();
    put(
        &mut value,
        "/entities/places/2/roles/0/predecessor",
        json!("summit"),
    );
    assert_one_problem(
        &value,
        ErrorCode::WrongReferenceKind,
        "/entities/places/2/roles/0/predecessor",
    );
}

#[test]
fn an_office_given_to_a_city_is_flagged_and_an_organization_may_hold_one() {
    let mut value = article();
    put(&mut value, "/entities/places/3/kind", json!("city"));
    let role = at(&mut value, "/entities/places/2/roles/0").clone();
    put(&mut value, "/entities/places/3/roles", json!([role]));
    assert_one_warning(&value, ErrorCode::RoleOfPlace, "/entities/places/3/roles/0");
    // An organization holding an office is what the field is for.
    let mut value = article();
    put(
        &mut value,
        "/entities/organizations/0/roles",
        json!([{"title": "observer at the UN General Assembly"}]),
    );
    assert_eq!(warnings(&value), []);
}

#[test]
fn a_capacity_must_be_a_role_of_a_party() {
    // The country's chair is the capacity its minister speaks in too.
    let mut value = article();
    put(&mut value, "/statements/0/capacity", json!("host"));
    assert_one_warning(&value, ErrorCode::CapacityNotHeld, "/statements/0/capacity");
    let mut value = article();
    at(&mut value, "/entities/places/2")
        .as_object_mut()
        .unwrap()
        .remove("roles");
    assert_eq!(
        warnings(&value),
        [
            (
                ErrorCode::CapacityNotHeld,
                "/statements/0/capacity".to_owned()
            ),
            (
                ErrorCode::CapacityNotHeld,
                "/commitments/0/capacity".to_owned()
            ),
        ]
    );
    // "chairmanship" and "chair" share their stem.
    let mut value = article();
    put(
        &mut value,
        "/commitments/0/capacity",
        json!("this year's chairmanship"),
    );
    assert_eq!(warnings(&value), []);
    let mut value = article();
    put(&mut value, "/commitments/0/capacity", json!(" "));
    assert_one_problem(&value, ErrorCode::BlankText, "/commitments/0/capacity");
}

#[test]
fn a_relative_date_must_fit_its_relation_and_name_another_occurrence() {
    // "During" the summit, two months before it.
    let mut value = article();
    put(
        &mut value,
        "/meetings/1/date/relative_to/relation",
        json!("during"),
    );
    assert_one_problem(
        &value,
        ErrorCode::DateAgainstRelation,
        "/meetings/1/date/relative_to/relation",
    );
    // "After" the summit, dated before it.
    let mut value = article();
    put(
        &mut value,
        "/meetings/1/date/relative_to/relation",
        json!("after"),
    );
    assert_one_problem(
        &value,
        ErrorCode::DateAgainstRelation,
        "/meetings/1/date/relative_to/relation",
    );
    let mut value = article();
    put(
        &mut value,
        "/meetings/1/date/relative_to/to",
        json!("ministers"),
    );
    assert_one_problem(
        &value,
        ErrorCode::SelfReference,
        "/meetings/1/date/relative_to/to",
    );
    let mut value = article();
    put(
        &mut value,
        "/meetings/1/date/relative_to/to",
        json!("india"),
    );
    assert_one_problem(
        &value,
        ErrorCode::WrongReferenceKind,
        "/meetings/1/date/relative_to/to",
    );
    // Words only ("ahead of the summit", no value) are not judged.
    let mut value = article();
    at(&mut value, "/meetings/1/date")
        .as_object_mut()
        .unwrap()
        .remove("value");
    at(&mut value, "/meetings/1/date")
        .as_object_mut()
        .unwrap()
        .remove("inferred");
    assert_eq!(warnings(&value), []);
}

#[test]
fn a_cause_must_be_another_occurrence_not_after_the_event() {
    let mut value = article();
    put(&mut value, "/events/0/date", json!({"value": "2023-05-01"}));
    assert_one_problem(&value, ErrorCode::CauseAfterEffect, "/events/0/caused_by/0");
    let mut value = article();
    put(&mut value, "/events/0/responds_to", json!(["communique"]));
    assert_one_problem(&value, ErrorCode::SelfReference, "/events/0/responds_to/0");
    let mut value = article();
    put(
        &mut value,
        "/events/0/caused_by",
        json!(["ministers", "ministers"]),
    );
    assert_one_problem(
        &value,
        ErrorCode::DuplicateReference,
        "/events/0/caused_by/1",
    );
    let mut value = article();
    put(&mut value, "/events/0/caused_by", json!(["jaishankar"]));
    assert_one_problem(
        &value,
        ErrorCode::WrongReferenceKind,
        "/events/0/caused_by/0",
    );
}

#[test]
fn the_builders_make_the_same_parts() {
    let mut b = ArticleBuilder::new("sco-2023", "en", BODY);
    let uzbekistan = b.add_country(
        Place::country_builder("uzbekistan", "Uzbekistan", "UZ").evidence("Uzbekistan"),
    );
    let kazakhstan = b.add_country(
        Place::country_builder("kazakhstan", "Kazakhstan", "KZ").evidence("Kazakhstan"),
    );
    let sco = b.add_organization(
        Organization::builder(
            "sco",
            "Shanghai Cooperation Organisation",
            OrganizationKind::IntergovernmentalOrganization,
        )
        .evidence("Shanghai Cooperation Organisation"),
    );
    let year: EventDate = "2023".parse().unwrap();
    let india = b.add_country(
        Place::country_builder("india", "India", "IN")
            .evidence_nth("India", 1)
            .with_role(
                Role::new("chair of the SCO")
                    .in_organization(&sco)
                    .during(Some(year), Some(year))
                    .predecessor(&uzbekistan)
                    .successor(&kazakhstan),
            ),
    );
    let summit = b.add_meeting(
        Meeting::builder("summit", MeetingKind::Summit, MeetingStatus::Scheduled)
            .participant(&india)
            .evidence("India will host the summit on 4 July"),
    );
    let ministers = b.add_meeting(
        Meeting::builder("ministers", MeetingKind::Multilateral, MeetingStatus::Held)
            .date(
                When::vague("Ahead of the summit")
                    .relative_to(TimeRelation::Before, summit.id().clone()),
            )
            .evidence("Ahead of the summit, the foreign ministers met in Goa on 5 May."),
    );
    b.add_event(
        Event::builder(
            "communique",
            EventKind::AgreementReached,
            EventStatus::Occurred,
            "a joint communiqué",
        )
        .caused_by(&ministers)
        .evidence("The meeting led to a joint communiqué."),
    );
    b.add_commitment(
        Commitment::builder("host", CommitmentKind::Host, "host the summit")
            .bound_party(&india)
            .capacity("chair")
            .status(CommitmentStatus::Reiterated)
            .status_as_of("2023-05-06")
            .evidence("As this year's chair, India will host the summit on 4 July."),
    );
    let article = b.build().unwrap_or_else(|e| panic!("{e}"));
    let role = &article.entities.places[2].roles[0];
    assert_eq!(
        role.successor.as_ref().map(|p| p.as_str()),
        Some("kazakhstan")
    );
    assert_eq!(article.commitments[0].capacity.as_deref(), Some("chair"));
    assert_eq!(article.events[0].caused_by[0].as_str(), "ministers");
    let relative = article.meetings[1]
        .date
        .as_ref()
        .and_then(|d| d.relative_to.as_ref());
    assert_eq!(relative.map(|r| r.to.as_str()), Some("summit"));
}

/// The rows of one table, each cell as text.
struct Rows {
    table: &'static str,
    rows: Vec<Vec<String>>,
}

impl RowSink for Rows {
    type Error = std::convert::Infallible;
    fn row(&mut self, table: &'static Table, cells: &[Cell<'_>]) -> Result<(), Self::Error> {
        if table.name == self.table {
            self.rows
                .push(cells.iter().map(|c| format!("{c:?}")).collect());
        }
        Ok(())
    }
}

fn rows(table: &'static str) -> Vec<Vec<String>> {
    rows_of(&article(), table)
}

/// The rows of `table` for the article `value`.
fn rows_of(value: &Value, table: &'static str) -> Vec<Vec<String>> {
    let article = Article::from_json_str(&value.to_string()).unwrap();
    let mut sink = Rows {
        table,
        rows: Vec::new(),
    };
    write_rows(&article, &mut sink).unwrap();
    sink.rows
}

#[test]
fn the_tables_hold_offices_links_and_relations() {
    let offices = rows("offices");
    assert_eq!(offices.len(), 1);
    let office = offices[0].join(" ");
    for part in ["india", "chair of the SCO", "uzbekistan", "kazakhstan"] {
        assert!(office.contains(part), "{part} not in {office}");
    }
    let links = rows("event_links");
    assert_eq!(links.len(), 1);
    let link = links[0].join(" ");
    assert!(
        link.contains("caused_by") && link.contains("ministers"),
        "{link}"
    );
    let meetings = rows("meetings");
    let ministers = meetings
        .iter()
        .map(|r| r.join(" "))
        .find(|r| r.contains("\"ministers\""))
        .unwrap();
    assert!(
        ministers.contains("\"before\"") && ministers.contains("\"summit\""),
        "{ministers}"
    );
}

#[test]
fn a_promise_made_to_each_other_is_mutual_and_the_ledger_finds_it_toward_each() {
    // One bound party cannot promise something to "each other".
    let mut value = article();
    put(&mut value, "/commitments/0/mutual", json!(true));
    assert_one_problem(
        &value,
        ErrorCode::MutualWithOneParty,
        "/commitments/0/mutual",
    );
    // Each party bound and a counterparty is refused, with a hint.
    let mut value = article();
    put(
        &mut value,
        "/commitments/0/bound_parties",
        json!(["india", "kazakhstan"]),
    );
    put(
        &mut value,
        "/commitments/0/counterparties",
        json!(["kazakhstan"]),
    );
    let message = assert_one_problem(
        &value,
        ErrorCode::PartyConflict,
        "/commitments/0/counterparties/0",
    );
    assert!(message.contains("mutual"), "{message}");
    // Both bound, made to each other.
    let mut value = article();
    put(
        &mut value,
        "/commitments/0/bound_parties",
        json!(["india", "kazakhstan"]),
    );
    put(&mut value, "/commitments/0/mutual", json!(true));
    assert_eq!(warnings(&value), []);
    let article = Article::from_json_str(&value.to_string()).unwrap();
    assert!(article.commitments[0].mutual);
    let mut ledger = structured_news::Ledger::new();
    ledger.add(&article).unwrap_or_else(|e| panic!("{e:?}"));
    let report = ledger.report();
    let filter = structured_news::CommitmentFilter::new()
        .bound_party("country:KZ")
        .counterparty("country:IN");
    let found: Vec<&str> = report
        .commitments_matching(&filter)
        .map(|c| c.action.as_str())
        .collect();
    assert_eq!(found, ["host the summit"]);
}

#[test]
fn a_place_the_article_describes_without_naming_it() {
    let mut value = article();
    put(
        &mut value,
        "/entities/places/3",
        json!({"id": "goa", "description": "a resort on India's west coast", "kind": "region", "country": "IN"}),
    );
    assert_eq!(warnings(&value), []);
    let article = Article::from_json_str(&value.to_string()).unwrap();
    let place = &article.entities.places[3];
    assert_eq!(place.name, None);
    assert_eq!(place.label(), "a resort on India's west coast");
    assert_eq!(serde_json::to_value(&article).unwrap(), value);
    // Neither a name nor a description.
    let mut value = article_value_without_place_name();
    at(&mut value, "/entities/places/3")
        .as_object_mut()
        .unwrap()
        .remove("description");
    assert_one_problem(&value, ErrorCode::NoName, "/entities/places/3/name");
}

/// The article with Goa described, not named.
fn article_value_without_place_name() -> Value {
    let mut value = article();
    put(
        &mut value,
        "/entities/places/3",
        json!({"id": "goa", "description": "a resort", "kind": "region", "country": "IN"}),
    );
    value
}

/// "An informal meeting at the level of foreign ministers", «переговоры в
/// узком и расширенном составе».
#[test]
fn a_meeting_gives_its_formats_and_level() {
    let mut value = article();
    put(
        &mut value,
        "/meetings/1/formats",
        json!(["restricted", "expanded"]),
    );
    put(&mut value, "/meetings/1/level", json!("ministers"));
    assert_eq!(warnings(&value), []);
    let article = Article::from_json_str(&value.to_string()).unwrap();
    assert_eq!(
        article.meetings[1].formats,
        [
            structured_news::MeetingFormat::Restricted,
            structured_news::MeetingFormat::Expanded
        ]
    );
    assert_eq!(
        article.meetings[1].level,
        Some(structured_news::MeetingLevel::Ministers)
    );
    assert_eq!(serde_json::to_value(&article).unwrap(), value);
    let rows = rows_of(&value, "meeting_formats");
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(rows[1].join(" ").contains("\"expanded\""), "{rows:?}");
    put(&mut value, "/meetings/1/formats/1", json!("casual"));
    assert_one_problem(&value, ErrorCode::UnknownVariant, "/meetings/1/formats/1");
    let built = Meeting::builder("m", MeetingKind::Multilateral, MeetingStatus::Held)
        .format(structured_news::MeetingFormat::Informal)
        .level(structured_news::MeetingLevel::Ministers)
        .build()
        .unwrap();
    assert_eq!(built.formats, [structured_news::MeetingFormat::Informal]);
}

//! Parties' roles toward a meeting (host, guest, chair, requester...),
//! parties with a role that do not attend, and meetings that are only
//! possible: read, written back, checked, built, tracked, exported and
//! put in tables.

mod common;

use serde_json::{json, Value};
use structured_news::interop::{meeting_cameo_code, schema_org_event_status, to_plover};
use structured_news::table::{write_rows, Cell, RowSink, Table};
use structured_news::{
    Article, ArticleBuilder, Attendance, ErrorCode, Ledger, Lints, Meeting, MeetingKind,
    MeetingRole, MeetingStatus, Person, Place, Severity, Validate,
};

const TASS: &str = "valid/tass-2023-07-08-putin-erdogan-meeting-possible.json";

fn tass_json() -> String {
    std::fs::read_to_string(common::fixtures().join(TASS)).unwrap()
}

/// A bilateral meeting of two people, with the participants given.
fn talks(kind: &str, participants: Value) -> Value {
    json!({
        "format_version": "2.0",
        "id": "a1",
        "language": "en",
        "published": "2023-07-08",
        "body": "Putin and Erdogan talked.",
        "entities": {
            "people": [
                {"id": "putin", "name": "Vladimir Putin", "country": "RU", "identifiers": {"wikidata": "Q7747"}},
                {"id": "erdogan", "name": "Recep Tayyip Erdogan", "country": "TR"},
                {"id": "guterres", "name": "Antonio Guterres"}
            ],
            "places": [
                {"id": "russia", "name": "Russia", "kind": "country", "country": "RU"},
                {"id": "turkey", "name": "Turkey", "kind": "country", "country": "TR"},
                {"id": "qatar", "name": "Qatar", "kind": "country", "country": "QA"}
            ]
        },
        "meetings": [{"id": "m1", "kind": kind, "status": "held", "participants": participants}]
    })
}

/// Every problem of `doc` at the default levels, warnings included, as
/// code, path and severity.
fn problems(doc: &Value) -> Vec<(ErrorCode, String, Severity)> {
    let bytes = doc.to_string();
    match Article::from_json_slice_with(bytes.as_bytes(), &Lints::new()) {
        Ok((_, warnings)) => warnings
            .iter()
            .map(|w| (w.code(), w.path().to_string(), w.severity()))
            .collect(),
        Err(structured_news::Error::Invalid(errors)) => errors
            .iter()
            .map(|e| (e.code(), e.path().to_string(), e.severity()))
            .collect(),
        Err(other) => panic!("{other}"),
    }
}

fn one_warning(doc: &Value, code: ErrorCode, path: &str) {
    assert_eq!(
        problems(doc),
        vec![(code, path.to_owned(), Severity::Warning)]
    );
}

#[test]
fn the_real_article_reads_with_its_roles_and_possible_meetings_and_writes_back() {
    let json = tass_json();
    let (article, warnings) =
        Article::from_json_slice_with(json.as_bytes(), &Lints::new()).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let [meeting, visit] = &article.meetings[..] else {
        panic!("two meetings");
    };
    assert_eq!(meeting.status, MeetingStatus::Possible);
    assert_eq!(visit.status, MeetingStatus::Possible);
    assert_eq!(visit.kind, MeetingKind::Visit);
    let roles: Vec<(&str, Option<&MeetingRole>)> = visit
        .participants
        .iter()
        .map(|p| (p.entity.as_str(), p.role.as_ref()))
        .collect();
    assert_eq!(
        roles,
        [
            ("vladimir-putin", Some(&MeetingRole::Guest)),
            ("recep-tayyip-erdogan", Some(&MeetingRole::Host))
        ]
    );
    let written = serde_json::to_string_pretty(&article).unwrap() + "\n";
    assert_eq!(written, json);
}

#[test]
fn possible_is_neither_held_nor_an_outcome_and_maps_to_no_standard_status() {
    let possible = MeetingStatus::Possible;
    assert!(!possible.took_place());
    assert!(!possible.is_outcome());
    assert_eq!(possible.as_str(), "possible");
    assert_eq!(schema_org_event_status(&possible), None);
    let article = Article::from_json_str(&tass_json()).unwrap();
    for m in &article.meetings {
        assert_eq!(meeting_cameo_code(m), None, "{}", m.id.as_str());
    }
    // No party agreed to meet: no AGREE record, and nothing held.
    assert!(to_plover(&article).is_empty());
}

#[test]
fn a_possible_meeting_dated_before_publication_is_planned_in_the_past() {
    let mut doc = talks(
        "bilateral",
        json!([{"entity": "putin"}, {"entity": "erdogan"}]),
    );
    doc["meetings"][0]["status"] = json!("possible");
    doc["meetings"][0]["date"] = json!({"value": "2022-01-10"});
    one_warning(&doc, ErrorCode::PlannedInPast, "/meetings/0/date/value");
}

#[test]
fn host_and_guest_of_a_visit_and_two_co_chairs_are_clean() {
    let doc = talks(
        "visit",
        json!([{"entity": "putin", "role": "guest"}, {"entity": "erdogan", "role": "host"}]),
    );
    assert_eq!(problems(&doc), []);
    let doc = talks(
        "multilateral",
        json!([
            {"entity": "putin", "role": "co_chair"},
            {"entity": "erdogan", "role": "co_chair"},
            {"entity": "russia", "role": "host"},
            {"entity": "turkey", "role": "host"}
        ]),
    );
    assert_eq!(problems(&doc), []);
}

#[test]
fn two_hosts_of_a_bilateral_meeting_visit_or_call_are_a_warning_at_the_second() {
    for kind in ["bilateral", "visit", "phone_call", "video_conference"] {
        let doc = talks(
            kind,
            json!([{"entity": "putin", "role": "host"}, {"entity": "erdogan", "role": "host"}]),
        );
        one_warning(
            &doc,
            ErrorCode::MeetingRoleConflict,
            "/meetings/0/participants/1/role",
        );
    }
}

#[test]
fn a_host_country_and_its_president_are_one_host() {
    let doc = talks(
        "visit",
        json!([
            {"entity": "putin", "role": "guest"},
            {"entity": "turkey", "role": "host"},
            {"entity": "erdogan", "role": "host"}
        ]),
    );
    assert_eq!(problems(&doc), []);
    // A host of no known country may be another side.
    let doc = talks(
        "visit",
        json!([
            {"entity": "erdogan", "role": "host"},
            {"entity": "guterres", "role": "host"}
        ]),
    );
    one_warning(
        &doc,
        ErrorCode::MeetingRoleConflict,
        "/meetings/0/participants/1/role",
    );
}

#[test]
fn two_chairs_are_a_warning_that_names_co_chairs() {
    let doc = talks(
        "multilateral",
        json!([
            {"entity": "guterres"},
            {"entity": "putin", "role": "chair"},
            {"entity": "erdogan", "role": "chair"}
        ]),
    );
    one_warning(
        &doc,
        ErrorCode::MeetingRoleConflict,
        "/meetings/0/participants/2/role",
    );
    let bytes = doc.to_string();
    let (_, warnings) = Article::from_json_slice_with(bytes.as_bytes(), &Lints::new()).unwrap();
    assert!(
        warnings[0].message().contains("co_chair"),
        "{}",
        warnings[0].message()
    );
}

#[test]
fn a_party_not_attending_with_a_role_from_outside_is_no_third_side() {
    let doc = talks(
        "bilateral",
        json!([
            {"entity": "putin"},
            {"entity": "erdogan", "role": "requester"},
            {"entity": "qatar", "attendance": "not_attending", "role": "sponsor"}
        ]),
    );
    assert_eq!(problems(&doc), []);
    // Behind a party not attending, a third side is found at its own place.
    let doc = talks(
        "bilateral",
        json!([
            {"entity": "qatar", "attendance": "not_attending", "role": "sponsor"},
            {"entity": "putin"},
            {"entity": "erdogan"},
            {"entity": "guterres"},
            {"entity": "qatar", "role": "mediator"}
        ]),
    );
    let found = problems(&doc);
    assert!(
        found.contains(&(
            ErrorCode::TooManySides,
            "/meetings/0/participants/4/entity".to_owned(),
            Severity::Error
        )),
        "{found:?}"
    );
    // Attending, the same country is a third side.
    let doc = talks(
        "bilateral",
        json!([
            {"entity": "putin"},
            {"entity": "erdogan"},
            {"entity": "qatar", "role": "mediator"}
        ]),
    );
    assert_eq!(
        problems(&doc),
        vec![(
            ErrorCode::TooManySides,
            "/meetings/0/participants/2/entity".to_owned(),
            Severity::Error
        )]
    );
}

#[test]
fn a_party_not_attending_needs_a_role_it_can_play_from_outside() {
    let doc = talks(
        "bilateral",
        json!([{"entity": "putin"}, {"entity": "erdogan"}, {"entity": "qatar", "attendance": "not_attending"}]),
    );
    one_warning(
        &doc,
        ErrorCode::MeetingRoleConflict,
        "/meetings/0/participants/2/attendance",
    );
    let doc = talks(
        "visit",
        json!([{"entity": "putin", "attendance": "not_attending", "role": "guest"}, {"entity": "erdogan", "role": "host"}]),
    );
    one_warning(
        &doc,
        ErrorCode::MeetingRoleConflict,
        "/meetings/0/participants/0/role",
    );
}

#[test]
fn a_role_this_version_does_not_know_is_reported_and_kept() {
    let doc = talks(
        "bilateral",
        json!([{"entity": "putin", "role": "moderator"}, {"entity": "erdogan"}]),
    );
    let found = problems(&doc);
    assert_eq!(
        found
            .iter()
            .map(|(c, p, _)| (*c, p.as_str()))
            .collect::<Vec<_>>(),
        [(ErrorCode::UnknownVariant, "/meetings/0/participants/0/role")]
    );
}

#[test]
fn a_requester_that_is_no_party_of_the_article_is_an_unknown_reference() {
    let doc = talks(
        "phone_call",
        json!([
            {"entity": "putin"},
            {"entity": "erdogan"},
            {"entity": "germany", "attendance": "not_attending", "role": "requester"}
        ]),
    );
    let found = problems(&doc);
    assert_eq!(
        found
            .iter()
            .map(|(c, p, s)| (*c, p.as_str(), *s))
            .collect::<Vec<_>>(),
        [(
            ErrorCode::UnknownReference,
            "/meetings/0/participants/2/entity",
            Severity::Error
        )]
    );
}

#[test]
fn a_speaker_marked_not_attending_is_a_declined_speaker() {
    let mut doc = talks(
        "bilateral",
        json!([
            {"entity": "putin"},
            {"entity": "erdogan", "attendance": "not_attending", "role": "requester"}
        ]),
    );
    doc["statements"] = json!([{
        "id": "s1", "speaker": "erdogan", "mode": "paraphrase", "speech_act": "said",
        "text": "Putin and Erdogan talked", "setting": "m1"
    }]);
    let found = problems(&doc);
    assert!(
        found
            .iter()
            .any(|(c, p, s)| *c == ErrorCode::DeclinedSpeaker
                && p == "/statements/0/setting"
                && *s == Severity::Error),
        "{found:?}"
    );
}

#[test]
fn an_update_checks_the_roles_it_reports() {
    let mut doc = talks(
        "bilateral",
        json!([{"entity": "putin"}, {"entity": "erdogan"}]),
    );
    doc["updates"] = json!([{
        "target": {"article": "earlier", "id": "talks"},
        "participants": [{"entity": "putin", "role": "moderator"}]
    }]);
    let found = problems(&doc);
    assert_eq!(
        found
            .iter()
            .map(|(c, p, _)| (*c, p.as_str()))
            .collect::<Vec<_>>(),
        [(ErrorCode::UnknownVariant, "/updates/0/participants/0/role")]
    );
}

#[test]
fn the_builder_records_roles_and_parties_not_attending() {
    let mut article = ArticleBuilder::new(
        "a1",
        "en",
        "Putin held a telephone conversation with Erdogan at the request of the Turkish side.",
    );
    let putin = article.add_person(Person::builder("putin", "Vladimir Putin").country("RU"));
    let erdogan =
        article.add_person(Person::builder("erdogan", "Recep Tayyip Erdogan").country("TR"));
    let turkey = article.add_country(Place::country_builder("turkey", "Turkey", "TR"));
    article.add_meeting(
        Meeting::builder("call", MeetingKind::PhoneCall, MeetingStatus::Held)
            .participant(&putin)
            .participant_in_role(&erdogan, MeetingRole::Guest)
            .party_not_attending(&turkey, MeetingRole::Requester)
            .participant_evidence("at the request of the Turkish side"),
    );
    let article = article.build().unwrap();
    let written = serde_json::to_value(&article.meetings[0].participants).unwrap();
    assert_eq!(
        written,
        json!([
            {"entity": "putin"},
            {"entity": "erdogan", "role": "guest"},
            {"entity": "turkey", "attendance": "not_attending", "role": "requester",
             "evidence": [{"quote": {"exact": "at the request of the Turkish side"},
                           "position": {"start": 49, "end": 83}}]}
        ])
    );
}

#[test]
fn the_builder_warns_of_a_guest_not_attending_with_its_code_and_path() {
    let mut article = ArticleBuilder::new("a1", "en", "Putin could visit Turkey.");
    let putin = article.add_person(Person::builder("putin", "Vladimir Putin").country("RU"));
    article.add_meeting(
        Meeting::builder("visit", MeetingKind::Visit, MeetingStatus::Possible)
            .party_not_attending(&putin, MeetingRole::Guest),
    );
    // Warnings alone do not stop a build; linting the article reports them.
    let article = article.build().unwrap();
    let warnings = article.lint(&Lints::new()).unwrap();
    let found: Vec<(ErrorCode, String)> = warnings
        .iter()
        .map(|e| (e.code(), e.path().to_string()))
        .collect();
    assert_eq!(
        found,
        [(
            ErrorCode::MeetingRoleConflict,
            "/meetings/0/participants/0/role".to_owned()
        )]
    );
}

/// A ledger of the earlier article and a later one that updates its talks.
fn tracked(update_participants: Value) -> structured_news::LedgerReport {
    let mut earlier = talks(
        "visit",
        json!([
            {"entity": "putin", "role": "guest"},
            {"entity": "erdogan", "role": "host"},
            {"entity": "qatar", "attendance": "not_attending", "role": "sponsor"}
        ]),
    );
    earlier["meetings"][0]["status"] = json!("possible");
    let later = json!({
        "format_version": "2.0",
        "id": "a2",
        "language": "en",
        "published": "2023-07-20",
        "body": "Putin arrived.",
        "entities": {"people": [
            {"id": "putin", "name": "Vladimir Putin", "country": "RU", "identifiers": {"wikidata": "Q7747"}}
        ]},
        "updates": [{
            "target": {"article": "a1", "id": "m1"},
            "participants": update_participants
        }]
    });
    let mut ledger = Ledger::new();
    for doc in [earlier, later] {
        ledger
            .add(&Article::from_json_str(&doc.to_string()).unwrap())
            .unwrap();
    }
    ledger.report()
}

#[test]
fn the_ledger_keeps_a_role_until_a_later_report_gives_another() {
    let report = tracked(json!([{"entity": "putin", "attendance": "confirmed"}]));
    let meeting = &report.meetings[0];
    assert_eq!(meeting.status, MeetingStatus::Possible);
    assert!(report.planned_meetings().any(|m| m.id == meeting.id));
    let seen: Vec<(Option<&Attendance>, Option<&MeetingRole>)> = meeting
        .participants
        .iter()
        .map(|p| (p.attendance.as_ref(), p.role.as_ref()))
        .collect();
    assert_eq!(
        seen,
        [
            // The update says Putin came, and not in what role: still the guest.
            (Some(&Attendance::Confirmed), Some(&MeetingRole::Guest)),
            // Planned: expected, with its role.
            (Some(&Attendance::Expected), Some(&MeetingRole::Host)),
            // Not attending stays so, though the meeting was planned.
            (Some(&Attendance::NotAttending), Some(&MeetingRole::Sponsor)),
        ]
    );
    let report = tracked(json!([{"entity": "putin", "role": "observer"}]));
    assert_eq!(
        report.meetings[0].participants[0].role,
        Some(MeetingRole::Observer)
    );
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["meetings"][0]["participants"][0]["role"], "observer");
}

/// The rows of one table, each as its cells' debug text.
struct Rows {
    table: &'static str,
    columns: Vec<&'static str>,
    rows: Vec<Vec<String>>,
}

impl RowSink for Rows {
    type Error = std::convert::Infallible;

    fn row(&mut self, table: &'static Table, cells: &[Cell<'_>]) -> Result<(), Self::Error> {
        if table.name == self.table {
            self.columns = table.columns.iter().map(|c| c.name).collect();
            self.rows
                .push(cells.iter().map(|c| format!("{c:?}")).collect());
        }
        Ok(())
    }
}

#[test]
fn the_participants_table_has_the_role() {
    let article = Article::from_json_str(&tass_json()).unwrap();
    let mut rows = Rows {
        table: "meeting_participants",
        columns: Vec::new(),
        rows: Vec::new(),
    };
    write_rows(&article, &mut rows).unwrap();
    let role = rows.columns.iter().position(|c| *c == "role").unwrap();
    let roles: Vec<&str> = rows.rows.iter().map(|r| r[role].as_str()).collect();
    assert_eq!(roles.len(), 4);
    assert!(roles[2].contains("guest"), "{roles:?}");
    assert!(roles[3].contains("host"), "{roles:?}");
}

//! Participants, roles and statements, the parts 2.1 adds for them: why a
//! participant stands in or stays away (`reasons`, attendance `unable`),
//! a role held before (`Role::former`), the speaker's own channel
//! (`Statement::channel`), a meeting known by several names
//! (`Meeting::aliases`). Read from a real article (WION, 15 July 2023),
//! checked with code and path, built, put in tables.

mod common;

use common::{assert_one_problem, at, put};
use serde_json::{json, Value};
use structured_news::table::{write_rows, Cell, RowSink, Table};
use structured_news::{
    Article, ArticleBuilder, Attendance, ErrorCode, Lints, Meeting, MeetingKind, MeetingStatus,
    Person, StatementChannel, StatusReason,
};

const WION: &str = "held_out/unseen_5/wion-2023-07-15-jaishankar-wang-yi-jakarta.json";

fn wion_json() -> String {
    std::fs::read_to_string(common::fixtures().join(WION)).unwrap()
}

fn wion() -> Value {
    serde_json::from_str(&wion_json()).unwrap()
}

/// The real article, read with every lint at its default level: no error,
/// no warning.
fn wion_article() -> Article {
    let (article, warnings) =
        Article::from_json_slice_with(wion_json().as_bytes(), &Lints::new()).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    article
}

/// Every problem of `doc` at the default levels, warnings included, as
/// code and path.
fn every_problem(doc: &Value) -> Vec<(ErrorCode, String)> {
    let bytes = doc.to_string();
    match Article::from_json_slice_with(bytes.as_bytes(), &Lints::new()) {
        Ok((_, warnings)) => warnings
            .iter()
            .map(|w| (w.code(), w.path().to_string()))
            .collect(),
        Err(structured_news::Error::Invalid(errors)) => errors
            .iter()
            .map(|e| (e.code(), e.path().to_string()))
            .collect(),
        Err(other) => panic!("{other}"),
    }
}

/// The index of the meeting `id` in the WION article.
fn meeting_at(doc: &Value, id: &str) -> usize {
    common::index_of(doc, "/meetings", id)
}

#[test]
fn wang_stands_in_for_qin_who_cannot_come_for_health_reasons() {
    let article = wion_article();
    let meeting = article
        .meetings
        .iter()
        .find(|m| m.id.as_str() == "asean-meetings")
        .unwrap();
    let wang = &meeting.participants[0];
    assert_eq!(wang.entity.as_str(), "wang-yi");
    assert_eq!(wang.in_place_of.as_ref().unwrap().as_str(), "qin-gang");
    assert_eq!(
        wang.reasons[0].text,
        "the incumbent foreign minister Qin Gang is unwell"
    );
    let qin = &meeting.participants[1];
    assert_eq!(qin.attendance, Some(Attendance::Unable));
    assert!(qin.attendance.as_ref().unwrap().absent());
    let health = &qin.reasons[0];
    assert_eq!(health.text, "health reasons");
    assert_eq!(health.given_by.as_ref().unwrap().as_str(), "china");
    assert_eq!(health.statement.as_ref().unwrap().as_str(), "s-china-qin");
}

#[test]
fn a_participant_s_reason_names_a_party_and_a_statement() {
    let doc = wion();
    let m = meeting_at(&doc, "asean-meetings");
    let reason = format!("/meetings/{m}/participants/1/reasons/0");

    let mut city = doc.clone();
    put(&mut city, &format!("{reason}/given_by"), json!("jakarta"));
    assert_one_problem(
        &city,
        ErrorCode::WrongReferenceKind,
        &format!("{reason}/given_by"),
    );

    let mut missing = doc.clone();
    put(
        &mut missing,
        &format!("{reason}/statement"),
        json!("s-nowhere"),
    );
    assert_one_problem(
        &missing,
        ErrorCode::UnknownReference,
        &format!("{reason}/statement"),
    );

    let mut blank = doc.clone();
    put(&mut blank, &format!("{reason}/text"), json!(" "));
    assert_one_problem(&blank, ErrorCode::BlankText, &format!("{reason}/text"));

    let mut not_found = doc;
    put(
        &mut not_found,
        &format!("{reason}/evidence/0/quote/exact"),
        json!("due to an illness"),
    );
    assert_one_problem(
        &not_found,
        ErrorCode::EvidenceNotFound,
        &format!("{reason}/evidence/0/quote/exact"),
    );
}

#[test]
fn one_who_cannot_come_is_not_there_and_does_not_speak_there() {
    let mut doc = wion();
    let m = meeting_at(&doc, "asean-meetings");
    // Qin, unable to come, is absent: Wang standing in for him is no
    // conflict, but Qin confirmed as attending is.
    put(
        &mut doc,
        &format!("/meetings/{m}/participants/1/attendance"),
        json!("confirmed"),
    );
    assert_eq!(
        every_problem(&doc),
        vec![(
            ErrorCode::ReplacedAttends,
            format!("/meetings/{m}/participants/1/entity")
        )]
    );
}

#[test]
fn an_unknown_attendance_is_still_refused() {
    let mut doc = wion();
    let m = meeting_at(&doc, "asean-meetings");
    let path = format!("/meetings/{m}/participants/1/attendance");
    *at(&mut doc, &path) = json!("unwell");
    assert_eq!(every_problem(&doc), vec![(ErrorCode::UnknownVariant, path)]);
}

#[test]
fn the_builder_gives_a_participant_reasons() {
    let body = "Wang, a former Chinese foreign minister, is attending the ASEAN plus meetings in Jakarta as the incumbent foreign minister Qin Gang is unwell.";
    let mut article = ArticleBuilder::new("a1", "en", body);
    let wang = article.add_person(Person::builder("wang-yi", "Wang Yi"));
    let qin = article.add_person(Person::builder("qin-gang", "Qin Gang"));
    article.add_meeting(
        Meeting::builder(
            "asean-meetings",
            MeetingKind::Multilateral,
            MeetingStatus::InProgress,
        )
        .participant_in_place_of(&wang, &qin)
        .participant_reason(StatusReason::new(
            "the incumbent foreign minister Qin Gang is unwell",
        ))
        .participant_attending(&qin, Attendance::Unable)
        .participant_reason(StatusReason::new("Qin Gang is unwell").given_by(&qin)),
    );
    let article = article.build().unwrap();
    let participants = &article.meetings[0].participants;
    assert_eq!(participants[0].reasons.len(), 1);
    assert_eq!(
        participants[1].reasons[0]
            .given_by
            .as_ref()
            .unwrap()
            .as_str(),
        "qin-gang"
    );
    let json = serde_json::to_value(&article).unwrap();
    assert_eq!(
        json["meetings"][0]["participants"][1]["attendance"],
        "unable"
    );
}

#[test]
fn the_builder_refuses_a_reason_before_any_participant() {
    let mut article = ArticleBuilder::new("a1", "en", "The meetings go on.");
    article.add_meeting(
        Meeting::builder("m", MeetingKind::Multilateral, MeetingStatus::InProgress)
            .participant_reason(StatusReason::new("illness")),
    );
    let errors = article.build().unwrap_err();
    let found: Vec<_> = errors
        .iter()
        .map(|e| (e.code(), e.path().to_string()))
        .collect();
    assert_eq!(
        found,
        vec![(
            ErrorCode::InvalidValue,
            "/meetings/0/participants".to_owned()
        )]
    );
}

/// The rows of the tables, each as its table's name and its cells' text.
#[derive(Default)]
struct Rows(Vec<(&'static str, Vec<String>)>);

impl RowSink for Rows {
    type Error = std::convert::Infallible;

    fn row(&mut self, table: &'static Table, cells: &[Cell<'_>]) -> Result<(), Self::Error> {
        let text = cells
            .iter()
            .map(|c| match c {
                Cell::Text(t) => t.to_string(),
                Cell::Integer(i) => i.to_string(),
                Cell::Boolean(b) => b.to_string(),
                Cell::Null => String::new(),
                other => format!("{other:?}"),
            })
            .collect();
        self.0.push((table.name, text));
        Ok(())
    }
}

impl Rows {
    fn of(&self, table: &str) -> Vec<&Vec<String>> {
        self.0
            .iter()
            .filter(|(t, _)| *t == table)
            .map(|(_, r)| r)
            .collect()
    }
}

fn wion_rows() -> Rows {
    let mut rows = Rows::default();
    write_rows(&wion_article(), &mut rows).unwrap();
    rows
}

#[test]
fn the_tables_hold_a_participant_s_reasons_and_attendance() {
    let doc = wion();
    let m = meeting_at(&doc, "asean-meetings");
    let rows = wion_rows();
    let reasons = rows.of("status_reasons");
    assert_eq!(
        reasons.iter().map(|r| r[1..].to_vec()).collect::<Vec<_>>(),
        vec![
            vec![
                format!("/meetings/{m}/participants/0/reasons/0"),
                format!("/meetings/{m}/participants/0"),
                "0".to_owned(),
                "the incumbent foreign minister Qin Gang is unwell".to_owned(),
                String::new(),
                String::new(),
            ],
            vec![
                format!("/meetings/{m}/participants/1/reasons/0"),
                format!("/meetings/{m}/participants/1"),
                "0".to_owned(),
                "health reasons".to_owned(),
                "china".to_owned(),
                "s-china-qin".to_owned(),
            ],
        ]
    );
    let qin = rows
        .of("meeting_participants")
        .into_iter()
        .find(|r| r[4] == "qin-gang")
        .unwrap()
        .clone();
    assert!(qin.contains(&"unable".to_owned()), "{qin:?}");
}

#[test]
fn wang_is_a_former_foreign_minister_with_no_end_made_up() {
    let article = wion_article();
    let wang = article
        .entities
        .people
        .iter()
        .find(|p| p.id.as_str() == "wang-yi")
        .unwrap();
    let minister = wang
        .roles
        .iter()
        .find(|r| r.title == "foreign minister")
        .unwrap();
    assert!(minister.former);
    assert_eq!(minister.end, None);
    // Qin's office is held now.
    let qin = article
        .entities
        .people
        .iter()
        .find(|p| p.id.as_str() == "qin-gang")
        .unwrap();
    assert!(!qin.roles[0].former);
    let rows = wion_rows();
    let roles = rows.of("roles");
    let former: Vec<_> = roles
        .iter()
        .filter(|r| r.last().map(String::as_str) == Some("true"))
        .map(|r| (r[2].as_str(), r[4].as_str()))
        .collect();
    assert_eq!(former, vec![("wang-yi", "foreign minister")]);
}

#[test]
fn a_former_role_does_not_end_after_publication() {
    let doc = wion();
    let p = common::index_of(&doc, "/entities/people", "wang-yi");
    let end = format!("/entities/people/{p}/roles/2/end");

    let mut after = doc.clone();
    put(&mut after, &end, json!("2023-09"));
    assert_one_problem(&after, ErrorCode::DateAfterPublication, &end);

    // Ended before publication, or on the day: no contradiction.
    for before in ["2022-12-30", "2023-07-15", "../2023-07-15"] {
        let mut dated = doc.clone();
        put(&mut dated, &end, json!(before));
        assert_eq!(every_problem(&dated), vec![], "{before}");
    }

    // A role not marked former may end after publication ("whose term
    // ends in September").
    let mut current = doc;
    put(&mut current, &end, json!("2023-09"));
    *at(
        &mut current,
        &format!("/entities/people/{p}/roles/2/former"),
    ) = json!(false);
    assert_eq!(every_problem(&current), vec![]);
}

#[test]
fn former_is_a_boolean_and_absent_when_false() {
    let mut doc = wion();
    let p = common::index_of(&doc, "/entities/people", "wang-yi");
    put(
        &mut doc,
        &format!("/entities/people/{p}/roles/2/former"),
        json!("yes"),
    );
    let e = common::json_error(doc.to_string().as_bytes());
    assert_eq!(
        e.path().as_str(),
        format!("/entities/people/{p}/roles/2/former")
    );
    let role = structured_news::Role::new("foreign minister");
    assert_eq!(
        serde_json::to_string(&role).unwrap(),
        r#"{"title":"foreign minister"}"#
    );
}

#[test]
fn jaishankar_speaks_on_twitter_and_the_words_reach_the_article_through_nobody() {
    let article = wion_article();
    let tweet = article
        .statements
        .iter()
        .find(|s| s.id.as_str() == "s-tweet")
        .unwrap();
    assert_eq!(tweet.channel, Some(StatementChannel::SocialMedia));
    assert_eq!(tweet.platform.as_ref().unwrap().as_str(), "twitter");
    assert!(tweet.reported_by.is_empty());
    // Wang's urging reached the article through the ministry: reported_by,
    // and no channel of Wang's own.
    let urge = article
        .statements
        .iter()
        .find(|s| s.id.as_str() == "s-wang-urge")
        .unwrap();
    assert_eq!(urge.channel, None);
    assert_eq!(urge.reported_by[0].as_str(), "chinese-mfa");
    let rows = wion_rows();
    let statements = rows.of("statements");
    let row = statements.iter().find(|r| r[1] == "s-tweet").unwrap();
    let n = row.len();
    assert_eq!(row[n - 2..], ["social_media", "twitter"]);
}

#[test]
fn a_channel_is_known_and_a_platform_is_a_person_or_an_organization() {
    let doc = wion();
    let s = common::index_of(&doc, "/statements", "s-tweet");

    let mut unknown = doc.clone();
    put(
        &mut unknown,
        &format!("/statements/{s}/channel"),
        json!("carrier_pigeon"),
    );
    assert_eq!(
        every_problem(&unknown),
        vec![(
            ErrorCode::UnknownVariant,
            format!("/statements/{s}/channel")
        )]
    );

    let mut country = doc.clone();
    put(
        &mut country,
        &format!("/statements/{s}/platform"),
        json!("india"),
    );
    assert_one_problem(
        &country,
        ErrorCode::WrongReferenceKind,
        &format!("/statements/{s}/platform"),
    );

    let mut missing = doc;
    put(
        &mut missing,
        &format!("/statements/{s}/platform"),
        json!("x"),
    );
    assert_one_problem(
        &missing,
        ErrorCode::UnknownReference,
        &format!("/statements/{s}/platform"),
    );
}

#[test]
fn every_channel_reads_and_writes_back() {
    for channel in [
        "social_media",
        "interview",
        "press_conference",
        "briefing",
        "speech",
        "written_statement",
        "other",
    ] {
        let read: StatementChannel = serde_json::from_value(json!(channel)).unwrap();
        assert_eq!(serde_json::to_value(&read).unwrap(), json!(channel));
    }
}

#[test]
fn the_asean_meetings_go_by_two_names() {
    let article = wion_article();
    let meeting = article
        .meetings
        .iter()
        .find(|m| m.id.as_str() == "asean-meetings")
        .unwrap();
    assert_eq!(meeting.name.as_deref(), Some("ASEAN plus meetings"));
    assert_eq!(meeting.aliases, ["ASEAN meetings"]);
    let doc = wion();
    let m = meeting_at(&doc, "asean-meetings");
    let rows = wion_rows();
    assert_eq!(
        rows.of("meeting_aliases")
            .iter()
            .map(|r| r[1..].to_vec())
            .collect::<Vec<_>>(),
        vec![vec![
            format!("/meetings/{m}/aliases/0"),
            "asean-meetings".to_owned(),
            "0".to_owned(),
            "ASEAN meetings".to_owned(),
        ]]
    );
}

#[test]
fn a_meeting_s_alias_is_not_blank() {
    let mut doc = wion();
    let m = meeting_at(&doc, "asean-meetings");
    put(&mut doc, &format!("/meetings/{m}/aliases/0"), json!("  "));
    assert_one_problem(
        &doc,
        ErrorCode::BlankText,
        &format!("/meetings/{m}/aliases/0"),
    );
}

#[test]
fn the_builder_gives_a_meeting_aliases() {
    let mut article = ArticleBuilder::new(
        "a1",
        "en",
        "Wang is attending the ASEAN plus meetings. Qin will not make it to the ASEAN meetings.",
    );
    article.add_meeting(
        Meeting::builder(
            "asean-meetings",
            MeetingKind::Multilateral,
            MeetingStatus::InProgress,
        )
        .name("ASEAN plus meetings")
        .alias("ASEAN meetings"),
    );
    let article = article.build().unwrap();
    assert_eq!(article.meetings[0].aliases, ["ASEAN meetings"]);
    let json = serde_json::to_value(&article).unwrap();
    assert_eq!(json["meetings"][0]["aliases"], json!(["ASEAN meetings"]));
}

#[test]
fn the_encoding_without_the_new_parts_still_reads_with_no_warning() {
    // The article as first encoded: Qin `declined`, the former office as
    // an open end, Twitter among the outlets the tweet came through, one
    // name for the meetings.
    let mut doc = wion();
    let m = meeting_at(&doc, "asean-meetings");
    let p = common::index_of(&doc, "/entities/people", "wang-yi");
    let s = common::index_of(&doc, "/statements", "s-tweet");
    let meeting = at(&mut doc, &format!("/meetings/{m}"));
    meeting.as_object_mut().unwrap().remove("aliases");
    for participant in meeting["participants"].as_array_mut().unwrap() {
        participant.as_object_mut().unwrap().remove("reasons");
    }
    put(
        &mut doc,
        &format!("/meetings/{m}/participants/1/attendance"),
        json!("declined"),
    );
    let role = at(&mut doc, &format!("/entities/people/{p}/roles/2"));
    role.as_object_mut().unwrap().remove("former");
    put(
        &mut doc,
        &format!("/entities/people/{p}/roles/2/end"),
        json!("../2023-07-15"),
    );
    let tweet = at(&mut doc, &format!("/statements/{s}"));
    let tweet = tweet.as_object_mut().unwrap();
    tweet.remove("channel");
    tweet.remove("platform");
    tweet.insert("reported_by".to_owned(), json!(["twitter"]));
    assert_eq!(every_problem(&doc), vec![]);
    let article = Article::from_json_str(&doc.to_string()).unwrap();
    let written = serde_json::to_value(&article).unwrap();
    assert!(written["meetings"][m].get("aliases").is_none());
    assert!(written["statements"][s].get("channel").is_none());
    assert!(written["entities"]["people"][p]["roles"][2]
        .get("former")
        .is_none());
}

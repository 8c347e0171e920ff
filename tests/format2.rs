//! Format 2.0: each thing real diplomatic news says can be said, and each
//! way of saying it wrong is refused with its code and path.

mod common;

use common::{assert_one_problem, at, example_value, put};
use serde_json::{json, Value};
use structured_news::prelude::*;
use structured_news::{
    resolve_relative, Attendance, CurrencyCode, EventDate, Group, Quantity, Role, Tense,
};

/// A small article with a body every pattern below can point into.
fn doc() -> Value {
    json!({
        "format_version": "2.0", "id": "a", "language": "en", "published": "2023-12-06",
        "headline": "Visit postponed",
        "body": "India said on Monday that the visit was postponed. A spokesman for the minister said: \u{201c}Unfortunately,\u{201d} he said, \u{201c}we must reschedule.\u{201d}\nThe ministers pledged over \u{a3}9 billion.",
        "entities": {
            "people": [{"id": "spokesman", "description": "A spokesman for the minister"},
                       {"id": "minister", "name": "Minister"}],
            "places": [{"id": "india", "name": "India", "kind": "country", "country": "IN"},
                       {"id": "delhi", "name": "Delhi", "kind": "city"}],
            "groups": [{"id": "ministers", "description": "The ministers", "members": ["india"]}]
        },
        "statements": [
            {"id": "s1", "speaker": "india", "mode": "paraphrase", "text": "the visit was postponed",
             "speech_act": "said", "date": {"value": "2023-12-04", "text": "on Monday", "inferred": true}},
            {"id": "s2", "speaker": "spokesman", "on_behalf_of": "minister", "mode": "direct_quote",
             "text": "Unfortunately, we must reschedule.", "pieces": ["Unfortunately,", "we must reschedule."],
             "speech_act": "said"}
        ],
        "commitments": [
            {"id": "c1", "kind": "fund", "modality": "pledge", "action": "fund", "bound_parties": ["ministers"],
             "quantities": [{"amount": 9000000000u64, "currency": "GBP", "qualifier": "over", "text": "over \u{a3}9 billion"}],
             "status_history": [{"status": "stated"}]}
        ]
    })
}

fn valid(v: &Value) -> Article {
    Article::from_json_str(&v.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn countries_groups_and_unnamed_people_speak() {
    let a = valid(&doc());
    assert_eq!(a.statements[0].speaker.as_str(), "india");
    assert_eq!(a.entities.people[0].name, None);
    // A person needs a name or a description, and a place cannot speak.
    let mut v = doc();
    at(&mut v, "/entities/people/0")
        .as_object_mut()
        .unwrap()
        .remove("description");
    assert_one_problem(&v, ErrorCode::NoName, "/entities/people/0/name");
    let mut v = doc();
    *at(&mut v, "/statements/0/speaker") = json!("delhi");
    assert_one_problem(&v, ErrorCode::WrongReferenceKind, "/statements/0/speaker");
    // A group is not its own member.
    let mut v = doc();
    *at(&mut v, "/entities/groups/0/members") = json!(["ministers"]);
    let found = common::problems(&v);
    assert!(
        found
            .iter()
            .any(|(c, p, _)| *c == ErrorCode::SelfReference && p == "/entities/groups/0/members/0"),
        "{found:?}"
    );
}

#[test]
fn speaking_for_another_to_someone_through_an_outlet() {
    let mut v = doc();
    put(&mut v, "/statements/1/addressees", json!(["india"]));
    put(&mut v, "/statements/1/reported_by", json!(["minister"]));
    valid(&v);
    *at(&mut v, "/statements/1/on_behalf_of") = json!("delhi");
    assert_one_problem(
        &v,
        ErrorCode::WrongReferenceKind,
        "/statements/1/on_behalf_of",
    );
    let mut v = doc();
    put(&mut v, "/statements/1/reported_by", json!(["india"]));
    assert_one_problem(
        &v,
        ErrorCode::WrongReferenceKind,
        "/statements/1/reported_by/0",
    );
}

#[test]
fn roles_toward_a_party_with_dates() {
    let mut v = doc();
    put(
        &mut v,
        "/entities/people/1/roles",
        json!([{"title": "counterpart", "toward": "india", "start": "2019", "end": "2023-05"}]),
    );
    valid(&v);
    *at(&mut v, "/entities/people/1/roles/0/end") = json!("2018");
    assert_one_problem(
        &v,
        ErrorCode::EndBeforeStart,
        "/entities/people/1/roles/0/end",
    );
}

#[test]
fn a_quote_in_pieces_is_checked_piece_by_piece() {
    let a = valid(&doc());
    assert_eq!(a.statements[1].pieces.len(), 2);
    let mut v = doc();
    *at(&mut v, "/statements/1/pieces/1") = json!("we must cancel.");
    assert_one_problem(&v, ErrorCode::QuoteNotInBody, "/statements/1/text");
    // The text is the pieces joined.
    let mut v = doc();
    *at(&mut v, "/statements/1/text") = json!("anything at all");
    assert_one_problem(&v, ErrorCode::QuoteNotInBody, "/statements/1/text");
    // Pieces in the wrong order are not the quote.
    let mut v = doc();
    *at(&mut v, "/statements/1/pieces") = json!(["we must reschedule.", "Unfortunately,"]);
    *at(&mut v, "/statements/1/text") = json!("we must reschedule. Unfortunately,");
    assert_one_problem(&v, ErrorCode::QuoteNotInBody, "/statements/1/text");
}

#[test]
fn quotes_match_across_line_breaks_and_around_insertions() {
    let mut v = doc();
    *at(&mut v, "/statements/1/pieces") = json!([]);
    *at(&mut v, "/statements/1/text") = json!("reschedule.\u{201d} The ministers pledged");
    // The body breaks the line where the quote has a space.
    valid(&v);
    *at(&mut v, "/statements/1/text") = json!("we must [now] reschedule");
    valid(&v);
    *at(&mut v, "/statements/1/text") = json!("we \u{2026} reschedule");
    valid(&v);
    *at(&mut v, "/statements/1/text") = json!("we must not reschedule");
    assert_one_problem(&v, ErrorCode::QuoteNotInBody, "/statements/1/text");
}

#[test]
fn a_direct_quote_lies_inside_its_evidence() {
    let mut v = doc();
    put(
        &mut v,
        "/statements/1/evidence",
        json!([{"quote": {"exact": "India said on Monday"}}]),
    );
    assert_one_problem(&v, ErrorCode::QuoteOutsideEvidence, "/statements/1/text");
    put(
        &mut v,
        "/statements/1/evidence",
        json!([{"quote": {"exact": "\u{201c}Unfortunately,\u{201d} he said, \u{201c}we must reschedule.\u{201d}"}}]),
    );
    valid(&v);
}

#[test]
fn evidence_in_the_headline() {
    let mut v = doc();
    put(
        &mut v,
        "/statements/0/evidence",
        json!([{"quote": {"exact": "Visit postponed"}, "target": "headline"}]),
    );
    valid(&v);
    at(&mut v, "").as_object_mut().unwrap().remove("headline");
    assert_one_problem(
        &v,
        ErrorCode::EvidenceNotFound,
        "/statements/0/evidence/0/target",
    );
}

#[test]
fn money_and_counts() {
    let a = valid(&doc());
    let q = &a.commitments[0].quantities[0];
    assert_eq!(
        q.amount.as_ref().map(ToString::to_string).as_deref(),
        Some("9000000000")
    );
    assert_eq!(q.currency, Some("GBP".parse::<CurrencyCode>().unwrap()));
    let mut v = doc();
    *at(&mut v, "/commitments/0/quantities/0/currency") = json!("GBX");
    let e = common::assert_read_error(
        &v,
        ErrorCode::InvalidCurrencyCode,
        "/commitments/0/quantities/0/currency",
    );
    assert!(e.message().contains("ISO 4217"), "{e}");
    let mut v = doc();
    at(&mut v, "/commitments/0/quantities/0")
        .as_object_mut()
        .unwrap()
        .remove("currency");
    assert_one_problem(&v, ErrorCode::NoUnit, "/commitments/0/quantities/0/amount");
}

#[test]
fn status_histories_and_links_between_commitments() {
    let mut v = doc();
    *at(&mut v, "/commitments/0/status_history") = json!([{"status": "stated", "as_of": "2023-01"}, {"status": "partially_fulfilled", "as_of": "2023-12"}]);
    // An outcome needs what it rests on: evidence or a statement.
    assert_one_problem(
        &v,
        ErrorCode::UnsupportedOutcome,
        "/commitments/0/status_history/1/status",
    );
    put(
        &mut v,
        "/commitments/0/status_history/1/evidence",
        json!([{"quote": {"exact": "The ministers pledged over \u{a3}9 billion."}}]),
    );
    let a = valid(&v);
    assert_eq!(
        a.commitments[0].status(),
        Some(&CommitmentStatus::PartiallyFulfilled)
    );
    *at(&mut v, "/commitments/0/status_history") = json!([]);
    assert_one_problem(&v, ErrorCode::NoStatus, "/commitments/0/status_history");
    let mut v = doc();
    put(&mut v, "/commitments/0/replaces", json!("c1"));
    assert_one_problem(&v, ErrorCode::SelfReference, "/commitments/0/replaces");
    let mut v = doc();
    put(&mut v, "/commitments/0/made_at", json!("s1"));
    assert_one_problem(&v, ErrorCode::WrongReferenceKind, "/commitments/0/made_at");
}

#[test]
fn dates_keep_their_words_and_may_be_vague_or_approximate() {
    let mut v = doc();
    *at(&mut v, "/statements/0/date") = json!({"text": "soon"});
    valid(&v);
    *at(&mut v, "/statements/0/date") = json!({"value": "2023-33~"});
    valid(&v);
    *at(&mut v, "/statements/0/date") = json!({"value": "2019-05-14/.."});
    valid(&v);
    *at(&mut v, "/statements/0/date") = json!({});
    assert_one_problem(&v, ErrorCode::EmptyDate, "/statements/0/date");
    *at(&mut v, "/statements/0/date") = json!({"text": " "});
    assert_one_problem(&v, ErrorCode::BlankText, "/statements/0/date/text");
    let published = chrono::NaiveDate::from_ymd_opt(2023, 12, 6).unwrap();
    assert_eq!(
        resolve_relative("on Monday", published, Tense::Past).map(|d| d.to_string()),
        Some("2023-12-04".to_owned())
    );
}

#[test]
fn null_is_absent_for_lists_too() {
    let mut v = doc();
    put(&mut v, "/statements/0/about", Value::Null);
    put(&mut v, "/subjects", Value::Null);
    let a = valid(&v);
    assert!(a.statements[0].about.is_empty() && a.subjects.is_empty());
}

#[test]
fn meetings_with_status_history_certainty_attendance_and_time() {
    let mut v = doc();
    put(
        &mut v,
        "/meetings",
        json!([{"id": "m", "kind": "visit", "status": "postponed", "certainty": "likely", "time": "14:30+05:30",
                "participants": [{"entity": "india", "attendance": "uncertain"}],
                "status_history": [{"status": "scheduled"}, {"status": "postponed", "reason": "due to pressing issues", "decided_by": "india"}],
                "sequence": {"number": 2, "series": "visits this year"}, "about": ["c1"]}]),
    );
    valid(&v);
    *at(&mut v, "/meetings/0/time") = json!("25:00");
    common::assert_read_error(&v, ErrorCode::InvalidTime, "/meetings/0/time");
    *at(&mut v, "/meetings/0/time") = json!("14:30");
    *at(&mut v, "/meetings/0/status_history/1/decided_by") = json!("delhi");
    assert_one_problem(
        &v,
        ErrorCode::WrongReferenceKind,
        "/meetings/0/status_history/1/decided_by",
    );
}

#[test]
fn the_builders_say_it_all() {
    let body =
        "A spokesman for the Secretary of State said on Monday that the visit was postponed \
                due to pressing issues. Iran could attend. The E3 pledged over \u{a3}9 billion.";
    let mut article = ArticleBuilder::new("b", "en", body);
    article.published("2023-12-06");
    let iran = article.add_country(Place::country_builder("iran", "Iran", "IR"));
    let france = article.add_country(Place::country_builder("france", "France", "FR"));
    let secretary = article.add_person(Person::builder("secretary", "Secretary"));
    let spokesman = article.add_person(
        Person::unnamed_builder("spokesman", "A spokesman for the Secretary of State")
            .with_role(Role::new("spokesman").toward(&secretary))
            .evidence("A spokesman for the Secretary of State"),
    );
    let e3 = article.add_group(
        Group::builder("e3", "E3")
            .member(&france)
            .evidence("The E3"),
    );
    let visit = article.add_meeting(
        Meeting::builder("visit", MeetingKind::Visit, MeetingStatus::Postponed)
            .earlier_status(MeetingStatusChange::new(MeetingStatus::Scheduled))
            .reason("due to pressing issues")
            .participant_attending(&iran, Attendance::Uncertain)
            .evidence("the visit was postponed"),
    );
    article.add_statement(
        Statement::paraphrase("s1", &spokesman, SpeechAct::Said, "the visit was postponed")
            .on_behalf_of(&secretary)
            .about(&visit)
            .date_as_written("on Monday")
            .evidence("said on Monday that the visit was postponed"),
    );
    article.add_commitment(
        Commitment::builder("c1", CommitmentKind::Fund, "fund")
            .bound_party(&e3)
            .modality(Modality::Pledge)
            .quantity(Quantity::money(9_000_000_000u64, "GBP".parse().unwrap()).over())
            .evidence("pledged over \u{a3}9 billion"),
    );
    let a = article.build().unwrap();
    let date = a.statements[0].date.as_ref().unwrap();
    assert_eq!(date.value, Some("2023-12-04".parse::<EventDate>().unwrap()));
    assert!(date.inferred);
    assert_eq!(a.meetings[0].status_history.len(), 2);
    assert_eq!(
        a.meetings[0].status_history[1].reason.as_deref(),
        Some("due to pressing issues")
    );

    // Evidence of the current status stays with it when an earlier status
    // is added afterwards.
    let body = "The visit, planned for May, was postponed.";
    let mut article = ArticleBuilder::new("c", "en", body);
    article.add_meeting(
        Meeting::builder("v", MeetingKind::Visit, MeetingStatus::Postponed)
            .status_evidence("was postponed")
            .earlier_status(MeetingStatusChange::new(MeetingStatus::Scheduled)),
    );
    let a = article.build().unwrap();
    let history = &a.meetings[0].status_history;
    assert_eq!(history[0].status, MeetingStatus::Scheduled);
    assert_eq!(history[1].evidence[0].quote.exact, "was postponed");
    assert!(history[1].evidence[0].position.is_some());

    // A date as written that cannot be resolved is refused where it was given.
    let mut article = ArticleBuilder::new("b", "en", "They met.");
    let m = Meeting::builder("m", MeetingKind::Bilateral, MeetingStatus::Held)
        .date_as_written("in the year of the dragon");
    article.add_meeting(m);
    article.published("2023-12-06");
    let errors = article.build().unwrap_err();
    assert_eq!(
        (errors.first().code(), errors.first().path().as_str()),
        (ErrorCode::InvalidDate, "/meetings/0/date")
    );
}

/// The builders read a date as written in the article's language: a
/// Russian article's «в понедельник» and «на следующей неделе» resolve;
/// an article in a language without date words refuses the words at the
/// date's path.
#[test]
fn builders_read_dates_as_written_in_the_articles_language() {
    let body =
        "Лавров встретился с Мередовым в понедельник. Новая встреча пройдёт на следующей неделе.";
    let mut article = ArticleBuilder::new("ru", "ru-RU", body);
    article.published("2023-12-06");
    article.add_meeting(
        Meeting::builder("held", MeetingKind::Bilateral, MeetingStatus::Held)
            .date_as_written("в понедельник"),
    );
    article.add_meeting(
        Meeting::builder("next", MeetingKind::Bilateral, MeetingStatus::Announced)
            .date_as_written("на следующей неделе"),
    );
    let a = article.build().unwrap();
    let value = |i: usize| {
        a.meetings[i]
            .date
            .as_ref()
            .unwrap()
            .value
            .as_ref()
            .unwrap()
            .to_string()
    };
    assert_eq!(value(0), "2023-12-04");
    assert_eq!(value(1), "2023-12-11/2023-12-17");
    assert!(a.meetings[1].date.as_ref().unwrap().inferred);

    let mut article = ArticleBuilder::new("fr", "fr", "Ils se sont rencontrés lundi.");
    article.published("2023-12-06");
    article.add_meeting(
        Meeting::builder("m", MeetingKind::Bilateral, MeetingStatus::Held).date_as_written("lundi"),
    );
    let errors = article.build().unwrap_err();
    assert_eq!(
        (errors.first().code(), errors.first().path().as_str()),
        (ErrorCode::InvalidDate, "/meetings/0/date")
    );
    assert!(
        errors.first().message().contains("no date words"),
        "{}",
        errors.first()
    );
}

#[test]
fn the_example_says_the_caspian_date_is_inferred() {
    let v = example_value();
    assert_eq!(
        v.pointer("/meetings/0/date"),
        Some(&json!({"value": "2023-12-04", "inferred": true}))
    );
}

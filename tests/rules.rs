//! Every validation rule, each broken in a copy of the 4 December 2023
//! article: the problem must carry the rule's code and the path of the
//! value that breaks it, and nothing else may be reported.

mod common;

use common::{assert_one_problem, at, example_value, index_of, problems, put};
use serde_json::json;
use structured_news::{Article, Error, ErrorCode, Lints};

#[test]
fn the_example_is_valid() {
    Article::from_json_str(&common::example_json()).unwrap();
}

#[test]
fn duplicate_id_across_collections() {
    let mut v = example_value();
    *at(&mut v, "/statements/1/id") = json!("russia");
    let message = assert_one_problem(&v, ErrorCode::DuplicateId, "/statements/1/id");
    assert!(message.contains("/entities/places/0"), "{message}");
}

#[test]
fn duplicate_id_within_a_collection() {
    let mut v = example_value();
    at(&mut v, "/entities/places")
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "moscow", "name": "Moscow", "kind": "city"}));
    assert_one_problem(&v, ErrorCode::DuplicateId, "/entities/places/4/id");
}

#[test]
fn unknown_reference_suggests_a_near_id() {
    let mut v = example_value();
    *at(&mut v, "/statements/1/speaker") = json!("sergei-lavrof");
    let message = assert_one_problem(&v, ErrorCode::UnknownReference, "/statements/1/speaker");
    assert!(
        message.contains("did you mean \"sergei-lavrov\""),
        "{message}"
    );
}

#[test]
fn unknown_reference_in_every_kind_of_field() {
    let fields = [
        "/publisher",
        "/entities/people/0/roles/0/organization",
        "/entities/organizations/10/location",
        "/entities/places/2/within",
        "/meetings/0/organization",
        "/meetings/0/participants/0/entity",
        "/meetings/1/part_of/meeting",
        "/meetings/3/coincides_with",
        "/meetings/4/place",
        "/sources/0/source",
        "/statements/1/setting",
        "/statements/2/about/0",
        "/commitments/0/bound_parties/1",
        "/commitments/3/counterparties",
        "/commitments/1/statements/0",
        "/commitments/1/concerns",
        "/commitments/1/made_at",
    ];
    for field in fields {
        let mut v = example_value();
        if field.ends_with("counterparties") {
            put(&mut v, field, json!(["nowhere"]));
            assert_one_problem(&v, ErrorCode::UnknownReference, &format!("{field}/0"));
        } else {
            put(&mut v, field, json!("nowhere"));
            assert_one_problem(&v, ErrorCode::UnknownReference, field);
        }
    }
}

#[test]
fn wrong_reference_kind() {
    let cases = [
        (
            "/statements/1/speaker",
            "moscow",
            "must be a person, an organization, a country, a group or a document, but \"moscow\" is a place",
        ),
        (
            "/statements/1/setting",
            "sergei-lavrov",
            "must be a meeting",
        ),
        (
            "/commitments/0/bound_parties/0",
            "moscow",
            "a person, an organization, a country, a region or a group",
        ),
        ("/meetings/4/place", "united-nations", "must be a place"),
        (
            "/entities/people/0/roles/0/organization",
            "russia",
            "must be an organization",
        ),
        (
            "/commitments/1/statements/0",
            "lavrov-meredov-talks",
            "must be a statement",
        ),
        (
            "/commitments/1/made_at",
            "lavrov-values-partnership",
            "must be a meeting",
        ),
    ];
    for (field, id, expected) in cases {
        let mut v = example_value();
        *at(&mut v, field) = json!(id);
        let message = assert_one_problem(&v, ErrorCode::WrongReferenceKind, field);
        assert!(message.contains(expected), "{field}: {message}");
    }
}

#[test]
fn a_country_can_be_a_party_but_a_city_cannot() {
    let mut v = example_value();
    *at(&mut v, "/commitments/0/bound_parties/0") = json!("sergei-lavrov");
    Article::from_json_str(&v.to_string()).unwrap();
    *at(&mut v, "/commitments/0/bound_parties/0") = json!("ashgabat");
    assert_one_problem(
        &v,
        ErrorCode::WrongReferenceKind,
        "/commitments/0/bound_parties/0",
    );
}

#[test]
fn duplicate_reference_in_a_list_and_among_participants() {
    let mut v = example_value();
    at(&mut v, "/commitments/0/bound_parties")
        .as_array_mut()
        .unwrap()
        .push(json!("russia"));
    assert_one_problem(
        &v,
        ErrorCode::DuplicateReference,
        "/commitments/0/bound_parties/2",
    );

    let mut v = example_value();
    at(&mut v, "/meetings/1/participants")
        .as_array_mut()
        .unwrap()
        .push(json!({"entity": "sergei-lavrov"}));
    assert_one_problem(
        &v,
        ErrorCode::DuplicateReference,
        "/meetings/1/participants/2/entity",
    );
}

#[test]
fn reference_cycle_of_meetings_is_reported_once_at_its_first_member() {
    let mut v = example_value();
    put(
        &mut v,
        "/meetings/0/part_of",
        json!({"meeting": "lavrov-meredov-talks", "relation": "part"}),
    );
    let message = assert_one_problem(&v, ErrorCode::ReferenceCycle, "/meetings/0/part_of");
    assert!(
        message.contains("caspian-foreign-ministers-meeting → lavrov-meredov-talks → caspian-foreign-ministers-meeting"),
        "{message}"
    );
}

#[test]
fn reference_cycle_of_organizations_and_places() {
    let mut v = example_value();
    put(
        &mut v,
        "/entities/organizations/1/parent",
        json!("mfa-russia"),
    );
    assert_one_problem(
        &v,
        ErrorCode::ReferenceCycle,
        "/entities/organizations/1/parent",
    );

    let mut v = example_value();
    put(&mut v, "/entities/places/0/within", json!("moscow"));
    assert_one_problem(&v, ErrorCode::ReferenceCycle, "/entities/places/0/within");
}

#[test]
fn self_reference() {
    let mut v = example_value();
    *at(&mut v, "/meetings/3/coincides_with") = json!("business-forum");
    assert_one_problem(&v, ErrorCode::SelfReference, "/meetings/3/coincides_with");
}

#[test]
fn blank_text_everywhere_it_is_checked() {
    let fields = [
        "/entities/people/0/name",
        "/entities/people/0/aliases/0",
        "/entities/people/1/roles/0/title",
        "/entities/organizations/0/name",
        "/entities/places/3/name",
        "/subjects/2",
        "/meetings/0/name",
        "/meetings/1/topics/1",
        "/meetings/1/participants/0/capacity",
        "/statements/2/text",
        "/statements/2/reporting_verb",
        "/commitments/2/action",
        "/statements/2/evidence/0/quote/exact",
    ];
    for field in fields {
        for blank in ["", " \t\n\u{3000}"] {
            let mut v = example_value();
            *at(&mut v, field) = json!(blank);
            assert_one_problem(&v, ErrorCode::BlankText, field);
        }
    }
}

#[test]
fn blank_body_and_headline() {
    let doc = json!({"format_version": "2.0", "id": "a", "language": "en", "headline": " ", "body": "\n"});
    let found = problems(&doc);
    let got: Vec<(ErrorCode, &str)> = found.iter().map(|(c, p, _)| (*c, p.as_str())).collect();
    assert_eq!(
        got,
        [
            (ErrorCode::BlankText, "/headline"),
            (ErrorCode::BlankText, "/body")
        ]
    );
}

#[test]
fn no_bound_party() {
    let mut v = example_value();
    *at(&mut v, "/commitments/0/bound_parties") = json!([]);
    assert_one_problem(&v, ErrorCode::NoBoundParty, "/commitments/0/bound_parties");
}

#[test]
fn party_conflict() {
    let mut v = example_value();
    let i = index_of(&v, "/commitments", "cultural-educational-projects");
    put(
        &mut v,
        &format!("/commitments/{i}/counterparties"),
        json!(["sergei-lavrov", "russia"]),
    );
    assert_one_problem(
        &v,
        ErrorCode::PartyConflict,
        &format!("/commitments/{i}/counterparties/1"),
    );
}

/// The example with the talks (meeting 1) on their own: not on the
/// sidelines of another meeting, and no statement made at them, so that
/// moving their date or a statement's breaks one rule only.
fn detached_talks() -> serde_json::Value {
    let mut v = example_value();
    at(&mut v, "/meetings/1")
        .as_object_mut()
        .unwrap()
        .remove("part_of");
    for s in at(&mut v, "/statements").as_array_mut().unwrap() {
        s.as_object_mut().unwrap().remove("setting");
    }
    for m in at(&mut v, "/commitments").as_array_mut().unwrap() {
        m.as_object_mut().unwrap().remove("made_at");
    }
    v
}

#[test]
fn date_after_publication_for_held_meetings_and_statements() {
    let mut v = detached_talks();
    *at(&mut v, "/meetings/1/date") = json!({"value": "2023-12-06"});
    assert_one_problem(
        &v,
        ErrorCode::DateAfterPublication,
        "/meetings/1/date/value",
    );

    let mut v = detached_talks();
    *at(&mut v, "/statements/1/date") = json!({"value": "2024"});
    assert_one_problem(
        &v,
        ErrorCode::DateAfterPublication,
        "/statements/1/date/value",
    );

    // A day is allowed for time zones, and a scheduled meeting may lie ahead.
    let mut v = example_value();
    *at(&mut v, "/meetings/1/date") = json!({"value": "2023-12-05"});
    *at(&mut v, "/meetings/4/date") = json!({"value": "2024-06"});
    let i = index_of(&v, "/commitments", "friends-of-neutrality-participation");
    at(&mut v, &format!("/commitments/{i}"))
        .as_object_mut()
        .unwrap()
        .remove("due");
    Article::from_json_str(&v.to_string()).unwrap();

    // A timestamp publishes on its own local date.
    let mut v = example_value();
    *at(&mut v, "/published") = json!("2023-12-03T23:30:00+05:00");
    Article::from_json_str(&v.to_string()).unwrap();
    *at(&mut v, "/published") = json!("2023-12-02T23:30:00-05:00");
    let found = problems(&v);
    assert!(
        found
            .iter()
            .all(|(c, _, _)| *c == ErrorCode::DateAfterPublication),
        "{found:#?}"
    );
    let paths: Vec<&str> = found.iter().map(|(_, p, _)| p.as_str()).collect();
    assert!(
        paths.contains(&"/meetings/0/date/value") && paths.contains(&"/statements/9/date/value"),
        "{paths:?}"
    );
}

#[test]
fn due_before_made() {
    let mut v = example_value();
    let i = index_of(&v, "/commitments", "friends-of-neutrality-participation");
    *at(&mut v, &format!("/commitments/{i}/due")) = json!({"value": "2023-12-01"});
    // Due before it was made, and before the meeting it promises to attend.
    let found = problems(&v);
    let path = format!("/commitments/{i}/due/value");
    let codes: Vec<(ErrorCode, &str)> = found.iter().map(|(c, p, _)| (*c, p.as_str())).collect();
    assert_eq!(
        codes,
        [
            (ErrorCode::DueBeforeMade, path.as_str()),
            (ErrorCode::DueBeforeOccasion, path.as_str())
        ]
    );
    assert!(
        found[0]
            .2
            .contains("the statement that made it (2023-12-04)"),
        "{found:?}"
    );
}

#[test]
fn open_and_unknown_ends_are_compared_only_where_known() {
    // A start that is open or unknown is never after the publication.
    let mut v = example_value();
    *at(&mut v, "/meetings/1/date") = json!({"value": "../2024-06"});
    *at(&mut v, "/statements/1/date") = json!({"value": "/2024"});
    Article::from_json_str(&v.to_string()).unwrap();
    // A known start after it still is, whatever the end.
    let mut v = detached_talks();
    *at(&mut v, "/meetings/1/date") = json!({"value": "2024-01-10/.."});
    assert_one_problem(
        &v,
        ErrorCode::DateAfterPublication,
        "/meetings/1/date/value",
    );
    let mut v = detached_talks();
    *at(&mut v, "/statements/1/date") = json!({"value": "2024~/"});
    assert_one_problem(
        &v,
        ErrorCode::DateAfterPublication,
        "/statements/1/date/value",
    );

    // A due date with an open or unknown end is not before anything.
    let mut v = example_value();
    let i = index_of(&v, "/commitments", "friends-of-neutrality-participation");
    // Only the date the commitment was made is compared here.
    at(&mut v, &format!("/commitments/{i}"))
        .as_object_mut()
        .unwrap()
        .remove("concerns");
    *at(&mut v, &format!("/commitments/{i}/due")) = json!({"value": "2023-11-01/.."});
    Article::from_json_str(&v.to_string()).unwrap();
    *at(&mut v, &format!("/commitments/{i}/due")) = json!({"value": "../2023-11-30"});
    assert_one_problem(
        &v,
        ErrorCode::DueBeforeMade,
        &format!("/commitments/{i}/due/value"),
    );
}

#[test]
fn evidence_not_found_without_a_position() {
    let mut v = example_value();
    at(&mut v, "/statements/2/evidence/0")
        .as_object_mut()
        .unwrap()
        .remove("position");
    *at(&mut v, "/statements/2/evidence/0/quote/exact") =
        json!("underscoring the commission's work");
    assert_one_problem(
        &v,
        ErrorCode::EvidenceNotFound,
        "/statements/2/evidence/0/quote/exact",
    );
}

#[test]
fn evidence_not_found_with_that_context() {
    let mut v = example_value();
    at(&mut v, "/statements/2/evidence/0")
        .as_object_mut()
        .unwrap()
        .remove("position");
    put(
        &mut v,
        "/statements/2/evidence/0/quote/prefix",
        json!("nonsense "),
    );
    assert_one_problem(
        &v,
        ErrorCode::EvidenceNotFound,
        "/statements/2/evidence/0/quote",
    );
}

#[test]
fn invalid_position() {
    let mut v = example_value();
    *at(&mut v, "/statements/2/evidence/0/position") = json!({"start": 800, "end": 700});
    assert_one_problem(
        &v,
        ErrorCode::InvalidPosition,
        "/statements/2/evidence/0/position",
    );

    let mut v = example_value();
    let len = v["body"].as_str().unwrap().chars().count();
    *at(&mut v, "/statements/2/evidence/0/position") = json!({"start": 734, "end": len + 1});
    let message = assert_one_problem(
        &v,
        ErrorCode::InvalidPosition,
        "/statements/2/evidence/0/position",
    );
    assert!(
        message.contains(&format!("({len} code points)")),
        "{message}"
    );
}

#[test]
fn position_off_by_one_names_the_right_one() {
    let mut v = example_value();
    let position = v["statements"][2]["evidence"][0]["position"].clone();
    let (start, end) = (
        position["start"].as_u64().unwrap(),
        position["end"].as_u64().unwrap(),
    );
    *at(&mut v, "/statements/2/evidence/0/position") = json!({"start": start + 1, "end": end + 1});
    let message = assert_one_problem(
        &v,
        ErrorCode::EvidencePositionMismatch,
        "/statements/2/evidence/0/position",
    );
    assert!(
        message.contains(&format!("the quote is at start {start}, end {end}")),
        "{message}"
    );
}

#[test]
fn position_counts_code_points_not_bytes() {
    // The third statement's evidence comes after curly quotation marks (3
    // bytes each in UTF-8): its byte offset differs from its code-point
    // position, and only the code-point position is accepted.
    let mut v = example_value();
    let exact = v["statements"][2]["evidence"][0]["quote"]["exact"]
        .as_str()
        .unwrap()
        .to_owned();
    let body = v["body"].as_str().unwrap().to_owned();
    let byte_start = body.find(&exact).unwrap();
    let char_start = body[..byte_start].chars().count();
    assert_ne!(
        byte_start, char_start,
        "the test needs non-ASCII text before the quote"
    );
    assert_eq!(
        v["statements"][2]["evidence"][0]["position"]["start"],
        json!(char_start)
    );
    *at(&mut v, "/statements/2/evidence/0/position") =
        json!({"start": byte_start, "end": byte_start + exact.chars().count()});
    assert_one_problem(
        &v,
        ErrorCode::EvidencePositionMismatch,
        "/statements/2/evidence/0/position",
    );
}

#[test]
fn co_speakers_are_speakers_other_than_the_speaker() {
    let mut v = example_value();
    *at(&mut v, "/statements/0/co_speakers") = json!(["rashid-meredov", "sergei-lavrov"]);
    let message = assert_one_problem(
        &v,
        ErrorCode::DuplicateReference,
        "/statements/0/co_speakers/1",
    );
    assert!(message.contains("cannot be the speaker"), "{message}");
    *at(&mut v, "/statements/0/co_speakers") = json!(["moscow"]);
    assert_one_problem(
        &v,
        ErrorCode::WrongReferenceKind,
        "/statements/0/co_speakers/0",
    );
    *at(&mut v, "/statements/0/co_speakers") = json!(["rashid-meredov", "rashid-meredov"]);
    assert_one_problem(
        &v,
        ErrorCode::DuplicateReference,
        "/statements/0/co_speakers/1",
    );
}

#[test]
fn the_same_uri_twice_in_same_as() {
    let mut v = example_value();
    put(
        &mut v,
        "/entities/places/0/identifiers/same_as",
        json!([
            "https://www.wikidata.org/wiki/Q159",
            "https://www.wikidata.org/wiki/Q159"
        ]),
    );
    assert_one_problem(
        &v,
        ErrorCode::DuplicateReference,
        "/entities/places/0/identifiers/same_as/1",
    );
}

#[test]
fn problems_within_one_item_come_in_field_order() {
    let mut v = example_value();
    *at(&mut v, "/statements/1/speaker") = json!("nowhere");
    *at(&mut v, "/statements/1/reporting_verb") = json!(" ");
    *at(&mut v, "/statements/1/text") = json!("We deeply value it");
    *at(&mut v, "/statements/1/setting") = json!("russia");
    let found = problems(&v);
    let got: Vec<(ErrorCode, &str)> = found.iter().map(|(c, p, _)| (*c, p.as_str())).collect();
    assert_eq!(
        got,
        [
            (ErrorCode::UnknownReference, "/statements/1/speaker"),
            (ErrorCode::QuoteNotInBody, "/statements/1/text"),
            (ErrorCode::BlankText, "/statements/1/reporting_verb"),
            (ErrorCode::WrongReferenceKind, "/statements/1/setting"),
        ]
    );
}

#[test]
fn suggestions_are_limited_so_many_unknown_references_stay_fast() {
    let mut v = example_value();
    // Each is two characters away from "sergei-lavrov", so each could get a
    // suggestion.
    let alphabet: Vec<char> = ('a'..='z').chain('0'..='9').collect();
    let about: Vec<String> = (0..1200)
        .map(|i| format!("sergei-lavrov{}{}", alphabet[i / 36], alphabet[i % 36]))
        .collect();
    put(&mut v, "/statements/1/about", json!(about));
    let found = problems(&v);
    assert_eq!(found.len(), 1200);
    assert!(found
        .iter()
        .all(|(c, _, _)| *c == ErrorCode::UnknownReference));
    let suggested = found
        .iter()
        .filter(|(_, _, m)| m.contains("did you mean"))
        .count();
    assert_eq!(suggested, 20);
}

#[test]
fn evidence_context_mismatch_at_the_position() {
    let mut v = example_value();
    put(
        &mut v,
        "/statements/2/evidence/0/quote/suffix",
        json!(" and more"),
    );
    assert_one_problem(
        &v,
        ErrorCode::EvidencePositionMismatch,
        "/statements/2/evidence/0/quote/suffix",
    );

    let mut v = example_value();
    put(
        &mut v,
        "/statements/2/evidence/0/quote/prefix",
        json!("Meredov, "),
    );
    assert_one_problem(
        &v,
        ErrorCode::EvidencePositionMismatch,
        "/statements/2/evidence/0/quote/prefix",
    );

    // The right context is accepted.
    let mut v = example_value();
    put(
        &mut v,
        "/statements/2/evidence/0/quote/prefix",
        json!("remarked Lavrov, "),
    );
    Article::from_json_str(&v.to_string()).unwrap();
}

#[test]
fn quote_not_in_body() {
    let mut v = example_value();
    *at(&mut v, "/statements/1/text") = json!("We deeply value our strategic partnership");
    assert_one_problem(&v, ErrorCode::QuoteNotInBody, "/statements/1/text");

    // A paraphrase need not stand in the body.
    let mut v = example_value();
    *at(&mut v, "/statements/2/text") = json!("The commission works well.");
    Article::from_json_str(&v.to_string()).unwrap();
}

#[test]
fn quote_with_straightened_apostrophes_gets_a_hint() {
    let doc = json!({
        "format_version": "2.0", "id": "a", "language": "en",
        "body": "He said: “Turkmenistan’s position is close to ours.”",
        "entities": {"people": [{"id": "p", "name": "Speaker"}]},
        "statements": [{"id": "s", "speaker": "p", "mode": "direct_quote", "speech_act": "said",
                        "text": "Turkmenistan's position is close to ours."}]
    });
    let found = problems(&doc);
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].0, found[0].1.as_str()),
        (ErrorCode::QuoteNotInBody, "/statements/0/text")
    );
    assert!(
        found[0].2.contains("other quotation marks, apostrophes"),
        "{}",
        found[0].2
    );
}

#[test]
fn every_problem_is_reported_at_once_in_document_order() {
    let mut v = example_value();
    *at(&mut v, "/entities/people/0/name") = json!("");
    *at(&mut v, "/meetings/3/coincides_with") = json!("business-forum");
    *at(&mut v, "/statements/1/speaker") = json!("moscow");
    *at(&mut v, "/statements/1/text") = json!("invented");
    *at(&mut v, "/commitments/0/bound_parties") = json!([]);
    let Err(Error::Invalid(errors)) = Article::from_json_str(&v.to_string()) else {
        panic!("expected validation problems");
    };
    let got: Vec<(ErrorCode, &str)> = errors
        .iter()
        .map(|e| (e.code(), e.path().as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (ErrorCode::BlankText, "/entities/people/0/name"),
            (ErrorCode::SelfReference, "/meetings/3/coincides_with"),
            (ErrorCode::WrongReferenceKind, "/statements/1/speaker"),
            (ErrorCode::QuoteNotInBody, "/statements/1/text"),
            (ErrorCode::NoBoundParty, "/commitments/0/bound_parties"),
        ]
    );
    assert!(errors
        .to_string()
        .starts_with("5 problems:\n  /entities/people/0/name: blank_text:"));
}

#[test]
fn parts_alone_check_their_lists_and_evidence() {
    use structured_news::{Id, SpeechAct, Statement, StatementMode, Validate};
    let id = |s: &str| Id::new(s).unwrap();
    let mut statement = Statement::new(
        id("s1"),
        id("p1"),
        StatementMode::Paraphrase,
        SpeechAct::Said,
        "words",
    );
    statement.co_speakers = vec![id("p2"), id("p2")];
    statement.about = vec![id("x"), id("y"), id("x")];
    statement.evidence = vec![structured_news::Evidence::quote(" ")];
    let errors = statement.validate().unwrap_err();
    let got: Vec<(ErrorCode, &str)> = errors
        .iter()
        .map(|e| (e.code(), e.path().as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (ErrorCode::DuplicateReference, "/co_speakers/1"),
            (ErrorCode::DuplicateReference, "/about/2"),
            (ErrorCode::BlankText, "/evidence/0/quote/exact"),
        ]
    );
}

#[test]
fn a_long_cycle_is_named_in_a_short_message() {
    let mut v = example_value();
    let places: Vec<serde_json::Value> = (0..2000)
        .map(|i| json!({"id": format!("p{i}"), "name": "P", "kind": "region", "within": format!("p{}", (i + 1) % 2000)}))
        .collect();
    at(&mut v, "/entities/places")
        .as_array_mut()
        .unwrap()
        .extend(places);
    let message = assert_one_problem(&v, ErrorCode::ReferenceCycle, "/entities/places/4/within");
    assert!(
        message.contains("p0 → p1 → p2") && message.contains("(1992 more)"),
        "{message}"
    );
    assert!(message.len() < 300, "{} bytes", message.len());
}

#[test]
fn conflicts_are_found_in_long_lists_of_parties() {
    let mut v = example_value();
    let i = index_of(&v, "/commitments", "strategic-partnership");
    let mut people: Vec<serde_json::Value> = Vec::new();
    let mut bound = Vec::new();
    for k in 0..40 {
        people.push(json!({"id": format!("party-{k}"), "name": "Party", "country": "RU"}));
        bound.push(json!(format!("party-{k}")));
    }
    at(&mut v, "/entities/people")
        .as_array_mut()
        .unwrap()
        .extend(people);
    put(
        &mut v,
        &format!("/commitments/{i}/bound_parties"),
        json!(bound),
    );
    put(
        &mut v,
        &format!("/commitments/{i}/counterparties"),
        json!(["russia", "party-37"]),
    );
    assert_one_problem(
        &v,
        ErrorCode::PartyConflict,
        &format!("/commitments/{i}/counterparties/1"),
    );
}

#[test]
fn a_refused_article_is_named_by_its_first_error_with_the_warnings_before_it() {
    let mut v = example_value();
    // A warning (a Turkmen minister in the Russian ministry) before an
    // error (a meeting kind this version does not know).
    let russian_ministry = at(&mut v, "/entities/people/0/roles/0/organization").clone();
    put(
        &mut v,
        "/entities/people/1/roles",
        json!([{"title": "Minister", "organization": russian_ministry}]),
    );
    *at(&mut v, "/meetings/0/kind") = json!("picnic");
    let err = Article::from_json_str(&v.to_string()).unwrap_err();
    let problems = err.validation_errors().unwrap();
    assert_eq!(problems.first().code(), ErrorCode::ForeignRole);
    assert!(!problems.first().is_error());
    assert_eq!(err.code(), ErrorCode::UnknownVariant);
    assert_eq!(err.path().unwrap().as_str(), "/meetings/0/kind");
    assert_eq!(
        problems.first_error().unwrap().code(),
        ErrorCode::UnknownVariant
    );
    // Made an error, the first problem names the refusal.
    let lints = Lints::new().deny(ErrorCode::ForeignRole).unwrap();
    let (code, path) = match Article::from_json_slice_with(v.to_string().as_bytes(), &lints) {
        Err(e) => (e.code(), e.path().unwrap().to_string()),
        Ok(_) => panic!("refused"),
    };
    assert_eq!(code, ErrorCode::ForeignRole);
    assert_eq!(path, "/entities/people/1/roles/0/organization");
}

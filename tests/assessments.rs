//! Assessments: a judgement of a part of the article in its own words.
//! The example article judges the 4 December talks "productive"; it reads,
//! writes back the same, and each thing wrong with an assessment is
//! refused with its code at its path, by reading and by the builders.

mod common;

use serde_json::{json, Value};
use structured_news::prelude::*;
use structured_news::Id;

use common::{assert_one_problem, assert_read_error, example_value, put};

/// The example's assessment, at `/assessments/0`.
fn example_assessment(article: &Article) -> &Assessment {
    article
        .assessments
        .first()
        .expect("the example has an assessment")
}

#[test]
fn the_example_judges_the_talks_productive_and_reads_back_the_same() {
    let json = common::example_json();
    let article = Article::from_json_str(&json).unwrap();
    let assessment = example_assessment(&article);
    assert_eq!(assessment.id.as_str(), "talks-productive");
    assert_eq!(assessment.assessed.as_str(), "lavrov-meredov-talks");
    assert_eq!(
        assessment.assessor.as_ref().map(Id::as_str),
        Some("mfa-russia")
    );
    assert_eq!(assessment.words, "productive");
    assert_eq!(assessment.polarity, Polarity::Positive);
    assert_eq!(assessment.statement, None);
    let written = serde_json::to_string_pretty(&article).unwrap();
    assert_eq!(written.trim_end(), json.trim_end());
    // Both readers build the same assessment.
    let fast = structured_news::__readers::fast(json.as_bytes()).expect("the fast reader reads it");
    let serde = structured_news::__readers::serde(json.as_bytes()).unwrap();
    assert_eq!(fast.assessments, article.assessments);
    assert_eq!(serde.assessments, article.assessments);
}

#[test]
fn an_article_without_assessments_writes_none() {
    let mut value = example_value();
    value.as_object_mut().unwrap().remove("assessments");
    let article = Article::from_json_str(&value.to_string()).unwrap();
    assert!(article.assessments.is_empty());
    let written: Value = serde_json::to_value(&article).unwrap();
    assert!(written.get("assessments").is_none());
}

#[test]
fn a_judgement_voiced_by_a_statement_of_a_party_is_valid() {
    let mut value = example_value();
    put(
        &mut value,
        "/assessments/0",
        json!({
            "id": "partnership-valued",
            "assessor": "sergei-lavrov",
            "assessed": "lavrov-values-partnership",
            "words": "highly value",
            "polarity": "positive",
            "statement": "lavrov-values-partnership",
            "evidence": [{"quote": {"exact": "“We highly value our strategic partnership,” remarked Lavrov"}}]
        }),
    );
    let ids: Vec<&str> = value["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&"lavrov-values-partnership"),
        "the example's statements: {ids:?}"
    );
    let article = Article::from_json_str(&value.to_string()).unwrap();
    assert_eq!(
        example_assessment(&article)
            .statement
            .as_ref()
            .map(Id::as_str),
        Some("lavrov-values-partnership")
    );
}

#[test]
fn words_outside_the_evidence_are_refused_at_words() {
    let mut value = example_value();
    put(
        &mut value,
        "/assessments/0/evidence",
        json!([{"quote": {"exact": "on the sidelines of the meeting of Foreign Ministers of the Caspian Littoral States"}}]),
    );
    let message = assert_one_problem(
        &value,
        ErrorCode::QuoteOutsideEvidence,
        "/assessments/0/words",
    );
    assert!(message.contains("\"productive\""), "{message}");
}

#[test]
fn words_the_article_does_not_write_are_refused_at_words() {
    let mut value = example_value();
    put(&mut value, "/assessments/0/words", json!("constructive"));
    assert_one_problem(&value, ErrorCode::QuoteNotInBody, "/assessments/0/words");
    // Written otherwise than the body writes them.
    put(&mut value, "/assessments/0/words", json!("Productive"));
    assert_one_problem(&value, ErrorCode::QuoteNotInBody, "/assessments/0/words");
}

#[test]
fn words_without_evidence_need_only_stand_in_the_body() {
    let mut value = example_value();
    put(&mut value, "/assessments/0/evidence", json!([]));
    Article::from_json_str(&value.to_string()).unwrap();
    put(&mut value, "/assessments/0/words", json!("fruitful"));
    assert_one_problem(&value, ErrorCode::QuoteNotInBody, "/assessments/0/words");
}

#[test]
fn blank_words_are_blank_text_only() {
    let mut value = example_value();
    put(&mut value, "/assessments/0/words", json!("  "));
    assert_one_problem(&value, ErrorCode::BlankText, "/assessments/0/words");
}

#[test]
fn references_are_checked_for_kind_and_existence() {
    for (pointer, id, code) in [
        (
            "/assessments/0/assessed",
            "moscow",
            ErrorCode::WrongReferenceKind,
        ),
        (
            "/assessments/0/assessed",
            "no-such-meeting",
            ErrorCode::UnknownReference,
        ),
        (
            "/assessments/0/assessor",
            "moscow",
            ErrorCode::WrongReferenceKind,
        ),
        (
            "/assessments/0/assessor",
            "no-such-party",
            ErrorCode::UnknownReference,
        ),
        (
            "/assessments/0/statement",
            "lavrov-meredov-talks",
            ErrorCode::WrongReferenceKind,
        ),
        (
            "/assessments/0/statement",
            "no-such-statement",
            ErrorCode::UnknownReference,
        ),
    ] {
        let mut value = example_value();
        put(&mut value, pointer, json!(id));
        assert_one_problem(&value, code, pointer);
    }
}

#[test]
fn every_kind_of_part_but_cities_and_assessments_may_be_assessed() {
    let value = example_value();
    let article = Article::from_json_str(&value.to_string()).unwrap();
    // A party is judged too ("a very important strategic partner").
    let kinds = [
        article.meetings.first().map(|m| m.id.as_str()),
        article.commitments.first().map(|c| c.id.as_str()),
        article.statements.first().map(|s| s.id.as_str()),
        Some("russia"),
        Some("sergei-lavrov"),
    ];
    for id in kinds {
        let mut value = example_value();
        put(&mut value, "/assessments/0/assessed", json!(id.unwrap()));
        Article::from_json_str(&value.to_string())
            .unwrap_or_else(|e| panic!("assessing {id:?}: {e}"));
    }
    let mut value = example_value();
    let mut second = value["assessments"][0].clone();
    second["id"] = json!("judged-judgement");
    second["assessed"] = json!("talks-productive");
    value["assessments"].as_array_mut().unwrap().push(second);
    assert_one_problem(
        &value,
        ErrorCode::WrongReferenceKind,
        "/assessments/1/assessed",
    );
}

#[test]
fn an_assessment_id_is_unique_in_the_article() {
    let mut value = example_value();
    put(&mut value, "/assessments/0/id", json!("russia"));
    assert_one_problem(&value, ErrorCode::DuplicateId, "/assessments/0/id");
}

#[test]
fn evidence_is_checked_as_every_record_s() {
    let mut value = example_value();
    put(
        &mut value,
        "/assessments/0/evidence/0/quote/exact",
        json!("held fruitful discussions"),
    );
    assert_one_problem(
        &value,
        ErrorCode::EvidencePositionMismatch,
        "/assessments/0/evidence/0/position",
    );
    value["assessments"][0]["evidence"][0]
        .as_object_mut()
        .unwrap()
        .remove("position");
    let found = common::problems(&value);
    assert!(
        found
            .iter()
            .any(|(code, path, _)| *code == ErrorCode::EvidenceNotFound
                && path.starts_with("/assessments/0/evidence/0")),
        "{found:#?}"
    );
}

#[test]
fn an_unknown_polarity_is_kept_and_reported() {
    let mut value = example_value();
    put(&mut value, "/assessments/0/polarity", json!("glowing"));
    assert_one_problem(&value, ErrorCode::UnknownVariant, "/assessments/0/polarity");
}

#[test]
fn a_missing_required_field_is_a_read_error_at_its_path() {
    let mut value = example_value();
    value["assessments"][0]
        .as_object_mut()
        .unwrap()
        .remove("words");
    assert_read_error(&value, ErrorCode::MissingField, "/assessments/0");
    let mut value = example_value();
    put(&mut value, "/assessments/0/verdict", json!("good"));
    assert_read_error(&value, ErrorCode::UnknownField, "/assessments/0/verdict");
}

#[test]
fn the_builder_makes_the_same_assessment_and_refuses_what_reading_refuses() {
    let body =
        "Lavrov and Meredov held productive discussions. “It was constructive,” Lavrov said.";
    let build = |words: &str| {
        let mut article = ArticleBuilder::new("a1", "en", body);
        let lavrov = article.add_person(Person::builder("lavrov", "Lavrov"));
        let talks = article.add_meeting(
            Meeting::builder("talks", MeetingKind::Bilateral, MeetingStatus::Held)
                .evidence("held productive discussions"),
        );
        let said = article.add_statement(
            Statement::direct_quote("s1", &lavrov, SpeechAct::Said, "It was constructive")
                .evidence("“It was constructive,” Lavrov said"),
        );
        article.add_assessment(
            Assessment::builder("talks-productive", &talks, "productive", Polarity::Positive)
                .evidence("held productive discussions"),
        );
        article.add_assessment(
            Assessment::builder("talks-constructive", &talks, words, Polarity::Positive)
                .assessor(&lavrov)
                .statement(&said)
                .evidence("“It was constructive,” Lavrov said"),
        );
        article.build()
    };
    let article = build("constructive").unwrap();
    let constructive = &article.assessments[1];
    assert_eq!(
        constructive.assessor.as_ref().map(Id::as_str),
        Some("lavrov")
    );
    assert_eq!(constructive.statement.as_ref().map(Id::as_str), Some("s1"));
    assert!(
        constructive.evidence[0].position.is_some(),
        "located when built"
    );
    let again = Article::from_json_str(&serde_json::to_string(&article).unwrap()).unwrap();
    assert_eq!(again, article);

    let errors = build("productive").unwrap_err();
    let found: Vec<_> = errors
        .iter()
        .map(|e| (e.code(), e.path().as_str().to_owned()))
        .collect();
    assert_eq!(
        found,
        [(
            ErrorCode::QuoteOutsideEvidence,
            "/assessments/1/words".to_owned()
        )]
    );
    // Its own rules, alone.
    let mut other = ArticleBuilder::new("a2", "en", "Talks.");
    let talks = other.add_meeting(Meeting::builder(
        "m",
        MeetingKind::Bilateral,
        MeetingStatus::Held,
    ));
    let blank = Assessment::builder("j1", &talks, " ", Polarity::Neutral)
        .build()
        .unwrap_err();
    let found: Vec<_> = blank
        .iter()
        .map(|e| (e.code(), e.path().as_str().to_owned()))
        .collect();
    assert_eq!(found, [(ErrorCode::BlankText, "/words".to_owned())]);
}

#[test]
fn a_judgement_a_statement_voices_is_its_speaker_s() {
    let voiced = json!({
        "id": "partnership-valued",
        "assessor": "sergei-lavrov",
        "assessed": "lavrov-meredov-talks",
        "words": "highly value",
        "polarity": "positive",
        "statement": "lavrov-values-partnership",
        "evidence": [{"quote": {"exact": "“We highly value our strategic partnership,” remarked Lavrov"}}]
    });
    let mut value = example_value();
    put(&mut value, "/assessments/0", voiced.clone());
    Article::from_json_str(&value.to_string()).unwrap();

    // Another party's.
    put(
        &mut value,
        "/assessments/0/assessor",
        json!("rashid-meredov"),
    );
    let json = value.to_string();
    let (_, warnings) = Article::from_json_slice_with(json.as_bytes(), &Lints::new()).unwrap();
    let found: Vec<_> = warnings
        .iter()
        .map(|w| (w.code(), w.path().as_str()))
        .collect();
    assert_eq!(
        found,
        [(ErrorCode::AssessorNotSpeaker, "/assessments/0/assessor")]
    );

    // No one's: the article's own, though a statement voices it.
    value["assessments"][0]
        .as_object_mut()
        .unwrap()
        .remove("assessor");
    let json = value.to_string();
    let (_, warnings) = Article::from_json_slice_with(json.as_bytes(), &Lints::new()).unwrap();
    let found: Vec<_> = warnings
        .iter()
        .map(|w| (w.code(), w.path().as_str()))
        .collect();
    assert_eq!(
        found,
        [(ErrorCode::AssessorNotSpeaker, "/assessments/0/statement")]
    );
}

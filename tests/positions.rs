//! Issues and positions: what parties are at odds over and each one's
//! stand. The near miss `holder_not_speaker.json` ("Russia opposes the
//! Trans-Caspian pipeline, Foreign Minister Sergei Lavrov said. Turkmenistan
//! backs the project.") reads, writes back the same through both readers,
//! and each thing wrong with an issue or a position is refused with its
//! code at its path, by reading and by the builders.

mod common;

use serde_json::{json, Value};
use structured_news::prelude::*;
use structured_news::Id;

use common::{assert_one_problem, put};

/// The text of the document the tests start from.
fn base_json() -> String {
    std::fs::read_to_string(common::fixtures().join("near_misses/holder_not_speaker.json")).unwrap()
}

/// The document the tests start from, to mutate.
fn base() -> Value {
    serde_json::from_str(&base_json()).unwrap()
}

/// The codes and paths of the warnings of a document without errors.
fn warnings(value: &Value) -> Vec<(ErrorCode, String)> {
    let json = value.to_string();
    let (_, warnings) = Article::from_json_slice_with(json.as_bytes(), &Lints::new()).unwrap();
    warnings
        .iter()
        .map(|w| (w.code(), w.path().as_str().to_owned()))
        .collect()
}

#[test]
fn issues_and_positions_read_and_write_back_the_same_through_both_readers() {
    let json = base_json();
    let article = Article::from_json_str(&json).unwrap();
    let issue = &article.issues[0];
    assert_eq!(issue.id.as_str(), "pipeline");
    assert_eq!(issue.text, "the Trans-Caspian pipeline");
    assert_eq!(
        issue.divided.iter().map(Id::as_str).collect::<Vec<_>>(),
        ["russia", "turkmenistan"]
    );
    let [opposes, backs] = article.positions.as_slice() else {
        panic!("two positions: {:?}", article.positions)
    };
    assert_eq!(
        (opposes.holder.as_str(), &opposes.stance),
        ("russia", &Stance::Opposes)
    );
    assert_eq!(
        (backs.holder.as_str(), &backs.stance),
        ("turkmenistan", &Stance::Supports)
    );
    assert_eq!(opposes.statements[0].as_str(), "lavrov-opposes");
    assert_eq!(article.meetings[0].related[0].to.as_str(), "pipeline");
    // Written back, the same facts.
    let written = serde_json::to_value(&article).unwrap();
    let reread: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(written["issues"], reread["issues"]);
    assert_eq!(written["positions"], reread["positions"]);
    // Both readers build the same article, the lists included.
    let fast = structured_news::__readers::fast(json.as_bytes()).expect("the fast reader reads it");
    let serde = structured_news::__readers::serde(json.as_bytes()).unwrap();
    assert_eq!(fast.issues, article.issues);
    assert_eq!(serde.issues, article.issues);
    assert_eq!(fast.positions, article.positions);
    assert_eq!(serde.positions, article.positions);
    // Every optional field given, and `null` lists: still the same.
    let mut value = base();
    put(
        &mut value,
        "/positions/1",
        json!({"id": "tm", "holder": "turkmenistan", "issue": "pipeline", "stance": "conditional",
               "text": "backs the project", "statements": null, "date": {"value": "2023-12-04", "text": "on Monday"},
               "evidence": null}),
    );
    put(&mut value, "/issues/0/about", json!(null));
    let json = value.to_string();
    assert_eq!(
        common::readers_agree(json.as_bytes(), "positions"),
        common::Readers::BothRead
    );
}

#[test]
fn an_article_without_issues_or_positions_writes_none() {
    let mut value = base();
    let object = value.as_object_mut().unwrap();
    object.remove("issues");
    object.remove("positions");
    object["meetings"][0]
        .as_object_mut()
        .unwrap()
        .remove("related");
    let article = Article::from_json_str(&value.to_string()).unwrap();
    assert!(article.issues.is_empty() && article.positions.is_empty());
    let written = serde_json::to_value(&article).unwrap();
    assert!(written.get("issues").is_none());
    assert!(written.get("positions").is_none());
}

#[test]
fn an_unknown_stance_is_kept_and_reported() {
    let mut value = base();
    put(&mut value, "/positions/0/stance", json!("ambivalent"));
    assert_one_problem(&value, ErrorCode::UnknownVariant, "/positions/0/stance");
}

#[test]
fn references_are_checked_for_kind_existence_and_repeats() {
    for (pointer, new, code, path) in [
        (
            "/issues/0/about",
            json!(["lavrov-opposes"]),
            ErrorCode::WrongReferenceKind,
            "/issues/0/about/0",
        ),
        (
            "/issues/0/about",
            json!(["talks", "talks"]),
            ErrorCode::DuplicateReference,
            "/issues/0/about/1",
        ),
        (
            "/issues/0/divided",
            json!(["russia", "talks"]),
            ErrorCode::WrongReferenceKind,
            "/issues/0/divided/1",
        ),
        (
            "/issues/0/divided",
            json!(["russia", "turkmenia"]),
            ErrorCode::UnknownReference,
            "/issues/0/divided/1",
        ),
        (
            "/positions/1/holder",
            json!("talks"),
            ErrorCode::WrongReferenceKind,
            "/positions/1/holder",
        ),
        (
            "/positions/1/issue",
            json!("turkmenistan"),
            ErrorCode::WrongReferenceKind,
            "/positions/1/issue",
        ),
        (
            "/positions/0/statements",
            json!(["lavrov-opposes", "lavrov-opposes"]),
            ErrorCode::DuplicateReference,
            "/positions/0/statements/1",
        ),
        (
            "/positions/1/statements",
            json!(["pipeline"]),
            ErrorCode::WrongReferenceKind,
            "/positions/1/statements/0",
        ),
        (
            "/positions/1/id",
            json!("pipeline"),
            ErrorCode::DuplicateId,
            "/positions/1/id",
        ),
        (
            "/issues/0/text",
            json!(" "),
            ErrorCode::BlankText,
            "/issues/0/text",
        ),
        (
            "/positions/1/text",
            json!(""),
            ErrorCode::BlankText,
            "/positions/1/text",
        ),
        (
            "/positions/1/date",
            json!({}),
            ErrorCode::EmptyDate,
            "/positions/1/date",
        ),
        (
            "/positions/1/evidence",
            json!([{"quote": {"exact": "Turkmenistan opposes the project"}}]),
            ErrorCode::EvidenceNotFound,
            "/positions/1/evidence/0/quote/exact",
        ),
    ] {
        let mut value = base();
        put(&mut value, pointer, new);
        assert_one_problem(&value, code, path);
    }
}

#[test]
fn a_meeting_may_take_place_against_the_background_of_an_issue_only() {
    let mut value = base();
    // `background` may name an issue (the document does), a meeting or an
    // event; another relation may not name an issue.
    put(
        &mut value,
        "/meetings/0/related/0/relation",
        json!("follows"),
    );
    let message = assert_one_problem(
        &value,
        ErrorCode::WrongReferenceKind,
        "/meetings/0/related/0/to",
    );
    assert!(message.contains("a meeting or an event"), "{message}");
    put(
        &mut value,
        "/meetings/0/related/0/relation",
        json!("background"),
    );
    put(
        &mut value,
        "/meetings/0/related/0/to",
        json!("russia-opposes"),
    );
    let message = assert_one_problem(
        &value,
        ErrorCode::WrongReferenceKind,
        "/meetings/0/related/0/to",
    );
    assert!(message.contains("an issue"), "{message}");
}

#[test]
fn divided_takes_two_parties_or_one_group() {
    let mut value = base();
    put(&mut value, "/issues/0/divided", json!(["russia"]));
    let message = assert_one_problem(&value, ErrorCode::DividedTooFew, "/issues/0/divided");
    assert!(message.contains("a country"), "{message}");
    // One group, standing for its members.
    put(
        &mut value,
        "/entities/groups",
        json!([{"id": "two-countries", "description": "the two countries", "members": ["russia", "turkmenistan"]}]),
    );
    put(&mut value, "/issues/0/divided", json!(["two-countries"]));
    Article::from_json_str(&value.to_string()).unwrap();
    // None: the article says nothing of who is at odds.
    put(&mut value, "/issues/0/divided", json!([]));
    Article::from_json_str(&value.to_string()).unwrap();
    // An unknown one is the reference's problem, not also too few.
    put(&mut value, "/issues/0/divided", json!(["russ"]));
    assert_one_problem(&value, ErrorCode::UnknownReference, "/issues/0/divided/0");
}

#[test]
fn a_position_is_voiced_by_its_holder_or_for_it() {
    let mut value = base();
    assert!(warnings(&value).is_empty());
    // Lavrov said it without speaking for Russia.
    value["statements"][0]
        .as_object_mut()
        .unwrap()
        .remove("on_behalf_of");
    assert_eq!(
        warnings(&value),
        [(
            ErrorCode::HolderNotSpeaker,
            "/positions/0/statements/0".to_owned()
        )]
    );
    // Lavrov's own position, voiced by himself.
    put(&mut value, "/positions/0/holder", json!("lavrov"));
    assert!(warnings(&value).is_empty());
    // Russia as a co-speaker.
    put(&mut value, "/positions/0/holder", json!("russia"));
    put(&mut value, "/statements/0/co_speakers", json!(["russia"]));
    assert!(warnings(&value).is_empty(), "{:?}", warnings(&value));
}

#[test]
fn two_stances_of_one_holder_on_one_issue_at_one_date_conflict() {
    let mut value = base();
    // Turkmenistan's words given to Russia, undated as Russia's other.
    put(&mut value, "/positions/1/holder", json!("russia"));
    assert_eq!(
        warnings(&value),
        [(
            ErrorCode::ConflictingPositions,
            "/positions/1/stance".to_owned()
        )]
    );
    // At two dates: a change of mind.
    put(&mut value, "/positions/1/date", json!({"value": "2019"}));
    assert!(warnings(&value).is_empty());
    // At one date again, with the same stance: no conflict.
    put(&mut value, "/positions/0/date", json!({"value": "2019"}));
    put(&mut value, "/positions/1/stance", json!("opposes"));
    assert!(warnings(&value).is_empty());
}

#[test]
fn the_builders_make_issues_positions_and_the_background() {
    let body = "Russia opposes the Trans-Caspian pipeline, Foreign Minister Sergei Lavrov said. \
                Turkmenistan backs the project. The talks come as the two countries remain at \
                odds over the pipeline.";
    let mut article = ArticleBuilder::new("a1", "en", body);
    let lavrov = article.add_person(Person::builder("lavrov", "Sergei Lavrov"));
    let russia = article.add_country(Place::country_builder("russia", "Russia", "RU"));
    let tm = article.add_country(Place::country_builder("tm", "Turkmenistan", "TM"));
    let said = article.add_statement(
        Statement::paraphrase(
            "lavrov-opposes",
            &lavrov,
            SpeechAct::Said,
            "Russia opposes the Trans-Caspian pipeline",
        )
        .on_behalf_of(&russia)
        .evidence("Russia opposes the Trans-Caspian pipeline, Foreign Minister Sergei Lavrov said"),
    );
    let pipeline = article.add_issue(
        Issue::builder("pipeline", "the Trans-Caspian pipeline")
            .divided(&russia)
            .divided(&tm)
            .evidence("remain at odds over the pipeline"),
    );
    article.add_position(
        Position::builder("russia-opposes", &russia, &pipeline, Stance::Opposes)
            .text("opposes the Trans-Caspian pipeline")
            .statement(&said)
            .date("2023-12-04")
            .evidence("Russia opposes the Trans-Caspian pipeline"),
    );
    article.add_position(
        Position::builder("tm-backs", &tm, &pipeline, Stance::Supports)
            .evidence("Turkmenistan backs the project"),
    );
    article.add_meeting(
        Meeting::builder("talks", MeetingKind::Bilateral, MeetingStatus::Held)
            .participant(&russia)
            .participant(&tm)
            .against_background_of(&pipeline)
            .evidence("The talks"),
    );
    let article = article.build().unwrap();
    assert_eq!(article.issues[0].divided.len(), 2);
    assert_eq!(
        article.positions[0].statements[0].as_str(),
        "lavrov-opposes"
    );
    assert!(article.positions[0].evidence[0].position.is_some());
    assert_eq!(article.meetings[0].related[0].to.as_str(), "pipeline");
    // Built alone, a position's own rules hold; its references wait for
    // the article.
    let mut alone = ArticleBuilder::new("a2", "en", "Russia opposes it.");
    let russia = alone.add_country(Place::country_builder("russia", "Russia", "RU"));
    let it = alone.add_issue(Issue::builder("it", "it"));
    let error = Position::builder("p", &russia, &it, Stance::Opposes)
        .text(" ")
        .build()
        .unwrap_err();
    assert_eq!(
        error
            .iter()
            .map(|e| (e.code(), e.path().as_str()))
            .collect::<Vec<_>>(),
        [(ErrorCode::BlankText, "/text")]
    );
    let error = Position::builder("not an id", &russia, &it, Stance::Opposes)
        .build()
        .unwrap_err();
    assert_eq!(error.iter().next().unwrap().code(), ErrorCode::InvalidId);
    // An issue alone with one party: its kind is unknown alone, so no
    // problem until the article.
    Issue::builder("it", "it").divided(&russia).build().unwrap();
}

/// The rows of `article`, each as its table's name and its cells as text.
fn rows_of(article: &Article) -> Vec<(&'static str, Vec<String>)> {
    use std::convert::Infallible;
    use structured_news::table::{self, Cell, RowSink, Table};

    #[derive(Default)]
    struct Rows(Vec<(&'static str, Vec<String>)>);
    impl RowSink for Rows {
        type Error = Infallible;
        fn row(&mut self, table: &'static Table, cells: &[Cell<'_>]) -> Result<(), Infallible> {
            let cells = cells
                .iter()
                .map(|cell| match cell {
                    Cell::Text(text) => text.to_string(),
                    Cell::Integer(n) => n.to_string(),
                    Cell::Null => String::new(),
                    other => format!("{other:?}"),
                })
                .collect();
            self.0.push((table.name, cells));
            Ok(())
        }
    }
    let mut rows = Rows::default();
    let Ok(()) = table::write_rows(article, &mut rows);
    rows.0
}

#[test]
fn issues_and_positions_have_their_tables() {
    let article = Article::from_json_str(&base_json()).unwrap();
    let rows = rows_of(&article);
    let of = |name: &str| -> Vec<&Vec<String>> {
        rows.iter()
            .filter(|(table, _)| *table == name)
            .map(|(_, cells)| cells)
            .collect()
    };
    let article_id = "pipeline-2023-12-04";
    assert_eq!(
        of("issues"),
        [&vec![
            article_id.to_owned(),
            "pipeline".to_owned(),
            "/issues/0".to_owned(),
            "the Trans-Caspian pipeline".to_owned()
        ]]
    );
    let divided: Vec<&str> = of("issue_divided")
        .iter()
        .map(|cells| cells[4].as_str())
        .collect();
    assert_eq!(divided, ["russia", "turkmenistan"]);
    let positions = of("positions");
    assert_eq!(positions.len(), 2);
    assert_eq!(
        positions[0][..7],
        [
            article_id,
            "russia-opposes",
            "/positions/0",
            "russia",
            "pipeline",
            "opposes",
            "opposes the Trans-Caspian pipeline"
        ]
    );
    let statements = of("position_statements");
    assert_eq!(statements.len(), 1);
    assert_eq!(
        statements[0][1..],
        [
            "/positions/0/statements/0",
            "russia-opposes",
            "0",
            "lavrov-opposes"
        ]
    );
    let links = of("meeting_links");
    assert_eq!(links[0].last().map(String::as_str), Some("pipeline"));
    // Their evidence, with the part that holds it.
    let evidence_parts: Vec<&str> = of("evidence")
        .iter()
        .map(|cells| cells[3].as_str())
        .collect();
    for part in ["pipeline", "russia-opposes", "turkmenistan-backs"] {
        assert!(evidence_parts.contains(&part), "{part}: {evidence_parts:?}");
    }
}

/// What a statement or meeting is about may be an issue or a position
/// ("the talks discussed the border issue"), and an assessment may judge
/// a party or an issue ("a very important strategic partner").
#[test]
fn an_issue_may_be_what_a_statement_is_about_and_a_party_may_be_judged() {
    let base = base();
    let issue = base["issues"][0]["id"].clone();
    let position = base["positions"][0]["id"].clone();
    let holder = base["positions"][0]["holder"].clone();
    let mut value = base.clone();
    value["statements"][0]["about"] = json!([issue, position]);
    assert_eq!(warnings(&value), []);
    let mut value = base;
    value["assessments"] = json!([{
        "id": "judged", "assessed": holder, "words": "pipeline", "polarity": "neutral"
    }]);
    assert_eq!(warnings(&value), []);
}

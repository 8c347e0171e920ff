//! Status changes with their sources (reasons each given by a party or a
//! statement, a decision taken jointly, the manner in the article's words)
//! and reported speech (words a paraphrase quotes, one utterance reported
//! twice): read, written back, checked, built, tracked and put in tables.

mod common;

use serde_json::{json, Value};
use structured_news::table::{write_rows, Cell, RowSink, Table};
use structured_news::{
    Article, ArticleBuilder, ErrorCode, Ledger, Lints, Meeting, MeetingKind, MeetingStatus, Person,
    Place, Severity, SpeechAct, Statement,
};

const IANS: &str = "valid/ians-2016-05-06-nepal-president-india-visit-cancelled.json";

fn ians_json() -> String {
    std::fs::read_to_string(common::fixtures().join(IANS)).unwrap()
}

/// Words of a Jerusalem Post report (Breaking News, "US envoy says talks
/// with North Korea 'very useful'", https://www.jpost.com/breaking-news/us-envoy-says-talks-with-north-korea-very-useful,
/// the site's terms, quoted for research; its first three sentences, as
/// stored). Published 10 December 2009, the Thursday Stephen Bosworth left
/// Pyongyang (the stored copy gives no date). A paraphrase that keeps the
/// envoy's words "very useful", and the same utterance quoted later.
const JPOST_BODY: &str = "A senior US envoy said Thursday his talks with North Korea were \"very useful,\" a report said, as he wrapped up a rare trip to the communist nation aimed at prodding it back to international nuclear negotiations. Envoy Stephen Bosworth made the remark at an airport in Pyongyang as he headed to South Korea after a three-day trip, according to China's Xinhua news agency. \"It's a very useful meeting,\" he was quoted as saying.";

/// The envoy's two reports of one utterance: a paraphrase quoting
/// "very useful", and the direct quote it comes from.
fn envoy() -> Value {
    json!({
        "format_version": "2.1",
        "id": "jpost-2009-12-10-bosworth",
        "language": "en",
        "published": "2009-12-10",
        "body": JPOST_BODY,
        "entities": {
            "people": [
                {"id": "bosworth", "name": "Stephen Bosworth", "description": "a senior US envoy"},
                {"id": "other", "name": "Someone Else"}
            ],
            "places": [{"id": "pyongyang", "name": "Pyongyang", "kind": "city", "country": "KP"}]
        },
        "statements": [
            {"id": "s1", "speaker": "bosworth", "mode": "paraphrase", "speech_act": "said",
             "text": "his talks with North Korea were very useful",
             "quoted": ["very useful"],
             "evidence": [{"quote": {"exact": "A senior US envoy said Thursday his talks with North Korea were \"very useful,\""}}]},
            {"id": "s2", "speaker": "bosworth", "mode": "direct_quote", "speech_act": "said",
             "text": "It's a very useful meeting",
             "same_as": "s1",
             "evidence": [{"quote": {"exact": "\"It's a very useful meeting,\" he was quoted as saying"}}]}
        ]
    })
}

/// A visit cancelled abruptly, decided jointly, with two reasons from two
/// sources.
fn cancelled_visit() -> Value {
    let body = "The visit was abruptly cancelled by agreement with the Turkish side. The host's ministry cited security concerns; the guest's side spoke of scheduling.";
    json!({
        "format_version": "2.1",
        "id": "a1",
        "language": "en",
        "published": "2024-03-01",
        "body": body,
        "entities": {
            "organizations": [
                {"id": "host-ministry", "name": "the host's ministry", "kind": "ministry"},
                {"id": "guest-side", "name": "the guest's side", "kind": "ministry"}
            ],
            "places": [
                {"id": "turkey", "name": "Turkey", "kind": "country", "country": "TR"},
                {"id": "russia", "name": "Russia", "kind": "country", "country": "RU"},
                {"id": "ankara", "name": "Ankara", "kind": "city", "country": "TR"}
            ]
        },
        "statements": [
            {"id": "s1", "speaker": "host-ministry", "mode": "paraphrase", "speech_act": "cited",
             "text": "security concerns",
             "evidence": [{"quote": {"exact": "The host's ministry cited security concerns"}}]}
        ],
        "meetings": [{
            "id": "m1", "kind": "visit", "status": "cancelled",
            "status_history": [{
                "status": "cancelled",
                "reasons": [
                    {"text": "security concerns", "given_by": "host-ministry", "statement": "s1"},
                    {"text": "scheduling", "given_by": "guest-side",
                     "evidence": [{"quote": {"exact": "the guest's side spoke of scheduling"}}]}
                ],
                "decided_by": "russia",
                "decided_with": ["turkey"],
                "manner": "abruptly",
                "evidence": [{"quote": {"exact": "The visit was abruptly cancelled"}}]
            }]
        }]
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

fn one_problem(doc: &Value, code: ErrorCode, path: &str) {
    let found = problems(doc);
    assert_eq!(
        found
            .iter()
            .map(|(c, p, _)| (*c, p.as_str()))
            .collect::<Vec<_>>(),
        vec![(code, path)],
        "{found:?}"
    );
}

#[test]
fn the_real_article_reads_with_sourced_reasons_and_one_utterance_twice_and_writes_back() {
    let json = ians_json();
    let (article, warnings) =
        Article::from_json_slice_with(json.as_bytes(), &Lints::new()).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let change = &article.meetings[0].status_history[0];
    assert_eq!(change.status, MeetingStatus::Cancelled);
    assert_eq!(change.manner.as_deref(), Some("abrupt"));
    let sources: Vec<&str> = change
        .reasons
        .iter()
        .filter_map(|r| r.statement.as_ref().map(|s| s.as_str()))
        .collect();
    assert_eq!(
        sources,
        ["bhandari-decided-not-to-go", "sources-oli-approach"]
    );
    assert_eq!(
        article.statements[1].same_as.as_ref().map(|s| s.as_str()),
        Some("bhandari-tells-visitor")
    );
    let written: Value = serde_json::to_value(&article).unwrap();
    assert_eq!(written, serde_json::from_str::<Value>(&json).unwrap());
}

#[test]
fn sourced_reasons_a_joint_decision_and_the_manner_read_and_write_back() {
    let doc = cancelled_visit();
    assert_eq!(problems(&doc), vec![]);
    let article = Article::from_json_str(&doc.to_string()).unwrap();
    let change = &article.meetings[0].status_history[0];
    assert_eq!(change.reasons.len(), 2);
    assert_eq!(change.decided_with[0].as_str(), "turkey");
    assert_eq!(serde_json::to_value(&article).unwrap(), doc);
}

#[test]
fn the_old_reason_still_reads_beside_sourced_ones() {
    let mut doc = cancelled_visit();
    doc["format_version"] = json!("2.0");
    let change = &mut doc["meetings"][0]["status_history"][0];
    change.as_object_mut().unwrap().remove("reasons");
    change.as_object_mut().unwrap().remove("decided_with");
    change.as_object_mut().unwrap().remove("manner");
    change["reason"] = json!("security concerns");
    assert_eq!(problems(&doc), vec![]);
    let article = Article::from_json_str(&doc.to_string()).unwrap();
    let change = &article.meetings[0].status_history[0];
    assert_eq!(change.reason.as_deref(), Some("security concerns"));
    assert!(change.reasons.is_empty());
}

#[test]
fn a_reason_from_a_city_or_a_statement_that_is_a_party_is_the_wrong_kind() {
    let mut doc = cancelled_visit();
    doc["meetings"][0]["status_history"][0]["reasons"][0]["given_by"] = json!("ankara");
    one_problem(
        &doc,
        ErrorCode::WrongReferenceKind,
        "/meetings/0/status_history/0/reasons/0/given_by",
    );
    let mut doc = cancelled_visit();
    doc["meetings"][0]["status_history"][0]["reasons"][0]["statement"] = json!("host-ministry");
    one_problem(
        &doc,
        ErrorCode::WrongReferenceKind,
        "/meetings/0/status_history/0/reasons/0/statement",
    );
    let mut doc = cancelled_visit();
    doc["meetings"][0]["status_history"][0]["reasons"][1]["statement"] = json!("s9");
    one_problem(
        &doc,
        ErrorCode::UnknownReference,
        "/meetings/0/status_history/0/reasons/1/statement",
    );
}

#[test]
fn a_blank_reason_or_manner_is_refused() {
    let mut doc = cancelled_visit();
    doc["meetings"][0]["status_history"][0]["reasons"][1]["text"] = json!(" ");
    one_problem(
        &doc,
        ErrorCode::BlankText,
        "/meetings/0/status_history/0/reasons/1/text",
    );
    let mut doc = cancelled_visit();
    doc["meetings"][0]["status_history"][0]["manner"] = json!("");
    one_problem(
        &doc,
        ErrorCode::BlankText,
        "/meetings/0/status_history/0/manner",
    );
}

#[test]
fn a_joint_decider_is_a_party_named_once_and_not_the_decider() {
    let mut doc = cancelled_visit();
    doc["meetings"][0]["status_history"][0]["decided_with"] = json!(["russia"]);
    one_problem(
        &doc,
        ErrorCode::DuplicateReference,
        "/meetings/0/status_history/0/decided_with/0",
    );
    let mut doc = cancelled_visit();
    doc["meetings"][0]["status_history"][0]["decided_with"] = json!(["turkey", "turkey"]);
    one_problem(
        &doc,
        ErrorCode::DuplicateReference,
        "/meetings/0/status_history/0/decided_with/1",
    );
    let mut doc = cancelled_visit();
    doc["meetings"][0]["status_history"][0]["decided_with"] = json!(["s1"]);
    one_problem(
        &doc,
        ErrorCode::WrongReferenceKind,
        "/meetings/0/status_history/0/decided_with/0",
    );
}

#[test]
fn an_update_s_status_change_is_checked_the_same_way() {
    let mut doc = cancelled_visit();
    doc["updates"] = json!([{
        "target": {"article": "earlier", "id": "m9"},
        "meeting_status": {"status": "cancelled", "reasons": [{"text": "scheduling", "given_by": "ankara"}]}
    }]);
    one_problem(
        &doc,
        ErrorCode::WrongReferenceKind,
        "/updates/0/meeting_status/reasons/0/given_by",
    );
}

#[test]
fn words_a_paraphrase_quotes_and_one_utterance_reported_twice_are_valid() {
    assert_eq!(problems(&envoy()), vec![]);
    let article = Article::from_json_str(&envoy().to_string()).unwrap();
    assert_eq!(article.statements[0].quoted, ["very useful"]);
    assert_eq!(serde_json::to_value(&article).unwrap(), envoy());
}

#[test]
fn quoted_words_must_stand_in_the_body_and_inside_the_evidence() {
    let mut doc = envoy();
    doc["statements"][0]["quoted"] = json!(["very useful", "most fruitful"]);
    one_problem(&doc, ErrorCode::QuoteNotInBody, "/statements/0/quoted/1");
    let mut doc = envoy();
    doc["statements"][0]["quoted"] = json!(["a three-day trip"]);
    one_problem(
        &doc,
        ErrorCode::QuoteOutsideEvidence,
        "/statements/0/quoted/0",
    );
    let mut doc = envoy();
    doc["statements"][0]["quoted"] = json!([" "]);
    one_problem(&doc, ErrorCode::BlankText, "/statements/0/quoted/0");
}

#[test]
fn same_as_names_another_statement_of_the_same_speaker() {
    let mut doc = envoy();
    doc["statements"][1]["same_as"] = json!("s2");
    one_problem(&doc, ErrorCode::SelfReference, "/statements/1/same_as");
    let mut doc = envoy();
    doc["statements"][1]["same_as"] = json!("bosworth");
    one_problem(&doc, ErrorCode::WrongReferenceKind, "/statements/1/same_as");
    let mut doc = envoy();
    doc["statements"][1]["same_as"] = json!("s7");
    one_problem(&doc, ErrorCode::UnknownReference, "/statements/1/same_as");
    let mut doc = envoy();
    doc["statements"][1]["speaker"] = json!("other");
    let found = problems(&doc);
    assert!(
        found.contains(&(
            ErrorCode::SameAsOtherSpeaker,
            "/statements/1/same_as".to_owned(),
            Severity::Warning
        )),
        "{found:?}"
    );
}

#[test]
fn two_reports_of_one_utterance_in_the_same_words_are_no_duplicates_when_linked() {
    let mut doc = envoy();
    doc["statements"][0]["text"] = json!("It's a very useful meeting");
    doc["statements"][0]["mode"] = json!("paraphrase");
    doc["statements"][0]
        .as_object_mut()
        .unwrap()
        .remove("quoted");
    let mut unlinked = doc.clone();
    unlinked["statements"][1]
        .as_object_mut()
        .unwrap()
        .remove("same_as");
    assert!(problems(&unlinked)
        .iter()
        .any(|(code, _, _)| *code == ErrorCode::DuplicateItem));
    assert!(!problems(&doc)
        .iter()
        .any(|(code, _, _)| *code == ErrorCode::DuplicateItem));
}

#[test]
fn a_pair_may_name_each_other_but_three_may_not_go_round() {
    let mut doc = envoy();
    doc["statements"][0]["same_as"] = json!("s2");
    assert_eq!(problems(&doc), vec![]);
    let mut doc = envoy();
    let third = json!({"id": "s3", "speaker": "bosworth", "mode": "paraphrase",
        "speech_act": "said", "text": "the talks were useful", "same_as": "s2"});
    doc["statements"].as_array_mut().unwrap().push(third);
    doc["statements"][0]["same_as"] = json!("s3");
    one_problem(&doc, ErrorCode::ReferenceCycle, "/statements/0/same_as");
}

#[test]
fn the_builders_give_reasons_with_sources_a_joint_decision_quoted_words_and_the_same_utterance() {
    let body = "The visit was abruptly cancelled by agreement with Turkey. Russia cited security concerns. Lavrov called the talks \"frank and useful\". \"Frank and useful,\" Lavrov said.";
    let mut article = ArticleBuilder::new("a1", "en", body);
    article.published("2024-03-01");
    let lavrov = article.add_person(Person::builder("lavrov", "Sergei Lavrov"));
    let russia = article.add_country(Place::country_builder("russia", "Russia", "RU"));
    let turkey = article.add_country(Place::country_builder("turkey", "Turkey", "TR"));
    let cited = article.add_statement(
        Statement::paraphrase("s1", &russia, SpeechAct::Cited, "security concerns")
            .evidence("Russia cited security concerns"),
    );
    let called = article.add_statement(
        Statement::paraphrase(
            "s2",
            &lavrov,
            SpeechAct::Said,
            "the talks were frank and useful",
        )
        .quoted("frank and useful")
        .evidence("Lavrov called the talks \"frank and useful\""),
    );
    article.add_statement(
        Statement::direct_quote("s3", &lavrov, SpeechAct::Said, "Frank and useful")
            .same_utterance_as(&called)
            .evidence("\"Frank and useful,\" Lavrov said"),
    );
    article.add_meeting(
        Meeting::builder("m1", MeetingKind::Visit, MeetingStatus::Cancelled)
            .decided_by(&russia)
            .decided_with(&turkey)
            .reason_in("security concerns", &cited)
            .reason_given_by("security concerns", &russia)
            .status_manner("abruptly")
            .status_evidence("The visit was abruptly cancelled"),
    );
    let article = article.build().unwrap();
    let change = &article.meetings[0].status_history[0];
    assert_eq!(change.decided_with[0].as_str(), "turkey");
    assert_eq!(change.manner.as_deref(), Some("abruptly"));
    assert_eq!(change.reasons[0].statement.as_ref().unwrap().as_str(), "s1");
    assert_eq!(
        change.reasons[1].given_by.as_ref().unwrap().as_str(),
        "russia"
    );
    assert_eq!(article.statements[1].quoted, ["frank and useful"]);
    assert_eq!(
        article.statements[2].same_as.as_ref().unwrap().as_str(),
        "s2"
    );
}

#[test]
fn a_builder_refuses_quoted_words_outside_the_evidence() {
    let body = "Lavrov called the talks \"frank and useful\". Elsewhere, talks were useful.";
    let mut article = ArticleBuilder::new("a1", "en", body);
    let lavrov = article.add_person(Person::builder("lavrov", "Sergei Lavrov"));
    article.add_statement(
        Statement::paraphrase(
            "s1",
            &lavrov,
            SpeechAct::Said,
            "the talks were frank and useful",
        )
        .quoted("talks were useful")
        .evidence("Lavrov called the talks \"frank and useful\""),
    );
    let errors = article.build().unwrap_err();
    let found: Vec<(ErrorCode, String)> = errors
        .iter()
        .map(|e| (e.code(), e.path().to_string()))
        .collect();
    assert_eq!(
        found,
        [(
            ErrorCode::QuoteOutsideEvidence,
            "/statements/0/quoted/0".to_owned()
        )]
    );
}

#[test]
fn the_ledger_carries_each_reason_with_its_source_and_the_manner() {
    let mut ledger = Ledger::new();
    ledger
        .add(&Article::from_json_str(&ians_json()).unwrap())
        .unwrap();
    let report = ledger.report();
    let step = &report.meetings[0].history[0];
    assert_eq!(step.manner.as_deref(), Some("abrupt"));
    let reasons: Vec<(&str, Option<&str>)> = step
        .reasons
        .iter()
        .map(|r| (r.reason.as_str(), r.given_by.as_deref()))
        .collect();
    assert_eq!(
        reasons,
        [
            (
                "the death of seven pilgrims at Ujjain",
                Some("Bidhya Devi Bhandari")
            ),
            (
                "Prime Minister K.P. Sharma Oli's approach towards India",
                Some("diplomatic sources")
            ),
        ]
    );
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["meetings"][0]["history"][0]["manner"], "abrupt");
    assert_eq!(
        json["meetings"][0]["history"][0]["reasons"][1]["given_by"],
        "diplomatic sources"
    );
}

/// The rows of the tables named, each as its table's name and its cells'
/// text.
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

#[test]
fn the_tables_hold_reasons_deciders_the_manner_quoted_words_and_same_as() {
    let article = Article::from_json_str(&cancelled_visit().to_string()).unwrap();
    let mut rows = Rows::default();
    write_rows(&article, &mut rows).unwrap();
    let reasons = rows.of("status_reasons");
    assert_eq!(reasons.len(), 2);
    assert_eq!(
        reasons[0][1..],
        [
            "/meetings/0/status_history/0/reasons/0",
            "/meetings/0/status_history/0",
            "0",
            "security concerns",
            "host-ministry",
            "s1"
        ]
    );
    let deciders = rows.of("status_deciders");
    assert_eq!(deciders.len(), 1);
    assert_eq!(deciders[0].last().unwrap(), "turkey");
    let steps = rows.of("meeting_status_steps");
    assert_eq!(steps[0].last().unwrap(), "abruptly");
    let evidence = rows.of("evidence");
    assert!(evidence
        .iter()
        .any(|r| r[2] == "/meetings/0/status_history/0/reasons/1"));

    let article = Article::from_json_str(&envoy().to_string()).unwrap();
    let mut rows = Rows::default();
    write_rows(&article, &mut rows).unwrap();
    let quoted = rows.of("statement_quoted");
    assert_eq!(quoted.len(), 1);
    assert_eq!(quoted[0].last().unwrap(), "very useful");
    let statements = rows.of("statements");
    let same_as = structured_news::table::STATEMENTS
        .column_index("same_as_id")
        .unwrap();
    assert_eq!(statements[1][same_as], "s1");
}

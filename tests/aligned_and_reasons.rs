//! Two parts 2.1 adds from real articles: the parties whose positions on
//! an issue agree (`Issue::aligned`: "Our positions on many international
//! issues are similar", МИР 24, September 2018) and why a speaker said or
//! would not say something (`Statement::reasons`: "Hayashi declined to say
//! how Qin responded, citing diplomatic reasons", The Asahi Shimbun,
//! 2 April 2023). Built, read back, refused with code and path, put in
//! tables.

use serde_json::{json, Value};
use structured_news::table::{write_rows, Cell, RowSink, Table};
use structured_news::{
    Article, ArticleBuilder, ErrorCode, Issue, Lints, Person, Place, SpeechAct, Statement,
    StatusReason,
};

const SIMILAR: &str = "Our positions on many international issues are similar.";
const DECLINED: &str = "Hayashi declined to say how Qin responded, citing diplomatic reasons.";

/// Kazakhstan and Turkey, aligned on many international issues.
fn similar() -> Article {
    let mut article = ArticleBuilder::new("mir24", "en", SIMILAR);
    let kz = article.add_country(Place::country_builder("kz", "Kazakhstan", "KZ"));
    let tr = article.add_country(Place::country_builder("tr", "Turkey", "TR"));
    article.add_issue(
        Issue::builder("international-issues", "many international issues")
            .aligned(&kz)
            .aligned(&tr)
            .evidence("Our positions on many international issues are similar"),
    );
    article.build().unwrap()
}

/// Hayashi declines to say more, citing diplomatic reasons.
fn declined() -> Article {
    let mut article = ArticleBuilder::new("asahi", "en", DECLINED);
    let hayashi = article.add_person(Person::builder("hayashi", "Yoshimasa Hayashi"));
    article.add_person(Person::builder("qin-gang", "Qin Gang"));
    article.add_statement(
        Statement::paraphrase(
            "s-declined",
            &hayashi,
            SpeechAct::Declined,
            "declined to say how Qin responded",
        )
        .reason(
            StatusReason::new("diplomatic reasons")
                .given_by(&hayashi)
                .evidence(
                    structured_news::Evidence::locate(DECLINED, "citing diplomatic reasons")
                        .unwrap(),
                ),
        )
        .evidence("Hayashi declined to say how Qin responded"),
    );
    article.build().unwrap()
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

#[test]
fn the_two_presidents_positions_are_similar() {
    let article = similar();
    let aligned: Vec<&str> = article.issues[0]
        .aligned
        .iter()
        .map(|p| p.as_str())
        .collect();
    assert_eq!(aligned, ["kz", "tr"]);
    let doc = serde_json::to_value(&article).unwrap();
    assert_eq!(doc["issues"][0]["aligned"], json!(["kz", "tr"]));
    assert!(doc["issues"][0].get("divided").is_none());
    assert_eq!(every_problem(&doc), vec![]);
}

#[test]
fn a_party_both_divided_and_aligned_is_a_conflict() {
    let mut doc = serde_json::to_value(similar()).unwrap();
    doc["issues"][0]["divided"] = json!(["kz", "tr"]);
    assert_eq!(
        every_problem(&doc),
        vec![
            (ErrorCode::PartyConflict, "/issues/0/aligned/0".to_owned()),
            (ErrorCode::PartyConflict, "/issues/0/aligned/1".to_owned()),
        ]
    );
}

#[test]
fn aligned_names_parties_none_twice() {
    let mut twice = serde_json::to_value(similar()).unwrap();
    twice["issues"][0]["aligned"] = json!(["kz", "tr", "kz"]);
    assert_eq!(
        every_problem(&twice),
        vec![(
            ErrorCode::DuplicateReference,
            "/issues/0/aligned/2".to_owned()
        )]
    );
    let mut unknown = serde_json::to_value(similar()).unwrap();
    unknown["issues"][0]["aligned"] = json!(["kz", "turkey"]);
    assert_eq!(
        every_problem(&unknown),
        vec![(
            ErrorCode::UnknownReference,
            "/issues/0/aligned/1".to_owned()
        )]
    );
    let mut not_a_party = serde_json::to_value(similar()).unwrap();
    not_a_party["issues"][0]["aligned"] = json!(["kz", "international-issues"]);
    assert_eq!(
        every_problem(&not_a_party),
        vec![(
            ErrorCode::WrongReferenceKind,
            "/issues/0/aligned/1".to_owned()
        )]
    );
}

#[test]
fn hayashi_cites_diplomatic_reasons() {
    let article = declined();
    let s = &article.statements[0];
    assert_eq!(s.speech_act, SpeechAct::Declined);
    assert_eq!(s.reasons[0].text, "diplomatic reasons");
    assert_eq!(s.reasons[0].given_by.as_ref().unwrap().as_str(), "hayashi");
    let doc = serde_json::to_value(&article).unwrap();
    let reason = &doc["statements"][0]["reasons"][0];
    assert_eq!(reason["text"], "diplomatic reasons");
    assert_eq!(reason["given_by"], "hayashi");
    assert_eq!(reason["evidence"].as_array().unwrap().len(), 1);
    assert_eq!(every_problem(&doc), vec![]);
}

#[test]
fn a_statement_s_reason_is_checked_as_a_participant_s() {
    let doc = serde_json::to_value(declined()).unwrap();
    let mut blank = doc.clone();
    blank["statements"][0]["reasons"][0]["text"] = json!(" ");
    assert_eq!(
        every_problem(&blank),
        vec![(
            ErrorCode::BlankText,
            "/statements/0/reasons/0/text".to_owned()
        )]
    );
    let mut unknown = doc.clone();
    unknown["statements"][0]["reasons"][0]["given_by"] = json!("japan");
    assert_eq!(
        every_problem(&unknown),
        vec![(
            ErrorCode::UnknownReference,
            "/statements/0/reasons/0/given_by".to_owned()
        )]
    );
    let mut not_a_statement = doc.clone();
    not_a_statement["statements"][0]["reasons"][0]["statement"] = json!("qin-gang");
    assert_eq!(
        every_problem(&not_a_statement),
        vec![(
            ErrorCode::WrongReferenceKind,
            "/statements/0/reasons/0/statement".to_owned()
        )]
    );
    let mut misplaced = doc;
    misplaced["statements"][0]["reasons"][0]["evidence"][0]["quote"]["exact"] =
        json!("citing diplomatic concerns");
    assert_eq!(
        every_problem(&misplaced),
        vec![(
            ErrorCode::EvidencePositionMismatch,
            "/statements/0/reasons/0/evidence/0/position".to_owned()
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
    fn of(&self, table: &str) -> Vec<Vec<String>> {
        self.0
            .iter()
            .filter(|(t, _)| *t == table)
            .map(|(_, r)| r.clone())
            .collect()
    }
}

#[test]
fn the_tables_hold_aligned_parties_and_a_statement_s_reasons() {
    let mut rows = Rows::default();
    write_rows(&similar(), &mut rows).unwrap();
    assert_eq!(
        rows.of("issue_aligned"),
        vec![
            vec![
                "mir24".to_owned(),
                "/issues/0/aligned/0".to_owned(),
                "international-issues".to_owned(),
                "0".to_owned(),
                "kz".to_owned(),
            ],
            vec![
                "mir24".to_owned(),
                "/issues/0/aligned/1".to_owned(),
                "international-issues".to_owned(),
                "1".to_owned(),
                "tr".to_owned(),
            ],
        ]
    );

    let mut rows = Rows::default();
    write_rows(&declined(), &mut rows).unwrap();
    assert_eq!(
        rows.of("status_reasons"),
        vec![vec![
            "asahi".to_owned(),
            "/statements/0/reasons/0".to_owned(),
            "/statements/0".to_owned(),
            "0".to_owned(),
            "diplomatic reasons".to_owned(),
            "hayashi".to_owned(),
            String::new(),
        ]]
    );
    let evidence = rows.of("evidence");
    assert!(
        evidence
            .iter()
            .any(|r| r.contains(&"/statements/0/reasons/0/evidence/0".to_owned())),
        "{evidence:?}"
    );
}

/// A real article of the held-out set `unseen_6`, read with every lint at
/// its default level: no error, no warning.
fn held_out(name: &str) -> Article {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/held_out/unseen_6")
        .join(name);
    let bytes = std::fs::read(path).unwrap();
    let (article, warnings) = Article::from_json_slice_with(&bytes, &Lints::new()).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    article
}

#[test]
fn the_held_out_mir24_article_says_astana_and_ankara_are_aligned() {
    let article = held_out("mir24-2018-09-nazarbayev-erdogan-ankara.json");
    let issue = article
        .issues
        .iter()
        .find(|i| i.id.as_str() == "i-problems")
        .unwrap();
    let aligned: Vec<&str> = issue.aligned.iter().map(|p| p.as_str()).collect();
    assert_eq!(aligned, ["kz", "tr"]);
    // No longer a judgement of the issue.
    assert!(article
        .assessments
        .iter()
        .all(|a| a.assessed.as_str() != "i-problems"));
}

#[test]
fn the_held_out_asahi_article_gives_hayashi_s_reason() {
    let article = held_out("asahi-2023-04-02-hayashi-qin-beijing.json");
    let s = article
        .statements
        .iter()
        .find(|s| s.id.as_str() == "s-declined")
        .unwrap();
    assert_eq!(s.reasons.len(), 1);
    assert_eq!(s.reasons[0].text, "diplomatic reasons");
    assert_eq!(s.reasons[0].given_by.as_ref().unwrap().as_str(), "hayashi");
}

//! Relations between parties, and the words newcomers missed: the
//! held-out T-news article (after TASS, 10 May 2022: «в год, когда обе
//! страны отмечают 30-летие установления дипломатических отношений»,
//! «Токаев назвал Турцию очень важным стратегическим партнером») and the
//! WION article (15 July 2023: "border tensions", "Qin Gang is unwell",
//! "China and India's common interests clearly outweigh their
//! differences") read with their relations, anniversary, tension and
//! illness, a government's statement and a judgement of a relation, with
//! no warning; each thing wrong with a relation is refused with its code
//! at its path, by reading and by the builder; 2.0 documents read as they
//! did.

mod common;

use serde_json::{json, Value};
use structured_news::prelude::*;
use structured_news::{FormatVersion, Id};

use common::{assert_one_problem, put};

/// The held-out article `name` as text.
fn held_out(name: &str) -> String {
    std::fs::read_to_string(common::fixtures().join("held_out/unseen_5").join(name)).unwrap()
}

const TNEWS: &str = "tnews-2022-05-10-kazakhstan-turkey-agreements.json";
const WION: &str = "wion-2023-07-15-jaishankar-wang-yi-jakarta.json";

/// The T-news article, to mutate.
fn base() -> Value {
    serde_json::from_str(&held_out(TNEWS)).unwrap()
}

/// Reads `text` and says it has no error and no warning.
fn clean(text: &str) -> Article {
    let (article, warnings) = Article::from_json_slice_with(text.as_bytes(), &Lints::new())
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(warnings.is_empty(), "{warnings:?}");
    article
}

fn ids(list: &[Id]) -> Vec<&str> {
    list.iter().map(Id::as_str).collect()
}

#[test]
fn the_anniversary_of_diplomatic_relations_and_a_strategic_partnership_read() {
    let json = held_out(TNEWS);
    let article = clean(&json);
    let [diplomatic, strategic] = article.relations.as_slice() else {
        panic!("two relations: {:?}", article.relations)
    };
    assert_eq!(diplomatic.kind, RelationKind::DiplomaticRelations);
    assert_eq!(ids(&diplomatic.parties), ["kazakhstan", "turkey"]);
    // The 30th anniversary in 2022: established in 1992, worked out.
    let established = diplomatic.established.as_ref().unwrap();
    assert_eq!(established.value.as_ref().unwrap().to_string(), "1992");
    assert!(established.inferred);
    assert_eq!(established.text.as_deref(), Some("30-летие установления"));
    assert_eq!(strategic.kind, RelationKind::StrategicPartnership);
    assert_eq!(
        strategic.name.as_deref(),
        Some("стратегическом партнерстве")
    );
    assert_eq!(ids(&strategic.documents), ["doc-strategic"]);
    assert_eq!(ids(&strategic.statements), ["s-partner"]);
    // The anniversary is an event about the relation.
    let anniversary = article
        .events
        .iter()
        .find(|e| e.id.as_str() == "anniversary")
        .unwrap();
    assert_eq!(anniversary.kind, EventKind::Anniversary);
    assert_eq!(ids(&anniversary.about), ["r-diplomatic"]);
    // «назвал»: the statement describes, the assessment judges the relation.
    let called = article
        .statements
        .iter()
        .find(|s| s.id.as_str() == "s-partner")
        .unwrap();
    assert_eq!(called.speech_act, SpeechAct::Described);
    let judged = &article.assessments[0];
    assert_eq!(
        (judged.assessed.as_str(), &judged.polarity),
        ("r-strategic", &Polarity::Positive)
    );
    // The document on the partnership is about it.
    let document = article
        .documents
        .iter()
        .find(|d| d.id.as_str() == "doc-strategic")
        .unwrap();
    assert_eq!(ids(&document.about), ["r-strategic"]);
    // Written back, the same facts; both readers build the same.
    let written = serde_json::to_value(&article).unwrap();
    let read: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(written, read);
    let fast = structured_news::__readers::fast(json.as_bytes()).expect("the fast reader reads it");
    let serde = structured_news::__readers::serde(json.as_bytes()).unwrap();
    assert_eq!(fast.relations, article.relations);
    assert_eq!(serde.relations, article.relations);
}

#[test]
fn border_tensions_an_illness_a_statement_and_a_judgement_of_ties_read() {
    let article = clean(&held_out(WION));
    let kind_of = |id: &str| {
        article
            .events
            .iter()
            .find(|e| e.id.as_str() == id)
            .map(|e| e.kind.clone())
            .unwrap()
    };
    assert_eq!(kind_of("border-tensions"), EventKind::Tension);
    assert_eq!(kind_of("qin-unwell"), EventKind::Illness);
    assert_eq!(article.documents[0].kind, DocumentKind::Statement);
    let ties = &article.relations[0];
    assert_eq!(
        (ties.id.as_str(), &ties.kind),
        ("r-china-india", &RelationKind::Ties)
    );
    assert_eq!(ids(&ties.parties), ["china", "india"]);
    let judged = &article.assessments[0];
    assert_eq!(judged.assessed.as_str(), "r-china-india");
    assert_eq!(judged.assessor.as_ref().unwrap().as_str(), "wang-yi");
    assert_eq!(
        judged.words,
        "common interests clearly outweigh their differences"
    );
}

#[test]
fn a_relation_is_between_two_parties_or_within_one_group() {
    let mut value = base();
    put(&mut value, "/relations/0/parties", json!(["kazakhstan"]));
    let message = assert_one_problem(
        &value,
        ErrorCode::RelationTooFewParties,
        "/relations/0/parties",
    );
    assert!(message.contains("a country"), "{message}");
    put(&mut value, "/relations/0/parties", json!([]));
    assert_one_problem(
        &value,
        ErrorCode::RelationTooFewParties,
        "/relations/0/parties",
    );
    // One group, standing for its members.
    put(
        &mut value,
        "/entities/groups",
        json!([{"id": "both", "description": "обе страны", "members": ["kazakhstan", "turkey"]}]),
    );
    put(&mut value, "/relations/0/parties", json!(["both"]));
    clean(&value.to_string());
    // An unknown one is the reference's problem, not also too few.
    put(&mut value, "/relations/0/parties", json!(["kazakh"]));
    assert_one_problem(
        &value,
        ErrorCode::UnknownReference,
        "/relations/0/parties/0",
    );
}

#[test]
fn each_thing_wrong_with_a_relation_is_refused_at_its_path() {
    for (pointer, new, code, path) in [
        (
            "/relations/0/parties",
            json!(["kazakhstan", "ankara"]),
            ErrorCode::WrongReferenceKind,
            "/relations/0/parties/1",
        ),
        (
            "/relations/0/parties",
            json!(["kazakhstan", "turkey", "turkey"]),
            ErrorCode::DuplicateReference,
            "/relations/0/parties/2",
        ),
        (
            "/relations/1/documents",
            json!(["s-partner"]),
            ErrorCode::WrongReferenceKind,
            "/relations/1/documents/0",
        ),
        (
            "/relations/1/statements",
            json!(["s-partner", "s-partner"]),
            ErrorCode::DuplicateReference,
            "/relations/1/statements/1",
        ),
        (
            "/relations/1/statements",
            json!(["doc-strategic"]),
            ErrorCode::WrongReferenceKind,
            "/relations/1/statements/0",
        ),
        (
            "/relations/1/kind",
            json!("friendly"),
            ErrorCode::UnknownVariant,
            "/relations/1/kind",
        ),
        (
            "/relations/1/name",
            json!(" "),
            ErrorCode::BlankText,
            "/relations/1/name",
        ),
        (
            "/relations/0/established",
            json!({}),
            ErrorCode::EmptyDate,
            "/relations/0/established",
        ),
        (
            "/relations/0/established",
            json!({"value": "2023"}),
            ErrorCode::DateAfterPublication,
            "/relations/0/established/value",
        ),
        (
            "/relations/1/evidence",
            json!([{"quote": {"exact": "о вечной дружбе"}}]),
            ErrorCode::EvidenceNotFound,
            "/relations/1/evidence/0/quote/exact",
        ),
        // What may not be about or judge a relation, and what a relation
        // may not stand for.
        (
            "/positions",
            json!([{"id": "p", "holder": "tokayev", "issue": "r-strategic", "stance": "supports"}]),
            ErrorCode::WrongReferenceKind,
            "/positions/0/issue",
        ),
        (
            "/statements/3/addressees",
            json!(["r-strategic"]),
            ErrorCode::WrongReferenceKind,
            "/statements/3/addressees/0",
        ),
    ] {
        let mut value = base();
        put(&mut value, pointer, new);
        assert_one_problem(&value, code, path);
    }
    // An id is unique among all the article's parts.
    let mut value = base();
    let again = value["relations"][0].clone();
    value["relations"].as_array_mut().unwrap().push(again);
    assert_one_problem(&value, ErrorCode::DuplicateId, "/relations/2/id");
    // A relation needs its kind and parties.
    let mut value = base();
    value["relations"][0]
        .as_object_mut()
        .unwrap()
        .remove("parties");
    let e = common::json_error(value.to_string().as_bytes());
    assert_eq!(e.code(), ErrorCode::MissingField, "{e}");
    assert_eq!(e.path().as_str(), "/relations/0", "{e}");
}

#[test]
fn a_message_names_the_relation_among_what_may_be_judged_or_be_a_subject() {
    let mut value = base();
    put(&mut value, "/assessments/0/assessed", json!("ankara"));
    let message = assert_one_problem(
        &value,
        ErrorCode::WrongReferenceKind,
        "/assessments/0/assessed",
    );
    assert!(message.contains("a relation"), "{message}");
    // A meeting's and a statement's `about` may name a relation.
    put(&mut value, "/assessments/0/assessed", json!("r-strategic"));
    put(&mut value, "/meetings/1/about", json!(["r-strategic"]));
    clean(&value.to_string());
}

#[test]
fn the_builder_makes_a_relation_and_refuses_too_few_parties() {
    let body = "Tokayev called Turkey a very important strategic partner. Both countries \
                celebrate the 30th anniversary of diplomatic relations.";
    let mut b = ArticleBuilder::new("kz-tr", "en", body);
    b.published("2022-05-10");
    let kz = b.add_country(Place::country_builder("kazakhstan", "Kazakhstan", "KZ"));
    let tr = b.add_country(Place::country_builder("turkey", "Turkey", "TR"));
    let tokayev = b.add_person(Person::builder("tokayev", "Tokayev"));
    let called = b.add_statement(
        Statement::paraphrase(
            "s-partner",
            &tokayev,
            SpeechAct::Described,
            "called Turkey a very important strategic partner",
        )
        .reporting_verb("called")
        .evidence("Tokayev called Turkey a very important strategic partner"),
    );
    let partnership = b.add_relation(
        Relation::builder("r-strategic", RelationKind::StrategicPartnership)
            .party(&kz)
            .party(&tr)
            .name("strategic partner")
            .statement(&called)
            .evidence("a very important strategic partner"),
    );
    let mut established = When::as_written("1992".parse().unwrap(), "the 30th anniversary");
    established.inferred = true;
    let diplomatic = b.add_relation(
        Relation::builder("r-diplomatic", RelationKind::DiplomaticRelations)
            .party(&kz)
            .party(&tr)
            .established(established)
            .evidence("diplomatic relations"),
    );
    b.add_event(
        Event::builder(
            "anniversary",
            EventKind::Anniversary,
            EventStatus::Ongoing,
            "the 30th anniversary of diplomatic relations",
        )
        .about(&diplomatic)
        .evidence("celebrate the 30th anniversary of diplomatic relations"),
    );
    b.add_assessment(
        Assessment::builder(
            "a-partner",
            &partnership,
            "very important",
            Polarity::Positive,
        )
        .assessor(&tokayev)
        .statement(&called)
        .evidence("a very important strategic partner"),
    );
    let article = b.build().unwrap();
    assert_eq!(article.relations.len(), 2);
    assert!(article.relations[0].evidence[0].position.is_some());
    assert_eq!(
        article.relations[1]
            .established
            .as_ref()
            .unwrap()
            .value
            .as_ref()
            .unwrap()
            .to_string(),
        "1992"
    );
    // One country alone is too few; a refused date is reported at its path.
    let mut b = ArticleBuilder::new("kz", "en", "Kazakhstan's partnership.");
    let kz = b.add_country(Place::country_builder("kazakhstan", "Kazakhstan", "KZ"));
    b.add_relation(
        Relation::builder("r", RelationKind::Partnership)
            .party(&kz)
            .established("not a date"),
    );
    let errors = b.build().unwrap_err();
    let found: Vec<(ErrorCode, &str)> = errors
        .iter()
        .map(|e| (e.code(), e.path().as_str()))
        .collect();
    assert!(
        found.contains(&(ErrorCode::InvalidDate, "/relations/0/established")),
        "{found:?}"
    );
    // Built alone, its parties are unknown: only no party at all is too few.
    let alone = Relation::builder("r", RelationKind::Alliance)
        .build()
        .unwrap_err();
    assert_eq!(alone.first().code(), ErrorCode::RelationTooFewParties);
    assert_eq!(alone.first().path().as_str(), "/parties");
    Relation::builder("r", RelationKind::Alliance)
        .party(&kz)
        .build()
        .unwrap();
}

#[test]
fn relations_have_their_tables() {
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
    let article = clean(&held_out(TNEWS));
    let mut rows = Rows::default();
    let Ok(()) = table::write_rows(&article, &mut rows);
    let of = |name: &str| -> Vec<Vec<String>> {
        rows.0
            .iter()
            .filter(|(table, _)| *table == name)
            .map(|(_, cells)| cells.clone())
            .collect()
    };
    let relations = of("relations");
    assert_eq!(relations.len(), 2);
    assert_eq!(
        relations[0][..6],
        [
            TNEWS.trim_end_matches(".json"),
            "r-diplomatic",
            "/relations/0",
            "diplomatic_relations",
            "дипломатических отношений",
            "1992"
        ]
    );
    let parties: Vec<String> = of("relation_parties")
        .into_iter()
        .map(|cells| format!("{} {}", cells[2], cells[4]))
        .collect();
    assert_eq!(
        parties,
        [
            "r-diplomatic kazakhstan",
            "r-diplomatic turkey",
            "r-strategic kazakhstan",
            "r-strategic turkey"
        ]
    );
    let links: Vec<String> = of("relation_links")
        .into_iter()
        .map(|cells| cells[1..].join(" "))
        .collect();
    assert_eq!(
        links,
        [
            "/relations/1/documents/0 r-strategic documents 0 doc-strategic",
            "/relations/1/statements/0 r-strategic statements 0 s-partner"
        ]
    );
    let about: Vec<String> = of("about")
        .into_iter()
        .map(|cells| cells[4].clone())
        .collect();
    assert!(about.contains(&"r-diplomatic".to_owned()), "{about:?}");
    let judged: Vec<String> = of("assessments")
        .into_iter()
        .map(|cells| cells[4].clone())
        .collect();
    assert!(judged.contains(&"r-strategic".to_owned()), "{judged:?}");
}

#[test]
fn documents_of_2_0_read_as_before_and_write_no_relations() {
    let dir = common::fixtures().join("format_2_0");
    let mut read = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let article = clean(&text);
        assert_eq!(article.format_version, FormatVersion::V2_0);
        assert!(article.relations.is_empty());
        let written = serde_json::to_value(&article).unwrap();
        assert!(written.get("relations").is_none());
        read += 1;
    }
    assert!(read >= 7, "{read}");
}

//! Whom the article credits a fact to (`according_to`, format 2.1) on
//! documents, meetings, events and commitments, and what a document
//! contains (`topics`, `topics_partial`), its other names (`aliases`) and
//! the parties it is between (`parties`). Real sentences; each thing wrong
//! is refused with its code at its path.

mod common;

use serde_json::{json, Value};
use structured_news::prelude::*;
use structured_news::{Document, DocumentKind, Organization, OrganizationKind};

use common::{assert_one_problem, put};

/// Counts the rows each table gets from an article.
#[derive(Default)]
struct Counts(std::collections::BTreeMap<&'static str, usize>);

impl structured_news::table::RowSink for Counts {
    type Error = std::convert::Infallible;
    fn row(
        &mut self,
        table: &'static structured_news::table::Table,
        _: &[structured_news::table::Cell<'_>],
    ) -> Result<(), Self::Error> {
        *self.0.entry(table.name).or_default() += 1;
        Ok(())
    }
}

fn rows(article: &Article, name: &str) -> usize {
    let mut counts = Counts::default();
    let Ok(()) = structured_news::table::write_rows(article, &mut counts);
    counts.0.get(name).copied().unwrap_or(0)
}

/// From Neon Tommy (USC Annenberg), "World Donors Pledge $16 Billion For
/// Afghan Aid", July 2012,
/// <http://www.neontommy.com/news/2012/07/world-donors-pledge-16-billion-afghan-aid.html>;
/// no author named; all rights reserved, three sentences quoted for the
/// test, unchanged.
const DONORS: &str = "The agreement includes benchmarks, The Wall Street Journal reported, \
measuring progress in five areas that include free and fair elections, human rights \
(particularly women’s rights), and the fight against corruption and drug trafficking.\n\n\
The New York Times reported that funding for the Afghan Army and police forces is separate \
from the money raised in Tokyo.\n\n\
The BBC reported that donors will meet again in 2014 for a follow-up conference.";

fn donors() -> Value {
    json!({
        "format_version": "2.1",
        "id": "neontommy-2012-07-afghan-aid",
        "language": "en",
        "published": "2012-07-09",
        "body": DONORS,
        "entities": {
            "organizations": [
                {"id": "wsj", "name": "The Wall Street Journal", "kind": "media",
                    "evidence": [{"quote": {"exact": "The Wall Street Journal"}}]},
                {"id": "nyt", "name": "The New York Times", "kind": "media",
                    "evidence": [{"quote": {"exact": "The New York Times"}}]},
                {"id": "bbc", "name": "BBC", "kind": "media",
                    "evidence": [{"quote": {"exact": "The BBC"}}]}
            ]
        },
        "documents": [
            {"id": "agreement", "kind": "agreement",
                "topics": [
                    "free and fair elections",
                    "human rights (particularly women’s rights)",
                    "the fight against corruption and drug trafficking"
                ],
                "topics_partial": true,
                "according_to": ["wsj"],
                "evidence": [{"quote": {"exact": "The agreement includes benchmarks"}}]}
        ],
        "meetings": [
            {"id": "follow-up", "kind": "conference", "status": "scheduled",
                "date": {"value": "2014", "text": "in 2014"},
                "according_to": ["bbc"],
                "evidence": [{"quote": {"exact": "donors will meet again in 2014 for a follow-up conference"}}]}
        ],
        "events": [
            {"id": "separate-funding", "kind": "other", "status": "ongoing",
                "description": "funding for the Afghan Army and police forces is separate from the money raised in Tokyo",
                "according_to": ["nyt"],
                "evidence": [{"quote": {"exact": "funding for the Afghan Army and police forces is separate from the money raised in Tokyo"}}]}
        ]
    })
}

/// From The Asahi Shimbun (Asia & Japan Watch), on the talks of Hayashi
/// and Qin in Beijing, 2 April 2023,
/// <https://ajw-origin.potaufeu.asahi.com/ajw/articles/14876185>; no
/// author in the stored copy; all rights reserved, one sentence quoted
/// for the test, unchanged.
const TREATY: &str = "This year marks the 45th anniversary of the treaty of friendship between \
the two countries, which Qin referred to as the Japan-China Peace and Amity Treaty at the \
outset of the three-hour talks.";

fn treaty() -> Value {
    json!({
        "format_version": "2.1",
        "id": "asahi-2023-04-02-hayashi-qin",
        "language": "en",
        "published": "2023-04-02",
        "body": TREATY,
        "entities": {
            "places": [
                {"id": "japan", "name": "Japan", "kind": "country", "country": "JP"},
                {"id": "china", "name": "China", "kind": "country", "country": "CN"}
            ]
        },
        "documents": [
            {"id": "peace-treaty", "kind": "treaty",
                "title": "Japan-China Peace and Amity Treaty",
                "aliases": ["the treaty of friendship"],
                "parties": ["japan", "china"],
                "evidence": [
                    {"quote": {"exact": "the treaty of friendship between the two countries"}},
                    {"quote": {"exact": "Japan-China Peace and Amity Treaty"}}
                ]}
        ]
    })
}

fn read(value: &Value) -> Article {
    let json = value.to_string();
    let (article, warnings) = Article::from_json_slice_with(json.as_bytes(), &Lints::new())
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(serde_json::to_value(&article).unwrap(), *value);
    article
}

#[test]
fn facts_the_article_credits_to_outlets_read_and_write_back_the_same() {
    let article = read(&donors());
    let agreement = &article.documents[0];
    assert_eq!(agreement.according_to[0].as_str(), "wsj");
    assert_eq!(agreement.topics.len(), 3);
    assert!(agreement.topics_partial);
    assert_eq!(article.meetings[0].according_to[0].as_str(), "bbc");
    assert_eq!(article.events[0].according_to[0].as_str(), "nyt");
    assert!(article.statements.is_empty(), "no outlet is made a speaker");
}

#[test]
fn a_treaty_with_its_other_name_and_its_parties_reads_and_writes_back_the_same() {
    let article = read(&treaty());
    let treaty = &article.documents[0];
    assert_eq!(treaty.aliases, ["the treaty of friendship"]);
    assert_eq!(
        treaty
            .parties
            .iter()
            .map(|p| p.as_str())
            .collect::<Vec<_>>(),
        ["japan", "china"]
    );
    assert!(treaty.signatories.is_empty() && treaty.issuers.is_empty());
}

#[test]
fn according_to_names_a_known_party_once() {
    let mut value = donors();
    put(
        &mut value,
        "/documents/0/according_to",
        json!(["agreement"]),
    );
    assert_one_problem(
        &value,
        ErrorCode::WrongReferenceKind,
        "/documents/0/according_to/0",
    );
    let mut value = donors();
    put(&mut value, "/meetings/0/according_to", json!(["reuters"]));
    assert_one_problem(
        &value,
        ErrorCode::UnknownReference,
        "/meetings/0/according_to/0",
    );
    let mut value = donors();
    put(&mut value, "/events/0/according_to", json!(["nyt", "nyt"]));
    assert_one_problem(
        &value,
        ErrorCode::DuplicateReference,
        "/events/0/according_to/1",
    );
}

#[test]
fn a_document_topic_is_not_blank_and_partial_needs_topics() {
    let mut value = donors();
    put(&mut value, "/documents/0/topics", json!([" "]));
    assert_one_problem(&value, ErrorCode::BlankText, "/documents/0/topics/0");
    let mut value = donors();
    put(&mut value, "/documents/0/topics", json!([]));
    assert_one_problem(
        &value,
        ErrorCode::PartialWithoutTopics,
        "/documents/0/topics_partial",
    );
    let mut value = treaty();
    put(&mut value, "/documents/0/aliases", json!([""]));
    assert_one_problem(&value, ErrorCode::BlankText, "/documents/0/aliases/0");
    let mut value = treaty();
    put(&mut value, "/documents/0/parties", json!(["peace-treaty"]));
    assert_one_problem(
        &value,
        ErrorCode::WrongReferenceKind,
        "/documents/0/parties/0",
    );
}

#[test]
fn the_builders_say_it_too() {
    let mut article = ArticleBuilder::new("a1", "en", DONORS);
    let wsj = article.add_organization(
        Organization::builder("wsj", "The Wall Street Journal", OrganizationKind::Media)
            .evidence("The Wall Street Journal"),
    );
    article.add_document(
        Document::builder("agreement", DocumentKind::Agreement)
            .topic("free and fair elections")
            .topic("human rights (particularly women’s rights)")
            .topics_partial()
            .according_to(&wsj)
            .evidence("The agreement includes benchmarks"),
    );
    let article = article.build().unwrap();
    assert_eq!(article.documents[0].according_to[0].as_str(), "wsj");
    assert!(article.documents[0].topics_partial);
}

#[test]
fn the_tables_hold_them() {
    let donors = read(&donors());
    assert_eq!(rows(&donors, "according_to"), 3);
    assert_eq!(rows(&donors, "document_topics"), 3);
    let treaty = read(&treaty());
    assert_eq!(rows(&treaty, "document_aliases"), 1);
    assert_eq!(rows(&treaty, "document_parties"), 2);
}

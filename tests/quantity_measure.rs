//! Format 2.1: what a number measures and the period it is for
//! (`Quantity::measure`, `Quantity::date`). «Объем товарооборота между
//! странами в прошлом году составил почти два миллиарда долларов» (МИР 24,
//! September 2018: trade between the countries last year was nearly two
//! billion dollars) says both: the number is of trade turnover, not of
//! investment, and it is last year's. The held-out T-news article says
//! what its trade figures measure; each way of getting them wrong is
//! refused with its code and path.

mod common;

use common::{assert_one_problem, put};
use serde_json::{json, Value};
use structured_news::prelude::*;
use structured_news::{Lints, Quantity, QuantityRole, Tense};

/// Reads `v` with no problem, warnings included.
fn clean(v: &Value) -> Article {
    let (article, warnings) =
        Article::from_json_slice_with(v.to_string().as_bytes(), &Lints::new())
            .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(warnings.is_empty(), "{warnings:?}");
    article
}

const SENTENCE: &str =
    "Объем товарооборота между странами в прошлом году составил почти два миллиарда долларов.";

/// The sentence of МИР 24 as an event with its one number.
fn trade_last_year(date: Value) -> Value {
    json!({
        "format_version": "2.1", "id": "mir24-trade", "language": "ru", "published": "2018-09-13",
        "body": SENTENCE,
        "events": [{"id": "trade", "kind": "other", "status": "occurred",
            "description": "Объем товарооборота между странами в прошлом году составил почти два миллиарда долларов",
            "quantities": [{"amount": 2_000_000_000u64, "currency": "USD",
                "measure": "товарооборот между странами", "date": date,
                "qualifier": "nearly", "text": "почти два миллиарда долларов"}],
            "evidence": [{"quote": {"exact": SENTENCE}}]}]
    })
}

#[test]
fn trade_last_year_is_a_measure_with_its_period() {
    let v = trade_last_year(json!({"value": "2017", "text": "в прошлом году", "inferred": true}));
    let article = clean(&v);
    let q = &article.events[0].quantities[0];
    assert_eq!(q.measure.as_deref(), Some("товарооборот между странами"));
    assert_eq!(q.unit, None);
    let date = q.date.as_ref().unwrap();
    assert_eq!(date.value.as_ref().unwrap().to_string(), "2017");
    assert_eq!(date.text.as_deref(), Some("в прошлом году"));
    // Written back as read.
    let back = serde_json::to_value(&article).unwrap();
    assert_eq!(
        back["events"][0]["quantities"][0]["measure"],
        "товарооборот между странами"
    );
    assert_eq!(back["events"][0]["quantities"][0]["date"]["value"], "2017");
}

#[test]
fn the_builder_gives_the_measure_and_the_period() {
    let published = chrono::NaiveDate::from_ymd_opt(2018, 9, 13).unwrap();
    let last_year = When::relative_in("ru", "в прошлом году", published, Tense::Past).unwrap();
    let trade = Quantity::money(2_000_000_000u64, "USD".parse().unwrap())
        .nearly()
        .measuring("товарооборот между странами")
        .dated(last_year)
        .as_written("почти два миллиарда долларов");
    let v = serde_json::to_value(&trade).unwrap();
    assert_eq!(v["measure"], "товарооборот между странами");
    assert_eq!(
        v["date"],
        json!({"value": "2017", "text": "в прошлом году", "inferred": true})
    );
}

#[test]
fn a_blank_measure_an_empty_date_and_dates_against_their_words_are_refused() {
    let good =
        trade_last_year(json!({"value": "2017", "text": "в прошлом году", "inferred": true}));
    let mut v = good;
    put(&mut v, "/events/0/quantities/0/measure", json!(" "));
    assert_one_problem(&v, ErrorCode::BlankText, "/events/0/quantities/0/measure");
    let v = trade_last_year(json!({}));
    assert_one_problem(&v, ErrorCode::EmptyDate, "/events/0/quantities/0/date");
    // Words that name a year are checked against the value («в 2017
    // году» is not 2015); relative words such as «в прошлом году» are
    // not, for a quantity's date as for every other.
    let v = trade_last_year(json!({"value": "2015", "text": "в 2017 году"}));
    assert_one_problem(
        &v,
        ErrorCode::DateWordsDisagree,
        "/events/0/quantities/0/date/value",
    );
    // A target's year may lie after the publication.
    let v = trade_last_year(json!({"value": "2030"}));
    clean(&v);
    // A date given by an occurrence needs one that exists.
    let v = trade_last_year(
        json!({"text": "в прошлом году", "relative_to": {"relation": "before", "to": "visit"}}),
    );
    assert_one_problem(
        &v,
        ErrorCode::UnknownReference,
        "/events/0/quantities/0/date/relative_to/to",
    );
}

/// «двустороннего товарооборота»: the T-news held-out article's trade
/// figures measure bilateral trade, the baseline and the target alike.
#[test]
fn a_real_article_says_what_its_trade_figures_measure() {
    let path = common::fixtures()
        .join("held_out")
        .join("unseen_5")
        .join("tnews-2022-05-10-kazakhstan-turkey-agreements.json");
    let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let article = clean(&v);
    let trade = article
        .commitments
        .iter()
        .find(|c| c.id.as_str() == "c-trade")
        .unwrap();
    for q in &trade.quantities {
        assert_eq!(q.measure.as_deref(), Some("двусторонний товарооборот"));
    }
    assert!(trade
        .quantities
        .iter()
        .any(|q| q.role == Some(QuantityRole::Target)));
}

#[test]
fn documents_of_2_0_read_without_measure_or_date() {
    let mut v = trade_last_year(json!(null));
    put(&mut v, "/format_version", json!("2.0"));
    let q = v.pointer_mut("/events/0/quantities/0").unwrap();
    let q = q.as_object_mut().unwrap();
    q.remove("measure");
    q.remove("date");
    let article = clean(&v);
    assert_eq!(article.events[0].quantities[0].measure, None);
    assert_eq!(article.events[0].quantities[0].date, None);
}

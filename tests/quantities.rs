//! Format 2.1: quantities given as a range or only in words ("between 30
//! and 40", "dozens"), the qualifier "nearly", quantities of meetings and
//! groups, and lengths of time ("a two-day visit", "three years into the
//! war", "after months of negotiation"), each written back as read and
//! each way of getting them wrong refused with its code and path.

mod common;

use common::{assert_one_problem, assert_read_error, at, put};
use serde_json::{json, Value};
use structured_news::prelude::*;
use structured_news::{Duration, QuantityQualifier, TimeUnit, VagueSize};

/// A short article with a meeting, an event and a group that carry every
/// new field.
fn doc() -> Value {
    json!({
        "format_version": "2.1", "id": "talks", "language": "en", "published": "2023-12-12",
        "body": "Delegates from between 30 and 40 countries attended the two-day talks, held after months of negotiation, three years into the war. Dozens of journalists and a delegation of nearly 20 officials came.",
        "entities": {
            "groups": [{"id": "delegation", "description": "a delegation of nearly 20 officials",
                        "quantities": [{"amount": 20, "unit": "officials", "qualifier": "nearly", "text": "nearly 20 officials"}]}]
        },
        "meetings": [{
            "id": "talks", "kind": "multilateral", "status": "held",
            "duration": {"value": "P2D", "text": "two-day"},
            "quantities": [
                {"amount": 30, "amount_max": 40, "unit": "countries", "text": "between 30 and 40 countries"},
                {"size": "dozens", "unit": "journalists", "text": "Dozens of journalists"}
            ]
        }],
        "events": [
            {"id": "negotiation", "kind": "other", "description": "negotiation", "status": "occurred",
             "duration": {"unit": "months", "text": "months of negotiation"}},
            {"id": "war", "kind": "armed_conflict", "description": "the war", "status": "ongoing",
             "duration": {"value": "P3Y", "text": "three years into the war"}}
        ]
    })
}

fn valid(v: &Value) -> Article {
    Article::from_json_str(&v.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn ranges_words_and_durations_round_trip() {
    let v = doc();
    let article = valid(&v);
    let talks = &article.meetings[0];
    let range = &talks.quantities[0];
    assert_eq!(range.amount, Some(30.into()));
    assert_eq!(range.amount_max, Some(40.into()));
    let words = &talks.quantities[1];
    assert_eq!(words.amount, None);
    assert_eq!(words.size, Some(VagueSize::Dozens));
    let visit = talks.duration.as_ref().unwrap();
    assert_eq!(visit.value.as_ref().unwrap().as_str(), "P2D");
    let negotiation = article.events[0].duration.as_ref().unwrap();
    assert_eq!(negotiation.value, None);
    assert_eq!(negotiation.unit, Some(TimeUnit::Months));
    assert_eq!(
        article.entities.groups[0].quantities[0].qualifier,
        Some(QuantityQualifier::Nearly)
    );
    let written = serde_json::to_value(&article).unwrap();
    assert_eq!(written, v);
}

#[test]
fn the_builders_give_ranges_words_and_lengths() {
    let body = "Delegates from between 30 and 40 countries attended the two-day talks, three years into the war.";
    let mut article = ArticleBuilder::new("built", "en", body);
    article.add_meeting(
        Meeting::builder("talks", MeetingKind::Multilateral, MeetingStatus::Held)
            .duration(Duration::of("P2D".parse().unwrap()).as_written("two-day"))
            .quantity(
                Quantity::count(30, "countries")
                    .up_to_max(40)
                    .as_written("between 30 and 40 countries"),
            ),
    );
    article.add_event(
        Event::builder(
            "war",
            EventKind::ArmedConflict,
            EventStatus::Ongoing,
            "the war",
        )
        .duration(Duration::of("P3Y".parse().unwrap()).as_written("three years")),
    );
    article.add_group(
        Group::described_builder("journalists", "journalists").quantity(Quantity::vague(
            VagueSize::Dozens,
            "journalists",
            "dozens of journalists",
        )),
    );
    let article = article.build().unwrap();
    assert_eq!(
        article.meetings[0].quantities[0].amount_max,
        Some(40.into())
    );
    assert_eq!(
        article.events[0]
            .duration
            .as_ref()
            .unwrap()
            .value
            .as_ref()
            .unwrap()
            .as_str(),
        "P3Y"
    );
    assert_eq!(article.entities.groups[0].quantities[0].amount, None);
}

#[test]
fn a_malformed_duration_is_refused_when_read() {
    for bad in ["2 days", "P", "PT", "P1YT", "P2D1Y", "P1.5Y", "p3y"] {
        let mut v = doc();
        *at(&mut v, "/meetings/0/duration/value") = json!(bad);
        let e = assert_read_error(&v, ErrorCode::InvalidDuration, "/meetings/0/duration/value");
        assert!(e.message().contains(bad), "{e}");
    }
    let mut v = doc();
    *at(&mut v, "/events/1/duration/value") = json!("3 years");
    assert_read_error(&v, ErrorCode::InvalidDuration, "/events/1/duration/value");
}

#[test]
fn an_empty_quantity_or_duration_is_refused() {
    let mut v = doc();
    at(&mut v, "/meetings/0/quantities/1")
        .as_object_mut()
        .unwrap()
        .remove("text");
    assert_one_problem(&v, ErrorCode::EmptyQuantity, "/meetings/0/quantities/1");
    let mut v = doc();
    put(&mut v, "/events/0/duration", json!({}));
    assert_one_problem(&v, ErrorCode::EmptyQuantity, "/events/0/duration");
    // Without an amount, a quantity without a unit is reported at itself.
    let mut v = doc();
    at(&mut v, "/meetings/0/quantities/1")
        .as_object_mut()
        .unwrap()
        .remove("unit");
    assert_one_problem(&v, ErrorCode::NoUnit, "/meetings/0/quantities/1");
}

#[test]
fn a_range_runs_upward_from_a_lower_bound() {
    let mut v = doc();
    *at(&mut v, "/meetings/0/quantities/0/amount") = json!(50);
    let message = assert_one_problem(
        &v,
        ErrorCode::InvalidRange,
        "/meetings/0/quantities/0/amount_max",
    );
    assert!(
        message.contains("50") && message.contains("40"),
        "{message}"
    );
    let mut v = doc();
    at(&mut v, "/meetings/0/quantities/0")
        .as_object_mut()
        .unwrap()
        .remove("amount");
    assert_one_problem(
        &v,
        ErrorCode::InvalidRange,
        "/meetings/0/quantities/0/amount_max",
    );
    let mut v = doc();
    *at(&mut v, "/meetings/0/quantities/0/amount") = json!(40);
    valid(&v);
}

#[test]
fn each_bound_of_a_range_is_checked_against_its_words() {
    let mut v = doc();
    *at(&mut v, "/meetings/0/quantities/0/amount_max") = json!(40_000_000);
    let message = assert_one_problem(
        &v,
        ErrorCode::AmountAgainstWords,
        "/meetings/0/quantities/0/amount_max",
    );
    assert!(
        message.starts_with("the upper bound is 40000000"),
        "{message}"
    );
    let mut v = doc();
    *at(&mut v, "/meetings/0/quantities/0/amount") = json!(0.02);
    assert_one_problem(
        &v,
        ErrorCode::AmountAgainstWords,
        "/meetings/0/quantities/0/amount",
    );
}

#[test]
fn unknown_sizes_units_and_qualifiers_are_reported() {
    for (pointer, value) in [
        ("/meetings/0/quantities/1/size", "scores"),
        ("/events/0/duration/unit", "fortnights"),
        ("/meetings/0/duration/qualifier", "roughly"),
    ] {
        let mut v = doc();
        put(&mut v, pointer, json!(value));
        assert_one_problem(&v, ErrorCode::UnknownVariant, pointer);
    }
}

/// The Wikinews article of 1 January 2005 on the tsunami aid pledges
/// (public domain; `examples/data/wikinews-tsunami-aid-pledges-japan.md`)
/// says "nearly 2 Billion U.S. dollars" and that shipping the aid "will take
/// time, possibly weeks": the total is `nearly` (its fixture, written
/// before 2.1, says `about`), and the shipping lasts weeks, no number given.
#[test]
fn a_real_article_says_nearly_and_weeks_without_a_number() {
    let text = std::fs::read_to_string(
        common::fixtures().join("valid/wikinews-tsunami-aid-pledges-japan.json"),
    )
    .unwrap();
    let mut v: Value = serde_json::from_str(&text).unwrap();
    let total = at(&mut v, "/commitments/0/quantities/0");
    assert_eq!(total["text"], "nearly 2 Billion U.S. dollars (USD)");
    total["qualifier"] = json!("nearly");
    let shipping = at(&mut v, "/events/3");
    assert_eq!(shipping["id"], "securing-and-shipping-aid");
    shipping["duration"] = json!({"unit": "weeks", "text": "possibly weeks"});
    let article = valid(&v);
    assert_eq!(
        article.commitments[0].quantities[0].qualifier,
        Some(QuantityQualifier::Nearly)
    );
    let weeks = article.events[3].duration.as_ref().unwrap();
    assert_eq!(weeks.unit, Some(TimeUnit::Weeks));
    assert_eq!(weeks.value, None);
    assert!(v["body"]
        .as_str()
        .unwrap()
        .contains("will take time, possibly weeks"));
    assert_eq!(serde_json::to_value(&article).unwrap(), v);
}

/// A pledge of "£11mn annually": a rate, which the ledger leaves out of
/// the amounts it tracks, where a one-off £11mn counts.
#[test]
fn a_rate_is_kept_and_left_out_of_the_ledgers_amounts() {
    let pledge = |per: Option<&str>| {
        let mut quantity = json!({"amount": 11000000, "currency": "GBP", "text": "£11mn"});
        if let Some(per) = per {
            quantity["per"] = json!(per);
        }
        json!({
            "format_version": "2.1", "id": "aid", "language": "en", "published": "2013-04-09",
            "body": "Britain offered £11mn for Darfur annually.",
            "entities": {"places": [{"id": "uk", "name": "Britain", "kind": "country", "country": "GB"}]},
            "commitments": [{"id": "offer", "kind": "fund", "action": "£11mn for Darfur",
                "bound_parties": ["uk"], "quantities": [quantity],
                "status_history": [{"status": "stated", "as_of": "2013-04-09"}],
                "evidence": [{"quote": {"exact": "Britain offered £11mn for Darfur annually."}}]}]
        })
    };
    let amounts = |v: &Value| {
        let article = valid(v);
        let mut ledger = structured_news::Ledger::new();
        ledger.add(&article).unwrap_or_else(|e| panic!("{e:?}"));
        ledger.report().commitments[0].amounts.len()
    };
    let rate = pledge(Some("years"));
    let article = valid(&rate);
    assert_eq!(
        article.commitments[0].quantities[0].per,
        Some(TimeUnit::Years)
    );
    assert_eq!(serde_json::to_value(&article).unwrap(), rate);
    assert_eq!(amounts(&rate), 0);
    assert_eq!(amounts(&pledge(None)), 1);
    assert_one_problem(
        &pledge(Some("fortnight")),
        ErrorCode::UnknownVariant,
        "/commitments/0/quantities/0/per",
    );
}

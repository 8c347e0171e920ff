//! The ledger page over the real tracking chains: timelines, lateness,
//! overdue, amounts and links to the review pages.

use std::collections::BTreeMap;
use std::path::PathBuf;

use structured_news::{Article, Ledger, OverdueReading};
use structured_news_review::{ledger_page, page_file_name};

fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(path)
}

#[test]
fn the_ledger_page_marks_lateness_overdue_and_amounts_and_links_the_pages() {
    let mut ledger = Ledger::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo("examples/data/tracking"))
        .expect("the tracking example")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.push(repo("tests/fixtures/valid/december_2023_meeting.json"));
    files.sort();
    for path in &files {
        let article = Article::from_json_slice(&std::fs::read(path).expect("readable"))
            .expect("a valid article");
        ledger.add(&article).expect("joins");
    }
    let day = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).expect("a date");
    let report = ledger.report().with_overdue(day, OverdueReading::AsKnown);
    let id = "mehr-2020-11-21-zarif-trip-postponed";
    let links = BTreeMap::from([(id.to_owned(), page_file_name(id))]);
    let html = ledger_page(&report, &links);
    assert!(
        html.contains("late by 63 days"),
        "the Zarif visit kept 63 days late"
    );
    // Every commitment the report lists as overdue is marked, and no other:
    // the Zarif visit's is not (kept, late), Pompeo's 2020 visit is (no
    // text reports it made).
    let overdue = report.overdue.as_ref().map_or(0, |o| o.commitments.len());
    assert!(
        overdue >= 1,
        "the tracking example has an overdue commitment"
    );
    assert_eq!(html.matches("class=\"tracked overdue\"").count(), overdue);
    assert!(html.contains("<td>USD</td><td>3000000000</td><td>1000000000</td><td>33%</td>"));
    assert!(html.contains(&format!(
        "<a href=\"{id}.html#/commitments/0/status_history/0\">{id}</a>"
    )));
    assert!(html.contains("<strong>Moved</strong> from 2020-11-23 to 2021-01-26"));
    // Articles without a page are named, not linked.
    assert!(!html.contains("href=\"upi-2017"));
}

//! Tracks the commitments and meetings of the 4 December 2023 meeting of
//! the Russian and Turkmen foreign ministers across three later reports
//! (`examples/data/tracking/`), and answers: which commitments did Russia
//! make to Turkmenistan in 2023, and were they kept? Then the same for
//! 2025, over a chain in Russian.
//!
//! Run with `cargo run --example track_commitments` (`-- --json` prints
//! the report as JSON instead of tables).

use std::error::Error;

use chrono::NaiveDate;
use structured_news::{Article, CommitmentFilter, Ledger, PartialDate};

/// The 4 December article and the follow-ups, in no particular order: the
/// ledger joins them whatever the order.
const ARTICLES: [(&str, &str); 4] = [
    (
        "trend-2023-12-21-commission-in-ashgabat",
        include_str!("data/tracking/trend-2023-12-21-commission-in-ashgabat.json"),
    ),
    (
        "nca-2023-12-04-lavrov-meredov",
        include_str!("../tests/fixtures/valid/december_2023_meeting.json"),
    ),
    (
        "nca-2023-12-12-group-of-friends-of-neutrality",
        include_str!("data/tracking/nca-2023-12-12-group-of-friends-of-neutrality.json"),
    ),
    (
        "ashgabat-in-2023-12-08-business-forum",
        include_str!("data/tracking/ashgabat-in-2023-12-08-business-forum.json"),
    ),
];

/// A later chain, in Russian: Ushakov's announcement that the President
/// will take part in the Ashgabat forum of 12 December 2025, and RBC's
/// report of his speech there.
const ASHGABAT_2025: [(&str, &str); 2] = [
    (
        "rbc-2025-12-12-putin-at-ashgabat-forum",
        include_str!("data/tracking/rbc-2025-12-12-putin-at-ashgabat-forum.json"),
    ),
    (
        "centralasia-2025-12-03-putin-to-visit-turkmenistan",
        include_str!("data/tracking/centralasia-2025-12-03-putin-to-visit-turkmenistan.json"),
    ),
];

/// A ledger of `articles`, or the first that was not taken.
fn ledger_of(articles: &[(&str, &str)]) -> Result<Ledger, Box<dyn Error>> {
    let mut ledger = Ledger::new();
    for (name, json) in articles {
        let article = Article::from_json_str(json).map_err(|e| format!("{name}: {e}"))?;
        if let Err(problems) = ledger.add(&article) {
            for p in problems {
                eprintln!("{p}");
            }
            return Err(format!("{name} was not taken").into());
        }
    }
    Ok(ledger)
}

fn main() -> Result<(), Box<dyn Error>> {
    let report = ledger_of(&ARTICLES)?.report();
    if std::env::args().any(|a| a == "--json") {
        println!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(());
    }
    print!("{}", report.to_table());

    println!("\nWhich commitments did Russia make to Turkmenistan in 2023, and were they kept?");
    let filter = CommitmentFilter::new()
        .bound_party("Q159")
        .party("Q874")
        .made_within(PartialDate::from_year(2023)?);
    let to_turkmenistan: Vec<_> = report.commitments_matching(&filter).collect();
    println!(
        "  {} commitments bind Russia together with Turkmenistan or toward it, made in 2023:",
        to_turkmenistan.len()
    );
    for c in &to_turkmenistan {
        let kept = if c.is_settled() {
            "settled"
        } else {
            "no outcome reported"
        };
        println!(
            "  - {} ({}): {}; {kept}",
            c.action,
            c.status.as_ref().map_or("-", |s| s.as_str()),
            c.id
        );
    }
    let day = NaiveDate::from_ymd_opt(2023, 12, 31).ok_or("a real day")?;
    println!(
        "  Overdue on {day}, as known on that day (due before it, no outcome reported by then):"
    );
    for c in report.overdue(day) {
        println!(
            "  - {} (due {}, {}; {})",
            c.action,
            c.due_text().as_deref().unwrap_or("-"),
            c.status.as_ref().map_or("-", |s| s.as_str()),
            c.timeliness.map_or("-", |t| t.as_str())
        );
    }
    println!("  What became of the planned meetings:");
    for m in report.planned_meetings() {
        println!(
            "  - {}: {} -> {} ({}{})",
            m.name.as_deref().unwrap_or(m.kind.as_str()),
            m.first_status,
            m.status,
            m.date_text().as_deref().unwrap_or("no date"),
            m.place
                .as_deref()
                .map(|p| format!(", {p}"))
                .unwrap_or_default()
        );
    }

    println!("\nThe same question for 2025, over the chain in Russian:");
    let report = ledger_of(&ASHGABAT_2025)?.report();
    let filter = CommitmentFilter::new()
        .bound_party("Q159")
        .counterparty("Q874")
        .made_within(PartialDate::from_year(2025)?);
    for c in report.commitments_matching(&filter) {
        println!(
            "  - {} (made {}, due {}): {}, {}; latest report {}",
            c.action,
            c.made.map(|d| d.to_string()).as_deref().unwrap_or("-"),
            c.due_text().as_deref().unwrap_or("-"),
            c.status.as_ref().map_or("-", |s| s.as_str()),
            c.timeliness.map_or("-", |t| t.as_str()),
            c.history.last().map_or("-", |s| s.article.as_str())
        );
    }
    Ok(())
}

//! The ledger: its answers on real articles (the 4 December 2023 meeting
//! and three later reports, `examples/data/tracking/`), checked against
//! what the texts say; every cross-article problem of the ledger corpus
//! (`tests/fixtures/ledger/`) with its code, article, path and line; and
//! streams with bad lines.

use std::path::{Path, PathBuf};

#[path = "../benches/support/corpus.rs"]
mod corpus;

use chrono::NaiveDate;
use serde::Deserialize;
use structured_news::{
    Article, Attendance, CommitmentFilter, CommitmentStatus, ErrorCode, Ledger, LedgerReport,
    Lints, MeetingStatus, OverdueReading, PartialDate, Severity, Stage, StatementRole,
};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The 4 December article and its follow-ups, in the order given.
fn real_articles() -> Vec<Article> {
    let tracking = root().join("examples/data/tracking");
    let mut paths = vec![root().join("tests/fixtures/valid/december_2023_meeting.json")];
    for name in [
        "nca-2023-12-12-group-of-friends-of-neutrality",
        "ashgabat-in-2023-12-08-business-forum",
        "trend-2023-12-21-commission-in-ashgabat",
    ] {
        paths.push(tracking.join(format!("{name}.json")));
    }
    paths
        .iter()
        .map(|p| {
            let json = std::fs::read_to_string(p).unwrap();
            Article::from_json_str(&json).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        })
        .collect()
}

fn ledger_of(articles: &[Article]) -> Ledger {
    let mut ledger = Ledger::new();
    for a in articles {
        ledger.add(a).unwrap();
    }
    ledger
}

fn report_of(articles: &[Article]) -> LedgerReport {
    ledger_of(articles).report()
}

const NCA: &str = "nca-2023-12-04-lavrov-meredov";

#[test]
fn the_real_follow_ups_say_what_became_of_the_meetings() {
    let report = report_of(&real_articles());
    assert_eq!(report.articles, 4);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert!(report.conflicts.is_empty());
    let meeting = |id: &str| {
        report
            .meetings
            .iter()
            .find(|m| m.id == format!("{NCA}#{id}"))
            .unwrap_or_else(|| panic!("no meeting {id}"))
    };

    // nCa, 12 December: "On 11 December 2023, a meeting of the Group of
    // Friends of Neutrality ... was held in hybrid format".
    let gofn = meeting("friends-of-neutrality-meeting");
    assert_eq!(gofn.first_status, MeetingStatus::Scheduled);
    assert_eq!(gofn.status, MeetingStatus::Held);
    assert_eq!(gofn.date_text().as_deref(), Some("2023-12-11"));
    let last = gofn.history.last().unwrap();
    assert_eq!(
        last.article.as_str(),
        "nca-2023-12-12-group-of-friends-of-neutrality"
    );
    assert_eq!(last.as_of.unwrap().to_string(), "2023-12-11");
    // No text says the Russian delegation came: it stays expected.
    let russia = &gofn.participants[0];
    assert_eq!(russia.party, "wikidata:Q159");
    assert_eq!(report.party("wikidata:Q159").unwrap().name, "Russia");
    assert_eq!(russia.attendance, Some(Attendance::Expected));

    // ashgabat.in, 8 December: the 13th meeting of the Commission "will be
    // held in Turkmenistan in January 2024"; Trend, 21 December: "will be
    // held in Ashgabat in early 2024". The later report wins.
    let commission = meeting("commission-next-meeting");
    assert_eq!(commission.first_status, MeetingStatus::Announced);
    assert_eq!(commission.status, MeetingStatus::Scheduled);
    assert_eq!(commission.date_text().as_deref(), Some("2024"));
    assert_eq!(commission.place.as_deref(), Some("Ashgabat"));
    assert_eq!(
        commission.mentions,
        [
            format!("{NCA}#commission-next-meeting"),
            "ashgabat-in-2023-12-08-business-forum#commission-13th-meeting".to_owned(),
            "trend-2023-12-21-commission-in-ashgabat#commission-next-meeting".to_owned(),
        ]
    );

    // ashgabat.in: the business forum "will happen in Turkmenistan in
    // January 2024".
    let forum = meeting("business-forum");
    assert_eq!(
        (
            forum.status.as_str(),
            forum.date_text().as_deref(),
            forum.place.as_deref()
        ),
        ("scheduled", Some("2024-01"), Some("Turkmenistan"))
    );
    assert_eq!(report.planned_meetings().count(), 3);
}

#[test]
fn the_real_follow_ups_answer_the_commitment_question() {
    let report = report_of(&real_articles());
    // Which commitments did Russia make to Turkmenistan in 2023?
    let filter = CommitmentFilter::new()
        .bound_party("Q159")
        .party("TM")
        .made_within(PartialDate::from_year(2023).unwrap());
    let made: Vec<&str> = report
        .commitments_matching(&filter)
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(made.len(), 7, "{made:?}");
    assert!(made.iter().all(|id| id.starts_with(NCA)));
    // None binds Russia toward Turkmenistan alone: the article says "both
    // sides".
    let toward = CommitmentFilter::new()
        .bound_party("Q159")
        .counterparty("Q874");
    assert_eq!(report.commitments_matching(&toward).count(), 0);
    // Not made in 2022.
    let in_2022 = filter
        .clone()
        .made_within(PartialDate::from_year(2022).unwrap());
    assert_eq!(report.commitments_matching(&in_2022).count(), 0);

    // Were they kept? No text reports an outcome.
    assert!(report.commitments.iter().all(|c| !c.is_settled()));
    // ashgabat.in: "Meredov and Overchuk talked about getting ready for the
    // 13th meeting of the Intergovernmental Commission".
    let preparations = report
        .commitments
        .iter()
        .find(|c| c.id == format!("{NCA}#commission-next-meeting-preparations"))
        .unwrap();
    assert_eq!(preparations.status, Some(CommitmentStatus::Confirmed));
    assert_eq!(preparations.history.len(), 2);
    assert_eq!(
        preparations.history[1].article.as_str(),
        "ashgabat-in-2023-12-08-business-forum"
    );
    assert!(preparations.history[1].evidence[0]
        .text
        .starts_with("Meredov and Overchuk"));

    // Russia's delegation to the 11 December meeting: due that day, and no
    // report of it since.
    let day = |d| NaiveDate::from_ymd_opt(2023, 12, d).unwrap();
    let overdue: Vec<&str> = report.overdue(day(12)).map(|c| c.id.as_str()).collect();
    assert_eq!(
        overdue,
        [format!("{NCA}#friends-of-neutrality-participation")]
    );
    assert_eq!(report.overdue(day(11)).count(), 0);
    let attend = report
        .commitments
        .iter()
        .find(|c| c.id == overdue[0])
        .unwrap();
    assert_eq!(
        attend.concerns.as_deref(),
        Some(format!("{NCA}#friends-of-neutrality-meeting").as_str())
    );
}

#[test]
fn the_order_of_the_articles_does_not_matter() {
    let articles = real_articles();
    let forward = serde_json::to_value(report_of(&articles)).unwrap();
    let mut reversed = articles.clone();
    reversed.reverse();
    let backward = serde_json::to_value(report_of(&reversed)).unwrap();
    assert_eq!(forward, backward);
}

#[test]
fn the_table_shows_each_commitment_and_meeting() {
    let table = report_of(&real_articles()).to_table();
    assert!(table.starts_with("Commitments (9)\n"), "{table}");
    assert!(table.contains("\nMeetings (6)\n"), "{table}");
    let gofn = table
        .lines()
        .find(|l| l.contains("meeting of the Group of Friends"))
        .unwrap();
    assert!(gofn.contains("scheduled") && gofn.contains("held") && gofn.contains("2023-12-11"));
    assert!(!table.contains("Problems"));
}

#[derive(Deserialize)]
struct Case {
    file: String,
    code: String,
    /// Absent for an article refused as invalid: the ledger names its line.
    article: Option<String>,
    path: String,
    line: u64,
    note: String,
}

fn cases() -> Vec<Case> {
    let dir = root().join("tests/fixtures/ledger");
    serde_json::from_str(&std::fs::read_to_string(dir.join("manifest.json")).unwrap()).unwrap()
}

fn read(path: &Path) -> (Ledger, structured_news::ReadSummary) {
    let mut ledger = Ledger::new();
    let file = std::io::BufReader::new(std::fs::File::open(path).unwrap());
    let summary = ledger.read_ndjson(file);
    (ledger, summary)
}

#[test]
fn every_cross_article_problem_has_its_code_article_path_and_line() {
    let dir = root().join("tests/fixtures/ledger");
    for case in cases() {
        let (ledger, _) = read(&dir.join(&case.file));
        let report = ledger.report();
        let code: ErrorCode = case.code.parse().unwrap();
        assert_eq!(
            report.problems.len(),
            1,
            "{} ({}): {:?}",
            case.file,
            case.note,
            report.problems
        );
        let p = &report.problems[0];
        assert_eq!(p.code, code, "{}", case.file);
        assert_eq!(
            p.article.as_ref().map(|a| a.as_str()),
            case.article.as_deref(),
            "{}",
            case.file
        );
        assert_eq!(p.path.as_str(), case.path, "{}", case.file);
        assert_eq!(p.line, Some(case.line), "{}", case.file);
        assert_eq!(p.severity, code.default_severity(), "{}", case.file);
        let shown = p.to_string();
        let location = match &case.article {
            Some(article) => format!("{article}#{}", case.path),
            None => case.path.clone(),
        };
        assert!(
            shown.starts_with(&format!("line {}: {location}: {}: ", case.line, case.code)),
            "{shown}"
        );
    }
}

#[test]
fn every_ledger_code_is_in_the_ledger_corpus() {
    let listed: Vec<String> = cases().into_iter().map(|c| c.code).collect();
    for code in ErrorCode::ALL.iter().filter(|c| c.stage() == Stage::Ledger) {
        assert!(
            listed.iter().any(|l| l == code.as_str()),
            "no case for {code}"
        );
    }
}

#[test]
fn a_conflict_names_both_articles() {
    let (ledger, _) = read(&root().join("tests/fixtures/ledger/conflicting_reports.ndjson"));
    let report = ledger.report();
    assert_eq!(report.conflicts.len(), 1);
    let c = &report.conflicts[0];
    assert_eq!(c.record, format!("{NCA}#friends-of-neutrality-meeting"));
    assert_eq!(c.as_of.to_string(), "2023-12-11");
    let sides: Vec<(&str, &str)> = c
        .reports
        .iter()
        .map(|r| (r.article.as_str(), r.status.as_str()))
        .collect();
    assert_eq!(
        sides,
        [
            ("nca-2023-12-12-group-of-friends-of-neutrality", "held"),
            ("cancel-report", "cancelled")
        ]
    );
}

#[test]
fn lints_set_the_level_of_ledger_codes() {
    let path = root().join("tests/fixtures/ledger/unknown_article.ndjson");
    let mut ledger = Ledger::new().lints(Lints::new().deny(ErrorCode::UnknownArticle).unwrap());
    ledger.read_ndjson(std::io::BufReader::new(std::fs::File::open(&path).unwrap()));
    assert_eq!(ledger.report().problems[0].severity, Severity::Error);
    let mut ledger = Ledger::new().lints(Lints::new().allow(ErrorCode::UnknownArticle).unwrap());
    ledger.read_ndjson(std::io::BufReader::new(std::fs::File::open(&path).unwrap()));
    assert!(ledger.report().problems.is_empty());
}

#[test]
fn a_stream_goes_on_after_a_bad_line_and_reports_it() {
    let nca =
        std::fs::read_to_string(root().join("tests/fixtures/valid/december_2023_meeting.json"))
            .unwrap();
    let nca: serde_json::Value = serde_json::from_str(&nca).unwrap();
    let gofn = std::fs::read_to_string(
        root().join("examples/data/tracking/nca-2023-12-12-group-of-friends-of-neutrality.json"),
    )
    .unwrap();
    let gofn: serde_json::Value = serde_json::from_str(&gofn).unwrap();
    let mut invalid = gofn.clone();
    invalid["id"] = "invalid-one".into();
    invalid["meetings"][0]["place"] = "nowhere".into();
    let stream =
        format!("{nca}\n{{\"format_version\": \"2.0\", \"id\":\n\n{invalid}\n{gofn}\n{nca}\n");
    let mut ledger = Ledger::new();
    let summary = ledger.read_ndjson(stream.as_bytes());
    assert_eq!(
        (
            summary.documents,
            summary.taken,
            summary.refused,
            summary.repeats
        ),
        (5, 2, 2, 1)
    );
    let report = ledger.report();
    let problems: Vec<(Option<u64>, ErrorCode, &str)> = report
        .problems
        .iter()
        .map(|p| (p.line, p.code, p.path.as_str()))
        .collect();
    assert_eq!(problems[0].0, Some(2));
    assert_eq!(problems[0].1.stage(), Stage::Read);
    assert_eq!(
        problems[1],
        (Some(4), ErrorCode::UnknownReference, "/meetings/0/place")
    );
    assert_eq!(problems.len(), 2);
    // The follow-up after the bad lines still joins the 4 December meeting.
    let gofn = report
        .meetings
        .iter()
        .find(|m| m.id == format!("{NCA}#friends-of-neutrality-meeting"))
        .unwrap();
    assert_eq!(gofn.status, MeetingStatus::Held);
}

#[test]
fn a_corrected_extraction_of_the_same_text_is_another_article() {
    let articles = real_articles();
    let first = articles[1].clone();
    let mut corrected = first.clone();
    corrected.meetings[0].date = None;
    let mut ledger = Ledger::new();
    ledger.add(&first).unwrap();
    // The same article again is taken once, without a problem.
    ledger.add(&first).unwrap();
    let refused = ledger.add(&corrected).unwrap_err();
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0].code, ErrorCode::DuplicateArticle);
    assert_eq!(refused[0].path.as_str(), "/id");
    assert_eq!(ledger.len(), 1);
    // The report has it too, beside the update that waits for the
    // 4 December article.
    let codes: Vec<ErrorCode> = ledger.report().problems.iter().map(|p| p.code).collect();
    assert_eq!(
        codes,
        [ErrorCode::DuplicateArticle, ErrorCode::UnknownArticle]
    );
}

#[test]
fn the_readme_shows_what_the_example_prints() {
    let output = std::process::Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "track_commitments"])
        .current_dir(root())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let printed = String::from_utf8(output.stdout).unwrap();
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let section = readme
        .split("## Tracking across articles")
        .nth(1)
        .unwrap()
        .split("\n## ")
        .next()
        .unwrap();
    let mut checked = 0;
    for block in section.split("```text\n").skip(1) {
        let block = block.split("```").next().unwrap();
        for line in block.lines() {
            // Lines shortened with "..." in the README are checked up to it.
            let shown = line.split("...").next().unwrap();
            assert!(
                printed.contains(shown),
                "the example does not print {shown:?}"
            );
            checked += 1;
        }
    }
    assert!(checked > 15, "{checked} lines checked");
}

#[test]
fn an_allowed_duplicate_is_refused_without_a_problem() {
    let path = root().join("tests/fixtures/ledger/duplicate_article.ndjson");
    let lints = Lints::new().allow(ErrorCode::DuplicateArticle).unwrap();
    let mut ledger = Ledger::new().lints(lints);
    let summary = ledger.read_ndjson(std::io::BufReader::new(std::fs::File::open(&path).unwrap()));
    assert_eq!((summary.taken, summary.refused), (2, 1));
    assert_eq!(ledger.len(), 2);
    assert!(ledger.report().problems.is_empty());
}

/// The reports of the real follow-ups (both orders), of every file of
/// the ledger corpus and of the real chains, as JSON and as the table,
/// each against its copy in `tests/fixtures/ledger/reports/`: the
/// report's JSON and text stay the same byte for byte. `LEDGER_SNAPSHOTS=write` rewrites the copies.
#[test]
fn the_reports_are_the_same_byte_for_byte() {
    let dir = root().join("tests/fixtures/ledger");
    let mut ledgers = vec![("real_follow_ups".to_owned(), ledger_of(&real_articles()))];
    let mut reversed = real_articles();
    reversed.reverse();
    ledgers.push(("real_follow_ups_reversed".to_owned(), ledger_of(&reversed)));
    for case in cases() {
        let (ledger, _) = read(&dir.join(&case.file));
        let name = case.file.trim_end_matches(".ndjson").to_owned();
        ledgers.push((name, ledger));
    }
    ledgers.push(("unknown_values".to_owned(), unknown_values_ledger()));
    for (name, chain) in real_chains() {
        ledgers.push((format!("chain_{name}"), ledger_of(&tracking(chain))));
    }
    // The JSON written while it is made is the report's, byte for byte,
    // pretty or compact, with an overdue list or without.
    let day = NaiveDate::from_ymd_opt(2023, 12, 31).unwrap();
    for (name, ledger) in &ledgers {
        let report = ledger.report();
        let streamed = ledger.report_json();
        assert_eq!(
            serde_json::to_string_pretty(&streamed).unwrap(),
            serde_json::to_string_pretty(&report).unwrap(),
            "{name}"
        );
        assert_eq!(
            serde_json::to_string(&streamed).unwrap(),
            serde_json::to_string(&report).unwrap(),
            "{name}"
        );
        for reading in [OverdueReading::AsKnown, OverdueReading::InHindsight] {
            assert_eq!(
                serde_json::to_string(&ledger.report_json().with_overdue(day, reading)).unwrap(),
                serde_json::to_string(&ledger.report().with_overdue(day, reading)).unwrap(),
                "{name}"
            );
        }
    }
    let reports: Vec<(String, LedgerReport)> = ledgers
        .into_iter()
        .map(|(name, ledger)| (name, ledger.report()))
        .collect();
    let write = std::env::var("LEDGER_SNAPSHOTS").is_ok_and(|v| v == "write");
    let mut stale = Vec::new();
    for (name, report) in &reports {
        let mut json = serde_json::to_string_pretty(report).unwrap();
        json.push('\n');
        let compact = serde_json::to_string(report).unwrap();
        let reread: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(serde_json::to_string(&reread).unwrap(), compact, "{name}");
        for (path, text) in [
            (dir.join(format!("reports/{name}.json")), json),
            (dir.join(format!("reports/{name}.txt")), report.to_table()),
        ] {
            if write {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, &text).unwrap();
            } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                stale.push(path.display().to_string());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "not the same report: {stale:?}\n(after a deliberate change: LEDGER_SNAPSHOTS=write cargo test --test ledger)"
    );
}

/// The real follow-ups with values no vocabulary knows (kept, the
/// `unknown_variant` lint allowed): a meeting status, meeting kind,
/// attendance, commitment kind and commitment status, and an update that
/// reports an unknown status on the day another reports the meeting held.
fn unknown_values_ledger() -> Ledger {
    let mut articles: Vec<serde_json::Value> = real_articles()
        .iter()
        .map(|a| serde_json::to_value(a).unwrap())
        .collect();
    let first = &mut articles[0];
    first["meetings"][0]["status"] = "adjourned".into();
    first["meetings"][0]["kind"] = "banquet".into();
    first["meetings"][2]["participants"][0]["attendance"] = "waving".into();
    first["commitments"][0]["kind"] = "vow".into();
    first["commitments"][0]["status_history"][0]["status"] = "rumoured".into();
    let mut other = articles[1].clone();
    other["id"] = "unknown-status-report".into();
    other["published"] = "2023-12-13".into();
    other["updates"][0]["meeting_status"] =
        serde_json::json!({"status": "adjourned", "as_of": "2023-12-11"});
    articles.push(other);
    let lints = Lints::new().allow(ErrorCode::UnknownVariant).unwrap();
    let mut ledger = Ledger::new().lints(lints);
    for a in &articles {
        let article: Article = serde_json::from_value(a.clone()).unwrap();
        ledger.add(&article).unwrap();
    }
    let report = ledger.report();
    assert!(report.conflicts.is_empty(), "{:?}", report.conflicts);
    ledger
}

fn fixture(name: &str) -> Article {
    let path = root().join("tests/fixtures/valid").join(name);
    Article::from_json_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The White House of 3 October 2013: "President Obama's travel to
/// Indonesia and Brunei has been cancelled". Its history of the trip is an
/// undated `scheduled` (the plan, of no given day) and a `cancelled` of
/// 3 October.
#[test]
fn an_undated_step_stays_undated_and_in_its_place() {
    let report = report_of(&[fixture("whitehouse-obama-asia-trip-cancelled-2013.json")]);
    let trip = report
        .meetings
        .iter()
        .find(|m| m.id.ends_with("#obama-asia-trip"))
        .unwrap();
    let steps: Vec<(&str, Option<String>, Option<String>)> = trip
        .history
        .iter()
        .map(|s| {
            (
                s.status.as_str(),
                s.as_of.map(|d| d.to_string()),
                s.reported_on.map(|d| d.to_string()),
            )
        })
        .collect();
    let reported = Some("2013-10-03".to_owned());
    assert_eq!(
        steps,
        [
            ("scheduled", None, reported.clone()),
            ("cancelled", Some("2013-10-03".to_owned()), reported)
        ]
    );
    assert_eq!(trip.status, MeetingStatus::Cancelled);

    // The same text read from a copy published a day later: the plan is
    // still undated and before the cancellation, not dated with the later
    // publication (which made the trip "scheduled" again).
    let mut later = fixture("whitehouse-obama-asia-trip-cancelled-2013.json");
    later.published = Some("2013-10-04".parse().unwrap());
    let report = report_of(&[later]);
    let trip = report
        .meetings
        .iter()
        .find(|m| m.id.ends_with("#obama-asia-trip"))
        .unwrap();
    assert_eq!(trip.status, MeetingStatus::Cancelled);
    assert_eq!(trip.history[0].status, MeetingStatus::Scheduled);
    assert_eq!(trip.history[0].as_of, None);
    assert_eq!(
        trip.history[0]
            .reported_on
            .map(|d| d.to_string())
            .as_deref(),
        Some("2013-10-04")
    );
}

/// In the tracking chain, the 4 December article reports the meeting of
/// the Group of Friends of Neutrality as scheduled without a day of its
/// own for that status: the step is undated, reported on 4 December; the
/// nCa report of 12 December has it held on 11 December.
#[test]
fn a_planned_record_is_reported_on_its_day_not_dated_with_it() {
    let report = report_of(&real_articles());
    let gofn = report
        .meetings
        .iter()
        .find(|m| m.id == format!("{NCA}#friends-of-neutrality-meeting"))
        .unwrap();
    let first = &gofn.history[0];
    assert_eq!(first.status, MeetingStatus::Scheduled);
    assert_eq!(first.as_of, None);
    assert_eq!(
        first.reported_on.map(|d| d.to_string()).as_deref(),
        Some("2023-12-04")
    );
    let last = gofn.history.last().unwrap();
    assert_eq!(
        last.as_of.map(|d| d.to_string()).as_deref(),
        Some("2023-12-11")
    );
    assert_eq!(
        last.reported_on.map(|d| d.to_string()).as_deref(),
        Some("2023-12-12")
    );
}

/// ashgabat.in of 8 December: the Commission's 13th meeting "will be held
/// in Turkmenistan in January 2024"; Trend of 21 December: "in Ashgabat in
/// early 2024". Both planned dates stay at their precision, and "early
/// 2024" after "January 2024" is no move. The Group of Friends of
/// Neutrality met on the day planned, 11 December.
#[test]
fn a_meeting_keeps_its_planned_dates_its_moves_and_its_actual_date() {
    let report = report_of(&real_articles());
    let meeting = |id: &str| {
        report
            .meetings
            .iter()
            .find(|m| m.id == format!("{NCA}#{id}"))
            .unwrap()
    };
    let commission = meeting("commission-next-meeting");
    let planned: Vec<(String, &str)> = commission
        .planned_dates
        .iter()
        .map(|d| {
            (
                d.date.value.as_ref().unwrap().to_string(),
                d.article.as_str(),
            )
        })
        .collect();
    assert_eq!(
        planned,
        [
            (
                "2024-01".to_owned(),
                "ashgabat-in-2023-12-08-business-forum"
            ),
            ("2024".to_owned(), "trend-2023-12-21-commission-in-ashgabat")
        ]
    );
    assert!(commission.moves.is_empty());
    assert_eq!(commission.held_on, None);
    let gofn = meeting("friends-of-neutrality-meeting");
    assert_eq!(gofn.planned_dates.len(), 1);
    assert!(gofn.moves.is_empty());
    assert_eq!(
        gofn.held_on
            .as_ref()
            .and_then(|w| w.value.as_ref())
            .map(|d| d.to_string())
            .as_deref(),
        Some("2023-12-11")
    );

    // Had Trend put the meeting in March 2024, it would be a move from
    // January, kept beside both planned dates.
    let mut articles = real_articles();
    articles[3].meetings[0].date = Some(structured_news::When::stated("2024-03".parse().unwrap()));
    let report = report_of(&articles);
    let commission = report
        .meetings
        .iter()
        .find(|m| m.id == format!("{NCA}#commission-next-meeting"))
        .unwrap();
    let moves: Vec<(String, String, &str)> = commission
        .moves
        .iter()
        .map(|m| {
            (
                m.from.value.as_ref().unwrap().to_string(),
                m.to.value.as_ref().unwrap().to_string(),
                m.article.as_str(),
            )
        })
        .collect();
    assert_eq!(
        moves,
        [(
            "2024-01".to_owned(),
            "2024-03".to_owned(),
            "trend-2023-12-21-commission-in-ashgabat"
        )]
    );
    assert_eq!(commission.planned_dates.len(), 2);
}

/// The FCDO's account of the Minister's visit, as a copy dated only to
/// the month (November 2023) would give it: what its commitments were
/// made on is known to the month, never made the first of it.
#[test]
fn when_a_commitment_was_made_keeps_its_precision() {
    let mut article = fixture("docherty-south-caucasus-visit.json");
    let report = report_of(std::slice::from_ref(&article));
    let made = |r: &LedgerReport| {
        r.commitments
            .iter()
            .find(|c| c.id.ends_with("#uk-support-sovereignty-security"))
            .and_then(|c| c.made)
            .map(|d| d.to_string())
    };
    assert_eq!(made(&report).as_deref(), Some("2023-11-20"));
    article.published = Some("2023-11".parse().unwrap());
    let report = report_of(&[article]);
    assert_eq!(made(&report).as_deref(), Some("2023-11"));
    let within = |period: &str| {
        let filter = CommitmentFilter::new().made_within(period.parse().unwrap());
        let found = report
            .commitments_matching(&filter)
            .any(|c| c.id.ends_with("#uk-support-sovereignty-security"));
        found
    };
    assert!(within("2023"));
    assert!(within("2023-11"));
    assert!(!within("2023-11-01"));
    assert!(report
        .commitments
        .iter()
        .filter_map(|c| c.made)
        .all(|d| d.to_string() != "2023-11-01"));
}

/// A follow-up of the 4 December article published on `published`, whose
/// only update reports Russia's delegation to the 11 December meeting
/// (`friends-of-neutrality-participation`, due 2023-12-11) as `status`
/// as of `as_of` (none when `None`). The texts of the chain do not say
/// what became of that promise; these follow-ups are made for the test,
/// on the real 4 December article.
fn participation_report(id: &str, published: &str, status: &str, as_of: Option<&str>) -> Article {
    let body = "The Russian delegation's visit was reported.";
    let mut observation = serde_json::json!({
        "status": status,
        "evidence": [{"quote": {"exact": "The Russian delegation's visit was reported"}}]
    });
    if let Some(d) = as_of {
        observation["as_of"] = d.into();
    }
    let json = serde_json::json!({
        "format_version": "2.0", "id": id, "language": "en", "published": published,
        "body": body,
        "updates": [{"target": {"article": NCA, "id": "friends-of-neutrality-participation"},
                     "commitment_status": observation}]
    });
    serde_json::from_value(json).unwrap()
}

fn participation(report: &LedgerReport) -> &structured_news::TrackedCommitment {
    report
        .commitments
        .iter()
        .find(|c| c.id == format!("{NCA}#friends-of-neutrality-participation"))
        .unwrap()
}

#[test]
fn lateness_and_overdue_on_a_date() {
    use structured_news::Timeliness;
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();

    // The real chain: due 11 December, nothing said since.
    let report = report_of(&real_articles());
    let c = participation(&report);
    assert_eq!(c.due_by(), Some(day(2023, 12, 11)));
    assert_eq!(c.timeliness, Some(Timeliness::Pending));
    assert!(c.is_overdue(day(2023, 12, 12)));
    assert!(c.is_overdue_in_hindsight(day(2023, 12, 12)));

    // Put off: postponed is a status, not an outcome; reported after the
    // due date, the promise is not kept by it.
    let mut articles = real_articles();
    articles.push(participation_report(
        "postponed",
        "2023-12-20",
        "postponed",
        Some("2023-12-10"),
    ));
    let report = report_of(&articles);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let c = participation(&report);
    assert_eq!(c.status, Some(CommitmentStatus::Postponed));
    assert!(!c.is_settled());
    assert_eq!(c.timeliness, Some(Timeliness::NotKeptByDue));

    // Kept in February 2024, reported in April: kept late, by 52 days at
    // least (1 February less 11 December). On 1 March it was overdue as
    // known then, not in hindsight; on 1 May, in neither reading.
    articles.push(participation_report(
        "kept",
        "2024-04-15",
        "fulfilled",
        Some("2024-02"),
    ));
    let report = report_of(&articles);
    let c = participation(&report);
    assert_eq!(c.status, Some(CommitmentStatus::Fulfilled));
    assert_eq!(c.timeliness, Some(Timeliness::Late));
    assert_eq!(c.late_by_days, Some(52));
    let ids = |it: &mut dyn Iterator<Item = &structured_news::TrackedCommitment>| {
        it.map(|c| c.id.clone()).collect::<Vec<_>>()
    };
    let march = day(2024, 3, 1);
    assert_eq!(ids(&mut report.overdue(march)), std::slice::from_ref(&c.id));
    assert!(ids(&mut report.overdue_in_hindsight(march)).is_empty());
    assert!(report.overdue(day(2024, 5, 1)).next().is_none());
    assert!(report
        .overdue_in_hindsight(day(2024, 5, 1))
        .next()
        .is_none());

    // Kept on the day, reported the next: on time.
    let mut articles = real_articles();
    articles.push(participation_report(
        "on-time",
        "2023-12-12",
        "fulfilled",
        Some("2023-12-11"),
    ));
    let report = report_of(&articles);
    assert_eq!(participation(&report).timeliness, Some(Timeliness::OnTime));
    assert_eq!(participation(&report).late_by_days, None);
}

/// The exported schema of the report, read by an independent validator.
fn report_validator() -> jsonschema::Validator {
    let path = root().join("schemas/types/ledger_report.schema.json");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

/// Every report the ledger writes, over every stream of the ledger
/// corpus, the tracking example (both orders, with unknown values, and
/// with the follow-ups of the lateness test), the payments of a real
/// pledge, the real chains of `examples/data/tracking/`, a generated corpus of
/// updates, each also with both overdue lists and with each problem's
/// file named, validates against `schemas/types/ledger_report.schema.json`.
#[test]
fn every_report_validates_against_the_exported_schema() {
    let validator = report_validator();
    let mut reports = vec![("real_follow_ups".to_owned(), report_of(&real_articles()))];
    let mut reversed = real_articles();
    reversed.reverse();
    reports.push(("real_follow_ups_reversed".to_owned(), report_of(&reversed)));
    reports.push((
        "unknown_values".to_owned(),
        unknown_values_ledger().report(),
    ));
    let mut late = real_articles();
    late.push(participation_report(
        "postponed",
        "2023-12-20",
        "postponed",
        None,
    ));
    late.push(participation_report(
        "kept",
        "2024-04-15",
        "fulfilled",
        Some("2024-02"),
    ));
    reports.push(("late".to_owned(), report_of(&late)));
    reports.push((
        "payments".to_owned(),
        report_of(&[
            fixture("wikinews-tsunami-aid-pledges-japan.json"),
            tracking(&[JAPAN_PAID]).remove(0),
            payment_report("paid-yen", "2005-06-01", &[(20_000_000_000, "JPY")]),
        ]),
    ));
    for (name, chain) in real_chains() {
        reports.push((name.to_owned(), report_of(&tracking(chain))));
    }
    // Statements that report a commitment, and an amount delivered.
    reports.push((
        "third_party".to_owned(),
        report_of(&tracking(&[POMPEO_PLAN])),
    ));
    reports.push((
        "cancelled_trip".to_owned(),
        report_of(&[fixture("whitehouse-obama-asia-trip-cancelled-2013.json")]),
    ));
    let dir = root().join("tests/fixtures/ledger");
    let mut streams = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ndjson") {
            let (ledger, _) = read(&path);
            reports.push((path.display().to_string(), ledger.report()));
            streams += 1;
        }
    }
    assert_eq!(streams, cases().len());
    let mut generated = Ledger::new();
    let summary = generated.read_ndjson(&corpus::tracked_ndjson(400, 7)[..]);
    assert_eq!(summary.taken, 400);
    // Its JSON written while it is made is the report's, problems with
    // their file named included.
    let named = |p: &mut structured_news::LedgerProblem| p.file = Some("archive.ndjson".to_owned());
    let mut report = generated.report();
    report.problems.iter_mut().for_each(named);
    assert_eq!(
        serde_json::to_string(&generated.report_json().amend_problems(named)).unwrap(),
        serde_json::to_string(&report).unwrap()
    );
    let generated = generated.report();
    assert!(generated.commitments.iter().any(|c| c.is_settled()));
    assert!(!generated.problems.is_empty());
    reports.push(("generated".to_owned(), generated));

    let day = NaiveDate::from_ymd_opt(2024, 3, 1).unwrap();
    let mut checked = 0;
    for (name, report) in reports {
        let mut named = report.clone();
        for p in &mut named.problems {
            p.file = Some("archive.ndjson".to_owned());
        }
        let variants = [
            report.clone(),
            report.clone().with_overdue(day, OverdueReading::AsKnown),
            report.with_overdue(day, OverdueReading::InHindsight),
            named,
        ];
        for r in variants {
            let value = serde_json::to_value(&r).unwrap();
            let errors: Vec<String> = validator
                .iter_errors(&value)
                .map(|e| format!("{}: {e}", e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{name}: {errors:#?}");
            checked += 1;
        }
    }
    assert!(checked >= 4 * 16, "{checked}");

    // What `structured-news track --output json --overdue DATE --hindsight`
    // prints (the command's snapshot, which its own test checks).
    let printed = root().join("cli/tests/cmd/track_json_overdue.stdout");
    // The snapshot writes each backslash as `/` (trycmd's normalization
    // of paths); this one has backslashes only before quotes.
    let printed = std::fs::read_to_string(printed)
        .unwrap()
        .replace("/\"", "\\\"");
    let printed: serde_json::Value = serde_json::from_str(&printed).unwrap();
    assert!(printed["overdue"]["commitments"].is_array());
    assert!(printed["problems"][0]["file"].is_string());
    let errors: Vec<String> = validator
        .iter_errors(&printed)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "the command's JSON: {errors:#?}");
}

/// `--overdue` in the JSON: the list of the day asked, in its reading.
#[test]
fn the_json_report_carries_the_overdue_list() {
    let mut articles = real_articles();
    articles.push(participation_report(
        "kept",
        "2024-04-15",
        "fulfilled",
        Some("2024-02"),
    ));
    let report = report_of(&articles);
    let day = NaiveDate::from_ymd_opt(2024, 3, 1).unwrap();
    let known =
        serde_json::to_value(report.clone().with_overdue(day, OverdueReading::AsKnown)).unwrap();
    assert_eq!(
        known["overdue"],
        serde_json::json!({"on": "2024-03-01", "reading": "as_known",
            "commitments": [format!("{NCA}#friends-of-neutrality-participation")]})
    );
    let hindsight = serde_json::to_value(
        report
            .clone()
            .with_overdue(day, OverdueReading::InHindsight),
    )
    .unwrap();
    assert_eq!(hindsight["overdue"]["commitments"], serde_json::json!([]));
    assert!(serde_json::to_value(&report)
        .unwrap()
        .get("overdue")
        .is_none());
}

/// What the commitment is, and who was to attend a meeting that no longer
/// stands: VOA of 18 January 2016 ("The U.N. will issue invitations when
/// the countries spearheading the ... process come to an understanding on
/// who among the opposition should be invited"), and the White House's
/// cancelled trip (the President was to travel; the trip is cancelled).
#[test]
fn the_report_says_what_the_commitment_is_and_who_is_no_longer_expected() {
    let report = report_of(&[fixture("voa-un-syria-talks-may-be-delayed.json")]);
    let invitations = report
        .commitments
        .iter()
        .find(|c| c.id.ends_with("#un-issue-invitations"))
        .unwrap();
    assert_eq!(
        invitations.modality,
        Some(structured_news::Modality::Conditional)
    );
    assert!(invitations
        .condition
        .as_deref()
        .unwrap()
        .starts_with("when the countries spearheading"));
    let json = serde_json::to_value(invitations).unwrap();
    assert_eq!(json["modality"], "conditional");

    let report = report_of(&[fixture("whitehouse-obama-asia-trip-cancelled-2013.json")]);
    let trip = report
        .meetings
        .iter()
        .find(|m| m.id.ends_with("#obama-asia-trip"))
        .unwrap();
    assert_eq!(trip.status, MeetingStatus::Cancelled);
    assert_eq!(trip.participants.len(), 1);
    assert_eq!(trip.participants[0].attendance, None);
    // Kerry's delegations, announced in its place, still expect him.
    let kerry = report
        .meetings
        .iter()
        .find(|m| m.id.ends_with("#kerry-delegation-indonesia"))
        .unwrap();
    assert_eq!(kerry.participants[0].attendance, Some(Attendance::Expected));
    let table = report.to_table();
    let row = table
        .lines()
        .find(|l| l.contains("the President's Trip to Asia"))
        .unwrap();
    assert!(
        row.contains("(planned)") && !row.contains("(expected)"),
        "{row}"
    );
}

const TSUNAMI: &str = "wikinews-tsunami-aid-pledges-japan";

/// A report on Japan's pledge of the Wikinews article of 1 January 2005
/// ("Japanese Prime Minister Junichiro Koizumi announced a half-billion
/// dollar donation"), published on `published`, saying it is partially
/// fulfilled with `amounts` paid (amount, currency). Made for the test:
/// the texts of the chain say nothing of payments.
fn payment_report(id: &str, published: &str, amounts: &[(u64, &str)]) -> Article {
    let quantities: Vec<serde_json::Value> = amounts
        .iter()
        .map(|(amount, currency)| serde_json::json!({"amount": amount, "currency": currency}))
        .collect();
    let json = serde_json::json!({
        "format_version": "2.0", "id": id, "language": "en", "published": published,
        "body": "Japan has paid part of its pledge.",
        "updates": [{"target": {"article": TSUNAMI, "id": "japan-donation-half-billion"},
            "commitment_status": {"status": "partially_fulfilled", "as_of": "2005-05",
                "evidence": [{"quote": {"exact": "Japan has paid part of its pledge"}}],
                "quantities": quantities}}]
    });
    serde_json::from_value(json).unwrap()
}

/// A real report of a payment of Japan's tsunami pledge.
const JAPAN_PAID: &str = "emb-japan-2005-01-21-contribution-completed";

#[test]
fn the_report_gives_what_was_pledged_and_what_was_delivered() {
    let tsunami = fixture("wikinews-tsunami-aid-pledges-japan.json");
    let report = report_of(std::slice::from_ref(&tsunami));
    let japan = report
        .commitment(&format!("{TSUNAMI}#japan-donation-half-billion"))
        .unwrap();
    assert_eq!(japan.amounts.len(), 1);
    assert_eq!(japan.amounts[0].currency.as_str(), "USD");
    assert_eq!(
        japan.amounts[0]
            .pledged
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("500000000")
    );
    assert_eq!(japan.amounts[0].delivered, None);

    // The Government of Japan's press release of 21 January 2005 (as the
    // Embassy of Japan in India republished it): "completed its
    // contribution" of $250 million, "part of the immediate grant
    // assistance of $500 million formerly pledged by Japan". (That reports
    // are not added up, the later total counting, the real chain of the
    // Green Climate Fund checks.)
    let reports = [tsunami, tracking(&[JAPAN_PAID]).remove(0)];
    let report = report_of(&reports);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let japan = report
        .commitment(&format!("{TSUNAMI}#japan-donation-half-billion"))
        .unwrap();
    assert_eq!(japan.status, Some(CommitmentStatus::PartiallyFulfilled));
    assert_eq!(
        japan
            .history
            .last()
            .and_then(|s| s.as_of)
            .map(|d| d.to_string()),
        Some("2005-01-21".to_owned())
    );
    let usd = &japan.amounts[0];
    assert_eq!(
        usd.delivered.as_ref().map(ToString::to_string).as_deref(),
        Some("250000000")
    );
    assert_eq!(
        usd.reported_by.as_ref().map(|a| a.as_str()),
        Some(JAPAN_PAID)
    );
    assert_eq!(usd.percent_kept, Some(50));
    assert!(!usd.delivered_inferred);
    let table = report.to_table();
    assert!(
        table.contains("USD 250000000 of 500000000 (50%)"),
        "{table}"
    );

    // Paid in yen: kept apart, never added to the dollars, and a warning.
    let reports = [
        fixture("wikinews-tsunami-aid-pledges-japan.json"),
        payment_report("paid-yen", "2005-06-01", &[(20_000_000_000, "JPY")]),
    ];
    let report = report_of(&reports);
    let japan = report
        .commitment(&format!("{TSUNAMI}#japan-donation-half-billion"))
        .unwrap();
    let currencies: Vec<&str> = japan.amounts.iter().map(|a| a.currency.as_str()).collect();
    assert_eq!(currencies, ["USD", "JPY"]);
    assert_eq!(japan.amounts[0].delivered, None);
    assert_eq!(japan.amounts[1].pledged, None);
    assert_eq!(japan.amounts[1].percent_kept, None);
    assert_eq!(report.problems.len(), 1);
    assert_eq!(report.problems[0].code, ErrorCode::UnpledgedCurrency);
    assert_eq!(
        report.problems[0].path.as_str(),
        "/updates/0/commitment_status/quantities/0/currency"
    );
    assert_eq!(report.problems[0].severity, Severity::Warning);
}

/// An amount as the test reads it: currency, pledged, delivered, the
/// currency it is the equivalent of, the share kept.
type AmountRow<'r> = (
    &'r str,
    Option<String>,
    Option<String>,
    Option<&'r str>,
    Option<u64>,
);

/// Japan's pledge as if the article had also given it in yen ("a
/// half-billion dollar donation (52 billion yen)": made for the test),
/// and a payment in yen: one pledge in two currencies, never two pledges,
/// and the yen no unpledged currency.
#[test]
fn an_equivalent_is_the_same_money_never_a_second_pledge() {
    let mut tsunami = fixture("wikinews-tsunami-aid-pledges-japan.json");
    let japan = tsunami
        .commitments
        .iter_mut()
        .find(|c| c.id.as_str() == "japan-donation-half-billion")
        .unwrap();
    let quantity = japan.quantities[0]
        .clone()
        .equivalent(structured_news::Equivalent::new(
            52_000_000_000u64,
            "JPY".parse().unwrap(),
        ));
    japan.quantities[0] = quantity;
    let report = report_of(&[
        tsunami,
        payment_report("paid-yen", "2005-06-01", &[(20_000_000_000, "JPY")]),
    ]);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let japan = report
        .commitment(&format!("{TSUNAMI}#japan-donation-half-billion"))
        .unwrap();
    let amounts: Vec<AmountRow> = japan
        .amounts
        .iter()
        .map(|a| {
            (
                a.currency.as_str(),
                a.pledged.as_ref().map(ToString::to_string),
                a.delivered.as_ref().map(ToString::to_string),
                a.equivalent_of.as_ref().map(|c| c.as_str()),
                a.percent_kept,
            )
        })
        .collect();
    assert_eq!(
        amounts,
        [
            ("USD", Some("500000000".to_owned()), None, None, None),
            (
                "JPY",
                Some("52000000000".to_owned()),
                Some("20000000000".to_owned()),
                Some("USD"),
                Some(38)
            ),
        ]
    );

    // An equivalent in the amount's own currency contradicts itself.
    let mut tsunami = fixture("wikinews-tsunami-aid-pledges-japan.json");
    let japan = tsunami
        .commitments
        .iter_mut()
        .find(|c| c.id.as_str() == "japan-donation-half-billion")
        .unwrap();
    let quantity = japan.quantities[0]
        .clone()
        .equivalent(structured_news::Equivalent::new(
            1u64,
            "USD".parse().unwrap(),
        ));
    japan.quantities[0] = quantity;
    let json = serde_json::to_string(&tsunami).unwrap();
    let error = Article::from_json_str(&json).unwrap_err();
    let structured_news::Error::Invalid(errors) = error else {
        panic!("not invalid: {error}");
    };
    let codes: Vec<ErrorCode> = errors.iter().map(|e| e.code()).collect();
    assert_eq!(codes, [ErrorCode::EquivalentConflict]);
}

/// The articles of a real chain of `examples/data/tracking/`, by name.
fn tracking(names: &[&str]) -> Vec<Article> {
    names
        .iter()
        .map(|name| {
            let path = root().join(format!("examples/data/tracking/{name}.json"));
            let json = std::fs::read_to_string(&path).unwrap();
            Article::from_json_str(&json).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        })
        .collect()
}

/// The chain's report, read in the order given and in the reverse order:
/// the two are the same.
fn report_both_ways(articles: &[Article]) -> LedgerReport {
    let forward = report_of(articles);
    let mut reversed = articles.to_vec();
    reversed.reverse();
    assert_eq!(
        serde_json::to_value(&forward).unwrap(),
        serde_json::to_value(report_of(&reversed)).unwrap()
    );
    forward
}

/// A commitment's history as (status, as_of, reported_on, article).
fn commitment_steps(
    c: &structured_news::TrackedCommitment,
) -> Vec<(&str, Option<String>, Option<String>, &str)> {
    c.history
        .iter()
        .map(|s| {
            (
                s.status.as_str(),
                s.as_of.map(|d| d.to_string()),
                s.reported_on.map(|d| d.to_string()),
                s.article.as_str(),
            )
        })
        .collect()
}

/// The real chains of `examples/data/tracking/` beside the 4 December
/// follow-ups, each by a short name.
fn real_chains() -> [(&'static str, &'static [&'static str]); 4] {
    [
        ("gcf_2014", &[GCF_PLEDGE, GCF_PAID, GCF_STOPPED]),
        ("gcf_2023", &[COP28_PLEDGE, COP28_RESCINDED]),
        ("ashgabat_forum", &[ASHGABAT_PLAN, ASHGABAT_HELD]),
        (
            "lavrov_zarif",
            &[ZARIF_PLAN, ZARIF_OFF, ZARIF_NEW, ZARIF_HELD],
        ),
    ]
}

const GCF_PLEDGE: &str = "climateaction-2014-11-17-us-pledges-3bn-to-gcf";
const GCF_PAID: &str = "upi-2017-01-18-another-500m-to-gcf";
const GCF_STOPPED: &str = "nyt-2017-06-05-what-the-us-pays-to-gcf";

/// The United States' pledge to the Green Climate Fund, in three real
/// reports: Climate Action of 17 November 2014 ("President Barack Obama
/// announced on Saturday that the United States will contribute US$3
/// billion"), UPI of 18 January 2017 ("The State Department gave $500
/// million ... announced the contribution Tuesday, which is in addition to
/// the $500 million the United States gave to the fund last year") and the
/// New York Times of 5 June 2017 ("President Trump also said the United
/// States would stop contributing ... the United States will have
/// contributed $1 billion").
#[test]
fn a_real_pledge_partly_paid_and_then_withdrawn() {
    let articles = tracking(&[GCF_PLEDGE, GCF_PAID, GCF_STOPPED]);
    for (i, a) in articles.iter().enumerate() {
        let alone = report_of(std::slice::from_ref(a));
        assert!(
            alone.problems.len() <= usize::from(i > 0),
            "{:?}",
            alone.problems
        );
    }
    let report = report_both_ways(&articles);
    assert_eq!(report.articles, 3);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert!(report.conflicts.is_empty());
    assert_eq!(report.commitments.len(), 1);
    let pledge = report
        .commitment(&format!("{GCF_PLEDGE}#us-contribution-to-gcf"))
        .unwrap();
    assert_eq!(pledge.bound_parties, ["wikidata:Q30"]);
    assert_eq!(pledge.modality, Some(structured_news::Modality::Pledge));
    // "on Saturday": 15 November 2014, two days before the article.
    assert_eq!(
        pledge.made.map(|d| d.to_string()).as_deref(),
        Some("2014-11-15")
    );
    let d = |s: &str| Some(s.to_owned());
    assert_eq!(
        commitment_steps(pledge),
        [
            ("stated", d("2014-11-15"), d("2014-11-17"), GCF_PLEDGE),
            // "announced the contribution Tuesday": 17 January 2017.
            (
                "partially_fulfilled",
                d("2017-01-17"),
                d("2017-01-18"),
                GCF_PAID
            ),
            // The Times gives no day for the announcement: undated.
            ("withdrawn", None, d("2017-06-05"), GCF_STOPPED),
        ]
    );
    assert_eq!(pledge.status, Some(CommitmentStatus::Withdrawn));
    assert!(pledge.is_settled());
    assert_eq!(
        pledge.history[2].statement.as_deref(),
        Some("the United States would stop contributing to the Green Climate Fund")
    );
    // No due date in any of the texts: no lateness, never overdue.
    assert_eq!(pledge.due, None);
    assert_eq!(pledge.late_by_days, None);
    assert!(!pledge.is_overdue(NaiveDate::from_ymd_opt(2017, 6, 6).unwrap()));

    // How much was kept: $1 billion of $3 billion, the Times' figure (the
    // two payments of $500 million of UPI add up to the same).
    let amounts: Vec<AmountRow> = pledge
        .amounts
        .iter()
        .map(|a| {
            (
                a.currency.as_str(),
                a.pledged.as_ref().map(ToString::to_string),
                a.delivered.as_ref().map(ToString::to_string),
                a.equivalent_of.as_ref().map(|c| c.as_str()),
                a.percent_kept,
            )
        })
        .collect();
    assert_eq!(
        amounts,
        [("USD", d("3000000000"), d("1000000000"), None, Some(33))]
    );
    assert_eq!(
        pledge.amounts[0].reported_by.as_ref().map(|a| a.as_str()),
        Some(GCF_STOPPED)
    );
    // The Times states its total: not inferred, though UPI's was.
    assert!(!pledge.amounts[0].delivered_inferred);

    // Without the Times, UPI's sum is the amount delivered (its record
    // marks it inferred: the text gives the two payments, not their
    // total), and the pledge stands partly kept.
    let report = report_both_ways(&articles[..2]);
    let pledge = &report.commitments[0];
    assert_eq!(pledge.status, Some(CommitmentStatus::PartiallyFulfilled));
    // Partly kept is an outcome.
    assert!(pledge.is_settled());
    let usd = &pledge.amounts[0];
    assert_eq!(
        usd.delivered.as_ref().map(ToString::to_string),
        d("1000000000")
    );
    assert_eq!(usd.reported_by.as_ref().map(|a| a.as_str()), Some(GCF_PAID));
    // The amount delivered is implied, and the report says so; the pledge
    // itself is stated.
    assert!(usd.delivered_inferred);
    assert!(!usd.inferred);
    let json = serde_json::to_value(usd).unwrap();
    assert_eq!(json["delivered_inferred"], true);
    assert!(report
        .to_table()
        .contains("USD 1000000000 of 3000000000 (33%)"));

    // Which commitments did the United States make in 2014, and were they
    // kept? This one, taken back after a third was paid.
    let filter = CommitmentFilter::new()
        .bound_party("Q30")
        .made_within(PartialDate::from_year(2014).unwrap());
    let report = report_of(&articles);
    let id = format!("{GCF_PLEDGE}#us-contribution-to-gcf");
    let made: Vec<(&str, Option<CommitmentStatus>)> = report
        .commitments_matching(&filter)
        .map(|c| (c.id.as_str(), c.status.clone()))
        .collect();
    assert_eq!(made, [(id.as_str(), Some(CommitmentStatus::Withdrawn))]);
}

const POMPEO_PLAN: &str = "inn-2020-05-06-pompeo-to-visit-israel";

/// The problems of `doc` with their codes and paths.
fn problems_of(doc: &serde_json::Value) -> Vec<(ErrorCode, String)> {
    let article: Article = Article::from_json_str(&doc.to_string()).unwrap();
    match structured_news::Validate::validate(&article) {
        Ok(()) => Vec::new(),
        Err(errors) => errors
            .iter()
            .map(|e| (e.code(), e.path().to_string()))
            .collect(),
    }
}

/// A third party's word of a plan binds no one. Israel National News of
/// 6 May 2020: "Secretary of State Mike Pompeo is planning to travel to
/// Israel next week for a 24 hour visit, Israeli officials told Channel
/// 13's Barak Ravid." The officials report the Secretary's plan, they do
/// not make it: no `unrepresented_party`, and the ledger shows both
/// statements as reports of the commitment. Where someone binds a party
/// they do not speak for (a promise, or words about another party), the
/// warning stays.
#[test]
fn a_third_partys_report_of_a_plan_binds_no_one() {
    let path = root().join(format!("examples/data/tracking/{POMPEO_PLAN}.json"));
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(problems_of(&doc), []);

    let report = report_of(&tracking(&[POMPEO_PLAN]));
    let visit = &report.commitments[0];
    let statements: Vec<(&str, &str, StatementRole, Option<String>)> = visit
        .statements
        .iter()
        .map(|s| {
            (
                s.id.as_str(),
                s.speaker.as_str(),
                s.role,
                s.date.map(|d| d.to_string()),
            )
        })
        .collect();
    let id = |s: &str| format!("{POMPEO_PLAN}#{s}");
    let (told, said) = (
        id("officials-told-channel-13"),
        id("officials-in-the-report"),
    );
    assert_eq!(
        statements,
        [
            (
                told.as_str(),
                "Israeli officials",
                StatementRole::Reports,
                None
            ),
            (
                said.as_str(),
                "Israeli officials",
                StatementRole::Reports,
                None
            ),
        ]
    );
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["commitments"][0]["statements"][0]["role"], "reports");
    assert!(report.to_table().contains("reported 2"));

    // The officials promising the Secretary's visit would bind a party
    // they do not speak for.
    let warning = || {
        vec![(
            ErrorCode::UnrepresentedParty,
            "/commitments/0/bound_parties".to_owned(),
        )]
    };
    let mut promised = doc.clone();
    promised["statements"][0]["speech_act"] = "promised".into();
    promised["statements"][1]["speech_act"] = "vowed".into();
    assert_eq!(problems_of(&promised), warning());
    // Words not about the Secretary (nor about the commitment) are no
    // report of his plan: the commitment binds the wrong party.
    let mut unrelated = doc.clone();
    for s in unrelated["statements"].as_array_mut().unwrap() {
        s.as_object_mut().unwrap().remove("about");
    }
    assert_eq!(problems_of(&unrelated), warning());
    // About the commitment itself, they report it.
    let mut about_it = unrelated.clone();
    about_it["statements"][0]["about"] = serde_json::json!(["pompeo-visit"]);
    about_it["statements"][1]["about"] = serde_json::json!(["pompeo-visit"]);
    assert_eq!(problems_of(&about_it), []);

    // A bound party's own word makes the commitment: Ushakov, the
    // Kremlin's aide, agreed Putin's visit.
    let report = report_of(&tracking(&[ASHGABAT_PLAN]));
    let roles: Vec<StatementRole> = report.commitments[0]
        .statements
        .iter()
        .map(|s| s.role)
        .collect();
    assert_eq!(roles, [StatementRole::Makes]);
    assert!(report.to_table().contains("made 1"));
}

const ASHGABAT_PLAN: &str = "centralasia-2025-12-03-putin-to-visit-turkmenistan";
const ASHGABAT_HELD: &str = "rbc-2025-12-12-putin-at-ashgabat-forum";

/// The chain in Russian: CentralAsia, citing Interfax, of 3 December
/// 2025 ("Президент России Владимир Путин 12 декабря посетит Туркменистан
/// ... туркменские друзья просили, чтобы наш президент обязательно
/// приехал, и мы дали согласие на эту поездку", Ushakov), and RBC of
/// 12 December 2025 ("заявил президент Владимир Путин в ходе выступления в
/// Ашхабаде на пленарном заседании форума"): a commitment Russia made to
/// Turkmenistan, kept on the day.
#[test]
fn a_real_russian_chain_a_visit_promised_and_made_on_the_day() {
    let report = report_both_ways(&tracking(&[ASHGABAT_PLAN, ASHGABAT_HELD]));
    assert_eq!(report.articles, 2);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert!(report.conflicts.is_empty());

    // Which commitments did Russia make to Turkmenistan in 2025, and were
    // they kept? One, kept on time.
    let filter = CommitmentFilter::new()
        .bound_party("Q159")
        .counterparty("TM")
        .made_within(PartialDate::from_year(2025).unwrap());
    let made: Vec<&structured_news::TrackedCommitment> =
        report.commitments_matching(&filter).collect();
    assert_eq!(made.len(), 1);
    let visit = made[0];
    assert_eq!(
        visit.id,
        format!("{ASHGABAT_PLAN}#putin-visit-for-the-forum")
    );
    assert_eq!(
        visit.made.map(|d| d.to_string()).as_deref(),
        Some("2025-12-03")
    );
    assert_eq!(visit.due_text().as_deref(), Some("2025-12-12"));
    let d = |s: &str| Some(s.to_owned());
    assert_eq!(
        commitment_steps(visit),
        [
            // The article does not date the briefing: undated, reported
            // on 3 December.
            ("stated", None, d("2025-12-03"), ASHGABAT_PLAN),
            ("fulfilled", d("2025-12-12"), d("2025-12-12"), ASHGABAT_HELD),
        ]
    );
    assert_eq!(visit.status, Some(CommitmentStatus::Fulfilled));
    assert_eq!(visit.timeliness, Some(structured_news::Timeliness::OnTime));
    assert_eq!(visit.late_by_days, None);
    let day = |d| NaiveDate::from_ymd_opt(2025, 12, d).unwrap();
    for on in [day(12), day(13)] {
        assert!(report.overdue(on).next().is_none());
        assert!(report.overdue_in_hindsight(on).next().is_none());
    }
    // Before the RBC report, the promise was open; on the 13th, overdue.
    let planned = report_of(&tracking(&[ASHGABAT_PLAN]));
    assert_eq!(
        planned.commitments[0].status,
        Some(CommitmentStatus::Stated)
    );
    assert_eq!(planned.overdue(day(12)).count(), 0);
    assert_eq!(planned.overdue(day(13)).count(), 1);

    // The forum: planned for 12 December, held in Ashgabat that day, with
    // Putin there.
    let forum = &report.meetings[0];
    assert_eq!(forum.id, format!("{ASHGABAT_PLAN}#peace-and-trust-forum"));
    let steps: Vec<(&str, Option<String>, Option<String>)> = forum
        .history
        .iter()
        .map(|s| {
            (
                s.status.as_str(),
                s.as_of.map(|d| d.to_string()),
                s.reported_on.map(|d| d.to_string()),
            )
        })
        .collect();
    assert_eq!(
        steps,
        [
            ("scheduled", None, d("2025-12-03")),
            ("held", d("2025-12-12"), d("2025-12-12")),
        ]
    );
    assert_eq!(forum.planned_dates.len(), 1);
    assert!(forum.moves.is_empty());
    assert_eq!(
        forum
            .held_on
            .as_ref()
            .and_then(|w| w.value.as_ref())
            .map(ToString::to_string),
        d("2025-12-12")
    );
    assert_eq!(forum.place.as_deref(), Some("Ашхабад"));
    assert_eq!(forum.participants.len(), 1);
    assert_eq!(forum.participants[0].party, "wikidata:Q7747");
    assert_eq!(
        forum.participants[0].attendance,
        Some(Attendance::Confirmed)
    );
    assert_eq!(forum.participants[0].article.as_str(), ASHGABAT_HELD);
}

const ZARIF_PLAN: &str = "islamtimes-2020-11-20-zarif-to-visit-russia";
const ZARIF_OFF: &str = "mehr-2020-11-21-zarif-trip-postponed";
const ZARIF_NEW: &str = "trend-2021-01-15-lavrov-zarif-talks-on-january-26";
const ZARIF_HELD: &str = "imlebanon-2021-01-26-lavrov-receives-zarif";

/// A visit announced, postponed and later held, in four real reports:
/// Islam Times of 20 November 2020 (Zakharova: "Foreign Minister Sergei
/// Lavrov is scheduled to have a meeting with his Iranian counterpart in
/// Moscow on November 23"), Mehr of 21 November ("Zarif's trip to Russia,
/// Azerbaijan postponed ... it is a must for Zarif to attend the Iranian
/// Cabinet meetings this week"), Trend of 15 January 2021 ("will hold
/// talks in Moscow on January 26") and IMLebanon of 26 January 2021
/// (Lavrov "receiving ... Zarif in Moscow today, Tuesday", in Arabic).
#[test]
fn a_real_visit_announced_postponed_and_held_two_months_later() {
    let articles = tracking(&[ZARIF_PLAN, ZARIF_OFF, ZARIF_NEW, ZARIF_HELD]);
    let report = report_both_ways(&articles);
    assert_eq!(report.articles, 4);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert!(report.conflicts.is_empty());
    assert_eq!(report.meetings.len(), 1);
    let talks = &report.meetings[0];
    assert_eq!(talks.id, format!("{ZARIF_PLAN}#lavrov-zarif-talks"));
    let d = |s: &str| Some(s.to_owned());
    let steps: Vec<(&str, Option<String>, Option<String>, &str)> = talks
        .history
        .iter()
        .map(|s| {
            (
                s.status.as_str(),
                s.as_of.map(|d| d.to_string()),
                s.reported_on.map(|d| d.to_string()),
                s.article.as_str(),
            )
        })
        .collect();
    assert_eq!(
        steps,
        [
            // None of the first three says on what day its status began:
            // each step is undated, reported on its article's day.
            ("scheduled", None, d("2020-11-20"), ZARIF_PLAN),
            ("postponed", None, d("2020-11-21"), ZARIF_OFF),
            ("scheduled", None, d("2021-01-15"), ZARIF_NEW),
            ("held", d("2021-01-26"), d("2021-01-26"), ZARIF_HELD),
        ]
    );
    assert_eq!(
        talks.history[1].reason.as_deref(),
        Some("it is a must for Zarif to attend the Iranian Cabinet meetings this week")
    );
    assert_eq!(talks.first_status, MeetingStatus::Scheduled);
    assert_eq!(talks.status, MeetingStatus::Held);

    // Planned for 23 November, moved to 26 January, held that day.
    let planned: Vec<(String, &str)> = talks
        .planned_dates
        .iter()
        .map(|p| {
            (
                p.date.value.as_ref().unwrap().to_string(),
                p.article.as_str(),
            )
        })
        .collect();
    assert_eq!(
        planned,
        [
            ("2020-11-23".to_owned(), ZARIF_PLAN),
            ("2021-01-26".to_owned(), ZARIF_NEW)
        ]
    );
    let moves: Vec<(String, String, &str)> = talks
        .moves
        .iter()
        .map(|m| {
            (
                m.from.value.as_ref().unwrap().to_string(),
                m.to.value.as_ref().unwrap().to_string(),
                m.article.as_str(),
            )
        })
        .collect();
    assert_eq!(
        moves,
        [("2020-11-23".to_owned(), "2021-01-26".to_owned(), ZARIF_NEW)]
    );
    assert_eq!(
        talks
            .held_on
            .as_ref()
            .and_then(|w| w.value.as_ref())
            .map(ToString::to_string),
        d("2021-01-26")
    );
    assert_eq!(talks.place.as_deref(), Some("Moscow"));
    assert_eq!(talks.participants[0].party, "wikidata:Q80137");
    let table = report.to_table();
    assert!(
        table.contains("2021-01-26 (moved from 2020-11-23)"),
        "{table}"
    );

    // Step by step: after Mehr, the talks stand postponed, still with the
    // one planned date; after Trend, scheduled again for 26 January.
    let report = report_both_ways(&articles[..2]);
    assert_eq!(report.meetings[0].status, MeetingStatus::Postponed);
    assert!(report.meetings[0].moves.is_empty());
    assert_eq!(report.meetings[0].held_on, None);
    let report = report_both_ways(&articles[..3]);
    assert_eq!(report.meetings[0].status, MeetingStatus::Scheduled);
    assert_eq!(
        report.meetings[0].date_text().as_deref(),
        Some("2021-01-26")
    );
    assert_eq!(report.meetings[0].moves.len(), 1);
    assert_eq!(report.planned_meetings().count(), 1);

    // The promise behind it, as Mehr gives Khatibzadeh's tweet of
    // Thursday 19 November ("Zarif is scheduled to visit Moscow and Baku
    // next Monday and Tuesday"; its Moscow half): due by 24 November,
    // postponed, kept on 26 January, 63 days late.
    let report = report_both_ways(&articles);
    let visit = report
        .commitment(&format!("{ZARIF_OFF}#zarif-visit-moscow"))
        .unwrap();
    assert_eq!(visit.due_text().as_deref(), Some("2020-11-23/2020-11-24"));
    assert_eq!(
        visit.made.map(|d| d.to_string()).as_deref(),
        Some("2020-11-19")
    );
    assert_eq!(
        commitment_steps(visit),
        [
            ("stated", d("2020-11-19"), d("2020-11-21"), ZARIF_OFF),
            ("postponed", None, d("2020-11-21"), ZARIF_OFF),
            ("fulfilled", d("2021-01-26"), d("2021-01-26"), ZARIF_HELD),
        ]
    );
    assert_eq!(visit.status, Some(CommitmentStatus::Fulfilled));
    assert_eq!(visit.timeliness, Some(structured_news::Timeliness::Late));
    assert_eq!(visit.late_by_days, Some(63));
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    // On 1 December 2020 it was overdue, as known then and in hindsight;
    // on 27 January 2021, in neither reading.
    assert!(visit.is_overdue(day(2020, 12, 1)));
    assert!(visit.is_overdue_in_hindsight(day(2020, 12, 1)));
    assert!(!visit.is_overdue(day(2021, 1, 27)));
    assert!(!visit.is_overdue_in_hindsight(day(2021, 1, 27)));
    assert!(!visit.is_overdue(day(2020, 11, 24)));
    // Before IMLebanon: postponed, no outcome, overdue.
    let report = report_both_ways(&articles[..3]);
    let visit = &report.commitments[0];
    assert_eq!(visit.status, Some(CommitmentStatus::Postponed));
    assert!(!visit.is_settled());
    assert_eq!(
        report
            .overdue(day(2021, 1, 20))
            .map(|c| c.id.as_str())
            .collect::<Vec<_>>(),
        [format!("{ZARIF_OFF}#zarif-visit-moscow")]
    );
}

const COP28_PLEDGE: &str = "myanmaritv-2023-12-02-us-pledges-3bn-at-cop28";
const COP28_RESCINDED: &str = "politico-2025-02-us-rescinds-gcf-pledges";

/// A pledge withdrawn: Myanmar International Television of 2 December
/// 2023 ("The United States will contribute 3 billion USD to a global
/// climate fund, U.S. Vice President Kamala Harris said on Saturday"), and
/// POLITICO of February 2025 (the fund: "the United States of America has
/// notified the United Nations of its decision to rescind outstanding
/// pledges to the Green Climate Fund"; "In 2023, the Biden administration
/// committed $3 billion to the fund"). With the 2014 chain, the two
/// pledges of the United States to the fund and what became of each.
#[test]
fn a_real_pledge_withdrawn_reported_to_the_month() {
    let report = report_both_ways(&tracking(&[COP28_PLEDGE, COP28_RESCINDED]));
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert!(report.conflicts.is_empty());
    let pledge = report
        .commitment(&format!("{COP28_PLEDGE}#us-new-contribution-to-gcf"))
        .unwrap();
    let d = |s: &str| Some(s.to_owned());
    assert_eq!(
        commitment_steps(pledge),
        [
            ("stated", d("2023-12-02"), d("2023-12-02"), COP28_PLEDGE),
            // POLITICO's copy is dated to the month, and gives no day for
            // the notice: reported in February 2025, never on its first.
            ("withdrawn", None, d("2025-02"), COP28_RESCINDED),
        ]
    );
    assert_eq!(pledge.status, Some(CommitmentStatus::Withdrawn));
    assert!(pledge.is_settled());
    // Nothing reported paid of it.
    assert_eq!(pledge.amounts.len(), 1);
    assert_eq!(
        pledge.amounts[0].pledged.as_ref().map(ToString::to_string),
        d("3000000000")
    );
    assert_eq!(pledge.amounts[0].delivered, None);
    assert_eq!(pledge.amounts[0].percent_kept, None);

    // Both chains: which commitments did the United States make to the
    // Green Climate Fund, and were they kept?
    let all = tracking(&[
        GCF_PLEDGE,
        GCF_PAID,
        GCF_STOPPED,
        COP28_PLEDGE,
        COP28_RESCINDED,
    ]);
    let report = report_both_ways(&all);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let filter = CommitmentFilter::new().bound_party("US");
    let answers: Vec<(String, Option<CommitmentStatus>, Option<String>)> = report
        .commitments_matching(&filter)
        .map(|c| {
            (
                c.made.map(|d| d.to_string()).unwrap_or_default(),
                c.status.clone(),
                c.amounts
                    .first()
                    .and_then(|a| a.delivered.as_ref())
                    .map(ToString::to_string),
            )
        })
        .collect();
    assert_eq!(
        answers,
        [
            (
                "2014-11-15".to_owned(),
                Some(CommitmentStatus::Withdrawn),
                d("1000000000")
            ),
            (
                "2023-12-02".to_owned(),
                Some(CommitmentStatus::Withdrawn),
                None
            ),
        ]
    );
    let in_2023 = filter.made_within(PartialDate::from_year(2023).unwrap());
    assert_eq!(report.commitments_matching(&in_2023).count(), 1);
}

/// A `same_as` URI may read as another kind of key (`country:RU` is a
/// URI): two parties the ledger keeps apart then share a key. Both are
/// listed, in one order, and the JSON written while it is made is still
/// the report's.
#[test]
fn two_parties_under_one_key_are_both_listed() {
    let article = |id: &str, party: serde_json::Value, kind: &str| {
        let json = serde_json::json!({
            "format_version": "2.0", "id": id, "language": "en", "published": "2023-12-04",
            "body": "Both will cooperate.",
            "entities": {kind: [party]},
            "commitments": [{"id": "c", "kind": "cooperate", "action": "cooperate",
                "bound_parties": ["p"], "status_history": [{"status": "stated"}]}]
        });
        Article::from_json_str(&json.to_string()).unwrap()
    };
    let country = article(
        "a1",
        serde_json::json!({"id": "p", "name": "Russia", "kind": "country", "country": "RU"}),
        "places",
    );
    let odd = article(
        "a2",
        serde_json::json!({"id": "p", "name": "Odd", "kind": "other",
            "identifiers": {"same_as": ["country:RU"]}}),
        "organizations",
    );
    for articles in [[country.clone(), odd.clone()], [odd, country]] {
        let ledger = ledger_of(&articles);
        let report = ledger.report();
        let names: Vec<(&str, &str)> = report
            .parties
            .iter()
            .map(|p| (p.key.as_str(), p.name.as_str()))
            .collect();
        assert_eq!(names, [("country:RU", "Russia"), ("country:RU", "Odd")]);
        assert_eq!(
            serde_json::to_string(&ledger.report_json()).unwrap(),
            serde_json::to_string(&report).unwrap()
        );
    }
}

/// Recall of `update_before_made` on the real chains: every update of a
/// chain that observes a commitment's status is moved to a year before the
/// commitment was made (the first day the chain's own report gives for
/// it), one at a time; the mutant's report must name that update with
/// `update_before_made`. Run with `--nocapture` for flagged / mutants.
#[test]
fn an_update_moved_before_its_commitment_was_made_is_reported() {
    let tsunami = root().join("tests/fixtures/valid/wikinews-tsunami-aid-pledges-japan.json");
    let december = root().join("tests/fixtures/valid/december_2023_meeting.json");
    let path_of = |name: &str| root().join(format!("examples/data/tracking/{name}.json"));
    let mut chains: Vec<Vec<PathBuf>> = real_chains()
        .iter()
        .map(|(_, names)| names.iter().map(|n| path_of(n)).collect())
        .collect();
    chains.push(vec![tsunami, path_of(JAPAN_PAID)]);
    chains.push(
        std::iter::once(december)
            .chain(
                [
                    "nca-2023-12-12-group-of-friends-of-neutrality",
                    "ashgabat-in-2023-12-08-business-forum",
                    "trend-2023-12-21-commission-in-ashgabat",
                ]
                .iter()
                .map(|n| path_of(n)),
            )
            .collect(),
    );
    let (mut mutants, mut flagged) = (0, 0);
    let mut misses = Vec::new();
    for chain in &chains {
        let docs: Vec<serde_json::Value> = chain
            .iter()
            .map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap())
            .collect();
        let articles = |docs: &[serde_json::Value]| -> Vec<Article> {
            docs.iter()
                .map(|d| Article::from_json_str(&d.to_string()).unwrap())
                .collect()
        };
        let report = report_of(&articles(&docs));
        assert!(report.problems.is_empty(), "{:?}", report.problems);
        for (a, doc) in docs.iter().enumerate() {
            let updates = doc["updates"].as_array().cloned().unwrap_or_default();
            for (k, u) in updates.iter().enumerate() {
                if u.get("commitment_status").is_none() {
                    continue;
                }
                let target = format!(
                    "{}#{}",
                    u["target"]["article"].as_str().unwrap(),
                    u["target"]["id"].as_str().unwrap()
                );
                let Some(made) = report.commitment(&target).and_then(|c| c.made) else {
                    continue;
                };
                let before = made.first_day() - chrono::Days::new(365);
                let mut docs = docs.clone();
                docs[a]["updates"][k]["commitment_status"]["as_of"] =
                    serde_json::json!(before.to_string());
                mutants += 1;
                let path = format!("/updates/{k}/commitment_status/as_of");
                let found = report_of(&articles(&docs)).problems.iter().any(|p| {
                    p.code == ErrorCode::UpdateBeforeMade
                        && p.path.as_str() == path
                        && p.article.as_ref().map(|x| x.as_str()) == doc["id"].as_str()
                });
                if found {
                    flagged += 1;
                } else {
                    misses.push(format!("{}{path}", doc["id"]));
                }
            }
        }
    }
    eprintln!(
        "an update moved a year before its commitment was made: {flagged} / {mutants} flagged; missed: {misses:?}"
    );
    assert!(mutants >= 5, "{mutants} mutants");
    assert!(flagged as f64 >= 0.9 * mutants as f64, "{misses:?}");
}

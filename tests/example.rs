//! The 4 December 2023 example: it still produces the checked-in fixture,
//! and the fixture round-trips.

mod common;

use std::process::Command;

use structured_news::{Article, MeetingStatus, StatementMode, Validate};

#[test]
fn the_example_prints_the_fixture_and_nothing_else() {
    let output = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "december_2023_meeting"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "the example failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(
        stdout,
        common::example_json(),
        "the example's output differs from tests/fixtures/valid/december_2023_meeting.json; \
         if the change is intended, regenerate it with \
         `cargo run --example december_2023_meeting > tests/fixtures/valid/december_2023_meeting.json`"
    );
}

#[test]
fn the_fixture_round_trips_byte_for_byte() {
    let json = common::example_json();
    let article = Article::from_json_str(&json).unwrap();
    let written = serde_json::to_string_pretty(&article).unwrap() + "\n";
    assert_eq!(written, json);
    assert_eq!(Article::from_json_str(&written).unwrap(), article);
}

#[test]
fn the_fixture_says_what_the_article_says() {
    let article = Article::from_json_str(&common::example_json()).unwrap();
    article.validate().unwrap();
    let ids = |items: Vec<&structured_news::Id>| {
        items
            .into_iter()
            .map(|i| i.as_str().to_owned())
            .collect::<Vec<_>>()
    };

    let people = ids(article.entities.people.iter().map(|p| &p.id).collect());
    assert_eq!(people, ["sergei-lavrov", "rashid-meredov"]);
    let meredov = &article.entities.people[1];
    let titles: Vec<&str> = meredov.roles.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Deputy Chairman of the Cabinet of Ministers",
            "Minister of Foreign Affairs"
        ]
    );

    let talks = article
        .meetings
        .iter()
        .find(|m| m.id.as_str() == "lavrov-meredov-talks")
        .unwrap();
    assert_eq!(talks.status, MeetingStatus::Held);
    assert_eq!(
        talks.part_of.as_ref().unwrap().meeting.as_str(),
        "caspian-foreign-ministers-meeting"
    );
    let gfn = article
        .meetings
        .iter()
        .find(|m| m.id.as_str() == "friends-of-neutrality-meeting")
        .unwrap();
    // "scheduled for 11 December": the year is inferred from the publication.
    let gfn_date = gfn.date.as_ref().unwrap();
    assert_eq!(gfn_date.value.unwrap().to_string(), "2023-12-11");
    assert_eq!(gfn_date.text.as_deref(), Some("11 December"));
    assert!(gfn_date.inferred);
    // The Caspian meeting's date is not in the text: it is inferred from
    // the talks held on its sidelines.
    let caspian = article
        .meetings
        .iter()
        .find(|m| m.id.as_str() == "caspian-foreign-ministers-meeting")
        .unwrap();
    assert!(caspian.date.as_ref().unwrap().inferred);
    assert_eq!(gfn.place.as_ref().unwrap().as_str(), "ashgabat");
    let forum = article
        .meetings
        .iter()
        .find(|m| m.id.as_str() == "business-forum")
        .unwrap();
    assert_eq!(
        forum.coincides_with.as_ref().unwrap().as_str(),
        "commission-next-meeting"
    );

    let quotes: Vec<(&str, usize)> = article
        .statements
        .iter()
        .filter(|s| s.mode == StatementMode::DirectQuote)
        .map(|s| (s.speaker.as_str(), s.text.len()))
        .collect();
    assert_eq!(
        quotes
            .iter()
            .filter(|(who, _)| *who == "sergei-lavrov")
            .count(),
        1
    );
    assert_eq!(
        quotes
            .iter()
            .filter(|(who, _)| *who == "rashid-meredov")
            .count(),
        2
    );
    for statement in &article.statements {
        assert!(
            !statement.evidence.is_empty(),
            "{} has no evidence",
            statement.id
        );
        assert!(statement.evidence.iter().all(|e| e.position.is_some()));
    }
    let both_sides = article
        .commitments
        .iter()
        .find(|c| c.id.as_str() == "strategic-partnership")
        .unwrap();
    assert_eq!(
        ids(both_sides.bound_parties.iter().collect()),
        ["russia", "turkmenistan"]
    );
    let attend = article
        .commitments
        .iter()
        .find(|c| c.id.as_str() == "friends-of-neutrality-participation")
        .unwrap();
    assert_eq!(
        attend.due.as_ref().unwrap().value.unwrap().to_string(),
        "2023-12-11"
    );
    // The commitment was made at the talks and concerns the meeting.
    assert_eq!(attend.made_at.as_ref(), Some(&talks.id));
    assert_eq!(attend.concerns.as_ref(), Some(&gfn.id));

    // "Both sides reiterated": one statement by both ministers, which made
    // the commitment to the strategic partnership.
    let joint = &article.statements[0];
    assert_eq!(
        (
            joint.speaker.as_str(),
            ids(joint.co_speakers.iter().collect())
        ),
        ("sergei-lavrov", vec!["rashid-meredov".to_owned()])
    );
    assert_eq!(both_sides.statements, std::slice::from_ref(&joint.id));

    // Seven paraphrases besides the joint one, each with its reporting verb.
    let verbs: Vec<&str> = article
        .statements
        .iter()
        .filter(|s| s.mode == StatementMode::Paraphrase)
        .map(|s| s.reporting_verb.as_deref().unwrap())
        .collect();
    assert_eq!(
        verbs,
        [
            "reiterated",
            "underscoring",
            "announced",
            "emphasized",
            "highlighted",
            "noted",
            "confirmed"
        ]
    );

    // The three flagship projects are commitments to build, about their
    // institutions, made by the statement that highlighted them.
    let builds: Vec<(&str, &str)> = article
        .commitments
        .iter()
        .filter(|c| c.kind == structured_news::CommitmentKind::Build)
        .map(|c| (c.about[0].as_str(), c.statements[0].as_str()))
        .collect();
    assert_eq!(
        builds,
        [
            ("russian-turkmen-university", "lavrov-flagship-projects"),
            ("state-russian-drama-theater", "lavrov-flagship-projects"),
            ("pushkin-turkmen-russian-school", "lavrov-flagship-projects"),
        ]
    );
    assert_eq!(article.commitments.len(), 9);
    assert!(article.commitments.iter().all(|c| !c.evidence.is_empty()
        && c.status_history.len() == 1
        && c.status_history[0].as_of.is_some()));
}

/// The statement of the example with an unknown speech act and a speaker
/// that does not exist: the commonest slips of a language model.
fn two_slips() -> serde_json::Value {
    let mut v = common::example_value();
    *common::at(&mut v, "/statements/1/speaker") = serde_json::json!("nowhere");
    *common::at(&mut v, "/statements/1/speech_act") = serde_json::json!("mused");
    v
}

#[test]
fn an_unknown_speech_act_does_not_hide_a_dangling_speaker() {
    let expected = [
        (
            structured_news::ErrorCode::UnknownReference,
            "/statements/1/speaker",
        ),
        (
            structured_news::ErrorCode::UnknownVariant,
            "/statements/1/speech_act",
        ),
    ];
    let err = Article::from_json_str(&two_slips().to_string()).unwrap_err();
    let problems = err.validation_errors().expect("validation problems");
    let got: Vec<_> = problems
        .iter()
        .map(|p| (p.code(), p.path().as_str()))
        .collect();
    assert_eq!(got, expected);

    // The validate example prints both, one line each, and exits with 1.
    let dir =
        std::env::temp_dir().join(format!("structured-news-two-slips-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("two-slips.json");
    std::fs::write(&file, serde_json::to_string_pretty(&two_slips()).unwrap()).unwrap();
    let output = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "validate", "--"])
        .arg(&file)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    for (line, (code, path)) in lines.iter().zip(expected) {
        let rest = line
            .strip_prefix(&format!("{}:", file.display()))
            .unwrap_or_else(|| panic!("{line}"));
        let (line_number, problem) = rest.split_once(": ").unwrap();
        assert!(line_number.parse::<u64>().unwrap() > 1, "{line}");
        assert!(problem.starts_with(&format!("{path}: {code}: ")), "{line}");
    }
}

/// Runs the validate example with `args`; its exit code and stdout.
fn run_validate(args: &[&str]) -> (Option<i32>, String) {
    let output = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "validate", "--"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

#[test]
fn the_validate_example_sets_lint_levels() {
    // A meeting still scheduled for a day before publication: a warning.
    let file = "tests/fixtures/invalid/planned_in_past.json";
    let (code, stdout) = run_validate(&[file]);
    assert_eq!(code, Some(0), "{stdout}");
    let line = stdout.trim_end();
    assert!(
        line.starts_with(&format!("{file}:"))
            && line.contains(": /meetings/2/date/value: planned_in_past: warning: "),
        "{stdout}"
    );
    let (code, stdout) = run_validate(&["--deny-warnings", file]);
    assert_eq!(code, Some(1), "{stdout}");
    assert!(stdout.contains("planned_in_past: a"), "{stdout}");
    let (code, stdout) = run_validate(&["--deny", "planned_in_past", file]);
    assert_eq!(code, Some(1), "{stdout}");
    let (code, stdout) = run_validate(&["--deny-warnings", "--allow", "planned_in_past", file]);
    assert_eq!((code, stdout.as_str()), (Some(0), ""));
    // An error made a warning no longer fails the document.
    let file = "tests/fixtures/invalid/too_many_sides.json";
    let (code, stdout) = run_validate(&["--warn", "too_many_sides", file]);
    assert_eq!(code, Some(0), "{stdout}");
    assert!(stdout.contains("too_many_sides: warning: "), "{stdout}");
    // Read-stage codes have no level, and unknown codes are refused.
    assert_eq!(run_validate(&["--allow", "syntax", file]).0, Some(2));
    assert_eq!(run_validate(&["--allow", "no_such_rule", file]).0, Some(2));
}

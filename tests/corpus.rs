//! The bad-input corpus: every document in `tests/fixtures/invalid/` must
//! be refused with the code and path its entry in `manifest.json` names,
//! a validation-stage document with exactly one problem, and none may make
//! the library panic. Two inputs too big to commit (nesting 100 000 levels
//! deep and a 50 MB string) are generated here.

mod common;

use std::collections::BTreeSet;
use std::panic::catch_unwind;
use std::path::PathBuf;

use serde_json::Value;
use structured_news::{Article, Error, ErrorCode, Lints, Severity, Stage, Validate};

/// The directory of the corpus.
fn corpus_dir() -> PathBuf {
    common::fixtures().join("invalid")
}

/// Files in the corpus directory that are not documents.
const NOT_DOCUMENTS: [&str; 2] = ["manifest.json", "README.md"];

/// The largest document the corpus may hold, in bytes.
const MAX_DOCUMENT_SIZE: u64 = 4096;

/// One entry of the manifest.
#[derive(Debug)]
struct Entry {
    file: String,
    code: ErrorCode,
    path: String,
    severity: Severity,
}

/// Reads `manifest.json`, checking the shape of every entry.
fn manifest() -> Vec<Entry> {
    let text = std::fs::read_to_string(corpus_dir().join("manifest.json")).unwrap();
    let entries: Vec<Value> = serde_json::from_str(&text).unwrap();
    entries
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            let object = entry
                .as_object()
                .unwrap_or_else(|| panic!("manifest entry {i} is not an object: {entry}"));
            let keys: Vec<&str> = object.keys().map(String::as_str).collect();
            assert_eq!(
                keys.iter().copied().collect::<BTreeSet<_>>(),
                BTreeSet::from(["code", "file", "note", "path", "severity"]),
                "manifest entry {i}: {entry}"
            );
            let field = |key: &str| {
                object[key]
                    .as_str()
                    .unwrap_or_else(|| panic!("manifest entry {i}: `{key}` is not a string"))
                    .to_owned()
            };
            let code = field("code");
            let note = field("note");
            let severity = match field("severity").as_str() {
                "error" => Severity::Error,
                "warning" => Severity::Warning,
                other => panic!("manifest entry {i}: no severity {other:?}"),
            };
            assert!(!note.trim().is_empty(), "manifest entry {i} has no note");
            Entry {
                file: field("file"),
                code: code
                    .parse()
                    .unwrap_or_else(|_| panic!("manifest entry {i}: no error code {code:?}")),
                path: field("path"),
                severity,
            }
        })
        .collect()
}

/// What reading a document gave.
#[derive(Debug)]
enum Outcome {
    /// A read-stage error: its code, path and text.
    Json(ErrorCode, String, String),
    /// Validation problems (errors, or warnings of an accepted article):
    /// the code, path and severity of each, and their text.
    Invalid(Vec<(ErrorCode, String, Severity)>, String),
    /// Another error (I/O, size limit).
    Other(String),
    /// The document was accepted.
    Valid,
    /// The library panicked, with this message.
    Panicked(String),
}

/// Reads `bytes` as an article, catching a panic.
fn read(bytes: &[u8]) -> Outcome {
    let listed = |problems: &[structured_news::ValidationError]| {
        problems
            .iter()
            .map(|p| (p.code(), p.path().as_str().to_owned(), p.severity()))
            .collect()
    };
    match catch_unwind(|| Article::from_json_slice_with(bytes, &Lints::new())) {
        Ok(Err(Error::Json(e))) => {
            Outcome::Json(e.code(), e.path().as_str().to_owned(), e.to_string())
        }
        Ok(Err(Error::Invalid(problems))) => {
            Outcome::Invalid(listed(problems.as_slice()), problems.to_string())
        }
        Ok(Err(other)) => Outcome::Other(other.to_string()),
        Ok(Ok((_, warnings))) if !warnings.is_empty() => {
            let text = warnings.iter().map(ToString::to_string).collect();
            Outcome::Invalid(listed(&warnings), text)
        }
        Ok(Ok((article, _))) => {
            // Accepted with no warning: validate() must agree.
            assert!(article.validate().is_ok(), "lint and validate disagree");
            Outcome::Valid
        }
        Err(payload) => Outcome::Panicked(
            payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "a panic without a message".to_owned()),
        ),
    }
}

/// Checks that reading `bytes` gives `code` at `path`: the first read-stage
/// error, or the only validation problem. Returns the error's text, or says
/// what went wrong.
fn check(bytes: &[u8], code: ErrorCode, path: &str, severity: Severity) -> Result<String, String> {
    let expected = (code, path.to_owned(), severity);
    match (code.stage(), read(bytes)) {
        (_, Outcome::Panicked(message)) => Err(format!("the library panicked: {message}")),
        (_, Outcome::Other(message)) => Err(format!("got another error: {message}")),
        (Stage::Read, Outcome::Json(got_code, got_path, text)) => {
            if (got_code, got_path.clone(), Severity::Error) == expected {
                Ok(text)
            } else {
                Err(format!("got {got_code} at {got_path:?}"))
            }
        }
        (Stage::Validate, Outcome::Invalid(problems, text)) => {
            if problems == [expected] {
                Ok(text)
            } else {
                Err(format!("got the problems {problems:?}"))
            }
        }
        (_, outcome) => {
            let shown: String = format!("{outcome:?}").chars().take(1000).collect();
            Err(format!("got {shown}"))
        }
    }
}

#[test]
fn every_document_is_refused_with_its_code_and_path() {
    let entries = manifest();
    let mut failures = Vec::new();
    let (mut read_stage, mut validate_stage) = (0, 0);
    for entry in &entries {
        if entry.code.stage() == Stage::Read {
            read_stage += 1;
        } else {
            validate_stage += 1;
        }
        let bytes = match std::fs::read(corpus_dir().join(&entry.file)) {
            Ok(bytes) => bytes,
            Err(e) => {
                failures.push(format!("{}: {e}", entry.file));
                continue;
            }
        };
        if entry.severity != entry.code.default_severity() {
            failures.push(format!(
                "{}: {} is not a {:?} but a {:?}",
                entry.file,
                entry.code,
                entry.severity,
                entry.code.default_severity()
            ));
        }
        if let Err(why) = check(&bytes, entry.code, &entry.path, entry.severity) {
            failures.push(format!(
                "{}: expected {} ({:?}) at {:?}, {why}",
                entry.file, entry.code, entry.severity, entry.path
            ));
        }
    }
    eprintln!(
        "invalid corpus: {} documents, {read_stage} read-stage, {validate_stage} validate-stage",
        entries.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {} documents:\n{}",
        failures.len(),
        entries.len(),
        failures.join("\n")
    );
}

#[test]
fn the_manifest_lists_every_document_and_only_documents() {
    let entries = manifest();
    let mut listed = BTreeSet::new();
    for entry in &entries {
        assert!(
            listed.insert(entry.file.as_str()),
            "{} is listed twice",
            entry.file
        );
        assert!(
            !NOT_DOCUMENTS.contains(&entry.file.as_str()),
            "{} is not a document",
            entry.file
        );
        let metadata = std::fs::metadata(corpus_dir().join(&entry.file))
            .unwrap_or_else(|e| panic!("{} is listed but cannot be read: {e}", entry.file));
        assert!(
            metadata.len() < MAX_DOCUMENT_SIZE,
            "{} has {} bytes; keep documents under {MAX_DOCUMENT_SIZE}",
            entry.file,
            metadata.len()
        );
    }
    let mut on_disk = BTreeSet::new();
    for dir_entry in std::fs::read_dir(corpus_dir()).unwrap() {
        let name = dir_entry.unwrap().file_name().into_string().unwrap();
        if !NOT_DOCUMENTS.contains(&name.as_str()) {
            on_disk.insert(name);
        }
    }
    let unlisted: Vec<&String> = on_disk
        .iter()
        .filter(|name| !listed.contains(name.as_str()))
        .collect();
    assert!(unlisted.is_empty(), "not in the manifest: {unlisted:?}");
    assert!(
        entries.len() >= 60,
        "the corpus has only {} documents",
        entries.len()
    );
}

#[test]
fn every_code_is_in_the_corpus() {
    let listed: BTreeSet<ErrorCode> = manifest().iter().map(|entry| entry.code).collect();
    // `io` needs a failing reader and `too_large` a size limit: a file
    // cannot show either. Ledger codes need several articles: they are in
    // the ledger corpus (`tests/ledger.rs`).
    let missing: Vec<&str> = ErrorCode::ALL
        .iter()
        .filter(|code| !matches!(code, ErrorCode::Io | ErrorCode::TooLarge))
        .filter(|code| code.stage() != Stage::Ledger)
        .filter(|code| !listed.contains(code))
        .map(|code| code.as_str())
        .collect();
    assert!(missing.is_empty(), "no document for {missing:?}");
}

#[test]
fn nesting_100_000_levels_deep() {
    const DEPTH: usize = 100_000;
    // Closed arrays where a meeting's topics (strings) belong.
    let arrays = format!(
        r#"{{"format_version": "2.0", "id": "deep", "language": "en", "body": "Talks were held.",
            "meetings": [{{"id": "m", "kind": "bilateral", "status": "held", "topics": [{}{}]}}]}}"#,
        "[".repeat(DEPTH),
        "]".repeat(DEPTH)
    );
    // Closed objects under a field the format does not define.
    let objects = format!(
        r#"{{"format_version": "2.0", "id": "deep", "language": "en", "body": "x", "x": {}1{}}}"#,
        r#"{"x": "#.repeat(DEPTH),
        "}".repeat(DEPTH)
    );
    // Left open: the input ends 100 000 levels down.
    let open = format!(
        r#"{{"format_version": "2.0", "id": "deep", "language": "en", "body": {}"#,
        "[".repeat(DEPTH)
    );
    let cases = [
        (
            "arrays",
            arrays,
            ErrorCode::WrongType,
            "/meetings/0/topics/0",
        ),
        ("objects", objects, ErrorCode::UnknownField, "/x"),
        ("open", open, ErrorCode::WrongType, "/body"),
    ];
    for (name, json, code, path) in cases {
        if let Err(why) = check(json.as_bytes(), code, path, Severity::Error) {
            panic!("nesting ({name}): expected {code} at {path:?}, {why}");
        }
    }
}

#[test]
fn a_50_mb_string() {
    const SIZE: usize = 50 << 20;
    let sentence = "The ministers discussed bilateral relations. ";
    let body = sentence.repeat(SIZE / sentence.len() + 1);
    // A 50 MB body, searched for evidence that is not in it.
    let huge_body = serde_json::json!({
        "format_version": "2.0", "id": "huge", "language": "en", "body": body,
        "entities": {"people": [{"id": "lavrov", "name": "Sergei Lavrov"}]},
        "statements": [{
            "id": "s1", "speaker": "lavrov", "mode": "paraphrase", "speech_act": "said",
            "text": "bilateral relations",
            "evidence": [{"quote": {"exact": "The ministers discussed multilateral relations."}}]
        }]
    })
    .to_string();
    drop(body);
    // A 50 MB date: refused, and quoted back cut short.
    let huge_date = format!(
        r#"{{"format_version": "2.0", "id": "huge", "language": "en", "body": "Talks were held.",
            "meetings": [{{"id": "m", "kind": "bilateral", "status": "held", "date": {{"value": "2023-12-04{}"}}}}]}}"#,
        "4".repeat(SIZE)
    );
    let cases = [
        (
            "body",
            huge_body,
            ErrorCode::EvidenceNotFound,
            "/statements/0/evidence/0/quote/exact",
        ),
        (
            "date",
            huge_date,
            ErrorCode::InvalidDate,
            "/meetings/0/date/value",
        ),
    ];
    for (name, json, code, path) in cases {
        assert!(json.len() > SIZE);
        let message = check(json.as_bytes(), code, path, Severity::Error)
            .unwrap_or_else(|why| panic!("50 MB {name}: expected {code} at {path:?}, {why}"));
        assert!(
            message.len() < 1000,
            "50 MB {name}: the message has {} bytes",
            message.len()
        );
    }
}

/// The rules of consistency between fields, each with a near miss in
/// `tests/fixtures/near_misses/`: a document as close to breaking it as a
/// true article comes, which must stay clean.
const CONSISTENCY_RULES: &[ErrorCode] = &[
    ErrorCode::DateWordsDisagree,
    ErrorCode::ObservedBeforeMade,
    ErrorCode::OutsideSetting,
    ErrorCode::OutsideLargerMeeting,
    ErrorCode::DueBeforeOccasion,
    ErrorCode::PlannedInPast,
    ErrorCode::SettingNotHeld,
    ErrorCode::PartOfCancelled,
    ErrorCode::UnsupportedOutcome,
    ErrorCode::NoNewDate,
    ErrorCode::StatusDisagrees,
    ErrorCode::HistoryOutOfOrder,
    ErrorCode::QuoteWithoutMarks,
    ErrorCode::WeakEvidence,
    ErrorCode::AmbiguousEvidence,
    ErrorCode::TooManySides,
    ErrorCode::UnrepresentedParty,
    ErrorCode::PlaceOutsideCountry,
    ErrorCode::ForeignRole,
    ErrorCode::DuplicateItem,
    ErrorCode::HedgedPledge,
    ErrorCode::SpeakerAgainstWords,
    ErrorCode::ActAgainstVerb,
    ErrorCode::StatusAgainstWords,
    ErrorCode::HeldAgainstPlan,
    ErrorCode::CertaintyAgainstWords,
    ErrorCode::OccurredAgainstWords,
    ErrorCode::DueAfterOccasion,
    ErrorCode::FulfilledAgainstPlan,
    ErrorCode::CurrencyAgainstWords,
    ErrorCode::AmountAgainstWords,
    ErrorCode::CountryAgainstTitle,
    ErrorCode::CountryItemMismatch,
    ErrorCode::DuplicateWikidata,
    ErrorCode::PlaceAgainstWords,
    ErrorCode::DeclinedSpeaker,
    ErrorCode::EvidenceCutsWord,
    ErrorCode::MeetingRoleConflict,
    ErrorCode::SameAsOtherSpeaker,
    ErrorCode::DividedTooFew,
    ErrorCode::HolderNotSpeaker,
    ErrorCode::ConflictingPositions,
    ErrorCode::RelationTooFewParties,
];

#[test]
fn near_misses_stay_clean() {
    let dir = common::fixtures().join("near_misses");
    let text = std::fs::read_to_string(dir.join("manifest.json")).unwrap();
    let entries: Vec<Value> = serde_json::from_str(&text).unwrap();
    let mut covered = BTreeSet::new();
    let mut failures = Vec::new();
    for entry in &entries {
        let file = entry["file"].as_str().unwrap();
        let rule: ErrorCode = entry["rule"].as_str().unwrap().parse().unwrap();
        assert!(!entry["note"].as_str().unwrap().trim().is_empty(), "{file}");
        covered.insert(rule);
        let bytes = std::fs::read(dir.join(file)).unwrap();
        match read(&bytes) {
            Outcome::Valid => {}
            other => failures.push(format!("{file} (near {rule}): {other:?}")),
        }
    }
    let missing: Vec<&ErrorCode> = CONSISTENCY_RULES
        .iter()
        .filter(|code| !covered.contains(code))
        .collect();
    assert!(missing.is_empty(), "no near miss for {missing:?}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Words of Rust and serde that a writer of the format does not know, and
/// which no message may use.
const NOT_THE_FORMATS_WORDS: [&str; 16] = [
    "usize",
    "u64",
    "u32",
    "i64",
    "f64",
    "isize",
    "ident",
    "sequence",
    "invalid type",
    "invalid value",
    "EOF",
    "expected value",
    "struct",
    "enum",
    "Option",
    "Vec<",
];

/// Whether `word` is a Rust type's name: upper case, then lower case, then
/// upper case again (`MeetingKind`, `TextQuoteSelector`).
fn is_type_name(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().any(char::is_lowercase)
        && chars
            .skip_while(|c| !c.is_lowercase())
            .any(char::is_uppercase)
}

#[test]
fn no_message_speaks_rust_or_serde() {
    let mut read = 0;
    let mut wrong = Vec::new();
    for entry in manifest() {
        let bytes = std::fs::read(corpus_dir().join(&entry.file)).unwrap();
        let text = match self::read(&bytes) {
            Outcome::Json(_, _, text) | Outcome::Invalid(_, text) | Outcome::Other(text) => text,
            Outcome::Valid | Outcome::Panicked(_) => continue,
        };
        read += 1;
        // The input's own words (quoted values, field names) are not the
        // message's: leave out what stands between quotes or backticks.
        let own: String = text
            .split(['"', '`'])
            .step_by(2)
            .collect::<Vec<_>>()
            .join(" ");
        for term in NOT_THE_FORMATS_WORDS {
            if own
                .split(|c: char| !c.is_alphanumeric() && c != ' ' && c != '<')
                .any(|part| {
                    part == term
                        || part.split(' ').any(|w| w == term)
                        || (term.contains(' ') && part.contains(term))
                })
            {
                wrong.push(format!("{}: {term:?} in {text:?}", entry.file));
            }
        }
        for word in own.split(|c: char| !c.is_alphanumeric()) {
            if is_type_name(word) {
                wrong.push(format!(
                    "{}: the type name {word:?} in {text:?}",
                    entry.file
                ));
            }
        }
    }
    assert!(read > 100, "only {read} messages were read");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_message_check_can_fail() {
    assert!(is_type_name("MeetingKind"));
    assert!(is_type_name("TextQuoteSelector"));
    assert!(!is_type_name("Lavrov"));
    assert!(!is_type_name("UTF"));
    assert!(!is_type_name("speechAct"));
}

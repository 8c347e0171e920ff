//! Input that is not a well-formed, well-typed article: every error says
//! what (its code) and where (its path, line and column), and none panics.

mod common;

use common::{assert_read_error, at, example_value, json_error};
use serde_json::json;
use structured_news::{Article, Error, ErrorCode};

#[test]
fn wrong_json_types() {
    let cases = [
        ("/id", json!(7)),
        ("/language", json!(["en"])),
        ("/published", json!(20231204)),
        ("/body", json!(null)),
        ("/entities", json!([])),
        ("/entities/people", json!({})),
        ("/entities/people/0", json!("sergei-lavrov")),
        ("/entities/people/0/roles/0/title", json!(true)),
        ("/meetings", json!("none")),
        (
            "/meetings/1/participants/0/entity",
            json!({"id": "sergei-lavrov"}),
        ),
        ("/statements/1/evidence/0/position/start", json!("672")),
        ("/statements/1/evidence/0/position/end", json!(731.5)),
        ("/commitments/0/bound_parties", json!("russia")),
        ("/commitments/0/bound_parties/0", json!(null)),
        ("/statements/2/speech_act", json!(1)),
    ];
    for (path, value) in cases {
        let mut v = example_value();
        *at(&mut v, path) = value;
        assert_read_error(&v, ErrorCode::WrongType, path);
    }
}

#[test]
fn a_struct_is_never_read_from_an_array() {
    // serde's derived code would read `["1.0", "a", ...]` as an article.
    let e = json_error(br#"["2.0", "a", null, null, "en", null, null, null, [], [], [], "body"]"#);
    assert_eq!((e.code(), e.path().as_str()), (ErrorCode::WrongType, ""));
    assert!(
        e.message().contains("expected an article (an object)"),
        "{}",
        e.message()
    );
    let mut v = example_value();
    *at(&mut v, "/statements/1/evidence/0/position") = json!([672, 732]);
    assert_read_error(
        &v,
        ErrorCode::WrongType,
        "/statements/1/evidence/0/position",
    );
}

#[test]
fn negative_positions_are_refused() {
    let mut v = example_value();
    *at(&mut v, "/statements/1/evidence/0/position/start") = json!(-1);
    assert_read_error(
        &v,
        ErrorCode::InvalidValue,
        "/statements/1/evidence/0/position/start",
    );
}

#[test]
fn missing_required_fields_name_the_field_at_the_object() {
    let cases = [
        ("", "format_version"),
        ("", "id"),
        ("", "language"),
        ("", "body"),
        ("/entities/organizations/0", "kind"),
        ("/entities/places/0", "kind"),
        ("/meetings/0", "status"),
        ("/meetings/1/part_of", "relation"),
        ("/statements/1", "speaker"),
        ("/statements/1", "mode"),
        ("/statements/1", "speech_act"),
        ("/statements/1/evidence/0", "quote"),
        ("/statements/1/evidence/0/quote", "exact"),
        ("/statements/1/evidence/0/position", "end"),
        ("/commitments/0", "bound_parties"),
        ("/commitments/0", "status_history"),
        ("/commitments/0/status_history/0", "status"),
        ("/sources/0", "source"),
    ];
    for (object, field) in cases {
        let mut v = example_value();
        let target = if object.is_empty() {
            &mut v
        } else {
            at(&mut v, object)
        };
        target.as_object_mut().unwrap().remove(field).unwrap();
        let e = assert_read_error(&v, ErrorCode::MissingField, object);
        assert!(
            e.message()
                .contains(&format!("the required field `{field}` is missing")),
            "{e}"
        );
    }
}

#[test]
fn unknown_fields_at_every_level() {
    let objects = [
        "",
        "/entities",
        "/entities/people/0",
        "/entities/people/0/roles/0",
        "/entities/organizations/6/identifiers",
        "/entities/places/0",
        "/meetings/1",
        "/meetings/1/part_of",
        "/meetings/1/participants/0",
        "/statements/1",
        "/statements/1/evidence/0",
        "/statements/1/evidence/0/quote",
        "/statements/1/evidence/0/position",
        "/commitments/0",
        "/sources/0",
    ];
    for object in objects {
        let mut v = example_value();
        let target = if object.is_empty() {
            &mut v
        } else {
            at(&mut v, object)
        };
        target
            .as_object_mut()
            .unwrap()
            .insert("confidence".into(), json!(0.9));
        let e = assert_read_error(&v, ErrorCode::UnknownField, &format!("{object}/confidence"));
        assert!(
            e.message()
                .starts_with("unknown field `confidence` (the fields here: "),
            "{e}"
        );
    }
}

#[test]
fn unknown_vocabulary_values_are_read_and_reported_by_validation() {
    let cases = [
        "/entities/organizations/0/kind",
        "/entities/places/0/kind",
        "/meetings/0/kind",
        "/meetings/0/status",
        "/meetings/1/part_of/relation",
        "/statements/1/mode",
        "/statements/1/speech_act",
        "/commitments/0/kind",
        "/commitments/0/status_history/0/status",
    ];
    for path in cases {
        let mut v = example_value();
        *at(&mut v, path) = json!("Held");
        let Err(Error::Invalid(problems)) = Article::from_json_str(&v.to_string()) else {
            panic!("{path}: expected validation problems");
        };
        let found: Vec<_> = problems
            .iter()
            .map(|p| (p.code(), p.path().as_str()))
            .collect();
        assert_eq!(found, [(ErrorCode::UnknownVariant, path)]);
        assert!(
            problems.first().message().starts_with("\"Held\": not a "),
            "{}",
            problems.first()
        );
        // The value is kept: it reads and writes back unchanged.
        let article: Article = serde_json::from_value(v.clone()).unwrap();
        assert_eq!(serde_json::to_value(&article).unwrap(), v);
    }
}

#[test]
fn impossible_and_malformed_dates() {
    let cases = [
        (
            "/meetings/4/date/value",
            "2023-02-30",
            ErrorCode::InvalidDate,
            "February 2023 has no day 30",
        ),
        (
            "/meetings/4/date/value",
            "2023-13",
            ErrorCode::InvalidDate,
            "month 13 does not exist",
        ),
        (
            "/meetings/4/date/value",
            "11 December",
            ErrorCode::InvalidDate,
            "write YYYY, YYYY-MM or YYYY-MM-DD",
        ),
        (
            "/published",
            "2023-12-4",
            ErrorCode::InvalidDate,
            "write YYYY",
        ),
        (
            "/commitments/7/due/value",
            "2023-12-11/2023-12-01",
            ErrorCode::ReversedInterval,
            "ends (2023-12-01) before it starts",
        ),
        (
            "/commitments/7/due/value",
            "2023-12-11/2023-02-29",
            ErrorCode::InvalidDate,
            "the end of the interval",
        ),
        (
            "/commitments/7/status_history/0/as_of",
            "2023-12-04/2023-12-05",
            ErrorCode::InvalidDate,
            "write YYYY",
        ),
        (
            "/published",
            "2023-12-04T24:00:00Z",
            ErrorCode::InvalidTimestamp,
            "not a valid date and time",
        ),
        (
            "/published",
            "2023-12-04T10:00:00",
            ErrorCode::InvalidTimestamp,
            "an offset",
        ),
    ];
    for (path, value, code, reason) in cases {
        let mut v = example_value();
        *at(&mut v, path) = json!(value);
        let e = assert_read_error(&v, code, path);
        assert!(e.message().contains(reason), "{path} {value}: {e}");
    }
}

#[test]
fn bad_codes_and_ids() {
    let cases = [
        (
            "/entities/people/0/country",
            "XX",
            ErrorCode::InvalidCountryCode,
        ),
        (
            "/entities/people/0/country",
            "ru",
            ErrorCode::InvalidCountryCode,
        ),
        (
            "/entities/people/0/country",
            "RUS",
            ErrorCode::InvalidCountryCode,
        ),
        ("/language", "en_US", ErrorCode::InvalidLanguageTag),
        ("/language", "", ErrorCode::InvalidLanguageTag),
        (
            "/entities/organizations/6/identifiers/wikidata",
            "1065",
            ErrorCode::InvalidWikidataId,
        ),
        ("/id", "nca 2023", ErrorCode::InvalidId),
        ("/entities/people/0/id", "", ErrorCode::InvalidId),
        ("/statements/2/about/0", "-commission", ErrorCode::InvalidId),
        (
            "/format_version",
            "1.1",
            ErrorCode::UnsupportedFormatVersion,
        ),
    ];
    for (path, value, code) in cases {
        let mut v = example_value();
        *at(&mut v, path) = json!(value);
        assert_read_error(&v, code, path);
    }
    let e = {
        let mut v = example_value();
        *at(&mut v, "/entities/people/0/country") = json!("ru");
        assert_read_error(
            &v,
            ErrorCode::InvalidCountryCode,
            "/entities/people/0/country",
        )
    };
    assert!(e.message().contains("write \"RU\""), "{e}");
    let mut v = example_value();
    v.as_object_mut()
        .unwrap()
        .insert("url".into(), json!("nca.tm/news"));
    assert_read_error(&v, ErrorCode::InvalidUrl, "/url");
}

#[test]
fn not_json_at_all() {
    let example = common::example_json();
    let cases: Vec<(Vec<u8>, ErrorCode, &str)> = vec![
        (b"".to_vec(), ErrorCode::UnexpectedEnd, "the input is empty"),
        (
            b" \n\t".to_vec(),
            ErrorCode::UnexpectedEnd,
            "the input is empty",
        ),
        (
            example.as_bytes()[..example.len() / 2].to_vec(),
            ErrorCode::UnexpectedEnd,
            "ended early",
        ),
        (
            format!("{example} {{}}").into_bytes(),
            ErrorCode::Syntax,
            "more follows the end of the JSON value",
        ),
        (
            format!("\u{feff}{example}").into_bytes(),
            ErrorCode::Syntax,
            "byte-order mark",
        ),
        (
            b"{\"format_version\": NaN}".to_vec(),
            ErrorCode::Syntax,
            "expected a JSON value",
        ),
        (
            b"{\"format_version\": \"2.0\", \"id\": Infinity}".to_vec(),
            ErrorCode::Syntax,
            "expected a JSON value",
        ),
        (
            b"{\"format_version\": \"2.0\", // comment\n}".to_vec(),
            ErrorCode::Syntax,
            "keys must be text in double quotes",
        ),
        (
            b"{\"format_version\": \"2.0\", \"id\": \"a\xff\"}".to_vec(),
            ErrorCode::Syntax,
            "not valid UTF-8",
        ),
        (
            b"null".to_vec(),
            ErrorCode::WrongType,
            "expected an article (an object)",
        ),
        (
            b"\"article\"".to_vec(),
            ErrorCode::WrongType,
            "expected an article (an object)",
        ),
        (
            b"42".to_vec(),
            ErrorCode::WrongType,
            "expected an article (an object)",
        ),
    ];
    for (input, code, reason) in cases {
        let e = json_error(&input);
        assert_eq!(e.code(), code, "{e}");
        assert!(e.message().contains(reason), "{e}");
        assert!(e.line() >= 1 && e.column() >= 1, "{e}");
    }
}

#[test]
fn duplicate_keys_are_refused() {
    let json = common::example_json().replacen(
        "\"language\": \"en\",",
        "\"language\": \"en\",\n  \"language\": \"ru\",",
        1,
    );
    let e = json_error(json.as_bytes());
    assert_eq!(
        (e.code(), e.path().as_str(), e.line()),
        (ErrorCode::DuplicateField, "", 5)
    );
}

#[test]
fn line_and_column_point_at_the_value() {
    let json = common::example_json().replacen(
        "\"published\": \"2023-12-04\"",
        "\"published\": \"2023-12-32\"",
        1,
    );
    let e = json_error(json.as_bytes());
    assert_eq!(
        (e.code(), e.path().as_str()),
        (ErrorCode::InvalidDate, "/published")
    );
    let line = json.lines().nth(e.line() - 1).unwrap();
    assert!(line.contains("2023-12-32"), "line {}: {line}", e.line());
    assert_eq!(
        e.to_string(),
        format!("line {}, column {}: /published: invalid_date: \"2023-12-32\": December 2023 has no day 32", e.line(), e.column())
    );
}

#[test]
fn deep_nesting_and_huge_strings_are_errors_not_crashes() {
    let deep = format!(
        "{{\"format_version\": \"2.0\", \"body\": {}",
        "[".repeat(100_000)
    );
    let e = json_error(deep.as_bytes());
    assert_eq!(
        (e.code(), e.path().as_str()),
        (ErrorCode::WrongType, "/body")
    );
    let deep_root = "[".repeat(100_000);
    assert_eq!(
        json_error(deep_root.as_bytes()).code(),
        ErrorCode::WrongType
    );

    let huge = format!(
        "{{\"format_version\": \"2.0\", \"id\": \"{}\", \"language\": \"en\", \"body\": \"x\"}}",
        "a".repeat(50 << 20)
    );
    let e = json_error(huge.as_bytes());
    assert_eq!((e.code(), e.path().as_str()), (ErrorCode::InvalidId, "/id"));
    assert!(
        e.message().len() < 300,
        "the message quotes a cut input: {}",
        e.message().len()
    );
}

#[test]
fn readers_are_read_to_the_end() {
    let json = common::example_json();
    let article = Article::from_reader(json.as_bytes()).unwrap();
    assert_eq!(article.id.as_str(), "nca-2023-12-04-lavrov-meredov");

    struct Failing;
    impl std::io::Read for Failing {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk on fire"))
        }
    }
    let e = Article::from_reader(Failing).unwrap_err();
    assert!(matches!(e, Error::Io(_)));
    assert_eq!((e.code(), e.path()), (ErrorCode::Io, None));
}

/// The values of an object in field order, as the array a derived serde
/// impl would also accept.
fn as_array(value: &serde_json::Value) -> serde_json::Value {
    serde_json::Value::Array(value.as_object().unwrap().values().cloned().collect())
}

#[test]
fn objects_are_never_read_from_arrays_on_any_path() {
    use serde::Deserialize;
    use structured_news::{
        Attribution, Commitment, Entities, Evidence, Identifiers, Meeting, Organization, PartOf,
        Participant, Person, Place, Role, Statement, TextPositionSelector, TextQuoteSelector,
    };
    let example = example_value();
    let paths = [
        "",
        "/sources/0",
        "/entities",
        "/entities/people/0",
        "/entities/people/0/roles/0",
        "/entities/organizations/0",
        "/entities/places/0",
        "/entities/places/0/identifiers",
        "/meetings/1",
        "/meetings/1/participants/0",
        "/meetings/1/part_of",
        "/statements/0",
        "/statements/0/evidence/0",
        "/statements/0/evidence/0/quote",
        "/statements/0/evidence/0/position",
        "/commitments/0",
    ];
    for path in paths {
        let object = example.pointer(path).unwrap_or_else(|| panic!("{path}"));
        let mut v = example.clone();
        *at(&mut v, path) = as_array(object);
        let e = json_error(v.to_string().as_bytes());
        assert_eq!(
            (e.code(), e.path().as_str()),
            (ErrorCode::WrongType, path),
            "{e}"
        );
    }

    // Called on the types themselves, through the trait or serde_json.
    fn refused<T: for<'de> Deserialize<'de>>(example: &serde_json::Value, path: &str) {
        let array = as_array(example.pointer(path).unwrap());
        let object = example.pointer(path).unwrap().clone();
        assert!(T::deserialize(object).is_ok(), "{path}");
        assert!(T::deserialize(array.clone()).is_err(), "{path}");
        assert!(
            serde_json::from_str::<T>(&array.to_string()).is_err(),
            "{path}"
        );
    }
    refused::<Article>(&example, "");
    refused::<Attribution>(&example, "/sources/0");
    refused::<Entities>(&example, "/entities");
    refused::<Person>(&example, "/entities/people/0");
    refused::<Role>(&example, "/entities/people/0/roles/0");
    refused::<Organization>(&example, "/entities/organizations/0");
    refused::<Place>(&example, "/entities/places/0");
    refused::<Identifiers>(&example, "/entities/places/0/identifiers");
    refused::<Meeting>(&example, "/meetings/1");
    refused::<Participant>(&example, "/meetings/1/participants/0");
    refused::<PartOf>(&example, "/meetings/1/part_of");
    refused::<Statement>(&example, "/statements/0");
    refused::<Evidence>(&example, "/statements/0/evidence/0");
    refused::<TextQuoteSelector>(&example, "/statements/0/evidence/0/quote");
    refused::<TextPositionSelector>(&example, "/statements/0/evidence/0/position");
    refused::<Commitment>(&example, "/commitments/0");
    // The issue's own case.
    assert!(Person::deserialize(json!(["p1", "Sergei Lavrov"])).is_err());
}

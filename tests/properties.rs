//! Property tests: articles generated through the builders (varied sizes,
//! Unicode in names and body, text outside the Basic Multilingual Plane)
//! round-trip through JSON, validate against the exported schema, and their
//! evidence positions convert between code points, UTF-8 and UTF-16 without
//! loss. The checked types agree with the patterns the schema exports.
//! The fast reader and the serde reader agree on every article, on any
//! text written with any escapes, and on edited documents.

mod common;

use proptest::prelude::*;
use serde_json::{json, Value};
use structured_news::prelude::*;
use structured_news::schema::{article_schema, Dialect};
use structured_news::{
    CurrencyCode, EventDate, Id, LanguageTag, OffsetIndex, PartialDate, PublicationDate,
    TextPositionSelector, TimeOfDay, Url, ValueError, WikidataId,
};

/// Text a person might write: letters of several scripts, emoji and other
/// characters outside the BMP, punctuation; never blank.
fn text() -> impl Strategy<Value = String> {
    "[a-zA-Zа-яА-Я0-9 ,.’“”—é𝒜🤝🇹🇲Ω中文\u{10FFFF}]{0,24}".prop_map(|s| format!("T{s}"))
}

/// The shape of a generated article.
#[derive(Debug, Clone)]
struct Spec {
    people: Vec<String>,
    organizations: Vec<String>,
    countries: Vec<usize>,
    sentences: Vec<String>,
    statements: Vec<(usize, usize, bool)>,
    commitments: Vec<(Vec<usize>, usize)>,
    meetings: usize,
}

const COUNTRIES: [(&str, &str); 6] = [
    ("Russia", "RU"),
    ("Turkmenistan", "TM"),
    ("Kazakhstan", "KZ"),
    ("Iran", "IR"),
    ("Azerbaijan", "AZ"),
    ("Côte d’Ivoire", "CI"),
];

/// Every character `quote_without_marks` reads as a quotation mark.
const QUOTATION_MARKS: [char; 15] = [
    '“', '”', '«', '»', '„', '"', '‘', '’', '\'', '「', '」', '『', '』', '‹', '›',
];

fn spec() -> impl Strategy<Value = Spec> {
    (
        prop::collection::vec(text(), 1..5),
        prop::collection::vec(text(), 0..4),
        prop::collection::vec(0..COUNTRIES.len(), 1..4),
        // The sentences are quoted in the body, so they carry no quotation
        // marks: a mark inside would end the quote early, and
        // `quote_without_marks` rightly says so.
        prop::collection::vec(text().prop_map(|s| s.replace(QUOTATION_MARKS, "")), 1..8),
        0usize..3,
    )
        .prop_flat_map(|(people, organizations, countries, sentences, meetings)| {
            let statements =
                prop::collection::vec((0..people.len(), 0..sentences.len(), any::<bool>()), 0..8);
            let commitments = prop::collection::vec(
                (
                    prop::collection::vec(0..countries.len(), 1..3),
                    0..sentences.len(),
                ),
                0..4,
            );
            (
                Just(people),
                Just(organizations),
                Just(countries),
                Just(sentences),
                statements,
                commitments,
                Just(meetings),
            )
        })
        .prop_map(
            |(people, organizations, countries, sentences, statements, commitments, meetings)| {
                Spec {
                    people,
                    organizations,
                    countries,
                    sentences,
                    statements,
                    commitments,
                    meetings,
                }
            },
        )
}

/// Builds the article the spec describes. Each sentence is quoted in the
/// body as `“…,” she said.`, so direct quotes and evidence are really there.
fn build(spec: &Spec) -> Article {
    let body: String = spec
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| format!("({i}) “{s},” she said. "))
        .collect();
    let mut article = ArticleBuilder::new("generated", "en", body.trim_end());
    article.published("2024-05");
    let people: Vec<_> = spec
        .people
        .iter()
        .enumerate()
        .map(|(i, name)| {
            article.add_person(
                Person::builder(format!("person-{i}"), name).alias(&format!("{name} 𝒜")),
            )
        })
        .collect();
    for (i, name) in spec.organizations.iter().enumerate() {
        article.add_organization(Organization::builder(
            format!("org-{i}"),
            name,
            OrganizationKind::Other,
        ));
    }
    let mut countries = Vec::new();
    for (i, &c) in spec.countries.iter().enumerate() {
        let (name, code) = COUNTRIES[c];
        countries.push(article.add_country(Place::country_builder(
            format!("country-{i}"),
            name,
            code,
        )));
    }
    let meetings: Vec<_> = (0..spec.meetings)
        .map(|i| {
            article.add_meeting(
                Meeting::builder(
                    format!("meeting-{i}"),
                    MeetingKind::Bilateral,
                    MeetingStatus::Held,
                )
                .date("2024-05-01/2024-05-02"),
            )
        })
        .collect();
    for (i, &(speaker, sentence, direct)) in spec.statements.iter().enumerate() {
        let words = &spec.sentences[sentence];
        let evidence = format!("({sentence}) “{words},”");
        let mut statement = if direct {
            Statement::direct_quote(format!("s{i}"), &people[speaker], SpeechAct::Said, words)
        } else {
            Statement::paraphrase(
                format!("s{i}"),
                &people[speaker],
                SpeechAct::Noted,
                &format!("about {words}"),
            )
        };
        statement = statement.evidence(&evidence).date("2024-05-01");
        if let Some(m) = meetings.first() {
            statement = statement.setting(m);
        }
        article.add_statement(statement);
    }
    for (i, (parties, sentence)) in spec.commitments.iter().enumerate() {
        let mut commitment =
            Commitment::builder(format!("c{i}"), CommitmentKind::Cooperate, "cooperate")
                .evidence(&spec.sentences[*sentence])
                .due("2025");
        let mut bound = parties.clone();
        bound.sort_unstable();
        bound.dedup();
        for p in bound {
            commitment = commitment.bound_party(&countries[p]);
        }
        article.add_commitment(commitment);
    }
    article
        .build()
        .unwrap_or_else(|e| panic!("a generated article must build: {e}"))
}

fn validator() -> jsonschema::Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&article_schema(Dialect::Draft2020_12))
        .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn built_articles_round_trip_and_fit_the_schema(spec in spec()) {
        let article = build(&spec);
        let json = serde_json::to_string(&article).unwrap();
        let read = Article::from_json_str(&json).unwrap();
        prop_assert_eq!(&read, &article);
        let pretty = serde_json::to_string_pretty(&read).unwrap();
        prop_assert_eq!(Article::from_json_str(&pretty).unwrap(), article.clone());
        // The fast reader reads both, compact and pretty, to the same article.
        for text in [&json, &pretty] {
            prop_assert_eq!(common::readers_agree(text.as_bytes(), text), common::Readers::BothRead);
            prop_assert_eq!(structured_news::__readers::fast(text.as_bytes()), Some(article.clone()));
        }
        let value: Value = serde_json::from_str(&json).unwrap();
        let errors: Vec<String> = validator().iter_errors(&value).map(|e| format!("{}: {e}", e.instance_path())).collect();
        prop_assert!(errors.is_empty(), "{:?}", errors);
    }

    #[test]
    fn evidence_positions_convert_without_loss(spec in spec()) {
        let article = build(&spec);
        let index = OffsetIndex::new(&article.body);
        let evidence = article
            .statements
            .iter()
            .flat_map(|s| &s.evidence)
            .chain(article.commitments.iter().flat_map(|c| &c.evidence));
        for e in evidence {
            let position = e.position.unwrap();
            let bytes = position.to_utf8_range(&index).unwrap();
            prop_assert_eq!(&article.body[bytes.clone()], e.quote.exact.as_str());
            prop_assert_eq!(TextPositionSelector::from_utf8_range(&index, bytes.clone()), Some(position));
            let units = position.to_utf16_range(&index).unwrap();
            let utf16: Vec<u16> = article.body.encode_utf16().collect();
            prop_assert_eq!(String::from_utf16(&utf16[units.clone()]).unwrap(), e.quote.exact.clone());
            prop_assert_eq!(TextPositionSelector::from_utf16_range(&index, units), Some(position));
            prop_assert_eq!(article.body[..bytes.start].chars().count(), position.start);
        }
    }

    #[test]
    fn offsets_agree_with_std_on_any_text(text in "\\PC{0,200}", cut in 0usize..220) {
        let index = OffsetIndex::new(&text);
        let n = text.chars().count();
        prop_assert_eq!(index.char_len(), n);
        prop_assert_eq!(index.utf16_len(), text.encode_utf16().count());
        let expected = if cut == n { Some(text.len()) } else { text.char_indices().nth(cut).map(|(b, _)| b) };
        prop_assert_eq!(index.char_to_byte(cut), expected);
        if let Some(b) = expected {
            prop_assert_eq!(index.byte_to_char(b), Some(cut));
            let units = text[..b].encode_utf16().count();
            prop_assert_eq!(index.char_to_utf16(cut), Some(units));
            prop_assert_eq!(index.utf16_to_char(units), Some(cut));
        }
    }
}

/// Whether the schema of `T` (a string type) accepts `s`.
fn schema_accepts<T: schemars::JsonSchema>(s: &str) -> bool {
    let schema = structured_news::schema::schema_for::<T>(Dialect::Draft2020_12);
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
        .is_valid(&json!(s))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    // Whatever the schema's pattern refuses, the type refuses too.
    #[test]
    fn ids_agree_with_their_pattern(s in "[a-zA-Z0-9._:\\- é]{0,130}") {
        if !schema_accepts::<Id>(&s) {
            prop_assert!(s.parse::<Id>().is_err(), "{s:?}");
        }
        prop_assert_eq!(schema_accepts::<Id>(&s), s.parse::<Id>().is_ok(), "{:?}", s);
    }

    #[test]
    fn language_tags_agree_with_their_pattern(s in "[a-zA-Z0-9x-]{0,20}") {
        prop_assert_eq!(schema_accepts::<LanguageTag>(&s), s.parse::<LanguageTag>().is_ok(), "{:?}", s);
    }

    #[test]
    fn urls_agree_with_their_pattern(s in "[a-z]{0,5}:?[a-zA-Z0-9/%:?#\\[\\] <>\"ш]{0,12}") {
        prop_assert_eq!(schema_accepts::<Url>(&s), s.parse::<Url>().is_ok(), "{:?}", s);
    }

    #[test]
    fn wikidata_ids_agree_with_their_pattern(s in "Q?[0-9]{0,14}") {
        prop_assert_eq!(schema_accepts::<WikidataId>(&s), s.parse::<WikidataId>().is_ok(), "{:?}", s);
    }

    #[test]
    fn times_of_day_agree_with_their_pattern(s in "[0-9]{1,2}:[0-9]{1,2}(:[0-9]{1,2})?(Z|[+-][0-9]{1,2}:[0-9]{2})?") {
        prop_assert_eq!(schema_accepts::<TimeOfDay>(&s), s.parse::<TimeOfDay>().is_ok(), "{:?}", s);
    }

    #[test]
    fn currency_codes_agree_with_their_enum(s in "[A-Za-z]{2,4}") {
        prop_assert_eq!(schema_accepts::<CurrencyCode>(&s), s.parse::<CurrencyCode>().is_ok(), "{:?}", s);
    }

    #[test]
    fn dates_the_pattern_refuses_are_refused(s in "[0-9]{4}(-[0-9]{1,2}(-[0-9]{1,2})?)?") {
        // The type is stricter (it knows the calendar), never looser.
        if !schema_accepts::<PartialDate>(&s) {
            prop_assert!(s.parse::<PartialDate>().is_err(), "{:?}", s);
        }
    }

    #[test]
    fn partial_dates_agree_with_their_pattern(s in date_text()) {
        agree::<PartialDate>(&s, is_calendar_refusal)?;
    }

    #[test]
    fn event_dates_agree_with_their_pattern(s in event_date_text()) {
        agree::<EventDate>(&s, |e| is_calendar_refusal(e) || e.code() == ErrorCode::ReversedInterval)?;
    }

    #[test]
    fn publication_dates_agree_with_their_pattern(s in prop_oneof![date_text(), event_date_text()]) {
        agree::<PublicationDate>(&s, is_calendar_refusal)?;
    }
}

/// A string shaped like a date: a year, a month number of one or two
/// digits from 0 to 49 (months, groupings and numbers that are neither), a
/// day of one or two digits, and up to two qualifier characters.
fn date_text() -> impl Strategy<Value = String> {
    "[0-9]{4}(-[0-4]?[0-9](-[0-3]?[0-9])?)?[?~%]{0,2}"
}

/// A string shaped like an event date: a date, or two ends joined by `/`,
/// each a date, `..`, `.`, `...` or nothing; sometimes a second `/`.
fn event_date_text() -> impl Strategy<Value = String> {
    let end = prop_oneof![
        3 => date_text(),
        1 => Just(String::new()),
        1 => Just("..".to_owned()),
        1 => prop_oneof![Just(".".to_owned()), Just("...".to_owned())],
    ];
    prop_oneof![
        1 => date_text(),
        4 => (end.clone(), end.clone(), prop::option::weighted(0.05, end))
            .prop_map(|(a, b, c)| match c {
                None => format!("{a}/{b}"),
                Some(c) => format!("{a}/{b}/{c}"),
            }),
    ]
}

/// A refusal for a day the calendar does not have, which no pattern states.
fn is_calendar_refusal(e: &ValueError) -> bool {
    e.code() == ErrorCode::InvalidDate && e.reason().contains("has no day")
}

/// The schema of `T` accepts `s` exactly when `T` does, except for the
/// refusals `beyond_pattern` (what the pattern cannot state).
fn agree<T>(s: &str, beyond_pattern: fn(&ValueError) -> bool) -> Result<(), TestCaseError>
where
    T: schemars::JsonSchema + std::str::FromStr<Err = ValueError>,
{
    let by_schema = schema_accepts::<T>(s);
    match s.parse::<T>() {
        Ok(_) => prop_assert!(
            by_schema,
            "{:?}: the type accepts it, the schema does not",
            s
        ),
        Err(e) => prop_assert!(
            !by_schema || beyond_pattern(&e),
            "{:?}: the schema accepts it, the type refuses it: {}",
            s,
            e
        ),
    }
    Ok(())
}

/// `text` as a JSON string, each character written as itself, as its
/// short escape or as `\uXXXX` (a surrogate pair outside the BMP), as
/// `how` says, character by character.
fn json_string(text: &str, how: &[u8]) -> String {
    let mut out = String::from("\"");
    for (i, c) in text.chars().enumerate() {
        let choice = how.get(i % how.len().max(1)).copied().unwrap_or(0) % 3;
        let short = match c {
            '"' => Some("\\\""),
            '\\' => Some("\\\\"),
            '\n' => Some("\\n"),
            '\t' => Some("\\t"),
            '\r' => Some("\\r"),
            '\u{8}' => Some("\\b"),
            '\u{c}' => Some("\\f"),
            '/' if choice == 1 => Some("\\/"),
            _ => None,
        };
        match (short, choice) {
            (Some(s), 0 | 1) => out.push_str(s),
            (None, 0) if (c as u32) >= 0x20 => out.push(c),
            (None, 1) if (c as u32) >= 0x20 => out.push(c),
            _ => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
        }
    }
    out.push('"');
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Any text, written with any mix of escapes, reads back as itself
    /// through both readers.
    #[test]
    fn both_readers_read_any_escapes(text in "(\\PC|[\u{0}-\u{1f}\"\\\\/\u{7f}]){1,40}", how in proptest::collection::vec(any::<u8>(), 1..8)) {
        let body = format!("B{text}");
        let json = format!(
            r#"{{"format_version": "2.0", "id": "a1", "language": "en", "headline": {}, "body": {}}}"#,
            json_string(&text, &how),
            json_string(&body, &how),
        );
        prop_assert_eq!(common::readers_agree(json.as_bytes(), &json), common::Readers::BothRead);
        let article = structured_news::__readers::fast(json.as_bytes()).unwrap();
        prop_assert_eq!(article.body, body);
        prop_assert_eq!(article.headline, Some(text));
    }

    /// Bytes cut, replaced or inserted anywhere in a built article: the
    /// readers agree on what they accept and what they build.
    #[test]
    fn the_readers_agree_on_edited_articles(
        spec in spec(),
        edits in proptest::collection::vec((any::<prop::sample::Index>(), 0u8..4, any::<u8>()), 1..4),
    ) {
        let mut bytes = serde_json::to_vec(&build(&spec)).unwrap();
        let specials = b"\"\\{}[],:0-.eEntf \x01";
        for (at, kind, b) in edits {
            let i = at.index(bytes.len());
            let special = specials[usize::from(b) % specials.len()];
            match kind {
                0 => { bytes.remove(i); }
                1 => bytes[i] = special,
                2 => bytes.insert(i, special),
                _ => bytes[i] = b,
            }
        }
        common::readers_agree(&bytes, &String::from_utf8_lossy(&bytes));
    }
}

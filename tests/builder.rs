//! The builders: values given as text are checked with paths in the
//! finished article, evidence is located in the body, and `build` runs the
//! same validation as parsing.

use structured_news::prelude::*;
use structured_news::{Commitment, Evidence, Id, TextPositionSelector, Validate};

const BODY: &str = "On 4 December, Lavrov met Meredov. “We value our partnership,” Lavrov said. \
                    Russia will attend the 11 December meeting in Ashgabat 🇹🇲.";

fn base() -> ArticleBuilder {
    let mut article = ArticleBuilder::new("a1", "en", BODY);
    article.published("2023-12-04");
    article
}

fn codes_and_paths(errors: &ValidationErrors) -> Vec<(ErrorCode, String)> {
    errors
        .iter()
        .map(|e| (e.code(), e.path().to_string()))
        .collect()
}

#[test]
fn a_small_article_builds_and_parses_back_equal() {
    let mut article = base();
    let russia =
        article.add_country(Place::country_builder("russia", "Russia", "RU").wikidata("Q159"));
    let ashgabat =
        article.add_place(Place::builder("ashgabat", "Ashgabat", PlaceKind::City).country("TM"));
    let lavrov = article.add_person(Person::builder("lavrov", "Sergei Lavrov").country("RU"));
    let meredov = article.add_person(Person::builder("meredov", "Rashid Meredov").country("TM"));
    let talks = article.add_meeting(
        Meeting::builder("talks", MeetingKind::Bilateral, MeetingStatus::Held)
            .date("2023-12-04")
            .participant(&lavrov)
            .participant(&meredov),
    );
    let next = article.add_meeting(
        Meeting::builder("next", MeetingKind::Multilateral, MeetingStatus::Scheduled)
            .date("2023-12-11")
            .place(&ashgabat),
    );
    let said = article.add_statement(
        Statement::direct_quote("s1", &lavrov, SpeechAct::Said, "We value our partnership")
            .setting(&talks)
            .evidence("We value our partnership"),
    );
    article.add_commitment(
        Commitment::builder(
            "c1",
            CommitmentKind::Attend,
            "attend the 11 December meeting",
        )
        .bound_party(&russia)
        .concerns(&next)
        .statement(&said)
        .due("2023-12-11")
        .evidence("Russia will attend the 11 December meeting in Ashgabat 🇹🇲."),
    );
    let built = article.build().unwrap();

    let evidence = &built.statements[0].evidence[0];
    let start = BODY.find("We value").unwrap();
    assert_eq!(
        evidence.position,
        Some(TextPositionSelector::new(
            BODY[..start].chars().count(),
            BODY[..start].chars().count() + 24
        ))
    );
    let json = serde_json::to_string(&built).unwrap();
    assert_eq!(Article::from_json_str(&json).unwrap(), built);
}

#[test]
fn text_values_are_checked_with_their_paths_in_the_article() {
    let mut article = ArticleBuilder::new("a 1", "en_GB", BODY);
    article.published("2023-02-30").url("nca.tm");
    let org = article.add_organization(
        Organization::builder("mfa", "Ministry", OrganizationKind::Ministry)
            .country("XX")
            .wikidata("Q0"),
    );
    article.add_person(
        Person::builder("lavrov", "Lavrov")
            .role("Minister", &org)
            .same_as("https://example.org/lavrov")
            .same_as("not a url"),
    );
    article.add_meeting(
        Meeting::builder("m", MeetingKind::Bilateral, MeetingStatus::Held)
            .date("2023-12-05/2023-12-04"),
    );
    let errors = article.build().unwrap_err();
    assert_eq!(
        codes_and_paths(&errors),
        [
            (ErrorCode::InvalidId, "/id".into()),
            (ErrorCode::InvalidUrl, "/url".into()),
            (ErrorCode::InvalidLanguageTag, "/language".into()),
            (ErrorCode::InvalidDate, "/published".into()),
            (
                ErrorCode::InvalidUrl,
                "/entities/people/0/identifiers/same_as/1".into()
            ),
            (
                ErrorCode::InvalidCountryCode,
                "/entities/organizations/0/country".into()
            ),
            (
                ErrorCode::InvalidWikidataId,
                "/entities/organizations/0/identifiers/wikidata".into()
            ),
            (ErrorCode::ReversedInterval, "/meetings/0/date".into()),
        ]
    );
}

#[test]
fn rules_are_checked_by_build_as_by_parsing() {
    let mut article = base();
    let lavrov = article.add_person(Person::builder("lavrov", " "));
    article.add_statement(
        Statement::direct_quote(
            "s1",
            &lavrov,
            SpeechAct::Said,
            "We treasure our partnership",
        )
        .evidence("We treasure our partnership"),
    );
    article.add_commitment(Commitment::builder(
        "c1",
        CommitmentKind::Cooperate,
        "cooperate",
    ));
    article.add_person(Person::builder("lavrov", "Another Lavrov"));
    let errors = article.build().unwrap_err();
    assert_eq!(
        codes_and_paths(&errors),
        [
            (ErrorCode::BlankText, "/entities/people/0/name".into()),
            (
                ErrorCode::NoBoundParty,
                "/commitments/0/bound_parties".into()
            ),
        ],
        "local rules are checked first, item by item"
    );

    let mut article = base();
    let lavrov = article.add_person(Person::builder("lavrov", "Lavrov"));
    article.add_person(Person::builder("lavrov", "Another Lavrov"));
    article.add_statement(
        Statement::direct_quote(
            "s1",
            &lavrov,
            SpeechAct::Said,
            "We treasure our partnership",
        )
        .evidence("We treasure our partnership"),
    );
    let errors = article.build().unwrap_err();
    assert_eq!(
        codes_and_paths(&errors),
        [
            (ErrorCode::DuplicateId, "/entities/people/1/id".into()),
            (ErrorCode::QuoteNotInBody, "/statements/0/text".into()),
            (
                ErrorCode::EvidenceNotFound,
                "/statements/0/evidence/0/quote/exact".into()
            ),
        ]
    );
}

#[test]
fn a_handle_from_another_article_does_not_resolve() {
    let mut other = base();
    let stranger = other.add_person(Person::builder("stranger", "Stranger"));
    let mut article = base();
    article.add_statement(Statement::paraphrase(
        "s1",
        &stranger,
        SpeechAct::Said,
        "something",
    ));
    let errors = article.build().unwrap_err();
    assert_eq!(
        codes_and_paths(&errors),
        [(ErrorCode::UnknownReference, "/statements/0/speaker".into())]
    );
}

#[test]
fn given_evidence_is_checked_not_moved() {
    let mut article = base();
    let lavrov = article.add_person(Person::builder("lavrov", "Lavrov"));
    let mut evidence = Evidence::quote("Lavrov met Meredov");
    evidence.position = Some(TextPositionSelector::new(0, 5));
    article.add_statement(
        Statement::paraphrase("s1", &lavrov, SpeechAct::Said, "met").evidence_selector(evidence),
    );
    let errors = article.build().unwrap_err();
    assert_eq!(
        codes_and_paths(&errors),
        [(
            ErrorCode::EvidencePositionMismatch,
            "/statements/0/evidence/0/position".into()
        )]
    );
}

#[test]
fn evidence_positions_count_code_points_past_non_bmp_text() {
    let mut article = base();
    let ashgabat = article.add_place(Place::builder("ashgabat", "Ashgabat", PlaceKind::City));
    let russia = article.add_country(Place::country_builder("russia", "Russia", "RU"));
    article.add_commitment(
        Commitment::builder("c1", CommitmentKind::Attend, "attend")
            .bound_party(&russia)
            .about(&ashgabat)
            .evidence("🇹🇲."),
    );
    let built = article.build().unwrap();
    let position = built.commitments[0].evidence[0].position.unwrap();
    let total = BODY.chars().count();
    assert_eq!((position.start, position.end), (total - 3, total));
    let index = structured_news::OffsetIndex::new(&built.body);
    assert_eq!(
        position.to_utf8_range(&index),
        Some(BODY.len() - 9..BODY.len())
    );
    assert_eq!(
        position.to_utf16_range(&index),
        Some(BODY.encode_utf16().count() - 5..BODY.encode_utf16().count())
    );
}

#[test]
fn parts_validate_their_own_rules() {
    let commitment = Commitment::new(
        Id::new("c1").unwrap(),
        CommitmentKind::Sign,
        " ",
        Vec::new(),
        CommitmentStatus::Stated,
    );
    let errors = commitment.validate().unwrap_err();
    assert_eq!(
        codes_and_paths(&errors),
        [
            (ErrorCode::BlankText, "/action".into()),
            (ErrorCode::NoBoundParty, "/bound_parties".into())
        ]
    );
    let errors = Person::builder("bad id", "x")
        .country("ZZ")
        .build()
        .unwrap_err();
    assert_eq!(
        codes_and_paths(&errors),
        [
            (ErrorCode::InvalidId, "/id".into()),
            (ErrorCode::InvalidCountryCode, "/country".into())
        ]
    );
}

#[test]
fn a_refused_id_is_reported_once_where_it_was_given() {
    let mut article = base();
    let lavrov = article.add_person(Person::builder("sergei lavrov", "Sergei Lavrov"));
    let talks = article.add_meeting(
        Meeting::builder("talks", MeetingKind::Bilateral, MeetingStatus::Held).participant(&lavrov),
    );
    article.add_statement(
        Statement::paraphrase("s1", &lavrov, SpeechAct::Said, "Lavrov met Meredov")
            .setting(&talks)
            .evidence("Lavrov met Meredov"),
    );
    let errors = article.build().unwrap_err();
    assert_eq!(
        codes_and_paths(&errors),
        [(ErrorCode::InvalidId, "/entities/people/0/id".to_string())]
    );
}

#[test]
fn typed_values_and_chrono_dates_are_taken_as_they_are() {
    use structured_news::{CountryCode, EventDate, PartialDate};
    let mut article = base();
    article.published(chrono::NaiveDate::from_ymd_opt(2023, 12, 4).unwrap());
    let code: CountryCode = "RU".parse().unwrap();
    let russia = article.add_country(Place::country_builder(
        Id::new("russia").unwrap(),
        "Russia",
        code,
    ));
    let due: EventDate = "2023-12-11".parse().unwrap();
    article.add_commitment(
        Commitment::builder("c1", CommitmentKind::Attend, "attend")
            .bound_party(&russia)
            .due(due)
            .status_as_of(PartialDate::from_ymd(2023, 12, 4).unwrap())
            .evidence("Russia will attend"),
    );
    let built = article.build().unwrap();
    assert_eq!(built.published.unwrap().to_string(), "2023-12-04");
    assert_eq!(built.entities.places[0].country, Some(code));
    assert_eq!(
        built.commitments[0].due.as_ref().and_then(|d| d.value),
        Some(due)
    );
}

#[test]
fn a_value_set_again_keeps_only_the_last_problem() {
    let mut article = base();
    article.url("nca.tm").url("https://nca.tm/news/");
    article.add_person(
        Person::builder("lavrov", "Sergei Lavrov")
            .country("ru")
            .country("RU"),
    );
    assert!(article.build().is_ok());

    let mut article = base();
    article.url("https://nca.tm/news/").url("nca.tm");
    let errors = article.build().unwrap_err();
    assert_eq!(
        codes_and_paths(&errors),
        [(ErrorCode::InvalidUrl, "/url".to_string())]
    );
}

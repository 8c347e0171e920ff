//! The small words 2.1 adds for what real articles say and 2.0 had no
//! value for: the speech act `declined`, the event kind `detention`, the
//! modality `obligation`, the quantity qualifier `estimated`, the meeting
//! level `leaders`, the request status `answered`, and a request whose
//! addressees the article does not name. Each is read from a real
//! sentence: The Asahi Shimbun of 2 April 2023 on the talks of Hayashi and
//! Qin Gang, and Neon Tommy of July 2012 on the Tokyo Conference on
//! Afghanistan: the bodies of the held-out set
//! `tests/fixtures/held_out/unseen_6/` (sources and licences in its
//! README).

use structured_news::prelude::*;
use structured_news::{
    EventKind, EventStatus, Lints, MeetingLevel, Modality, Quantity, QuantityQualifier,
    RequestForce, TimeUnit,
};

/// The body of a real article of the held-out set `unseen_6`.
fn text(name: &str) -> String {
    let file = match name {
        "asahi-2023-04-02-hayashi-qin-talks" => "asahi-2023-04-02-hayashi-qin-beijing",
        "neontommy-2012-07-tokyo-afghan-aid" => "neontommy-2012-07-tokyo-afghanistan-donors",
        other => panic!("no held-out article {other}"),
    };
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/held_out/unseen_6")
        .join(format!("{file}.json"));
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    doc["body"].as_str().unwrap().to_owned()
}

/// The codes and paths of the warnings of `article`, read back from its
/// JSON with every lint on.
fn warnings(article: &Article) -> Vec<(ErrorCode, String)> {
    let json = serde_json::to_string(article).unwrap();
    let (_, warnings) = Article::from_json_slice_with(json.as_bytes(), &Lints::new()).unwrap();
    warnings
        .iter()
        .map(|w| (w.code(), w.path().as_str().to_owned()))
        .collect()
}

#[test]
fn the_asahi_talks_read_with_a_refusal_a_detention_leaders_and_an_answer() {
    let mut article = ArticleBuilder::new(
        "asahi-2023-04-02-hayashi-qin-talks",
        "en",
        text("asahi-2023-04-02-hayashi-qin-talks"),
    );
    article.published("2023-04-02").published_inferred();
    let hayashi = article.add_person(
        Person::builder("hayashi", "Yoshimasa Hayashi")
            .alias("Hayashi")
            .evidence("Japanese Foreign Minister Yoshimasa Hayashi"),
    );
    let qin = article.add_person(
        Person::builder("qin", "Qin Gang")
            .alias("Qin")
            .evidence("his Chinese counterpart, Qin Gang"),
    );
    let detainee = article.add_person(
        Person::unnamed_builder("detainee", "a recently detained Japanese national")
            .evidence("a recently detained Japanese national"),
    );
    let japan = article.add_country(Place::country_builder("japan", "Japan", "JP"));
    let china = article.add_country(Place::country_builder("china", "China", "CN"));
    let korea = article.add_country(Place::country_builder("korea", "South Korea", "KR"));
    // "Hayashi declined to tell reporters how Qin responded": a refusal
    // to say, not a denial.
    article.add_statement(
        Statement::paraphrase(
            "s-declined",
            &hayashi,
            SpeechAct::Declined,
            "Hayashi declined to tell reporters how Qin responded",
        )
        .reporting_verb("declined")
        .evidence(
            "Hayashi declined to tell reporters how Qin responded, citing diplomatic reasons.",
        ),
    );
    // "a recently detained Japanese national".
    article.add_event(
        Event::builder(
            "detention",
            EventKind::Detention,
            EventStatus::Occurred,
            "a recently detained Japanese national",
        )
        .affected(&detainee)
        .evidence("a recently detained Japanese national"),
    );
    // "three-party talks involving Japan, China and South Korea at summit
    // level": presidents and prime ministers both.
    article.add_meeting(
        Meeting::builder("trilateral", MeetingKind::Summit, MeetingStatus::Proposed)
            .level(MeetingLevel::Leaders)
            .participant(&japan)
            .participant(&china)
            .participant(&korea)
            .evidence("three-party talks involving Japan, China and South Korea at summit level"),
    );
    // Hayashi demanded the release; Qin responded, what he said not told.
    article.add_request(
        Request::builder(
            "r-release",
            "the release of a recently detained Japanese national",
        )
        .force(RequestForce::Demand)
        .requester(&hayashi)
        .addressee(&qin)
        .status(RequestStatus::Answered)
        .evidence("Hayashi demanded the release of a recently detained Japanese national")
        .evidence("Hayashi declined to tell reporters how Qin responded"),
    );
    let article = article.build().unwrap();
    assert_eq!(article.statements[0].speech_act, SpeechAct::Declined);
    assert_eq!(article.events[0].kind, EventKind::Detention);
    assert_eq!(article.meetings[0].level, Some(MeetingLevel::Leaders));
    let status = article.requests[0].status().unwrap();
    assert_eq!(status, &RequestStatus::Answered);
    assert!(!status.is_outcome());
    assert_eq!(warnings(&article), []);
    let json = serde_json::to_value(&article).unwrap();
    assert_eq!(json["statements"][0]["speech_act"], "declined");
    assert_eq!(json["events"][0]["kind"], "detention");
    assert_eq!(json["meetings"][0]["level"], "leaders");
    assert_eq!(
        json["requests"][0]["status_history"][0]["status"],
        "answered"
    );
}

#[test]
fn a_refusal_to_comment_is_read_as_declined_not_against_an_assent() {
    // The verb of a refusal to say is neither assent nor dissent: a
    // statement recorded as `declined` with it draws nothing, and nor does
    // «отказался комментировать» in Russian.
    for (language, body, verb) in [
        (
            "en",
            "Hayashi declined to tell reporters how Qin responded.",
            "declined",
        ),
        (
            "ru",
            "Хаяси отказался комментировать ответ Цинь Гана.",
            "отказался комментировать",
        ),
    ] {
        let mut article = ArticleBuilder::new("a1", language, body);
        article.published("2023-04-02");
        let hayashi = article.add_person(Person::builder("hayashi", "Хаяси").alias("Hayashi"));
        let words = body.trim_end_matches('.');
        article.add_statement(
            Statement::paraphrase("s1", &hayashi, SpeechAct::Declined, words)
                .reporting_verb(verb)
                .evidence(words),
        );
        let article = article.build().unwrap();
        assert_eq!(warnings(&article), [], "{language}");
    }
}

#[test]
fn the_tokyo_conference_reads_with_an_obligation_an_estimate_and_an_unnamed_addressee() {
    let mut article = ArticleBuilder::new(
        "neontommy-2012-07-tokyo-afghan-aid",
        "en",
        text("neontommy-2012-07-tokyo-afghan-aid"),
    );
    article.published("2012-07");
    let clinton = article.add_person(
        Person::builder("clinton", "Hillary Clinton")
            .alias("Clinton")
            .evidence("Clinton"),
    );
    let afghanistan =
        article.add_country(Place::country_builder("afghanistan", "Afghanistan", "AF"));
    // "We must do what we can to deepen the roots of security": a duty,
    // as firm as a pledge, and no hedge of one.
    article.add_commitment(
        Commitment::builder(
            "c-security",
            CommitmentKind::Other,
            "deepen the roots of security and make the transition irreversible",
        )
        .bound_party(&afghanistan)
        .modality(Modality::Obligation)
        .evidence("We must do what we can to deepen the roots of security and make the transition irreversible."),
    );
    // "Funding for the Afghan security forces after 2014 is estimated at
    // $4.1 billion per year."
    article.add_commitment(
        Commitment::builder(
            "c-forces",
            CommitmentKind::Fund,
            "funding for the Afghan security forces after 2014",
        )
        .bound_party(&afghanistan)
        .modality(Modality::Intention)
        .quantity(
            Quantity::money(4_100_000_000u64, "USD".parse().unwrap())
                .qualified(QuantityQualifier::Estimated)
                .per(TimeUnit::Years),
        )
        .evidence("Funding for the Afghan security forces after 2014 is estimated at $4.1 billion per year."),
    );
    // "That must include fighting corruption": Clinton asks, and the
    // article does not name whom.
    article.add_request(
        Request::builder("r-steps", "fighting corruption, improving governance")
            .force(RequestForce::Demand)
            .requester(&clinton)
            .evidence("That must include fighting corruption, improving governance"),
    );
    let article = article.build().unwrap();
    assert_eq!(article.commitments[0].modality, Some(Modality::Obligation));
    assert_eq!(
        article.commitments[1].quantities[0].qualifier,
        Some(QuantityQualifier::Estimated)
    );
    assert!(article.requests[0].addressees.is_empty());
    assert_eq!(warnings(&article), []);
    let json = serde_json::to_value(&article).unwrap();
    assert_eq!(json["commitments"][0]["modality"], "obligation");
    assert_eq!(
        json["commitments"][1]["quantities"][0]["qualifier"],
        "estimated"
    );
    assert!(json["requests"][0].get("addressees").is_none());
}

#[test]
fn a_word_of_duty_is_no_hedge_of_a_pledge() {
    // Recorded as a pledge, "we must" is as firm as "we will": no
    // `hedged_pledge`; "we hope" beside it still is one.
    for (body, hedged) in [
        (
            "We must do what we can to deepen the roots of security.",
            false,
        ),
        ("We hope to deepen the roots of security.", true),
    ] {
        let mut article = ArticleBuilder::new("a1", "en", body);
        article.published("2012-07-08");
        let afghanistan =
            article.add_country(Place::country_builder("afghanistan", "Afghanistan", "AF"));
        article.add_commitment(
            Commitment::builder("c1", CommitmentKind::Other, "deepen the roots of security")
                .bound_party(&afghanistan)
                .modality(Modality::Pledge)
                .evidence(body.trim_end_matches('.')),
        );
        let article = article.build().unwrap();
        let found = warnings(&article);
        assert_eq!(
            found.contains(&(
                ErrorCode::HedgedPledge,
                "/commitments/0/modality".to_owned()
            )),
            hedged,
            "{body}: {found:?}"
        );
    }
}

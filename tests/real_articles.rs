//! The real articles encoded as examples: each example still prints its
//! checked-in fixture, and the fixtures say what the texts say.

mod common;

use std::process::Command;

use structured_news::{
    Article, Attendance, CommitmentKind, CommitmentStatus, DocumentKind, DocumentStatus, EventKind,
    MeetingKind, MeetingRole, MeetingStatus, Modality, QuantityQualifier, SpeechAct, StatementMode,
};

/// Each example and the fixture it prints.
const EXAMPLES: &[(&str, &str)] = &[
    (
        "e3_leaders_declaration",
        "e3-leaders-declaration-middle-east",
    ),
    ("tsunami_aid_pledges", "wikinews-tsunami-aid-pledges-japan"),
    (
        "obama_asia_trip_cancelled",
        "whitehouse-obama-asia-trip-cancelled-2013",
    ),
    ("fcdo_imo_statement", "fcdo-imo-council-statement"),
    (
        "peskov_erdogan_call",
        "mapbim-2022-10-21-peskov-erdogan-call-not-scheduled",
    ),
    (
        "un_syria_talks_delayed",
        "voa-un-syria-talks-may-be-delayed",
    ),
    (
        "docherty_south_caucasus_visit",
        "docherty-south-caucasus-visit",
    ),
    (
        "putin_erdogan_meeting_possible",
        "tass-2023-07-08-putin-erdogan-meeting-possible",
    ),
    (
        "nepal_president_visit_cancelled",
        "ians-2016-05-06-nepal-president-india-visit-cancelled",
    ),
    (
        "caspian_convention_ratified",
        "kremlin-2019-10-01-caspian-convention-ratified",
    ),
    (
        "darfur_donor_conference",
        "gulf-times-2013-04-09-darfur-donor-conference",
    ),
    (
        "russian_ambassadors_meeting",
        "trend-2017-10-18-russian-ambassadors-central-asia-ashgabat",
    ),
    (
        "meredov_lavrov_regional_formats",
        "orient-2025-08-28-meredov-lavrov-regional-formats",
    ),
    (
        "russia_central_asia_ministers",
        "milosi-2020-10-16-russia-central-asia-ministers",
    ),
    (
        "blinken_lavrov_call",
        "state-2021-05-12-blinken-lavrov-call",
    ),
    (
        "c5_samarkand_declaration",
        "c5-2015-11-01-samarkand-joint-declaration",
    ),
];

fn fixture(name: &str) -> String {
    std::fs::read_to_string(common::fixtures().join(format!("valid/{name}.json"))).unwrap()
}

fn article(name: &str) -> Article {
    Article::from_json_str(&fixture(name)).unwrap()
}

#[test]
fn each_example_prints_its_fixture_and_each_source_is_noted() {
    for (example, name) in EXAMPLES {
        let output = Command::new(env!("CARGO"))
            .args(["run", "--quiet", "--example", example])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{example}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert_eq!(
            String::from_utf8(output.stdout).unwrap(),
            fixture(name),
            "{example} no longer prints tests/fixtures/valid/{name}.json; regenerate it with \
             `cargo run --example {example} > tests/fixtures/valid/{name}.json`"
        );
        let notes = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(format!("examples/data/{name}.md")),
        )
        .unwrap();
        for field in ["**Publisher:**", "**Licence:**"] {
            assert!(notes.contains(field), "{name}.md has no {field}");
        }
    }
}

#[test]
fn a_joint_declaration_of_three_states() {
    let a = article("e3-leaders-declaration-middle-east");
    let e3 = &a.entities.groups[0];
    let members: Vec<&str> = e3.members.iter().map(|m| m.as_str()).collect();
    assert_eq!(members, ["france", "germany", "united-kingdom"]);
    assert_eq!(a.documents[0].kind, DocumentKind::Declaration);
    // The declaration's sentences are the E3's own text.
    assert!(a
        .statements
        .iter()
        .all(|s| s.speaker == e3.id && s.mode == StatementMode::OwnText));
    let offer = a
        .commitments
        .iter()
        .find(|c| c.modality == Some(Modality::Offer))
        .unwrap();
    assert!(offer.action.contains("contribute"), "{}", offer.action);
}

#[test]
fn pledges_with_their_amounts() {
    let a = article("wikinews-tsunami-aid-pledges-japan");
    let japan = a
        .commitments
        .iter()
        .find(|c| c.bound_parties.iter().any(|p| p.as_str() == "japan"))
        .unwrap();
    assert_eq!(japan.kind, CommitmentKind::Fund);
    let amount = &japan.quantities[0];
    assert_eq!(
        amount.amount.as_ref().map(ToString::to_string).as_deref(),
        Some("500000000")
    );
    assert_eq!(amount.currency.unwrap().as_str(), "USD");
}

#[test]
fn a_trip_cancelled_for_a_reason_with_a_substitute() {
    let a = article("whitehouse-obama-asia-trip-cancelled-2013");
    let trip = a
        .meetings
        .iter()
        .find(|m| m.id.as_str() == "obama-asia-trip")
        .unwrap();
    assert_eq!(trip.status, MeetingStatus::Cancelled);
    let now = trip.status_history.last().unwrap();
    assert_eq!(now.status, MeetingStatus::Cancelled);
    assert_eq!(
        now.reason.as_deref(),
        Some("Due to the government shut-down")
    );
    assert_eq!(now.decided_by.as_ref().unwrap().as_str(), "barack-obama");
    let kerry = a
        .meetings
        .iter()
        .flat_map(|m| &m.participants)
        .find(|p| p.entity.as_str() == "john-kerry")
        .unwrap();
    assert_eq!(kerry.in_place_of.as_ref().unwrap().as_str(), "barack-obama");
    // The Press Secretary is not named, and speaks for the President.
    let spokesperson = &a.entities.people.iter().find(|p| p.name.is_none()).unwrap();
    assert!(a.statements.iter().any(|s| s.speaker == spokesperson.id
        && s.on_behalf_of.as_ref().map(|o| o.as_str()) == Some("barack-obama")));
}

#[test]
fn an_unnamed_spokesperson_and_a_demand() {
    let a = article("fcdo-imo-council-statement");
    let spokesperson = &a.entities.people[0];
    assert!(spokesperson.name.is_none() && spokesperson.description.is_some());
    // "If Russia wishes to contribute ..., it must respect its
    // obligations": a demand on Russia, addressed to it, not its promise.
    let demand = a
        .statements
        .iter()
        .find(|s| s.id.as_str() == "statement-must-respect-obligations")
        .unwrap();
    assert_eq!(demand.speech_act, SpeechAct::CalledFor);
    assert_eq!(demand.addressees[0].as_str(), "russia");
    assert!(a.commitments.is_empty());
    // "Yesterday", the day before publication, inferred.
    let imo = a.events.last().unwrap();
    let date = imo.date.as_ref().unwrap();
    assert_eq!(date.value.unwrap().to_string(), "2023-12-01");
    assert!(date.inferred);
}

#[test]
fn talks_with_uncertain_attendees_and_an_editorial_insertion() {
    let a = article("voa-un-syria-talks-may-be-delayed");
    let talks = &a.meetings[0];
    let opposition = talks
        .participants
        .iter()
        .find(|p| p.entity.as_str() == "syrian-opposition")
        .unwrap();
    assert_eq!(opposition.attendance, Some(Attendance::Uncertain));
    let quote = a
        .statements
        .iter()
        .find(|s| s.text.contains("[Ban Ki-moon]"))
        .unwrap();
    assert_eq!(quote.mode, StatementMode::DirectQuote);
    assert_eq!(quote.pieces.len(), 2);
    let kerry = a.statements.last().unwrap();
    assert_eq!(kerry.addressees[0].as_str(), "cnn");
}

#[test]
fn an_unmarked_quote_over_two_paragraphs_during_a_trip() {
    let a = article("docherty-south-caucasus-visit");
    let quote = &a.statements[0];
    assert_eq!(quote.mode, StatementMode::DirectQuote);
    assert_eq!(quote.pieces.len(), 2);
    assert!(!a.body.contains('“'), "the quote is not in quotation marks");
    let trip = a
        .meetings
        .iter()
        .find(|m| m.id.as_str() == "south-caucasus-tour")
        .unwrap();
    assert_eq!(trip.status, MeetingStatus::InProgress);
}

#[test]
fn a_treaty_signed_in_one_year_and_ratified_in_the_next() {
    let a = article("kremlin-2019-10-01-caspian-convention-ratified");
    let convention = a
        .documents
        .iter()
        .find(|d| d.id.as_str() == "caspian-convention")
        .unwrap();
    assert_eq!(convention.kind, DocumentKind::Treaty);
    // Signed on 12 August 2018, and only signed: one party ratified it.
    assert_eq!(convention.status, Some(DocumentStatus::Signed));
    let signed = convention.date.as_ref().unwrap();
    assert_eq!(signed.value.unwrap().to_string(), "2018-08-12");
    assert!(!signed.inferred);
    // Its history: signed in Aktau, then ratified when the President
    // signed the law, on the item's date.
    let [signing, ratification] = convention.status_history.as_slice() else {
        panic!("two steps: {:?}", convention.status_history)
    };
    assert_eq!(signing.status, DocumentStatus::Signed);
    assert_eq!(signing.place.as_ref().unwrap().as_str(), "aktau");
    assert_eq!(
        signing.date.as_ref().unwrap().value.unwrap().to_string(),
        "2018-08-12"
    );
    assert_eq!(ratification.status, DocumentStatus::Ratified);
    assert_eq!(ratification.parties[0].as_str(), "the-president");
    let ratified = ratification.date.as_ref().unwrap();
    assert_eq!(ratified.value.unwrap().to_string(), "2019-10-01");
    assert!(ratified.inferred);
    let law = a
        .documents
        .iter()
        .find(|d| d.id.as_str() == "federal-law-on-ratification")
        .unwrap();
    assert_eq!(law.kind, DocumentKind::Law);
    assert_eq!(law.signatories[0].as_str(), "the-president");
    assert!(law.about.contains(&convention.id));
    // What the Convention lays down binds the Parties, unnamed.
    let provided: Vec<_> = a
        .commitments
        .iter()
        .filter(|c| c.provided_by.as_ref() == Some(&convention.id))
        .collect();
    assert_eq!(provided.len(), 5);
    assert!(provided.iter().all(|c| c
        .bound_parties
        .iter()
        .map(|p| p.as_str())
        .eq(["the-parties"])));
    assert!(a.entities.groups[0].members.is_empty());
    assert!(provided
        .iter()
        .any(|c| c.action == "absence of armed forces that do not belong to the Parties"));
    assert!(a.statements.iter().all(|s| s.speaker == convention.id));
}

#[test]
fn a_donors_conference_with_pledges_in_three_currencies() {
    let a = article("gulf-times-2013-04-09-darfur-donor-conference");
    assert!(a.published_inferred);
    let conference = &a.meetings[0];
    assert_eq!(conference.kind, MeetingKind::Conference);
    assert_eq!(conference.status, MeetingStatus::Held);
    let host = &conference.participants[0];
    assert_eq!(host.entity.as_str(), "qatar");
    assert_eq!(host.role, Some(MeetingRole::Host));
    let find = |id: &str| a.commitments.iter().find(|c| c.id.as_str() == id).unwrap();
    let amount = |id: &str| {
        let q = &find(id).quantities[0];
        (
            q.amount.as_ref().map(ToString::to_string).unwrap(),
            q.currency.unwrap().as_str().to_owned(),
        )
    };
    assert_eq!(amount("total-pledges"), ("3600000000".into(), "USD".into()));
    assert_eq!(
        amount("qatar-pledge-500-million"),
        ("500000000".into(), "USD".into())
    );
    assert_eq!(
        amount("eu-pledge-27-million-euros"),
        ("27000000".into(), "EUR".into())
    );
    assert_eq!(
        amount("germany-pledge-16-million-euros"),
        ("16000000".into(), "EUR".into())
    );
    assert_eq!(
        amount("britain-offer-11-million-pounds"),
        ("11000000".into(), "GBP".into())
    );
    // The euro pledge with its dollar equivalent; the pound offer "at least".
    let eu = &find("eu-pledge-27-million-euros").quantities[0];
    let equivalent = eu.equivalent.as_ref().unwrap();
    assert_eq!(equivalent.amount.to_string(), "35000000");
    assert_eq!(equivalent.currency.as_str(), "USD");
    let britain = &find("britain-offer-11-million-pounds");
    assert_eq!(
        britain.quantities[0].qualifier,
        Some(QuantityQualifier::AtLeast)
    );
    assert!(britain.part_of.is_none(), "not said to be in the total");
    // The pledges made at the conference are parts of the total.
    for id in [
        "qatar-pledge-500-million",
        "eu-pledge-27-million-euros",
        "germany-pledge-16-million-euros",
        "chad-pledge-1-million",
    ] {
        let pledge = find(id);
        assert_eq!(pledge.kind, CommitmentKind::Fund);
        assert_eq!(pledge.modality, Some(Modality::Pledge));
        assert_eq!(pledge.part_of.as_ref().unwrap().as_str(), "total-pledges");
        assert_eq!(pledge.made_at.as_ref(), Some(&conference.id));
    }
    // Sudan's share and the conference itself: set by the 2011 peace deal.
    let deal = a
        .documents
        .iter()
        .find(|d| d.kind == DocumentKind::Agreement)
        .unwrap();
    assert_eq!(
        deal.date.as_ref().unwrap().value.unwrap().to_string(),
        "2011-07"
    );
    let sudan = find("sudan-government-contribution");
    assert_eq!(sudan.provided_by.as_ref(), Some(&deal.id));
    assert_eq!(amount("sudan-government-contribution").0, "2650000000");
    let hold = find("hold-darfur-donor-conference");
    assert_eq!(hold.provided_by.as_ref(), Some(&deal.id));
    assert_eq!(hold.concerns.as_ref(), Some(&conference.id));
    // Qatar's immediate $88mn is part of the urgent aid; the bank's
    // capital, a commitment it confirmed.
    let immediate = find("qatar-immediate-88-million");
    assert_eq!(
        immediate.part_of.as_ref().unwrap().as_str(),
        "urgent-aid-pledged"
    );
    let bank = find("qatar-development-bank-capital");
    let statuses: Vec<_> = bank
        .status_history
        .iter()
        .map(|o| o.status.clone())
        .collect();
    assert_eq!(
        statuses,
        [CommitmentStatus::Stated, CommitmentStatus::Confirmed]
    );
    // "On Sunday" and "yesterday", worked out from Tuesday 9 April 2013.
    let date_of = |id: &str| {
        let s = a.statements.iter().find(|s| s.id.as_str() == id).unwrap();
        s.date.as_ref().unwrap().value.unwrap().to_string()
    };
    assert_eq!(date_of("britain-offers-aid"), "2013-04-07");
    assert_eq!(date_of("qatar-announces-total"), "2013-04-08");
    // The conference serves the strategy it was to endorse.
    assert!(conference
        .purposes
        .iter()
        .any(|p| p.serves.as_ref().map(|s| s.as_str()) == Some("darfur-development-strategy")));
}

#[test]
fn an_agency_story_republished_with_a_chaired_meeting_of_a_series() {
    let a = article("trend-2017-10-18-russian-ambassadors-central-asia-ashgabat");
    // Trend's story, as another site prints it, first published the day
    // of Trend's dateline.
    let p = a.provenance.as_ref().unwrap();
    assert_eq!(p.original_publisher.as_ref().unwrap().as_str(), "trend");
    assert_eq!(
        p.original_published.as_ref().unwrap().to_string(),
        "2017-10-18"
    );
    assert_eq!(p.evidence[0].quote.exact, "By Huseyn Hasanov– Trend:");
    assert!(p.translated_from.is_none());
    assert_eq!(a.bylines[0].as_str(), "huseyn-hasanov");
    assert_eq!(a.publisher.as_ref().unwrap().as_str(), "xebersaati");
    let meeting = a
        .meetings
        .iter()
        .find(|m| m.id.as_str() == "ambassadors-meeting-ashgabat")
        .unwrap();
    assert_eq!(meeting.status, MeetingStatus::Scheduled);
    assert_eq!(
        meeting
            .date
            .as_ref()
            .unwrap()
            .value
            .as_ref()
            .unwrap()
            .to_string(),
        "2017-10-18/2017-10-19"
    );
    assert_eq!(meeting.place.as_ref().unwrap().as_str(), "ashgabat");
    let chair = meeting
        .participants
        .iter()
        .find(|p| p.role == Some(MeetingRole::Chair))
        .unwrap();
    assert_eq!(chair.entity.as_str(), "grigory-karasin");
    assert_eq!(meeting.expected_topics.len(), 3);
    // The five ambassadors are expected, each an ambassador to one state.
    let ambassadors = meeting
        .participants
        .iter()
        .find(|p| p.entity.as_str() == "russian-ambassadors")
        .unwrap();
    assert_eq!(ambassadors.attendance, Some(Attendance::Expected));
    let group = a
        .entities
        .groups
        .iter()
        .find(|g| g.id.as_str() == "russian-ambassadors")
        .unwrap();
    let toward: Vec<&str> = group
        .members
        .iter()
        .map(|m| {
            let person = a.entities.people.iter().find(|p| p.id == *m).unwrap();
            assert!(person.name.is_none(), "the ambassadors are not named");
            person.roles[0].toward.as_ref().unwrap().as_str()
        })
        .collect();
    assert_eq!(
        toward,
        [
            "kazakhstan",
            "kyrgyzstan",
            "tajikistan",
            "turkmenistan",
            "uzbekistan"
        ]
    );
    // It follows the previous meeting of the series, held in Tashkent.
    let previous = a
        .meetings
        .iter()
        .find(|m| m.id == meeting.related[0].to)
        .unwrap();
    assert_eq!(previous.status, MeetingStatus::Held);
    assert_eq!(previous.place.as_ref().unwrap().as_str(), "tashkent");
    assert_eq!(
        previous
            .date
            .as_ref()
            .unwrap()
            .value
            .as_ref()
            .unwrap()
            .to_string(),
        "2013-12"
    );
    // "the message said": the press release is the speaker of the quote.
    let quote = a
        .statements
        .iter()
        .find(|s| s.mode == StatementMode::DirectQuote)
        .unwrap();
    assert_eq!(quote.speaker.as_str(), "ministry-press-release");
    assert_eq!(a.documents[0].kind, DocumentKind::PressRelease);
}

#[test]
fn a_russian_copy_of_tass_with_its_dates_resolved_and_a_second_summit() {
    let a = article("orient-2025-08-28-meredov-lavrov-regional-formats");
    assert_eq!(a.language.as_str(), "ru");
    let p = a.provenance.as_ref().unwrap();
    assert_eq!(p.original_publisher.as_ref().unwrap().as_str(), "tass");
    assert_eq!(
        p.original_url.as_ref().unwrap().as_str(),
        "https://tass.ru/mezhdunarodnaya-panorama/24894285"
    );
    assert_eq!(p.evidence[0].quote.exact, "передает ТАСС");
    assert!(a
        .statements
        .iter()
        .all(|s| s.reported_by.iter().map(|o| o.as_str()).eq(["tass"])));
    // «В четверг»: the Thursday of publication, 28 August 2025.
    let talks = a
        .meetings
        .iter()
        .find(|m| m.id.as_str() == "meredov-lavrov-talks")
        .unwrap();
    assert_eq!(talks.status, MeetingStatus::Held);
    let date = talks.date.as_ref().unwrap();
    assert_eq!(date.value.as_ref().unwrap().to_string(), "2025-08-28");
    assert!(date.inferred);
    assert_eq!(talks.place.as_ref().unwrap().as_str(), "moscow");
    // «второму саммиту … в октябре этого года в Таджикистане».
    let summit = a
        .meetings
        .iter()
        .find(|m| m.id.as_str() == "central-asia-russia-second-summit")
        .unwrap();
    assert_eq!(summit.status, MeetingStatus::Scheduled);
    assert_eq!(
        summit
            .date
            .as_ref()
            .unwrap()
            .value
            .as_ref()
            .unwrap()
            .to_string(),
        "2025-10"
    );
    assert_eq!(summit.place.as_ref().unwrap().as_str(), "tajikistan");
    assert_eq!(summit.sequence.as_ref().unwrap().number, 2);
    // What was said was said at the news conference after the talks.
    let quote = a
        .statements
        .iter()
        .find(|s| s.mode == StatementMode::DirectQuote)
        .unwrap();
    assert!(quote.text.starts_with("«Центральная Азия + Россия»"));
    assert_eq!(
        quote.setting.as_ref().unwrap().as_str(),
        "meredov-news-conference"
    );
    // The Caspian questions, to be settled with the neighbours «в самое
    // ближайшее время»: words, no date.
    let caspian = a
        .commitments
        .iter()
        .find(|c| c.id.as_str() == "settle-caspian-questions")
        .unwrap();
    let bound: Vec<&str> = caspian.bound_parties.iter().map(|b| b.as_str()).collect();
    assert_eq!(bound, ["turkmenistan", "russia", "caspian-neighbours"]);
    assert_eq!(caspian.modality, Some(Modality::Intention));
    let due = caspian.due.as_ref().unwrap();
    assert!(due.value.is_none());
    assert_eq!(due.text.as_deref(), Some("в самое ближайшее время"));
}

#[test]
fn a_translation_dated_from_its_address_with_trade_and_investment() {
    let a = article("milosi-2020-10-16-russia-central-asia-ministers");
    // A translation from Russian by MIL OSI, dated from its address.
    let p = a.provenance.as_ref().unwrap();
    assert_eq!(p.translated_from.as_ref().unwrap().as_str(), "ru");
    assert_eq!(p.translated_by.as_ref().unwrap().as_str(), "mil-osi");
    assert!(
        p.original_publisher.is_none(),
        "the page names no original publisher"
    );
    assert!(a.published_inferred);
    assert_eq!(a.published.as_ref().unwrap().to_string(), "2020-10-16");
    // The third meeting of its series, by video, the day before.
    let meeting = &a.meetings[0];
    assert_eq!(meeting.kind, structured_news::MeetingKind::VideoConference);
    assert_eq!(meeting.status, MeetingStatus::Held);
    assert_eq!(meeting.sequence.as_ref().unwrap().number, 3);
    let date = meeting.date.as_ref().unwrap();
    assert_eq!(date.value.as_ref().unwrap().to_string(), "2020-10-15");
    assert!(date.inferred);
    // What the ministers reaffirmed, noted and emphasized, together.
    let by_ministers: Vec<SpeechAct> = a
        .statements
        .iter()
        .filter(|s| s.speaker.as_str() == "ministers")
        .map(|s| s.speech_act.clone())
        .collect();
    assert_eq!(
        by_ministers,
        [
            SpeechAct::Reiterated,
            SpeechAct::Noted,
            SpeechAct::Emphasized
        ]
    );
    // Trade in 2019 over $30 billion; investment about $20 billion.
    let trade = a
        .events
        .iter()
        .find(|e| e.id.as_str() == "trade-2019")
        .unwrap();
    let amount = &trade.quantities[0];
    assert_eq!(
        amount.amount.as_ref().map(ToString::to_string).as_deref(),
        Some("30000000000")
    );
    assert_eq!(amount.currency.unwrap().as_str(), "USD");
    let investment = a
        .events
        .iter()
        .find(|e| e.id.as_str() == "russian-investment-in-central-asia")
        .unwrap();
    assert_eq!(
        investment.quantities[0].text.as_deref(),
        Some("about USD 20 billion")
    );
    let assistance = &a.commitments[0];
    assert_eq!(assistance.kind, CommitmentKind::Support);
    assert_eq!(assistance.bound_parties[0].as_str(), "russia");
}

#[test]
fn a_call_readout_with_a_meeting_next_week_and_a_conditional_resolve() {
    let a = article("state-2021-05-12-blinken-lavrov-call");
    let call = &a.meetings[0];
    assert_eq!(call.kind, MeetingKind::PhoneCall);
    assert_eq!(call.status, MeetingStatus::Held);
    assert_eq!(
        call.date.as_ref().unwrap().value.unwrap().to_string(),
        "2021-05-12"
    );
    // The readout does not say who placed the call.
    assert!(call.participants.iter().all(|p| p.role.is_none()));
    // "Where they will meet next week": on the sidelines of the
    // ministerial, in the ISO week after the call.
    let meeting = a
        .meetings
        .iter()
        .find(|m| m.id.as_str() == "blinken-lavrov-meeting")
        .unwrap();
    assert_eq!(meeting.status, MeetingStatus::Scheduled);
    assert_eq!(
        meeting.date.as_ref().unwrap().value.unwrap().to_string(),
        "2021-05-17/2021-05-23"
    );
    // The readout is the spokesperson's own text, for the department.
    let own: Vec<_> = a
        .statements
        .iter()
        .filter(|s| s.mode == StatementMode::OwnText)
        .collect();
    assert_eq!(own.len(), 5);
    assert!(own.iter().all(|s| s.speaker.as_str() == "ned-price"
        && s.on_behalf_of.as_ref().map(|o| o.as_str()) == Some("us-department-of-state")));
    // The call on Russia to release the two Americans: a demand addressed
    // to Russia, set in the call, not a commitment of Russia's.
    let demand = a
        .statements
        .iter()
        .find(|s| s.speech_act == SpeechAct::CalledFor)
        .unwrap();
    assert_eq!(demand.addressees[0].as_str(), "russia");
    assert_eq!(
        demand.setting.as_ref().unwrap().as_str(),
        "blinken-lavrov-call"
    );
    assert!(a
        .commitments
        .iter()
        .all(|c| c.bound_parties.iter().all(|p| p.as_str() != "russia")));
    assert!(a.events.iter().any(|e| e.kind == EventKind::Release));
    // Biden's resolve, reiterated, holds "in response to actions by
    // Russia"; the two ministers both committed to continued discussion.
    let resolve = &a.commitments[0];
    assert_eq!(resolve.modality, Some(Modality::Conditional));
    assert_eq!(resolve.bound_parties[0].as_str(), "joe-biden");
    assert_eq!(
        resolve.status_history.last().unwrap().status,
        CommitmentStatus::Reiterated
    );
    let discussion = &a.commitments[1];
    let bound: Vec<&str> = discussion
        .bound_parties
        .iter()
        .map(|p| p.as_str())
        .collect();
    assert_eq!(bound, ["antony-blinken", "sergey-lavrov"]);
}

#[test]
fn a_joint_declaration_whose_list_items_are_pledges() {
    let a = article("c5-2015-11-01-samarkand-joint-declaration");
    let declaration = &a.documents[0];
    assert_eq!(declaration.kind, DocumentKind::Declaration);
    assert_eq!(declaration.status, Some(DocumentStatus::Adopted));
    assert_eq!(declaration.issuers.len(), 6);
    // Six pledges kept whole, each one statement and one commitment bound
    // on the signatories; and the six countries' commitment to deepen
    // cooperation, with regular C5+1 meetings as part of it.
    let pledges: Vec<_> = a
        .commitments
        .iter()
        .filter(|c| {
            c.bound_parties
                .iter()
                .any(|p| p.as_str() == "the-foreign-ministers")
        })
        .collect();
    assert_eq!(pledges.len(), 6);
    assert!(pledges.iter().all(|c| c.modality == Some(Modality::Pledge)));
    let afghanistan = pledges
        .iter()
        .find(|c| c.kind == CommitmentKind::Support)
        .unwrap();
    assert_eq!(afghanistan.counterparties[0].as_str(), "afghanistan");
    let meetings = a
        .commitments
        .iter()
        .find(|c| c.kind == CommitmentKind::Hold)
        .unwrap();
    assert_eq!(
        meetings.part_of.as_ref().unwrap().as_str(),
        "deepen-cooperation"
    );
    // Turkmenistan is a member of the six countries.
    let six = a
        .entities
        .groups
        .iter()
        .find(|g| g.id.as_str() == "six-countries")
        .unwrap();
    assert!(six.members.iter().any(|m| m.as_str() == "turkmenistan"));
    // The meeting follows the New York ministerial of 26 September 2015,
    // a date as written, not inferred; its own day is inferred.
    let new_york = &a.meetings[0];
    let date = new_york.date.as_ref().unwrap();
    assert_eq!(date.value.unwrap().to_string(), "2015-09-26");
    assert!(!date.inferred);
    assert!(a.meetings[1].date.as_ref().unwrap().inferred);
    assert!(a.published_inferred);
}

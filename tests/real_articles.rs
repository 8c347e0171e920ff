//! The real articles encoded as examples: each example still prints its
//! checked-in fixture, and the fixtures say what the texts say.

mod common;

use std::process::Command;

use structured_news::{
    Article, Attendance, CommitmentKind, CommitmentStatus, DocumentKind, DocumentStatus, EventKind,
    MeetingKind, MeetingStatus, Modality, SpeechAct, StatementMode,
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

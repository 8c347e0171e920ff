//! The White House Press Secretary's statement of 3 October 2013 on the
//! cancellation of President Obama's trip to Indonesia and Brunei, encoded
//! through the builders.
//!
//! Run with `cargo run --example obama_asia_trip_cancelled`: it validates
//! the article and prints it as pretty JSON on stdout (and nothing else).
//! On a validation problem it prints every problem on stderr and exits
//! with 1.
//!
//! The text is `examples/data/whitehouse-obama-asia-trip-cancelled-2013.txt`
//! (its first line the headline, then a blank line, then the body); the
//! source notes are in the `.md` file beside it. The headline is inferred
//! from the mirror's URL, not shown on the stored page.

use std::process::ExitCode;

use structured_news::prelude::*;
use structured_news::{
    Article, ArticleBuilder, DocumentStatus, PersonHandle, Role, StatementBuilder, When,
};

/// The article: headline, blank line, body.
const TEXT: &str = include_str!("data/whitehouse-obama-asia-trip-cancelled-2013.txt");

/// The publication date the source notes give.
const PUBLISHED: &str = "2013-10-03";

fn main() -> ExitCode {
    let article = match build_article() {
        Ok(article) => article,
        Err(problem) => {
            eprintln!("the article does not validate: {problem}");
            return ExitCode::FAILURE;
        }
    };
    match serde_json::to_string_pretty(&article) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("could not write JSON: {e}");
            ExitCode::FAILURE
        }
    }
}

fn build_article() -> Result<Article, Box<dyn std::error::Error>> {
    let (headline, body) = TEXT
        .split_once("\n\n")
        .ok_or("the text has no blank line after its headline")?;
    let body = body.strip_suffix('\n').unwrap_or(body);

    let mut article =
        ArticleBuilder::new("whitehouse-obama-asia-trip-cancelled-2013", "en-US", body);
    article
        .headline(headline)
        .url("http://whitehousepressbriefings.com/statement-releases/statement-press-secretary-cancellation-presidents-trip-to-asia")
        .published(PUBLISHED)
        .subject("cancelled presidential trip")
        .subject("United States relations with the Asia-Pacific")
        .subject("government shutdown in the United States");

    // Countries and regions.
    let us = article.add_country(
        Place::country_builder("united-states", "United States", "US")
            .alias("U.S.")
            .wikidata("Q30")
            .evidence("U.S."),
    );
    let indonesia = article.add_country(
        Place::country_builder("indonesia", "Indonesia", "ID")
            .wikidata("Q252")
            .evidence("Indonesia"),
    );
    let brunei = article.add_country(
        Place::country_builder("brunei", "Brunei", "BN")
            .wikidata("Q921")
            .evidence("Brunei"),
    );
    let asia = article.add_place(
        Place::builder("asia", "Asia", PlaceKind::GeographicRegion)
            .wikidata("Q48")
            .evidence_in_headline("Asia"),
    );
    let asia_pacific = article.add_place(
        Place::builder("asia-pacific", "Asia-Pacific", PlaceKind::GeographicRegion)
            .alias("the region")
            .alias("the largest emerging region in the world")
            .evidence("the Asia-Pacific")
            .evidence("the region")
            .evidence("the largest emerging region in the world"),
    );

    // The publisher and the bodies of the United States the text names.
    let white_house = article.add_organization(
        Organization::builder(
            "white-house",
            "The White House",
            OrganizationKind::HeadOfStateOffice,
        )
        .country("US"),
    );
    let press_office = article.add_organization(
        Organization::builder(
            "white-house-press-office",
            "Office of the Press Secretary",
            OrganizationKind::Agency,
        )
        .country("US")
        .parent(&white_house),
    );
    article.publisher(&press_office);
    let us_government = article.add_organization(
        Organization::builder(
            "us-federal-government",
            "United States federal government",
            OrganizationKind::Government,
        )
        .alias("the government")
        .country("US")
        .wikidata("Q48525")
        .evidence("reopen the government")
        .evidence("a shutdown of the government"),
    );
    let house = article.add_organization(
        Organization::builder(
            "us-house-of-representatives",
            "United States House of Representatives",
            OrganizationKind::Legislature,
        )
        .alias("House")
        .country("US")
        .evidence("House"),
    );

    // Parties the statement names or describes.
    let republicans = article
        .add_group(Group::described_builder("republicans", "Republicans").evidence("Republicans"));
    let house_republicans = article.add_group(
        Group::builder("house-republicans", "House Republicans")
            .description("the House Republicans")
            .evidence("the House Republicans"),
    );
    let allies = article.add_group(
        Group::described_builder(
            "allies-and-partners-in-asia-pacific",
            "our allies and partners in the Asia-Pacific",
        )
        .evidence("our allies and partners in the Asia-Pacific"),
    );

    // The people.
    let obama = article.add_person(
        Person::builder("barack-obama", "Barack Obama")
            .alias("President Obama")
            .alias("the President")
            .country("US")
            .wikidata("Q76")
            .role("President", &us_government)
            .evidence("President Obama")
            .evidence_in_headline("the President"),
    );
    let kerry = article.add_person(
        Person::builder("john-kerry", "John Kerry")
            .alias("Secretary Kerry")
            .country("US")
            .role_title("Secretary")
            .evidence("Secretary Kerry"),
    );
    let press_secretary = article.add_person(
        Person::unnamed_builder("white-house-press-secretary", "the Press Secretary")
            .country("US")
            .with_role(Role::new("Press Secretary").in_organization(&press_office))
            .evidence_in_headline("the Press Secretary"),
    );
    article.byline(&press_secretary);

    // The day of the release: the source notes give it, the text does not.
    let release_day = inferred(PUBLISHED)?;

    // The release itself.
    article.add_document(
        Document::builder("press-secretary-statement", DocumentKind::PressRelease)
            .title(headline)
            .date(release_day.clone())
            .status(DocumentStatus::Adopted)
            .issuer(&press_secretary)
            .evidence_in_headline("Statement by the Press Secretary"),
    );

    // The shutdown, and the vote the President presses for.
    let shutdown = article.add_event(
        Event::builder(
            "government-shutdown",
            EventKind::Other,
            EventStatus::Ongoing,
            "the government shut-down, which the statement says the House Republicans forced",
        )
        .place(&us)
        .actor(&house_republicans)
        .affected(&us_government)
        .evidence("the government shut-down")
        .evidence("in the face of a shutdown")
        .evidence("the House Republicans forcing a shutdown of the government")
        .evidence("This completely avoidable shutdown"),
    );
    let vote = article.add_event(
        Event::builder(
            "vote-to-reopen-government",
            EventKind::Other,
            EventStatus::Possible,
            "a vote to reopen the government, which the President says Republicans should immediately allow",
        )
        .place(&us)
        .about(&us_government)
        .about(&shutdown)
        .evidence("a vote to reopen the government"),
    );

    // The cancelled trip and its two stops.
    let trip = article.add_meeting(
        Meeting::builder(
            "obama-asia-trip",
            MeetingKind::Trip,
            MeetingStatus::Cancelled,
        )
        .name("the President's Trip to Asia")
        .place(&asia)
        .participant_as(&obama, "President")
        .earlier_status(MeetingStatusChange::new(MeetingStatus::Scheduled))
        .reason("Due to the government shut-down")
        .decided_by(&obama)
        .status_as_of(PUBLISHED)
        .status_evidence("The President made this decision")
        .about(&shutdown)
        .evidence("President Obama’s travel to Indonesia and Brunei has been cancelled")
        .evidence("The cancellation of this trip")
        .evidence_in_headline("the Cancellation of the President's Trip to Asia"),
    );
    let stops = [
        ("obama-visit-indonesia", &indonesia, "Indonesia"),
        ("obama-visit-brunei", &brunei, "Brunei"),
    ];
    let mut visits = Vec::new();
    for (id, country, words) in stops {
        visits.push(
            article.add_meeting(
                Meeting::builder(id, MeetingKind::Visit, MeetingStatus::Cancelled)
                    .part_of(&trip)
                    .place(country)
                    .participant_as(&obama, "President")
                    .earlier_status(MeetingStatusChange::new(MeetingStatus::Scheduled))
                    .reason("Due to the government shut-down")
                    .status_as_of(PUBLISHED)
                    .about(&shutdown)
                    .evidence("travel to Indonesia and Brunei")
                    .evidence(words),
            ),
        );
    }

    // Secretary Kerry's delegations, in place of the President.
    let kerry_visits = [
        ("kerry-delegation-indonesia", &indonesia),
        ("kerry-delegation-brunei", &brunei),
    ]
    .map(|(id, country)| {
        article.add_meeting(
            Meeting::builder(id, MeetingKind::Visit, MeetingStatus::Announced)
                .certainty(Certainty::Confirmed)
                .name("delegation led by Secretary Kerry")
                .place(country)
                .participant_in_place_of(&kerry, &obama)
                .evidence(
                    "Secretary Kerry will lead delegations to both countries in place of the President",
                ),
        )
    });

    // What the Press Secretary said for the President.
    article.add_statement(
        said(
            "statement-trip-cancelled",
            &press_secretary,
            SpeechAct::Announced,
            "Due to the government shut-down, President Obama’s travel to Indonesia and Brunei has been cancelled.",
            &release_day,
        )
        .on_behalf_of(&obama)
        .about(&trip)
        .about(&visits[0])
        .about(&visits[1])
        .about(&shutdown)
        .about(&indonesia)
        .about(&brunei),
    );
    article.add_statement(
        said(
            "statement-reasons-for-decision",
            &press_secretary,
            SpeechAct::Stated,
            "The President made this decision based on the difficulty in moving forward with foreign travel in the face of a shutdown, and his determination to continue pressing his case that Republicans should immediately allow a vote to reopen the government.",
            &release_day,
        )
        .on_behalf_of(&obama)
        .about(&trip)
        .about(&obama)
        .about(&shutdown)
        .about(&republicans)
        .about(&vote),
    );
    let kerry_announced = article.add_statement(
        said(
            "statement-kerry-delegations",
            &press_secretary,
            SpeechAct::Announced,
            "Secretary Kerry will lead delegations to both countries in place of the President.",
            &release_day,
        )
        .on_behalf_of(&obama)
        .about(&kerry)
        .about(&kerry_visits[0])
        .about(&kerry_visits[1])
        .about(&trip),
    );
    article.add_statement(
        said(
            "statement-blames-house-republicans",
            &press_secretary,
            SpeechAct::Blamed,
            "The cancellation of this trip is another consequence of the House Republicans forcing a shutdown of the government.",
            &release_day,
        )
        .on_behalf_of(&obama)
        .about(&trip)
        .about(&shutdown)
        .about(&house_republicans)
        .about(&house),
    );
    article.add_statement(
        said(
            "statement-shutdown-sets-back",
            &press_secretary,
            SpeechAct::Criticized,
            "This completely avoidable shutdown is setting back our ability to create jobs through promotion of U.S. exports and advance U.S. leadership and interests in the largest emerging region in the world.",
            &release_day,
        )
        .on_behalf_of(&obama)
        .about(&shutdown)
        .about(&us)
        .about(&asia_pacific),
    );
    let looks_forward = article.add_statement(
        said(
            "statement-looks-forward",
            &press_secretary,
            SpeechAct::LookedForwardTo,
            "The President looks forward to continuing his work with our allies and partners in the Asia-Pacific and to returning to the region at a later date.",
            &release_day,
        )
        .on_behalf_of(&obama)
        .about(&allies)
        .about(&asia_pacific),
    );

    // What the President presses for, as the Press Secretary reports it.
    let presses_case = article.add_statement(
        Statement::paraphrase(
            "obama-presses-for-vote",
            &obama,
            SpeechAct::CalledFor,
            "Republicans should immediately allow a vote to reopen the government",
        )
        .reporting_verb("pressing his case")
        .reported_by(&press_secretary)
        .addressee(&republicans)
        .about(&vote)
        .about(&us_government)
        .evidence("his determination to continue pressing his case that Republicans should immediately allow a vote to reopen the government"),
    );

    // The commitments.
    article.add_commitment(
        Commitment::builder(
            "kerry-leads-delegations",
            CommitmentKind::Visit,
            "lead delegations to Indonesia and Brunei in place of the President",
        )
        .bound_party(&kerry)
        .counterparty(&indonesia)
        .counterparty(&brunei)
        .modality(Modality::Pledge)
        .statement(&kerry_announced)
        .about(&kerry_visits[0])
        .about(&kerry_visits[1])
        .about(&trip)
        .status(CommitmentStatus::Stated)
        .status_as_of(PUBLISHED)
        .evidence(
            "Secretary Kerry will lead delegations to both countries in place of the President",
        ),
    );
    article.add_commitment(
        Commitment::builder(
            "obama-continues-work-with-allies",
            CommitmentKind::Cooperate,
            "continue his work with our allies and partners in the Asia-Pacific",
        )
        .bound_party(&obama)
        .counterparty(&allies)
        .modality(Modality::Aspiration)
        .statement(&looks_forward)
        .about(&asia_pacific)
        .status(CommitmentStatus::Stated)
        .status_as_of(PUBLISHED)
        .evidence("continuing his work with our allies and partners in the Asia-Pacific"),
    );
    article.add_commitment(
        Commitment::builder(
            "obama-returns-to-region",
            CommitmentKind::Visit,
            "return to the region (the Asia-Pacific) at a later date",
        )
        .bound_party(&obama)
        .modality(Modality::Aspiration)
        .due(When::vague("at a later date"))
        .statement(&looks_forward)
        .about(&asia_pacific)
        .about(&trip)
        .status(CommitmentStatus::Stated)
        .status_as_of(PUBLISHED)
        .evidence("returning to the region at a later date"),
    );
    article.add_commitment(
        Commitment::builder(
            "obama-keeps-pressing-for-vote",
            CommitmentKind::Other,
            "continue pressing his case that Republicans should immediately allow a vote to reopen the government",
        )
        .bound_party(&obama)
        .modality(Modality::Intention)
        .statement(&presses_case)
        .about(&vote)
        .about(&republicans)
        .status(CommitmentStatus::Stated)
        .status_as_of(PUBLISHED)
        .evidence("his determination to continue pressing his case"),
    );

    Ok(article.build()?)
}

/// A sentence of the release, which is the Press Secretary's own text: the
/// words stand in the body as they were issued, dated the day of the
/// release.
fn said(
    id: &str,
    speaker: &PersonHandle,
    act: SpeechAct,
    sentence: &str,
    day: &When,
) -> StatementBuilder {
    let words = sentence.strip_suffix('.').unwrap_or(sentence);
    Statement::own_text(id, speaker, act, words)
        .date(day.clone())
        .evidence(sentence)
}

/// A date the text does not write but that follows from what it says (here
/// the day of the release, from the source notes).
fn inferred(date: &str) -> Result<When, structured_news::ValueError> {
    let mut when = When::stated(date.parse()?);
    when.inferred = true;
    Ok(when)
}

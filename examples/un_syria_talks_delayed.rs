//! "UN Talks on Syria May Be Delayed, Diplomats Say", a Voice of America
//! report of January 2016, encoded through the builders.
//!
//! Run with `cargo run --example un_syria_talks_delayed`: it validates the
//! article and prints it as pretty JSON on stdout (and nothing else). On a
//! validation problem it prints every problem on stderr and exits with 1.
//!
//! The text is `examples/data/voa-un-syria-talks-may-be-delayed.txt` (the
//! headline, a blank line, the body); its source notes are in
//! `examples/data/voa-un-syria-talks-may-be-delayed.md`. The stored copy
//! shows no date: the publication date 2016-01-18 is inferred (the talks
//! "set to open January 25" are "next week's", so the article is of the
//! week of 18 January 2016, and "Monday" is taken to be 18 January). Every
//! date resolved from it is therefore inferred too.

use std::process::ExitCode;

use structured_news::prelude::*;
use structured_news::{Article, ArticleBuilder, Attendance, Group, Quantity, When};

/// The article: headline, blank line, body.
const TEXT: &str = include_str!("data/voa-un-syria-talks-may-be-delayed.txt");

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

    let mut article = ArticleBuilder::new("voa-un-syria-talks-may-be-delayed", "en", body);
    article
        .headline(headline)
        .url("http://m.voanews.com/a/united-nations-talk-syria-delayed-diplomats-say/3152263.html")
        // Not shown in the stored copy: inferred (see the source notes).
        .published("2016-01-18")
        .subject("Syria peace talks")
        .subject("Geneva talks on Syria")
        .subject("Syrian civil war")
        .subject("Syrian opposition")
        .subject("political transition in Syria");

    // Countries and places.
    let syria = article.add_country(
        Place::country_builder("syria", "Syria", "SY")
            .wikidata("Q858")
            .evidence("peace talks on Syria"),
    );
    let us = article.add_country(
        Place::country_builder("united-states", "United States", "US")
            .alias("U.S.")
            .wikidata("Q30")
            .evidence("the United States and Russia"),
    );
    let russia = article.add_country(
        Place::country_builder("russia", "Russia", "RU")
            .wikidata("Q159")
            .evidence("Russia — Assad's most powerful ally"),
    );
    let iran = article.add_country(
        Place::country_builder("iran", "Iran", "IR")
            .wikidata("Q794")
            .evidence("Iran and Saudi Arabia"),
    );
    let saudi_arabia = article.add_country(
        Place::country_builder("saudi-arabia", "Saudi Arabia", "SA")
            .wikidata("Q851")
            .evidence("Iran and Saudi Arabia"),
    );
    let geneva = article.add_place(
        Place::builder("geneva", "Geneva", PlaceKind::City)
            .country("CH")
            .wikidata("Q71")
            .evidence("January 25 in Geneva"),
    );

    // Organizations: the publisher, the U.N., the outlet Kerry spoke to,
    // the Syrian government and the support group.
    let voa = article.add_organization(
        Organization::builder("voa", "Voice of America", OrganizationKind::Media)
            .alias("VOA News")
            .country("US"),
    );
    article.publisher(&voa);
    article.byline(&voa);
    let un = article.add_organization(
        Organization::builder(
            "united-nations",
            "United Nations",
            OrganizationKind::IntergovernmentalOrganization,
        )
        .alias("U.N.")
        .alias("UN")
        .wikidata("Q1065")
        .evidence("Diplomats at the United Nations")
        .evidence_in_headline("UN"),
    );
    let cnn = article.add_organization(
        Organization::builder("cnn", "CNN", OrganizationKind::Media)
            .alias("CNN television")
            .country("US")
            .wikidata("Q48340")
            .evidence("CNN television"),
    );
    let syrian_government = article.add_organization(
        Organization::builder(
            "syrian-government",
            "Government of Syria",
            OrganizationKind::Government,
        )
        .alias("the Syrian government")
        .country("SY")
        .evidence("the Syrian government"),
    );
    let support_group = article.add_organization(
        Organization::builder(
            "international-syria-support-group",
            "International Syria Support Group",
            OrganizationKind::IntergovernmentalBody,
        )
        .alias("international Syria support group")
        .evidence("the international Syria support group process"),
    );

    // People.
    let haq = article.add_person(
        Person::builder("farhan-haq", "Farhan Haq")
            .alias("Haq")
            .role("spokesman", &un)
            .evidence("U.N. spokesman Farhan Haq"),
    );
    let ban = article.add_person(
        Person::builder("ban-ki-moon", "Ban Ki-moon")
            .alias("The Secretary-General")
            .role("Secretary-General", &un)
            .evidence("The Secretary-General [Ban Ki-moon]"),
    );
    let assad = article.add_person(
        Person::builder("bashar-al-assad", "Bashar al-Assad")
            .alias("Assad")
            .role_title("President")
            .country("SY")
            .evidence("President Bashar al-Assad"),
    );
    let kerry = article.add_person(
        Person::builder("john-kerry", "John Kerry")
            .role_title("Secretary of State")
            .country("US")
            .evidence("U.S. Secretary of State John Kerry"),
    );

    // Groups the article names or describes.
    let un_diplomats = article.add_group(
        Group::described_builder("un-diplomats", "Diplomats at the United Nations")
            .evidence("Diplomats at the United Nations")
            .evidence_in_headline("Diplomats"),
    );
    let major_powers = article.add_group(
        Group::described_builder("major-powers", "major powers")
            .evidence("major powers are squabbling"),
    );
    let lead_countries = article.add_group(
        Group::described_builder(
            "support-group-lead-countries",
            "the countries spearheading the international Syria support group process",
        )
        .alias("those countries")
        .evidence("the countries spearheading the international Syria support group process")
        .evidence("those countries"),
    );
    let opposition = article.add_group(
        Group::described_builder("syrian-opposition", "Syrian opposition members")
            .alias("the opposition")
            .alias("opposition groups in Syria")
            .alias("all opposition members")
            .evidence("Syrian opposition members")
            .evidence("who among the opposition")
            .evidence("Some opposition groups in Syria")
            .evidence("all opposition members"),
    );
    // "Seventeen world powers ..., including" four: the members are those
    // the article names, not all seventeen.
    let world_powers = article.add_group(
        Group::described_builder("seventeen-world-powers", "Seventeen world powers")
            .member(&us)
            .member(&russia)
            .member(&iran)
            .member(&saudi_arabia)
            .evidence("Seventeen world powers"),
    );
    article.add_group(
        Group::described_builder("regional-rivals", "regional powers and arch-rivals")
            .member(&iran)
            .member(&saudi_arabia)
            .evidence("Iran and Saudi Arabia, regional powers and arch-rivals"),
    );
    let delegations = article.add_group(
        Group::described_builder("delegations", "all the delegations")
            .evidence("all the delegations"),
    );
    let reporters = article.add_group(
        Group::described_builder("reporters", "reporters").evidence("Haq told reporters"),
    );
    let syrian_people = article.add_group(
        Group::described_builder("syrian-people", "the Syrian people")
            .alias("his own people")
            .evidence("the Syrian people themselves")
            .evidence("his own people"),
    );

    // The talks: still scheduled for 25 January, and may be delayed.
    // `certainty` hedges whether they take place as scheduled; the date
    // carries EDTF's "?" (uncertain), as the diplomats say it may slip. The
    // year of "January 25" is inferred from the publication date.
    let mut talks_date = When::as_written("2016-01-25?".parse()?, "January 25");
    talks_date.inferred = true;
    let talks = article.add_meeting(
        Meeting::builder(
            "geneva-talks",
            MeetingKind::Negotiations,
            MeetingStatus::Scheduled,
        )
        .name("peace talks on Syria")
        .certainty(Certainty::Possible)
        .date(talks_date)
        .place(&geneva)
        .organization(&un)
        .participant_attending(&world_powers, Attendance::Expected)
        .participant_attending(&us, Attendance::Expected)
        .participant_attending(&russia, Attendance::Expected)
        .participant_attending(&iran, Attendance::Expected)
        .participant_attending(&saudi_arabia, Attendance::Expected)
        .participant_attending(&opposition, Attendance::Uncertain)
        .about(&syria)
        .expected_topic("setting up a transitional government for Syria in the hopes of turning it into a democracy")
        .evidence("next week's scheduled peace talks on Syria")
        .evidence("The talks are set to open January 25 in Geneva")
        .evidence("the 25th remains the target date for the meeting")
        .evidence("Seventeen world powers plan to be at the Geneva talks")
        .evidence("The talks are aimed at setting up a transitional government for Syria in the hopes of turning it into a democracy.")
        .evidence("the Geneva conference")
        .evidence_in_headline("UN Talks on Syria"),
    );

    // Events: the possible delay, the dispute behind it, the invitations
    // not yet sent, the war, and what the United States says of Assad.
    let delay = article.add_event(
        Event::builder(
            "possible-delay",
            EventKind::Other,
            EventStatus::Possible,
            "next week's scheduled peace talks on Syria may be delayed",
        )
        .about(&talks)
        .evidence("next week's scheduled peace talks on Syria may be delayed")
        .evidence_in_headline("May Be Delayed"),
    );
    let dispute = article.add_event(
        Event::builder(
            "opposition-invitation-dispute",
            EventKind::Other,
            EventStatus::Ongoing,
            "major powers are squabbling over which Syrian opposition members should be invited",
        )
        .actor(&major_powers)
        .about(&opposition)
        .about(&talks)
        .evidence(
            "major powers are squabbling over which Syrian opposition members should be invited",
        ),
    );
    let invitations = article.add_event(
        Event::builder(
            "invitations",
            EventKind::Other,
            EventStatus::Expected,
            "the U.N. issuing invitations to the talks, which have yet to go out",
        )
        .actor(&un)
        .about(&talks)
        .about(&opposition)
        .evidence("invitations have yet to go out")
        .evidence("The U.N. will proceed with issuing invitations"),
    );
    let war = article.add_event(
        Event::builder(
            "syrian-civil-war",
            EventKind::ArmedConflict,
            EventStatus::Ongoing,
            "the Syrian civil war",
        )
        .place(&syria)
        .evidence("the Syrian civil war")
        .evidence("the fighting"),
    );
    let atrocities = article.add_event(
        Event::builder(
            "assad-atrocities",
            EventKind::Other,
            EventStatus::Occurred,
            "Bashar al-Assad has committed atrocities against his own people",
        )
        .actor(&assad)
        .affected(&syrian_people)
        .place(&syria)
        .evidence("someone who has committed atrocities against his own people"),
    );
    article.add_event(
        Event::builder(
            "disagreement-over-new-syria",
            EventKind::Other,
            EventStatus::Ongoing,
            "severe disagreement over who should be part of the new Syria",
        )
        .actor(&delegations)
        .about(&syria)
        .about(&assad)
        .evidence("there is severe disagreement over who should be part of the new Syria"),
    );

    // What the diplomats say; the article attributes its headline to them.
    article.source_quoted(&un_diplomats, "Diplomats at the United Nations say");
    article.add_statement(
        Statement::paraphrase(
            "diplomats-talks-may-be-delayed",
            &un_diplomats,
            SpeechAct::Said,
            "next week's scheduled peace talks on Syria may be delayed because major powers are squabbling over which Syrian opposition members should be invited",
        )
        .reporting_verb("say")
        .about(&talks)
        .about(&delay)
        .about(&dispute)
        .evidence("Diplomats at the United Nations say next week's scheduled peace talks on Syria may be delayed because major powers are squabbling over which Syrian opposition members should be invited.")
        .evidence_in_headline("May Be Delayed, Diplomats Say"),
    );

    // What the U.N. spokesman said, for the U.N.
    article.add_statement(
        Statement::paraphrase(
            "haq-target-date",
            &haq,
            SpeechAct::Said,
            "the 25th remains the target date for the meeting",
        )
        .on_behalf_of(&un)
        .reporting_verb("said")
        .date_as_written("Monday")
        .about(&talks)
        .evidence("U.N. spokesman Farhan Haq said Monday that the 25th remains the target date for the meeting."),
    );
    // The quote is interrupted by "Haq told reporters"; "[Ban Ki-moon]" is
    // the article's own insertion and stands in the body as written. The
    // article does not date this sentence; the day of "said Monday" in the
    // sentence before is taken for it, as inferred.
    let haq_quote = article.add_statement(
        Statement::direct_quote(
            "haq-invitations-quote",
            &haq,
            SpeechAct::Told,
            "The U.N. will proceed with issuing invitations when the countries spearheading the international Syria support group process come to an understanding on who among the opposition should be invited, The Secretary-General [Ban Ki-moon] urges those countries to redouble efforts to reach that agreement.",
        )
        .piece("The U.N. will proceed with issuing invitations when the countries spearheading the international Syria support group process come to an understanding on who among the opposition should be invited,")
        .piece("The Secretary-General [Ban Ki-moon] urges those countries to redouble efforts to reach that agreement.")
        .on_behalf_of(&un)
        .addressee(&reporters)
        .reporting_verb("told")
        .date(inferred("2016-01-18", "Monday")?)
        .about(&talks)
        .about(&invitations)
        .about(&lead_countries)
        .about(&opposition)
        .about(&support_group)
        .evidence("\"The U.N. will proceed with issuing invitations when the countries spearheading the international Syria support group process come to an understanding on who among the opposition should be invited,\" Haq told reporters. \"The Secretary-General [Ban Ki-moon] urges those countries to redouble efforts to reach that agreement.\""),
    );
    // The Secretary-General's call, as his spokesman relays it.
    article.add_statement(
        Statement::paraphrase(
            "ban-urges-agreement",
            &ban,
            SpeechAct::CalledFor,
            "urges those countries to redouble efforts to reach that agreement",
        )
        .reported_by(&haq)
        .addressee(&lead_countries)
        .reporting_verb("urges")
        .date(inferred("2016-01-18", "Monday")?)
        .about(&opposition)
        .about(&talks)
        .evidence("The Secretary-General [Ban Ki-moon] urges those countries to redouble efforts to reach that agreement."),
    );

    // The positions on Assad and on the war.
    article.add_statement(
        Statement::paraphrase(
            "us-assad-position",
            &us,
            SpeechAct::Said,
            "President Bashar al-Assad, someone who has committed atrocities against his own people, cannot be a part of Syria's future",
        )
        .reporting_verb("has said")
        .about(&assad)
        .about(&syria)
        .about(&atrocities)
        .evidence("The United States has said President Bashar al-Assad, someone who has committed atrocities against his own people, cannot be a part of Syria's future."),
    );
    article.add_statement(
        Statement::paraphrase(
            "russia-assad-position",
            &russia,
            SpeechAct::Said,
            "it is up to the Syrian people themselves to decide that",
        )
        .reporting_verb("says")
        .about(&assad)
        .about(&syrian_people)
        .evidence("Russia — Assad's most powerful ally — says it is up to the Syrian people themselves to decide that."),
    );
    article.add_statement(
        Statement::paraphrase(
            "delegations-fighting-must-stop",
            &delegations,
            SpeechAct::Agreed,
            "the fighting must stop",
        )
        .reporting_verb("agree")
        .about(&war)
        .evidence("all the delegations agree that the fighting must stop"),
    );
    article.add_statement(
        Statement::direct_quote(
            "syrian-government-terrorists",
            &syrian_government,
            SpeechAct::Other,
            "terrorists",
        )
        .reporting_verb("regards")
        .about(&opposition)
        .evidence("the Syrian government regards all opposition members as \"terrorists.\""),
    );

    // Kerry spoke to CNN: CNN is the addressee, not an outlet the words
    // reached the article through (the article does not say it took them
    // from CNN's broadcast).
    article.add_statement(
        Statement::paraphrase(
            "kerry-no-promises",
            &kerry,
            SpeechAct::Told,
            "he cannot make any promises about Syria, but that the Geneva conference is the only way to get a political settlement",
        )
        .addressee(&cnn)
        .reporting_verb("told")
        .date_as_written("Monday")
        .about(&syria)
        .about(&talks)
        .evidence("U.S. Secretary of State John Kerry told CNN television Monday that he cannot make any promises about Syria, but that the Geneva conference is the only way to get a political settlement."),
    );

    // The commitments: the U.N.'s conditional promise to invite, and the
    // seventeen powers' plan to attend.
    article.add_commitment(
        Commitment::builder(
            "un-issue-invitations",
            CommitmentKind::Other,
            "proceed with issuing invitations to the talks",
        )
        .bound_party(&un)
        .condition("when the countries spearheading the international Syria support group process come to an understanding on who among the opposition should be invited")
        .concerns(&talks)
        .statement(&haq_quote)
        .about(&invitations)
        .about(&opposition)
        .status(CommitmentStatus::Stated)
        .evidence("The U.N. will proceed with issuing invitations when the countries spearheading the international Syria support group process come to an understanding on who among the opposition should be invited"),
    );
    let mut due = When::as_written("2016-01-25".parse()?, "January 25");
    due.inferred = true;
    article.add_commitment(
        Commitment::builder(
            "world-powers-attend",
            CommitmentKind::Attend,
            "be at the Geneva talks",
        )
        .bound_party(&world_powers)
        .modality(Modality::Intention)
        .concerns(&talks)
        .due(due)
        .quantity(Quantity::count(17, "world powers").as_written("Seventeen"))
        .status(CommitmentStatus::Stated)
        .evidence("Seventeen world powers plan to be at the Geneva talks"),
    );

    Ok(article.build()?)
}

/// A date the article does not write but that follows from what it says,
/// with the words it follows from.
fn inferred(date: &str, words: &str) -> Result<When, structured_news::ValueError> {
    let mut when = When::as_written(date.parse()?, words);
    when.inferred = true;
    Ok(when)
}

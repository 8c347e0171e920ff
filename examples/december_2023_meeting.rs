//! The meeting of the Russian and Turkmen foreign ministers on 4 December
//! 2023, as nCa reported it, encoded through the builders.
//!
//! Run with `cargo run --example december_2023_meeting`: it validates the
//! article and prints it as pretty JSON on stdout (and nothing else). On a
//! validation problem it prints every problem on stderr and exits with 1.
//!
//! The article text is `examples/data/nca-2023-12-04-lavrov-meredov.txt`;
//! its first words (` date 2023-12-04 `) are the archive's date line, not
//! part of the body.

use std::process::ExitCode;

use structured_news::prelude::*;
use structured_news::{Article, ArticleBuilder, When};

/// The article as archived, with its date line.
const ARCHIVED: &str = include_str!("data/nca-2023-12-04-lavrov-meredov.txt");

/// The archive's date line before the body.
const DATE_LINE: &str = " date 2023-12-04 ";

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
    let body = ARCHIVED
        .strip_prefix(DATE_LINE)
        .ok_or("the archived article does not start with its date line")?;

    let mut article = ArticleBuilder::new("nca-2023-12-04-lavrov-meredov", "en", body);
    article
        .published("2023-12-04")
        .subject("Russia–Turkmenistan relations")
        .subject("foreign ministers' talks")
        .subject("economic cooperation")
        .subject("cultural and educational cooperation")
        .subject("cooperation on international platforms");

    // Countries and cities.
    let russia =
        article.add_country(Place::country_builder("russia", "Russia", "RU").wikidata("Q159"));
    let turkmenistan = article
        .add_country(Place::country_builder("turkmenistan", "Turkmenistan", "TM").wikidata("Q874"));
    article.add_place(
        Place::builder("moscow", "Moscow", PlaceKind::City)
            .country("RU")
            .within(&russia)
            .wikidata("Q649"),
    );
    let ashgabat = article.add_place(
        Place::builder("ashgabat", "Ashgabat", PlaceKind::City)
            .country("TM")
            .within(&turkmenistan),
    );

    // The publisher and the source it cites.
    let nca =
        article.add_organization(Organization::builder("nca", "nCa", OrganizationKind::Media));
    article.publisher(&nca);
    let russian_mfa = article.add_organization(
        Organization::builder(
            "mfa-russia",
            "Ministry of Foreign Affairs of the Russian Federation",
            OrganizationKind::Ministry,
        )
        .alias("Russian Foreign Ministry")
        .country("RU"),
    );
    article.source_quoted(&russian_mfa, "according to the Russian Foreign Ministry");

    // Turkmen government bodies.
    let turkmen_cabinet = article.add_organization(
        Organization::builder(
            "cabinet-of-ministers-turkmenistan",
            "Cabinet of Ministers of Turkmenistan",
            OrganizationKind::Government,
        )
        .country("TM"),
    );
    let turkmen_mfa = article.add_organization(
        Organization::builder(
            "mfa-turkmenistan",
            "Ministry of Foreign Affairs of Turkmenistan",
            OrganizationKind::Ministry,
        )
        .alias("Foreign Ministry of Turkmenistan")
        .country("TM"),
    );

    // Bodies and formats the ministers spoke of.
    let commission = article.add_organization(
        Organization::builder(
            "intergovernmental-commission",
            "Intergovernmental Commission on Economic Cooperation",
            OrganizationKind::IntergovernmentalBody,
        )
        .alias("intergovernmental commission"),
    );
    let caspian_five = article.add_organization(
        Organization::builder(
            "caspian-five",
            "Caspian Five",
            OrganizationKind::IntergovernmentalBody,
        )
        .alias("Caspian Littoral States"),
    );
    let united_nations = article.add_organization(
        Organization::builder(
            "united-nations",
            "United Nations",
            OrganizationKind::IntergovernmentalOrganization,
        )
        .alias("UN")
        .wikidata("Q1065"),
    );
    let friends_of_neutrality = article.add_organization(Organization::builder(
        "group-of-friends-of-neutrality",
        "Group of Friends of Neutrality",
        OrganizationKind::IntergovernmentalBody,
    ));

    // The flagship projects of the partnership.
    let university = article.add_organization(Organization::builder(
        "russian-turkmen-university",
        "Russian-Turkmen University",
        OrganizationKind::EducationalInstitution,
    ));
    let drama_theater = article.add_organization(Organization::builder(
        "state-russian-drama-theater",
        "State Russian Drama Theater",
        OrganizationKind::CulturalInstitution,
    ));
    let pushkin_school = article.add_organization(
        Organization::builder(
            "pushkin-turkmen-russian-school",
            "Pushkin Turkmen-Russian School",
            OrganizationKind::EducationalInstitution,
        )
        .country("TM")
        .location(&ashgabat),
    );

    // The ministers.
    let lavrov = article.add_person(
        Person::builder("sergei-lavrov", "Sergei Lavrov")
            .evidence("Russian Foreign Minister Sergei Lavrov")
            .alias("Lavrov")
            .country("RU")
            .role("Minister of Foreign Affairs", &russian_mfa),
    );
    let meredov = article.add_person(
        Person::builder("rashid-meredov", "Rashid Meredov")
            .evidence("Minister of Foreign Affairs of Turkmenistan Rashid Meredov")
            .alias("the head of the Foreign Ministry of Turkmenistan")
            .country("TM")
            .role(
                "Deputy Chairman of the Cabinet of Ministers",
                &turkmen_cabinet,
            )
            .role("Minister of Foreign Affairs", &turkmen_mfa),
    );

    // The meetings: held, announced and scheduled.
    let caspian_meeting = article.add_meeting(
        Meeting::builder(
            "caspian-foreign-ministers-meeting",
            MeetingKind::Multilateral,
            MeetingStatus::Held,
        )
        .name("meeting of Foreign Ministers of the Caspian Littoral States")
        // The article gives no date for the Caspian meeting: only that the
        // talks on its sidelines were on 4 December, so that day is inferred.
        .date(inferred("2023-12-04")?)
        .evidence("the meeting of Foreign Ministers of the Caspian Littoral States")
        .organization(&caspian_five)
        .participant_as(&lavrov, "Russian Foreign Minister")
        .participant_as(&meredov, "Minister of Foreign Affairs of Turkmenistan"),
    );
    let talks = article.add_meeting(
        Meeting::builder("lavrov-meredov-talks", MeetingKind::Bilateral, MeetingStatus::Held)
            .date(When::as_written("2023-12-04".parse()?, "On 4 December 2023"))
            .evidence("held productive discussions")
            .on_sidelines_of(&caspian_meeting)
            .participant_as(&lavrov, "Russian Foreign Minister")
            .participant_as(
                &meredov,
                "Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs of Turkmenistan",
            )
            .topic("essential issues of bilateral relations")
            .topic("the schedule of upcoming engagements")
            .topic("collaboration on international platforms"),
    );
    let commission_meeting = article.add_meeting(
        Meeting::builder(
            "commission-next-meeting",
            MeetingKind::CommissionSession,
            MeetingStatus::Announced,
        )
        .name("next meeting of the Intergovernmental Commission on Economic Cooperation")
        .evidence("the ongoing preparations for its next meeting")
        .organization(&commission)
        .participant(&russia)
        .participant(&turkmenistan),
    );
    let business_forum = article.add_meeting(
        Meeting::builder(
            "business-forum",
            MeetingKind::Forum,
            MeetingStatus::Announced,
        )
        .name("business forum")
        .evidence("a business forum coinciding with the meeting")
        .coincides_with(&commission_meeting),
    );
    let neutrality_meeting = article.add_meeting(
        Meeting::builder(
            "friends-of-neutrality-meeting",
            MeetingKind::Multilateral,
            MeetingStatus::Scheduled,
        )
        .name("next meeting of the Group of Friends of Neutrality")
        .date_as_written("11 December")
        .evidence("the next meeting of the Group of Friends of Neutrality, scheduled for 11 December in Ashgabat")
        .place(&ashgabat)
        .organization(&friends_of_neutrality)
        .participant_as(&russia, "Russian delegation"),
    );

    // What both ministers said.
    let reiterated = article.add_statement(
        Statement::paraphrase(
            "both-sides-reiterate-partnership",
            &lavrov,
            SpeechAct::Reiterated,
            "their unwavering commitment to further strengthening the Russian-Turkmen strategic partnership and strengthening multifaceted cooperation between Moscow and Ashgabat",
        )
        .co_speaker(&meredov)
        .reporting_verb("reiterated")
        .setting(&talks)
        .date(inferred("2023-12-04")?)
        .about(&russia)
        .about(&turkmenistan)
        .evidence("Both sides reiterated their unwavering commitment to further strengthening the Russian-Turkmen strategic partnership and strengthening multifaceted cooperation between Moscow and Ashgabat."),
    );

    // What Lavrov said.
    article.add_statement(
        Statement::direct_quote(
            "lavrov-values-partnership",
            &lavrov,
            SpeechAct::Remarked,
            "We highly value our strategic partnership",
        )
        .reporting_verb("remarked")
        .setting(&talks)
        .date(inferred("2023-12-04")?)
        .evidence("“We highly value our strategic partnership,” remarked Lavrov"),
    );
    let on_commission = article.add_statement(
        Statement::paraphrase(
            "lavrov-commission-work",
            &lavrov,
            SpeechAct::Emphasized,
            "the dynamic work of the Intergovernmental Commission on Economic Cooperation and the ongoing preparations for its next meeting",
        )
        .reporting_verb("underscoring")
        .setting(&talks)
        .date(inferred("2023-12-04")?)
        .about(&commission)
        .about(&commission_meeting)
        .evidence("underscoring the dynamic work of the Intergovernmental Commission on Economic Cooperation and the ongoing preparations for its next meeting"),
    );
    let on_forum = article.add_statement(
        Statement::paraphrase(
            "lavrov-business-forum",
            &lavrov,
            SpeechAct::Announced,
            "a business forum coinciding with the meeting",
        )
        .reporting_verb("announced")
        .setting(&talks)
        .date(inferred("2023-12-04")?)
        .about(&business_forum)
        .about(&commission_meeting)
        .evidence("He also announced a business forum coinciding with the meeting."),
    );
    let on_projects = article.add_statement(
        Statement::paraphrase(
            "lavrov-cultural-educational-projects",
            &lavrov,
            SpeechAct::Emphasized,
            "the commitment to full cooperation in the realization of cultural and educational projects",
        )
        .reporting_verb("emphasized")
        .setting(&talks)
        .date(inferred("2023-12-04")?)
        .evidence("Lavrov emphasized the commitment to full cooperation in the realization of cultural and educational projects."),
    );
    let on_flagships = article.add_statement(
        Statement::paraphrase(
            "lavrov-flagship-projects",
            &lavrov,
            SpeechAct::Emphasized,
            "the flagship projects of the Turkmen-Russian partnership, including the establishment of the Russian-Turkmen University, the construction of a new building for the State Russian Drama Theater, and the expansion of the Pushkin Turkmen-Russian School in Ashgabat",
        )
        .reporting_verb("highlighted")
        .setting(&talks)
        .date(inferred("2023-12-04")?)
        .about(&university)
        .about(&drama_theater)
        .about(&pushkin_school)
        .evidence("He highlighted the flagship projects of the Turkmen-Russian partnership, including the establishment of the Russian-Turkmen University, the construction of a new building for the State Russian Drama Theater, and the expansion of the Pushkin Turkmen-Russian School in Ashgabat."),
    );
    article.add_statement(
        Statement::paraphrase(
            "lavrov-close-positions",
            &lavrov,
            SpeechAct::Noted,
            "the closeness of Turkmenistan’s and Russia’s positions on international platforms, including the UN and within the Caspian Five framework",
        )
        .reporting_verb("noted")
        .setting(&talks)
        .date(inferred("2023-12-04")?)
        .about(&turkmenistan)
        .about(&russia)
        .about(&united_nations)
        .about(&caspian_five)
        .evidence("Lavrov noted the closeness of Turkmenistan’s and Russia’s positions on international platforms, including the UN and within the Caspian Five framework."),
    );
    let on_participation = article.add_statement(
        Statement::paraphrase(
            "lavrov-confirms-participation",
            &lavrov,
            SpeechAct::Confirmed,
            "the Russian delegation’s participation in the next meeting of the Group of Friends of Neutrality, scheduled for 11 December in Ashgabat",
        )
        .reporting_verb("confirmed")
        .setting(&talks)
        .date(inferred("2023-12-04")?)
        .about(&neutrality_meeting)
        .evidence("He also confirmed the Russian delegation’s participation in the next meeting of the Group of Friends of Neutrality, scheduled for 11 December in Ashgabat."),
    );

    // What Meredov said.
    article.add_statement(
        Statement::direct_quote(
            "meredov-political-dynamics",
            &meredov,
            SpeechAct::Said,
            "We also note the high dynamics of political and diplomatic cooperation between the two states. The UN and other international platforms are the platforms for Turkmenistan and Russia, where they work closely and effectively together on serious important issues that are on the global agenda today",
        )
        .reporting_verb("said")
        .setting(&talks)
        .date(inferred("2023-12-04")?)
        .about(&united_nations)
        .evidence("“We also note the high dynamics of political and diplomatic cooperation between the two states. The UN and other international platforms are the platforms for Turkmenistan and Russia, where they work closely and effectively together on serious important issues that are on the global agenda today,” Rashid Meredov said."),
    );
    let on_commission_track = article.add_statement(
        Statement::direct_quote(
            "meredov-commission",
            &meredov,
            SpeechAct::Emphasized,
            "Of course, our intergovernmental commission is also one of the important mechanisms of interstate cooperation. Meeting within the framework of the commission, discussing issues of development of trade, economic, cultural and humanitarian ties, we try to do everything necessary to promote the cooperation that Turkmenistan and Russia have accumulated over the decades. Therefore, we will build up the potential of our bilateral partnership on this track",
        )
        .reporting_verb("stressed")
        .setting(&talks)
        .date(inferred("2023-12-04")?)
        .about(&commission)
        .evidence("“Of course, our intergovernmental commission is also one of the important mechanisms of interstate cooperation. Meeting within the framework of the commission, discussing issues of development of trade, economic, cultural and humanitarian ties, we try to do everything necessary to promote the cooperation that Turkmenistan and Russia have accumulated over the decades. Therefore, we will build up the potential of our bilateral partnership on this track,” the head of the Foreign Ministry of Turkmenistan stressed."),
    );

    // The commitments.
    article.add_commitment(
        Commitment::builder(
            "strategic-partnership",
            CommitmentKind::Cooperate,
            "further strengthen the Russian-Turkmen strategic partnership and multifaceted cooperation between Moscow and Ashgabat",
        )
        .bound_party(&russia)
        .bound_party(&turkmenistan)
        .modality(Modality::Pledge)
        .made_at(&talks)
        .statement(&reiterated)
        .status(CommitmentStatus::Reiterated)
        .status_as_of("2023-12-04")
        .evidence("Both sides reiterated their unwavering commitment to further strengthening the Russian-Turkmen strategic partnership and strengthening multifaceted cooperation between Moscow and Ashgabat."),
    );
    article.add_commitment(
        Commitment::builder(
            "commission-next-meeting-preparations",
            CommitmentKind::Hold,
            "prepare and hold the next meeting of the Intergovernmental Commission on Economic Cooperation",
        )
        .bound_party(&russia)
        .bound_party(&turkmenistan)
        .modality(Modality::Intention)
        .made_at(&talks)
        .concerns(&commission_meeting)
        .statement(&on_commission)
        .about(&commission)
        .status(CommitmentStatus::Stated)
        .status_as_of("2023-12-04")
        .evidence("the ongoing preparations for its next meeting"),
    );
    article.add_commitment(
        Commitment::builder(
            "hold-business-forum",
            CommitmentKind::Hold,
            "hold a business forum coinciding with the next meeting of the Intergovernmental Commission",
        )
        .bound_party(&russia)
        .modality(Modality::Intention)
        .made_at(&talks)
        .concerns(&business_forum)
        .statement(&on_forum)
        .status(CommitmentStatus::Stated)
        .status_as_of("2023-12-04")
        .evidence("He also announced a business forum coinciding with the meeting."),
    );
    article.add_commitment(
        Commitment::builder(
            "cultural-educational-projects",
            CommitmentKind::Cooperate,
            "cooperate fully in the realization of cultural and educational projects",
        )
        .bound_party(&russia)
        .bound_party(&turkmenistan)
        .modality(Modality::Pledge)
        .made_at(&talks)
        .statement(&on_projects)
        .about(&university)
        .about(&drama_theater)
        .about(&pushkin_school)
        .status(CommitmentStatus::Stated)
        .status_as_of("2023-12-04")
        .evidence("the commitment to full cooperation in the realization of cultural and educational projects"),
    );
    let flagships = [
        (
            "establish-russian-turkmen-university",
            "establish the Russian-Turkmen University",
            &university,
            "the establishment of the Russian-Turkmen University",
        ),
        (
            "build-drama-theater-building",
            "construct a new building for the State Russian Drama Theater",
            &drama_theater,
            "the construction of a new building for the State Russian Drama Theater",
        ),
        (
            "expand-pushkin-school",
            "expand the Pushkin Turkmen-Russian School in Ashgabat",
            &pushkin_school,
            "the expansion of the Pushkin Turkmen-Russian School in Ashgabat",
        ),
    ];
    for (id, action, project, words) in flagships {
        article.add_commitment(
            Commitment::builder(id, CommitmentKind::Build, action)
                .bound_party(&russia)
                .bound_party(&turkmenistan)
                .made_at(&talks)
                .statement(&on_flagships)
                .about(project)
                .status(CommitmentStatus::Stated)
                .status_as_of("2023-12-04")
                .evidence(words),
        );
    }
    article.add_commitment(
        Commitment::builder(
            "friends-of-neutrality-participation",
            CommitmentKind::Attend,
            "send a Russian delegation to the next meeting of the Group of Friends of Neutrality on 11 December in Ashgabat",
        )
        .bound_party(&russia)
        .due(When::as_written("2023-12-11".parse()?, "11 December"))
        .modality(Modality::Pledge)
        .made_at(&talks)
        .concerns(&neutrality_meeting)
        .statement(&on_participation)
        .status(CommitmentStatus::Confirmed)
        .status_as_of("2023-12-04")
        .evidence("He also confirmed the Russian delegation’s participation in the next meeting of the Group of Friends of Neutrality, scheduled for 11 December in Ashgabat."),
    );
    article.add_commitment(
        Commitment::builder(
            "bilateral-partnership-potential",
            CommitmentKind::Cooperate,
            "build up the potential of the bilateral partnership through the intergovernmental commission",
        )
        .bound_party(&turkmenistan)
        .bound_party(&russia)
        .modality(Modality::Pledge)
        .made_at(&talks)
        .statement(&on_commission_track)
        .about(&commission)
        .status(CommitmentStatus::Stated)
        .status_as_of("2023-12-04")
        .evidence("we will build up the potential of our bilateral partnership on this track"),
    );

    // The judgement of the talks: "productive" is in the sentence the
    // article attributes to the Russian Foreign Ministry, so it is the
    // ministry's, voiced by no statement of its own.
    article.add_assessment(
        Assessment::builder("talks-productive", &talks, "productive", Polarity::Positive)
            .assessor(&russian_mfa)
            .evidence("held productive discussions"),
    );

    Ok(article.build()?)
}

/// A date the article does not write but that follows from what it says.
fn inferred(date: &str) -> Result<When, structured_news::ValueError> {
    let mut when = When::stated(date.parse()?);
    when.inferred = true;
    Ok(when)
}

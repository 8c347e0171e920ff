//! "Nepal President's India visit axed, Ujjain deaths cited", an IANS
//! report of 6 May 2016, encoded through the builders.
//!
//! Run with `cargo run --example nepal_president_visit_cancelled`: it
//! validates the article and prints it as pretty JSON on stdout (and
//! nothing else). On a validation problem it prints every problem on
//! stderr and exits with 1.
//!
//! The text is
//! `examples/data/ians-2016-05-06-nepal-president-india-visit-cancelled.txt`
//! (the body alone); its source notes are in
//! `examples/data/ians-2016-05-06-nepal-president-india-visit-cancelled.md`.
//! The visit's cancellation has two reasons from two sources, each with
//! the statement that voices it, and its manner ("abrupt"); the
//! president's words are reported twice, in the lead and in the second
//! paragraph, and the two statements are linked as one utterance.

use std::process::ExitCode;

use structured_news::prelude::*;
use structured_news::{Article, ArticleBuilder, MeetingRole};

/// The article's body.
const TEXT: &str = include_str!("data/ians-2016-05-06-nepal-president-india-visit-cancelled.txt");

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
    let body = TEXT.strip_suffix('\n').unwrap_or(TEXT);
    let mut article = ArticleBuilder::new(
        "ians-2016-05-06-nepal-president-india-visit-cancelled",
        "en",
        body,
    );
    article
        .url("https://socialnews.xyz/2016/05/06/nepal-presidents-india-visit-axed-ujjain-deaths-cited/amp")
        .published("2016-05-06");

    let bhandari = article.add_person(
        Person::builder("bidhya-devi-bhandari", "Bidhya Devi Bhandari")
            .alias("Bhandari")
            .role_title("President of Nepal")
            .country("NP")
            .evidence("Nepal President Bidhya Devi Bhandari"),
    );
    let mukherjee = article.add_person(
        Person::builder("pranab-mukherjee", "Pranab Mukherjee")
            .role_title("President of India")
            .country("IN")
            .evidence("(Indian President) Pranab Mukherjee"),
    );
    let kumar = article.add_person(
        Person::builder("deepak-kumar", "Deepak Kumar")
            .role_title("journalist")
            .country("IN")
            .evidence("Indian journalist Deepak Kumar"),
    );
    let sources = article.add_group(
        Group::described_builder("diplomatic-sources", "diplomatic sources")
            .evidence("diplomatic sources"),
    );
    let ians = article.add_organization(
        Organization::builder("ians", "IANS", OrganizationKind::Media).country("IN"),
    );
    article.publisher(&ians);
    let india = article.add_country(Place::country_builder("india", "India", "IN"));

    // The lead and the second paragraph report one utterance to one
    // visitor: linked as the same.
    let told_visitor = article.add_statement(
        Statement::paraphrase(
            "bhandari-tells-visitor",
            &bhandari,
            SpeechAct::Told,
            "it was because of the Ujjain Kumbh tragedy",
        )
        .reporting_verb("telling")
        .addressee(&kumar)
        .date("2016-05-06")
        .evidence(
            "the president telling an Indian visitor on Friday that it was because of the \
             Ujjain Kumbh tragedy",
        ),
    );
    let decided = article.add_statement(
        Statement::paraphrase(
            "bhandari-decided-not-to-go",
            &bhandari,
            SpeechAct::Told,
            "she had decided not to go to India because of the death of seven pilgrims at \
             Ujjain on Thursday after a huge storm",
        )
        .reporting_verb("told")
        .addressee(&kumar)
        .same_utterance_as(&told_visitor)
        .evidence(
            "Bhandari told Indian journalist Deepak Kumar during an hour-long meeting here that \
             she had decided not to go to India because of the death of seven pilgrims at \
             Ujjain on Thursday after a huge storm",
        ),
    );
    article.add_statement(
        Statement::direct_quote(
            "bhandari-eager-to-meet",
            &bhandari,
            SpeechAct::Said,
            "I was very eager to meet (Indian President) Pranab Mukherjee but we will do it on \
             another occasion",
        )
        .reported_by(&kumar)
        .evidence(
            "\"I was very eager to meet (Indian President) Pranab Mukherjee but we will do it on \
             another occasion,\" Deepak Kumar, who spoke to IANS, quoted the Nepalese president \
             as saying",
        ),
    );
    let oli_approach = article.add_statement(
        Statement::paraphrase(
            "sources-oli-approach",
            &sources,
            SpeechAct::Told,
            "Prime Minister K.P. Sharma Oli's approach towards India was responsible for the \
             cancellation of the visit",
        )
        .reporting_verb("told")
        .addressee(&ians)
        .evidence(
            "diplomatic sources told IANS that Prime Minister K.P. Sharma Oli's approach \
             towards India was responsible for the cancellation of the visit",
        ),
    );

    // Cancelled abruptly, for two reasons given by two sources.
    article.add_meeting(
        Meeting::builder(
            "bhandari-visit-to-india",
            MeetingKind::Visit,
            MeetingStatus::Cancelled,
        )
        .place(&india)
        .date("2016-05-09")
        .participant_in_role(&bhandari, MeetingRole::Guest)
        .participant(&mukherjee)
        .decided_by(&bhandari)
        .reason_in("the death of seven pilgrims at Ujjain", &decided)
        .reason_in(
            "Prime Minister K.P. Sharma Oli's approach towards India",
            &oli_approach,
        )
        .status_manner("abrupt")
        .status_evidence("Bhandari's visit to India has been cancelled")
        .status_evidence("the visit's abrupt cancellation")
        .evidence("Nepal President Bidhya Devi Bhandari's visit to India"),
    );
    Ok(article.build()?)
}

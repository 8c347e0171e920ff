//! "Putin and Erdogan have not talked by phone yet; a one-on-one meeting is
//! possible", a TASS report of 8 July 2023, encoded through the builders.
//!
//! Run with `cargo run --example putin_erdogan_meeting_possible`: it
//! validates the article and prints it as pretty JSON on stdout (and
//! nothing else). On a validation problem it prints every problem on
//! stderr and exits with 1.
//!
//! The text is `examples/data/tass-2023-07-08-putin-erdogan-meeting-possible.txt`
//! (the body alone: the stored copy has no headline); its source notes are
//! in `examples/data/tass-2023-07-08-putin-erdogan-meeting-possible.md`.
//! Both meetings are only possible: nobody announced them or called for
//! them, so their status is `possible`, not `proposed` or `announced`; the
//! visit has a guest (Putin) and a host (Erdogan).

use std::process::ExitCode;

use structured_news::prelude::*;
use structured_news::{Article, ArticleBuilder, MeetingRole};

/// The article's body.
const TEXT: &str = include_str!("data/tass-2023-07-08-putin-erdogan-meeting-possible.txt");

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
    let mut article =
        ArticleBuilder::new("tass-2023-07-08-putin-erdogan-meeting-possible", "en", body);
    article
        .url("https://tass.com/politics/1644243")
        .published("2023-07-08");

    let putin = article.add_person(
        Person::builder("vladimir-putin", "Vladimir Putin")
            .alias("Putin")
            .role_title("President of Russia")
            .country("RU")
            .wikidata("Q7747")
            .evidence("Russian President Vladimir Putin"),
    );
    let erdogan = article.add_person(
        Person::builder("recep-tayyip-erdogan", "Recep Tayyip Erdogan")
            .alias("Erdogan")
            .role_title("President of Turkey")
            .country("TR")
            .wikidata("Q39723")
            .evidence("Recep Tayyip Erdogan, the president of Turkey"),
    );
    article.add_person(
        Person::builder("dmitry-peskov", "Dmitry Peskov")
            .alias("Peskov")
            .role_title("Russian Presidential Spokesman")
            .country("RU")
            .evidence("Russian Presidential Spokesman Dmitry Peskov"),
    );
    let tass = article.add_organization(
        Organization::builder("tass", "TASS", OrganizationKind::Media).country("RU"),
    );
    article.publisher(&tass);
    let turkey =
        article.add_country(Place::country_builder("turkey", "Turkey", "TR").wikidata("Q43"));

    // "Is possible": nobody announced it or called for it.
    article.add_meeting(
        Meeting::builder(
            "putin-erdogan-meeting",
            MeetingKind::Bilateral,
            MeetingStatus::Possible,
        )
        .name("one-on-one meeting between Russian President Putin and Turkish President Erdogan")
        .participant(&putin)
        .participant(&erdogan)
        .evidence(
            "a one-on-one meeting between Russian President Putin and Turkish President \
                 Erdogan is possible",
        ),
    );
    // "Could visit Turkey": Putin the guest, Erdogan, who said it, the host.
    article.add_meeting(
        Meeting::builder(
            "putin-visit-to-turkey",
            MeetingKind::Visit,
            MeetingStatus::Possible,
        )
        .place(&turkey)
        .participant_in_role(&putin, MeetingRole::Guest)
        .participant_evidence("his Russian counterpart Putin could visit Turkey")
        .participant_in_role(&erdogan, MeetingRole::Host)
        .evidence("Putin could visit Turkey next month"),
    );
    Ok(article.build()?)
}

//! «Рашид Мередов: Ашхабад и Москва вместе делают все для укрепления
//! региональных форматов», a report of 28 August 2025 by Orient
//! (Ashgabat) after TASS, encoded through the builders: the crate's
//! second Russian example.
//!
//! Run with `cargo run --example meredov_lavrov_regional_formats`: it
//! validates the article and prints it as pretty JSON on stdout (and
//! nothing else). On a validation problem it prints every problem on
//! stderr and exits with 1.
//!
//! The text is
//! `examples/data/orient-2025-08-28-meredov-lavrov-regional-formats.txt`
//! (the body alone: the headline is set apart); its source notes are in
//! the `.md` file beside it. What it shows in Russian: another outlet's
//! copy of a TASS story («передает ТАСС»: `provenance`, and the
//! statements reported by TASS), «в четверг» resolved to the day of
//! publication, «в октябре этого года» to October 2025, a summit that is
//! the second of its series, talks held and the news conference after
//! them, a quote in guillemets whose opening mark is missing (it begins
//! with the inner «Центральная Азия + Россия»), and the Caspian questions
//! Turkmenistan and Russia are to settle with their neighbours «в самое
//! ближайшее время».

use std::process::ExitCode;

use structured_news::prelude::*;
use structured_news::{Article, ArticleBuilder, CommitmentStatus, When};

/// The article's body.
const TEXT: &str = include_str!("data/orient-2025-08-28-meredov-lavrov-regional-formats.txt");

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
        "orient-2025-08-28-meredov-lavrov-regional-formats",
        "ru",
        body,
    );
    article
        .headline(
            "Рашид Мередов: Ашхабад и Москва вместе делают все для укрепления региональных \
             форматов",
        )
        .url("https://orient.tm/ru/post/89559/meredov-ashhabad-moskva-ukrepleniye-regionalnyh-formatov")
        .published("2025-08-28");

    let orient = article.add_organization(
        Organization::builder("orient", "Orient", OrganizationKind::Media).country("TM"),
    );
    let tass = article.add_organization(
        Organization::builder("tass", "ТАСС", OrganizationKind::Media)
            .country("RU")
            .evidence("ТАСС"),
    );
    // «передает ТАСС»: the story is TASS's, which published it the same
    // day («МОСКВА, 28 августа. /ТАСС/.» in TASS's own item).
    article
        .publisher(&orient)
        .originally_published_by(&tass, "передает ТАСС")
        .original_url("https://tass.ru/mezhdunarodnaya-panorama/24894285")
        .original_published("2025-08-28");

    let turkmenistan = article.add_country(
        Place::country_builder("turkmenistan", "Туркменистан", "TM")
            .evidence_nth("Туркменистан", 2),
    );
    let russia = article.add_country(
        Place::country_builder("russia", "Российская Федерация", "RU")
            .alias("РФ")
            .evidence("Российская Федерация"),
    );
    let tajikistan = article.add_country(
        Place::country_builder("tajikistan", "Таджикистан", "TJ").evidence("в Таджикистане"),
    );
    let moscow = article.add_place(
        Place::builder("moscow", "Москва", PlaceKind::City)
            .within(&russia)
            .country("RU")
            .evidence("в Москве"),
    );
    let turkmen_ministry = article.add_organization(
        Organization::builder(
            "turkmen-foreign-ministry",
            "МИД Туркменистана",
            OrganizationKind::Ministry,
        )
        .country("TM")
        .evidence("МИД Туркменистана"),
    );
    let russian_ministry = article.add_organization(
        Organization::builder(
            "russian-foreign-ministry",
            "МИД РФ",
            OrganizationKind::Ministry,
        )
        .country("RU")
        .evidence("МИД РФ"),
    );
    let meredov = article.add_person(
        Person::builder("rashid-meredov", "Рашид Мередов")
            .alias("Мередов")
            .role("глава МИД Туркменистана", &turkmen_ministry)
            .country("TM")
            .evidence("Глава МИД Туркменистана Рашид Мередов"),
    );
    let lavrov = article.add_person(
        Person::builder("sergei-lavrov", "Сергей Лавров")
            .alias("Лавров")
            .role("глава МИД РФ", &russian_ministry)
            .country("RU")
            .wikidata("Q80137")
            .evidence("со своим российским коллегой Сергеем Лавровым"),
    );
    // «со своими соседями»: the other states of the region, not named.
    let neighbours = article.add_group(
        Group::described_builder("caspian-neighbours", "свои соседи")
            .evidence("вместе со своими соседями"),
    );
    let format = article.add_group(
        Group::builder("central-asia-russia", "Центральная Азия + Россия")
            .member(&turkmenistan)
            .member(&russia)
            .evidence("«Центральная Азия + Россия»"),
    );

    // The talks, and the news conference after them.
    let talks = article.add_meeting(
        Meeting::builder(
            "meredov-lavrov-talks",
            MeetingKind::Bilateral,
            MeetingStatus::Held,
        )
        .date_as_written("В четверг")
        .place(&moscow)
        .participant(&lavrov)
        .participant(&meredov)
        .topic("вопросы каспийской проблематики")
        .topic(
            "актуальные вопросы двусторонней политической, торгово-экономической и \
                 культурно-гуманитарной повестки",
        )
        .topic("международные и региональные проблемы")
        .evidence("В четверг Мередов провел переговоры с Лавровым в Москве.")
        .evidence(
            "Министры обсудили актуальные вопросы двусторонней политической, \
                 торгово-экономической и культурно-гуманитарной повестки, обменялись мнениями \
                 по международным и региональным проблемам.",
        ),
    );
    let news_conference = article.add_meeting(
        Meeting::builder(
            "meredov-news-conference",
            MeetingKind::NewsConference,
            MeetingStatus::Held,
        )
        .participant(&meredov)
        .follows(&talks)
        .evidence("сообщил на пресс-конференции"),
    );
    // The second summit of the format, in October in Tajikistan.
    let summit = article.add_meeting(
        Meeting::builder(
            "central-asia-russia-second-summit",
            MeetingKind::Summit,
            MeetingStatus::Scheduled,
        )
        .date_as_written("в октябре этого года")
        .place(&tajikistan)
        .participant(&format)
        .sequence(2, "Центральная Азия + Россия")
        .evidence(
            "«Центральная Азия + Россия» - мы готовимся к очередному, второму саммиту наших \
             руководителей в октябре этого года в Таджикистане",
        ),
    );

    let discussed = article.add_statement(
        Statement::paraphrase(
            "meredov-discussed-caspian-questions",
            &meredov,
            SpeechAct::Said,
            "обсудил со своим российским коллегой Сергеем Лавровым вопросы каспийской \
             проблематики, которые будут решаться странами региона в самое ближайшее время",
        )
        .reporting_verb("сообщил")
        .reported_by(&tass)
        .setting(&news_conference)
        .about(&talks)
        .evidence(
            "Глава МИД Туркменистана Рашид Мередов сообщил на пресс-конференции, что обсудил со \
             своим российским коллегой Сергеем Лавровым вопросы каспийской проблематики, \
             которые будут решаться странами региона в самое ближайшее время, передает ТАСС.",
        ),
    );
    let stressed = article.add_statement(
        Statement::paraphrase(
            "meredov-regional-formats",
            &meredov,
            SpeechAct::Emphasized,
            "Ашхабад и Москва сегодня вместе делают все для того, чтобы укрепить региональные \
             форматы",
        )
        .reporting_verb("подчеркнул")
        .reported_by(&tass)
        .setting(&news_conference)
        .evidence(
            "Дипломат подчеркнул, что Ашхабад и Москва сегодня вместе делают все для того, \
             чтобы укрепить региональные форматы.",
        ),
    );
    let quoted = article.add_statement(
        Statement::direct_quote(
            "meredov-summit-and-caspian",
            &meredov,
            SpeechAct::Stated,
            "«Центральная Азия + Россия» - мы готовимся к очередному, второму саммиту наших \
             руководителей в октябре этого года в Таджикистане. Мы подробно сейчас обсудили \
             каспийскую проблематику. И здесь есть вопросы, которые вместе Туркменистан, \
             Российская Федерация, вместе со своими соседями будут решать в самое ближайшее \
             время",
        )
        .reporting_verb("заявил")
        .reported_by(&tass)
        .setting(&news_conference)
        .about(&summit)
        .about(&talks)
        .evidence(
            "«Центральная Азия + Россия» - мы готовимся к очередному, второму саммиту наших \
             руководителей в октябре этого года в Таджикистане. Мы подробно сейчас обсудили \
             каспийскую проблематику. И здесь есть вопросы, которые вместе Туркменистан, \
             Российская Федерация, вместе со своими соседями будут решать в самое ближайшее \
             время», - заявил он по итогам переговоров с главой МИД РФ.",
        ),
    );

    // What the two states are doing together, and what they are to settle
    // with their neighbours.
    article.add_commitment(
        Commitment::builder(
            "strengthen-regional-formats",
            CommitmentKind::Cooperate,
            "вместе делают все для того, чтобы укрепить региональные форматы",
        )
        .bound_party(&turkmenistan)
        .bound_party(&russia)
        .status(CommitmentStatus::InProgress)
        .statement(&stressed)
        .evidence("Ашхабад и Москва сегодня вместе делают все для того, чтобы укрепить региональные форматы"),
    );
    article.add_commitment(
        Commitment::builder(
            "settle-caspian-questions",
            CommitmentKind::Cooperate,
            "решать вопросы каспийской проблематики",
        )
        .modality(Modality::Intention)
        .bound_party(&turkmenistan)
        .bound_party(&russia)
        .bound_party(&neighbours)
        .due(When::vague("в самое ближайшее время"))
        .statement(&quoted)
        .statement(&discussed)
        .evidence(
            "вопросы, которые вместе Туркменистан, Российская Федерация, вместе со своими \
             соседями будут решать в самое ближайшее время",
        ),
    );
    Ok(article.build()?)
}

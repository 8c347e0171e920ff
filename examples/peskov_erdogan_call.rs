//! «Песков не исключил телефонного разговора Путина с Эрдоганом», a
//! Russian report of 21 October 2022 (after TASS), encoded through the
//! builders: the crate's Russian example.
//!
//! Run with `cargo run --example peskov_erdogan_call`: it validates the
//! article and prints it as pretty JSON on stdout (and nothing else). On a
//! validation problem it prints every problem on stderr and exits with 1.
//!
//! The text is
//! `examples/data/mapbim-2022-10-21-peskov-erdogan-call-not-scheduled.txt`;
//! its source notes are in the `.md` file beside it. What it shows in
//! Russian: names that stand in other cases than the recorded ones
//! («Владимира Путина», «Тайипом Эрдоганом»: evidence quotes the words as
//! written), a quotation in « » with a dash before its verb («…», —
//! сказал Песков), a weekday resolved against the publication date («в
//! пятницу», through the Russian date words), a vague date kept as words
//! («в ближайшее время»), a call that is only possible and one that
//! Erdogan intends to hold.

use std::process::ExitCode;

use structured_news::prelude::*;
use structured_news::{Article, ArticleBuilder, When};

/// The article's body.
const TEXT: &str = include_str!("data/mapbim-2022-10-21-peskov-erdogan-call-not-scheduled.txt");

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
        "mapbim-2022-10-21-peskov-erdogan-call-not-scheduled",
        "ru",
        body,
    );
    article
        .url("http://mapbim.ru/2022/10/21/peskov-ne-isklyuchil-telefonnogo-razgovora-putina-s-erdoganom/")
        .published("2022-10-21");

    let putin = article.add_person(
        Person::builder("vladimir-putin", "Владимир Путин")
            .alias("Путин")
            .role_title("президент России")
            .country("RU")
            .wikidata("Q7747")
            .evidence("президента России Владимира Путина"),
    );
    let erdogan = article.add_person(
        Person::builder("recep-tayyip-erdogan", "Тайип Эрдоган")
            .alias("Эрдоган")
            .role_title("лидер Турции")
            .country("TR")
            .wikidata("Q39723")
            .evidence("лидером Турции Тайипом Эрдоганом"),
    );
    let peskov = article.add_person(
        Person::builder("dmitry-peskov", "Дмитрий Песков")
            .alias("Песков")
            .role_title("пресс-секретарь главы российского государства")
            .country("RU")
            .evidence("пресс-секретарь главы российского государства Дмитрий Песков"),
    );
    let zelensky = article.add_person(
        Person::builder("volodymyr-zelensky", "Владимир Зеленский")
            .alias("Зеленский")
            .country("UA")
            .wikidata("Q3874799")
            .evidence("Владимиром Зеленским"),
    );

    // Not in the schedule, but it may be arranged at short notice: a call
    // that is only possible.
    let putin_call = article.add_meeting(
        Meeting::builder(
            "putin-erdogan-call",
            MeetingKind::PhoneCall,
            MeetingStatus::Possible,
        )
        .participant(&putin)
        .participant(&erdogan)
        .evidence(
            "пока нет телефонного разговора с лидером Турции Тайипом Эрдоганом, при \
             необходимости он может быть оперативно согласован",
        ),
    );
    // Erdogan said he is going to call Zelensky "soon".
    let zelensky_call = article.add_meeting(
        Meeting::builder(
            "erdogan-zelensky-call",
            MeetingKind::PhoneCall,
            MeetingStatus::Announced,
        )
        .date(When::vague("в ближайшее время"))
        .participant(&erdogan)
        .participant(&zelensky)
        .evidence(
            "в ближайшее время собирается провести телефонные переговоры с Путиным и \
             Владимиром Зеленским",
        ),
    );

    article.add_statement(
        Statement::paraphrase(
            "peskov-call-may-be-arranged",
            &peskov,
            SpeechAct::Stated,
            "в графике Путина пока нет телефонного разговора с Эрдоганом, при необходимости он может быть оперативно согласован",
        )
        .reporting_verb("заявил")
        .date_as_written("21 октября")
        .about(&putin_call)
        .evidence(
            "В графике президента России Владимира Путина пока нет телефонного разговора с \
             лидером Турции Тайипом Эрдоганом, при необходимости он может быть оперативно \
             согласован, заявил пресс-секретарь главы российского государства Дмитрий Песков.",
        ),
    );
    article.add_statement(
        Statement::direct_quote(
            "peskov-they-talk-often",
            &peskov,
            SpeechAct::Said,
            "Что касается телефонного разговора с Эрдоганом — пока его в графике нет, но они \
             говорят часто, и разговоры порой согласовываются за считанные часы",
        )
        .reporting_verb("сказал")
        .about(&putin_call)
        .evidence(
            "»Что касается телефонного разговора с Эрдоганом — пока его в графике нет, но они \
             говорят часто, и разговоры порой согласовываются за считанные часы», — сказал \
             Песков",
        ),
    );
    let erdogan_said = article.add_statement(
        Statement::paraphrase(
            "erdogan-plans-calls",
            &erdogan,
            SpeechAct::Stated,
            "в ближайшее время собирается провести телефонные переговоры с Путиным и Владимиром Зеленским",
        )
        .reporting_verb("заявил")
        .date_as_written("в пятницу")
        .about(&putin_call)
        .about(&zelensky_call)
        .evidence(
            "Ранее в пятницу Эрдоган заявил журналистам, что в ближайшее время собирается \
             провести телефонные переговоры с Путиным и Владимиром Зеленским.",
        ),
    );
    article.add_commitment(
        Commitment::builder(
            "erdogan-to-call-putin-and-zelensky",
            CommitmentKind::Hold,
            "провести телефонные переговоры с Путиным и Владимиром Зеленским",
        )
        .modality(Modality::Intention)
        .bound_party(&erdogan)
        .counterparty(&putin)
        .counterparty(&zelensky)
        .due(When::vague("в ближайшее время"))
        .statement(&erdogan_said)
        .evidence("собирается провести телефонные переговоры с Путиным и Владимиром Зеленским"),
    );
    Ok(article.build()?)
}

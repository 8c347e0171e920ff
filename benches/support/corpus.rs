//! A deterministic generator of realistic articles, built through the
//! builders, in three sizes. Used by the benchmarks and by
//! `examples/generate_corpus.rs`; the same seed gives the same bytes.

#![allow(dead_code)]

use structured_news::prelude::*;
use structured_news::{
    Article, ArticleBuilder, CountryHandle, Evidence, ExternalRef, OrganizationHandle,
    PersonHandle, StatusObservation, Update,
};

/// The three sizes of article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    /// Metadata only: ids, dates, a publisher, subjects and a short body.
    Small,
    /// Like the 4 December 2023 article: a ~2.5 KB body, 14 entities,
    /// five meetings, nine statements and six commitments with evidence.
    Medium,
    /// A 20 KB body, 32 entities, 50 statements with evidence, 20
    /// commitments.
    Large,
}

impl Size {
    /// Every size.
    pub const ALL: [Size; 3] = [Size::Small, Size::Medium, Size::Large];

    /// The size's name.
    pub fn name(self) -> &'static str {
        match self {
            Size::Small => "small",
            Size::Medium => "medium",
            Size::Large => "large",
        }
    }

    /// The size of this name.
    pub fn parse(name: &str) -> Option<Size> {
        Size::ALL.into_iter().find(|s| s.name() == name)
    }

    fn shape(self) -> Shape {
        match self {
            Size::Small => Shape {
                people: 0,
                organizations: 1,
                countries: 0,
                meetings: 0,
                statements: 0,
                commitments: 0,
                body_bytes: 300,
            },
            Size::Medium => Shape {
                people: 2,
                organizations: 8,
                countries: 2,
                meetings: 5,
                statements: 9,
                commitments: 6,
                body_bytes: 2_500,
            },
            Size::Large => Shape {
                people: 10,
                organizations: 14,
                countries: 6,
                meetings: 10,
                statements: 50,
                commitments: 20,
                body_bytes: 20_000,
            },
        }
    }
}

struct Shape {
    people: usize,
    organizations: usize,
    countries: usize,
    meetings: usize,
    statements: usize,
    commitments: usize,
    body_bytes: usize,
}

/// splitmix64: small, fast and good enough to vary the corpus.
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// One of `items`.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const FIRST: &[&str] = &[
    "Sergei",
    "Rashid",
    "Aigul",
    "Dmitri",
    "Gulnara",
    "Murat",
    "Elena",
    "Batyr",
    "Olga",
    "Serdar",
    "Мария",
    "Ахмед",
];
const LAST: &[&str] = &[
    "Lavrov",
    "Meredov",
    "Berdiyeva",
    "Sokolov",
    "Atayeva",
    "Nurmagambetov",
    "Petrova",
    "Hojamuradov",
    "Ivanova",
    "Orazov",
    "Смирнова",
    "Гельдыев",
];
const COUNTRIES: &[(&str, &str)] = &[
    ("Russia", "RU"),
    ("Turkmenistan", "TM"),
    ("Kazakhstan", "KZ"),
    ("Azerbaijan", "AZ"),
    ("Iran", "IR"),
    ("Uzbekistan", "UZ"),
    ("Türkiye", "TR"),
    ("China", "CN"),
];
const TOPICS: &[&str] = &[
    "trade",
    "energy",
    "transport corridors",
    "education",
    "culture",
    "regional security",
    "the Caspian Sea",
    "water resources",
    "digital cooperation",
    "health care",
];
const VERBS: &[(&str, SpeechAct)] = &[
    ("said", SpeechAct::Said),
    ("noted", SpeechAct::Noted),
    ("emphasized", SpeechAct::Emphasized),
    ("stressed", SpeechAct::Emphasized),
    ("announced", SpeechAct::Announced),
    ("confirmed", SpeechAct::Confirmed),
    ("remarked", SpeechAct::Remarked),
];
const FILLER: &[&str] = &[
    "The sides discussed the schedule of upcoming engagements and collaboration on international platforms.",
    "Both delegations praised the dynamic work of the intergovernmental commission.",
    "Experts expect the new agreements to strengthen multifaceted cooperation in the region.",
    "The talks took place in a constructive atmosphere, according to the ministry’s press service.",
    "Preparations for the next session of the commission are under way.",
    "Trade between the two countries has grown steadily over the past decade.",
];

/// One generated article: article `n` of the corpus with `seed`.
pub fn article(size: Size, seed: u64, n: u64) -> Article {
    shaped_article(size.shape(), size.name(), seed, n)
}

/// The shape of a tracked article: a brief report of one meeting, three
/// statements and one commitment.
const TRACKED: Shape = Shape {
    people: 2,
    organizations: 2,
    countries: 2,
    meetings: 1,
    statements: 3,
    commitments: 1,
    body_bytes: 600,
};

/// An article of `shape`, its id and URL made with `name`.
fn shaped_article(shape: Shape, name: &str, seed: u64, n: u64) -> Article {
    let mut rng = Rng::new(seed ^ n.wrapping_mul(0x2545_F491_4F6C_DD1D));
    let day = 1 + rng.below(28);
    let date = format!("2023-{:02}-{day:02}", 1 + rng.below(12));

    // The body: sentences, some of which carry the statements.
    let mut sentences: Vec<String> = Vec::new();
    let people: Vec<(String, String)> = (0..shape.people.max(1))
        .map(|i| {
            let name = format!("{} {}", rng.pick(FIRST), rng.pick(LAST));
            (format!("person-{i}"), name)
        })
        .collect();
    let mut statement_texts = Vec::new();
    for i in 0..shape.statements {
        let (_, speaker) = &people[i % people.len()];
        let topic = rng.pick(TOPICS);
        let (verb, _) = VERBS[rng.below(VERBS.len())];
        let direct = i % 3 == 0;
        let text = format!(
            "We will deepen our cooperation on {topic} in the {} stage of the programme number {i}",
            ["first", "second", "next", "final"][rng.below(4)]
        );
        let sentence = if direct {
            format!("“{text},” {speaker} {verb}.")
        } else {
            format!(
                "{speaker} {verb} that the parties would deepen cooperation on {topic} (item {i})."
            )
        };
        statement_texts.push((text, sentence.clone(), direct, verb));
        sentences.push(sentence);
    }
    let mut body = String::new();
    let mut next_statement = 0;
    let opening = format!(
        "On {day} December 2023, the foreign ministers met in Ashgabat, according to the ministry. "
    );
    body.push_str(&opening);
    while body.len() < shape.body_bytes || next_statement < sentences.len() {
        if next_statement < sentences.len() && (rng.below(3) > 0 || body.len() >= shape.body_bytes)
        {
            body.push_str(&sentences[next_statement]);
            next_statement += 1;
        } else {
            body.push_str(rng.pick(FILLER));
        }
        body.push(if rng.below(5) == 0 { '\n' } else { ' ' });
    }
    let body = body.trim_end().to_owned();

    let mut b = ArticleBuilder::new(format!("{name}-{seed}-{n}"), "en", body.clone());
    b.published(&date)
        .headline(&format!(
            "Ministers discuss {} and {}",
            rng.pick(TOPICS),
            rng.pick(TOPICS)
        ))
        .url(format!("https://news.example/{name}/{seed}/{n}"))
        .subject(rng.pick(TOPICS))
        .subject("diplomacy");
    let publisher = b.add_organization(
        structured_news::Organization::builder("publisher", "News Agency", OrganizationKind::Media)
            .country("TM"),
    );
    b.publisher(&publisher);
    if shape.meetings == 0 && shape.statements == 0 {
        return b.build().expect("generated articles are valid");
    }
    b.source_quoted(&publisher, "according to the ministry");

    let countries: Vec<CountryHandle> = (0..shape.countries)
        .map(|i| {
            let (name, code) = COUNTRIES[i % COUNTRIES.len()];
            b.add_country(Place::country_builder(format!("country-{i}"), name, code))
        })
        .collect();
    let city = b.add_place(
        Place::builder("ashgabat", "Ashgabat", PlaceKind::City)
            .country("TM")
            .within(&countries[1 % countries.len()]),
    );
    let organizations: Vec<OrganizationHandle> = (0..shape.organizations)
        .map(|i| {
            let (country, code) = COUNTRIES[i % COUNTRIES.len()];
            let org = structured_news::Organization::builder(
                format!("org-{i}"),
                &format!("Ministry of Foreign Affairs of {country} ({i})"),
                OrganizationKind::Ministry,
            )
            .country(code)
            .location(&city);
            // One ministry of a country has its short name: an alias names
            // one entity (`alias_of_another`).
            let org = if i < COUNTRIES.len() {
                org.alias(&format!("{country} Foreign Ministry"))
            } else {
                org
            };
            b.add_organization(org)
        })
        .collect();
    let persons: Vec<PersonHandle> = people
        .iter()
        .enumerate()
        .map(|(i, (id, name))| {
            let (_, code) = COUNTRIES[i % COUNTRIES.len()];
            b.add_person(
                structured_news::Person::builder(id, name)
                    .country(code)
                    .role(
                        "Minister of Foreign Affairs",
                        &organizations[i % organizations.len()],
                    ),
            )
        })
        .collect();
    let mut meetings = Vec::new();
    for i in 0..shape.meetings {
        let mut m = Meeting::builder(
            format!("meeting-{i}"),
            MeetingKind::Bilateral,
            MeetingStatus::Held,
        )
        .name(&format!("meeting number {i}"))
        .date(&date)
        .place(&city)
        .topic(rng.pick(TOPICS));
        for p in persons.iter().take(2) {
            m = m.participant_as(p, "Minister of Foreign Affairs");
        }
        if let Some(first) = meetings.first() {
            m = m.on_sidelines_of(first);
        }
        meetings.push(b.add_meeting(m));
    }
    let mut statements = Vec::new();
    for (i, (text, sentence, direct, verb)) in statement_texts.iter().enumerate() {
        let speaker = &persons[i % persons.len()];
        let act = VERBS
            .iter()
            .find(|(v, _)| v == verb)
            .map_or(SpeechAct::Said, |(_, a)| a.clone());
        let s = if *direct {
            Statement::direct_quote(format!("statement-{i}"), speaker, act, text)
        } else {
            Statement::paraphrase(
                format!("statement-{i}"),
                speaker,
                act,
                &format!("the parties would deepen cooperation (item {i})"),
            )
        };
        statements.push(
            b.add_statement(
                s.reporting_verb(verb)
                    .setting(&meetings[i % meetings.len()])
                    .date(&date)
                    .about(&countries[i % countries.len()])
                    .evidence(sentence),
            ),
        );
    }
    for i in 0..shape.commitments {
        let made_by = (i * 3) % statements.len();
        let statement = &statements[made_by];
        // The ministry of the minister who made it.
        let bound = &organizations[(made_by % persons.len()) % organizations.len()];
        let (_, sentence, _, _) = &statement_texts[(i * 3) % statement_texts.len()];
        b.add_commitment(
            Commitment::builder(
                format!("commitment-{i}"),
                CommitmentKind::Cooperate,
                &format!("deepen cooperation (item {i})"),
            )
            .bound_party(bound)
            .counterparty(&countries[(i + 1) % countries.len()])
            .statement(statement)
            .concerns(&meetings[i % meetings.len()])
            .status(CommitmentStatus::Stated)
            .status_as_of(&date)
            .evidence(sentence),
        );
    }
    b.build().expect("generated articles are valid")
}

/// Article `n` of a tracked series: a brief article (one meeting, three
/// statements, one commitment), plus, from the second article on, an update of the first commitment of one of the (up to) 100
/// articles before it, saying that it was reiterated, fulfilled or broken
/// (one in three each), with the body's first sentence as evidence. A
/// commitment made after this article's date gets an `update_before_made`
/// problem, as a careless pipeline would make.
pub fn tracked_article(seed: u64, n: u64) -> Article {
    let mut a = shaped_article(TRACKED, "tracked", seed, n);
    if n == 0 || a.commitments.is_empty() {
        return a;
    }
    let mut rng = Rng::new(seed.wrapping_add(n).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let back = 1 + rng.below(n.min(100) as usize) as u64;
    let target = format!("tracked-{seed}-{}", n - back);
    let status = [
        CommitmentStatus::Reiterated,
        CommitmentStatus::Fulfilled,
        CommitmentStatus::Broken,
    ][rng.below(3)]
    .clone();
    let first = a.body.split(". ").next().unwrap_or(&a.body).to_owned();
    let update = Update::new(ExternalRef::new(
        target.parse().expect("generated ids are valid"),
        "commitment-0".parse().expect("a valid id"),
    ))
    .commitment_status(StatusObservation::new(status).evidence(Evidence::quote(first)));
    a.updates.push(update);
    a
}

/// `count` articles of [`tracked_article`] as NDJSON.
pub fn tracked_ndjson(count: u64, seed: u64) -> Vec<u8> {
    let mut out = Vec::new();
    for n in 0..count {
        serde_json::to_writer(&mut out, &tracked_article(seed, n)).expect("articles serialize");
        out.push(b'\n');
    }
    out
}

/// `count` articles of `size` as NDJSON (one compact JSON document a line).
pub fn ndjson(size: Size, count: u64, seed: u64) -> Vec<u8> {
    let mut out = Vec::new();
    for n in 0..count {
        serde_json::to_writer(&mut out, &article(size, seed, n)).expect("articles serialize");
        out.push(b'\n');
    }
    out
}

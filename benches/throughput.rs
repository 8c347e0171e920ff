//! Throughput of reading, validating, writing and building articles, in
//! documents/s and bytes/s, for the three sizes of the corpus generator;
//! the bounds (a bare serde scan and parsing into `serde_json::Value`) on
//! the same bytes; schema export; and evidence checking and the rules that
//! compare parts with each other over growing articles, to show they stay
//! linear.
//!
//! ```sh
//! cargo bench --bench throughput
//! cargo bench --bench throughput -- medium   # one group
//! ```

#[path = "support/corpus.rs"]
mod corpus;

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use serde::de::IgnoredAny;
use structured_news::prelude::*;
use structured_news::Evidence;

use corpus::Size;

/// How many documents of each size one iteration handles.
fn batch(size: Size) -> u64 {
    match size {
        Size::Small => 400,
        Size::Medium => 100,
        Size::Large => 20,
    }
}

fn lines(ndjson: &[u8]) -> Vec<&[u8]> {
    ndjson
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .collect()
}

fn documents(c: &mut Criterion) {
    for size in Size::ALL {
        let count = batch(size);
        let ndjson = corpus::ndjson(size, count, 42);
        let docs = lines(&ndjson);
        let bytes: u64 = docs.iter().map(|d| d.len() as u64).sum();
        let articles: Vec<Article> = docs
            .iter()
            .map(|d| Article::from_json_slice(d).expect("the corpus is valid"))
            .collect();

        let mut group = c.benchmark_group(size.name());
        group.throughput(Throughput::ElementsAndBytes {
            elements: count,
            bytes,
        });
        group.bench_function("parse+validate", |b| {
            b.iter(|| {
                for d in &docs {
                    black_box(Article::from_json_slice(black_box(d)).ok());
                }
            })
        });
        // Parsing as `from_json_slice` does it (one UTF-8 check, then
        // serde_json from the str), without validation.
        group.bench_function("parse", |b| {
            b.iter(|| {
                for d in &docs {
                    let text = std::str::from_utf8(black_box(d)).expect("the corpus is UTF-8");
                    black_box(serde_json::from_str::<Article>(text).ok());
                }
            })
        });
        group.bench_function("validate", |b| {
            b.iter(|| {
                for a in &articles {
                    black_box(black_box(a).validate().is_ok());
                }
            })
        });
        group.bench_function("serialize", |b| {
            let mut out = Vec::with_capacity(ndjson.len());
            b.iter(|| {
                out.clear();
                for a in &articles {
                    serde_json::to_writer(&mut out, black_box(a)).expect("articles serialize");
                }
                black_box(out.len())
            })
        });
        group.bench_function("build", |b| {
            b.iter(|| {
                for n in 0..count {
                    black_box(corpus::article(size, 42, black_box(n)));
                }
            })
        });
        group.bench_function("bound: serde IgnoredAny scan", |b| {
            b.iter(|| {
                for d in &docs {
                    black_box(serde_json::from_slice::<IgnoredAny>(black_box(d)).ok());
                }
            })
        });
        group.bench_function("bound: serde_json::Value", |b| {
            b.iter(|| {
                for d in &docs {
                    black_box(serde_json::from_slice::<serde_json::Value>(black_box(d)).ok());
                }
            })
        });
        group.finish();
    }
}

fn schema_export(c: &mut Criterion) {
    let mut group = c.benchmark_group("schema");
    group.sample_size(20);
    group.bench_function("export all files", |b| {
        b.iter(|| black_box(structured_news::schema::schema_files().len()))
    });
    group.bench_function("article 2020-12", |b| {
        b.iter(|| {
            black_box(structured_news::schema::article_schema(
                structured_news::schema::Dialect::Draft2020_12,
            ))
        })
    });
    group.finish();
}

/// An article whose body has `bytes` of text with one statement, and one
/// sentence of evidence, per ~80 bytes, each with (or without) its
/// position.
fn evidence_article(bytes: usize, with_positions: bool) -> Article {
    let mut body = String::with_capacity(bytes + 200);
    let mut sentences = Vec::new();
    let mut i = 0;
    while body.len() < bytes {
        let sentence =
            format!("“Sentence number {i} says something about cooperation,” the minister noted. ");
        sentences.push(sentence.trim_end().to_owned());
        body.push_str(&sentence);
        i += 1;
    }
    let mut article = ArticleBuilder::new("scaling", "en", body);
    let minister = article.add_person(Person::builder("minister", "The Minister"));
    for (i, sentence) in sentences.iter().enumerate() {
        let mut statement =
            Statement::paraphrase(format!("s{i}"), &minister, SpeechAct::Noted, "something");
        statement = if with_positions {
            statement.evidence(sentence)
        } else {
            statement.evidence_selector(Evidence::quote(sentence.clone()))
        };
        article.add_statement(statement);
    }
    article.build().expect("the scaling article is valid")
}

fn evidence_scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("evidence scaling");
    group.sample_size(10);
    for kib in [16, 64, 256, 1024] {
        let article = evidence_article(kib * 1024, true);
        group.throughput(Throughput::Bytes(article.body.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("validate, positions given", kib),
            &article,
            |b, a| b.iter(|| black_box(a.validate().is_ok())),
        );
    }
    // Without positions each selector is a search of the body: linear per
    // selector, so quadratic here, where selectors grow with the body.
    for kib in [16, 64, 256] {
        let article = evidence_article(kib * 1024, false);
        group.throughput(Throughput::Bytes(article.body.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("validate, quotes only", kib),
            &article,
            |b, a| b.iter(|| black_box(a.validate().is_ok())),
        );
    }
    group.finish();
}

/// An article with `n` bilateral meetings on the sidelines of one summit,
/// a statement made at each, and a commitment made by each statement: the
/// rules that compare a part with another (dates with the setting and the
/// larger meeting, statuses, parties, duplicates) all have work to do.
fn consistency_article(n: usize) -> Article {
    let mut meetings = vec![serde_json::json!({
        "id": "summit", "kind": "summit", "status": "held",
        "date": {"value": "2023-12-01/2023-12-05"}
    })];
    let mut statements = Vec::with_capacity(n);
    let mut commitments = Vec::with_capacity(n);
    for i in 0..n {
        let day = 1 + i % 5;
        meetings.push(serde_json::json!({
            "id": format!("m{i}"), "kind": "bilateral", "status": "held",
            "date": {"value": format!("2023-12-{day:02}"), "text": format!("{day} December")},
            "participants": [{"entity": "lavrov"}, {"entity": format!("guest{i}")}],
            "part_of": {"meeting": "summit", "relation": "sidelines"},
            "status_history": [{"status": "scheduled", "as_of": "2023-11"}, {"status": "held", "as_of": format!("2023-12-{day:02}")}]
        }));
        statements.push(serde_json::json!({
            "id": format!("s{i}"), "speaker": "lavrov", "mode": "paraphrase",
            "text": format!("Russia will take part in project {i}"), "speech_act": "said",
            "setting": format!("m{i}"), "date": {"value": format!("2023-12-{day:02}")}
        }));
        commitments.push(serde_json::json!({
            "id": format!("c{i}"), "kind": "cooperate", "action": format!("take part in project {i}"),
            "bound_parties": ["russia"], "made_at": format!("m{i}"), "statements": [format!("s{i}")],
            "status_history": [{"status": "stated", "as_of": format!("2023-12-{day:02}")}]
        }));
    }
    let mut people =
        vec![serde_json::json!({"id": "lavrov", "name": "Sergei Lavrov", "country": "RU"})];
    people.extend((0..n).map(
        |g| serde_json::json!({"id": format!("guest{g}"), "name": "A guest", "country": "TM"}),
    ));
    let doc = serde_json::json!({
        "format_version": "2.0", "id": "scaling", "language": "en", "published": "2023-12-06",
        "body": "Talks were held.",
        "entities": {"people": people, "places": [{"id": "russia", "name": "Russia", "kind": "country", "country": "RU"}]},
        "meetings": meetings, "statements": statements, "commitments": commitments
    });
    let article = Article::from_json_str(&doc.to_string()).expect("the scaling article is valid");
    assert!(article.validate().is_ok(), "the scaling article is clean");
    article
}

fn consistency_scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("consistency scaling");
    group.sample_size(10);
    for n in [100, 1_000, 10_000] {
        let article = consistency_article(n);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(
            BenchmarkId::new("validate, meetings+statements+commitments", n),
            &article,
            |b, a| b.iter(|| black_box(a.validate().is_ok())),
        );
    }
    group.finish();
}

fn setup(c: &mut Criterion) {
    documents(c);
    schema_export(c);
    evidence_scaling(c);
    consistency_scaling(c);
}

criterion_group!(benches, setup);
criterion_main!(benches);

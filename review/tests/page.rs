//! The article page's HTML: spans on the right characters, overlapping
//! spans, problems anchored, and hostile content kept as text.

use std::path::PathBuf;

use structured_news::Lints;
use structured_news_review::article_page;

fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(path)
}

fn read(path: &str) -> Vec<u8> {
    std::fs::read(repo(path)).expect("the fixture")
}

/// The text of the pieces of the body marked as span `id`, in order.
fn span_text(html: &str, id: usize) -> String {
    let mut text = String::new();
    let body = html.split("id=\"body\"").nth(1).expect("a body");
    let body = body.split("</div>").next().expect("its end");
    for piece in body.split("<span class=\"seg ").skip(1) {
        let (attrs, rest) = piece.split_once('>').expect("a tag");
        let spans = attrs
            .split("data-spans=\"")
            .nth(1)
            .and_then(|a| a.split('"').next())
            .expect("its spans");
        if spans.split(' ').any(|s| s == id.to_string()) {
            text.push_str(rest.split("</span>").next().expect("its text"));
        }
    }
    text
}

#[test]
fn russian_spans_cover_the_code_points_their_positions_name() {
    let json = read("examples/data/tracking/rbc-2025-12-12-putin-at-ashgabat-forum.json");
    let page = article_page(&json, &Lints::new());
    assert_eq!((page.errors, page.warnings), (0, 0));
    let value: serde_json::Value = serde_json::from_slice(&json).expect("JSON");
    let body: Vec<char> = value["body"].as_str().expect("a body").chars().collect();
    // The person's evidence: "президент Владимир Путин", code points 157..181.
    let expected: String = body.get(157..181).expect("in the body").iter().collect();
    assert_eq!(expected, "президент Владимир Путин");
    let found = (0..page.spans).any(|id| span_text(&page.html, id) == expected);
    assert!(found, "a span shows exactly {expected:?}");
    // Overlapping spans: the participant's evidence holds the person's.
    assert!(span_text(&page.html, 0).contains("президент Владимир Путин"));
}

#[test]
fn problems_are_listed_with_their_explanation_and_anchored() {
    let page = article_page(
        &read("tests/fixtures/invalid/weak_evidence.json"),
        &Lints::new(),
    );
    assert_eq!((page.errors, page.warnings), (0, 1));
    assert!(page.html.contains(
        "<code>weak_evidence</code> at <code>/statements/0/evidence/1/quote/exact</code>"
    ));
    assert!(page.html.contains("data-record=\"") && page.html.contains("data-span=\""));
    assert!(
        page.html.contains("data-problem=\"1\""),
        "the span is ringed"
    );
    let explain = structured_news::ErrorCode::WeakEvidence.description();
    assert!(page.html.contains(&structured_news_review_escape(explain)));
}

fn structured_news_review_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[test]
fn hostile_content_is_text() {
    let page = article_page(&read("tests/browser/hostile.json"), &Lints::new());
    let html = &page.html;
    // The page's own two scripts (data and code), no other.
    assert_eq!(html.matches("<script").count(), 2);
    assert!(!html.contains("<img"));
    assert!(!html.contains("<style>body{display:none}"));
    assert!(!html.contains("</title><script>"));
    assert!(html.contains("&lt;script&gt;window.pwned = 1&lt;/script&gt;"));
    assert!(html.contains("[U+202E]evil[U+202C]"));
    assert!(!html.contains('\u{202E}'));
    // The JSON for the script cannot close its element.
    let data = html.split("id=\"review-data\">").nth(1).expect("the data");
    let data = data.split("</script>").next().expect("its end");
    assert!(!data.contains('<'));
    assert_eq!(page.errors, 1, "the id with markup in it is refused");
}

#[test]
fn not_json_still_gets_a_page_with_its_problem() {
    let page = article_page(b"{\"id\": ", &Lints::new());
    assert_eq!((page.records, page.spans, page.errors), (0, 0, 1));
    assert!(page.html.contains("unexpected_end"));
}

#[test]
fn assessments_are_records_with_their_words_and_spans() {
    let page = article_page(
        &read("tests/fixtures/valid/december_2023_meeting.json"),
        &Lints::new(),
    );
    assert_eq!((page.errors, page.warnings), (0, 0));
    assert!(page.html.contains("Assessments"), "a group of assessments");
    assert!(
        page.html
            .contains("Ministry of Foreign Affairs of the Russian Federation: “productive” of lavrov-meredov-talks · positive"),
        "the assessment's summary names whose, the words, what and which way"
    );
    let found =
        (0..page.spans).any(|id| span_text(&page.html, id) == "held productive discussions");
    assert!(found, "its evidence is a span");
}

#[test]
fn an_issue_s_summary_names_the_parties_aligned_on_it() {
    let page = article_page(
        &read("tests/fixtures/held_out/unseen_6/mir24-2018-09-nazarbayev-erdogan-ankara.json"),
        &Lints::new(),
    );
    assert_eq!((page.errors, page.warnings), (0, 0));
    assert!(
        page.html.contains(
            "issue: “региональные и международные проблемы” · aligned: Казахстан, Турция"
        ),
        "the issue's summary gives its words and who agrees on it"
    );
}

#[test]
fn issues_and_positions_are_records_with_their_words_and_spans() {
    let page = article_page(
        &read("tests/fixtures/near_misses/holder_not_speaker.json"),
        &Lints::new(),
    );
    assert_eq!((page.errors, page.warnings), (0, 0));
    assert!(page.html.contains("Issues"), "a group of issues");
    assert!(page.html.contains("Positions"), "a group of positions");
    assert!(
        page.html
            .contains("issue: “the Trans-Caspian pipeline” · at odds: Russia, Turkmenistan"),
        "the issue's summary gives its words and who is at odds"
    );
    assert!(
        page.html.contains(
            "Russia: opposes “the Trans-Caspian pipeline” — “opposes the Trans-Caspian pipeline”"
        ),
        "the position's summary names the holder, the stance, the issue and the words"
    );
    let found =
        (0..page.spans).any(|id| span_text(&page.html, id) == "Turkmenistan backs the project");
    assert!(found, "its evidence is a span");
}

#[test]
fn relations_are_records_with_their_kind_parties_and_spans() {
    let page = article_page(
        &read(
            "tests/fixtures/held_out/unseen_5/tnews-2022-05-10-kazakhstan-turkey-agreements.json",
        ),
        &Lints::new(),
    );
    assert_eq!((page.errors, page.warnings), (0, 0));
    assert!(page.html.contains("Relations"), "a group of relations");
    assert!(
        page.html.contains(
            "diplomatic relations: “дипломатических отношений” · between: Казахстан, Турция"
        ),
        "the relation's summary gives its kind, its words and its parties"
    );
    let found =
        (0..page.spans).any(|id| span_text(&page.html, id) == "о стратегическом партнерстве");
    assert!(found, "its evidence is a span");
}

#[test]
fn requests_are_records_with_their_parties_and_status() {
    let page = article_page(
        &read("tests/fixtures/held_out/unseen_5/wion-2023-07-15-jaishankar-wang-yi-jakarta.json"),
        &Lints::new(),
    );
    assert_eq!((page.errors, page.warnings), (0, 0));
    assert!(page.html.contains("Requests"), "a group of requests");
    assert!(
        page.html.contains(
            "Wang Yi asked of India: “focus on &quot;common interests&quot; and meet China &quot;halfway&quot;” · call · made"
        ),
        "the request's summary names who asks, whom, what, how firmly and where it stands"
    );
    assert!(
        page.html.contains("\"/requests/0\"") && page.html.contains("\"/requests/1\""),
        "each request is a record the page's data points at"
    );
}

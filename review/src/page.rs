//! The article page and the index page, as HTML text.

use std::fmt::Write as _;

use serde_json::{json, Value};

use crate::html::{escape, json_in_script, push_escaped};
use crate::reading::{Reading, RecordKind, Span, SpanKind, COLLECTIONS};

/// The page's style sheet and script, inlined into every page.
const CSS: &str = include_str!("assets/review.css");
const SCRIPT: &str = include_str!("assets/review.js");

/// The Content Security Policy of every page: nothing may be fetched, only
/// the page's own inline style and script run.
pub(crate) const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; \
script-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

/// The verdicts a reviewer can give.
pub(crate) const VERDICTS: [&str; 3] = ["confirmed", "wrong", "unsure"];

/// The page's head, up to and including `<body>`.
pub(crate) fn head(out: &mut String, title: &str, language: &str) {
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <title>{}</title>\n<style>\n{CSS}</style>\n</head>\n",
        escape(language),
        escape(title)
    );
}

/// `text` cut to at most `max` characters, with an ellipsis when cut.
pub(crate) fn shorten(text: &str, max: usize) -> String {
    let mut chars = text.chars();
    let short: String = chars.by_ref().take(max).collect();
    if chars.next().is_some() {
        format!("{short}…")
    } else {
        short
    }
}

/// The HTML of `text` with the spans `spans` (byte ranges of it) marked:
/// the text is cut at every span's start and end, and each piece says
/// which spans cover it, so overlapping spans stay readable.
fn marked_text(out: &mut String, text: &str, spans: &[(usize, &Span)]) {
    let mut bounds: Vec<usize> = vec![0, text.len()];
    for (_, span) in spans {
        bounds.push(span.bytes.start);
        bounds.push(span.bytes.end);
    }
    bounds.sort_unstable();
    bounds.dedup();
    for pair in bounds.windows(2) {
        let (Some(&from), Some(&to)) = (pair.first(), pair.get(1)) else {
            continue;
        };
        let Some(piece) = text.get(from..to) else {
            continue;
        };
        let mut covering: Vec<&(usize, &Span)> = spans
            .iter()
            .filter(|(_, s)| s.bytes.start <= from && to <= s.bytes.end)
            .collect();
        if covering.is_empty() {
            push_escaped(out, piece);
            continue;
        }
        // The shortest span decides the mark; the others show as depth.
        covering.sort_by_key(|(i, s)| (s.bytes.len(), *i));
        let primary = covering.first().map_or(SpanKind::Other, |(_, s)| s.kind);
        let ids: Vec<String> = covering.iter().map(|(i, _)| i.to_string()).collect();
        let starting: Vec<&(usize, &Span)> = covering
            .iter()
            .copied()
            .filter(|(_, s)| s.bytes.start == from)
            .collect();
        let _ = write!(
            out,
            "<span class=\"seg k-{}\" data-spans=\"{}\" data-depth=\"{}\"",
            primary.as_str(),
            ids.join(" "),
            covering.len().min(3)
        );
        if !starting.is_empty() {
            let mut labels: Vec<&str> = starting.iter().map(|(_, s)| s.kind.label()).collect();
            labels.dedup();
            let starts: Vec<String> = starting.iter().map(|(i, _)| i.to_string()).collect();
            let kinds: Vec<&str> = starting.iter().map(|(_, s)| s.kind.meaning()).collect();
            let _ = write!(
                out,
                " data-label=\"{}\" data-starts=\"{}\" tabindex=\"0\" role=\"button\" \
                 aria-description=\"evidence: {}\"",
                labels.join(" "),
                starts.join(" "),
                escape(&kinds.join(", "))
            );
        }
        if covering.iter().any(|(_, s)| !s.problems.is_empty()) {
            out.push_str(" data-problem=\"1\"");
        }
        out.push('>');
        push_escaped(out, piece);
        out.push_str("</span>");
    }
}

/// Whether a JSON object is a date as the article gives it (`When`).
fn is_when(map: &serde_json::Map<String, Value>) -> bool {
    !map.is_empty()
        && map
            .keys()
            .all(|k| matches!(k.as_str(), "value" | "text" | "inferred"))
        && (map.contains_key("value") || map.contains_key("text"))
}

/// A value of a record's field, as HTML.
fn field_value(out: &mut String, value: &Value, reading: &Reading<'_>) {
    match value {
        Value::String(s) => match reading.names.get(s.as_str()) {
            Some(name) if name != s => {
                push_escaped(out, name);
                let _ = write!(out, " <span class=\"id\">({})</span>", escape(s));
            }
            _ => push_escaped(out, s),
        },
        Value::Object(map) if is_when(map) => {
            let text = map.get("text").and_then(Value::as_str);
            let resolved = map.get("value").and_then(Value::as_str);
            let inferred = map.get("inferred").and_then(Value::as_bool) == Some(true);
            if let Some(text) = text {
                let _ = write!(out, "as written: “{}”", escape(text));
            }
            if let Some(resolved) = resolved {
                if text.is_some() {
                    out.push_str("; ");
                }
                let _ = write!(
                    out,
                    "resolved: <time>{}</time>{}",
                    escape(resolved),
                    if inferred { " (inferred)" } else { "" }
                );
            }
        }
        Value::Object(map) => {
            if let Some(amount) = map.get("amount") {
                let unit = map
                    .get("currency")
                    .or_else(|| map.get("unit"))
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                let _ = write!(
                    out,
                    "<span class=\"amount\">{} {}</span> ",
                    escape(&amount.to_string()),
                    escape(unit)
                );
            }
            out.push_str("<dl>");
            for (key, child) in map {
                if key == "evidence" {
                    continue;
                }
                let _ = write!(out, "<dt>{}</dt><dd>", escape(key));
                field_value(out, child, reading);
                out.push_str("</dd>");
            }
            out.push_str("</dl>");
        }
        Value::Array(items) if items.iter().all(|v| !v.is_object()) => {
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                field_value(out, item, reading);
            }
        }
        Value::Array(items) => {
            out.push_str("<ol>");
            for item in items {
                out.push_str("<li>");
                field_value(out, item, reading);
                out.push_str("</li>");
            }
            out.push_str("</ol>");
        }
        other => push_escaped(out, &other.to_string()),
    }
}

/// The one-line summary of a record.
fn summary(kind: RecordKind, value: &Value, reading: &Reading<'_>) -> String {
    let get = |key: &str| value.get(key).and_then(Value::as_str);
    let name_of = |id: &str| {
        reading
            .names
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_owned())
    };
    let text = match kind {
        RecordKind::Statement => format!(
            "{}: {} · {} — “{}”",
            get("speaker").map(name_of).unwrap_or_default(),
            get("mode").unwrap_or("?").replace('_', " "),
            get("speech_act").unwrap_or("?").replace('_', " "),
            shorten(get("text").unwrap_or_default(), 90)
        ),
        RecordKind::Commitment => format!(
            "{} · {}",
            shorten(get("action").unwrap_or_default(), 90),
            get("kind").unwrap_or("?")
        ),
        RecordKind::Assessment => format!(
            "{}: “{}” of {} · {}",
            get("assessor").map_or_else(|| "the article".to_owned(), name_of),
            shorten(get("words").unwrap_or_default(), 60),
            get("assessed").map(name_of).unwrap_or_default(),
            get("polarity").unwrap_or("?")
        ),
        RecordKind::Issue => {
            let parties = |key: &str| -> Vec<String> {
                value
                    .get(key)
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .map(name_of)
                    .collect()
            };
            let mut issue = format!("issue: “{}”", shorten(get("text").unwrap_or_default(), 90));
            let divided = parties("divided");
            if !divided.is_empty() {
                issue = format!("{issue} · at odds: {}", divided.join(", "));
            }
            let aligned = parties("aligned");
            if !aligned.is_empty() {
                issue = format!("{issue} · aligned: {}", aligned.join(", "));
            }
            issue
        }
        RecordKind::Position => {
            let stand = format!(
                "{}: {} “{}”",
                get("holder").map(name_of).unwrap_or_default(),
                get("stance").unwrap_or("?"),
                get("issue").map(name_of).unwrap_or_default()
            );
            match get("text") {
                Some(text) => format!("{stand} — “{}”", shorten(text, 60)),
                None => stand,
            }
        }
        RecordKind::Relation => {
            let parties: Vec<String> = value
                .get("parties")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(name_of)
                .collect();
            let kind = get("kind").unwrap_or("?").replace('_', " ");
            let relation = match get("name") {
                Some(name) => format!("{kind}: “{}”", shorten(name, 60)),
                None => kind,
            };
            format!("{relation} · between: {}", parties.join(", "))
        }
        RecordKind::Request => {
            let parties = |key: &str| -> String {
                let names: Vec<String> = value
                    .get(key)
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .map(name_of)
                    .collect();
                names.join(", ")
            };
            let requesters = parties("requesters");
            let asked = format!(
                "{} asked of {}: “{}”",
                if requesters.is_empty() {
                    "someone"
                } else {
                    requesters.as_str()
                },
                parties("addressees"),
                shorten(get("action").unwrap_or_default(), 90)
            );
            let status = value
                .get("status_history")
                .and_then(Value::as_array)
                .and_then(|h| h.last())
                .and_then(|o| o.get("status"))
                .and_then(Value::as_str)
                .unwrap_or("?");
            match get("force") {
                Some(force) => format!("{asked} · {force} · {status}"),
                None => format!("{asked} · {status}"),
            }
        }
        RecordKind::Meeting | RecordKind::Event => format!(
            "{} · {}",
            shorten(
                get("name")
                    .or_else(|| get("description"))
                    .or_else(|| get("kind"))
                    .unwrap_or_default(),
                90
            ),
            get("status").unwrap_or("?")
        ),
        RecordKind::Update => format!(
            "update of {} in {}",
            value
                .pointer("/target/id")
                .and_then(Value::as_str)
                .unwrap_or("?"),
            value
                .pointer("/target/article")
                .and_then(Value::as_str)
                .unwrap_or("?")
        ),
        RecordKind::Source => format!("source: {}", get("source").map(name_of).unwrap_or_default()),
        _ => get("name")
            .or_else(|| get("title"))
            .or_else(|| get("kind"))
            .unwrap_or_default()
            .to_owned(),
    };
    match get("id") {
        Some(id) => format!("{text} [{id}]"),
        None => text,
    }
}

/// The page's data for its script: the article's id, each record's
/// pointer, kind and spans, each span's record, pointer and kind.
fn page_data(reading: &Reading<'_>) -> Value {
    json!({
        "article": reading.id,
        "records": reading.records.iter().map(|r| json!({
            "pointer": r.pointer,
            "kind": r.kind.as_str(),
            "spans": r.spans,
        })).collect::<Vec<_>>(),
        "spans": reading.spans.iter().map(|s| json!({
            "record": s.record,
            "pointer": s.pointer,
            "kind": s.kind.as_str(),
            "in_headline": s.in_headline,
            "quote": if s.in_headline { reading.headline.unwrap_or_default() } else { reading.body }
                .get(s.bytes.clone()).unwrap_or_default(),
        })).collect::<Vec<_>>(),
    })
}

fn metadata(out: &mut String, reading: &Reading<'_>) {
    let Some(value) = reading.value else {
        return;
    };
    out.push_str("<dl class=\"meta\">");
    let mut row = |label: &str, v: Option<&Value>| {
        if let Some(v) = v {
            let _ = write!(out, "<div><dt>{}</dt><dd>", escape(label));
            field_value(out, v, reading);
            out.push_str("</dd></div>");
        }
    };
    row("id", value.get("id"));
    row("published", value.get("published"));
    row("language", value.get("language"));
    row("publisher", value.get("publisher"));
    row("dateline", value.get("dateline"));
    row("bylines", value.get("bylines"));
    row("url", value.get("url"));
    row("subjects", value.get("subjects"));
    row("format", value.get("format_version"));
    out.push_str("</dl>");
}

fn legend(out: &mut String) {
    out.push_str("<ul class=\"legend\" aria-label=\"How evidence is marked\">");
    for kind in SpanKind::ALL {
        let _ = write!(
            out,
            "<li><span class=\"seg k-{}\" data-depth=\"1\" data-label=\"{}\">{}</span></li>",
            kind.as_str(),
            kind.label(),
            kind.meaning()
        );
    }
    out.push_str(
        "<li>deeper shade: words that several records cite; \
         <span class=\"seg k-other\" data-depth=\"1\" data-problem=\"1\">ringed</span>: \
         a problem is anchored there</li></ul>",
    );
}

fn problems_section(out: &mut String, reading: &Reading<'_>) {
    let (errors, warnings) = reading.problem_counts();
    let _ = write!(
        out,
        "<section id=\"problems\" aria-labelledby=\"problems-h\"><h2 id=\"problems-h\">Problems \
         ({errors} errors, {warnings} warnings)</h2>"
    );
    if reading.problems.is_empty() {
        out.push_str("<p>None: the article validates without warnings.</p>");
    }
    out.push_str("<ol class=\"problems\">");
    for (i, p) in reading.problems.iter().enumerate() {
        let _ = write!(
            out,
            "<li id=\"p-{i}\" class=\"problem {}\" data-path=\"{}\"",
            if p.is_error { "error" } else { "warning" },
            escape(&p.path)
        );
        if let Some(r) = p.record {
            let _ = write!(out, " data-record=\"{r}\"");
        }
        if let Some(s) = p.span {
            let _ = write!(out, " data-span=\"{s}\"");
        }
        let _ = write!(
            out,
            "><strong>{}</strong> <code>{}</code> at <code>{}</code>: {}<br><span class=\"explain\">{}</span>",
            if p.is_error { "error" } else { "warning" },
            escape(p.code),
            escape(if p.path.is_empty() { "(root)" } else { &p.path }),
            escape(&p.message),
            escape(p.explain)
        );
        if let Some(r) = p.record {
            let _ = write!(
                out,
                " <a href=\"#r-{r}\" class=\"to-record\" data-record=\"{r}\">the record</a>"
            );
        }
        if let Some(s) = p.span {
            let _ = write!(
                out,
                " <button type=\"button\" class=\"to-span\" data-span=\"{s}\">show its words</button>"
            );
        }
        out.push_str("</li>");
    }
    out.push_str("</ol></section>");
}

fn verdict_controls(out: &mut String, r: usize) {
    let _ = write!(
        out,
        "<fieldset class=\"verdict\"><legend>Verdict on this record</legend>"
    );
    for v in VERDICTS {
        let _ = write!(
            out,
            "<label><input type=\"radio\" name=\"v-{r}\" value=\"{v}\"> {v}</label> "
        );
    }
    let _ = write!(
        out,
        "<label class=\"note\">note <input type=\"text\" name=\"n-{r}\" autocomplete=\"off\"></label></fieldset>"
    );
}

fn records_section(out: &mut String, reading: &Reading<'_>) {
    out.push_str(
        "<section id=\"records\" aria-labelledby=\"records-h\"><h2 id=\"records-h\">Records</h2>",
    );
    for &(_, kind) in COLLECTIONS {
        let of_kind: Vec<(usize, &crate::reading::Record<'_>)> = reading
            .records
            .iter()
            .enumerate()
            .filter(|(_, r)| r.kind == kind)
            .collect();
        if of_kind.is_empty() {
            continue;
        }
        let _ = write!(
            out,
            "<section class=\"group\" data-kind=\"{}\"><h3>{} ({})</h3><ol class=\"records\">",
            kind.as_str(),
            kind.plural(),
            of_kind.len()
        );
        for (r, record) in of_kind {
            let spans: Vec<String> = record.spans.iter().map(usize::to_string).collect();
            let _ = write!(
                out,
                "<li id=\"r-{r}\" class=\"record\" data-record=\"{r}\" data-pointer=\"{}\" \
                 data-kind=\"{}\" data-spans=\"{}\">",
                escape(&record.pointer),
                kind.as_str(),
                spans.join(" ")
            );
            let _ = write!(
                out,
                "<button type=\"button\" class=\"rec\" aria-expanded=\"false\" aria-controls=\"f-{r}\">{}</button>",
                escape(&summary(kind, record.value, reading))
            );
            if record.spans.is_empty() {
                out.push_str(" <span class=\"badge none\">no evidence</span>");
            }
            if !record.problems.is_empty() {
                let links: Vec<String> = record
                    .problems
                    .iter()
                    .filter_map(|&p| reading.problems.get(p).map(|prob| (p, prob)))
                    .map(|(p, prob)| format!("<a href=\"#p-{p}\">{}</a>", escape(prob.code)))
                    .collect();
                let _ = write!(
                    out,
                    " <span class=\"badge problem\">problems: {}</span>",
                    links.join(", ")
                );
            }
            let _ = write!(
                out,
                "<div class=\"details\" id=\"f-{r}\"><p class=\"pointer\">JSON Pointer <code>{}</code></p>",
                escape(&record.pointer)
            );
            if let Value::Object(map) = record.value {
                out.push_str("<dl class=\"fields\">");
                for (key, value) in map {
                    if key == "evidence" {
                        continue;
                    }
                    let key = escape(key);
                    let _ = write!(
                        out,
                        "<div class=\"field\" data-field=\"{key}\"><dt>{key} \
                         <select class=\"fv\" data-field=\"{key}\" aria-label=\"verdict on the field {key} of record {r}\">\
                         <option value=\"\">–</option>"
                    );
                    for v in VERDICTS {
                        let _ = write!(out, "<option value=\"{v}\">{v}</option>");
                    }
                    out.push_str("</select></dt><dd>");
                    field_value(out, value, reading);
                    out.push_str("</dd></div>");
                }
                out.push_str("</dl>");
            }
            if !record.spans.is_empty() {
                out.push_str("<p class=\"evidence\">Evidence:</p><ul class=\"evidence\">");
                for &s in &record.spans {
                    if let Some(span) = reading.spans.get(s) {
                        let text = if span.in_headline {
                            reading.headline.unwrap_or_default()
                        } else {
                            reading.body
                        };
                        let _ = write!(
                            out,
                            "<li><button type=\"button\" class=\"to-span\" data-span=\"{s}\">{}</button> <code>{}</code></li>",
                            escape(&format!("“{}”", shorten(text.get(span.bytes.clone()).unwrap_or_default(), 120))),
                            escape(&span.pointer)
                        );
                    }
                }
                out.push_str("</ul>");
            }
            for (at, words) in &record.unlocated {
                let _ = write!(
                    out,
                    "<p class=\"badge none\">evidence not found in the text: “{}” <code>{}</code></p>",
                    escape(words),
                    escape(at)
                );
            }
            out.push_str("</div>");
            verdict_controls(out, r);
            out.push_str("</li>");
        }
        out.push_str("</ol></section>");
    }
    out.push_str("</section>");
}

/// The review page of one article.
pub(crate) fn article_page(reading: &Reading<'_>) -> String {
    let mut out = String::with_capacity(reading.body.len() * 4 + 32 * 1024);
    let title = reading.headline.unwrap_or(reading.id.as_str());
    head(&mut out, &format!("Review: {}", shorten(title, 80)), "en");
    let _ = write!(
        out,
        "<body>\n<a class=\"skip\" href=\"#records\">Skip to the records</a>\n<header>"
    );
    out.push_str("<p class=\"kicker\">structured-news review</p><h1 id=\"headline\"");
    if let Some(lang) = reading.language {
        let _ = write!(out, " lang=\"{}\"", escape(lang));
    }
    out.push('>');
    let headline_spans: Vec<(usize, &Span)> = reading
        .spans
        .iter()
        .enumerate()
        .filter(|(_, s)| s.in_headline)
        .collect();
    match reading.headline {
        Some(h) => marked_text(&mut out, h, &headline_spans),
        None => {
            let _ = write!(
                out,
                "{} <span class=\"id\">(no headline)</span>",
                escape(&reading.id)
            );
        }
    }
    out.push_str("</h1>");
    metadata(&mut out, reading);
    out.push_str("\n<div class=\"toolbar\" role=\"group\" aria-label=\"Verdicts\">\
        <button type=\"button\" id=\"download\">Download verdicts</button> \
        <label for=\"load\">Load verdicts</label> <input type=\"file\" id=\"load\" accept=\".json,application/json\"> \
        <button type=\"button\" id=\"clear\">Clear selection</button> \
        <span id=\"progress\" aria-live=\"polite\"></span></div></header>\n<main>\n\
        <section id=\"article\" aria-labelledby=\"article-h\"><h2 id=\"article-h\">Article</h2>");
    legend(&mut out);
    out.push_str("<p class=\"hint\">Tab or <kbd>n</kbd>/<kbd>p</kbd> to go from span to span, \
        <kbd>Enter</kbd> to show a span's records, <kbd>Esc</kbd> to clear.</p><div class=\"body\" id=\"body\"");
    if let Some(lang) = reading.language {
        let _ = write!(out, " lang=\"{}\"", escape(lang));
    }
    out.push('>');
    let body_spans: Vec<(usize, &Span)> = reading
        .spans
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.in_headline)
        .collect();
    marked_text(&mut out, reading.body, &body_spans);
    out.push_str("</div></section>\n<div class=\"panel\">\
        <section id=\"selection\" aria-labelledby=\"selection-h\" aria-live=\"polite\">\
        <h2 id=\"selection-h\">Selected</h2><div id=\"selected\"><p>Select words of the article or a record.</p></div></section>\n");
    problems_section(&mut out, reading);
    records_section(&mut out, reading);
    let data = json_in_script(&page_data(reading).to_string());
    let _ = write!(
        out,
        "</div>\n</main>\n<script type=\"application/json\" id=\"review-data\">{data}</script>\n<script>\n{SCRIPT}</script>\n</body>\n</html>\n"
    );
    out
}

/// The index of several review pages.
pub(crate) fn index_page(pages: &[(&crate::Page, &str)]) -> String {
    let mut out = String::new();
    head(&mut out, "Review: index", "en");
    let _ = write!(
        out,
        "<body class=\"index\">\n<main>\n<h1>Review pages ({})</h1>\n<table>\
         <thead><tr><th scope=\"col\">Article</th><th scope=\"col\">Headline</th>\
         <th scope=\"col\">Records</th><th scope=\"col\">Spans</th><th scope=\"col\">Errors</th>\
         <th scope=\"col\">Warnings</th></tr></thead><tbody>",
        pages.len()
    );
    for (page, file) in pages {
        let _ = write!(
            out,
            "<tr><td><a href=\"{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(file),
            escape(&page.id),
            escape(page.headline.as_deref().unwrap_or("")),
            page.records,
            page.spans,
            page.errors,
            page.warnings
        );
    }
    out.push_str("</tbody></table>\n</main>\n</body>\n</html>\n");
    out
}

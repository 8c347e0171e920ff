//! The ledger page: each commitment's and meeting's dated history across
//! articles as a timeline, with links to the articles' review pages.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::Value;
use structured_news::LedgerReport;

use crate::html::{escape, push_escaped};
use crate::page::head;

/// The file name of the review page of the article `id`, as `structured-news
/// review --out DIR` names it: its ASCII letters, digits, `.`, `_` and `-`,
/// every other character as `_` (and `article-` before a name that would
/// start with a dot or be `index`).
pub fn page_file_name(id: &str) -> String {
    let mut stem: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '_'
            }
        })
        .take(120)
        .collect();
    if stem.is_empty() || stem.starts_with('.') || stem == "index" {
        stem = format!("article-{stem}");
    }
    format!("{stem}.html")
}

/// Text of a JSON value: a string as it is, a date (`When`) as its value
/// or words, anything else as JSON.
fn text_of(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Object(map) => match (map.get("value"), map.get("text")) {
            (Some(Value::String(v)), Some(Value::String(t))) => format!("{v} (“{t}”)"),
            (Some(Value::String(v)), _) => v.clone(),
            (_, Some(Value::String(t))) => format!("“{t}”"),
            _ => value.to_string(),
        },
        other => other.to_string(),
    }
}

struct Context<'a> {
    parties: BTreeMap<&'a str, &'a str>,
    /// The link to each article's review page, when it has one.
    links: &'a BTreeMap<String, String>,
}

impl Context<'_> {
    fn party(&self, key: &str) -> String {
        self.parties
            .get(key)
            .map_or_else(|| key.to_owned(), |name| (*name).to_owned())
    }

    /// The article `id`, linked to its review page at `path` when it has one.
    fn article(&self, out: &mut String, id: &str, path: Option<&str>) {
        match self.links.get(id) {
            Some(href) => {
                let _ = write!(
                    out,
                    "<a href=\"{}#{}\">{}</a>",
                    escape(href),
                    escape(path.unwrap_or_default()),
                    escape(id)
                );
            }
            None => push_escaped(out, id),
        }
    }
}

fn get<'a>(value: &'a Value, key: &str) -> Option<&'a str> {
    value.get(key).and_then(Value::as_str)
}

fn steps(out: &mut String, history: &[Value], cx: &Context<'_>) {
    out.push_str("<ol class=\"timeline\">");
    for step in history {
        let when = get(step, "as_of").unwrap_or("undated");
        let _ = write!(
            out,
            "<li><span class=\"when\"><time>{}</time></span> <strong class=\"status\">{}</strong>",
            escape(when),
            escape(&get(step, "status").unwrap_or("?").replace('_', " "))
        );
        if let Some(reported) = get(step, "reported_on") {
            let _ = write!(out, ", reported {}", escape(reported));
        }
        out.push_str(" in ");
        cx.article(out, get(step, "article").unwrap_or("?"), get(step, "path"));
        if let Some(manner) = get(step, "manner") {
            let _ = write!(out, " ({})", escape(manner));
        }
        if let Some(reason) = get(step, "reason") {
            let _ = write!(out, "; reason: {}", escape(reason));
        }
        if let Some(Value::Array(reasons)) = step.get("reasons") {
            for reason in reasons {
                let text = escape(get(reason, "reason").unwrap_or_default());
                match get(reason, "given_by") {
                    Some(source) => {
                        let _ = write!(out, "; reason by {}: {text}", escape(source));
                    }
                    None => {
                        let _ = write!(out, "; reason: {text}");
                    }
                }
            }
        }
        if let Some(Value::Array(evidence)) = step.get("evidence") {
            for excerpt in evidence {
                let _ = write!(
                    out,
                    "<blockquote dir=\"auto\">“{}”</blockquote>",
                    escape(get(excerpt, "text").unwrap_or_default())
                );
            }
        }
        out.push_str("</li>");
    }
    out.push_str("</ol>");
}

fn commitment(out: &mut String, c: &Value, overdue: &[&str], cx: &Context<'_>) {
    let id = get(c, "id").unwrap_or_default();
    let is_overdue = overdue.contains(&id);
    let timeliness = get(c, "timeliness");
    let late = c.get("late_by_days").and_then(Value::as_u64);
    let _ = write!(
        out,
        "<article class=\"tracked{}\"><h3>{}</h3><p class=\"id\">{}</p><dl class=\"meta\">",
        if is_overdue { " overdue" } else { "" },
        escape(get(c, "action").unwrap_or_default()),
        escape(id)
    );
    let parties = |key: &str| -> Option<String> {
        let list: Vec<String> = c
            .get(key)?
            .as_array()?
            .iter()
            .filter_map(Value::as_str)
            .map(|p| cx.party(p))
            .collect();
        (!list.is_empty()).then(|| list.join(", "))
    };
    let rows = [
        ("bound", parties("bound_parties")),
        ("toward", parties("counterparties")),
        ("made", get(c, "made").map(str::to_owned)),
        ("due", c.get("due").map(text_of)),
        ("status", get(c, "status").map(|s| s.replace('_', " "))),
        (
            "timeliness",
            timeliness.map(|t| match late {
                Some(days) => format!("{} by {days} days", t.replace('_', " ")),
                None => t.replace('_', " "),
            }),
        ),
    ];
    for (label, value) in rows {
        if let Some(value) = value {
            let _ = write!(
                out,
                "<div><dt>{label}</dt><dd>{}</dd></div>",
                escape(&value)
            );
        }
    }
    out.push_str("</dl>");
    if is_overdue {
        out.push_str("<p class=\"flag overdue\"><strong>Overdue</strong> on the day asked.</p>");
    }
    if timeliness == Some("late") {
        out.push_str("<p class=\"flag late\"><strong>Late</strong>: kept after its due date.</p>");
    }
    if let Some(Value::Array(amounts)) = c.get("amounts") {
        if !amounts.is_empty() {
            out.push_str("<table class=\"amounts\"><thead><tr><th scope=\"col\">currency</th><th scope=\"col\">pledged</th><th scope=\"col\">delivered</th><th scope=\"col\">kept</th></tr></thead><tbody>");
            for a in amounts {
                let cell = |key: &str| a.get(key).map(text_of).unwrap_or_else(|| "–".into());
                let _ = write!(
                    out,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    escape(&cell("currency")),
                    escape(&cell("pledged")),
                    escape(&cell("delivered")),
                    escape(
                        &a.get("percent_kept")
                            .map_or_else(|| "–".into(), |p| format!("{p}%"))
                    )
                );
            }
            out.push_str("</tbody></table>");
        }
    }
    if let Some(Value::Array(history)) = c.get("history") {
        steps(out, history, cx);
    }
    out.push_str("</article>");
}

fn meeting(out: &mut String, m: &Value, cx: &Context<'_>) {
    let _ = write!(
        out,
        "<article class=\"tracked\"><h3>{}</h3><p class=\"id\">{}</p><dl class=\"meta\">",
        escape(
            get(m, "name")
                .or_else(|| get(m, "kind"))
                .unwrap_or_default()
        ),
        escape(get(m, "id").unwrap_or_default())
    );
    let rows = [
        (
            "first reported",
            get(m, "first_status").map(|s| s.replace('_', " ")),
        ),
        ("status", get(m, "status").map(|s| s.replace('_', " "))),
        ("date", m.get("date").map(text_of)),
        ("held on", m.get("held_on").map(text_of)),
        ("place", get(m, "place").map(|p| cx.party(p))),
    ];
    for (label, value) in rows {
        if let Some(value) = value {
            let _ = write!(
                out,
                "<div><dt>{label}</dt><dd>{}</dd></div>",
                escape(&value)
            );
        }
    }
    out.push_str("</dl>");
    if let Some(Value::Array(moves)) = m.get("moves") {
        for mv in moves {
            let _ = write!(
                out,
                "<p class=\"flag moved\"><strong>Moved</strong> from {} to {} (",
                escape(&mv.get("from").map(text_of).unwrap_or_default()),
                escape(&mv.get("to").map(text_of).unwrap_or_default())
            );
            cx.article(out, get(mv, "article").unwrap_or("?"), None);
            out.push_str(")</p>");
        }
    }
    if let Some(Value::Array(participants)) = m.get("participants") {
        let names: Vec<String> = participants
            .iter()
            .map(|p| {
                let name = cx.party(get(p, "party").unwrap_or("?"));
                let name = match get(p, "role") {
                    Some(role) => format!("{name}, {role}"),
                    None => name,
                };
                match get(p, "attendance") {
                    Some(a) => format!("{name} ({a})"),
                    None => name,
                }
            })
            .collect();
        if !names.is_empty() {
            let _ = write!(out, "<p>Participants: {}</p>", escape(&names.join(", ")));
        }
    }
    if let Some(Value::Array(history)) = m.get("history") {
        steps(out, history, cx);
    }
    out.push_str("</article>");
}

/// The ledger page of `report`: each commitment's and meeting's history
/// as a timeline with its evidence, amounts, lateness and overdue
/// marked. `links` gives, for an article id, the address of its review
/// page (e.g. `page_file_name(id)` when the pages are written beside the
/// ledger page); articles without one are named, not linked.
pub fn ledger_page(report: &LedgerReport, links: &BTreeMap<String, String>) -> String {
    let value = serde_json::to_value(report).unwrap_or(Value::Null);
    let list = |key: &str| -> Vec<Value> {
        value
            .get(key)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let parties_list = list("parties");
    let cx = Context {
        parties: parties_list
            .iter()
            .filter_map(|p| Some((get(p, "key")?, get(p, "name")?)))
            .collect(),
        links,
    };
    let overdue_list = value
        .pointer("/overdue/commitments")
        .and_then(Value::as_array);
    let overdue: Vec<&str> = overdue_list
        .map(|l| l.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let mut out = String::new();
    head(
        &mut out,
        "Ledger: commitments and meetings across articles",
        "en",
    );
    let commitments = list("commitments");
    let meetings = list("meetings");
    let _ = write!(
        out,
        "<body class=\"ledger\">\n<header><p class=\"kicker\">structured-news ledger</p>\
         <h1>Commitments and meetings across {} articles</h1>",
        report.articles
    );
    if let Some(on) = value.pointer("/overdue/on").and_then(Value::as_str) {
        let _ = write!(
            out,
            "<p>{} commitments overdue on {}.</p>",
            overdue.len(),
            escape(on)
        );
    }
    out.push_str("</header>\n<main>");
    let _ = write!(
        out,
        "<section aria-labelledby=\"c-h\"><h2 id=\"c-h\">Commitments ({})</h2>",
        commitments.len()
    );
    for c in &commitments {
        commitment(&mut out, c, &overdue, &cx);
    }
    let _ = write!(
        out,
        "</section><section aria-labelledby=\"m-h\"><h2 id=\"m-h\">Meetings ({})</h2>",
        meetings.len()
    );
    for m in &meetings {
        meeting(&mut out, m, &cx);
    }
    out.push_str("</section>");
    let problems = list("problems");
    if !problems.is_empty() {
        let _ = write!(
            out,
            "<section aria-labelledby=\"p-h\"><h2 id=\"p-h\">Problems ({})</h2><ol>",
            problems.len()
        );
        for p in &problems {
            let _ = write!(
                out,
                "<li><code>{}</code> {}: {}</li>",
                escape(get(p, "code").unwrap_or_default()),
                escape(get(p, "severity").unwrap_or_default()),
                escape(get(p, "message").unwrap_or_default())
            );
        }
        out.push_str("</ol></section>");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

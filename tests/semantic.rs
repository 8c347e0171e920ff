//! Semantic mutations: from every valid fixture, derive documents that are
//! wrong in meaning, not in shape — a date moved out of its meeting, a
//! setting meeting cancelled, narration taken for a quote, a statement
//! recorded twice — and assert that each is flagged with the expected code
//! at the expected path. The counts are printed (run with `--nocapture`).

mod common;

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, Days, NaiveDate};
use serde_json::{json, Value};
use structured_news::{Article, Error, ErrorCode, EventDate, Lints};

/// A wrong document and what must be reported: a code at a path.
struct Mutant {
    doc: Value,
    code: ErrorCode,
    path: String,
}

/// A kind of mutation: its name and how it derives mutants from a fixture.
type Kind = (&'static str, fn(&Value) -> Vec<Mutant>);

const KINDS: &[Kind] = &[
    (
        "statement dated away from its meeting",
        statement_out_of_setting,
    ),
    ("setting meeting cancelled", setting_cancelled),
    ("narration taken for a direct quote", narration_as_quote),
    ("statement recorded twice", duplicate_statement),
    ("commitment recorded twice", duplicate_commitment),
    ("meeting recorded twice", duplicate_meeting),
    (
        "status observed years after publication",
        status_after_publication,
    ),
    (
        "status observed before the commitment was made",
        status_before_made,
    ),
    ("status history going back in time", history_backwards),
    ("fulfilled with nothing behind it", unsupported_outcome),
    ("larger meeting moved three years on", larger_meeting_moved),
    ("larger meeting cancelled", larger_meeting_cancelled),
    ("date words naming another weekday", wrong_weekday),
    (
        "held meeting made scheduled, a year before publication",
        scheduled_in_past,
    ),
    (
        "meeting rescheduled with no new date",
        rescheduled_without_date,
    ),
    ("status history ending in another status", history_disagrees),
    (
        "participants from three countries at a bilateral meeting",
        bilateral_third_side,
    ),
    (
        "commitment binding a party no maker represents",
        unrepresented_party,
    ),
    (
        "commitment due a year before the meeting it concerns",
        due_before_occasion,
    ),
    (
        "place given another country than the one it lies in",
        place_in_other_country,
    ),
    ("role in an organization of another country", foreign_role),
    ("evidence reduced to a function word", weak_evidence),
    (
        "evidence that occurs twice, without a position",
        ambiguous_evidence,
    ),
];

#[test]
fn every_semantic_mutant_is_flagged_with_its_code_and_path() {
    let dir = common::fixtures().join("valid");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let docs: Vec<(String, Value)> = files
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, serde_json::from_str(&text).unwrap())
        })
        .collect();
    let mut table: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    for (name, doc) in &docs {
        // Every fixture is clean: no error and no warning.
        let (_, warnings) =
            Article::from_json_slice_with(doc.to_string().as_bytes(), &Lints::new())
                .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(warnings.is_empty(), "{name}: {warnings:?}");
        for &(kind, derive) in KINDS {
            for m in derive(doc) {
                let entry = table.entry(kind).or_default();
                entry.0 += 1;
                let found = problems(&m.doc);
                if found.iter().any(|(c, p)| *c == m.code && *p == m.path) {
                    entry.1 += 1;
                } else {
                    misses.push(format!(
                        "{name}: {kind}: expected {} at {}, got {found:?}",
                        m.code, m.path
                    ));
                }
            }
        }
    }
    let (mutants, flagged) = table.values().fold((0, 0), |(m, f), (a, b)| (m + a, f + b));
    eprintln!(
        "semantic mutants: {} kinds, {mutants} mutants of {} fixtures, {flagged} flagged",
        table.len(),
        docs.len()
    );
    for (kind, (n, f)) in &table {
        eprintln!("  {kind}: {f} of {n}");
    }
    let unused: Vec<&str> = KINDS
        .iter()
        .map(|(k, _)| *k)
        .filter(|k| !table.contains_key(k))
        .collect();
    assert!(unused.is_empty(), "no fixture gives a mutant of {unused:?}");
    assert!(
        misses.is_empty(),
        "{} missed:\n{}",
        misses.len(),
        misses.join("\n")
    );
}

/// Every problem reported (warnings too), as code and path.
fn problems(doc: &Value) -> Vec<(ErrorCode, String)> {
    let list = |p: &[structured_news::ValidationError]| {
        p.iter()
            .map(|e| (e.code(), e.path().as_str().to_owned()))
            .collect()
    };
    // A semantic mutant is a well-typed article: the fast reader reads it,
    // to the article serde reads.
    let json = doc.to_string();
    assert_eq!(
        common::readers_agree(json.as_bytes(), &json),
        common::Readers::BothRead
    );
    match Article::from_json_slice_with(json.as_bytes(), &Lints::new()) {
        Ok((_, warnings)) => list(&warnings),
        Err(Error::Invalid(problems)) => list(problems.as_slice()),
        Err(other) => vec![(other.code(), String::new())],
    }
}

// Helpers.

fn items<'a>(doc: &'a Value, key: &str) -> Vec<&'a Value> {
    doc.pointer(key)
        .and_then(Value::as_array)
        .map(|v| v.iter().collect())
        .unwrap_or_default()
}

fn index_by_id(doc: &Value, key: &str, id: &Value) -> Option<usize> {
    items(doc, key).iter().position(|item| item["id"] == *id)
}

fn date_of(v: &Value) -> Option<EventDate> {
    v.get("date")?.get("value")?.as_str()?.parse().ok()
}

fn first_day(v: &Value) -> Option<NaiveDate> {
    date_of(v)?.first_day()
}

fn day(d: NaiveDate) -> Value {
    json!(d.format("%Y-%m-%d").to_string())
}

fn published(doc: &Value) -> Option<NaiveDate> {
    let text = doc["published"].as_str()?;
    NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok()
}

fn mutant(doc: &Value, code: ErrorCode, path: String, f: impl FnOnce(&mut Value)) -> Mutant {
    let mut doc = doc.clone();
    f(&mut doc);
    Mutant { doc, code, path }
}

/// The country code of the party `id`, from the entities.
fn country(doc: &Value, id: &Value) -> Option<String> {
    for key in [
        "/entities/people",
        "/entities/organizations",
        "/entities/places",
    ] {
        if let Some(i) = index_by_id(doc, key, id) {
            return items(doc, key)[i]["country"].as_str().map(str::to_owned);
        }
    }
    None
}

// The mutations.

fn statement_out_of_setting(doc: &Value) -> Vec<Mutant> {
    let mut out = Vec::new();
    for (i, s) in items(doc, "/statements").iter().enumerate() {
        let Some(m) = index_by_id(doc, "/meetings", &s["setting"]) else {
            continue;
        };
        let Some(first) = first_day(items(doc, "/meetings")[m]) else {
            continue;
        };
        let earlier = first.checked_sub_days(Days::new(30)).unwrap();
        out.push(mutant(
            doc,
            ErrorCode::OutsideSetting,
            format!("/statements/{i}/date/value"),
            |d| {
                d["statements"][i]["date"] = json!({"value": day(earlier)});
            },
        ));
    }
    out
}

fn setting_cancelled(doc: &Value) -> Vec<Mutant> {
    let mut out = Vec::new();
    for (i, s) in items(doc, "/statements").iter().enumerate() {
        if let Some(m) = index_by_id(doc, "/meetings", &s["setting"]) {
            out.push(mutant(
                doc,
                ErrorCode::SettingNotHeld,
                format!("/statements/{i}/setting"),
                |d| {
                    d["meetings"][m]["status"] = json!("cancelled");
                },
            ));
        }
    }
    out
}

fn narration_as_quote(doc: &Value) -> Vec<Mutant> {
    let body = doc["body"].as_str().unwrap_or_default();
    let mut out = Vec::new();
    for (i, s) in items(doc, "/statements").iter().enumerate() {
        let text = s["text"].as_str().unwrap_or_default();
        // Narration the body has word for word, outside quotation marks:
        // the sentence of the reporter, not of the speaker.
        let Some(at) = body.find(text) else { continue };
        let before = body[..at].trim_end();
        let start = before.rfind('\n').map_or(0, |n| n + 1);
        let line = &body[start..at];
        // Inside quotation marks, right after a colon, or in the paragraph
        // right after one that ends with a colon (a block quote: "The
        // below is attributable to Spokesperson Ned Price:"), where the
        // words may be the speaker's own.
        let block = start > 0 && body[..start].trim_end().ends_with(':');
        let marked = line.contains(['“', '"', '«', '‘']) || before.ends_with(':') || block;
        if s["mode"] != "paraphrase" || marked || text.len() < 20 {
            continue;
        }
        out.push(mutant(
            doc,
            ErrorCode::QuoteWithoutMarks,
            format!("/statements/{i}/text"),
            |d| {
                d["statements"][i]["mode"] = json!("direct_quote");
            },
        ));
    }
    out
}

fn duplicate(
    doc: &Value,
    key: &str,
    code_path: &str,
    keep: impl Fn(&Value) -> bool,
) -> Vec<Mutant> {
    let list = items(doc, key);
    let Some(item) = list.iter().find(|item| keep(item)) else {
        return Vec::new();
    };
    let n = list.len();
    let mut copy = (*item).clone();
    copy["id"] = json!(format!("{}-again", item["id"].as_str().unwrap()));
    vec![mutant(
        doc,
        ErrorCode::DuplicateItem,
        format!("{code_path}/{n}"),
        |d| {
            d.pointer_mut(key)
                .unwrap()
                .as_array_mut()
                .unwrap()
                .push(copy);
        },
    )]
}

fn duplicate_statement(doc: &Value) -> Vec<Mutant> {
    duplicate(doc, "/statements", "/statements", |_| true)
}

fn duplicate_commitment(doc: &Value) -> Vec<Mutant> {
    duplicate(doc, "/commitments", "/commitments", |_| true)
}

fn duplicate_meeting(doc: &Value) -> Vec<Mutant> {
    duplicate(doc, "/meetings", "/meetings", |m| {
        date_of(m).is_some()
            && m["participants"].as_array().is_some_and(|p| !p.is_empty())
            && m.get("coincides_with").is_none()
    })
}

fn status_after_publication(doc: &Value) -> Vec<Mutant> {
    let Some(published) = published(doc) else {
        return Vec::new();
    };
    let later = json!((published.year() + 3).to_string());
    items(doc, "/commitments")
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let last = c["status_history"].as_array().unwrap().len() - 1;
            let later = later.clone();
            mutant(
                doc,
                ErrorCode::DateAfterPublication,
                format!("/commitments/{i}/status_history/{last}/as_of"),
                move |d| d["commitments"][i]["status_history"][last]["as_of"] = later,
            )
        })
        .collect()
}

/// The day a commitment was made: its earliest dated statement or meeting.
fn made(doc: &Value, c: &Value) -> Option<NaiveDate> {
    let statements = c["statements"].as_array().into_iter().flatten();
    let from_statements = statements.filter_map(|id| {
        let i = index_by_id(doc, "/statements", id)?;
        first_day(items(doc, "/statements")[i])
    });
    let from_meeting = index_by_id(doc, "/meetings", &c["made_at"])
        .and_then(|m| first_day(items(doc, "/meetings")[m]));
    from_statements.chain(from_meeting).min()
}

fn status_before_made(doc: &Value) -> Vec<Mutant> {
    let mut out = Vec::new();
    for (i, c) in items(doc, "/commitments").iter().enumerate() {
        let Some(made) = made(doc, c) else { continue };
        let earlier = json!((made.year() - 2).to_string());
        out.push(mutant(
            doc,
            ErrorCode::ObservedBeforeMade,
            format!("/commitments/{i}/status_history/0/as_of"),
            |d| d["commitments"][i]["status_history"][0]["as_of"] = earlier,
        ));
    }
    out
}

fn history_backwards(doc: &Value) -> Vec<Mutant> {
    let mut out = Vec::new();
    for (key, path) in [("commitments", "/commitments"), ("meetings", "/meetings")] {
        for (i, item) in items(doc, path).iter().enumerate() {
            let Some(history) = item["status_history"].as_array() else {
                continue;
            };
            let Some(as_of) = history.last().and_then(|h| h["as_of"].as_str()) else {
                continue;
            };
            let year: i32 = as_of[..4].parse().unwrap();
            let status = history.last().unwrap()["status"].clone();
            let n = history.len();
            out.push(mutant(
                doc,
                ErrorCode::HistoryOutOfOrder,
                format!("{path}/{i}/status_history/{n}/as_of"),
                |d| {
                    d[key][i]["status_history"]
                        .as_array_mut()
                        .unwrap()
                        .push(json!({"status": status, "as_of": (year - 3).to_string()}));
                },
            ));
        }
    }
    out
}

fn unsupported_outcome(doc: &Value) -> Vec<Mutant> {
    items(doc, "/commitments")
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let n = c["status_history"].as_array().unwrap().len();
            mutant(
                doc,
                ErrorCode::UnsupportedOutcome,
                format!("/commitments/{i}/status_history/{n}/status"),
                |d| {
                    d["commitments"][i]["status_history"]
                        .as_array_mut()
                        .unwrap()
                        .push(json!({"status": "fulfilled"}));
                },
            )
        })
        .collect()
}

fn larger(doc: &Value) -> Vec<(usize, usize)> {
    items(doc, "/meetings")
        .iter()
        .enumerate()
        .filter_map(|(i, m)| Some((i, index_by_id(doc, "/meetings", &m["part_of"]["meeting"])?)))
        .collect()
}

fn larger_meeting_moved(doc: &Value) -> Vec<Mutant> {
    let mut out = Vec::new();
    for (i, l) in larger(doc) {
        let meetings = items(doc, "/meetings");
        let (Some(date), Some(_)) = (date_of(meetings[i]), first_day(meetings[i])) else {
            continue;
        };
        let Some(last) = date.last_day() else {
            continue;
        };
        let later = json!((last.year() + 3).to_string());
        out.push(mutant(
            doc,
            ErrorCode::OutsideLargerMeeting,
            format!("/meetings/{i}/date/value"),
            |d| {
                d["meetings"][l]["date"] = json!({"value": later});
                d["meetings"][l]["status"] = json!("scheduled");
            },
        ));
    }
    out
}

fn larger_meeting_cancelled(doc: &Value) -> Vec<Mutant> {
    larger(doc)
        .into_iter()
        .filter(|&(i, _)| {
            matches!(
                items(doc, "/meetings")[i]["status"].as_str(),
                Some("held" | "in_progress")
            )
        })
        .map(|(i, l)| {
            mutant(
                doc,
                ErrorCode::PartOfCancelled,
                format!("/meetings/{i}/status"),
                |d| {
                    d["meetings"][l]["status"] = json!("cancelled");
                },
            )
        })
        .collect()
}

fn wrong_weekday(doc: &Value) -> Vec<Mutant> {
    let mut out = Vec::new();
    for (key, path) in [("meetings", "/meetings"), ("statements", "/statements")] {
        for (i, item) in items(doc, path).iter().enumerate() {
            let Some(date) = date_of(item) else { continue };
            let (Some(first), Some(last)) = (date.first_day(), date.last_day()) else {
                continue;
            };
            if first != last {
                continue;
            }
            // The weekday after the right one, in the article's language.
            let russian = doc["language"]
                .as_str()
                .is_some_and(|l| l.starts_with("ru"));
            let names = if russian {
                [
                    "в понедельник",
                    "во вторник",
                    "в среду",
                    "в четверг",
                    "в пятницу",
                    "в субботу",
                    "в воскресенье",
                ]
            } else {
                [
                    "on Monday",
                    "on Tuesday",
                    "on Wednesday",
                    "on Thursday",
                    "on Friday",
                    "on Saturday",
                    "on Sunday",
                ]
            };
            let wrong = names[first.weekday().succ().num_days_from_monday() as usize];
            out.push(mutant(
                doc,
                ErrorCode::DateWordsDisagree,
                format!("{path}/{i}/date/value"),
                |d| {
                    d[key][i]["date"]["text"] = json!(wrong);
                },
            ));
        }
    }
    out
}

fn scheduled_in_past(doc: &Value) -> Vec<Mutant> {
    let Some(published) = published(doc) else {
        return Vec::new();
    };
    let earlier = published.checked_sub_days(Days::new(365)).unwrap();
    items(doc, "/meetings")
        .iter()
        .enumerate()
        .filter(|(_, m)| m["status"] == "held" && date_of(m).is_some())
        .map(|(i, _)| {
            mutant(
                doc,
                ErrorCode::PlannedInPast,
                format!("/meetings/{i}/date/value"),
                |d| {
                    d["meetings"][i]["status"] = json!("scheduled");
                    d["meetings"][i]["date"] = json!({"value": day(earlier)});
                    if let Some(history) = d["meetings"][i].as_object_mut() {
                        history.remove("status_history");
                    }
                },
            )
        })
        .collect()
}

fn rescheduled_without_date(doc: &Value) -> Vec<Mutant> {
    items(doc, "/meetings")
        .iter()
        .enumerate()
        .map(|(i, _)| {
            mutant(
                doc,
                ErrorCode::NoNewDate,
                format!("/meetings/{i}/status"),
                |d| {
                    let m = d["meetings"][i].as_object_mut().unwrap();
                    m.insert("status".into(), json!("rescheduled"));
                    m.remove("date");
                    m.remove("status_history");
                },
            )
        })
        .collect()
}

fn history_disagrees(doc: &Value) -> Vec<Mutant> {
    items(doc, "/meetings")
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let other = if m["status"] == "cancelled" {
                "held"
            } else {
                "cancelled"
            };
            mutant(
                doc,
                ErrorCode::StatusDisagrees,
                format!("/meetings/{i}/status"),
                |d| {
                    let m = d["meetings"][i].as_object_mut().unwrap();
                    let history = m.entry("status_history").or_insert(json!([]));
                    history
                        .as_array_mut()
                        .unwrap()
                        .push(json!({"status": other}));
                },
            )
        })
        .collect()
}

fn bilateral_third_side(doc: &Value) -> Vec<Mutant> {
    let mut out = Vec::new();
    for (i, m) in items(doc, "/meetings").iter().enumerate() {
        if m["kind"] != "bilateral" {
            continue;
        }
        let participants = m["participants"].as_array().cloned().unwrap_or_default();
        let mut seen: Vec<String> = Vec::new();
        for p in &participants {
            if let Some(c) = country(doc, &p["entity"]) {
                if !seen.contains(&c) {
                    seen.push(c);
                }
            }
        }
        // Guests from new countries until there are three.
        let new: Vec<&str> = ["BR", "ZA", "NZ"]
            .into_iter()
            .filter(|c| !seen.iter().any(|s| s == c))
            .take(3usize.saturating_sub(seen.len()))
            .collect();
        let at = participants.len() + new.len() - 1;
        out.push(mutant(
            doc,
            ErrorCode::TooManySides,
            format!("/meetings/{i}/participants/{at}/entity"),
            |d| {
                for (k, c) in new.iter().enumerate() {
                    let id = format!("guest-{k}");
                    d["entities"]["people"]
                        .as_array_mut()
                        .unwrap()
                        .push(json!({"id": id, "name": "A guest", "country": c}));
                    d["meetings"][i]["participants"]
                        .as_array_mut()
                        .unwrap()
                        .push(json!({"entity": id}));
                }
            },
        ));
    }
    out
}

fn unrepresented_party(doc: &Value) -> Vec<Mutant> {
    let mut out = Vec::new();
    for (i, c) in items(doc, "/commitments").iter().enumerate() {
        // Only where every maker's affiliation is known: a person with a
        // country or a role, or an organization, country or group.
        let makers: Vec<Value> = c["statements"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|id| {
                Some(items(doc, "/statements")[index_by_id(doc, "/statements", id)?].clone())
            })
            .flat_map(|s| {
                let mut m = vec![s["speaker"].clone()];
                m.extend(s["co_speakers"].as_array().cloned().unwrap_or_default());
                m.extend(s.get("on_behalf_of").cloned());
                m.extend(s.get("document").cloned());
                m
            })
            .collect();
        let known = !makers.is_empty()
            && makers
                .iter()
                .all(|id| match index_by_id(doc, "/entities/people", id) {
                    Some(p) => {
                        let p = items(doc, "/entities/people")[p];
                        p.get("country").is_some()
                            || p["roles"]
                                .as_array()
                                .is_some_and(|r| r.iter().any(|r| r.get("organization").is_some()))
                    }
                    None => true,
                });
        if !known {
            continue;
        }
        out.push(mutant(doc, ErrorCode::UnrepresentedParty, format!("/commitments/{i}/bound_parties"), |d| {
            if !d["entities"]["places"].is_array() {
                d["entities"]["places"] = json!([]);
            }
            d["entities"]["places"]
                .as_array_mut()
                .unwrap()
                .push(json!({"id": "elsewhere", "name": "Elsewhere", "kind": "country", "country": "AQ"}));
            d["commitments"][i]["bound_parties"] = json!(["elsewhere"]);
            if let Some(c) = d["commitments"][i].as_object_mut() {
                c.remove("counterparties");
            }
        }));
    }
    out
}

fn due_before_occasion(doc: &Value) -> Vec<Mutant> {
    let mut out = Vec::new();
    for (i, c) in items(doc, "/commitments").iter().enumerate() {
        let Some(m) = index_by_id(doc, "/meetings", &c["concerns"]) else {
            continue;
        };
        let Some(first) = first_day(items(doc, "/meetings")[m]) else {
            continue;
        };
        let earlier = json!((first.year() - 1).to_string());
        out.push(mutant(
            doc,
            ErrorCode::DueBeforeOccasion,
            format!("/commitments/{i}/due/value"),
            |d| {
                d["commitments"][i]["kind"] = json!("attend");
                d["commitments"][i]["due"] = json!({"value": earlier});
            },
        ));
    }
    out
}

fn place_in_other_country(doc: &Value) -> Vec<Mutant> {
    let mut out = Vec::new();
    for (i, p) in items(doc, "/entities/places").iter().enumerate() {
        let Some(up) = index_by_id(doc, "/entities/places", &p["within"]) else {
            continue;
        };
        let Some(theirs) = items(doc, "/entities/places")[up]["country"].as_str() else {
            continue;
        };
        if p.get("country").is_none() {
            continue;
        }
        let other = if theirs == "AQ" { "BV" } else { "AQ" };
        out.push(mutant(
            doc,
            ErrorCode::PlaceOutsideCountry,
            format!("/entities/places/{i}/within"),
            |d| {
                d["entities"]["places"][i]["country"] = json!(other);
            },
        ));
    }
    out
}

fn foreign_role(doc: &Value) -> Vec<Mutant> {
    let mut out = Vec::new();
    for (i, p) in items(doc, "/entities/people").iter().enumerate() {
        for (j, r) in p["roles"].as_array().into_iter().flatten().enumerate() {
            let Some(theirs) = country(doc, &r["organization"]) else {
                continue;
            };
            let other = if theirs == "AQ" { "BV" } else { "AQ" };
            out.push(mutant(
                doc,
                ErrorCode::ForeignRole,
                format!("/entities/people/{i}/roles/{j}/organization"),
                |d| d["entities"]["people"][i]["country"] = json!(other),
            ));
        }
    }
    out
}

fn weak_evidence(doc: &Value) -> Vec<Mutant> {
    let body = doc["body"].as_str().unwrap_or_default();
    let Some(at) = body.find(" the ") else {
        return Vec::new();
    };
    let start = body[..at + 1].chars().count();
    items(doc, "/statements")
        .iter()
        .enumerate()
        .filter(|(_, s)| s["evidence"].as_array().is_some_and(|e| !e.is_empty()))
        .map(|(i, _)| {
            mutant(doc, ErrorCode::WeakEvidence, format!("/statements/{i}/evidence/0/quote/exact"), |d| {
                d["statements"][i]["evidence"][0] =
                    json!({"quote": {"exact": "the"}, "position": {"start": start, "end": start + 3}});
            })
        })
        .collect()
}

fn ambiguous_evidence(doc: &Value) -> Vec<Mutant> {
    let body = doc["body"].as_str().unwrap_or_default();
    // A word of seven letters or more that the body has more than once.
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for w in body
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 7)
    {
        *counts.entry(w).or_default() += 1;
    }
    let Some(word) = counts.iter().find(|(_, &n)| n >= 2).map(|(w, _)| *w) else {
        return Vec::new();
    };
    let with_evidence: BTreeSet<usize> = items(doc, "/commitments")
        .iter()
        .enumerate()
        .filter(|(_, c)| c["evidence"].as_array().is_some_and(|e| !e.is_empty()))
        .map(|(i, _)| i)
        .collect();
    with_evidence
        .into_iter()
        .map(|i| {
            mutant(
                doc,
                ErrorCode::AmbiguousEvidence,
                format!("/commitments/{i}/evidence/0/quote"),
                |d| {
                    d["commitments"][i]["evidence"][0] = json!({"quote": {"exact": word}});
                },
            )
        })
        .collect()
}

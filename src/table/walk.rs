//! One article to rows: a walk in document order that hands each row to a
//! [`RowSink`], borrowing from the article.

use std::borrow::Cow;
use std::fmt::Write;

use chrono::NaiveDate;

use super::columns::*;
use crate::model::article::Article;
use crate::model::commitment::StatusObservation;
use crate::model::entity::{Identifiers, Role};
use crate::model::evidence::Evidence;
use crate::model::meeting::{MeetingStatusChange, Participant, StatusReason};
use crate::model::quantity::{Duration, Quantity};
use crate::value::date::{DatePrecision, EventDate, PartialDate, PublicationDate, When};
use crate::value::id::Id;

/// One value of a row, borrowed from the article where it can be.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Cell<'a> {
    /// No value (only in a nullable column).
    Null,
    /// Text ([`ColumnKind::Text`]).
    Text(Cow<'a, str>),
    /// An integer ([`ColumnKind::Integer`]).
    Integer(i64),
    /// A floating-point number ([`ColumnKind::Float`]).
    Float(f64),
    /// True or false ([`ColumnKind::Boolean`]).
    Boolean(bool),
    /// A calendar day ([`ColumnKind::Date`]).
    Date(NaiveDate),
    /// A moment in microseconds since 1970-01-01T00:00:00Z
    /// ([`ColumnKind::Timestamp`]).
    Timestamp(i64),
}

impl Cell<'_> {
    /// Whether the cell fits a column of `kind` (a `Null` fits any; the
    /// column's `nullable` says whether it may be empty).
    pub fn fits(&self, kind: ColumnKind) -> bool {
        matches!(
            (self, kind),
            (Cell::Null, _)
                | (Cell::Text(_), ColumnKind::Text)
                | (Cell::Integer(_), ColumnKind::Integer)
                | (Cell::Float(_), ColumnKind::Float)
                | (Cell::Boolean(_), ColumnKind::Boolean)
                | (Cell::Date(_), ColumnKind::Date)
                | (Cell::Timestamp(_), ColumnKind::Timestamp)
        )
    }

    /// The cell with its text owned, to keep past the article.
    pub fn into_owned(self) -> Cell<'static> {
        match self {
            Cell::Null => Cell::Null,
            Cell::Text(t) => Cell::Text(Cow::Owned(t.into_owned())),
            Cell::Integer(n) => Cell::Integer(n),
            Cell::Float(x) => Cell::Float(x),
            Cell::Boolean(b) => Cell::Boolean(b),
            Cell::Date(d) => Cell::Date(d),
            Cell::Timestamp(t) => Cell::Timestamp(t),
        }
    }
}

/// Where [`write_rows`] hands the rows: a Parquet or CSV writer, a
/// database loader, a test.
pub trait RowSink {
    /// What stops the walk (an I/O error of the writer).
    type Error;

    /// One row of `table`: one cell per column, in the order of
    /// `table.columns`. The cells borrow from the article; copy what must
    /// outlive the call.
    ///
    /// # Errors
    /// Whatever the sink fails with; the walk stops there.
    fn row(&mut self, table: &'static Table, cells: &[Cell<'_>]) -> Result<(), Self::Error>;
}

/// Every row of one article, in the order of its JSON (the article's own
/// row first), handed to `sink` one at a time: nothing of the article is
/// copied but dates and numbers written as text. Rows of
/// [`PROBLEMS`] are not written here (a reader of a stream writes them
/// for the documents it refuses).
///
/// ```
/// use structured_news::table::{self, Cell, RowSink, Table};
/// use structured_news::Article;
///
/// let article = Article::from_json_str(r#"{"format_version": "2.0", "id": "a1",
///   "language": "en", "body": "Lavrov met Meredov.",
///   "entities": {"people": [{"id": "lavrov", "name": "Sergey Lavrov"}]}}"#)?;
///
/// struct Names(Vec<String>);
/// impl RowSink for Names {
///     type Error = std::convert::Infallible;
///     fn row(&mut self, table: &'static Table, cells: &[Cell<'_>]) -> Result<(), Self::Error> {
///         if table.name == "entities" {
///             let name = table.column_index("name").and_then(|i| cells.get(i));
///             if let Some(Cell::Text(name)) = name {
///                 self.0.push(name.to_string());
///             }
///         }
///         Ok(())
///     }
/// }
/// let mut names = Names(Vec::new());
/// table::write_rows(&article, &mut names)?;
/// assert_eq!(names.0, ["Sergey Lavrov"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// The sink's first error.
pub fn write_rows<S: RowSink + ?Sized>(article: &Article, sink: &mut S) -> Result<(), S::Error> {
    let mut walk = Walk {
        article_id: article.id.as_str(),
        sink,
        path: String::new(),
    };
    walk.article(article)
}

struct Walk<'a, 's, S: ?Sized> {
    article_id: &'a str,
    sink: &'s mut S,
    /// The JSON Pointer of where the walk is.
    path: String,
}

/// A cell of the article as a cell of a shorter borrow (the walk's path).
fn shorten<'l, 'a: 'l>(cell: Cell<'a>) -> Cell<'l> {
    cell
}

fn text(s: &str) -> Cell<'_> {
    Cell::Text(Cow::Borrowed(s))
}

fn opt_text(s: Option<&str>) -> Cell<'_> {
    s.map_or(Cell::Null, text)
}

fn id(id: &Id) -> Cell<'_> {
    text(id.as_str())
}

fn opt_id(value: Option<&Id>) -> Cell<'_> {
    value.map_or(Cell::Null, id)
}

fn owned(s: String) -> Cell<'static> {
    Cell::Text(Cow::Owned(s))
}

/// A position in a list or an offset; past `i64::MAX` (no list is that
/// long; only an offset written in the input can be) it is empty.
fn integer(n: usize) -> Cell<'static> {
    i64::try_from(n).map_or(Cell::Null, Cell::Integer)
}

fn precision_name(precision: DatePrecision) -> &'static str {
    match precision {
        DatePrecision::Year => "year",
        DatePrecision::Half => "half",
        DatePrecision::Season => "season",
        DatePrecision::Quarter => "quarter",
        DatePrecision::Month => "month",
        DatePrecision::Day => "day",
    }
}

/// The four columns of a date: as written, first day, last day, precision.
fn event_date(date: Option<&EventDate>) -> [Cell<'static>; 4] {
    match date {
        None => [Cell::Null, Cell::Null, Cell::Null, Cell::Null],
        Some(date) => {
            let precision = match date {
                EventDate::Date(d) => precision_name(d.precision()),
                EventDate::Interval(_) => "interval",
            };
            [
                owned(date.to_string()),
                date.first_day().map_or(Cell::Null, Cell::Date),
                date.last_day().map_or(Cell::Null, Cell::Date),
                text(precision),
            ]
        }
    }
}

fn partial_date(date: Option<&PartialDate>) -> [Cell<'static>; 4] {
    match date {
        None => [Cell::Null, Cell::Null, Cell::Null, Cell::Null],
        Some(date) => [
            owned(date.to_string()),
            Cell::Date(date.first_day()),
            Cell::Date(date.last_day()),
            text(precision_name(date.precision())),
        ],
    }
}

/// The eight columns of a [`When`]: the date's four, its words,
/// inferred, and the occurrence it is given relative to.
fn when(when: Option<&When>) -> impl Iterator<Item = Cell<'_>> {
    let [value, first, last, precision] = event_date(when.and_then(|w| w.value.as_ref()));
    let words = opt_text(when.and_then(|w| w.text.as_deref()));
    let inferred = when.map_or(Cell::Null, |w| Cell::Boolean(w.inferred));
    let relative = when.and_then(|w| w.relative_to.as_ref());
    let relation = opt_text(relative.map(|r| r.relation.as_str()));
    let to = opt_id(relative.map(|r| &r.to));
    [value, first, last, precision, words, inferred, relation, to].into_iter()
}

fn publication(date: Option<&PublicationDate>) -> [Cell<'static>; 5] {
    match date {
        None => [Cell::Null, Cell::Null, Cell::Null, Cell::Null, Cell::Null],
        Some(PublicationDate::Date(d)) => [
            owned(d.to_string()),
            Cell::Date(d.first_day()),
            Cell::Date(d.last_day()),
            text(precision_name(d.precision())),
            Cell::Null,
        ],
        Some(PublicationDate::Timestamp(t)) => [
            owned(t.to_string()),
            Cell::Date(t.local_date()),
            Cell::Date(t.local_date()),
            text("timestamp"),
            Cell::Timestamp(t.as_datetime().timestamp_micros()),
        ],
    }
}

/// The number as written, and as a float.
fn number(amount: &serde_json::Number) -> [Cell<'static>; 2] {
    [
        owned(amount.to_string()),
        amount.as_f64().map_or(Cell::Null, Cell::Float),
    ]
}

/// [`number`], or two empty cells.
fn opt_number(amount: Option<&serde_json::Number>) -> [Cell<'static>; 2] {
    amount.map_or([Cell::Null, Cell::Null], number)
}

/// The four columns of a [`Duration`]: its ISO 8601 value, its unit, its
/// qualifier and its words.
fn duration(duration: Option<&Duration>) -> [Cell<'_>; 4] {
    [
        opt_text(duration.and_then(|d| d.value.as_ref()).map(|v| v.as_str())),
        opt_text(duration.and_then(|d| d.unit.as_ref()).map(|u| u.as_str())),
        opt_text(
            duration
                .and_then(|d| d.qualifier.as_ref())
                .map(|q| q.as_str()),
        ),
        opt_text(duration.and_then(|d| d.text.as_deref())),
    ]
}

impl<'a, S: RowSink + ?Sized> Walk<'a, '_, S> {
    /// Appends `/segment` to the path; returns the length to go back to.
    fn enter(&mut self, segment: &str) -> usize {
        let back = self.path.len();
        self.path.push('/');
        self.path.push_str(segment);
        back
    }

    /// Appends `/segment/index` to the path; returns the length to go back to.
    fn enter_item(&mut self, segment: &str, index: usize) -> usize {
        let back = self.path.len();
        let _ = write!(self.path, "/{segment}/{index}");
        back
    }

    fn leave(&mut self, back: usize) {
        self.path.truncate(back);
    }

    /// A row whose first two cells are the article's id and the path.
    fn row(
        &mut self,
        table: &'static Table,
        rest: impl IntoIterator<Item = Cell<'a>>,
    ) -> Result<(), S::Error> {
        let cells: Vec<Cell<'_>> = [text(self.article_id), text(&self.path)]
            .into_iter()
            .chain(rest.into_iter().map(shorten))
            .collect();
        self.sink.row(table, &cells)
    }

    /// A row of a part: the article's id, the part's id (the first of
    /// `rest`), the path, then the rest.
    fn part_row(
        &mut self,
        table: &'static Table,
        rest: impl IntoIterator<Item = Cell<'a>>,
    ) -> Result<(), S::Error> {
        let mut rest = rest.into_iter();
        let id = rest.next().unwrap_or(Cell::Null);
        let cells: Vec<Cell<'_>> = [text(self.article_id), id, text(&self.path)]
            .into_iter()
            .chain(rest.map(shorten))
            .collect();
        self.sink.row(table, &cells)
    }

    fn article(&mut self, a: &'a Article) -> Result<(), S::Error> {
        let provenance = a.provenance.as_ref();
        let cells: Vec<Cell<'a>> = [
            text(self.article_id),
            text(a.format_version.as_str()),
            opt_text(a.headline.as_deref()),
            opt_text(a.url.as_ref().map(|u| u.as_str())),
            text(a.language.as_str()),
        ]
        .into_iter()
        .chain(publication(a.published.as_ref()))
        .chain([
            opt_id(a.dateline.as_ref()),
            opt_id(a.publisher.as_ref()),
            Cell::Boolean(a.published_inferred),
            opt_text(
                provenance
                    .and_then(|p| p.translated_from.as_ref())
                    .map(|l| l.as_str()),
            ),
            opt_id(provenance.and_then(|p| p.translated_by.as_ref())),
            opt_id(provenance.and_then(|p| p.original_publisher.as_ref())),
            opt_text(
                provenance
                    .and_then(|p| p.original_url.as_ref())
                    .map(|u| u.as_str()),
            ),
            provenance
                .and_then(|p| p.original_published.as_ref())
                .map_or(Cell::Null, |d| owned(d.to_string())),
            text(&a.body),
        ])
        .collect();
        self.sink.row(&ARTICLES, &cells)?;
        for (i, subject) in a.subjects.iter().enumerate() {
            let back = self.enter_item("subjects", i);
            self.row(&ARTICLE_SUBJECTS, [integer(i), text(subject)])?;
            self.leave(back);
        }
        for (i, byline) in a.bylines.iter().enumerate() {
            let back = self.enter_item("bylines", i);
            self.row(&BYLINES, [integer(i), id(byline)])?;
            self.leave(back);
        }
        for (i, source) in a.sources.iter().enumerate() {
            let back = self.enter_item("sources", i);
            self.row(&SOURCES, [integer(i), id(&source.source)])?;
            self.evidence(None, &source.evidence)?;
            self.leave(back);
        }
        if let Some(p) = provenance {
            let back = self.enter("provenance");
            self.evidence(None, &p.evidence)?;
            self.leave(back);
        }
        self.entities(a)?;
        for (i, d) in a.documents.iter().enumerate() {
            let back = self.enter_item("documents", i);
            let owner = d.id.as_str();
            self.part_row(
                &DOCUMENTS,
                [
                    id(&d.id),
                    text(d.kind.as_str()),
                    opt_text(d.title.as_deref()),
                ]
                .into_iter()
                .chain(when(d.date.as_ref()))
                .chain([
                    opt_text(d.status.as_ref().map(|s| s.as_str())),
                    opt_id(d.adopted_at.as_ref()),
                    opt_id(d.part_of.as_ref()),
                    Cell::Boolean(d.topics_partial),
                ]),
            )?;
            for (j, alias) in d.aliases.iter().enumerate() {
                let back = self.enter_item("aliases", j);
                self.row(&DOCUMENT_ALIASES, [text(owner), integer(j), text(alias)])?;
                self.leave(back);
            }
            self.parties(&DOCUMENT_PARTIES, owner, "issuers", "issuer", &d.issuers)?;
            self.parties(
                &DOCUMENT_PARTIES,
                owner,
                "signatories",
                "signatory",
                &d.signatories,
            )?;
            self.parties(&DOCUMENT_PARTIES, owner, "parties", "party", &d.parties)?;
            for (j, step) in d.status_history.iter().enumerate() {
                let back = self.enter_item("status_history", j);
                self.row(
                    &DOCUMENT_STEPS,
                    [text(owner), integer(j), text(step.status.as_str())]
                        .into_iter()
                        .chain(when(step.date.as_ref()))
                        .chain([opt_id(step.place.as_ref())]),
                )?;
                let step_path = self.path.clone();
                for (k, party) in step.parties.iter().enumerate() {
                    let back = self.enter_item("parties", k);
                    self.row(
                        &DOCUMENT_STEP_PARTIES,
                        [owned(step_path.clone()), integer(k), id(party)],
                    )?;
                    self.leave(back);
                }
                self.evidence(Some(owner), &step.evidence)?;
                self.leave(back);
            }
            self.about(owner, &d.about)?;
            for (j, topic) in d.topics.iter().enumerate() {
                let back = self.enter_item("topics", j);
                self.row(&DOCUMENT_TOPICS, [text(owner), integer(j), text(topic)])?;
                self.leave(back);
            }
            self.quantities(Some(owner), &d.quantities)?;
            self.according_to(owner, &d.according_to)?;
            self.identifiers(owner, d.identifiers.as_ref())?;
            self.evidence(Some(owner), &d.evidence)?;
            self.leave(back);
        }
        for (i, m) in a.meetings.iter().enumerate() {
            let back = self.enter_item("meetings", i);
            self.meeting(m)?;
            self.leave(back);
        }
        for (i, e) in a.events.iter().enumerate() {
            let back = self.enter_item("events", i);
            let owner = e.id.as_str();
            self.part_row(
                &EVENTS,
                [
                    id(&e.id),
                    text(e.kind.as_str()),
                    text(&e.description),
                    text(e.status.as_str()),
                ]
                .into_iter()
                .chain(when(e.date.as_ref()))
                .chain(duration(e.duration.as_ref()))
                .chain([opt_id(e.place.as_ref()), opt_id(e.setting.as_ref())]),
            )?;
            for (key, links) in [("caused_by", &e.caused_by), ("responds_to", &e.responds_to)] {
                for (j, to) in links.iter().enumerate() {
                    let back = self.enter_item(key, j);
                    self.row(&EVENT_LINKS, [text(owner), text(key), integer(j), id(to)])?;
                    self.leave(back);
                }
            }
            self.parties(&EVENT_PARTIES, owner, "actors", "actor", &e.actors)?;
            self.parties(&EVENT_PARTIES, owner, "affected", "affected", &e.affected)?;
            self.quantities(Some(owner), &e.quantities)?;
            self.about(owner, &e.about)?;
            self.according_to(owner, &e.according_to)?;
            self.identifiers(owner, e.identifiers.as_ref())?;
            self.evidence(Some(owner), &e.evidence)?;
            self.leave(back);
        }
        for (i, s) in a.statements.iter().enumerate() {
            let back = self.enter_item("statements", i);
            let owner = s.id.as_str();
            self.part_row(
                &STATEMENTS,
                [
                    id(&s.id),
                    id(&s.speaker),
                    opt_id(s.document.as_ref()),
                    opt_id(s.on_behalf_of.as_ref()),
                    opt_text(s.capacity.as_deref()),
                    text(s.mode.as_str()),
                    text(&s.text),
                    text(s.speech_act.as_str()),
                    opt_text(s.reporting_verb.as_deref()),
                    opt_id(s.setting.as_ref()),
                ]
                .into_iter()
                .chain(when(s.date.as_ref()))
                .chain([
                    opt_id(s.same_as.as_ref()),
                    opt_text(s.channel.as_ref().map(|c| c.as_str())),
                    opt_id(s.platform.as_ref()),
                ]),
            )?;
            self.parties(
                &STATEMENT_LINKS,
                owner,
                "reported_by",
                "reported_by",
                &s.reported_by,
            )?;
            self.parties(
                &STATEMENT_LINKS,
                owner,
                "co_speakers",
                "co_speaker",
                &s.co_speakers,
            )?;
            self.parties(
                &STATEMENT_LINKS,
                owner,
                "addressees",
                "addressee",
                &s.addressees,
            )?;
            for (j, piece) in s.pieces.iter().enumerate() {
                let back = self.enter_item("pieces", j);
                self.row(&STATEMENT_PIECES, [text(owner), integer(j), text(piece)])?;
                self.leave(back);
            }
            for (j, words) in s.quoted.iter().enumerate() {
                let back = self.enter_item("quoted", j);
                self.row(&STATEMENT_QUOTED, [text(owner), integer(j), text(words)])?;
                self.leave(back);
            }
            self.reasons(Some(owner), &s.reasons)?;
            self.about(owner, &s.about)?;
            self.quantities(Some(owner), &s.quantities)?;
            self.identifiers(owner, s.identifiers.as_ref())?;
            self.evidence(Some(owner), &s.evidence)?;
            self.leave(back);
        }
        for (i, c) in a.commitments.iter().enumerate() {
            let back = self.enter_item("commitments", i);
            let owner = c.id.as_str();
            self.part_row(
                &COMMITMENTS,
                [
                    id(&c.id),
                    text(c.kind.as_str()),
                    opt_text(c.modality.as_ref().map(|m| m.as_str())),
                    text(&c.action),
                    opt_text(c.condition.as_deref()),
                    Cell::Boolean(c.mutual),
                    Cell::Boolean(c.continuing),
                    opt_text(c.capacity.as_deref()),
                ]
                .into_iter()
                .chain(when(c.due.as_ref()))
                .chain([
                    opt_id(c.made_at.as_ref()),
                    opt_id(c.concerns.as_ref()),
                    opt_id(c.provided_by.as_ref()),
                    opt_id(c.part_of.as_ref()),
                    opt_id(c.builds_on.as_ref()),
                    opt_id(c.replaces.as_ref()),
                ]),
            )?;
            self.parties(
                &COMMITMENT_PARTIES,
                owner,
                "bound_parties",
                "bound",
                &c.bound_parties,
            )?;
            self.parties(
                &COMMITMENT_PARTIES,
                owner,
                "counterparties",
                "counterparty",
                &c.counterparties,
            )?;
            self.parties(
                &COMMITMENT_PARTIES,
                owner,
                "partners",
                "partner",
                &c.partners,
            )?;
            for (j, statement) in c.statements.iter().enumerate() {
                let back = self.enter_item("statements", j);
                self.row(
                    &COMMITMENT_STATEMENTS,
                    [text(owner), integer(j), id(statement)],
                )?;
                self.leave(back);
            }
            for (j, other) in c.in_exchange_for.iter().enumerate() {
                let back = self.enter_item("in_exchange_for", j);
                self.row(
                    &COMMITMENT_LINKS,
                    [text(owner), text("in_exchange_for"), integer(j), id(other)],
                )?;
                self.leave(back);
            }
            for (j, p) in c.purposes.iter().enumerate() {
                let back = self.enter_item("purposes", j);
                self.row(
                    &COMMITMENT_PURPOSES,
                    [
                        text(owner),
                        integer(j),
                        text(&p.text),
                        opt_id(p.serves.as_ref()),
                    ],
                )?;
                self.evidence(Some(owner), &p.evidence)?;
                self.leave(back);
            }
            self.about(owner, &c.about)?;
            self.quantities(Some(owner), &c.quantities)?;
            for (j, step) in c.status_history.iter().enumerate() {
                let back = self.enter_item("status_history", j);
                self.commitment_step(owner, j, step)?;
                self.leave(back);
            }
            self.according_to(owner, &c.according_to)?;
            self.identifiers(owner, c.identifiers.as_ref())?;
            self.evidence(Some(owner), &c.evidence)?;
            self.leave(back);
        }
        for (i, j) in a.assessments.iter().enumerate() {
            let back = self.enter_item("assessments", i);
            self.part_row(
                &ASSESSMENTS,
                [
                    id(&j.id),
                    opt_id(j.assessor.as_ref()),
                    id(&j.assessed),
                    text(&j.words),
                    text(j.polarity.as_str()),
                    opt_id(j.statement.as_ref()),
                ],
            )?;
            self.evidence(Some(j.id.as_str()), &j.evidence)?;
            self.leave(back);
        }
        for (i, issue) in a.issues.iter().enumerate() {
            let back = self.enter_item("issues", i);
            let owner = issue.id.as_str();
            self.part_row(&ISSUES, [id(&issue.id), text(&issue.text)])?;
            self.about(owner, &issue.about)?;
            for (j, party) in issue.divided.iter().enumerate() {
                let back = self.enter_item("divided", j);
                self.row(&ISSUE_DIVIDED, [text(owner), integer(j), id(party)])?;
                self.leave(back);
            }
            for (j, party) in issue.aligned.iter().enumerate() {
                let back = self.enter_item("aligned", j);
                self.row(&ISSUE_ALIGNED, [text(owner), integer(j), id(party)])?;
                self.leave(back);
            }
            self.evidence(Some(owner), &issue.evidence)?;
            self.leave(back);
        }
        for (i, p) in a.positions.iter().enumerate() {
            let back = self.enter_item("positions", i);
            let owner = p.id.as_str();
            self.part_row(
                &POSITIONS,
                [
                    id(&p.id),
                    id(&p.holder),
                    id(&p.issue),
                    text(p.stance.as_str()),
                    opt_text(p.text.as_deref()),
                ]
                .into_iter()
                .chain(when(p.date.as_ref())),
            )?;
            for (j, statement) in p.statements.iter().enumerate() {
                let back = self.enter_item("statements", j);
                self.row(
                    &POSITION_STATEMENTS,
                    [text(owner), integer(j), id(statement)],
                )?;
                self.leave(back);
            }
            self.evidence(Some(owner), &p.evidence)?;
            self.leave(back);
        }
        for (i, r) in a.relations.iter().enumerate() {
            let back = self.enter_item("relations", i);
            let owner = r.id.as_str();
            self.part_row(
                &RELATIONS,
                [
                    id(&r.id),
                    text(r.kind.as_str()),
                    opt_text(r.name.as_deref()),
                ]
                .into_iter()
                .chain(when(r.established.as_ref())),
            )?;
            for (j, party) in r.parties.iter().enumerate() {
                let back = self.enter_item("parties", j);
                self.row(&RELATION_PARTIES, [text(owner), integer(j), id(party)])?;
                self.leave(back);
            }
            for (key, links) in [("documents", &r.documents), ("statements", &r.statements)] {
                for (j, to) in links.iter().enumerate() {
                    let back = self.enter_item(key, j);
                    self.row(
                        &RELATION_LINKS,
                        [text(owner), text(key), integer(j), id(to)],
                    )?;
                    self.leave(back);
                }
            }
            self.evidence(Some(owner), &r.evidence)?;
            self.leave(back);
        }
        for (i, r) in a.requests.iter().enumerate() {
            let back = self.enter_item("requests", i);
            let owner = r.id.as_str();
            self.part_row(
                &REQUESTS,
                [
                    id(&r.id),
                    opt_text(r.force.as_ref().map(|f| f.as_str())),
                    text(&r.action),
                ]
                .into_iter()
                .chain(when(r.deadline.as_ref()))
                .chain([
                    opt_id(r.made_at.as_ref()),
                    opt_text(r.status().map(|s| s.as_str())),
                ]),
            )?;
            self.parties(
                &REQUEST_PARTIES,
                owner,
                "requesters",
                "requester",
                &r.requesters,
            )?;
            self.parties(
                &REQUEST_PARTIES,
                owner,
                "addressees",
                "addressee",
                &r.addressees,
            )?;
            for (j, statement) in r.statements.iter().enumerate() {
                let back = self.enter_item("statements", j);
                self.row(
                    &REQUEST_STATEMENTS,
                    [text(owner), integer(j), id(statement)],
                )?;
                self.leave(back);
            }
            self.about(owner, &r.about)?;
            for (j, step) in r.status_history.iter().enumerate() {
                let back = self.enter_item("status_history", j);
                self.row(
                    &REQUEST_STATUS_STEPS,
                    [text(owner), integer(j), text(step.status.as_str())]
                        .into_iter()
                        .chain(partial_date(step.as_of.as_ref()))
                        .chain([opt_id(step.statement.as_ref())]),
                )?;
                self.evidence(Some(owner), &step.evidence)?;
                self.leave(back);
            }
            self.identifiers(owner, r.identifiers.as_ref())?;
            self.evidence(Some(owner), &r.evidence)?;
            self.leave(back);
        }
        for (i, u) in a.updates.iter().enumerate() {
            let back = self.enter_item("updates", i);
            let commitment = u.commitment_status.as_ref();
            let meeting = u.meeting_status.as_ref();
            self.row(
                &UPDATES,
                [
                    integer(i),
                    id(&u.target.article),
                    id(&u.target.id),
                    opt_text(u.target.url.as_ref().map(|u| u.as_str())),
                    opt_id(u.same_as.as_ref()),
                    opt_text(commitment.map(|c| c.status.as_str())),
                ]
                .into_iter()
                .chain(partial_date(commitment.and_then(|c| c.as_of.as_ref())))
                .chain([
                    opt_id(commitment.and_then(|c| c.statement.as_ref())),
                    opt_text(meeting.map(|m| m.status.as_str())),
                ])
                .chain(partial_date(meeting.and_then(|m| m.as_of.as_ref())))
                .chain([
                    opt_text(meeting.and_then(|m| m.reason.as_deref())),
                    opt_id(meeting.and_then(|m| m.decided_by.as_ref())),
                    opt_text(meeting.and_then(|m| m.manner.as_deref())),
                ]),
            )?;
            if let Some(step) = commitment {
                let back = self.enter("commitment_status");
                self.evidence(None, &step.evidence)?;
                self.quantities(None, &step.quantities)?;
                self.leave(back);
            }
            if let Some(step) = meeting {
                let back = self.enter("meeting_status");
                self.status_details(None, step)?;
                self.evidence(None, &step.evidence)?;
                self.leave(back);
            }
            for (j, p) in u.participants.iter().enumerate() {
                let back = self.enter_item("participants", j);
                self.participant(&UPDATE_PARTICIPANTS, integer(i), j, p, None)?;
                self.leave(back);
            }
            self.evidence(None, &u.evidence)?;
            self.leave(back);
        }
        Ok(())
    }

    fn entities(&mut self, a: &'a Article) -> Result<(), S::Error> {
        let back = self.enter("entities");
        for (i, p) in a.entities.people.iter().enumerate() {
            let back = self.enter_item("people", i);
            let owner = p.id.as_str();
            self.part_row(
                &ENTITIES,
                [
                    id(&p.id),
                    text("person"),
                    opt_text(p.name.as_deref()),
                    opt_text(p.description.as_deref()),
                    Cell::Null,
                    opt_text(p.country.as_ref().map(|c| c.as_str())),
                    Cell::Null,
                    Cell::Null,
                    Cell::Null,
                ],
            )?;
            self.aliases(owner, &p.aliases)?;
            for (j, role) in p.roles.iter().enumerate() {
                let back = self.enter_item("roles", j);
                self.role(&ROLES, owner, j, role)?;
                self.leave(back);
            }
            self.identifiers(owner, p.identifiers.as_ref())?;
            self.evidence(Some(owner), &p.evidence)?;
            self.leave(back);
        }
        for (i, o) in a.entities.organizations.iter().enumerate() {
            let back = self.enter_item("organizations", i);
            let owner = o.id.as_str();
            self.part_row(
                &ENTITIES,
                [
                    id(&o.id),
                    text("organization"),
                    text(&o.name),
                    Cell::Null,
                    text(o.kind.as_str()),
                    opt_text(o.country.as_ref().map(|c| c.as_str())),
                    opt_id(o.parent.as_ref()),
                    opt_id(o.location.as_ref()),
                    Cell::Null,
                ],
            )?;
            self.aliases(owner, &o.aliases)?;
            for (j, role) in o.roles.iter().enumerate() {
                let back = self.enter_item("roles", j);
                self.role(&OFFICES, owner, j, role)?;
                self.leave(back);
            }
            self.identifiers(owner, o.identifiers.as_ref())?;
            self.evidence(Some(owner), &o.evidence)?;
            self.leave(back);
        }
        for (i, p) in a.entities.places.iter().enumerate() {
            let back = self.enter_item("places", i);
            let owner = p.id.as_str();
            self.part_row(
                &ENTITIES,
                [
                    id(&p.id),
                    text("place"),
                    opt_text(p.name.as_deref()),
                    opt_text(p.description.as_deref()),
                    text(p.kind.as_str()),
                    opt_text(p.country.as_ref().map(|c| c.as_str())),
                    Cell::Null,
                    Cell::Null,
                    opt_id(p.within.as_ref()),
                ],
            )?;
            self.aliases(owner, &p.aliases)?;
            for (j, role) in p.roles.iter().enumerate() {
                let back = self.enter_item("roles", j);
                self.role(&OFFICES, owner, j, role)?;
                self.leave(back);
            }
            self.identifiers(owner, p.identifiers.as_ref())?;
            self.evidence(Some(owner), &p.evidence)?;
            self.leave(back);
        }
        for (i, g) in a.entities.groups.iter().enumerate() {
            let back = self.enter_item("groups", i);
            let owner = g.id.as_str();
            self.part_row(
                &ENTITIES,
                [
                    id(&g.id),
                    text("group"),
                    opt_text(g.name.as_deref()),
                    opt_text(g.description.as_deref()),
                    Cell::Null,
                    Cell::Null,
                    opt_id(g.organization.as_ref()),
                    Cell::Null,
                    Cell::Null,
                ],
            )?;
            self.aliases(owner, &g.aliases)?;
            for (j, member) in g.members.iter().enumerate() {
                let back = self.enter_item("members", j);
                self.row(&GROUP_MEMBERS, [text(owner), integer(j), id(member)])?;
                self.leave(back);
            }
            self.quantities(Some(owner), &g.quantities)?;
            self.identifiers(owner, g.identifiers.as_ref())?;
            self.evidence(Some(owner), &g.evidence)?;
            self.leave(back);
        }
        self.leave(back);
        Ok(())
    }

    fn meeting(&mut self, m: &'a crate::model::meeting::Meeting) -> Result<(), S::Error> {
        let owner = m.id.as_str();
        self.part_row(
            &MEETINGS,
            [
                id(&m.id),
                text(m.kind.as_str()),
                text(m.status.as_str()),
                opt_text(m.visit_level.as_ref().map(|l| l.as_str())),
                opt_text(m.level.as_ref().map(|l| l.as_str())),
                opt_text(m.certainty.as_ref().map(|c| c.as_str())),
                opt_text(m.name.as_deref()),
            ]
            .into_iter()
            .chain(when(m.date.as_ref()))
            .chain([m.time.map_or(Cell::Null, |t| owned(t.to_string()))])
            .chain(duration(m.duration.as_ref()))
            .chain([
                opt_id(m.place.as_ref()),
                opt_id(m.organization.as_ref()),
                opt_id(m.part_of.as_ref().map(|p| &p.meeting)),
                opt_text(m.part_of.as_ref().map(|p| p.relation.as_str())),
                opt_id(m.coincides_with.as_ref()),
                m.sequence
                    .as_ref()
                    .map_or(Cell::Null, |s| Cell::Integer(i64::from(s.number))),
                opt_text(m.sequence.as_ref().map(|s| s.series.as_str())),
            ])
            .chain(when(m.rescheduled_from.as_ref()))
            .chain([Cell::Boolean(m.topics_partial)]),
        )?;
        for (j, alias) in m.aliases.iter().enumerate() {
            let back = self.enter_item("aliases", j);
            self.row(&MEETING_ALIASES, [text(owner), integer(j), text(alias)])?;
            self.leave(back);
        }
        for (j, p) in m.participants.iter().enumerate() {
            let back = self.enter_item("participants", j);
            self.participant(&MEETING_PARTICIPANTS, text(owner), j, p, Some(owner))?;
            self.leave(back);
        }
        for (j, format) in m.formats.iter().enumerate() {
            let back = self.enter_item("formats", j);
            self.row(
                &MEETING_FORMATS,
                [text(owner), integer(j), text(format.as_str())],
            )?;
            self.leave(back);
        }
        for (j, link) in m.related.iter().enumerate() {
            let back = self.enter_item("related", j);
            self.row(
                &MEETING_LINKS,
                [
                    text(owner),
                    integer(j),
                    text(link.relation.as_str()),
                    id(&link.to),
                ],
            )?;
            self.leave(back);
        }
        self.about(owner, &m.about)?;
        for (j, p) in m.purposes.iter().enumerate() {
            let back = self.enter_item("purposes", j);
            self.row(
                &MEETING_PURPOSES,
                [
                    text(owner),
                    integer(j),
                    text(&p.text),
                    opt_id(p.serves.as_ref()),
                ],
            )?;
            self.evidence(Some(owner), &p.evidence)?;
            self.leave(back);
        }
        for (list, expected) in [(&m.topics, false), (&m.expected_topics, true)] {
            let name = if expected {
                "expected_topics"
            } else {
                "topics"
            };
            for (j, topic) in list.iter().enumerate() {
                let back = self.enter_item(name, j);
                self.row(
                    &MEETING_TOPICS,
                    [
                        text(owner),
                        Cell::Boolean(expected),
                        integer(j),
                        text(topic),
                    ],
                )?;
                self.leave(back);
            }
        }
        self.quantities(Some(owner), &m.quantities)?;
        for (j, step) in m.status_history.iter().enumerate() {
            let back = self.enter_item("status_history", j);
            self.meeting_step(owner, j, step)?;
            self.leave(back);
        }
        self.according_to(owner, &m.according_to)?;
        self.identifiers(owner, m.identifiers.as_ref())?;
        self.evidence(Some(owner), &m.evidence)
    }

    fn meeting_step(
        &mut self,
        owner: &'a str,
        j: usize,
        step: &'a MeetingStatusChange,
    ) -> Result<(), S::Error> {
        self.row(
            &MEETING_STATUS_STEPS,
            [text(owner), integer(j), text(step.status.as_str())]
                .into_iter()
                .chain(partial_date(step.as_of.as_ref()))
                .chain([
                    opt_text(step.reason.as_deref()),
                    opt_id(step.decided_by.as_ref()),
                    opt_text(step.manner.as_deref()),
                ]),
        )?;
        self.status_details(Some(owner), step)?;
        self.evidence(Some(owner), &step.evidence)
    }

    /// The rows of sourced reasons (a meeting's status step's, a
    /// participant's or a statement's), each with its evidence (of `part`
    /// when it is this article's); their `step_path` is the path of what
    /// holds them.
    fn reasons(
        &mut self,
        part: Option<&'a str>,
        reasons: &'a [StatusReason],
    ) -> Result<(), S::Error> {
        let holder = self.path.clone();
        for (j, reason) in reasons.iter().enumerate() {
            let back = self.enter_item("reasons", j);
            self.row(
                &STATUS_REASONS,
                [
                    owned(holder.clone()),
                    integer(j),
                    text(&reason.text),
                    opt_id(reason.given_by.as_ref()),
                    opt_id(reason.statement.as_ref()),
                ],
            )?;
            self.evidence(part, &reason.evidence)?;
            self.leave(back);
        }
        Ok(())
    }

    /// The rows of a meeting's status step's sourced reasons (with their
    /// evidence, of the meeting `part` when it is this article's) and of the
    /// parties that decided it together; the path is the step's.
    fn status_details(
        &mut self,
        part: Option<&'a str>,
        step: &'a MeetingStatusChange,
    ) -> Result<(), S::Error> {
        let step_path = self.path.clone();
        self.reasons(part, &step.reasons)?;
        for (j, party) in step.decided_with.iter().enumerate() {
            let back = self.enter_item("decided_with", j);
            self.row(
                &STATUS_DECIDERS,
                [owned(step_path.clone()), integer(j), id(party)],
            )?;
            self.leave(back);
        }
        Ok(())
    }

    fn commitment_step(
        &mut self,
        owner: &'a str,
        j: usize,
        step: &'a StatusObservation,
    ) -> Result<(), S::Error> {
        self.row(
            &COMMITMENT_STATUS_STEPS,
            [text(owner), integer(j), text(step.status.as_str())]
                .into_iter()
                .chain(partial_date(step.as_of.as_ref()))
                .chain([opt_id(step.statement.as_ref())]),
        )?;
        self.evidence(Some(owner), &step.evidence)?;
        self.quantities(Some(owner), &step.quantities)
    }

    fn participant(
        &mut self,
        table: &'static Table,
        parent: Cell<'a>,
        j: usize,
        p: &'a Participant,
        part: Option<&'a str>,
    ) -> Result<(), S::Error> {
        self.row(
            table,
            [
                parent,
                integer(j),
                id(&p.entity),
                opt_text(p.capacity.as_deref()),
                opt_text(p.attendance.as_ref().map(|a| a.as_str())),
                opt_text(p.role.as_ref().map(|r| r.as_str())),
                opt_id(p.in_place_of.as_ref()),
            ],
        )?;
        self.reasons(part, &p.reasons)?;
        self.evidence(part, &p.evidence)
    }

    fn role(
        &mut self,
        table: &'static Table,
        owner: &'a str,
        j: usize,
        role: &'a Role,
    ) -> Result<(), S::Error> {
        self.row(
            table,
            [
                text(owner),
                integer(j),
                text(&role.title),
                opt_id(role.organization.as_ref()),
                opt_id(role.toward.as_ref()),
            ]
            .into_iter()
            .chain(event_date(role.start.as_ref()))
            .chain(event_date(role.end.as_ref()))
            .chain([
                opt_id(role.predecessor.as_ref()),
                opt_id(role.successor.as_ref()),
                Cell::Boolean(role.former),
            ]),
        )
    }

    /// The rows of a list of ids naming parties (or other parts) of `owner`.
    fn parties(
        &mut self,
        table: &'static Table,
        owner: &'a str,
        field: &str,
        role: &'static str,
        ids: &'a [Id],
    ) -> Result<(), S::Error> {
        for (j, party) in ids.iter().enumerate() {
            let back = self.enter_item(field, j);
            self.row(table, [text(owner), text(role), integer(j), id(party)])?;
            self.leave(back);
        }
        Ok(())
    }

    fn aliases(&mut self, owner: &'a str, aliases: &'a [String]) -> Result<(), S::Error> {
        for (j, alias) in aliases.iter().enumerate() {
            let back = self.enter_item("aliases", j);
            self.row(&ENTITY_ALIASES, [text(owner), integer(j), text(alias)])?;
            self.leave(back);
        }
        Ok(())
    }

    fn about(&mut self, owner: &'a str, about: &'a [Id]) -> Result<(), S::Error> {
        for (j, what) in about.iter().enumerate() {
            let back = self.enter_item("about", j);
            self.row(&ABOUT, [text(owner), integer(j), id(what)])?;
            self.leave(back);
        }
        Ok(())
    }

    fn according_to(&mut self, owner: &'a str, parties: &'a [Id]) -> Result<(), S::Error> {
        for (j, party) in parties.iter().enumerate() {
            let back = self.enter_item("according_to", j);
            self.row(&ACCORDING_TO, [text(owner), integer(j), id(party)])?;
            self.leave(back);
        }
        Ok(())
    }

    fn identifiers(
        &mut self,
        owner: &'a str,
        ids: Option<&'a Identifiers>,
    ) -> Result<(), S::Error> {
        let Some(ids) = ids else {
            return Ok(());
        };
        let back = self.enter("identifiers");
        if let Some(wikidata) = &ids.wikidata {
            let back = self.enter("wikidata");
            self.row(
                &IDENTIFIERS,
                [
                    text(owner),
                    text("wikidata"),
                    Cell::Integer(0),
                    owned(wikidata.to_string()),
                ],
            )?;
            self.leave(back);
        }
        for (j, uri) in ids.same_as.iter().enumerate() {
            let back = self.enter_item("same_as", j);
            self.row(
                &IDENTIFIERS,
                [text(owner), text("same_as"), integer(j), text(uri.as_str())],
            )?;
            self.leave(back);
        }
        self.leave(back);
        Ok(())
    }

    /// The rows of the evidence of what is at the current path.
    fn evidence(&mut self, part: Option<&'a str>, list: &'a [Evidence]) -> Result<(), S::Error> {
        let owner = self.path.len();
        for (j, e) in list.iter().enumerate() {
            let back = self.enter_item("evidence", j);
            let (owner_path, _) = self.path.split_at(owner);
            let position = e.position.as_ref();
            let cells = [
                text(self.article_id),
                text(&self.path),
                text(owner_path),
                opt_text(part),
                integer(j),
                text(&e.quote.exact),
                opt_text(e.quote.prefix.as_deref()),
                opt_text(e.quote.suffix.as_deref()),
                position.map_or(Cell::Null, |p| integer(p.start)),
                position.map_or(Cell::Null, |p| integer(p.end)),
                opt_text(e.target.as_ref().map(|t| t.as_str())),
            ];
            self.sink.row(&EVIDENCE, &cells)?;
            self.leave(back);
        }
        Ok(())
    }

    /// The rows of the quantities of what is at the current path.
    fn quantities(&mut self, part: Option<&'a str>, list: &'a [Quantity]) -> Result<(), S::Error> {
        let owner = self.path.len();
        for (j, q) in list.iter().enumerate() {
            let back = self.enter_item("quantities", j);
            let (owner_path, _) = self.path.split_at(owner);
            let [amount, amount_value] = opt_number(q.amount.as_ref());
            let [amount_max, amount_max_value] = opt_number(q.amount_max.as_ref());
            let [factor, factor_value] = opt_number(q.factor.as_ref());
            let (eq_amount, eq_value) = match &q.equivalent {
                Some(e) => {
                    let [a, v] = number(&e.amount);
                    (a, v)
                }
                None => (Cell::Null, Cell::Null),
            };
            let equivalent = q.equivalent.as_ref();
            let cells = [
                text(self.article_id),
                text(&self.path),
                text(owner_path),
                opt_text(part),
                integer(j),
                amount,
                amount_value,
                amount_max,
                amount_max_value,
                opt_text(q.size.as_ref().map(|s| s.as_str())),
                opt_text(q.currency.as_ref().map(|c| c.as_str())),
                opt_text(q.unit.as_deref()),
                opt_text(q.measure.as_deref()),
            ]
            .into_iter()
            .chain(when(q.date.as_ref()))
            .chain([
                opt_text(q.per.as_ref().map(|p| p.as_str())),
                opt_text(q.role.as_ref().map(|r| r.as_str())),
                factor,
                factor_value,
                opt_text(q.qualifier.as_ref().map(|q| q.as_str())),
                opt_text(q.text.as_deref()),
                Cell::Boolean(q.inferred),
                eq_amount,
                eq_value,
                opt_text(equivalent.map(|e| e.currency.as_str())),
                opt_text(equivalent.and_then(|e| e.text.as_deref())),
            ])
            .collect::<Vec<_>>();
            self.sink.row(&QUANTITIES, &cells)?;
            self.evidence(part, &q.evidence)?;
            self.leave(back);
        }
        Ok(())
    }
}

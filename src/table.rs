//! The articles as tables: one relational schema of the format, for the
//! tools analysts already use (Parquet files read by DuckDB, pandas,
//! Polars or Spark; a database).
//!
//! [`TABLES`] describes every table and column once (its name, kind,
//! whether it may be empty, what it means, the tables it references);
//! `docs/tables.md` is generated from it. [`write_rows`] walks one
//! [`Article`](crate::Article) and hands each row to a [`RowSink`], the
//! cells borrowed from the article, so a writer keeps no copy of it.
//!
//! The rules the tables follow:
//! - every row has its article's `article_id`; a part with an id (an
//!   entity, document, meeting, event, statement or commitment) has the
//!   key `(article_id, id)`, as ids are unique in an article;
//! - every reference is a column ending in `_id`, naming the
//!   `(article_id, id)` of the tables its [`Column::references`] lists;
//!   a list of references is a table of its own, a row an item, with its
//!   `position` (from 0);
//! - every row but the article's has a `path`, the JSON Pointer of what it
//!   holds: unique in the article, and how evidence and quantities
//!   (`owner_path`) name what they belong to;
//! - a date has the columns `NAME` (as written, EDTF), `NAME_first_day`,
//!   `NAME_last_day`, `NAME_precision`, and for a date with words
//!   (`When`) `NAME_text` and `NAME_inferred`;
//! - the tables change with the format: [`TABLES_VERSION`].

mod columns;
mod walk;

pub use columns::{
    Column, ColumnKind, Table, ABOUT, ARTICLES, ARTICLE_SUBJECTS, ASSESSMENTS, BYLINES,
    COMMITMENTS, COMMITMENT_PARTIES, COMMITMENT_STATEMENTS, COMMITMENT_STATUS_STEPS, DOCUMENTS,
    DOCUMENT_PARTIES, ENTITIES, ENTITY_ALIASES, EVENTS, EVENT_PARTIES, EVIDENCE, GROUP_MEMBERS,
    IDENTIFIERS, ISSUES, ISSUE_ALIGNED, ISSUE_DIVIDED, MEETINGS, MEETING_LINKS,
    MEETING_PARTICIPANTS, MEETING_STATUS_STEPS, MEETING_TOPICS, POSITIONS, POSITION_STATEMENTS,
    PROBLEMS, QUANTITIES, RELATIONS, RELATION_LINKS, RELATION_PARTIES, ROLES, SOURCES, STATEMENTS,
    STATEMENT_LINKS, STATEMENT_PIECES, TABLES, TABLES_VERSION, UPDATES, UPDATE_PARTICIPANTS,
};
pub use walk::{write_rows, Cell, RowSink};

//! The tables and their columns, declared once: what the walker writes,
//! what a writer creates, and what `docs/tables.md` says.

/// The version of the tables: the format's version (`2.0`), then the
/// revision of the tables for it. A new column or table raises the
/// revision; a new format version starts again at `.0`.
pub const TABLES_VERSION: &str = "2.1.0";

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ColumnKind {
    /// UTF-8 text.
    Text,
    /// A signed 64-bit integer.
    Integer,
    /// A 64-bit floating-point number.
    Float,
    /// True or false.
    Boolean,
    /// A calendar day.
    Date,
    /// A moment, in microseconds since 1970-01-01T00:00:00Z.
    Timestamp,
}

impl ColumnKind {
    /// Its name in the reference: `text`, `integer`, `float`, `boolean`,
    /// `date` or `timestamp`.
    pub fn as_str(self) -> &'static str {
        match self {
            ColumnKind::Text => "text",
            ColumnKind::Integer => "integer",
            ColumnKind::Float => "float",
            ColumnKind::Boolean => "boolean",
            ColumnKind::Date => "date",
            ColumnKind::Timestamp => "timestamp",
        }
    }
}

/// One column of a [`Table`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Column {
    /// Its name, in snake case; stable within a [`TABLES_VERSION`]'s
    /// format version.
    pub name: &'static str,
    /// What it holds.
    pub kind: ColumnKind,
    /// Whether it may be empty (null).
    pub nullable: bool,
    /// What it means.
    pub doc: &'static str,
    /// The tables whose `(article_id, id)` this column's `(article_id,
    /// value)` names: a foreign key (to one of them, when more are listed,
    /// since ids are unique across an article). Empty when it names none.
    pub references: &'static [&'static str],
}

/// One table: its name, what a row is, its key and its columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Table {
    /// Its name, in snake case (the file's name, `DIR/NAME.parquet`).
    pub name: &'static str,
    /// What one row is.
    pub doc: &'static str,
    /// The columns whose values are unique together, one row each.
    pub key: &'static [&'static str],
    /// Its columns, in order: the cells of a row come in this order.
    pub columns: &'static [Column],
}

impl Table {
    /// The position of the column named `name`.
    pub fn column_index(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.name == name)
    }
}

const fn column(
    name: &'static str,
    kind: ColumnKind,
    nullable: bool,
    doc: &'static str,
    references: &'static [&'static str],
) -> Column {
    Column {
        name,
        kind,
        nullable,
        doc,
        references,
    }
}

/// The columns of a table. A plain column is `[NAME, KIND, opt|req, DOC,
/// REFERENCED TABLES...]`; `when NAME DOC opt`, `date NAME DOC` and
/// `publication NAME DOC` stand for the columns of a date, `duration NAME
/// DOC` for those of a length of time.
macro_rules! columns {
    (@nullable opt) => { true };
    (@nullable req) => { false };
    (@ [$($done:expr,)*]) => { &[$($done,)*] };
    (@ [$($done:expr,)*] [$name:expr, $kind:ident, $n:ident, $doc:expr $(, $table:literal)*], $($rest:tt)*) => {
        columns!(@ [$($done,)* column($name, ColumnKind::$kind, columns!(@nullable $n), $doc, &[$($table),*]),] $($rest)*)
    };
    (@ [$($done:expr,)*] date $name:literal $doc:literal, $($rest:tt)*) => {
        columns!(@ [$($done,)*
            column($name, ColumnKind::Text, true, concat!($doc, ": the date or interval as the article's JSON writes it (EDTF: `2023-12-04`, `2024-33~`, `2023-12-11/2023-12-12`, `../2024`)."), &[]),
            column(concat!($name, "_first_day"), ColumnKind::Date, true, concat!("The first day `", $name, "` covers (empty when it is an interval whose start is open or unknown)."), &[]),
            column(concat!($name, "_last_day"), ColumnKind::Date, true, concat!("The last day `", $name, "` covers (empty when it is an interval whose end is open or unknown)."), &[]),
            column(concat!($name, "_precision"), ColumnKind::Text, true, concat!("How much of `", $name, "` is known: `year`, `half`, `season`, `quarter`, `month`, `day`, or `interval` for an interval (whose ends have their own, in the EDTF)."), &[]),
        ] $($rest)*)
    };
    (@ [$($done:expr,)*] when $name:literal $doc:literal, $($rest:tt)*) => {
        columns!(@ [$($done,)*] date $name $doc,
            [concat!($name, "_text"), Text, opt, "The words of the article the date comes from (\"on Monday\", \"soon\"); a date may have words and no value."],
            [concat!($name, "_inferred"), Boolean, opt, "Whether the value was worked out (from the publication date, from context) rather than written; empty when there is no date."],
            [concat!($name, "_relation"), Text, opt, "`before`, `after` or `during`: where the date lies beside the meeting or event that the words date it by (\"ahead of the visit\")."],
            [concat!($name, "_relative_to_id"), Text, opt, "The meeting or event the words date it by.", "meetings", "events"],
            $($rest)*)
    };
    (@ [$($done:expr,)*] duration $name:literal $doc:literal, $($rest:tt)*) => {
        columns!(@ [$($done,)*]
            [$name, Text, opt, concat!($doc, ": an ISO 8601 duration (`P2D`, `P3Y`, `PT6H`), with no start date.")],
            [concat!($name, "_unit"), Text, opt, "The unit of a length given without a number (`months` for \"months of negotiation\")."],
            [concat!($name, "_qualifier"), Text, opt, "How the article qualifies the length (`about`, `over`, `nearly`, ...)."],
            [concat!($name, "_text"), Text, opt, "The words that give the length (\"two-day\")."],
            $($rest)*)
    };
    ($($tokens:tt)*) => { columns!(@ [] $($tokens)*) };
}

const ARTICLE_ID: &str = "The id of the article the row comes from.";
const PATH: &str = "The JSON Pointer of what the row holds in its article (`/commitments/0/status_history/1`): unique in the article, and the `owner_path` of its evidence and quantities.";
const POSITION: &str = "Its place in its list, from 0 (as in `path`).";

/// One article.
pub static ARTICLES: Table = Table {
    name: "articles",
    doc: "One row an article.",
    key: &["article_id"],
    columns: columns![
        ["article_id", Text, req, "The article's id."],
        ["format_version", Text, req, "The version of the format the article is written in (`2.0`)."],
        ["headline", Text, opt, "The headline."],
        ["url", Text, opt, "Where the article was published."],
        ["language", Text, req, "The language of the body, a BCP 47 tag (`en`, `ru`)."],
        ["published", Text, opt, "When it was published, as written: a date (`2023-12-04`, `2023-12`) or a timestamp with its offset (`2023-12-04T18:30:00+05:00`)."],
        ["published_first_day", Date, opt, "The first day `published` may denote (a timestamp's day at its own offset)."],
        ["published_last_day", Date, opt, "The last day `published` may denote."],
        ["published_precision", Text, opt, "`year`, `month` or `day` for a date, `timestamp` for a timestamp."],
        ["published_timestamp", Timestamp, opt, "A timestamp's moment (in UTC; its offset is in `published`); empty for a date."],
        ["dateline_id", Text, opt, "The place in the dateline.", "entities"],
        ["publisher_id", Text, opt, "The organization that published it.", "entities"],
        ["published_inferred", Boolean, req, "Whether `published` was worked out rather than printed with the article."],
        ["translated_from", Text, opt, "The language the text was translated from (`provenance`), a BCP 47 tag."],
        ["translated_by_id", Text, opt, "Who translated it.", "entities"],
        ["original_publisher_id", Text, opt, "Who first published the story: the agency whose copy this is.", "entities"],
        ["original_url", Text, opt, "Where the story was first published."],
        ["original_published", Text, opt, "When the story was first published, as written."],
        ["body", Text, req, "The text of the article; evidence positions count its Unicode code points."],
    ],
};

/// The article's subjects.
pub static ARTICLE_SUBJECTS: Table = Table {
    name: "article_subjects",
    doc: "One row a subject of an article (`subjects`).",
    key: &["article_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["position", Integer, req, POSITION],
        [
            "subject",
            Text,
            req,
            "What the article is about, in a few words."
        ],
    ],
};

/// The article's bylines.
pub static BYLINES: Table = Table {
    name: "bylines",
    doc: "One row a person or organization in the byline (`bylines`).",
    key: &["article_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["position", Integer, req, POSITION],
        [
            "entity_id",
            Text,
            req,
            "The person or organization.",
            "entities"
        ],
    ],
};

/// The sources the article attributes its report to.
pub static SOURCES: Table = Table {
    name: "sources",
    doc: "One row a source the article attributes its report to (`sources`); its words are in `evidence`.",
    key: &["article_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["position", Integer, req, POSITION],
        ["source_id", Text, req, "The source: a person, organization, country, group or document.", "entities", "documents"],
    ],
};

/// People, organizations, places and groups.
pub static ENTITIES: Table = Table {
    name: "entities",
    doc: "One row a person, organization, place (countries included) or group the article mentions (`entities`).",
    key: &["article_id", "id"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["id", Text, req, "The entity's id, unique in the article."],
        ["path", Text, req, PATH],
        ["entity_type", Text, req, "`person`, `organization`, `place` or `group`."],
        ["name", Text, opt, "The name (a person or group may have a description instead)."],
        ["description", Text, opt, "How the article describes a person or group without a name (\"a senior official\", \"Western powers\")."],
        ["kind", Text, opt, "An organization's kind (`ministry`, `media`, ...) or a place's (`country`, `city`, ...); empty for people and groups."],
        ["country", Text, opt, "The country (ISO 3166-1 alpha-2) a person, organization or place belongs to; a country's own code."],
        ["parent_id", Text, opt, "An organization's parent organization; the organization whose members a group is (`organization`: the EU for \"the 27 EU countries\").", "entities"],
        ["location_id", Text, opt, "The place where an organization is.", "entities"],
        ["within_id", Text, opt, "The place a place lies within.", "entities"],
    ],
};

/// Other names of entities.
pub static ENTITY_ALIASES: Table = Table {
    name: "entity_aliases",
    doc: "One row another name the article uses for an entity (`aliases`).",
    key: &["article_id", "entity_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["entity_id", Text, req, "The entity.", "entities"],
        ["position", Integer, req, POSITION],
        ["alias", Text, req, "The other name."],
    ],
};

/// Members of groups.
pub static GROUP_MEMBERS: Table = Table {
    name: "group_members",
    doc: "One row a member of a group (`members`).",
    key: &["article_id", "group_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["group_id", Text, req, "The group.", "entities"],
        ["position", Integer, req, POSITION],
        [
            "member_id",
            Text,
            req,
            "The member: a person, organization, country or group.",
            "entities"
        ],
    ],
};

/// Roles of people.
pub static ROLES: Table = Table {
    name: "roles",
    doc: "One row a role a person holds or held (`roles`).",
    key: &["article_id", "person_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["person_id", Text, req, "The person.", "entities"],
        ["position", Integer, req, POSITION],
        ["title", Text, req, "The title (\"Foreign Minister\")."],
        ["organization_id", Text, opt, "The organization the role is in.", "entities"],
        ["toward_id", Text, opt, "The party the role is toward (an ambassador's host country).", "entities"],
        date "start" "When the role began",
        date "end" "When the role ended",
        ["predecessor_id", Text, opt, "Who held the role before.", "entities"],
        ["successor_id", Text, opt, "Who holds the role next.", "entities"],
        ["former", Boolean, req, "Whether the person no longer holds it (\"a former foreign minister\"), with or without an `end`."],
    ],
};

/// Roles of organizations, countries and regions.
pub static OFFICES: Table = Table {
    name: "offices",
    doc: "One row a role an organization, country or region holds as an office (`roles` of an organization or place): a rotating chair, a presidency.",
    key: &["article_id", "holder_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["holder_id", Text, req, "The organization, country or region.", "entities"],
        ["position", Integer, req, POSITION],
        ["title", Text, req, "The title (\"chair of the SCO\", \"G20 presidency\")."],
        ["organization_id", Text, opt, "The organization or body the office is in.", "entities"],
        ["toward_id", Text, opt, "The party the role is toward.", "entities"],
        date "start" "When the holder took the office",
        date "end" "When the holder leaves or left it",
        ["predecessor_id", Text, opt, "Who held it before.", "entities"],
        ["successor_id", Text, opt, "Who holds it next.", "entities"],
        ["former", Boolean, req, "Whether the holder no longer holds it (\"the former chair\"), with or without an `end`."],
    ],
};

/// Identifiers outside the article.
pub static IDENTIFIERS: Table = Table {
    name: "identifiers",
    doc: "One row an identifier outside the article of an entity, document, meeting, event, statement, commitment or request (`identifiers`): what joins records of one thing across articles.",
    key: &["article_id", "part_id", "scheme", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["part_id", Text, req, "What it identifies.", "entities", "documents", "meetings", "events", "statements", "commitments", "requests"],
        ["scheme", Text, req, "`wikidata` (a Wikidata item) or `same_as` (a URI)."],
        ["position", Integer, req, "Its place in `same_as`, from 0; 0 for `wikidata`."],
        ["value", Text, req, "The Wikidata item (`Q1234`) or the URI."],
    ],
};

/// Documents.
pub static DOCUMENTS: Table = Table {
    name: "documents",
    doc: "One row a document the article mentions: a joint statement, declaration, agreement, ... (`documents`).",
    key: &["article_id", "id"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["id", Text, req, "The document's id, unique in the article."],
        ["path", Text, req, PATH],
        ["kind", Text, req, "What kind of document (`joint_statement`, `agreement`, ...)."],
        ["title", Text, opt, "Its title as the article gives it."],
        when "date" "When it was issued, signed or adopted",
        ["status", Text, opt, "Where it stands (`signed`, `in_force`, ...)."],
        ["adopted_at_id", Text, opt, "The meeting it was adopted or signed at, or as the outcome of.", "meetings"],
        ["part_of_id", Text, opt, "The document it is one of: the package signed together (kind `package`), or the treaty an annex belongs to.", "documents"],
        ["topics_partial", Boolean, req, "Whether its topics in `document_topics` are only some of what it contains (`topics_partial`: \"including\")."],
    ],
};

/// Issuers, signatories and plain parties of documents.
pub static DOCUMENT_PARTIES: Table = Table {
    name: "document_parties",
    doc: "One row a party that issued or signed a document, or that it is between (`issuers`, `signatories`, `parties`).",
    key: &["article_id", "document_id", "role", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["document_id", Text, req, "The document.", "documents"],
        ["role", Text, req, "`issuer`, `signatory` or `party` (a party it is between, `parties`)."],
        [
            "position",
            Integer,
            req,
            "Its place in `issuers`, `signatories` or `parties`, from 0."
        ],
        [
            "party_id",
            Text,
            req,
            "The party: a person, organization, country or group.",
            "entities"
        ],
    ],
};

/// Steps of documents' histories.
pub static DOCUMENT_STEPS: Table = Table {
    name: "document_steps",
    doc: "One row a step of a document's history (`status_history`): signed, ratified by a party, in force.",
    key: &["article_id", "document_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["document_id", Text, req, "The document.", "documents"],
        ["position", Integer, req, POSITION],
        ["status", Text, req, "The status the step brought it to (`signed`, `ratified`, `in_force`, ...)."],
        when "date" "When the step was taken",
        ["place_id", Text, opt, "Where it was taken.", "entities"],
    ],
};

/// Parties of the steps of documents' histories.
pub static DOCUMENT_STEP_PARTIES: Table = Table {
    name: "document_step_parties",
    doc: "One row a party that took a step of a document's history (`parties`: \"ratified by Russia\").",
    key: &["article_id", "step_path", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["step_path", Text, req, "The `path` of the step, a row of `document_steps`."],
        ["position", Integer, req, POSITION],
        ["party_id", Text, req, "The party.", "entities"],
    ],
};

/// Meetings.
pub static MEETINGS: Table = Table {
    name: "meetings",
    doc: "One row a meeting the article reports, held or planned (`meetings`).",
    key: &["article_id", "id"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["id", Text, req, "The meeting's id, unique in the article."],
        ["path", Text, req, PATH],
        ["kind", Text, req, "What kind of meeting (`bilateral`, `summit`, `phone_call`, ...)."],
        ["status", Text, req, "Where it stands as the article reports it (`held`, `scheduled`, `postponed`, ...); its steps are in `meeting_status_steps`."],
        ["visit_level", Text, opt, "The protocol level of a visit (`state`, `official`, `working`, `private`)."],
        ["level", Text, opt, "The level at which it is held (`heads_of_state`, `ministers`, ...)."],
        ["certainty", Text, opt, "How sure the article is of it (`confirmed`, `likely`, `possible`)."],
        ["name", Text, opt, "Its name (\"COP28\")."],
        when "date" "When it takes or took place",
        ["time", Text, opt, "The time of day, as written (`14:30`, `14:30+05:00`)."],
        duration "duration" "How long it lasts or lasted",
        ["place_id", Text, opt, "Where it takes place.", "entities"],
        ["organization_id", Text, opt, "The organization whose meeting it is.", "entities"],
        ["part_of_id", Text, opt, "The meeting it is part of.", "meetings"],
        ["part_of_relation", Text, opt, "How it is part of it (`sidelines`, `part`)."],
        ["coincides_with_id", Text, opt, "Another meeting at the same time.", "meetings"],
        ["sequence_number", Integer, opt, "Its number in a series (2 for \"the second round\")."],
        ["sequence_series", Text, opt, "The series."],
        when "rescheduled_from" "The date it was planned for before it was rescheduled",
        ["topics_partial", Boolean, req, "Whether its topics in `meeting_topics` are only some of those discussed (`topics_partial`: \"among other things\")."],
    ],
};

/// Participants of meetings.
pub static MEETING_PARTICIPANTS: Table = Table {
    name: "meeting_participants",
    doc: "One row a participant of a meeting (`participants`).",
    key: &["article_id", "meeting_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["meeting_id", Text, req, "The meeting.", "meetings"],
        ["position", Integer, req, POSITION],
        [
            "entity_id",
            Text,
            req,
            "The participant: a person, organization, country or group.",
            "entities"
        ],
        ["capacity", Text, opt, "In what capacity (\"as host\")."],
        [
            "attendance",
            Text,
            opt,
            "`confirmed`, `expected`, `invited`, `uncertain`, `declined`, `unable` or `not_attending`."
        ],
        [
            "role",
            Text,
            opt,
            "`host`, `guest`, `convener`, `sponsor`, `chair`, `co_chair`, `mediator`, `observer` or `requester`."
        ],
        [
            "in_place_of_id",
            Text,
            opt,
            "Whom the participant stands in for.",
            "entities"
        ],
    ],
};

/// Status steps of meetings.
pub static MEETING_STATUS_STEPS: Table = Table {
    name: "meeting_status_steps",
    doc: "One row a step in a meeting's status history (`status_history`), oldest first.",
    key: &["article_id", "meeting_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["meeting_id", Text, req, "The meeting.", "meetings"],
        ["position", Integer, req, POSITION],
        ["status", Text, req, "The status from then on (`scheduled`, `postponed`, `held`, ...)."],
        date "as_of" "When the status began",
        ["reason", Text, opt, "Why, as the article says, by no source it names (the reasons sources give are in `status_reasons`)."],
        ["decided_by_id", Text, opt, "Who decided it (the others who decided it with them are in `status_deciders`).", "entities"],
        ["manner", Text, opt, "How it came about, in the article's words (\"abruptly\", \"at the last minute\")."],
    ],
};

/// Reasons for meetings' status steps, with their sources.
pub static STATUS_REASONS: Table = Table {
    name: "status_reasons",
    doc: "One row a reason a source gives for a meeting's status step (`reasons`, of a step of `status_history` or of an update's `meeting_status`) or, new in 2.1, for a participant's attendance or stand-in (`reasons` of a participant of a meeting or of an update), or for what a statement says or leaves unsaid (`reasons` of a statement).",
    key: &["article_id", "step_path", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["step_path", Text, req, "The `path` of what it explains: a step (a row of `meeting_status_steps`, or `/updates/N/meeting_status` of a row of `updates`), a participant (a row of `meeting_participants` or `update_participants`) or a statement (a row of `statements`)."],
        ["position", Integer, req, POSITION],
        ["reason", Text, req, "The reason, as the article gives it."],
        ["given_by_id", Text, opt, "The party that gives it.", "entities"],
        ["statement_id", Text, opt, "The statement that voices it.", "statements"],
    ],
};

/// Parties that decided a meeting's status step together.
pub static STATUS_DECIDERS: Table = Table {
    name: "status_deciders",
    doc: "One row a party that decided a meeting's status step together with its `decided_by_id` (`decided_with`).",
    key: &["article_id", "step_path", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["step_path", Text, req, "The `path` of what it explains: a step (a row of `meeting_status_steps`, or `/updates/N/meeting_status` of a row of `updates`) or a participant (a row of `meeting_participants` or `update_participants`)."],
        ["position", Integer, req, POSITION],
        ["party_id", Text, req, "The party.", "entities"],
    ],
};

/// Links between meetings.
pub static MEETING_LINKS: Table = Table {
    name: "meeting_links",
    doc: "One row an earlier meeting or event a meeting follows, builds on or responds to, or the meeting, event or issue it takes place against the background of (`related`).",
    key: &["article_id", "meeting_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["meeting_id", Text, req, "The meeting.", "meetings"],
        ["position", Integer, req, POSITION],
        ["relation", Text, req, "`follows`, `builds_on`, `responds_to` or `background`."],
        [
            "to_id",
            Text,
            req,
            "The meeting or event; with `background`, also an issue.",
            "meetings",
            "events",
            "issues"
        ],
    ],
};

/// Formats of meetings.
pub static MEETING_FORMATS: Table = Table {
    name: "meeting_formats",
    doc: "One row a way a meeting is held (`formats`): `one_on_one`, `restricted`, `expanded`, `informal`, `extraordinary`.",
    key: &["article_id", "meeting_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["meeting_id", Text, req, "The meeting.", "meetings"],
        ["position", Integer, req, POSITION],
        ["format", Text, req, "The format."],
    ],
};

/// Topics of meetings.
pub static MEETING_TOPICS: Table = Table {
    name: "meeting_topics",
    doc: "One row a topic of a meeting, discussed (`topics`) or expected (`expected_topics`).",
    key: &["article_id", "meeting_id", "expected", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["meeting_id", Text, req, "The meeting.", "meetings"],
        ["expected", Boolean, req, "Whether it is expected to be discussed (`expected_topics`) rather than discussed (`topics`)."],
        ["position", Integer, req, "Its place in its list, from 0."],
        ["topic", Text, req, "The topic, in a few words."],
    ],
};

/// Purposes of meetings.
pub static MEETING_PURPOSES: Table = Table {
    name: "meeting_purposes",
    doc: "One row an aim of a meeting (`purposes`).",
    key: &["article_id", "meeting_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["meeting_id", Text, req, "The meeting.", "meetings"],
        ["position", Integer, req, POSITION],
        ["text", Text, req, "The aim, in the article's words."],
        [
            "serves_id",
            Text,
            opt,
            "The document, commitment, event or meeting it serves.",
            "documents",
            "commitments",
            "events",
            "meetings"
        ],
    ],
};

/// What parts are about.
pub static ABOUT: Table = Table {
    name: "about",
    doc: "One row a thing a document, meeting, event, statement, commitment, issue or request is about (`about`).",
    key: &["article_id", "part_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        [
            "part_id",
            Text,
            req,
            "The document, meeting, event, statement, commitment, issue or request.",
            "documents",
            "meetings",
            "events",
            "statements",
            "commitments",
            "issues",
            "requests"
        ],
        ["position", Integer, req, POSITION],
        [
            "about_id",
            Text,
            req,
            "What it is about.",
            "entities",
            "documents",
            "meetings",
            "events",
            "statements",
            "commitments",
            "issues",
            "positions",
            "relations",
            "requests"
        ],
    ],
};

/// Events.
pub static EVENTS: Table = Table {
    name: "events",
    doc: "One row an event that is not a meeting: a deal, an election, an attack, ... (`events`).",
    key: &["article_id", "id"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["id", Text, req, "The event's id, unique in the article."],
        ["path", Text, req, PATH],
        ["kind", Text, req, "What kind of event (`agreement_reached`, `election`, ...)."],
        ["description", Text, req, "What happened, in a few words."],
        ["status", Text, req, "`occurred`, `ongoing`, `expected`, `possible` or `did_not_occur`."],
        when "date" "When it happened or is expected",
        duration "duration" "How long it has lasted or lasted",
        ["place_id", Text, opt, "Where.", "entities"],
        ["setting_id", Text, opt, "The meeting at which it happened.", "meetings"],
    ],
};

/// What led to events, and what they answered.
pub static EVENT_LINKS: Table = Table {
    name: "event_links",
    doc: "One row a meeting or event that led to an event (`caused_by`) or that it answered (`responds_to`).",
    key: &["article_id", "event_id", "relation", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["event_id", Text, req, "The event.", "events"],
        ["relation", Text, req, "`caused_by` or `responds_to`."],
        ["position", Integer, req, "Its place in `caused_by` or `responds_to`, from 0."],
        ["to_id", Text, req, "The meeting or event.", "meetings", "events"],
    ],
};

/// Actors and affected parties of events.
pub static EVENT_PARTIES: Table = Table {
    name: "event_parties",
    doc: "One row a party that acted in an event or was affected by it (`actors`, `affected`).",
    key: &["article_id", "event_id", "role", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["event_id", Text, req, "The event.", "events"],
        ["role", Text, req, "`actor` or `affected`."],
        [
            "position",
            Integer,
            req,
            "Its place in `actors` or `affected`, from 0."
        ],
        ["party_id", Text, req, "The party.", "entities"],
    ],
};

/// Statements.
pub static STATEMENTS: Table = Table {
    name: "statements",
    doc: "One row a statement the article reports (`statements`).",
    key: &["article_id", "id"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["id", Text, req, "The statement's id, unique in the article."],
        ["path", Text, req, PATH],
        ["speaker_id", Text, req, "Who made it: a person, organization, country, group or document.", "entities", "documents"],
        ["document_id", Text, opt, "The document it was made in.", "documents"],
        ["on_behalf_of_id", Text, opt, "On whose behalf it was made.", "entities"],
        ["capacity", Text, opt, "The capacity in which the speaker spoke (\"chair\"): a role's title."],
        ["mode", Text, req, "`direct_quote`, `paraphrase` or `own_text`."],
        ["text", Text, req, "What was said: the quote, or its paraphrase."],
        ["speech_act", Text, req, "What kind of saying (`said`, `promised`, `warned`, ...)."],
        ["reporting_verb", Text, opt, "The verb the article uses (\"stressed\")."],
        ["setting_id", Text, opt, "The meeting or event where it was made.", "meetings", "events"],
        when "date" "When it was made",
        ["same_as_id", Text, opt, "Another statement of the article that reports the same utterance (`same_as`).", "statements"],
        ["channel", Text, opt, "The speaker's own medium: `social_media`, `interview`, `press_conference`, `briefing`, `speech`, `written_statement` or `other` (not how the words reached the article: `reported_by` in `statement_links`)."],
        ["platform_id", Text, opt, "The outlet, platform or person the speaker spoke on or to (\"on Twitter\", \"in an interview with RBC\").", "entities"],
    ],
};

/// Links of statements to parties.
pub static STATEMENT_LINKS: Table = Table {
    name: "statement_links",
    doc: "One row a party a statement names besides its speaker: who reported it (via, `reported_by`), who spoke with the speaker (`co_speakers`), whom it was addressed to (`addressees`).",
    key: &["article_id", "statement_id", "link", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["statement_id", Text, req, "The statement.", "statements"],
        ["link", Text, req, "`reported_by`, `co_speaker` or `addressee`."],
        ["position", Integer, req, "Its place in its list, from 0."],
        ["party_id", Text, req, "The party (or, for `reported_by`, also a document).", "entities", "documents"],
    ],
};

/// Pieces of statements.
pub static STATEMENT_PIECES: Table = Table {
    name: "statement_pieces",
    doc: "One row a piece of a quote the article splits (`pieces`).",
    key: &["article_id", "statement_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["statement_id", Text, req, "The statement.", "statements"],
        ["position", Integer, req, POSITION],
        ["piece", Text, req, "The piece's words."],
    ],
};

/// Words a paraphrase quotes.
pub static STATEMENT_QUOTED: Table = Table {
    name: "statement_quoted",
    doc: "One row the speaker's own words a paraphrase keeps in quotation marks (`quoted`).",
    key: &["article_id", "statement_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["statement_id", Text, req, "The statement.", "statements"],
        ["position", Integer, req, POSITION],
        [
            "words",
            Text,
            req,
            "The words, as in the body, without the quotation marks."
        ],
    ],
};

/// Commitments.
pub static COMMITMENTS: Table = Table {
    name: "commitments",
    doc: "One row a commitment the article reports (`commitments`); its parties, statements and status steps are in their own tables.",
    key: &["article_id", "id"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["id", Text, req, "The commitment's id, unique in the article."],
        ["path", Text, req, PATH],
        ["kind", Text, req, "What kind (`attend`, `fund`, `sign`, ...)."],
        ["modality", Text, opt, "How firm (`pledge`, `intention`, `aspiration`, `offer`, `conditional`, `obligation`)."],
        ["action", Text, req, "What was committed to, in a few words."],
        ["condition", Text, opt, "The condition, for a conditional commitment."],
        ["mutual", Boolean, req, "Whether the bound parties made it to each other (`mutual`)."],
        ["continuing", Boolean, req, "Whether it goes on with something already under way (`continuing`: \"ongoing support\", \"agreed to continue\")."],
        ["capacity", Text, opt, "The capacity in which the bound parties committed (\"chair\"): a role's title."],
        when "due" "When it is due",
        ["made_at_id", Text, opt, "The meeting or event where it was made.", "meetings", "events"],
        ["concerns_id", Text, opt, "The meeting, event or document it concerns.", "meetings", "events", "documents"],
        ["provided_by_id", Text, opt, "The document that provides for it.", "documents"],
        ["part_of_id", Text, opt, "The commitment it is part of.", "commitments"],
        ["builds_on_id", Text, opt, "The commitment it builds on.", "commitments"],
        ["replaces_id", Text, opt, "The commitment it replaces.", "commitments"],
    ],
};

/// Parties of commitments.
pub static COMMITMENT_PARTIES: Table = Table {
    name: "commitment_parties",
    doc: "One row a party a commitment binds, a party it is made to, or a party the bound parties act with (`bound_parties`, `counterparties`, `partners`).",
    key: &["article_id", "commitment_id", "role", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["commitment_id", Text, req, "The commitment.", "commitments"],
        ["role", Text, req, "`bound`, `counterparty` or `partner`."],
        ["position", Integer, req, "Its place in `bound_parties`, `counterparties` or `partners`, from 0."],
        ["party_id", Text, req, "The party: a person, organization, country or group.", "entities"],
    ],
};

/// Statements of commitments.
pub static COMMITMENT_STATEMENTS: Table = Table {
    name: "commitment_statements",
    doc: "One row a statement that makes or reports a commitment (`statements`).",
    key: &["article_id", "commitment_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["commitment_id", Text, req, "The commitment.", "commitments"],
        ["position", Integer, req, POSITION],
        ["statement_id", Text, req, "The statement.", "statements"],
    ],
};

/// Links between commitments given as lists.
pub static COMMITMENT_LINKS: Table = Table {
    name: "commitment_links",
    doc: "One row another commitment a commitment is traded for (`in_exchange_for`: \"financing in exchange for anticorruption measures\").",
    key: &["article_id", "commitment_id", "link", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["commitment_id", Text, req, "The commitment.", "commitments"],
        ["link", Text, req, "`in_exchange_for`."],
        ["position", Integer, req, "Its place in its list, from 0."],
        ["to_id", Text, req, "The other commitment.", "commitments"],
    ],
};

/// Purposes of commitments.
pub static COMMITMENT_PURPOSES: Table = Table {
    name: "commitment_purposes",
    doc:
        "One row an aim of a commitment (`purposes`): \"to further the aims of our two countries\".",
    key: &["article_id", "commitment_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["commitment_id", Text, req, "The commitment.", "commitments"],
        ["position", Integer, req, POSITION],
        ["text", Text, req, "The aim, in the article's words."],
        [
            "serves_id",
            Text,
            opt,
            "The document, commitment, event or meeting it serves.",
            "documents",
            "commitments",
            "events",
            "meetings"
        ],
    ],
};

/// Status steps of commitments.
pub static COMMITMENT_STATUS_STEPS: Table = Table {
    name: "commitment_status_steps",
    doc: "One row a step in a commitment's status history (`status_history`), oldest first; the last is where it stands in this article.",
    key: &["article_id", "commitment_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["commitment_id", Text, req, "The commitment.", "commitments"],
        ["position", Integer, req, POSITION],
        ["status", Text, req, "The status observed (`stated`, `in_progress`, `fulfilled`, `broken`, ...)."],
        date "as_of" "When it was observed",
        ["statement_id", Text, opt, "The statement that reports it.", "statements"],
    ],
};

/// Assessments.
pub static ASSESSMENTS: Table = Table {
    name: "assessments",
    doc: "One row a judgement of something the article reports, in its words (`assessments`): \"productive\" of a meeting.",
    key: &["article_id", "id"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["id", Text, req, "The assessment's id, unique in the article."],
        ["path", Text, req, PATH],
        ["assessor_id", Text, opt, "Whose judgement it is: a person, organization, country, group or document; empty when it is the article's own.", "entities", "documents"],
        ["assessed_id", Text, req, "What is judged: a meeting, event, commitment, document, statement, party, issue or relation.", "meetings", "events", "commitments", "documents", "statements", "entities", "issues", "relations"],
        ["words", Text, req, "The judging words, as the article writes them (\"productive\")."],
        ["polarity", Text, req, "`positive`, `negative`, `mixed` or `neutral`."],
        ["statement_id", Text, opt, "The statement that voices it; empty for the article's narration.", "statements"],
    ],
};

/// Issues.
pub static ISSUES: Table = Table {
    name: "issues",
    doc: "One row a question the article says parties hold positions on or are divided over (`issues`): \"water sharing\"; what it concerns is in `about`.",
    key: &["article_id", "id"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["id", Text, req, "The issue's id, unique in the article."],
        ["path", Text, req, PATH],
        ["text", Text, req, "The issue in the article's words."],
    ],
};

/// Parties at odds over issues.
pub static ISSUE_DIVIDED: Table = Table {
    name: "issue_divided",
    doc: "One row a party the article says is at odds over an issue (`divided`).",
    key: &["article_id", "issue_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["issue_id", Text, req, "The issue.", "issues"],
        ["position", Integer, req, POSITION],
        [
            "party_id",
            Text,
            req,
            "The party: a person, organization, country, region or group.",
            "entities"
        ],
    ],
};

/// Parties aligned on issues.
pub static ISSUE_ALIGNED: Table = Table {
    name: "issue_aligned",
    doc: "One row a party the article says agrees on an issue (`aligned`), new in 2.1.",
    key: &["article_id", "issue_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["issue_id", Text, req, "The issue.", "issues"],
        ["position", Integer, req, POSITION],
        [
            "party_id",
            Text,
            req,
            "The party: a person, organization, country, region or group.",
            "entities"
        ],
    ],
};

/// Positions.
pub static POSITIONS: Table = Table {
    name: "positions",
    doc: "One row a party's stand on an issue (`positions`): \"Russia opposes the pipeline\".",
    key: &["article_id", "id"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["id", Text, req, "The position's id, unique in the article."],
        ["path", Text, req, PATH],
        ["holder_id", Text, req, "Who holds it: a person, organization, country, region or group.", "entities"],
        ["issue_id", Text, req, "The issue it is a stand on.", "issues"],
        ["stance", Text, req, "`supports`, `opposes`, `neutral`, `undecided` or `conditional`."],
        ["text", Text, opt, "The position in the article's words."],
        when "date" "When it was held",
    ],
};

/// Statements of positions.
pub static POSITION_STATEMENTS: Table = Table {
    name: "position_statements",
    doc: "One row a statement that voices a position (`statements`).",
    key: &["article_id", "position_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["position_id", Text, req, "The position.", "positions"],
        ["position", Integer, req, POSITION],
        ["statement_id", Text, req, "The statement.", "statements"],
    ],
};

/// Relations between parties.
pub static RELATIONS: Table = Table {
    name: "relations",
    doc: "One row a lasting relation the article says parties have (`relations`): \"diplomatic relations\", \"a comprehensive strategic partnership\"; its parties are in `relation_parties`, its documents and statements in `relation_links`.",
    key: &["article_id", "id"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["id", Text, req, "The relation's id, unique in the article."],
        ["path", Text, req, PATH],
        ["kind", Text, req, "`diplomatic_relations`, `strategic_partnership`, `partnership`, `alliance`, `friendship`, `ties` or `other`."],
        ["name", Text, opt, "The relation in the article's words."],
        when "established" "When it began",
    ],
};

/// Parties to relations.
pub static RELATION_PARTIES: Table = Table {
    name: "relation_parties",
    doc: "One row a party to a relation (`parties`).",
    key: &["article_id", "relation_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["relation_id", Text, req, "The relation.", "relations"],
        ["position", Integer, req, POSITION],
        [
            "party_id",
            Text,
            req,
            "The party: a person, organization, country, region or group.",
            "entities"
        ],
    ],
};
/// Requests.
pub static REQUESTS: Table = Table {
    name: "requests",
    doc: "One row a request or demand the article reports (`requests`): \"Wang urged India to meet China halfway\"; its parties, statements and status steps are in their own tables, what it is about in `about`.",
    key: &["article_id", "id"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["id", Text, req, "The request's id, unique in the article."],
        ["path", Text, req, PATH],
        ["force", Text, opt, "How firmly it is made (`request`, `call`, `demand`)."],
        ["action", Text, req, "What the addressees are asked to do, in the article's words."],
        when "deadline" "When it is to be done",
        ["made_at_id", Text, opt, "The meeting where it was made.", "meetings"],
        ["status", Text, opt, "Where it stands in this article: the last step of `request_status_steps` (`made`, `repeated`, `accepted`, `answered`, `partly_met`, `met`, `refused`, `withdrawn`); empty when it has none (`no_status`, allowed)."],
    ],
};

/// Parties of requests.
pub static REQUEST_PARTIES: Table = Table {
    name: "request_parties",
    doc: "One row a party who makes a request, or a party it asks (`requesters`, `addressees`).",
    key: &["article_id", "request_id", "role", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["request_id", Text, req, "The request.", "requests"],
        ["role", Text, req, "`requester` or `addressee`."],
        [
            "position",
            Integer,
            req,
            "Its place in `requesters` or `addressees`, from 0."
        ],
        [
            "party_id",
            Text,
            req,
            "The party: a person, organization, country, region or group.",
            "entities"
        ],
    ],
};

/// Documents and statements of relations.
pub static RELATION_LINKS: Table = Table {
    name: "relation_links",
    doc: "One row a document that founded or sets out a relation (`documents`) or a statement that states it (`statements`).",
    key: &["article_id", "relation_id", "link", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["relation_id", Text, req, "The relation.", "relations"],
        ["link", Text, req, "`documents` or `statements`."],
        ["position", Integer, req, "Its place in `documents` or `statements`, from 0."],
        ["to_id", Text, req, "The document or statement.", "documents", "statements"],
    ],
};
/// Statements of requests.
pub static REQUEST_STATEMENTS: Table = Table {
    name: "request_statements",
    doc: "One row a statement that makes or repeats a request (`statements`).",
    key: &["article_id", "request_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["request_id", Text, req, "The request.", "requests"],
        ["position", Integer, req, POSITION],
        ["statement_id", Text, req, "The statement.", "statements"],
    ],
};

/// Status steps of requests.
pub static REQUEST_STATUS_STEPS: Table = Table {
    name: "request_status_steps",
    doc: "One row a step in a request's status history (`status_history`), oldest first; the last is where it stands in this article.",
    key: &["article_id", "request_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["request_id", Text, req, "The request.", "requests"],
        ["position", Integer, req, POSITION],
        ["status", Text, req, "The status observed (`made`, `repeated`, `accepted`, `answered`, `partly_met`, `met`, `refused`, `withdrawn`)."],
        date "as_of" "When it was observed",
        ["statement_id", Text, opt, "The statement that reports it.", "statements"],
    ],
};

/// Quantities.
pub static QUANTITIES: Table = Table {
    name: "quantities",
    doc: "One row an amount of money or a count, of a group, meeting, event, statement, commitment or status step (`quantities`): one number, a range, or only words (\"dozens\").",
    key: &["article_id", "path"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["owner_path", Text, req, "The `path` of the row it belongs to (a commitment, a status step, an update, ...)."],
        ["part_id", Text, opt, "The group, document, meeting, event, statement or commitment it belongs to (also for a status step's); empty for an update's.", "entities", "documents", "meetings", "events", "statements", "commitments"],
        ["position", Integer, req, POSITION],
        ["amount", Text, opt, "The amount, exactly as written in the JSON (`3000000000`, `1.5`); the lower bound of a range; empty when the article gives no number (\"dozens\")."],
        ["amount_value", Float, opt, "The amount as a floating-point number."],
        ["amount_max", Text, opt, "The upper bound of a range (40 for \"between 30 and 40\"), exactly as written in the JSON."],
        ["amount_max_value", Float, opt, "`amount_max` as a floating-point number."],
        ["size", Text, opt, "The size the words give instead of a number: `few`, `several`, `many`, `dozens`, `hundreds`, `thousands`, `tens_of_thousands`, `hundreds_of_thousands`, `millions`, `billions` or `countless`."],
        ["currency", Text, opt, "The currency (ISO 4217), for money."],
        ["unit", Text, opt, "The unit of a count (\"troops\", \"tonnes\")."],
        ["measure", Text, opt, "What the number is a measure of, in the article's words (\"trade turnover\", \"investment\"); not what is counted."],
        when "date" "The period or day the number is for (\"last year\", \"in 2023\")",
        ["per", Text, opt, "The period each amount is for, when it is a rate (`years` for \"£11mn annually\"): no total."],
        ["role", Text, opt, "What the number is to a change: `baseline` (where it starts: \"from $5.3 billion\"), `target` (where it is to end) or `change` (by how much); empty for a plain amount. A baseline is no amount pledged."],
        ["factor", Text, opt, "A multiplier given instead of an amount (2 for \"double\", 0.5 for \"halve\"), exactly as written in the JSON: no amount pledged."],
        ["factor_value", Float, opt, "`factor` as a floating-point number."],
        ["qualifier", Text, opt, "`exactly`, `about`, `nearly`, `over`, `under`, `at_least`, `at_most` or `estimated`."],
        ["text", Text, opt, "The words that give it (\"$3 billion\")."],
        ["inferred", Boolean, req, "Whether it was worked out rather than written."],
        ["equivalent_amount", Text, opt, "The same amount in another currency, as the article gives it, exactly as written."],
        ["equivalent_amount_value", Float, opt, "`equivalent_amount` as a floating-point number."],
        ["equivalent_currency", Text, opt, "The other currency."],
        ["equivalent_text", Text, opt, "The words that give the equivalent."],
    ],
};

/// Evidence.
pub static EVIDENCE: Table = Table {
    name: "evidence",
    doc: "One row the words of the body (or headline) that ground something (`evidence`), with their position.",
    key: &["article_id", "path"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["owner_path", Text, req, "The `path` of what it grounds (an entity, a status step, a participant, a source, ...)."],
        ["part_id", Text, opt, "The nearest part with an id that holds it (an entity, document, meeting, event, statement, commitment, assessment, issue, position, relation or request); empty for a source's or an update's.", "entities", "documents", "meetings", "events", "statements", "commitments", "assessments", "issues", "positions", "relations", "requests"],
        ["position", Integer, req, POSITION],
        ["exact", Text, req, "The words, exactly as in the text."],
        ["prefix", Text, opt, "The words just before them, to tell one occurrence from another."],
        ["suffix", Text, opt, "The words just after them."],
        ["start", Integer, opt, "Where they start in the text, in Unicode code points from 0."],
        ["end", Integer, opt, "Where they end (exclusive)."],
        ["target", Text, opt, "`body` or `headline` (empty: the body)."],
    ],
};

/// Updates.
pub static UPDATES: Table = Table {
    name: "updates",
    doc: "One row what an article reports about a commitment or meeting of an earlier article (`updates`).",
    key: &["article_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["position", Integer, req, POSITION],
        ["target_article_id", Text, req, "The earlier article (an `article_id`, perhaps of a corpus not read)."],
        ["target_id", Text, req, "The commitment or meeting in it: `(target_article_id, target_id)` names a row of `commitments` or `meetings`."],
        ["target_url", Text, opt, "Where the earlier article is."],
        ["same_as_id", Text, opt, "The commitment or meeting of this article that is the same one.", "commitments", "meetings"],
        ["commitment_status", Text, opt, "The status observed of a commitment."],
        date "commitment_status_as_of" "When it was observed",
        ["commitment_status_statement_id", Text, opt, "The statement that reports it.", "statements"],
        ["meeting_status", Text, opt, "The status of a meeting from then on."],
        date "meeting_status_as_of" "When that status began",
        ["meeting_status_reason", Text, opt, "Why."],
        ["meeting_status_decided_by_id", Text, opt, "Who decided it (the others who decided it with them are in `status_deciders`, its sourced reasons in `status_reasons`).", "entities"],
        ["meeting_status_manner", Text, opt, "How it came about, in the article's words."],
    ],
};

/// Participants reported by updates.
pub static UPDATE_PARTICIPANTS: Table = Table {
    name: "update_participants",
    doc: "One row a participant an update reports for a meeting of an earlier article (`updates/N/participants`).",
    key: &["article_id", "update_position", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["update_position", Integer, req, "The update's `position` in `updates`."],
        ["position", Integer, req, POSITION],
        ["entity_id", Text, req, "The participant.", "entities"],
        ["capacity", Text, opt, "In what capacity."],
        ["attendance", Text, opt, "`confirmed`, `expected`, `invited`, `uncertain`, `declined`, `unable` or `not_attending`."],
        ["role", Text, opt, "`host`, `guest`, `convener`, `sponsor`, `chair`, `co_chair`, `mediator`, `observer` or `requester`."],
        ["in_place_of_id", Text, opt, "Whom the participant stands in for.", "entities"],
    ],
};

/// Problems of the articles refused.
pub static PROBLEMS: Table = Table {
    name: "problems",
    doc: "One row a problem of a document that was refused (unreadable, or invalid at the levels it was read with): its other rows are in no other table. Written by the reader of a stream, not by `write_rows`; a refused document's warnings are here too.",
    key: &["file", "document_line", "position"],
    columns: columns![
        ["file", Text, req, "The file read (`-` for stdin)."],
        ["line", Integer, req, "The line of the file where the problem is (the document's first line when the place is unknown)."],
        ["column", Integer, opt, "The column in that line, in bytes from 1, when known."],
        ["document_line", Integer, req, "The line where the document starts."],
        ["position", Integer, req, "The problem's place among the document's problems, from 0."],
        ["article_id", Text, opt, "The document's `id`, when it could be read."],
        ["code", Text, req, "The stable code (`unknown_reference`, `invalid_json`, ...)."],
        ["severity", Text, req, "`error` or `warning`."],
        ["path", Text, req, "The JSON Pointer of the value concerned (empty: the whole document)."],
        ["message", Text, req, "What is wrong, for people."],
    ],
};

/// Other names of meetings.
pub static MEETING_ALIASES: Table = Table {
    name: "meeting_aliases",
    doc: "One row another name the article uses for a meeting (`aliases`). New in 2.1.",
    key: &["article_id", "meeting_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["meeting_id", Text, req, "The meeting.", "meetings"],
        ["position", Integer, req, POSITION],
        [
            "alias",
            Text,
            req,
            "The other name (\"the ASEAN meetings\")."
        ],
    ],
};

/// Other names of documents.
pub static DOCUMENT_ALIASES: Table = Table {
    name: "document_aliases",
    doc: "One row another name the article uses for a document (`aliases`). New in 2.1.",
    key: &["article_id", "document_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["document_id", Text, req, "The document.", "documents"],
        ["position", Integer, req, POSITION],
        [
            "alias",
            Text,
            req,
            "The other name (\"the treaty of friendship\")."
        ],
    ],
};

/// What documents contain.
pub static DOCUMENT_TOPICS: Table = Table {
    name: "document_topics",
    doc: "One row a thing a document contains or covers (`topics`). New in 2.1.",
    key: &["article_id", "document_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        ["document_id", Text, req, "The document.", "documents"],
        ["position", Integer, req, POSITION],
        [
            "topic",
            Text,
            req,
            "What it contains, in a few words (\"human rights\")."
        ],
    ],
};

/// The parties facts are credited to.
pub static ACCORDING_TO: Table = Table {
    name: "according_to",
    doc: "One row a party the article credits a document, meeting, event or commitment to, stating it in its own words (`according_to`: \"the Wall Street Journal reported\"); not words someone said (`statements`). New in 2.1.",
    key: &["article_id", "part_id", "position"],
    columns: columns![
        ["article_id", Text, req, ARTICLE_ID, "articles"],
        ["path", Text, req, PATH],
        [
            "part_id",
            Text,
            req,
            "The document, meeting, event or commitment.",
            "documents",
            "meetings",
            "events",
            "commitments"
        ],
        ["position", Integer, req, POSITION],
        [
            "party_id",
            Text,
            req,
            "The party: an outlet, a person, an organization, a country or a group.",
            "entities"
        ],
    ],
};

/// Every table, in the order of the reference.
pub static TABLES: [&Table; 59] = [
    &ARTICLES,
    &ARTICLE_SUBJECTS,
    &BYLINES,
    &SOURCES,
    &ENTITIES,
    &ENTITY_ALIASES,
    &GROUP_MEMBERS,
    &ROLES,
    &OFFICES,
    &IDENTIFIERS,
    &DOCUMENTS,
    &DOCUMENT_ALIASES,
    &DOCUMENT_PARTIES,
    &DOCUMENT_STEPS,
    &DOCUMENT_STEP_PARTIES,
    &DOCUMENT_TOPICS,
    &MEETINGS,
    &MEETING_ALIASES,
    &MEETING_PARTICIPANTS,
    &MEETING_STATUS_STEPS,
    &STATUS_REASONS,
    &STATUS_DECIDERS,
    &MEETING_LINKS,
    &MEETING_FORMATS,
    &MEETING_TOPICS,
    &MEETING_PURPOSES,
    &ABOUT,
    &ACCORDING_TO,
    &EVENTS,
    &EVENT_PARTIES,
    &EVENT_LINKS,
    &STATEMENTS,
    &STATEMENT_LINKS,
    &STATEMENT_PIECES,
    &STATEMENT_QUOTED,
    &COMMITMENTS,
    &COMMITMENT_PARTIES,
    &COMMITMENT_STATEMENTS,
    &COMMITMENT_LINKS,
    &COMMITMENT_PURPOSES,
    &COMMITMENT_STATUS_STEPS,
    &ASSESSMENTS,
    &ISSUES,
    &ISSUE_DIVIDED,
    &ISSUE_ALIGNED,
    &POSITIONS,
    &POSITION_STATEMENTS,
    &RELATIONS,
    &RELATION_PARTIES,
    &RELATION_LINKS,
    &REQUESTS,
    &REQUEST_PARTIES,
    &REQUEST_STATEMENTS,
    &REQUEST_STATUS_STEPS,
    &QUANTITIES,
    &EVIDENCE,
    &UPDATES,
    &UPDATE_PARTICIPANTS,
    &PROBLEMS,
];

//! Documents: joint statements, declarations, communiqués, press releases,
//! agreements, treaties, plans and memoranda — what states issue, sign and
//! adopt, and what statements come from and commitments concern.

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::evidence::Evidence;
use crate::model::quantity::Quantity;
use crate::read::de::model;
use crate::value::date::When;
use crate::value::id::Id;
use crate::value::vocab::vocabulary;

vocabulary! {
    /// What kind of document.
    pub enum DocumentKind {
        /// A statement issued jointly by several parties.
        JointStatement = "joint_statement",
        /// A declaration, often adopted at a summit.
        Declaration = "declaration",
        /// A communiqué issued after a meeting.
        Communique = "communique",
        /// A press release of a government or organization.
        PressRelease = "press_release",
        /// A statement issued by one party in its own name: a government's,
        /// a ministry's or a party's ("China released a statement", «МИД
        /// выступил с заявлением»); one issued by several is a
        /// `joint_statement`. What it says is in [`Statement`](crate::Statement)s
        /// whose `document` names it. New in 2.1.
        Statement = "statement",
        /// An agreement between parties.
        Agreement = "agreement",
        /// A treaty or convention.
        Treaty = "treaty",
        /// A memorandum of understanding or of cooperation.
        Memorandum = "memorandum",
        /// A plan, programme or road map.
        Plan = "plan",
        /// A resolution of an assembly or council.
        Resolution = "resolution",
        /// A report.
        Report = "report",
        /// A letter or message.
        Letter = "letter",
        /// A law, decree or other legal act of a state ("the Federal Law On
        /// Ratification"). New in 2.1.
        Law = "law",
        /// A set of documents signed or adopted together, counted rather
        /// than listed ("15 documents were signed", «подписан пакет
        /// соглашений и меморандумов»): its count in `quantities`, the
        /// ones the article names each a document `part_of` it. New in
        /// 2.1.
        Package = "package",
        /// Any other document.
        Other = "other",
    }
}

vocabulary! {
    /// Where a document stands.
    pub enum DocumentStatus {
        /// Being drafted or negotiated.
        Drafted = "drafted",
        /// Put forward, not yet adopted.
        Proposed = "proposed",
        /// Adopted (by a meeting or body) or issued.
        Adopted = "adopted",
        /// Signed by its parties.
        Signed = "signed",
        /// Ratified by its parties.
        Ratified = "ratified",
        /// In force.
        InForce = "in_force",
        /// Suspended.
        Suspended = "suspended",
        /// Ended, withdrawn from or annulled.
        Terminated = "terminated",
    }
}

model! {
    /// One step in a document's life, as the article reports it: signed
    /// in Aktau on 12 August 2018; ratified by Russia on 1 October 2019;
    /// in force since. A step some parties took ("ratified by Russia")
    /// names them; one without parties is the document's as a whole. New
    /// in 2.1.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct DocumentStatusChange {
        /// The status the step brought it to.
        pub status: DocumentStatus,
        /// When, as the article gives it; not after the publication
        /// (`date_after_publication`), and not before the step listed
        /// before it (`history_out_of_order`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub date: Option<When>,
        /// The ids of the parties that took the step (signed, ratified,
        /// withdrew); none twice (`unknown_reference`,
        /// `wrong_reference_kind`, `duplicate_reference`).
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub parties: Vec<Id>,
        /// The id of the place where it was taken ("signed in Aktau"); must
        /// name a place.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub place: Option<Id>,
        /// The words in the body (or headline) that report it.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub evidence: Vec<Evidence>,
    }
}

impl DocumentStatusChange {
    /// A step to `status` and nothing else.
    pub fn new(status: DocumentStatus) -> Self {
        DocumentStatusChange {
            status,
            date: None,
            parties: Vec::new(),
            place: None,
            evidence: Vec::new(),
        }
    }
}

model! {
    /// A document the article mentions: issued, signed or adopted by
    /// parties, and cited by statements and commitments.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Document {
        /// The document's id, unique in the article (`duplicate_id`).
        pub id: Id,
        /// What kind of document it is.
        pub kind: DocumentKind,
        /// Its title as the article gives it, e.g. "Geneva communiqué". Must
        /// not be blank.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub title: Option<String>,
        /// Other names the article uses for it ("the treaty of
        /// friendship", the "Japan-China Peace and Amity Treaty"), as an
        /// entity's or a meeting's `aliases`. None may be blank. New in
        /// 2.1.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(inner(regex(pattern = r"\S")))]
        pub aliases: Vec<String>,
        /// When it was issued, signed or adopted.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub date: Option<When>,
        /// Where it stands as a whole, as the article says (a treaty that
        /// one party of five has ratified is still `signed`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub status: Option<DocumentStatus>,
        /// The steps of its life the article reports, in order: signed,
        /// then ratified by one party, then in force. New in 2.1.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub status_history: Vec<DocumentStatusChange>,
        /// The ids of the parties that issued it (people, organizations,
        /// countries, regions or groups); none twice (`unknown_reference`,
        /// `wrong_reference_kind`, `duplicate_reference`).
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub issuers: Vec<Id>,
        /// The ids of the parties that signed it; none twice.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub signatories: Vec<Id>,
        /// The ids of the parties it is between ("the treaty of friendship
        /// between the two countries"), without saying that they issued or
        /// signed it (`issuers`, `signatories`): people, organizations,
        /// countries or groups; none twice (`unknown_reference`,
        /// `wrong_reference_kind`, `duplicate_reference`). New in 2.1.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub parties: Vec<Id>,
        /// The id of the meeting it was adopted or signed at, or as the
        /// outcome of ("signed following the talks", «по итогам
        /// переговоров»); must name a meeting that took place
        /// (`setting_not_held`), on the document's date (`outside_setting`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub adopted_at: Option<Id>,
        /// The id of the document it is one of: the package signed
        /// together ("15 documents, including one on strategic
        /// partnership": the package of kind `package`), or the treaty an
        /// annex or protocol belongs to. Recorded on the part, as a
        /// meeting's or commitment's `part_of` is; must name another
        /// document (`self_reference`, `wrong_reference_kind`), in no
        /// cycle (`reference_cycle`). New in 2.1.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub part_of: Option<Id>,
        /// The ids of what it is about: the treaty a law ratifies, the
        /// agreement a protocol amends, the meeting a communiqué reports;
        /// none twice. New in 2.1.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub about: Vec<Id>,
        /// What it contains or covers, as the article says ("benchmarks in
        /// five areas: free and fair elections, human rights,
        /// corruption"), as a meeting's `topics`. None may be blank. New
        /// in 2.1.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(inner(regex(pattern = r"\S")))]
        pub topics: Vec<String>,
        /// Whether `topics` are only some of what it contains ("including",
        /// "among other things"); absent when the article gives the list
        /// as whole or gives none. Needs `topics`
        /// (`partial_without_topics`). New in 2.1.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        pub topics_partial: bool,
        /// The numbers the article gives for it ("agreements worth $1
        /// billion", "15 documents"). New in 2.1.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub quantities: Vec<Quantity>,
        /// The ids of the parties the article credits this fact to when
        /// it states it in its own words: an outlet ("the agreement
        /// includes benchmarks, the Wall Street Journal reported";
        /// "according to the New York Times"), a person, an organization,
        /// a country or a group; none twice (`unknown_reference`,
        /// `wrong_reference_kind`, `duplicate_reference`). Not a
        /// [`Statement`](crate::Statement), which is words someone said
        /// (the outlets they came through are its `reported_by`), and not
        /// the article's [`sources`](crate::Article::sources), which are
        /// where the whole report comes from. New in 2.1.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub according_to: Vec<Id>,
        /// Identifiers outside the article (a Wikidata item, URIs) that
        /// name the same document, so that records of it in several articles
        /// can be joined (see [`Ledger`](crate::Ledger)); no URI twice.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub identifiers: Option<crate::model::entity::Identifiers>,
        /// The words in the body (or headline) that mention it; each must
        /// really be there.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub evidence: Vec<Evidence>,
    }
}

impl Document {
    /// A document with `id` and `kind` and nothing else.
    pub fn new(id: Id, kind: DocumentKind) -> Self {
        Document {
            id,
            kind,
            title: None,
            aliases: Vec::new(),
            date: None,
            status: None,
            status_history: Vec::new(),
            issuers: Vec::new(),
            signatories: Vec::new(),
            parties: Vec::new(),
            adopted_at: None,
            part_of: None,
            about: Vec::new(),
            topics: Vec::new(),
            topics_partial: false,
            quantities: Vec::new(),
            according_to: Vec::new(),
            identifiers: None,
            evidence: Vec::new(),
        }
    }
}

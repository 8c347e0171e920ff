//! Statements: what someone said, as a direct quote or in paraphrase, with
//! the evidence for it in the body.

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::evidence::Evidence;
use crate::model::quantity::Quantity;
use crate::read::de::model;
use crate::value::date::When;
use crate::value::id::Id;
use crate::value::vocab::vocabulary;

vocabulary! {
    /// How the article gives the words.
    pub enum StatementMode {
        /// Word for word, in quotation marks or set off as a block after
        /// "said:"; the text must stand in the body exactly (rule
        /// `quote_not_in_body`).
        DirectQuote = "direct_quote",
        /// In the article's own words (reported speech).
        Paraphrase = "paraphrase",
        /// The speaker's own text, without quotation marks: a press release,
        /// a declaration or a statement the article is or reproduces in the
        /// speaker's voice; checked like a direct quote (`quote_not_in_body`).
        OwnText = "own_text",
    }
}

vocabulary! {
    /// The speaker's own medium: how the speaker put the words out, as the
    /// article says ("said on Twitter", "told reporters", "in an interview
    /// with RBC"). Not how the words reached the article, which is
    /// `reported_by`. New in 2.1.
    pub enum StatementChannel {
        /// A post on a social network or messaging channel ("took to
        /// Twitter", "wrote on X", "posted on Telegram").
        SocialMedia = "social_media",
        /// An interview given to an outlet or a journalist ("in an
        /// interview with RBC", "told the Financial Times").
        Interview = "interview",
        /// A news conference ("told a news conference", "at a joint press
        /// conference"); the conference itself, when the article reports
        /// it, is the statement's `setting`.
        PressConference = "press_conference",
        /// A briefing or remarks to reporters ("told reporters", "at the
        /// ministry's weekly briefing").
        Briefing = "briefing",
        /// A speech or address ("in a speech to parliament", "addressing
        /// the assembly").
        Speech = "speech",
        /// A written statement, release or letter ("said in a statement",
        /// "in a letter to the Secretary-General"); the text itself, when
        /// the article names it, is the statement's `document`.
        WrittenStatement = "written_statement",
        /// Any other medium (a televised appeal, a video message).
        Other = "other",
    }
}

vocabulary! {
    /// What the speaker did with the words, normalised from the article's
    /// reporting verb (keep the verb itself in `reporting_verb`).
    pub enum SpeechAct {
        /// Said, without more colour.
        Said = "said",
        /// Stated formally or declared.
        Stated = "stated",
        /// Remarked in passing.
        Remarked = "remarked",
        /// Noted or observed.
        Noted = "noted",
        /// Emphasized, stressed, underscored or highlighted.
        Emphasized = "emphasized",
        /// Announced something new.
        Announced = "announced",
        /// Confirmed something expected or asked about.
        Confirmed = "confirmed",
        /// Repeated a position taken before.
        Reiterated = "reiterated",
        /// Promised or pledged.
        Promised = "promised",
        /// Proposed or suggested.
        Proposed = "proposed",
        /// Agreed or consented.
        Agreed = "agreed",
        /// Called for, urged or demanded.
        CalledFor = "called_for",
        /// Welcomed or praised.
        Welcomed = "welcomed",
        /// Expressed concern or regret.
        ExpressedConcern = "expressed_concern",
        /// Warned or threatened.
        Warned = "warned",
        /// Criticized or condemned.
        Criticized = "criticized",
        /// Denied or rejected.
        Denied = "denied",
        /// Asked a question.
        Asked = "asked",
        /// Declined or refused to say something: "declined to tell
        /// reporters how Qin responded", "refused to comment", «отказался
        /// комментировать». Not a denial: nothing is said against the
        /// matter. New in 2.1.
        Declined = "declined",
        /// Added, went on to say.
        Added = "added",
        /// Told someone (the addressee).
        Told = "told",
        /// Cited a source, a document or figures.
        Cited = "cited",
        /// Vowed or swore.
        Vowed = "vowed",
        /// Looked forward to something.
        LookedForwardTo = "looked_forward_to",
        /// Blamed someone.
        Blamed = "blamed",
        /// Raised doubts or questioned.
        RaisedDoubts = "raised_doubts",
        /// Offered or stood ready to do something.
        Offered = "offered",
        /// Thanked someone or expressed gratitude. New in 2.1.
        Thanked = "thanked",
        /// Condemned an act or a party. New in 2.1.
        Condemned = "condemned",
        /// Congratulated someone. New in 2.1.
        Congratulated = "congratulated",
        /// Invited someone (to visit, to take part). New in 2.1.
        Invited = "invited",
        /// Called something or someone by a name or a quality, described
        /// it as: "called Turkey a very important strategic partner",
        /// "described the talks as frank", «назвал». The judgement the
        /// words make is an [`Assessment`](crate::Assessment). New in 2.1.
        Described = "described",
        /// Any other act.
        Other = "other",
    }
}

model! {
    /// Something a party or a document said, as the article reports it:
    /// who said it, for whom, to whom, through whom it reached the article,
    /// and the words.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Statement {
        /// The statement's id, unique in the article (`duplicate_id`).
        pub id: Id,
        /// The id of who said it: a person, an organization, a country, a
        /// group, or a document ("the joint statement said") (checked by the
        /// validator: `unknown_reference`, `wrong_reference_kind`).
        pub speaker: Id,
        /// The id of the document the words come from or are part of (the
        /// declaration a sentence belongs to); must name a document.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub document: Option<Id>,
        /// The id of the party the speaker spoke for (a spokeswoman for the
        /// Secretary of State): a person, an organization, a country or a
        /// group.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub on_behalf_of: Option<Id>,
        /// The capacity in which the speaker speaks ("as this year's
        /// chair"): the title of a role that the speaker, or the party it
        /// speaks for, holds (`capacity_not_held`). Must not be blank. New
        /// in 2.1.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub capacity: Option<String>,
        /// The ids of the outlets or people the words reached the article
        /// through ("reported CNN", "TASS quoted"), from the one the article
        /// cites to the one nearest the speaker; people or organizations, none
        /// twice. Not the speaker's own medium ("on Twitter"), which is
        /// `channel` and `platform`.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub reported_by: Vec<Id>,
        /// The speaker's own medium ("said on Twitter": `social_media`;
        /// "told reporters": `briefing`; "in an interview with RBC":
        /// `interview`): how the speaker put the words out, where
        /// `reported_by` is how they reached the article. New in 2.1.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub channel: Option<StatementChannel>,
        /// The id of the outlet, platform or person the speaker spoke on
        /// or to (Twitter for "on Twitter", RBC for "in an interview with
        /// RBC"): a person or an organization (`unknown_reference`,
        /// `wrong_reference_kind`). An outlet that also carried the words
        /// to the article is in `reported_by` too. New in 2.1.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub platform: Option<Id>,
        /// The ids of others who said it together with the speaker, for a joint
        /// statement ("both sides reiterated"): speakers, none twice and not
        /// the speaker (`unknown_reference`, `wrong_reference_kind`,
        /// `duplicate_reference`).
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub co_speakers: Vec<Id>,
        /// The ids of the parties it was said to (warned whom, told whom);
        /// none twice.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub addressees: Vec<Id>,
        /// Direct quote, paraphrase, or the speaker's own text (a press
        /// release or readout the article is or reproduces).
        pub mode: StatementMode,
        /// The words: for a direct quote as in the body, without the quotation
        /// marks (`quote_not_in_body`; runs of white space match any white
        /// space, and editorial insertions in square brackets and ellipses
        /// split the quote into pieces that are each found, in order); for a
        /// paraphrase, the article's wording. Must not be blank.
        #[schemars(regex(pattern = r"\S"))]
        pub text: String,
        /// For a direct quote that the article interrupts ("Unfortunately,"
        /// she said, "we must reschedule."), its pieces in order, each as in
        /// the body; `text` then holds the whole quote, the pieces joined by
        /// spaces (`quote_not_in_body` otherwise). None may be blank.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(inner(regex(pattern = r"\S")))]
        pub pieces: Vec<String>,
        /// For a paraphrase that keeps some of the speaker's own words in
        /// quotation marks ("She called the talks 'frank and useful'"),
        /// those words, each as in the body, without the marks, and inside
        /// the statement's evidence (`quote_not_in_body`,
        /// `quote_outside_evidence`, at the fragment). Not `pieces`, which
        /// cut a direct quote the article interrupts. None may be blank.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(inner(regex(pattern = r"\S")))]
        pub quoted: Vec<String>,
        /// What the speaker did with the words.
        pub speech_act: SpeechAct,
        /// The article's own reporting verb, e.g. "underscoring". Must not be
        /// blank.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub reporting_verb: Option<String>,
        /// The id of the meeting where it was said; must name a meeting
        /// (`unknown_reference`, `wrong_reference_kind`) that took place
        /// (`setting_not_held`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub setting: Option<Id>,
        /// When it was said; not after the article's publication
        /// (`date_after_publication`), within its setting's dates and not
        /// before its document (`outside_setting`); its words agree with
        /// its value (`date_words_disagree`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub date: Option<When>,
        /// The ids of what it is about: entities, documents, meetings,
        /// events, other statements and commitments ("we welcome the G20's
        /// commitment to ..."); no id twice (`duplicate_reference`).
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub about: Vec<Id>,
        /// The numbers it gives.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub quantities: Vec<Quantity>,
        /// Identifiers outside the article (a Wikidata item, URIs) that
        /// name the same statement, so that records of it in several articles
        /// can be joined (see [`Ledger`](crate::Ledger)); no URI twice.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub identifiers: Option<crate::model::entity::Identifiers>,
        /// The id of another statement of the article that reports the same
        /// utterance (paraphrased in the lead, quoted further down): a
        /// statement, not this one (`self_reference`), the link going at
        /// most both ways between two statements (`reference_cycle`), with
        /// the same speaker (`same_as_other_speaker`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub same_as: Option<Id>,
        /// Why the speaker said it, or would not say more, each reason with
        /// its source as a participant's are given ("Hayashi declined to
        /// say how Qin responded, citing diplomatic reasons": the reason
        /// "diplomatic reasons", given by Hayashi); the words must not be
        /// blank, `given_by` names a party and `statement` a statement
        /// (`unknown_reference`, `wrong_reference_kind`). New in 2.1.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub reasons: Vec<crate::model::meeting::StatusReason>,
        /// The words in the body that report it; each must really be there
        /// (`evidence_not_found`, `invalid_position`,
        /// `evidence_position_mismatch`).
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub evidence: Vec<Evidence>,
    }
}

impl Statement {
    /// A statement with its required fields and nothing else.
    pub fn new(
        id: Id,
        speaker: Id,
        mode: StatementMode,
        speech_act: SpeechAct,
        text: impl Into<String>,
    ) -> Self {
        Statement {
            id,
            speaker,
            document: None,
            on_behalf_of: None,
            capacity: None,
            reported_by: Vec::new(),
            channel: None,
            platform: None,
            co_speakers: Vec::new(),
            addressees: Vec::new(),
            mode,
            text: text.into(),
            pieces: Vec::new(),
            quoted: Vec::new(),
            speech_act,
            reporting_verb: None,
            setting: None,
            date: None,
            about: Vec::new(),
            quantities: Vec::new(),
            identifiers: None,
            same_as: None,
            reasons: Vec::new(),
            evidence: Vec::new(),
        }
    }
}

//! Statements: what someone said, as a direct quote or in paraphrase, with
//! the evidence for it in the body.

use schemars::JsonSchema;
use serde::Serialize;

use crate::build::{at, refused_id, resolve, IntoValue, Refusals};
use crate::date::Tense;
use crate::date::When;
use crate::de::model;
use crate::error::ValidationErrors;
use crate::evidence::{evidence_setters, Evidence, Texts, ToLocate};
use crate::handle::{
    AsAuthor, AsParty, AsSpeaker, AsSubject, DocumentHandle, Handle, MeetingHandle,
};
use crate::id::Id;
use crate::quantity::Quantity;
use crate::vocab::vocabulary;

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
        /// The ids of the outlets or people the words reached the article
        /// through ("reported CNN", "TASS quoted"), from the one the article
        /// cites to the one nearest the speaker; people or organizations, none
        /// twice.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::de::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub reported_by: Vec<Id>,
        /// The ids of others who said it together with the speaker, for a joint
        /// statement ("both sides reiterated"): speakers, none twice and not
        /// the speaker (`unknown_reference`, `wrong_reference_kind`,
        /// `duplicate_reference`).
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::de::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub co_speakers: Vec<Id>,
        /// The ids of the parties it was said to (warned whom, told whom);
        /// none twice.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::de::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub addressees: Vec<Id>,
        /// Direct quote or paraphrase.
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
            deserialize_with = "crate::de::null_as_empty"
        )]
        #[schemars(inner(regex(pattern = r"\S")))]
        pub pieces: Vec<String>,
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
            deserialize_with = "crate::de::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub about: Vec<Id>,
        /// The numbers it gives.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::de::null_as_empty"
        )]
        pub quantities: Vec<Quantity>,
        /// Identifiers outside the article (a Wikidata item, URIs) that
        /// name the same statement, so that records of it in several articles
        /// can be joined (see [`Ledger`](crate::Ledger)); no URI twice.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub identifiers: Option<crate::entity::Identifiers>,
        /// The words in the body that report it; each must really be there
        /// (`evidence_not_found`, `invalid_position`,
        /// `evidence_position_mismatch`).
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::de::null_as_empty"
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
            reported_by: Vec::new(),
            co_speakers: Vec::new(),
            addressees: Vec::new(),
            mode,
            text: text.into(),
            pieces: Vec::new(),
            speech_act,
            reporting_verb: None,
            setting: None,
            date: None,
            about: Vec::new(),
            quantities: Vec::new(),
            identifiers: None,
            evidence: Vec::new(),
        }
    }

    /// A builder for a direct quote by `speaker`.
    pub fn direct_quote(
        id: impl IntoValue<Id>,
        speaker: &impl AsSpeaker,
        speech_act: SpeechAct,
        text: &str,
    ) -> StatementBuilder {
        StatementBuilder::new(id, speaker, StatementMode::DirectQuote, speech_act, text)
    }

    /// A builder for a sentence of the speaker's own text, without
    /// quotation marks (a press release, a declaration), checked against the
    /// body like a direct quote.
    pub fn own_text(
        id: impl IntoValue<Id>,
        speaker: &impl AsSpeaker,
        speech_act: SpeechAct,
        text: &str,
    ) -> StatementBuilder {
        StatementBuilder::new(id, speaker, StatementMode::OwnText, speech_act, text)
    }

    /// A builder for a paraphrase of what `speaker` said.
    pub fn paraphrase(
        id: impl IntoValue<Id>,
        speaker: &impl AsSpeaker,
        speech_act: SpeechAct,
        text: &str,
    ) -> StatementBuilder {
        StatementBuilder::new(id, speaker, StatementMode::Paraphrase, speech_act, text)
    }
}

/// Builds a [`Statement`]; start from [`Statement::direct_quote`] or
/// [`Statement::paraphrase`].
///
/// Evidence added with [`evidence`](Self::evidence) is located in the body
/// when the article is built, and gets its position then; if the words are
/// not in the body, building fails with `evidence_not_found`.
///
/// ```
/// use structured_news::{ArticleBuilder, Person, Statement, SpeechAct};
///
/// let body = "“We highly value our strategic partnership,” remarked Lavrov.";
/// let mut article = ArticleBuilder::new("a1", "en", body);
/// let lavrov = article.add_person(Person::builder("sergei-lavrov", "Sergei Lavrov"));
/// article.add_statement(
///     Statement::direct_quote("s1", &lavrov, SpeechAct::Remarked, "We highly value our strategic partnership")
///         .reporting_verb("remarked")
///         .evidence("“We highly value our strategic partnership,” remarked Lavrov"),
/// );
/// let article = article.build()?;
/// let position = article.statements[0].evidence[0].position.unwrap();
/// assert_eq!((position.start, position.end), (0, 60));
/// # Ok::<(), structured_news::ValidationErrors>(())
/// ```
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until it is built or added to an article"]
pub struct StatementBuilder {
    value: Statement,
    refusals: Refusals,
    to_locate: ToLocate,
    /// Whether the date was given as written, to be resolved by the article
    /// builder.
    resolve_date: bool,
}

impl StatementBuilder {
    /// A statement with its required fields.
    pub fn new(
        id: impl IntoValue<Id>,
        speaker: &impl AsSpeaker,
        mode: StatementMode,
        speech_act: SpeechAct,
        text: &str,
    ) -> Self {
        let mut refusals = Refusals::default();
        let id = refusals.set(at("id"), id).unwrap_or_else(refused_id);
        StatementBuilder {
            value: Statement::new(id, speaker.id().clone(), mode, speech_act, text),
            refusals,
            to_locate: ToLocate::default(),
            resolve_date: false,
        }
    }

    /// Sets the document the words come from.
    pub fn document(mut self, document: &DocumentHandle) -> Self {
        self.value.document = Some(document.id().clone());
        self
    }

    /// Sets the party the speaker spoke for.
    pub fn on_behalf_of(mut self, party: &impl AsParty) -> Self {
        self.value.on_behalf_of = Some(party.id().clone());
        self
    }

    /// Adds an outlet or person the words reached the article through, in
    /// order from the one the article cites.
    pub fn reported_by(mut self, outlet: &impl AsAuthor) -> Self {
        self.value.reported_by.push(outlet.id().clone());
        self
    }

    /// Adds a party it was said to.
    pub fn addressee(mut self, party: &impl AsParty) -> Self {
        self.value.addressees.push(party.id().clone());
        self
    }

    /// Adds a piece of a direct quote that the article interrupts.
    pub fn piece(mut self, piece: &str) -> Self {
        self.value.pieces.push(piece.to_owned());
        self
    }

    /// Adds a number it gives.
    pub fn quantity(mut self, quantity: Quantity) -> Self {
        self.value.quantities.push(quantity);
        self
    }

    /// Adds someone who said it together with the speaker (a joint
    /// statement).
    pub fn co_speaker(mut self, speaker: &impl AsSpeaker) -> Self {
        self.value.co_speakers.push(speaker.id().clone());
        self
    }

    /// Sets the article's own reporting verb ("underscoring").
    pub fn reporting_verb(mut self, verb: &str) -> Self {
        self.value.reporting_verb = Some(verb.to_owned());
        self
    }

    /// Sets the meeting where it was said.
    pub fn setting(mut self, meeting: &MeetingHandle) -> Self {
        self.value.setting = Some(meeting.id().clone());
        self
    }

    /// Sets when it was said: text such as `"2023-12-04"`, a date type
    /// ([`EventDate`](crate::EventDate), [`PartialDate`](crate::PartialDate),
    /// chrono's `NaiveDate`) or a [`When`] with the words it came from; a
    /// refused date is reported by `build`.
    pub fn date(mut self, date: impl IntoValue<When>) -> Self {
        self.value.date = self.refusals.set(at("date"), date);
        self
    }

    /// Sets when it was said as the article writes it ("on Monday",
    /// "yesterday"), resolved against the publication date when the article
    /// is built and recorded as inferred.
    pub fn date_as_written(mut self, text: &str) -> Self {
        self.value.date = Some(When::vague(text));
        self.resolve_date = true;
        self
    }

    /// Adds an entity or meeting it is about.
    pub fn about(mut self, subject: &impl AsSubject) -> Self {
        self.value.about.push(subject.id().clone());
        self
    }

    evidence_setters!();

    crate::entity::identifier_setters!();

    /// The id the statement will have.
    pub(crate) fn id(&self) -> &Id {
        &self.value.id
    }

    /// The statement, if every value was accepted and its own rules hold.
    /// Evidence to be located is kept as a quote without position.
    ///
    /// # Errors
    /// Every problem, with paths relative to the statement.
    pub fn build(self) -> Result<Statement, ValidationErrors> {
        self.refusals.finish(self.value)
    }

    /// The statement with its evidence located and its date as written
    /// resolved against `published`, and the refusals, for the article
    /// builder.
    pub(crate) fn into_parts(
        mut self,
        texts: &Texts<'_>,
        published: Option<chrono::NaiveDate>,
    ) -> (Statement, Refusals) {
        self.to_locate.locate(&mut self.value.evidence, texts);
        if self.resolve_date {
            self.value.date = resolve(
                &mut self.refusals,
                self.value.date.take(),
                published,
                Tense::Past,
            );
        }
        (self.value, self.refusals)
    }
}

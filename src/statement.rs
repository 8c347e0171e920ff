//! Statements: what someone said, as a direct quote or in paraphrase, with
//! the evidence for it in the body.

use schemars::JsonSchema;
use serde::Serialize;

use crate::build::{at, refused_id, IntoValue, Refusals};
use crate::date::EventDate;
use crate::de::model;
use crate::error::ValidationErrors;
use crate::evidence::{Evidence, OffsetIndex, ToLocate};
use crate::handle::{AsSpeaker, AsSubject, Handle, MeetingHandle};
use crate::id::Id;
use crate::vocab::vocabulary;

vocabulary! {
    /// How the article gives the words.
    pub enum StatementMode {
        /// Word for word, in quotation marks; the text must stand in the body
        /// exactly (rule `quote_not_in_body`).
        DirectQuote = "direct_quote",
        /// In the article's own words (reported speech).
        Paraphrase = "paraphrase",
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
        /// Any other act.
        Other = "other",
    }
}

model! {
    /// Something a person or organization said, as the article reports it.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Statement {
        /// The statement's id, unique in the article (`duplicate_id`).
        pub id: Id,
        /// The id of the person or organization who said it (checked by the
        /// validator: `unknown_reference`, `wrong_reference_kind`).
        pub speaker: Id,
        /// The ids of others who said it together with the speaker, for a joint
        /// statement ("both sides reiterated"): people or organizations, none
        /// twice and not the speaker (`unknown_reference`,
        /// `wrong_reference_kind`, `duplicate_reference`).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[schemars(extend("uniqueItems" = true))]
        pub co_speakers: Vec<Id>,
        /// Direct quote or paraphrase.
        pub mode: StatementMode,
        /// The words: for a direct quote exactly as in the body, without the
        /// quotation marks (`quote_not_in_body`); for a paraphrase, the
        /// article's wording. Must not be blank.
        #[schemars(regex(pattern = r"\S"))]
        pub text: String,
        /// What the speaker did with the words.
        pub speech_act: SpeechAct,
        /// The article's own reporting verb, e.g. "underscoring". Must not be
        /// blank.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub reporting_verb: Option<String>,
        /// The id of the meeting where it was said; must name a meeting
        /// (`unknown_reference`, `wrong_reference_kind`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub setting: Option<Id>,
        /// When it was said; not after the article's publication
        /// (`date_after_publication`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub date: Option<EventDate>,
        /// The ids of the entities and meetings it is about (no id twice:
        /// `duplicate_reference`).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[schemars(extend("uniqueItems" = true))]
        pub about: Vec<Id>,
        /// The words in the body that report it; each must really be there
        /// (`evidence_not_found`, `invalid_position`,
        /// `evidence_position_mismatch`).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
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
            co_speakers: Vec::new(),
            mode,
            text: text.into(),
            speech_act,
            reporting_verb: None,
            setting: None,
            date: None,
            about: Vec::new(),
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
        }
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

    /// Sets when it was said: text such as `"2023-12-04"` or a date type
    /// ([`EventDate`], [`PartialDate`](crate::PartialDate), chrono's
    /// `NaiveDate`); a refused date is reported by `build`.
    pub fn date(mut self, date: impl IntoValue<EventDate>) -> Self {
        self.value.date = self.refusals.set(at("date"), date);
        self
    }

    /// Adds an entity or meeting it is about.
    pub fn about(mut self, subject: &impl AsSubject) -> Self {
        self.value.about.push(subject.id().clone());
        self
    }

    /// Adds evidence: `exact` words of the body, located (first occurrence)
    /// when the article is built.
    pub fn evidence(mut self, exact: &str) -> Self {
        self.to_locate.push(&mut self.value.evidence, exact);
        self
    }

    /// Adds evidence as given (it is checked, not located).
    pub fn evidence_selector(mut self, evidence: Evidence) -> Self {
        self.value.evidence.push(evidence);
        self
    }

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

    /// The statement with its evidence located in `body`, and the
    /// refusals, for the article builder.
    pub(crate) fn into_parts(mut self, body: &OffsetIndex<'_>) -> (Statement, Refusals) {
        self.to_locate.locate(&mut self.value.evidence, body);
        (self.value, self.refusals)
    }
}

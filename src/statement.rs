//! Statements: what someone said, as a direct quote or in paraphrase, with
//! the evidence for it in the body.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::article::Context;
use crate::codes::{object_serde, string_enum, Id};
use crate::date::EventDate;
use crate::evidence::{check_evidence, quote_problem, Evidence, TextQuoteSelector};
use crate::reference::{
    check_id_list, AsSpeaker, AsSubject, Handle, MeetingHandle, MEETING, SPEAKER, SUBJECT,
};
use crate::validate::{check_alone, finish_build, Checker, ErrorCode, Validate, ValidationErrors};

string_enum! {
    /// How the article gives the words.
    pub enum StatementMode {
        /// Word for word, in quotation marks; the text must stand in the body
        /// exactly (rule `quote_not_in_body`).
        DirectQuote = "direct_quote",
        /// In the article's own words (reported speech).
        Paraphrase = "paraphrase",
    }
}

string_enum! {
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

/// Something a person or organization said, as the article reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
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
        id: &str,
        speaker: &impl AsSpeaker,
        speech_act: SpeechAct,
        text: &str,
    ) -> StatementBuilder {
        StatementBuilder::new(id, speaker, StatementMode::DirectQuote, speech_act, text)
    }

    /// A builder for a paraphrase of what `speaker` said.
    pub fn paraphrase(
        id: &str,
        speaker: &impl AsSpeaker,
        speech_act: SpeechAct,
        text: &str,
    ) -> StatementBuilder {
        StatementBuilder::new(id, speaker, StatementMode::Paraphrase, speech_act, text)
    }

    /// Checks the statement's rules, field by field; references, dates and
    /// evidence only within an article (`cx`).
    pub(crate) fn check(&self, c: &mut Checker, cx: Option<&Context<'_>>) {
        let ids = cx.map(|cx| &cx.ids);
        if let Some(ids) = ids {
            ids.check(c, "speaker", &self.speaker, SPEAKER);
        }
        check_id_list(c, ids, "co_speakers", &self.co_speakers, SPEAKER);
        if let Some(i) = self.co_speakers.iter().position(|s| *s == self.speaker) {
            c.at("co_speakers", |c| {
                c.at_index(i, |c| {
                    c.report(
                        ErrorCode::DuplicateReference,
                        "a co-speaker cannot be the speaker",
                    )
                })
            });
        }
        c.text("text", &self.text);
        let quote_mark = c.mark();
        c.optional_text("reporting_verb", self.reporting_verb.as_deref());
        if let Some(cx) = cx {
            cx.ids
                .check_optional(c, "setting", self.setting.as_ref(), MEETING);
            if let Some(date) = &self.date {
                cx.check_not_after_publication(c, "date", date, "a statement");
            }
        }
        check_id_list(c, ids, "about", &self.about, SUBJECT);
        // Only a direct quote needs the evidence's ranges afterwards.
        let direct = self.mode == StatementMode::DirectQuote;
        let mut found = Vec::with_capacity(if direct { self.evidence.len() } else { 0 });
        let body = cx.map(|cx| &cx.body);
        if !self.evidence.is_empty() {
            c.at("evidence", |c| {
                for (i, e) in self.evidence.iter().enumerate() {
                    if let Some(range) = c.at_index(i, |c| check_evidence(c, e, body)) {
                        if direct {
                            found.push(range);
                        }
                    }
                }
            });
        }
        if let (true, Some(body)) = (direct, body) {
            if let Some(problem) = quote_problem(&self.text, body, &found) {
                // Reported in document order: after `text`, before the rest.
                c.insert_at(quote_mark, "text", ErrorCode::QuoteNotInBody, problem);
            }
        }
    }
}

impl Validate for Statement {
    fn validate(&self) -> Result<(), ValidationErrors> {
        check_alone(|c| self.check(c, None))
    }
}

/// Evidence as given to a builder: either to be located in the body when
/// the article is built, or given in full.
#[derive(Debug, Clone)]
pub(crate) enum EvidenceDraft {
    Locate(TextQuoteSelector),
    Given(Evidence),
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
    id: String,
    speaker: String,
    co_speakers: Vec<String>,
    mode: StatementMode,
    text: String,
    speech_act: SpeechAct,
    reporting_verb: Option<String>,
    setting: Option<String>,
    date: Option<String>,
    about: Vec<String>,
    pub(crate) evidence: Vec<EvidenceDraft>,
}

impl StatementBuilder {
    /// A statement with its required fields.
    pub fn new(
        id: &str,
        speaker: &impl AsSpeaker,
        mode: StatementMode,
        speech_act: SpeechAct,
        text: &str,
    ) -> Self {
        StatementBuilder {
            id: id.to_owned(),
            speaker: speaker.id().to_owned(),
            co_speakers: Vec::new(),
            mode,
            text: text.to_owned(),
            speech_act,
            reporting_verb: None,
            setting: None,
            date: None,
            about: Vec::new(),
            evidence: Vec::new(),
        }
    }

    /// Adds someone who said it together with the speaker (a joint
    /// statement).
    pub fn co_speaker(mut self, speaker: &impl AsSpeaker) -> Self {
        self.co_speakers.push(speaker.id().to_owned());
        self
    }

    /// Sets the article's own reporting verb ("underscoring").
    pub fn reporting_verb(mut self, verb: &str) -> Self {
        self.reporting_verb = Some(verb.to_owned());
        self
    }

    /// Sets the meeting where it was said.
    pub fn setting(mut self, meeting: &MeetingHandle) -> Self {
        self.setting = Some(meeting.id().to_owned());
        self
    }

    /// Sets when it was said: text such as `"2023-12-04"` or a date type
    /// ([`EventDate`], [`PartialDate`](crate::PartialDate), chrono's
    /// `NaiveDate`); checked by `build`.
    pub fn date(mut self, date: impl std::fmt::Display) -> Self {
        self.date = Some(date.to_string());
        self
    }

    /// Adds an entity or meeting it is about.
    pub fn about(mut self, subject: &impl AsSubject) -> Self {
        self.about.push(subject.id().to_owned());
        self
    }

    /// Adds evidence: `exact` words of the body, located (first occurrence)
    /// when the article is built.
    pub fn evidence(mut self, exact: &str) -> Self {
        self.evidence
            .push(EvidenceDraft::Locate(TextQuoteSelector::new(exact)));
        self
    }

    /// Adds evidence as given (it is checked, not located).
    pub fn evidence_selector(mut self, evidence: Evidence) -> Self {
        self.evidence.push(EvidenceDraft::Given(evidence));
        self
    }

    pub(crate) fn raw_id(&self) -> &str {
        &self.id
    }

    /// Checks the values and runs the statement's own rules. Evidence to be
    /// located is kept as a quote without position.
    ///
    /// # Errors
    /// Every problem, with paths relative to the statement.
    pub fn build(self) -> Result<Statement, ValidationErrors> {
        finish_build(
            |c| {
                let id = c.parse("id", &self.id);
                let speaker = c.parse("speaker", &self.speaker);
                let co_speakers = c.parse_list("co_speakers", &self.co_speakers);
                let setting = c.parse_optional("setting", self.setting.as_deref());
                let date = c.parse_optional("date", self.date.as_deref());
                let about = c.parse_list("about", &self.about);
                Some(Statement {
                    id: id?,
                    speaker: speaker?,
                    co_speakers,
                    mode: self.mode,
                    text: self.text,
                    speech_act: self.speech_act,
                    reporting_verb: self.reporting_verb,
                    setting,
                    date,
                    about,
                    evidence: self
                        .evidence
                        .into_iter()
                        .map(EvidenceDraft::into_unlocated)
                        .collect(),
                })
            },
            |statement, c| statement.check(c, None),
        )
    }
}

impl EvidenceDraft {
    /// The evidence without locating it.
    pub(crate) fn into_unlocated(self) -> Evidence {
        match self {
            EvidenceDraft::Locate(quote) => Evidence {
                quote,
                position: None,
            },
            EvidenceDraft::Given(e) => e,
        }
    }
}

object_serde!(Statement);

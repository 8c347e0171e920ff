//! [`StatementBuilder`]: building a [`Statement`] the way it reads.

use crate::build::evidence::{evidence_setters, Texts, ToLocate};
use crate::build::handle::{
    AsAuthor, AsParty, AsSpeaker, AsSubject, DocumentHandle, Handle, MeetingHandle, StatementHandle,
};
use crate::build::{at, refused_id, resolve, IntoValue, Refusals};
use crate::error::ValidationErrors;
use crate::model::meeting::StatusReason;
use crate::model::quantity::Quantity;
use crate::model::statement::{SpeechAct, Statement, StatementChannel, StatementMode};
use crate::value::date::Tense;
use crate::value::date::When;
use crate::value::id::Id;

impl Statement {
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

    /// Sets the capacity in which the speaker speaks ("speaking as chair":
    /// `"chair"`), the title or part of the title of a role the speaker or
    /// the party spoken for holds.
    pub fn capacity(mut self, capacity: &str) -> Self {
        self.value.capacity = Some(capacity.to_owned());
        self
    }

    /// Adds an outlet or person the words reached the article through, in
    /// order from the one the article cites.
    pub fn reported_by(mut self, outlet: &impl AsAuthor) -> Self {
        self.value.reported_by.push(outlet.id().clone());
        self
    }

    /// Sets the speaker's own medium ("said on Twitter":
    /// [`StatementChannel::SocialMedia`]), apart from the outlets the words
    /// reached the article through ([`reported_by`](Self::reported_by)).
    ///
    /// ```
    /// use structured_news::{
    ///     ArticleBuilder, Organization, OrganizationKind, Person, SpeechAct, Statement,
    ///     StatementChannel,
    /// };
    ///
    /// let mut article = ArticleBuilder::new(
    ///     "a1",
    ///     "en",
    ///     "Jaishankar took to Twitter and said, \"Just concluded meeting.\"",
    /// );
    /// let jaishankar = article.add_person(Person::builder("jaishankar", "S Jaishankar"));
    /// let twitter = article.add_organization(
    ///     Organization::builder("twitter", "Twitter", OrganizationKind::Company),
    /// );
    /// article.add_statement(
    ///     Statement::direct_quote("s1", &jaishankar, SpeechAct::Said, "Just concluded meeting.")
    ///         .channel(StatementChannel::SocialMedia)
    ///         .platform(&twitter),
    /// );
    /// let article = article.build()?;
    /// assert_eq!(article.statements[0].channel, Some(StatementChannel::SocialMedia));
    /// assert!(article.statements[0].reported_by.is_empty());
    /// # Ok::<(), structured_news::ValidationErrors>(())
    /// ```
    pub fn channel(mut self, channel: StatementChannel) -> Self {
        self.value.channel = Some(channel);
        self
    }

    /// Sets the outlet, platform or person the speaker spoke on or to
    /// (Twitter, RBC for "in an interview with RBC").
    pub fn platform(mut self, platform: &impl AsAuthor) -> Self {
        self.value.platform = Some(platform.id().clone());
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

    /// Adds words of the speaker's own that a paraphrase keeps in
    /// quotation marks ("frank and useful"), as in the body, without the
    /// marks.
    pub fn quoted(mut self, words: &str) -> Self {
        self.value.quoted.push(words.to_owned());
        self
    }

    /// Records that `other` reports the same utterance (paraphrased in the
    /// lead, quoted further down).
    pub fn same_utterance_as(mut self, other: &StatementHandle) -> Self {
        self.value.same_as = Some(other.id().clone());
        self
    }

    /// Adds why the speaker said it or would not say more, with its source
    /// if the article gives one. New in 2.1.
    ///
    /// ```
    /// use structured_news::{ArticleBuilder, Person, SpeechAct, Statement, StatusReason};
    ///
    /// let mut article = ArticleBuilder::new(
    ///     "a1",
    ///     "en",
    ///     "Hayashi declined to say how Qin responded, citing diplomatic reasons.",
    /// );
    /// let hayashi = article.add_person(Person::builder("hayashi", "Yoshimasa Hayashi"));
    /// article.add_statement(
    ///     Statement::paraphrase("s1", &hayashi, SpeechAct::Declined, "declined to say how Qin responded")
    ///         .reason(StatusReason::new("diplomatic reasons").given_by(&hayashi)),
    /// );
    /// let article = article.build()?;
    /// assert_eq!(article.statements[0].reasons[0].text, "diplomatic reasons");
    /// # Ok::<(), structured_news::ValidationErrors>(())
    /// ```
    pub fn reason(mut self, reason: StatusReason) -> Self {
        self.value.reasons.push(reason);
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
    /// "yesterday", «вчера»), resolved against the publication date in the
    /// article's language when the article is built
    /// ([`resolve_relative_in`](crate::resolve_relative_in)) and recorded as
    /// inferred.
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

    crate::build::entity::identifier_setters!();

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

    /// The statement with its evidence located and its date as written (in
    /// the article's `language`) resolved against `published`, and the
    /// refusals, for the article builder.
    pub(crate) fn into_parts(
        mut self,
        texts: &Texts<'_>,
        published: Option<chrono::NaiveDate>,
        language: &str,
    ) -> (Statement, Refusals) {
        self.to_locate.locate(&mut self.value.evidence, texts);
        if self.resolve_date {
            self.value.date = resolve(
                &mut self.refusals,
                self.value.date.take(),
                published,
                language,
                Tense::Past,
            );
        }
        (self.value, self.refusals)
    }
}

//! The stable codes of every problem the crate reports.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::from_text::UnknownErrorCode;

/// Declares [`ErrorCode`] with its string forms and documentation table.
macro_rules! error_codes {
    ($( $(#[doc = $doc:literal])* $variant:ident = $text:literal, $stage:ident, $severity:ident; )*) => {
        /// The stable, machine-readable code of every problem the crate
        /// reports, whether found while reading JSON or by validation.
        ///
        /// The string form ([`as_str`](Self::as_str), `Display`, serde) is
        /// `snake_case` and will not change within a major version. New
        /// codes may be added, so match with a wildcard arm.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum ErrorCode {
            $( $(#[doc = $doc])* $variant, )*
        }

        impl ErrorCode {
            /// Every code, in the order of the rule table.
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant),*];

            /// The `snake_case` string form, e.g. `"unknown_reference"`.
            pub fn as_str(self) -> &'static str {
                match self { $(ErrorCode::$variant => $text,)* }
            }

            /// Where the problem is found: while reading the input
            /// ([`Stage::Read`]), by [`Validate`](super::Validate)
            /// ([`Stage::Validate`]) or by a [`Ledger`](crate::Ledger)
            /// across articles ([`Stage::Ledger`]).
            pub fn stage(self) -> Stage {
                match self { $(ErrorCode::$variant => Stage::$stage,)* }
            }

            /// How serious the problem is unless [`Lints`](super::Lints)
            /// say otherwise: an [`Error`](Severity::Error) when the
            /// document contradicts itself or its body, a
            /// [`Warning`](Severity::Warning) when it is very probably
            /// wrong. Every read-stage code is an error.
            pub fn default_severity(self) -> Severity {
                match self { $(ErrorCode::$variant => Severity::$severity,)* }
            }

            /// What the problem means, in one or a few sentences: the
            /// documentation of the code, as in the rule table, e.g. `"A
            /// required field is absent."` for
            /// [`MissingField`](Self::MissingField).
            pub fn description(self) -> &'static str {
                match self { $(ErrorCode::$variant => concat!($($doc),*).trim_ascii(),)* }
            }
        }

        impl FromStr for ErrorCode {
            type Err = UnknownErrorCode;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok(ErrorCode::$variant),)*
                    _ => super::from_text::code_from_text(s),
                }
            }
        }
    };
}

error_codes! {
    /// The input could not be read (an I/O error).
    Io = "io", Read, Error;
    /// The input is larger than the size limit the caller set.
    TooLarge = "too_large", Read, Error;
    /// The input is not well-formed JSON: a stray or trailing character or
    /// comma, invalid UTF-8, a byte-order mark, `NaN` or `Infinity`, a
    /// comment, a string in single quotes.
    Syntax = "syntax", Read, Error;
    /// The input ends before the JSON value does: it is empty, only white
    /// space, or cut short.
    UnexpectedEnd = "unexpected_end", Read, Error;
    /// A value has the wrong JSON type: a number where a string belongs,
    /// `null` for a required field, one value where a list belongs, ...
    WrongType = "wrong_type", Read, Error;
    /// A required field is absent.
    MissingField = "missing_field", Read, Error;
    /// An object has a field that the format does not define.
    UnknownField = "unknown_field", Read, Error;
    /// An object has the same field twice.
    DuplicateField = "duplicate_field", Read, Error;
    /// A value its type refuses for a reason no other code names: a
    /// negative evidence position, or (found by validation) a meeting's
    /// `sequence.number` of 0.
    InvalidValue = "invalid_value", Read, Error;
    /// `format_version` is not a version this crate reads (this version
    /// reads `"2.0"` and `"2.1"`).
    UnsupportedFormatVersion = "unsupported_format_version", Read, Error;
    /// An id is empty, longer than 128 characters or has a character
    /// outside `A-Z a-z 0-9 . _ : -`.
    InvalidId = "invalid_id", Read, Error;
    /// A country is not an officially assigned ISO 3166-1 alpha-2 code in
    /// upper case.
    InvalidCountryCode = "invalid_country_code", Read, Error;
    /// A language is not a well-formed BCP 47 tag (`en-US`, not `en_US`,
    /// an empty tag or a language's name).
    InvalidLanguageTag = "invalid_language_tag", Read, Error;
    /// A URL has no scheme, nothing after its scheme, or a character that
    /// must be percent-encoded (a space, a `%` not followed by two hex
    /// digits).
    InvalidUrl = "invalid_url", Read, Error;
    /// A Wikidata id is not `Q` followed by a number without leading zeros.
    InvalidWikidataId = "invalid_wikidata_id", Read, Error;
    /// A date is malformed (not `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or another
    /// EDTF form the crate accepts), impossible (`2023-02-30`, month 13 or
    /// 25), an interval with no date at either end (`../..`) or where one
    /// date belongs (`status_as_of`), or a publication date with a
    /// qualifier, a season, quarter or half, or an interval.
    InvalidDate = "invalid_date", Read, Error;
    /// A date interval `A/B` ends before it starts.
    ReversedInterval = "reversed_interval", Read, Error;
    /// A timestamp is not an RFC 3339 date-time with an offset, such as
    /// `2023-12-04T10:30:00+01:00`.
    InvalidTimestamp = "invalid_timestamp", Read, Error;
    /// A time of day is not `HH:MM` or `HH:MM:SS` with an optional offset.
    InvalidTime = "invalid_time", Read, Error;
    /// A duration is not an ISO 8601 duration of whole numbers: `P`, then
    /// years, months, weeks and days (`Y`, `M`, `W`, `D`, in that order),
    /// then `T` and hours, minutes and seconds (`H`, `M`, `S`), at least
    /// one of them (`P3Y`, `P2D`, `PT6H`).
    InvalidDuration = "invalid_duration", Read, Error;
    /// A currency is not an active ISO 4217 code in upper case.
    InvalidCurrencyCode = "invalid_currency_code", Read, Error;
    /// A value is not one of its vocabulary's values (a meeting kind, a
    /// status, ...). Reading keeps it; validation reports it with every
    /// other problem.
    UnknownVariant = "unknown_variant", Validate, Error;
    /// Two things in the article have the same id.
    DuplicateId = "duplicate_id", Validate, Error;
    /// A reference names an id that nothing in the article has.
    UnknownReference = "unknown_reference", Validate, Error;
    /// A reference points at the wrong kind of thing (a speaker that is a
    /// place, a setting that is not a meeting, a party that is a city, ...).
    WrongReferenceKind = "wrong_reference_kind", Validate, Error;
    /// The same id appears twice in one list of references (one participant
    /// twice in a meeting or an update, one URI twice in `same_as`), or a
    /// statement's co-speaker is its speaker.
    DuplicateReference = "duplicate_reference", Validate, Error;
    /// A chain of `part_of` (meetings), `parent` (organizations) or
    /// `within` (places) comes back to where it started, even in one step;
    /// or a chain of commitments' `part_of`, `builds_on` or `replaces`
    /// comes back through other commitments; or statements' `same_as` come
    /// back through more than two statements (two that name each other
    /// are one utterance reported twice).
    ReferenceCycle = "reference_cycle", Validate, Error;
    /// A part names itself where it must name another: a meeting coincides
    /// with or follows itself, a participant stands in for themselves, a
    /// group is its own member, a commitment is part of, builds on,
    /// replaces, is traded for (`in_exchange_for`) or has an aim that
    /// serves itself, an update's target is in its own article, a
    /// statement is `same_as` itself, a role's predecessor or successor is
    /// its holder, a date is given relative to the part it dates, or an
    /// event is caused by or responds to itself.
    SelfReference = "self_reference", Validate, Error;
    /// A name or text is empty or only white space.
    BlankText = "blank_text", Validate, Error;
    /// A commitment binds no party, and names no document that provides
    /// for it (`provided_by`).
    NoBoundParty = "no_bound_party", Validate, Error;
    /// A person or group has neither a name nor a description.
    NoName = "no_name", Validate, Error;
    /// A commitment or request has no status observation (its status
    /// history is empty).
    NoStatus = "no_status", Validate, Error;
    /// A date has neither a value nor the words it was written in.
    EmptyDate = "empty_date", Validate, Error;
    /// A quantity has neither a currency nor a unit (a factor, "double",
    /// needs neither).
    NoUnit = "no_unit", Validate, Error;
    /// A quantity has neither an amount, a factor ("double") nor the words
    /// it was written in ("dozens of delegates"), or a duration has neither a value, a unit
    /// nor its words.
    EmptyQuantity = "empty_quantity", Validate, Error;
    /// A quantity's range is not a range: its lower bound (`amount`) is
    /// above its upper bound (`amount_max`), or it has an upper bound
    /// without a lower one ("up to 40" is an amount with the qualifier
    /// `at_most`).
    InvalidRange = "invalid_range", Validate, Error;
    /// A quantity's equivalent is in the quantity's own currency, or is
    /// given for a count (a quantity without a currency).
    EquivalentConflict = "equivalent_conflict", Validate, Error;
    /// A role ends before it starts.
    EndBeforeStart = "end_before_start", Validate, Error;
    /// A party is both bound by a commitment and its counterparty (for a
    /// promise the parties make to each other, list them as bound and set
    /// `mutual`), or both a partner the bound parties act with
    /// (`partners`) and bound or a counterparty; or a request asks only
    /// its own requesters (a party that asks itself to act makes a
    /// commitment; "both sides should" lists the other side too); or a
    /// party both at odds over an issue and aligned on it (`divided` and
    /// `aligned`, at `aligned/i`).
    PartyConflict = "party_conflict", Validate, Error;
    /// A held meeting, an event that took place or is going on, a
    /// statement, a document adopted, signed, ratified, in force,
    /// suspended or terminated, or a status observation is dated after the
    /// article was published (a day is allowed for time zones); or the
    /// story's first publication (`provenance.original_published`) is
    /// after the article's own; or a role marked `former` ends after it,
    /// or a relation is `established` after it.
    DateAfterPublication = "date_after_publication", Validate, Error;
    /// The publication date is marked inferred (`published_inferred`), but
    /// the article has no publication date.
    InferredWithoutDate = "inferred_without_date", Validate, Error;
    /// A provenance says the text was translated from the language it is
    /// written in (`translated_from` with the article's own primary
    /// language subtag).
    TranslatedFromOwnLanguage = "translated_from_own_language", Validate, Error;
    /// A provenance with nothing in it: no language translated from, no
    /// translator, no original publisher, address or date, no evidence.
    EmptyProvenance = "empty_provenance", Validate, Error;
    /// A commitment falls due, or a request's deadline falls, before it was
    /// made: before the earliest date of its statements and of the meeting
    /// it was made at.
    DueBeforeMade = "due_before_made", Validate, Error;
    /// Evidence without a position quotes words (with their prefix and
    /// suffix) that are not in the body, or in the headline when it points
    /// there; or it points into the headline of an article that has none.
    EvidenceNotFound = "evidence_not_found", Validate, Error;
    /// An evidence position ends before it starts or beyond the end of the
    /// text it points into.
    InvalidPosition = "invalid_position", Validate, Error;
    /// An evidence position selects other words than the quote's `exact`,
    /// or the quote's prefix or suffix does not surround it there.
    EvidencePositionMismatch = "evidence_position_mismatch", Validate, Error;
    /// A direct quote's text does not stand word for word in the body, or a
    /// quote given in pieces is not its pieces joined by spaces; or an
    /// assessment's judging words, or the words a paraphrase quotes
    /// (`quoted`, at the fragment), are not in the body as written.
    QuoteNotInBody = "quote_not_in_body", Validate, Error;
    /// A paraphrase has `pieces`: they are the parts of a direct quote the
    /// article interrupts, and nothing checks a paraphrase's pieces
    /// against the body. Either the statement is a direct quote, or its
    /// pieces do not belong.
    PiecesOfParaphrase = "pieces_of_paraphrase", Validate, Error;
    /// A direct quote (or an assessment, or a paraphrase that quotes
    /// words) has evidence, but none of it holds the quote's (the judging,
    /// the quoted) words.
    QuoteOutsideEvidence = "quote_outside_evidence", Validate, Error;
    /// A date's words name a weekday, a month, a day of a month or a year
    /// that its value does not fall on ("on Monday" for a Tuesday, "on 4
    /// December" for the 5th, «в ноябре» for December), or say
    /// "yesterday", "today" or "tomorrow" of another day than the
    /// publication's. Read with the lexicon of the article's language
    /// (English for a language without one).
    DateWordsDisagree = "date_words_disagree", Validate, Error;
    /// A commitment's or request's status is observed before it was made
    /// (the date of its earliest statement, or of the meeting it was made at).
    ObservedBeforeMade = "observed_before_made", Validate, Error;
    /// A statement is dated outside the dates of the meeting it was made
    /// at, or before the document it was made in; a document is dated
    /// outside the meeting that adopted it.
    OutsideSetting = "outside_setting", Validate, Error;
    /// A meeting is dated outside the larger meeting it is part of (or on
    /// the sidelines of), or apart from the meeting it coincides with.
    OutsideLargerMeeting = "outside_larger_meeting", Validate, Error;
    /// A commitment to attend, host, hold, visit, meet or negotiate falls
    /// due before the meeting or event it concerns.
    DueBeforeOccasion = "due_before_occasion", Validate, Error;
    /// A commitment to take part in a meeting or event (attend, host,
    /// hold, visit, meet, negotiate) falls due more than 92 days after the
    /// occasion it concerns ends: the due date of another promise, or a
    /// year mistyped. Silent when either date is open at the end compared.
    DueAfterOccasion = "due_after_occasion", Validate, Warning;
    /// A meeting still scheduled, announced, proposed or rescheduled, or an
    /// event still expected or possible, is dated before the article was
    /// published (a day is allowed for time zones).
    PlannedInPast = "planned_in_past", Validate, Warning;
    /// A statement was made at, a commitment made at, or a document adopted
    /// at a meeting that has not taken place (cancelled, postponed, or
    /// still planned).
    SettingNotHeld = "setting_not_held", Validate, Error;
    /// A held or ongoing meeting is part of a cancelled or postponed one.
    PartOfCancelled = "part_of_cancelled", Validate, Error;
    /// A commitment is observed fulfilled, partially fulfilled, broken or
    /// withdrawn, or a request met, partly met, refused or withdrawn, with
    /// neither evidence nor a statement behind the observation.
    UnsupportedOutcome = "unsupported_outcome", Validate, Error;
    /// A commitment to take part in a meeting or event (attend, host, hold,
    /// visit, meet, negotiate) is observed fulfilled or partially fulfilled
    /// while the occasion it concerns has not taken place: a meeting
    /// cancelled, postponed or still planned, an event expected, possible
    /// or called off. A promise to attend is not kept before the meeting.
    KeptBeforeOccasion = "kept_before_occasion", Validate, Error;
    /// A rescheduled meeting has no new date, or its new date is the one it
    /// was moved from.
    NoNewDate = "no_new_date", Validate, Error;
    /// A meeting's status is not the last status of its history.
    StatusDisagrees = "status_disagrees", Validate, Error;
    /// A status history goes back in time: an observation dated before the
    /// one listed before it.
    HistoryOutOfOrder = "history_out_of_order", Validate, Error;
    /// A direct quote's words do not stand inside quotation marks in the
    /// body, nor as a block after a colon ("said:"): in the paragraph after
    /// one that ends with a colon, or after a colon in their own paragraph
    /// with no quotation mark since, so a later sentence of a block quote
    /// may be a statement of its own. Blind to a block quote's later
    /// paragraphs, which cannot be told from narration.
    QuoteWithoutMarks = "quote_without_marks", Validate, Error;
    /// Evidence of a claim has no word but function words and reporting
    /// verbs ("the", "said"): it grounds nothing.
    WeakEvidence = "weak_evidence", Validate, Warning;
    /// Evidence of a claim without a position occurs more than once (with
    /// its prefix and suffix), and nothing says which occurrence is meant.
    AmbiguousEvidence = "ambiguous_evidence", Validate, Warning;
    /// A bilateral meeting has participants from more than two countries
    /// (a party marked `not_attending` is none).
    TooManySides = "too_many_sides", Validate, Error;
    /// None of a commitment's bound parties made it or is represented by
    /// whoever made it: the speakers and co-speakers of its statements,
    /// those they speak for and the issuers and signatories of their
    /// documents, with their countries, organizations and groups' members;
    /// a group whose `organization` one of them speaks for ("the 27 EU
    /// countries", bound by the EU's chief). Not reported when the affiliation of one of them is unknown. A
    /// statement that reports the commitment is left out, as it binds no
    /// one: one about the commitment or a bound party (`about`), none of
    /// whose makers is or speaks for a bound party, and whose act does not
    /// bind the speaker (not promised, vowed, agreed or offered):
    /// "officials said the Secretary will visit".
    UnrepresentedParty = "unrepresented_party", Validate, Warning;
    /// A place lies within a place of another country: the first place up
    /// its `within` chain that has a country code has another than its own.
    PlaceOutsideCountry = "place_outside_country", Validate, Error;
    /// An organization of one country is placed under a state body
    /// (government, ministry, agency, head of state's office, legislature,
    /// court, armed force, diplomatic mission) of another: one of the two
    /// countries, or the parent, is wrong. Silent under a company, party
    /// or international organization, whose branches abroad are of other
    /// countries.
    ParentOfAnotherCountry = "parent_of_another_country", Validate, Warning;
    /// An entity's alias is the name, the description or an alias of
    /// another entity of the article (without regard to case): the words
    /// of one were given to the other, or two entities are one.
    AliasOfAnother = "alias_of_another", Validate, Warning;
    /// A person holds a role in an organization of another country than
    /// their own.
    ForeignRole = "foreign_role", Validate, Warning;
    /// The same statement (speaker, words, setting and date), commitment
    /// (kind, bound parties, action and due date) or meeting (kind, date
    /// and time, place, participants and name; only one with a date and
    /// participants) is recorded twice under different ids; two
    /// statements one of which is `same_as` the other are reported twice
    /// on purpose, not duplicates.
    DuplicateItem = "duplicate_item", Validate, Warning;
    /// A commitment is recorded as a pledge while its evidence, or the
    /// sentence it stands in, holds a word of another modality ("aim",
    /// "hope", "would like", "plans to", «надеемся») and no word of a
    /// pledge ("will", "pledged", «будем») nor of duty ("must", «должны»,
    /// as firm as a pledge). Read with the lexicon of the article's
    /// language; blind to hedges the lexicon lacks and to a pledge in
    /// another sentence.
    HedgedPledge = "hedged_pledge", Validate, Warning;
    /// A statement's speech act is one of assent (agreed, confirmed,
    /// promised, vowed, welcomed, offered) while every reporting verb in
    /// its evidence reports dissent (denied, rejected, criticized, blamed,
    /// expressed concern, questioned), or the reverse (a verb of assent
    /// negated right before it, "did not confirm", «не подтверждали»,
    /// reports dissent); or a statement recorded as denied whose evidence
    /// promises ("will", «будем», with no negation right after it: "will
    /// not" is a refusal) and holds no verb of dissent. Blind to verbs the
    /// lexicon lacks and to neutral verbs ("said"), also when the words
    /// they report are negated.
    ActAgainstVerb = "act_against_verb", Validate, Warning;
    /// A meeting or status change recorded cancelled, postponed or held
    /// whose evidence, or the sentences it stands in, hold a word of a
    /// status that contradicts it ("postponed" for a cancelled meeting,
    /// "called off" for a postponed or held one) and none of its own.
    /// Blind to status words the lexicon lacks.
    StatusAgainstWords = "status_against_words", Validate, Warning;
    /// A meeting or status change recorded held whose evidence plans it
    /// ("will", "plans to", "scheduled for", "will be held", «планирует»,
    /// «состоится») while neither the evidence nor the sentences it stands
    /// in hold a word of a meeting held ("held" outside "will be held",
    /// "took place", «состоялись»): the words of the plan taken for the
    /// meeting. Blind to a plan told without such a word ("is to visit",
    /// «посетит») and to words of a plan only in the sentence around.
    HeldAgainstPlan = "held_against_plan", Validate, Warning;
    /// A held meeting recorded with certainty "possible" or "likely" whose
    /// evidence reports it held ("held talks", "took place", «провели
    /// переговоры») with no word of a plan, modality or hedge ("will",
    /// "reportedly", «якобы»). Blind to a hedge the lexicon lacks, which
    /// makes it speak where the article does doubt.
    CertaintyAgainstWords = "certainty_against_words", Validate, Warning;
    /// An event recorded as occurred whose evidence says it may happen
    /// ("could destabilize the region", "may be delayed", «может
    /// сорваться») with no hedge of a report ("could have", "reportedly").
    /// Reads the evidence alone; "may" alone counts in lower case only
    /// ("in May" is a month).
    OccurredAgainstWords = "occurred_against_words", Validate, Warning;
    /// A commitment observed fulfilled or partially fulfilled on evidence
    /// that is all the commitment's own and plans what was promised ("will
    /// visit", "plans to", "will be held", «планирует», «состоится»), with
    /// no word of a meeting held ("held", "took place", «состоялись»): the
    /// promise's own words taken for its outcome. Blind to other words of
    /// the promise, and to an observation with a statement and no evidence.
    FulfilledAgainstPlan = "fulfilled_against_plan", Validate, Warning;
    /// A statement by a person whom its evidence never names as speaking
    /// (by name, alias or role title) names another person of the article
    /// as the one speaking: by name or alias, or by a role title none of
    /// the speaker's titles holds ("the foreign minister said" for a
    /// statement given to the president); right before a reporting verb
    /// ("Meredov said"), or up to three lower-case words before a verb of
    /// plain speech with no conjunction between («Путин на форуме
    /// заявил», "Lord Ahmad has today announced"), right after it at the
    /// end of a clause ("remarked Meredov"), in the clause after it when the verb follows a quote, a
    /// comma or a dash ("…, said the spokesman Dmitry Peskov on Sunday",
    /// «— ответил представитель Кремля»), after a phrase of attribution
    /// ("according to Lavrov", «по словам Лаврова»), or after a back
    /// reference that opens the sentence («Об этом заявил замминистра
    /// Сергей Рябков», "This was stated by …"). The party
    /// spoken for (`on_behalf_of`) is not another person; the evidence of
    /// the speaker's own text (`own_text`, a readout or a press release)
    /// is the words and not who gave them, and is not read. Blind to
    /// pronouns, to a name in a quote inside the evidence, to a name more
    /// than six words after the verb, and to the speaker of own text.
    SpeakerAgainstWords = "speaker_against_words", Validate, Warning;
    /// A direct quote by a person whose evidence lies inside quotation
    /// marks that its sentence gives to another person of the article ("“…,”
    /// said Meredov" recorded as Lavrov's): the sentence names that person
    /// outside the marks, and neither the speaker nor a co-speaker. Blind
    /// to straight quotation marks, to a speaker named by a pronoun or a
    /// title, and to a quotation that closes in a later sentence.
    InsideAnotherQuote = "inside_another_quote", Validate, Warning;
    /// An article source (`sources`) whose evidence never names it (by
    /// name, alias, a group's description or a document's title) while
    /// it names another person, organization or document of the article
    /// ("according to the Russian Foreign Ministry" for a source that is
    /// another ministry); a name or alias also counts in another case, by
    /// the endings of the language's names («на сайте постпредства» for
    /// «постпредство»), and a person by one of their role titles ("An FCO
    /// spokesperson said:"). Blind to a source named only by a pronoun,
    /// and to another party named in words its aliases lack.
    SourceAgainstWords = "source_against_words", Validate, Warning;
    /// A statement spoken on behalf of (`on_behalf_of`) a party of the
    /// other side: one that a commitment it grounds (one listing it in
    /// `statements`) has among its counterparties and not among its bound
    /// parties; or, at its meeting (`setting`), where the speaker takes
    /// part, a participant (or the country of one) of another country than
    /// the speaker's. Blind to parties without a country (a group, a
    /// mediator), and to a statement with neither.
    OnBehalfOfOtherSide = "on_behalf_of_other_side", Validate, Warning;
    /// A quantity's currency is none of the currencies its own words (its
    /// `text` and evidence) name by word, symbol or ISO code ("£" for a
    /// quantity in EUR). Silent when they name none.
    CurrencyAgainstWords = "currency_against_words", Validate, Error;
    /// A quantity's amount (or either bound of a range, each alone) is a
    /// thousand times or more away from every amount its own words (its
    /// `text` and evidence) write, figures and number words times their
    /// scale ("3 billion" recorded as 3000000). Silent when they write
    /// none.
    AmountAgainstWords = "amount_against_words", Validate, Error;
    /// A person's country is none of the countries their own role titles
    /// or description name by a word of nationality ("the Turkmen foreign
    /// minister", "Minister of Foreign Affairs of Iran", «российский
    /// посол») for a person of another country. Read with the lexicon of
    /// the article's language; a country named after "to" or «в» ("the
    /// Turkmen Ambassador to Russia") is the one the role is held toward,
    /// and is not read.
    CountryAgainstTitle = "country_against_title", Validate, Warning;
    /// A place's Wikidata item is, in the crate's table of the countries'
    /// items (`country_items.json`), another country's than the place's
    /// own country code (Q159, Russia, for a place of TM).
    CountryItemMismatch = "country_item_mismatch", Validate, Error;
    /// Two different entities of the article have the same Wikidata item:
    /// one of them has another's.
    DuplicateWikidata = "duplicate_wikidata", Validate, Error;
    /// A meeting's place is never named in its evidence (by name or
    /// alias), which names another country, region, city, district or
    /// venue of the article, one that neither lies within the meeting's
    /// place nor holds it ("talks in Ashgabat" for a meeting placed in
    /// Moscow). A warning: the other place may be a topic ("talks on
    /// Syria"). A place that a role title or description of a person the
    /// evidence names holds, or the name of an organization it names, is
    /// part of who they are ("Prime Minister Zeidan of Libya", titled
    /// "Prime Minister of Libya"), and is not read. Blind to places named
    /// only in the sentence around the evidence, and to inflected names the
    /// place's aliases lack («в Ашхабаде»).
    PlaceAgainstWords = "place_against_words", Validate, Warning;
    /// A meeting lists a participant as attending (confirmed, expected, or
    /// with no attendance given) while another participant takes part in
    /// their place (`in_place_of`): whoever is replaced is not there. Mark
    /// them declined or unable (could not come), or leave them out.
    ReplacedAttends = "replaced_attends", Validate, Warning;
    /// A commitment builds on or replaces another commitment whose dates
    /// (its statements', the meeting it was made at, its observations)
    /// all begin more than a day after the latest day by which this one
    /// was made: what is built on or replaced came first. A warning: the
    /// other commitment may be older than the article's record of it.
    /// `part_of` is not read (a part may come before its whole).
    BasedOnLater = "based_on_later", Validate, Warning;
    /// A person's role title stands, in the evidence of another person of
    /// the article, right beside that person's name ("Foreign Minister
    /// Rashid Meredov"), and beside this person's name in neither their
    /// evidence nor its sentences: the title is very probably the other's. Silent when the
    /// other person holds the same title or one holding it (two
    /// countries' foreign ministers); blind to titles the text gives
    /// outside the evidence of people.
    TitleOfAnother = "title_of_another", Validate, Warning;
    /// A group's member that neither the group's evidence nor the
    /// sentences around it name (by name or alias), while they name every
    /// other member: the text very probably does not count it in the
    /// group. Silent for a group the text names only as a whole ("the
    /// E3", "these organisations"); blind to a member named elsewhere in
    /// the article.
    UnnamedMember = "unnamed_member", Validate, Warning;
    /// A statement is set at a meeting its speaker (or a co-speaker) is
    /// marked as declining, unable to come or not attending: whoever
    /// speaks at a meeting takes part in it.
    DeclinedSpeaker = "declined_speaker", Validate, Error;
    /// A piece of evidence starts or ends inside a word of the body or
    /// headline ("ussia said" out of "Russia said"): its span was cut
    /// short or moved.
    EvidenceCutsWord = "evidence_cuts_word", Validate, Warning;
    /// A paraphrase, commitment or event whose evidence holds no content
    /// word of its own text, action or description (words of four letters
    /// or more other than function words, compared by their first six
    /// letters): the evidence is very probably another claim's sentence
    /// (a direct quote's is `quote_outside_evidence`).
    /// Blind to evidence that shares a name or a topic word with the claim,
    /// and silent when the two share no script.
    UnrelatedEvidence = "unrelated_evidence", Validate, Warning;
    /// The roles of a meeting's participants do not fit together: a second
    /// host of a bilateral meeting, visit or call (one of the same country
    /// as the first is its side: the host country and its president), or a
    /// second chair of any meeting (co-chairs are `co_chair`); or a party marked
    /// `not_attending` without a role, or with one it can only play by
    /// being there (guest, chair, co-chair, mediator, observer). A warning:
    /// the article may give a second host its own reason.
    MeetingRoleConflict = "meeting_role_conflict", Validate, Warning;
    /// An update says nothing: no `same_as`, no status and no participants.
    EmptyUpdate = "empty_update", Validate, Error;
    /// An update has both a commitment status and a meeting status (or
    /// participants): it is about a commitment or a meeting, not both.
    MixedUpdate = "mixed_update", Validate, Error;
    /// An assessment voiced by a statement gives it to someone other than
    /// the statement's speaker, co-speakers or the party the speaker spoke
    /// for, or to no one (the article's own judgement): a judgement a
    /// statement voices is its speaker's. Blind to a speaker who speaks for
    /// the assessor without `on_behalf_of` saying so.
    AssessorNotSpeaker = "assessor_not_speaker", Validate, Warning;
    /// A statement is `same_as` another (the same utterance reported
    /// twice, paraphrased then quoted) whose speaker is another party: one
    /// of the two speakers is wrong, or the two are different utterances.
    SameAsOtherSpeaker = "same_as_other_speaker", Validate, Warning;
    /// A role (an office) is given to a place that is not a country or a
    /// region: most often a capital standing for its government ("Moscow
    /// holds the chair"), whose country holds the office. A warning: a
    /// city may hold a title of its own ("Capital of Culture").
    RoleOfPlace = "role_of_place", Validate, Warning;
    /// A commitment or statement is made in a `capacity` ("as chair") that
    /// is not the title, or part of the title, of a role held by any of its
    /// bound parties (for a statement: its speaker or the party it speaks
    /// for). A warning: the article may give the role only in the words of
    /// the capacity.
    CapacityNotHeld = "capacity_not_held", Validate, Warning;
    /// A date given relative to a meeting or event (`relative_to`) does not
    /// fit its relation: "before" a visit that ended before it starts,
    /// "after" talks that began after it ended, "during" a meeting it
    /// shares no day with (a day allowed for time zones).
    DateAgainstRelation = "date_against_relation", Validate, Error;
    /// An event is caused by, or responds to, a meeting or event that began
    /// after it ended (a day allowed for time zones).
    CauseAfterEffect = "cause_after_effect", Validate, Error;
    /// A commitment is `mutual` (made by its bound parties to each other)
    /// with a single bound party that is not a group.
    MutualWithOneParty = "mutual_with_one_party", Validate, Error;
    /// An issue's `divided` names one party only, and not a group: at
    /// odds takes two sides ("the two countries remain at odds"), or a
    /// group that stands for its members ("the E3 are divided over"). Not
    /// checked on an issue validated alone, whose references are unknown.
    DividedTooFew = "divided_too_few", Validate, Error;
    /// An issue's `aligned` names one party only, and not a group: to
    /// agree takes two ("our positions are similar"), or a group that
    /// stands for its members. Not checked on an issue validated alone,
    /// whose references are unknown.
    AlignedTooFew = "aligned_too_few", Validate, Error;
    /// A position voiced by a statement that its holder neither said nor
    /// was spoken for in: the statement's speaker, co-speakers and the
    /// party the speaker spoke for are not the holder. A warning: the
    /// statement may report the holder's stand in another's words ("Moscow
    /// opposes it, the minister said" is the ministry's statement of
    /// Russia's position, which `on_behalf_of` says). Blind to a group
    /// whose member speaks for it without `on_behalf_of`.
    HolderNotSpeaker = "holder_not_speaker", Validate, Warning;
    /// One holder has two positions of different stances on one issue at
    /// the same date (both without a date counts as the same): one of the
    /// two is probably wrong, or they are two dates the article gives and
    /// the positions do not. A warning: a party may shift within a day.
    ConflictingPositions = "conflicting_positions", Validate, Warning;
    /// A relation with fewer than two parties: none, or one that is not a
    /// group. A relation is between parties ("diplomatic relations between
    /// Kazakhstan and Turkey"), or within a group that stands for its
    /// members ("the BRICS partnership"). One party not checked on a
    /// relation validated alone, whose references are unknown.
    RelationTooFewParties = "relation_too_few_parties", Validate, Error;
    /// A request with no party: neither who asks (`requesters`) nor who
    /// is asked (`addressees`). An article may leave one side unnamed
    /// ("India was urged to", "that must include fighting corruption"),
    /// never both.
    RequestWithoutParty = "request_without_party", Validate, Error;
    /// A request made or repeated by a statement that none of its
    /// requesters said, co-said or was spoken for in. A warning: the
    /// statement may be a requester's words given by another (`on_behalf_of`
    /// says so), or it reports the request rather than makes it (list only
    /// the statements that make or repeat it). Blind to a group whose
    /// member speaks for it without `on_behalf_of`.
    RequesterNotSpeaker = "requester_not_speaker", Validate, Warning;
    /// A quantity's factor (how many times something is to grow or
    /// shrink: 2 for "double", 0.5 for "halve") is zero or negative.
    InvalidFactor = "invalid_factor", Validate, Error;
    /// A quantity has a factor ("double") and also what makes it an amount
    /// of something (an amount, range, size, currency, unit, rate or
    /// equivalent), or a role other than `change`: the amount goes in a
    /// quantity of its own.
    FactorConflict = "factor_conflict", Validate, Error;
    /// A meeting or document says its topics are only some of those
    /// discussed or contained (`topics_partial`: "among other things",
    /// "including") but lists none.
    PartialWithoutTopics = "partial_without_topics", Validate, Error;
    /// An update names an article the ledger does not hold. A warning: the
    /// article may be outside the data given; the update is kept and joins
    /// it when it comes.
    UnknownArticle = "unknown_article", Ledger, Warning;
    /// An update names an id that the article it names does not have.
    UnknownTarget = "unknown_target", Ledger, Error;
    /// An update names a part of the wrong kind: a commitment status for a
    /// meeting, a meeting status for a commitment, or a part that is
    /// neither; or its `same_as` is of another kind than its target.
    WrongTargetKind = "wrong_target_kind", Ledger, Error;
    /// An update observes a commitment on a date before the commitment was
    /// made (by the article that made it).
    UpdateBeforeMade = "update_before_made", Ledger, Error;
    /// An update reports an amount delivered in a currency that the money
    /// pledged, in the commitment it updates, never names. A warning: the
    /// amount is kept, apart from the pledge's currencies.
    UnpledgedCurrency = "unpledged_currency", Ledger, Warning;
    /// Two different articles have the same id; the later one is not
    /// taken. The same article given twice is taken once, silently.
    DuplicateArticle = "duplicate_article", Ledger, Error;
    /// Two articles report different outcomes of the same commitment
    /// (fulfilled, partially fulfilled, broken, withdrawn) or meeting (took
    /// place, cancelled, postponed) on the same date.
    ConflictingReports = "conflicting_reports", Ledger, Warning;
}

/// How serious a problem is.
///
/// An *error* means the document contradicts itself or its body:
/// [`Article::from_json_str`](crate::Article::from_json_str) refuses it. A
/// *warning* means it is very probably wrong (a scheduled meeting dated
/// before the article was published): reading accepts it, and
/// [`Validate::validate`](super::Validate::validate) and
/// [`Validate::lint`](super::Validate::lint) report it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Severity {
    /// The document contradicts itself or its body.
    Error,
    /// The document is very probably wrong.
    Warning,
}

impl Severity {
    /// `"error"` or `"warning"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// When a problem is found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Stage {
    /// While reading the input (the JSON is malformed or mistyped, or a
    /// checked value such as a date is refused); reading stops at the first.
    Read,
    /// By [`Validate::validate`](super::Validate::validate), which reports every problem at once.
    Validate,
    /// By a [`Ledger`](crate::Ledger), across the articles it holds.
    Ledger,
}

impl Stage {
    /// `"read"`, `"validate"` or `"ledger"`.
    ///
    /// ```
    /// use structured_news::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::InvalidDate.stage().as_str(), "read");
    /// assert_eq!(ErrorCode::UnknownReference.stage().to_string(), "validate");
    /// assert_eq!(ErrorCode::UnknownTarget.stage().as_str(), "ledger");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Read => "read",
            Stage::Validate => "validate",
            Stage::Ledger => "ledger",
        }
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        s.parse()
            .map_err(|_| serde::de::Error::custom(format_args!("unknown error code {s:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_through_text() {
        for &code in ErrorCode::ALL {
            assert_eq!(code.as_str().parse::<ErrorCode>(), Ok(code));
            assert!(code
                .as_str()
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'_'));
        }
        assert!("nope".parse::<ErrorCode>().is_err());
    }

    #[test]
    fn stages_have_their_names() {
        let read: Vec<&str> = ErrorCode::ALL
            .iter()
            .filter(|code| code.stage().as_str() == "read")
            .map(|code| code.as_str())
            .collect();
        // The read stage is the first block of the table, up to the
        // currency code; everything after it is found by validation.
        assert_eq!(read.first(), Some(&"io"));
        assert_eq!(read.last(), Some(&"invalid_currency_code"));
        assert_eq!(read.len(), 21);
        assert_eq!(Stage::Validate.to_string(), "validate");
        assert_eq!(Stage::Read.to_string(), Stage::Read.as_str());
    }

    #[test]
    fn every_code_has_a_description_from_its_documentation() {
        for &code in ErrorCode::ALL {
            let text = code.description();
            assert!(!text.is_empty(), "{code} has no description");
            assert!(text.ends_with('.'), "{code}: {text:?}");
            assert!(!text.contains("  "), "{code}: {text:?}");
            assert_eq!(text, text.trim());
        }
        assert_eq!(
            ErrorCode::MissingField.description(),
            "A required field is absent."
        );
        assert_eq!(
            ErrorCode::UnknownVariant.description(),
            "A value is not one of its vocabulary's values (a meeting kind, a \
             status, ...). Reading keeps it; validation reports it with every \
             other problem."
        );
    }
}

//! [`When`]: a date as the article gives it, with its words.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::relative::{resolve, resolve_in, Resolution, Tense};
use super::{DateInterval, EventDate, PartialDate};
use crate::error::{ErrorCode, ValueError};
use crate::read::de::model;
use crate::value::id::Id;
use crate::value::vocab::vocabulary;

model! {
    /// When something happened or is due, as the article says it: the date or
    /// interval (EDTF), the words it comes from, and whether the date was
    /// worked out rather than written.
    ///
    /// "on Monday" in an article of Wednesday 6 December 2023 is
    /// `{"value": "2023-12-04", "text": "on Monday", "inferred": true}`;
    /// "soon" is `{"text": "soon"}`; a date the article writes out is
    /// `{"value": "2023-12-11", "text": "Dec. 11"}` or just
    /// `{"value": "2023-12-11"}`.
    #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct When {
        /// The date or interval, when it can be given (absent for "soon").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub value: Option<EventDate>,
        /// The words of the article the date comes from ("on Monday", "Jan. 22", "soon"). Must not be blank.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub text: Option<String>,
        /// Whether `value` was inferred (from the publication date, from
        /// context) rather than stated in the text: true when the value
        /// holds more than the words state, in part ("4 December" with its
        /// year from the publication date) or in full ("on Monday"). The
        /// words in `text` say which parts they state, and those are
        /// checked against the value (`date_words_disagree`); the rest
        /// was worked out.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        pub inferred: bool,
        /// The meeting or event the words date it by ("ahead of the
        /// visit", "after the talks"), with or without a value. New in
        /// 2.1.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub relative_to: Option<RelativeTo>,
    }
}

vocabulary! {
    /// Where a date lies beside the occurrence it is given by.
    pub enum TimeRelation {
        /// Before it ("ahead of the visit", "on the eve of the summit").
        Before = "before",
        /// After it ("after the talks", "following the summit").
        After = "after",
        /// While it went on ("during the visit", "on the sidelines of").
        During = "during",
    }
}

model! {
    /// A date given by another occurrence: "ahead of the visit" is
    /// `{"relation": "before", "to": "the-visit's-id"}`. The occurrence must
    /// be a meeting or an event other than the dated part
    /// (`unknown_reference`, `wrong_reference_kind`, `self_reference`);
    /// when both have a value, the two must fit the relation
    /// (`date_against_relation`).
    #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct RelativeTo {
        /// Before, after or during.
        pub relation: TimeRelation,
        /// The id of the meeting or event.
        pub to: Id,
    }
}

impl RelativeTo {
    /// A date that lies `relation` the meeting or event `to`.
    pub fn new(relation: TimeRelation, to: Id) -> Self {
        RelativeTo { relation, to }
    }
}

impl When {
    /// A date the article states, without its words.
    pub fn stated(value: EventDate) -> Self {
        When {
            value: Some(value),
            text: None,
            inferred: false,
            relative_to: None,
        }
    }

    /// A date the article states, with the words that state it ("Dec. 11").
    pub fn as_written(value: EventDate, text: &str) -> Self {
        When {
            value: Some(value),
            text: Some(text.to_owned()),
            inferred: false,
            relative_to: None,
        }
    }

    /// Words that name no date that can be written ("soon", "in the coming
    /// weeks").
    pub fn vague(text: &str) -> Self {
        When {
            value: None,
            text: Some(text.to_owned()),
            inferred: false,
            relative_to: None,
        }
    }

    /// The date a relative expression ("on Monday", "last week", "Dec. 11")
    /// stands for in an article published on `published`, worked out by
    /// [`resolve_relative`](crate::resolve_relative) (whose documentation
    /// gives the rules), with the words kept and `inferred` set, unless
    /// the words name the date in full ("September 26, 2015").
    ///
    /// # Errors
    /// [`ErrorCode::InvalidDate`] when the expression is not understood,
    /// and when it is vague ("soon": keep the words with
    /// [`When::vague`]).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use structured_news::{Tense, When};
    ///
    /// let published = NaiveDate::from_ymd_opt(2023, 12, 6).unwrap();
    /// let when = When::relative("on Monday", published, Tense::Past)?;
    /// assert_eq!(when.value.unwrap().to_string(), "2023-12-04");
    /// assert!(when.inferred);
    /// assert_eq!(
    ///     serde_json::to_string(&when).unwrap(),
    ///     r#"{"value":"2023-12-04","text":"on Monday","inferred":true}"#
    /// );
    /// assert!(When::relative("soon", published, Tense::Future).is_err());
    /// assert_eq!(When::vague("soon").value, None);
    /// # Ok::<(), structured_news::ValueError>(())
    /// ```
    pub fn relative(text: &str, published: NaiveDate, tense: Tense) -> Result<When, ValueError> {
        let other = elsewhere(published).map(|other| resolve(text, other, tense));
        Self::resolved(text, resolve(text, published, tense), other)
    }

    /// The [`When`] of `text` resolved as `resolution`; inferred unless
    /// the words resolve to the same date from another publication date
    /// (`other`): "September 26, 2015" is written out, "on Monday" and "4
    /// December" are not.
    fn resolved(
        text: &str,
        resolution: Resolution,
        other: Option<Resolution>,
    ) -> Result<When, ValueError> {
        match resolution {
            Resolution::Date(value) => Ok(When {
                inferred: other != Some(Resolution::Date(value)),
                value: Some(value),
                text: Some(text.to_owned()),
                relative_to: None,
            }),
            Resolution::Vague => Err(ValueError::new(
                ErrorCode::InvalidDate,
                text,
                "the expression is not understood as a date: it is vague and names none (keep the words with When::vague)",
            )),
            Resolution::NotUnderstood => Err(ValueError::new(
                ErrorCode::InvalidDate,
                text,
                "the expression is not understood as a date relative to the publication",
            )),
        }
    }

    /// [`When::relative`] for words in `language` (`"ru"`), read with its
    /// date words by [`resolve_relative_in`](crate::resolve_relative_in).
    ///
    /// # Errors
    /// [`ErrorCode::InvalidDate`] as [`When::relative`], and when the
    /// crate has no date words for the language.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use structured_news::{Tense, When};
    ///
    /// let published = NaiveDate::from_ymd_opt(2023, 12, 6).unwrap();
    /// let when = When::relative_in("ru", "в понедельник", published, Tense::Past)?;
    /// assert_eq!(when.value.unwrap().to_string(), "2023-12-04");
    /// assert_eq!(when.text.as_deref(), Some("в понедельник"));
    /// assert!(When::relative_in("fr", "lundi", published, Tense::Past).is_err());
    /// # Ok::<(), structured_news::ValueError>(())
    /// ```
    pub fn relative_in(
        language: &str,
        text: &str,
        published: NaiveDate,
        tense: Tense,
    ) -> Result<When, ValueError> {
        let Some(resolution) = resolve_in(language, text, published, tense) else {
            return Err(ValueError::new(
                ErrorCode::InvalidDate,
                text,
                "the crate has no date words for the language (English and Russian only)",
            ));
        };
        let other = elsewhere(published).and_then(|other| resolve_in(language, text, other, tense));
        Self::resolved(text, resolution, other)
    }
}

/// A publication date four years and a season away from `published`, on
/// another weekday, month and year: words that resolve to the same date
/// from both name it in full.
fn elsewhere(published: NaiveDate) -> Option<NaiveDate> {
    published.checked_sub_days(chrono::Days::new(4 * 365 + 100))
}

impl When {
    /// The date given by the meeting or event `to` ("ahead of the visit":
    /// [`TimeRelation::Before`]).
    ///
    /// ```
    /// use structured_news::{Id, TimeRelation, When};
    ///
    /// let when = When::vague("ahead of the visit")
    ///     .relative_to(TimeRelation::Before, Id::new("putin-visit")?);
    /// assert_eq!(when.relative_to.unwrap().to.as_str(), "putin-visit");
    /// # Ok::<(), structured_news::ValueError>(())
    /// ```
    #[must_use]
    pub fn relative_to(mut self, relation: TimeRelation, to: Id) -> Self {
        self.relative_to = Some(RelativeTo::new(relation, to));
        self
    }
}

impl From<EventDate> for When {
    /// [`When::stated`].
    fn from(value: EventDate) -> Self {
        When::stated(value)
    }
}

impl From<PartialDate> for When {
    /// [`When::stated`].
    fn from(value: PartialDate) -> Self {
        When::stated(value.into())
    }
}

impl From<DateInterval> for When {
    /// [`When::stated`].
    fn from(value: DateInterval) -> Self {
        When::stated(value.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_written_in_full_is_not_inferred() {
        let published = NaiveDate::from_ymd_opt(2015, 11, 1).unwrap();
        let full = When::relative("September 26, 2015", published, Tense::Past).unwrap();
        assert_eq!(full.value.unwrap().to_string(), "2015-09-26");
        assert!(!full.inferred);
        let without_year = When::relative("September 26", published, Tense::Past).unwrap();
        assert_eq!(without_year.value.unwrap().to_string(), "2015-09-26");
        assert!(without_year.inferred);
        let weekday = When::relative("on Monday", published, Tense::Past).unwrap();
        assert!(weekday.inferred);
        let russian =
            When::relative_in("ru", "4 декабря 2023 года", published, Tense::Past).unwrap();
        assert_eq!(russian.value.unwrap().to_string(), "2023-12-04");
        assert!(!russian.inferred);
        let russian = When::relative_in("ru", "в понедельник", published, Tense::Past).unwrap();
        assert!(russian.inferred);
    }

    #[test]
    fn when_reads_and_writes_its_fields() {
        let when: When = serde_json::from_str(
            r#"{"value": "2024-33~", "text": "early this year", "inferred": true}"#,
        )
        .unwrap();
        assert_eq!(when.value.unwrap().to_string(), "2024-33~");
        assert!(when.inferred);
        let json = serde_json::to_string(&when).unwrap();
        assert_eq!(
            json,
            r#"{"value":"2024-33~","text":"early this year","inferred":true}"#
        );
        let stated = When::from("2023-12-11".parse::<PartialDate>().unwrap());
        assert_eq!(
            serde_json::to_string(&stated).unwrap(),
            r#"{"value":"2023-12-11"}"#
        );
        assert_eq!(
            serde_json::to_string(&When::vague("soon")).unwrap(),
            r#"{"text":"soon"}"#
        );
        let written = When::as_written("2023-12-11".parse().unwrap(), "Dec. 11");
        assert_eq!(written.text.as_deref(), Some("Dec. 11"));
        assert!(!written.inferred);
        assert!(serde_json::from_str::<When>(r#"{"date": "2023"}"#).is_err());
        assert!(serde_json::from_str::<When>(r#""2023""#).is_err());
        assert!(serde_json::from_str::<When>(r#"{"value": "2023-25"}"#).is_err());
        assert_eq!(serde_json::from_str::<When>("{}").unwrap().value, None);
    }

    #[test]
    fn relative_keeps_the_words_or_says_why_not() {
        let published = NaiveDate::from_ymd_opt(2023, 12, 6).unwrap();
        let when = When::relative("last week", published, Tense::Past).unwrap();
        assert_eq!(when.value.unwrap().to_string(), "2023-11-27/2023-12-03");
        assert_eq!(when.text.as_deref(), Some("last week"));
        assert!(when.inferred);
        for text in ["soon", "the day after the summit", ""] {
            let e = When::relative(text, published, Tense::Future).unwrap_err();
            assert_eq!(e.code(), ErrorCode::InvalidDate);
            assert!(e.reason().contains("not understood"), "{text}");
        }
    }
}

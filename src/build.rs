//! What the builders share: the typed inputs their setters take
//! ([`IntoValue`]) and the record of refused values ([`Refusals`]) that
//! `build()` reports with every other problem.

use chrono::{DateTime, FixedOffset, NaiveDate};

pub(crate) mod article;
pub(crate) mod assessment;
pub(crate) mod commitment;
pub(crate) mod document;
pub(crate) mod entity;
pub(crate) mod event;
pub(crate) mod evidence;
pub(crate) mod handle;
pub(crate) mod meeting;
pub(crate) mod position;
pub(crate) mod relation;
pub(crate) mod request;
pub(crate) mod statement;

use crate::error::{JsonPointer, Validate, ValidationError, ValidationErrors, ValueError};
use crate::value::codes::{CountryCode, CurrencyCode, LanguageTag, Url, WikidataId};
use crate::value::date::{
    DateInterval, EventDate, PartialDate, PublicationDate, Tense, TimeOfDay, Timestamp, When,
};
use crate::value::id::Id;

mod sealed {
    pub trait Sealed {}
}

/// What a builder setter takes for a value of type `T`: the checked type
/// itself, or something that converts to it: text (`&str`, `String`),
/// chrono's `NaiveDate` for dates, a narrower date type for a wider one.
///
/// The trait is sealed, so a setter cannot be given a value that has no
/// conversion (`.country(42)` does not compile). A conversion that fails
/// (text that is not a country code) is recorded where it was given and
/// reported by `build()` with every other problem.
///
/// ```
/// use structured_news::{ArticleBuilder, ErrorCode, Person};
///
/// let mut article = ArticleBuilder::new("a1", "en", "Lavrov spoke.");
/// article.add_person(Person::builder("lavrov", "Sergei Lavrov").country("ru"));
/// let errors = article.build().unwrap_err();
/// assert_eq!(errors.first().code(), ErrorCode::InvalidCountryCode);
/// assert_eq!(errors.first().path().as_str(), "/entities/people/0/country");
/// ```
///
/// ```compile_fail
/// use structured_news::Person;
///
/// Person::builder("lavrov", "Sergei Lavrov").country(42);
/// ```
pub trait IntoValue<T>: sealed::Sealed {
    /// The value, or why it is refused.
    ///
    /// # Errors
    /// A [`ValueError`] with the refusing type's code.
    fn into_value(self) -> Result<T, ValueError>;
}

/// Text, and each checked type itself, converts to every checked type that
/// reads text.
macro_rules! from_text {
    ($($ty:ty),*) => {
        $(
            impl sealed::Sealed for $ty {}

            impl IntoValue<$ty> for $ty {
                fn into_value(self) -> Result<$ty, ValueError> {
                    Ok(self)
                }
            }

            impl IntoValue<$ty> for &str {
                fn into_value(self) -> Result<$ty, ValueError> {
                    self.parse()
                }
            }

            impl IntoValue<$ty> for String {
                fn into_value(self) -> Result<$ty, ValueError> {
                    self.parse()
                }
            }

            impl IntoValue<$ty> for &String {
                fn into_value(self) -> Result<$ty, ValueError> {
                    self.parse()
                }
            }
        )*
    };
}

impl sealed::Sealed for &str {}
impl sealed::Sealed for String {}
impl sealed::Sealed for &String {}
impl sealed::Sealed for NaiveDate {}
impl sealed::Sealed for DateTime<FixedOffset> {}

from_text!(
    Id,
    CountryCode,
    CurrencyCode,
    TimeOfDay,
    LanguageTag,
    Url,
    WikidataId,
    PartialDate,
    DateInterval,
    EventDate,
    Timestamp,
    PublicationDate
);

/// Conversions between the date types that cannot fail, or fail only as
/// the narrower type's own constructor does.
macro_rules! widen {
    ($($from:ty => $to:ty: $convert:expr;)*) => {
        $(
            impl IntoValue<$to> for $from {
                fn into_value(self) -> Result<$to, ValueError> {
                    let convert: fn($from) -> Result<$to, ValueError> = $convert;
                    convert(self)
                }
            }
        )*
    };
}

widen! {
    NaiveDate => PartialDate: PartialDate::try_from;
    NaiveDate => EventDate: |d| PartialDate::try_from(d).map(EventDate::from);
    NaiveDate => PublicationDate: |d| PartialDate::try_from(d).and_then(PublicationDate::try_from);
    PartialDate => EventDate: |d| Ok(EventDate::from(d));
    PartialDate => PublicationDate: PublicationDate::try_from;
    DateInterval => EventDate: |i| Ok(EventDate::from(i));
    Timestamp => PublicationDate: |t| Ok(PublicationDate::from(t));
    DateTime<FixedOffset> => Timestamp: Timestamp::try_from;
    DateTime<FixedOffset> => PublicationDate: |t| Timestamp::try_from(t).map(PublicationDate::from);
    EventDate => When: |d| Ok(When::stated(d));
    PartialDate => When: |d| Ok(When::from(d));
    DateInterval => When: |i| Ok(When::from(i));
    NaiveDate => When: |d| PartialDate::try_from(d).map(When::from);
}

impl sealed::Sealed for When {}

impl IntoValue<When> for When {
    fn into_value(self) -> Result<When, ValueError> {
        Ok(self)
    }
}

/// Text converts to a [`When`] as an EDTF date the article states (no
/// words kept: give those with `When::as_written`).
macro_rules! when_from_text {
    ($($text:ty),*) => {
        $(
            impl IntoValue<When> for $text {
                fn into_value(self) -> Result<When, ValueError> {
                    self.parse::<EventDate>().map(When::stated)
                }
            }
        )*
    };
}

when_from_text!(&str, String, &String);

/// The values a builder refused, each at its path relative to what is
/// being built, in the order they were given.
#[derive(Debug, Clone, Default)]
pub(crate) struct Refusals(Vec<ValidationError>);

impl Refusals {
    /// Converts `value` for the field at `path`. A refusal is recorded at
    /// `path`, replacing any earlier refusal there (a field set twice keeps
    /// only the last problem); `None` then.
    pub(crate) fn set<T>(&mut self, path: JsonPointer, value: impl IntoValue<T>) -> Option<T> {
        self.0.retain(|e| *e.path() != path);
        self.add(path, value)
    }

    /// Converts `value` for a new list item at `path`, recording a refusal
    /// there; `None` then.
    pub(crate) fn add<T>(&mut self, path: JsonPointer, value: impl IntoValue<T>) -> Option<T> {
        match value.into_value() {
            Ok(value) => Some(value),
            Err(e) => {
                self.0
                    .push(ValidationError::new(e.code(), path, e.to_string()));
                None
            }
        }
    }

    /// Records a refusal at `path`.
    pub(crate) fn record(&mut self, path: JsonPointer, refusal: &ValueError) {
        self.0.push(ValidationError::new(
            refusal.code(),
            path,
            refusal.to_string(),
        ));
    }

    /// The refusals, their paths below `prefix`.
    pub(crate) fn into_prefixed(self, prefix: &JsonPointer) -> Vec<ValidationError> {
        self.0.into_iter().map(|e| e.prefixed(prefix)).collect()
    }

    /// `value` if nothing was refused and its own rules hold; otherwise the
    /// refusals, then the problems its rules find.
    pub(crate) fn finish<T: Validate>(self, value: T) -> Result<T, ValidationErrors> {
        let mut errors = self.0;
        if let Err(problems) = value.validate() {
            errors.extend(problems);
        }
        match ValidationErrors::from_vec(errors) {
            Some(errors) if errors.has_errors() => Err(errors),
            // Warnings alone do not stop a build; `validate()` reports them.
            _ => Ok(value),
        }
    }
}

/// The id of a builder whose id was refused: it stands in the model so the
/// rest can be built and checked, and never leaves the builder, because
/// the refusal makes `build()` fail.
pub(crate) fn refused_id() -> Id {
    Id::new("refused-id").expect("\"refused-id\" is a well-formed id")
}

/// The date a builder was given as written (`When` with words and no
/// value), in the article's `language`, resolved against the publication
/// date `published` in `tense` ([`When::relative_in`]); a date that cannot
/// be resolved is recorded at `date` and kept as words.
pub(crate) fn resolve(
    refusals: &mut Refusals,
    date: Option<When>,
    published: Option<NaiveDate>,
    language: &str,
    tense: Tense,
) -> Option<When> {
    let when = date?;
    let Some(text) = when.text.as_deref().filter(|_| when.value.is_none()) else {
        return Some(when);
    };
    let resolved = match published {
        Some(published) => When::relative_in(language, text, published, tense),
        None => Err(ValueError::new(
            crate::error::ErrorCode::InvalidDate,
            text,
            "a date as written is resolved against the publication date, and the article has none",
        )),
    };
    match resolved {
        Ok(resolved) => Some(resolved),
        Err(e) => {
            refusals.record(at("date"), &e);
            Some(when)
        }
    }
}

/// The path of the field `key` of what is being built.
pub(crate) fn at(key: &str) -> JsonPointer {
    JsonPointer::root().key(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;

    fn when(value: impl IntoValue<When>) -> Result<When, ValueError> {
        value.into_value()
    }

    #[test]
    fn dates_and_text_convert_to_a_stated_when() {
        let day: PartialDate = "2023-12-11".parse().unwrap();
        let stated = When::stated(EventDate::from(day));
        assert_eq!(when("2023-12-11").unwrap(), stated);
        assert_eq!(when(String::from("2023-12-11")).unwrap(), stated);
        let text = String::from("2023-12-11");
        assert_eq!(when(&text).unwrap(), stated);
        assert_eq!(text, "2023-12-11");
        assert_eq!(when(day).unwrap(), stated);
        assert_eq!(when(EventDate::from(day)).unwrap(), stated);
        assert_eq!(when(stated.clone()).unwrap(), stated);
        assert_eq!(
            when(NaiveDate::from_ymd_opt(2023, 12, 11).unwrap()).unwrap(),
            stated
        );
        let interval: DateInterval = "2019-05-14/..".parse().unwrap();
        assert_eq!(
            when(interval).unwrap().value,
            Some(EventDate::from(interval))
        );
        assert_eq!(
            when("2024-33~").unwrap().value.unwrap().to_string(),
            "2024-33~"
        );
        assert_eq!(when("2023-25").unwrap_err().code(), ErrorCode::InvalidDate);
        assert_eq!(
            when("2023-12-04/2023-12-01").unwrap_err().code(),
            ErrorCode::ReversedInterval
        );
    }

    #[test]
    fn a_qualified_date_is_no_publication_date() {
        let approximate: PartialDate = "2023-12~".parse().unwrap();
        let refused: Result<PublicationDate, _> = approximate.into_value();
        assert_eq!(refused.unwrap_err().code(), ErrorCode::InvalidDate);
    }
}

//! Vocabularies: the lists of `snake_case` values (a meeting kind, a speech
//! act, a status, ...), open when read.
//!
//! A value the crate does not know is not a reading error: it is kept as
//! [`UnknownValue`] in the enum's `Unknown` variant, written back unchanged,
//! and reported by [`Validate::validate`](crate::Validate::validate) as
//! `unknown_variant` at its path together with every other problem, so one
//! slip (the commonest of a language model writing JSON) never hides the
//! rest. The exported JSON Schemas keep their closed `enum`s, so a schema
//! validator refuses the same value.

use std::fmt;

use crate::error::{nearest_name, type_words};

/// A vocabulary value that this version of the crate does not know, kept
/// as it was read. Only reading makes one; `validate()` reports it.
///
/// ```
/// use structured_news::{ErrorCode, SpeechAct};
///
/// let act: SpeechAct = serde_json::from_str("\"mused\"")?;
/// let SpeechAct::Unknown(value) = &act else { panic!("a known act") };
/// assert_eq!(value.as_str(), "mused");
/// assert_eq!(serde_json::to_string(&act)?, "\"mused\"");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnknownValue(Box<str>);

impl UnknownValue {
    /// Keeps `text` as read.
    pub(crate) fn new(text: &str) -> Self {
        UnknownValue(text.into())
    }

    /// The value as read.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What the rules need of a vocabulary: whether a value is unknown, and
/// the values it does know.
pub(crate) trait Vocabulary {
    /// The vocabulary's name, e.g. `SpeechAct`.
    const NAME: &'static str;
    /// Every known value's text, in declaration order.
    const NAMES: &'static [&'static str];
    /// The text of an unknown value; `None` for a known one.
    fn unknown(&self) -> Option<&str>;
}

/// Declares a vocabulary: the enum with its known values and an `Unknown`
/// variant, its text forms, serde (unknown values kept) and a JSON Schema
/// `enum` of the known values, whose description lists each with its
/// meaning.
macro_rules! vocabulary {
    (
        $(#[doc = $doc:literal])*
        pub enum $name:ident {
            $(
                $(#[doc = $vdoc:literal])*
                $variant:ident = $text:literal,
            )*
        }
    ) => {
        $(#[doc = $doc])*
        ///
        /// Open when read: a value this version does not know is kept in
        /// `Unknown` and reported by `validate()` as `unknown_variant`.
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[doc = $vdoc])* $variant, )*
            /// A value this version does not know, kept as read (reported by
            /// `validate()` as `unknown_variant`).
            Unknown($crate::value::vocab::UnknownValue),
        }

        impl $name {
            /// Every known value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The `snake_case` text form (an unknown value as read).
            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $text,)*
                    $name::Unknown(value) => value.as_str(),
                }
            }

            /// The meaning of the value, from its documentation (`None` for
            /// an unknown value).
            pub fn description(&self) -> Option<&'static str> {
                match self {
                    $($name::$variant => Some(concat!($($vdoc),*).trim_ascii()),)*
                    $name::Unknown(_) => None,
                }
            }

            /// The known value written `text`, if any.
            fn known(text: &str) -> Option<Self> {
                match text {
                    $($text => Some($name::$variant),)*
                    _ => None,
                }
            }
        }

        impl $crate::value::vocab::Vocabulary for $name {
            const NAME: &'static str = stringify!($name);
            const NAMES: &'static [&'static str] = &[$($text),*];

            fn unknown(&self) -> Option<&str> {
                match self {
                    $name::Unknown(value) => Some(value.as_str()),
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        /// Parses a known value; text that is not one is refused with
        /// `unknown_variant` (reading JSON keeps it instead).
        impl std::str::FromStr for $name {
            type Err = $crate::error::ValueError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::known(s).ok_or_else(|| {
                    $crate::error::ValueError::new(
                        $crate::error::ErrorCode::UnknownVariant,
                        s,
                        $crate::value::vocab::unknown_message::<$name>(s),
                    )
                })
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;
                impl serde::de::Visitor<'_> for Visitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(f, "a string ({})", stringify!($name))
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$name, E> {
                        Ok($name::known(v).unwrap_or_else(|| {
                            $name::Unknown($crate::value::vocab::UnknownValue::new(v))
                        }))
                    }
                }
                deserializer.deserialize_str(Visitor)
            }
        }

        impl $crate::read::fast::FastRead for $name {
            fn fast_read(reader: &mut $crate::read::fast::Reader<'_>) -> Option<Self> {
                reader.with_str(|text| {
                    Some($name::known(text).unwrap_or_else(|| {
                        $name::Unknown($crate::value::vocab::UnknownValue::new(text))
                    }))
                })
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn schema_id() -> std::borrow::Cow<'static, str> {
                concat!("structured_news::", stringify!($name)).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let description = $crate::value::vocab::schema_description(
                    concat!($($doc, "\n"),*),
                    &[$(($text, concat!($($vdoc),*))),*],
                );
                schemars::json_schema!({
                    "type": "string",
                    "description": description,
                    "enum": <$name as $crate::value::vocab::Vocabulary>::NAMES,
                })
            }
        }
    };
}
pub(crate) use vocabulary;

/// Why a value is not in vocabulary `V`, for messages.
pub(crate) fn unknown_message<V: Vocabulary>(unknown: &str) -> String {
    let hint = nearest_name(unknown, V::NAMES)
        .map(|name| format!("did you mean `{name}`? "))
        .unwrap_or_default();
    format!(
        "not a known {}; {hint}expected one of: {}",
        type_words(V::NAME),
        V::NAMES.join(", ")
    )
}

/// The schema description of a vocabulary: its documentation, then each
/// value with its meaning.
pub(crate) fn schema_description(doc: &str, values: &[(&str, &str)]) -> String {
    let mut description = String::from(doc.trim_ascii());
    description.push('\n');
    for (text, meaning) in values {
        description.push_str(&format!("\n- {text}: {}", meaning.trim_ascii()));
    }
    description
}

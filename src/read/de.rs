//! How the model is read with serde, kept out of the public API: checked
//! strings through `FromStr`, model structs from JSON objects only, and the
//! typed channel that carries a refused value's [`ErrorCode`] to the reader.
//!
//! serde's `Error::custom` takes only a message, so the code of a value a
//! checked type refuses cannot travel inside the error. Instead the
//! visitor leaves the typed [`ValueError`] in a slot of the current thread
//! ([`refuse`]), and the reader takes it back ([`take_refusal`]) when it
//! classifies the error that serde returns, checking that the message is
//! the same so that a refusal some other code swallowed is never used.
//!
//! [`ErrorCode`]: crate::ErrorCode

use std::cell::RefCell;
use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

use serde::de;

use crate::error::ValueError;

thread_local! {
    /// The last value a checked type refused on this thread.
    static REFUSAL: RefCell<Option<ValueError>> = const { RefCell::new(None) };
}

/// The serde error for a refused value; the typed refusal waits in the
/// thread's slot for [`take_refusal`].
pub(crate) fn refuse<E: de::Error>(refusal: ValueError) -> E {
    let error = E::custom(&refusal);
    REFUSAL.with(|slot| *slot.borrow_mut() = Some(refusal));
    error
}

/// Takes the last refusal of this thread, leaving the slot empty.
pub(crate) fn take_refusal() -> Option<ValueError> {
    REFUSAL.with(|slot| slot.borrow_mut().take())
}

/// A serde visitor that reads a string and parses it with `FromStr`, so that
/// deserializing runs exactly the check of `FromStr`.
pub(crate) struct FromStrVisitor<T> {
    expecting: &'static str,
    marker: PhantomData<fn() -> T>,
}

impl<T> FromStrVisitor<T> {
    pub(crate) fn new(expecting: &'static str) -> Self {
        FromStrVisitor {
            expecting,
            marker: PhantomData,
        }
    }
}

impl<T> de::Visitor<'_> for FromStrVisitor<T>
where
    T: FromStr<Err = ValueError>,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a string ({})", self.expecting)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        v.parse().map_err(refuse)
    }
}

/// Implements `TryFrom<&str>`, `TryFrom<String>` and a checking
/// `Deserialize` for a type whose `FromStr` does the check.
macro_rules! parse_impls {
    ($ty:ident) => {
        impl TryFrom<&str> for $ty {
            type Error = $crate::error::ValueError;
            fn try_from(value: &str) -> Result<Self, Self::Error> {
                value.parse()
            }
        }

        impl TryFrom<String> for $ty {
            type Error = $crate::error::ValueError;
            fn try_from(value: String) -> Result<Self, Self::Error> {
                value.parse()
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_str($crate::read::de::FromStrVisitor::<$ty>::new(
                    stringify!($ty),
                ))
            }
        }

        impl $crate::read::fast::FastRead for $ty {
            fn fast_read(reader: &mut $crate::read::fast::Reader<'_>) -> Option<Self> {
                reader.with_str(|text| text.parse().ok())
            }
        }
    };
}
pub(crate) use parse_impls;

/// The impls of [`parse_impls`] plus `Serialize` through `Display`, for
/// types that keep a parsed value rather than the text.
macro_rules! display_newtype_impls {
    ($ty:ident) => {
        $crate::read::de::parse_impls!($ty);

        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }
    };
}
pub(crate) use display_newtype_impls;

/// The impls of [`parse_impls`] plus `Display`, `AsRef<str>` and
/// `Serialize` for a type that keeps its text and has `as_str()`.
macro_rules! string_newtype_impls {
    ($ty:ident) => {
        $crate::read::de::parse_impls!($ty);

        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl AsRef<str> for $ty {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
    };
}
pub(crate) use string_newtype_impls;

/// Declares a model struct (the field list written once) and its
/// `Deserialize`, which reads only a JSON object: the struct itself derives
/// `Serialize` and `JsonSchema` as usual, and a private mirror with the same
/// fields derives the reading code (`#[serde(remote)]`), so no serde
/// helper becomes a public method of the model type. The fast reader's
/// code ([`fast::FastRead`]) comes from the same fields and attributes.
macro_rules! model {
    (
        $(#[$outer:meta])*
        pub struct $name:ident {
            $(
                $(#[$($field_attr:tt)*])*
                pub $field:ident : $ty:ty,
            )*
        }
    ) => {
        $(#[$outer])*
        pub struct $name {
            $( $(#[$($field_attr)*])* pub $field: $ty, )*
        }

        $crate::read::fast::fast_struct!($name { $( $field: $ty [$([$($field_attr)*])*], )* });

        const _: () = {
            type Remote = $name;

            #[derive(serde::Deserialize, schemars::JsonSchema)]
            #[serde(remote = "Remote", deny_unknown_fields)]
            #[allow(dead_code)]
            struct Mirror {
                $( $(#[$($field_attr)*])* $field: $ty, )*
            }

            impl<'de> serde::Deserialize<'de> for $name {
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    struct Visitor;
                    impl<'de> serde::de::Visitor<'de> for Visitor {
                        type Value = $name;
                        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                            f.write_str(concat!("an object (", stringify!($name), ")"))
                        }
                        fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<$name, A::Error> {
                            Mirror::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                        }
                    }
                    deserializer.deserialize_map(Visitor)
                }
            }
        };
    };
}
pub(crate) use model;

//! The macros that give the checked types and closed lists their text
//! forms, serde and JSON Schema impls.

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
                deserializer
                    .deserialize_str($crate::error::FromStrVisitor::<$ty>::new(stringify!($ty)))
            }
        }
    };
}
pub(crate) use parse_impls;

/// The impls of [`parse_impls`] plus `Serialize` through `Display`, for
/// types that keep a parsed value rather than the text.
macro_rules! display_newtype_impls {
    ($ty:ident) => {
        $crate::codes::parse_impls!($ty);

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
        $crate::codes::parse_impls!($ty);

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

/// Declares a closed list of `snake_case` values (a kind, a status, ...):
/// the enum, its text forms, serde (unknown values refused with
/// `unknown_variant`) and a JSON Schema `enum` whose description lists
/// every value with its meaning.
macro_rules! string_enum {
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
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[doc = $vdoc])* $variant, )*
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            const NAMES: &'static [&'static str] = &[$($text),*];

            /// The `snake_case` text form.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text,)* }
            }

            /// The meaning of the value, from its documentation.
            pub fn description(self) -> &'static str {
                match self { $($name::$variant => concat!($($vdoc),*).trim_ascii(),)* }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::error::ValueError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok($name::$variant),)*
                    _ => Err($crate::error::ValueError::new(
                        $crate::validate::ErrorCode::UnknownVariant,
                        s,
                        format!("not a {}; expected one of: {}", stringify!($name), Self::NAMES.join(", ")),
                    )),
                }
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
                        match v {
                            $($text => Ok($name::$variant),)*
                            _ => Err(E::unknown_variant(v, $name::NAMES)),
                        }
                    }
                }
                deserializer.deserialize_str(Visitor)
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
                let mut description = String::from(concat!($($doc, "\n"),*).trim_ascii());
                description.push_str("\n");
                for value in Self::ALL {
                    description.push_str(&format!("\n- {}: {}", value.as_str(), value.description()));
                }
                schemars::json_schema!({
                    "type": "string",
                    "description": description,
                    "enum": Self::NAMES,
                })
            }
        }
    };
}
pub(crate) use string_enum;

/// Serde impls for a model struct that derives its serde code with
/// `#[serde(remote = "Self")]`: `Serialize` forwards to the derived code,
/// and `Deserialize` accepts only a JSON object. (Derived impls would also
/// accept an array of the field values in order, which JSON Schema's
/// `"type": "object"` rejects.)
macro_rules! object_serde {
    ($ty:ident) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                $ty::serialize(self, serializer)
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct ObjectVisitor;
                impl<'de> serde::de::Visitor<'de> for ObjectVisitor {
                    type Value = $ty;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(concat!("an object (", stringify!($ty), ")"))
                    }
                    fn visit_map<A: serde::de::MapAccess<'de>>(
                        self,
                        map: A,
                    ) -> Result<$ty, A::Error> {
                        $ty::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    }
                }
                deserializer.deserialize_map(ObjectVisitor)
            }
        }
    };
}
pub(crate) use object_serde;

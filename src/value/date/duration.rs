//! [`IsoDuration`]: a length of time as ISO 8601 writes it (`P3Y`, `P2D`,
//! `PT6H`), with no start date.

use std::borrow::Cow;
use std::str::FromStr;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use crate::error::{ErrorCode, ValueError};
use crate::read::de::string_newtype_impls;

/// The pattern every [`IsoDuration`] matches (ECMA-262 / JSON Schema
/// syntax): `P`, then years, months, weeks and days in that order, then
/// `T` and hours, minutes and seconds, each a whole number and at least one
/// of them, with no `T` left empty.
pub(crate) const DURATION_PATTERN: &str = "^P(?:(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?T(?:[0-9]+H(?:[0-9]+M)?(?:[0-9]+S)?|[0-9]+M(?:[0-9]+S)?|[0-9]+S)|(?:[0-9]+Y(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?|[0-9]+M(?:[0-9]+W)?(?:[0-9]+D)?|[0-9]+W(?:[0-9]+D)?|[0-9]+D))$";

/// A length of time in the ISO 8601 duration format: `P3Y` (three years),
/// `P6M` (six months), `P2W`, `P2D`, `PT6H`, `P1Y6M`. Whole numbers only,
/// the units in the order Y, M, W, D, then `T` and H, M, S; at least one
/// unit. It has no start: "three years into the war" is `P3Y`, never a
/// date three years before publication.
///
/// ```
/// use structured_news::IsoDuration;
///
/// let two_days: IsoDuration = "P2D".parse()?;
/// assert_eq!(two_days.as_str(), "P2D");
/// assert!("2 days".parse::<IsoDuration>().is_err());
/// assert!("PT".parse::<IsoDuration>().is_err());
/// # Ok::<(), structured_news::ValueError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IsoDuration(Box<str>);

impl IsoDuration {
    /// Checks `value` and makes it a duration.
    ///
    /// # Errors
    /// A [`ValueError`] with code [`ErrorCode::InvalidDuration`] when
    /// `value` is not an ISO 8601 duration of whole numbers.
    pub fn new(value: &str) -> Result<Self, ValueError> {
        value.parse()
    }

    /// The duration as written, e.g. `"P2D"`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Whether `part` is one or more units, each digits then a letter, with
/// the letters in the order of `units` and none twice.
fn units_in_order(part: &str, units: &[u8]) -> bool {
    let mut next = 0;
    let mut digits = 0;
    for b in part.bytes() {
        if b.is_ascii_digit() {
            digits += 1;
            continue;
        }
        let Some(at) = units.iter().skip(next).position(|&u| u == b) else {
            return false;
        };
        if digits == 0 {
            return false;
        }
        next += at + 1;
        digits = 0;
    }
    digits == 0 && next > 0
}

impl FromStr for IsoDuration {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let refuse = |reason: &str| ValueError::new(ErrorCode::InvalidDuration, s, reason);
        let rest = s
            .strip_prefix('P')
            .ok_or_else(|| refuse("an ISO 8601 duration starts with P: P3Y, P6M, P2D, PT6H"))?;
        let (date, time) = match rest.split_once('T') {
            Some((date, time)) => (date, Some(time)),
            None => (rest, None),
        };
        let date_ok = date.is_empty() || units_in_order(date, b"YMWD");
        let time_ok = time.is_none_or(|t| units_in_order(t, b"HMS"));
        if !date_ok || !time_ok || (date.is_empty() && time.is_none()) {
            return Err(refuse(
                "a duration is P then whole numbers of Y, M, W, D (in that order), then T and H, M, S: P3Y, P1Y6M, P2D, PT6H",
            ));
        }
        Ok(IsoDuration(s.into()))
    }
}

string_newtype_impls!(IsoDuration);

impl JsonSchema for IsoDuration {
    fn schema_name() -> Cow<'static, str> {
        "IsoDuration".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "structured_news::IsoDuration".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A length of time in ISO 8601: P then whole numbers of years, months, weeks, days (Y, M, W, D), then T and hours, minutes, seconds (H, M, S), e.g. \"P3Y\", \"P2D\", \"PT6H\".",
            "pattern": DURATION_PATTERN,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse_and_print() {
        for good in [
            "P3Y",
            "P6M",
            "P2W",
            "P2D",
            "PT6H",
            "P1Y6M",
            "P1DT12H",
            "PT30M",
            "PT45S",
            "P10Y2M3W4DT5H6M7S",
        ] {
            let d: IsoDuration = good.parse().unwrap();
            assert_eq!(d.to_string(), good);
        }
        for bad in [
            "", "P", "PT", "P1YT", "3Y", "P3", "PY", "P2D1Y", "P1.5Y", "P1M1M", "p3y", "P-1D",
            "P3 Y", "PT1D",
        ] {
            let e = bad.parse::<IsoDuration>().unwrap_err();
            assert_eq!(e.code(), ErrorCode::InvalidDuration, "{bad}");
        }
    }
}

//! [`TimeOfDay`]: the time a meeting starts, with its UTC offset when the
//! article gives one.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use chrono::{FixedOffset, NaiveTime};
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use crate::error::{ErrorCode, ValueError};
use crate::read::de::display_newtype_impls;

/// The pattern every [`TimeOfDay`] matches (ECMA-262 / JSON Schema syntax).
pub(crate) const TIME_OF_DAY_PATTERN: &str =
    "^(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])?$";

/// A time of day, `HH:MM` or `HH:MM:SS`, with an optional UTC offset (`Z`
/// or `±HH:MM`), as in RFC 3339's `partial-time` and `time-offset`:
/// `14:30`, `14:30+03:00`, `09:00:00Z`.
///
/// ```
/// use structured_news::TimeOfDay;
///
/// let t: TimeOfDay = "14:30+05:00".parse()?;
/// assert_eq!(t.to_string(), "14:30+05:00");
/// assert!("24:00".parse::<TimeOfDay>().is_err());
/// # Ok::<(), structured_news::ValueError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TimeOfDay {
    time: NaiveTime,
    seconds: bool,
    offset: Option<FixedOffset>,
    /// Whether the offset was written `Z` rather than `+00:00`.
    zulu: bool,
}

impl TimeOfDay {
    /// The time, without its offset.
    pub fn time(&self) -> NaiveTime {
        self.time
    }

    /// The UTC offset, when the article gives one.
    pub fn offset(&self) -> Option<FixedOffset> {
        self.offset
    }
}

/// The number in `s` if it is exactly two ASCII digits.
fn two_digits(s: &str) -> Option<u32> {
    (s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

impl FromStr for TimeOfDay {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let refuse = |reason: &str| ValueError::new(ErrorCode::InvalidTime, s, reason);
        let (clock, offset, zulu) = if let Some(clock) = s.strip_suffix('Z') {
            (clock, Some(0), true)
        } else if let Some(at) = s.rfind(['+', '-']) {
            let (clock, offset) = s.split_at(at);
            let sign = if offset.starts_with('-') { -1 } else { 1 };
            let digits = offset
                .get(1..)
                .expect("the offset starts with an ASCII sign");
            let (hours, minutes) = digits
                .split_once(':')
                .and_then(|(h, m)| Some((two_digits(h)?, two_digits(m)?)))
                .filter(|&(h, m)| h < 24 && m < 60)
                .ok_or_else(|| refuse("the offset is not ±HH:MM"))?;
            let seconds = i32::try_from(hours * 3600 + minutes * 60)
                .expect("an offset under 24 hours fits an i32");
            (clock, Some(sign * seconds), false)
        } else {
            (s, None, false)
        };
        let parts: Vec<&str> = clock.split(':').collect();
        let numbers: Option<Vec<u32>> = parts.iter().map(|p| two_digits(p)).collect();
        let (time, seconds) = match numbers.as_deref() {
            Some(&[h, m]) => (NaiveTime::from_hms_opt(h, m, 0), false),
            Some(&[h, m, sec]) => (NaiveTime::from_hms_opt(h, m, sec), true),
            _ => {
                return Err(refuse(
                    "a time of day is HH:MM or HH:MM:SS, with an optional offset",
                ))
            }
        };
        let time = time.ok_or_else(|| refuse("hours run to 23, minutes and seconds to 59"))?;
        let offset = match offset {
            Some(seconds) => Some(
                FixedOffset::east_opt(seconds)
                    .ok_or_else(|| refuse("the offset is out of range"))?,
            ),
            None => None,
        };
        Ok(TimeOfDay {
            time,
            seconds,
            offset,
            zulu,
        })
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let format = if self.seconds { "%H:%M:%S" } else { "%H:%M" };
        write!(f, "{}", self.time.format(format))?;
        match self.offset {
            Some(_) if self.zulu => f.write_str("Z"),
            Some(offset) => {
                let total = offset.local_minus_utc();
                let sign = if total < 0 { '-' } else { '+' };
                let total = total.unsigned_abs();
                write!(f, "{sign}{:02}:{:02}", total / 3600, total % 3600 / 60)
            }
            None => Ok(()),
        }
    }
}

display_newtype_impls!(TimeOfDay);

impl JsonSchema for TimeOfDay {
    fn schema_name() -> Cow<'static, str> {
        "TimeOfDay".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "structured_news::TimeOfDay".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A time of day, HH:MM or HH:MM:SS, with an optional UTC offset (Z or ±HH:MM), e.g. \"14:30+03:00\".",
            "pattern": TIME_OF_DAY_PATTERN,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_parse_and_print() {
        for good in [
            "14:30",
            "00:00",
            "23:59:59",
            "14:30+03:00",
            "09:00Z",
            "18:00-05:30",
        ] {
            let t: TimeOfDay = good.parse().unwrap();
            assert_eq!(t.to_string(), good);
        }
        for bad in [
            "24:00",
            "12:60",
            "1:30",
            "12:30:60",
            "12:30+3",
            "12:30+24:00",
            "noon",
            "",
        ] {
            let e = bad.parse::<TimeOfDay>().unwrap_err();
            assert_eq!(e.code(), ErrorCode::InvalidTime, "{bad}");
        }
    }
}

//! Checked codes: ISO 3166-1 country codes, BCP 47 language tags, URLs and
//! Wikidata ids.
//!
//! Each type here is a newtype that cannot hold a bad value: the only ways to
//! get one are [`FromStr`] (or `TryFrom<&str>`) and
//! `Deserialize`, and both run the same check. The JSON Schema of each type
//! states the same constraint as a `pattern` (or an `enum` for country codes),
//! so a schema validator and this crate agree on what is valid.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use crate::error::{ErrorCode, ValueError};
use crate::read::de::{display_newtype_impls, string_newtype_impls};

mod language;

pub use language::LanguageTag;

fn all_alpha(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphabetic())
}

fn all_digit(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit())
}

fn all_alnum(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// The bytes of `s` when it is in the sorted `list` of `N`-letter codes;
/// otherwise the refusal with `code`, naming the upper-case form when that
/// is in the list.
fn listed<const N: usize>(
    s: &str,
    list: &[&str],
    code: ErrorCode,
    plural: &str,
    what: &str,
) -> Result<[u8; N], ValueError> {
    if list.binary_search(&s).is_ok() {
        if let Ok(bytes) = <[u8; N]>::try_from(s.as_bytes()) {
            return Ok(bytes);
        }
    }
    let upper = s.to_ascii_uppercase();
    let reason = if upper != s && list.binary_search(&upper.as_str()).is_ok() {
        format!("{plural} are upper case: write {upper:?}")
    } else {
        format!("not {what}")
    };
    Err(ValueError::new(code, s, reason))
}

// ---------------------------------------------------------------------------
// CountryCode

/// Every officially assigned ISO 3166-1 alpha-2 code (249 codes), sorted.
///
/// User-assigned codes such as `XK` and reserved codes such as `SU` or `UK`
/// are not in the list.
pub(crate) const ASSIGNED_COUNTRY_CODES: [&str; 249] = [
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

/// An officially assigned ISO 3166-1 alpha-2 country code, such as `RU` or
/// `TM`, in upper case.
///
/// The code is checked against the 249 officially assigned codes; lower-case input
/// is rejected (with a hint) so that the crate and the JSON Schema `enum`
/// agree exactly.
///
/// ```
/// use structured_news::CountryCode;
///
/// let tm: CountryCode = "TM".parse()?;
/// assert_eq!(tm.as_str(), "TM");
/// assert!("XX".parse::<CountryCode>().is_err());
/// assert!("ru".parse::<CountryCode>().is_err());
/// # Ok::<(), structured_news::ValueError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// Checks `value` and makes it a country code.
    ///
    /// # Errors
    /// A [`ValueError`] with code [`ErrorCode::InvalidCountryCode`] when
    /// `value` is not an officially assigned upper-case alpha-2 code.
    pub fn new(value: &str) -> Result<Self, ValueError> {
        value.parse()
    }

    /// The code as text, e.g. `"RU"`.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0)
            .expect("both bytes are ASCII upper-case letters, checked when the code was made")
    }
}

impl fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CountryCode({})", self.as_str())
    }
}

impl FromStr for CountryCode {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        listed(
            s,
            &ASSIGNED_COUNTRY_CODES,
            ErrorCode::InvalidCountryCode,
            "country codes",
            "an officially assigned ISO 3166-1 alpha-2 country code",
        )
        .map(CountryCode)
    }
}

string_newtype_impls!(CountryCode);

impl JsonSchema for CountryCode {
    fn schema_name() -> Cow<'static, str> {
        "CountryCode".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "structured_news::CountryCode".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "An officially assigned ISO 3166-1 alpha-2 country code, upper case.",
            "enum": ASSIGNED_COUNTRY_CODES.as_slice(),
        })
    }
}

// ---------------------------------------------------------------------------
// CurrencyCode

/// Every active ISO 4217 currency code (178 codes, as listed by pycountry
/// 26.2.16), sorted.
pub(crate) const CURRENCY_CODES: [&str; 178] = [
    "AED", "AFN", "ALL", "AMD", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BHD",
    "BIF", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF",
    "CHE", "CHF", "CHW", "CLF", "CLP", "CNY", "COP", "COU", "CRC", "CUP", "CVE", "CZK", "DJF",
    "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP",
    "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR",
    "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT",
    "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP",
    "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR",
    "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB",
    "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN",
    "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH",
    "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAD",
    "XAF", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XCD", "XCG", "XDR", "XOF", "XPD", "XPF",
    "XPT", "XSU", "XTS", "XUA", "XXX", "YER", "ZAR", "ZMW", "ZWG",
];

/// An active ISO 4217 currency code, such as `GBP` or `USD`, in upper case.
///
/// ```
/// use structured_news::CurrencyCode;
///
/// let pound: CurrencyCode = "GBP".parse()?;
/// assert_eq!(pound.as_str(), "GBP");
/// assert!("gbp".parse::<CurrencyCode>().is_err());
/// assert!("XYZ".parse::<CurrencyCode>().is_err());
/// # Ok::<(), structured_news::ValueError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CurrencyCode([u8; 3]);

impl CurrencyCode {
    /// Checks `value` and makes it a currency code.
    ///
    /// # Errors
    /// A [`ValueError`] with code [`ErrorCode::InvalidCurrencyCode`] when
    /// `value` is not an active upper-case ISO 4217 code.
    pub fn new(value: &str) -> Result<Self, ValueError> {
        value.parse()
    }

    /// The code as text, e.g. `"GBP"`.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0)
            .expect("the bytes are ASCII upper-case letters, checked when the code was made")
    }
}

impl fmt::Debug for CurrencyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CurrencyCode({})", self.as_str())
    }
}

impl FromStr for CurrencyCode {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        listed(
            s,
            &CURRENCY_CODES,
            ErrorCode::InvalidCurrencyCode,
            "currency codes",
            "an active ISO 4217 currency code",
        )
        .map(CurrencyCode)
    }
}

string_newtype_impls!(CurrencyCode);

impl JsonSchema for CurrencyCode {
    fn schema_name() -> Cow<'static, str> {
        "CurrencyCode".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "structured_news::CurrencyCode".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "An active ISO 4217 currency code, upper case, e.g. \"GBP\".",
            "enum": CURRENCY_CODES.as_slice(),
        })
    }
}

// ---------------------------------------------------------------------------
// Url

/// The pattern every [`Url`] matches (ECMA-262 / JSON Schema syntax).
pub(crate) const URL_PATTERN: &str =
    "^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9._~!$&'()*+,;=:@/?#\\[\\]-]|%[0-9A-Fa-f]{2}|[^\\x00-\\x7F])+$";

/// An absolute URI or IRI, such as `https://example.com/news/1`.
///
/// The check is syntactic: a scheme (`https`, `urn`, ...), a colon, then one
/// or more characters allowed in a URI (RFC 3986 unreserved, reserved and
/// percent-encoded `%XX`) or any non-ASCII character (as IRIs allow). Spaces,
/// control characters and `<>"{}|\^` must be percent-encoded. The text is
/// kept as written, not normalised.
///
/// ```
/// use structured_news::Url;
///
/// assert!("https://www.mid.ru/en/".parse::<Url>().is_ok());
/// assert!("urn:isbn:0451450523".parse::<Url>().is_ok());
/// assert!("www.mid.ru".parse::<Url>().is_err()); // no scheme
/// assert!("https://a b".parse::<Url>().is_err()); // a space
/// ```
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Url(Box<str>);

impl Url {
    /// Checks `value` and makes it a URL.
    ///
    /// # Errors
    /// A [`ValueError`] with code [`ErrorCode::InvalidUrl`].
    pub fn new(value: &str) -> Result<Self, ValueError> {
        value.parse()
    }

    /// The URL as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The scheme, e.g. `"https"`.
    pub fn scheme(&self) -> &str {
        self.0
            .split(':')
            .next()
            .expect("split yields at least one piece")
    }
}

impl fmt::Debug for Url {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Url({:?})", &*self.0)
    }
}

fn is_uri_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "._~!$&'()*+,;=:@/?#[]-".contains(c) || !c.is_ascii()
}

impl FromStr for Url {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = |reason: String| ValueError::new(ErrorCode::InvalidUrl, s, reason);
        let Some((scheme, rest)) = s.split_once(':') else {
            return Err(err("a URL needs a scheme such as \"https:\"".into()));
        };
        let scheme_ok = scheme
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphabetic())
            && scheme
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'.' | b'-'));
        if !scheme_ok {
            return Err(err(format!(
                "{scheme:?} is not a URL scheme (a letter, then letters, digits, '+', '.' or '-')"
            )));
        }
        if rest.is_empty() {
            return Err(err("nothing follows the scheme".into()));
        }
        let mut chars = rest.char_indices();
        while let Some((_, c)) = chars.next() {
            if c == '%' {
                let hex = chars.next().map(|(_, c)| c).filter(char::is_ascii_hexdigit);
                let hex2 = hex
                    .and_then(|_| chars.next().map(|(_, c)| c))
                    .filter(char::is_ascii_hexdigit);
                if hex2.is_none() {
                    return Err(err("'%' must be followed by two hexadecimal digits".into()));
                }
            } else if !is_uri_char(c) {
                return Err(err(format!(
                    "{c:?} is not allowed in a URL; percent-encode it"
                )));
            }
        }
        Ok(Url(s.into()))
    }
}

string_newtype_impls!(Url);

impl JsonSchema for Url {
    fn schema_name() -> Cow<'static, str> {
        "Url".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "structured_news::Url".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "An absolute URI or IRI: a scheme, a colon, then URI characters (RFC 3986 unreserved, reserved or %XX) or non-ASCII characters. Kept as written.",
            "pattern": URL_PATTERN,
        })
    }
}

// ---------------------------------------------------------------------------
// WikidataId

/// The pattern every [`WikidataId`] matches.
pub(crate) const WIKIDATA_ID_PATTERN: &str = "^Q[1-9][0-9]{0,11}$";

/// A Wikidata item id: `Q` followed by a positive number without leading
/// zeros, such as `Q159` (Russia).
///
/// ```
/// use structured_news::WikidataId;
///
/// let russia: WikidataId = "Q159".parse()?;
/// assert_eq!(russia.number(), 159);
/// assert_eq!(russia.url(), "https://www.wikidata.org/wiki/Q159");
/// assert!("Q0159".parse::<WikidataId>().is_err());
/// # Ok::<(), structured_news::ValueError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WikidataId(u64);

impl WikidataId {
    /// Checks `value` and makes it a Wikidata id.
    ///
    /// # Errors
    /// A [`ValueError`] with code [`ErrorCode::InvalidWikidataId`].
    pub fn new(value: &str) -> Result<Self, ValueError> {
        value.parse()
    }

    /// The number after the `Q`.
    pub fn number(&self) -> u64 {
        self.0
    }

    /// The item's page on wikidata.org.
    pub fn url(&self) -> String {
        format!("https://www.wikidata.org/wiki/Q{}", self.0)
    }
}

impl fmt::Debug for WikidataId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "WikidataId(Q{})", self.0)
    }
}

impl fmt::Display for WikidataId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Q{}", self.0)
    }
}

impl FromStr for WikidataId {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let digits = s.strip_prefix('Q').unwrap_or_default();
        let ok = !digits.is_empty()
            && digits.len() <= 12
            && all_digit(digits)
            && !digits.starts_with('0');
        match digits.parse::<u64>() {
            Ok(n) if ok => Ok(WikidataId(n)),
            _ => Err(ValueError::new(
                ErrorCode::InvalidWikidataId,
                s,
                "a Wikidata item id is 'Q' followed by a number without leading zeros, e.g. \"Q159\"",
            )),
        }
    }
}

display_newtype_impls!(WikidataId);

impl JsonSchema for WikidataId {
    fn schema_name() -> Cow<'static, str> {
        "WikidataId".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "structured_news::WikidataId".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A Wikidata item id: 'Q' followed by a number without leading zeros, e.g. \"Q159\".",
            "pattern": WIKIDATA_ID_PATTERN,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn currency_list_is_sorted_and_unique() {
        assert!(CURRENCY_CODES.windows(2).all(|w| w[0] < w[1]));
        assert!(CURRENCY_CODES
            .iter()
            .all(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase())));
    }

    #[test]
    fn country_list_is_sorted_and_unique() {
        assert!(ASSIGNED_COUNTRY_CODES.windows(2).all(|w| w[0] < w[1]));
        assert!(ASSIGNED_COUNTRY_CODES
            .iter()
            .all(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())));
    }

    #[test]
    fn urls() {
        assert!("https://nca.tm/news/2023/12/04/".parse::<Url>().is_ok());
        assert!("https://ru.wikipedia.org/wiki/Ашхабад"
            .parse::<Url>()
            .is_ok());
        assert!("https://a%2Fb".parse::<Url>().is_ok());
        for bad in [
            "",
            "nca.tm",
            ":x",
            "1http://x",
            "https:",
            "https://a b",
            "https://a%2",
            "https://a%zz",
            "http://x\"y",
        ] {
            let err = bad.parse::<Url>().unwrap_err();
            assert_eq!(err.code(), ErrorCode::InvalidUrl, "{bad}");
        }
    }
}

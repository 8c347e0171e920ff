//! Quantities: amounts of money with their ISO 4217 currency ("over £9
//! billion") and counts with what they count ("killed over 100,000
//! people"), each with how the article qualifies it.

use schemars::JsonSchema;
use serde::Serialize;
use serde_json::Number;

use crate::model::evidence::Evidence;
use crate::read::de::model;
use crate::value::codes::CurrencyCode;
use crate::value::vocab::vocabulary;

vocabulary! {
    /// How the article qualifies a number.
    pub enum QuantityQualifier {
        /// Exactly ("£850,000").
        Exactly = "exactly",
        /// About, around, some, nearly ("about 6,900").
        About = "about",
        /// Over, more than ("over £9 billion").
        Over = "over",
        /// Under, fewer or less than.
        Under = "under",
        /// At least.
        AtLeast = "at_least",
        /// At most, up to.
        AtMost = "at_most",
    }
}

model! {
    /// A number the article gives: money when it has a `currency`, otherwise
    /// a count of `unit`.
    #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Quantity {
        /// The number itself, in units (9000000000 for "£9 billion").
        pub amount: Number,
        /// The ISO 4217 code of the currency, for money ("GBP").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<CurrencyCode>,
        /// What is counted ("people", "households", "percent"). Must not be
        /// blank.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub unit: Option<String>,
        /// How the article qualifies it; absent when it says nothing.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub qualifier: Option<QuantityQualifier>,
        /// The words as written ("over £9 billion"). Must not be blank.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub text: Option<String>,
        /// The words in the body (or headline) that give it; each must really
        /// be there.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub evidence: Vec<Evidence>,
        /// The same amount given in another currency ("50 million euros
        /// (USD 54 million)"): one amount, never a second one. Only for
        /// money, in another currency than `currency`
        /// (`equivalent_conflict`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub equivalent: Option<Equivalent>,
        /// Whether the amount is implied rather than stated ("so did its
        /// neighbour": the neighbour's amount is the one given before).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        pub inferred: bool,
    }
}

model! {
    /// An amount of money given again in another currency, as the article
    /// gives it beside the first ("USD 54 million" after "50 million
    /// euros").
    #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Equivalent {
        /// The number in that currency, in units (54000000).
        pub amount: Number,
        /// The ISO 4217 code of that currency ("USD").
        pub currency: CurrencyCode,
        /// The words as written ("USD 54 million"). Must not be blank.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub text: Option<String>,
    }
}

impl Equivalent {
    /// `amount` in `currency`.
    pub fn new(amount: impl Into<Number>, currency: CurrencyCode) -> Self {
        Equivalent {
            amount: amount.into(),
            currency,
            text: None,
        }
    }
}

impl Quantity {
    /// An amount of money in `currency`.
    ///
    /// ```
    /// use structured_news::{CurrencyCode, Quantity};
    ///
    /// let pledge = Quantity::money(9_000_000_000u64, "GBP".parse::<CurrencyCode>()?)
    ///     .over()
    ///     .as_written("over £9 billion");
    /// assert_eq!(serde_json::to_string(&pledge.amount)?, "9000000000");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn money(amount: impl Into<Number>, currency: CurrencyCode) -> Self {
        Quantity {
            amount: amount.into(),
            currency: Some(currency),
            unit: None,
            qualifier: None,
            text: None,
            evidence: Vec::new(),
            equivalent: None,
            inferred: false,
        }
    }

    /// A count of `unit`.
    pub fn count(amount: impl Into<Number>, unit: &str) -> Self {
        Quantity {
            amount: amount.into(),
            currency: None,
            unit: Some(unit.to_owned()),
            qualifier: None,
            text: None,
            evidence: Vec::new(),
            equivalent: None,
            inferred: false,
        }
    }

    /// Sets how the article qualifies the number.
    #[must_use]
    pub fn qualified(mut self, qualifier: QuantityQualifier) -> Self {
        self.qualifier = Some(qualifier);
        self
    }

    /// Qualifies the number as "over".
    #[must_use]
    pub fn over(self) -> Self {
        self.qualified(QuantityQualifier::Over)
    }

    /// Qualifies the number as "about".
    #[must_use]
    pub fn about(self) -> Self {
        self.qualified(QuantityQualifier::About)
    }

    /// The same amount in another currency.
    #[must_use]
    pub fn equivalent(mut self, equivalent: Equivalent) -> Self {
        self.equivalent = Some(equivalent);
        self
    }

    /// Marks the amount as implied rather than stated.
    #[must_use]
    pub fn inferred(mut self) -> Self {
        self.inferred = true;
        self
    }

    /// Keeps the words as written.
    #[must_use]
    pub fn as_written(mut self, text: &str) -> Self {
        self.text = Some(text.to_owned());
        self
    }

    /// Adds evidence as given (checked by validation, not located; to
    /// locate the words, give them with [`as_written`](Self::as_written)
    /// and add evidence to the part that holds the quantity).
    #[must_use]
    pub fn evidence(mut self, evidence: Evidence) -> Self {
        self.evidence.push(evidence);
        self
    }
}

//! Quantities: amounts of money with their ISO 4217 currency ("over £9
//! billion") and counts with what they count ("killed over 100,000
//! people"), each with how the article qualifies it; a range ("between 30
//! and 40") or only the words of a vague size ("dozens", "countless"); and
//! durations ("a two-day visit", "months of negotiation").

use schemars::JsonSchema;
use serde::Serialize;
use serde_json::Number;

use crate::model::evidence::Evidence;
use crate::read::de::model;
use crate::value::codes::CurrencyCode;
use crate::value::date::{IsoDuration, When};
use crate::value::vocab::vocabulary;

vocabulary! {
    /// How the article qualifies a number.
    pub enum QuantityQualifier {
        /// Exactly ("£850,000").
        Exactly = "exactly",
        /// About, around, some, roughly ("about 6,900").
        About = "about",
        /// Nearly, almost, just under ("nearly 300"): a little below the
        /// number, never above it.
        Nearly = "nearly",
        /// Over, more than ("over £9 billion").
        Over = "over",
        /// Under, fewer or less than.
        Under = "under",
        /// At least.
        AtLeast = "at_least",
        /// At most, up to.
        AtMost = "at_most",
        /// Estimated: a number someone reckons, not a count ("estimated at
        /// $4.1 billion per year", «по оценкам»). New in 2.1.
        Estimated = "estimated",
    }
}

vocabulary! {
    /// The size the article gives in words instead of a number ("dozens of
    /// people", "countless homes"): recorded as written, never turned into a
    /// number.
    pub enum VagueSize {
        /// A few ("a few", "a handful").
        Few = "few",
        /// Several, some ("several people", "a number of").
        Several = "several",
        /// Many, numerous, scores of.
        Many = "many",
        /// Dozens ("dozens of delegates").
        Dozens = "dozens",
        /// Hundreds ("hundreds of people", "several hundred").
        Hundreds = "hundreds",
        /// Thousands ("thousands of homes").
        Thousands = "thousands",
        /// Tens of thousands.
        TensOfThousands = "tens_of_thousands",
        /// Hundreds of thousands.
        HundredsOfThousands = "hundreds_of_thousands",
        /// Millions.
        Millions = "millions",
        /// Billions.
        Billions = "billions",
        /// Countless, untold, innumerable.
        Countless = "countless",
    }
}

vocabulary! {
    /// What a number is to the change the article reports ("plans to
    /// double trade from $5.3 billion to $10 billion a year": $5.3 billion
    /// is the `baseline`, $10 billion the `target`). Absent, a number is
    /// simply the amount of what it counts. New in 2.1.
    pub enum QuantityRole {
        /// The value a change starts from, now or at an earlier date
        /// ("from $5.3 billion", "up from 300 last year", "current trade
        /// of $5.3 billion"). Never an amount pledged or delivered: the
        /// ledger and its SQL views leave it out.
        Baseline = "baseline",
        /// The value a change is to reach ("to $10 billion", "a target of
        /// 1 million tonnes"): the level aimed at, not an amount added.
        /// Never an amount pledged or delivered either (trade "to reach $10
        /// billion" is promised by no one): the ledger and its SQL views
        /// leave it out. A pledge of a total ("aid of $1 billion") has no
        /// role.
        Target = "target",
        /// The size of the change itself, up or down ("by $2 billion", "an
        /// additional 500 troops", "a 10 percent increase").
        Change = "change",
    }
}

model! {
    /// A number the article gives: money when it has a `currency`, otherwise
    /// a count of `unit`. One number (`amount`), a range ("between 30 and
    /// 40": `amount` and `amount_max`), or no number at all, only the words
    /// ("dozens of delegates": `size` and `text`).
    #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Quantity {
        /// The number itself, in units (9000000000 for "£9 billion"); the
        /// lower bound of a range ("between 30 and 40": 30). Absent when the
        /// article gives no number ("dozens"): then `text` holds the words
        /// (`empty_quantity`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<Number>,
        /// The upper bound of a range ("between 30 and 40": 40), never below
        /// `amount` and only with it (`invalid_range`; "up to 40" is
        /// `amount` 40 with the qualifier `at_most`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub amount_max: Option<Number>,
        /// The size the words give instead of a number ("dozens",
        /// "countless"); absent when they give none.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub size: Option<VagueSize>,
        /// The ISO 4217 code of the currency, for money ("GBP").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<CurrencyCode>,
        /// What is counted ("people", "households", "percent"). Must not be
        /// blank.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub unit: Option<String>,
        /// What the number is a measure of, in the article's words: "trade
        /// turnover" or «товарооборот» for "trade reached nearly $2
        /// billion", "investment", "exports". Not what is counted (that is
        /// `unit` or `currency`: "$2 billion" of trade is counted in
        /// dollars). Must not be blank. New in 2.1.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub measure: Option<String>,
        /// The period or day the number is for ("last year", "in 2023",
        /// "by 2030" for a target): the same date as everywhere, a value,
        /// its words or both (`empty_date`), its words agreeing with its
        /// value (`date_words_disagree`). It may lie after the
        /// publication (a target's year). New in 2.1.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub date: Option<When>,
        /// The period each amount is for, when the number is a rate ("£11mn
        /// annually": `years`; "$2 million a month": `months`). A rate is no
        /// total: the ledger and its SQL views leave it out of the amounts
        /// pledged and delivered. New in 2.1.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub per: Option<TimeUnit>,
        /// What the number is to a change the article reports: where it
        /// starts (`baseline`), where it is to end (`target`) or by how
        /// much (`change`); absent for a plain amount. A baseline is no
        /// amount pledged: the ledger and its SQL views leave it out. New
        /// in 2.1.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub role: Option<QuantityRole>,
        /// How many times something is to grow or shrink, when the article
        /// gives a multiplier instead of an amount: 2 for "double" or
        /// «вдвое», 3 for "triple", 0.5 for "halve"; "nearly double" is 2
        /// with the qualifier `nearly`. Above zero (`invalid_factor`), and
        /// alone: a factor is no amount of anything, so it has no
        /// `amount`, range, size, currency, unit, rate or equivalent, and
        /// is the `change` if it has a role (`factor_conflict`). Never an
        /// amount pledged. New in 2.1.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub factor: Option<Number>,
        /// How the article qualifies it; absent when it says nothing.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub qualifier: Option<QuantityQualifier>,
        /// The words as written ("over £9 billion"). Must not be blank;
        /// needed when there is no `amount` (`empty_quantity`).
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
    /// let between = Quantity::money(30u64, "GBP".parse()?).up_to_max(40u64);
    /// assert_eq!(serde_json::to_string(&between.amount_max)?, "40");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn money(amount: impl Into<Number>, currency: CurrencyCode) -> Self {
        Quantity {
            amount: Some(amount.into()),
            amount_max: None,
            size: None,
            currency: Some(currency),
            unit: None,
            measure: None,
            date: None,
            per: None,
            role: None,
            factor: None,
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
            amount: Some(amount.into()),
            amount_max: None,
            size: None,
            currency: None,
            unit: Some(unit.to_owned()),
            measure: None,
            date: None,
            per: None,
            role: None,
            factor: None,
            qualifier: None,
            text: None,
            evidence: Vec::new(),
            equivalent: None,
            inferred: false,
        }
    }

    /// A count of `unit` that the article gives only in words, without a
    /// number: `text` as written ("dozens of delegates"), `size` what they
    /// say ([`VagueSize::Dozens`]).
    ///
    /// ```
    /// use structured_news::{Quantity, VagueSize};
    ///
    /// let delegates = Quantity::vague(VagueSize::Dozens, "delegates", "dozens of delegates");
    /// assert_eq!(delegates.amount, None);
    /// assert_eq!(delegates.size, Some(VagueSize::Dozens));
    /// ```
    pub fn vague(size: VagueSize, unit: &str, text: &str) -> Self {
        Quantity {
            amount: None,
            amount_max: None,
            size: Some(size),
            currency: None,
            unit: Some(unit.to_owned()),
            measure: None,
            date: None,
            per: None,
            role: None,
            factor: None,
            qualifier: None,
            text: Some(text.to_owned()),
            evidence: Vec::new(),
            equivalent: None,
            inferred: false,
        }
    }

    /// A multiplier the article gives instead of an amount: 2 for
    /// "double", 0.5 for "halve" (`Number::from_f64(0.5)`), the field
    /// `factor`.
    ///
    /// ```
    /// use structured_news::{Quantity, QuantityRole};
    ///
    /// // «увеличения почти вдвое»: nearly double.
    /// let double = Quantity::times(2u64).nearly().as_written("почти вдвое");
    /// assert_eq!(serde_json::to_string(&double.factor)?, "2");
    /// assert_eq!(double.amount, None);
    /// let from = Quantity::money(5_300_000_000u64, "USD".parse()?).with_role(QuantityRole::Baseline);
    /// assert_eq!(from.role, Some(QuantityRole::Baseline));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn times(factor: impl Into<Number>) -> Self {
        Quantity {
            amount: None,
            amount_max: None,
            size: None,
            currency: None,
            unit: None,
            measure: None,
            date: None,
            per: None,
            role: None,
            factor: Some(factor.into()),
            qualifier: None,
            text: None,
            evidence: Vec::new(),
            equivalent: None,
            inferred: false,
        }
    }

    /// Says what the number is to a change: its `baseline`, `target` or
    /// the `change` itself.
    #[must_use]
    pub fn with_role(mut self, role: QuantityRole) -> Self {
        self.role = Some(role);
        self
    }

    /// Says what the number is a measure of, in the article's words
    /// ("trade turnover"), and the period or day it is for.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use structured_news::{Quantity, Tense, When};
    ///
    /// // «товарооборот в прошлом году составил почти 2 млрд долларов»,
    /// // in an article of 13 September 2018: last year is 2017.
    /// let published = NaiveDate::from_ymd_opt(2018, 9, 13).ok_or("no such day")?;
    /// let last_year = When::relative_in("ru", "в прошлом году", published, Tense::Past)?;
    /// let trade = Quantity::money(2_000_000_000u64, "USD".parse()?)
    ///     .nearly()
    ///     .measuring("trade turnover")
    ///     .dated(last_year)
    ///     .as_written("почти 2 млрд долларов");
    /// assert_eq!(trade.measure.as_deref(), Some("trade turnover"));
    /// let date = trade.date.ok_or("no date")?;
    /// assert_eq!(date.value.map(|v| v.to_string()).as_deref(), Some("2017"));
    /// assert_eq!(date.text.as_deref(), Some("в прошлом году"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn measuring(mut self, measure: &str) -> Self {
        self.measure = Some(measure.to_owned());
        self
    }

    /// Sets the period or day the number is for ("last year").
    #[must_use]
    pub fn dated(mut self, date: When) -> Self {
        self.date = Some(date);
        self
    }

    /// Makes the number the lower bound of a range up to `upper`
    /// ("between 30 and 40").
    #[must_use]
    pub fn up_to_max(mut self, upper: impl Into<Number>) -> Self {
        self.amount_max = Some(upper.into());
        self
    }

    /// Sets the size the words give instead of a number.
    #[must_use]
    pub fn sized(mut self, size: VagueSize) -> Self {
        self.size = Some(size);
        self
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

    /// Qualifies the number as "nearly" (just under it).
    #[must_use]
    pub fn nearly(self) -> Self {
        self.qualified(QuantityQualifier::Nearly)
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

    /// The amount each `unit` of time ("£11mn annually":
    /// [`TimeUnit::Years`]): a rate, not a total.
    #[must_use]
    pub fn per(mut self, unit: TimeUnit) -> Self {
        self.per = Some(unit);
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

vocabulary! {
    /// The unit of a length of time the article gives without a number
    /// ("after months of negotiation": `months`).
    pub enum TimeUnit {
        /// Minutes.
        Minutes = "minutes",
        /// Hours.
        Hours = "hours",
        /// Days.
        Days = "days",
        /// Weeks.
        Weeks = "weeks",
        /// Months.
        Months = "months",
        /// Years.
        Years = "years",
        /// Decades.
        Decades = "decades",
    }
}

model! {
    /// A length of time as the article gives it, with no start date: "a
    /// two-day visit" (`P2D`), "three years into the war" (`P3Y`), "after
    /// months of negotiation" (no number: the unit `months`). It needs a
    /// value, a unit or its words (`empty_quantity`).
    #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Duration {
        /// The length as an ISO 8601 duration (`P2D`, `P3Y`, `PT6H`),
        /// refused when malformed (`invalid_duration`); absent when the
        /// article gives no number.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub value: Option<IsoDuration>,
        /// The unit the article gives without a number ("months of
        /// negotiation": `months`); absent with a `value`, which has its
        /// own units.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub unit: Option<TimeUnit>,
        /// How the article qualifies it ("about three years", "more than
        /// a decade"); absent when it says nothing.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub qualifier: Option<QuantityQualifier>,
        /// The words as written ("two-day", "months of"). Must not be blank.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub text: Option<String>,
    }
}

impl Duration {
    /// A length of time given with a number.
    ///
    /// ```
    /// use structured_news::Duration;
    ///
    /// let visit = Duration::of("P2D".parse()?).as_written("two-day");
    /// assert_eq!(visit.value.map(|v| v.to_string()).as_deref(), Some("P2D"));
    /// # Ok::<(), structured_news::ValueError>(())
    /// ```
    pub fn of(value: IsoDuration) -> Self {
        Duration {
            value: Some(value),
            unit: None,
            qualifier: None,
            text: None,
        }
    }

    /// A length of time the article gives in a unit without a number
    /// ("months of negotiation").
    pub fn vague(unit: TimeUnit) -> Self {
        Duration {
            value: None,
            unit: Some(unit),
            qualifier: None,
            text: None,
        }
    }

    /// Sets how the article qualifies it.
    #[must_use]
    pub fn qualified(mut self, qualifier: QuantityQualifier) -> Self {
        self.qualifier = Some(qualifier);
        self
    }

    /// Keeps the words as written.
    #[must_use]
    pub fn as_written(mut self, text: &str) -> Self {
        self.text = Some(text.to_owned());
        self
    }
}

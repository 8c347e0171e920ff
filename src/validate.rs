//! The rules: everything the types alone cannot enforce, as the impls of
//! [`Validate`](crate::Validate).
//!
//! An article is checked against its [`ArticleIndex`](scope::ArticleIndex),
//! built once: the table of ids, the body and its offset index, the
//! publication date and the cycles of its chains. A part checked on its
//! own ([`Person::validate`](crate::Person), ...) is checked
//! [`Alone`](scope::Alone): the same rules, less those that need the rest
//! of the article. Each family of rules has a file in `rules/`; the table
//! of every code is on [`ErrorCode`](crate::ErrorCode) and in the crate
//! documentation.

mod body;
mod checker;
mod cycles;
mod ids;
mod index;
mod lexicon;
mod rules;
mod scope;

use checker::Checker;
use index::{Alone, ArticleIndex};

use crate::error::{Validate, ValidationErrors};
use crate::model::article::Article;
use crate::model::assessment::Assessment;
use crate::model::commitment::Commitment;
use crate::model::document::Document;
use crate::model::entity::{Group, Organization, Person, Place};
use crate::model::event::Event;
use crate::model::meeting::Meeting;
use crate::model::position::{Issue, Position};
use crate::model::relation::Relation;
use crate::model::request::Request;
use crate::model::statement::Statement;

/// Whether statement `s` of commitment `m` reports the commitment rather
/// than makes or repeats it (a third party's word of a bound party's
/// plan): the rule that `unrepresented_party` reads, for the ledger.
pub(crate) fn statement_reports(
    graph: &crate::model::graph::ArticleGraph<'_>,
    m: &Commitment,
    s: &Statement,
) -> bool {
    rules::parties::reports(graph, m, s)
}

/// Every rule, with references resolved in the article.
impl Validate for Article {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let index = ArticleIndex::new(self);
        let mut c = Checker::new();
        rules::article::article(&mut c, self, &index);
        c.finish()
    }
}

/// Implements [`Validate`] for a part checked alone with `$rule`.
macro_rules! alone {
    ($($ty:ty => $rule:path;)*) => {
        $(
            /// The part's own rules; references, evidence in the body and
            /// dates against the publication need the article.
            impl Validate for $ty {
                fn validate(&self) -> Result<(), ValidationErrors> {
                    let mut c = Checker::new();
                    $rule(&mut c, self, &Alone);
                    c.finish()
                }
            }
        )*
    };
}

alone! {
    Person => rules::entities::person;
    Organization => rules::entities::organization;
    Place => rules::entities::place;
    Group => rules::entities::group;
    Document => rules::documents::document;
    Event => rules::events::event;
    Meeting => rules::meetings::meeting;
    Statement => rules::statements::statement;
    Commitment => rules::commitments::commitment;
    Assessment => rules::assessments::assessment;
    Issue => rules::positions::issue;
    Position => rules::positions::position;
    Relation => rules::relations::relation;
    Request => rules::requests::request;
}

//! The rules of dates that only the article can check: nothing reported as
//! done after the article was published, nothing due before it was promised.

use chrono::{Days, NaiveDate};

use crate::date::{EventDate, PublicationDate};
use crate::error::ErrorCode;
use crate::validate::checker::Checker;

/// A day's allowance for time zones when comparing a date with the
/// publication date.
const TIME_ZONE_ALLOWANCE: Days = Days::new(1);

/// The article's publication, as the date rules compare with it.
pub(crate) struct Publication {
    published: PublicationDate,
    /// The last day a date may start on: the publication's last day and a
    /// day for time zones.
    latest: NaiveDate,
}

impl Publication {
    pub(crate) fn new(published: PublicationDate) -> Self {
        let last_day = published.last_day();
        Publication {
            published,
            // The last day chrono knows has no day after it; nothing can
            // start after it either.
            latest: last_day
                .checked_add_days(TIME_ZONE_ALLOWANCE)
                .unwrap_or(last_day),
        }
    }

    /// Reports `what` dated `date` at `key` if it starts after the
    /// publication (allowing one day for time zones). A date whose start is
    /// open or unknown (`../2024`, `/2024`) is never reported: nothing says
    /// it started after.
    pub(crate) fn check_not_after(
        &self,
        c: &mut Checker,
        key: &'static str,
        date: &EventDate,
        what: &str,
    ) {
        if date.first_day().is_some_and(|first| first > self.latest) {
            c.report_at(
                key,
                ErrorCode::DateAfterPublication,
                format!(
                    "{what} dated {date} lies after the article's publication ({})",
                    self.published
                ),
            );
        }
    }
}

/// Reports at `due` a commitment that falls due before the date `made` of
/// the statement that made it. Only known days are compared: a due date
/// with an open or unknown end, or a statement date with an open or unknown
/// start, is never reported.
pub(crate) fn check_due_not_before_made(c: &mut Checker, due: &EventDate, made: &EventDate) {
    let (Some(due_last), Some(made_first)) = (due.last_day(), made.first_day()) else {
        return;
    };
    if due_last < made_first {
        c.report_at(
            "value",
            ErrorCode::DueBeforeMade,
            format!("it falls due ({due}) before the statement that made it ({made})"),
        );
    }
}

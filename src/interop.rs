//! How the model maps onto the vocabularies of event data and the web:
//! PLOVER event types, CAMEO codes and schema.org event statuses.
//!
//! ```
//! use structured_news::interop::{meeting_cameo_code, schema_org_event_status};
//! use structured_news::{Id, Meeting, MeetingKind, MeetingStatus};
//!
//! let call = Meeting::new(Id::new("m1")?, MeetingKind::PhoneCall, MeetingStatus::Held);
//! assert_eq!(meeting_cameo_code(&call), Some("041"));
//! assert_eq!(
//!     schema_org_event_status(&MeetingStatus::Postponed),
//!     Some("https://schema.org/EventPostponed")
//! );
//! # Ok::<(), structured_news::ValueError>(())
//! ```

use crate::commitment::CommitmentKind;
use crate::meeting::{Meeting, MeetingKind, MeetingStatus};

/// The PLOVER event type of a meeting, held or planned.
pub const MEETING_PLOVER_EVENT_TYPE: &str = "CONSULT";

/// The PLOVER event type of a commitment (and of a future meeting, which
/// PLOVER codes as an agreement to meet).
pub const COMMITMENT_PLOVER_EVENT_TYPE: &str = "AGREE";

/// The CAMEO event code of a meeting as the article reports it: a held (or
/// ongoing) meeting is a consultation (`040`; `041` by telephone or video,
/// `042` a visit, `046` negotiations); a planned or proposed one is an
/// intent to meet (`036`);
/// a cancelled one, or one whose status this version does not know, has
/// none.
pub fn meeting_cameo_code(meeting: &Meeting) -> Option<&'static str> {
    match meeting.status {
        MeetingStatus::Held | MeetingStatus::InProgress => Some(match meeting.kind {
            MeetingKind::PhoneCall | MeetingKind::VideoConference => "041",
            MeetingKind::Visit => "042",
            MeetingKind::Negotiations => "046",
            _ => "040",
        }),
        MeetingStatus::Scheduled
        | MeetingStatus::Proposed
        | MeetingStatus::Announced
        | MeetingStatus::Postponed
        | MeetingStatus::Rescheduled => Some("036"),
        _ => None,
    }
}

/// The CAMEO code of a commitment's intent: `036` to meet or negotiate,
/// `031` material cooperation, `032` diplomatic support, `033` material
/// aid, `030` cooperation not otherwise specified; `None` for a kind this
/// version does not know.
pub fn commitment_cameo_code(kind: &CommitmentKind) -> Option<&'static str> {
    Some(match kind {
        CommitmentKind::Attend
        | CommitmentKind::Host
        | CommitmentKind::Hold
        | CommitmentKind::Visit
        | CommitmentKind::Meet
        | CommitmentKind::Negotiate => "036",
        CommitmentKind::Build | CommitmentKind::Implement => "031",
        CommitmentKind::Support => "032",
        CommitmentKind::Fund | CommitmentKind::Supply => "033",
        CommitmentKind::Cooperate
        | CommitmentKind::Sign
        | CommitmentKind::Ratify
        | CommitmentKind::Other => "030",
        _ => return None,
    })
}

/// The schema.org `EventStatusType` a meeting status maps onto (a held,
/// ongoing, scheduled or announced meeting is `EventScheduled`); `None` for
/// a proposed meeting, which schema.org has no status for, and for a status
/// this version does not know.
pub fn schema_org_event_status(status: &MeetingStatus) -> Option<&'static str> {
    Some(match status {
        MeetingStatus::Held
        | MeetingStatus::InProgress
        | MeetingStatus::Scheduled
        | MeetingStatus::Announced => "https://schema.org/EventScheduled",
        MeetingStatus::Postponed => "https://schema.org/EventPostponed",
        MeetingStatus::Rescheduled => "https://schema.org/EventRescheduled",
        MeetingStatus::Cancelled => "https://schema.org/EventCancelled",
        _ => return None,
    })
}

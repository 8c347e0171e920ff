//! The rules of statements.

use super::{
    dates, evidence_list, grounding, meetings, optional_reference, quantities, reference,
    reference_list, value_of, when,
};
use crate::error::ErrorCode;
use crate::model::graph::Part;
use crate::model::meeting::{Attendance, Meeting};
use crate::model::statement::{Statement, StatementMode};
use crate::validate::checker::Checker;
use crate::validate::ids::{AUTHOR, DOCUMENT, MEETING, PARTY, SPEAKER, SUBJECT};
use crate::validate::scope::Scope;

/// A statement, field by field; a direct quote's problem is placed at its
/// text.
pub(crate) fn statement(c: &mut Checker, s: &Statement, scope: &impl Scope) {
    reference(c, scope, "speaker", &s.speaker, SPEAKER);
    let speaker_mark = c.mark();
    optional_reference(c, scope, "document", s.document.as_ref(), DOCUMENT);
    optional_reference(c, scope, "on_behalf_of", s.on_behalf_of.as_ref(), PARTY);
    let party_mark = c.mark();
    reference_list(c, scope, "reported_by", &s.reported_by, AUTHOR);
    co_speakers(c, s, scope);
    reference_list(c, scope, "addressees", &s.addressees, PARTY);
    c.vocabulary("mode", &s.mode);
    c.text("text", &s.text);
    let quote_mark = c.mark();
    c.texts("pieces", &s.pieces);
    c.vocabulary("speech_act", &s.speech_act);
    let act_mark = c.mark();
    c.optional_text("reporting_verb", s.reporting_verb.as_deref());
    optional_reference(c, scope, "setting", s.setting.as_ref(), MEETING);
    let setting = s.setting.as_ref().and_then(|id| scope.meeting(id));
    setting_held(c, setting);
    declined_speaker(c, s, setting);
    when(c, scope, "date", s.date.as_ref(), Some("a statement"));
    in_setting(c, s, setting, scope);
    reference_list(c, scope, "about", &s.about, SUBJECT);
    quantities(c, scope, &s.quantities);
    // Only a direct quote needs the evidence's ranges afterwards.
    let direct = matches!(s.mode, StatementMode::DirectQuote | StatementMode::OwnText);
    super::entities::identifiers(c, s.identifiers.as_ref());
    let found = evidence_list(c, scope, &s.evidence, direct);
    if direct {
        scope.direct_quote(c, quote_mark, s, &found);
    }
    grounding::speech_act(c, scope, s, act_mark);
    // Inserted from the last mark back, so that each mark still holds.
    grounding::on_behalf_of(c, scope, s, party_mark);
    grounding::speaker(c, scope, s, speaker_mark);
}

/// A statement set at a meeting its speaker or a co-speaker is marked as
/// declining (`declined_speaker`, at `setting`).
fn declined_speaker(c: &mut Checker, s: &Statement, setting: Option<&Meeting>) {
    let Some(meeting) = setting else {
        return;
    };
    let declined = meeting.participants.iter().find(|p| {
        matches!(p.attendance, Some(Attendance::Declined))
            && (p.entity == s.speaker || s.co_speakers.contains(&p.entity))
    });
    if let Some(p) = declined {
        c.report_at(
            "setting",
            ErrorCode::DeclinedSpeaker,
            format!(
                "{:?} speaks at {:?}, where they are marked as declining",
                p.entity.as_str(),
                meeting.id.as_str()
            ),
        );
    }
}

/// The co-speakers are speakers, none twice, and not the speaker.
fn co_speakers(c: &mut Checker, s: &Statement, scope: &impl Scope) {
    reference_list(c, scope, "co_speakers", &s.co_speakers, SPEAKER);
    if let Some(i) = s.co_speakers.iter().position(|other| *other == s.speaker) {
        c.at("co_speakers", |c| {
            c.at_index(i, |c| {
                c.report(
                    ErrorCode::DuplicateReference,
                    "a co-speaker cannot be the speaker",
                )
            })
        });
    }
}

/// The meeting a statement was made at took place.
fn setting_held(c: &mut Checker, setting: Option<&Meeting>) {
    let Some(meeting) = setting else {
        return;
    };
    if meetings::not_held(&meeting.status) {
        c.report_at(
            "setting",
            ErrorCode::SettingNotHeld,
            format!(
                "the statement was made at {:?}, which is {}: a statement is made at a meeting that took place",
                meeting.id.as_str(),
                meeting.status
            ),
        );
    }
}

/// The statement is dated within its meeting's dates and not before its
/// document (problems at `date/value`).
fn in_setting(c: &mut Checker, s: &Statement, setting: Option<&Meeting>, scope: &impl Scope) {
    let Some(date) = value_of(s.date.as_ref()) else {
        return;
    };
    let meeting = setting.and_then(|m| Some((&m.id, value_of(m.date.as_ref())?)));
    let document = s.document.as_ref().and_then(|id| match scope.find(id)? {
        Part::Document(d) => Some((id, value_of(d.date.as_ref())?)),
        _ => None,
    });
    let problem = match (meeting, document) {
        (Some((id, theirs)), _) if dates::apart(date, theirs) => format!(
            "the statement ({date}) was made at {:?}, which is dated {theirs}",
            id.as_str()
        ),
        (_, Some((id, theirs))) if dates::ends_before(date, theirs) => format!(
            "the statement ({date}) is dated before the document it was made in ({:?}, {theirs})",
            id.as_str()
        ),
        _ => return,
    };
    c.at("date", |c| {
        c.report_at("value", ErrorCode::OutsideSetting, problem)
    });
}

//! The rules of statements.

use super::{
    dates, evidence_list, grounding, meetings, optional_reference, parties, quantities, reference,
    reference_list, value_of, when,
};
use crate::error::ErrorCode;
use crate::model::entity::Person;
use crate::model::graph::Part;
use crate::model::meeting::{Attendance, Meeting};
use crate::model::statement::{Statement, StatementMode};
use crate::validate::checker::Checker;
use crate::validate::ids::{Target, AUTHOR, DOCUMENT, MEETING, PARTY, SPEAKER, STATEMENT, SUBJECT};
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
    if let Some(channel) = &s.channel {
        c.vocabulary("channel", channel);
    }
    optional_reference(c, scope, "platform", s.platform.as_ref(), AUTHOR);
    co_speakers(c, s, scope);
    reference_list(c, scope, "addressees", &s.addressees, PARTY);
    c.optional_text("capacity", s.capacity.as_deref());
    if let Some(capacity) =
        parties::capacity_not_held(scope, s.capacity.as_deref(), parties::speakers(s))
    {
        c.report_at(
            "capacity",
            ErrorCode::CapacityNotHeld,
            format!("neither the speaker nor the party spoken for holds a role titled like {capacity:?}"),
        );
    }
    c.vocabulary("mode", &s.mode);
    c.text("text", &s.text);
    let quote_mark = c.mark();
    c.texts("pieces", &s.pieces);
    pieces_of_paraphrase(c, s);
    c.texts("quoted", &s.quoted);
    let quoted_mark = c.mark();
    c.vocabulary("speech_act", &s.speech_act);
    let act_mark = c.mark();
    c.optional_text("reporting_verb", s.reporting_verb.as_deref());
    optional_reference(c, scope, "setting", s.setting.as_ref(), MEETING);
    let setting = s.setting.as_ref().and_then(|id| scope.meeting(id));
    setting_held(c, setting);
    declined_speaker(c, s, setting);
    when(
        c,
        scope,
        &s.id,
        "date",
        s.date.as_ref(),
        Some("a statement"),
    );
    in_setting(c, s, setting, scope);
    reference_list(c, scope, "about", &s.about, SUBJECT);
    quantities(c, scope, &s.quantities);
    let direct = matches!(s.mode, StatementMode::DirectQuote | StatementMode::OwnText);
    super::entities::identifiers(c, s.identifiers.as_ref());
    same_as(c, s, scope);
    super::each(c, "reasons", &s.reasons, |c, _, r| {
        meetings::status_reason(c, scope, r);
    });
    // Only a direct quote and quoted words need the evidence's ranges
    // afterwards.
    let found = evidence_list(c, scope, &s.evidence, direct || !s.quoted.is_empty());
    // From the last fragment back, so that the mark still holds.
    for (i, words) in s.quoted.iter().enumerate().rev() {
        scope.quoted_words(c, quoted_mark, i, words, &found);
    }
    if direct {
        scope.direct_quote(c, quote_mark, s, &found);
        inside_another_quote(c, scope, s, &found, speaker_mark);
    } else {
        // A direct quote's evidence that lacks its words is
        // `quote_outside_evidence`.
        super::evidence::unrelated(c, "statement", &s.text, &s.evidence);
    }
    grounding::speech_act(c, scope, s, act_mark);
    // Inserted from the last mark back, so that each mark still holds.
    grounding::on_behalf_of(c, scope, s, party_mark);
    grounding::speaker(c, scope, s, speaker_mark);
}

/// A paraphrase with `pieces`, which only an interrupted direct quote has
/// and which are checked against the body only for one
/// (`pieces_of_paraphrase`, at `pieces`).
fn pieces_of_paraphrase(c: &mut Checker, s: &Statement) {
    if matches!(s.mode, StatementMode::Paraphrase) && !s.pieces.is_empty() {
        c.report_at(
            "pieces",
            ErrorCode::PiecesOfParaphrase,
            "a paraphrase has no pieces: pieces are the parts of a direct quote the article interrupts, and only a direct quote's are checked against the body (the speaker's own words inside a paraphrase are its `quoted`)",
        );
    }
}

/// The statement reporting the same utterance: a statement
/// (`unknown_reference`, `wrong_reference_kind`), not this one
/// (`self_reference`), in no chain longer than a pair that comes back
/// (`reference_cycle`), by the same speaker (`same_as_other_speaker`, a
/// warning); all at `same_as`.
fn same_as(c: &mut Checker, s: &Statement, scope: &impl Scope) {
    let Some(other) = &s.same_as else {
        return;
    };
    if *other == s.id {
        c.report_at(
            "same_as",
            ErrorCode::SelfReference,
            "a statement is not `same_as` itself: name the other report of the same words",
        );
        return;
    }
    reference(c, scope, "same_as", other, STATEMENT);
    scope.cycle(c, Target::Statement, &s.id, "same_as");
    let Some(Part::Statement(them)) = scope.find(other) else {
        return;
    };
    if them.speaker != s.speaker {
        c.report_at(
            "same_as",
            ErrorCode::SameAsOtherSpeaker,
            format!(
                "the statement reports the same words as {:?}, but its speaker is {:?} and theirs {:?}",
                other.as_str(),
                s.speaker.as_str(),
                them.speaker.as_str()
            ),
        );
    }
}

/// Whether `c` opens a quotation (“, «, „).
fn opens(c: char) -> bool {
    matches!(c, '“' | '«' | '„')
}

/// Whether `c` closes a quotation (”, »).
fn closes(c: char) -> bool {
    matches!(c, '”' | '»')
}

/// The words of `sentence` outside the quotation that holds the span
/// `at..end`, if the span lies inside one (curly quotation marks or
/// guillemets; a quotation opened in an earlier sentence counts when the
/// first mark after the span closes it): before its opening mark, and
/// after its closing mark. `None` when the span is not inside a quotation
/// or the quotation does not close in the sentence.
fn outside_quotation(sentence: &str, at: usize, end: usize) -> Option<(&str, &str)> {
    let before = sentence.get(..at)?;
    let after = sentence.get(end..)?;
    let mut opened = None;
    let mut any_mark = false;
    for (i, c) in before.char_indices() {
        if opens(c) {
            opened = Some(i);
            any_mark = true;
        } else if closes(c) {
            opened = None;
            any_mark = true;
        }
    }
    let (close, mark) = after.char_indices().find(|&(_, c)| opens(c) || closes(c))?;
    if !closes(mark) {
        return None;
    }
    let lead = match opened {
        Some(open) => before.get(..open)?,
        None if !any_mark => "",
        None => return None,
    };
    Some((lead, after.get(close + mark.len_utf8()..)?))
}

/// A direct quote by a person whose evidence lies inside a quotation that
/// the words around it give to another person of the article ("“…,” said
/// Meredov" for words recorded as Lavrov's): the sentence names another
/// person outside the quotation marks and neither the speaker nor a
/// co-speaker (`inside_another_quote`, at `speaker`, placed at `mark`).
/// Blind to straight quotation marks, to a speaker named by a pronoun or
/// a title, and to a quotation that closes in a later sentence.
fn inside_another_quote(
    c: &mut Checker,
    scope: &impl Scope,
    s: &Statement,
    found: &[std::ops::Range<usize>],
    mark: usize,
) {
    let people = scope.people();
    let Some(speaker) = people.iter().find(|p| p.id == s.speaker) else {
        return;
    };
    let makers = |p: &Person| p.id == s.speaker || s.co_speakers.contains(&p.id);
    for (e, range) in s.evidence.iter().zip(found) {
        let exact = e.quote.exact.as_str();
        if exact.contains(|c: char| opens(c) || closes(c)) {
            continue;
        }
        let Some(sentence) = scope.sentence(range) else {
            continue;
        };
        let Some(at) = sentence.find(exact) else {
            continue;
        };
        let Some((lead, tail)) = outside_quotation(sentence, at, at + exact.len()) else {
            continue;
        };
        let named = |p: &Person| {
            grounding::names(p)
                .any(|n| grounding::holds_name(lead, n) || grounding::holds_name(tail, n))
        };
        if named(speaker) || people.iter().filter(|p| makers(p)).any(named) {
            continue;
        }
        if let Some(other) = people.iter().find(|p| !makers(p) && named(p)) {
            c.insert_at(
                mark,
                "speaker",
                ErrorCode::InsideAnotherQuote,
                format!(
                    "the evidence lies inside a quotation that its sentence gives to {:?}, not to the speaker {:?}",
                    other.id.as_str(),
                    s.speaker.as_str()
                ),
            );
            return;
        }
    }
}

/// A statement set at a meeting its speaker or a co-speaker is marked as
/// declining, unable to come or not attending (`declined_speaker`, at `setting`).
fn declined_speaker(c: &mut Checker, s: &Statement, setting: Option<&Meeting>) {
    let Some(meeting) = setting else {
        return;
    };
    let declined = meeting.participants.iter().find(|p| {
        p.attendance.as_ref().is_some_and(Attendance::absent)
            && (p.entity == s.speaker || s.co_speakers.contains(&p.entity))
    });
    if let Some(p) = declined {
        c.report_at(
            "setting",
            ErrorCode::DeclinedSpeaker,
            format!(
                "{:?} speaks at {:?}, where they are marked as {}",
                p.entity.as_str(),
                meeting.id.as_str(),
                p.attendance.as_ref().map_or("declining", |a| a.as_str())
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

#[cfg(test)]
mod tests {
    use super::outside_quotation;

    #[test]
    fn the_words_outside_a_quotation_are_found_around_the_span() {
        let s = "“We value it,” remarked Lavrov.";
        let at = s.find("We value it").unwrap();
        assert_eq!(
            outside_quotation(s, at, at + "We value it".len()),
            Some(("", " remarked Lavrov."))
        );
        let s = "Lavrov said: «Мы ценим это», and left.";
        let at = s.find("Мы").unwrap();
        assert_eq!(
            outside_quotation(s, at, at + "Мы ценим это".len()),
            Some(("Lavrov said: ", ", and left."))
        );
        // Not inside: after a closed quotation, or one that never closes.
        let s = "“Yes,” he said, and Lavrov agreed.";
        let at = s.find("Lavrov").unwrap();
        assert_eq!(outside_quotation(s, at, at + 6), None);
        let s = "He said: “we will go";
        let at = s.find("we").unwrap();
        assert_eq!(outside_quotation(s, at, at + 2), None);
    }
}

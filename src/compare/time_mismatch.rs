//! `time_mismatch`: two claims about the same event give it different days.

use super::{describe, proposition_key, Finding, FindingKind, Pair, Severity};
use crate::claims::{Modality, Stance};

/// Whether the claim's event time is written as a forward shift and a weekday ("next
/// Friday").
fn next_weekday(c: &crate::claims::Claim) -> bool {
    let lx = crate::lexicon::get();
    let text = c.event_time.text.as_deref().unwrap_or("").to_lowercase();
    let mut words = text.split_whitespace();
    let (Some(shift), Some(day)) = (words.next(), words.next()) else {
        return false;
    };
    lx.time_value("shift", shift) == Some("1")
        && lx
            .weekdays
            .contains_key(day.trim_end_matches(|c: char| !c.is_alphanumeric()))
}

pub fn judge(p: &Pair) -> Option<Finding> {
    let (e, l) = (p.earlier, p.later);
    if e.stance != Stance::Positive || l.stance != Stance::Positive {
        return None;
    }
    // A possibility or a condition names no date for the event; a past event and a
    // planned one are two events ("last met on Monday", "will meet on Friday").
    let settled = |c: &crate::claims::Claim| {
        !matches!(c.modality, Modality::Possible | Modality::Conditional)
    };
    if !settled(e)
        || !settled(l)
        || (e.modality == Modality::Future) != (l.modality == Modality::Future)
    {
        return None;
    }
    // A running count ("the toll rose to 79 on Saturday") is dated by when it was counted,
    // not by when the event happened ("a bomb killed 12 people on Friday" is).
    let tally = |c: &crate::claims::Claim| {
        let lx = crate::lexicon::get();
        c.proposition
            .measures
            .iter()
            .any(|m| lx.place_counts.contains(&m.predicate))
            && crate::text::words(&c.content_text, 0..c.content_text.len())
                .iter()
                .any(|w| {
                    lx.quantity_tally
                        .contains(&w.text(&c.content_text).to_lowercase())
                })
    };
    if tally(e) || tally(l) {
        return None;
    }
    let (de, dl) = (e.event_time.date?, l.event_time.date?);
    if de == dl {
        return None;
    }
    // "next Friday" is read two ways (the coming Friday, or the one after it): a week's
    // difference that the other reading removes is no mismatch.
    if (de - dl).num_days().abs() == 7 && (next_weekday(e) || next_weekday(l)) {
        return None;
    }
    let text = |c: &crate::claims::Claim| c.event_time.text.clone().unwrap_or_default();
    Some(Finding {
        kind: FindingKind::TimeMismatch,
        also: Vec::new(),
        severity: Severity::High,
        confidence: (0.4 + 0.5 * p.alignment.score).min(0.95),
        actor: if e.actor.name == l.actor.name {
            e.actor.name.clone()
        } else {
            format!("{} vs {}", e.actor.name, l.actor.name)
        },
        earlier: p.earlier_ref,
        later: Some(p.later_ref),
        reason: format!(
            "{} is dated {} (\"{}\") in the earlier claim and {} (\"{}\") in the later one.",
            describe(e),
            de,
            text(e),
            dl,
            text(l)
        ),
        group: format!("time_mismatch|{}|{}|{}", proposition_key(l), de, dl),
    })
}

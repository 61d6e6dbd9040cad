//! `time_mismatch`: two claims about the same event give it different days.

use super::{describe, proposition_key, Finding, FindingKind, Pair, Severity};
use crate::claims::{Modality, Stance};

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
    let (de, dl) = (e.event_time.date?, l.event_time.date?);
    if de == dl {
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

//! `stance_reversal`: the same actor takes opposite stances on the same proposition.

use super::{describe, proposition_key, Finding, FindingKind, Pair, Severity};
use crate::claims::{actor_key, Attribution, Claim, Modality};

/// Whether a claim takes a stance a reversal or disagreement can be built on: attributed,
/// for or against, and not a mere possibility or condition.
pub fn takes_stance(c: &Claim) -> bool {
    c.attribution != Attribution::Unattributed
        && c.stance != crate::claims::Stance::Neutral
        && !matches!(c.modality, Modality::Possible | Modality::Conditional)
}

pub fn judge(p: &Pair) -> Option<Finding> {
    let (e, l) = (p.earlier, p.later);
    // "will not meet on Monday" and "will meet on Friday" are about two dates, not one.
    if let (Some(a), Some(b)) = (e.event_time.date, l.event_time.date) {
        if a != b {
            return None;
        }
    }
    if actor_key(&e.actor) != actor_key(&l.actor)
        || !takes_stance(e)
        || !takes_stance(l)
        || !e.stance.opposes(l.stance)
    {
        return None;
    }
    let when = |c: &Claim| {
        c.stated_at
            .date
            .map(|d| format!(" on {d}"))
            .unwrap_or_default()
    };
    let reason = format!(
        "{} was {} {} in the earlier statement{} and {} it in the later one{}.",
        e.actor.name,
        if e.stance == crate::claims::Stance::Positive {
            "for"
        } else {
            "against"
        },
        describe(e),
        when(e),
        if l.stance == crate::claims::Stance::Positive {
            "for"
        } else {
            "against"
        },
        when(l),
    );
    Some(Finding {
        kind: FindingKind::StanceReversal,
        severity: Severity::High,
        confidence: (0.5 + 0.5 * p.alignment.score).min(0.99),
        actor: e.actor.name.clone(),
        earlier: p.earlier_ref,
        later: Some(p.later_ref),
        reason,
        group: format!(
            "stance_reversal|{}|{}",
            actor_key(&e.actor),
            proposition_key(l)
        ),
    })
}

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

/// Claims that date their events differently are about two events ("will not meet on
/// Monday", "will meet on Friday"), not one.
pub fn same_date(a: &Claim, b: &Claim) -> bool {
    match (a.event_time.date, b.event_time.date) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

pub fn judge(p: &Pair) -> Option<Finding> {
    let (e, l) = (p.earlier, p.later);
    if !same_date(e, l)
        || actor_key(&e.actor) != actor_key(&l.actor)
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
        e.stance.side_word(),
        describe(e),
        when(e),
        l.stance.side_word(),
        when(l),
    );
    Some(Finding {
        kind: FindingKind::StanceReversal,
        also: Vec::new(),
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

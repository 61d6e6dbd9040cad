//! `actor_disagreement`: different actors take opposite stances on the same proposition.
//! An actor's stance that it later reversed is not held against others: only the
//! latest stance of each actor counts.

use super::stance_reversal::{same_date, takes_stance};
use super::{claim, describe, proposition_key, ClaimRef, Finding, FindingKind, Pair, Severity};
use crate::claims::{actor_key, ActorKind};
use crate::Extracted;
use std::collections::HashSet;

pub fn judge(p: &Pair) -> Option<Finding> {
    let (e, l) = (p.earlier, p.later);
    let unnamed = |k: ActorKind| matches!(k, ActorKind::Unnamed | ActorKind::Outlet);
    // Two named sides: an unnamed "official" may be either side's.
    if actor_key(&e.actor) == actor_key(&l.actor) || unnamed(e.actor.kind) || unnamed(l.actor.kind)
    {
        return None;
    }
    if !same_date(e, l) || !takes_stance(e) || !takes_stance(l) || !e.stance.opposes(l.stance) {
        return None;
    }
    let mut actors = [actor_key(&e.actor), actor_key(&l.actor)];
    actors.sort();
    Some(Finding {
        kind: FindingKind::ActorDisagreement,
        also: Vec::new(),
        severity: Severity::Low,
        confidence: (0.4 + 0.5 * p.alignment.score).min(0.95),
        actor: format!("{} vs {}", e.actor.name, l.actor.name),
        earlier: p.earlier_ref,
        later: Some(p.later_ref),
        reason: format!(
            "{} is {} {} while {} is {} it.",
            e.actor.name,
            e.stance.side_word(),
            describe(e),
            l.actor.name,
            l.stance.side_word()
        ),
        group: format!(
            "actor_disagreement|{}|{}|{}",
            actors[0],
            actors[1],
            proposition_key(l)
        ),
    })
}

/// Drops disagreements built on a stance its actor later reversed: the earlier side of a
/// reversal, and any claim of that actor with the same stance on the same proposition.
pub fn drop_superseded(inputs: &[Extracted], findings: Vec<Finding>) -> Vec<Finding> {
    let key = |r: ClaimRef| {
        let c = claim(inputs, r);
        (actor_key(&c.actor), c.stance.as_str(), proposition_key(c))
    };
    let superseded: HashSet<_> = findings
        .iter()
        .filter(|f| f.kind == FindingKind::StanceReversal)
        .map(|f| key(f.earlier))
        .collect();
    if superseded.is_empty() {
        return findings;
    }
    findings
        .into_iter()
        .filter(|f| {
            f.kind != FindingKind::ActorDisagreement
                || ![Some(f.earlier), f.later]
                    .into_iter()
                    .flatten()
                    .any(|s| superseded.contains(&key(s)))
        })
        .collect()
}

//! `actor_disagreement`: different actors take opposite stances on the same proposition.
//! An actor's stance that it later reversed is not held against others: only the
//! latest stance of each actor counts.

use super::{
    claim, describe, proposition_key, stance_reversal::takes_stance, Finding, FindingKind, Pair,
    Severity,
};
use crate::claims::{actor_key, ActorKind, Stance};
use crate::Extracted;

pub fn judge(p: &Pair) -> Option<Finding> {
    let (e, l) = (p.earlier, p.later);
    let unnamed = |k: ActorKind| matches!(k, ActorKind::Unnamed | ActorKind::Outlet);
    if actor_key(&e.actor) == actor_key(&l.actor) || unnamed(e.actor.kind) && unnamed(l.actor.kind)
    {
        return None;
    }
    if !takes_stance(e) || !takes_stance(l) || !e.stance.opposes(l.stance) {
        return None;
    }
    let side = |s: Stance| {
        if s == Stance::Positive {
            "for"
        } else {
            "against"
        }
    };
    let mut actors = [actor_key(&e.actor), actor_key(&l.actor)];
    actors.sort();
    Some(Finding {
        kind: FindingKind::ActorDisagreement,
        severity: Severity::Low,
        confidence: (0.4 + 0.5 * p.alignment.score).min(0.95),
        actor: format!("{} vs {}", e.actor.name, l.actor.name),
        earlier: p.earlier_ref,
        later: Some(p.later_ref),
        reason: format!(
            "{} is {} {} while {} is {} it.",
            e.actor.name,
            side(e.stance),
            describe(e),
            l.actor.name,
            side(l.stance)
        ),
        group: format!(
            "actor_disagreement|{}|{}|{}",
            actors[0],
            actors[1],
            proposition_key(l)
        ),
    })
}

/// Drops disagreements built on a stance its actor later reversed.
pub fn drop_superseded(inputs: &[Extracted], findings: Vec<Finding>) -> Vec<Finding> {
    let reversed: Vec<_> = findings
        .iter()
        .filter(|f| f.kind == FindingKind::StanceReversal)
        .map(|f| f.earlier)
        .collect();
    findings
        .into_iter()
        .filter(|f| {
            f.kind != FindingKind::ActorDisagreement
                || !(reversed.contains(&f.earlier)
                    || f.later.is_some_and(|l| reversed.contains(&l))
                    || {
                        // A claim with the same actor and stance as a reversed one is superseded too.
                        let sides = [Some(f.earlier), f.later];
                        sides.iter().flatten().any(|s| {
                            let c = claim(inputs, *s);
                            reversed.iter().any(|r| {
                                let rc = claim(inputs, *r);
                                actor_key(&rc.actor) == actor_key(&c.actor)
                                    && rc.stance == c.stance
                                    && proposition_key(rc) == proposition_key(c)
                            })
                        })
                    })
        })
        .collect()
}

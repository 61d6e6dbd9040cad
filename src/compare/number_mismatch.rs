//! `number_mismatch`: the same count of the same event (the dead, the injured, a
//! ceasefire's hours) reported with values that cannot both hold. "At least 50" and later
//! "58" agree (58 is at least 50); "at least 75" and "40" do not, and "8" and "11" do not.
//! Counts are compared only when they count the same thing in the same place.

use super::{claim, ClaimRef, Finding, FindingKind, Severity};
use crate::claims::{Claim, Modality, Stance};
use crate::lexicon;
use crate::text::{Bound, Quantity};
use crate::Extracted;
use std::collections::BTreeMap;

/// How far an approximate figure ("about 60") may be from the truth.
const APPROXIMATE: f64 = 0.1;

/// The values a quantity allows: [low, high].
fn interval(q: &Quantity) -> (f64, f64) {
    let v = q.value;
    match (q.max, q.bound) {
        (Some(hi), _) => (v, hi),
        (None, Bound::Exact) => (v, v),
        (None, Bound::Lower) => (v, f64::INFINITY),
        (None, Bound::Upper) => (0.0, v),
        (None, Bound::Approximate) => (v * (1.0 - APPROXIMATE), v * (1.0 + APPROXIMATE)),
    }
}

/// What the count counts, beyond its event: "americans", or "" for people in general.
fn group(q: &Quantity) -> String {
    let lx = lexicon::get();
    match q.unit.as_deref() {
        None => String::new(),
        Some(u) if lx.generic_counts.contains(u) => String::new(),
        Some(u) => u.trim_end_matches('s').to_string(),
    }
}

fn usable(c: &Claim) -> bool {
    // Tables under a label ("KENYA: Total dead: 192") are lists, not claims about one count.
    let listing = c.cue.as_deref() == Some(":");
    c.stance == Stance::Positive
        && !matches!(c.modality, Modality::Possible | Modality::Conditional)
        && !listing
        && !c.proposition.several_places
}

fn fmt(q: &Quantity) -> String {
    let n = if q.value.fract() == 0.0 {
        format!("{}", q.value as i64)
    } else {
        format!("{}", q.value)
    };
    match (q.max, q.bound) {
        (Some(hi), _) => format!("{n}-{hi}"),
        (None, Bound::Lower) => format!("at least {n}"),
        (None, Bound::Upper) => format!("at most {n}"),
        (None, Bound::Approximate) => format!("about {n}"),
        (None, Bound::Exact) => n,
    }
}

/// All number mismatches among the inputs, from an index of counts keyed by what they count.
pub fn find(inputs: &[Extracted]) -> Vec<Finding> {
    // (event, group, place) -> counts
    let mut index: BTreeMap<(String, String, String), Vec<(ClaimRef, usize)>> = BTreeMap::new();
    for (a, x) in inputs.iter().enumerate() {
        for (ci, c) in x.claims.iter().enumerate() {
            if !usable(c) {
                continue;
            }
            for m in &c.proposition.measures {
                let q = &c.proposition.quantities[m.quantity];
                // Counts without a place are compared only inside one article (where the
                // story's place holds); across reports a count must name where.
                let place = match &c.proposition.location {
                    _ if !lexicon::get().place_counts.contains(&m.predicate) => String::new(),
                    Some(p) => p.to_lowercase(),
                    None => format!("#article{a}"),
                };
                index
                    .entry((m.predicate.clone(), group(q), place))
                    .or_default()
                    .push((
                        ClaimRef {
                            article: a,
                            claim: ci,
                        },
                        m.quantity,
                    ));
            }
        }
    }
    let mut out = Vec::new();
    for ((event, grp, place), counts) in &index {
        for (i, (ra, qa)) in counts.iter().enumerate() {
            for (rb, qb) in &counts[i + 1..] {
                if ra == rb
                    || (ra.article == rb.article
                        && claim(inputs, *ra).sentence_index == claim(inputs, *rb).sentence_index)
                {
                    continue;
                }
                let (ca, cb) = (claim(inputs, *ra), claim(inputs, *rb));
                let (x, y) = (
                    &ca.proposition.quantities[*qa],
                    &cb.proposition.quantities[*qb],
                );
                let ((xl, xh), (yl, yh)) = (interval(x), interval(y));
                if xl <= yh && yl <= xh {
                    continue; // the two can both hold
                }
                let (e, l, qe, ql) = if super::earlier_first(inputs, *ra, *rb) {
                    (ra, rb, x, y)
                } else {
                    (rb, ra, y, x)
                };
                let direction = if interval(ql).0 > interval(qe).1 {
                    "up"
                } else {
                    "down"
                };
                let what = if grp.is_empty() {
                    event.clone()
                } else {
                    format!("{event} ({grp})")
                };
                let place_text = if place.is_empty() || place.starts_with('#') {
                    String::new()
                } else {
                    format!(" in {place}")
                };
                out.push(Finding {
                    kind: FindingKind::NumberMismatch,
                    also: Vec::new(),
                    severity: Severity::High,
                    confidence: 0.7,
                    actor: {
                        let (ae, al) = (&claim(inputs, *e).actor.name, &claim(inputs, *l).actor.name);
                        if ae == al { al.clone() } else { format!("{ae} vs {al}") }
                    },
                    earlier: *e,
                    later: Some(*l),
                    reason: format!(
                        "The count of {what}{place_text} is {} in the earlier report and {} in the later one (revised {direction}); the two cannot both hold.",
                        fmt(qe),
                        fmt(ql)
                    ),
                    group: format!("number_mismatch|{event}|{grp}|{place}|{}:{}|{}:{}", e.article, e.claim, l.article, l.claim),
                });
            }
        }
    }
    out
}

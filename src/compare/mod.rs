//! Comparison: align claims about the same event through an index (never all pairs),
//! then judge each aligned pair with one small rule per finding kind.

mod actor_disagreement;
mod align;
mod number_mismatch;
mod order;
mod quotes;
mod stance_reversal;
mod time_mismatch;
pub mod versions;

pub use align::{alignment, Alignment};
pub use order::earlier_first;

use crate::claims::Claim;
use crate::Extracted;
use std::collections::{BTreeMap, BTreeSet};

/// The kinds of finding (SPEC.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FindingKind {
    StanceReversal,
    ActorDisagreement,
    NumberMismatch,
    TimeMismatch,
    AttributionChange,
    QuoteChange,
    Retraction,
}

impl FindingKind {
    pub const ALL: [FindingKind; 7] = [
        FindingKind::StanceReversal,
        FindingKind::ActorDisagreement,
        FindingKind::NumberMismatch,
        FindingKind::TimeMismatch,
        FindingKind::AttributionChange,
        FindingKind::QuoteChange,
        FindingKind::Retraction,
    ];

    /// What a finding of this kind says, in a sentence (SARIF rules, documentation).
    pub fn description(self) -> &'static str {
        match self {
            FindingKind::StanceReversal => "The same actor takes opposite stances on the same event.",
            FindingKind::ActorDisagreement => "Two named actors take opposite stances on the same event.",
            FindingKind::NumberMismatch => "The same count of the same event is reported with values that cannot both hold.",
            FindingKind::TimeMismatch => "The same event is given different days.",
            FindingKind::AttributionChange => "The same quoted words are credited to different speakers.",
            FindingKind::QuoteChange => "The same speaker's quotation is worded differently in a way that changes its meaning.",
            FindingKind::Retraction => "A claim of an earlier version is gone from the later versions.",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::StanceReversal => "stance_reversal",
            FindingKind::ActorDisagreement => "actor_disagreement",
            FindingKind::NumberMismatch => "number_mismatch",
            FindingKind::TimeMismatch => "time_mismatch",
            FindingKind::AttributionChange => "attribution_change",
            FindingKind::QuoteChange => "quote_change",
            FindingKind::Retraction => "retraction",
        }
    }
}

/// How much a reader would be misled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Low,
    Medium,
    High,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }
}

/// A claim among all the inputs: article index, claim index within it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClaimRef {
    pub article: usize,
    pub claim: usize,
}

/// One contradiction between two claims.
#[derive(Debug, Clone)]
pub struct Finding {
    pub kind: FindingKind,
    pub severity: Severity,
    pub confidence: f64,
    /// The actor the finding is about ("US State Department", or "A vs B").
    pub actor: String,
    pub earlier: ClaimRef,
    pub later: Option<ClaimRef>,
    pub reason: String,
    /// What makes two findings the same contradiction (kind, actors, proposition).
    pub group: String,
    /// Other pairs of claims that make the same contradiction (the same reversal said
    /// twice), most confident first.
    pub also: Vec<(ClaimRef, Option<ClaimRef>)>,
}

/// Everything a rule sees of a candidate pair.
pub struct Pair<'a> {
    pub earlier: &'a Claim,
    pub later: &'a Claim,
    pub earlier_ref: ClaimRef,
    pub later_ref: ClaimRef,
    pub alignment: Alignment,
}

/// Looks up a claim.
pub fn claim(inputs: &[Extracted], r: ClaimRef) -> &Claim {
    &inputs[r.article].claims[r.claim]
}

/// Candidate pairs: claims that share a predicate class and a participant, from an index
/// keyed by both. Cost follows the size of the index buckets, not the square of the claims.
fn candidates(inputs: &[Extracted]) -> BTreeSet<(ClaimRef, ClaimRef)> {
    let mut index: BTreeMap<(&str, &str), Vec<ClaimRef>> = BTreeMap::new();
    for (a, x) in inputs.iter().enumerate() {
        for (c, claim) in x.claims.iter().enumerate() {
            let Some(pred) = claim.proposition.predicate.as_deref() else {
                continue;
            };
            for p in &claim.proposition.participants {
                index
                    .entry((pred, p.key.as_str()))
                    .or_default()
                    .push(ClaimRef {
                        article: a,
                        claim: c,
                    });
            }
            // Events whose participants go unnamed ("the two leaders") meet at their place.
            if claim.proposition.participants.is_empty() {
                if let Some(place) = &claim.proposition.location {
                    index
                        .entry((pred, place.as_str()))
                        .or_default()
                        .push(ClaimRef {
                            article: a,
                            claim: c,
                        });
                }
            }
        }
    }
    let mut pairs = BTreeSet::new();
    for bucket in index.values() {
        for (i, a) in bucket.iter().enumerate() {
            for b in &bucket[i + 1..] {
                if a != b {
                    pairs.insert((*a.min(b), *a.max(b)));
                }
            }
        }
    }
    pairs
}

/// Findings among successive versions of one article: the contradictions of `compare`
/// plus claims a later version dropped; and the changes from version to version.
pub fn compare_versions(inputs: &[Extracted]) -> (Vec<Finding>, Vec<versions::Step>) {
    let order = versions::order(inputs);
    let mut findings = compare(inputs);
    let said = versions::said(inputs);
    findings.extend(versions::retractions(inputs, &said, &order));
    let steps = versions::steps(inputs, &said, &order);
    (dedupe(findings), steps)
}

/// All findings among the inputs (across articles and inside each), most severe first.
pub fn compare(inputs: &[Extracted]) -> Vec<Finding> {
    let mut findings = Vec::new();
    // Each claim's words for similarity, made once (claims without a predicate are never
    // candidates and get none).
    let stemmer = align::stemmer();
    let words: Vec<Vec<align::ContentWords>> = inputs
        .iter()
        .map(|x| {
            x.claims
                .iter()
                .map(|c| match c.proposition.predicate {
                    Some(_) => align::ContentWords::of(c, &stemmer),
                    None => align::ContentWords::default(),
                })
                .collect()
        })
        .collect();
    for (a, b) in candidates(inputs) {
        let (ca, cb) = (claim(inputs, a), claim(inputs, b));
        let (wa, wb) = (&words[a.article][a.claim], &words[b.article][b.claim]);
        let Some(alignment) = alignment(ca, cb, wa, wb) else {
            continue;
        };
        let (earlier_ref, later_ref) = if earlier_first(inputs, a, b) {
            (a, b)
        } else {
            (b, a)
        };
        let pair = Pair {
            earlier: claim(inputs, earlier_ref),
            later: claim(inputs, later_ref),
            earlier_ref,
            later_ref,
            alignment,
        };
        findings.extend(stance_reversal::judge(&pair));
        findings.extend(actor_disagreement::judge(&pair));
        findings.extend(time_mismatch::judge(&pair));
    }
    findings.extend(number_mismatch::find(inputs));
    findings.extend(quotes::find(inputs));
    let findings = actor_disagreement::drop_superseded(inputs, findings);
    dedupe(findings)
}

/// One finding per contradiction: among the pairs that make the same one (same kind,
/// actors and proposition), the most confident, then the first in the text.
fn dedupe(findings: Vec<Finding>) -> Vec<Finding> {
    let mut best: BTreeMap<String, Finding> = BTreeMap::new();
    for f in findings {
        let rank = |f: &Finding| (f.confidence, std::cmp::Reverse((f.later, f.earlier)));
        match best.get_mut(&f.group) {
            Some(b) if rank(b) >= rank(&f) => b.also.push((f.earlier, f.later)),
            Some(b) => {
                let mut f = f;
                f.also = std::mem::take(&mut b.also);
                f.also.push((b.earlier, b.later));
                *b = f;
            }
            None => {
                best.insert(f.group.clone(), f);
            }
        }
    }
    let mut out: Vec<Finding> = best.into_values().collect();
    out.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then(a.earlier.cmp(&b.earlier))
            .then(a.later.cmp(&b.later))
            .then(a.kind.cmp(&b.kind))
    });
    out
}

/// Dice similarity of two word lists taken as multisets: 1 for the same words in any order.
pub(crate) fn word_similarity(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut counts: BTreeMap<&str, i32> = BTreeMap::new();
    for w in a {
        *counts.entry(w).or_default() += 1;
    }
    let shared = b
        .iter()
        .filter(|w| {
            counts.get_mut(w.as_str()).is_some_and(|n| {
                *n -= 1;
                *n >= 0
            })
        })
        .count();
    2.0 * shared as f64 / (a.len() + b.len()) as f64
}

/// The proposition as a reader would name it: `meet (Arun Mehta, Karim Shah)`.
pub fn describe(c: &Claim) -> String {
    let pred = c.proposition.predicate.as_deref().unwrap_or("?");
    let names: Vec<&str> = c
        .proposition
        .participants
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    format!("{pred} ({})", names.join(", "))
}

/// The key of a proposition: predicate and sorted participant keys.
pub fn proposition_key(c: &Claim) -> String {
    let mut keys: Vec<&str> = c
        .proposition
        .participants
        .iter()
        .map(|p| p.key.as_str())
        .collect();
    keys.sort_unstable();
    format!(
        "{}({})",
        c.proposition.predicate.as_deref().unwrap_or(""),
        keys.join(",")
    )
}

#[cfg(test)]
mod tests;

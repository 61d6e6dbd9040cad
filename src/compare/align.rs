//! Alignment: are two claims clearly about the same event? Same predicate class, the same
//! participants (most of them), no clash of place; then a score from participant overlap
//! and content similarity.

use crate::claims::Claim;
use std::collections::BTreeSet;

/// How well two claims line up.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Alignment {
    /// 0..1: the share of participants both name.
    pub participants: f64,
    /// 0..1: similarity of the two contents' words.
    pub content: f64,
    pub score: f64,
}

/// Share of participants two claims must both name.
const MIN_PARTICIPANT_OVERLAP: f64 = 0.5;

pub fn alignment(a: &Claim, b: &Claim) -> Option<Alignment> {
    let (pa, pb) = (&a.proposition, &b.proposition);
    if pa.predicate.is_none() || pa.predicate != pb.predicate {
        return None;
    }
    let ka: BTreeSet<&str> = pa.participants.iter().map(|p| p.key.as_str()).collect();
    let kb: BTreeSet<&str> = pb.participants.iter().map(|p| p.key.as_str()).collect();
    let shared = ka.intersection(&kb).count();
    let union = ka.union(&kb).count();
    // Without named participants on either side, the same place must stand in for them.
    let same_place =
        matches!((&pa.location, &pb.location), (Some(x), Some(y)) if x.eq_ignore_ascii_case(y));
    if union == 0 && same_place {
        let content = content_similarity(a, b);
        return Some(Alignment {
            participants: 0.5,
            content,
            score: (0.35 + 0.3 * content) * 0.85,
        });
    }
    if shared == 0 {
        return None;
    }
    let participants = shared as f64 / union as f64;
    if participants < MIN_PARTICIPANT_OVERLAP {
        return None;
    }
    if let (Some(la), Some(lb)) = (&pa.location, &pb.location) {
        if !la.eq_ignore_ascii_case(lb) {
            return None;
        }
    }
    let content = content_similarity(a, b);
    // Inherited participants are a weaker link than named ones.
    let inherited = if pa.participants_inherited || pb.participants_inherited {
        0.85
    } else {
        1.0
    };
    let score = ((0.7 * participants + 0.3 * content) * inherited).clamp(0.0, 1.0);
    Some(Alignment {
        participants,
        content,
        score,
    })
}

/// How alike two contents read: the better of character-bigram similarity (strsim) and the
/// overlap of their stemmed words ("meets"/"meeting", "killed"/"killing").
pub fn content_similarity(a: &Claim, b: &Claim) -> f64 {
    let chars = strsim::sorensen_dice(
        &a.content_text.to_lowercase(),
        &b.content_text.to_lowercase(),
    );
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    let stems = |t: &str| -> BTreeSet<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 2)
            .map(|w| stemmer.stem(&w.to_lowercase()).into_owned())
            .collect()
    };
    let (sa, sb) = (stems(&a.content_text), stems(&b.content_text));
    let union = sa.union(&sb).count();
    let words = if union == 0 {
        0.0
    } else {
        sa.intersection(&sb).count() as f64 / union as f64
    };
    chars.max(words)
}

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

/// A claim's content as similarity reads it, made once per claim and comparison.
#[derive(Debug, Clone, Default)]
pub struct ContentWords {
    /// The lowercase content without white space.
    squeezed: String,
    /// Its character bigrams, sorted.
    bigrams: Vec<(char, char)>,
    /// Stems of the words over two letters, sorted, each once.
    stems: Vec<String>,
}

impl ContentWords {
    pub fn of(c: &Claim, stemmer: &rust_stemmers::Stemmer) -> ContentWords {
        ContentWords::from_text(&c.content_text, stemmer)
    }

    fn from_text(text: &str, stemmer: &rust_stemmers::Stemmer) -> ContentWords {
        let lower = text.to_lowercase();
        let mut stems: Vec<String> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 2)
            .map(|w| stemmer.stem(w).into_owned())
            .collect();
        stems.sort_unstable();
        stems.dedup();
        let squeezed: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
        let mut bigrams: Vec<(char, char)> =
            squeezed.chars().zip(squeezed.chars().skip(1)).collect();
        bigrams.sort_unstable();
        ContentWords {
            squeezed,
            bigrams,
            stems,
        }
    }
}

/// How many items two sorted lists share (as multisets), in one merge.
fn shared_sorted<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// Sørensen–Dice similarity of the character bigrams, as `strsim::sorensen_dice` computes
/// it (white space dropped, lengths in bytes), from bigrams sorted once per claim.
fn dice(a: &ContentWords, b: &ContentWords) -> f64 {
    if a.squeezed == b.squeezed {
        return 1.0;
    }
    if a.squeezed.len() < 2 || b.squeezed.len() < 2 {
        return 0.0;
    }
    let shared = shared_sorted(&a.bigrams, &b.bigrams);
    (2 * shared) as f64 / (a.squeezed.len() + b.squeezed.len() - 2) as f64
}

/// The stemmer content similarity uses.
pub fn stemmer() -> rust_stemmers::Stemmer {
    rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English)
}

pub fn alignment(a: &Claim, b: &Claim, wa: &ContentWords, wb: &ContentWords) -> Option<Alignment> {
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
        let content = content_similarity(wa, wb);
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
    let content = content_similarity(wa, wb);
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
pub fn content_similarity(a: &ContentWords, b: &ContentWords) -> f64 {
    let chars = dice(a, b);
    let (sa, sb) = (&a.stems, &b.stems);
    // Both sorted and without repeats.
    let shared = shared_sorted(sa, sb);
    let union = sa.len() + sb.len() - shared;
    let words = if union == 0 {
        0.0
    } else {
        shared as f64 / union as f64
    };
    chars.max(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> ContentWords {
        ContentWords::from_text(text, &stemmer())
    }

    /// The bigram similarity made from per-claim sorted bigrams is strsim's, exactly.
    #[test]
    fn dice_is_strsims() {
        let texts = [
            "the talks will go ahead on friday",
            "talks go ahead friday",
            "at least 12 people were killed in the blast",
            "the toll rose to 19 after the blast",
            "aaaa",
            "aa aa",
            "a",
            "",
            "ministère des affaires étrangères",
            "ministere des affaires etrangeres",
        ];
        for a in texts {
            for b in texts {
                let want = strsim::sorensen_dice(a, b);
                let got = dice(&words(a), &words(b));
                assert!((want - got).abs() < 1e-12, "{a:?} / {b:?}: {want} vs {got}");
            }
        }
    }

    #[test]
    fn stems_make_word_forms_alike() {
        let a = words("The ministers met in Geneva");
        let b = words("a meeting of ministers in geneva");
        let c = words("police arrested three suspects");
        assert!(content_similarity(&a, &b) > content_similarity(&a, &c));
        assert_eq!(shared_sorted(&[1, 2, 2, 3], &[2, 2, 2, 4]), 2);
    }
}

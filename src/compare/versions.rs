//! Successive versions of one article: which claims were added, removed and changed
//! between consecutive versions (with a word diff), and `retraction` findings for claims
//! of a version that no later version carries or restates. Trivial edits (punctuation,
//! case, a typo) are not changes.

use super::{claim, ClaimRef, Finding, FindingKind, Severity};
use crate::claims::Claim;
use crate::lexicon;
use crate::Extracted;
use std::collections::BTreeSet;

/// Word similarity above which a later claim restates an earlier one.
const RESTATES: f64 = 0.6;
/// Claims shorter than this (in words) are not reported as retracted.
const MIN_RETRACTED_WORDS: usize = 6;

/// One claim changed between two versions.
#[derive(Debug, Clone)]
pub struct Changed {
    pub before: ClaimRef,
    pub after: ClaimRef,
    /// The word diff: `[-removed-]` and `{+added+}` marks in the later wording.
    pub diff: String,
}

/// What changed from one version to the next.
#[derive(Debug, Clone)]
pub struct Step {
    pub from: usize,
    pub to: usize,
    pub added: Vec<ClaimRef>,
    pub removed: Vec<ClaimRef>,
    pub changed: Vec<Changed>,
    pub unchanged: usize,
}

/// When a version came out, as one comparable instant: its update (else publication) time,
/// in UTC when the time carries an offset, a bare day counting as its start.
pub fn version_time(a: &crate::article::Article) -> Option<chrono::NaiveDateTime> {
    a.updated.or(a.published).map(|t| {
        let at = t.date.and_time(t.time.unwrap_or_default());
        at - chrono::Duration::seconds(i64::from(t.offset.unwrap_or(0)))
    })
}

/// The versions in time order: the dated ones by update (else publication) time, in UTC
/// when the time carries an offset, a bare day counting as its start; an undated version
/// keeps its place in the order given.
pub fn order(inputs: &[Extracted]) -> Vec<usize> {
    let key = |i: usize| version_time(&inputs[i].analysis.article);
    let mut dated: Vec<usize> = (0..inputs.len()).filter(|&i| key(i).is_some()).collect();
    let slots = dated.clone();
    dated.sort_by_key(|&i| (key(i), i));
    let mut out: Vec<usize> = (0..inputs.len()).collect();
    for (slot, i) in slots.into_iter().zip(dated) {
        out[slot] = i;
    }
    out
}

/// A claim's words, read once for all the comparisons between versions.
pub struct Said {
    /// The content's words, lowercase, punctuation dropped.
    words: Vec<String>,
    /// For each word of more than three letters, its canonical form (event class, else
    /// stem) and, for a word with "un", the form of the word without it.
    content: Vec<(String, Option<String>)>,
    /// Every canonical form of every word, the un-less ones included.
    canon: BTreeSet<String>,
}

/// The claims' words of every input, by article and claim.
pub fn said(inputs: &[Extracted]) -> Vec<Vec<Said>> {
    let lx = lexicon::get();
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    // "fire"/"fires" share a stem, "blast"/"explosion" an event class.
    let canon = |w: &str| -> String {
        lx.predicates
            .find_all(w)
            .find(|(s, e, _)| *s == 0 && *e == w.len())
            .map(|(_, _, class)| class.to_string())
            .unwrap_or_else(|| stemmer.stem(w).into_owned())
    };
    let unprefixed = |w: &str| w.strip_prefix("un").filter(|r| r.len() > 3).map(canon);
    let read = |c: &Claim| {
        let words: Vec<String> = c
            .content_text
            .split(|ch: char| !ch.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let forms: Vec<(String, Option<String>)> =
            words.iter().map(|w| (canon(w), unprefixed(w))).collect();
        let canon_all = forms
            .iter()
            .flat_map(|(c, u)| std::iter::once(c.clone()).chain(u.clone()))
            .collect();
        let content = words
            .iter()
            .zip(forms)
            .filter(|(w, _)| w.len() > 3)
            .map(|(_, f)| f)
            .collect();
        Said {
            words,
            content,
            canon: canon_all,
        }
    };
    inputs
        .iter()
        .map(|x| x.claims.iter().map(read).collect())
        .collect()
}

/// Only form changed: the same words, or words a letter or two apart.
fn trivial(a: &[String], b: &[String]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| x == y || (x.len() > 3 && strsim::levenshtein(x, y) <= 1))
}

fn word_diff(a: &str, b: &str) -> String {
    let diff = similar::TextDiff::from_words(a, b);
    let mut out = String::new();
    for change in diff.iter_all_changes() {
        let v = change.value();
        if change.tag() != similar::ChangeTag::Equal && v.trim().is_empty() {
            out.push_str(v);
            continue;
        }
        match change.tag() {
            similar::ChangeTag::Equal => out.push_str(v),
            similar::ChangeTag::Delete => out.push_str(&format!("[-{}-]", v.trim())),
            similar::ChangeTag::Insert => out.push_str(&format!("{{+{}+}}", v.trim())),
        }
        if change.tag() != similar::ChangeTag::Equal && v.ends_with(' ') {
            out.push(' ');
        }
    }
    out
}

/// The best match of each claim of `a` among the claims of `b`: (a claim, b claim, similarity).
fn matches(said: &[Vec<Said>], a: usize, b: usize) -> Vec<(usize, usize, f64)> {
    let (wa, wb) = (&said[a], &said[b]);
    let mut pairs: Vec<(usize, usize, f64)> = Vec::new();
    for (i, x) in wa.iter().map(|s| &s.words).enumerate() {
        for (j, y) in wb.iter().map(|s| &s.words).enumerate() {
            let s = if x == y {
                1.0
            } else {
                super::word_similarity(x, y)
            };
            if s >= RESTATES {
                pairs.push((i, j, s));
            }
        }
    }
    pairs.sort_by(|p, q| q.2.total_cmp(&p.2).then(p.0.cmp(&q.0)).then(p.1.cmp(&q.1)));
    let (mut used_a, mut used_b) = (vec![false; wa.len()], vec![false; wb.len()]);
    let mut out = Vec::new();
    for (i, j, s) in pairs {
        if !used_a[i] && !used_b[j] {
            used_a[i] = true;
            used_b[j] = true;
            out.push((i, j, s));
        }
    }
    out
}

/// The changes between consecutive versions.
pub fn steps(inputs: &[Extracted], said: &[Vec<Said>], order: &[usize]) -> Vec<Step> {
    order
        .windows(2)
        .map(|w| {
            let (a, b) = (w[0], w[1]);
            let m = matches(said, a, b);
            let mut step = Step {
                from: a,
                to: b,
                added: Vec::new(),
                removed: Vec::new(),
                changed: Vec::new(),
                unchanged: 0,
            };
            for (i, j, _) in &m {
                let (ca, cb) = (&inputs[a].claims[*i], &inputs[b].claims[*j]);
                let (wa, wb) = (&said[a][*i].words, &said[b][*j].words);
                if wa == wb || trivial(wa, wb) {
                    step.unchanged += 1;
                } else {
                    step.changed.push(Changed {
                        before: ClaimRef {
                            article: a,
                            claim: *i,
                        },
                        after: ClaimRef {
                            article: b,
                            claim: *j,
                        },
                        diff: word_diff(&ca.content_text, &cb.content_text),
                    });
                }
            }
            for i in 0..inputs[a].claims.len() {
                if !m.iter().any(|(x, _, _)| *x == i) {
                    step.removed.push(ClaimRef {
                        article: a,
                        claim: i,
                    });
                }
            }
            for j in 0..inputs[b].claims.len() {
                if !m.iter().any(|(_, y, _)| *y == j) {
                    step.added.push(ClaimRef {
                        article: b,
                        claim: j,
                    });
                }
            }
            step
        })
        .collect()
}

/// Share of an earlier claim's content words a later claim by the same speaker must carry.
const SAME_SPEAKER_OVERLAP: f64 = 0.4;

/// A later claim restates an earlier one: most of the same words, or the same speaker with
/// the same figure or many of the same content words ("30 fire engines were at the scene",
/// "some 30 engines had been sent to the site").
fn restates(a: &Said, ca: &Claim, b: &Said, cb: &Claim) -> bool {
    if super::word_similarity(&a.words, &b.words) >= RESTATES {
        return true;
    }
    if crate::claims::actor_key(&ca.actor) != crate::claims::actor_key(&cb.actor) {
        return false;
    }
    let numbers = |ws: &[String]| {
        ws.iter()
            .filter(|w| w.chars().all(|c| c.is_ascii_digit()))
            .cloned()
            .collect::<Vec<_>>()
    };
    let na = numbers(&a.words);
    if !na.is_empty() && na.iter().all(|n| b.words.contains(n)) {
        return true;
    }
    // Words compared by canonical form; "not yet known" / "still unknown" share "known".
    let shared = a
        .content
        .iter()
        .filter(|(c, u)| b.canon.contains(c) || u.as_ref().is_some_and(|u| b.canon.contains(u)))
        .count();
    !a.content.is_empty() && shared as f64 / a.content.len() as f64 >= SAME_SPEAKER_OVERLAP
}

/// Claims of a version that no later version carries or restates. The headline is left
/// out (it is rewritten with every update), and so are very short claims.
pub fn retractions(inputs: &[Extracted], said: &[Vec<Said>], order: &[usize]) -> Vec<Finding> {
    let mut out = Vec::new();
    for (k, &a) in order.iter().enumerate() {
        let later = &order[k + 1..];
        if later.is_empty() {
            break;
        }
        let first_paragraph_end = inputs[a]
            .analysis
            .article
            .paragraphs
            .first()
            .map_or(0, |p| p.end);
        for (i, c) in inputs[a].claims.iter().enumerate() {
            let w = &said[a][i];
            if w.words.len() < MIN_RETRACTED_WORDS || c.span.end <= first_paragraph_end {
                continue;
            }
            let kept = later.iter().any(|&b| {
                inputs[b]
                    .claims
                    .iter()
                    .zip(&said[b])
                    .any(|(d, wd)| restates(w, c, wd, d))
            });
            if kept {
                continue;
            }
            let r = ClaimRef {
                article: a,
                claim: i,
            };
            let c = claim(inputs, r);
            let next = &inputs[later[0]].analysis.article.id;
            out.push(Finding {
                kind: FindingKind::Retraction,
                also: Vec::new(),
                severity: Severity::Medium,
                confidence: 0.7,
                actor: c.actor.name.clone(),
                earlier: r,
                later: None,
                reason: format!(
                    "This claim of {} is not carried or restated in {next} or any later version.",
                    inputs[a].analysis.article.id
                ),
                group: format!("retraction|{}:{}", a, i),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn typo_fixes_are_trivial() {
        assert!(trivial(
            &w("the ministry confirmd the talks"),
            &w("the ministry confirmed the talks")
        ));
        assert!(!trivial(
            &w("the ministry confirmed the talks"),
            &w("the ministry denied the talks")
        ));
    }

    #[test]
    fn word_diff_marks_both_sides() {
        assert_eq!(
            word_diff("talks will start on Friday", "talks will start on Monday"),
            "talks will start on [-Friday-]{+Monday+}"
        );
    }
}

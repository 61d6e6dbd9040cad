//! Quotations compared across claims: `attribution_change` (the same words credited to
//! different speakers) and `quote_change` (the same speaker's quotation worded differently
//! in a way that changes its meaning). Candidate pairs come from an index of word trigrams.

use super::{claim, earlier_first, ClaimRef, Finding, FindingKind, Severity};
use crate::claims::{actor_key, ActorKind, Claim};
use crate::lexicon;
use crate::Extracted;
use std::collections::{BTreeMap, BTreeSet};

/// Quotations shorter than this (in words) are too common to compare.
const MIN_QUOTE_WORDS: usize = 5;
/// Trigrams two quotations must share to be compared.
const MIN_SHARED_TRIGRAMS: usize = 2;
/// Word similarity above which two quotations are the same words.
const SAME_WORDS: f64 = 0.9;
/// Word similarity above which two quotations are versions of one quotation.
const SAME_QUOTE: f64 = 0.6;

/// The quotation's words, lowercase, punctuation dropped.
pub fn quote_words(x: &Extracted, c: &Claim) -> Vec<String> {
    let Some(q) = &c.quote else { return Vec::new() };
    // "1,000" and "1000" are one number.
    let text = &x.analysis.article.text[q.clone()];
    let mut plain = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut prev = ' ';
    while let Some(ch) = chars.next() {
        let glue =
            ch == ',' && prev.is_ascii_digit() && chars.peek().is_some_and(char::is_ascii_digit);
        if !glue {
            plain.push(ch);
        }
        prev = ch;
    }
    plain
        .split(|ch: char| !(ch.is_alphanumeric() || ch == '\'' || ch == '\u{2019}'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('\u{2019}', "'"))
        .collect()
}

/// What changed between two wordings that changes what they say: a negation added or
/// dropped, a number changed, or content words replaced. `None` when the change is only
/// form (punctuation, case, a typo, a small word).
fn meaning_change(a: &[String], b: &[String]) -> Option<String> {
    let lx = lexicon::get();
    let negations = |ws: &[String]| {
        ws.iter()
            .filter(|w| lx.negation.find_all(w).next().is_some())
            .count()
    };
    if negations(a) % 2 != negations(b) % 2 {
        return Some("a negation was added or dropped".into());
    }
    // Numbers by value: "two" and "2" are one number.
    let numbers = |ws: &[String]| {
        ws.iter()
            .filter_map(|w| {
                // Digits only: "nan" and "inf" parse as floats.
                let digits = w.chars().all(|c| c.is_ascii_digit() || c == '.')
                    && w.chars().any(|c| c.is_ascii_digit());
                let v = digits
                    .then(|| w.parse::<f64>().ok())
                    .flatten()
                    .or_else(|| lx.numbers.get(w.as_str()).copied())?;
                Some((v, w.clone()))
            })
            .collect::<Vec<_>>()
    };
    let (na, nb) = (numbers(a), numbers(b));
    let values = |n: &[(f64, String)]| n.iter().map(|(v, _)| *v).collect::<Vec<_>>();
    let texts = |n: &[(f64, String)]| {
        n.iter()
            .map(|(_, w)| w.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    if values(&na) != values(&nb) {
        return Some(format!(
            "the numbers changed ({} → {})",
            texts(&na),
            texts(&nb)
        ));
    }
    let (sa, sb): (Vec<&str>, Vec<&str>) = (
        a.iter().map(String::as_str).collect(),
        b.iter().map(String::as_str).collect(),
    );
    let diff = similar::TextDiff::configure().diff_slices(&sa, &sb);
    let mut removed = Vec::new();
    let mut added = Vec::new();
    for change in diff.iter_all_changes() {
        match change.tag() {
            similar::ChangeTag::Delete => removed.push(change.value().to_string()),
            similar::ChangeTag::Insert => added.push(change.value().to_string()),
            similar::ChangeTag::Equal => {}
        }
    }
    // A typo fix replaces a word by one a letter or two away.
    let content = |w: &String| {
        w.len() > 3 && !crate::speaker_word!("clause", w) && !crate::speaker_word!("determiner", w)
    };
    let real_removed: Vec<&String> = removed
        .iter()
        .filter(|r| content(r) && !added.iter().any(|a| strsim::levenshtein(a, r) <= 2))
        .collect();
    let real_added: Vec<&String> = added
        .iter()
        .filter(|a| content(a) && !removed.iter().any(|r| strsim::levenshtein(a, r) <= 2))
        .collect();
    // Words replaced by others (a partial quotation that leaves words out changes nothing).
    if !real_removed.is_empty()
        && !real_added.is_empty()
        && real_removed.len() + real_added.len() >= 2
    {
        let fmt = |ws: &[&String]| ws.iter().map(|w| w.as_str()).collect::<Vec<_>>().join(" ");
        return Some(format!(
            "\"{}\" became \"{}\"",
            fmt(&real_removed),
            fmt(&real_added)
        ));
    }
    None
}

fn quoted(c: &Claim) -> bool {
    c.quote.is_some() && c.actor.kind != ActorKind::Outlet
}

/// Two speakers that are the same source: the same person when both are named people
/// (a spokesman and his minister are two speakers), else the same canonical actor (a
/// spokesman and his ministry are one).
fn same_source(a: &Claim, b: &Claim) -> bool {
    let surname = |p: &String| p.rsplit(' ').next().unwrap_or(p).to_lowercase();
    match (&a.speaker_person, &b.speaker_person) {
        (Some(x), Some(y)) => surname(x) == surname(y),
        _ => actor_key(&a.actor) == actor_key(&b.actor),
    }
}

/// The speaker as a reason names them: the person, else the actor.
fn who(c: &Claim) -> &str {
    c.speaker_person.as_deref().unwrap_or(&c.actor.name)
}

/// A speaker nobody is named for: a pronoun with nobody before it, a document ("the
/// statement said"), or a description ("the aid worker", "a witness", "an official"),
/// which may well be a person the other report names. Such a speaker is no evidence that
/// the words changed hands.
fn unknown(c: &Claim) -> bool {
    c.actor.kind == ActorKind::Unnamed
}

pub fn find(inputs: &[Extracted]) -> Vec<Finding> {
    let mut words: BTreeMap<ClaimRef, Vec<String>> = BTreeMap::new();
    let mut index: BTreeMap<String, Vec<ClaimRef>> = BTreeMap::new();
    for (a, x) in inputs.iter().enumerate() {
        for (ci, c) in x.claims.iter().enumerate() {
            if !quoted(c) {
                continue;
            }
            let ws = quote_words(x, c);
            if ws.len() < MIN_QUOTE_WORDS {
                continue;
            }
            let r = ClaimRef {
                article: a,
                claim: ci,
            };
            let grams: BTreeSet<String> = ws.windows(3).map(|w| w.join(" ")).collect();
            for g in grams {
                index.entry(g).or_default().push(r);
            }
            words.insert(r, ws);
        }
    }
    let mut shared: BTreeMap<(ClaimRef, ClaimRef), usize> = BTreeMap::new();
    for refs in index.values() {
        for (i, a) in refs.iter().enumerate() {
            for b in &refs[i + 1..] {
                if a != b {
                    *shared.entry((*a.min(b), *a.max(b))).or_default() += 1;
                }
            }
        }
    }
    let mut out = Vec::new();
    for ((a, b), n) in shared {
        if n < MIN_SHARED_TRIGRAMS {
            continue;
        }
        let (ca, cb) = (claim(inputs, a), claim(inputs, b));
        if a.article == b.article && ca.sentence_index == cb.sentence_index {
            continue;
        }
        let sim = super::word_similarity(&words[&a], &words[&b]);
        let (e, l) = if earlier_first(inputs, a, b) {
            (a, b)
        } else {
            (b, a)
        };
        let (ce, cl) = (claim(inputs, e), claim(inputs, l));
        if sim >= SAME_WORDS && !same_source(ca, cb) && !unknown(ca) && !unknown(cb) {
            out.push(Finding {
                kind: FindingKind::AttributionChange,
                also: Vec::new(),
                severity: Severity::High,
                confidence: (0.5 + sim / 2.0).min(0.95),
                actor: format!("{} vs {}", who(ce), who(cl)),
                earlier: e,
                later: Some(l),
                reason: format!("The same quoted words are credited to {} in the earlier report and to {} in the later one.", who(ce), who(cl)),
                group: format!("attribution_change|{}:{}|{}:{}", e.article, e.claim, l.article, l.claim),
            });
        } else if sim >= SAME_QUOTE && same_source(ca, cb) {
            if let Some(what) = meaning_change(&words[&e], &words[&l]) {
                out.push(Finding {
                    kind: FindingKind::QuoteChange,
                    also: Vec::new(),
                    severity: Severity::Medium,
                    confidence: (0.4 + sim / 2.0).min(0.9),
                    actor: ce.actor.name.clone(),
                    earlier: e,
                    later: Some(l),
                    reason: format!(
                        "{}'s quotation is worded differently in the later report: {what}.",
                        ce.actor.name
                    ),
                    group: format!(
                        "quote_change|{}:{}|{}:{}",
                        e.article, e.claim, l.article, l.claim
                    ),
                });
            }
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
    fn form_changes_do_not_change_meaning() {
        assert_eq!(
            meaning_change(
                &w("we will attend the talks in geneva"),
                &w("we will attend the talks in geneva")
            ),
            None
        );
        assert_eq!(
            meaning_change(
                &w("we will atend the talks in geneva"),
                &w("we will attend the talks in geneva")
            ),
            None
        );
        assert_eq!(
            meaning_change(
                &w("we will attend talks in geneva"),
                &w("we will attend the talks in geneva")
            ),
            None
        );
    }

    #[test]
    fn negations_numbers_and_words_change_meaning() {
        assert!(meaning_change(
            &w("we will attend the talks"),
            &w("we will not attend the talks")
        )
        .is_some());
        assert!(meaning_change(
            &w("the truce lasts 48 hours"),
            &w("the truce lasts 72 hours")
        )
        .is_some());
        assert!(meaning_change(
            &w("we welcome the proposal warmly"),
            &w("we reject the proposal outright")
        )
        .is_some());
    }
}

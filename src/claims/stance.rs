//! Stance, modality and the two times of a claim. Stance counts negations that scope
//! over the predicate (a negation cue or a negative predicate before its trigger, inside
//! the content); a negated reporting verb ("did not confirm") makes the stance neutral.

use super::attribution::Draft;
use super::{Attribution, Modality, Stance, TimeRef};
use crate::article::RefTime;
use crate::lexicon;
use crate::text::{Grain, TimeExpr};
use crate::Analysis;
use chrono::NaiveDate;
use std::ops::Range;

/// Stance and modality of a draft's content. `trigger` is where the predicate's word
/// stands: negations count only before it and inside its clause ("Despite no breakthrough,
/// they will meet" asserts the meeting).
pub fn stance_and_modality(
    text: &str,
    phrases: &lexicon::PhraseHits,
    d: &Draft,
    trigger: Option<&Range<usize>>,
) -> (Stance, Modality) {
    let lx = lexicon::get();
    let content = &text[d.content.clone()];
    let modality = || modality_in(text, phrases, &d.content);
    if d.cue_negated || content.trim_end().ends_with('?') {
        return (Stance::Neutral, modality());
    }
    let (scope_start, scope_end) = match trigger {
        Some(t) if t.start >= d.content.start && t.end <= d.content.end => {
            let end = t.end - d.content.start;
            let before = &content[..t.start - d.content.start];
            let punct = super::after_last_clause_break(before);
            // A subordinate clause ("because of the attacks") starts a scope of its own.
            // ("worth his while" is a noun, not a clause: not after a determiner.)
            let ws = crate::text::words(before, 0..before.len());
            let subordinate = ws
                .iter()
                .enumerate()
                .filter(|(k, w)| {
                    crate::speaker_word!("subordinator", &crate::text::lower(w.text(before)))
                        && !(*k > 0
                            && crate::speaker_word!(
                                "determiner",
                                &crate::text::lower(ws[k - 1].text(before))
                            ))
                })
                .map(|(_, w)| w.span.start)
                .max();
            let start = punct.max(subordinate).unwrap_or(0);
            // "including those who did not vote for me": the event word stands in a
            // relative clause, about someone else; the claim takes no stance on it.
            if super::proposition::in_relative_clause(before) {
                return (Stance::Neutral, modality());
            }
            (start, end)
        }
        _ => (0, content.len()),
    };
    let in_scope = |s: usize| scope_start <= s && s < scope_end;
    // "The trip had been put off": a negative predicate just after the event word.
    let passive_end = (scope_end + 24).min(content.len());
    let passive = trigger.is_some()
        && content.is_char_boundary(passive_end)
        && lx
            .negative_predicates
            .find_in(
                phrases,
                text,
                d.content.start + scope_end..d.content.start + passive_end,
            )
            .next()
            .is_some();
    let negative: Vec<Range<usize>> = lx
        .negative_predicates
        .find_in(phrases, text, d.content.clone())
        .map(|(s, e, _)| s..e)
        .filter(|r| in_scope(r.start))
        .collect();
    let negation_spans: Vec<(usize, usize)> = lx
        .negation
        .find_in(phrases, text, d.content.clone())
        .filter(|(s, e, _)| in_scope(*s) && !negative.iter().any(|n| n.start <= *s && *e <= n.end))
        .map(|(s, e, _)| (s, e))
        .collect();
    // "He said he cannot confirm there is evidence linking the blasts to ...": a negated
    // reporting verb inside the content withholds the claim, as a negated cue does.
    if negation_spans
        .iter()
        .any(|&(_, e)| reporting_verb_follows(&content[e..]))
    {
        return (Stance::Neutral, modality());
    }
    let negations = negation_spans.len();
    // "The ministry denied that talks took place": a negative reporting verb asserts the
    // opposite of its content.
    // (A cue already counted as a negative predicate of its content, "opposed the levy",
    // counts once.)
    let cue_negative = d.cue_span.as_ref().is_some_and(|c| {
        !negative
            .iter()
            .any(|n| d.content.start + n.start == c.start)
    }) && d.cue_span.as_ref().is_some_and(|c| {
        let cue = crate::text::lower(&text[c.clone()]);
        lx.reporting_verbs
            .whole(&cue)
            .is_some_and(|lemma| crate::speaker_word!("negative_cue", lemma))
    });
    let stance =
        if (negations + negative.len() + usize::from(passive) + usize::from(cue_negative)) % 2 == 1
        {
            // "not an election but a theft": the negation rejects a name for what happened,
            // not that it happened; the claim takes no stance on the event.
            if negations > 0 && contrast_after(content, scope_end) {
                return (Stance::Neutral, modality());
            }
            Stance::Negative
        } else {
            Stance::Positive
        };
    (stance, modality())
}

/// Whether the word after a negation, or after an adverb there, is a verb of telling that
/// the negation withholds ("cannot confirm", "would not immediately say": `withheld` in
/// speaker_words.txt); a negated belief or stance denies ("did not believe it was
/// worthwhile", "does not support the plan"), and "not at a point where" is no verb.
fn reporting_verb_follows(rest: &str) -> bool {
    let lx = lexicon::get();
    // (Two words are all it reads: a few bytes of the rest, however long the content.)
    let mut reach = rest.len().min(64);
    while !rest.is_char_boundary(reach) {
        reach -= 1;
    }
    let ws = crate::text::words(rest, 0..reach);
    let lower = |k: usize| ws.get(k).map(|w| w.text(rest).to_lowercase());
    let adverb = lower(0).is_some_and(|w| lx.adverb(&w));
    let verb_at = if adverb { 1 } else { 0 };
    lower(verb_at).into_iter().any(|t| {
        lx.reporting_verbs
            .whole(&t)
            .is_some_and(|lemma| crate::speaker_word!("withheld", lemma))
    })
}

/// Whether a contrast word and a determiner ("but a") follow the event word within its
/// clause and a few words: "not an election but a theft" sets one name against another;
/// "will not meet Lavrov but will call him" sets two acts and keeps the negation.
fn contrast_after(content: &str, from: usize) -> bool {
    let rest = &content[from.min(content.len())..];
    let clause_end = rest.find([',', ';', ':', '.']).unwrap_or(rest.len());
    let ws = crate::text::words(rest, 0..clause_end);
    let lower = |k: usize| ws.get(k).map(|w| w.text(rest).to_lowercase());
    (0..ws.len().min(4)).any(|k| {
        lower(k).is_some_and(|w| crate::speaker_word!("contrast", &w))
            && lower(k + 1).is_some_and(|w| crate::speaker_word!("determiner", &w))
    })
}

/// The modality of the content `text[content]`: the first class in priority order with a
/// cue in it.
fn modality_in(text: &str, phrases: &lexicon::PhraseHits, content: &Range<usize>) -> Modality {
    let lx = lexicon::get();
    let found: Vec<&str> = lx
        .modality
        .find_in(phrases, text, content.clone())
        .map(|(_, _, v)| v)
        .collect();
    for (class, m) in [
        ("conditional", Modality::Conditional),
        ("possible", Modality::Possible),
        ("evaluative", Modality::Evaluative),
        ("future", Modality::Future),
    ] {
        if found.contains(&class) {
            return m;
        }
    }
    Modality::Asserted
}

/// When the actor said it: a time among the attribution words, else the publication date.
pub fn stated_at(analysis: &Analysis, d: &Draft, times: &[&TimeExpr]) -> TimeRef {
    let text = &analysis.article.text;
    let publication = analysis.reference.map(|r| r.date);
    if d.attribution != Attribution::Unattributed {
        let outside = times.iter().find(|t| {
            matches!(
                t.grain,
                Grain::Day | Grain::Time | Grain::Week | Grain::Month
            ) && (t.span.end <= d.content.start || t.span.start >= d.content.end)
                && !analysis.inside_quote(&t.span)
        });
        if let Some(t) = outside {
            return TimeRef {
                text: Some(text[t.span.clone()].to_string()),
                span: Some(t.span.clone()),
                date: t.date,
                value: t.value.clone(),
            };
        }
    }
    TimeRef {
        text: None,
        span: None,
        date: publication,
        value: publication.map(crate::text::times::iso_day),
    }
}

/// How far after its predicate word a time may stand and still date the event.
const EVENT_TIME_REACH: usize = 80;

/// How many words may stand between an event noun and its time ("the bombing late on Friday").
const NOMINAL_TIME_REACH: usize = 2;

/// When the claimed event happens: a day-grain time tied to the predicate word (after it
/// within reach, or right before it: "Friday's bombings"), else, without a predicate word,
/// the first in the content; resolved against the statement time. `content` is the claim's
/// content span.
pub fn event_time(
    times: &[&TimeExpr],
    trigger: Option<&std::ops::Range<usize>>,
    reference: Option<NaiveDate>,
    text: &str,
    content: &std::ops::Range<usize>,
) -> TimeRef {
    let dated = |t: &&&TimeExpr| matches!(t.grain, Grain::Day | Grain::Time);
    let lx = lexicon::get();
    let pick = match trigger {
        Some(tr) => times.iter().filter(dated).find(|t| {
            // An event noun a verb takes as its object ("condemned the bombing of the
            // embassies on Thursday") takes only a time right after it ("condemned the
            // bombing on Thursday" stays ambiguous); one further on dates the verb.
            // (Only a verb inside the content: "Police said the bombing in Kabul on
            // Thursday killed 12" dates the bombing.)
            let mut before = text[content.start.min(tr.start)..tr.start]
                .split_whitespace()
                .rev();
            let determiner = before
                .next()
                .is_some_and(|w| crate::speaker_word!("determiner", &crate::text::lower(w)));
            let verb = before.next().is_some_and(|w| {
                let w = crate::text::lower(w);
                (w.len() > 4 && w.ends_with("ed")) || lx.reporting_verbs.whole(&w).is_some()
            });
            let nominal = determiner && verb;
            let gap_words = text[tr.end..t.span.start.max(tr.end)]
                .split_whitespace()
                .count();
            let after = t.span.start >= tr.end
                && t.span.start - tr.end <= EVENT_TIME_REACH
                && (!nominal || gap_words <= NOMINAL_TIME_REACH)
                && !text[tr.end..t.span.start].contains([';', '(']);
            let before = t.span.end <= tr.start && {
                let gap = &text[t.span.end..tr.start];
                let possessive = text[t.span.clone()].ends_with("'s")
                    || text[t.span.clone()].ends_with("\u{2019}s");
                gap.trim().is_empty() || possessive
            };
            after || before
        }),
        None => times.iter().find(dated),
    };
    match pick {
        Some(t) => {
            let (value, date) = t.resolve_against(reference.map(RefTime::from_date));
            TimeRef {
                text: Some(text[t.span.clone()].to_string()),
                span: Some(t.span.clone()),
                date,
                value,
            }
        }
        None => TimeRef {
            text: None,
            span: None,
            date: None,
            value: None,
        },
    }
}

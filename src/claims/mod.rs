//! Claims: who said what, for or against what, and when. `extract_claims` turns one
//! analysed article into its claims: attribution (speaker, cue, content), the canonical
//! actor, stance and modality, the proposition, and the statement and event times.

mod actors;
mod attribution;
mod mentions;
mod proposition;
pub use proposition::place_key;
mod stance;

/// What ends a clause inside a sentence: negations and relative pronouns count within
/// the clause of the event word.
pub(crate) const CLAUSE_BREAKS: [&str; 5] = [", ", "; ", ": ", " \u{2014} ", " -- "];

/// Where the text after the last clause break of `s` starts: the largest end of a
/// `CLAUSE_BREAKS` match, in one backward pass (every break ends with a space).
pub(crate) fn after_last_clause_break(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    (0..bytes.len())
        .rev()
        .filter(|&k| bytes[k] == b' ')
        .find(|&k| CLAUSE_BREAKS.iter().any(|b| s[..=k].ends_with(b)))
        .map(|k| k + 1)
}

pub use actors::{Actor, ActorKind};
pub(crate) use mentions::country_of_place;
pub use mentions::{
    dateline_city, dateline_country, dateline_place_country, dateline_region, find_mentions,
    Mentions,
};

use crate::text::{Quantity, TimeExpr};
use crate::Analysis;
use chrono::NaiveDate;
use std::ops::Range;

/// How the claim is attributed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attribution {
    DirectQuote,
    Indirect,
    AccordingTo,
    /// The outlet's own voice.
    Unattributed,
}

impl Attribution {
    pub fn as_str(self) -> &'static str {
        match self {
            Attribution::DirectQuote => "direct_quote",
            Attribution::Indirect => "indirect",
            Attribution::AccordingTo => "according_to",
            Attribution::Unattributed => "unattributed",
        }
    }
}

/// Whether the actor asserts the proposition or its opposite.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stance {
    Positive,
    Negative,
    Neutral,
}

impl Stance {
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Positive => "positive",
            Stance::Negative => "negative",
            Stance::Neutral => "neutral",
        }
    }

    /// How a reason names the stance: "for", "against", "neutral on".
    pub fn side_word(self) -> &'static str {
        match self {
            Stance::Positive => "for",
            Stance::Negative => "against",
            Stance::Neutral => "neutral on",
        }
    }

    /// True for a positive and a negative stance.
    pub fn opposes(self, other: Stance) -> bool {
        matches!(
            (self, other),
            (Stance::Positive, Stance::Negative) | (Stance::Negative, Stance::Positive)
        )
    }
}

/// How the claimed content is put.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modality {
    Asserted,
    Future,
    Possible,
    Conditional,
    Evaluative,
}

impl Modality {
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Future => "future",
            Modality::Possible => "possible",
            Modality::Conditional => "conditional",
            Modality::Evaluative => "evaluative",
        }
    }
}

/// A named participant of a proposition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    /// The canonical name ("Arun Mehta", "United States").
    pub name: String,
    /// What matches across articles: a person's surname, else the name, lowercase.
    pub key: String,
}

/// The event claimed.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposition {
    /// The predicate class from predicates.txt ("meet", "die"), if a trigger was found.
    pub predicate: Option<String>,
    /// Where the predicate's trigger word stands.
    pub trigger: Option<Range<usize>>,
    pub participants: Vec<Participant>,
    /// True when the participants were taken from an earlier claim ("the meeting").
    pub participants_inherited: bool,
    pub location: Option<String>,
    /// The content names more than one place ("in Tampere and Oulu"): its counts
    /// may add up places.
    pub several_places: bool,
    /// The places a count of several adds up, as keys ("in Nairobi, Kenya, and Dar es
    /// Salaam, Tanzania": kenya, tanzania), when the content lists them after "in" or "at".
    pub place_set: Vec<String>,
    pub quantities: Vec<Quantity>,
    /// What each quantity counts, by the predicate word nearest to it ("at least 75 people
    /// were killed": die; "1,643 wounded": injure).
    pub measures: Vec<Measure>,
}

/// A quantity tied to the event it counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Measure {
    /// Index into `Proposition::quantities`.
    pub quantity: usize,
    /// The predicate class of the event counted.
    pub predicate: String,
    /// The place right after the count, when it names one of its own ("killed 247 people
    /// in Kenya and 10 in Tanzania").
    pub place: Option<String>,
}

/// When something was said or happens.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeRef {
    /// The words that gave the time, when the text gave one.
    pub text: Option<String>,
    pub span: Option<Range<usize>>,
    pub date: Option<NaiveDate>,
    /// The TIMEX3 value, when there is one (`2016-09-09TMO`).
    pub value: Option<String>,
}

/// A hint from the text about when a statement came relative to others ("said earlier").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrderCue {
    None,
    Earlier,
    Later,
}

/// One attributed proposition.
#[derive(Debug, Clone)]
pub struct Claim {
    /// `<article>#<sentence>.<n>`
    pub id: String,
    pub article: usize,
    pub sentence_index: usize,
    pub span: Range<usize>,
    pub actor: Actor,
    pub speaker: Option<String>,
    /// The person who spoke, when the speaker is a named person (a spokesman's claim
    /// belongs to his ministry, but he is the one quoted).
    pub speaker_person: Option<String>,
    pub speaker_span: Option<Range<usize>>,
    pub cue: Option<String>,
    pub cue_span: Option<Range<usize>>,
    pub content_span: Range<usize>,
    /// The words of the content, as they stand.
    pub content_text: String,
    pub attribution: Attribution,
    pub quote: Option<Range<usize>>,
    pub stance: Stance,
    pub modality: Modality,
    pub proposition: Proposition,
    pub stated_at: TimeRef,
    pub event_time: TimeRef,
    pub order_cue: OrderCue,
}

/// The claims of one analysed article (`article` is its index among the inputs).
pub fn extract_claims(analysis: &Analysis, article: usize) -> Vec<Claim> {
    let mentions = find_mentions(analysis);
    let drafts = attribution::attribute(analysis, &mentions);
    let mut claims: Vec<Claim> = Vec::with_capacity(drafts.len());
    let mut per_sentence: std::collections::HashMap<usize, usize> = Default::default();
    for d in drafts {
        let text = &analysis.article.text;
        let n = per_sentence.entry(d.sentence).or_insert(0);
        *n += 1;
        // (`<article>#<sentence>.<n>`, pushed: `format!` costs more than the rest of the id.)
        let mut id = String::with_capacity(analysis.article.id.len() + 12);
        id.push_str(&analysis.article.id);
        id.push('#');
        id.push_str(itoa::Buffer::new().format(d.sentence));
        id.push('.');
        id.push_str(itoa::Buffer::new().format(*n));
        let times_in = |r: &Range<usize>| -> Vec<&TimeExpr> { analysis.times_within(r).collect() };
        let stated_at = stance::stated_at(analysis, &d, &times_in(&d.attribution_sentence));
        let reference = stated_at.date.or(analysis.reference.map(|r| r.date));
        let mut proposition = proposition::proposition(analysis, &mentions, &d.content);
        let event_time = stance::event_time(
            &times_in(&d.content),
            proposition.trigger.as_ref(),
            reference,
            text,
            &d.content,
        );
        let (stance, modality) =
            stance::stance_and_modality(text, &mentions.phrases, &d, proposition.trigger.as_ref());
        proposition::inherit_participants(&mut proposition, &claims, &d, &actor_key(&d.actor));
        proposition::resolve_there(
            &mut proposition,
            text,
            &d.content,
            &d.span,
            &mentions,
            &claims,
            d.sentence,
        );
        claims.push(Claim {
            id,
            article,
            sentence_index: d.sentence,
            span: d.span.clone(),
            actor: d.actor,
            speaker: d.speaker_span.as_ref().map(|s| text[s.clone()].to_string()),
            speaker_person: d.person.clone(),
            speaker_span: d.speaker_span,
            cue: d.cue_span.as_ref().map(|c| text[c.clone()].to_string()),
            cue_span: d.cue_span,
            content_text: text[d.content.clone()].to_string(),
            content_span: d.content,
            attribution: d.attribution,
            quote: d.quote,
            stance,
            modality,
            proposition,
            stated_at,
            event_time,
            order_cue: d.order_cue,
        });
    }
    claims
}

/// What makes two actors the same: the canonical name, case-folded.
/// People match by surname across reports ("Reinel", "Tomás Reinel").
pub fn actor_key(actor: &Actor) -> String {
    let name = actor.name.to_lowercase();
    match actor.kind {
        ActorKind::Person => name.rsplit(' ').next().unwrap_or(&name).to_string(),
        _ => name,
    }
}

#[cfg(test)]
mod tests;

//! `number_mismatch`: the same count of the same event (the dead, the injured, a
//! ceasefire's hours) reported with values that cannot both hold. "At least 50" and later
//! "58" agree (58 is at least 50); "at least 75" and "40" do not, and "8" and "11" do not.
//! Counts are compared only when they count the same thing in the same place.

use super::{claim, ClaimRef, Finding, FindingKind, Severity};
use crate::claims::{place_key, Claim, Modality, Stance};
use crate::lexicon;
use crate::text::{Bound, Quantity};
use crate::Extracted;
use chrono::Datelike;
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

/// Whether two counts can both hold: their intervals meet, and where two bounds only touch
/// ("nearly 5,000" and "over 5,000" at 5,000) neither leaves the number out. An exact
/// figure at a strict bound is taken as its rounding ("more than 200" and "200").
fn compatible(x: &Quantity, y: &Quantity) -> bool {
    let ((xl, xh), (yl, yh)) = (interval(x), interval(y));
    if xl > yh || yl > xh {
        return false;
    }
    let bound = |q: &Quantity| matches!(q.bound, Bound::Lower | Bound::Upper) && q.max.is_none();
    if !(bound(x) && bound(y)) {
        return true;
    }
    let open_low = |q: &Quantity| q.strict && q.bound == Bound::Lower;
    let open_high = |q: &Quantity| q.strict && q.bound == Bound::Upper;
    !(xl == yh && (open_low(x) || open_high(y)) || yl == xh && (open_low(y) || open_high(x)))
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

/// What a count counts, with every share one kind ("52.8% of the vote against 32.4%").
fn kind_of(q: &Quantity) -> String {
    let lx = lexicon::get();
    match q.unit.as_deref() {
        Some(u)
            if u.split(' ')
                .next()
                .is_some_and(|w| lx.quantity_share.contains(w)) =>
        {
            "%".to_string()
        }
        _ => group(q),
    }
}

/// A share of nothing named: "turnout was 59.5%" (a share "of the vote" names its whole).
fn unnamed_share(q: &Quantity) -> bool {
    q.unit
        .as_deref()
        .is_some_and(|u| lexicon::get().quantity_share.contains(u))
}

fn usable(c: &Claim) -> bool {
    // Tables under a label ("NORTH: Total dead: 19") are lists, not claims about one count.
    let listing = c.cue.as_deref() == Some(":");
    c.stance == Stance::Positive
        && !matches!(c.modality, Modality::Possible | Modality::Conditional)
        && !listing
}

/// A sentence that opens on a capitalized label and a line break ("NORTH:" and then lines
/// of prose): the label scopes what follows in a way claimdiff does not read, so it is not
/// compared. (A block of labelled figures is split a line a sentence, each placed under its
/// heading: text/figures.rs.)
fn labelled_block(sentence: &str) -> bool {
    let first_line = sentence.lines().next().unwrap_or("").trim();
    first_line.len() < sentence.trim_end().len()
        && first_line.strip_suffix(':').is_some_and(|label| {
            label.chars().any(char::is_alphabetic) && !label.chars().any(char::is_lowercase)
        })
}

/// The old value of a revision the claim tells itself ("initially 10, has risen to 12").
fn superseded(text: &str, q: &Quantity) -> bool {
    let word = word_before(&text[..q.span.start]).to_lowercase();
    lexicon::get().quantity_superseded.contains(&word)
}

/// The last word of `text`.
fn word_before(text: &str) -> &str {
    text.trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
}

/// A part of a count, not the count: "12 of the dead were children".
fn part_of(text: &str, q: &Quantity) -> bool {
    let lx = lexicon::get();
    let after = text[q.span.end.min(text.len())..].trim_start();
    let mut words = after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    q.unit.is_none()
        && after.starts_with("of ")
        && words
            .nth(1)
            .is_some_and(|w| lx.quantity_part_of.contains(&w.to_lowercase()))
}

/// A count of an earlier event the report recalls ("last year, a similar crash killed 36"):
/// before the count, its sentence names a year or a month before the report's.
fn recalled(x: &Extracted, c: &Claim) -> bool {
    let Some(reference) = x.analysis.reference else {
        return false;
    };
    let (ry, rm) = (reference.date.year(), reference.date.month());
    x.analysis
        .times_within(&c.span)
        .filter(|t| {
            // A time that sets the scene before the count ("Last year, a crash killed 36"),
            // not a comparison after it ("the deadliest since 2009").
            let first_count = c
                .proposition
                .quantities
                .iter()
                .map(|q| q.span.start)
                .min()
                .unwrap_or(c.span.end);
            let before =
                x.analysis.article.text[c.span.start..t.span.start.max(c.span.start)].trim_end();
            let since = word_before(before).eq_ignore_ascii_case("since");
            c.span.start <= t.span.start && t.span.end <= first_count && !since
        })
        .any(|t| {
            let Some(v) = t.resolve_against(Some(reference)).0 else {
                return false;
            };
            let year = v.get(..4).and_then(|y| y.parse::<i32>().ok());
            let month = v.get(5..7).and_then(|m| m.parse::<u32>().ok());
            match (v.len(), year, month) {
                (4, Some(y), _) => y < ry,
                (7, Some(y), Some(m)) => (y, m) < (ry, rm),
                // A day is left alone: follow-up reports name the day of the event.
                _ => false,
            }
        })
}

fn fmt(q: &Quantity) -> String {
    let n = if q.value.fract() == 0.0 {
        format!("{}", q.value as i64)
    } else {
        format!("{}", q.value)
    };
    match (q.max, q.bound) {
        (Some(hi), _) => format!("{n}-{hi}"),
        (None, Bound::Lower) if q.strict => format!("more than {n}"),
        (None, Bound::Lower) => format!("at least {n}"),
        (None, Bound::Upper) if q.strict => format!("less than {n}"),
        (None, Bound::Upper) => format!("at most {n}"),
        (None, Bound::Approximate) => format!("about {n}"),
        (None, Bound::Exact) => n,
    }
}

/// The places of a story under one key each: a country the story's counts name stands for
/// the one city of it they name, when an event that happens at one spot (a blast:
/// point_events.txt) is placed there ("11 Americans were killed in Kenya" and "eight
/// Americans were killed in Nairobi" count the same dead when the bombing in Nairobi is
/// the story's only place in Kenya; "clashes in Lima" do not make Peru Lima). A city's
/// country comes from the lexicon (seats of government) or from a dateline ("NAIROBI,
/// Kenya (AP) -", "KORVA, Delvania, May 12"); with two cities of a country the country
/// stays apart.
#[derive(Default)]
struct PlaceKeys(BTreeMap<String, String>);

/// A count over a span of time: its claim names a year ("this year", "in 2015") or a time
/// after "since".
fn running_total(x: &Extracted, c: &Claim) -> bool {
    let text = &x.analysis.article.text;
    x.analysis.times_within(&c.content_span).any(|t| {
        t.grain == crate::text::Grain::Year
            || word_before(&text[..t.span.start]).eq_ignore_ascii_case("since")
    })
}

impl PlaceKeys {
    fn of(inputs: &[Extracted]) -> PlaceKeys {
        let mut city_country: BTreeMap<String, String> = BTreeMap::new();
        for x in inputs {
            // (A dateline's place after the city is its country or region, in the lexicon
            // or not: "KORVA, Delvania, May 12".)
            let region = crate::claims::dateline_place_country(&x.analysis)
                .or_else(|| crate::claims::dateline_region(&x.analysis));
            if let (Some(city), Some(country)) = (crate::claims::dateline_city(&x.analysis), region)
            {
                city_country.insert(place_key(&city), place_key(&country));
            }
        }
        let lx = lexicon::get();
        let places_of = |c: &Claim| -> Vec<String> {
            c.proposition
                .location
                .iter()
                .map(|l| place_key(l))
                .chain(c.proposition.place_set.iter().cloned())
                .collect()
        };
        let claims = || inputs.iter().flat_map(|x| &x.claims);
        // The places the counts name, and every place the story names.
        let counted: std::collections::BTreeSet<String> = claims()
            .filter(|c| !c.proposition.measures.is_empty())
            .flat_map(places_of)
            .collect();
        let places: std::collections::BTreeSet<String> = claims().flat_map(places_of).collect();
        // Where the story places an event that happens at one spot ("a blast in Nairobi";
        // the singular of a listed word counts too: "bombings").
        let spots: std::collections::BTreeSet<String> = claims()
            .filter(|c| {
                (c.proposition.location.is_some() || !c.proposition.place_set.is_empty())
                    && crate::text::words(&c.content_text, 0..c.content_text.len())
                        .iter()
                        .any(|w| lx.point_event(w.text(&c.content_text)))
            })
            .flat_map(places_of)
            .collect();
        let country_of = |p: &str| {
            city_country
                .get(p)
                .cloned()
                .or_else(|| crate::claims::country_of_place(p).map(|c| place_key(&c)))
        };
        let mut cities: BTreeMap<String, Vec<&String>> = BTreeMap::new();
        for p in &places {
            if let Some(country) = country_of(p).filter(|c| c != p) {
                cities.entry(country).or_default().push(p);
            }
        }

        PlaceKeys(
            cities
                .into_iter()
                .filter(|(country, list)| {
                    list.len() == 1 && spots.contains(list[0]) && counted.contains(country)
                })
                .map(|(country, list)| (country, list[0].clone()))
                .collect(),
        )
    }

    fn key<'a>(&'a self, place: &'a str) -> &'a str {
        self.0.get(place).map_or(place, String::as_str)
    }

    /// The key of a set of places: each place's key, sorted, without repeats.
    fn set_key(&self, places: &[String]) -> String {
        let keys: std::collections::BTreeSet<&str> = places.iter().map(|p| self.key(p)).collect();
        keys.into_iter().collect::<Vec<_>>().join("+")
    }
}

/// All number mismatches among the inputs, from an index of counts keyed by what they count.
pub fn find(inputs: &[Extracted]) -> Vec<Finding> {
    let places = PlaceKeys::of(inputs);
    // (event, group, place) -> counts
    let mut index: BTreeMap<(String, String, String), Vec<(ClaimRef, usize)>> = BTreeMap::new();
    for (a, x) in inputs.iter().enumerate() {
        for (ci, c) in x.claims.iter().enumerate() {
            if !usable(c)
                || recalled(x, c)
                || labelled_block(&x.analysis.article.text[c.span.clone()])
            {
                continue;
            }
            for m in &c.proposition.measures {
                // A count of several places compares only with another of the same places,
                // unless it names a place of its own ("247 in Kenya and 10 in Tanzania").
                if c.proposition.several_places
                    && c.proposition.place_set.is_empty()
                    && m.place.is_none()
                {
                    continue;
                }
                let q = &c.proposition.quantities[m.quantity];
                let text = &x.analysis.article.text;
                if part_of(text, q) || unnamed_share(q) || superseded(text, q) {
                    continue;
                }
                // Two counts of one kind in one claim belong to different holders ("52.8%
                // against 32.4% for the opposition", "14 in the north and 9 in the
                // south"): which one another report's count answers is not clear.
                let same_kind = c
                    .proposition
                    .measures
                    .iter()
                    .filter(|o| {
                        let oq = &c.proposition.quantities[o.quantity];
                        o.predicate == m.predicate
                            && o.place == m.place
                            && kind_of(oq) == kind_of(q)
                            && !part_of(text, oq)
                            && !superseded(text, oq)
                    })
                    .count();
                if same_kind > 1 {
                    continue;
                }
                // Counts without a place are compared only inside one article (where the
                // story's place holds); across reports a count must name where.
                let place_count = lexicon::get().place_counts.contains(&m.predicate);
                // A share or count of several places that are not a count's place ("60
                // percent of voters in Kenya and Tanzania") is another whole.
                if c.proposition.several_places && !place_count {
                    continue;
                }
                // A count with a place of its own ("247 people in Kenya and 10 in
                // Tanzania") is that place's. A running total over a span of time ("the
                // war in Syria has killed 300,000 since 2011") is the country's, never
                // its one city's.
                let places = if running_total(x, c) {
                    &PlaceKeys::default()
                } else {
                    &places
                };
                let place = match &c.proposition.location {
                    _ if !place_count => String::new(),
                    _ if m.place.is_some() => places
                        .key(&place_key(m.place.as_deref().unwrap_or_default()))
                        .to_string(),
                    _ if c.proposition.several_places => places.set_key(&c.proposition.place_set),
                    Some(p) => places.key(&place_key(p)).to_string(),
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
        // The counts by value. Each claim is set against the first claim of every other
        // value (and that one against it), so a long story that repeats "50" and "80" costs
        // claims × values, not claims²; the pairs of one two values make one finding (the
        // others under `also`).
        let mut by_value: BTreeMap<String, Vec<(ClaimRef, usize)>> = BTreeMap::new();
        for (r, q) in counts {
            let v = fmt(&claim(inputs, *r).proposition.quantities[*q]);
            by_value.entry(v).or_default().push((*r, *q));
        }
        // Each value's reports from the earliest: "the first claim of a value" is then the
        // same whatever the order of the inputs, and a toll revised down and back up
        // again makes both revisions.
        for list in by_value.values_mut() {
            list.sort_by_cached_key(|(r, q)| {
                let article = &inputs[r.article].analysis.article;
                (
                    super::versions::version_time(article),
                    article.id.clone(),
                    claim(inputs, *r).sentence_index,
                    r.claim,
                    *q,
                )
            });
        }
        let values: Vec<&Vec<(ClaimRef, usize)>> = by_value.values().collect();
        let different_sentences = |a: &ClaimRef, b: &ClaimRef| {
            a.article != b.article
                || claim(inputs, *a).sentence_index != claim(inputs, *b).sentence_index
        };
        let mut pairs = std::collections::BTreeSet::new();
        for (i, xs) in values.iter().enumerate() {
            for ys in &values[i + 1..] {
                let first = |zs: &[(ClaimRef, usize)], other: &(ClaimRef, usize)| {
                    zs.iter()
                        .find(|z| different_sentences(&z.0, &other.0))
                        .copied()
                };
                for a in xs.iter() {
                    if let Some(b) = first(ys, a) {
                        pairs.insert((*a, b));
                    }
                }
                for b in ys.iter() {
                    if let Some(a) = first(xs, b) {
                        pairs.insert((a, *b));
                    }
                }
            }
        }
        for ((ra, qa), (rb, qb)) in pairs {
            {
                let (ra, rb) = (&ra, &rb);
                let (ca, cb) = (claim(inputs, *ra), claim(inputs, *rb));
                let (x, y) = (
                    &ca.proposition.quantities[qa],
                    &cb.proposition.quantities[qb],
                );
                if compatible(x, y) {
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
                    // One finding for two values; one for each direction when one source
                    // revises its own figure (8 revised up to 11 and, in its later report,
                    // back down to 8): the other pairs go under `also`.
                    group: {
                        let source = |r: &ClaimRef| inputs[r.article].analysis.article.source.as_deref();
                        let (v1, v2) = (fmt(qe), fmt(ql));
                        if source(e).is_some() && source(e) == source(l) {
                            format!("number_mismatch|{event}|{grp}|{place}|{v1}|{v2}")
                        } else {
                            let (lo, hi) = if v1 <= v2 { (v1, v2) } else { (v2, v1) };
                            format!("number_mismatch|{event}|{grp}|{place}|{lo}|{hi}")
                        }
                    },
                });
            }
        }
    }
    out
}

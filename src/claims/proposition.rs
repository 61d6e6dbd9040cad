//! The proposition of a claim: the predicate class of its first trigger word, the named
//! participants (people, organizations, countries; "his Russian counterpart" resolved to
//! the Russian official mentioned), the place and the quantities. This is the key the
//! comparator aligns on.

use super::attribution::Draft;
use super::mentions::{MentionKind, Mentions};
use super::{Claim, Participant, Proposition};
use crate::lexicon;
use crate::text::{find_quantities_in, words, Word, WordIndex};
use crate::Analysis;
use std::ops::Range;

/// How many sentences back a claim may take its participants from ("the meeting").
const INHERIT_WINDOW: usize = 3;

/// Whether the text after the last clause break of `before` holds a relative pronoun
/// after its first word: the next word stands in a relative clause.
/// Only the last `CLAUSE_REACH` bytes are read: a clause is shorter, and the search stays
/// linear however long the content.
pub(crate) fn in_relative_clause(before: &str) -> bool {
    const CLAUSE_REACH: usize = 300;
    let mut window = before.len().saturating_sub(CLAUSE_REACH);
    while !before.is_char_boundary(window) {
        window += 1;
    }
    let clause_start =
        super::after_last_clause_break(&before[window..]).map_or(window, |i| window + i);
    let clause = &before[clause_start..];
    words(clause, 0..clause.len()).iter().any(|w| {
        (clause_start + w.span.start) > 0
            && crate::speaker_word!("relative", &crate::text::lower(w.text(clause)))
    })
}

pub fn proposition(
    analysis: &Analysis,
    mentions: &Mentions,
    content: &Range<usize>,
) -> Proposition {
    let lx = lexicon::get();
    let text = &analysis.article.text;
    // The event word of the content: the first one that does not stand in a relative
    // clause ("the rebels, who have not met the envoy, would meet him"), else the first.
    let slice = &text[content.clone()];
    // (An event word inside a name is none: "the North Atlantic Treaty Organization".)
    let in_a_name = |s: usize, e: usize| {
        slice[s..].starts_with(char::is_uppercase)
            && mentions
                .within(&(content.start + s.saturating_sub(64)..content.start + e + 64))
                .any(|m| m.span.start <= content.start + s && content.start + e <= m.span.end)
    };
    // (Every event word of the content, read once: the counts are tied to them too.)
    let events: Vec<(usize, usize, &str)> = lx
        .predicates
        .find_in(&mentions.phrases, text, content.clone())
        .collect();
    let mut found = events
        .iter()
        .copied()
        .filter(|(s, e, _)| !in_a_name(*s, *e))
        .peekable();
    let first_any = found.peek().copied();
    let first = found
        .find(|(s, _, _)| !in_relative_clause(&slice[..*s]))
        .or(first_any);
    let predicate = first.map(|(_, _, class)| class.to_string());
    let trigger = first.map(|(s, e, _)| content.start + s..content.start + e);
    let mut participants: Vec<Participant> = Vec::new();
    let mut push = |name: &str, key: String| {
        if !participants.iter().any(|p| p.key == key) {
            participants.push(Participant {
                name: name.to_string(),
                key,
            });
        }
    };
    let location = location(text, content, mentions);
    for m in mentions.within(content) {
        if location
            .as_ref()
            .is_some_and(|(r, _)| r.start <= m.span.start && m.span.end <= r.end)
        {
            continue;
        }
        match m.kind {
            MentionKind::Person(i) => {
                let p = &mentions.people[i];
                push(&p.name, p.surname.clone());
            }
            MentionKind::Organization | MentionKind::Country => {
                push(&m.actor.name, m.actor.name.to_lowercase())
            }
            MentionKind::Demonym => {}
        }
    }
    // "his Russian counterpart": the person of that country mentioned last.
    for w in mentions.words.within(text, content.clone()).windows(2) {
        if w[1].text(text).eq_ignore_ascii_case("counterpart") {
            let country = mentions
                .at(&w[0].span)
                .find(|m| m.kind == MentionKind::Demonym)
                .and_then(|m| m.country.clone());
            if let Some(c) = country {
                let person = mentions.last_before(w[0].span.start, |m| {
                    matches!(m.kind, MentionKind::Person(_))
                        && m.country.as_deref() == Some(c.as_str())
                });
                if let Some(MentionKind::Person(i)) = person.map(|m| m.kind.clone()) {
                    let p = &mentions.people[i];
                    push(&p.name, p.surname.clone());
                }
            }
        }
    }
    // Dates are not counts; durations are ("a 48-hour ceasefire").
    let first = analysis
        .times
        .partition_point(|t| t.span.end <= content.start);
    let exclude: Vec<Range<usize>> = analysis.times[first..]
        .iter()
        .take_while(|t| t.span.start < content.end)
        .filter(|t| t.grain != crate::text::Grain::Duration)
        .map(|t| t.span.clone())
        .collect();
    let mut quantities = find_quantities_in(
        text,
        &mentions.words,
        &mentions.phrases,
        content.clone(),
        &exclude,
    );
    let mut measures = measures(text, content, &events, &quantities, &mentions.words);
    // A line of a block of figures: its place is the heading above it, and a label that
    // names no event ("Americans: 12") is what the figure counts, of the event the lines
    // above it count ("Total dead: 192").
    let mut location = location;
    if let Some(figure) = figure_context(analysis, content) {
        if location.is_none() {
            location = figure.heading.map(|h| (h.clone(), text[h].to_string()));
        }
        if measures.is_empty() && quantities.len() == 1 {
            if let Some(predicate) = figure.predicate_above {
                quantities[0].unit = Some(text[figure.label].to_lowercase());
                measures.push(super::Measure {
                    quantity: 0,
                    predicate,
                    place: None,
                });
            }
        }
    }
    let several_places = mentions
        .within(content)
        .filter(|m| m.kind == MentionKind::Country)
        .map(|m| m.actor.name.clone())
        .collect::<std::collections::BTreeSet<_>>()
        .len()
        > 1
        || location
            .as_ref()
            .is_some_and(|(_, name)| name.contains(" and "));
    // "in Ansel and Corvo": a list of places after in/at makes several too.
    // (Without a place after in/at there is no list of them either.)
    let place_set = if location.is_some() {
        place_set(text, content, &mentions.words)
    } else {
        Vec::new()
    };
    let several_places = several_places || !place_set.is_empty();
    Proposition {
        predicate,
        trigger,
        participants,
        participants_inherited: false,
        location: location.map(|(_, name)| name),
        several_places,
        place_set,
        quantities,
        measures,
    }
}

/// Where a line of a block of figures stands: the heading above it, its label, and the
/// event class the nearest line above it with an event word counts.
struct FigureContext {
    heading: Option<Range<usize>>,
    label: Range<usize>,
    predicate_above: Option<String>,
}

/// The block of figures `content` is a line of, if it is one.
fn figure_context(analysis: &Analysis, content: &Range<usize>) -> Option<FigureContext> {
    let text = &analysis.article.text;
    let paragraphs = &analysis.article.paragraphs;
    let p = paragraphs.get(paragraphs.partition_point(|p| p.end < content.end))?;
    let lines = crate::text::figure_block(text, p)?;
    let k = lines
        .iter()
        .position(|l| l.span.start <= content.start && content.end <= l.span.end)?;
    lines[k].value.as_ref()?;
    let lx = lexicon::get();
    // (Only when the lines above name one event: under "Dead: 192" and "Injured: 4,877",
    // "Americans: 12" may be either.)
    let classes: std::collections::BTreeSet<String> = lines[..k]
        .iter()
        .rev()
        .take_while(|l| l.value.is_some())
        .filter_map(|l| {
            lx.predicates
                .find_all(&text[l.label.clone()])
                .next()
                .map(|(_, _, class)| class.to_string())
        })
        .collect();
    let predicate_above = (classes.len() == 1)
        .then(|| classes.into_iter().next())
        .flatten();
    Some(FigureContext {
        heading: crate::text::heading_above(&lines, content.start),
        label: lines[k].label.clone(),
        predicate_above,
    })
}

/// How far (in bytes) a predicate word may stand from the number it counts.
const MEASURE_REACH: usize = 40;

/// Ties each quantity to the nearest predicate word in its clause: "At least 75 people were
/// killed and 1,643 wounded" gives 75 to die and 1,643 to injure.
fn measures(
    text: &str,
    content: &Range<usize>,
    events: &[(usize, usize, &str)],
    quantities: &[crate::text::Quantity],
    index: &WordIndex,
) -> Vec<super::Measure> {
    let lx = lexicon::get();
    let triggers: Vec<(Range<usize>, String)> = events
        .iter()
        .map(|(s, e, class)| (content.start + s..content.start + e, class.to_string()))
        .collect();
    let ws = index.within(text, content.clone());
    // "247 people in Kenya": in/at and a name right after the count.
    let own_place = |q: &crate::text::Quantity| {
        let k = ws.partition_point(|w| w.span.start < q.span.end);
        let w = ws.get(k)?;
        if !text[q.span.end..w.span.start].trim().is_empty()
            || !crate::speaker_word_at!("place_preposition", index, text, w)
        {
            return None;
        }
        let j = name_end(text, &ws, k + 1);
        // (A list of places after it, "in Nairobi and Dar es Salaam", is no one place.)
        let capital = |k: usize| {
            ws.get(k)
                .is_some_and(|w| w.text(text).starts_with(char::is_uppercase))
        };
        let list = ws.get(j).is_some_and(|n| {
            let gap = text[ws[j - 1].span.end..n.span.start].trim();
            (gap == "," && capital(j))
                || (crate::speaker_word_at!("link", index, text, n) && capital(j + 1))
        });
        (j > k + 1 && !list).then(|| text[ws[k + 1].span.start..ws[j - 1].span.end].to_string())
    };
    let mut out = Vec::new();
    for (qi, q) in quantities.iter().enumerate() {
        let place = own_place(q);
        // "The death toll in the blast ... has risen to 12": after a verb of a running
        // count, the count is the toll's, whatever event word stands nearer.
        let tally_verb = index
            .within(text, content.start..q.span.start)
            .iter()
            .rev()
            .take(3)
            .any(|w| {
                lx.quantity_tally
                    .contains(crate::text::lower(w.text(text)).as_ref())
            });
        // (Only a toll that is the nearest event word before the count, the words of the
        // occasion aside, "the blast": in "the death toll remains unclear, but the number
        // of injured has risen to 500", 500 counts the injured.)
        let toll = triggers
            .iter()
            .rev()
            .find(|(t, _)| t.end <= q.span.start && !lx.point_event(&text[t.clone()]))
            .filter(|(t, _)| {
                text[t.clone()]
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| lx.quantity_tally.contains(crate::text::lower(w).as_ref()))
            });
        if let Some((_, class)) = toll.filter(|_| tally_verb) {
            out.push(super::Measure {
                quantity: qi,
                predicate: class.clone(),
                place,
            });
            continue;
        }
        let nearest = triggers
            .iter()
            .filter(|(t, _)| {
                let gap = if t.start >= q.span.end {
                    q.span.end..t.start
                } else {
                    t.end.min(q.span.start)..q.span.start
                };
                gap.len() <= MEASURE_REACH && !text[gap].contains([';', '(', ')'])
            })
            .min_by_key(|(t, _)| {
                if t.start >= q.span.end {
                    t.start - q.span.end
                } else {
                    q.span.start.saturating_sub(t.end) + 1
                }
            });
        if let Some((_, class)) = nearest {
            out.push(super::Measure {
                quantity: qi,
                predicate: class.clone(),
                place,
            });
        }
    }
    out
}

/// The place: "in Vienna", "at the United Nations", "in the Tanzanian capital of Dar es
/// Salaam" — capitalized words after in/at (a place noun before them may describe them)
/// that are not a time.
fn location(
    text: &str,
    content: &Range<usize>,
    mentions: &Mentions,
) -> Option<(Range<usize>, String)> {
    let lx = lexicon::get();
    let ws = mentions.words.within(text, content.clone());
    let lower = |k: usize| mentions.words.lower(text, ws[k].span.clone());
    let plain = |k: usize| {
        let gap = &text[ws[k - 1].span.end..ws[k].span.start];
        gap == " " || gap == ", "
    };
    let capital = |k: usize| ws[k].text(text).starts_with(char::is_uppercase);
    for i in 0..ws.len() {
        if !crate::speaker_word_at!("place_preposition", mentions.words, text, &ws[i]) {
            continue;
        }
        // "in the Tanzanian capital of", "in the port city of": a description before the
        // name; the name follows it.
        let mut first = i + 1;
        if ws.get(first).is_some_and(|_| {
            crate::speaker_word_at!("determiner", mentions.words, text, &ws[first])
        }) {
            let mut k = first + 1;
            while k < ws.len() && capital(k) && k - first <= 2 {
                k += 1;
            }
            if k < ws.len() && lx.place_nouns.contains(lower(k).as_ref()) {
                // "the port city of"
                while k < ws.len() && lx.place_nouns.contains(lower(k).as_ref()) {
                    k += 1;
                }
                if ws
                    .get(k)
                    .is_some_and(|_| crate::speaker_word_at!("link", mentions.words, text, &ws[k]))
                {
                    k += 1;
                }
                if k < ws.len() && plain(k) {
                    first = k;
                }
            } else if k > first + 1
                && k < ws.len()
                && lx.predicates.whole(ws[k].text(text)).is_some()
            {
                // "in the Tanzania blast": a country named before an event noun.
                let name = &text[ws[first + 1].span.start..ws[k - 1].span.end];
                if let Some(country) = super::mentions::country_of_place(&name.to_lowercase())
                    .filter(|c| c.eq_ignore_ascii_case(name))
                {
                    let r = ws[first + 1].span.start..ws[k - 1].span.end;
                    return Some((r, country));
                }
            }
        }
        let j = name_end(text, &ws, first);
        if j > first && modifies_a_noun(text, &ws, j) {
            continue;
        }
        if j > first {
            let mut r = ws[first].span.start..ws[j - 1].span.end;
            for possessive in ["'s", "\u{2019}s"] {
                if text[r.clone()].ends_with(possessive) {
                    r.end -= possessive.len();
                }
            }
            // A person is not a place (but a name a place noun describes is one).
            if first == i + 1
                && mentions
                    .within(&r)
                    .any(|m| matches!(m.kind, MentionKind::Person(_)))
            {
                continue;
            }
            return Some((r.clone(), text[r].to_string()));
        }
    }
    None
}

/// How many sentences back "there" looks for the place it stands for.
const THERE_WINDOW: usize = 2;

/// "At least 75 were killed there": a claim without a place of its own whose content says
/// "there" (not the "there is" of existence, which opens its clause) takes the place its
/// sentence names outside the content ("In Homs, officials said 12 were killed there"),
/// else that of the latest claim before it, within a couple of sentences, that names one.
pub fn resolve_there(
    p: &mut Proposition,
    text: &str,
    content: &Range<usize>,
    sentence_span: &Range<usize>,
    mentions: &Mentions,
    before: &[Claim],
    sentence: usize,
) {
    if p.location.is_some() {
        return;
    }
    let ws = mentions.words.within(text, content.clone());
    let locative = ws.iter().enumerate().any(|(k, w)| {
        w.text(text).eq_ignore_ascii_case("there")
            && k > 0
            && !crate::speaker_word!("embed", &crate::text::lower(ws[k - 1].text(text)))
            && !ws.get(k + 1).is_some_and(|n| {
                crate::speaker_word!("auxiliary", &crate::text::lower(n.text(text)))
                    || crate::speaker_word!("existential", &crate::text::lower(n.text(text)))
            })
    });
    if !locative {
        return;
    }
    if let Some((_, place)) = location(text, sentence_span, mentions) {
        p.location = Some(place);
        p.place_set = place_set(text, sentence_span, &mentions.words);
        p.several_places |= !p.place_set.is_empty();
        return;
    }
    // "Floods hit Ansel and Corvo. At least 12 drowned there": both towns.
    if let Some(c) = before
        .iter()
        .rev()
        .take_while(|c| c.sentence_index + THERE_WINDOW >= sentence)
        .find(|c| c.proposition.location.is_some())
    {
        p.location = c.proposition.location.clone();
        p.place_set = c.proposition.place_set.clone();
        p.several_places |= c.proposition.several_places;
    }
}

/// A name after in/at that ends at word `end` and modifies a noun placed after it: "at
/// U.S. embassies in Nairobi" is placed in Nairobi, not in the U.S. (a few lowercase words,
/// then another in/at and a name).
fn modifies_a_noun(text: &str, ws: &[Word], end: usize) -> bool {
    let lower = |k: usize| crate::text::lower(ws[k].text(text)).into_owned();
    // (A noun, not a preposition or a verb: "killed in Niger after fighting in Mali" is
    // in Niger.)
    let noun = |k: usize| {
        let l = lower(k);
        !crate::speaker_word!("link", &l)
            && !crate::speaker_word!("preposition", &l)
            && !crate::speaker_word!("subordinator", &l)
            && !l.ends_with("ing")
            && !l.ends_with("ed")
    };
    let mut k = end;
    while k < ws.len()
        && k < end + 2
        && ws[k].text(text).starts_with(char::is_lowercase)
        && noun(k)
        // (An abbreviation's period may end the name: "U.S. embassies".)
        && matches!(text[ws[k - 1].span.end..ws[k].span.start].trim(), "" | ".")
    {
        k += 1;
    }
    k > end
        && k + 1 < ws.len()
        && crate::speaker_word!("place_preposition", &lower(k))
        && ws[k + 1].text(text).starts_with(char::is_uppercase)
}

/// The places listed after the first "in" or "at" that names one ("in Kenya and Tanzania",
/// "in Nairobi, Kenya, and Dar es Salaam, Tanzania"), as sorted keys; a country after a city
/// only says where the city is ("nairobi", "dar es salaam"). Empty unless two or more.
fn place_set(text: &str, content: &Range<usize>, index: &WordIndex) -> Vec<String> {
    let ws = index.within(text, content.clone());
    let mut out = std::collections::BTreeSet::new();
    for (i, w) in ws.iter().enumerate() {
        if !crate::speaker_word_at!("place_preposition", index, text, w) {
            continue;
        }
        // Names and what joins them: (name, joined to the next by a comma alone).
        let mut names: Vec<(String, bool)> = Vec::new();
        let mut k = i + 1;
        while k < ws.len() && name_end(text, &ws, k) > k {
            let start = k;
            k = name_end(text, &ws, k) - 1;
            let name = text[ws[start].span.start..ws[k].span.end].to_string();
            let Some(next) = ws.get(k + 1) else {
                names.push((name, false));
                break;
            };
            let gap = text[ws[k].span.end..next.span.start].trim();
            let joined = crate::speaker_word_at!("link", index, text, &ws[k + 1]) && gap.is_empty();
            names.push((name, gap == ","));
            match (gap, joined) {
                (",", _) if crate::speaker_word_at!("link", index, text, &ws[k + 1]) => k += 2,
                (",", _) => k += 1,
                ("", true) => k += 2,
                _ => break,
            }
        }
        // The first place named after in/at is the count's own; a list elsewhere in the
        // sentence ("killed in Aleppo, as fighting raged in Homs and Hama") is not.
        if names.is_empty() || names.len() == 1 && modifies_a_noun(text, &ws, k + 1) {
            continue;
        }
        let is_country = |name: &str| {
            super::mentions::country_of_place(&name.to_lowercase())
                .is_some_and(|c| c.eq_ignore_ascii_case(name))
        };
        for (n, (name, _)) in names.iter().enumerate() {
            // "Nairobi, Kenya": the country only says where the city is.
            let qualifies = n > 0 && names[n - 1].1 && is_country(name);
            if !qualifies {
                out.insert(place_key(name));
            }
        }
        break;
    }
    if out.len() < 2 {
        return Vec::new();
    }
    out.into_iter().collect()
}

/// Where the name that starts at word `first` ends (exclusive; `first` when none starts
/// there): capitalized words one space apart, with small words inside ("Dar es Salaam"),
/// and no month or weekday.
fn name_end(text: &str, ws: &[Word], first: usize) -> usize {
    let lx = lexicon::get();
    let capital = |k: usize| ws[k].text(text).starts_with(char::is_uppercase);
    let mut j = first;
    while j < ws.len()
        && (j == first || text[ws[j - 1].span.end..ws[j].span.start] == *" ")
        && (capital(j)
            || (j > first
                && crate::speaker_word!("particle", &crate::text::lower(ws[j].text(text)))
                && ws.get(j + 1).is_some_and(|_| capital(j + 1))))
        && !lx.calendar_word(ws[j].text(text))
    {
        j += 1;
    }
    j
}

/// A place's key: case and the hyphens some spellings put between its words ("Dar-es-Salaam")
/// do not count.
pub fn place_key(place: &str) -> String {
    place.to_lowercase().replace('-', " ")
}

/// A claim that names no participants but has a predicate ("The meeting will be tomorrow
/// morning") takes them from the latest claim before it, within a few sentences, with
/// the same predicate class — the same actor's first.
pub fn inherit_participants(p: &mut Proposition, before: &[Claim], d: &Draft, actor: &str) {
    let Some(pred) = &p.predicate else { return };
    if !p.participants.is_empty() {
        return;
    }
    let near = |c: &&Claim| {
        c.sentence_index + INHERIT_WINDOW >= d.sentence
            && c.proposition.predicate.as_ref() == Some(pred)
            && !c.proposition.participants.is_empty()
    };
    // Claims are in text order: the window ends at the first claim too far back.
    let recent = || {
        before
            .iter()
            .rev()
            .take_while(|c| c.sentence_index + INHERIT_WINDOW >= d.sentence)
    };
    let same_actor = recent()
        .filter(near)
        .find(|c| super::actor_key(&c.actor) == actor);
    if let Some(c) = same_actor.or_else(|| recent().find(near)) {
        p.participants = c.proposition.participants.clone();
        p.participants_inherited = true;
        if p.location.is_none() {
            p.location = c.proposition.location.clone();
        }
    }
}

//! Mentions of actors in an article: people (with the title that says whom they speak
//! for), organizations, government bodies of a country, countries and their capitals.
//! One pass per paragraph over the name and role matchers and the capitalized words.

use super::actors::{body_actor, country_actor, organization_actor, speaks_for, Actor, ActorKind};
use crate::lexicon;
use crate::text::{strip_possessive, WordIndex};
use crate::Analysis;
use rustc_hash::FxHashMap;
use std::ops::Range;

/// How many mentions back a search for an antecedent looks: enough for any article, and
/// what keeps the search linear in a text of any length.
pub(crate) const LOOKBACK: usize = 500;

/// What a mention names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MentionKind {
    /// A person: index into `Mentions::people`.
    Person(usize),
    Organization,
    Country,
    /// A demonym ("Russian"): says which country, names no actor by itself.
    Demonym,
}

/// One mention of an actor.
#[derive(Debug, Clone)]
pub struct Mention {
    pub span: Range<usize>,
    pub kind: MentionKind,
    pub actor: Actor,
    /// The word that refers back to it ("ministry" for "the Russian Foreign Ministry").
    pub anaphor: Option<String>,
    /// The country it belongs to, when known.
    pub country: Option<String>,
}

/// A person named in the article.
#[derive(Debug, Clone)]
pub struct Person {
    pub name: String,
    pub surname: String,
    pub role: Option<String>,
    pub org: Option<Actor>,
    pub country: Option<String>,
}

impl Person {
    /// The actor a statement by this person belongs to.
    pub fn actor(&self) -> Actor {
        if let Some(role) = &self.role {
            if let Some(a) = speaks_for(role, self.org.as_ref(), self.country.as_deref()) {
                return a;
            }
        }
        let affiliation = self
            .org
            .as_ref()
            .map(|o| o.name.clone())
            .or_else(|| self.country.clone());
        Actor::new(self.name.clone(), ActorKind::Person, affiliation)
    }
}

/// All mentions of an article, in text order.
#[derive(Debug, Default)]
pub struct Mentions {
    pub items: Vec<Mention>,
    pub people: Vec<Person>,
    /// The words of the article, found once for every rule of the claims stage.
    pub words: WordIndex,
    /// The phrases of the article's scanned phrase sets (`PhraseSet::find_in`).
    pub phrases: lexicon::PhraseHits,
}

impl Mentions {
    /// Mentions that lie inside `range`.
    pub fn within(&self, range: &Range<usize>) -> impl Iterator<Item = &Mention> {
        let r = range.clone();
        let first = self.items.partition_point(|m| m.span.start < r.start);
        self.items[first..]
            .iter()
            .take_while(move |m| m.span.start <= r.end)
            .filter(move |m| m.span.end <= r.end)
    }

    /// The mention whose span is exactly `span`, if any.
    pub fn at(&self, span: &Range<usize>) -> impl Iterator<Item = &Mention> {
        let s = span.clone();
        let first = self.items.partition_point(|m| m.span.start < s.start);
        self.items[first..]
            .iter()
            .take_while(move |m| m.span.start == s.start)
            .filter(move |m| m.span == s)
    }

    /// The last mention before `offset` that satisfies `pred`, among the `LOOKBACK`
    /// mentions before it.
    pub fn last_before(&self, offset: usize, pred: impl Fn(&Mention) -> bool) -> Option<&Mention> {
        let end = self.items.partition_point(|m| m.span.start < offset);
        self.items[..end]
            .iter()
            .rev()
            .take(LOOKBACK)
            .filter(|m| m.span.end <= offset)
            .find(|m| pred(m))
    }
}

fn is_name_word(w: &str) -> bool {
    // (ASCII without decoding: most words.)
    match w.as_bytes() {
        [c, rest @ ..] if c.is_ascii_uppercase() => return !rest.is_empty(),
        [c, rest @ ..] if c.is_ascii_lowercase() || c.is_ascii_digit() => {
            return rest
                .iter()
                .position(|b| *b == b'-')
                .is_some_and(|k| w[k + 2..].starts_with(char::is_uppercase));
        }
        _ => {}
    }
    let mut chars = w.chars();
    match chars.next() {
        // A capital and one more letter ("Al", "UN"): one capital alone is an initial.
        Some(c) if c.is_uppercase() => w.len() > c.len_utf8(),
        _ => {
            // "al-Assad", "el-Sisi" (a byte search: most words are short and have none)
            w.bytes()
                .position(|b| b == b'-')
                .is_some_and(|k| w[k + 1..].starts_with(char::is_uppercase))
        }
    }
}

/// Finds the mentions of the article.
pub fn find_mentions(analysis: &Analysis) -> Mentions {
    let lx = lexicon::get();
    let text = &analysis.article.text;
    let mut out = Mentions::default();
    let index = WordIndex::new(text);
    let phrases = lx.phrase_hits(text);
    let mut by_surname: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    let filed_from = dateline_country(analysis);
    for p in &analysis.article.paragraphs {
        let names: Vec<(Range<usize>, String)> = lx
            .names
            .find_in(&phrases, text, p.clone())
            .map(|(s, e, v)| (p.start + s..p.start + e, v.to_string()))
            .collect();
        let roles: Vec<(Range<usize>, usize)> = lx
            .role_set
            .find_in(&phrases, text, p.clone())
            .filter_map(|(s, e, v)| Some((p.start + s..p.start + e, v.parse().ok()?)))
            .collect();
        let covered = |r: &Range<usize>| overlaps(&names, r) || overlaps(&roles, r);
        // This paragraph's bodies and countries start here in `out.items`, in text order.
        let para_start = out.items.len();
        // Organizations, bodies and countries.
        let mut k = 0;
        while k < names.len() {
            let (span, value) = &names[k];
            let (kind, idx) = value.split_once(':').unwrap_or(("", "0"));
            let idx: usize = idx.parse().unwrap_or(0);
            let next_is_head = names
                .get(k + 1)
                .filter(|(n, v)| v.starts_with("head:") && joins(text, span.end, n.start));
            match kind {
                "country" | "country-demonym" | "country-seat" => {
                    let country = lx.countries[idx].name.clone();
                    if let Some((hspan, hv)) = next_is_head {
                        let h: usize = hv[5..].parse().unwrap_or(0);
                        let (head, anaphor) = &lx.org_heads[h];
                        out.items.push(Mention {
                            span: span.start..hspan.end,
                            kind: MentionKind::Organization,
                            actor: body_actor(head, Some(&country)),
                            anaphor: Some(anaphor.clone()),
                            country: Some(country),
                        });
                        k += 2;
                        continue;
                    }
                    let kind = if kind == "country-demonym" {
                        MentionKind::Demonym
                    } else {
                        MentionKind::Country
                    };
                    out.items.push(Mention {
                        span: span.clone(),
                        kind,
                        actor: country_actor(idx),
                        anaphor: None,
                        country: Some(country),
                    });
                }
                "org" => {
                    let actor = organization_actor(idx);
                    let anaphor = text[span.clone()]
                        .rsplit(' ')
                        .next()
                        .map(|w| w.to_lowercase());
                    out.items.push(Mention {
                        span: span.clone(),
                        kind: MentionKind::Organization,
                        country: actor.affiliation.clone(),
                        actor,
                        anaphor,
                    });
                }
                "head" => {
                    let (head, anaphor) = &lx.org_heads[idx];
                    // "the Foreign Ministry" after "the Russian Foreign Ministry": the same body.
                    let earlier = out
                        .items
                        .iter()
                        .rev()
                        .take(LOOKBACK)
                        .find(|m| m.actor.name.ends_with(head.as_str()) && m.country.is_some());
                    // Else the body of the country the story is filed from ("REYKJAVIK, ...").
                    let actor = earlier
                        .map(|m| m.actor.clone())
                        .unwrap_or_else(|| body_actor(head, filed_from.as_deref()));
                    // A lowercase head ("police", "army") names a body only with a country.
                    if head.starts_with(char::is_uppercase) || earlier.is_some() {
                        out.items.push(Mention {
                            span: span.clone(),
                            kind: MentionKind::Organization,
                            country: actor.affiliation.clone(),
                            actor,
                            anaphor: Some(anaphor.clone()),
                        });
                    }
                }
                _ => {}
            }
            k += 1;
        }
        // People: runs of capitalized words, with the role and body named before them.
        // Mentions a person's title takes in are dropped (`dead`) when the paragraph ends.
        let mut dead = vec![false; out.items.len() - para_start];
        let mut people_items: Vec<Mention> = Vec::new();
        let mut people_dead: Vec<bool> = Vec::new();
        let ws = index.within(text, p.clone());
        let mut i = 0;
        while i < ws.len() {
            let w = ws[i].text(text);
            if !is_name_word(w)
                || covered(&ws[i].span)
                || index.in_list(text, &ws[i], Some(&lx.calendar_words))
            {
                i += 1;
                continue;
            }
            let mut j = i;
            // A possessive ends a name: "Opposition's Reinel" is not one person.
            while j + 1 < ws.len()
                && !ws[j].text(text).ends_with("'s")
                && !ws[j].text(text).ends_with("\u{2019}s")
            {
                let gap = &text[ws[j].span.end..ws[j + 1].span.start];
                let nw = ws[j + 1].text(text);
                let particle = crate::speaker_word!("particle", nw)
                    && ws.get(j + 2).is_some_and(|n| is_name_word(n.text(text)));
                if gap != " " || covered(&ws[j + 1].span) || !(is_name_word(nw) || particle) {
                    break;
                }
                j += 1;
            }
            // A body named in full ("Ministry of Marine Resources", "Karrsund Institute of
            // Marine Research", "Norvik's Ministry of Fisheries"): an organization.
            if let Some((mention, end)) = body_run(analysis, &ws, i, &covered) {
                mark_inside(&people_items, &mut people_dead, &mention.span);
                people_items.push(mention);
                people_dead.push(false);
                i = end;
                continue;
            }
            let span = ws[i].span.start..ws[j].span.end;
            let run: Vec<&str> = ws[i..=j].iter().map(|w| w.text(text)).collect();
            // Drop sentence-opening words glued to a name ("Meanwhile Shah" cannot happen
            // without a comma; "The" before a name can).
            let starts_sentence = lx
                .sentence_starters
                .contains(crate::text::lower(run[0]).as_ref());
            if run.len() >= 2 && !(starts_sentence && run.len() == 2) {
                let (name_start, name_words) = if starts_sentence {
                    (ws[i + 1].span.start, &run[1..])
                } else {
                    (span.start, &run[..])
                };
                let name = name_words.join(" ");
                let surname = name_words
                    .last()
                    .map(|s| s.to_lowercase())
                    .unwrap_or_default();
                let (role, org, country, title_start) = title_before(
                    text,
                    &names,
                    &roles,
                    name_start,
                    &out.items[para_start..],
                    &dead,
                );
                let same = by_surname.get(&surname).and_then(|list| {
                    list.iter().copied().find(|&k| {
                        let p = &out.people[k];
                        p.name == name || p.name.ends_with(&name) || name.ends_with(&p.name)
                    })
                });
                let idx = match same {
                    Some(idx) => {
                        let p = &mut out.people[idx];
                        if p.role.is_none() {
                            p.role = role;
                            p.org = org;
                            p.country = country;
                        }
                        idx
                    }
                    None => {
                        by_surname
                            .entry(surname.clone())
                            .or_default()
                            .push(out.people.len());
                        out.people.push(Person {
                            name,
                            surname,
                            role,
                            org,
                            country,
                        });
                        out.people.len() - 1
                    }
                };
                // The title words are part of the person's mention.
                let inside = title_start..span.end;
                mark_inside(&out.items[para_start..], &mut dead, &inside);
                mark_inside(&people_items, &mut people_dead, &inside);
                let person = &out.people[idx];
                people_items.push(Mention {
                    span: title_start..span.end,
                    kind: MentionKind::Person(idx),
                    actor: person.actor(),
                    anaphor: None,
                    country: person.country.clone(),
                });
                people_dead.push(false);
            }
            i = j + 1;
        }
        let mut k = 0;
        out.items.retain(|_| {
            k += 1;
            k <= para_start || !dead[k - 1 - para_start]
        });
        out.items.extend(
            people_items
                .into_iter()
                .zip(people_dead)
                .filter(|(_, d)| !d)
                .map(|(m, _)| m),
        );
    }
    // Surnames alone ("Berg said"), anywhere in the article, once all names are known. A
    // word inside a mention is not one: one sweep over the mentions in text order.
    out.items.sort_by_key(|m| (m.span.start, m.span.end));
    let known = out.items.len();
    let (mut next, mut reach) = (0, 0);
    for p in &analysis.article.paragraphs {
        for w in index.within(text, p.clone()).iter() {
            while next < known && out.items[next].span.start <= w.span.start {
                reach = reach.max(out.items[next].span.end);
                next += 1;
            }
            if !is_name_word(w.text(text)) || (next > 0 && reach >= w.span.end) {
                continue;
            }
            let lw = index.lower(text, w.span.clone());
            if let Some(&idx) = by_surname.get(lw.as_ref()).and_then(|l| l.first()) {
                let person = &out.people[idx];
                out.items.push(Mention {
                    span: w.span.clone(),
                    kind: MentionKind::Person(idx),
                    actor: person.actor(),
                    anaphor: None,
                    country: person.country.clone(),
                });
            }
        }
    }
    out.items.sort_by_key(|m| (m.span.start, m.span.end));
    out.words = index;
    out.phrases = phrases;
    out
}

/// The longest name of a body claimdiff reads, in words.
const MAX_BODY_WORDS: usize = 8;

/// A body named in capitalized words from word `i` (a word of `body` in speaker_words.txt:
/// "Ministry of Fisheries", "Karrsund Institute of Marine Research", "Halsland Inshore
/// Fishermen's Union"), with the owner it names: a possessive right before the body word
/// ("Norvik's Ministry of Fisheries"), or "its"/"their" before the name, which stands for
/// the first name of the sentence ("Halsland refused ..., its Ministry of Fisheries said").
/// The mention and the index of the word after it.
fn body_run(
    analysis: &Analysis,
    ws: &[crate::text::Word],
    i: usize,
    covered: &dyn Fn(&Range<usize>) -> bool,
) -> Option<(Mention, usize)> {
    let text = &analysis.article.text;
    let lx = lexicon::get();
    let capital = |k: usize| {
        ws.get(k).is_some_and(|w| {
            is_name_word(w.text(text)) && !covered(&w.span) && !lx.calendar_word(w.text(text))
        })
    };
    let plain = |k: usize| &text[ws[k - 1].span.end..ws[k].span.start] == " ";
    let lower_at = |k: usize| crate::text::lower(ws[k].text(text)).into_owned();
    let body_word = |k: usize| {
        let t = ws[k].text(text);
        crate::text::with_lower(strip_possessive(t).unwrap_or(t), |w| {
            crate::speaker_word!("body", w)
        })
    };
    // "of" opens a phrase of the name; "and" only joins inside one ("Ministry of
    // Fisheries and Oceans", not "the Agriculture Ministry and Halsland").
    let mut in_phrase = false;
    let joiner = |k: usize, in_phrase: bool| {
        crate::text::with_lower(ws[k].text(text), |l| {
            crate::speaker_word!("body_join", l)
                || (in_phrase && crate::speaker_word!("body_join_more", l))
        })
    };
    // The capitalized words, and the joining words between them.
    let mut end = i + 1;
    while end < ws.len() && end - i < MAX_BODY_WORDS && plain(end) {
        if strip_possessive(ws[end - 1].text(text)).is_some() && !body_word(end) {
            break;
        }
        if capital(end) {
            end += 1;
        } else if joiner(end, in_phrase) && end + 1 < ws.len() && plain(end + 1) && capital(end + 1)
        {
            in_phrase = true;
            end += 2;
        } else {
            break;
        }
    }
    // (A plain word opening the sentence is no part of the name: "The Halsland Union".)
    let i = if lx.sentence_starters.contains(lower_at(i).as_str()) {
        i + 1
    } else {
        i
    };
    // The body word, and the name it heads: the modifiers before it, "of"-phrases after
    // it. The last body word before the first phrase heads ("Senate Armed Services
    // Committee").
    let phrase_at = (i + 1..end)
        .find(|&k| !capital(k) && joiner(k, false))
        .unwrap_or(end);
    let b = (i..phrase_at).rev().find(|&k| body_word(k))?;
    // (One body word alone is a name only after "the": "the Commission said", not "Union
    // leaders said".)
    let alone = b == i
        && phrase_at == i + 1
        && phrase_at == end
        && i.checked_sub(1)
            .is_none_or(|k| !crate::speaker_word!("article", &lower_at(k)) || !plain(i));
    if alone {
        return None;
    }
    let mut last = b + 1;
    while last + 1 < end && joiner(last, last > b + 1) {
        last += 2;
        while last < end && capital(last) && !joiner(last, true) {
            last += 1;
        }
    }
    // A possessive word of its own before the body word names its owner ("Norvik's
    // Ministry"); one inside the name belongs to it ("Fishermen's Union").
    let (owner, first) = match strip_possessive(ws[i].text(text)) {
        Some(o) if b == i + 1 => (Some(o.to_string()), i + 1),
        _ => (None, i),
    };
    let owner = owner.or_else(|| {
        let before = i.checked_sub(1)?;
        if !plain(i) {
            return None;
        }
        // "Russia's Ministry of Fisheries", "the Russian Ministry of Fisheries".
        let t = ws[before].text(text);
        let t = strip_possessive(t).unwrap_or(t);
        if country_named(t).is_some() {
            return Some(t.to_string());
        }
        crate::speaker_word!("possessive_pronoun", &lower_at(before))
            .then(|| sentence_subject(analysis, ws, before))
            .flatten()
    });
    // ("the Ministry of Fisheries's spokesman": the name without the possessive.)
    let name = ws[first..last]
        .iter()
        .enumerate()
        .map(|(n, w)| {
            let t = w.text(text);
            if first + n + 1 == last {
                strip_possessive(t).unwrap_or(t)
            } else {
                t
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    let country = owner.as_deref().and_then(country_named);
    let actor = match (&owner, &country) {
        (_, Some(c)) => body_actor(&name, Some(c)),
        (Some(o), None) => Actor::new(format!("{o} {name}"), ActorKind::Organization, None),
        (None, None) => Actor::new(name, ActorKind::Organization, None),
    };
    Some((
        Mention {
            span: ws[i].span.start..ws[last - 1].span.end,
            kind: MentionKind::Organization,
            actor,
            anaphor: Some({
                let t = ws[b].text(text);
                crate::text::lower(strip_possessive(t).unwrap_or(t)).into_owned()
            }),
            country,
        },
        last,
    ))
}

/// The country a name or demonym names ("Russia", "Russian").
fn country_named(name: &str) -> Option<String> {
    lexicon::get()
        .countries
        .iter()
        .find(|c| c.name == name || c.demonyms.iter().any(|d| d == name))
        .map(|c| c.name.clone())
}

/// The first name of the sentence that holds word `k`, before it: the subject a possessive
/// pronoun most often refers to. A capitalized word that is no plain word opening the
/// sentence ("The"), no date, not in capitals alone (a dateline's city) and not in
/// brackets (a dateline's outlet).
fn sentence_subject(analysis: &Analysis, ws: &[crate::text::Word], k: usize) -> Option<String> {
    let text = &analysis.article.text;
    let lx = lexicon::get();
    let at = ws[k].span.start;
    let sentence = analysis
        .sentences_overlapping(&(at..at + 1))
        .first()?
        .span
        .clone();
    let from = ws[..k].partition_point(|w| w.span.start < sentence.start);
    let mut depth = 0i64;
    for j in from..k {
        let gap_start = if j == from {
            sentence.start.min(ws[j].span.start)
        } else {
            ws[j - 1].span.end
        };
        let gap = &text[gap_start..ws[j].span.start];
        depth += gap.matches('(').count() as i64 - gap.matches(')').count() as i64;
        let t = ws[j].text(text);
        if depth > 0
            || !is_name_word(t)
            || !t.chars().any(char::is_lowercase)
            || lx.calendar_word(t)
            || lx
                .sentence_starters
                .contains(crate::text::lower(t).as_ref())
        {
            continue;
        }
        // A speaker noun is no owner ("Negotiators from Halsland said its ...").
        if lx.speaker_nouns.contains(crate::text::lower(t).as_ref()) {
            continue;
        }
        // The whole name: "South Korea said its Ministry of Unification ...".
        let mut end = j;
        while end + 1 < k
            && &text[ws[end].span.end..ws[end + 1].span.start] == " "
            && strip_possessive(ws[end].text(text)).is_none()
            && is_name_word(ws[end + 1].text(text))
        {
            end += 1;
        }
        let name = ws[j..=end]
            .iter()
            .map(|w| w.text(text))
            .collect::<Vec<_>>()
            .join(" ");
        return Some(strip_possessive(&name).unwrap_or(&name).to_string());
    }
    None
}

/// The wire datelines that open the first paragraphs ("REYKJAVIK, March 8 (Nordic Wire) -").
fn datelines(analysis: &Analysis) -> impl Iterator<Item = &str> + '_ {
    let text = &analysis.article.text;
    analysis.article.paragraphs.iter().take(3).filter_map(|p| {
        let end = crate::text::dateline_end(&text[p.clone()])?;
        Some(&text[p.start..p.start + end])
    })
}

/// The cities the datelines name, lowercase ("reykjavik"): datelines write the city in
/// capitals, so it is compared as a name.
fn dateline_cities(analysis: &Analysis) -> impl Iterator<Item = String> + '_ {
    datelines(analysis).filter_map(|line| {
        let city = crate::text::lower(line.split(',').next()?.trim()).into_owned();
        (!city.is_empty()).then_some(city)
    })
}

/// The country a place name stands for: the country itself, one of its other names, or
/// its seat of government (`place` lowercase).
pub(crate) fn country_of_place(place: &str) -> Option<String> {
    let lx = lexicon::get();
    lx.country_places
        .get(place)
        .map(|&i| lx.countries[i].name.clone())
}

/// The city of the article's wire dateline, lowercase.
pub fn dateline_city(analysis: &Analysis) -> Option<String> {
    dateline_cities(analysis).next()
}

/// The country of the city a wire dateline names ("REYKJAVIK, March 8 (Nordic Wire) -").
pub fn dateline_country(analysis: &Analysis) -> Option<String> {
    dateline_cities(analysis).find_map(|city| country_of_place(&city))
}

/// The country the first dateline names by any of its parts — the city as a seat of
/// government ("REYKJAVIK, March 8"), or the country after the city ("BERGEN, Norway,
/// March 10", "NAIROBI, Kenya (AP)").
pub fn dateline_place_country(analysis: &Analysis) -> Option<String> {
    datelines(analysis)
        .next()?
        .split([',', '('])
        .find_map(|part| country_of_place(&part.trim().to_lowercase()))
}

/// The place a dateline names after its city ("KORVA, Delvania, May 12 (Harbor Wire) -",
/// "NAIROBI, Kenya (AP) _"), as written, known to the lexicon or not; `None` when a date
/// or the outlet follows the city ("REYKJAVIK, March 8").
pub fn dateline_region(analysis: &Analysis) -> Option<String> {
    let lx = lexicon::get();
    let part = datelines(analysis).next()?.split([',', '(']).nth(1)?.trim();
    let first = part.split_whitespace().next()?;
    // (The outlet in brackets is no place: "REYKJAVIK (Nordic Wire) -".)
    let after_city = datelines(analysis).next()?.split(',').nth(1).is_some();
    (after_city
        && part.starts_with(char::is_uppercase)
        && !part.contains(')')
        && !part.chars().any(|c| c.is_ascii_digit())
        && !lx.calendar_word(first))
    .then(|| part.to_string())
}

/// Whether a span of `list` (sorted, not overlapping) overlaps `r`.
fn overlaps<T>(list: &[(Range<usize>, T)], r: &Range<usize>) -> bool {
    let k = list.partition_point(|(n, _)| n.end <= r.start);
    list.get(k).is_some_and(|(n, _)| n.start < r.end)
}

/// Marks the mentions of `items` (in text order) that lie inside `range`.
fn mark_inside(items: &[Mention], dead: &mut [bool], range: &Range<usize>) {
    let first = items.partition_point(|m| m.span.start < range.start);
    for (m, d) in items[first..].iter().zip(&mut dead[first..]) {
        if m.span.start > range.end {
            break;
        }
        if m.span.end <= range.end {
            *d = true;
        }
    }
}

/// True when only a space, or "'s ", stands between two names ("Russian Foreign Ministry",
/// "Russia's Foreign Ministry").
fn joins(text: &str, end: usize, start: usize) -> bool {
    matches!(&text[end..start], " " | "'s " | "\u{2019}s ")
}

type Title = (Option<String>, Option<Actor>, Option<String>, usize);

/// The role, organization and country named right before a person's name, and where
/// that title starts ("French Foreign Minister Anne Roux", "Defense Ministry spokesman
/// Ivan Petrov", "his Pakistani counterpart Karim Shah").
fn title_before(
    text: &str,
    names: &[(Range<usize>, String)],
    roles: &[(Range<usize>, usize)],
    at: usize,
    items: &[Mention],
    dead: &[bool],
) -> Title {
    let lx = lexicon::get();
    // Roles do not overlap: only the last one that ends before `at` can stand right there.
    let last = roles.partition_point(|(r, _)| r.end <= at);
    let Some((rspan, ridx)) = last
        .checked_sub(1)
        .map(|k| &roles[k])
        .filter(|(r, _)| text[r.end..at].trim().is_empty())
    else {
        return (None, None, None, at);
    };
    let role = lx.roles[*ridx].0.clone();
    let mut start = rspan.start;
    // Capitalized modifiers of the role ("Special Envoy", "Deputy Foreign Minister").
    let before = &text[..start];
    let mut cursor = before.trim_end().len();
    // (A line break ends the title: a headline's last word is no part of it.)
    while !text[cursor..start].contains('\n') {
        let seg = &text[..cursor];
        let wstart = seg
            .char_indices()
            .rfind(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let w = &seg[wstart..];
        let k = names.partition_point(|(n, _)| n.end < cursor);
        let is_name = names.get(k).is_some_and(|(n, _)| n.end == cursor);
        if !is_name
            && !w.is_empty()
            && w.starts_with(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic())
            && !lx
                .sentence_starters
                .contains(crate::text::lower(w).as_ref())
        {
            cursor = text[..wstart].trim_end().len();
            start = wstart;
            continue;
        }
        break;
    }
    // The body or country before the role: a mention found already that ends there.
    let first = items.partition_point(|m| m.span.end < cursor);
    let ending = items[first..]
        .iter()
        .zip(&dead[first..])
        .take_while(|(m, _)| m.span.end == cursor);
    let org_mention = ending
        .filter(|(_, d)| !**d)
        .map(|(m, _)| m)
        .last()
        .filter(|m| {
            matches!(
                m.kind,
                MentionKind::Organization | MentionKind::Country | MentionKind::Demonym
            ) && text[m.span.end..start].trim().is_empty()
                && !text[m.span.end..start].contains('\n')
        });
    let (org, country) = match org_mention {
        Some(m) => {
            start = m.span.start;
            match m.kind {
                MentionKind::Organization => (Some(m.actor.clone()), m.country.clone()),
                _ => (None, m.country.clone()),
            }
        }
        None => (None, None),
    };
    (Some(role), org, country, start)
}

#[cfg(test)]
mod tests {
    /// `is_name_word` as first written, a character at a time.
    fn is_name_word_by_char(w: &str) -> bool {
        let mut chars = w.chars();
        match chars.next() {
            Some(c) if c.is_uppercase() => w.len() > c.len_utf8(),
            _ => w
                .bytes()
                .position(|b| b == b'-')
                .is_some_and(|k| w[k + 1..].starts_with(char::is_uppercase)),
        }
    }

    proptest::proptest! {
        #[test]
        fn the_ascii_path_of_is_name_word_agrees(w in "([a-zA-Z0-9'-]|É|é|ß){0,8}") {
            proptest::prop_assert_eq!(super::is_name_word(&w), is_name_word_by_char(&w), "{:?}", w);
        }
    }
}

//! Quantities: numbers with what they count and how exact they are ("at least 59
//! people", "as many as 400,000", "fifty-eight", "dozens", "half the prewar population").

use super::words::WordIndex;
use crate::lexicon;
use std::ops::Range;

/// How a number bounds the true count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    Exact,
    /// "at least 50": the count is this or more.
    Lower,
    /// "as many as 400,000": the count is this or less.
    Upper,
    Approximate,
}

impl Bound {
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Exact => "exact",
            Bound::Lower => "lower",
            Bound::Upper => "upper",
            Bound::Approximate => "approximate",
        }
    }
}

/// One quantity of the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// From the modifier ("at least") to the unit.
    pub span: Range<usize>,
    pub value: f64,
    /// The top of a range ("between 50 and 60", "50 to 60"), when it is one.
    pub max: Option<f64>,
    /// What it counts: the word after the number ("people"), if there is one.
    pub unit: Option<String>,
    pub bound: Bound,
    /// The bound leaves the number itself out ("more than 50", "nearly 50").
    pub strict: bool,
}

/// The value of a written or numeric number word ("400,000", "2.5", "fifty-eight").
pub fn number_word(word: &str) -> Option<f64> {
    // Most words are lowercase already: lowercase a copy only when needed.
    number_lower(&super::words::lower(word))
}

/// `number_word` of a word already in lowercase.
fn number_lower(w: &str) -> Option<f64> {
    let lx = lexicon::get();
    if let Some(v) = lx.numbers.get(w) {
        return Some(*v);
    }
    // Only a hyphen, a slash or a digit could make a number of the rest: most words are
    // letters alone.
    if w.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    if let Some((a, b)) = w.split_once('-') {
        // "fifty-eight", "5-1/2"
        if let (Some(x), Some(y)) = (lx.numbers.get(a), lx.numbers.get(b)) {
            if *x >= 20.0 && *y < 10.0 {
                return Some(x + y);
            }
        }
        if let Some((n, d)) = b.split_once('/') {
            let (whole, n, d): (f64, f64, f64) =
                (a.parse().ok()?, n.parse().ok()?, d.parse().ok()?);
            return (d != 0.0).then(|| whole + n / d);
        }
        return None;
    }
    // "1/2"
    if let Some((n, d)) = w.split_once('/') {
        let (n, d): (f64, f64) = (n.parse().ok()?, d.parse().ok()?);
        return (d != 0.0).then(|| n / d);
    }
    // "400,000", "2.5": digits with commas and a point, nothing else.
    if !w.bytes().any(|b| b.is_ascii_digit())
        || !w
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return None;
    }
    w.replace(',', "").parse().ok()
}

/// Finds the quantities in `text[range]`, leaving out spans in `exclude` (time expressions).
pub fn find_quantities(text: &str, range: Range<usize>, exclude: &[Range<usize>]) -> Vec<Quantity> {
    let phrases = lexicon::get().phrase_hits(text);
    find_quantities_in(text, &WordIndex::new(text), &phrases, range, exclude)
}

/// `find_quantities` with the words and the phrases of the whole text already found.
pub fn find_quantities_in(
    text: &str,
    index: &WordIndex,
    phrases: &lexicon::PhraseHits,
    range: Range<usize>,
    exclude: &[Range<usize>],
) -> Vec<Quantity> {
    let lx = lexicon::get();
    let lower = |w: &super::Word| index.lower(text, w.span.clone());
    let within = index.within(text, range.clone());
    let mut ws: Vec<super::Word> = Vec::with_capacity(within.len());
    ws.extend(
        within
            .iter()
            .filter(|w| {
                // `exclude` is in text order: only the first span ending after the word's start
                // can overlap it.
                let k = exclude.partition_point(|e| e.end <= w.span.start);
                exclude.get(k).is_none_or(|e| e.start >= w.span.end)
            })
            .cloned(),
    );
    let bounds: Vec<(usize, usize, String)> = lx
        .quantity_bounds
        .find_in(phrases, text, range.clone())
        .map(|(s, e, v)| (range.start + s, range.start + e, v.to_string()))
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        // A word of ASCII letters alone that is no number word is no number
        // (`number_lower`), and counts only as a vague count ("dozens of") or "half": asked
        // of the word's bits, without its lowercase, for most words.
        let raw = ws[i].text(text);
        let letters = ws[i].lists & super::Word::UNKNOWN == 0
            && raw.bytes().all(|b| b.is_ascii_alphabetic())
            && !index.in_list(text, &ws[i], Some(&lx.number_words));
        if letters
            && !index.in_list(text, &ws[i], Some(&lx.vague_first))
            && !raw.eq_ignore_ascii_case("half")
        {
            i += 1;
            continue;
        }
        let lw = lower(&ws[i]);
        let mut value = if letters {
            None
        } else {
            number_lower(&lw).filter(|_| !index.in_list(text, &ws[i], Some(&lx.quantity_not_count)))
        };
        let mut end = i;
        // "48-hour", "two-week", "13-year-old": the number and what it measures in one word
        let mut glued_unit = None;
        let mut max = None;
        if value.is_none() {
            if let Some((n, rest)) = lw
                .bytes()
                .position(|b| b == b'-')
                .map(|k| (&lw[..k], &lw[k + 1..]))
            {
                match (number_lower(n), number_lower(rest)) {
                    // "30-40": a range
                    (Some(lo), Some(hi)) if hi > lo => {
                        value = Some(lo);
                        max = Some(hi);
                    }
                    (Some(v), None) if rest.starts_with(char::is_alphabetic) => {
                        value = Some(v);
                        glued_unit = Some(rest.to_string());
                    }
                    _ => {}
                }
            }
        }
        // "400 thousand", "2.5 million"
        if let Some(v) = value {
            if let Some(next) = ws.get(i + 1) {
                let nl = lower(next);
                if let Some(scale) = lx.numbers.get(nl.as_ref()).filter(|s| **s >= 100.0) {
                    value = Some(v * scale);
                    end = i + 1;
                }
            }
        }
        let mut bound = Bound::Exact;
        if value.is_none() {
            // Cheap test first: some phrase starts with this word.
            let starts = lx.vague_first.contains(lw.as_ref());
            if let Some((phrase, least)) =
                lx.vague_counts.iter().filter(|_| starts).find(|(p, _)| {
                    let n = p.split(' ').count();
                    ws.get(i + n - 1).is_some_and(|last| {
                        text[ws[i].span.start..last.span.end].eq_ignore_ascii_case(p)
                    })
                })
            {
                value = Some(*least);
                end = i + phrase.split(' ').count() - 1;
                bound = Bound::Lower;
            } else if lw == "half" {
                value = Some(0.5);
            }
        }
        let Some(value) = value else {
            i += 1;
            continue;
        };
        let mut start = ws[i].span.start;
        // Bounds do not overlap: only the last one that ends before the number can touch it.
        let last = bounds.partition_point(|(_, e, _)| *e <= ws[i].span.start);
        let mut strict = false;
        if let Some((s, e, b)) = last
            .checked_sub(1)
            .map(|k| &bounds[k])
            .filter(|(_, e, _)| text[*e..ws[i].span.start].trim().is_empty())
        {
            start = *s;
            strict = lx
                .quantity_strict
                .contains(crate::text::lower(&text[*s..*e]).as_ref());
            bound = match b.as_str() {
                "lower" => Bound::Lower,
                "upper" => Bound::Upper,
                _ => Bound::Approximate,
            };
        }
        // A range: "50 to 60", "between 50 and 60"
        if let Some(link) = ws.get(end + 1).map(lower).filter(|_| max.is_none()) {
            let before = text[..start].trim_end();
            let between = before
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("between"));
            if link == "to" || (link == "and" && between) {
                if let Some(top) = ws
                    .get(end + 2)
                    .and_then(|n| number_word(n.text(text)))
                    .filter(|t| *t > value)
                {
                    max = Some(top);
                    end += 2;
                }
            }
        }
        // What it counts: the next word that is not a function word ("the prewar population").
        let mut unit = glued_unit;
        let mut span_end = ws[end].span.end;
        // "54.5%": the sign is the unit, as "percent" is (the first share word).
        if unit.is_none() && text[span_end..range.end].starts_with('%') {
            unit = Some(lx.share_unit.clone());
            span_end += 1;
        }
        let mut k = if unit.is_some() { usize::MAX } else { end + 1 };
        while let Some(next) = ws.get(k) {
            let between = &text[ws[k - 1].span.end..next.span.start];
            if between.trim().contains([',', ';', '.', ':', '(', ')']) {
                break;
            }
            let nl = lower(next);
            if lx.quantity_skip.contains(nl.as_ref()) {
                if nl == "the" && lw == "half" {
                    k += 1;
                    continue;
                }
                break;
            }
            unit = Some(nl.into_owned());
            span_end = next.span.end;
            // Take "prewar population": stop after the first noun-like word unless the
            // next one continues the phrase without a break; a count noun ends it ("40
            // people while ...").
            if k - end >= 2
                || lx
                    .generic_counts
                    .contains(unit.as_deref().unwrap_or_default())
                || ws
                    .get(k + 1)
                    .is_none_or(|n| lx.quantity_skip.contains(lower(n).as_ref()))
            {
                break;
            }
            k += 1;
        }
        // "eight of them Americans": a part of a count told before, named after it.
        if unit.is_none() {
            let l = |k: usize| {
                ws.get(k)
                    .map(|w| super::words::lower(w.text(text)).into_owned())
            };
            let plain = |k: usize| text[ws[k - 1].span.end..ws[k].span.start].trim().is_empty();
            if l(end + 1).as_deref() == Some("of")
                && l(end + 2).is_some_and(|w| lx.quantity_part_of.contains(&w))
                && (end + 1..=end + 3).all(|k| k < ws.len() && plain(k))
            {
                if let Some(noun) = l(end + 3).filter(|w| {
                    !lx.quantity_skip.contains(w.as_str())
                        && ws[end + 3].text(text).starts_with(char::is_uppercase)
                }) {
                    unit = Some(noun);
                    span_end = ws[end + 3].span.end;
                }
            }
        }
        // "51.8 percent of the vote" and "90 percent of polling stations" count different things.
        if unit
            .as_deref()
            .is_some_and(|u| lx.quantity_share.contains(u))
        {
            let rest = &text[span_end..range.end];
            let of_what: Vec<&str> = rest
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .skip_while(|w| *w == "cent")
                .take(4)
                .collect();
            if of_what.first() == Some(&"of") {
                if let Some(noun) = of_what
                    .iter()
                    .skip(1)
                    .find(|w| !crate::speaker_word!("determiner", &crate::text::lower(w)))
                {
                    unit = Some(format!("{} of {}", lx.share_unit, noun.to_lowercase()));
                }
            }
        }
        out.push(Quantity {
            span: start..span_end,
            value,
            max,
            unit,
            bound,
            strict,
        });
        i = end + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(t: &str) -> Vec<(f64, Option<String>, Bound)> {
        find_quantities(t, 0..t.len(), &[])
            .into_iter()
            .map(|q| (q.value, q.unit, q.bound))
            .collect()
    }

    #[test]
    fn a_percent_sign_is_a_unit_and_says_of_what() {
        let t = "She led with 54.5% of the vote after 90% of ballots were counted.";
        let q = find_quantities(t, 0..t.len(), &[]);
        let units: Vec<Option<&str>> = q.iter().map(|q| q.unit.as_deref()).collect();
        assert_eq!(units, [Some("percent of vote"), Some("percent of ballots")]);
        assert_eq!(&t[q[0].span.clone()], "54.5%");
    }

    #[test]
    fn numbers_with_bounds() {
        assert_eq!(
            q("as many as 400,000 have died"),
            [(400000.0, None, Bound::Upper)]
        );
        assert_eq!(
            q("at least 59 people were killed"),
            [(59.0, Some("people".into()), Bound::Lower)]
        );
        assert_eq!(
            q("more than 500 injured"),
            [(500.0, Some("injured".into()), Bound::Lower)]
        );
        assert_eq!(
            q("about 20 soldiers"),
            [(20.0, Some("soldiers".into()), Bound::Approximate)]
        );
    }

    #[test]
    fn a_strict_bound_leaves_its_number_out() {
        let strict = |s: &str| {
            find_quantities(s, 0..s.len(), &[])
                .iter()
                .map(|q| q.strict)
                .collect::<Vec<_>>()
        };
        assert_eq!(strict("more than 500 injured"), [true]);
        assert_eq!(strict("nearly 5,000 wounded"), [true]);
        assert_eq!(strict("at least 59 people"), [false]);
        assert_eq!(strict("59 people"), [false]);
    }

    #[test]
    fn a_part_named_after_of_them_is_its_unit() {
        assert_eq!(
            q("More than 100 people have died, eight of them Americans"),
            [
                (100.0, Some("people".into()), Bound::Lower),
                (8.0, Some("americans".into()), Bound::Exact)
            ]
        );
        // "of them" and a verb: no unit.
        assert_eq!(q("eight of them were Americans")[0].1, None);
    }

    #[test]
    fn written_and_vague_numbers() {
        assert_eq!(
            q("fifty-eight bodies"),
            [(58.0, Some("bodies".into()), Bound::Exact)]
        );
        assert_eq!(q("dozens of people"), [(24.0, None, Bound::Lower)]);
        assert_eq!(q("2.5 million refugees")[0].0, 2_500_000.0);
        assert_eq!(q("half the prewar population")[0].0, 0.5);
        // A count noun ends the unit; a clause word is none.
        assert_eq!(
            q("killing 40 people while wounding at least 1,000"),
            [
                (40.0, Some("people".into()), Bound::Exact),
                (1000.0, None, Bound::Lower)
            ]
        );
        assert_eq!(
            q("over 1,000 injured since Friday")[0].1.as_deref(),
            Some("injured")
        );
    }

    #[test]
    fn durations_and_ranges() {
        let got = find_quantities("a 48-hour ceasefire", 0..19, &[]);
        assert_eq!((got[0].value, got[0].unit.as_deref()), (48.0, Some("hour")));
        assert_eq!(q("after 5-1/2 years")[0].0, 5.5);
        let t = "between 50 and 60 people";
        let r = find_quantities(t, 0..t.len(), &[]);
        assert_eq!(
            (r[0].value, r[0].max, r[0].unit.as_deref()),
            (50.0, Some(60.0), Some("people"))
        );
        let t = "killed 30-40 soldiers";
        let r = find_quantities(t, 0..t.len(), &[]);
        assert_eq!((r[0].value, r[0].max), (30.0, Some(40.0)));
    }

    #[test]
    fn time_spans_are_left_out() {
        let t = "On Sept. 2, 58 died";
        let at = t.find("Sept").unwrap();
        let got = find_quantities(t, 0..t.len(), std::slice::from_ref(&(at..at + 7)));
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].value, 58.0);
    }
}

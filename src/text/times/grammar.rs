//! Finding time expressions: one pass over the tokens tries each kind of piece at each
//! position (relative amounts, "nth ... of", day words, shifted units, quarters, dates,
//! weekdays, clock times, years, months, references, durations), then joins neighbouring
//! pieces that make one expression ("Friday" + "at 5pm", "4/25" + "at 4:00pm"), then
//! settles which way bare weekdays point from the tense around them.

use super::tokens::{Kind, Tok};
use super::{Clock, Direction, Grain, Meaning, Scope, TimeExpr, Unit};
use crate::lexicon::{self, in_list, Lexicon, TimePhrase, TimePhraseMap, WordSet};
use crate::text::quantities::number_word;

/// A piece found at tokens `start..end`.
#[derive(Debug, Clone)]
struct Found {
    start: usize,
    end: usize,
    meaning: Meaning,
    grain: Grain,
    clock: Option<Clock>,
    part: Option<String>,
    zone: Option<f64>,
    /// Only a clock (or a part of the day): the day comes from a neighbour or the reference.
    clock_only: bool,
    /// A bare weekday whose direction the tense decides.
    undecided: bool,
}

impl Found {
    fn new(start: usize, end: usize, meaning: Meaning, grain: Grain) -> Found {
        Found {
            start,
            end,
            meaning,
            grain,
            clock: None,
            part: None,
            zone: None,
            clock_only: false,
            undecided: false,
        }
    }

    /// Names a day a clock time can be put on.
    fn day_like(&self) -> bool {
        !self.clock_only
            && matches!(
                self.meaning,
                Meaning::Date { day: Some(_), .. }
                    | Meaning::Weekday { .. }
                    | Meaning::DateOnWeekday { .. }
                    | Meaning::DayOffset(_)
                    | Meaning::DayOfMonthOffset { .. }
                    | Meaning::WeekdayCount { .. }
                    | Meaning::NthWeekday { .. }
                    | Meaning::NthDay { .. }
                    | Meaning::Shift {
                        unit: Unit::Day | Unit::Week | Unit::Month | Unit::Year,
                        ..
                    }
            )
    }
}

struct P<'a> {
    toks: &'a [Tok<'a>],
    lx: &'static Lexicon,
    /// `amount` at each token, read once: several kinds of piece ask for it.
    amounts: Vec<std::cell::OnceCell<Option<(f64, usize)>>>,
}

impl<'a> P<'a> {
    fn new(toks: &'a [Tok<'a>], lx: &'static Lexicon) -> P<'a> {
        P {
            toks,
            lx,
            amounts: vec![std::cell::OnceCell::new(); toks.len()],
        }
    }

    fn w(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.text.as_ref())
    }

    fn is(&self, i: usize, s: &str) -> bool {
        self.w(i) == s
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    fn num(&self, i: usize) -> Option<u32> {
        self.toks.get(i).and_then(Tok::num)
    }

    /// Token i follows the one before it without white space.
    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }

    fn role(&self, i: usize, role: &str) -> bool {
        self.role_in(i, self.lx.time_list(role))
    }

    /// Token i is a word of `list` (`time_list!(role)`).
    fn role_in(&self, i: usize, list: Option<&WordSet>) -> bool {
        self.toks.get(i).is_some_and(|t| in_list(list, &t.text))
    }

    /// The entries of `map` (`time_phrase_map!(role)`) that start with token i.
    fn entries_at(&self, i: usize, map: Option<&'static TimePhraseMap>) -> &'static [TimePhrase] {
        map.and_then(|m| m.get(self.w(i)))
            .map_or(&[], Vec::as_slice)
    }

    /// A phrase of a `phrase value` role at i: (end, value).
    fn phrase(
        &self,
        i: usize,
        map: Option<&'static TimePhraseMap>,
    ) -> Option<(usize, &'static str)> {
        self.entries_at(i, map).iter().find_map(|ph| {
            let ok = ph.words.iter().enumerate().all(|(k, w)| self.is(i + k, w));
            ok.then(|| (i + ph.words.len(), ph.value.as_str()))
        })
    }

    /// A phrase of a plain role at i (entries may be several words): its end.
    fn phrase_in(&self, i: usize, map: Option<&'static TimePhraseMap>) -> Option<usize> {
        self.entries_at(i, map).iter().find_map(|ph| {
            let ok = ph
                .all_words
                .iter()
                .enumerate()
                .all(|(k, w)| self.is(i + k, w));
            ok.then_some(i + ph.all_words.len())
        })
    }

    fn month(&self, i: usize) -> Option<u32> {
        self.lx.months.get(self.w(i)).copied()
    }

    fn weekday(&self, i: usize) -> Option<u32> {
        self.lx.weekdays.get(self.w(i)).copied()
    }

    /// A full weekday name ("friday"), not an abbreviation ("fri", "sat").
    fn full_weekday(&self, i: usize) -> Option<u32> {
        self.weekday(i).filter(|_| self.w(i).len() >= 6)
    }

    /// Skips an abbreviation's period ("Sept.", "Mon."), not a sentence's ("in March.").
    fn skip_dot(&self, i: usize) -> usize {
        let short = i > 0 && self.w(i - 1).chars().count() <= 4;
        if short && self.is(i, ".") && self.glued(i) {
            i + 1
        } else {
            i
        }
    }

    /// A four-digit year.
    fn year(&self, i: usize) -> Option<i32> {
        let t = self.toks.get(i)?;
        (t.kind == Kind::Num && t.text.len() == 4)
            .then(|| t.text.parse().ok())
            .flatten()
            .filter(|y| (1000..=2999).contains(y))
    }

    /// A year written with two or four digits ("74" is 1974, "15" is 2015).
    fn short_year(&self, i: usize) -> Option<i32> {
        let t = self.toks.get(i)?;
        match (t.kind, t.text.len()) {
            (Kind::Num, 4) => self.year(i),
            (Kind::Num, 2) => {
                t.text
                    .parse::<i32>()
                    .ok()
                    .map(|y| if y < 50 { 2000 + y } else { 1900 + y })
            }
            _ => None,
        }
    }

    /// An ordinal: "15th", "1st", "first", "twenty-first": (value, end).
    fn ordinal(&self, i: usize) -> Option<(u32, usize)> {
        if let Some(n) = self.num(i) {
            if ["st", "nd", "rd", "th"].contains(&self.w(i + 1)) && self.glued(i + 1) {
                return Some((n, i + 2));
            }
            return None;
        }
        let v = crate::time_value!("ordinal", self.w(i))?;
        Some((v.parse().ok()?, i + 1))
    }

    /// A day of the month: "15", "15th", "fifteenth": (day, end).
    fn day_number(&self, i: usize) -> Option<(u32, usize)> {
        if let Some((n, e)) = self.ordinal(i) {
            return (1..=31).contains(&n).then_some((n, e));
        }
        let t = self.toks.get(i)?;
        (t.kind == Kind::Num && t.text.len() <= 2)
            .then(|| t.text.parse().ok())
            .flatten()
            .filter(|d| (1..=31).contains(d))
            .map(|d| (d, i + 1))
    }

    /// A count: digits (with a decimal part or a fraction), number words ("twenty three"),
    /// or an amount phrase ("a couple of", "half an"): (value, end).
    fn amount(&self, i: usize) -> Option<(f64, usize)> {
        match self.amounts.get(i) {
            Some(cell) => *cell.get_or_init(|| self.read_amount(i)),
            None => self.read_amount(i),
        }
    }

    fn read_amount(&self, i: usize) -> Option<(f64, usize)> {
        if let Some((e, v)) = self.phrase(i, crate::time_phrase_map!("amount")) {
            return Some((v.parse().ok()?, e));
        }
        let t = self.toks.get(i)?;
        let (mut v, mut e) = match t.kind {
            Kind::Num => {
                let whole: f64 = t.text.parse().ok()?;
                // "2.5", "1/4"
                if self.is(i + 1, ".")
                    && self.glued(i + 1)
                    && self.kind(i + 2) == Some(Kind::Num)
                    && self.glued(i + 2)
                {
                    let frac: f64 = format!("0.{}", self.w(i + 2)).parse().ok()?;
                    (whole + frac, i + 3)
                } else if self.is(i + 1, "/") && self.glued(i + 1) && self.glued(i + 2) {
                    let d: f64 = self.num(i + 2)? as f64;
                    if d == 0.0 {
                        return None;
                    }
                    (whole / d, i + 3)
                } else {
                    (whole, i + 1)
                }
            }
            Kind::Word => {
                let n = number_word(&t.text)
                    .filter(|_| !self.lx.quantity_not_count.contains(t.text.as_ref()))?;
                // "twenty three"
                match self.toks.get(i + 1).and_then(|n2| number_word(&n2.text)) {
                    Some(u) if n >= 20.0 && n % 10.0 == 0.0 && (1.0..10.0).contains(&u) => {
                        (n + u, i + 2)
                    }
                    _ => (n, i + 1),
                }
            }
            Kind::Punct => return None,
        };
        // "2 and an half", "2 and a half"
        if self.is(e, "and")
            && (self.is(e + 1, "a") || self.is(e + 1, "an"))
            && self.is(e + 2, "half")
        {
            v += 0.5;
            e += 3;
        }
        Some((v, e))
    }

    /// A unit of time: (unit, how many of it, end). "fortnight" is two weeks.
    fn unit(&self, i: usize) -> Option<(Unit, f64, usize)> {
        let t = self.toks.get(i)?;
        if t.kind == Kind::Punct {
            return match t.text.as_ref() {
                "'" | "\u{2019}" => Some((Unit::Minute, 1.0, i + 1)),
                "\"" => Some((Unit::Second, 1.0, i + 1)),
                _ => None,
            };
        }
        let name = crate::time_value!("unit", &t.text)?;
        let unit = match name {
            "second" => (Unit::Second, 1.0),
            "minute" => (Unit::Minute, 1.0),
            "hour" => (Unit::Hour, 1.0),
            "day" => (Unit::Day, 1.0),
            "week" => (Unit::Week, 1.0),
            "fortnight" => (Unit::Week, 2.0),
            "month" => (Unit::Month, 1.0),
            "quarter" => (Unit::Quarter, 1.0),
            "year" => (Unit::Year, 1.0),
            "decade" => (Unit::Year, 10.0),
            "century" => (Unit::Year, 100.0),
            _ => return None,
        };
        Some((unit.0, unit.1, i + 1))
    }

    fn meridiem(&self, i: usize) -> Option<(bool, usize)> {
        // "p m", "a m" as two words
        if (self.is(i, "a") || self.is(i, "p")) && self.is(i + 1, "m") {
            return Some((self.is(i, "p"), i + 2));
        }
        let v = crate::time_value!("meridiem", self.w(i))?;
        let mut e = i + 1;
        if self.is(e, ".") && self.glued(e) {
            e += 1;
        }
        // "a" and "p" alone only glued to minutes ("3:15p"); "4a" is a code, not a time.
        let after_minutes = self
            .toks
            .get(i.wrapping_sub(2))
            .is_some_and(|t| t.text == ":");
        let after_lead = self
            .toks
            .get(i.wrapping_sub(2))
            .is_some_and(|t| crate::time_word!("clock_lead", &t.text));
        if self.w(i).len() == 1 && !(self.glued(i) && (after_minutes || after_lead)) {
            return None;
        }
        Some((v == "pm", e))
    }
}

/// All time expressions of a sentence's tokens.
pub fn parse(text: &str, toks: &[Tok]) -> Vec<TimeExpr> {
    parse_with(text, toks, true)
}

/// `parse`, optionally without the prefilter that skips words no expression starts with
/// (the tests check that it changes nothing).
fn parse_with(text: &str, toks: &[Tok], prefilter: bool) -> Vec<TimeExpr> {
    let _ = text;
    let p = P::new(toks, lexicon::get());
    // Which tokens a time expression can start with, and which name a time, read once
    // (the prefilter asks about each up to seven times; the anchors are starts).
    let starts: Vec<bool> = toks
        .iter()
        .map(|t| p.lx.time_starts.contains(t.text.as_ref()))
        .collect();
    let names_time: Vec<bool> = toks
        .iter()
        .zip(&starts)
        .map(|(t, start)| {
            (t.kind == Kind::Num)
                || (t.kind == Kind::Word
                    && (t.text.contains(['-', '/'])
                        || (*start && p.lx.time_anchors.contains(t.text.as_ref()))))
        })
        .collect();
    let mut founds: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if prefilter && !could_start(&p, &starts, &names_time, i) {
            i += 1;
            continue;
        }
        match piece(&p, i) {
            Some(mut f) => {
                // "April 24 and 25": the second day is a date of the same month.
                let second = match &f.meaning {
                    Meaning::Date {
                        year,
                        month: Some(m),
                        day: Some(_),
                    } if ["and", "or", "to"].contains(&p.w(f.end)) => p
                        .day_number(f.end + 1)
                        .filter(|(_, e)| p.month(*e).is_none())
                        .map(|(d, e)| {
                            Found::new(
                                f.end + 1,
                                e,
                                Meaning::Date {
                                    year: *year,
                                    month: Some(*m),
                                    day: Some(d),
                                },
                                Grain::Day,
                            )
                        }),
                    _ => None,
                };
                f.end = f.end.max(f.start + 1);
                i = f.end;
                founds.push(f);
                if let Some(s) = second {
                    i = s.end;
                    founds.push(s);
                }
            }
            None => i += 1,
        }
    }
    let mut founds = join(&p, founds);
    settle_weekdays(&p, &mut founds);
    founds
        .into_iter()
        .map(|f| {
            let grain = if f.clock.is_some() {
                Grain::Time
            } else {
                f.grain
            };
            let span = toks[f.start].span.start..toks[f.end - 1].span.end;
            TimeExpr {
                span,
                meaning: f.meaning,
                grain,
                clock: f.clock,
                part: f.part,
                zone: f.zone,
                day_given: !f.clock_only,
                value: None,
                date: None,
            }
        })
        .collect()
}

/// Whether an expression can start at token i: a number, a word with a hyphen or slash, a
/// word that names a time, or a word that leads into one with such a token within the
/// next `LEAD_REACH` tokens. Skipping the others is what keeps the grammar fast; the tests
/// check that it changes nothing.
/// `names_time` holds, for each token, whether it is a number or a word naming a time
/// (punctuation counts as neither).
fn could_start(p: &P, starts: &[bool], names_time: &[bool], i: usize) -> bool {
    let t = &p.toks[i];
    names_time[i]
        || (starts[i]
            // (A mark of the time words starts one: "@ 3pm".)
            && (t.kind == Kind::Punct || names_time[i + 1..].iter().take(LEAD_REACH).any(|n| *n)))
}

/// How far after a leading word ("within the next couple of weeks") a word naming the time
/// must stand.
const LEAD_REACH: usize = 6;

/// The first kind of piece that matches at token i.
fn piece(p: &P, i: usize) -> Option<Found> {
    relative(p, i)
        .or_else(|| duration(p, i))
        .or_else(|| nth_of(p, i))
        .or_else(|| week_of(p, i))
        .or_else(|| day_words(p, i))
        .or_else(|| shifted(p, i))
        .or_else(|| quarter(p, i))
        .or_else(|| date(p, i))
        .or_else(|| weekday(p, i))
        .or_else(|| clock(p, i))
        .or_else(|| year(p, i))
        .or_else(|| month_name(p, i))
        .or_else(|| reference(p, i))
        .or_else(|| holiday(p, i))
}

fn shift_of(p: &P, i: usize) -> Option<i64> {
    crate::time_value!("shift", p.w(i)).and_then(|v| v.parse().ok())
}

/// "in 2 minutes", "3 days ago", "a week hence", "3 years from today", "3 fridays from now".
fn relative(p: &P, i: usize) -> Option<Found> {
    let (lead, mut k) = if p.role_in(i, crate::time_list!("ahead")) {
        (true, i + 1)
    } else {
        (false, i)
    };
    if lead && p.role_in(k, crate::time_list!("approximate")) {
        k += 1;
    }
    let (amount, e) = p.amount(k)?;
    let mut e = e;
    if p.is(e, "more") {
        e += 1;
    }
    // "3 fridays from now", "2 thursdays ago"
    if let Some(wd) = p
        .w(e)
        .strip_suffix('s')
        .and_then(|w| p.lx.weekdays.get(w).copied())
    {
        let n = amount as i64;
        if let Some(end) = p.phrase_in(e + 1, crate::time_phrase_map!("after_ref")) {
            return Some(Found::new(
                i,
                end,
                Meaning::WeekdayCount { weekday: wd, n },
                Grain::Day,
            ));
        }
        if let Some(end) = p.phrase_in(e + 1, crate::time_phrase_map!("before_ref")) {
            return Some(Found::new(
                i,
                end,
                Meaning::WeekdayCount { weekday: wd, n: -n },
                Grain::Day,
            ));
        }
        return None;
    }
    let (unit, factor, ue) = p.unit(e)?;
    // The unit glued to a number must be a short form ("1/4h", "15'").
    // Too far to name a date resolves to no value, not to a clamped one.
    let amount = amount * factor;
    if !amount.is_finite() {
        return None;
    }
    if lead {
        return Some(Found::new(
            i,
            ue,
            Meaning::Shift { amount, unit },
            unit_grain(unit),
        ));
    }
    if let Some(end) = p.phrase_in(ue, crate::time_phrase_map!("after_ref")) {
        return Some(Found::new(
            i,
            end,
            Meaning::Shift { amount, unit },
            unit_grain(unit),
        ));
    }
    if let Some(end) = p.phrase_in(ue, crate::time_phrase_map!("before_ref")) {
        return Some(Found::new(
            i,
            end,
            Meaning::Shift {
                amount: -amount,
                unit,
            },
            unit_grain(unit),
        ));
    }
    None
}

fn unit_grain(unit: Unit) -> Grain {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour => Grain::Time,
        Unit::Day | Unit::Week => Grain::Day,
        Unit::Month => Grain::Day,
        Unit::Quarter => Grain::Quarter,
        Unit::Year => Grain::Year,
    }
}

/// The scope of "nth ... of/in": a month (and year), a year, or this/last/next month.
fn scope(p: &P, i: usize) -> Option<(Scope, usize)> {
    if let Some(m) = p.month(i) {
        let e = p.skip_dot(i + 1);
        return Some(match p.year(e) {
            Some(y) => (
                Scope::Month {
                    year: Some(y),
                    month: m,
                },
                e + 1,
            ),
            None => (
                Scope::Month {
                    year: None,
                    month: m,
                },
                e,
            ),
        });
    }
    if let Some(y) = p.year(i) {
        return Some((Scope::Year(y), i + 1));
    }
    let k = if p.is(i, "the") { i + 1 } else { i };
    if p.is(k, "month") {
        return Some((Scope::MonthOffset(0), k + 1));
    }
    let n = shift_of(p, k)?;
    p.is(k + 1, "month")
        .then_some((Scope::MonthOffset(n), k + 2))
}

/// "first tuesday of october", "last Monday of March", "third day of october", "the 3rd
/// last week of 2018", "the first Monday of this month".
fn nth_of(p: &P, i: usize) -> Option<Found> {
    let k = if p.is(i, "the") { i + 1 } else { i };
    let (n, mut e) = if p.is(k, "last") {
        (-1, k + 1)
    } else {
        let (n, e) = p.ordinal(k)?;
        if p.is(e, "last") {
            (-(n as i32), e + 1)
        } else {
            (n as i32, e)
        }
    };
    let what = p.w(e).to_string();
    e += 1;
    if !(p.is(e, "of") || p.is(e, "in")) {
        return None;
    }
    let (scope, end) = scope(p, e + 1)?;
    let meaning = if let Some(wd) = p.lx.weekdays.get(what.as_str()) {
        Meaning::NthWeekday {
            n,
            weekday: *wd,
            scope,
        }
    } else if what == "day" {
        Meaning::NthDay { n, scope }
    } else if what == "week" {
        Meaning::NthWeek { n, scope }
    } else {
        return None;
    };
    let grain = if matches!(meaning, Meaning::NthWeek { .. }) {
        Grain::Week
    } else {
        Grain::Day
    };
    Some(Found::new(i, end, meaning, grain))
}

/// "the week of october 6th".
fn week_of(p: &P, i: usize) -> Option<Found> {
    let k = if p.is(i, "the") { i + 1 } else { i };
    if !(p.is(k, "week") && p.is(k + 1, "of")) {
        return None;
    }
    let d = date(p, k + 2)?;
    Some(Found::new(
        i,
        d.end,
        Meaning::WeekOf(Box::new(d.meaning)),
        Grain::Week,
    ))
}

/// "today", "tomorrow morning", "tonight", "yesterday", "the day after tomorrow", "this
/// morning".
fn day_words(p: &P, i: usize) -> Option<Found> {
    let k = if p.is(i, "the") { i + 1 } else { i };
    if p.is(k, "day") && (p.is(k + 1, "after") || p.is(k + 1, "before")) {
        let n = match (p.w(k + 1), p.w(k + 2)) {
            ("after", "tomorrow") => 2,
            ("before", "yesterday") => -2,
            _ => return None,
        };
        return Some(Found::new(i, k + 3, Meaning::DayOffset(n), Grain::Day));
    }
    if let Some(n) = crate::time_value!("relative_day", p.w(i)).and_then(|v| v.parse::<i64>().ok())
    {
        let mut f = Found::new(i, i + 1, Meaning::DayOffset(n), Grain::Day);
        if let Some(code) = crate::time_value!("part", p.w(i)) {
            f.part = Some(code.to_string());
        } else if let Some(code) = crate::time_value!("part", p.w(i + 1)) {
            f.part = Some(code.to_string());
            f.end = i + 2;
        }
        return Some(f);
    }
    // "in the evening" (before a clock: "in the evening at eight")
    if p.is(i, "in") && p.is(i + 1, "the") {
        if let Some(code) = crate::time_value!("part", p.w(i + 2)) {
            let mut f = Found::new(i, i + 3, Meaning::DayOffset(0), Grain::Day);
            f.part = Some(code.to_string());
            return Some(f);
        }
    }
    // "this morning", "this evening", "early morning"
    if ["this", "early", "late"].contains(&p.w(i)) {
        if let Some(code) = crate::time_value!("part", p.w(i + 1)) {
            let mut f = Found::new(i, i + 2, Meaning::DayOffset(0), Grain::Day);
            f.part = Some(code.to_string());
            return Some(f);
        }
    }
    None
}

/// "next week", "this quarter", "last yr", "the following week", "upcoming two weeks",
/// "earlier this week", "last tuesday", "next March", "the next few days", "recent days".
fn shifted(p: &P, i: usize) -> Option<Found> {
    let k = if p.is(i, "the") || p.is(i, "around") {
        i + 1
    } else {
        i
    };
    // "earlier this week", "early this week"
    if ["earlier", "later", "early", "late"].contains(&p.w(k)) && p.is(k + 1, "this") {
        let (unit, _, e) = p.unit(k + 2)?;
        return offset_found(i, e, 0, unit);
    }
    // "upcoming two weeks", "two upcoming weeks"
    if p.is(k, "upcoming") {
        if let Some((n, e)) = p.amount(k + 1) {
            if let Some((unit, f, ue)) = p.unit(e) {
                return offset_found(i, ue, (n * f) as i64, unit);
            }
        }
    }
    if let Some((n, e)) = p.amount(k) {
        if p.is(e, "upcoming") {
            if let Some((unit, f, ue)) = p.unit(e + 1) {
                return offset_found(i, ue, (n * f) as i64, unit);
            }
        }
    }
    // "recent days", "the coming years": a vague stretch
    if crate::time_word!("vague_span", p.w(k)) && p.w(k + 1).ends_with('s') {
        if let Some((unit, _, e)) = p.unit(k + 1) {
            return duration_found(i, e, None, unit);
        }
    }
    let n = shift_of(p, k)?;
    let next = k + 1;
    // "last tuesday", "next friday", "this monday"
    if let Some(wd) = p.weekday(next) {
        let end = p.skip_dot(next + 1);
        let meaning = match n {
            -1 => Meaning::Weekday {
                weekday: wd,
                direction: Direction::Before,
                week: None,
            },
            0 => Meaning::Weekday {
                weekday: wd,
                direction: Direction::Future,
                week: None,
            },
            _ if p.is(k, "next") => Meaning::Weekday {
                weekday: wd,
                direction: Direction::Future,
                week: Some(1),
            },
            _ => Meaning::Weekday {
                weekday: wd,
                direction: Direction::Future,
                week: None,
            },
        };
        return Some(Found::new(i, end, meaning, Grain::Day));
    }
    // "next March", "last May"
    if let Some(m) = p.month(next) {
        let direction = if n < 0 {
            Direction::Past
        } else {
            Direction::Future
        };
        return Some(Found::new(
            i,
            next + 1,
            Meaning::Month {
                month: m,
                direction,
                years: None,
            },
            Grain::Month,
        ));
    }
    if let Some((unit, factor, e)) = p.unit(next) {
        if factor == 1.0
            && matches!(unit, Unit::Week | Unit::Month | Unit::Quarter | Unit::Year)
            && p.w(next).ends_with(|c: char| c != 's')
        {
            // "last week's sunday": a weekday of that week
            if unit == Unit::Week {
                if let Some(wd) = p.full_weekday(e) {
                    return Some(Found::new(
                        i,
                        e + 1,
                        Meaning::Weekday {
                            weekday: wd,
                            direction: Direction::Future,
                            week: Some(n),
                        },
                        Grain::Day,
                    ));
                }
            }
            return offset_found(i, e, n, unit);
        }
    }
    // "the next few days", "the past two weeks"
    if n != 0 {
        let vague = crate::time_word!("vague", p.w(next));
        let (count, e) = if vague {
            (None, next + 1)
        } else {
            p.amount(next).map(|(a, e)| (Some(a), e))?
        };
        let (unit, factor, ue) = p.unit(e)?;
        return duration_found(i, ue, count.map(|c| c * factor), unit);
    }
    None
}

fn offset_found(start: usize, end: usize, n: i64, unit: Unit) -> Option<Found> {
    let (meaning, grain) = match unit {
        Unit::Day => (Meaning::DayOffset(n), Grain::Day),
        Unit::Week => (Meaning::Offset { n, unit }, Grain::Week),
        Unit::Month => (Meaning::Offset { n, unit }, Grain::Month),
        Unit::Quarter => (Meaning::Offset { n, unit }, Grain::Quarter),
        Unit::Year => (Meaning::Offset { n, unit }, Grain::Year),
        _ => return None,
    };
    Some(Found::new(start, end, meaning, grain))
}

fn duration_found(start: usize, end: usize, count: Option<f64>, unit: Unit) -> Option<Found> {
    Some(Found::new(
        start,
        end,
        Meaning::Fixed(super::resolve::duration_value(count, unit)),
        Grain::Duration,
    ))
}

/// "third quarter", "the 4th qtr of 2018", "18q4", "2018Q4".
fn quarter(p: &P, i: usize) -> Option<Found> {
    if p.kind(i) == Some(Kind::Num) && p.is(i + 1, "q") && p.glued(i + 1) && p.glued(i + 2) {
        let q = p.num(i + 2).filter(|q| (1..=4).contains(q))?;
        let year = p.short_year(i)?;
        return Some(Found::new(
            i,
            i + 3,
            Meaning::Quarter {
                quarter: q,
                year: Some(year),
            },
            Grain::Quarter,
        ));
    }
    let k = if p.is(i, "the") { i + 1 } else { i };
    let (q, e) = p.ordinal(k)?;
    if !(1..=4).contains(&q) || !matches!(crate::time_value!("unit", p.w(e)), Some("quarter")) {
        return None;
    }
    let mut end = e + 1;
    let mut year = None;
    let y_at = if p.is(end, "of") { end + 1 } else { end };
    if let Some(y) = p.year(y_at) {
        year = Some(y);
        end = y_at + 1;
    }
    Some(Found::new(
        i,
        end,
        Meaning::Quarter { quarter: q, year },
        Grain::Quarter,
    ))
}

fn date_found(
    start: usize,
    end: usize,
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
) -> Option<Found> {
    let grain = match (month, day) {
        (Some(_), Some(_)) | (None, Some(_)) => Grain::Day,
        (Some(_), None) => Grain::Month,
        (None, None) => Grain::Year,
    };
    if let (Some(m), Some(d)) = (month, day) {
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
    }
    Some(Found::new(
        start,
        end,
        Meaning::Date { year, month, day },
        grain,
    ))
}

/// Dates: ISO and numeric forms, month names with a day and year in any order, "the
/// 15th", "20 of next month".
fn date(p: &P, i: usize) -> Option<Found> {
    numeric_date(p, i)
        .or_else(|| month_first(p, i))
        .or_else(|| day_first(p, i))
        .or_else(|| day_of_month(p, i))
}

/// "2015-03-03", "2014-10", "2014/10", "10/31/1974", "3/3/15", "10.31.1974", "2/15",
/// "31/Oct/1974", "31-Oct-74", "2/2013".
fn numeric_date(p: &P, i: usize) -> Option<Found> {
    let a = p.num(i)?;
    let sep = p.w(i + 1).to_string();
    if !["-", "/", "."].contains(&sep.as_str()) || !p.glued(i + 1) || !p.glued(i + 2) {
        return None;
    }
    // Numbers glued on either side are something else (a phone number, a score).
    let more = |k: usize| {
        p.glued(k) && p.kind(k).is_some_and(|x| x != Kind::Word) && !p.is(k, ",") && !p.is(k, ")")
    };
    if i > 0
        && (p.glued(i) && p.kind(i - 1) != Some(Kind::Word) || p.kind(i - 1) == Some(Kind::Num))
    {
        return None;
    }
    // "31/Oct/1974", "31-Oct-74"
    if let Some(m) = p.month(i + 2) {
        if p.is(i + 3, &sep) && p.glued(i + 3) {
            let y = p.short_year(i + 4)?;
            return date_found(i, i + 5, Some(y), Some(m), Some(a));
        }
        return None;
    }
    let b = p.num(i + 2)?;
    let a_len = p.w(i).len();
    // yyyy-mm-dd, yyyy-m-d, yyyy/mm
    if a_len == 4 && sep != "." {
        if p.is(i + 3, &sep) && p.glued(i + 3) && p.glued(i + 4) {
            let d = p.num(i + 4)?;
            if more(i + 5) {
                return None;
            }
            return date_found(i, i + 5, Some(a as i32), Some(b), Some(d));
        }
        if more(i + 3) || !(1..=12).contains(&b) {
            return None;
        }
        return date_found(i, i + 3, Some(a as i32), Some(b), None);
    }
    // m/d/y, m-d-yy, m.d.yyyy
    if p.is(i + 3, &sep) && p.glued(i + 3) && p.glued(i + 4) {
        let y = p.short_year(i + 4)?;
        if more(i + 5) {
            return None;
        }
        return date_found(i, i + 5, Some(y), Some(a), Some(b));
    }
    if sep == "." || more(i + 3) {
        return None;
    }
    // m/yyyy
    if p.w(i + 2).len() == 4 && sep == "/" {
        return date_found(i, i + 3, Some(b as i32), Some(a), None);
    }
    // m/d (US order)
    if a_len <= 2 && p.w(i + 2).len() <= 2 && (1..=12).contains(&a) && (1..=31).contains(&b) {
        return date_found(i, i + 3, None, Some(a), Some(b));
    }
    None
}

/// "Sept. 2", "Sept. 2, 2016", "february the 15th", "march first", "Aug 8", "Feb13",
/// "October 2014", "March of 2015", "Jul 18, Fri".
fn month_first(p: &P, i: usize) -> Option<Found> {
    let m = p.month(i)?;
    let tok = &p.toks[i];
    // "may" and "march" need a capital or a day after them to be months.
    let e = p.skip_dot(i + 1);
    let k = if p.is(e, "the") { e + 1 } else { e };
    if let Some((d, de)) = p.day_number(k) {
        // "Sept. 8-9": the first day
        let mut end = de;
        if p.is(end, "-") && p.glued(end) && p.num(end + 1).is_some() && p.glued(end + 1) {
            end += 2;
        }
        let y_at = if p.is(end, ",") { end + 1 } else { end };
        if let Some(y) = p.year(y_at) {
            return date_found(i, y_at + 1, Some(y), Some(m), Some(d));
        }
        return date_found(i, end, None, Some(m), Some(d));
    }
    let y_at = if p.is(e, "of") { e + 1 } else { e };
    if let Some(y) = p.year(y_at) {
        return date_found(i, y_at + 1, Some(y), Some(m), None);
    }
    let _ = tok;
    None
}

/// "15 of february", "31st Oct 1974", "14april 2015", "the 1st of march", "first of march",
/// "4th of July", "14th April 15", "8 September 2016".
fn day_first(p: &P, i: usize) -> Option<Found> {
    let k = if p.is(i, "the") { i + 1 } else { i };
    let (d, e) = p.day_number(k)?;
    let mk = if p.is(e, "of") { e + 1 } else { e };
    let m = p.month(mk)?;
    // A bare number before a month needs the month to be unmistakable ("8 September"):
    // "may" and "march" after a number are verbs as often as months.
    if !p.toks[mk].capital
        && mk == e
        && ["may", "march"].contains(&p.w(mk))
        && p.kind(k) == Some(Kind::Num)
        && p.ordinal(k).is_none()
    {
        return None;
    }
    let me = p.skip_dot(mk + 1);
    if let Some(y) = p.year(me).or_else(|| {
        p.short_year(me).filter(|_| {
            p.kind(me) == Some(Kind::Num)
                && p.w(me).len() == 2
                && p.toks.get(me + 1).is_none_or(|t| t.kind != Kind::Word)
        })
    }) {
        return date_found(i, me + 1, Some(y), Some(m), Some(d));
    }
    date_found(i, me, None, Some(m), Some(d))
}

/// "the 15th", "on the 1st", "On 24th", "the 24" (at the end), "20 of next month", "20th
/// day of the current month".
fn day_of_month(p: &P, i: usize) -> Option<Found> {
    let on = p.is(i, "on");
    let k = if on { i + 1 } else { i };
    let the = p.is(k, "the");
    let k = if the { k + 1 } else { k };
    let (d, e) = p.day_number(k)?;
    let ordinal = p.ordinal(k).is_some();
    // "the first time" is not a date: a spelled-out ordinal needs "on" before it.
    let spelled = p.kind(k) == Some(Kind::Word);
    if spelled && !on {
        return None;
    }
    // "20 of next month", "20th day of the current month"
    let of_at = if p.is(e, "day") { e + 1 } else { e };
    if p.is(of_at, "of") {
        let s = if p.is(of_at + 1, "the") {
            of_at + 2
        } else {
            of_at + 1
        };
        let months = if p.is(s, "month") {
            Some((0, s + 1))
        } else {
            shift_of(p, s)
                .filter(|_| p.is(s + 1, "month"))
                .map(|n| (n, s + 2))
        };
        if let Some((months, end)) = months {
            return Some(Found::new(
                i,
                end,
                Meaning::DayOfMonthOffset { day: d, months },
                Grain::Day,
            ));
        }
    }
    let at_end = p.toks.get(e).is_none_or(|t| t.kind == Kind::Punct);
    if (ordinal && (the || on)) || (the && at_end && i == 0) {
        return date_found(i, e, None, None, Some(d));
    }
    None
}

/// Weekdays: "Friday", "mon.", "friday after next", "wednesday of next week", "sunday
/// from last week", "Monday morning".
fn weekday(p: &P, i: usize) -> Option<Found> {
    let wd = p.weekday(i)?;
    let tok = &p.toks[i];
    let full = p.full_weekday(i).is_some();
    let dotted = !full && p.is(i + 1, ".") && p.glued(i + 1);
    let alone = p.toks.len() <= 2;
    // Abbreviations ("sat", "sun", "wed") only where they cannot be words: with a
    // period, a capital before a date or comma, or alone.
    let date_follows = p.is(i + 1, ",")
        || p.month(i + 1).is_some()
        || p.day_number(i + 1).is_some()
        || p.is(i + 1, "at");
    if !(full || dotted || alone || (tok.capital && date_follows)) {
        return None;
    }
    let mut end = if dotted { i + 2 } else { i + 1 };
    let mut week = None;
    if p.is(end, "after") && p.is(end + 1, "next") {
        week = Some(1);
        end += 2;
    } else if p.is(end, "of") && p.is(end + 2, "week") {
        week = shift_of(p, end + 1);
        if week.is_some() {
            end += 3;
        }
    } else if p.is(end + 1, "week") && shift_of(p, end).is_some() && !p.is(end, "this") {
        week = shift_of(p, end);
        end += 2;
    } else if p.is(end, "from") && p.is(end + 2, "week") {
        week = shift_of(p, end + 1);
        if week.is_some() {
            end += 3;
        }
    }
    // "Tuesday the 19th", "Thu 15th"
    if week.is_none() {
        let k = if p.is(end, "the") { end + 1 } else { end };
        if let Some((day, e)) = p
            .ordinal(k)
            .filter(|_| p.kind(k) == Some(Kind::Num))
            .filter(|(d, _)| (1..=31).contains(d))
        {
            return Some(Found::new(
                i,
                e,
                Meaning::DateOnWeekday {
                    month: None,
                    day,
                    weekday: wd,
                },
                Grain::Day,
            ));
        }
    }
    let mut f = Found::new(
        i,
        end,
        Meaning::Weekday {
            weekday: wd,
            direction: Direction::Future,
            week,
        },
        Grain::Day,
    );
    f.undecided = week.is_none();
    if let Some(code) = crate::time_value!("part", p.w(end)) {
        f.part = Some(code.to_string());
        f.end = end + 1;
    }
    Some(f)
}

/// A clock time: "3pm", "3:15 p.m.", "15h30", "at 1030", "half past three", "a quarter to
/// noon", "20 minutes to 2pm", "ten thirty am", "8 o'clock", "at 3 in the morning",
/// "noon", with a time zone after it.
fn clock(p: &P, i: usize) -> Option<Found> {
    let lead = p.role_in(i, crate::time_list!("clock_lead"));
    let k = if lead { i + 1 } else { i };
    let (mut c, mut e) = clock_core(p, k, lead)?;
    // "3ish", "3pm approximately"
    if p.is(e, "ish") && p.glued(e) {
        e += 1;
    }
    if c.pm.is_none() {
        if let Some((pm, me)) = p.meridiem(e) {
            c.pm = Some(pm);
            e = me;
        }
    }
    if p.is(e, "approximately") {
        e += 1;
    }
    let mut f = Found::new(i, e, Meaning::DayOffset(0), Grain::Time);
    f.clock_only = true;
    // "in the morning", "in afternoon", "this evening", "tonight"
    let in_the = if p.is(f.end, "in") && p.is(f.end + 1, "the") {
        Some(f.end + 2)
    } else if p.is(f.end, "in") {
        Some(f.end + 1)
    } else {
        None
    };
    if let Some(at) = in_the {
        if let Some(code) = crate::time_value!("part", p.w(at)) {
            f.part = Some(code.to_string());
            f.end = at + 1;
        }
    }
    // A time zone: "GMT", "(BST)"
    let z_at = if p.is(f.end, "(") { f.end + 1 } else { f.end };
    if let Some(z) = crate::time_value!("zone", p.w(z_at)).and_then(|v| v.parse::<f64>().ok()) {
        f.zone = Some(z);
        f.end = if p.is(z_at + 1, ")") {
            z_at + 2
        } else {
            z_at + 1
        };
    }
    f.clock = Some(c);
    // A bare number is a time only with a lead word, a meridiem, a part of the day or a
    // day word after it ("at 7", "7pm", "8 tonight", "9 tomorrow").
    Some(f)
}

/// The hour and minute at k: (clock, end).
/// Whether a word that makes the number at `k` a count stands just before the word that
/// leads into it ("put the toll at 130", "estimated at 450").
fn count_before(p: &P, k: usize) -> bool {
    (k.saturating_sub(4)..k.saturating_sub(1))
        .any(|j| p.role_in(j, crate::time_list!("count_before_at")))
}

fn clock_core(p: &P, k: usize, lead: bool) -> Option<(Clock, usize)> {
    let hm = |h: u32, m: u32| {
        // 24:00 is the end of a day; 24:30 is no time.
        ((h < 24 && m < 60) || (h == 24 && m == 0)).then_some(Clock {
            hour: h,
            minute: m,
            second: None,
            pm: None,
        })
    };
    // Clock words: "noon", "midday", "mid day", "midnight", "the midday".
    let w0 = if p.is(k, "the") { k + 1 } else { k };
    if p.is(w0, "mid") && p.is(w0 + 1, "day") {
        return Some((hm(12, 0)?, w0 + 2));
    }
    if let Some(v) = crate::time_value!("clock", p.w(w0)) {
        let leading = lead
            || w0 > k
            || p.toks.len() <= 2
            || k == 0
            || p.role_in(k.wrapping_sub(1), crate::time_list!("clock_prep"));
        if !leading {
            return None;
        }
        let (h, m) = v.split_once(':')?;
        return Some((hm(h.parse().ok()?, m.parse().ok()?)?, w0 + 1));
    }
    // "half past 3", "a quarter past noon", "quarter to noon", "20 past 3pm", "twenty after
    // 3pm", "15 minutes past 3pm", "15 to noon", "20 minutes to 2pm", "half three".
    if let Some(f) = relative_clock(p, k) {
        return Some(f);
    }
    let t = p.toks.get(k)?;
    match t.kind {
        Kind::Num => {
            let digits = t.text.len();
            let n = p.num(k)?;
            // "3:15", "15:23:24", "9:01:10"
            if p.is(k + 1, ":") && p.glued(k + 1) && p.glued(k + 2) && digits <= 2 {
                let m = p.num(k + 2)?;
                let mut c = hm(n, m)?;
                let mut e = k + 3;
                if p.is(e, ":") && p.glued(e) && p.glued(e + 1) {
                    c.second = p.num(e + 1).filter(|s| *s < 60);
                    e += 2;
                }
                return Some((c, e));
            }
            // "15h30", "16h", "3h18"
            if p.is(k + 1, "h") && p.glued(k + 1) && digits <= 2 {
                if let Some(m) = p.num(k + 2).filter(|_| p.glued(k + 2)) {
                    return Some((hm(n, m)?, k + 3));
                }
                return Some((hm(n, 0)?, k + 2));
            }
            // "at 3 15"
            if lead && digits <= 2 && p.kind(k + 1) == Some(Kind::Num) && p.w(k + 1).len() == 2 {
                let m = p.num(k + 1)?;
                return Some((hm(n, m)?, k + 2));
            }
            // "about 5 1/2 hours": an amount, not a clock.
            if p.kind(k + 1) == Some(Kind::Num) && p.is(k + 2, "/") {
                return None;
            }
            // "about 200 Americans", "at 650-650-6500", "five hours": counts, not clocks.
            let counted = p.toks.get(k + 1).is_some_and(|n| {
                (n.kind == Kind::Word && p.unit(k + 1).is_some())
                    || (!n.space_before
                        && n.kind != Kind::Word
                        && !matches!(n.text.as_ref(), "," | ")" | "."))
            });
            if counted {
                return None;
            }
            let followed_by_word = p.toks.get(k + 1).is_some_and(|n| {
                n.kind == Kind::Word
                    && p.meridiem(k + 1).is_none()
                    && crate::time_value!("part", &n.text).is_none()
                    && crate::time_value!("relative_day", &n.text).is_none()
                    && crate::time_value!("zone", &n.text).is_none()
                    && p.phrase_in(k + 1, crate::time_phrase_map!("joiner"))
                        .is_none()
                    && ![
                        "o'clock",
                        "oclock",
                        "ish",
                        "this",
                        "approximately",
                        "tonight",
                    ]
                    .contains(&n.text.as_ref())
            });
            if followed_by_word {
                return None;
            }
            let meridiem = p.meridiem(k + 1).is_some();
            let oclock = p.is(k + 1, "o'clock") || p.is(k + 1, "oclock");
            let part_after = crate::time_value!("part", p.w(k + 1)).is_some()
                || (p.is(k + 1, "this") && crate::time_value!("part", p.w(k + 2)).is_some())
                || (p.is(k + 1, "in")
                    && p.is(k + 2, "the")
                    && crate::time_value!("part", p.w(k + 3)).is_some())
                || crate::time_value!("relative_day", p.w(k + 1)).is_some()
                || p.is(k + 1, "ish");
            // "at 1030", but not "put the toll at 130": a count.
            let lead = lead && !count_before(p, k);
            // "1030", "330 p.m.", "815" after "tonight"
            if (3..=4).contains(&digits)
                && (meridiem || lead || (k > 0 && crate::time_value!("part", p.w(k - 1)).is_some()))
            {
                return Some((hm(n / 100, n % 100)?, k + 1));
            }
            if digits <= 2 && (meridiem || oclock || part_after || lead) {
                let e = if oclock { k + 2 } else { k + 1 };
                return Some((hm(n, 0)?, e));
            }
            None
        }
        Kind::Word if t.text.contains('-') && !t.text.starts_with('-') => {
            // "ten-thirty", "twelve-oh-three": the same as the words apart
            let parts: Vec<Tok> = t
                .text
                .split('-')
                .map(|w| Tok {
                    text: w.to_string().into(),
                    ..t.clone()
                })
                .collect();
            let inner = P::new(&parts, p.lx);
            let (c, e) = clock_core(&inner, 0, true)?;
            (e == parts.len()).then_some((c, k + 1))
        }
        Kind::Word => {
            // Number words: "three", "ten thirty", "twelve oh three", "nine fifty nine",
            // "four twenty-three", "seven thirty p.m.", "eight" before "tonight".
            if p.lx.quantity_not_count.contains(t.text.as_ref()) || p.unit(k + 1).is_some() {
                return None; // "at a", "one of", "five hours"
            }
            let h = number_word(&t.text).filter(|h| (1.0..=12.0).contains(h) && h.fract() == 0.0)?
                as u32;
            let mut e = k + 1;
            let mut minute = None;
            if ["oh", "o", "ou", "zero"].contains(&p.w(e)) {
                if let Some(m) = number_word(p.w(e + 1)).filter(|m| (1.0..10.0).contains(m)) {
                    minute = Some(m as u32);
                    e += 2;
                }
            } else if let Some((m, me)) = p.amount(e).filter(|(m, _)| {
                (10.0..60.0).contains(m) && m.fract() == 0.0 && p.kind(e) == Some(Kind::Word)
            }) {
                minute = Some(m as u32);
                e = me;
            }
            let oclock = p.is(e, "o'clock") || p.is(e, "oclock");
            if oclock {
                e += 1;
            }
            let meridiem = p.meridiem(e).is_some();
            let part_after = crate::time_value!("part", p.w(e)).is_some()
                || crate::time_value!("relative_day", p.w(e)).is_some();
            // Alone, only an unmistakable clock reading ("ten thirty", "twelve oh three").
            let clear = minute.is_some_and(|m| m == 30 || m < 10);
            if lead || meridiem || oclock || part_after || clear {
                return Some((hm(h, minute.unwrap_or(0))?, e));
            }
            None
        }
        Kind::Punct => None,
    }
}

/// "half past 3", "a quarter to noon", "20 minutes past 3pm", "half three": (clock, end).
fn relative_clock(p: &P, k: usize) -> Option<(Clock, usize)> {
    let mut i = k;
    if p.is(i, "a") {
        i += 1;
    }
    let (mins, e) = if p.is(i, "half") {
        (30u32, i + 1)
    } else if p.is(i, "quarter") {
        (15, i + 1)
    } else {
        let (n, e) = p.amount(i)?;
        if n.fract() != 0.0 || !(1.0..60.0).contains(&n) {
            return None;
        }
        let e = if p.is(e, "minutes") || p.is(e, "minute") || p.is(e, "mins") {
            e + 1
        } else {
            e
        };
        (n as u32, e)
    };
    let (sign, he) = match p.w(e) {
        "past" | "after" => (1i32, e + 1),
        "to" | "till" | "before" => (-1, e + 1),
        // "half three": half past three (British)
        _ if mins == 30 && p.is(i, "half") && e == i + 1 => (1, e),
        _ => return None,
    };
    // The hour: a clock of its own ("3pm", "noon", "15h", "three").
    let (base, end) = clock_core_hour(p, he)?;
    let total = (base.hour * 60 + base.minute) as i32 + sign * mins as i32;
    let total = total.rem_euclid(24 * 60) as u32;
    Some((
        Clock {
            hour: total / 60,
            minute: total % 60,
            second: None,
            pm: base.pm,
        },
        end,
    ))
}

/// An hour that a "past"/"to" clock counts from: "3pm", "3", "three", "noon", "15h".
fn clock_core_hour(p: &P, k: usize) -> Option<(Clock, usize)> {
    if let Some(v) = crate::time_value!("clock", p.w(k)) {
        let (h, m) = v.split_once(':')?;
        return Some((
            Clock {
                hour: h.parse().ok()?,
                minute: m.parse().ok()?,
                second: None,
                pm: None,
            },
            k + 1,
        ));
    }
    let h = match p.toks.get(k)?.kind {
        Kind::Num => p.num(k).filter(|h| *h <= 24)?,
        _ => number_word(p.w(k)).filter(|h| (1.0..=12.0).contains(h))? as u32,
    };
    let mut e = k + 1;
    if p.is(e, "h") && p.glued(e) {
        e += 1;
    }
    let mut c = Clock {
        hour: h,
        minute: 0,
        second: None,
        pm: None,
    };
    if let Some((pm, me)) = p.meridiem(e) {
        c.pm = Some(pm);
        e = me;
    }
    Some((c, e))
}

/// "in 2014", "since 1998", "the 1956 uprising", "in 2014 A.D.", "in 14 a.d.", "1974" alone.
fn year(p: &P, i: usize) -> Option<Found> {
    let alone = p.toks.len() == 1;
    let (k, lead) = if crate::time_word!("year_prep", p.w(i)) {
        (i + 1, true)
    } else {
        (i, false)
    };
    let ad_after = |e: usize| p.is(e, "ad") || p.is(e, "a.d") || p.is(e, "ce");
    let t = p.toks.get(k)?;
    if t.kind != Kind::Num {
        return None;
    }
    let y: i32 = t.text.parse().ok()?;
    if ad_after(k + 1) && (1..=9999).contains(&y) {
        let e = p.skip_dot(k + 2);
        return Some(Found::new(
            i,
            e,
            Meaning::Date {
                year: Some(y),
                month: None,
                day: None,
            },
            Grain::Year,
        ));
    }
    let y = p.year(k)?;
    if !(lead || alone) {
        return None;
    }
    // The span is the year alone ("in 2014" marks "2014").
    let start = if lead { i + 1 } else { i };
    Some(Found::new(
        start,
        k + 1,
        Meaning::Date {
            year: Some(y),
            month: None,
            day: None,
        },
        Grain::Year,
    ))
}

/// A month name alone: "March", "in March", "the May vote", "March in 1 year", "March after
/// next".
fn month_name(p: &P, i: usize) -> Option<Found> {
    let m = p.month(i)?;
    let w = p.w(i);
    let tok = &p.toks[i];
    let alone = p.toks.len() <= 2;
    let prev = if i > 0 { p.w(i - 1) } else { "" };
    let end = p.skip_dot(i + 1);
    // What follows can make it a month: "February this year", "March after next", "March
    // in 1 year".
    let mut suffix = None;
    if let (Some(n), true) = (
        shift_of(p, end),
        matches!(crate::time_value!("unit", p.w(end + 1)), Some("year")),
    ) {
        suffix = Some((Meaning::MonthOfYear { month: m, years: n }, end + 2));
    } else if p.is(end, "after") && p.is(end + 1, "next") {
        suffix = Some((
            Meaning::Month {
                month: m,
                direction: Direction::Future,
                years: Some(1),
            },
            end + 2,
        ));
    } else if p.is(end, "in") {
        if let Some((n, e)) = p.amount(end + 1) {
            if let Some((Unit::Year, factor, ue)) = p.unit(e) {
                suffix = Some((
                    Meaning::Month {
                        month: m,
                        direction: Direction::Future,
                        years: Some((n * factor) as i64),
                    },
                    ue,
                ));
            }
        }
    }
    if let Some((meaning, e)) = suffix {
        return Some(Found::new(i, e, meaning, Grain::Month));
    }
    let ambiguous = w == "may" || w == "march" || w.len() <= 4 && w != "june" && w != "july";
    let introduced = crate::time_word!("month_intro", prev);
    if !(alone || (tok.capital && (!ambiguous || introduced)) || (introduced && !ambiguous)) {
        return None;
    }
    Some(Found::new(
        i,
        end,
        Meaning::Month {
            month: m,
            direction: Direction::Nearest,
            years: None,
        },
        Grain::Month,
    ))
}

/// "now", "right now", "at the moment", "recently", "formerly", "soon", "in the future".
fn reference(p: &P, i: usize) -> Option<Found> {
    if let Some(e) = p.phrase_in(i, crate::time_phrase_map!("present_phrase")) {
        return Some(Found::new(
            i,
            e,
            Meaning::Fixed("PRESENT_REF".into()),
            Grain::Reference,
        ));
    }
    for (role, value) in [
        ("present", "PRESENT_REF"),
        ("past", "PAST_REF"),
        ("future", "FUTURE_REF"),
    ] {
        if p.role(i, role) {
            return Some(Found::new(
                i,
                i + 1,
                Meaning::Fixed(value.into()),
                Grain::Reference,
            ));
        }
    }
    None
}

/// Durations and recurrences: "48-hour", "5-1/2 years", "5 1/2 hours", "two weeks",
/// "weekly".
fn duration(p: &P, i: usize) -> Option<Found> {
    if let Some(v) = crate::time_value!("set", p.w(i)) {
        return Some(Found::new(
            i,
            i + 1,
            Meaning::Fixed(v.to_string()),
            Grain::Duration,
        ));
    }
    let t = p.toks.get(i)?;
    // "48-hour", "two-week" (one word), "5-1/2 years"
    if t.kind == Kind::Word {
        if let Some((num, unit)) = t.text.split_once('-') {
            let n = number_word(num)?;
            let (u, f, _) = P::new(
                &[Tok {
                    text: unit.to_string().into(),
                    ..t.clone()
                }],
                p.lx,
            )
            .unit(0)?;
            return duration_found(i, i + 1, Some(n * f), u);
        }
        if p.lx.quantity_not_count.contains(t.text.as_ref()) {
            return None;
        }
    }
    let (n, mut e) = p.amount(i)?;
    let mut n = n;
    // "5-1/2": whole, hyphen, fraction
    if p.is(e, "-") && p.glued(e) && p.glued(e + 1) {
        if let Some((frac, fe)) = p.amount(e + 1).filter(|(f, _)| *f < 1.0) {
            n += frac;
            e = fe;
        } else if let Some((u, f, ue)) = p.unit(e + 1) {
            // "48-hour" written as number, hyphen, unit
            return duration_found(i, ue, Some(n * f), u);
        }
    }
    // "5 1/2 hours"
    if let Some((frac, fe)) = p
        .amount(e)
        .filter(|(f, _)| *f < 1.0 && p.kind(e) == Some(Kind::Num))
    {
        n += frac;
        e = fe;
    }
    let (u, f, ue) = p.unit(e)?;
    // "15h30" is a clock; "15 minutes past 3pm" counts from a clock.
    if p.kind(e) == Some(Kind::Punct) || (p.glued(e) && p.kind(e - 1) == Some(Kind::Num)) {
        return None;
    }
    if ["past", "after", "to", "till", "from", "before"].contains(&p.w(ue))
        && clock_core_hour(p, ue + 1).is_some()
    {
        return None;
    }
    duration_found(i, ue, Some(n * f), u)
}

/// Holidays with a fixed date: "Christmas", "New Year's Day".
fn holiday(p: &P, i: usize) -> Option<Found> {
    let (e, md) = p.phrase(i, crate::time_phrase_map!("holiday"))?;
    let (m, d) = md.split_once('-')?;
    let mut f = Found::new(
        i,
        e,
        Meaning::Date {
            year: None,
            month: m.parse().ok(),
            day: d.parse().ok(),
        },
        Grain::Day,
    );
    if let Some(y) = p.year(e) {
        f.meaning = Meaning::Date {
            year: Some(y),
            month: m.parse().ok(),
            day: d.parse().ok(),
        };
        f.end = e + 1;
    }
    Some(f)
}

/// Joins neighbouring pieces of one expression: a day and a clock time ("Friday at 5pm",
/// "at 9am on Saturday", "tomorrow afternoon at 5"), a weekday and a date ("Monday, Feb
/// 18"), a part of the day and a clock ("tonight at 11").
fn join(p: &P, founds: Vec<Found>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    for f in founds {
        if let Some(prev) = out.last_mut() {
            if connected(p, prev.end, f.start) {
                if let Some(joined) = merge(prev, &f) {
                    // A clock time and its day stay two expressions (as TimeML marks them)
                    // when other words stand between them; the clock takes the day.
                    let tight = prev.end == f.start || connected_tight(p, prev.end, f.start);
                    if tight {
                        *prev = joined;
                    } else if prev.clock_only {
                        *prev = Found {
                            start: prev.start,
                            end: prev.end,
                            ..joined
                        };
                        out.push(f);
                    } else if f.clock_only {
                        let day = prev.clone();
                        *prev = Found {
                            start: f.start,
                            end: f.end,
                            ..joined
                        };
                        let clock = std::mem::replace(prev, day);
                        out.push(clock);
                    } else {
                        *prev = joined;
                    }
                    continue;
                }
            }
        }
        out.push(f);
    }
    out
}

/// Only joiner words between tokens `a` and `b` ("Friday at 5pm", "4/25 at 4:00pm").
fn connected_tight(p: &P, a: usize, b: usize) -> bool {
    let mut k = a;
    while k < b {
        match p.phrase_in(k, crate::time_phrase_map!("joiner")) {
            Some(e) => k = e,
            None if p.is(k, ",") => k += 1,
            None => return false,
        }
    }
    true
}

/// Only joiner words and commas or brackets between tokens `a` and `b`.
fn connected(p: &P, a: usize, b: usize) -> bool {
    if b < a || b - a > 6 {
        return false;
    }
    let mut k = a;
    while k < b {
        if let Some(e) = p.phrase_in(k, crate::time_phrase_map!("joiner")) {
            k = e;
        } else if p.is(k, "(") {
            // a short aside: "(0735 GMT)"
            match (k + 1..(k + 5).min(p.toks.len())).find(|j| p.is(*j, ")")) {
                Some(close) => k = close + 1,
                None => return false,
            }
        } else if [",", ")", "-"].contains(&p.w(k)) {
            k += 1;
        } else {
            return false;
        }
    }
    true
}

fn merge(a: &Found, b: &Found) -> Option<Found> {
    let part = a.part.clone().or_else(|| b.part.clone());
    let zone = a.zone.or(b.zone);
    let span = |mut f: Found| {
        f.start = a.start;
        f.end = b.end;
        f.part = part.clone();
        f.zone = zone;
        f
    };
    let part_only = |f: &Found| {
        f.clock.is_none() && f.part.is_some() && matches!(f.meaning, Meaning::DayOffset(0))
    };
    match (a.clock.is_some(), b.clock.is_some()) {
        // a day (or a part of the day) and a clock
        (false, true) if b.clock_only && (a.day_like() || part_only(a)) => {
            let mut f = a.clone();
            f.clock = b.clock;
            f.clock_only = false;
            f.grain = Grain::Time;
            Some(span(f))
        }
        (true, false) if a.clock_only && (b.day_like() || part_only(b)) => {
            let mut f = b.clone();
            f.clock = a.clock;
            f.clock_only = false;
            f.grain = Grain::Time;
            Some(span(f))
        }
        (_, false) if !b.clock_only => {
            // "Monday, Feb 18", "Jul 18, Fri", "at 7:30 PM on Fri, Sep 20": a date on a weekday.
            on_weekday(a, b).or_else(|| on_weekday(b, a)).map(|mut f| {
                f.clock = a.clock.or(b.clock);
                if f.clock.is_some() {
                    f.grain = Grain::Time;
                }
                span(f)
            })
        }
        _ => None,
    }
}

/// A weekday piece `w` and a date piece `d` as one date on that weekday.
fn on_weekday(w: &Found, d: &Found) -> Option<Found> {
    let Meaning::Weekday {
        weekday,
        week: None,
        ..
    } = w.meaning
    else {
        return None;
    };
    let mut f = d.clone();
    f.undecided = false;
    f.meaning = match d.meaning {
        Meaning::Date {
            year: None,
            month,
            day: Some(day),
        } => Meaning::DateOnWeekday {
            month,
            day,
            weekday,
        },
        Meaning::Date { day: Some(_), .. } => d.meaning.clone(),
        _ => return None,
    };
    Some(f)
}

/// Bare weekdays point the way the tense around them does: the nearest tense cue in the
/// same clause; with no cue, back in a sentence (news reports the past) and forward when
/// the expression stands alone (a schedule, a query).
fn settle_weekdays(p: &P, founds: &mut [Found]) {
    let covered: usize = founds.iter().map(|f| f.end - f.start).sum();
    let words = p.toks.iter().filter(|t| t.kind != Kind::Punct).count();
    let alone = covered + 1 >= words;
    for f in founds.iter_mut().filter(|f| f.undecided) {
        let direction = tense_near(p, f.start, f.end).unwrap_or(if alone {
            Direction::Future
        } else {
            Direction::Past
        });
        if let Meaning::Weekday { direction: d, .. } = &mut f.meaning {
            *d = direction;
        }
    }
}

/// The nearest tense cue to tokens `start..end` inside their clause.
fn tense_near(p: &P, start: usize, end: usize) -> Option<Direction> {
    let class_of = |i: usize| -> Option<Direction> {
        let t = p.toks.get(i)?;
        if t.kind != Kind::Word {
            return None;
        }
        match p.lx.tense.get(t.text.as_ref()).map(String::as_str) {
            Some("future") => Some(Direction::Future),
            Some("past") => Some(Direction::Past),
            // "planned to leave on Thursday": the plan points forward to a time after it
            // ("the president Saturday vowed to ..." dates the vow).
            Some("intent") if i < start && p.toks.get(i + 1).is_some_and(|n| n.text == "to") => {
                Some(Direction::Future)
            }
            Some("intent") => Some(Direction::Past),
            _ if t.text.len() > 4 && t.text.ends_with("ed") => Some(Direction::Past),
            _ => None,
        }
    };
    let boundary = |i: usize| {
        p.toks
            .get(i)
            .is_some_and(|t| [",", ";", "(", ")"].contains(&t.text.as_ref()))
    };
    let mut back = None;
    for (dist, i) in (0..start).rev().take(12).enumerate() {
        if boundary(i) && dist > 0 {
            break;
        }
        if let Some(d) = class_of(i) {
            back = Some((dist, d));
            break;
        }
    }
    let mut forward = None;
    for (dist, i) in (end..p.toks.len().min(end + 10)).enumerate() {
        if boundary(i) {
            break;
        }
        if let Some(d) = class_of(i) {
            forward = Some((dist, d));
            break;
        }
    }
    match (back, forward) {
        (Some((db, b)), Some((df, f))) => Some(if df < db { f } else { b }),
        (Some((_, b)), None) => Some(b),
        (None, Some((_, f))) => Some(f),
        // No cue in the clause (an appositive: "is scheduled to spend five hours in Dar es
        // Salaam, her first stop Tuesday morning"): the nearest cue earlier in the sentence.
        (None, None) => (0..start).rev().take(SENTENCE_LOOKBACK).find_map(class_of),
    }
}

/// How many tokens back a weekday without a tense cue in its clause looks for one.
const SENTENCE_LOOKBACK: usize = 30;

#[cfg(test)]
mod prefilter_tests {
    use super::*;
    use crate::text::times::tokens::tokenize;

    fn same_with_and_without_prefilter(text: &str) {
        let toks = tokenize(text, 0..text.len());
        let fast = format!("{:?}", parse_with(text, &toks, true));
        let full = format!("{:?}", parse_with(text, &toks, false));
        assert_eq!(
            fast, full,
            "the prefilter changed what was found in {text:?}"
        );
        if !super::super::trigger::get().may_hold_time(text) {
            assert_eq!(full, "[]", "the sentence test skipped {text:?}");
        }
    }

    /// Skipping tokens no expression starts with must find exactly what the full grammar
    /// finds: on every fixture article, and on every word of the time lexicon in a sentence.
    #[test]
    fn prefilter_changes_nothing() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let mut seen = 0;
        for story in std::fs::read_dir(&root).unwrap() {
            for file in std::fs::read_dir(story.unwrap().path()).unwrap() {
                let path = file.unwrap().path();
                if path.extension().is_some_and(|e| e == "txt") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for para in text.split("\n\n") {
                        same_with_and_without_prefilter(para);
                    }
                    seen += 1;
                }
            }
        }
        assert!(seen > 10, "fixture articles read: {seen}");
        // Expressions that open with leading words, the time word far in.
        for text in [
            "They will decide within the next couple of weeks.",
            "It happened in the coming few days, at the moment, at present.",
            "During the past several months and for the last two and a half years",
            "a few minutes from now; the day before yesterday; at this time",
            "the first Monday of March, since early 2015, until late last year",
            "Marks: tonight @ 3:20, (at 5pm) - 'til 6; \"Friday\" / 10/12 ... 3' 15\" & 1990's.",
        ] {
            same_with_and_without_prefilter(text);
        }
        let lx = lexicon::get();
        for word in &lx.time_starts {
            for frame in [
                "They met {} 5 days ago.",
                "{} 3 weeks from now",
                "the talks {} March 3, 2014 at 3 pm",
                "within {} hours",
                // No digit: only the word itself can make the sentence worth parsing.
                "They met {} ago.",
                "{}",
                "the {}'s talks, last {}",
                "ON {} THEY MET",
            ] {
                same_with_and_without_prefilter(&frame.replace("{}", word));
                same_with_and_without_prefilter(&frame.replace("{}", &word.to_uppercase()));
            }
        }
        // A letter outside ASCII that lowercases into an anchor (the Kelvin sign).
        let kelvin = "They met last wee\u{212A}.";
        assert!(super::super::trigger::get().may_hold_time(kelvin));
        same_with_and_without_prefilter(kelvin);
        assert!(!super::super::trigger::get().may_hold_time("The talks went well, he said."));
    }
}

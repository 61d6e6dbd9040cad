//! Time expressions and their TimeML TIMEX3 values. Recognition walks the words once;
//! resolution reads relative expressions the way a news desk does: a bare weekday in
//! past-tense reporting is the last such day on or before the reference, in future
//! context the next one on or after it.

use super::words::{words, Word};
use crate::lexicon;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use std::ops::Range;

/// How fine a time expression is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grain {
    Time,
    Day,
    Week,
    Month,
    Year,
    Duration,
    Reference,
}

impl Grain {
    pub fn as_str(self) -> &'static str {
        match self {
            Grain::Time => "time",
            Grain::Day => "day",
            Grain::Week => "week",
            Grain::Month => "month",
            Grain::Year => "year",
            Grain::Duration => "duration",
            Grain::Reference => "reference",
        }
    }
}

/// Which way a relative expression points from the reference time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Past,
    Future,
}

/// What an expression means before it is resolved against a reference time.
#[derive(Debug, Clone, PartialEq)]
pub enum Meaning {
    /// A fully specified date (or month, or year): needs no reference.
    Date {
        year: i32,
        month: Option<u32>,
        day: Option<u32>,
    },
    /// A month and day without a year: the year comes from the reference.
    MonthDay {
        month: u32,
        day: u32,
    },
    /// A month without a year, pointing back or forward when the tense says so.
    Month {
        month: u32,
        direction: Option<Direction>,
    },
    /// A month of this, last or next year ("February this year").
    MonthOfYear {
        month: u32,
        years: i64,
    },
    /// A weekday, pointing back or forward.
    Weekday {
        weekday: u32,
        direction: Direction,
    },
    /// Days from the reference: 0 today, 1 tomorrow, -1 yesterday.
    DayOffset {
        days: i64,
    },
    /// This/last/next week (0, -1, 1), month or year.
    WeekOffset(i64),
    MonthOffset(i64),
    YearOffset(i64),
    /// A TIMEX3 value that needs no reference: `PRESENT_REF`, `P5Y6M`, `PXD`.
    Fixed(String),
    /// A recognized expression whose value cannot be given ("the Eid holiday").
    Unresolvable,
}

/// One time expression in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeExpr {
    pub span: Range<usize>,
    pub meaning: Meaning,
    pub grain: Grain,
    /// A part of the day ("MO", "AF", "EV", "NI") or a clock time ("14:30").
    pub time_of_day: Option<String>,
    /// The TIMEX3 value against the reference the expression was found with.
    pub value: Option<String>,
    /// The calendar day it names, when it names one.
    pub date: Option<NaiveDate>,
}

fn part_code(word: &str) -> Option<&'static str> {
    lexicon::get().time_value("part", word)
}

fn weekday_from(n: u32) -> Weekday {
    match n {
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        6 => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

fn add_months(d: NaiveDate, n: i64) -> NaiveDate {
    let total =
        (d.year() as i64 * 12 + d.month0() as i64).saturating_add(n.clamp(-1_000_000, 1_000_000));
    NaiveDate::from_ymd_opt(
        (total.div_euclid(12)) as i32,
        (total.rem_euclid(12)) as u32 + 1,
        1,
    )
    .unwrap_or(d)
}

/// The value and the day an expression names, against `reference` (if any).
pub fn resolve_against(
    meaning: &Meaning,
    time_of_day: Option<&str>,
    reference: Option<NaiveDate>,
) -> (Option<String>, Option<NaiveDate>) {
    let with_time = |d: NaiveDate| {
        let base = d.format("%Y-%m-%d").to_string();
        match time_of_day {
            Some(t) => format!("{base}T{t}"),
            None => base,
        }
    };
    match meaning {
        Meaning::Date {
            year,
            month: Some(m),
            day: Some(d),
        } => match NaiveDate::from_ymd_opt(*year, *m, *d) {
            Some(date) => (Some(with_time(date)), Some(date)),
            None => (None, None),
        },
        Meaning::Date {
            year,
            month: Some(m),
            day: None,
        } => (Some(format!("{year:04}-{m:02}")), None),
        Meaning::Date { year, .. } => (Some(format!("{year:04}")), None),
        Meaning::Fixed(v) => (Some(v.clone()), None),
        Meaning::Unresolvable => (None, None),
        _ => {
            let Some(r) = reference else {
                return (None, None);
            };
            match meaning {
                Meaning::MonthDay { month, day } => {
                    // The year that puts the date nearest the reference.
                    let candidates = [r.year() - 1, r.year(), r.year() + 1];
                    let best = candidates
                        .iter()
                        .filter_map(|y| NaiveDate::from_ymd_opt(*y, *month, *day))
                        .min_by_key(|d| (*d - r).num_days().abs());
                    match best {
                        Some(d) => (Some(with_time(d)), Some(d)),
                        None => (None, None),
                    }
                }
                Meaning::Month { month, direction } => {
                    let (m, now) = (*month as i64, r.month() as i64);
                    let year = match direction {
                        Some(Direction::Past) if m > now => r.year() - 1,
                        Some(Direction::Future) if m < now => r.year() + 1,
                        Some(_) => r.year(),
                        None if m - now > 6 => r.year() - 1,
                        None if now - m > 6 => r.year() + 1,
                        None => r.year(),
                    };
                    (Some(format!("{year:04}-{month:02}")), None)
                }
                Meaning::MonthOfYear { month, years } => (
                    Some(format!("{:04}-{month:02}", r.year() as i64 + years)),
                    None,
                ),
                Meaning::Weekday { weekday, direction } => {
                    let target = weekday_from(*weekday).num_days_from_monday() as i64;
                    let today = r.weekday().num_days_from_monday() as i64;
                    let delta = match direction {
                        Direction::Past => -((today - target).rem_euclid(7)),
                        Direction::Future => (target - today).rem_euclid(7),
                    };
                    match r.checked_add_signed(Duration::days(delta)) {
                        Some(d) => (Some(with_time(d)), Some(d)),
                        None => (None, None),
                    }
                }
                Meaning::DayOffset { days } => {
                    match Duration::try_days(*days).and_then(|x| r.checked_add_signed(x)) {
                        Some(d) => (Some(with_time(d)), Some(d)),
                        None => (None, None),
                    }
                }
                Meaning::WeekOffset(n) => {
                    match Duration::try_weeks(*n).and_then(|x| r.checked_add_signed(x)) {
                        Some(d) => {
                            let w = d.iso_week();
                            (Some(format!("{:04}-W{:02}", w.year(), w.week())), None)
                        }
                        None => (None, None),
                    }
                }
                Meaning::MonthOffset(n) => {
                    let d = add_months(r, *n);
                    (Some(format!("{:04}-{:02}", d.year(), d.month())), None)
                }
                Meaning::YearOffset(n) => (
                    Some(format!("{:04}", (r.year() as i64).saturating_add(*n))),
                    None,
                ),
                _ => (None, None),
            }
        }
    }
}

/// The tense around words `start..end` of a sentence: the nearest tense cue in the same
/// clause (commas and semicolons bound it), before or after; past when there is none.
fn direction_near(text: &str, ws: &[Word], start: usize, end: usize) -> Option<Direction> {
    let lx = lexicon::get();
    let class_of = |w: &Word| -> Option<Direction> {
        let lw = w.text(text).to_lowercase();
        match lx.tense.get(&lw).map(String::as_str) {
            Some("future") => Some(Direction::Future),
            Some("past") => Some(Direction::Past),
            _ if lw.len() > 4 && lw.ends_with("ed") => Some(Direction::Past),
            _ => None,
        }
    };
    let clause_break = |a: &Word, b: &Word| {
        text[a.span.end..b.span.start].contains([';', '(', ')'])
            || text[a.span.end..b.span.start].contains(", ")
    };
    let mut back = None;
    for k in (0..start).rev().take(10) {
        if clause_break(&ws[k], &ws[k + 1]) && start - k > 1 {
            break;
        }
        if let Some(d) = class_of(&ws[k]) {
            back = Some((start - k, d));
            break;
        }
    }
    let mut forward = None;
    for k in end..ws.len().min(end + 8) {
        if k > 0 && clause_break(&ws[k - 1], &ws[k]) {
            break;
        }
        if let Some(d) = class_of(&ws[k]) {
            forward = Some((k + 1 - end, d));
            break;
        }
    }
    match (back, forward) {
        (Some((db, b)), Some((df, f))) => Some(if df < db { f } else { b }),
        (Some((_, b)), None) => Some(b),
        (None, Some((_, f))) => Some(f),
        (None, None) => None,
    }
}

/// A unit's TIMEX3 letter, and whether it is a unit of the clock (after "T").
fn unit_code(unit: &str) -> Option<(&'static str, bool)> {
    let code = lexicon::get().time_value("unit_code", unit.trim_end_matches('s'))?;
    Some(match code.strip_prefix('T') {
        Some(c) => (c, true),
        None => (code, false),
    })
}

/// A TIMEX3 duration: `P5Y6M`, `PT48H`, `PXD`.
fn duration_value(n: Option<f64>, unit: &str) -> Option<String> {
    let (code, is_time) = unit_code(unit)?;
    let t = if is_time { "T" } else { "" };
    let Some(n) = n else {
        return Some(format!("P{t}X{code}"));
    };
    if n.fract() == 0.0 {
        return Some(format!("P{t}{}{code}", n as i64));
    }
    // Fractions into the next smaller unit: 5-1/2 years is P5Y6M.
    let whole = n.trunc() as i64;
    let rest = n.fract();
    let smaller = match code {
        "Y" => Some(12.0),
        "D" => Some(24.0),
        "H" => Some(60.0),
        _ => None,
    };
    match smaller {
        Some(k) if (rest * k).fract().abs() < 1e-9 => {
            let small = (rest * k) as i64;
            if code == "Y" {
                Some(format!("P{whole}Y{small}M"))
            } else if code == "D" {
                Some(format!("P{whole}DT{small}H"))
            } else {
                Some(format!("PT{whole}H{small}M"))
            }
        }
        _ => Some(format!("P{t}{n}{code}")),
    }
}

/// Finds the time expressions in `text[range]` and resolves them against `reference`.
pub fn find_times(text: &str, range: Range<usize>, reference: Option<NaiveDate>) -> Vec<TimeExpr> {
    let lx = lexicon::get();
    let ws = words(text, range);
    // Lowercase, without a possessive ("Friday's", "last year's").
    let lower: Vec<String> = ws
        .iter()
        .map(|w| {
            let l = w.text(text).to_lowercase();
            l.strip_suffix("'s")
                .or_else(|| l.strip_suffix("\u{2019}s"))
                .map(str::to_string)
                .unwrap_or(l)
        })
        .collect();
    let lw = |i: usize| lower.get(i).map(String::as_str).unwrap_or("");
    let gap = |i: usize| -> &str {
        // The characters between word i and word i+1.
        match (ws.get(i), ws.get(i + 1)) {
            (Some(a), Some(b)) => &text[a.span.end..b.span.start],
            _ => "",
        }
    };
    let adjacent = |i: usize| {
        gap(i)
            .trim_matches(|c: char| c == '.' || c == ',')
            .trim()
            .is_empty()
            && gap(i).len() <= 3
    };
    let month_of = |w: &str| lx.months.get(w.trim_end_matches('.')).copied();
    let day_of = |w: &str| -> Option<u32> {
        let d = w.trim_end_matches(|c: char| c.is_alphabetic());
        let suffix = &w[d.len()..];
        if !["", "st", "nd", "rd", "th"].contains(&suffix) || d.is_empty() || d.len() > 2 {
            return None;
        }
        d.parse().ok().filter(|n| (1..=31).contains(n))
    };
    let year_of = |w: &str| -> Option<i32> {
        (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
            .then(|| w.parse().ok())
            .flatten()
            .filter(|y| (1800..=2199).contains(y))
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let w = lw(i);
        let mut found: Option<(usize, Meaning, Grain, Option<String>)> = None;
        let cap = ws[i].text(text).starts_with(char::is_uppercase);
        if let Some(wd) = lx.weekdays.get(w).filter(|_| cap && w.len() > 3) {
            // A weekday, maybe with a part of the day ("Friday morning").
            let mut end = i;
            let mut part = None;
            if adjacent(i) {
                if let Some(p) = part_code(lw(i + 1)) {
                    part = Some(p.to_string());
                    end = i + 1;
                }
            }
            let shift = if i > 0 { lw(i - 1) } else { "" };
            let (start, direction) = match shift {
                _ if lx.time_word("shift_back", shift) => (i - 1, Direction::Past),
                _ if lx.time_word("shift_forward", shift) => (i - 1, Direction::Future),
                _ => (
                    i,
                    direction_near(text, &ws, i, end + 1).unwrap_or(Direction::Past),
                ),
            };
            i = start;
            found = Some((
                end,
                Meaning::Weekday {
                    weekday: *wd,
                    direction,
                },
                Grain::Day,
                part,
            ));
        } else if let Some(m) = month_of(w).filter(|_| {
            cap && (w != "may" || lw(i + 1).chars().next().is_some_and(|c| c.is_ascii_digit()))
        }) {
            if let Some(d) =
                day_of(lw(i + 1)).or_else(|| lw(i + 1).split_once('-').and_then(|(a, _)| day_of(a)))
            {
                // "Sept. 2", "Sept. 2, 2016", "Sept. 8-9"
                if let Some(y) = year_of(lw(i + 2))
                    .filter(|_| gap(i + 1).trim() == "," || gap(i + 1).trim().is_empty())
                {
                    found = Some((
                        i + 2,
                        Meaning::Date {
                            year: y,
                            month: Some(m),
                            day: Some(d),
                        },
                        Grain::Day,
                        None,
                    ));
                } else {
                    found = Some((
                        i + 1,
                        Meaning::MonthDay { month: m, day: d },
                        Grain::Day,
                        None,
                    ));
                }
            } else if let Some(y) = year_of(lw(i + 1))
                .or_else(|| (lw(i + 1) == "of").then(|| year_of(lw(i + 2))).flatten())
            {
                let end = if lw(i + 1) == "of" { i + 2 } else { i + 1 };
                found = Some((
                    end,
                    Meaning::Date {
                        year: y,
                        month: Some(m),
                        day: None,
                    },
                    Grain::Month,
                    None,
                ));
            } else if lw(i + 2) == "year" && ["this", "last", "next"].contains(&lw(i + 1)) {
                // "February this year"
                let years = match lw(i + 1) {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                };
                found = Some((
                    i + 2,
                    Meaning::MonthOfYear { month: m, years },
                    Grain::Month,
                    None,
                ));
            } else {
                // A full month name is a month; short or ambiguous names ("May", "March",
                // "Jan") only after a word that introduces a time ("in March", "the May vote").
                let prev = if i > 0 { lw(i - 1) } else { "" };
                let ambiguous =
                    w == "may" || w == "march" || (w.len() <= 4 && w != "june" && w != "july");
                if !ambiguous || lx.time_word("month_intro", prev) {
                    // Tense misleads for months ("decided to admit them in March"):
                    // the nearest such month, unless "last" or "next" says otherwise.
                    let direction = match prev {
                        "last" => Some(Direction::Past),
                        "next" => Some(Direction::Future),
                        _ => None,
                    };
                    found = Some((
                        i,
                        Meaning::Month {
                            month: m,
                            direction,
                        },
                        Grain::Month,
                        None,
                    ));
                }
            }
        } else if let Some(d) = day_of(w).filter(|_| {
            month_of(lw(i + 1)).is_some() && ws[i + 1].text(text).starts_with(char::is_uppercase)
        }) {
            // "8 September 2016", "14 July"
            let m = month_of(lw(i + 1)).unwrap_or(1);
            if let Some(y) = year_of(lw(i + 2)) {
                found = Some((
                    i + 2,
                    Meaning::Date {
                        year: y,
                        month: Some(m),
                        day: Some(d),
                    },
                    Grain::Day,
                    None,
                ));
            } else {
                found = Some((
                    i + 1,
                    Meaning::MonthDay { month: m, day: d },
                    Grain::Day,
                    None,
                ));
            }
        } else if w.len() == 10 && w.as_bytes()[4] == b'-' && w.as_bytes()[7] == b'-' {
            if let (Ok(y), Ok(m), Ok(d)) = (w[..4].parse(), w[5..7].parse(), w[8..].parse()) {
                found = Some((
                    i,
                    Meaning::Date {
                        year: y,
                        month: Some(m),
                        day: Some(d),
                    },
                    Grain::Day,
                    None,
                ));
            }
        } else if let Some(y) = year_of(w).filter(|_| i > 0 && lx.time_word("year_prep", lw(i - 1)))
        {
            found = Some((
                i,
                Meaning::Date {
                    year: y,
                    month: None,
                    day: None,
                },
                Grain::Year,
                None,
            ));
        } else if lx.time_word("relative_day", w) {
            let days = match w {
                "tomorrow" => 1,
                "yesterday" => -1,
                _ => 0,
            };
            let mut part = part_code(w).map(str::to_string);
            let mut end = i;
            if part.is_none() && adjacent(i) {
                if let Some(p) = part_code(lw(i + 1)) {
                    part = Some(p.to_string());
                    end = i + 1;
                }
            }
            found = Some((end, Meaning::DayOffset { days }, Grain::Day, part));
        } else if w == "this" && part_code(lw(i + 1)).is_some() {
            found = Some((
                i + 1,
                Meaning::DayOffset { days: 0 },
                Grain::Day,
                part_code(lw(i + 1)).map(str::to_string),
            ));
        } else if lx.time_word("shift", w)
            || lx.time_word("vague_span", w)
            || ((w == "earlier" || w == "later") && lw(i + 1) == "this")
        {
            let (k, n) = if w == "earlier" || w == "later" {
                (i + 1, 0)
            } else {
                (
                    i,
                    match w {
                        _ if lx.time_word("shift_back", w) => -1,
                        _ if lx.time_word("shift_forward", w) => 1,
                        _ => 0,
                    },
                )
            };
            let unit = lw(k + 1);
            let mut grain_meaning = match unit {
                "week" => Some((Meaning::WeekOffset(n), Grain::Week)),
                "month" => Some((Meaning::MonthOffset(n), Grain::Month)),
                "year" => Some((Meaning::YearOffset(n), Grain::Year)),
                _ => None,
            };
            let mut end = k + 1;
            // "recent days", "the coming years": a vague stretch.
            if grain_meaning.is_none() && lx.time_word("vague_span", w) {
                if let Some(u) = unit.strip_suffix('s').filter(|u| unit_code(u).is_some()) {
                    grain_meaning =
                        duration_value(None, u).map(|v| (Meaning::Fixed(v), Grain::Duration));
                }
            }
            if grain_meaning.is_none() && n != 0 {
                // "the next few days", "the past two weeks"
                let count = lw(k + 1);
                let vague = lx.time_word("vague", count);
                if let Some(u) = lw(k + 2)
                    .strip_suffix('s')
                    .filter(|u| unit_code(u).is_some())
                {
                    let value = if vague {
                        duration_value(None, u)
                    } else {
                        super::quantities::number_word(count)
                            .and_then(|c| duration_value(Some(c), u))
                    };
                    if let Some(v) = value {
                        grain_meaning = Some((Meaning::Fixed(v), Grain::Duration));
                        end = k + 2;
                        if i > 0 && lw(i - 1) == "the" {
                            i -= 1;
                        }
                    }
                }
            }
            if let Some((m, g)) = grain_meaning {
                found = Some((end, m, g, None));
            }
        } else if let Some(set) = lx.time_value("set", w) {
            found = Some((i, Meaning::Fixed(set.to_string()), Grain::Duration, None));
        } else if let Some(clock) = lx
            .time_value("clock", w)
            .filter(|_| i > 0 && lx.time_word("clock_prep", lw(i - 1)))
        {
            found = Some((
                i,
                Meaning::DayOffset { days: 0 },
                Grain::Time,
                Some(clock.to_string()),
            ));
        } else if lx.time_word("present", w) {
            found = Some((
                i,
                Meaning::Fixed("PRESENT_REF".into()),
                Grain::Reference,
                None,
            ));
        } else if lx.time_word("past", w) {
            found = Some((i, Meaning::Fixed("PAST_REF".into()), Grain::Reference, None));
        } else if lx.time_word("future", w) {
            found = Some((
                i,
                Meaning::Fixed("FUTURE_REF".into()),
                Grain::Reference,
                None,
            ));
        } else if let Some((num, unit)) = w
            .split_once('-')
            .filter(|(n, u)| unit_code(u).is_some() && super::quantities::number_word(n).is_some())
        {
            // "48-hour", "two-week"
            if let Some(v) = duration_value(super::quantities::number_word(num), unit) {
                found = Some((i, Meaning::Fixed(v), Grain::Duration, None));
            }
        } else if let Some(n) = super::quantities::number_word(w).filter(|_| {
            !w.is_empty() && !["a", "an"].contains(&w)
                || lx.time_word("unit", lw(i + 1)) && ["a", "an"].contains(&w)
        }) {
            // "5 1/2 hours"
            let (n, i_unit) = match super::quantities::number_word(lw(i + 1))
                .filter(|f| *f < 1.0 && lw(i + 1).contains('/'))
            {
                Some(f) => (n + f, i + 2),
                None => (n, i + 1),
            };
            let unit = lw(i_unit);
            if lx.time_word("unit", unit) {
                if lw(i_unit + 1) == "ago" {
                    let back = -(n as i64).clamp(0, 1_000_000);
                    let meaning = match unit.trim_end_matches('s') {
                        "day" => Some(Meaning::DayOffset { days: back }),
                        "week" => Some(Meaning::WeekOffset(back)),
                        "month" => Some(Meaning::MonthOffset(back)),
                        "year" => Some(Meaning::YearOffset(back)),
                        _ => None,
                    };
                    if let Some(m) = meaning {
                        let g = match m {
                            Meaning::DayOffset { .. } => Grain::Day,
                            Meaning::WeekOffset(_) => Grain::Week,
                            Meaning::MonthOffset(_) => Grain::Month,
                            _ => Grain::Year,
                        };
                        found = Some((i_unit + 1, m, g, None));
                    }
                } else if let Some(v) = duration_value(Some(n), unit) {
                    found = Some((i_unit, Meaning::Fixed(v), Grain::Duration, None));
                }
            } else if let Some(clock) = clock_time(text, &ws, &lower, i) {
                found = Some(clock);
            }
        }
        match found {
            Some((end, meaning, grain, tod)) => {
                let span = ws[i].span.start..ws[end].span.end;
                let span = extend_abbreviation(text, span);
                let (value, date) = resolve_against(&meaning, tod.as_deref(), reference);
                // "April 24 and 25": the second day is a date of the same month.
                let second = match (&meaning, day_of(lw(end + 2))) {
                    (Meaning::MonthDay { month, .. }, Some(d))
                        if ["and", "or", "to"].contains(&lw(end + 1)) =>
                    {
                        Some(Meaning::MonthDay {
                            month: *month,
                            day: d,
                        })
                    }
                    _ => None,
                };
                out.push(TimeExpr {
                    span,
                    meaning,
                    grain,
                    time_of_day: tod,
                    value,
                    date,
                });
                i = end + 1;
                if let Some(m) = second {
                    let (value, date) = resolve_against(&m, None, reference);
                    out.push(TimeExpr {
                        span: ws[end + 2].span.clone(),
                        meaning: m,
                        grain: Grain::Day,
                        time_of_day: None,
                        value,
                        date,
                    });
                    i = end + 3;
                }
            }
            None => i += 1,
        }
    }
    anchor_clock_times(text, &mut out, reference);
    out
}

/// A clock time ("10:35 a.m.") belongs to the day named right next to it in the
/// sentence ("at 10:35 a.m. (0735 GMT) Friday", "Friday at noon"), else to the reference day.
fn anchor_clock_times(text: &str, out: &mut [TimeExpr], reference: Option<NaiveDate>) {
    const NEAR: usize = 24;
    for k in 0..out.len() {
        if out[k].grain != Grain::Time {
            continue;
        }
        let day = (0..out.len())
            .filter(|j| *j != k && out[*j].grain == Grain::Day)
            .filter(|j| {
                let (a, b) = (&out[k].span, &out[*j].span);
                let gap = if a.end <= b.start {
                    a.end..b.start
                } else {
                    b.end..a.start
                };
                gap.len() <= NEAR && !text[gap].contains(['.', ';'])
            })
            .min_by_key(|j| out[*j].span.start.abs_diff(out[k].span.start));
        if let Some(j) = day {
            let meaning = out[j].meaning.clone();
            let (value, date) = resolve_against(&meaning, out[k].time_of_day.as_deref(), reference);
            out[k].meaning = meaning;
            out[k].value = value;
            out[k].date = date;
        }
    }
}

/// A clock time starting at word `i`: "5 p.m.", "10:30 am", "14:30".
fn clock_time(
    text: &str,
    ws: &[Word],
    lower: &[String],
    i: usize,
) -> Option<(usize, Meaning, Grain, Option<String>)> {
    let h: u32 = lower[i].parse().ok().filter(|h| *h <= 24)?;
    let mut k = i;
    let mut m = 0;
    if let Some(next) = ws.get(i + 1) {
        if &text[ws[i].span.end..next.span.start] == ":" {
            m = lower[i + 1].parse().ok().filter(|m| *m < 60)?;
            k = i + 1;
        }
    }
    let meridiem = lower.get(k + 1).map(String::as_str).unwrap_or("");
    let h = match meridiem {
        "pm" | "p.m" if h < 12 => h + 12,
        "am" | "a.m" if h == 12 => 0,
        "am" | "a.m" | "pm" | "p.m" => h,
        _ if k > i => h,
        _ => return None,
    };
    let end = if ["am", "a.m", "pm", "p.m"].contains(&meridiem) {
        k + 1
    } else {
        k
    };
    Some((
        end,
        Meaning::DayOffset { days: 0 },
        Grain::Time,
        Some(format!("{h:02}:{m:02}")),
    ))
}

/// Keeps the period of an abbreviation that ends an expression ("5 p.m.").
fn extend_abbreviation(text: &str, span: Range<usize>) -> Range<usize> {
    let w = &text[span.clone()];
    if w.contains('.') && text[span.end..].starts_with('.') {
        span.start..span.end + 1
    } else {
        span
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(t: &str, reference: &str) -> Vec<(String, Option<String>)> {
        let r = NaiveDate::parse_from_str(reference, "%Y-%m-%d").ok();
        find_times(t, 0..t.len(), r)
            .into_iter()
            .map(|e| (t[e.span].to_string(), e.value))
            .collect()
    }

    fn v(t: &str) -> Vec<Option<String>> {
        values(t, "2016-09-08")
            .into_iter()
            .map(|(_, v)| v)
            .collect()
    }

    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn weekday_direction_follows_tense() {
        assert_eq!(v("the ministry said on Thursday"), [s("2016-09-08")]);
        assert_eq!(v("The envoy will visit Oslo on Friday"), [s("2016-09-09")]);
        assert_eq!(v("officials said on Friday"), [s("2016-09-02")]);
        assert_eq!(
            v("The envoy will land on Friday morning"),
            [s("2016-09-09TMO")]
        );
        assert_eq!(v("On Monday, the talks resumed"), [s("2016-09-05")]);
    }

    #[test]
    fn relative_days_and_weeks() {
        assert_eq!(
            v("The vote will be tomorrow morning."),
            [s("2016-09-09TMO")]
        );
        assert_eq!(v("yesterday"), [s("2016-09-07")]);
        assert_eq!(v("talks earlier this week"), [s("2016-W36")]);
        assert_eq!(v("last month"), [s("2016-08")]);
        assert_eq!(v("next year"), [s("2017")]);
        assert_eq!(v("three days ago"), [s("2016-09-05")]);
    }

    #[test]
    fn calendar_dates() {
        assert_eq!(v("On Sept. 2, sources said"), [s("2016-09-02")]);
        assert_eq!(v("on September 2, 2015"), [s("2015-09-02")]);
        assert_eq!(v("on 14 July 2019"), [s("2019-07-14")]);
        assert_eq!(v("in March 2014"), [s("2014-03")]);
        assert_eq!(v("since 2011"), [s("2011")]);
        assert_eq!(v("2016-09-01"), [s("2016-09-01")]);
    }

    #[test]
    fn durations_and_references() {
        assert_eq!(v("after 5-1/2 years of violence"), [s("P5Y6M")]);
        assert_eq!(v("a 48-hour ceasefire"), [s("PT48H")]);
        assert_eq!(v("over the next few days"), [s("PXD")]);
        assert_eq!(v("two weeks"), [s("P2W")]);
        assert_eq!(v("is now"), [s("PRESENT_REF")]);
        assert_eq!(v("the group formerly known"), [s("PAST_REF")]);
    }

    #[test]
    fn clock_times() {
        assert_eq!(v("at 5 p.m. on the day"), [s("2016-09-08T17:00")]);
        assert_eq!(values("at 10:30 am", "2016-09-08")[0].0, "10:30 am");
    }

    #[test]
    fn no_reference_leaves_relative_values_empty() {
        let t = "said on Thursday, on Sept. 2, 2016";
        let got = find_times(t, 0..t.len(), None);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].value, None);
        assert_eq!(got[1].value.as_deref(), Some("2016-09-02"));
    }

    #[test]
    fn non_times_are_not_found() {
        assert!(v("May I ask? The may-pole. He has 400 people.").is_empty());
    }
}

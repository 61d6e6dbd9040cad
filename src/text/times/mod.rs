//! Time expressions and their TimeML TIMEX3 values. `tokens` splits the text, `grammar`
//! finds the expressions (dates, weekdays, clock times, relative amounts, weeks, months,
//! quarters, durations) and joins the parts of one expression ("Friday at 5pm"), and
//! `resolve` gives each its value against the reference time, reading relative
//! expressions the way a news desk does: a bare weekday in past-tense reporting is the last
//! such day on or before the reference, in future context the next one on or after it.

mod grammar;
mod resolve;
mod tokens;
mod trigger;

pub use resolve::resolve;

use crate::article::RefTime;
use chrono::NaiveDate;
use std::ops::Range;

/// How fine a time expression is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grain {
    Time,
    Day,
    Week,
    Month,
    Quarter,
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
            Grain::Quarter => "quarter",
            Grain::Year => "year",
            Grain::Duration => "duration",
            Grain::Reference => "reference",
        }
    }
}

/// Which way a relative expression points from the reference time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// On or before the reference ("said on Thursday").
    Past,
    /// Strictly before ("last Thursday").
    Before,
    /// Strictly after ("will meet on Friday", "monday").
    Future,
    /// The nearest one either way.
    Nearest,
}

/// Units of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

/// Where an "nth ... of" expression counts ("the first Monday of March 2014", "of last month").
#[derive(Debug, Clone, PartialEq)]
pub enum Scope {
    Month { year: Option<i32>, month: u32 },
    MonthOffset(i64),
    Year(i32),
}

/// What an expression says before it is resolved against a reference time.
#[derive(Debug, Clone, PartialEq)]
pub enum Meaning {
    /// A calendar date, as much of it as the words give; a missing year or month comes
    /// from the reference.
    Date {
        year: Option<i32>,
        month: Option<u32>,
        day: Option<u32>,
    },
    /// A month without a year: `years` moves it ("next March" 1), else `direction` picks.
    Month {
        month: u32,
        direction: Direction,
        years: Option<i64>,
    },
    /// A month of this, last or next year ("February this year").
    MonthOfYear { month: u32, years: i64 },
    /// A day of a month that falls on a weekday ("Fri, Sep 20", "Tuesday the 19th"): the
    /// year (and month, when not given) where it does.
    DateOnWeekday {
        month: Option<u32>,
        day: u32,
        weekday: u32,
    },
    /// A weekday: of a given week (0 this, 1 next, -1 last) or pointing back or forward.
    Weekday {
        weekday: u32,
        direction: Direction,
        week: Option<i64>,
    },
    /// Days from the reference: 0 today, 1 tomorrow, -1 yesterday.
    DayOffset(i64),
    /// This/last/next week, month, quarter or year.
    Offset { n: i64, unit: Unit },
    /// A day of a month counted from the reference's ("20 of next month").
    DayOfMonthOffset { day: u32, months: i64 },
    /// An exact stretch from the reference ("in 2 minutes", "3 days ago").
    Shift { amount: f64, unit: Unit },
    /// The nth such weekday from the reference ("3 fridays from now", "2 thursdays ago").
    WeekdayCount { weekday: u32, n: i64 },
    /// A quarter, of a year or of the reference's.
    Quarter { quarter: u32, year: Option<i32> },
    /// The nth weekday of a month (negative n counts from the end: -1 is the last).
    NthWeekday { n: i32, weekday: u32, scope: Scope },
    /// The nth day of a month.
    NthDay { n: i32, scope: Scope },
    /// The nth week of a month or year.
    NthWeek { n: i32, scope: Scope },
    /// The week holding a date.
    WeekOf(Box<Meaning>),
    /// A value that needs no reference: `PRESENT_REF`, `P5Y6M`, `PXD`, `P1W`.
    Fixed(String),
}

/// A clock time as the words give it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Clock {
    pub hour: u32,
    pub minute: u32,
    pub second: Option<u32>,
    /// Some(true) for pm, Some(false) for am, None when the words do not say.
    pub pm: Option<bool>,
}

/// One time expression in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeExpr {
    pub span: Range<usize>,
    pub meaning: Meaning,
    pub grain: Grain,
    pub clock: Option<Clock>,
    /// A part of the day: "MO", "AF", "EV", "NI".
    pub part: Option<String>,
    /// The time zone the words name, in hours from UTC.
    pub zone: Option<f64>,
    /// The words name the day (a clock time alone takes the next such time).
    pub day_given: bool,
    /// The TIMEX3 value against the reference the expression was found with.
    pub value: Option<String>,
    /// The calendar day it names, when it names one.
    pub date: Option<NaiveDate>,
}

impl TimeExpr {
    /// The value and day against another reference (a claim's statement time).
    pub fn resolve_against(
        &self,
        reference: Option<RefTime>,
    ) -> (Option<String>, Option<NaiveDate>) {
        resolve(self, reference)
    }
}

/// `day` as `YYYY-MM-DD`, as chrono's `%Y-%m-%d` writes it (written directly for the
/// years of four digits, the ones news gives: the formatter costs more than the rest of a
/// claim's statement time).
pub fn iso_day(day: NaiveDate) -> String {
    use chrono::Datelike;
    let y = day.year();
    if (0..=9999).contains(&y) {
        // (Digits pushed one by one: `format!` costs more than the rest of the day.)
        let mut s = String::with_capacity(10);
        push_digits(&mut s, y as u32, 4);
        s.push('-');
        push_digits(&mut s, day.month(), 2);
        s.push('-');
        push_digits(&mut s, day.day(), 2);
        s
    } else {
        day.format("%Y-%m-%d").to_string()
    }
}

/// The last `width` decimal digits of `n`, zeros in front.
fn push_digits(s: &mut String, n: u32, width: u32) {
    for k in (0..width).rev() {
        s.push(char::from(b'0' + (n / 10u32.pow(k) % 10) as u8));
    }
}

/// Finds the time expressions in `text[range]` (one sentence) and resolves them against
/// `reference`.
pub fn find_times(text: &str, range: Range<usize>, reference: Option<RefTime>) -> Vec<TimeExpr> {
    find_times_with(text, None, range, reference)
}

/// `find_times`, with `text` in ASCII lowercase (`str::to_ascii_lowercase`) if the caller
/// has it, for an article's sentences one after another.
pub fn find_times_with(
    text: &str,
    ascii_lower: Option<&str>,
    range: Range<usize>,
    reference: Option<RefTime>,
) -> Vec<TimeExpr> {
    if !trigger::get().may_hold_time(&text[range.clone()]) {
        return Vec::new();
    }
    let toks = tokens::tokenize_with(text, ascii_lower, range);
    let mut out = grammar::parse(text, &toks);
    for t in &mut out {
        let (value, date) = resolve(t, reference);
        t.value = value;
        t.date = date;
    }
    out
}

#[cfg(test)]
mod tests;

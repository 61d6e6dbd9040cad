//! Values: what an expression names against a reference time, as a TIMEX3 value
//! (`2016-09-09`, `2016-09-09TMO`, `2016-09-09T17:00`, `2016-W36`, `2016-09`, `2016-Q3`,
//! `2016`) and the calendar day when it names one.

use super::{Clock, Direction, Grain, Meaning, Scope, TimeExpr, Unit};
use crate::article::RefTime;
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};

/// A TIMEX3 duration: `P5Y6M`, `PT48H`, `PXD` (no count), `P2W`.
pub fn duration_value(count: Option<f64>, unit: Unit) -> String {
    let (code, clock) = match unit {
        Unit::Second => ("S", true),
        Unit::Minute => ("M", true),
        Unit::Hour => ("H", true),
        Unit::Day => ("D", false),
        Unit::Week => ("W", false),
        Unit::Month => ("M", false),
        Unit::Quarter => ("Q", false),
        Unit::Year => ("Y", false),
    };
    let t = if clock { "T" } else { "" };
    let Some(n) = count else {
        return format!("P{t}X{code}");
    };
    if n.fract() == 0.0 {
        return format!("P{t}{}{code}", n as i64);
    }
    // A fraction goes into the next smaller unit: 5-1/2 years is P5Y6M.
    let whole = n.trunc() as i64;
    let smaller = match unit {
        Unit::Year => Some((12.0, "M", false)),
        Unit::Day => Some((24.0, "H", true)),
        Unit::Hour => Some((60.0, "M", true)),
        _ => None,
    };
    match smaller {
        Some((k, c, small_is_clock)) if (n.fract() * k).fract().abs() < 1e-9 => {
            let small = (n.fract() * k) as i64;
            let whole_part = if whole > 0 {
                format!("{whole}{code}")
            } else {
                String::new()
            };
            match (clock, small_is_clock) {
                (false, false) => format!("P{whole_part}{small}{c}"),
                (false, true) => format!("P{whole_part}T{small}{c}"),
                _ => format!("PT{whole_part}{small}{c}"),
            }
        }
        _ => format!("P{t}{n}{code}"),
    }
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

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_add_signed(Duration::try_days(n)?)
}

fn add_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let total = (d.year() as i64 * 12 + d.month0() as i64).checked_add(n)?;
    let (y, m) = (
        i32::try_from(total.div_euclid(12)).ok()?,
        total.rem_euclid(12) as u32 + 1,
    );
    (1..=31)
        .rev()
        .find_map(|day| NaiveDate::from_ymd_opt(y, m, d.day().min(day)))
}

fn month_start(y: i32, m: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, 1)
}

fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    let next = if m == 12 {
        NaiveDate::from_ymd_opt(y + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)
    };
    next.and_then(|n| n.pred_opt())
}

/// The year that puts month `m` where `direction` says, seen from `r`.
fn year_for_month(r: NaiveDate, m: u32, direction: Direction) -> i32 {
    let (m, now) = (m as i64, r.month() as i64);
    match direction {
        Direction::Past | Direction::Before if m > now => r.year() - 1,
        Direction::Future if m < now => r.year() + 1,
        Direction::Nearest if m - now > 6 => r.year() - 1,
        Direction::Nearest if now - m > 6 => r.year() + 1,
        _ => r.year(),
    }
}

fn week_value(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{:04}-W{:02}", w.year(), w.week())
}

fn scope_range(r: NaiveDate, scope: &Scope) -> Option<(NaiveDate, NaiveDate)> {
    match scope {
        Scope::Month { year, month } => {
            let y = year.unwrap_or_else(|| year_for_month(r, *month, Direction::Future));
            Some((month_start(y, *month)?, month_end(y, *month)?))
        }
        Scope::MonthOffset(n) => {
            let d = add_months(month_start(r.year(), r.month())?, *n)?;
            Some((d, month_end(d.year(), d.month())?))
        }
        Scope::Year(y) => Some((
            NaiveDate::from_ymd_opt(*y, 1, 1)?,
            NaiveDate::from_ymd_opt(*y, 12, 31)?,
        )),
    }
}

/// Picks the nth (from the end when negative) of `items`.
fn nth<T: Copy>(items: &[T], n: i32) -> Option<T> {
    if n > 0 {
        items.get(n as usize - 1).copied()
    } else if n < 0 {
        items
            .len()
            .checked_sub(n.unsigned_abs() as usize)
            .and_then(|i| items.get(i).copied())
    } else {
        None
    }
}

enum Named {
    Day(NaiveDate),
    Other(String),
    /// A moment from the reference's clock ("in 2 minutes").
    Moment(NaiveDateTime),
}

fn name(meaning: &Meaning, r: NaiveDate, clock: Option<NaiveTime>) -> Option<Named> {
    use Named::*;
    Some(match meaning {
        Meaning::Fixed(v) => Other(v.clone()),
        Meaning::Date {
            year: Some(y),
            month: Some(m),
            day: Some(d),
        } => Day(NaiveDate::from_ymd_opt(*y, *m, *d)?),
        Meaning::Date {
            year: Some(y),
            month: Some(m),
            day: None,
        } => Other(format!("{y:04}-{m:02}")),
        Meaning::Date {
            year: Some(y),
            month: None,
            ..
        } => Other(format!("{y:04}")),
        Meaning::Date {
            year: None,
            month: Some(m),
            day: Some(d),
        } => {
            let best = [r.year() - 1, r.year(), r.year() + 1]
                .iter()
                .filter_map(|y| NaiveDate::from_ymd_opt(*y, *m, *d))
                .min_by_key(|d| (*d - r).num_days().abs())?;
            Day(best)
        }
        Meaning::Date {
            year: None,
            month: None,
            day: Some(d),
        } => {
            // The next such day of a month, this one or a later one.
            let this = NaiveDate::from_ymd_opt(r.year(), r.month(), *d);
            match this.filter(|x| *x >= r) {
                Some(x) => Day(x),
                None => Day((1..=12).find_map(|k| {
                    add_months(month_start(r.year(), r.month())?, k)
                        .and_then(|m| NaiveDate::from_ymd_opt(m.year(), m.month(), *d))
                })?),
            }
        }
        Meaning::Date {
            year: None,
            month: Some(m),
            day: None,
        } => Other(format!(
            "{:04}-{m:02}",
            year_for_month(r, *m, Direction::Nearest)
        )),
        Meaning::Date { .. } => return None,
        Meaning::DateOnWeekday {
            month,
            day,
            weekday,
        } => {
            let wd = weekday_from(*weekday);
            let found = match month {
                // The nearest year where that date falls on that weekday.
                Some(m) => (-3..=10)
                    .filter_map(|k| NaiveDate::from_ymd_opt(r.year() + k, *m, *day))
                    .filter(|d| d.weekday() == wd)
                    .min_by_key(|d| (*d - r).num_days().abs()),
                // The next month where it does.
                None => (0..48)
                    .filter_map(|k| {
                        add_months(month_start(r.year(), r.month())?, k)
                            .and_then(|m| NaiveDate::from_ymd_opt(m.year(), m.month(), *day))
                    })
                    .find(|d| *d >= r && d.weekday() == wd),
            };
            Day(found?)
        }
        Meaning::MonthOfYear { month, years } => {
            Other(format!("{:04}-{month:02}", r.year() as i64 + years))
        }
        Meaning::Month {
            month,
            direction,
            years,
        } => {
            let y = year_for_month(r, *month, *direction) as i64 + years.unwrap_or(0);
            Other(format!("{y:04}-{month:02}"))
        }
        Meaning::Weekday {
            weekday,
            direction,
            week,
        } => {
            let target = weekday_from(*weekday).num_days_from_monday() as i64;
            let today = r.weekday().num_days_from_monday() as i64;
            let delta = match (week, direction) {
                (Some(n), _) => n * 7 + target - today,
                (None, Direction::Past) => -((today - target).rem_euclid(7)),
                (None, Direction::Before) => -((today - target - 1).rem_euclid(7) + 1),
                (None, Direction::Future) => (target - today - 1).rem_euclid(7) + 1,
                (None, Direction::Nearest) => {
                    let back = (today - target).rem_euclid(7);
                    let fwd = (target - today).rem_euclid(7);
                    if back <= fwd {
                        -back
                    } else {
                        fwd
                    }
                }
            };
            Day(add_days(r, delta)?)
        }
        Meaning::DayOffset(n) => Day(add_days(r, *n)?),
        Meaning::Offset { n, unit } => match unit {
            Unit::Week => Other(week_value(add_days(r, n.checked_mul(7)?)?)),
            Unit::Month => {
                let d = add_months(r, *n)?;
                Other(format!("{:04}-{:02}", d.year(), d.month()))
            }
            Unit::Quarter => {
                let q = (r.year() as i64 * 4 + r.month0() as i64 / 3).checked_add(*n)?;
                Other(format!("{:04}-Q{}", q.div_euclid(4), q.rem_euclid(4) + 1))
            }
            Unit::Year => Other(format!("{:04}", (r.year() as i64).checked_add(*n)?)),
            _ => Day(add_days(r, *n)?),
        },
        Meaning::DayOfMonthOffset { day, months } => {
            let m = add_months(month_start(r.year(), r.month())?, *months)?;
            Day(NaiveDate::from_ymd_opt(m.year(), m.month(), *day)?)
        }
        Meaning::Shift { amount, unit } => {
            let base = r.and_time(clock.unwrap_or(NaiveTime::MIN));
            let whole = amount.trunc() as i64;
            let seconds = |s: f64| Duration::try_seconds(s.round() as i64);
            let moment = match unit {
                Unit::Second => base.checked_add_signed(seconds(*amount)?)?,
                Unit::Minute => base.checked_add_signed(seconds(amount * 60.0)?)?,
                Unit::Hour => base.checked_add_signed(seconds(amount * 3600.0)?)?,
                Unit::Day => base.checked_add_signed(seconds(amount * 86400.0)?)?,
                Unit::Week => base.checked_add_signed(seconds(amount * 7.0 * 86400.0)?)?,
                Unit::Month => add_months(r, whole)?.and_time(base.time()),
                Unit::Quarter => add_months(r, whole.checked_mul(3)?)?.and_time(base.time()),
                Unit::Year => add_months(r, whole.checked_mul(12)?)?.and_time(base.time()),
            };
            match (clock, unit) {
                // "ten years ago" names a year; "three weeks ago" a day.
                (_, Unit::Year) => Other(format!("{:04}", moment.year())),
                (_, Unit::Week | Unit::Month | Unit::Quarter) => Day(moment.date()),
                (Some(_), _) => Moment(moment),
                (None, Unit::Second | Unit::Minute | Unit::Hour) => return None,
                (None, _) => Day(moment.date()),
            }
        }
        Meaning::WeekdayCount { weekday, n } => {
            let target = weekday_from(*weekday).num_days_from_monday() as i64;
            let today = r.weekday().num_days_from_monday() as i64;
            let n = *n;
            let d = if n > 0 {
                (target - today - 1).rem_euclid(7) + 1 + n.checked_sub(1)?.checked_mul(7)?
            } else {
                -((today - target - 1).rem_euclid(7) + 1) + n.checked_add(1)?.checked_mul(7)?
            };
            Day(add_days(r, d)?)
        }
        Meaning::Quarter { quarter, year } => {
            Other(format!("{:04}-Q{quarter}", year.unwrap_or(r.year())))
        }
        Meaning::NthWeekday { n, weekday, scope } => {
            let (from, to) = scope_range(r, scope)?;
            let days: Vec<NaiveDate> = from
                .iter_days()
                .take_while(|d| *d <= to)
                .filter(|d| d.weekday() == weekday_from(*weekday))
                .collect();
            Day(nth(&days, *n)?)
        }
        Meaning::NthDay { n, scope } => {
            let (from, to) = scope_range(r, scope)?;
            let days: Vec<NaiveDate> = from.iter_days().take_while(|d| *d <= to).collect();
            Day(nth(&days, *n)?)
        }
        Meaning::NthWeek { n, scope } => {
            // Weeks from Monday to Sunday that lie wholly inside the scope.
            let (from, to) = scope_range(r, scope)?;
            let mondays: Vec<NaiveDate> = from
                .iter_days()
                .take_while(|d| *d <= to)
                .filter(|d| d.weekday() == Weekday::Mon && add_days(*d, 6).is_some_and(|s| s <= to))
                .collect();
            Other(week_value(nth(&mondays, *n)?))
        }
        Meaning::WeekOf(inner) => match name(inner, r, clock)? {
            // A week that starts on Sunday holds the Monday after it.
            Day(d) if d.weekday() == Weekday::Sun => Other(week_value(add_days(d, 1)?)),
            Day(d) => Other(week_value(d)),
            _ => return None,
        },
    })
}

/// Hour on the 24-hour clock, given am/pm and the part of the day.
fn hour24(c: &Clock, part: Option<&str>) -> (u32, bool) {
    let late_part = matches!(part, Some("AF" | "EV" | "NI"));
    match (c.pm, c.hour) {
        (Some(true), h) if h < 12 => (h + 12, false),
        (Some(false), 12) => (0, true),
        (None, 12) if matches!(part, Some("MO" | "EV" | "NI")) => (0, true),
        (None, h) if late_part && h < 12 => (h + 12, false),
        (_, 24) => (0, true),
        (_, h) => (h, false),
    }
}

/// The value and the day of `t` against `reference`.
pub fn resolve(t: &TimeExpr, reference: Option<RefTime>) -> (Option<String>, Option<NaiveDate>) {
    // Values that need no reference.
    if let Meaning::Fixed(v) = &t.meaning {
        return (Some(v.clone()), None);
    }
    let Some(r) = reference else {
        return match &t.meaning {
            Meaning::Date { year: Some(_), .. } => resolve(
                t,
                Some(RefTime::from_date(
                    NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default(),
                )),
            ),
            _ => (None, None),
        };
    };
    let named = match name(&t.meaning, r.date, r.time) {
        Some(n) => n,
        None => return (None, None),
    };
    let explicit_day = t.day_given;
    let day = match named {
        Named::Other(v) => return (Some(v), None),
        // "in 7 days at 5pm": the day of the moment, the clock of the words
        Named::Moment(m) if t.clock.is_some() => m.date(),
        Named::Moment(m) => return (Some(m.format("%Y-%m-%dT%H:%M").to_string()), Some(m.date())),
        Named::Day(d) => d,
    };
    let Some(c) = t.clock else {
        let v = match &t.part {
            Some(p) => format!("{}T{p}", super::iso_day(day)),
            None => super::iso_day(day),
        };
        return (Some(v), Some(day));
    };
    let (mut hour, mut next_day) = hour24(&c, t.part.as_deref());
    // A clock time alone, seen from a reference with a clock: the next such time (an
    // ambiguous "3:30" is 15:30 when 03:30 has passed); the current hour still counts.
    if let (Some(now), false) = (r.time, explicit_day) {
        if c.pm.is_none()
            && t.part.is_none()
            && (1..=11).contains(&c.hour)
            && hour < now.hour()
            && hour + 12 >= now.hour()
        {
            hour += 12;
        }
        if hour < now.hour() && !next_day {
            next_day = true;
        }
    }
    let mut day = if next_day {
        add_days(day, 1).unwrap_or(day)
    } else {
        day
    };
    let Some(time) = NaiveTime::from_hms_opt(hour, c.minute, c.second.unwrap_or(0)) else {
        return (None, None);
    };
    let mut moment = day.and_time(time);
    // A time zone named in the text moves the time into the reference's zone.
    if let (Some(zone), Some(offset)) = (t.zone, r.offset) {
        let shift = (offset as f64 / 60.0 - zone * 60.0).round() as i64;
        if let Some(m) = Duration::try_minutes(shift).and_then(|d| moment.checked_add_signed(d)) {
            moment = m;
            day = m.date();
        }
    }
    let mut v = moment.format("%Y-%m-%dT%H:%M").to_string();
    if c.second.is_some() {
        v.push_str(&moment.format(":%S").to_string());
    }
    let _ = Grain::Time;
    (Some(v), Some(day))
}

//! Publication times as newsrooms write them: ISO 8601, RFC 2822, "March 14, 2019 / 9:10
//! AM", "Posted Oct. 5, 2011 at 6:47pm", "Wednesday, March 3rd 2021", "14 July 2019, 11:12
//! PM", "2017-06-01, updated at 5:00 p.m. ET".

use crate::lexicon;
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, Timelike};

/// A reference time: a date, maybe a time of day, maybe a UTC offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct RefTime {
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    /// Offset from UTC in seconds, when the text gave one.
    pub offset: Option<i32>,
}

impl RefTime {
    pub fn from_date(date: NaiveDate) -> RefTime {
        RefTime {
            date,
            time: None,
            offset: None,
        }
    }

    /// Which of two times came first, when that can be told: dates a day or more apart,
    /// or two clock times (in UTC when both carry an offset). `None` for the same date
    /// with a time missing on either side.
    pub fn earlier_than(&self, other: &RefTime) -> Option<std::cmp::Ordering> {
        let day_gap = (self.date - other.date).num_days().abs();
        match (self.time, other.time) {
            (Some(a), Some(b)) => {
                let utc = |d: NaiveDate, t: NaiveTime, off: Option<i32>| {
                    d.and_time(t) - chrono::Duration::seconds(off.unwrap_or(0) as i64)
                };
                let both_offsets = self.offset.is_some() == other.offset.is_some();
                let (x, y) = if both_offsets {
                    (
                        utc(self.date, a, self.offset),
                        utc(other.date, b, other.offset),
                    )
                } else {
                    (self.date.and_time(a), other.date.and_time(b))
                };
                Some(x.cmp(&y))
            }
            _ if day_gap >= 1 => Some(self.date.cmp(&other.date)),
            _ => None,
        }
    }

    /// ISO 8601: `2016-09-08`, `2016-09-08T14:30:00`, `2016-09-08T14:30:00-04:00`.
    pub fn to_iso(&self) -> String {
        let mut s = self.date.format("%Y-%m-%d").to_string();
        if let Some(t) = self.time {
            s.push_str(&t.format("T%H:%M:%S").to_string());
            if let Some(off) = self.offset.and_then(FixedOffset::east_opt) {
                s.push_str(&off.to_string());
            }
        }
        s
    }
}

fn from_datetime(dt: DateTime<FixedOffset>) -> RefTime {
    RefTime {
        date: dt.date_naive(),
        time: NaiveTime::from_hms_opt(dt.hour(), dt.minute(), dt.second()),
        offset: Some(dt.offset().local_minus_utc()),
    }
}

/// `--date YYYY-MM-DD[THH:MM[:SS][±HH:MM]]`, strictly.
pub fn parse_reference_date(s: &str) -> Option<RefTime> {
    let s = s.trim();
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(RefTime::from_date(d));
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(from_datetime(dt));
    }
    for f in [
        "%Y-%m-%dT%H:%M%:z",
        "%Y-%m-%dT%H:%M:%S%.f%:z",
        "%Y-%m-%dT%H:%M:%S%z",
    ] {
        if let Ok(dt) = DateTime::parse_from_str(s, f) {
            return Some(from_datetime(dt));
        }
    }
    for f in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
    ] {
        if let Ok(dt) = chrono::NaiveDateTime::parse_from_str(s, f) {
            return Some(RefTime {
                date: dt.date(),
                time: Some(dt.time()),
                offset: None,
            });
        }
    }
    None
}

/// A date as a newsroom writes it; `None` when no date can be read.
pub fn parse_date(s: &str) -> Option<RefTime> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if let Some(t) = parse_reference_date(s) {
        return Some(t);
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(from_datetime(dt));
    }
    loose_date(s)
}

/// Words and numbers in any order: a month name, a day, a four-digit year, an ISO date,
/// a time with am/pm, a zone abbreviation.
fn loose_date(s: &str) -> Option<RefTime> {
    let lx = lexicon::get();
    let lower = s.to_lowercase();
    let iso = regex_lite_iso(&lower);
    let tokens: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == ':' || c == '.'))
        .filter(|t| !t.is_empty())
        .collect();
    let (mut year, mut month, mut day) = (None, None, None);
    if let Some((y, m, d)) = iso {
        year = Some(y);
        month = Some(m);
        day = Some(d);
    }
    let mut time: Option<NaiveTime> = None;
    let mut offset = None;
    for (i, tok) in tokens.iter().enumerate() {
        let t = tok.trim_end_matches('.');
        if month.is_none() {
            if let Some(m) = lx.months.get(t) {
                month = Some(*m);
                continue;
            }
        }
        let digits = t.trim_end_matches(|c: char| c.is_alphabetic());
        let suffix = &t[digits.len()..];
        if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
            let Ok(n) = digits.parse::<u32>() else {
                continue;
            };
            if ["", "st", "nd", "rd", "th"].contains(&suffix) {
                if digits.len() == 4 && year.is_none() {
                    year = Some(n as i32);
                } else if day.is_none() && (1..=31).contains(&n) && digits.len() <= 2 {
                    day = Some(n);
                }
                continue;
            }
            if ["am", "pm", "a.m", "p.m"].contains(&suffix) && time.is_none() {
                time = hour_minute(n, 0, suffix);
                continue;
            }
        }
        if t.contains(':') && time.is_none() {
            let Some((h, rest)) = t.split_once(':') else {
                continue;
            };
            let m_digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
            let suffix =
                rest[m_digits.len()..].trim_start_matches(|c: char| c.is_ascii_digit() || c == ':');
            let next = tokens
                .get(i + 1)
                .map(|n| n.trim_end_matches('.'))
                .unwrap_or("");
            let meridiem = if !suffix.is_empty() { suffix } else { next };
            if let (Ok(h), Ok(m)) = (h.parse::<u32>(), m_digits.parse::<u32>()) {
                time = hour_minute(h, m, meridiem);
            }
            continue;
        }
        if let Some(off) = zone_offset(t) {
            offset = Some(off);
        }
    }
    let date = NaiveDate::from_ymd_opt(year?, month?, day?)?;
    Some(RefTime {
        date,
        time,
        offset: time.and(offset),
    })
}

fn regex_lite_iso(s: &str) -> Option<(i32, u32, u32)> {
    let bytes = s.as_bytes();
    for start in 0..bytes.len().saturating_sub(9) {
        let Some(w) = s.get(start..start + 10) else {
            continue;
        };
        let b = w.as_bytes();
        let ok = b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if ok {
            return Some((
                w[..4].parse().ok()?,
                w[5..7].parse().ok()?,
                w[8..10].parse().ok()?,
            ));
        }
    }
    None
}

fn hour_minute(h: u32, m: u32, meridiem: &str) -> Option<NaiveTime> {
    let h = match meridiem.trim_end_matches('.') {
        "pm" | "p.m" if h < 12 => h + 12,
        "am" | "a.m" if h == 12 => 0,
        _ => h,
    };
    NaiveTime::from_hms_opt(h, m, 0)
}

fn zone_offset(t: &str) -> Option<i32> {
    let hours = match t {
        "utc" | "gmt" | "z" => 0,
        "et" | "est" => -5,
        "edt" => -4,
        "ct" | "cst" => -6,
        "cdt" => -5,
        "mt" | "mst" => -7,
        "mdt" => -6,
        "pt" | "pst" => -8,
        "pdt" => -7,
        "bst" | "cet" => 1,
        "cest" => 2,
        "msk" => 3,
        _ => return None,
    };
    Some(hours * 3600)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(s: &str) -> String {
        parse_date(s)
            .map(|t| t.to_iso())
            .unwrap_or_else(|| "none".into())
    }

    #[test]
    fn newsroom_dates_parse() {
        assert_eq!(iso("2016-09-08"), "2016-09-08");
        assert_eq!(
            iso("2016-09-08T14:30:00-04:00"),
            "2016-09-08T14:30:00-04:00"
        );
        assert_eq!(
            iso("Thu, 08 Sep 2016 14:30:00 +0000"),
            "2016-09-08T14:30:00+00:00"
        );
        assert_eq!(iso("March 14, 2019 / 9:10 AM"), "2019-03-14T09:10:00");
        assert_eq!(iso("Posted Oct. 5, 2011 at 6:47pm"), "2011-10-05T18:47:00");
        assert_eq!(iso("Wednesday, March 3rd 2021"), "2021-03-03");
        assert_eq!(iso("14 July 2019, 11:12 PM"), "2019-07-14T23:12:00");
        assert_eq!(
            iso("2017-06-01, updated at 5:00 p.m. ET"),
            "2017-06-01T17:00:00-05:00"
        );
    }

    #[test]
    fn iso_dates_among_other_words() {
        assert_eq!(iso("Mis à jour 2017-06-01"), "2017-06-01");
        assert_eq!(iso("ref 123456789012345 March 3, 2021"), "2021-03-03");
    }

    #[test]
    fn non_dates_do_not_parse() {
        assert_eq!(iso("unknown"), "none");
        assert_eq!(iso(""), "none");
        assert_eq!(iso("March 2019"), "none");
    }

    #[test]
    fn order_in_utc_and_unknown_when_untimed() {
        let t = |s: &str| parse_date(s).unwrap();
        use std::cmp::Ordering::*;
        // 10:00 in New York is after 15:00 in Paris.
        assert_eq!(
            t("2016-09-08T10:00:00-04:00").earlier_than(&t("2016-09-08T15:00:00+02:00")),
            Some(Greater)
        );
        assert_eq!(
            t("2016-09-07").earlier_than(&t("2016-09-08T01:00:00+00:00")),
            Some(Less)
        );
        assert_eq!(
            t("2016-09-08").earlier_than(&t("2016-09-08T09:00:00+00:00")),
            None
        );
    }

    #[test]
    fn reference_date_is_strict() {
        assert!(parse_reference_date("2016-09-08").is_some());
        assert!(parse_reference_date("2016-09-08T10:00").is_some());
        assert!(parse_reference_date("2016-09-08T10:00:00+03:00").is_some());
        assert!(parse_reference_date("Sept 8").is_none());
        assert!(parse_reference_date("2016-13-40").is_none());
    }
}

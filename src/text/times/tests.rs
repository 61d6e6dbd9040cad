//! Time expressions on sentences of their own: recognition and values.

use super::*;
use crate::article::parse_reference_date;

fn values(t: &str, reference: &str) -> Vec<(String, Option<String>)> {
    let r = parse_reference_date(reference);
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
    // The tense of another clause does not count.
    assert_eq!(
        v("The envoy will arrive on Friday, the ministry said on Thursday."),
        [s("2016-09-09"), s("2016-09-08")]
    );
    // A weekday in a clause without a tense of its own (an appositive) takes the tense of
    // the sentence before it; with none anywhere, a sentence still reports the past.
    assert_eq!(
        v("The envoy, after a long flight, is scheduled to spend five hours in Oslo, her first stop Friday morning."),
        [s("PT5H"), s("2016-09-09TMO")]
    );
    assert_eq!(
        v("The envoy, after a long flight, spent five hours in Oslo, her first stop Friday morning."),
        [s("PT5H"), s("2016-09-02TMO")]
    );
    assert_eq!(
        v("In Oslo, her first stop Friday, a crowd."),
        [s("2016-09-02")]
    );
    // "since" dates what follows it in the past, whatever the sentence's tense.
    assert_eq!(
        v("Lind will fly to Kiev, her first trip since the clashes Friday."),
        [s("2016-09-02")]
    );
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
    assert_eq!(v("last Friday's bombings"), [s("2016-09-02")]);
}

#[test]
fn calendar_dates() {
    assert_eq!(v("On Sept. 2, sources said"), [s("2016-09-02")]);
    assert_eq!(v("on September 2, 2015"), [s("2015-09-02")]);
    assert_eq!(v("on 14 July 2019"), [s("2019-07-14")]);
    assert_eq!(v("in March 2014"), [s("2014-03")]);
    assert_eq!(v("since 2011"), [s("2011")]);
    assert_eq!(v("2016-09-01"), [s("2016-09-01")]);
    // The nearest such date: April lies closer behind September than ahead of it.
    assert_eq!(
        v("held on April 24 and 25"),
        [s("2016-04-24"), s("2016-04-25")]
    );
    assert_eq!(v("to be held on December 2"), [s("2016-12-02")]);
    assert_eq!(v("in February this year"), [s("2016-02")]);
}

#[test]
fn durations_and_references() {
    assert_eq!(v("after 5-1/2 years of violence"), [s("P5Y6M")]);
    assert_eq!(v("a 48-hour ceasefire"), [s("PT48H")]);
    assert_eq!(v("over the next few days"), [s("PXD")]);
    assert_eq!(v("two weeks"), [s("P2W")]);
    assert_eq!(v("for 5 1/2 hours"), [s("PT5H30M")]);
    assert_eq!(v("is now"), [s("PRESENT_REF")]);
    assert_eq!(v("the group formerly known"), [s("PAST_REF")]);
    assert_eq!(v("his weekly address"), [s("P1W")]);
}

#[test]
fn clock_times_take_their_day() {
    assert_eq!(v("at 5 p.m. on the day"), [s("2016-09-08T17:00")]);
    assert_eq!(values("at 10:35 am", "2016-09-08")[0].0, "at 10:35 am");
    // The clock takes the day named beside it; both stay expressions of their own.
    assert_eq!(
        v("The blast came at about 10:35 a.m. (0735 GMT) Friday"),
        [s("2016-09-02T10:35"), s("2016-09-02")]
    );
    assert_eq!(v("They met on Friday at 5pm"), [s("2016-09-02T17:00")]);
    assert_eq!(v("on Friday at 5pm"), [s("2016-09-09T17:00")]);
    assert_eq!(v("at noon"), [s("2016-09-08T12:00")]);
    // An idiom is not a time.
    assert!(v("high noon comes").is_empty());
}

#[test]
fn scheduling_phrases_against_a_clock_reference() {
    let r = "2013-02-12T04:30:00-02:00";
    let one = |t: &str| values(t, r).into_iter().next().and_then(|(_, v)| v);
    assert_eq!(one("at 3pm"), s("2013-02-12T15:00"));
    assert_eq!(one("at 3am"), s("2013-02-13T03:00"));
    assert_eq!(one("3:30"), s("2013-02-12T15:30"));
    assert_eq!(one("half past 3 pm"), s("2013-02-12T15:30"));
    assert_eq!(one("a quarter to noon"), s("2013-02-12T11:45"));
    assert_eq!(one("in 2 minutes"), s("2013-02-12T04:32"));
    assert_eq!(one("in a couple of hours"), s("2013-02-12T06:30"));
    assert_eq!(one("3 fridays from now"), s("2013-03-01"));
    assert_eq!(one("next tuesday"), s("2013-02-19"));
    assert_eq!(one("monday"), s("2013-02-18"));
    assert_eq!(one("last sunday"), s("2013-02-10"));
    assert_eq!(one("tomorrow at 5pm"), s("2013-02-13T17:00"));
    assert_eq!(one("Thursday 8:00 GMT"), s("2013-02-14T06:00"));
    assert_eq!(one("2/15"), s("2013-02-15"));
    assert_eq!(one("10/31/1974"), s("1974-10-31"));
    assert_eq!(one("the 1st of march"), s("2013-03-01"));
    assert_eq!(one("first tuesday of october"), s("2013-10-01"));
    assert_eq!(one("third last week of 2018"), s("2018-W50"));
    assert_eq!(one("4th quarter 2018"), s("2018-Q4"));
    assert_eq!(one("upcoming two weeks"), s("2013-W09"));
}

#[test]
fn no_reference_leaves_relative_values_empty() {
    let t = "said on Thursday that on Sept. 2, 2016";
    let got = find_times(t, 0..t.len(), None);
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].value, None);
    assert_eq!(got[1].value.as_deref(), Some("2016-09-02"));
}

#[test]
fn non_times_are_not_found() {
    assert!(v("May I ask? The may-pole. He has 400 people.").is_empty());
    assert!(v("He sat down in the sun at 650-650-6500.").is_empty());
    assert!(v("three twenty").is_empty());
}

#[test]
fn values_too_far_away_are_not_clamped() {
    // A date beyond what a calendar can name has no value; one that is far but real keeps
    // its true value.
    let value = |t: &str| {
        values(t, "2013-02-12")
            .into_iter()
            .next()
            .and_then(|(_, v)| v)
    };
    assert_eq!(value("999999999 fridays from now"), None);
    assert_eq!(value("in 200000 years").as_deref(), Some("202013"));
    assert_eq!(value("in 3 years").as_deref(), Some("2016"));
}

#[test]
fn hour_twenty_four_only_on_the_hour() {
    let texts = |t: &str| {
        values(t, "2013-02-12")
            .into_iter()
            .map(|(text, _)| text)
            .collect::<Vec<_>>()
    };
    assert!(texts("The talks end at 24:00.")
        .iter()
        .any(|t| t.contains("24:00")));
    assert!(!texts("The talks end at 24:30.")
        .iter()
        .any(|t| t.contains("24:30")));
}

#[test]
fn a_plan_points_forward_but_a_dated_vow_does_not() {
    let day = |t: &str| {
        values(t, "2016-09-07")
            .into_iter()
            .next()
            .and_then(|(_, v)| v)
    };
    // 2016-09-07 is a Wednesday.
    assert_eq!(
        day("The team planned to leave Nairobi on Thursday.").as_deref(),
        Some("2016-09-08")
    );
    assert_eq!(
        day("The president on Saturday vowed to hunt down those responsible.").as_deref(),
        Some("2016-09-03")
    );
    assert_eq!(
        day("The team planned the trip on Thursday.").as_deref(),
        Some("2016-09-01")
    );
}

#[test]
fn a_count_after_at_is_no_clock() {
    assert_eq!(
        v("Local officials put the toll at 130."),
        Vec::<Option<String>>::new()
    );
    assert_eq!(v("The figure stood at 13 on Thursday."), [s("2016-09-08")]);
    assert_eq!(
        v("Losses were estimated at 450 by noon."),
        [s("2016-09-08T12:00")]
    );
    // Without such a word, "at 1030" is a clock time.
    assert_eq!(v("The plane lands at 1030."), [s("2016-09-08T10:30")]);
    assert_eq!(
        v("The vote is set to begin at 1030."),
        [s("2016-09-08T10:30")]
    );
}

/// `iso_day` writes what chrono's `%Y-%m-%d` writes, for the years of news and beyond.
#[test]
fn iso_day_is_chronos_format() {
    use chrono::Datelike;
    let mut day = NaiveDate::from_ymd_opt(-2, 12, 25).unwrap();
    let mut checked = 0;
    while day.year() < 10_002 {
        assert_eq!(super::iso_day(day), day.format("%Y-%m-%d").to_string());
        day += chrono::Duration::days(97);
        checked += 1;
    }
    for d in [
        (1, 1, 1),
        (999, 3, 9),
        (9999, 12, 31),
        (10_000, 1, 1),
        (-1, 6, 30),
    ] {
        let day = NaiveDate::from_ymd_opt(d.0, d.1, d.2).unwrap();
        assert_eq!(super::iso_day(day), day.format("%Y-%m-%d").to_string());
    }
    assert!(checked > 30_000);
}

//! Comparison rules on short stories of their own, each with hard negatives.

use super::*;
use crate::article::{parse_reference_date, Article};
use crate::extract;

fn story(articles: &[(&str, &str)]) -> Vec<Extracted> {
    articles
        .iter()
        .enumerate()
        .map(|(i, (date, body))| {
            let text = format!("published: {date}\n\nHeadline {i}\n\n{body}\n");
            extract(
                Article::from_text(&format!("a{i}"), "t.txt", text),
                parse_reference_date("2016-01-01"),
                i,
            )
        })
        .collect()
}

fn sentence(inputs: &[Extracted], r: ClaimRef) -> &str {
    let x = &inputs[r.article];
    &x.analysis.article.text[claim(inputs, r).span.clone()]
}

fn kinds(findings: &[Finding]) -> Vec<&'static str> {
    findings.iter().map(|f| f.kind.as_str()).collect()
}

#[track_caller]
fn assert_reported(inputs: &[Extracted], kind: &str) {
    let found = kinds(&compare(inputs));
    assert!(found.contains(&kind), "{kind} not reported: {found:?}");
}

#[track_caller]
fn assert_not_reported(inputs: &[Extracted], kind: &str) {
    let found = kinds(&compare(inputs));
    assert!(!found.contains(&kind), "{kind} reported: {found:?}");
}

#[test]
fn reversal_across_articles_is_ordered_by_publication() {
    let inputs = story(&[
        ("2016-03-02", "Prime Minister Arun Mehta will meet President Karim Shah in Dubai, the Indian Foreign Ministry said on Wednesday."),
        ("2016-03-01", "The Indian Foreign Ministry said on Tuesday that Arun Mehta would not meet Karim Shah."),
    ]);
    let f = compare(&inputs);
    assert_eq!(kinds(&f), ["stance_reversal"]);
    assert_eq!(f[0].severity, Severity::High);
    assert_eq!(f[0].actor, "Indian Foreign Ministry");
    assert!(sentence(&inputs, f[0].earlier).contains("would not meet"));
    assert!(sentence(&inputs, f[0].later.unwrap()).contains("will meet"));
    assert!(
        f[0].reason.contains("Indian Foreign Ministry"),
        "{}",
        f[0].reason
    );
}

#[test]
fn consistent_paraphrases_are_not_findings() {
    // Same actor, same stance, different words; and the next day named two ways.
    let inputs = story(&[
        ("2016-09-08", "Arun Mehta will meet Karim Shah in Dubai on Friday, the Indian Foreign Ministry said on Thursday."),
        ("2016-09-08", "\u{201C}The meeting between Arun Mehta and Karim Shah will be tomorrow morning,\u{201D} a ministry official said."),
    ]);
    assert!(
        compare(&inputs).is_empty(),
        "{:?}",
        kinds(&compare(&inputs))
    );
}

#[test]
fn different_participants_are_not_the_same_event() {
    let inputs = story(&[
        (
            "2016-03-01",
            "Arun Mehta will meet Karim Shah, the Indian Foreign Ministry said.",
        ),
        (
            "2016-03-02",
            "Arun Mehta will not meet Lena Berg, the Indian Foreign Ministry said.",
        ),
    ]);
    assert!(compare(&inputs).is_empty());
}

#[test]
fn possibilities_and_conditions_take_no_stance() {
    let inputs = story(&[
        (
            "2016-03-01",
            "Arun Mehta could meet Karim Shah next week, the Indian Foreign Ministry said.",
        ),
        (
            "2016-03-02",
            "Arun Mehta will not meet Karim Shah, the Indian Foreign Ministry said.",
        ),
    ]);
    assert!(compare(&inputs).is_empty());
}

#[test]
fn different_actors_disagree_with_low_severity() {
    let inputs = story(&[
        (
            "2016-03-01",
            "Arun Mehta will meet Karim Shah on Friday, the Indian Foreign Ministry said.",
        ),
        (
            "2016-03-01",
            "Arun Mehta will not meet Karim Shah, the Pakistani Foreign Ministry said.",
        ),
    ]);
    let f = compare(&inputs);
    assert_eq!(kinds(&f), ["actor_disagreement"]);
    assert_eq!(f[0].severity, Severity::Low);
    assert!(f[0].actor.contains(" vs "));
}

#[test]
fn a_reversed_stance_is_not_held_against_others() {
    // The Indian ministry first said no, then yes; Pakistan always said yes.
    let inputs = story(&[(
        "2016-03-02",
        "Arun Mehta will meet Karim Shah in Dubai, the Indian Foreign Ministry said.\n\nThe Pakistani Foreign Ministry said Karim Shah will meet Arun Mehta in Dubai.\n\nThe Indian Foreign Ministry earlier said Arun Mehta would not meet Karim Shah in Dubai.",
    )]);
    let f = compare(&inputs);
    assert_eq!(kinds(&f), ["stance_reversal"]);
    assert!(sentence(&inputs, f[0].earlier).contains("would not meet"));
}

#[test]
fn inside_one_article_the_claim_further_down_is_earlier() {
    let inputs = story(&[(
        "2016-03-02",
        "Arun Mehta will meet Karim Shah in Dubai, the Indian Foreign Ministry said.\n\nThe Indian Foreign Ministry said Arun Mehta would not meet Karim Shah in Dubai.",
    )]);
    let f = compare(&inputs);
    assert_eq!(kinds(&f), ["stance_reversal"]);
    assert!(sentence(&inputs, f[0].earlier).contains("would not meet"));
}

#[test]
fn repeated_statements_make_one_finding() {
    let inputs = story(&[
        ("2016-03-01", "Arun Mehta will not meet Karim Shah, the Indian Foreign Ministry said.\n\nThe Indian Foreign Ministry said there were no plans for Arun Mehta to meet Karim Shah."),
        ("2016-03-03", "Arun Mehta will meet Karim Shah on Friday, the Indian Foreign Ministry said."),
    ]);
    let f = compare(&inputs);
    assert_eq!(kinds(&f), ["stance_reversal"]);
}

#[test]
fn different_days_for_the_same_event() {
    let inputs = story(&[
        ("2016-09-08", "Arun Mehta will meet Karim Shah in Dubai on Friday, the Indian Foreign Ministry said on Thursday."),
        ("2016-09-08", "Arun Mehta will meet Karim Shah in Dubai on Sunday, the Pakistani Foreign Ministry said on Thursday."),
    ]);
    let f = compare(&inputs);
    assert_eq!(kinds(&f), ["time_mismatch"]);
    assert!(
        f[0].reason.contains("2016-09-09") && f[0].reason.contains("2016-09-11"),
        "{}",
        f[0].reason
    );
}

#[test]
fn candidates_come_from_the_index_not_all_pairs() {
    let inputs = story(&[
        ("2016-03-01", "Arun Mehta will meet Karim Shah, the Indian Foreign Ministry said.\n\nThe bridge reopened, police said.\n\nRain fell all day."),
        ("2016-03-02", "Lena Berg will visit Oslo, her office said."),
    ]);
    // Only claims that share a predicate class and a participant are paired.
    assert!(candidates(&inputs).is_empty());
}

#[test]
fn a_possibility_or_a_past_meeting_gives_no_date_clash() {
    let inputs = story(&[
        ("2016-09-08", "Arun Mehta will meet Karim Shah in Dubai on Friday, the Indian Foreign Ministry said on Thursday."),
        ("2016-09-08", "Arun Mehta could meet Karim Shah in Dubai on Saturday, the Pakistani Foreign Ministry said on Thursday."),
        ("2016-09-08", "Arun Mehta last met Karim Shah in Dubai on Monday, the Pakistani Foreign Ministry said on Thursday."),
    ]);
    assert!(
        compare(&inputs).is_empty(),
        "{:?}",
        kinds(&compare(&inputs))
    );
}

#[test]
fn a_new_date_is_not_a_reversal() {
    let inputs = story(&[(
        "2016-09-08",
        "Arun Mehta will meet Karim Shah on Friday instead, the Indian Foreign Ministry said.\n\nThe Indian Foreign Ministry said Arun Mehta will not meet Karim Shah on Monday.",
    )]);
    assert!(
        compare(&inputs).is_empty(),
        "{:?}",
        kinds(&compare(&inputs))
    );
}

#[test]
fn a_negation_in_another_clause_does_not_flip_the_stance() {
    let inputs = story(&[
        ("2016-03-01", "Despite no breakthrough so far, Arun Mehta will meet Karim Shah, the Indian Foreign Ministry said."),
        ("2016-03-02", "Arun Mehta will meet Karim Shah on Friday, the Indian Foreign Ministry said."),
    ]);
    assert!(
        compare(&inputs).is_empty(),
        "{:?}",
        kinds(&compare(&inputs))
    );
}

#[test]
fn counts_that_cannot_both_hold() {
    let inputs = story(&[
        (
            "2016-03-01",
            "At least 75 people were killed in Nairobi, the Red Cross said.",
        ),
        (
            "2016-03-02",
            "The blast killed 40 people in Nairobi, police said.",
        ),
    ]);
    let f = compare(&inputs);
    assert_eq!(kinds(&f), ["number_mismatch"]);
    assert!(
        f[0].reason.contains("at least 75") && f[0].reason.contains("40"),
        "{}",
        f[0].reason
    );
}

#[test]
fn consistent_counts_and_other_places_are_not_mismatches() {
    let inputs = story(&[
        ("2016-03-01", "At least 50 people were killed in Nairobi, the Red Cross said.\n\nSix people were killed in Dar es Salaam, police said."),
        ("2016-03-02", "The blast killed 58 people in Nairobi, police said."),
    ]);
    assert!(
        compare(&inputs).is_empty(),
        "{:?}",
        kinds(&compare(&inputs))
    );
}

#[test]
fn ceasefire_lengths_differ() {
    let inputs = story(&[
        (
            "2016-03-01",
            "The government said it had agreed a 72-hour ceasefire with the rebels.",
        ),
        (
            "2016-03-02",
            "The government said the ceasefire would last 48 hours.",
        ),
    ]);
    assert_eq!(kinds(&compare(&inputs)), ["number_mismatch"]);
}

#[test]
fn the_same_quotation_credited_to_two_people() {
    let inputs = story(&[
        ("2016-03-01", "\u{201C}The people have spoken, and tonight we listen to them,\u{201D} Tomas Reinel told supporters."),
        ("2016-03-02", "\u{201C}The people have spoken, and tonight we listen to them,\u{201D} campaign manager Clara Ibsen told supporters."),
    ]);
    let f = compare(&inputs);
    assert_eq!(kinds(&f), ["attribution_change"]);
    assert!(f[0].reason.contains("Reinel") && f[0].reason.contains("Ibsen"));
}

#[test]
fn a_spokesman_and_his_ministry_are_one_source() {
    let inputs = story(&[
        ("2016-03-01", "\u{201C}We will not negotiate with the kidnappers under any circumstances,\u{201D} Defence Ministry spokesman Ivan Petrov said."),
        ("2016-03-02", "\u{201C}We will not negotiate with the kidnappers under any circumstances,\u{201D} the Defence Ministry said."),
    ]);
    assert!(
        compare(&inputs).is_empty(),
        "{:?}",
        kinds(&compare(&inputs))
    );
}

#[test]
fn shares_of_different_holders_and_of_nothing_named_are_not_compared() {
    let inputs = story(&[
        ("2024-03-05", "Early results gave President Ana Ruiz 52.8% of the vote against 32.4% for Tomas Varga, the election commission said."),
        ("2024-03-06", "The remaining 14.8% of the vote went to three other candidates, the election commission said."),
        ("2024-03-06", "Turnout in the presidential vote was 59.5%, the election commission said."),
        ("2024-03-07", "Varga said the official figure of 31.0% in the presidential vote was a fraud."),
    ]);
    assert_not_reported(&inputs, "number_mismatch");
    // One share of the vote each, for the same count: a mismatch.
    let inputs = story(&[
        ("2024-03-05", "President Ana Ruiz won 52.8% of the vote in the presidential election, the election commission said."),
        ("2024-03-06", "President Ana Ruiz won 58.1% of the vote in the presidential election, the election commission said."),
    ]);
    assert_reported(&inputs, "number_mismatch");
}

#[test]
fn a_count_is_dated_by_its_tally() {
    let inputs = story(&[
        (
            "2024-03-30",
            "The toll in Agua Clara rose to 79 on Saturday, a local official said.",
        ),
        (
            "2024-03-31",
            "The toll in Agua Clara rose to 95 on Sunday, a local official said.",
        ),
    ]);
    assert_not_reported(&inputs, "time_mismatch");
    // A count of the event itself keeps the event's day.
    let inputs = story(&[
        (
            "2024-03-30",
            "A bomb killed 12 people in Kabul on Friday, police said.",
        ),
        (
            "2024-03-31",
            "A bomb killed 12 people in Kabul on Thursday, police said.",
        ),
    ]);
    assert_reported(&inputs, "time_mismatch");
}

#[test]
fn next_friday_may_be_the_coming_one() {
    // Said on a Wednesday: "next Friday" may be two days off or nine; "on Friday" two.
    let inputs = story(&[
        ("2024-03-06", "Prime Minister Odile Mensah said she would host a meeting of donors in Nova Brin next Friday."),
        ("2024-03-07", "Mensah said she would host a meeting of donors in Nova Brin on Friday."),
    ]);
    assert_not_reported(&inputs, "time_mismatch");
    // Two weekdays that differ otherwise are still a mismatch.
    let inputs = story(&[
        ("2024-03-06", "Prime Minister Odile Mensah said she would host a meeting of donors in Nova Brin next Friday."),
        ("2024-03-07", "Mensah said she would host a meeting of donors in Nova Brin on Saturday."),
    ]);
    assert_reported(&inputs, "time_mismatch");
}

#[test]
fn a_described_speaker_may_be_the_named_one() {
    // "the aid worker" of the second report may well be the aid worker the first names.
    let inputs = story(&[
        ("2016-03-01", "\u{201C}The needs are enormous and growing by the day,\u{201D} aid worker Lena Osei told reporters."),
        ("2016-03-02", "Asked about the camps, the aid worker replied: \u{201C}The needs are enormous and growing by the day.\u{201D}"),
    ]);
    assert!(
        compare(&inputs).is_empty(),
        "{:?}",
        kinds(&compare(&inputs))
    );
}

#[test]
fn a_quotation_that_changes_its_meaning() {
    let inputs = story(&[
        ("2016-03-01", "\u{201C}We will attend the talks in Geneva next week,\u{201D} Trade Minister Nadia Ferland said."),
        ("2016-03-02", "\u{201C}We will not attend the talks in Geneva next week,\u{201D} Trade Minister Nadia Ferland said."),
        ("2016-03-03", "\u{201C}We will attend the talks in Geneva, next week,\u{201D} Trade Minister Nadia Ferland said."),
    ]);
    let f = compare(&inputs);
    // The negation is a quote change (and a reversal of the minister's stance);
    // punctuation alone is not a change.
    let changes: Vec<_> = f
        .iter()
        .filter(|x| x.kind == FindingKind::QuoteChange)
        .collect();
    assert_eq!(changes.len(), 2, "{:?}", kinds(&f));
    assert!(changes
        .iter()
        .all(|c| c.earlier.article == 1 || c.later.is_some_and(|l| l.article == 1)));
    assert!(f.iter().any(|x| x.kind == FindingKind::StanceReversal));
}

#[test]
fn a_claim_dropped_by_a_later_version_is_retracted() {
    let inputs = story(&[
        ("2016-03-01T08:00", "The fire is under control, the fire service said.\n\nPolice said the blaze had been started deliberately by a former worker."),
        ("2016-03-01T12:00", "The fire is now under control, the fire service said on Tuesday."),
    ]);
    let (f, steps) = compare_versions(&inputs);
    assert_eq!(kinds(&f), ["retraction"]);
    assert!(sentence(&inputs, f[0].earlier).contains("started deliberately"));
    assert!(f[0].later.is_none());
    assert_eq!(steps.len(), 1);
    let removed: Vec<&str> = steps[0]
        .removed
        .iter()
        .map(|r| sentence(&inputs, *r))
        .collect();
    assert!(
        removed.iter().any(|s| s.contains("started deliberately")),
        "{removed:?}"
    );
    assert_eq!(
        steps[0].changed.len(),
        1,
        "the reworded claim is a change, not a removal"
    );
}

#[test]
fn parts_of_a_count_and_recalled_events_are_not_mismatches() {
    let inputs = story(&[
        (
            "2016-03-01",
            "At least 50 people were killed in Nairobi, the Red Cross said.",
        ),
        (
            "2016-03-02",
            "Twelve of the dead were killed in Nairobi, police said.\n\nLast year, a similar blast killed 36 people in Nairobi, police said.",
        ),
    ]);
    let f = compare(&inputs);
    assert!(
        f.is_empty(),
        "{:?}",
        f.iter().map(|x| &x.reason).collect::<Vec<_>>()
    );
}

#[test]
fn one_finding_per_pair_of_values_however_often_they_are_repeated() {
    let fifty = "At least 50 people were killed in Nairobi, the Red Cross said.";
    let inputs = story(&[
        ("2016-03-01", fifty),
        ("2016-03-02", fifty),
        ("2016-03-03", fifty),
        (
            "2016-03-04",
            "The blast killed 40 people in Nairobi, police said.",
        ),
    ]);
    let f = compare(&inputs);
    assert_eq!(kinds(&f), ["number_mismatch"]);
    assert!(f[0].reason.contains("at least 50") && f[0].reason.contains("40"));
}

#[test]
fn number_style_in_a_quotation_is_no_change() {
    let inputs = story(&[
        ("2016-03-01", "\u{201C}The two teams have sent 1,000 soldiers to the border,\u{201D} Defence Minister Ivan Petrov said."),
        ("2016-03-02", "\u{201C}The 2 teams have sent 1000 soldiers to the border,\u{201D} Defence Minister Ivan Petrov said."),
        ("2016-03-03", "\u{201C}The 2 teams have sent 3000 soldiers to the border,\u{201D} Defence Minister Ivan Petrov said."),
    ]);
    let f = compare(&inputs);
    let changes: Vec<_> = f
        .iter()
        .filter(|x| x.kind == FindingKind::QuoteChange)
        .collect();
    // Only the third version changes a number.
    assert!(!changes.is_empty(), "{:?}", kinds(&f));
    assert!(
        changes
            .iter()
            .all(|c| c.later.is_some_and(|l| l.article == 2) || c.earlier.article == 2),
        "{:?}",
        changes.iter().map(|c| &c.reason).collect::<Vec<_>>()
    );
}

#[test]
fn a_statement_is_no_speaker_to_take_a_quotation_from() {
    let inputs = story(&[
        ("2016-03-01", "\u{201C}The embassy will stay open for as long as it is safe,\u{201D} the statement said."),
        ("2016-03-02", "\u{201C}The embassy will stay open for as long as it is safe,\u{201D} Foreign Ministry spokeswoman Irina Volk said."),
    ]);
    let f = compare(&inputs);
    assert!(
        f.is_empty(),
        "{:?}",
        f.iter().map(|x| &x.reason).collect::<Vec<_>>()
    );
}

#[test]
fn versions_of_mixed_dates_sort_without_panicking_and_consistently() {
    // Days, times with and without offsets, and undated versions, in many orders.
    let dates = [
        "2016-09-08",
        "2016-09-08T23:00:00Z",
        "2016-09-08T10:00:00",
        "2016-09-07",
        "2016-09-09T01:00:00+05:00",
    ];
    let mut texts = Vec::new();
    for i in 0..25 {
        let header = if i % 4 == 3 {
            String::new()
        } else {
            format!("published: {}\n\n", dates[i % dates.len()])
        };
        texts.push(format!("{header}H\n\nThe ministry said talks resumed.\n"));
    }
    let inputs: Vec<Extracted> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            extract(
                Article::from_text(&format!("v{i}"), "v.txt", t.clone()),
                None,
                i,
            )
        })
        .collect();
    let order = versions::order(&inputs);
    let mut sorted = order.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, (0..25).collect::<Vec<_>>());
    // Undated versions keep their places.
    for (slot, &i) in order.iter().enumerate() {
        if i % 4 == 3 {
            assert_eq!(slot, i);
        }
    }
    // 2016-09-09T01:00+05:00 is 2016-09-08T20:00Z: before 23:00Z.
    let pos = |i: usize| order.iter().position(|&x| x == i).unwrap();
    assert!(pos(4) < pos(1));
    assert!(pos(3) < pos(0));
}

#[test]
fn figures_under_two_headings_are_two_places() {
    let inputs = story(&[(
        "2016-03-01",
        "NORTH:\nTotal dead: 12\nInjured: 31\n\nSOUTH:\nTotal dead: 140\nInjured: 2,300",
    )]);
    let f = compare(&inputs);
    assert!(
        f.is_empty(),
        "{:?}",
        f.iter().map(|x| &x.reason).collect::<Vec<_>>()
    );
}

#[test]
fn the_same_speaker_restating_in_other_words_retracts_nothing() {
    let inputs = story(&[
        ("2016-03-01T08:00", "Ten engines were sent, fire official Abel Moreno told reporters, adding that the cause of the fire was not yet known."),
        ("2016-03-01T12:00", "Fire official Abel Moreno said ten engines had been deployed and that the cause of the fires was still unknown."),
    ]);
    let (f, _) = compare_versions(&inputs);
    assert!(
        !f.iter().any(|x| x.kind == FindingKind::Retraction),
        "{:?}",
        f.iter()
            .map(|x| sentence(&inputs, x.earlier))
            .collect::<Vec<_>>()
    );
}

#[test]
fn number_findings_do_not_depend_on_the_order_of_the_inputs() {
    let fifty = "At least 50 people were killed in Nairobi, the Red Cross said.";
    let eighty = "The blast killed 80 people in Nairobi, police said.";
    let a = story(&[
        ("2016-03-01", fifty),
        ("2016-03-04", eighty),
        ("2016-03-03", fifty),
        ("2016-03-02", eighty),
    ]);
    let b = story(&[
        ("2016-03-01", fifty),
        ("2016-03-02", eighty),
        ("2016-03-03", fifty),
        ("2016-03-04", eighty),
    ]);
    // "at least 50" and "80" can both hold: no finding either way.
    assert!(compare(&a).is_empty() && compare(&b).is_empty());
    let forty = "The blast killed 40 people in Nairobi, police said.";
    let a = story(&[
        ("2016-03-01", fifty),
        ("2016-03-04", forty),
        ("2016-03-03", fifty),
        ("2016-03-02", forty),
    ]);
    let b = story(&[
        ("2016-03-01", fifty),
        ("2016-03-02", forty),
        ("2016-03-03", fifty),
        ("2016-03-04", forty),
    ]);
    // Reports that name no outlet disagree on 40 against at least 50: one finding, whatever
    // the order of the inputs.
    let reasons = |x: &[Extracted]| {
        compare(x)
            .iter()
            .map(|f| f.reason.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(reasons(&a).len(), 1, "{:?}", reasons(&a));
    assert_eq!(reasons(&a), reasons(&b));
}

#[test]
fn a_source_that_revises_its_own_figure_down_and_back_up_makes_two_findings() {
    let report = |date: &str, n: &str| {
        let text = format!(
            "published: {date}
source: Harbor Wire

Headline

{n} people were killed in the blast in Tarvel, police said.
"
        );
        extract(
            Article::from_text(date, "t.txt", text),
            parse_reference_date("2016-01-01"),
            0,
        )
    };
    let inputs = [
        report("2016-03-01", "Eight"),
        report("2016-03-02", "Eleven"),
        report("2016-03-03", "Eight"),
    ];
    let n = compare(&inputs)
        .iter()
        .filter(|f| f.kind == FindingKind::NumberMismatch)
        .count();
    assert_eq!(n, 2);
}

#[test]
fn a_comparison_with_an_earlier_year_is_no_recalled_event() {
    let inputs = story(&[
        (
            "2016-03-01",
            "At least 50 people were killed in Nairobi, the Red Cross said.",
        ),
        (
            "2016-03-02",
            "The blast killed 40 people in Nairobi, the deadliest attack since 2009, police said.",
        ),
    ]);
    assert_eq!(kinds(&compare(&inputs)), ["number_mismatch"]);
}

#[test]
fn a_quotation_with_a_name_like_a_number_is_unchanged() {
    let q = "\u{201C}We will meet Nan Li and the other negotiators in Geneva next week,\u{201D} Defence Minister Ivan Petrov said.";
    let inputs = story(&[("2016-03-01", q), ("2016-03-02", q)]);
    assert!(
        compare(&inputs).is_empty(),
        "{:?}",
        kinds(&compare(&inputs))
    );
}

#[test]
fn a_part_of_a_count_leaves_the_count_comparable() {
    // "eight of them" is a part of the dead, not a second count of them; "wounding" counts
    // the injured, not the dead.
    let inputs = story(&[
        ("2016-03-02", "A blast hit the market in Tarvel, killing 40 people while wounding at least 300, police said."),
        ("2016-03-03", "More than 100 people have died in Tarvel, eight of them children, the health ministry said."),
    ]);
    let found = compare(&inputs);
    let f = found
        .iter()
        .find(|f| f.kind == FindingKind::NumberMismatch)
        .expect("the toll revised from 40 to more than 100");
    assert!(
        f.reason.contains("40") && f.reason.contains("more than 100"),
        "{}",
        f.reason
    );
    // Consistent figures with a part named are no finding.
    let inputs = story(&[
        ("2016-03-02", "A blast hit the market in Tarvel, killing at least 40 people, police said."),
        ("2016-03-03", "More than 100 people have died in Tarvel, eight of them children, the health ministry said."),
    ]);
    assert_not_reported(&inputs, "number_mismatch");
}

#[test]
fn one_place_spelled_two_ways_is_one_place() {
    let inputs = story(&[
        ("2016-03-02", "At least seven were reported dead in the Karvonian capital of Port es Vela, police said."),
        ("2016-03-03", "Six people were killed in a car bomb attack outside the embassy in the Karvonian capital Port-es-Vela."),
    ]);
    assert_reported(&inputs, "number_mismatch");
    // Another place's count is no revision.
    let inputs = story(&[
        ("2016-03-02", "At least seven were reported dead in the Karvonian capital of Port es Vela, police said."),
        ("2016-03-03", "Six people were killed in a car bomb attack in the port city of Tarvel."),
    ]);
    assert_not_reported(&inputs, "number_mismatch");
}

#[test]
fn there_stands_for_the_place_named_just_before() {
    let inputs = story(&[
        ("2016-03-02", "A bomb exploded near the station in Tarvel on Friday.\n\nAt least 75 people were killed there, police said."),
        ("2016-03-03", "Reports said a blast in Tarvel killed 40 people."),
    ]);
    assert_reported(&inputs, "number_mismatch");
    // The "there" of existence names no place; another place's count is no revision.
    let inputs = story(&[
        ("2016-03-02", "A bomb exploded near the station in Tarvel on Friday.\n\nThere were at least 75 people killed, police said."),
        ("2016-03-03", "Reports said a blast in Tarvel killed 40 people."),
    ]);
    assert_not_reported(&inputs, "number_mismatch");
}

#[test]
fn there_takes_the_place_its_own_sentence_names_first() {
    let inputs = story(&[(
        "2016-03-02",
        "Police said 40 people were killed in Tarvel on Monday.\n\nIn Morlo, officials said 12 people were killed there on Monday.",
    )]);
    assert_not_reported(&inputs, "number_mismatch");
}

#[test]
fn a_count_of_several_places_compares_with_one_of_the_same_places() {
    // A country after a city only says where the city is.
    let inputs = story(&[
        ("2016-03-02", "The bombings in Cusco and Arica last week killed at least 217 people and injured nearly 5,000, officials said."),
        ("2016-03-09", "The attacks at the embassies in Cusco, Peru, and Arica, Chile, killed 257 people and injured more than 5,500, officials said."),
    ]);
    let found = compare(&inputs);
    assert!(
        found
            .iter()
            .any(|f| f.kind == FindingKind::NumberMismatch && f.reason.contains("5500")),
        "{:?}",
        found.iter().map(|f| &f.reason).collect::<Vec<_>>()
    );
    // One of the places alone is another count; two cities are not their two countries; a
    // list later in the sentence is not the count's place.
    for (a, b) in [
        (
            "The bombings in Cusco and Arica last week killed at least 217 people and injured nearly 5,000, officials said.",
            "The attack at the embassy in Cusco, Peru, injured more than 5,500 people, officials said.",
        ),
        (
            "Twelve people were killed in clashes in Lima and Santiago on Monday, officials said.",
            "Forty people have been killed in clashes in Peru and Chile since Monday, officials said.",
        ),
        (
            "Twelve people were killed in Lima on Monday, as fighting raged in Cusco and Arica.",
            "Thirty people were killed in Cusco and Arica on Monday, the monitor said.",
        ),
    ] {
        let inputs = story(&[("2016-03-02", a), ("2016-03-09", b)]);
        assert_not_reported(&inputs, "number_mismatch");
    }
}

#[test]
fn the_old_value_of_a_revision_told_in_one_claim_is_not_compared() {
    // "initially 10" is the old value; 12 is the count, and it agrees with a later 12.
    let inputs = story(&[
        (
            "2016-03-02",
            "The death toll in Tarvel, initially 10, has risen to 12, hospital officials said.",
        ),
        (
            "2016-03-09",
            "Twelve people were killed in Tarvel, the ministry said.",
        ),
    ]);
    assert_not_reported(&inputs, "number_mismatch");
    // The count itself is compared.
    let inputs = story(&[
        (
            "2016-03-02",
            "The death toll in Tarvel, initially 10, has risen to 12, hospital officials said.",
        ),
        (
            "2016-03-09",
            "Eleven people were killed in Tarvel, the ministry said.",
        ),
    ]);
    assert_reported(&inputs, "number_mismatch");
}

#[test]
fn there_after_a_list_and_shares_of_several_places() {
    // "there" after two towns stands for both.
    let inputs = story(&[
        ("2016-03-02", "Floods swept through homes in Ansel and Corvo on Monday.\n\nAt least 12 people drowned there, police said."),
        ("2016-03-03", "Eight people drowned in Ansel, police said."),
    ]);
    assert_not_reported(&inputs, "number_mismatch");
    // A share of voters in two countries is not a share in one.
    let inputs = story(&[
        (
            "2016-03-02",
            "A survey found 60 percent of voters in Peru and Chile support the pact.",
        ),
        (
            "2016-03-03",
            "A survey found 45 percent of voters in Peru support the pact.",
        ),
    ]);
    assert_not_reported(&inputs, "number_mismatch");
}

#[test]
fn a_country_stands_for_its_only_city_in_the_story() {
    let inputs = story(&[
        (
            "2016-03-01",
            "At least 30 people were killed in a bombing in Nairobi, police said.",
        ),
        (
            "2016-03-02",
            "The blast in Kenya killed 24 people, the health ministry said.",
        ),
    ]);
    assert_reported(&inputs, "number_mismatch");
    // A second city of the country in the story (known from its dateline) keeps "Kenya"
    // apart: its count may be both cities'.
    let inputs = story(&[
        (
            "2016-03-01",
            "At least 30 people were killed in a bombing in Nairobi, police said.",
        ),
        (
            "2016-03-02",
            "MOMBASA, Kenya (AP) - Four people were hurt in Mombasa on Tuesday, police said. \
             The blasts in Kenya killed 24 people, the health ministry said.",
        ),
    ]);
    assert_not_reported(&inputs, "number_mismatch");
}

#[test]
fn a_dateline_names_the_country_of_its_city_known_or_not() {
    let inputs = story(&[
        (
            "2016-03-01",
            "KORVA, Delvania, March 1 (Harbor Wire) - At least 30 people were killed in a \
             bombing in Korva, police said.",
        ),
        (
            "2016-03-02",
            "KORVA, Delvania, March 2 (Harbor Wire) - The blast in Delvania killed 24 people, \
             the ministry said.",
        ),
    ]);
    assert_reported(&inputs, "number_mismatch");
}

#[test]
fn bounds_that_leave_their_number_out_do_not_meet_at_it() {
    // "nearly 5,000" is below 5,000 and "more than 5,000" above it.
    let inputs = story(&[
        (
            "2016-03-01",
            "The floods in Tarvel injured nearly 5,000 people, officials said.",
        ),
        (
            "2016-03-02",
            "The floods in Tarvel injured more than 5,000 people, officials said.",
        ),
    ]);
    assert_reported(&inputs, "number_mismatch");
    // "at least 5,000" includes 5,000, and an exact 5,000 rounds "more than 5,000".
    for first in ["at least 5,000", "more than 5,000"] {
        let inputs = story(&[
            (
                "2016-03-01",
                &format!("The floods in Tarvel injured {first} people, officials said."),
            ),
            (
                "2016-03-02",
                "The floods in Tarvel injured 5,000 people, officials said.",
            ),
        ]);
        assert_not_reported(&inputs, "number_mismatch");
    }
}

#[test]
fn a_count_after_a_verb_of_a_running_toll_is_the_tolls() {
    // 12 is the death toll, not a count of blasts, though "blast" stands nearer.
    let inputs = story(&[
        (
            "2016-03-02",
            "The death toll in the Chile blast, initially 10, has risen to 12, hospital \
             officials said.",
        ),
        (
            "2016-03-09",
            "Of those killed, 11 were killed in Chile, the ministry said.",
        ),
    ]);
    assert_reported(&inputs, "number_mismatch");
}

#[test]
fn a_figure_in_a_block_counts_under_its_heading_and_the_event_above_it() {
    let table = "The following are the figures as of Monday.\n\nKENYA:\nTotal dead: 192\n\
                 Americans: 12\nInjured: 4,877\n\nTANZANIA:\nTotal dead: 10\nAmericans: 0";
    let inputs = story(&[
        (
            "2016-03-01",
            "Eight Americans were among the dead in the blast in Nairobi, officials said.",
        ),
        ("2016-03-03", table),
    ]);
    let found = compare(&inputs);
    assert!(
        found.iter().any(|f| f.kind == FindingKind::NumberMismatch
            && f.reason.contains("(american)")
            && f.reason.contains("12")),
        "{:?}",
        found.iter().map(|f| &f.reason).collect::<Vec<_>>()
    );
    // The dead of the Tanzania block are not the Kenya block's.
    assert!(!found
        .iter()
        .any(|f| f.reason.contains("192") && f.reason.contains(" 10 ")));
}

#[test]
fn a_count_with_a_place_of_its_own_is_that_places() {
    let inputs = story(&[
        (
            "2016-03-01",
            "The bombings killed 247 people in Kenya and 10 in Tanzania, officials said.",
        ),
        (
            "2016-03-02",
            "The car bomb attack at the embassy in Nairobi killed 253 people, police said.",
        ),
    ]);
    assert_reported(&inputs, "number_mismatch");
    // A list of places after the count is no one place of its own.
    let inputs = story(&[
        (
            "2016-03-01",
            "The blasts killed 257 people in Nairobi and Dar es Salaam, officials said.",
        ),
        (
            "2016-03-02",
            "The car bomb attack at the embassy in Nairobi killed 253 people, police said.",
        ),
    ]);
    assert_not_reported(&inputs, "number_mismatch");
}

#[test]
fn a_running_total_of_a_country_is_not_its_one_citys() {
    let inputs = story(&[(
        "2016-03-01",
        "A bomb in Damascus killed 30 people on Monday, monitors said. The war in Syria has \
         killed more than 300,000 people since 2011.",
    )]);
    assert_not_reported(&inputs, "number_mismatch");
}

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

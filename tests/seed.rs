//! The example the tool exists for: the seed article, alone, through every command.

mod util;
use util::*;

#[test]
fn compare_finds_the_one_reversal_with_both_sentences() {
    let out = claimdiff()
        .args(["compare"])
        .arg(seed_file())
        .args(["--date", "2016-09-08", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let doc = stdout_json(&out);
    assert_eq!(doc["schema"], "claimdiff/1");
    let serious: Vec<_> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] != "low")
        .collect();
    assert_eq!(serious.len(), 1, "{serious:#?}");
    let f = serious[0];
    assert_eq!(f["kind"], "stance_reversal");
    assert_eq!(f["severity"], "high");
    assert_eq!(f["actor"], "US State Department");
    assert!(f["earlier"]["sentence"]
        .as_str()
        .unwrap()
        .contains("did not believe it was worthwhile for Kerry to meet"));
    assert_eq!(f["earlier"]["stance"], "negative");
    assert!(f["later"]["sentence"]
        .as_str()
        .unwrap()
        .contains("will meet Russian Foreign Minister Sergei Lavrov in Geneva on Friday"));
    assert_eq!(f["later"]["stance"], "positive");
    assert_eq!(f["later"]["stated_at"]["date"], "2016-09-08");
    assert!(!f["reason"].as_str().unwrap().is_empty());
    for key in [
        "id",
        "kind",
        "severity",
        "confidence",
        "actor",
        "earlier",
        "later",
        "reason",
    ] {
        assert!(f.get(key).is_some(), "finding lacks {key}");
    }
    for key in [
        "article",
        "claim",
        "sentence",
        "stance",
        "stated_at",
        "quote",
    ] {
        assert!(f["earlier"].get(key).is_some(), "side lacks {key}");
    }
}

#[test]
fn compare_without_a_date_still_finds_the_reversal() {
    let out = claimdiff()
        .args(["compare", SEED_DIR, "--format", "jsonl"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(lines
        .iter()
        .any(|f| f["kind"] == "stance_reversal" && f["actor"] == "US State Department"));
    assert!(
        stderr(&out).contains("no publication time"),
        "{}",
        stderr(&out)
    );
}

fn seed_claims() -> Vec<serde_json::Value> {
    let out = claimdiff()
        .args(["extract"])
        .arg(seed_file())
        .args(["--date", "2016-09-08", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    stdout_json(&out)["claims"].as_array().unwrap().clone()
}

fn claim_with<'a>(claims: &'a [serde_json::Value], needle: &str) -> &'a serde_json::Value {
    claims
        .iter()
        .find(|c| c["proposition"]["text"].as_str().unwrap().contains(needle))
        .unwrap_or_else(|| panic!("no claim with {needle:?}"))
}

#[test]
fn extract_gives_actors_stances_and_times() {
    let claims = seed_claims();
    let lead = claim_with(&claims, "will meet Russian Foreign Minister");
    assert_eq!(lead["actor"]["name"], "US State Department");
    assert_eq!(lead["stance"], "positive");
    assert_eq!(lead["stated_at"]["date"], "2016-09-08");
    assert_eq!(lead["event_time"]["date"], "2016-09-09");
    let kirby = claim_with(&claims, "Their discussion follows");
    assert_eq!(kirby["actor"]["name"], "US State Department");
    assert_eq!(kirby["speaker"], "State Department spokesman John Kirby");
    assert_eq!(kirby["attribution"], "direct_quote");
    let toner = claim_with(&claims, "remaining issues are at a technical level");
    assert_eq!(toner["actor"]["name"], "US State Department");
    let added = claim_with(&claims, "worth his while");
    assert_eq!(added["speaker"], "he");
    assert_eq!(added["actor"]["name"], "US State Department");
    assert_eq!(added["stance"], "negative");
    let official = claim_with(&claims, "The meeting will be tomorrow morning");
    assert_eq!(official["actor"]["name"], "Russian Foreign Ministry");
    assert_eq!(official["speaker"], "a ministry official");
    assert_eq!(official["event_time"]["date"], "2016-09-09");
    assert_eq!(official["event_time"]["value"], "2016-09-09TMO");
    let not_worth = claim_with(&claims, "did not believe it was worthwhile");
    assert_eq!(not_worth["actor"]["name"], "US State Department");
    assert_eq!(not_worth["stance"], "negative");
}

#[test]
fn spans_cut_the_words_out_of_the_file() {
    let raw = std::fs::read(seed_file()).unwrap();
    for c in seed_claims() {
        let cut = |key: &str| {
            let s = &c[key];
            if s.is_null() {
                return None;
            }
            let (a, b) = (
                s[0].as_u64().unwrap() as usize,
                s[1].as_u64().unwrap() as usize,
            );
            Some(String::from_utf8(raw[a..b].to_vec()).unwrap())
        };
        assert_eq!(
            cut("content_span").unwrap(),
            c["proposition"]["text"].as_str().unwrap()
        );
        assert_eq!(
            cut("speaker_span"),
            c["speaker"].as_str().map(str::to_string)
        );
        assert!(cut("span")
            .unwrap()
            .contains(c["proposition"]["text"].as_str().unwrap()));
    }
}

#[test]
fn check_passes_on_the_fixtures() {
    let out = claimdiff().args(["check", "fixtures"]).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    assert!(stdout(&out).contains("ok   kerry-lavrov"));
}

#[test]
fn table_at_80_columns() {
    let out = claimdiff()
        .args(["compare"])
        .arg(seed_file())
        .args(["--date", "2016-09-08", "--color", "never"])
        .output()
        .unwrap();
    let table = stdout(&out);
    for line in table.lines() {
        assert!(line.chars().count() <= 80, "line wider than 80: {line}");
    }
    insta::assert_snapshot!("seed_table_80", table);
}

#[test]
fn table_at_200_columns_has_a_reason_column() {
    let out = claimdiff()
        .env("COLUMNS", "200")
        .args(["compare"])
        .arg(seed_file())
        .args(["--date", "2016-09-08", "--color", "never"])
        .output()
        .unwrap();
    let table = stdout(&out);
    assert!(
        table.lines().any(|l| l.chars().count() > 120),
        "the table should use the width"
    );
    assert!(table.lines().all(|l| l.chars().count() <= 200));
    assert!(
        table.lines().next().unwrap().contains("reason")
            || table.lines().nth(1).unwrap().contains("reason")
    );
    insta::assert_snapshot!("seed_table_200", table);
}

#[test]
fn extract_table_lists_claims() {
    let out = claimdiff()
        .env("COLUMNS", "200")
        .args(["extract"])
        .arg(seed_file())
        .args(["--date", "2016-09-08", "--color", "never"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let t = stdout(&out);
    for col in ["claim", "actor", "when", "proposition"] {
        assert!(t.contains(col), "no column {col}");
    }
    assert!(
        t.contains("Russian Foreign Ministry") && t.contains("(a ministry official)"),
        "{t}"
    );
    assert!(t.contains("negative") && t.contains("direct_quote"));
}

//! Corpus mode through the command line: the fixture stories as one JSONL feed.

mod util;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use util::*;

/// Every fixture article as one JSON line, in publication order (the way a wire feed
/// interleaves stories), with the header fields as JSON fields.
fn fixture_feed() -> String {
    let mut rows: Vec<(String, String)> = Vec::new();
    for story in std::fs::read_dir("fixtures").unwrap().flatten() {
        for file in std::fs::read_dir(story.path()).unwrap().flatten() {
            let path = file.path();
            if path.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let (header, body) = text.split_once("\n\n").unwrap();
            let mut obj = serde_json::Map::new();
            let name = path.file_stem().unwrap().to_string_lossy();
            let story_name = story.file_name().to_string_lossy().to_string();
            obj.insert("id".into(), format!("{story_name}/{name}").into());
            for line in header.lines() {
                if let Some((k, v)) = line.split_once(": ") {
                    if ["title", "source", "published", "updated", "url"].contains(&k) {
                        obj.insert(k.into(), v.trim().into());
                    }
                }
            }
            obj.insert("body".into(), body.into());
            let published = obj
                .get("published")
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_string();
            rows.push((published, serde_json::Value::Object(obj).to_string()));
        }
    }
    rows.sort();
    assert!(rows.len() > 20, "fixture articles: {}", rows.len());
    rows.into_iter().map(|(_, l)| l + "\n").collect()
}

fn corpus(args: &[&str], input: &str) -> std::process::Output {
    claimdiff()
        .arg("corpus")
        .args(args)
        .arg("-")
        .write_stdin(input.to_string())
        .output()
        .unwrap()
}

fn lines(out: &std::process::Output) -> Vec<serde_json::Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

#[test]
fn finds_the_seed_reversal_in_a_feed_of_all_fixtures() {
    let out = corpus(&["--exit-zero"], &fixture_feed());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let found = lines(&out);
    let reversal = found
        .iter()
        .find(|f| f["kind"] == "stance_reversal" && f["actor"] == "US State Department")
        .unwrap_or_else(|| panic!("no reversal in {found:#?}"));
    assert!(reversal["story"].as_str().unwrap().contains('|'));
    assert!(reversal["earlier"]["article"]
        .as_str()
        .unwrap()
        .starts_with("kerry-lavrov/"));
    // Findings name their story and are whole findings of the `compare` schema.
    for f in &found {
        for field in [
            "story",
            "id",
            "kind",
            "severity",
            "confidence",
            "earlier",
            "reason",
        ] {
            assert!(f.get(field).is_some(), "{field} missing in {f}");
        }
    }
}

#[test]
fn output_does_not_depend_on_threads() {
    let feed = fixture_feed();
    let one = corpus(&["--exit-zero", "-j", "1"], &feed);
    let two = corpus(&["--exit-zero", "-j", "2"], &feed);
    let four = corpus(&["--exit-zero", "--threads", "4"], &feed);
    assert!(!one.stdout.is_empty());
    assert_eq!(stdout(&one), stdout(&two));
    assert_eq!(stdout(&one), stdout(&four));
}

#[test]
fn shards_partition_the_stories_exactly() {
    let feed = fixture_feed();
    let all = corpus(&["--exit-zero"], &feed);
    let mut union: Vec<String> = Vec::new();
    let mut owner: BTreeMap<String, usize> = BTreeMap::new();
    for i in 0..3 {
        let part = corpus(&["--exit-zero", "--shard", &format!("{i}/3")], &feed);
        assert_eq!(part.status.code(), Some(0), "{}", stderr(&part));
        for f in lines(&part) {
            let story = f["story"].as_str().unwrap().to_string();
            let prev = owner.insert(story.clone(), i);
            assert!(prev.is_none_or(|p| p == i), "story {story} in two shards");
        }
        union.extend(stdout(&part).lines().map(str::to_string));
    }
    let mut whole: Vec<String> = stdout(&all).lines().map(str::to_string).collect();
    union.sort();
    whole.sort();
    assert!(!whole.is_empty());
    assert_eq!(union, whole, "the shards together are the whole run");
}

/// A long feed: the fixture feed thirty times over, a week apart each time, with some
/// lines moved later (a feed is not always in order): several batches of 512 lines, and
/// stories closed as the feed moves on.
fn long_feed() -> String {
    let base = fixture_feed();
    let mut lines: Vec<String> = Vec::new();
    for copy in 0..30i64 {
        for line in base.lines() {
            let mut obj: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(line).unwrap();
            let id = format!("{}#{copy}", obj["id"].as_str().unwrap());
            obj.insert("id".into(), id.into());
            if let Some(p) = obj.get("published").and_then(|v| v.as_str()) {
                let day = chrono::NaiveDate::parse_from_str(&p[..10], "%Y-%m-%d").unwrap();
                let moved = day + chrono::Duration::days(7 * copy);
                obj.insert("published".into(), format!("{moved}{}", &p[10..]).into());
            }
            lines.push(serde_json::Value::Object(obj).to_string());
        }
    }
    // Moved more than a batch later: its story may have been closed by then.
    for k in (0..lines.len().saturating_sub(700)).step_by(40) {
        let late = lines.remove(k);
        lines.insert(k + 650, late);
    }
    assert!(lines.len() > 1024, "{}", lines.len());
    lines.join("\n") + "\n"
}

#[test]
fn long_out_of_order_feeds_are_the_same_for_any_threads_and_shards() {
    let feed = long_feed();
    let one = corpus(&["--exit-zero", "-j", "1"], &feed);
    let two = corpus(&["--exit-zero", "-j", "2"], &feed);
    assert_eq!(one.status.code(), Some(0), "{}", stderr(&one));
    assert!(!one.stdout.is_empty());
    assert_eq!(stdout(&one), stdout(&two));
    let mut union: Vec<String> = Vec::new();
    for i in 0..4 {
        let part = corpus(&["--exit-zero", "--shard", &format!("{i}/4")], &feed);
        union.extend(stdout(&part).lines().map(str::to_string));
    }
    let mut whole: Vec<String> = stdout(&one).lines().map(str::to_string).collect();
    union.sort();
    whole.sort();
    assert_eq!(union, whole, "the shards together are the whole run");
}

/// A story the feed has moved past is closed in every shard as in the whole run, even
/// when the article that moved the feed on belongs to another shard.
#[test]
fn shards_close_stories_when_the_whole_run_does() {
    let article = |id: &str, date: &str, body: &str| {
        serde_json::json!({"id": id, "published": date, "body": body}).to_string()
    };
    let mut lines = vec![article(
        "k1",
        "2016-09-05",
        "Secretary of State John Kerry will meet Foreign Minister Sergei Lavrov in Geneva on Friday, the State Department said.",
    )];
    // Undated filler (stories of their own) fills the first batch of 512 lines.
    let filler = |i: usize| {
        serde_json::json!({"id": format!("f{i}"), "body": "It rained all day."}).to_string()
    };
    lines.extend((0..520).map(filler));
    lines.push(article(
        "s1",
        "2016-09-15",
        "Dock workers in Valdora will strike for 48 hours from Monday, union leader Ines Caro said.",
    ));
    lines.extend((520..1040).map(filler));
    lines.push(article(
        "k2",
        "2016-09-06",
        "Secretary of State John Kerry will not meet Foreign Minister Sergei Lavrov in Geneva, the State Department said.",
    ));
    let feed = lines.join("\n") + "\n";
    let whole = corpus(&["--exit-zero"], &feed);
    let mut whole_lines: Vec<String> = stdout(&whole).lines().map(str::to_string).collect();
    whole_lines.sort();
    for n in [2, 3, 5] {
        let mut union: Vec<String> = Vec::new();
        for i in 0..n {
            let part = corpus(&["--exit-zero", "--shard", &format!("{i}/{n}")], &feed);
            union.extend(stdout(&part).lines().map(str::to_string));
        }
        union.sort();
        assert_eq!(union, whole_lines, "shards of {n}");
    }
}

#[test]
fn keys_route_every_article_stably() {
    let feed = fixture_feed();
    let out = corpus(&["--keys"], &feed);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let keyed: Vec<(&str, &str)> = text.lines().map(|l| l.split_once('\t').unwrap()).collect();
    assert_eq!(keyed.len(), feed.lines().count());
    let originals: BTreeSet<&str> = feed.lines().collect();
    for (key, line) in &keyed {
        let (hash, date) = key.split_once('|').unwrap();
        assert_eq!(hash.len(), 16, "{key}");
        assert!(u64::from_str_radix(hash, 16).is_ok(), "{key}");
        assert!(date == "-" || date.len() == 10, "{key}");
        assert!(originals.contains(line), "the line is passed on as it was");
    }
    // The same article keeps its key in every run.
    assert_eq!(stdout(&corpus(&["--keys"], &feed)), text);
}

#[test]
fn a_bad_line_is_named_and_the_rest_is_compared() {
    let feed = fixture_feed();
    let mut broken: Vec<&str> = feed.lines().collect();
    broken.insert(1, "{\"id\": \"x\", \"body\": ");
    broken.insert(3, "not json at all");
    let input = broken.join("\n") + "\n";
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "feed.jsonl", &input);
    let out = claimdiff()
        .args(["corpus", "--exit-zero"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    let name = Path::new(&path).display().to_string();
    assert!(err.contains(&format!("{name}:2:")), "{err}");
    assert!(err.contains(&format!("{name}:4:")), "{err}");
    assert!(
        lines(&out).iter().any(|f| f["kind"] == "stance_reversal"),
        "the good lines are still compared"
    );
}

#[test]
fn bad_options_and_missing_files_exit_2() {
    for shard in ["3/3", "x", "1/0"] {
        let out = corpus(&["--shard", shard], "");
        assert_eq!(out.status.code(), Some(2), "--shard {shard}");
        assert!(stderr(&out).contains("--shard"), "{}", stderr(&out));
    }
    let out = claimdiff()
        .args(["corpus", "no/such/feed.jsonl"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no/such/feed.jsonl"));
    let out = corpus(&["--format", "json"], "");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn an_empty_feed_is_no_finding() {
    let out = corpus(&[], "\n\n");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
}

//! The CI side: config, baselines, output formats, HTML and git inputs, completions.

mod util;
use predicates::prelude::*;
use util::*;

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

const EARLY: &str = "published: 2016-03-01\n\nTalks off\n\nArun Mehta will not meet Karim Shah, the Indian Foreign Ministry said.\n";
const LATE: &str = "published: 2016-03-02\n\nTalks on\n\nArun Mehta will meet Karim Shah in Dubai on Friday, the Indian Foreign Ministry said.\n";
const LATER: &str = "published: 2016-03-03\n\nTalks\n\nAt least 75 people were killed in Nairobi, the Red Cross said.\n\nThe blast killed 40 people in Nairobi, police said.\n";

fn story(dir: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    (write(dir, "s/a.txt", EARLY), write(dir, "s/b.txt", LATE))
}

#[test]
fn every_format_on_one_story() {
    let dir = tmp();
    story(dir.path());
    let s = dir.path().join("s");
    let run = |fmt: &str| {
        let out = claimdiff()
            .args(["compare", "--format", fmt])
            .arg(&s)
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{fmt}: {}", stderr(&out));
        stdout(&out).replace(&dir.path().display().to_string(), "TMP")
    };
    insta::assert_snapshot!("format_markdown", run("markdown"));
    insta::assert_snapshot!("format_github", run("github"));
    insta::assert_snapshot!("format_jsonl", run("jsonl"));
    insta::assert_snapshot!("format_table", run("table"));
    insta::assert_snapshot!("format_json", run("json"));
    // Every format on the seed fixture story too.
    let seed = |fmt: &str| {
        let out = claimdiff()
            .args(["compare", SEED_DIR, "--date", "2016-09-08", "--format", fmt])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{fmt}: {}", stderr(&out));
        stdout(&out).replace(env!("CARGO_PKG_VERSION"), "VERSION")
    };
    for fmt in ["table", "json", "jsonl", "markdown", "sarif", "github"] {
        insta::assert_snapshot!(format!("seed_format_{fmt}"), seed(fmt));
    }
    let sarif_text = run("sarif");
    insta::assert_snapshot!(
        "format_sarif",
        sarif_text.replace(env!("CARGO_PKG_VERSION"), "VERSION")
    );
    let sarif: serde_json::Value = serde_json::from_str(&sarif_text).unwrap();
    // The SARIF 2.1.0 shape: version, runs[].tool.driver with rules, results with ruleId,
    // level, message, locations and fingerprints.
    assert_eq!(sarif["version"], "2.1.0");
    let run0 = &sarif["runs"][0];
    assert_eq!(run0["tool"]["driver"]["name"], "claimdiff");
    let rules = run0["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), 7);
    assert!(rules
        .iter()
        .all(|r| r["id"].is_string() && r["shortDescription"]["text"].is_string()));
    let r = &run0["results"][0];
    assert_eq!(r["ruleId"], "stance_reversal");
    assert_eq!(r["level"], "error");
    assert!(r["message"]["text"]
        .as_str()
        .unwrap()
        .contains("Indian Foreign Ministry"));
    let loc = &r["locations"][0]["physicalLocation"];
    assert!(loc["artifactLocation"]["uri"]
        .as_str()
        .unwrap()
        .ends_with("b.txt"));
    assert_eq!(loc["region"]["startLine"], 5);
    assert_eq!(
        r["partialFingerprints"]["claimdiff/v1"]
            .as_str()
            .unwrap()
            .len(),
        16
    );
}

#[test]
fn formats_that_do_not_apply_are_usage_errors() {
    claimdiff()
        .args(["extract", SEED_DIR, "--format", "sarif"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("does not apply"));
    claimdiff()
        .args(["compare", SEED_DIR, "--format", "junit"])
        .assert()
        .code(2);
}

#[test]
fn junit_for_check() {
    let out = claimdiff()
        .args(["check", "fixtures", "--format", "junit"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let xml = stdout(&out);
    assert!(xml.starts_with("<?xml"));
    assert!(xml.contains("<testcase classname=\"claimdiff.check\" name=\"kerry-lavrov\"/>"));
    assert!(xml.contains("failures=\"0\""));
}

#[test]
fn baseline_round_trip() {
    let dir = tmp();
    story(dir.path());
    let s = dir.path().join("s");
    let base = dir.path().join("baseline.json");
    claimdiff()
        .arg("compare")
        .arg(&s)
        .arg("--write-baseline")
        .arg(&base)
        .assert()
        .code(0);
    let text = std::fs::read_to_string(&base).unwrap();
    assert!(text.contains("claimdiff-baseline/1") && text.contains("stance_reversal"));
    assert!(!text.contains("\"line"), "baselines are not keyed by lines");
    // Today's findings are accepted.
    claimdiff()
        .arg("compare")
        .arg(&s)
        .arg("--baseline")
        .arg(&base)
        .assert()
        .code(0);
    // A new finding fails, and only it is shown.
    write(dir.path(), "s/c.txt", LATER);
    let out = claimdiff()
        .args(["compare", "--format", "jsonl"])
        .arg(&s)
        .arg("--baseline")
        .arg(&base)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["kind"], "number_mismatch");
    // An entry that no longer matches is listed as stale.
    std::fs::remove_file(dir.path().join("s/a.txt")).unwrap();
    let out = claimdiff()
        .arg("compare")
        .arg(&s)
        .arg("--baseline")
        .arg(&base)
        .output()
        .unwrap();
    assert!(
        stderr(&out).contains("stale baseline entry"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_baseline_that_is_not_ours() {
    let dir = tmp();
    let (a, _) = story(dir.path());
    let bad = write(
        dir.path(),
        "other.json",
        "{\"schema\": \"something/2\", \"findings\": []}",
    );
    claimdiff()
        .arg("compare")
        .arg(&a)
        .arg("--baseline")
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a claimdiff baseline"));
    // A byte-order mark before our own baseline is no reason to refuse it.
    let bom = write(
        dir.path(),
        "bom.json",
        "\u{feff}{\"schema\": \"claimdiff-baseline/1\", \"findings\": []}",
    );
    claimdiff()
        .arg("compare")
        .arg(&a)
        .arg("--baseline")
        .arg(&bom)
        .assert()
        .code(0);
}

#[test]
fn fail_on_and_exit_zero() {
    let dir = tmp();
    story(dir.path());
    let s = dir.path().join("s");
    claimdiff()
        .arg("compare")
        .arg(&s)
        .args(["--fail-on", "high"])
        .assert()
        .code(1);
    claimdiff()
        .arg("compare")
        .arg(&s)
        .arg("--exit-zero")
        .assert()
        .code(0);
    // Only low-severity disagreements: below --fail-on medium.
    write(dir.path(), "d/a.txt", "published: 2016-03-01\n\nH\n\nArun Mehta will meet Karim Shah on Friday, the Indian Foreign Ministry said.\n");
    write(dir.path(), "d/b.txt", "published: 2016-03-01\n\nH\n\nArun Mehta will not meet Karim Shah, the Pakistani Foreign Ministry said.\n");
    claimdiff()
        .arg("compare")
        .arg(dir.path().join("d"))
        .args(["--fail-on", "medium"])
        .assert()
        .code(0);
    claimdiff()
        .arg("compare")
        .arg(dir.path().join("d"))
        .assert()
        .code(1);
}

#[test]
fn config_aliases_ignores_and_unknown_keys() {
    let dir = tmp();
    story(dir.path());
    write(
        dir.path(),
        "claimdiff.toml",
        "[actors.aliases]\n\"Indian Foreign Ministry\" = \"Ministry of External Affairs\"\n",
    );
    let out = claimdiff()
        .args(["compare", "s", "--format", "jsonl"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(
        stdout(&out).contains("\"actor\":\"Ministry of External Affairs\""),
        "{}",
        stdout(&out)
    );
    // Found from a directory below, too.
    std::fs::create_dir_all(dir.path().join("sub")).unwrap();
    let out = claimdiff()
        .args(["compare", "../s", "--format", "jsonl"])
        .current_dir(dir.path().join("sub"))
        .output()
        .unwrap();
    assert!(stdout(&out).contains("Ministry of External Affairs"));
    write(
        dir.path(),
        "claimdiff.toml",
        "[ignore]\nkinds = [\"stance_reversal\"]\n",
    );
    claimdiff()
        .args(["compare", "s"])
        .current_dir(dir.path())
        .assert()
        .code(0);
    write(
        dir.path(),
        "claimdiff.toml",
        "[ignore]\npaths = [\"*/b.txt\"]\n",
    );
    claimdiff()
        .args(["compare", "s"])
        .current_dir(dir.path())
        .assert()
        .code(0);
    write(
        dir.path(),
        "claimdiff.toml",
        "[thresholds]\nfail_on = \"high\"\nmin_confidense = 1\n",
    );
    let out = claimdiff()
        .args(["compare", "s"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("claimdiff.toml:3") && stderr(&out).contains("min_confidense"),
        "{}",
        stderr(&out)
    );
    // --config names the file.
    let other = write(
        dir.path(),
        "ci/strict.toml",
        "[thresholds]\nmin_confidence = 0.99\n",
    );
    claimdiff()
        .args(["compare", "s", "--config"])
        .arg(&other)
        .current_dir(dir.path().join("sub"))
        .arg("--date")
        .arg("2016-03-03")
        .current_dir(dir.path())
        .assert()
        .code(0);
}

#[test]
fn lexicon_additions() {
    let dir = tmp();
    write(
        dir.path(),
        "claimdiff.toml",
        "[lexicon]\nreporting_verbs = [\"opined\"]\n",
    );
    write(
        dir.path(),
        "a.txt",
        "H\n\nThe ceasefire will hold, the minister opined.\n",
    );
    let out = claimdiff()
        .args(["extract", "a.txt", "--format", "jsonl"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(
        stdout(&out).contains("\"cue\":\"opined\""),
        "{}",
        stdout(&out)
    );
}

#[test]
fn html_pages() {
    let dir = tmp();
    let page = "<html><head><title>Talks set</title><meta property=\"article:published_time\" content=\"2016-09-08T10:00:00Z\"></head><body><nav>Home | World</nav><article><p>Arun Mehta will meet Karim Shah in Dubai on Friday, the Indian Foreign Ministry said on Thursday, as both sides sought to end the dispute.</p><p>The two men last met in March, officials said, and their aides have prepared the talks for weeks in both capitals.</p></article><footer>Related stories</footer></body></html>";
    let p = write(dir.path(), "page.html", page);
    let out = claimdiff()
        .args(["extract", "--format", "json"])
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let doc = stdout_json(&out);
    assert_eq!(doc["articles"][0]["published"], "2016-09-08T10:00:00+00:00");
    let c = doc["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["attribution"] == "indirect")
        .unwrap()
        .clone();
    assert_eq!(c["event_time"]["date"], "2016-09-09");
    assert!(!stdout(&out).contains("Related stories"));
}

fn git(dir: &std::path::Path, args: &[&str]) {
    let ok = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@t")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@t")
        .status()
        .unwrap()
        .success();
    assert!(ok, "git {args:?}");
}

#[test]
fn versions_from_git_history() {
    let dir = tmp();
    git(dir.path(), &["init", "-q"]);
    write(dir.path(), "story.txt", "Fire at plant\n\nThe fire is under control, the fire service said.\n\nPolice said the blaze had been started deliberately by a former worker.\n");
    git(dir.path(), &["add", "story.txt"]);
    git(
        dir.path(),
        &[
            "commit",
            "-q",
            "-m",
            "first",
            "--date",
            "2016-03-01T08:00:00+00:00",
        ],
    );
    write(
        dir.path(),
        "story.txt",
        "Fire at plant\n\nThe fire is now under control, the fire service said.\n",
    );
    git(
        dir.path(),
        &[
            "commit",
            "-q",
            "-am",
            "update",
            "--date",
            "2016-03-01T12:00:00+00:00",
        ],
    );
    let out = claimdiff()
        .args(["versions", "--format", "json", "--git"])
        .arg(dir.path().join("story.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let doc = stdout_json(&out);
    assert_eq!(doc["articles"].as_array().unwrap().len(), 2);
    assert!(doc["articles"][0]["id"]
        .as_str()
        .unwrap()
        .starts_with("story@"));
    assert_eq!(doc["findings"][0]["kind"], "retraction");
    // Annotations point at the file, not at the revision.
    let out = claimdiff()
        .args(["versions", "--format", "github", "--git"])
        .arg(dir.path().join("story.txt"))
        .output()
        .unwrap();
    assert!(
        stdout(&out).contains("story.txt,line=") && !stdout(&out).contains("story.txt@"),
        "{}",
        stdout(&out)
    );
    // A file renamed (to a name that is not ASCII) keeps its history before the rename.
    git(dir.path(), &["mv", "story.txt", "café story.txt"]);
    git(
        dir.path(),
        &[
            "commit",
            "-q",
            "-m",
            "rename",
            "--date",
            "2016-03-01T13:00:00+00:00",
        ],
    );
    let out = claimdiff()
        .args(["versions", "--format", "json", "--git"])
        .arg(dir.path().join("café story.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(stdout_json(&out)["articles"].as_array().unwrap().len(), 3);
    // HTML revisions are read as pages, not as text.
    write(dir.path(), "page.html", "<html><head><title>Plant fire</title></head><body><article><p>The fire at the plant is under control, the fire service said on Tuesday.</p></article></body></html>");
    git(dir.path(), &["add", "page.html"]);
    git(
        dir.path(),
        &[
            "commit",
            "-q",
            "-m",
            "page",
            "--date",
            "2016-03-01T14:00:00+00:00",
        ],
    );
    let out = claimdiff()
        .args(["versions", "--format", "json", "--git"])
        .arg(dir.path().join("page.html"))
        .output()
        .unwrap();
    let doc = stdout_json(&out);
    assert_eq!(doc["articles"][0]["title"], "Plant fire", "{doc}");
    // A file git does not track has no history.
    let untracked = write(dir.path(), "new.txt", "Text.\n");
    claimdiff()
        .args(["versions", "--git"])
        .arg(&untracked)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("new.txt"));
}

#[test]
fn completions() {
    claimdiff()
        .args(["completions", "bash"])
        .assert()
        .success()
        .stdout(predicate::str::contains("claimdiff"));
}

#[test]
fn config_mistakes_are_errors_naming_the_file_and_line() {
    let dir = tmp();
    let run = |toml: &str| {
        write(dir.path(), "claimdiff.toml", toml);
        write(
            dir.path(),
            "a.txt",
            "H\n\nOfficials in Zürich said talks would resume.\n",
        );
        claimdiff()
            .args(["compare", "a.txt"])
            .current_dir(dir.path())
            .output()
            .unwrap()
    };
    // An empty word would match everywhere.
    let out = run("[lexicon]\n\nreporting_verbs = [\"\"]\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("claimdiff.toml:3"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("empty word"), "{}", stderr(&out));
    // A kind that does not exist is a typo, not a silent no-op.
    let out = run("[ignore]\nkinds = [\"stance-reversal\"]\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("claimdiff.toml:2"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("stance_reversal"), "{}", stderr(&out));
    // An out-of-range threshold names the file; the flag overrides the file.
    let out = run("[thresholds]\nmin_confidence = 3\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("claimdiff.toml"), "{}", stderr(&out));
    write(
        dir.path(),
        "claimdiff.toml",
        "[thresholds]\nmin_confidence = 0.99\n",
    );
    story(dir.path());
    claimdiff()
        .args(["compare", "s"])
        .current_dir(dir.path())
        .assert()
        .code(0);
    claimdiff()
        .args(["compare", "s", "--min-confidence", "0"])
        .current_dir(dir.path())
        .assert()
        .code(1);
}

#[test]
fn ignored_paths_match_below_the_start() {
    let dir = tmp();
    write(
        dir.path(),
        "claimdiff.toml",
        "[ignore]\npaths = [\"s/b*\"]\n",
    );
    story(dir.path());
    // Only a.txt is read, so nothing is found, however the path is written.
    for arg in ["s", "./s"] {
        let out = claimdiff()
            .args(["compare", arg, "--format", "json"])
            .current_dir(dir.path())
            .output()
            .unwrap();
        let doc = stdout_json(&out);
        assert_eq!(doc["articles"].as_array().unwrap().len(), 1, "{arg}");
    }
}

/// A fixture story of the reversal that expects nothing: `check` fails on it.
fn unexpected_story(dir: &std::path::Path) {
    write(dir, "fx/talks/a.txt", EARLY);
    write(dir, "fx/talks/b.txt", LATE);
    write(dir, "fx/talks/expected.json", "{\"findings\": []}");
}

#[test]
fn check_uses_aliases_kinds_and_baselines_like_compare() {
    let dir = tmp();
    unexpected_story(dir.path());
    let check = |extra: &[&str]| {
        claimdiff()
            .args(["check", "fx", "--format", "json"])
            .args(extra)
            .current_dir(dir.path())
            .output()
            .unwrap()
    };
    let out = check(&[]);
    assert_eq!(out.status.code(), Some(1));
    // Aliases rename the actor as they do under compare.
    write(
        dir.path(),
        "claimdiff.toml",
        "[actors.aliases]\n\"Indian Foreign Ministry\" = \"India\"\n",
    );
    let doc = stdout_json(&check(&[]));
    assert_eq!(doc["stories"][0]["unexpected"][0]["actor"], "India");
    // A kind left out is not unexpected.
    write(
        dir.path(),
        "claimdiff.toml",
        "[ignore]\nkinds = [\"stance_reversal\"]\n",
    );
    assert_eq!(check(&[]).status.code(), Some(0));
    std::fs::remove_file(dir.path().join("claimdiff.toml")).unwrap();
    // A baseline accepts today's failing findings; writing it is no failure.
    assert_eq!(
        check(&["--write-baseline", "base.json"]).status.code(),
        Some(0)
    );
    let out = check(&["--baseline", "base.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    // A finding the baseline does not hold still fails.
    write(
        dir.path(),
        "fx/talks/c.txt",
        "published: 2016-03-03\n\nToll\n\nAt least 75 people were killed in Nairobi, the Red Cross said.\n\nThe blast killed 40 people in Nairobi, police said.\n",
    );
    let doc = stdout_json(&check(&["--baseline", "base.json"]));
    let unexpected = doc["stories"][0]["unexpected"].as_array().unwrap();
    assert_eq!(unexpected.len(), 1, "{unexpected:?}");
    assert_eq!(unexpected[0]["kind"], "number_mismatch");
    // A missing expected finding cannot be baselined: writing the baseline still fails.
    write(
        dir.path(),
        "fx/talks/expected.json",
        "{\"findings\": [{\"kind\": \"time_mismatch\", \"earlier\": \"will not meet\"}]}",
    );
    assert_eq!(
        check(&["--write-baseline", "base2.json"]).status.code(),
        Some(1)
    );
}

#[test]
fn junit_counts_a_broken_story_as_an_error() {
    let dir = tmp();
    unexpected_story(dir.path());
    write(dir.path(), "fx/broken/a.txt", EARLY);
    write(dir.path(), "fx/broken/expected.json", "{\"findings\": [");
    let out = claimdiff()
        .args(["check", "fx", "--format", "junit"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let xml = stdout(&out);
    assert!(
        xml.contains("tests=\"2\" failures=\"1\" errors=\"1\""),
        "{xml}"
    );
    assert!(xml.contains("name=\"broken\">"), "{xml}");
    assert!(xml.contains("<error message=\""), "{xml}");
}

#[test]
fn completions_survive_a_closed_pipe() {
    // The reading end is closed before claimdiff starts, so its first write fails.
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args(["completions", "fish"])
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
}

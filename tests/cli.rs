//! The command-line contract: every command, format and exit status, and bad input.

mod util;
use predicates::prelude::*;
use util::*;

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

const GOOD: &str = "title: Talks set\npublished: 2016-09-08\n\nArun Mehta will meet Karim Shah in Dubai on Friday, the Indian Foreign Ministry said on Thursday.\n";

#[test]
fn sentences_from_stdin_as_jsonl_with_byte_spans() {
    let input = "He said “yes”. Café owners agreed. Mr. Smith left.";
    let out = claimdiff()
        .args(["sentences", "-", "--format", "jsonl"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let rows: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 3);
    for r in &rows {
        let (a, b) = (
            r["span"][0].as_u64().unwrap() as usize,
            r["span"][1].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &input.as_bytes()[a..b],
            r["text"].as_str().unwrap().as_bytes()
        );
        assert!(r.get("index").is_some());
    }
    assert_eq!(rows[2]["text"], "Mr. Smith left.");
}

#[test]
fn sentences_table_is_one_per_line() {
    claimdiff()
        .args(["sentences"])
        .write_stdin("One here. Two there.")
        .assert()
        .success()
        .stdout("One here.\nTwo there.\n");
}

#[test]
fn times_resolve_against_the_date() {
    let out = claimdiff()
        .args(["times", "-", "--format", "jsonl", "--date", "2016-09-08"])
        .write_stdin("The envoy said on Thursday he will return on Friday morning.")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let rows: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let values: Vec<_> = rows
        .iter()
        .map(|r| r["value"].as_str().unwrap_or("null").to_string())
        .collect();
    assert_eq!(values, ["2016-09-08", "2016-09-09TMO"]);
    assert_eq!(rows[0]["text"], "Thursday");
    assert_eq!(rows[0]["grain"], "day");
}

#[test]
fn times_without_a_date_stay_null_with_a_warning() {
    let out = claimdiff()
        .args(["times", "-", "--format", "jsonl"])
        .write_stdin("He left on Thursday and came back on Sept. 2, 2016.")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let rows: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(rows[0]["value"].is_null());
    assert_eq!(rows[1]["value"], "2016-09-02");
    assert!(stderr(&out).contains("warning"));
}

#[test]
fn extract_reads_json_articles_with_spans_into_the_file() {
    let dir = tmp();
    let json = r#"{"id": "j1", "published": "2016-09-08", "body": "Caf\u00e9 talks:\n\nArun Mehta will meet Karim Shah, the Indian Foreign Ministry said."}"#;
    let p = write(dir.path(), "a.json", json);
    let out = claimdiff()
        .args(["extract", "--format", "jsonl"])
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let claims: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let c = claims
        .iter()
        .find(|c| c["attribution"] == "indirect")
        .unwrap();
    assert_eq!(c["article"], "j1");
    assert!(c["id"].as_str().unwrap().starts_with("j1#"));
    let s = &c["speaker_span"];
    let (a, b) = (
        s[0].as_u64().unwrap() as usize,
        s[1].as_u64().unwrap() as usize,
    );
    assert_eq!(&json[a..b], "the Indian Foreign Ministry");
}

#[test]
fn compare_exit_zero_when_nothing_is_found() {
    let dir = tmp();
    let p = write(dir.path(), "a.txt", GOOD);
    claimdiff()
        .arg("compare")
        .arg(&p)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("0 findings"));
}

#[test]
fn compare_two_articles_across_files_and_stdin() {
    let dir = tmp();
    let a = write(dir.path(), "a.txt", "published: 2016-09-07\n\nHeadline\n\nArun Mehta will not meet Karim Shah, the Indian Foreign Ministry said.\n");
    let out = claimdiff()
        .args(["compare", "--format", "json"])
        .arg(&a)
        .arg("-")
        .write_stdin(GOOD)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let doc = stdout_json(&out);
    assert_eq!(doc["articles"].as_array().unwrap().len(), 2);
    assert_eq!(doc["findings"][0]["kind"], "stance_reversal");
    assert_eq!(doc["findings"][0]["earlier"]["article"], "a");
    assert_eq!(doc["findings"][0]["later"]["article"], "stdin");
    assert!(doc.get("claims").is_none());
}

#[test]
fn compare_with_claims_lists_them() {
    let out = claimdiff()
        .args(["compare", "-", "--format", "json", "--claims"])
        .write_stdin(GOOD)
        .output()
        .unwrap();
    assert!(stdout_json(&out)["claims"]
        .as_array()
        .is_some_and(|c| !c.is_empty()));
}

#[test]
fn min_confidence_filters_findings() {
    claimdiff()
        .args([
            "compare",
            SEED_DIR,
            "--date",
            "2016-09-08",
            "--min-confidence",
            "0.999",
        ])
        .assert()
        .code(0);
    claimdiff()
        .args([
            "compare",
            SEED_DIR,
            "--date",
            "2016-09-08",
            "--min-confidence",
            "0.5",
        ])
        .assert()
        .code(1);
}

#[test]
fn color_only_when_asked_or_on_a_terminal() {
    let esc = predicate::str::contains("\u{1b}[");
    claimdiff()
        .args(["compare", SEED_DIR, "--color", "always"])
        .assert()
        .stdout(esc.clone());
    claimdiff()
        .args(["compare", SEED_DIR, "--color", "never"])
        .assert()
        .stdout(esc.clone().not());
    // auto: stdout is a pipe here, so no color.
    claimdiff()
        .args(["compare", SEED_DIR])
        .assert()
        .stdout(esc.not());
}

#[test]
fn quiet_drops_warnings_and_summary() {
    let out = claimdiff()
        .args(["compare", SEED_DIR, "-q"])
        .output()
        .unwrap();
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    assert!(!stdout(&out).contains("finding ("));
}

// ---------------------------------------------------------------- check

fn story(dir: &std::path::Path, expected: &str) {
    write(dir, "s/a.txt", "published: 2016-09-07\n\nHeadline\n\nArun Mehta will not meet Karim Shah, the Indian Foreign Ministry said.\n");
    write(dir, "s/b.txt", GOOD);
    write(dir, "s/expected.json", expected);
}

#[test]
fn check_passes_when_findings_match() {
    let dir = tmp();
    story(
        dir.path(),
        r#"{"findings": [{"kind": "stance_reversal", "actor": "Indian Foreign Ministry", "earlier": "will not meet", "later": "will meet Karim Shah in Dubai"}]}"#,
    );
    claimdiff()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(0)
        .stdout(predicate::str::contains("ok   s"));
}

#[test]
fn check_fails_on_missing_and_unexpected_findings() {
    let dir = tmp();
    story(
        dir.path(),
        r#"{"findings": [{"kind": "time_mismatch", "earlier": "will not meet", "later": "will meet"}]}"#,
    );
    let out = claimdiff().arg("check").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("FAIL s")
            && text.contains("missing")
            && text.contains("unexpected stance_reversal"),
        "{text}"
    );
}

#[test]
fn check_fails_when_an_absent_finding_is_reported() {
    let dir = tmp();
    story(
        dir.path(),
        r#"{"findings": [], "absent": [{"kind": "*", "earlier": "will meet Karim Shah in Dubai", "later": "will not meet"}]}"#,
    );
    let out = claimdiff()
        .args(["check", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let doc = stdout_json(&out);
    assert_eq!(doc["stories"][0]["ok"], false);
    assert_eq!(
        doc["stories"][0]["absent_reported"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn check_reports_a_broken_expected_json_with_its_line() {
    let dir = tmp();
    story(dir.path(), "{\n  \"findings\": [\n    {\"kind\": }\n  ]\n}");
    let out = claimdiff().arg("check").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("expected.json:3"), "{}", stderr(&out));
}

#[test]
fn check_on_a_folder_without_stories_is_trouble() {
    let dir = tmp();
    claimdiff()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no fixture stories"));
}

// ---------------------------------------------------------------- bad input

/// Runs `extract` on a bad input plus a good one: exit 2, one line naming the bad file,
/// the good one still reported.
fn bad_input(name: &str, content: &[u8], message: &str) {
    let dir = tmp();
    let bad = write(dir.path(), name, content);
    let good = write(dir.path(), "good.txt", GOOD);
    let out = claimdiff()
        .args(["extract", "--format", "jsonl"])
        .arg(&bad)
        .arg(&good)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{name}");
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().filter(|l| !l.contains("warning")).collect();
    assert_eq!(lines.len(), 1, "{err}");
    assert!(
        lines[0].contains(&bad.display().to_string()) && lines[0].contains(message),
        "{err}"
    );
    assert!(
        stdout(&out).contains("Indian Foreign Ministry"),
        "the good input is still processed"
    );
}

#[test]
fn empty_file() {
    bad_input("empty.txt", b"  \n\n", "empty file");
}

#[test]
fn binary_file() {
    bad_input("pic.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "binary file");
}

#[test]
fn invalid_utf8_names_the_line() {
    let dir = tmp();
    let bad = write(
        dir.path(),
        "latin1.txt",
        b"Headline\n\nCaf\xe9 owners agreed.\n",
    );
    let out = claimdiff().arg("extract").arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("latin1.txt:3: invalid UTF-8"),
        "{}",
        stderr(&out)
    );
    bad_input("latin1.txt", b"Caf\xe9", "invalid UTF-8");
}

#[test]
fn malformed_json_names_the_line() {
    let dir = tmp();
    let bad = write(
        dir.path(),
        "a.json",
        "{\n \"body\": \"x\",\n \"title\" \"y\"\n}",
    );
    let out = claimdiff().arg("extract").arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("a.json:3: malformed JSON"),
        "{}",
        stderr(&out)
    );
    bad_input("b.json", b"{\"title\": \"no body\"}", "no `body`");
}

#[test]
fn missing_path() {
    let out = claimdiff()
        .args(["compare", "no/such/file.txt", "-"])
        .write_stdin(GOOD)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out).trim(),
        "claimdiff: no/such/file.txt: no such file or directory"
    );
    assert!(
        stdout(&out).contains("1 article"),
        "stdin is still compared"
    );
}

#[test]
fn unreadable_path() {
    let dir = tmp();
    let link = dir.path().join("loop.txt");
    std::os::unix::fs::symlink(&link, &link).unwrap();
    let out = claimdiff().arg("extract").arg(&link).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("loop.txt: cannot read"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn directory_without_articles() {
    let dir = tmp();
    write(dir.path(), "notes.csv", "a,b");
    let out = claimdiff().arg("compare").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("directory holds no articles"));
}

#[test]
fn bad_date_and_bad_confidence_are_usage_errors() {
    claimdiff()
        .args(["compare", SEED_DIR, "--date", "Sept 8"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--date \"Sept 8\""));
    claimdiff()
        .args(["compare", SEED_DIR, "--min-confidence", "3"])
        .assert()
        .code(2);
    claimdiff().args(["compare"]).assert().code(2);
    claimdiff().args(["frobnicate"]).assert().code(2);
}

#[test]
fn unreadable_header_date_is_a_warning_not_an_error() {
    let out = claimdiff()
        .args(["extract", "-"])
        .write_stdin("published: unknown\n\nBody text here.\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("warning") && stderr(&out).contains("unknown"));
}

#[test]
fn jsonl_corpus_skips_bad_lines() {
    let dir = tmp();
    let p = write(
        dir.path(),
        "c.jsonl",
        format!(
            "{}\nnot json\n{}\n",
            r#"{"id": "x", "body": "One claim, police said."}"#,
            r#"{"id": "y", "body": "Another, police said."}"#
        ),
    );
    let out = claimdiff()
        .args(["extract", "--format", "jsonl"])
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("c.jsonl:2:"), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("\"article\":\"x\"") && text.contains("\"article\":\"y\""));
}

#[test]
fn html_without_text_and_json_arrays_are_refused_clearly() {
    bad_input(
        "page.html",
        b"<html><body><nav>Home</nav></body></html>",
        "no article text",
    );
    bad_input("list.json", b"[1, 2]", "must be a JSON object");
}

#[test]
fn linked_folders_are_not_walked_twice() {
    let dir = tmp();
    write(dir.path(), "s/a.txt", GOOD);
    std::os::unix::fs::symlink(dir.path().join("s"), dir.path().join("s/loop")).unwrap();
    let out = claimdiff()
        .args(["extract", "--format", "json"])
        .arg(dir.path().join("s"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout_json(&out)["articles"].as_array().unwrap().len(), 1);
}

#[test]
fn other_extensions_are_read_as_text_with_a_warning() {
    let dir = tmp();
    let p = write(dir.path(), "story.text.bak", GOOD);
    let out = claimdiff().arg("extract").arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("read as plain text"));
}

#[test]
fn versions_lists_changes_and_retractions() {
    let dir = tmp();
    let v1 = write(dir.path(), "v1.txt", "published: 2016-03-01T08:00\n\nFire at plant\n\nThe fire is under control, the fire service said.\n\nPolice said the blaze had been started deliberately by a former worker.\n");
    let v2 = write(dir.path(), "v2.txt", "published: 2016-03-01T12:00\n\nFire at plant\n\nThe fire is now under control, the fire service said.\n");
    // Given in the wrong order: the times decide.
    let out = claimdiff()
        .args(["versions", "--format", "json"])
        .arg(&v2)
        .arg(&v1)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let doc = stdout_json(&out);
    assert_eq!(doc["findings"][0]["kind"], "retraction");
    assert!(doc["findings"][0]["later"].is_null());
    let changes = &doc["changes"][0];
    assert_eq!(changes["from"], "v1");
    assert_eq!(changes["to"], "v2");
    assert_eq!(changes["unchanged"], 1, "the headline is unchanged");
    assert!(changes["changed"][0]["diff"]
        .as_str()
        .unwrap()
        .contains("{+now+}"));
    assert!(changes["removed"][0]["sentence"]
        .as_str()
        .unwrap()
        .contains("deliberately"));
    let table = claimdiff()
        .arg("versions")
        .arg(&v1)
        .arg(&v2)
        .output()
        .unwrap();
    assert!(
        stdout(&table).contains("v1 → v2: 0 added, 1 removed, 1 changed, 1 unchanged"),
        "{}",
        stdout(&table)
    );
}

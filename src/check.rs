//! `check`: CI mode over fixture stories. A story is a folder of articles with an
//! `expected.json` naming the findings that must be reported and, under `absent`, the
//! ones that must not be (consistent paraphrases). A story passes when every expected
//! finding is reported, nothing else is, and no absent one is.

use crate::article::{load_path, parse_reference_date, LoadError, RefTime};
use crate::baseline::{entry, Entry};
use crate::compare::{compare, Finding};
use crate::config::Config;
use crate::report::output::{finding_out, FindingOut};
use crate::{extract, Extracted};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// A finding as `expected.json` describes it: substrings of the two sentences.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Expectation {
    pub kind: String,
    #[serde(default)]
    pub actor: Option<String>,
    #[serde(default)]
    pub earlier: Option<String>,
    #[serde(default)]
    pub later: Option<String>,
    /// A note for the reader of the fixture; not matched.
    #[serde(default, skip_serializing)]
    pub note: Option<String>,
}

/// The contents of `expected.json`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    #[serde(default)]
    pub findings: Vec<Expectation>,
    #[serde(default)]
    pub absent: Vec<Expectation>,
    /// Findings a careful reader expects that claimdiff does not find yet: reported as
    /// known misses, not failures; found, they count as expected.
    #[serde(default)]
    pub known_misses: Vec<Expectation>,
    /// `compare` (default) or `versions`.
    #[serde(default)]
    pub mode: Option<String>,
    /// Reference time for the story's articles that carry no publication time.
    #[serde(default)]
    pub date: Option<String>,
    /// A description of the story for its readers; not used.
    #[serde(default)]
    pub about: Option<String>,
}

/// The outcome for one story.
#[derive(Debug, Serialize)]
pub struct StoryResult {
    pub story: String,
    pub ok: bool,
    pub expected: usize,
    pub reported: usize,
    pub missing: Vec<Expectation>,
    /// Known misses still not found.
    pub known_misses: Vec<Expectation>,
    pub unexpected: Vec<FindingOut>,
    pub absent_reported: Vec<FindingOut>,
    /// Why the story could not be checked (a malformed `expected.json`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl StoryResult {
    /// A story that could not be checked: it fails, with the error.
    pub fn broken(dir: &Path, e: &LoadError) -> StoryResult {
        StoryResult {
            story: story_name(dir),
            ok: false,
            expected: 0,
            reported: 0,
            missing: Vec::new(),
            known_misses: Vec::new(),
            unexpected: Vec::new(),
            absent_reported: Vec::new(),
            error: Some(e.to_string()),
        }
    }
}

fn story_name(dir: &Path) -> String {
    dir.file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| dir.display().to_string())
}

/// The folders under `dir` (itself included) that hold an `expected.json`, in name order.
pub fn find_stories(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if dir.join("expected.json").is_file() {
        out.push(dir.to_path_buf());
    }
    if let Ok(entries) = std::fs::read_dir(dir) {
        let mut subdirs: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        subdirs.sort();
        for d in subdirs {
            if !d
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            {
                out.extend(find_stories(&d));
            }
        }
    }
    out
}

fn squash(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn contains(hay: &str, needle: &Option<String>) -> bool {
    needle
        .as_ref()
        .is_none_or(|n| squash(hay).contains(&squash(n)))
}

fn actor_matches(found: &str, expected: &Option<String>) -> bool {
    expected.as_ref().is_none_or(|e| {
        let e = e.trim().to_lowercase();
        let f = found.to_lowercase();
        f == e || f.split(" vs ").any(|side| side == e)
    })
}

/// Whether a reported finding is the one an expectation describes (`"kind": "*"` matches
/// any kind).
pub fn matches(f: &FindingOut, e: &Expectation) -> bool {
    // The finding's own pair, or another pair of the same contradiction.
    let pair = |earlier: &str, later: Option<&str>| {
        contains(earlier, &e.earlier) && later.map_or(e.later.is_none(), |l| contains(l, &e.later))
    };
    (e.kind == "*" || f.kind == e.kind)
        && actor_matches(&f.actor, &e.actor)
        && (pair(
            &f.earlier.sentence,
            f.later.as_ref().map(|l| l.sentence.as_str()),
        ) || f.also.iter().any(|a| pair(&a.earlier, a.later.as_deref())))
}

/// Whether a reported finding is a hard negative: the pair `absent` names, in either order.
pub fn matches_absent(f: &FindingOut, e: &Expectation) -> bool {
    let swapped = Expectation {
        earlier: e.later.clone(),
        later: e.earlier.clone(),
        ..e.clone()
    };
    matches(f, e) || matches(f, &swapped)
}

/// Reads `expected.json` of a story.
pub fn read_expected(dir: &Path) -> Result<Expected, LoadError> {
    let path = dir.join("expected.json");
    let place = path.display().to_string();
    let text = std::fs::read_to_string(&path).map_err(|e| LoadError {
        place: place.clone(),
        message: format!("cannot read: {e}"),
    })?;
    serde_json::from_str(&text).map_err(|e| {
        let mut message = e.to_string();
        if let Some(cut) = message.find(" at line ") {
            message.truncate(cut);
        }
        LoadError {
            place: format!("{place}:{}", e.line()),
            message: format!("not a valid expected.json: {message}"),
        }
    })
}

/// Runs one story: loads its articles, compares them, matches the findings.
/// What `check` takes from the command line and `claimdiff.toml`, as `compare` does.
pub struct Settings<'a> {
    /// The reference time for articles without one (`--date`); `expected.json` may set its own.
    pub fallback: Option<RefTime>,
    pub min_confidence: f64,
    /// Aliases, kinds and paths to ignore.
    pub config: &'a Config,
    /// Findings a team has accepted: neither unexpected nor a failing `absent` one.
    pub baseline: &'a [Entry],
}

/// A story checked: the result, the inputs that failed to load, and the baseline entries
/// of its failing findings (unexpected or absent), before the baseline was applied.
pub struct Checked {
    pub result: StoryResult,
    pub errors: Vec<LoadError>,
    pub failing: Vec<Entry>,
}

pub fn check_story(dir: &Path, settings: &Settings) -> Result<Checked, LoadError> {
    let config = settings.config;
    let expected = read_expected(dir)?;
    let place = dir.join("expected.json").display().to_string();
    let versions = match expected.mode.as_deref() {
        None | Some("compare") => false,
        Some("versions") => true,
        Some(mode) => {
            return Err(LoadError {
                place,
                message: format!("mode `{mode}` is not `compare` or `versions`"),
            });
        }
    };
    let date = match &expected.date {
        Some(d) => Some(parse_reference_date(d).ok_or_else(|| LoadError {
            place: place.clone(),
            message: format!("`date` {d:?} is not YYYY-MM-DD[THH:MM[:SS][±HH:MM]]"),
        })?),
        None => settings.fallback,
    };
    let loaded = load_path(&dir.display().to_string());
    let mut inputs: Vec<Extracted> = loaded
        .articles
        .into_iter()
        .filter(|a| !config.ignores_path(a.path()))
        .enumerate()
        .map(|(i, a)| extract(a, date, i))
        .collect();
    config.apply_aliases(&mut inputs);
    let all = if versions {
        crate::compare::compare_versions(&inputs).0
    } else {
        compare(&inputs)
    };
    let findings: Vec<Finding> = all
        .into_iter()
        .filter(|f| f.confidence >= settings.min_confidence && !config.ignores_kind(f.kind))
        .collect();
    let keys: Vec<Entry> = findings.iter().map(|f| entry(&inputs, f)).collect();
    let reported: Vec<FindingOut> = findings.iter().map(|f| finding_out(&inputs, f)).collect();

    let missing: Vec<Expectation> = expected
        .findings
        .iter()
        .filter(|e| !reported.iter().any(|f| matches(f, e)))
        .cloned()
        .collect();
    let known_misses: Vec<Expectation> = expected
        .known_misses
        .iter()
        .filter(|e| !reported.iter().any(|f| matches(f, e)))
        .cloned()
        .collect();
    let is_absent = |f: &FindingOut| expected.absent.iter().any(|e| matches_absent(f, e));
    let is_unexpected = |f: &FindingOut| {
        !expected.findings.iter().any(|e| matches(f, e))
            && !expected.known_misses.iter().any(|e| matches(f, e))
            && !is_absent(f)
    };
    let failing: Vec<Entry> = reported
        .iter()
        .zip(&keys)
        .filter(|(f, _)| is_absent(f) || is_unexpected(f))
        .map(|(_, k)| k.clone())
        .collect();
    // Failing findings the baseline has accepted do not fail the story.
    let open = || {
        reported
            .iter()
            .zip(&keys)
            .filter(|(_, k)| !settings.baseline.contains(k))
            .map(|(f, _)| f)
    };
    let absent_reported: Vec<FindingOut> = open().filter(|f| is_absent(f)).cloned().collect();
    let unexpected: Vec<FindingOut> = open().filter(|f| is_unexpected(f)).cloned().collect();
    let story = story_name(dir);
    let ok = missing.is_empty() && unexpected.is_empty() && absent_reported.is_empty();
    Ok(Checked {
        result: StoryResult {
            story,
            ok,
            expected: expected.findings.len(),
            reported: reported.len(),
            missing,
            known_misses,
            unexpected,
            absent_reported,
            error: None,
        },
        errors: loaded.errors,
        failing,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::output::{SideOut, TimeOut};

    fn side(sentence: &str) -> SideOut {
        SideOut {
            article: "a".into(),
            claim: "a#1.1".into(),
            sentence: sentence.into(),
            stance: "positive",
            stated_at: TimeOut {
                text: None,
                date: None,
                value: None,
            },
            quote: None,
        }
    }

    fn finding() -> FindingOut {
        FindingOut {
            id: "x".into(),
            kind: "stance_reversal",
            severity: "high",
            confidence: 0.9,
            actor: "Indian Foreign Ministry vs Pakistani Foreign Ministry".into(),
            earlier: side("Mehta will NOT meet Shah, officials said."),
            later: Some(side("Mehta will meet Shah on Friday.")),
            reason: String::new(),
            also: Vec::new(),
        }
    }

    fn exp(kind: &str, actor: Option<&str>, earlier: &str, later: &str) -> Expectation {
        Expectation {
            kind: kind.into(),
            actor: actor.map(str::to_string),
            earlier: Some(earlier.into()),
            later: Some(later.into()),
            note: None,
        }
    }

    #[test]
    fn substrings_match_without_case_and_punctuation() {
        let f = finding();
        assert!(matches(
            &f,
            &exp(
                "stance_reversal",
                None,
                "will not meet shah",
                "meet Shah on Friday"
            )
        ));
        assert!(matches(
            &f,
            &exp(
                "*",
                Some("pakistani foreign ministry"),
                "will not meet",
                "on Friday"
            )
        ));
        assert!(!matches(
            &f,
            &exp("time_mismatch", None, "will not meet", "on Friday")
        ));
        assert!(!matches(
            &f,
            &exp(
                "stance_reversal",
                Some("Russia"),
                "will not meet",
                "on Friday"
            )
        ));
        // Expected findings keep their order; absent pairs match either way round.
        let swapped = exp("*", None, "on Friday", "will not meet");
        assert!(!matches(&f, &swapped));
        assert!(matches_absent(&f, &swapped));
    }

    #[test]
    fn unknown_fields_in_expected_json_are_rejected() {
        let err =
            serde_json::from_str::<Expected>(r#"{"findings": [], "absnet": []}"#).unwrap_err();
        assert!(err.to_string().contains("absnet"));
    }
}

//! Baselines: a team accepts today's findings and fails only on new ones. A finding is
//! keyed by its kind, its actor and a hash of both claims' normalized words — never by line
//! numbers, so edits elsewhere in a story do not make old findings new.

use crate::article::LoadError;
use crate::compare::{claim, Finding};
use crate::Extracted;
use serde::{Deserialize, Serialize};
use std::path::Path;

pub const SCHEMA: &str = "claimdiff-baseline/1";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub kind: String,
    pub actor: String,
    pub fingerprint: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    schema: String,
    findings: Vec<Entry>,
}

fn normalized(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// FNV-1a over the parts, as 16 hex digits.
pub fn hash(parts: &[&str]) -> String {
    format!("{:016x}", crate::fnv1a(crate::separated(parts)))
}

/// The baseline key of a finding.
pub fn entry(inputs: &[Extracted], f: &Finding) -> Entry {
    let earlier = normalized(&claim(inputs, f.earlier).content_text);
    let later = f
        .later
        .map(|l| normalized(&claim(inputs, l).content_text))
        .unwrap_or_default();
    Entry {
        kind: f.kind.as_str().to_string(),
        actor: f.actor.clone(),
        fingerprint: hash(&[f.kind.as_str(), &f.actor, &earlier, &later]),
    }
}

/// Writes the baseline atomically (a temporary file beside it, then a rename).
pub fn write(path: &Path, entries: Vec<Entry>) -> std::io::Result<()> {
    let file = File {
        schema: SCHEMA.to_string(),
        findings: entries,
    };
    let json = serde_json::to_string_pretty(&file).map_err(std::io::Error::other)? + "\n";
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".{}.tmp",
        path.file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default()
    ));
    std::fs::write(&tmp, json)?;
    std::fs::rename(&tmp, path)
}

/// Reads a baseline written by claimdiff.
pub fn read(path: &Path) -> Result<Vec<Entry>, LoadError> {
    let place = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| LoadError {
        place: place.clone(),
        message: format!("cannot read: {e}"),
    })?;
    // Editors on some systems write a byte-order mark first.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let file: File = serde_json::from_str(text).map_err(|e| LoadError {
        place: format!("{place}:{}", e.line()),
        message: "not a claimdiff baseline".into(),
    })?;
    if file.schema != SCHEMA {
        return Err(LoadError {
            place,
            message: format!("not a claimdiff baseline (schema {:?})", file.schema),
        });
    }
    Ok(file.findings)
}

/// The findings not in the baseline, and the baseline entries no finding matches any more.
pub fn apply(
    inputs: &[Extracted],
    findings: Vec<Finding>,
    baseline: &[Entry],
) -> (Vec<Finding>, Vec<Entry>) {
    let keys: Vec<Entry> = findings.iter().map(|f| entry(inputs, f)).collect();
    let stale = baseline
        .iter()
        .filter(|b| !keys.contains(b))
        .cloned()
        .collect();
    let new = findings
        .into_iter()
        .zip(keys)
        .filter(|(_, k)| !baseline.contains(k))
        .map(|(f, _)| f)
        .collect();
    (new, stale)
}

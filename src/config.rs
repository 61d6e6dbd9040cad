//! `claimdiff.toml`: actor aliases, lexicon additions, thresholds, kinds and paths to
//! ignore. Found from the current directory upward (`--config` overrides); an unknown key
//! is an error naming the file and line.

use crate::article::LoadError;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const FILE_NAME: &str = "claimdiff.toml";

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub actors: Actors,
    #[serde(default)]
    pub lexicon: LexiconAdditions,
    #[serde(default)]
    pub thresholds: Thresholds,
    #[serde(default)]
    pub ignore: Ignore,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actors {
    /// Another name of an actor → its canonical name ("Foggy Bottom" = "US State Department").
    #[serde(default)]
    pub aliases: BTreeMap<String, String>,
}

/// Words added to the built-in lists (src/lexicon/).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconAdditions {
    #[serde(default)]
    pub reporting_verbs: Vec<String>,
    #[serde(default)]
    pub negation: Vec<String>,
    #[serde(default)]
    pub negative_predicates: Vec<String>,
    #[serde(default)]
    pub speaker_nouns: Vec<String>,
    /// Predicate class → more words for it.
    #[serde(default)]
    pub predicates: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    pub min_confidence: Option<f64>,
    /// `low`, `medium` or `high`: the least severity that makes the exit status 1.
    pub fail_on: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ignore {
    /// Finding kinds not reported.
    #[serde(default)]
    pub kinds: Vec<String>,
    /// Inputs not read: patterns with `*` matched against the path.
    #[serde(default)]
    pub paths: Vec<String>,
}

impl Config {
    /// The canonical name for an actor name, when an alias names it.
    pub fn alias(&self, name: &str) -> Option<&str> {
        self.actors
            .aliases
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Renames claims' actors that an alias names.
    pub fn apply_aliases(&self, inputs: &mut [crate::Extracted]) {
        if self.actors.aliases.is_empty() {
            return;
        }
        for x in inputs {
            for c in &mut x.claims {
                if let Some(name) = self.alias(&c.actor.name) {
                    c.actor.name = name.to_string();
                }
            }
        }
    }

    /// Whether findings of this kind are left out.
    pub fn ignores_kind(&self, kind: crate::compare::FindingKind) -> bool {
        self.ignore.kinds.iter().any(|k| k == kind.as_str())
    }

    /// Whether a path is to be left out.
    /// The pattern is tried on the path and on every tail of it that starts after a `/`,
    /// so `archive/*` matches `./archive/a.txt` and `news/archive/a.txt`.
    pub fn ignores_path(&self, path: &str) -> bool {
        let tails =
            std::iter::once(path).chain(path.match_indices('/').map(|(i, _)| &path[i + 1..]));
        let tails: Vec<&str> = tails.collect();
        self.ignore
            .paths
            .iter()
            .any(|p| tails.iter().any(|t| glob_match(p, t)))
    }
}

/// `*` matches any run of characters; everything else matches itself.
pub fn glob_match(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == text;
    }
    let mut rest = text;
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            match rest.strip_prefix(part) {
                Some(r) => rest = r,
                None => return false,
            }
        } else if i == parts.len() - 1 {
            return rest.ends_with(part);
        } else {
            match rest.find(part) {
                Some(at) => rest = &rest[at + part.len()..],
                None => return false,
            }
        }
    }
    true
}

/// `claimdiff.toml` in `start` or a directory above it.
pub fn discover(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|p| p.is_file())
}

/// Reads a config file.
pub fn load(path: &Path) -> Result<Config, LoadError> {
    let place = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| LoadError {
        place: place.clone(),
        message: format!("cannot read: {e}"),
    })?;
    let config: Config = toml::from_str(&text).map_err(|e| {
        let line = e
            .span()
            .map(|s| 1 + text[..s.start.min(text.len())].matches('\n').count());
        let message = e
            .message()
            .lines()
            .next()
            .unwrap_or("not a valid claimdiff.toml")
            .to_string();
        LoadError {
            place: line.map_or(place.clone(), |l| format!("{place}:{l}")),
            message,
        }
    })?;
    config.check().map_err(|(key, message)| {
        let line = text
            .lines()
            .position(|l| l.trim_start().starts_with(key))
            .map_or(String::new(), |l| format!(":{}", l + 1));
        LoadError {
            place: format!("{place}{line}"),
            message,
        }
    })?;
    Ok(config)
}

impl Config {
    /// Values TOML accepts but claimdiff cannot use: an empty word in a lexicon list (it
    /// would match everywhere), a finding kind that does not exist. `Err` holds the key
    /// and the message.
    fn check(&self) -> Result<(), (&'static str, String)> {
        let lx = &self.lexicon;
        let lists: [(&'static str, &Vec<String>); 4] = [
            ("reporting_verbs", &lx.reporting_verbs),
            ("negation", &lx.negation),
            ("negative_predicates", &lx.negative_predicates),
            ("speaker_nouns", &lx.speaker_nouns),
        ];
        let predicates = lx.predicates.values().map(|v| ("predicates", v));
        for (key, words) in lists.into_iter().chain(predicates) {
            if words.iter().any(|w| w.trim().is_empty()) {
                return Err((key, format!("lexicon.{key}: an empty word")));
            }
        }
        for kind in &self.ignore.kinds {
            if !crate::compare::FindingKind::ALL
                .iter()
                .any(|k| k.as_str() == kind)
            {
                return Err((
                    "kinds",
                    format!(
                        "ignore.kinds: {kind:?} is not a finding kind (expected one of {})",
                        crate::compare::FindingKind::ALL
                            .map(|k| k.as_str())
                            .join(", ")
                    ),
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(glob_match("fixtures/old/*", "fixtures/old/a.txt"));
        assert!(glob_match("*.html", "x/y.html"));
        assert!(!glob_match("*.html", "x/y.txt"));
        assert!(glob_match("a*b*c", "axxbyyc"));
    }

    #[test]
    fn unknown_keys_are_errors_with_their_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join(FILE_NAME);
        std::fs::write(&p, "[actors.aliases]\n\"Foggy Bottom\" = \"US State Department\"\n\n[thresholds]\nmin_confidense = 0.5\n").unwrap();
        let e = load(&p).unwrap_err();
        assert!(e.place.ends_with(":5"), "{e}");
        assert!(e.message.contains("min_confidense"), "{e}");
        std::fs::write(&p, "[actors.aliases]\n\"Foggy Bottom\" = \"US State Department\"\n[ignore]\nkinds = [\"actor_disagreement\"]\n").unwrap();
        let c = load(&p).unwrap();
        assert_eq!(c.alias("foggy bottom"), Some("US State Department"));
        assert_eq!(c.ignore.kinds, ["actor_disagreement"]);
    }
}

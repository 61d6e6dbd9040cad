//! Versions from git history: every committed revision of one file, oldest first, with
//! its author date as the version's time (by calling `git`).

use super::date::parse_reference_date;
use super::{Article, LoadError, LoadOutcome};
use std::path::Path;
use std::process::Command;

fn git(dir: &Path, args: &[&str]) -> Result<String, String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !out.status.success() {
        let msg = String::from_utf8_lossy(&out.stderr);
        return Err(msg
            .lines()
            .next()
            .unwrap_or("git failed")
            .trim()
            .to_string());
    }
    String::from_utf8(out.stdout).map_err(|_| "git gave output that is not UTF-8".to_string())
}

/// Every committed revision of `path`.
pub fn load_git_history(path: &str) -> LoadOutcome {
    let mut out = LoadOutcome::default();
    let err = |m: String| LoadError {
        place: path.to_string(),
        message: m,
    };
    let p = Path::new(path);
    let dir = p
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = p
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let log = match git(dir, &["log", "--follow", "--format=%H %aI", "--", &name]) {
        Ok(l) => l,
        Err(e) => {
            out.errors.push(err(e));
            return out;
        }
    };
    let full = match git(dir, &["ls-files", "--full-name", "--", &name]) {
        Ok(f) if !f.trim().is_empty() => f.trim().to_string(),
        _ => {
            out.errors.push(err(
                "no committed history (is the file tracked by git?)".into()
            ));
            return out;
        }
    };
    let revisions: Vec<(&str, &str)> = log.lines().filter_map(|l| l.split_once(' ')).collect();
    if revisions.is_empty() {
        out.errors.push(err("no committed history".into()));
        return out;
    }
    let stem = p
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    for (hash, date) in revisions.into_iter().rev() {
        let short = &hash[..hash.len().min(8)];
        let place = format!("{path}@{short}");
        match git(dir, &["show", &format!("{hash}:{full}")]) {
            Ok(text) if !text.trim().is_empty() => {
                let mut a = Article::from_text(&format!("{stem}@{short}"), &place, text);
                let when = parse_reference_date(date);
                if a.published.is_none() {
                    a.published = when;
                }
                a.updated = when;
                out.articles.push(a);
            }
            Ok(_) => out.errors.push(LoadError {
                place,
                message: "empty revision".into(),
            }),
            // A revision under an older name (before a rename) is skipped.
            Err(e) => out.errors.push(LoadError { place, message: e }),
        }
    }
    out
}

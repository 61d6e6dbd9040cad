//! Versions from git history: every committed revision of one file, oldest first, with
//! its author date as the version's time (by calling `git`).

use super::date::parse_reference_date;
use super::{LoadError, LoadOutcome};
use std::path::Path;
use std::process::Command;

fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>, String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        // Names as they are, not quoted octal escapes ("caf\303\251.txt").
        .args(["-c", "core.quotePath=false"])
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
    Ok(out.stdout)
}

fn git_text(dir: &Path, args: &[&str]) -> Result<String, String> {
    String::from_utf8(git(dir, args)?).map_err(|_| "git gave output that is not UTF-8".to_string())
}

/// A revision: its hash, its author date and the file's path in it (from the top of the
/// repository), which changes where the file was renamed.
struct Revision {
    hash: String,
    date: String,
    path: String,
}

/// `git log --name-only` output: a `hash date` line, then the path; records open with an ASCII record separator.
fn revisions(log: &str) -> Vec<Revision> {
    let mut out = Vec::new();
    for record in log.split('\u{1e}').filter(|r| !r.trim().is_empty()) {
        let mut lines = record.lines().map(str::trim).filter(|l| !l.is_empty());
        let (Some(head), Some(path)) = (lines.next(), lines.next()) else {
            continue;
        };
        if let Some((hash, date)) = head.split_once(' ') {
            out.push(Revision {
                hash: hash.to_string(),
                date: date.to_string(),
                path: path.to_string(),
            });
        }
    }
    out
}

/// Every committed revision of `path`, read by its extension as a file would be.
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
    let log = match git_text(
        dir,
        &[
            "log",
            "--follow",
            "--name-only",
            "--format=%x1e%H %aI",
            "--",
            &name,
        ],
    ) {
        Ok(l) => l,
        Err(e) => {
            out.errors.push(err(e));
            return out;
        }
    };
    let revisions = revisions(&log);
    if revisions.is_empty() {
        out.errors.push(err(
            "no committed history (is the file tracked by git?)".into()
        ));
        return out;
    }
    let stem = p
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    let ext = p
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    for r in revisions.into_iter().rev() {
        let short = &r.hash[..r.hash.len().min(8)];
        let place = format!("{path}@{short}");
        match git(dir, &["show", &format!("{}:{}", r.hash, r.path)]) {
            Ok(bytes) => {
                let mut one = LoadOutcome::default();
                super::load::load_bytes(&mut one, &place, &format!("{stem}@{short}"), &ext, bytes);
                let when = parse_reference_date(&r.date);
                for mut a in one.articles {
                    if a.published.is_none() {
                        a.published = when;
                    }
                    a.updated = when;
                    out.articles.push(a);
                }
                out.errors.extend(one.errors);
            }
            Err(e) => out.errors.push(LoadError { place, message: e }),
        }
    }
    out
}

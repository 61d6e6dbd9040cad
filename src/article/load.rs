//! Reading inputs: files by extension, directories in name order, `-` for stdin. A bad
//! input becomes a `LoadError` naming the file (and line); the other inputs still load.

use super::{json::parse_article, Article};
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// A problem with one input, reported as one line and exit status 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// The file (and `:line` where one applies).
    pub place: String,
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

/// What loading one PATH argument gave: the articles read and the inputs that failed.
#[derive(Debug, Default)]
pub struct LoadOutcome {
    pub articles: Vec<Article>,
    pub errors: Vec<LoadError>,
}

/// The file names a directory walk reads as articles.
const ARTICLE_EXTENSIONS: &[&str] = &[
    "txt", "md", "markdown", "text", "json", "jsonl", "html", "htm",
];
/// Files inside a story folder that describe it rather than report it.
const STORY_FILES: &[&str] = &["expected.json"];

fn err(place: impl Into<String>, message: impl Into<String>) -> LoadError {
    LoadError {
        place: place.into(),
        message: message.into(),
    }
}

/// Loads a file, a directory (every supported file below it, in name order) or `-`.
pub fn load_path(path: &str) -> LoadOutcome {
    let mut out = LoadOutcome::default();
    if path == "-" {
        let mut bytes = Vec::new();
        match std::io::stdin().lock().read_to_end(&mut bytes) {
            Ok(_) => load_bytes(&mut out, "-", "stdin", "txt", bytes),
            Err(e) => out
                .errors
                .push(err("-", format!("cannot read standard input: {e}"))),
        }
        return out;
    }
    let p = Path::new(path);
    let meta = match std::fs::metadata(p) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            out.errors.push(err(path, "no such file or directory"));
            return out;
        }
        Err(e) => {
            out.errors.push(err(path, format!("cannot read: {e}")));
            return out;
        }
    };
    if meta.is_dir() {
        let mut files = Vec::new();
        walk(p, &mut files, &mut out.errors);
        files.sort();
        if files.is_empty() {
            out.errors.push(err(
                path,
                "directory holds no articles (.txt, .md, .json, .jsonl, .html)",
            ));
        }
        for f in files {
            load_file(&mut out, &f);
        }
    } else {
        load_file(&mut out, p);
    }
    out
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<LoadError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(err(
                dir.display().to_string(),
                format!("cannot read directory: {e}"),
            ));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            // A linked folder may loop; a folder with its own expected.json is another story.
            let linked = entry.file_type().is_ok_and(|t| t.is_symlink());
            if !linked && !path.join("expected.json").is_file() {
                walk(&path, files, errors);
            }
        } else if is_article_file(&path) && !STORY_FILES.contains(&name.as_str()) {
            files.push(path);
        }
    }
}

fn is_article_file(path: &Path) -> bool {
    let ext = extension(path);
    ARTICLE_EXTENSIONS.contains(&ext.as_str())
}

fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default()
}

fn load_file(out: &mut LoadOutcome, path: &Path) {
    let place = path.display().to_string();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            out.errors.push(err(place, format!("cannot read: {e}")));
            return;
        }
    };
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_else(|| place.clone());
    load_bytes(out, &place, &stem, &extension(path), bytes);
}

pub(crate) fn load_bytes(
    out: &mut LoadOutcome,
    place: &str,
    stem: &str,
    ext: &str,
    bytes: Vec<u8>,
) {
    if ext == "html" || ext == "htm" {
        // Pages declare their own charset: decoded in html.rs, not checked as UTF-8 here.
        match super::html::parse_html(&bytes, stem, place) {
            Ok(a) => out.articles.push(a),
            Err(e) => out.errors.push(err(place, e)),
        }
        return;
    }
    if bytes.contains(&0) {
        out.errors
            .push(err(place, "binary file (NUL bytes), not an article"));
        return;
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = 1 + e.as_bytes()[..at].iter().filter(|b| **b == b'\n').count();
            out.errors
                .push(err(format!("{place}:{line}"), "invalid UTF-8"));
            return;
        }
    };
    if text.trim().is_empty() {
        out.errors.push(err(place, "empty file"));
        return;
    }
    match ext {
        "json" => match parse_article(&text, &text, stem, place) {
            Ok(a) => out.articles.push(a),
            Err(e) => push_located(out, place, &e),
        },
        "jsonl" => load_jsonl(out, place, stem, &text),
        _ => {
            let mut article = Article::from_text(stem, place, text);
            if !ext.is_empty() && !ARTICLE_EXTENSIONS.contains(&ext) && ext != "txt" {
                article.warnings.push(format!(
                    "{place}: not a known article format (.{ext}); read as plain text"
                ));
            }
            out.articles.push(article);
        }
    }
}

/// `e` is `line N: message`: the error names `place:N`.
fn push_located(out: &mut LoadOutcome, place: &str, e: &str) {
    match e.strip_prefix("line ").and_then(|r| r.split_once(": ")) {
        Some((line, msg)) => out.errors.push(err(format!("{place}:{line}"), msg)),
        None => out.errors.push(err(place, e)),
    }
}

/// One line of a JSONL corpus read as a stream (`line` is its 1-based number in `place`):
/// the article, or an error naming `place:line`. Spans of the article point into the line.
pub fn parse_jsonl_line(
    bytes: Vec<u8>,
    place: &str,
    stem: &str,
    line: usize,
) -> Result<Article, LoadError> {
    let origin = format!("{place}:{line}");
    let mut text = String::from_utf8(bytes).map_err(|_| err(&origin, "invalid UTF-8"))?;
    let json_len = text.trim_end_matches(['\n', '\r']).len();
    text.truncate(json_len);
    if text.contains('\0') {
        return Err(err(&origin, "NUL bytes, not an article"));
    }
    parse_article(&text, &text, &format!("{stem}-{line}"), &origin).map_err(|e| {
        let msg = e.split_once(": ").map(|(_, m)| m).unwrap_or(&e);
        err(&origin, msg)
    })
}

fn load_jsonl(out: &mut LoadOutcome, place: &str, stem: &str, text: &str) {
    let mut offset = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let start = offset;
        offset += line.len();
        let json = line.trim_end_matches(['\n', '\r']);
        if json.trim().is_empty() {
            continue;
        }
        let slice = &text[start..start + json.len()];
        let origin = format!("{place}:{}", i + 1);
        match parse_article(text, slice, &format!("{stem}-{}", i + 1), &origin) {
            Ok(a) => out.articles.push(a),
            Err(e) => {
                let msg = e.split_once(": ").map(|(_, m)| m).unwrap_or(&e);
                out.errors.push(err(origin, msg));
            }
        }
    }
}

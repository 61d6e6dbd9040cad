//! The optional header block of `.txt`/`.md` articles (`key: value` lines ended by a blank
//! line), the headline, and the page chrome that is dropped from the body.

use super::{date::parse_date, Article};
use crate::lexicon;
use std::ops::Range;

const HEADER_KEYS: &[&str] = &["title", "source", "url", "published", "updated"];

/// Lines of `text` with their byte ranges (without the line break).
pub(super) fn lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    // A byte-order mark is not part of the first line.
    let mut start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            let end = if i > start && text.as_bytes()[i - 1] == b'\r' {
                i - 1
            } else {
                i
            };
            out.push(start..end);
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

fn header_line(line: &str) -> Option<(String, &str)> {
    let (key, value) = line.split_once(':')?;
    let key = key.trim();
    let one_word = !key.is_empty()
        && key.len() <= 24
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    one_word.then(|| (key.to_ascii_lowercase(), value.trim()))
}

/// Reads the header block (if any), then splits the rest into paragraphs, dropping chrome.
pub fn read_header_and_body(article: &mut Article) {
    let text = article.text.clone();
    let all = lines(&text);
    let mut body_from = 0;
    // The header block: consecutive key: value lines from the top, then a blank line.
    let first = all.iter().position(|r| !text[r.clone()].trim().is_empty());
    if let Some(first) = first {
        let mut fields = Vec::new();
        let mut i = first;
        while i < all.len() {
            let line = &text[all[i].clone()];
            if line.trim().is_empty() {
                break;
            }
            match header_line(line) {
                Some(kv) => fields.push(kv),
                None => {
                    fields.clear();
                    break;
                }
            }
            i += 1;
        }
        let ended = i >= all.len() || text[all[i].clone()].trim().is_empty();
        if ended
            && fields
                .iter()
                .any(|(k, _)| HEADER_KEYS.contains(&k.as_str()))
        {
            for (key, value) in fields {
                apply_field(article, &key, value);
            }
            body_from = i;
        }
    }
    let paragraphs = paragraphs(&text, &all[body_from..]);
    if article.title.is_none() {
        article.title = paragraphs.first().map(|p| text[p.clone()].to_string());
    }
    article.paragraphs = paragraphs;
}

/// The paragraphs among `lines`: runs of non-blank lines, trimmed, with page chrome lines
/// dropped (a chrome line also ends a paragraph).
pub(super) fn paragraphs(text: &str, lines: &[Range<usize>]) -> Vec<Range<usize>> {
    let lx = lexicon::get();
    let mut paragraphs = Vec::new();
    let mut current: Option<Range<usize>> = None;
    for r in lines {
        let line = text[r.clone()].trim();
        let chrome = !line.is_empty() && lx.chrome.is_match(line);
        if line.is_empty() || chrome {
            if let Some(p) = current.take() {
                paragraphs.push(p);
            }
            continue;
        }
        let (lead, trail) = trim_offsets(&text[r.clone()]);
        let range = r.start + lead..r.end - trail;
        current = Some(match current {
            Some(p) => p.start..range.end,
            None => range,
        });
    }
    if let Some(p) = current {
        paragraphs.push(p);
    }
    paragraphs
}

fn trim_offsets(s: &str) -> (usize, usize) {
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        (lead, 0)
    } else {
        (lead, trail)
    }
}

pub(super) fn apply_field(article: &mut Article, key: &str, value: &str) {
    let value = value.trim();
    match key {
        "title" if !value.is_empty() => article.title = Some(value.to_string()),
        "source" if !value.is_empty() => article.source = Some(value.to_string()),
        "url" if !value.is_empty() => article.url = Some(value.to_string()),
        "id" if !value.is_empty() => article.id = value.to_string(),
        "published" | "updated" => {
            let parsed = parse_date(value);
            if parsed.is_none() && !value.is_empty() {
                article.warnings.push(format!(
                    "{}: `{key}: {value}` is not a date claimdiff can read; ignored",
                    article.origin
                ));
            }
            if key == "published" {
                article.published = parsed;
            } else {
                article.updated = parsed;
            }
        }
        _ => {
            article.metadata.insert(key.to_string(), value.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::article::Article;

    #[test]
    fn header_block_is_read_and_skipped() {
        let a = Article::from_text(
            "x",
            "x.txt",
            "title: Talks set\npublished: 2016-09-08\nsection: world\n\nFirst para.\n\nSecond.\n"
                .to_string(),
        );
        assert_eq!(a.title.as_deref(), Some("Talks set"));
        assert_eq!(a.published.unwrap().to_iso(), "2016-09-08");
        assert_eq!(a.metadata.get("section").map(String::as_str), Some("world"));
        let paras: Vec<_> = a.paragraphs.iter().map(|p| &a.text[p.clone()]).collect();
        assert_eq!(paras, ["First para.", "Second."]);
    }

    #[test]
    fn headline_with_colon_is_not_a_header() {
        let a = Article::from_text("x", "x.txt", "Poll: Lind leads\n\nBody text.\n".into());
        assert_eq!(a.title.as_deref(), Some("Poll: Lind leads"));
        assert_eq!(a.paragraphs.len(), 2);
    }

    #[test]
    fn chrome_lines_are_dropped() {
        let text = "Headline\n\nPublished: Updated:\nRead Mode\n100% Font Size\n4 min read\n\nBody.\n\nTop Content Trending";
        let a = Article::from_text("x", "x.txt", text.to_string());
        let paras: Vec<_> = a.paragraphs.iter().map(|p| &a.text[p.clone()]).collect();
        assert_eq!(paras, ["Headline", "Body."]);
    }

    #[test]
    fn byte_order_mark_does_not_hide_the_header() {
        let a = Article::from_text(
            "x",
            "x.txt",
            "\u{feff}title: T\npublished: 2016-09-08\n\nBody.\n".into(),
        );
        assert_eq!(a.title.as_deref(), Some("T"));
        assert!(a.published.is_some());
        assert_eq!(a.paragraphs.len(), 1);
    }

    #[test]
    fn unparsable_date_warns_and_stays_empty() {
        let a = Article::from_text("x", "x.txt", "published: unknown\n\nBody.\n".into());
        assert!(a.published.is_none());
        assert_eq!(a.warnings.len(), 1);
    }
}

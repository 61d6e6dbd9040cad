//! `.html` pages: the article's main text (not menus, footers, related links or comments)
//! by a Readability port (dom_smoothie, formatted text), its title, and the publication
//! and update times from `<meta property="article:published_time">`, `<time datetime>` or
//! JSON-LD. Pages in another charset are decoded from the one they declare. Spans of an
//! HTML article refer to the extracted text (headline, blank line, body), not to the page.

use super::{date::parse_date, header, Article};
use regex::Regex;
use std::sync::OnceLock;

/// The charset a page declares in its first bytes (`<meta charset>`, `content="...;
/// charset=..."`), else UTF-8.
fn declared_encoding(bytes: &[u8]) -> &'static encoding_rs::Encoding {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r#"(?i)charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)"#).expect("charset pattern")
    });
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    // A page that declares UTF-16 in ASCII markup is read as UTF-8 (the HTML standard's rule).
    re.captures(&head)
        .and_then(|c| encoding_rs::Encoding::for_label(c[1].as_bytes()))
        .map(|e| e.output_encoding())
        .unwrap_or(encoding_rs::UTF_8)
}

fn meta_time(html: &str, names: &[&str]) -> Option<String> {
    static META: OnceLock<Regex> = OnceLock::new();
    let meta = META.get_or_init(|| Regex::new(r#"(?is)<meta\s+[^>]*>"#).expect("meta pattern"));
    static CONTENT: OnceLock<Regex> = OnceLock::new();
    let content = CONTENT.get_or_init(|| {
        Regex::new(r#"(?is)content\s*=\s*["']([^"']+)["']"#).expect("content pattern")
    });
    for m in meta.find_iter(html) {
        let tag = m.as_str().to_lowercase();
        if names
            .iter()
            .any(|n| tag.contains(&format!("\"{n}\"")) || tag.contains(&format!("'{n}'")))
        {
            if let Some(c) = content.captures(m.as_str()) {
                return Some(c[1].to_string());
            }
        }
    }
    None
}

fn json_ld_time(html: &str, key: &str) -> Option<String> {
    let re = Regex::new(&format!(r#""{key}"\s*:\s*"([^"]+)""#)).ok()?;
    re.captures(html).map(|c| c[1].to_string())
}

fn time_element(html: &str) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r#"(?is)<time[^>]*datetime\s*=\s*["']([^"']+)["']"#).expect("time pattern")
    });
    re.captures(html).map(|c| c[1].to_string())
}

/// Elements deeper than this make a page claimdiff refuses: the Readability pass slows down
/// with the square of the depth, and real article pages stay far below it.
const MAX_DEPTH: usize = 500;

/// How deep the page's elements nest, counting only elements that must be closed (no void
/// elements, none whose end tag is implied, like `<p>` or `<li>`).
fn nesting_depth(html: &str) -> usize {
    static TAG: OnceLock<Regex> = OnceLock::new();
    let tag = TAG.get_or_init(|| {
        Regex::new(r"<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*?(/?)>").expect("tag pattern")
    });
    const OPEN_ENDED: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead",
        "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "html", "head", "body",
    ];
    // Scripts, styles and comments hold no elements ("for(i=0;i<n;i++)").
    static OPAQUE: OnceLock<Regex> = OnceLock::new();
    let opaque = OPAQUE.get_or_init(|| {
        Regex::new(r"(?is)<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->")
            .expect("opaque pattern")
    });
    let html = opaque.replace_all(html, " ");
    let (mut depth, mut max) = (0usize, 0usize);
    for c in tag.captures_iter(&html) {
        let name = c[2].to_ascii_lowercase();
        if OPEN_ENDED.contains(&name.as_str()) || &c[3] == "/" {
            continue;
        }
        if &c[1] == "/" {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            max = max.max(depth);
        }
    }
    max
}

/// Reads an HTML page into an article.
pub fn parse_html(bytes: &[u8], stem: &str, origin: &str) -> Result<Article, String> {
    let (html, _, _) = declared_encoding(bytes).decode(bytes);
    let html = html.into_owned();
    if !html.to_lowercase().contains("<html")
        && !html.to_lowercase().contains("<body")
        && !html.to_lowercase().contains("<p")
    {
        return Err("not an HTML page".into());
    }
    let depth = nesting_depth(&html);
    if depth > MAX_DEPTH {
        return Err(format!(
            "the page nests elements {depth} deep (claimdiff reads pages up to {MAX_DEPTH})"
        ));
    }
    let cfg = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let mut reader = dom_smoothie::Readability::new(html.as_str(), None, Some(cfg))
        .map_err(|e| format!("broken HTML page: {e}"))?;
    let page = reader
        .parse()
        .map_err(|_| "no article text in the page".to_string())?;
    let body = page.text_content.to_string();
    if body.trim().len() < 20 {
        return Err("no article text in the page".into());
    }
    let title = page.title.trim().to_string();
    let text = if title.is_empty() {
        body.trim().to_string()
    } else {
        format!("{title}\n\n{}", body.trim())
    };
    let mut article = Article {
        title: (!title.is_empty()).then_some(title),
        source: page.site_name.clone(),
        ..Article::bare(stem, origin, text)
    };
    if let Some(b) = &page.byline {
        article.metadata.insert("byline".into(), b.clone());
    }
    let published = page
        .published_time
        .clone()
        .or_else(|| {
            meta_time(
                &html,
                &["article:published_time", "datepublished", "pubdate"],
            )
        })
        .or_else(|| json_ld_time(&html, "datePublished"))
        .or_else(|| time_element(&html));
    let updated = page
        .modified_time
        .clone()
        .or_else(|| meta_time(&html, &["article:modified_time"]))
        .or_else(|| json_ld_time(&html, "dateModified"));
    article.published = published.as_deref().and_then(parse_date);
    article.updated = updated.as_deref().and_then(parse_date);
    article.paragraphs = header::paragraphs(&article.text, &header::lines(&article.text));
    Ok(article)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<html><head><title>Talks set for Friday</title>
<meta property="article:published_time" content="2016-09-08T10:00:00+00:00">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks set for Friday</h1>
<p>The two foreign ministers will meet in Vienna on Friday, the ministry said on Thursday, in an effort to end the border dispute that has lasted for months.</p>
<p>“The meeting will be tomorrow morning,” a ministry official said, adding that the exact time had not been fixed and that both delegations had already arrived.</p>
<p>Officials on both sides said they hoped the talks would lead to a lasting agreement before the end of the year, though several issues remained open.</p>
</article><footer>Copyright. Related: other stories you may like.</footer></body></html>"#;

    #[test]
    fn main_text_and_publication_time() {
        let a = parse_html(PAGE.as_bytes(), "p", "p.html").unwrap();
        assert!(a.text.contains("will meet in Vienna on Friday"));
        assert!(!a.text.contains("Related:"), "{}", a.text);
        assert_eq!(a.published.unwrap().to_iso(), "2016-09-08T10:00:00+00:00");
        assert_eq!(a.title.as_deref(), Some("Talks set for Friday"));
    }

    #[test]
    fn declared_charset_is_decoded() {
        let page = PAGE
            .replace("<head>", "<head><meta charset=\"windows-1252\">")
            .replace("Vienna", "Vi\u{e9}nna");
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&page);
        let a = parse_html(&bytes, "p", "p.html").unwrap();
        assert!(a.text.contains("Viénna"));
    }

    #[test]
    fn a_utf16_declaration_in_ascii_markup_reads_as_utf8() {
        let page = PAGE.replace("<head>", "<head><meta charset=\"utf-16\">");
        let a = parse_html(page.as_bytes(), "p", "p.html").unwrap();
        assert!(a.text.contains("will meet in Vienna on Friday"));
    }

    #[test]
    fn pages_nested_too_deep_are_refused_quickly() {
        let deep = format!(
            "<html><body>{}<p>Text of the page.</p></body></html>",
            "<div>".repeat(5000)
        );
        let e = parse_html(deep.as_bytes(), "p", "p.html").unwrap_err();
        assert!(e.contains("5000 deep"), "{e}");
        // Unclosed paragraphs and list items close themselves: no depth.
        assert_eq!(nesting_depth(&"<p>one<li>two<br>".repeat(1000)), 0);
        assert_eq!(nesting_depth("<div><span>a</span><div>b</div></div>"), 2);
        // Code in a script is no markup.
        let script = format!(
            "<script>{}</script><div>x</div>",
            "for(i=0;i<n;i++){g(()=>i)}".repeat(900)
        );
        assert_eq!(nesting_depth(&script), 1);
    }

    #[test]
    fn pages_without_text_are_errors() {
        assert!(parse_html(b"<html><body><nav>Home</nav></body></html>", "p", "p.html").is_err());
        assert!(parse_html(b"just some words", "p", "p.html").is_err());
    }
}

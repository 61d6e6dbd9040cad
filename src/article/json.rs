//! `.json` articles: `{"id", "title", "source", "url", "published", "updated", "body"}`
//! (`text` is accepted for `body`). The body is decoded from the JSON string with a map
//! from each decoded byte to its byte in the file, so spans still point into the input.

use super::{header, header::apply_field, Article, OffsetMap};
use serde::Deserialize;
use serde_json::value::RawValue;

#[derive(Deserialize)]
struct JsonArticle<'a> {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    updated: Option<String>,
    #[serde(borrow, default)]
    body: Option<&'a RawValue>,
    #[serde(borrow, default)]
    text: Option<&'a RawValue>,
}

/// Parses one JSON article. `input` is the whole input; `json` a slice of it (the whole
/// file, or one line of a corpus) so that body offsets can be mapped into `input`.
pub fn parse_article(input: &str, json: &str, stem: &str, origin: &str) -> Result<Article, String> {
    if !json.trim_start().starts_with('{') {
        return Err("line 1: an article must be a JSON object".to_string());
    }
    let value: JsonArticle = serde_json::from_str(json).map_err(|e| {
        let mut msg = e.to_string();
        if let Some(cut) = msg.find(" at line ") {
            msg.truncate(cut);
        }
        format!("line {}: malformed JSON: {msg}", e.line())
    })?;
    let raw = value
        .body
        .or(value.text)
        .ok_or_else(|| "line 1: the article object has no `body` (or `text`) string".to_string())?;
    let raw_str = raw.get();
    let base = raw_str.as_ptr() as usize - input.as_ptr() as usize;
    let (text, offsets) =
        decode_string(raw_str, base).ok_or_else(|| "line 1: `body` is not a string".to_string())?;
    let id = match value.id {
        Some(serde_json::Value::String(s)) if !s.is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => stem.to_string(),
    };
    let mut article = Article {
        title: value.title.clone(),
        source: value.source,
        url: value.url,
        offsets: Some(offsets),
        ..Article::bare(&id, origin, text)
    };
    for (key, v) in [("published", value.published), ("updated", value.updated)] {
        if let Some(v) = v {
            apply_field(&mut article, key, &v);
        }
    }
    article.paragraphs = header::paragraphs(&article.text, &header::lines(&article.text));
    if article.title.is_none() {
        article.title = article
            .paragraphs
            .first()
            .map(|p| article.text[p.clone()].to_string());
    }
    Ok(article)
}

/// Decodes a JSON string literal (with its quotes) into text plus, for each byte of the
/// text, the offset of the input byte it came from (`base` is the literal's offset): the
/// bytes of an escape all come from its backslash.
fn decode_string(raw: &str, base: usize) -> Option<(String, OffsetMap)> {
    let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
    let mut text = String::with_capacity(inner.len());
    let mut offsets = OffsetMap::default();
    let bytes = inner.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let at = base + 1 + i;
        if bytes[i] == b'\\' {
            let (ch, used) = match bytes.get(i + 1)? {
                b'n' => ('\n', 2),
                b't' => ('\t', 2),
                b'r' => ('\r', 2),
                b'b' => ('\u{8}', 2),
                b'f' => ('\u{c}', 2),
                b'/' => ('/', 2),
                b'\\' => ('\\', 2),
                b'"' => ('"', 2),
                b'u' => {
                    let hex = |at: usize| u32::from_str_radix(inner.get(at..at + 4)?, 16).ok();
                    let hi = hex(i + 2)?;
                    if (0xD800..0xDC00).contains(&hi) && inner.get(i + 6..i + 8) == Some("\\u") {
                        let lo = hex(i + 8)?;
                        let c = 0x10000 + ((hi - 0xD800) << 10) + (lo.wrapping_sub(0xDC00) & 0x3FF);
                        (char::from_u32(c).unwrap_or('\u{FFFD}'), 12)
                    } else {
                        (char::from_u32(hi).unwrap_or('\u{FFFD}'), 6)
                    }
                }
                _ => return None,
            };
            for k in 0..ch.len_utf8() {
                offsets.push_run(text.len() + k, at);
            }
            text.push(ch);
            i += used;
        } else {
            // A run up to the next escape, copied at once (a backslash is ASCII, so the
            // run ends on a character boundary).
            let end = bytes[i..]
                .iter()
                .position(|b| *b == b'\\')
                .map_or(bytes.len(), |k| i + k);
            offsets.push_run(text.len(), at);
            text.push_str(&inner[i..end]);
            i = end;
        }
    }
    offsets.finish(text.len(), base + 1 + inner.len());
    Some((text, offsets))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_offsets_point_into_the_file() {
        let input = r#"{"id": "a1", "published": "2016-09-08", "body": "He said \"no\".\n\nCaf\u00e9 shut."}"#;
        let a = parse_article(input, input, "stem", "a.json").unwrap();
        assert_eq!(a.id, "a1");
        assert_eq!(a.text, "He said \"no\".\n\nCafé shut.");
        let start = a.text.find("no").unwrap();
        let span = a.input_span(&(start..start + 2));
        assert_eq!(&input[span[0]..span[1]], "no");
        let cafe = a.text.find("Café").unwrap();
        let span = a.input_span(&(cafe..cafe + "Café".len()));
        assert_eq!(&input[span[0]..span[1]], r"Caf\u00e9");
        assert_eq!(a.paragraphs.len(), 2);
        assert_eq!(a.published.unwrap().to_iso(), "2016-09-08");
    }

    /// The map of a decoded body, as the decoder would give it a byte at a time: each byte
    /// of an escape from its backslash, each other byte from itself.
    fn offsets_by_byte(inner: &str, base: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let b = inner.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let at = base + 1 + i;
            if b[i] == b'\\' {
                let (len, used) = match b[i + 1] {
                    b'u' => {
                        let hi = u32::from_str_radix(&inner[i + 2..i + 6], 16).unwrap();
                        if (0xD800..0xDC00).contains(&hi) && inner.get(i + 6..i + 8) == Some("\\u")
                        {
                            (4, 12)
                        } else {
                            (char::from_u32(hi).map_or(3, char::len_utf8), 6)
                        }
                    }
                    _ => (1, 2),
                };
                out.extend(std::iter::repeat_n(at, len));
                i += used;
            } else {
                out.push(at);
                i += 1;
            }
        }
        out.push(base + 1 + inner.len());
        out
    }

    proptest::proptest! {
        #[test]
        fn the_run_map_gives_every_bytes_input_offset(
            parts in proptest::collection::vec(
                "[a-z ]{0,5}|é|“|\\\\n|\\\\\"|\\\\u00e9|\\\\u201c|\\\\ud83d\\\\ude00|\\\\u0041",
                0..12,
            ),
            base in 0usize..40,
        ) {
            let inner: String = parts.concat();
            let raw = format!("\"{inner}\"");
            let (text, map) = decode_string(&raw, base).unwrap();
            let want = offsets_by_byte(&inner, base);
            proptest::prop_assert_eq!(want.len(), text.len() + 1);
            for (i, w) in want.iter().enumerate() {
                proptest::prop_assert_eq!(map.input_of(i), *w, "byte {} of {:?}", i, text);
            }
            proptest::prop_assert_eq!(map.input_of(text.len() + 5), base + 1 + inner.len());
        }
    }

    #[test]
    fn text_is_accepted_for_body_and_stem_for_id() {
        let input = r#"{"text": "Body."}"#;
        let a = parse_article(input, input, "stem", "a.json").unwrap();
        assert_eq!(a.id, "stem");
        assert_eq!(a.text, "Body.");
    }

    #[test]
    fn errors_name_the_line() {
        let err = parse_article("{\n\"body\": }", "{\n\"body\": }", "s", "a.json").unwrap_err();
        assert!(err.starts_with("line 2: malformed JSON"), "{err}");
        let err =
            parse_article("{\"title\": \"x\"}", "{\"title\": \"x\"}", "s", "a.json").unwrap_err();
        assert!(err.contains("no `body`"), "{err}");
        let err = parse_article("{\"body\": 3}", "{\"body\": 3}", "s", "a.json").unwrap_err();
        assert!(err.contains("not a string"), "{err}");
    }
}

//! The tokens time expressions are read from: words (lowercase, possessive dropped),
//! digit runs and single punctuation marks, each with its span and whether white space
//! stood before it ("14april", "3:15pm", "15h15" are several tokens without spaces).

use std::borrow::Cow;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone)]
pub struct Tok<'a> {
    pub span: Range<usize>,
    /// Lowercase, without a possessive "'s" (the text itself when it has no capital).
    pub text: Cow<'a, str>,
    pub kind: Kind,
    /// White space (or the start) stands right before it.
    pub space_before: bool,
    /// It starts with a capital letter in the text.
    pub capital: bool,
}

impl Tok<'_> {
    pub fn num(&self) -> Option<u32> {
        (self.kind == Kind::Num && self.text.len() <= 9)
            .then(|| self.text.parse().ok())
            .flatten()
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Tokens of `text[range]`.
#[cfg(test)]
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Tok<'_>> {
    tokenize_with(text, None, range)
}

/// `tokenize`, with `text` in ASCII lowercase (`str::to_ascii_lowercase`) if the caller
/// has it: an ASCII token then borrows its lowercase from it.
pub fn tokenize_with<'a>(
    text: &'a str,
    ascii_lower: Option<&'a str>,
    range: Range<usize>,
) -> Vec<Tok<'a>> {
    let ascii_lower = ascii_lower.filter(|l| l.len() == text.len());
    let slice = &text[range.clone()];
    let ch = |b: usize| crate::text::words::char_at(slice, b);
    let mut out = Vec::with_capacity(slice.len() / 5 + 1);
    let mut i = 0;
    let mut space = true;
    while let Some((c, len)) = ch(i) {
        if c.is_whitespace() {
            space = true;
            i += len;
            continue;
        }
        let start = i;
        let kind = if c.is_ascii_digit() {
            while ch(i).is_some_and(|(d, _)| d.is_ascii_digit()) {
                i += 1;
            }
            Kind::Num
        } else if c.is_alphabetic() {
            // Characters taken so far (a period joins only a single letter: "a.m").
            let mut taken = 0;
            while let Some((cur, l)) = ch(i) {
                // A run of ASCII letters at once.
                if cur.is_ascii_alphabetic() {
                    let run = slice.as_bytes()[i..]
                        .iter()
                        .take_while(|b| b.is_ascii_alphabetic())
                        .count();
                    i += run;
                    taken += run;
                    continue;
                }
                let next = ch(i + l);
                let next_alpha = next.is_some_and(|(n, _)| n.is_alphabetic());
                let joins = (is_apostrophe(cur) || cur == '-') && next_alpha;
                if cur.is_alphabetic() || joins {
                    i += l;
                    taken += 1;
                } else if cur == '.'
                    && next_alpha
                    && taken == 1
                    && next.is_some_and(|(_, nl)| {
                        ch(i + l + nl).is_none_or(|(n, _)| !n.is_alphabetic())
                    })
                {
                    // "a.m", "p.m", "a.d": single letters joined by a period
                    i += l;
                    taken += 1;
                } else {
                    break;
                }
            }
            Kind::Word
        } else {
            i += len;
            Kind::Punct
        };
        let span = range.start + start..range.start + i;
        let raw = &text[span.clone()];
        let mut lower = match ascii_lower {
            Some(l) if raw.is_ascii() => Cow::Borrowed(&l[span.clone()]),
            _ => crate::text::lower(raw),
        };
        for suffix in ["'s", "\u{2019}s"] {
            if kind == Kind::Word && lower.len() > suffix.len() + 1 && lower.ends_with(suffix) {
                lower = match lower {
                    Cow::Borrowed(b) => Cow::Borrowed(&b[..b.len() - suffix.len()]),
                    Cow::Owned(mut o) => {
                        o.truncate(o.len() - suffix.len());
                        Cow::Owned(o)
                    }
                };
            }
        }
        out.push(Tok {
            span,
            text: lower,
            kind,
            space_before: space,
            capital: raw.starts_with(char::is_uppercase),
        });
        space = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(t: &str) -> Vec<String> {
        tokenize(t, 0..t.len())
            .into_iter()
            .map(|t| t.text.into_owned())
            .collect()
    }

    #[test]
    fn tokens() {
        assert_eq!(
            toks("3:15pm on 14april"),
            ["3", ":", "15", "pm", "on", "14", "april"]
        );
        assert_eq!(
            toks("Friday's 5 p.m. o'clock"),
            ["friday", "5", "p.m", ".", "o'clock"]
        );
        assert_eq!(
            toks("twenty-first 2018Q4"),
            ["twenty-first", "2018", "q", "4"]
        );
        // The lowercase borrowed from the article's ASCII-lowercased copy is the same.
        let t = "Friday's TALKS in Zürich at 3PM: ÉTÉ, Thursday\u{2019}s 14April";
        let lower = t.to_ascii_lowercase();
        let by_copy: Vec<String> = tokenize_with(t, Some(&lower), 0..t.len())
            .into_iter()
            .map(|t| t.text.into_owned())
            .collect();
        assert_eq!(by_copy, toks(t));
        assert!(by_copy.contains(&"zürich".to_string()) && by_copy.contains(&"été".to_string()));
        let t = tokenize("a  b", 0..4);
        assert!(t[1].space_before && t[0].space_before);
        assert!(!tokenize("3pm", 0..3)[1].space_before);
    }
}

//! The tokens time expressions are read from: words (lowercase, possessive dropped),
//! digit runs and single punctuation marks, each with its span and whether white space
//! stood before it ("14april", "3:15pm", "15h15" are several tokens without spaces).

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone)]
pub struct Tok {
    pub span: Range<usize>,
    /// Lowercase, without a possessive "'s".
    pub text: String,
    pub kind: Kind,
    /// White space (or the start) stands right before it.
    pub space_before: bool,
    /// It starts with a capital letter in the text.
    pub capital: bool,
}

impl Tok {
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
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Tok> {
    let slice = &text[range.clone()];
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let at = |k: usize| chars.get(k).map_or(slice.len(), |c| c.0);
    let mut out = Vec::new();
    let mut i = 0;
    let mut space = true;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_whitespace() {
            space = true;
            i += 1;
            continue;
        }
        let start = i;
        let kind = if c.is_ascii_digit() {
            while i < chars.len() && chars[i].1.is_ascii_digit() {
                i += 1;
            }
            Kind::Num
        } else if c.is_alphabetic() {
            while i < chars.len() {
                let ch = chars[i].1;
                let next_alpha = chars.get(i + 1).is_some_and(|n| n.1.is_alphabetic());
                let joins = (is_apostrophe(ch) || ch == '-') && next_alpha;
                if ch.is_alphabetic() || joins {
                    i += 1;
                } else if ch == '.'
                    && next_alpha
                    && i - start == 1
                    && chars.get(i + 2).is_none_or(|n| !n.1.is_alphabetic())
                {
                    // "a.m", "p.m", "a.d": single letters joined by a period
                    i += 1;
                } else {
                    break;
                }
            }
            Kind::Word
        } else {
            i += 1;
            Kind::Punct
        };
        let span = range.start + at(start)..range.start + at(i);
        let raw = &text[span.clone()];
        let mut lower = crate::text::lower(raw).into_owned();
        for suffix in ["'s", "\u{2019}s"] {
            if kind == Kind::Word && lower.len() > suffix.len() + 1 && lower.ends_with(suffix) {
                lower.truncate(lower.len() - suffix.len());
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
            .map(|t| t.text)
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
        let t = tokenize("a  b", 0..4);
        assert!(t[1].space_before && t[0].space_before);
        assert!(!tokenize("3pm", 0..3)[1].space_before);
    }
}

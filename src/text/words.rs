//! Words with their byte spans: letters and digits, with the apostrophes, hyphens and
//! periods inside them kept ("don't", "48-hour", "U.S", "5-1/2").

use std::ops::Range;

/// A word of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub span: Range<usize>,
}

impl Word {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.span.clone()]
    }
}

fn joiner(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '-' | '.' | '/' | ',' | '&')
}

/// `w` in lowercase, copied only when it has an uppercase letter (most words have none).
pub fn lower(w: &str) -> std::borrow::Cow<'_, str> {
    if w.chars().any(char::is_uppercase) {
        w.to_lowercase().into()
    } else {
        w.into()
    }
}

/// The character at byte `i` of `s` and its length (ASCII without decoding).
#[inline]
pub(crate) fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        Some((b as char, 1))
    } else {
        s[i..].chars().next().map(|c| (c, c.len_utf8()))
    }
}

/// The words of `text[range]`, in order.
pub fn words(text: &str, range: Range<usize>) -> Vec<Word> {
    let slice = &text[range.clone()];
    let bytes = slice.as_bytes();
    let mut out = Vec::with_capacity(slice.len() / 6 + 1);
    let mut start: Option<usize> = None;
    let mut i = 0;
    while let Some((c, len)) = char_at(slice, i) {
        let next = i + len;
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
            i = next;
            continue;
        }
        if let Some(s) = start {
            let after = char_at(slice, next).map(|(n, _)| n);
            let next_alnum = after.is_some_and(char::is_alphanumeric);
            // A comma joins only digits ("400,000"); the others join any letters.
            let prev_digit = i > 0 && bytes[i - 1].is_ascii_digit();
            let next_digit = after.is_some_and(|n| n.is_ascii_digit());
            let joins = joiner(c) && next_alnum && (c != ',' || (prev_digit && next_digit));
            if !joins {
                out.push(Word {
                    span: range.start + s..range.start + i,
                });
                start = None;
            }
        }
        i = next;
    }
    if let Some(s) = start {
        out.push(Word {
            span: range.start + s..range.end,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_marks() {
        let t = "The U.S. won't sign a 48-hour deal; 400,000, he said.";
        let w: Vec<_> = words(t, 0..t.len())
            .iter()
            .map(|w| w.text(t).to_string())
            .collect();
        assert_eq!(
            w,
            ["The", "U.S", "won't", "sign", "a", "48-hour", "deal", "400,000", "he", "said"]
        );
        // Letters beyond ASCII, and marks that join them.
        let t = "Ministère d\u{2019}État: «Żółć» 3,5 km; José-María, 1,000.";
        let w: Vec<_> = words(t, 0..t.len())
            .iter()
            .map(|w| w.text(t).to_string())
            .collect();
        assert_eq!(
            w,
            [
                "Ministère",
                "d\u{2019}État",
                "Żółć",
                "3,5",
                "km",
                "José-María",
                "1,000"
            ]
        );
    }
}

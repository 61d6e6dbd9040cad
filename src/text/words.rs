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

/// The words of `text[range]`, in order.
pub fn words(text: &str, range: Range<usize>) -> Vec<Word> {
    let slice = &text[range.clone()];
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
            continue;
        }
        if let Some(s) = start {
            let next_alnum = chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
            // A comma joins only digits ("400,000"); the others join any letters.
            let prev_digit = slice[..i]
                .chars()
                .next_back()
                .is_some_and(|p| p.is_ascii_digit());
            let next_digit = chars.peek().is_some_and(|(_, n)| n.is_ascii_digit());
            let joins = joiner(c) && next_alnum && (c != ',' || (prev_digit && next_digit));
            if !joins {
                out.push(Word {
                    span: range.start + s..range.start + i,
                });
                start = None;
            }
        }
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
    }
}

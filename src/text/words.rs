//! Words with their byte spans: letters and digits, with the apostrophes, hyphens and
//! periods inside them kept ("don't", "48-hour", "U.S", "5-1/2").

use std::ops::Range;

/// A word of the text.
#[derive(Debug, Clone)]
pub struct Word {
    pub span: Range<usize>,
    /// The bits of the lexicon lists its lowercase is in (`Lexicon::word_bits`), for the
    /// words of a `WordIndex`; `UNKNOWN` for the others.
    pub lists: u64,
}

/// Words are the same when their spans are.
impl PartialEq for Word {
    fn eq(&self, other: &Word) -> bool {
        self.span == other.span
    }
}

impl Eq for Word {}

impl Word {
    /// The word's lists were not looked up.
    pub const UNKNOWN: u64 = 1 << crate::lexicon::WORD_BITS;

    fn new(span: Range<usize>) -> Word {
        Word {
            span,
            lists: Word::UNKNOWN,
        }
    }

    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.span.clone()]
    }
}

fn joiner(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '-' | '.' | '/' | ',' | '&')
}

/// `w` in lowercase, copied only when it has an uppercase letter (most words have none).
pub fn lower(w: &str) -> std::borrow::Cow<'_, str> {
    if w.is_ascii() {
        if w.bytes().any(|b| b.is_ascii_uppercase()) {
            w.to_ascii_lowercase().into()
        } else {
            w.into()
        }
    } else if w.chars().any(char::is_uppercase) {
        w.to_lowercase().into()
    } else {
        w.into()
    }
}

/// `f` of `w` in lowercase, as `lower` gives it: `w` itself when it is lowercase ASCII,
/// a copy on the stack when it is short ASCII, `lower` otherwise (the common cases of a
/// word looked up in a list make no copy on the heap).
pub fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    const SHORT: usize = 32;
    let b = w.as_bytes();
    if !w.is_ascii() {
        return f(&lower(w));
    }
    if !b.iter().any(u8::is_ascii_uppercase) {
        return f(w);
    }
    if b.len() > SHORT {
        return f(&w.to_ascii_lowercase());
    }
    let mut buf = [0u8; SHORT];
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    // (ASCII lowercased is ASCII: always UTF-8.)
    f(std::str::from_utf8(&buf[..b.len()]).unwrap_or_default())
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

/// Whether the mark `c` at byte `i` of `slice` (the next character at `next`) joins the
/// letters on its two sides into one word.
fn joins(slice: &str, i: usize, c: char, next: usize) -> bool {
    joiner(c) && {
        let after = char_at(slice, next).map(|(n, _)| n);
        let next_alnum = after.is_some_and(char::is_alphanumeric);
        // A comma joins only digits ("400,000"); the others join any letters.
        let prev_digit = i > 0 && slice.as_bytes()[i - 1].is_ascii_digit();
        let next_digit = after.is_some_and(|n| n.is_ascii_digit());
        next_alnum && (c != ',' || (prev_digit && next_digit))
    }
}

/// The words of `text[range]`, in order.
pub fn words(text: &str, range: Range<usize>) -> Vec<Word> {
    let slice = &text[range.clone()];
    let bytes = slice.as_bytes();
    // (News runs about six bytes a word with its space: room for a few more.)
    let mut out = Vec::with_capacity(slice.len() / 5 + 1);
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII without decoding: a letter or digit, or a mark that may join two.
        let (c, len) = if b < 0x80 {
            if b.is_ascii_alphanumeric() {
                if start.is_none() {
                    start = Some(i);
                }
                // The rest of an ASCII run at once.
                i += 1;
                while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                    i += 1;
                }
                continue;
            }
            if start.is_none() {
                i += 1;
                continue;
            }
            (b as char, 1)
        } else {
            match char_at(slice, i) {
                Some(x) => x,
                None => break,
            }
        };
        let next = i + len;
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
            i = next;
            continue;
        }
        if let Some(s) = start {
            if !joins(slice, i, c, next) {
                out.push(Word::new(range.start + s..range.start + i));
                start = None;
            }
        }
        i = next;
    }
    if let Some(s) = start {
        out.push(Word::new(range.start + s..range.end));
    }
    out
}

/// A word without its possessive ("Norvik's", "Fishermen’s" → "Norvik", "Fishermen"), or
/// `None` when it has none.
pub fn strip_possessive(w: &str) -> Option<&str> {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s"))
}

/// The words of a whole text, found once, for the rules that each read the words of a
/// sentence, a clause or a paragraph of it.
#[derive(Debug, Default)]
pub struct WordIndex {
    words: Vec<Word>,
    /// The text with its ASCII letters in lowercase (the same bytes elsewhere, so the same
    /// spans), for the lowercase of a span without a copy.
    ascii_lower: String,
}

impl WordIndex {
    pub fn new(text: &str) -> WordIndex {
        let mut index = WordIndex {
            words: words(text, 0..text.len()),
            ascii_lower: text.to_ascii_lowercase(),
        };
        let lx = crate::lexicon::get();
        let mut lists = Vec::with_capacity(index.words.len());
        for w in &index.words {
            lists.push(lx.word_bits(&index.lower(text, w.span.clone())));
        }
        for (w, l) in index.words.iter_mut().zip(lists) {
            w.lists = l;
        }
        index
    }

    /// Whether the lowercase of `w`, a word of `text`, is in `list`: a bit of the word
    /// when it is one of the index's and the list has a bit, else a lookup.
    #[inline]
    pub fn in_list(&self, text: &str, w: &Word, list: Option<&crate::lexicon::WordSet>) -> bool {
        let Some(list) = list else {
            return false;
        };
        match list.bit() {
            Some(bit) if w.lists & Word::UNKNOWN == 0 => w.lists >> bit & 1 == 1,
            _ => list.contains(&self.lower(text, w.span.clone())),
        }
    }

    /// `lower(&text[span])`, borrowed from the index when the span is ASCII.
    pub fn lower<'a>(&'a self, text: &'a str, span: Range<usize>) -> std::borrow::Cow<'a, str> {
        match self.ascii_lower.get(span.clone()) {
            Some(l) if l.is_ascii() && self.ascii_lower.len() == text.len() => l.into(),
            _ => lower(&text[span]),
        }
    }

    /// `words(text, range)`, from the index: its words inside `range` (two binary
    /// searches), or found anew when a word of the index crosses an end of `range` (a
    /// range that starts or ends inside a word reads that word cut, as `words` does).
    pub fn within<'a>(&'a self, text: &str, range: Range<usize>) -> std::borrow::Cow<'a, [Word]> {
        let a = self.words.partition_point(|w| w.span.end <= range.start);
        let b = self
            .words
            .partition_point(|w| w.span.start < range.end)
            .max(a);
        let inside = a == b
            || (self.words[a].span.start >= range.start && self.words[b - 1].span.end <= range.end);
        if inside {
            std::borrow::Cow::Borrowed(&self.words[a..b])
        } else {
            std::borrow::Cow::Owned(words(text, range))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `words` as first written, a character at a time: the fast path (ASCII runs read at
    /// once, marks tested only inside a word) must agree with it.
    fn words_by_char(text: &str, range: Range<usize>) -> Vec<Word> {
        let slice = &text[range.clone()];
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        let mut i = 0;
        while let Some((c, len)) = char_at(slice, i) {
            let next = i + len;
            if c.is_alphanumeric() {
                start.get_or_insert(i);
                i = next;
                continue;
            }
            if let Some(s) = start {
                if !joins(slice, i, c, next) {
                    out.push(Word::new(range.start + s..range.start + i));
                    start = None;
                }
            }
            i = next;
        }
        if let Some(s) = start {
            out.push(Word::new(range.start + s..range.end));
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn fast_words_agree_with_the_char_loop(
            t in "([a-zA-Z0-9 ,.'/&-]|\u{2019}|é|É|ß|\u{00a0}|—|ж){0,60}",
            cut in 0usize..8,
        ) {
            let start = t.char_indices().nth(cut).map_or(0, |(i, _)| i);
            proptest::prop_assert_eq!(words(&t, start..t.len()), words_by_char(&t, start..t.len()));
        }

        #[test]
        fn the_index_gives_the_words_of_any_range(
            t in "([a-zA-Z0-9 ,.'/&-]|\u{2019}|é|É|—){0,60}",
            a in 0usize..64,
            b in 0usize..64,
        ) {
            let index = WordIndex::new(&t);
            let bounds: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            let (a, b) = (bounds[a % bounds.len()], bounds[b % bounds.len()]);
            let r = a.min(b)..a.max(b);
            proptest::prop_assert_eq!(index.within(&t, r.clone()).into_owned(), words(&t, r.clone()));
            proptest::prop_assert_eq!(index.lower(&t, r.clone()), lower(&t[r.clone()]));
            proptest::prop_assert_eq!(with_lower(&t[r.clone()], str::to_string), lower(&t[r]).into_owned());
        }
    }

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

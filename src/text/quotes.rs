//! Quotations: the spans between quote marks, which may run over several sentences, and
//! on into the next paragraph when that one opens with a quote mark before the last closed.

use std::ops::Range;

/// One quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// From the opening mark to the closing mark, both included.
    pub span: Range<usize>,
    /// The quoted words, without the marks.
    pub inner: Range<usize>,
}

fn opening(c: char) -> bool {
    matches!(c, '\u{201C}' | '\u{AB}')
}

fn closing(c: char) -> bool {
    matches!(c, '\u{201D}' | '\u{BB}')
}

/// The quotations in the paragraphs, in order.
pub fn find_quotes(text: &str, paragraphs: &[Range<usize>]) -> Vec<Quote> {
    let mut out = Vec::new();
    // An open quotation carried over from the previous paragraph.
    let mut open: Option<usize> = None;
    for p in paragraphs {
        let slice = &text[p.clone()];
        let starts_with_mark = slice.starts_with(['\u{201C}', '"', '\u{AB}'])
            || slice.starts_with("``")
            || slice.starts_with("''");
        if open.is_some() && !starts_with_mark {
            // A mark that never closes and is not taken up by the next paragraph is not a
            // quotation (an inch mark, a typo): drop it.
            open = None;
        }
        let mut straight_open: Option<usize> = None;
        let bytes = slice.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // Only ", ', ` and the marks beyond ASCII can open or close: skip the rest.
            if bytes[i] < 0x80 && !matches!(bytes[i], b'"' | b'\'' | b'`') {
                i += 1;
                continue;
            }
            let Some(c) = slice[i..].chars().next() else {
                break;
            };
            let here = i;
            i += c.len_utf8();
            let at = p.start + here;
            let backticks = c == '`' && bytes.get(i) == Some(&b'`');
            let twin_ticks = c == '\'' && bytes.get(i) == Some(&b'\'');
            if opening(c) || backticks {
                if backticks {
                    i += 1;
                }
                // A paragraph that reopens a carried-over quotation continues it.
                if open.is_none() {
                    open = Some(at);
                }
            } else if twin_ticks && open.is_none() {
                // '' opening a quotation (newspaper style ''like this,'')
                i += 1;
                open = Some(at);
            } else if closing(c) || twin_ticks {
                if twin_ticks {
                    i += 1;
                }
                let end = at + if twin_ticks { 2 } else { c.len_utf8() };
                // A straight mark may open what a curly one closes ("more hours”).
                if let Some(o) = open.take().or_else(|| straight_open.take()) {
                    push(&mut out, text, o, end);
                }
            } else if c == '"' && !slice[..here].ends_with(|p: char| p.is_ascii_digit()) {
                // A straight mark right after a word closes an open curly one (“no
                // evidence"), as its closing twin would.
                let closes = slice[..here]
                    .ends_with(|p: char| p.is_alphanumeric() || matches!(p, ',' | '.' | '!' | '?'))
                    && !slice[i..].starts_with(char::is_alphanumeric);
                match straight_open.take() {
                    Some(o) => push(&mut out, text, o, at + 1),
                    None if open.is_none() => straight_open = Some(at),
                    None if closes => {
                        if let Some(o) = open.take() {
                            push(&mut out, text, o, at + 1);
                        }
                    }
                    None => {}
                }
            }
        }
        if let Some(o) = straight_open {
            open = Some(o);
        }
    }
    out
}

/// Records the quotation from the mark at `open` to the closing mark that ends at `end`.
fn push(out: &mut Vec<Quote>, text: &str, open: usize, end: usize) {
    let mark_len = |s: &str| {
        if s.starts_with("``") || s.starts_with("''") {
            2
        } else {
            s.chars().next().map_or(1, char::len_utf8)
        }
    };
    let inner_start = open + mark_len(&text[open..]);
    let last = text[..end].chars().next_back().map_or(1, char::len_utf8);
    let inner_end = end - if text[..end].ends_with("''") { 2 } else { last };
    if inner_end > inner_start {
        out.push(Quote {
            span: open..end,
            inner: inner_start..inner_end,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curly_and_straight_quotes() {
        let t = "\u{201C}We agree,\u{201D} he said. She said \"no\".";
        let q = find_quotes(t, std::slice::from_ref(&(0..t.len())));
        assert_eq!(q.len(), 2);
        assert_eq!(&t[q[0].inner.clone()], "We agree,");
        assert_eq!(&t[q[1].inner.clone()], "no");
    }

    #[test]
    fn a_straight_mark_closes_a_curly_one_and_the_other_way_round() {
        let t = "There was \u{201C}no evidence\" yet.\n\n\"We see no link,\" he said, adding it would take \"more hours\u{201D} to know.";
        let cut = t.find("\n\n").unwrap();
        let paras = [0..cut, cut + 2..t.len()];
        let q = find_quotes(t, &paras);
        let inner: Vec<&str> = q.iter().map(|q| &t[q.inner.clone()]).collect();
        assert_eq!(inner, ["no evidence", "We see no link,", "more hours"]);
    }

    #[test]
    fn quotation_runs_over_sentences() {
        let t = "\u{201C}It will be tomorrow. We cannot say,\u{201D} an official said.";
        let q = find_quotes(t, std::slice::from_ref(&(0..t.len())));
        assert_eq!(q.len(), 1);
        assert_eq!(
            &t[q[0].inner.clone()],
            "It will be tomorrow. We cannot say,"
        );
    }

    #[test]
    fn quotation_continues_into_a_paragraph_that_reopens_it() {
        let t = "He said: \u{201C}First part.\n\n\u{201C}Second part,\u{201D} he added.";
        let cut = t.find("\n\n").unwrap();
        let paras = [0..cut, cut + 2..t.len()];
        let q = find_quotes(t, &paras);
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(t[q[0].inner.clone()].contains("First part."));
        assert!(t[q[0].inner.clone()].contains("Second part,"));
    }

    #[test]
    fn unclosed_marks_are_not_quotations() {
        let t = "The 12\" guns fired, the army said.";
        assert!(find_quotes(t, std::slice::from_ref(&(0..t.len()))).is_empty());
        let t = "He said \u{201C}this never closes.\n\nThe ministry said no.";
        let cut = t.find("\n\n").unwrap();
        assert!(find_quotes(t, &[0..cut, cut + 2..t.len()]).is_empty());
    }

    #[test]
    fn doubled_apostrophes_open_and_close() {
        let t = "''This isn't reform,'' said Mr. Burman. ''It is tinkering.''";
        let q = find_quotes(t, std::slice::from_ref(&(0..t.len())));
        assert_eq!(q.len(), 2);
        assert_eq!(&t[q[0].inner.clone()], "This isn't reform,");
    }

    #[test]
    fn wire_style_backtick_quotes() {
        let t = "``It was a bomb,'' said an official.";
        let q = find_quotes(t, std::slice::from_ref(&(0..t.len())));
        assert_eq!(&t[q[0].inner.clone()], "It was a bomb,");
    }
}

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
        let starts_with_mark =
            slice.starts_with(['\u{201C}', '"', '\u{AB}']) || slice.starts_with("``");
        if let Some(o) = open {
            if !starts_with_mark {
                // The quotation was never closed: end it where its paragraph ended.
                let end = paragraph_end_before(paragraphs, p.start);
                push(&mut out, text, o, end, false);
                open = None;
            }
        }
        let mut straight_open: Option<usize> = None;
        let mut iter = slice.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            let at = p.start + i;
            let backticks = c == '`' && iter.peek().is_some_and(|(_, n)| *n == '`');
            let twin_ticks = c == '\'' && iter.peek().is_some_and(|(_, n)| *n == '\'');
            if opening(c) || backticks {
                if backticks {
                    iter.next();
                }
                // A paragraph that reopens a carried-over quotation continues it.
                if open.is_none() {
                    open = Some(at);
                }
            } else if closing(c) || twin_ticks {
                if twin_ticks {
                    iter.next();
                }
                let end = at + if twin_ticks { 2 } else { c.len_utf8() };
                if let Some(o) = open.take() {
                    push(&mut out, text, o, end, true);
                }
            } else if c == '"' {
                match straight_open.take() {
                    Some(o) => push(&mut out, text, o, at + 1, true),
                    None if open.is_none() => straight_open = Some(at),
                    None => {}
                }
            }
        }
        if let Some(o) = straight_open {
            open = Some(o);
        }
    }
    if let Some(o) = open {
        let end = paragraphs.last().map_or(text.len(), |p| p.end);
        push(&mut out, text, o, end, false);
    }
    out
}

fn paragraph_end_before(paragraphs: &[Range<usize>], at: usize) -> usize {
    paragraphs
        .iter()
        .rev()
        .find(|p| p.end <= at)
        .map_or(at, |p| p.end)
}

fn push(out: &mut Vec<Quote>, text: &str, open: usize, end: usize, closed: bool) {
    let mark_len = |at: usize| text[at..].chars().next().map_or(1, |c| c.len_utf8());
    let open_len = if text[open..].starts_with("``") {
        2
    } else {
        mark_len(open)
    };
    let inner_start = open + open_len;
    let inner_end = if closed {
        let last = text[..end].chars().next_back().map_or(1, |c| c.len_utf8());
        let len = if text[..end].ends_with("''") { 2 } else { last };
        end - len
    } else {
        end
    };
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
    fn wire_style_backtick_quotes() {
        let t = "``It was a bomb,'' said an official.";
        let q = find_quotes(t, std::slice::from_ref(&(0..t.len())));
        assert_eq!(&t[q[0].inner.clone()], "It was a bomb,");
    }
}

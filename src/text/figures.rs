//! Blocks of figures: a paragraph whose lines are a heading ("KENYA:") and labelled
//! numbers ("Total dead: 192", "Injured: 4,877"), as wire services send casualty and result
//! tables. Each line is a sentence of its own; a figure's place is the heading above it.

use std::ops::Range;

/// The longest label of a figure line, in words.
const MAX_LABEL_WORDS: usize = 5;

/// A line of a block: `label` is the text before the colon; `value` the number after it,
/// none for a heading.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureLine {
    pub span: Range<usize>,
    pub label: Range<usize>,
    pub value: Option<Range<usize>>,
}

/// Whether `value` is a figure as a table writes it: digits with their commas and points
/// ("4,877", "12.5").
pub fn is_figure(value: &str) -> bool {
    value.starts_with(|c: char| c.is_ascii_digit())
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.'))
}

/// The line `text[span]` read as a heading or a labelled number, if it is one.
fn figure_line(text: &str, span: Range<usize>) -> Option<FigureLine> {
    let line = &text[span.clone()];
    let (label, rest) = line.split_once(':')?;
    let words = label.split_whitespace().count();
    if words == 0
        || words > MAX_LABEL_WORDS
        || !label.trim_start().starts_with(char::is_uppercase)
        || label.contains(['.', ',', ';', '"', '\u{201C}'])
    {
        return None;
    }
    let label_start = span.start + (label.len() - label.trim_start().len());
    let label_range = label_start..span.start + label.trim_end().len();
    let value = rest.trim();
    if value.is_empty() {
        // A heading is written in capitals ("KENYA:", "NORTH REGION:").
        return (label.chars().any(char::is_alphabetic) && !label.chars().any(char::is_lowercase))
            .then_some(FigureLine {
                span,
                label: label_range,
                value: None,
            });
    }
    if !is_figure(value) {
        return None;
    }
    let value_start = span.start + label.len() + 1 + (rest.len() - rest.trim_start().len());
    Some(FigureLine {
        span,
        label: label_range,
        value: Some(value_start..value_start + value.len()),
    })
}

/// The longest line of a block of figures, in bytes: a longer line is prose, and the search
/// for a line's end stops there (the test costs little on any paragraph, however long).
const MAX_LINE: usize = 120;

/// The lines of paragraph `text[p]` when it is a block of figures: every line a heading or
/// a labelled number, and at least two numbers.
pub fn figure_block(text: &str, p: &Range<usize>) -> Option<Vec<FigureLine>> {
    let bytes = text.as_bytes();
    // (One line holds one number at most, and a first line longer than `MAX_LINE` makes
    // no block: most paragraphs are one line. Only the first line's reach is read, so a
    // rule asking about each sentence of a long paragraph stays linear.)
    let first_reach = p.end.min(p.start + MAX_LINE + 1);
    if !bytes.get(p.start..first_reach)?.contains(&b'\n') {
        return None;
    }
    let mut out = Vec::new();
    let mut at = p.start;
    while at < p.end {
        let reach = p.end.min(at + MAX_LINE + 1);
        let end = bytes[at..reach]
            .iter()
            .position(|&b| b == b'\n')
            .map(|k| at + k)
            .or((reach == p.end).then_some(p.end))?;
        let line = text.get(at..end)?;
        let span = at..at + line.trim_end_matches('\r').len();
        at = end + 1;
        if line.trim().is_empty() {
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        out.push(figure_line(text, span.start + lead..span.end)?);
    }
    (out.iter().filter(|l| l.value.is_some()).count() >= 2).then_some(out)
}

/// In the `lines` of a block of figures, the heading above the line at `at` (its label), if
/// any.
pub fn heading_above(lines: &[FigureLine], at: usize) -> Option<Range<usize>> {
    lines
        .iter()
        .take_while(|l| l.span.start < at)
        .filter(|l| l.value.is_none())
        .last()
        .map(|l| l.label.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str =
        "KENYA:\nTotal dead: 192\nAmericans: 12\nInjured: 4,877\n\nTANZANIA:\nTotal dead: 10";

    #[test]
    fn a_block_is_headings_and_labelled_numbers() {
        let p = 0..TABLE.find("\n\n").unwrap();
        let lines = figure_block(TABLE, &p).expect("a block");
        let text: Vec<&str> = lines.iter().map(|l| &TABLE[l.span.clone()]).collect();
        assert_eq!(
            text,
            [
                "KENYA:",
                "Total dead: 192",
                "Americans: 12",
                "Injured: 4,877"
            ]
        );
        assert_eq!(&TABLE[lines[1].label.clone()], "Total dead");
        assert_eq!(&TABLE[lines[1].value.clone().unwrap()], "192");
        assert_eq!(lines[0].value, None);
        let at = TABLE.find("Americans").unwrap();
        assert_eq!(heading_above(&lines, at).map(|r| &TABLE[r]), Some("KENYA"));
    }

    /// A first line longer than a line of figures makes no block, whatever follows it (the
    /// test that lets a long paragraph be rejected after reading its first line's reach),
    /// and neither does one line alone, short or long.
    #[test]
    fn a_long_first_line_or_one_line_is_no_block() {
        let long = "word ".repeat(MAX_LINE / 5 + 1);
        for t in [
            format!("{long}\nTotal dead: 192\nInjured: 40"),
            format!("{long}Total dead: 192"),
            "Total dead: 192 Injured: 40".to_string(),
        ] {
            assert!(figure_block(&t, &(0..t.len())).is_none(), "{t:?}");
        }
        let t = format!("{}\nTotal dead: 192\nInjured: 40", &long[..MAX_LINE - 10]);
        assert!(
            figure_block(&t, &(0..t.len())).is_none(),
            "prose first line"
        );
        let t = "DEAD:\nTotal dead: 192\nInjured: 40";
        assert!(figure_block(t, &(0..t.len())).is_some());
    }

    #[test]
    fn prose_and_transcripts_are_no_block() {
        for t in [
            "MORENO: Well, first of all, we won.\nLIND: We did not.",
            "The toll: 12 dead.\nThe injured: 40.",
            "Total dead: 192",
            "Note: 12\nthe rest: 40",
        ] {
            assert_eq!(figure_block(t, &(0..t.len())), None, "{t}");
        }
    }
}

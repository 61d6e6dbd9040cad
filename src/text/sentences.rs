//! Sentence boundaries, non-destructive: each sentence is a byte span of the text.
//! Periods after abbreviations, initials, decimals and inside ellipses followed by
//! lowercase do not end a sentence; closing quotes and brackets stay with their sentence.

use crate::lexicon;
use std::ops::Range;

/// One sentence of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub index: usize,
    pub span: Range<usize>,
    /// The paragraph (index into `Article::paragraphs`) it stands in.
    pub paragraph: usize,
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201D}' | '\u{2019}' | ')' | ']' | '\u{BB}' | '}'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201C}' | '\u{2018}' | '(' | '[' | '\u{AB}' | '`'
    )
}

/// Splits each paragraph into sentences, numbering them through the article.
pub fn split_sentences(text: &str, paragraphs: &[Range<usize>]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (pi, p) in paragraphs.iter().enumerate() {
        for span in split_paragraph(text, p.clone()) {
            out.push(Sentence {
                index: out.len(),
                span,
                paragraph: pi,
            });
        }
    }
    out
}

/// The sentence spans inside one paragraph.
pub fn split_paragraph(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let slice = &text[range.clone()];
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if !matches!(c, '.' | '?' | '!' | '\u{2026}') {
            i += 1;
            continue;
        }
        // The run of terminators, then closing quotes and brackets.
        let mut j = i;
        while j < chars.len() && matches!(chars[j].1, '.' | '?' | '!' | '\u{2026}') {
            j += 1;
        }
        let run = &slice[pos..chars.get(j).map_or(slice.len(), |x| x.0)];
        while j < chars.len() && is_closer(chars[j].1) {
            j += 1;
        }
        let end = chars.get(j).map_or(slice.len(), |x| x.0);
        // A boundary needs white space (or the paragraph's end) after it.
        let mut k = j;
        while k < chars.len() && chars[k].1.is_whitespace() {
            k += 1;
        }
        if k == j && j < chars.len() {
            i = j.max(i + 1);
            continue;
        }
        if k >= chars.len() {
            break;
        }
        let next = &slice[chars[k].0..];
        if ends_sentence(slice, pos, run, next) {
            out.push(range.start + start..range.start + end);
            start = chars[k].0;
        }
        i = k;
    }
    let rest = slice[start..].trim_end();
    if !rest.trim().is_empty() {
        out.push(range.start + start..range.start + start + rest.len());
    }
    out
}

/// Decides whether the terminator `run` at `pos` ends a sentence, given the text after it.
fn ends_sentence(slice: &str, pos: usize, run: &str, next: &str) -> bool {
    let lx = lexicon::get();
    let mut next_chars = next.chars().skip_while(|c| is_opener(*c));
    let Some(first) = next_chars.next() else {
        return true;
    };
    if first.is_lowercase() {
        return false;
    }
    if run != "." {
        // "?", "!", ellipses: a capital after them starts a new sentence, unless the
        // ellipsis stands in the middle of a quoted line ("that ... The").
        return !(run.starts_with("..") || run == "\u{2026}") || !slice[..pos].ends_with(' ');
    }
    // The word before the period.
    let before = &slice[..pos];
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '.' || *c == '-' || *c == '\''))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    if word.is_empty() {
        return true;
    }
    let lower = word.to_lowercase();
    let bare = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    // An initial ("John E. Smith") or a lone capital.
    if bare.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) {
        return false;
    }
    if lx.abbreviations.contains(bare) {
        if lx.sentence_final_abbreviations.contains(bare) {
            let next_word: String = next
                .chars()
                .skip_while(|c| is_opener(*c))
                .take_while(|c| c.is_alphanumeric())
                .collect();
            return lx.sentence_starters.contains(&next_word.to_lowercase());
        }
        return false;
    }
    // "U.S" style: letters separated by periods.
    if bare.contains('.') && bare.split('.').all(|p| p.chars().count() <= 2) {
        let next_word: String = next.chars().take_while(|c| c.is_alphanumeric()).collect();
        return lx.sentence_starters.contains(&next_word.to_lowercase());
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        split_paragraph(t, 0..t.len())
            .into_iter()
            .map(|r| &t[r])
            .collect()
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(
            split("Hello World. My name is Jonas."),
            ["Hello World.", "My name is Jonas."]
        );
        assert_eq!(
            split("What is it? I found it! Fine."),
            ["What is it?", "I found it!", "Fine."]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(
            split("Mr. Smith met Gen. Lee on Sept. 2 at 5 p.m. local time."),
            ["Mr. Smith met Gen. Lee on Sept. 2 at 5 p.m. local time."]
        );
        assert_eq!(
            split("My name is Jonas E. Smith."),
            ["My name is Jonas E. Smith."]
        );
        assert_eq!(split("It grew 3.5 percent."), ["It grew 3.5 percent."]);
    }

    #[test]
    fn sentence_final_abbreviation_splits_before_a_clear_start() {
        assert_eq!(
            split("He moved to the U.S. He liked it."),
            ["He moved to the U.S.", "He liked it."]
        );
        assert_eq!(
            split("The U.S. State Department said so."),
            ["The U.S. State Department said so."]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        let t = "\u{201C}The meeting will be tomorrow. We cannot say,\u{201D} an official said. Then he left.";
        assert_eq!(
            split(t),
            [
                "\u{201C}The meeting will be tomorrow.",
                "We cannot say,\u{201D} an official said.",
                "Then he left."
            ]
        );
        assert_eq!(
            split("\"Stop!\" he said. Fine."),
            ["\"Stop!\" he said.", "Fine."]
        );
    }

    #[test]
    fn ellipsis_inside_a_quote_does_not_split() {
        let t = "\u{201C}It is our belief that ... the issues remain,\u{201D} he said.";
        assert_eq!(split(t).len(), 1);
    }

    #[test]
    fn paragraphs_number_sentences_through_the_article() {
        let t = "One. Two.\n\nThree.";
        let s = split_sentences(t, &[0..9, 11..17]);
        assert_eq!(s.len(), 3);
        assert_eq!(s[2].index, 2);
        assert_eq!(s[2].paragraph, 1);
        assert_eq!(&t[s[2].span.clone()], "Three.");
    }
}

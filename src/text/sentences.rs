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
        // A block of figures ("KENYA:", "Total dead: 192"): a sentence a line.
        let pieces = match super::figure_block(text, p) {
            Some(lines) => lines.into_iter().map(|l| l.span).collect(),
            None => split_paragraph(text, p.clone()),
        };
        for whole in pieces {
            for span in cut_long(text, whole) {
                out.push(Sentence {
                    index: out.len(),
                    span,
                    paragraph: pi,
                });
            }
        }
    }
    out
}

/// The longest sentence the later stages read, in bytes. News sentences stay far below
/// it; a longer run (a table, a page without punctuation) is cut at white space into
/// pieces of at most this length, which keeps every rule that reads a sentence linear in
/// the length of the article.
pub const MAX_SENTENCE: usize = 4096;

/// `span` cut at white space into pieces of at most `MAX_SENTENCE` bytes.
fn cut_long(text: &str, span: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = span.start;
    while span.end - start > MAX_SENTENCE {
        let mut limit = start + MAX_SENTENCE;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let piece = &text[start..limit];
        let cut = match piece.rfind(char::is_whitespace) {
            Some(k) if k > 0 => start + k,
            _ => limit,
        };
        out.push(start..cut);
        start = cut + text[cut..span.end].len() - text[cut..span.end].trim_start().len();
    }
    if start < span.end {
        out.push(start..span.end);
    }
    out
}

/// Whether `pos` lies inside one of `markers` (in text order, not overlapping).
/// The characters of a paragraph by index, with their byte offsets: the bytes themselves
/// when the paragraph is ASCII (most are), else decoded once.
struct Chars<'a> {
    bytes: &'a [u8],
    decoded: Option<Vec<(usize, char)>>,
}

impl<'a> Chars<'a> {
    fn new(s: &'a str) -> Chars<'a> {
        Chars {
            bytes: s.as_bytes(),
            decoded: (!s.is_ascii()).then(|| s.char_indices().collect()),
        }
    }

    fn len(&self) -> usize {
        self.decoded.as_ref().map_or(self.bytes.len(), Vec::len)
    }

    fn get(&self, i: usize) -> Option<(usize, char)> {
        match &self.decoded {
            Some(d) => d.get(i).copied(),
            None => self.bytes.get(i).map(|b| (i, *b as char)),
        }
    }

    fn at(&self, i: usize) -> (usize, char) {
        self.get(i).expect("a character index inside the paragraph")
    }
}

fn in_marker(markers: &[Range<usize>], pos: usize) -> bool {
    let k = markers.partition_point(|m| m.end <= pos);
    markers.get(k).is_some_and(|m| m.start <= pos)
}

/// Bullets that open a list item.
fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '\u{2022}' | '\u{2043}' | '\u{25AA}' | '\u{25E6}' | '\u{2023}' | '*'
    )
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Style {
    DotParen,
    Paren,
    Dot,
}

/// A list marker (its byte range, number, style, whether a letter numbers it, and the
/// character index after it) that starts at the word starting at character `i`: a bullet
/// and spaces, then one or two digits or one lowercase letter, then ".)", ")" or ".", then a
/// space and a capital.
fn marker_at(
    slice: &str,
    chars: &Chars,
    i: usize,
) -> Option<(Range<usize>, u32, Style, bool, usize)> {
    let start = chars.at(i).0;
    let mut j = i;
    if is_bullet(chars.at(j).1) {
        j += 1;
        while j < chars.len() && chars.at(j).1 == ' ' {
            j += 1;
        }
    }
    let mut value = None;
    let mut letter = false;
    let first = j;
    while j < chars.len() && chars.at(j).1.is_ascii_digit() && j - first < 2 {
        j += 1;
    }
    if j > first {
        value = slice[chars.at(first).0..chars.get(j).map_or(slice.len(), |c| c.0)]
            .parse::<u32>()
            .ok();
    } else if j < chars.len() && chars.at(j).1.is_ascii_lowercase() {
        // Letters mark items only in lowercase: "A." and "B." are initials.
        value = Some(chars.at(j).1.to_ascii_lowercase() as u32 - 'a' as u32 + 1);
        letter = true;
        j += 1;
    }
    let style = match (chars.get(j).map(|c| c.1), chars.get(j + 1).map(|c| c.1)) {
        (Some('.'), Some(')')) => Some((Style::DotParen, 2)),
        (Some(')'), _) => Some((Style::Paren, 1)),
        (Some('.'), _) => Some((Style::Dot, 1)),
        _ => None,
    };
    let (v, (st, len)) = (value?, style?);
    let end_idx = j + len;
    // An item opens with a capital: "1. the plan and 2. the budget" is prose.
    let followed_by_space = chars.get(end_idx).is_some_and(|c| c.1 == ' ')
        && chars.get(end_idx + 1).is_some_and(|c| c.1.is_uppercase());
    followed_by_space.then(|| (start..chars.at(end_idx).0, v, st, letter, end_idx))
}

/// The word start a marker whose mark ("." or ")") stands at character `m` would start
/// at: back over one or two digits or one lowercase letter to white space or the start,
/// or further back over spaces to a bullet that starts a word.
fn marker_start(chars: &Chars, m: usize) -> Option<usize> {
    let at_start = |k: usize| k == 0 || chars.at(k - 1).1.is_whitespace();
    let mut d = m;
    while d > 0 && m - d < 3 && chars.at(d - 1).1.is_ascii_digit() {
        d -= 1;
    }
    let digits = m - d;
    if digits == 0 && m > 0 && chars.at(m - 1).1.is_ascii_lowercase() {
        d = m - 1;
    } else if !(1..=2).contains(&digits) {
        return None;
    }
    // Behind spaces, a bullet that starts a word takes them in.
    let mut b = d;
    while b > 0 && chars.at(b - 1).1 == ' ' {
        b -= 1;
    }
    if b > 0 && is_bullet(chars.at(b - 1).1) && at_start(b - 1) {
        return Some(b - 1);
    }
    at_start(d).then_some(d)
}

/// List markers that stand in a consistent sequence ("1.) ... 2.) ...", "a. ... b. ...",
/// "• 9. ... • 10. ..."): byte ranges (relative to the paragraph) of each marker, bullet
/// included. A marker's period does not end a sentence; a new item starts a new sentence.
fn list_markers(slice: &str, chars: &Chars) -> Vec<Range<usize>> {
    in_sequence(marker_candidates(slice, chars))
}

/// A list marker: its byte range, number, style and whether a letter numbers it.
type Marker = (Range<usize>, u32, Style, bool);

/// Every list marker of the paragraph, in sequence or not: each "." and ")" is tried,
/// from the word start its marker would have.
fn marker_candidates(slice: &str, chars: &Chars) -> Vec<Marker> {
    let mut found: Vec<Marker> = Vec::new();
    let marks: Box<dyn Iterator<Item = usize>> = match &chars.decoded {
        None => Box::new(
            chars
                .bytes
                .iter()
                .enumerate()
                .filter(|(_, b)| matches!(b, b'.' | b')'))
                .map(|(k, _)| k),
        ),
        Some(d) => Box::new(
            d.iter()
                .enumerate()
                .filter(|(_, (_, c))| matches!(c, '.' | ')'))
                .map(|(k, _)| k),
        ),
    };
    let mut after = 0;
    for m in marks {
        let Some(i) = marker_start(chars, m).filter(|i| *i >= after) else {
            continue;
        };
        if let Some((span, v, st, letter, end_idx)) = marker_at(slice, chars, i) {
            found.push((span, v, st, letter));
            after = end_idx;
        }
    }
    found
}

/// The markers that have a neighbour one up or one down in the same style.
fn in_sequence(found: Vec<Marker>) -> Vec<Range<usize>> {
    // Each marker is paired with the first later one that carries the next number.
    let mut keep = vec![false; found.len()];
    let mut at: rustc_hash::FxHashMap<(u32, Style, bool), Vec<usize>> = Default::default();
    for (k, f) in found.iter().enumerate() {
        at.entry((f.1, f.2, f.3)).or_default().push(k);
    }
    for (a, x) in found.iter().enumerate() {
        let Some(list) = at.get(&(x.1 + 1, x.2, x.3)) else {
            continue;
        };
        if let Some(&b) = list.get(list.partition_point(|&b| b <= a)) {
            keep[a] = true;
            keep[b] = true;
        }
    }
    found
        .into_iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(f, _)| f.0)
        .collect()
}

/// The sentence spans inside one paragraph.
pub fn split_paragraph(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let slice = &text[range.clone()];
    let chars = Chars::new(slice);
    let markers = list_markers(slice, &chars);
    let byte_at = |i: usize| chars.get(i).map_or(slice.len(), |x| x.0);
    // Where sentences start (relative offsets), besides 0.
    let mut cuts: Vec<usize> = markers
        .iter()
        .map(|m| m.start)
        .filter(|s| !slice[..*s].trim().is_empty())
        .collect();
    // A bullet after white space opens an item too ('*' does not; the others are not ASCII).
    let bullets_possible = chars.decoded.is_some();
    for k in (0..chars.len()).filter(|_| bullets_possible) {
        let (pos, c) = chars.at(k);
        if is_bullet(c)
            && c != '*'
            && k > 0
            && chars.at(k - 1).1.is_whitespace()
            && !slice[..pos].trim().is_empty()
        {
            cuts.push(pos);
        }
    }
    let mut i = 0;
    while i < chars.len() {
        // (Straight to the next terminator.)
        let next = match &chars.decoded {
            None => chars.bytes[i..]
                .iter()
                .position(|b| matches!(b, b'.' | b'?' | b'!')),
            Some(d) => d[i..].iter().position(|(_, c)| is_terminator(*c)),
        };
        match next {
            Some(d) => i += d,
            None => break,
        }
        let (pos, c) = chars.at(i);
        if !is_terminator(c) || in_marker(&markers, pos) {
            i += 1;
            continue;
        }
        // The run of terminators, with single spaces between them (". . .", "! ! !").
        let mut j = i + 1;
        loop {
            if j < chars.len() && is_terminator(chars.at(j).1) {
                j += 1;
            } else if j + 1 < chars.len()
                && chars.at(j).1 == ' '
                && is_terminator(chars.at(j + 1).1)
                && chars.at(j + 1).1 == c
            {
                j += 2;
            } else {
                break;
            }
        }
        let run = &slice[pos..byte_at(j)];
        while j < chars.len() && is_closer(chars.at(j).1) {
            j += 1;
        }
        let mut k = j;
        while k < chars.len() && chars.at(k).1.is_whitespace() {
            k += 1;
        }
        if k == j && j < chars.len() {
            i = j.max(i + 1);
            continue;
        }
        if k >= chars.len() {
            break;
        }
        match boundary(slice, pos, run, &slice[byte_at(k)..]) {
            Boundary::None => {}
            Boundary::AfterRun => cuts.push(byte_at(k)),
            Boundary::AfterFirst => cuts.push(pos + 1),
        }
        i = k;
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::new();
    let mut start = 0;
    for cut in cuts.into_iter().chain(std::iter::once(slice.len())) {
        let piece = &slice[start..cut];
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        if !trimmed.is_empty() {
            out.push(range.start + start + lead..range.start + start + lead + trimmed.len());
        }
        start = cut;
    }
    out
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '\u{2026}')
}

enum Boundary {
    None,
    /// A new sentence starts after the run (and its closing marks).
    AfterRun,
    /// A new sentence starts after the first period ("compounds. . . . The"): the
    /// ellipsis opens the next one.
    AfterFirst,
}

/// Whether the terminator `run` at `pos` ends a sentence, given the text after it.
/// How far back (in characters) the word before a terminator is looked for.
const WORD_LOOKBACK: usize = 64;

fn boundary(slice: &str, pos: usize, run: &str, next: &str) -> Boundary {
    let lx = lexicon::get();
    // The first letter after openers and dashes decides: lowercase or punctuation continues.
    let first = next
        .chars()
        .find(|c| !(is_opener(*c) || matches!(c, '-' | '\u{2013}' | '\u{2014}' | ' ')));
    let Some(first) = first else {
        return Boundary::AfterRun;
    };
    if !(first.is_uppercase() || first.is_ascii_digit()) {
        return Boundary::None;
    }
    let before = &slice[..pos];
    let attached = before
        .chars()
        .next_back()
        .is_some_and(|c| !c.is_whitespace());
    let dots = run.chars().filter(|c| *c == '.').count();
    let ellipsis = run == "\u{2026}" || (dots >= 3 && run.chars().all(|c| c == '.' || c == ' '));
    if ellipsis {
        if before.ends_with('[') {
            return Boundary::None; // "[...]" marks an elision
        }
        let spaced = run.contains(' ');
        return match (dots >= 4, attached, spaced) {
            (true, true, true) => Boundary::AfterFirst,
            (true, _, _) => Boundary::AfterRun,
            (false, true, false) => Boundary::AfterRun,
            _ => Boundary::None,
        };
    }
    // The word before the terminator (no abbreviation is longer than `WORD_LOOKBACK`
    // characters, so the search stops there).
    let Some(word_start) = before
        .char_indices()
        .rev()
        .take(WORD_LOOKBACK)
        .find(|(_, c)| c.is_whitespace())
        .map(|(i, c)| i + c.len_utf8())
        .or_else(|| {
            before
                .chars()
                .rev()
                .nth(WORD_LOOKBACK)
                .is_none()
                .then_some(0)
        })
    else {
        // A "word" longer than any abbreviation: the terminator ends the sentence.
        return Boundary::AfterRun;
    };
    let word = before[word_start..].trim_start_matches(is_opener);
    if run.contains(['?', '!']) {
        let name = format!("{}!", word.to_lowercase());
        return if run == "!" && lx.abbreviations.contains(&name) {
            Boundary::None
        } else {
            Boundary::AfterRun
        };
    }
    if word.is_empty() {
        return Boundary::AfterRun;
    }
    let lower = word.to_lowercase();
    let bare = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    let next_word: String = next
        .chars()
        .skip_while(|c| is_opener(*c))
        .take_while(|c| c.is_alphanumeric())
        .collect();
    let next_lower = next_word.to_lowercase();
    let starts_sentence = lx.sentence_starters.contains(&next_lower);
    // A single letter: an initial ("Albert I. Jones", "John E. Smith") or a variable ("v."),
    // unless it is the pronoun "I" after a lowercase word ("you and I. Did").
    if bare.chars().count() == 1 && bare.chars().all(char::is_alphabetic) {
        let prev_word = before[..word_start]
            .split_whitespace()
            .next_back()
            .unwrap_or("");
        let pronoun = word == "I" && prev_word.starts_with(char::is_lowercase);
        return if pronoun {
            Boundary::AfterRun
        } else {
            Boundary::None
        };
    }
    // Only whether there are four words matters: counting stops there.
    let words_so_far = before.split_whitespace().take(4).count();
    let final_abbreviation = |b: &str| {
        lx.sentence_final_abbreviations.contains(b)
            || (b.contains('.')
                && b.split('.')
                    .all(|p| p.chars().count() <= 2 && p.chars().all(char::is_alphabetic)))
    };
    if final_abbreviation(bare) {
        // "... in the U.S. He said": only a clear sentence start ends it; a title after a
        // full clause ("... at 6 P.M. Mr. Smith") does too.
        let title_next = lx.abbreviations.contains(&next_lower)
            && next
                .get(next_word.len()..)
                .is_some_and(|r| r.starts_with('.'));
        return if starts_sentence || (title_next && words_so_far >= 4) {
            Boundary::AfterRun
        } else {
            Boundary::None
        };
    }
    if lx.abbreviations.contains(bare) {
        return Boundary::None;
    }
    Boundary::AfterRun
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The markers found by trying every word start, as `list_markers` first did: the scan
    /// from the marks must find the same.
    fn candidates_at_every_word_start(slice: &str, chars: &Chars) -> Vec<Marker> {
        let mut found = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let at_start = i == 0 || chars.at(i - 1).1.is_whitespace();
            match marker_at(slice, chars, i).filter(|_| at_start) {
                Some((span, v, st, letter, end_idx)) => {
                    found.push((span, v, st, letter));
                    i = end_idx;
                }
                None => i += 1,
            }
        }
        found
    }

    proptest::proptest! {
        #[test]
        fn markers_from_the_marks_agree_with_every_word_start(
            parts in proptest::collection::vec(
                "[0-9]{1,3}|[a-cA-C]|[.)]|\\.\\)| |  |\n|\u{2022}|\\*|\u{201c}|\u{00a0}|The|said|x",
                0..40,
            ),
        ) {
            let t: String = parts.concat();
            let chars = Chars::new(&t);
            proptest::prop_assert_eq!(
                marker_candidates(&t, &chars),
                candidates_at_every_word_start(&t, &chars)
            );
        }
    }

    #[test]
    fn markers_are_found_in_ascii_and_in_other_text() {
        for t in [
            "1. First item here. 2. Second item here.",
            "\u{2022} 9. Nine goes. \u{2022} 10. Ten \u{201c}goes\u{201d}.",
            "a. Alpha one. b. Beta two. 123. No. x1. No.",
        ] {
            let chars = Chars::new(t);
            assert_eq!(
                marker_candidates(t, &chars),
                candidates_at_every_word_start(t, &chars),
                "{t}"
            );
            let found = list_markers(t, &chars);
            assert_eq!(found.len(), 2, "{t}: {found:?}");
        }
    }

    #[test]
    fn long_runs_are_cut_at_white_space() {
        let text = "word ".repeat(3000);
        let text = text.trim_end();
        let spans = cut_long(text, 0..text.len());
        assert!(spans.len() >= 3, "{}", spans.len());
        for s in &spans {
            assert!(s.len() <= MAX_SENTENCE);
            assert!(text[s.clone()].starts_with("word") && text[s.clone()].ends_with("word"));
        }
        assert_eq!(spans.last().unwrap().end, text.len());
        // Multi-byte text without white space is cut on a character boundary.
        let dense = "\u{00e9}".repeat(5000);
        let spans = cut_long(&dense, 0..dense.len());
        assert!(spans
            .iter()
            .all(|s| dense.is_char_boundary(s.start) && dense.is_char_boundary(s.end)));
        assert_eq!(spans.iter().map(|s| s.len()).sum::<usize>(), dense.len());
        // A short sentence is left as it is.
        assert_eq!(cut_long("It rained.", 0..10), vec![0..10]);
    }

    fn split(t: &str) -> Vec<&str> {
        split_paragraph(t, 0..t.len())
            .into_iter()
            .map(|r| &t[r])
            .collect()
    }

    /// A paragraph range may end in white space (the library takes any range): ASCII and
    /// not, with list markers and without.
    #[test]
    fn a_paragraph_ending_in_white_space() {
        assert_eq!(split("Hi "), ["Hi"]);
        assert_eq!(
            split("It rained. Then it snowed.\n"),
            ["It rained.", "Then it snowed."]
        );
        assert_eq!(
            split("1. The plan. 2. The budget. \t"),
            ["1. The plan.", "2. The budget."]
        );
        assert_eq!(
            split("Caf\u{e9} ouvert. Ferm\u{e9} demain. "),
            ["Caf\u{e9} ouvert.", "Ferm\u{e9} demain."]
        );
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
    fn list_items_in_sequence() {
        assert_eq!(
            split("1.) The first item 2.) The second item"),
            ["1.) The first item", "2.) The second item"]
        );
        assert_eq!(
            split("a. The first item b. The second item"),
            ["a. The first item", "b. The second item"]
        );
        assert_eq!(
            split("\u{2022} 9. The first item \u{2022} 10. The second item"),
            ["\u{2022} 9. The first item", "\u{2022} 10. The second item"]
        );
        // A lone number, initials and numbered prose are not lists.
        assert_eq!(
            split("John A. Smith and Mary B. Jones, officials said."),
            ["John A. Smith and Mary B. Jones, officials said."]
        );
        assert_eq!(
            split("Consider 1. the plan and 2. the budget today."),
            ["Consider 1. the plan and 2. the budget today."]
        );
        assert_eq!(
            split("He was ranked No. 2. The rest followed."),
            ["He was ranked No. 2.", "The rest followed."]
        );
    }

    #[test]
    fn ellipses() {
        assert_eq!(
            split("I never meant that.... She left."),
            ["I never meant that....", "She left."]
        );
        assert_eq!(
            split("the thing is . . . I did not mean it."),
            ["the thing is . . . I did not mean it."]
        );
        assert_eq!(
            split("into compounds. . . . The practice went on."),
            ["into compounds.", ". . . The practice went on."]
        );
        assert_eq!(
            split("\"Bohr [...] used stairways [...]\" (Smith 55)."),
            ["\"Bohr [...] used stairways [...]\" (Smith 55)."]
        );
        assert_eq!(split(". . ."), [". . ."]);
    }

    #[test]
    fn initials_pronoun_and_numbers() {
        assert_eq!(
            split("We make a team, you and I. Did you see Albert I. Jones?"),
            ["We make a team, you and I.", "Did you see Albert I. Jones?"]
        );
        assert_eq!(
            split("Please turn to p. 55. Then stop."),
            ["Please turn to p. 55.", "Then stop."]
        );
        assert_eq!(
            split("See section 3.4. Given that, stop."),
            ["See section 3.4.", "Given that, stop."]
        );
        assert_eq!(
            split("At 5 a.m. Mr. Smith left. He came back at 6 P.M. Mr. Smith then slept."),
            [
                "At 5 a.m. Mr. Smith left.",
                "He came back at 6 P.M.",
                "Mr. Smith then slept."
            ]
        );
    }

    #[test]
    fn exclamations_inside_a_sentence() {
        assert_eq!(
            split("Mix it and -- voila! -- you have cake."),
            ["Mix it and -- voila! -- you have cake."]
        );
        assert_eq!(
            split("They built it at Yahoo! Research later."),
            ["They built it at Yahoo! Research later."]
        );
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

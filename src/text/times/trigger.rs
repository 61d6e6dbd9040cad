//! Which sentences can hold a time expression at all. The grammar tries a piece only at a
//! token that is a number, a hyphenated word, a word naming a time (`time_anchors`) or a
//! mark that starts one ("@"); a sentence with none of these holds no expression. This test
//! answers that question on the raw text in one pass of one automaton, without tokenizing,
//! and errs only towards "maybe".

use crate::lexicon::Lexicon;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::sync::OnceLock;

pub struct Triggers {
    /// Patterns below `words` are anchors of ASCII letters; a match of one counts when it is
    /// a whole run of letters. A match of any other pattern counts wherever it is: digits,
    /// "-", the marks, the other anchors ("a.m", "o'clock") and the letters outside ASCII
    /// whose lowercase is ASCII (the Kelvin sign), which could lowercase into an anchor.
    /// A letters-only pattern matches only inside one run of letters, so leftmost-longest
    /// matching meets every run that is an anchor whole.
    matcher: AhoCorasick,
    words: usize,
    /// Some anchor is not ASCII (its capitals would not be matched): any text that is not
    /// ASCII may hold one.
    non_ascii: bool,
}

impl Triggers {
    fn new(lx: &Lexicon) -> Triggers {
        // Only what a word token's text can be: lowercase letters, joined by an apostrophe,
        // a hyphen or a period ("o'clock", "a.m"). (The values of `word value` entries, "MO"
        // or "12-25", are in `time_starts` too but never equal a token.)
        let token_like = |a: &&String| {
            a.chars()
                .all(|c| (c.is_alphabetic() && !c.is_uppercase()) || "'\u{2019}-.".contains(c))
                && a.starts_with(char::is_alphabetic)
        };
        let mut anchors: Vec<String> = lx.time_anchors.iter().filter(token_like).cloned().collect();
        anchors.sort_unstable();
        let (mut patterns, others): (Vec<String>, Vec<String>) = anchors
            .into_iter()
            .partition(|a| a.bytes().all(|b| b.is_ascii_lowercase()));
        let words = patterns.len();
        let non_ascii = others.iter().any(|a| !a.is_ascii());
        patterns.extend(others);
        patterns.extend(('0'..='9').map(String::from));
        patterns.push("-".into());
        // Marks: single characters a time expression starts with.
        let mut marks: Vec<String> = lx
            .time_starts
            .iter()
            .filter(|w| w.chars().count() == 1 && !w.chars().all(char::is_alphanumeric))
            .cloned()
            .collect();
        marks.sort_unstable();
        patterns.extend(marks);
        patterns.extend(
            ('\u{80}'..='\u{FFFF}')
                .filter(|c| c.is_alphabetic() && c.to_lowercase().any(|l| l.is_ascii()))
                .map(String::from),
        );
        let matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .expect("time triggers build an automaton");
        Triggers {
            matcher,
            words,
            non_ascii,
        }
    }

    /// False only when `s` holds no token the grammar would try an expression at.
    pub fn may_hold_time(&self, s: &str) -> bool {
        if self.non_ascii && !s.is_ascii() {
            return true;
        }
        let b = s.as_bytes();
        let letter = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphabetic);
        self.matcher.find_iter(s).any(|m| {
            m.pattern().as_usize() >= self.words
                || ((m.start() == 0 || !letter(m.start() - 1)) && !letter(m.end()))
        })
    }
}

/// The triggers of the built-in lexicon.
pub fn get() -> &'static Triggers {
    static TRIGGERS: OnceLock<Triggers> = OnceLock::new();
    TRIGGERS.get_or_init(|| Triggers::new(crate::lexicon::get()))
}

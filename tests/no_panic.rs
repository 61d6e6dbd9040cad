//! No input makes the pipeline panic: random text, and random mixes of the pieces news
//! copy is made of (quotes, abbreviations, numbers, dates, reporting verbs).

use claimdiff::article::{parse_reference_date, Article};
use claimdiff::{compare::compare, extract};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "\u{201C}",
    "\u{201D}",
    "\"",
    "``",
    "''",
    "'",
    "\u{2019}s",
    ", ",
    ". ",
    "? ",
    "! ",
    "...",
    " ... ",
    "\n",
    "\n\n",
    ": ",
    "said",
    " said ",
    "told reporters",
    "according to",
    "he added,",
    "saying",
    "a ministry official",
    "the State Department",
    "Russian Foreign Minister Sergei Lavrov",
    "U.S.",
    "Sept.",
    "Mr.",
    "on Thursday",
    "tomorrow morning",
    "5-1/2 years",
    "48-hour",
    "at least 59",
    "400,000",
    "fifty-eight",
    "dozens",
    "half the",
    "did not",
    "not worthwhile",
    "will meet",
    "in Geneva",
    "his Russian counterpart",
    "earlier",
    "It",
    "They",
    "Moscow",
    "published: 2016-09-08\n\n",
    "x",
    "7",
    "é",
    "\u{1F600}",
    "\u{a0}",
    "\u{1E9E}",
    "\u{130}",
    "99999999 days ago",
    "1e10 weeks ago",
    "inf years",
    "\u{feff}",
    "\r\n",
    "\t",
    "1.) ",
    "a. ",
    "\u{2022} ",
    "(AP) _ ",
    "WASHINGTON, March 12 (Xinhua) --",
    "April 24 and 25",
    "at noon",
    "5 1/2 hours",
    "12\" guns",
    "ẞ",
    "İ at least\u{a0}5",
];

fn run(text: &str) {
    let date = parse_reference_date("2016-09-08");
    let a = extract(Article::from_text("a", "a.txt", text.to_string()), date, 0);
    let b = extract(
        Article::from_text("b", "b.txt", format!("{text}\n\n{text}")),
        None,
        1,
    );
    let _ = compare(&[a, b]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_text_does_not_panic(text in "\\PC{0,300}") {
        run(&text);
    }

    #[test]
    fn news_like_pieces_do_not_panic(idx in proptest::collection::vec(0..PIECES.len(), 0..60)) {
        let text: String = idx.iter().map(|i| PIECES[*i]).collect();
        run(&text);
    }
}

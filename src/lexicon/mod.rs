//! Word lists as data. Every list lives in a `.txt` file beside this module, one entry a
//! line with `#` comments; this module parses them once and builds the matchers the
//! pipeline uses. Code holds the rules, these files hold the words.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;
use std::sync::OnceLock;

/// A lexicon entry found once per call site, a `Copy` value of type `$t` (the lexicon is
/// built once and lives as long as the program): the macros below find a role's list with
/// it, so a call costs one lookup of the word, not two.
#[doc(hidden)]
#[macro_export]
macro_rules! once_per_site {
    ($t:ty, $init:expr) => {{
        static CELL: std::sync::OnceLock<$t> = std::sync::OnceLock::new();
        *CELL.get_or_init(|| $init)
    }};
}

/// `speaker_word!(role, lowercase of word)` for a word of a `WordIndex`
/// (`speaker_word_at!(role, index, text, word)`): a bit of the word, not a lookup.
#[macro_export]
macro_rules! speaker_word_at {
    ($role:literal, $index:expr, $text:expr, $word:expr) => {
        $index.in_list(
            $text,
            $word,
            $crate::once_per_site!(
                Option<&'static $crate::lexicon::WordSet>,
                $crate::lexicon::get().speaker_list($role)
            ),
        )
    };
}

/// `lexicon::get().speaker_word(role, word)` for a role written in the code, the role's
/// list found once per call site.
#[macro_export]
macro_rules! speaker_word {
    ($role:literal, $word:expr) => {
        $crate::lexicon::in_list(
            $crate::once_per_site!(
                Option<&'static $crate::lexicon::WordSet>,
                $crate::lexicon::get().speaker_list($role)
            ),
            $word,
        )
    };
}

/// A 256-bit filter on words' lengths and end letters: most words a rule asks a list
/// about are not in it, and the filter turns most of those away before they are hashed.
#[derive(Debug, Clone, Default)]
struct WordFilter([u64; 4]);

impl WordFilter {
    /// The filter bit of `w`: its length and its first and last two bytes, mixed.
    #[inline]
    fn bit(w: &str) -> usize {
        let b = w.as_bytes();
        let (first, last) = match b {
            [] => (0, 0),
            [x] => (*x as u32, 0),
            [x, y, .., z, u] => (*x as u32 | (*y as u32) << 8, *z as u32 | (*u as u32) << 8),
            [x, .., y] => (*x as u32, *y as u32),
        };
        let h = (first.wrapping_mul(0x9E37_79B9) ^ last.wrapping_mul(0x85EB_CA6B))
            .wrapping_add((b.len() as u32).wrapping_mul(0xC2B2_AE35));
        (h >> 24) as usize
    }

    fn add(&mut self, w: &str) {
        let k = Self::bit(w);
        self.0[k >> 6] |= 1 << (k & 63);
    }

    /// False when `w` was never added.
    #[inline]
    fn may_hold(&self, w: &str) -> bool {
        let k = Self::bit(w);
        self.0[k >> 6] >> (k & 63) & 1 == 1
    }
}

/// A set of lowercase words of a lexicon list, behind a `WordFilter`.
#[derive(Debug, Clone, Default)]
pub struct WordSet {
    set: HashSet<String>,
    filter: WordFilter,
    /// The bit of this list in `Lexicon::word_bits`, when it has one.
    bit: Option<u8>,
}

impl WordSet {
    /// The bit of this list in the bits `Lexicon::word_bits` gives a word.
    pub fn bit(&self) -> Option<u8> {
        self.bit
    }

    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.filter.may_hold(w) && self.set.contains(w)
    }

    pub fn insert(&mut self, w: String) -> bool {
        self.filter.add(&w);
        self.set.insert(w)
    }

    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.set.iter()
    }

    pub fn len(&self) -> usize {
        self.set.len()
    }

    pub fn is_empty(&self) -> bool {
        self.set.is_empty()
    }
}

/// How many lists have a bit in `Lexicon::word_bits` (the last bit of a word's is kept for
/// "not looked up": `Word::UNKNOWN`).
pub const WORD_BITS: u8 = 63;

/// Lowercase words of a lexicon list with a value each, behind a `WordFilter`.
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    map: HashMap<String, V>,
    filter: WordFilter,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            map: HashMap::default(),
            filter: WordFilter::default(),
        }
    }
}

impl<V> WordMap<V> {
    #[inline]
    pub fn get(&self, w: &str) -> Option<&V> {
        if self.filter.may_hold(w) {
            self.map.get(w)
        } else {
            None
        }
    }

    #[inline]
    pub fn contains_key(&self, w: &str) -> bool {
        self.get(w).is_some()
    }

    pub fn insert(&mut self, w: String, v: V) -> Option<V> {
        self.filter.add(&w);
        self.map.insert(w, v)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.map.iter()
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.map.keys()
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.map.values()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

impl<V> From<HashMap<String, V>> for WordMap<V> {
    fn from(map: HashMap<String, V>) -> WordMap<V> {
        let mut filter = WordFilter::default();
        for w in map.keys() {
            filter.add(w);
        }
        WordMap { map, filter }
    }
}

impl<V> FromIterator<(String, V)> for WordMap<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(iter: I) -> WordMap<V> {
        let mut out = WordMap::default();
        for (w, v) in iter {
            out.insert(w, v);
        }
        out
    }
}

impl FromIterator<String> for WordSet {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> WordSet {
        let mut out = WordSet::default();
        out.extend(iter);
        out
    }
}

impl Extend<String> for WordSet {
    fn extend<I: IntoIterator<Item = String>>(&mut self, iter: I) {
        for w in iter {
            self.insert(w);
        }
    }
}

impl<'a> IntoIterator for &'a WordSet {
    type Item = &'a String;
    type IntoIter = std::collections::hash_set::Iter<'a, String>;
    fn into_iter(self) -> Self::IntoIter {
        self.set.iter()
    }
}

/// The entries of a time-word role by their first word, longest first.
pub type TimePhraseMap = WordMap<Vec<TimePhrase>>;

/// The `phrase value` entries of a time-word role: phrase to value.
pub type TimeValueMap = WordMap<String>;

/// `lexicon::get().time_word(role, word)`, the role's list found once per call site.
#[macro_export]
macro_rules! time_word {
    ($role:literal, $word:expr) => {
        $crate::lexicon::in_list($crate::time_list!($role), $word)
    };
}

/// The list of a time-word role named in the code, found once per call site.
#[macro_export]
macro_rules! time_list {
    ($role:literal) => {
        $crate::once_per_site!(
            Option<&'static $crate::lexicon::WordSet>,
            $crate::lexicon::get().time_list($role)
        )
    };
}

/// `lexicon::get().time_value(role, phrase)`, the role's entries found once per call site.
#[macro_export]
macro_rules! time_value {
    ($role:literal, $phrase:expr) => {{
        let phrase: &str = $phrase;
        $crate::once_per_site!(
            Option<&'static $crate::lexicon::TimeValueMap>,
            $crate::lexicon::get().time_value_map($role)
        )
        .and_then(|m| m.get(phrase))
        .map(String::as_str)
    }};
}

/// The entries of a time-word role named in the code, by first word, found once per call
/// site.
#[macro_export]
macro_rules! time_phrase_map {
    ($role:literal) => {
        $crate::once_per_site!(
            Option<&'static $crate::lexicon::TimePhraseMap>,
            $crate::lexicon::get().time_phrase_map($role)
        )
    };
}

/// Whether `word` is in `list` (none: the role has no list).
#[inline]
pub fn in_list(list: Option<&WordSet>, word: &str) -> bool {
    list.is_some_and(|s| s.contains(word))
}

/// The raw text of each list, by name; `lexicon_files_parse` tests that all of them load.
pub const FILES: &[(&str, &str)] = &[
    ("abbreviations", include_str!("abbreviations.txt")),
    ("reporting_verbs", include_str!("reporting_verbs.txt")),
    ("stance_verbs", include_str!("stance_verbs.txt")),
    ("negation", include_str!("negation.txt")),
    (
        "negative_predicates",
        include_str!("negative_predicates.txt"),
    ),
    ("modality", include_str!("modality.txt")),
    ("predicates", include_str!("predicates.txt")),
    ("pronouns", include_str!("pronouns.txt")),
    ("countries", include_str!("countries.txt")),
    ("organizations", include_str!("organizations.txt")),
    ("org_heads", include_str!("org_heads.txt")),
    ("roles", include_str!("roles.txt")),
    ("speaker_nouns", include_str!("speaker_nouns.txt")),
    ("chrome", include_str!("chrome.txt")),
    ("months", include_str!("months.txt")),
    ("weekdays", include_str!("weekdays.txt")),
    ("numbers", include_str!("numbers.txt")),
    ("tense", include_str!("tense.txt")),
    ("sentence_starters", include_str!("sentence_starters.txt")),
    ("time_words", include_str!("time_words.txt")),
    ("quantity_words", include_str!("quantity_words.txt")),
    ("speaker_words", include_str!("speaker_words.txt")),
    ("count_words", include_str!("count_words.txt")),
    ("place_counts", include_str!("place_counts.txt")),
    ("place_nouns", include_str!("place_nouns.txt")),
    ("point_events", include_str!("point_events.txt")),
];

/// The entry lines of a list: trimmed, without blanks and `#` comments.
pub fn entries(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The entries of the `role:` lines of a list (`quantity_words`, `speaker_words`, ...).
fn role_entries<'a>(text: &'a str, role: &'a str) -> impl Iterator<Item = String> + 'a {
    entries(text)
        .filter_map(move |l| l.strip_prefix(role)?.strip_prefix(':'))
        .flat_map(split_list)
}

fn split_list(field: &str) -> Vec<String> {
    field
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// A country and the names that stand for it.
#[derive(Debug, Clone)]
pub struct Country {
    pub name: String,
    pub demonyms: Vec<String>,
    pub aliases: Vec<String>,
    pub seats: Vec<String>,
}

/// An organization with a fixed identity.
#[derive(Debug, Clone)]
pub struct Organization {
    pub name: String,
    pub kind: String,
    pub country: Option<String>,
    pub aliases: Vec<String>,
}

/// Whom a role speaks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpeaksFor {
    /// The organization named before the role.
    Org,
    /// The country named before the role.
    Country,
    /// A named body: an organization of organizations.txt or an org head of org_heads.txt.
    Body(String),
    /// The speaker speaks for themselves.
    Person,
}

/// What a pronoun can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PronounKind {
    Person,
    Organization,
    Group,
}

/// A phrase matcher over lowercase text with whole-word boundaries.
pub struct PhraseSet {
    matcher: AhoCorasick,
    /// The value attached to each pattern (its class, its number, ...).
    pub values: Vec<String>,
    /// Each pattern (in ASCII lowercase when the set ignores case) to its first index:
    /// `whole` asks it instead of running the automaton over one word.
    exact: HashMap<String, usize>,
    case_insensitive: bool,
    /// The patterns as listed (the article-wide scan is built from them; a case-sensitive
    /// set's hits there must match one byte for byte).
    patterns: Vec<String>,
    /// This set's place in the article-wide scan (`PhraseScan`), once it is in one.
    slot: Option<usize>,
}

impl PhraseSet {
    fn new(pairs: Vec<(String, String)>, case_insensitive: bool) -> PhraseSet {
        let matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(case_insensitive)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(pairs.iter().map(|(p, _)| p.as_str()))
            .expect("lexicon phrases build an automaton");
        let mut exact = HashMap::default();
        for (i, (p, _)) in pairs.iter().enumerate() {
            let key = if case_insensitive {
                p.to_ascii_lowercase()
            } else {
                p.clone()
            };
            exact.entry(key).or_insert(i);
        }
        let (patterns, values) = pairs.into_iter().unzip();
        PhraseSet {
            matcher,
            values,
            exact,
            case_insensitive,
            patterns,
            slot: None,
        }
    }

    /// The value of the phrase that `text` is, whole: the first match of `find_all` when it
    /// spans all of `text`. (One lookup for ASCII text, which is what rules ask about one
    /// word; the automaton otherwise.)
    pub fn whole<'a>(&'a self, text: &str) -> Option<&'a str> {
        if !text.is_ascii() {
            return self
                .matcher
                .find_iter(text)
                .find(|m| is_word_boundary(text, m.start(), m.end()))
                .filter(|m| m.start() == 0 && m.end() == text.len())
                .map(|m| self.values[m.pattern().as_usize()].as_str());
        }
        let i = if self.case_insensitive {
            crate::text::with_lower(text, |key| self.exact.get(key).copied())
        } else {
            self.exact.get(text).copied()
        };
        i.map(|i| self.values[i].as_str())
    }

    /// Whole-word matches in `text`: (start, end, value).
    pub fn find_all<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, usize, &'a str)> {
        self.matcher.find_iter(text).filter_map(move |m| {
            let (s, e) = (m.start(), m.end());
            if is_word_boundary(text, s, e) {
                Some((s, e, self.values[m.pattern().as_usize()].as_str()))
            } else {
                None
            }
        })
    }
}

impl PhraseSet {
    /// `find_all(&text[range])`, read off the hits of the article-wide scan (`hits`, of
    /// `text`) when this set is in it: the same leftmost-longest matches, replayed from
    /// every occurrence of the set's patterns inside `range` (at each start the longest
    /// that fits, the first listed on a tie, the search going on after it), with the
    /// word boundaries of the slice. Offsets are relative to `range.start`, as
    /// `find_all`'s are to its slice.
    pub fn find_in<'a>(
        &'a self,
        hits: &'a PhraseHits,
        text: &'a str,
        range: Range<usize>,
    ) -> PhraseMatches<'a> {
        let slice = &text[range.clone()];
        let list = self
            .slot
            .and_then(|k| hits.by_set.get(k))
            .filter(|_| hits.len == text.len());
        let Some(list) = list else {
            return PhraseMatches::Scan(Box::new(self.find_all(slice)));
        };
        PhraseMatches::Replay {
            set: self,
            list,
            k: list.partition_point(|h| (h.0 as usize) < range.start),
            pos: range.start,
            range,
            slice,
        }
    }
}

/// The matches of `PhraseSet::find_in`: replayed from the article's hits, or (for a set
/// outside the scan, or hits of another text) found by the set's own scan.
pub enum PhraseMatches<'a> {
    Replay {
        set: &'a PhraseSet,
        list: &'a [(u32, u32, u32)],
        /// The next hit to look at, and where the search goes on.
        k: usize,
        pos: usize,
        range: Range<usize>,
        slice: &'a str,
    },
    Scan(Box<dyn Iterator<Item = (usize, usize, &'a str)> + 'a>),
}

impl<'a> Iterator for PhraseMatches<'a> {
    type Item = (usize, usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let (set, list, k, pos, range, slice) = match self {
            PhraseMatches::Scan(scan) => return scan.next(),
            PhraseMatches::Replay {
                set,
                list,
                k,
                pos,
                range,
                slice,
            } => (set, list, k, pos, range, slice),
        };
        while let Some(&(s, e, p)) = list.get(*k) {
            let (s, e) = (s as usize, e as usize);
            if s >= range.end {
                return None;
            }
            *k += 1;
            if s < *pos || e > range.end {
                continue;
            }
            // The leftmost-longest match here: the search goes on after it, whether or
            // not it stands on word boundaries.
            *pos = e;
            let (s, e) = (s - range.start, e - range.start);
            if is_word_boundary(slice, s, e) {
                return Some((s, e, set.values[p as usize].as_str()));
            }
        }
        None
    }
}

/// One automaton over the patterns of several phrase sets, run once over an article with
/// every occurrence reported: each set's matches in any part of the article are then read
/// off its occurrences (`PhraseSet::find_in`) instead of a scan of that part per set.
pub struct PhraseScan {
    matcher: AhoCorasick,
    /// Each pattern of `matcher` to its set's slot and its index in that set.
    owner: Vec<(usize, usize)>,
}

/// The phrase sets of the article-wide scan in slot order, each borrowed as `$borrow`
/// (`&` or `&mut`): one list for the scan's build, its hits and its test.
macro_rules! scanned_sets {
    ($lx:expr, $($borrow:tt)+) => {
        [
            $($borrow)+ $lx.names,
            $($borrow)+ $lx.role_set,
            $($borrow)+ $lx.reporting_verbs,
            $($borrow)+ $lx.according_to,
            $($borrow)+ $lx.predicates,
            $($borrow)+ $lx.quantity_bounds,
            $($borrow)+ $lx.negative_predicates,
            $($borrow)+ $lx.negation,
            $($borrow)+ $lx.modality,
        ]
    };
}

/// Every occurrence in one text of the patterns of the sets in the scan, by slot:
/// (start, end, pattern index in its set), by start, the longest first, then by index.
#[derive(Debug, Default)]
pub struct PhraseHits {
    by_set: Vec<Vec<(u32, u32, u32)>>,
    /// The length of the text scanned: hits of another text are not used.
    len: usize,
}

impl PhraseScan {
    /// The scan over `sets`, each given its slot.
    fn new(sets: &mut [&mut PhraseSet]) -> PhraseScan {
        let mut patterns: Vec<&str> = Vec::new();
        let mut owner = Vec::new();
        for (slot, set) in sets.iter_mut().enumerate() {
            set.slot = Some(slot);
        }
        for (slot, set) in sets.iter().enumerate() {
            for (i, p) in set.patterns.iter().enumerate() {
                patterns.push(p);
                owner.push((slot, i));
            }
        }
        let matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .expect("lexicon phrases build one automaton");
        PhraseScan { matcher, owner }
    }

    /// The occurrences in `text` of the patterns of `sets`, the sets it was built over
    /// (offsets must fit in 32 bits: a longer text gets no hits, and every set then scans
    /// its slices itself).
    fn hits(&self, text: &str, sets: &[&PhraseSet]) -> PhraseHits {
        if u32::try_from(text.len()).is_err() {
            return PhraseHits::default();
        }
        let mut by_set: Vec<Vec<(u32, u32, u32)>> = vec![Vec::new(); sets.len()];
        for m in self.matcher.find_overlapping_iter(text) {
            let (slot, i) = self.owner[m.pattern().as_usize()];
            by_set[slot].push((m.start() as u32, m.end() as u32, i as u32));
        }
        for (list, set) in by_set.iter_mut().zip(sets) {
            // (The automaton ignores ASCII case: a case-sensitive set keeps the hits that
            // match one of its patterns byte for byte.)
            if !set.case_insensitive {
                list.retain(|&(s, e, i)| {
                    text.as_bytes()[s as usize..e as usize] == *set.patterns[i as usize].as_bytes()
                });
            }
            list.sort_unstable_by_key(|&(s, e, i)| (s, std::cmp::Reverse(e), i));
        }
        PhraseHits {
            by_set,
            len: text.len(),
        }
    }
}

/// True when `text[s..e]` is not glued to a letter or digit on either side.
pub fn is_word_boundary(text: &str, s: usize, e: usize) -> bool {
    if s >= e || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
        return false;
    }
    let before = text[..s].chars().next_back();
    let after = text[e..].chars().next();
    let first = text[s..e].chars().next();
    let last = text[s..e].chars().next_back();
    let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    // A pattern that starts or ends with punctuation ("'ll", "u.s.") sets its own boundary,
    // and a clitic ("n't") may hang on the word before it.
    let pattern = &text[s..e];
    let clitic = pattern.starts_with("n'") || pattern.starts_with("n\u{2019}");
    (clitic || !glued(before) || !glued(first)) && (!glued(after) || !glued(last))
}

/// One entry of a time-word role: its words, and its value for `phrase value` roles.
#[derive(Debug, Clone)]
pub struct TimePhrase {
    pub words: Vec<String>,
    pub value: String,
    /// The words of the whole entry, value included (for plain roles).
    pub all_words: Vec<String>,
}

/// Everything the pipeline needs from the word lists, parsed once.
pub struct Lexicon {
    pub abbreviations: WordSet,
    pub sentence_final_abbreviations: WordSet,
    pub reporting_verbs: PhraseSet,
    /// Lemmas of the stance verbs (stance_verbs.txt): cues only before a clause.
    pub clause_only_cues: WordSet,
    /// Lemmas of the stance verbs marked "+": they report a noun-phrase object too ("the
    /// union backed the levy").
    pub object_cues: WordSet,
    pub negation: PhraseSet,
    pub negative_predicates: PhraseSet,
    pub modality: PhraseSet,
    pub predicates: PhraseSet,
    pub pronouns: WordMap<PronounKind>,
    pub countries: Vec<Country>,
    /// Each country's name, other names and seats of government, lowercase, to its index
    /// in `countries` (the first country that names it).
    pub country_places: HashMap<String, usize>,
    pub organizations: Vec<Organization>,
    pub org_heads: Vec<(String, String)>,
    pub roles: Vec<(String, SpeaksFor)>,
    /// Every word of a role or an organization's anaphor ("minister", "foreign", "ministry"):
    /// the words a speaker's phrase may hold.
    pub role_words: WordSet,
    /// The last words of roles and the organization anaphors: heads of a speaker's phrase.
    pub role_heads: WordSet,
    pub speaker_nouns: WordSet,
    /// Page chrome lines, one set matched in one pass.
    pub chrome: regex::RegexSet,
    pub months: WordMap<u32>,
    pub weekdays: WordMap<u32>,
    pub numbers: WordMap<f64>,
    pub tense: WordMap<String>,
    pub sentence_starters: WordSet,
    /// Words of speaker phrases and attribution clauses by role (`determiner`, `modifier`,
    /// `adverb`, `intro`, `audience`, `manner`, `earlier`, `later`).
    pub speaker_words: HashMap<String, WordSet>,
    /// Quantity modifiers: phrase -> `lower`, `upper` or `approximate`.
    pub quantity_bounds: PhraseSet,
    /// Counts without a number ("dozens") and the least each means.
    pub vague_counts: Vec<(String, f64)>,
    /// The first words of `vague_counts`, lowercase.
    pub vague_first: WordSet,
    /// Words after a number that are not what it counts.
    pub quantity_skip: WordSet,
    /// After "N of": words that make N a part of a count ("12 of the dead").
    pub quantity_part_of: WordSet,
    /// Units of shares ("percent").
    pub quantity_share: WordSet,
    /// The unit a share is given in: the first share word ("percent").
    pub share_unit: String,
    /// Words of a running count ("toll", "rose").
    pub quantity_tally: WordSet,
    /// Words before the old value of a revision told in one claim ("initially 10").
    pub quantity_superseded: WordSet,
    /// Bounds that leave their number out ("more than 5,000" is not 5,000; "at least" is).
    pub quantity_strict: WordSet,
    /// Predicate classes whose counts belong to a place ("die", "injure").
    pub place_counts: WordSet,
    /// Words of events that happen at one spot ("blast", "bombing"), lowercase.
    pub point_events: WordSet,
    /// Nouns that describe a place before its name ("the port city of").
    pub place_nouns: WordSet,
    /// Words a count may name that add no group ("people", "others").
    pub generic_counts: WordSet,
    /// Number words that count nothing on their own ("a", "one").
    pub quantity_not_count: WordSet,
    /// Words of time expressions by role (`unit`, `part`, `shift`, ...).
    pub time_words: HashMap<String, WordSet>,
    /// The entries of each time-word role split into words, by their first word, longest
    /// first, with the value after the last space for `phrase value` roles.
    time_phrases: HashMap<String, TimePhraseMap>,
    /// Every word a time expression can start with: the words of all time-word entries,
    /// months, weekdays and number words (tokens outside it are skipped by the grammar).
    pub time_starts: WordSet,
    /// Words of `time_starts` that name a time themselves (not in the `leads` role).
    pub time_anchors: WordSet,
    /// For `phrase value` roles: role -> phrase -> value.
    time_values: HashMap<String, TimeValueMap>,
    /// Case-sensitive names of countries, organizations and org heads: value is
    /// `kind:index` (`country:3`, `country-demonym:3`, `country-seat:3`, `org:2`, `head:5`).
    pub names: PhraseSet,
    /// "according to" and its kin, from speaker_words.txt.
    pub according_to: PhraseSet,
    /// Roles, case-insensitive: value is the index into `roles`.
    pub role_set: PhraseSet,
    /// The `withhold` phrases of speaker_words.txt ("declined to", "would not") as one
    /// matcher of plain substrings of lowercase text.
    pub withhold: AhoCorasick,
    /// The phrase sets the claims stage asks of parts of an article, scanned once per
    /// article (`phrase_hits`).
    phrase_scan: Option<PhraseScan>,
    /// Each word of the lists that have a bit (the roles of speaker_words.txt) to the bits
    /// of the lists it is in: an article's words are looked up once (`WordIndex`), and a
    /// rule asking a list about one of them tests a bit.
    word_bits: WordMap<u64>,
    /// The words of `pronouns`, of `numbers` and of `months` and `weekdays`, as lists with
    /// a bit.
    pub pronoun_words: WordSet,
    pub number_words: WordSet,
    pub calendar_words: WordSet,
    /// The first words of the manner and audience phrases ("in a statement", "told
    /// reporters"), with a bit: the phrases are tried only from one of them.
    pub cue_phrase_starts: WordSet,
}

fn parse_modality(text: &str) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for line in entries(text) {
        if let Some((class, words)) = line.split_once(':') {
            for w in split_list(words) {
                pairs.push((w.to_lowercase(), class.trim().to_string()));
            }
        }
    }
    pairs
}

fn parse_words(text: &str, value: &str) -> Vec<(String, String)> {
    entries(text)
        .map(|w| (w.to_lowercase(), value.to_string()))
        .collect()
}

fn number_table(text: &str) -> HashMap<String, u32> {
    let mut map = HashMap::default();
    for line in entries(text) {
        let mut parts = line.split_whitespace();
        if let Some(Ok(n)) = parts.next().map(str::parse::<u32>) {
            for name in parts {
                map.insert(name.to_string(), n);
            }
        }
    }
    map
}

impl Lexicon {
    /// Whether `word` (any case) names an event that happens at one spot
    /// (point_events.txt), in the singular or with a plural -s: "blast", "bombings".
    pub fn point_event(&self, word: &str) -> bool {
        let w = crate::text::lower(word);
        self.point_events.contains(w.as_ref())
            || w.strip_suffix('s')
                .is_some_and(|s| self.point_events.contains(s))
    }

    /// Whether `word` (lowercase) is an adverb: one of speaker_words.txt's or one in -ly
    /// ("bluntly", "immediately").
    pub fn adverb(&self, word: &str) -> bool {
        self.speaker_word("adverb", word) || word.ends_with("ly")
    }

    /// Whether `word` names a month or a weekday (any case): "March", "Friday".
    pub fn calendar_word(&self, word: &str) -> bool {
        crate::text::with_lower(word, |w| {
            self.months.contains_key(w) || self.weekdays.contains_key(w)
        })
    }

    /// Whether `word` (lowercase) has `role` in speaker_words.txt. (Rules name their role
    /// in the code: `speaker_word!(role, word)` finds the role's list once per call site.)
    pub fn speaker_word(&self, role: &str, word: &str) -> bool {
        self.speaker_words
            .get(role)
            .is_some_and(|s| s.contains(word))
    }

    /// The words of `role` in speaker_words.txt.
    pub fn speaker_list(&self, role: &str) -> Option<&WordSet> {
        self.speaker_words.get(role)
    }

    /// The value a word or phrase has under `role` in time_words.txt, for roles whose
    /// entries are `phrase value` ("clock": "noon 12:00"; "amount": "a couple of 2").
    pub fn time_value(&self, role: &str, phrase: &str) -> Option<&str> {
        self.time_values.get(role)?.get(phrase).map(String::as_str)
    }

    /// Whether `word` (lowercase) has `role` in time_words.txt.
    pub fn time_word(&self, role: &str, word: &str) -> bool {
        self.time_words.get(role).is_some_and(|s| s.contains(word))
    }

    /// The words of `role` in time_words.txt (`time_word!`, `time_list!`).
    pub fn time_list(&self, role: &str) -> Option<&WordSet> {
        self.time_words.get(role)
    }

    /// The `phrase value` entries of `role` in time_words.txt (`time_value!`).
    pub fn time_value_map(&self, role: &str) -> Option<&TimeValueMap> {
        self.time_values.get(role)
    }

    /// The entries of `role` by their first word (`time_phrase_map!`).
    pub fn time_phrase_map(&self, role: &str) -> Option<&TimePhraseMap> {
        self.time_phrases.get(role)
    }

    fn load() -> Lexicon {
        let file = |name: &str| {
            FILES
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, t)| *t)
                .unwrap_or("")
        };
        let mut abbreviations = WordSet::default();
        let mut sentence_final_abbreviations = WordSet::default();
        for a in entries(file("abbreviations")) {
            match a.strip_prefix('!') {
                Some(rest) => {
                    abbreviations.insert(rest.to_string());
                    sentence_final_abbreviations.insert(rest.to_string());
                }
                None => {
                    abbreviations.insert(a.to_string());
                }
            }
        }
        let more = extra();
        let mut verbs: Vec<(String, String)> = more
            .reporting_verbs
            .iter()
            .map(|v| (v.to_lowercase(), v.to_lowercase()))
            .collect();
        let mut clause_only_cues = WordSet::default();
        let mut object_cues = WordSet::default();
        for (name, clause_only) in [("reporting_verbs", false), ("stance_verbs", true)] {
            for line in entries(file(name)) {
                let (object, line) = match line.strip_prefix('+') {
                    Some(rest) if clause_only => (true, rest),
                    _ => (false, line),
                };
                let mut forms = line.split_whitespace();
                let lemma = forms.next().unwrap_or_default().to_string();
                if clause_only {
                    clause_only_cues.insert(lemma.clone());
                }
                if object {
                    object_cues.insert(lemma.clone());
                }
                verbs.push((lemma.clone(), lemma.clone()));
                for f in forms {
                    verbs.push((f.to_string(), lemma.clone()));
                }
            }
        }
        let pronouns = entries(file("pronouns"))
            .filter_map(|l| l.split_once(':'))
            .map(|(p, k)| {
                let kind = match k.trim() {
                    "person" => PronounKind::Person,
                    "organization" => PronounKind::Organization,
                    _ => PronounKind::Group,
                };
                (p.trim().to_string(), kind)
            })
            .collect();
        let countries: Vec<Country> = entries(file("countries"))
            .map(|l| {
                let f: Vec<&str> = l.split('|').collect();
                Country {
                    name: f[0].trim().to_string(),
                    demonyms: f.get(1).map(|x| split_list(x)).unwrap_or_default(),
                    aliases: f.get(2).map(|x| split_list(x)).unwrap_or_default(),
                    seats: f.get(3).map(|x| split_list(x)).unwrap_or_default(),
                }
            })
            .collect();
        let organizations: Vec<Organization> = entries(file("organizations"))
            .map(|l| {
                let f: Vec<&str> = l.split('|').map(str::trim).collect();
                let name = f[0].to_string();
                let mut aliases = f.get(3).map(|x| split_list(x)).unwrap_or_default();
                if !aliases.contains(&name) {
                    aliases.push(name.clone());
                }
                Organization {
                    name,
                    kind: f.get(1).unwrap_or(&"organization").to_string(),
                    country: f.get(2).filter(|c| !c.is_empty()).map(|c| c.to_string()),
                    aliases,
                }
            })
            .collect();
        let org_heads: Vec<(String, String)> = entries(file("org_heads"))
            .filter_map(|l| l.split_once(','))
            .map(|(h, a)| (h.trim().to_string(), a.trim().to_lowercase()))
            .collect();
        let roles: Vec<(String, SpeaksFor)> = entries(file("roles"))
            .filter_map(|l| l.split_once('|'))
            .map(|(r, s)| {
                let s = s.trim();
                let speaks = match s {
                    "org" => SpeaksFor::Org,
                    "country" => SpeaksFor::Country,
                    "person" => SpeaksFor::Person,
                    other => SpeaksFor::Body(other.to_string()),
                };
                (r.trim().to_lowercase(), speaks)
            })
            .collect();
        let mut names = Vec::new();
        for (i, c) in countries.iter().enumerate() {
            names.push((c.name.clone(), format!("country:{i}")));
            for a in &c.aliases {
                names.push((a.clone(), format!("country:{i}")));
            }
            for d in &c.demonyms {
                names.push((d.clone(), format!("country-demonym:{i}")));
            }
            for s in &c.seats {
                names.push((s.clone(), format!("country-seat:{i}")));
            }
        }
        for (i, o) in organizations.iter().enumerate() {
            for a in &o.aliases {
                names.push((a.clone(), format!("org:{i}")));
            }
        }
        for (i, (h, _)) in org_heads.iter().enumerate() {
            names.push((h.clone(), format!("head:{i}")));
        }
        // A name listed twice keeps its first reading (countries before organizations).
        let mut seen = HashSet::default();
        names.retain(|(n, _)| seen.insert(n.clone()));
        let role_set = PhraseSet::new(
            roles
                .iter()
                .enumerate()
                .map(|(i, (r, _))| (r.clone(), i.to_string()))
                .collect(),
            true,
        );
        let chrome = regex::RegexSet::new(
            entries(file("chrome"))
                .map(|p| format!("(?i)^(?:{p})$"))
                .filter(|p| regex::Regex::new(p).is_ok()),
        )
        .expect("chrome patterns that compile alone compile as a set");
        let numbers: HashMap<String, f64> = entries(file("numbers"))
            .filter_map(|l| {
                let (w, v) = l.rsplit_once(' ')?;
                Some((w.trim().to_string(), v.trim().parse().ok()?))
            })
            .collect();
        let tense = entries(file("tense"))
            .filter_map(|l| l.split_once(':'))
            .flat_map(|(class, words)| {
                split_list(words)
                    .into_iter()
                    .map(move |w| (w.to_lowercase(), class.trim().to_string()))
            })
            .collect();
        let time_starts: WordSet = entries(file("time_words"))
            .filter_map(|l| l.split_once(':'))
            .flat_map(|(_, words)| split_list(words))
            .flat_map(|e| e.split(' ').map(str::to_string).collect::<Vec<_>>())
            .chain(number_table(file("months")).into_keys())
            .chain(number_table(file("weekdays")).into_keys())
            .chain(numbers.keys().cloned())
            .collect();
        let leads: WordSet = role_entries(file("time_words"), "leads").collect();
        let time_anchors = time_starts
            .iter()
            .filter(|w| !leads.contains(w))
            .cloned()
            .collect();
        let mut lx = Lexicon {
            abbreviations,
            sentence_final_abbreviations,
            reporting_verbs: PhraseSet::new(verbs, true),
            clause_only_cues,
            object_cues,
            negation: PhraseSet::new(
                parse_words(file("negation"), "not")
                    .into_iter()
                    .chain(
                        more.negation
                            .iter()
                            .map(|w| (w.to_lowercase(), "not".to_string())),
                    )
                    .collect(),
                true,
            ),
            negative_predicates: PhraseSet::new(
                parse_words(file("negative_predicates"), "negative")
                    .into_iter()
                    .chain(
                        more.negative_predicates
                            .iter()
                            .map(|w| (w.to_lowercase(), "negative".to_string())),
                    )
                    .collect(),
                true,
            ),
            modality: PhraseSet::new(parse_modality(file("modality")), true),
            predicates: PhraseSet::new(
                parse_modality(file("predicates"))
                    .into_iter()
                    .chain(more.predicates.iter().flat_map(|(class, ws)| {
                        ws.iter().map(move |w| (w.to_lowercase(), class.clone()))
                    }))
                    .collect(),
                true,
            ),
            pronouns,
            country_places: {
                let mut places = HashMap::default();
                for (i, c) in countries.iter().enumerate() {
                    for p in c.seats.iter().chain(&c.aliases).chain([&c.name]) {
                        places.entry(p.to_lowercase()).or_insert(i);
                    }
                }
                places
            },
            countries,
            organizations,
            role_words: roles
                .iter()
                .flat_map(|(r, _)| r.split(' '))
                .chain(org_heads.iter().map(|(_, a)| a.as_str()))
                .map(str::to_string)
                .collect(),
            role_heads: roles
                .iter()
                .filter_map(|(r, _)| r.split(' ').next_back())
                .chain(org_heads.iter().map(|(_, a)| a.as_str()))
                .map(str::to_string)
                .collect(),
            org_heads,
            roles,
            speaker_nouns: entries(file("speaker_nouns"))
                .map(str::to_lowercase)
                .chain(more.speaker_nouns.iter().map(|w| w.to_lowercase()))
                .collect(),
            chrome,
            months: number_table(file("months")).into(),
            weekdays: number_table(file("weekdays")).into(),
            numbers: numbers.into(),
            tense,
            time_words: entries(file("time_words"))
                .filter_map(|l| l.split_once(':'))
                .map(|(role, words)| {
                    (
                        role.trim().to_string(),
                        split_list(words).into_iter().collect(),
                    )
                })
                .collect(),
            quantity_bounds: PhraseSet::new(
                entries(file("quantity_words"))
                    .filter_map(|l| l.split_once(':'))
                    .filter(|(r, _)| ["lower", "upper", "approximate"].contains(&r.trim()))
                    .flat_map(|(r, ws)| {
                        split_list(ws)
                            .into_iter()
                            .map(move |w| (w, r.trim().to_string()))
                    })
                    .collect(),
                true,
            ),
            vague_counts: role_entries(file("quantity_words"), "vague")
                .filter_map(|e| {
                    let (w, v) = e.rsplit_once(' ')?;
                    Some((w.to_string(), v.parse().ok()?))
                })
                .collect(),
            vague_first: role_entries(file("quantity_words"), "vague")
                .filter_map(|e| e.split(' ').next().map(str::to_lowercase))
                .collect(),
            generic_counts: entries(file("count_words")).map(str::to_string).collect(),
            place_counts: entries(file("place_counts")).map(str::to_string).collect(),
            point_events: entries(file("point_events")).map(str::to_string).collect(),
            place_nouns: entries(file("place_nouns")).map(str::to_string).collect(),
            quantity_not_count: role_entries(file("quantity_words"), "not_count").collect(),
            quantity_skip: role_entries(file("quantity_words"), "skip").collect(),
            share_unit: role_entries(file("quantity_words"), "share")
                .next()
                .unwrap_or_default(),
            quantity_tally: role_entries(file("quantity_words"), "tally").collect(),
            quantity_superseded: role_entries(file("quantity_words"), "superseded").collect(),
            quantity_strict: role_entries(file("quantity_words"), "strict").collect(),
            quantity_share: role_entries(file("quantity_words"), "share").collect(),
            quantity_part_of: role_entries(file("quantity_words"), "part_of").collect(),
            according_to: PhraseSet::new(
                role_entries(file("speaker_words"), "according")
                    .map(|w| (w.to_lowercase(), "according".to_string()))
                    .collect(),
                true,
            ),
            time_starts,
            time_anchors,
            time_values: entries(file("time_words"))
                .filter_map(|l| l.split_once(':'))
                .map(|(role, words)| {
                    let mut values: HashMap<String, String> = HashMap::default();
                    for e in split_list(words) {
                        if let Some((w, v)) = e.rsplit_once(' ') {
                            values.entry(w.to_string()).or_insert_with(|| v.to_string());
                        }
                    }
                    (role.trim().to_string(), values.into())
                })
                .collect(),
            time_phrases: entries(file("time_words"))
                .filter_map(|l| l.split_once(':'))
                .map(|(role, words)| {
                    let mut list: Vec<TimePhrase> = split_list(words)
                        .into_iter()
                        .map(|e| {
                            let all_words: Vec<String> = e.split(' ').map(str::to_string).collect();
                            let (words, value) = match e.rsplit_once(' ') {
                                Some((w, v)) => {
                                    (w.split(' ').map(str::to_string).collect(), v.to_string())
                                }
                                None => (all_words.clone(), String::new()),
                            };
                            TimePhrase {
                                words,
                                value,
                                all_words,
                            }
                        })
                        .collect();
                    list.sort_by(|a, b| {
                        b.all_words
                            .len()
                            .cmp(&a.all_words.len())
                            .then(a.all_words.cmp(&b.all_words))
                    });
                    let mut by_first: HashMap<String, Vec<TimePhrase>> = HashMap::default();
                    for ph in list {
                        by_first
                            .entry(ph.all_words[0].clone())
                            .or_default()
                            .push(ph);
                    }
                    (role.trim().to_string(), by_first.into())
                })
                .collect(),
            speaker_words: entries(file("speaker_words"))
                .filter_map(|l| l.split_once(':'))
                .map(|(role, words)| {
                    (
                        role.trim().to_string(),
                        split_list(words)
                            .into_iter()
                            .map(|w| w.to_lowercase())
                            .collect(),
                    )
                })
                .collect(),
            sentence_starters: entries(file("sentence_starters"))
                .map(str::to_string)
                .collect(),
            names: PhraseSet::new(names, false),
            role_set,
            withhold: AhoCorasick::new(role_entries(file("speaker_words"), "withhold"))
                .expect("the withhold phrases build an automaton"),
            phrase_scan: None,
            word_bits: WordMap::default(),
            pronoun_words: WordSet::default(),
            number_words: WordSet::default(),
            calendar_words: WordSet::default(),
            cue_phrase_starts: WordSet::default(),
        };
        lx.phrase_scan = Some(PhraseScan::new(&mut scanned_sets!(lx, &mut)));
        lx.assign_word_bits();
        lx
    }

    /// Gives the roles of speaker_words.txt a bit each, in name order, then the lists the
    /// claims stage asks most of a word (speaker nouns, role words, counts that are not
    /// counts, the first words of vague counts, pronouns, number words, months and weekdays,
    /// the first words of manner and audience phrases), as far as the bits go (`WORD_BITS`; a list without
    /// one is looked up as before), and each of their words the bits of its lists.
    fn assign_word_bits(&mut self) {
        self.pronoun_words = self.pronouns.keys().cloned().collect();
        self.number_words = self.numbers.keys().cloned().collect();
        self.calendar_words = self
            .months
            .keys()
            .chain(self.weekdays.keys())
            .cloned()
            .collect();
        // (The first word as the article's words would split it: "reporters' briefing"
        // starts with "reporters".)
        self.cue_phrase_starts = ["manner", "audience"]
            .iter()
            .filter_map(|role| self.speaker_words.get(*role))
            .flat_map(|l| l.iter())
            .filter_map(|p| {
                let first = crate::text::words(p, 0..p.len()).into_iter().next()?;
                Some(first.text(p).to_string())
            })
            .collect();
        let mut lists: Vec<&mut WordSet> = Vec::new();
        let mut by_role: Vec<(&String, &mut WordSet)> = self.speaker_words.iter_mut().collect();
        by_role.sort_unstable_by(|a, b| a.0.cmp(b.0));
        lists.extend(by_role.into_iter().map(|(_, l)| l));
        lists.extend([
            &mut self.speaker_nouns,
            &mut self.role_words,
            &mut self.quantity_not_count,
            &mut self.vague_first,
            &mut self.pronoun_words,
            &mut self.number_words,
            &mut self.calendar_words,
            &mut self.cue_phrase_starts,
        ]);
        let mut bits: HashMap<String, u64> = HashMap::default();
        for (bit, list) in (0..WORD_BITS).zip(lists) {
            list.bit = Some(bit);
            for w in list.iter() {
                *bits.entry(w.clone()).or_default() |= 1 << bit;
            }
        }
        self.word_bits = bits.into();
    }

    /// The bits of the lists a lowercase word is in (`WordSet::bit`).
    pub fn word_bits(&self, lower: &str) -> u64 {
        self.word_bits.get(lower).copied().unwrap_or(0)
    }

    /// Every occurrence in `text` of the patterns of the scanned phrase sets, for their
    /// `find_in`.
    pub fn phrase_hits(&self, text: &str) -> PhraseHits {
        self.phrase_scan
            .as_ref()
            .map(|scan| scan.hits(text, &scanned_sets!(self, &)))
            .unwrap_or_default()
    }
}

/// Words a user adds in `claimdiff.toml` (`[lexicon]`), set before the lexicon is first used.
static EXTRA: OnceLock<crate::config::LexiconAdditions> = OnceLock::new();

/// Adds the user's words to the lists. Only the first call counts, and only before the
/// lexicon is first used; returns false otherwise.
pub fn add_words(extra: crate::config::LexiconAdditions) -> bool {
    EXTRA.set(extra).is_ok()
}

fn extra() -> crate::config::LexiconAdditions {
    EXTRA.get().cloned().unwrap_or_default()
}

/// The lexicon, parsed on first use.
pub fn get() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::load)
}

#[cfg(test)]
mod tests {
    /// A word of an article's index answers from its bits as the lists answer its
    /// lowercase, and a word found anew (no bits) from the lists themselves.
    #[test]
    fn a_words_bits_answer_as_its_lists_do() {
        let lx = super::get();
        let mut lists: Vec<&super::WordSet> = lx.speaker_words.values().collect();
        lists.extend([
            &lx.speaker_nouns,
            &lx.role_words,
            &lx.quantity_not_count,
            &lx.vague_first,
            &lx.pronoun_words,
            &lx.number_words,
            &lx.calendar_words,
            &lx.cue_phrase_starts,
        ]);
        assert!(lists.iter().all(|l| l.bit().is_some()), "a list has no bit");
        assert!(lists.iter().all(|l| !l.is_empty()), "a list is empty");
        let mut text = String::new();
        for l in &lists {
            for w in l.iter() {
                text.push_str(&format!("{w} {} {w}'s, ", w.to_uppercase()));
            }
        }
        let seed = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/kerry-lavrov");
        for file in std::fs::read_dir(seed).unwrap() {
            text.push_str(&std::fs::read_to_string(file.unwrap().path()).unwrap_or_default());
        }
        let index = crate::text::WordIndex::new(&text);
        let fresh = crate::text::words(&text, 0..text.len());
        let indexed = index.within(&text, 0..text.len());
        assert_eq!(indexed.len(), fresh.len());
        assert!(indexed.len() > 1000);
        for (w, f) in indexed.iter().zip(&fresh) {
            assert_eq!(w.lists & crate::text::Word::UNKNOWN, 0);
            assert_ne!(f.lists & crate::text::Word::UNKNOWN, 0);
            let lower = crate::text::lower(w.text(&text));
            for l in &lists {
                let want = l.contains(&lower);
                assert_eq!(index.in_list(&text, w, Some(l)), want, "{lower:?}");
                assert_eq!(index.in_list(&text, f, Some(l)), want, "{lower:?}");
            }
        }
    }

    proptest::proptest! {
        /// The filter only turns away words that are not in the list.
        #[test]
        fn word_sets_and_maps_answer_as_their_hash_tables_do(
            words in proptest::collection::vec("[a-zé'-]{0,7}", 0..40),
            asked in proptest::collection::vec("[a-zé'-]{0,7}", 0..40),
        ) {
            let set: super::WordSet = words.iter().cloned().collect();
            let plain: std::collections::HashSet<&String> = words.iter().collect();
            proptest::prop_assert_eq!(set.len(), plain.len());
            let map: super::WordMap<usize> =
                words.iter().cloned().enumerate().map(|(i, w)| (w, i)).collect();
            let plain_map: std::collections::HashMap<&String, usize> =
                words.iter().enumerate().map(|(i, w)| (w, i)).collect();
            for w in words.iter().chain(&asked) {
                proptest::prop_assert_eq!(set.contains(w), plain.contains(w), "{:?}", w);
                proptest::prop_assert_eq!(map.get(w), plain_map.get(w), "{:?}", w);
            }
        }
    }
    use super::*;

    /// Every part of `text` that starts and ends on a character: its paragraphs, its lines,
    /// and windows of several lengths at every few characters (cutting words and phrases).
    fn parts(text: &str) -> Vec<Range<usize>> {
        let mut out: Vec<Range<usize>> = Vec::new();
        out.push(0..text.len());
        let mut at = 0;
        for piece in text.split_inclusive('\n') {
            out.push(at..at + piece.len());
            at += piece.len();
        }
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for (k, &a) in bounds.iter().enumerate().step_by(3) {
            for len in [1, 2, 5, 9, 17, 40, 120] {
                if let Some(&b) = bounds.get(k + len) {
                    out.push(a..b);
                }
            }
        }
        out
    }

    /// The article-wide scan gives each set, in any part of a text, exactly what a scan of
    /// that part gives: on every fixture article and the seed, in their case, in capitals
    /// and in lowercase, and on phrases cut, glued, repeated and listed twice.
    #[test]
    fn the_article_scan_finds_what_each_set_finds() {
        let lx = get();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let mut texts: Vec<String> = Vec::new();
        for story in std::fs::read_dir(&root).unwrap() {
            for file in std::fs::read_dir(story.unwrap().path()).unwrap() {
                let path = file.unwrap().path();
                if path.extension().is_some_and(|e| e == "txt") {
                    texts.push(std::fs::read_to_string(&path).unwrap());
                }
            }
        }
        assert!(texts.len() > 10, "fixture articles read: {}", texts.len());
        let sets = scanned_sets!(lx, &);
        assert!(sets.iter().enumerate().all(|(k, s)| s.slot == Some(k)));
        // Phrases of every set next to each other, inside words, cut and in capitals.
        let mut made = String::new();
        for set in sets {
            for p in set.patterns.iter().take(400) {
                made.push_str(&format!("{p} x{p}x {p}{p}, {}. ", p.to_uppercase()));
            }
            made.push('\n');
        }
        texts.push(made);
        texts.push(
            "Ministère d\u{2019}État: «Żółć» at least 3 said — not   denied; \u{212A}ill".into(),
        );
        let mut checked = 0;
        for text in texts
            .iter()
            .flat_map(|t| [t.clone(), t.to_uppercase(), t.to_lowercase()])
        {
            let hits = lx.phrase_hits(&text);
            for r in parts(&text) {
                for set in sets {
                    let slice = &text[r.clone()];
                    let by_scan: Vec<_> = set.find_in(&hits, &text, r.clone()).collect();
                    let by_set: Vec<_> = set.find_all(slice).collect();
                    assert_eq!(by_scan, by_set, "{slice:?}");
                    checked += by_set.len();
                }
            }
        }
        assert!(checked > 10_000, "matches compared: {checked}");
        // Hits of another text, or none, leave each set to scan the part itself.
        let other = lx.phrase_hits("the minister said");
        let t = "officials denied they had met, according to the agency";
        for hits in [&other, &PhraseHits::default()] {
            for set in sets {
                let by_scan: Vec<_> = set.find_in(hits, t, 0..t.len()).collect();
                assert_eq!(by_scan, set.find_all(t).collect::<Vec<_>>());
            }
        }
    }

    /// `whole` answers as the first match of `find_all` spanning the text does: for every
    /// phrase of the sets rules ask it of, in its own case and in capitals, and for words
    /// that are none.
    #[test]
    fn a_whole_phrase_is_the_first_match_spanning_it() {
        let lx = get();
        let by_automaton = |set: &PhraseSet, t: &str| {
            set.find_all(t)
                .next()
                .filter(|(s, e, _)| *s == 0 && *e == t.len())
                .map(|(_, _, v)| v.to_string())
        };
        for set in [&lx.reporting_verbs, &lx.predicates, &lx.names] {
            let phrases: Vec<String> = set.exact.keys().cloned().collect();
            for p in phrases
                .iter()
                .map(String::as_str)
                .chain(["sai", "saidx", "Sägte", "x"])
            {
                for t in [p.to_string(), p.to_uppercase(), format!("{p}s")] {
                    assert_eq!(
                        set.whole(&t).map(str::to_string),
                        by_automaton(set, &t),
                        "{t:?}"
                    );
                }
            }
        }
    }

    /// Every role a rule names through `speaker_word!` (or `speaker_word_at!`) has a list
    /// in speaker_words.txt
    /// (an unknown role would match nothing, silently), and the macro answers as the
    /// method does.
    #[test]
    fn roles_named_in_the_code_exist() {
        let lx = get();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut stack = vec![root];
        let mut named = std::collections::BTreeSet::new();
        let mut time_named = std::collections::BTreeSet::new();
        while let Some(dir) = stack.pop() {
            for e in std::fs::read_dir(dir).unwrap() {
                let path = e.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|x| x == "rs") {
                    let code = std::fs::read_to_string(&path).unwrap();
                    let role = |part: &str| part.split('"').next().unwrap().to_string();
                    for m in ["speaker_word!(\"", "speaker_word_at!(\""] {
                        for part in code.split(m).skip(1) {
                            named.insert(role(part));
                        }
                    }
                    for m in [
                        "time_word!(\"",
                        "time_list!(\"",
                        "time_value!(\"",
                        "time_phrase_map!(\"",
                    ] {
                        for part in code.split(m).skip(1) {
                            time_named.insert((m, role(part)));
                        }
                    }
                }
            }
        }
        assert!(named.len() > 20, "roles named: {named:?}");
        for role in &named {
            assert!(
                lx.speaker_list(role).is_some(),
                "no role {role:?} in speaker_words.txt"
            );
        }
        assert!(time_named.len() > 15, "time roles named: {time_named:?}");
        for (m, role) in &time_named {
            let known = match *m {
                "time_value!(\"" => lx.time_value_map(role).is_some(),
                "time_phrase_map!(\"" => lx.time_phrase_map(role).is_some(),
                _ => lx.time_list(role).is_some(),
            };
            assert!(known, "no role {role:?} in time_words.txt for {m}");
        }
        assert_eq!(
            crate::time_value!("unit", "weeks"),
            lx.time_value("unit", "weeks")
        );
        assert_eq!(
            crate::time_word!("clock_lead", "at"),
            lx.time_word("clock_lead", "at")
        );
        for w in ["quietly", "reportedly", "the", "said", ""] {
            assert_eq!(
                crate::speaker_word!("adverb", w),
                lx.speaker_word("adverb", w)
            );
            assert_eq!(
                crate::speaker_word!("determiner", w),
                lx.speaker_word("determiner", w)
            );
        }
        assert!(crate::speaker_word!("determiner", "the"));
    }

    #[test]
    fn lexicon_files_parse() {
        for (name, text) in FILES {
            assert!(entries(text).count() > 0, "{name} has no entries");
        }
        let lx = get();
        assert!(lx.abbreviations.contains("sept"));
        assert!(lx.sentence_final_abbreviations.contains("u.s"));
        assert_eq!(lx.months.get("sept"), Some(&9));
        assert_eq!(lx.weekdays.get("thursday"), Some(&4));
        assert_eq!(lx.numbers.get("twelve"), Some(&12.0));
        assert_eq!(lx.chrome.len(), entries(file_text("chrome")).count());
        assert!(lx
            .roles
            .iter()
            .any(|(r, s)| r == "spokesman" && *s == SpeaksFor::Org));
        for c in &lx.countries {
            assert!(!c.name.is_empty());
        }
    }

    fn file_text(name: &str) -> &'static str {
        FILES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, t)| *t)
            .unwrap()
    }

    #[test]
    fn each_role_of_a_list_is_written_once() {
        // A second line for a role would replace the first when the roles are read.
        for name in ["speaker_words", "quantity_words", "time_words"] {
            let text = FILES
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, t)| *t)
                .unwrap();
            let mut seen = std::collections::HashSet::new();
            for line in entries(text) {
                if let Some((role, _)) = line.split_once(':') {
                    if !role.contains(' ') {
                        assert!(seen.insert(role.trim()), "{name}: role {role:?} twice");
                    }
                }
            }
        }
    }

    #[test]
    fn phrases_match_whole_words_only() {
        let lx = get();
        let hits: Vec<_> = lx
            .reporting_verbs
            .find_all("He said it; the saying goes; he resaid")
            .map(|(s, e, v)| (s, e, v.to_string()))
            .collect();
        assert_eq!(hits.len(), 2, "{hits:?}");
        assert_eq!(hits[0], (3, 7, "say".to_string()));
        let neg: Vec<_> = lx.negation.find_all("we don't know").collect();
        assert_eq!(neg.len(), 1);
    }

    #[test]
    fn names_keep_case() {
        let lx = get();
        let found: Vec<_> = lx
            .names
            .find_all("the State Department and the state department")
            .collect();
        assert_eq!(found.len(), 1);
    }
}

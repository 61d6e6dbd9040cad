//! Loading articles: files, directories and stdin become `Article`s with their metadata
//! and the text the later stages read. Spans everywhere refer to `Article::text`; for
//! `.json` inputs `Article::input_span` maps them back to the bytes of the file as read.

mod date;
mod git;
mod header;
mod html;
mod json;
mod load;

pub use date::{parse_date, parse_reference_date, RefTime};
pub use git::load_git_history;
pub use load::{load_path, parse_jsonl_line, LoadError, LoadOutcome};

use std::collections::BTreeMap;
use std::ops::Range;

/// One news report.
#[derive(Debug, Clone)]
pub struct Article {
    /// The `id` field, else the file stem.
    pub id: String,
    /// Where it came from: a path, `-`, or `path:line` for a line of a JSONL corpus.
    pub origin: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub published: Option<RefTime>,
    pub updated: Option<RefTime>,
    /// Other header keys, kept as they were written.
    pub metadata: BTreeMap<String, String>,
    /// The text the pipeline reads: the file as read for `.txt`/`.md`, the decoded body
    /// for `.json`.
    pub text: String,
    /// The paragraphs of the body, as byte ranges of `text` (header and page chrome left out).
    pub paragraphs: Vec<Range<usize>>,
    /// For inputs whose text is decoded from the file (JSON strings): where each byte of
    /// `text` came from in the input. `None` means the identity.
    pub offsets: Option<OffsetMap>,
    /// Warnings met while loading (an unparsable date, say).
    pub warnings: Vec<String>,
}

/// The input offset of each byte of a decoded text, kept as the points where the text and
/// the input stop running in step (an escape): a run of plain bytes costs one entry, not
/// one per byte.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetMap {
    /// (text offset, input offset) where a run starts; in order of both. Inside a run the
    /// input advances with the text, up to the next run's start.
    runs: Vec<(usize, usize)>,
    /// The text's length and the input offset of its end.
    end: (usize, usize),
}

impl OffsetMap {
    /// The text byte `text` (at or after every byte pushed so far) comes from input byte
    /// `input`, and the bytes after it follow it in the input.
    pub(crate) fn push_run(&mut self, text: usize, input: usize) {
        if let Some(&(t, i)) = self.runs.last() {
            if input == i + (text - t) {
                return;
            }
        }
        self.runs.push((text, input));
    }

    /// The text is `len` bytes long and its end is input offset `input`.
    pub(crate) fn finish(&mut self, len: usize, input: usize) {
        self.end = (len, input);
    }

    /// The input offset of text offset `i` (the end's for `i` at or past the end).
    pub fn input_of(&self, i: usize) -> usize {
        if i >= self.end.0 {
            return self.end.1;
        }
        // (The first run starts at text offset 0.)
        let k = self.runs.partition_point(|r| r.0 <= i);
        k.checked_sub(1)
            .map_or(self.end.1, |k| self.runs[k].1 + (i - self.runs[k].0))
    }
}

impl Article {
    /// An article of `text` and nothing else yet: no title, times, paragraphs or warnings.
    pub(crate) fn bare(id: &str, origin: &str, text: String) -> Article {
        Article {
            id: id.to_string(),
            origin: origin.to_string(),
            title: None,
            source: None,
            url: None,
            published: None,
            updated: None,
            metadata: BTreeMap::new(),
            text,
            paragraphs: Vec::new(),
            offsets: None,
            warnings: Vec::new(),
        }
    }

    /// An article from plain text (a `.txt` or `.md` file, or stdin).
    pub fn from_text(id: &str, origin: &str, text: String) -> Article {
        let mut article = Article::bare(id, origin, text);
        header::read_header_and_body(&mut article);
        article
    }

    /// The reference time relative expressions resolve against: the publication time,
    /// else the update time.
    pub fn reference_time(&self) -> Option<RefTime> {
        self.published.or(self.updated)
    }

    /// A span of `text` as a span of the input as read.
    pub fn input_span(&self, span: &Range<usize>) -> [usize; 2] {
        match &self.offsets {
            None => [span.start, span.end],
            Some(map) => [map.input_of(span.start), map.input_of(span.end)],
        }
    }

    /// The file the article came from: its origin without a JSONL `:line` or a git
    /// revision's `@hash`.
    pub fn path(&self) -> &str {
        // A JSONL line of a git revision: `path@hash:line`.
        let origin = match self.origin.rsplit_once(':') {
            Some((p, n)) if n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty() => p,
            _ => &self.origin,
        };
        match origin.rsplit_once('@') {
            Some((p, h)) if h.len() == 8 && h.chars().all(|c| c.is_ascii_hexdigit()) => p,
            _ => origin,
        }
    }

    /// The line of the input a span starts on (for a JSON body, the line of its record).
    pub fn line_of(&self, span: &Range<usize>) -> usize {
        match &self.offsets {
            None => {
                1 + self.text[..span.start.min(self.text.len())]
                    .matches('\n')
                    .count()
            }
            Some(_) => self
                .origin
                .rsplit_once(':')
                .and_then(|(_, n)| n.parse().ok())
                .unwrap_or(1),
        }
    }

    /// The publication time as ISO text, for reports.
    pub fn published_iso(&self) -> Option<String> {
        self.published.map(|t| t.to_iso())
    }
}

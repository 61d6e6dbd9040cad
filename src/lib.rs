//! claimdiff: checks whether news reports agree with each other.
//!
//! The pipeline, one stage a module: `article` (load) → `text` (segment, recognize) →
//! `claims` (attribute) → `compare` (align, judge) → `report`. Every stage but loading
//! and reporting is a pure function of the one before it.

pub mod article;
pub mod baseline;
pub mod check;
pub mod claims;
pub mod compare;
pub mod config;
pub mod corpus;
pub mod lexicon;
pub mod report;
#[cfg(feature = "dev")]
pub mod synth;
pub mod text;

use article::{Article, RefTime};
use claims::Claim;
use std::ops::Range;
use text::{Quote, Sentence, TimeExpr};

/// FNV-1a, 64 bits: a hash that is the same on every machine and in every run (finding ids,
/// baseline fingerprints, corpus routes).
pub fn fnv1a(bytes: impl IntoIterator<Item = u8>) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// The bytes of `parts`, each followed by a zero byte (so that "ab","c" and "a","bc"
/// differ): the input of `fnv1a` for a list of strings.
pub fn separated<'a>(parts: &'a [&'a str]) -> impl Iterator<Item = u8> + 'a {
    parts
        .iter()
        .flat_map(|p| p.bytes().chain(std::iter::once(0)))
}

/// An article after segmentation and recognition.
#[derive(Debug)]
pub struct Analysis {
    pub article: Article,
    /// The publication time relative expressions resolve against.
    pub reference: Option<RefTime>,
    pub sentences: Vec<Sentence>,
    /// In text order.
    pub quotes: Vec<Quote>,
    /// In text order (later stages search them by position).
    pub times: Vec<TimeExpr>,
}

impl Analysis {
    /// The time expressions inside `r`. Like every search below, a binary search: the lists
    /// are in text order and do not overlap, which keeps each rule linear in the article.
    pub fn times_within(&self, r: &Range<usize>) -> impl Iterator<Item = &TimeExpr> {
        let first = self.times.partition_point(|t| t.span.start < r.start);
        let end = r.end;
        self.times[first..]
            .iter()
            .take_while(move |t| t.span.start < end)
            .filter(move |t| t.span.end <= end)
    }

    /// The quotations whose span overlaps `r`.
    pub fn quotes_overlapping(&self, r: &Range<usize>) -> &[Quote] {
        let a = self.quotes.partition_point(|q| q.span.end <= r.start);
        let b = self.quotes.partition_point(|q| q.span.start < r.end);
        &self.quotes[a..b.max(a)]
    }

    /// Whether `r` lies inside the words of a quotation.
    pub fn inside_quote(&self, r: &Range<usize>) -> bool {
        let k = self.quotes.partition_point(|q| q.inner.end < r.end);
        self.quotes
            .get(k)
            .is_some_and(|q| q.inner.start <= r.start && r.end <= q.inner.end)
    }

    /// The sentences that overlap `r`.
    pub fn sentences_overlapping(&self, r: &Range<usize>) -> &[Sentence] {
        let a = self.sentences.partition_point(|s| s.span.end <= r.start);
        let b = self.sentences.partition_point(|s| s.span.start < r.end);
        &self.sentences[a..b.max(a)]
    }
}

/// The quotations in text order, without those inside or across another: a straight
/// quotation may hold curly ones ("The “peace plan” is dead," she said); the outer one is
/// what was said. The searches of `Analysis` rely on quotations not overlapping.
fn outermost(mut quotes: Vec<Quote>) -> Vec<Quote> {
    quotes.sort_by_key(|q| (q.span.start, std::cmp::Reverse(q.span.end)));
    let mut reach = 0;
    quotes.retain(|q| {
        let keep = q.span.start >= reach;
        if keep {
            reach = q.span.end;
        }
        keep
    });
    quotes
}

/// Segments an article and finds its time expressions. `fallback` is the reference time
/// for an article that carries no publication time of its own (`--date`).
pub fn analyze(article: Article, fallback: Option<RefTime>) -> Analysis {
    let reference = article.reference_time().or(fallback);
    let sentences = text::split_sentences(&article.text, &article.paragraphs);
    let quotes = outermost(text::find_quotes(&article.text, &article.paragraphs));
    let ascii_lower = article.text.to_ascii_lowercase();
    let mut times: Vec<TimeExpr> = sentences
        .iter()
        .flat_map(|s| {
            text::find_times_with(&article.text, Some(&ascii_lower), s.span.clone(), reference)
        })
        .collect();
    times.sort_by_key(|t| (t.span.start, t.span.end));
    Analysis {
        article,
        reference,
        sentences,
        quotes,
        times,
    }
}

/// An article with its claims.
#[derive(Debug)]
pub struct Extracted {
    pub analysis: Analysis,
    pub claims: Vec<Claim>,
}

/// Runs the pipeline up to the claims for each article (`index` is its place among the
/// inputs, used in claim references).
pub fn extract(article: Article, fallback: Option<RefTime>, index: usize) -> Extracted {
    let analysis = analyze(article, fallback);
    let claims = claims::extract_claims(&analysis, index);
    Extracted { analysis, claims }
}

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
pub mod lexicon;
pub mod report;
pub mod text;

use article::{Article, RefTime};
use claims::Claim;
use text::{Quote, Sentence, TimeExpr};

/// An article after segmentation and recognition.
#[derive(Debug)]
pub struct Analysis {
    pub article: Article,
    /// The publication time relative expressions resolve against.
    pub reference: Option<RefTime>,
    pub sentences: Vec<Sentence>,
    pub quotes: Vec<Quote>,
    pub times: Vec<TimeExpr>,
}

/// Segments an article and finds its time expressions. `fallback` is the reference time
/// for an article that carries no publication time of its own (`--date`).
pub fn analyze(article: Article, fallback: Option<RefTime>) -> Analysis {
    let reference = article.reference_time().or(fallback);
    let sentences = text::split_sentences(&article.text, &article.paragraphs);
    let quotes = text::find_quotes(&article.text, &article.paragraphs);
    let times = sentences
        .iter()
        .flat_map(|s| text::find_times(&article.text, s.span.clone(), reference))
        .collect();
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

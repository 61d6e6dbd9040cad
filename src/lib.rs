//! claimdiff: checks whether news reports agree with each other.
pub mod article;
pub mod lexicon;
pub mod text;

//! The language layer: sentences, quotations, words, time expressions and quantities,
//! each with byte spans into the article's text.

pub mod dateline;
pub mod figures;
pub mod quantities;
pub mod quotes;
pub mod sentences;
pub mod times;
pub mod words;

pub use dateline::dateline_end;
pub use figures::{figure_block, heading_above, is_figure, FigureLine};
pub use quantities::{find_quantities, find_quantities_in, Bound, Quantity};
pub use quotes::{find_quotes, Quote};
pub use sentences::{split_sentences, Sentence};
pub use times::{find_times, find_times_with, Grain, TimeExpr};
pub use words::{lower, strip_possessive, with_lower, words, Word, WordIndex};

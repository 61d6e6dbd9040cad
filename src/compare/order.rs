//! Which of two claims came first: the earlier statement time; across articles, the
//! article published (or last updated) earlier, else the one given first; inside one
//! article, the text's own cues ("said earlier"), and where nothing else orders them, the
//! claim further down (updated reports put the newest development on top).

use super::{claim, ClaimRef};
use crate::claims::OrderCue;
use crate::Extracted;
use std::cmp::Ordering;

/// True when `a` is the earlier of the two.
pub fn earlier_first(inputs: &[Extracted], a: ClaimRef, b: ClaimRef) -> bool {
    order(inputs, a, b) != Ordering::Greater
}

fn order(inputs: &[Extracted], a: ClaimRef, b: ClaimRef) -> Ordering {
    let (ca, cb) = (claim(inputs, a), claim(inputs, b));
    // Statement days order two claims only when the text gives both (a day taken from
    // the publication date says nothing about when the words were said).
    if let (Some(da), Some(db), true) = (
        ca.stated_at.date,
        cb.stated_at.date,
        ca.stated_at.text.is_some() && cb.stated_at.text.is_some(),
    ) {
        if da != db {
            return da.cmp(&db);
        }
    }
    if a.article != b.article {
        // The same instant as `versions` orders by, so a step and its findings agree.
        let (pa, pb) = (
            super::versions::version_time(&inputs[a.article].analysis.article),
            super::versions::version_time(&inputs[b.article].analysis.article),
        );
        if let (Some(pa), Some(pb)) = (pa, pb) {
            if pa != pb {
                return pa.cmp(&pb);
            }
        }
        return a.article.cmp(&b.article);
    }
    let rank = |c: OrderCue| match c {
        OrderCue::Earlier => 0,
        OrderCue::None => 1,
        OrderCue::Later => 2,
    };
    match rank(ca.order_cue).cmp(&rank(cb.order_cue)) {
        Ordering::Equal => cb.span.start.cmp(&ca.span.start),
        o => o,
    }
}

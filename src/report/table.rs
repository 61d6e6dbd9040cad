//! The diff table: one row per finding with both sides side by side, wrapped to the
//! terminal width; and the claims table of `extract`.

use super::output::sentence_text;
use super::Style;
use crate::claims::Claim;
use crate::compare::{claim, ClaimRef, Finding, Severity};
use crate::Extracted;
use comfy_table::{
    presets, Attribute, Cell, CellAlignment, Color, ColumnConstraint, ContentArrangement, Table,
    Width,
};

pub(super) fn new_table(style: Style) -> Table {
    let mut t = Table::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(style.width);
    if !style.color {
        t.force_no_tty();
    } else {
        t.enforce_styling();
    }
    t
}

fn severity_color(s: Severity) -> Color {
    match s {
        Severity::High => Color::Red,
        Severity::Medium => Color::Yellow,
        Severity::Low => Color::Blue,
    }
}

/// One side of a finding: article, statement time, stance, then the sentence.
fn side(inputs: &[Extracted], r: ClaimRef) -> String {
    let x = &inputs[r.article];
    let c = claim(inputs, r);
    let when = c
        .stated_at
        .date
        .map(|d| d.to_string())
        .unwrap_or_else(|| "undated".into());
    format!(
        "{} · {} · {}\n{}",
        x.analysis.article.id,
        when,
        c.stance.as_str(),
        sentence_text(x, c)
    )
}

/// The findings as a table: finding | earlier | later (| reason, when wide).
pub fn findings_table(inputs: &[Extracted], findings: &[Finding], style: Style) -> Table {
    let mut t = new_table(style);
    let wide = style.width >= 150;
    let mut header = vec!["finding", "earlier", "later"];
    if wide {
        header.push("reason");
    }
    t.set_header(
        header
            .into_iter()
            .map(|h| Cell::new(h).add_attribute(Attribute::Bold)),
    );
    for f in findings {
        let mut head = format!(
            "{}\n{} · {:.2}\n{}",
            f.kind.as_str(),
            f.severity.as_str(),
            f.confidence,
            f.actor
        );
        if !wide {
            head.push_str("\n\n");
            head.push_str(&f.reason);
        }
        let mut row = vec![
            Cell::new(head).fg(severity_color(f.severity)),
            Cell::new(side(inputs, f.earlier)),
            Cell::new(
                f.later
                    .map(|l| side(inputs, l))
                    .unwrap_or_else(|| "(gone)".into()),
            ),
        ];
        if wide {
            row.push(Cell::new(&f.reason));
        }
        t.add_row(row);
    }
    let first = if wide {
        style.width / 7
    } else {
        style.width / 4
    };
    if let Some(c) = t.column_mut(0) {
        c.set_constraint(ColumnConstraint::UpperBoundary(Width::Fixed(first.max(16))));
    }
    t
}

fn claim_row(c: &Claim, show_article: bool) -> Vec<Cell> {
    let actor = match (&c.speaker, c.actor.kind) {
        (_, crate::claims::ActorKind::Outlet) => "(outlet)".to_string(),
        (Some(s), _) if s != &c.actor.name => format!("{}\n({s})", c.actor.name),
        _ => c.actor.name.clone(),
    };
    let (article, local) = c.id.split_once('#').unwrap_or(("", &c.id));
    let id = if show_article {
        format!("{article}\n#{local}")
    } else {
        format!("#{local}")
    };
    let when = |d: &crate::claims::TimeRef| {
        d.value
            .clone()
            .or(d.date.map(|d| d.to_string()))
            .unwrap_or_else(|| "—".into())
    };
    let names: Vec<&str> = c
        .proposition
        .participants
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    let prop = format!(
        "{}{}\n{}",
        c.proposition.predicate.as_deref().unwrap_or("—"),
        if names.is_empty() {
            String::new()
        } else {
            format!(" ({})", names.join(", "))
        },
        c.content_text
    );
    vec![
        Cell::new(format!(
            "{id}\n{}\n{}\n{}",
            c.attribution.as_str(),
            c.stance.as_str(),
            c.modality.as_str()
        )),
        Cell::new(actor),
        Cell::new(format!(
            "said {}\nevent {}",
            when(&c.stated_at),
            when(&c.event_time)
        ))
        .set_alignment(CellAlignment::Left),
        Cell::new(prop),
    ]
}

/// The claims of the inputs as a table.
pub fn claims_table(inputs: &[Extracted], style: Style) -> Table {
    let mut t = new_table(style);
    t.set_header(
        ["claim", "actor", "when", "proposition"]
            .map(|h| Cell::new(h).add_attribute(Attribute::Bold)),
    );
    for x in inputs {
        for c in &x.claims {
            t.add_row(claim_row(c, inputs.len() > 1));
        }
    }
    // Narrow columns for the short fields; the proposition takes the rest.
    let w = style.width;
    for (i, max) in [(0, 14.max(w / 8)), (1, 16.max(w / 5)), (2, 17)] {
        if let Some(c) = t.column_mut(i) {
            c.set_constraint(ColumnConstraint::UpperBoundary(Width::Fixed(max)));
        }
    }
    t
}

/// The changes between versions as lines: a count line per step, then the changed claims
/// as word diffs and the added and removed sentences.
pub fn changes_text(
    inputs: &[Extracted],
    steps: &[crate::compare::versions::Step],
    style: Style,
) -> String {
    let width = style.width as usize;
    let cut = |s: &str| {
        let s = s.replace('\n', " ");
        if s.chars().count() + 6 > width {
            format!(
                "{}…",
                s.chars().take(width.saturating_sub(7)).collect::<String>()
            )
        } else {
            s
        }
    };
    let mut out = String::new();
    for s in steps {
        let (a, b) = (
            &inputs[s.from].analysis.article.id,
            &inputs[s.to].analysis.article.id,
        );
        out.push_str(&format!(
            "{a} → {b}: {} added, {} removed, {} changed, {} unchanged\n",
            s.added.len(),
            s.removed.len(),
            s.changed.len(),
            s.unchanged
        ));
        for c in &s.changed {
            out.push_str(&format!("  ~ {}\n", cut(&c.diff)));
        }
        for r in &s.removed {
            out.push_str(&format!(
                "  - {}\n",
                cut(sentence_text(&inputs[r.article], claim(inputs, *r)))
            ));
        }
        for r in &s.added {
            out.push_str(&format!(
                "  + {}\n",
                cut(sentence_text(&inputs[r.article], claim(inputs, *r)))
            ));
        }
    }
    out.trim_end().to_string()
}

/// The line under the table: counts by severity, articles and claims.
pub fn summary(inputs: &[Extracted], findings: &[Finding]) -> String {
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let claims: usize = inputs.iter().map(|x| x.claims.len()).sum();
    let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    format!(
        "{} ({} high, {} medium, {} low) in {}, {}.",
        plural(findings.len(), "finding"),
        count(Severity::High),
        count(Severity::Medium),
        count(Severity::Low),
        plural(inputs.len(), "article"),
        plural(claims, "claim"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{parse_reference_date, Article};
    use crate::compare::compare;
    use crate::extract;

    fn inputs() -> Vec<Extracted> {
        let texts = [
            "published: 2016-03-01\n\nH\n\nArun Mehta will not meet Karim Shah, the Indian Foreign Ministry said.\n",
            "published: 2016-03-02\n\nH\n\nArun Mehta will meet Karim Shah in Dubai on Friday, the Indian Foreign Ministry said.\n",
        ];
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                extract(
                    Article::from_text(&format!("a{i}"), "t.txt", t.to_string()),
                    parse_reference_date("2016-03-02"),
                    i,
                )
            })
            .collect()
    }

    #[test]
    fn summary_counts_by_severity() {
        let x = inputs();
        let f = compare(&x);
        assert_eq!(
            summary(&x, &f),
            "1 finding (1 high, 0 medium, 0 low) in 2 articles, 4 claims."
        );
        assert_eq!(
            summary(&x[..1], &[]),
            "0 findings (0 high, 0 medium, 0 low) in 1 article, 2 claims."
        );
    }

    #[test]
    fn findings_table_fits_the_width_and_shows_both_sides() {
        let x = inputs();
        let f = compare(&x);
        for width in [80u16, 120, 200] {
            let t = findings_table(
                &x,
                &f,
                Style {
                    width,
                    color: false,
                },
            )
            .to_string();
            assert!(
                t.lines().all(|l| l.chars().count() <= width as usize),
                "{t}"
            );
            let flat = t
                .replace(['│', '┆', '\n'], " ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            assert!(
                flat.contains("stance_reversal")
                    && flat.contains("a0 · 2016-03-01 · negative")
                    && flat.contains("a1 · 2016-03-02 · positive"),
                "{flat}"
            );
            assert_eq!(t.contains("reason"), width >= 150);
        }
    }
}

//! Reporting: findings and claims as a table for people, JSON and JSONL for programs.
//! The only stage besides loading that touches the outside world (it writes).

pub mod ci;
pub mod output;
mod table;

pub use table::{claims_table, findings_table, summary};

use crate::compare::Finding;
use crate::Extracted;
use std::io::{self, Write};

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Jsonl,
    Markdown,
    Sarif,
    Github,
    Junit,
}

/// How tables look: width in columns and whether to color.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub width: u16,
    pub color: bool,
}

/// A serde_json error as an I/O error that keeps its kind (a broken pipe stays one).
pub fn json_error(e: serde_json::Error) -> io::Error {
    match e.io_error_kind() {
        Some(kind) => io::Error::from(kind),
        None => io::Error::other(e),
    }
}

fn json_line<T: serde::Serialize>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value).map_err(json_error)?;
    writeln!(out)
}

/// Writes the findings of `compare` (with the claims when `with_claims`).
pub fn write_findings(
    out: &mut dyn Write,
    format: Format,
    inputs: &[Extracted],
    findings: &[Finding],
    style: Style,
    with_claims: bool,
) -> io::Result<()> {
    match format {
        Format::Table => {
            if !findings.is_empty() {
                writeln!(out, "{}", findings_table(inputs, findings, style))?;
            }
            if with_claims {
                writeln!(out, "{}", claims_table(inputs, style))?;
            }
            Ok(())
        }
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &output::doc(inputs, findings, with_claims))
                .map_err(json_error)?;
            writeln!(out)
        }
        Format::Jsonl => {
            for f in findings {
                json_line(out, &output::finding_out(inputs, f))?;
            }
            Ok(())
        }
        Format::Markdown => ci::markdown(out, inputs, findings),
        Format::Sarif => ci::sarif(out, inputs, findings),
        Format::Github => ci::github(out, inputs, findings),
        Format::Junit => Err(io::Error::other("--format junit is for `check`")),
    }
}

/// Writes the findings and changes of `versions`.
pub fn write_versions(
    out: &mut dyn Write,
    format: Format,
    inputs: &[Extracted],
    findings: &[Finding],
    steps: &[crate::compare::versions::Step],
    style: Style,
) -> io::Result<()> {
    match format {
        Format::Table => {
            if !findings.is_empty() {
                writeln!(out, "{}", findings_table(inputs, findings, style))?;
            }
            writeln!(out, "{}", table::changes_text(inputs, steps, style))
        }
        Format::Json => {
            let mut doc = output::doc(inputs, findings, false);
            doc.changes = Some(
                steps
                    .iter()
                    .map(|s| output::change_out(inputs, s))
                    .collect(),
            );
            serde_json::to_writer_pretty(&mut *out, &doc).map_err(json_error)?;
            writeln!(out)
        }
        Format::Jsonl => {
            for f in findings {
                json_line(out, &output::finding_out(inputs, f))?;
            }
            for s in steps {
                json_line(
                    out,
                    &serde_json::json!({ "changes": output::change_out(inputs, s) }),
                )?;
            }
            Ok(())
        }
        _ => write_findings(out, format, inputs, findings, style, false),
    }
}

/// Writes the claims of `extract`.
pub fn write_claims(
    out: &mut dyn Write,
    format: Format,
    inputs: &[Extracted],
    style: Style,
) -> io::Result<()> {
    match format {
        Format::Table => writeln!(out, "{}", claims_table(inputs, style)),
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &output::doc(inputs, &[], true))
                .map_err(json_error)?;
            writeln!(out)
        }
        Format::Jsonl => {
            for x in inputs {
                for c in &x.claims {
                    json_line(out, &output::claim_out(x, c))?;
                }
            }
            Ok(())
        }
        other => Err(unsupported(other)),
    }
}

/// The error for a format a command does not write.
pub fn unsupported(format: Format) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        format!("--format {} does not apply to this command", format.name()),
    )
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::Markdown => "markdown",
            Format::Sarif => "sarif",
            Format::Github => "github",
            Format::Junit => "junit",
        }
    }
}

#[derive(serde::Serialize)]
struct SentenceOut<'a> {
    article: &'a str,
    index: usize,
    span: [usize; 2],
    text: &'a str,
}

/// Writes the sentences of each article: one per line, or JSON.
pub fn write_sentences(
    out: &mut dyn Write,
    format: Format,
    inputs: &[Extracted],
) -> io::Result<()> {
    let rows: Vec<SentenceOut> = inputs
        .iter()
        .flat_map(|x| {
            let a = &x.analysis.article;
            x.analysis.sentences.iter().map(move |s| SentenceOut {
                article: &a.id,
                index: s.index,
                span: a.input_span(&s.span),
                text: &a.text[s.span.clone()],
            })
        })
        .collect();
    match format {
        Format::Table => rows
            .iter()
            .try_for_each(|r| writeln!(out, "{}", r.text.replace('\n', " "))),
        Format::Json => {
            serde_json::to_writer_pretty(
                &mut *out,
                &serde_json::json!({ "schema": output::SCHEMA, "sentences": rows }),
            )
            .map_err(json_error)?;
            writeln!(out)
        }
        Format::Jsonl => rows.iter().try_for_each(|r| json_line(out, r)),
        other => Err(unsupported(other)),
    }
}

#[derive(serde::Serialize)]
struct TimeExprOut<'a> {
    article: &'a str,
    text: &'a str,
    span: [usize; 2],
    value: Option<&'a str>,
    grain: &'static str,
}

/// Writes the time expressions of each article with their values.
pub fn write_times(
    out: &mut dyn Write,
    format: Format,
    inputs: &[Extracted],
    style: Style,
) -> io::Result<()> {
    let rows: Vec<TimeExprOut> = inputs
        .iter()
        .flat_map(|x| {
            let a = &x.analysis.article;
            x.analysis.times.iter().map(move |t| TimeExprOut {
                article: &a.id,
                text: &a.text[t.span.clone()],
                span: a.input_span(&t.span),
                value: t.value.as_deref(),
                grain: t.grain.as_str(),
            })
        })
        .collect();
    match format {
        Format::Table => {
            let mut t = table::new_table(style);
            t.set_header(vec!["article", "text", "value", "grain", "span"]);
            for r in &rows {
                t.add_row(vec![
                    r.article.to_string(),
                    r.text.to_string(),
                    r.value.unwrap_or("—").to_string(),
                    r.grain.to_string(),
                    format!("{}..{}", r.span[0], r.span[1]),
                ]);
            }
            writeln!(out, "{t}")
        }
        Format::Json => {
            serde_json::to_writer_pretty(
                &mut *out,
                &serde_json::json!({ "schema": output::SCHEMA, "times": rows }),
            )
            .map_err(json_error)?;
            writeln!(out)
        }
        Format::Jsonl => rows.iter().try_for_each(|r| json_line(out, r)),
        other => Err(unsupported(other)),
    }
}

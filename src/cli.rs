//! The command line: flags as typed (clap), validated into options, then one function per
//! command. A bad input is reported as one line and remembered; the run goes on and the
//! exit status becomes 2.

use claimdiff::article::{load_path, parse_reference_date, Article, LoadError, RefTime};
use claimdiff::check::{check_story, find_stories, StoryResult};
use claimdiff::compare::{compare, Finding};
use claimdiff::report::{self, Format, Style};
use claimdiff::{extract, Extracted};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::Path;

#[derive(Parser)]
#[command(
    name = "claimdiff",
    version,
    about = "Checks whether news reports agree: who said what, when, and where the reports contradict each other."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    #[command(flatten)]
    common: Common,
}

#[derive(Args)]
struct Common {
    /// Output format.
    #[arg(long, global = true, value_enum, default_value_t = FormatArg::Table)]
    format: FormatArg,
    /// Reference publication time for articles that carry none: YYYY-MM-DD[THH:MM[:SS][±HH:MM]].
    #[arg(long, global = true, value_name = "DATE")]
    date: Option<String>,
    /// Findings below this confidence (0..1) are not reported.
    #[arg(long, global = true, default_value_t = 0.0, value_name = "F")]
    min_confidence: f64,
    /// Color in tables: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto)]
    color: ColorArg,
    /// Print no warnings and no summary line.
    #[arg(short, long, global = true)]
    quiet: bool,
    /// With compare: list the claims too.
    #[arg(long, global = true)]
    claims: bool,
}

#[derive(Subcommand)]
enum Command {
    /// The claims found in each article.
    Extract {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<String>,
    },
    /// Contradictions among all the given articles, and inside each one.
    Compare {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<String>,
    },
    /// The inputs are successive versions of one article: claims added, removed and
    /// changed, and contradictions between versions (a dropped claim is a retraction).
    Versions {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<String>,
    },
    /// CI mode: run every fixture story under DIR against its expected.json.
    Check {
        #[arg(default_value = "fixtures", value_name = "DIR")]
        dir: String,
    },
    /// The article's body split into sentences, one per line.
    Sentences {
        #[arg(default_value = "-", value_name = "PATH")]
        path: String,
    },
    /// The time expressions in the text, with their values against the publication time.
    Times {
        #[arg(default_value = "-", value_name = "PATH")]
        path: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Table,
    Json,
    Jsonl,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

/// Options after validation.
struct Options {
    format: Format,
    date: Option<RefTime>,
    min_confidence: f64,
    style: Style,
    quiet: bool,
    claims: bool,
}

/// What a run reports back: the exit status.
pub fn run() -> i32 {
    let cli = Cli::parse();
    let opts = match validate(&cli.common) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("claimdiff: {msg}");
            return 2;
        }
    };
    let result = match &cli.command {
        Command::Extract { paths } => cmd_extract(paths, &opts),
        Command::Compare { paths } => cmd_compare(paths, &opts),
        Command::Versions { paths } => cmd_versions(paths, &opts),
        Command::Check { dir } => cmd_check(dir, &opts),
        Command::Sentences { path } => cmd_inspect(path, &opts, false),
        Command::Times { path } => cmd_inspect(path, &opts, true),
    };
    match result {
        Ok(code) => code,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            eprintln!("claimdiff: {e}");
            2
        }
    }
}

fn validate(c: &Common) -> Result<Options, String> {
    let date = match &c.date {
        Some(d) => Some(
            parse_reference_date(d)
                .ok_or_else(|| format!("--date {d:?}: expected YYYY-MM-DD[THH:MM[:SS][±HH:MM]]"))?,
        ),
        None => None,
    };
    if !(0.0..=1.0).contains(&c.min_confidence) {
        return Err(format!(
            "--min-confidence {}: expected a number from 0 to 1",
            c.min_confidence
        ));
    }
    let stdout_tty = std::io::stdout().is_terminal();
    let color = match c.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => stdout_tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let width = std::env::var("COLUMNS")
        .ok()
        .and_then(|w| w.parse::<u16>().ok())
        .filter(|w| *w >= 40)
        .or_else(|| {
            stdout_tty
                .then(|| comfy_table::Table::new().width())
                .flatten()
        })
        .unwrap_or(100);
    Ok(Options {
        format: match c.format {
            FormatArg::Table => Format::Table,
            FormatArg::Json => Format::Json,
            FormatArg::Jsonl => Format::Jsonl,
        },
        date,
        min_confidence: c.min_confidence,
        style: Style { width, color },
        quiet: c.quiet,
        claims: c.claims,
    })
}

/// Loads every path; each bad input is reported on stderr as it is met.
fn load_all(paths: &[String], opts: &Options) -> (Vec<Article>, bool) {
    let mut articles = Vec::new();
    let mut trouble = false;
    for p in paths {
        let loaded = load_path(p);
        for e in &loaded.errors {
            report_error(e);
            trouble = true;
        }
        articles.extend(loaded.articles);
    }
    if !opts.quiet {
        for a in &articles {
            for w in &a.warnings {
                eprintln!("claimdiff: warning: {w}");
            }
        }
    }
    (articles, trouble)
}

fn report_error(e: &LoadError) {
    eprintln!("claimdiff: {e}");
}

fn extract_all(articles: Vec<Article>, opts: &Options) -> Vec<Extracted> {
    let inputs: Vec<Extracted> = articles
        .into_iter()
        .enumerate()
        .map(|(i, a)| extract(a, opts.date, i))
        .collect();
    if !opts.quiet {
        for x in &inputs {
            if x.analysis.reference.is_none() {
                eprintln!("claimdiff: warning: {}: no publication time (header, JSON field or --date); relative times such as \"on Thursday\" stay unresolved", x.analysis.article.origin);
            }
        }
    }
    inputs
}

fn cmd_extract(paths: &[String], opts: &Options) -> std::io::Result<i32> {
    let (articles, trouble) = load_all(paths, opts);
    let inputs = extract_all(articles, opts);
    let mut out = std::io::stdout().lock();
    if !inputs.is_empty() {
        report::write_claims(&mut out, opts.format, &inputs, opts.style)?;
    }
    Ok(if trouble { 2 } else { 0 })
}

fn cmd_compare(paths: &[String], opts: &Options) -> std::io::Result<i32> {
    let (articles, trouble) = load_all(paths, opts);
    let inputs = extract_all(articles, opts);
    let findings: Vec<Finding> = compare(&inputs)
        .into_iter()
        .filter(|f| f.confidence >= opts.min_confidence)
        .collect();
    let mut out = std::io::stdout().lock();
    if !inputs.is_empty() || opts.format != Format::Table {
        report::write_findings(
            &mut out,
            opts.format,
            &inputs,
            &findings,
            opts.style,
            opts.claims,
        )?;
    }
    if opts.format == Format::Table && !opts.quiet {
        writeln!(out, "{}", report::summary(&inputs, &findings))?;
    }
    Ok(if trouble {
        2
    } else if findings.is_empty() {
        0
    } else {
        1
    })
}

fn cmd_versions(paths: &[String], opts: &Options) -> std::io::Result<i32> {
    let (articles, trouble) = load_all(paths, opts);
    let inputs = extract_all(articles, opts);
    let (findings, steps) = claimdiff::compare::compare_versions(&inputs);
    let findings: Vec<Finding> = findings
        .into_iter()
        .filter(|f| f.confidence >= opts.min_confidence)
        .collect();
    let mut out = std::io::stdout().lock();
    report::write_versions(
        &mut out,
        opts.format,
        &inputs,
        &findings,
        &steps,
        opts.style,
    )?;
    if opts.format == Format::Table && !opts.quiet {
        writeln!(out, "{}", report::summary(&inputs, &findings))?;
    }
    Ok(if trouble {
        2
    } else if findings.is_empty() {
        0
    } else {
        1
    })
}

fn cmd_check(dir: &str, opts: &Options) -> std::io::Result<i32> {
    let path = Path::new(dir);
    if !path.is_dir() {
        eprintln!("claimdiff: {dir}: not a directory of fixture stories");
        return Ok(2);
    }
    let stories = find_stories(path);
    if stories.is_empty() {
        eprintln!("claimdiff: {dir}: no fixture stories (folders with an expected.json)");
        return Ok(2);
    }
    let mut trouble = false;
    let mut results: Vec<StoryResult> = Vec::new();
    for s in &stories {
        match check_story(s, opts.date, opts.min_confidence) {
            Ok((result, errors)) => {
                for e in &errors {
                    report_error(e);
                    trouble = true;
                }
                results.push(result);
            }
            Err(e) => {
                report_error(&e);
                trouble = true;
            }
        }
    }
    let mut out = std::io::stdout().lock();
    match opts.format {
        Format::Json => {
            serde_json::to_writer_pretty(
                &mut out,
                &serde_json::json!({ "schema": report::output::SCHEMA, "stories": results }),
            )
            .map_err(report::json_error)?;
            writeln!(out)?;
        }
        Format::Jsonl => {
            for r in &results {
                serde_json::to_writer(&mut out, r).map_err(report::json_error)?;
                writeln!(out)?;
            }
        }
        Format::Table => print_check(&mut out, &results, opts)?,
    }
    let failed = results.iter().any(|r| !r.ok);
    Ok(if trouble {
        2
    } else if failed {
        1
    } else {
        0
    })
}

fn print_check(
    out: &mut dyn Write,
    results: &[StoryResult],
    opts: &Options,
) -> std::io::Result<()> {
    let short = |s: &str| {
        let s = s.trim();
        if s.chars().count() > 90 {
            format!("{}…", s.chars().take(89).collect::<String>())
        } else {
            s.to_string()
        }
    };
    for r in results {
        let status = if r.ok { "ok  " } else { "FAIL" };
        writeln!(
            out,
            "{status} {} ({} expected, {} reported)",
            r.story, r.expected, r.reported
        )?;
        for (label, list) in [("missing   ", &r.missing), ("known miss", &r.known_misses)] {
            for m in list {
                writeln!(
                    out,
                    "     {label} {} [{}]: {:?} -> {:?}",
                    m.kind,
                    m.actor.as_deref().unwrap_or("any actor"),
                    m.earlier.as_deref().unwrap_or(""),
                    m.later.as_deref().unwrap_or("")
                )?;
            }
        }
        for (label, list) in [
            ("unexpected", &r.unexpected),
            ("absent but reported", &r.absent_reported),
        ] {
            for f in list {
                writeln!(
                    out,
                    "     {label} {} [{}]: {:?} -> {:?}",
                    f.kind,
                    f.actor,
                    short(&f.earlier.sentence),
                    short(f.later.as_ref().map_or("", |l| l.sentence.as_str()))
                )?;
            }
        }
    }
    if !opts.quiet {
        let passed = results.iter().filter(|r| r.ok).count();
        writeln!(out, "{passed} of {} stories pass.", results.len())?;
    }
    Ok(())
}

fn cmd_inspect(path: &str, opts: &Options, times: bool) -> std::io::Result<i32> {
    let (articles, trouble) = load_all(&[path.to_string()], opts);
    let inputs: Vec<Extracted> = articles
        .into_iter()
        .map(|a| Extracted {
            analysis: claimdiff::analyze(a, opts.date),
            claims: Vec::new(),
        })
        .collect();
    let mut out = std::io::stdout().lock();
    if times {
        if !opts.quiet {
            for x in inputs.iter().filter(|x| x.analysis.reference.is_none()) {
                eprintln!("claimdiff: warning: {}: no publication time (header, JSON field or --date); relative values are null", x.analysis.article.origin);
            }
        }
        report::write_times(&mut out, opts.format, &inputs, opts.style)?;
    } else {
        report::write_sentences(&mut out, opts.format, &inputs)?;
    }
    Ok(if trouble { 2 } else { 0 })
}

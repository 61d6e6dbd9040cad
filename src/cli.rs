//! The command line: flags as typed (clap), validated into options, then one function per
//! command. A bad input is reported as one line and remembered; the run goes on and the
//! exit status becomes 2.

use claimdiff::article::{
    load_git_history, load_path, parse_reference_date, Article, LoadError, RefTime,
};
use claimdiff::baseline;
use claimdiff::check::{check_story, find_stories, Settings, StoryResult};
use claimdiff::compare::Severity;
use claimdiff::compare::{compare, Finding};
use claimdiff::config::{self, Config};
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
    #[arg(long, global = true, value_name = "F")]
    min_confidence: Option<f64>,
    /// Color in tables: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto)]
    color: ColorArg,
    /// Print no warnings and no summary line.
    #[arg(short, long, global = true)]
    quiet: bool,
    /// With compare: list the claims too.
    #[arg(long, global = true)]
    claims: bool,
    /// The config file (default: claimdiff.toml here or in a directory above).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<String>,
    /// The least severity that makes the exit status 1.
    #[arg(long, global = true, value_enum, value_name = "SEVERITY")]
    fail_on: Option<SeverityArg>,
    /// Exit 0 even when there are findings (2 still means trouble).
    #[arg(long, global = true)]
    exit_zero: bool,
    /// Report only findings that are not in this baseline file; list its stale entries.
    #[arg(long, global = true, value_name = "FILE")]
    baseline: Option<String>,
    /// Record today's findings in this baseline file.
    #[arg(long, global = true, value_name = "FILE")]
    write_baseline: Option<String>,
}

#[derive(Clone, Copy, ValueEnum)]
enum SeverityArg {
    Low,
    Medium,
    High,
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
        #[arg(value_name = "PATH", required_unless_present = "git")]
        paths: Vec<String>,
        /// Every committed revision of this file, by calling git (author date as its time).
        #[arg(long, value_name = "PATH")]
        git: Option<String>,
    },
    /// Corpus mode: articles as JSONL (one per line; a file, or - for standard input),
    /// grouped into stories and compared story by story. Writes each finding as a JSON
    /// line with its story key, as soon as its story is complete.
    Corpus(CorpusArgs),
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
    /// (dev) A generated corpus as JSONL, for benchmarks.
    #[cfg(feature = "dev")]
    #[command(hide = true)]
    Synth {
        #[arg(long, default_value_t = 1000)]
        articles: usize,
        #[arg(long, default_value_t = 50)]
        stories: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The day the first story starts (YYYY-MM-DD).
        #[arg(long, default_value = "2024-03-04")]
        start: String,
    },
    /// (dev) Times a bare pass, extraction and comparison over a JSONL corpus.
    #[cfg(feature = "dev")]
    #[command(hide = true)]
    Bench {
        path: String,
        #[arg(short = 'j', long, default_value_t = 1)]
        threads: usize,
        /// Time the extraction this many times and report the fastest (a busy machine
        /// only ever slows a run down).
        #[arg(long, default_value_t = 1)]
        rounds: usize,
        /// Time the extraction only, not the comparison.
        #[arg(long)]
        extract_only: bool,
    },
    /// Shell completions for claimdiff.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Args)]
struct CorpusArgs {
    #[arg(default_value = "-", value_name = "PATH")]
    path: String,
    /// Only the stories whose key falls in shard i of n (0 <= i < n).
    #[arg(long, value_name = "i/n")]
    shard: Option<String>,
    /// Days an article may follow the last one of its story and still belong to it.
    #[arg(long, value_name = "DAYS", default_value_t = 3)]
    window: u32,
    /// The most articles in one story.
    #[arg(long, value_name = "N", default_value_t = 100)]
    max_story: usize,
    /// Worker threads (default: one per core). Output does not depend on it.
    #[arg(short = 'j', long, value_name = "N")]
    threads: Option<usize>,
    /// Print each article's routing key, a tab and its line, instead of comparing: input
    /// for an engine that partitions by key and sorts within partitions (see README).
    #[arg(long)]
    keys: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Table,
    Json,
    Jsonl,
    Markdown,
    Sarif,
    Github,
    Junit,
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
    config: Config,
    fail_on: Severity,
    exit_zero: bool,
    baseline: Option<String>,
    write_baseline: Option<String>,
}

/// The formats each command writes.
fn formats_for(command: &Command) -> &'static [Format] {
    use Format::*;
    match command {
        Command::Compare { .. } | Command::Versions { .. } => {
            &[Table, Json, Jsonl, Markdown, Sarif, Github]
        }
        Command::Check { .. } => &[Table, Json, Jsonl, Junit],
        // Corpus mode always writes JSON lines.
        Command::Corpus(_) => &[Table, Jsonl],
        _ => &[Table, Json, Jsonl],
    }
}

/// What a run reports back: the exit status.
pub fn run() -> i32 {
    let cli = Cli::parse();
    if let Command::Completions { shell } = &cli.command {
        let mut cmd = <Cli as clap::CommandFactory>::command();
        // Generated into memory first: the generator panics on a closed pipe.
        let mut script = Vec::new();
        clap_complete::generate(*shell, &mut cmd, "claimdiff", &mut script);
        return match std::io::stdout().lock().write_all(&script) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                eprintln!("claimdiff: {e}");
                2
            }
            _ => 0,
        };
    }
    let opts = match validate(&cli.common) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("claimdiff: {msg}");
            return 2;
        }
    };
    if !formats_for(&cli.command).contains(&opts.format) {
        eprintln!(
            "claimdiff: --format {} does not apply to this command",
            opts.format.name()
        );
        return 2;
    }
    let result = match &cli.command {
        Command::Extract { paths } => cmd_extract(paths, &opts),
        Command::Compare { paths } => cmd_compare(paths, &opts),
        Command::Versions { paths, git } => cmd_versions(paths, git.as_deref(), &opts),
        Command::Completions { .. } => Ok(0),
        Command::Check { dir } => cmd_check(dir, &opts),
        Command::Corpus(args) => cmd_corpus(args, &opts),
        #[cfg(feature = "dev")]
        Command::Synth {
            articles,
            stories,
            seed,
            start,
        } => crate::dev::synth(*articles, *stories, *seed, start),
        #[cfg(feature = "dev")]
        Command::Bench {
            path,
            threads,
            rounds,
            extract_only,
        } => crate::dev::bench(path, *threads, *rounds, *extract_only),
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
    let config_path = match &c.config {
        Some(p) => Some(std::path::PathBuf::from(p)),
        None => std::env::current_dir()
            .ok()
            .and_then(|d| config::discover(&d)),
    };
    let config = match &config_path {
        Some(p) => config::load(p).map_err(|e| e.to_string())?,
        None => Config::default(),
    };
    claimdiff::lexicon::add_words(config.lexicon.clone());
    let config_place = config_path
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let min_confidence = match (c.min_confidence, config.thresholds.min_confidence) {
        (Some(m), _) if !(0.0..=1.0).contains(&m) => {
            return Err(format!(
                "--min-confidence {m}: expected a number from 0 to 1"
            ))
        }
        (Some(m), _) => m,
        (None, Some(m)) if !(0.0..=1.0).contains(&m) => {
            return Err(format!(
                "{config_place}: thresholds.min_confidence {m}: expected a number from 0 to 1"
            ))
        }
        (None, m) => m.unwrap_or(0.0),
    };
    let fail_on = match (c.fail_on, config.thresholds.fail_on.as_deref()) {
        (Some(SeverityArg::Low), _) | (None, None | Some("low")) => Severity::Low,
        (Some(SeverityArg::Medium), _) | (None, Some("medium")) => Severity::Medium,
        (Some(SeverityArg::High), _) | (None, Some("high")) => Severity::High,
        (None, Some(other)) => {
            return Err(format!(
                "{config_place}: thresholds.fail_on {other:?}: expected low, medium or high"
            ))
        }
    };
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
            FormatArg::Markdown => Format::Markdown,
            FormatArg::Sarif => Format::Sarif,
            FormatArg::Github => Format::Github,
            FormatArg::Junit => Format::Junit,
        },
        date,
        min_confidence,
        style: Style { width, color },
        quiet: c.quiet,
        claims: c.claims,
        config,
        fail_on,
        exit_zero: c.exit_zero,
        baseline: c.baseline.clone(),
        write_baseline: c.write_baseline.clone(),
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
        articles.extend(
            loaded
                .articles
                .into_iter()
                .filter(|a| !opts.config.ignores_path(a.path())),
        );
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
    let mut inputs: Vec<Extracted> = articles
        .into_iter()
        .enumerate()
        .map(|(i, a)| extract(a, opts.date, i))
        .collect();
    opts.config.apply_aliases(&mut inputs);
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
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if !inputs.is_empty() {
        report::write_claims(&mut out, opts.format, &inputs, opts.style)?;
    }
    out.flush()?;
    Ok(if trouble { 2 } else { 0 })
}

fn cmd_compare(paths: &[String], opts: &Options) -> std::io::Result<i32> {
    let (articles, trouble) = load_all(paths, opts);
    let inputs = extract_all(articles, opts);
    let findings = match settle(&inputs, compare(&inputs), opts) {
        Ok(f) => f,
        Err(code) => return Ok(code),
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
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
    out.flush()?;
    Ok(status(trouble, &findings, opts))
}

/// One line of corpus output: a finding and the story it belongs to.
#[derive(serde::Serialize)]
struct CorpusFinding<'a> {
    story: &'a str,
    #[serde(flatten)]
    finding: report::output::FindingOut,
}

fn cmd_corpus(args: &CorpusArgs, opts: &Options) -> std::io::Result<i32> {
    use claimdiff::corpus::{self, Grouper, Grouping, Shard};
    use rayon::prelude::*;
    use std::io::BufRead;
    let shard = match args.shard.as_deref().map(str::parse::<Shard>).transpose() {
        Ok(s) => s,
        Err(msg) => {
            eprintln!("claimdiff: {msg}");
            return Ok(2);
        }
    };
    if args.max_story == 0 {
        eprintln!("claimdiff: --max-story must be at least 1");
        return Ok(2);
    }
    // Baselines and claim lists are for runs over articles held together, not a stream.
    for (given, flag) in [
        (opts.baseline.is_some(), "--baseline"),
        (opts.write_baseline.is_some(), "--write-baseline"),
        (opts.claims, "--claims"),
    ] {
        if given {
            eprintln!("claimdiff: {flag} does not apply to corpus");
            return Ok(2);
        }
    }
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()
    {
        Ok(p) => p,
        Err(e) => {
            eprintln!("claimdiff: cannot start worker threads: {e}");
            return Ok(2);
        }
    };
    let (place, stem, mut reader): (String, String, Box<dyn BufRead>) = if args.path == "-" {
        (
            "<stdin>".into(),
            "stdin".into(),
            Box::new(std::io::stdin().lock()),
        )
    } else {
        match std::fs::File::open(&args.path) {
            Ok(f) => (
                args.path.clone(),
                Path::new(&args.path)
                    .file_stem()
                    .map_or("corpus".into(), |s| s.to_string_lossy().into_owned()),
                Box::new(std::io::BufReader::with_capacity(1 << 20, f)),
            ),
            Err(e) => {
                eprintln!("claimdiff: {}: {e}", args.path);
                return Ok(2);
            }
        }
    };
    let progress = if std::io::stderr().is_terminal() && !opts.quiet {
        let bar = indicatif::ProgressBar::new_spinner();
        if let Ok(style) = indicatif::ProgressStyle::with_template("{spinner} {elapsed} {msg}") {
            bar.set_style(style);
        }
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut grouper = Grouper::new(Grouping {
        window_days: i64::from(args.window),
        max_story: args.max_story,
    });
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let (mut line_no, mut read, mut stories, mut found) = (0usize, 0usize, 0usize, 0usize);
    let (mut trouble, mut failing, mut eof) = (false, false, false);
    while !eof {
        let mut lines: Vec<(usize, Vec<u8>)> = Vec::with_capacity(corpus::BATCH);
        while lines.len() < corpus::BATCH {
            let mut buf = Vec::new();
            if reader.read_until(b'\n', &mut buf)? == 0 {
                eof = true;
                break;
            }
            line_no += 1;
            if !buf.iter().all(u8::is_ascii_whitespace) {
                lines.push((line_no, buf));
            }
        }
        let parsed: Vec<_> = pool.install(|| {
            lines
                .into_par_iter()
                .map(|(n, bytes)| {
                    let line = args.keys.then(|| bytes.clone());
                    let article = claimdiff::article::parse_jsonl_line(bytes, &place, &stem, n)?;
                    let mut x = extract(article, opts.date, 0);
                    opts.config.apply_aliases(std::slice::from_mut(&mut x));
                    Ok((corpus::route(&x), x, line))
                })
                .collect()
        });
        for item in parsed {
            let (route, x, line) = match item {
                Ok(v) => v,
                Err(e) => {
                    progress.suspend(|| report_error(&e));
                    trouble = true;
                    continue;
                }
            };
            read += 1;
            grouper.observe(corpus::date_of(&x));
            if shard.is_some_and(|s| !s.holds(&route)) {
                continue;
            }
            if let Some(line) = line {
                let date = corpus::date_of(&x).map_or("-".to_string(), |d| d.to_string());
                write!(out, "{:016x}|{date}\t", corpus::route_hash(&route))?;
                out.write_all(line.trim_ascii_end())?;
                writeln!(out)?;
                continue;
            }
            grouper.push(route, x);
        }
        let done = grouper.complete(eof);
        let results: Vec<Vec<Finding>> = pool.install(|| {
            done.par_iter()
                .map(|story| {
                    compare(&story.articles)
                        .into_iter()
                        .filter(|f| {
                            f.confidence >= opts.min_confidence && !opts.config.ignores_kind(f.kind)
                        })
                        .collect()
                })
                .collect()
        });
        for (story, findings) in done.iter().zip(&results) {
            for f in findings {
                failing |= f.severity >= opts.fail_on;
                serde_json::to_writer(
                    &mut out,
                    &CorpusFinding {
                        story: &story.key,
                        finding: report::output::finding_out(&story.articles, f),
                    },
                )
                .map_err(std::io::Error::other)?;
                writeln!(out)?;
            }
            found += findings.len();
        }
        stories += done.len();
        out.flush()?;
        progress.set_message(format!(
            "{read} articles read, {stories} stories compared, {found} findings"
        ));
        progress.tick();
    }
    progress.finish_and_clear();
    if !opts.quiet && !args.keys {
        eprintln!("claimdiff: {read} articles, {stories} stories, {found} findings");
    }
    Ok(if trouble {
        2
    } else if failing && !opts.exit_zero {
        1
    } else {
        0
    })
}

/// The exit status: 2 for trouble; 1 for findings at or above `--fail-on` (unless
/// `--exit-zero`); else 0.
fn status(trouble: bool, findings: &[Finding], opts: &Options) -> i32 {
    if trouble {
        2
    } else if !opts.exit_zero
        && opts.write_baseline.is_none()
        && findings.iter().any(|f| f.severity >= opts.fail_on)
    {
        1
    } else {
        0
    }
}

/// The findings to report: above the confidence threshold, of kinds not ignored, not in the
/// baseline. Writes the baseline when asked. `Err` is an exit status (a bad baseline).
fn settle(
    inputs: &[Extracted],
    findings: Vec<Finding>,
    opts: &Options,
) -> Result<Vec<Finding>, i32> {
    let findings: Vec<Finding> = findings
        .into_iter()
        .filter(|f| f.confidence >= opts.min_confidence && !opts.config.ignores_kind(f.kind))
        .collect();
    if let Some(path) = &opts.write_baseline {
        let entries = findings
            .iter()
            .map(|f| baseline::entry(inputs, f))
            .collect();
        if let Err(e) = baseline::write(Path::new(path), entries) {
            eprintln!("claimdiff: {path}: cannot write the baseline: {e}");
            return Err(2);
        }
    }
    match &opts.baseline {
        None => Ok(findings),
        Some(path) => {
            let entries = baseline::read(Path::new(path)).map_err(|e| {
                report_error(&e);
                2
            })?;
            let (new, stale) = baseline::apply(inputs, findings, &entries);
            if !opts.quiet {
                for s in &stale {
                    eprintln!(
                        "claimdiff: stale baseline entry (no longer found): {} [{}] {}",
                        s.kind, s.actor, s.fingerprint
                    );
                }
            }
            Ok(new)
        }
    }
}

fn cmd_versions(paths: &[String], git: Option<&str>, opts: &Options) -> std::io::Result<i32> {
    let (mut articles, mut trouble) = load_all(paths, opts);
    if let Some(file) = git {
        let loaded = load_git_history(file);
        for e in &loaded.errors {
            report_error(e);
            trouble = true;
        }
        articles.extend(loaded.articles);
    }
    let inputs = extract_all(articles, opts);
    let (findings, steps) = claimdiff::compare::compare_versions(&inputs);
    let findings = match settle(&inputs, findings, opts) {
        Ok(f) => f,
        Err(code) => return Ok(code),
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
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
    out.flush()?;
    Ok(status(trouble, &findings, opts))
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
    let baseline = match &opts.baseline {
        Some(p) => match baseline::read(Path::new(p)) {
            Ok(entries) => entries,
            Err(e) => {
                report_error(&e);
                return Ok(2);
            }
        },
        None => Vec::new(),
    };
    let settings = Settings {
        fallback: opts.date,
        min_confidence: opts.min_confidence,
        config: &opts.config,
        baseline: &baseline,
    };
    let mut trouble = false;
    let mut results: Vec<StoryResult> = Vec::new();
    let mut failing = Vec::new();
    for s in &stories {
        match check_story(s, &settings) {
            Ok(checked) => {
                for e in &checked.errors {
                    report_error(e);
                    trouble = true;
                }
                results.push(checked.result);
                failing.extend(checked.failing);
            }
            Err(e) => {
                report_error(&e);
                results.push(StoryResult::broken(s, &e));
                trouble = true;
            }
        }
    }
    if let Some(path) = &opts.write_baseline {
        if let Err(e) = baseline::write(Path::new(path), failing) {
            eprintln!("claimdiff: {path}: cannot write the baseline: {e}");
            return Ok(2);
        }
        if !opts.quiet {
            eprintln!("claimdiff: wrote {path}");
        }
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
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
        Format::Junit => report::ci::junit(&mut out, &results)?,
        _ => print_check(&mut out, &results, opts)?,
    }
    out.flush()?;
    let failed = results.iter().any(|r| !r.ok);
    Ok(if trouble {
        2
    } else if !opts.exit_zero
        && (if opts.write_baseline.is_some() {
            // A baseline records findings; an expected finding that is missing it cannot.
            results
                .iter()
                .any(|r| !r.missing.is_empty() || r.error.is_some())
        } else {
            failed
        })
    {
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
        if let Some(e) = &r.error {
            writeln!(out, "ERR  {}: {e}", r.story)?;
            continue;
        }
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
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
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
    out.flush()?;
    Ok(if trouble { 2 } else { 0 })
}

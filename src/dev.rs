//! Developer commands behind the `dev` feature: `synth` writes a generated corpus, `bench`
//! times the stages on one (benches/run.sh calls both).

use claimdiff::article::parse_jsonl_line;
use claimdiff::compare::compare;
use claimdiff::corpus::{self, Grouper, Grouping};
use claimdiff::{extract, synth, Extracted};
use rayon::prelude::*;
use std::io::Write;
use std::time::Instant;

/// `claimdiff synth`: a generated corpus as JSONL on standard output.
pub fn synth(articles: usize, stories: usize, seed: u64, start: &str) -> std::io::Result<i32> {
    let Ok(start) = chrono::NaiveDate::parse_from_str(start, "%Y-%m-%d") else {
        eprintln!("claimdiff: --start {start:?}: expected YYYY-MM-DD");
        return Ok(2);
    };
    let spec = synth::Spec {
        articles,
        stories: stories.max(1),
        seed,
        start,
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    synth::write_corpus(&mut out, &spec)?;
    out.flush()?;
    Ok(0)
}

/// `claimdiff bench`: times a bare pass, extraction and story comparison over a JSONL
/// corpus held in memory, with `threads` workers; prints one JSON object. The bare pass
/// and the extraction are timed `rounds` times and the fastest of each reported; with
/// `extract_only` the comparison is skipped.
pub fn bench(
    path: &str,
    threads: usize,
    rounds: usize,
    extract_only: bool,
) -> std::io::Result<i32> {
    let data = std::fs::read(path)?;
    let lines: Vec<&[u8]> = data
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .collect();
    let mb = data.len() as f64 / 1e6;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(std::io::Error::other)?;

    // Word lists and matchers are built once per process, before the clock starts; a few
    // articles warm the caches.
    for (n, l) in lines.iter().take(20).enumerate() {
        if let Ok(a) = parse_jsonl_line(l.to_vec(), path, "warm", n + 1) {
            extract(a, None, 0);
        }
    }

    // The floor: read (already in memory), check UTF-8, split into words, on one thread.
    let (mut bare, mut words) = (f64::INFINITY, 0usize);
    for _ in 0..rounds.max(1) {
        let t = Instant::now();
        words = 0;
        for l in &lines {
            let s = std::str::from_utf8(l).map_err(std::io::Error::other)?;
            words += claimdiff::text::words(s, 0..s.len()).len();
        }
        bare = bare.min(t.elapsed().as_secs_f64());
    }

    // Extraction alone: every article parsed and extracted, the results dropped.
    let extract_one = |(n, l): (usize, &&[u8])| -> Option<Extracted> {
        let a = parse_jsonl_line(l.to_vec(), path, "bench", n + 1).ok()?;
        Some(extract(a, None, 0))
    };
    let (mut extract_s, mut claims) = (f64::INFINITY, 0usize);
    for _ in 0..rounds.max(1) {
        let t = Instant::now();
        claims = pool.install(|| {
            lines
                .par_iter()
                .enumerate()
                .filter_map(extract_one)
                .map(|x| x.claims.len())
                .sum()
        });
        extract_s = extract_s.min(t.elapsed().as_secs_f64());
    }

    // Comparison as corpus mode runs it: batches extracted, stories grouped as they
    // complete and compared in parallel; only the grouping and comparing are timed.
    let mut compare_s = 0.0;
    let mut grouper = Grouper::new(Grouping::default());
    let (mut stories, mut findings) = (0usize, 0usize);
    let compared = if extract_only {
        &lines[..0]
    } else {
        &lines[..]
    };
    for (b, batch) in compared.chunks(corpus::BATCH).enumerate() {
        let extracted: Vec<Extracted> = pool.install(|| {
            batch
                .par_iter()
                .enumerate()
                .map(|(k, l)| (b * corpus::BATCH + k, l))
                .filter_map(extract_one)
                .collect()
        });
        let t = Instant::now();
        for x in extracted {
            let route = corpus::route(&x);
            grouper.push(route, x);
        }
        let done = grouper.complete((b + 1) * corpus::BATCH >= compared.len());
        stories += done.len();
        findings += pool.install(|| {
            done.par_iter()
                .map(|s| compare(&s.articles).len())
                .sum::<usize>()
        });
        compare_s += t.elapsed().as_secs_f64();
    }

    let report = serde_json::json!({
        "articles": lines.len(),
        "megabytes": round(mb),
        "threads": threads,
        "words": words,
        "bare_seconds": round(bare),
        "bare_mb_per_s": round(mb / bare),
        "extract_seconds": round(extract_s),
        "extract_mb_per_s": round(mb / extract_s),
        "extract_mb_per_s_per_thread": round(mb / extract_s / threads as f64),
        "bare_over_extract": round(extract_s * threads as f64 / bare),
        "claims": claims,
        // (null when the comparison was skipped)
        "compare_seconds": (!extract_only).then(|| round(compare_s)),
        "stories": (!extract_only).then_some(stories),
        "findings": (!extract_only).then_some(findings),
    });
    println!("{report}");
    Ok(0)
}

fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

//! Divan benchmarks of the pipeline stages on a generated corpus (feature `dev`):
//! `cargo bench --features dev`. Throughput is reported in bytes of JSONL input.

use claimdiff::article::parse_jsonl_line;
use claimdiff::compare::compare;
use claimdiff::corpus::{route, Grouper, Grouping};
use claimdiff::synth::{corpus_lines, Spec};
use claimdiff::{extract, Extracted};
use divan::counter::BytesCount;
use divan::Bencher;
use rayon::prelude::*;

fn main() {
    divan::main();
}

fn corpus(articles: usize) -> Vec<String> {
    corpus_lines(&Spec {
        articles,
        stories: (articles / 20).max(1),
        seed: 7,
        start: chrono::NaiveDate::from_ymd_opt(2024, 3, 4).unwrap(),
    })
    .collect()
}

fn extract_line(n: usize, line: &str) -> Option<Extracted> {
    let article = parse_jsonl_line(line.as_bytes().to_vec(), "bench", "bench", n + 1).ok()?;
    Some(extract(article, None, 0))
}

fn bytes(lines: &[String]) -> BytesCount {
    BytesCount::new(lines.iter().map(String::len).sum::<usize>())
}

/// The floor: UTF-8 check and words, no analysis.
#[divan::bench]
fn bare_pass(bencher: Bencher) {
    let lines = corpus(200);
    bencher.counter(bytes(&lines)).bench(|| {
        lines
            .iter()
            .map(|l| {
                let s = std::str::from_utf8(l.as_bytes()).unwrap();
                claimdiff::text::words(s, 0..s.len()).len()
            })
            .sum::<usize>()
    });
}

/// Parsing and extraction of 200 articles on 1 and 2 threads.
#[divan::bench(args = [1, 2])]
fn extraction(bencher: Bencher, threads: usize) {
    let lines = corpus(200);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    bencher.counter(bytes(&lines)).bench(|| {
        pool.install(|| {
            lines
                .par_iter()
                .enumerate()
                .filter_map(|(n, l)| extract_line(n, l))
                .count()
        })
    });
}

/// Grouping and comparing already extracted articles: 1k and 10k articles.
#[divan::bench(args = [1000, 10000], sample_count = 5)]
fn comparison(bencher: Bencher, articles: usize) {
    let lines = corpus(articles);
    bencher
        .with_inputs(|| {
            lines
                .par_iter()
                .enumerate()
                .filter_map(|(n, l)| extract_line(n, l))
                .collect::<Vec<_>>()
        })
        .bench_values(|extracted: Vec<Extracted>| {
            let mut grouper = Grouper::new(Grouping::default());
            for x in extracted {
                let r = route(&x);
                grouper.push(r, x);
            }
            grouper
                .finish()
                .iter()
                .map(|s| compare(&s.articles).len())
                .sum::<usize>()
        });
}

//! A deterministic generator of realistic wire-copy corpora for benchmarks (feature `dev`).

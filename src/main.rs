//! claimdiff's command line: parse, run, exit with the status the run gives.
mod cli;
#[cfg(feature = "dev")]
mod dev;

/// Extraction allocates many small strings and vectors; mimalloc serves them faster than
/// the system allocator (about a fifth of the time of a run went to malloc and free).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(cli::run());
}

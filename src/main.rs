//! claimdiff's command line: parse, run, exit with the status the run gives.
mod cli;

fn main() {
    std::process::exit(cli::run());
}

//! The `vilde` binary: parse the command line, run the command, exit with its code.

use clap::Parser;
use vilde::cli::{Cli, Command};
use vilde::cmd;

fn main() {
    // Room for deeply nested input in every worker (the limits in `markdown` keep
    // real nesting far below this).
    let _ = rayon::ThreadPoolBuilder::new()
        .stack_size(16 * 1024 * 1024)
        .build_global();
    let cli = Cli::parse();
    let code = match &cli.command {
        Command::Build(a) => cmd::build::run(a),
        Command::Check(a) => cmd::check::run(a),
        Command::New(a) => cmd::new::run(a),
        Command::Status(a) => cmd::status::run(a),
        Command::Approve(a) => cmd::approve::run(a),
        Command::Serve(a) => cmd::serve::run(a),
    };
    std::process::exit(code);
}

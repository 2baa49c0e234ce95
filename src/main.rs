//! The `vilde` binary: choose the language, parse the command line, run the
//! command, exit with its code.

use clap::FromArgMatches;
use vilde::cli::{Cli, Command};
use vilde::cmd;

fn main() {
    // Room for deeply nested input in every worker (the limits in `markdown` keep
    // real nesting far below this).
    let _ = rayon::ThreadPoolBuilder::new()
        .stack_size(16 * 1024 * 1024)
        .build_global();
    // The language is chosen before the command line is read, so that its help
    // and its errors are in that language too.
    let args: Vec<String> = std::env::args().collect();
    let flag = args
        .iter()
        .position(|a| a == "--lang")
        .and_then(|i| args.get(i + 1).cloned())
        .or_else(|| {
            args.iter()
                .find_map(|a| a.strip_prefix("--lang=").map(String::from))
        });
    if !vilde::i18n::choose(flag.as_deref()) {
        eprintln!(
            "{}",
            vilde::t!("cli-bad-lang", value = flag.unwrap_or_default())
        );
        std::process::exit(2);
    }
    let matches = match vilde::cli::command().try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => cmd::exit_on_cli_error(e),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => cmd::exit_on_cli_error(e),
    };
    // A site that is not Danish gets English messages (unless a language was chosen).
    let root = match &cli.command {
        Command::Build(a) => &a.site.root,
        Command::Check(a) => &a.site.root,
        Command::New(a) => &a.site.root,
        Command::Status(a) => &a.site.root,
        Command::Approve(a) => &a.site.root,
        Command::Serve(a) => &a.site.root,
    };
    if let Ok((config, _)) = vilde::pipeline::load_config(&vilde::pipeline::Options::new(root)) {
        vilde::i18n::follow_site(&config.default_language);
    }
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

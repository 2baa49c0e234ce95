//! The command line (clap): `build`, `check`, `new`, `serve`, each turned into an options
//! struct for the pipeline. No printing here.

use std::path::PathBuf;

use clap::{ArgAction, Args, CommandFactory, Parser, Subcommand};

/// vilde builds the website about Aarhus Kommune's seven wicked problems
/// (vilde problemer) from a Zola-style site folder.
#[derive(Debug, Parser)]
#[command(
    name = "vilde",
    version,
    about,
    long_about = None,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// The language of messages and help: da (Danish) or en (English).
    #[arg(long, global = true, value_name = "da|en")]
    pub lang: Option<String>,
    /// Print help.
    #[arg(short = 'h', long = "help", action = ArgAction::Help, global = true)]
    help: Option<bool>,
    /// Print the version.
    #[arg(short = 'V', long = "version", action = ArgAction::Version)]
    version: Option<bool>,
}

/// The command line with help texts and headings in the current language (see
/// [`crate::i18n`]): `help-<command>` is a command's description,
/// `help-<command>-<argument>` (or `help-arg-<argument>`) an argument's.
pub fn command() -> clap::Command {
    localize(Cli::command(), None)
}

fn localize(mut cmd: clap::Command, parent: Option<&str>) -> clap::Command {
    let name = cmd.get_name().to_string();
    let key = match parent {
        None => "help-vilde".to_string(),
        Some(_) => format!("help-{name}"),
    };
    if crate::i18n::has(&key) {
        cmd = cmd.about(crate::i18n::text(&key, &[]));
    }
    let args: Vec<(String, bool, Vec<String>, bool)> = cmd
        .get_arguments()
        .map(|a| {
            let defaults = a
                .get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .collect();
            let takes = a.get_action().takes_values();
            (a.get_id().to_string(), a.is_positional(), defaults, takes)
        })
        .collect();
    for (order, (id, positional, defaults, takes)) in args.into_iter().enumerate() {
        let own = format!("{key}-{id}");
        let shared = format!("help-arg-{id}");
        let text = [own, shared].into_iter().find(|k| crate::i18n::has(k));
        let heading = if positional {
            crate::t!("help-arguments")
        } else {
            crate::t!("help-options")
        };
        let value = format!("value-{id}");
        let value = crate::i18n::has(&value).then(|| crate::i18n::text(&value, &[]));
        cmd = cmd.mut_arg(&id, move |a| {
            let mut a = a.help_heading(heading).display_order(order);
            if takes {
                a = a.hide_possible_values(true);
            }
            if let Some(v) = value {
                a = a.value_name(v);
            }
            let mut help = match &text {
                Some(k) => crate::i18n::text(k, &[]),
                None => a.get_help().map(|h| h.to_string()).unwrap_or_default(),
            };
            if !defaults.is_empty() {
                help = format!(
                    "{help} [{}]",
                    crate::t!("help-default", value = defaults.join(", "))
                );
                a = a.hide_default_value(true);
            }
            a.help(help)
        });
    }
    let template = format!(
        "{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        crate::t!("help-usage")
    );
    let prefix = match parent {
        Some(p) => format!("{p} "),
        None => String::new(),
    };
    let usage = cmd
        .render_usage()
        .to_string()
        .replace(
            "[OPTIONS]",
            &format!("[{}]", crate::t!("help-options-word")),
        )
        .replace("<COMMAND>", &format!("<{}>", crate::t!("help-command")));
    let usage = usage
        .split_once(": ")
        .map_or(usage.as_str(), |(_, u)| u)
        .to_string();
    cmd = cmd
        .override_usage(format!("{prefix}{usage}"))
        .help_template(template)
        .subcommand_help_heading(crate::t!("help-commands"))
        .subcommand_value_name(crate::t!("help-command"));
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for sub in subs {
        let parent = name.clone();
        cmd = cmd.mut_subcommand(&sub, move |s| localize(s, Some(&parent)));
    }
    cmd
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder (public build unless --drafts).
    Build(BuildArgs),
    /// Validate everything and write nothing; exits 1 when there are errors.
    Check(CheckArgs),
    /// Create a new problem bundle content/<slug>/ from the fixed structure.
    New(NewArgs),
    /// Show each problem's pieces: approval status, LIX, slide problems, video length, deadlines.
    Status(StatusArgs),
    /// Record that a piece was approved (godkendt), with the file's content hash.
    Approve(ApproveArgs),
    /// Preview the site (drafts included) at a local address; reloads on every save.
    Serve(ServeArgs),
}

/// Options every command that reads a site has.
#[derive(Debug, Args, Clone)]
pub struct SiteArgs {
    /// The site folder (holding config.toml).
    #[arg(long, short = 'r', default_value = ".")]
    pub root: PathBuf,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Where to write the site (replaced as a whole on success) [default: public/
    /// in the site folder, or `output_dir` in config.toml]
    #[arg(long, short = 'o')]
    pub output_dir: Option<PathBuf>,
    /// Override base_url from config.toml.
    #[arg(long, short = 'u')]
    pub base_url: Option<String>,
    /// Preview build: include drafts, with an UDKAST banner and noindex.
    #[arg(long)]
    pub drafts: bool,
    /// Replace the output folder even when it holds files vilde did not write
    /// (they are deleted). Never the site folder, a folder holding it, or home.
    #[arg(long, short = 'f')]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Check as a preview build (drafts included; their problems are warnings).
    #[arg(long)]
    pub drafts: bool,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Folder name of the new problem, e.g. unges-mentale-sundhed.
    pub slug: String,
    /// The problem's title (default: made from the slug).
    #[arg(long)]
    pub title: Option<String>,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// The address to listen on. Anything but 127.0.0.1 (this machine only) lets
    /// others on the network see the site, drafts included.
    #[arg(long, short = 'i', default_value = "127.0.0.1")]
    pub interface: std::net::IpAddr,
    /// The port; when it is in use, the next free one is taken. 0 = any free port.
    #[arg(long, short = 'p', default_value_t = 1111)]
    pub port: u16,
    /// Open the site in the web browser.
    #[arg(long, short = 'O')]
    pub open: bool,
    /// Log every rebuild with its time from the file change to the reload message.
    #[arg(long, short = 'v')]
    pub verbose: bool,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Exit with code 1 when a piece whose deadline has passed is not approved.
    #[arg(long)]
    pub strict: bool,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: StatusFormat,
    /// Count deadlines as of this date (YYYY-MM-DD) instead of today.
    #[arg(long)]
    pub today: Option<String>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum StatusFormat {
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct ApproveArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// The problem's folder name, e.g. blandede-bydele-og-integration.
    pub slug: String,
    /// Which piece: tekst, slides or drejebog.
    pub piece: String,
    /// The decision: godkendt (the default), afvist or til-godkendelse.
    pub decision: Option<String>,
    /// Who decided, e.g. "Rådmandskredsen, MSB".
    #[arg(long)]
    pub by: String,
    /// The date of the decision (YYYY-MM-DD); default today.
    #[arg(long)]
    pub date: Option<String>,
    /// Remarks to keep with the decision, e.g. the minutes' text.
    #[arg(long = "bemaerkning", alias = "bemærkning")]
    pub remarks: Option<String>,
    /// Record an approval although vilde finds errors in the piece.
    #[arg(long = "trods-fejl")]
    pub despite_errors: bool,
}

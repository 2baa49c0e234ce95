//! The command line (clap): `build`, `check`, `new`, `serve`, each turned into an options
//! struct for the pipeline. No printing here.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// vilde builds the website about Aarhus Kommune's seven wicked problems
/// (vilde problemer) from a Zola-style site folder.
#[derive(Debug, Parser)]
#[command(name = "vilde", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
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

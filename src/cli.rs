//! The command line (clap): `build`, `check`, `new`, each turned into an options
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
    /// Where to write the site (replaced as a whole on success).
    #[arg(long, short = 'o', default_value = "public")]
    pub output_dir: PathBuf,
    /// Override base_url from config.toml.
    #[arg(long, short = 'u')]
    pub base_url: Option<String>,
    /// Preview build: include drafts, with an UDKAST banner and noindex.
    #[arg(long)]
    pub drafts: bool,
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

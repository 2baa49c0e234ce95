//! `config.toml` → [`Config`]: Zola's keys, plus one `[vilde]` table for the domain
//! settings (accessibility statement, slide template, video, plain language,
//! deadlines). Unknown keys inside `[vilde]` are errors; unknown top-level keys are
//! warnings (a Zola config with keys we do not use still builds).
//!
//! `Config::parse(path, &str)` is pure; `Config::from_file` reads and parses.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::diag::Diagnostic;

/// Zola top-level keys we accept without using them (so Zola configs load).
const ZOLA_KEYS_IGNORED: &[&str] = &[
    "compile_sass",
    "generate_feeds",
    "generate_feed",
    "feed_filenames",
    "feed_filename",
    "feed_limit",
    "build_search_index",
    "taxonomies",
    "languages",
    "ignored_content",
    "ignored_static",
    "hard_link_static",
    "link_checker",
    "slugify",
    "search",
    "author",
    "generate_sitemap",
    "generate_robots_txt",
    "mode",
    "preserve_dotfiles_in_output",
    "exclude_paginated_pages_in_sitemap",
];

/// The whole site configuration.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct Config {
    pub base_url: String,
    pub title: Option<String>,
    pub description: Option<String>,
    pub default_language: String,
    pub theme: Option<String>,
    pub minify_html: bool,
    /// Where `vilde build` writes, relative to the site folder (Zola's key).
    pub output_dir: String,
    pub markdown: MarkdownConfig,
    pub extra: toml::Table,
    /// Zola's `[translations]` for the default language, read by `trans()`.
    pub translations: toml::Table,
    pub vilde: VildeConfig,
    /// Keys we do not know; reported as warnings, never serialized.
    #[serde(flatten, skip_serializing)]
    pub unknown: BTreeMap<String, toml::Value>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            base_url: "/".into(),
            title: None,
            description: None,
            default_language: "da".into(),
            theme: None,
            minify_html: false,
            output_dir: "public".into(),
            markdown: MarkdownConfig::default(),
            extra: toml::Table::new(),
            translations: toml::Table::new(),
            vilde: VildeConfig::default(),
            unknown: BTreeMap::new(),
        }
    }
}

/// Zola's `[markdown]` table (the keys we implement).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct MarkdownConfig {
    pub highlight_code: bool,
    pub highlight_theme: String,
    pub smart_punctuation: bool,
    pub external_links_target_blank: bool,
    pub external_links_no_follow: bool,
    pub external_links_no_referrer: bool,
    pub bottom_footnotes: bool,
    pub render_emoji: bool,
    /// Zola keys we accept but do not act on.
    #[serde(flatten, skip_serializing)]
    pub unknown: BTreeMap<String, toml::Value>,
}

impl Default for MarkdownConfig {
    fn default() -> Self {
        MarkdownConfig {
            highlight_code: false,
            highlight_theme: "css".into(),
            smart_punctuation: false,
            external_links_target_blank: false,
            external_links_no_follow: false,
            external_links_no_referrer: false,
            bottom_footnotes: false,
            render_emoji: false,
            unknown: BTreeMap::new(),
        }
    }
}

/// The `[vilde]` table: everything that is not Zola's.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct VildeConfig {
    /// URL of the site's tilgængelighedserklæring (accessibility statement, made in
    /// the state's WAS tool). Danish law requires a link to it on every page.
    pub accessibility_statement: Option<String>,
    /// Path of the fixed slide template, relative to the site root.
    pub slide_template: String,
    /// Allow raw HTML in Markdown as-is (only for a trusted site).
    pub allow_raw_html: bool,
    /// Publish files that can carry script (.html, .svg, .xml, .js) from problem
    /// bundles (only for a trusted site).
    pub allow_script_files: bool,
    /// Hosts an `<iframe>` may point at (video players).
    pub allowed_video_hosts: Vec<String>,
    pub video: VideoConfig,
    pub lix: LixConfig,
    /// `[vilde.klarsprog]`: plain-language pointers in previews.
    pub klarsprog: crate::klarsprog::KlarsprogConfig,
    pub images: ImageConfig,
    /// Ordered deadlines, earliest first.
    pub deadlines: Vec<Deadline>,
}

impl Default for VildeConfig {
    fn default() -> Self {
        VildeConfig {
            accessibility_statement: None,
            slide_template: "slide-template.toml".into(),
            allow_raw_html: false,
            allow_script_files: false,
            allowed_video_hosts: vec![
                "www.youtube-nocookie.com".into(),
                "www.youtube.com".into(),
                "player.vimeo.com".into(),
                "video.aarhus.dk".into(),
            ],
            video: VideoConfig::default(),
            lix: LixConfig::default(),
            klarsprog: crate::klarsprog::KlarsprogConfig::default(),
            images: ImageConfig::default(),
            deadlines: Vec::new(),
        }
    }
}

/// `[vilde.video]`: spoken-duration estimate and the 2–3 minute bounds.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct VideoConfig {
    /// Speaking rate; voice-over guidance is 120–150 words a minute.
    pub words_per_minute: f64,
    /// Pause added at each scene change, in seconds.
    pub scene_pause_seconds: f64,
    pub min_seconds: f64,
    pub max_seconds: f64,
    /// When videos not yet made are expected (shown on the page).
    pub expected: Option<Date>,
}

impl Default for VideoConfig {
    fn default() -> Self {
        VideoConfig {
            words_per_minute: 130.0,
            scene_pause_seconds: 1.5,
            min_seconds: 120.0,
            max_seconds: 180.0,
            expected: None,
        }
    }
}

/// `[vilde.lix]`: plain-language target.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LixConfig {
    /// LIX bands: under 25 very easy (children's books), 25–34 easy, 35–44 medium
    /// (newspapers), 45–54 hard (official texts), 55 and over very hard (academic).
    /// 40 keeps citizen-facing text in the medium band.
    pub target: f64,
}

impl Default for LixConfig {
    fn default() -> Self {
        LixConfig { target: 40.0 }
    }
}

/// `[vilde.images]`: responsive image widths and the size limit.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ImageConfig {
    pub srcset_widths: Vec<u32>,
    /// Largest image accepted, in pixels (width × height).
    pub max_pixels: u64,
}

impl Default for ImageConfig {
    fn default() -> Self {
        ImageConfig {
            srcset_widths: vec![480, 800, 1200],
            max_pixels: 50_000_000,
        }
    }
}

/// `[[vilde.deadlines]]`: a date by which some pieces must be approved.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    pub name: String,
    pub date: Date,
    /// Which pieces are due: any of "tekst", "slides", "drejebog".
    #[serde(default)]
    pub pieces: Vec<String>,
}

/// `base_url` must be an `http(s)://` address with a host, a `file://` folder
/// (a preview opened from disk) or `/` (a site without a known address), with nothing that could break out of an attribute
/// or a URL: no quotes, spaces, `<`, `>`, backslashes or control characters.
pub fn check_base_url(url: &str) -> Result<(), String> {
    if let Some(c) = url
        .chars()
        .find(|c| c.is_whitespace() || c.is_control() || "\"'<>\\`".contains(*c))
    {
        return Err(crate::t!("url-holds", what = c.escape_debug().to_string()));
    }
    if url == "/" {
        return Ok(());
    }
    let parsed = url::Url::parse(url).map_err(|_| crate::t!("url-not-web"))?;
    // file:// lets a preview be opened from a folder on disk.
    if parsed.scheme() == "file" {
        return Ok(());
    }
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(crate::t!("url-scheme", scheme = parsed.scheme()));
    }
    if parsed.host_str().is_none_or(str::is_empty) {
        return Err(crate::t!("url-no-host"));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(crate::t!("url-query"));
    }
    Ok(())
}

/// `theme` is one folder name in `themes/`: no path, no `..`.
pub fn check_theme_name(theme: &str) -> Result<(), String> {
    if theme.is_empty()
        || theme == "."
        || theme == ".."
        || theme.contains(['/', '\\', '\0'])
        || theme.starts_with('~')
    {
        return Err(crate::t!("theme-not-a-name"));
    }
    Ok(())
}

impl Config {
    /// Parse config text. Errors carry line and column; warnings (unknown keys) are
    /// returned beside the config.
    pub fn parse(path: &Path, src: &str) -> Result<(Config, Vec<Diagnostic>), Diagnostic> {
        let mut config: Config = toml::from_str(src).map_err(|e| toml_error(path, src, &e))?;
        let mut warnings = Vec::new();
        for key in config.unknown.keys() {
            if !ZOLA_KEYS_IGNORED.contains(&key.as_str()) {
                warnings.push(
                    Diagnostic::warning(path, crate::t!("config-unknown", key = key.as_str()))
                        .at_offset(src, key_offset(src, key))
                        .hint(crate::t!("config-unknown-hint")),
                );
            }
        }
        config.unknown.clear();
        config.markdown.unknown.clear();
        if let Err(why) = check_base_url(&config.base_url) {
            return Err(Diagnostic::error(path, crate::t!("base-url-bad", why = why))
                .at_offset(src, key_offset(src, "base_url"))
                .expected(crate::t!("base-url-bad-expected"))
                .found(format!("`{}`", config.base_url.escape_debug()))
                .hint(crate::t!("base-url-bad-hint")));
        }
        if !config.base_url.ends_with('/') {
            config.base_url.push('/');
        }
        if let Some(theme) = &config.theme {
            if let Err(why) = check_theme_name(theme) {
                return Err(Diagnostic::error(path, crate::t!("theme-bad", why = why))
                    .at_offset(src, key_offset(src, "theme"))
                    .expected(crate::t!("theme-bad-expected"))
                    .found(format!("`{}`", theme.escape_debug()))
                    .hint(crate::t!("theme-bad-hint")));
            }
        }
        if let Some(d) = config.check_deadlines(path, src) {
            return Err(d);
        }
        Ok((config, warnings))
    }

    /// The theme's folder, which must be a real folder inside the site's `themes/`
    /// (not a link out of the site).
    pub fn theme_dir(&self, root: &Path) -> Result<Option<PathBuf>, Diagnostic> {
        let Some(theme) = &self.theme else {
            return Ok(None);
        };
        let themes = root.join("themes");
        let dir = themes.join(theme);
        let meta = std::fs::symlink_metadata(&dir);
        if meta.as_ref().is_ok_and(|m| m.file_type().is_symlink())
            || (dir.is_dir() && !crate::output::real_path(&dir).starts_with(crate::output::real_path(&themes)))
        {
            return Err(Diagnostic::error(Path::new("themes").join(theme), crate::t!("theme-link"))
                .hint(crate::t!("theme-link-hint")));
        }
        if !dir.is_dir() {
            return Err(Diagnostic::error("config.toml", crate::t!("theme-missing", theme = theme.as_str()))
                .expected(crate::t!("theme-missing-expected", theme = theme.as_str()))
                .hint(crate::t!("theme-missing-hint")));
        }
        Ok(Some(dir))
    }

    /// Read and parse `config.toml`.
    pub fn from_file(
        path: &Path,
        shown_as: &Path,
    ) -> Result<(Config, Vec<Diagnostic>), Diagnostic> {
        let src = crate::diag::read_text(path, shown_as)?;
        Config::parse(shown_as, &src)
    }

    fn check_deadlines(&self, path: &Path, src: &str) -> Option<Diagnostic> {
        let ds = &self.vilde.deadlines;
        for w in ds.windows(2) {
            if w[1].date < w[0].date {
                return Some(
                    Diagnostic::error(path, crate::t!("deadlines-order"))
                        .at_offset(src, src.find(&w[1].name).unwrap_or(0))
                        .expected(crate::t!("deadlines-order-expected", date = w[0].date.to_string(), name = w[0].name.as_str()))
                        .found(format!("{} ({})", w[1].date, w[1].name))
                        .hint(crate::t!("deadlines-order-hint")),
                );
            }
        }
        for d in ds {
            for p in &d.pieces {
                if !["tekst", "slides", "drejebog", "video"].contains(&p.as_str()) {
                    return Some(
                        Diagnostic::error(
                            path,
                            crate::t!("deadlines-piece", piece = p.as_str(), name = d.name.as_str()),
                        )
                        .at_offset(src, src.find(p.as_str()).unwrap_or(0))
                        .expected(crate::t!("deadlines-piece-expected"))
                        .hint(crate::t!("deadlines-piece-hint")),
                    );
                }
            }
        }
        None
    }

    /// Base URL joined with a site path (`path` without a leading slash).
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base_url, path.trim_start_matches('/'))
    }

    /// The path part of the base URL, e.g. `/vildeproblemer/` (always ends in `/`).
    pub fn base_path(&self) -> String {
        let rest = match self.base_url.split_once("://") {
            Some((_, rest)) => rest.find('/').map_or("/", |i| &rest[i..]),
            None => self.base_url.as_str(),
        };
        let mut p = if rest.starts_with('/') {
            rest.to_string()
        } else {
            format!("/{rest}")
        };
        if !p.ends_with('/') {
            p.push('/');
        }
        p
    }

    /// Where the config says the slide template is.
    pub fn slide_template_path(&self, root: &Path) -> PathBuf {
        root.join(&self.vilde.slide_template)
    }
}

/// Byte offset of `key =` at the start of a line, for pointing at a key.
fn key_offset(src: &str, key: &str) -> usize {
    let mut off = 0;
    for line in src.split_inclusive('\n') {
        let t = line.trim_start();
        if t.starts_with(key) && t[key.len()..].trim_start().starts_with('=') {
            return off + (line.len() - t.len());
        }
        off += line.len();
    }
    0
}

/// A TOML error as a diagnostic with line and column.
pub fn toml_error(path: &Path, src: &str, e: &toml::de::Error) -> Diagnostic {
    let offset = e.span().map_or(0, |s| s.start);
    Diagnostic::error(
        path,
        crate::t!("toml-unreadable", why = crate::diag::toml_message(e)),
    )
    .at_offset(src, offset)
    .hint(crate::diag::toml_hint(e.message()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(src: &str) -> Result<(Config, Vec<Diagnostic>), Diagnostic> {
        Config::parse(Path::new("config.toml"), src)
    }

    #[test]
    fn zola_keys_and_vilde_table() {
        let (c, w) = parse(
            "base_url = \"https://aarhus.dk/vildeproblemer\"\ntitle = \"T\"\ncompile_sass = false\n\
             [markdown]\nhighlight_code = true\n[extra]\nx = 1\n[vilde.lix]\ntarget = 35\n",
        )
        .unwrap();
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(c.base_url, "https://aarhus.dk/vildeproblemer/");
        assert_eq!(c.base_path(), "/vildeproblemer/");
        assert!(c.markdown.highlight_code);
        assert_eq!(c.vilde.lix.target, 35.0);
        assert_eq!(c.url("/a/"), "https://aarhus.dk/vildeproblemer/a/");
    }

    #[test]
    fn unknown_vilde_key_is_an_error_naming_it() {
        let e = parse("title = \"x\"\n[vilde]\nslide_templat = \"x\"\n").unwrap_err();
        assert!(e.message.contains("slide_templat"), "{e}");
        assert_eq!(e.line, 3);
    }

    #[test]
    fn unknown_top_level_key_is_a_warning() {
        let (_, w) = parse("titel = \"x\"\n").unwrap();
        assert_eq!(w.len(), 1);
        assert_eq!((w[0].line, w[0].col), (1, 1));
    }

    #[test]
    fn deadlines_out_of_order() {
        let e = parse(
            "[[vilde.deadlines]]\nname = \"b\"\ndate = 2023-03-01\n[[vilde.deadlines]]\nname = \"a\"\ndate = 2023-02-23\n",
        )
        .unwrap_err();
        assert!(e.message.contains("out of order"), "{e}");
    }

    #[test]
    fn base_path_variants() {
        let mut c = Config::default();
        assert_eq!(c.base_path(), "/");
        c.base_url = "https://x.dk/".into();
        assert_eq!(c.base_path(), "/");
        c.base_url = "http://127.0.0.1:1111/".into();
        assert_eq!(c.base_path(), "/");
    }
}

//! `config.toml` → [`Config`]: Zola's keys, plus one `[extra.vilde]` table for the
//! domain settings (accessibility statement, slide template, video, plain language,
//! deadlines). Zola keeps `[extra]` free-form, so one `config.toml` builds with both
//! tools. A top-level `[vilde]` table (older vilde sites) is still read, with a
//! notice how to move it. Unknown keys inside the vilde table are errors; unknown
//! top-level keys are warnings (a Zola config with keys we do not use still builds).
//!
//! `Config::parse(path, &str)` is pure; `Config::from_file` reads and parses.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::diag::Diagnostic;

/// Zola top-level keys we accept without using them (so Zola configs load).
const ZOLA_KEYS_IGNORED: &[&str] = &["hard_link_static", "preserve_dotfiles_in_output"];

/// Zola's `exclude_paginated_pages_in_sitemap`: `"all"` leaves pagers
/// (`page/2/`, …) out of the sitemap.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExcludePaginated {
    #[default]
    None,
    All,
}

/// The whole site configuration.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct Config {
    /// With a slash at the end (see `base_url_written` for the text as written).
    pub base_url: String,
    /// `base_url` exactly as `config.toml` has it (what templates see, as in Zola).
    #[serde(skip)]
    pub base_url_written: String,
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
    /// `[languages.<code>]`: the other languages (and, merged in, the default).
    pub languages: BTreeMap<String, LanguageOptions>,
    #[serde(alias = "generate_feed")]
    pub generate_feeds: bool,
    pub feed_limit: Option<usize>,
    #[serde(deserialize_with = "one_or_many", alias = "feed_filename")]
    pub feed_filenames: Vec<String>,
    pub taxonomies: Vec<TaxonomyConfig>,
    /// A folder all taxonomy addresses go under (`blog` → `/blog/tags/`).
    pub taxonomy_root: Option<String>,
    pub author: Option<String>,
    /// Compile `sass/` into CSS in the output.
    pub compile_sass: bool,
    pub build_search_index: bool,
    pub search: SearchConfig,
    pub slugify: SlugifyConfig,
    pub link_checker: LinkChecker,
    pub generate_sitemap: bool,
    pub exclude_paginated_pages_in_sitemap: ExcludePaginated,
    /// Keep the output folder's dotfiles (`.git`) through builds.
    pub preserve_dotfiles_in_output: bool,
    pub generate_robots_txt: bool,
    /// Globs of files in `content/` and `static/` to leave out (Zola's keys).
    pub ignored_content: Vec<String>,
    pub ignored_static: Vec<String>,
    /// `build`, `serve` or `check`, set by the command (Zola's `config.mode`).
    #[serde(skip_deserializing)]
    pub mode: String,
    /// The vilde settings, from `[extra.vilde]` (or the older `[vilde]`).
    #[serde(skip_deserializing)]
    pub vilde: VildeConfig,
    /// Where the vilde settings were written; `None` for a plain Zola site.
    #[serde(skip)]
    pub vilde_table: Option<VildeTable>,
    /// Keys we do not know; reported as warnings, never serialized.
    #[serde(flatten, skip_serializing)]
    pub unknown: BTreeMap<String, toml::Value>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            base_url: "/".into(),
            base_url_written: "/".into(),
            title: None,
            description: None,
            default_language: "en".into(),
            theme: None,
            minify_html: false,
            output_dir: "public".into(),
            markdown: MarkdownConfig::default(),
            extra: toml::Table::new(),
            translations: toml::Table::new(),
            languages: BTreeMap::new(),
            generate_feeds: false,
            feed_limit: None,
            feed_filenames: vec!["atom.xml".into()],
            taxonomies: Vec::new(),
            taxonomy_root: None,
            author: None,
            compile_sass: false,
            build_search_index: false,
            search: SearchConfig::default(),
            slugify: SlugifyConfig::default(),
            link_checker: LinkChecker::default(),
            generate_sitemap: true,
            exclude_paginated_pages_in_sitemap: ExcludePaginated::None,
            preserve_dotfiles_in_output: false,
            generate_robots_txt: true,
            ignored_content: Vec::new(),
            ignored_static: Vec::new(),
            mode: "build".into(),
            vilde: VildeConfig::default(),
            vilde_table: None,
            unknown: BTreeMap::new(),
        }
    }
}

/// `[languages.<code>]` (Zola's `LanguageOptions`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LanguageOptions {
    pub title: Option<String>,
    pub description: Option<String>,
    #[serde(alias = "generate_feed")]
    pub generate_feeds: bool,
    #[serde(deserialize_with = "one_or_many", alias = "feed_filename")]
    pub feed_filenames: Vec<String>,
    pub taxonomies: Vec<TaxonomyConfig>,
    pub build_search_index: bool,
    pub search: SearchConfig,
    pub translations: toml::Table,
}

impl Default for LanguageOptions {
    fn default() -> Self {
        LanguageOptions {
            title: None,
            description: None,
            generate_feeds: false,
            feed_filenames: vec!["atom.xml".into()],
            taxonomies: Vec::new(),
            build_search_index: false,
            search: SearchConfig::default(),
            translations: toml::Table::new(),
        }
    }
}

/// One entry of `taxonomies = [...]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TaxonomyConfig {
    pub name: String,
    /// The name as it appears in addresses (set from `name` by `slugify.taxonomies`).
    #[serde(skip_deserializing)]
    pub slug: String,
    pub paginate_by: Option<usize>,
    pub paginate_path: Option<String>,
    pub render: bool,
    pub feed: bool,
}

impl Default for TaxonomyConfig {
    fn default() -> Self {
        TaxonomyConfig {
            name: String::new(),
            slug: String::new(),
            paginate_by: None,
            paginate_path: None,
            render: true,
            feed: false,
        }
    }
}

impl TaxonomyConfig {
    pub fn paginate_path(&self) -> &str {
        self.paginate_path.as_deref().unwrap_or("page")
    }
}

/// `[search]`: what the search index holds and in which format.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SearchConfig {
    pub include_title: bool,
    pub include_content: bool,
    pub truncate_content_length: Option<usize>,
    pub include_description: bool,
    pub include_date: bool,
    pub include_path: bool,
    /// `elasticlunr_javascript` (default), `elasticlunr_json`, `fuse_javascript`, `fuse_json`.
    pub index_format: String,
}

impl Default for SearchConfig {
    fn default() -> Self {
        SearchConfig {
            include_title: true,
            include_content: true,
            truncate_content_length: None,
            include_description: false,
            include_date: false,
            include_path: false,
            index_format: "elasticlunr_javascript".into(),
        }
    }
}

/// `[link_checker]` as Zola 0.22 has it; vilde checks internal links (and their
/// anchors) at every build, and external links not at all.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LinkChecker {
    pub skip_prefixes: Vec<String>,
    pub skip_anchor_prefixes: Vec<String>,
    /// `error` (default) or `warn`: what a broken internal anchor is.
    pub internal_level: LinkLevel,
    pub external_level: LinkLevel,
    pub ignored_files: Vec<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LinkLevel {
    #[default]
    Error,
    Warn,
}

/// `[slugify]`: how names become addresses: `on` (default), `safe` or `off`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SlugifyConfig {
    pub paths: String,
    pub paths_keep_dates: bool,
    pub taxonomies: String,
    pub anchors: String,
}

impl Default for SlugifyConfig {
    fn default() -> Self {
        SlugifyConfig {
            paths: "on".into(),
            paths_keep_dates: false,
            taxonomies: "on".into(),
            anchors: "on".into(),
        }
    }
}

/// Zola's ignore globs, matched against a file's whole path.
pub fn glob_set(globs: &[String]) -> Result<globset::GlobSet, String> {
    let mut b = globset::GlobSetBuilder::new();
    for g in globs {
        b.add(globset::Glob::new(g).map_err(|e| format!("`{g}`: {e}"))?);
    }
    b.build().map_err(|e| e.to_string())
}

/// Keys of `from` that `into` lacks are added; tables on both sides are merged.
fn merge_tables(into: &mut toml::Table, from: &toml::Table) {
    for (k, v) in from {
        match (into.get_mut(k), v) {
            (None, _) => {
                into.insert(k.clone(), v.clone());
            }
            (Some(toml::Value::Table(a)), toml::Value::Table(b)) => merge_tables(a, b),
            _ => {}
        }
    }
}

/// The top-level options merged with `[languages.<default>]`: what one leaves
/// empty, the other fills.
fn merge_language(base: LanguageOptions, own: LanguageOptions) -> LanguageOptions {
    let default = LanguageOptions::default();
    LanguageOptions {
        title: base.title.or(own.title),
        description: base.description.or(own.description),
        generate_feeds: base.generate_feeds || own.generate_feeds,
        feed_filenames: if base.feed_filenames == default.feed_filenames {
            own.feed_filenames
        } else {
            base.feed_filenames
        },
        taxonomies: if base.taxonomies.is_empty() {
            own.taxonomies
        } else {
            base.taxonomies
        },
        build_search_index: base.build_search_index || own.build_search_index,
        search: if base.search == default.search {
            own.search
        } else {
            base.search
        },
        translations: if base.translations.is_empty() {
            own.translations
        } else {
            base.translations
        },
    }
}

/// `feed_filenames = "atom.xml"` (older Zola) or a list.
fn one_or_many<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    Ok(match OneOrMany::deserialize(d)? {
        OneOrMany::One(s) => vec![s],
        OneOrMany::Many(v) => v,
    })
}

/// Which table held the vilde settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VildeTable {
    /// `[extra.vilde]`, which Zola also accepts.
    Extra,
    /// The older top-level `[vilde]`, which Zola rejects.
    Legacy,
}

/// Which pages vilde's strict rules (raw HTML sanitized, image alt text and files
/// required) apply to; elsewhere they are warnings and raw HTML is kept, as in Zola.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Strict {
    /// Only the wicked problems' pages.
    #[default]
    Problems,
    /// Every page of the site.
    All,
}

/// The vilde tables, read on their own so their errors keep their place.
#[derive(Deserialize, Default)]
struct VildeTables {
    vilde: Option<VildeConfig>,
    extra: Option<ExtraVilde>,
}

#[derive(Deserialize, Default)]
struct ExtraVilde {
    vilde: Option<VildeConfig>,
}

/// Zola's `[markdown]` table.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct MarkdownConfig {
    /// Zola 0.22's `[markdown.highlighting]` (`theme`, `style = "class"`, …);
    /// its presence turns highlighting on.
    pub highlighting: Option<toml::Table>,
    /// Before Zola 0.22: `highlight_code` and `highlight_theme` (still read).
    pub highlight_code: bool,
    pub highlight_theme: String,
    pub smart_punctuation: bool,
    pub definition_list: bool,
    pub github_alerts: bool,
    pub external_links_class: Option<String>,
    pub external_links_target_blank: bool,
    pub external_links_no_follow: bool,
    pub external_links_no_referrer: bool,
    /// `rel="external"` on links out of the site (Zola 0.22's default: on).
    pub external_links_external: bool,
    pub bottom_footnotes: bool,
    pub render_emoji: bool,
    /// `loading="lazy" decoding="async"` on images.
    pub lazy_async_image: bool,
    /// `left`, `right`, `heading` or `none`: a link on each heading.
    pub insert_anchor_links: String,
    /// Zola keys we accept but do not act on.
    #[serde(flatten, skip_serializing)]
    pub unknown: BTreeMap<String, toml::Value>,
}

impl Default for MarkdownConfig {
    fn default() -> Self {
        MarkdownConfig {
            highlighting: None,
            highlight_code: false,
            highlight_theme: "css".into(),
            smart_punctuation: false,
            definition_list: false,
            github_alerts: false,
            external_links_class: None,
            external_links_target_blank: false,
            external_links_no_follow: false,
            external_links_no_referrer: false,
            external_links_external: true,
            bottom_footnotes: false,
            render_emoji: false,
            lazy_async_image: false,
            insert_anchor_links: "none".into(),
            unknown: BTreeMap::new(),
        }
    }
}

impl MarkdownConfig {
    /// Zola 0.22's `[markdown.highlighting]` in the older keys the highlighter
    /// reads: on, with classes for `style = "class"`, else a built-in theme (the
    /// TextMate theme names of Zola 0.22 are not all known here: an unknown one
    /// falls back to a built-in theme).
    fn complete_highlighting(&mut self) {
        let Some(h) = &self.highlighting else {
            return;
        };
        self.highlight_code = true;
        let class = h.get("style").and_then(|v| v.as_str()) == Some("class");
        let theme = h
            .get("theme")
            .or_else(|| h.get("light_theme"))
            .and_then(|v| v.as_str())
            .unwrap_or("");
        self.highlight_theme = if class {
            "css".into()
        } else if crate::markdown::highlight::known_theme(theme) {
            theme.into()
        } else {
            crate::markdown::highlight::FALLBACK_THEME.into()
        };
    }

    /// Whether links out of the site get Zola's attributes.
    pub fn has_external_link_tweaks(&self) -> bool {
        self.external_links_target_blank
            || self.external_links_no_follow
            || self.external_links_no_referrer
            || self.external_links_external
            || self.external_links_class.is_some()
    }

    /// Zola's opening tag of a link out of the site (`url` and `title` escaped).
    pub fn external_link_tag(&self, url: &str, title: &str) -> String {
        let mut rel = Vec::new();
        let mut target = "";
        if self.external_links_target_blank {
            rel.push("noopener");
            target = "target=\"_blank\" ";
        }
        if self.external_links_no_follow {
            rel.push("nofollow");
        }
        if self.external_links_no_referrer {
            rel.push("noreferrer");
        }
        if self.external_links_external {
            rel.push("external");
        }
        let class = self
            .external_links_class
            .as_ref()
            .map_or(String::new(), |c| format!("class=\"{c}\" "));
        let rel = if rel.is_empty() {
            String::new()
        } else {
            format!("rel=\"{}\" ", rel.join(" "))
        };
        let title = if title.is_empty() {
            String::new()
        } else {
            format!("title=\"{title}\" ")
        };
        format!("<a {class}{rel}{target}{title}href=\"{url}\">")
    }
}

/// The `[vilde]` table: everything that is not Zola's.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct VildeConfig {
    /// A Danish public-sector site: the accessibility statement is required even
    /// when the site has no wicked problems.
    pub public_sector: bool,
    /// Pages the strict rules apply to: "problems" (default) or "all".
    pub strict: Strict,
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
    /// Every phase's deadlines, earliest first (as written: the deadlines of a
    /// site without phases).
    pub deadlines: Vec<Deadline>,
    /// `[[extra.vilde.faser]]`: the phases, first phase first (one implicit
    /// phase when none is written).
    pub faser: Vec<Phase>,
}

impl Default for VildeConfig {
    fn default() -> Self {
        VildeConfig {
            public_sector: false,
            strict: Strict::Problems,
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
            faser: vec![Phase::implicit(Vec::new())],
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

pub use crate::phases::{Deadline, Phase};

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
        config.read_vilde_table(path, src, &mut warnings)?;
        for key in config.unknown.keys() {
            if key != "vilde" && !ZOLA_KEYS_IGNORED.contains(&key.as_str()) {
                warnings.push(
                    Diagnostic::warning(path, crate::t!("config-unknown", key = key.as_str()))
                        .at_offset(src, key_offset(src, key))
                        .hint(crate::t!("config-unknown-hint")),
                );
            }
        }
        config.unknown.clear();
        config.markdown.unknown.clear();
        config.markdown.complete_highlighting();
        if let Some(class) = &config.markdown.external_links_class {
            if class.contains(['"', '\'', '<', '>']) {
                return Err(Diagnostic::error(path, crate::t!("config-link-class"))
                    .at_offset(src, key_offset(src, "external_links_class"))
                    .hint(crate::t!("config-link-class-hint")));
            }
        }
        if let Err(why) = check_base_url(&config.base_url) {
            return Err(
                Diagnostic::error(path, crate::t!("base-url-bad", why = why))
                    .at_offset(src, key_offset(src, "base_url"))
                    .expected(crate::t!("base-url-bad-expected"))
                    .found(format!("`{}`", config.base_url.escape_debug()))
                    .hint(crate::t!("base-url-bad-hint")),
            );
        }
        config.base_url_written = config.base_url.clone();
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
        config.complete_phases(path, src)?;
        config.complete_languages(path, src)?;
        for (key, globs) in [
            ("ignored_content", &config.ignored_content),
            ("ignored_static", &config.ignored_static),
        ] {
            if let Err(e) = glob_set(globs) {
                return Err(
                    Diagnostic::error(path, crate::t!("config-glob", key = key, why = e))
                        .at_offset(src, key_offset(src, key))
                        .hint(crate::t!("config-glob-hint")),
                );
            }
        }
        Ok((config, warnings))
    }

    /// Read `[extra.vilde]` or the older `[vilde]` (never both).
    fn read_vilde_table(
        &mut self,
        path: &Path,
        src: &str,
        warnings: &mut Vec<Diagnostic>,
    ) -> Result<(), Diagnostic> {
        let tables: VildeTables = toml::from_str(src).map_err(|e| toml_error(path, src, &e))?;
        let extra = tables.extra.and_then(|e| e.vilde);
        let at = |name: &str| src.find(name).unwrap_or(0);
        match (tables.vilde, extra) {
            (Some(_), Some(_)) => {
                return Err(Diagnostic::error(path, crate::t!("config-vilde-twice"))
                    .at_offset(src, at("[vilde"))
                    .expected(crate::t!("config-vilde-twice-expected"))
                    .hint(crate::t!("config-vilde-move-hint")))
            }
            (Some(v), None) => {
                warnings.push(
                    Diagnostic::warning(path, crate::t!("config-vilde-legacy"))
                        .at_offset(src, at("[vilde"))
                        .hint(crate::t!("config-vilde-move-hint")),
                );
                self.vilde = v;
                self.vilde_table = Some(VildeTable::Legacy);
            }
            (None, Some(v)) => {
                self.vilde = v;
                self.vilde_table = Some(VildeTable::Extra);
            }
            (None, None) => {}
        }
        Ok(())
    }

    /// As Zola: the top-level title, description, feeds, taxonomies, search and
    /// translations are the default language's `[languages.<default>]`, and every
    /// taxonomy gets its address name.
    fn complete_languages(&mut self, path: &Path, src: &str) -> Result<(), Diagnostic> {
        for code in std::iter::once(&self.default_language).chain(self.languages.keys()) {
            if code.parse::<unic_langid::LanguageIdentifier>().is_err() || code.is_empty() {
                return Err(Diagnostic::error(
                    path,
                    crate::t!("config-lang-code", code = code.as_str()),
                )
                .at_offset(src, src.find(code.as_str()).unwrap_or(0))
                .expected(crate::t!("config-lang-code-expected"))
                .hint(crate::t!("config-lang-code-hint")));
            }
        }
        let base = LanguageOptions {
            title: self.title.clone(),
            description: self.description.clone(),
            generate_feeds: self.generate_feeds,
            feed_filenames: self.feed_filenames.clone(),
            taxonomies: self.taxonomies.clone(),
            build_search_index: self.build_search_index,
            search: self.search.clone(),
            translations: self.translations.clone(),
        };
        let merged = match self.languages.remove(&self.default_language) {
            Some(own) if base == LanguageOptions::default() => own,
            Some(own) => merge_language(base, own),
            None => base,
        };
        self.languages.insert(self.default_language.clone(), merged);
        let strategy = self.slugify.taxonomies.clone();
        for options in self.languages.values_mut() {
            for t in &mut options.taxonomies {
                t.slug = crate::markdown::slugify_with(&t.name, &strategy);
            }
        }
        Ok(())
    }

    /// The options of one language (the default language's when unknown).
    pub fn language(&self, lang: &str) -> &LanguageOptions {
        self.languages
            .get(lang)
            .or_else(|| self.languages.get(&self.default_language))
            .unwrap_or_else(|| {
                static DEFAULT: std::sync::OnceLock<LanguageOptions> = std::sync::OnceLock::new();
                DEFAULT.get_or_init(LanguageOptions::default)
            })
    }

    /// Zola: the theme's `theme.toml` `[extra]` fills in what the site's `[extra]`
    /// does not set (tables are merged key by key).
    pub fn merge_theme_extra(&mut self, path: &Path, src: &str) -> Result<(), Diagnostic> {
        let theme: toml::Table = toml::from_str(src).map_err(|e| toml_error(path, src, &e))?;
        if let Some(toml::Value::Table(extra)) = theme.get("extra") {
            merge_tables(&mut self.extra, extra);
        }
        Ok(())
    }

    /// A multilingual site: `[languages]` names another language.
    pub fn is_multilingual(&self) -> bool {
        self.languages.keys().any(|k| *k != self.default_language)
    }

    /// The accessibility statement is required: the site has wicked problems or
    /// says it is a Danish public-sector site.
    pub fn needs_accessibility_statement(&self, has_problems: bool) -> bool {
        has_problems || self.vilde.public_sector
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
            || (dir.is_dir()
                && !crate::output::real_path(&dir).starts_with(crate::output::real_path(&themes)))
        {
            return Err(Diagnostic::error(
                Path::new("themes").join(theme),
                crate::t!("theme-link"),
            )
            .hint(crate::t!("theme-link-hint")));
        }
        if !dir.is_dir() {
            return Err(Diagnostic::error(
                "config.toml",
                crate::t!("theme-missing", theme = theme.as_str()),
            )
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

    /// The phases checked and in order, every deadline in its phase's order and
    /// all of them in `deadlines`, earliest first.
    fn complete_phases(&mut self, path: &Path, src: &str) -> Result<(), Diagnostic> {
        let written = std::mem::take(&mut self.vilde.faser);
        // A default table (no [extra.vilde]) carries the implicit phase already.
        let written: Vec<Phase> = written
            .into_iter()
            .filter(|p| p.name.span() != (0..0))
            .collect();
        self.vilde.faser = crate::phases::complete(path, src, written, &self.vilde.deadlines)?;
        for ph in &self.vilde.faser {
            if let Some(d) = Self::check_deadlines(&ph.deadlines, path, src) {
                return Err(d);
            }
        }
        let mut all: Vec<Deadline> = self
            .vilde
            .faser
            .iter()
            .flat_map(|p| p.deadlines.clone())
            .collect();
        all.sort_by_key(|d| d.date);
        self.vilde.deadlines = all;
        Ok(())
    }

    /// The phase named `name`.
    pub fn phase(&self, name: &str) -> Option<&Phase> {
        self.vilde.faser.iter().find(|p| p.name() == name)
    }

    /// Deadlines in date order, each naming known pieces.
    fn check_deadlines(ds: &[Deadline], path: &Path, src: &str) -> Option<Diagnostic> {
        for w in ds.windows(2) {
            if w[1].date < w[0].date {
                return Some(
                    Diagnostic::error(path, crate::t!("deadlines-order"))
                        .at_offset(src, src.find(&w[1].name).unwrap_or(0))
                        .expected(crate::t!(
                            "deadlines-order-expected",
                            date = w[0].date.to_string(),
                            name = w[0].name.as_str()
                        ))
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
                            crate::t!(
                                "deadlines-piece",
                                piece = p.as_str(),
                                name = d.name.as_str()
                            ),
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

    /// Zola's `make_permalink`: the base URL and the path, with a slash at the
    /// end unless the path is a feed, a file with an anchor or empty.
    pub fn make_permalink(&self, path: &str) -> String {
        let trailing = if path.ends_with('/')
            || self
                .feed_filenames
                .iter()
                .any(|f| path.ends_with(f.as_str()))
            || path.is_empty()
            || path.contains('#')
        {
            ""
        } else {
            "/"
        };
        format!(
            "{}{}{trailing}",
            self.base_url,
            path.trim_start_matches('/')
        )
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
             [markdown]\nhighlight_code = true\n[extra]\nx = 1\n[extra.vilde.lix]\ntarget = 35\n",
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
        let e = parse("title = \"x\"\n[extra.vilde]\nslide_templat = \"x\"\n").unwrap_err();
        assert!(e.message.contains("slide_templat"), "{e}");
        assert_eq!(e.line, 3);
    }

    #[test]
    fn older_vilde_table_is_read_with_a_notice_and_never_beside_the_new_one() {
        let (c, w) = parse("[vilde]\nslide_template = \"s.toml\"\n").unwrap();
        assert_eq!(c.vilde.slide_template, "s.toml");
        assert_eq!(c.vilde_table, Some(VildeTable::Legacy));
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(
            w[0].hint.as_deref().unwrap().contains("[extra.vilde]"),
            "{:?}",
            w[0]
        );
        let e = parse("[vilde]\nstrict = \"all\"\n[extra.vilde]\nstrict = \"all\"\n").unwrap_err();
        assert!(e.message.contains("both"), "{e}");
        assert_eq!(e.line, 1);
    }

    #[test]
    fn a_plain_zola_site_needs_no_vilde_settings() {
        let (c, w) = parse("base_url = \"https://x.dk\"\n").unwrap();
        assert!(w.is_empty());
        assert_eq!(c.vilde_table, None);
        assert_eq!(c.default_language, "en");
        assert!(!c.needs_accessibility_statement(false));
        assert!(c.needs_accessibility_statement(true));
        let (c, _) = parse("[extra.vilde]\npublic_sector = true\n").unwrap();
        assert!(c.needs_accessibility_statement(false));
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

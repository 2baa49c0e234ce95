//! Rendering: load the Tera templates (built-in defaults, then the theme's
//! `themes/<name>/templates/`, then the site's `templates/`, each overriding the one
//! before), then render every page, section and special file to an [`OutputFile`].
//! Rendering never writes to disk; `output` does.

pub mod context;
pub mod extension;
pub mod feeds;
pub mod functions;
pub mod paginate;
pub mod search;
pub mod shortcodes;
pub mod taxonomy;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use serde_json::{json, Map, Value};
use tera::Tera;

use crate::config::Config;
use crate::content::{Library, Page, Section};
use crate::diag::{read_text, Diagnostic};

pub use context::Views;
use functions::Shared;

/// One file of the built site, relative to the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// `/`-separated, no leading slash: `a/index.html`.
    pub path: String,
    pub bytes: Vec<u8>,
}

/// The Zola version whose behaviour vilde follows (`zola_version` in templates).
pub const ZOLA_VERSION: &str = "0.22.1";

/// Template name → (file shown to the user, source), for error lines.
pub struct Templates {
    pub tera: Tera,
    pub sources: BTreeMap<String, (PathBuf, String)>,
}

const BUILTINS: &[(&str, &str)] = &[
    ("sitemap.xml", include_str!("builtin/sitemap.xml")),
    (
        "split_sitemap_index.xml",
        include_str!("builtin/split_sitemap_index.xml"),
    ),
    ("robots.txt", include_str!("builtin/robots.txt")),
    ("404.html", include_str!("builtin/404.html")),
    ("atom.xml", include_str!("builtin/atom.xml")),
    ("anchor-link.html", include_str!("builtin/anchor-link.html")),
    ("summary-cutoff.html", "&hellip;"),
    ("rss.xml", include_str!("builtin/rss.xml")),
    // Zola's aliases and `/<section>/page/1/`: a page that sends the reader on.
    ("internal/alias.html", include_str!("builtin/alias.html")),
    // Zola's stand-in for a missing index.html, section.html or page.html.
    (
        "internal/default.html",
        include_str!("builtin/default.html"),
    ),
    // Plain fallbacks for the domain pages, so a site without a theme can preview.
    ("slides.html", include_str!("builtin/slides.html")),
    ("drejebog.html", include_str!("builtin/drejebog.html")),
    ("status.html", include_str!("builtin/status.html")),
    ("versioner.html", include_str!("builtin/versioner.html")),
];

impl Templates {
    /// Whether any template may ask for any page's view (`get_page`,
    /// `get_section`, `get_taxonomy`): then every view is built up front and
    /// copied on demand.
    pub fn read_any_page(&self) -> bool {
        self.sources.values().any(|(_, src)| {
            src.contains("get_page") || src.contains("get_section") || src.contains("get_taxonomy")
        })
    }

    /// Whether the build needs every page's view at hand: a template may ask for
    /// any page, or taxonomy pages and feeds list pages of many sections.
    pub fn copy_views(&self, lib: &Library, config: &Config) -> bool {
        self.read_any_page()
            || !lib.taxonomies.is_empty()
            || lib
                .sections
                .values()
                .any(|s| s.front.generate_feeds == Some(true) || s.front.transparent == Some(true))
            || config.languages.values().any(|l| l.generate_feeds)
            || config.build_search_index
    }
}

/// Load templates: built-ins, then theme, then site (later ones override).
pub fn load_templates(root: &Path, config: &Config) -> Result<Templates, Vec<Diagnostic>> {
    let mut sources: BTreeMap<String, (PathBuf, String)> = BUILTINS
        .iter()
        .map(|(n, s)| {
            (
                n.to_string(),
                (PathBuf::from(format!("(built-in)/{n}")), s.to_string()),
            )
        })
        .collect();
    let mut errors = Vec::new();
    if let Some(dir) = config.theme_dir(root).map_err(|e| vec![e])? {
        let mut theme = BTreeMap::new();
        read_template_dir(root, &dir.join("templates"), &mut theme, &mut errors);
        // As Zola: a theme's templates also go by `<theme>/templates/<name>`, so a
        // site's template can extend the theme's one of the same name.
        let name = config.theme.clone().unwrap_or_default();
        for (k, v) in &theme {
            sources.insert(format!("{name}/templates/{k}"), v.clone());
        }
        sources.extend(theme);
    }
    read_template_dir(root, &root.join("templates"), &mut sources, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut tera = Tera::default();
    let list: Vec<(String, String)> = sources
        .iter()
        .map(|(n, (_, s))| (n.clone(), s.clone()))
        .collect();
    if let Err(e) = tera.add_raw_templates(list) {
        return Err(vec![tera_error(&e, &sources, None)]);
    }
    tera.autoescape_on(vec![".html", ".htm", ".xml"]);
    Ok(Templates { tera, sources })
}

fn read_template_dir(
    root: &Path,
    dir: &Path,
    out: &mut BTreeMap<String, (PathBuf, String)>,
    errors: &mut Vec<Diagnostic>,
) {
    if !dir.is_dir() {
        return;
    }
    for entry in walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
    {
        let name = entry.file_name().to_string_lossy();
        if entry.file_type().is_dir() || crate::content::is_ignored_name(&name) {
            continue;
        }
        let shown = entry.path().strip_prefix(root).unwrap_or(entry.path());
        if entry.file_type().is_symlink() {
            errors.push(
                Diagnostic::error(shown, crate::t!("templates-symlink"))
                    .hint(crate::t!("templates-symlink-hint")),
            );
            continue;
        }
        let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        let tname = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        let shown = entry
            .path()
            .strip_prefix(root)
            .unwrap_or(entry.path())
            .to_path_buf();
        match read_text(entry.path(), &shown) {
            Ok(src) => {
                out.insert(tname, (shown, src));
            }
            Err(e) => errors.push(e),
        }
    }
}

/// A Tera error as a diagnostic: parse errors carry Tera's line and column; for
/// render errors the line is found by searching the template for the name Tera
/// quotes.
fn tera_error(
    e: &tera::Error,
    sources: &BTreeMap<String, (PathBuf, String)>,
    rendering: Option<&str>,
) -> Diagnostic {
    let mut chain = vec![e.to_string()];
    let mut src: Option<&dyn std::error::Error> = std::error::Error::source(e);
    while let Some(s) = src {
        chain.push(s.to_string());
        src = s.source();
    }
    let full = chain.join("\n");
    // Which template: the one named in quotes in the first message, else the one being rendered.
    let name = quoted(&chain[0], '\'').or(rendering.map(String::from));
    let (shown, text) = match name.as_ref().and_then(|n| sources.get(n)) {
        Some((p, s)) => (p.clone(), Some(s.as_str())),
        None => (
            PathBuf::from(name.clone().unwrap_or_else(|| "templates".into())),
            None,
        ),
    };
    let last = chain.last().cloned().unwrap_or_default();
    // pest puts the real reason on a line starting with `= `.
    let detail = last
        .lines()
        .find_map(|l| l.trim().strip_prefix("= "))
        .map(String::from)
        .unwrap_or(last);
    let mut d = Diagnostic::error(
        &shown,
        crate::t!("template-error", why = tera_words(&first_line(&detail))),
    );
    if let Some((l, c)) = parse_position(&full) {
        d = d.at(l, c);
    } else if let (Some(t), Some(needle)) = (text, quoted(&detail, '`')) {
        let needle = needle.split('.').next_back().unwrap_or(&needle).to_string();
        if let Some(off) = t.find(&needle) {
            d = d.at_offset(t, off);
        }
    }
    d.found(
        full.lines()
            .filter(|l| !l.trim().is_empty())
            .take(8)
            .collect::<Vec<_>>()
            .join("\n            "),
    )
    .hint(crate::t!("template-error-hint"))
}

/// A Tera error in one line, its innermost reason in the user's words.
pub fn tera_words_of(e: &tera::Error) -> String {
    let mut last = e.to_string();
    let mut src: Option<&dyn std::error::Error> = std::error::Error::source(e);
    while let Some(s) = src {
        last = s.to_string();
        src = s.source();
    }
    tera_words(first_line(&last))
}

/// Tera's most common messages in the user's words; others as Tera says them.
fn tera_words(msg: &str) -> String {
    let tick = |s: &str| {
        quoted(s, '`')
            .or_else(|| quoted(s, '\''))
            .unwrap_or_default()
    };
    if msg.starts_with("Variable `") && msg.contains("not found in context") {
        return crate::t!("tera-variable", name = tick(msg));
    }
    if let Some(rest) = msg
        .strip_prefix("Filter '")
        .or_else(|| msg.strip_prefix("Filter `"))
    {
        if rest.contains("not found") {
            return crate::t!("tera-filter", name = tick(msg));
        }
    }
    if let Some(rest) = msg
        .strip_prefix("Function '")
        .or_else(|| msg.strip_prefix("Function `"))
    {
        if rest.contains("not found") {
            return crate::t!("tera-function", name = tick(msg));
        }
    }
    if msg.starts_with("Template '") && msg.contains("not found") {
        return crate::t!("tera-template", name = tick(msg));
    }
    msg.to_string()
}

fn quoted(s: &str, q: char) -> Option<String> {
    let start = s.find(q)? + q.len_utf8();
    let end = s[start..].find(q)? + start;
    Some(s[start..end].to_string())
}

fn first_line(s: &str) -> &str {
    s.lines().find(|l| !l.trim().is_empty()).unwrap_or(s).trim()
}

/// Tera/pest positions look like ` --> 3:10`.
fn parse_position(s: &str) -> Option<(usize, usize)> {
    let i = s.find("--> ")? + 4;
    let rest = &s[i..];
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ':'))
        .unwrap_or(rest.len());
    let (l, c) = rest[..end].split_once(':')?;
    Some((l.parse().ok()?, c.parse().ok()?))
}

/// What kind of build this is.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// A preview build (drafts, banners, LIX, internal pages).
    pub preview: bool,
}

/// One template render to do. Contexts are built when the job runs (in parallel),
/// so a build never holds every page's context at once.
pub struct Job<'a> {
    pub template: String,
    pub out_path: String,
    pub context: JobContext<'a>,
    /// The content file the page comes from (for "missing template" errors).
    pub source: PathBuf,
}

/// A job's context: ready, or built when the job runs (in parallel with the others).
pub enum JobContext<'a> {
    Ready(Value),
    Page(&'a Page),
    Section(&'a Section),
    /// One pager of a paginated section.
    Pager(&'a Section, paginate::Pager),
    Later(Box<dyn FnOnce() -> Value + Send + 'a>),
}

/// Where rendered files go: called from many threads, once per file.
pub type Emit<'e> = dyn Fn(OutputFile) -> Result<(), Diagnostic> + Sync + 'e;

/// Everything a build renders from.
pub struct Input<'a> {
    pub root: &'a Path,
    pub config: &'a Config,
    pub library: &'a Library,
    pub images: Arc<crate::images::Processor>,
    /// What a domain adds (the problems' context, pages and files).
    pub extension: &'a dyn extension::Extension,
    /// Files the build copies into the output (output path → source).
    pub published: &'a BTreeMap<String, PathBuf>,
    /// Files the build made before rendering (compiled Sass), by output path.
    pub generated: &'a std::collections::HashMap<String, Vec<u8>>,
}

/// The parts every context shares, built once per build.
struct Contexts<'a> {
    config: &'a Config,
    lib: &'a Library,
    views: &'a Views,
    /// `config` as the default language's templates see it.
    config_value: Value,
    /// `config` as each language's templates see it (Zola's `Config::serialize`).
    config_values: BTreeMap<String, Value>,
    vilde: Value,
    ext: &'a dyn extension::Extension,
    /// Names of the site's templates (a domain's default template is used only
    /// when the site has it).
    templates: std::collections::HashSet<String>,
    /// No template calls `get_page` or `get_section`: a page's view is lent to its
    /// section's render, then moved into the page's own (see [`Views`]).
    take_page_views: bool,
    /// Page key → its section's `page_template`.
    page_templates: std::collections::HashMap<&'a str, &'a str>,
}

/// A job's context: complete, or only the job's own keys, to be laid over the
/// shared `config`, `lang` and `vilde` (see [`Contexts::base`]).
pub enum Layer {
    Complete(Value),
    /// Own keys, over the shared keys of a language.
    Over(Map<String, Value>, String),
}

impl Contexts<'_> {
    fn build(&self, c: JobContext) -> Layer {
        match c {
            JobContext::Ready(v) => Layer::Complete(v),
            JobContext::Later(f) => Layer::Complete(f()),
            JobContext::Page(p) => Layer::Over(
                self.page_entries(p, self.take_page_views),
                p.file.lang.clone(),
            ),
            JobContext::Section(s) => {
                let key = &s.file.relative_path;
                let section = if self.take_page_views {
                    self.views.lend_section(self.lib, key)
                } else {
                    self.views.section(key)
                };
                let section = section.unwrap_or(Value::Null);
                Layer::Over(
                    section_entries(section, &s.permalink, &s.path),
                    s.file.lang.clone(),
                )
            }
            JobContext::Pager(s, pager) => Layer::Over(self.pager(s, &pager), s.file.lang.clone()),
        }
    }

    /// A pager's own keys: `section` without its pages, which are in `paginator`.
    fn pager(&self, s: &Section, pager: &paginate::Pager) -> Map<String, Value> {
        let keys = paginate::ordered_keys(s);
        let pages = keys[pager.start..pager.end]
            .iter()
            .filter_map(|k| {
                if self.take_page_views {
                    self.views.take_page(self.lib, self.lib.pages.get(*k)?)
                } else {
                    self.views.page(k)
                }
            })
            .collect();
        let mut section = self
            .views
            .sections_meta
            .get(&s.file.relative_path)
            .cloned()
            .unwrap_or(Value::Null);
        if let Value::Object(m) = &mut section {
            m.insert("pages".into(), Value::Array(Vec::new()));
        }
        let path = paginate::path(s, pager.index);
        let mut m = section_entries(section, &self.config.url(&path), &path);
        m.insert(
            "paginator".into(),
            paginate::paginator(s, pager, &self.config.base_url, pages),
        );
        m
    }

    /// A layered context's own keys after its render: a lent section goes back.
    fn done(&self, mut own: Map<String, Value>) {
        if self.take_page_views {
            for key in ["section", "paginator"] {
                if let Some(lent) = own.remove(key) {
                    self.views.give_back(lent);
                }
            }
        }
    }

    /// The keys every page and section context shares: built once per worker, not
    /// copied into every page's context.
    fn base(&self) -> Bases {
        self.config_values
            .iter()
            .map(|(lang, config)| {
                let mut c = tera::Context::new();
                c.insert("config", config);
                c.insert("lang", lang);
                c.insert("vilde", &self.vilde);
                (lang.clone(), c)
            })
            .collect()
    }

    /// A page's own keys; its view is moved out of `views` when `take` is set.
    fn page_entries(&self, p: &Page, take: bool) -> Map<String, Value> {
        let page = if take {
            self.views.take_page(self.lib, p)
        } else {
            Some(self.views.page_of(self.lib, p))
        };
        let mut m = Map::new();
        m.insert("page".into(), page.unwrap_or(Value::Null));
        m.insert("current_url".into(), Value::String(p.permalink.clone()));
        m.insert("current_path".into(), Value::String(p.path.clone()));
        m.insert("zola_version".into(), Value::String(ZOLA_VERSION.into()));
        let problem = self.ext.page_key(p, self.config);
        m.insert("problem".into(), problem.unwrap_or(Value::Null));
        m
    }

    /// A page's whole context (for the problem's extra pages).
    fn page(&self, p: &Page) -> Value {
        let mut m = self.page_entries(p, false);
        let config = self
            .config_values
            .get(&p.file.lang)
            .unwrap_or(&self.config_value);
        m.insert("config".into(), config.clone());
        m.insert("lang".into(), Value::String(p.file.lang.clone()));
        m.insert("vilde".into(), self.vilde.clone());
        Value::Object(m)
    }

    /// Ready-made context with the shared keys and `extra` ones.
    fn ready(&self, path: &str, extra: Value) -> Value {
        let mut v = json!({ "config": self.config_value, "lang": self.config.default_language, "vilde": self.vilde, "current_url": self.config.url(path), "current_path": format!("/{path}") });
        if let (Value::Object(m), Value::Object(e)) = (&mut v, extra) {
            m.extend(e);
        }
        v
    }
}

/// Render the whole site, handing each file to `emit` as soon as it is ready.
/// Returns every error found.
/// `views` come from [`Views::build`], which moves the pages' HTML out of the
/// library (build them right before rendering).
pub fn render_site(
    input: Input,
    views: Views,
    templates: Templates,
    emit: &Emit,
) -> Result<(), Vec<Diagnostic>> {
    let (config, lib) = (input.config, input.library);
    let views = Arc::new(views);
    let cx = Contexts {
        config,
        lib,
        views: &views,
        // Zola: a page without a template takes the `page_template` of its
        // nearest ancestor section that has one.
        page_templates: lib
            .pages
            .iter()
            .filter_map(|(k, p)| {
                let t = p
                    .ancestors
                    .iter()
                    .rev()
                    .find_map(|a| lib.sections.get(a)?.front.page_template.as_deref())?;
                Some((k.as_str(), t))
            })
            .collect(),
        config_value: context::config_value(config, &config.default_language),
        config_values: config
            .languages
            .keys()
            .map(|l| (l.clone(), context::config_value(config, l)))
            .collect(),
        vilde: input.extension.global(lib, config),
        ext: input.extension,
        templates: templates.sources.keys().cloned().collect(),
        take_page_views: !templates.copy_views(lib, config),
    };
    let tx = taxonomy::Shared {
        views: &views,
        configs: cx.config_values.clone(),
        vilde: cx.vilde.clone(),
        base_url: &config.base_url,
        config,
        templates: templates.sources.keys().cloned().collect(),
    };
    let mut jobs = Vec::new();
    let with_extras: Vec<&Page> = lib
        .pages
        .values()
        .filter(|p| p.front.render != Some(false) && cx.ext.has_extras(p))
        .collect();
    // A page's extra files do not depend on each other: they are made in
    // parallel, with the site's, and emitted in page order.
    let (extras, site_files) = rayon::join(
        || {
            with_extras
                .par_iter()
                .map(|p| cx.ext.page_extras(p, config, &cx.page(p)))
                .collect::<Vec<_>>()
        },
        || cx.ext.site_files(&with_extras, config),
    );
    for (extra_jobs, extra_files) in extras {
        jobs.extend(extra_jobs);
        for f in extra_files {
            emit(f).map_err(|e| vec![e])?;
        }
    }
    for f in site_files {
        emit(f).map_err(|e| vec![e])?;
    }
    let mut groups = section_groups(lib, &views, &cx);
    // As in Zola, where taxonomies are written after sections: a taxonomy page
    // takes the place of a section at the same address.
    let taken: std::collections::HashSet<String> = lib
        .taxonomies
        .iter()
        .filter(|t| t.kind.render)
        .flat_map(|t| std::iter::once(&t.path).chain(t.terms.iter().map(|x| &x.path)))
        .map(|p| format!("{}index.html", p.trim_start_matches('/')))
        .collect();
    for (sections, _) in &mut groups {
        sections.retain(|j| !taken.contains(&j.out_path));
    }
    jobs.extend(redirect_jobs(lib, config));
    jobs.extend(cx.ext.site_jobs(&|path, extra| cx.ready(path, extra)));
    jobs.push(ready_job(
        "404.html",
        "404.html",
        cx.ready("404.html", json!({})),
    ));
    if config.generate_sitemap {
        jobs.extend(sitemap_jobs(lib, config, cx.ext, cx.config_value.clone()));
    }
    if config.generate_robots_txt {
        jobs.push(ready_job(
            "robots.txt",
            "robots.txt",
            json!({ "config": cx.config_value }),
        ));
    }
    jobs.extend(taxonomy::jobs(&lib.taxonomies, &tx));
    jobs.extend(feeds::jobs(lib, config, &tx));

    let shared = Arc::new(Shared {
        config: config.clone(),
        root: input.root.to_path_buf(),
        permalinks: lib.permalinks(),
        views: Some(Arc::clone(&views)),
        strict: config.vilde.strict == crate::config::Strict::All || input.extension.sanitizes(lib),
        generated: input.generated.clone(),
        taxonomies: lib.taxonomies.clone(),
        published: input
            .published
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
    });
    if config.build_search_index {
        for f in search::files(lib, config, &views)
            .map_err(|why| vec![Diagnostic::error("config.toml", why)])?
        {
            emit(f).map_err(|e| vec![e])?;
        }
    }
    let Templates { mut tera, sources } = templates;
    functions::register(&mut tera, shared);
    functions::register_images(&mut tera, input.images);
    let base = cx.base();
    let layers = Layers {
        base: &base,
        build: &|c| cx.build(c),
        done: &|own| cx.done(own),
    };
    let mut errors = run_jobs(&tera, &sources, &layers, jobs, emit);
    // Each section, then its pages: the pages take the views their section lent.
    errors.extend(
        groups
            .into_par_iter()
            .flat_map_iter(|(section, pages)| {
                let mut errors = run_jobs(&tera, &sources, &layers, section, emit);
                errors.extend(run_jobs(&tera, &sources, &layers, pages, emit));
                errors
            })
            .collect::<Vec<_>>(),
    );
    drop((tera, cx));
    drop(tx);
    if let Ok(views) = Arc::try_unwrap(views) {
        views.drop_in_parallel();
    }
    let mut unique: Vec<Diagnostic> = Vec::new();
    for e in errors {
        if !unique.contains(&e) {
            unique.push(e);
        }
    }
    if unique.is_empty() {
        Ok(())
    } else {
        Err(unique)
    }
}

/// Redirect pages: every alias of a page or section, and `page/1/` of a paginated
/// section (aliases were checked when the content was loaded).
fn redirect_jobs(lib: &Library, config: &Config) -> Vec<Job<'static>> {
    let sections = lib.sections.values().map(|s| {
        let first = paginate::pagers(s).map(|_| paginate::first_alias(s));
        (s.front.aliases.iter().cloned().chain(first), &s.permalink)
    });
    let mut jobs = Vec::new();
    for (aliases, permalink) in sections {
        jobs.extend(aliases.filter_map(|a| redirect_job(&a, permalink, config)));
    }
    for p in lib.pages.values() {
        jobs.extend(
            p.front
                .aliases
                .iter()
                .filter_map(|a| redirect_job(a, &p.permalink, config)),
        );
    }
    jobs
}

fn redirect_job(alias: &str, to: &str, config: &Config) -> Option<Job<'static>> {
    let out = crate::content::alias_output(alias).ok()?;
    // Escaped here, without Tera's `/` → `&#x2F;`, so the address reads plainly.
    let url = crate::markdown::highlight::escape_attr(to);
    let context = json!({ "url": url, "lang": config.default_language });
    Some(ready_job("internal/alias.html", &out, context))
}

/// A section's job (none when it is not rendered) and its pages' jobs; pages in no
/// section's list come last, in a group of their own.
type Group<'a> = (Vec<Job<'a>>, Vec<Job<'a>>);

fn section_groups<'a>(lib: &'a Library, views: &Views, cx: &Contexts) -> Vec<Group<'a>> {
    let rendered = |p: &&'a Page| p.front.render != Some(false);
    let mut grouped = std::collections::HashSet::new();
    let mut groups: Vec<Group<'a>> = lib
        .sections
        .iter()
        .map(|(key, s)| {
            let section = match (s.front.render, paginate::pagers(s)) {
                (Some(false), _) => Vec::new(),
                // Zola: a section with `redirect_to` is a page that sends the reader on.
                _ if s.front.redirect_to.is_some() => {
                    let to = s.front.redirect_to.as_deref().unwrap_or("");
                    let url = if to.starts_with("http:") || to.starts_with("https:") { to.to_string() } else { cx.config.make_permalink(to) };
                    let out = format!("{}index.html", s.path.trim_start_matches('/'));
                    let context = json!({ "url": crate::markdown::highlight::escape_attr(&url), "lang": s.file.lang });
                    vec![ready_job("internal/alias.html", &out, context)]
                }
                (_, None) => vec![section_job(s)],
                (_, Some(pagers)) => pagers
                    .into_iter()
                    .map(|pager| Job {
                        out_path: format!(
                            "{}index.html",
                            paginate::path(s, pager.index).trim_start_matches('/')
                        ),
                        context: JobContext::Pager(s, pager),
                        ..section_job(s)
                    })
                    .collect(),
            };
            // A page of a transparent section is listed by the section above too;
            // it is rendered once, with its own section.
            let pages = views
                .pages_of(key)
                .iter()
                .filter_map(|k| lib.pages.get(k))
                .filter(rendered)
                .filter(|p| p.section.as_ref() == Some(key))
                .inspect(|p| {
                    grouped.insert(p.file.relative_path.as_str());
                })
                .map(|p| page_job(p, cx))
                .collect();
            (section, pages)
        })
        .collect();
    let rest = lib
        .pages
        .values()
        .filter(rendered)
        .filter(|p| !grouped.contains(p.file.relative_path.as_str()))
        .map(|p| page_job(p, cx))
        .collect();
    groups.push((Vec::new(), rest));
    groups
}

fn section_entries(section: Value, permalink: &str, path: &str) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("section".into(), section);
    m.insert("current_url".into(), Value::String(permalink.to_string()));
    m.insert("current_path".into(), Value::String(path.to_string()));
    m.insert("paginator".into(), Value::Null);
    m
}

pub(crate) fn ready_job(template: &str, out_path: &str, context: Value) -> Job<'static> {
    Job {
        template: template.into(),
        out_path: out_path.into(),
        context: JobContext::Ready(context),
        source: PathBuf::from(format!("templates/{template}")),
    }
}

/// The shared keys (`config`, `lang`, `vilde`) of each language.
pub type Bases = BTreeMap<String, tera::Context>;

/// How job contexts are made: `build` gives a job's context; a layered one is
/// rendered over a copy of `base` (one per worker task), and its own keys go to
/// `done` afterwards.
pub struct Layers<'x, 'a> {
    pub base: &'x Bases,
    pub build: &'x (dyn Fn(JobContext<'a>) -> Layer + Sync),
    pub done: &'x (dyn Fn(Map<String, Value>) + Sync),
}

/// Render jobs in parallel, emitting each file; returns every error.
pub fn run_jobs<'a>(
    tera: &Tera,
    sources: &BTreeMap<String, (PathBuf, String)>,
    layers: &Layers<'_, 'a>,
    jobs: Vec<Job<'a>>,
    emit: &Emit,
) -> Vec<Diagnostic> {
    jobs.into_par_iter()
        .map_init(
            || layers.base.clone(),
            |base, job| {
                if !sources.contains_key(&job.template) {
                    return match stand_in(&job, tera, base) {
                        Some(file) => emit(file).err(),
                        None => Some(missing_template(&job, sources)),
                    };
                }
                let rendered = match (layers.build)(job.context) {
                    Layer::Complete(v) => tera::Context::from_value(v)
                        .and_then(|ctx| tera.render(&job.template, &ctx)),
                    Layer::Over(own, lang) => {
                        let lang = if base.contains_key(&lang) {
                            lang
                        } else {
                            base.keys().next()?.clone()
                        };
                        let base = base.get_mut(&lang)?;
                        let keys: Vec<String> = own.keys().cloned().collect();
                        debug_assert!(keys.iter().all(|k| !base.contains_key(k)));
                        base.extend(
                            tera::Context::from_value(Value::Object(own)).unwrap_or_default(),
                        );
                        let r = tera.render(&job.template, base);
                        let own: Map<String, Value> = keys
                            .into_iter()
                            .filter_map(|k| Some((k.clone(), base.remove(&k)?)))
                            .collect();
                        (layers.done)(own);
                        r
                    }
                };
                match rendered {
                    Ok(html) => emit(OutputFile {
                        path: job.out_path,
                        bytes: html.into_bytes(),
                    })
                    .err(),
                    Err(e) => Some(tera_error(&e, sources, Some(&job.template))),
                }
            },
        )
        .flatten()
        .collect()
}

/// Zola's page for a missing `index.html`, `section.html` or `page.html`: it
/// says which template to make (in the page's language: Danish, or Zola's
/// English). `None` for any other template (an error says it is missing).
fn stand_in(job: &Job, tera: &Tera, base: &Bases) -> Option<OutputFile> {
    let doc = "https://www.getzola.org/documentation/templates/pages-sections/";
    let url = match job.template.as_str() {
        "index.html" | "section.html" => format!("{doc}#section-variables"),
        "page.html" => format!("{doc}#page-variables"),
        _ => return None,
    };
    let lang = match &job.context {
        JobContext::Page(p) => p.file.lang.clone(),
        JobContext::Section(s) | JobContext::Pager(s, _) => s.file.lang.clone(),
        _ => base.keys().next()?.clone(),
    };
    let mut ctx = tera::Context::new();
    ctx.insert("filename", &job.template);
    ctx.insert("url", &url);
    ctx.insert("lang", &lang);
    let html = tera.render("internal/default.html", &ctx).ok()?;
    Some(OutputFile {
        path: job.out_path.clone(),
        bytes: html.into_bytes(),
    })
}

fn missing_template(job: &Job, sources: &BTreeMap<String, (PathBuf, String)>) -> Diagnostic {
    let have: Vec<&str> = sources
        .keys()
        .map(String::as_str)
        .filter(|n| n.ends_with(".html") && !n.starts_with("internal/"))
        .collect();
    Diagnostic::error(
        &job.source,
        crate::t!("template-missing", name = job.template.as_str()),
    )
    .expected(crate::t!(
        "template-missing-expected",
        name = job.template.as_str()
    ))
    .found(crate::t!("template-missing-found", list = have.join(", ")))
    .hint(crate::t!("template-missing-hint"))
}

fn section_job(s: &Section) -> Job<'_> {
    let is_root = s.file.components.is_empty();
    let template = s.front.template.clone().unwrap_or_else(|| {
        if is_root {
            "index.html".into()
        } else {
            "section.html".into()
        }
    });
    Job {
        template,
        out_path: format!("{}index.html", s.path.trim_start_matches('/')),
        context: JobContext::Section(s),
        source: s.file.shown.clone(),
    }
}

fn page_job<'a>(p: &'a Page, cx: &Contexts) -> Job<'a> {
    let parent_template = cx
        .page_templates
        .get(p.file.relative_path.as_str())
        .map(|t| t.to_string());
    let default = cx
        .ext
        .default_template(p)
        .filter(|t| cx.templates.contains(*t))
        .unwrap_or("page.html");
    let template = p
        .front
        .template
        .clone()
        .or(parent_template)
        .unwrap_or_else(|| default.into());
    Job {
        template,
        out_path: format!("{}index.html", p.path.trim_start_matches('/')),
        context: JobContext::Page(p),
        source: p.file.shown.clone(),
    }
}

/// Zola's most addresses in one sitemap; a larger site gets `sitemap1.xml`,
/// `sitemap2.xml`, … and `sitemap.xml` lists them.
const SITEMAP_LIMIT: usize = 30_000;

/// The sitemap: one file, made in a worker; or, past [`SITEMAP_LIMIT`]
/// addresses, the split files and their index as Zola writes them.
fn sitemap_jobs<'a>(
    lib: &'a Library,
    config: &'a Config,
    ext: &'a dyn extension::Extension,
    cfg: Value,
) -> Vec<Job<'a>> {
    // Sections, pagers and terms only add to the pages: an upper bound is enough
    // to know that one file will do.
    let most = lib.pages.len()
        + lib.sections.len()
        + lib
            .sections
            .values()
            .filter_map(paginate::of_section)
            .map(|p| p.total.div_ceil(p.by))
            .sum::<usize>()
        + lib
            .taxonomies
            .iter()
            .map(|t| 1 + t.terms.iter().map(|x| 1 + x.pages.len()).sum::<usize>())
            .sum::<usize>();
    if most <= SITEMAP_LIMIT {
        return vec![Job {
            context: JobContext::Later(Box::new(
                move || json!({ "config": cfg, "entries": sitemap_entries(lib, config, ext) }),
            )),
            ..ready_job("sitemap.xml", "sitemap.xml", Value::Null)
        }];
    }
    let entries = sitemap_entries(lib, config, ext);
    if entries.len() <= SITEMAP_LIMIT {
        return vec![ready_job(
            "sitemap.xml",
            "sitemap.xml",
            json!({ "config": cfg, "entries": entries }),
        )];
    }
    let mut jobs = Vec::new();
    let mut files = Vec::new();
    for (i, chunk) in entries.chunks(SITEMAP_LIMIT).enumerate() {
        let name = format!("sitemap{}.xml", i + 1);
        files.push(config.url(&name).trim_end_matches('/').to_string());
        jobs.push(ready_job(
            "sitemap.xml",
            &name,
            json!({ "config": cfg, "entries": chunk }),
        ));
    }
    jobs.push(ready_job(
        "split_sitemap_index.xml",
        "sitemap.xml",
        json!({ "config": cfg, "sitemaps": files }),
    ));
    jobs
}

/// Sitemap entries, sorted by permalink for byte-identical output.
fn sitemap_entries(lib: &Library, config: &Config, ext: &dyn extension::Extension) -> Vec<Value> {
    let pagers = config.exclude_paginated_pages_in_sitemap == crate::config::ExcludePaginated::None;
    let mut entries: Vec<(String, Option<String>)> = lib
        .sections
        .values()
        .filter(|s| s.front.render != Some(false))
        .flat_map(|s| {
            // As Zola: the section, and every pager at `page/<n>/` (1 too).
            let (pagers, pp) = paginate::of_section(s)
                .filter(|_| pagers)
                .map_or((0, ""), |p| (p.total.div_ceil(p.by), p.paginate_path));
            let first = std::iter::once((s.permalink.clone(), None));
            first.chain((1..=pagers).map(move |i| (format!("{}{pp}/{i}/", s.permalink), None)))
        })
        .chain(
            lib.pages
                .values()
                .filter(|p| p.front.render != Some(false))
                .map(|p| {
                    let written = || {
                        let date = p.front.updated.as_ref().or(p.front.date.as_ref());
                        date.map(|d| d.to_string())
                    };
                    (p.permalink.clone(), ext.lastmod(p).or_else(written))
                }),
        )
        .collect();
    for t in lib.taxonomies.iter().filter(|t| t.kind.render) {
        entries.push((t.permalink.clone(), None));
        for term in &t.terms {
            entries.push((term.permalink.clone(), None));
            if let Some(by) = t.kind.paginate_by.filter(|n| *n > 0 && pagers) {
                for i in 1..=term.pages.len().div_ceil(by) {
                    entries.push((
                        format!("{}{}/{i}/", term.permalink, t.kind.paginate_path()),
                        None,
                    ));
                }
            }
        }
    }
    entries.sort();
    entries.dedup();
    entries
        .into_iter()
        .map(|(permalink, updated)| json!({ "permalink": permalink, "updated": updated }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pest_position_is_found() {
        assert_eq!(parse_position("x\n --> 3:10\n  |"), Some((3, 10)));
        assert_eq!(parse_position("nothing"), None);
    }
}

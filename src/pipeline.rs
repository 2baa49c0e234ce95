//! The pipeline: config → content (load, validate) → render → output. `build` runs
//! it all into a [`Sink`]; `check` stops after validation and writes nothing.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;
use std::time::{Duration, Instant};

use crate::config::Config;
use crate::content::{self, Library};
use crate::date::Date;
use crate::diag::{error_count, Diagnostic};
use crate::output::{self, Sink};
use crate::problem::ProblemPage;
use crate::render::{self, OutputFile, RenderOptions};
use crate::slides::SlideTemplate;
use crate::status::SiteStatus;
use crate::validate;

/// What to build and how.
#[derive(Debug, Clone)]
pub struct Options {
    /// The site folder (with `config.toml`).
    pub root: PathBuf,
    /// Override `base_url` from config.
    pub base_url: Option<String>,
    /// A preview build: drafts included, banners and staff notes shown.
    pub preview: bool,
    /// Minify HTML when config says so (off for `serve`).
    pub allow_minify: bool,
    /// The day deadlines and "expected" dates are counted from: [`today`].
    pub today: Date,
    /// Zola's `config.mode`: `build`, `serve` or `check`.
    pub mode: &'static str,
    /// Links into the site made relative to each page, so the output folder works
    /// opened from disk (preview builds on disk; never the public build).
    pub relative_links: bool,
}

impl Options {
    pub fn new(root: impl Into<PathBuf>) -> Options {
        Options {
            root: root.into(),
            base_url: None,
            preview: false,
            allow_minify: true,
            today: today(),
            mode: "build",
            relative_links: false,
        }
    }
}

/// Today, or the date in `VILDE_TODAY` (YYYY-MM-DD), so a build can be repeated
/// as of a given day.
pub fn today() -> Date {
    std::env::var("VILDE_TODAY")
        .ok()
        .and_then(|s| Date::parse(&s))
        .unwrap_or_else(|| Date(chrono::Local::now().date_naive()))
}

/// A loaded, validated site.
pub struct Site {
    pub config: Config,
    pub library: Library,
    /// The fixed slide template (when any problem has slides).
    pub template: Option<SlideTemplate>,
    /// Image processing shared by Markdown and templates.
    pub images: std::sync::Arc<crate::images::Processor>,
    /// Every diagnostic so far (warnings only, when loading succeeded).
    pub diagnostics: Vec<Diagnostic>,
    /// Every problem's status, published or not.
    pub status: SiteStatus,
    /// Plain-language pointers per problem (by permalink), in preview builds.
    pub klarsprog: std::collections::BTreeMap<String, crate::validate::klarsprog::Summary>,
    /// The site's templates (taken by the render).
    pub templates: Option<render::Templates>,
    /// Compiled Sass by output path.
    pub css: std::collections::BTreeMap<String, Vec<u8>>,
}

/// What a successful build reports.
#[derive(Debug)]
pub struct Report {
    pub warnings: Vec<Diagnostic>,
    pub pages: usize,
    pub files: usize,
    pub elapsed: Duration,
    /// What a public build left out and why, one line each (empty for a preview).
    pub left_out: Vec<String>,
    /// Every problem's status (the public build's report is made from it).
    pub status: SiteStatus,
}

/// A failed build or check: every diagnostic found (errors and warnings).
#[derive(Debug)]
pub struct Failure {
    pub diagnostics: Vec<Diagnostic>,
}

impl Failure {
    /// `errors` together with the warnings found before them.
    fn along(mut errors: Vec<Diagnostic>, earlier: &[Diagnostic]) -> Failure {
        errors.extend_from_slice(earlier);
        Failure {
            diagnostics: errors,
        }
    }

    pub fn errors(&self) -> usize {
        error_count(&self.diagnostics)
    }
}

impl From<Vec<Diagnostic>> for Failure {
    fn from(diagnostics: Vec<Diagnostic>) -> Self {
        Failure { diagnostics }
    }
}

impl From<Diagnostic> for Failure {
    fn from(d: Diagnostic) -> Self {
        Failure {
            diagnostics: vec![d],
        }
    }
}

/// The site's config file: `zola.toml` when there is one (Zola 0.22 reads it
/// first), else `config.toml`.
pub fn config_file(root: &Path) -> &'static str {
    if root.join("zola.toml").is_file() {
        "zola.toml"
    } else {
        "config.toml"
    }
}

/// Read the config of a site folder.
pub fn load_config(opts: &Options) -> Result<(Config, Vec<Diagnostic>), Failure> {
    let name = config_file(&opts.root);
    let path = opts.root.join(name);
    if !path.is_file() {
        return Err(Diagnostic::error(&opts.root, crate::t!("site-not-a-site"))
            .expected(crate::t!("site-not-a-site-expected"))
            .hint(crate::t!("site-not-a-site-hint"))
            .into());
    }
    let (mut config, warnings) = Config::from_file(&path, Path::new(name))?;
    config.mode = opts.mode.to_string();
    if let Ok(Some(dir)) = config.theme_dir(&opts.root) {
        let file = dir.join("theme.toml");
        if file.is_file() {
            let shown = file.strip_prefix(&opts.root).unwrap_or(&file).to_path_buf();
            let src = crate::diag::read_text(&file, &shown)?;
            config.merge_theme_extra(&shown, &src)?;
        }
    }
    if let Some(url) = &opts.base_url {
        if let Err(why) = crate::config::check_base_url(url) {
            return Err(
                Diagnostic::error("--base-url", crate::t!("base-url-flag-bad", why = why))
                    .expected(crate::t!("base-url-flag-expected"))
                    .found(format!("`{}`", url.escape_debug()))
                    .into(),
            );
        }
        config.base_url = if url.ends_with('/') {
            url.clone()
        } else {
            format!("{url}/")
        };
    }
    Ok((config, warnings))
}

/// Config → content → validate.
pub fn load(opts: &Options) -> Result<Site, Failure> {
    let (config, mut diagnostics) = load_config(opts)?;
    let images = std::sync::Arc::new(crate::images::Processor::new(&opts.root, &config));
    // Templates and Sass come first: shortcodes in the text need both (as in Zola).
    let templates =
        render::load_templates(&opts.root, &config).map_err(|e| Failure::along(e, &diagnostics))?;
    let theme_dir = config
        .theme_dir(&opts.root)
        .map_err(|e| Failure::along(vec![e], &diagnostics))?;
    let css = crate::sass::compile(&opts.root, &config, theme_dir.as_deref())
        .map_err(|e| Failure::along(e, &diagnostics))?;
    let shortcodes = |permalinks: &std::collections::HashMap<String, String>| -> Box<dyn content::shortcodes::Shortcodes + '_> {
        Box::new(render::shortcodes::TeraShortcodes::new(
            &templates,
            &config,
            &opts.root,
            css.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            permalinks.clone(),
        ))
    };
    let lopts = content::LoadOptions {
        root: &opts.root,
        config: &config,
        include_drafts: opts.preview,
        images: Some(&images),
        shortcodes: Some(&shortcodes),
        extension: &crate::problem::Loader { config: &config },
    };
    let (library, warnings) = content::load(&lopts).map_err(|e| Failure::along(e, &diagnostics))?;
    diagnostics.extend(warnings);
    let template = load_slide_template(opts, &config, &library)
        .map_err(|e| Failure::along(e, &diagnostics))?;
    diagnostics.extend(validate::run(
        &config,
        template.as_ref(),
        &library,
        opts.preview,
    ));
    if error_count(&diagnostics) > 0 {
        return Err(diagnostics.into());
    }
    let mut library = library;
    let klarsprog = if opts.preview && config.vilde.klarsprog.aktiv {
        plain_language(opts, &config, &mut library, &mut diagnostics)
    } else {
        Default::default()
    };
    let problems = crate::problem::problems(&library)
        .into_iter()
        .chain(library.unpublished.iter());
    let status = crate::status::site_status(problems, &config, template.as_ref(), opts.today);
    Ok(Site {
        config,
        library,
        template,
        images,
        diagnostics,
        status,
        klarsprog,
        templates: Some(templates),
        css,
    })
}

/// Plain-language pointers for every problem of a preview: warnings, marks in
/// the statement's HTML, and the summary for its page.
fn plain_language(
    opts: &Options,
    config: &Config,
    library: &mut Library,
    diagnostics: &mut Vec<Diagnostic>,
) -> std::collections::BTreeMap<String, crate::validate::klarsprog::Summary> {
    let list = &config.vilde.klarsprog.ordliste;
    let jargon = if list.is_empty() {
        crate::klarsprog::Jargon::default()
    } else {
        let path = opts.root.join(list);
        match path
            .is_file()
            .then(|| crate::diag::read_text(&path, Path::new(list)))
        {
            None => crate::klarsprog::Jargon::default(),
            Some(Err(d)) => {
                diagnostics.push(d.with_severity(crate::diag::Severity::Warning));
                crate::klarsprog::Jargon::default()
            }
            Some(Ok(src)) => crate::klarsprog::Jargon::parse(&src).unwrap_or_else(|e| {
                diagnostics.push(
                    Diagnostic::warning(
                        list,
                        crate::t!("ks-list-unreadable", why = crate::diag::toml_message(&e)),
                    )
                    .at_offset(&src, e.span().map_or(0, |s| s.start))
                    .hint(crate::t!("ks-list-unreadable-hint")),
                );
                crate::klarsprog::Jargon::default()
            }),
        }
    };
    let mut out = std::collections::BTreeMap::new();
    for page in library.pages.values_mut().filter(|p| p.is_problem()) {
        let checked = crate::validate::klarsprog::check(page, config, &jargon);
        let (html, ids) = crate::klarsprog::annotate(
            &page.rendered.html,
            &checked.statement_blocks,
            &checked.statement,
        );
        page.rendered.html = html;
        out.insert(
            page.permalink.clone(),
            crate::validate::klarsprog::summary(&checked, &ids),
        );
        diagnostics.extend(checked.diagnostics);
    }
    out
}

/// The slide template, read when at least one problem has slides.
fn load_slide_template(
    opts: &Options,
    config: &Config,
    lib: &Library,
) -> Result<Option<SlideTemplate>, Vec<Diagnostic>> {
    let needed = lib
        .pages
        .values()
        .any(|p| p.parts().is_some_and(|x| x.slides.is_some()));
    let path = config.slide_template_path(&opts.root);
    let shown = Path::new(&config.vilde.slide_template);
    if !path.is_file() {
        if !needed {
            return Ok(None);
        }
        return Err(vec![Diagnostic::error(
            shown,
            crate::t!("slides-template-missing"),
        )
        .expected(crate::t!(
            "slides-template-missing-expected",
            file = shown.display().to_string()
        ))
        .hint(crate::t!("slides-template-missing-hint"))]);
    }
    SlideTemplate::from_file(&path, shown).map(Some)
}

/// Validate everything (templates too: every page is rendered in memory), write nothing.
pub fn check(opts: &Options) -> Result<Report, Failure> {
    let start = Instant::now();
    let mut site = load(opts)?;
    let (files, left_out) = render_files(opts, &mut site, &|_f: OutputFile| Ok(()))
        .map_err(|e| Failure::along(e, &site.diagnostics))?;
    Ok(Report {
        pages: site.library.pages.len(),
        files,
        warnings: site.diagnostics,
        elapsed: start.elapsed(),
        left_out,
        status: site.status,
    })
}

/// Build the site into `sink`: every file goes to a staging area as soon as it is
/// rendered, and the staging replaces the sink's content only when all succeeded.
pub fn build(opts: &Options, sink: &mut Sink) -> Result<Report, Failure> {
    let start = Instant::now();
    // The output is checked (and locked) before any work.
    let staging = sink.stage()?;
    let mut site = load(opts)?;
    let (files, left_out) = render_files(opts, &mut site, &|f| staging.put(f))
        .map_err(|e| Failure::along(e, &site.diagnostics))?;
    staging.commit(sink)?;
    let report = Report {
        pages: site.library.pages.len(),
        files,
        warnings: site.diagnostics,
        elapsed: start.elapsed(),
        left_out,
        status: site.status,
    };
    drop_in_background(site.library);
    Ok(report)
}

/// Free a large value on another thread: the build's result does not wait for
/// it (`vilde build` exits without waiting at all).
fn drop_in_background<T: Send + 'static>(value: T) {
    // If no thread can be started, the value is dropped here instead.
    let _ = std::thread::Builder::new()
        .name("vilde-free".into())
        .spawn(move || drop(value));
}

/// Render pages (minified when config says so), then add static files, page
/// assets and processed images; each file goes to `emit`. Returns the file count
/// and what a public build left out.
fn render_files(
    opts: &Options,
    site: &mut Site,
    emit: &render::Emit,
) -> Result<(usize, Vec<String>), Vec<Diagnostic>> {
    let templates = match site.templates.take() {
        Some(t) => t,
        None => render::load_templates(&opts.root, &site.config)?,
    };
    let css = std::mem::take(&mut site.css);
    let copy = templates.copy_views(&site.library, &site.config);
    let views = render::Views::build(&mut site.library, copy);
    let site: &Site = site;
    let config = &site.config;
    let mut static_dirs = Vec::new();
    if let Some(dir) = config.theme_dir(&opts.root).map_err(|e| vec![e])? {
        static_dirs.push(dir.join("static"));
    }
    static_dirs.push(opts.root.join("static"));
    let ignore = crate::config::glob_set(&config.ignored_static).unwrap_or_default();
    let mut copies = output::static_files(&static_dirs, &ignore).map_err(|e| vec![e])?;
    let mut left_out = if opts.preview {
        Vec::new()
    } else {
        left_out_pieces(&site.status)
    };
    for s in site.library.sections.values() {
        for a in &s.file.assets {
            copies.insert(
                format!("{}{}", s.path.trim_start_matches('/'), a),
                s.file.dir.join(a),
            );
        }
    }
    for p in site.library.pages.values() {
        let (publish, held) = bundle_files(p, config, opts.preview);
        for a in publish {
            copies.insert(
                format!("{}{}", p.path.trim_start_matches('/'), a),
                p.file.dir.join(a),
            );
        }
        if !opts.preview {
            left_out.extend(held);
        }
    }
    site.images
        .set_published(copies.iter().map(|(k, v)| (k.clone(), v.clone())));
    let minify = config.minify_html && opts.allow_minify;
    let relative = (opts.relative_links && opts.preview)
        .then(|| crate::relative_links::Relativizer::new(&config.base_url));
    let rendered: Mutex<BTreeSet<String>> = Mutex::new(BTreeSet::new());
    let emit_rendered = |mut f: OutputFile| {
        if let Some(r) = relative.as_ref().filter(|_| f.path.ends_with(".html")) {
            f.bytes = r.rewrite(&f.path, &f.bytes);
        }
        if minify && f.path.ends_with(".html") {
            f.bytes = output::minify_one(&f.bytes);
        }
        rendered
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(f.path.clone());
        emit(f)
    };
    let render_opts = RenderOptions {
        preview: opts.preview,
    };
    // The domain's part of the render; a plain Zola site never enters it.
    let domain = crate::problem::site::Domain {
        template: site.template.as_ref(),
        diagnostics: &site.diagnostics,
        opts: render_opts,
        status: &site.status,
        klarsprog: &site.klarsprog,
    };
    let plain = render::extension::NoExtension;
    let extension: &dyn render::extension::Extension = if is_domain_site(site) {
        &domain
    } else {
        &plain
    };
    let input = render::Input {
        root: &opts.root,
        config,
        library: &site.library,
        images: site.images.clone(),
        extension,
        generated: &css.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        published: &copies,
    };
    render::render_site(input, views, templates, &emit_rendered)?;
    let rendered = rendered.into_inner().unwrap_or_else(|e| e.into_inner());
    copies.retain(|k, _| !rendered.contains(k));
    // Compiled Sass, unless a static file of the same name replaces it (as in Zola).
    let css: Vec<OutputFile> = css
        .into_iter()
        .filter(|(path, _)| !copies.contains_key(path) && !rendered.contains(path))
        .map(|(path, bytes)| OutputFile { path, bytes })
        .collect();
    let count_css = css.len();
    for f in css {
        emit(f).map_err(|e| vec![e])?;
    }
    copies.extend(site.images.outputs());
    let count = rendered.len() + copies.len() + count_css;
    copies
        .into_par_iter()
        .try_for_each(|(rel, src)| output::read_copy(rel, &src).and_then(emit))
        .map_err(|e| vec![e])?;
    Ok((count, left_out))
}

/// A site of the vilde-problemer domain: it has problems (published or not) or
/// vilde settings. Any other site is a plain Zola site.
fn is_domain_site(site: &Site) -> bool {
    site.config.vilde_table.is_some()
        || !site.library.unpublished.is_empty()
        || site.library.pages.values().any(|p| p.is_problem())
}

/// Files that can carry script: never published from a problem bundle unless
/// `[vilde] allow_script_files`.
const SCRIPT_FILES: &[&str] = &["html", "htm", "xhtml", "svg", "xml", "js", "mjs"];

/// The files of a page's bundle to publish, and (for the report) those held
/// back. An ordinary page publishes all its files. A problem bundle publishes
/// only what its shown pieces use (in a public build: the approved ones), so
/// backups, drafts and stray files stay out.
fn bundle_files<'p>(
    p: &'p content::Page,
    config: &Config,
    preview: bool,
) -> (Vec<&'p String>, Vec<String>) {
    let Some(parts) = p.parts() else {
        return (p.file.assets.iter().collect(), Vec::new());
    };
    let used: BTreeSet<&str> = parts
        .ids()
        .filter(|id| preview || parts.approved_id(id))
        .filter_map(|id| parts.state_of_id(&id))
        .flat_map(|s| s.files.iter().map(String::as_str))
        .collect();
    let scripty = |a: &str| {
        let ext = a.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
        !config.vilde.allow_script_files && SCRIPT_FILES.contains(&ext.as_str())
    };
    // A later phase's text (`mission.md`) is a source, shown as HTML.
    let phase_sources: BTreeSet<String> = parts
        .phase_texts
        .iter()
        .map(|t| t.id().file_name())
        .collect();
    let (mut publish, mut held) = (Vec::new(), Vec::new());
    for a in p.file.assets.iter().filter(|a| !phase_sources.contains(*a)) {
        let shown = p
            .file
            .shown
            .parent()
            .unwrap_or(Path::new("content"))
            .join(a);
        if used.contains(a.as_str()) && !scripty(a) {
            publish.push(a);
        } else if scripty(a) && used.contains(a.as_str()) {
            held.push(crate::t!(
                "left-out-script-file",
                file = shown.display().to_string()
            ));
        } else {
            held.push(crate::t!(
                "left-out-unused-file",
                file = shown.display().to_string()
            ));
        }
    }
    (publish, held)
}

/// The pieces a public build leaves out, per problem, with why.
fn left_out_pieces(status: &SiteStatus) -> Vec<String> {
    let mut out = Vec::new();
    for p in &status.problems {
        let why = |piece: &str| {
            p.pieces
                .iter()
                .find(|s| s.piece == piece)
                .map(|s| s.reason.clone())
                .unwrap_or_default()
        };
        if !p.published {
            let reason = if p.draft && p.pieces.iter().any(|s| s.piece == "tekst" && s.ready) {
                crate::t!("left-out-draft")
            } else {
                crate::t!("left-out-text-reason", reason = why("tekst"))
            };
            out.push(crate::t!(
                "left-out-problem",
                title = p.title.as_str(),
                reason = reason
            ));
            continue;
        }
        // A later phase's text is left out only when it is there.
        let later = p.later.iter().filter(|s| s.present);
        for s in p.pieces.iter().filter(|s| s.piece != "tekst").chain(later) {
            if s.ready {
                continue;
            }
            out.push(crate::t!(
                "left-out-piece",
                title = p.title.as_str(),
                piece = s.key.as_str(),
                reason = s.reason.as_str()
            ));
        }
        if !p.video.recorded {
            out.push(crate::t!("left-out-video", title = p.title.as_str()));
        }
    }
    out
}

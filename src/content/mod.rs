//! The content library: walk `content/`, parse every page and section, give each its
//! path and permalink, leave drafts out unless asked, attach pages to their sections
//! and render Markdown (in parallel). Loading collects every problem it finds instead
//! of stopping at the first.

pub mod extension;
pub mod front_matter;
pub mod page;
pub mod shortcodes;
pub mod taxonomies;
pub mod tree;
pub mod walk;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::config::Config;
use crate::diag::{read_text, Diagnostic};
use crate::markdown;

pub use page::{FileInfo, Page, Section};

/// Every page and section of the site, keyed by `content/`-relative path.
#[derive(Debug, Default)]
pub struct Library {
    pub pages: BTreeMap<String, Page>,
    pub sections: BTreeMap<String, Section>,
    /// Pages an extension claimed that this build leaves out (drafts, or not
    /// published by the extension), for the extension to report. Their Markdown
    /// is not rendered.
    pub unpublished: Vec<Page>,
    /// The site has more than one language.
    pub multilingual: bool,
    /// Every taxonomy of every language (Zola's `taxonomies`).
    pub taxonomies: Vec<taxonomies::Taxonomy>,
}

/// What loading needs to know.
pub struct LoadOptions<'a> {
    /// The site root (the folder with `config.toml`).
    pub root: &'a Path,
    pub config: &'a Config,
    pub include_drafts: bool,
    /// The build's image processor (Markdown images: size, srcset, cache).
    pub images: Option<&'a crate::images::Processor>,
    /// Makes the site's shortcodes once every page's address is known (none:
    /// calls stay text).
    pub shortcodes: Option<&'a shortcodes::Factory<'a>>,
    /// The layer above the engine (`extension::NoExtension` for none).
    pub extension: &'a dyn extension::Extension,
}

impl Library {
    /// The root section (`_index.md` at the top of `content/`).
    pub fn root_section(&self) -> Option<&Section> {
        self.sections.get("_index.md")
    }

    /// Pages of a section, in the section's order.
    pub fn section_pages<'a>(&'a self, s: &'a Section) -> impl Iterator<Item = &'a Page> + 'a {
        s.pages.iter().filter_map(|k| self.pages.get(k))
    }

    /// `content/`-relative path → permalink, for `@/` links and `get_url`.
    pub fn permalinks(&self) -> HashMap<String, String> {
        let pages = self
            .pages
            .iter()
            .map(|(k, p)| (k.clone(), p.permalink.clone()));
        let sections = self
            .sections
            .iter()
            .map(|(k, s)| (k.clone(), s.permalink.clone()));
        pages.chain(sections).collect()
    }
}

/// Load and render the whole content tree. Returns the library and warnings, or
/// every error found.
pub fn load(opts: &LoadOptions) -> Result<(Library, Vec<Diagnostic>), Vec<Diagnostic>> {
    let content = opts.root.join("content");
    if !content.is_dir() {
        return Err(vec![Diagnostic::error(
            opts.root.join("content"),
            crate::t!("content-none"),
        )
        .expected(crate::t!("content-none-expected"))
        .hint(crate::t!("content-none-hint"))]);
    }
    let langs = walk::Langs::of(opts.config);
    let ext = opts.extension;
    let found = walk::walk(&content, &langs, ext.bundle_sources())?;
    let parsed: Vec<Result<Found2, Diagnostic>> = found
        .into_par_iter()
        .map(|f| match f {
            walk::Found::Page(info) => {
                let src = read_text(&info.abs, &info.shown)?;
                let mut page = Page::parse(info, src)?;
                let found = opts.extension.attach(&mut page);
                Ok(Found2::Page(page, found))
            }
            walk::Found::Section(info) => {
                let src = read_text(&info.abs, &info.shown)?;
                Section::parse(info, src).map(Found2::Section)
            }
        })
        .collect();
    let mut errors = Vec::new();
    let mut notes = Vec::new();
    let mut lib = Library::default();
    let mut drafted = Vec::new();
    for r in parsed {
        match r {
            Ok(Found2::Page(p, found)) => {
                notes.extend(unknown_keys(&p, ext.front_keys()));
                let (e, n): (Vec<_>, Vec<_>) = found.into_iter().partition(|d| d.is_error());
                errors.extend(e);
                notes.extend(n);
                if opts.include_drafts || (!p.front.draft && ext.publishes(&p)) {
                    lib.pages.insert(p.file.relative_path.clone(), p);
                } else if ext.claims(&p) {
                    lib.unpublished.push(p);
                }
            }
            Ok(Found2::Section(s)) => {
                if s.front.draft && !s.file.components.is_empty() {
                    drafted.push(s.file.components.join("/") + "/");
                }
                if opts.include_drafts || !s.front.draft || s.file.relative_path == "_index.md" {
                    lib.sections.insert(s.file.relative_path.clone(), s);
                }
            }
            Err(e) => errors.push(e),
        }
    }
    if !opts.include_drafts {
        drop_drafted_sections(&mut lib, &drafted, ext);
    }
    // Zola makes the root section of each language when it has no file.
    for lang in langs.all() {
        let key = langs.index_name(lang);
        lib.sections
            .entry(key)
            .or_insert_with(|| tree::default_root(lang, &langs));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    assign_paths(&mut lib, opts.config)?;
    tree::populate(&mut lib, &langs);
    lib.multilingual = !langs.others.is_empty();
    lib.taxonomies = taxonomies::find(&lib, opts.config)?;
    let permalinks = lib.permalinks();
    let made = opts.shortcodes.map(|make| make(&permalinks));
    let env = MarkdownEnv {
        config: opts.config,
        permalinks: &permalinks,
        images: opts.images,
        shortcodes: made.as_deref(),
        extension: ext,
    };
    render_markdown(&mut lib, &env)?;
    let (broken, anchor_notes) = check_anchors(&lib, &opts.config.link_checker);
    if !broken.is_empty() {
        return Err(broken);
    }
    notes.extend(anchor_notes);
    notes.extend(
        lib.pages
            .values()
            .flat_map(|p| p.rendered.warnings.iter().cloned()),
    );
    Ok((lib, notes))
}

/// Every `@/page.md#anchor` link whose target has no such anchor (Zola's
/// `check_internal_links_with_anchors`): errors, or warnings with
/// `[link_checker] internal_level = "warn"`.
fn check_anchors(
    lib: &Library,
    checker: &crate::config::LinkChecker,
) -> (Vec<Diagnostic>, Vec<Diagnostic>) {
    let links = lib
        .pages
        .values()
        .map(|p| &p.rendered)
        .chain(lib.sections.values().map(|s| &s.rendered));
    let missing = links.flat_map(|r| r.anchor_links.iter()).filter(|l| {
        let target = lib
            .pages
            .get(&l.target)
            .map(|p| &p.rendered)
            .or_else(|| lib.sections.get(&l.target).map(|s| &s.rendered));
        target.is_some_and(|t| !markdown::has_anchor(t, &l.anchor))
    });
    let mut found: Vec<Diagnostic> = missing.map(|l| l.missing.clone()).collect();
    found.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
    match checker.internal_level {
        crate::config::LinkLevel::Error => (found, Vec::new()),
        crate::config::LinkLevel::Warn => (
            Vec::new(),
            found
                .into_iter()
                .map(|d| Diagnostic {
                    severity: crate::diag::Severity::Warning,
                    ..d
                })
                .collect(),
        ),
    }
}

/// Front-matter keys of a page that neither Zola nor vilde knows: kept, as Zola
/// does, with a warning (a misspelt key does nothing).
fn unknown_keys(p: &Page, own: &[&str]) -> Vec<Diagnostic> {
    p.front
        .unknown
        .keys()
        .filter(|k| !own.contains(&k.as_str()))
        .map(|key| {
            let d = Diagnostic::warning(
                &p.file.shown,
                crate::t!("fm-unknown-key", key = key.as_str()),
            )
            .hint(crate::t!("fm-unknown-key-hint"));
            match p.raw.find(key.as_str()) {
                Some(off) => d.at_offset(&p.raw, off),
                None => d,
            }
        })
        .collect()
}

/// A drafted section's folder is left out whole, its pages and subsections
/// too, as Zola skips it.
fn drop_drafted_sections(lib: &mut Library, drafted: &[String], ext: &dyn extension::Extension) {
    if drafted.is_empty() {
        return;
    }
    let inside = |rel: &str| drafted.iter().any(|d| rel.starts_with(d.as_str()));
    let gone: Vec<String> = lib.pages.keys().filter(|k| inside(k)).cloned().collect();
    for k in gone {
        // A claimed page left out this way is still reported as left out.
        if let Some(p) = lib.pages.remove(&k).filter(|p| ext.claims(p)) {
            lib.unpublished.push(p);
        }
    }
    lib.sections.retain(|k, _| !inside(k));
}

enum Found2 {
    /// A page and what its extension found while claiming it.
    Page(Page, Vec<Diagnostic>),
    Section(Section),
}

/// Editor temp, swap and hidden files are never content.
pub fn is_ignored_name(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
}

/// Set every page's and section's path and permalink; two files with the same path
/// are an error naming both.
fn assign_paths(lib: &mut Library, config: &Config) -> Result<(), Vec<Diagnostic>> {
    let mut seen: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut errors = Vec::new();
    for s in lib.sections.values_mut() {
        if let Some(pp) = &s.front.paginate_path {
            if let Err(why) = address_part(pp) {
                errors.push(bad_address(
                    &s.file.shown,
                    &s.raw,
                    "paginate_path",
                    pp,
                    &why,
                ));
            }
        }
        let mut parts: Vec<&str> = s.file.components.iter().map(String::as_str).collect();
        if s.file.lang != config.default_language {
            parts.insert(0, &s.file.lang);
        }
        s.path = if parts.is_empty() {
            "/".to_string()
        } else {
            format!("/{}/", parts.join("/"))
        };
        s.permalink = config.url(&s.path);
        seen.insert(s.path.clone(), s.file.shown.clone());
    }
    for p in lib.pages.values_mut() {
        p.path = match &p.front.path {
            Some(custom) => match address_part(custom) {
                Ok(rel) if rel.is_empty() => "/".to_string(),
                Ok(rel) => format!("/{rel}/"),
                Err(why) => {
                    errors.push(bad_address(&p.file.shown, &p.raw, "path", custom, &why));
                    continue;
                }
            },
            None => {
                let c = &p.file.components;
                let folders = if p.file.is_bundle {
                    &c[..c.len().saturating_sub(1)]
                } else {
                    &c[..]
                };
                let mut parts: Vec<&str> = folders.iter().map(String::as_str).collect();
                if p.file.lang != config.default_language {
                    parts.insert(0, &p.file.lang);
                }
                parts.push(&p.slug);
                format!("/{}/", parts.join("/"))
            }
        };
        p.permalink = config.url(&p.path);
        if let Some(other) = seen.insert(p.path.clone(), p.file.shown.clone()) {
            errors.push(
                Diagnostic::error(
                    &p.file.shown,
                    crate::t!("content-same-address", address = p.path.clone()),
                )
                .found(format!(
                    "{} and {}",
                    other.display(),
                    p.file.shown.display()
                ))
                .hint(crate::t!("content-same-address-hint")),
            );
        }
    }
    check_aliases(lib, &mut seen, &mut errors);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Zola's `aliases`: old addresses that send the reader on to the new one; each
/// must be a usable address that no page or other alias has.
fn check_aliases(
    lib: &Library,
    seen: &mut BTreeMap<String, PathBuf>,
    errors: &mut Vec<Diagnostic>,
) {
    // Zola's `aliases`: old addresses that send the reader on to the new one.
    let owners = lib
        .sections
        .values()
        .map(|s| (&s.front.aliases, &s.file.shown, &s.raw))
        .chain(
            lib.pages
                .values()
                .map(|p| (&p.front.aliases, &p.file.shown, &p.raw)),
        );
    for (aliases, shown, raw) in owners {
        for alias in aliases {
            let at = |d: Diagnostic| match raw.find(alias.as_str()) {
                Some(off) => d.at_offset(raw, off),
                None => d,
            };
            match alias_output(alias) {
                Err(why) => errors.push(at(Diagnostic::error(
                    shown,
                    crate::t!("alias-bad", why = why),
                )
                .expected(crate::t!("alias-bad-expected"))
                .found(format!("`{}`", alias.escape_debug()))
                .hint(crate::t!("alias-bad-hint")))),
                Ok(out) => {
                    let address = format!("/{}", out.trim_end_matches("index.html"));
                    if let Some(other) = seen.insert(address.clone(), shown.clone()) {
                        errors.push(at(Diagnostic::error(
                            shown,
                            crate::t!("alias-taken", alias = alias.as_str()),
                        )
                        .found(format!("{} and {}", other.display(), shown.display()))
                        .hint(crate::t!("alias-taken-hint"))));
                    }
                }
            }
        }
    }
}

/// A user-written address part (`path`, `paginate_path`): `/`-separated, inside
/// the site. Returns it without slashes at either end.
fn address_part(value: &str) -> Result<&str, String> {
    let rel = value.trim().trim_matches('/');
    if rel.contains("://") || rel.contains('?') || rel.contains('#') {
        return Err(crate::t!("address-not-web"));
    }
    if rel.is_empty() {
        return Ok(rel);
    }
    crate::paths::output_rel(rel)
}

/// A front-matter address that cannot be used, pointed at where it is written.
fn bad_address(shown: &Path, raw: &str, key: &str, value: &str, why: &str) -> Diagnostic {
    let d = Diagnostic::error(shown, crate::t!("address-bad", key = key, why = why))
        .expected(crate::t!("address-bad-expected"))
        .found(format!("`{}`", value.escape_debug()))
        .hint(crate::t!("address-bad-hint", key = key));
    match raw
        .find(&format!("{key} "))
        .or_else(|| raw.find(&format!("{key}:")))
    {
        Some(off) => d.at_offset(raw, off),
        None => d,
    }
}

/// The file an alias is written to: `gammel/` → `gammel/index.html`,
/// `gammel.html` stays as it is.
pub fn alias_output(alias: &str) -> Result<String, String> {
    let rel = alias.trim().trim_start_matches('/');
    if rel.is_empty() {
        return Err(crate::t!("alias-empty"));
    }
    if rel.contains("://") || rel.contains('?') || rel.contains('#') {
        return Err(crate::t!("alias-not-web"));
    }
    let rel = crate::paths::output_rel(rel)?;
    Ok(if rel.ends_with(".html") || rel.ends_with(".htm") {
        rel.to_string()
    } else {
        format!("{}/index.html", rel.trim_end_matches('/'))
    })
}

/// Render every page's and section's Markdown in parallel.
fn render_markdown(lib: &mut Library, env: &MarkdownEnv) -> Result<(), Vec<Diagnostic>> {
    let config = env.config;
    let sections = &lib.sections;
    let mut errors: Vec<Diagnostic> = lib
        .pages
        .par_iter_mut()
        .flat_map_iter(|(_, p)| {
            let anchors = p
                .section
                .as_ref()
                .and_then(|k| sections.get(k)?.front.insert_anchor_links.as_deref());
            let how = Leniency::of(
                p.front.draft,
                env.strict(Some(p)),
                anchors.unwrap_or(&config.markdown.insert_anchor_links),
            );
            let text_errors = env.render_texts(p, how);
            match env.render(shortcodes::Owner::Page(p), how) {
                Ok(_) if !text_errors.is_empty() => text_errors,
                Ok(r) => {
                    p.rendered = r;
                    if !env.extension.claims(p) {
                        // Only a claimed page's source is read again (a problem's
                        // metadata lines, approval hashes, LIX); a large site
                        // need not hold the rest.
                        p.raw = String::new();
                    }
                    Vec::new()
                }
                Err(e) => e,
            }
        })
        .collect();
    for s in lib.sections.values_mut() {
        let anchors = s
            .front
            .insert_anchor_links
            .clone()
            .unwrap_or_else(|| config.markdown.insert_anchor_links.clone());
        let how = Leniency::of(s.front.draft, env.strict(None), &anchors);
        match env.render(shortcodes::Owner::Section(s), how) {
            Ok(r) => s.rendered = r,
            Err(e) => errors.extend(e),
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// How strictly one body is checked.
#[derive(Clone, Copy)]
struct Leniency<'a> {
    draft: bool,
    /// vilde's strict rules apply (raw HTML checked, image errors).
    strict: bool,
    /// Zola's `insert_anchor_links` for this body.
    anchors: &'a str,
}

impl<'a> Leniency<'a> {
    fn of(draft: bool, strict: bool, anchors: &'a str) -> Self {
        Leniency {
            draft,
            strict,
            anchors,
        }
    }
}

/// What rendering any Markdown body of the site shares.
struct MarkdownEnv<'a> {
    config: &'a Config,
    permalinks: &'a HashMap<String, String>,
    images: Option<&'a crate::images::Processor>,
    shortcodes: Option<&'a dyn shortcodes::Shortcodes>,
    extension: &'a dyn extension::Extension,
}

impl MarkdownEnv<'_> {
    /// The stricter rules apply to the pages the extension says, and to every
    /// page and section with `strict = "all"`.
    fn strict(&self, page: Option<&Page>) -> bool {
        self.config.vilde.strict == crate::config::Strict::All
            || page.is_some_and(|p| self.extension.strict(p))
    }

    /// The other texts a claimed page carries, rendered by its extension in the
    /// page's context (Markdown, no shortcodes).
    fn render_texts(&self, p: &mut Page, how: Leniency) -> Vec<Diagnostic> {
        if !self.extension.claims(p) {
            return Vec::new();
        }
        let (permalink, dir) = (p.permalink.clone(), p.file.dir.clone());
        let render = |text: &str, shown: &Path, draft: bool| {
            let ctx = markdown::Context {
                config: &self.config.markdown,
                permalinks: self.permalinks,
                permalink: &permalink,
                path: shown,
                file_src: text,
                body_offset: 0,
                html: markdown::HtmlPolicy::new(&self.config.vilde, draft, how.strict),
                anchors: None,
                cutoff: None,
            };
            let img = self.images.map(|i| markdown::ImageContext {
                images: i,
                dir: &dir,
                draft: draft || !how.strict,
            });
            markdown::render_with_images(text, &ctx, img.as_ref())
        };
        self.extension.render_texts(p, &render)
    }

    /// Render the Markdown body of a page or section, its shortcodes expanded.
    fn render(
        &self,
        owner: shortcodes::Owner,
        how: Leniency,
    ) -> Result<markdown::Rendered, Vec<Diagnostic>> {
        let (body, file, raw, body_offset, permalink) = match owner {
            shortcodes::Owner::Page(p) => (p.body(), &p.file, &p.raw, p.body_offset, &p.permalink),
            shortcodes::Owner::Section(s) => {
                (s.body(), &s.file, &s.raw, s.body_offset, &s.permalink)
            }
        };
        let place = shortcodes::Place {
            shown: &file.shown,
            src: raw,
            body_offset,
        };
        let expanded = match self.shortcodes {
            Some(sc) => shortcodes::expand(body, sc, owner, &place)?,
            None => None,
        };
        let text = expanded.as_ref().map_or(body, |e| e.markdown.as_str());
        let ctx = markdown::Context {
            config: &self.config.markdown,
            permalinks: self.permalinks,
            permalink,
            path: &file.shown,
            file_src: raw,
            body_offset,
            html: markdown::HtmlPolicy::new(&self.config.vilde, how.draft, how.strict),
            anchors: None,
            cutoff: None,
        };
        let render_anchor = |id: &str, level: u32| match self.shortcodes {
            Some(sc) => sc.anchor_link(id, level, &file.lang),
            None => String::new(),
        };
        let render_cutoff = |summary: &str| match self.shortcodes {
            Some(sc) => sc.summary_cutoff(summary, &file.lang),
            None => markdown::SUMMARY_CUTOFF.to_string(),
        };
        let ctx = markdown::Context {
            anchors: markdown::AnchorPlace::parse(how.anchors).map(|place| markdown::Anchors {
                place,
                render: &render_anchor,
            }),
            cutoff: Some(&render_cutoff),
            ..ctx
        };
        // Outside the strict rules an image without alt text or file is a warning.
        let img = self.images.map(|i| markdown::ImageContext {
            images: i,
            dir: &file.dir,
            draft: how.draft || !how.strict,
        });
        let mut rendered = markdown::render_with_images(text, &ctx, img.as_ref())?;
        // As Zola: counted on the text as written (shortcode calls included).
        rendered.word_count = markdown::zola_word_count(body);
        rendered.reading_time = markdown::zola_reading_time(rendered.word_count);
        if let Some(e) = &expanded {
            rendered.warnings.extend(e.warnings.iter().cloned());
        }
        if let Some(e) = expanded.filter(|e| !e.html.is_empty()) {
            e.fill(&mut rendered.html);
            if let Some(summary) = &mut rendered.summary {
                e.fill(summary);
            }
        }
        Ok(rendered)
    }
}

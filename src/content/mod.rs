//! The content library: walk `content/`, parse every page and section, give each its
//! path and permalink, leave drafts out unless asked, attach pages to their sections
//! and render Markdown (in parallel). Loading collects every problem it finds instead
//! of stopping at the first.

pub mod front_matter;
pub mod page;
pub mod problem;

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
    /// Problems left out of this build (drafts, or text not approved): listed on
    /// the front page as "under udarbejdelse", and in the build's report with why.
    /// Their Markdown is not rendered.
    pub unpublished: Vec<Page>,
}

/// What loading needs to know.
pub struct LoadOptions<'a> {
    /// The site root (the folder with `config.toml`).
    pub root: &'a Path,
    pub config: &'a Config,
    pub include_drafts: bool,
    /// The build's image processor (Markdown images: size, srcset, cache).
    pub images: Option<&'a crate::images::Processor>,
}

/// One file found under `content/`.
enum Found {
    Page(FileInfo),
    Section(FileInfo),
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

    /// Every page that is a wicked problem, in the root section's order.
    pub fn problems(&self) -> Vec<&Page> {
        let mut v: Vec<&Page> = self
            .pages
            .values()
            .filter(|p| p.is_problem())
            .collect();
        v.sort_by(|a, b| sort_key_weight(a).cmp(&sort_key_weight(b)));
        v
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

fn sort_key_weight(p: &Page) -> (i64, String) {
    (
        p.front.weight.unwrap_or(i64::MAX),
        p.file.relative_path.clone(),
    )
}

/// Load and render the whole content tree. Returns the library and warnings, or
/// every error found.
pub fn load(opts: &LoadOptions) -> Result<(Library, Vec<Diagnostic>), Vec<Diagnostic>> {
    let content = opts.root.join("content");
    if !content.is_dir() {
        return Err(vec![Diagnostic::error(opts.root.join("content"), crate::t!("content-none"))
            .expected(crate::t!("content-none-expected"))
            .hint(crate::t!("content-none-hint"))]);
    }
    let found = walk(&content)?;
    let parsed: Vec<Result<Found2, Diagnostic>> = found
        .into_par_iter()
        .map(|f| match f {
            Found::Page(info) => {
                let src = read_text(&info.abs, &info.shown)?;
                let mut page = Page::parse(info, src)?;
                // A problem bundle is one with a problem file, whatever its
                // front matter says: its publishing follows its approvals.
                let problem_bundle = page.file.is_bundle
                    && (page.problem().is_some() || problem::is_problem_bundle(&page.file.dir));
                if problem_bundle {
                    let shown_dir = page
                        .file
                        .shown
                        .parent()
                        .unwrap_or(Path::new("content"))
                        .to_path_buf();
                    page.parts = Some(problem::Parts::load(
                        &page.file.dir,
                        &shown_dir,
                        &page.raw,
                        &page.file.assets,
                    ));
                }
                Ok(Found2::Page(page))
            }
            Found::Section(info) => {
                let src = read_text(&info.abs, &info.shown)?;
                Section::parse(info, src).map(Found2::Section)
            }
        })
        .collect();
    let mut errors = Vec::new();
    let mut lib = Library::default();
    for r in parsed {
        match r {
            Ok(Found2::Page(p)) => {
                if let Some(parts) = &p.parts {
                    errors.extend(parts.diagnostics.iter().cloned());
                }
                if opts.include_drafts || is_published(&p) {
                    lib.pages.insert(p.file.relative_path.clone(), p);
                } else if p.is_problem() {
                    lib.unpublished.push(p);
                }
            }
            Ok(Found2::Section(s)) => {
                if opts.include_drafts || !s.front.draft || s.file.relative_path == "_index.md" {
                    lib.sections.insert(s.file.relative_path.clone(), s);
                }
            }
            Err(e) => errors.push(e),
        }
    }
    if !lib.sections.contains_key("_index.md") && errors.is_empty() {
        errors.push(
            Diagnostic::error("content/_index.md", crate::t!("content-no-front-page"))
                .expected(crate::t!("content-no-front-page-expected"))
                .hint(crate::t!("content-no-front-page-hint")),
        );
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    assign_paths(&mut lib, opts.config)?;
    attach_pages(&mut lib);
    render_markdown(&mut lib, opts.config, opts.images)?;
    let warnings = lib
        .pages
        .values()
        .flat_map(|p| p.rendered.warnings.iter().cloned())
        .collect();
    Ok((lib, warnings))
}

enum Found2 {
    Page(Page),
    Section(Section),
}

/// A page is published in a public build when it is not a draft and, for a wicked
/// problem, when its text is approved (`godkendt`).
pub fn is_published(p: &Page) -> bool {
    if p.front.draft {
        return false;
    }
    match (&p.parts, p.is_problem()) {
        (Some(parts), _) => parts.approved(crate::approval::Piece::Tekst),
        // A problem page outside a bundle has no approval record.
        (None, true) => false,
        (None, false) => true,
    }
}

/// Files of a problem bundle that are sources, never published as assets.
pub const BUNDLE_SOURCES: &[&str] = &["slides.md", "drejebog.toml", "godkendelse.toml"];

/// Editor temp, swap and hidden files are never content.
pub fn is_ignored_name(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
}

/// Walk `content/`: `_index.md` are sections, `index.md` makes its folder a page
/// bundle (everything else in it is an asset), other `.md` files are pages.
fn walk(content: &Path) -> Result<Vec<Found>, Vec<Diagnostic>> {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    walk_dir(content, content, &mut out, &mut errors);
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

fn walk_dir(content: &Path, dir: &Path, out: &mut Vec<Found>, errors: &mut Vec<Diagnostic>) {
    let entries = match sorted_entries(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(Diagnostic::error(
                shown(content, dir),
                crate::t!("content-folder-unreadable", why = e.to_string()),
            ));
            return;
        }
    };
    let rel_dir = rel(content, dir);
    let components: Vec<String> = rel_dir
        .split('/')
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    let index = entries.iter().find(|(n, _, _)| n == "index.md");
    if let (Some((_, path, kind)), true) = (index, dir != content) {
        if kind.is_symlink() {
            errors.push(symlink_error(content, path));
            return;
        }
        if !kind.is_file() {
            errors.push(not_regular(content, path));
            return;
        }
        let mut assets = Vec::new();
        collect_assets(content, dir, dir, &mut assets, errors);
        out.push(Found::Page(info(
            content,
            &dir.join("index.md"),
            dir,
            components,
            assets,
            true,
        )));
        return;
    }
    for (name, path, kind) in entries {
        if is_ignored_name(&name) {
            continue;
        }
        if kind.is_symlink() {
            errors.push(symlink_error(content, &path));
        } else if kind.is_dir() {
            walk_dir(content, &path, out, errors);
        } else if !kind.is_file() {
            errors.push(not_regular(content, &path));
        } else if name == "_index.md" {
            out.push(Found::Section(info(
                content,
                &path,
                dir,
                components.clone(),
                Vec::new(),
                false,
            )));
        } else if name.ends_with(".md") {
            out.push(Found::Page(info(
                content,
                &path,
                dir,
                components.clone(),
                Vec::new(),
                false,
            )));
        }
    }
}

fn symlink_error(content: &Path, path: &Path) -> Diagnostic {
    Diagnostic::error(
        shown(content, path),
        crate::t!("content-symlink"),
    )
    .hint(crate::t!("content-symlink-hint"))
}

fn collect_assets(
    content: &Path,
    bundle: &Path,
    dir: &Path,
    out: &mut Vec<String>,
    errors: &mut Vec<Diagnostic>,
) {
    let entries = match sorted_entries(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(Diagnostic::error(
                shown(content, dir),
                crate::t!("content-folder-unreadable", why = e.to_string()),
            ));
            return;
        }
    };
    for (name, path, kind) in entries {
        if is_ignored_name(&name)
            || (dir == bundle && (name == "index.md" || BUNDLE_SOURCES.contains(&name.as_str())))
        {
            continue;
        }
        if kind.is_symlink() {
            errors.push(symlink_error(content, &path));
        } else if kind.is_dir() {
            collect_assets(content, bundle, &path, out, errors);
        } else if kind.is_file() {
            out.push(rel(bundle, &path));
        } else {
            errors.push(not_regular(content, &path));
        }
    }
}

fn not_regular(content: &Path, path: &Path) -> Diagnostic {
    Diagnostic::error(shown(content, path), crate::t!("content-not-regular", why = crate::diag::not_regular()))
        .hint(crate::t!("content-not-regular-hint"))
}

/// A folder's entries sorted by name, with their type as the folder listing gives
/// it (no extra `stat` per file; a symlink is reported as a symlink).
fn sorted_entries(dir: &Path) -> std::io::Result<Vec<(String, PathBuf, std::fs::FileType)>> {
    let mut v = Vec::new();
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        let kind = e.file_type()?;
        let name = e.file_name().into_string().map_err(|n| not_utf8_name(&n))?;
        v.push((name, e.path(), kind));
    }
    v.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(v)
}

fn info(
    content: &Path,
    file: &Path,
    dir: &Path,
    components: Vec<String>,
    assets: Vec<String>,
    bundle: bool,
) -> FileInfo {
    FileInfo {
        relative_path: rel(content, file),
        shown: shown(content, file),
        abs: file.to_path_buf(),
        dir: dir.to_path_buf(),
        components,
        assets,
        is_bundle: bundle,
    }
}

/// A file name that is not valid text: two such names could become one address.
pub fn not_utf8_name(name: &std::ffi::OsStr) -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::InvalidData,
        crate::t!("content-name-not-utf8", name = name.to_string_lossy().to_string()),
    )
}

/// `/`-separated path of `p` below `base`.
fn rel(base: &Path, p: &Path) -> String {
    let r = p.strip_prefix(base).unwrap_or(p);
    r.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn shown(content: &Path, p: &Path) -> PathBuf {
    Path::new("content").join(p.strip_prefix(content).unwrap_or(p))
}

/// Set every page's and section's path and permalink; two files with the same path
/// are an error naming both.
fn assign_paths(lib: &mut Library, config: &Config) -> Result<(), Vec<Diagnostic>> {
    let mut seen: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut errors = Vec::new();
    for s in lib.sections.values_mut() {
        if let Some(pp) = &s.front.paginate_path {
            if let Err(why) = address_part(pp) {
                errors.push(bad_address(&s.file.shown, &s.raw, "paginate_path", pp, &why));
            }
        }
        s.path = if s.file.components.is_empty() {
            "/".to_string()
        } else {
            format!("/{}/", s.file.components.join("/"))
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
                let parent = if p.file.is_bundle {
                    let c = &p.file.components;
                    c[..c.len().saturating_sub(1)].join("/")
                } else {
                    p.file.components.join("/")
                };
                if parent.is_empty() {
                    format!("/{}/", p.slug)
                } else {
                    format!("/{parent}/{}/", p.slug)
                }
            }
        };
        p.permalink = config.url(&p.path);
        if let Some(other) = seen.insert(p.path.clone(), p.file.shown.clone()) {
            errors.push(
                Diagnostic::error(&p.file.shown, crate::t!("content-same-address", address = p.path.clone()))
                    .found(format!("{} and {}", other.display(), p.file.shown.display()))
                    .hint(crate::t!("content-same-address-hint")),
            );
        }
    }
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
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
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
    match raw.find(&format!("{key} ")).or_else(|| raw.find(&format!("{key}:"))) {
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

/// Put each page in its nearest section and sort sections' pages as `sort_by` says.
fn attach_pages(lib: &mut Library) {
    let section_of =
        |components: &[String], sections: &BTreeMap<String, Section>| -> Option<String> {
            for n in (0..=components.len()).rev() {
                let key = if n == 0 {
                    "_index.md".to_string()
                } else {
                    format!("{}/_index.md", components[..n].join("/"))
                };
                if sections.contains_key(&key) {
                    return Some(key);
                }
            }
            None
        };
    let mut by_section: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (key, p) in &lib.pages {
        let comps = if p.file.is_bundle {
            &p.file.components[..p.file.components.len().saturating_sub(1)]
        } else {
            &p.file.components[..]
        };
        if let Some(s) = section_of(comps, &lib.sections) {
            by_section.entry(s).or_default().push(key.clone());
        }
    }
    let keys: Vec<String> = lib.sections.keys().cloned().collect();
    for key in &keys {
        let comps = &lib.sections[key].file.components;
        if comps.is_empty() {
            continue;
        }
        if let Some(parent) = section_of(&comps[..comps.len() - 1], &lib.sections) {
            if let Some(s) = lib.sections.get_mut(&parent) {
                s.subsections.push(key.clone());
            }
        }
    }
    for (skey, mut pages) in by_section {
        let sort_by = lib.sections[&skey]
            .front
            .sort_by
            .clone()
            .unwrap_or_else(|| "none".into());
        let pages_map = &lib.pages;
        match sort_by.as_str() {
            "weight" => {
                pages.sort_by_key(|k| (pages_map[k].front.weight.unwrap_or(i64::MAX), k.clone()))
            }
            "title" => pages.sort_by_key(|k| (pages_map[k].title().to_lowercase(), k.clone())),
            "date" => pages.sort_by(|a, b| {
                let (da, db) = (pages_map[a].front.date, pages_map[b].front.date);
                db.cmp(&da).then_with(|| a.cmp(b))
            }),
            _ => {}
        }
        if let Some(s) = lib.sections.get_mut(&skey) {
            s.pages = pages;
        }
    }
}

/// Render every page's and section's Markdown in parallel.
fn render_markdown(
    lib: &mut Library,
    config: &Config,
    images: Option<&crate::images::Processor>,
) -> Result<(), Vec<Diagnostic>> {
    let permalinks = lib.permalinks();
    let env = MarkdownEnv {
        config,
        permalinks: &permalinks,
        images,
    };
    let mut errors: Vec<Diagnostic> = lib
        .pages
        .par_iter_mut()
        .flat_map_iter(|(_, p)| {
            match env.render(
                p.body(),
                &p.file,
                &p.raw,
                p.body_offset,
                &p.permalink,
                p.front.draft,
            ) {
                Ok(r) => {
                    p.rendered = r;
                    if !p.is_problem() {
                        // Only a problem's source is read again (metadata lines,
                        // approval hashes, LIX); a large site need not hold the rest.
                        p.raw = String::new();
                    }
                    Vec::new()
                }
                Err(e) => e,
            }
        })
        .collect();
    for s in lib.sections.values_mut() {
        match env.render(
            s.body(),
            &s.file,
            &s.raw,
            s.body_offset,
            &s.permalink,
            s.front.draft,
        ) {
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

/// What rendering any Markdown body of the site shares.
struct MarkdownEnv<'a> {
    config: &'a Config,
    permalinks: &'a HashMap<String, String>,
    images: Option<&'a crate::images::Processor>,
}

impl MarkdownEnv<'_> {
    /// Render one body of the file `file` (whose whole text is `raw`).
    fn render(
        &self,
        body: &str,
        file: &FileInfo,
        raw: &str,
        body_offset: usize,
        permalink: &str,
        draft: bool,
    ) -> Result<markdown::Rendered, Vec<Diagnostic>> {
        let ctx = markdown::Context {
            config: &self.config.markdown,
            permalinks: self.permalinks,
            permalink,
            path: &file.shown,
            file_src: raw,
            body_offset,
            html: markdown::HtmlPolicy::new(&self.config.vilde, draft),
        };
        let img = self.images.map(|i| markdown::ImageContext {
            images: i,
            dir: &file.dir,
            draft,
        });
        markdown::render_with_images(body, &ctx, img.as_ref())
    }
}

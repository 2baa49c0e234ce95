//! Rendering: load the Tera templates (built-in defaults, then the theme's
//! `themes/<name>/templates/`, then the site's `templates/`, each overriding the one
//! before), then render every page, section and special file to an [`OutputFile`].
//! Rendering never writes to disk; `output` does.

pub mod context;
pub mod functions;
pub mod problem;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use serde_json::{json, Value};
use tera::Tera;

use crate::config::Config;
use crate::content::{Library, Page, Section};
use crate::diag::{read_text, Diagnostic};

use context::Views;
use functions::Shared;

/// One file of the built site, relative to the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// `/`-separated, no leading slash: `a/index.html`.
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Template name → (file shown to the user, source), for error lines.
pub struct Templates {
    pub tera: Tera,
    pub sources: BTreeMap<String, (PathBuf, String)>,
}

const BUILTINS: &[(&str, &str)] = &[
    ("sitemap.xml", include_str!("builtin/sitemap.xml")),
    ("robots.txt", include_str!("builtin/robots.txt")),
    ("404.html", include_str!("builtin/404.html")),
];

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
    if let Some(theme) = &config.theme {
        let dir = root.join("themes").join(theme);
        if !dir.is_dir() {
            return Err(vec![Diagnostic::error("config.toml", format!("the theme `{theme}` was not found"))
                .expected(format!("a folder themes/{theme}/ with templates/ inside"))
                .hint("check the spelling of `theme` in config.toml, or remove the line to use only templates/")]);
        }
        read_template_dir(root, &dir.join("templates"), &mut sources, &mut errors);
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
        if !entry.file_type().is_file() || crate::content::is_ignored_name(&name) {
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
    let mut d = Diagnostic::error(&shown, format!("template error: {}", first_line(&detail)));
    if let Some((l, c)) = parse_position(&full) {
        d = d.at(l, c);
    } else if let (Some(t), Some(needle)) = (text, quoted(&detail, '`')) {
        let needle = needle.split('.').next_back().unwrap_or(&needle).to_string();
        if let Some(off) = t.find(&needle) {
            d = d.at_offset(t, off);
        }
    }
    d.found(full.lines().filter(|l| !l.trim().is_empty()).take(8).collect::<Vec<_>>().join("\n            "))
        .hint("check the template near this line: every {{ }}, {% %} and {% end… %} must match, and names must exist in the context")
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

/// One template render to do.
pub struct Job {
    pub template: String,
    pub out_path: String,
    pub context: Value,
    /// The content file the page comes from (for "missing template" errors).
    pub source: PathBuf,
}

/// Render the whole site.
#[allow(clippy::too_many_arguments)]
pub fn render_site(
    root: &Path,
    config: &Config,
    lib: &Library,
    slide_template: Option<&crate::slides::SlideTemplate>,
    diagnostics: &[Diagnostic],
    templates: Templates,
    opts: RenderOptions,
    images: Arc<crate::images::Processor>,
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    let domain = problem::Domain {
        template: slide_template,
        diagnostics,
        opts,
    };
    let views = Views::build(lib, &config.default_language);
    let config_value = serde_json::to_value(config).unwrap_or(Value::Null);
    let vilde = vilde_value(lib, config, opts);
    let mut jobs = Vec::new();
    let mut raw_files = Vec::new();
    for s in lib.sections.values() {
        if s.front.render == Some(false) {
            continue;
        }
        jobs.push(section_job(s, config, &views, &config_value, &vilde));
    }
    for p in lib.pages.values() {
        if p.front.render == Some(false) {
            continue;
        }
        let job = page_job(
            p,
            lib,
            config,
            &views,
            &config_value,
            &vilde,
            &templates,
            &domain,
        );
        let (extra_jobs, extra_files) = problem::extras(p, config, &job.context, &domain);
        jobs.push(job);
        jobs.extend(extra_jobs);
        raw_files.extend(extra_files);
    }
    if opts.preview {
        jobs.push(Job {
            template: "status.html".into(),
            out_path: "_status/index.html".into(),
            context: json!({ "config": config_value, "lang": config.default_language, "vilde": vilde, "current_url": config.url("_status/"), "current_path": "/_status/", "rows": problem::status_rows(lib, config, &domain), "deadlines": config.vilde.deadlines.iter().map(|d| json!({"name": d.name, "date": d.date.danish(), "pieces": d.pieces})).collect::<Vec<_>>() }),
            source: PathBuf::from("templates/status.html"),
        });
    }
    jobs.push(Job {
        template: "404.html".into(),
        out_path: "404.html".into(),
        context: json!({ "config": config_value, "lang": config.default_language, "vilde": vilde, "current_url": config.url("404.html"), "current_path": "/404.html" }),
        source: PathBuf::from("templates/404.html"),
    });
    jobs.push(Job {
        template: "sitemap.xml".into(),
        out_path: "sitemap.xml".into(),
        context: json!({ "config": config_value, "entries": sitemap_entries(lib) }),
        source: PathBuf::from("templates/sitemap.xml"),
    });
    jobs.push(Job {
        template: "robots.txt".into(),
        out_path: "robots.txt".into(),
        context: json!({ "config": config_value }),
        source: PathBuf::from("templates/robots.txt"),
    });

    let shared = Arc::new(Shared {
        config: config.clone(),
        root: root.to_path_buf(),
        permalinks: lib.permalinks(),
        views,
    });
    let Templates { mut tera, sources } = templates;
    functions::register(&mut tera, shared);
    functions::register_images(&mut tera, images);
    let mut files = run_jobs(&tera, &sources, jobs)?;
    files.extend(raw_files);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// Render jobs in parallel; collect every error.
pub fn run_jobs(
    tera: &Tera,
    sources: &BTreeMap<String, (PathBuf, String)>,
    jobs: Vec<Job>,
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    let results: Vec<Result<OutputFile, Diagnostic>> = jobs
        .into_par_iter()
        .map(|job| {
            if !sources.contains_key(&job.template) {
                return Err(missing_template(&job, sources));
            }
            let ctx = tera::Context::from_value(job.context)
                .map_err(|e| tera_error(&e, sources, Some(&job.template)))?;
            tera.render(&job.template, &ctx)
                .map(|html| OutputFile {
                    path: job.out_path,
                    bytes: html.into_bytes(),
                })
                .map_err(|e| tera_error(&e, sources, Some(&job.template)))
        })
        .collect();
    let mut out = Vec::with_capacity(results.len());
    let mut errors = Vec::new();
    for r in results {
        match r {
            Ok(f) => out.push(f),
            Err(e) => {
                if !errors.contains(&e) {
                    errors.push(e)
                }
            }
        }
    }
    if errors.is_empty() {
        out.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(out)
    } else {
        Err(errors)
    }
}

fn missing_template(job: &Job, sources: &BTreeMap<String, (PathBuf, String)>) -> Diagnostic {
    let have: Vec<&str> = sources
        .keys()
        .map(String::as_str)
        .filter(|n| n.ends_with(".html"))
        .collect();
    Diagnostic::error(&job.source, format!("the template `{}` was not found", job.template))
        .expected(format!("a file templates/{} in the site, or in the theme's templates/ folder", job.template))
        .found(format!("these templates: {}", have.join(", ")))
        .hint("create the template, fix the `template` name in the front matter, or set `theme` in config.toml")
}

fn section_job(
    s: &Section,
    config: &Config,
    views: &Views,
    config_value: &Value,
    vilde: &Value,
) -> Job {
    let is_root = s.file.relative_path == "_index.md";
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
        context: json!({
            "config": config_value,
            "section": views.sections.get(&s.file.relative_path),
            "current_url": s.permalink,
            "current_path": s.path,
            "lang": config.default_language,
            "paginator": null,
            "vilde": vilde,
        }),
        source: s.file.shown.clone(),
    }
}

#[allow(clippy::too_many_arguments)]
fn page_job(
    p: &Page,
    lib: &Library,
    config: &Config,
    views: &Views,
    config_value: &Value,
    vilde: &Value,
    templates: &Templates,
    domain: &problem::Domain,
) -> Job {
    let parent_template = lib
        .sections
        .values()
        .find(|s| s.pages.contains(&p.file.relative_path))
        .and_then(|s| s.front.page_template.clone());
    let mut problem = context::problem_view(p);
    if let Some(Value::Object(m)) = &mut problem {
        problem::extend_view(m, p, config, domain);
    }
    let default = if problem.is_some() && templates.sources.contains_key("problem.html") {
        "problem.html"
    } else {
        "page.html"
    };
    let template = p
        .front
        .template
        .clone()
        .or(parent_template)
        .unwrap_or_else(|| default.into());
    Job {
        template,
        out_path: format!("{}index.html", p.path.trim_start_matches('/')),
        context: json!({
            "config": config_value,
            "page": views.pages.get(&p.file.relative_path),
            "current_url": p.permalink,
            "current_path": p.path,
            "lang": config.default_language,
            "problem": problem,
            "vilde": vilde,
        }),
        source: p.file.shown.clone(),
    }
}

/// The `vilde` key every template gets: build kind and the list of all problems
/// (including those not yet published, so the front page can list all seven).
fn vilde_value(lib: &Library, config: &Config, opts: RenderOptions) -> Value {
    let mut problems: Vec<(i64, String, Value)> = lib
        .problems()
        .into_iter()
        .map(|p| {
            let key = (p.front.weight.unwrap_or(i64::MAX), p.title().to_string());
            let mut v = context::problem_view(p).unwrap_or(Value::Null);
            if let Value::Object(m) = &mut v {
                m.insert("title".into(), json!(p.title()));
                m.insert("permalink".into(), json!(p.permalink));
                m.insert("description".into(), json!(p.front.description));
                m.insert("draft".into(), json!(p.front.draft));
                m.insert("published".into(), json!(true));
                let tekst = p.parts.as_ref().map(|x| x.approvals.get(crate::approval::Piece::Tekst).status);
                m.insert("tekst_status".into(), json!(tekst));
            }
            (key.0, key.1, v)
        })
        .collect();
    for u in &lib.unpublished {
        problems.push((
            u.weight,
            u.title.clone(),
            json!({ "title": u.title, "published": false, "permalink": null }),
        ));
    }
    problems.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    json!({
        "preview": opts.preview,
        "problems": problems.into_iter().map(|(_, _, v)| v).collect::<Vec<_>>(),
        "accessibility_statement": config.vilde.accessibility_statement,
    })
}

/// Sitemap entries, sorted by permalink for byte-identical output.
fn sitemap_entries(lib: &Library) -> Vec<Value> {
    let mut entries: Vec<(String, Option<String>)> = lib
        .sections
        .values()
        .filter(|s| s.front.render != Some(false))
        .map(|s| (s.permalink.clone(), None))
        .chain(
            lib.pages
                .values()
                .filter(|p| p.front.render != Some(false))
                .map(|p| {
                    (
                        p.permalink.clone(),
                        p.front.updated.or(p.front.date).map(|d| d.to_string()),
                    )
                }),
        )
        .collect();
    entries.sort();
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

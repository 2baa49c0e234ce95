//! Zola's template functions and filters on Tera: `get_url`, `get_section`,
//! `get_page`, `load_data`, `trans`, `get_hash`, `resize_image`,
//! `get_image_metadata` and the `markdown` filter. They read the views computed once
//! per build; only `resize_image` writes (to the image cache, see `crate::images`).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use base64::Engine;
use serde_json::Value;
use sha2::Digest;
use tera::{Error, Function, Result as TeraResult, Tera};

use crate::config::Config;
use crate::images;
use crate::markdown;

use super::context::Views;

/// What the functions can see.
pub struct Shared {
    pub config: Config,
    pub root: PathBuf,
    pub permalinks: HashMap<String, String>,
    /// The page and section views; `None` while Markdown (and its shortcodes)
    /// is rendered, when `get_page` and `get_section` do not exist yet (as in Zola).
    pub views: Option<Arc<Views>>,
    /// vilde's strict rules apply to what the `markdown` filter makes.
    pub strict: bool,
    /// Files the build made that templates may ask for (compiled Sass), by
    /// output path.
    pub generated: HashMap<String, Vec<u8>>,
    /// Every taxonomy (empty while Markdown is rendered).
    pub taxonomies: Vec<crate::content::taxonomies::Taxonomy>,
    /// Files the build copies into the output (output path → source).
    pub published: HashMap<String, PathBuf>,
}

/// Register every function and filter on `tera`.
pub fn register(tera: &mut Tera, shared: Arc<Shared>) {
    tera.register_function("get_url", GetUrl(shared.clone()));
    tera.register_function("get_section", GetSection(shared.clone()));
    tera.register_function("get_page", GetPage(shared.clone()));
    tera.register_function("load_data", LoadData(shared.clone()));
    tera.register_function("trans", Trans(shared.clone()));
    tera.register_function("get_hash", GetHash(shared.clone()));
    tera.register_function("get_taxonomy_url", GetTaxonomyUrl(shared.clone()));
    tera.register_function("get_taxonomy", GetTaxonomy(shared.clone()));
    tera.register_function("get_taxonomy_term", GetTaxonomyTerm(shared.clone()));
    register_images(
        tera,
        Arc::new(images::Processor::new(&shared.root, &shared.config)),
    );
    register_filters(tera, &shared.config.default_language);
    let md = shared.config.markdown.clone();
    let trusted = shared.config.vilde.allow_raw_html || !shared.strict;
    let hosts = shared.config.vilde.allowed_video_hosts.clone();
    tera.register_filter(
        "markdown",
        move |v: &Value, args: &HashMap<String, Value>| {
            let s = v
                .as_str()
                .ok_or_else(|| Error::msg(crate::t!("fn-markdown-text")))?;
            let inline = args.get("inline").and_then(Value::as_bool).unwrap_or(false);
            Ok(Value::String(markdown::render_inline(
                s, &md, inline, trusted, &hosts,
            )))
        },
    );
}

/// Zola's own filters: `base64_encode`, `base64_decode`, `regex_replace` and
/// `num_format` (in the site's language unless `locale` says otherwise).
fn register_filters(tera: &mut Tera, default_language: &str) {
    tera.register_filter("base64_encode", |v: &Value, _: &HashMap<String, Value>| {
        let s = v
            .as_str()
            .ok_or_else(|| Error::msg(crate::t!("filter-text", filter = "base64_encode")))?;
        Ok(Value::String(
            base64::engine::general_purpose::STANDARD.encode(s.as_bytes()),
        ))
    });
    tera.register_filter("base64_decode", |v: &Value, _: &HashMap<String, Value>| {
        let s = v
            .as_str()
            .ok_or_else(|| Error::msg(crate::t!("filter-text", filter = "base64_decode")))?;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(s.as_bytes())
            .map_err(|e| Error::msg(crate::t!("filter-base64", why = e.to_string())))?;
        String::from_utf8(bytes)
            .map(Value::String)
            .map_err(|e| Error::msg(crate::t!("filter-base64", why = e.to_string())))
    });
    let cache: std::sync::Mutex<HashMap<String, regex::Regex>> = Default::default();
    tera.register_filter(
        "regex_replace",
        move |v: &Value, args: &HashMap<String, Value>| {
            let f = "regex_replace";
            let text = v
                .as_str()
                .ok_or_else(|| Error::msg(crate::t!("filter-text", filter = f)))?;
            let pattern = str_arg(args, "pattern", f)?;
            let rep = str_arg(args, "rep", f)?;
            let mut cache = cache.lock().unwrap_or_else(|e| e.into_inner());
            if !cache.contains_key(pattern) {
                let re = regex::Regex::new(pattern)
                    .map_err(|e| Error::msg(crate::t!("filter-regex", why = e.to_string())))?;
                cache.insert(pattern.to_string(), re);
            }
            Ok(Value::String(
                cache[pattern].replace_all(text, rep).into_owned(),
            ))
        },
    );
    let lang = default_language.to_string();
    tera.register_filter(
        "num_format",
        move |v: &Value, args: &HashMap<String, Value>| {
            use num_format::ToFormattedString;
            let n = v
                .as_i64()
                .ok_or_else(|| Error::msg(crate::t!("filter-integer", filter = "num_format")))?;
            let locale = args.get("locale").and_then(Value::as_str).unwrap_or(&lang);
            let locale = num_format::Locale::from_name(locale)
                .map_err(|_| Error::msg(crate::t!("filter-locale", locale = locale)))?;
            Ok(Value::String(n.to_formatted_string(&locale)))
        },
    );
}

/// Register `resize_image` and `get_image_metadata` on the build's image processor
/// (call again with the pipeline's processor to replace the default one, so
/// processed images reach the output).
pub fn register_images(tera: &mut Tera, processor: Arc<images::Processor>) {
    tera.register_function("resize_image", ResizeImage(processor.clone()));
    tera.register_function("get_image_metadata", GetImageMetadata(processor));
}

fn str_arg<'a>(args: &'a HashMap<String, Value>, name: &str, func: &str) -> TeraResult<&'a str> {
    args.get(name)
        .and_then(Value::as_str)
        .ok_or_else(|| Error::msg(crate::t!("fn-arg-text", func = func, name = name)))
}

fn bool_arg(args: &HashMap<String, Value>, name: &str, default: bool) -> bool {
    args.get(name).and_then(Value::as_bool).unwrap_or(default)
}

pub use crate::paths::inside_root;

struct GetUrl(Arc<Shared>);
impl Function for GetUrl {
    fn call(&self, args: &HashMap<String, Value>) -> TeraResult<Value> {
        let path = str_arg(args, "path", "get_url")?;
        let s = &self.0;
        let lang = lang_arg(args, &s.config, "get_url")?;
        if path.starts_with("@/") {
            let with_lang = path_with_lang(path, &lang, &s.config);
            return markdown::resolve_internal(&with_lang, &s.permalinks)
                .map(Value::String)
                .map_err(|t| Error::msg(crate::t!("fn-get-url-page", page = t)));
        }
        if path.contains("://") || path.starts_with("//") {
            return Ok(Value::String(path.to_string()));
        }
        // Zola: `/<lang>/` before the path for another language, and no trailing
        // slash unless asked for.
        let path = if lang != s.config.default_language
            && !path.trim_start_matches('/').starts_with(&lang)
        {
            format!("{lang}/{}", path.trim_start_matches('/'))
        } else {
            path.to_string()
        };
        let mut url = s.config.make_permalink(&path);
        if !bool_arg(args, "trailing_slash", false) && url.ends_with('/') {
            url.pop();
        }
        if bool_arg(args, "cachebust", false) {
            let bytes = s.find_file(&path).ok_or_else(|| {
                Error::msg(crate::t!("fn-get-url-cachebust", path = path.as_str()))
            })?;
            let h = sha2::Sha256::digest(&bytes);
            url.push_str(&format!("?h={}", &hex(&h)[..20]));
        }
        Ok(Value::String(url))
    }
    fn is_safe(&self) -> bool {
        true
    }
}

/// The `lang` argument (the default language when not given); it must be one of
/// the site's languages.
fn lang_arg(args: &HashMap<String, Value>, config: &Config, func: &str) -> TeraResult<String> {
    match args.get("lang").and_then(Value::as_str) {
        None => Ok(config.default_language.clone()),
        Some(l) if config.languages.contains_key(l) => Ok(l.to_string()),
        Some(l) => Err(Error::msg(crate::t!(
            "fn-lang-unknown",
            func = func,
            lang = l
        ))),
    }
}

/// `@/blog/a.md` in another language: `@/blog/a.fr.md`.
fn path_with_lang(path: &str, lang: &str, config: &Config) -> String {
    if lang == config.default_language {
        return path.to_string();
    }
    match path.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}.{lang}.{ext}"),
        None => path.to_string(),
    }
}

impl Shared {
    /// A `get_page`/`get_section` path as Zola takes it — relative to `content/`,
    /// with `@/`, or the absolute path a translation's `path` holds — as the
    /// library's key (relative to `content/`).
    fn content_key(&self, path: &str) -> String {
        let path = path.trim_start_matches("@/");
        let content = self.root.join("content");
        match Path::new(path).strip_prefix(&content) {
            Ok(rel) => rel.to_string_lossy().into_owned(),
            Err(_) => path.to_string(),
        }
    }

    /// Zola's `search_for_file`: the path as given from the site folder, then in
    /// `static/`, `content/`, what the build made (compiled Sass) and the theme's
    /// `static/`; never outside the site (an error says so).
    pub fn find(&self, path: &str) -> Result<Option<Found>, String> {
        let rel = match path.strip_prefix("@/") {
            Some(r) => format!("content/{r}"),
            None => path.trim_start_matches('/').to_string(),
        };
        let mut places = vec![
            rel.clone(),
            format!("static/{rel}"),
            format!("content/{rel}"),
        ];
        if let Some(t) = &self.config.theme {
            places.push(format!("themes/{t}/static/{rel}"));
        }
        for (i, place) in places.iter().enumerate() {
            let full = inside_root(&self.root, place)?;
            if full.is_file() {
                return Ok(Some(Found::File(full)));
            }
            if i == 2 {
                if let Some(bytes) = self.generated.get(&rel) {
                    return Ok(Some(Found::Made(rel.clone(), bytes.clone())));
                }
                // Zola looks in its output folder: here, what the build publishes.
                let key: Vec<&str> = rel.split('/').filter(|s| !s.is_empty()).collect();
                if let Some(src) = self.published.get(&key.join("/")) {
                    return Ok(Some(Found::File(src.clone())));
                }
            }
        }
        Ok(None)
    }

    /// The bytes of a file [`Shared::find`] finds.
    pub fn find_file(&self, path: &str) -> Option<Vec<u8>> {
        match self.find(path).ok()?? {
            Found::File(p) => crate::diag::read_regular(&p).ok(),
            Found::Made(_, bytes) => Some(bytes),
        }
    }
}

/// A file found for a template function.
pub enum Found {
    File(PathBuf),
    /// Made by the build (output path, bytes).
    Made(String, Vec<u8>),
}

struct GetSection(Arc<Shared>);
impl Function for GetSection {
    fn call(&self, args: &HashMap<String, Value>) -> TeraResult<Value> {
        let path = self.0.content_key(str_arg(args, "path", "get_section")?);
        let lang = lang_arg(args, &self.0.config, "get_section")?;
        let path = path_with_lang(&path, &lang, &self.0.config);
        let views =
            self.0.views.as_ref().ok_or_else(|| {
                Error::msg(crate::t!("fn-not-in-shortcode", func = "get_section"))
            })?;
        let meta = bool_arg(args, "metadata_only", false);
        let found = in_content(&path, |key| match meta {
            true => views.sections_meta.get(key).cloned(),
            false => views.section(key),
        });
        found.ok_or_else(|| Error::msg(crate::t!("fn-get-section", path = path.as_str())))
    }
}

struct GetPage(Arc<Shared>);
impl Function for GetPage {
    fn call(&self, args: &HashMap<String, Value>) -> TeraResult<Value> {
        let path = self.0.content_key(str_arg(args, "path", "get_page")?);
        let lang = lang_arg(args, &self.0.config, "get_page")?;
        let path = path_with_lang(&path, &lang, &self.0.config);
        let path = path.as_str();
        let views = self
            .0
            .views
            .as_ref()
            .ok_or_else(|| Error::msg(crate::t!("fn-not-in-shortcode", func = "get_page")))?;
        in_content(path, |key| views.page(key))
            .ok_or_else(|| Error::msg(crate::t!("fn-get-page", path = path)))
    }
}

/// `find` of the library's key, or of the key without a leading `content/` (a
/// translation's `path` is the file as shown, `content/…`).
fn in_content(key: &str, find: impl Fn(&str) -> Option<Value>) -> Option<Value> {
    find(key).or_else(|| key.strip_prefix("content/").and_then(&find))
}

/// The taxonomy `kind` of the `lang` argument's language; `None` (Zola's
/// `required = false`) or an error when there is none.
fn taxonomy_arg<'s>(
    s: &'s Shared,
    args: &HashMap<String, Value>,
    func: &str,
) -> TeraResult<Option<&'s crate::content::taxonomies::Taxonomy>> {
    let kind = str_arg(args, "kind", func)?;
    let lang = lang_arg(args, &s.config, func)?;
    match s
        .taxonomies
        .iter()
        .find(|t| t.kind.name == kind && t.lang == lang)
    {
        Some(t) => Ok(Some(t)),
        None if !bool_arg(args, "required", true) => Ok(None),
        None => Err(Error::msg(crate::t!(
            "fn-taxonomy-unknown",
            func = func,
            kind = kind
        ))),
    }
}

struct GetTaxonomyUrl(Arc<Shared>);
impl Function for GetTaxonomyUrl {
    fn call(&self, args: &HashMap<String, Value>) -> TeraResult<Value> {
        let f = "get_taxonomy_url";
        let name = str_arg(args, "name", f)?;
        let Some(t) = taxonomy_arg(&self.0, args, f)? else {
            return Ok(Value::Null);
        };
        let slug = markdown::slugify_with(name, &self.0.config.slugify.taxonomies);
        t.terms
            .iter()
            .find(|term| term.slug == slug)
            .map(|term| Value::String(term.permalink.clone()))
            .ok_or_else(|| {
                Error::msg(crate::t!(
                    "fn-taxonomy-term",
                    func = f,
                    term = name,
                    kind = t.kind.name.as_str()
                ))
            })
    }
    fn is_safe(&self) -> bool {
        true
    }
}

struct GetTaxonomy(Arc<Shared>);
impl Function for GetTaxonomy {
    fn call(&self, args: &HashMap<String, Value>) -> TeraResult<Value> {
        let f = "get_taxonomy";
        let views = self
            .0
            .views
            .as_ref()
            .ok_or_else(|| Error::msg(crate::t!("fn-not-in-shortcode", func = f)))?;
        Ok(match taxonomy_arg(&self.0, args, f)? {
            Some(t) => super::taxonomy::taxonomy_view(t, views),
            None => Value::Null,
        })
    }
}

struct GetTaxonomyTerm(Arc<Shared>);
impl Function for GetTaxonomyTerm {
    fn call(&self, args: &HashMap<String, Value>) -> TeraResult<Value> {
        let f = "get_taxonomy_term";
        let views = self
            .0
            .views
            .as_ref()
            .ok_or_else(|| Error::msg(crate::t!("fn-not-in-shortcode", func = f)))?;
        let name = str_arg(args, "term", f)?;
        let Some(t) = taxonomy_arg(&self.0, args, f)? else {
            return Ok(Value::Null);
        };
        match t.terms.iter().find(|term| term.name == name) {
            Some(term) => Ok(super::taxonomy::term_view(
                term,
                views,
                bool_arg(args, "include_pages", true),
            )),
            None if !bool_arg(args, "required", true) => Ok(Value::Null),
            None => Err(Error::msg(crate::t!(
                "fn-taxonomy-term",
                func = f,
                term = name,
                kind = t.kind.name.as_str()
            ))),
        }
    }
}

struct LoadData(Arc<Shared>);
impl Function for LoadData {
    fn call(&self, args: &HashMap<String, Value>) -> TeraResult<Value> {
        let f = "load_data";
        let required = bool_arg(args, "required", true);
        if args.contains_key("url") {
            return Err(Error::msg(crate::t!("fn-load-data-url")));
        }
        let (text, shown, ext) = if let Some(lit) = args.get("literal").and_then(Value::as_str) {
            (lit.to_string(), "literal".to_string(), String::new())
        } else {
            let path = str_arg(args, "path", f)?;
            let unreadable = |why: String| {
                Error::msg(crate::t!("fn-load-data-unreadable", path = path, why = why))
            };
            let bytes = match self.0.find(path) {
                Err(why) => return Err(Error::msg(format!("load_data: {why}"))),
                Ok(None) if !required => return Ok(Value::Null),
                Ok(None) => return Err(unreadable(crate::t!("fn-load-data-missing"))),
                Ok(Some(Found::Made(_, bytes))) => bytes,
                Ok(Some(Found::File(full))) => {
                    crate::diag::read_regular(&full).map_err(|e| unreadable(e.to_string()))?
                }
            };
            let text = String::from_utf8(bytes).map_err(|e| unreadable(e.to_string()))?;
            let ext = path
                .rsplit_once('.')
                .map(|(_, e)| e.to_ascii_lowercase())
                .unwrap_or_default();
            (text, path.to_string(), ext)
        };
        let format = args
            .get("format")
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or(ext);
        parse_data(&text, &format).map_err(|(name, why)| {
            Error::msg(crate::t!(
                "fn-load-data-format",
                path = shown.as_str(),
                format = name,
                why = why
            ))
        })
    }
}

/// Data in one of Zola's `load_data` formats; anything else is plain text.
fn parse_data(text: &str, format: &str) -> Result<Value, (&'static str, String)> {
    let json = |v: Result<Value, serde_json::Error>| v.map_err(|e| e.to_string());
    match format {
        "toml" => toml::from_str::<toml::Value>(text)
            .map_err(|e| crate::diag::translate_serde(e.message()))
            .and_then(|v| json(serde_json::to_value(v)))
            .map_err(|e| ("TOML", e)),
        "json" => serde_json::from_str(text).map_err(|e| ("JSON", e.to_string())),
        "yaml" | "yml" => serde_yaml::from_str(text).map_err(|e| ("YAML", e.to_string())),
        "csv" => csv_value(text).map_err(|e| ("CSV", e)),
        "bibtex" => bibtex_value(text).map_err(|e| ("BibTeX", e)),
        "xml" => roxmltree_to_serde::xml_string_to_json(text.to_string(), &Default::default())
            .map_err(|e| ("XML", format!("{e:?}"))),
        _ => Ok(Value::String(text.to_string())),
    }
}

/// Zola's CSV shape: `{headers: [...], records: [[...], ...]}`.
fn csv_value(text: &str) -> Result<Value, String> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers: Vec<Value> = reader
        .headers()
        .map_err(|e| e.to_string())?
        .iter()
        .map(|h| Value::String(h.into()))
        .collect();
    let mut records = Vec::new();
    for r in reader.records() {
        let r = r.map_err(|e| e.to_string())?;
        records.push(Value::Array(
            r.iter().map(|c| Value::String(c.into())).collect(),
        ));
    }
    Ok(serde_json::json!({ "headers": headers, "records": records }))
}

/// Zola's BibTeX shape: preambles, comments, variables and bibliographies.
fn bibtex_value(text: &str) -> Result<Value, String> {
    let b = nom_bibtex::Bibtex::parse(text).map_err(|e| format!("{e:?}"))?;
    let strings = |v: &[String]| {
        v.iter()
            .map(|s| Value::String(s.clone()))
            .collect::<Vec<_>>()
    };
    let variables: serde_json::Map<String, Value> = b
        .variables()
        .iter()
        .map(|(k, v)| (k.to_string(), Value::String(v.to_string())))
        .collect();
    let bibliographies: Vec<Value> = b
        .bibliographies()
        .iter()
        .map(|e| {
            let tags: serde_json::Map<String, Value> =
                e.tags().iter().map(|(k, v)| (k.to_lowercase(), Value::String(v.to_string()))).collect();
            serde_json::json!({ "entry_type": e.entry_type(), "citation_key": e.citation_key(), "tags": tags })
        })
        .collect();
    Ok(serde_json::json!({
        "preambles": strings(b.preambles()),
        "comments": strings(b.comments()),
        "variables": variables,
        "bibliographies": bibliographies,
    }))
}

struct Trans(Arc<Shared>);
impl Function for Trans {
    fn call(&self, args: &HashMap<String, Value>) -> TeraResult<Value> {
        let key = str_arg(args, "key", "trans")?;
        let lang = lang_arg(args, &self.0.config, "trans")?;
        let t = &self.0.config.language(&lang).translations;
        t.get(key)
            .and_then(|v| v.as_str())
            .map(|s| Value::String(s.to_string()))
            .ok_or_else(|| Error::msg(crate::t!("fn-trans", key = key)))
    }
}

struct GetHash(Arc<Shared>);
impl Function for GetHash {
    fn call(&self, args: &HashMap<String, Value>) -> TeraResult<Value> {
        let bytes = if let Some(lit) = args.get("literal").and_then(Value::as_str) {
            lit.as_bytes().to_vec()
        } else {
            let path = str_arg(args, "path", "get_hash")?;
            self.0
                .find_file(path)
                .ok_or_else(|| Error::msg(crate::t!("fn-get-hash-file", path = path)))?
        };
        let sha = args.get("sha_type").and_then(Value::as_u64).unwrap_or(384);
        let digest: Vec<u8> = match sha {
            256 => sha2::Sha256::digest(&bytes).to_vec(),
            384 => sha2::Sha384::digest(&bytes).to_vec(),
            512 => sha2::Sha512::digest(&bytes).to_vec(),
            other => {
                return Err(Error::msg(crate::t!(
                    "fn-get-hash-type",
                    value = other.to_string()
                )))
            }
        };
        Ok(Value::String(if bool_arg(args, "base64", true) {
            base64::engine::general_purpose::STANDARD.encode(digest)
        } else {
            hex(&digest)
        }))
    }
}

struct ResizeImage(Arc<images::Processor>);
impl Function for ResizeImage {
    fn call(&self, args: &HashMap<String, Value>) -> TeraResult<Value> {
        let f = "resize_image";
        let path = str_arg(args, "path", f)?;
        let fail = |m: String| Error::msg(format!("{f}: {m}"));
        let dim = |name: &str| -> TeraResult<Option<u32>> {
            match args.get(name) {
                None | Some(Value::Null) => Ok(None),
                Some(v) => v
                    .as_u64()
                    .and_then(|n| u32::try_from(n).ok())
                    .map(Some)
                    .ok_or_else(|| {
                        fail(crate::t!(
                            "fn-resize-pixels",
                            name = name,
                            value = v.to_string()
                        ))
                    }),
            }
        };
        let op = match args.get("op").and_then(Value::as_str) {
            Some(s) => images::Op::parse(s).map_err(fail)?,
            None => images::Op::Fill,
        };
        let format = match args.get("format").and_then(Value::as_str) {
            Some(s) => images::Format::parse(s).map_err(fail)?,
            None => images::Format::Auto,
        };
        let quality = match args.get("quality") {
            None | Some(Value::Null) => images::DEFAULT_QUALITY,
            Some(v) => v
                .as_u64()
                .and_then(|q| u8::try_from(q).ok())
                .filter(|q| (1..=100).contains(q))
                .ok_or_else(|| fail(crate::t!("fn-resize-quality", value = v.to_string())))?,
        };
        let req = images::Resize {
            width: dim("width")?,
            height: dim("height")?,
            op,
            format,
            quality,
        };
        let file = self.0.resolve(path).map_err(fail)?;
        let r = self
            .0
            .resize(&file, &req)
            .map_err(|d| fail(diag_text(&d)))?;
        serde_json::to_value(r).map_err(|e| fail(e.to_string()))
    }
}

struct GetImageMetadata(Arc<images::Processor>);
impl Function for GetImageMetadata {
    fn call(&self, args: &HashMap<String, Value>) -> TeraResult<Value> {
        let f = "get_image_metadata";
        let path = str_arg(args, "path", f)?;
        let file = match self.0.resolve(path) {
            Ok(file) => file,
            Err(_) if bool_arg(args, "allow_missing", false) => return Ok(Value::Null),
            Err(m) => return Err(Error::msg(format!("{f}: {m}"))),
        };
        let m = self
            .0
            .metadata(&file)
            .map_err(|d| Error::msg(format!("{f}: {}", diag_text(&d))))?;
        serde_json::to_value(m).map_err(|e| Error::msg(e.to_string()))
    }
}

/// A diagnostic as one line for a template error: message and how to fix it.
fn diag_text(d: &crate::diag::Diagnostic) -> String {
    match &d.hint {
        Some(h) => format!("{}; {h}", d.message),
        None => d.message.clone(),
    }
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_formats_in_zolas_shapes() {
        let v = parse_data("a,b\n1,\"2, two\"\n", "csv").unwrap();
        assert_eq!(v["headers"][1], "b");
        assert_eq!(v["records"][0][1], "2, two");
        let v = parse_data("@article{k1, title = {A title}, year = 2020}", "bibtex").unwrap();
        assert_eq!(v["bibliographies"][0]["citation_key"], "k1");
        assert_eq!(v["bibliographies"][0]["tags"]["title"], "A title");
        let v = parse_data("<root><item id=\"1\">x</item></root>", "xml").unwrap();
        assert_eq!(v["root"]["item"]["@id"], 1);
        assert_eq!(parse_data("a = 1", "toml").unwrap()["a"], 1);
        assert_eq!(parse_data("a: [1]", "yaml").unwrap()["a"][0], 1);
        assert_eq!(parse_data("{\"a\": 2}", "json").unwrap()["a"], 2);
        assert_eq!(parse_data("just text", "txt").unwrap(), "just text");
        assert_eq!(parse_data("a = ", "toml").unwrap_err().0, "TOML");
    }
}

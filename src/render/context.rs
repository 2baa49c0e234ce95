//! The Tera context, Zola-compatible: `Serializing*` views of pages and sections with
//! Zola's field names (`page.title`, `page.content`, `page.toc`, `section.pages`, …),
//! built at most once per build as JSON values (see [`Views`]).

use std::collections::HashMap;
use std::sync::Mutex;

use rayon::prelude::*;
use serde_json::{json, Map, Value};

use crate::content::{Library, Page, Section};

/// The page and section views of one build. Each page's HTML is moved out of the
/// library into its slot (never copied). When templates may ask for any page
/// (`get_page`, `get_section`) every view is built up front and copied on demand;
/// otherwise a page's view is built when its section renders, lent to that render
/// and then moved into the page's own render, so only the views of the sections
/// being rendered are alive at a time.
pub struct Views {
    /// Relative path → the page's HTML or its view.
    pages: HashMap<String, Mutex<Slot>>,
    /// Relative path → section view without pages (`metadata_only`).
    pub sections_meta: HashMap<String, Value>,
    /// Relative path → the section's page keys, in order.
    section_pages: HashMap<String, Vec<String>>,
    /// Page key → (lower, higher): its neighbours in its section (Zola's names).
    neighbours: HashMap<String, (Option<String>, Option<String>)>,
}

/// Where a page's view is.
enum Slot {
    /// Not built yet: the page's rendered HTML.
    Html(String),
    /// Built.
    View(Value),
    /// Moved into the page's own render.
    Gone,
}

impl Views {
    /// Move each page's HTML out of the library; with `all_up_front`, build every
    /// page's view now (in parallel).
    pub fn build(lib: &mut Library, all_up_front: bool) -> Views {
        let neighbours = lib
            .pages
            .iter()
            .map(|(k, p)| (k.clone(), (p.lower.clone(), p.higher.clone())))
            .collect();
        let multilingual = lib.multilingual;
        let html: Vec<(String, String)> = lib
            .pages
            .iter_mut()
            .map(|(k, p)| (k.clone(), std::mem::take(&mut p.rendered.html)))
            .collect();
        let lib: &Library = lib;
        let sections_meta = lib
            .sections
            .iter()
            .map(|(k, s)| {
                (
                    k.clone(),
                    section_view(s, translated(lib, &s.translations, multilingual)),
                )
            })
            .collect();
        let section_pages = lib
            .sections
            .iter()
            .map(|(k, s)| (k.clone(), s.pages.clone()))
            .collect();
        let mut views = Views {
            pages: HashMap::new(),
            sections_meta,
            section_pages,
            neighbours,
        };
        let slots: Vec<(String, Slot)> = html
            .into_par_iter()
            .map(|(k, html)| {
                let slot = match lib.pages.get(&k) {
                    Some(p) if all_up_front => Slot::View(views.page_view(lib, p, html)),
                    _ => Slot::Html(html),
                };
                (k, slot)
            })
            .collect();
        views.pages = slots
            .into_iter()
            .map(|(k, slot)| (k, Mutex::new(slot)))
            .collect();
        views
    }

    /// The page's full view, with its neighbours.
    fn page_view(&self, lib: &Library, p: &Page, html: String) -> Value {
        let mut view = page_view(p, html);
        if let Value::Object(m) = &mut view {
            m.insert(
                "translations".into(),
                translated(lib, &p.translations, lib.multilingual),
            );
        }
        if let (Value::Object(m), Some((lower, higher))) =
            (&mut view, self.neighbours.get(&p.file.relative_path))
        {
            // Zola's siblings: the neighbour's page without its own neighbours (and,
            // here, without its content).
            let shallow = |k: &Option<String>| {
                k.as_deref()
                    .and_then(|k| lib.pages.get(k))
                    .map_or(Value::Null, |p| page_view(p, String::new()))
            };
            m.insert("lower".into(), shallow(lower));
            m.insert("higher".into(), shallow(higher));
        }
        view
    }

    fn slot(&self, key: &str) -> Option<std::sync::MutexGuard<'_, Slot>> {
        let slot = self.pages.get(key)?;
        Some(slot.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// A copy of a page's view (`None` for no such page, or once it was moved).
    pub fn page(&self, key: &str) -> Option<Value> {
        match &*self.slot(key)? {
            Slot::View(v) => Some(v.clone()),
            Slot::Html(_) | Slot::Gone => None,
        }
    }

    /// A copy of a page's view, built if it is not yet (for a problem's extra pages).
    pub fn page_of(&self, lib: &Library, p: &Page) -> Value {
        let Some(mut slot) = self.slot(&p.file.relative_path) else {
            return Value::Null;
        };
        if let Slot::Html(html) = &mut *slot {
            *slot = Slot::View(self.page_view(lib, p, std::mem::take(html)));
        }
        match &*slot {
            Slot::View(v) => v.clone(),
            _ => Value::Null,
        }
    }

    /// Move a page's view out, building it if needed: for the page's own render,
    /// when no other render will ask for it.
    pub fn take_page(&self, lib: &Library, p: &Page) -> Option<Value> {
        let mut slot = self.slot(&p.file.relative_path)?;
        match std::mem::replace(&mut *slot, Slot::Gone) {
            Slot::View(v) => Some(v),
            Slot::Html(html) => Some(self.page_view(lib, p, html)),
            Slot::Gone => None,
        }
    }

    /// Free what is left on every core (one by one it takes longer than building).
    pub fn drop_in_parallel(self) {
        self.pages.into_par_iter().for_each(drop);
    }

    /// Zola's full section view, with copies of its pages' views in `pages`.
    pub fn section(&self, key: &str) -> Option<Value> {
        self.section_with(key, |k| self.page(k))
    }

    /// The section view with its pages' views moved in (built if needed, never
    /// copied): lent for one render and given back with [`Views::give_back`]. A
    /// page belongs to one section only, so sections can be lent at the same time.
    pub fn lend_section(&self, lib: &Library, key: &str) -> Option<Value> {
        self.section_with(key, |k| self.take_page(lib, lib.pages.get(k)?))
    }

    /// Put the page views of a lent section (or paginator) back in their slots.
    pub fn give_back(&self, lent: Value) {
        let Value::Object(mut m) = lent else {
            return;
        };
        let Some(Value::Array(pages)) = m.remove("pages") else {
            return;
        };
        for view in pages {
            let key = view.get("relative_path").and_then(Value::as_str);
            if let Some(mut slot) = key.and_then(|k| self.slot(k)) {
                *slot = Slot::View(view);
            }
        }
    }

    /// The keys of a section's pages, in order.
    pub fn pages_of(&self, section: &str) -> &[String] {
        self.section_pages.get(section).map_or(&[], Vec::as_slice)
    }

    fn section_with(&self, key: &str, page: impl Fn(&str) -> Option<Value>) -> Option<Value> {
        let mut v = self.sections_meta.get(key)?.clone();
        let pages: Vec<Value> = self
            .section_pages
            .get(key)?
            .iter()
            .filter_map(|k| page(k))
            .collect();
        if let Value::Object(m) = &mut v {
            m.insert("pages".into(), Value::Array(pages));
        }
        Some(v)
    }
}

/// `config` as a language's templates see it (Zola's `Config::serialize`): that
/// language's title, description, feeds, taxonomies and search, and the other
/// languages in `languages`.
pub fn config_value(config: &crate::config::Config, lang: &str) -> Value {
    let mut v = serde_json::to_value(config).unwrap_or(Value::Null);
    let options = config.language(lang);
    if let Value::Object(m) = &mut v {
        m.insert("base_url".into(), json!(config.base_url_written));
        m.insert("title".into(), json!(options.title));
        m.insert("description".into(), json!(options.description));
        m.insert("generate_feeds".into(), json!(options.generate_feeds));
        m.insert("generate_feed".into(), json!(options.generate_feeds));
        m.insert("feed_filenames".into(), json!(options.feed_filenames));
        m.insert("taxonomies".into(), json!(options.taxonomies));
        m.insert(
            "build_search_index".into(),
            json!(options.build_search_index),
        );
        let others: Map<String, Value> = config
            .languages
            .iter()
            .filter(|(k, _)| k.as_str() != lang)
            .map(|(k, o)| (k.clone(), json!(o)))
            .collect();
        m.insert("languages".into(), Value::Object(others));
        m.insert(
            "search".into(),
            json!({ "index_format": config.search.index_format }),
        );
        for gone in [
            "translations",
            "vilde",
            "output_dir",
            "theme",
            "compile_sass",
            "feed_limit",
            "slugify",
            "taxonomy_root",
            "minify_html",
        ] {
            m.remove(gone);
        }
    }
    v
}

/// Zola's `TranslatedContent` of each version (only on a multilingual site).
fn translated(lib: &Library, keys: &[String], multilingual: bool) -> Value {
    if !multilingual {
        return Value::Array(Vec::new());
    }
    let one = |lang: &str, permalink: &str, title: &Option<String>, path: &std::path::Path| json!({ "lang": lang, "permalink": permalink, "title": title, "path": path });
    let list = keys
        .iter()
        .filter_map(|k| match (lib.pages.get(k), lib.sections.get(k)) {
            (Some(p), _) => Some(one(
                &p.file.lang,
                &p.permalink,
                &p.front.title,
                &p.file.shown,
            )),
            (None, Some(s)) => Some(one(
                &s.file.lang,
                &s.permalink,
                &s.front.title,
                &s.file.shown,
            )),
            _ => None,
        })
        .collect();
    Value::Array(list)
}

/// Zola's `SerializingPage`, plus `vilde` (the problem's metadata).
pub fn page_view(p: &Page, content: String) -> Value {
    let f = &p.front;
    let date = f.date.as_ref().map(|d| d.text.as_str());
    let (year, month, day) = match &f.date {
        Some(d) => {
            use chrono::Datelike;
            (
                Some(d.day.0.year()),
                Some(d.day.0.month()),
                Some(d.day.0.day()),
            )
        }
        None => (None, None, None),
    };
    let colocated = if p.file.is_bundle {
        Some(format!("{}/", p.file.components.join("/")))
    } else {
        None
    };
    let components: Vec<&str> = p.path.split('/').filter(|s| !s.is_empty()).collect();
    let mut view = json!({
        "relative_path": p.file.relative_path,
        "colocated_path": colocated,
        "permalink": p.permalink,
        "slug": p.slug,
        "ancestors": p.ancestors,
        "title": f.title,
        "description": f.description,
        "updated": f.updated.as_ref().map(|d| d.text.as_str()),
        "date": date,
        "year": year,
        "month": month,
        "day": day,
        "taxonomies": f.taxonomies,
        "authors": f.authors,
        "extra": f.extra,
        "path": p.path,
        "draft": f.draft,
        "components": components,
        "summary": p.rendered.summary,
        "toc": p.rendered.toc,
        "word_count": p.rendered.word_count,
        "reading_time": p.rendered.reading_time,
        "assets": p.file.assets.iter().map(|a| format!("{}{}", p.path, a)).collect::<Vec<_>>(),
        "weight": f.weight,
        "lower": null,
        "higher": null,
        "translations": [],
        "backlinks": [],
        "lang": p.file.lang,
    });
    // Moved in, not serialized: `json!` would copy the page's whole HTML.
    if let Value::Object(m) = &mut view {
        m.insert("content".into(), Value::String(content));
    }
    view
}

/// Zola's `SerializingSection`; `pages` is filled when page views are given.
pub fn section_view(s: &Section, translations: Value) -> Value {
    let f = &s.front;
    let page_list: Vec<Value> = Vec::new();
    let subsections: Vec<&String> = s.subsections.iter().collect();
    let components: Vec<&str> = s.path.split('/').filter(|c| !c.is_empty()).collect();
    json!({
        "relative_path": s.file.relative_path,
        "colocated_path": null,
        "content": s.rendered.html,
        "permalink": s.permalink,
        "draft": f.draft,
        "ancestors": s.ancestors,
        "title": f.title,
        "description": f.description,
        "extra": f.extra,
        "path": s.path,
        "components": components,
        "toc": s.rendered.toc,
        "word_count": s.rendered.word_count,
        "reading_time": s.rendered.reading_time,
        "lang": s.file.lang,
        "assets": s.file.assets.iter().map(|a| format!("{}{}", s.path, a)).collect::<Vec<_>>(),
        "pages": page_list,
        "subsections": subsections,
        "translations": translations,
        "backlinks": [],
        "generate_feeds": false,
        "summary": s.rendered.summary,
        "page_count": s.pages.len(),
    })
}

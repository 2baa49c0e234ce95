//! The Tera context, Zola-compatible: `Serializing*` views of pages and sections with
//! Zola's field names (`page.title`, `page.content`, `page.toc`, `section.pages`, …),
//! built once per build as JSON values and shared by every template render.

use std::collections::HashMap;
use std::sync::Mutex;

use rayon::prelude::*;
use serde_json::{json, Map, Value};

use crate::content::front_matter::DEPARTMENTS;
use crate::content::page::missing_problem_fields;
use crate::content::{Library, Page, Section};

/// All views of one build: page views computed once (in parallel); a section's
/// full view (with its pages) is put together only when it is asked for.
pub struct Views {
    /// Relative path → page view (with content). A page's own render may move its
    /// view out ([`Views::take_page`]) once nothing else will ask for it.
    pages: HashMap<String, Mutex<Option<Value>>>,
    /// Relative path → section view without pages (`metadata_only`).
    pub sections_meta: HashMap<String, Value>,
    /// Relative path → the section's page keys, in order.
    section_pages: HashMap<String, Vec<String>>,
}

impl Views {
    /// Build the views. Each page's rendered HTML is moved out of the library into
    /// its view (not copied), so a large site holds its HTML once.
    pub fn build(lib: &mut Library, lang: &str) -> Views {
        // lower/higher: neighbours in the parent section (shallow, as Zola does).
        let mut neighbours: HashMap<String, (Option<String>, Option<String>)> = HashMap::new();
        for s in lib.sections.values() {
            for (i, key) in s.pages.iter().enumerate() {
                let lower = s.pages.get(i + 1).cloned();
                let higher = i.checked_sub(1).and_then(|j| s.pages.get(j)).cloned();
                neighbours.insert(key.clone(), (lower, higher));
            }
        }
        let shallow: HashMap<String, Value> = lib
            .pages
            .par_iter()
            .map(|(k, p)| (k.clone(), shallow_page(p)))
            .collect();
        let shallow_of = |k: &Option<String>| {
            k.as_deref()
                .and_then(|k| shallow.get(k).cloned())
                .unwrap_or(Value::Null)
        };
        let built: Vec<(String, Value)> = {
            let mut pages: Vec<(&String, &mut Page)> = lib.pages.iter_mut().collect();
            pages
                .par_iter_mut()
                .map(|(k, p)| {
                    let html = std::mem::take(&mut p.rendered.html);
                    if p.parts.is_none() {
                        // Rendering reads only a problem page's source (its LIX); the
                        // others' text is no longer needed.
                        p.raw = String::new();
                    }
                    let mut view = page_view(p, html);
                    if let (Value::Object(m), Some((lower, higher))) =
                        (&mut view, neighbours.get(k.as_str()))
                    {
                        m.insert("lower".into(), shallow_of(lower));
                        m.insert("higher".into(), shallow_of(higher));
                    }
                    (k.to_string(), view)
                })
                .collect()
        };
        let lib: &Library = lib;
        let sections_meta: HashMap<String, Value> = lib
            .sections
            .iter()
            .map(|(k, s)| (k.clone(), section_view(s, lang)))
            .collect();
        let section_pages = lib
            .sections
            .iter()
            .map(|(k, s)| (k.clone(), s.pages.clone()))
            .collect();
        Views {
            pages: built
                .into_iter()
                .map(|(k, v)| (k, Mutex::new(Some(v))))
                .collect(),
            sections_meta,
            section_pages,
        }
    }

    fn slot(&self, key: &str) -> Option<std::sync::MutexGuard<'_, Option<Value>>> {
        let slot = self.pages.get(key)?;
        Some(slot.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// A copy of a page's view (`None` for no such page, or while it is lent out).
    pub fn page(&self, key: &str) -> Option<Value> {
        self.slot(key)?.clone()
    }

    /// Move a page's view out: for its own render, when no other render will ask
    /// for it (it saves a deep copy of every page of the site).
    pub fn take_page(&self, key: &str) -> Option<Value> {
        self.slot(key)?.take()
    }

    /// Free what is left on every core (one by one it takes longer than building).
    pub fn drop_in_parallel(self) {
        self.pages.into_par_iter().for_each(drop);
    }

    /// Zola's full section view, with copies of its pages' views in `pages`.
    pub fn section(&self, key: &str) -> Option<Value> {
        self.section_with(key, |k| self.page(k))
    }

    /// The section view with its pages' views moved in (not copied): lent for
    /// one render and given back with [`Views::give_back`]. A page belongs to one
    /// section only, so sections can be lent at the same time.
    pub fn lend_section(&self, key: &str) -> Option<Value> {
        self.section_with(key, |k| self.take_page(k))
    }

    /// Put the page views of a lent section back in their slots.
    pub fn give_back(&self, section: Value) {
        let Value::Object(mut m) = section else {
            return;
        };
        let Some(Value::Array(pages)) = m.remove("pages") else {
            return;
        };
        for view in pages {
            let key = view.get("relative_path").and_then(Value::as_str);
            if let Some(mut slot) = key.and_then(|k| self.slot(k)) {
                *slot = Some(view);
            }
        }
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

fn ancestors(components: &[String]) -> Vec<String> {
    let mut v = vec!["_index.md".to_string()];
    for n in 1..components.len() {
        v.push(format!("{}/_index.md", components[..n].join("/")));
    }
    v
}

fn shallow_page(p: &Page) -> Value {
    json!({ "title": p.front.title, "permalink": p.permalink, "path": p.path, "slug": p.slug })
}

/// Zola's `SerializingPage`, plus `vilde` (the problem's metadata).
pub fn page_view(p: &Page, content: String) -> Value {
    let f = &p.front;
    let date = f.date.map(|d| d.to_string());
    let (year, month, day) = match f.date {
        Some(d) => {
            use chrono::Datelike;
            (Some(d.0.year()), Some(d.0.month()), Some(d.0.day()))
        }
        None => (None, None, None),
    };
    let parent_components: Vec<String> = if p.file.is_bundle {
        p.file.components[..p.file.components.len().saturating_sub(1)].to_vec()
    } else {
        p.file.components.clone()
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
        "ancestors": ancestors(&parent_components),
        "title": f.title,
        "description": f.description,
        "updated": f.updated.map(|d| d.to_string()),
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
        "lang": "da",
        "vilde": f.vilde,
    });
    // Moved in, not serialized: `json!` would copy the page's whole HTML.
    if let Value::Object(m) = &mut view {
        m.insert("content".into(), Value::String(content));
    }
    view
}

/// Zola's `SerializingSection`; `pages` is filled when page views are given.
fn section_view(s: &Section, lang: &str) -> Value {
    let f = &s.front;
    let page_list: Vec<Value> = Vec::new();
    let subsections: Vec<&String> = s.subsections.iter().collect();
    let components: Vec<&str> = s.path.split('/').filter(|c| !c.is_empty()).collect();
    let parent = &s.file.components[..s.file.components.len().saturating_sub(1)];
    json!({
        "relative_path": s.file.relative_path,
        "colocated_path": null,
        "content": s.rendered.html,
        "permalink": s.permalink,
        "draft": f.draft,
        "ancestors": if s.file.components.is_empty() { Vec::new() } else { ancestors(parent) },
        "title": f.title,
        "description": f.description,
        "extra": f.extra,
        "path": s.path,
        "components": components,
        "toc": s.rendered.toc,
        "word_count": s.rendered.word_count,
        "reading_time": s.rendered.reading_time,
        "lang": lang,
        "assets": [],
        "pages": page_list,
        "subsections": subsections,
        "translations": [],
        "backlinks": [],
        "generate_feeds": false,
        "summary": s.rendered.summary,
        "page_count": s.pages.len(),
    })
}

/// The `problem` key of a problem page: department name, contacts and what a
/// published problem still lacks.
pub fn problem_view(p: &Page) -> Option<Value> {
    let meta = p.problem()?;
    let dept_name = meta.magistratsafdeling.as_deref().and_then(|code| {
        DEPARTMENTS
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, n)| *n)
    });
    let mut m = Map::new();
    m.insert("magistratsafdeling".into(), json!(meta.magistratsafdeling));
    m.insert("afdeling_navn".into(), json!(dept_name));
    m.insert("sagsnummer".into(), json!(meta.sagsnummer));
    m.insert("resume".into(), json!(meta.resume));
    m.insert("projektledere".into(), json!(meta.projektledere));
    m.insert(
        "mangler".into(),
        json!(missing_problem_fields(meta, p.front.description.as_deref())),
    );
    m.insert("slug".into(), json!(p.slug));
    Some(Value::Object(m))
}

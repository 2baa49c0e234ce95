//! Zola's taxonomy pages: one list page per taxonomy (`<name>/list.html`, else
//! `taxonomy_list.html`) with `terms`, and one page per term (`<name>/single.html`,
//! else `taxonomy_single.html`) with `term`, paginated when the taxonomy has
//! `paginate_by`; both get `taxonomy`, `config` and `lang` of the taxonomy's
//! language. Terms' feeds are in [`super::feeds`].

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

use serde_json::{json, Value};

use crate::content::taxonomies::{Taxonomy, Term};

use super::context::Views;
use super::paginate::Paging;
use super::{Job, JobContext};

/// A term's view: name, slug, address, its pages' views (or none) and the count.
pub fn term_view(t: &Term, views: &Views, with_pages: bool) -> Value {
    let pages: Vec<Value> = if with_pages {
        t.pages.iter().filter_map(|k| views.page(k)).collect()
    } else {
        Vec::new()
    };
    json!({
        "name": t.name,
        "slug": t.slug,
        "path": t.path,
        "permalink": t.permalink,
        "pages": pages,
        "page_count": t.pages.len(),
    })
}

/// Zola's `SerializedTaxonomy`: its config, language, address and terms.
pub fn taxonomy_view(t: &Taxonomy, views: &Views) -> Value {
    json!({
        "kind": t.kind,
        "lang": t.lang,
        "permalink": t.permalink,
        "items": t.terms.iter().map(|term| term_view(term, views, true)).collect::<Vec<_>>(),
    })
}

/// What every taxonomy page's context holds besides its own keys.
pub struct Shared<'a> {
    pub views: &'a Views,
    pub configs: BTreeMap<String, Value>,
    pub vilde: Value,
    pub base_url: &'a str,
    pub config: &'a crate::config::Config,
    /// The names of the site's templates.
    pub templates: HashSet<String>,
}

impl Shared<'_> {
    fn context(&self, t: &Taxonomy, path: &str, own: Value) -> Value {
        let mut v = json!({
            "config": self.configs.get(&t.lang),
            "lang": t.lang,
            "taxonomy": t.kind,
            "vilde": self.vilde,
            "current_url": format!("{}{}", self.base_url, path.trim_start_matches('/')),
            "current_path": path,
        });
        if let (Value::Object(m), Value::Object(o)) = (&mut v, own) {
            m.extend(o);
        }
        v
    }

    fn template(&self, t: &Taxonomy, specific: &str, generic: &str) -> String {
        let name = format!("{}/{specific}", t.kind.name);
        if self.templates.contains(&name) {
            name
        } else {
            generic.to_string()
        }
    }
}

/// The list page and the term pages of every rendered taxonomy.
pub fn jobs<'a>(taxonomies: &'a [Taxonomy], cx: &'a Shared<'a>) -> Vec<Job<'a>> {
    let mut jobs = Vec::new();
    for t in taxonomies.iter().filter(|t| t.kind.render) {
        jobs.push(Job {
            template: cx.template(t, "list.html", "taxonomy_list.html"),
            out_path: format!("{}index.html", t.path.trim_start_matches('/')),
            context: JobContext::Later(Box::new(move || {
                let terms: Vec<Value> = t
                    .terms
                    .iter()
                    .map(|term| term_view(term, cx.views, true))
                    .collect();
                cx.context(t, &t.path, json!({ "terms": terms }))
            })),
            source: PathBuf::from("config.toml"),
        });
        for term in &t.terms {
            jobs.extend(term_jobs(t, term, cx));
        }
    }
    jobs
}

fn term_jobs<'a>(t: &'a Taxonomy, term: &'a Term, cx: &'a Shared<'a>) -> Vec<Job<'a>> {
    let template = cx.template(t, "single.html", "taxonomy_single.html");
    let Some(by) = t.kind.paginate_by.filter(|n| *n > 0) else {
        return vec![Job {
            template,
            out_path: format!("{}index.html", term.path.trim_start_matches('/')),
            context: JobContext::Later(Box::new(move || {
                cx.context(
                    t,
                    &term.path,
                    json!({ "term": term_view(term, cx.views, true) }),
                )
            })),
            source: PathBuf::from("config.toml"),
        }];
    };
    let paging = Paging {
        by,
        path: &term.path,
        paginate_path: t.kind.paginate_path().trim_matches('/'),
        total: term.pages.len(),
    };
    // As for sections: `…/page/1/` sends the reader to the term's own page.
    let first = format!("{}{}/1/", term.path, paging.paginate_path);
    let alias = super::redirect_job(&first, &term.permalink, cx.config);
    paging
        .pagers()
        .into_iter()
        .map(|pager| {
            let path = paging.path(pager.index);
            Job {
                template: template.clone(),
                out_path: format!("{}index.html", path.trim_start_matches('/')),
                context: JobContext::Later(Box::new(move || {
                    let pages = term.pages[pager.start..pager.end]
                        .iter()
                        .filter_map(|k| cx.views.page(k))
                        .collect();
                    let paginator = paging.paginator(&pager, cx.base_url, pages);
                    cx.context(
                        t,
                        &path,
                        json!({ "term": term_view(term, cx.views, true), "paginator": paginator }),
                    )
                })),
                source: PathBuf::from("config.toml"),
            }
        })
        .chain(alias)
        .collect()
}

//! Zola's taxonomies: every `taxonomies = [{ name = "tags" }]` of a language
//! collects the terms its pages list under `[taxonomies]`. A term's pages are
//! sorted newest first (undated ones after them); terms by their address name.
//! A taxonomy with no terms still exists (its list page is empty), as in Zola.

use std::collections::BTreeMap;

use crate::config::{Config, TaxonomyConfig};
use crate::diag::Diagnostic;

use super::Library;

/// One taxonomy of one language.
#[derive(Debug, Clone)]
pub struct Taxonomy {
    pub kind: TaxonomyConfig,
    pub lang: String,
    /// Site path of its list page: `/tags/`, `/fr/tags/`.
    pub path: String,
    pub permalink: String,
    pub terms: Vec<Term>,
}

/// One term and its pages.
#[derive(Debug, Clone)]
pub struct Term {
    pub name: String,
    pub slug: String,
    pub path: String,
    pub permalink: String,
    /// Page keys, newest first.
    pub pages: Vec<String>,
}

/// Find every taxonomy; a page naming a taxonomy its language does not have,
/// or terms that are not a list of text, is an error.
pub fn find(lib: &Library, config: &Config) -> Result<Vec<Taxonomy>, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    // (lang, taxonomy slug) → term name → page keys
    let mut found: BTreeMap<(String, String), BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for (lang, options) in &config.languages {
        for t in &options.taxonomies {
            found.entry((lang.clone(), t.slug.clone())).or_default();
        }
    }
    for (key, p) in &lib.pages {
        let options = config.language(&p.file.lang);
        for (name, terms) in &p.front.taxonomies {
            let at = |d: Diagnostic| match p.raw.find(name.as_str()) {
                Some(off) if !p.raw.is_empty() => d.at_offset(&p.raw, off),
                _ => d,
            };
            let Some(kind) = options.taxonomies.iter().find(|t| &t.name == name) else {
                let known: Vec<&str> = options.taxonomies.iter().map(|t| t.name.as_str()).collect();
                errors.push(at(Diagnostic::error(
                    &p.file.shown,
                    crate::t!("tax-unknown", name = name.as_str()),
                )
                .expected(crate::t!(
                    "tax-unknown-expected",
                    names = if known.is_empty() {
                        "–".into()
                    } else {
                        known.join(", ")
                    }
                ))
                .hint(crate::t!("tax-unknown-hint", name = name.as_str()))));
                continue;
            };
            let Some(list) = terms.as_array().filter(|l| l.iter().all(|v| v.is_str())) else {
                errors.push(at(Diagnostic::error(
                    &p.file.shown,
                    crate::t!("tax-not-list", name = name.as_str()),
                )
                .hint(crate::t!("tax-not-list-hint", name = name.as_str()))));
                continue;
            };
            let terms = found
                .entry((p.file.lang.clone(), kind.slug.clone()))
                .or_default();
            for term in list.iter().filter_map(|v| v.as_str()) {
                terms.entry(term.to_string()).or_default().push(key.clone());
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut out = Vec::new();
    for ((lang, slug), terms) in found {
        let Some(kind) = config
            .language(&lang)
            .taxonomies
            .iter()
            .find(|t| t.slug == slug)
        else {
            continue;
        };
        out.push(taxonomy(kind, &lang, terms, lib, config));
    }
    Ok(out)
}

fn taxonomy(
    kind: &TaxonomyConfig,
    lang: &str,
    terms: BTreeMap<String, Vec<String>>,
    lib: &Library,
    config: &Config,
) -> Taxonomy {
    let mut base = Vec::new();
    if lang != config.default_language {
        base.push(lang.to_string());
    }
    if let Some(root) = &config.taxonomy_root {
        base.push(root.trim_matches('/').to_string());
    }
    base.push(kind.slug.clone());
    let path = format!("/{}/", base.join("/"));
    let mut list: Vec<Term> = Vec::new();
    for (name, mut pages) in terms {
        let slug = crate::markdown::slugify_with(&name, &config.slugify.taxonomies);
        let term_path = format!("{path}{slug}/");
        sort_newest_first(&mut pages, lib);
        // Terms whose addresses are the same are one term (as Zola merges them).
        if let Some(same) = list.iter_mut().find(|t| t.path == term_path) {
            same.pages.extend(pages);
            continue;
        }
        list.push(Term {
            permalink: config.make_permalink(&term_path),
            path: term_path,
            name,
            slug,
            pages,
        });
    }
    list.sort_by(|a, b| a.slug.cmp(&b.slug).then_with(|| a.name.cmp(&b.name)));
    Taxonomy {
        kind: kind.clone(),
        lang: lang.to_string(),
        permalink: config.make_permalink(&path),
        path,
        terms: list,
    }
}

/// Newest first (ties by address); pages without a date after them.
fn sort_newest_first(keys: &mut Vec<String>, lib: &Library) {
    keys.dedup();
    let date = |k: &String| lib.pages.get(k).and_then(|p| p.front.date.as_ref());
    let permalink = |k: &String| {
        lib.pages
            .get(k)
            .map(|p| p.permalink.clone())
            .unwrap_or_default()
    };
    let (mut dated, undated): (Vec<String>, Vec<String>) =
        keys.drain(..).partition(|k| date(k).is_some());
    dated.sort_by(|a, b| {
        date(b)
            .cmp(&date(a))
            .then_with(|| permalink(a).cmp(&permalink(b)))
    });
    dated.extend(undated);
    *keys = dated;
}

//! The section tree as Zola builds it (`populate_sections`): a page belongs to the
//! section of its own folder in its language (`_index.md`, `_index.fr.md`), and
//! also to the one above when that section is `transparent`; a page in a folder
//! without a section is an orphan. Sections know their ancestors and their
//! subsections (by weight); sorted pages know their neighbours (`lower`,
//! `higher`); translations share their canonical path.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use super::walk::Langs;
use super::{Library, Page, Section};

/// Fill every section's pages, subsections and ancestors, and every page's
/// ancestors, neighbours and translations.
pub fn populate(lib: &mut Library, langs: &Langs) {
    let section_ancestors = section_ancestors(lib, langs);
    let mut subsections: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (key, s) in &lib.sections {
        if let Some(parent) = parent_section(lib, &s.file.components, &s.file.lang, langs) {
            subsections.entry(parent).or_default().push(key.clone());
        }
    }
    for (key, s) in lib.sections.iter_mut() {
        let mut subs = subsections.remove(key).unwrap_or_default();
        s.ancestors = section_ancestors.get(key).cloned().unwrap_or_default();
        s.pages.clear();
        subs.sort();
        s.subsections = subs;
    }
    // Subsections by weight, as Zola orders them.
    let weights: BTreeMap<String, i64> = lib
        .sections
        .iter()
        .map(|(k, s)| (k.clone(), s.front.weight.unwrap_or(0)))
        .collect();
    for s in lib.sections.values_mut() {
        s.subsections
            .sort_by_key(|k| weights.get(k).copied().unwrap_or(0));
    }
    attach_pages(lib, langs, &section_ancestors);
    sort_pages(lib);
    translations(lib);
}

/// The key of a folder's section in a language: `blog/_index.fr.md`.
fn section_key(folders: &[String], lang: &str, langs: &Langs) -> String {
    let name = langs.index_name(lang);
    if folders.is_empty() {
        name
    } else {
        format!("{}/{name}", folders.join("/"))
    }
}

/// The section of the folder right above `components`, as Zola links a
/// subsection only to its parent folder's section (none: it is listed nowhere).
fn parent_section(
    lib: &Library,
    components: &[String],
    lang: &str,
    langs: &Langs,
) -> Option<String> {
    let (_, above) = components.split_last()?;
    let key = section_key(above, lang, langs);
    lib.sections.contains_key(&key).then_some(key)
}

/// Every section's ancestors: the sections of the folders above it, root first.
fn section_ancestors(lib: &Library, langs: &Langs) -> BTreeMap<String, Vec<String>> {
    lib.sections
        .iter()
        .map(|(key, s)| {
            let c = &s.file.components;
            let above: Vec<String> = (0..c.len())
                .map(|n| section_key(&c[..n], &s.file.lang, langs))
                .filter(|k| lib.sections.contains_key(k))
                .collect();
            (key.clone(), above)
        })
        .collect()
}

/// Each page into its folder's section (and on up through transparent ones);
/// a page template set on an ancestor section applies when the page has none.
fn attach_pages(lib: &mut Library, langs: &Langs, ancestors: &BTreeMap<String, Vec<String>>) {
    let keys: Vec<String> = lib.pages.keys().cloned().collect();
    for key in keys {
        let page = &lib.pages[&key];
        if page.front.render == Some(false) {
            continue;
        }
        let c = &page.file.components;
        let mut folders = if page.file.is_bundle {
            c[..c.len().saturating_sub(1)].to_vec()
        } else {
            c.clone()
        };
        let lang = page.file.lang.clone();
        let mut page_ancestors = Vec::new();
        let mut own = None;
        loop {
            let skey = section_key(&folders, &lang, langs);
            let Some(section) = lib.sections.get_mut(&skey) else {
                break;
            };
            section.pages.push(key.clone());
            own.get_or_insert_with(|| skey.clone());
            page_ancestors = ancestors.get(&skey).cloned().unwrap_or_default();
            page_ancestors.push(skey);
            if section.front.transparent != Some(true) || folders.pop().is_none() {
                break;
            }
        }
        if let Some(p) = lib.pages.get_mut(&key) {
            p.ancestors = page_ancestors;
            p.section = own;
        }
    }
}

/// Zola's `sort_by`: pages that cannot be sorted that way (no date, no weight,
/// no title) are left out of the section's list; `none` keeps file order and
/// gives no neighbours.
fn sort_pages(lib: &mut Library) {
    let mut neighbours: Vec<(String, Option<String>, Option<String>)> = Vec::new();
    for s in lib.sections.values_mut() {
        let by = s.front.sort_by.clone().unwrap_or_else(|| "none".into());
        if by == "none" {
            continue;
        }
        let pages = &lib.pages;
        let mut sorted: Vec<&Page> = s
            .pages
            .iter()
            .filter_map(|k| pages.get(k))
            .filter(|p| sortable(p, &by))
            .collect();
        sorted.sort_by(|a, b| compare(a, b, &by).then_with(|| a.permalink.cmp(&b.permalink)));
        s.pages = sorted
            .iter()
            .map(|p| p.file.relative_path.clone())
            .collect();
        if s.front.transparent != Some(true) {
            for (i, k) in s.pages.iter().enumerate() {
                let lower = i.checked_sub(1).map(|j| s.pages[j].clone());
                let higher = s.pages.get(i + 1).cloned();
                neighbours.push((k.clone(), lower, higher));
            }
        }
    }
    for (k, lower, higher) in neighbours {
        if let Some(p) = lib.pages.get_mut(&k) {
            p.lower = lower;
            p.higher = higher;
        }
    }
}

fn sortable(p: &Page, by: &str) -> bool {
    match by {
        "date" => p.front.date.is_some(),
        "update_date" => p.front.date.is_some() || p.front.updated.is_some(),
        "title" | "title_bytes" => p.front.title.is_some(),
        "weight" => p.front.weight.is_some(),
        _ => true,
    }
}

fn compare(a: &Page, b: &Page, by: &str) -> Ordering {
    let f = |p: &Page| p.front.title.clone().unwrap_or_default();
    match by {
        "date" => b.front.date.cmp(&a.front.date),
        "update_date" => b
            .front
            .date
            .as_ref()
            .max(b.front.updated.as_ref())
            .cmp(&a.front.date.as_ref().max(a.front.updated.as_ref())),
        "title" => lexical_sort::natural_lexical_cmp(&f(a), &f(b)),
        "title_bytes" => f(a).cmp(&f(b)),
        "weight" => a.front.weight.cmp(&b.front.weight),
        "slug" => lexical_sort::natural_lexical_cmp(&a.slug, &b.slug),
        "permalink" => a.permalink.cmp(&b.permalink),
        _ => Ordering::Equal,
    }
}

/// Pages (and sections) with the same canonical path are translations of each
/// other; each lists them all, its own included, on a multilingual site.
fn translations(lib: &mut Library) {
    let mut by_canonical: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (k, p) in &lib.pages {
        by_canonical
            .entry(format!("p:{}", p.file.canonical))
            .or_default()
            .push(k.clone());
    }
    for (k, s) in &lib.sections {
        by_canonical
            .entry(format!("s:{}", s.file.canonical))
            .or_default()
            .push(k.clone());
    }
    for p in lib.pages.values_mut() {
        p.translations = by_canonical[&format!("p:{}", p.file.canonical)].clone();
    }
    for s in lib.sections.values_mut() {
        s.translations = by_canonical[&format!("s:{}", s.file.canonical)].clone();
    }
}

/// A section for a root that has no `_index.md` (Zola makes one for each
/// language).
pub fn default_root(lang: &str, langs: &Langs) -> Section {
    let key = langs.index_name(lang);
    let mut s = Section::default();
    s.file.relative_path = key.clone();
    s.file.shown = std::path::Path::new("content").join(&key);
    s.file.lang = lang.to_string();
    s.file.canonical = "_index".into();
    s.file.name = "_index".into();
    s
}

//! Zola's feeds: with `generate_feeds` (per language) one feed per name in
//! `feed_filenames` (`atom.xml`, `rss.xml` built in, or the site's own template of
//! that name) at the language's root, one per section with `generate_feeds = true`
//! in its front matter, and one per term of a taxonomy with `feed = true`. A feed
//! holds the dated pages, newest first, at most `feed_limit`, with `feed_url`,
//! `last_updated`, `config` and `lang`.

use std::path::PathBuf;

use serde_json::{json, Map, Value};

use crate::config::Config;
use crate::content::{Library, Page};

use super::context::Views;
use super::taxonomy::Shared;
use super::{Job, JobContext};

/// Where a feed is and what else its context has.
struct Feed<'a> {
    /// Site path of the folder (`/`, `/fr/`, `/blog/`, `/tags/rust/`).
    dir: String,
    lang: &'a str,
    pages: Vec<&'a Page>,
    extra: Map<String, Value>,
}

/// Every feed of the site.
pub fn jobs<'a>(lib: &'a Library, config: &'a Config, cx: &'a Shared<'a>) -> Vec<Job<'a>> {
    let mut feeds: Vec<Feed<'a>> = Vec::new();
    for (lang, options) in &config.languages {
        if !options.generate_feeds {
            continue;
        }
        let pages = lib
            .pages
            .values()
            .filter(|p| !lib.multilingual || p.file.lang == *lang)
            .collect();
        let dir = if *lang == config.default_language {
            "/".to_string()
        } else {
            format!("/{lang}/")
        };
        feeds.push(Feed {
            dir,
            lang,
            pages,
            extra: Map::new(),
        });
    }
    for s in lib
        .sections
        .values()
        .filter(|s| s.front.generate_feeds == Some(true))
    {
        let pages = s.pages.iter().filter_map(|k| lib.pages.get(k)).collect();
        let mut extra = Map::new();
        if let Some(view) = cx.views.section(&s.file.relative_path) {
            extra.insert("section".into(), view);
        }
        feeds.push(Feed {
            dir: s.path.clone(),
            lang: &s.file.lang,
            pages,
            extra,
        });
    }
    for t in lib.taxonomies.iter().filter(|t| t.kind.feed) {
        for term in &t.terms {
            let pages = term.pages.iter().filter_map(|k| lib.pages.get(k)).collect();
            let mut extra = Map::new();
            extra.insert("taxonomy".into(), json!(t.kind));
            extra.insert(
                "term".into(),
                json!({ "name": term.name, "slug": term.slug, "permalink": term.permalink }),
            );
            feeds.push(Feed {
                dir: term.path.clone(),
                lang: &t.lang,
                pages,
                extra,
            });
        }
    }
    feeds
        .into_iter()
        .flat_map(|f| feed_jobs(f, config, cx))
        .collect()
}

fn feed_jobs<'a>(feed: Feed<'a>, config: &'a Config, cx: &'a Shared<'a>) -> Vec<Job<'a>> {
    let mut pages: Vec<&Page> = feed
        .pages
        .into_iter()
        .filter(|p| p.front.date.is_some())
        .collect();
    pages.sort_by(|a, b| {
        b.front
            .date
            .cmp(&a.front.date)
            .then_with(|| a.permalink.cmp(&b.permalink))
    });
    pages.truncate(config.feed_limit.unwrap_or(usize::MAX));
    let last_updated = pages
        .iter()
        .filter_map(|p| p.front.updated.as_ref())
        .chain(pages.first().and_then(|p| p.front.date.as_ref()))
        .max()
        .map(|d| d.to_string());
    let keys: Vec<String> = pages.iter().map(|p| p.file.relative_path.clone()).collect();
    let lang = feed.lang;
    config
        .language(lang)
        .feed_filenames
        .iter()
        .map(|name| {
            let path = format!("{}{name}", feed.dir);
            let keys = keys.clone();
            let extra = feed.extra.clone();
            let last_updated = last_updated.clone();
            let feed_url = config.make_permalink(&path);
            Job {
                template: name.clone(),
                out_path: path.trim_start_matches('/').to_string(),
                context: JobContext::Later(Box::new(move || {
                    context(cx.views, cx, lang, keys, feed_url, last_updated, extra)
                })),
                source: PathBuf::from("config.toml"),
            }
        })
        .collect()
}

fn context(
    views: &Views,
    cx: &Shared,
    lang: &str,
    keys: Vec<String>,
    feed_url: String,
    last_updated: Option<String>,
    extra: Map<String, Value>,
) -> Value {
    let pages: Vec<Value> = keys.iter().filter_map(|k| views.page(k)).collect();
    let mut v = json!({
        "pages": pages,
        "config": cx.configs.get(lang),
        "lang": lang,
        "feed_url": feed_url,
        "vilde": cx.vilde,
    });
    if let Value::Object(m) = &mut v {
        if let Some(l) = last_updated {
            m.insert("last_updated".into(), Value::String(l));
        }
        m.extend(extra);
    }
    v
}

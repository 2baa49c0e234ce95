//! Zola's search index (`build_search_index = true`): for each language that
//! builds one, the sections (unless `in_search_index = false` or redirected) and
//! their pages, as an elasticlunr index (`search_index.<lang>.js` with
//! `window.searchIndex = …`, or `.json`) or a Fuse.js list, with the fields
//! `[search]` asks for; elasticlunr's script beside it.

use std::collections::HashSet;

use serde_json::Value;

use crate::config::{Config, SearchConfig};
use crate::content::Library;

use super::context::Views;
use super::OutputFile;

/// elasticlunr 0.9.5 (MIT), from npm, as the index's reader.
const ELASTICLUNR_JS: &str = include_str!("vendor/elasticlunr.min.js");

/// One page or section in the index.
struct Item {
    url: String,
    title: String,
    description: String,
    body: String,
    date: Option<String>,
    path: String,
}

/// The index files; an error names a language elasticlunr cannot index.
pub fn files(lib: &Library, config: &Config, views: &Views) -> Result<Vec<OutputFile>, String> {
    let mut langs: Vec<&str> = vec![&config.default_language];
    langs.extend(
        config
            .languages
            .iter()
            .filter(|(k, o)| **k != config.default_language && o.build_search_index)
            .map(|(k, _)| k.as_str()),
    );
    let format = config.search.index_format.as_str();
    let mut out = Vec::new();
    for lang in langs {
        let search = &config.language(lang).search;
        let items = items(lang, lib, views, search);
        let (json, ext) = match format {
            "fuse_json" | "fuse_javascript" => (
                fuse(&items, search),
                if format == "fuse_json" { "json" } else { "js" },
            ),
            _ => (
                elasticlunr(lang, &items, search)?,
                if format == "elasticlunr_json" {
                    "json"
                } else {
                    "js"
                },
            ),
        };
        let text = if ext == "js" {
            format!("window.searchIndex = {json}")
        } else {
            json
        };
        out.push(OutputFile {
            path: format!("search_index.{lang}.{ext}"),
            bytes: text.into_bytes(),
        });
    }
    if format.starts_with("elasticlunr") {
        out.push(OutputFile {
            path: "elasticlunr.min.js".into(),
            bytes: ELASTICLUNR_JS.as_bytes().to_vec(),
        });
    }
    Ok(out)
}

fn items(lang: &str, lib: &Library, views: &Views, search: &SearchConfig) -> Vec<Item> {
    let mut items = Vec::new();
    for s in lib
        .sections
        .values()
        .filter(|s| s.file.lang == lang && s.front.in_search_index != Some(false))
    {
        if s.front.redirect_to.is_none() {
            items.push(Item {
                url: s.permalink.clone(),
                title: s.front.title.clone().unwrap_or_default(),
                description: s.front.description.clone().unwrap_or_default(),
                body: clean(&s.rendered.html, search.truncate_content_length),
                date: None,
                path: s.path.clone(),
            });
        }
        for key in &s.pages {
            let Some(p) = lib
                .pages
                .get(key)
                .filter(|p| p.front.in_search_index != Some(false))
            else {
                continue;
            };
            let html = views
                .page(key)
                .and_then(|v| v.get("content").and_then(Value::as_str).map(String::from));
            items.push(Item {
                url: p.permalink.clone(),
                title: p.front.title.clone().unwrap_or_default(),
                description: p.front.description.clone().unwrap_or_default(),
                body: clean(
                    html.as_deref().unwrap_or(""),
                    search.truncate_content_length,
                ),
                date: p
                    .front
                    .date
                    .as_ref()
                    .map(|d| format!("{}T00:00:00Z", d.day)),
                path: p.path.clone(),
            });
        }
    }
    items
}

/// The text of some HTML for the index: no tags, no scripts, styles or code,
/// blank lines dropped, runs of spaces made one, cut at `truncate` characters.
fn clean(html: &str, truncate: Option<usize>) -> String {
    let mut b = ammonia::Builder::empty();
    b.clean_content_tags(HashSet::from(["script", "style", "pre"]));
    let mut text = b
        .clean(html)
        .to_string()
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    if let Some(n) = truncate {
        if let Some((i, _)) = text.char_indices().nth(n) {
            text.truncate(i);
        }
    }
    text
}

fn elasticlunr(lang: &str, items: &[Item], search: &SearchConfig) -> Result<String, String> {
    let language =
        elasticlunr::lang::from_code(lang).ok_or_else(|| crate::t!("search-lang", lang = lang))?;
    let mut b = elasticlunr::IndexBuilder::with_language(language);
    if search.include_title {
        b = b.add_field("title");
    }
    if search.include_description {
        b = b.add_field("description");
    }
    if search.include_date {
        b = b.add_field("date");
    }
    if search.include_path {
        b = b.add_field_with_tokenizer("path", Box::new(path_tokens));
    }
    if search.include_content {
        b = b.add_field("body");
    }
    let mut index = b.build();
    for item in items {
        let mut row = Vec::new();
        if search.include_title {
            row.push(item.title.clone());
        }
        if search.include_description {
            row.push(item.description.clone());
        }
        if search.include_date {
            if let Some(d) = &item.date {
                row.push(d.clone());
            }
        }
        if search.include_path {
            row.push(item.path.clone());
        }
        if search.include_content {
            row.push(item.body.clone());
        }
        index.add_doc(&item.url, row);
    }
    Ok(index.to_json())
}

fn path_tokens(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == '-' || c == '/')
        .filter(|s| !s.is_empty())
        .map(|s| s.trim().to_lowercase())
        .collect()
}

fn fuse(items: &[Item], search: &SearchConfig) -> String {
    let list: Vec<Value> = items
        .iter()
        .map(|i| {
            let mut m = serde_json::Map::new();
            m.insert("url".into(), Value::String(i.url.clone()));
            if search.include_title {
                m.insert("title".into(), Value::String(i.title.clone()));
            }
            if search.include_description {
                m.insert("description".into(), Value::String(i.description.clone()));
            }
            if search.include_content {
                m.insert("body".into(), Value::String(i.body.clone()));
            }
            if search.include_path {
                m.insert("path".into(), Value::String(i.path.clone()));
            }
            Value::Object(m)
        })
        .collect();
    Value::Array(list).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaning_drops_tags_code_and_blank_lines() {
        assert_eq!(clean("<p>Hello <b>you</b></p>\n\n<pre><code>x</code></pre><script>a()</script>\n<p>two   words</p>", None), "Hello you\ntwo words");
        assert_eq!(clean("<p>hello</p>", Some(2)), "he");
    }
}

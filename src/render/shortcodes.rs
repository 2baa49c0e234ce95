//! The site's shortcodes on Tera: `templates/shortcodes/<name>.html` and `.md`
//! (the theme's too), rendered with the call's arguments, `nth`, `body`, the
//! `page` or `section` it is called from, `config` and `lang` — Zola's context.
//! The functions Zola has while text is rendered are there (`get_url`,
//! `load_data`, `trans`, `resize_image`, …); `get_page` and `get_section` are not.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use serde_json::Value;
use tera::Tera;

use crate::config::Config;
use crate::content::shortcodes::{Kind, Owner, Shortcodes};
use crate::markdown::shortcode::Call;

use super::functions::{self, Shared};
use super::Templates;

/// Shortcode templates by name, on a Tera of their own.
pub struct TeraShortcodes {
    tera: Tera,
    names: HashMap<String, (String, Kind)>,
    configs: BTreeMap<String, Value>,
}

impl TeraShortcodes {
    /// The shortcodes of `templates`, with Zola's early functions.
    pub fn new(
        templates: &Templates,
        config: &Config,
        root: &std::path::Path,
        generated: HashMap<String, Vec<u8>>,
        permalinks: HashMap<String, String>,
    ) -> Self {
        let mut names = HashMap::new();
        for name in templates.sources.keys() {
            let Some(rest) = name.strip_prefix("shortcodes/") else {
                continue;
            };
            let (stem, kind) = match rest.rsplit_once('.') {
                Some((stem, "md")) => (stem, Kind::Markdown),
                Some((stem, "html")) => (stem, Kind::Html),
                _ => continue,
            };
            // A `.html` template wins over a `.md` of the same name.
            if kind == Kind::Html || !names.contains_key(stem) {
                names.insert(stem.to_string(), (name.clone(), kind));
            }
        }
        let mut tera = templates.tera.clone();
        let shared = Arc::new(Shared {
            config: config.clone(),
            root: root.to_path_buf(),
            permalinks,
            views: None,
            // Shortcode templates are the site's own: the `markdown` filter in them
            // is checked only when every page is under the strict rules.
            strict: config.vilde.strict == crate::config::Strict::All,
            generated,
            taxonomies: Vec::new(),
            published: HashMap::new(),
        });
        functions::register(&mut tera, shared);
        let configs = config
            .languages
            .keys()
            .map(|l| (l.clone(), super::context::config_value(config, l)))
            .collect();
        TeraShortcodes {
            tera,
            names,
            configs,
        }
    }
}

impl Shortcodes for TeraShortcodes {
    fn kind(&self, name: &str) -> Option<Kind> {
        self.names.get(name).map(|(_, k)| *k)
    }

    fn anchor_link(&self, id: &str, level: u32, lang: &str) -> String {
        let mut ctx = tera::Context::new();
        ctx.insert("id", id);
        ctx.insert("level", &level);
        ctx.insert("lang", lang);
        self.tera
            .render("anchor-link.html", &ctx)
            .unwrap_or_default()
    }

    fn summary_cutoff(&self, summary: &str, lang: &str) -> String {
        let mut ctx = tera::Context::new();
        ctx.insert("summary", summary);
        ctx.insert("lang", lang);
        self.tera
            .render("summary-cutoff.html", &ctx)
            .unwrap_or_else(|_| crate::markdown::SUMMARY_CUTOFF.to_string())
    }

    fn render(&self, call: &Call, body: Option<&str>, owner: Owner<'_>) -> Result<String, String> {
        let (template, _) = self
            .names
            .get(&call.name)
            .ok_or_else(|| call.name.clone())?;
        let mut ctx = tera::Context::from_value(Value::Object(call.args.clone()))
            .map_err(|e| e.to_string())?;
        if let Some(body) = body {
            // As Zola: trimmed at the end, so a body does not end in a new line.
            ctx.insert("body", body.trim_end());
        }
        ctx.insert("nth", &call.nth);
        let lang = match owner {
            Owner::Page(p) => {
                ctx.insert("page", &super::context::page_view(p, String::new()));
                &p.file.lang
            }
            Owner::Section(s) => {
                ctx.insert(
                    "section",
                    &super::context::section_view(s, Value::Array(Vec::new())),
                );
                &s.file.lang
            }
        };
        ctx.insert("lang", lang);
        if let Some(config) = self.configs.get(lang) {
            ctx.insert("config", config);
        }
        self.tera
            .render(template, &ctx)
            .map(|s| s.replace("\r\n", "\n"))
            .map_err(|e| super::tera_words_of(&e))
    }
}

//! The one interface through which a domain adds to the engine's render. The
//! engine calls these hooks and knows nothing of what they make; the
//! vilde-problemer domain implements them in `problem::site`, and a plain site
//! rendered without a domain gets [`NoExtension`].

use serde_json::Value;

use crate::config::Config;
use crate::content::{Library, Page};

use super::{Job, OutputFile};

pub trait Extension: Sync {
    /// The value of the `vilde` key in every template's context.
    fn global(&self, lib: &Library, config: &Config) -> Value;
    /// The `problem` key of a page's context; `None` for a page that is not the
    /// domain's.
    fn page_key(&self, p: &Page, config: &Config) -> Option<Value>;
    /// The template a page of the domain renders with when neither it nor its
    /// section names one (used when the site has that template).
    fn default_template(&self, p: &Page) -> Option<&'static str>;
    /// Whether the page gets files or pages of its own from the domain.
    fn has_extras(&self, p: &Page) -> bool;
    /// The page's own extra pages (jobs) and files; `context` is the page's
    /// whole template context.
    fn page_extras(
        &self,
        p: &Page,
        config: &Config,
        context: &Value,
    ) -> (Vec<Job<'static>>, Vec<OutputFile>);
    /// Files made from all the pages with extras at once.
    fn site_files(&self, pages: &[&Page], config: &Config) -> Vec<OutputFile>;
    /// Pages of the domain's own; `ready(path, extra)` gives a context with the
    /// shared keys and `extra`.
    fn site_jobs(&self, ready: &dyn Fn(&str, Value) -> Value) -> Vec<Job<'static>>;
    /// A page's `lastmod` in the sitemap, when the domain knows it better than
    /// the page's dates.
    fn lastmod(&self, p: &Page) -> Option<String>;
    /// Whether the `markdown` filter sanitizes raw HTML on this site.
    fn sanitizes(&self, lib: &Library) -> bool;
}

/// No domain: the engine's render as Zola's.
pub struct NoExtension;

impl Extension for NoExtension {
    fn global(&self, _: &Library, _: &Config) -> Value {
        Value::Null
    }
    fn page_key(&self, _: &Page, _: &Config) -> Option<Value> {
        None
    }
    fn default_template(&self, _: &Page) -> Option<&'static str> {
        None
    }
    fn has_extras(&self, _: &Page) -> bool {
        false
    }
    fn page_extras(&self, _: &Page, _: &Config, _: &Value) -> (Vec<Job<'static>>, Vec<OutputFile>) {
        (Vec::new(), Vec::new())
    }
    fn site_files(&self, _: &[&Page], _: &Config) -> Vec<OutputFile> {
        Vec::new()
    }
    fn site_jobs(&self, _: &dyn Fn(&str, Value) -> Value) -> Vec<Job<'static>> {
        Vec::new()
    }
    fn lastmod(&self, _: &Page) -> Option<String> {
        None
    }
    fn sanitizes(&self, _: &Library) -> bool {
        false
    }
}

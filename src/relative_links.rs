//! Relative links for preview folders. A preview build is opened from disk or a
//! shared folder (`file://…/public/index.html`), where links to the live site's
//! address lead nowhere and root-relative links point at the disk's root. This
//! rewrites the links of finished HTML pages that point into the site (its
//! `base_url` or a root-relative path under it) to paths relative to the page,
//! with `index.html` written out, as a browser needs on disk. Links that only
//! describe the page (`<link rel="canonical">`, `og:url`) and links elsewhere stay
//! as they were. Public builds never pass through here.

use lol_html::{element, HtmlRewriter, Settings};

/// Elements and the attributes of theirs that hold one address.
const URL_ATTRS: &[(&str, &str)] = &[
    ("a[href]", "href"),
    ("area[href]", "href"),
    ("link[href]:not([rel=canonical])", "href"),
    ("script[src]", "src"),
    ("img[src]", "src"),
    ("iframe[src]", "src"),
    ("source[src]", "src"),
    ("track[src]", "src"),
    ("video[src]", "src"),
    ("video[poster]", "poster"),
    ("audio[src]", "src"),
    ("embed[src]", "src"),
    ("form[action]", "action"),
    ("object[data]", "data"),
];

/// Elements whose `srcset` lists addresses.
const SRCSET: &[&str] = &["img[srcset]", "source[srcset]"];

/// Turns a site's addresses into ones relative to a page.
#[derive(Debug, Clone)]
pub struct Relativizer {
    /// `base_url` with one trailing slash.
    base: String,
    /// The path part of `base_url`, with leading and trailing slashes.
    base_path: String,
}

impl Relativizer {
    pub fn new(base_url: &str) -> Relativizer {
        let base = format!("{}/", base_url.trim_end_matches('/'));
        let base_path = url::Url::parse(&base)
            .ok()
            .filter(|u| u.has_host())
            .map(|u| u.path().to_string())
            .unwrap_or_else(|| {
                if base.starts_with('/') {
                    base.clone()
                } else {
                    "/".into()
                }
            });
        Relativizer { base, base_path }
    }

    /// `url` as seen from the page at output path `page` (`a/b/index.html`), or
    /// `None` when it does not point into the site.
    pub fn relative(&self, page: &str, url: &str) -> Option<String> {
        let url = url.trim();
        let rest = if let Some(rest) = url.strip_prefix(&self.base) {
            rest
        } else if url == self.base.trim_end_matches('/') {
            ""
        } else if url.starts_with('/') && !url.starts_with("//") {
            if let Some(rest) = url.strip_prefix(&self.base_path) {
                rest
            } else if url == self.base_path.trim_end_matches('/') {
                ""
            } else {
                return None;
            }
        } else {
            return None;
        };
        let cut = rest.find(['?', '#']).unwrap_or(rest.len());
        let (path, suffix) = rest.split_at(cut);
        let mut target = String::with_capacity(path.len() + 16);
        target.push_str(path);
        let last = path.rsplit('/').next().unwrap_or("");
        if path.is_empty() || path.ends_with('/') {
            target.push_str("index.html");
        } else if !last.contains('.') {
            target.push_str("/index.html");
        }
        let depth = page.matches('/').count();
        Some(format!("{}{}{}", "../".repeat(depth), target, suffix))
    }

    /// Each address of a `srcset` made relative where it points into the site.
    fn srcset(&self, page: &str, value: &str) -> String {
        value
            .split(',')
            .map(|candidate| {
                let candidate = candidate.trim();
                let (url, descriptor) = candidate
                    .split_once(char::is_whitespace)
                    .unwrap_or((candidate, ""));
                let url = self.relative(page, url).unwrap_or_else(|| url.to_string());
                if descriptor.is_empty() {
                    url
                } else {
                    format!("{url} {}", descriptor.trim())
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The page at output path `page` with its links into the site made relative.
    /// HTML the rewriter cannot read is returned unchanged.
    pub fn rewrite(&self, page: &str, html: &[u8]) -> Vec<u8> {
        let mut handlers = Vec::with_capacity(URL_ATTRS.len() + SRCSET.len());
        for (selector, attr) in URL_ATTRS {
            handlers.push(element!(selector, move |el| {
                if let Some(value) = el.get_attribute(attr) {
                    let value = html_escape::decode_html_entities(&value);
                    if let Some(rel) = self.relative(page, &value) {
                        el.set_attribute(attr, &attr_escape(&rel))?;
                    }
                }
                Ok(())
            }));
        }
        for selector in SRCSET {
            handlers.push(element!(selector, move |el| {
                if let Some(value) = el.get_attribute("srcset") {
                    let value = html_escape::decode_html_entities(&value);
                    el.set_attribute("srcset", &attr_escape(&self.srcset(page, &value)))?;
                }
                Ok(())
            }));
        }
        let mut out = Vec::with_capacity(html.len() + html.len() / 16);
        let settings = Settings {
            element_content_handlers: handlers,
            ..Settings::new()
        };
        let mut rewriter = HtmlRewriter::new(settings, |chunk: &[u8]| out.extend_from_slice(chunk));
        if rewriter.write(html).is_err() || rewriter.end().is_err() {
            return html.to_vec();
        }
        out
    }
}

/// An attribute value as written in HTML: the rewriter writes values as given.
fn attr_escape(value: &str) -> String {
    value.replace('&', "&amp;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "https://faellesomaarhus.aarhus.dk/vilde-problemer/";

    #[test]
    fn addresses_into_the_site_become_relative_files() {
        let r = Relativizer::new(BASE);
        let page = "blandede/index.html";
        assert_eq!(r.relative(page, BASE).unwrap(), "../index.html");
        assert_eq!(
            r.relative(page, "https://faellesomaarhus.aarhus.dk/vilde-problemer")
                .unwrap(),
            "../index.html"
        );
        assert_eq!(
            r.relative(page, &format!("{BASE}vilde.css?h=abc")).unwrap(),
            "../vilde.css?h=abc"
        );
        assert_eq!(
            r.relative(page, &format!("{BASE}blandede/slides/#slide-2"))
                .unwrap(),
            "../blandede/slides/index.html#slide-2"
        );
        assert_eq!(
            r.relative(page, "/vilde-problemer/_status").unwrap(),
            "../_status/index.html"
        );
        assert_eq!(r.relative("index.html", BASE).unwrap(), "index.html");
        assert_eq!(
            r.relative("a/b/index.html", &format!("{BASE}favicon.svg"))
                .unwrap(),
            "../../favicon.svg"
        );
    }

    #[test]
    fn other_addresses_are_left_alone() {
        let r = Relativizer::new(BASE);
        for url in [
            "#main",
            "https://www.aarhus.dk/",
            "mailto:a@aarhus.dk",
            "//cdn.example/x.js",
            "/elsewhere/",
            "https://faellesomaarhus.aarhus.dk/andet/",
        ] {
            assert_eq!(r.relative("index.html", url), None, "{url}");
        }
    }

    #[test]
    fn a_site_at_the_root_makes_root_relative_links_relative() {
        let r = Relativizer::new("https://example.org");
        assert_eq!(
            r.relative("a/index.html", "/b/").unwrap(),
            "../b/index.html"
        );
        assert_eq!(r.relative("a/index.html", "/").unwrap(), "../index.html");
    }

    #[test]
    fn pages_keep_their_bytes_but_for_the_links() {
        let r = Relativizer::new(BASE);
        let html = format!(
            "<!doctype html><html lang=\"da\"><head><link rel=\"canonical\" href=\"{BASE}a/\">\
             <link rel=\"stylesheet\" href=\"{BASE}vilde.css\"><meta property=\"og:url\" content=\"{BASE}a/\"></head>\
             <body><a href=\"{BASE}\">Forside</a> <img src=\"{BASE}a/x.png\" srcset=\"{BASE}a/x.png 1x, {BASE}a/x2.png 2x\" alt=\"\"></body></html>"
        );
        let out = String::from_utf8(r.rewrite("a/index.html", html.as_bytes())).unwrap();
        assert!(
            out.contains(&format!("<link rel=\"canonical\" href=\"{BASE}a/\">")),
            "{out}"
        );
        assert!(out.contains(&format!("content=\"{BASE}a/\"")), "{out}");
        assert!(out.contains("href=\"../vilde.css\""), "{out}");
        assert!(
            out.contains("<a href=\"../index.html\">Forside</a>"),
            "{out}"
        );
        assert!(out.contains("src=\"../a/x.png\""), "{out}");
        assert!(
            out.contains("srcset=\"../a/x.png 1x, ../a/x2.png 2x\""),
            "{out}"
        );
    }

    #[test]
    fn escaped_addresses_are_read_as_the_browser_reads_them() {
        let r = Relativizer::new(BASE);
        let html = "<a href=\"https:&#x2F;&#x2F;faellesomaarhus.aarhus.dk&#x2F;vilde-problemer&#x2F;a&#x2F;?x=1&amp;y=&quot;2\">A</a>";
        let out = String::from_utf8(r.rewrite("b/index.html", html.as_bytes())).unwrap();
        assert!(
            out.contains("href=\"../a/index.html?x=1&amp;y=&quot;2\""),
            "{out}"
        );
    }
}

//! The vilde-problemer domain's part in loading content, through the engine's
//! one interface for it (`content::extension::Extension`): a page is a wicked
//! problem when its front matter has a `[vilde]` table or its bundle a problem
//! file; its metadata (`meta`) and its bundle's other parts (`parts`: slides,
//! video script, approvals) are attached to it, and a public build publishes it
//! only when its text is approved. Judging the pieces is `validate`'s job.

pub mod history;
pub mod meta;
pub mod parts;
pub mod site;

use std::path::Path;

pub use meta::{missing_problem_fields, Leader, ProblemFront, DEPARTMENTS};
pub use parts::*;

use crate::config::{Config, Strict};
use crate::content::extension::{Extension, RenderText};
use crate::content::{front_matter, Library, Page};
use crate::diag::{Diagnostic, Severity};

/// What the domain attaches to a problem page.
#[derive(Debug, Clone, Default)]
pub struct Problem {
    /// The `[vilde]` table, when the front matter has one.
    pub meta: Option<ProblemFront>,
    /// The bundle's other parts, for a problem in a page bundle.
    pub parts: Option<Parts>,
}

/// The domain's view of a page.
pub trait ProblemPage {
    /// The problem's metadata: the front matter's `[vilde]` table.
    fn problem(&self) -> Option<&ProblemFront>;
    /// A page with a `[vilde]` table or a problem file in its bundle.
    fn is_problem(&self) -> bool;
    /// A problem bundle's other parts.
    fn parts(&self) -> Option<&Parts>;
    fn parts_mut(&mut self) -> Option<&mut Parts>;
}

impl ProblemPage for Page {
    fn problem(&self) -> Option<&ProblemFront> {
        self.data::<Problem>()?.meta.as_ref()
    }
    fn is_problem(&self) -> bool {
        self.data::<Problem>().is_some()
    }
    fn parts(&self) -> Option<&Parts> {
        self.data::<Problem>()?.parts.as_ref()
    }
    fn parts_mut(&mut self) -> Option<&mut Parts> {
        self.data_mut::<Problem>()?.parts.as_mut()
    }
}

/// Every page that is a wicked problem, by weight (then path).
pub fn problems(lib: &Library) -> Vec<&Page> {
    let mut v: Vec<&Page> = lib.pages.values().filter(|p| p.is_problem()).collect();
    v.sort_by_key(|p| (p.front.weight.unwrap_or(i64::MAX), &p.file.relative_path));
    v
}

/// A page is published in a public build when it is not a draft and, for a wicked
/// problem, when its text is approved (`godkendt`).
pub fn is_published(p: &Page) -> bool {
    !p.front.draft && publishes(p)
}

fn publishes(p: &Page) -> bool {
    match (p.parts(), p.is_problem()) {
        (Some(parts), _) => parts.approved(crate::approval::Piece::Tekst),
        // A problem page outside a bundle has no approval record.
        (None, true) => false,
        (None, false) => true,
    }
}

/// The front matter as the domain reads it: only its `[vilde]` table.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct DomainFront {
    vilde: Option<ProblemFront>,
}

/// The domain's loader: claims problem pages and reads their parts.
pub struct Loader<'a> {
    pub config: &'a Config,
}

impl Loader<'_> {
    /// The `[vilde]` table, read again from the page's front matter so its
    /// errors point into the file.
    fn meta(page: &Page) -> Result<Option<ProblemFront>, Diagnostic> {
        if !page.front.unknown.contains_key("vilde") {
            return Ok(None);
        }
        let split = front_matter::split(&page.file.shown, &page.raw)?;
        let front: DomainFront = front_matter::parse(&page.file.shown, &page.raw, &split)?;
        Ok(front.vilde)
    }
}

impl Extension for Loader<'_> {
    fn front_keys(&self) -> &[&'static str] {
        &["vilde"]
    }

    fn bundle_sources(&self) -> &[&'static str] {
        PROBLEM_FILES
    }

    fn attach(&self, page: &mut Page) -> Vec<Diagnostic> {
        let meta = match Self::meta(page) {
            Ok(m) => m,
            Err(e) => return vec![e],
        };
        // A problem bundle is one with a problem file, whatever its front
        // matter says: its publishing follows its approvals.
        let bundle = page.file.is_bundle && (meta.is_some() || is_problem_bundle(&page.file.dir));
        if meta.is_none() && !bundle {
            return Vec::new();
        }
        let parts = bundle.then(|| {
            let shown_dir = page.file.shown.parent().unwrap_or(Path::new("content"));
            Parts::load(
                &page.file.dir,
                shown_dir,
                &page.raw,
                &page.file.assets,
                &self.config.vilde.faser,
            )
        });
        // Problems reading the bundle's files stop the load, whatever their kind.
        let found = parts.iter().flat_map(|p| p.diagnostics.iter().cloned());
        let found = found.map(|d| d.with_severity(Severity::Error)).collect();
        page.set_data(Problem { meta, parts });
        found
    }

    fn claims(&self, page: &Page) -> bool {
        page.is_problem()
    }

    fn publishes(&self, page: &Page) -> bool {
        publishes(page)
    }

    fn strict(&self, page: &Page) -> bool {
        page.is_problem() || self.config.vilde.strict == Strict::All
    }

    /// The texts of a problem's later phases (`mission.md`). An approved text's
    /// problems are errors; a draft's are warnings kept with it.
    fn render_texts(&self, page: &mut Page, render: &RenderText) -> Vec<Diagnostic> {
        let Some(parts) = page.parts_mut() else {
            return Vec::new();
        };
        let mut errors = Vec::new();
        for t in &mut parts.phase_texts {
            let approved = t.state.freshness == Freshness::Fresh;
            match render(&t.source.text, &t.source.shown, !approved) {
                Ok(r) => t.rendered = r,
                Err(e) if approved => errors.extend(e),
                Err(e) => t
                    .rendered
                    .warnings
                    .extend(e.into_iter().map(|d| d.with_severity(Severity::Warning))),
            }
        }
        errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{extension::NoExtension, LoadOptions};

    fn load(site: &str, ext: &dyn Extension, config: &Config) -> Library {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(site);
        let opts = LoadOptions {
            root: &root,
            config,
            include_drafts: false,
            images: None,
            shortcodes: None,
            extension: ext,
        };
        crate::content::load(&opts).unwrap().0
    }

    fn config(site: &str) -> Config {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(site);
        Config::from_file(&root.join("config.toml"), Path::new("config.toml"))
            .unwrap()
            .0
    }

    /// What a page is to a reader of the library: its address, text and order.
    fn shape(lib: &Library) -> Vec<String> {
        let pages = lib.pages.values().map(|p| {
            let (lower, higher) = (&p.lower, &p.higher);
            format!(
                "{} {} {:?} {:?} {}",
                p.file.relative_path, p.permalink, lower, higher, p.rendered.html
            )
        });
        let sections = lib.sections.values().map(|s| {
            format!(
                "{} {} {:?} {}",
                s.file.relative_path, s.permalink, s.pages, s.rendered.html
            )
        });
        pages.chain(sections).collect()
    }

    #[test]
    fn a_plain_zola_site_loads_the_same_with_and_without_the_domain() {
        for site in [
            "tests/sites/zola-content",
            "tests/sites/zola-languages",
            "tests/sites/zola",
        ] {
            let config = config(site);
            let plain = load(site, &NoExtension, &config);
            let domain = load(site, &Loader { config: &config }, &config);
            assert_eq!(shape(&plain), shape(&domain), "{site}");
            assert!(plain.pages.len() > 1, "{site}");
            assert!(domain.pages.values().all(|p| !p.is_problem()), "{site}");
            assert!(problems(&domain).is_empty() && domain.unpublished.is_empty());
        }
    }

    #[test]
    fn a_problem_bundle_is_claimed_and_left_out_of_a_public_build_until_approved() {
        let config = config(".");
        let plain = load(".", &NoExtension, &config);
        let domain = load(".", &Loader { config: &config }, &config);
        // The default site's problems are drafts or unapproved: the engine alone
        // drops the drafts only; the domain keeps every problem out and on record.
        assert!(domain.pages.values().all(|p| !p.is_problem()));
        assert_eq!(domain.unpublished.len(), 7);
        assert!(domain.unpublished.iter().all(|p| p.parts().is_some()));
        assert!(plain.pages.len() >= domain.pages.len());
    }
}

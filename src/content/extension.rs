//! The one way a layer above the engine takes part in loading content. The
//! engine walks, parses and renders Zola's content; an [`Extension`] may claim
//! pages (attach its own data to them, decide whether a public build publishes
//! them, hold them to stricter rules) and name bundle files that are its sources,
//! not assets. A plain Zola site loads with [`NoExtension`]; the engine names no
//! type of any extension.

use std::any::Any;
use std::path::Path;

use crate::diag::Diagnostic;
use crate::markdown::Rendered;

use super::Page;

/// Data an extension keeps on a page it claims (see [`Page::data`]).
pub trait PageData: Any + Send + Sync + std::fmt::Debug {
    fn clone_box(&self) -> Box<dyn PageData>;
    fn as_any(&self) -> &dyn Any;
    fn as_any_mut(&mut self) -> &mut dyn Any;
}

impl<T: Any + Send + Sync + std::fmt::Debug + Clone> PageData for T {
    fn clone_box(&self) -> Box<dyn PageData> {
        Box::new(self.clone())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

impl Clone for Box<dyn PageData> {
    fn clone(&self) -> Self {
        (**self).clone_box()
    }
}

/// Renders one more Markdown text in a page's context (its links, images and
/// raw-HTML rules), for texts an extension keeps beside the page's own body.
/// `draft` makes the text's problems lenient (warnings, raw HTML allowed).
pub type RenderText<'a> =
    dyn Fn(&str, &Path, bool) -> Result<Rendered, Vec<Diagnostic>> + Sync + 'a;

/// What a layer above the engine adds to loading.
pub trait Extension: Sync {
    /// Front-matter tables that are the extension's: not reported as unknown keys.
    fn front_keys(&self) -> &[&'static str] {
        &[]
    }

    /// Names of a page bundle's top-level files that are the extension's
    /// sources: never copied as assets. Their presence marks the bundle as the
    /// extension's (its other Markdown files are reported, not skipped).
    fn bundle_sources(&self) -> &[&'static str] {
        &[]
    }

    /// Claim a parsed page: attach data with [`Page::set_data`]. Returns
    /// problems found; errors stop the load, every page's are collected first.
    fn attach(&self, _page: &mut Page) -> Vec<Diagnostic> {
        Vec::new()
    }

    /// Is this page one the extension claimed? Claimed pages keep their source
    /// after rendering and are kept in [`super::Library::unpublished`] when a
    /// public build leaves them out.
    fn claims(&self, _page: &Page) -> bool {
        false
    }

    /// May a public build publish this page (it is not a draft)?
    fn publishes(&self, _page: &Page) -> bool {
        true
    }

    /// Do the stricter rules (raw HTML checked, image errors) apply to the page?
    fn strict(&self, _page: &Page) -> bool {
        false
    }

    /// After the body of a page the extension claims: render the other texts it
    /// carries with `render`.
    /// Returns errors that stop the load.
    fn render_texts(&self, _page: &mut Page, _render: &RenderText) -> Vec<Diagnostic> {
        Vec::new()
    }
}

/// A plain Zola site: nothing is claimed.
pub struct NoExtension;

impl Extension for NoExtension {}

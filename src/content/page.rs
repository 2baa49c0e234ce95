//! Pages and sections: `Page::parse(file, src)` and `Section::parse(file, src)` are
//! pure (front matter + body, no Markdown yet); paths and permalinks are set by the
//! library once every file is known, and Markdown is rendered after that so that
//! `@/` links can be resolved.

use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::markdown::Rendered;

use super::extension::PageData;
use super::front_matter::{self, PageFront, SectionFront};

/// Where a content file is.
#[derive(Debug, Clone, Default)]
pub struct FileInfo {
    /// Path relative to `content/`, with `/` separators: `a/index.md`.
    pub relative_path: String,
    /// The path shown to the user: `content/a/index.md`.
    pub shown: PathBuf,
    /// Absolute path of the file.
    pub abs: PathBuf,
    /// Folder of the file (the bundle folder for `index.md`).
    pub dir: PathBuf,
    /// `content/`-relative folder components of the parent section path.
    pub components: Vec<String>,
    /// Files beside `index.md` in a page bundle (names relative to the bundle folder).
    pub assets: Vec<String>,
    /// True for `<dir>/index.md` page bundles.
    pub is_bundle: bool,
    /// The language: from the file name (`about.fr.md`), else the default.
    pub lang: String,
    /// The relative path without `.md` and language: the same for every
    /// translation of one page or section (`blog/about`, `blog/_index`).
    pub canonical: String,
    /// The file stem without the language (`about`, `index`, `_index`).
    pub name: String,
}

/// A content page.
#[derive(Debug, Clone)]
pub struct Page {
    pub file: FileInfo,
    pub front: PageFront,
    /// The whole file text.
    pub raw: String,
    /// Byte offset where the Markdown body starts in `raw`.
    pub body_offset: usize,
    pub slug: String,
    /// Site path with leading and trailing slash: `/a/`.
    pub path: String,
    pub permalink: String,
    pub rendered: Rendered,
    /// What an extension attached to the page it claims (`None` for a page no
    /// extension claimed); see `content::extension`.
    pub data: Option<Box<dyn PageData>>,
    /// Keys of the sections above it, the root first (Zola's `page.ancestors`);
    /// empty for an orphan page (its folder has no `_index.md`).
    pub ancestors: Vec<String>,
    /// The section of its own folder, if any (its settings apply to the page).
    pub section: Option<String>,
    /// Its neighbours in its sorted section (Zola's `lower`/`higher`).
    pub lower: Option<String>,
    pub higher: Option<String>,
    /// Keys of every version of this page, its own included (multilingual sites).
    pub translations: Vec<String>,
}

/// A section (`_index.md`).
#[derive(Debug, Clone, Default)]
pub struct Section {
    pub file: FileInfo,
    pub front: SectionFront,
    pub raw: String,
    pub body_offset: usize,
    pub path: String,
    pub permalink: String,
    pub rendered: Rendered,
    /// Keys (relative paths) of the pages directly in this section, sorted.
    pub pages: Vec<String>,
    /// Keys of the direct subsections, by weight.
    pub subsections: Vec<String>,
    /// Keys of the sections above it, the root first.
    pub ancestors: Vec<String>,
    /// Keys of every version of this section, its own included.
    pub translations: Vec<String>,
}

impl Page {
    /// Parse a page from its text. The path and permalink are set later.
    pub fn parse(file: FileInfo, src: String) -> Result<Page, Diagnostic> {
        let (front, body_offset) = {
            let split = front_matter::split(&file.shown, &src)?;
            let mut front: PageFront = front_matter::parse(&file.shown, &src, &split)?;
            front.extra.values_mut().for_each(front_matter::fix_dates);
            (front, split.body_offset)
        };
        let slug = match &front.slug {
            Some(s) => crate::markdown::slugify(s),
            None => default_slug(&file),
        };
        // Zola: a page without a date takes the one its file name starts with.
        let mut front = front;
        if front.date.is_none() {
            front.date = dated_name(&file).map(crate::date::Stamp::of_day);
        }
        Ok(Page {
            file,
            front,
            raw: src,
            body_offset,
            slug,
            path: String::new(),
            permalink: String::new(),
            rendered: Rendered::default(),
            data: None,
            ancestors: Vec::new(),
            section: None,
            lower: None,
            higher: None,
            translations: Vec::new(),
        })
    }

    /// The Markdown body.
    pub fn body(&self) -> &str {
        self.raw.get(self.body_offset..).unwrap_or("")
    }

    /// The data an extension attached, if it is of type `T`.
    pub fn data<T: 'static>(&self) -> Option<&T> {
        (**self.data.as_ref()?).as_any().downcast_ref()
    }

    /// The data an extension attached, mutable, if it is of type `T`.
    pub fn data_mut<T: 'static>(&mut self) -> Option<&mut T> {
        (**self.data.as_mut()?).as_any_mut().downcast_mut()
    }

    /// Attach an extension's data (replacing any before).
    pub fn set_data<T: PageData>(&mut self, data: T) {
        self.data = Some(Box::new(data));
    }

    /// The title: front matter title, else the slug.
    pub fn title(&self) -> &str {
        self.front.title.as_deref().unwrap_or(&self.slug)
    }
}

impl Section {
    pub fn parse(file: FileInfo, src: String) -> Result<Section, Diagnostic> {
        let (front, body_offset) = {
            let split = front_matter::split(&file.shown, &src)?;
            let mut front: SectionFront = front_matter::parse(&file.shown, &src, &split)?;
            front.extra.values_mut().for_each(front_matter::fix_dates);
            (front, split.body_offset)
        };
        Ok(Section {
            file,
            front,
            raw: src,
            body_offset,
            path: String::new(),
            permalink: String::new(),
            rendered: Rendered::default(),
            pages: Vec::new(),
            subsections: Vec::new(),
            ancestors: Vec::new(),
            translations: Vec::new(),
        })
    }

    pub fn body(&self) -> &str {
        self.raw.get(self.body_offset..).unwrap_or("")
    }
}

/// The date a file name (or bundle folder) starts with: `2023-02-20-title`.
fn dated_name(file: &FileInfo) -> Option<crate::date::Date> {
    let name = if file.is_bundle {
        file.dir.file_name()?.to_string_lossy().into_owned()
    } else if file.name.is_empty() {
        Path::new(&file.relative_path)
            .file_stem()?
            .to_string_lossy()
            .into_owned()
    } else {
        file.name.clone()
    };
    let prefix = name.get(..11)?;
    if !matches!(&prefix[10..], "-" | "_") || name.len() == 11 {
        return None;
    }
    crate::date::Date::parse(&prefix[..10])
}

/// Zola's default slug: the bundle folder name, or the file stem.
fn default_slug(file: &FileInfo) -> String {
    let name = if file.is_bundle {
        file.dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    } else if file.name.is_empty() {
        Path::new(&file.relative_path)
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    } else {
        file.name.clone()
    };
    // Zola strips a leading date from file names: 2023-02-20-title → title.
    let name = match name.get(..11) {
        Some(prefix)
            if crate::date::Date::parse(&prefix[..10]).is_some()
                && matches!(&prefix[10..], "-" | "_") =>
        {
            name[11..].to_string()
        }
        _ => name,
    };
    crate::markdown::slugify(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, PartialEq)]
    struct Mine(u8);

    fn page() -> Page {
        let file = FileInfo {
            relative_path: "a.md".into(),
            shown: "content/a.md".into(),
            abs: "/x/content/a.md".into(),
            dir: "/x/content".into(),
            components: Vec::new(),
            assets: Vec::new(),
            is_bundle: false,
            lang: "en".into(),
            canonical: "a".into(),
            name: "a".into(),
        };
        Page::parse(file, "+++\ntitle = \"A\"\n+++\nText\n".into()).unwrap()
    }

    #[test]
    fn an_extensions_data_comes_back_as_its_own_type_and_survives_a_clone() {
        let mut p = page();
        assert!(p.data::<Mine>().is_none());
        p.set_data(Mine(3));
        assert_eq!(p.data::<Mine>(), Some(&Mine(3)));
        assert!(p.data::<String>().is_none());
        p.data_mut::<Mine>().unwrap().0 = 4;
        assert_eq!(p.clone().data::<Mine>(), Some(&Mine(4)));
    }
}

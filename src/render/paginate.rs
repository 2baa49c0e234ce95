//! Zola's section pagination: `paginate_by = N` in a section's front matter splits
//! its pages into pagers of N. Pager 1 is the section's own address (`/blog/`),
//! pager k is `/blog/<paginate_path>/k/` (`paginate_path` defaults to `page`), and
//! `/blog/page/1/` sends the reader on to `/blog/`. Each pager's template gets
//! `section` (without its pages) and `paginator` with Zola's fields.

use serde_json::{json, Value};

use crate::content::Section;

/// One pager of a paginated section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pager {
    /// 1-based, as in Zola's `current_index`.
    pub index: usize,
    /// Total number of pagers of the section.
    pub count: usize,
    /// Which of the section's pages (positions in its page order) it shows.
    pub start: usize,
    pub end: usize,
}

/// What is paginated: a section's pages or a taxonomy term's.
#[derive(Debug, Clone, Copy)]
pub struct Paging<'a> {
    pub by: usize,
    /// Site path of the first pager (`/blog/`, `/tags/rust/`).
    pub path: &'a str,
    /// `page` unless set (no slashes around it).
    pub paginate_path: &'a str,
    /// How many pages there are.
    pub total: usize,
}

impl Paging<'_> {
    /// At least one pager (empty) when there are no pages, as in Zola.
    pub fn pagers(&self) -> Vec<Pager> {
        let count = self.total.div_ceil(self.by).max(1);
        (0..count)
            .map(|i| Pager {
                index: i + 1,
                count,
                start: (i * self.by).min(self.total),
                end: ((i + 1) * self.by).min(self.total),
            })
            .collect()
    }

    /// The site-relative path of pager `index` (the root's for the first).
    pub fn path(&self, index: usize) -> String {
        if index <= 1 {
            self.path.to_string()
        } else if self.paginate_path.is_empty() {
            format!("{}{index}/", self.path)
        } else {
            format!("{}{}/{index}/", self.path, self.paginate_path)
        }
    }

    /// Zola's `paginator` variable for one pager, with `pages` its pages' views.
    pub fn paginator(&self, pager: &Pager, base_url: &str, pages: Vec<Value>) -> Value {
        let url = |index: usize| format!("{base_url}{}", self.path(index).trim_start_matches('/'));
        let root = format!("{base_url}{}", self.path.trim_start_matches('/'));
        let pager_base = if self.paginate_path.is_empty() {
            root
        } else {
            format!("{root}{}/", self.paginate_path)
        };
        json!({
            "paginate_by": self.by,
            "base_url": pager_base,
            "number_pagers": pager.count,
            "first": url(1),
            "last": url(pager.count),
            "previous": (pager.index > 1).then(|| url(pager.index - 1)),
            "next": (pager.index < pager.count).then(|| url(pager.index + 1)),
            "pages": pages,
            "current_index": pager.index,
            "total_pages": self.total,
        })
    }
}

/// A section's paging: `None` when it is not paginated.
pub fn of_section(s: &Section) -> Option<Paging<'_>> {
    let by = s.front.paginate_by.filter(|n| *n > 0)?;
    Some(Paging {
        by,
        path: &s.path,
        paginate_path: paginate_path(s),
        total: s.pages.len(),
    })
}

/// The pagers of a section: `None` when it is not paginated.
pub fn pagers(s: &Section) -> Option<Vec<Pager>> {
    of_section(s).map(|p| p.pagers())
}

/// The section's page keys in pager order (`paginate_reversed` reverses them).
pub fn ordered_keys(s: &Section) -> Vec<&str> {
    let mut keys: Vec<&str> = s.pages.iter().map(String::as_str).collect();
    if s.front.paginate_reversed {
        keys.reverse();
    }
    keys
}

/// `page` unless the section says otherwise (no slashes around it).
fn paginate_path(s: &Section) -> &str {
    s.front
        .paginate_path
        .as_deref()
        .map(|p| p.trim_matches('/'))
        .unwrap_or("page")
}

/// The site-relative path of pager `index` (`/blog/` for the first).
pub fn path(s: &Section, index: usize) -> String {
    match of_section(s) {
        Some(p) => p.path(index),
        None => s.path.clone(),
    }
}

/// Where `/blog/page/1/` is (it redirects to the section).
pub fn first_alias(s: &Section) -> String {
    let pp = paginate_path(s);
    if pp.is_empty() {
        format!("{}1/", s.path)
    } else {
        format!("{}{pp}/1/", s.path)
    }
}

/// Zola's `paginator` variable for one pager of a section.
pub fn paginator(s: &Section, pager: &Pager, base_url: &str, pages: Vec<Value>) -> Value {
    match of_section(s) {
        Some(p) => p.paginator(pager, base_url, pages),
        None => Value::Null,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(pages: usize, by: Option<usize>) -> Section {
        let mut s = Section::default();
        s.path = "/blog/".into();
        s.pages = (0..pages).map(|i| format!("blog/p{i}.md")).collect();
        s.front.paginate_by = by;
        s
    }

    #[test]
    fn pages_are_split_into_pagers_of_paginate_by() {
        assert_eq!(pagers(&section(5, None)), None);
        assert_eq!(pagers(&section(5, Some(0))), None);
        let p = pagers(&section(5, Some(2))).unwrap();
        assert_eq!(p.len(), 3);
        assert_eq!((p[2].index, p[2].count, p[2].start, p[2].end), (3, 3, 4, 5));
        let empty = pagers(&section(0, Some(3))).unwrap();
        assert_eq!(empty.len(), 1);
        assert_eq!((empty[0].start, empty[0].end), (0, 0));
    }

    #[test]
    fn paginator_has_zolas_fields_and_addresses() {
        let mut s = section(5, Some(2));
        let p = pagers(&s).unwrap();
        let v = paginator(&s, &p[1], "https://x.dk/", vec![]);
        assert_eq!(v["base_url"], "https://x.dk/blog/page/");
        assert_eq!(v["first"], "https://x.dk/blog/");
        assert_eq!(v["previous"], "https://x.dk/blog/");
        assert_eq!(v["next"], "https://x.dk/blog/page/3/");
        assert_eq!(v["last"], "https://x.dk/blog/page/3/");
        assert_eq!(
            (v["current_index"].as_u64(), v["total_pages"].as_u64()),
            (Some(2), Some(5))
        );
        s.front.paginate_path = Some("/side/".into());
        assert_eq!(path(&s, 2), "/blog/side/2/");
        assert_eq!(first_alias(&s), "/blog/side/1/");
        let first = paginator(&s, &p[0], "https://x.dk/", vec![]);
        assert_eq!(first["previous"], Value::Null);
    }

    #[test]
    fn reversed_order_is_applied() {
        let mut s = section(3, Some(2));
        s.front.paginate_reversed = true;
        assert_eq!(ordered_keys(&s), ["blog/p2.md", "blog/p1.md", "blog/p0.md"]);
    }
}

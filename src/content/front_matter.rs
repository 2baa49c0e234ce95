//! Front matter: split `+++` (TOML, Zola's default) or `---` (YAML) from the body and
//! deserialize it into typed page or section front matter. Every error points at the
//! line and column in the whole file, not in the front matter alone.

use std::path::Path;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::date::Stamp;
use crate::diag::Diagnostic;

/// Which syntax the front matter is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Toml,
    Yaml,
}

/// A file split into its front matter and body, with byte offsets into the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split<'a> {
    pub format: Format,
    pub front: &'a str,
    /// Byte offset of `front` in the file.
    pub front_offset: usize,
    pub body: &'a str,
    /// Byte offset of `body` in the file.
    pub body_offset: usize,
}

/// Split front matter from the body. A leading UTF-8 byte-order mark is skipped;
/// CRLF line ends are accepted.
pub fn split<'a>(path: &Path, src: &'a str) -> Result<Split<'a>, Diagnostic> {
    let bom = if src.starts_with('\u{feff}') { 3 } else { 0 };
    // Zola allows white space (blank lines) before the opening delimiter.
    let lead = src[bom..].len() - src[bom..].trim_start().len();
    let bom = bom + lead;
    let text = &src[bom..];
    if text.contains('\r') && !text.contains('\n') {
        let line_end = text.find('\r').unwrap_or(0);
        return Err(Diagnostic::error(path, crate::t!("fm-lone-cr"))
            .at_offset(src, bom + line_end)
            .expected(crate::t!("fm-lone-cr-expected"))
            .hint(crate::t!("fm-lone-cr-hint")));
    }
    let (delim, format) = if text.starts_with("+++") {
        ("+++", Format::Toml)
    } else if text.starts_with("---") {
        ("---", Format::Yaml)
    } else {
        return Err(Diagnostic::error(path, crate::t!("fm-missing"))
            .at(1, 1)
            .expected(crate::t!("fm-missing-expected"))
            .found(first_line(text))
            .hint(crate::t!("fm-missing-hint")));
    };
    let first_end = text.find('\n').map_or(text.len(), |i| i + 1);
    if text[delim.len()..first_end].trim() != "" {
        return Err(
            Diagnostic::error(path, crate::t!("fm-open-text", delim = delim))
                .at(1, 4)
                .expected(crate::t!("fm-open-text-expected", delim = delim))
                .found(first_line(text))
                .hint(crate::t!("fm-open-text-hint", delim = delim)),
        );
    }
    // Find the closing delimiter: a line that is exactly `delim` (trailing spaces/CR ok).
    let mut pos = first_end;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1);
        let line = &text[pos..end];
        if line.trim_end() == delim {
            return Ok(Split {
                format,
                front: &text[first_end..pos],
                front_offset: bom + first_end,
                body: &text[end..],
                body_offset: bom + end,
            });
        }
        pos = end;
    }
    Err(
        Diagnostic::error(path, crate::t!("fm-unclosed", delim = delim))
            .at(1, 1)
            .expected(crate::t!("fm-unclosed-expected", delim = delim))
            .found(crate::t!("fm-unclosed-found"))
            .hint(crate::t!("fm-unclosed-hint", delim = delim)),
    )
}

fn first_line(text: &str) -> String {
    let l = text.lines().next().unwrap_or("").trim_end();
    if l.is_empty() {
        crate::t!("fm-empty-line")
    } else {
        format!("`{}`", l.chars().take(60).collect::<String>())
    }
}

/// Deserialize the front matter; errors point into the whole file `src`.
pub fn parse<T: DeserializeOwned>(path: &Path, src: &str, split: &Split) -> Result<T, Diagnostic> {
    match split.format {
        Format::Toml => toml::from_str(split.front).map_err(|e| {
            let offset = split.front_offset + e.span().map_or(0, |s| s.start);
            Diagnostic::error(
                path,
                crate::t!("fm-unreadable", why = crate::diag::toml_message(&e)),
            )
            .at_offset(src, offset)
            .hint(crate::diag::toml_hint(e.message()))
        }),
        Format::Yaml => {
            if split.front.trim().is_empty() {
                return serde_yaml::from_str("{}").map_err(|e| yaml_error(path, src, split, &e));
            }
            serde_yaml::from_str(split.front).map_err(|e| yaml_error(path, src, split, &e))
        }
    }
}

/// TOML dates read into JSON come as `{"$__toml_private_datetime": "…"}`; Zola's
/// templates see the text.
pub fn fix_dates(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(m) => {
            if m.len() == 1 {
                if let Some(serde_json::Value::String(s)) = m.get("$__toml_private_datetime") {
                    *v = serde_json::Value::String(s.clone());
                    return;
                }
            }
            m.values_mut().for_each(fix_dates);
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(fix_dates),
        _ => {}
    }
}

fn yaml_error(path: &Path, src: &str, split: &Split, e: &serde_yaml::Error) -> Diagnostic {
    let offset = split.front_offset + e.location().map_or(0, |l| l.index());
    let msg = e.to_string();
    let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
    Diagnostic::error(
        path,
        crate::t!("fm-unreadable", why = crate::diag::translate_serde(&msg)),
    )
    .at_offset(src, offset)
    .hint(crate::t!("fm-yaml-hint"))
}

/// Zola's page front matter. Keys Zola does not know are accepted, as Zola does
/// (a warning names them); a section's front matter stays strict.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PageFront {
    pub title: Option<String>,
    pub description: Option<String>,
    pub date: Option<Stamp>,
    pub updated: Option<Stamp>,
    pub weight: Option<i64>,
    pub draft: bool,
    pub slug: Option<String>,
    pub path: Option<String>,
    pub template: Option<String>,
    pub aliases: Vec<String>,
    pub authors: Vec<String>,
    pub taxonomies: toml::Table,
    pub in_search_index: Option<bool>,
    pub render: Option<bool>,
    /// Kept in the order written (as Zola's templates see it).
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Keys Zola does not know (an extension's own tables among them).
    #[serde(flatten, skip_serializing)]
    pub unknown: std::collections::BTreeMap<String, toml::Value>,
}

/// Zola's section front matter (the keys we use; the rest are accepted).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SectionFront {
    pub title: Option<String>,
    pub description: Option<String>,
    pub sort_by: Option<String>,
    pub weight: Option<i64>,
    pub draft: bool,
    pub template: Option<String>,
    pub page_template: Option<String>,
    pub paginate_by: Option<usize>,
    pub paginate_path: Option<String>,
    pub paginate_reversed: bool,
    pub insert_anchor_links: Option<String>,
    pub render: Option<bool>,
    pub redirect_to: Option<String>,
    pub transparent: Option<bool>,
    pub aliases: Vec<String>,
    pub generate_feeds: Option<bool>,
    pub in_search_index: Option<bool>,
    /// Kept in the order written (as Zola's templates see it).
    pub extra: serde_json::Map<String, serde_json::Value>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> &'static Path {
        Path::new("content/a/index.md")
    }

    #[test]
    fn splits_toml_with_bom_and_crlf() {
        let src = "\u{feff}+++\r\ntitle = \"A\"\r\n+++\r\nBody\r\n";
        let s = split(p(), src).unwrap();
        assert_eq!(s.format, Format::Toml);
        assert_eq!(s.front, "title = \"A\"\r\n");
        assert_eq!(s.body, "Body\r\n");
        let f: PageFront = parse(p(), src, &s).unwrap();
        assert_eq!(f.title.as_deref(), Some("A"));
    }

    #[test]
    fn splits_yaml() {
        let src = "---\ntitle: A\ndraft: true\n---\nBody";
        let s = split(p(), src).unwrap();
        let f: PageFront = parse(p(), src, &s).unwrap();
        assert!(f.draft);
        assert_eq!(s.body, "Body");
    }

    #[test]
    fn missing_terminator() {
        let e = split(p(), "+++\ntitle = \"A\"\nBody\n").unwrap_err();
        assert!(e.message.contains("never closed"), "{e}");
        assert_eq!((e.line, e.col), (1, 1));
    }

    #[test]
    fn only_delimiter_is_unclosed() {
        let e = split(p(), "+++").unwrap_err();
        assert!(e.message.contains("never closed"), "{e}");
    }

    #[test]
    fn no_front_matter() {
        let e = split(p(), "# Hello\n").unwrap_err();
        assert!(e.message.contains("does not start with front matter"));
    }

    #[test]
    fn toml_error_points_into_file() {
        let src = "+++\ntitle = \"A\"\nweight = \"tre\"\n+++\n";
        let s = split(p(), src).unwrap();
        let e = parse::<PageFront>(p(), src, &s).unwrap_err();
        assert_eq!(e.line, 3, "{e}");
        assert_eq!(e.col, 10, "{e}");
        assert!(
            e.message
                .contains("wrong kind of value: text \"tre\", where a whole number is needed"),
            "{e}"
        );
        assert!(e.hint.unwrap().contains("wrong kind"));
    }

    #[test]
    fn malformed_toml_line() {
        let src = "+++\ntitle = \"A\ndate = 2023-01-01\n+++\n";
        let s = split(p(), src).unwrap();
        let e = parse::<PageFront>(p(), src, &s).unwrap_err();
        assert_eq!(e.line, 2, "{e}");
    }

    #[test]
    fn yaml_error_points_into_file() {
        let src = "---\ntitle: A\nweight: [\n---\n";
        let s = split(p(), src).unwrap();
        let e = parse::<PageFront>(p(), src, &s).unwrap_err();
        assert!(e.line >= 3, "{e}");
    }

    #[test]
    fn unknown_key_is_kept_on_a_page_and_an_error_in_a_section() {
        let src = "+++\ntitel = \"A\"\n+++\n";
        let s = split(p(), src).unwrap();
        let f = parse::<PageFront>(p(), src, &s).unwrap();
        assert!(f.unknown.contains_key("titel"));
        let e = parse::<SectionFront>(p(), src, &s).unwrap_err();
        assert!(e.message.contains("titel"), "{e}");
        assert_eq!(e.line, 2);
    }

    #[test]
    fn white_space_before_the_front_matter() {
        let src = "\n  \n+++\ntitle = \"A\"\n+++\nBody";
        let s = split(p(), src).unwrap();
        assert_eq!(s.body, "Body");
        assert_eq!(
            parse::<PageFront>(p(), src, &s).unwrap().title.as_deref(),
            Some("A")
        );
    }
}

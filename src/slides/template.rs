//! `slide-template.toml` → [`SlideTemplate`]: the one deck shape every problem follows.
//!
//! The file lives at the site root and is owned by Borgmesterens Afdeling. Format:
//!
//! ```toml
//! # Limits every content slide gets unless the slide sets its own (optional table).
//! [limits]
//! max_words_per_bullet = 30
//!
//! [[slide]]                          # one table per slide, in deck order
//! heading_is_problem_title = true    # the heading is the problem's title …
//! layout = "title"
//!
//! [[slide]]
//! heading = "Forslag til problemforståelse"   # … or a fixed heading
//! layout = "bullets"
//! max_bullets = 8            # bullets on the slide, sub-bullets included
//! max_words_per_bullet = 35  # words in one bullet (its sub-bullets not counted)
//! max_words = 200            # words on the slide: lead + bullets + closing, not the heading
//! max_depth = 0              # 0 = no sub-bullets, 1 = one level of sub-bullets, …
//! ```
//!
//! Layouts (names are English like the rest of the file's keys; see [`LAYOUTS`]):
//! `title` (the heading only), `bullets` (bullet points only),
//! `lead-bullets-closing` (a lead line, bullet points, a closing line).
//!
//! Rules checked here, all reported at once: the TOML must be well-formed (line and
//! column of the error), unknown keys are errors, there must be at least one slide,
//! each slide has exactly one of `heading` / `heading_is_problem_title = true`, no two
//! slides share a heading, `layout` is one of [`LAYOUTS`], a `title` slide has no
//! limits, every other slide ends up with `max_bullets`, `max_words_per_bullet` and
//! `max_words` (from the slide or from `[limits]`; each at least 1) while `max_depth`
//! defaults to 0.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::normalize_heading;
use crate::diag::{read_text, Diagnostic};

/// The layout names a template may use, in the order they are listed to users.
pub const LAYOUTS: &[&str] = &["title", "bullets", "lead-bullets-closing"];

/// How a slide's content is arranged. The set is fixed: the deck page has one frame
/// design per layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Layout {
    /// The heading only (the problem's title on the first slide).
    Title,
    /// Bullet points only; no text before or after them.
    Bullets,
    /// A lead line, bullet points, a closing line.
    LeadBulletsClosing,
}

impl Layout {
    /// The name used in `slide-template.toml`.
    pub fn name(self) -> &'static str {
        match self {
            Layout::Title => "title",
            Layout::Bullets => "bullets",
            Layout::LeadBulletsClosing => "lead-bullets-closing",
        }
    }

    /// The layout with this name, if there is one (exact, lower case).
    pub fn from_name(name: &str) -> Option<Layout> {
        match name {
            "title" => Some(Layout::Title),
            "bullets" => Some(Layout::Bullets),
            "lead-bullets-closing" => Some(Layout::LeadBulletsClosing),
            _ => None,
        }
    }

    /// What the layout holds, in words for staff.
    /// What the layout holds, in words.
    pub fn describe(self) -> String {
        match self {
            Layout::Title => crate::t!("layout-title"),
            Layout::Bullets => crate::t!("layout-bullets"),
            Layout::LeadBulletsClosing => crate::t!("layout-lead-bullets-closing"),
        }
    }

    /// The layout's name for people (the file keeps its English `name`).
    pub fn label(self) -> String {
        match self {
            Layout::Title => crate::t!("layout-title-name"),
            Layout::Bullets => crate::t!("layout-bullets-name"),
            Layout::LeadBulletsClosing => crate::t!("layout-lead-bullets-closing-name"),
        }
    }
}

/// A template slide's heading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "text")]
pub enum TemplateHeading {
    /// The heading is the problem's title (`heading_is_problem_title = true`).
    ProblemTitle,
    /// A fixed heading, the same for every problem.
    Fixed(String),
}

impl TemplateHeading {
    /// The heading text this slide must have for a problem with `problem_title`.
    pub fn text<'a>(&'a self, problem_title: &'a str) -> &'a str {
        match self {
            TemplateHeading::ProblemTitle => problem_title,
            TemplateHeading::Fixed(s) => s,
        }
    }
}

/// Limits that keep a content slide readable on a 16:9 frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Limits {
    /// Most bullets on the slide, sub-bullets included.
    pub max_bullets: usize,
    /// Most words in one bullet (its own text; its sub-bullets are bullets of their own).
    pub max_words_per_bullet: usize,
    /// Most words on the slide: lead, all bullets and closing line (not the heading).
    pub max_words: usize,
    /// Deepest nesting: 0 = no sub-bullets, 1 = one level of sub-bullets.
    pub max_depth: usize,
}

/// One slide of the template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TemplateSlide {
    /// 1-based position in the deck.
    pub position: usize,
    pub heading: TemplateHeading,
    pub layout: Layout,
    /// `None` for the `title` layout, which holds no text besides its heading.
    pub limits: Option<Limits>,
    /// Line of the slide's `[[slide]]` table in the template file (0 if unknown).
    pub line: usize,
}

/// The parsed `slide-template.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SlideTemplate {
    /// The template file as shown to users.
    pub path: PathBuf,
    /// The slides in deck order (never empty).
    pub slides: Vec<TemplateSlide>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTemplate {
    #[serde(default)]
    limits: Option<RawLimits>,
    #[serde(default)]
    slide: Vec<Spanned<RawSlide>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawLimits {
    max_bullets: Option<Spanned<i64>>,
    max_words_per_bullet: Option<Spanned<i64>>,
    max_words: Option<Spanned<i64>>,
    max_depth: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSlide {
    heading: Option<Spanned<String>>,
    heading_is_problem_title: Option<Spanned<bool>>,
    layout: Spanned<String>,
    max_bullets: Option<Spanned<i64>>,
    max_words_per_bullet: Option<Spanned<i64>>,
    max_words: Option<Spanned<i64>>,
    max_depth: Option<Spanned<i64>>,
}

impl SlideTemplate {
    /// Parse a template. `path` is the file as shown to users. All problems are
    /// reported at once (except malformed TOML, which stops at the first error).
    pub fn parse(path: &Path, src: &str) -> Result<SlideTemplate, Vec<Diagnostic>> {
        let raw: RawTemplate = toml::from_str(src).map_err(|e| vec![toml_error(path, src, &e)])?;
        let mut diags = Vec::new();

        let defaults = raw.limits.unwrap_or_default();
        for (key, v) in limit_fields(&defaults) {
            if let Some(v) = v {
                check_limit_value(path, src, key, v, &mut diags);
            }
        }

        if raw.slide.is_empty() {
            diags.push(
                Diagnostic::error(path, crate::t!("tpl-no-slides"))
                    .expected(crate::t!("tpl-no-slides-expected"))
                    .found(crate::t!("tpl-no-slides-found"))
                    .hint(crate::t!(
                        "tpl-no-slides-hint",
                        layouts = LAYOUTS.join(", ")
                    )),
            );
            return Err(diags);
        }

        let mut slides = Vec::new();
        // (normalized heading, position) of the headings seen so far
        let mut seen: Vec<(String, usize)> = Vec::new();
        for (i, spanned) in raw.slide.iter().enumerate() {
            let position = i + 1;
            let table_start = spanned.span().start;
            let raw = spanned.get_ref();
            let here = |d: Diagnostic| d.at_offset(src, table_start);

            let heading = match (&raw.heading, raw.heading_is_problem_title.as_ref()) {
                (Some(h), Some(flag)) if *flag.get_ref() => {
                    diags.push(
                        Diagnostic::error(
                            path,
                            crate::t!("tpl-both-headings", position = position),
                        )
                        .at_offset(src, flag.span().start)
                        .expected(crate::t!("tpl-both-headings-expected"))
                        .found(crate::t!(
                            "tpl-both-headings-found",
                            heading = h.get_ref().as_str()
                        ))
                        .hint(crate::t!("tpl-both-headings-hint")),
                    );
                    None
                }
                (Some(h), _) => {
                    if h.get_ref().trim().is_empty() {
                        diags.push(
                            Diagnostic::error(
                                path,
                                crate::t!("tpl-empty-heading", position = position),
                            )
                            .at_offset(src, h.span().start)
                            .expected(crate::t!("tpl-empty-heading-expected"))
                            .found("heading = \"\"")
                            .hint(crate::t!("tpl-empty-heading-hint")),
                        );
                        None
                    } else {
                        Some(TemplateHeading::Fixed(h.get_ref().trim().to_string()))
                    }
                }
                (None, Some(flag)) if *flag.get_ref() => Some(TemplateHeading::ProblemTitle),
                (None, _) => {
                    diags.push(
                        here(Diagnostic::error(
                            path,
                            crate::t!("tpl-no-heading", position = position),
                        ))
                        .expected(crate::t!("tpl-no-heading-expected"))
                        .found(crate::t!("tpl-no-heading-found"))
                        .hint(crate::t!("tpl-no-heading-hint")),
                    );
                    None
                }
            };

            if let Some(h) = &heading {
                let key = match h {
                    TemplateHeading::ProblemTitle => "\u{0}problem title".to_string(),
                    TemplateHeading::Fixed(s) => normalize_heading(s),
                };
                if let Some((_, first)) = seen.iter().find(|(k, _)| *k == key) {
                    let what = match h {
                        TemplateHeading::ProblemTitle => crate::t!("tpl-the-title"),
                        TemplateHeading::Fixed(s) => format!("\"{s}\""),
                    };
                    diags.push(
                        here(Diagnostic::error(
                            path,
                            crate::t!("tpl-same-heading", first = first, second = position),
                        ))
                        .expected(crate::t!("tpl-same-heading-expected"))
                        .found(crate::t!("tpl-same-heading-found", what = what))
                        .hint(crate::t!("tpl-same-heading-hint")),
                    );
                } else {
                    seen.push((key, position));
                }
            }

            let layout_name = raw.layout.get_ref();
            let layout = Layout::from_name(layout_name.trim());
            if layout.is_none() {
                diags.push(
                    Diagnostic::error(
                        path,
                        crate::t!(
                            "tpl-unknown-layout",
                            position = position,
                            layout = layout_name.as_str()
                        ),
                    )
                    .at_offset(src, raw.layout.span().start)
                    .expected(crate::t!("one-of", list = LAYOUTS.join(", ")))
                    .found(format!("\"{layout_name}\""))
                    .hint(crate::t!(
                        "tpl-unknown-layout-hint",
                        list = LAYOUTS
                            .iter()
                            .map(|l| format!(
                                "\"{l}\" ({})",
                                Layout::from_name(l).map_or_else(String::new, |l| l.describe())
                            ))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )),
                );
            }

            let own = RawLimits {
                max_bullets: raw.max_bullets.clone(),
                max_words_per_bullet: raw.max_words_per_bullet.clone(),
                max_words: raw.max_words.clone(),
                max_depth: raw.max_depth.clone(),
            };
            for (key, v) in limit_fields(&own) {
                if let Some(v) = v {
                    check_limit_value(path, src, key, v, &mut diags);
                }
            }

            let limits = match layout {
                Some(Layout::Title) => {
                    for (key, v) in limit_fields(&own) {
                        if let Some(v) = v {
                            diags.push(
                                Diagnostic::error(
                                    path,
                                    crate::t!("tpl-limit-on-title", position = position, key = key),
                                )
                                .at_offset(src, v.span().start)
                                .expected(crate::t!("tpl-limit-on-title-expected"))
                                .found(format!("{key} = {}", v.get_ref()))
                                .hint(crate::t!("tpl-limit-on-title-hint", key = key)),
                            );
                        }
                    }
                    None
                }
                Some(_) => {
                    let pick = |own: &Option<Spanned<i64>>, def: &Option<Spanned<i64>>| {
                        own.as_ref()
                            .or(def.as_ref())
                            .map(|v| usize::try_from(*v.get_ref()).unwrap_or(0))
                    };
                    let max_bullets = pick(&own.max_bullets, &defaults.max_bullets);
                    let max_words_per_bullet =
                        pick(&own.max_words_per_bullet, &defaults.max_words_per_bullet);
                    let max_words = pick(&own.max_words, &defaults.max_words);
                    let max_depth = pick(&own.max_depth, &defaults.max_depth).unwrap_or(0);
                    for (key, v) in [
                        ("max_bullets", max_bullets),
                        ("max_words_per_bullet", max_words_per_bullet),
                        ("max_words", max_words),
                    ] {
                        if v.is_none() {
                            diags.push(
                                here(Diagnostic::error(
                                    path,
                                    crate::t!("tpl-no-limit", position = position, key = key),
                                ))
                                .expected(crate::t!("tpl-no-limit-expected", key = key))
                                .found(crate::t!("tpl-no-limit-found"))
                                .hint(crate::t!("tpl-no-limit-hint", key = key)),
                            );
                        }
                    }
                    match (max_bullets, max_words_per_bullet, max_words) {
                        (Some(max_bullets), Some(max_words_per_bullet), Some(max_words)) => {
                            Some(Limits {
                                max_bullets,
                                max_words_per_bullet,
                                max_words,
                                max_depth,
                            })
                        }
                        _ => None,
                    }
                }
                None => None,
            };

            if let (Some(heading), Some(layout)) = (heading, layout) {
                slides.push(TemplateSlide {
                    position,
                    heading,
                    layout,
                    limits,
                    line: crate::diag::line_col(src, table_start).0,
                });
            }
        }

        if diags.is_empty() {
            Ok(SlideTemplate {
                path: path.to_path_buf(),
                slides,
            })
        } else {
            diags.sort_by_key(|d| (d.line, d.col));
            Err(diags)
        }
    }

    /// Read and parse the template at `file`, shown to users as `shown_as`.
    pub fn from_file(file: &Path, shown_as: &Path) -> Result<SlideTemplate, Vec<Diagnostic>> {
        let src =
            read_text(file, shown_as).map_err(|d| vec![d.hint(crate::t!("tpl-needed-hint"))])?;
        SlideTemplate::parse(shown_as, &src)
    }

    /// Number of slides in the deck.
    pub fn len(&self) -> usize {
        self.slides.len()
    }

    /// Always false for a parsed template (a template without slides is an error).
    pub fn is_empty(&self) -> bool {
        self.slides.is_empty()
    }
}

fn limit_fields(l: &RawLimits) -> [(&'static str, &Option<Spanned<i64>>); 4] {
    [
        ("max_bullets", &l.max_bullets),
        ("max_words_per_bullet", &l.max_words_per_bullet),
        ("max_words", &l.max_words),
        ("max_depth", &l.max_depth),
    ]
}

fn check_limit_value(
    path: &Path,
    src: &str,
    key: &str,
    v: &Spanned<i64>,
    diags: &mut Vec<Diagnostic>,
) {
    let n = *v.get_ref();
    let min = if key == "max_depth" { 0 } else { 1 };
    if n < min {
        let what = if min == 0 {
            crate::t!("tpl-min-zero")
        } else {
            crate::t!("tpl-min-one")
        };
        diags.push(
            Diagnostic::error(path, crate::t!("tpl-min", key = key, what = what.as_str()))
                .at_offset(src, v.span().start)
                .expected(crate::t!("tpl-min-expected", what = what.as_str()))
                .found(format!("{key} = {n}"))
                .hint(crate::t!("tpl-min-hint", min = min, value = n)),
        );
    }
}

/// A TOML syntax or shape error as a diagnostic, with a hint fitted to the error.
fn toml_error(path: &Path, src: &str, e: &toml::de::Error) -> Diagnostic {
    let offset = e.span().map_or(0, |s| s.start);
    let msg = crate::diag::toml_message(e);
    let msg = msg.as_str();
    let raw = e.message();
    let hint = if raw.starts_with("unknown field") {
        crate::t!("toml-hint-unknown")
    } else if raw.contains("missing field `layout`") {
        crate::t!("tpl-missing-layout-hint", layouts = LAYOUTS.join(", "))
    } else {
        crate::t!("tpl-syntax-hint")
    };
    Diagnostic::error(path, crate::t!("tpl-unreadable", why = msg))
        .at_offset(src, offset)
        .hint(hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(src: &str) -> Result<SlideTemplate, Vec<Diagnostic>> {
        SlideTemplate::parse(Path::new("slide-template.toml"), src)
    }

    fn errors(src: &str) -> Vec<Diagnostic> {
        match parse(src) {
            Ok(t) => panic!("expected errors, got {t:?}"),
            Err(d) => d,
        }
    }

    /// The default site's template file, as shipped at the repository root.
    const DEFAULT: &str = include_str!("../../slide-template.toml");

    #[test]
    fn default_template_is_the_seed_deck() {
        let t = parse(DEFAULT).unwrap();
        let shape: Vec<(usize, TemplateHeading, Layout)> = t
            .slides
            .iter()
            .map(|s| (s.position, s.heading.clone(), s.layout))
            .collect();
        let fixed = |s: &str| TemplateHeading::Fixed(s.to_string());
        assert_eq!(
            shape,
            vec![
                (1, TemplateHeading::ProblemTitle, Layout::Title),
                (2, fixed("Forslag til problemforståelse"), Layout::Bullets),
                (
                    3,
                    fixed("Involvering og mobilisering"),
                    Layout::LeadBulletsClosing
                ),
                (
                    4,
                    fixed("Hvilken viden står vi på nu?"),
                    Layout::LeadBulletsClosing
                ),
                (5, fixed("Politisk afsæt for arbejdet"), Layout::Bullets),
            ]
        );
        assert_eq!(t.slides[0].limits, None);
        let depths: Vec<usize> = t.slides[1..]
            .iter()
            .map(|s| s.limits.unwrap().max_depth)
            .collect();
        assert_eq!(depths, vec![0, 0, 0, 1]);
    }

    #[test]
    fn limits_table_gives_defaults_and_slides_override() {
        let t = parse(
            "[limits]\nmax_bullets = 6\nmax_words_per_bullet = 20\nmax_words = 100\n\n\
             [[slide]]\nheading = \"A\"\nlayout = \"bullets\"\nmax_words = 50\nmax_depth = 1\n",
        )
        .unwrap();
        assert_eq!(
            t.slides[0].limits,
            Some(Limits {
                max_bullets: 6,
                max_words_per_bullet: 20,
                max_words: 50,
                max_depth: 1
            })
        );
        assert_eq!(t.slides[0].line, 6);
    }

    #[test]
    fn malformed_toml_has_line_and_column() {
        let d = errors("[[slide]]\nheading = \"A\nlayout = \"title\"\n");
        assert_eq!(d.len(), 1);
        // the string is never closed: the error points at the end of its line
        assert_eq!((d[0].line, d[0].col), (2, 13));
        assert!(
            d[0].message
                .starts_with("the slide template could not be read: "),
            "{}",
            d[0].message
        );
        assert!(d[0].hint.as_deref().unwrap().contains("quotes"));
    }

    #[test]
    fn no_slides() {
        for src in ["", "# only a comment\n", "slide = []\n"] {
            let d = errors(src);
            assert_eq!(d.len(), 1, "{src:?}");
            assert_eq!(d[0].message, "the slide template has no slides");
            assert_eq!(d[0].line, 0);
        }
    }

    #[test]
    fn unknown_layout_lists_allowed_layouts() {
        let d = errors(
            "[[slide]]\nheading_is_problem_title = true\nlayout = \"titel\"\n\n\
             [[slide]]\nheading = \"B\"\nlayout = \"two-columns\"\nmax_bullets = 3\nmax_words_per_bullet = 3\nmax_words = 9\n",
        );
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].message, "slide 1 has an unknown layout \"titel\"");
        assert_eq!((d[0].line, d[0].col), (3, 10));
        assert_eq!(
            d[0].expected.as_deref(),
            Some("one of: title, bullets, lead-bullets-closing")
        );
        assert_eq!(d[0].found.as_deref(), Some("\"titel\""));
        assert_eq!(
            d[1].message,
            "slide 2 has an unknown layout \"two-columns\""
        );
        assert_eq!(d[1].line, 7);
    }

    #[test]
    fn unknown_keys_are_errors() {
        let d = errors("[[slide]]\nheading = \"A\"\nlayout = \"bullets\"\nmax_word = 3\n");
        assert_eq!(d.len(), 1);
        assert!(
            d[0].message
                .starts_with("the slide template could not be read: unknown setting `max_word`"),
            "{}",
            d[0].message
        );
        assert_eq!(d[0].line, 4);
        assert!(d[0]
            .hint
            .as_deref()
            .unwrap()
            .starts_with("check the spelling"));

        let d = errors("tittel = \"x\"\n[[slide]]\nheading = \"A\"\nlayout = \"title\"\n");
        assert!(
            d[0].message.contains("unknown setting `tittel`"),
            "{}",
            d[0].message
        );
        assert_eq!(d[0].line, 1);
    }

    #[test]
    fn missing_layout_names_the_layouts() {
        let d = errors("[[slide]]\nheading = \"A\"\n");
        assert_eq!(d.len(), 1);
        assert!(
            d[0].message.contains("the setting `layout` is missing"),
            "{}",
            d[0].message
        );
        assert_eq!(
            d[0].hint.as_deref(),
            Some("every [[slide]] needs a line layout = \"...\" with one of: title, bullets, lead-bullets-closing")
        );
    }

    #[test]
    fn heading_rules_and_limits_all_reported_at_once() {
        let d = errors(
            "[[slide]]\nlayout = \"title\"\nmax_words = 5\n\n\
             [[slide]]\nheading = \"A\"\nheading_is_problem_title = true\nlayout = \"bullets\"\nmax_bullets = 0\nmax_words_per_bullet = 5\nmax_words = 5\n\n\
             [[slide]]\nheading = \"B\"\nlayout = \"bullets\"\nmax_bullets = 5\n\n\
             [[slide]]\nheading = \" B \"\nlayout = \"title\"\n\n\
             [[slide]]\nheading = \"\"\nlayout = \"title\"\n",
        );
        let got: Vec<(usize, &str)> = d.iter().map(|d| (d.line, d.message.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (1, "slide 1 has no heading"),
                (3, "slide 1 has the layout \"title\", which holds no text besides the heading, so `max_words` has no meaning"),
                (7, "slide 2 has both `heading` and `heading_is_problem_title = true`"),
                (9, "`max_bullets` must be 1 or more"),
                (13, "slide 3 has no `max_words_per_bullet`"),
                (13, "slide 3 has no `max_words`"),
                (18, "slides 3 and 4 have the same heading"),
                (23, "slide 5 has an empty heading"),
            ]
        );
    }

    #[test]
    fn two_title_slides_have_the_same_heading() {
        let d = errors(
            "[[slide]]\nheading_is_problem_title = true\nlayout = \"title\"\n\n\
             [[slide]]\nheading_is_problem_title = true\nlayout = \"title\"\n",
        );
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].message, "slides 1 and 2 have the same heading");
        assert_eq!(d[0].found.as_deref(), Some("the problem's title on both"));
        assert_eq!(d[0].line, 5);
    }

    #[test]
    fn negative_depth_is_an_error_zero_is_fine() {
        let base = "[[slide]]\nheading = \"A\"\nlayout = \"bullets\"\nmax_bullets = 1\nmax_words_per_bullet = 1\nmax_words = 1\n";
        assert_eq!(
            parse(&format!("{base}max_depth = 0\n")).unwrap().slides[0]
                .limits
                .unwrap()
                .max_depth,
            0
        );
        let d = errors(&format!("{base}max_depth = -1\n"));
        assert_eq!(
            d[0].message,
            "`max_depth` must be 0 or more (0 = no sub-bullets)"
        );
        assert_eq!(d[0].line, 7);
    }
}

//! Fenced code blocks → HTML, highlighted with syntect when `[markdown]
//! highlight_code = true`.
//!
//! With `highlight_theme = "css"` (the default, as in Zola) the output carries classes
//! (`z-keyword`, `z-string`, … — syntect's scope names with the `z-` prefix) and the
//! theme's `syntax.css` picks the colours, so contrast stays under the theme's
//! control. Any other value names one of syntect's built-in themes and gives inline
//! colours (contrast is then the theme's business). The syntax set and the theme set
//! are loaded at most once per process.
//!
//! Every block is `<pre tabindex="0" …><code class="language-x" data-lang="x">`: the
//! `tabindex` lets keyboard users scroll a wide block. A language syntect does not
//! know gives the same structure with plain, escaped text.

use std::ops::RangeInclusive;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use syntect::easy::HighlightLines;
use syntect::highlighting::ThemeSet;
use syntect::html::{
    append_highlighted_html_for_styled_line, ClassStyle, ClassedHTMLGenerator, IncludeBackground,
};
use syntect::parsing::{SyntaxReference, SyntaxSet};
use syntect::util::LinesWithEndings;

use crate::config::MarkdownConfig;

/// The class prefix of highlighted spans (Zola's).
pub const CLASS_PREFIX: &str = "z-";

/// The `highlight_theme` value for class-based output.
pub const CSS_THEME: &str = "css";

static SYNTAXES: OnceLock<SyntaxSet> = OnceLock::new();
static THEMES: OnceLock<ThemeSet> = OnceLock::new();
static SYNTAX_LOADS: AtomicUsize = AtomicUsize::new(0);

/// The syntax set, loaded on first use.
pub fn syntax_set() -> &'static SyntaxSet {
    SYNTAXES.get_or_init(|| {
        SYNTAX_LOADS.fetch_add(1, Ordering::Relaxed);
        SyntaxSet::load_defaults_newlines()
    })
}

fn theme_set() -> &'static ThemeSet {
    THEMES.get_or_init(ThemeSet::load_defaults)
}

/// How many times the syntax set was loaded in this process (0 or 1).
pub fn syntax_loads() -> usize {
    SYNTAX_LOADS.load(Ordering::Relaxed)
}

/// The built-in theme used for a Zola 0.22 theme name we do not have.
pub const FALLBACK_THEME: &str = "InspiredGitHub";

/// Whether `highlight_theme` names a theme we can use (`css` or a syntect theme).
pub fn known_theme(name: &str) -> bool {
    name == CSS_THEME || theme_set().themes.contains_key(name)
}

/// Names accepted by `highlight_theme`, for error messages.
pub fn theme_names() -> Vec<String> {
    let mut v: Vec<String> = std::iter::once(CSS_THEME.to_string())
        .chain(theme_set().themes.keys().cloned())
        .collect();
    v.sort();
    v
}

/// A fence's line options, as Zola 0.22 reads them: `linenos`,
/// `linenostart=N`, `hl_lines=1-3 5`, `hide_lines=2 4-6` (1-based, inclusive).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Lines {
    /// Where line numbers start, when they are shown.
    pub numbers: Option<usize>,
    pub highlight: Vec<RangeInclusive<usize>>,
    pub hide: Vec<RangeInclusive<usize>>,
}

impl Lines {
    /// The line options of a fence info string.
    pub fn parse(info: &str) -> Lines {
        let mut lines = Lines::default();
        let mut linenos = false;
        let mut start = 1;
        for opt in info.split(',').map(str::trim) {
            let (key, value) = opt
                .split_once('=')
                .map_or((opt, ""), |(k, v)| (k.trim(), v));
            match key {
                "linenos" => linenos = true,
                "linenostart" => start = value.trim().parse().unwrap_or(1),
                "hl_lines" => lines.highlight = ranges(value),
                "hide_lines" => lines.hide = ranges(value),
                _ => {}
            }
        }
        lines.numbers = linenos.then_some(start);
        lines
    }

    fn is_plain(&self) -> bool {
        self.numbers.is_none() && self.highlight.is_empty() && self.hide.is_empty()
    }
}

/// `1-3 5` → `[1..=3, 5..=5]`; what is not a number or a range is skipped, as in Zola.
fn ranges(s: &str) -> Vec<RangeInclusive<usize>> {
    s.split_whitespace()
        .filter_map(|r| match r.split_once('-') {
            Some((a, b)) => {
                let (a, b): (usize, usize) = (a.parse().ok()?, b.parse().ok()?);
                Some(a.min(b)..=a.max(b))
            }
            None => r.parse().ok().map(|n| n..=n),
        })
        .collect()
}

/// A code block's HTML with its line options applied, Zola 0.22's way: every
/// line a `<span class="giallo-l">` (with `z-hl` when highlighted) that opens
/// and closes its own spans, hidden lines left out, numbers from the source's
/// numbering (`<span aria-hidden="true" class="giallo-ln">`, right aligned).
pub fn apply_lines(html: &str, opts: &Lines) -> String {
    let lines = balanced_lines(html);
    let width = opts
        .numbers
        .map_or(0, |s| (s + lines.len().saturating_sub(1)).to_string().len());
    let mut out = String::with_capacity(html.len() + lines.len() * 64);
    for (i, line) in lines.iter().enumerate() {
        let n = i + 1;
        if opts.hide.iter().any(|r| r.contains(&n)) {
            continue;
        }
        let hl = opts.highlight.iter().any(|r| r.contains(&n));
        out.push_str(if hl {
            "<span class=\"giallo-l z-hl\">"
        } else {
            "<span class=\"giallo-l\">"
        });
        if let Some(start) = opts.numbers {
            out.push_str(&format!(
                "<span aria-hidden=\"true\" class=\"giallo-ln\">{:>width$}</span>",
                start + i
            ));
        }
        out.push_str(line);
        out.push_str("</span>\n");
    }
    out
}

fn text_is_empty(html: &str) -> bool {
    let mut in_tag = false;
    html.chars().all(|c| {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => return false,
            _ => {}
        }
        true
    })
}

/// Split highlighted HTML (text and `<span …>`/`</span>` only) into lines that
/// each reopen the spans still open from the line before and close their own.
fn balanced_lines(html: &str) -> Vec<String> {
    let mut open: Vec<&str> = Vec::new();
    let mut lines = Vec::new();
    let mut raws: Vec<&str> = html.split('\n').collect();
    // What follows the last new line is closing tags or nothing: not a line.
    if raws.len() > 1 && raws.last().is_some_and(|l| text_is_empty(l)) {
        raws.pop();
    }
    for raw in raws {
        let mut line: String = open.concat();
        let mut rest = raw;
        while let Some(i) = rest.find('<') {
            let end = rest[i..].find('>').map_or(rest.len(), |e| i + e + 1);
            let tag = &rest[i..end];
            if tag.starts_with("</") {
                open.pop();
            } else {
                open.push(tag);
            }
            rest = &rest[end..];
        }
        line.push_str(raw);
        line.push_str(&"</span>".repeat(open.len()));
        lines.push(line);
    }
    lines
}

/// The language of a fence info string: ```` ```rust,linenos ```` → `rust`.
pub fn language(info: &str) -> &str {
    info.split(|c: char| c == ',' || c.is_whitespace())
        .next()
        .unwrap_or("")
}

/// One code block as HTML (ends with a newline, like pulldown-cmark's blocks).
pub fn code_block(lang: &str, code: &str, config: &MarkdownConfig, lines: &Lines) -> String {
    let mut out = String::with_capacity(code.len() * 2 + 96);
    let highlighted = if config.highlight_code && !lang.is_empty() {
        let ss = syntax_set();
        ss.find_syntax_by_token(lang)
            .and_then(|syntax| highlight(code, syntax, ss, &config.highlight_theme))
    } else {
        None
    };
    let lang_attr = escape_attr(lang);
    out.push_str("<pre");
    if highlighted.is_some() {
        out.push_str(" class=\"");
        if !lang.is_empty() {
            out.push_str("language-");
            out.push_str(&lang_attr);
            out.push(' ');
        }
        out.push_str(CLASS_PREFIX);
        out.push_str("code\"");
    }
    out.push_str(" tabindex=\"0\"");
    if !lang.is_empty() {
        out.push_str(" data-lang=\"");
        out.push_str(&lang_attr);
        out.push_str("\"><code class=\"language-");
        out.push_str(&lang_attr);
        out.push_str("\" data-lang=\"");
        out.push_str(&lang_attr);
        out.push_str("\">");
    } else {
        out.push_str("><code>");
    }
    let body = highlighted.unwrap_or_else(|| {
        let mut b = String::with_capacity(code.len() + 16);
        escape_body(&mut b, code);
        b
    });
    // Without highlighting Zola 0.22 ignores a fence's line options.
    if lines.is_plain() || !config.highlight_code {
        out.push_str(&body);
    } else {
        out.push_str(&apply_lines(&body, lines));
    }
    out.push_str("</code></pre>\n");
    out
}

/// Highlighted spans, or `None` when syntect fails (then the caller escapes).
fn highlight(code: &str, syntax: &SyntaxReference, ss: &SyntaxSet, theme: &str) -> Option<String> {
    if theme != CSS_THEME {
        if let Some(t) = theme_set().themes.get(theme) {
            let mut h = HighlightLines::new(syntax, t);
            let mut out = String::new();
            for line in LinesWithEndings::from(code) {
                let regions = h.highlight_line(line, ss).ok()?;
                append_highlighted_html_for_styled_line(&regions, IncludeBackground::No, &mut out)
                    .ok()?;
            }
            return Some(out);
        }
    }
    let mut g = ClassedHTMLGenerator::new_with_class_style(
        syntax,
        ss,
        ClassStyle::SpacedPrefixed {
            prefix: CLASS_PREFIX,
        },
    );
    for line in LinesWithEndings::from(code) {
        g.parse_html_for_line_which_includes_newline(line).ok()?;
    }
    Some(g.finalize())
}

/// Escape text for an HTML text node (`&`, `<`, `>`), as pulldown-cmark does.
pub fn escape_body(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

/// Escape text for a quoted attribute, as pulldown-cmark does.
pub fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(on: bool) -> MarkdownConfig {
        MarkdownConfig {
            highlight_code: on,
            ..MarkdownConfig::default()
        }
    }

    #[test]
    fn line_options_as_zola_writes_them() {
        assert_eq!(Lines::parse("rust,linenos").numbers, Some(1));
        assert_eq!(
            Lines::parse("rust, linenos, linenostart=9").numbers,
            Some(9)
        );
        assert_eq!(Lines::parse("rust,linenostart=9").numbers, None);
        let l = Lines::parse("rust,hl_lines=1-3 5 x 9-7,hide_lines=2");
        assert_eq!(
            (l.highlight, l.hide),
            (vec![1..=3, 5..=5, 7..=9], vec![2..=2])
        );
        let ln = |n: &str| format!("<span aria-hidden=\"true\" class=\"giallo-ln\">{n}</span>");
        assert_eq!(
            apply_lines("a\nb\n", &Lines::parse("linenos,linenostart=9")),
            format!(
                "<span class=\"giallo-l\">{}a</span>\n<span class=\"giallo-l\">{}b</span>\n",
                ln(" 9"),
                ln("10")
            )
        );
    }

    #[test]
    fn hidden_and_highlighted_lines_keep_their_spans_whole() {
        let html = "<span class=\"a\">x\n<span class=\"b\">y\nz</span>\nw\n</span>";
        let out = apply_lines(html, &Lines::parse("hl_lines=3,hide_lines=2,linenos"));
        assert_eq!(
            out,
            "<span class=\"giallo-l\"><span aria-hidden=\"true\" class=\"giallo-ln\">1</span><span class=\"a\">x</span></span>\n\
             <span class=\"giallo-l z-hl\"><span aria-hidden=\"true\" class=\"giallo-ln\">3</span><span class=\"a\"><span class=\"b\">z</span></span></span>\n\
             <span class=\"giallo-l\"><span aria-hidden=\"true\" class=\"giallo-ln\">4</span><span class=\"a\">w</span></span>\n"
        );
    }

    #[test]
    fn classes_when_on() {
        let h = code_block(
            "rust",
            "fn main() { let s = \"x\"; }\n",
            &cfg(true),
            &Lines::default(),
        );
        assert!(
            h.starts_with("<pre class=\"language-rust z-code\" tabindex=\"0\" data-lang=\"rust\"><code class=\"language-rust\" data-lang=\"rust\"><span class=\"z-source z-rust\">"),
            "{h}"
        );
        assert!(
            h.contains("<span class=\"z-storage z-type z-function z-rust\">fn</span>"),
            "{h}"
        );
        assert!(h.contains("z-string z-quoted z-double z-rust"), "{h}");
        assert!(h.ends_with("</code></pre>\n"));
        assert_eq!(syntax_loads(), 1);
        // A second block does not load the set again.
        code_block("python", "x = 1\n", &cfg(true), &Lines::default());
        assert_eq!(syntax_loads(), 1);
    }

    #[test]
    fn plain_when_off_or_unknown() {
        assert_eq!(
            code_block("rust", "a < b && c\n", &cfg(false), &Lines::default()),
            "<pre tabindex=\"0\" data-lang=\"rust\"><code class=\"language-rust\" data-lang=\"rust\">a &lt; b &amp;&amp; c\n</code></pre>\n"
        );
        assert_eq!(
            code_block("klingon", "<x>\n", &cfg(true), &Lines::default()),
            "<pre tabindex=\"0\" data-lang=\"klingon\"><code class=\"language-klingon\" data-lang=\"klingon\">&lt;x&gt;\n</code></pre>\n"
        );
        assert_eq!(
            code_block("", "x\n", &cfg(true), &Lines::default()),
            "<pre tabindex=\"0\"><code>x\n</code></pre>\n"
        );
    }

    #[test]
    fn named_theme_inline_and_fence_info() {
        let mut c = cfg(true);
        c.highlight_theme = "InspiredGitHub".into();
        let h = code_block("rust", "fn x() {}\n", &c, &Lines::default());
        assert!(h.contains("<span style=\"color:"), "{h}");
        assert!(known_theme("css") && known_theme("InspiredGitHub") && !known_theme("nope"));
        assert_eq!(language("rust,linenos"), "rust");
        assert_eq!(language("sh hl_lines=2"), "sh");
    }
}

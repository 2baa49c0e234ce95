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

/// Where line numbers start when the fence asks for them (`linenos`,
/// `linenostart=N`), as in Zola.
pub fn line_numbers(info: &str) -> Option<usize> {
    let opts: Vec<&str> = info.split(',').map(str::trim).collect();
    if !opts.contains(&"linenos") {
        return None;
    }
    let start = opts.iter().find_map(|o| o.strip_prefix("linenostart=")?.trim().parse().ok());
    Some(start.unwrap_or(1))
}

/// Put Zola's line number (`<span aria-hidden="true" class="giallo-ln">`, right
/// aligned) before every line of a code block's HTML.
pub fn number_lines(html: &str, start: usize) -> String {
    let mut lines: Vec<&str> = html.split_inclusive('\n').collect();
    // Closing tags after the last new line are not a line of their own.
    let tail = match lines.last() {
        Some(l) if !l.ends_with('\n') && l.trim_start().starts_with("</") => lines.pop(),
        _ => None,
    };
    let width = (start + lines.len().saturating_sub(1)).to_string().len();
    let mut out = String::with_capacity(html.len() + lines.len() * 48);
    for (i, line) in lines.iter().enumerate() {
        out.push_str(&format!("<span aria-hidden=\"true\" class=\"giallo-ln\">{:>width$}</span>", start + i));
        out.push_str(line);
    }
    out.push_str(tail.unwrap_or(""));
    out
}

/// The language of a fence info string: ```` ```rust,linenos ```` → `rust`.
pub fn language(info: &str) -> &str {
    info.split(|c: char| c == ',' || c.is_whitespace())
        .next()
        .unwrap_or("")
}

/// One code block as HTML (ends with a newline, like pulldown-cmark's blocks).
pub fn code_block(lang: &str, code: &str, config: &MarkdownConfig, numbers: Option<usize>) -> String {
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
    let mut body = String::new();
    match highlighted {
        Some(h) => body.push_str(&h),
        None => escape_body(&mut body, code),
    }
    match numbers {
        Some(start) => out.push_str(&number_lines(&body, start)),
        None => out.push_str(&body),
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
    fn line_numbers_as_zola_writes_them() {
        assert_eq!(line_numbers("rust,linenos"), Some(1));
        assert_eq!(line_numbers("rust, linenos, linenostart=9"), Some(9));
        assert_eq!(line_numbers("rust"), None);
        assert_eq!(
            number_lines("a\nb\n", 9),
            "<span aria-hidden=\"true\" class=\"giallo-ln\"> 9</span>a\n<span aria-hidden=\"true\" class=\"giallo-ln\">10</span>b\n"
        );
    }

    #[test]
    fn classes_when_on() {
        let h = code_block("rust", "fn main() { let s = \"x\"; }\n", &cfg(true), None);
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
        code_block("python", "x = 1\n", &cfg(true), None);
        assert_eq!(syntax_loads(), 1);
    }

    #[test]
    fn plain_when_off_or_unknown() {
        assert_eq!(
            code_block("rust", "a < b && c\n", &cfg(false), None),
            "<pre tabindex=\"0\" data-lang=\"rust\"><code class=\"language-rust\" data-lang=\"rust\">a &lt; b &amp;&amp; c\n</code></pre>\n"
        );
        assert_eq!(
            code_block("klingon", "<x>\n", &cfg(true), None),
            "<pre tabindex=\"0\" data-lang=\"klingon\"><code class=\"language-klingon\" data-lang=\"klingon\">&lt;x&gt;\n</code></pre>\n"
        );
        assert_eq!(
            code_block("", "x\n", &cfg(true), None),
            "<pre tabindex=\"0\"><code>x\n</code></pre>\n"
        );
    }

    #[test]
    fn named_theme_inline_and_fence_info() {
        let mut c = cfg(true);
        c.highlight_theme = "InspiredGitHub".into();
        let h = code_block("rust", "fn x() {}\n", &c, None);
        assert!(h.contains("<span style=\"color:"), "{h}");
        assert!(known_theme("css") && known_theme("InspiredGitHub") && !known_theme("nope"));
        assert_eq!(language("rust,linenos"), "rust");
        assert_eq!(language("sh hl_lines=2"), "sh");
    }
}

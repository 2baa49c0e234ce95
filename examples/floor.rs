//! The bare floor for the speed benchmark (`bench/run.sh`): the least work any
//! generator must do for a content tree. It reads every `.md` under `SITE/content/`,
//! splits and parses the `+++` TOML front matter, renders the Markdown to HTML and
//! writes one file per page into `OUT/`, in parallel with rayon. No templates, no
//! sections, no links, no sitemap: the distance from a real build to this is what
//! the real build costs on top.
//!
//! Run: `cargo run --release --example floor -- SITE OUT`

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use pulldown_cmark::{html, Options, Parser};
use rayon::prelude::*;
use serde::Deserialize;
use walkdir::WalkDir;

/// The front matter fields of the synthetic pages (unknown keys are ignored).
#[derive(Deserialize)]
struct FrontMatter {
    title: Option<String>,
    #[allow(dead_code)]
    date: Option<toml::value::Datetime>,
    #[allow(dead_code)]
    weight: Option<i64>,
}

/// Splits `+++\n<toml>\n+++\n<body>` into (toml, body).
fn split_front_matter(src: &str) -> Option<(&str, &str)> {
    let rest = src
        .strip_prefix("+++\n")
        .or_else(|| src.strip_prefix("+++\r\n"))?;
    let end = rest.find("\n+++")?;
    let fm = &rest[..end];
    let after = &rest[end + 4..];
    let body = after
        .strip_prefix("\r\n")
        .or_else(|| after.strip_prefix('\n'))
        .unwrap_or(after);
    Some((fm, body))
}

/// `a/_index.md` → `a/index.html`; `a/b.md` → `a/b/index.html`; `a/index.md` → `a/index.html`.
fn output_path(out: &Path, rel: &Path) -> PathBuf {
    let stem = rel.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let parent = rel.parent().unwrap_or(Path::new(""));
    if stem == "_index" || stem == "index" {
        out.join(parent).join("index.html")
    } else {
        out.join(parent).join(stem).join("index.html")
    }
}

fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}

fn build_one(content: &Path, out: &Path, path: &Path) -> Result<usize, String> {
    let src = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let (fm, body) = split_front_matter(&src)
        .ok_or_else(|| format!("{}: no +++ front matter", path.display()))?;
    let meta: FrontMatter =
        toml::from_str(fm).map_err(|e| format!("{}: front matter: {e}", path.display()))?;

    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut html_out = String::with_capacity(body.len() * 3 / 2 + 64);
    html_out.push_str("<h1>");
    escape(meta.title.as_deref().unwrap_or(""), &mut html_out);
    html_out.push_str("</h1>\n");
    html::push_html(&mut html_out, Parser::new_ext(body, opts));

    let rel = path.strip_prefix(content).unwrap_or(path);
    let dest = output_path(out, rel);
    if let Some(dir) = dest.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    fs::write(&dest, &html_out).map_err(|e| format!("{}: {e}", dest.display()))?;
    Ok(html_out.len())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (site, out) = match args.as_slice() {
        [_, site, out] => (PathBuf::from(site), PathBuf::from(out)),
        _ => {
            eprintln!("usage: floor SITE OUT");
            return ExitCode::from(2);
        }
    };
    let content = site.join("content");
    let files: Vec<PathBuf> = WalkDir::new(&content)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| e.into_path())
        .collect();
    if files.is_empty() {
        eprintln!("floor: no .md files under {}", content.display());
        return ExitCode::from(1);
    }

    let results: Vec<Result<usize, String>> = files
        .par_iter()
        .map(|p| build_one(&content, &out, p))
        .collect();
    let mut bytes = 0usize;
    let mut failed = 0usize;
    for r in results {
        match r {
            Ok(n) => bytes += n,
            Err(e) => {
                failed += 1;
                eprintln!("floor: {e}");
            }
        }
    }
    eprintln!(
        "floor: {} pages, {} bytes of HTML written to {}",
        files.len() - failed,
        bytes,
        out.display()
    );
    if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter() {
        let (fm, body) = split_front_matter("+++\ntitle = \"A\"\n+++\n\nHej\n").unwrap();
        assert_eq!(fm, "title = \"A\"");
        assert_eq!(body, "\nHej\n");
        assert!(split_front_matter("title = 1\n").is_none());
    }

    #[test]
    fn maps_output_paths() {
        let o = Path::new("/o");
        assert_eq!(
            output_path(o, Path::new("_index.md")),
            Path::new("/o/index.html")
        );
        assert_eq!(
            output_path(o, Path::new("s/_index.md")),
            Path::new("/o/s/index.html")
        );
        assert_eq!(
            output_path(o, Path::new("s/p.md")),
            Path::new("/o/s/p/index.html")
        );
    }
}

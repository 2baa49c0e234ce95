//! Rules for a wicked problem's parts: the slide outline against the fixed
//! template, the video script's checks, approved files that changed since approval,
//! and plain language (LIX) of the text. A public build is strict about what it
//! publishes; a preview build reports everything as warnings so staff see it all.

use crate::approval::{self, Piece};
use crate::config::Config;
use crate::content::Page;
use crate::diag::{Diagnostic, Severity};
use crate::drejebog;
use crate::lix::Lix;
use crate::slides::{self, SlideTemplate};

/// Check one problem page's parts.
pub fn check(
    config: &Config,
    template: Option<&SlideTemplate>,
    page: &Page,
    preview: bool,
) -> Vec<Diagnostic> {
    let Some(parts) = &page.parts else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let soften = |mut v: Vec<Diagnostic>| {
        if preview {
            v.iter_mut().for_each(|d| d.severity = Severity::Warning);
        }
        v
    };
    // Slides: a published problem's outline must fit the template.
    if let (Some((src, outline)), Some(t)) = (&parts.slides, template) {
        out.extend(soften(parts.diagnostics_of(&src.shown)));
        out.extend(soften(slides::validate(
            t,
            outline,
            page.title(),
            &src.shown,
        )));
    }
    // Video script: checked when it would be published (approved) or previewed.
    if let Some((src, script)) = &parts.drejebog {
        let approved = parts.approved(Piece::Drejebog);
        if preview || approved {
            out.extend(soften(parts.diagnostics_of(&src.shown)));
            if let Some(d) = script {
                let dir = page.file.dir.clone();
                let exists = move |name: &str| {
                    crate::paths::inside_root(&dir, name).is_ok_and(|p| p.is_file())
                };
                out.extend(soften(drejebog::check(
                    d,
                    &config.vilde.video,
                    exists,
                    &src.shown,
                    &src.text,
                    approved,
                )));
                if let Some(diag) = video_host(d, config, &src.shown, &src.text) {
                    out.extend(soften(vec![diag]));
                }
            }
        }
    }
    // Approved files must not change silently.
    for piece in Piece::ALL {
        let bytes: Option<&[u8]> = match piece {
            Piece::Tekst => Some(page.raw.as_bytes()),
            Piece::Slides => parts.slides.as_ref().map(|(s, _)| s.text.as_bytes()),
            Piece::Drejebog => parts.drejebog.as_ref().map(|(s, _)| s.text.as_bytes()),
        };
        if let Some(d) = bytes.and_then(|b| approval::verify(&parts.approvals, piece, b)) {
            out.extend(soften(vec![d]));
        }
    }
    // Plain language: a warning in preview when the text is over the target.
    if preview {
        let lix = statement_lix(page);
        if let Some(d) = lix.target_warning(&page.file.shown, config.vilde.lix.target) {
            out.push(d.with_severity(Severity::Warning));
        }
    }
    out
}

/// An external video must come from a host in `[vilde] allowed_video_hosts` (the
/// page embeds it in an iframe, and the site's CSP allows only those hosts).
fn video_host(
    d: &drejebog::Drejebog,
    config: &Config,
    path: &std::path::Path,
    src: &str,
) -> Option<Diagnostic> {
    let url = d.video.url.as_deref()?;
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("//"))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let allowed = &config.vilde.allowed_video_hosts;
    if allowed.iter().any(|h| h.eq_ignore_ascii_case(host)) {
        return None;
    }
    Some(
        Diagnostic::error(path, format!("the video address points to `{host}`, which is not an allowed video host"))
            .at_offset(src, src.find(url).unwrap_or(0))
            .expected(format!("a video on one of: {}", allowed.join(", ")))
            .found(format!("`{url}`"))
            .hint("upload the video to one of the allowed hosts, or ask the site's owner to add the host to allowed_video_hosts under [vilde] in config.toml"),
    )
}

/// The LIX of a problem's statement (the Markdown body, one block per paragraph,
/// heading or list item).
pub fn statement_lix(page: &Page) -> Lix {
    Lix::of_text(&strip_markup(page.body()))
}

/// Markdown to plain text blocks for counting (comments and markers removed).
pub fn strip_markup(md: &str) -> String {
    md.replace(crate::markdown::MORE_MARKER, "")
        .lines()
        .map(|l| l.trim_start_matches('#').trim())
        .collect::<Vec<_>>()
        .join("\n")
}

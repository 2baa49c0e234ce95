//! Rules for a wicked problem's parts: the slide outline against the fixed
//! template, the video script's checks, approved files that changed since approval,
//! and plain language (LIX) of the text. A public build is strict about what it
//! publishes; a preview build reports everything as warnings so staff see it all.

use crate::approval::{Piece, PieceId};
use crate::config::Config;
use crate::content::Page;
use crate::diag::{Diagnostic, Severity};
use crate::drejebog;
use crate::lix::Lix;
use crate::problem::missing_problem_fields;
use crate::problem::Freshness;
use crate::problem::ProblemPage;
use crate::slides::{self, SlideTemplate};

/// Check one problem page's parts. A public build is strict about the pieces it
/// would publish (approved ones) and about approved pieces that changed since; a
/// preview reports everything about every piece as warnings.
pub fn check(
    config: &Config,
    template: Option<&SlideTemplate>,
    page: &Page,
    preview: bool,
) -> Vec<Diagnostic> {
    let Some(parts) = page.parts() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let soften = |mut v: Vec<Diagnostic>| {
        if preview {
            v.iter_mut().for_each(|d| d.severity = Severity::Warning);
        }
        v
    };
    for id in parts.ids() {
        // Approved despite its errors (`trods_fejl`): they are warnings now.
        let despite = parts
            .approvals
            .history(&id)
            .approval()
            .is_some_and(|a| a.despite_errors);
        if preview || despite {
            let v = errors_of(config, template, page, &id);
            out.extend(v.into_iter().map(|d| d.with_severity(Severity::Warning)));
        } else if parts.approved_id(&id) {
            out.extend(errors_of(config, template, page, &id));
        }
        if let Some(d) = stale_error_of(page, &id) {
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

/// What stops a piece of any phase being published: [`publish_errors`] for
/// the first phase's, [`phase_text_errors`] for a later phase's text.
pub fn errors_of(
    config: &Config,
    template: Option<&SlideTemplate>,
    page: &Page,
    id: &PieceId,
) -> Vec<Diagnostic> {
    match (&id.phase, page.parts()) {
        (Some(ph), Some(parts)) => phase_text_errors(parts, ph),
        (Some(_), None) => Vec::new(),
        (None, _) => publish_errors(config, template, page, id.piece),
    }
}

/// What stops the text of the later phase `phase` being published: an empty
/// file, and what rendering it found.
pub fn phase_text_errors(parts: &crate::problem::Parts, phase: &str) -> Vec<Diagnostic> {
    let Some(t) = parts.phase_text(phase) else {
        return Vec::new();
    };
    let mut out: Vec<Diagnostic> = t
        .rendered
        .warnings
        .iter()
        .map(|d| d.clone().with_severity(Severity::Error))
        .collect();
    if t.source.text.trim().is_empty() {
        out.push(
            Diagnostic::error(&t.source.shown, crate::t!("phase-text-empty"))
                .hint(crate::t!("phase-text-empty-hint")),
        );
    }
    out
}

/// Everything that would stop `piece` of this problem being published, by the
/// public build's rules, whatever its approval says. `vilde approve` and
/// `vilde status` ask the same question.
pub fn publish_errors(
    config: &Config,
    template: Option<&SlideTemplate>,
    page: &Page,
    piece: Piece,
) -> Vec<Diagnostic> {
    let Some(parts) = page.parts() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    match piece {
        Piece::Tekst => {
            out.extend(metadata_error(page));
            // What the raw-HTML guard reported on a draft is an error once published.
            out.extend(
                page.rendered
                    .warnings
                    .iter()
                    .map(|d| d.clone().with_severity(Severity::Error)),
            );
        }
        Piece::Slides => {
            if let (Some((src, outline)), Some(t)) = (&parts.slides, template) {
                out.extend(parts.diagnostics_of(&src.shown));
                out.extend(slides::validate(t, outline, page.title(), &src.shown));
            }
        }
        Piece::Drejebog => {
            if let Some((src, script)) = &parts.drejebog {
                out.extend(parts.diagnostics_of(&src.shown));
                if let Some(d) = script {
                    let dir = page.file.dir.clone();
                    let exists = move |name: &str| {
                        crate::paths::inside_root(&dir, name).is_ok_and(|p| p.is_file())
                    };
                    out.extend(drejebog::check(
                        d,
                        &config.vilde.video,
                        exists,
                        &src.shown,
                        &src.text,
                        parts.approved(Piece::Drejebog),
                    ));
                    out.extend(video_host(d, config, &src.shown, &src.text));
                    match &parts.captions {
                        Some((c, Some(cues))) => out.extend(producer_captions(d, &c.shown, cues)),
                        Some((c, None)) => out.extend(parts.diagnostics_of(&c.shown)),
                        None => {}
                    }
                }
            }
        }
    }
    out.into_iter()
        .map(|d| d.with_severity(Severity::Error))
        .collect()
}

/// A producer's own captions: the caption rules, and the same words as the talepinde
/// (the page's transcript is made from those).
fn producer_captions(
    d: &crate::drejebog::Drejebog,
    shown: &std::path::Path,
    cues: &[crate::drejebog::subtitles::TimedCue],
) -> Vec<Diagnostic> {
    use crate::drejebog::subtitles;
    let said: Vec<&str> = d
        .scenes
        .iter()
        .flat_map(|s| s.lines.iter().map(String::as_str))
        .collect();
    let mut out = subtitles::check_rules(shown, cues);
    out.extend(subtitles::compare(shown, &said, cues));
    out
}

/// An approved piece that changed since: it must be approved again. Names the
/// file, the approval, and what changed when the approved version is kept.
pub fn stale_error(page: &Page, piece: Piece) -> Option<Diagnostic> {
    stale_error_of(page, &PieceId::first(piece))
}

/// [`stale_error`] for a piece of any phase.
pub fn stale_error_of(page: &Page, id: &PieceId) -> Option<Diagnostic> {
    let parts = page.parts()?;
    let Freshness::Stale {
        diff,
        files,
        missing,
    } = &parts.state_of_id(id)?.freshness
    else {
        return None;
    };
    let a = parts.approvals.history(id).approval()?;
    let file = parts.approvals.path.with_file_name(id.file_name());
    let who =
        a.by.clone()
            .unwrap_or_else(|| crate::t!("stale-unknown-person"));
    let who = who.as_str();
    let what = match &id.phase {
        None => id.piece.label().to_lowercase(),
        Some(ph) => format!("{ph}-{}", id.piece.key()),
    };
    let piece_key = id.key();
    let when = a.date.danish();
    let slug = parts.approvals.slug();
    let d = if *missing {
        Diagnostic::error(
            &file,
            crate::t!(
                "stale-gone",
                what = what.as_str(),
                when = when.as_str(),
                who = who
            ),
        )
        .hint(crate::t!(
            "stale-gone-hint",
            slug = slug.as_str(),
            piece = piece_key.as_str()
        ))
    } else {
        let mut d = Diagnostic::error(
            &file,
            crate::t!(
                "stale-changed",
                what = what.as_str(),
                when = when.as_str(),
                who = who
            ),
        )
        .hint(crate::t!(
            "stale-changed-hint",
            slug = slug.as_str(),
            piece = piece_key.as_str(),
            who = who
        ));
        let mut found = Vec::new();
        if let Some(diff) = diff.as_deref().filter(|d| !d.is_empty()) {
            found.push(crate::t!("stale-what-changed", diff = diff));
        }
        if !files.is_empty() {
            found.push(crate::t!("stale-files-changed", files = files.join(", ")));
        }
        if diff.is_none() {
            found.push(crate::t!("stale-no-copy"));
        }
        d = d.found(found.join("; "));
        d
    };
    Some(d.expected(crate::t!(
        "stale-expected",
        file = id.file_name(),
        record = parts.approvals.path.display().to_string()
    )))
}

/// A published problem needs its department, case number, summary and two
/// project leaders with unit and e-mail.
pub fn metadata_error(p: &Page) -> Option<Diagnostic> {
    let none = crate::problem::ProblemFront::default();
    let meta = p.problem().unwrap_or(&none);
    let missing = missing_problem_fields(meta, p.front.description.as_deref());
    if missing.is_empty() {
        return None;
    }
    let line = p
        .raw
        .lines()
        .position(|l| l.trim() == "[vilde]")
        .map_or(1, |i| i + 1);
    Some(
        Diagnostic::error(
            &p.file.shown,
            crate::t!("meta-missing", title = p.title(), list = missing.join(", ")),
        )
        .at(line, 1)
        .expected(crate::t!("meta-missing-expected"))
        .hint(crate::t!("meta-missing-hint")),
    )
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
        Diagnostic::error(path, crate::t!("video-host", host = host))
            .at_offset(src, src.find(url).unwrap_or(0))
            .expected(crate::t!("video-host-expected", list = allowed.join(", ")))
            .found(format!("`{url}`"))
            .hint(crate::t!("video-host-hint")),
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

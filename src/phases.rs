//! The phases a problem goes through and the pieces each has, from
//! `[[extra.vilde.faser]]`: the problem understanding (tekst, slides, drejebog)
//! first, then for example the mission (tekst) and the trial actions. Every piece
//! of every phase is approved on its own.
//!
//! The first phase (the lowest `order`) owns today's files — `index.md`,
//! `slides.md`, `drejebog.toml` — and the top-level tables of
//! `godkendelse.toml`; a later phase's text is `<name>.md` in the bundle and its
//! decisions `[[<name>.tekst]]`. A site without `[[extra.vilde.faser]]` has one
//! phase, `problemforstaaelse`, with the three pieces and the
//! `[[extra.vilde.deadlines]]`, so existing sites load unchanged.

use std::path::Path;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::date::Date;
use crate::diag::Diagnostic;

/// The pieces vilde knows how to check and show.
pub const PIECES: &[&str] = &["tekst", "slides", "drejebog"];

/// The deadline word for "the video is recorded" (beside the pieces).
pub const VIDEO: &str = "video";

/// The name of the one phase of a site that declares none.
pub const DEFAULT_PHASE: &str = "problemforstaaelse";

/// A date by which some pieces of a phase must be approved.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    pub name: String,
    pub date: Date,
    /// Which pieces are due: any of the phase's pieces, and "video".
    #[serde(default)]
    pub pieces: Vec<String>,
    /// The phase the deadline belongs to (filled in when the config is read).
    #[serde(skip_deserializing, default)]
    pub phase: String,
}

/// `[[extra.vilde.faser]]`: one phase as written.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    /// The word in `godkendelse.toml`, the CLI and file names: `mission`.
    pub name: Spanned<String>,
    /// The name people read: "Mission".
    pub title: String,
    /// Where the phase comes: 1, 2, 3 …; no two phases share one.
    pub order: Spanned<i64>,
    /// The first day of the phase: nothing in it can be decided before.
    #[serde(default)]
    pub start: Option<Date>,
    /// The pieces approved in this phase: "tekst", "slides", "drejebog".
    pub pieces: Vec<Spanned<String>>,
    #[serde(default)]
    pub deadlines: Vec<Deadline>,
    /// The heading over this phase's text when a later phase is shown first;
    /// `{maaned}` becomes the month and year of its approval ("marts 2023").
    #[serde(default)]
    pub earlier_heading: Option<String>,
}

impl Phase {
    pub fn name(&self) -> &str {
        self.name.get_ref()
    }

    pub fn has(&self, piece: &str) -> bool {
        self.pieces.iter().any(|p| p.get_ref() == piece)
    }

    /// The phase of a site that declares none: the three pieces and `deadlines`.
    pub fn implicit(deadlines: Vec<Deadline>) -> Phase {
        Phase {
            name: Spanned::new(0..0, DEFAULT_PHASE.to_string()),
            title: "Problemforståelse".into(),
            order: Spanned::new(0..0, 1),
            start: None,
            pieces: PIECES
                .iter()
                .map(|p| Spanned::new(0..0, p.to_string()))
                .collect(),
            deadlines,
            earlier_heading: None,
        }
    }

    /// The heading over the phase's text below a later phase's, for an approval
    /// on `approved` (or none).
    pub fn earlier_heading(&self, approved: Option<Date>) -> String {
        let month = approved.map(|d| d.danish_month()).unwrap_or_default();
        match &self.earlier_heading {
            // Without a date the heading keeps only the words before the month
            // ("Sådan forstod vi problemet i {maaned}" → "Sådan forstod vi problemet").
            Some(h) if month.is_empty() && h.contains("{maaned}") => {
                let before = h.split("{maaned}").next().unwrap_or("").trim_end();
                let before = before.strip_suffix(" i").unwrap_or(before).trim_end();
                if before.is_empty() {
                    self.title.clone()
                } else {
                    before.to_string()
                }
            }
            Some(h) => h.replace("{maaned}", &month),
            None if month.is_empty() => {
                crate::t!("phase-earlier-heading-plain", title = self.title.as_str())
            }
            None => crate::t!(
                "phase-earlier-heading",
                title = self.title.as_str(),
                month = month.as_str()
            ),
        }
    }
}

/// Check the phases as written and put them in order; `top_deadlines` are the
/// `[[extra.vilde.deadlines]]` (only allowed without phases). Returns the
/// phases, first phase first, each deadline stamped with its phase.
pub fn complete(
    path: &Path,
    src: &str,
    mut phases: Vec<Phase>,
    top_deadlines: &[Deadline],
) -> Result<Vec<Phase>, Diagnostic> {
    if phases.is_empty() {
        phases.push(Phase::implicit(top_deadlines.to_vec()));
    } else if !top_deadlines.is_empty() {
        return Err(
            Diagnostic::error(path, crate::t!("phase-deadlines-outside"))
                .at_offset(src, src.find("deadlines").unwrap_or(0))
                .expected(crate::t!("phase-deadlines-outside-expected"))
                .hint(crate::t!("phase-deadlines-outside-hint")),
        );
    }
    for (i, ph) in phases.iter().enumerate() {
        check_one(path, src, ph, &phases[..i])?;
    }
    phases.sort_by_key(|p| *p.order.get_ref());
    for (i, ph) in phases.iter_mut().enumerate() {
        let later = i > 0;
        if let Some(bad) = ph.pieces.iter().find(|p| later && p.get_ref() != "tekst") {
            return Err(Diagnostic::error(
                path,
                crate::t!(
                    "phase-later-piece",
                    piece = bad.get_ref().as_str(),
                    phase = ph.name()
                ),
            )
            .at_offset(src, bad.span().start)
            .expected(crate::t!("phase-later-piece-expected"))
            .hint(crate::t!("phase-later-piece-hint")));
        }
        let name = ph.name().to_string();
        for d in &mut ph.deadlines {
            d.phase = name.clone();
        }
    }
    Ok(phases)
}

/// One phase against the rules and the phases before it.
fn check_one(path: &Path, src: &str, ph: &Phase, before: &[Phase]) -> Result<(), Diagnostic> {
    let at = |s: &std::ops::Range<usize>| s.start;
    let name = ph.name();
    let good_name = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !PIECES.contains(&name)
        && name != "index";
    if !good_name {
        return Err(
            Diagnostic::error(path, crate::t!("phase-bad-name", name = name))
                .at_offset(src, at(&ph.name.span()))
                .expected(crate::t!("phase-bad-name-expected"))
                .hint(crate::t!("phase-bad-name-hint")),
        );
    }
    if let Some(other) = before.iter().find(|o| o.name() == name) {
        return Err(
            Diagnostic::error(path, crate::t!("phase-twice", name = name))
                .at_offset(src, at(&ph.name.span()))
                .found(crate::t!(
                    "phase-twice-found",
                    line = line_of(src, at(&other.name.span()))
                ))
                .hint(crate::t!("phase-twice-hint")),
        );
    }
    if let Some(other) = before
        .iter()
        .find(|o| o.order.get_ref() == ph.order.get_ref())
    {
        return Err(Diagnostic::error(
            path,
            crate::t!(
                "phase-order-twice",
                order = *ph.order.get_ref(),
                a = other.name(),
                b = name
            ),
        )
        .at_offset(src, at(&ph.order.span()))
        .expected(crate::t!("phase-order-twice-expected"))
        .hint(crate::t!("phase-order-twice-hint")));
    }
    for p in &ph.pieces {
        if !PIECES.contains(&p.get_ref().as_str()) {
            return Err(Diagnostic::error(
                path,
                crate::t!("phase-piece", piece = p.get_ref().as_str(), phase = name),
            )
            .at_offset(src, at(&p.span()))
            .expected(crate::t!("phase-piece-expected"))
            .hint(crate::t!("phase-piece-hint")));
        }
    }
    for d in &ph.deadlines {
        let due_ok = |w: &String| ph.has(w) || (w == VIDEO && ph.has("drejebog"));
        if let Some(w) = d.pieces.iter().find(|w| !due_ok(w)) {
            return Err(Diagnostic::error(
                path,
                crate::t!(
                    "phase-deadline-piece",
                    piece = w.as_str(),
                    name = d.name.as_str(),
                    phase = name
                ),
            )
            .at_offset(src, src.find(&d.name).unwrap_or(0))
            .expected(crate::t!(
                "phase-deadline-piece-expected",
                pieces = pieces_list(ph)
            ))
            .hint(crate::t!("phase-deadline-piece-hint")));
        }
        if let Some(start) = ph.start.filter(|s| d.date < *s) {
            return Err(Diagnostic::error(
                path,
                crate::t!("phase-deadline-early", name = d.name.as_str(), phase = name),
            )
            .at_offset(src, src.find(&d.name).unwrap_or(0))
            .expected(crate::t!(
                "phase-deadline-early-expected",
                start = start.to_string()
            ))
            .found(d.date.to_string())
            .hint(crate::t!("phase-deadline-early-hint")));
        }
    }
    Ok(())
}

fn pieces_list(ph: &Phase) -> String {
    ph.pieces
        .iter()
        .map(|p| format!("\"{}\"", p.get_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn line_of(src: &str, offset: usize) -> usize {
    src[..offset.min(src.len())].matches('\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phases(src: &str) -> Result<Vec<Phase>, Diagnostic> {
        #[derive(Deserialize)]
        struct T {
            faser: Vec<Phase>,
        }
        let t: T = toml::from_str(src).unwrap();
        complete(Path::new("config.toml"), src, t.faser, &[])
    }

    const TWO: &str = "[[faser]]\nname = \"mission\"\ntitle = \"Mission\"\norder = 2\nstart = 2023-03-09\npieces = [\"tekst\"]\n\n[[faser]]\nname = \"problemforstaaelse\"\ntitle = \"Problemforståelse\"\norder = 1\npieces = [\"tekst\", \"slides\"]\n[[faser.deadlines]]\nname = \"Slides\"\ndate = 2023-02-23\npieces = [\"slides\"]\n";

    #[test]
    fn phases_come_in_their_order_with_their_deadlines() {
        let ps = phases(TWO).unwrap();
        assert_eq!(ps[0].name(), "problemforstaaelse");
        assert_eq!(ps[1].name(), "mission");
        assert_eq!(ps[0].deadlines[0].phase, "problemforstaaelse");
    }

    #[test]
    fn two_phases_with_one_order_are_refused_at_the_second() {
        let src = TWO.replace("order = 1", "order = 2");
        let d = phases(&src).unwrap_err();
        assert_eq!(d.line, 11, "{d}");
        assert!(d.message.contains("mission"), "{d}");
    }

    #[test]
    fn a_later_phase_has_only_a_text_and_deadlines_name_its_pieces() {
        let src = TWO.replace(
            "pieces = [\"tekst\"]\n",
            "pieces = [\"tekst\", \"slides\"]\n",
        );
        let d = phases(&src).unwrap_err();
        assert!(d.message.contains("slides"), "{d}");
        let src = TWO.replace("pieces = [\"slides\"]", "pieces = [\"drejebog\"]");
        assert!(phases(&src).is_err());
        let src = TWO.replace("name = \"mission\"", "name = \"Mission 2\"");
        assert!(phases(&src).is_err());
    }

    #[test]
    fn the_earlier_heading_names_the_month() {
        let mut p = Phase::implicit(Vec::new());
        p.earlier_heading = Some("Sådan forstod vi problemet i {maaned}".into());
        let d = Date::parse("2023-03-01");
        assert_eq!(
            p.earlier_heading(d),
            "Sådan forstod vi problemet i marts 2023"
        );
        // Not approved (a preview): no dangling "i".
        assert_eq!(p.earlier_heading(None), "Sådan forstod vi problemet");
    }
}

//! Klarsprog for a problem: the pointers in its statement, slides and talepinde,
//! as warnings with file, line and column (for `vilde check --drafts` and the
//! preview's terminal) and as data for the preview page.

use serde::Serialize;

use crate::config::Config;
use crate::content::Page;
use crate::diag::{Diagnostic, Severity};
use crate::klarsprog::{self, Block, Finding, Jargon, Kind};
use crate::problem::ProblemPage;

/// The code of plain-language warnings ([`Diagnostic::code`]).
pub const CODE: &str = "klarsprog";

/// What a problem's preview shows about plain language.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    /// Every kind, with how many pointers of it there are.
    pub legend: Vec<LegendEntry>,
    /// The five places that matter most.
    pub hardest: Vec<Place>,
    pub total: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct LegendEntry {
    pub kind: Kind,
    pub slug: &'static str,
    pub label: String,
    pub advice: String,
    pub count: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Place {
    pub label: String,
    pub slug: &'static str,
    pub text: String,
    pub note: String,
    /// Where: "teksten", "slide 3", "scene 2".
    pub place: String,
    /// The mark's id on the page (statement pointers only).
    pub anchor: Option<String>,
}

/// A problem's pointers.
pub struct Checked {
    pub statement_blocks: Vec<Block>,
    pub statement: Vec<Finding>,
    pub diagnostics: Vec<Diagnostic>,
    /// Pointers in slides and talepinde, with where they are.
    pub others: Vec<(String, Finding)>,
}

/// Check one problem page's statement, slides and talepinde.
pub fn check(page: &Page, config: &Config, jargon: &Jargon) -> Checked {
    let cfg = &config.vilde.klarsprog;
    let target = config.vilde.lix.target;
    let mut diagnostics = Vec::new();
    // The statement, located in index.md.
    let blocks = klarsprog::markdown_blocks(page.body());
    let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
    let statement = klarsprog::analyze(&texts, cfg, jargon, target);
    for f in &statement {
        let at = page.body_offset + blocks[f.block].source_of(f.start);
        diagnostics.push(diagnostic(&page.file.shown, f).at_offset(&page.raw, at));
    }
    let mut others = Vec::new();
    // A slide line or a line of talepinde is too short for a LIX of its own.
    let lines_cfg = klarsprog::KlarsprogConfig {
        afsnit_lix: false,
        ..cfg.clone()
    };
    let cfg = &lines_cfg;
    if let Some(parts) = page.parts() {
        if let Some((src, outline)) = &parts.slides {
            for slide in &outline.slides {
                let mut lines: Vec<(&str, usize, usize)> = Vec::new();
                if let Some(l) = &slide.lead {
                    lines.push((&l.text, l.line, l.col));
                }
                collect_bullets(&slide.bullets, &mut lines);
                if let Some(c) = &slide.closing {
                    lines.push((&c.text, c.line, c.col));
                }
                let texts: Vec<&str> = lines.iter().map(|l| l.0).collect();
                for f in klarsprog::analyze(&texts, cfg, jargon, target) {
                    let (_, line, col) = lines[f.block];
                    diagnostics.push(diagnostic(&src.shown, &f).at(line, col));
                    others.push((crate::t!("ks-place-slide", number = slide.number), f));
                }
            }
        }
        if let Some((src, Some(script))) = &parts.drejebog {
            for (i, scene) in script.scenes.iter().enumerate() {
                let texts: Vec<&str> = scene.lines.iter().map(String::as_str).collect();
                for f in klarsprog::analyze(&texts, cfg, jargon, target) {
                    let at = scene.lines_at.get(f.block).copied().unwrap_or(0);
                    // The value starts after its opening quote.
                    let at = at + 1 + f.start;
                    diagnostics.push(diagnostic(&src.shown, &f).at_offset(&src.text, at));
                    others.push((crate::t!("ks-place-scene", number = i + 1), f));
                }
            }
        }
    }
    Checked {
        statement_blocks: blocks,
        statement,
        diagnostics,
        others,
    }
}

fn collect_bullets<'a>(
    bs: &'a [crate::slides::outline::Bullet],
    out: &mut Vec<(&'a str, usize, usize)>,
) {
    for b in bs {
        out.push((&b.text, b.line, b.col));
        collect_bullets(&b.children, out);
    }
}

fn diagnostic(path: &std::path::Path, f: &Finding) -> Diagnostic {
    let text: String = if f.text.chars().count() > 60 {
        format!("{}…", f.text.chars().take(59).collect::<String>())
    } else {
        f.text.clone()
    };
    Diagnostic::warning(
        path,
        crate::t!(
            "ks-diagnostic",
            kind = f.kind.label().to_lowercase(),
            text = text,
            note = f.note.as_str()
        ),
    )
    .with_severity(Severity::Warning)
    .with_code(CODE)
    .hint(crate::t!("ks-diagnostic-hint", advice = f.kind.advice()))
}

/// The legend and the five hardest places for the preview page; `ids` are the
/// marks placed in the statement (by finding index).
pub fn summary(checked: &Checked, ids: &std::collections::BTreeMap<usize, String>) -> Summary {
    let all: Vec<(String, &Finding, Option<String>)> = checked
        .statement
        .iter()
        .enumerate()
        .map(|(i, f)| (crate::t!("ks-place-text"), f, ids.get(&i).cloned()))
        .chain(checked.others.iter().map(|(p, f)| (p.clone(), f, None)))
        .collect();
    let legend = Kind::ALL
        .iter()
        .map(|&k| LegendEntry {
            kind: k,
            slug: k.slug(),
            label: k.label(),
            advice: k.advice(),
            count: all.iter().filter(|(_, f, _)| f.kind == k).count(),
        })
        .collect();
    let mut ranked: Vec<&(String, &Finding, Option<String>)> = all.iter().collect();
    ranked.sort_by(|a, b| b.1.weight.total_cmp(&a.1.weight));
    let hardest = ranked
        .into_iter()
        .take(5)
        .map(|(place, f, anchor)| Place {
            label: f.kind.label(),
            slug: f.kind.slug(),
            text: if f.text.chars().count() > 90 {
                format!("{}…", f.text.chars().take(89).collect::<String>())
            } else {
                f.text.clone()
            },
            note: f.note.clone(),
            place: place.clone(),
            anchor: anchor.clone(),
        })
        .collect();
    Summary {
        legend,
        hardest,
        total: all.len(),
    }
}

//! The parts of a wicked problem's bundle besides its text: the slide outline
//! (`slides.md`), the video script (`drejebog.toml`) and the approval record
//! (`godkendelse.toml`), and for each piece whether the approval in force still
//! covers it. Reading happens here, in `content::load`; judging the pieces against
//! the template and the rules is `validate`'s job.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::approval::{self, fingerprint, Approvals, Fingerprint, History, Piece, PieceId};
use crate::diag::{read_text, Diagnostic};
use crate::drejebog::subtitles::TimedCue;
use crate::drejebog::Drejebog;
use crate::phases::Phase;
use crate::slides::Outline;

/// The files that make a bundle a problem bundle, whatever its front matter says.
pub const PROBLEM_FILES: &[&str] = &["godkendelse.toml", "slides.md", "drejebog.toml"];

/// Front-matter keys that are publishing mechanics, not what a reader sees: a
/// change to them does not need a new approval.
pub const MECHANICS: &[&str] = &[
    "draft",
    "weight",
    "template",
    "aliases",
    "slug",
    "path",
    "render",
    "in_search_index",
];

/// A bundle file as read from disk.
#[derive(Debug, Clone)]
pub struct Source {
    /// As shown to the user: `content/<slug>/slides.md`.
    pub shown: PathBuf,
    pub text: String,
}

/// Does the approval in force still cover the piece?
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Freshness {
    /// No approval in force (the latest decision is not `godkendt`).
    Unapproved,
    /// Approved, and the piece is what was approved.
    Fresh,
    /// Approved, then changed (or its file is gone). When the approved version
    /// is kept in `.godkendt/`, `diff` shows the words that changed and `files`
    /// the files that were added, removed or replaced.
    Stale {
        diff: Option<String>,
        files: Vec<String>,
        missing: bool,
    },
}

/// One piece as it is now.
#[derive(Debug, Clone)]
pub struct PieceState {
    /// The current approval text and hash (`None` when the piece's file is missing).
    pub fingerprint: Option<Fingerprint>,
    /// The bundle files the piece uses (names relative to the bundle).
    pub files: Vec<String>,
    pub freshness: Freshness,
}

/// The parsed parts of one problem.
#[derive(Debug, Clone)]
pub struct Parts {
    pub slides: Option<(Source, Outline)>,
    pub drejebog: Option<(Source, Option<Drejebog>)>,
    /// The producer's own captions the script names (`undertekster`), when that file
    /// is in the bundle; `None` inside when it could not be read as captions.
    pub captions: Option<(Source, Option<Vec<TimedCue>>)>,
    pub approvals: Approvals,
    pub states: BTreeMap<Piece, PieceState>,
    /// The texts of later phases found in the bundle (`mission.md`), by phase
    /// name, in phase order.
    pub phase_texts: Vec<PhaseText>,
    /// Every approved version of each text (the first phase's and the later
    /// phases'), oldest first, read from the bundle's `.godkendt/` copies.
    pub versions: Vec<(PieceId, Vec<KeptVersion>)>,
    /// Problems found while reading the files and parsing the approval record.
    pub diagnostics: Vec<Diagnostic>,
    /// Problems found while parsing the slide outline and the video script
    /// (warnings in a preview build, so staff can see the rest).
    pub piece_diagnostics: Vec<Diagnostic>,
}

/// One approved version of a text, as kept when it was approved.
#[derive(Debug, Clone)]
pub struct KeptVersion {
    pub date: crate::date::Date,
    pub by: Option<String>,
    pub hash: String,
    /// The approval text (`None` when the copy is missing from `.godkendt/`).
    pub text: Option<String>,
}

/// The text of a later phase (`<phase>.md`: Markdown, no front matter).
#[derive(Debug, Clone)]
pub struct PhaseText {
    pub phase: String,
    pub source: Source,
    pub state: PieceState,
    /// The text as HTML (filled in with the pages' Markdown).
    pub rendered: crate::markdown::Rendered,
}

impl PhaseText {
    pub fn id(&self) -> PieceId {
        PieceId::later(&self.phase, Piece::Tekst)
    }
}

/// Is the bundle in `dir` a problem bundle (it has one of [`PROBLEM_FILES`])?
pub fn is_problem_bundle(dir: &Path) -> bool {
    PROBLEM_FILES.iter().any(|f| dir.join(f).exists())
}

impl Parts {
    /// Read and parse the parts in bundle folder `dir` (shown as `shown_dir`);
    /// `page_raw` is the text of its `index.md` and `assets` the bundle's other files.
    /// `phases` are the site's phases, first phase first.
    pub fn load(
        dir: &Path,
        shown_dir: &Path,
        page_raw: &str,
        assets: &[String],
        phases: &[Phase],
    ) -> Parts {
        let mut diagnostics = Vec::new();
        let mut read = |name: &str| -> Option<Source> {
            let abs = dir.join(name);
            if !abs.exists() {
                return None;
            }
            let shown = shown_dir.join(name);
            match read_text(&abs, &shown) {
                Ok(text) => Some(Source { shown, text }),
                Err(d) => {
                    diagnostics.push(d);
                    None
                }
            }
        };
        let slides_src = read(Piece::Slides.file_name());
        let drejebog_src = read(Piece::Drejebog.file_name());
        let approvals_src = read(approval::FILE_NAME);
        let mut piece_diagnostics = Vec::new();
        let slides = slides_src.map(|src| {
            let (outline, diags) = Outline::parse(&src.shown, &src.text);
            piece_diagnostics.extend(diags);
            (src, outline)
        });
        let drejebog = drejebog_src.map(|src| match Drejebog::parse(&src.shown, &src.text) {
            Ok(d) => (src, Some(d)),
            Err(e) => {
                piece_diagnostics.extend(e);
                (src, None)
            }
        });
        let captions_name = drejebog
            .as_ref()
            .and_then(|(_, d)| d.as_ref())
            .and_then(|d| d.video.captions.as_deref())
            .and_then(|c| local_file(c, assets));
        let captions = captions_name.and_then(|name| read(&name)).map(|src| {
            match crate::drejebog::subtitles::parse(&src.shown, &src.text) {
                Ok(cues) => (src, Some(cues)),
                Err(e) => {
                    piece_diagnostics.extend(e);
                    (src, None)
                }
            }
        });
        let phase_sources: Vec<(String, Source)> = phases
            .iter()
            .skip(1)
            .filter(|p| p.has("tekst"))
            .filter_map(|p| Some((p.name().to_string(), read(&format!("{}.md", p.name()))?)))
            .collect();
        let approvals_path = shown_dir.join(approval::FILE_NAME);
        let approvals = match approvals_src {
            Some(src) => Approvals::parse_in(&src.shown, &src.text, phases).unwrap_or_else(|e| {
                diagnostics.extend(e);
                Approvals::drafts(approvals_path)
            }),
            None => Approvals::drafts(approvals_path),
        };
        let mut parts = Parts {
            slides,
            drejebog,
            captions,
            approvals,
            states: BTreeMap::new(),
            phase_texts: Vec::new(),
            versions: Vec::new(),
            diagnostics,
            piece_diagnostics,
        };
        for piece in Piece::ALL {
            let state = parts.state_of(piece, dir, page_raw, assets);
            parts.states.insert(piece, state);
        }
        for (phase, source) in phase_sources {
            let id = PieceId::later(&phase, Piece::Tekst);
            let files = tekst_files(&source.text, assets);
            let fp = fingerprint::of(&source.text, &read_files(dir, &files));
            let state = freshness_of(
                parts.approvals.history(&id),
                &id,
                Some(fp),
                Some(&source.text),
                files,
                dir,
            );
            parts.phase_texts.push(PhaseText {
                phase,
                source,
                state,
                rendered: Default::default(),
            });
        }
        parts.versions = std::iter::once(PieceId::first(Piece::Tekst))
            .chain(parts.phase_texts.iter().map(PhaseText::id))
            .map(|id| {
                let kept = kept_versions(parts.approvals.history(&id), &id, dir);
                (id, kept)
            })
            .collect();
        parts
    }

    /// Every piece of the problem: the first phase's three, then the later
    /// phases' texts found in the bundle.
    pub fn ids(&self) -> impl Iterator<Item = PieceId> + '_ {
        Piece::ALL
            .into_iter()
            .map(PieceId::first)
            .chain(self.phase_texts.iter().map(PhaseText::id))
    }

    /// [`Parts::approved`] for a piece of any phase.
    pub fn approved_id(&self, id: &PieceId) -> bool {
        self.state_of_id(id)
            .is_some_and(|s| s.freshness == Freshness::Fresh)
    }

    /// [`Parts::has`] for a piece of any phase.
    pub fn has_id(&self, id: &PieceId) -> bool {
        match &id.phase {
            None => self.has(id.piece),
            Some(ph) => self.phase_text(ph).is_some(),
        }
    }

    /// The date of the approval of `id` when it is in force and the piece
    /// unchanged since.
    pub fn approved_on(&self, id: &PieceId) -> Option<crate::date::Date> {
        let a = self.approvals.history(id).approval()?;
        self.approved_id(id).then_some(a.date)
    }

    /// The date of the latest approval still in force and unchanged, of any
    /// piece of any phase: when the published page last changed.
    pub fn last_approved(&self) -> Option<crate::date::Date> {
        self.ids().filter_map(|id| self.approved_on(&id)).max()
    }

    /// The current fingerprint of `piece` and whether its approval still holds.
    fn state_of(&self, piece: Piece, dir: &Path, page_raw: &str, assets: &[String]) -> PieceState {
        let (raw, text, files): (Option<&str>, Option<String>, Vec<String>) = match piece {
            Piece::Tekst => (
                Some(page_raw),
                tekst_text(page_raw),
                tekst_files(page_raw, assets),
            ),
            Piece::Slides => {
                let raw = self.slides.as_ref().map(|(s, _)| s.text.as_str());
                (raw, raw.map(String::from), Vec::new())
            }
            Piece::Drejebog => {
                let raw = self.drejebog.as_ref().map(|(s, _)| s.text.as_str());
                let files = self
                    .drejebog
                    .as_ref()
                    .and_then(|(_, d)| d.as_ref())
                    .map(|d| drejebog_files(d, assets))
                    .unwrap_or_default();
                (raw, raw.map(String::from), files)
            }
        };
        let fp = text.map(|t| fingerprint::of(&t, &read_files(dir, &files)));
        freshness_of(
            self.approvals.get(piece),
            &PieceId::first(piece),
            fp,
            raw,
            files,
            dir,
        )
    }

    /// The parse problems of one of the piece files.
    pub fn diagnostics_of(&self, file: &Path) -> Vec<Diagnostic> {
        self.piece_diagnostics
            .iter()
            .filter(|d| d.path == file)
            .cloned()
            .collect()
    }

    pub fn state(&self, piece: Piece) -> &PieceState {
        &self.states[&piece]
    }

    /// The state of a piece of any phase (`None`: a later phase's text that is
    /// not in the bundle).
    pub fn state_of_id(&self, id: &PieceId) -> Option<&PieceState> {
        match &id.phase {
            None => Some(self.state(id.piece)),
            Some(ph) => self.phase_text(ph).map(|t| &t.state),
        }
    }

    /// The text of the later phase `phase`, when the bundle has it.
    pub fn phase_text(&self, phase: &str) -> Option<&PhaseText> {
        self.phase_texts.iter().find(|t| t.phase == phase)
    }

    /// Is this piece approved, and still what was approved (and so published in a
    /// public build)?
    pub fn approved(&self, piece: Piece) -> bool {
        self.state(piece).freshness == Freshness::Fresh
    }

    /// Does the piece's file exist?
    pub fn has(&self, piece: Piece) -> bool {
        match piece {
            Piece::Tekst => true,
            Piece::Slides => self.slides.is_some(),
            Piece::Drejebog => self.drejebog.is_some(),
        }
    }
}

/// The approved versions in `history`, oldest first: one per approval that
/// changed the hash, with the copy kept in `.godkendt/` when it is there.
fn kept_versions(history: &History, id: &PieceId, dir: &Path) -> Vec<KeptVersion> {
    let mut out: Vec<KeptVersion> = Vec::new();
    for d in history
        .decisions
        .iter()
        .filter(|d| d.status == approval::Status::Godkendt)
    {
        let Some(hash) = d.hash.clone() else { continue };
        if out.last().is_some_and(|k| k.hash == hash) {
            continue;
        }
        let text = crate::diag::read_regular(&dir.join(approval::version_file_of(id, &hash)))
            .ok()
            .and_then(|b| String::from_utf8(b).ok());
        out.push(KeptVersion {
            date: d.date,
            by: d.by.clone(),
            hash,
            text,
        });
    }
    out
}

/// The files a piece uses, read for its fingerprint (empty when unreadable).
fn read_files(dir: &Path, files: &[String]) -> Vec<(String, Vec<u8>)> {
    files
        .iter()
        .map(|f| {
            (
                f.clone(),
                crate::diag::read_regular(&dir.join(f)).unwrap_or_default(),
            )
        })
        .collect()
}

/// Whether the approval in force (the latest decision of `history`) still
/// covers the piece as it is now (`fp` of its text `raw`).
fn freshness_of(
    history: &History,
    id: &PieceId,
    fp: Option<Fingerprint>,
    raw: Option<&str>,
    files: Vec<String>,
    dir: &Path,
) -> PieceState {
    let freshness = match history.approval() {
        None => Freshness::Unapproved,
        Some(decision) => {
            let recorded = decision.hash.as_deref().unwrap_or("");
            match (&fp, raw) {
                (Some(f), Some(raw))
                    if f.hash == recorded
                        || fingerprint::legacy_hash(raw.as_bytes()) == recorded =>
                {
                    Freshness::Fresh
                }
                (Some(f), _) => {
                    let kept =
                        std::fs::read_to_string(dir.join(approval::version_file_of(id, recorded)))
                            .ok();
                    let (diff, files) = match kept {
                        Some(old) => {
                            let (d, f) = fingerprint::changes(&old, &f.text);
                            (Some(d), f)
                        }
                        None => (None, Vec::new()),
                    };
                    Freshness::Stale {
                        diff,
                        files,
                        missing: false,
                    }
                }
                (None, _) => Freshness::Stale {
                    diff: None,
                    files: Vec::new(),
                    missing: true,
                },
            }
        }
    };
    PieceState {
        fingerprint: fp,
        files,
        freshness,
    }
}

/// The approval text of the website text: the displayed front-matter fields
/// (everything but [`MECHANICS`]) in a fixed order, then the body.
pub fn tekst_text(raw: &str) -> Option<String> {
    let split = super::front_matter::split(Path::new("index.md"), raw).ok()?;
    let front: serde_json::Value = match split.format {
        super::front_matter::Format::Toml => {
            serde_json::to_value(toml::from_str::<toml::Table>(split.front).ok()?).ok()?
        }
        super::front_matter::Format::Yaml if split.front.trim().is_empty() => serde_json::json!({}),
        super::front_matter::Format::Yaml => serde_yaml::from_str(split.front).ok()?,
    };
    let mut front = front;
    if let serde_json::Value::Object(m) = &mut front {
        for k in MECHANICS {
            m.remove(*k);
        }
    }
    let mut out = String::new();
    canonical(&front, 0, &mut out);
    out.push_str("\n\n");
    out.push_str(split.body);
    Some(out)
}

/// A JSON value with sorted keys, one field a line (stable whatever map the
/// parser used).
fn canonical(v: &serde_json::Value, indent: usize, out: &mut String) {
    use serde_json::Value;
    let pad = "  ".repeat(indent);
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            for k in keys {
                match &m[k] {
                    child @ (Value::Object(_) | Value::Array(_)) => {
                        out.push_str(&format!("{pad}{k}:\n"));
                        canonical(child, indent + 1, out);
                    }
                    leaf => out.push_str(&format!("{pad}{k}: {leaf}\n")),
                }
            }
        }
        Value::Array(a) => {
            for item in a {
                out.push_str(&format!("{pad}-\n"));
                canonical(item, indent + 1, out);
            }
        }
        leaf => out.push_str(&format!("{pad}{leaf}\n")),
    }
}

/// The bundle files the text links to or shows (`[bilag](bilag.pdf)`,
/// `![…](kort.png)`), among `assets`.
pub fn tekst_files(raw: &str, assets: &[String]) -> Vec<String> {
    let body = super::front_matter::split(Path::new("index.md"), raw).map_or(raw, |s| s.body);
    let mut out: Vec<String> = Vec::new();
    for event in pulldown_cmark::Parser::new_ext(body, pulldown_cmark::Options::all()) {
        let dest = match event {
            pulldown_cmark::Event::Start(pulldown_cmark::Tag::Link { dest_url, .. })
            | pulldown_cmark::Event::Start(pulldown_cmark::Tag::Image { dest_url, .. }) => dest_url,
            _ => continue,
        };
        if let Some(name) = local_file(&dest, assets) {
            if !out.contains(&name) {
                out.push(name);
            }
        }
    }
    out.sort();
    out
}

/// The bundle files the video script names: the video, its poster and captions.
fn drejebog_files(d: &Drejebog, assets: &[String]) -> Vec<String> {
    let mut out: Vec<String> = [&d.video.file, &d.video.poster, &d.video.captions]
        .into_iter()
        .flatten()
        .filter_map(|f| local_file(f, assets))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The asset an address inside the bundle names, if any.
fn local_file(dest: &str, assets: &[String]) -> Option<String> {
    let path = dest.split(['#', '?']).next().unwrap_or("");
    if path.is_empty() || path.contains(':') || path.starts_with('/') || path.starts_with("@/") {
        return None;
    }
    let decoded = crate::paths::percent_decode(path).unwrap_or_else(|| path.to_string());
    let name = decoded.trim_start_matches("./");
    assets.iter().find(|a| a.as_str() == name).cloned()
}

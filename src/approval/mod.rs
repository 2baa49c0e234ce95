//! Approval records: every decision about each piece of a problem — submitted
//! (til godkendelse), rejected (afvist), approved (godkendt) — with its date, who
//! made it, the remarks and the fingerprint of the version it was made on.
//!
//! Each problem bundle has a `godkendelse.toml` beside its pieces. The record is
//! append-only: one `[[tekst]]`, `[[slides]]` or `[[drejebog]]` table per decision,
//! oldest first; a piece's state is its latest decision ([`History::status`]).
//!
//! ```toml
//! [[tekst]]
//! status = "til-godkendelse"      # til-godkendelse | afvist | godkendt
//! dato = 2023-02-20
//! besluttet_af = "MSB"            # who sent it (optional for til-godkendelse)
//!
//! [[tekst]]
//! status = "afvist"
//! dato = 2023-02-20
//! besluttet_af = "Rådmandskredsen, MSB"
//! bemaerkninger = '''…'''         # the minutes' text
//! hash = "sha256:…"               # the version decided on (written by vilde approve)
//! ```
//!
//! The older format, one `[tekst]` table per piece with `status`, `indsendt`,
//! `besluttet_af`, `dato`, `bemaerkninger` and `hash`, still loads (as the
//! decisions it describes) and is rewritten in this format by the next
//! `vilde approve` ([`record::migrate`]).
//!
//! What a hash covers is [`fingerprint`]'s job: the words a reader sees and the
//! files the piece uses, not publishing mechanics. A copy of each approved
//! version is kept in the bundle's `.godkendt/` folder ([`version_file`]), so a
//! later change can be shown as a word diff.

pub mod fingerprint;
pub mod record;

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::date::Date;

pub use fingerprint::Fingerprint;

/// The file name of an approval record inside a problem bundle.
pub const FILE_NAME: &str = "godkendelse.toml";

/// The bundle folder holding a copy of each approved version (hidden, never
/// published).
pub const VERSIONS_DIR: &str = ".godkendt";

/// The copy of the version with `hash` of `piece`, relative to the bundle.
pub fn version_file(piece: Piece, hash: &str) -> PathBuf {
    version_file_of(&PieceId::first(piece), hash)
}

/// The copy of the version with `hash` of a piece of any phase
/// (`.godkendt/tekst-<hash>.txt`, `.godkendt/mission-tekst-<hash>.txt`).
pub fn version_file_of(id: &PieceId, hash: &str) -> PathBuf {
    let hex = hash.trim_start_matches("sha256:");
    let name = id.key().replace('.', "-");
    Path::new(VERSIONS_DIR).join(format!("{name}-{}.txt", &hex[..hex.len().min(16)]))
}

/// A piece of a phase. The first phase's pieces are written plainly (`tekst`,
/// the tables `[[tekst]]`, the file `index.md`); a later phase's carry its name
/// (`mission.tekst`, `[[mission.tekst]]`, `mission.md`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct PieceId {
    /// `None` for the first phase.
    pub phase: Option<String>,
    pub piece: Piece,
}

impl PieceId {
    pub fn first(piece: Piece) -> PieceId {
        PieceId { phase: None, piece }
    }

    pub fn later(phase: &str, piece: Piece) -> PieceId {
        PieceId {
            phase: Some(phase.to_string()),
            piece,
        }
    }

    /// The table name in `godkendelse.toml` and the CLI word.
    pub fn key(&self) -> String {
        match &self.phase {
            None => self.piece.key().to_string(),
            Some(ph) => format!("{ph}.{}", self.piece.key()),
        }
    }

    /// The file in the bundle that holds the piece.
    pub fn file_name(&self) -> String {
        match &self.phase {
            None => self.piece.file_name().to_string(),
            Some(ph) => format!("{ph}.md"),
        }
    }
}

impl fmt::Display for PieceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.key())
    }
}

/// One of the three separately approved pieces of a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Piece {
    /// The website text, `index.md`.
    Tekst,
    /// The slides, `slides.md`.
    Slides,
    /// The video script, `drejebog.toml`.
    Drejebog,
}

impl Piece {
    pub const ALL: [Piece; 3] = [Piece::Tekst, Piece::Slides, Piece::Drejebog];

    /// The table name in `godkendelse.toml` and the CLI word: "tekst", "slides", "drejebog".
    pub fn key(self) -> &'static str {
        match self {
            Piece::Tekst => "tekst",
            Piece::Slides => "slides",
            Piece::Drejebog => "drejebog",
        }
    }

    /// The Danish name for people: "Tekst", "Slides", "Drejebog".
    pub fn label(self) -> &'static str {
        match self {
            Piece::Tekst => "Tekst",
            Piece::Slides => "Slides",
            Piece::Drejebog => "Drejebog",
        }
    }

    /// The file in the bundle that holds the piece.
    pub fn file_name(self) -> &'static str {
        match self {
            Piece::Tekst => "index.md",
            Piece::Slides => "slides.md",
            Piece::Drejebog => "drejebog.toml",
        }
    }

    /// Parse a table name / CLI word (exact, lower case).
    pub fn parse(s: &str) -> Option<Piece> {
        Piece::ALL.into_iter().find(|p| p.key() == s)
    }
}

impl fmt::Display for Piece {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// Where a piece is in the approval process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Status {
    /// `udkast`: a draft, nothing decided yet.
    #[default]
    Udkast,
    /// `til-godkendelse`: submitted for approval.
    TilGodkendelse,
    /// `godkendt`: approved; the only status the public build publishes.
    Godkendt,
    /// `afvist`: rejected.
    Afvist,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Udkast,
        Status::TilGodkendelse,
        Status::Godkendt,
        Status::Afvist,
    ];

    /// The word written in `godkendelse.toml`; also ASCII and usable as a CSS class.
    pub fn key(self) -> &'static str {
        match self {
            Status::Udkast => "udkast",
            Status::TilGodkendelse => "til-godkendelse",
            Status::Godkendt => "godkendt",
            Status::Afvist => "afvist",
        }
    }

    /// CSS-class-friendly slug (the same as [`Status::key`]).
    pub fn slug(self) -> &'static str {
        self.key()
    }

    /// Danish label for pages: "Udkast", "Til godkendelse", "Godkendt", "Afvist".
    pub fn label(self) -> &'static str {
        match self {
            Status::Udkast => "Udkast",
            Status::TilGodkendelse => "Til godkendelse",
            Status::Godkendt => "Godkendt",
            Status::Afvist => "Afvist",
        }
    }

    /// Parse the exact word from `godkendelse.toml`.
    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|st| st.key() == s)
    }

    /// Whether a decision was made (and so `besluttet_af` is required).
    pub fn is_decided(self) -> bool {
        matches!(self, Status::Godkendt | Status::Afvist)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// Templates see `{ "slug": "til-godkendelse", "label": "Til godkendelse" }`.
impl Serialize for Status {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Status", 2)?;
        st.serialize_field("slug", self.slug())?;
        st.serialize_field("label", self.label())?;
        st.end()
    }
}

/// One decision about one piece.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decision {
    pub status: Status,
    /// `dato`: when it was made.
    pub date: Date,
    /// `besluttet_af`: who made it (required for godkendt and afvist).
    pub by: Option<String>,
    /// `bemaerkninger`: the remarks, e.g. the minutes' text.
    pub remarks: Option<String>,
    /// `hash`: the fingerprint of the version decided on.
    pub hash: Option<String>,
    /// `trods_fejl = true`: approved although vilde found errors in the piece.
    pub despite_errors: bool,
    /// 1-based line of the decision in `godkendelse.toml` (0 when made up from the
    /// older format's `indsendt`).
    #[serde(skip)]
    pub line: usize,
}

/// Every decision about one piece, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct History {
    pub decisions: Vec<Decision>,
}

impl History {
    pub fn latest(&self) -> Option<&Decision> {
        self.decisions.last()
    }

    /// The piece's state: its latest decision, `udkast` when there is none.
    pub fn status(&self) -> Status {
        self.latest().map_or(Status::Udkast, |d| d.status)
    }

    /// The approval in force: the latest decision, when it is `godkendt`.
    pub fn approval(&self) -> Option<&Decision> {
        self.latest().filter(|d| d.status == Status::Godkendt)
    }
}

/// The approval records of one problem bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Approvals {
    /// The `godkendelse.toml` path as shown to the user; the pieces' files are its
    /// siblings and the bundle's slug is its folder name.
    pub path: PathBuf,
    pub tekst: History,
    pub slides: History,
    pub drejebog: History,
    /// Written in the older format (one `[piece]` table each).
    pub legacy: bool,
    /// The later phases' decisions: phase name → piece → history
    /// (`[[mission.tekst]]`).
    pub phases: std::collections::BTreeMap<String, std::collections::BTreeMap<Piece, History>>,
}

impl Approvals {
    /// Nothing decided: what a bundle without `godkendelse.toml` has.
    pub fn drafts(path: impl Into<PathBuf>) -> Approvals {
        Approvals {
            path: path.into(),
            tekst: History::default(),
            slides: History::default(),
            drejebog: History::default(),
            legacy: false,
            phases: Default::default(),
        }
    }

    pub fn get(&self, piece: Piece) -> &History {
        match piece {
            Piece::Tekst => &self.tekst,
            Piece::Slides => &self.slides,
            Piece::Drejebog => &self.drejebog,
        }
    }

    pub fn get_mut(&mut self, piece: Piece) -> &mut History {
        match piece {
            Piece::Tekst => &mut self.tekst,
            Piece::Slides => &mut self.slides,
            Piece::Drejebog => &mut self.drejebog,
        }
    }

    /// The history of a piece of any phase (empty when nothing is decided).
    pub fn history(&self, id: &PieceId) -> &History {
        static NONE: History = History {
            decisions: Vec::new(),
        };
        match &id.phase {
            None => self.get(id.piece),
            Some(ph) => self
                .phases
                .get(ph)
                .and_then(|m| m.get(&id.piece))
                .unwrap_or(&NONE),
        }
    }

    pub fn history_mut(&mut self, id: &PieceId) -> &mut History {
        match &id.phase {
            None => self.get_mut(id.piece),
            Some(ph) => self
                .phases
                .entry(ph.clone())
                .or_default()
                .entry(id.piece)
                .or_default(),
        }
    }

    /// Every piece with a history, first phase first.
    pub fn all(&self) -> Vec<(PieceId, &History)> {
        let mut out: Vec<(PieceId, &History)> = Piece::ALL
            .iter()
            .map(|&p| (PieceId::first(p), self.get(p)))
            .collect();
        for (ph, m) in &self.phases {
            out.extend(m.iter().map(|(&p, h)| (PieceId::later(ph, p), h)));
        }
        out
    }

    /// The file of `piece` as shown to the user (a sibling of `godkendelse.toml`).
    pub fn piece_path(&self, piece: Piece) -> PathBuf {
        self.path.with_file_name(piece.file_name())
    }

    /// The bundle's slug: the name of the folder holding `godkendelse.toml`.
    pub fn slug(&self) -> String {
        self.path
            .parent()
            .and_then(Path::file_name)
            .map(|s| s.to_string_lossy().into_owned())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "<slug>".to_string())
    }
}

#[cfg(test)]
mod tests;

//! The parts of a wicked problem's bundle besides its text: the slide outline
//! (`slides.md`), the video script (`drejebog.toml`) and the approval record
//! (`godkendelse.toml`). Reading happens in `content::load`; this file parses
//! only — judging them against the template and the rules is `validate`'s job.

use std::path::{Path, PathBuf};

use crate::approval::{Approvals, Piece};
use crate::diag::{read_text, Diagnostic};
use crate::drejebog::Drejebog;
use crate::slides::Outline;

/// A bundle file as read from disk.
#[derive(Debug, Clone)]
pub struct Source {
    /// As shown to the user: `content/<slug>/slides.md`.
    pub shown: PathBuf,
    pub text: String,
}

/// The parsed parts of one problem.
#[derive(Debug, Clone)]
pub struct Parts {
    pub slides: Option<(Source, Outline)>,
    pub drejebog: Option<(Source, Option<Drejebog>)>,
    pub approvals: Approvals,
    /// Problems found while reading the files and parsing the approval record.
    pub diagnostics: Vec<Diagnostic>,
    /// Problems found while parsing the slide outline and the video script
    /// (warnings in a preview build, so staff can see the rest).
    pub piece_diagnostics: Vec<Diagnostic>,
}

impl Parts {
    /// Read and parse the parts in bundle folder `dir` (shown as `shown_dir`).
    pub fn load(dir: &Path, shown_dir: &Path) -> Parts {
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
        let approvals_src = read(crate::approval::FILE_NAME);
        let approvals_path = shown_dir.join(crate::approval::FILE_NAME);
        let approvals = match approvals_src {
            Some(src) => match Approvals::parse(&src.shown, &src.text) {
                Ok(a) => a,
                Err(e) => {
                    diagnostics.extend(e);
                    Approvals::drafts(approvals_path)
                }
            },
            None => Approvals::drafts(approvals_path),
        };
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
        Parts {
            slides,
            drejebog,
            approvals,
            diagnostics,
            piece_diagnostics,
        }
    }

    /// The parse problems of one of the piece files.
    pub fn diagnostics_of(&self, file: &Path) -> Vec<Diagnostic> {
        self.piece_diagnostics
            .iter()
            .filter(|d| d.path == file)
            .cloned()
            .collect()
    }

    /// Is this piece approved (and so published in a public build)?
    pub fn approved(&self, piece: Piece) -> bool {
        self.approvals.get(piece).status.is_published()
    }
}

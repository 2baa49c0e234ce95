//! `vilde approve <slug> <piece> [godkendt|afvist|til-godkendelse] --by WHO`:
//! append a decision to the bundle's godkendelse.toml with the fingerprint of the
//! version decided on. An approval is refused when the piece has errors that
//! would stop it being published, unless `--trods-fejl` says it is meant.

use std::path::{Path, PathBuf};

use crate::approval::{self, record, Decision, Piece, PieceId, Status};
use crate::cli::ApproveArgs;
use crate::content::Page;
use crate::date::Date;
use crate::diag::Diagnostic;
use crate::pipeline::{self, Options};
use crate::problem::ProblemPage;

pub fn run(args: &ApproveArgs) -> i32 {
    match approve(args) {
        Ok(msg) => {
            println!("{msg}");
            0
        }
        Err(d) => {
            super::print_diagnostics(&d);
            1
        }
    }
}

/// The command as it should have been typed, for hints.
fn command(args: &ApproveArgs, slug: &str, piece: &str, extra: &str) -> String {
    let decision = args
        .decision
        .as_deref()
        .map(|d| format!(" {d}"))
        .unwrap_or_default();
    format!(
        "vilde approve {slug} {piece}{decision} --by \"{}\"{extra}",
        args.by.replace('"', "'")
    )
}

fn approve(args: &ApproveArgs) -> Result<String, Vec<Diagnostic>> {
    let status = match args.decision.as_deref().unwrap_or("godkendt") {
        "godkendt" => Status::Godkendt,
        "afvist" => Status::Afvist,
        "til-godkendelse" => Status::TilGodkendelse,
        other => {
            return Err(vec![Diagnostic::error(
                Path::new(other),
                crate::t!("ap-not-a-decision", decision = other),
            )
            .expected(crate::t!("ap-decisions"))
            .hint(crate::t!(
                "ap-example",
                command = format!(
                    "vilde approve {} {} afvist --by \"{}\" --bemaerkning \"…\"",
                    args.slug, args.piece, args.by
                )
            ))])
        }
    };
    let date = match &args.date {
        Some(s) => Date::parse(s).ok_or_else(|| {
            vec![Diagnostic::error(
                Path::new("--date"),
                crate::t!("cli-not-a-date", value = s.as_str()),
            )
            .expected("YYYY-MM-DD, e.g. 2023-02-27")
            .hint(crate::t!(
                "ap-example",
                command = command(args, &args.slug, &args.piece, " --date 2023-02-27")
            ))]
        })?,
        None => pipeline::today(),
    };
    let opts = Options {
        preview: true,
        ..Options::new(&args.site.root)
    };
    let site = pipeline::load(&opts).map_err(|f| {
        let mut d = f.diagnostics;
        d.push(
            Diagnostic::error(&args.site.root, crate::t!("ap-site-errors"))
                .hint(crate::t!("ap-site-errors-hint")),
        );
        d
    })?;
    let piece = resolve_piece(args, &site.config, date)?;
    let page = find(&site.library, &args.slug).ok_or_else(|| {
        let known: Vec<String> = crate::problem::problems(&site.library)
            .iter()
            .filter_map(|p| bundle_slug(p))
            .collect();
        vec![Diagnostic::error(
            Path::new("content").join(&args.slug),
            crate::t!("ap-no-problem", slug = args.slug.as_str()),
        )
        .expected(crate::t!("one-of", list = known.join(", ")))
        .hint(match known.first() {
            Some(k) => crate::t!("ap-example", command = command(args, k, &piece.key(), "")),
            None => crate::t!("ap-create-one"),
        })]
    })?;
    record_decision(args, page, &piece, status, date, &site)
}

/// The piece the command names: `tekst`, `slides`, `drejebog` (the first
/// phase's), or a later phase's text as `mission` or `mission.tekst`. A phase
/// that has not started on `date` takes no decisions.
fn resolve_piece(
    args: &ApproveArgs,
    config: &crate::config::Config,
    date: Date,
) -> Result<PieceId, Vec<Diagnostic>> {
    let phases = &config.vilde.faser;
    let word = args.piece.as_str();
    let (phase_word, piece_word) = match word.split_once('.') {
        Some((ph, pc)) => (Some(ph), pc),
        None if Piece::parse(word).is_some() => (None, word),
        None => (Some(word), "tekst"),
    };
    let phase = match phase_word {
        None => Some(&phases[0]),
        Some(w) => phases.iter().find(|p| p.name() == w),
    };
    let piece = Piece::parse(piece_word);
    let (Some(phase), Some(piece)) = (
        phase,
        piece.filter(|p| phase.is_some_and(|ph| ph.has(p.key()))),
    ) else {
        let mut known: Vec<String> = phases[0]
            .pieces
            .iter()
            .map(|p| p.get_ref().clone())
            .collect();
        known.extend(phases.iter().skip(1).map(|p| p.name().to_string()));
        return Err(vec![Diagnostic::error(
            Path::new(word),
            crate::t!("ap-not-a-piece", piece = word),
        )
        .expected(crate::t!("one-of", list = known.join(", ")))
        .hint(crate::t!(
            "ap-example",
            command = command(args, &args.slug, "tekst", "")
        ))]);
    };
    if let Some(start) = phase.start.filter(|s| date < *s) {
        return Err(vec![Diagnostic::error(
            Path::new(word),
            crate::t!(
                "ap-phase-not-started",
                phase = phase.title.as_str(),
                start = start.danish()
            ),
        )
        .expected(crate::t!(
            "rec-before-phase-expected",
            start = start.to_string()
        ))
        .found(date.to_string())
        .hint(crate::t!("ap-phase-not-started-hint"))]);
    }
    Ok(if phase.name() == phases[0].name() {
        PieceId::first(piece)
    } else {
        PieceId::later(phase.name(), piece)
    })
}

fn record_decision(
    args: &ApproveArgs,
    page: &Page,
    piece: &PieceId,
    status: Status,
    date: Date,
    site: &pipeline::Site,
) -> Result<String, Vec<Diagnostic>> {
    let parts = page.parts().ok_or_else(|| {
        vec![Diagnostic::error(
            &page.file.shown,
            crate::t!("ap-not-bundle"),
        )]
    })?;
    let shown_dir = page
        .file
        .shown
        .parent()
        .unwrap_or(Path::new("content"))
        .to_path_buf();
    let file = shown_dir.join(piece.file_name());
    let present = piece.phase.is_some() || parts.has(piece.piece);
    let state = parts.state_of_id(piece).filter(|_| present);
    let Some(fp) = state.and_then(|s| s.fingerprint.clone()) else {
        return Err(vec![Diagnostic::error(&file, crate::t!("ap-file-missing"))
            .hint(crate::t!(
                "ap-file-missing-hint",
                file = file.display().to_string()
            ))]);
    };
    let errors =
        crate::validate::problem::errors_of(&site.config, site.template.as_ref(), page, piece);
    if status == Status::Godkendt && !errors.is_empty() && !args.despite_errors {
        let mut out = errors;
        out.push(
            Diagnostic::error(
                &file,
                crate::t!("ap-refused", piece = piece.key(), count = out.len()),
            )
            .hint(crate::t!(
                "ap-refused-hint",
                command = command(args, &args.slug, &piece.key(), " --trods-fejl")
            )),
        );
        return Err(out);
    }
    let decision = Decision {
        status,
        date,
        by: Some(args.by.trim().to_string()).filter(|b| !b.is_empty()),
        remarks: args.remarks.clone().filter(|r| !r.trim().is_empty()),
        hash: Some(fp.hash.clone()),
        despite_errors: status == Status::Godkendt && args.despite_errors && !errors.is_empty(),
        line: 0,
    };
    let dir = page.file.dir.clone();
    let record_path = dir.join(approval::FILE_NAME);
    let shown_record = shown_dir.join(approval::FILE_NAME);
    let old = std::fs::read_to_string(&record_path).unwrap_or_default();
    let new = record::append(&old, &parts.approvals, piece, &decision);
    approval::Approvals::parse_in(&shown_record, &new, &site.config.vilde.faser)?;
    let version = approval::version_file_of(piece, &fp.hash);
    write_atomic(
        &dir.join(&version),
        fp.text.as_bytes(),
        &shown_dir.join(&version),
    )?;
    write_atomic(&record_path, new.as_bytes(), &shown_record)?;
    let migrated = if parts.approvals.legacy {
        crate::t!("ap-migrated")
    } else {
        String::new()
    };
    Ok(crate::t!(
        "ap-done",
        file = file.display().to_string(),
        piece = piece_label(piece, &site.config),
        status = status.label().to_lowercase(),
        by = args.by.as_str(),
        date = date.danish(),
        record = shown_record.display().to_string(),
        migrated = migrated
    ))
}

/// "Tekst", or "Mission: Tekst" for a later phase's piece.
fn piece_label(id: &PieceId, config: &crate::config::Config) -> String {
    match id.phase.as_deref().and_then(|ph| config.phase(ph)) {
        Some(ph) => format!("{}: {}", ph.title, id.piece.label()),
        None => id.piece.label().to_string(),
    }
}

/// The problem whose bundle folder is `slug`.
fn find<'a>(lib: &'a crate::content::Library, slug: &str) -> Option<&'a Page> {
    crate::problem::problems(lib)
        .into_iter()
        .find(|p| bundle_slug(p).as_deref() == Some(slug))
}

fn bundle_slug(p: &Page) -> Option<String> {
    p.file
        .is_bundle
        .then(|| {
            p.file
                .dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
        })
        .flatten()
}

/// Write through a temporary file beside `path`, so a crash leaves the old file.
fn write_atomic(path: &Path, bytes: &[u8], shown: &Path) -> Result<(), Vec<Diagnostic>> {
    let err = |e: std::io::Error| {
        vec![Diagnostic::error(
            shown,
            crate::t!("write-failed", why = e.to_string()),
        )]
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(err)?;
    }
    let tmp: PathBuf = path.with_extension("vilde-tmp");
    std::fs::write(&tmp, bytes).map_err(err)?;
    std::fs::rename(&tmp, path).map_err(err)
}

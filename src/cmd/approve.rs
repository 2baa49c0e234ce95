//! `vilde approve <slug> <piece> --by WHO [--date D]`: record an approval in the
//! bundle's godkendelse.toml with the piece file's content hash.

use std::path::Path;

use crate::approval::{self, Approvals, Piece};
use crate::cli::ApproveArgs;
use crate::date::Date;
use crate::diag::Diagnostic;

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

fn approve(args: &ApproveArgs) -> Result<String, Vec<Diagnostic>> {
    let piece = Piece::parse(&args.piece).ok_or_else(|| {
        vec![Diagnostic::error(Path::new(&args.piece), format!("`{}` is not a piece", args.piece))
            .expected("tekst, slides or drejebog")
            .hint("write for example `vilde approve blandede-bydele-og-integration tekst --by \"Rådmandskredsen\"`")]
    })?;
    let date = match &args.date {
        Some(s) => Date::parse(s).ok_or_else(|| {
            vec![
                Diagnostic::error(Path::new("--date"), format!("`{s}` is not a date"))
                    .expected("YYYY-MM-DD, e.g. 2023-02-20"),
            ]
        })?,
        None => Date(chrono::Local::now().date_naive()),
    };
    let shown_dir = Path::new("content").join(&args.slug);
    let dir = args.site.root.join(&shown_dir);
    let piece_file = dir.join(piece.file_name());
    let bytes = crate::diag::read_regular(&piece_file).map_err(|e| {
        vec![Diagnostic::error(
            shown_dir.join(piece.file_name()),
            format!("the file could not be read: {e}"),
        )
        .hint("check the problem's folder name (see content/) and that the piece's file exists")]
    })?;
    let record = dir.join(approval::FILE_NAME);
    let shown_record = shown_dir.join(approval::FILE_NAME);
    let old = std::fs::read_to_string(&record).unwrap_or_default();
    let new = approval::approve(&old, piece, &args.by, date, &approval::content_hash(&bytes));
    Approvals::parse(&shown_record, &new)?;
    std::fs::write(&record, new).map_err(|e| {
        vec![Diagnostic::error(
            &shown_record,
            format!("the file could not be written: {e}"),
        )]
    })?;
    Ok(format!(
        "{} is now approved ({}) by {} on {}; recorded in {}",
        shown_dir.join(piece.file_name()).display(),
        piece.key(),
        args.by,
        date,
        shown_record.display()
    ))
}

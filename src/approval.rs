//! Approval records: who approved (godkendt) or rejected (afvist) each piece of a
//! problem, when, with which remarks, and a hash of the content that was approved.
//!
//! Each problem bundle has a `godkendelse.toml` next to its pieces, with one table per
//! piece:
//!
//! ```toml
//! [tekst]                      # index.md, the website text
//! status = "afvist"            # udkast | til-godkendelse | godkendt | afvist
//! indsendt = 2023-02-20        # date submitted (optional)
//! besluttet_af = "…"           # who decided (required for godkendt and afvist)
//! dato = 2023-02-27            # date of the decision (required for godkendt and afvist)
//! bemaerkninger = """…"""      # remarks, e.g. the minutes' text (optional)
//!
//! [slides]                     # slides.md
//! [drejebog]                   # drejebog.toml, the video script
//! ```
//!
//! A missing table (or a missing file: [`Approvals::drafts`]) means `udkast`. A
//! `godkendt` piece must carry `hash = "sha256:<hex>"`, the [`content_hash`] of the
//! file as it was approved; [`verify`] reports a piece whose file has changed since.
//! [`approve`] updates the record (for `vilde approve <slug> <piece>`) as a careful
//! text edit that keeps comments, other tables and other keys as they are.
//!
//! Keys are Danish (the people who edit this file are); the Rust and template field
//! names are English: `submitted`, `decided_by`, `date`, `remarks`, `hash`.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use toml::Spanned;

use crate::date::Date;
use crate::diag::Diagnostic;

/// The file name of an approval record inside a problem bundle.
pub const FILE_NAME: &str = "godkendelse.toml";

/// The keys a piece's table may have.
pub const KEYS: &[&str] = &[
    "status",
    "indsendt",
    "besluttet_af",
    "dato",
    "bemaerkninger",
    "hash",
];

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
    /// `udkast`: a draft, not yet submitted.
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

    /// Whether a decision was made (and so `dato` and `besluttet_af` are required).
    pub fn is_decided(self) -> bool {
        matches!(self, Status::Godkendt | Status::Afvist)
    }

    /// Whether the public build may publish a piece with this status.
    pub fn is_published(self) -> bool {
        self == Status::Godkendt
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

/// The approval record of one piece.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Approval {
    pub status: Status,
    /// `indsendt`: when it was submitted.
    pub submitted: Option<Date>,
    /// `besluttet_af`: who decided.
    pub decided_by: Option<String>,
    /// `dato`: when it was decided.
    pub date: Option<Date>,
    /// `bemaerkninger`: remarks, e.g. the minutes' text.
    pub remarks: Option<String>,
    /// `hash`: `sha256:<hex>` of the file as approved ([`content_hash`]).
    pub hash: Option<String>,
    /// 1-based line of the piece's table header; 0 when the table is missing.
    #[serde(skip)]
    pub line: usize,
}

/// The approval records of one problem bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Approvals {
    /// The `godkendelse.toml` path as shown to the user; the pieces' files are its
    /// siblings and the bundle's slug is its folder name.
    #[serde(skip)]
    pub path: PathBuf,
    pub tekst: Approval,
    pub slides: Approval,
    pub drejebog: Approval,
}

impl Approvals {
    /// Every piece a draft: what a bundle without `godkendelse.toml` has.
    pub fn drafts(path: impl Into<PathBuf>) -> Approvals {
        Approvals {
            path: path.into(),
            tekst: Approval::default(),
            slides: Approval::default(),
            drejebog: Approval::default(),
        }
    }

    pub fn get(&self, piece: Piece) -> &Approval {
        match piece {
            Piece::Tekst => &self.tekst,
            Piece::Slides => &self.slides,
            Piece::Drejebog => &self.drejebog,
        }
    }

    fn get_mut(&mut self, piece: Piece) -> &mut Approval {
        match piece {
            Piece::Tekst => &mut self.tekst,
            Piece::Slides => &mut self.slides,
            Piece::Drejebog => &mut self.drejebog,
        }
    }

    /// The file of `piece` as shown to the user (a sibling of `godkendelse.toml`).
    pub fn piece_path(&self, piece: Piece) -> PathBuf {
        self.path.with_file_name(piece.file_name())
    }

    /// The bundle's slug: the name of the folder holding `godkendelse.toml`.
    pub fn slug(&self) -> String {
        slug_of(&self.path)
    }

    /// Parse `godkendelse.toml`. All problems are reported, each with line and column.
    pub fn parse(path: &Path, src: &str) -> Result<Approvals, Vec<Diagnostic>> {
        let raw: BTreeMap<Spanned<String>, Spanned<Item>> = match toml::from_str(src) {
            Ok(r) => r,
            Err(e) => {
                let at = e.span().map_or(0, |s| s.start);
                let d = Diagnostic::error(
                    path,
                    format!(
                        "the approval file is not valid TOML: {}",
                        crate::diag::toml_message(&e)
                    ),
                )
                .at_offset(src, at)
                .hint(
                    "compare with the example at the top of the file: each piece is a \
                     table like [tekst] with lines like status = \"godkendt\"",
                );
                return Err(vec![d]);
            }
        };
        let mut out = Approvals::drafts(path);
        let mut diags = Vec::new();
        let slug = slug_of(path);
        for (name, item) in &raw {
            let Some(piece) = Piece::parse(name.get_ref()) else {
                diags.push(
                    Diagnostic::error(path, format!("`{}` is not a piece", name.get_ref()))
                        .at_offset(src, name.span().start)
                        .expected("one of the tables [tekst], [slides], [drejebog]")
                        .found(format!("`{}`", name.get_ref()))
                        .hint("rename the table to the piece it is about"),
                );
                continue;
            };
            let header = name.span().start;
            match item.get_ref() {
                Item::Table(t) => {
                    let a = parse_piece(path, src, &slug, piece, header, t, &mut diags);
                    *out.get_mut(piece) = a;
                }
                Item::Other => diags.push(
                    Diagnostic::error(path, format!("`{}` must be a table", piece.key()))
                        .at_offset(src, header)
                        .expected(format!("a table: [{}] on its own line", piece.key()))
                        .found("a single value")
                        .hint(format!(
                            "write [{}] on its own line and the keys (status = …) below it",
                            piece.key()
                        )),
                ),
            }
        }
        if diags.is_empty() {
            Ok(out)
        } else {
            Err(diags)
        }
    }
}

/// A top-level item: a table (with spanned keys and values) or anything else.
enum Item {
    Table(BTreeMap<Spanned<String>, Spanned<toml::Value>>),
    Other,
}

impl<'de> Deserialize<'de> for Item {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Item, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Item;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a table")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Item, A::Error> {
                let mut t = BTreeMap::new();
                while let Some((k, v)) = map.next_entry()? {
                    t.insert(k, v);
                }
                Ok(Item::Table(t))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Item, A::Error> {
                while seq.next_element::<de::IgnoredAny>()?.is_some() {}
                Ok(Item::Other)
            }
            fn visit_bool<E>(self, _: bool) -> Result<Item, E> {
                Ok(Item::Other)
            }
            fn visit_i64<E>(self, _: i64) -> Result<Item, E> {
                Ok(Item::Other)
            }
            fn visit_u64<E>(self, _: u64) -> Result<Item, E> {
                Ok(Item::Other)
            }
            fn visit_f64<E>(self, _: f64) -> Result<Item, E> {
                Ok(Item::Other)
            }
            fn visit_str<E>(self, _: &str) -> Result<Item, E> {
                Ok(Item::Other)
            }
        }
        d.deserialize_any(V)
    }
}

/// Show a TOML value the way the user wrote it (strings in quotes).
fn shown(v: &toml::Value) -> String {
    v.to_string()
}

fn parse_piece(
    path: &Path,
    src: &str,
    slug: &str,
    piece: Piece,
    header: usize,
    t: &BTreeMap<Spanned<String>, Spanned<toml::Value>>,
    diags: &mut Vec<Diagnostic>,
) -> Approval {
    let p = piece.key();
    let mut a = Approval {
        line: crate::diag::line_col(src, header).0,
        ..Approval::default()
    };
    let mut status_seen = false;
    let mut status_ok = false;
    for (k, v) in t {
        let key = k.get_ref().as_str();
        let at = v.span().start;
        let val = v.get_ref();
        let text = |what: &str, diags: &mut Vec<Diagnostic>| -> Option<String> {
            match val {
                toml::Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
                _ => {
                    diags.push(
                        Diagnostic::error(path, format!("`{key}` in [{p}] must be {what}"))
                            .at_offset(src, at)
                            .expected(format!("{what} in quotes"))
                            .found(shown(val))
                            .hint(format!("write it as {key} = \"…\"")),
                    );
                    None
                }
            }
        };
        match key {
            "status" => {
                status_seen = true;
                let allowed = Status::ALL.map(Status::key).join(", ");
                let word = match val {
                    toml::Value::String(s) => Some(s.as_str()),
                    _ => None,
                };
                match word.and_then(Status::parse) {
                    Some(s) => {
                        a.status = s;
                        status_ok = true;
                    }
                    None => {
                        let mut d =
                            Diagnostic::error(path, format!("{} is not a status", shown(val)))
                                .at_offset(src, at)
                                .expected(format!("one of: {allowed}"))
                                .found(shown(val));
                        let near = word.map(|w| w.trim().to_lowercase().replace([' ', '_'], "-"));
                        d = match near.as_deref().and_then(Status::parse) {
                            Some(s) => d.hint(format!("write it exactly as status = \"{s}\"")),
                            None => d.hint(format!(
                                "use one of the four words, in quotes and lower case: {allowed}"
                            )),
                        };
                        diags.push(d);
                    }
                }
            }
            "indsendt" | "dato" => match date_of(val) {
                Some(d) if key == "dato" => a.date = Some(d),
                Some(d) => a.submitted = Some(d),
                None => diags.push(
                    Diagnostic::error(path, format!("`{key}` in [{p}] is not a date"))
                        .at_offset(src, at)
                        .expected("a date written as YYYY-MM-DD, for example 2023-02-27")
                        .found(shown(val))
                        .hint(format!(
                            "write the date as year-month-day, e.g. {key} = 2023-02-27"
                        )),
                ),
            },
            "besluttet_af" => a.decided_by = text("a name", diags),
            "bemaerkninger" => a.remarks = text("text", diags),
            "hash" => match val {
                toml::Value::String(s) if is_hash(s) => a.hash = Some(s.to_ascii_lowercase()),
                _ => diags.push(
                    Diagnostic::error(path, format!("`hash` in [{p}] is not a content hash"))
                        .at_offset(src, at)
                        .expected("\"sha256:\" followed by 64 hexadecimal digits")
                        .found(shown(val))
                        .hint(format!(
                            "do not edit the hash by hand: run `vilde approve {slug} {p}`, \
                             which records it"
                        )),
                ),
            },
            other => {
                let mut d = Diagnostic::error(path, format!("unknown key `{other}` in [{p}]"))
                    .at_offset(src, k.span().start)
                    .expected(format!("one of: {}", KEYS.join(", ")))
                    .found(format!("`{other}`"));
                let folded = other.replace(['æ', 'Æ'], "ae").to_lowercase();
                d = match KEYS.iter().find(|k| **k == folded) {
                    Some(k) => d.hint(format!("write it as `{k}` (æ as ae)")),
                    None => d.hint("correct the spelling or remove the line"),
                };
                diags.push(d);
            }
        }
    }
    if !status_seen {
        diags.push(
            Diagnostic::error(path, format!("[{p}] has no status"))
                .at_offset(src, header)
                .expected(format!(
                    "a line status = \"…\" with one of: {}",
                    Status::ALL.map(Status::key).join(", ")
                ))
                .hint(format!(
                    "add status = \"udkast\" under [{p}], or remove the table if nothing \
                     has happened yet"
                )),
        );
    }
    if status_ok && a.status.is_decided() {
        let verb = if a.status == Status::Godkendt {
            "approval"
        } else {
            "rejection"
        };
        if a.date.is_none() && !t.keys().any(|k| k.get_ref() == "dato") {
            diags.push(
                Diagnostic::error(path, format!("the {verb} of {p} has no date"))
                    .at_offset(src, header)
                    .expected(format!("dato = <the date of the decision>, under [{p}]"))
                    .found("no dato")
                    .hint("add the date of the meeting that decided, e.g. dato = 2023-02-27"),
            );
        }
        if a.decided_by.is_none() && !t.keys().any(|k| k.get_ref() == "besluttet_af") {
            diags.push(
                Diagnostic::error(path, format!("the {verb} of {p} does not say who decided"))
                    .at_offset(src, header)
                    .expected(format!("besluttet_af = \"…\", under [{p}]"))
                    .found("no besluttet_af")
                    .hint("add who decided, e.g. the name of the committee or person"),
            );
        }
        if a.status == Status::Godkendt && !t.keys().any(|k| k.get_ref() == "hash") {
            diags.push(
                Diagnostic::error(path, format!("the approval of {p} has no hash"))
                    .at_offset(src, header)
                    .expected(format!(
                        "hash = \"sha256:…\" of {} as it was approved",
                        piece.file_name()
                    ))
                    .found("no hash")
                    .hint(format!(
                        "run `vilde approve {slug} {p}`, which records the approval with the hash"
                    )),
            );
        }
    }
    if let (Some(sub), Some(dec)) = (a.submitted, a.date) {
        if dec < sub {
            let at = t
                .iter()
                .find(|(k, _)| k.get_ref() == "dato")
                .map_or(header, |(_, v)| v.span().start);
            diags.push(
                Diagnostic::error(path, format!("[{p}] was decided before it was submitted"))
                    .at_offset(src, at)
                    .expected(format!("dato on or after indsendt ({sub})"))
                    .found(format!("dato = {dec}"))
                    .hint("check both dates"),
            );
        }
    }
    a
}

/// A date from a TOML date literal or a `"YYYY-MM-DD"` string.
fn date_of(v: &toml::Value) -> Option<Date> {
    match v {
        toml::Value::Datetime(dt) => Date::parse(&dt.to_string()),
        toml::Value::String(s) => Date::parse(s),
        _ => None,
    }
}

fn is_hash(s: &str) -> bool {
    s.strip_prefix("sha256:")
        .is_some_and(|h| h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn slug_of(path: &Path) -> String {
    path.parent()
        .and_then(Path::file_name)
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "<slug>".to_string())
}

/// `sha256:<64 lower-case hex digits>` of a piece's file content.
///
/// Before hashing, every CRLF is turned into LF and a leading UTF-8 byte-order mark
/// is dropped, so opening and saving the file in a Windows editor (which may write
/// CRLF line ends and a BOM) does not invalidate an approval; any change a reader
/// could see does. A lone CR is kept.
pub fn content_hash(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut h = Sha256::new();
    let mut rest = bytes;
    while let Some(i) = rest.windows(2).position(|w| w == b"\r\n") {
        h.update(&rest[..i]);
        h.update(b"\n");
        rest = &rest[i + 2..];
    }
    h.update(rest);
    let digest = h.finalize();
    let mut out = String::with_capacity(7 + 64);
    out.push_str("sha256:");
    for b in digest {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// Check that an approved piece's file is still what was approved. Returns an error
/// naming the file when its content hash no longer matches; `None` when it matches
/// or the piece is not `godkendt` (nothing to protect).
pub fn verify(approvals: &Approvals, piece: Piece, current_bytes: &[u8]) -> Option<Diagnostic> {
    let a = approvals.get(piece);
    if a.status != Status::Godkendt {
        return None;
    }
    let recorded = a.hash.as_deref()?;
    let now = content_hash(current_bytes);
    if recorded.eq_ignore_ascii_case(&now) {
        return None;
    }
    let file = approvals.piece_path(piece);
    let when = a
        .date
        .map_or_else(|| "an unknown date".to_string(), |d| d.to_string());
    let who = a.decided_by.as_deref().unwrap_or("an unknown person");
    Some(
        Diagnostic::error(
            &file,
            format!(
                "{} has changed since it was approved on {when} by {who}; it needs a new approval",
                file.display()
            ),
        )
        .expected(format!("the approved content ({recorded})"))
        .found(format!("different content ({now})"))
        .hint(format!(
            "ask for a new approval, then run `vilde approve {} {}`",
            approvals.slug(),
            piece.key()
        )),
    )
}

/// Return `src` (the text of a `godkendelse.toml`) with `piece` marked as approved:
/// `status = "godkendt"`, `besluttet_af`, `dato` and `hash` set. Everything else —
/// comments, blank lines, other tables, `indsendt` and `bemaerkninger` — is kept as
/// written. Existing lines for the four keys are replaced in place (a trailing comment
/// on such a line goes with it); missing ones are added after the table's last key;
/// a missing table is added at the end. Line ends follow the file (CRLF stays CRLF).
///
/// The edit understands multi-line strings (`"""…"""`, `'''…'''`), so a `[` or
/// `status =` inside remarks is left alone. It does not rewrite a piece written as an
/// inline table (`tekst = { … }`) or with dotted keys (`tekst.status = …`): the caller
/// should parse the result with [`Approvals::parse`] before writing it.
pub fn approve(src: &str, piece: Piece, who: &str, date: Date, hash: &str) -> String {
    let nl = if src.contains("\r\n") { "\r\n" } else { "\n" };
    let values: [(&str, String); 4] = [
        ("status", format!("\"{}\"", Status::Godkendt.key())),
        ("besluttet_af", toml_string(who)),
        ("dato", date.to_string()),
        ("hash", toml_string(hash)),
    ];
    let lines: Vec<&str> = src.split_inclusive('\n').collect();
    let info = scan(&lines);

    // Find the piece's table: header line index and end (exclusive).
    let header = info
        .iter()
        .position(|l| l.header.as_deref() == Some(piece.key()));
    let Some(h) = header else {
        let mut out = src.to_string();
        if !out.is_empty() && !out.ends_with('\n') {
            out.push_str(nl);
        }
        if !out.trim().is_empty() {
            out.push_str(nl);
        }
        out.push_str(&format!("[{}]{nl}", piece.key()));
        for (k, v) in &values {
            out.push_str(&format!("{k} = {v}{nl}"));
        }
        return out;
    };
    let end = (h + 1..lines.len())
        .find(|&i| info[i].header.is_some() || info[i].array_header)
        .unwrap_or(lines.len());

    // For each line: replace with a new key line, drop (continuation of a replaced
    // multi-line value), or keep.
    let mut replace: BTreeMap<usize, String> = BTreeMap::new();
    let mut drop = vec![false; lines.len()];
    let mut missing: Vec<String> = Vec::new();
    for (k, v) in &values {
        let found = (h + 1..end).find(|&i| info[i].key.as_deref() == Some(*k));
        match found {
            Some(i) => {
                replace.insert(i, format!("{k} = {v}{nl}"));
                let mut j = i;
                while info[j].open_after && j + 1 < end {
                    j += 1;
                    drop[j] = true;
                }
            }
            None => missing.push(format!("{k} = {v}{nl}")),
        }
    }
    // Missing keys go after the last line of the table's last key/value (or the header).
    let insert_after = (h + 1..end)
        .rev()
        .find(|&i| info[i].key.is_some() || info[i].in_string)
        .unwrap_or(h);

    let mut out = String::with_capacity(src.len() + 200);
    for (i, line) in lines.iter().enumerate() {
        if drop[i] {
            // A replaced value's continuation lines are gone.
        } else if let Some(r) = replace.get(&i) {
            out.push_str(r);
        } else {
            out.push_str(line);
        }
        if i == insert_after && !missing.is_empty() {
            if !out.ends_with('\n') {
                out.push_str(nl);
            }
            for m in &missing {
                out.push_str(m);
            }
        }
    }
    out
}

/// A TOML basic string with the needed escapes.
fn toml_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// What a line of TOML is, for [`approve`].
#[derive(Default)]
struct LineInfo {
    /// `[name]` table header (name unquoted and trimmed).
    header: Option<String>,
    /// `[[name]]` array-of-tables header.
    array_header: bool,
    /// The bare or quoted key of a `key = value` line.
    key: Option<String>,
    /// The line starts inside a multi-line string.
    in_string: bool,
    /// A multi-line string is still open at the end of the line.
    open_after: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Ml {
    None,
    Basic,
    Literal,
}

fn scan(lines: &[&str]) -> Vec<LineInfo> {
    let mut state = Ml::None;
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        let mut info = LineInfo {
            in_string: state != Ml::None,
            ..LineInfo::default()
        };
        if state == Ml::None {
            let t = line.trim().trim_start_matches('\u{FEFF}');
            if t.starts_with("[[") {
                info.array_header = true;
            } else if let Some(rest) = t.strip_prefix('[') {
                if let Some(close) = rest.find(']') {
                    let name = rest[..close].trim();
                    let name = name
                        .strip_prefix('"')
                        .and_then(|n| n.strip_suffix('"'))
                        .or_else(|| name.strip_prefix('\'').and_then(|n| n.strip_suffix('\'')))
                        .unwrap_or(name);
                    info.header = Some(name.to_string());
                }
            } else {
                info.key = key_of(t);
            }
        }
        state = scan_line(line, state);
        info.open_after = state != Ml::None;
        out.push(info);
    }
    out
}

/// The key of a `key = value` line (bare or quoted; dotted keys are not matched).
fn key_of(t: &str) -> Option<String> {
    let (k, _) = t.split_once('=')?;
    let k = k.trim();
    let k = k
        .strip_prefix('"')
        .and_then(|k| k.strip_suffix('"'))
        .or_else(|| k.strip_prefix('\'').and_then(|k| k.strip_suffix('\'')))
        .unwrap_or(k);
    if k.is_empty() || k.starts_with('#') {
        None
    } else {
        Some(k.to_string())
    }
}

/// The multi-line-string state after `line`, starting in `state`.
fn scan_line(line: &str, mut state: Ml) -> Ml {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let rest = &b[i..];
        match state {
            Ml::Basic => {
                if rest.starts_with(b"\\") {
                    i += 2;
                    continue;
                }
                if rest.starts_with(b"\"\"\"") {
                    state = Ml::None;
                    i += 3;
                    // Up to two more quotes may belong to the string's content.
                    while b.get(i) == Some(&b'"') {
                        i += 1;
                    }
                    continue;
                }
                i += 1;
            }
            Ml::Literal => {
                if rest.starts_with(b"'''") {
                    state = Ml::None;
                    i += 3;
                    while b.get(i) == Some(&b'\'') {
                        i += 1;
                    }
                    continue;
                }
                i += 1;
            }
            Ml::None => {
                if rest.starts_with(b"#") {
                    return state;
                }
                if rest.starts_with(b"\"\"\"") {
                    state = Ml::Basic;
                    i += 3;
                } else if rest.starts_with(b"'''") {
                    state = Ml::Literal;
                    i += 3;
                } else if rest[0] == b'"' {
                    // Single-line basic string: skip to its closing quote.
                    i += 1;
                    while i < b.len() && b[i] != b'"' {
                        i += if b[i] == b'\\' { 2 } else { 1 };
                    }
                    i += 1;
                } else if rest[0] == b'\'' {
                    i += 1;
                    while i < b.len() && b[i] != b'\'' {
                        i += 1;
                    }
                    i += 1;
                } else {
                    i += 1;
                }
            }
        }
    }
    state
}

#[cfg(test)]
mod tests {
    use super::*;

    const PATH: &str = "content/blandede-bydele/godkendelse.toml";

    fn p() -> &'static Path {
        Path::new(PATH)
    }

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn errs(src: &str) -> Vec<Diagnostic> {
        Approvals::parse(p(), src).expect_err("should fail")
    }

    const HASH_A: &str = "sha256:0000000000000000000000000000000000000000000000000000000000000000";

    #[test]
    fn missing_tables_are_drafts() {
        let a = Approvals::parse(p(), "# nothing yet\n").unwrap();
        assert_eq!(a.tekst, Approval::default());
        assert_eq!(a.slides.status, Status::Udkast);
        assert_eq!(a.drejebog.status, Status::Udkast);
        assert_eq!(a.slug(), "blandede-bydele");
        assert_eq!(
            a.piece_path(Piece::Slides),
            Path::new("content/blandede-bydele/slides.md")
        );
    }

    #[test]
    fn parses_all_fields() {
        let src = "[tekst]\nstatus = \"afvist\"\nindsendt = 2023-02-20\n\
                   besluttet_af = \"Magistratsafdelingen\"\ndato = \"2023-02-27\"\n\
                   bemaerkninger = \"\"\"\nMere læsevenligt.\n\"\"\"\n\n\
                   [slides]\nstatus = \"til-godkendelse\"\nindsendt = 2023-02-20\n";
        let a = Approvals::parse(p(), src).unwrap();
        assert_eq!(a.tekst.status, Status::Afvist);
        assert_eq!(a.tekst.submitted, Some(d("2023-02-20")));
        assert_eq!(a.tekst.date, Some(d("2023-02-27")));
        assert_eq!(a.tekst.decided_by.as_deref(), Some("Magistratsafdelingen"));
        assert_eq!(a.tekst.remarks.as_deref(), Some("Mere læsevenligt.\n"));
        assert_eq!(a.tekst.line, 1);
        assert_eq!(a.slides.status, Status::TilGodkendelse);
        assert_eq!(a.slides.line, 10);
        assert_eq!(a.drejebog.status, Status::Udkast);
        assert_eq!(a.drejebog.line, 0);
    }

    #[test]
    fn unknown_status_lists_the_allowed_words() {
        let e = errs("[tekst]\nstatus = \"godkent\"\n");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].message, "\"godkent\" is not a status");
        assert_eq!((e[0].line, e[0].col), (2, 10));
        assert_eq!(
            e[0].expected.as_deref(),
            Some("one of: udkast, til-godkendelse, godkendt, afvist")
        );
        assert_eq!(e[0].found.as_deref(), Some("\"godkent\""));
        // Near misses get the exact spelling.
        let e = errs("[slides]\nstatus = \"Til godkendelse\"\n");
        assert_eq!(
            e[0].hint.as_deref(),
            Some("write it exactly as status = \"til-godkendelse\"")
        );
        // A status that is not a string at all.
        let e = errs("[slides]\nstatus = 3\n");
        assert_eq!(e[0].message, "3 is not a status");
    }

    #[test]
    fn approval_without_date_or_decider() {
        let e = errs(&format!(
            "\n[tekst]\nstatus = \"godkendt\"\nhash = \"{HASH_A}\"\n"
        ));
        let msgs: Vec<&str> = e.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            msgs,
            vec![
                "the approval of tekst has no date",
                "the approval of tekst does not say who decided"
            ]
        );
        assert_eq!((e[0].line, e[0].col), (2, 2));
        // A rejection needs them too (but no hash).
        let e = errs("[drejebog]\nstatus = \"afvist\"\ndato = 2023-02-27\n");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(
            e[0].message,
            "the rejection of drejebog does not say who decided"
        );
        assert_eq!(e[0].line, 1);
    }

    #[test]
    fn approved_without_hash() {
        let e = errs("[tekst]\nstatus = \"godkendt\"\nbesluttet_af = \"X\"\ndato = 2023-03-01\n");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].message, "the approval of tekst has no hash");
        assert_eq!(
            e[0].hint.as_deref(),
            Some("run `vilde approve blandede-bydele tekst`, which records the approval with the hash")
        );
    }

    #[test]
    fn not_a_date() {
        let e = errs("[tekst]\nstatus = \"til-godkendelse\"\nindsendt = \"20/2 2023\"\n");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].message, "`indsendt` in [tekst] is not a date");
        assert_eq!((e[0].line, e[0].col), (3, 12));
        assert_eq!(e[0].found.as_deref(), Some("\"20/2 2023\""));
        // A calendar-impossible date and a time without a date.
        let e = errs("[tekst]\nstatus = \"afvist\"\nbesluttet_af = \"X\"\ndato = \"2023-02-30\"\n");
        assert_eq!(e[0].message, "`dato` in [tekst] is not a date");
        let e = errs("[tekst]\nstatus = \"afvist\"\nbesluttet_af = \"X\"\ndato = 10:00:00\n");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].message, "`dato` in [tekst] is not a date");
        assert_eq!((e[0].line, e[0].col), (4, 8));
    }

    #[test]
    fn unknown_keys_and_tables_all_reported() {
        let src = "[tekst]\nstatus = \"udkast\"\n\"bemærkninger\" = \"x\"\nfarve = 1\n\n[video]\n";
        let e = errs(src);
        let got: Vec<(String, usize, usize)> = e
            .iter()
            .map(|d| (d.message.clone(), d.line, d.col))
            .collect();
        assert_eq!(
            got,
            vec![
                ("unknown key `bemærkninger` in [tekst]".to_string(), 3, 1),
                ("unknown key `farve` in [tekst]".to_string(), 4, 1),
                ("`video` is not a piece".to_string(), 6, 2),
            ]
        );
        assert_eq!(
            e[0].hint.as_deref(),
            Some("write it as `bemaerkninger` (æ as ae)")
        );
        assert_eq!(
            e[1].expected.as_deref(),
            Some("one of: status, indsendt, besluttet_af, dato, bemaerkninger, hash")
        );
    }

    #[test]
    fn other_shape_errors() {
        let e = errs("tekst = \"godkendt\"\n");
        assert_eq!(e[0].message, "`tekst` must be a table");
        let e = errs("[tekst]\nindsendt = 2023-02-20\n");
        assert_eq!(e[0].message, "[tekst] has no status");
        let e = errs("[tekst]\nstatus = \"afvist\"\nbesluttet_af = \"X\"\nindsendt = 2023-02-27\ndato = 2023-02-20\n");
        assert_eq!(e[0].message, "[tekst] was decided before it was submitted");
        assert_eq!((e[0].line, e[0].col), (5, 8));
        let e = errs("[tekst]\nstatus = \"godkendt\"\nbesluttet_af = \"X\"\ndato = 2023-03-01\nhash = \"abc\"\n");
        assert_eq!(e[0].message, "`hash` in [tekst] is not a content hash");
        let e = errs("[tekst\nstatus = 1\n");
        assert_eq!(e.len(), 1);
        assert!(
            e[0].message
                .starts_with("the approval file is not valid TOML"),
            "{}",
            e[0].message
        );
        assert_eq!(e[0].line, 1);
    }

    #[test]
    fn content_hash_ignores_crlf_and_bom() {
        let lf = content_hash(b"# Overskrift\n\nTekst.\n");
        assert_eq!(lf, content_hash(b"# Overskrift\r\n\r\nTekst.\r\n"));
        assert_eq!(
            lf,
            content_hash(b"\xEF\xBB\xBF# Overskrift\r\n\r\nTekst.\r\n")
        );
        assert_ne!(lf, content_hash(b"# Overskrift\n\nTekst!\n"));
        assert_ne!(content_hash(b"a\rb"), content_hash(b"a\nb"));
        // Known SHA-256 of the empty input.
        assert_eq!(
            content_hash(b""),
            "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert!(is_hash(&lf));
    }

    fn approved(content: &[u8]) -> Approvals {
        let src = format!(
            "[tekst]\nstatus = \"godkendt\"\nbesluttet_af = \"Magistraten\"\ndato = 2023-03-01\nhash = \"{}\"\n",
            content_hash(content)
        );
        Approvals::parse(p(), &src).unwrap()
    }

    #[test]
    fn verify_detects_a_changed_file() {
        let a = approved(b"Version 1\n");
        assert_eq!(verify(&a, Piece::Tekst, b"Version 1\n"), None);
        assert_eq!(verify(&a, Piece::Tekst, b"Version 1\r\n"), None);
        let e = verify(&a, Piece::Tekst, b"Version 2\n").unwrap();
        assert!(e.is_error());
        assert_eq!(e.path, Path::new("content/blandede-bydele/index.md"));
        assert_eq!(
            e.message,
            "content/blandede-bydele/index.md has changed since it was approved on \
             2023-03-01 by Magistraten; it needs a new approval"
        );
        assert_eq!(
            e.hint.as_deref(),
            Some("ask for a new approval, then run `vilde approve blandede-bydele tekst`")
        );
        // Pieces that are not approved are not checked.
        assert_eq!(verify(&a, Piece::Slides, b"anything"), None);
    }

    #[test]
    fn approve_edits_in_place_and_keeps_comments() {
        let src = "# Godkendelser for Blandede Bydele\n\
                   [tekst]\n\
                   status = \"afvist\" # efter mødet\n\
                   indsendt = 2023-02-20\n\
                   besluttet_af = \"\"\"\nMagistraten\n\"\"\"\n\
                   dato = 2023-02-27\n\
                   bemaerkninger = \"\"\"\n[ikke en tabel]\nstatus = \"x\"\n\"\"\"\n\
                   \n\
                   # slides kommer\n\
                   [slides]\n\
                   status = \"udkast\"\n";
        let h = content_hash(b"ny tekst\n");
        let out = approve(src, Piece::Tekst, "Byrådet \"A\"", d("2023-03-08"), &h);
        let want = format!(
            "# Godkendelser for Blandede Bydele\n\
             [tekst]\n\
             status = \"godkendt\"\n\
             indsendt = 2023-02-20\n\
             besluttet_af = \"Byrådet \\\"A\\\"\"\n\
             dato = 2023-03-08\n\
             bemaerkninger = \"\"\"\n[ikke en tabel]\nstatus = \"x\"\n\"\"\"\n\
             hash = \"{h}\"\n\
             \n\
             # slides kommer\n\
             [slides]\n\
             status = \"udkast\"\n"
        );
        assert_eq!(out, want);
        let a = Approvals::parse(p(), &out).unwrap();
        assert_eq!(a.tekst.status, Status::Godkendt);
        assert_eq!(a.tekst.decided_by.as_deref(), Some("Byrådet \"A\""));
        assert_eq!(
            a.tekst.remarks.as_deref(),
            Some("[ikke en tabel]\nstatus = \"x\"\n")
        );
        assert_eq!(verify(&a, Piece::Tekst, b"ny tekst\r\n"), None);
        assert_eq!(a.slides.status, Status::Udkast);
    }

    #[test]
    fn approve_adds_missing_table_and_keys_crlf() {
        let h = content_hash(b"x");
        // Missing table, CRLF file without final newline.
        let out = approve(
            "[tekst]\r\nstatus = \"udkast\"",
            Piece::Drejebog,
            "MSB",
            d("2023-03-01"),
            &h,
        );
        assert_eq!(
            out,
            format!(
                "[tekst]\r\nstatus = \"udkast\"\r\n\r\n[drejebog]\r\nstatus = \"godkendt\"\r\n\
                 besluttet_af = \"MSB\"\r\ndato = 2023-03-01\r\nhash = \"{h}\"\r\n"
            )
        );
        Approvals::parse(p(), &out).unwrap();
        // Empty file.
        let out = approve("", Piece::Slides, "MSB", d("2023-02-23"), &h);
        assert!(
            out.starts_with("[slides]\nstatus = \"godkendt\"\n"),
            "{out}"
        );
        Approvals::parse(p(), &out).unwrap();
        // Table present with only some keys; a comment after the keys stays after them.
        let src = "[slides]\nstatus = \"til-godkendelse\"\n# sendt til BA\n\n[tekst]\nstatus = \"udkast\"\n";
        let out = approve(src, Piece::Slides, "MSB", d("2023-02-23"), &h);
        assert_eq!(
            out,
            format!(
                "[slides]\nstatus = \"godkendt\"\nbesluttet_af = \"MSB\"\ndato = 2023-02-23\n\
                 hash = \"{h}\"\n# sendt til BA\n\n[tekst]\nstatus = \"udkast\"\n"
            )
        );
    }

    #[test]
    fn odd_input_never_panics() {
        let h = content_hash(b"x");
        let inputs = [
            "",
            "[",
            "[tekst]\nstatus = \"\"\"",
            "[tekst]\nbemaerkninger = '''\n[slides]\n",
            "tekst = { status = \"godkendt\" }\n",
            "tekst = 2023-01-01\n",
            "[tekst]\nstatus = [\"godkendt\"]\ndato = true\nbesluttet_af = 1\n",
            "[[tekst]]\nstatus = \"udkast\"\n",
            "[tekst]\r\nstatus = \"udkast\" # æøå\r\n\"hash\" = \"sha256:zz\"\r\n",
            "[tekst]\nstatus = \"\\\"\"\n",
            "\u{FEFF}[tekst]\nstatus = \"udkast\"\n",
        ];
        let bom = "\u{FEFF}[tekst]\nstatus = \"udkast\"\n";
        assert_eq!(
            Approvals::parse(p(), bom).unwrap().tekst.status,
            Status::Udkast
        );
        let out = approve(bom, Piece::Tekst, "X", d("2023-03-01"), &h);
        assert_eq!(
            Approvals::parse(p(), &out).unwrap().tekst.status,
            Status::Godkendt
        );
        for src in inputs {
            let _ = Approvals::parse(p(), src);
            for piece in Piece::ALL {
                let out = approve(src, piece, "X", d("2023-03-01"), &h);
                assert!(out.contains("status = \"godkendt\""), "{src:?} -> {out:?}");
            }
        }
    }

    #[test]
    fn status_serializes_for_templates() {
        let j = serde_json::to_value(Status::TilGodkendelse).unwrap();
        assert_eq!(
            j,
            serde_json::json!({"slug": "til-godkendelse", "label": "Til godkendelse"})
        );
        let labels: Vec<&str> = Status::ALL.iter().map(|s| s.label()).collect();
        assert_eq!(
            labels,
            vec!["Udkast", "Til godkendelse", "Godkendt", "Afvist"]
        );
        assert!(Status::Godkendt.is_published());
        assert!(!Status::Afvist.is_published());
        assert_eq!(Piece::parse("drejebog"), Some(Piece::Drejebog));
        assert_eq!(Piece::parse("video"), None);
        let a = Approvals::drafts(p());
        let j = serde_json::to_value(&a).unwrap();
        assert_eq!(j["tekst"]["status"]["label"], "Udkast");
        assert_eq!(j["tekst"]["date"], serde_json::Value::Null);
    }
}

//! `godkendelse.toml` as text: parse it (both formats) with every problem located
//! by line and column, and write new decisions at its end ([`append`]), after
//! rewriting a file in the older format once ([`migrate`]).

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use serde::de::{Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use toml::Spanned;

use super::{fingerprint, Approvals, Decision, Piece, PieceId, Status};
use crate::date::Date;
use crate::diag::Diagnostic;
use crate::phases::Phase;

/// The keys a decision may have.
pub const KEYS: &[&str] = &[
    "status",
    "dato",
    "besluttet_af",
    "bemaerkninger",
    "hash",
    "trods_fejl",
];

/// The keys of a piece's table in the older format.
const LEGACY_KEYS: &[&str] = &[
    "status",
    "indsendt",
    "besluttet_af",
    "dato",
    "bemaerkninger",
    "hash",
];

type Table = BTreeMap<Spanned<String>, Spanned<toml::Value>>;

/// A top-level item: a table (older format), an array of tables (one per
/// decision), or anything else.
enum Item {
    Table(Table),
    Array(Vec<Spanned<Table>>),
    Other,
}

impl<'de> Deserialize<'de> for Item {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Item, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Item;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a table or a list of tables")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Item, A::Error> {
                let mut t = BTreeMap::new();
                while let Some((k, v)) = map.next_entry()? {
                    t.insert(k, v);
                }
                Ok(Item::Table(t))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Item, A::Error> {
                let mut v = Vec::new();
                while let Some(t) = seq.next_element::<Spanned<Table>>()? {
                    v.push(t);
                }
                Ok(Item::Array(v))
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

/// A top-level table of a later phase (`[[mission.tekst]]` makes `mission` a
/// table of pieces), or anything else under a name that is not a piece.
enum PhaseItem {
    /// The pieces by name (a dotted header's keys carry no place in the file).
    Map(Vec<(String, Spanned<Item>)>),
    Other,
}

impl<'de> Deserialize<'de> for PhaseItem {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<PhaseItem, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = PhaseItem;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a table of pieces")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<PhaseItem, A::Error> {
                let mut v = Vec::new();
                while let Some(e) = map.next_entry()? {
                    v.push(e);
                }
                Ok(PhaseItem::Map(v))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<PhaseItem, A::Error> {
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                Ok(PhaseItem::Other)
            }
            fn visit_bool<E>(self, _: bool) -> Result<PhaseItem, E> {
                Ok(PhaseItem::Other)
            }
            fn visit_i64<E>(self, _: i64) -> Result<PhaseItem, E> {
                Ok(PhaseItem::Other)
            }
            fn visit_u64<E>(self, _: u64) -> Result<PhaseItem, E> {
                Ok(PhaseItem::Other)
            }
            fn visit_f64<E>(self, _: f64) -> Result<PhaseItem, E> {
                Ok(PhaseItem::Other)
            }
            fn visit_str<E>(self, _: &str) -> Result<PhaseItem, E> {
                Ok(PhaseItem::Other)
            }
        }
        d.deserialize_any(V)
    }
}

/// One top-level entry: a first-phase piece, or another name.
enum Entry {
    Piece(Piece, Spanned<Item>),
    Other(PhaseItem),
}

/// The whole file, in the order written.
struct Top(Vec<(Spanned<String>, Entry)>);

impl<'de> Deserialize<'de> for Top {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Top, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Top;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("tables")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Top, A::Error> {
                let mut v = Vec::new();
                while let Some(k) = map.next_key::<Spanned<String>>()? {
                    let e = match Piece::parse(k.get_ref()) {
                        Some(p) => Entry::Piece(p, map.next_value()?),
                        None => Entry::Other(map.next_value()?),
                    };
                    v.push((k, e));
                }
                Ok(Top(v))
            }
        }
        d.deserialize_map(V)
    }
}

impl Approvals {
    /// Parse `godkendelse.toml` of a site with one phase (no `[[extra.vilde.faser]]`).
    pub fn parse(path: &Path, src: &str) -> Result<Approvals, Vec<Diagnostic>> {
        Approvals::parse_in(path, src, &[Phase::implicit(Vec::new())])
    }

    /// Parse `godkendelse.toml` for a site with `phases` (first phase first). All
    /// problems are reported, each with line and column.
    pub fn parse_in(
        path: &Path,
        src: &str,
        phases: &[Phase],
    ) -> Result<Approvals, Vec<Diagnostic>> {
        let raw: Top = toml::from_str(src).map_err(|e| {
            let at = e.span().map_or(0, |s| s.start);
            vec![Diagnostic::error(
                path,
                crate::t!("rec-unreadable", why = crate::diag::toml_message(&e)),
            )
            .at_offset(src, at)
            .hint(crate::t!("rec-unreadable-hint"))]
        })?;
        let mut out = Approvals::drafts(path);
        let mut diags = Vec::new();
        let cx = Cx {
            path,
            src,
            slug: out.slug(),
        };
        let first = &phases[0];
        for (name, entry) in &raw.0 {
            match entry {
                Entry::Piece(piece, item) => {
                    if !first.has(piece.key()) {
                        diags.push(cx.piece_not_in_phase(name.get_ref(), name.span().start, first));
                        continue;
                    }
                    let id = PieceId::first(*piece);
                    let decisions = cx.piece_decisions(
                        &id,
                        name.span().start,
                        item.get_ref(),
                        &mut out.legacy,
                        &mut diags,
                    );
                    cx.check_start(&id, first, &decisions, &mut diags);
                    out.get_mut(*piece).decisions = decisions;
                }
                Entry::Other(item) => {
                    let phase = phases[1..].iter().find(|p| p.name() == name.get_ref());
                    match (phase, item) {
                        (Some(phase), PhaseItem::Map(pieces)) => {
                            cx.phase_pieces(phase, name, pieces, &mut out, &mut diags)
                        }
                        (None, PhaseItem::Map(_))
                            if phases.len() > 1 || first.name() == name.get_ref() =>
                        {
                            diags.push(cx.unknown_phase(name, phases))
                        }
                        _ => diags.push(cx.not_a_piece(name)),
                    }
                }
            }
        }
        if diags.is_empty() {
            Ok(out)
        } else {
            Err(diags)
        }
    }
}

/// What every message needs: the file, its text and the bundle's slug.
struct Cx<'a> {
    path: &'a Path,
    src: &'a str,
    slug: String,
}

impl Cx<'_> {
    fn err(&self, at: usize, message: String) -> Diagnostic {
        Diagnostic::error(self.path, message).at_offset(self.src, at)
    }

    /// The decisions of one piece: a list of tables, or (first phase only) a
    /// table in the older format.
    fn piece_decisions(
        &self,
        id: &PieceId,
        header: usize,
        item: &Item,
        legacy: &mut bool,
        diags: &mut Vec<Diagnostic>,
    ) -> Vec<Decision> {
        let key = id.key();
        let decisions = match item {
            Item::Table(t) if id.phase.is_none() => {
                *legacy = true;
                self.legacy(id.piece, header, t, diags)
            }
            Item::Array(list) => list
                .iter()
                .filter_map(|t| self.decision(id, t.span().start, t.get_ref(), KEYS, diags))
                .collect(),
            _ => {
                diags.push(
                    self.err(header, crate::t!("rec-not-table", piece = key.as_str()))
                        .expected(crate::t!("rec-not-table-expected", piece = key.as_str()))
                        .found(crate::t!("rec-not-table-found"))
                        .hint(crate::t!("rec-not-table-hint", piece = key.as_str())),
                );
                Vec::new()
            }
        };
        self.check_order(&key, &decisions, diags);
        decisions
    }

    /// The pieces of a later phase (`[[mission.tekst]]`).
    fn phase_pieces(
        &self,
        phase: &Phase,
        phase_key: &Spanned<String>,
        pieces: &[(String, Spanned<Item>)],
        out: &mut Approvals,
        diags: &mut Vec<Diagnostic>,
    ) {
        for (name, item) in pieces {
            // Where `phase.piece` is first written, else the phase's name.
            let at = self
                .src
                .find(&format!("{}.{name}", phase.name()))
                .unwrap_or(phase_key.span().start);
            let Some(piece) = Piece::parse(name).filter(|p| phase.has(p.key())) else {
                diags.push(self.piece_not_in_phase(name, at, phase));
                continue;
            };
            let id = PieceId::later(phase.name(), piece);
            let mut legacy = false;
            let decisions = self.piece_decisions(&id, at, item.get_ref(), &mut legacy, diags);
            self.check_start(&id, phase, &decisions, diags);
            out.history_mut(&id).decisions = decisions;
        }
    }

    /// Nothing is decided in a phase before it starts.
    fn check_start(
        &self,
        id: &PieceId,
        phase: &Phase,
        ds: &[Decision],
        diags: &mut Vec<Diagnostic>,
    ) {
        let Some(start) = phase.start else { return };
        for d in ds.iter().filter(|d| d.date < start) {
            diags.push(
                Diagnostic::error(
                    self.path,
                    crate::t!(
                        "rec-before-phase",
                        piece = id.key(),
                        status = d.status.key(),
                        phase = phase.title.as_str()
                    ),
                )
                .at(self.date_line(d.line), 1)
                .expected(crate::t!(
                    "rec-before-phase-expected",
                    start = start.danish(),
                    iso = start.to_string()
                ))
                .found(format!("dato = {}", d.date))
                .hint(crate::t!("rec-before-phase-hint")),
            );
        }
    }

    /// The line of the `dato` key of the decision whose table starts at `line`
    /// (that line itself when there is none before the next table).
    fn date_line(&self, line: usize) -> usize {
        let line = line.max(1);
        self.src
            .lines()
            .enumerate()
            .skip(line)
            .take_while(|(_, l)| !l.trim_start().starts_with('['))
            .find(|(_, l)| l.trim_start().starts_with("dato"))
            .map_or(line, |(i, _)| i + 1)
    }

    fn not_a_piece(&self, name: &Spanned<String>) -> Diagnostic {
        self.err(
            name.span().start,
            crate::t!("rec-not-a-piece", name = name.get_ref().as_str()),
        )
        .expected(crate::t!("rec-not-a-piece-expected"))
        .found(format!("`{}`", name.get_ref()))
        .hint(crate::t!("rec-not-a-piece-hint"))
    }

    fn unknown_phase(&self, name: &Spanned<String>, phases: &[Phase]) -> Diagnostic {
        let later: Vec<String> = phases[1..]
            .iter()
            .map(|p| format!("`{}`", p.name()))
            .collect();
        let is_first = phases[0].name() == name.get_ref();
        let d = self
            .err(
                name.span().start,
                crate::t!("rec-unknown-phase", name = name.get_ref().as_str()),
            )
            .expected(if later.is_empty() {
                crate::t!("rec-not-a-piece-expected")
            } else {
                crate::t!("rec-unknown-phase-expected", list = later.join(", "))
            });
        if is_first {
            d.hint(crate::t!(
                "rec-first-phase-hint",
                name = name.get_ref().as_str()
            ))
        } else {
            d.hint(crate::t!("rec-unknown-phase-hint"))
        }
    }

    fn piece_not_in_phase(&self, name: &str, at: usize, phase: &Phase) -> Diagnostic {
        let has: Vec<String> = phase
            .pieces
            .iter()
            .map(|p| format!("`{}`", p.get_ref()))
            .collect();
        self.err(
            at,
            crate::t!(
                "rec-piece-not-in-phase",
                piece = name,
                phase = phase.title.as_str()
            ),
        )
        .expected(crate::t!("one-of", list = has.join(", ")))
        .hint(crate::t!("rec-piece-not-in-phase-hint"))
    }

    /// One decision from a table of `keys`; `None` (with diagnostics) when it
    /// cannot be read.
    fn decision(
        &self,
        id: &PieceId,
        header: usize,
        t: &Table,
        keys: &[&str],
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Decision> {
        let key = id.key();
        let p = key.as_str();
        let before = diags.len();
        let mut status = None;
        let mut date = None;
        let (mut by, mut remarks, mut hash, mut despite_errors) = (None, None, None, false);
        for (k, v) in t {
            let key = k.get_ref().as_str();
            let (at, val) = (v.span().start, v.get_ref());
            match key {
                "status" => status = self.status_word(val, at, diags),
                "dato" => date = self.date(key, p, val, at, diags),
                "indsendt" => {} // the older format; read by `legacy`
                "besluttet_af" => by = self.text(key, p, &crate::t!("rec-a-name"), val, at, diags),
                "bemaerkninger" => {
                    remarks = self.text(key, p, &crate::t!("rec-text"), val, at, diags)
                }
                "hash" => match val {
                    toml::Value::String(s) if fingerprint::is_hash(s) => {
                        hash = Some(s.to_ascii_lowercase())
                    }
                    _ => diags.push(
                        self.err(at, crate::t!("rec-bad-hash", piece = p))
                            .expected(crate::t!("rec-bad-hash-expected"))
                            .found(val.to_string())
                            .hint(crate::t!(
                                "rec-bad-hash-hint",
                                slug = self.slug.as_str(),
                                piece = p
                            )),
                    ),
                },
                "trods_fejl" => match val {
                    toml::Value::Boolean(b) => despite_errors = *b,
                    _ => diags.push(
                        self.err(at, crate::t!("rec-bad-despite", piece = p))
                            .found(val.to_string())
                            .hint(crate::t!("rec-bad-despite-hint")),
                    ),
                },
                other => diags.push(self.unknown_key(other, p, k.span().start, keys)),
            }
        }
        let Some(status) = status else {
            if !t.keys().any(|k| k.get_ref() == "status") {
                diags.push(
                    self.err(header, crate::t!("rec-no-status", piece = p))
                        .expected(crate::t!("rec-no-status-expected"))
                        .hint(crate::t!("rec-no-status-hint", piece = p)),
                );
            }
            return None;
        };
        if status == Status::Udkast {
            diags.push(
                self.err(header, crate::t!("rec-udkast", piece = p))
                    .expected(crate::t!("rec-decisions"))
                    .hint(crate::t!("rec-udkast-hint")),
            );
        }
        if date.is_none() && !t.keys().any(|k| k.get_ref() == "dato") {
            diags.push(
                self.err(
                    header,
                    crate::t!("rec-no-date", status = status.key(), piece = p),
                )
                .expected(crate::t!("rec-no-date-expected", piece = p))
                .found(crate::t!("rec-no-date-found"))
                .hint(crate::t!("rec-no-date-hint")),
            );
        }
        if status.is_decided() && by.is_none() && !t.keys().any(|k| k.get_ref() == "besluttet_af") {
            diags.push(
                self.err(
                    header,
                    crate::t!("rec-no-by", status = status.key(), piece = p),
                )
                .expected(crate::t!("rec-no-by-expected", piece = p))
                .found(crate::t!("rec-no-by-found"))
                .hint(crate::t!("rec-no-by-hint")),
            );
        }
        if status == Status::Godkendt && hash.is_none() && !t.keys().any(|k| k.get_ref() == "hash")
        {
            diags.push(
                self.err(header, crate::t!("rec-no-hash", piece = p))
                    .expected(crate::t!("rec-no-hash-expected", file = id.file_name()))
                    .found(crate::t!("rec-no-hash-found"))
                    .hint(crate::t!(
                        "rec-no-hash-hint",
                        slug = self.slug.as_str(),
                        piece = p
                    )),
            );
        }
        let date = date.filter(|_| diags.len() == before)?;
        Some(Decision {
            status,
            date,
            by,
            remarks,
            hash,
            despite_errors,
            line: crate::diag::line_col(self.src, header).0,
        })
    }

    /// The decisions a table in the older format describes: a submission on
    /// `indsendt`, then the decision of `status` (if any) on `dato`.
    fn legacy(
        &self,
        piece: Piece,
        header: usize,
        t: &Table,
        diags: &mut Vec<Diagnostic>,
    ) -> Vec<Decision> {
        let p = piece.key();
        let status_word = t.iter().find(|(k, _)| k.get_ref() == "status");
        if status_word.is_none() {
            diags.push(
                self.err(header, crate::t!("rec-legacy-no-status", piece = p))
                    .expected(crate::t!(
                        "rec-legacy-no-status-expected",
                        list = Status::ALL.map(Status::key).join(", ")
                    ))
                    .hint(crate::t!("rec-legacy-no-status-hint", piece = p)),
            );
            return Vec::new();
        }
        let submitted = t
            .iter()
            .find(|(k, _)| k.get_ref() == "indsendt")
            .and_then(|(_, v)| self.date("indsendt", p, v.get_ref(), v.span().start, diags));
        let status =
            status_word.and_then(|(_, v)| self.status_word(v.get_ref(), v.span().start, diags));
        let mut out = Vec::new();
        let line = crate::diag::line_col(self.src, header).0;
        if let Some(sub) = submitted {
            out.push(Decision {
                status: Status::TilGodkendelse,
                date: sub,
                by: None,
                remarks: None,
                hash: None,
                despite_errors: false,
                line,
            });
        }
        match status {
            None | Some(Status::Udkast) => {
                for (k, v) in t {
                    if !LEGACY_KEYS.contains(&k.get_ref().as_str()) {
                        diags.push(self.unknown_key(k.get_ref(), p, k.span().start, LEGACY_KEYS));
                    }
                    let _ = v;
                }
            }
            Some(Status::TilGodkendelse)
                if submitted.is_some() && !t.keys().any(|k| k.get_ref() == "dato") => {}
            Some(_) => {
                if let Some(d) =
                    self.decision(&PieceId::first(piece), header, t, LEGACY_KEYS, diags)
                {
                    if let (Some(sub), true) = (submitted, d.date < submitted.unwrap_or(d.date)) {
                        let at = t
                            .iter()
                            .find(|(k, _)| k.get_ref() == "dato")
                            .map_or(header, |(_, v)| v.span().start);
                        diags.push(
                            self.err(at, crate::t!("rec-before-submitted", piece = p))
                                .expected(crate::t!(
                                    "rec-before-submitted-expected",
                                    date = sub.to_string()
                                ))
                                .found(format!("dato = {}", d.date))
                                .hint(crate::t!("rec-before-submitted-hint")),
                        );
                    }
                    out.push(d);
                }
            }
        }
        out
    }

    /// Decisions are written in the order they were made, and one piece is not
    /// decided twice on one day.
    fn check_order(&self, p: &str, decisions: &[Decision], diags: &mut Vec<Diagnostic>) {
        let at_line = |d: &Decision| Diagnostic::error(self.path, String::new()).at(d.line, 1);
        for w in decisions.windows(2) {
            let (a, b) = (&w[0], &w[1]);
            if b.date < a.date {
                let mut d = at_line(b);
                d.message = crate::t!("rec-order", piece = p);
                diags.push(
                    d.expected(crate::t!("rec-order-expected", date = a.date.to_string()))
                        .found(format!("dato = {}", b.date))
                        .hint(crate::t!("rec-order-hint")),
                );
            }
            if a.status.is_decided() && b.status.is_decided() && a.date == b.date {
                let mut d = at_line(b);
                d.message = crate::t!("rec-twice", piece = p, date = b.date.danish());
                diags.push(
                    d.expected(crate::t!("rec-twice-expected"))
                        .found(crate::t!(
                            "rec-twice-found",
                            first = a.status.key(),
                            second = b.status.key()
                        ))
                        .hint(crate::t!("rec-twice-hint")),
                );
            }
        }
    }

    fn status_word(
        &self,
        val: &toml::Value,
        at: usize,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Status> {
        let allowed = Status::ALL.map(Status::key).join(", ");
        let word = match val {
            toml::Value::String(s) => Some(s.as_str()),
            _ => None,
        };
        if let Some(s) = word.and_then(Status::parse) {
            return Some(s);
        }
        let mut d = self
            .err(at, crate::t!("rec-not-status", value = val.to_string()))
            .expected(crate::t!("one-of", list = allowed.as_str()))
            .found(val.to_string());
        let near = word.map(|w| w.trim().to_lowercase().replace([' ', '_'], "-"));
        d = match near.as_deref().and_then(Status::parse) {
            Some(s) => d.hint(crate::t!("rec-status-exact", status = s.key())),
            None => d.hint(crate::t!("rec-status-words", list = allowed.as_str())),
        };
        diags.push(d);
        None
    }

    fn date(
        &self,
        key: &str,
        p: &str,
        val: &toml::Value,
        at: usize,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Date> {
        let d = match val {
            toml::Value::Datetime(dt) => Date::parse(&dt.to_string()),
            toml::Value::String(s) => Date::parse(s),
            _ => None,
        };
        if d.is_none() {
            diags.push(
                self.err(at, crate::t!("rec-not-date", key = key, piece = p))
                    .expected(crate::t!("rec-not-date-expected"))
                    .found(val.to_string())
                    .hint(crate::t!("rec-not-date-hint", key = key)),
            );
        }
        d
    }

    fn text(
        &self,
        key: &str,
        p: &str,
        what: &str,
        val: &toml::Value,
        at: usize,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<String> {
        match val {
            toml::Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
            _ => {
                diags.push(
                    self.err(
                        at,
                        crate::t!("rec-must-be", key = key, piece = p, what = what),
                    )
                    .expected(crate::t!("rec-must-be-expected", what = what))
                    .found(val.to_string())
                    .hint(crate::t!("rec-must-be-hint", key = key)),
                );
                None
            }
        }
    }

    fn unknown_key(&self, key: &str, p: &str, at: usize, keys: &[&str]) -> Diagnostic {
        let d = self
            .err(at, crate::t!("rec-unknown-key", key = key, piece = p))
            .expected(crate::t!("one-of", list = keys.join(", ")))
            .found(format!("`{key}`"));
        let folded = key.replace(['æ', 'Æ'], "ae").to_lowercase();
        match keys.iter().find(|k| **k == folded) {
            Some(k) => d.hint(crate::t!("rec-key-ae", key = *k)),
            None => d.hint(crate::t!("rec-key-spelling")),
        }
    }
}

/// The comment every record vilde writes starts with.
pub const HEADER: &str = "\
# Godkendelser: én blok for hver beslutning om en del, den nyeste nederst.
# Delene: [[tekst]] (index.md), [[slides]] (slides.md), [[drejebog]] (drejebog.toml).
# status er \"til-godkendelse\", \"afvist\" eller \"godkendt\"; dato er ÅÅÅÅ-MM-DD.
# Skriv nye beslutninger med `vilde approve`, som også skriver fingeraftrykket (hash).
# Kun en del, hvis nyeste beslutning er \"godkendt\", kommer på den offentlige hjemmeside.
";

/// `src` with `decision` on `piece` added at the end. A file in the older format
/// is rewritten first ([`migrate`]); everything already in a file in this format
/// stays byte for byte.
pub fn append(src: &str, approvals: &Approvals, piece: &PieceId, decision: &Decision) -> String {
    let mut out = if approvals.legacy {
        migrate(src, approvals)
    } else if src.trim().is_empty() {
        HEADER.to_string()
    } else {
        src.to_string()
    };
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&entry(piece, decision));
    out
}

/// A record in the older format, rewritten as decisions. The file's first
/// comment block is kept below the new header.
pub fn migrate(src: &str, approvals: &Approvals) -> String {
    let mut out = HEADER.to_string();
    let comments: Vec<&str> = src
        .lines()
        .take_while(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
        .collect();
    if comments.iter().any(|l| !l.trim().is_empty()) {
        out.push_str("#\n# Fra den tidligere udgave af filen:\n");
        for l in comments.iter().filter(|l| !l.trim().is_empty()) {
            out.push_str(l);
            out.push('\n');
        }
    }
    for (id, history) in approvals.all() {
        for d in &history.decisions {
            out.push('\n');
            out.push_str(&entry(&id, d));
        }
    }
    out
}

/// One decision as a `[[piece]]` (or `[[phase.piece]]`) table.
pub fn entry(piece: &PieceId, d: &Decision) -> String {
    let mut s = format!(
        "[[{}]]\nstatus = \"{}\"\ndato = {}\n",
        piece.key(),
        d.status.key(),
        d.date
    );
    if let Some(by) = &d.by {
        s.push_str(&format!("besluttet_af = {}\n", toml_string(by)));
    }
    if let Some(r) = &d.remarks {
        s.push_str(&format!("bemaerkninger = {}\n", toml_text(r)));
    }
    if let Some(h) = &d.hash {
        s.push_str(&format!("hash = \"{h}\"\n"));
    }
    if d.despite_errors {
        s.push_str("trods_fejl = true\n");
    }
    s
}

/// A TOML basic string with the needed escapes.
pub fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// Multi-line text as a literal block (`'''…'''`) when it can be, else a string.
fn toml_text(s: &str) -> String {
    if s.contains('\n')
        && !s.contains("'''")
        && !s.chars().any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        format!("'''\n{}\n'''", s.trim_matches('\n'))
    } else {
        toml_string(s)
    }
}

//! Diagnostics: one user-facing problem with a place (file, line, column), what was
//! expected, what was found and how to fix it. Every stage reports through this type;
//! only `main.rs` and `cmd/` print them.
//!
//! Messages are written for communications staff, in plain English words, without a
//! trailing period.

use std::fmt;
use std::path::{Path, PathBuf};

/// How bad a diagnostic is. Errors stop a public build; warnings never do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem found in the user's files.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path as the user sees it: relative to the site root where possible.
    pub path: PathBuf,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column in characters; 0 when unknown.
    pub col: usize,
    /// What is wrong, in one line.
    pub message: String,
    /// What was expected (optional).
    pub expected: Option<String>,
    /// What was found (optional).
    pub found: Option<String>,
    /// How to fix it (optional).
    pub hint: Option<String>,
    /// What family of message it is, for pages that show only some
    /// (`"klarsprog"`: a plain-language pointer).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<&'static str>,
}

impl Diagnostic {
    pub fn error(path: impl AsRef<Path>, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, path, message)
    }

    pub fn warning(path: impl AsRef<Path>, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, path, message)
    }

    fn new(severity: Severity, path: impl AsRef<Path>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            path: path.as_ref().to_path_buf(),
            line: 0,
            col: 0,
            message: message.into(),
            expected: None,
            found: None,
            hint: None,
            code: None,
        }
    }

    pub fn with_code(mut self, code: &'static str) -> Self {
        self.code = Some(code);
        self
    }

    /// Set line and column (both 1-based).
    pub fn at(mut self, line: usize, col: usize) -> Self {
        self.line = line;
        self.col = col;
        self
    }

    /// Set line and column from a byte offset into `src`.
    pub fn at_offset(self, src: &str, offset: usize) -> Self {
        let (line, col) = line_col(src, offset);
        self.at(line, col)
    }

    pub fn expected(mut self, s: impl Into<String>) -> Self {
        self.expected = Some(s.into());
        self
    }

    pub fn found(mut self, s: impl Into<String>) -> Self {
        self.found = Some(s.into());
        self
    }

    pub fn hint(mut self, s: impl Into<String>) -> Self {
        self.hint = Some(s.into());
        self
    }

    pub fn with_path(mut self, path: impl AsRef<Path>) -> Self {
        self.path = path.as_ref().to_path_buf();
        self
    }

    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `path:line:col` (line and column left out when unknown).
    pub fn location(&self) -> String {
        let p = self.path.display();
        match (self.line, self.col) {
            (0, _) => format!("{p}"),
            (l, 0) => format!("{p}:{l}"),
            (l, c) => format!("{p}:{l}:{c}"),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => crate::t!("severity-error"),
            Severity::Warning => crate::t!("severity-warning"),
        };
        write!(f, "{kind}: {}: {}", self.location(), self.message)?;
        // The labels line up: "expected:" and "found:" padded to one width.
        let (exp, fnd) = (crate::t!("label-expected"), crate::t!("label-found"));
        let width = exp.chars().count().max(fnd.chars().count()) + 1;
        if let Some(e) = &self.expected {
            write!(f, "\n  {:<width$} {e}", format!("{exp}:"))?;
        }
        if let Some(found) = &self.found {
            write!(f, "\n  {:<width$} {found}", format!("{fnd}:"))?;
        }
        if let Some(h) = &self.hint {
            write!(f, "\n  {}: {h}", crate::t!("label-hint"))?;
        }
        Ok(())
    }
}

/// 1-based (line, column) of a byte offset; the column counts characters.
/// Offsets past the end or inside a UTF-8 sequence are clamped, never panic.
pub fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(src.len());
    while !src.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &src[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

/// Byte offset of the start of a 1-based line (clamped to the end of `src`).
pub fn line_offset(src: &str, line: usize) -> usize {
    if line <= 1 {
        return 0;
    }
    src.match_indices('\n')
        .nth(line - 2)
        .map_or(src.len(), |(i, _)| i + 1)
}

/// Count errors in a list of diagnostics.
pub fn error_count(diags: &[Diagnostic]) -> usize {
    diags.iter().filter(|d| d.is_error()).count()
}

/// A TOML error's message on one line (the parser puts details on a second
/// line), with the serde messages people meet most often in the user's words.
pub fn toml_message(e: &toml::de::Error) -> String {
    translate_serde(&e.message().trim().replace('\n', ": "))
}

/// "invalid type: string \"x\", expected i64" and friends, said plainly.
pub fn translate_serde(msg: &str) -> String {
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.rsplit_once(", expected ") {
            return crate::t!(
                "toml-invalid-type",
                found = kind_of(found),
                expected = kind_of(expected)
            );
        }
    }
    let quoted = |s: &str| s.split('`').nth(1).unwrap_or("").to_string();
    if let Some(rest) = msg.strip_prefix("unknown field ") {
        let allowed: Vec<String> = rest
            .split('`')
            .skip(3)
            .step_by(2)
            .map(|f| format!("`{f}`"))
            .collect();
        return crate::t!(
            "toml-unknown-field",
            field = quoted(rest),
            allowed = allowed.join(", ")
        );
    }
    if let Some(rest) = msg.strip_prefix("missing field ") {
        return crate::t!("toml-missing-field", field = quoted(rest));
    }
    if let Some(rest) = msg.strip_prefix("duplicate key ") {
        return crate::t!("toml-duplicate-key", key = quoted(rest));
    }
    let known = [
        ("invalid basic string", "toml-bad-string"),
        ("invalid literal string", "toml-bad-string"),
        ("number too large", "toml-number-too-large"),
        ("invalid date", "toml-bad-date"),
        ("found a tab character", "toml-tab"),
        ("expected `.`, `=`", "toml-expected-equals"),
        ("invalid key", "toml-bad-key"),
        ("unclosed array", "toml-unclosed-list"),
        ("invalid table header", "toml-bad-table"),
    ];
    match known.iter().find(|(p, _)| msg.starts_with(p)) {
        Some((_, key)) => crate::i18n::text(key, &[]),
        None => msg.to_string(),
    }
}

/// A serde type description (`string "x"`, `i64`, `a sequence`) in plain words.
fn kind_of(s: &str) -> String {
    let s = s.trim();
    if let Some(v) = s.strip_prefix("string ") {
        return crate::t!("toml-kind-string", value = v);
    }
    let word = s
        .split(|c: char| c == ' ' || c == '`')
        .find(|w| !w.is_empty() && *w != "a" && *w != "an")
        .unwrap_or(s);
    match word {
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" | "isize"
        | "integer" => crate::t!("toml-kind-integer"),
        "f32" | "f64" | "floating" => crate::t!("toml-kind-number"),
        "boolean" | "bool" => crate::t!("toml-kind-boolean"),
        "date" | "datetime" => crate::t!("toml-kind-date"),
        "map" | "table" | "struct" => crate::t!("toml-kind-table"),
        "sequence" | "array" => crate::t!("toml-kind-list"),
        "string" => crate::t!("toml-kind-text"),
        _ => s.to_string(),
    }
}

/// A fix hint for a TOML error message.
pub fn toml_hint(message: &str) -> String {
    if message.contains("unknown field") {
        crate::t!("toml-hint-unknown")
    } else if message.contains("invalid type") {
        crate::t!("toml-hint-type")
    } else if message.contains("missing field") {
        crate::t!("toml-hint-missing")
    } else if message.contains("duplicate key") {
        crate::t!("toml-hint-duplicate")
    } else if message.contains("out of range") || message.contains("invalid date") {
        crate::t!("toml-hint-date")
    } else {
        crate::t!("toml-hint-other")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_is_not_read() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("data.toml");
        let c = std::ffi::CString::new(p.to_str().unwrap()).unwrap();
        // SAFETY: a valid path; mkfifo does not keep it.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
        let e = read_regular(&p).unwrap_err();
        assert_eq!(e.kind(), std::io::ErrorKind::InvalidInput);
        assert!(read_text(&p, Path::new("data.toml"))
            .unwrap_err()
            .message
            .contains("named pipe"));
        assert!(read_regular(d.path()).is_err());
    }

    #[test]
    fn line_col_counts_chars_not_bytes() {
        let src = "æøå\nhej ø x";
        assert_eq!(line_col(src, 0), (1, 1));
        assert_eq!(line_col(src, "æøå\n".len()), (2, 1));
        assert_eq!(line_col(src, "æøå\nhej ø".len()), (2, 6));
        // inside a multi-byte char and past the end: clamped
        assert_eq!(line_col(src, 1), (1, 1));
        assert_eq!(line_col(src, 999), (2, 8));
    }

    #[test]
    fn line_offset_round_trips() {
        let src = "a\nbb\nccc";
        assert_eq!(line_offset(src, 1), 0);
        assert_eq!(line_offset(src, 3), 5);
        assert_eq!(line_offset(src, 9), src.len());
    }

    #[test]
    fn display_has_location_and_hint() {
        let d = Diagnostic::error("content/a/index.md", "title is missing")
            .at(2, 1)
            .expected("a title")
            .hint("add title = \"...\"");
        let s = d.to_string();
        assert!(s.starts_with("error: content/a/index.md:2:1: title is missing"));
        assert!(s.contains("how to fix: add title"));
    }
}

/// Read a text file; a missing file or invalid UTF-8 becomes a diagnostic that says
/// where (for invalid UTF-8: the line and column of the first bad byte).
pub fn read_text(path: &Path, shown_as: &Path) -> Result<String, Diagnostic> {
    let bytes = read_regular(path).map_err(|e| read_error(shown_as, &e))?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        // Safe: the prefix up to `valid` is valid UTF-8 by definition.
        let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or("");
        Diagnostic::error(shown_as, crate::t!("utf8-bad"))
            .at_offset(prefix, valid)
            .expected(crate::t!("utf8-bad-expected"))
            .found(crate::t!(
                "utf8-bad-found",
                byte = format!("{:02X}", bytes.get(valid).copied().unwrap_or(0))
            ))
            .hint(crate::t!("utf8-bad-hint"))
    })
}

/// Read an ordinary file. A FIFO, socket or device is refused at once (opened
/// without waiting, then checked), so a stray named pipe can never hang a build.
pub fn read_regular(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.custom_flags(libc::O_NONBLOCK);
    }
    let mut file = opts.open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            crate::t!("read-not-regular"),
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The reason [`read_regular`] gives for a FIFO, socket, device or folder.
pub fn not_regular() -> String {
    crate::t!("read-not-regular")
}

/// A file that could not be read, with the fix.
pub fn read_error(shown_as: &Path, e: &std::io::Error) -> Diagnostic {
    if e.kind() == std::io::ErrorKind::InvalidInput {
        return Diagnostic::error(shown_as, crate::t!("read-cannot", why = e.to_string()))
            .hint(crate::t!("read-cannot-hint"));
    }
    Diagnostic::error(shown_as, crate::t!("read-failed", why = e.to_string()))
        .hint(crate::t!("read-failed-hint"))
}

//! What an approval covers, and how to tell whether it still does.
//!
//! A piece's **approval text** is what its readers get: for the website text the
//! displayed front-matter fields and the body, for the slides and the video script
//! their text. It is normalized first — line ends, a byte-order mark, trailing
//! spaces and blank lines at the end do not count — and the files the piece uses
//! (images, PDFs, the video) are added as one line each with their own SHA-256.
//! The **fingerprint** is the SHA-256 of that text: opening and saving the file in
//! another editor, or publishing it (`draft = false`), keeps it; changing a word,
//! a name or a linked file does not.

use sha2::{Digest, Sha256};

/// The approval text of a piece and its hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    pub text: String,
    /// `sha256:<64 lower-case hex digits>` of `text`.
    pub hash: String,
}

/// Line ends as LF, no byte-order mark, no spaces at line ends, no blank lines
/// at the start or the end; one final line end.
pub fn normalize(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = String::with_capacity(text.len());
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        out.push_str(line.trim_end());
        out.push('\n');
    }
    let trimmed = out.trim_matches('\n');
    if trimmed.is_empty() {
        String::new()
    } else {
        format!("{trimmed}\n")
    }
}

/// The fingerprint of `text` (already made of the displayed parts) and the files
/// the piece uses, given as (name in the bundle, bytes), in any order.
pub fn of(text: &str, files: &[(String, Vec<u8>)]) -> Fingerprint {
    let mut full = normalize(text);
    let mut names: Vec<&(String, Vec<u8>)> = files.iter().collect();
    names.sort_by(|a, b| a.0.cmp(&b.0));
    if !names.is_empty() {
        full.push('\n');
    }
    for (name, bytes) in names {
        full.push_str(&format!(
            "fil: {name} sha256:{}\n",
            hex(&Sha256::digest(bytes))
        ));
    }
    let hash = format!("sha256:{}", hex(&Sha256::digest(full.as_bytes())));
    Fingerprint { text: full, hash }
}

/// An approval text split into the text and the files it lists (name → hash).
pub fn split_files(text: &str) -> (&str, std::collections::BTreeMap<&str, &str>) {
    let mut files = std::collections::BTreeMap::new();
    let mut end = text.len();
    for line in text.lines().rev() {
        let Some(rest) = line.strip_prefix("fil: ") else {
            break;
        };
        if let Some((name, hash)) = rest.rsplit_once(' ') {
            files.insert(name, hash);
        }
        end = end.saturating_sub(line.len() + 1);
    }
    (text[..end.min(text.len())].trim_end(), files)
}

/// What changed between two approval texts: a word diff of the text, and the
/// files that were added, removed or replaced.
pub fn changes(old: &str, new: &str) -> (String, Vec<String>) {
    let (old_text, old_files) = split_files(old);
    let (new_text, new_files) = split_files(new);
    let mut files: Vec<String> = old_files
        .iter()
        .filter(|(n, h)| new_files.get(*n) != Some(*h))
        .map(|(n, _)| n.to_string())
        .chain(
            new_files
                .keys()
                .filter(|n| !old_files.contains_key(*n))
                .map(|n| n.to_string()),
        )
        .collect();
    files.sort();
    files.dedup();
    (word_diff(old_text, new_text, 5), files)
}

/// The hash the older record format used: SHA-256 of the whole file, CRLF as
/// LF and a byte-order mark dropped. Still accepted for approvals made before.
pub fn legacy_hash(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut h = Sha256::new();
    let mut rest = bytes;
    while let Some(i) = rest.windows(2).position(|w| w == b"\r\n") {
        h.update(&rest[..i]);
        h.update(b"\n");
        rest = &rest[i + 2..];
    }
    h.update(rest);
    format!("sha256:{}", hex(&h.finalize()))
}

/// Is `s` a hash as vilde writes them?
pub fn is_hash(s: &str) -> bool {
    s.strip_prefix("sha256:")
        .is_some_and(|h| h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

pub fn hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// A short word-level comparison of two versions, in the style
/// `… ord [-gammelt-]{+nyt+} ord …`: at most `max` changes, each with up to three
/// words of context on either side.
pub fn word_diff(old: &str, new: &str, max: usize) -> String {
    let segs = segments(old, new);
    let changed: Vec<usize> = (0..segs.len())
        .filter(|&i| matches!(segs[i], Seg::Changed(..)))
        .collect();
    let mut parts: Vec<String> = Vec::new();
    for &i in changed.iter().take(max) {
        let Seg::Changed(o, n) = &segs[i] else {
            continue;
        };
        let before = match i.checked_sub(1).map(|k| &segs[k]) {
            Some(Seg::Same(t)) => last_words(t, 3),
            _ => String::new(),
        };
        let after = match segs.get(i + 1) {
            Some(Seg::Same(t)) => first_words(t, 3),
            _ => String::new(),
        };
        let mut s = format!("… {before} ");
        if !o.trim().is_empty() {
            s.push_str(&format!("[-{}-]", collapse(o)));
        }
        if !n.trim().is_empty() {
            s.push_str(&format!("{{+{}+}}", collapse(n)));
        }
        s.push_str(&format!(" {after} …"));
        parts.push(collapse(&s));
    }
    if changed.len() > max {
        parts.push(format!("(og {} ændring(er) mere)", changed.len() - max));
    }
    parts.join(" ")
}

/// Unchanged text, or a change (old, new): whitespace between two changed words
/// belongs to the change.
pub enum Seg {
    Same(String),
    Changed(String, String),
}

/// The word-level diff of two texts as unchanged runs and changes.
pub fn segments(old: &str, new: &str) -> Vec<Seg> {
    use similar::{ChangeTag, TextDiff};
    let diff = TextDiff::from_words(old, new);
    let mut segs: Vec<Seg> = Vec::new();
    let mut ws = String::new();
    for c in diff.iter_all_changes() {
        let v = c.value();
        match c.tag() {
            ChangeTag::Equal
                if v.trim().is_empty() && matches!(segs.last(), Some(Seg::Changed(..))) =>
            {
                ws.push_str(v)
            }
            ChangeTag::Equal => {
                let text = std::mem::take(&mut ws) + v;
                match segs.last_mut() {
                    Some(Seg::Same(t)) => t.push_str(&text),
                    _ => segs.push(Seg::Same(text)),
                }
            }
            tag => {
                let del = tag == ChangeTag::Delete;
                match segs.last_mut() {
                    Some(Seg::Changed(o, n)) => {
                        o.push_str(&ws);
                        n.push_str(&ws);
                        ws.clear();
                        if del {
                            o.push_str(v)
                        } else {
                            n.push_str(v)
                        }
                    }
                    _ => {
                        if !ws.is_empty() {
                            segs.push(Seg::Same(std::mem::take(&mut ws)));
                        }
                        let (o, n) = if del { (v, "") } else { ("", v) };
                        segs.push(Seg::Changed(o.to_string(), n.to_string()));
                    }
                }
            }
        }
    }
    segs
}

fn last_words(s: &str, n: usize) -> String {
    let w: Vec<&str> = s.split_whitespace().collect();
    w[w.len().saturating_sub(n)..].join(" ")
}

fn first_words(s: &str, n: usize) -> String {
    s.split_whitespace().take(n).collect::<Vec<_>>().join(" ")
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editors_and_publishing_mechanics_do_not_count() {
        let a = of("Titel\n\nEn tekst.\n", &[]);
        for same in [
            "\u{feff}Titel\r\n\r\nEn tekst.  \r\n\r\n",
            "\nTitel\n\nEn tekst.",
            "Titel\n\nEn tekst.\n\n\n",
        ] {
            assert_eq!(of(same, &[]).hash, a.hash, "{same:?}");
        }
        assert_ne!(of("Titel\n\nEn tekst!\n", &[]).hash, a.hash);
        assert!(is_hash(&a.hash));
    }

    #[test]
    fn the_files_a_piece_uses_are_covered() {
        let f = |b: &[u8]| vec![("bilag.pdf".to_string(), b.to_vec())];
        let a = of("x", &f(b"1"));
        assert_eq!(a.hash, of("x", &f(b"1")).hash);
        assert_ne!(a.hash, of("x", &f(b"2")).hash);
        assert_ne!(a.hash, of("x", &[]).hash);
        assert!(a.text.contains("fil: bilag.pdf sha256:"));
    }

    #[test]
    fn changed_files_are_named_apart_from_the_words() {
        let a = of("Se bilaget.", &[("bilag.pdf".into(), b"1".to_vec())]);
        let b = of(
            "Se bilaget.",
            &[
                ("bilag.pdf".into(), b"2".to_vec()),
                ("kort.png".into(), b"k".to_vec()),
            ],
        );
        assert_eq!(
            changes(&a.text, &b.text),
            (
                String::new(),
                vec!["bilag.pdf".to_string(), "kort.png".to_string()]
            )
        );
        let c = of("Se bilagene.", &[("bilag.pdf".into(), b"1".to_vec())]);
        assert_eq!(
            changes(&a.text, &c.text),
            ("… Se [-bilaget.-]{+bilagene.+} …".to_string(), vec![])
        );
    }

    #[test]
    fn legacy_hash_ignores_crlf_and_bom() {
        assert_eq!(legacy_hash(b"a\r\nb"), legacy_hash(b"\xEF\xBB\xBFa\nb"));
        assert_ne!(legacy_hash(b"a\nb"), legacy_hash(b"a\nc"));
    }

    #[test]
    fn word_diff_shows_the_changed_word_in_context() {
        let old = "Det er vigtigt at alle har råd til at bo i Aarhus.";
        let new = "Det er vigtigt at alle har mulighed for at bo i Aarhus.";
        assert_eq!(
            word_diff(old, new, 5),
            "… at alle har [-råd til-]{+mulighed for+} at bo i …"
        );
        assert_eq!(word_diff("a", "a", 5), "");
    }
}

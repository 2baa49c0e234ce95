//! The findings marked in a preview page's HTML: each word or the first words of
//! each sentence and paragraph become a `<mark>` that can be focused with the
//! keyboard and says what it is about on hover or focus (the note is its
//! accessible description, so screen readers read it too).

use std::collections::BTreeMap;

use super::{Block, Finding, Kind};

/// `html` (the page's rendered body) with `findings` (over `blocks`) marked, and
/// for each marked finding (by index) the id of its mark. Words are found in the
/// HTML's text in order; what cannot be found is left unmarked (the preview's
/// list still names it).
pub fn annotate(
    html: &str,
    blocks: &[Block],
    findings: &[Finding],
) -> (String, BTreeMap<usize, String>) {
    let mut ids = BTreeMap::new();
    let mut targets: Vec<(usize, &Finding)> = findings.iter().enumerate().collect();
    // Text order: by block, then position; longer spans (sentences) before words.
    targets.sort_by(|a, b| (a.1.block, a.1.start, b.1.end).cmp(&(b.1.block, b.1.start, a.1.end)));
    // Findings on the same words share one mark.
    let mut groups: Vec<(usize, Vec<(usize, &Finding)>)> = Vec::new();
    for (n, f) in targets {
        match groups.last_mut() {
            Some((_, g))
                if g[0].1.block == f.block
                    && g[0].1.start == f.start
                    && needle(g[0].1, blocks) == needle(f, blocks) =>
            {
                g.push((n, f))
            }
            _ => groups.push((n, vec![(n, f)])),
        }
    }
    let mut out = String::with_capacity(html.len() + findings.len() * 160);
    let mut pos = 0usize; // in html
    for (n, group) in groups {
        let needle = needle(group[0].1, blocks);
        if needle.is_empty() {
            continue;
        }
        let Some(at) = find_text(html, pos, &needle) else {
            continue;
        };
        out.push_str(&html[pos..at]);
        let id = format!("ks-{}", n + 1);
        for (k, _) in &group {
            ids.insert(*k, id.clone());
        }
        let classes: Vec<String> = group
            .iter()
            .map(|(_, f)| format!("ks--{}", f.kind.slug()))
            .collect();
        out.push_str(&format!(
            "<mark class=\"ks {}\" id=\"{id}\" tabindex=\"0\" aria-describedby=\"{id}-note\">",
            classes.join(" ")
        ));
        out.push_str(&html[at..at + needle.len()]);
        let notes: Vec<String> = group
            .iter()
            .map(|(_, f)| format!("{}: {}", escape(&f.kind.label()), escape(&f.note)))
            .collect();
        out.push_str(&format!(
            "<span class=\"ks__note\" id=\"{id}-note\" role=\"tooltip\">{}</span></mark>",
            notes.join("; ")
        ));
        pos = at + needle.len();
    }
    out.push_str(&html[pos..]);
    (out, ids)
}

/// What to mark: the word, or the first words of a sentence or paragraph (up to
/// the first character HTML would write differently).
fn needle(f: &Finding, _blocks: &[Block]) -> String {
    let text = match f.kind {
        Kind::LongWord | Kind::Passive | Kind::Jargon => f.text.clone(),
        Kind::LongSentence | Kind::Nominalisations | Kind::HardParagraph => f
            .text
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" "),
    };
    text.chars()
        .take_while(|c| !matches!(c, '&' | '<' | '>' | '"' | '\'' | '\n'))
        .collect::<String>()
        .trim_end()
        .to_string()
}

/// The first place at or after `from` where `needle` stands in the text of
/// `html` (not inside a tag, not across a tag), starting at a word boundary.
fn find_text(html: &str, from: usize, needle: &str) -> Option<usize> {
    let bytes = html.as_bytes();
    let mut i = from;
    let mut in_tag = false;
    // Re-scan from `from`: we are never inside a tag there (marks end in text).
    while i < bytes.len() {
        let c = bytes[i];
        if in_tag {
            if c == b'>' {
                in_tag = false;
            }
            i += 1;
            continue;
        }
        if c == b'<' {
            in_tag = true;
            i += 1;
            continue;
        }
        if html.is_char_boundary(i) && html[i..].starts_with(needle) {
            let before_ok = html[..i]
                .chars()
                .next_back()
                .is_none_or(|p| !p.is_alphanumeric());
            let after = &html[i + needle.len()..];
            let after_ok = after.chars().next().is_none_or(|n| !n.is_alphanumeric());
            if before_ok && after_ok {
                return Some(i);
            }
        }
        i += 1;
    }
    None
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

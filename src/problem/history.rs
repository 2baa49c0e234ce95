//! The history page of a problem (`/<slug>/versioner/`): every approved version
//! of each of its texts, newest first, with its date and a word-level
//! comparison with the version before. Made from the copies `vilde approve`
//! keeps in the bundle's `.godkendt/`, so the repository alone rebuilds it.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{json, Value};

use crate::approval::fingerprint::{segments, split_files, Seg};
use crate::config::Config;
use crate::content::Page;
use crate::problem::{KeptVersion, Parts};

use crate::render::{Job, JobContext};

/// Where the history page of a problem is, below its page.
pub const DIR: &str = "versioner/";

/// One text's versions, newest first.
#[derive(Debug, Serialize)]
pub struct TextHistory {
    /// "Tekst", or "Mission" for a later phase's text.
    pub title: String,
    pub versions: Vec<VersionView>,
}

#[derive(Debug, Serialize)]
pub struct VersionView {
    pub number: usize,
    pub date: Value,
    pub by: Option<String>,
    /// The comparison with the version before, as HTML with `<ins>`/`<del>`
    /// (the whole text for the first version); `None` when the copy is missing.
    pub html: Option<String>,
    pub first: bool,
    /// The page's fields (title, description, resumé …) that changed since the
    /// version before, in Danish words.
    pub fields_changed: Vec<String>,
    /// How many words were added and removed since the version before.
    pub added: usize,
    pub removed: usize,
}

/// Whether the problem has a history page: a text approved in more than one
/// version.
pub fn exists(parts: &Parts) -> bool {
    parts.versions.iter().any(|(_, v)| v.len() > 1)
}

/// The history of every text of the problem that has been approved more than
/// once, or of all of them when one has (else `None`: no page).
pub fn of(parts: &Parts, config: &Config) -> Option<Vec<TextHistory>> {
    if !exists(parts) {
        return None;
    }
    let texts = parts
        .versions
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(id, kept)| TextHistory {
            title: match id.phase.as_deref().and_then(|ph| config.phase(ph)) {
                Some(ph) => ph.title.clone(),
                None => id.piece.label().to_string(),
            },
            versions: views(kept, id.phase.is_none()),
        })
        .collect();
    Some(texts)
}

fn views(kept: &[KeptVersion], with_fields: bool) -> Vec<VersionView> {
    let read = |k: &KeptVersion| k.text.as_deref().map(|t| readable(t, with_fields));
    let mut out: Vec<VersionView> = kept
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let before = i.checked_sub(1).and_then(|j| read(&kept[j]));
            let now = read(k);
            let fields_changed = match (&before, &now) {
                (Some(b), Some(n)) => changed_fields(&b.1, &n.1),
                _ => Vec::new(),
            };
            let diff = now.map(|(text, _)| match &before {
                Some((old, _)) => diff_html(old, &text),
                None => (escape(&text), 0, 0),
            });
            VersionView {
                number: i + 1,
                date: json!({ "iso": k.date.to_string(), "danish": k.date.danish() }),
                by: k.by.clone(),
                first: i == 0,
                fields_changed,
                added: diff.as_ref().map_or(0, |d| d.1),
                removed: diff.as_ref().map_or(0, |d| d.2),
                html: diff.map(|d| d.0),
            }
        })
        .collect();
    out.reverse();
    out
}

/// An approval text as a reader reads it: the Markdown body as plain
/// paragraphs, headings and list items, and (for a page's own text, whose
/// approval text starts with its fields) the fields by name.
fn readable(text: &str, with_fields: bool) -> (String, BTreeMap<String, String>) {
    let text = split_files(text).0;
    let (front, body) = match text.split_once("\n\n") {
        Some((f, b)) if with_fields => (f, b),
        _ => ("", text),
    };
    let plain: Vec<String> = crate::klarsprog::markdown_blocks(body)
        .into_iter()
        .map(|b| b.text.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    (plain.join("\n\n"), fields(front))
}

/// The fields of an approval text's first part (`key: value` lines, nested
/// ones indented), by their name one level down (`vilde.resume`).
fn fields(front: &str) -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    let (mut top, mut key) = (String::new(), String::new());
    for line in front.lines() {
        let depth = line.len() - line.trim_start().len();
        let name = line
            .trim_start()
            .split(':')
            .next()
            .unwrap_or("")
            .to_string();
        match depth {
            0 => (top, key) = (name.clone(), name),
            2 => key = format!("{top}.{name}"),
            _ => {}
        }
        out.entry(key.clone()).or_default().push_str(line);
    }
    out
}

/// The names, in Danish, of the fields that differ.
fn changed_fields(old: &BTreeMap<String, String>, new: &BTreeMap<String, String>) -> Vec<String> {
    let mut keys: Vec<&String> = old.keys().chain(new.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|k| old.get(*k) != new.get(*k))
        .map(|k| field_label(k.rsplit('.').next().unwrap_or(k)))
        .collect()
}

fn field_label(key: &str) -> String {
    match key {
        "title" => "titel",
        "description" => "beskrivelse",
        "resume" => "resumé",
        "magistratsafdeling" => "magistratsafdeling",
        "projektledere" => "projektledere",
        "sagsnummer" => "sagsnummer",
        other => other,
    }
    .to_string()
}

/// A word-level comparison of two texts as HTML: unchanged words as they are,
/// each change as the removed words in `<del>` and the added ones in `<ins>`;
/// with the number of words added and removed. Line breaks become `<br>`.
pub fn diff_html(old: &str, new: &str) -> (String, usize, usize) {
    let (mut html, mut added, mut removed) = (String::new(), 0, 0);
    for seg in segments(old, new) {
        match seg {
            Seg::Same(t) => html.push_str(&escape(&t)),
            Seg::Changed(o, n) => {
                if !o.trim().is_empty() {
                    removed += o.split_whitespace().count();
                    html.push_str(&format!("<del>{}</del>", escape(o.trim())));
                }
                if !n.trim().is_empty() {
                    added += n.split_whitespace().count();
                    html.push_str(&format!("<ins>{}</ins>", escape(n.trim())));
                }
            }
        }
    }
    (html, added, removed)
}

fn escape(s: &str) -> String {
    html_escape::encode_text(s).replace('\n', "<br>")
}

/// The history page job of problem page `p`, when it has one.
pub fn job(p: &Page, parts: &Parts, config: &Config, base: &Value) -> Option<Job<'static>> {
    let texts = of(parts, config)?;
    let out_dir = p.path.trim_start_matches('/');
    let mut ctx = base.clone();
    if let Value::Object(m) = &mut ctx {
        m.insert("texts".into(), json!(texts));
        m.insert("current_url".into(), json!(format!("{}{DIR}", p.permalink)));
        m.insert("current_path".into(), json!(format!("{}{DIR}", p.path)));
    }
    Some(Job {
        template: "versioner.html".into(),
        out_path: format!("{out_dir}{DIR}index.html"),
        context: JobContext::Ready(ctx),
        source: p.file.shown.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_word_is_deleted_and_inserted() {
        let (html, added, removed) = diff_html("Borgerne mødes ofte.", "Borgerne mødes sjældent.");
        assert_eq!(html, "Borgerne mødes <del>ofte.</del><ins>sjældent.</ins>");
        assert_eq!((added, removed), (1, 1));
    }

    #[test]
    fn changed_runs_keep_their_spaces_inside_and_markup_is_escaped() {
        let (html, added, removed) = diff_html("a b c", "a <x> y c");
        assert_eq!(html, "a <del>b</del><ins>&lt;x&gt; y</ins> c");
        let (html, _, _) = diff_html("Denne segregering opererer på", "Denne adskillelse sker på");
        assert_eq!(
            html,
            "Denne <del>segregering opererer</del><ins>adskillelse sker</ins> på"
        );
        assert_eq!(diff_html("a\nb", "a\nb").0, "a<br>b");
        assert_eq!((added, removed), (2, 1));
    }

    #[test]
    fn a_version_reads_as_plain_paragraphs_and_names_changed_fields() {
        let old = "description: \"Før\"\ntitle: \"T\"\nvilde:\n  resume: \"Kort\"\n\n## Overskrift\n\nEn *vigtig* tekst.\n\n<!-- more -->\n";
        let new = old.replace("Kort", "Kortere").replace("vigtig", "ny");
        let (text, f_old) = readable(old, true);
        assert_eq!(text, "Overskrift\n\nEn vigtig tekst.");
        let (_, f_new) = readable(&new, true);
        assert_eq!(changed_fields(&f_old, &f_new), vec!["resumé"]);
        // A later phase's text has no fields: all of it is body.
        assert_eq!(
            readable("Mission: mere.\n\nTo.", false).0,
            "Mission: mere.\n\nTo."
        );
    }

    #[test]
    fn the_same_text_has_no_marks() {
        assert_eq!(diff_html("Ens tekst", "Ens tekst").0, "Ens tekst");
    }
}

//! The rules themselves, over blocks of plain text.

use std::collections::BTreeMap;

use super::{Finding, Kind, KlarsprogConfig};
use crate::lix::{self, Lix};

/// Words with plainer alternatives: lower-case word → alternative.
#[derive(Debug, Clone, Default)]
pub struct Jargon {
    words: Vec<(String, String)>,
}

impl Jargon {
    /// Parse the word list: an `[ord]` table of `"ord" = "forslag"`.
    pub fn parse(src: &str) -> Result<Jargon, toml::de::Error> {
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct File {
            #[serde(default)]
            ord: BTreeMap<String, String>,
        }
        let f: File = toml::from_str(src)?;
        let mut words: Vec<(String, String)> = f
            .ord
            .into_iter()
            .map(|(k, v)| (k.trim().to_lowercase(), v))
            .filter(|(k, _)| !k.is_empty())
            .collect();
        // Longest first, so "socioøkonomisk" wins over "økonomisk".
        words.sort_by(|a, b| {
            b.0.chars()
                .count()
                .cmp(&a.0.chars().count())
                .then(a.0.cmp(&b.0))
        });
        Ok(Jargon { words })
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The entry a word is a form of: the word itself, or it with a Danish
    /// ending (segregeringen, socioøkonomiske, implementeret).
    fn lookup(&self, word: &str) -> Option<&(String, String)> {
        let w = word.to_lowercase();
        self.words.iter().find(|(k, _)| {
            w.strip_prefix(k.as_str()).is_some_and(|rest| {
                rest.chars().count() <= 4 && rest.chars().all(char::is_alphabetic)
            }) || (k.ends_with('e')
                && w.starts_with(&k[..k.len() - 1])
                && w.chars().count() <= k.chars().count() + 3)
        })
    }
}

/// Words that end in -es but are not passive: pronouns, nouns, and verbs whose
/// s-form is their only form ("findes", "synes").
const NOT_PASSIVE: &[&str] = &[
    "deres",
    "hendes",
    "vores",
    "jeres",
    "des",
    "alles",
    "andres",
    "proces",
    "processes",
    "findes",
    "fandtes",
    "synes",
    "syntes",
    "lykkes",
    "mislykkes",
    "lykkedes",
    "mindes",
    "trives",
    "færdes",
    "længes",
    "skændes",
    "mødes",
    "enes",
    "slås",
    "hedes",
    "væres",
    "kendes",
    "ses",
    "kæmpes",
    "nærmes",
    "ønskes",
    "gives",
    "fås",
    "mennesket",
    "tres",
    "halvtres",
    "firs",
    "halvfems",
    "ekspres",
    "kongres",
    "adresses",
    "interesses",
];

/// Modal and auxiliary verbs that put the next s-form in the passive.
const MODALS: &[&str] = &[
    "skal", "skulle", "kan", "kunne", "må", "måtte", "bør", "burde", "vil", "ville", "gerne",
];

/// Forms of "blive" that make a participle passive ("være" + participle is left
/// out: "er resultatet" is a noun, not a passive).
const BLIVE: &[&str] = &["blive", "bliver", "blev", "blevet", "bliv"];

/// Common participles that end in -t rather than -et (an adjective like "stort"
/// after "bliver" is not passive).
const PARTICIPLES_T: &[&str] = &[
    "gjort", "sendt", "solgt", "købt", "lagt", "sagt", "talt", "valgt", "kendt", "brugt", "hørt",
    "nævnt", "ført", "bygt", "sat", "givet", "set", "tænkt", "lovet", "delt", "målt", "drøftet",
];

/// Endings of nominalisations (nouns made from verbs and adjectives).
const NOMINAL: &[&str] = &[
    "ering",
    "eringer",
    "eringen",
    "eringerne",
    "ing",
    "inger",
    "ingen",
    "ingerne",
    "else",
    "elser",
    "elsen",
    "elserne",
    "hed",
    "heden",
    "heder",
    "hederne",
    "tion",
    "tioner",
    "tionen",
    "tionerne",
];

/// Run every rule on `blocks`. `lix_target` is `[vilde.lix] target`.
pub fn analyze(
    blocks: &[&str],
    cfg: &KlarsprogConfig,
    jargon: &Jargon,
    lix_target: f64,
) -> Vec<Finding> {
    let mut out = Vec::new();
    if !cfg.aktiv {
        return out;
    }
    for (b, text) in blocks.iter().enumerate() {
        for s in lix::sentences(text) {
            sentence_rules(&mut out, b, text, &s, cfg, jargon);
        }
        if cfg.afsnit_lix {
            let l = Lix::of_blocks(&[text]);
            if let (Some(value), true) = (l.rounded, l.words >= 15) {
                if f64::from(value) > lix_target {
                    out.push(Finding {
                        kind: Kind::HardParagraph,
                        block: b,
                        start: 0,
                        end: text.len(),
                        text: text.trim().to_string(),
                        note: crate::t!("ks-note-hard-paragraph", lix = value, target = lix_target),
                        weight: f64::from(value) - lix_target,
                    });
                }
            }
        }
    }
    out
}

fn word_at<'a>(text: &'a str, w: &(usize, usize, usize)) -> &'a str {
    &text[w.0..w.1]
}

fn sentence_rules(
    out: &mut Vec<Finding>,
    b: usize,
    text: &str,
    s: &lix::SentenceSpan,
    cfg: &KlarsprogConfig,
    jargon: &Jargon,
) {
    let n = s.words.len();
    if cfg.lange_saetninger > 0 && n > cfg.lange_saetninger {
        out.push(Finding {
            kind: Kind::LongSentence,
            block: b,
            start: s.start,
            end: s.end,
            text: text[s.start..s.end].to_string(),
            note: crate::t!(
                "ks-note-long-sentence",
                words = n,
                max = cfg.lange_saetninger
            ),
            weight: (n - cfg.lange_saetninger) as f64,
        });
    }
    let lower: Vec<String> = s
        .words
        .iter()
        .map(|w| word_at(text, w).to_lowercase())
        .collect();
    let mut nominal = Vec::new();
    for (i, w) in s.words.iter().enumerate() {
        let word = word_at(text, w);
        let lw = &lower[i];
        // A capital letter inside a sentence: a name, never pointed at.
        let name = i > 0 && word.chars().next().is_some_and(char::is_uppercase);
        let push = |out: &mut Vec<Finding>, kind: Kind, note: String, weight: f64| {
            out.push(Finding {
                kind,
                block: b,
                start: w.0,
                end: w.1,
                text: word.to_string(),
                note,
                weight,
            });
        };
        if cfg.lange_ord > 0 && w.2 > cfg.lange_ord && !name {
            push(
                out,
                Kind::LongWord,
                crate::t!("ks-note-long-word", letters = w.2, max = cfg.lange_ord),
                (w.2 - cfg.lange_ord) as f64 / 2.0,
            );
        }
        if cfg.passiv && !name && is_passive(&lower, i) {
            push(out, Kind::Passive, crate::t!("ks-note-passive"), 2.0);
        }
        if let Some((_, alt)) = jargon.lookup(lw).filter(|_| !name) {
            push(
                out,
                Kind::Jargon,
                crate::t!("ks-note-jargon", alternative = alt.as_str()),
                3.0,
            );
        }
        if !name && w.2 >= 7 && NOMINAL.iter().any(|e| lw.ends_with(e)) {
            nominal.push(i);
        }
    }
    if cfg.navneord > 0 && nominal.len() >= cfg.navneord {
        let words: Vec<&str> = nominal
            .iter()
            .map(|&i| word_at(text, &s.words[i]))
            .collect();
        out.push(Finding {
            kind: Kind::Nominalisations,
            block: b,
            start: s.start,
            end: s.end,
            text: text[s.start..s.end].to_string(),
            note: crate::t!(
                "ks-note-nominalisations",
                count = nominal.len(),
                words = words.join(", ")
            ),
            weight: nominal.len() as f64,
        });
    }
}

/// Is word `i` of a sentence (lower case) a passive form?
fn is_passive(words: &[String], i: usize) -> bool {
    let w = words[i].as_str();
    let letters = w.chars().count();
    let before = |k: usize| i.checked_sub(k).map(|j| words[j].as_str());
    // "bliver bygget", "blev straks vedtaget", "er blevet besluttet".
    let participle = (w.ends_with("et") && letters >= 5) || PARTICIPLES_T.contains(&w);
    if participle
        && (before(1).is_some_and(|p| BLIVE.contains(&p))
            || before(2).is_some_and(|p| BLIVE.contains(&p)))
    {
        return true;
    }
    // The s-passive: "skal implementeres", "kan ikke løses", "prioriteres", "etableredes".
    let s_form = letters >= 4 && w.ends_with("es") && !NOT_PASSIVE.contains(&w);
    if !s_form {
        return false;
    }
    let after_modal = (1..=3).any(|k| before(k).is_some_and(|p| MODALS.contains(&p)));
    let long_ere = letters >= 8 && (w.ends_with("eres") || w.ends_with("edes"));
    after_modal || long_ere
}

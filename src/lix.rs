//! The LIX readability index (læsbarhedsindeks) for Danish text.
//!
//! `LIX = words / sentences + 100 × long words / words`, where a long word has more
//! than 6 letters (C.-H. Björnsson, *Läsbarhet*, 1968; Danish edition *Læsbarhed*,
//! 1971). The result is rounded to a whole number and placed in a band:
//!
//! | LIX      | band         | typical text                  |
//! |----------|--------------|-------------------------------|
//! | under 25 | `meget let`  | children's books              |
//! | 25–34    | `let`        | weeklies, fiction for adults  |
//! | 35–44    | `middel`     | newspapers, magazines         |
//! | 45–54    | `svær`       | non-fiction, reports          |
//! | 55 and up| `meget svær` | legal and academic text       |
//!
//! # How words are counted
//!
//! A word is a run of letters and digits. Inside a word these join, so each of the
//! following is ONE word:
//! - a hyphenated compound: `FN-topmøde`, `e-mail` (hyphen between letters/digits;
//!   a soft hyphen `&shy;` joins too);
//! - an apostrophe between letters: `lix'en`;
//! - a dot between letters or digits: `f.eks`, `bl.a`, `2.500`, `aarhus.dk`;
//! - a comma or colon between digits: `2,5`, `10:30`.
//!
//! Numbers count as words. "Letters" for the long-word test are the letters and
//! digits of the word (hyphens, dots and apostrophes are not counted): `f.eks.` has
//! 4, `FN-topmøde` has 9, `2.500.000` has 7 and is long — read aloud it is long too.
//!
//! # How sentences are counted
//!
//! The Danish guides count "punktummer" (dansksiderne.dk: "tæl alle punktummer";
//! skriveskolen.dk: "P = antal punktummer"); sprogvaskeriet.dk warns that
//! abbreviations (`bl.a.`, `dvs.`) and numbers with dots (`5.678`, `17.`) must not be
//! counted as sentence ends. The common summary of Björnsson's rule (English Wikipedia,
//! repeated by the `actual_lix` crate) counts a period, a colon, or a capital first
//! letter as a sentence boundary; `!` and `?` end sentences like a full stop in Danish
//! (Retskrivningsordbogen §§ 41, 54). We therefore count `.` `:` `!` `?`, and use the
//! capital letter as the test that a new sentence really starts:
//!
//! 1. A mark (`.` `:` `!` `?` or a run of them like `?!` or `...`) ends a sentence
//!    only when it is followed by a space, a closing quote/bracket, or the end of
//!    the block. (`https://…` and `kl.10` do not end sentences.)
//! 2. It does NOT end a sentence when the next word starts with a lower-case letter.
//!    In Danish a new sentence starts with a capital letter (Retskrivningsordbogen
//!    § 11), so this keeps ordinal dates (`8. marts`, `20. februar`), unknown
//!    abbreviations (`inkl. moms`), a colon that introduces an explanation in lower
//!    case (`det drejede sig om: at …`) and direct speech (`»Nu!« sagde han`) inside
//!    the sentence. A colon followed by a capital letter joins two main clauses and
//!    counts, as in Björnsson's rule.
//! 3. A full stop after a known abbreviation that never ends a sentence by itself
//!    ([`NON_FINAL_ABBREVIATIONS`]: `f.eks.`, `bl.a.`, `pga.`, `evt.`, `ca.`,
//!    `dvs.`, `jf.`, `kl.`, `nr.` …) does not end a sentence even before a capital
//!    (`f.eks. Aarhus`). Abbreviations that often close a sentence (`osv.`, `mv.`,
//!    `m.fl.`, `m.m.`, `etc.`, `kr.`) follow rule 2: before a capital they end it
//!    (one dot serves both, as Danish writes it).
//! 4. A full stop after an initial (`C.H. Björnsson`, `H. C. Andersen`) does not end
//!    a sentence. (So the rare sentence that ends in a single capital, `… plan B.`,
//!    is not split there.)
//! 5. The end of a block always ends a sentence: the caller passes each paragraph,
//!    heading, bullet item, table cell and slide line as its own block, because a
//!    heading or a bullet without a full stop is read as a sentence of its own.
//!    [`Lix::of_text`] splits plain text into such blocks itself (blank lines,
//!    `#` headings, `-`/`*`/`•`/`1.` list items).

use serde::Serialize;
use std::path::Path;

use crate::diag::Diagnostic;

/// How many longest sentences and longest words a result keeps by default.
pub const DEFAULT_TOP: usize = 5;

/// Said when LIX is undefined because the text has no words (and so no sentences).
pub const UNDEFINED: &str = "LIX kan ikke beregnes: teksten har ingen sætninger";

/// Abbreviations whose full stop never ends a sentence on its own (lower case,
/// internal dots as written, final dot left out). Compared case-insensitively, so
/// `F.eks.` at the start of a sentence matches too.
pub const NON_FINAL_ABBREVIATIONS: &[&str] = &[
    "f.eks", "f.x", "bl.a", "pga", "p.g.a", "evt", "ca", "dvs", "d.v.s", "jf", "jfr", "jvf", "kl",
    "nr", "inkl", "ekskl", "vedr", "ift", "i.f.t", "mht", "m.h.t", "iht", "i.h.t", "ifm", "i.f.m",
    "hhv", "pct", "stk", "tlf", "ang", "sml", "mhp", "m.h.p", "o.a", "s", "t.o.m", "fr.o.m", "gl",
    "st", "nov", "dec", "jan", "feb", "aug", "sep", "sept", "okt", "ekst", "afd", "adm", "dir",
    "prof", "dr", "hr", "fru",
];

/// A LIX band, serialized as its Danish name (`"middel"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Band {
    VeryEasy,
    Easy,
    Medium,
    Hard,
    VeryHard,
}

impl Band {
    /// The band of a (rounded) LIX value.
    pub fn of(lix: f64) -> Band {
        let r = lix.round();
        if r < 25.0 {
            Band::VeryEasy
        } else if r < 35.0 {
            Band::Easy
        } else if r < 45.0 {
            Band::Medium
        } else if r < 55.0 {
            Band::Hard
        } else {
            Band::VeryHard
        }
    }

    /// Danish name: "meget let", "let", "middel", "svær", "meget svær".
    pub fn label(self) -> &'static str {
        match self {
            Band::VeryEasy => "meget let",
            Band::Easy => "let",
            Band::Medium => "middel",
            Band::Hard => "svær",
            Band::VeryHard => "meget svær",
        }
    }

    /// ASCII form for a CSS class: "meget-let", "let", "middel", "svaer", "meget-svaer".
    pub fn slug(self) -> &'static str {
        match self {
            Band::VeryEasy => "meget-let",
            Band::Easy => "let",
            Band::Medium => "middel",
            Band::Hard => "svaer",
            Band::VeryHard => "meget-svaer",
        }
    }
}

impl Serialize for Band {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.label())
    }
}

/// One sentence, for the "longest sentences" list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SentenceStat {
    /// The sentence as written, with runs of whitespace collapsed to one space.
    pub text: String,
    pub words: usize,
}

/// One word, for the "longest words" list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WordStat {
    pub word: String,
    /// Letters and digits in the word (what the long-word test counts).
    pub letters: usize,
}

/// The LIX of a text, with what a writer needs to lower it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Lix {
    pub words: usize,
    pub sentences: usize,
    /// Words with more than 6 letters.
    pub long_words: usize,
    /// The exact index; `None` when the text has no words (and so no sentences).
    pub lix: Option<f64>,
    /// The index rounded to a whole number, as it is usually shown.
    pub rounded: Option<u32>,
    /// The band of the rounded index.
    pub band: Option<Band>,
    /// Why `lix` is `None` (Danish, for preview pages): [`UNDEFINED`].
    pub undefined: Option<&'static str>,
    /// Longest sentences first (by word count; ties in text order).
    pub longest_sentences: Vec<SentenceStat>,
    /// Longest distinct words first (by letters; ties in text order).
    pub longest_words: Vec<WordStat>,
}

impl Lix {
    /// LIX of blocks that each end a sentence (paragraphs, headings, bullet items,
    /// slide lines), keeping the [`DEFAULT_TOP`] longest sentences and words.
    pub fn of_blocks(blocks: &[&str]) -> Lix {
        Self::of_blocks_top(blocks, DEFAULT_TOP)
    }

    /// As [`Lix::of_blocks`], keeping the `top` longest sentences and words.
    pub fn of_blocks_top(blocks: &[&str], top: usize) -> Lix {
        let mut sentences: Vec<SentenceStat> = Vec::new();
        let mut words: Vec<WordStat> = Vec::new();
        for block in blocks {
            count_block(block, &mut sentences, &mut words);
        }
        Self::from_counts(sentences, words, top)
    }

    /// LIX of plain text (or simple Markdown), split into blocks first: a blank line,
    /// a `#` heading line and a list item line (`-`, `*`, `+`, `•`, `–`, `1.`, `1)`)
    /// each start a new block; the markers themselves are not words.
    pub fn of_text(text: &str) -> Lix {
        let blocks = split_blocks(text);
        let refs: Vec<&str> = blocks.iter().map(String::as_str).collect();
        Self::of_blocks(&refs)
    }

    fn from_counts(sentences: Vec<SentenceStat>, words: Vec<WordStat>, top: usize) -> Lix {
        let n_words = words.len();
        let n_sentences = sentences.len();
        let long_words = words.iter().filter(|w| w.letters > 6).count();
        let lix = if n_words == 0 || n_sentences == 0 {
            None
        } else {
            Some(n_words as f64 / n_sentences as f64 + 100.0 * long_words as f64 / n_words as f64)
        };

        let mut longest_sentences = sentences;
        // Stable sort keeps text order among equals.
        longest_sentences.sort_by_key(|s| std::cmp::Reverse(s.words));
        longest_sentences.truncate(top);

        let mut seen = std::collections::HashSet::new();
        let mut longest_words: Vec<WordStat> = words
            .into_iter()
            .filter(|w| seen.insert(w.word.to_lowercase()))
            .collect();
        longest_words.sort_by_key(|w| std::cmp::Reverse(w.letters));
        longest_words.truncate(top);

        Lix {
            words: n_words,
            sentences: n_sentences,
            long_words,
            lix,
            rounded: lix.map(|l| l.round().max(0.0) as u32),
            band: lix.map(Band::of),
            undefined: if lix.is_none() { Some(UNDEFINED) } else { None },
            longest_sentences,
            longest_words,
        }
    }

    /// True when the rounded index is above `target` (an undefined LIX never is).
    pub fn over_target(&self, target: f64) -> bool {
        self.rounded.is_some_and(|r| f64::from(r) > target)
    }

    /// A warning for `vilde check` / preview when the text is over `target`: it names
    /// the LIX and band and lists the longest sentences and words as the place to
    /// start. `None` when the text is at or under the target, or has no words.
    pub fn target_warning(&self, path: &Path, target: f64) -> Option<Diagnostic> {
        if !self.over_target(target) {
            return None;
        }
        let (rounded, band) = (self.rounded?, self.band?);
        let mut hint = crate::t!("lix-hint");
        for s in &self.longest_sentences {
            hint.push_str("\n    ");
            hint.push_str(&crate::t!(
                "lix-hint-sentence",
                words = s.words,
                text = s.text.as_str()
            ));
        }
        if !self.longest_words.is_empty() {
            let list: Vec<String> = self
                .longest_words
                .iter()
                .map(|w| format!("{} ({})", w.word, w.letters))
                .collect();
            hint.push_str("\n  ");
            hint.push_str(&crate::t!("lix-hint-words", list = list.join(", ")));
        }
        Some(
            Diagnostic::warning(
                path,
                crate::t!("lix-over", lix = rounded, band = band.label()),
            )
            .expected(crate::t!("lix-over-expected", target = target))
            .found(crate::t!(
                "lix-over-found",
                lix = rounded,
                words = self.words,
                sentences = self.sentences,
                long = self.long_words
            ))
            .hint(hint),
        )
    }
}

/// Split plain text into blocks that each end a sentence (see [`Lix::of_text`]).
fn split_blocks(text: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut cur = String::new();
    let flush = |cur: &mut String, blocks: &mut Vec<String>| {
        if !cur.trim().is_empty() {
            blocks.push(std::mem::take(cur));
        }
        cur.clear();
    };
    for line in text.lines() {
        let t = line.trim();
        if t.is_empty() {
            flush(&mut cur, &mut blocks);
            continue;
        }
        if let Some(h) = t.strip_prefix('#') {
            flush(&mut cur, &mut blocks);
            blocks.push(h.trim_start_matches('#').trim().to_string());
            continue;
        }
        if let Some(rest) = list_item(t) {
            flush(&mut cur, &mut blocks);
            cur.push_str(rest);
            continue;
        }
        if !cur.is_empty() {
            cur.push('\n');
        }
        cur.push_str(t);
    }
    flush(&mut cur, &mut blocks);
    blocks
}

/// The text of a list item line without its marker, or `None`.
fn list_item(t: &str) -> Option<&str> {
    for m in ["- ", "* ", "+ ", "• ", "– "] {
        if let Some(rest) = t.strip_prefix(m) {
            return Some(rest);
        }
    }
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits <= 3 {
        let rest = &t[digits..]; // ASCII digits: byte count == char count
        for m in [". ", ") "] {
            if let Some(r) = rest.strip_prefix(m) {
                return Some(r);
            }
        }
    }
    None
}

/// A word found in a block: byte range and letter count.
struct Word {
    start: usize,
    end: usize,
    letters: usize,
}

fn is_mark(c: char) -> bool {
    matches!(c, '.' | ':' | '!' | '?' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '»' | '«' | '”' | '“' | '’' | '‘' | ')' | ']' | '}' | '*' | '_'
    )
}

/// Hyphen, Unicode hyphen, non-breaking hyphen and soft hyphen (`&shy;`).
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{AD}')
}

/// Combining diacritical marks (U+0300–U+036F).
fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36F}').contains(&c)
}

/// Whether `c` joins the alphanumeric `prev` and `next` into one word.
fn joins(prev: char, c: char, next: char) -> bool {
    if !next.is_alphanumeric() {
        return false;
    }
    match c {
        _ if is_hyphen(c) => true,
        '.' => true,
        '\'' | '’' => prev.is_alphabetic() && next.is_alphabetic(),
        ',' | ':' => prev.is_ascii_digit() && next.is_ascii_digit(),
        _ => false,
    }
}

/// Split a block into words: byte ranges with letter counts.
fn words_of(block: &str) -> Vec<Word> {
    let chars: Vec<(usize, char)> = block.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if !c.is_alphanumeric() {
            i += 1;
            continue;
        }
        let mut letters = 1;
        let mut j = i + 1;
        while j < chars.len() {
            let cj = chars[j].1;
            if cj.is_alphanumeric() {
                letters += 1;
                j += 1;
            } else if is_combining(cj) {
                // An accent written as a separate code point (e + ◌́) stays in the word.
                j += 1;
            } else if j + 1 < chars.len() && joins(chars[j - 1].1, cj, chars[j + 1].1) {
                j += 1;
            } else {
                break;
            }
        }
        let end = chars.get(j).map_or(block.len(), |&(b, _)| b);
        out.push(Word {
            start,
            end,
            letters,
        });
        i = j;
    }
    out
}

/// Whether the mark run starting at byte `at` (right after word `w`, or after other
/// text) ends a sentence. `next` is the following word in the block, if any.
fn ends_sentence(block: &str, at: usize, prev: Option<&Word>, next: Option<&Word>) -> bool {
    let rest = &block[at..];
    let run: String = rest.chars().take_while(|&c| is_mark(c)).collect();
    let after = &rest[run.len()..];
    // Rule 1: followed by space, a closer, or the end.
    let after_closers = after.trim_start_matches(is_closer);
    if !(after_closers.is_empty() || after_closers.starts_with(char::is_whitespace)) {
        return false;
    }
    // Rule 2: next word in lower case continues the sentence.
    if let Some(n) = next {
        if block[n.start..]
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
        {
            return false;
        }
    } else {
        return true;
    }
    if run == "." {
        if let Some(p) = prev.filter(|p| p.end == at) {
            let word = &block[p.start..p.end];
            let lower = word.to_lowercase();
            // Rule 3: known non-final abbreviations.
            if NON_FINAL_ABBREVIATIONS.contains(&lower.as_str()) {
                return false;
            }
            // Rule 4: initials (`C`, `C.H`).
            if word
                .split('.')
                .all(|seg| seg.chars().count() == 1 && seg.chars().all(char::is_uppercase))
            {
                return false;
            }
        }
    }
    true
}

/// A sentence of a block: its byte range and its words' byte ranges (the
/// counting the LIX uses, for checks that point at words).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentenceSpan {
    pub start: usize,
    pub end: usize,
    /// (start, end, letters) of each word.
    pub words: Vec<(usize, usize, usize)>,
}

/// The sentences of one block (a paragraph, heading, list item or line).
pub fn sentences(block: &str) -> Vec<SentenceSpan> {
    let words = words_of(block);
    let mut out = Vec::new();
    let mut cur: Vec<(usize, usize, usize)> = Vec::new();
    for (k, w) in words.iter().enumerate() {
        cur.push((w.start, w.end, w.letters));
        let gap_end = words.get(k + 1).map_or(block.len(), |n| n.start);
        let gap = &block[w.end..gap_end];
        let ends = match gap.find(is_mark) {
            Some(rel) => ends_sentence(block, w.end + rel, Some(w), words.get(k + 1)),
            None => false,
        };
        if ends || k + 1 == words.len() {
            let end = if ends {
                let at = w.end + gap.find(is_mark).unwrap_or(0);
                at + block[at..]
                    .chars()
                    .take_while(|&c| is_mark(c))
                    .map(char::len_utf8)
                    .sum::<usize>()
            } else {
                w.end
            };
            let start = cur.first().map_or(w.start, |f| f.0);
            out.push(SentenceSpan {
                start,
                end,
                words: std::mem::take(&mut cur),
            });
        }
    }
    out
}

/// Collapse runs of whitespace to one space.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Count one block (which ends a sentence) into `sentences` and `words`.
fn count_block(block: &str, sentences: &mut Vec<SentenceStat>, words_out: &mut Vec<WordStat>) {
    let words = words_of(block);
    let mut sent_start: Option<usize> = None; // byte offset of the first word
    let mut sent_words = 0usize;
    let mut last_end = 0usize;
    for (k, w) in words.iter().enumerate() {
        if sent_start.is_none() {
            sent_start = Some(w.start);
        }
        sent_words += 1;
        words_out.push(WordStat {
            word: block[w.start..w.end].to_string(),
            letters: w.letters,
        });
        last_end = w.end;
        // Look for a mark between this word and the next one.
        let gap_end = words.get(k + 1).map_or(block.len(), |n| n.start);
        let gap = &block[w.end..gap_end];
        if let Some(rel) = gap.find(is_mark) {
            let at = w.end + rel;
            if ends_sentence(block, at, Some(w), words.get(k + 1)) {
                let run_len: usize = block[at..]
                    .chars()
                    .take_while(|&c| is_mark(c))
                    .map(char::len_utf8)
                    .sum();
                let start = sent_start.take().unwrap_or(w.start);
                sentences.push(SentenceStat {
                    text: collapse(&block[start..at + run_len]),
                    words: sent_words,
                });
                sent_words = 0;
            }
        }
    }
    if let Some(start) = sent_start {
        if sent_words > 0 {
            sentences.push(SentenceStat {
                text: collapse(&block[start..last_end]),
                words: sent_words,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(l: &Lix) -> (usize, usize, usize) {
        (l.words, l.sentences, l.long_words)
    }

    #[test]
    fn no_words_means_no_lix_and_no_panic() {
        for text in ["", "   \n\n  ", "... !? :", "- \n* \n#"] {
            let l = Lix::of_text(text);
            assert_eq!(counts(&l), (0, 0, 0), "{text:?}");
            assert_eq!(l.lix, None);
            assert_eq!(l.rounded, None);
            assert_eq!(l.band, None);
            assert_eq!(
                l.undefined,
                Some("LIX kan ikke beregnes: teksten har ingen sætninger")
            );
            assert!(l.longest_sentences.is_empty());
            assert!(!l.over_target(40.0));
            assert!(l.target_warning(Path::new("x.md"), 40.0).is_none());
        }
        let l = Lix::of_blocks(&[]);
        assert_eq!(l.lix, None);
    }

    #[test]
    fn simple_sentences() {
        // "Vi bor i Aarhus." = Vi, bor, i, Aarhus → 4 words, none long.
        // "Byen vokser hurtigt!" = Byen, vokser(6), hurtigt(7) → 3 words, 1 long.
        // "Hvorfor?" = Hvorfor(7) → 1 word, 1 long.
        // Totals: 8 words, 3 sentences, 2 long. LIX = 8/3 + 100·2/8 = 2.667 + 25 = 27.67.
        let l = Lix::of_text("Vi bor i Aarhus. Byen vokser hurtigt! Hvorfor?");
        assert_eq!(counts(&l), (8, 3, 2));
        assert!((l.lix.unwrap() - (8.0 / 3.0 + 25.0)).abs() < 1e-9);
        assert_eq!(l.rounded, Some(28));
        assert_eq!(l.band, Some(Band::Easy));
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        // Sentence 1: Vi(2) ser(3) f.eks.(4) på(2) boliger(7) bl.a.(3) i(1) Gellerup(8)
        //   og(2) Bispehaven(10) osv.(3) → 11 words; long: boliger, Gellerup, Bispehaven = 3.
        //   "f.eks." before "på" and "bl.a." before "i": not ends. "osv." before "Det"
        //   (capital) ends the sentence: one dot closes both.
        // Sentence 2: Det(3) koster(6) ca.(2) 2,5(2) mio.(3) kr.(2) pga.(3)
        //   renoveringen(12) → 8 words; long: renoveringen = 1. "2,5" is one word;
        //   "ca." before a digit and "mio." before "kr." do not end it; "kr." before
        //   "pga." (lower case) does not either; the final "." ends the block.
        // Sentence 3: Mødet(5) er(2) kl.(2) 10:30(4) jf.(2) Nr.(2) 3(1) → 7 words, 0 long.
        //   "kl." and "jf." are non-final even before "Nr." (capital).
        // Totals: 26 words, 3 sentences, 4 long.
        let l = Lix::of_text(
            "Vi ser f.eks. på boliger bl.a. i Gellerup og Bispehaven osv. \
             Det koster ca. 2,5 mio. kr. pga. renoveringen. \
             Mødet er kl. 10:30 jf. Nr. 3.",
        );
        assert_eq!(counts(&l), (26, 3, 4));
        assert_eq!(
            l.longest_sentences[0].text,
            "Vi ser f.eks. på boliger bl.a. i Gellerup og Bispehaven osv."
        );
        assert_eq!(l.longest_sentences[0].words, 11);
        assert_eq!(
            l.longest_sentences[1].text,
            "Det koster ca. 2,5 mio. kr. pga. renoveringen."
        );
        assert_eq!(l.longest_sentences[2].words, 7);
    }

    #[test]
    fn ordinal_dates_and_numbers() {
        // Sentence 1: Materialet(10) blev(4) sendt(5) 20.(2) februar(7) 2023(4) og(2)
        //   behandlet(9) 27.(2) februar(7) → 10 words; long: Materialet, februar,
        //   behandlet, februar = 4. "20." and "27." before lower case: not ends.
        // Sentence 2: Temadrøftelsen(14) er(2) 8.(1) marts(5) → 4 words, 1 long.
        // Sentence 3: Der(3) er(2) 7(1) problemer(9) og(2) 1.000(4) borgere(7) → 7, 2 long.
        // Totals: 21 words, 3 sentences, 7 long. LIX = 7 + 100·7/21 = 7 + 33.33 = 40.33.
        let l = Lix::of_text(
            "Materialet blev sendt 20. februar 2023 og behandlet 27. februar. \
             Temadrøftelsen er 8. marts. Der er 7 problemer og 1.000 borgere.",
        );
        assert_eq!(counts(&l), (21, 3, 7));
        assert_eq!(l.rounded, Some(40));
        assert_eq!(l.band, Some(Band::Medium));
    }

    #[test]
    fn hyphenated_compounds_and_initials() {
        // Sentence 1: LIX(3) blev(4) udviklet(8) af(2) C.H.(2) Björnsson(9) i(1) 1968(4)
        //   → 8 words, 2 long ("C.H." is an initial: not an end before "Björnsson").
        // Sentence 2: Et(2) FN-topmøde(9) om(2) e-mail(5) og(2) it-sikkerhed(11)
        //   → 6 words, 2 long (compounds are one word; the hyphen is not a letter).
        // Totals: 14 words, 2 sentences, 4 long.
        let l = Lix::of_text(
            "LIX blev udviklet af C.H. Björnsson i 1968. \
             Et FN-topmøde om e-mail og it-sikkerhed.",
        );
        assert_eq!(counts(&l), (14, 2, 4));
        assert_eq!(
            l.longest_words[0],
            WordStat {
                word: "it-sikkerhed".into(),
                letters: 11
            }
        );
        assert_eq!(l.longest_words[1].word, "Björnsson");
        assert_eq!(l.longest_words[2].word, "FN-topmøde");
    }

    #[test]
    fn bullets_and_headings_are_sentences() {
        // Heading "Derfor er det vildt" → 4 words, 1 sentence (no full stop).
        // "Vi vil:" → 2 words; the block ends at the colon → 1 sentence.
        // "- bygge flere boliger" → 3 words, 1 long (boliger).
        // "- skabe mødesteder" → 2 words, 1 long (mødesteder).
        // "- tale med borgerne." → 3 words, 1 long (borgerne).
        // Totals: 14 words, 5 sentences, 3 long. LIX = 2.8 + 21.43 = 24.2 → 24, meget let.
        let text = "# Derfor er det vildt\n\nVi vil:\n\n- bygge flere boliger\n\
                    - skabe mødesteder\n- tale med borgerne.\n";
        let l = Lix::of_text(text);
        assert_eq!(counts(&l), (14, 5, 3));
        assert_eq!(l.rounded, Some(24));
        assert_eq!(l.band, Some(Band::VeryEasy));
        // Same through of_blocks.
        let b = Lix::of_blocks(&[
            "Derfor er det vildt",
            "Vi vil:",
            "bygge flere boliger",
            "skabe mødesteder",
            "tale med borgerne.",
        ]);
        assert_eq!(counts(&b), (14, 5, 3));
        // A numbered list marker is not a word.
        let n = Lix::of_text("1. Boliger\n2. Mødesteder");
        assert_eq!(counts(&n), (2, 2, 2));
    }

    #[test]
    fn colon_question_and_direct_speech() {
        // "Spørgsmålet er: Hvem bestemmer?" → colon before capital ends:
        //   Spørgsmålet(11) er(2) | Hvem(4) bestemmer(9) → 2 + 2 words, 2 sentences, 2 long.
        // "Han sagde: at det var nok." → colon before lower case does not end:
        //   Han sagde at det var nok → 6 words, 1 sentence, 0 long.
        // "»Nu er det nok!« sagde hun." → "!" before lower case does not end:
        //   Nu er det nok sagde hun → 6 words, 1 sentence, 0 long.
        // "Se https://aarhus.dk i dag." → "https" and "aarhus.dk"(8) are words;
        //   the colon in the address is not an end: Se https aarhus.dk i dag → 5, 1, 1.
        // Totals: 21 words, 5 sentences, 3 long.
        let l = Lix::of_text(
            "Spørgsmålet er: Hvem bestemmer? Han sagde: at det var nok. \
             »Nu er det nok!« sagde hun. Se https://aarhus.dk i dag.",
        );
        assert_eq!(counts(&l), (21, 5, 3));
    }

    /// Seed lines 322–328 (bilag 2, first paragraph), with the line-end hyphenation
    /// "be-\nfolkningsgrupper" and "niveau-\ner" joined as the website would show it.
    #[test]
    fn seed_paragraph_blandede_bydele() {
        let text = "Blandede bydele med spændende lokale særpræg og sammenhængskraft \
            er svære at skabe og vedligeholde. Det sker ikke af sig selv, at vi bosætter \
            os ved siden af andre, som har andre socioøkonomiske, etniske og kulturelle \
            baggrunde end os selv. Segregering er en stigende tendens og en global \
            megatrend, som gør, at vi bliver mindre og mindre integreret med andre \
            befolkningsgrupper i dagligdagen. Denne segregering opererer på flere niveauer.";
        // Hand count (letters in brackets for words of 7+):
        // S1: Blandede(8) bydele med spændende(9) lokale særpræg(7) og
        //     sammenhængskraft(16) er svære at skabe og vedligeholde(12)
        //     → 14 words, long: Blandede, spændende, særpræg, sammenhængskraft,
        //       vedligeholde = 5
        // S2: Det sker ikke af sig selv at vi bosætter(8) os ved siden af andre som
        //     har andre socioøkonomiske(15) etniske(7) og kulturelle(10) baggrunde(9)
        //     end os selv → 25 words, long: bosætter, socioøkonomiske, etniske,
        //     kulturelle, baggrunde = 5
        // S3: Segregering(11) er en stigende(8) tendens(7) og en global megatrend(9)
        //     som gør at vi bliver mindre og mindre integreret(10) med andre
        //     befolkningsgrupper(18) i dagligdagen(11) → 23 words, long: Segregering,
        //     stigende, tendens, megatrend, integreret, befolkningsgrupper,
        //     dagligdagen = 7
        // S4: Denne segregering(11) opererer(8) på flere niveauer(8)
        //     → 6 words, long: segregering, opererer, niveauer = 3
        // Totals: 14 + 25 + 23 + 6 = 68 words, 4 sentences, 5 + 5 + 7 + 3 = 20 long.
        // LIX = 68/4 + 100·20/68 = 17 + 29.41 = 46.41 → 46, svær.
        let l = Lix::of_text(text);
        assert_eq!(counts(&l), (68, 4, 20));
        assert!((l.lix.unwrap() - (68.0 / 4.0 + 2000.0 / 68.0)).abs() < 1e-9);
        assert_eq!(l.rounded, Some(46));
        assert_eq!(l.band, Some(Band::Hard));
        assert_eq!(l.longest_sentences[0].words, 25);
        assert!(l.longest_sentences[0].text.starts_with("Det sker ikke"));
        assert_eq!(l.longest_words[0].word, "befolkningsgrupper");
        assert_eq!(l.longest_words[1].word, "sammenhængskraft");
        // Over the default target of 40: a warning that lists where to start.
        let w = l.target_warning(Path::new("content/blandede-bydele/index.md"), 40.0);
        let w = w.unwrap();
        assert_eq!(
            w.message,
            "the text is harder to read than the target: LIX 46 (svær)"
        );
        assert_eq!(w.expected.as_deref(), Some("LIX 40 or lower"));
        assert_eq!(
            w.found.as_deref(),
            Some("LIX 46: 68 words in 4 sentences, 20 long words")
        );
        assert!(w.hint.unwrap().contains("(25 words) Det sker ikke"));
        assert!(l.target_warning(Path::new("x"), 46.0).is_none());
    }

    /// Seed lines 347–357 (bilag 2, "Sammenhængskraft og lokale særpræg"): the heading
    /// is its own block, and "F.eks." starts a sentence without ending one.
    #[test]
    fn seed_paragraph_with_heading_and_feks() {
        let heading = "Sammenhængskraft og lokale særpræg";
        let para = "For det andet opererer segregeringen også på et mikroniveau. Selvom man \
            bor tæt i en blandet bydel, er det ikke sikkert, man har noget med hinanden \
            at gøre. Det, man tænkte skulle være mødestedet, er måske slet ikke et \
            mødested. Og hvis det er et mødested, kan beboerne være vidt uenige om, \
            hvilke regler, der skal gælde i mødestedet. Som så meget andet er god \
            byudvikling og bykultur et spørgsmål om øjnene, der ser, og når forskellige \
            normer og værdier mødes, kan der opstå konflikter. F.eks. omkring hvordan \
            unge i området skal opføre sig. Måske ser man også, at de ressourcestærke \
            fravælger de offentlige tilbud eller helt fravælger de blandede bydele, hvis \
            vi presser dem til at tage mere socialt ansvar. For det er dem, der kan \
            vælge til og fra.";
        // Hand count:
        // H:  Sammenhængskraft(16) og lokale særpræg(7) → 4 words, 2 long
        // S1: For det andet opererer(8) segregeringen(13) også på et mikroniveau(11)
        //     → 9 words, 3 long
        // S2: Selvom man bor tæt i en blandet(7) bydel er det ikke sikkert(7) man har
        //     noget med hinanden(8) at gøre → 19 words, 3 long
        // S3: Det man tænkte skulle være mødestedet(10) er måske slet ikke et
        //     mødested(8) → 12 words, 2 long
        // S4: Og hvis det er et mødested(8) kan beboerne(8) være vidt uenige om hvilke
        //     regler der skal gælde i mødestedet(10) → 19 words, 3 long
        // S5: Som så meget andet er god byudvikling(11) og bykultur(8) et spørgsmål(9)
        //     om øjnene der ser og når forskellige(11) normer og værdier(7) mødes kan
        //     der opstå konflikter(10) → 26 words, 6 long
        // S6: F.eks. omkring(7) hvordan(7) unge i området(7) skal opføre sig
        //     → 9 words, 3 long
        // S7: Måske ser man også at de ressourcestærke(15) fravælger(9) de
        //     offentlige(10) tilbud eller helt fravælger(9) de blandede(8) bydele hvis
        //     vi presser(7) dem til at tage mere socialt(7) ansvar → 27 words, 7 long
        // S8: For det er dem der kan vælge til og fra → 10 words, 0 long
        // Totals: 4+9+19+12+19+26+9+27+10 = 135 words; 9 sentences;
        //         2+3+3+2+3+6+3+7+0 = 29 long.
        // LIX = 135/9 + 100·29/135 = 15 + 21.48 = 36.48 → 36, middel.
        let l = Lix::of_blocks(&[heading, para]);
        assert_eq!(counts(&l), (135, 9, 29));
        assert_eq!(l.rounded, Some(36));
        assert_eq!(l.band, Some(Band::Medium));
        let top: Vec<usize> = l.longest_sentences.iter().map(|s| s.words).collect();
        assert_eq!(top, vec![27, 26, 19, 19, 12]);
        assert!(l
            .longest_sentences
            .iter()
            .all(|s| !s.text.starts_with("F.eks.")));
        let top_words: Vec<&str> = l.longest_words.iter().map(|w| w.word.as_str()).collect();
        assert_eq!(
            top_words,
            vec![
                "Sammenhængskraft",
                "ressourcestærke",
                "segregeringen",
                "mikroniveau",
                "byudvikling"
            ]
        );
    }

    #[test]
    fn odd_input_never_panics() {
        // Soft hyphen and a decomposed accent stay inside one word.
        let l = Lix::of_text("Sammen\u{AD}hængskraft og café\u{301}en.");
        assert_eq!(counts(&l), (3, 1, 1));
        assert_eq!(l.longest_words[0].word, "Sammen\u{AD}hængskraft");
        assert_eq!(l.longest_words[0].letters, 16);
        // Pseudo-random strings over tricky characters: no panic, counts consistent.
        let alphabet: Vec<char> = "aÆø1 .:!?…-\u{AD}\u{301}'’,»«()\n#*•–2é🙂\t"
            .chars()
            .collect();
        let mut seed: u64 = 0x5eed;
        for _ in 0..2000 {
            let len = (seed % 40) as usize;
            let mut s = String::new();
            for _ in 0..len {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push(alphabet[(seed >> 33) as usize % alphabet.len()]);
            }
            let l = Lix::of_text(&s);
            assert!(l.long_words <= l.words, "{s:?}");
            assert_eq!(l.words == 0, l.lix.is_none(), "{s:?}");
            assert!(l.sentences <= l.words, "{s:?}");
        }
    }

    #[test]
    fn bands_and_serialization() {
        assert_eq!(Band::of(24.4), Band::VeryEasy);
        assert_eq!(Band::of(24.5), Band::Easy);
        assert_eq!(Band::of(34.0), Band::Easy);
        assert_eq!(Band::of(35.0), Band::Medium);
        assert_eq!(Band::of(44.49), Band::Medium);
        assert_eq!(Band::of(45.0), Band::Hard);
        assert_eq!(Band::of(54.0), Band::Hard);
        assert_eq!(Band::of(55.0), Band::VeryHard);
        assert_eq!(Band::Hard.slug(), "svaer");
        let l = Lix::of_text("Vi bor i Aarhus.");
        let j = serde_json::to_value(&l).unwrap();
        assert_eq!(j["band"], "meget let");
        assert_eq!(j["words"], 4);
        assert_eq!(j["undefined"], serde_json::Value::Null);
    }
}

//! WebVTT captions (`/<slug>/video.da.vtt`) from the talepinde.
//!
//! **Text.** Each talepinde line is split into cues of at most two lines of at most 42
//! characters. A line that does not fit one cue is split at sentence ends (`.` `?` `!`)
//! first, then at clause marks (`,` `;` `:` and a dash `–`), and only then between
//! words, packing as many whole pieces into a cue as fit. Words are never cut, except
//! a single word longer than 42 characters, which is broken with a hyphen (the checks
//! warn about it). Within a cue the break between its two lines is put where the lines
//! are most even, preferring a break after a clause mark. A cue never holds text from
//! two talepinde lines. `&`, `<` and `>` are escaped.
//!
//! **Timing.** Every scene gets a time window:
//! - the end of the video is `varighed` when known, otherwise the estimated duration
//!   (see [`super::duration`]), or later if the start times need more room;
//! - a scene with a (valid, increasing) `start` begins there; scenes without one are
//!   placed between the known times in proportion to their estimated seconds;
//! - the scene-change pause is left silent at the end of each window but the last.
//!
//! Within a window the cues are spread in proportion to their characters. Each cue is
//! then shown 1–7 seconds: a cue that would be shorter is held for 1 second (later cues
//! move on), one that would be longer ends after 7 seconds. Cues never overlap and
//! always move forward in time.

use unicode_segmentation::UnicodeSegmentation;

use crate::config::VideoConfig;

use super::duration;
use super::script::Drejebog;

/// The captions file name, next to the problem's page (`/<slug>/video.da.vtt`).
pub const CAPTIONS_FILE: &str = "video.da.vtt";
/// Longest caption line, in characters.
pub const MAX_LINE_CHARS: usize = 42;
/// Most lines in one cue.
pub const MAX_CUE_LINES: usize = 2;
/// Shortest time a cue is shown, in milliseconds.
pub const MIN_CUE_MS: u64 = 1000;
/// Longest time a cue is shown, in milliseconds.
pub const MAX_CUE_MS: u64 = 7000;
/// Most characters a second a reader is asked to read (Danish subtitle practice:
/// 15–17).
pub const MAX_CPS: u64 = 17;

/// One caption cue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub start_ms: u64,
    pub end_ms: u64,
    /// One or two lines, unescaped.
    pub lines: Vec<String>,
}

/// The WebVTT file for a drejebog (just the `WEBVTT` header when there are no
/// talepinde).
pub fn captions(d: &Drejebog, cfg: &VideoConfig) -> String {
    render(&cues(d, cfg))
}

/// Render cues as a WebVTT file.
pub fn render(cues: &[Cue]) -> String {
    let mut out = String::from("WEBVTT\n");
    for c in cues {
        out.push('\n');
        out.push_str(&timestamp(c.start_ms));
        out.push_str(" --> ");
        out.push_str(&timestamp(c.end_ms));
        out.push('\n');
        for l in &c.lines {
            out.push_str(&escape(l));
            out.push('\n');
        }
    }
    out
}

/// `HH:MM:SS.mmm`.
pub fn timestamp(ms: u64) -> String {
    let (h, rest) = (ms / 3_600_000, ms % 3_600_000);
    let (m, rest) = (rest / 60_000, rest % 60_000);
    let (s, milli) = (rest / 1000, rest % 1000);
    format!("{h:02}:{m:02}:{s:02}.{milli:03}")
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The timed cues for a drejebog.
pub fn cues(d: &Drejebog, cfg: &VideoConfig) -> Vec<Cue> {
    let windows = speech_windows(d, cfg);
    // Ideal (start, end, lines) in seconds, before the 1–7 s rule.
    let mut ideal: Vec<(f64, f64, Vec<String>)> = Vec::new();
    for (scene, (from, to)) in d.scenes.iter().zip(windows) {
        let chunks: Vec<Vec<String>> = scene.lines.iter().flat_map(|l| split_text(l)).collect();
        // Reading time follows the characters, not the words: a cue of a few
        // long words needs as long as one of many short ones.
        let weights: Vec<f64> = chunks.iter().map(|c| cue_chars(c).max(1) as f64).collect();
        let total: f64 = weights.iter().sum();
        let mut t = from;
        for (chunk, w) in chunks.into_iter().zip(weights) {
            let len = if total > 0.0 {
                (to - from) * w / total
            } else {
                0.0
            };
            ideal.push((t, t + len, chunk));
            t += len;
        }
    }
    let mut out = Vec::with_capacity(ideal.len());
    let mut prev_end = 0u64;
    for (s, e, lines) in ideal {
        let start = to_ms(s).max(prev_end);
        let dur = to_ms(e)
            .saturating_sub(start)
            .max(min_reading_ms(&lines))
            .clamp(MIN_CUE_MS, MAX_CUE_MS);
        let end = start.saturating_add(dur);
        prev_end = end;
        out.push(Cue {
            start_ms: start,
            end_ms: end,
            lines,
        });
    }
    out
}

/// Characters a cue shows, its lines joined by one space.
pub(super) fn cue_chars(lines: &[String]) -> usize {
    lines.iter().map(|l| chars(l)).sum::<usize>() + lines.len().saturating_sub(1)
}

/// The time a cue needs at [`MAX_CPS`] characters a second.
fn min_reading_ms(lines: &[String]) -> u64 {
    (cue_chars(lines) as u64 * 1000).div_ceil(MAX_CPS)
}

fn to_ms(secs: f64) -> u64 {
    (secs.max(0.0) * 1000.0).round() as u64
}

/// Per scene, the (from, to) seconds in which its talepinde are said.
fn speech_windows(d: &Drejebog, cfg: &VideoConfig) -> Vec<(f64, f64)> {
    let n = d.scenes.len();
    if n == 0 {
        return Vec::new();
    }
    let (_, pause) = duration::rate(cfg);
    let est: Vec<f64> = duration::estimate(d, cfg)
        .scenes
        .iter()
        .map(|s| s.seconds_exact)
        .collect();
    let real = d.video.duration_seconds().filter(|r| *r > 0.0);

    // Usable start times: increasing, and before the end when the end is known.
    let mut anchors: Vec<Option<f64>> = vec![None; n + 1];
    let mut last: Option<f64> = None;
    for (i, s) in d.scenes.iter().enumerate() {
        if let Some(t) = s.start_seconds() {
            let increasing = !last.is_some_and(|l| t <= l);
            let before_end = !real.is_some_and(|r| t >= r);
            if increasing && before_end {
                anchors[i] = Some(t);
                last = Some(t);
            }
        }
    }
    let end = match real {
        Some(r) => r,
        None => {
            let mut end: f64 = est.iter().sum();
            for (i, a) in anchors.iter().enumerate().take(n) {
                if let Some(t) = a {
                    end = end.max(t + est[i..].iter().sum::<f64>());
                }
            }
            end
        }
    };
    if anchors[0].is_none() {
        anchors[0] = Some(0.0);
    }
    anchors[n] = Some(end);

    // Fill the gaps between known times in proportion to the estimates.
    let mut bounds = vec![0.0; n + 1];
    let known: Vec<usize> = (0..=n).filter(|i| anchors[*i].is_some()).collect();
    for pair in known.windows(2) {
        let (p, q) = (pair[0], pair[1]);
        let (bp, bq) = (anchors[p].unwrap_or(0.0), anchors[q].unwrap_or(end));
        let weight: f64 = est[p..q].iter().sum();
        let mut acc = 0.0;
        for i in p..q {
            bounds[i] = if weight > 0.0 {
                bp + (bq - bp) * acc / weight
            } else {
                bp + (bq - bp) * (i - p) as f64 / (q - p) as f64
            };
            acc += est[i];
        }
        bounds[q] = bq;
    }

    (0..n)
        .map(|i| {
            let (from, to) = (bounds[i], bounds[i + 1]);
            let gap = if i + 1 < n && to - from > 2.0 * pause {
                pause
            } else {
                0.0
            };
            (from, (to - gap).max(from))
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Splitting text into cues

#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    Sentence,
    Clause,
    Word,
}

const CLOSERS: &[char] = &['’', '”', '"', '\'', '»', ')', ']'];
const ABBREVIATIONS: &[&str] = &[
    "d", "ca", "nr", "evt", "osv", "mv", "jf", "kr", "pct", "stk", "dvs", "mht", "vedr", "inkl",
    "ekskl", "tlf", "bl", "hhv", "iflg", "ift",
];

fn is_sentence_end(tok: &str) -> bool {
    let core = tok.trim_end_matches(CLOSERS);
    if core.ends_with('?') || core.ends_with('!') {
        return true;
    }
    let Some(stem) = core.strip_suffix('.') else {
        return false;
    };
    let abbreviation = stem.contains('.')
        || stem.chars().all(|c| c.is_ascii_digit())
        || ABBREVIATIONS.contains(&stem.to_lowercase().as_str());
    !abbreviation
}

fn is_clause_end(tok: &str) -> bool {
    let core = tok.trim_end_matches(CLOSERS);
    is_sentence_end(tok)
        || core.ends_with(',')
        || core.ends_with(';')
        || core.ends_with(':')
        || matches!(tok, "–" | "—" | "-")
}

fn is_boundary(tok: &str, level: Level) -> bool {
    match level {
        Level::Sentence => is_sentence_end(tok),
        Level::Clause => is_clause_end(tok),
        Level::Word => true,
    }
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// Split one talepinde line into cues, each given as its one or two lines.
pub fn split_text(text: &str) -> Vec<Vec<String>> {
    let tokens: Vec<String> = text.split_whitespace().flat_map(hyphenate).collect();
    if tokens.is_empty() {
        return Vec::new();
    }
    pack(&tokens, Level::Sentence)
        .into_iter()
        // Every chunk fits by construction; the fallback keeps the text, never drops it.
        .map(|chunk| layout(&chunk).unwrap_or_else(|| vec![chunk.join(" ")]))
        .collect()
}

/// Break a word longer than a caption line into hyphenated pieces (by grapheme, so
/// no letter is split).
fn hyphenate(word: &str) -> Vec<String> {
    if chars(word) <= MAX_LINE_CHARS {
        return vec![word.to_string()];
    }
    let mut out = Vec::new();
    let mut cur = String::new();
    for g in word.graphemes(true) {
        if !cur.is_empty() && chars(&cur) + chars(g) > MAX_LINE_CHARS - 1 {
            cur.push('-');
            out.push(std::mem::take(&mut cur));
        }
        cur.push_str(g);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn fits(tokens: &[String]) -> bool {
    layout(tokens).is_some()
}

/// Lay tokens out as one line, or two balanced lines; None when they do not fit.
fn layout(tokens: &[String]) -> Option<Vec<String>> {
    let one = tokens.join(" ");
    if tokens.is_empty() {
        return None;
    }
    if chars(&one) <= MAX_LINE_CHARS {
        return Some(vec![one]);
    }
    let mut best: Option<(i64, usize)> = None;
    for k in 1..tokens.len() {
        let (a, b) = (tokens[..k].join(" "), tokens[k..].join(" "));
        let (la, lb) = (chars(&a), chars(&b));
        if la > MAX_LINE_CHARS || lb > MAX_LINE_CHARS {
            continue;
        }
        let mut score = (la as i64 - lb as i64).abs();
        if is_clause_end(&tokens[k - 1]) {
            score -= 20;
        }
        let better = match best {
            Some((s, _)) => score < s,
            None => true,
        };
        if better {
            best = Some((score, k));
        }
    }
    best.map(|(_, k)| vec![tokens[..k].join(" "), tokens[k..].join(" ")])
}

/// Pack tokens into cue-sized chunks, splitting at `level` boundaries first.
fn pack(tokens: &[String], level: Level) -> Vec<Vec<String>> {
    if fits(tokens) {
        return vec![tokens.to_vec()];
    }
    if level == Level::Word {
        // Every token fits alone: words are at most one line long after hyphenation.
        return pack_units(tokens.iter().map(|t| vec![t.clone()]).collect());
    }
    let next = match level {
        Level::Sentence => Level::Clause,
        Level::Clause | Level::Word => Level::Word,
    };
    let mut pieces: Vec<Vec<String>> = Vec::new();
    let mut cur: Vec<String> = Vec::new();
    for t in tokens {
        cur.push(t.clone());
        if is_boundary(t, level) {
            pieces.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        pieces.push(cur);
    }
    if pieces.len() == 1 {
        return pack(tokens, next);
    }
    let mut out = Vec::new();
    let mut run: Vec<Vec<String>> = Vec::new();
    for piece in pieces {
        if fits(&piece) {
            run.push(piece);
        } else {
            out.extend(pack_units(std::mem::take(&mut run)));
            out.extend(pack(&piece, next));
        }
    }
    out.extend(pack_units(run));
    out
}

/// Pack units (each fits a cue on its own) into as few cues as greedy packing needs,
/// then even out their lengths so the last cue is not a lone word or two.
fn pack_units(units: Vec<Vec<String>>) -> Vec<Vec<String>> {
    let greedy = pack_greedy(&units, None);
    if greedy.len() <= 1 {
        return greedy;
    }
    let total = chars(
        &units
            .iter()
            .flatten()
            .cloned()
            .collect::<Vec<_>>()
            .join(" "),
    );
    let balanced = pack_greedy(&units, Some(total / greedy.len()));
    if balanced.len() == greedy.len() {
        balanced
    } else {
        greedy
    }
}

/// Greedy packing; with a target length, a cue is closed when that brings it
/// closer to the target than adding the next unit would.
fn pack_greedy(units: &[Vec<String>], target: Option<usize>) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut cur: Vec<String> = Vec::new();
    for u in units {
        let joined: Vec<String> = cur.iter().chain(u).cloned().collect();
        let close_early = match target {
            Some(t) if !cur.is_empty() => {
                let (now, then) = (chars(&cur.join(" ")), chars(&joined.join(" ")));
                then > t && now.abs_diff(t) <= then.abs_diff(t)
            }
            _ => false,
        };
        if fits(&joined) && !close_early {
            cur = joined;
        } else {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            cur = u.clone();
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A strict WebVTT check for the files we write. Returns the number of cues.
    pub(crate) fn validate_vtt(s: &str) -> Result<usize, String> {
        let body = s
            .strip_prefix("WEBVTT\n")
            .ok_or("the file must start with the line WEBVTT")?;
        if !s.ends_with('\n') {
            return Err("the file must end with a newline".into());
        }
        if body.is_empty() {
            return Ok(0);
        }
        let body = body
            .strip_prefix('\n')
            .ok_or("a blank line must follow the header")?;
        let body = body.strip_suffix('\n').unwrap_or(body);
        let mut prev_end = 0u64;
        let mut n = 0;
        for (i, block) in body.split("\n\n").enumerate() {
            let mut lines = block.split('\n');
            let timing = lines.next().unwrap_or("");
            let (a, b) = timing
                .split_once(" --> ")
                .ok_or(format!("cue {i}: bad timing line {timing:?}"))?;
            let (start, end) = (parse_ts(a)?, parse_ts(b)?);
            if start >= end {
                return Err(format!("cue {i}: start {a} is not before end {b}"));
            }
            if start < prev_end {
                return Err(format!(
                    "cue {i}: starts at {a}, before the previous cue ends"
                ));
            }
            let dur = end - start;
            if !(MIN_CUE_MS..=MAX_CUE_MS).contains(&dur) {
                return Err(format!("cue {i}: shown {dur} ms, not 1–7 s"));
            }
            prev_end = end;
            let text: Vec<&str> = lines.collect();
            if text.is_empty() || text.len() > MAX_CUE_LINES {
                return Err(format!("cue {i}: {} text lines", text.len()));
            }
            for l in text {
                if l.trim().is_empty() {
                    return Err(format!("cue {i}: empty text line"));
                }
                if l.contains("-->") || l.contains('<') {
                    return Err(format!("cue {i}: unescaped text {l:?}"));
                }
                let mut rest = l;
                while let Some(p) = rest.find('&') {
                    let after = &rest[p..];
                    if !["&amp;", "&lt;", "&gt;"]
                        .iter()
                        .any(|e| after.starts_with(e))
                    {
                        return Err(format!("cue {i}: unescaped & in {l:?}"));
                    }
                    rest = &rest[p + 1..];
                }
                let shown = l
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&amp;", "&");
                if shown.chars().count() > MAX_LINE_CHARS {
                    return Err(format!("cue {i}: line longer than 42: {shown:?}"));
                }
            }
            n += 1;
        }
        Ok(n)
    }

    fn parse_ts(t: &str) -> Result<u64, String> {
        let bad = || format!("bad timestamp {t:?}");
        let b = t.as_bytes();
        if b.len() != 12 || b[2] != b':' || b[5] != b':' || b[8] != b'.' {
            return Err(bad());
        }
        let num = |r: std::ops::Range<usize>| -> Result<u64, String> {
            let s = &t[r];
            if s.bytes().all(|c| c.is_ascii_digit()) {
                s.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        let (h, m, s, ms) = (num(0..2)?, num(3..5)?, num(6..8)?, num(9..12)?);
        if m > 59 || s > 59 {
            return Err(bad());
        }
        Ok(((h * 60 + m) * 60 + s) * 1000 + ms)
    }

    #[test]
    fn validator_rejects_bad_files() {
        let ok = "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHej\n";
        assert_eq!(validate_vtt(ok), Ok(1));
        assert_eq!(validate_vtt("WEBVTT\n"), Ok(0));
        let bad = [
            "WEBVT\n\n00:00:00.000 --> 00:00:02.000\nHej\n",
            "WEBVTT\n00:00:00.000 --> 00:00:02.000\nHej\n",
            "WEBVTT\n\n00:00:02.000 --> 00:00:02.000\nHej\n",
            "WEBVTT\n\n00:00:00.000 --> 00:00:00.500\nHej\n",
            "WEBVTT\n\n00:00:00.000 --> 00:00:08.000\nHej\n",
            "WEBVTT\n\n0:00:00.000 --> 00:00:02.000\nHej\n",
            "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n\n",
            "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\na\nb\nc\n",
            "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nA & B\n",
            "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nA <b>\n",
            "WEBVTT\n\n00:00:00.000 --> 00:00:03.000\nA\n\n00:00:02.000 --> 00:00:04.000\nB\n",
            "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n1234567890123456789012345678901234567890123\n",
            "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHej",
        ];
        for b in bad {
            assert!(validate_vtt(b).is_err(), "accepted: {b:?}");
        }
        // 42 characters after unescaping is fine.
        let amp = format!(
            "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n&amp;{}\n",
            "x".repeat(41)
        );
        assert_eq!(validate_vtt(&amp), Ok(1));
    }

    fn texts(s: &str) -> Vec<Vec<String>> {
        split_text(s)
    }

    #[test]
    fn short_line_is_one_cue_long_one_split_at_clauses() {
        assert_eq!(
            texts("For det første på et makroniveau"),
            vec![vec!["For det første på et makroniveau".to_string()]]
        );
        let c = texts(
            "Når de fleste samtidig ønsker at eje deres egen bolig, og der ikke bygges \
             ejerboliger i et omfang, der matcher efterspørgslen, slukkes boligdrømmen for \
             mange unge uden formuende forældre.",
        );
        assert_eq!(
            c,
            vec![
                vec![
                    "Når de fleste samtidig ønsker".to_string(),
                    "at eje deres egen bolig,".to_string()
                ],
                // "og … i et omfang," is 43 characters: the clause cannot be a line.
                vec![
                    "og der ikke bygges ejerboliger i et".to_string(),
                    "omfang, der matcher efterspørgslen,".to_string()
                ],
                vec![
                    "slukkes boligdrømmen for mange".to_string(),
                    "unge uden formuende forældre.".to_string()
                ],
            ]
        );
    }

    #[test]
    fn sentence_end_beats_comma_and_abbreviations_are_not_ends() {
        let c = texts(
            "Når forskellige normer og værdier mødes, kan der opstå konflikter. F.eks. \
             omkring hvordan unge i området skal opføre sig.",
        );
        assert_eq!(
            c,
            vec![
                vec![
                    "Når forskellige normer og værdier mødes,".to_string(),
                    "kan der opstå konflikter.".to_string()
                ],
                vec![
                    "F.eks. omkring hvordan unge".to_string(),
                    "i området skal opføre sig.".to_string()
                ],
            ]
        );
        assert!(is_sentence_end("konflikter."));
        assert!(is_sentence_end("sort?’"));
        assert!(!is_sentence_end("F.eks."));
        assert!(!is_sentence_end("d."));
        assert!(!is_sentence_end("1."));
        assert!(is_clause_end("–"));
    }

    #[test]
    fn huge_line_without_punctuation_is_split_between_words_and_nothing_lost() {
        let words: Vec<String> = (0..120).map(|i| format!("ord{i}")).collect();
        let text = words.join(" ");
        let c = texts(&text);
        assert!(c.len() > 5);
        let rejoined: Vec<String> = c.iter().flatten().cloned().collect();
        assert_eq!(rejoined.join(" "), text, "text was cut or reordered");
        for cue in &c {
            assert!(cue.len() <= 2);
            assert!(cue.iter().all(|l| l.chars().count() <= 42), "{cue:?}");
        }
    }

    #[test]
    fn word_of_43_chars_is_hyphenated_not_dropped() {
        let w = "a".repeat(43);
        assert_eq!(
            texts(&format!("Se {w} her")),
            vec![
                vec!["Se".to_string(), format!("{}-", "a".repeat(41))],
                vec!["aa her".to_string()],
            ]
        );
        // Exactly 42 characters stays whole.
        let w42 = "b".repeat(42);
        assert_eq!(texts(&w42), vec![vec![w42.clone()]]);
    }

    #[test]
    fn timestamps() {
        assert_eq!(timestamp(0), "00:00:00.000");
        assert_eq!(timestamp(3_723_456), "01:02:03.456");
        assert_eq!(parse_ts("01:02:03.456"), Ok(3_723_456));
    }

    #[test]
    fn escaping() {
        let cues = vec![Cue {
            start_ms: 0,
            end_ms: 1500,
            lines: vec!["A & B <c> -->".into()],
        }];
        let s = render(&cues);
        assert_eq!(
            s,
            "WEBVTT\n\n00:00:00.000 --> 00:00:01.500\nA &amp; B &lt;c&gt; --&gt;\n"
        );
        assert_eq!(validate_vtt(&s), Ok(1));
    }
}

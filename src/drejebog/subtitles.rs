//! A producer's own captions for the recorded video (`undertekster = "video.srt"` in
//! `[video]`): SubRip (`.srt`) or WebVTT (`.vtt`), as subtitle editors save them.
//!
//! - [`parse`]: the file → timed cues, each with the line of its time code; a time
//!   code that cannot be read, an end before the start, or a file without cues is an
//!   error at its line and column. Formatting tags (`<i>`, `{\an8}`) are dropped; the
//!   published file is always WebVTT written by [`super::render`].
//! - [`check_rules`]: the rules the generated captions keep (at most 2 lines of at
//!   most 42 characters, shown 1–7 seconds, at most 17 characters a second, in order).
//! - [`compare`]: the words of the captions against the talepinde, so the transcript
//!   on the page and what the video says agree: words missing or added are reported
//!   where they occur in the captions.
//!
//! Pure code: callers read the file and pass `(path shown to the user, text)`.

use std::path::Path;

use similar::{capture_diff_slices, Algorithm, DiffOp};

use crate::diag::Diagnostic;

use super::vtt::{cue_chars, Cue, MAX_CPS, MAX_CUE_LINES, MAX_CUE_MS, MAX_LINE_CHARS, MIN_CUE_MS};

/// File formats a producer's captions may have.
pub const CAPTION_EXTENSIONS: &[&str] = &["srt", "vtt"];

/// Most word differences reported one by one; the rest are counted.
const MAX_DIFFS: usize = 12;

/// A cue of a producer's file and the (1-based) line of its time code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimedCue {
    pub cue: Cue,
    pub line: usize,
}

/// Read a `.srt` or `.vtt` file (by its header: `WEBVTT` first, else SubRip).
pub fn parse(path: &Path, src: &str) -> Result<Vec<TimedCue>, Vec<Diagnostic>> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let lines: Vec<&str> = src.lines().map(|l| l.trim_end_matches('\r')).collect();
    let vtt = lines.first().is_some_and(|l| l.starts_with("WEBVTT"));
    let mut errors = Vec::new();
    let mut cues = Vec::new();
    let mut i = if vtt { skip_block(&lines, 0) } else { 0 };
    while i < lines.len() {
        if lines[i].trim().is_empty() {
            i += 1;
            continue;
        }
        let end = skip_block(&lines, i);
        let block = &lines[i..end];
        let first = block[0].trim_start();
        let skip = vtt
            && ["NOTE", "STYLE", "REGION"]
                .iter()
                .any(|k| first.starts_with(k));
        if !skip {
            match cue_of(block, i + 1) {
                Ok(c) => cues.push(c),
                Err(e) => errors.push(e.into_diagnostic(path)),
            }
        }
        i = end;
    }
    if errors.is_empty() && cues.is_empty() {
        errors.push(
            Diagnostic::error(path, crate::t!("sub-empty"))
                .at(1, 1)
                .expected(crate::t!("sub-timing-expected"))
                .hint(crate::t!("sub-empty-hint")),
        );
    }
    if errors.is_empty() {
        Ok(cues)
    } else {
        Err(errors)
    }
}

/// The index of the first blank line at or after `from` (the end of a block).
fn skip_block(lines: &[&str], from: usize) -> usize {
    (from..lines.len())
        .find(|&j| lines[j].trim().is_empty())
        .unwrap_or(lines.len())
}

/// A problem with one cue block, before it knows its file.
struct BlockError {
    line: usize,
    col: usize,
    message: String,
    found: String,
    expected: String,
    hint: String,
}

impl BlockError {
    fn into_diagnostic(self, path: &Path) -> Diagnostic {
        Diagnostic::error(path, self.message)
            .at(self.line, self.col)
            .expected(self.expected)
            .found(self.found)
            .hint(self.hint)
    }
}

/// One block: an optional number or identifier, the time code, the text lines.
/// `first_line` is the 1-based line of the block's first line.
fn cue_of(block: &[&str], first_line: usize) -> Result<TimedCue, BlockError> {
    let at = block.iter().position(|l| l.contains("-->"));
    let Some(at) = at.filter(|&a| a <= 1) else {
        return Err(BlockError {
            line: first_line,
            col: 1,
            message: crate::t!("sub-no-timing"),
            found: block[0].trim().chars().take(60).collect(),
            expected: crate::t!("sub-timing-expected"),
            hint: crate::t!("sub-no-timing-hint"),
        });
    };
    let line = first_line + at;
    let timing = block[at];
    let (start_ms, end_ms) = timing_of(timing, line)?;
    let text: Vec<String> = block[at + 1..]
        .iter()
        .map(|l| clean(l))
        .filter(|l| !l.is_empty())
        .collect();
    if text.is_empty() {
        return Err(BlockError {
            line,
            col: 1,
            message: crate::t!("sub-no-text"),
            found: timing.trim().to_string(),
            expected: crate::t!("sub-no-text-expected"),
            hint: crate::t!("sub-no-text-hint"),
        });
    }
    Ok(TimedCue {
        cue: Cue {
            start_ms,
            end_ms,
            lines: text,
        },
        line,
    })
}

/// `00:00:01,000 --> 00:00:04,000` (SRT) or `00:01.000 --> 00:04.000 align:start` (WebVTT).
fn timing_of(timing: &str, line: usize) -> Result<(u64, u64), BlockError> {
    let bad = |col: usize, found: &str| BlockError {
        line,
        col,
        message: crate::t!("sub-timing", found = found),
        found: found.to_string(),
        expected: crate::t!("sub-timing-expected"),
        hint: crate::t!("sub-timing-hint"),
    };
    let (left, right) = timing.split_once("-->").unwrap_or((timing, ""));
    let start_col = left.len() - left.trim_start().len() + 1;
    let start = timestamp_ms(left.trim()).ok_or_else(|| bad(start_col, left.trim()))?;
    let right_trim = right.trim_start();
    let end_text = right_trim.split_whitespace().next().unwrap_or("");
    let end_col = left.len() + 3 + (right.len() - right_trim.len()) + 1;
    let end = timestamp_ms(end_text).ok_or_else(|| bad(end_col, end_text))?;
    if end <= start {
        return Err(BlockError {
            line,
            col: end_col,
            message: crate::t!("sub-order", start = left.trim(), end = end_text),
            found: timing.trim().to_string(),
            expected: crate::t!("sub-order-expected"),
            hint: crate::t!("sub-order-hint"),
        });
    }
    Ok((start, end))
}

/// `[hh:]mm:ss[.,]mmm` in milliseconds.
fn timestamp_ms(t: &str) -> Option<u64> {
    let (clock, milli) = t.split_once(['.', ','])?;
    if milli.len() != 3 || !milli.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let parts: Vec<&str> = clock.split(':').collect();
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    // Hours may have any number of digits; minutes and seconds one or two.
    if !(2..=3).contains(&parts.len())
        || !parts.iter().all(|p| digits(p))
        || parts[parts.len() - 2..].iter().any(|p| p.len() > 2)
        || parts[0].len() > 4
    {
        return None;
    }
    let nums: Vec<u64> = parts
        .iter()
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let (h, m, s) = match nums[..] {
        [m, s] => (0, m, s),
        [h, m, s] => (h, m, s),
        _ => return None,
    };
    if m > 59 || s > 59 {
        return None;
    }
    Some(((h * 60 + m) * 60 + s) * 1000 + milli.parse::<u64>().ok()?)
}

/// A caption line without formatting tags (`<i>`, `</b>`, `<c.x>`, `{\an8}`) and
/// with WebVTT's escapes read.
fn clean(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut depth = (0usize, 0usize);
    for ch in line.chars() {
        match ch {
            '<' => depth.0 += 1,
            '>' if depth.0 > 0 => depth.0 -= 1,
            '{' => depth.1 += 1,
            '}' if depth.1 > 0 => depth.1 -= 1,
            _ if depth == (0, 0) => out.push(ch),
            _ => {}
        }
    }
    let out = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every cue that breaks a caption rule, as a warning at its time code.
pub fn check_rules(path: &Path, cues: &[TimedCue]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let warn = |c: &TimedCue, msg: String, hint: String| {
        Diagnostic::warning(path, msg).at(c.line, 1).hint(hint)
    };
    let mut prev_end = 0;
    for c in cues {
        let cue = &c.cue;
        if cue.start_ms < prev_end {
            out.push(warn(
                c,
                crate::t!(
                    "sub-overlap",
                    start = super::timestamp(cue.start_ms),
                    end = super::timestamp(prev_end)
                ),
                crate::t!("sub-overlap-hint"),
            ));
        }
        prev_end = prev_end.max(cue.end_ms);
        if cue.lines.len() > MAX_CUE_LINES {
            out.push(warn(
                c,
                crate::t!("sub-lines", n = cue.lines.len(), max = MAX_CUE_LINES),
                crate::t!("sub-lines-hint"),
            ));
        }
        for l in &cue.lines {
            let n = l.chars().count();
            if n > MAX_LINE_CHARS {
                out.push(warn(
                    c,
                    crate::t!(
                        "sub-line-long",
                        n = n,
                        max = MAX_LINE_CHARS,
                        line = l.as_str()
                    ),
                    crate::t!("sub-line-long-hint"),
                ));
            }
        }
        let ms = cue.end_ms - cue.start_ms;
        let secs = format!("{:.1}", ms as f64 / 1000.0).replace('.', ",");
        if ms < MIN_CUE_MS {
            out.push(warn(
                c,
                crate::t!("sub-short", secs = secs.as_str()),
                crate::t!("sub-short-hint"),
            ));
        } else if ms > MAX_CUE_MS {
            out.push(warn(
                c,
                crate::t!("sub-long", secs = secs.as_str()),
                crate::t!("sub-long-hint"),
            ));
        }
        let chars = cue_chars(&cue.lines);
        if ms > 0 && chars as u64 * 1000 > MAX_CPS * ms {
            let cps = format!("{:.0}", chars as f64 * 1000.0 / ms as f64);
            out.push(warn(
                c,
                crate::t!("sub-fast", cps = cps.as_str(), max = MAX_CPS),
                crate::t!("sub-fast-hint"),
            ));
        }
    }
    out
}

/// A word as compared: lower case, without the punctuation around it.
fn norm(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// The words of `text`, compared form and as written.
fn words(text: &str) -> impl Iterator<Item = (String, &str)> {
    text.split_whitespace()
        .map(|w| (norm(w), w))
        .filter(|(n, _)| !n.is_empty())
}

/// Where the captions' words differ from the talepinde: one warning per run of
/// missing, added or changed words, at the cue where it happens.
pub fn compare(path: &Path, talepinde: &[&str], cues: &[TimedCue]) -> Vec<Diagnostic> {
    let said: Vec<(String, &str)> = talepinde.iter().flat_map(|t| words(t)).collect();
    let mut shown: Vec<(String, &str, usize)> = Vec::new();
    for c in cues {
        for l in &c.cue.lines {
            shown.extend(words(l).map(|(n, w)| (n, w, c.line)));
        }
    }
    let a: Vec<&str> = said.iter().map(|(n, _)| n.as_str()).collect();
    let b: Vec<&str> = shown.iter().map(|(n, _, _)| n.as_str()).collect();
    let quote = |ws: &[&str]| ws.join(" ");
    let mut out = Vec::new();
    let mut more = 0usize;
    for op in capture_diff_slices(Algorithm::Myers, &a, &b) {
        let (said_r, shown_r) = match op {
            DiffOp::Equal { .. } => continue,
            DiffOp::Delete {
                old_index,
                old_len,
                new_index,
            } => (old_index..old_index + old_len, new_index..new_index),
            DiffOp::Insert {
                old_index,
                new_index,
                new_len,
            } => (old_index..old_index, new_index..new_index + new_len),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => (
                old_index..old_index + old_len,
                new_index..new_index + new_len,
            ),
        };
        if out.len() == MAX_DIFFS {
            more += 1;
            continue;
        }
        let line = shown
            .get(shown_r.start.min(shown.len().saturating_sub(1)))
            .map_or(1, |w| w.2);
        let said_w: Vec<&str> = said[said_r].iter().map(|w| w.1).collect();
        let shown_w: Vec<&str> = shown[shown_r].iter().map(|w| w.1).collect();
        let msg = match (said_w.is_empty(), shown_w.is_empty()) {
            (false, true) => crate::t!("sub-missing", words = quote(&said_w)),
            (true, false) => crate::t!("sub-added", words = quote(&shown_w)),
            _ => crate::t!(
                "sub-changed",
                found = quote(&shown_w),
                expected = quote(&said_w)
            ),
        };
        out.push(
            Diagnostic::warning(path, msg)
                .at(line, 1)
                .hint(crate::t!("sub-words-hint")),
        );
    }
    if more > 0 {
        out.push(
            Diagnostic::warning(path, crate::t!("sub-more", n = more))
                .at(1, 1)
                .hint(crate::t!("sub-words-hint")),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRT: &str = "1\n00:00:01,000 --> 00:00:04,000\n<i>Aarhus er en by</i>\nmed mange bydele.\n\n2\n00:00:04,500 --> 00:00:07,000\nVi vil gerne blande dem.\n";

    fn p() -> &'static Path {
        Path::new("content/x/video.srt")
    }

    #[test]
    fn srt_and_vtt_read_the_same() {
        let srt = parse(p(), SRT).unwrap();
        let vtt = parse(
            p(),
            "WEBVTT\n\nNOTE fra klipperen\n\n00:01.000 --> 00:04.000 align:start\nAarhus er en by\nmed mange bydele.\n\nid-2\n00:00:04.500 --> 00:00:07.000\nVi vil gerne blande dem.\n",
        )
        .unwrap();
        assert_eq!(srt.len(), 2);
        assert_eq!(srt[0].cue.lines, ["Aarhus er en by", "med mange bydele."]);
        assert_eq!(
            (srt[0].cue.start_ms, srt[0].cue.end_ms, srt[0].line),
            (1000, 4000, 2)
        );
        let cues = |v: &[TimedCue]| v.iter().map(|c| c.cue.clone()).collect::<Vec<_>>();
        assert_eq!(cues(&srt), cues(&vtt));
        assert_eq!(vtt[0].line, 5);
    }

    #[test]
    fn bad_time_codes_point_at_their_line_and_column() {
        let e = parse(p(), "1\n00:00:01,000 --> 00:00:0x,000\nTekst\n").unwrap_err();
        assert_eq!((e[0].line, e[0].col), (2, 18), "{}", e[0]);
        let e = parse(p(), "1\n00:00:05,000 --> 00:00:04,000\nTekst\n").unwrap_err();
        assert!(e[0].to_string().contains("00:00:04,000"), "{}", e[0]);
        let e = parse(p(), "1\nTekst uden tid\n").unwrap_err();
        assert_eq!(e[0].line, 1);
        assert!(parse(p(), "").is_err());
        assert!(parse(p(), "WEBVTT\n").is_err());
        let e = parse(p(), "1\n00:00:01,000 --> 00:00:02,000\n\n").unwrap_err();
        assert_eq!(e[0].line, 2);
    }

    #[test]
    fn rules_are_those_of_the_generated_captions() {
        let src = "1\n00:00:01,000 --> 00:00:01,500\nFor hurtigt\n\n2\n00:00:01,200 --> 00:00:09,000\nEn\nto\ntre\n\n3\n00:00:10,000 --> 00:00:12,000\nDenne linje er alt for lang til at stå på en undertekst\n";
        let cues = parse(p(), src).unwrap();
        let w: Vec<String> = check_rules(p(), &cues)
            .iter()
            .map(|d| d.to_string())
            .collect();
        let all = w.join("\n");
        assert_eq!(w.len(), 7, "{all}");
        for line in [":2:", ":6:", ":12:"] {
            assert!(all.contains(line), "{line}: {all}");
        }
        assert!(check_rules(p(), &parse(p(), SRT).unwrap()).is_empty());
    }

    #[test]
    fn words_missing_added_or_changed_are_reported_at_their_cue() {
        let cues = parse(p(), SRT).unwrap();
        let same = [
            "Aarhus er en by med mange bydele.",
            "Vi vil gerne blande dem!",
        ];
        assert!(compare(p(), &same, &cues).is_empty());
        let d = compare(
            p(),
            &[
                "Aarhus er en stor by med mange bydele.",
                "Vi vil blande dem.",
            ],
            &cues,
        );
        let all: Vec<String> = d.iter().map(|d| d.to_string()).collect();
        assert_eq!(d.len(), 2, "{all:?}");
        assert!(
            all[0].contains(":2:1") && all[0].contains("stor"),
            "{}",
            all[0]
        );
        assert!(
            all[1].contains(":7:1") && all[1].contains("gerne"),
            "{}",
            all[1]
        );
        let d = compare(
            p(),
            &[
                "Aarhus er en by med mange kvarterer.",
                "Vi vil gerne blande dem.",
            ],
            &cues,
        );
        assert_eq!(d.len(), 1);
        assert!(d[0].to_string().contains("kvarterer"), "{}", d[0]);
    }

    #[test]
    fn hostile_files_never_panic() {
        for src in [
            "-->",
            "1\n-->\n",
            "\u{feff}WEBVTT\n\n99:99:99,999 --> 1\nx",
            "1\n00:00:01,000 -->\nx",
            "1\n:.000 --> 00:01.000\nx",
            "\r\n\r\n",
            "1\n00:00:01,000 --> 00:00:02,000\n<<<}}}{{\n",
        ] {
            let _ = parse(p(), src);
        }
    }
}

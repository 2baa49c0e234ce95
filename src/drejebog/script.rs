//! The drejebog file format (`drejebog.toml`) and its checks.
//!
//! [`Drejebog::parse`] turns the TOML text into a [`Drejebog`]; it fails only when the
//! text is not valid TOML, has an unknown key, or a value of the wrong kind. Everything
//! else (a scene without talepinde, a missing video file, bad `m:ss` times, the 2–3
//! minute bounds) is reported by [`check`], which collects all problems at once and
//! points each one at the line of the scene or key that causes it.
//!
//! Keys are Danish so staff can write the file without help; the Rust fields and the
//! serialized names (what templates see) are English.

use std::path::Path;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::config::VideoConfig;
use crate::date::Date;
use crate::diag::{Diagnostic, Severity};

use super::duration::{self, fmt_mss, parse_mss};
use super::vtt::MAX_LINE_CHARS;

/// Video file formats the page can play (`<video>` with one source).
pub const VIDEO_EXTENSIONS: &[&str] = &["mp4", "webm"];
/// Poster image formats.
pub const POSTER_EXTENSIONS: &[&str] = &["jpg", "jpeg", "png", "webp"];

/// A parsed video script.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Drejebog {
    /// `lokation`: where the video is recorded, and why.
    pub location: Option<String>,
    /// `lyd`: the background sound.
    pub sound: Option<String>,
    /// `[taler]`: who speaks (shown in a name box for the first 10 seconds).
    pub speaker: Option<Speaker>,
    /// `[[tidsplan]]`: dated steps, in the order written.
    pub timeline: Vec<TimelineEntry>,
    /// `[video]`: the finished video, once it exists (all fields empty before).
    pub video: Video,
    /// `[[scene]]`: the scenes in the order they are seen.
    pub scenes: Vec<Scene>,
}

/// `[taler]`: the person speaking in the video.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Speaker {
    /// `navn`
    pub name: String,
    /// `titel`
    pub title: String,
}

/// One `[[tidsplan]]` entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineEntry {
    /// `dato`
    pub date: Date,
    /// `til`: last day, for a step that spans several days.
    pub until: Option<Date>,
    /// `aktivitet`
    pub activity: String,
    #[serde(skip)]
    pub(crate) until_at: usize,
}

/// `[video]`: the finished video.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Video {
    /// `fil`: a video file in the problem's folder (mp4 or webm).
    pub file: Option<String>,
    /// `url`: the address of a video on an external site (shown in an iframe).
    pub url: Option<String>,
    /// `plakat`: a poster image in the problem's folder.
    pub poster: Option<String>,
    /// `varighed`: the real duration as written, `m:ss`.
    pub duration: Option<String>,
    /// `undertekster`: the producer's own captions for the recorded video (`.srt` or
    /// `.vtt` in the problem's folder); without them captions come from the talepinde.
    pub captions: Option<String>,
    #[serde(skip)]
    pub(crate) file_at: usize,
    #[serde(skip)]
    pub(crate) captions_at: usize,
    #[serde(skip)]
    pub(crate) url_at: usize,
    #[serde(skip)]
    pub(crate) poster_at: usize,
    #[serde(skip)]
    pub(crate) duration_at: usize,
}

impl Video {
    /// True when there is a video to show (a file or a URL).
    pub fn exists(&self) -> bool {
        self.file.is_some() || self.url.is_some()
    }

    /// The real duration in seconds, when `varighed` is given and well written.
    pub fn duration_seconds(&self) -> Option<f64> {
        self.duration.as_deref().and_then(parse_mss)
    }
}

/// One `[[scene]]`: what is seen and what is said.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scene {
    /// `billede`: what is seen.
    pub picture: String,
    /// `note`: a note to the film crew (how to film it); never published.
    pub note: Option<String>,
    /// `talepinde`: the lines that are said, in order.
    pub lines: Vec<String>,
    /// `start`: when the scene starts in the cut video, as written (`m:ss`).
    pub start: Option<String>,
    #[serde(skip)]
    pub(crate) at: usize,
    #[serde(skip)]
    pub(crate) lines_at: Vec<usize>,
    #[serde(skip)]
    pub(crate) start_at: usize,
}

impl Scene {
    /// The start time in seconds, when given and well written.
    pub fn start_seconds(&self) -> Option<f64> {
        self.start.as_deref().and_then(parse_mss)
    }
}

// ---------------------------------------------------------------------------
// Parsing

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDrejebog {
    #[serde(default)]
    lokation: Option<String>,
    #[serde(default)]
    lyd: Option<String>,
    #[serde(default)]
    taler: Option<RawTaler>,
    #[serde(default)]
    tidsplan: Vec<RawTidsplan>,
    #[serde(default)]
    video: Option<RawVideo>,
    #[serde(default)]
    scene: Vec<Spanned<RawScene>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTaler {
    navn: String,
    titel: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTidsplan {
    dato: Date,
    #[serde(default)]
    til: Option<Spanned<Date>>,
    aktivitet: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVideo {
    #[serde(default)]
    fil: Option<Spanned<String>>,
    #[serde(default)]
    url: Option<Spanned<String>>,
    #[serde(default)]
    plakat: Option<Spanned<String>>,
    #[serde(default)]
    varighed: Option<Spanned<String>>,
    #[serde(default)]
    undertekster: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScene {
    #[serde(default)]
    billede: Option<String>,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    talepinde: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    start: Option<Spanned<String>>,
}

fn split<T>(s: Spanned<T>, shift: usize) -> (T, usize) {
    let at = s.span().start + shift;
    (s.into_inner(), at)
}

fn split_opt<T>(s: Option<Spanned<T>>, shift: usize) -> (Option<T>, usize) {
    match s {
        Some(s) => {
            let (v, at) = split(s, shift);
            (Some(v), at)
        }
        None => (None, 0),
    }
}

impl Drejebog {
    /// Parse the text of a `drejebog.toml`. `path` is the path shown to the user.
    /// Errors: invalid TOML, unknown keys (the message lists the allowed ones),
    /// values of the wrong kind, a missing required key — each with line and column.
    pub fn parse(path: &Path, src: &str) -> Result<Drejebog, Vec<Diagnostic>> {
        // A byte-order mark is invisible in editors; skip it but keep offsets right.
        let shift = if src.starts_with('\u{feff}') { 3 } else { 0 };
        let body = src.get(shift..).unwrap_or("");
        let raw: RawDrejebog =
            toml::from_str(body).map_err(|e| vec![toml_error(path, src, shift, &e)])?;
        let video = raw.video.map_or_else(Video::default, |v| {
            let (file, file_at) = split_opt(v.fil, shift);
            let (url, url_at) = split_opt(v.url, shift);
            let (poster, poster_at) = split_opt(v.plakat, shift);
            let (duration, duration_at) = split_opt(v.varighed, shift);
            let (captions, captions_at) = split_opt(v.undertekster, shift);
            Video {
                file,
                url,
                poster,
                duration,
                captions,
                file_at,
                captions_at,
                url_at,
                poster_at,
                duration_at,
            }
        });
        let scenes = raw
            .scene
            .into_iter()
            .map(|s| {
                let (s, at) = split(s, shift);
                let (start, start_at) = split_opt(s.start, shift);
                let mut lines = Vec::new();
                let mut lines_at = Vec::new();
                for l in s.talepinde.unwrap_or_default() {
                    let (l, a) = split(l, shift);
                    lines.push(l.trim().to_string());
                    lines_at.push(a);
                }
                Scene {
                    picture: s.billede.unwrap_or_default().trim().to_string(),
                    note: s
                        .note
                        .map(|n| n.trim().to_string())
                        .filter(|n| !n.is_empty()),
                    lines,
                    start: start.map(|s| s.trim().to_string()),
                    at,
                    lines_at,
                    start_at,
                }
            })
            .collect();
        Ok(Drejebog {
            location: raw.lokation.map(|s| s.trim().to_string()),
            sound: raw.lyd.map(|s| s.trim().to_string()),
            speaker: raw.taler.map(|t| Speaker {
                name: t.navn.trim().to_string(),
                title: t.titel.trim().to_string(),
            }),
            timeline: raw
                .tidsplan
                .into_iter()
                .map(|t| {
                    let (until, until_at) = split_opt(t.til, shift);
                    TimelineEntry {
                        date: t.dato,
                        until,
                        activity: t.aktivitet.trim().to_string(),
                        until_at,
                    }
                })
                .collect(),
            video,
            scenes,
        })
    }

    /// Read and parse a drejebog file. A missing file is one clear diagnostic.
    pub fn from_file(path: &Path, shown_as: &Path) -> Result<(Drejebog, String), Vec<Diagnostic>> {
        if !path.exists() {
            return Err(vec![Diagnostic::error(
                shown_as,
                crate::t!("dj-missing-file"),
            )
            .expected(crate::t!("dj-missing-file-expected"))
            .hint(crate::t!("dj-missing-file-hint"))]);
        }
        let src = crate::diag::read_text(path, shown_as).map_err(|d| vec![d])?;
        let d = Drejebog::parse(shown_as, &src)?;
        Ok((d, src))
    }
}

/// Keys that may be written, per table (for messages).
const TOP_KEYS: &str = "lokation, lyd, [taler], [[tidsplan]], [video], [[scene]]";

/// A TOML/serde error, reworded for staff where we know the pattern.
fn toml_error(path: &Path, src: &str, shift: usize, e: &toml::de::Error) -> Diagnostic {
    let offset = e.span().map_or(0, |s| s.start) + shift;
    let raw = e.message().trim().replace('\n', ": ");
    let msg = raw.as_str();
    let d = Diagnostic::error(path, "").at_offset(src, offset);
    let ticked: Vec<&str> = msg.split('`').skip(1).step_by(2).collect();
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let key = rest.split('`').next().unwrap_or("");
        let allowed: Vec<&str> = ticked.iter().skip(1).copied().collect();
        let allowed = if allowed.is_empty() {
            crate::t!("dj-no-keys")
        } else if allowed == ["lokation", "lyd", "taler", "tidsplan", "video", "scene"] {
            TOP_KEYS.to_string()
        } else {
            allowed.join(", ")
        };
        return Diagnostic {
            message: crate::t!("dj-unknown-key", key = key),
            ..d
        }
        .expected(crate::t!("one-of", list = allowed))
        .found(key.to_string())
        .hint(crate::t!("dj-unknown-key-hint"));
    }
    if let Some(rest) = msg.strip_prefix("missing field `") {
        let key = rest.split('`').next().unwrap_or("");
        return Diagnostic {
            message: crate::t!("dj-missing-key", key = key),
            ..d
        }
        .expected(crate::t!("dj-missing-key-expected", key = key))
        .hint(match key {
            "dato" => crate::t!("dj-missing-dato"),
            "aktivitet" => crate::t!("dj-missing-aktivitet"),
            "navn" => crate::t!("dj-missing-navn"),
            "titel" => crate::t!("dj-missing-titel"),
            _ => crate::t!("dj-missing-other"),
        });
    }
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let (expected, hint) = match expected {
            "a sequence" => (crate::t!("dj-type-list"), crate::t!("dj-type-list-hint")),
            "a string" => (crate::t!("dj-type-text"), crate::t!("dj-type-text-hint")),
            _ => (
                crate::diag::translate_serde(&format!("invalid type: {rest}")),
                crate::t!("dj-type-other-hint"),
            ),
        };
        return Diagnostic {
            message: crate::t!("dj-wrong-kind"),
            ..d
        }
        .expected(expected)
        .found(found.to_string())
        .hint(hint);
    }
    Diagnostic {
        message: crate::t!("toml-unreadable", why = crate::diag::translate_serde(msg)),
        ..d
    }
    .hint(crate::t!("dj-syntax-hint"))
}

// ---------------------------------------------------------------------------
// Checks

/// Check a parsed drejebog. `exists(name)` says whether a file named in the drejebog
/// (`fil`, `plakat`, relative to the problem's folder) is in the folder. `approved`:
/// the drejebog is marked approved, so a duration outside the bounds is an error
/// instead of a warning. Returns every problem found, in file order per kind.
pub fn check(
    d: &Drejebog,
    cfg: &VideoConfig,
    exists: impl Fn(&str) -> bool,
    path: &Path,
    src: &str,
    approved: bool,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let err = |msg: String, at: usize| Diagnostic::error(path, msg).at_offset(src, at);
    let warn = |msg: String, at: usize| Diagnostic::warning(path, msg).at_offset(src, at);

    // Timeline.
    for t in &d.timeline {
        if let Some(until) = t.until {
            if until < t.date {
                out.push(
                    err(
                        crate::t!(
                            "dj-timeline-order",
                            until = until.to_string(),
                            date = t.date.to_string()
                        ),
                        t.until_at,
                    )
                    .expected(crate::t!(
                        "dj-timeline-order-expected",
                        date = t.date.to_string()
                    ))
                    .found(until.to_string())
                    .hint(crate::t!("dj-timeline-order-hint")),
                );
            }
        }
    }

    // Video.
    let v = &d.video;
    if let (Some(_), Some(url)) = (&v.file, &v.url) {
        out.push(
            err(crate::t!("dj-video-both"), v.url_at)
                .expected(crate::t!("dj-video-both-expected"))
                .found(crate::t!("dj-video-both-found", url = url.as_str()))
                .hint(crate::t!("dj-video-both-hint")),
        );
    }
    if let Some(f) = &v.file {
        check_bundle_file(
            &mut out,
            &err,
            &exists,
            f,
            v.file_at,
            BundleFile {
                what: crate::t!("dj-what-video"),
                extensions: VIDEO_EXTENSIONS,
                formats: crate::t!("dj-formats-video"),
                convert: crate::t!("dj-convert-video"),
            },
        );
        if v.duration.is_none() {
            out.push(
                warn(crate::t!("dj-no-duration"), v.file_at)
                    .expected(crate::t!("dj-no-duration-expected"))
                    .hint(crate::t!("dj-no-duration-hint")),
            );
        }
        if v.poster.is_none() {
            out.push(
                warn(crate::t!("dj-no-poster"), v.file_at)
                    .expected(crate::t!("dj-no-poster-expected"))
                    .hint(crate::t!("dj-no-poster-hint")),
            );
        }
    }
    if let Some(u) = &v.url {
        if !u.starts_with("https://") {
            out.push(
                err(crate::t!("dj-url-https", url = u.as_str()), v.url_at)
                    .expected(crate::t!("dj-url-https-expected"))
                    .found(u.clone())
                    .hint(crate::t!("dj-url-https-hint")),
            );
        }
    }
    if let Some(p) = &v.poster {
        check_bundle_file(
            &mut out,
            &err,
            &exists,
            p,
            v.poster_at,
            BundleFile {
                what: crate::t!("dj-what-poster"),
                extensions: POSTER_EXTENSIONS,
                formats: crate::t!("dj-formats-poster"),
                convert: crate::t!("dj-convert-poster"),
            },
        );
    }
    if let Some(c) = &v.captions {
        check_bundle_file(
            &mut out,
            &err,
            &exists,
            c,
            v.captions_at,
            BundleFile {
                what: crate::t!("dj-what-captions"),
                extensions: super::subtitles::CAPTION_EXTENSIONS,
                formats: crate::t!("dj-formats-captions"),
                convert: crate::t!("dj-convert-captions"),
            },
        );
        if !v.exists() {
            out.push(
                warn(crate::t!("dj-captions-no-video"), v.captions_at)
                    .hint(crate::t!("dj-captions-no-video-hint")),
            );
        }
    }
    let real = match &v.duration {
        Some(text) => {
            let secs = parse_mss(text);
            if secs.is_none() {
                out.push(bad_mss(
                    err(
                        crate::t!("dj-duration-mss", text = text.as_str()),
                        v.duration_at,
                    ),
                    text,
                ));
            }
            secs
        }
        None => None,
    };

    // Scenes.
    if d.scenes.is_empty() {
        out.push(
            Diagnostic::error(path, crate::t!("dj-no-scenes"))
                .expected(crate::t!("dj-no-scenes-expected"))
                .hint(crate::t!("dj-no-scenes-hint")),
        );
    }
    let mut prev: Option<(usize, f64, &str)> = None;
    for (i, s) in d.scenes.iter().enumerate() {
        let n = i + 1;
        if s.picture.is_empty() {
            out.push(
                err(crate::t!("dj-no-billede", scene = n), s.at)
                    .expected(crate::t!("dj-no-billede-expected"))
                    .hint(crate::t!("dj-no-billede-hint")),
            );
        }
        if s.lines.is_empty() {
            out.push(
                err(crate::t!("dj-no-talepinde", scene = n), s.at)
                    .expected(crate::t!("dj-no-talepinde-expected"))
                    .found(crate::t!("dj-no-talepinde-found"))
                    .hint(crate::t!("dj-no-talepinde-hint")),
            );
        }
        for (k, (line, at)) in s.lines.iter().zip(&s.lines_at).enumerate() {
            if line.is_empty() {
                out.push(
                    err(crate::t!("dj-empty-line", scene = n, line = k + 1), *at)
                        .expected(crate::t!("dj-empty-line-expected"))
                        .found("\"\"")
                        .hint(crate::t!("dj-empty-line-hint")),
                );
            }
            for w in line.split_whitespace() {
                let len = w.chars().count();
                if len > MAX_LINE_CHARS {
                    out.push(
                        warn(crate::t!("dj-long-word", scene = n, word = w), *at)
                            .expected(crate::t!("dj-long-word-expected", max = MAX_LINE_CHARS))
                            .found(crate::t!("dj-chars", count = len))
                            .hint(crate::t!("dj-long-word-hint")),
                    );
                }
            }
        }
        if let Some(text) = &s.start {
            match parse_mss(text) {
                None => out.push(bad_mss(
                    err(
                        crate::t!("dj-start-mss", scene = n, text = text.as_str()),
                        s.start_at,
                    ),
                    text,
                )),
                Some(t) => {
                    if let Some((pn, pt, ptext)) = prev {
                        if t <= pt {
                            out.push(
                                err(
                                    crate::t!(
                                        "dj-start-order",
                                        scene = n,
                                        text = text.as_str(),
                                        prev = pn,
                                        prevtext = ptext
                                    ),
                                    s.start_at,
                                )
                                .expected(crate::t!("dj-start-order-expected", prevtext = ptext))
                                .found(text.clone())
                                .hint(crate::t!("dj-start-order-hint")),
                            );
                        }
                    }
                    if let (Some(end), Some(end_text)) = (real, &v.duration) {
                        if t >= end {
                            out.push(
                                err(
                                    crate::t!(
                                        "dj-start-after-end",
                                        scene = n,
                                        text = text.as_str(),
                                        end = end_text.as_str()
                                    ),
                                    s.start_at,
                                )
                                .expected(crate::t!(
                                    "dj-start-after-end-expected",
                                    end = end_text.as_str()
                                ))
                                .found(text.clone())
                                .hint(crate::t!("dj-start-after-end-hint")),
                            );
                        }
                    }
                    if !prev.is_some_and(|(_, pt, _)| t <= pt) {
                        prev = Some((n, t, text.as_str()));
                    }
                }
            }
        }
    }

    // Scenes given less time than their talepinde take (captions would crowd).
    let summary = duration::estimate(d, cfg);
    let starts: Vec<Option<f64>> = d.scenes.iter().map(Scene::start_seconds).collect();
    for (i, s) in d.scenes.iter().enumerate() {
        let begin = starts.get(i).copied().flatten();
        let end = match starts.get(i + 1) {
            Some(next) => *next,
            None => real,
        };
        if let (Some(b), Some(e), Some(est)) = (begin, end, summary.scenes.get(i)) {
            if e > b && (e - b) < est.speech_exact * 0.75 {
                out.push(
                    warn(
                        crate::t!(
                            "dj-scene-crowded",
                            scene = i + 1,
                            lasts = fmt_mss(e - b),
                            takes = fmt_mss(est.speech_exact)
                        ),
                        s.start_at,
                    )
                    .hint(crate::t!("dj-scene-crowded-hint")),
                );
            }
        }
    }

    // The 2–3 minute bounds.
    let (min, max) = (cfg.min_seconds, cfg.max_seconds);
    let bounds = format!("{}–{}", fmt_mss(min), fmt_mss(max));
    let severity = if approved {
        Severity::Error
    } else {
        Severity::Warning
    };
    let approved_note = if approved {
        crate::t!("dj-approved-note")
    } else {
        String::new()
    };
    if let Some(secs) = real {
        if secs < min || secs > max {
            out.push(
                Diagnostic::error(
                    path,
                    crate::t!(
                        "dj-video-length",
                        length = fmt_mss(secs),
                        bounds = bounds.as_str()
                    ),
                )
                .with_severity(severity)
                .at_offset(src, v.duration_at)
                .expected(crate::t!(
                    "dj-video-length-expected",
                    bounds = bounds.as_str()
                ))
                .found(fmt_mss(secs))
                .hint(if secs > max {
                    crate::t!("dj-video-shorten", note = approved_note.as_str())
                } else {
                    crate::t!("dj-video-lengthen", note = approved_note.as_str())
                }),
            );
        }
    } else if !d.scenes.is_empty() && (summary.seconds_exact < min || summary.seconds_exact > max) {
        let secs = summary.seconds_exact;
        out.push(
            Diagnostic::error(
                path,
                crate::t!(
                    "dj-talepinde-length",
                    length = fmt_mss(secs),
                    bounds = bounds.as_str()
                ),
            )
            .with_severity(severity)
            .expected(crate::t!(
                "dj-talepinde-length-expected",
                bounds = bounds.as_str()
            ))
            .found(crate::t!(
                "dj-talepinde-length-found",
                words = summary.words,
                wpm = summary.words_per_minute,
                pause = summary.scene_pause_seconds,
                changes = d.scenes.len().saturating_sub(1)
            ))
            .hint(if secs > max {
                crate::t!("dj-talepinde-shorten", note = approved_note.as_str())
            } else {
                crate::t!("dj-talepinde-lengthen", note = approved_note.as_str())
            }),
        );
    }
    out
}

fn bad_mss(d: Diagnostic, text: &str) -> Diagnostic {
    d.expected(crate::t!("dj-mss-expected"))
        .found(format!("\"{text}\""))
        .hint(crate::t!("dj-mss-hint"))
}

struct BundleFile {
    what: String,
    extensions: &'static [&'static str],
    formats: String,
    convert: String,
}

fn check_bundle_file(
    out: &mut Vec<Diagnostic>,
    err: &dyn Fn(String, usize) -> Diagnostic,
    exists: &dyn Fn(&str) -> bool,
    name: &str,
    at: usize,
    kind: BundleFile,
) {
    let what = kind.what.as_str();
    let escapes = name.starts_with('/')
        || name.starts_with('\\')
        || name.contains("://")
        || name.split(['/', '\\']).any(|c| c == "..")
        || name.get(1..2) == Some(":");
    if name.trim().is_empty() || escapes {
        out.push(
            err(crate::t!("dj-file-outside", what = what, name = name), at)
                .expected(crate::t!("dj-file-outside-expected"))
                .found(format!("\"{name}\""))
                .hint(crate::t!("dj-file-outside-hint")),
        );
        return;
    }
    let ext = Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    if !kind.extensions.contains(&ext.as_str()) {
        out.push(
            err(
                crate::t!(
                    "dj-file-format",
                    what = what,
                    name = name,
                    formats = kind.formats.as_str()
                ),
                at,
            )
            .expected(crate::t!(
                "dj-file-format-expected",
                list = kind
                    .extensions
                    .iter()
                    .map(|e| format!(".{e}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
            .found(format!("\"{name}\""))
            .hint(kind.convert.clone()),
        );
    } else if !exists(name) {
        out.push(
            err(crate::t!("dj-file-missing", what = what, name = name), at)
                .expected(crate::t!("dj-file-missing-expected", name = name))
                .found(crate::t!("dj-file-missing-found"))
                .hint(crate::t!("dj-file-missing-hint")),
        );
    }
}

//! The video script (*drejebog*) of a wicked problem: `drejebog.toml` in the problem's
//! folder (see `docs/drejebog.md` for the file format, written for staff).
//!
//! Pure code, no file IO (except the thin [`Drejebog::from_file`]):
//! - [`Drejebog::parse`] reads the TOML; [`check`] finds every problem in it
//!   (missing talepinde, video and poster files, `m:ss` times, the 2–3 minute bounds);
//! - [`estimate`] gives the spoken duration per scene and in total ([`Summary`]);
//! - [`captions`] writes the WebVTT captions (`/<slug>/video.da.vtt`);
//! - [`transcript`], [`player`] and [`script_page`] are the serializable views the
//!   templates get: the descriptive transcript on the public page, the video player
//!   (or the "no video yet" notice), and the internal script page for preview builds.

mod duration;
mod script;
pub mod subtitles;
mod vtt;

pub use duration::{count_words, estimate, fmt_mss, parse_mss, SceneEstimate, Summary};
pub use script::{
    check, Drejebog, Scene, Speaker, TimelineEntry, Video, POSTER_EXTENSIONS, VIDEO_EXTENSIONS,
};
pub use vtt::{
    captions, cues, render, split_text, timestamp, Cue, CAPTIONS_FILE, MAX_CUE_LINES, MAX_CUE_MS,
    MAX_LINE_CHARS, MIN_CUE_MS,
};

use chrono::Datelike;
use serde::Serialize;

use crate::config::VideoConfig;
use crate::date::Date;

/// The file name of a drejebog in a problem's folder.
pub const FILE_NAME: &str = "drejebog.toml";

/// A new problem's `drejebog.toml` (for `vilde new`): the key guide as comments and
/// the tables to fill in. It parses; [`check`] then asks for the scenes.
pub const SKELETON: &str = r#"# Drejebog for videoen
#
# Denne fil skrives af medarbejderne. Se docs/drejebog.md for et fuldt eksempel.
#
#   lokation      hvor videoen optages, og hvorfor
#   lyd           baggrundslyden
#   [taler]       navn og titel på den, der taler (vises i en boks de første 10 sekunder)
#   [[tidsplan]]  et trin i tidsplanen: dato (ÅÅÅÅ-MM-DD), evt. til (sidste dag) og aktivitet
#   [video]       den færdige video, når den findes:
#                   fil = "video.mp4" (mp4 eller webm i denne mappe) ELLER url = "https://…"
#                   plakat = "plakat.jpg" (et stillbillede fra videoen i denne mappe)
#                   varighed = "2:35" (videoens rigtige længde, minutter:sekunder)
#                   undertekster = "video.srt" (producerens egne undertekster, .srt eller .vtt)
#   [[scene]]     en scene: billede (det, man ser) og talepinde (det, der bliver sagt,
#                 én linje pr. punkt); start = "0:12" når videoen er klippet
#
# Videoen skal vare 2–3 minutter. Tekst skrives i "anførselstegn".

lokation = ""
lyd = ""

# [taler]
# navn = ""
# titel = ""

# [[tidsplan]]
# dato = 2023-02-20
# aktivitet = ""

[video]

# [[scene]]
# billede = ""
# talepinde = [
#   "",
# ]
"#;

/// The descriptive transcript shown under the video ("Det bliver sagt i videoen"):
/// per scene, what is seen and what is said.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Transcript {
    /// The speaker, as shown in the name box at the start of the video.
    pub speaker: Option<Speaker>,
    pub scenes: Vec<TranscriptScene>,
}

/// One scene of the transcript.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TranscriptScene {
    /// 1-based.
    pub number: usize,
    /// What is seen (`billede`).
    pub picture: String,
    /// What is said (`talepinde`), in order; empty lines left out.
    pub lines: Vec<String>,
    /// Start in the cut video (`m:ss`), when given and well written.
    pub start: Option<String>,
}

/// The transcript view of a drejebog.
pub fn transcript(d: &Drejebog) -> Transcript {
    Transcript {
        speaker: d.speaker.clone(),
        scenes: d
            .scenes
            .iter()
            .enumerate()
            .map(|(i, s)| TranscriptScene {
                number: i + 1,
                picture: s.picture.clone(),
                lines: s.lines.iter().filter(|l| !l.is_empty()).cloned().collect(),
                start: s.start_seconds().map(fmt_mss),
            })
            .collect(),
    }
}

/// What the public page shows where the video goes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Player {
    /// `"file"` (a `<video>` element), `"url"` (an `<iframe>`) or `"none"` (no video
    /// yet: say so, with `expected`, and show no player).
    pub kind: &'static str,
    /// The video file name (relative to the page) or the external URL.
    pub src: Option<String>,
    /// MIME type for `<source type>`: `video/mp4` or `video/webm` (files only).
    pub mime: Option<&'static str>,
    /// Poster image file name (files only).
    pub poster: Option<String>,
    /// Captions file name, [`CAPTIONS_FILE`] (files only; an external player carries
    /// its own captions).
    pub captions: Option<&'static str>,
    /// The real duration, `m:ss`, when known.
    pub duration: Option<String>,
    /// When a video not yet made is expected (`[vilde.video] expected`).
    pub expected: Option<Date>,
    /// `expected` in Danish, e.g. "1. marts 2023".
    pub expected_danish: Option<String>,
}

/// The player view. A `fil` wins over a `url` when both are given (the checks report
/// that as an error anyway).
pub fn player(d: &Drejebog, cfg: &VideoConfig) -> Player {
    let v = &d.video;
    let duration = v.duration_seconds().map(fmt_mss);
    if let Some(f) = &v.file {
        let mime = if f.to_ascii_lowercase().ends_with(".webm") {
            "video/webm"
        } else {
            "video/mp4"
        };
        return Player {
            kind: "file",
            src: Some(f.clone()),
            mime: Some(mime),
            poster: v.poster.clone(),
            captions: Some(CAPTIONS_FILE),
            duration,
            expected: None,
            expected_danish: None,
        };
    }
    if let Some(u) = &v.url {
        return Player {
            kind: "url",
            src: Some(u.clone()),
            mime: None,
            poster: None,
            captions: None,
            duration,
            expected: None,
            expected_danish: None,
        };
    }
    Player {
        kind: "none",
        src: None,
        mime: None,
        poster: None,
        captions: None,
        duration: None,
        expected: cfg.expected,
        expected_danish: cfg.expected.map(|e| e.danish()),
    }
}

/// The internal script page (`/<slug>/drejebog/`, preview builds only): everything
/// staff print for the recording day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScriptPage {
    pub location: Option<String>,
    pub sound: Option<String>,
    pub speaker: Option<Speaker>,
    pub timeline: Vec<TimelineView>,
    /// The scene table: picture and lines side by side, with the estimate.
    pub scenes: Vec<ScriptScene>,
    pub summary: Summary,
    pub player: Player,
}

/// A timeline entry with its dates in Danish.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineView {
    pub date: Date,
    pub until: Option<Date>,
    /// E.g. "20. februar 2023" or "24.–28. februar 2023".
    pub when: String,
    pub activity: String,
}

/// One row of the scene table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScriptScene {
    pub number: usize,
    pub picture: String,
    /// The note to the film crew (the internal script page only).
    pub note: Option<String>,
    pub lines: Vec<String>,
    pub start: Option<String>,
    pub words: usize,
    /// Estimated seconds including the pause after the scene (one decimal).
    pub seconds: f64,
    /// `seconds` as `m:ss`.
    pub formatted: String,
}

/// Danish date span: "20. februar 2023", "24.–28. februar 2023",
/// "24. februar – 2. marts 2023", or both dates in full across a new year.
pub fn danish_span(from: Date, until: Option<Date>) -> String {
    match until {
        None => from.danish(),
        Some(u) if u == from => from.danish(),
        Some(u) if u.0.year() == from.0.year() && u.0.month() == from.0.month() => {
            format!("{}.–{}", from.0.day(), u.danish())
        }
        Some(u) if u.0.year() == from.0.year() => {
            let f = from.danish();
            let f = f
                .strip_suffix(&format!(" {}", from.0.year()))
                .unwrap_or(&f)
                .to_string();
            format!("{f} – {}", u.danish())
        }
        Some(u) => format!("{} – {}", from.danish(), u.danish()),
    }
}

/// The internal script page view.
pub fn script_page(d: &Drejebog, cfg: &VideoConfig) -> ScriptPage {
    let summary = estimate(d, cfg);
    let scenes = d
        .scenes
        .iter()
        .zip(&summary.scenes)
        .enumerate()
        .map(|(i, (s, e))| ScriptScene {
            number: i + 1,
            picture: s.picture.clone(),
            note: s.note.clone(),
            lines: s.lines.clone(),
            start: s.start.clone(),
            words: e.words,
            seconds: e.seconds,
            formatted: e.formatted.clone(),
        })
        .collect();
    ScriptPage {
        location: d.location.clone(),
        sound: d.sound.clone(),
        speaker: d.speaker.clone(),
        timeline: d
            .timeline
            .iter()
            .map(|t| TimelineView {
                date: t.date,
                until: t.until,
                when: danish_span(t.date, t.until),
                activity: t.activity.clone(),
            })
            .collect(),
        scenes,
        summary,
        player: player(d, cfg),
    }
}

#[cfg(test)]
mod tests;

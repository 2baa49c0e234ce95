//! Spoken duration: how long the talepinde take to say, and `m:ss` times.
//!
//! The estimate, per scene *i* of *n* scenes:
//!
//! ```text
//! speech_i  = words_i × 60 / words_per_minute
//! pause_i   = scene_pause_seconds   if i < n (a scene change follows), else 0
//! seconds_i = speech_i + pause_i
//! total     = Σ seconds_i = 60 × words / words_per_minute + (n − 1) × scene_pause_seconds
//! ```
//!
//! A word is a run of characters between spaces that holds at least one letter or
//! digit (so a lone dash "–" is not a word, "2-3" and "f.eks." are one word each).
//! Defaults (`[vilde.video]`): 130 words a minute (voice-over guidance is 120–150),
//! 1.5 seconds per scene change.

use serde::Serialize;

use crate::config::VideoConfig;

use super::script::Drejebog;

/// Parse `m:ss` (minutes of any length, seconds as two digits 00–59) into seconds.
/// Surrounding spaces are ignored. `"2:05"` → 125.
pub fn parse_mss(s: &str) -> Option<f64> {
    let (m, sec) = s.trim().split_once(':')?;
    let digits = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit());
    if !digits(m) || m.len() > 3 || sec.len() != 2 || !digits(sec) {
        return None;
    }
    let m: u32 = m.parse().ok()?;
    let sec: u32 = sec.parse().ok()?;
    if sec > 59 {
        return None;
    }
    Some(f64::from(m * 60 + sec))
}

/// Format seconds as `m:ss`, rounded to the nearest second. `135.4` → `"2:15"`.
pub fn fmt_mss(secs: f64) -> String {
    let t = secs.max(0.0).round() as u64;
    format!("{}:{:02}", t / 60, t % 60)
}

/// Count the spoken words in a text (the project's one word rule).
pub use crate::words::count_words;

/// Speaking rate and pause from config, made safe (a rate of 0 or less falls back to
/// the default; a negative pause counts as none).
pub(crate) fn rate(cfg: &VideoConfig) -> (f64, f64) {
    let wpm = if cfg.words_per_minute.is_finite() && cfg.words_per_minute > 0.0 {
        cfg.words_per_minute
    } else {
        VideoConfig::default().words_per_minute
    };
    let pause = if cfg.scene_pause_seconds.is_finite() {
        cfg.scene_pause_seconds.max(0.0)
    } else {
        0.0
    };
    (wpm, pause)
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The estimate for one scene.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SceneEstimate {
    /// 1-based scene number.
    pub number: usize,
    pub words: usize,
    /// Seconds to say the talepinde (one decimal).
    pub speech_seconds: f64,
    /// Pause after the scene (0 for the last scene).
    pub pause_seconds: f64,
    /// `speech_seconds + pause_seconds` (one decimal).
    pub seconds: f64,
    /// `seconds` as `m:ss`.
    pub formatted: String,
    #[serde(skip)]
    pub(crate) speech_exact: f64,
    #[serde(skip)]
    pub(crate) seconds_exact: f64,
}

/// The spoken-duration summary, for the internal script page and the checks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub scenes: Vec<SceneEstimate>,
    /// Words in all talepinde.
    pub words: usize,
    /// Estimated total (one decimal).
    pub seconds: f64,
    /// Estimated total as `m:ss`, e.g. `"2:15"`.
    pub formatted: String,
    pub words_per_minute: f64,
    pub scene_pause_seconds: f64,
    pub min_seconds: f64,
    pub max_seconds: f64,
    /// The bounds as text, e.g. `"2:00–3:00"`.
    pub bounds: String,
    /// The real duration (`varighed`), when known.
    pub actual_seconds: Option<f64>,
    pub actual_formatted: Option<String>,
    /// Whether the video fits the bounds: judged on the real duration when known,
    /// otherwise on the estimate.
    pub within_bounds: bool,
    #[serde(skip)]
    pub(crate) seconds_exact: f64,
}

/// Estimate the spoken duration of a drejebog, per scene and in total.
pub fn estimate(d: &Drejebog, cfg: &VideoConfig) -> Summary {
    let (wpm, pause) = rate(cfg);
    let n = d.scenes.len();
    let scenes: Vec<SceneEstimate> = d
        .scenes
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let words: usize = s.lines.iter().map(|l| count_words(l)).sum();
            let speech = words as f64 * 60.0 / wpm;
            let p = if i + 1 < n { pause } else { 0.0 };
            SceneEstimate {
                number: i + 1,
                words,
                speech_seconds: round1(speech),
                pause_seconds: p,
                seconds: round1(speech + p),
                formatted: fmt_mss(speech + p),
                speech_exact: speech,
                seconds_exact: speech + p,
            }
        })
        .collect();
    let total: f64 = scenes.iter().map(|s| s.seconds_exact).sum();
    let words = scenes.iter().map(|s| s.words).sum();
    let actual = d.video.duration_seconds();
    let judged = actual.unwrap_or(total);
    Summary {
        scenes,
        words,
        seconds: round1(total),
        formatted: fmt_mss(total),
        words_per_minute: wpm,
        scene_pause_seconds: pause,
        min_seconds: cfg.min_seconds,
        max_seconds: cfg.max_seconds,
        bounds: format!("{}–{}", fmt_mss(cfg.min_seconds), fmt_mss(cfg.max_seconds)),
        actual_seconds: actual,
        actual_formatted: actual.map(fmt_mss),
        within_bounds: judged >= cfg.min_seconds && judged <= cfg.max_seconds,
        seconds_exact: total,
    }
}

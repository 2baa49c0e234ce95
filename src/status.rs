//! The one answer to Borgmesterens Afdeling's question: *is each problem ready for
//! the next deadline, and if not, what is missing?* Computed once from the loaded
//! library with the public build's own rules ([`validate::problem::publish_errors`],
//! the approval [`Freshness`] from `content`), and shown as it is by `vilde status`
//! (table and JSON), the `/_status/` page, the preview banners and the front-page
//! cards. Nothing here reads files or prints.

use serde::Serialize;

use crate::approval::{Piece, PieceId, Status};
use crate::config::Config;
use crate::content::Page;
use crate::date::Date;
use crate::drejebog;
use crate::problem::Freshness;
use crate::problem::ProblemPage;
use crate::slides::SlideTemplate;
use crate::validate::problem::{errors_of, statement_lix};

/// The deadline word for "the video is recorded" (beside the three pieces).
pub const VIDEO: &str = "video";

/// What every problem and piece is like on `today`.
#[derive(Debug, Clone, Serialize)]
pub struct SiteStatus {
    pub today: String,
    pub today_danish: String,
    pub deadlines: Vec<DeadlineView>,
    pub next_deadline: Option<DeadlineView>,
    pub problems: Vec<ProblemStatus>,
    /// Ready for the next deadline, with nothing overdue.
    pub ready: bool,
    /// The answer in one Danish sentence.
    pub verdict: String,
    /// What is missing for the next deadline: "Problem – del: hvorfor".
    pub missing: Vec<String>,
    pub overdue: Vec<Overdue>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DeadlineView {
    pub name: String,
    pub date: String,
    pub date_danish: String,
    /// Days from today (negative when passed).
    pub days_left: i64,
    pub passed: bool,
    pub is_today: bool,
    pub pieces: Vec<String>,
    /// The phase the deadline belongs to, and its title ("Mission").
    pub phase: String,
    pub phase_title: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProblemStatus {
    pub title: String,
    pub slug: String,
    pub permalink: String,
    /// A public build publishes its page (not a draft, text approved and unchanged).
    pub published: bool,
    pub draft: bool,
    /// The first phase's pieces (tekst, slides, drejebog).
    pub pieces: Vec<PieceStatus>,
    /// The later phases' pieces (the mission's text …), phase by phase.
    pub later: Vec<PieceStatus>,
    /// The latest phase whose text is approved and unchanged (the first phase
    /// when none is): what the page shows first.
    pub phase: PhaseView,
    pub video: VideoStatus,
    pub lix: Option<u32>,
    pub ready_for_next: bool,
    pub missing_for_next: Vec<String>,
    pub overdue: Vec<Overdue>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PhaseView {
    pub name: String,
    pub title: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PieceStatus {
    pub piece: &'static str,
    pub label: &'static str,
    /// The word in the CLI and `godkendelse.toml`: "tekst", "mission.tekst".
    pub key: String,
    /// The phase the piece belongs to, and its title.
    pub phase: String,
    pub phase_title: String,
    /// The piece's file exists.
    pub present: bool,
    pub status: Status,
    pub decided_by: Option<String>,
    pub date: Option<String>,
    /// Approved, then changed: it must be approved again.
    pub stale: bool,
    /// What changed since the approval (a word diff), when known.
    pub changed: Option<String>,
    pub despite_errors: bool,
    /// What would stop it being published, one line each with file:line:col.
    pub errors: Vec<String>,
    pub history: Vec<HistoryEntry>,
    /// Approved, unchanged, and nothing stops it being published.
    pub ready: bool,
    /// Why it is (not) ready, in a few Danish words.
    pub reason: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct HistoryEntry {
    pub status: Status,
    pub date: String,
    pub by: Option<String>,
    pub remarks: Option<String>,
    pub despite_errors: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct VideoStatus {
    /// The drejebog names a video file that exists, or a video address.
    pub recorded: bool,
    pub estimate: Option<drejebog::Summary>,
    /// When the video is expected, if that date has not passed.
    pub expected: Option<String>,
    /// The expected date has passed and there is no video.
    pub delayed: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Overdue {
    pub problem: String,
    pub piece: String,
    pub deadline: String,
    pub date: String,
    pub reason: String,
}

/// The status of `problems` (every problem page, published or not) on `today`.
pub fn site_status<'a>(
    problems: impl IntoIterator<Item = &'a Page>,
    config: &Config,
    template: Option<&SlideTemplate>,
    today: Date,
) -> SiteStatus {
    let deadlines: Vec<DeadlineView> = config
        .vilde
        .deadlines
        .iter()
        .map(|d| {
            let days = (d.date.0 - today.0).num_days();
            DeadlineView {
                name: d.name.clone(),
                date: d.date.to_string(),
                date_danish: d.date.danish(),
                days_left: days,
                passed: days < 0,
                is_today: days == 0,
                pieces: d.pieces.clone(),
                phase: d.phase.clone(),
                phase_title: config
                    .phase(&d.phase)
                    .map(|p| p.title.clone())
                    .unwrap_or_default(),
            }
        })
        .collect();
    let next = deadlines.iter().find(|d| !d.passed).cloned();
    let expected = video_expected(config);
    let mut list: Vec<ProblemStatus> = problems
        .into_iter()
        .map(|p| {
            problem_status(
                p,
                config,
                template,
                &deadlines,
                next.as_ref(),
                expected,
                today,
            )
        })
        .collect();
    list.sort_by(|a, b| a.title.cmp(&b.title));
    let overdue: Vec<Overdue> = list.iter().flat_map(|p| p.overdue.clone()).collect();
    let missing: Vec<String> = list
        .iter()
        .flat_map(|p| {
            p.missing_for_next
                .iter()
                .map(move |m| format!("{} – {m}", p.title))
        })
        .collect();
    let (ready, verdict) = if deadlines.is_empty() {
        let done = list
            .iter()
            .filter(|p| p.pieces.iter().all(|s| s.ready) && p.video.recorded)
            .count();
        (
            done == list.len(),
            crate::t!("status-no-deadlines", done = done, total = list.len()),
        )
    } else {
        let ready = overdue.is_empty() && list.iter().all(|p| p.ready_for_next);
        (ready, verdict(ready, next.as_ref(), &list, overdue.len()))
    };
    SiteStatus {
        today: today.to_string(),
        today_danish: today.danish(),
        deadlines,
        next_deadline: next,
        problems: list,
        ready,
        verdict,
        missing,
        overdue,
    }
}

fn verdict(
    ready: bool,
    next: Option<&DeadlineView>,
    list: &[ProblemStatus],
    overdue: usize,
) -> String {
    let not_ready = list.iter().filter(|p| !p.ready_for_next).count();
    let when = |d: &DeadlineView| match d.days_left {
        0 => crate::t!(
            "status-when-today",
            name = d.name.as_str(),
            date = d.date_danish.as_str()
        ),
        1 => crate::t!(
            "status-when-tomorrow",
            name = d.name.as_str(),
            date = d.date_danish.as_str()
        ),
        n => crate::t!(
            "status-when-days",
            name = d.name.as_str(),
            date = d.date_danish.as_str(),
            days = n
        ),
    };
    match (ready, next) {
        (true, Some(d)) => crate::t!("status-ready", when = when(d)),
        (true, None) => crate::t!("status-all-done"),
        (false, Some(d)) if overdue > 0 => crate::t!(
            "status-not-ready-overdue",
            overdue = overdue,
            missing = not_ready,
            total = list.len(),
            when = when(d)
        ),
        (false, Some(d)) => crate::t!(
            "status-not-ready",
            when = when(d),
            missing = not_ready,
            total = list.len()
        ),
        (false, None) => crate::t!("status-not-ready-passed", overdue = overdue),
    }
}

/// When videos not yet made are expected: `[vilde.video] expected`, else the
/// first deadline that asks for the video.
pub fn video_expected(config: &Config) -> Option<Date> {
    config.vilde.video.expected.or_else(|| {
        config
            .vilde
            .deadlines
            .iter()
            .find(|d| d.pieces.iter().any(|p| p == VIDEO))
            .map(|d| d.date)
    })
}

fn problem_status(
    p: &Page,
    config: &Config,
    template: Option<&SlideTemplate>,
    deadlines: &[DeadlineView],
    next: Option<&DeadlineView>,
    expected: Option<Date>,
    today: Date,
) -> ProblemStatus {
    let pieces: Vec<PieceStatus> = Piece::ALL
        .iter()
        .map(|&x| piece_status(p, &PieceId::first(x), config, template))
        .collect();
    let later: Vec<PieceStatus> = config
        .vilde
        .faser
        .iter()
        .skip(1)
        .flat_map(|ph| {
            ph.pieces
                .iter()
                .filter_map(|w| Piece::parse(w.get_ref()))
                .map(|x| piece_status(p, &PieceId::later(ph.name(), x), config, template))
        })
        .collect();
    let video = video_status(p, config, expected, today);
    let first = config.vilde.faser.first().map(|f| f.name()).unwrap_or("");
    let missing_in = |d: &DeadlineView| -> Vec<(String, String)> {
        let in_first = d.phase.is_empty() || d.phase == first;
        let of_phase: &[PieceStatus] = if in_first { &pieces } else { &later };
        d.pieces
            .iter()
            .filter_map(|word| {
                if word == VIDEO {
                    let drejebog_ready = pieces.iter().any(|s| s.piece == "drejebog" && s.ready);
                    return (!(video.recorded && drejebog_ready)).then(|| {
                        let why = if video.recorded {
                            crate::t!("status-video-script")
                        } else {
                            crate::t!("status-video-none")
                        };
                        (VIDEO.to_string(), why)
                    });
                }
                let s = of_phase
                    .iter()
                    .find(|s| s.piece == word.as_str() && (in_first || s.phase == d.phase))?;
                (!s.ready).then(|| (s.key.clone(), s.reason.clone()))
            })
            .collect()
    };
    let missing_for_next: Vec<String> = next
        .map(|d| {
            missing_in(d)
                .into_iter()
                .map(|(piece, why)| format!("{piece}: {why}"))
                .collect()
        })
        .unwrap_or_default();
    let mut overdue: Vec<Overdue> = deadlines
        .iter()
        .filter(|d| d.passed)
        .flat_map(|d| {
            missing_in(d).into_iter().map(|(piece, reason)| Overdue {
                problem: p.title().to_string(),
                piece,
                deadline: d.name.clone(),
                date: d.date_danish.clone(),
                reason,
            })
        })
        .collect();
    // Each piece once, at the first deadline it missed.
    let mut seen = std::collections::BTreeSet::new();
    overdue.retain(|o| seen.insert(o.piece.clone()));
    ProblemStatus {
        title: p.title().to_string(),
        slug: p.slug.clone(),
        permalink: p.permalink.clone(),
        published: crate::problem::is_published(p),
        draft: p.front.draft,
        ready_for_next: missing_for_next.is_empty(),
        missing_for_next,
        overdue,
        lix: statement_lix(p).rounded,
        phase: current_phase(config, &later),
        pieces,
        later,
        video,
    }
}

/// The latest phase whose text is ready (approved, unchanged, publishable), else
/// the first phase.
fn current_phase(config: &Config, later: &[PieceStatus]) -> PhaseView {
    let ready = |name: &str| {
        later
            .iter()
            .any(|s| s.phase == name && s.piece == "tekst" && s.ready)
    };
    let ph = config
        .vilde
        .faser
        .iter()
        .skip(1)
        .rev()
        .find(|ph| ready(ph.name()))
        .or(config.vilde.faser.first());
    PhaseView {
        name: ph.map(|p| p.name().to_string()).unwrap_or_default(),
        title: ph.map(|p| p.title.clone()).unwrap_or_default(),
    }
}

fn piece_status(
    p: &Page,
    id: &PieceId,
    config: &Config,
    template: Option<&SlideTemplate>,
) -> PieceStatus {
    let none = crate::approval::History::default();
    let piece = id.piece;
    let (history, present, freshness) = match p.parts() {
        Some(parts) => (
            parts.approvals.history(id),
            parts.has_id(id),
            parts
                .state_of_id(id)
                .map(|s| s.freshness.clone())
                .unwrap_or(Freshness::Unapproved),
        ),
        None => (
            &none,
            piece == Piece::Tekst && id.phase.is_none(),
            Freshness::Unapproved,
        ),
    };
    let errors: Vec<String> = if !present {
        Vec::new()
    } else {
        errors_of(config, template, p, id)
            .iter()
            .map(|d| format!("{}: {}", d.location(), d.message))
            .collect()
    };
    let phase = id
        .phase
        .as_deref()
        .and_then(|ph| config.phase(ph))
        .or(config.vilde.faser.first());
    let latest = history.latest();
    let despite = latest.is_some_and(|d| d.despite_errors);
    let (stale, changed) = match &freshness {
        Freshness::Stale { diff, files, .. } => {
            let mut parts: Vec<String> = diff.iter().filter(|d| !d.is_empty()).cloned().collect();
            if !files.is_empty() {
                parts.push(format!("filer: {}", files.join(", ")));
            }
            (true, (!parts.is_empty()).then(|| parts.join("; ")))
        }
        _ => (false, None),
    };
    let ready = present && freshness == Freshness::Fresh && (errors.is_empty() || despite);
    let when = latest.map(|d| d.date.danish()).unwrap_or_default();
    let by = latest
        .and_then(|d| d.by.as_deref())
        .map(|b| format!(" ({b})"))
        .unwrap_or_default();
    let reason = match (present, history.status()) {
        (false, _) => crate::t!("reason-no-file"),
        (_, _) if stale => crate::t!("reason-stale", when = when.as_str()),
        (_, Status::Godkendt) if despite => crate::t!("reason-despite", when = when.as_str()),
        (_, Status::Godkendt) if !errors.is_empty() => crate::t!(
            "reason-approved-errors",
            when = when.as_str(),
            count = errors.len()
        ),
        (_, Status::Godkendt) => {
            crate::t!("reason-approved", when = when.as_str(), by = by.as_str())
        }
        (_, Status::Afvist) => crate::t!("reason-rejected", when = when.as_str(), by = by.as_str()),
        (_, Status::TilGodkendelse) => crate::t!("reason-submitted", when = when.as_str()),
        (_, Status::Udkast) => crate::t!("reason-draft"),
    };
    PieceStatus {
        piece: piece.key(),
        label: piece.label(),
        key: id.key(),
        phase: phase.map(|p| p.name().to_string()).unwrap_or_default(),
        phase_title: phase.map(|p| p.title.clone()).unwrap_or_default(),
        present,
        status: history.status(),
        decided_by: latest.and_then(|d| d.by.clone()),
        date: latest.map(|d| d.date.danish()),
        stale,
        changed,
        despite_errors: despite,
        errors,
        history: history
            .decisions
            .iter()
            .map(|d| HistoryEntry {
                status: d.status,
                date: d.date.danish(),
                by: d.by.clone(),
                remarks: d.remarks.clone(),
                despite_errors: d.despite_errors,
            })
            .collect(),
        ready,
        reason,
    }
}

fn video_status(p: &Page, config: &Config, expected: Option<Date>, today: Date) -> VideoStatus {
    let script = p
        .parts()
        .and_then(|x| x.drejebog.as_ref())
        .and_then(|(_, s)| s.as_ref());
    let recorded = script.is_some_and(|s| {
        s.video.url.is_some()
            || s.video.file.as_deref().is_some_and(|f| {
                crate::paths::inside_root(&p.file.dir, f).is_ok_and(|x| x.is_file())
            })
    });
    let passed = expected.is_some_and(|d| d < today);
    VideoStatus {
        recorded,
        estimate: script.map(|s| drejebog::estimate(s, &config.vilde.video)),
        expected: expected
            .filter(|_| !passed && !recorded)
            .map(|d| d.danish()),
        delayed: passed && !recorded,
    }
}

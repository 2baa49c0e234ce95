//! The domain parts of a problem page's context and the extra files each problem
//! gets: the slide deck (`/<slug>/slides/`), the captions (`/<slug>/video.da.vtt`),
//! the internal script page (`/<slug>/drejebog/`, preview only) and the staff status
//! page (`/_status/`, preview only). A public build shows only approved pieces.

use serde_json::{json, Map, Value};

use super::{missing_problem_fields, ProblemPage, DEPARTMENTS};
use crate::approval::Piece;
use crate::config::Config;
use crate::content::{Library, Page};
use crate::diag::Diagnostic;
use crate::drejebog;
use crate::lix::Lix;
use crate::render::extension::Extension;
use crate::render::{ready_job, Job, JobContext, OutputFile, RenderOptions};
use crate::share_image;
use crate::slides::{self, SlideTemplate};
use crate::validate::problem::statement_lix;

/// What the domain rendering needs besides the library.
pub struct Domain<'a> {
    pub template: Option<&'a SlideTemplate>,
    /// Every diagnostic of the build (warnings shown on preview pages).
    pub diagnostics: &'a [Diagnostic],
    pub opts: RenderOptions,
    /// The status of every problem (the same the CLI shows).
    pub status: &'a crate::status::SiteStatus,
    /// Plain-language pointers per problem, in preview builds.
    pub klarsprog: &'a std::collections::BTreeMap<String, crate::validate::klarsprog::Summary>,
}

impl Domain<'_> {
    /// A piece is shown when approved, or in a preview build.
    fn shows(&self, p: &Page, piece: Piece) -> bool {
        self.opts.preview || p.parts().is_some_and(|x| x.approved(piece))
    }

    /// The status of one problem.
    pub fn status_of(&self, p: &Page) -> Option<&crate::status::ProblemStatus> {
        self.status
            .problems
            .iter()
            .find(|s| s.permalink == p.permalink)
    }

    fn messages_for(&self, path: &std::path::Path) -> Vec<String> {
        self.diagnostics
            .iter()
            .filter(|d| d.path == path && d.code.is_none())
            .map(|d| d.to_string())
            .collect()
    }
}

impl Extension for Domain<'_> {
    /// On a site with wicked problems the `markdown` filter is sanitized too.
    fn sanitizes(&self, lib: &Library) -> bool {
        !lib.unpublished.is_empty() || lib.pages.values().any(|p| p.is_problem())
    }

    fn global(&self, lib: &Library, config: &Config) -> Value {
        global_value(lib, config, self.opts, self.status)
    }

    fn page_key(&self, p: &Page, config: &Config) -> Option<Value> {
        let mut problem = problem_view(p);
        if let Some(Value::Object(m)) = &mut problem {
            extend_view(m, p, config, self);
        }
        problem
    }

    fn default_template(&self, p: &Page) -> Option<&'static str> {
        p.is_problem().then_some("problem.html")
    }

    fn has_extras(&self, p: &Page) -> bool {
        p.parts().is_some()
    }

    fn page_extras(
        &self,
        p: &Page,
        config: &Config,
        context: &Value,
    ) -> (Vec<Job<'static>>, Vec<OutputFile>) {
        extras(p, config, context, self)
    }

    fn site_files(&self, pages: &[&Page], config: &Config) -> Vec<OutputFile> {
        combined_deck(pages.iter().copied(), config, self)
            .into_iter()
            .collect()
    }

    fn site_jobs(&self, ready: &dyn Fn(&str, Value) -> Value) -> Vec<Job<'static>> {
        if !self.opts.preview {
            return Vec::new();
        }
        let extra = json!({ "status": self.status });
        vec![ready_job(
            "status.html",
            "_status/index.html",
            ready("_status/", extra),
        )]
    }

    /// A problem page changes when a piece is approved.
    fn lastmod(&self, p: &Page) -> Option<String> {
        let approved = p.parts()?.last_approved()?;
        Some(approved.to_string())
    }
}

/// The `problem` key of a problem page: department name, contacts and what a
/// published problem still lacks.
fn problem_view(p: &Page) -> Option<Value> {
    let none = crate::problem::ProblemFront::default();
    let meta = match p.problem() {
        Some(m) => m,
        None if p.is_problem() => &none,
        None => return None,
    };
    let dept_name = meta.magistratsafdeling.as_deref().and_then(|code| {
        DEPARTMENTS
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, n)| *n)
    });
    let mut m = Map::new();
    m.insert("magistratsafdeling".into(), json!(meta.magistratsafdeling));
    m.insert("afdeling_navn".into(), json!(dept_name));
    m.insert("sagsnummer".into(), json!(meta.sagsnummer));
    m.insert("resume".into(), json!(meta.resume));
    m.insert("projektledere".into(), json!(meta.projektledere));
    m.insert(
        "mangler".into(),
        json!(missing_problem_fields(meta, p.front.description.as_deref())),
    );
    m.insert("slug".into(), json!(p.slug));
    Some(Value::Object(m))
}

/// The `vilde` key every template gets: build kind and the list of all problems
/// (including those not yet published, so the front page can list all seven).
fn global_value(
    lib: &Library,
    config: &Config,
    opts: RenderOptions,
    status: &crate::status::SiteStatus,
) -> Value {
    let status_of = |permalink: &str| status.problems.iter().find(|s| s.permalink == permalink);
    let mut problems: Vec<(i64, String, Value)> = crate::problem::problems(lib)
        .into_iter()
        .map(|p| {
            let key = (p.front.weight.unwrap_or(i64::MAX), p.title().to_string());
            let mut v = problem_view(p).unwrap_or(Value::Null);
            if let Value::Object(m) = &mut v {
                m.insert("title".into(), json!(p.title()));
                m.insert("permalink".into(), json!(p.permalink));
                m.insert("description".into(), json!(p.front.description));
                m.insert("draft".into(), json!(p.front.draft));
                m.insert("published".into(), json!(true));
                m.insert("status".into(), json!(status_of(&p.permalink)));
            }
            (key.0, key.1, v)
        })
        .collect();
    for u in &lib.unpublished {
        problems.push((
            u.front.weight.unwrap_or(i64::MAX),
            u.title().to_string(),
            json!({ "title": u.title(), "published": false, "permalink": null }),
        ));
    }
    problems.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    json!({
        "preview": opts.preview,
        "status_url": opts.preview.then(|| config.url("_status/")),
        "problems": problems.into_iter().map(|(_, _, v)| v).collect::<Vec<_>>(),
        "accessibility_statement": config.vilde.accessibility_statement,
    })
}

/// Add `approvals`, `slides`, `video`, `lix` and `kommer` (what is still coming) to
/// a problem view.
pub fn extend_view(view: &mut Map<String, Value>, p: &Page, config: &Config, d: &Domain) {
    let Some(parts) = p.parts() else { return };
    let status = d.status_of(p);
    view.insert("status".into(), json!(status));
    let mut coming = Vec::new();
    match (&parts.slides, d.shows(p, Piece::Slides)) {
        (Some((src, outline)), true) => {
            let headings: Vec<&str> = outline.slides.iter().map(|s| s.heading.as_str()).collect();
            let lix: Vec<Value> = outline.slides.iter().map(|s| json!(slide_lix(s))).collect();
            view.insert(
                "slides".into(),
                json!({ "url": format!("{}slides/", p.permalink), "headings": headings, "count": outline.slides.len(), "lix": lix, "violations": d.messages_for(&src.shown) }),
            );
        }
        _ => coming.push("slides"),
    }
    match (&parts.drejebog, d.shows(p, Piece::Drejebog)) {
        (Some((src, Some(script))), true) => {
            let mut player = serde_json::to_value(drejebog::player(script, &config.vilde.video))
                .unwrap_or(Value::Null);
            if let Value::Object(m) = &mut player {
                m.insert(
                    "captions_url".into(),
                    json!(format!("{}{}", p.permalink, drejebog::CAPTIONS_FILE)),
                );
            }
            let transcript = drejebog::transcript(script);
            let text: Vec<String> = transcript
                .scenes
                .iter()
                .flat_map(|s| s.lines.iter().cloned())
                .collect();
            let text_refs: Vec<&str> = text.iter().map(String::as_str).collect();
            view.insert(
                "video".into(),
                json!({
                    "player": player,
                    "transcript": transcript,
                    "estimate": drejebog::estimate(script, &config.vilde.video),
                    "script_url": if d.opts.preview { Some(format!("{}drejebog/", p.permalink)) } else { None },
                    "lix": Lix::of_blocks(&text_refs),
                    "warnings": d.messages_for(&src.shown),
                }),
            );
        }
        _ => coming.push("video"),
    }
    view.insert("kommer".into(), json!(coming));
    insert_phases(view, parts, config, d);
    if super::history::exists(parts) {
        view.insert(
            "history_url".into(),
            json!(format!("{}{}", p.permalink, super::history::DIR)),
        );
    }
    view.insert(
        "share_image".into(),
        json!({ "url": format!("{}{}", p.permalink, share_image::FILE_NAME), "width": share_image::WIDTH, "height": share_image::HEIGHT }),
    );
    // "Senest opdateret": the latest approval still in force, of any phase.
    view.insert(
        "updated".into(),
        json!(parts.last_approved().map(date_view)),
    );
    // Only a date that has not passed is promised.
    view.insert(
        "expected".into(),
        json!(status.and_then(|s| s.video.expected.clone())),
    );
    view.insert(
        "delayed".into(),
        json!(status.is_some_and(|s| s.video.delayed)),
    );
    if d.opts.preview {
        view.insert("klarsprog".into(), json!(d.klarsprog.get(&p.permalink)));
        view.insert("lix".into(), json!(statement_lix(p)));
        view.insert("lix_target".into(), json!(config.vilde.lix.target));
        view.insert("warnings".into(), json!(d.messages_for(&p.file.shown)));
    }
}

/// `phases`: the later phases' texts that are shown (approved and unchanged, or
/// any in a preview), the latest phase first, each with its approval date; and
/// `first_phase` with the heading over the first phase's text below them.
fn insert_phases(
    view: &mut Map<String, Value>,
    parts: &crate::problem::Parts,
    config: &Config,
    d: &Domain,
) {
    let mut shown: Vec<Value> = Vec::new();
    for t in parts.phase_texts.iter().rev() {
        let Some(ph) = config.phase(&t.phase) else {
            continue;
        };
        let approved = parts.approved_on(&t.id());
        if approved.is_none() && !d.opts.preview {
            continue;
        }
        let heading = if shown.is_empty() {
            ph.title.clone()
        } else {
            ph.earlier_heading(approved)
        };
        shown.push(json!({
            "name": t.phase,
            "title": ph.title,
            "heading": heading,
            "html": t.rendered.html,
            "approved": approved.map(date_view),
        }));
    }
    if let (false, Some(first)) = (shown.is_empty(), config.vilde.faser.first()) {
        let approved = parts.approved_on(&crate::approval::PieceId::first(Piece::Tekst));
        view.insert(
            "first_phase".into(),
            json!({ "title": first.title, "heading": first.earlier_heading(approved), "approved": approved.map(date_view) }),
        );
    }
    view.insert("phases".into(), json!(shown));
}

/// A date for templates: ISO and Danish long form.
fn date_view(date: crate::date::Date) -> Value {
    json!({ "iso": date.to_string(), "danish": date.danish() })
}

fn slide_lix(s: &slides::outline::Slide) -> Lix {
    let mut blocks: Vec<&str> = Vec::new();
    if let Some(l) = &s.lead {
        blocks.push(&l.text);
    }
    fn push<'a>(b: &'a [slides::outline::Bullet], out: &mut Vec<&'a str>) {
        for x in b {
            out.push(&x.text);
            push(&x.children, out);
        }
    }
    push(&s.bullets, &mut blocks);
    if let Some(c) = &s.closing {
        blocks.push(&c.text);
    }
    Lix::of_blocks(&blocks)
}

/// The captions file: the producer's own cues when the script names a readable
/// file, else cues made from the talepinde.
fn captions_of(
    parts: &crate::problem::Parts,
    script: &drejebog::Drejebog,
    config: &Config,
) -> String {
    match &parts.captions {
        Some((_, Some(cues))) => {
            drejebog::render(&cues.iter().map(|c| c.cue.clone()).collect::<Vec<_>>())
        }
        _ => drejebog::captions(script, &config.vilde.video),
    }
}

/// The link-preview card of a problem page: its title, the organisation and the
/// department.
fn share_card(p: &Page, config: &Config) -> Vec<u8> {
    let kicker = format!(
        "{} · {}",
        organisation(config),
        config.title.as_deref().unwrap_or("")
    );
    let dept = department(p);
    share_image::png(&share_image::Card {
        kicker: kicker.trim_end_matches([' ', '·']),
        title: p.title(),
        footer: dept.as_deref(),
    })
}

/// The organisation's name from `extra.organisation`.
fn organisation(config: &Config) -> &str {
    config
        .extra
        .get("organisation")
        .and_then(|v| v.as_str())
        .unwrap_or("Aarhus Kommune")
}

/// The department's full name of a problem page.
fn department(p: &Page) -> Option<String> {
    problem_view(p)?
        .get("afdeling_navn")?
        .as_str()
        .map(String::from)
}

/// What a deck PDF of page `p` shows: marked as a draft until the slides are
/// approved and fit the template.
fn deck_input<'a>(
    p: &'a Page,
    config: &'a Config,
    deck: &'a [slides::DeckSlide<'a>],
    violations: &'a [String],
    department: Option<&'a str>,
) -> crate::pdf::DeckInput<'a> {
    crate::pdf::DeckInput {
        title: p.title(),
        department,
        organisation: organisation(config),
        slides: deck,
        draft: p.parts().is_none_or(|x| !x.approved(Piece::Slides)) || !violations.is_empty(),
        violations,
    }
}

/// The stand poster: title, lead, who is responsible and a QR code to the page;
/// marked as a draft until the text is approved and published.
fn poster_pdf(p: &Page, config: &Config, parts: &crate::problem::Parts) -> Option<Vec<u8>> {
    let dept = department(p);
    let leaders: Vec<(String, String)> = p
        .problem()
        .map(|m| {
            m.projektledere
                .iter()
                .map(|l| (l.navn.clone(), l.email.clone().unwrap_or_default()))
                .collect()
        })
        .unwrap_or_default();
    crate::pdf::poster(&crate::pdf::PosterInput {
        title: p.title(),
        lead: p.front.description.as_deref(),
        department: dept.as_deref(),
        organisation: organisation(config),
        leaders: &leaders,
        url: &p.permalink,
        draft: p.front.draft || !parts.approved(Piece::Tekst),
    })
}

/// The combined deck of every problem whose slides are shown, in the order of the
/// site's status (the front page's order); `None` when no problem has slides.
pub fn combined_deck<'a>(
    pages: impl Iterator<Item = &'a Page>,
    config: &Config,
    d: &Domain,
) -> Option<OutputFile> {
    let t = d.template?;
    let order = |p: &Page| {
        d.status
            .problems
            .iter()
            .position(|s| s.permalink == p.permalink)
            .unwrap_or(usize::MAX)
    };
    let mut shown: Vec<&Page> = pages
        .filter(|p| p.parts().is_some_and(|x| x.slides.is_some()) && d.shows(p, Piece::Slides))
        .collect();
    shown.sort_by_key(|p| (order(p), p.permalink.clone()));
    let decks: Vec<(&Page, Vec<slides::DeckSlide>, Vec<String>, Option<String>)> = shown
        .iter()
        .filter_map(|p| {
            let (src, outline) = p.parts()?.slides.as_ref()?;
            Some((
                *p,
                slides::deck(t, outline),
                d.messages_for(&src.shown),
                department(p),
            ))
        })
        .collect();
    let inputs: Vec<crate::pdf::DeckInput> = decks
        .iter()
        .map(|(p, deck, violations, dept)| deck_input(p, config, deck, violations, dept.as_deref()))
        .collect();
    if inputs.is_empty() {
        return None;
    }
    Some(OutputFile {
        path: crate::pdf::COMBINED_FILE.to_string(),
        bytes: crate::pdf::combined(&inputs)?,
    })
}

/// The deck and script page jobs of one problem, and its captions file.
pub fn extras(
    p: &Page,
    config: &Config,
    base: &Value,
    d: &Domain,
) -> (Vec<Job<'static>>, Vec<OutputFile>) {
    let (mut jobs, mut files) = (Vec::new(), Vec::new());
    let Some(parts) = p.parts() else {
        return (jobs, files);
    };
    let out_dir = p.path.trim_start_matches('/');
    files.push(OutputFile {
        path: format!("{out_dir}{}", share_image::FILE_NAME),
        bytes: share_card(p, config),
    });
    if let Some(bytes) = poster_pdf(p, config, parts) {
        files.push(OutputFile {
            path: format!("{out_dir}{}", crate::pdf::POSTER_FILE),
            bytes,
        });
    }
    jobs.extend(super::history::job(p, parts, config, base));
    if let (Some((src, outline)), Some(t), true) =
        (&parts.slides, d.template, d.shows(p, Piece::Slides))
    {
        let violations = d.messages_for(&src.shown);
        let deck = slides::deck(t, outline);
        let dept = department(p);
        let input = deck_input(p, config, &deck, &violations, dept.as_deref());
        if let Some(bytes) = crate::pdf::deck(&input) {
            files.push(OutputFile {
                path: format!("{out_dir}{}", crate::pdf::DECK_FILE),
                bytes,
            });
        }
        let mut ctx = base.clone();
        if let Value::Object(m) = &mut ctx {
            m.insert("deck".into(), json!(deck));
            m.insert("violations".into(), json!(violations));
            m.insert(
                "slides_approved".into(),
                json!(parts.approved(Piece::Slides)),
            );
            m.insert(
                "current_url".into(),
                json!(format!("{}slides/", p.permalink)),
            );
            m.insert("current_path".into(), json!(format!("{}slides/", p.path)));
        }
        jobs.push(Job {
            template: "slides.html".into(),
            out_path: format!("{out_dir}slides/index.html"),
            context: JobContext::Ready(ctx),
            source: src.shown.clone(),
        });
    }
    if let (Some((src, Some(script))), true) = (&parts.drejebog, d.shows(p, Piece::Drejebog)) {
        // Captions belong to a video: a public build has none until it exists.
        if script.video.exists() || d.opts.preview {
            files.push(OutputFile {
                path: format!("{out_dir}{}", drejebog::CAPTIONS_FILE),
                bytes: captions_of(parts, script, config).into_bytes(),
            });
        }
        if d.opts.preview {
            let mut ctx = base.clone();
            if let Value::Object(m) = &mut ctx {
                m.insert(
                    "script".into(),
                    json!(drejebog::script_page(script, &config.vilde.video)),
                );
                m.insert(
                    "current_url".into(),
                    json!(format!("{}drejebog/", p.permalink)),
                );
                m.insert("current_path".into(), json!(format!("{}drejebog/", p.path)));
            }
            jobs.push(Job {
                template: "drejebog.html".into(),
                out_path: format!("{out_dir}drejebog/index.html"),
                context: JobContext::Ready(ctx),
                source: src.shown.clone(),
            });
        }
    }
    (jobs, files)
}

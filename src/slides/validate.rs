//! Outline against template: every way a problem's `slides.md` breaks the fixed slide
//! template, all at once, each with line, expected, found and a fix hint for staff.
//!
//! **Which slide is which.** A slide is recognised by its heading (compared with
//! [`headings_match`](super::headings_match): whitespace and quote style do not count,
//! letter case does). The title slide's heading must be the problem's title. Slides
//! whose headings are recognised but whose order breaks the template are reported as
//! "this slide belongs at position N" — only the fewest slides that need moving (the
//! longest run already in template order stays put), so one moved slide gives one
//! message, not a mismatch at every position. Slides whose heading matches no
//! template slide are paired with the template slides missing between the same two
//! recognised slides (in order; as many pairs as possible; the pairing whose headings
//! share the most words wins, so "Politisk afsæt" pairs with "Politisk afsæt for
//! arbejdet"): each pair is a heading that differs from the template (both shown;
//! "in letter case" said when only the case differs). Left-over slides are
//! extra; left-over template slides are missing. When the counts differ, one more
//! message for the whole file (line 0) gives both lists.
//!
//! **Content**, checked against the template slide each outline slide was paired with
//! (extra and repeated slides are not checked): elements the layout has no room for
//! (images, tables, `#`/`###` headings, code blocks, quotes, HTML, `---` lines,
//! numbered lists, extra paragraphs or lists; a lead or closing line on a
//! bullets-only layout; anything but the heading on a title slide), missing parts of
//! the layout (lead, bullets, closing), an empty slide, too many bullets (sub-bullets
//! count), too many words in a bullet, too many words on the slide (heading not
//! counted), sub-bullets nested deeper than allowed.
//!
//! Diagnostics come sorted by line; for one line, slide-order messages come first.

use std::collections::HashMap;
use std::path::Path;

use super::normalize_heading;
use super::outline::{shorten, Bullet, Extra, ExtraKind, Outline, Slide};
use super::template::{Layout, Limits, SlideTemplate, TemplateHeading, TemplateSlide};
use crate::diag::Diagnostic;

/// Check `outline` (from the file shown as `path`) against `template` for the problem
/// titled `problem_title`. Returns every violation; empty when the outline fits.
/// An outline without slides gives only the slide-count message (the parser has
/// already said why the file has no slides).
pub fn validate(
    template: &SlideTemplate,
    outline: &Outline,
    problem_title: &str,
    path: &Path,
) -> Vec<Diagnostic> {
    let tpl = &template.slides;
    let slides = &outline.slides;
    let (n, m) = (tpl.len(), slides.len());
    let want = |t: &TemplateSlide| t.heading.text(problem_title).to_string();

    let mut structure = Vec::new();
    let mut content = Vec::new();

    if m != n {
        const SHOWN: usize = 12;
        let list = |items: Vec<String>| {
            let mut text = items
                .iter()
                .take(SHOWN)
                .enumerate()
                .map(|(i, h)| format!("{} \"{h}\"", i + 1))
                .collect::<Vec<_>>()
                .join(", ");
            if items.len() > SHOWN {
                text = crate::t!("output-and-more", list = text, more = items.len() - SHOWN);
            }
            text
        };
        let expected = list(tpl.iter().map(want).collect());
        let found = list(slides.iter().map(|s| s.heading.clone()).collect());
        structure.push(
            Diagnostic::error(path, crate::t!("slides-count", found = m, template = n))
                .expected(crate::t!("slides-count-list", count = n, list = expected))
                .found(if m == 0 {
                    crate::t!("slides-count-none")
                } else {
                    crate::t!("slides-count-list", count = m, list = found)
                })
                .hint(crate::t!("slides-count-hint")),
        );
    }
    if m == 0 {
        return structure;
    }

    // 1. Recognise slides by heading; the first of two with the same heading wins.
    let mut id: Vec<Option<usize>> = vec![None; m];
    let mut claimed: Vec<Option<usize>> = vec![None; n];
    let mut repeats: Vec<Option<usize>> = vec![None; m];
    // Each heading in comparable form once (a deck may have thousands of slides).
    let tpl_norm: Vec<String> = tpl
        .iter()
        .map(|t| normalize_heading(t.heading.text(problem_title)))
        .collect();
    for (k, s) in slides.iter().enumerate() {
        let norm = normalize_heading(&s.heading);
        let found = tpl_norm.iter().position(|t| *t == norm);
        if let Some(j) = found {
            match claimed.get(j).copied().flatten() {
                Some(first) => repeats[k] = Some(first),
                None => {
                    claimed[j] = Some(k);
                    id[k] = Some(j);
                }
            }
        }
    }

    // 2. The longest run of recognised slides already in template order stays put.
    let recognised: Vec<(usize, usize)> = id
        .iter()
        .enumerate()
        .filter_map(|(k, j)| j.map(|j| (k, j)))
        .collect();
    let in_order = longest_increasing(&recognised);
    let mut anchored = vec![false; m];
    for &i in &in_order {
        if let Some(&(k, _)) = recognised.get(i) {
            anchored[k] = true;
        }
    }

    // which template slide each outline slide is checked against
    let mut paired: Vec<Option<usize>> = vec![None; m];
    for (k, s) in slides.iter().enumerate() {
        if let Some(first) = repeats[k] {
            let f = &slides[first];
            structure.push(
                Diagnostic::error(
                    path,
                    crate::t!(
                        "slides-repeat",
                        slide = name(s),
                        number = f.number,
                        line = f.line
                    ),
                )
                .at(s.line, s.col)
                .expected(crate::t!("slides-repeat-expected"))
                .found(crate::t!(
                    "slides-repeat-found",
                    heading = s.heading.as_str(),
                    first = f.line,
                    second = s.line
                ))
                .hint(crate::t!("slides-repeat-hint")),
            );
        } else if let Some(j) = id[k] {
            paired[k] = Some(j);
            if !anchored[k] {
                let p = j + 1;
                structure.push(
                    Diagnostic::error(
                        path,
                        crate::t!("slides-order", slide = name(s), position = p),
                    )
                    .at(s.line, s.col)
                    .expected(crate::t!(
                        "slides-as-number",
                        heading = s.heading.as_str(),
                        number = p
                    ))
                    .found(crate::t!(
                        "slides-as-number",
                        heading = s.heading.as_str(),
                        number = s.number
                    ))
                    .hint(crate::t!("slides-order-hint", position = p)),
                );
            }
        }
    }

    // 3. Between two slides that stay put, pair unrecognised slides with missing ones.
    let mut anchors: Vec<(usize, usize)> = vec![];
    for &i in &in_order {
        if let Some(&a) = recognised.get(i) {
            anchors.push(a);
        }
    }
    anchors.push((m, n));
    let (mut prev_k, mut prev_j) = (0usize, 0usize); // exclusive lower bounds
    let mut first_gap = true;
    for &(k2, j2) in &anchors {
        let lo_k = if first_gap { 0 } else { prev_k + 1 };
        let lo_j = if first_gap { 0 } else { prev_j + 1 };
        first_gap = false;
        let unrecognised: Vec<usize> = (lo_k..k2)
            .filter(|&k| id[k].is_none() && repeats[k].is_none())
            .collect();
        let missing: Vec<usize> = (lo_j..j2).filter(|&j| claimed[j].is_none()).collect();
        let slide_words: HashMap<usize, Vec<String>> = unrecognised
            .iter()
            .map(|&k| (k, heading_words(&slides[k].heading)))
            .collect();
        let tpl_words: HashMap<usize, Vec<String>> = missing
            .iter()
            .map(|&j| (j, heading_words(&want(&tpl[j]))))
            .collect();
        let pairs = pair_up(&unrecognised, &missing, |k, j| {
            shared(&slide_words[&k], &tpl_words[&j])
        });
        for &k in &unrecognised {
            let s = &slides[k];
            match pairs.iter().find(|p| p.0 == k) {
                Some(&(_, j)) => {
                    paired[k] = Some(j);
                    structure.push(heading_differs(path, s, &tpl[j], problem_title));
                }
                None => structure.push(
                    Diagnostic::error(path, crate::t!("slides-extra-slide", slide = name(s)))
                        .at(s.line, s.col)
                        .expected(crate::t!("slides-extra-slide-expected", count = n))
                        .found(format!("\"## {}\"", s.heading))
                        .hint(crate::t!("slides-extra-slide-hint")),
                ),
            }
        }
        for &j in missing.iter().filter(|j| !pairs.iter().any(|p| p.1 == **j)) {
            let t = &tpl[j];
            let heading = want(t);
            // before the first slide of this stretch that comes later in the template
            let next_k = (lo_k..k2)
                .find(|&k| pairs.iter().any(|&(pk, pj)| pk == k && pj > j))
                .unwrap_or(k2);
            let (line, col, place) = match slides.get(next_k) {
                Some(next) => (
                    next.line,
                    next.col,
                    crate::t!(
                        "slides-missing-before",
                        heading = next.heading.as_str(),
                        line = next.line
                    ),
                ),
                None => {
                    let last = slides.last().map_or((0, 0), |s| (s.line, s.col));
                    (last.0, last.1, crate::t!("slides-missing-at-end"))
                }
            };
            let then = match t.layout {
                Layout::Title => String::new(),
                l => crate::t!("slides-missing-then", what = l.describe()),
            };
            structure.push(
                Diagnostic::error(
                    path,
                    crate::t!(
                        "slides-missing",
                        number = t.position,
                        heading = heading.as_str()
                    ),
                )
                .at(line, col)
                .expected(crate::t!(
                    "slides-missing-expected",
                    heading = heading.as_str()
                ))
                .found(crate::t!("slides-missing-found"))
                .hint(crate::t!(
                    "slides-missing-hint",
                    heading = heading.as_str(),
                    place = place,
                    then = then
                )),
            );
        }
        prev_k = k2;
        prev_j = j2;
    }

    // 4. Content of every paired slide.
    for (k, s) in slides.iter().enumerate() {
        if let Some(t) = paired[k].and_then(|j| tpl.get(j)) {
            check_content(path, s, t, &mut content);
        }
    }

    structure.extend(content);
    structure.sort_by_key(|d| d.line);
    structure
}

/// "slide 3 ("Involvering og mobilisering")"
fn name(s: &Slide) -> String {
    crate::t!(
        "slides-name",
        number = s.number,
        heading = s.heading.as_str()
    )
}

/// Indices into `seq` of a longest subsequence with strictly increasing template
/// positions (`seq` is in outline order). Ties go to the earliest predecessor.
fn longest_increasing(seq: &[(usize, usize)]) -> Vec<usize> {
    let mut len = vec![1usize; seq.len()];
    let mut prev: Vec<Option<usize>> = vec![None; seq.len()];
    for i in 0..seq.len() {
        for p in 0..i {
            if seq[p].1 < seq[i].1 && len[p] + 1 > len[i] {
                len[i] = len[p] + 1;
                prev[i] = Some(p);
            }
        }
    }
    // the longest; among equals, the one that ends first
    let mut best = (0..seq.len()).max_by_key(|&i| (len[i], std::cmp::Reverse(i)));
    let mut out = Vec::new();
    while let Some(i) = best {
        out.push(i);
        best = prev[i];
    }
    out.reverse();
    out
}

/// Pair unrecognised slides (`u`, outline indices) with missing template slides
/// (`miss`, template indices), both in order and without crossing: as many pairs as
/// possible, then the most similar headings, then the earliest.
fn pair_up(
    u: &[usize],
    miss: &[usize],
    sim: impl Fn(usize, usize) -> usize,
) -> Vec<(usize, usize)> {
    let (a_len, b_len) = (u.len(), miss.len());
    // best[a][b]: (pairs, similarity) for u[a..] and miss[b..]
    let mut best = vec![vec![(0usize, 0usize); b_len + 1]; a_len + 1];
    for a in (0..a_len).rev() {
        for b in (0..b_len).rev() {
            let (p, s) = best[a + 1][b + 1];
            let mut v = (p + 1, s + sim(u[a], miss[b]));
            for other in [best[a][b + 1], best[a + 1][b]] {
                if other > v {
                    v = other;
                }
            }
            best[a][b] = v;
        }
    }
    let mut out = Vec::new();
    let (mut a, mut b) = (0, 0);
    while a < a_len && b < b_len {
        let (p, s) = best[a + 1][b + 1];
        if best[a][b] == (p + 1, s + sim(u[a], miss[b])) {
            out.push((u[a], miss[b]));
            a += 1;
            b += 1;
        } else if best[a][b] == best[a][b + 1] {
            b += 1;
        } else {
            a += 1;
        }
    }
    out
}

/// A heading's words, lowercase, without the punctuation around them.
fn heading_words(s: &str) -> Vec<String> {
    normalize_heading(s)
        .split(' ')
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// How many of `a`'s words are among `b`'s.
fn shared(a: &[String], b: &[String]) -> usize {
    a.iter().filter(|w| b.contains(w)).count()
}

/// Words two headings share (letter case and punctuation around words ignored).
#[cfg(test)]
fn shared_words(a: &str, b: &str) -> usize {
    shared(&heading_words(a), &heading_words(b))
}

fn heading_differs(path: &Path, s: &Slide, t: &TemplateSlide, problem_title: &str) -> Diagnostic {
    let want = t.heading.text(problem_title);
    let case_only =
        normalize_heading(&s.heading).to_lowercase() == normalize_heading(want).to_lowercase();
    let n = s.number;
    let (message, hint) = match (&t.heading, case_only) {
        (TemplateHeading::ProblemTitle, false) => (
            crate::t!("slides-title-heading", number = n),
            crate::t!("slides-title-heading-hint", want = want),
        ),
        (TemplateHeading::ProblemTitle, true) => (
            crate::t!("slides-title-heading-case", number = n),
            crate::t!("slides-title-heading-case-hint", want = want),
        ),
        (TemplateHeading::Fixed(_), false) => (
            crate::t!("slides-heading", number = n),
            crate::t!("slides-heading-hint", want = want),
        ),
        (TemplateHeading::Fixed(_), true) => (
            crate::t!("slides-heading-case", number = n),
            crate::t!("slides-heading-case-hint", want = want),
        ),
    };
    Diagnostic::error(path, message)
        .at(s.line, s.col)
        .expected(format!("\"{want}\""))
        .found(format!("\"{}\"", s.heading))
        .hint(hint)
}

fn layout_expected(layout: Layout) -> String {
    crate::t!(
        "slides-layout-expected",
        what = layout.describe(),
        layout = layout.label()
    )
}

fn check_content(path: &Path, s: &Slide, t: &TemplateSlide, out: &mut Vec<Diagnostic>) {
    let layout = t.layout;
    let expected = layout_expected(layout);
    let err = |message: String, line: usize, col: usize, found: String, hint: String| {
        Diagnostic::error(path, message)
            .at(line, col)
            .expected(expected.clone())
            .found(found)
            .hint(hint)
    };
    let quote = |text: &str| format!("\"{}\"", shorten(text));
    let n = name(s);

    for e in &s.extras {
        out.push(extra_diag(path, s, e, layout));
    }

    if layout == Layout::Title {
        let msg = crate::t!("slides-title-only", slide = n.as_str());
        let hint = crate::t!("slides-title-only-hint");
        if let Some(l) = &s.lead {
            out.push(err(
                msg.clone(),
                l.line,
                l.col,
                quote(&l.text),
                hint.clone(),
            ));
        }
        if let Some(b) = s.bullets.first() {
            out.push(err(
                msg.clone(),
                b.line,
                b.col,
                crate::t!(
                    "slides-title-bullets-found",
                    count = s.bullet_count,
                    first = quote(&b.text)
                ),
                crate::t!("slides-title-bullets-hint"),
            ));
        }
        if let Some(c) = &s.closing {
            out.push(err(msg, c.line, c.col, quote(&c.text), hint));
        }
        return;
    }

    if s.lead.is_none() && s.bullets.is_empty() && s.closing.is_none() && s.extras.is_empty() {
        out.push(err(
            crate::t!("slides-empty-slide", slide = n.as_str()),
            s.line,
            s.col,
            crate::t!("slides-empty-slide-found"),
            crate::t!("slides-empty-slide-hint"),
        ));
        return;
    }

    match layout {
        Layout::Bullets => {
            if let Some(l) = &s.lead {
                out.push(err(
                    crate::t!("slides-text-before", slide = n.as_str()),
                    l.line,
                    l.col,
                    quote(&l.text),
                    crate::t!("slides-make-bullet-hint"),
                ));
            }
            if let Some(c) = &s.closing {
                out.push(err(
                    crate::t!("slides-text-after", slide = n.as_str()),
                    c.line,
                    c.col,
                    quote(&c.text),
                    crate::t!("slides-make-bullet-hint"),
                ));
            }
        }
        Layout::LeadBulletsClosing => {
            if s.lead.is_none() {
                out.push(
                    Diagnostic::error(path, crate::t!("slides-no-lead", slide = n.as_str()))
                        .at(s.line, s.col)
                        .expected(crate::t!("slides-no-lead-expected"))
                        .found(if s.bullets.is_empty() {
                            crate::t!("slides-no-lead-found")
                        } else {
                            crate::t!("slides-no-lead-found-bullets")
                        })
                        .hint(crate::t!("slides-no-lead-hint")),
                );
            }
            if s.closing.is_none() {
                out.push(
                    Diagnostic::error(path, crate::t!("slides-no-closing", slide = n.as_str()))
                        .at(s.line, s.col)
                        .expected(crate::t!("slides-no-closing-expected"))
                        .found(crate::t!("slides-no-closing-found"))
                        .hint(crate::t!("slides-no-closing-hint")),
                );
            }
        }
        Layout::Title => {}
    }

    if s.bullets.is_empty() {
        out.push(
            Diagnostic::error(path, crate::t!("slides-no-bullets", slide = n.as_str()))
                .at(s.line, s.col)
                .expected(crate::t!("slides-no-bullets-expected"))
                .found(crate::t!("slides-no-bullets-found"))
                .hint(crate::t!("slides-no-bullets-hint")),
        );
    }

    if let Some(limits) = t.limits {
        check_limits(path, s, &limits, out);
    }
}

fn check_limits(path: &Path, s: &Slide, limits: &Limits, out: &mut Vec<Diagnostic>) {
    let mut all: Vec<&Bullet> = Vec::new();
    fn flatten<'a>(bs: &'a [Bullet], all: &mut Vec<&'a Bullet>) {
        for b in bs {
            all.push(b);
            flatten(&b.children, all);
        }
    }
    flatten(&s.bullets, &mut all);
    let n = name(s);

    if s.bullet_count > limits.max_bullets {
        let (line, col) = all
            .get(limits.max_bullets)
            .map_or((s.line, s.col), |b| (b.line, b.col));
        let max = limits.max_bullets;
        out.push(
            Diagnostic::error(
                path,
                crate::t!(
                    "slides-too-many-bullets",
                    slide = n.as_str(),
                    count = s.bullet_count,
                    max = max
                ),
            )
            .at(line, col)
            .expected(crate::t!("slides-too-many-bullets-expected", max = max))
            .found(crate::t!("count-bullets", count = s.bullet_count))
            .hint(crate::t!("slides-too-many-bullets-hint", max = max)),
        );
    }

    for b in &all {
        if b.words > limits.max_words_per_bullet {
            let max = limits.max_words_per_bullet;
            out.push(
                Diagnostic::error(
                    path,
                    crate::t!(
                        "slides-bullet-words",
                        slide = n.as_str(),
                        count = b.words,
                        max = max
                    ),
                )
                .at(b.line, b.col)
                .expected(crate::t!("slides-at-most-words", max = max))
                .found(crate::t!(
                    "slides-bullet-words-found",
                    count = b.words,
                    text = shorten(&b.text)
                ))
                .hint(crate::t!("slides-bullet-words-hint")),
            );
        }
    }

    if s.words > limits.max_words {
        let max = limits.max_words;
        out.push(
            Diagnostic::error(
                path,
                crate::t!(
                    "slides-slide-words",
                    slide = n.as_str(),
                    count = s.words,
                    max = max
                ),
            )
            .at(s.line, s.col)
            .expected(crate::t!("slides-slide-words-expected", max = max))
            .found(crate::t!("count-words", count = s.words))
            .hint(crate::t!("slides-slide-words-hint")),
        );
    }

    check_depth(path, s, &s.bullets, limits.max_depth, out);
}

/// Deepest level of sub-bullets below (and including) `bs`, counted from `bs`'s depth.
fn levels(bs: &[Bullet]) -> usize {
    bs.iter()
        .map(|b| 1 + levels(&b.children))
        .max()
        .unwrap_or(0)
}

fn check_depth(path: &Path, s: &Slide, bs: &[Bullet], max_depth: usize, out: &mut Vec<Diagnostic>) {
    for b in bs {
        match b.children.first() {
            Some(first) if b.depth >= max_depth => {
                let d = if max_depth == 0 {
                    Diagnostic::error(path, crate::t!("slides-no-sub-bullets", slide = name(s)))
                        .expected(crate::t!("slides-no-sub-bullets-expected"))
                        .found(crate::t!(
                            "slides-no-sub-bullets-found",
                            text = shorten(&first.text)
                        ))
                        .hint(crate::t!("slides-no-sub-bullets-hint"))
                } else {
                    let deep = b.depth + levels(&b.children);
                    Diagnostic::error(
                        path,
                        crate::t!(
                            "slides-too-deep",
                            slide = name(s),
                            deep = deep,
                            max = max_depth
                        ),
                    )
                    .expected(crate::t!("slides-too-deep-expected", max = max_depth))
                    .found(crate::t!(
                        "slides-too-deep-found",
                        text = shorten(&first.text),
                        depth = first.depth
                    ))
                    .hint(crate::t!("slides-too-deep-hint"))
                };
                out.push(d.at(first.line, first.col));
            }
            _ => check_depth(path, s, &b.children, max_depth, out),
        }
    }
}

fn extra_diag(path: &Path, s: &Slide, e: &Extra, layout: Layout) -> Diagnostic {
    let n = name(s);
    let n = n.as_str();
    let (message, hint) = match e.kind {
        ExtraKind::Image => (
            crate::t!("slides-extra-image", slide = n),
            crate::t!("slides-extra-image-hint"),
        ),
        ExtraKind::Table => (
            crate::t!("slides-extra-table", slide = n),
            crate::t!("slides-extra-table-hint"),
        ),
        ExtraKind::Heading(level) => (
            crate::t!(
                "slides-extra-heading",
                slide = n,
                marks = "#".repeat(usize::from(level))
            ),
            crate::t!("slides-extra-heading-hint"),
        ),
        ExtraKind::CodeBlock => (
            crate::t!("slides-extra-code", slide = n),
            crate::t!("slides-extra-code-hint"),
        ),
        ExtraKind::BlockQuote => (
            crate::t!("slides-extra-quote", slide = n),
            crate::t!("slides-extra-quote-hint"),
        ),
        ExtraKind::Html => (
            crate::t!("slides-extra-html", slide = n),
            crate::t!("slides-extra-html-hint"),
        ),
        ExtraKind::Rule => (
            crate::t!("slides-extra-rule", slide = n),
            crate::t!("slides-extra-rule-hint"),
        ),
        ExtraKind::NumberedList => (
            crate::t!("slides-extra-numbered", slide = n),
            crate::t!("slides-extra-numbered-hint"),
        ),
        ExtraKind::ExtraList => (
            crate::t!("slides-extra-list", slide = n),
            crate::t!("slides-extra-list-hint"),
        ),
        ExtraKind::ExtraParagraph => match layout {
            Layout::Title => (
                crate::t!("slides-title-only", slide = n),
                crate::t!("slides-title-only-hint"),
            ),
            Layout::Bullets => (
                crate::t!("slides-extra-not-bullet", slide = n),
                crate::t!("slides-make-bullet-hint"),
            ),
            Layout::LeadBulletsClosing => (
                crate::t!("slides-extra-text", slide = n),
                crate::t!("slides-extra-text-hint"),
            ),
        },
        ExtraKind::Other => (
            crate::t!("slides-extra-other", slide = n),
            crate::t!("slides-extra-other-hint"),
        ),
    };
    Diagnostic::error(path, message)
        .at(e.line, e.col)
        .expected(layout_expected(layout))
        .found(format!("\"{}\"", e.text))
        .hint(hint)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::slides::count_words;

    const TITLE: &str = "Blandede Bydele og Integration";

    /// The default site's template file, as shipped at the repository root.
    const DEFAULT_TEMPLATE: &str = include_str!("../../slide-template.toml");

    /// The seed's five slides (Bilag 1, seed lines 186–319), line breaks and
    /// hyphenation of the extraction undone, text otherwise as in the seed.
    const SEED_OUTLINE: &str = "\
## Blandede Bydele og Integration

## Forslag til problemforståelse

- Blandede bydele med spændende lokale særpræg og sammenhængskraft er svære at skabe og vedligeholde. Det sker ikke af sig selv
- Det, der står i vejen for at lykkes, er især segregering, som er en stigende tendens og en global megatrend.
- Segregeringen handler bl.a. om, at færre unge har råd til at købe en bolig i Aarhus. Vi mister dermed middelklassen og de ressourcer, de bringer til vores by i forskellige sammenhænge.
- Problemet findes også på mikroniveau. Selv i områder med blandede boformer, er det ikke sikkert, vi blander os socialt eller bruger mødestederne sammen.
- Det er dårligt for integrationen og bykulturen og påvirker også de andre vilde problemer negativt.
- Vi tror derfor, at flere skal kunne eje deres egen bolig, så vi fastholder middelklassen og gør nogle områder mere attraktive med blandede ejerformer.
- Vi har også brug for nye tiltag, der kan skabe attraktive blandede fællesskaber i det levede sociale liv i alle bydele

## Involvering og mobilisering

Vi har fået input fra en bred kreds, herunder:

- Aktører i boligsektoren, f.eks. A. Enggaard, arkitekter og boligforeninger
- Forskere og eksperter, f.eks. fra Build på AAU, VIVE og Center for Boligsocial Udvikling
- Virksomheder og foreninger, f.eks. Gellerup Forsamlingshus, Kollektivbyen og Square One
- Interne eksperter og arbejdsgrupper i Aarhus Kommune
- Borgere: vi har talt med udvalgte borgere, f.eks. aktive i foreningslivet
- Studerende: Antroprologistuderende fra AU er ved at lave feltstudier frem mod april i forskellige bydele

Vi ønsker særligt at få flere til at tage ejerskab for problemet i det videre arbejde

## Hvilken viden står vi på nu?

De data vi indtil nu har bragt i spil:

- Dream 2019: Identifikation og undersøgelse af udsatte boligområder i Danmark
- Center for Strategisk Byforskning 2020: Gentænk Byen
- Aarhus Kommune, MTM, 2021: Boligpolitisk Redegørelse
- Lars Olsen 2021: Rige Børn Leger Bedst
- SIRI 2021: Flere indvandrerkvinder i beskæftigelse
- VIVE 2021: Kortlægning af integration i kommunerne
- VIVE 2022: Chanceulighed
- VIVE 2022: Omdannelsesområderne på vej
- Rambøll 2022: Bedre Byer
- Aarhus Kommune, MTM, 2022: Socioøkonomisk Aarhuskort
- Aarhus Kommune, MTM, 2022: En analyse af flyttemønstre
- Aarhus Kommune, MSB, 2023: Beskæftigelsesplan
- Data fra BoSoc
- Diverse videnskabelige artikler

Med de antroprologistuderendes projekter får vi mere kvalitativt data, som giver os mere viden om borgernes problemforståelse

## Politisk afsæt for arbejdet

- Med politikker såsom Midtbyvisionen, Aftalen om Udsatte Boligområder og Bykvalitet og Arkitektur står vi på en lang række indsatser og erklærede mål, som adresserer problemet og sætter en retning
- Disse politikker er alle vedtaget i 2022, og effekterne af dem kan derfor ikke ses endnu.
- Imens vi implementerer de nye politikker, som forhåbentlig får os tættere på at lykkes, fortsætter vi med at spørge os selv, hvad vi skal gøre i takt med at problemet rykker sig
- Af andre politikker, vi står på, kan nævnes
  - Fælles Strategi for Udsatte Boligområder
  - Hjem til Aarhus
  - Boligpolitikken
  - Grundsalg- og Opkøbspolitikken
  - Aarhusmodel for nytteindsats
  - Politik for Medborgerskab
  - M.fl., da det vilde problem dækker over mange områder.
";

    fn template() -> SlideTemplate {
        SlideTemplate::parse(Path::new("slide-template.toml"), DEFAULT_TEMPLATE).unwrap()
    }

    fn check_with(t: &SlideTemplate, src: &str) -> Vec<Diagnostic> {
        let path = Path::new("content/p/slides.md");
        let (o, d) = Outline::parse(path, src);
        assert!(d.is_empty(), "outline diagnostics: {d:?}");
        validate(t, &o, TITLE, path)
    }

    fn check(src: &str) -> Vec<Diagnostic> {
        check_with(&template(), src)
    }

    fn lines(d: &[Diagnostic]) -> Vec<(usize, &str)> {
        d.iter().map(|d| (d.line, d.message.as_str())).collect()
    }

    /// A small template to test limits with: title + one bullets slide + one
    /// lead-bullets-closing slide, tight limits.
    fn small() -> SlideTemplate {
        SlideTemplate::parse(
            Path::new("t.toml"),
            "[[slide]]\nheading_is_problem_title = true\nlayout = \"title\"\n\n\
             [[slide]]\nheading = \"B\"\nlayout = \"bullets\"\nmax_bullets = 3\nmax_words_per_bullet = 4\nmax_words = 10\nmax_depth = 1\n\n\
             [[slide]]\nheading = \"C\"\nlayout = \"lead-bullets-closing\"\nmax_bullets = 3\nmax_words_per_bullet = 4\nmax_words = 10\n",
        )
        .unwrap()
    }

    #[test]
    fn seed_outline_fits_the_default_template() {
        assert_eq!(check(SEED_OUTLINE), vec![]);
    }

    #[test]
    fn seed_slide_counts() {
        // The numbers behind slide-template.toml's limits; if the seed text or the
        // word rule changes, revisit the template's comments.
        let (o, _) = Outline::parse(Path::new("slides.md"), SEED_OUTLINE);
        let per_slide: Vec<(usize, usize, usize, usize)> = o
            .slides
            .iter()
            .map(|s| {
                fn max_words(bs: &[Bullet]) -> usize {
                    bs.iter()
                        .map(|b| b.words.max(max_words(&b.children)))
                        .max()
                        .unwrap_or(0)
                }
                let depth = s
                    .bullets
                    .iter()
                    .map(|b| if b.children.is_empty() { 0 } else { 1 })
                    .max()
                    .unwrap_or(0);
                (s.bullet_count, max_words(&s.bullets), s.words, depth)
            })
            .collect();
        assert_eq!(
            per_slide,
            vec![
                (0, 0, 0, 0),
                (7, 31, 154, 0),
                (6, 15, 91, 0),
                (14, 10, 106, 0),
                (11, 32, 112, 1)
            ]
        );
        assert_eq!(count_words(&o.slides[3].lead.as_ref().unwrap().text), 9);
    }

    #[test]
    fn real_slides_md_of_the_default_site_validates_clean() {
        let src = include_str!("../../content/blandede-bydele-og-integration/slides.md");
        let path = Path::new("content/blandede-bydele-og-integration/slides.md");
        let (o, d) = Outline::parse(path, src);
        assert_eq!(d, vec![]);
        assert_eq!(o.slides.len(), 5);
        assert_eq!(validate(&template(), &o, TITLE, path), vec![]);
    }

    #[test]
    fn whitespace_and_quote_style_in_headings_are_fine() {
        let t = SlideTemplate::parse(
            Path::new("t.toml"),
            "[[slide]]\nheading_is_problem_title = true\nlayout = \"title\"\n\n\
             [[slide]]\nheading = \"Hvad er ’vilde’ problemer?\"\nlayout = \"bullets\"\nmax_bullets = 3\nmax_words_per_bullet = 4\nmax_words = 10\n",
        )
        .unwrap();
        let path = Path::new("slides.md");
        for src in [
            "##   Blandede   Bydele og Integration  \n\n## Hvad er 'vilde' problemer?\n\n- a\n",
            "## Blandede Bydele\u{a0}og Integration\n\n## Hvad  er «vilde» problemer?\n\n- a\n",
            "## Blandede Bydele og Integration\n\n## Hvad er \"vilde\" problemer?\n\n- a\n",
            "## Blandede Bydele og Integration\n\n## Hvad er “vilde” problemer?\n\n- a\n",
        ] {
            let (o, _) = Outline::parse(path, src);
            assert_eq!(validate(&t, &o, TITLE, path), vec![], "{src:?}");
        }
        // the problem title itself may also use other quotes or spacing
        let (o, _) = Outline::parse(
            path,
            "## Blandede Bydele og Integration\n\n## Hvad er ‘vilde’ problemer?\n\n- a\n",
        );
        assert_eq!(
            validate(&t, &o, " Blandede  Bydele og Integration", path),
            vec![]
        );
    }

    fn replace(from: &str, to: &str) -> String {
        assert!(SEED_OUTLINE.contains(from), "{from}");
        SEED_OUTLINE.replacen(from, to, 1)
    }

    #[test]
    fn heading_wording_differs() {
        let d = check(&replace(
            "## Hvilken viden står vi på nu?",
            "## Hvilken viden har vi?",
        ));
        assert_eq!(
            lines(&d),
            vec![(26, "the heading of slide 4 differs from the slide template")]
        );
        assert_eq!(
            d[0].expected.as_deref(),
            Some("\"Hvilken viden står vi på nu?\"")
        );
        assert_eq!(d[0].found.as_deref(), Some("\"Hvilken viden har vi?\""));
        assert_eq!(
            d[0].hint.as_deref(),
            Some("use the template's heading word for word, \"## Hvilken viden står vi på nu?\": the headings are the same for all seven problems and cannot be changed")
        );
        assert_eq!(d[0].col, 1);
    }

    #[test]
    fn heading_letter_case_is_wording_and_said_so() {
        let d = check(&replace(
            "## Politisk afsæt for arbejdet",
            "## Politisk Afsæt for Arbejdet",
        ));
        assert_eq!(
            lines(&d),
            vec![(
                47,
                "the heading of slide 5 differs from the slide template in letter case"
            )]
        );
        assert_eq!(
            d[0].found.as_deref(),
            Some("\"Politisk Afsæt for Arbejdet\"")
        );
    }

    #[test]
    fn title_slide_must_be_the_problem_title() {
        let d = check(&replace(
            "## Blandede Bydele og Integration",
            "## Blandede bydele",
        ));
        assert_eq!(
            lines(&d),
            vec![(1, "the heading of slide 1 must be the problem's title")]
        );
        assert_eq!(
            d[0].expected.as_deref(),
            Some("\"Blandede Bydele og Integration\"")
        );
        assert_eq!(d[0].found.as_deref(), Some("\"Blandede bydele\""));

        let d = check(&replace(
            "## Blandede Bydele og Integration",
            "## Blandede bydele og integration",
        ));
        assert_eq!(
            lines(&d),
            vec![(
                1,
                "the heading of slide 1 differs from the problem's title in letter case"
            )]
        );
    }

    #[test]
    fn slide_out_of_order_is_one_message() {
        // move "Politisk afsæt" (slide 5) to between slides 2 and 3
        let start = SEED_OUTLINE.find("## Politisk").unwrap();
        let pol = &SEED_OUTLINE[start..];
        let rest = &SEED_OUTLINE[..start];
        let at = rest.find("## Involvering").unwrap();
        let src = format!("{}{pol}\n{}", &rest[..at], &rest[at..]);
        let d = check(&src);
        assert_eq!(
            lines(&d),
            vec![(13, "slide 3 (\"Politisk afsæt for arbejdet\") is in the wrong place: this slide belongs at position 5")]
        );
        assert_eq!(
            d[0].expected.as_deref(),
            Some("\"Politisk afsæt for arbejdet\" as slide 5")
        );
        assert_eq!(
            d[0].found.as_deref(),
            Some("\"Politisk afsæt for arbejdet\" as slide 3")
        );
    }

    #[test]
    fn two_swapped_slides_are_one_message() {
        let src = "## Blandede Bydele og Integration\n\n## C\n\nl\n\n- c\n\ns\n\n## B\n\n- b\n";
        let d = check_with(&small(), src);
        assert_eq!(
            lines(&d),
            vec![(
                11,
                "slide 3 (\"B\") is in the wrong place: this slide belongs at position 2"
            )]
        );
    }

    #[test]
    fn missing_slide_and_count() {
        let start = SEED_OUTLINE.find("## Involvering").unwrap();
        let end = SEED_OUTLINE.find("## Hvilken").unwrap();
        let src = format!("{}{}", &SEED_OUTLINE[..start], &SEED_OUTLINE[end..]);
        let d = check(&src);
        assert_eq!(
            lines(&d),
            vec![
                (
                    0,
                    "the deck has 4 slides, but the slide template has 5 slides"
                ),
                (13, "slide 3 (\"Involvering og mobilisering\") is missing"),
            ]
        );
        assert_eq!(
            d[0].expected.as_deref(),
            Some("5 slides: 1 \"Blandede Bydele og Integration\", 2 \"Forslag til problemforståelse\", 3 \"Involvering og mobilisering\", 4 \"Hvilken viden står vi på nu?\", 5 \"Politisk afsæt for arbejdet\"")
        );
        assert_eq!(
            d[0].found.as_deref(),
            Some("4 slides: 1 \"Blandede Bydele og Integration\", 2 \"Forslag til problemforståelse\", 3 \"Hvilken viden står vi på nu?\", 4 \"Politisk afsæt for arbejdet\"")
        );
        assert_eq!(
            d[1].hint.as_deref(),
            Some("add a line \"## Involvering og mobilisering\" before the slide \"Hvilken viden står vi på nu?\" (line 13), followed by a lead line, bullet points and a closing line")
        );
    }

    #[test]
    fn missing_last_slide_and_missing_title() {
        let end = SEED_OUTLINE.find("## Politisk").unwrap();
        let d = check(&SEED_OUTLINE[..end]);
        assert_eq!(
            lines(&d),
            vec![
                (
                    0,
                    "the deck has 4 slides, but the slide template has 5 slides"
                ),
                (26, "slide 5 (\"Politisk afsæt for arbejdet\") is missing"),
            ]
        );
        assert_eq!(
            d[1].hint.as_deref(),
            Some("add a line \"## Politisk afsæt for arbejdet\" at the end of the file, followed by bullet points only")
        );

        let d = check(&SEED_OUTLINE.replacen("## Blandede Bydele og Integration\n\n", "", 1));
        assert_eq!(
            lines(&d),
            vec![
                (
                    0,
                    "the deck has 4 slides, but the slide template has 5 slides"
                ),
                (1, "slide 1 (\"Blandede Bydele og Integration\") is missing"),
            ]
        );
        assert_eq!(
            d[1].hint.as_deref(),
            Some("add a line \"## Blandede Bydele og Integration\" before the slide \"Forslag til problemforståelse\" (line 1)")
        );
    }

    #[test]
    fn extra_and_repeated_slides() {
        let src = format!("{SEED_OUTLINE}\n## Tak for i dag\n\n- spørgsmål\n\n## Forslag til problemforståelse\n\n- igen\n");
        let d = check(&src);
        assert_eq!(
            lines(&d),
            vec![
                (
                    0,
                    "the deck has 7 slides, but the slide template has 5 slides"
                ),
                (
                    61,
                    "slide 6 (\"Tak for i dag\") is not in the slide template"
                ),
                (
                    65,
                    "slide 7 (\"Forslag til problemforståelse\") repeats slide 2 (line 3)"
                ),
            ]
        );
        assert_eq!(d[1].found.as_deref(), Some("\"## Tak for i dag\""));
        assert_eq!(
            d[2].found.as_deref(),
            Some("\"Forslag til problemforståelse\" on lines 3 and 65")
        );
    }

    #[test]
    fn empty_outline_gives_only_the_count() {
        let d = validate(
            &template(),
            &Outline::default(),
            TITLE,
            Path::new("slides.md"),
        );
        assert_eq!(
            lines(&d),
            vec![(
                0,
                "the deck has 0 slides, but the slide template has 5 slides"
            )]
        );
        assert_eq!(d[0].found.as_deref(), Some("no slides"));
    }

    #[test]
    fn empty_slide() {
        let d = check(&replace(
            "## Politisk afsæt for arbejdet\n\n- Med politikker",
            "## Politisk afsæt for arbejdet\n\n## X\n\n- Med politikker",
        ));
        // "X" is an extra slide (not checked); slide 5 is now empty
        assert_eq!(
            lines(&d),
            vec![
                (
                    0,
                    "the deck has 6 slides, but the slide template has 5 slides"
                ),
                (47, "slide 5 (\"Politisk afsæt for arbejdet\") is empty"),
                (49, "slide 6 (\"X\") is not in the slide template"),
            ]
        );
        assert_eq!(
            d[1].expected.as_deref(),
            Some("bullet points only (layout: bullet slide)")
        );
        assert_eq!(d[1].found.as_deref(), Some("only the heading"));
    }

    #[test]
    fn elements_not_allowed() {
        let src = "## Blandede Bydele og Integration\n\
                   \n\
                   ![logo](logo.png)\n\
                   \n\
                   ## B\n\
                   \n\
                   Intro\n\
                   \n\
                   - a\n\
                   \x20 ```\n  x\n  ```\n\
                   \n\
                   | x | y |\n|---|---|\n| 1 | 2 |\n\
                   \n\
                   ### Under\n\
                   \n\
                   # Stor\n\
                   \n\
                   > citat\n\
                   \n\
                   <p>html</p>\n\
                   \n\
                   ---\n\
                   \n\
                   ## C\n\
                   \n\
                   lead\n\
                   \n\
                   1. a\n\
                   \n\
                   slut\n\
                   \n\
                   mere\n\
                   \n\
                   - b\n";
        let d = check_with(&small(), src);
        assert_eq!(
            lines(&d),
            vec![
                (3, "slide 1 (\"Blandede Bydele og Integration\") has an image, which slides cannot show"),
                (7, "slide 2 (\"B\") has a line of text before the bullets, but its layout has bullet points only"),
                (10, "slide 2 (\"B\") has a code block"),
                (14, "slide 2 (\"B\") has a table, which slides cannot show"),
                (18, "slide 2 (\"B\") has a \"### \" heading inside it"),
                (20, "slide 2 (\"B\") has a \"# \" heading inside it"),
                (22, "slide 2 (\"B\") has a quote block (a line starting with >)"),
                (24, "slide 2 (\"B\") has HTML code"),
                (26, "slide 2 (\"B\") has a separator line"),
                (32, "slide 3 (\"C\") has a numbered list"),
                (36, "slide 3 (\"C\") has more text than its layout has room for"),
                (38, "slide 3 (\"C\") has a second bullet list"),
            ]
        );
        assert_eq!(
            d[0].expected.as_deref(),
            Some("the heading only (layout: title slide)")
        );
        assert_eq!(d[0].found.as_deref(), Some("\"![logo](logo.png)\""));
        assert_eq!(d[1].found.as_deref(), Some("\"Intro\""));
        assert_eq!(d[4].found.as_deref(), Some("\"### Under\""));
        assert_eq!(d[10].found.as_deref(), Some("\"mere\""));
    }

    #[test]
    fn title_slide_shows_only_its_heading() {
        let src = "## Blandede Bydele og Integration\n\nUndertitel\n\n- a\n- b\n\nslut\n\n## B\n\n- b\n\n## C\n\nl\n\n- c\n\ns\n";
        let d = check_with(&small(), src);
        let msg = "slide 1 (\"Blandede Bydele og Integration\") is a title slide, which shows only its heading";
        assert_eq!(lines(&d), vec![(3, msg), (5, msg), (8, msg)]);
        assert_eq!(
            d[1].found.as_deref(),
            Some("2 bullet points, the first: \"a\"")
        );
    }

    #[test]
    fn closing_line_on_bullets_layout_and_missing_parts() {
        let src = "## Blandede Bydele og Integration\n\n## B\n\n- b\n\nslut\n\n## C\n\n- c\n";
        let d = check_with(&small(), src);
        assert_eq!(
            lines(&d),
            vec![
                (7, "slide 2 (\"B\") has a line of text after the bullets, but its layout has bullet points only"),
                (9, "slide 3 (\"C\") has no lead line"),
                (9, "slide 3 (\"C\") has no closing line"),
            ]
        );
        assert_eq!(
            d[1].found.as_deref(),
            Some("bullet points right after the heading")
        );
        assert!(d[2]
            .hint
            .as_deref()
            .unwrap()
            .contains("empty line between the last bullet"));

        let d = check_with(
            &small(),
            "## Blandede Bydele og Integration\n\n## B\n\nkun tekst\n\n## C\n\nl\n\n- c\n\ns\n",
        );
        assert_eq!(
            lines(&d),
            vec![
                (3, "slide 2 (\"B\") has no bullet points"),
                (5, "slide 2 (\"B\") has a line of text before the bullets, but its layout has bullet points only"),
            ]
        );
    }

    #[test]
    fn limits() {
        let src = "## Blandede Bydele og Integration\n\
                   \n\
                   ## B\n\
                   \n\
                   - en to tre fire fem\n\
                   - a\n\
                   \x20 - b\n\
                   \x20   - c\n\
                   - d e f –\n\
                   \n\
                   ## C\n\
                   \n\
                   l\n\
                   \n\
                   - c\n\
                   \x20 - sub\n\
                   \n\
                   s\n";
        let d = check_with(&small(), src);
        assert_eq!(
            lines(&d),
            vec![
                (3, "slide 2 (\"B\") has 11 words, but the template allows at most 10 on this slide"),
                (5, "a bullet point on slide 2 (\"B\") has 5 words, but the template allows at most 4 per bullet"),
                (8, "slide 2 (\"B\") has 5 bullet points, but the template allows at most 3"),
                (8, "slide 2 (\"B\") has sub-bullets 2 levels deep, but the template allows 1 level"),
                (16, "slide 3 (\"C\") has sub-bullets, but its layout allows none"),
            ]
        );
        assert_eq!(d[0].found.as_deref(), Some("11 words"));
        assert_eq!(
            d[1].found.as_deref(),
            Some("5 words: \"en to tre fire fem\"")
        );
        assert_eq!(d[1].col, 1);
        assert_eq!(
            d[2].expected.as_deref(),
            Some("at most 3 bullet points (sub-bullets count too)")
        );
        assert_eq!(
            d[3].found.as_deref(),
            Some("the bullet \"c\", 2 levels deep")
        );
        assert_eq!(d[3].col, 5);
        assert_eq!(d[4].found.as_deref(), Some("the indented bullet \"sub\""));
        assert_eq!((d[4].line, d[4].col), (16, 3));
    }

    #[test]
    fn seed_slide_with_too_many_references() {
        // the seed's slide 4 with two more references: 16 bullets, the 16th on line 45
        let d = check(&replace(
            "- Data fra BoSoc\n",
            "- Data fra BoSoc\n- Data fra BoSoc\n- Data fra BoSoc\n",
        ));
        assert_eq!(
            lines(&d),
            vec![(45, "slide 4 (\"Hvilken viden står vi på nu?\") has 16 bullet points, but the template allows at most 15")]
        );
    }

    #[test]
    fn wrong_heading_and_missing_slide_are_told_apart() {
        // slide 2's heading has a typo and slide 3 is left out
        let start = SEED_OUTLINE.find("## Involvering").unwrap();
        let end = SEED_OUTLINE.find("## Hvilken").unwrap();
        let src = format!("{}{}", &SEED_OUTLINE[..start], &SEED_OUTLINE[end..]).replacen(
            "## Forslag til problemforståelse",
            "## Forslag til problemforstaaelse",
            1,
        );
        let d = check(&src);
        assert_eq!(
            lines(&d),
            vec![
                (
                    0,
                    "the deck has 4 slides, but the slide template has 5 slides"
                ),
                (3, "the heading of slide 2 differs from the slide template"),
                (13, "slide 3 (\"Involvering og mobilisering\") is missing"),
            ]
        );
        assert_eq!(
            d[1].expected.as_deref(),
            Some("\"Forslag til problemforståelse\"")
        );
    }

    #[test]
    fn sub_bullets_have_their_own_word_limit_and_two_leads_are_too_many() {
        let src = "## Blandede Bydele og Integration\n\n## B\n\n- a\n  - en to tre fire fem\n\n## C\n\nl\n\nm\n\n- c\n\ns\n";
        let d = check_with(&small(), src);
        assert_eq!(
            lines(&d),
            vec![
                (6, "a bullet point on slide 2 (\"B\") has 5 words, but the template allows at most 4 per bullet"),
                (12, "slide 3 (\"C\") has more text than its layout has room for"),
            ]
        );
        assert_eq!(d[0].col, 3);
        assert_eq!(d[1].found.as_deref(), Some("\"m\""));
    }

    #[test]
    fn a_changed_heading_is_paired_with_the_most_similar_missing_slide() {
        let src =
            "## Blandede Bydele og Integration\n\n## Forslag til problemforståelse\n\n- a\n\n\
                   ## Involvering og mobilisering\n\nl\n\n- b\n\ns\n\n## Politisk afsæt\n\n- c\n";
        let d = check(src);
        assert_eq!(
            lines(&d),
            vec![
                (
                    0,
                    "the deck has 4 slides, but the slide template has 5 slides"
                ),
                (15, "the heading of slide 4 differs from the slide template"),
                (15, "slide 4 (\"Hvilken viden står vi på nu?\") is missing"),
            ]
        );
        assert_eq!(
            d[1].expected.as_deref(),
            Some("\"Politisk afsæt for arbejdet\"")
        );
        assert_eq!(
            d[2].hint.as_deref(),
            Some("add a line \"## Hvilken viden står vi på nu?\" before the slide \"Politisk afsæt\" (line 15), followed by a lead line, bullet points and a closing line")
        );
    }

    #[test]
    fn pairing_rules() {
        // no similarity: in order
        assert_eq!(pair_up(&[7], &[1, 2], |_, _| 0), vec![(7, 1)]);
        assert_eq!(
            pair_up(&[7], &[1, 2], |_, j| usize::from(j == 2)),
            vec![(7, 2)]
        );
        assert_eq!(
            pair_up(&[6, 7], &[1], |k, _| usize::from(k == 7)),
            vec![(7, 1)]
        );
        assert_eq!(pair_up(&[6, 7], &[1, 2], |_, _| 0), vec![(6, 1), (7, 2)]);
        assert_eq!(pair_up(&[], &[1], |_, _| 0), vec![]);
        assert_eq!(
            shared_words("Politisk  afsæt!", "politisk afsæt for arbejdet"),
            2
        );
    }

    #[test]
    fn all_violations_at_once() {
        let src = "## Blandede bydele\n\n## B\n\n## C\n\n- c\n\n## Tak\n";
        let d = check_with(&small(), src);
        assert_eq!(
            lines(&d),
            vec![
                (
                    0,
                    "the deck has 4 slides, but the slide template has 3 slides"
                ),
                (1, "the heading of slide 1 must be the problem's title"),
                (3, "slide 2 (\"B\") is empty"),
                (5, "slide 3 (\"C\") has no lead line"),
                (5, "slide 3 (\"C\") has no closing line"),
                (9, "slide 4 (\"Tak\") is not in the slide template"),
            ]
        );
    }
}

//! `bottom_footnotes = true`: footnotes as GitHub shows them, and as Zola 0.22
//! writes them. References become `<sup class="footnote-reference"
//! id="fr-<name>-<k>"><a href="#fn-<name>">n</a></sup>`, numbered in the order
//! they are first used; the definitions that are used move to one
//! `<section class="footnotes">` at the end, in that order, each with a `↩` link
//! back to every place it is referred to (in its last paragraph when there is
//! one).

use std::collections::HashMap;

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

/// Rewrite `events` with footnotes at the bottom.
pub fn to_bottom(events: &mut Vec<Event<'_>>) {
    // name → (number, how many references so far)
    let mut numbers: HashMap<String, (usize, usize)> = HashMap::new();
    let mut open: Vec<Vec<Event>> = Vec::new();
    let mut definitions: Vec<(String, Vec<Event>)> = Vec::new();
    let mut text = Vec::with_capacity(events.len());
    for e in events.drain(..) {
        match e {
            Event::Start(Tag::FootnoteDefinition(_)) => open.push(vec![e]),
            Event::End(TagEnd::FootnoteDefinition) => {
                if let Some(mut def) = open.pop() {
                    let name = match def.first() {
                        Some(Event::Start(Tag::FootnoteDefinition(n))) => n.to_string(),
                        _ => String::new(),
                    };
                    def.push(e);
                    definitions.push((name, def));
                }
            }
            Event::FootnoteReference(name) => {
                let next = numbers.len() + 1;
                let entry = numbers.entry(name.to_string()).or_insert((next, 0));
                entry.1 += 1;
                let (n, k) = *entry;
                let html = format!("<sup class=\"footnote-reference\" id=\"fr-{name}-{k}\"><a href=\"#fn-{name}\">{n}</a></sup>");
                match open.last_mut() {
                    Some(def) => def.push(Event::Html(CowStr::from(html))),
                    None => text.push(Event::Html(CowStr::from(html))),
                }
            }
            other => match open.last_mut() {
                Some(def) => def.push(other),
                None => text.push(other),
            },
        }
    }
    *events = text;
    if definitions.is_empty() {
        return;
    }
    events.push(Event::Html(CowStr::from(
        "<section class=\"footnotes\">\n<ol class=\"footnotes-list\">\n",
    )));
    definitions.retain(|(name, _)| numbers.get(name).is_some_and(|(_, k)| *k > 0));
    definitions.sort_by_key(|(name, _)| numbers[name].0);
    for (name, def) in definitions {
        let uses = numbers[&name].1;
        events.extend(with_backlinks(&name, uses, def));
    }
    events.push(Event::Html(CowStr::from("</ol>\n</section>\n")));
}

/// One definition as a list item, the links back in its last paragraph.
fn with_backlinks<'a>(name: &str, uses: usize, def: Vec<Event<'a>>) -> Vec<Event<'a>> {
    let len = def.len();
    let mut written = false;
    let mut out = Vec::with_capacity(len);
    for (i, e) in def.into_iter().enumerate() {
        match e {
            Event::Start(Tag::FootnoteDefinition(_)) => {
                out.push(Event::Html(CowStr::from(format!("<li id=\"fn-{name}\">"))));
            }
            Event::End(TagEnd::FootnoteDefinition) | Event::End(TagEnd::Paragraph)
                if !written && i + 2 >= len =>
            {
                let mut links = String::new();
                for k in 1..=uses {
                    let mark = if k == 1 {
                        "↩".to_string()
                    } else {
                        format!("↩{k}")
                    };
                    links.push_str(&format!(" <a href=\"#fr-{name}-{k}\">{mark}</a>"));
                }
                links.push_str(if matches!(e, Event::End(TagEnd::Paragraph)) {
                    "</p>\n"
                } else {
                    "</li>\n"
                });
                written = true;
                out.push(Event::Html(CowStr::from(links)));
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                out.push(Event::Html(CowStr::from("</li>\n")))
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use pulldown_cmark::{html, Options, Parser};

    fn render(md: &str) -> String {
        let mut events: Vec<_> = Parser::new_ext(md, Options::ENABLE_FOOTNOTES).collect();
        super::to_bottom(&mut events);
        let mut out = String::new();
        html::push_html(&mut out, events.into_iter());
        out
    }

    #[test]
    fn footnotes_go_to_the_bottom_in_order_of_use_with_links_back() {
        let out =
            render("[^b]: Bee.\n\nOne[^a] two[^b] three[^a].\n\n[^a]: Ant.\n\n[^unused]: Never.\n");
        assert_eq!(
            out,
            "<p>One<sup class=\"footnote-reference\" id=\"fr-a-1\"><a href=\"#fn-a\">1</a></sup> two<sup class=\"footnote-reference\" id=\"fr-b-1\"><a href=\"#fn-b\">2</a></sup> three<sup class=\"footnote-reference\" id=\"fr-a-2\"><a href=\"#fn-a\">1</a></sup>.</p>\n<section class=\"footnotes\">\n<ol class=\"footnotes-list\">\n<li id=\"fn-a\">\n<p>Ant. <a href=\"#fr-a-1\">↩</a> <a href=\"#fr-a-2\">↩2</a></p>\n</li>\n<li id=\"fn-b\">\n<p>Bee. <a href=\"#fr-b-1\">↩</a></p>\n</li>\n</ol>\n</section>\n"
        );
    }
}

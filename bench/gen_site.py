#!/usr/bin/env python3
"""Generate a synthetic benchmark site of N pages in 20 sections.

Usage: gen_site.py N OUTDIR [--highlight]

With --highlight every tool highlights the code blocks (Zola 0.22's
`[markdown.highlighting]`, Hugo's `codeFences`); without it none does.

Writes two equivalent sites from the same text:
  OUTDIR/vilde/  a vilde/Zola site (config.toml, content/, templates/)
  OUTDIR/hugo/   a Hugo site (hugo.toml, content/, layouts/)

Every page is Danish-like filler text of about 600 words with headings, a
bulleted and a numbered list, a table, a link and a fenced Rust code block of 12 lines that differs on every page
(names and numbers from the page's own random stream), so no highlighter can
reuse one page's result for another. The
output is deterministic: page i has the same text whatever N is, so the
N = 1,000 site is the first 1,000 pages of the N = 10,000 site.
The text is random words, not content: it exists only to be timed.
"""

import os
import random
import shutil
import sys

SECTIONS = 20
SEED = 20240601

# Common Danish words (function words weighted by repetition) for filler text.
WORDS = (
    "og i at det en den til er som på de med han af for ikke der var mig sig men "
    "et har om vi min havde ham hun nu over da fra du ud sin dem os op man hans "
    "hvor eller hvad skal selv her alle vil blev kunne ind når være dog noget ville "
    "jo deres efter ned skulle denne end dette mit også under have dig anden hende "
    "mine alt meget sit sine vor mod disse hvis din nogle hos blive mange ad bliver "
    "hendes været thi jer sådan borger borgere kommune kommunen byrådet by byen "
    "bydel bydele område området boliger bolig fællesskab skole skolen børn unge "
    "familier arbejde job uddannelse sundhed trivsel tryghed integration indsats "
    "indsatsen projekt projektet samarbejde løsning løsninger problem problemer "
    "vilde udfordring udfordringer mennesker hverdag fremtid viden erfaring "
    "forvaltning magistratsafdeling medarbejdere ledere politikere dialog inddragelse "
    "lokalt lokale fælles nye gode bedre større mindre vigtigt muligt sammen "
    "arbejder skaber giver tager finder møder hjælper lærer bruger ønsker mener "
    "ser står går kommer bor lever deltager udvikler styrker sikrer understøtter "
    "grøn klima natur trafik cykel bus havn park kultur idræt forening foreninger "
    "frivillige netværk økonomi plan planen strategi mål målet resultater effekt "
    "år måned uge dag tid gang del måde sted rum hus gade vej kvarter Aarhus"
).split()

HEADINGS = [
    "Baggrund", "Formål", "Hvad gør vi", "Hvem er med", "Resultater",
    "Næste skridt", "Erfaringer", "Udfordringen", "Samarbejde", "Tidsplan",
    "Økonomi", "Inddragelse", "Læring", "Perspektiv",
]

CODE = """```rust
/// {dept}: {name}
pub struct {typ} {{
    pub navn: String,
    pub sider: u32,
}}

impl {typ} {{
    pub fn ny(navn: &str) -> Self {{
        let sider = {n} * navn.len() as u32 + {m};
        Self {{ navn: navn.to_string(), sider }}
    }}
}}
```"""


def sentence(rng, lo=7, hi=16):
    n = rng.randint(lo, hi)
    ws = [rng.choice(WORDS) for _ in range(n)]
    s = " ".join(ws)
    return s[0].upper() + s[1:] + "."


def paragraph(rng, lo=3, hi=6):
    return " ".join(sentence(rng) for _ in range(rng.randint(lo, hi)))


def heading(rng):
    return rng.choice(HEADINGS) + " " + rng.choice(WORDS)


def page_body(i):
    """Markdown body of page i (~600 words)."""
    rng = random.Random(SEED * 100003 + i)
    parts = []
    parts.append(paragraph(rng, 4, 5))
    parts.append("## " + heading(rng))
    parts.append(paragraph(rng))
    parts.append(paragraph(rng))
    parts.append("\n".join("- " + sentence(rng, 4, 9) for _ in range(5)))
    parts.append("## " + heading(rng))
    parts.append(paragraph(rng))
    rows = ["| Område | Borgere | Andel |", "|---|---:|---:|"]
    for _ in range(4):
        rows.append(
            "| %s %s | %d | %d %% |"
            % (
                rng.choice(WORDS).capitalize(),
                rng.choice(WORDS),
                rng.randint(100, 9999),
                rng.randint(1, 99),
            )
        )
    parts.append("\n".join(rows))
    parts.append(
        paragraph(rng, 2, 3)
        + " Læs mere på [Aarhus Kommunes hjemmeside](https://www.aarhus.dk/). "
        + sentence(rng)
    )
    parts.append("### " + heading(rng))
    parts.append(paragraph(rng))
    parts.append(paragraph(rng))
    parts.append(
        CODE.format(
            name=rng.choice(WORDS) + "-" + str(i),
            dept=rng.choice(WORDS).capitalize(),
            n=rng.randint(1, 99),
            m=rng.randint(100, 9999),
            typ="Projekt%s%d" % (rng.choice(WORDS).capitalize(), i),
        )
    )
    parts.append("\n".join("%d. %s" % (k + 1, sentence(rng, 4, 9)) for k in range(4)))
    parts.append("## " + heading(rng))
    parts.append(paragraph(rng))
    parts.append(paragraph(rng))
    return "\n\n".join(parts) + "\n"


def page_title(i):
    rng = random.Random(SEED * 7 + i)
    return "%s %s %d" % (rng.choice(HEADINGS), rng.choice(WORDS), i)


def page_date(i):
    # Deterministic dates spread over 2023-2024.
    day = i % 28 + 1
    month = (i // 28) % 12 + 1
    year = 2023 + (i // 336) % 2
    return "%04d-%02d-%02d" % (year, month, day)


def front(title, extra=""):
    return '+++\ntitle = "%s"\n%s+++\n' % (title, extra)


VILDE_CONFIG = """base_url = "https://example.org/"
title = "Syntetisk testside"

"""

VILDE_HIGHLIGHT = """
[markdown.highlighting]
theme = "github-light"
style = "class"
"""

HUGO_CONFIG = """baseURL = "https://example.org/"
title = "Syntetisk testside"
languageCode = "da"
disableKinds = ["taxonomy", "term", "RSS"]

[markup.highlight]
codeFences = {fences}
noClasses = false
"""

TERA_INDEX = """<!DOCTYPE html>
<html lang="da">
<head><meta charset="utf-8"><title>{{ config.title }}</title></head>
<body>
<main>
<h1>{{ section.title }}</h1>
{{ section.content | safe }}
</main>
</body>
</html>
"""

TERA_SECTION = """<!DOCTYPE html>
<html lang="da">
<head><meta charset="utf-8"><title>{{ section.title }}</title></head>
<body>
<main>
<h1>{{ section.title }}</h1>
{{ section.content | safe }}
<ul>
{% for p in section.pages %}<li><a href="{{ p.permalink }}">{{ p.title }}</a></li>
{% endfor %}</ul>
</main>
</body>
</html>
"""

TERA_PAGE = """<!DOCTYPE html>
<html lang="da">
<head><meta charset="utf-8"><title>{{ page.title }}</title></head>
<body>
<main>
<h1>{{ page.title }}</h1>
{{ page.content | safe }}
</main>
</body>
</html>
"""

HUGO_INDEX = """<!DOCTYPE html>
<html lang="da">
<head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head>
<body>
<main>
<h1>{{ .Title }}</h1>
{{ .Content }}
</main>
</body>
</html>
"""

HUGO_LIST = """<!DOCTYPE html>
<html lang="da">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>
<main>
<h1>{{ .Title }}</h1>
{{ .Content }}
<ul>
{{ range .Pages }}<li><a href="{{ .Permalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
</main>
</body>
</html>
"""

HUGO_SINGLE = """<!DOCTYPE html>
<html lang="da">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>
<main>
<h1>{{ .Title }}</h1>
{{ .Content }}
</main>
</body>
</html>
"""


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    highlight = "--highlight" in argv
    argv = [a for a in argv if a != "--highlight"]
    if len(argv) != 3 or not argv[1].isdigit():
        sys.stderr.write("usage: gen_site.py N OUTDIR [--highlight]\n")
        return 2
    n = int(argv[1])
    out = argv[2]
    vroot = os.path.join(out, "vilde")
    hroot = os.path.join(out, "hugo")
    for d in (vroot, hroot):
        if os.path.exists(d):
            shutil.rmtree(d)

    write(os.path.join(vroot, "config.toml"), VILDE_CONFIG + (VILDE_HIGHLIGHT if highlight else ""))
    write(os.path.join(vroot, "templates", "index.html"), TERA_INDEX)
    write(os.path.join(vroot, "templates", "section.html"), TERA_SECTION)
    write(os.path.join(vroot, "templates", "page.html"), TERA_PAGE)
    write(os.path.join(hroot, "hugo.toml"), HUGO_CONFIG.format(fences="true" if highlight else "false"))
    write(os.path.join(hroot, "layouts", "index.html"), HUGO_INDEX)
    write(os.path.join(hroot, "layouts", "_default", "list.html"), HUGO_LIST)
    write(os.path.join(hroot, "layouts", "_default", "single.html"), HUGO_SINGLE)

    files = {}
    rng = random.Random(SEED)
    files["_index.md"] = front("Syntetisk testside") + "\n" + paragraph(rng) + "\n"
    for s in range(SECTIONS):
        files["sec-%02d/_index.md" % s] = (
            front("Sektion %d" % s) + "\n" + paragraph(random.Random(SEED + s)) + "\n"
        )
    width = max(4, len(str(max(n - 1, 0))))
    for i in range(n):
        s = i % SECTIONS
        rel = "sec-%02d/page-%0*d.md" % (s, width, i)
        meta = "date = %s\nweight = %d\n" % (page_date(i), i // SECTIONS + 1)
        files[rel] = front(page_title(i), meta) + "\n" + page_body(i)

    words = 0
    for rel, text in files.items():
        write(os.path.join(vroot, "content", rel), text)
        write(os.path.join(hroot, "content", rel), text)
        if rel.endswith("page-%0*d.md" % (width, 0)):
            words = len(text.split("+++", 2)[2].split())
    print(
        "gen_site: %d pages in %d sections -> %s, %s (page 0: %d words)"
        % (n, SECTIONS, vroot, hroot, words)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""Compare the visible text of two built sites, page by page.

    tools/visible-text-diff.py OUT_A OUT_B [--show N] [--words]

For every .html file in either folder: the text a reader sees (no <script>,
<style>, <template> or <head>, white space collapsed). Prints the pages whose
text differs and the share of pages of A that B has with the same text.
With --words, pages count as the same when they hold the same words in any
order (for generators that list a map in no fixed order, such as Zola's
`config.languages`). Used to measure vilde against another static site generator's output for the
same site; it builds nothing itself.
"""
import html.parser
import os
import sys


# --words: every tag separates words, and word order does not count.
WORDS = "--words" in sys.argv


class Text(html.parser.HTMLParser):
    # (Not <head>: a minified page may leave out its end tag; what it holds has no
    # text besides <title>.)
    HIDDEN = {"script", "style", "template", "noscript", "title"}
    # Elements that start a new line in a browser: their edges separate words.
    BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr",
              "td", "th", "table", "section", "article", "header", "footer", "nav", "main",
              "aside", "pre", "blockquote", "dl", "dt", "dd", "figure", "figcaption", "hr",
              "details", "summary"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.pre = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.depth += 1
        # Code is compared as text: highlighters split it into different spans.
        if tag in self.BLOCKS or (WORDS and not self.pre):
            self.parts.append(" ")
        if tag == "pre":
            self.pre += 1

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self.depth:
            self.depth -= 1
        if tag == "pre" and self.pre:
            self.pre -= 1
        if tag in self.BLOCKS or (WORDS and not self.pre):
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def visible(path):
    p = Text()
    with open(path, encoding="utf-8", errors="replace") as f:
        p.feed(f.read())
    return " ".join("".join(p.parts).split())


def pages(root):
    out = {}
    for d, _, files in os.walk(root):
        for f in files:
            if f.endswith(".html"):
                full = os.path.join(d, f)
                out[os.path.relpath(full, root)] = full
    return out


def main():
    a, b = sys.argv[1], sys.argv[2]
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 3
    pa, pb = pages(a), pages(b)
    same, differ, missing = [], [], []
    for rel in sorted(pa):
        if rel not in pb:
            missing.append(rel)
            continue
        ta, tb = visible(pa[rel]), visible(pb[rel])
        if "--words" in sys.argv:
            wa, wb = sorted(ta.split()), sorted(tb.split())
            if wa != wb:
                only_a = [w for w in wa if w not in wb][:12]
                only_b = [w for w in wb if w not in wa][:12]
                ta, tb = " ".join(only_a), " ".join(only_b)
            else:
                ta = tb
        (same if ta == tb else differ).append((rel, ta, tb))
    for rel, ta, tb in differ[:show]:
        i = next((k for k in range(min(len(ta), len(tb))) if ta[k] != tb[k]), min(len(ta), len(tb)))
        print(f"differs: {rel}\n  A: …{ta[max(0, i - 60):i + 80]}\n  B: …{tb[max(0, i - 60):i + 80]}")
    for rel in differ[show:]:
        print(f"differs: {rel[0]}")
    for rel in missing:
        print(f"missing in B: {rel}")
    extra = sorted(set(pb) - set(pa))
    for rel in extra:
        print(f"only in B: {rel}")
    total = len(pa)
    print(f"{len(same)}/{total} pages of A have the same visible text in B ({100 * len(same) / max(total, 1):.0f} %)")


if __name__ == "__main__":
    main()

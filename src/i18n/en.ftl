# vilde's messages in English (for developers and for sites that are not
# Danish). Every entry has its twin in da.ftl with the same variables.

## How a message is shown

severity-error = error
severity-warning = warning
label-expected = expected
label-found = found
label-hint = how to fix
summary-errors = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
summary-more = … and { $count } more problems in { $file } (fix the ones above first)

## Reading files

read-not-regular = it is not an ordinary file (it is a folder, a named pipe, a socket or a device)
read-cannot = the file cannot be read: { $why }
read-cannot-hint = replace it with an ordinary file, or remove it from the folder
read-failed = the file could not be read: { $why }
read-failed-hint = check that the file exists and that you may read it
utf8-bad = the file is not valid UTF-8 text
utf8-bad-expected = text saved as UTF-8
utf8-bad-found = the byte 0x{ $byte }
utf8-bad-hint = open the file in your editor and save it again with the encoding UTF-8

## TOML (settings files)

toml-hint-unknown = check the spelling of the setting; the allowed names are listed above
toml-hint-type = the value has the wrong kind: text needs "quotes", numbers and true/false do not, dates are written 2023-02-20
toml-hint-missing = add the missing setting
toml-hint-duplicate = this setting is written twice: keep the line with the right value and delete the other
toml-hint-date = this date does not exist: write a real date as YYYY-MM-DD, e.g. 2023-02-20
toml-hint-other = check quotes and `=` signs on this line; text values need "quotes"
toml-invalid-type = wrong kind of value: { $found }, where { $expected } is needed
toml-unknown-field = unknown setting `{ $field }`; allowed: { $allowed }
toml-missing-field = the setting `{ $field }` is missing
toml-duplicate-key = `{ $key }` is written twice
toml-kind-string = text { $value }
toml-kind-integer = a whole number
toml-kind-number = a number
toml-kind-boolean = true or false
toml-kind-date = a date
toml-kind-table = a table
toml-kind-list = a list
toml-kind-text = text in quotes

## vilde build

build-done = Built { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}, { $files } files in { $ms } ms ({ $kind }) → { $out }
build-kind-public = public build
build-kind-preview = preview build with drafts
build-failed = The build failed; { $out } was left as it was.
build-left-out-heading = Not on the public site:
build-verdict-none = There are no wicked problems in content/.
build-verdict-zero-one = The problem is not published: the site shows only the front page, with the problem as "under udarbejdelse".
build-verdict-zero = None of the { $total } problems is published: the site shows only the front page, with all { $total } as "under udarbejdelse".
build-verdict-one-one = The problem is published.
build-verdict-all = All { $total } problems are published.
build-verdict-some = { $published } of { $total } problems are published; the others are shown as "under udarbejdelse".

## vilde check

check-done = No errors in { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}.

## vilde new

new-created = created { $file }
new-next = Fill in the fields marked «udfyld», then preview with `vilde build --drafts`.

## vilde serve

serve-port-moved = Port { $asked } is in use; using port { $port } instead.
serve-open-network = warning: listening on { $interface }: anyone who can reach this machine can see the site, drafts included
serve-serving = Serving { $root } at { $url } (preview with drafts; not the public site)
serve-watching = Watching for changes. Press Ctrl-C to stop.
serve-fixed = Fixed: the site builds again.
serve-built = Built { $pages } pages, { $files } files in { $ms } ms (preview build with drafts).
serve-rebuilt = Rebuilt in { $ms } ms: { $what }
serve-rebuilt-verbose = rebuilt in { $ms } ms ({ $total } ms event → { $outcome }; { $tabs } tab(s)): { $what }
serve-outcome-reload = reload sent
serve-outcome-same = no change in the output
serve-failed-first = The site could not be built. Fix the error and save; the browser shows it too.
serve-failed = The build failed after changes to { $what }; still serving the last version that worked ({ $tabs } tab(s) show the error).
serve-stopped = Stopped.
serve-no-browser = Could not open a browser ({ $program } is missing); open { $url } yourself.
serve-and-more = { $list } and { $more } more
serve-overlay-more = … and { $count } more error(s); see the terminal
serve-bad-host = Bad request: this preview answers only to localhost and 127.0.0.1.
serve-bad-method = Only GET and HEAD are supported.
serve-bad-target = Bad request: that address is not allowed.
serve-not-a-site = this folder is not a vilde site: it has no config.toml
serve-not-a-site-hint = give --root the folder that holds config.toml, or run `vilde serve` from inside it
serve-port-busy = port { $port } is in use
serve-ports-busy = ports { $from }–{ $to } are all in use
serve-port-busy-hint = stop the other program (maybe another `vilde serve`), or choose a port with --port, or --port 0 for any free port
serve-cannot-listen = cannot listen on { $interface } port { $port }: { $why }
serve-cannot-listen-hint = use --interface 127.0.0.1 (this machine only) and a port above 1023
serve-cannot = cannot serve: { $why }
serve-no-port = no port to try

## Output folder
static-unreadable = static files could not be read: { $why }
static-symlink = links (symlinks) are not allowed in static/
static-symlink-hint = copy the file into static/ instead of linking to it
static-not-regular = this cannot be copied: { $why }
static-not-regular-hint = replace it with an ordinary file, or remove it from static/
static-bad-name = this file name cannot be published: { $why }
static-bad-name-hint = rename the file with letters, digits, - and _
output-copy-failed = the file could not be copied: { $why }
output-io-create = the output could not be created: { $why }
output-io-temp = the output has no room for a temporary folder beside it: { $why }
output-io-write = the output could not be written: { $why }
output-io-dotfiles = the files starting with a dot (e.g. .git) could not be moved into the new output; the old folder is kept beside it: { $why }
output-io-replace = the new output could not take the place of the old one: { $why }
output-io-folder = the output folder could not be created: { $why }
output-io-parent = the output's parent folder could not be opened: { $why }
output-io-lock = the output could not be locked: { $why }
output-io-hint = check that the disk has room and that you may write to this folder
output-bad-path = a file cannot be written there: { $why }
output-bad-path-hint = every file must stay inside the output folder; change the address that leads there
output-internal = internal error: the staging does not match the output
output-twice = two files of the site would be written to the same place in the output
output-twice-hint = give one of the pages (or its alias or file) another address
output-refused = vilde will not write its output here: { $why }
output-refused-expected = a folder of its own for the built site, e.g. public inside the site folder
output-refused-hint = choose another --output-dir (or output_dir in config.toml); vilde replaces the whole output folder on every build
output-why-root = it is the top folder of the disk (/)
output-why-home = it is your home folder
output-why-site = it is the site folder itself
output-why-above = it holds the site folder
output-why-inside = it is inside the site's { $folder }/ folder
output-why-link = it is a link (symlink) to another folder; give the real folder instead
output-is-file = the output path is a file, not a folder
output-is-file-hint = give --output-dir a folder name, e.g. public
output-and-more = { $list } and { $more } more
output-foreign = vilde will not replace this output folder: { $why }
output-foreign-new = the folder is not empty and vilde did not make it
output-foreign-added = the folder holds files that vilde did not write
output-foreign-expected = a missing or empty folder, or one that an earlier vilde build wrote
output-foreign-hint = move those files somewhere else, or choose another --output-dir; `vilde build --force` replaces the folder anyway and deletes them
output-locked = another vilde build is writing this output folder right now
output-locked-hint = wait until the other build has finished (waited { $seconds } seconds), then build again

## Paths
path-outside = `{ $path }` points outside the site folder; use a path inside the site
path-link-out = `{ $path }` is a link to a file outside the site folder
path-empty = the path is empty
path-absolute = `{ $path }` is an absolute path
path-backslash = a backslash
path-nul = a NUL character
path-control = the control character { $code }
path-holds = `{ $path }` holds { $what }
path-dotdot = `{ $path }` climbs out of its folder with `..`
path-empty-part = `{ $path }` has an empty part (`//` or `/./`)
path-drive = `{ $path }` starts with a drive letter

## Content
content-none = the site has no content/ folder
content-none-expected = a folder content/ beside config.toml, with _index.md and one folder per problem
content-none-hint = run vilde from the site folder, or give --root the folder that holds config.toml and content/
content-no-front-page = the front page is missing
content-no-front-page-expected = a file content/_index.md
content-no-front-page-hint = create content/_index.md with a +++ block that has title = "..."
content-folder-unreadable = the folder could not be read: { $why }
content-symlink = links (symlinks) are not allowed in content/
content-symlink-hint = copy the file into content/ instead of linking to it
content-not-regular = this cannot be read: { $why }
content-not-regular-hint = replace it with an ordinary file, or remove it from content/
content-name-not-utf8 = the name `{ $name }` is not valid text (UTF-8); rename it with ordinary letters
content-same-address = two files would be published at the same address { $address }
content-same-address-hint = give one of them another folder name, or a different `slug` in its front matter
alias-bad = this alias cannot be used: { $why }
alias-bad-expected = an address inside the site, like `gammel-adresse/` or `gammel/side.html`
alias-bad-hint = write the old address without the domain and without `..`
alias-taken = the alias `{ $alias }` is already the address of another page
alias-taken-hint = remove the alias, or give the other page a different address
alias-empty = it is empty (the front page cannot be an alias)
alias-not-web = an alias is a path inside the site, not a web address
address-not-web = it must be a path inside the site, not a web address
address-bad = `{ $key }` cannot be used: { $why }
address-bad-expected = an address inside the site, like `om-os` or `nyheder/2023`
address-bad-hint = write `{ $key }` without `..`, backslashes or the domain

## Front matter (the fields at the top of a page)
fm-lone-cr = the lines of this file end with a lone carriage return (an old Mac format), so it reads as one long line
fm-lone-cr-expected = lines that end with LF (Mac, Linux) or CRLF (Windows)
fm-lone-cr-hint = save the file again with LF or CRLF line endings; most editors show the line ending in the status bar
fm-missing = the file does not start with front matter
fm-missing-expected = a first line of `+++`, then settings such as title = "...", then a line of `+++`
fm-missing-hint = add a block like
      +++
      title = "Sidens titel"
      +++
    at the very top of the file
fm-open-text = the opening `{ $delim }` line has other text on it
fm-open-text-expected = `{ $delim }` alone on the first line
fm-open-text-hint = put `{ $delim }` on its own line and the settings on the lines below it
fm-unclosed = the front matter is never closed: the second `{ $delim }` line is missing
fm-unclosed-expected = a line of `{ $delim }` after the settings
fm-unclosed-found = the end of the file
fm-unclosed-hint = add a line with only `{ $delim }` after the last setting, before the text starts
fm-empty-line = an empty line
fm-unreadable = the front matter could not be read: { $why }
fm-yaml-hint = YAML front matter needs `key: value` lines; quote text that contains a colon

## Site and build
site-not-a-site = this folder is not a vilde site: it has no config.toml
site-not-a-site-expected = a site folder with config.toml, content/ and templates/ or themes/
site-not-a-site-hint = give --root the folder that holds config.toml, or run `vilde` from inside it
base-url-flag-bad = this address cannot be used: { $why }
base-url-flag-expected = the site's address, like https://aarhus.dk/vilde-problemer/
slides-template-missing = the slide template is missing
slides-template-missing-expected = the file { $file } (set by slide_template under [extra.vilde] in config.toml)
slides-template-missing-hint = ask Borgmesterens Afdeling for slide-template.toml and put it beside config.toml
left-out-script-file = { $file }: not published – files that can hold code (.html, .svg, .xml, .js) are not published from a problem
left-out-unused-file = { $file }: not published – no approved piece uses the file
left-out-draft = draft (draft = true)
left-out-text-reason = tekst: { $reason }
left-out-problem = { $title }: not published – { $reason }
left-out-piece = { $title } – { $piece }: not published – { $reason }
left-out-video = { $title } – video: not recorded

## Config
url-holds = it holds `{ $what }`
url-not-web = it is not a web address
url-scheme = it starts with `{ $scheme }:`, not https://
url-no-host = it has no host name
url-query = it holds `?` or `#`
theme-not-a-name = it must be the name of one folder in themes/, not a path
config-unknown = unknown setting `{ $key }` is ignored
config-unknown-hint = check the spelling; site-specific settings go under [extra] or [extra.vilde]
base-url-bad = base_url cannot be used: { $why }
base-url-bad-expected = the site's address, like base_url = "https://aarhus.dk/vilde-problemer/"
base-url-bad-hint = write the full address with https:// and without quotes or spaces inside it
theme-bad = theme cannot be used: { $why }
theme-bad-expected = the name of a folder in themes/, like theme = "aarhus"
theme-bad-hint = put the theme in themes/<name>/ inside the site folder and write only its name
theme-link = the theme folder is a link (symlink) to a place outside the site
theme-link-hint = copy the theme into themes/ instead of linking to it
theme-missing = the theme `{ $theme }` was not found
theme-missing-expected = a folder themes/{ $theme }/ with templates/ inside
theme-missing-hint = check the spelling of `theme` in config.toml, or remove the line to use only templates/
deadlines-order = deadlines are out of order
deadlines-order-expected = a date after { $date } ({ $name })
deadlines-order-hint = list [[extra.vilde.deadlines]] from the earliest to the latest date
deadlines-piece = unknown piece `{ $piece }` in deadline `{ $name }`
deadlines-piece-expected = "tekst", "slides", "drejebog" or "video"
deadlines-piece-hint = name the pieces the councillors approve, or "video" for the finished video
toml-unreadable = this TOML could not be read: { $why }

## Templates
templates-symlink = links (symlinks) are not allowed among the templates
templates-symlink-hint = copy the template into the folder instead of linking to it
template-error = template error: { $why }
template-error-hint = check the template near this line: every {"{{"} {"}}"}, {"{%"} {"%}"} and {"{%"} end… {"%}"} must match, and names must exist in the context
template-missing = the template `{ $name }` was not found
template-missing-expected = a file templates/{ $name } in the site, or in the theme's templates/ folder
template-missing-found = these templates: { $list }
template-missing-hint = create the template, fix the `template` name in the front matter, or set `theme` in config.toml
fn-markdown-text = the `markdown` filter needs text
fn-arg-text = `{ $func }` needs the argument `{ $name }` as text, e.g. { $func }({ $name }="...")
fn-get-url-page = get_url: there is no page `@/{ $page }` in content/
fn-get-url-cachebust = get_url: cannot cachebust `{ $path }`: no such file in static/
fn-get-section = get_section: there is no section `{ $path }` (sections are _index.md files under content/)
fn-get-page = get_page: there is no page `{ $path }` under content/
fn-load-data-unreadable = load_data: `{ $path }` could not be read: { $why }
fn-load-data-format = load_data: `{ $path }` is not valid { $format }: { $why }
fn-trans = trans: no translation `{ $key }`; add it under [translations] in config.toml
fn-get-hash-file = get_hash: no file `{ $path }` in static/ or the site
fn-get-hash-type = get_hash: sha_type must be 256, 384 or 512, not { $value }
fn-resize-pixels = `{ $name }` must be a whole number of pixels, not { $value }
fn-resize-quality = `quality` must be a number from 1 to 100, not { $value }

## Images
img-unknown-op = unknown op `{ $op }`; use "scale", "fit_width", "fit_height", "fit" or "fill"
img-unknown-format = unknown format `{ $format }`; use "auto", "jpg", "png" or "webp"
img-none = there is no image `{ $image }`; looked in { $tried }
img-quality = the image quality must be between 1 and 100, not { $value }
img-quality-hint = use e.g. quality=75, or leave quality out
img-cannot-resize = cannot resize `{ $image }`: { $why }
img-resized-too-large = the resized image `{ $image }` would be { $width } × { $height } pixels, more than the limit of { $limit } pixels
img-resized-too-large-hint = ask for a smaller width and height
img-save-failed = the image `{ $image }` could not be saved as { $format }: { $why }
img-save-failed-hint = try another format, e.g. format="png"
img-cache-failed = the image cache could not be written: { $why }
img-cache-failed-hint = check that the site folder is writable, or delete the .vilde-cache folder
img-at-least-one = `{ $name }` must be at least 1
img-op-needs = the op "{ $op }" needs `{ $name }`
img-unreadable = the image `{ $image }` could not be read: { $why }
img-damaged = the image `{ $image }` is damaged or not an image vilde can read: { $why }
img-damaged-expected = a PNG, JPEG, WebP or GIF file
img-damaged-hint = open the image in an image editor and save it again as PNG or JPEG
img-kind-unsupported = { $kind } images are not supported
img-kind-unknown = the file type was not recognised
img-says-size = it says it is { $width } × { $height } pixels
img-too-large = the image `{ $image }` is too large: { $width } × { $height } pixels ({ $megapixels } megapixels) is more than the limit of { $limit } megapixels
img-too-large-expected = at most { $limit } pixels (width × height)
img-too-large-found = { $width } × { $height } = { $pixels } pixels
img-too-large-hint = make the image smaller in an image editor (2,400 pixels wide is plenty for a web page), or raise [extra.vilde.images] max_pixels in config.toml
img-too-large-to-open = the image `{ $image }` is too large to open: it needs more memory than vilde allows for one image

## Markdown
img-no-alt = this image has no alt text
img-no-alt-expected = a short text between the square brackets that says what the image shows
img-no-alt-hint = describe the image for readers who cannot see it: `![what the image shows]({ $src })`; if it is pure decoration, write `![{ $decorative }]({ $src })`
img-missing = the image `{ $image }` does not exist
img-missing-hint = put the image file in the page's folder (beside index.md), or correct the file name; `/…` paths are looked up in static/
md-too-deep = the text is nested more than { $max } levels deep (quotes or lists inside each other){ $flat }
md-too-deep-preview = {" "}(the preview shows the deeper levels flat)
md-too-deep-expected = at most { $max } quotes or lists inside each other
md-too-deep-hint = remove the extra `>`, `-` or `1.` at the start of the lines
md-link-did-you-mean = {" "}(did you mean `@/{ $page }`?)
md-link-broken = this link points to a page that does not exist: `@/{ $target }`
md-link-broken-expected = the path of a file under content/, e.g. `@/blandede-bydele-og-integration/index.md`
md-link-broken-hint = correct the path{ $close }, or remove the link

## Raw HTML in page text
html-why-script = code in a page could run in every reader's browser
html-why-object = it can load and run content from another site
html-why-embed = it can load and run content from another site
html-why-applet = it can load and run content from another site
html-why-frame = it can show content from another site
html-why-frameset = it can show content from another site
html-why-base = it changes where every link on the page points
html-why-meta = it can send readers to another address or change the page's rules
html-why-link = it can load code or styles from another site
html-why-style = it can change or hide anything on the page
html-why-form = it can send what readers type to another site
html-why-svg = drawings written into the text can carry script
html-why-math = formulas written into the text can carry script
html-why-template = it can hide markup that script turns into page content
html-why-code = it can run code
html-removed-preview = {" "}(the preview shows the page without it)
html-allow = a site whose authors are all trusted can allow raw HTML with `allow_raw_html = true` under [extra.vilde] in config.toml
html-element = a <{ $name }> tag is not allowed in page text{ $removed }
html-element-expected = text and Markdown; HTML only without scripts
html-element-hint = remove the <{ $name }> tag: { $why }. If the page needs a feature, ask the web team to add it to the theme; { $allow }
html-not-allowed = the HTML tag <{ $name }> is not among the tags allowed in page text{ $removed }
html-not-allowed-expected = Markdown, or HTML with these tags: { $tags }
html-not-allowed-hint = write it with Markdown or one of the allowed tags; { $allow }
html-attribute = the attribute `{ $attr }` is not allowed on <{ $tag }>{ $removed }
html-attribute-expected = on <{ $tag }>: { $list }
html-attribute-hint = remove `{ $attr }` from the tag; { $allow }
html-iframe-no-hosts = none are set (allowed_video_hosts under [extra.vilde] in config.toml)
html-iframe-no-src = this <iframe> has no address (src)
html-iframe-not-https = this <iframe> does not use a secure https:// address
html-iframe-host = this <iframe> shows a page from `{ $host }`, which is not an allowed video host
html-iframe-no-host = this <iframe> does not show a page from an allowed video host
html-iframe-expected = an iframe with src="https://…" on an allowed video host: { $hosts }
html-iframe-hint = embed the video from an allowed host (use the embed code from the video site's Share button, with https://), or, if the web team trusts the host, add it to allowed_video_hosts under [extra.vilde] in config.toml
html-srcdoc = this <iframe> has a `srcdoc` attribute, which can hold a whole page with scripts{ $removed }
html-srcdoc-expected = an iframe with src="https://…" on an allowed video host
html-srcdoc-hint = remove srcdoc and embed the video with src="https://…"
html-handler = the HTML attribute `{ $name }` runs script and is not allowed{ $removed }
html-handler-expected = HTML without on… attributes (onclick, onload, onerror, …)
html-handler-hint = remove `{ $name }=…` from the tag; if something should happen on the page, ask the web team to add it to the theme
html-script-url = this address runs script: `javascript:` addresses are not allowed{ $removed }
html-url-expected = a web address (https://…), a page of the site (@/…/index.md) or a file
html-script-url-hint = replace the address with the page or file the link should open
html-data-url = this address is a `data:` address, which is allowed only for images{ $removed }
html-data-url-hint = put the file in the page's folder (beside index.md) and link to it by its name
html-scheme = this kind of address cannot be used on the website{ $removed }
html-scheme-expected = an address that starts with { $schemes }: or a page or file of the site
html-scheme-hint = link to a web page (https://…), an e-mail address (mailto:…) or a file in the page's folder
html-too-deep = the HTML is nested more than { $max } elements deep (at <{ $name }>){ $shown }
html-too-deep-preview = {" "}(the preview shows it as text)
html-too-deep-expected = HTML with at most { $max } elements inside each other
html-too-deep-hint = close the tags you open (every <div> needs its </div>), or write the text with Markdown
html-unfinished = this HTML tag <{ $name }> is not finished: its `>` or a closing quote is missing{ $removed }
html-unfinished-expected = a tag that ends with `>`, with every " or ' closed
html-unfinished-hint = finish the tag, so the text after it is not read as part of the tag

## Slides: the fixed template
layout-title = the heading only
layout-bullets = bullet points only
layout-lead-bullets-closing = a lead line, bullet points and a closing line
layout-title-name = title slide
layout-bullets-name = bullet slide
layout-lead-bullets-closing-name = slide with lead, bullets and closing line
count-slides = { $count ->
        [one] 1 slide
       *[other] { $count } slides
    }
count-bullets = { $count ->
        [one] 1 bullet point
       *[other] { $count } bullet points
    }
count-words = { $count ->
        [one] 1 word
       *[other] { $count } words
    }
count-levels = { $count ->
        [one] 1 level
       *[other] { $count } levels
    }
slides-name = slide { $number } ("{ $heading }")
slides-count = the deck has { $found ->
        [one] 1 slide
       *[other] { $found } slides
    }, but the slide template has { $template ->
        [one] 1 slide
       *[other] { $template } slides
    }
slides-count-list = { $count ->
        [one] 1 slide
       *[other] { $count } slides
    }: { $list }
slides-count-none = no slides
slides-count-hint = the number of slides is fixed by the template and is the same for all seven problems: add the missing slides and remove the extra ones (the other messages say which)
slides-repeat = { $slide } repeats slide { $number } (line { $line })
slides-repeat-expected = every slide of the template once
slides-repeat-found = "{ $heading }" on lines { $first } and { $second }
slides-repeat-hint = merge the two slides into one, or remove one of them
slides-order = { $slide } is in the wrong place: this slide belongs at position { $position }
slides-as-number = "{ $heading }" as slide { $number }
slides-order-hint = move the whole slide (its "## " line and everything below it, up to the next "## ") so that it becomes slide { $position }: the order of the slides is fixed by the template
slides-extra-slide = { $slide } is not in the slide template
slides-extra-slide-expected = only the template's { $count ->
        [one] 1 slide
       *[other] { $count } slides
    }
slides-extra-slide-hint = remove this slide: the number of slides is fixed. If it is meant to be one of the template's slides, give it that slide's heading exactly
slides-missing = slide { $number } ("{ $heading }") is missing
slides-missing-expected = a slide that starts with "## { $heading }"
slides-missing-found = no slide with this heading
slides-missing-hint = add a line "## { $heading }" { $place }{ $then }
slides-missing-before = before the slide "{ $heading }" (line { $line })
slides-missing-at-end = at the end of the file
slides-missing-then = , followed by { $what }
slides-title-heading = the heading of slide { $number } must be the problem's title
slides-title-heading-hint = write the problem's title exactly as in its index.md: "## { $want }"
slides-title-heading-case = the heading of slide { $number } differs from the problem's title in letter case
slides-title-heading-case-hint = write the title with the same capital and small letters as in the problem's index.md: "## { $want }"
slides-heading = the heading of slide { $number } differs from the slide template
slides-heading-hint = use the template's heading word for word, "## { $want }": the headings are the same for all seven problems and cannot be changed
slides-heading-case = the heading of slide { $number } differs from the slide template in letter case
slides-heading-case-hint = write the heading with the same capital and small letters as the template, "## { $want }": the headings are the same for all seven problems
slides-layout-expected = { $what } (layout: { $layout })
slides-title-only = { $slide } is a title slide, which shows only its heading
slides-title-only-hint = remove this text: the title slide shows the problem's title and nothing else
slides-title-bullets-found = { $count ->
        [one] 1 bullet point
       *[other] { $count } bullet points
    }, the first: { $first }
slides-title-bullets-hint = remove the bullet points: the title slide shows the problem's title and nothing else
slides-empty-slide = { $slide } is empty
slides-empty-slide-found = only the heading
slides-empty-slide-hint = write the slide's content below its heading: every slide of the template must be filled in
slides-text-before = { $slide } has a line of text before the bullets, but its layout has bullet points only
slides-text-after = { $slide } has a line of text after the bullets, but its layout has bullet points only
slides-make-bullet-hint = make it a bullet point (start the line with "- ") or remove it
slides-no-lead = { $slide } has no lead line
slides-no-lead-expected = a line of text between the heading and the bullets
slides-no-lead-found = no lead line
slides-no-lead-found-bullets = bullet points right after the heading
slides-no-lead-hint = write one line of text between the heading and the first bullet: this layout always has one
slides-no-closing = { $slide } has no closing line
slides-no-closing-expected = a line of text after the last bullet
slides-no-closing-found = no closing line
slides-no-closing-hint = write one line of text after the bullets, with an empty line between the last bullet and it: without the empty line the text becomes part of the last bullet
slides-no-bullets = { $slide } has no bullet points
slides-no-bullets-expected = bullet points, each on its own line starting with "- "
slides-no-bullets-found = no bullet points
slides-no-bullets-hint = write the points as a list: each on its own line, starting with "- "
slides-too-many-bullets = { $slide } has { $count ->
        [one] 1 bullet point
       *[other] { $count } bullet points
    }, but the template allows at most { $max }
slides-too-many-bullets-expected = at most { $max ->
        [one] 1 bullet point
       *[other] { $max } bullet points
    } (sub-bullets count too)
slides-too-many-bullets-hint = merge or remove bullet points so that at most { $max } are left; the details can go on the problem's web page or in the video
slides-bullet-words = a bullet point on { $slide } has { $count ->
        [one] 1 word
       *[other] { $count } words
    }, but the template allows at most { $max } per bullet
slides-at-most-words = at most { $max ->
        [one] 1 word
       *[other] { $max } words
    }
slides-bullet-words-found = { $count ->
        [one] 1 word
       *[other] { $count } words
    }: "{ $text }"
slides-bullet-words-hint = shorten the bullet point or split it into two
slides-slide-words = { $slide } has { $count ->
        [one] 1 word
       *[other] { $count } words
    }, but the template allows at most { $max } on this slide
slides-slide-words-expected = at most { $max ->
        [one] 1 word
       *[other] { $max } words
    } (lead, bullets and closing line together; the heading does not count)
slides-slide-words-hint = shorten the text so that it can be read on the slide; the details can go on the problem's web page or in the video
slides-no-sub-bullets = { $slide } has sub-bullets, but its layout allows none
slides-no-sub-bullets-expected = bullet points without sub-bullets
slides-no-sub-bullets-found = the indented bullet "{ $text }"
slides-no-sub-bullets-hint = remove the spaces before the "-" so that it becomes an ordinary bullet point, or join it with the bullet above
slides-too-deep = { $slide } has sub-bullets { $deep ->
        [one] 1 level
       *[other] { $deep } levels
    } deep, but the template allows { $max ->
        [one] 1 level
       *[other] { $max } levels
    }
slides-too-deep-expected = at most { $max ->
        [one] 1 level
       *[other] { $max } levels
    } of sub-bullets
slides-too-deep-found = the bullet "{ $text }", { $depth ->
        [one] 1 level
       *[other] { $depth } levels
    } deep
slides-too-deep-hint = move the deepest bullets out (fewer spaces before the "-"), or join them with the bullet above
slides-extra-image = { $slide } has an image, which slides cannot show
slides-extra-image-hint = remove the image: the slide layout is the same for all seven problems and has no room for pictures; images can go on the problem's web page
slides-extra-table = { $slide } has a table, which slides cannot show
slides-extra-table-hint = write the table's rows as bullet points instead
slides-extra-heading = { $slide } has a "{ $marks } " heading inside it
slides-extra-heading-hint = every slide has exactly one heading, its "## " line; a line that starts with # is a heading. Write this text as a bullet point or remove it
slides-extra-code = { $slide } has a code block
slides-extra-code-hint = text indented by four spaces or more, or placed between ``` lines, becomes a code block: remove the indentation or the ``` lines (a sub-bullet needs only two spaces before its "-")
slides-extra-quote = { $slide } has a quote block (a line starting with >)
slides-extra-quote-hint = remove the > at the start of the line
slides-extra-html = { $slide } has HTML code
slides-extra-html-hint = remove the HTML: slides hold plain text
slides-extra-rule = { $slide } has a separator line
slides-extra-rule-hint = remove the line: slides are separated by their "## " headings, not by --- lines
slides-extra-numbered = { $slide } has a numbered list
slides-extra-numbered-hint = start each bullet point with "- " instead of a number: the layout shows bullet points
slides-extra-list = { $slide } has a second bullet list
slides-extra-list-hint = keep all bullet points in one list, directly below each other: text between bullets, or changing between -, * and +, starts a new list
slides-extra-not-bullet = { $slide } has text that is not a bullet point, but its layout has bullet points only
slides-extra-text = { $slide } has more text than its layout has room for
slides-extra-text-hint = the layout has one lead line before the bullets and one closing line after them: join this text with one of them, make it a bullet point (start the line with "- "), or remove it
slides-extra-other = { $slide } has Markdown that slides cannot show
slides-extra-other-hint = remove it

## Slide template (slide-template.toml)
one-of = one of: { $list }
tpl-no-slides = the slide template has no slides
tpl-no-slides-expected = one [[slide]] table per slide, in the order of the deck
tpl-no-slides-found = no [[slide]] table
tpl-no-slides-hint = add the slides, for example:
      {"["}[slide]]
      heading_is_problem_title = true
      layout = "title"
    (layouts: { $layouts })
tpl-both-headings = slide { $position } has both `heading` and `heading_is_problem_title = true`
tpl-both-headings-expected = one of them
tpl-both-headings-found = heading = "{ $heading }" and heading_is_problem_title = true
tpl-both-headings-hint = remove `heading` if the slide shows the problem's title, otherwise remove `heading_is_problem_title`
tpl-empty-heading = slide { $position } has an empty heading
tpl-empty-heading-expected = the slide's heading, e.g. heading = "Politisk afsæt for arbejdet"
tpl-empty-heading-hint = write the heading between the quotes, or use heading_is_problem_title = true for the title slide
tpl-no-heading = slide { $position } has no heading
tpl-no-heading-expected = heading = "..." or heading_is_problem_title = true
tpl-no-heading-found = neither
tpl-no-heading-hint = add the slide's fixed heading, e.g. heading = "Forslag til problemforståelse", or heading_is_problem_title = true for the title slide
tpl-the-title = the problem's title
tpl-same-heading = slides { $first } and { $second } have the same heading
tpl-same-heading-expected = a different heading on every slide
tpl-same-heading-found = { $what } on both
tpl-same-heading-hint = give each slide its own heading; a deck cannot tell two slides with the same heading apart
tpl-unknown-layout = slide { $position } has an unknown layout "{ $layout }"
tpl-unknown-layout-hint = write one of the layouts exactly as listed: { $list }
tpl-limit-on-title = slide { $position } has the layout "title", which holds no text besides the heading, so `{ $key }` has no meaning
tpl-limit-on-title-expected = no limits on a title slide
tpl-limit-on-title-hint = remove the line `{ $key } = ...` from this slide
tpl-no-limit = slide { $position } has no `{ $key }`
tpl-no-limit-expected = `{ $key }` on the slide or in the [limits] table
tpl-no-limit-found = no limit
tpl-no-limit-hint = add a line like `{ $key } = 10` to this slide; the limits keep the text readable on a 16:9 slide
tpl-needed-hint = the slide template (by default slide-template.toml at the site root) is needed to check and draw the slides; create it or set slide_template under [extra.vilde] in config.toml
tpl-min-zero = 0 or more (0 = no sub-bullets)
tpl-min-one = 1 or more
tpl-min = `{ $key }` must be { $what }
tpl-min-expected = a whole number, { $what }
tpl-min-hint = write a whole number of at least { $min }; a limit of { $value } leaves no room for text
tpl-missing-layout-hint = every [[slide]] needs a line layout = "..." with one of: { $layouts }
tpl-syntax-hint = check quotes, `=` signs and [[slide]] headers near this line; text values need "quotes", numbers do not
tpl-unreadable = the slide template could not be read: { $why }

## slides.md
outline-empty = slides.md is empty
outline-empty-expected = the problem's slides, each starting with a line "## heading"
outline-empty-found = an empty file
outline-empty-hint = write the slides: "## " and the problem's title, then "## Forslag til problemforståelse" and its bullets, and so on as in the slide template
outline-no-slides = slides.md has no slides: no line starts with "## "
outline-no-slides-expected = slides that each start with a line "## heading"
outline-no-slides-found = no slide headings
outline-no-slides-hint = start every slide with two # signs and a space, e.g. "## Forslag til problemforståelse"
outline-h1 = a "# " heading comes before the first slide
outline-h1-expected = the first slide's heading, "## " and the problem's title
outline-h1-hint = slides.md has no page title of its own: the title slide is "## " and the problem's title. Remove this line, or add a second # if it is the title slide
outline-text-before = there is text before the first slide's heading
outline-text-before-expected = the first line to be the title slide's heading, "## " and the problem's title
outline-text-before-hint = text belongs to no slide until a "## " heading starts one: move it below the right slide's heading or remove it
outline-front-matter = slides.md must not start with front matter
outline-front-matter-expected = the title slide's heading, "## " and the problem's title, as the first line
outline-front-matter-found = front matter between { $fence } lines (lines { $first }–{ $last })
outline-front-matter-hint = delete lines { $first } to { $last }: the problem's title and settings belong in its index.md, and slides.md holds only the slides

## Drejebog (the video script)
dj-no-keys = no keys here
dj-unknown-key = unknown key `{ $key }`
dj-unknown-key-hint = check the spelling against the list; keys are written in small letters, as in docs/drejebog.md
dj-missing-key = the key `{ $key }` is missing
dj-missing-key-expected = { $key } = … in this table
dj-missing-dato = write the date as dato = 2023-02-20
dj-missing-aktivitet = write what happens as aktivitet = "…"
dj-missing-navn = write the speaker's name as navn = "…"
dj-missing-titel = write the speaker's job title as titel = "…"
dj-missing-other = add the key; docs/drejebog.md shows an example
dj-type-list = a list in square brackets, e.g. talepinde = ["Første linje", "Anden linje"]
dj-type-list-hint = put the lines in [ ] with each line in quotes, separated by commas
dj-type-text = text in quotes, e.g. "2:35"
dj-type-text-hint = put the value in "quotes"
dj-type-other-hint = check the value against the example in docs/drejebog.md
dj-wrong-kind = this value has the wrong kind
dj-syntax-hint = check quotes, `=` signs and [table] headers near this line; text values need "quotes"
dj-missing-file = the drejebog file is missing
dj-missing-file-expected = a file named drejebog.toml in the problem's folder
dj-missing-file-hint = copy drejebog.toml from another problem's folder and change the text; docs/drejebog.md shows every key
dj-timeline-order = the timeline step ends ({ $until }) before it begins ({ $date })
dj-timeline-order-expected = til = a date on or after { $date }
dj-timeline-order-hint = swap dato and til, or correct the date
dj-video-both = the video has both `fil` and `url`
dj-video-both-expected = either fil (a video file in this folder) or url (a video on another site)
dj-video-both-found = url = "{ $url }" as well as fil
dj-video-both-hint = remove the one that is not used
dj-what-video = video file
dj-formats-video = an MP4 or WebM file
dj-convert-video = export the video as MP4 (H.264) or WebM; browsers cannot play other formats
dj-what-poster = poster image
dj-formats-poster = a JPEG, PNG or WebP image
dj-convert-poster = save the still picture as .jpg, .png or .webp
dj-no-duration = the video's length (varighed) is not given
dj-no-duration-expected = varighed = "m:ss" in [video], e.g. varighed = "2:35"
dj-no-duration-hint = write the length of the cut video; until then the captions are timed from the estimate
dj-no-poster = the video has no poster image (plakat)
dj-no-poster-expected = plakat = "plakat.jpg" in [video]
dj-no-poster-hint = add a still picture from the video; the page shows it before the video is played
dj-url-https = the video address `{ $url }` does not start with https://
dj-url-https-expected = an address like https://www.youtube-nocookie.com/embed/…
dj-url-https-hint = copy the embed address from the video site, or use fil for a video file in this folder
dj-duration-mss = the video length `{ $text }` is not written as minutes:seconds
dj-no-scenes = the drejebog has no scenes
dj-no-scenes-expected = at least one [[scene]] with billede and talepinde
dj-no-scenes-hint = add [[scene]], then billede = "what is seen" and talepinde = ["what is said"]
dj-no-billede = scene { $scene } has no billede
dj-no-billede-expected = billede = "a short description of what is seen"
dj-no-billede-hint = the billede text is shown in the transcript, for people who cannot see the video
dj-no-talepinde = scene { $scene } has no talepinde
dj-no-talepinde-expected = talepinde = ["Første linje", "Anden linje"]: the lines that are said
dj-no-talepinde-found = no lines
dj-no-talepinde-hint = write what the speaker says in this scene, one line per item in the list, or remove the scene
dj-empty-line = scene { $scene }: talepinde line { $line } is empty
dj-empty-line-expected = the text of a line that is said
dj-empty-line-hint = write the line or remove it from the list
dj-long-word = scene { $scene }: the word `{ $word }` is too long for one caption line
dj-long-word-expected = words of at most { $max } characters
dj-chars = { $count } characters
dj-long-word-hint = the captions split it with a hyphen; write it with a hyphen or a space if that reads better
dj-start-mss = scene { $scene }: the start time `{ $text }` is not written as minutes:seconds
dj-start-order = scene { $scene } starts at { $text }, not after scene { $prev } ({ $prevtext })
dj-start-order-expected = a start time after { $prevtext }
dj-start-order-hint = scenes are listed in the order they are seen: check the times against the cut video
dj-start-after-end = scene { $scene } starts at { $text }, after the end of the video ({ $end })
dj-start-after-end-expected = a start time before { $end }
dj-start-after-end-hint = check the start time and varighed against the cut video
dj-scene-crowded = scene { $scene } lasts { $lasts } but its talepinde take about { $takes } to say
dj-scene-crowded-hint = check the start times; the captions for this scene will run late
dj-approved-note = {" "}The drejebog is marked approved, so this stops the build.
dj-video-length = the video is { $length } long, outside { $bounds }
dj-video-length-expected = a video of { $bounds } minutes
dj-video-shorten = shorten the video, or check varighed.{ $note }
dj-video-lengthen = lengthen the video, or check varighed.{ $note }
dj-talepinde-length = the talepinde take about { $length } to say, outside { $bounds }
dj-talepinde-length-expected = talepinde for a video of { $bounds } minutes
dj-talepinde-length-found = { $words } words at { $wpm } words a minute, plus { $pause } seconds at each of { $changes } scene changes
dj-talepinde-shorten = shorten the talepinde or leave out a scene.{ $note }
dj-talepinde-lengthen = say a little more in the talepinde.{ $note }
dj-mss-expected = minutes:seconds in quotes, e.g. "0:00", "1:05" or "2:40"
dj-mss-hint = write the minutes, a colon, and the seconds as two digits (00–59)
dj-file-outside = the { $what } `{ $name }` must be a file in this problem's folder
dj-file-outside-expected = the name of a file next to drejebog.toml, e.g. "video.mp4"
dj-file-outside-hint = copy the file into the folder and write just its name; for a video on another site use url
dj-file-format = the { $what } `{ $name }` is not { $formats }
dj-file-format-expected = a file name ending in { $list }
dj-file-missing = the { $what } `{ $name }` is not in the folder
dj-file-missing-expected = a file named { $name } next to drejebog.toml
dj-file-missing-found = no such file
dj-file-missing-hint = copy the file into the folder, or correct the name (capital letters count)

## Plain language (LIX)
lix-hint = use shorter sentences and shorter words; start with the longest sentences:
lix-hint-sentence = ({ $words } words) { $text }
lix-hint-words = and the longest words (letters): { $list }
lix-over = the text is harder to read than the target: LIX { $lix } ({ $band })
lix-over-expected = LIX { $target } or lower
lix-over-found = LIX { $lix }: { $words } words in { $sentences ->
        [one] 1 sentence
       *[other] { $sentences } sentences
    }, { $long } long words

## Approval records (godkendelse.toml)
rec-unreadable = the approval file is not valid TOML: { $why }
rec-unreadable-hint = compare with the example at the top of the file: each decision is a table like [[tekst]] with lines like status = "godkendt"
rec-not-a-piece = `{ $name }` is not a piece
rec-not-a-piece-expected = one of [[tekst]], [[slides]], [[drejebog]]
rec-not-a-piece-hint = rename the table to the piece it is about
rec-not-table = `{ $piece }` must be a table
rec-not-table-expected = a decision: [[{ $piece }]] on its own line
rec-not-table-found = a single value
rec-not-table-hint = write [[{ $piece }]] on its own line and the keys (status = …) below it
rec-a-name = a name
rec-text = text
rec-bad-hash = `hash` in [{ $piece }] is not a fingerprint
rec-bad-hash-expected = "sha256:" followed by 64 hexadecimal digits
rec-bad-hash-hint = do not edit the hash by hand: run `vilde approve { $slug } { $piece } --by "…"`, which records it
rec-bad-despite = `trods_fejl` in [{ $piece }] must be true or false
rec-bad-despite-hint = write trods_fejl = true (without quotes), or remove the line
rec-no-status = a decision in [[{ $piece }]] has no status
rec-no-status-expected = a line status = "…" with one of: til-godkendelse, afvist, godkendt
rec-no-status-hint = add status = "til-godkendelse", "afvist" or "godkendt" under [[{ $piece }]]
rec-udkast = "udkast" is not a decision in [[{ $piece }]]
rec-decisions = til-godkendelse, afvist or godkendt
rec-udkast-hint = a piece with no decision yet needs no table; remove this one
rec-no-date = the decision "{ $status }" on { $piece } has no date
rec-no-date-expected = dato = <the date of the decision>, under [[{ $piece }]]
rec-no-date-found = no dato
rec-no-date-hint = add the date of the meeting that decided, e.g. dato = 2023-02-27
rec-no-by = the decision "{ $status }" on { $piece } does not say who decided
rec-no-by-expected = besluttet_af = "…", under [[{ $piece }]]
rec-no-by-found = no besluttet_af
rec-no-by-hint = add who decided, e.g. besluttet_af = "Rådmandskredsen, MSB"
rec-no-hash = the approval of { $piece } has no hash
rec-no-hash-expected = hash = "sha256:…" of { $file } as it was approved
rec-no-hash-found = no hash
rec-no-hash-hint = run `vilde approve { $slug } { $piece } --by "…"`, which records the approval with the hash
rec-legacy-no-status = [{ $piece }] has no status
rec-legacy-no-status-expected = a line status = "…" with one of: { $list }
rec-legacy-no-status-hint = add status = "udkast" under [{ $piece }], or remove the table if nothing has happened yet
rec-before-submitted = [{ $piece }] was decided before it was submitted
rec-before-submitted-expected = dato on or after indsendt ({ $date })
rec-before-submitted-hint = check both dates
rec-order = the decisions on { $piece } are not in the order they were made
rec-order-expected = a date on or after { $date } (the decision above it)
rec-order-hint = keep the decisions in the order they were made, the newest last; check the dates
rec-twice = { $piece } was decided twice on { $date }
rec-twice-expected = one decision (godkendt or afvist) per meeting
rec-twice-found = { $first } and { $second } on the same day
rec-twice-hint = remove the decision that was not made, or correct its date
rec-not-status = { $value } is not a status
rec-status-exact = write it exactly as status = "{ $status }"
rec-status-words = use one of the four words, in quotes and lower case: { $list }
rec-not-date = `{ $key }` in [{ $piece }] is not a date
rec-not-date-expected = a date written as YYYY-MM-DD, for example 2023-02-27
rec-not-date-hint = write the date as year-month-day, e.g. { $key } = 2023-02-27
rec-must-be = `{ $key }` in [{ $piece }] must be { $what }
rec-must-be-expected = { $what } in quotes
rec-must-be-hint = write it as { $key } = "…"
rec-unknown-key = unknown key `{ $key }` in [{ $piece }]
rec-key-ae = write it as `{ $key }` (æ as ae)
rec-key-spelling = correct the spelling or remove the line

## Rules for problems
stale-unknown-person = an unknown person
stale-gone = the { $what } was approved on { $when } by { $who }, but the file is gone
stale-gone-hint = put the approved file back, or record a new decision with `vilde approve { $slug } { $piece } afvist --by "…"`
stale-changed = the { $what } has changed since it was approved on { $when } by { $who }; it must be approved again
stale-changed-hint = ask for a new approval, then run `vilde approve { $slug } { $piece } --by "{ $who }"`; until then the public build stops here
stale-what-changed = what changed: { $diff }
stale-files-changed = a file the piece uses was added, removed or replaced: { $files }
stale-no-copy = no copy of the approved version is kept, so what changed cannot be shown (was the hash in godkendelse.toml edited by hand?)
stale-expected = { $file } as it was approved (see { $record })
meta-missing = the problem `{ $title }` lacks: { $list }
meta-missing-expected = magistratsafdeling, sagsnummer, resume, description and two projektledere with navn, enhed and email
meta-missing-hint = fill in the missing fields in the front matter before the problem is published (draft = false)
video-host = the video address points to `{ $host }`, which is not an allowed video host
video-host-expected = a video on one of: { $list }
video-host-hint = upload the video to one of the allowed hosts, or ask the site's owner to add the host to allowed_video_hosts under [extra.vilde] in config.toml
a11y-statement-missing = the link to the accessibility statement (tilgængelighedserklæring) is missing
a11y-statement-missing-expected = accessibility_statement = "https://www.was.digst.dk/..." under [extra.vilde]
a11y-statement-missing-hint = Danish law (webtilgængelighedsloven) requires a link to the site's tilgængelighedserklæring, made in the state's WAS tool, on every page; add its address to config.toml

## Status
status-no-deadlines = There are no deadlines in config.toml; { $done } of { $total } problems are complete (every piece approved and the video recorded).
status-when-today = { $name } (today, { $date })
status-when-tomorrow = { $name } (tomorrow, { $date })
status-when-days = { $name } ({ $date }, in { $days } days)
status-ready = Ready for { $when }.
status-all-done = Every deadline is met, and nothing is missing.
status-not-ready-overdue = Not ready: { $overdue } piece(s) are past their deadline, and { $missing } of { $total } problems lack something for { $when }.
status-not-ready = Not ready for { $when }: { $missing } of { $total } problems lack something.
status-not-ready-passed = Not ready: every deadline has passed, and { $overdue } piece(s) are still missing.
status-video-script = the drejebog is not approved
status-video-none = not recorded
reason-no-file = no file yet
reason-stale = changed after the approval of { $when } – must be approved again
reason-despite = approved despite errors { $when }
reason-approved-errors = approved { $when }, but has { $count } error(s)
reason-approved = approved { $when }{ $by }
reason-rejected = rejected { $when }{ $by }
reason-submitted = submitted for approval { $when }
reason-draft = draft – not submitted for approval
st-heading = Status as of { $date }
st-next = Next deadline: { $date } – { $name } (in { $days } days)
st-no-deadlines = There are no deadlines in config.toml.
st-phases = Deadlines by phase:
st-deadline-passed = passed
st-all-passed = Every deadline has passed.
st-overdue = Past the deadline:
st-answer = Answer: { $verdict }
st-missing = Missing:
st-published = published
st-not-published = not published
st-more-errors = … and { $count } more error(s) (see `vilde check --drafts`)
st-changed = changed: { $diff }
st-error = error: { $error }
st-estimate = , estimated { $length }
st-video = Video
st-video-recorded = recorded
st-video-delayed = not recorded – delayed
st-video-expected = not recorded – expected { $date }
st-video-none = not recorded
st-missing-next = Missing for the next deadline: { $list }
cli-not-a-date = `{ $value }` is not a date
cli-today-hint = write the date as YYYY-MM-DD, e.g. --today 2023-02-27

## vilde approve
ap-not-a-piece = `{ $piece }` is not a piece
ap-pieces = tekst, slides or drejebog
ap-example = write for example `{ $command }`
ap-not-a-decision = `{ $decision }` is not a decision
ap-decisions = godkendt, afvist or til-godkendelse
ap-site-errors = nothing was recorded: the site has errors
ap-site-errors-hint = fix the errors above, then run the command again
ap-no-problem = there is no problem `{ $slug }`
ap-create-one = create one with `vilde new <navn>`
ap-not-bundle = this page is not a problem bundle
ap-file-missing = the piece's file is missing
ap-file-missing-hint = create { $file } first (or run `vilde new`), then record the decision
ap-refused = { $piece } was not approved: it has { $count } error(s) that would stop it being published
ap-refused-hint = fix the errors above and run the command again; to record the approval anyway, as decided: `{ $command }`
ap-migrated = {" "}(the file was rewritten in the new form, one block per decision)
ap-done = { $file }: { $piece } { $status } by { $by } on { $date }; recorded in { $record }{ $migrated }
write-failed = the file could not be written: { $why }

## vilde new and the preview server
new-not-a-site-hint = run `vilde new` in the site folder, or give --root
new-bad-slug = `{ $slug }` cannot be used as a folder name
new-bad-slug-expected = small letters a–z, digits and hyphens, e.g. unges-mentale-sundhed
new-bad-slug-hint = try `vilde new { $slug }`
new-exists = this problem folder already exists
new-exists-hint = choose another name, or edit the files that are there
new-title-line = the title must be one line of text
new-title-line-hint = write the title on one line, e.g. --title "Unges mentale sundhed"
new-folder-failed = the folder could not be created: { $why }
watch-open-failed = the site folder could not be opened: { $why }
watch-failed = changes in this folder cannot be watched: { $why }
watch-failed-hint = on Linux, raise the inotify limit (sysctl fs.inotify.max_user_watches) or close other programs that watch many files
serve-moved = Moved: this address ends with a slash.
serve-not-found = 404: there is no such page on this site.
serve-bad-range = The requested range is not in this file.

## Command-line help
help-usage = Usage
help-commands = Commands
help-command = COMMAND
help-arguments = Arguments
help-options = Options
help-vilde = vilde builds the website about Aarhus Kommune's seven wicked problems (vilde problemer) from a Zola-style site folder.
help-arg-lang = the language of messages and help: da (Danish) or en (English)
help-arg-help = print help
help-arg-version = print the version
help-arg-root = the site folder (holding config.toml)
help-arg-drafts = preview build: include drafts, with an UDKAST banner and noindex
help-build = build the site into the output folder (public build unless --drafts)
help-build-output_dir = where to write the site (replaced as a whole on success) [default: public/ in the site folder, or output_dir in config.toml]
help-build-base_url = override base_url from config.toml
help-build-force = replace the output folder even when it holds files vilde did not write (they are deleted); never the site folder, a folder holding it, or home
help-check = validate everything and write nothing; exits 1 when there are errors
help-check-drafts = check as a preview build (drafts included; their problems are warnings)
help-new = create a new problem bundle content/<slug>/ from the fixed structure
help-new-slug = folder name of the new problem, e.g. unges-mentale-sundhed
help-new-title = the problem's title (default: made from the slug)
help-status = show each problem's pieces: decision, changes, errors, LIX, video, deadlines – and the answer: ready or not
help-status-strict = exit with code 1 exactly when the answer is "not ready"
help-status-format = output format: table (text) or json
help-status-today = count deadlines as of this date (YYYY-MM-DD) instead of today
help-approve = record a decision on a piece (godkendt, afvist or til-godkendelse) with the fingerprint of the version
help-approve-slug = the problem's folder name, e.g. blandede-bydele-og-integration
help-approve-piece = which piece: tekst, slides or drejebog
help-approve-decision = the decision: godkendt (the default), afvist or til-godkendelse
help-approve-by = who decided, e.g. "Rådmandskredsen, MSB"
help-approve-date = the date of the decision (YYYY-MM-DD); default today
help-approve-remarks = remarks to keep with the decision, e.g. the minutes' text
help-approve-despite_errors = record an approval although vilde finds errors in the piece
help-serve = preview the site (drafts included) at a local address; reloads on every save
help-serve-interface = the address to listen on; anything but 127.0.0.1 (this machine only) lets others on the network see the site, drafts included
help-serve-port = the port; when it is in use, the next free one is taken; 0 = any free port
help-serve-open = open the site in the web browser
help-serve-verbose = log every rebuild with its time from the file change to the reload message

## Command line errors
cli-bad-lang = error: --lang `{ $value }`: vilde speaks da (Danish) and en (English)
cli-missing = the command line lacks: { $args }
cli-unknown = unknown option { $arg }
cli-unknown-command = unknown command `{ $command }`
cli-invalid-value = `{ $value }` cannot be used for { $arg }
cli-conflict = { $arg } cannot be used with the other options
cli-did-you-mean = did you mean { $arg }?
cli-see-help = see `vilde --help` or `vilde <command> --help`

## Command-line help words
help-default = default: { $value }
help-options-word = OPTIONS
value-root = FOLDER
value-output_dir = FOLDER
value-base_url = URL
value-by = WHO
value-date = DATE
value-today = DATE
value-remarks = TEXT
value-slug = SLUG
value-piece = PIECE
value-decision = DECISION
value-title = TITLE
value-interface = ADDRESS
value-port = PORT
value-format = FORMAT

## TOML errors in plain words
toml-bad-string = the text in quotes is not written right (is a closing quote missing, or is there a line break or a \ inside it?)
toml-number-too-large = the number is too large
toml-bad-date = the date does not exist
toml-tab = there is a tab character where spaces belong
toml-expected-equals = an equals sign (=) is missing after the name
toml-bad-key = the name of the setting is not written right (use letters a–z, digits, - and _, or put it in quotes)
toml-unclosed-list = the list is never closed: a ] is missing
toml-bad-table = the header in [square brackets] is not written right

## Template errors in plain words
tera-variable = `{ $name }` is not among the values the template gets
tera-filter = there is no filter called `{ $name }`
tera-function = there is no function called `{ $name }`
tera-template = the template `{ $name }` was not found

## Klarsprog (plain-language pointers)
ks-kind-long-sentence = Long sentence
ks-kind-long-word = Long word
ks-kind-passive = Passive form
ks-kind-nominalisations = Many nominalisations
ks-kind-jargon = Jargon
ks-kind-hard-paragraph = Hard paragraph
ks-advice-long-sentence = split the sentence in two or three
ks-advice-long-word = use a shorter word, or say it in more words
ks-advice-passive = say who does it: "kommunen bygger" rather than "der bygges"
ks-advice-nominalisations = use verbs: "vi udvikler" rather than "udviklingen af"
ks-advice-jargon = use a word the readers use themselves
ks-advice-hard-paragraph = make the sentences and words of the paragraph shorter
ks-note-long-sentence = { $words } words – over { $max }
ks-note-long-word = { $letters } letters – over { $max }
ks-note-passive = say who does it
ks-note-nominalisations = { $count } nouns made from verbs: { $words }
ks-note-jargon = plainer: { $alternative }
ks-note-hard-paragraph = the paragraph has LIX { $lix } – over the target of { $target }
ks-diagnostic = plain language – { $kind }: "{ $text }" ({ $note })
ks-diagnostic-hint = { $advice }; plain-language pointers help writing and never stop a build
ks-list-unreadable = the word list could not be read: { $why }
ks-list-unreadable-hint = write the words in an [ord] table as "ordet" = "a plainer word"

## Klarsprog places
ks-place-text = the text
ks-place-slide = slide { $number }
ks-place-scene = scene { $number }

## Klarsprog summary
ks-summary-line = { $count } places in the texts could be written more plainly: see them marked in the preview, or run `vilde check --drafts`

## vilde settings in config.toml
config-vilde-twice = config.toml has both [vilde] and [extra.vilde]
config-vilde-twice-expected = vilde's settings in one place: under [extra.vilde]
config-vilde-legacy = vilde's settings are under [vilde]; Zola cannot read that config.toml
config-vilde-move-hint = write [extra.vilde] instead of [vilde] (and [extra.vilde.video] instead of [vilde.video], and so on); then both vilde and Zola can build the site

## Languages
content-lang-unknown = the file name has the language code `{ $code }`, which is not one of the languages in config.toml
content-lang-unknown-expected = one of the language codes: { $langs }
content-lang-unknown-hint = add [languages.{ $code }] to config.toml, or correct the file name (the language code goes just before .md, e.g. about.fr.md)
config-lang-code = `{ $code }` is not a language code
config-lang-code-expected = a language code such as en, fr or da
config-lang-code-hint = write the language as a two- or three-letter code (ISO 639), optionally with a region: en-GB

## Template functions and languages
fn-lang-unknown = { $func }: the language `{ $lang }` is not one of the languages in config.toml

## Sass
sass-error = the Sass file could not be compiled to CSS: { $why }
sass-error-hint = correct the Sass at the place shown
sass-io-hint = check that the imported file exists inside the site folder
sass-outside = Sass may only read files inside the site folder
sass-conflict = compiles to the same CSS file `{ $css }` as { $other }
sass-conflict-hint = rename one of the files so that each Sass file has a name of its own

## Shortcodes
sc-no-end = the shortcode `{ $name }` has a body but no {"{"}% end %{"}"}
sc-bad-args = the shortcode call `{ $name }` cannot be read: { $what }
sc-expected-name = expected the name of an argument, e.g. id=
sc-expected-equals = expected = after `{ $key }`
sc-expected-value = the value of `{ $key }` must be text in quotes, a number, true/false or a list [ … ]
sc-expected-comma = arguments must be separated by commas
sc-expected-close = the call must end with ) and { $close }
sc-unknown = there is no shortcode named `{ $name }`
sc-unknown-expected = a template templates/shortcodes/{ $name }.html or .md
sc-unknown-hint = check the spelling or create the template; to show the call as text, write {"{{"}/* … */{"}}"}
sc-failed = the shortcode `{ $name }` failed: { $why }
sc-failed-hint = correct the template templates/shortcodes/{ $name } or the arguments of the call
sc-args-hint = write arguments as name=value, text in quotes: {"{{"} youtube(id="dQw4w9WgXcQ") {"}}"}

## Shortcode functions
fn-not-in-shortcode = { $func } cannot be used in a shortcode (the pages are not ready while text is rendered), as in Zola

## Taxonomies
tax-unknown = the page uses the taxonomy `{ $name }`, which is not defined in config.toml
tax-unknown-expected = one of the taxonomies: { $names }
tax-unknown-hint = add {"{"} name = "{ $name }" {"}"} to taxonomies = [ … ] in config.toml (for the page's language), or correct the name
tax-not-list = `{ $name }` must be a list of text
tax-not-list-hint = write e.g. { $name } = ["rust", "web"] under [taxonomies]

## Taxonomy functions
fn-taxonomy-unknown = { $func }: there is no taxonomy `{ $kind }` for that language
fn-taxonomy-term = { $func }: `{ $term }` is not a term of the taxonomy `{ $kind }`

## Filters
filter-text = the filter `{ $filter }` needs text
filter-integer = the filter `{ $filter }` needs a whole number
filter-base64 = base64_decode: the text cannot be decoded: { $why }
filter-regex = regex_replace: the pattern cannot be read: { $why }
filter-locale = num_format: `{ $locale }` is not a known locale

## load_data
fn-load-data-url = load_data(url=…) is not supported: vilde builds without fetching from the network; save the file in the site folder and use path=
fn-load-data-missing = the file does not exist (looked for from the site folder, in static/, content/ and the theme's static/)

## Front matter keys
fm-unknown-key = the front matter key `{ $key }` is not known and does nothing
fm-unknown-key-hint = check the spelling (e.g. title, description, date, draft); your own fields go under [extra]

## Markdown settings
config-link-class = external_links_class cannot hold quotes or < >
config-link-class-hint = write one or more class names separated by spaces, e.g. "external"

## Search index
search-lang = the search index cannot be built for the language `{ $lang }` (elasticlunr does not know it); use index_format = "fuse_json" under [search]

## Shortcode text
sc-args-text-hint = the call is shown as text on the page (as in Zola); write arguments as name=value separated by commas, text in quotes that do not appear inside it: {"{{"} youtube(id="dQw4w9WgXcQ") {"}}"}

## Ignore globs
config-glob = { $key } has a pattern that cannot be read: { $why }
config-glob-hint = write patterns such as "*.xlsx" or "drafts/**"

## SVG
img-svg-size = the size of the SVG image cannot be read: { $why }
img-svg-size-hint = give the <svg> element width and height attributes or a viewBox
img-svg-no-size = it has neither width/height nor a viewBox

## Anchors in internal links
md-anchor-missing = this link points to `#{ $anchor }` on `@/{ $target }`, but that page has no heading or id of that name
md-anchor-missing-hint = correct the name after # (a heading's id is in the page's table of contents), or remove it; with [link_checker] internal_level = "warn" it is only a warning

## A producer's own captions (undertekster in [video])
sub-empty = the captions file has no captions
sub-empty-hint = save the captions from your subtitle editor as .srt or .vtt, and check that the file is not empty
sub-no-timing = a time code for a caption was expected here
sub-no-timing-hint = each caption starts with a number (optional), then a line with start --> end, then the text and a blank line
sub-timing = the time code "{ $found }" cannot be read
sub-timing-expected = e.g. 00:00:01,000 --> 00:00:04,000 (SRT) or 00:00:01.000 --> 00:00:04.000 (WebVTT)
sub-timing-hint = write the time as hours:minutes:seconds,milliseconds (three digits after the comma)
sub-order = the caption ends ({ $end }) before it starts ({ $start })
sub-order-expected = an end time after the start time
sub-order-hint = correct the end time, or swap the two times
sub-no-text = the time code has no text below it
sub-no-text-expected = one or two lines of text below the time code
sub-no-text-hint = write what is said below the time code, or delete the time code
sub-overlap = the caption starts ({ $start }) before the previous one ends ({ $end })
sub-overlap-hint = let each caption start when the previous one ends, so only one is shown at a time
sub-lines = the caption has { $n } lines; at most { $max } are allowed
sub-lines-hint = split the caption in two, each with its own time code
sub-line-long = the line has { $n } characters; at most { $max } are allowed: "{ $line }"
sub-line-long-hint = break the line in two (between words), or split the caption in two
sub-short = the caption is shown for only { $secs } seconds; it must be shown for at least 1 second
sub-short-hint = give the caption more time, or join it with the next one
sub-long = the caption is shown for { $secs } seconds; at most 7 seconds are allowed
sub-long-hint = split the caption in two, or let it end when the speaker pauses
sub-fast = the caption must be read at { $cps } characters a second; at most { $max } can be read
sub-fast-hint = give the caption more time, or make the text shorter
sub-missing = words from the talepinde are missing from the captions: "{ $words }"
sub-added = words in the captions are not in the talepinde: "{ $words }"
sub-changed = the captions say "{ $found }" where the talepinde say "{ $expected }"
sub-more = { $n } more differences between the captions and the talepinde
sub-words-hint = the page shows the talepinde as what is said in the video: correct the captions to match the video, and the talepinde if they are what does not match
dj-what-captions = the captions
dj-formats-captions = an SRT or WebVTT file
dj-convert-captions = save the captions as .srt or .vtt (in e.g. Subtitle Edit: File › Save as)
dj-captions-no-video = there are captions (undertekster) but no video yet
dj-captions-no-video-hint = add the video (fil or url) in [video]; the captions are used once it is there

## Phases ([[extra.vilde.faser]])
phase-earlier-heading = { $title } ({ $month })
phase-earlier-heading-plain = { $title }
phase-deadlines-outside = deadlines are both in [[extra.vilde.deadlines]] and in the phases
phase-deadlines-outside-expected = the deadlines under the phase they belong to: [[extra.vilde.faser.deadlines]]
phase-deadlines-outside-hint = move each [[extra.vilde.deadlines]] under its phase as [[extra.vilde.faser.deadlines]], right after the phase's [[extra.vilde.faser]]
phase-later-piece = phase `{ $phase }` has the piece `{ $piece }`, but only the first phase can have slides and a video script
phase-later-piece-expected = pieces = ["tekst"] in a later phase
phase-later-piece-hint = vilde cannot yet show slides or a video for a later phase; put them in the first phase (the lowest order) or remove the piece
phase-bad-name = the phase name `{ $name }` cannot be used
phase-bad-name-expected = lower-case letters a–z, digits and hyphens, e.g. "mission" (not "tekst", "slides", "drejebog" or "index")
phase-bad-name-hint = the name is used in godkendelse.toml ([[mission.tekst]]) and as a file name (mission.md); write æ, ø and å as ae, oe and aa
phase-twice = the phase `{ $name }` is written twice
phase-twice-found = also on line { $line }
phase-twice-hint = give each phase its own name, or delete one of them
phase-order-twice = the phases `{ $a }` and `{ $b }` have the same order ({ $order })
phase-order-twice-expected = a number no other phase has
phase-order-twice-hint = order decides the sequence: give the first phase 1, the next 2, and so on
phase-piece = unknown piece `{ $piece }` in phase `{ $phase }`
phase-piece-expected = "tekst", "slides" or "drejebog"
phase-piece-hint = write the pieces the councillors' circle approves in this phase, e.g. pieces = ["tekst"]
phase-deadline-piece = deadline `{ $name }` in phase `{ $phase }` names the piece `{ $piece }`, which the phase does not have
phase-deadline-piece-expected = one of the phase's pieces: { $pieces } (or "video" when the phase has a video script)
phase-deadline-piece-hint = correct the piece in the deadline, or add it to the phase's pieces
phase-deadline-early = deadline `{ $name }` comes before phase `{ $phase }` starts
phase-deadline-early-expected = a date from { $start } on
phase-deadline-early-hint = correct the deadline's date or the phase's start

## Phases in godkendelse.toml and vilde approve
rec-before-phase = `{ $piece }` has a decision ({ $status }) from before the phase { $phase } started
rec-before-phase-expected = a date from { $start } on (dato = { $iso } or later)
rec-before-phase-hint = correct the date, or the phase's start in config.toml ([[extra.vilde.faser]] start) if that is wrong
rec-unknown-phase = `{ $name }` is neither a piece nor a later phase
rec-unknown-phase-expected = a piece (tekst, slides, drejebog) or a later phase: { $list }
rec-unknown-phase-hint = correct the name to match a phase in config.toml ([[extra.vilde.faser]] name), or add the phase there
rec-first-phase-hint = `{ $name }` is the first phase: its decisions are at the top of the file as [[tekst]], [[slides]] and [[drejebog]], without the phase's name
rec-piece-not-in-phase = the phase { $phase } has no piece `{ $piece }`
rec-piece-not-in-phase-hint = write the decision under a piece the phase has, or add the piece to the phase's pieces in config.toml
ap-phase-not-started = the phase { $phase } only starts on { $start }
ap-phase-not-started-hint = wait until the phase has started, give the decision's date with --date, or correct the phase's start in config.toml
phase-text-empty = the text is empty
phase-text-empty-hint = write the phase's text in the file, or delete the file until the text is ready

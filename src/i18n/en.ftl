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
slides-template-missing-expected = the file { $file } (set by slide_template under [vilde] in config.toml)
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
config-unknown-hint = check the spelling; site-specific settings go under [extra] or [vilde]
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
deadlines-order-hint = list [[vilde.deadlines]] from the earliest to the latest date
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

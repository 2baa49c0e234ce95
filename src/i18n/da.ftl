# vilde's messages in Danish (the default language). Every entry has its twin in
# en.ftl with the same variables; a test keeps them in step. Write for
# communications staff: plain words, no programmers' terms.

## How a message is shown

severity-error = fejl
severity-warning = advarsel
label-expected = forventet
label-found = fundet
label-hint = sådan retter du det
summary-errors = { $errors ->
    [one] 1 fejl
   *[other] { $errors } fejl
}, { $warnings ->
    [one] 1 advarsel
   *[other] { $warnings } advarsler
}
summary-more = … og { $count } problemer mere i { $file } (ret dem ovenfor først)

## Reading files

read-not-regular = det er ikke en almindelig fil (det er en mappe, en navngivet pipe, en socket eller en enhed)
read-cannot = filen kan ikke læses: { $why }
read-cannot-hint = erstat den med en almindelig fil, eller fjern den fra mappen
read-failed = filen kunne ikke læses: { $why }
read-failed-hint = tjek, at filen findes, og at du har lov til at læse den
utf8-bad = filen er ikke gemt som UTF-8-tekst
utf8-bad-expected = tekst gemt som UTF-8
utf8-bad-found = byten 0x{ $byte }
utf8-bad-hint = åbn filen i dit redigeringsprogram, og gem den igen med tegnsættet UTF-8

## TOML (settings files)

toml-hint-unknown = tjek stavemåden; de tilladte navne står ovenfor
toml-hint-type = værdien er af den forkerte slags: tekst skal stå i "anførselstegn", tal og true/false skal ikke, og datoer skrives 2023-02-20
toml-hint-missing = tilføj den manglende indstilling
toml-hint-duplicate = denne indstilling står to gange: behold linjen med den rigtige værdi, og slet den anden
toml-hint-date = datoen findes ikke: skriv en rigtig dato som ÅÅÅÅ-MM-DD, f.eks. 2023-02-20
toml-hint-other = tjek anførselstegn og lighedstegn på linjen; tekst skal stå i "anførselstegn"
toml-invalid-type = forkert slags værdi: { $found }, men der skal stå { $expected }
toml-unknown-field = ukendt indstilling `{ $field }`; tilladt er: { $allowed }
toml-missing-field = indstillingen `{ $field }` mangler
toml-duplicate-key = `{ $key }` står to gange
toml-kind-string = tekst { $value }
toml-kind-integer = et heltal
toml-kind-number = et tal
toml-kind-boolean = true eller false
toml-kind-date = en dato
toml-kind-table = en tabel
toml-kind-list = en liste
toml-kind-text = tekst i anførselstegn

## vilde build

build-done = Bygget: { $pages ->
    [one] 1 side
   *[other] { $pages } sider
}, { $files } filer på { $ms } ms ({ $kind }) → { $out }
build-kind-public = offentlig udgave
build-kind-preview = forhåndsvisning med kladder
build-failed = Byggeriet mislykkedes; { $out } er ikke ændret.
build-left-out-heading = Ikke med på den offentlige hjemmeside:
build-verdict-none = Der er ingen vilde problemer i content/.
build-verdict-zero-one = Problemet er ikke udgivet: hjemmesiden viser kun forsiden, med problemet som "under udarbejdelse".
build-verdict-zero = Ingen af de { $total } problemer er udgivet: hjemmesiden viser kun forsiden, med alle { $total } som "under udarbejdelse".
build-verdict-one-one = Problemet er udgivet.
build-verdict-all = Alle { $total } problemer er udgivet.
build-verdict-some = { $published } af { $total } problemer er udgivet; de andre står som "under udarbejdelse".

## vilde check

check-done = Ingen fejl i { $pages ->
    [one] 1 side
   *[other] { $pages } sider
}.

## vilde new

new-created = oprettet { $file }
new-next = Udfyld felterne, der er mærket «udfyld», og se siden med `vilde build --drafts`.

## vilde serve

serve-port-moved = Port { $asked } er optaget; bruger port { $port } i stedet.
serve-open-network = advarsel: lytter på { $interface }: alle, der kan nå denne maskine, kan se siden, også kladderne
serve-serving = Viser { $root } på { $url } (forhåndsvisning med kladder; ikke den offentlige hjemmeside)
serve-watching = Holder øje med ændringer. Tryk Ctrl-C for at stoppe.
serve-fixed = Rettet: siden kan bygges igen.
serve-built = Bygget: { $pages } sider, { $files } filer på { $ms } ms (forhåndsvisning med kladder).
serve-rebuilt = Bygget igen på { $ms } ms: { $what }
serve-rebuilt-verbose = bygget igen på { $ms } ms ({ $total } ms fra ændring → { $outcome }; { $tabs } faneblad(e)): { $what }
serve-outcome-reload = besked om genindlæsning sendt
serve-outcome-same = ingen ændring i siderne
serve-failed-first = Siden kunne ikke bygges. Ret fejlen og gem; browseren viser den også.
serve-failed = Byggeriet mislykkedes efter ændringer i { $what }; viser stadig den sidste udgave, der virkede ({ $tabs } faneblad(e) viser fejlen).
serve-stopped = Stoppet.
serve-no-browser = Kunne ikke åbne en browser ({ $program } mangler); åbn { $url } selv.
serve-and-more = { $list } og { $more } til
serve-overlay-more = … og { $count } fejl mere; se terminalen
serve-bad-host = Forkert forespørgsel: forhåndsvisningen svarer kun til localhost og 127.0.0.1.
serve-bad-method = Kun GET og HEAD understøttes.
serve-bad-target = Forkert forespørgsel: den adresse er ikke tilladt.
serve-not-a-site = denne mappe er ikke et vilde-websted: den har ingen config.toml
serve-not-a-site-hint = giv --root den mappe, der indeholder config.toml, eller kør `vilde serve` inde fra den
serve-port-busy = port { $port } er optaget
serve-ports-busy = portene { $from }–{ $to } er alle optaget
serve-port-busy-hint = stop det andet program (måske en anden `vilde serve`), vælg en port med --port, eller --port 0 for en vilkårlig ledig port
serve-cannot-listen = kan ikke lytte på { $interface } port { $port }: { $why }
serve-cannot-listen-hint = brug --interface 127.0.0.1 (kun denne maskine) og en port over 1023
serve-cannot = kan ikke vise siden: { $why }
serve-no-port = ingen port at prøve

## Output folder
static-unreadable = filerne i static/ kunne ikke læses: { $why }
static-symlink = genveje (symlinks) er ikke tilladt i static/
static-symlink-hint = kopiér filen ind i static/ i stedet for at lave en genvej til den
static-not-regular = denne kan ikke kopieres: { $why }
static-not-regular-hint = erstat den med en almindelig fil, eller fjern den fra static/
static-bad-name = filnavnet kan ikke udgives: { $why }
static-bad-name-hint = giv filen et navn med bogstaver, tal, - og _
output-copy-failed = filen kunne ikke kopieres: { $why }
output-io-create = mappen til hjemmesiden kunne ikke oprettes: { $why }
output-io-temp = der er ikke plads til en midlertidig mappe ved siden af: { $why }
output-io-write = filen kunne ikke skrives: { $why }
output-io-dotfiles = filerne med punktum først (fx .git) kunne ikke flyttes over i den nye udgave; den gamle mappe ligger urørt ved siden af: { $why }
output-io-folder = en mappe kunne ikke oprettes: { $why }
output-io-replace = den nye udgave kunne ikke sættes i stedet for den gamle: { $why }
output-io-parent = mappen, der skal indeholde hjemmesiden, kunne ikke åbnes: { $why }
output-io-lock = mappen kunne ikke låses: { $why }
output-io-hint = tjek, at der er plads på disken, og at du har lov til at skrive i mappen
output-bad-path = en fil kan ikke skrives der: { $why }
output-bad-path-hint = alle filer skal blive inde i mappen til hjemmesiden; ret den adresse, der fører dertil
output-internal = intern fejl: den midlertidige mappe passer ikke til mappen til hjemmesiden
output-twice = to filer på hjemmesiden ville blive skrevet samme sted
output-twice-hint = giv en af siderne (eller dens gamle adresse eller fil) en anden adresse
output-refused = vilde vil ikke skrive hjemmesiden her: { $why }
output-refused-expected = en mappe kun til den færdige hjemmeside, f.eks. public inde i webstedets mappe
output-refused-hint = vælg en anden --output-dir (eller output_dir i config.toml); vilde erstatter hele mappen, hver gang hjemmesiden bygges
output-why-root = det er diskens øverste mappe (/)
output-why-home = det er din hjemmemappe
output-why-site = det er selve webstedets mappe
output-why-above = den indeholder webstedets mappe
output-why-inside = den ligger inde i webstedets mappe { $folder }/
output-why-link = det er en genvej (symlink) til en anden mappe; angiv den rigtige mappe i stedet
output-is-file = stien til hjemmesiden er en fil, ikke en mappe
output-is-file-hint = giv --output-dir navnet på en mappe, f.eks. public
output-and-more = { $list } og { $more } til
output-foreign = vilde vil ikke erstatte denne mappe: { $why }
output-foreign-new = mappen er ikke tom, og den er ikke lavet af vilde
output-foreign-added = mappen indeholder filer, som vilde ikke har skrevet
output-foreign-expected = en mappe, der ikke findes, er tom eller er skrevet af vilde tidligere
output-foreign-hint = flyt de filer et andet sted hen, eller vælg en anden --output-dir; `vilde build --force` erstatter mappen alligevel og sletter dem
output-locked = en anden vilde-byggeproces skriver i denne mappe lige nu
output-locked-hint = vent, til den anden er færdig (der er ventet { $seconds } sekunder), og byg så igen

## Paths
path-outside = `{ $path }` peger uden for webstedets mappe; brug en sti inde i webstedet
path-link-out = `{ $path }` er en genvej til en fil uden for webstedets mappe
path-empty = stien er tom
path-absolute = `{ $path }` er en absolut sti
path-backslash = en omvendt skråstreg
path-nul = et NUL-tegn
path-control = styretegnet { $code }
path-holds = `{ $path }` indeholder { $what }
path-dotdot = `{ $path }` går op og ud af sin mappe med `..`
path-empty-part = `{ $path }` har en tom del (`//` eller `/./`)
path-drive = `{ $path }` begynder med et drevbogstav

## Content
content-none = webstedet har ingen content/-mappe
content-none-expected = en mappe content/ ved siden af config.toml, med _index.md og én mappe pr. problem
content-none-hint = kør vilde fra webstedets mappe, eller giv --root den mappe, der indeholder config.toml og content/
content-no-front-page = forsiden mangler
content-no-front-page-expected = en fil content/_index.md
content-no-front-page-hint = opret content/_index.md med en +++-blok, der har title = "..."
content-folder-unreadable = mappen kunne ikke læses: { $why }
content-symlink = genveje (symlinks) er ikke tilladt i content/
content-symlink-hint = kopiér filen ind i content/ i stedet for at lave en genvej til den
content-not-regular = denne kan ikke læses: { $why }
content-not-regular-hint = erstat den med en almindelig fil, eller fjern den fra content/
content-name-not-utf8 = navnet `{ $name }` er ikke gyldig tekst (UTF-8); giv det et navn med almindelige bogstaver
content-same-address = to filer ville blive udgivet på samme adresse { $address }
content-same-address-hint = giv den ene et andet mappenavn eller en anden `slug` i felterne øverst i filen
alias-bad = denne gamle adresse (alias) kan ikke bruges: { $why }
alias-bad-expected = en adresse inde på webstedet, som `gammel-adresse/` eller `gammel/side.html`
alias-bad-hint = skriv den gamle adresse uden domænet og uden `..`
alias-taken = den gamle adresse `{ $alias }` er allerede adressen på en anden side
alias-taken-hint = fjern den gamle adresse, eller giv den anden side en anden adresse
alias-empty = den er tom (forsiden kan ikke være en gammel adresse)
alias-not-web = en gammel adresse er en sti inde på webstedet, ikke en webadresse
address-not-web = den skal være en sti inde på webstedet, ikke en webadresse
address-bad = `{ $key }` kan ikke bruges: { $why }
address-bad-expected = en adresse inde på webstedet, som `om-os` eller `nyheder/2023`
address-bad-hint = skriv `{ $key }` uden `..`, omvendte skråstreger og domæne

## Front matter (the fields at the top of a page)
fm-lone-cr = linjerne i filen slutter med et enligt vognretur-tegn (et gammelt Mac-format), så den læses som én lang linje
fm-lone-cr-expected = linjer, der slutter med LF (Mac, Linux) eller CRLF (Windows)
fm-lone-cr-hint = gem filen igen med LF- eller CRLF-linjeskift; de fleste redigeringsprogrammer viser linjeskiftet nederst i vinduet
fm-missing = filen begynder ikke med felterne øverst (en +++-blok)
fm-missing-expected = en første linje med `+++`, så felter som title = "...", og så en linje med `+++`
fm-missing-hint = skriv en blok som
      +++
      title = "Sidens titel"
      +++
    allerøverst i filen
fm-open-text = linjen med det første `{ $delim }` har anden tekst på sig
fm-open-text-expected = `{ $delim }` alene på første linje
fm-open-text-hint = skriv `{ $delim }` på sin egen linje og felterne på linjerne under
fm-unclosed = felterne øverst lukkes aldrig: den anden linje med `{ $delim }` mangler
fm-unclosed-expected = en linje med `{ $delim }` efter felterne
fm-unclosed-found = slutningen af filen
fm-unclosed-hint = tilføj en linje med kun `{ $delim }` efter det sidste felt, før teksten begynder
fm-empty-line = en tom linje
fm-unreadable = felterne øverst i filen kunne ikke læses: { $why }
fm-yaml-hint = felter skrevet i YAML skal stå som `navn: værdi`; sæt tekst med et kolon i anførselstegn

## Site and build
site-not-a-site = denne mappe er ikke et vilde-websted: den har ingen config.toml
site-not-a-site-expected = en mappe til webstedet med config.toml, content/ og templates/ eller themes/
site-not-a-site-hint = giv --root den mappe, der indeholder config.toml, eller kør `vilde` inde fra den
base-url-flag-bad = denne adresse kan ikke bruges: { $why }
base-url-flag-expected = webstedets adresse, som https://aarhus.dk/vilde-problemer/
slides-template-missing = skabelonen for slides mangler
slides-template-missing-expected = filen { $file } (angivet med slide_template under [extra.vilde] i config.toml)
slides-template-missing-hint = bed Borgmesterens Afdeling om slide-template.toml, og læg den ved siden af config.toml
left-out-script-file = { $file }: ikke udgivet – filer, der kan indeholde kode (.html, .svg, .xml, .js), udgives ikke fra et problem
left-out-unused-file = { $file }: ikke udgivet – filen bruges ikke af en godkendt del
left-out-draft = kladde (draft = true)
left-out-text-reason = tekst: { $reason }
left-out-problem = { $title }: ikke udgivet – { $reason }
left-out-piece = { $title } – { $piece }: ikke udgivet – { $reason }
left-out-video = { $title } – video: ikke optaget

## Config
url-holds = den indeholder `{ $what }`
url-not-web = det er ikke en webadresse
url-scheme = den begynder med `{ $scheme }:`, ikke https://
url-no-host = den har intet værtsnavn
url-query = den indeholder `?` eller `#`
theme-not-a-name = det skal være navnet på én mappe i themes/, ikke en sti
config-unknown = den ukendte indstilling `{ $key }` bruges ikke
config-unknown-hint = tjek stavemåden; indstillinger, der kun gælder dette websted, hører til under [extra] eller [extra.vilde]
base-url-bad = base_url kan ikke bruges: { $why }
base-url-bad-expected = webstedets adresse, som base_url = "https://aarhus.dk/vilde-problemer/"
base-url-bad-hint = skriv hele adressen med https:// og uden anførselstegn eller mellemrum inde i den
theme-bad = theme kan ikke bruges: { $why }
theme-bad-expected = navnet på en mappe i themes/, som theme = "aarhus"
theme-bad-hint = læg temaet i themes/<navn>/ inde i webstedets mappe, og skriv kun navnet
theme-link = temaets mappe er en genvej (symlink) til et sted uden for webstedet
theme-link-hint = kopiér temaet ind i themes/ i stedet for at lave en genvej til det
theme-missing = temaet `{ $theme }` findes ikke
theme-missing-expected = en mappe themes/{ $theme }/ med templates/ indeni
theme-missing-hint = tjek stavemåden af `theme` i config.toml, eller fjern linjen for kun at bruge templates/
deadlines-order = fristerne står ikke i rækkefølge
deadlines-order-expected = en dato efter { $date } ({ $name })
deadlines-order-hint = skriv [[extra.vilde.deadlines]] fra den tidligste til den seneste dato
deadlines-piece = ukendt del `{ $piece }` i fristen `{ $name }`
deadlines-piece-expected = "tekst", "slides", "drejebog" eller "video"
deadlines-piece-hint = skriv de dele, rådmandskredsen godkender, eller "video" for den færdige video
toml-unreadable = filen kunne ikke læses: { $why }

## Templates
templates-symlink = genveje (symlinks) er ikke tilladt blandt skabelonerne
templates-symlink-hint = kopiér skabelonen ind i mappen i stedet for at lave en genvej til den
template-error = fejl i skabelonen: { $why }
template-error-hint = tjek skabelonen omkring denne linje: alle {"{{"} {"}}"}, {"{%"} {"%}"} og {"{%"} end… {"%}"} skal passe sammen, og navnene skal findes
template-missing = skabelonen `{ $name }` findes ikke
template-missing-expected = en fil templates/{ $name } i webstedet eller i temaets templates/-mappe
template-missing-found = disse skabeloner: { $list }
template-missing-hint = opret skabelonen, ret navnet i `template` i felterne øverst i filen, eller angiv `theme` i config.toml
fn-markdown-text = filteret `markdown` skal have tekst
fn-arg-text = `{ $func }` skal have argumentet `{ $name }` som tekst, f.eks. { $func }({ $name }="...")
fn-get-url-page = get_url: der er ingen side `@/{ $page }` i content/
fn-get-url-cachebust = get_url: kan ikke lave cachebust for `{ $path }`: filen findes ikke i static/
fn-get-section = get_section: der er ingen sektion `{ $path }` (sektioner er _index.md-filer under content/)
fn-get-page = get_page: der er ingen side `{ $path }` under content/
fn-load-data-unreadable = load_data: `{ $path }` kunne ikke læses: { $why }
fn-load-data-format = load_data: `{ $path }` er ikke gyldig { $format }: { $why }
fn-trans = trans: ingen oversættelse `{ $key }`; tilføj den under [translations] i config.toml
fn-get-hash-file = get_hash: ingen fil `{ $path }` i static/ eller i webstedet
fn-get-hash-type = get_hash: sha_type skal være 256, 384 eller 512, ikke { $value }
fn-resize-pixels = `{ $name }` skal være et helt antal pixels, ikke { $value }
fn-resize-quality = `quality` skal være et tal fra 1 til 100, ikke { $value }

## Images
img-unknown-op = ukendt op `{ $op }`; brug "scale", "fit_width", "fit_height", "fit" eller "fill"
img-unknown-format = ukendt format `{ $format }`; brug "auto", "jpg", "png" eller "webp"
img-none = der er intet billede `{ $image }`; der er kigget i { $tried }
img-quality = billedkvaliteten skal være mellem 1 og 100, ikke { $value }
img-quality-hint = brug f.eks. quality=75, eller udelad quality
img-cannot-resize = `{ $image }` kan ikke ændres i størrelse: { $why }
img-resized-too-large = billedet `{ $image }` ville blive { $width } × { $height } pixels, mere end grænsen på { $limit } pixels
img-resized-too-large-hint = bed om en mindre bredde og højde
img-save-failed = billedet `{ $image }` kunne ikke gemmes som { $format }: { $why }
img-save-failed-hint = prøv et andet format, f.eks. format="png"
img-cache-failed = billedernes mellemlager kunne ikke skrives: { $why }
img-cache-failed-hint = tjek, at der kan skrives i webstedets mappe, eller slet mappen .vilde-cache
img-at-least-one = `{ $name }` skal være mindst 1
img-op-needs = op "{ $op }" skal have `{ $name }`
img-unreadable = billedet `{ $image }` kunne ikke læses: { $why }
img-damaged = billedet `{ $image }` er ødelagt eller ikke et billede, vilde kan læse: { $why }
img-damaged-expected = en PNG-, JPEG-, WebP- eller GIF-fil
img-damaged-hint = åbn billedet i et billedprogram, og gem det igen som PNG eller JPEG
img-kind-unsupported = billeder af typen { $kind } understøttes ikke
img-kind-unknown = filtypen blev ikke genkendt
img-says-size = den siger, at den er { $width } × { $height } pixels
img-too-large = billedet `{ $image }` er for stort: { $width } × { $height } pixels ({ $megapixels } megapixels) er mere end grænsen på { $limit } megapixels
img-too-large-expected = højst { $limit } pixels (bredde × højde)
img-too-large-found = { $width } × { $height } = { $pixels } pixels
img-too-large-hint = gør billedet mindre i et billedprogram (2.400 pixels i bredden er rigeligt til en hjemmeside), eller hæv [extra.vilde.images] max_pixels i config.toml
img-too-large-to-open = billedet `{ $image }` er for stort til at åbne: det kræver mere hukommelse, end vilde tillader til ét billede

## Markdown
img-no-alt = billedet har ingen alternativ tekst
img-no-alt-expected = en kort tekst mellem de firkantede parenteser, der siger, hvad billedet viser
img-no-alt-hint = beskriv billedet for læsere, der ikke kan se det: `![hvad billedet viser]({ $src })`; er det ren pynt, så skriv `![{ $decorative }]({ $src })`
img-missing = billedet `{ $image }` findes ikke
img-missing-hint = læg billedfilen i sidens mappe (ved siden af index.md), eller ret filnavnet; stier med `/…` slås op i static/
md-too-deep = teksten ligger mere end { $max } niveauer inde i sig selv (citater eller lister inden i hinanden){ $flat }
md-too-deep-preview = {" "}(forhåndsvisningen viser de dybere niveauer fladt)
md-too-deep-expected = højst { $max } citater eller lister inden i hinanden
md-too-deep-hint = fjern de ekstra `>`, `-` eller `1.` i starten af linjerne
md-link-did-you-mean = {" "}(mente du `@/{ $page }`?)
md-link-broken = linket peger på en side, der ikke findes: `@/{ $target }`
md-link-broken-expected = stien til en fil under content/, f.eks. `@/blandede-bydele-og-integration/index.md`
md-link-broken-hint = ret stien{ $close }, eller fjern linket

## Raw HTML in page text
html-why-script = kode på en side kan køre i hver læsers browser
html-why-object = den kan hente og køre indhold fra et andet websted
html-why-embed = den kan hente og køre indhold fra et andet websted
html-why-applet = den kan hente og køre indhold fra et andet websted
html-why-frame = den kan vise indhold fra et andet websted
html-why-frameset = den kan vise indhold fra et andet websted
html-why-base = den ændrer, hvor hvert link på siden peger hen
html-why-meta = den kan sende læserne til en anden adresse eller ændre sidens regler
html-why-link = den kan hente kode eller udseende fra et andet websted
html-why-style = den kan ændre eller skjule alt på siden
html-why-form = den kan sende det, læserne skriver, til et andet websted
html-why-svg = tegninger skrevet ind i teksten kan indeholde kode
html-why-math = formler skrevet ind i teksten kan indeholde kode
html-why-template = den kan gemme HTML, som kode gør til indhold på siden
html-why-code = den kan køre kode
html-removed-preview = {" "}(forhåndsvisningen viser siden uden)
html-allow = et websted, hvor alle forfattere er betroede, kan tillade rå HTML med `allow_raw_html = true` under [extra.vilde] i config.toml
html-element = et <{ $name }>-mærke er ikke tilladt i sidens tekst{ $removed }
html-element-expected = tekst og Markdown; HTML kun uden kode
html-element-hint = fjern <{ $name }>-mærket: { $why }. Har siden brug for en funktion, så bed webteamet om at lægge den i temaet; { $allow }
html-not-allowed = HTML-mærket <{ $name }> er ikke blandt de mærker, der er tilladt i sidens tekst{ $removed }
html-not-allowed-expected = Markdown eller HTML med disse mærker: { $tags }
html-not-allowed-hint = skriv det med Markdown eller et af de tilladte mærker; { $allow }
html-attribute = egenskaben `{ $attr }` er ikke tilladt på <{ $tag }>{ $removed }
html-attribute-expected = på <{ $tag }>: { $list }
html-attribute-hint = fjern `{ $attr }` fra mærket; { $allow }
html-iframe-no-hosts = der er ikke angivet nogen (allowed_video_hosts under [extra.vilde] i config.toml)
html-iframe-no-src = denne <iframe> har ingen adresse (src)
html-iframe-not-https = denne <iframe> bruger ikke en sikker https://-adresse
html-iframe-host = denne <iframe> viser en side fra `{ $host }`, som ikke er en tilladt videotjeneste
html-iframe-no-host = denne <iframe> viser ikke en side fra en tilladt videotjeneste
html-iframe-expected = en iframe med src="https://…" fra en tilladt videotjeneste: { $hosts }
html-iframe-hint = indlejr videoen fra en tilladt tjeneste (brug koden fra videotjenestens Del-knap, med https://), eller – hvis webteamet stoler på tjenesten – føj den til allowed_video_hosts under [extra.vilde] i config.toml
html-srcdoc = denne <iframe> har egenskaben `srcdoc`, som kan indeholde en hel side med kode{ $removed }
html-srcdoc-expected = en iframe med src="https://…" fra en tilladt videotjeneste
html-srcdoc-hint = fjern srcdoc, og indlejr videoen med src="https://…"
html-handler = HTML-egenskaben `{ $name }` kører kode og er ikke tilladt{ $removed }
html-handler-expected = HTML uden on…-egenskaber (onclick, onload, onerror, …)
html-handler-hint = fjern `{ $name }=…` fra mærket; skal der ske noget på siden, så bed webteamet om at lægge det i temaet
html-script-url = adressen kører kode: `javascript:`-adresser er ikke tilladt{ $removed }
html-url-expected = en webadresse (https://…), en side på webstedet (@/…/index.md) eller en fil
html-script-url-hint = erstat adressen med den side eller fil, linket skal åbne
html-data-url = adressen er en `data:`-adresse, som kun er tilladt til billeder{ $removed }
html-data-url-hint = læg filen i sidens mappe (ved siden af index.md), og link til den med dens navn
html-scheme = den slags adresse kan ikke bruges på hjemmesiden{ $removed }
html-scheme-expected = en adresse, der begynder med { $schemes }:, eller en side eller fil på webstedet
html-scheme-hint = link til en webside (https://…), en e-mailadresse (mailto:…) eller en fil i sidens mappe
html-too-deep = HTML'en ligger mere end { $max } elementer inde i hinanden (ved <{ $name }>){ $shown }
html-too-deep-preview = {" "}(forhåndsvisningen viser den som tekst)
html-too-deep-expected = HTML med højst { $max } elementer inden i hinanden
html-too-deep-hint = luk de mærker, du åbner (hvert <div> skal have sit </div>), eller skriv teksten med Markdown
html-unfinished = HTML-mærket <{ $name }> er ikke afsluttet: dets `>` eller et afsluttende anførselstegn mangler{ $removed }
html-unfinished-expected = et mærke, der slutter med `>`, hvor hvert " og ' er lukket
html-unfinished-hint = afslut mærket, så teksten efter det ikke bliver læst som en del af det

## Slides: the fixed template
layout-title = kun overskriften
layout-bullets = kun punkter
layout-lead-bullets-closing = en indledende linje, punkter og en afsluttende linje
layout-title-name = titelslide
layout-bullets-name = punktslide
layout-lead-bullets-closing-name = slide med indledning, punkter og afslutning
count-slides = { $count ->
        [one] 1 slide
       *[other] { $count } slides
    }
count-bullets = { $count ->
        [one] 1 punkt
       *[other] { $count } punkter
    }
count-words = { $count ->
        [one] 1 ord
       *[other] { $count } ord
    }
count-levels = { $count ->
        [one] 1 niveau
       *[other] { $count } niveauer
    }
slides-name = slide { $number } ("{ $heading }")
slides-count = præsentationen har { $found ->
        [one] 1 slide
       *[other] { $found } slides
    }, men skabelonen har { $template ->
        [one] 1 slide
       *[other] { $template } slides
    }
slides-count-list = { $count ->
        [one] 1 slide
       *[other] { $count } slides
    }: { $list }
slides-count-none = ingen slides
slides-count-hint = antallet af slides ligger fast i skabelonen og er det samme for alle syv problemer: tilføj de manglende slides, og fjern de ekstra (de andre beskeder siger hvilke)
slides-repeat = { $slide } gentager slide { $number } (linje { $line })
slides-repeat-expected = hver af skabelonens slides én gang
slides-repeat-found = "{ $heading }" på linje { $first } og { $second }
slides-repeat-hint = slå de to slides sammen til én, eller fjern den ene
slides-order = { $slide } står forkert: den skal være slide nummer { $position }
slides-as-number = "{ $heading }" som slide { $number }
slides-order-hint = flyt hele sliden (dens "## "-linje og alt under den, indtil næste "## ") så den bliver slide { $position }: rækkefølgen ligger fast i skabelonen
slides-extra-slide = { $slide } findes ikke i skabelonen
slides-extra-slide-expected = kun skabelonens { $count ->
        [one] 1 slide
       *[other] { $count } slides
    }
slides-extra-slide-hint = fjern sliden: antallet af slides ligger fast. Er den ment som en af skabelonens slides, så giv den præcis den slides overskrift
slides-missing = slide { $number } ("{ $heading }") mangler
slides-missing-expected = en slide, der begynder med "## { $heading }"
slides-missing-found = ingen slide med denne overskrift
slides-missing-hint = tilføj en linje "## { $heading }" { $place }{ $then }
slides-missing-before = før sliden "{ $heading }" (linje { $line })
slides-missing-at-end = sidst i filen
slides-missing-then = , efterfulgt af { $what }
slides-title-heading = overskriften på slide { $number } skal være problemets titel
slides-title-heading-hint = skriv problemets titel præcis som i dets index.md: "## { $want }"
slides-title-heading-case = overskriften på slide { $number } har ikke de samme store og små bogstaver som problemets titel
slides-title-heading-case-hint = skriv titlen med de samme store og små bogstaver som i problemets index.md: "## { $want }"
slides-heading = overskriften på slide { $number } er ikke den samme som i skabelonen
slides-heading-hint = brug skabelonens overskrift ord for ord, "## { $want }": overskrifterne er de samme for alle syv problemer og kan ikke ændres
slides-heading-case = overskriften på slide { $number } har ikke de samme store og små bogstaver som i skabelonen
slides-heading-case-hint = skriv overskriften med de samme store og små bogstaver som skabelonen, "## { $want }": overskrifterne er de samme for alle syv problemer
slides-layout-expected = { $what } ({ $layout })
slides-title-only = { $slide } er en titelslide, som kun viser sin overskrift
slides-title-only-hint = fjern teksten: titelsliden viser problemets titel og intet andet
slides-title-bullets-found = { $count ->
        [one] 1 punkt
       *[other] { $count } punkter
    }, det første: { $first }
slides-title-bullets-hint = fjern punkterne: titelsliden viser problemets titel og intet andet
slides-empty-slide = { $slide } er tom
slides-empty-slide-found = kun overskriften
slides-empty-slide-hint = skriv slidens indhold under overskriften: alle skabelonens slides skal udfyldes
slides-text-before = { $slide } har en tekstlinje før punkterne, men dens layout har kun punkter
slides-text-after = { $slide } har en tekstlinje efter punkterne, men dens layout har kun punkter
slides-make-bullet-hint = gør den til et punkt (begynd linjen med "- "), eller fjern den
slides-no-lead = { $slide } har ingen indledende linje
slides-no-lead-expected = en tekstlinje mellem overskriften og punkterne
slides-no-lead-found = ingen indledende linje
slides-no-lead-found-bullets = punkter lige efter overskriften
slides-no-lead-hint = skriv én tekstlinje mellem overskriften og det første punkt: dette layout har altid én
slides-no-closing = { $slide } har ingen afsluttende linje
slides-no-closing-expected = en tekstlinje efter det sidste punkt
slides-no-closing-found = ingen afsluttende linje
slides-no-closing-hint = skriv én tekstlinje efter punkterne, med en tom linje mellem det sidste punkt og den: uden den tomme linje bliver teksten en del af det sidste punkt
slides-no-bullets = { $slide } har ingen punkter
slides-no-bullets-expected = punkter, hver på sin egen linje, der begynder med "- "
slides-no-bullets-found = ingen punkter
slides-no-bullets-hint = skriv punkterne som en liste: hvert på sin egen linje, der begynder med "- "
slides-too-many-bullets = { $slide } har { $count ->
        [one] 1 punkt
       *[other] { $count } punkter
    }, men skabelonen tillader højst { $max }
slides-too-many-bullets-expected = højst { $max ->
        [one] 1 punkt
       *[other] { $max } punkter
    } (underpunkter tæller med)
slides-too-many-bullets-hint = slå punkter sammen, eller fjern nogle, så der højst er { $max } tilbage; detaljerne kan stå på problemets side eller i videoen
slides-bullet-words = et punkt på { $slide } har { $count } ord, men skabelonen tillader højst { $max } pr. punkt
slides-at-most-words = højst { $max } ord
slides-bullet-words-found = { $count } ord: "{ $text }"
slides-bullet-words-hint = gør punktet kortere, eller del det i to
slides-slide-words = { $slide } har { $count } ord, men skabelonen tillader højst { $max } på denne slide
slides-slide-words-expected = højst { $max } ord (indledning, punkter og afslutning tilsammen; overskriften tæller ikke)
slides-slide-words-hint = gør teksten kortere, så den kan læses på sliden; detaljerne kan stå på problemets side eller i videoen
slides-no-sub-bullets = { $slide } har underpunkter, men dens layout tillader ingen
slides-no-sub-bullets-expected = punkter uden underpunkter
slides-no-sub-bullets-found = det indrykkede punkt "{ $text }"
slides-no-sub-bullets-hint = fjern mellemrummene før "-", så det bliver et almindeligt punkt, eller slå det sammen med punktet over
slides-too-deep = { $slide } har underpunkter { $deep ->
        [one] 1 niveau
       *[other] { $deep } niveauer
    } nede, men skabelonen tillader { $max ->
        [one] 1 niveau
       *[other] { $max } niveauer
    }
slides-too-deep-expected = højst { $max ->
        [one] 1 niveau
       *[other] { $max } niveauer
    } underpunkter
slides-too-deep-found = punktet "{ $text }", { $depth ->
        [one] 1 niveau
       *[other] { $depth } niveauer
    } nede
slides-too-deep-hint = ryk de dybeste punkter ud (færre mellemrum før "-"), eller slå dem sammen med punktet over
slides-extra-image = { $slide } har et billede, som slides ikke kan vise
slides-extra-image-hint = fjern billedet: layoutet er det samme for alle syv problemer og har ikke plads til billeder; billeder kan stå på problemets side
slides-extra-table = { $slide } har en tabel, som slides ikke kan vise
slides-extra-table-hint = skriv tabellens rækker som punkter i stedet
slides-extra-heading = { $slide } har en "{ $marks } "-overskrift inde i sig
slides-extra-heading-hint = hver slide har præcis én overskrift, dens "## "-linje; en linje, der begynder med #, er en overskrift. Skriv teksten som et punkt, eller fjern den
slides-extra-code = { $slide } har en kodeblok
slides-extra-code-hint = tekst, der er rykket fire mellemrum eller mere ind eller står mellem ```-linjer, bliver en kodeblok: fjern indrykningen eller ```-linjerne (et underpunkt skal kun have to mellemrum før sin "-")
slides-extra-quote = { $slide } har en citatblok (en linje, der begynder med >)
slides-extra-quote-hint = fjern > i starten af linjen
slides-extra-html = { $slide } har HTML-kode
slides-extra-html-hint = fjern HTML'en: slides indeholder almindelig tekst
slides-extra-rule = { $slide } har en skillelinje
slides-extra-rule-hint = fjern linjen: slides adskilles af deres "## "-overskrifter, ikke af ----linjer
slides-extra-numbered = { $slide } har en nummereret liste
slides-extra-numbered-hint = begynd hvert punkt med "- " i stedet for et tal: layoutet viser punkter
slides-extra-list = { $slide } har en liste nummer to
slides-extra-list-hint = hold alle punkter i én liste lige under hinanden: tekst mellem punkterne, eller skift mellem -, * og +, starter en ny liste
slides-extra-not-bullet = { $slide } har tekst, der ikke er et punkt, men dens layout har kun punkter
slides-extra-text = { $slide } har mere tekst, end dens layout har plads til
slides-extra-text-hint = layoutet har én indledende linje før punkterne og én afsluttende linje efter dem: slå teksten sammen med en af dem, gør den til et punkt (begynd linjen med "- "), eller fjern den
slides-extra-other = { $slide } har Markdown, som slides ikke kan vise
slides-extra-other-hint = fjern det

## Slide template (slide-template.toml)
one-of = en af: { $list }
tpl-no-slides = skabelonen for slides har ingen slides
tpl-no-slides-expected = én [[slide]]-tabel pr. slide, i præsentationens rækkefølge
tpl-no-slides-found = ingen [[slide]]-tabel
tpl-no-slides-hint = tilføj slides, for eksempel:
      {"["}[slide]]
      heading_is_problem_title = true
      layout = "title"
    (layouts: { $layouts })
tpl-both-headings = slide { $position } har både `heading` og `heading_is_problem_title = true`
tpl-both-headings-expected = en af dem
tpl-both-headings-found = heading = "{ $heading }" og heading_is_problem_title = true
tpl-both-headings-hint = fjern `heading`, hvis sliden viser problemets titel, ellers fjern `heading_is_problem_title`
tpl-empty-heading = slide { $position } har en tom overskrift
tpl-empty-heading-expected = slidens overskrift, f.eks. heading = "Politisk afsæt for arbejdet"
tpl-empty-heading-hint = skriv overskriften mellem anførselstegnene, eller brug heading_is_problem_title = true til titelsliden
tpl-no-heading = slide { $position } har ingen overskrift
tpl-no-heading-expected = heading = "..." eller heading_is_problem_title = true
tpl-no-heading-found = ingen af dem
tpl-no-heading-hint = tilføj slidens faste overskrift, f.eks. heading = "Forslag til problemforståelse", eller heading_is_problem_title = true til titelsliden
tpl-the-title = problemets titel
tpl-same-heading = slide { $first } og { $second } har samme overskrift
tpl-same-heading-expected = en forskellig overskrift på hver slide
tpl-same-heading-found = { $what } på begge
tpl-same-heading-hint = giv hver slide sin egen overskrift; to slides med samme overskrift kan ikke skelnes
tpl-unknown-layout = slide { $position } har et ukendt layout "{ $layout }"
tpl-unknown-layout-hint = skriv et af disse layouts præcis som her: { $list }
tpl-limit-on-title = slide { $position } har layoutet "title", som ikke har anden tekst end overskriften, så `{ $key }` betyder ingenting
tpl-limit-on-title-expected = ingen grænser på en titelslide
tpl-limit-on-title-hint = fjern linjen `{ $key } = ...` fra denne slide
tpl-no-limit = slide { $position } har ingen `{ $key }`
tpl-no-limit-expected = `{ $key }` på sliden eller i tabellen [limits]
tpl-no-limit-found = ingen grænse
tpl-no-limit-hint = tilføj en linje som `{ $key } = 10` til sliden; grænserne holder teksten læselig på en 16:9-slide
tpl-needed-hint = skabelonen for slides (som standard slide-template.toml i webstedets mappe) skal bruges til at tjekke og tegne slides; opret den, eller angiv slide_template under [extra.vilde] i config.toml
tpl-min-zero = 0 eller mere (0 = ingen underpunkter)
tpl-min-one = 1 eller mere
tpl-min = `{ $key }` skal være { $what }
tpl-min-expected = et helt tal, { $what }
tpl-min-hint = skriv et helt tal på mindst { $min }; en grænse på { $value } giver ikke plads til tekst
tpl-missing-layout-hint = hver [[slide]] skal have en linje layout = "..." med en af: { $layouts }
tpl-syntax-hint = tjek anførselstegn, lighedstegn og [[slide]]-overskrifter omkring linjen; tekst skal stå i "anførselstegn", tal skal ikke
tpl-unreadable = skabelonen for slides kunne ikke læses: { $why }

## slides.md
outline-empty = slides.md er tom
outline-empty-expected = problemets slides, der hver begynder med en linje "## overskrift"
outline-empty-found = en tom fil
outline-empty-hint = skriv slides: "## " og problemets titel, så "## Forslag til problemforståelse" og dens punkter, og så videre som i skabelonen
outline-no-slides = slides.md har ingen slides: ingen linje begynder med "## "
outline-no-slides-expected = slides, der hver begynder med en linje "## overskrift"
outline-no-slides-found = ingen overskrifter til slides
outline-no-slides-hint = begynd hver slide med to #-tegn og et mellemrum, f.eks. "## Forslag til problemforståelse"
outline-h1 = en "# "-overskrift står før den første slide
outline-h1-expected = den første slides overskrift, "## " og problemets titel
outline-h1-hint = slides.md har ingen sidetitel af sin egen: titelsliden er "## " og problemets titel. Fjern linjen, eller tilføj et # mere, hvis det er titelsliden
outline-text-before = der står tekst før den første slides overskrift
outline-text-before-expected = at første linje er titelslidens overskrift, "## " og problemets titel
outline-text-before-hint = tekst hører ikke til nogen slide, før en "## "-overskrift begynder en: flyt den ned under den rigtige slides overskrift, eller fjern den
outline-front-matter = slides.md må ikke begynde med felter øverst
outline-front-matter-expected = titelslidens overskrift, "## " og problemets titel, som første linje
outline-front-matter-found = felter mellem { $fence }-linjer (linje { $first }–{ $last })
outline-front-matter-hint = slet linje { $first } til { $last }: problemets titel og indstillinger hører til i dets index.md, og slides.md indeholder kun slides

## Drejebog (the video script)
dj-no-keys = ingen nøgler her
dj-unknown-key = ukendt nøgle `{ $key }`
dj-unknown-key-hint = tjek stavemåden mod listen; nøglerne skrives med små bogstaver, som i docs/drejebog.md
dj-missing-key = nøglen `{ $key }` mangler
dj-missing-key-expected = { $key } = … i denne tabel
dj-missing-dato = skriv datoen som dato = 2023-02-20
dj-missing-aktivitet = skriv, hvad der sker, som aktivitet = "…"
dj-missing-navn = skriv talerens navn som navn = "…"
dj-missing-titel = skriv talerens stillingsbetegnelse som titel = "…"
dj-missing-other = tilføj nøglen; docs/drejebog.md viser et eksempel
dj-type-list = en liste i firkantede parenteser, f.eks. talepinde = ["Første linje", "Anden linje"]
dj-type-list-hint = sæt linjerne i [ ] med hver linje i anførselstegn, adskilt af kommaer
dj-type-text = tekst i anførselstegn, f.eks. "2:35"
dj-type-text-hint = sæt værdien i "anførselstegn"
dj-type-other-hint = sammenlign værdien med eksemplet i docs/drejebog.md
dj-wrong-kind = værdien er af den forkerte slags
dj-syntax-hint = tjek anførselstegn, lighedstegn og [tabel]-overskrifter omkring linjen; tekst skal stå i "anførselstegn"
dj-missing-file = drejebogsfilen mangler
dj-missing-file-expected = en fil med navnet drejebog.toml i problemets mappe
dj-missing-file-hint = kopiér drejebog.toml fra et andet problems mappe, og ret teksten; docs/drejebog.md viser alle nøgler
dj-timeline-order = trinnet i tidsplanen slutter ({ $until }), før det begynder ({ $date })
dj-timeline-order-expected = til = en dato på eller efter { $date }
dj-timeline-order-hint = byt om på dato og til, eller ret datoen
dj-video-both = videoen har både `fil` og `url`
dj-video-both-expected = enten fil (en videofil i denne mappe) eller url (en video på et andet websted)
dj-video-both-found = url = "{ $url }" og også fil
dj-video-both-hint = fjern den, der ikke bruges
dj-what-video = videofilen
dj-formats-video = en MP4- eller WebM-fil
dj-convert-video = eksportér videoen som MP4 (H.264) eller WebM; browsere kan ikke afspille andre formater
dj-what-poster = plakatbilledet
dj-formats-poster = et JPEG-, PNG- eller WebP-billede
dj-convert-poster = gem stillbilledet som .jpg, .png eller .webp
dj-no-duration = videoens længde (varighed) er ikke angivet
dj-no-duration-expected = varighed = "m:ss" i [video], f.eks. varighed = "2:35"
dj-no-duration-hint = skriv længden af den klippede video; indtil da times underteksterne efter det anslåede
dj-no-poster = videoen har intet plakatbillede (plakat)
dj-no-poster-expected = plakat = "plakat.jpg" i [video]
dj-no-poster-hint = tilføj et stillbillede fra videoen; siden viser det, før videoen afspilles
dj-url-https = videoadressen `{ $url }` begynder ikke med https://
dj-url-https-expected = en adresse som https://www.youtube-nocookie.com/embed/…
dj-url-https-hint = kopiér indlejringsadressen fra videotjenesten, eller brug fil til en videofil i denne mappe
dj-duration-mss = videoens længde `{ $text }` er ikke skrevet som minutter:sekunder
dj-no-scenes = drejebogen har ingen scener
dj-no-scenes-expected = mindst én [[scene]] med billede og talepinde
dj-no-scenes-hint = tilføj [[scene]] og så billede = "det, man ser" og talepinde = ["det, der bliver sagt"]
dj-no-billede = scene { $scene } har intet billede
dj-no-billede-expected = billede = "en kort beskrivelse af det, man ser"
dj-no-billede-hint = teksten i billede vises i udskriften, for dem der ikke kan se videoen
dj-no-talepinde = scene { $scene } har ingen talepinde
dj-no-talepinde-expected = talepinde = ["Første linje", "Anden linje"]: de linjer, der bliver sagt
dj-no-talepinde-found = ingen linjer
dj-no-talepinde-hint = skriv, hvad taleren siger i scenen, én linje pr. punkt i listen, eller fjern scenen
dj-empty-line = scene { $scene }: talepind nummer { $line } er tom
dj-empty-line-expected = teksten til en linje, der bliver sagt
dj-empty-line-hint = skriv linjen, eller fjern den fra listen
dj-long-word = scene { $scene }: ordet `{ $word }` er for langt til én linje i undertekstningen
dj-long-word-expected = ord på højst { $max } tegn
dj-chars = { $count } tegn
dj-long-word-hint = undertekstningen deler det med en bindestreg; skriv det med bindestreg eller mellemrum, hvis det læses bedre
dj-start-mss = scene { $scene }: starttiden `{ $text }` er ikke skrevet som minutter:sekunder
dj-start-order = scene { $scene } begynder { $text }, ikke efter scene { $prev } ({ $prevtext })
dj-start-order-expected = en starttid efter { $prevtext }
dj-start-order-hint = scenerne står i den rækkefølge, de ses: tjek tiderne mod den klippede video
dj-start-after-end = scene { $scene } begynder { $text }, efter videoens slutning ({ $end })
dj-start-after-end-expected = en starttid før { $end }
dj-start-after-end-hint = tjek starttiden og varigheden mod den klippede video
dj-scene-crowded = scene { $scene } varer { $lasts }, men dens talepinde tager omkring { $takes } at sige
dj-scene-crowded-hint = tjek starttiderne; undertekstningen til scenen kommer for sent
dj-approved-note = {" "}Drejebogen er godkendt, så dette stopper byggeriet.
dj-video-length = videoen varer { $length }, uden for { $bounds }
dj-video-length-expected = en video på { $bounds } minutter
dj-video-shorten = gør videoen kortere, eller tjek varighed.{ $note }
dj-video-lengthen = gør videoen længere, eller tjek varighed.{ $note }
dj-talepinde-length = talepindene tager omkring { $length } at sige, uden for { $bounds }
dj-talepinde-length-expected = talepinde til en video på { $bounds } minutter
dj-talepinde-length-found = { $words } ord med { $wpm } ord i minuttet, plus { $pause } sekunder ved hvert af { $changes } sceneskift
dj-talepinde-shorten = gør talepindene kortere, eller drop en scene.{ $note }
dj-talepinde-lengthen = sig lidt mere i talepindene.{ $note }
dj-mss-expected = minutter:sekunder i anførselstegn, f.eks. "0:00", "1:05" eller "2:40"
dj-mss-hint = skriv minutterne, et kolon og sekunderne med to cifre (00–59)
dj-file-outside = { $what } `{ $name }` skal være en fil i problemets mappe
dj-file-outside-expected = navnet på en fil ved siden af drejebog.toml, f.eks. "video.mp4"
dj-file-outside-hint = kopiér filen ind i mappen, og skriv kun dens navn; til en video på et andet websted bruges url
dj-file-format = { $what } `{ $name }` er ikke { $formats }
dj-file-format-expected = et filnavn, der slutter med { $list }
dj-file-missing = { $what } `{ $name }` ligger ikke i mappen
dj-file-missing-expected = en fil med navnet { $name } ved siden af drejebog.toml
dj-file-missing-found = filen findes ikke
dj-file-missing-hint = kopiér filen ind i mappen, eller ret navnet (store og små bogstaver tæller)

## Plain language (LIX)
lix-hint = brug kortere sætninger og kortere ord; begynd med de længste sætninger:
lix-hint-sentence = ({ $words } ord) { $text }
lix-hint-words = og de længste ord (bogstaver): { $list }
lix-over = teksten er sværere at læse end målet: LIX { $lix } ({ $band })
lix-over-expected = LIX { $target } eller lavere
lix-over-found = LIX { $lix }: { $words } ord i { $sentences ->
        [one] 1 sætning
       *[other] { $sentences } sætninger
    }, { $long } lange ord

## Approval records (godkendelse.toml)
rec-unreadable = godkendelsesfilen kunne ikke læses: { $why }
rec-unreadable-hint = sammenlign med eksemplet øverst i filen: hver beslutning er en tabel som [[tekst]] med linjer som status = "godkendt"
rec-not-a-piece = `{ $name }` er ikke en del
rec-not-a-piece-expected = en af [[tekst]], [[slides]], [[drejebog]]
rec-not-a-piece-hint = omdøb tabellen til den del, den handler om
rec-not-table = `{ $piece }` skal være en tabel
rec-not-table-expected = en beslutning: [[{ $piece }]] på sin egen linje
rec-not-table-found = en enkelt værdi
rec-not-table-hint = skriv [[{ $piece }]] på sin egen linje og nøglerne (status = …) under den
rec-a-name = et navn
rec-text = tekst
rec-bad-hash = `hash` i [{ $piece }] er ikke et fingeraftryk
rec-bad-hash-expected = "sha256:" efterfulgt af 64 hexadecimale cifre
rec-bad-hash-hint = ret ikke fingeraftrykket i hånden: kør `vilde approve { $slug } { $piece } --by "…"`, som skriver det
rec-bad-despite = `trods_fejl` i [{ $piece }] skal være true eller false
rec-bad-despite-hint = skriv trods_fejl = true (uden anførselstegn), eller fjern linjen
rec-no-status = en beslutning i [[{ $piece }]] har ingen status
rec-no-status-expected = en linje status = "…" med en af: til-godkendelse, afvist, godkendt
rec-no-status-hint = tilføj status = "til-godkendelse", "afvist" eller "godkendt" under [[{ $piece }]]
rec-udkast = "udkast" er ikke en beslutning i [[{ $piece }]]
rec-decisions = til-godkendelse, afvist eller godkendt
rec-udkast-hint = en del, der ikke er besluttet noget om endnu, skal ikke have en tabel; fjern denne
rec-no-date = beslutningen "{ $status }" om { $piece } har ingen dato
rec-no-date-expected = dato = <datoen for beslutningen>, under [[{ $piece }]]
rec-no-date-found = ingen dato
rec-no-date-hint = tilføj datoen for mødet, der besluttede, f.eks. dato = 2023-02-27
rec-no-by = beslutningen "{ $status }" om { $piece } siger ikke, hvem der besluttede
rec-no-by-expected = besluttet_af = "…", under [[{ $piece }]]
rec-no-by-found = intet besluttet_af
rec-no-by-hint = tilføj, hvem der besluttede, f.eks. besluttet_af = "Rådmandskredsen, MSB"
rec-no-hash = godkendelsen af { $piece } har intet fingeraftryk
rec-no-hash-expected = hash = "sha256:…" af { $file }, som den blev godkendt
rec-no-hash-found = intet fingeraftryk
rec-no-hash-hint = kør `vilde approve { $slug } { $piece } --by "…"`, som skriver godkendelsen med fingeraftrykket
rec-legacy-no-status = [{ $piece }] har ingen status
rec-legacy-no-status-expected = en linje status = "…" med en af: { $list }
rec-legacy-no-status-hint = tilføj status = "udkast" under [{ $piece }], eller fjern tabellen, hvis der ikke er sket noget endnu
rec-before-submitted = [{ $piece }] blev besluttet, før den blev sendt til godkendelse
rec-before-submitted-expected = dato på eller efter indsendt ({ $date })
rec-before-submitted-hint = tjek begge datoer
rec-order = beslutningerne om { $piece } står ikke i den rækkefølge, de blev truffet
rec-order-expected = en dato på eller efter { $date } (beslutningen over den)
rec-order-hint = skriv beslutningerne i den rækkefølge, de blev truffet, den nyeste nederst; tjek datoerne
rec-twice = der er besluttet om { $piece } to gange den { $date }
rec-twice-expected = én beslutning (godkendt eller afvist) pr. møde
rec-twice-found = { $first } og { $second } samme dag
rec-twice-hint = fjern den beslutning, der ikke blev truffet, eller ret dens dato
rec-not-status = { $value } er ikke en status
rec-status-exact = skriv det præcis som status = "{ $status }"
rec-status-words = brug et af de fire ord, i anførselstegn og med små bogstaver: { $list }
rec-not-date = `{ $key }` i [{ $piece }] er ikke en dato
rec-not-date-expected = en dato skrevet som ÅÅÅÅ-MM-DD, for eksempel 2023-02-27
rec-not-date-hint = skriv datoen som år-måned-dag, f.eks. { $key } = 2023-02-27
rec-must-be = `{ $key }` i [{ $piece }] skal være { $what }
rec-must-be-expected = { $what } i anførselstegn
rec-must-be-hint = skriv det som { $key } = "…"
rec-unknown-key = ukendt nøgle `{ $key }` i [{ $piece }]
rec-key-ae = skriv det som `{ $key }` (æ som ae)
rec-key-spelling = ret stavemåden, eller fjern linjen

## Rules for problems
stale-unknown-person = en ukendt person
stale-gone = { $what } blev godkendt { $when } af { $who }, men filen er væk
stale-gone-hint = læg den godkendte fil tilbage, eller skriv en ny beslutning med `vilde approve { $slug } { $piece } afvist --by "…"`
stale-changed = { $what } er ændret, efter den blev godkendt { $when } af { $who }; den skal godkendes igen
stale-changed-hint = få den godkendt igen, og kør så `vilde approve { $slug } { $piece } --by "{ $who }"`; indtil da stopper den offentlige udgave her
stale-what-changed = det er ændret: { $diff }
stale-files-changed = en fil, som delen bruger, er tilføjet, fjernet eller skiftet ud: { $files }
stale-no-copy = der er ingen kopi af den godkendte udgave, så det kan ikke vises, hvad der er ændret (er fingeraftrykket i godkendelse.toml rettet i hånden?)
stale-expected = { $file }, som den blev godkendt (se { $record })
meta-missing = problemet `{ $title }` mangler: { $list }
meta-missing-expected = magistratsafdeling, sagsnummer, resume, description og to projektledere med navn, enhed og email
meta-missing-hint = udfyld de manglende felter øverst i filen, før problemet udgives (draft = false)
video-host = videoadressen peger på `{ $host }`, som ikke er en tilladt videotjeneste
video-host-expected = en video på en af: { $list }
video-host-hint = læg videoen på en af de tilladte tjenester, eller bed webstedets ejer om at føje tjenesten til allowed_video_hosts under [extra.vilde] i config.toml
a11y-statement-missing = linket til tilgængelighedserklæringen mangler
a11y-statement-missing-expected = accessibility_statement = "https://www.was.digst.dk/..." under [extra.vilde]
a11y-statement-missing-hint = webtilgængelighedsloven kræver et link til webstedets tilgængelighedserklæring, lavet i statens WAS-værktøj, på hver side; skriv adressen i config.toml

## Status
status-no-deadlines = Der er ingen frister i config.toml; { $done } af { $total } problemer er helt færdige (alle dele godkendt og videoen optaget).
status-when-today = { $name } (i dag, { $date })
status-when-tomorrow = { $name } (i morgen, { $date })
status-when-days = { $name } ({ $date }, om { $days } dage)
status-ready = Klar til { $when }.
status-all-done = Alle frister er nået, og intet mangler.
status-not-ready-overdue = Ikke klar: { $overdue } del(e) er over fristen, og { $missing } af { $total } problemer mangler noget til { $when }.
status-not-ready = Ikke klar til { $when }: { $missing } af { $total } problemer mangler noget.
status-not-ready-passed = Ikke klar: alle frister er passeret, og { $overdue } del(e) mangler stadig.
status-video-script = drejebogen er ikke godkendt
status-video-none = ikke optaget
reason-no-file = ingen fil endnu
reason-stale = ændret efter godkendelsen { $when } – skal godkendes igen
reason-despite = godkendt trods fejl { $when }
reason-approved-errors = godkendt { $when }, men har { $count } fejl
reason-approved = godkendt { $when }{ $by }
reason-rejected = afvist { $when }{ $by }
reason-submitted = sendt til godkendelse { $when }
reason-draft = udkast – ikke sendt til godkendelse
st-heading = Status pr. { $date }
st-next = Næste frist: { $date } – { $name } (om { $days } dage)
st-no-deadlines = Der er ingen frister i config.toml.
st-phases = Frister pr. fase:
st-deadline-passed = passeret
st-all-passed = Alle frister er passeret.
st-overdue = Over fristen:
st-answer = Svar: { $verdict }
st-missing = Mangler:
st-published = udgives
st-not-published = udgives ikke
st-more-errors = … og { $count } fejl mere (se `vilde check --drafts`)
st-changed = ændret: { $diff }
st-error = fejl: { $error }
st-estimate = , anslået { $length }
st-video = Video
st-video-recorded = optaget
st-video-delayed = ikke optaget – forsinket
st-video-expected = ikke optaget – forventes { $date }
st-video-none = ikke optaget
st-missing-next = Mangler til næste frist: { $list }
cli-not-a-date = `{ $value }` er ikke en dato
cli-today-hint = skriv datoen som ÅÅÅÅ-MM-DD, f.eks. --today 2023-02-27

## vilde approve
ap-not-a-piece = `{ $piece }` er ikke en del
ap-pieces = tekst, slides eller drejebog
ap-example = skriv for eksempel `{ $command }`
ap-not-a-decision = `{ $decision }` er ikke en beslutning
ap-decisions = godkendt, afvist eller til-godkendelse
ap-site-errors = intet blev skrevet: webstedet har fejl
ap-site-errors-hint = ret fejlene ovenfor, og kør kommandoen igen
ap-no-problem = der er intet problem `{ $slug }`
ap-create-one = opret et med `vilde new <navn>`
ap-not-bundle = siden er ikke en problemmappe
ap-file-missing = delens fil mangler
ap-file-missing-hint = opret { $file } først (eller kør `vilde new`), og skriv så beslutningen
ap-refused = { $piece } blev ikke godkendt: der er { $count } fejl, som ville stoppe udgivelsen
ap-refused-hint = ret fejlene ovenfor, og kør kommandoen igen; for at skrive godkendelsen alligevel, som besluttet: `{ $command }`
ap-migrated = {" "}(filen er skrevet om til den nye form med én blok pr. beslutning)
ap-done = { $file }: { $piece } { $status } af { $by } den { $date }; skrevet i { $record }{ $migrated }
write-failed = filen kunne ikke skrives: { $why }

## vilde new and the preview server
new-not-a-site-hint = kør `vilde new` i webstedets mappe, eller angiv --root
new-bad-slug = `{ $slug }` kan ikke bruges som mappenavn
new-bad-slug-expected = små bogstaver a–z, tal og bindestreger, f.eks. unges-mentale-sundhed
new-bad-slug-hint = prøv `vilde new { $slug }`
new-exists = mappen til problemet findes allerede
new-exists-hint = vælg et andet navn, eller ret i filerne, der er der
new-title-line = titlen skal være én linje tekst
new-title-line-hint = skriv titlen på én linje, f.eks. --title "Unges mentale sundhed"
new-folder-failed = mappen kunne ikke oprettes: { $why }
watch-open-failed = webstedets mappe kunne ikke åbnes: { $why }
watch-failed = der kan ikke holdes øje med ændringer i denne mappe: { $why }
watch-failed-hint = på Linux: hæv grænsen for inotify (sysctl fs.inotify.max_user_watches), eller luk andre programmer, der holder øje med mange filer
serve-moved = Flyttet: adressen slutter med en skråstreg.
serve-not-found = 404: siden findes ikke på dette websted.
serve-bad-range = Det ønskede stykke findes ikke i filen.

## Command-line help
help-usage = Brug
help-commands = Kommandoer
help-command = KOMMANDO
help-arguments = Argumenter
help-options = Valgmuligheder
help-vilde = vilde bygger hjemmesiden om Aarhus Kommunes syv vilde problemer fra en mappe i Zolas form.
help-arg-lang = sproget i beskeder og hjælp: da (dansk) eller en (engelsk)
help-arg-help = vis hjælpen
help-arg-version = vis versionen
help-arg-root = webstedets mappe (den med config.toml)
help-arg-drafts = forhåndsvisning: kladder kommer med, med et UDKAST-banner og noindex
help-build = byg hjemmesiden i mappen til hjemmesiden (den offentlige udgave, medmindre --drafts)
help-build-output_dir = hvor hjemmesiden skal skrives (erstattes helt, når alt lykkes) [standard: public/ i webstedets mappe, eller output_dir i config.toml]
help-build-base_url = brug en anden base_url end den i config.toml
help-build-force = erstat mappen, også når den indeholder filer, vilde ikke har skrevet (de slettes) – aldrig webstedets mappe, en mappe over den eller din hjemmemappe
help-check = tjek det hele, og skriv intet; slutter med kode 1, når der er fejl
help-check-drafts = tjek som forhåndsvisning (kladder kommer med; deres problemer er advarsler)
help-new = opret en ny problemmappe content/<navn>/ med den faste opbygning
help-new-slug = problemets mappenavn, f.eks. unges-mentale-sundhed
help-new-title = problemets titel (standard: lavet ud fra mappenavnet)
help-status = vis hvert problems dele: beslutning, ændringer, fejl, LIX, video, frister – og svaret: klar eller ej
help-status-strict = slut med kode 1, præcis når svaret er "ikke klar"
help-status-format = form: table (tekst) eller json
help-status-today = regn frister fra denne dato (ÅÅÅÅ-MM-DD) i stedet for i dag
help-approve = skriv en beslutning om en del (godkendt, afvist eller til-godkendelse) med fingeraftrykket af udgaven
help-approve-slug = problemets mappenavn, f.eks. blandede-bydele-og-integration
help-approve-piece = hvilken del: tekst, slides eller drejebog
help-approve-decision = beslutningen: godkendt (standard), afvist eller til-godkendelse
help-approve-by = hvem der besluttede, f.eks. "Rådmandskredsen, MSB"
help-approve-date = datoen for beslutningen (ÅÅÅÅ-MM-DD); standard i dag
help-approve-remarks = bemærkninger, der skal gemmes med beslutningen, f.eks. teksten fra referatet
help-approve-despite_errors = skriv en godkendelse, selv om vilde finder fejl i delen
help-serve = vis hjemmesiden (med kladder) på en lokal adresse; genindlæses, hver gang du gemmer
help-serve-interface = adressen, der lyttes på; alt andet end 127.0.0.1 (kun denne maskine) lader andre på netværket se siden, også kladderne
help-serve-port = porten; er den optaget, tages den næste ledige; 0 = en vilkårlig ledig port
help-serve-open = åbn siden i browseren
help-serve-verbose = skriv hver genopbygning med tiden fra ændringen til besked om genindlæsning

## Command line errors
cli-bad-lang = fejl: --lang `{ $value }`: vilde taler da (dansk) og en (engelsk)
cli-missing = der mangler noget på kommandolinjen: { $args }
cli-unknown = ukendt valgmulighed { $arg }
cli-unknown-command = ukendt kommando `{ $command }`
cli-invalid-value = `{ $value }` kan ikke bruges til { $arg }
cli-conflict = { $arg } kan ikke bruges sammen med de andre valgmuligheder
cli-did-you-mean = mente du { $arg }?
cli-see-help = se `vilde --help` eller `vilde <kommando> --help`

## Command-line help words
help-default = standard: { $value }
help-options-word = VALGMULIGHEDER
value-root = MAPPE
value-output_dir = MAPPE
value-base_url = ADRESSE
value-by = HVEM
value-date = DATO
value-today = DATO
value-remarks = TEKST
value-slug = NAVN
value-piece = DEL
value-decision = BESLUTNING
value-title = TITEL
value-interface = ADRESSE
value-port = PORT
value-format = FORM

## TOML errors in plain words
toml-bad-string = teksten i anførselstegn er ikke skrevet rigtigt (mangler et afsluttende anførselstegn, eller er der et linjeskift eller en \ inde i den?)
toml-number-too-large = tallet er for stort
toml-bad-date = datoen findes ikke
toml-tab = der står et tabulatortegn, hvor der skal være mellemrum
toml-expected-equals = der mangler et lighedstegn (=) efter navnet
toml-bad-key = navnet på indstillingen er ikke skrevet rigtigt (brug bogstaver a–z, tal, - og _, eller sæt det i anførselstegn)
toml-unclosed-list = listen lukkes aldrig: der mangler en ]
toml-bad-table = overskriften i [firkantede parenteser] er ikke skrevet rigtigt

## Template errors in plain words
tera-variable = `{ $name }` findes ikke i de oplysninger, skabelonen får
tera-filter = der er intet filter, der hedder `{ $name }`
tera-function = der er ingen funktion, der hedder `{ $name }`
tera-template = skabelonen `{ $name }` findes ikke

## Klarsprog (plain-language pointers)
ks-kind-long-sentence = Lang sætning
ks-kind-long-word = Langt ord
ks-kind-passive = Passiv form
ks-kind-nominalisations = Mange navneord
ks-kind-jargon = Fagord
ks-kind-hard-paragraph = Svært afsnit
ks-advice-long-sentence = del sætningen i to eller tre
ks-advice-long-word = brug et kortere ord, eller skriv det ud
ks-advice-passive = sig, hvem der gør noget: "kommunen bygger" i stedet for "der bygges"
ks-advice-nominalisations = brug udsagnsord: "vi udvikler" i stedet for "udviklingen af"
ks-advice-jargon = brug et ord, læserne selv bruger
ks-advice-hard-paragraph = gør sætningerne og ordene i afsnittet kortere
ks-note-long-sentence = { $words } ord – over { $max }
ks-note-long-word = { $letters } bogstaver – over { $max }
ks-note-passive = sig, hvem der gør det
ks-note-nominalisations = { $count } navneord lavet af udsagnsord: { $words }
ks-note-jargon = skriv hellere: { $alternative }
ks-note-hard-paragraph = afsnittet har LIX { $lix } – over målet på { $target }
ks-diagnostic = klarsprog – { $kind }: "{ $text }" ({ $note })
ks-diagnostic-hint = { $advice }; klarsprog er en hjælp til at skrive, ikke en fejl
ks-list-unreadable = ordlisten kunne ikke læses: { $why }
ks-list-unreadable-hint = skriv ordene i en tabel [ord] som "ordet" = "et mere almindeligt ord"

## Klarsprog places
ks-place-text = teksten
ks-place-slide = slide { $number }
ks-place-scene = scene { $number }

## Klarsprog summary
ks-summary-line = { $count } steder i teksterne kan skrives klarere (klarsprog): se dem markeret i forhåndsvisningen, eller kør `vilde check --drafts`

## vilde settings in config.toml
config-vilde-twice = config.toml har både [vilde] og [extra.vilde]
config-vilde-twice-expected = vildes indstillinger ét sted: under [extra.vilde]
config-vilde-legacy = vildes indstillinger står under [vilde]; Zola kan ikke læse den config.toml
config-vilde-move-hint = skriv [extra.vilde] i stedet for [vilde] (og [extra.vilde.video] i stedet for [vilde.video] osv.); så kan både vilde og Zola bygge webstedet

## Languages
content-lang-unknown = filnavnet har sprogkoden `{ $code }`, men det sprog står ikke under [languages] i config.toml
content-lang-unknown-expected = en af sprogkoderne: { $langs }
content-lang-unknown-hint = tilføj [languages.{ $code }] i config.toml, eller ret filnavnet (sprogkoden står lige før .md, fx om.en.md)
config-lang-code = `{ $code }` er ikke en sprogkode
config-lang-code-expected = en sprogkode som da, en eller fr
config-lang-code-hint = skriv sproget som en kode på to eller tre bogstaver (ISO 639), eventuelt med land: en-GB

## Template functions and languages
fn-lang-unknown = { $func }: sproget `{ $lang }` står ikke under [languages] i config.toml

## Sass
sass-error = Sass-filen kunne ikke oversættes til CSS: { $why }
sass-error-hint = ret Sass-koden på det sted, der peges på; kommentarer skrives med // eller /* */
sass-io-hint = tjek, at filen, der importeres, findes i webstedets mappe
sass-outside = Sass må kun læse filer i webstedets mappe
sass-conflict = bliver til den samme CSS-fil `{ $css }` som { $other }
sass-conflict-hint = omdøb en af filerne, så hver Sass-fil har sit eget navn

## Shortcodes
sc-no-end = kortkoden `{ $name }` har en krop, men ingen {"{"}% end %{"}"} til sidst
sc-bad-args = kortkoden `{ $name }` kan ikke læses: { $what }
sc-expected-name = her skulle navnet på en værdi stå, fx id=
sc-expected-equals = efter `{ $key }` skal der stå =
sc-expected-value = værdien af `{ $key }` skal være tekst i anførselstegn, et tal, true/false eller en liste [ … ]
sc-expected-comma = værdierne skal skilles med komma
sc-expected-close = kaldet skal slutte med ) og { $close }
sc-unknown = der findes ingen kortkode ved navn `{ $name }`
sc-unknown-expected = en skabelon templates/shortcodes/{ $name }.html eller .md
sc-unknown-hint = tjek stavemåden, eller opret skabelonen; skal teksten vises som den er, så skriv {"{{"}/* … */{"}}"}
sc-failed = kortkoden `{ $name }` kunne ikke vises: { $why }
sc-failed-hint = ret skabelonen templates/shortcodes/{ $name } eller værdierne i kaldet
sc-args-hint = skriv værdierne som navn=værdi, tekst i anførselstegn: {"{{"} youtube(id="dQw4w9WgXcQ") {"}}"}

## Shortcode functions
fn-not-in-shortcode = { $func } kan ikke bruges i en kortkode (siderne er ikke færdige, mens teksten laves)

## Taxonomies
tax-unknown = siden bruger taksonomien `{ $name }`, som ikke står under taxonomies i config.toml
tax-unknown-expected = en af taksonomierne: { $names }
tax-unknown-hint = tilføj {"{"} name = "{ $name }" {"}"} til taxonomies = [ … ] i config.toml (for sidens sprog), eller ret navnet
tax-not-list = `{ $name }` skal være en liste af tekster
tax-not-list-hint = skriv fx { $name } = ["klima", "trafik"] under [taxonomies]

## Taxonomy functions
fn-taxonomy-unknown = { $func }: der er ingen taksonomi `{ $kind }` for det sprog
fn-taxonomy-term = { $func }: `{ $term }` findes ikke i taksonomien `{ $kind }`

## Filters
filter-text = filteret `{ $filter }` skal have tekst
filter-integer = filteret `{ $filter }` skal have et helt tal
filter-base64 = base64_decode: teksten kan ikke afkodes: { $why }
filter-regex = regex_replace: mønsteret kan ikke læses: { $why }
filter-locale = num_format: `{ $locale }` er ikke et kendt sprog (locale)

## load_data
fn-load-data-url = load_data(url=…) understøttes ikke: vilde bygger uden at hente noget fra nettet; gem filen i webstedets mappe og brug path=
fn-load-data-missing = filen findes ikke (der er ledt fra webstedets mappe, i static/, content/ og temaets static/)

## Front matter keys
fm-unknown-key = feltet `{ $key }` kendes ikke og bruges ikke
fm-unknown-key-hint = tjek stavemåden (fx title, description, date, draft); egne felter hører til under [extra]

## Markdown settings
config-link-class = external_links_class må ikke indeholde anførselstegn eller < >
config-link-class-hint = skriv et eller flere klassenavne adskilt af mellemrum, fx "ekstern"

## Search index
search-lang = søgeindekset kan ikke laves for sproget `{ $lang }` (elasticlunr kender det ikke); brug index_format = "fuse_json" under [search]

## Shortcode text
sc-args-text-hint = kaldet vises som tekst på siden (som i Zola); skriv værdierne som navn=værdi med komma imellem og tekst i anførselstegn, der ikke står inde i teksten: {"{{"} youtube(id="dQw4w9WgXcQ") {"}}"}

## Ignore globs
config-glob = { $key } har et mønster, der ikke kan læses: { $why }
config-glob-hint = skriv mønstre som "*.xlsx" eller "kladder/**"

## SVG
img-svg-size = SVG-billedets størrelse kan ikke læses: { $why }
img-svg-size-hint = giv <svg> attributterne width og height eller en viewBox
img-svg-no-size = der er hverken width/height eller viewBox

## Anchors in internal links
md-anchor-missing = linket peger på `#{ $anchor }` på siden `@/{ $target }`, men den side har ingen overskrift eller id med det navn
md-anchor-missing-hint = ret navnet efter # (overskriftens id står i sidens indholdsfortegnelse), eller fjern det; med [link_checker] internal_level = "warn" er det kun en advarsel

## A producer's own captions (undertekster in [video])
sub-empty = filen med undertekster har ingen tekster
sub-empty-hint = gem underteksterne fra jeres undertekstprogram som .srt eller .vtt, og tjek, at filen ikke er tom
sub-no-timing = her skulle der stå en tidskode for en undertekst
sub-no-timing-hint = hver undertekst begynder med et nummer (kan udelades), så en linje med start --> slut, så teksten og en tom linje
sub-timing = tidskoden «{ $found }» kan ikke læses
sub-timing-expected = fx 00:00:01,000 --> 00:00:04,000 (SRT) eller 00:00:01.000 --> 00:00:04.000 (WebVTT)
sub-timing-hint = skriv tiden som timer:minutter:sekunder,millisekunder (tre cifre efter kommaet)
sub-order = underteksten slutter ({ $end }), før den begynder ({ $start })
sub-order-expected = en sluttid efter starttiden
sub-order-hint = ret sluttiden, eller byt om på de to tider
sub-no-text = tidskoden har ingen tekst under sig
sub-no-text-expected = en eller to linjer tekst under tidskoden
sub-no-text-hint = skriv det, der bliver sagt, under tidskoden, eller slet tidskoden
sub-overlap = underteksten begynder ({ $start }), før den forrige slutter ({ $end })
sub-overlap-hint = lad hver undertekst begynde, når den forrige er slut, så der kun står én ad gangen
sub-lines = underteksten fylder { $n } linjer; der må højst være { $max }
sub-lines-hint = del underteksten i to med hver sin tidskode
sub-line-long = linjen har { $n } tegn; der må højst være { $max }: «{ $line }»
sub-line-long-hint = del linjen i to linjer (mellem to ord), eller del underteksten i to
sub-short = underteksten står kun { $secs } sekunder; den skal stå mindst 1 sekund
sub-short-hint = giv underteksten længere tid, eller læg den sammen med den næste
sub-long = underteksten står { $secs } sekunder; den må højst stå 7 sekunder
sub-long-hint = del underteksten i to, eller lad den slutte, når taleren holder pause
sub-fast = underteksten skal læses med { $cps } tegn i sekundet; højst { $max } kan læses
sub-fast-hint = giv underteksten længere tid, eller gør teksten kortere
sub-missing = ord fra talepindene mangler i underteksterne: «{ $words }»
sub-added = ord i underteksterne står ikke i talepindene: «{ $words }»
sub-changed = underteksterne siger «{ $found }», hvor talepindene siger «{ $expected }»
sub-more = { $n } forskelle mere mellem underteksterne og talepindene
sub-words-hint = siden viser talepindene som det, der bliver sagt i videoen: ret underteksterne, så de passer til videoen, og talepindene, hvis det er dem, der ikke passer
dj-what-captions = underteksterne
dj-formats-captions = en SRT- eller WebVTT-fil
dj-convert-captions = gem underteksterne som .srt eller .vtt (i fx Subtitle Edit: Filer › Gem som)
dj-captions-no-video = der er undertekster (undertekster), men endnu ingen video
dj-captions-no-video-hint = tilføj videoen (fil eller url) i [video]; underteksterne bruges, når den er der

## Phases ([[extra.vilde.faser]])
phase-earlier-heading = { $title } ({ $month })
phase-earlier-heading-plain = { $title }
phase-deadlines-outside = fristerne står både i [[extra.vilde.deadlines]] og i faserne
phase-deadlines-outside-expected = fristerne under den fase, de hører til: [[extra.vilde.faser.deadlines]]
phase-deadlines-outside-hint = flyt hver [[extra.vilde.deadlines]] ind under sin fase som [[extra.vilde.faser.deadlines]] lige efter fasens [[extra.vilde.faser]]
phase-later-piece = fasen `{ $phase }` har delen `{ $piece }`, men kun den første fase kan have slides og drejebog
phase-later-piece-expected = pieces = ["tekst"] i en senere fase
phase-later-piece-hint = vilde kan endnu ikke vise slides eller video for en senere fase; skriv dem i den første fase (den med lavest order), eller fjern delen
phase-bad-name = fasens navn `{ $name }` kan ikke bruges
phase-bad-name-expected = små bogstaver a–z, tal og bindestreg, f.eks. "mission" (ikke "tekst", "slides", "drejebog" eller "index")
phase-bad-name-hint = navnet bruges i godkendelse.toml ([[mission.tekst]]) og som filnavn (mission.md); æ, ø og å skrives ae, oe og aa
phase-twice = fasen `{ $name }` står to gange
phase-twice-found = også i linje { $line }
phase-twice-hint = giv hver fase sit eget navn, eller slet den ene
phase-order-twice = faserne `{ $a }` og `{ $b }` har samme order ({ $order })
phase-order-twice-expected = et tal, som ingen anden fase har
phase-order-twice-hint = order bestemmer rækkefølgen: giv den første fase 1, den næste 2 og så videre
phase-piece = ukendt del `{ $piece }` i fasen `{ $phase }`
phase-piece-expected = "tekst", "slides" eller "drejebog"
phase-piece-hint = skriv de dele, rådmandskredsen godkender i fasen, f.eks. pieces = ["tekst"]
phase-deadline-piece = fristen `{ $name }` i fasen `{ $phase }` nævner delen `{ $piece }`, som fasen ikke har
phase-deadline-piece-expected = en af fasens dele: { $pieces } (eller "video", hvis fasen har en drejebog)
phase-deadline-piece-hint = ret delen i fristen, eller tilføj den til fasens pieces
phase-deadline-early = fristen `{ $name }` ligger før fasen `{ $phase }` begynder
phase-deadline-early-expected = en dato fra { $start } og frem
phase-deadline-early-hint = ret fristens dato eller fasens start

## Phases in godkendelse.toml and vilde approve
rec-before-phase = `{ $piece }` har en beslutning ({ $status }) fra før fasen { $phase } begyndte
rec-before-phase-expected = en dato fra { $start } og frem (dato = { $iso } eller senere)
rec-before-phase-hint = ret datoen, eller ret fasens start i config.toml ([[extra.vilde.faser]] start), hvis den er forkert
rec-unknown-phase = `{ $name }` er hverken en del eller en senere fase
rec-unknown-phase-expected = en del (tekst, slides, drejebog) eller en senere fase: { $list }
rec-unknown-phase-hint = ret navnet, så det svarer til en fase i config.toml ([[extra.vilde.faser]] name), eller tilføj fasen dér
rec-first-phase-hint = `{ $name }` er den første fase: dens beslutninger står øverst i filen som [[tekst]], [[slides]] og [[drejebog]] uden fasens navn
rec-piece-not-in-phase = fasen { $phase } har ikke delen `{ $piece }`
rec-piece-not-in-phase-hint = skriv beslutningen under en del, fasen har, eller tilføj delen til fasens pieces i config.toml
ap-phase-not-started = fasen { $phase } begynder først { $start }
ap-phase-not-started-hint = vent til fasen er begyndt, giv beslutningens dato med --date, eller ret fasens start i config.toml
phase-text-empty = teksten er tom
phase-text-empty-hint = skriv fasens tekst i filen, eller slet filen, indtil teksten er klar

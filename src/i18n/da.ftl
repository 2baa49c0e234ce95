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
output-io-folder = en mappe kunne ikke oprettes: { $why }
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
slides-template-missing-expected = filen { $file } (angivet med slide_template under [vilde] i config.toml)
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
config-unknown-hint = tjek stavemåden; indstillinger, der kun gælder dette websted, hører til under [extra] eller [vilde]
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
deadlines-order-hint = skriv [[vilde.deadlines]] fra den tidligste til den seneste dato
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

use super::*;

fn cfg() -> KlarsprogConfig {
    KlarsprogConfig::default()
}

fn jargon() -> Jargon {
    Jargon::parse("[ord]\nsegregering = \"opdeling\"\n\"socioøkonomisk\" = \"økonomisk og social\"\nimplementere = \"gennemføre\"\nmegatrend = \"stor udvikling\"\n").unwrap()
}

fn kinds(text: &str) -> Vec<(Kind, String)> {
    analyze(&[text], &cfg(), &jargon(), 40.0)
        .into_iter()
        .map(|f| (f.kind, f.text))
        .collect()
}

fn words_of(text: &str, kind: Kind) -> Vec<String> {
    kinds(text)
        .into_iter()
        .filter(|(k, _)| *k == kind)
        .map(|(_, t)| t)
        .collect()
}

#[test]
fn passive_forms_are_found_and_near_misses_are_not() {
    let text = "Planen skal implementeres i år. Boligerne bliver bygget langsomt. \
                Sagen blev straks vedtaget. Opgaverne prioriteres forskelligt. \
                Deres hus findes i Aarhus. Vi synes, at processen er god. Det bliver stort. \
                Hendes proces tog tid.";
    assert_eq!(
        words_of(text, Kind::Passive),
        ["implementeres", "bygget", "vedtaget", "prioriteres"]
    );
}

#[test]
fn long_sentences_count_words_and_long_words_leave_names_alone() {
    let long =
        "Det er en sætning med mange ord, som bliver ved og ved og ved, fordi den skal vise, \
                hvordan en alt for lang sætning ser ud for læseren her.";
    assert_eq!(words_of(long, Kind::LongSentence).len(), 1);
    assert!(words_of("En kort sætning.", Kind::LongSentence).is_empty());
    // 19 letters: long. A long name inside a sentence: not pointed at.
    assert_eq!(
        words_of(
            "Befolkningstilvæksten er stor. Vi bor i Frederikssundsvejkvarteret.",
            Kind::LongWord
        ),
        ["Befolkningstilvæksten"]
    );
}

#[test]
fn piled_up_nominalisations_in_one_sentence() {
    let hit = "Udviklingen af segregeringen skaber en forandring i befolkningssammensætningen og sammenhængskraften.";
    let f = analyze(&[hit], &cfg(), &Jargon::default(), 40.0);
    let n: Vec<&Finding> = f
        .iter()
        .filter(|f| f.kind == Kind::Nominalisations)
        .collect();
    assert_eq!(n.len(), 1, "{f:?}");
    assert!(n[0].note.contains("Udviklingen"), "{}", n[0].note);
    // "ting" and "ring" are short words, not nominalisations.
    assert!(words_of("En ting og en ring og en konge.", Kind::Nominalisations).is_empty());
}

#[test]
fn jargon_in_its_forms_with_the_plainer_word() {
    let f = analyze(
        &["Segregeringen er en megatrend. Socioøkonomiske forskelle vokser."],
        &cfg(),
        &jargon(),
        40.0,
    );
    let j: Vec<(&str, &str)> = f
        .iter()
        .filter(|f| f.kind == Kind::Jargon)
        .map(|f| (f.text.as_str(), f.note.as_str()))
        .collect();
    assert_eq!(j.len(), 3, "{j:?}");
    assert_eq!(j[0].0, "Segregeringen");
    assert!(j[0].1.contains("opdeling"), "{}", j[0].1);
    assert_eq!(j[2].0, "Socioøkonomiske");
    assert!(words_of("Økonomien er god.", Kind::Jargon).is_empty());
}

#[test]
fn hard_paragraphs_by_their_own_lix_and_rules_can_be_turned_off() {
    let hard = "Befolkningstilvæksten medfører komplicerede udfordringer vedrørende boligforsyningen. \
                Kommunalbestyrelsens prioriteringer kræver omfattende koordinering mellem forvaltningerne. \
                Investeringsbeslutninger afhænger imidlertid af statslige finansieringsmuligheder. \
                Samarbejdsrelationerne udvikles kontinuerligt gennem strategiske partnerskaber.";
    assert_eq!(words_of(hard, Kind::HardParagraph).len(), 1);
    let off = KlarsprogConfig {
        aktiv: false,
        ..cfg()
    };
    assert!(analyze(&[hard], &off, &jargon(), 40.0).is_empty());
    let no_words = KlarsprogConfig {
        lange_ord: 0,
        afsnit_lix: false,
        ..cfg()
    };
    assert!(analyze(&[hard], &no_words, &jargon(), 40.0)
        .iter()
        .all(|f| f.kind != Kind::LongWord && f.kind != Kind::HardParagraph));
}

#[test]
fn blocks_remember_where_their_text_is() {
    let body = "## Middelklassen\n\nFor det første *skal* det implementeres.\nNy linje.\n\n```\nkode implementeres\n```\n";
    let blocks = markdown_blocks(body);
    assert_eq!(blocks.len(), 2);
    assert_eq!(
        blocks[1].text,
        "For det første skal det implementeres. Ny linje."
    );
    let pos = blocks[1].text.find("implementeres").unwrap();
    assert_eq!(&body[blocks[1].source_of(pos)..][..13], "implementeres");
}

#[test]
fn marks_in_html_are_focusable_and_described() {
    let body = "Planen skal implementeres i år.\n";
    let blocks = markdown_blocks(body);
    let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
    let f = analyze(&texts, &cfg(), &jargon(), 40.0);
    let (html, ids) = annotate("<p>Planen skal implementeres i år.</p>\n", &blocks, &f);
    assert_eq!(ids.values().collect::<Vec<_>>(), ["ks-1", "ks-1"]);
    // A passive form that is also on the word list: one mark, both notes.
    assert_eq!(f.len(), 2, "{f:?}");
    assert!(html.contains("<mark class=\"ks ks--passive ks--jargon\" id=\"ks-1\" tabindex=\"0\" aria-describedby=\"ks-1-note\">implementeres<span class=\"ks__note\" id=\"ks-1-note\" role=\"tooltip\">Passive form: say who does it; Jargon: plainer: gennemføre</span></mark>"), "{html}");
    assert_eq!(html.matches("</mark>").count(), 1);
}

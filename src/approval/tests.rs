use super::*;
use crate::diag::Diagnostic;

const PATH: &str = "content/blandede-bydele/godkendelse.toml";
const HASH_A: &str = "sha256:0000000000000000000000000000000000000000000000000000000000000000";

fn p() -> &'static Path {
    Path::new(PATH)
}

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn errs(src: &str) -> Vec<Diagnostic> {
    Approvals::parse(p(), src).expect_err("should fail")
}

#[test]
fn no_decisions_are_drafts() {
    let a = Approvals::parse(p(), "# nothing yet\n").unwrap();
    assert_eq!(a.tekst.status(), Status::Udkast);
    assert!(a.slides.approval().is_none());
    assert_eq!(a.slug(), "blandede-bydele");
    assert_eq!(
        a.piece_path(Piece::Slides),
        Path::new("content/blandede-bydele/slides.md")
    );
}

#[test]
fn a_history_of_decisions_the_latest_counts() {
    let src = format!(
        "[[tekst]]\nstatus = \"til-godkendelse\"\ndato = 2023-02-20\n\n\
         [[tekst]]\nstatus = \"afvist\"\ndato = 2023-02-20\nbesluttet_af = \"Rådmandskredsen\"\nbemaerkninger = \"Mere læsevenligt.\"\n\n\
         [[tekst]]\nstatus = \"godkendt\"\ndato = 2023-02-27\nbesluttet_af = \"Rådmandskredsen\"\nhash = \"{HASH_A}\"\ntrods_fejl = true\n"
    );
    let a = Approvals::parse(p(), &src).unwrap();
    assert!(!a.legacy);
    let h = &a.tekst;
    assert_eq!(h.decisions.len(), 3);
    assert_eq!(h.status(), Status::Godkendt);
    assert_eq!(h.decisions[1].remarks.as_deref(), Some("Mere læsevenligt."));
    assert_eq!(h.decisions[1].line, 5);
    let ap = h.approval().unwrap();
    assert_eq!(
        (ap.date, ap.despite_errors, ap.hash.as_deref()),
        (d("2023-02-27"), true, Some(HASH_A))
    );
}

#[test]
fn the_older_format_loads_as_the_decisions_it_describes() {
    let src = "# noter\n[tekst]\nstatus = \"afvist\"\nindsendt = 2023-02-20\nbesluttet_af = \"R\"\ndato = 2023-02-21\nbemaerkninger = \"Nej.\"\n";
    let a = Approvals::parse(p(), src).unwrap();
    assert!(a.legacy);
    let st: Vec<Status> = a.tekst.decisions.iter().map(|x| x.status).collect();
    assert_eq!(st, [Status::TilGodkendelse, Status::Afvist]);
    assert_eq!(a.tekst.decisions[1].remarks.as_deref(), Some("Nej."));
    // The first new decision rewrites it, keeping every decision and the notes.
    let new = Decision {
        status: Status::Godkendt,
        date: d("2023-02-27"),
        by: Some("R".into()),
        remarks: None,
        hash: Some(HASH_A.into()),
        despite_errors: false,
        line: 0,
    };
    let text = record::append(src, &a, &PieceId::first(Piece::Tekst), &new);
    let b = Approvals::parse(p(), &text).unwrap();
    assert!(!b.legacy, "{text}");
    let st: Vec<Status> = b.tekst.decisions.iter().map(|x| x.status).collect();
    assert_eq!(
        st,
        [Status::TilGodkendelse, Status::Afvist, Status::Godkendt]
    );
    assert_eq!(b.tekst.decisions[1].remarks.as_deref(), Some("Nej."));
    assert!(b.tekst.decisions[2].remarks.is_none());
    assert!(text.contains("# noter"));
    // A later decision is appended: what was there stays byte for byte.
    let again = record::append(&text, &b, &PieceId::first(Piece::Slides), &new);
    assert!(again.starts_with(&text));
}

#[test]
fn an_unknown_status_word_lists_the_allowed() {
    let e = errs("[[tekst]]\nstatus = \"Godkendt\"\ndato = 2023-02-27\n");
    assert_eq!((e[0].line, e[0].col), (2, 10));
    assert!(
        e[0].hint
            .as_deref()
            .unwrap()
            .contains("status = \"godkendt\""),
        "{e:?}"
    );
    let e = errs("[[tekst]]\nstatus = \"ok\"\ndato = 2023-02-27\n");
    assert!(e[0]
        .expected
        .as_deref()
        .unwrap()
        .contains("til-godkendelse"));
}

#[test]
fn a_decision_needs_a_date_and_who_made_it() {
    let e = errs("[[slides]]\nstatus = \"afvist\"\n");
    let msgs: Vec<&str> = e.iter().map(|x| x.message.as_str()).collect();
    assert!(
        msgs.contains(&"the decision \"afvist\" on slides has no date"),
        "{msgs:?}"
    );
    assert!(
        msgs.contains(&"the decision \"afvist\" on slides does not say who decided"),
        "{msgs:?}"
    );
    assert!(e.iter().all(|x| x.line == 1));
    let e = errs("[[tekst]]\nstatus = \"godkendt\"\ndato = 2023-02-27\nbesluttet_af = \"R\"\n");
    assert_eq!(e[0].message, "the approval of tekst has no hash");
    assert!(e[0]
        .hint
        .as_deref()
        .unwrap()
        .contains("vilde approve blandede-bydele tekst --by"));
}

#[test]
fn two_decisions_on_one_day_and_dates_out_of_order() {
    let e = errs(&format!(
        "[[tekst]]\nstatus = \"afvist\"\ndato = 2023-02-27\nbesluttet_af = \"R\"\n\n\
         [[tekst]]\nstatus = \"godkendt\"\ndato = 2023-02-27\nbesluttet_af = \"R\"\nhash = \"{HASH_A}\"\n"
    ));
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].message, "tekst was decided twice on 27. februar 2023");
    assert_eq!(e[0].line, 6);
    let e = errs("[[tekst]]\nstatus = \"til-godkendelse\"\ndato = 2023-03-01\n\n[[tekst]]\nstatus = \"til-godkendelse\"\ndato = 2023-02-01\n");
    assert_eq!(
        e[0].message,
        "the decisions on tekst are not in the order they were made"
    );
    assert_eq!(e[0].line, 5);
}

#[test]
fn unknown_keys_pieces_and_shapes_are_reported() {
    let e = errs("[[tekst]]\nstatus = \"til-godkendelse\"\ndato = 2023-02-20\n\"bemærkninger\" = \"x\"\n\n[[video]]\nstatus = \"afvist\"\n");
    let msgs: Vec<String> = e.iter().map(|x| x.message.clone()).collect();
    assert!(
        msgs.iter()
            .any(|m| m.contains("unknown key `bemærkninger`")),
        "{msgs:?}"
    );
    assert!(e
        .iter()
        .any(|x| x.hint.as_deref() == Some("write it as `bemaerkninger` (æ as ae)")));
    assert!(
        msgs.iter().any(|m| m == "`video` is not a piece"),
        "{msgs:?}"
    );
    let e = errs("tekst = \"godkendt\"\n");
    assert_eq!(e[0].message, "`tekst` must be a table");
    let e = errs("[[tekst]]\nstatus = \"godkendt\"\ndato = 2023-02-27\nbesluttet_af = \"R\"\nhash = \"abc\"\n");
    assert!(e[0].message.contains("not a fingerprint"));
}

#[test]
fn odd_input_never_panics() {
    for src in [
        "",
        "[",
        "[[tekst]]",
        "[[tekst]]\n[[tekst]]\n",
        "tekst = []",
        "tekst = [1, 2]",
        "[[tekst]]\nstatus = 1\ndato = \"x\"\n",
        "[tekst]\n",
        "[tekst]\nstatus = \"udkast\"\nfoo = 1\n",
        "\u{feff}[[tekst]]\r\nstatus = \"til-godkendelse\"\r\ndato = 2023-02-20\r\n",
    ] {
        let _ = Approvals::parse(p(), src);
    }
}

#[test]
fn status_serializes_for_templates() {
    let v = serde_json::to_value(Status::TilGodkendelse).unwrap();
    assert_eq!(
        v,
        serde_json::json!({"slug": "til-godkendelse", "label": "Til godkendelse"})
    );
}

#[test]
fn version_files_are_named_by_piece_and_hash() {
    assert_eq!(
        version_file(Piece::Tekst, HASH_A),
        Path::new(".godkendt/tekst-0000000000000000.txt")
    );
}

/// The default site's phases: problemforståelse (three pieces), then mission
/// (tekst, from 9 March 2023).
fn two_phases() -> Vec<crate::phases::Phase> {
    let src = "[[faser]]\nname = \"problemforstaaelse\"\ntitle = \"Problemforståelse\"\norder = 1\npieces = [\"tekst\", \"slides\", \"drejebog\"]\n[[faser]]\nname = \"mission\"\ntitle = \"Mission\"\norder = 2\nstart = 2023-03-09\npieces = [\"tekst\"]\n";
    #[derive(serde::Deserialize)]
    struct T {
        faser: Vec<crate::phases::Phase>,
    }
    let t: T = toml::from_str(src).unwrap();
    crate::phases::complete(Path::new("config.toml"), src, t.faser, &[]).unwrap()
}

#[test]
fn a_later_phase_has_its_own_history_and_is_appended_under_its_name() {
    let phases = two_phases();
    let src = format!(
        "[[tekst]]\nstatus = \"godkendt\"\ndato = 2023-03-01\nbesluttet_af = \"R\"\nhash = \"{HASH_A}\"\n\n[[mission.tekst]]\nstatus = \"til-godkendelse\"\ndato = 2023-06-01\n"
    );
    let a = Approvals::parse_in(p(), &src, &phases).unwrap();
    let mission = PieceId::later("mission", Piece::Tekst);
    assert_eq!(a.history(&mission).status(), Status::TilGodkendelse);
    assert_eq!(a.tekst.status(), Status::Godkendt);
    let new = Decision {
        status: Status::Godkendt,
        date: d("2023-06-20"),
        by: Some("Rådmandskredsen".into()),
        remarks: None,
        hash: Some(HASH_A.into()),
        despite_errors: false,
        line: 0,
    };
    let text = record::append(&src, &a, &mission, &new);
    assert!(text.ends_with(&format!("[[mission.tekst]]\nstatus = \"godkendt\"\ndato = 2023-06-20\nbesluttet_af = \"Rådmandskredsen\"\nhash = \"{HASH_A}\"\n")), "{text}");
    let b = Approvals::parse_in(p(), &text, &phases).unwrap();
    assert_eq!(b.history(&mission).status(), Status::Godkendt);
    assert_eq!(b.history(&mission).decisions.len(), 2);
    assert_eq!(
        version_file_of(&mission, HASH_A),
        Path::new(".godkendt/mission-tekst-0000000000000000.txt")
    );
}

#[test]
fn phases_and_pieces_not_in_config_and_decisions_before_a_phase_are_located() {
    let phases = two_phases();
    let e = Approvals::parse_in(
        p(),
        "[[visjon.tekst]]\nstatus = \"til-godkendelse\"\ndato = 2023-06-01\n",
        &phases,
    )
    .unwrap_err();
    assert_eq!((e[0].line, e[0].col), (1, 3), "{}", e[0]);
    assert!(
        e[0].expected.as_deref().unwrap_or("").contains("`mission`"),
        "{}",
        e[0]
    );
    let e = Approvals::parse_in(
        p(),
        "[[mission.slides]]\nstatus = \"til-godkendelse\"\ndato = 2023-06-01\n",
        &phases,
    )
    .unwrap_err();
    assert!(e[0].message.contains("slides"), "{}", e[0]);
    let e = Approvals::parse_in(
        p(),
        "\n[[mission.tekst]]\nstatus = \"til-godkendelse\"\ndato = 2023-03-01\n",
        &phases,
    )
    .unwrap_err();
    // At the decision's `dato` line.
    assert_eq!(e[0].line, 4, "{}", e[0]);
    assert!(e[0].message.contains("Mission"), "{}", e[0]);
    let e = Approvals::parse_in(
        p(),
        "[[problemforstaaelse.tekst]]\nstatus = \"til-godkendelse\"\ndato = 2023-03-01\n",
        &phases,
    )
    .unwrap_err();
    assert!(
        e[0].hint.as_deref().unwrap_or("").contains("[[tekst]]"),
        "{}",
        e[0]
    );
    // A site with one phase keeps the old message for a misspelt piece.
    let e = Approvals::parse(p(), "[tekts]\nstatus = \"udkast\"\n").unwrap_err();
    assert!(e[0].message.contains("tekts"), "{}", e[0]);
}

//! Tests for the drejebog module: the default site's file, every bad input from
//! issue 4, the estimate, the captions (against a strict WebVTT validator) and the
//! template views.

use std::path::Path;

use super::vtt::tests::validate_vtt;
use super::*;
use crate::diag::{Diagnostic, Severity};

const DEFAULT: &str = include_str!("../../content/blandede-bydele-og-integration/drejebog.toml");
const P: &str = "content/x/drejebog.toml";

fn parse(src: &str) -> Drejebog {
    match Drejebog::parse(Path::new(P), src) {
        Ok(d) => d,
        Err(e) => panic!("did not parse: {e:?}"),
    }
}

fn parse_err(src: &str) -> Diagnostic {
    let mut e = Drejebog::parse(Path::new(P), src).expect_err("should not parse");
    assert_eq!(e.len(), 1, "{e:?}");
    e.remove(0)
}

/// Check with the given files present in the folder.
fn check_with(src: &str, files: &[&str], approved: bool) -> Vec<Diagnostic> {
    let d = parse(src);
    check(
        &d,
        &VideoConfig::default(),
        |f| files.contains(&f),
        Path::new(P),
        src,
        approved,
    )
}

/// (severity, line, message) of each diagnostic.
fn summary(ds: &[Diagnostic]) -> Vec<(Severity, usize, String)> {
    ds.iter()
        .map(|d| (d.severity, d.line, d.message.clone()))
        .collect()
}

/// A scene of `n` words (enough scenes of these keep the estimate within 2–3 min).
fn words(n: usize) -> String {
    vec!["ord"; n].join(" ")
}

/// A drejebog of two scenes whose talepinde take 2:30 to say (325 words at 130/min
/// = 150 s, minus one pause 1.5 s: 323 words → 149.1 s + 1.5 s).
fn ok_scenes() -> String {
    format!(
        "[[scene]]\nbillede = \"A\"\ntalepinde = [\"{}\"]\n\n[[scene]]\nbillede = \"B\"\ntalepinde = [\"{}\"]\n",
        words(160),
        words(163)
    )
}

// ---------------------------------------------------------------------------
// The default site's drejebog

#[test]
fn default_drejebog_holds_the_seed() {
    let d = parse(DEFAULT);
    let sp = d.speaker.as_ref().expect("speaker");
    assert_eq!(sp.name, "Steffen Tornbjerg");
    assert_eq!(sp.title, "Projektleder, Organisation og Ledelse");
    let dates: Vec<String> = d
        .timeline
        .iter()
        .map(|t| format!("{} {:?}", t.date, t.until.map(|u| u.to_string())))
        .collect();
    assert_eq!(
        dates,
        [
            "2023-02-20 None",
            "2023-02-21 None",
            "2023-02-22 None",
            "2023-02-24 Some(\"2023-02-28\")"
        ]
    );
    assert!(d.timeline[3].activity.ends_with(
        "Borgmesterens Afdeling sender materiale ud til byrådet, hvori videoen indgår."
    ));
    assert!(d
        .location
        .as_deref()
        .unwrap_or("")
        .starts_with("For at skabe en variation"));
    assert!(d.sound.as_deref().unwrap_or("").contains("Pixabay"));
    assert!(!d.video.exists());
    assert_eq!(d.video, Video::default());
    let counts: Vec<usize> = d.scenes.iter().map(|s| s.lines.len()).collect();
    assert_eq!(counts, [2, 6, 5, 9, 5]);
    assert_eq!(
        d.scenes[0].lines[0],
        "Nogen kalder det her vilde problem et generationstyveri"
    );
    assert_eq!(
        d.scenes[1].lines[5],
        "Og dette fænomen opererer på flere niveauer."
    );
    assert!(d.scenes[2]
        .picture
        .ends_with("at vi dykker ned i de to niveauer"));
    assert_eq!(d.scenes[2].lines[0], "For det første på et makroniveau");
    assert!(d.scenes[3].picture.ends_with("at vi tager et andet niveau"));
    assert_eq!(
        d.scenes[3].lines[0],
        "For det andet opererer segregeringen også på et mikroniveau."
    );
    assert!(d.scenes[4]
        .picture
        .starts_with("Tilbage til det samme billede"));
    assert_eq!(
        d.scenes[4].lines[4],
        "Derfor er det her et vildt problem, som vi ikke kan lave hurtige løsninger til"
    );
    // No line-end hyphenation, page footers or letterhead left in the text.
    for s in &d.scenes {
        for l in s.lines.iter().chain([&s.picture]) {
            assert!(
                !l.contains("- ") && !l.contains("Bilag") && !l.contains("Aarhus C"),
                "{l}"
            );
        }
    }
}

#[test]
fn default_drejebog_is_too_long_to_say_a_warning_until_approved() {
    let p = Path::new(P);
    let d = parse(DEFAULT);
    let cfg = VideoConfig::default();
    let w = check(&d, &cfg, |_| false, p, DEFAULT, false);
    assert_eq!(
        summary(&w),
        [(
            Severity::Warning,
            0,
            "the talepinde take about 3:30 to say, outside 2:00–3:00".to_string()
        )]
    );
    assert_eq!(
        w[0].found.as_deref(),
        Some("442 words at 130 words a minute, plus 1.5 seconds at each of 4 scene changes")
    );
    assert_eq!(
        w[0].hint.as_deref(),
        Some("shorten the talepinde or leave out a scene.")
    );
    let e = check(&d, &cfg, |_| false, p, DEFAULT, true);
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].severity, Severity::Error);
    assert_eq!(
        e[0].hint.as_deref(),
        Some("shorten the talepinde or leave out a scene. The drejebog is marked approved, so this stops the build.")
    );
}

#[test]
fn default_drejebog_estimate() {
    let s = estimate(&parse(DEFAULT), &VideoConfig::default());
    let per: Vec<(usize, f64, String)> = s
        .scenes
        .iter()
        .map(|e| (e.words, e.seconds, e.formatted.clone()))
        .collect();
    assert_eq!(
        per,
        [
            (16, 8.9, "0:09".to_string()),
            (91, 43.5, "0:44".to_string()),
            (104, 49.5, "0:50".to_string()),
            (147, 69.3, "1:09".to_string()),
            (84, 38.8, "0:39".to_string()),
        ]
    );
    assert_eq!(
        (s.words, s.seconds, s.formatted.as_str()),
        (442, 210.0, "3:30")
    );
    assert!(!s.within_bounds);
    assert_eq!(s.bounds, "2:00–3:00");
}

#[test]
fn default_drejebog_captions_are_valid_and_lose_no_word() {
    let d = parse(DEFAULT);
    let vtt = captions(&d, &VideoConfig::default());
    assert_eq!(validate_vtt(&vtt), Ok(49));
    assert!(vtt.starts_with(
        "WEBVTT\n\n00:00:00.000 --> 00:00:04.275\nNogen kalder det her vilde\nproblem et generationstyveri\n\n"
    ));
    assert!(vtt.ends_with(
        "00:03:23.940 --> 00:03:30.000\nDerfor er det her et vildt problem,\nsom vi ikke kan lave hurtige løsninger til\n"
    ));
    // Scene 2 starts after scene 1's speech (7.385 s) and the 1.5 s pause.
    assert!(vtt.contains("\n\n00:00:08.885 --> "));
    let said: Vec<&str> = d
        .scenes
        .iter()
        .flat_map(|s| s.lines.iter())
        .flat_map(|l| l.split_whitespace())
        .collect();
    let shown: Vec<String> = cues(&d, &VideoConfig::default())
        .into_iter()
        .flat_map(|c| c.lines)
        .collect();
    assert_eq!(shown.join(" ").split_whitespace().collect::<Vec<_>>(), said);
}

// ---------------------------------------------------------------------------
// Bad input: the file itself

#[test]
fn missing_file() {
    let dir = std::env::temp_dir().join(format!("drejebog-missing-{}", std::process::id()));
    let e = Drejebog::from_file(&dir.join("drejebog.toml"), Path::new(P)).expect_err("missing");
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].message, "the drejebog file is missing");
    assert_eq!(e[0].line, 0);
    assert_eq!(e[0].path, Path::new(P));
}

#[test]
fn from_file_reads_and_parses() {
    let dir = std::env::temp_dir().join(format!("drejebog-read-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let f = dir.join("drejebog.toml");
    std::fs::write(&f, "lokation = \"Dokk1\"\n").expect("write");
    let (d, src) = Drejebog::from_file(&f, Path::new(P)).expect("reads");
    assert_eq!(d.location.as_deref(), Some("Dokk1"));
    assert_eq!(src, "lokation = \"Dokk1\"\n");
    std::fs::write(&f, "lokation = \n").expect("write");
    let e = Drejebog::from_file(&f, Path::new(P)).expect_err("bad toml");
    assert_eq!((e[0].line, e[0].col), (1, 12));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn malformed_toml_has_line_and_column() {
    let e = parse_err("lokation = \"Dokk1\"\n\n[[scene]]\nbillede = \"Byrum\ntalepinde = []\n");
    assert!(
        e.message.starts_with("this TOML could not be read: "),
        "{}",
        e.message
    );
    assert_eq!((e.line, e.col), (4, 17));
    assert_eq!(e.severity, Severity::Error);
}

#[test]
fn unknown_key_lists_the_allowed_ones() {
    let e = parse_err("lokaton = \"Dokk1\"\n");
    assert_eq!(e.message, "unknown key `lokaton`");
    assert_eq!(
        e.expected.as_deref(),
        Some("one of: lokation, lyd, [taler], [[tidsplan]], [video], [[scene]]")
    );
    assert_eq!((e.line, e.col), (1, 1));

    let e = parse_err("[[scene]]\nbillede = \"A\"\ntalepind = [\"x\"]\n");
    assert_eq!(e.message, "unknown key `talepind`");
    assert_eq!(
        e.expected.as_deref(),
        Some("one of: billede, note, talepinde, start")
    );
    assert_eq!((e.line, e.col), (3, 1));

    let e = parse_err("[video]\nfile = \"v.mp4\"\n");
    assert_eq!(e.message, "unknown key `file`");
    assert_eq!(
        e.expected.as_deref(),
        Some("one of: fil, url, plakat, varighed, undertekster")
    );
    assert_eq!(e.line, 2);

    let e = parse_err("[taler]\nnavn = \"A\"\ntitel = \"B\"\nemail = \"c\"\n");
    assert_eq!(e.expected.as_deref(), Some("one of: navn, titel"));
    assert_eq!(e.line, 4);
}

#[test]
fn wrong_kind_of_value() {
    let e = parse_err("[[scene]]\nbillede = \"A\"\ntalepinde = \"Hej\"\n");
    assert_eq!(e.message, "this value has the wrong kind");
    assert_eq!(
        e.expected.as_deref(),
        Some("a list in square brackets, e.g. talepinde = [\"Første linje\", \"Anden linje\"]")
    );
    assert_eq!(e.found.as_deref(), Some("string \"Hej\""));
    assert_eq!((e.line, e.col), (3, 13));

    let e = parse_err("[video]\nvarighed = 155\n");
    assert_eq!(e.expected.as_deref(), Some("text in quotes, e.g. \"2:35\""));
    assert_eq!((e.line, e.col), (2, 12));
}

#[test]
fn missing_required_key_and_bad_date() {
    let e = parse_err("[[tidsplan]]\naktivitet = \"Optagelse\"\n");
    assert_eq!(e.message, "the key `dato` is missing");
    assert_eq!(
        e.hint.as_deref(),
        Some("write the date as dato = 2023-02-20")
    );
    assert_eq!(e.line, 1);

    let e = parse_err("[[tidsplan]]\ndato = \"22. februar\"\naktivitet = \"x\"\n");
    assert!(e.message.contains("is not a date"), "{}", e.message);
    assert_eq!(e.line, 2);
}

#[test]
fn byte_order_mark_keeps_lines_right() {
    let src = format!("\u{feff}{}[[scene]]\nbillede = \"C\"\n", ok_scenes());
    let d = check_with(&src, &[], false);
    assert_eq!(
        summary(&d),
        [(Severity::Error, 8, "scene 3 has no talepinde".to_string())]
    );
    assert_eq!(d[0].col, 1);
}

// ---------------------------------------------------------------------------
// Bad input: scenes

#[test]
fn a_valid_drejebog_has_no_diagnostics() {
    assert_eq!(summary(&check_with(&ok_scenes(), &[], true)), []);
}

#[test]
fn scene_without_talepinde() {
    let src = format!(
        "{}\n[[scene]]\nbillede = \"C\"\n\n[[scene]]\nbillede = \"D\"\ntalepinde = []\n",
        ok_scenes()
    );
    let d = check_with(&src, &[], false);
    assert_eq!(
        summary(&d),
        [
            (Severity::Error, 9, "scene 3 has no talepinde".to_string()),
            (Severity::Error, 12, "scene 4 has no talepinde".to_string()),
        ]
    );
    assert_eq!(
        d[0].expected.as_deref(),
        Some("talepinde = [\"Første linje\", \"Anden linje\"]: the lines that are said")
    );
}

#[test]
fn scene_without_billede_and_empty_line() {
    let src = format!(
        "{}\n[[scene]]\ntalepinde = [\n  \"Hej\",\n  \"  \",\n]\n",
        ok_scenes()
    );
    let d = check_with(&src, &[], false);
    assert_eq!(
        summary(&d),
        [
            (Severity::Error, 9, "scene 3 has no billede".to_string()),
            (
                Severity::Error,
                12,
                "scene 3: talepinde line 2 is empty".to_string()
            ),
        ]
    );
}

#[test]
fn no_scenes_at_all() {
    let d = check_with("lokation = \"Dokk1\"\n", &[], false);
    assert_eq!(
        summary(&d),
        [(Severity::Error, 0, "the drejebog has no scenes".to_string())]
    );
    // An empty file parses, and says the same.
    assert_eq!(summary(&check_with("", &[], false)), summary(&d));
}

#[test]
fn word_longer_than_a_caption_line_is_a_warning() {
    let long = "a".repeat(43);
    let src = format!(
        "{}\n[[scene]]\nbillede = \"C\"\ntalepinde = [\"Se {long}\"]\n",
        ok_scenes()
    );
    let d = check_with(&src, &[], false);
    assert_eq!(
        summary(&d),
        [(
            Severity::Warning,
            11,
            format!("scene 3: the word `{long}` is too long for one caption line")
        )]
    );
    assert_eq!(d[0].found.as_deref(), Some("43 characters"));
    let vtt = captions(&parse(&src), &VideoConfig::default());
    assert!(validate_vtt(&vtt).is_ok(), "{vtt}");
    assert!(vtt.contains(&format!("Se\n{}-\n", "a".repeat(41))), "{vtt}");
}

// ---------------------------------------------------------------------------
// Bad input: the video

fn with_video(video: &str) -> String {
    format!("[video]\n{video}\n\n{}", ok_scenes())
}

#[test]
fn video_file_present_with_poster_is_fine() {
    let src = with_video("fil = \"video.mp4\"\nplakat = \"plakat.jpg\"\nvarighed = \"2:31\"");
    assert_eq!(
        summary(&check_with(&src, &["video.mp4", "plakat.jpg"], true)),
        []
    );
}

#[test]
fn video_file_that_does_not_exist() {
    let src = with_video("fil = \"video.mp4\"\nplakat = \"plakat.jpg\"\nvarighed = \"2:31\"");
    let d = check_with(&src, &["plakat.jpg", "Video.mp4"], false);
    assert_eq!(
        summary(&d),
        [(
            Severity::Error,
            2,
            "the video file `video.mp4` is not in the folder".to_string()
        )]
    );
    assert_eq!(d[0].col, 7);
    assert_eq!(
        d[0].hint.as_deref(),
        Some("copy the file into the folder, or correct the name (capital letters count)")
    );
}

#[test]
fn video_file_of_another_format() {
    let src = with_video("fil = \"video.mov\"\nplakat = \"plakat.jpg\"\nvarighed = \"2:31\"");
    let d = check_with(&src, &["video.mov", "plakat.jpg"], false);
    assert_eq!(
        summary(&d),
        [(
            Severity::Error,
            2,
            "the video file `video.mov` is not an MP4 or WebM file".to_string()
        )]
    );
    assert_eq!(
        d[0].expected.as_deref(),
        Some("a file name ending in .mp4, .webm")
    );
    // Upper-case extensions are fine.
    let src = with_video("fil = \"VIDEO.WEBM\"\nplakat = \"plakat.jpg\"\nvarighed = \"2:31\"");
    assert_eq!(
        summary(&check_with(&src, &["VIDEO.WEBM", "plakat.jpg"], false)),
        []
    );
}

#[test]
fn video_file_outside_the_folder() {
    let src =
        with_video("fil = \"../andet/video.mp4\"\nplakat = \"plakat.jpg\"\nvarighed = \"2:31\"");
    let d = check_with(&src, &["../andet/video.mp4", "plakat.jpg"], false);
    assert_eq!(
        summary(&d),
        [(
            Severity::Error,
            2,
            "the video file `../andet/video.mp4` must be a file in this problem's folder"
                .to_string()
        )]
    );
}

#[test]
fn both_file_and_url() {
    let src = with_video(
        "fil = \"video.mp4\"\nplakat = \"plakat.jpg\"\nvarighed = \"2:31\"\nurl = \"https://player.vimeo.com/video/1\"",
    );
    let d = check_with(&src, &["video.mp4", "plakat.jpg"], false);
    assert_eq!(
        summary(&d),
        [(
            Severity::Error,
            5,
            "the video has both `fil` and `url`".to_string()
        )]
    );
}

#[test]
fn url_must_be_https() {
    let src = with_video("url = \"http://player.vimeo.com/video/1\"");
    let d = check_with(&src, &[], false);
    assert_eq!(
        summary(&d),
        [(
            Severity::Error,
            2,
            "the video address `http://player.vimeo.com/video/1` does not start with https://"
                .to_string()
        )]
    );
}

#[test]
fn poster_that_is_missing_or_not_an_image() {
    let src = with_video("fil = \"video.mp4\"\nplakat = \"plakat.jpg\"\nvarighed = \"2:31\"");
    let d = check_with(&src, &["video.mp4"], false);
    assert_eq!(
        summary(&d),
        [(
            Severity::Error,
            3,
            "the poster image `plakat.jpg` is not in the folder".to_string()
        )]
    );
    let src = with_video("fil = \"video.mp4\"\nplakat = \"plakat.gif\"\nvarighed = \"2:31\"");
    let d = check_with(&src, &["video.mp4", "plakat.gif"], false);
    assert_eq!(
        summary(&d),
        [(
            Severity::Error,
            3,
            "the poster image `plakat.gif` is not a JPEG, PNG or WebP image".to_string()
        )]
    );
    // No poster and no length: warnings at the video file.
    let src = with_video("fil = \"video.mp4\"");
    let d = check_with(&src, &["video.mp4"], false);
    assert_eq!(
        summary(&d),
        [
            (
                Severity::Warning,
                2,
                "the video's length (varighed) is not given".to_string()
            ),
            (
                Severity::Warning,
                2,
                "the video has no poster image (plakat)".to_string()
            )
        ]
    );
}

// ---------------------------------------------------------------------------
// Bad input: times

#[test]
fn bad_minutes_seconds() {
    for bad in ["1:5", "90", "1:60", "1.30", "ab", "-1:00", ""] {
        let src = with_video(&format!("url = \"https://x.dk/v\"\nvarighed = \"{bad}\""));
        let d = check_with(&src, &[], false);
        assert_eq!(
            summary(&d),
            [(
                Severity::Error,
                3,
                format!("the video length `{bad}` is not written as minutes:seconds")
            )],
            "{bad}"
        );
        assert_eq!(d[0].found.as_deref(), Some(format!("\"{bad}\"").as_str()));
    }
    let src = "[[scene]]\nbillede = \"A\"\nstart = \"0.00\"\ntalepinde = [\"x\"]\n";
    let d = check_with(src, &[], false);
    assert_eq!(
        (d[0].line, d[0].message.as_str()),
        (
            3,
            "scene 1: the start time `0.00` is not written as minutes:seconds"
        )
    );
}

fn timed(starts: [&str; 3], duration: &str) -> String {
    let mut s = format!("[video]\nurl = \"https://x.dk/v\"\nvarighed = \"{duration}\"\n");
    for (i, st) in starts.iter().enumerate() {
        s.push_str(&format!(
            "\n[[scene]]\nbillede = \"S{i}\"\nstart = \"{st}\"\ntalepinde = [\"{}\"]\n",
            words(100)
        ));
    }
    s
}

#[test]
fn start_times_that_go_backwards() {
    // Lines: scene 1's start is on line 7, scene 2's on 12, scene 3's on 17.
    let src = timed(["0:00", "1:10", "0:50"], "2:30");
    let d = check_with(&src, &[], false);
    assert_eq!(
        summary(&d),
        [(
            Severity::Error,
            17,
            "scene 3 starts at 0:50, not after scene 2 (1:10)".to_string()
        )]
    );
    assert_eq!(d[0].col, 9);
    // Equal times are not "after" either.
    let d = check_with(&timed(["0:00", "0:00", "1:00"], "2:30"), &[], false);
    assert_eq!(
        summary(&d),
        [(
            Severity::Error,
            12,
            "scene 2 starts at 0:00, not after scene 1 (0:00)".to_string()
        )]
    );
}

#[test]
fn start_times_past_the_duration() {
    let d = check_with(&timed(["0:00", "1:10", "2:40"], "2:30"), &[], false);
    assert_eq!(
        summary(&d),
        [(
            Severity::Error,
            17,
            "scene 3 starts at 2:40, after the end of the video (2:30)".to_string()
        )]
    );
}

#[test]
fn scene_too_short_for_its_talepinde() {
    // 100 words take 46 s; scene 1 gets 20 s.
    let d = check_with(&timed(["0:00", "0:20", "1:10"], "2:30"), &[], false);
    assert_eq!(
        summary(&d),
        [(
            Severity::Warning,
            7,
            "scene 1 lasts 0:20 but its talepinde take about 0:46 to say".to_string()
        )]
    );
}

#[test]
fn real_duration_outside_bounds() {
    let d = check_with(&timed(["0:00", "0:50", "1:40"], "3:05"), &[], false);
    assert_eq!(
        summary(&d),
        [(
            Severity::Warning,
            3,
            "the video is 3:05 long, outside 2:00–3:00".to_string()
        )]
    );
    let d = check_with(&timed(["0:00", "0:50", "1:40"], "3:05"), &[], true);
    assert_eq!(d[0].severity, Severity::Error);
    assert_eq!(d[0].col, 12);
}

#[test]
fn estimate_too_short() {
    let src = "[[scene]]\nbillede = \"A\"\ntalepinde = [\"Kort.\"]\n";
    let d = check_with(src, &[], false);
    assert_eq!(
        summary(&d),
        [(
            Severity::Warning,
            0,
            "the talepinde take about 0:00 to say, outside 2:00–3:00".to_string()
        )]
    );
    assert_eq!(
        d[0].hint.as_deref(),
        Some("say a little more in the talepinde.")
    );
}

#[test]
fn timeline_step_ending_before_it_begins() {
    let src = format!(
        "[[tidsplan]]\ndato = 2023-02-28\ntil = 2023-02-24\naktivitet = \"Redigering\"\n\n{}",
        ok_scenes()
    );
    let d = check_with(&src, &[], false);
    assert_eq!(
        summary(&d),
        [(
            Severity::Error,
            3,
            "the timeline step ends (2023-02-24) before it begins (2023-02-28)".to_string()
        )]
    );
}

// ---------------------------------------------------------------------------
// Duration

#[test]
fn minutes_seconds_round_trip() {
    assert_eq!(parse_mss("2:05"), Some(125.0));
    assert_eq!(parse_mss(" 0:00 "), Some(0.0));
    assert_eq!(parse_mss("12:59"), Some(779.0));
    assert_eq!(parse_mss("2:5"), None);
    assert_eq!(parse_mss("2:60"), None);
    assert_eq!(parse_mss("1000:00"), None);
    assert_eq!(fmt_mss(135.4), "2:15");
    assert_eq!(fmt_mss(59.5), "1:00");
    assert_eq!(fmt_mss(-3.0), "0:00");
    assert_eq!(fmt_mss(f64::NAN), "0:00");
}

#[test]
fn words_are_runs_with_a_letter_or_digit() {
    assert_eq!(count_words("2-3 videoklip – f.eks. fra Sydhavnen"), 5);
    assert_eq!(count_words("  "), 0);
}

#[test]
fn estimate_follows_the_documented_formula() {
    let cfg = VideoConfig {
        words_per_minute: 120.0,
        scene_pause_seconds: 2.0,
        ..VideoConfig::default()
    };
    let src = "[[scene]]\nbillede = \"A\"\ntalepinde = [\"en to tre\", \"fire\"]\n\n\
               [[scene]]\nbillede = \"B\"\ntalepinde = [\"fem seks\"]\n";
    let s = estimate(&parse(src), &cfg);
    // Scene 1: 4 words = 2 s, + 2 s pause; scene 2: 2 words = 1 s, no pause.
    let per: Vec<(f64, f64, f64)> = s
        .scenes
        .iter()
        .map(|e| (e.speech_seconds, e.pause_seconds, e.seconds))
        .collect();
    assert_eq!(per, [(2.0, 2.0, 4.0), (1.0, 0.0, 1.0)]);
    assert_eq!((s.seconds, s.formatted.as_str(), s.words), (5.0, "0:05", 6));
    // A rate of 0 falls back to the default instead of dividing by zero.
    let zero = VideoConfig {
        words_per_minute: 0.0,
        ..VideoConfig::default()
    };
    assert_eq!(estimate(&parse(src), &zero).words_per_minute, 130.0);
}

#[test]
fn summary_serializes_for_templates() {
    let s = estimate(&parse(&ok_scenes()), &VideoConfig::default());
    let v = toml::Value::try_from(&s).expect("serializes");
    assert_eq!(v.get("formatted").and_then(|x| x.as_str()), Some("2:31"));
    assert_eq!(v.get("within_bounds").and_then(|x| x.as_bool()), Some(true));
    assert!(v.get("seconds_exact").is_none());
}

// ---------------------------------------------------------------------------
// Captions

#[test]
fn one_huge_line_without_punctuation() {
    let huge = words(300);
    let src = format!("[[scene]]\nbillede = \"A\"\ntalepinde = [\"{huge}\"]\n");
    let d = parse(&src);
    let vtt = captions(&d, &VideoConfig::default());
    let n = validate_vtt(&vtt).expect("valid");
    let shown: Vec<String> = cues(&d, &VideoConfig::default())
        .into_iter()
        .flat_map(|c| c.lines)
        .collect();
    assert_eq!(shown.join(" "), huge, "split, not cut");
    // "ord" × 10 = 39 characters per line, 20 words per cue.
    assert_eq!(n, 15);
}

#[test]
fn captions_follow_scene_start_times() {
    let src = timed(["0:05", "1:10", "2:00"], "2:30");
    let d = parse(&src);
    let vtt = captions(&d, &VideoConfig::default());
    assert!(validate_vtt(&vtt).is_ok(), "{vtt}");
    let cs = cues(&d, &VideoConfig::default());
    // 100 words per scene → 5 cues of 20 words.
    assert_eq!(cs.len(), 15);
    let starts: Vec<u64> = cs.iter().step_by(5).map(|c| c.start_ms).collect();
    assert_eq!(starts, [5_000, 70_000, 120_000]);
    // Scene 1 (5 s–70 s, minus the 1.5 s pause) spread evenly: 12.7 s per cue,
    // shown at most 7 s.
    assert_eq!((cs[1].start_ms, cs[1].end_ms), (17_700, 24_700));
    // The last cue of the last scene ends at its share of the video's end.
    assert_eq!(cs[14].start_ms, 144_000);
    assert_eq!(cs[14].end_ms, 150_000);
}

#[test]
fn captions_spread_over_the_real_duration_and_partial_starts() {
    // No start times: 323 words over 2:31 (estimate) vs 3:00 (real).
    let src = with_video("url = \"https://x.dk/v\"\nvarighed = \"3:00\"");
    let cs = cues(&parse(&src), &VideoConfig::default());
    assert_eq!(cs.last().map(|c| c.end_ms), Some(180_000));
    // Only scene 2 has a start: scene 1 fills 0–start.
    let src = format!(
        "[[scene]]\nbillede = \"A\"\ntalepinde = [\"{}\"]\n[[scene]]\nbillede = \"B\"\nstart = \"0:30\"\ntalepinde = [\"{}\"]\n",
        words(20),
        words(20)
    );
    let d = parse(&src);
    let cs = cues(&d, &VideoConfig::default());
    assert_eq!(cs.len(), 2);
    assert_eq!((cs[0].start_ms, cs[1].start_ms), (0, 30_000));
    assert!(validate_vtt(&captions(&d, &VideoConfig::default())).is_ok());
}

#[test]
fn captions_stay_valid_with_bad_or_crowded_times() {
    for src in [
        timed(["0:00", "1:10", "0:50"], "2:30"),
        timed(["0:00", "0:01", "0:02"], "0:03"),
        timed(["2:00", "2:10", "9:99"], "1:00"),
        timed(["x", "", "0:01"], "bad"),
    ] {
        let vtt = captions(&parse(&src), &VideoConfig::default());
        assert!(validate_vtt(&vtt).is_ok(), "{src}\n{vtt}");
    }
}

#[test]
fn captions_escape_and_empty_drejebog() {
    let src = "[[scene]]\nbillede = \"A\"\ntalepinde = [\"Sol & vind < regn\"]\n";
    let vtt = captions(&parse(src), &VideoConfig::default());
    assert_eq!(
        vtt,
        "WEBVTT\n\n00:00:00.000 --> 00:00:01.385\nSol &amp; vind &lt; regn\n"
    );
    assert_eq!(validate_vtt(&vtt), Ok(1));
    assert_eq!(captions(&parse(""), &VideoConfig::default()), "WEBVTT\n");
}

// ---------------------------------------------------------------------------
// Views

#[test]
fn transcript_view() {
    let t = transcript(&parse(DEFAULT));
    assert_eq!(t.scenes.len(), 5);
    assert_eq!(t.scenes[1].number, 2);
    assert!(t.scenes[1]
        .picture
        .starts_with("Projektlederen står centralt i billedet."));
    assert_eq!(t.scenes[1].lines.len(), 6);
    assert_eq!(
        t.speaker.as_ref().map(|s| s.name.as_str()),
        Some("Steffen Tornbjerg")
    );
    let v = toml::Value::try_from(&t).expect("serializes");
    assert!(v.get("scenes").is_some());
}

#[test]
fn player_view() {
    let cfg = VideoConfig {
        expected: crate::date::Date::parse("2023-03-01"),
        ..VideoConfig::default()
    };
    let none = player(&parse(DEFAULT), &cfg);
    assert_eq!(none.kind, "none");
    assert_eq!(none.expected_danish.as_deref(), Some("1. marts 2023"));
    assert_eq!(none.src, None);

    let file = player(
        &parse(&with_video(
            "fil = \"v.webm\"\nplakat = \"p.jpg\"\nvarighed = \"2:31\"",
        )),
        &cfg,
    );
    assert_eq!(
        (
            file.kind,
            file.mime,
            file.captions,
            file.duration.as_deref()
        ),
        (
            "file",
            Some("video/webm"),
            Some("video.da.vtt"),
            Some("2:31")
        )
    );
    assert_eq!(file.expected, None);

    let url = player(&parse(&with_video("url = \"https://x.dk/v\"")), &cfg);
    assert_eq!(
        (url.kind, url.src.as_deref(), url.captions),
        ("url", Some("https://x.dk/v"), None)
    );
}

#[test]
fn script_page_view() {
    let p = script_page(&parse(DEFAULT), &VideoConfig::default());
    let when: Vec<&str> = p.timeline.iter().map(|t| t.when.as_str()).collect();
    assert_eq!(
        when,
        [
            "20. februar 2023",
            "21. februar 2023",
            "22. februar 2023",
            "24.–28. februar 2023"
        ]
    );
    assert_eq!(p.scenes.len(), 5);
    assert_eq!(
        (p.scenes[3].words, p.scenes[3].formatted.as_str()),
        (147, "1:09")
    );
    assert_eq!(p.summary.formatted, "3:30");
    assert_eq!(p.player.kind, "none");
    let d = |s: &str| crate::date::Date::parse(s).expect("date");
    assert_eq!(
        danish_span(d("2023-02-24"), Some(d("2023-03-02"))),
        "24. februar – 2. marts 2023"
    );
    assert_eq!(
        danish_span(d("2023-12-30"), Some(d("2024-01-02"))),
        "30. december 2023 – 2. januar 2024"
    );
    assert!(toml::Value::try_from(&p).is_ok());
}

#[test]
fn skeleton_parses_and_asks_for_scenes() {
    let d = check_with(SKELETON, &[], false);
    assert_eq!(
        summary(&d),
        [(Severity::Error, 0, "the drejebog has no scenes".to_string())]
    );
}

#[test]
fn the_example_in_the_docs_is_valid() {
    let doc = include_str!("../../docs/drejebog.md");
    let example = doc
        .split("```toml\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("a toml block");
    let d = check_with(example, &["video.mp4", "plakat.jpg"], true);
    assert_eq!(summary(&d), []);
    let parsed = parse(example);
    assert_eq!(parsed.scenes.len(), 2);
    assert_eq!(parsed.video.duration_seconds(), Some(155.0));
    let vtt = captions(&parsed, &VideoConfig::default());
    assert!(validate_vtt(&vtt).is_ok(), "{vtt}");
    assert!(vtt.contains("\n\n00:00:09.000 --> "), "{vtt}");
}

/// The strict caption checker: every cue of the default script at most 17
/// characters a second, 1–7 s, at most two lines of at most 42 characters, in order.
#[test]
fn the_default_scripts_captions_are_readable_at_17_characters_a_second() {
    let d = parse(DEFAULT);
    let cues = super::vtt::cues(&d, &crate::config::VideoConfig::default());
    assert!(cues.len() > 10);
    let mut prev = 0;
    for c in &cues {
        let text: usize =
            c.lines.iter().map(|l| l.chars().count()).sum::<usize>() + c.lines.len() - 1;
        let ms = c.end_ms - c.start_ms;
        assert!(
            text as f64 / (ms as f64 / 1000.0) <= 17.0,
            "{c:?}: {text} characters in {ms} ms"
        );
        assert!((1000..=7000).contains(&ms), "{c:?}");
        assert!(
            c.lines.len() <= 2 && c.lines.iter().all(|l| l.chars().count() <= 42),
            "{c:?}"
        );
        assert!(c.start_ms >= prev, "{c:?}");
        prev = c.end_ms;
    }
}

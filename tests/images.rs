//! Images and code highlighting: `resize_image` ops and formats, the disk cache,
//! damaged and huge files, the Tera functions, and Markdown images (alt text, sizes,
//! `srcset`) and code blocks.
//!
//! Fixtures in `tests/sites/images/` (copied to a temp folder so the cache is written
//! there): `content/billeder/moenster.png` (1600 × 1000), `static/lille.png`
//! (40 × 30, with transparency), `faulty/korrupt.png` (PNG signature, then text),
//! `faulty/tekst.png` (text), `faulty/kaempe.png` (68 bytes: a PNG header claiming
//! 12,000 × 12,000 pixels and 16 bytes of pixel data, so decoding it would fail).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use vilde::config::{Config, MarkdownConfig};
use vilde::diag::Severity;
use vilde::images::{Format, Op, Processor, Resize};
use vilde::markdown::{self, highlight, Context, ImageContext};

/// These tests read the library's messages in English.
fn english() {
    vilde::i18n::set(vilde::i18n::Lang::En);
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let dest = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

fn site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let from = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/sites/images");
    copy_dir(&from, dir.path());
    dir
}

fn config() -> Config {
    Config {
        base_url: "https://example.org/".into(),
        ..Config::default()
    }
}

fn processor(root: &Path) -> Processor {
    Processor::new(root, &config())
}

fn req(op: Op, width: Option<u32>, height: Option<u32>) -> Resize {
    Resize {
        width,
        height,
        op,
        format: Format::Auto,
        quality: 75,
    }
}

fn dims_of(root: &Path, p: &Processor, static_path: &str) -> (u32, u32, image::ImageFormat) {
    let file = p
        .outputs()
        .get(static_path)
        .cloned()
        .expect("registered output");
    assert!(
        file.starts_with(root.join(".vilde-cache/images")),
        "{}",
        file.display()
    );
    let r = image::ImageReader::open(&file)
        .unwrap()
        .with_guessed_format()
        .unwrap();
    let f = r.format().unwrap();
    let (w, h) = r.into_dimensions().unwrap();
    (w, h, f)
}

#[test]
fn every_op_gives_zola_sizes_and_files_of_that_size() {
    english();
    let dir = site();
    let p = processor(dir.path());
    let src = p.resolve("billeder/moenster.png").unwrap();
    let cases = [
        (req(Op::Scale, Some(100), Some(100)), (100, 100)),
        (req(Op::FitWidth, Some(800), None), (800, 500)),
        (req(Op::FitHeight, None, Some(250)), (400, 250)),
        (req(Op::Fit, Some(400), Some(400)), (400, 250)),
        (req(Op::Fit, Some(3000), Some(3000)), (1600, 1000)),
        (req(Op::Fill, Some(300), Some(300)), (300, 300)),
    ];
    for (r, want) in cases {
        let out = p.resize(&src, &r).unwrap();
        assert_eq!((out.width, out.height), want, "{r:?}");
        assert_eq!((out.orig_width, out.orig_height), (1600, 1000));
        assert!(
            out.static_path.starts_with("processed_images/"),
            "{}",
            out.static_path
        );
        assert!(out.static_path.ends_with(".png"));
        assert_eq!(out.url, format!("https://example.org/{}", out.static_path));
        let (w, h, _) = dims_of(dir.path(), &p, &out.static_path);
        assert_eq!((w, h), want, "{r:?}");
    }
    assert_eq!(p.encodes(), 6);
    assert_eq!(p.outputs().len(), 6);
}

#[test]
fn formats_auto_jpg_png_webp() {
    english();
    let dir = site();
    let p = processor(dir.path());
    let png = p.resolve("billeder/moenster.png").unwrap();
    let jpeg = dir.path().join("static/foto.jpg");
    image::RgbImage::from_fn(320, 200, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    })
    .save(&jpeg)
    .unwrap();
    let mut r = req(Op::FitWidth, Some(64), None);
    let auto_png = p.resize(&png, &r).unwrap();
    assert!(auto_png.static_path.ends_with(".png"));
    let auto_jpg = p.resize(&jpeg, &r).unwrap();
    assert!(auto_jpg.static_path.ends_with(".jpg"));
    assert_eq!((auto_jpg.width, auto_jpg.height), (64, 40));
    for (f, ext, kind) in [
        (Format::Jpg, "jpg", image::ImageFormat::Jpeg),
        (Format::Png, "png", image::ImageFormat::Png),
        (Format::Webp, "webp", image::ImageFormat::WebP),
    ] {
        r.format = f;
        let out = p.resize(&png, &r).unwrap();
        assert!(
            out.static_path.ends_with(&format!(".{ext}")),
            "{}",
            out.static_path
        );
        assert_eq!(dims_of(dir.path(), &p, &out.static_path), (64, 40, kind));
    }
    // Quality changes a JPEG, so it changes the name; it does not change a PNG.
    r.format = Format::Jpg;
    r.quality = 40;
    let q40 = p.resize(&png, &r).unwrap();
    r.quality = 90;
    assert_ne!(q40.static_path, p.resize(&png, &r).unwrap().static_path);
    r.format = Format::Png;
    let a = p.resize(&png, &r).unwrap();
    r.quality = 40;
    assert_eq!(a.static_path, p.resize(&png, &r).unwrap().static_path);
    // Transparent source keeps alpha in PNG.
    let small = p.resolve("lille.png").unwrap();
    let m = p.metadata(&small).unwrap();
    assert_eq!(
        (m.width, m.height, m.format.as_str(), m.mime.as_str()),
        (40, 30, "png", "image/png")
    );
    let jm = p.metadata(&jpeg).unwrap();
    assert_eq!(
        (jm.format.as_str(), jm.mime.as_str()),
        ("jpg", "image/jpeg")
    );
    // Bad quality is an error, not a panic.
    r.quality = 0;
    assert!(p
        .resize(&png, &r)
        .unwrap_err()
        .message
        .contains("between 1 and 100"));
}

#[test]
fn cache_is_reused_until_the_source_changes() {
    english();
    let dir = site();
    let r = req(Op::FitWidth, Some(480), None);
    let p1 = processor(dir.path());
    let src = p1.resolve("billeder/moenster.png").unwrap();
    let first = p1.resize(&src, &r).unwrap();
    p1.resize(&src, &r).unwrap();
    assert_eq!(
        p1.encodes(),
        1,
        "the same variant twice in one build is encoded once"
    );
    let cached = p1.outputs()[&first.static_path].clone();
    let mtime = std::fs::metadata(&cached).unwrap().modified().unwrap();

    // A new build (new processor) reuses the file on disk.
    std::thread::sleep(Duration::from_millis(20));
    let p2 = processor(dir.path());
    let again = p2.resize(&src, &r).unwrap();
    assert_eq!(again, first);
    assert_eq!(p2.encodes(), 0);
    assert_eq!(
        std::fs::metadata(&cached).unwrap().modified().unwrap(),
        mtime
    );

    // Change the source: a new name, encoded again; deterministic names.
    image::RgbImage::from_pixel(1600, 1000, image::Rgb([1, 2, 3]))
        .save(&src)
        .unwrap();
    let p3 = processor(dir.path());
    let changed = p3.resize(&src, &r).unwrap();
    assert_ne!(changed.static_path, first.static_path);
    assert_eq!(p3.encodes(), 1);
    let p4 = processor(dir.path());
    assert_eq!(
        p4.resize(&src, &r).unwrap().static_path,
        changed.static_path
    );
}

#[test]
fn parallel_requests_encode_once() {
    english();
    use rayon::prelude::*;
    let dir = site();
    let p = processor(dir.path());
    let src = p.resolve("billeder/moenster.png").unwrap();
    let names: Vec<String> = (0..16)
        .into_par_iter()
        .map(|_| {
            p.resize(&src, &req(Op::Fill, Some(200), Some(200)))
                .unwrap()
                .static_path
        })
        .collect();
    assert!(names.windows(2).all(|w| w[0] == w[1]));
    assert_eq!(p.encodes(), 1);
}

#[test]
fn damaged_and_unsupported_files_are_errors_naming_the_file() {
    english();
    let dir = site();
    let p = processor(dir.path());
    let e = p
        .metadata(&p.resolve("faulty/korrupt.png").unwrap())
        .unwrap_err();
    assert_eq!(e.path, Path::new("faulty/korrupt.png"));
    assert!(
        e.message.starts_with(
            "the image `faulty/korrupt.png` is damaged or not an image vilde can read"
        ),
        "{}",
        e.message
    );
    let e = p
        .resize(
            &p.resolve("faulty/tekst.png").unwrap(),
            &req(Op::Scale, Some(2), Some(2)),
        )
        .unwrap_err();
    assert_eq!(
        e.message,
        "the image `faulty/tekst.png` is damaged or not an image vilde can read: the file type was not recognised"
    );
    assert_eq!(
        e.hint.as_deref(),
        Some("open the image in an image editor and save it again as PNG or JPEG")
    );
    // A PNG whose header is fine but whose pixels are missing fails at decoding.
    let cut = dir.path().join("faulty/afkortet.png");
    let whole = std::fs::read(dir.path().join("static/lille.png")).unwrap();
    std::fs::write(&cut, &whole[..whole.len() - 30]).unwrap();
    let e = p
        .resize(&cut, &req(Op::Scale, Some(2), Some(2)))
        .unwrap_err();
    assert!(
        e.message.contains("`faulty/afkortet.png` is damaged"),
        "{}",
        e.message
    );
}

#[test]
fn a_12000_by_12000_image_is_refused_from_its_header() {
    english();
    let dir = site();
    let p = processor(dir.path());
    let file = p.resolve("faulty/kaempe.png").unwrap();
    assert!(std::fs::metadata(&file).unwrap().len() < 100);
    let start = Instant::now();
    let e = p
        .resize(&file, &req(Op::FitWidth, Some(800), None))
        .unwrap_err();
    assert!(start.elapsed() < Duration::from_secs(1));
    // Refused for its size, not for its (missing) pixel data: nothing was decoded.
    assert_eq!(
        e.message,
        "the image `faulty/kaempe.png` is too large: 12000 × 12000 pixels (144 megapixels) is more than the limit of 50 megapixels"
    );
    assert_eq!(e.found.as_deref(), Some("12000 × 12000 = 144000000 pixels"));
    assert!(p.metadata(&file).is_err());
    assert_eq!(p.encodes(), 0);
    // The limit comes from config.
    let mut c = config();
    c.vilde.images.max_pixels = 1000;
    let small = Processor::new(dir.path(), &c);
    let e = small
        .metadata(&small.resolve("lille.png").unwrap())
        .unwrap_err();
    assert!(e.message.contains("40 × 30 pixels"), "{}", e.message);
    // Asking for a huge output is refused too.
    let e = p
        .resize(
            &p.resolve("lille.png").unwrap(),
            &req(Op::Scale, Some(20_000), Some(20_000)),
        )
        .unwrap_err();
    assert!(
        e.message.contains("would be 20000 × 20000 pixels"),
        "{}",
        e.message
    );
}

#[test]
fn paths_are_looked_up_like_zola_and_never_leave_the_site() {
    english();
    let dir = site();
    let p = processor(dir.path());
    assert_eq!(
        p.resolve("billeder/moenster.png").unwrap(),
        dir.path().join("content/billeder/moenster.png")
    );
    assert_eq!(
        p.resolve("/lille.png").unwrap(),
        dir.path().join("static/lille.png")
    );
    assert_eq!(
        p.resolve("faulty/kaempe.png").unwrap(),
        dir.path().join("faulty/kaempe.png")
    );
    assert!(p
        .resolve("../x.png")
        .unwrap_err()
        .contains("outside the site folder"));
    let e = p.resolve("mangler.png").unwrap_err();
    assert!(
        e.starts_with("there is no image `mangler.png`; looked in `content/mangler.png`"),
        "{e}"
    );
    #[cfg(unix)]
    {
        let outside = tempfile::tempdir().unwrap();
        std::fs::copy(
            dir.path().join("static/lille.png"),
            outside.path().join("x.png"),
        )
        .unwrap();
        std::os::unix::fs::symlink(
            outside.path().join("x.png"),
            dir.path().join("static/link.png"),
        )
        .unwrap();
        assert!(p
            .resolve("link.png")
            .unwrap_err()
            .contains("outside the site folder"));
    }
}

#[test]
fn tera_functions_resize_image_and_get_image_metadata() {
    english();
    let dir = site();
    let p = Arc::new(processor(dir.path()));
    let mut tera = tera::Tera::default();
    vilde::render::functions::register_images(&mut tera, p.clone());
    let mut render = |t: &str| tera.render_str(t, &tera::Context::new());
    let out = render(
        "{% set r = resize_image(path=\"billeder/moenster.png\", width=800, op=\"fit_width\", format=\"webp\") %}{{ r.width }}x{{ r.height }} {{ r.orig_width }} {{ r.static_path }} {{ r.url }}",
    )
    .unwrap();
    let name = p.outputs().keys().next().cloned().unwrap();
    assert_eq!(
        out,
        format!("800x500 1600 {name} https://example.org/{name}")
    );
    assert!(name.ends_with(".webp"));
    // Zola's default op is fill.
    let out = render("{% set r = resize_image(path=\"lille.png\", width=10, height=10) %}{{ r.width }}x{{ r.height }}").unwrap();
    assert_eq!(out, "10x10");
    let out = render(
        "{% set m = get_image_metadata(path=\"lille.png\") %}{{ m.width }} {{ m.height }} {{ m.format }} {{ m.mime }}",
    )
    .unwrap();
    assert_eq!(out, "40 30 png image/png");
    let out = render(
        "{{ get_image_metadata(path=\"mangler.png\", allow_missing=true) | json_encode() }}",
    );
    assert_eq!(out.unwrap(), "null");
    let mut err = |t: &str| {
        let e = render(t).unwrap_err();
        let mut s = e.to_string();
        let mut src = std::error::Error::source(&e);
        while let Some(x) = src {
            s.push_str(&format!(" | {x}"));
            src = x.source();
        }
        s
    };
    let e = err("{{ resize_image(path=\"lille.png\", width=10, op=\"crop\") }}");
    assert!(e.contains("resize_image: unknown op `crop`"), "{e}");
    let e = err("{{ resize_image(path=\"faulty/kaempe.png\", width=10, op=\"fit_width\") }}");
    assert!(e.contains("`faulty/kaempe.png` is too large"), "{e}");
    let e = err("{{ get_image_metadata(path=\"../etc/passwd\") }}");
    assert!(e.contains("outside the site folder"), "{e}");
    let e = err("{{ resize_image(path=\"lille.png\", width=-3, op=\"fit_width\") }}");
    assert!(
        e.contains("`width` must be a whole number of pixels"),
        "{e}"
    );
}

fn md(
    body: &str,
    root: &Path,
    p: &Processor,
    cfg: &MarkdownConfig,
    draft: bool,
) -> Result<markdown::Rendered, Vec<vilde::diag::Diagnostic>> {
    let links = HashMap::new();
    let ctx = Context {
        config: cfg,
        permalinks: &links,
        permalink: "https://example.org/billeder/",
        path: Path::new("content/billeder/index.md"),
        file_src: body,
        body_offset: 0,
        html: markdown::HtmlPolicy::default(),
        anchors: None,
        cutoff: None,
    };
    let dir = root.join("content/billeder");
    let images = ImageContext {
        images: p,
        dir: &dir,
        draft,
    };
    markdown::render_with_images(body, &ctx, Some(&images))
}

#[test]
fn markdown_images_get_sizes_and_srcset() {
    english();
    let dir = site();
    let p = processor(dir.path());
    let cfg = MarkdownConfig::default();
    let r = md(
        "Tekst.\n\n![Et mønster af blå, gule og røde felter](moenster.png \"Mønster\")\n",
        dir.path(),
        &p,
        &cfg,
        false,
    )
    .unwrap();
    let names: Vec<String> = p.outputs().keys().cloned().collect();
    assert_eq!(names.len(), 3, "one variant for each of 480, 800, 1200");
    let url = |w: u32| {
        let src = p.resolve("billeder/moenster.png").unwrap();
        p.resize(&src, &Resize::width(w)).unwrap().url
    };
    let want = format!(
        "<p>Tekst.</p>\n<p><img src=\"moenster.png\" alt=\"Et mønster af blå, gule og røde felter\" title=\"Mønster\" width=\"1600\" height=\"1000\" srcset=\"{} 480w, {} 800w, {} 1200w, moenster.png 1600w\" sizes=\"(max-width: 46rem) calc(100vw - 2rem), 44rem\" loading=\"lazy\" decoding=\"async\" /></p>\n",
        url(480),
        url(800),
        url(1200)
    );
    assert_eq!(r.html, want);
    // A small image: sizes, no srcset. `/…` is looked up in static/.
    let r = md("![Rød firkant](/lille.png)\n", dir.path(), &p, &cfg, false).unwrap();
    assert_eq!(
        r.html,
        "<p><img src=\"/lille.png\" alt=\"Rød firkant\" width=\"40\" height=\"30\" loading=\"lazy\" decoding=\"async\" /></p>\n"
    );
    // Remote images and non-images are left as pulldown-cmark writes them.
    let r = md(
        "![Logo](https://example.org/logo.png) ![Prik](prik.txt)\n",
        dir.path(),
        &p,
        &cfg,
        false,
    )
    .unwrap();
    assert_eq!(
        r.html,
        "<p><img src=\"https://example.org/logo.png\" alt=\"Logo\" /> <img src=\"prik.txt\" alt=\"Prik\" /></p>\n"
    );
}

#[test]
fn markdown_image_problems_point_at_the_line() {
    english();
    let dir = site();
    let p = processor(dir.path());
    let cfg = MarkdownConfig::default();
    let body = "Første linje.\n\nSe her: ![](moenster.png)\n\n![Kort](mangler.png)\n\n![Kæmpe](../../faulty/kaempe.png)\n";
    let e = md(body, dir.path(), &p, &cfg, false).unwrap_err();
    assert_eq!(e.len(), 3, "{e:?}");
    assert_eq!((e[0].line, e[0].col), (3, 9));
    assert_eq!(e[0].message, "this image has no alt text");
    assert_eq!(e[0].found.as_deref(), Some("`![](moenster.png)`"));
    assert_eq!(
        e[0].hint.as_deref(),
        Some("describe the image for readers who cannot see it: `![what the image shows](moenster.png)`; if it is pure decoration, write `![dekorativ](moenster.png)`")
    );
    assert_eq!((e[1].line, e[1].col), (5, 1));
    assert_eq!(e[1].message, "the image `mangler.png` does not exist");
    assert_eq!((e[2].line, e[2].col), (7, 1));
    assert!(
        e[2].message.contains("`faulty/kaempe.png` is too large"),
        "{}",
        e[2].message
    );
    assert_eq!(e[2].path, Path::new("content/billeder/index.md"));
    // On a draft the same problems are warnings and the page renders.
    let r = md(body, dir.path(), &p, &cfg, true).unwrap();
    assert_eq!(r.warnings.len(), 3);
    assert!(r.warnings.iter().all(|w| w.severity == Severity::Warning));
}

#[test]
fn decorative_images_get_empty_alt() {
    english();
    let dir = site();
    let p = processor(dir.path());
    let r = md(
        "![Dekorativ](/lille.png)\n",
        dir.path(),
        &p,
        &MarkdownConfig::default(),
        false,
    )
    .unwrap();
    assert!(
        r.html
            .starts_with("<p><img src=\"/lille.png\" alt=\"\" width=\"40\""),
        "{}",
        r.html
    );
}

#[test]
fn code_blocks_are_highlighted_with_classes_once_per_process() {
    english();
    let dir = site();
    let p = processor(dir.path());
    let cfg = MarkdownConfig {
        highlight_code: true,
        ..MarkdownConfig::default()
    };
    let body = "```rust\nlet x = 1; // tal\n```\n\n```ukendt\n<b>\n```\n";
    for _ in 0..3 {
        let r = md(body, dir.path(), &p, &cfg, false).unwrap();
        assert!(
            r.html.contains("<pre class=\"language-rust z-code\" tabindex=\"0\" data-lang=\"rust\"><code class=\"language-rust\" data-lang=\"rust\"><span class=\"z-source z-rust\">"),
            "{}",
            r.html
        );
        assert!(
            r.html
                .contains("<span class=\"z-comment z-line z-double-slash z-rust\">"),
            "{}",
            r.html
        );
        assert!(r.html.contains(
            "<pre tabindex=\"0\" data-lang=\"ukendt\"><code class=\"language-ukendt\" data-lang=\"ukendt\">&lt;b&gt;\n</code></pre>"
        ));
    }
    assert_eq!(highlight::syntax_loads(), 1);
}

#[test]
fn syntax_css_colours_pass_aa_on_the_code_background() {
    english();
    let css = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("themes/aarhus/static/syntax.css"),
    )
    .unwrap();
    let lum = |hex: &str| {
        let c = |i: usize| {
            let v = u8::from_str_radix(&hex[i..i + 2], 16).unwrap() as f64 / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * c(0) + 0.7152 * c(2) + 0.0722 * c(4)
    };
    let bg = lum("f3f3f3");
    let mut seen = 0;
    for part in css.split("color: #").skip(1) {
        let hex = &part[..6];
        let ratio = (bg + 0.05) / (lum(hex) + 0.05);
        assert!(ratio >= 4.5, "#{hex} has contrast {ratio:.2} on #f3f3f3");
        seen += 1;
    }
    assert!(seen >= 8, "{seen} colours");
    assert!(css.contains(".z-comment"));
}

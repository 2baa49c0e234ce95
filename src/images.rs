//! Images: Zola's `resize_image` operations, image metadata from the file header,
//! responsive `srcset` variants, and an on-disk cache.
//!
//! A [`Processor`] belongs to one build. It is `Send + Sync` and is shared by the
//! Markdown renderer (sizes and `srcset` of `![alt](src)`) and the Tera functions
//! `resize_image` and `get_image_metadata`; both run in parallel.
//!
//! - **Safety first.** Dimensions are read from the header before any decoding; an
//!   image with more than `[vilde.images] max_pixels` pixels is refused with an error
//!   naming the file, and decoding runs under `image::Limits`. A corrupt or unsupported
//!   file is an error naming it, never a panic.
//! - **Cache.** A processed image is named by a hash of the source *bytes* and the
//!   operation (`<hash>.<ext>`), stored in `<root>/.vilde-cache/images/` and reused
//!   while the source is unchanged — also across builds and processes. Within one
//!   process each source is read and hashed once and each variant encoded at most once.
//! - **Output.** Every processed image used by the build is registered under
//!   `processed_images/<hash>.<ext>`; [`Processor::outputs`] gives the map of output
//!   path → cache file for the writer. Names are deterministic, so two builds are
//!   byte-identical.

use std::collections::{BTreeMap, HashMap};
use std::io::Cursor;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use image::{DynamicImage, ImageFormat, ImageReader};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::config::Config;
use crate::diag::Diagnostic;

/// Folder (in the output and in URLs) for processed images, as in Zola.
pub const OUTPUT_DIR: &str = "processed_images";

/// Cache folder below the site root.
pub const CACHE_DIR: &str = ".vilde-cache/images";

/// JPEG quality when none is given (Zola's default).
pub const DEFAULT_QUALITY: u8 = 75;

/// Bumped when the encoding changes, so old cache files are not reused.
const CACHE_VERSION: &str = "vilde-images-1";

/// Extensions treated as images in Markdown.
pub const IMAGE_EXTENSIONS: &[&str] = &["png", "jpg", "jpeg", "webp", "gif"];

/// Zola's resize operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// Exactly `width` × `height`, aspect ratio ignored.
    Scale,
    /// `width` wide, height keeps the aspect ratio.
    FitWidth,
    /// `height` high, width keeps the aspect ratio.
    FitHeight,
    /// Within `width` × `height`, aspect ratio kept; smaller images are left as they are.
    Fit,
    /// Covers `width` × `height`, then the centre is cropped to exactly that size.
    Fill,
}

impl Op {
    pub fn parse(s: &str) -> Result<Op, String> {
        Ok(match s {
            "scale" => Op::Scale,
            "fit_width" => Op::FitWidth,
            "fit_height" => Op::FitHeight,
            "fit" => Op::Fit,
            "fill" => Op::Fill,
            other => return Err(crate::t!("img-unknown-op", op = other)),
        })
    }

    fn name(self) -> &'static str {
        match self {
            Op::Scale => "scale",
            Op::FitWidth => "fit_width",
            Op::FitHeight => "fit_height",
            Op::Fit => "fit",
            Op::Fill => "fill",
        }
    }
}

/// Output formats. `Auto`: JPEG for JPEG sources and WebP without transparency,
/// PNG otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Auto,
    Jpg,
    Png,
    /// Lossless WebP (the encoder available to us has no lossy mode; `quality` is ignored).
    Webp,
}

impl Format {
    pub fn parse(s: &str) -> Result<Format, String> {
        Ok(match s {
            "auto" => Format::Auto,
            "jpg" | "jpeg" => Format::Jpg,
            "png" => Format::Png,
            "webp" => Format::Webp,
            other => return Err(crate::t!("img-unknown-format", format = other)),
        })
    }

    fn ext(self) -> &'static str {
        match self {
            Format::Jpg => "jpg",
            Format::Png => "png",
            Format::Webp => "webp",
            Format::Auto => "png",
        }
    }
}

/// One resize request (Zola's arguments after the path).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resize {
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub op: Op,
    pub format: Format,
    /// 1–100; used for JPEG.
    pub quality: u8,
}

impl Resize {
    /// `fit_width` to `width`, format `auto`, default quality (the `srcset` variants).
    pub fn width(width: u32) -> Resize {
        Resize {
            width: Some(width),
            height: None,
            op: Op::FitWidth,
            format: Format::Auto,
            quality: DEFAULT_QUALITY,
        }
    }
}

/// What `resize_image` returns (Zola's fields).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Resized {
    /// Absolute URL: `base_url` + `processed_images/<hash>.<ext>`.
    pub url: String,
    /// Path of the file in the output folder: `processed_images/<hash>.<ext>`.
    pub static_path: String,
    pub width: u32,
    pub height: u32,
    pub orig_width: u32,
    pub orig_height: u32,
}

/// What `get_image_metadata` returns (Zola's fields).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Metadata {
    pub width: u32,
    pub height: u32,
    /// `png`, `jpg`, `webp` or `gif`.
    pub format: String,
    pub mime: String,
}

/// `srcset` candidates for an image wider than some configured widths.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Srcset {
    /// (URL, width) of each smaller variant, narrowest first.
    pub variants: Vec<(String, u32)>,
}

/// A source image: hash of its bytes and its header.
#[derive(Debug, Clone)]
struct Source {
    hash: String,
    width: u32,
    height: u32,
    format: ImageFormat,
}

type Cell<T> = Arc<OnceLock<Result<T, Diagnostic>>>;

/// Image work for one build (see the module docs).
pub struct Processor {
    root: PathBuf,
    cache_dir: PathBuf,
    base_url: String,
    theme: Option<String>,
    max_pixels: u64,
    srcset_widths: Vec<u32>,
    sources: Mutex<HashMap<PathBuf, Cell<Arc<Source>>>>,
    variants: Mutex<HashMap<String, Cell<PathBuf>>>,
    outputs: Mutex<BTreeMap<String, PathBuf>>,
    /// Files the build copies into the output (output path → source), which
    /// Zola's functions also find by their output path.
    published: Mutex<HashMap<String, PathBuf>>,
    encodes: AtomicUsize,
}

impl Processor {
    /// A processor for the site in `root`. Does no IO until used.
    pub fn new(root: &Path, config: &Config) -> Processor {
        let mut widths = config.vilde.images.srcset_widths.clone();
        widths.sort_unstable();
        widths.dedup();
        widths.retain(|w| *w > 0);
        Processor {
            root: root.to_path_buf(),
            cache_dir: root.join(CACHE_DIR),
            base_url: config.base_url.clone(),
            theme: config.theme.clone(),
            max_pixels: config.vilde.images.max_pixels,
            srcset_widths: widths,
            sources: Mutex::new(HashMap::new()),
            variants: Mutex::new(HashMap::new()),
            outputs: Mutex::new(BTreeMap::new()),
            published: Mutex::new(HashMap::new()),
            encodes: AtomicUsize::new(0),
        }
    }

    /// Use another cache folder (tests, or a shared cache outside the site).
    pub fn with_cache_dir(mut self, dir: impl Into<PathBuf>) -> Processor {
        self.cache_dir = dir.into();
        self
    }

    /// The site root.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Processed images used so far: output path (`processed_images/<hash>.<ext>`) →
    /// cache file to copy from. Sorted, so the output is deterministic.
    pub fn outputs(&self) -> BTreeMap<String, PathBuf> {
        lock(&self.outputs).clone()
    }

    /// How many images this processor has encoded (cache misses).
    pub fn encodes(&self) -> usize {
        self.encodes.load(Ordering::Relaxed)
    }

    /// The path as shown to the user: relative to the site root where possible.
    pub fn shown(&self, file: &Path) -> PathBuf {
        file.strip_prefix(&self.root).unwrap_or(file).to_path_buf()
    }

    /// Find a template function's `path` the way Zola does: in `content/`, then
    /// `static/`, then the theme's `static/`, then the site root. Paths that leave the
    /// site folder are refused.
    pub fn resolve(&self, rel: &str) -> Result<PathBuf, String> {
        let rel = rel.trim_start_matches('/');
        crate::paths::check_relative(rel)?;
        let mut tried = vec![format!("content/{rel}"), format!("static/{rel}")];
        if let Some(t) = &self.theme {
            tried.push(format!("themes/{t}/static/{rel}"));
        }
        tried.push(rel.to_string());
        for t in &tried {
            let full = self.root.join(t);
            if full.is_file() {
                self.check_inside(&full, rel)?;
                return Ok(full);
            }
        }
        // As Zola finds files in its output folder: what the build publishes.
        let key: Vec<&str> = rel.split('/').filter(|s| !s.is_empty()).collect();
        if let Some(src) = self
            .published
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&key.join("/"))
        {
            return Ok(src.clone());
        }
        Err(crate::t!(
            "img-none",
            image = rel,
            tried = tried
                .iter()
                .map(|t| format!("`{t}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ))
    }

    /// Tell the processor which files the build publishes (output path → source).
    pub fn set_published(&self, files: impl IntoIterator<Item = (String, PathBuf)>) {
        self.published
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend(files);
    }

    /// `/images/x.png` in Markdown: `static/`, then the theme's `static/`.
    pub fn resolve_site_path(&self, rel: &str) -> Option<PathBuf> {
        let rel = rel.trim_start_matches('/');
        crate::paths::check_relative(rel).ok()?;
        let mut dirs = vec![self.root.join("static")];
        if let Some(t) = &self.theme {
            dirs.push(self.root.join("themes").join(t).join("static"));
        }
        dirs.into_iter()
            .map(|d| d.join(rel))
            .find(|p| p.is_file() && self.check_inside(p, rel).is_ok())
    }

    /// A file relative to a folder (a page bundle), if it exists inside the site.
    pub fn resolve_in(&self, dir: &Path, rel: &str) -> Option<PathBuf> {
        let full = normalize(&dir.join(rel));
        (full.is_file() && self.check_inside(&full, rel).is_ok()).then_some(full)
    }

    fn check_inside(&self, full: &Path, rel: &str) -> Result<(), String> {
        match (full.canonicalize(), self.root.canonicalize()) {
            (Ok(c), Ok(r)) if !c.starts_with(&r) => Err(crate::t!("path-link-out", path = rel)),
            _ => Ok(()),
        }
    }

    /// Width, height, format and MIME type, read from the header only (an SVG's
    /// from its `width`/`height`, else its `viewBox`, as Zola reads it).
    pub fn metadata(&self, file: &Path) -> Result<Metadata, Diagnostic> {
        if file
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("svg"))
        {
            return self.svg_metadata(file);
        }
        let src = self.source(file)?;
        let (format, mime) = format_names(src.format);
        Ok(Metadata {
            width: src.width,
            height: src.height,
            format: format.into(),
            mime: mime.into(),
        })
    }

    fn svg_metadata(&self, file: &Path) -> Result<Metadata, Diagnostic> {
        let shown = self.shown(file);
        let bad = |why: String| {
            Diagnostic::error(&shown, crate::t!("img-svg-size", why = why))
                .hint(crate::t!("img-svg-size-hint"))
        };
        let bytes = crate::diag::read_regular(file).map_err(|e| bad(e.to_string()))?;
        let text = String::from_utf8_lossy(&bytes);
        let svg = svg_metadata::Metadata::parse(text.as_ref()).map_err(|e| bad(e.to_string()))?;
        let (w, h) = match (svg.width(), svg.height(), svg.view_box()) {
            (Some(w), Some(h), _) => (w, h),
            (_, _, Some(vb)) => (vb.width, vb.height),
            _ => return Err(bad(crate::t!("img-svg-no-size"))),
        };
        Ok(Metadata {
            width: w as u32,
            height: h as u32,
            format: "svg".into(),
            mime: "text/svg+xml".into(),
        })
    }

    /// Resize `file` (an absolute path) as Zola's `resize_image` does.
    pub fn resize(&self, file: &Path, req: &Resize) -> Result<Resized, Diagnostic> {
        let src = self.source(file)?;
        let shown = self.shown(file);
        if !(1..=100).contains(&req.quality) {
            return Err(
                Diagnostic::error(&shown, crate::t!("img-quality", value = req.quality))
                    .hint(crate::t!("img-quality-hint")),
            );
        }
        let (w, h) =
            target_size(req.op, src.width, src.height, req.width, req.height).map_err(|m| {
                Diagnostic::error(
                    &shown,
                    crate::t!(
                        "img-cannot-resize",
                        image = shown.display().to_string(),
                        why = m
                    ),
                )
            })?;
        if u64::from(w) * u64::from(h) > self.max_pixels {
            return Err(Diagnostic::error(
                &shown,
                crate::t!(
                    "img-resized-too-large",
                    image = shown.display().to_string(),
                    width = w,
                    height = h,
                    limit = self.max_pixels
                ),
            )
            .hint(crate::t!("img-resized-too-large-hint")));
        }
        let format = match req.format {
            Format::Auto => auto_format(src.format),
            f => f,
        };
        let quality = if format == Format::Jpg {
            req.quality
        } else {
            0
        };
        let key = format!(
            "{CACHE_VERSION}\0{}\0{}\0{w}x{h}\0{:?}x{:?}\0{}\0{quality}",
            src.hash,
            req.op.name(),
            req.width,
            req.height,
            format.ext()
        );
        let name = format!(
            "{}.{}",
            &hex(&Sha256::digest(key.as_bytes()))[..20],
            format.ext()
        );
        let cell = {
            let mut map = lock(&self.variants);
            map.entry(name.clone()).or_default().clone()
        };
        let cached = cell
            .get_or_init(|| self.produce(file, &name, req.op, w, h, format, req.quality))
            .clone()?;
        let static_path = format!("{OUTPUT_DIR}/{name}");
        lock(&self.outputs).insert(static_path.clone(), cached);
        Ok(Resized {
            url: format!("{}{static_path}", self.base_url),
            static_path,
            width: w,
            height: h,
            orig_width: src.width,
            orig_height: src.height,
        })
    }

    /// `srcset` variants of `file` for each configured width smaller than the image.
    /// `None` when the image is not wider than the smallest width.
    pub fn srcset(&self, file: &Path) -> Result<Option<Srcset>, Diagnostic> {
        let src = self.source(file)?;
        let mut variants = Vec::new();
        for &w in self.srcset_widths.iter().filter(|w| **w < src.width) {
            let r = self.resize(file, &Resize::width(w))?;
            variants.push((r.url, r.width));
        }
        Ok((!variants.is_empty()).then_some(Srcset { variants }))
    }

    /// The cache file for a variant: reuse it if present, else decode, resize, encode.
    #[allow(clippy::too_many_arguments)]
    fn produce(
        &self,
        file: &Path,
        name: &str,
        op: Op,
        w: u32,
        h: u32,
        format: Format,
        quality: u8,
    ) -> Result<PathBuf, Diagnostic> {
        let shown = self.shown(file);
        let target = self.cache_dir.join(name);
        if target.is_file() {
            return Ok(target);
        }
        let bytes = read(file, &shown)?;
        let img = decode(&bytes, &shown, self.max_pixels)?;
        let out = match op {
            Op::Fill => img.resize_to_fill(w, h, image::imageops::FilterType::Lanczos3),
            _ if (w, h) == (img.width(), img.height()) => img,
            _ => img.resize_exact(w, h, image::imageops::FilterType::Lanczos3),
        };
        let encoded = encode(&out, format, quality).map_err(|e| {
            Diagnostic::error(
                &shown,
                crate::t!(
                    "img-save-failed",
                    image = shown.display().to_string(),
                    format = format.ext(),
                    why = e.to_string()
                ),
            )
            .hint(crate::t!("img-save-failed-hint"))
        })?;
        write_atomic(&self.cache_dir, &target, &encoded).map_err(|e| {
            Diagnostic::error(
                self.shown(&self.cache_dir),
                crate::t!("img-cache-failed", why = e.to_string()),
            )
            .hint(crate::t!("img-cache-failed-hint"))
        })?;
        self.encodes.fetch_add(1, Ordering::Relaxed);
        Ok(target)
    }

    /// Read, hash and check the header of a source image, once per process.
    fn source(&self, file: &Path) -> Result<Arc<Source>, Diagnostic> {
        let cell = {
            let mut map = lock(&self.sources);
            map.entry(file.to_path_buf()).or_default().clone()
        };
        cell.get_or_init(|| {
            let shown = self.shown(file);
            let bytes = read(file, &shown)?;
            let (format, width, height) = header(&bytes, &shown, self.max_pixels)?;
            Ok(Arc::new(Source {
                hash: hex(&Sha256::digest(&bytes)),
                width,
                height,
                format,
            }))
        })
        .clone()
    }
}

/// Remove `.` and `..` without touching the disk (so paths shown stay readable).
fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            c => out.push(c.as_os_str()),
        }
    }
    out
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Output size of an operation (pure). Errors name the missing or bad argument.
pub fn target_size(
    op: Op,
    orig_w: u32,
    orig_h: u32,
    width: Option<u32>,
    height: Option<u32>,
) -> Result<(u32, u32), String> {
    let need = |v: Option<u32>, name: &str| -> Result<u32, String> {
        match v {
            Some(0) => Err(crate::t!("img-at-least-one", name = name)),
            Some(v) => Ok(v),
            None => Err(crate::t!("img-op-needs", op = op.name(), name = name)),
        }
    };
    let scaled = |num: u32, a: u32, b: u32| -> u32 {
        // round(num * a / b), at least 1
        let v = (u64::from(num) * u64::from(a) * 2 + u64::from(b)) / (2 * u64::from(b).max(1));
        v.clamp(1, u64::from(u32::MAX)) as u32
    };
    Ok(match op {
        Op::Scale | Op::Fill => (need(width, "width")?, need(height, "height")?),
        Op::FitWidth => {
            let w = need(width, "width")?;
            (w, scaled(orig_h, w, orig_w))
        }
        Op::FitHeight => {
            let h = need(height, "height")?;
            (scaled(orig_w, h, orig_h), h)
        }
        Op::Fit => {
            let (w, h) = (need(width, "width")?, need(height, "height")?);
            if orig_w <= w && orig_h <= h {
                (orig_w, orig_h)
            } else if u64::from(orig_w) * u64::from(h) > u64::from(orig_h) * u64::from(w) {
                // wider than the box: width decides
                (w, scaled(orig_h, w, orig_w))
            } else {
                (scaled(orig_w, h, orig_h), h)
            }
        }
    })
}

fn auto_format(source: ImageFormat) -> Format {
    match source {
        ImageFormat::Jpeg => Format::Jpg,
        _ => Format::Png,
    }
}

fn format_names(f: ImageFormat) -> (&'static str, &'static str) {
    match f {
        ImageFormat::Png => ("png", "image/png"),
        ImageFormat::Jpeg => ("jpg", "image/jpeg"),
        ImageFormat::WebP => ("webp", "image/webp"),
        ImageFormat::Gif => ("gif", "image/gif"),
        _ => ("unknown", "application/octet-stream"),
    }
}

fn read(file: &Path, shown: &Path) -> Result<Vec<u8>, Diagnostic> {
    crate::diag::read_regular(file).map_err(|e| {
        Diagnostic::error(
            shown,
            crate::t!(
                "img-unreadable",
                image = shown.display().to_string(),
                why = e.to_string()
            ),
        )
        .hint(crate::t!("read-failed-hint"))
    })
}

fn unreadable(shown: &Path, why: impl ToString) -> Diagnostic {
    Diagnostic::error(
        shown,
        format!(
            "{}",
            crate::t!(
                "img-damaged",
                image = shown.display().to_string(),
                why = why.to_string()
            )
        ),
    )
    .expected(crate::t!("img-damaged-expected"))
    .hint(crate::t!("img-damaged-hint"))
}

/// Format and dimensions from the header, without decoding the pixels; refuses
/// images over `max_pixels`.
fn header(
    bytes: &[u8],
    shown: &Path,
    max_pixels: u64,
) -> Result<(ImageFormat, u32, u32), Diagnostic> {
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| unreadable(shown, e))?;
    let format = match reader.format() {
        Some(f @ (ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP | ImageFormat::Gif)) => {
            f
        }
        Some(f) => {
            return Err(unreadable(
                shown,
                crate::t!(
                    "img-kind-unsupported",
                    kind = f.extensions_str().first().copied().unwrap_or("?")
                ),
            ))
        }
        None => return Err(unreadable(shown, crate::t!("img-kind-unknown"))),
    };
    let (w, h) = reader.into_dimensions().map_err(|e| unreadable(shown, e))?;
    if w == 0 || h == 0 {
        return Err(unreadable(
            shown,
            crate::t!("img-says-size", width = w, height = h),
        ));
    }
    let pixels = u64::from(w) * u64::from(h);
    if pixels > max_pixels {
        return Err(Diagnostic::error(
            shown,
            crate::t!(
                "img-too-large",
                image = shown.display().to_string(),
                width = w,
                height = h,
                megapixels = format!("{:.0}", pixels as f64 / 1e6),
                limit = format!("{:.0}", max_pixels as f64 / 1e6)
            ),
        )
        .expected(crate::t!("img-too-large-expected", limit = max_pixels))
        .found(crate::t!(
            "img-too-large-found",
            width = w,
            height = h,
            pixels = pixels
        ))
        .hint(crate::t!("img-too-large-hint")));
    }
    Ok((format, w, h))
}

/// Decode under limits (a second line of defence after the header check).
fn decode(bytes: &[u8], shown: &Path, max_pixels: u64) -> Result<DynamicImage, Diagnostic> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| unreadable(shown, e))?;
    let mut limits = image::Limits::default();
    let side = u32::try_from(max_pixels).unwrap_or(u32::MAX);
    limits.max_image_width = Some(side);
    limits.max_image_height = Some(side);
    // 8 bytes a pixel (16-bit RGBA) plus slack for decoder buffers.
    limits.max_alloc = Some(max_pixels.saturating_mul(8).saturating_add(64 << 20));
    reader.limits(limits);
    reader.decode().map_err(|e| match e {
        image::ImageError::Limits(_) => Diagnostic::error(
            shown,
            crate::t!("img-too-large-to-open", image = shown.display().to_string()),
        )
        .expected(crate::t!("img-too-large-expected", limit = max_pixels))
        .hint(crate::t!("img-too-large-hint")),
        e => unreadable(shown, e),
    })
}

fn encode(img: &DynamicImage, format: Format, quality: u8) -> image::ImageResult<Vec<u8>> {
    use image::codecs::{jpeg::JpegEncoder, png::PngEncoder, webp::WebPEncoder};
    let mut out = Vec::new();
    match format {
        Format::Jpg => {
            let rgb = DynamicImage::ImageRgb8(img.to_rgb8());
            rgb.write_with_encoder(JpegEncoder::new_with_quality(&mut out, quality))?;
        }
        Format::Webp => {
            let img = if img.color().has_alpha() {
                DynamicImage::ImageRgba8(img.to_rgba8())
            } else {
                DynamicImage::ImageRgb8(img.to_rgb8())
            };
            img.write_with_encoder(WebPEncoder::new_lossless(&mut out))?;
        }
        Format::Png | Format::Auto => {
            img.write_with_encoder(PngEncoder::new(&mut out))?;
        }
    }
    Ok(out)
}

/// Write via a temporary file and rename, so a cache file is never half written.
fn write_atomic(dir: &Path, target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut tmp, bytes)?;
    tmp.persist(target).map_err(|e| e.error)?;
    Ok(())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_of_every_op() {
        let t = |op, w, h| target_size(op, 1600, 1000, w, h);
        assert_eq!(t(Op::Scale, Some(100), Some(100)), Ok((100, 100)));
        assert_eq!(t(Op::FitWidth, Some(800), None), Ok((800, 500)));
        assert_eq!(t(Op::FitHeight, None, Some(250)), Ok((400, 250)));
        assert_eq!(t(Op::Fit, Some(400), Some(400)), Ok((400, 250)));
        assert_eq!(t(Op::Fit, Some(1000), Some(250)), Ok((400, 250)));
        assert_eq!(t(Op::Fit, Some(2000), Some(2000)), Ok((1600, 1000)));
        assert_eq!(t(Op::Fill, Some(300), Some(300)), Ok((300, 300)));
        assert_eq!(
            t(Op::FitWidth, None, Some(3)),
            Err(crate::t!("img-op-needs", op = "fit_width", name = "width"))
        );
        assert_eq!(
            t(Op::Scale, Some(0), Some(3)),
            Err(crate::t!("img-at-least-one", name = "width"))
        );
        // rounding and never 0
        assert_eq!(target_size(Op::FitWidth, 3, 1, Some(1), None), Ok((1, 1)));
        assert_eq!(target_size(Op::FitWidth, 3, 2, Some(2), None), Ok((2, 1)));
    }

    #[test]
    fn parse_ops_and_formats() {
        assert_eq!(Op::parse("fit_height"), Ok(Op::FitHeight));
        assert!(Op::parse("crop").unwrap_err().contains("`crop`"));
        assert_eq!(Format::parse("jpeg"), Ok(Format::Jpg));
        assert!(Format::parse("avif").unwrap_err().contains("\"webp\""));
    }

    #[test]
    fn relative_paths_only() {
        assert!(crate::paths::check_relative("../b.png").is_err());
    }
}

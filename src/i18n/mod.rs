//! Every text a user reads, in Danish (the default) and English, from one
//! catalog per language: `da.ftl` and `en.ftl` (Mozilla's Fluent format, read by
//! `fluent-bundle`). Code names a message by its key with [`t!`]:
//!
//! ```ignore
//! Diagnostic::error(path, t!("content-symlink"))
//!     .hint(t!("content-symlink-hint", folder = "content/"))
//! ```
//!
//! The language is chosen once, before any work: `--lang`, else `VILDE_LANG`,
//! else `LANG` when it names Danish or English, else the site's
//! `default_language` (a site that is not Danish gets English), else Danish.
//! A test keeps the two catalogs in step (the same keys, the same variables).

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The catalogs, compiled in.
pub const DA: &str = include_str!("da.ftl");
pub const EN: &str = include_str!("en.ftl");

/// A language vilde speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Da,
    En,
}

impl Lang {
    /// `da`, `da_DK.UTF-8`, `en`, `en-GB`, … (case does not matter); `None` for others.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        if s == "da" || s.starts_with("da_") || s.starts_with("da-") || s.starts_with("da.") {
            Some(Lang::Da)
        } else if s == "en" || s.starts_with("en_") || s.starts_with("en-") || s.starts_with("en.")
        {
            Some(Lang::En)
        } else {
            None
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }
}

/// 0: not chosen yet (Danish), 1: Danish, 2: English. `EXPLICIT` is set when the
/// user chose (flag or environment), so a site's language does not override it.
static CURRENT: AtomicU8 = AtomicU8::new(0);
static EXPLICIT: AtomicU8 = AtomicU8::new(0);

/// The language messages are written in now. Danish unless chosen otherwise;
/// the library's own unit tests, which check logic and never choose, read English
/// (the binary's tests check the messages in both languages).
pub fn current() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        2 => Lang::En,
        0 if cfg!(test) => Lang::En,
        _ => Lang::Da,
    }
}

/// Use `lang` from now on (the user's choice: a site's language will not change it).
pub fn set(lang: Lang) {
    CURRENT.store(if lang == Lang::En { 2 } else { 1 }, Ordering::Relaxed);
    EXPLICIT.store(1, Ordering::Relaxed);
}

/// Choose from `--lang` (already found by the caller), `VILDE_LANG` and `LANG`.
/// Returns false for a `--lang` vilde does not speak.
pub fn choose(flag: Option<&str>) -> bool {
    if let Some(f) = flag {
        match Lang::parse(f) {
            Some(l) => set(l),
            None => return false,
        }
        return true;
    }
    for var in ["VILDE_LANG", "LANG"] {
        if let Some(l) = std::env::var(var).ok().as_deref().and_then(Lang::parse) {
            set(l);
            return true;
        }
    }
    true
}

/// A site whose `default_language` is not Danish gets English messages, unless the
/// user chose a language.
pub fn follow_site(default_language: &str) {
    if EXPLICIT.load(Ordering::Relaxed) == 0 {
        let lang = if Lang::parse(default_language) == Some(Lang::Da) {
            Lang::Da
        } else {
            Lang::En
        };
        CURRENT.store(if lang == Lang::En { 2 } else { 1 }, Ordering::Relaxed);
    }
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 2]> = OnceLock::new();
    let make = |code: &str, src: &str| {
        let id: unic_langid::LanguageIdentifier = code.parse().unwrap_or_default();
        let mut b = FluentBundle::new_concurrent(vec![id]);
        b.set_use_isolating(false);
        // The catalogs are checked by tests; a broken entry is left out, never a panic.
        let res = FluentResource::try_new(src.to_string()).unwrap_or_else(|(r, _)| r);
        let _ = b.add_resource(res);
        b
    };
    let all = BUNDLES.get_or_init(|| [make("da", DA), make("en", EN)]);
    match lang {
        Lang::Da => &all[0],
        Lang::En => &all[1],
    }
}

/// The message `key` in the current language with `args` filled in. A key
/// missing from the catalog gives the key itself (tests make sure none is).
pub fn text(key: &str, args: &[(&str, FluentValue)]) -> String {
    text_in(current(), key, args)
}

/// [`text`] in a given language.
pub fn text_in(lang: Lang, key: &str, args: &[(&str, FluentValue)]) -> String {
    let b = bundle(lang);
    let (id, attr) = match key.split_once('.') {
        Some((i, a)) => (i, Some(a)),
        None => (key, None),
    };
    let Some(msg) = b.get_message(id) else {
        return key.to_string();
    };
    let pattern = match attr {
        Some(a) => msg.get_attribute(a).map(|x| x.value()),
        None => msg.value(),
    };
    let Some(pattern) = pattern else {
        return key.to_string();
    };
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        fa.set(*k, v.clone());
    }
    let mut errors = Vec::new();
    b.format_pattern(pattern, Some(&fa), &mut errors)
        .into_owned()
}

/// Is there a message `key` (or `key.attribute`) in the current language?
pub fn has(key: &str) -> bool {
    let b = bundle(current());
    match key.split_once('.') {
        Some((id, attr)) => b
            .get_message(id)
            .is_some_and(|m| m.get_attribute(attr).is_some()),
        None => b.get_message(key).is_some_and(|m| m.value().is_some()),
    }
}

/// A value for a message argument: text, or a number (for plural forms).
pub fn arg<'a>(v: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    v.into()
}

/// `t!("key")`, `t!("key", name = value, …)`: the message in the current
/// language. Values are text (`&str`, `String`) or numbers (for plural forms);
/// anything else is given as text with `.to_string()`.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::i18n::text($key, &[])
    };
    ($key:literal, $($name:ident = $val:expr),+ $(,)?) => {
        $crate::i18n::text($key, &[$((stringify!($name), $crate::i18n::arg($val))),+])
    };
}

#[cfg(test)]
mod tests;

//! `vilde serve`: a preview build (drafts included) kept in memory and served over
//! HTTP, rebuilt when a watched file changes, with live reload and an error overlay
//! in the browser.
//!
//! There is no render path of its own: every build is `pipeline::build` into
//! `Sink::Memory`. The served site is an `Arc<Snapshot>` swapped under a lock, so a
//! failed build leaves the last good site in place. Nothing is written to disk.
//!
//! Parts: [`http`] (pure request → reply), [`reload`] (browser tabs on server-sent
//! events), [`watch`] (notify, filtering, bursts). This module wires them together
//! and reports what happens through a callback; only `cmd::serve` prints.

pub mod http;
pub mod reload;
pub mod watch;
mod wire;

use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use crate::diag::Diagnostic;
use crate::output::Sink;
use crate::pipeline::{self, Report};

use self::http::Snapshot;
use self::reload::Hub;
use self::watch::Watch;

/// How many free ports after the asked one are tried when it is in use.
pub const PORT_TRIES: u16 = 10;
/// How often open event streams get a keep-alive comment.
const PING: Duration = Duration::from_secs(20);

/// What to serve and where.
#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    pub interface: IpAddr,
    /// 0 = any free port.
    pub port: u16,
}

/// What happened, for the command to print.
#[derive(Debug)]
pub enum Event<'a> {
    /// The server listens at `url`. `port` differs from `asked` when that was in use.
    Listening { url: &'a str, asked: u16, port: u16 },
    /// A build succeeded. `changed`: its output differs from what was served.
    Built {
        report: &'a Report,
        /// The changed files (relative to the site root); empty for the first build.
        paths: &'a [PathBuf],
        changed: bool,
        /// The previous build had failed.
        fixed: bool,
        /// How many open tabs were told to reload.
        tabs: usize,
        /// From the first file event of the burst to the reload message being sent.
        since_event: Option<Duration>,
    },
    /// A build failed; the last good site is still served.
    Failed {
        diagnostics: &'a [Diagnostic],
        paths: &'a [PathBuf],
        tabs: usize,
    },
}

/// Shared between the request tasks and the rebuild loop.
struct Shared {
    site: RwLock<Arc<Snapshot>>,
    hub: Hub,
}

impl Shared {
    fn site(&self) -> Arc<Snapshot> {
        Arc::clone(&self.site.read().unwrap_or_else(|e| e.into_inner()))
    }
}

/// The `base_url` of the preview build and the address printed for people.
pub fn url_for(addr: SocketAddr) -> String {
    let ip = match addr.ip() {
        IpAddr::V4(v4) if v4.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(v6) if v6.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    match ip {
        IpAddr::V4(v4) => format!("http://{v4}:{}/", addr.port()),
        IpAddr::V6(v6) => format!("http://[{v6}]:{}/", addr.port()),
    }
}

/// Bind `interface:port`; when the port is in use, the next free one of
/// [`PORT_TRIES`]. Port 0 lets the system choose.
pub fn bind(interface: IpAddr, port: u16) -> Result<TcpListener, Diagnostic> {
    let last = if port == 0 {
        0
    } else {
        port.saturating_add(PORT_TRIES - 1)
    };
    for p in port..=last {
        match TcpListener::bind((interface, p)) {
            Ok(l) => return Ok(l),
            Err(e) if e.kind() == std::io::ErrorKind::AddrInUse && p < last => continue,
            Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => {
                let tried = if port == last {
                    crate::t!("serve-port-busy", port = port)
                } else {
                    crate::t!("serve-ports-busy", from = port, to = last)
                };
                return Err(
                    Diagnostic::error("--port", tried).hint(crate::t!("serve-port-busy-hint"))
                );
            }
            Err(e) => {
                return Err(Diagnostic::error(
                    "--interface",
                    crate::t!(
                        "serve-cannot-listen",
                        interface = interface.to_string(),
                        port = p,
                        why = e.to_string()
                    ),
                )
                .hint(crate::t!("serve-cannot-listen-hint")))
            }
        }
    }
    Err(Diagnostic::error("--port", crate::t!("serve-no-port")))
}

/// Stop flag set by Ctrl-C (SIGINT) and SIGTERM; a second Ctrl-C ends at once.
pub fn stop_on_ctrl_c() -> &'static AtomicBool {
    #[cfg(unix)]
    {
        extern "C" fn on_signal(_: libc::c_int) {
            STOP.store(true, Ordering::SeqCst);
            // SAFETY: signal() is async-signal-safe; back to the default for a second Ctrl-C.
            unsafe {
                libc::signal(libc::SIGINT, libc::SIG_DFL);
            }
        }
        let handler = on_signal as extern "C" fn(libc::c_int);
        // SAFETY: the handler only stores to an atomic and calls signal().
        unsafe {
            libc::signal(libc::SIGINT, handler as libc::sighandler_t);
            libc::signal(libc::SIGTERM, handler as libc::sighandler_t);
        }
    }
    &STOP
}

static STOP: AtomicBool = AtomicBool::new(false);

/// Serve until `stop` is set. Binds, builds, watches; reports through `on_event`.
/// Errors only for what makes serving impossible (no port, nothing to watch).
pub fn run(
    opts: &Options,
    stop: &AtomicBool,
    mut on_event: impl FnMut(Event<'_>),
) -> Result<(), Diagnostic> {
    if !opts.root.join(pipeline::config_file(&opts.root)).is_file() {
        return Err(Diagnostic::error(&opts.root, crate::t!("serve-not-a-site"))
            .hint(crate::t!("serve-not-a-site-hint")));
    }
    let listener = bind(opts.interface, opts.port)?;
    let addr = listener
        .local_addr()
        .map_err(|e| Diagnostic::error("--port", crate::t!("serve-cannot", why = e.to_string())))?;
    let url = url_for(addr);
    let build_opts = pipeline::Options {
        base_url: Some(url.clone()),
        preview: true,
        allow_minify: false,
        mode: "serve",
        ..pipeline::Options::new(&opts.root)
    };
    let mut watch = Watch::start(&opts.root, watched_files(&opts.root))?;

    let instance = format!(
        "{:x}{:x}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis())
            .unwrap_or(0)
    );
    let mut builds = 0u64;
    let shared = Arc::new(Shared {
        site: RwLock::new(Arc::new(Snapshot {
            generation: format!("{instance}-0"),
            ..Snapshot::default()
        })),
        hub: Hub::new(&format!("{instance}-0")),
    });
    rebuild(
        &build_opts,
        &shared,
        &instance,
        &mut builds,
        None,
        &[],
        &mut on_event,
    );

    let check_host = opts.interface.is_loopback();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("vilde-http")
        .enable_io()
        .enable_time()
        .build()
        .map_err(|e| Diagnostic::error("--port", crate::t!("serve-cannot", why = e.to_string())))?;
    listener
        .set_nonblocking(true)
        .map_err(|e| Diagnostic::error("--port", crate::t!("serve-cannot", why = e.to_string())))?;
    {
        let shared = Arc::clone(&shared);
        runtime.spawn(async move { wire::accept(listener, shared, check_host).await });
    }
    {
        let shared = Arc::clone(&shared);
        std::thread::spawn(move || loop {
            std::thread::sleep(PING);
            shared.hub.ping();
        });
    }
    on_event(Event::Listening {
        url: &url,
        asked: opts.port,
        port: addr.port(),
    });

    while let Some(burst) = watch.next_burst(stop) {
        rebuild(
            &build_opts,
            &shared,
            &instance,
            &mut builds,
            Some(burst.first),
            &burst.paths,
            &mut on_event,
        );
    }
    runtime.shutdown_timeout(Duration::from_secs(1));
    Ok(())
}

/// One build into memory; on success swap the site and tell the tabs.
fn rebuild(
    opts: &pipeline::Options,
    shared: &Shared,
    instance: &str,
    builds: &mut u64,
    first_event: Option<Instant>,
    paths: &[PathBuf],
    on_event: &mut impl FnMut(Event<'_>),
) {
    let mut sink = Sink::Memory(BTreeMap::new());
    match pipeline::build(opts, &mut sink) {
        Ok(report) => {
            let map = match sink {
                Sink::Memory(m) => m,
                Sink::Disk(_) => BTreeMap::new(),
            };
            let files: BTreeMap<String, Arc<Vec<u8>>> =
                map.into_iter().map(|(k, v)| (k, Arc::new(v))).collect();
            let old = shared.site();
            let changed = !old.built || !same_files(&old.files, &files);
            let fixed = shared.hub.has_error();
            let mut tabs = 0;
            if fixed {
                tabs = shared.hub.ok();
            }
            if changed {
                *builds += 1;
                let generation = format!("{instance}-{builds}");
                *shared.site.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(Snapshot {
                    files,
                    generation: generation.clone(),
                    built: true,
                });
                tabs = shared.hub.reload(&generation);
            }
            let since_event = first_event.map(|t| t.elapsed());
            on_event(Event::Built {
                report: &report,
                paths,
                changed,
                fixed,
                tabs,
                since_event,
            });
        }
        Err(f) => {
            let tabs = shared.hub.error(&reload::error_text(&f.diagnostics));
            on_event(Event::Failed {
                diagnostics: &f.diagnostics,
                paths,
                tabs,
            });
        }
    }
}

fn same_files(a: &BTreeMap<String, Arc<Vec<u8>>>, b: &BTreeMap<String, Arc<Vec<u8>>>) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b.iter())
            .all(|((ka, va), (kb, vb))| ka == kb && va == vb)
}

/// The watched single files for a site (relative to its root).
pub fn watched_files(root: &Path) -> Vec<PathBuf> {
    let opts = pipeline::Options::new(root);
    let slides = pipeline::load_config(&opts)
        .map(|(c, _)| PathBuf::from(&c.vilde.slide_template))
        .unwrap_or_else(|_| PathBuf::from("slide-template.toml"));
    vec![
        PathBuf::from("config.toml"),
        PathBuf::from("zola.toml"),
        slides,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert_eq!(
            url_for("127.0.0.1:1111".parse().unwrap()),
            "http://127.0.0.1:1111/"
        );
        assert_eq!(
            url_for("0.0.0.0:80".parse().unwrap()),
            "http://127.0.0.1:80/"
        );
        assert_eq!(url_for("[::1]:1111".parse().unwrap()), "http://[::1]:1111/");
        assert_eq!(url_for("[::]:1111".parse().unwrap()), "http://[::1]:1111/");
    }

    #[test]
    fn busy_port_moves_to_the_next() {
        let busy = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = busy.local_addr().unwrap().port();
        if port > u16::MAX - PORT_TRIES {
            return; // no room above this ephemeral port to try
        }
        let l = bind(IpAddr::V4(Ipv4Addr::LOCALHOST), port).unwrap();
        let got = l.local_addr().unwrap().port();
        assert!(got > port && got < port + PORT_TRIES, "{got} after {port}");
    }

    #[test]
    fn same_files_compares_bytes() {
        let m = |v: &str| {
            let mut m = BTreeMap::new();
            m.insert("a.html".to_string(), Arc::new(v.as_bytes().to_vec()));
            m
        };
        assert!(same_files(&m("x"), &m("x")));
        assert!(!same_files(&m("x"), &m("y")));
        assert!(!same_files(&m("x"), &BTreeMap::new()));
    }
}

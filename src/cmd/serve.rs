//! `vilde serve`: print what the preview server does (address, rebuilds, errors)
//! and stop on Ctrl-C. The work is in `crate::serve`.

use std::process::{Command, Stdio};

use crate::cli::ServeArgs;
use crate::serve::{self, Event};

pub fn run(args: &ServeArgs) -> i32 {
    let opts = serve::Options {
        root: args.site.root.clone(),
        interface: args.interface,
        port: args.port,
    };
    let stop = serve::stop_on_ctrl_c();
    let mut warnings = Vec::new();
    let result = serve::run(&opts, stop, |event| match event {
        Event::Listening { url, asked, port } => {
            if asked != 0 && asked != port {
                println!(
                    "{}",
                    crate::t!("serve-port-moved", asked = asked, port = port)
                );
            }
            if !args.interface.is_loopback() {
                eprintln!(
                    "{}",
                    crate::t!("serve-open-network", interface = args.interface.to_string())
                );
            }
            let root =
                std::fs::canonicalize(&args.site.root).unwrap_or_else(|_| args.site.root.clone());
            println!(
                "{}",
                crate::t!(
                    "serve-serving",
                    root = root.display().to_string(),
                    url = url
                )
            );
            println!("{}", crate::t!("serve-watching"));
            if args.open {
                open_browser(url);
            }
        }
        Event::Built {
            report,
            paths,
            changed,
            fixed,
            tabs,
            since_event,
        } => {
            // Warnings are printed when they change, not on every save.
            if report.warnings != warnings {
                super::print_without_pointers(&report.warnings);
                warnings = report.warnings.clone();
            }
            if fixed {
                println!("{}", crate::t!("serve-fixed"));
            }
            match since_event {
                None => println!(
                    "{}",
                    crate::t!(
                        "serve-built",
                        pages = report.pages,
                        files = report.files,
                        ms = report.elapsed.as_millis() as u64
                    )
                ),
                Some(total) => {
                    let what = changed_list(paths);
                    let outcome = if changed {
                        crate::t!("serve-outcome-reload")
                    } else {
                        crate::t!("serve-outcome-same")
                    };
                    let ms = report.elapsed.as_millis() as u64;
                    if args.verbose {
                        let total = format!("{:.1}", total.as_secs_f64() * 1000.0);
                        println!(
                            "{}",
                            crate::t!(
                                "serve-rebuilt-verbose",
                                ms = ms,
                                total = total,
                                outcome = outcome,
                                tabs = tabs,
                                what = what
                            )
                        );
                    } else {
                        println!("{}", crate::t!("serve-rebuilt", ms = ms, what = what));
                    }
                }
            }
        }
        Event::Failed {
            diagnostics,
            paths,
            tabs,
        } => {
            super::print_diagnostics(diagnostics);
            if paths.is_empty() {
                eprintln!("{}", crate::t!("serve-failed-first"));
            } else {
                eprintln!(
                    "{}",
                    crate::t!("serve-failed", what = changed_list(paths), tabs = tabs)
                );
            }
        }
    });
    match result {
        Ok(()) => {
            println!("{}", crate::t!("serve-stopped"));
            0
        }
        Err(d) => {
            super::print_diagnostics(&[d]);
            1
        }
    }
}

fn changed_list(paths: &[std::path::PathBuf]) -> String {
    const MAX: usize = 3;
    let names: Vec<String> = paths
        .iter()
        .take(MAX)
        .map(|p| p.display().to_string())
        .collect();
    if paths.len() > MAX {
        let list = names.join(", ");
        return crate::t!("serve-and-more", list = list, more = paths.len() - MAX);
    }
    names.join(", ")
}

/// Best effort: the system's "open this address" program.
fn open_browser(url: &str) {
    let program = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let started = Command::new(program)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    match started {
        Ok(mut child) => {
            std::thread::spawn(move || child.wait());
        }
        Err(_) => {
            eprintln!(
                "{}",
                crate::t!("serve-no-browser", program = program, url = url)
            )
        }
    }
}

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
                println!("Port {asked} is in use; using port {port} instead.");
            }
            if !args.interface.is_loopback() {
                eprintln!(
                    "warning: listening on {}: anyone who can reach this machine can see the site, drafts included",
                    args.interface
                );
            }
            let root =
                std::fs::canonicalize(&args.site.root).unwrap_or_else(|_| args.site.root.clone());
            println!(
                "Serving {} at {url} (preview with drafts; not the public site)",
                root.display()
            );
            println!("Watching for changes. Press Ctrl-C to stop.");
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
                super::print_diagnostics(&report.warnings);
                warnings = report.warnings.clone();
            }
            if fixed {
                println!("Fixed: the site builds again.");
            }
            match since_event {
                None => println!(
                    "Built {} pages, {} files in {} ms (preview build with drafts).",
                    report.pages,
                    report.files,
                    report.elapsed.as_millis()
                ),
                Some(total) => {
                    let what = changed_list(paths);
                    let outcome = if changed {
                        "reload sent"
                    } else {
                        "no change in the output"
                    };
                    if args.verbose {
                        println!(
                            "rebuilt in {} ms ({:.1} ms event → {outcome}; {tabs} tab(s)): {what}",
                            report.elapsed.as_millis(),
                            total.as_secs_f64() * 1000.0
                        );
                    } else {
                        println!("Rebuilt in {} ms: {what}", report.elapsed.as_millis());
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
                eprintln!("The site could not be built. Fix the error and save; the browser shows it too.");
            } else {
                eprintln!(
                    "The build failed after changes to {}; still serving the last version that worked ({tabs} tab(s) show the error).",
                    changed_list(paths)
                );
            }
        }
    });
    match result {
        Ok(()) => {
            println!("Stopped.");
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
    let mut names: Vec<String> = paths
        .iter()
        .take(MAX)
        .map(|p| p.display().to_string())
        .collect();
    if paths.len() > MAX {
        names.push(format!("and {} more", paths.len() - MAX));
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
            eprintln!("Could not open a browser ({program} is missing); open {url} yourself.")
        }
    }
}

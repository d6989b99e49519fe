//! `--golden DIR`: check saved pages against pinned expectations, the same machinery the
//! project's own `tests/golden.rs` runs over `fixtures/`.
//!
//! Layout: `DIR/<name>/input.html` (or `input.html.gz`, `input.htm`), optional
//! `options.json`, and any of `expected.txt`, `expected.md`, `expected.json` (at least
//! one: a page with none is reported as a change, since it would pass whatever it gave).
//! `--update` rewrites the ones a page has, and writes all three for a page with none.
//! `options.json` may hold `url`, `favor`, `comments`, `links`, `images`, `tables`,
//! `formatting` (as on the command line) and `ignore`: JSON fields not compared.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::diff::unified;
use super::tempfiles::{self, write_atomic};

const INPUT_NAMES: &[&str] = &["input.html", "input.html.gz", "input.htm", "input.htm.gz"];

/// Runs the check (or the update) and returns the exit status: 0 when nothing changed,
/// 1 when something did, 2 on an error.
pub fn run(dir: &Path, update: bool, base: &thresh::Options) -> i32 {
    if update {
        tempfiles::install_cleanup();
    }
    let mut cases: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect(),
        Err(e) => {
            eprintln!("thresh: {}: {e}", dir.display());
            return 2;
        }
    };
    cases.sort();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let (mut pages, mut changed, mut errors) = (0, 0, 0);
    for case in &cases {
        let Some(input) = INPUT_NAMES
            .iter()
            .map(|n| case.join(n))
            .find(|p| p.is_file())
        else {
            continue;
        };
        pages += 1;
        match check(case, &input, update, base) {
            Ok(report) if report.is_empty() => {}
            Ok(report) => {
                changed += 1;
                if out.write_all(report.as_bytes()).is_err() {
                    return 2; // broken pipe: stop quietly
                }
            }
            Err(e) => {
                errors += 1;
                eprintln!("thresh: {}: {e}", case.display());
            }
        }
    }
    let verb = if update { "updated" } else { "changed" };
    if writeln!(out, "{pages} pages, {changed} {verb}")
        .and_then(|_| out.flush())
        .is_err()
    {
        return 2;
    }
    if errors > 0 {
        2
    } else if changed > 0 && !update {
        1
    } else {
        0
    }
}

/// Extracts one case and compares (or writes) its expectations; returns the report.
fn check(
    case: &Path,
    input: &Path,
    update: bool,
    base: &thresh::Options,
) -> Result<String, String> {
    let opts_path = case.join("options.json");
    let opts_json: Value = match std::fs::read_to_string(&opts_path) {
        Ok(s) => serde_json::from_str(&s).map_err(|e| format!("options.json: {e}"))?,
        Err(_) => Value::Null,
    };
    let options = apply_options(base.clone(), &opts_json)?;
    let ignore: Vec<String> = opts_json
        .get("ignore")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    let bytes = std::fs::read(input).map_err(|e| e.to_string())?;
    let ex = thresh::extract(&bytes, &options).map_err(|e| e.to_string())?;
    let actual_json: Value = serde_json::from_str(&ex.to_json()).map_err(|e| e.to_string())?;
    let outputs = [
        ("expected.txt", ex.text()),
        ("expected.md", ex.markdown()),
        ("expected.json", pretty(&actual_json)),
    ];
    let name = case
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut report = String::new();
    let nothing_pinned = outputs.iter().all(|(file, _)| !case.join(file).is_file());
    // A page with nothing pinned would pass whatever it extracts: it is reported until
    // `--update` pins it.
    if !update && nothing_pinned {
        report.push_str(&format!(
            "{name}: nothing pinned (no expected.txt, expected.md or expected.json); \
             --update pins what it extracts now\n"
        ));
        return Ok(report);
    }
    for (file, actual) in outputs {
        let path = case.join(file);
        if update {
            // A page pins the expectations it has (a scraper may pin only its JSON);
            // a new page gets all three.
            let current = std::fs::read_to_string(&path).ok();
            if current.is_none() && !nothing_pinned {
                continue;
            }
            if current.as_deref() != Some(actual.as_str()) {
                write_atomic(&path, actual.as_bytes()).map_err(|e| format!("{file}: {e}"))?;
                report.push_str(&format!("updated {name}/{file}\n"));
            }
            continue;
        }
        let Ok(expected) = std::fs::read_to_string(&path) else {
            continue;
        };
        if file == "expected.json" {
            let exp: Value = serde_json::from_str(&expected).map_err(|e| format!("{file}: {e}"))?;
            report.push_str(&json_fields(&name, &exp, &actual_json, &ignore));
        } else {
            let d = unified(
                &expected,
                &actual,
                &format!("{name}/{file}"),
                &format!("{name}/{file} (actual)"),
            );
            report.push_str(&d);
        }
    }
    Ok(report)
}

fn pretty(v: &Value) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_default();
    s.push('\n');
    s
}

/// Field-by-field comparison of two JSON objects, skipping `ignore`.
fn json_fields(name: &str, expected: &Value, actual: &Value, ignore: &[String]) -> String {
    let mut out = String::new();
    let empty = serde_json::Map::new();
    let e = expected.as_object().unwrap_or(&empty);
    let a = actual.as_object().unwrap_or(&empty);
    let mut keys: Vec<&String> = e.keys().chain(a.keys()).collect();
    keys.sort();
    keys.dedup();
    for k in keys {
        if ignore.iter().any(|i| i == k) {
            continue;
        }
        let (ev, av) = (
            e.get(k).unwrap_or(&Value::Null),
            a.get(k).unwrap_or(&Value::Null),
        );
        if ev == av {
            continue;
        }
        if let (Some(es), Some(as_)) = (ev.as_str(), av.as_str()) {
            if es.contains('\n') || as_.contains('\n') {
                out.push_str(&format!("{name}/expected.json: field \"{k}\" differs:\n"));
                out.push_str(&unified(es, as_, "expected", "actual"));
                continue;
            }
        }
        out.push_str(&format!(
            "{name}/expected.json: field \"{k}\": expected {ev}, got {av}\n"
        ));
    }
    out
}

/// Applies an `options.json` object over the base options.
fn apply_options(mut o: thresh::Options, v: &Value) -> Result<thresh::Options, String> {
    let Some(map) = v.as_object() else {
        return Ok(o);
    };
    for (k, val) in map {
        let s = val.as_str();
        let b = val.as_bool();
        match (k.as_str(), s, b) {
            ("url", Some(u), _) => o.base_url = Some(u.to_string()),
            ("favor", Some("precision"), _) => o.favor = thresh::Favor::Precision,
            ("favor", Some("balanced"), _) => o.favor = thresh::Favor::Balanced,
            ("favor", Some("recall"), _) => o.favor = thresh::Favor::Recall,
            ("comments", _, Some(true)) => o.comments = thresh::Comments::Separate,
            ("comments", _, Some(false)) => o.comments = thresh::Comments::Exclude,
            ("links", _, Some(keep)) => {
                o.links = if keep {
                    thresh::Links::Keep
                } else {
                    thresh::Links::TextOnly
                }
            }
            ("images", _, Some(keep)) => {
                o.images = if keep {
                    thresh::Images::Keep
                } else {
                    thresh::Images::Drop
                }
            }
            ("tables", _, Some(keep)) => {
                o.tables = if keep {
                    thresh::Tables::Keep
                } else {
                    thresh::Tables::Drop
                }
            }
            ("formatting", _, Some(keep)) => {
                o.formatting = if keep {
                    thresh::Formatting::Keep
                } else {
                    thresh::Formatting::Drop
                }
            }
            ("ignore", _, _) => {}
            _ => {
                return Err(format!(
                    "options.json: unknown or invalid option \"{k}\": {val}"
                ))
            }
        }
    }
    Ok(o)
}

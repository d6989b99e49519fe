//! Running a command line: inputs → extraction → outputs, and the exit status.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::args::{Args, FormatArg, InputFormatArg};
use super::batch;
use super::inputs;
use super::progress::Progress;
use super::tempfiles::{self, write_atomic};
use super::work::{self, Done, Outcome};

/// Exit status: success.
pub const EXIT_OK: i32 = 0;
/// Exit status: no main content found.
pub const EXIT_NO_CONTENT: i32 = 1;
/// Exit status: an error.
pub const EXIT_ERROR: i32 = 2;

/// Runs the command and returns the exit status.
pub fn main(args: Args) -> i32 {
    if let Some(dir) = &args.golden {
        return super::golden::run(dir, args.update, &args.options());
    }
    let paths = match inputs::paths(&args) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("thresh: {e}");
            return EXIT_ERROR;
        }
    };
    let many = paths.len() > 1;
    if let Err(message) = check_usage(&args, many) {
        eprintln!("thresh: {message}");
        return EXIT_ERROR;
    }
    let json_lines = args.format == FormatArg::Json && args.output_dir.is_none();
    if let Some(dir) = &args.output_dir {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("thresh: {}: {e}", dir.display());
            return EXIT_ERROR;
        }
        tempfiles::install_cleanup();
    }
    if args.explain {
        return explain(&paths, &args);
    }
    if args.explain_html {
        return explain_html(&paths, &args);
    }
    let options = args.options();
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let mut status = EXIT_OK;
    let mut progress = Progress::new(paths.len());
    let mut cut_short = false;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let items = inputs::Items::new(
        paths,
        args.input_format,
        options.limits.max_input_bytes,
        json_lines,
    );
    batch::run_iter(
        items,
        jobs,
        |item| work::process(item, &options),
        |_, done| {
            let (code, ok) = emit(&mut out, done, &args, &mut progress);
            status = worse(status, code);
            cut_short |= !ok;
            ok
        },
    );
    cut_short |= out.flush().is_err();
    progress.finish(cut_short);
    status
}

/// Options that cannot go together, or an input count the output cannot hold.
fn check_usage(args: &Args, many: bool) -> Result<(), String> {
    if let Some(u) = &args.url {
        if !work::is_absolute_url(u) {
            return Err(format!(
                "--url must be an absolute URL with a scheme, like https://example.org/page: {u}"
            ));
        }
    }
    let json_lines = args.format == FormatArg::Json && args.output_dir.is_none();
    if matches!(
        args.input_format,
        InputFormatArg::Warc | InputFormatArg::Jsonl
    ) && !json_lines
        && !args.explain
    {
        return Err(
            "--input-format warc or jsonl needs --format json (and no --output-dir)".into(),
        );
    }
    if many
        && args.format != FormatArg::Json
        && args.output_dir.is_none()
        && !args.explain
        && !args.explain_html
    {
        return Err("several inputs with --format text or markdown need --output-dir DIR (or use --format json)".into());
    }
    Ok(())
}

/// The more severe of two exit statuses.
fn worse(a: i32, b: i32) -> i32 {
    a.max(b)
}

fn source_name(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// Writes one outcome; returns its exit status and whether to go on (false on a broken
/// pipe).
fn emit(out: &mut impl Write, done: Done, args: &Args, progress: &mut Progress) -> (i32, bool) {
    let Done {
        input,
        source,
        path,
        outcome,
        extra,
        bytes,
        streamed,
    } = done;
    let res = match outcome {
        Outcome::Note(text) => {
            // A note ends its input (the counts of a WARC file).
            progress.reached(input + 1, streamed);
            progress.message(&format!("thresh: {source}: {text}"));
            return (EXIT_OK, true);
        }
        Outcome::Failed(msg) => {
            progress.record(input, streamed, true, bytes);
            match &extra.url {
                Some(url) => progress.message(&format!("thresh: {source}: {url}: {msg}")),
                None => progress.message(&format!("thresh: {source}: {msg}")),
            }
            let ok = if args.format == FormatArg::Json && args.output_dir.is_none() {
                let rec = if extra.is_empty() {
                    serde_json::json!({"source": source, "error": msg}).to_string()
                } else {
                    extra.error_record(&source, &msg)
                };
                writeln!(out, "{rec}").is_ok()
            } else {
                true
            };
            return (EXIT_ERROR, ok);
        }
        Outcome::Done(ex) => ex,
    };
    progress.record(input, streamed, false, bytes);
    let code = if res.has_content() {
        EXIT_OK
    } else {
        EXIT_NO_CONTENT
    };
    let body = if extra.is_empty() {
        render(&res, &source, args)
    } else {
        extra.apply(&source, &res.to_json()) + "\n"
    };
    if let Some(dir) = &args.output_dir {
        let name = output_name(path.as_deref().unwrap_or(Path::new("-")), args.format);
        if let Err(e) = write_atomic(&dir.join(&name), body.as_bytes()) {
            progress.message(&format!(
                "thresh: {source}: cannot write {}: {e}",
                dir.join(&name).display()
            ));
            return (EXIT_ERROR, true);
        }
        return (code, true);
    }
    let ok = out.write_all(body.as_bytes()).is_ok();
    (code, ok)
}

fn render(ex: &thresh::Extraction, source: &str, args: &Args) -> String {
    match args.format {
        FormatArg::Json => {
            let mut s = thresh_json_with_source(ex, source);
            s.push('\n');
            s
        }
        FormatArg::Text | FormatArg::Markdown => {
            let body = if args.format == FormatArg::Text {
                ex.text()
            } else {
                ex.markdown()
            };
            if args.metadata {
                format!("{}\n\n{body}", ex.metadata_json())
            } else {
                body
            }
        }
    }
}

fn thresh_json_with_source(ex: &thresh::Extraction, source: &str) -> String {
    // `to_json` gives `{"url":…}`; put `source` first.
    let json = ex.to_json();
    let src = serde_json::to_string(source).unwrap_or_else(|_| "\"\"".into());
    match json.strip_prefix('{') {
        Some(rest) => format!("{{\"source\":{src},{rest}"),
        None => json,
    }
}

/// `DIR/<input name less .html/.htm/.gz>.txt` (or `.md`, `.json`).
fn output_name(path: &Path, format: FormatArg) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "stdin".into());
    let mut stem = name.as_str();
    for ext in [".gz", ".html", ".htm", ".xhtml"] {
        if let Some(s) = stem.strip_suffix(ext) {
            stem = s;
        }
    }
    let ext = match format {
        FormatArg::Text => "txt",
        FormatArg::Markdown => "md",
        FormatArg::Json => "json",
    };
    format!("{stem}.{ext}")
}

fn explain(inputs: &[PathBuf], args: &Args) -> i32 {
    let options = args.options();
    let mut status = EXIT_OK;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for path in inputs {
        let source = source_name(path);
        let bytes = match work::read_input(path, options.limits.max_input_bytes) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("thresh: {source}: {e}");
                status = EXIT_ERROR;
                continue;
            }
        };
        match thresh::explain(&bytes, &options) {
            Ok((ex, lines)) => {
                for l in lines {
                    let line = if inputs.len() > 1 {
                        format!("{source}: {l}")
                    } else {
                        l.to_string()
                    };
                    if writeln!(out, "{line}").is_err() {
                        return status;
                    }
                }
                if !ex.has_content() {
                    status = worse(status, EXIT_NO_CONTENT);
                }
            }
            Err(e) => {
                eprintln!("thresh: {source}: {e}");
                status = EXIT_ERROR;
            }
        }
    }
    let _ = out.flush();
    status
}

/// `--explain-html`: the annotated copy of each input on stdout (or in `--output-dir`
/// as `<name>.explain.html`).
fn explain_html(inputs: &[PathBuf], args: &Args) -> i32 {
    let options = args.options();
    if inputs.len() > 1 && args.output_dir.is_none() {
        eprintln!("thresh: --explain-html with several inputs needs --output-dir DIR");
        return EXIT_ERROR;
    }
    let mut status = EXIT_OK;
    for path in inputs {
        let source = source_name(path);
        let html = work::read_input(path, options.limits.max_input_bytes)
            .and_then(|b| thresh::explain_html(&b, &options).map_err(|e| e.to_string()));
        match (html, &args.output_dir) {
            (Ok(h), Some(dir)) => {
                let name = output_name(path, FormatArg::Text).replace(".txt", ".explain.html");
                if let Err(e) = write_atomic(&dir.join(name), h.as_bytes()) {
                    eprintln!("thresh: {source}: {e}");
                    status = EXIT_ERROR;
                }
            }
            (Ok(h), None) => {
                if io::stdout().lock().write_all(h.as_bytes()).is_err() {
                    return status;
                }
            }
            (Err(e), _) => {
                eprintln!("thresh: {source}: {e}");
                status = EXIT_ERROR;
            }
        }
    }
    status
}

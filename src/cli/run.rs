//! Running a command line: inputs → extraction → outputs, and the exit status.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use super::args::{Args, FormatArg};
use super::batch;

/// Exit status: success.
pub const EXIT_OK: i32 = 0;
/// Exit status: no main content found.
pub const EXIT_NO_CONTENT: i32 = 1;
/// Exit status: an error.
pub const EXIT_ERROR: i32 = 2;

/// One input's outcome.
pub enum Outcome {
    /// Extracted.
    Done(Box<thresh::Extraction>),
    /// Failed, with a one-line message.
    Failed(String),
}

/// Runs the command and returns the exit status.
pub fn main(args: Args) -> i32 {
    if let Some(dir) = &args.golden {
        return super::golden::run(dir, args.update, &args.options());
    }
    let inputs: Vec<PathBuf> = if args.inputs.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.inputs.clone()
    };
    if let Some(u) = &args.url {
        let scheme_ok = u.split_once("://").is_some_and(|(s, rest)| {
            !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)) && !rest.is_empty()
        });
        if !scheme_ok {
            eprintln!("thresh: --url must be an absolute URL with a scheme, like https://example.org/page: {u}");
            return EXIT_ERROR;
        }
    }
    let many = inputs.len() > 1;
    if many && args.format != FormatArg::Json && args.output_dir.is_none() && !args.explain {
        eprintln!("thresh: several inputs with --format text or markdown need --output-dir DIR (or use --format json)");
        return EXIT_ERROR;
    }
    if let Some(dir) = &args.output_dir {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("thresh: {}: {e}", dir.display());
            return EXIT_ERROR;
        }
    }
    if args.explain {
        return explain(&inputs, &args);
    }
    let options = args.options();
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let mut status = EXIT_OK;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    batch::run(
        inputs.len(),
        jobs,
        |i| process(inputs.get(i).map(PathBuf::as_path).unwrap_or(Path::new("-")), &options),
        |i, outcome| {
            let path = inputs.get(i).map(PathBuf::as_path).unwrap_or(Path::new("-"));
            let (code, ok) = emit(&mut out, path, outcome, &args);
            status = worse(status, code);
            ok
        },
    );
    if out.flush().is_err() {
        return status;
    }
    status
}

/// The more severe of two exit statuses.
fn worse(a: i32, b: i32) -> i32 {
    a.max(b)
}

fn source_name(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// Reads an input whole: a file, or stdin for `-`.
fn read_input(path: &Path, limit: u64) -> Result<Vec<u8>, String> {
    let mut buf = Vec::new();
    let res = if path.as_os_str() == "-" {
        io::stdin().lock().take(limit.saturating_add(1)).read_to_end(&mut buf)
    } else {
        std::fs::File::open(path).and_then(|f| f.take(limit.saturating_add(1)).read_to_end(&mut buf))
    };
    res.map_err(|e| e.to_string())?;
    // Compressed input may legitimately exceed the limit before decompression only if
    // it is gzip; the library enforces the decompressed size.
    Ok(buf)
}

/// Reads and extracts one input.
pub fn process(path: &Path, options: &thresh::Options) -> Outcome {
    // Allow for gzip: read up to the limit (gzip is smaller than what it holds).
    let bytes = match read_input(path, options.limits.max_input_bytes) {
        Ok(b) => b,
        Err(e) => return Outcome::Failed(e),
    };
    match thresh::extract(&bytes, options) {
        Ok(ex) => Outcome::Done(Box::new(ex)),
        Err(e) => Outcome::Failed(e.to_string()),
    }
}

/// Writes one outcome; returns its exit status and whether to go on (false on a broken
/// pipe).
fn emit(out: &mut impl Write, path: &Path, outcome: Outcome, args: &Args) -> (i32, bool) {
    let source = source_name(path);
    let res = match outcome {
        Outcome::Failed(msg) => {
            eprintln!("thresh: {source}: {msg}");
            let ok = if args.format == FormatArg::Json && args.output_dir.is_none() {
                let rec = serde_json::json!({"source": source, "error": msg});
                writeln!(out, "{rec}").is_ok()
            } else {
                true
            };
            return (EXIT_ERROR, ok);
        }
        Outcome::Done(ex) => ex,
    };
    let code = if res.has_content() {
        EXIT_OK
    } else {
        EXIT_NO_CONTENT
    };
    let body = render(&res, &source, args);
    if let Some(dir) = &args.output_dir {
        let name = output_name(path, args.format);
        if let Err(e) = write_atomic(&dir.join(&name), body.as_bytes()) {
            eprintln!("thresh: {source}: cannot write {}: {e}", dir.join(&name).display());
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

/// Writes `bytes` to `dest` through a temporary file in the same folder and a rename,
/// so that a reader never sees a partial file.
pub fn write_atomic(dest: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = dest.parent().unwrap_or(Path::new("."));
    let name = dest.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let res = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, dest)
    })();
    if res.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    res
}

fn explain(inputs: &[PathBuf], args: &Args) -> i32 {
    let options = args.options();
    let mut status = EXIT_OK;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for path in inputs {
        let source = source_name(path);
        let bytes = match read_input(path, options.limits.max_input_bytes) {
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
                    let line = if inputs.len() > 1 { format!("{source}: {l}") } else { l.to_string() };
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

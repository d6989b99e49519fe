//! Adversarial inputs: pathological nesting and sizes, every charset encoding_rs knows,
//! empty and binary inputs, gzip bombs, odd markup, and the saved fuzzer crashes in
//! `tests/regressions/`. Every input is generated in code.
//!
//! For each input the suite checks that nothing panics, that the `Result` (or the CLI's
//! exit status) is the documented one, that every rendering (text, Markdown, JSON) is
//! clean UTF-8 without control characters other than `\n` and `\t`, and that the time
//! stays linear: a generous bound (`TIME_LIMIT`), not a benchmark.
//!
//! Each test prints one line `adversarial | NAME | SECONDS s | peak RSS KB` on stderr, so
//! a table can be compiled by running one test at a time:
//!
//! ```text
//! cargo test --release --test adversarial NAME -- --nocapture
//! ```
//!
//! (Peak RSS is the test process's high-water mark; it is per input only when one test
//! runs alone, as above. CLI runs report the child's time and its peak RSS sampled every
//! 10 ms, a lower bound; for exact figures run the binary under `/usr/bin/time -f %M`.)
//!
//! CLI runs are killed at their bound (`TIME_LIMIT`, or 10 s for the quadratic-parse
//! probes), so an input that goes quadratic fails its test in seconds instead of holding
//! a core for minutes. Tests whose doc comment starts with "BUG" fail on purpose until the
//! bug they describe is fixed in `src/`.
//!
//! The themes live in `tests/adversarial/`: `structure` (nesting, sizes, limits),
//! `encodings` (charsets), `inputs` (empty, gzip, binary, odd markup, CLI limits).

#[path = "adversarial/encodings.rs"]
mod encodings;
#[path = "adversarial/inputs.rs"]
mod inputs;
#[path = "adversarial/structure.rs"]
mod structure;

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use thresh::{Extraction, Options};

/// Generous per-input time bound: a quadratic blow-up on these sizes takes far longer.
pub const TIME_LIMIT: Duration = Duration::from_secs(30);

/// CLI exit statuses (see `thresh --help`).
pub const EXIT_OK: i32 = 0;
pub const EXIT_NO_CONTENT: i32 = 1;
pub const EXIT_ERROR: i32 = 2;

/// Three sentences of running prose: enough words, commas and stops to be main content.
pub const PROSE: &str = "The river rose slowly through the night, and by morning the lower \
fields were under water. Farmers who had lived in the valley all their lives said they had \
never seen it climb so fast, although their parents had told stories of the great flood. \
By noon the water had reached the old stone bridge, where a crowd stood watching it in silence.";

/// The peak resident set size (`VmHWM`) in KB of a process (`self` or a pid), on Linux.
fn vm_hwm_kb(process: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{process}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The test process's peak resident set size in KB, or 0 when unknown.
pub fn peak_rss_kb() -> u64 {
    vm_hwm_kb("self").unwrap_or(0)
}

/// Runs `f`, prints the summary line for `name` and asserts the time bound.
pub fn timed<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    let elapsed = start.elapsed();
    eprintln!(
        "adversarial | {name} | {:.3} s | peak RSS {} KB",
        elapsed.as_secs_f64(),
        peak_rss_kb()
    );
    assert!(
        elapsed < TIME_LIMIT,
        "{name}: took {elapsed:?}, bound {TIME_LIMIT:?}"
    );
    out
}

/// The first control character other than `\n` and `\t` in `s`, if any.
pub fn bad_control(s: &str) -> Option<(usize, char)> {
    s.char_indices()
        .find(|&(_, c)| c.is_control() && c != '\n' && c != '\t')
}

/// Asserts that `s` holds no control character other than `\n` and `\t`.
pub fn assert_clean(what: &str, s: &str) {
    if let Some((at, c)) = bad_control(s) {
        let from = floor_boundary(s, at.saturating_sub(40));
        let to = floor_boundary(s, at + 40);
        panic!(
            "{what}: control char {c:?} at byte {at}: {:?}",
            &s[from..to]
        );
    }
}

/// Asserts that every string inside a JSON value is clean.
fn assert_clean_json(what: &str, v: &serde_json::Value) {
    match v {
        serde_json::Value::String(s) => assert_clean(what, s),
        serde_json::Value::Array(a) => a.iter().for_each(|x| assert_clean_json(what, x)),
        serde_json::Value::Object(o) => o.iter().for_each(|(k, x)| {
            assert_clean(what, k);
            assert_clean_json(what, x);
        }),
        _ => {}
    }
}

/// Parses a JSON rendering and checks it and every string in it.
pub fn check_json(what: &str, json: &str) -> serde_json::Value {
    assert_clean(what, json);
    let v: serde_json::Value =
        serde_json::from_str(json).unwrap_or_else(|e| panic!("{what}: JSON does not parse: {e}"));
    assert_clean_json(what, &v);
    v
}

/// Checks every rendering of `ex`: text, Markdown, JSON and the metadata JSON. Returns
/// the text. The JSON's `"text"` must be the text rendering.
pub fn check_outputs(name: &str, ex: &Extraction) -> String {
    let text = ex.text();
    assert_clean(&format!("{name} text"), &text);
    assert_clean(&format!("{name} markdown"), &ex.markdown());
    let json = check_json(&format!("{name} json"), &ex.to_json());
    assert_eq!(
        json["text"].as_str(),
        Some(text.as_str()),
        "{name}: JSON text differs"
    );
    check_json(&format!("{name} metadata json"), &ex.metadata_json());
    assert_eq!(
        ex.has_content(),
        !text.trim().is_empty(),
        "{name}: has_content vs text"
    );
    text
}

/// `thresh::extract` under the time bound, expecting `Ok`; all outputs checked.
pub fn extract_ok(name: &str, bytes: &[u8], options: &Options) -> (Extraction, String) {
    let res = timed(name, || thresh::extract(bytes, options));
    let ex = res.unwrap_or_else(|e| panic!("{name}: expected Ok, got Err({e:?})"));
    let text = check_outputs(name, &ex);
    (ex, text)
}

/// `thresh::extract` with default options, expecting `Ok`; all outputs checked. Not timed
/// on its own (for loops over many small inputs inside one `timed`).
pub fn extract_checked(name: &str, bytes: &[u8]) -> (Extraction, String) {
    let ex = thresh::extract(bytes, &Options::default())
        .unwrap_or_else(|e| panic!("{name}: expected Ok, got Err({e:?})"));
    let text = check_outputs(name, &ex);
    (ex, text)
}

/// `thresh::extract` under the time bound, expecting `Err`.
pub fn extract_err(name: &str, bytes: &[u8], options: &Options) -> thresh::Error {
    match timed(name, || thresh::extract(bytes, options)) {
        Ok(ex) => panic!(
            "{name}: expected an error, got Ok with text {:?}",
            short(&ex.text())
        ),
        Err(e) => e,
    }
}

/// The largest char boundary of `s` at or below `i` (`str::floor_char_boundary` is
/// newer than the crate's MSRV).
pub fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// At most 200 bytes of `s`, for messages.
pub fn short(s: &str) -> &str {
    &s[..floor_boundary(s, 200)]
}

/// `Options::default()` with other limits.
pub fn limits(max_input_bytes: u64, max_nodes: usize) -> Options {
    Options::default().limits(thresh::Limits {
        max_input_bytes,
        max_nodes,
    })
}

/// Reads a child's pipe to the end on a thread.
fn drain(pipe: Option<impl Read + Send + 'static>) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut buf);
        }
        buf
    })
}

/// Runs the CLI with `args` and `stdin`. A run that outlasts `limit` is killed and the
/// test fails, so a quadratic input costs the suite the bound, not its whole run time.
/// Prints the summary line with the child's peak RSS, sampled every 10 ms (so a lower
/// bound, and meaningless for runs of a few milliseconds).
fn run_cli(name: &str, args: &[&str], stdin: &[u8], limit: Duration) -> Output {
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_thresh"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn thresh");
    let (pid, mut pipe, data) = (
        child.id(),
        child.stdin.take().expect("stdin"),
        stdin.to_vec(),
    );
    // The child may exit before reading everything (limits): ignore broken pipes.
    let feeder = std::thread::spawn(move || {
        let _ = pipe.write_all(&data);
    });
    let (stdout, stderr) = (drain(child.stdout.take()), drain(child.stderr.take()));
    let mut hwm = 0;
    let status = loop {
        hwm = vm_hwm_kb(&pid.to_string()).map_or(hwm, |kb| kb.max(hwm));
        if let Some(status) = child.try_wait().expect("wait thresh") {
            break Some(status);
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let elapsed = start.elapsed();
    let _ = feeder.join();
    let (stdout, stderr) = (
        stdout.join().expect("stdout"),
        stderr.join().expect("stderr"),
    );
    eprintln!(
        "adversarial | {name} | {:.3} s | child peak RSS >= {hwm} KB",
        elapsed.as_secs_f64()
    );
    let status =
        status.unwrap_or_else(|| panic!("{name}: killed after {elapsed:?}, bound {limit:?}"));
    Output {
        status,
        stdout,
        stderr,
    }
}

/// Runs the CLI (see `run_cli`) within `TIME_LIMIT` and checks its stdout: valid UTF-8,
/// clean, and parsing as JSON lines for `--format json`.
pub fn cli(name: &str, args: &[&str], stdin: &[u8]) -> Output {
    cli_within(name, args, stdin, TIME_LIMIT)
}

/// `cli` with another time bound.
pub fn cli_within(name: &str, args: &[&str], stdin: &[u8], limit: Duration) -> Output {
    let out = run_cli(name, args, stdin, limit);
    let stdout = std::str::from_utf8(&out.stdout)
        .unwrap_or_else(|e| panic!("{name}: CLI stdout is not UTF-8: {e}"));
    assert_clean(&format!("{name} CLI stdout"), stdout);
    if args.windows(2).any(|w| w == ["--format", "json"]) {
        stdout.lines().for_each(|l| {
            check_json(&format!("{name} CLI json"), l);
        });
    }
    out
}

/// Asserts the CLI's exit status, showing stderr when it differs.
pub fn assert_exit(name: &str, out: &Output, code: i32) {
    assert_eq!(
        out.status.code(),
        Some(code),
        "{name}: exit status; stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A temporary file unique to one test and this process, removed on drop.
pub struct TmpFile(pub PathBuf);

impl TmpFile {
    pub fn new(name: &str, bytes: &[u8]) -> TmpFile {
        let path = std::env::temp_dir().join(format!("thresh-adv-{}-{name}", std::process::id()));
        std::fs::write(&path, bytes).expect("write temp file");
        TmpFile(path)
    }

    pub fn arg(&self) -> &str {
        self.0.to_str().expect("temp path is UTF-8")
    }
}

impl Drop for TmpFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Every file in `tests/regressions/` (saved fuzzer finds and other inputs that once
/// crashed or hung) goes through `thresh::extract` with the default and with small
/// limits: no panic, within the bound, clean outputs whenever it is `Ok`.
#[test]
fn regressions_folder() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.is_file() && p.extension().is_none_or(|e| e != "md"));
    files.sort();
    assert!(
        !files.is_empty(),
        "tests/regressions/ should hold at least one input"
    );
    for path in files {
        let bytes = std::fs::read(&path).expect("read regression input");
        let name = format!(
            "regression {}",
            path.file_name().unwrap_or_default().to_string_lossy()
        );
        for options in [Options::default(), limits(4096, 256)] {
            if let Ok(ex) = timed(&name, || thresh::extract(&bytes, &options)) {
                check_outputs(&name, &ex);
            }
            // The text path too, past the binary sniff (fuzz inputs are often byte soup).
            let text = String::from_utf8_lossy(&bytes);
            if let Ok(ex) = timed(&name, || thresh::extract_str(&text, &options)) {
                check_outputs(&name, &ex);
            }
        }
    }
}

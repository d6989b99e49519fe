//! `--output-dir` under a signal: a run stopped by SIGTERM or SIGINT leaves no temporary
//! file behind, and every output file present is complete.

#![cfg(unix)]

use std::process::Stdio;
use std::time::{Duration, Instant};

mod common;
use common::{bin, Tmp};

/// Enough invented prose that each page takes a noticeable time to extract and write.
fn big_page(n: usize) -> String {
    let para = format!(
        "<p>Page {n}: the orchard keeper walks the rows at dawn, noting which branches bent \
         under the weight of fruit and which need a prop before the autumn gales arrive.</p>"
    );
    format!(
        "<!doctype html><html><head><title>Orchard log {n}</title></head><body>\
         <nav><a href=\"/\">Home</a></nav><article><h1>Orchard log {n}</h1>{}</article>\
         </body></html>",
        para.repeat(2_000)
    )
}

/// How many times each signal is sent. A signal mostly lands between two writes; the
/// cleanup of a file caught in flight is checked deterministically in `cli::tempfiles`.
const ROUNDS: usize = 4;

const PAGES: usize = 60;

fn stop_mid_run(signal: &str, test: &str) {
    let t = Tmp::new("signals", test);
    let names: Vec<String> = (0..PAGES).map(|n| format!("p{n:03}.html")).collect();
    for (n, name) in names.iter().enumerate() {
        t.write(name, big_page(n));
    }
    for round in 0..ROUNDS {
        let out = format!("out{round}");
        let mut args: Vec<&str> = vec!["--format", "json", "-j", "1", "--output-dir", &out];
        args.extend(names.iter().map(String::as_str));
        stop_once(&t, &args, &out, signal);
    }
}

fn stop_once(t: &Tmp, args: &[&str], out: &str, signal: &str) {
    let pages = PAGES;
    let child = bin()
        .args(args)
        .current_dir(&t.0)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn thresh");
    let out = t.0.join(out);
    let deadline = Instant::now() + Duration::from_secs(60);
    // Wait until the run is under way: the first finished output file exists.
    let finished = |rd: std::fs::ReadDir| {
        rd.filter_map(Result::ok)
            .any(|e| e.path().extension().is_some_and(|x| x == "json"))
    };
    while !std::fs::read_dir(&out).is_ok_and(finished) {
        assert!(Instant::now() < deadline, "no output appeared");
        std::thread::sleep(Duration::from_millis(2));
    }
    let pid = child.id().to_string();
    let sent = std::process::Command::new("kill")
        .args([signal, pid.as_str()])
        .status()
        .expect("run kill");
    assert!(sent.success());
    let res = child.wait_with_output().expect("wait thresh");
    assert_eq!(
        res.status.code(),
        Some(130),
        "stopped by a signal, thresh reports it: {}",
        String::from_utf8_lossy(&res.stderr)
    );
    let mut complete = 0;
    for entry in std::fs::read_dir(&out).expect("out dir") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        assert!(
            !name.ends_with(".tmp"),
            "temporary file left behind: {name}"
        );
        let body = std::fs::read_to_string(&path).expect("read output");
        let v: serde_json::Value =
            serde_json::from_str(&body).unwrap_or_else(|e| panic!("{name} is partial: {e}"));
        assert!(v["text"]
            .as_str()
            .is_some_and(|s| s.contains("orchard keeper")));
        complete += 1;
    }
    assert!(
        complete >= 1 && complete < pages,
        "stopped mid-run: {complete} files"
    );
}

#[test]
fn sigterm_leaves_no_partial_file() {
    stop_mid_run("-TERM", "term");
}

#[test]
fn sigint_leaves_no_partial_file() {
    stop_mid_run("-INT", "int");
}

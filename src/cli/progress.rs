//! Progress on stderr while a batch runs (only on a terminal, only for many inputs), and
//! the one-line summary at the end of a batch.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

/// Inputs (or records) from which a progress line is worth showing.
const MANY: u64 = 20;

/// Least time between two redraws.
const REDRAW: Duration = Duration::from_millis(100);

/// Counts what a batch has written, draws progress and writes the summary.
pub struct Progress {
    terminal: bool,
    inputs: usize,
    inputs_done: usize,
    start: Instant,
    last_draw: Option<Instant>,
    shown: bool,
    streamed: bool,
    pages: u64,
    failures: u64,
    bytes: u64,
}

impl Progress {
    /// For a batch of `inputs` input paths; draws only when stderr is a terminal that
    /// stdout is not also writing to.
    pub fn new(inputs: usize) -> Progress {
        let terminal = std::io::stderr().is_terminal() && !std::io::stdout().is_terminal();
        Progress::with_terminal(inputs, terminal)
    }

    fn with_terminal(inputs: usize, terminal: bool) -> Progress {
        Progress {
            terminal,
            inputs,
            inputs_done: 0,
            start: Instant::now(),
            last_draw: None,
            shown: false,
            streamed: false,
            pages: 0,
            failures: 0,
            bytes: 0,
        }
    }

    /// Counts one record of input number `input`.
    pub fn record(&mut self, input: usize, streamed: bool, failed: bool, bytes: u64) {
        self.pages += 1;
        self.failures += u64::from(failed);
        self.bytes += bytes;
        self.reached(input, streamed);
        if self.terminal && (self.inputs as u64 >= MANY || self.pages >= MANY) {
            let now = Instant::now();
            if self
                .last_draw
                .is_none_or(|t| now.duration_since(t) >= REDRAW)
            {
                self.last_draw = Some(now);
                self.shown = true;
                let line = self.line(now.duration_since(self.start));
                let mut err = std::io::stderr().lock();
                let _ = write!(err, "\r\x1b[2K{line}");
                let _ = err.flush();
            }
        }
    }

    /// Notes that input number `input` is being written: its earlier ones are done, and
    /// so is itself unless it is a stream of records.
    pub fn reached(&mut self, input: usize, streamed: bool) {
        let done = if streamed { input } else { input + 1 };
        self.inputs_done = self.inputs_done.max(done);
        self.streamed |= streamed;
    }

    /// Writes a line on stderr, clearing the progress line first.
    pub fn message(&mut self, line: &str) {
        self.clear();
        eprintln!("{line}");
    }

    fn clear(&mut self) {
        if self.shown {
            self.shown = false;
            self.last_draw = None;
            eprint!("\r\x1b[2K");
        }
    }

    /// Clears the progress line; then, for a batch (several inputs, or a WARC or JSONL
    /// one) that was not cut short, writes the summary.
    pub fn finish(&mut self, cut_short: bool) {
        self.clear();
        if !cut_short && (self.inputs > 1 || self.streamed) {
            eprintln!("{}", self.summary(self.start.elapsed()));
        }
    }

    fn line(&self, elapsed: Duration) -> String {
        let mut s = String::from("thresh: ");
        if self.inputs as u64 >= MANY {
            let width = 20;
            let filled = (self.inputs_done * width / self.inputs.max(1)).min(width);
            s.push_str(&format!(
                "[{}{}] {}/{} inputs, ",
                "#".repeat(filled),
                "-".repeat(width - filled),
                self.inputs_done,
                self.inputs
            ));
        }
        s.push_str(&format!(
            "{}, {}, {} ({})",
            count(self.pages, "page", "pages"),
            count(self.failures, "failure", "failures"),
            mb(self.bytes),
            rate(self.bytes, elapsed)
        ));
        s
    }

    fn summary(&self, elapsed: Duration) -> String {
        format!(
            "thresh: {}, {}, {} in {:.1} s ({})",
            count(self.pages, "page", "pages"),
            count(self.failures, "failure", "failures"),
            mb(self.bytes),
            elapsed.as_secs_f64(),
            rate(self.bytes, elapsed)
        )
    }
}

fn count(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

fn rate(bytes: u64, elapsed: Duration) -> String {
    let secs = elapsed.as_secs_f64().max(1e-3);
    format!("{:.1} MB/s", bytes as f64 / 1e6 / secs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        let mut p = Progress::with_terminal(40, false);
        for i in 0..10 {
            p.record(i, false, i == 3, 1_000_000);
        }
        assert_eq!(
            p.line(Duration::from_secs(2)),
            "thresh: [#####---------------] 10/40 inputs, 10 pages, 1 failure, 10.0 MB (5.0 MB/s)"
        );
        assert_eq!(
            p.summary(Duration::from_millis(9800)),
            "thresh: 10 pages, 1 failure, 10.0 MB in 9.8 s (1.0 MB/s)"
        );
        let one = Progress::with_terminal(1, false);
        assert_eq!(
            one.line(Duration::ZERO),
            "thresh: 0 pages, 0 failures, 0.0 MB (0.0 MB/s)"
        );
    }
}

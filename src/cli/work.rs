//! What a worker does with one item: read it, extract it, and say what its record gets.

use std::io::{self, Read};
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::inputs::{self, Item, Work};
use super::record::{Extra, Object};

/// One item's outcome.
pub enum Outcome {
    /// Extracted.
    Done(Box<thresh::Extraction>),
    /// Failed, with a one-line message.
    Failed(String),
    /// Not a record: a line for stderr.
    Note(String),
}

/// One item's outcome, with what its record needs.
pub struct Done {
    /// Index of the input path it comes from.
    pub input: usize,
    /// `source` of the record.
    pub source: String,
    /// The HTML file it was read from (names the output file with `--output-dir`).
    pub path: Option<PathBuf>,
    /// The outcome.
    pub outcome: Outcome,
    /// Fields the input adds to the record.
    pub extra: Extra,
    /// Bytes of HTML read.
    pub bytes: u64,
    /// Whether it comes from a WARC or JSONL input.
    pub streamed: bool,
}

/// Whether `u` is an absolute URL with a scheme, like `https://example.org/page`.
pub fn is_absolute_url(u: &str) -> bool {
    u.split_once("://").is_some_and(|(s, rest)| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
            && !rest.is_empty()
    })
}

/// Reads an input whole: a file, or stdin for `-`; at most `limit + 1` bytes (the
/// library enforces the limit after decompression).
pub fn read_input(path: &Path, limit: u64) -> Result<Vec<u8>, String> {
    let stream = inputs::open(path).map_err(|e| e.to_string())?;
    read_rest(Vec::new(), stream, limit)
}

/// Slack allowed over the size limit for gzip input, whose compressed form can be a
/// little larger than what it holds (stored blocks); the library enforces the limit on
/// the decompressed bytes.
const GZIP_SLACK: u64 = 1 << 20;

fn read_rest(mut buf: Vec<u8>, stream: inputs::Stream, limit: u64) -> Result<Vec<u8>, String> {
    let slack = if buf.starts_with(&[0x1f, 0x8b]) {
        GZIP_SLACK.max(limit / 64)
    } else {
        0
    };
    let room = limit
        .saturating_add(1)
        .saturating_add(slack)
        .saturating_sub(buf.len() as u64);
    stream
        .take(room)
        .read_to_end(&mut buf)
        .map_err(|e: io::Error| e.to_string())?;
    Ok(buf)
}

/// Reads and extracts one item.
pub fn process(item: Item, options: &thresh::Options) -> Done {
    let mut done = Done {
        input: item.input,
        source: item.source,
        path: None,
        outcome: Outcome::Failed(String::new()),
        extra: Extra::default(),
        bytes: 0,
        streamed: item.streamed,
    };
    let limit = options.limits.max_input_bytes;
    done.outcome = match item.work {
        Work::Html { path, opened } => {
            let read = match opened {
                Some((head, rest)) => read_rest(head, rest, limit),
                None => read_input(&path, limit),
            };
            done.path = Some(path);
            match read {
                Ok(bytes) => {
                    done.bytes = bytes.len() as u64;
                    outcome(thresh::extract(&bytes, options))
                }
                Err(e) => Outcome::Failed(e),
            }
        }
        Work::Warc(page) => {
            done.bytes = page.body.len() as u64;
            let opts = with_base(options, page.extra.url.as_deref());
            done.extra = page.extra;
            outcome(thresh::extract_with_charset(
                &page.body,
                page.charset.as_deref(),
                &opts,
            ))
        }
        Work::Jsonl(line) => jsonl(&line, options, &mut done),
        Work::Failed { message, extra } => {
            done.extra = extra;
            Outcome::Failed(message)
        }
        Work::Note(text) => Outcome::Note(text),
    };
    done
}

fn outcome(res: thresh::Result<thresh::Extraction>) -> Outcome {
    match res {
        Ok(ex) => Outcome::Done(Box::new(ex)),
        Err(e) => Outcome::Failed(e.to_string()),
    }
}

/// `options` with `url` as the base URL, when it is absolute.
fn with_base(options: &thresh::Options, url: Option<&str>) -> thresh::Options {
    match url {
        Some(u) if is_absolute_url(u) => options.clone().base_url(u),
        _ => options.clone(),
    }
}

/// One JSONL line: `html` (a string) is the page, `url` (a string, or null) its
/// address, and every other field goes into the record as it is.
fn jsonl(line: &[u8], options: &thresh::Options, done: &mut Done) -> Outcome {
    let mut fields: Object = match serde_json::from_slice(line) {
        Ok(o) => o,
        Err(e) => return Outcome::Failed(format!("not a JSON object: {e}")),
    };
    let html = fields.take("html");
    let url = fields.take("url");
    done.extra.back = fields.0;
    done.extra.url = match url {
        None | Some(Value::Null) => None,
        Some(Value::String(u)) => Some(u),
        Some(_) => return Outcome::Failed("\"url\" is not a string".into()),
    };
    let Some(Value::String(html)) = html else {
        return Outcome::Failed("no \"html\" string field".into());
    };
    done.bytes = html.len() as u64;
    let opts = with_base(options, done.extra.url.as_deref());
    outcome(thresh::extract_str(&html, &opts))
}

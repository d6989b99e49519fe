//! Inputs: the list of paths (INPUTs, then `--files-from`), what each one is (HTML,
//! WARC, JSON Lines) and the stream of work items they make: one per HTML file, one per
//! HTML response of a WARC file, one per JSONL line. Reading a WARC or JSONL stream
//! happens here, one item at a time, on whichever worker asks for the next item.

use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};

use flate2::read::MultiGzDecoder;
use serde_json::Value;
use thresh::warc::{self, HttpResponse, WarcError};

use super::args::{Args, InputFormatArg};
use super::record::Extra;

/// Bytes read from the start of an input to tell what it is.
const SNIFF_BYTES: usize = 8 * 1024;

/// A readable stream shared between threads.
pub type Stream = Box<dyn Read + Send>;

/// One unit of work: what a worker turns into one output record (or a note on stderr).
pub struct Item {
    /// Index of the input path this item comes from.
    pub input: usize,
    /// `source` of its record: the path, or `path:line` for JSONL.
    pub source: String,
    /// What to do.
    pub work: Work,
    /// Whether it comes from a WARC or JSONL input (a stream of records).
    pub streamed: bool,
}

/// What a worker does with an item.
pub enum Work {
    /// Read an HTML page, from `path` or from the bytes already read plus the rest of
    /// the stream, and extract it.
    Html {
        path: PathBuf,
        opened: Option<(Vec<u8>, Stream)>,
    },
    /// Extract an HTML response of a WARC file.
    Warc(WarcPage),
    /// Parse one JSONL line and extract its `html`.
    Jsonl(Vec<u8>),
    /// An error record.
    Failed { message: String, extra: Extra },
    /// A line for stderr, in its place in the output order (a WARC file's counts).
    Note(String),
}

/// An HTML response read from a WARC file.
pub struct WarcPage {
    /// The HTTP body.
    pub body: Vec<u8>,
    /// The charset of the HTTP `Content-Type`.
    pub charset: Option<String>,
    /// `url`, `warc_record_id`, `warc_date`.
    pub extra: Extra,
}

/// The input paths: INPUTs (stdin when there are none and no `--files-from`), then the
/// paths listed in `--files-from`.
pub fn paths(args: &Args) -> Result<Vec<PathBuf>, String> {
    let mut paths = args.inputs.clone();
    let Some(list) = &args.files_from else {
        if paths.is_empty() {
            paths.push(PathBuf::from("-"));
        }
        return Ok(paths);
    };
    let is_stdin = list.as_os_str() == "-";
    let mut bytes = Vec::new();
    let read = if is_stdin {
        io::stdin().lock().read_to_end(&mut bytes)
    } else {
        std::fs::File::open(list).and_then(|mut f| f.read_to_end(&mut bytes))
    };
    read.map_err(|e| format!("{}: {e}", list.display()))?;
    let sep = if args.null { b'\0' } else { b'\n' };
    for entry in bytes.split(|&b| b == sep) {
        let entry = if args.null {
            entry
        } else {
            entry.strip_suffix(b"\r").unwrap_or(entry)
        };
        if !entry.is_empty() {
            paths.push(path_from_bytes(entry));
        }
    }
    if is_stdin && paths.iter().any(|p| p.as_os_str() == "-") {
        return Err("--files-from - reads the list from stdin, so no input can be `-`".into());
    }
    Ok(paths)
}

#[cfg(unix)]
fn path_from_bytes(b: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(b))
}

#[cfg(not(unix))]
fn path_from_bytes(b: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(b).into_owned())
}

/// Opens an input: a file, or stdin for `-`.
pub fn open(path: &Path) -> io::Result<Stream> {
    if path.as_os_str() == "-" {
        Ok(Box::new(io::stdin()))
    } else {
        Ok(Box::new(std::fs::File::open(path)?))
    }
}

/// Counts of a WARC file's records.
#[derive(Debug, Default)]
struct Counts {
    html: u64,
    non_html: u64,
    non_200: u64,
    failed: u64,
}

impl Counts {
    fn note(&self) -> String {
        let plural =
            |n: u64, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut s = format!(
            "{}, skipped {} and {}",
            plural(self.html, "HTML response", "HTML responses"),
            plural(self.non_html, "non-HTML record", "non-HTML records"),
            plural(self.non_200, "non-200 response", "non-200 responses"),
        );
        if self.failed > 0 {
            s.push_str(&format!(
                ", {}",
                plural(self.failed, "unreadable record", "unreadable records")
            ));
        }
        s
    }
}

enum Open {
    Warc {
        input: usize,
        source: String,
        reader: warc::Reader<Box<dyn BufRead + Send>>,
        counts: Counts,
    },
    Jsonl {
        input: usize,
        source: String,
        reader: Box<dyn BufRead + Send>,
        line: usize,
        limit: u64,
    },
}

/// The stream of work items of a list of inputs.
pub struct Items {
    paths: Vec<PathBuf>,
    next: usize,
    mode: InputFormatArg,
    limit: u64,
    /// Whether records are JSON lines on stdout (WARC and JSONL inputs need that).
    json_lines: bool,
    open: Option<Open>,
}

impl Items {
    /// The items of `paths`, read as `mode` says; `limit` is the largest page.
    pub fn new(paths: Vec<PathBuf>, mode: InputFormatArg, limit: u64, json_lines: bool) -> Items {
        Items {
            paths,
            next: 0,
            mode,
            limit,
            json_lines,
            open: None,
        }
    }

    /// The stream of records of a WARC or JSONL input whose first bytes were `head`.
    fn stream(
        &self,
        input: usize,
        source: String,
        head: Vec<u8>,
        rest: Stream,
        gzip: bool,
        jsonl: bool,
    ) -> Open {
        let raw = Cursor::new(head).chain(rest);
        let reader: Box<dyn BufRead + Send> = if gzip {
            Box::new(BufReader::with_capacity(
                64 * 1024,
                MultiGzDecoder::new(raw),
            ))
        } else {
            Box::new(BufReader::with_capacity(64 * 1024, raw))
        };
        if jsonl {
            let limit = self.limit.saturating_mul(2).saturating_add(1 << 20);
            Open::Jsonl {
                input,
                source,
                reader,
                line: 0,
                limit,
            }
        } else {
            Open::Warc {
                input,
                source,
                reader: warc::Reader::new(reader, self.limit),
                counts: Counts::default(),
            }
        }
    }

    fn start(&mut self, input: usize, path: PathBuf) -> Option<Item> {
        let source = path.to_string_lossy().into_owned();
        let failed = |message: String| {
            Some(Item {
                input,
                source: source.clone(),
                work: Work::Failed {
                    message,
                    extra: Extra::default(),
                },
                streamed: false,
            })
        };
        if self.mode == InputFormatArg::Html {
            return Some(Item {
                input,
                source,
                work: Work::Html { path, opened: None },
                streamed: false,
            });
        }
        let (head, rest) = match open(&path).and_then(sniff) {
            Ok(x) => x,
            Err(e) => return failed(e.to_string()),
        };
        let gzip = head.starts_with(&[0x1f, 0x8b]);
        let is_warc = if gzip {
            warc::is_warc(&gunzip_head(&head))
        } else {
            warc::is_warc(&head)
        };
        let jsonl = self.mode == InputFormatArg::Jsonl;
        if !jsonl && !is_warc {
            if self.mode == InputFormatArg::Warc {
                return failed(
                    "not a WARC file: it does not start with WARC/1.0 or WARC/1.1".into(),
                );
            }
            let work = Work::Html {
                path,
                opened: Some((head, rest)),
            };
            return Some(Item {
                input,
                source,
                work,
                streamed: false,
            });
        }
        if !self.json_lines {
            let kind = if jsonl { "JSONL" } else { "WARC" };
            return failed(format!(
                "{kind} input needs --format json (and no --output-dir)"
            ));
        }
        self.open = Some(self.stream(input, source, head, rest, gzip, jsonl));
        None
    }
}

impl Iterator for Items {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(open) = &mut self.open {
                let item = match open {
                    Open::Warc {
                        input,
                        source,
                        reader,
                        counts,
                    } => next_warc(*input, source, reader, counts),
                    Open::Jsonl {
                        input,
                        source,
                        reader,
                        line,
                        limit,
                    } => next_jsonl(*input, source, reader, line, *limit),
                };
                if item.is_some() {
                    return item;
                }
                if let Some(Open::Warc {
                    input,
                    source,
                    counts,
                    ..
                }) = self.open.take()
                {
                    return Some(Item {
                        input,
                        source,
                        work: Work::Note(counts.note()),
                        streamed: true,
                    });
                }
                continue;
            }
            let input = self.next;
            let path = self.paths.get(input)?.clone();
            self.next += 1;
            if let Some(item) = self.start(input, path) {
                return Some(item);
            }
        }
    }
}

/// Reads up to [`SNIFF_BYTES`] from the start of `r`; returns them and the rest of `r`.
fn sniff(mut r: Stream) -> io::Result<(Vec<u8>, Stream)> {
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    (&mut r).take(SNIFF_BYTES as u64).read_to_end(&mut head)?;
    Ok((head, r))
}

/// The first bytes of a gzip stream, decompressed as far as `head` allows.
fn gunzip_head(head: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut buf = [0u8; 16];
    let mut d = MultiGzDecoder::new(head);
    while out.len() < 16 {
        match d.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => out.extend_from_slice(buf.get(..n).unwrap_or(&[])),
        }
    }
    out
}

/// The next HTML response of a WARC file, or an error record; `None` at its end.
fn next_warc(
    input: usize,
    source: &str,
    reader: &mut warc::Reader<Box<dyn BufRead + Send>>,
    counts: &mut Counts,
) -> Option<Item> {
    loop {
        let work = match reader.next()? {
            Ok(record) => classify(&record, counts),
            Err(WarcError::TooLarge {
                record,
                length,
                limit,
            }) => {
                match check_head(&record, counts) {
                    Head::Skip => None,
                    Head::Bad(work) => Some(work),
                    Head::Page(extra) => {
                        counts.html += 1;
                        let message = format!("WARC record of {length} bytes is larger than the limit of {limit} bytes");
                        Some(Work::Failed { message, extra })
                    }
                }
            }
            Err(e) => {
                counts.failed += 1;
                Some(Work::Failed {
                    message: e.to_string(),
                    extra: Extra::default(),
                })
            }
        };
        if let Some(work) = work {
            return Some(Item {
                input,
                source: source.to_string(),
                work,
                streamed: true,
            });
        }
    }
}

/// What the WARC and HTTP headers of a record say.
enum Head {
    /// Not an HTML 200 response (counted).
    Skip,
    /// An HTTP response that cannot be read: an error record (counted).
    Bad(Work),
    /// Maybe an HTML page: HTTP status 200, an HTML media type or none.
    Page(Extra),
}

fn check_head(record: &warc::Record, counts: &mut Counts) -> Head {
    let is_http = record.content_type().is_none_or(|ct| {
        ct.trim()
            .to_ascii_lowercase()
            .starts_with("application/http")
    });
    if record.warc_type() != Some("response") || !is_http {
        counts.non_html += 1;
        return Head::Skip;
    }
    let text = |v: Option<&str>| v.map_or(Value::Null, |s| Value::String(s.to_string()));
    let extra = Extra {
        url: record.target_uri().map(str::to_string),
        front: vec![
            ("warc_record_id".to_string(), text(record.record_id())),
            ("warc_date".to_string(), text(record.date())),
        ],
        back: Vec::new(),
    };
    match HttpResponse::parse_head(&record.block) {
        Err(e) => {
            counts.failed += 1;
            Head::Bad(Work::Failed {
                message: e.to_string(),
                extra,
            })
        }
        Ok((head, _)) if head.status != 200 => {
            counts.non_200 += 1;
            Head::Skip
        }
        Ok((head, _)) if head.media_type().is_some() && !head.is_html() => {
            counts.non_html += 1;
            Head::Skip
        }
        Ok(_) => Head::Page(extra),
    }
}

/// The work for one WARC record: a page for a 200 HTML response, an error record for an
/// HTTP response that cannot be read, `None` (and a count) for the rest.
fn classify(record: &warc::Record, counts: &mut Counts) -> Option<Work> {
    let extra = match check_head(record, counts) {
        Head::Skip => return None,
        Head::Bad(work) => return Some(work),
        Head::Page(extra) => extra,
    };
    let response = match HttpResponse::parse(&record.block) {
        Ok(r) => r,
        Err(e) => {
            counts.failed += 1;
            return Some(Work::Failed {
                message: e.to_string(),
                extra,
            });
        }
    };
    if !response.is_html() {
        counts.non_html += 1;
        return None;
    }
    counts.html += 1;
    let charset = response.charset();
    Some(Work::Warc(WarcPage {
        body: response.body,
        charset,
        extra,
    }))
}

/// The next non-blank line of a JSONL stream, or an error record; `None` at its end.
fn next_jsonl(
    input: usize,
    source: &str,
    reader: &mut Box<dyn BufRead + Send>,
    line: &mut usize,
    limit: u64,
) -> Option<Item> {
    loop {
        *line += 1;
        let item = |work| {
            Some(Item {
                input,
                source: format!("{source}:{line}"),
                work,
                streamed: true,
            })
        };
        let failed = |message: String| Work::Failed {
            message,
            extra: Extra::default(),
        };
        let mut buf = Vec::new();
        match reader.by_ref().take(limit).read_until(b'\n', &mut buf) {
            Ok(0) => return None,
            Ok(_) if !buf.ends_with(b"\n") && buf.len() as u64 >= limit => {
                let _ = reader.skip_until(b'\n');
                return item(failed(format!("line longer than {limit} bytes")));
            }
            Ok(_) if buf.trim_ascii().is_empty() => continue,
            Ok(_) => return item(Work::Jsonl(buf)),
            Err(e) => {
                // The stream cannot go on (a decompression error, say): report and stop.
                *reader = Box::new(io::empty());
                return item(failed(e.to_string()));
            }
        }
    }
}

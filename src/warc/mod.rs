//! A small, strict reader of WARC files (ISO 28500, WARC/1.0 and WARC/1.1), and of the
//! HTTP responses that `response` records hold.
//!
//! [`Reader`] iterates over the records of an uncompressed WARC stream; decompress first
//! (a `flate2::read::MultiGzDecoder` reads both a gzip member per record and a gzip of
//! the whole file). It reads one record at a time, so memory stays flat however large
//! the file is, and a record longer than the limit given to [`Reader::new`] is not held:
//! it comes back as [`WarcError::TooLarge`] with its headers and the first bytes of its
//! block, after which iteration goes on. Any other error (malformed, truncated, an I/O
//! or decompression error) ends the iteration.
//!
//! ```
//! let warc = b"WARC/1.0\r\nWARC-Type: response\r\n\
//!     WARC-Target-URI: https://example.org/\r\n\
//!     Content-Type: application/http; msgtype=response\r\nContent-Length: 53\r\n\r\n\
//!     HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Hi</p>\r\n\r\n";
//! let mut records = thresh::warc::Reader::new(&warc[..], 1 << 20);
//! let record = records.next().unwrap().unwrap();
//! assert_eq!(record.warc_type(), Some("response"));
//! let http = thresh::warc::HttpResponse::parse(&record.block).unwrap();
//! assert_eq!((http.status, http.is_html()), (200, true));
//! assert_eq!(http.body, b"<p>Hi</p>");
//! assert!(records.next().is_none());
//! ```

use std::io::{self, BufRead, Read};

mod http;

pub use http::{dechunk, looks_like_html, HttpResponse};

/// Longest header section of a record, in bytes; past it the record is malformed.
pub const MAX_HEADER_BYTES: usize = 256 * 1024;

/// How much of a block [`WarcError::TooLarge`] keeps, so that the caller can still look
/// at the HTTP status and headers of an oversized response.
pub const TOO_LARGE_PREFIX: usize = 64 * 1024;

/// Why a record could not be read.
#[derive(Debug, thiserror::Error)]
pub enum WarcError {
    /// Reading (or decompressing) the stream failed.
    #[error("read error at byte {offset}: {source}")]
    Io {
        /// Offset in the uncompressed stream.
        offset: u64,
        /// The underlying error.
        source: io::Error,
    },
    /// The stream is not WARC, or a record breaks the format.
    #[error("malformed WARC record at byte {offset}: {message}")]
    Malformed {
        /// Offset in the uncompressed stream of the record.
        offset: u64,
        /// What is wrong.
        message: String,
    },
    /// The stream ends inside a record.
    #[error("truncated WARC record at byte {offset}: {message}")]
    Truncated {
        /// Offset in the uncompressed stream of the record.
        offset: u64,
        /// What was missing.
        message: String,
    },
    /// The record's block is longer than the limit. Iteration goes on after this one.
    #[error("WARC record of {length} bytes is larger than the limit of {limit} bytes")]
    TooLarge {
        /// The record, with only the first [`TOO_LARGE_PREFIX`] bytes of its block.
        record: Box<Record>,
        /// Its declared `Content-Length`.
        length: u64,
        /// The limit.
        limit: u64,
    },
    /// An HTTP message in a block is malformed.
    #[error("malformed HTTP message: {0}")]
    Http(String),
}

impl WarcError {
    /// Whether the reader can go on after this error (only [`WarcError::TooLarge`]).
    pub fn is_recoverable(&self) -> bool {
        matches!(self, WarcError::TooLarge { .. })
    }
}

/// One WARC record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// `WARC/1.0` or `WARC/1.1`.
    pub version: String,
    /// The named fields in order, with folded lines joined by a space.
    pub headers: Vec<(String, String)>,
    /// The content block (`Content-Length` bytes).
    pub block: Vec<u8>,
    /// Offset of the record in the uncompressed stream.
    pub offset: u64,
}

impl Record {
    /// The first field called `name` (ASCII case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        find_header(&self.headers, name)
    }

    /// `WARC-Type`, like `response`, `request`, `warcinfo`.
    pub fn warc_type(&self) -> Option<&str> {
        self.header("WARC-Type")
    }

    /// `WARC-Target-URI`, without the angle brackets some writers put around it.
    pub fn target_uri(&self) -> Option<&str> {
        self.header("WARC-Target-URI")
            .map(|u| u.trim().trim_start_matches('<').trim_end_matches('>'))
    }

    /// `WARC-Record-ID`, like `<urn:uuid:…>`.
    pub fn record_id(&self) -> Option<&str> {
        self.header("WARC-Record-ID")
    }

    /// `WARC-Date`.
    pub fn date(&self) -> Option<&str> {
        self.header("WARC-Date")
    }

    /// The record's `Content-Type` (of the block, like `application/http; msgtype=response`).
    pub fn content_type(&self) -> Option<&str> {
        self.header("Content-Type")
    }
}

fn find_header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// Whether `head` (the first bytes of an uncompressed stream) starts a WARC file.
pub fn is_warc(head: &[u8]) -> bool {
    head.starts_with(b"WARC/1.0") || head.starts_with(b"WARC/1.1")
}

/// An iterator over the records of an uncompressed WARC stream.
pub struct Reader<R> {
    inner: R,
    max_record_bytes: u64,
    offset: u64,
    done: bool,
}

impl<R: BufRead> Reader<R> {
    /// Reads records from `inner`; a block longer than `max_record_bytes` is an error.
    pub fn new(inner: R, max_record_bytes: u64) -> Self {
        Reader {
            inner,
            max_record_bytes,
            offset: 0,
            done: false,
        }
    }

    /// Bytes consumed so far from the uncompressed stream.
    pub fn offset(&self) -> u64 {
        self.offset
    }

    /// Reads one line (through `\n`) into `buf`, at most `limit` bytes; returns its
    /// length, 0 at the end of the stream.
    fn line(&mut self, buf: &mut Vec<u8>, limit: usize) -> Result<usize, WarcError> {
        buf.clear();
        let n = (&mut self.inner)
            .take(limit as u64)
            .read_until(b'\n', buf)
            .map_err(|source| WarcError::Io {
                offset: self.offset,
                source,
            })?;
        self.offset += n as u64;
        Ok(n)
    }

    fn read_record(&mut self) -> Result<Option<Record>, WarcError> {
        let mut buf = Vec::new();
        // The version line; blank lines before it are tolerated.
        let start = loop {
            let start = self.offset;
            if self.line(&mut buf, 64)? == 0 {
                return Ok(None);
            }
            if !trim_eol(&buf).is_empty() {
                break start;
            }
        };
        let malformed = |message: String| WarcError::Malformed {
            offset: start,
            message,
        };
        let truncated = |message: &str| WarcError::Truncated {
            offset: start,
            message: message.into(),
        };
        let version = String::from_utf8_lossy(trim_eol(&buf)).into_owned();
        if !buf.ends_with(b"\n") || !is_warc(version.as_bytes()) || version.len() != 8 {
            return Err(malformed(format!(
                "expected WARC/1.0 or WARC/1.1, found {:?}",
                clip(&version)
            )));
        }
        let headers = self.read_headers(start)?;
        let length_field = find_header(&headers, "Content-Length")
            .ok_or_else(|| malformed("no Content-Length".into()))?;
        let length: u64 = length_field
            .trim()
            .parse()
            .map_err(|_| malformed(format!("bad Content-Length {:?}", clip(length_field))))?;
        let oversized = length > self.max_record_bytes;
        let (block, total) = self.read_block(length, oversized)?;
        if total < length {
            return Err(truncated(&format!(
                "block ends after {total} of {length} bytes"
            )));
        }
        self.read_record_end(&mut buf, start)?;
        let record = Record {
            version,
            headers,
            block,
            offset: start,
        };
        if oversized {
            return Err(WarcError::TooLarge {
                record: Box::new(record),
                length,
                limit: self.max_record_bytes,
            });
        }
        Ok(Some(record))
    }

    /// Reads a block of `length` bytes, keeping only its first `TOO_LARGE_PREFIX` bytes
    /// when it is `oversized`; also how many bytes were there.
    fn read_block(&mut self, length: u64, oversized: bool) -> Result<(Vec<u8>, u64), WarcError> {
        let keep = if oversized {
            length.min(TOO_LARGE_PREFIX as u64)
        } else {
            length
        };
        let mut block = Vec::with_capacity(usize::try_from(keep.min(1 << 20)).unwrap_or(0));
        let got = (&mut self.inner)
            .take(keep)
            .read_to_end(&mut block)
            .map_err(|source| WarcError::Io {
                offset: self.offset,
                source,
            })?;
        self.offset += got as u64;
        let mut total = got as u64;
        if oversized {
            let skipped = io::copy(&mut (&mut self.inner).take(length - keep), &mut io::sink())
                .map_err(|source| WarcError::Io {
                    offset: self.offset,
                    source,
                })?;
            self.offset += skipped;
            total += skipped;
        }
        Ok((block, total))
    }

    /// The two blank lines that close a record begun at `start`.
    fn read_record_end(&mut self, buf: &mut Vec<u8>, start: u64) -> Result<(), WarcError> {
        for _ in 0..2 {
            if self.line(buf, 2)? == 0 {
                return Err(WarcError::Truncated {
                    offset: start,
                    message: "no blank lines after the block".into(),
                });
            }
            if trim_eol(buf) != b"" || !buf.ends_with(b"\n") {
                return Err(WarcError::Malformed {
                    offset: start,
                    message: "the block is not followed by two blank lines".into(),
                });
            }
        }
        Ok(())
    }

    fn read_headers(&mut self, start: u64) -> Result<Vec<(String, String)>, WarcError> {
        let mut headers: Vec<(String, String)> = Vec::new();
        let mut buf = Vec::new();
        let mut budget = MAX_HEADER_BYTES;
        loop {
            let n = self.line(&mut buf, budget)?;
            if n == 0 {
                return Err(WarcError::Truncated {
                    offset: start,
                    message: "end of stream in the header".into(),
                });
            }
            if !buf.ends_with(b"\n") {
                return Err(WarcError::Malformed {
                    offset: start,
                    message: format!("header longer than {MAX_HEADER_BYTES} bytes"),
                });
            }
            budget = budget.saturating_sub(n);
            let line = trim_eol(&buf);
            if line.is_empty() {
                return Ok(headers);
            }
            let text = String::from_utf8_lossy(line);
            if text.starts_with([' ', '\t']) {
                if let Some((_, value)) = headers.last_mut() {
                    value.push(' ');
                    value.push_str(text.trim());
                    continue;
                }
            }
            match text.split_once(':') {
                Some((name, value)) if is_token(name) => {
                    headers.push((name.to_string(), value.trim().to_string()))
                }
                _ => {
                    return Err(WarcError::Malformed {
                        offset: start,
                        message: format!("bad header line {:?}", clip(&text)),
                    })
                }
            }
        }
    }
}

impl<R: BufRead> Iterator for Reader<R> {
    type Item = Result<Record, WarcError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.read_record() {
            Ok(Some(r)) => Some(Ok(r)),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(e) => {
                self.done = !e.is_recoverable();
                Some(Err(e))
            }
        }
    }
}

fn trim_eol(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

fn is_token(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_graphic() && !b"()<>@,;:\\\"/[]?={}".contains(&b))
}

fn clip(s: &str) -> String {
    s.chars().take(60).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(headers: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.0\r\n{headers}Content-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    #[test]
    fn reads_records_in_order() {
        let mut w = record("WARC-Type: warcinfo\r\n", b"software: test\r\n");
        w.extend(record(
            "WARC-Type: response\r\nWARC-Target-URI: <https://ex.org/>\r\nX-Note: one\r\n\t two\r\n",
            b"HTTP/1.1 200 OK\r\n\r\nhi",
        ));
        let recs: Vec<_> = Reader::new(&w[..], 100).collect::<Result<_, _>>().unwrap();
        assert_eq!(recs.len(), 2);
        assert_eq!(recs[0].warc_type(), Some("warcinfo"));
        assert_eq!(recs[1].target_uri(), Some("https://ex.org/"));
        assert_eq!(recs[1].header("x-note"), Some("one two"));
        assert_eq!(
            recs[1].offset,
            recs[0].offset + record("WARC-Type: warcinfo\r\n", b"software: test\r\n").len() as u64
        );
    }

    #[test]
    fn truncated_and_malformed_end_iteration() {
        let w = record("WARC-Type: resource\r\n", b"0123456789");
        let cut = &w[..w.len() - 7];
        let mut r = Reader::new(cut, 100);
        assert!(matches!(r.next(), Some(Err(WarcError::Truncated { .. }))));
        assert!(r.next().is_none());
        let mut r = Reader::new(&b"<html>not warc</html>"[..], 100);
        assert!(matches!(r.next(), Some(Err(WarcError::Malformed { .. }))));
        assert!(r.next().is_none());
        let mut r = Reader::new(&b"WARC/1.0\r\nWARC-Type: x\r\n\r\n"[..], 100);
        assert!(matches!(r.next(), Some(Err(WarcError::Malformed { .. }))));
    }

    #[test]
    fn too_large_is_skipped_and_reading_goes_on() {
        let mut w = record("WARC-Type: resource\r\n", &[b'x'; 500]);
        w.extend(record("WARC-Type: metadata\r\n", b"ok"));
        let mut r = Reader::new(&w[..], 100);
        match r.next() {
            Some(Err(WarcError::TooLarge {
                record,
                length: 500,
                limit: 100,
            })) => {
                assert_eq!(record.warc_type(), Some("resource"));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(r.next().unwrap().unwrap().block, b"ok");
        assert!(r.next().is_none());
    }

    #[test]
    fn http_responses() {
        let r = HttpResponse::parse(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=\"windows-1251\"\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n<p>a\r\n5;x=y\r\nb</p>\r\n0\r\nX-Trailer: 1\r\n\r\n").unwrap();
        assert_eq!(r.status, 200);
        assert_eq!(r.charset().as_deref(), Some("windows-1251"));
        assert_eq!(r.body, b"<p>ab</p>");
        assert!(r.is_html());
        let r = HttpResponse::parse(b"HTTP/1.0 404 Not Found\nContent-Type: image/png\n\n\x89PNG")
            .unwrap();
        assert_eq!((r.status, r.is_html()), (404, false));
        let r = HttpResponse::parse(b"HTTP/1.1 200 OK\r\n\r\n  <!DOCTYPE html><title>x</title>")
            .unwrap();
        assert!(r.is_html());
        let r = HttpResponse::parse(
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n<html>already dechunked</html>",
        )
        .unwrap();
        assert_eq!(r.body, b"<html>already dechunked</html>");
        assert!(HttpResponse::parse(
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nff\r\nshort"
        )
        .is_err());
        assert!(HttpResponse::parse(b"GET / HTTP/1.1\r\n\r\n").is_err());
        assert!(HttpResponse::parse(b"HTTP/1.1 200 OK\r\nno blank line").is_err());
    }
}

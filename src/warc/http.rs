//! The HTTP response a WARC `response` record holds: status line, header fields and
//! body, with chunked transfer-encoding undone.

use super::{clip, find_header, is_token, WarcError};

/// An HTTP response, as held in a WARC `response` record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpResponse {
    /// Like `HTTP/1.1`.
    pub version: String,
    /// Like 200.
    pub status: u16,
    /// The header fields in order.
    pub headers: Vec<(String, String)>,
    /// The body, with chunked transfer-encoding undone (any content-encoding, such as
    /// gzip, is left as it is).
    pub body: Vec<u8>,
}

impl HttpResponse {
    /// Parses a response: status line, header fields, blank line, body. A body sent with
    /// `Transfer-Encoding: chunked` is de-chunked; one that does not start with a chunk
    /// size (some crawlers store it de-chunked and keep the field) is kept as it is.
    pub fn parse(block: &[u8]) -> Result<HttpResponse, WarcError> {
        let (mut response, body) = HttpResponse::parse_head(block)?;
        let chunked = response.header("Transfer-Encoding").is_some_and(|v| {
            v.split(',')
                .any(|c| c.trim().eq_ignore_ascii_case("chunked"))
        });
        response.body = if chunked && starts_with_chunk_size(body) {
            dechunk(body)?
        } else {
            body.to_vec()
        };
        Ok(response)
    }

    /// Parses the status line and header fields only; returns them with an empty
    /// [`HttpResponse::body`], and the raw body that follows them in `block`.
    pub fn parse_head(block: &[u8]) -> Result<(HttpResponse, &[u8]), WarcError> {
        let bad = |m: String| WarcError::Http(m);
        let (head, body) =
            split_head(block).ok_or_else(|| bad("no blank line after the header".into()))?;
        let head = String::from_utf8_lossy(head);
        let mut lines = head.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
        let status_line = lines.next().unwrap_or("");
        let mut parts = status_line.splitn(3, ' ');
        let version = parts.next().unwrap_or("");
        let code = parts.next().unwrap_or("");
        let bad_status = || bad(format!("bad status line {:?}", clip(status_line)));
        if !version.starts_with("HTTP/") || code.len() != 3 {
            return Err(bad_status());
        }
        let status: u16 = code.parse().map_err(|_| bad_status())?;
        let mut headers: Vec<(String, String)> = Vec::new();
        for line in lines {
            if line.starts_with([' ', '\t']) {
                if let Some((_, v)) = headers.last_mut() {
                    v.push(' ');
                    v.push_str(line.trim());
                }
                continue;
            }
            match line.split_once(':') {
                Some((name, value)) if is_token(name) => {
                    headers.push((name.to_string(), value.trim().to_string()))
                }
                _ => return Err(bad(format!("bad header line {:?}", clip(line)))),
            }
        }
        let response = HttpResponse {
            version: version.to_string(),
            status,
            headers,
            body: Vec::new(),
        };
        Ok((response, body))
    }

    /// The first field called `name` (ASCII case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        find_header(&self.headers, name)
    }

    /// The media type of `Content-Type`, lowercased, without parameters.
    pub fn media_type(&self) -> Option<String> {
        let ct = self.header("Content-Type")?;
        let mt = ct
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        (!mt.is_empty()).then_some(mt)
    }

    /// The `charset` parameter of `Content-Type`, unquoted.
    pub fn charset(&self) -> Option<String> {
        let ct = self.header("Content-Type")?;
        ct.split(';').skip(1).find_map(|p| {
            let (k, v) = p.split_once('=')?;
            let v = v.trim().trim_matches('"').trim_matches('\'').trim();
            (k.trim().eq_ignore_ascii_case("charset") && !v.is_empty()).then(|| v.to_string())
        })
    }

    /// Whether the response is an HTML page: `Content-Type` `text/html` or
    /// `application/xhtml+xml`, or no media type and a body that looks like HTML.
    pub fn is_html(&self) -> bool {
        match self.media_type() {
            Some(mt) => mt == "text/html" || mt == "application/xhtml+xml",
            None => looks_like_html(&self.body),
        }
    }
}

/// Whether the first KiB of `body` looks like HTML: a doctype or an `html`, `head` or
/// `body` tag.
pub fn looks_like_html(body: &[u8]) -> bool {
    let head = body.get(..body.len().min(1024)).unwrap_or(body);
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let t = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    t.starts_with("<!doctype html")
        || ["<html", "<head", "<body"]
            .iter()
            .any(|tag| text.contains(tag))
}

/// Undoes chunked transfer-encoding: hex sizes (with optional extensions), data, the
/// last chunk of size 0 and optional trailer fields.
pub fn dechunk(mut body: &[u8]) -> Result<Vec<u8>, WarcError> {
    let bad = |m: &str| WarcError::Http(format!("bad chunked encoding: {m}"));
    let mut out = Vec::with_capacity(body.len());
    loop {
        let eol = body
            .iter()
            .position(|&b| b == b'\n')
            .ok_or_else(|| bad("no chunk size line"))?;
        let line = String::from_utf8_lossy(body.get(..eol).unwrap_or(b""));
        let size_text = line.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_text, 16).map_err(|_| bad("bad chunk size"))?;
        body = body.get(eol + 1..).unwrap_or(b"");
        if size == 0 {
            return Ok(out);
        }
        let data = body
            .get(..size)
            .ok_or_else(|| bad("chunk longer than the body"))?;
        out.extend_from_slice(data);
        body = body.get(size..).unwrap_or(b"");
        body = body
            .strip_prefix(b"\r\n")
            .or_else(|| body.strip_prefix(b"\n"))
            .ok_or_else(|| bad("no line break after a chunk"))?;
    }
}

pub(super) fn starts_with_chunk_size(body: &[u8]) -> bool {
    let line_end = body.iter().position(|&b| b == b'\n').unwrap_or(body.len());
    let line = body.get(..line_end).unwrap_or(b"");
    let size = line
        .split(|&b| b == b';')
        .next()
        .unwrap_or(b"")
        .trim_ascii();
    !size.is_empty() && size.iter().all(u8::is_ascii_hexdigit) && line_end < body.len()
}

/// Splits an HTTP message at the blank line ending its header.
pub(super) fn split_head(block: &[u8]) -> Option<(&[u8], &[u8])> {
    let mut i = 0;
    while let Some(p) = block.get(i..)?.iter().position(|&b| b == b'\n') {
        let end = i + p + 1;
        let rest = block.get(end..)?;
        if rest.starts_with(b"\r\n") {
            return Some((block.get(..i + p)?, rest.get(2..)?));
        }
        if rest.starts_with(b"\n") {
            return Some((block.get(..i + p)?, rest.get(1..)?));
        }
        i = end;
    }
    None
}

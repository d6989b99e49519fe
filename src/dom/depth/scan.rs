//! The tag scanner of the depth cap: a linear pass over the bytes that finds each tag,
//! its nesting depth, and the end of raw-text elements, without building anything.

use crate::heuristics::NOSCRIPT_IFRAME_WINDOW;

/// Elements without end tags.
pub(super) fn is_void(name: &[u8]) -> bool {
    matches!(
        name,
        b"area"
            | b"base"
            | b"br"
            | b"col"
            | b"embed"
            | b"hr"
            | b"img"
            | b"input"
            | b"link"
            | b"meta"
            | b"source"
            | b"track"
            | b"wbr"
            | b"param"
            | b"keygen"
    )
}

/// Elements whose content is raw text up to their end tag.
pub(super) fn is_raw(name: &[u8]) -> bool {
    matches!(
        name,
        b"script"
            | b"style"
            | b"textarea"
            | b"title"
            | b"xmp"
            | b"iframe"
            | b"noembed"
            | b"noframes"
            | b"plaintext"
    )
}

/// One tag found by the scanner.
pub(super) enum Tag {
    /// A start tag that opens an element; `raw` elements skip to their end tag.
    Open { end: usize, raw_end: Option<usize> },
    /// A start tag that opens nothing (void, self-closing).
    Leaf { end: usize },
    /// An end tag.
    Close { end: usize, void: bool },
    /// A comment, doctype or processing instruction, or a lone `<`.
    Other { end: usize },
}

/// Where the end tag `</name` (any case) starts, at or after `from`.
pub(super) fn find_end_tag(h: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut i = from;
    loop {
        let at = i + memchr::memchr(b'<', h.get(i..)?)?;
        let candidate = h.get(at + 2..at + 2 + name.len());
        if h.get(at + 1) == Some(&b'/') && candidate.is_some_and(|c| c.eq_ignore_ascii_case(name)) {
            return Some(at);
        }
        i = at + 1;
    }
}

/// End of a tag whose name ends at `at` (just past its `>`). As in the HTML tokenizer,
/// a quote opens a quoted value only right after `=` (spaces allowed between). One
/// pass over the tag's bytes: tags are short, and a byte loop beats searcher set-up.
pub(super) fn tag_end(h: &[u8], at: usize) -> usize {
    let mut i = at;
    let mut after_eq = false;
    while let Some(&b) = h.get(i) {
        match b {
            b'>' => return i + 1,
            b'"' | b'\'' if after_eq => {
                i = h
                    .get(i + 1..)
                    .and_then(|r| r.iter().position(|&c| c == b))
                    .map_or(h.len(), |p| i + 1 + p + 1);
                after_eq = false;
                continue;
            }
            b'=' => after_eq = true,
            c if c.is_ascii_whitespace() => {}
            _ => after_eq = false,
        }
        i += 1;
    }
    h.len()
}

/// Number of attributes in a tag's text (names outside quoted values), counted the way
/// `tag_end` reads quotes.
pub(super) fn count_attrs(tag: &[u8]) -> usize {
    let mut n = 0;
    let mut in_name = false;
    let mut after_eq = false;
    let mut i = 0;
    while let Some(&b) = tag.get(i) {
        match b {
            b'"' | b'\'' if after_eq => {
                i = tag
                    .get(i + 1..)
                    .and_then(|r| r.iter().position(|&c| c == b))
                    .map_or(tag.len(), |p| i + 1 + p);
                after_eq = false;
                in_name = false;
            }
            b'=' => {
                after_eq = true;
                in_name = false;
            }
            c if c.is_ascii_whitespace() || c == b'/' || c == b'>' => in_name = false,
            _ => {
                if !in_name && !after_eq {
                    n += 1;
                }
                in_name = !after_eq;
                after_eq = false;
            }
        }
        i += 1;
    }
    n
}

/// First `>` at or after `from` (bogus comments and doctypes end there, quotes or not).
pub(super) fn gt_after(h: &[u8], from: usize) -> usize {
    h.get(from..)
        .and_then(|r| memchr::memchr(b'>', r))
        .map_or(h.len(), |p| from + p + 1)
}

/// End of a comment whose `<!--` starts at `at`: `-->` or `--!>`, and the abrupt `<!-->`
/// and `<!--->`.
pub(super) fn comment_end(h: &[u8], at: usize) -> usize {
    let body = at + 4;
    if h.get(body) == Some(&b'>') {
        return body + 1;
    }
    if h.get(body..body + 2) == Some(b"->") {
        return body + 2;
    }
    // One forward pass: the first "--" followed by ">" or "!>".
    let mut i = body;
    while let Some(off) = h
        .get(i..)
        .and_then(|r| r.windows(2).position(|w| w == b"--"))
    {
        let at = i + off + 2;
        match h.get(at) {
            Some(b'>') => return at + 1,
            Some(b'!') if h.get(at + 1) == Some(&b'>') => return at + 2,
            _ => i = i + off + 1,
        }
    }
    h.len()
}

/// Tag names longer than this are compared only up to here; no HTML name comes close.
pub(super) const MAX_TAG_NAME: usize = 32;

/// A tag name lower-cased into a fixed buffer, without allocating.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) struct TagName {
    buf: [u8; MAX_TAG_NAME],
    len: u8,
}

impl TagName {
    const EMPTY: TagName = TagName {
        buf: [0; MAX_TAG_NAME],
        len: 0,
    };

    fn read(h: &[u8]) -> (TagName, usize) {
        let mut name = TagName::EMPTY;
        let full = h
            .iter()
            .position(|b| b.is_ascii_whitespace() || matches!(b, b'/' | b'>'))
            .unwrap_or(h.len());
        for (d, b) in name.buf.iter_mut().zip(h.iter().take(full)) {
            *d = b.to_ascii_lowercase();
        }
        name.len = u8::try_from(full.min(MAX_TAG_NAME)).unwrap_or(0);
        (name, full)
    }

    fn bytes(&self) -> &[u8] {
        self.buf.get(..usize::from(self.len)).unwrap_or(&[])
    }

    fn is_foreign_root(&self) -> bool {
        matches!(self.bytes(), b"svg" | b"math")
    }
}

pub(super) fn scan(h: &[u8], at: usize, foreign: bool) -> (Tag, TagName) {
    let rest = h.get(at + 1..).unwrap_or(&[]);
    if rest.starts_with(b"!--") {
        return (
            Tag::Other {
                end: comment_end(h, at),
            },
            TagName::EMPTY,
        );
    }
    let closing = rest.first() == Some(&b'/');
    let name_start = at + 1 + usize::from(closing);
    if !h.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
        let end = if matches!(rest.first(), Some(b'!' | b'?' | b'/')) {
            gt_after(h, at + 1)
        } else {
            at + 1
        };
        return (Tag::Other { end }, TagName::EMPTY);
    }
    let (name, name_len) = TagName::read(h.get(name_start..).unwrap_or(&[]));
    let end = tag_end(h, name_start + name_len);
    if closing {
        let void = is_void(name.bytes());
        return (Tag::Close { end, void }, name);
    }
    let self_closing = end >= 2 && h.get(end - 2) == Some(&b'/');
    if is_void(name.bytes()) || (self_closing && foreign) {
        return (Tag::Leaf { end }, name);
    }
    if name.bytes() == b"iframe" && self_closing && closes_noscript(h, end) {
        return (Tag::Leaf { end }, name);
    }
    if is_raw(name.bytes()) && !foreign {
        let raw_end = find_end_tag(h, end, name.bytes()).unwrap_or(h.len());
        return (
            Tag::Open {
                end,
                raw_end: Some(raw_end),
            },
            name,
        );
    }
    (Tag::Open { end, raw_end: None }, name)
}

/// Whether a `</noscript>` follows `at` within [`NOSCRIPT_IFRAME_WINDOW`] bytes, before
/// any `</iframe>`: the self-closed iframe just before `at` sits in a noscript, and is
/// an empty element to a browser, which reads the noscript as text.
pub(super) fn closes_noscript(h: &[u8], at: usize) -> bool {
    let window = h
        .get(at..h.len().min(at.saturating_add(NOSCRIPT_IFRAME_WINDOW)))
        .unwrap_or(&[]);
    find_end_tag(window, 0, b"noscript")
        .is_some_and(|n| find_end_tag(window, 0, b"iframe").is_none_or(|i| i > n))
}

/// How far down the stack of open elements an end tag looks for its start tag; an end
/// tag that matches nothing that close is ignored (as the tree builder mostly does), and
/// the search stays bounded.
pub(super) const END_TAG_SEARCH: usize = 64;

/// Walks the tags of `h`, calling `f(start, end, depth_before, kind, name)` for each.
/// Depth follows a stack of open elements: an end tag pops down to its matching start
/// tag when that is near the top, and is ignored otherwise.
pub(super) fn walk(h: &[u8], mut f: impl FnMut(usize, usize, usize, &Tag, &[u8])) {
    let mut stack: Vec<TagName> = Vec::new();
    let mut foreign = 0usize;
    let mut i = 0;
    while let Some(off) = h.get(i..).and_then(|r| memchr::memchr(b'<', r)) {
        let at = i + off;
        let (tag, name) = scan(h, at, foreign > 0);
        f(at, tag_span_end(&tag), stack.len(), &tag, name.bytes());
        match tag {
            Tag::Open { end, raw_end } => {
                if name.is_foreign_root() {
                    foreign += 1;
                }
                stack.push(name);
                i = raw_end.unwrap_or(end);
            }
            Tag::Close { end, void } => {
                if !void {
                    let found = stack
                        .iter()
                        .rev()
                        .take(END_TAG_SEARCH)
                        .position(|n| *n == name);
                    if let Some(p) = found {
                        for _ in 0..=p {
                            if let Some(n) = stack.pop() {
                                if n.is_foreign_root() {
                                    foreign = foreign.saturating_sub(1);
                                }
                            }
                        }
                    }
                }
                i = end;
            }
            Tag::Leaf { end } | Tag::Other { end } => i = end,
        }
    }
}

pub(super) fn tag_span_end(t: &Tag) -> usize {
    match t {
        Tag::Open { end, .. } | Tag::Leaf { end } | Tag::Close { end, .. } | Tag::Other { end } => {
            *end
        }
    }
}

//! Depth cap: html5ever's tree builder checks element scopes by walking the stack of open
//! elements, so a document nested 100,000 deep costs quadratic time. Browsers cap the
//! depth of their trees (Blink at 512: deeper elements become siblings at the cap);
//! thresh does the same before parsing. Past [`MAX_DEPTH`], each new element closes the
//! previous over-cap element first, so elements stay (paragraphs, headings) but never
//! nest deeper; end tags that no longer match anything open are dropped. A normal page
//! never comes near the cap (one linear scan).
//!
//! The same scan finds the bodies of `<script>` (other than JSON-LD) and `<style>`
//! elements, about half the bytes of a news page, which nothing downstream reads; they
//! are cut before parsing, so the tokenizer never walks them and the DOM never holds
//! them. Only bodies whose end the tokenizer is certain to see where the scan does are
//! cut (see [`unread_body`]); the elements themselves stay.
//!
//! It also cuts a self-closed `<iframe … />` that sits in a `<noscript>` (see
//! [`closes_noscript`]): thresh parses with scripting off, and such a tag would open raw
//! text that runs to the end of the page, which a browser never shows.

use std::borrow::Cow;

use crate::heuristics::{MAX_ATTRIBUTES, MAX_DEPTH, NOSCRIPT_IFRAME_WINDOW};

/// Elements without end tags.
fn is_void(name: &[u8]) -> bool {
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
fn is_raw(name: &[u8]) -> bool {
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
enum Tag {
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
fn find_end_tag(h: &[u8], from: usize, name: &[u8]) -> Option<usize> {
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
fn tag_end(h: &[u8], at: usize) -> usize {
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
fn count_attrs(tag: &[u8]) -> usize {
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
fn gt_after(h: &[u8], from: usize) -> usize {
    h.get(from..)
        .and_then(|r| memchr::memchr(b'>', r))
        .map_or(h.len(), |p| from + p + 1)
}

/// End of a comment whose `<!--` starts at `at`: `-->` or `--!>`, and the abrupt `<!-->`
/// and `<!--->`.
fn comment_end(h: &[u8], at: usize) -> usize {
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
const MAX_TAG_NAME: usize = 32;

/// A tag name lower-cased into a fixed buffer, without allocating.
#[derive(Clone, Copy, PartialEq, Eq)]
struct TagName {
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

fn scan(h: &[u8], at: usize, foreign: bool) -> (Tag, TagName) {
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
fn closes_noscript(h: &[u8], at: usize) -> bool {
    let window = h
        .get(at..h.len().min(at.saturating_add(NOSCRIPT_IFRAME_WINDOW)))
        .unwrap_or(&[]);
    find_end_tag(window, 0, b"noscript")
        .is_some_and(|n| find_end_tag(window, 0, b"iframe").is_none_or(|i| i > n))
}

/// How far down the stack of open elements an end tag looks for its start tag; an end
/// tag that matches nothing that close is ignored (as the tree builder mostly does), and
/// the search stays bounded.
const END_TAG_SEARCH: usize = 64;

/// Walks the tags of `h`, calling `f(start, end, depth_before, kind, name)` for each.
/// Depth follows a stack of open elements: an end tag pops down to its matching start
/// tag when that is near the top, and is ignored otherwise.
fn walk(h: &[u8], mut f: impl FnMut(usize, usize, usize, &Tag, &[u8])) {
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

fn tag_span_end(t: &Tag) -> usize {
    match t {
        Tag::Open { end, .. } | Tag::Leaf { end } | Tag::Close { end, .. } | Tag::Other { end } => {
            *end
        }
    }
}

/// What the pre-pass learned about a document.
pub struct Capped<'a> {
    /// The text to parse: the input, or a rewritten copy.
    pub html: Cow<'a, str>,
    /// Start tags found (an upper bound on the elements the parser will create).
    pub start_tags: usize,
}

/// `html` with nesting past [`MAX_DEPTH`] flattened and attributes past
/// [`MAX_ATTRIBUTES`] per tag dropped, or else with unread code bodies cut; borrowed
/// when nothing needs either.
pub fn cap_depth(html: &str) -> Capped<'_> {
    let found = survey(html.as_bytes());
    if found.deepest <= MAX_DEPTH && !found.crowded {
        let unread: &[(usize, usize)] = if found.plaintext { &[] } else { &found.unread };
        return Capped {
            html: without(html, unread),
            start_tags: found.start_tags,
        };
    }
    Capped {
        html: Cow::Owned(rewrite(html)),
        start_tags: found.start_tags,
    }
}

/// What a first scan of the tags finds.
struct Survey {
    /// The deepest nesting of start tags.
    deepest: usize,
    /// Start tags seen.
    start_tags: usize,
    /// Some tag has more than `MAX_ATTRIBUTES` attributes.
    crowded: bool,
    /// Byte ranges nothing reads (see `unread_body`), and self-closed iframes.
    unread: Vec<(usize, usize)>,
    /// A `<plaintext>` start tag: everything after it is text.
    plaintext: bool,
}

fn survey(h: &[u8]) -> Survey {
    let mut found = Survey {
        deepest: 0,
        start_tags: 0,
        crowded: false,
        unread: Vec::new(),
        plaintext: false,
    };
    walk(h, |start, end, d, t, name| {
        if matches!(t, Tag::Open { .. } | Tag::Leaf { .. }) {
            found.start_tags += 1;
            found.deepest = found.deepest.max(d + 1);
            found.crowded |= end - start > MAX_ATTRIBUTES
                && count_attrs(h.get(start..end).unwrap_or(&[])) > MAX_ATTRIBUTES;
        }
        // A self-closed iframe in a noscript (see `closes_noscript`) is cut whole, or the
        // parser would read the rest of the page as its text.
        if matches!(t, Tag::Leaf { .. }) && name == b"iframe" {
            found.unread.push((start, end));
        }
        if let Tag::Open {
            raw_end: Some(raw_end),
            ..
        } = t
        {
            found.plaintext |= name == b"plaintext";
            if unread_body(h, start, end, *raw_end, name) {
                found.unread.push((end, *raw_end));
            }
        }
    });
    found
}

/// The page with start tags past `MAX_DEPTH` closing the one before them, crowded
/// tags' attributes trimmed, and self-closed iframes cut.
fn rewrite(html: &str) -> String {
    let h = html.as_bytes();
    let mut out = String::with_capacity(html.len() + html.len() / 8);
    let mut copied = 0;
    let mut over: Option<String> = None;
    walk(h, |start, end, d, t, name| {
        let tag_text = html.get(start..end).unwrap_or("");
        let name = String::from_utf8_lossy(name);
        match t {
            Tag::Leaf { .. } if name == "iframe" => {
                out.push_str(html.get(copied..start).unwrap_or(""));
                copied = end;
            }
            Tag::Open { .. } | Tag::Leaf { .. } if end - start > MAX_ATTRIBUTES => {
                out.push_str(html.get(copied..start).unwrap_or(""));
                if matches!(t, Tag::Open { .. }) && d >= MAX_DEPTH {
                    if let Some(prev) = over.take() {
                        out.push_str(&format!("</{prev}>"));
                    }
                    over = Some(name.to_string());
                }
                out.push_str(&trim_attrs(tag_text));
                copied = end;
            }
            Tag::Open { .. } if d >= MAX_DEPTH => {
                out.push_str(html.get(copied..start).unwrap_or(""));
                if let Some(prev) = over.take() {
                    out.push_str(&format!("</{prev}>"));
                }
                over = Some(name.to_string());
                out.push_str(tag_text);
                copied = end;
            }
            Tag::Close { void: false, .. } if d > MAX_DEPTH => {
                out.push_str(html.get(copied..start).unwrap_or(""));
                if over.as_deref() == Some(&*name) {
                    out.push_str(tag_text);
                    over = None;
                }
                copied = end;
            }
            _ => {}
        }
    });
    out.push_str(html.get(copied..).unwrap_or(""));
    out
}

/// Whether the body `end..raw_end` of the raw-text element whose start tag spans
/// `start..end` is certain to be code that nothing reads: a `<script>` that is not
/// JSON-LD, or a `<style>`. The tokenizer must end it exactly where the scan did: at an
/// end tag whose name is followed by a space, `/` or `>`, and (for scripts) with no
/// `<!--` before it, which would open the script's escaped states.
fn unread_body(h: &[u8], start: usize, end: usize, raw_end: usize, name: &[u8]) -> bool {
    let is_script = name == b"script";
    if !is_script && name != b"style" || raw_end <= end {
        return false;
    }
    let after_name = h.get(raw_end + 2 + name.len()).copied();
    if !after_name.is_some_and(|b| b.is_ascii_whitespace() || b == b'/' || b == b'>') {
        return false;
    }
    if !is_script {
        return true;
    }
    let tag = h.get(start..end).unwrap_or(&[]);
    let body = h.get(end..raw_end).unwrap_or(&[]);
    // Any type naming JSON is kept, and any tag with a character reference, since the
    // parser decodes `ld&#x2B;json` into the type JSON-LD is read by.
    crate::decode::find_ci(tag, b"json").is_none()
        && !tag.contains(&b'&')
        && memchr::memmem::find(body, b"<!--").is_none()
}

/// `html` without the byte ranges in `cut` (sorted, disjoint); borrowed when none.
fn without<'a>(html: &'a str, cut: &[(usize, usize)]) -> Cow<'a, str> {
    if cut.is_empty() {
        return Cow::Borrowed(html);
    }
    let removed: usize = cut.iter().map(|(a, b)| b - a).sum();
    let mut out = String::with_capacity(html.len() - removed);
    let mut copied = 0;
    for &(a, b) in cut {
        out.push_str(html.get(copied..a).unwrap_or(""));
        copied = b;
    }
    out.push_str(html.get(copied..).unwrap_or(""));
    Cow::Owned(out)
}

/// A start tag cut after its first [`MAX_ATTRIBUTES`] attributes.
fn trim_attrs(tag: &str) -> String {
    let b = tag.as_bytes();
    if count_attrs(b) <= MAX_ATTRIBUTES {
        return tag.to_string();
    }
    // Cut at the whitespace before the attribute past the limit.
    let mut seen = 0;
    let mut prev_space = false;
    for (i, &c) in b.iter().enumerate() {
        if c.is_ascii_whitespace() {
            prev_space = true;
            continue;
        }
        if prev_space && c != b'=' && c != b'>' && c != b'/' {
            seen += 1;
            if seen > MAX_ATTRIBUTES + 1 {
                let head = tag.get(..i).unwrap_or(tag).trim_end();
                return format!("{head}>");
            }
        }
        prev_space = false;
    }
    tag.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_pages_pass_untouched() {
        let p = "<html><body><div><p>a<b>b</b></p><textarea>x<y</textarea></div></body></html>";
        assert!(matches!(cap_depth(p).html, Cow::Borrowed(_)));
    }

    #[test]
    fn code_bodies_are_dropped_before_parsing_and_read_ones_kept() {
        let p = concat!(
            "<head><style>p{color:red}</style>",
            r#"<script type="application/ld+json">{"@type":"Article"}</script>"#,
            r#"<script type="application/ld&#x2B;json">{"@type":"Person"}</script>"#,
            "<script>if (a<b) { x = '</div>'; }</script>",
            "<script><!-- <script>a()</script> b() --></script>",
            "</head><body><p>prose</p><script>late()</scripts></script>",
            "<svg><style>kept in foreign content</style></svg></body>"
        );
        let out = cap_depth(p).html;
        assert!(!out.contains("color:red"), "style body dropped: {out}");
        assert!(out.contains("<style></style>"), "the element stays");
        assert!(out.contains(r#"{"@type":"Article"}"#), "JSON-LD kept");
        assert!(
            out.contains(r#"{"@type":"Person"}"#),
            "encoded JSON-LD type kept"
        );
        assert!(!out.contains("x = "), "plain script body dropped");
        assert!(out.contains("b() -->"), "escaped script kept whole");
        assert!(
            out.contains("late()"),
            "an end tag the scan cannot trust keeps the body"
        );
        assert!(out.contains("kept in foreign content"));
        // The parsed page keeps every element and the text outside code.
        let dom = crate::dom::parse(p, 10_000).expect("parse");
        let count = |tag: &str| {
            dom.descendants(crate::dom::ROOT)
                .filter(|&n| dom.tag(n).is_some_and(|t| &**t == tag))
                .count()
        };
        // (The SVG `style` is a foreign element, not counted by HTML tag.)
        assert_eq!((count("script"), count("style"), count("p")), (5, 1, 1));
        assert!(dom.raw_text(dom.body()).contains("prose"));
    }

    #[test]
    fn plaintext_pages_keep_every_byte() {
        let p = "<p>a</p><plaintext><script>shown()</script>";
        assert!(cap_depth(p).html.contains("shown()"));
    }

    #[test]
    fn deep_markup_becomes_siblings_at_the_cap() {
        let n = MAX_DEPTH + 50;
        let deep = "<div>".repeat(n) + "<p>one</p><p>two</p>" + &"</div>".repeat(n);
        let capped = cap_depth(&deep).html;
        assert!(
            capped.contains("<p>one</p><p>two</p>"),
            "paragraphs survive as siblings"
        );
        let dom = crate::dom::parse(&capped, 1_000_000).unwrap();
        let mut depth = 0;
        for id in dom.descendants(dom.body()) {
            depth = depth.max(dom.ancestors(id).count());
        }
        assert!(depth <= MAX_DEPTH + 8, "tree depth {depth}");
    }

    #[test]
    fn a_self_closed_iframe_in_a_noscript_does_not_swallow_the_page() {
        let tail = "<p>shown after the snippet</p>";
        let snippet = r#"<noscript><iframe src="/ns.html" height="0" /></noscript>"#;
        let p = format!("<body>{snippet}{tail}</body>");
        let dom = crate::dom::parse(&p, 10_000).expect("parse");
        assert!(dom.raw_text(dom.body()).contains("shown after"));
        // The same past the depth cap, where the page is rewritten tag by tag.
        let n = MAX_DEPTH + 5;
        let deep = "<div>".repeat(n) + snippet + tail + &"</div>".repeat(n);
        assert!(cap_depth(&deep)
            .html
            .contains(&format!("<noscript></noscript>{tail}")));
        // Outside a noscript a browser reads the rest as the iframe's text too.
        let bare = format!(r#"<body><iframe src="/x" />{tail}</body>"#);
        let dom = crate::dom::parse(&bare, 10_000).expect("parse");
        assert!(dom
            .descendants(dom.body())
            .all(|n| dom.tag(n).is_none_or(|t| &**t != "p")));
    }
}

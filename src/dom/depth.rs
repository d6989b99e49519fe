//! Depth cap: html5ever's tree builder checks element scopes by walking the stack of open
//! elements, so a document nested 100,000 deep costs quadratic time. Browsers cap the
//! depth of their trees (Blink at 512: deeper elements become siblings at the cap);
//! thresh does the same before parsing. Past [`MAX_DEPTH`], each new element closes the
//! previous over-cap element first, so elements stay (paragraphs, headings) but never
//! nest deeper; end tags that no longer match anything open are dropped. A normal page
//! never comes near the cap and passes through untouched (one linear scan).

use std::borrow::Cow;

use crate::heuristics::MAX_DEPTH;

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

fn find(h: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    h.get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| from + p)
}

/// End of a tag starting at `at` (just past its `>`), skipping quoted attribute values.
fn tag_end(h: &[u8], at: usize) -> usize {
    let mut i = at;
    let mut quote = None;
    while let Some(&b) = h.get(i) {
        match (quote, b) {
            (Some(q), c) if c == q => quote = None,
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'>') => return i + 1,
            _ => {}
        }
        i += 1;
    }
    h.len()
}

fn scan(h: &[u8], at: usize) -> Tag {
    let rest = h.get(at + 1..).unwrap_or(&[]);
    if rest.starts_with(b"!--") {
        let end = find(h, at + 4, b"-->").map_or(h.len(), |e| e + 3);
        return Tag::Other { end };
    }
    let closing = rest.first() == Some(&b'/');
    let name_start = at + 1 + usize::from(closing);
    let name_len = h
        .get(name_start..)
        .unwrap_or(&[])
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b':')
        .count();
    if name_len == 0 || !h.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
        let end = if matches!(rest.first(), Some(b'!' | b'?' | b'/')) {
            tag_end(h, at)
        } else {
            at + 1
        };
        return Tag::Other { end };
    }
    let name: Vec<u8> = h
        .get(name_start..name_start + name_len)
        .unwrap_or(&[])
        .iter()
        .map(u8::to_ascii_lowercase)
        .collect();
    let end = tag_end(h, name_start + name_len);
    if closing {
        return Tag::Close {
            end,
            void: is_void(&name),
        };
    }
    let self_closing = end >= 2 && h.get(end - 2) == Some(&b'/');
    if is_void(&name) || self_closing {
        return Tag::Leaf { end };
    }
    if is_raw(&name) {
        let mut close = b"</".to_vec();
        close.extend_from_slice(&name);
        let raw_end = find(h, end, &close).unwrap_or(h.len());
        return Tag::Open {
            end,
            raw_end: Some(raw_end),
        };
    }
    Tag::Open { end, raw_end: None }
}

/// Walks the tags of `h`, calling `f(start, end, depth_before, kind)` for each.
fn walk(h: &[u8], mut f: impl FnMut(usize, usize, usize, &Tag)) {
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(off) = h.get(i..).and_then(|r| r.iter().position(|&b| b == b'<')) {
        let at = i + off;
        let tag = scan(h, at);
        f(at, tag_span_end(&tag), depth, &tag);
        match tag {
            Tag::Open { end, raw_end } => {
                depth += 1;
                i = raw_end.unwrap_or(end);
            }
            Tag::Close { end, void } => {
                if !void {
                    depth = depth.saturating_sub(1);
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

/// `html` with tag markup past [`MAX_DEPTH`] removed; borrowed when nothing is that deep.
pub fn cap_depth(html: &str) -> Cow<'_, str> {
    let h = html.as_bytes();
    let mut deepest = 0;
    walk(h, |_, _, d, t| {
        if matches!(t, Tag::Open { .. }) {
            deepest = deepest.max(d + 1);
        }
    });
    if deepest <= MAX_DEPTH {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len() + html.len() / 8);
    let mut copied = 0;
    let mut over: Option<String> = None;
    walk(h, |start, end, d, t| {
        let tag_text = html.get(start..end).unwrap_or("");
        match t {
            Tag::Open { .. } if d >= MAX_DEPTH => {
                out.push_str(html.get(copied..start).unwrap_or(""));
                if let Some(prev) = over.take() {
                    out.push_str("</");
                    out.push_str(&prev);
                    out.push('>');
                }
                over = Some(tag_name(tag_text, 1));
                out.push_str(tag_text);
                copied = end;
            }
            Tag::Close { void: false, .. } if d > MAX_DEPTH => {
                out.push_str(html.get(copied..start).unwrap_or(""));
                let name = tag_name(tag_text, 2);
                if over.as_deref() == Some(name.as_str()) {
                    out.push_str(tag_text);
                    over = None;
                }
                copied = end;
            }
            _ => {}
        }
    });
    out.push_str(html.get(copied..).unwrap_or(""));
    Cow::Owned(out)
}

/// Lower-case tag name of `<name…` (skip 1) or `</name…` (skip 2).
fn tag_name(tag: &str, skip: usize) -> String {
    tag.get(skip..)
        .unwrap_or("")
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == ':')
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_pages_pass_untouched() {
        let p = "<html><body><div><p>a<b>b</b></p><script>if (a<b) {}</script></div></body></html>";
        assert!(matches!(cap_depth(p), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_markup_becomes_siblings_at_the_cap() {
        let n = MAX_DEPTH + 50;
        let deep = "<div>".repeat(n) + "<p>one</p><p>two</p>" + &"</div>".repeat(n);
        let capped = cap_depth(&deep);
        assert!(capped.contains("<p>one</p><p>two</p>"), "paragraphs survive as siblings");
        let dom = crate::dom::parse(&capped, 1_000_000).unwrap();
        let mut depth = 0;
        for id in dom.descendants(dom.body()) {
            depth = depth.max(dom.ancestors(id).count());
        }
        assert!(depth <= MAX_DEPTH + 8, "tree depth {depth}");
    }
}

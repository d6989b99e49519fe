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

use crate::heuristics::{MAX_ATTRIBUTES, MAX_DEPTH};

mod scan;

use scan::*;

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

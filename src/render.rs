//! Render: blocks to plain text, Markdown and JSON.

use serde::Serialize;

use crate::model::{Block, Cell, Metadata, PageType, Span, Style};
use crate::options::{Format, Formatting, Images, Links, Options};
use crate::Extraction;

/// The rendering-relevant part of [`Options`], kept in the [`Extraction`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RenderOptions {
    pub(crate) format: Format,
    links: Links,
    images: Images,
    formatting: Formatting,
}

impl From<&Options> for RenderOptions {
    fn from(o: &Options) -> Self {
        RenderOptions {
            format: o.format,
            links: o.links,
            images: o.images,
            formatting: o.formatting,
        }
    }
}

/// Separator between table cells in plain text.
const TEXT_CELL_SEPARATOR: &str = "\t";

/// Plain text: blocks separated by one blank line, consecutive list items by a single
/// newline, table rows one per line.
pub fn text(blocks: &[Block]) -> String {
    let mut out = String::new();
    let mut prev_item = false;
    for b in blocks {
        let piece = match b {
            Block::Heading { spans, .. }
            | Block::Paragraph { spans }
            | Block::Quote { spans }
            | Block::Caption { spans }
            | Block::ListItem { spans, .. } => plain(spans),
            Block::Code { text, .. } => text.clone(),
            Block::Table { rows, .. } => rows
                .iter()
                .map(|r| {
                    r.iter()
                        .map(|c| plain(&c.spans).replace('\n', " "))
                        .collect::<Vec<_>>()
                        .join(TEXT_CELL_SEPARATOR)
                })
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Image { .. } => continue,
        };
        if piece.trim().is_empty() {
            continue;
        }
        let item = matches!(b, Block::ListItem { .. });
        if !out.is_empty() {
            out.push_str(if item && prev_item { "\n" } else { "\n\n" });
        }
        out.push_str(&piece);
        prev_item = item;
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// Where each open list level's items start their text, so that a nested item (and an
/// item's next line) is indented to its parent's text: two columns under "- ", three
/// under "1.", four under "10.", as CommonMark reads nesting.
#[derive(Default)]
struct ListColumns {
    /// The text column of the last item at each depth.
    text_at: Vec<usize>,
}

impl ListColumns {
    /// The indent and text column of an item at `depth` with a marker of `marker_len`
    /// characters; a depth deeper than the open ones nests under the deepest.
    fn item(&mut self, depth: usize, marker_len: usize) -> (usize, usize) {
        let indent = match depth.checked_sub(1) {
            None => 0,
            Some(parent) => self
                .text_at
                .get(parent)
                .or(self.text_at.last())
                .copied()
                .unwrap_or(0),
        };
        let text = indent + marker_len + 1;
        // Levels skipped between the parent and this item share the parent's column.
        self.text_at.resize(depth, indent);
        self.text_at.push(text);
        (indent, text)
    }
}

/// A caption's line: its inline Markdown in italics, the asterisks inside escaped.
fn emphasised(spans: &[Span], o: &RenderOptions) -> String {
    format!("*{}*", inline(spans, o).replace('*', "\\*"))
}

fn plain(spans: &[Span]) -> String {
    crate::model::spans_text(spans)
}

/// Markdown: ATX headings, nested lists, block quotes, fenced code, GFM pipe tables,
/// links and images when asked for, and emphasis.
pub fn markdown(blocks: &[Block], o: &RenderOptions) -> String {
    let mut out = String::new();
    let mut prev_item: Option<(u8, bool)> = None;
    let mut lists = ListColumns::default();
    for b in blocks {
        if !matches!(b, Block::ListItem { .. }) {
            lists = ListColumns::default();
        }
        let piece = match b {
            Block::Heading { level, spans } => {
                format!(
                    "{} {}",
                    "#".repeat(usize::from(*level).clamp(1, 6)),
                    inline(spans, o)
                )
            }
            Block::Paragraph { spans } => inline(spans, o),
            Block::Quote { spans } => inline(spans, o)
                .lines()
                .map(|l| format!("> {l}"))
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Caption { spans } => emphasised(spans, o),
            Block::ListItem {
                depth,
                number,
                spans,
            } => {
                let marker = number.map_or("-".to_string(), |n| format!("{n}."));
                let (indent, content) = lists.item(usize::from(*depth), marker.len());
                format!(
                    "{}{marker} {}",
                    " ".repeat(indent),
                    inline(spans, o).replace('\n', &format!("\n{}", " ".repeat(content)))
                )
            }
            Block::Code { text, lang } => fence(text, lang.as_deref()),
            Block::Table { rows, caption } if caption.is_empty() => pipe_table(rows, o),
            Block::Table { rows, caption } => {
                format!("{}\n\n{}", emphasised(caption, o), pipe_table(rows, o))
            }
            Block::Image { src, alt } => {
                if o.images == Images::Keep && safe_target(src) {
                    format!("![{}]({})", escape_md(alt), src.replace(' ', "%20"))
                } else {
                    continue;
                }
            }
        };
        if piece.trim().is_empty() {
            continue;
        }
        // An item follows the one before on the next line, unless a list of the other
        // kind starts there: "3." right under "- …" would read as that item's text.
        let item = match b {
            Block::ListItem { depth, number, .. } => Some((*depth, number.is_some())),
            _ => None,
        };
        let same_list =
            matches!((prev_item, item), (Some((d, o)), Some((e, p))) if d != e || o == p);
        if !out.is_empty() {
            out.push_str(if same_list { "\n" } else { "\n\n" });
        }
        out.push_str(&piece);
        prev_item = item;
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

fn fence(text: &str, lang: Option<&str>) -> String {
    let mut ticks = 3;
    while text.contains(&"`".repeat(ticks)) {
        ticks += 1;
    }
    let f = "`".repeat(ticks);
    format!("{f}{}\n{text}\n{f}", lang.unwrap_or(""))
}

fn pipe_table(rows: &[Vec<Cell>], o: &RenderOptions) -> String {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    if width == 0 {
        return String::new();
    }
    let line = |r: &[Cell]| {
        let mut cells: Vec<String> = r
            .iter()
            .map(|c| inline(&c.spans, o).replace('\n', " ").replace('|', "\\|"))
            .collect();
        cells.resize(width, String::new());
        format!("| {} |", cells.join(" | "))
    };
    let mut out = Vec::new();
    let mut iter = rows.iter();
    if let Some(first) = iter.next() {
        out.push(line(first));
        out.push(format!("|{}", " --- |".repeat(width)));
    }
    out.extend(iter.map(|r| line(r)));
    out.join("\n")
}

/// Inline Markdown of spans: emphasis, code and links as the options say.
fn inline(spans: &[Span], o: &RenderOptions) -> String {
    let mut out = String::new();
    for s in spans {
        let (lead, core, trail) = split_ws(&s.text);
        out.push_str(lead);
        if core.is_empty() {
            out.push_str(trail);
            continue;
        }
        let mut t = if o.formatting == Formatting::Keep && s.style.has(Style::CODE) {
            code_span(core)
        } else {
            escape_md(core)
        };
        if o.formatting == Formatting::Keep && !s.style.has(Style::CODE) {
            if s.style.has(Style::STRONG) {
                t = format!("**{t}**");
            }
            if s.style.has(Style::EMPHASIS) {
                t = format!("*{t}*");
            }
        }
        match &s.link {
            Some(href) if o.links == Links::Keep && safe_target(href) => {
                out.push_str(&format!(
                    "[{t}]({})",
                    href.replace(' ', "%20").replace(')', "%29")
                ));
            }
            _ => out.push_str(&t),
        }
        out.push_str(trail);
    }
    out
}

fn split_ws(s: &str) -> (&str, &str, &str) {
    let start = s.len() - s.trim_start().len();
    let end = s.trim_end().len().max(start);
    (
        s.get(..start).unwrap_or(""),
        s.get(start..end).unwrap_or(""),
        s.get(end..).unwrap_or(""),
    )
}

fn code_span(t: &str) -> String {
    if t.contains('`') {
        format!("`` {t} ``")
    } else {
        format!("`{t}`")
    }
}

/// Backslash-escapes the characters that would start Markdown syntax.
fn escape_md(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    for (i, c) in t.chars().enumerate() {
        let at_line_start = i == 0;
        match c {
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' => {
                out.push('\\');
                out.push(c);
            }
            '#' | '+' | '-' if at_line_start => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if digits_only_before(&out) => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Whether `out` so far is a run of 1–9 digits: `1.` there would start a Markdown list.
fn digits_only_before(out: &str) -> bool {
    !out.is_empty() && out.len() <= 9 && out.bytes().all(|b| b.is_ascii_digit())
}

/// Link and image targets that are safe to put in Markdown: never `javascript:`,
/// `vbscript:` or `data:`.
pub fn safe_target(href: &str) -> bool {
    let lower: String = href
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    !(lower.starts_with("javascript:")
        || lower.starts_with("vbscript:")
        || lower.starts_with("data:")
        || href.is_empty())
}

/// Resolves `href` against `base` (RFC 3986, the common cases). Unsafe schemes give
/// `None`.
pub fn resolve_url(base: Option<&str>, href: &str) -> Option<String> {
    // Judge the scheme on the raw target (browsers drop tabs and newlines inside it),
    // then make the target inert for Markdown and terminals.
    if !safe_target(href) {
        return None;
    }
    let cleaned = clean_target(href);
    let href = cleaned.as_str();
    if !safe_target(href) {
        return None;
    }
    let Some(base) = base else {
        return Some(href.to_string());
    };
    if has_scheme(href) {
        return Some(href.to_string());
    }
    let scheme_end = base.find("://")?;
    let scheme = base.get(..scheme_end)?;
    let after = base.get(scheme_end + 3..)?;
    let host_end = after.find(['/', '?', '#']).unwrap_or(after.len());
    let origin = base.get(..scheme_end + 3 + host_end)?;
    if let Some(rest) = href.strip_prefix("//") {
        return Some(format!("{scheme}://{rest}"));
    }
    if href.starts_with('/') {
        return Some(format!("{origin}{href}"));
    }
    let no_frag = base.split('#').next().unwrap_or(base);
    if href.starts_with('#') {
        return Some(format!("{no_frag}{href}"));
    }
    let no_query = no_frag.split('?').next().unwrap_or(no_frag);
    if href.starts_with('?') {
        return Some(format!("{no_query}{href}"));
    }
    let path = no_query.get(origin.len()..).unwrap_or("");
    let dir = path
        .rfind('/')
        .map_or("/", |i| path.get(..=i).unwrap_or("/"));
    let mut segs: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    let (href_path, tail) = match href.find(['?', '#']) {
        Some(i) => (href.get(..i).unwrap_or(""), href.get(i..).unwrap_or("")),
        None => (href, ""),
    };
    let parts: Vec<&str> = href_path.split('/').collect();
    for (i, p) in parts.iter().enumerate() {
        match *p {
            "." => {}
            ".." => {
                segs.pop();
            }
            "" if i + 1 < parts.len() => {}
            s => segs.push(s),
        }
    }
    let trailing =
        href_path.ends_with('/') || href_path.ends_with("/.") || href_path.ends_with("/..");
    let mut out = format!("{origin}/{}", segs.join("/"));
    if trailing && !out.ends_with('/') {
        out.push('/');
    }
    out.push_str(tail);
    Some(out)
}

/// A link target with whitespace trimmed, and control characters and spaces inside it
/// percent-encoded, so it can never carry terminal escapes or break Markdown.
fn clean_target(href: &str) -> String {
    let mut out = String::with_capacity(href.len());
    for c in href.trim().chars() {
        if c.is_control() || c == ' ' {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        } else if !crate::text::is_invisible(c) {
            out.push(c);
        }
    }
    out
}

fn has_scheme(s: &str) -> bool {
    match s.find(':') {
        Some(i) => {
            let scheme = s.get(..i).unwrap_or("");
            !scheme.is_empty()
                && scheme
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        }
        None => false,
    }
}

#[derive(Serialize)]
struct JsonOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    url: &'a Option<String>,
    title: &'a Option<String>,
    authors: &'a [String],
    date: &'a Option<String>,
    date_modified: &'a Option<String>,
    sitename: &'a Option<String>,
    description: &'a Option<String>,
    language: &'a Option<String>,
    image: &'a Option<String>,
    tags: &'a [String],
    categories: &'a [String],
    page_type: PageType,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    comments: Option<String>,
}

fn json_out<'a>(m: &'a Metadata, source: Option<&'a str>) -> JsonOut<'a> {
    JsonOut {
        source,
        url: &m.url,
        title: &m.title,
        authors: &m.authors,
        date: &m.date,
        date_modified: &m.date_modified,
        sitename: &m.sitename,
        description: &m.description,
        language: &m.language,
        image: &m.image,
        tags: &m.tags,
        categories: &m.categories,
        page_type: m.page_type,
        text: None,
        comments: None,
    }
}

/// The JSON record of an extraction: `source` (when given), the metadata, `text`, and
/// `comments` when they were asked for. One line.
pub fn json(ex: &Extraction, source: Option<&str>) -> String {
    let mut o = json_out(&ex.metadata, source);
    o.text = Some(ex.text());
    o.comments = ex.comments_text();
    serde_json::to_string(&o).unwrap_or_else(|_| String::from("{}"))
}

/// The metadata alone as one JSON line (plus `comments` when given).
pub fn metadata_json(m: &Metadata, comments: Option<&str>) -> String {
    let mut o = json_out(m, None);
    o.comments = comments.map(str::to_owned);
    serde_json::to_string(&o).unwrap_or_else(|_| String::from("{}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_urls() {
        let b = Some("https://ex.org/a/b/page.html?q=1#x");
        assert_eq!(
            resolve_url(b, "c.html").as_deref(),
            Some("https://ex.org/a/b/c.html")
        );
        assert_eq!(
            resolve_url(b, "../c").as_deref(),
            Some("https://ex.org/a/c")
        );
        assert_eq!(
            resolve_url(b, "/root").as_deref(),
            Some("https://ex.org/root")
        );
        assert_eq!(
            resolve_url(b, "//cdn.org/i.png").as_deref(),
            Some("https://cdn.org/i.png")
        );
        assert_eq!(
            resolve_url(b, "http://o.org/").as_deref(),
            Some("http://o.org/")
        );
        assert_eq!(resolve_url(b, "javascript:alert(1)"), None);
        assert_eq!(resolve_url(b, " JaVa\tScRipt:alert(1)"), None);
        assert_eq!(resolve_url(b, "data:text/html,x"), None);
    }
}

//! The explain view: one line per candidate block with the decision and the rule that
//! made it, in a stable, greppable format.

use crate::dom::{Dom, NodeId};

/// Whether a block went into the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// In the output.
    Kept,
    /// Left out.
    Dropped,
}

/// One candidate block and what happened to it.
#[derive(Debug, Clone, PartialEq)]
pub struct ExplainLine {
    /// The block's node index in the arena.
    pub node: u32,
    /// Kept or dropped.
    pub decision: Decision,
    /// The `heuristics` item that decided.
    pub rule: &'static str,
    /// Link characters over characters.
    pub link_density: f64,
    /// Word count.
    pub words: u32,
    /// The deciding element as a selector (`div#id.class`), cut at [`PREVIEW_CHARS`]:
    /// for a pruned subtree the element whose tag, role or classes pruned it.
    pub element: String,
    /// First 60 characters of the block's text.
    pub preview: String,
}

/// Characters of text shown per line.
pub const PREVIEW_CHARS: usize = 60;

impl std::fmt::Display for ExplainLine {
    /// `KEPT    PROSE_MIN_WORDS      ld=0.00 words=  57 node=123 at=p.lede "First sixty chars…"`
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let d = match self.decision {
            Decision::Kept => "KEPT",
            Decision::Dropped => "DROPPED",
        };
        write!(
            f,
            "{d:<7} {:<20} ld={:.2} words={:>4} node={} at={} {:?}",
            self.rule, self.link_density, self.words, self.node, self.element, self.preview
        )
    }
}

/// A node as a selector: its tag, then `#id` and `.class` for each class, no spaces,
/// cut at [`PREVIEW_CHARS`] characters.
pub fn selector(dom: &Dom, id: NodeId) -> String {
    let Some(e) = dom.element(id) else {
        return "#text".to_string();
    };
    let mut out = e.name.to_string();
    let attr = |n| dom.attr(id, &n).unwrap_or("");
    let ident = attr(markup5ever::local_name!("id"));
    for (mark, v) in std::iter::once(('#', ident)).chain(
        attr(markup5ever::local_name!("class"))
            .split_ascii_whitespace()
            .map(|c| ('.', c)),
    ) {
        if !v.is_empty() {
            out.push(mark);
            out.extend(v.chars().filter(|c| !c.is_whitespace()));
        }
    }
    match out.char_indices().nth(PREVIEW_CHARS) {
        Some((at, _)) => out.get(..at).unwrap_or(&out).to_string(),
        None => out,
    }
}

/// The first [`PREVIEW_CHARS`] characters of a node's text, whitespace collapsed.
pub fn preview(dom: &Dom, id: NodeId) -> String {
    let mut out = String::new();
    let mut pending = false;
    for n in dom.descendants(id) {
        // A word boundary at every element but inline formatting, so a preview of
        // a menu reads "News Sport", not "NewsSport".
        if dom.tag(n).is_some_and(|t| {
            !matches!(
                &**t,
                "b" | "i"
                    | "em"
                    | "strong"
                    | "u"
                    | "small"
                    | "sup"
                    | "sub"
                    | "code"
                    | "mark"
                    | "abbr"
            )
        }) {
            pending = true;
        }
        if let Some(t) = dom.text(n) {
            crate::text::push_collapsed(&mut out, t, &mut pending);
            if out.chars().count() >= PREVIEW_CHARS {
                break;
            }
        }
    }
    out.chars().take(PREVIEW_CHARS).collect()
}

/// Elements serialised without a closing tag.
fn is_void(tag: &str) -> bool {
    matches!(
        tag,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "source"
            | "track"
            | "wbr"
    )
}

/// Elements dropped from the annotated copy so that it is inert offline: scripts and
/// anything that loads or runs active content.
fn is_unsafe_element(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "iframe"
            | "frame"
            | "frameset"
            | "object"
            | "embed"
            | "applet"
            | "base"
            | "noscript"
            | "template"
            | "portal"
    )
}

/// Attributes dropped from the annotated copy: event handlers and script URLs.
fn is_unsafe_attr(name: &str, value: &str) -> bool {
    let v: String = value
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    name.to_ascii_lowercase().starts_with("on")
        || name.eq_ignore_ascii_case("srcdoc")
        || ((name == "href" || name == "src" || name == "action" || name == "formaction")
            && (v.starts_with("javascript:")
                || v.starts_with("vbscript:")
                || v.starts_with("data:text")))
        || (name == "http-equiv" && value.eq_ignore_ascii_case("refresh"))
}

/// Outline styles of the annotated copy.
const KEPT_STYLE: &str = "outline:3px solid #1a7f37 !important;outline-offset:-2px;";
const DROPPED_STYLE: &str = "outline:3px solid #cf222e !important;outline-offset:-2px;";
const LEGEND: &str = "<div id=\"thresh-legend\" style=\"position:fixed;top:0;left:0;right:0;z-index:2147483647;\
background:#fff;color:#000;font:14px/1.4 sans-serif;padding:6px 10px;border-bottom:2px solid #444;\">\
<b>thresh explain</b> &nbsp; <span style=\"outline:3px solid #1a7f37;padding:0 4px\">kept</span> \
&nbsp; <span style=\"outline:3px solid #cf222e;padding:0 4px\">dropped</span> \
&nbsp; hover a red box for the rule that dropped it</div><div style=\"height:40px\"></div>";

/// The page re-serialised with every kept block outlined green and every dropped block
/// outlined red with its rule in a `title` tooltip, a legend pinned at the top, and all
/// scripts and event handlers removed. Each marked element carries
/// `data-thresh-node`, `data-thresh` (`kept`/`dropped`) and `data-thresh-rule`.
pub fn annotate(dom: &Dom, lines: &[ExplainLine]) -> String {
    use crate::dom::NodeData;
    use std::collections::HashMap;
    let marks: HashMap<u32, &ExplainLine> = lines.iter().map(|l| (l.node, l)).collect();
    let mut out = String::from("<!DOCTYPE html>\n");
    let mut walk = crate::dom::Descendants::steps(dom, crate::dom::ROOT);
    while let Some((id, entering)) = walk.next() {
        let Some(node) = dom.get(id) else { continue };
        match (&node.data, entering) {
            (NodeData::Text(t), true) => {
                let raw = dom
                    .parent(id)
                    .and_then(|p| dom.tag(p))
                    .is_some_and(|t| &**t == "style");
                if raw {
                    out.push_str(&t.replace("</", "<\\/"));
                } else {
                    escape_into(&mut out, t, false);
                }
            }
            (NodeData::Element(e), true) => {
                let tag: &str = &e.name;
                if is_unsafe_element(tag) {
                    walk.skip_children(id);
                    continue;
                }
                start_tag(&mut out, dom, id, e, marks.get(&id.0).copied());
                if tag == "body" {
                    out.push_str(LEGEND);
                }
                if is_void(tag) {
                    walk.skip_children(id);
                }
            }
            (NodeData::Element(e), false) => {
                let tag: &str = &e.name;
                if !is_void(tag) && !is_unsafe_element(tag) {
                    out.push_str("</");
                    out.push_str(tag);
                    out.push('>');
                }
            }
            _ => {}
        }
    }
    out
}

/// Writes the start tag of `e` (node `id`), outlined and titled with its explain line
/// when it has one (its own `title` then goes, and its `style` is kept before ours).
fn start_tag(
    out: &mut String,
    dom: &Dom,
    id: crate::dom::NodeId,
    e: &crate::dom::Element,
    mark: Option<&ExplainLine>,
) {
    let tag: &str = &e.name;
    out.push('<');
    out.push_str(tag);
    for a in &e.attrs {
        let name: &str = &a.name;
        if is_unsafe_attr(name, &a.value)
            || (mark.is_some() && (name == "title" || name == "style"))
        {
            continue;
        }
        out.push(' ');
        out.push_str(name);
        out.push_str("=\"");
        escape_into(out, &a.value, true);
        out.push('"');
    }
    if let Some(l) = mark {
        let (state, style) = match l.decision {
            Decision::Kept => ("kept", KEPT_STYLE),
            Decision::Dropped => ("dropped", DROPPED_STYLE),
        };
        let old_style = dom
            .attr(id, &markup5ever::local_name!("style"))
            .unwrap_or("");
        out.push_str(&format!(
            " data-thresh-node=\"{}\" data-thresh=\"{state}\" data-thresh-rule=\"{}\" title=\"{state}: {} (link density {:.2}, {} words)\" style=\"",
            l.node, l.rule, l.rule, l.link_density, l.words
        ));
        escape_into(out, old_style, true);
        out.push(';');
        out.push_str(style);
        out.push('"');
    }
    out.push('>');
}

fn escape_into(out: &mut String, s: &str, attr: bool) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attr => out.push_str("&quot;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            c => out.push(c),
        }
    }
}

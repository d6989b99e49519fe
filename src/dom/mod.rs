//! The arena DOM everything downstream works on: a `Vec<Node>` addressed by [`NodeId`].
//!
//! Nodes are linked by parent/child/sibling indices, so every walk is a loop over links,
//! never recursion; a page nested 100,000 deep costs no stack. Scores and flags live in
//! side tables (`Vec<T>` indexed by `NodeId`), never in the nodes.

mod depth;
mod mojibake;
mod sink;

pub use sink::parse;

use markup5ever::tendril::StrTendril;
use markup5ever::{local_name, LocalName};

/// Index of a node in [`Dom::nodes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

impl NodeId {
    /// The node's index as `usize`, for side tables.
    #[inline]
    pub fn ix(self) -> usize {
        self.0 as usize
    }
}

/// The namespace of an element, reduced to what extraction distinguishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ns {
    /// HTML elements.
    Html,
    /// Inline SVG: drawn, never read as text.
    Svg,
    /// MathML: formulas, read as text.
    MathMl,
    /// Anything else.
    Other,
}

/// One attribute: local name and value.
#[derive(Debug, Clone)]
pub struct Attr {
    /// Attribute name (lower case for HTML).
    pub name: LocalName,
    /// Attribute value, entities decoded: the parser's own buffer, not a copy.
    pub value: StrTendril,
}

/// An element's name, attributes and template contents.
#[derive(Debug, Clone)]
pub struct Element {
    /// Local name, lower case for HTML.
    pub name: LocalName,
    /// Namespace.
    pub ns: Ns,
    /// Attributes in source order (a boxed slice: 16 bytes in the node, not a `Vec`'s
    /// 24; the list never grows after parsing).
    pub attrs: Box<[Attr]>,
    /// For `<template>`: the fragment holding its contents, outside the main tree.
    pub template_contents: Link,
}

/// What a node is.
#[derive(Debug, Clone)]
pub enum NodeData {
    /// The document root (and template-content fragments).
    Document,
    /// An element.
    Element(Element),
    /// A text node; adjacent text is merged while parsing. The parser's buffer, often a
    /// slice of the input itself.
    Text(StrTendril),
    /// A comment, doctype or processing instruction: kept as a place, without content.
    Other,
}

/// A link from one node to another, in 4 bytes where `Option<NodeId>` takes 8: a walk
/// reads every node it passes, and a node of one cache line (64 bytes, not 88) halves
/// the lines it loads. `u32::MAX` is no node: the builder never gives that id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link(u32);

impl Link {
    /// The node linked to, if any.
    #[inline]
    pub fn get(self) -> Option<NodeId> {
        (self.0 != u32::MAX).then_some(NodeId(self.0))
    }
}

impl From<Option<NodeId>> for Link {
    #[inline]
    fn from(id: Option<NodeId>) -> Self {
        Link(id.map_or(u32::MAX, |n| n.0))
    }
}

/// A node and its links.
#[derive(Debug, Clone)]
pub struct Node {
    /// Parent, none for roots and detached nodes.
    pub parent: Link,
    /// First child.
    pub first_child: Link,
    /// Last child.
    pub last_child: Link,
    /// Previous sibling.
    pub prev_sibling: Link,
    /// Next sibling.
    pub next_sibling: Link,
    /// Payload.
    pub data: NodeData,
}

impl Node {
    fn new(data: NodeData) -> Self {
        Node {
            parent: Link::from(None),
            first_child: Link::from(None),
            last_child: Link::from(None),
            prev_sibling: Link::from(None),
            next_sibling: Link::from(None),
            data,
        }
    }
}

/// The parsed document. Node 0 is the document root.
#[derive(Debug, Default)]
pub struct Dom {
    /// All nodes; detached ones (moved away by the parser) stay but are unreachable.
    pub nodes: Vec<Node>,
}

/// The document root's id.
pub const ROOT: NodeId = NodeId(0);

impl Dom {
    /// Number of node slots (side tables use this length).
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Whether the arena is empty (never true after parsing).
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// The node, or `None` for an id out of range.
    #[inline]
    pub fn get(&self, id: NodeId) -> Option<&Node> {
        self.nodes.get(id.ix())
    }

    /// The element payload of `id`, if it is an element.
    #[inline]
    pub fn element(&self, id: NodeId) -> Option<&Element> {
        match self.get(id).map(|n| &n.data) {
            Some(NodeData::Element(e)) => Some(e),
            _ => None,
        }
    }

    /// The HTML local name of `id`, if it is an HTML element.
    #[inline]
    pub fn tag(&self, id: NodeId) -> Option<&LocalName> {
        self.element(id)
            .filter(|e| e.ns == Ns::Html)
            .map(|e| &e.name)
    }

    /// Whether `id` is the HTML element `name`.
    #[inline]
    pub fn is(&self, id: NodeId, name: &LocalName) -> bool {
        self.tag(id) == Some(name)
    }

    /// Text of a text node.
    #[inline]
    pub fn text(&self, id: NodeId) -> Option<&str> {
        match self.get(id).map(|n| &n.data) {
            Some(NodeData::Text(t)) => Some(t),
            _ => None,
        }
    }

    /// Value of attribute `name` on element `id`.
    pub fn attr(&self, id: NodeId, name: &LocalName) -> Option<&str> {
        self.element(id)?
            .attrs
            .iter()
            .find(|a| &a.name == name)
            .map(|a| &*a.value)
    }

    /// Parent of `id`.
    #[inline]
    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.get(id)?.parent.get()
    }

    /// First child of `id`.
    #[inline]
    pub fn first_child(&self, id: NodeId) -> Option<NodeId> {
        self.get(id)?.first_child.get()
    }

    /// Next sibling of `id`.
    #[inline]
    pub fn next_sibling(&self, id: NodeId) -> Option<NodeId> {
        self.get(id)?.next_sibling.get()
    }

    /// Previous sibling of `id`.
    #[inline]
    pub fn prev_sibling(&self, id: NodeId) -> Option<NodeId> {
        self.get(id)?.prev_sibling.get()
    }

    /// Children of `id`, in order.
    pub fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            dom: self,
            next: self.first_child(id),
        }
    }

    /// Ancestors of `id`, nearest first, excluding `id`.
    pub fn ancestors(&self, id: NodeId) -> Ancestors<'_> {
        Ancestors {
            dom: self,
            next: self.parent(id),
        }
    }

    /// `id` and all its descendants in document order, walked by links (no recursion).
    pub fn descendants(&self, id: NodeId) -> Descendants<'_> {
        Descendants {
            dom: self,
            root: id,
            next: Some(id),
        }
    }

    /// The node after `id` in document order: its first child, else the node after its
    /// subtree ([`Dom::after_subtree`]).
    pub fn next_in_order(&self, id: NodeId) -> Option<NodeId> {
        self.first_child(id).or_else(|| self.after_subtree(id))
    }

    /// The node before `id` in document order: its previous sibling's last descendant,
    /// else its parent.
    pub fn prev_in_order(&self, id: NodeId) -> Option<NodeId> {
        match self.prev_sibling(id) {
            Some(mut p) => {
                while let Some(l) = self.get(p).and_then(|n| n.last_child.get()) {
                    p = l;
                }
                Some(p)
            }
            None => self.parent(id),
        }
    }

    /// The node after `id`'s subtree in document order: its next sibling, else its
    /// nearest ancestor's.
    pub fn after_subtree(&self, id: NodeId) -> Option<NodeId> {
        let mut cur = id;
        loop {
            if let Some(s) = self.next_sibling(cur) {
                return Some(s);
            }
            cur = self.parent(cur)?;
        }
    }

    /// The `<html>` element's first child named `name` (`head` or `body`).
    pub fn html_child(&self, name: &LocalName) -> Option<NodeId> {
        let html = self
            .children(ROOT)
            .find(|&c| self.is(c, &local_name!("html")))?;
        self.children(html).find(|&c| self.is(c, name))
    }

    /// The `<body>` element, or the root when there is none (framesets).
    pub fn body(&self) -> NodeId {
        self.html_child(&local_name!("body")).unwrap_or(ROOT)
    }

    /// All text below `id`, concatenated raw (no block separation).
    pub fn raw_text(&self, id: NodeId) -> String {
        let mut out = String::new();
        for n in self.descendants(id) {
            if let Some(t) = self.text(n) {
                out.push_str(t);
            }
        }
        out
    }

    /// For every node of `order` (a pre-order list, such as `descendants` gives), the
    /// bitwise OR of `own` over its subtree: one bottom-up pass, no recursion. Nodes
    /// outside `order` stay 0 (a parent above the list's root may collect bits).
    pub fn subtree_flags(&self, order: &[NodeId], own: impl Fn(NodeId) -> u8) -> Vec<u8> {
        let mut out = vec![0u8; self.len()];
        for &id in order.iter().rev() {
            let mine = own(id) | out.get(id.ix()).copied().unwrap_or(0);
            if let Some(slot) = out.get_mut(id.ix()) {
                *slot = mine;
            }
            if let Some(p) = self.parent(id).and_then(|p| out.get_mut(p.ix())) {
                *p |= mine;
            }
        }
        out
    }

    /// Byte length of `raw_text(id).trim()`, without building the string.
    pub fn trimmed_text_len(&self, id: NodeId) -> usize {
        let (mut total, mut lead, mut trail, mut seen) = (0, 0, 0, false);
        for t in self.descendants(id).filter_map(|n| self.text(n)) {
            total += t.len();
            let body = t.trim_end().len();
            if body == 0 {
                if seen {
                    trail += t.len();
                } else {
                    lead += t.len();
                }
                continue;
            }
            if !seen {
                lead += t.len() - t.trim_start().len();
                seen = true;
            }
            trail = t.len() - body;
        }
        if seen {
            total - lead - trail
        } else {
            0
        }
    }
}

/// Iterator over a node's children.
pub struct Children<'a> {
    dom: &'a Dom,
    next: Option<NodeId>,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let cur = self.next?;
        self.next = self.dom.next_sibling(cur);
        Some(cur)
    }
}

/// Iterator over a node's ancestors.
pub struct Ancestors<'a> {
    dom: &'a Dom,
    next: Option<NodeId>,
}

impl Iterator for Ancestors<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let cur = self.next?;
        self.next = self.dom.parent(cur);
        Some(cur)
    }
}

/// Pre-order iterator over a subtree.
pub struct Descendants<'a> {
    dom: &'a Dom,
    root: NodeId,
    next: Option<NodeId>,
}

/// An enter/leave walk: `(node, true)` before a node's children, `(node, false)` after.
pub struct Steps<'a> {
    dom: &'a Dom,
    root: NodeId,
    next: Option<(NodeId, bool)>,
}

impl Steps<'_> {
    /// After `(id, true)`: do not descend into `id`.
    pub fn skip_children(&mut self, id: NodeId) {
        self.next = Some((id, false));
    }
}

impl Iterator for Steps<'_> {
    type Item = (NodeId, bool);
    fn next(&mut self) -> Option<(NodeId, bool)> {
        let cur = self.next?;
        self.next = match cur {
            (id, true) => match self.dom.first_child(id) {
                Some(c) => Some((c, true)),
                None => Some((id, false)),
            },
            (id, false) if id == self.root => None,
            (id, false) => match self.dom.next_sibling(id) {
                Some(s) => Some((s, true)),
                None => self.dom.parent(id).map(|p| (p, false)),
            },
        };
        Some(cur)
    }
}

impl<'a> Descendants<'a> {
    /// An enter/leave walk of `root`'s subtree.
    pub fn steps(dom: &'a Dom, root: NodeId) -> Steps<'a> {
        Steps {
            dom,
            root,
            next: Some((root, true)),
        }
    }
}

impl Descendants<'_> {
    /// Skips the children of the node returned last: the walk continues after its subtree.
    pub fn skip_subtree(&mut self, of: NodeId) {
        self.next = self.after(of);
    }

    fn after(&self, mut id: NodeId) -> Option<NodeId> {
        loop {
            if id == self.root {
                return None;
            }
            if let Some(s) = self.dom.next_sibling(id) {
                return Some(s);
            }
            id = self.dom.parent(id)?;
        }
    }
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let cur = self.next?;
        self.next = match self.dom.first_child(cur) {
            Some(c) => Some(c),
            None => self.after(cur),
        };
        Some(cur)
    }
}

/// Splits a class or id attribute value into lower-case-insensitive tokens on
/// whitespace, `-` and `_` boundaries are kept (tokens are whole attribute words).
pub fn attr_words(value: &str) -> impl Iterator<Item = &str> {
    value.split_ascii_whitespace()
}

/// The key of a server-streamed part's id (`S:1f` or `B:1f` with `prefix` `S:` or `B:`):
/// the hexadecimal rest, when there is one.
pub fn streamed_key<'v>(id_value: &'v str, prefix: &str) -> Option<&'v str> {
    id_value
        .strip_prefix(prefix)
        .filter(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_hexdigit()))
}

impl Dom {
    /// Whether `id` is an element right after a sibling element, one of the two classed,
    /// with no text between them: two items a style sheet spaces apart
    /// (`<span class=author>Jane Roe</span><span class=date>May 2</span>`, a linked name
    /// and its `<span class=affiliation>`), whose words would glue as text. A one-letter
    /// item before is an initial, a drop cap of the word it starts
    /// (`<span class=dropcap>T</span><span>here`); a one-character separator ("·") is
    /// not. A `<sup>` or `<sub>` belongs to what it follows
    /// (`$549<sup class=cents>00</sup>`).
    pub fn styled_apart(&self, id: NodeId) -> bool {
        let classed = |n| self.attr(n, &markup5ever::local_name!("class")).is_some();
        // An initial is one letter in an element of a few nodes: read through at most
        // `INITIAL_MAX_NODES` of them, so that a large item before costs nothing.
        let initial = |n: NodeId| {
            let mut walk = self.descendants(n);
            let mut letter = None;
            for _ in 0..=crate::heuristics::INITIAL_MAX_NODES {
                let Some(d) = walk.next() else {
                    return letter.is_some_and(char::is_alphabetic);
                };
                for c in self
                    .text(d)
                    .unwrap_or("")
                    .chars()
                    .filter(|c| !c.is_whitespace())
                {
                    if letter.replace(c).is_some() {
                        return false;
                    }
                }
            }
            false
        };
        // A superscript or subscript belongs to what it follows (cents, an exponent).
        let attached = self.is(id, &markup5ever::local_name!("sup"))
            || self.is(id, &markup5ever::local_name!("sub"));
        self.element(id).is_some()
            && !attached
            && self.prev_sibling(id).is_some_and(|p| {
                self.element(p).is_some() && (classed(p) || classed(id)) && !initial(p)
            })
    }

    /// Whether `id` is a main element: `<main>` or `role=main` (case aside).
    pub fn is_main(&self, id: NodeId) -> bool {
        self.is(id, &markup5ever::local_name!("main"))
            || self
                .attr(id, &markup5ever::local_name!("role"))
                .is_some_and(|r| r.eq_ignore_ascii_case("main"))
    }

    /// Whether `id`'s microdata `itemtype` names one of `types`, compared with the tail
    /// of each type URL, case aside (`https://schema.org/Product` ends with
    /// `schema.org/Product` and with `Product`).
    pub fn has_itemtype(&self, id: NodeId, types: &[&str]) -> bool {
        self.attr(id, &markup5ever::local_name!("itemtype"))
            .is_some_and(|v| {
                v.split_ascii_whitespace().any(|t| {
                    let t = t.trim_end_matches('/');
                    types.iter().any(|p| {
                        t.len()
                            .checked_sub(p.len())
                            .and_then(|at| t.get(at..))
                            .is_some_and(|tail| tail.eq_ignore_ascii_case(p))
                    })
                })
            })
    }
}

//! The only file that talks to html5ever's tree builder: a `TreeSink` that builds the
//! arena [`Dom`] directly, with no intermediate reference-counted tree.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::{ns, Attribute, ParseOpts, QualName};
use markup5ever::interface::ElemName;
use markup5ever::{local_name, LocalName, Namespace};

use super::{Attr, Dom, Element, Link, Node, NodeData, NodeId, Ns, ROOT};
use crate::error::{Error, Result};

/// Parses `html` into an arena DOM. Fails when the document has more than `max_nodes`
/// nodes.
///
/// Scripting is off, as in a browser with JavaScript disabled: `<noscript>` content is
/// parsed as markup, so pages that keep their text there can still be read.
pub fn parse(html: &str, max_nodes: usize) -> Result<Dom> {
    let capped = super::depth::cap_depth(html);
    // Cheap upper bound first: every element comes from a start tag.
    if capped.start_tags > max_nodes {
        return Err(Error::TooManyNodes { limit: max_nodes });
    }
    let mut opts = ParseOpts::default();
    opts.tree_builder.scripting_enabled = false;
    opts.tree_builder.exact_errors = false;
    // Room for every element the pre-pass counted, and about as many text nodes, so the
    // arena is not copied again and again as it grows.
    let sink = Sink::new(
        max_nodes,
        capped.start_tags.saturating_mul(2).saturating_add(8),
    );
    let sink = html5ever::parse_document(sink, opts).one(StrTendril::from(&*capped.html));
    if sink.overflow.get() {
        return Err(Error::TooManyNodes { limit: max_nodes });
    }
    let mut nodes = sink.nodes.into_inner();
    place_streamed_segments(&mut nodes);
    mend_mojibake(&mut nodes);
    Ok(Dom { nodes })
}

/// Mends mis-decoded UTF-8 in text and in the attributes that carry text
/// (see [`super::mojibake`]).
fn mend_mojibake(nodes: &mut [Node]) {
    use super::mojibake::repair;
    for node in nodes.iter_mut() {
        match &mut node.data {
            NodeData::Text(t) => {
                if let Some(m) = repair(t) {
                    *t = StrTendril::from(m);
                }
            }
            NodeData::Element(e) => {
                for a in e.attrs.iter_mut().filter(|a| TEXT_ATTRS.contains(&a.name)) {
                    if let Some(m) = repair(&a.value) {
                        a.value = StrTendril::from(m);
                    }
                }
            }
            _ => {}
        }
    }
}

/// Attributes whose values are prose a reader or the metadata sees.
const TEXT_ATTRS: [LocalName; 4] = [
    local_name!("content"),
    local_name!("alt"),
    local_name!("title"),
    local_name!("aria-label"),
];

/// Server-streamed pages (React's streaming renderer) send each late part of the page
/// as a hidden `<div id="S:x">` at the end of the body, and a script moves it to its
/// placeholder `<template id="B:x">`. Doing that move here puts the part back in its
/// context. A segment that holds its own placeholder is left where it is.
fn place_streamed_segments(nodes: &mut [Node]) {
    use crate::heuristics::{STREAMED_PLACEHOLDER_ID_PREFIX, STREAMED_SEGMENT_ID_PREFIX};
    let id_of = |n: &Node, tag: &LocalName, prefix: &str| -> Option<String> {
        let NodeData::Element(e) = &n.data else {
            return None;
        };
        if e.name != *tag {
            return None;
        }
        let v = e.attrs.iter().find(|a| a.name == local_name!("id"))?;
        super::streamed_key(&v.value, prefix).map(str::to_string)
    };
    let mut placeholders = std::collections::HashMap::new();
    let mut segments = Vec::new();
    for (ix, n) in nodes.iter().enumerate() {
        let id = NodeId(ix as u32);
        if let Some(k) = id_of(n, &local_name!("template"), STREAMED_PLACEHOLDER_ID_PREFIX) {
            placeholders.entry(k).or_insert(id);
        } else if let Some(k) = id_of(n, &local_name!("div"), STREAMED_SEGMENT_ID_PREFIX) {
            segments.push((k, id));
        }
    }
    for (k, seg) in segments {
        let Some(&at) = placeholders.get(&k) else {
            continue;
        };
        // Moving a node into its own subtree would make a cycle.
        let mut up = Some(at);
        let mut inside = false;
        while let Some(a) = up {
            if a == seg {
                inside = true;
                break;
            }
            up = nodes.get(a.ix()).and_then(|n| n.parent.get());
        }
        if !inside {
            Sink::insert_before(nodes, at, seg);
        }
    }
}

/// Tree sink state: the growing arena behind a `RefCell` (the trait takes `&self`).
struct Sink {
    nodes: RefCell<Vec<Node>>,
    max_nodes: usize,
    overflow: Cell<bool>,
}

/// An element's name, owned (atoms are cheap to clone).
#[derive(Debug)]
struct Name {
    ns: Namespace,
    local: LocalName,
}

impl ElemName for Name {
    fn ns(&self) -> &Namespace {
        &self.ns
    }
    fn local_name(&self) -> &LocalName {
        &self.local
    }
}

impl Sink {
    fn new(max_nodes: usize, capacity: usize) -> Self {
        let mut nodes = Vec::with_capacity(capacity.min(max_nodes.saturating_add(1)));
        nodes.push(Node::new(NodeData::Document));
        Sink {
            nodes: RefCell::new(nodes),
            max_nodes,
            overflow: Cell::new(false),
        }
    }

    fn push(&self, data: NodeData) -> NodeId {
        let mut nodes = self.nodes.borrow_mut();
        if nodes.len() >= self.max_nodes {
            self.overflow.set(true);
        }
        let id = NodeId(u32::try_from(nodes.len()).unwrap_or(u32::MAX));
        if id.0 == u32::MAX {
            // Unreachable in practice: max_nodes is far below u32::MAX. Reuse the root
            // slot rather than overflow the index.
            self.overflow.set(true);
            return ROOT;
        }
        nodes.push(Node::new(data));
        id
    }

    fn detach(nodes: &mut [Node], id: NodeId) {
        let Some(node) = nodes.get_mut(id.ix()) else {
            return;
        };
        let (parent, prev, next) = (
            node.parent.get(),
            node.prev_sibling.get(),
            node.next_sibling.get(),
        );
        node.parent = Link::from(None);
        node.prev_sibling = Link::from(None);
        node.next_sibling = Link::from(None);
        if let Some(p) = prev.and_then(|p| nodes.get_mut(p.ix())) {
            p.next_sibling = Link::from(next);
        } else if let Some(par) = parent.and_then(|p| nodes.get_mut(p.ix())) {
            par.first_child = Link::from(next);
        }
        if let Some(n) = next.and_then(|n| nodes.get_mut(n.ix())) {
            n.prev_sibling = Link::from(prev);
        } else if let Some(par) = parent.and_then(|p| nodes.get_mut(p.ix())) {
            par.last_child = Link::from(prev);
        }
    }

    fn append_node(nodes: &mut [Node], parent: NodeId, child: NodeId) {
        Self::detach(nodes, child);
        let last = nodes.get(parent.ix()).and_then(|p| p.last_child.get());
        if let Some(c) = nodes.get_mut(child.ix()) {
            c.parent = Link::from(Some(parent));
            c.prev_sibling = Link::from(last);
        }
        match last.and_then(|l| nodes.get_mut(l.ix())) {
            Some(l) => l.next_sibling = Link::from(Some(child)),
            None => {
                if let Some(p) = nodes.get_mut(parent.ix()) {
                    p.first_child = Link::from(Some(child));
                }
            }
        }
        if let Some(p) = nodes.get_mut(parent.ix()) {
            p.last_child = Link::from(Some(child));
        }
    }

    fn insert_before(nodes: &mut [Node], sibling: NodeId, child: NodeId) {
        Self::detach(nodes, child);
        let Some(s) = nodes.get(sibling.ix()) else {
            return;
        };
        let (parent, prev) = (s.parent.get(), s.prev_sibling.get());
        if let Some(c) = nodes.get_mut(child.ix()) {
            c.parent = Link::from(parent);
            c.prev_sibling = Link::from(prev);
            c.next_sibling = Link::from(Some(sibling));
        }
        if let Some(s) = nodes.get_mut(sibling.ix()) {
            s.prev_sibling = Link::from(Some(child));
        }
        match prev.and_then(|p| nodes.get_mut(p.ix())) {
            Some(p) => p.next_sibling = Link::from(Some(child)),
            None => {
                if let Some(par) = parent.and_then(|p| nodes.get_mut(p.ix())) {
                    par.first_child = Link::from(Some(child));
                }
            }
        }
    }

    /// Appends text to `into` if it is a text node; returns whether it did.
    fn merge_text(nodes: &mut [Node], into: Option<NodeId>, text: &StrTendril) -> bool {
        match into
            .and_then(|i| nodes.get_mut(i.ix()))
            .map(|n| &mut n.data)
        {
            Some(NodeData::Text(t)) => {
                t.push_tendril(text);
                true
            }
            _ => false,
        }
    }
}

fn ns_of(ns: &Namespace) -> Ns {
    if *ns == ns!(html) {
        Ns::Html
    } else if *ns == ns!(svg) {
        Ns::Svg
    } else if *ns == ns!(mathml) {
        Ns::MathMl
    } else {
        Ns::Other
    }
}

fn ns_atom(ns: Ns) -> Namespace {
    match ns {
        Ns::Html => ns!(html),
        Ns::Svg => ns!(svg),
        Ns::MathMl => ns!(mathml),
        Ns::Other => ns!(),
    }
}

impl TreeSink for Sink {
    type Handle = NodeId;
    type Output = Self;
    type ElemName<'a> = Name;

    fn finish(self) -> Self {
        self
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> NodeId {
        ROOT
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Name {
        let nodes = self.nodes.borrow();
        match nodes.get(target.ix()).map(|n| &n.data) {
            Some(NodeData::Element(e)) => Name {
                ns: ns_atom(e.ns),
                local: e.name.clone(),
            },
            _ => Name {
                ns: ns!(),
                local: LocalName::from(""),
            },
        }
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> NodeId {
        // Built in a list of the exact length: collected in place, the parser's larger
        // `Attribute`s would leave spare room that boxing the slice reallocates away.
        let mut list = Vec::with_capacity(attrs.len());
        list.extend(attrs.into_iter().map(|a| Attr {
            name: a.name.local,
            value: a.value,
        }));
        let attrs = list.into_boxed_slice();
        let template_contents = flags.template.then(|| self.push(NodeData::Document));
        self.push(NodeData::Element(Element {
            name: name.local,
            ns: ns_of(&name.ns),
            attrs,
            template_contents: Link::from(template_contents),
        }))
    }

    fn create_comment(&self, _text: StrTendril) -> NodeId {
        self.push(NodeData::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> NodeId {
        self.push(NodeData::Other)
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        match child {
            NodeOrText::AppendNode(node) => {
                let mut nodes = self.nodes.borrow_mut();
                Self::append_node(&mut nodes, *parent, node);
            }
            NodeOrText::AppendText(text) => {
                let last = self
                    .nodes
                    .borrow()
                    .get(parent.ix())
                    .and_then(|p| p.last_child.get());
                if !Self::merge_text(&mut self.nodes.borrow_mut(), last, &text) {
                    let id = self.push(NodeData::Text(text));
                    Self::append_node(&mut self.nodes.borrow_mut(), *parent, id);
                }
            }
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        let has_parent = self
            .nodes
            .borrow()
            .get(element.ix())
            .is_some_and(|n| n.parent.get().is_some());
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {
        let id = self.push(NodeData::Other);
        Self::append_node(&mut self.nodes.borrow_mut(), ROOT, id);
    }

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        let nodes = self.nodes.borrow();
        match nodes.get(target.ix()).map(|n| &n.data) {
            Some(NodeData::Element(Element {
                template_contents, ..
            })) => template_contents.get().unwrap_or(*target),
            _ => *target,
        }
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        match new_node {
            NodeOrText::AppendNode(node) => {
                Self::insert_before(&mut self.nodes.borrow_mut(), *sibling, node);
            }
            NodeOrText::AppendText(text) => {
                let prev = self
                    .nodes
                    .borrow()
                    .get(sibling.ix())
                    .and_then(|s| s.prev_sibling.get());
                if !Self::merge_text(&mut self.nodes.borrow_mut(), prev, &text) {
                    let id = self.push(NodeData::Text(text));
                    Self::insert_before(&mut self.nodes.borrow_mut(), *sibling, id);
                }
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let Some(NodeData::Element(e)) = nodes.get_mut(target.ix()).map(|n| &mut n.data) {
            let mut all = std::mem::take(&mut e.attrs).into_vec();
            for a in attrs {
                if !all.iter().any(|x| x.name == a.name.local) {
                    all.push(Attr {
                        name: a.name.local,
                        value: a.value,
                    });
                }
            }
            e.attrs = all.into_boxed_slice();
        }
    }

    fn remove_from_parent(&self, target: &NodeId) {
        Self::detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        let mut nodes = self.nodes.borrow_mut();
        while let Some(c) = nodes.get(node.ix()).and_then(|n| n.first_child.get()) {
            Self::append_node(&mut nodes, *new_parent, c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streamed_segments_move_to_their_placeholders() {
        let html = "<body><main><p>Intro</p><template id=\"B:1f\"></template><p>End</p></main>\
<div hidden id=\"S:1f\"><p>Late part</p></div>\
<div hidden id=\"S:2\"><template id=\"B:2\"></template></div>\
<div hidden id=\"S:x\"><p>Not a segment</p></div></body>";
        let dom = parse(html, 1000).expect("parse");
        let find = |id: &str| {
            dom.descendants(dom.body())
                .find(|&n| dom.attr(n, &local_name!("id")) == Some(id))
                .expect(id)
        };
        let main = dom
            .descendants(dom.body())
            .find(|&n| dom.is(n, &local_name!("main")))
            .expect("main");
        let seg = find("S:1f");
        assert_eq!(dom.parent(seg), Some(main), "moved into place");
        assert_eq!(
            dom.next_sibling(seg),
            Some(find("B:1f")),
            "before its placeholder"
        );
        assert_eq!(
            dom.parent(find("S:2")),
            Some(dom.body()),
            "a self-holding segment stays"
        );
        assert_eq!(
            dom.parent(find("S:x")),
            Some(dom.body()),
            "not hex: not moved"
        );
    }

    #[test]
    fn builds_tree_and_merges_text() {
        let dom = parse("<p>a<b>b</b>c</p><table><tr><td>x</td></tr></table>", 1000).unwrap();
        let body = dom.body();
        let p = dom.first_child(body).unwrap();
        assert!(dom.is(p, &local_name!("p")));
        assert_eq!(dom.raw_text(p), "abc");
        assert_eq!(dom.raw_text(body), "abcx");
    }

    #[test]
    fn foster_parenting_and_adoption() {
        let dom = parse(
            "<table>lost<tr><td>cell</td></tr></table><b>1<p>2</b>3</p>",
            1000,
        )
        .unwrap();
        assert_eq!(dom.raw_text(dom.body()), "lostcell123");
    }

    #[test]
    fn deep_nesting_is_fine() {
        let html = "<div>".repeat(100_000) + "deep";
        let dom = parse(&html, 1_000_000).unwrap();
        assert_eq!(dom.raw_text(dom.body()), "deep");
    }

    #[test]
    fn node_limit() {
        assert!(matches!(
            parse(&"<i>x</i>".repeat(100), 50),
            Err(Error::TooManyNodes { .. })
        ));
    }
}

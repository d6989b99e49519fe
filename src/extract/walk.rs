//! Enter/leave traversal over the arena by links alone, and the per-node context table
//! (block owner, inline style, link, list depth) computed in one pre-order pass.

use markup5ever::local_name;

use crate::dom::{Dom, NodeData, NodeId, Ns};
use crate::heuristics::{heading_level, is_block_tag};

/// A step of a depth-first walk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Entering a node (before its children).
    Enter(NodeId),
    /// Leaving a node (after its children).
    Leave(NodeId),
}

/// Depth-first enter/leave walk of a subtree, with the option to skip a node's children.
pub struct Walk<'a> {
    dom: &'a Dom,
    root: NodeId,
    next: Option<Step>,
}

impl<'a> Walk<'a> {
    /// Walk of `root`'s subtree, root included.
    pub fn new(dom: &'a Dom, root: NodeId) -> Self {
        Walk {
            dom,
            root,
            next: Some(Step::Enter(root)),
        }
    }

    /// After `Enter(id)` was returned: do not descend, go straight to `Leave(id)`.
    pub fn skip_children(&mut self, id: NodeId) {
        self.next = Some(Step::Leave(id));
    }
}

impl Iterator for Walk<'_> {
    type Item = Step;
    fn next(&mut self) -> Option<Step> {
        let cur = self.next?;
        self.next = match cur {
            Step::Enter(id) => match self.dom.first_child(id) {
                Some(c) => Some(Step::Enter(c)),
                None => Some(Step::Leave(id)),
            },
            Step::Leave(id) if id == self.root => None,
            Step::Leave(id) => match self.dom.next_sibling(id) {
                Some(s) => Some(Step::Enter(s)),
                None => self.dom.parent(id).map(Step::Leave),
            },
        };
        Some(cur)
    }
}

/// Inline-context flags of a node, inherited from its ancestors.
pub mod flag {
    /// Inside `<a href>`.
    pub const LINK: u16 = 1;
    /// Inside `<em>`/`<i>`.
    pub const EM: u16 = 2;
    /// Inside `<strong>`/`<b>`.
    pub const STRONG: u16 = 4;
    /// Inside `<code>`/`<kbd>`/`<samp>`.
    pub const CODE: u16 = 8;
    /// Inside `<pre>`.
    pub const PRE: u16 = 16;
    /// Inside `<blockquote>`.
    pub const QUOTE: u16 = 32;
    /// Inside a heading.
    pub const HEADING: u16 = 64;
    /// Inside a table cell.
    pub const CELL: u16 = 128;
    /// Inside `<figcaption>`.
    pub const CAPTION: u16 = 256;
}

/// Per-node context, indexed by `NodeId`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Ctx {
    /// Nearest block-level ancestor-or-self (the element whose block this node's text
    /// belongs to).
    pub owner: u32,
    /// `flag::*` bits.
    pub flags: u16,
    /// Number of enclosing `ul`/`ol`.
    pub list_depth: u16,
    /// Nearest enclosing `<a>`, for link targets.
    pub link: u32,
}

/// Computes the context of every node reachable from `root` in one pre-order pass.
pub fn contexts(dom: &Dom, root: NodeId) -> Vec<Ctx> {
    let mut ctx = vec![Ctx::default(); dom.len()];
    for id in dom.descendants(root) {
        let parent = dom.parent(id).filter(|_| id != root);
        let mut c = parent
            .and_then(|p| ctx.get(p.ix()).copied())
            .unwrap_or(Ctx {
                owner: root.0,
                ..Ctx::default()
            });
        if let NodeData::Element(e) = dom.get(id).map(|n| &n.data).unwrap_or(&NodeData::Other) {
            if e.ns == Ns::Html {
                apply_element(&mut c, id, &e.name, dom);
            }
        }
        if let Some(slot) = ctx.get_mut(id.ix()) {
            *slot = c;
        }
    }
    ctx
}

fn apply_element(c: &mut Ctx, id: NodeId, name: &markup5ever::LocalName, dom: &Dom) {
    if is_block_tag(name) {
        c.owner = id.0;
    }
    match *name {
        // A heading's link to itself (`<h2><a href="#constructor">Constructor</a></h2>`)
        // is its anchor, not a link away: the heading stays a heading.
        local_name!("a")
            if dom.attr(id, &local_name!("href")).is_some_and(|h| {
                c.flags & flag::HEADING == 0 || !h.trim_start().starts_with('#')
            }) =>
        {
            c.flags |= flag::LINK;
            c.link = id.0;
        }
        local_name!("em") | local_name!("i") | local_name!("cite") => c.flags |= flag::EM,
        local_name!("strong") | local_name!("b") => c.flags |= flag::STRONG,
        local_name!("code") | local_name!("kbd") | local_name!("samp") | local_name!("tt") => {
            c.flags |= flag::CODE
        }
        local_name!("pre")
        | local_name!("xmp")
        | local_name!("listing")
        | local_name!("plaintext") => c.flags |= flag::PRE,
        local_name!("blockquote") => c.flags |= flag::QUOTE,
        local_name!("td") | local_name!("th") => c.flags |= flag::CELL,
        local_name!("figcaption") => c.flags |= flag::CAPTION,
        local_name!("p") if super::blocks::is_wrapped_caption(dom, id) => c.flags |= flag::CAPTION,
        local_name!("ul") | local_name!("ol") => c.list_depth = c.list_depth.saturating_add(1),
        _ => {
            if heading_level(name).is_some() {
                c.flags |= flag::HEADING;
            }
        }
    }
}

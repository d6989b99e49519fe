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
    /// First 60 characters of the block's text.
    pub preview: String,
}

/// Characters of text shown per line.
pub const PREVIEW_CHARS: usize = 60;

impl std::fmt::Display for ExplainLine {
    /// `KEPT    PROSE_MIN_WORDS      ld=0.00 words=  57 node=123 "First sixty chars…"`
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let d = match self.decision {
            Decision::Kept => "KEPT",
            Decision::Dropped => "DROPPED",
        };
        write!(
            f,
            "{d:<7} {:<20} ld={:.2} words={:>4} node={} {:?}",
            self.rule, self.link_density, self.words, self.node, self.preview
        )
    }
}

/// The first [`PREVIEW_CHARS`] characters of a node's text, whitespace collapsed.
pub fn preview(dom: &Dom, id: NodeId) -> String {
    let mut out = String::new();
    let mut pending = false;
    for n in dom.descendants(id) {
        if let Some(t) = dom.text(n) {
            crate::text::push_collapsed(&mut out, t, &mut pending);
            if out.chars().count() >= PREVIEW_CHARS {
                break;
            }
        }
    }
    out.chars().take(PREVIEW_CHARS).collect()
}

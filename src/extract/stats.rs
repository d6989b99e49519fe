//! Text statistics of every text node, computed once per document: non-space characters
//! and punctuation for all content text, and words (Unicode segmentation, the costly
//! part) on first use, which only scoring makes, for text outside pruned chrome. Pruning
//! and scoring read them on every pass and retry instead of walking each text again.

use std::cell::Cell;

use crate::dom::{Dom, NodeData, NodeId};
use crate::heuristics::is_never_content_tag;
use crate::text::{counts, word_count};

/// The statistics of one text node (zero for other nodes and for text that is never
/// content: scripts, styles).
#[derive(Debug, Default, Clone, Copy)]
pub struct TextStats {
    /// Non-space, visible characters.
    pub chars: u32,
    /// Commas, in Latin and CJK forms.
    pub commas: u32,
    /// Sentence-ending punctuation.
    pub stops: u32,
    /// Copyright signs.
    pub legal: u32,
}

/// Not yet counted.
const UNCOUNTED: u32 = u32::MAX;

/// The statistics of one document's text nodes, indexed by `NodeId`.
pub struct Texts<'d> {
    dom: &'d Dom,
    stats: Vec<TextStats>,
    words: Vec<Cell<u32>>,
}

impl Texts<'_> {
    /// The node's counts (zero for non-text nodes).
    pub fn get(&self, id: NodeId) -> TextStats {
        self.stats.get(id.ix()).copied().unwrap_or_default()
    }

    /// The node's words, counted on first use.
    pub fn words(&self, id: NodeId) -> u32 {
        let Some(slot) = self.words.get(id.ix()) else {
            return 0;
        };
        if slot.get() == UNCOUNTED {
            let n = match self.dom.get(id).map(|n| &n.data) {
                Some(NodeData::Text(t)) => u32::try_from(word_count(t)).unwrap_or(u32::MAX - 1),
                _ => 0,
            };
            slot.set(n);
        }
        slot.get()
    }
}

/// Statistics of every text node under `root`.
pub fn text_stats(dom: &Dom, root: NodeId) -> Texts<'_> {
    let mut out = vec![TextStats::default(); dom.len()];
    let mut walk = dom.descendants(root);
    while let Some(id) = walk.next() {
        if dom.tag(id).is_some_and(is_never_content_tag) {
            walk.skip_subtree(id);
            continue;
        }
        if let (Some(NodeData::Text(t)), Some(slot)) =
            (dom.get(id).map(|n| &n.data), out.get_mut(id.ix()))
        {
            let c = counts(t);
            if c.chars > 0 {
                *slot = TextStats {
                    chars: c.chars,
                    commas: c.commas,
                    stops: c.stops,
                    legal: c.legal,
                };
            }
        }
    }
    Texts {
        dom,
        stats: out,
        words: vec![Cell::new(UNCOUNTED); dom.len()],
    }
}

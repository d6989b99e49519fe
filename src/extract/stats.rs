//! Text statistics of every text node, computed once per document: non-space characters,
//! punctuation and words. Pruning and scoring both read them, on every pass and retry,
//! instead of walking the characters (and segmenting the words) of each text again.

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
    /// Words, by Unicode segmentation.
    pub words: u32,
}

/// Statistics of every text node under `root`, indexed by `NodeId`.
pub fn text_stats(dom: &Dom, root: NodeId) -> Vec<TextStats> {
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
                    words: u32::try_from(word_count(t)).unwrap_or(u32::MAX),
                };
            }
        }
    }
    out
}

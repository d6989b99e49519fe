//! Score: per-block text statistics, a class for each block, and a subtree score for
//! every node, all in side tables. Nothing here allocates per node while scoring.

use markup5ever::local_name;

use crate::dom::{Dom, NodeData, NodeId};
use crate::heuristics::{
    LINKY_DENSITY, LINKY_PENALTY, LONG_BLOCK_WORDS, PROSE_MAX_LINK_DENSITY, PROSE_MIN_WORDS,
    SHORT_BLOCK_WEIGHT, TEASER_MIN_LINK_CHARS, TEASER_WEIGHT,
};
use crate::text::{counts, word_count};

use super::prune::Pruned;
use super::walk::{flag, Ctx};

/// Text statistics of one block owner (its own inline text, nested blocks excluded).
#[derive(Debug, Clone, Copy, Default)]
pub struct BlockStats {
    /// Non-space characters.
    pub chars: u32,
    /// Non-space characters inside links.
    pub link_chars: u32,
    /// Words (UAX #29).
    pub words: u32,
    /// Commas.
    pub commas: u32,
    /// Sentence stops.
    pub stops: u32,
    /// Links (`<a href>`) whose text is in this block.
    pub links: u32,
}

impl BlockStats {
    /// Link characters over characters.
    pub fn link_density(&self) -> f64 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f64 / self.chars as f64
        }
    }
}

/// What a block looks like on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Running text: enough words, few links.
    Prose,
    /// Short and link-free: a heading, label, caption or short line.
    Short,
    /// Mostly links with short anchors: navigation, tag lists, pagination.
    Linky,
    /// Mostly links with headline-length anchors: teasers of an index or product grid.
    Teaser,
}

impl Class {
    /// The heuristic's name, for the explain view.
    pub fn rule(self) -> &'static str {
        match self {
            Class::Prose => "PROSE_MIN_WORDS",
            Class::Short => "SHORT_BLOCK_WEIGHT",
            Class::Linky => "LINKY_DENSITY",
            Class::Teaser => "TEASER_MIN_LINK_CHARS",
        }
    }
}

/// All per-node tables of one scoring pass.
pub struct Scores {
    /// Block statistics, non-zero only on block owners.
    pub stats: Vec<BlockStats>,
    /// Block owners with text, in document order.
    pub blocks: Vec<NodeId>,
    /// Subtree score of every node when the page is read as an authored text (teasers
    /// count against a container, like navigation).
    pub subtree: Vec<f64>,
    /// Subtree score when the page is read as an index (teasers count for it).
    pub subtree_index: Vec<f64>,
    /// Prose characters in every subtree.
    pub prose_chars: Vec<u32>,
    /// Teaser characters in every subtree.
    pub teaser_chars: Vec<u32>,
}

/// Walks the unpruned tree once: accumulates text statistics into block owners, then
/// bubbles block weights up into subtree scores.
pub fn score(dom: &Dom, root: NodeId, ctx: &[Ctx], pruned: &[Option<Pruned>]) -> Scores {
    let n = dom.len();
    let mut stats = vec![BlockStats::default(); n];
    let mut order = Vec::new();
    let mut walk = dom.descendants(root);
    while let Some(id) = walk.next() {
        if pruned.get(id.ix()).copied().flatten().is_some() {
            walk.skip_subtree(id);
            continue;
        }
        order.push(id);
        if dom.is(id, &local_name!("a")) && dom.attr(id, &local_name!("href")).is_some() {
            if let Some(s) = ctx.get(id.ix()).and_then(|c| stats.get_mut(c.owner as usize)) {
                s.links += 1;
            }
        }
        if let Some(NodeData::Text(t)) = dom.get(id).map(|n| &n.data) {
            let Some(c) = ctx.get(id.ix()) else { continue };
            let tc = counts(t);
            if tc.chars == 0 {
                continue;
            }
            let Some(s) = stats.get_mut(c.owner as usize) else {
                continue;
            };
            s.chars += tc.chars;
            s.commas += tc.commas;
            s.stops += tc.stops;
            s.words += word_count(t) as u32;
            if c.flags & flag::LINK != 0 {
                s.link_chars += tc.chars;
            }
        }
    }
    let mut blocks = Vec::new();
    let mut subtree = vec![0f64; n];
    let mut subtree_index = vec![0f64; n];
    let mut prose_chars = vec![0u32; n];
    let mut teaser_chars = vec![0u32; n];
    for &id in &order {
        let Some(s) = stats.get(id.ix()) else { continue };
        if s.chars > 0 && dom.element(id).is_some() {
            blocks.push(id);
            if let Some(v) = subtree.get_mut(id.ix()) {
                *v = weight(s, Mode::Article);
            }
            if let Some(v) = subtree_index.get_mut(id.ix()) {
                *v = weight(s, Mode::Index);
            }
            let table = match classify(s) {
                Class::Prose => Some(&mut prose_chars),
                Class::Teaser => Some(&mut teaser_chars),
                _ => None,
            };
            if let Some(v) = table.and_then(|t| t.get_mut(id.ix())) {
                *v = s.chars;
            }
        }
    }
    for &id in order.iter().rev() {
        if id == root {
            continue;
        }
        let Some(p) = dom.parent(id) else { continue };
        let (v, pc, tc) = (
            subtree.get(id.ix()).copied().unwrap_or(0.0),
            prose_chars.get(id.ix()).copied().unwrap_or(0),
            teaser_chars.get(id.ix()).copied().unwrap_or(0),
        );
        if let Some(x) = teaser_chars.get_mut(p.ix()) {
            *x = x.saturating_add(tc);
        }
        if let Some(x) = subtree.get_mut(p.ix()) {
            *x += v;
        }
        let vi = subtree_index.get(id.ix()).copied().unwrap_or(0.0);
        if let Some(x) = subtree_index.get_mut(p.ix()) {
            *x += vi;
        }
        if let Some(x) = prose_chars.get_mut(p.ix()) {
            *x = x.saturating_add(pc);
        }
    }
    Scores {
        stats,
        blocks,
        subtree,
        subtree_index,
        prose_chars,
        teaser_chars,
    }
}

/// The class of a block from its own statistics.
pub fn classify(s: &BlockStats) -> Class {
    let ld = s.link_density();
    if ld > LINKY_DENSITY {
        let per_link = s.link_chars / s.links.max(1);
        return if per_link >= TEASER_MIN_LINK_CHARS {
            Class::Teaser
        } else {
            Class::Linky
        };
    }
    let sentence = s.stops > 0 || s.commas > 0;
    if (s.words >= PROSE_MIN_WORDS && sentence && ld <= PROSE_MAX_LINK_DENSITY)
        || s.words >= LONG_BLOCK_WORDS
    {
        Class::Prose
    } else {
        Class::Short
    }
}

/// How a page is read when choosing its container.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// An authored text: teasers are navigation.
    Article,
    /// An index (listing, product grid): teasers are the content.
    Index,
}

/// A block's contribution to the score of every container that holds it.
pub fn weight(s: &BlockStats, mode: Mode) -> f64 {
    let chars = s.chars as f64;
    match (classify(s), mode) {
        (Class::Prose, _) => chars * (1.0 - s.link_density()),
        (Class::Short, _) => chars * SHORT_BLOCK_WEIGHT,
        (Class::Linky, _) | (Class::Teaser, Mode::Article) => -chars * LINKY_PENALTY,
        (Class::Teaser, Mode::Index) => chars * TEASER_WEIGHT,
    }
}

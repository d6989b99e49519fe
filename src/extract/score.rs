//! Score: per-block text statistics, a class for each block, and a subtree score for
//! every node, all in side tables. Nothing here allocates per node while scoring.

use markup5ever::local_name;

use super::stats::Texts;
use crate::dom::{Dom, NodeId};
use crate::heuristics::{
    CARD_WEIGHT, CELL_TABLE_CLIMB, LABEL_LINK_CLIMB, LEGAL_NOTICE_MAX_WORDS,
    LINKED_PROSE_MAX_LINK_DENSITY, LINKED_PROSE_MIN_WORDS, LINKY_DENSITY, LINKY_PENALTY,
    LIST_TABLE_MIN_ROWS, LONG_BLOCK_WORDS, PROSE_MAX_LINK_DENSITY, PROSE_MIN_WORDS,
    SHORT_BLOCK_WEIGHT, TEASER_MIN_LINK_CHARS, TEASER_WEIGHT,
};

use super::cards::Signature;
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
    /// Copyright signs.
    pub legal: u32,
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
    /// Subtree score of every node when the page is read as an authored text (teasers
    /// count against a container, like navigation).
    pub subtree: Vec<f64>,
    /// Subtree score when the page is read as an index (teasers count for it).
    pub subtree_index: Vec<f64>,
    /// Prose characters in every subtree.
    pub prose_chars: Vec<f64>,
    /// Teaser characters in every subtree.
    pub teaser_chars: Vec<f64>,
    /// Whether each node lies in a card of a repeated group (an index's items).
    pub in_card: Vec<bool>,
    /// Characters in cards, per subtree.
    pub card_chars: Vec<f64>,
    /// Characters of all blocks, per subtree.
    pub chars: Vec<f64>,
}

/// Walks the unpruned tree once: accumulates text statistics into block owners, then
/// bubbles block weights up into subtree scores.
pub fn score(
    dom: &Dom,
    root: NodeId,
    ctx: &[Ctx],
    texts: &Texts,
    pruned: &[Option<Pruned>],
    posts: Posts,
) -> Scores {
    let (stats, order) = block_stats(dom, root, ctx, texts, pruned);
    // Sums a value of each block (an element with text) over every subtree.
    let sum = |f: &dyn Fn(NodeId, &BlockStats) -> f64| {
        bubble(dom, root, &order, |id| match stats.get(id.ix()) {
            Some(s) if s.chars > 0 && dom.element(id).is_some() => f(id, s),
            _ => 0.0,
        })
    };
    let chars = sum(&|_, s| s.chars as f64);
    let prose_chars = sum(&chars_if(Class::Prose));
    let teaser_chars = sum(&chars_if(Class::Teaser));
    let link_chars = sum(&|_, s| s.link_chars as f64);
    let link_count = sum(&|_, s| f64::from(s.links));
    let cells = Cells {
        dom,
        ctx,
        tables: data_tables(dom, &order, pruned),
    };
    // A thread's posts share their whole class; a shop's or a feed's items only its
    // first, as a CMS adds each item's id and state after it.
    let items_by = match posts {
        Posts::Thread => Signature::WholeClass,
        Posts::Other => Signature::FirstClass,
    };
    let cards = super::cards::card_members(dom, &order, &chars, &link_chars, &link_count, items_by);
    let flag_of = |v: &[bool], id: NodeId| v.get(id.ix()).copied().unwrap_or(false);
    // When a text is read, the blurb of a teaser (a card around a linked headline: a
    // "more stories" feed beside the article) is part of that teaser and counts against
    // a container as its headline does. Otherwise a feed of twenty blurbs outweighs the
    // story and the container grows to the whole page.
    let subtree = sum(&|id, s| {
        let teaser = posts == Posts::Other && flag_of(&cards.in_teaser, id);
        let w = cells.weight(id, s, Mode::Article);
        if teaser && w > 0.0 && classify(s) == Class::Prose {
            -w * LINKY_PENALTY
        } else {
            w
        }
    });
    let in_card = cards.in_card;
    let card_chars = sum(&|id, s| {
        if flag_of(&in_card, id) {
            s.chars as f64
        } else {
            0.0
        }
    });
    let subtree_index = sum(&|id, s| {
        if flag_of(&in_card, id) {
            s.chars as f64 * CARD_WEIGHT
        } else {
            cells.weight(id, s, Mode::Index)
        }
    });
    Scores {
        stats,
        subtree,
        subtree_index,
        prose_chars,
        teaser_chars,
        in_card,
        card_chars,
        chars,
    }
}

/// A block's characters when it is of class `c`, else nothing.
fn chars_if(c: Class) -> impl Fn(NodeId, &BlockStats) -> f64 {
    move |_, s| {
        if classify(s) == c {
            s.chars as f64
        } else {
            0.0
        }
    }
}

/// The statistics of every block owner under `root` (its text, links, commas, stops,
/// legal marks), and the unpruned nodes in pre-order.
fn block_stats(
    dom: &Dom,
    root: NodeId,
    ctx: &[Ctx],
    texts: &Texts,
    pruned: &[Option<Pruned>],
) -> (Vec<BlockStats>, Vec<NodeId>) {
    let mut stats = vec![BlockStats::default(); dom.len()];
    let mut order = Vec::new();
    let mut walk = dom.descendants(root);
    while let Some(id) = walk.next() {
        if pruned.get(id.ix()).copied().flatten().is_some() {
            walk.skip_subtree(id);
            continue;
        }
        order.push(id);
        if dom.is(id, &local_name!("a")) && dom.attr(id, &local_name!("href")).is_some() {
            if let Some(s) = ctx
                .get(id.ix())
                .and_then(|c| stats.get_mut(c.owner as usize))
            {
                s.links += 1;
            }
        }
        let tc = texts.get(id);
        if tc.chars > 0 {
            let Some(c) = ctx.get(id.ix()) else { continue };
            let Some(s) = stats.get_mut(c.owner as usize) else {
                continue;
            };
            s.chars += tc.chars;
            s.commas += tc.commas;
            s.stops += tc.stops;
            s.legal += tc.legal;
            s.words += texts.words(id);
            // A definition list's term is a term even when it links to its own page
            // (an API reference's `WebSocket.send()`), not a link list; so is a
            // glossary's linked label ("Backlinks:" before its definition).
            if c.flags & flag::LINK != 0
                && !dom.is(NodeId(c.owner), &local_name!("dt"))
                && !labels_next_block(dom, id)
            {
                s.link_chars += tc.chars;
            }
        }
    }
    (stats, order)
}

/// Whether text node `id` is a link's label for the block after the link: its text
/// ends with a colon and the link, within `LABEL_LINK_CLIMB` ancestors, is followed
/// by a block element ("<a>Backlinks:</a><p>Links from a page…</p>", a glossary).
/// A label run into its value ("Price:$59") or a quote's "Jane said:" title row is
/// not one.
fn labels_next_block(dom: &Dom, id: NodeId) -> bool {
    if !dom.text(id).is_some_and(|t| t.trim_end().ends_with(':')) {
        return false;
    }
    let Some(link) = dom
        .ancestors(id)
        .take(LABEL_LINK_CLIMB)
        .find(|&a| dom.is(a, &local_name!("a")))
    else {
        return false;
    };
    let mut next = dom.next_sibling(link);
    while let Some(n) = next {
        if let Some(t) = dom.tag(n) {
            return crate::heuristics::is_block_tag(t);
        }
        if dom.text(n).is_some_and(|t| !t.trim().is_empty()) {
            return false;
        }
        next = dom.next_sibling(n);
    }
    false
}

/// The data tables among `order` (as the renderer tells them from layout tables), each
/// with whether it is long (`LIST_TABLE_MIN_ROWS`).
fn data_tables(
    dom: &Dom,
    order: &[NodeId],
    pruned: &[Option<Pruned>],
) -> std::collections::HashMap<NodeId, bool> {
    order
        .iter()
        .copied()
        .filter(|&t| {
            dom.is(t, &local_name!("table")) && super::table::is_data_table(dom, t, pruned)
        })
        .map(|t| {
            let rows = dom
                .descendants(t)
                .filter(|&r| dom.is(r, &local_name!("tr")))
                .take(LIST_TABLE_MIN_ROWS)
                .count();
            (t, rows >= LIST_TABLE_MIN_ROWS)
        })
        .collect()
}

/// How blocks in data tables' cells weigh.
struct Cells<'a> {
    dom: &'a Dom,
    ctx: &'a [Ctx],
    tables: std::collections::HashMap<NodeId, bool>,
}

impl Cells<'_> {
    /// A block's weight, except that a short block in a data table's cell (a figure, a
    /// name, a label) is part of the table, which is content: it weighs nothing rather
    /// than counting against it. In a long table (a ranking, a list of laureates) linked
    /// names weigh nothing too: the page exists for that list, where a short table of
    /// links is a related-items box.
    fn weight(&self, id: NodeId, s: &BlockStats, mode: Mode) -> f64 {
        let w = weight(s, mode);
        let in_cell = self
            .ctx
            .get(id.ix())
            .is_some_and(|c| c.flags & flag::CELL != 0);
        if !in_cell || w >= 0.0 {
            return w;
        }
        let table = self
            .dom
            .ancestors(id)
            .take(CELL_TABLE_CLIMB)
            .find(|&a| self.dom.is(a, &local_name!("table")));
        match table.and_then(|t| self.tables.get(&t)) {
            Some(&long) if long || classify(s) == Class::Short => 0.0,
            _ => w,
        }
    }
}

/// Sums a per-node value over every subtree, bottom-up over the pre-order list.
fn bubble(dom: &Dom, root: NodeId, order: &[NodeId], leaf: impl Fn(NodeId) -> f64) -> Vec<f64> {
    let mut t = vec![0f64; dom.len()];
    for &id in order {
        if let Some(v) = t.get_mut(id.ix()) {
            *v = leaf(id);
        }
    }
    for &id in order.iter().rev() {
        if id == root {
            continue;
        }
        let v = t.get(id.ix()).copied().unwrap_or(0.0);
        if let Some(x) = dom.parent(id).and_then(|p| t.get_mut(p.ix())) {
            *x += v;
        }
    }
    t
}

/// The class of a block from its own statistics.
pub fn classify(s: &BlockStats) -> Class {
    let ld = s.link_density();
    let sentence = s.stops > 0 || s.commas > 0;
    if ld > LINKY_DENSITY {
        // A long sentence around its links is prose, not a list of them.
        if sentence && s.words >= LINKED_PROSE_MIN_WORDS && ld < LINKED_PROSE_MAX_LINK_DENSITY {
            return Class::Prose;
        }
        let per_link = s.link_chars / s.links.max(1);
        // Links beside a copyright sign are a footer's legal strip ("Privacy Policy -
        // Terms of Use - © 2026 Company"), however long their titles: never teasers.
        return if per_link >= TEASER_MIN_LINK_CHARS && s.legal == 0 {
            Class::Teaser
        } else {
            Class::Linky
        };
    }
    if s.legal > 0 && s.words <= LEGAL_NOTICE_MAX_WORDS {
        return Class::Short;
    }
    if (s.words >= PROSE_MIN_WORDS && sentence && ld <= PROSE_MAX_LINK_DENSITY)
        || s.words >= LONG_BLOCK_WORDS
    {
        Class::Prose
    } else {
        Class::Short
    }
}

/// Whether the page is a forum thread, which changes how its cards are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Posts {
    /// A thread (or a comment section): each post is a card around its poster's linked
    /// name, so the prose of such cards is content; and items group only by their whole
    /// class, as grouped by first class a thread's posts and its "similar threads" list
    /// are items alike and the thread reads as an index.
    Thread,
    /// Any other page: a teaser's blurb counts against a text as its headline does (a
    /// feed beside a story), and items group by tag and first class.
    Other,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::hints::Hints;
    use crate::extract::prune::{prune, PruneSettings, Strictness};

    /// The article-mode subtree score of the page's first `<table>`.
    fn table_score(rows: usize) -> f64 {
        let body: String = (1..=rows)
            .map(|i| {
                format!(
                    r#"<tr><td>{}</td><td><a href="/growers/{i}">Grower number {i} of the valley</a></td></tr>"#,
                    1900 + i
                )
            })
            .collect();
        let html =
            format!("<body><table><tr><th>Year</th><th>Grower</th></tr>{body}</table></body>");
        let dom = crate::dom::parse(&html, 100_000).expect("parse");
        let root = dom.body();
        let texts = crate::extract::stats::text_stats(&dom, root);
        let ctx = crate::extract::walk::contexts(&dom, root);
        let hints = Hints::new(&dom);
        let settings = PruneSettings {
            strictness: Strictness::Full,
            keep_comments: false,
            keep_marketing: false,
            unguarded_reviews: false,
            noscript_page: false,
        };
        let pruned = prune(&dom, root, &hints, &texts, settings);
        let scores = score(&dom, root, &ctx, &texts, &pruned, Posts::Other);
        let table = dom
            .descendants(root)
            .find(|&n| dom.is(n, &local_name!("table")))
            .expect("table");
        scores.subtree.get(table.ix()).copied().unwrap_or(0.0)
    }

    #[test]
    fn a_long_table_of_linked_names_does_not_count_against_its_container() {
        assert!(table_score(LIST_TABLE_MIN_ROWS + 10) >= 0.0);
        // A short table of links (a related-items box) still counts against it.
        assert!(table_score(5) < 0.0);
    }
}

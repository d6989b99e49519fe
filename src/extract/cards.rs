//! Cards: the repeated items of an index page (article teasers, product tiles, search
//! results). A parent whose element children repeat one tag-and-class signature, each
//! holding a link and some text, is an item group; its children are cards.

use std::collections::HashMap;

use markup5ever::local_name;

use crate::dom::{Dom, NodeId};
use crate::heuristics::{
    heading_level, is_never_content_tag, CARD_IMAGE_LINK_DEPTH, MIN_CARDS, MIN_CARD_LINK_CHARS,
    MIN_CARD_SHARE, MIN_TILE_TEXT_CHARS, TEASER_MIN_LINK_CHARS,
};

/// A subtree holds a link.
const LINK: u8 = 1;
/// A subtree holds a linked picture.
const LINKED_IMAGE: u8 = 2;
/// A subtree holds a link to another page (not a `#fragment` of this one).
const AWAY_LINK: u8 = 4;
/// A subtree holds a heading inside or around a link: a teaser's headline.
const LINKED_HEADING: u8 = 8;

/// The nodes inside cards.
pub struct Cards {
    /// Whether each node lies in a card: an item of a group whose members share their
    /// tag and their first class (or whole class, as asked).
    pub in_card: Vec<bool>,
    /// Whether each node lies in a teaser: a card of a group whose members share their
    /// tag and their whole class attribute, and which holds a linked heading.
    pub in_teaser: Vec<bool>,
}

/// How the items of a group are told alike.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Signature {
    /// Tag and whole class attribute: items built from one template with no per-item
    /// classes. Strict enough to let a teaser's blurb count against a text.
    WholeClass,
    /// Tag and first class: a CMS adds each item's id and state after the shared
    /// leading class (`product type-product post-15859 instock sale`), so a shop grid
    /// or a ranking whose items differ there is still one group.
    FirstClass,
}

impl Signature {
    fn class(self, dom: &Dom, c: NodeId) -> &str {
        let class = dom.attr(c, &local_name!("class")).unwrap_or("");
        match self {
            Signature::WholeClass => class,
            Signature::FirstClass => class.split_ascii_whitespace().next().unwrap_or(""),
        }
    }
}

/// Marks every node inside a card, its items grouped `items_by`. `chars` is the subtree
/// text table.
pub fn card_members(
    dom: &Dom,
    order: &[NodeId],
    chars: &[f64],
    link_chars: &[f64],
    link_count: &[f64],
    items_by: Signature,
) -> Cards {
    // A card says more than a menu entry: its links read like names or headlines, not
    // one-word menu items, and it has text besides them (a price, a summary) or a
    // headline-length link. A footer column of short links under a label is no card.
    let rich = |c: NodeId| {
        let all = chars.get(c.ix()).copied().unwrap_or(0.0);
        let links = link_chars.get(c.ix()).copied().unwrap_or(0.0);
        let n = link_count.get(c.ix()).copied().unwrap_or(0.0).max(1.0);
        all > 0.0
            && links / n >= f64::from(MIN_CARD_LINK_CHARS)
            && (all - links >= 1.0 || links >= f64::from(TEASER_MIN_LINK_CHARS))
    };
    let is_link =
        |id: NodeId| dom.is(id, &local_name!("a")) && dom.attr(id, &local_name!("href")).is_some();
    let away_link = |id: NodeId| {
        is_link(id)
            && dom
                .attr(id, &local_name!("href"))
                .is_some_and(|h| !h.trim_start().starts_with('#'))
    };
    let has_link = dom.subtree_flags(order, |id| {
        let image = dom
            .tag(id)
            .is_some_and(|t| *t == local_name!("img") || *t == local_name!("picture"))
            && dom.ancestors(id).take(CARD_IMAGE_LINK_DEPTH).any(is_link);
        // An `<article>`'s `<header>` is its heading's place: a teaser may link it whole
        // (`<article><header><a href=…>Headline</a></header>`) with no `h2` inside.
        let article_header = || {
            dom.is(id, &local_name!("header"))
                && dom
                    .parent(id)
                    .is_some_and(|p| dom.is(p, &local_name!("article")))
        };
        let heading = (dom.tag(id).and_then(heading_level).is_some() || article_header())
            && (dom.descendants(id).any(is_link)
                || dom.ancestors(id).take(CARD_IMAGE_LINK_DEPTH).any(is_link));
        (LINK * u8::from(is_link(id)))
            | (LINKED_HEADING * u8::from(heading))
            | (LINKED_IMAGE * u8::from(image))
            | (AWAY_LINK * u8::from(away_link(id)))
    });
    // A product tile links its picture and prints its name and price beside it.
    let tile = |c: NodeId| {
        let all = chars.get(c.ix()).copied().unwrap_or(0.0);
        let links = link_chars.get(c.ix()).copied().unwrap_or(0.0);
        has_link.get(c.ix()).is_some_and(|&b| b & LINKED_IMAGE != 0)
            && all - links >= f64::from(MIN_TILE_TEXT_CHARS)
    };
    let item = |c: NodeId| has_link.get(c.ix()).is_some_and(|&b| b != 0) && (rich(c) || tile(c));
    let groups = Groups {
        dom,
        has_link: &has_link,
        item: &item,
    };
    let cards = groups.roots(order, items_by);
    let teasers = if items_by == Signature::WholeClass {
        cards.clone()
    } else {
        groups.roots(order, Signature::WholeClass)
    };
    let headed = |id: NodeId| {
        teasers.get(id.ix()).copied().unwrap_or(false)
            && has_link
                .get(id.ix())
                .is_some_and(|&b| b & LINKED_HEADING != 0)
    };
    Cards {
        in_card: inside(dom, order, |id| {
            cards.get(id.ix()).copied().unwrap_or(false)
        }),
        in_teaser: inside(dom, order, headed),
    }
}

/// What finding the item groups of a page needs.
struct Groups<'a> {
    dom: &'a Dom,
    /// Per node, what its subtree holds of links (`LINK`, `AWAY_LINK`, …).
    has_link: &'a [u8],
    /// Whether a node is a rich item: a card by itself.
    item: &'a dyn Fn(NodeId) -> bool,
}

impl Groups<'_> {
    /// The roots of the cards: every linked child of a parent whose children repeat one
    /// signature (`sig`) that at least `MIN_CARDS` rich items share, when those items,
    /// or their fellows that link to other pages, make `MIN_CARD_SHARE` of its children.
    fn roots(&self, order: &[NodeId], sig: Signature) -> Vec<bool> {
        let dom = self.dom;
        let mut root = vec![false; dom.len()];
        // Per signature: its rich members, and the position of the first (ties go to the
        // earlier group, so the choice never hangs on the map's order).
        let mut counts: HashMap<(&str, &str), (usize, usize)> = HashMap::new();
        for &id in order {
            if dom.element(id).is_none() {
                continue;
            }
            counts.clear();
            let mut kids = 0usize;
            for c in dom.children(id) {
                let Some(e) = dom.element(c) else { continue };
                // Scripts between the cards (a JSON-LD block per product) are not layout.
                if is_never_content_tag(&e.name) {
                    continue;
                }
                kids += 1;
                if (self.item)(c) {
                    counts
                        .entry((&e.name, sig.class(dom, c)))
                        .or_insert((0, kids))
                        .0 += 1;
                }
            }
            let Some((&(tag, class), &(best, _))) = counts
                .iter()
                .max_by_key(|(_, &(v, first))| (v, std::cmp::Reverse(first)))
            else {
                continue;
            };
            if best < MIN_CARDS {
                continue;
            }
            // The group is known by its rich members; every linked item of the same
            // signature belongs to it, short-titled ones too ("Sweet Corn Chowder" beside
            // "Roasted Squash Soup With Brown Butter Sage").
            let same = |c: NodeId| {
                dom.element(c).is_some_and(|e| &*e.name == tag) && sig.class(dom, c) == class
            };
            let flags = |c: NodeId| self.has_link.get(c.ix()).copied().unwrap_or(0);
            let away = dom
                .children(id)
                .filter(|&c| same(c) && flags(c) & AWAY_LINK != 0)
                .count();
            // Items that link to other pages make the group too when some of them have
            // names too short to read as rich ("Claude" in a ranking of products);
            // in-page links (a table of contents) do not.
            if (best.max(away) as f64) < MIN_CARD_SHARE * kids as f64 {
                continue;
            }
            for c in dom.children(id) {
                if same(c) && flags(c) != 0 {
                    if let Some(x) = root.get_mut(c.ix()) {
                        *x = true;
                    }
                }
            }
        }
        root
    }
}

/// Every node that is a root (`is_root`) or lies below one, over the pre-order list.
fn inside(dom: &Dom, order: &[NodeId], is_root: impl Fn(NodeId) -> bool) -> Vec<bool> {
    let mut v = vec![false; dom.len()];
    for &id in order {
        let inherited = dom
            .parent(id)
            .and_then(|p| v.get(p.ix()).copied())
            .unwrap_or(false);
        let x = inherited || is_root(id);
        if let Some(slot) = v.get_mut(id.ix()) {
            *slot = x;
        }
    }
    v
}

//! Structural counts of a page for its type: posts, prices, carts, code, paragraphs,
//! headings and card grids, gathered in one walk over the body.

use std::collections::HashMap;

use markup5ever::local_name;

use crate::dom::{Dom, NodeId};
use crate::heuristics::metadata as h;

use super::super::parts::{Part, Parts};
use super::price::{has_price, price_period};

/// Structural counts of a page, gathered in one walk over the body.
#[derive(Default, Debug)]
pub(super) struct Structure {
    /// Forum post containers.
    pub(super) posts: usize,
    /// Price elements.
    pub(super) prices: usize,
    /// Short texts that show a price ("From $129", "24,90 €"): prices a shop prints
    /// without a price class.
    pub(super) shown_prices: usize,
    /// Those whose price is a subscription's ("$29 /month"): a plan's.
    pub(super) recurring_prices: usize,
    /// Cart and basket elements.
    pub(super) cart: usize,
    /// `<pre>` blocks.
    pub(super) pre: usize,
    /// `<code>` spans.
    pub(super) code: usize,
    /// `<time>` elements.
    pub(super) times: usize,
    /// Characters of paragraph text.
    pub(super) p_chars: usize,
    /// Paragraphs of at least `LONG_PARAGRAPH_CHARS`.
    pub(super) long_paras: usize,
    /// `h2`–`h4` headings.
    pub(super) headings: usize,
    /// Headings that link to another page.
    pub(super) linked_headings: usize,
    /// Longest run of same-shaped sibling cards.
    pub(super) card_run: usize,
    /// Microdata `itemtype=…/Product` scopes.
    pub(super) product_scopes: usize,
    /// Microdata thread scopes (`FORUM_ITEMTYPES`).
    pub(super) thread_scopes: usize,
    /// Most children of one element that each hold a poster's name and a post body
    /// (class words): the posts of a thread, dated or not.
    pub(super) post_units: usize,
    /// Elements classed as a documentation site's parts (`DOCS_CLASS_WORDS`).
    pub(super) docs_parts: usize,
}

impl Structure {
    /// Counts the prices a text node shows, and a subscription's period after a price
    /// (`open`: the text before ended on a price, whose period this one may hold).
    fn count_prices(&mut self, raw: &str, open: &mut bool) {
        // A long text shows no price, and with none open it changes nothing (pages
        // indent with long runs of blanks: they are not read).
        if raw.len() > h::PRICE_TEXT_MAX_BYTES && !*open {
            return;
        }
        let t = raw.trim();
        if t.is_empty() {
            return;
        }
        // Most text nodes hold no digit, and no price.
        let priced = raw.len() <= h::PRICE_TEXT_MAX_BYTES
            && t.bytes().any(|b| b.is_ascii_digit())
            && has_price(t);
        self.shown_prices += usize::from(priced);
        let (recurring, still_open) = price_period(t, priced, *open);
        self.recurring_prices += usize::from(recurring);
        *open = still_open;
    }

    /// Counts what element `id`'s tag says: code, a shown time, a paragraph's length, a
    /// heading and whether it links away. `shown`: the element is outside hidden parts.
    fn count_tag(
        &mut self,
        dom: &Dom,
        id: NodeId,
        name: &markup5ever::LocalName,
        shown: impl Fn(NodeId) -> bool,
    ) {
        match *name {
            local_name!("pre") => self.pre += 1,
            local_name!("code") => self.code += 1,
            local_name!("time") => self.times += usize::from(shown(id)),
            local_name!("p") => {
                let n = dom.trimmed_text_len(id);
                self.p_chars += n;
                self.long_paras += usize::from(n >= h::LONG_PARAGRAPH_CHARS);
            }
            local_name!("h2") | local_name!("h3") | local_name!("h4") => {
                self.headings += 1;
                let linked = super::super::sources::heading_link(dom, id).is_some();
                self.linked_headings += usize::from(linked);
            }
            _ => {}
        }
    }
}

/// Counts the structural signals of the page.
pub(super) fn structure(dom: &Dom, parts: &Parts) -> Structure {
    let mut s = Structure::default();
    let order: Vec<NodeId> = dom.descendants(dom.body()).collect();
    let holds = card_parts(dom, &order);
    // Posts and dates inside a hidden element are a template (a comment form's, filled
    // in by script), not the page's posts. Both are rare, so only they look up.
    let shown = |id: NodeId| {
        !std::iter::once(id)
            .chain(dom.ancestors(id))
            .any(|a| crate::extract::is_hidden(dom, a))
    };
    // A price at the end of a text node whose period may open the next ("$29", "/mo").
    let mut open_price = false;
    for &id in &order {
        if let Some(raw) = dom.text(id) {
            s.count_prices(raw, &mut open_price);
            continue;
        }
        let Some(e) = dom.element(id) else { continue };
        s.product_scopes += usize::from(dom.has_itemtype(id, h::PRODUCT_ITEMTYPES));
        s.thread_scopes += usize::from(dom.has_itemtype(id, h::FORUM_ITEMTYPES));
        s.count_tag(dom, id, &e.name, shown);
        s.card_run = s.card_run.max(card_run(dom, &holds, id));
        let posts = parts.count_in_names(id, Part::ForumPost);
        if posts > 0 && shown(id) {
            s.posts += posts;
        }
        s.docs_parts += usize::from(parts.has(id, Part::Docs));
        s.prices += parts.count_in_names(id, Part::Price);
        s.cart += parts.count_in_names(id, Part::Cart);
    }
    // Each post unit holds a post: without as many posts there is nothing to count.
    if s.posts >= h::FORUM_MIN_POST_UNITS {
        let unit = dom.subtree_flags(&order, |id| {
            (HOLDS_POSTER * u8::from(parts.has(id, Part::ForumAuthor)))
                | (HOLDS_POST * u8::from(parts.has(id, Part::ForumPost)))
        });
        s.post_units = order
            .iter()
            .map(|&id| post_units(dom, &unit, id))
            .max()
            .unwrap_or(0);
    }
    s
}

/// A subtree holds a link.
const HOLDS_LINK: u8 = 1;
/// A subtree holds an `h2`–`h5` heading.
const HOLDS_HEADING: u8 = 2;
/// A subtree holds an image.
const HOLDS_IMAGE: u8 = 4;

/// What each node's subtree holds of a card's parts.
fn card_parts(dom: &Dom, order: &[NodeId]) -> Vec<u8> {
    dom.subtree_flags(order, |id| match dom.tag(id) {
        Some(&local_name!("a")) => HOLDS_LINK,
        Some(&local_name!("h2") | &local_name!("h3") | &local_name!("h4") | &local_name!("h5")) => {
            HOLDS_HEADING
        }
        Some(&local_name!("img") | &local_name!("picture")) => HOLDS_IMAGE,
        _ => 0,
    })
}

/// The longest run of same-signature children of `id` that each hold a link and a
/// heading or image: the cards of a grid or the teasers of an index.
fn card_run(dom: &Dom, holds: &[u8], id: NodeId) -> usize {
    let kids = || dom.children(id).filter(|&c| dom.element(c).is_some());
    if kids().nth(h::MIN_CARD_CHILDREN.saturating_sub(1)).is_none() {
        return 0;
    }
    let mut groups: HashMap<(&str, &str), usize> = HashMap::new();
    for c in kids() {
        let h = holds.get(c.ix()).copied().unwrap_or(0);
        if h & HOLDS_LINK != 0 && h & (HOLDS_HEADING | HOLDS_IMAGE) != 0 {
            let tag = dom.tag(c).map_or("", |t| &**t);
            let class = dom
                .attr(c, &local_name!("class"))
                .unwrap_or("")
                .split_whitespace()
                .next()
                .unwrap_or("");
            *groups.entry((tag, class)).or_default() += 1;
        }
    }
    groups.values().copied().max().unwrap_or(0)
}

/// A subtree holds an element classed as a poster's name (`FORUM_AUTHOR_WORDS`).
const HOLDS_POSTER: u8 = 1;
/// A subtree holds an element classed as a post (`FORUM_POST_WORDS`).
const HOLDS_POST: u8 = 2;

/// How many children of `id` each hold both a poster's name and a post.
fn post_units(dom: &Dom, unit: &[u8], id: NodeId) -> usize {
    let both = HOLDS_POSTER | HOLDS_POST;
    dom.children(id)
        .filter(|&c| unit.get(c.ix()).is_some_and(|&u| u & both == both))
        .count()
}

//! Page type from the page's own signals: JSON-LD types, `og:type`, and structure.

use std::collections::HashMap;

use markup5ever::local_name;

use crate::dom::{Dom, NodeId};
use crate::heuristics::metadata as h;
use crate::model::{Block, PageType, Span};

use super::jsonld::JsonLd;
use super::parts::{Part, Parts};
use super::read_shape::ReadShape;
use super::sources::Sources;

/// Structural counts of a page, gathered in one walk over the body.
#[derive(Default, Debug)]
struct Structure {
    /// Forum post containers.
    posts: usize,
    /// Price elements.
    prices: usize,
    /// Short texts that show a price ("From $129", "24,90 €"): prices a shop prints
    /// without a price class.
    shown_prices: usize,
    /// Those whose price is a subscription's ("$29 /month"): a plan's.
    recurring_prices: usize,
    /// Cart and basket elements.
    cart: usize,
    /// `<pre>` blocks.
    pre: usize,
    /// `<code>` spans.
    code: usize,
    /// `<time>` elements.
    times: usize,
    /// Characters of paragraph text.
    p_chars: usize,
    /// Paragraphs of at least `LONG_PARAGRAPH_CHARS`.
    long_paras: usize,
    /// `h2`–`h4` headings.
    headings: usize,
    /// Headings that link to another page.
    linked_headings: usize,
    /// Longest run of same-shaped sibling cards.
    card_run: usize,
    /// Microdata `itemtype=…/Product` scopes.
    product_scopes: usize,
    /// Microdata thread scopes (`FORUM_ITEMTYPES`).
    thread_scopes: usize,
    /// Most children of one element that each hold a poster's name and a post body
    /// (class words): the posts of a thread, dated or not.
    post_units: usize,
    /// Elements classed as a documentation site's parts (`DOCS_CLASS_WORDS`).
    docs_parts: usize,
}

/// Counts the structural signals of the page.
fn structure(dom: &Dom, parts: &Parts) -> Structure {
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
            // A long text shows no price, and with none open it changes nothing (pages
            // indent with long runs of blanks: they are not read).
            if raw.len() > h::PRICE_TEXT_MAX_BYTES && !open_price {
                continue;
            }
            let t = raw.trim();
            if !t.is_empty() {
                // Most text nodes hold no digit, and no price.
                let priced = raw.len() <= h::PRICE_TEXT_MAX_BYTES
                    && t.bytes().any(|b| b.is_ascii_digit())
                    && has_price(t);
                s.shown_prices += usize::from(priced);
                let (recurring, open) = price_period(t, priced, open_price);
                s.recurring_prices += usize::from(recurring);
                open_price = open;
            }
            continue;
        }
        let Some(e) = dom.element(id) else { continue };
        s.product_scopes += usize::from(dom.has_itemtype(id, h::PRODUCT_ITEMTYPES));
        s.thread_scopes += usize::from(dom.has_itemtype(id, h::FORUM_ITEMTYPES));
        match e.name {
            local_name!("pre") => s.pre += 1,
            local_name!("code") => s.code += 1,
            local_name!("time") => s.times += usize::from(shown(id)),
            local_name!("p") => {
                let n = dom.trimmed_text_len(id);
                s.p_chars += n;
                s.long_paras += usize::from(n >= h::LONG_PARAGRAPH_CHARS);
            }
            local_name!("h2") | local_name!("h3") | local_name!("h4") => {
                s.headings += 1;
                let is_link = |d| {
                    dom.is(d, &local_name!("a"))
                        && dom
                            .attr(d, &local_name!("href"))
                            .is_some_and(|h| !h.starts_with('#'))
                };
                let linked = dom.descendants(id).any(is_link)
                    || dom.ancestors(id).take(h::HEADING_LINK_DEPTH).any(is_link);
                s.linked_headings += usize::from(linked);
            }
            _ => {}
        }
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

/// What the rest of the metadata already says about the page.
pub struct Signals {
    /// The page declares a publication time in its meta tags.
    pub published_meta: bool,
    /// Authors were found in structured data or meta tags.
    pub has_author: bool,
    /// A publication date was found, other than the date a CMS stamps on its `WebPage`
    /// record.
    pub has_date: bool,
    /// The headline promises an explanation ([`is_explainer`]): a question, a how-to, a
    /// guide, a list of tips.
    pub explainer_title: bool,
    /// The page's address is a documentation site's or under a documentation path.
    pub docs_address: bool,
    /// The page's address is under a services path.
    pub service_address: bool,
    /// The page's address is under a shop's category path.
    pub shop_address: bool,
    /// The page's address is a thread's route on forum software.
    pub forum_address: bool,
    /// The page's address is a site's front page (nothing after the host).
    pub front_page: bool,
    /// The page's address is a product's own page on a shop (`PRODUCT_PATH_SEGMENTS`).
    pub product_address: bool,
    /// The page's address is a post's under a blog (`POST_PATH_SEGMENTS`).
    pub post_address: bool,
    /// The page's address is a blog's or a newsroom's index (`INDEX_PATH_ENDS`).
    pub index_address: bool,
}

/// How the first verdict was reached, which says whether the read text may revise it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Basis {
    /// The page declares its type (JSON-LD, `og:type`, microdata), or its structure is
    /// a forum's or a code reference's: final.
    Settled,
    /// A shop grid or an index shape (linked headings, a run of cards) somewhere on the
    /// page: revised when the text read is running prose.
    Shape,
    /// Neither: article or service, decided from the text read.
    Prose,
}

/// The page type decided before reading, and what settling it after reading needs.
#[derive(Clone, Copy, Debug)]
pub struct Verdict {
    /// The type from the page's signals and structure alone.
    pub page_type: PageType,
    basis: Basis,
    /// Declared a service in JSON-LD.
    service: bool,
    /// Dated, signed or declared an article: an article whatever its shape.
    authored: bool,
    /// Looks like an article without being dated or signed: `og:type=article` or many
    /// long paragraphs.
    article_like: bool,
    /// Its headline promises an explanation ([`is_explainer`]).
    explainer: bool,
    /// Declares an FAQ in JSON-LD (`FAQPage`): unless dated or signed, a business's page
    /// of questions about what it offers, not a publisher's article.
    faq: bool,
    /// A site's front page that declares no article: never read as one.
    front: Option<PageType>,
}

impl Verdict {
    /// Dated, signed or declared an article by its signals before reading.
    pub fn authored(&self) -> bool {
        self.authored
    }

    /// The page type once the content is read: a page whose read text is running prose
    /// is an article (or a service) even where a teaser grid or a shop strip elsewhere
    /// made it look like an index, an index whose items show prices is a shop's
    /// collection, and an undated, unsigned page whose text is short sections under many
    /// headings is a service page; one whose read lines are mostly links (entries that
    /// each lead to a page of their own) is an index, signed or not. `read`: what the
    /// strict pass took the content to be.
    /// One container of authored prose ([`Read::Text`]) overrules a listing's shape
    /// (linked headings, a card run) found elsewhere on the page; an index of items
    /// ([`Read::Items`]) keeps it, however long the items' blurbs.
    pub fn settle(&self, blocks: &[Block], read: Read) -> PageType {
        let shape = || ReadShape::of(blocks, read == Read::Text);
        match self.basis {
            Basis::Settled => self.page_type,
            Basis::Shape => {
                let shape = shape();
                let listing = self.page_type == PageType::Listing;
                // Long paragraphs read as an index's items are their blurbs, not a text.
                let blurbs = listing && read == Read::Items;
                if (shape.long_paragraphs >= h::PROSE_MIN_LONG_PARAS && !blurbs)
                    || (listing && read == Read::Text)
                {
                    self.article_or_service(&shape, blocks)
                } else if listing && shape.priced >= h::SHOP_MIN_PRICED_BLOCKS {
                    PageType::Collection
                } else {
                    self.page_type
                }
            }
            Basis::Prose => self.article_or_service(&shape(), blocks),
        }
    }

    /// Records that the page names its author.
    pub fn signed(&mut self) {
        self.authored = true;
    }

    fn article_or_service(&self, shape: &ReadShape, blocks: &[Block]) -> PageType {
        // A services address or a declared Service, unless the headline asks or promises
        // an explanation ("What is SEO?" under "/services/…"): an offer names what it
        // sells.
        if (self.service && !self.explainer) || (self.faq && !self.authored) {
            return PageType::Service;
        }
        if let Some(front) = self.front {
            return front;
        }
        // Entries that each link to a page are an index's, whoever signed the page.
        if shape.linked() {
            return PageType::Listing;
        }
        // A headline that asks or promises an explanation heads an explainer, however
        // short its sections: an offer names what it sells.
        if self.authored
            || self.explainer
            || (self.article_like
                && !shape.sectioned()
                && !super::read_shape::speaks_for_itself(blocks))
        {
            return PageType::Article;
        }
        PageType::Service
    }
}

/// What the strict reading took the page's content to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Read {
    /// One container of authored prose.
    Text,
    /// An index of teasers or cards.
    Items,
    /// Neither: a landing page's sections, or nothing at all.
    Other,
}

/// Whether a headline promises an explanation: it asks a question (ends with a question
/// mark or opens with a question word, `EXPLAINER_OPENINGS`), counts tips or steps
/// ("7 ways to…", `EXPLAINER_LIST_NOUNS`), or calls itself a guide, tips or a tutorial
/// (`EXPLAINER_WORDS`). An offer's headline names what it sells, or speaks for the
/// business ("What we do", "Why choose us?": `SELF_WORDS`), which no explainer does.
pub fn is_explainer(title: &str) -> bool {
    let t = title.trim().to_lowercase();
    let words: Vec<&str> = t
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|w| h::SELF_WORDS.contains(w)) {
        return false;
    }
    if t.ends_with(['?', '？']) {
        return true;
    }
    let opens = h::EXPLAINER_OPENINGS
        .iter()
        .any(|o| t.strip_prefix(o).is_some_and(|r| r.starts_with(' ')));
    let count_first = match words.as_slice() {
        ["top", n, noun, ..] | [n, noun, ..] => {
            n.chars().all(|c| c.is_ascii_digit()) && h::EXPLAINER_LIST_NOUNS.contains(noun)
        }
        _ => false,
    };
    opens || count_first || words.iter().any(|w| h::EXPLAINER_WORDS.contains(w))
}

/// Whether a block's text shows a price: a currency sign next to a digit ("$38.00",
/// "€ 12", "12,90 €").
pub(super) fn shows_price(spans: &[Span]) -> bool {
    spans.iter().any(|sp| has_price(&sp.text))
}

/// Whether a text node shows a subscription's price, itself (`priced`: it shows a price)
/// or after a price that closed the text before (`open`), and whether it ends on a price
/// whose period may follow.
fn price_period(t: &str, priced: bool, open: bool) -> (bool, bool) {
    let period = |rest: &str| {
        let rest: String = rest
            .chars()
            .filter(|c| !c.is_whitespace())
            .take(12)
            .flat_map(char::to_lowercase)
            .collect();
        h::RECURRING_PRICE_SUFFIXES
            .iter()
            .any(|p| rest.starts_with(p))
    };
    if open && period(t) {
        return (true, false);
    }
    if !priced {
        return (false, false);
    }
    // After the last digit of the amount (and a currency sign written after it).
    let end = t
        .rfind(|c: char| c.is_ascii_digit())
        .map_or(t.len(), |i| i + 1);
    let rest = t.get(end..).unwrap_or("");
    let rest = rest.trim_start().trim_start_matches(h::CURRENCY_SIGNS);
    if period(rest) {
        (true, false)
    } else {
        (false, rest.trim().is_empty())
    }
}

/// A currency sign beside a digit.
fn has_price(t: &str) -> bool {
    t.char_indices().any(|(i, c)| {
        if !h::CURRENCY_SIGNS.contains(&c) {
            return false;
        }
        let after = t.get(i + c.len_utf8()..).unwrap_or("").trim_start();
        let before = t.get(..i).unwrap_or("").trim_end();
        after.starts_with(|d: char| d.is_ascii_digit())
            || before.ends_with(|d: char| d.is_ascii_digit())
    })
}

/// Decides the page type before the content is read.
pub fn classify(dom: &Dom, parts: &Parts, src: &Sources, ld: &JsonLd, sig: &Signals) -> Verdict {
    let settled = |page_type| Verdict {
        page_type,
        basis: Basis::Settled,
        service: false,
        authored: false,
        article_like: false,
        explainer: false,
        faq: false,
        front: None,
    };
    let og = src.meta("og:type").unwrap_or_default().to_lowercase();
    if ld.has_type("DiscussionForumPosting") || ld.has_type("QAPage") {
        return settled(PageType::Forum);
    }
    // schema.org's `ProductGroup` is one product offered in variants (sizes, colours):
    // the page of that product, whatever catalogue of offers the site also declares.
    if ld.has_type("ProductGroup") {
        return settled(PageType::Product);
    }
    if ld.has_type("OfferCatalog") || og == "product.group" {
        return settled(PageType::Collection);
    }
    // schema.org's `CollectionPage` is any page of items: a shop's category (prices, a
    // cart, a shop's category address) or a publisher's section of stories.
    if ld.has_type("CollectionPage") {
        let s = structure(dom, parts);
        let shop = s.prices >= h::SHOP_MIN_PRICES
            || s.cart >= h::SHOP_MIN_CART
            || sig.shop_address
            || s.shown_prices >= h::SHOP_MIN_PRICES;
        return settled(if shop {
            PageType::Collection
        } else {
            PageType::Listing
        });
    }
    // Open Graph custom types are "namespace:type" ("shop_app:product").
    let og_object = og.rsplit(':').next().unwrap_or_default();
    if ld.has_type("Product") || og.starts_with("product") || og_object == "product" {
        return settled(PageType::Product);
    }
    if ld.has_type("TechArticle") || ld.has_type("APIReference") {
        return settled(PageType::Documentation);
    }
    let ld_article = super::jsonld::authored_types()
        .iter()
        .any(|t| ld.has_type(t));
    // A thread's address on forum software, or a product's own page on a shop, unless
    // the page declares an article there.
    if sig.forum_address && !ld_article {
        return settled(PageType::Forum);
    }
    if sig.product_address && !ld_article {
        return settled(PageType::Product);
    }
    // A post under a blog, whatever its comment thread or its shop strip looks like; the
    // blog's own index ("/blog/", "/news") lists its posts.
    if sig.post_address {
        return settled(PageType::Article);
    }
    if sig.index_address && !ld_article {
        return settled(PageType::Listing);
    }
    let s = structure(dom, parts);
    let generator = generator_of(src);
    let built_by = |names: &[&str]| generator.as_deref().is_some_and(|g| names.contains(&g));
    if s.thread_scopes > 0 || (built_by(h::FORUM_GENERATORS) && s.posts > 0) {
        return settled(PageType::Forum);
    }
    // One microdata product is the page's own; a grid marks up each of its items.
    if s.product_scopes == 1 {
        return settled(PageType::Product);
    }
    // A declared news story or blog post is one, however its comments look like posts:
    // declared in JSON-LD, or as an article by blog software.
    let ld_story = super::jsonld::story_types().iter().any(|t| ld.has_type(t));
    let blog_post = og == "article" && built_by(h::BLOG_GENERATORS);
    // A site's front page that declares no article is its index or its landing page:
    // the posts it shows are other pages' teasers, its code a product's samples.
    let front_page = sig.front_page && !ld_article && og != "article";
    if ((s.posts >= h::FORUM_MIN_POSTS && s.times >= h::FORUM_MIN_TIMES)
        || s.post_units >= h::FORUM_MIN_POST_UNITS)
        && !ld_story
        && !blog_post
        && !front_page
    {
        return settled(PageType::Forum);
    }
    // Code on a dated or signed page is a programming article's; a reference is neither.
    let code = s.pre >= h::DOCS_MIN_PRE || s.code >= h::DOCS_MIN_CODE;
    let reference =
        (code && !(sig.has_date || sig.has_author)) || s.docs_parts >= h::DOCS_MIN_MARKED_ELEMENTS;
    if (reference && !front_page) || sig.docs_address || built_by(h::DOCS_GENERATORS) {
        return settled(PageType::Documentation);
    }
    let authored = ld_article || sig.published_meta || sig.has_author || sig.has_date;
    let article_like = og == "article" || s.long_paras >= h::ARTICLE_MIN_LONG_PARAS;
    // A site's front page is its index or its landing page, unless it declares itself
    // an article (a blog whose home page is its latest post says so, or should).
    let front = front_page.then_some(if s.times >= h::FRONT_PAGE_LISTING_MIN_TIMES {
        PageType::Listing
    } else {
        PageType::Service
    });
    let mut v = Verdict {
        page_type: PageType::Article,
        basis: Basis::Prose,
        service: ld.has_type("Service") || (sig.service_address && !ld_article),
        authored,
        article_like,
        explainer: sig.explainer_title,
        faq: ld.has_type("FAQPage"),
        front,
    };
    let shop = s.prices >= h::SHOP_MIN_PRICES || s.cart >= h::SHOP_MIN_CART;
    let grid = s.card_run >= h::GRID_MIN_CARDS && s.p_chars < h::GRID_MAX_PROSE_CHARS;
    let linked = s.linked_headings >= h::LISTING_MIN_LINKED_HEADINGS
        && s.linked_headings as f64 >= h::LISTING_LINKED_HEADING_SHARE * s.headings as f64;
    // A page that prices subscriptions shows a service's plans, however many.
    // (A dated or signed review, or a guide, that quotes plans' prices stays an article.)
    let plans = s.recurring_prices >= h::PLAN_MIN_RECURRING_PRICES
        && s.recurring_prices * 2 >= s.shown_prices
        && !sig.shop_address
        && !authored
        && !sig.explainer_title;
    if plans {
        v.page_type = PageType::Service;
        v.service = true;
    } else if (grid && shop) || s.prices >= h::COLLECTION_MIN_PRICES || sig.shop_address {
        v.page_type = PageType::Collection;
        // A shop's category directory files a category's products, whatever buying
        // guide the page carries under them; a dated or signed page there is an article.
        v.basis = if sig.shop_address && !authored {
            Basis::Settled
        } else {
            Basis::Shape
        };
    } else if (linked || (grid && !front_page)) && !ld_article && !v.service {
        // A front page's card grid is a landing page's offers; its index links its
        // headlines, or dates its items (`front`).
        v.page_type = PageType::Listing;
        v.basis = Basis::Shape;
    } else if v.service || (v.faq && !authored) || !(authored || article_like) {
        v.page_type = PageType::Service;
    }
    v
}

/// The software that built the page: the first word of `<meta name=generator>`,
/// lower-cased, without its version ("mkdocs-1.6.1, mkdocs-material…" is "mkdocs").
fn generator_of(src: &Sources) -> Option<String> {
    let g = src.meta("generator")?;
    let word = g
        .split(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())?;
    Some(word.to_lowercase())
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

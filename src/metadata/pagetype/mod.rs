//! Page type from the page's own signals: JSON-LD types, `og:type`, and structure.

mod price;
mod structure;

use crate::dom::Dom;
use crate::heuristics::metadata as h;
use crate::model::{Block, PageType};
use markup5ever::local_name;

use super::jsonld::JsonLd;
use super::parts::Parts;
use super::read_shape::ReadShape;
use super::sources::Sources;
pub(in crate::metadata) use price::shows_price;
use structure::{structure, Structure};

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
    /// The CMS rendered the page with its template for one post
    /// (`POST_TEMPLATE_CLASSES`): an article once read, whatever its shape.
    post_template: bool,
}

impl Verdict {
    /// A type the page declares or builds: final.
    fn settled(page_type: PageType) -> Self {
        Verdict {
            page_type,
            basis: Basis::Settled,
            service: false,
            authored: false,
            article_like: false,
            explainer: false,
            faq: false,
            front: None,
            post_template: false,
        }
    }

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
        if self.post_template {
            return PageType::Article;
        }
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

/// Decides the page type before the content is read: what the page declares (JSON-LD,
/// `og:type`, its address) settles it; else what its structure shows (a thread's posts,
/// a reference's code); else its shape gives a first type that the text read may revise
/// ([`Verdict::settle`]).
pub fn classify(dom: &Dom, parts: &Parts, src: &Sources, ld: &JsonLd, sig: &Signals) -> Verdict {
    let template = template(dom);
    match template {
        // A post's template names the page an article once read; until then the page is
        // read as its own signals and shape suggest (a checklist of linked items as an
        // index's), which the template does not speak to.
        Some(PageType::Article) | None => {}
        Some(t) => return Verdict::settled(t),
    }
    let mut v = from_signals(dom, parts, src, ld, sig);
    v.post_template = template == Some(PageType::Article);
    v
}

/// [`classify`] for a page whose template does not settle its type.
fn from_signals(dom: &Dom, parts: &Parts, src: &Sources, ld: &JsonLd, sig: &Signals) -> Verdict {
    let og = src.meta("og:type").unwrap_or_default().to_lowercase();
    let ld_article = super::jsonld::authored_types()
        .iter()
        .any(|t| ld.has_type(t));
    if let Some(t) = declared(dom, parts, ld, &og, ld_article, sig) {
        return Verdict::settled(t);
    }
    let s = structure(dom, parts);
    // A site's front page that declares no article is its index or its landing page:
    // the posts it shows are other pages' teasers, its code a product's samples.
    let front_page = sig.front_page && !ld_article && og != "article";
    if let Some(t) = built(&s, src, ld, &og, front_page, sig) {
        return Verdict::settled(t);
    }
    shaped(&s, ld, &og, ld_article, front_page, sig)
}

/// The type the page declares: its JSON-LD or `og:type`, or its address on forum
/// software, a shop or a blog. `ld_article`: JSON-LD declares an authored type.
fn declared(
    dom: &Dom,
    parts: &Parts,
    ld: &JsonLd,
    og: &str,
    ld_article: bool,
    sig: &Signals,
) -> Option<PageType> {
    if ld.has_type("DiscussionForumPosting") || ld.has_type("QAPage") {
        return Some(PageType::Forum);
    }
    // schema.org's `ProductGroup` is one product offered in variants (sizes, colours):
    // the page of that product, whatever catalogue of offers the site also declares.
    if ld.has_type("ProductGroup") {
        return Some(PageType::Product);
    }
    if ld.has_type("OfferCatalog") || og == "product.group" {
        return Some(PageType::Collection);
    }
    // schema.org's `CollectionPage` is any page of items: a shop's category (prices, a
    // cart, a shop's category address) or a publisher's section of stories.
    if ld.has_type("CollectionPage") {
        let s = structure(dom, parts);
        let shop = s.prices >= h::SHOP_MIN_PRICES
            || s.cart >= h::SHOP_MIN_CART
            || sig.shop_address
            || s.shown_prices >= h::SHOP_MIN_PRICES;
        return Some(if shop {
            PageType::Collection
        } else {
            PageType::Listing
        });
    }
    // Open Graph custom types are "namespace:type" ("shop_app:product").
    let og_object = og.rsplit(':').next().unwrap_or_default();
    if ld.declares_product() || og.starts_with("product") || og_object == "product" {
        return Some(PageType::Product);
    }
    if ld.has_type("TechArticle") || ld.has_type("APIReference") {
        return Some(PageType::Documentation);
    }
    // A thread's address on forum software, or a product's own page on a shop, unless
    // the page declares an article there.
    if sig.forum_address && !ld_article {
        return Some(PageType::Forum);
    }
    if sig.product_address && !ld_article {
        return Some(PageType::Product);
    }
    // A post under a blog, whatever its comment thread or its shop strip looks like; the
    // blog's own index ("/blog/", "/news") lists its posts.
    if sig.post_address {
        return Some(PageType::Article);
    }
    (sig.index_address && !ld_article).then_some(PageType::Listing)
}

/// The type the CMS names as the template it rendered the page with, in the `<body>`'s
/// classes: one blog post (`POST_TEMPLATE_CLASSES`), an archive of posts
/// (`POST_ARCHIVE_TEMPLATE_CLASSES` beside `ARCHIVE_TEMPLATE_CLASS`, or a term's page,
/// `TERM_TEMPLATE_CLASSES`), a shop's category
/// (`SHOP_CATEGORY_TEMPLATE_CLASSES`) or its product (`PRODUCT_TEMPLATE_CLASSES`).
fn template(dom: &Dom) -> Option<PageType> {
    let class = dom.attr(dom.body(), &local_name!("class"))?;
    let has = |names: &[&str]| crate::dom::attr_words(class).any(|w| names.contains(&w));
    if has(h::POST_TEMPLATE_CLASSES) {
        Some(PageType::Article)
    } else if has(h::SHOP_CATEGORY_TEMPLATE_CLASSES) {
        Some(PageType::Collection)
    } else if has(h::PRODUCT_TEMPLATE_CLASSES) {
        Some(PageType::Product)
    } else if (has(h::POST_ARCHIVE_TEMPLATE_CLASSES) && has(&[h::ARCHIVE_TEMPLATE_CLASS]))
        || has(h::TERM_TEMPLATE_CLASSES)
    {
        Some(PageType::Listing)
    } else {
        None
    }
}

/// The type the page's build shows: a thread's posts (microdata, forum software, or
/// dated posts each under a poster's name), one product's microdata, or a code
/// reference.
fn built(
    s: &Structure,
    src: &Sources,
    ld: &JsonLd,
    og: &str,
    front_page: bool,
    sig: &Signals,
) -> Option<PageType> {
    let generator = generator_of(src);
    let built_by = |names: &[&str]| generator.as_deref().is_some_and(|g| names.contains(&g));
    if s.thread_scopes > 0 || (built_by(h::FORUM_GENERATORS) && s.posts > 0) {
        return Some(PageType::Forum);
    }
    // One microdata product is the page's own; a grid marks up each of its items.
    if s.product_scopes == 1 {
        return Some(PageType::Product);
    }
    // A declared news story or blog post is one, however its comments look like posts:
    // declared in JSON-LD, or as an article by blog software.
    let ld_story = super::jsonld::story_types().iter().any(|t| ld.has_type(t));
    let blog_post = og == "article" && built_by(h::BLOG_GENERATORS);
    if ((s.posts >= h::FORUM_MIN_POSTS && s.times >= h::FORUM_MIN_TIMES)
        || s.post_units >= h::FORUM_MIN_POST_UNITS)
        && !ld_story
        && !blog_post
        && !front_page
    {
        return Some(PageType::Forum);
    }
    // Code on a dated or signed page is a programming article's; a reference is neither.
    let code = s.pre >= h::DOCS_MIN_PRE || s.code >= h::DOCS_MIN_CODE;
    let reference =
        (code && !(sig.has_date || sig.has_author)) || s.docs_parts >= h::DOCS_MIN_MARKED_ELEMENTS;
    ((reference && !front_page) || sig.docs_address || built_by(h::DOCS_GENERATORS))
        .then_some(PageType::Documentation)
}

/// The first type of a page that neither declares nor builds one, from its shape: a
/// service's plans, a shop's grid, an index's linked headings or cards, else an article
/// or a service page, for the text read to revise.
fn shaped(
    s: &Structure,
    ld: &JsonLd,
    og: &str,
    ld_article: bool,
    front_page: bool,
    sig: &Signals,
) -> Verdict {
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
        post_template: false,
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

//! Page type from the page's own signals: JSON-LD types, `og:type`, and structure.

use markup5ever::local_name;

use crate::dom::Dom;
use crate::extract::token_parts;
use crate::model::PageType;

use super::jsonld::JsonLd;
use super::sources::Sources;

/// Repeated post containers that make a thread.
const FORUM_MIN_POSTS: usize = 3;
/// Class parts of a forum post container (phpBB, vBulletin, XenForo, Discourse, Q&A).
const FORUM_POST_WORDS: &[&str] = &["postbody", "postbit", "postcontainer", "message", "answer", "topic"];
/// Repeated price elements that make a product grid.
const COLLECTION_MIN_PRICES: usize = 6;

/// Decides the page type.
pub fn classify(dom: &Dom, src: &Sources, ld: &JsonLd) -> PageType {
    let og = src.meta("og:type").unwrap_or_default().to_lowercase();
    if ld.has_type("DiscussionForumPosting") || ld.has_type("QAPage") {
        return PageType::Forum;
    }
    if ld.has_type("CollectionPage") || ld.has_type("OfferCatalog") || og == "product.group" {
        return PageType::Collection;
    }
    if ld.has_type("Product") || og.starts_with("product") {
        return PageType::Product;
    }
    if ld.has_type("TechArticle") || ld.has_type("APIReference") {
        return PageType::Documentation;
    }
    let s = structure(dom);
    if s.posts >= FORUM_MIN_POSTS {
        return PageType::Forum;
    }
    if s.prices >= COLLECTION_MIN_PRICES {
        return PageType::Collection;
    }
    if ld.has_type("Service") {
        return PageType::Service;
    }
    PageType::Article
}

#[derive(Default)]
struct Structure {
    posts: usize,
    prices: usize,
}

fn structure(dom: &Dom) -> Structure {
    let mut s = Structure::default();
    for id in dom.descendants(dom.body()) {
        let Some(e) = dom.element(id) else { continue };
        if !matches!(e.name, local_name!("div") | local_name!("article") | local_name!("li") | local_name!("span") | local_name!("section")) {
            continue;
        }
        for a in &e.attrs {
            if a.name != local_name!("class") && a.name != local_name!("itemprop") {
                continue;
            }
            let mut parts = token_parts(&a.value);
            let (mut post, mut price) = (false, false);
            for p in parts.by_ref() {
                post |= FORUM_POST_WORDS.iter().any(|w| p.eq_ignore_ascii_case(w));
                price |= p.eq_ignore_ascii_case("price");
            }
            s.posts += usize::from(post);
            s.prices += usize::from(price);
        }
    }
    s
}

//! Unit tests of the class and id word matching.

use super::*;

#[test]
fn parts() {
    let mut v = Vec::new();
    for_each_part("share-buttons newsletterSignup  post_body", |p| v.push(p));
    assert_eq!(
        v,
        ["share", "buttons", "newsletter", "Signup", "post", "body"]
    );
    // A utility class's bracketed value gives no parts.
    let mut v = Vec::new();
    for_each_part(
        "sticky top-[var(--nav-height)] h-[calc(100%-2px)]x card",
        |p| v.push(p),
    );
    assert_eq!(v, ["sticky", "top", "h", "x", "card"]);
}

#[test]
fn a_css_module_hash_names_nothing() {
    fn parts(value: &str) -> Vec<&str> {
        let mut v = Vec::new();
        for_each_part(value, |p| v.push(p));
        v
    }
    // The hash a build tool appends after `__` gives no parts ("ad" + "Kqa" read "ad").
    assert_eq!(
        parts("mdx-table_root__adKqa wide"),
        ["mdx", "table", "root", "wide"]
    );
    assert_eq!(parts("text_root__r0DFB"), ["text", "root"]);
    let chrome = |v: &str| value_bits(v) & Hint::Chrome as Bits != 0;
    assert!(!chrome("mdx-table_root__adKqa"));
    // A BEM element after `__` is a word, of five letters or not.
    assert!(chrome("article__share"));
    assert!(
        chrome("post__adBox"),
        "a camel-case element, no module's name"
    );
    assert_eq!(parts("card__share"), ["card", "share"]);
}

#[test]
fn a_component_header_is_not_chrome() {
    let chrome = |v: &str| value_bits(v) & Hint::Chrome as Bits != 0;
    assert!(!chrome(
        "StyledHeader-sc-2c6 Accordionstyle__AccordionHeader-sc-1b"
    ));
    assert!(!chrome("faq-header"));
    assert!(!chrome("new-listing__header"), "a listing item's title row");
    assert!(!chrome("card-header"));
    assert!(chrome("header"), "a plain header is still chrome");
    assert!(
        chrome("container header"),
        "a header class after another class"
    );
    assert!(chrome("site-header"), "the site's header");
    assert!(chrome("stickyHeader"));
    assert!(chrome("entry-header"), "a post's byline row");
    assert!(chrome("modal-header"), "a chrome component's header");
    assert!(!chrome("accordion-item__dropdown"), "a folded answer");
    assert!(chrome("dropdown"));
    assert!(chrome("nav-drawer"));
    assert!(chrome("mobile-drawer"));
    assert!(
        chrome("accordion-menu"),
        "other chrome words keep their bit"
    );
    assert!(chrome("faq-header share-bar"));
}

#[test]
fn the_rest_of_a_description_is_not_chrome() {
    let chrome = |v: &str| value_bits(v) & Hint::Chrome as Bits != 0;
    assert!(!chrome("descriptionMoreDiv"));
    assert!(!chrome("search-results"), "a search page's results");
    assert!(chrome("site-search"));
    assert!(chrome("search-form"));
    assert!(!chrome("post-content-more"));
    assert!(
        chrome("more-stories"),
        "a lone \"more\" box is still chrome"
    );
    assert!(
        chrome("description-more share"),
        "other chrome words keep their bit"
    );
    assert!(chrome("faq-more"), "an accordion does not excuse \"more\"");
}

#[test]
fn an_embedded_social_post_is_not_chrome() {
    let chrome = |v: &str| value_bits(v) & Hint::Chrome as Bits != 0;
    assert!(!chrome("social-media-embed"));
    assert!(!chrome("social-embed-post"));
    assert!(chrome("social-icon w-embed"), "an embed token of its own");
    assert!(chrome("social-share"));
    assert!(
        chrome("sidebar-embed"),
        "only the embed's subject is excused"
    );
}

#[test]
fn values_name_their_lists() {
    let has = |v: &str, h: Hint| value_bits(v) & h as Bits != 0;
    assert!(has("site-Newsletter box", Hint::Chrome));
    assert!(
        has("commentlist", Hint::Comments),
        "word plus container suffix"
    );
    assert!(has("entry-content", Hint::Content));
    assert!(!has("postbody", Hint::Comments));
    assert!(
        !has("x".repeat(60).as_str(), Hint::Chrome),
        "long hashes match nothing"
    );
    assert_eq!(value_bits("row col-6"), 0);
}

#[test]
fn a_consent_vendors_name_is_found_in_any_case_and_place() {
    assert!(names_vendor(b"onetrust-consent-sdk"));
    assert!(names_vendor(b"CybotCookiebotDialog"));
    assert!(names_vendor(b"ot-sdk didomi-host"));
    assert!(!names_vendor(b"content-wrapper cookie-notice"));
    assert!(!names_vendor(b""));
}

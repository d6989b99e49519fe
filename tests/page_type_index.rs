//! Page type of indexes through the library: a page of teasers, cards or priced items
//! is a listing or a collection, however long its items' blurbs.

mod page_kinds;

use page_kinds::{page_type, prose, teasers};
use thresh::PageType;

#[test]
fn an_index_whose_items_show_prices_is_a_collection() {
    let items: String = (0..12)
        .map(|i| {
            format!(
                "<li><h3><a href=\"/pot-{i}\">Terracotta pot and saucer, size {i}</a></h3>\
                 <p>${i}9.00</p></li>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Pots</title></head><body><main><h1>Pots</h1><ul>{items}</ul>\
         </main></body></html>"
    );
    assert_eq!(page_type(&html), PageType::Collection);
}

#[test]
fn an_index_of_teasers_stays_a_listing() {
    let html = format!(
        "<html><head><title>Stories</title></head><body><main><h1>Stories</h1><ul>{}</ul>\
         </main></body></html>",
        teasers(12)
    );
    assert_eq!(page_type(&html), PageType::Listing);
}

#[test]
fn an_index_of_headlines_with_long_blurbs_stays_a_listing() {
    // Each item a linked headline over a blurb of running prose: twelve long paragraphs,
    // more than settle a page as an article, but read as an index's items.
    let items: String = (0..12)
        .map(|i| {
            format!(
                "<li class=\"teaser\"><h3><a href=\"/story-{i}\">Story number {i} of the \
                 week</a></h3>{}</li>",
                prose(i)
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Stories</title></head><body><main><h1>Stories</h1>\
         <ul>{items}</ul></main></body></html>"
    );
    assert_eq!(page_type(&html), PageType::Listing);
}

#[test]
fn an_index_of_articles_linking_their_headers_is_a_listing_with_its_headlines() {
    // Each item an `<article>` whose `<header>` is its headline's link, as a news site's
    // front page prints them, with no `h2` inside; a blurb of running prose under it.
    let items: String = (0..12)
        .map(|i| {
            format!(
                "<article><header><a href=\"/news/story-{i}\">Story number {i} of the \
                 week in the valley</a></header><div class=\"details\">7 March - Farming \
                 - <a href=\"/news/story-{i}#comments\">{i} Comments</a></div>{}</article>",
                prose(i)
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Valley news</title></head><body><div id=\"main\">\
         <article class=\"full\"><h1>Latest valley news</h1></article>{items}</div>\
         </body></html>"
    );
    assert_eq!(page_type(&html), PageType::Listing);
    let text = thresh::extract(html.as_bytes(), &thresh::Options::default())
        .expect("extraction")
        .text();
    assert!(
        text.contains("Story number 11 of the week in the valley"),
        "{text}"
    );
}

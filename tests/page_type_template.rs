//! Page type from the template a CMS names on `<body>`: a blog post's, an archive of
//! posts, a shop's category or its product.

mod page_kinds;

use page_kinds::{page_type, prose};
use thresh::PageType;

/// A page with `class` on `<body>` and `main` inside its `<main>`.
fn page(class: &str, main: &str) -> String {
    format!(
        "<html><head><title>Garden notes</title></head><body class=\"{class}\">\
         <main>{main}</main></body></html>"
    )
}

/// A roundup: two paragraphs, then a dozen linked headings each over one short line, as
/// a post naming the places it recommends prints them.
fn roundup() -> String {
    let places: String = (0..12)
        .map(|i| {
            format!(
                "<h3><a href=\"https://nursery-{i}.example/\">Nursery number {i}</a></h3>\
                 <p>Open on Saturdays.</p>"
            )
        })
        .collect();
    format!(
        "<h1>Where to buy fruit trees</h1>{}{}{places}",
        prose(1),
        prose(2)
    )
}

#[test]
fn a_post_template_makes_a_roundup_of_linked_headings_an_article() {
    // Without the template, the linked headings make it an index.
    assert_eq!(page_type(&page("page", &roundup())), PageType::Listing);
    for class in [
        "post-template-default single single-post postid-12",
        "path-node page-node-type-article",
        "not-front page-node node-type-article",
    ] {
        assert_eq!(
            page_type(&page(class, &roundup())),
            PageType::Article,
            "{class}"
        );
    }
}

#[test]
fn a_post_template_outweighs_products_its_review_declares() {
    let ld = r#"<script type="application/ld+json">{"@context":"https://schema.org",
        "@type":"Product","name":"Pruning saw","offers":{"@type":"Offer","price":"29.00",
        "priceCurrency":"EUR"},"review":{"@type":"Review",
        "reviewRating":{"@type":"Rating","ratingValue":4}}}</script>"#;
    let main = format!("{ld}<h1>The best pruning saws</h1>{}", prose(3));
    assert_eq!(page_type(&page("page", &main)), PageType::Product);
    assert_eq!(
        page_type(&page("single single-post", &main)),
        PageType::Article
    );
}

/// Three posts of an archive, each a linked headline over its excerpt.
fn archive() -> String {
    let posts: String = (0..3)
        .map(|i| {
            format!(
                "<article><h2><a href=\"/pruning-note-{i}/\">Pruning note {i}</a></h2>{}\
                 </article>",
                prose(i)
            )
        })
        .collect();
    format!("<h1>Category: Pruning</h1>{posts}")
}

#[test]
fn an_archive_template_of_a_category_is_a_listing() {
    let listing = page("archive category category-pruning category-7", &archive());
    assert_eq!(page_type(&listing), PageType::Listing);
    let tag = page("archive tag tag-pears", &archive());
    assert_eq!(page_type(&tag), PageType::Listing);
    let term = page("layout-not-node-page path-taxonomy", &archive());
    assert_eq!(page_type(&term), PageType::Listing);
    // A term's class alone is no archive: themes name other things "category".
    assert_ne!(page_type(&page("category", &archive())), PageType::Listing);
}

#[test]
fn a_shops_category_template_is_a_collection_and_its_product_template_a_product() {
    let items: String = (0..4)
        .map(|i| format!("<li><a href=\"/{i}-charcoal-grill\">Charcoal grill {i}</a></li>"))
        .collect();
    let main = format!("<h1>Charcoal grills</h1>{}<ul>{items}</ul>", prose(4));
    for class in [
        "page-category category-id-11",
        "archive tax-product_cat woocommerce",
        "catalog-category-view",
        "template-collection",
    ] {
        assert_eq!(
            page_type(&page(class, &main)),
            PageType::Collection,
            "{class}"
        );
    }
    let product = format!("<h1>Charcoal grill 3</h1>{}", prose(5));
    for class in [
        "page-product",
        "single-product woocommerce",
        "template-product",
    ] {
        assert_eq!(
            page_type(&page(class, &product)),
            PageType::Product,
            "{class}"
        );
    }
}

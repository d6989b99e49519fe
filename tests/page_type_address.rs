//! Page type from the page's address: documentation, services, shop category, product,
//! thread and blog addresses, and a site's front page, each against what the page itself
//! declares.

mod page_kinds;

use page_kinds::{board_thread, page_type, prose};
use thresh::PageType;

#[test]
fn a_page_under_a_documentation_address_is_documentation() {
    let page = |url: &str| {
        format!(
            "<html><head><title>Pruning schedules</title><link rel=\"canonical\" href=\"{url}\">\
             </head><body><main><h1>Pruning schedules</h1>{}{}</main></body></html>",
            prose(1),
            prose(2)
        )
    };
    for url in [
        "https://orchard.example/docs/pruning/schedules",
        "https://docs.orchard.example/pruning",
        "https://docs-next.orchard.example/pruning",
        "https://orchard.example/manual/ch-3.html",
        "https://orchard.example/reference.html",
    ] {
        assert_eq!(page_type(&page(url)), PageType::Documentation, "{url}");
    }
    // A docs word elsewhere in the address is not a docs place.
    for url in [
        "https://orchard.example/blog/docs-we-love",
        "https://docsmith.example/pruning",
        "https://orchard.example/pruning?ref=docs",
    ] {
        assert_ne!(page_type(&page(url)), PageType::Documentation, "{url}");
    }
}

#[test]
fn an_undeclared_page_under_a_services_address_is_a_service_page() {
    let page = |url: &str, head: &str| {
        format!(
            "<html><head><title>Orchard pruning</title><link rel=\"canonical\" href=\"{url}\">\
             <meta property=\"og:type\" content=\"article\">{head}</head><body><main>\
             <h1>Orchard pruning</h1>{}{}</main></body></html>",
            prose(1),
            prose(2)
        )
    };
    let url = "https://orchard.example/services/pruning/";
    assert_eq!(page_type(&page(url, "")), PageType::Service);
    assert_eq!(
        page_type(&page("https://orchard.example/pruning/", "")),
        PageType::Article
    );
    // A page that declares itself an article stays one wherever it lives.
    let declared = r#"<script type="application/ld+json">{"@type":"BlogPosting","headline":"Orchard pruning"}</script>"#;
    assert_eq!(page_type(&page(url, declared)), PageType::Article);
    // Offers whose headings link to their own pages are a service's, not an index.
    let offers: String = (1..=6)
        .map(|n| format!("<h2><a href=\"/services/pruning/plan-{n}\">Pruning plan {n}</a></h2><p>Two visits a year.</p>"))
        .collect();
    let linked = format!(
        "<html><head><title>Orchard pruning</title><link rel=\"canonical\" href=\"{url}\"></head>\
         <body><main><h1>Orchard pruning</h1>{offers}</main></body></html>"
    );
    assert_eq!(page_type(&linked), PageType::Service);
    // A headline that asks what a thing is heads an explainer, wherever it lives.
    let explainer = format!(
        "<html><head><title>What is crown thinning?</title><link rel=\"canonical\" \
         href=\"{url}what-is/\"><meta property=\"og:type\" content=\"article\"></head>\
         <body><main><h1>What is crown thinning?</h1>{}{}</main></body></html>",
        prose(1),
        prose(2)
    );
    assert_eq!(page_type(&explainer), PageType::Article);
}

#[test]
fn a_page_under_a_shop_category_directory_is_a_collection() {
    let tiles: String = (1..=3)
        .map(|i| {
            format!(r#"<div class="tile"><h3>Kettle {i}</h3><p>Stainless, 1.{i} litres</p></div>"#)
        })
        .collect();
    let page = |url: &str| {
        format!(
            "<html><head><title>Kettles</title><link rel=\"canonical\" href=\"{url}\"></head>\
             <body><main><h1>Kettles</h1>{tiles}</main></body></html>"
        )
    };
    assert_eq!(
        page_type(&page("https://shop.example/collections/kettles")),
        PageType::Collection
    );
    assert_eq!(
        page_type(&page("https://shop.example/c/kitchen/kettles")),
        PageType::Collection
    );
    // The last segment is the page itself, not a directory.
    assert_ne!(
        page_type(&page("https://shop.example/blog/c")),
        PageType::Collection
    );
}

#[test]
fn a_shop_category_carrying_a_long_buying_guide_stays_a_collection() {
    let tiles: String = (1..=3)
        .map(|i| {
            format!(r#"<div class="tile"><h3>Kettle {i}</h3><p>Stainless, 1.{i} litres</p></div>"#)
        })
        .collect();
    let guide: String = (0..12).map(prose).collect();
    let page = |head: &str| {
        format!(
            "<html><head><title>Kettles</title>             <link rel=\"canonical\" href=\"https://shop.example/c/kitchen/kettles\">{head}\
             </head><body><main><h1>Kettles</h1>{tiles}<h2>Choosing a kettle</h2>{guide}</main>\
             </body></html>"
        )
    };
    assert_eq!(page_type(&page("")), PageType::Collection);
    // A dated page there is an article, read as its prose says.
    let dated = r#"<meta property="article:published_time" content="2026-01-05T09:00:00Z">"#;
    assert_eq!(page_type(&page(dated)), PageType::Article);
}

#[test]
fn a_page_at_a_thread_address_of_forum_software_is_a_forum() {
    // A thread whose posts the engine draws by script: the HTML holds the opening post
    // alone, with no poster rows or post times to tell a thread by its structure.
    let page = |url: &str| {
        format!(
            "<html><head><title>Frost on the blossom</title><link rel=\"canonical\" href=\"{url}\">\
             </head><body><main><h1>Frost on the blossom</h1>{}</main></body></html>",
            prose(1)
        )
    };
    for url in [
        "https://talk.orchard.example/t/frost-on-the-blossom/48213",
        "https://orchard.example/d/2068-frost-on-the-blossom",
        "https://orchard.example/threads/frost-on-the-blossom.48213/",
        "https://orchard.example/r/fruit/comments/1rku5x9/frost_on_the_blossom/",
        "https://orchard.example/questions/48213/frost-on-the-blossom",
        "https://orchard.example/board/viewtopic.php?t=48213",
        // bbPress addresses a topic by its slug, under the board's root.
        "https://orchard.example/forums/topic/frost-on-the-blossom/",
        "https://orchard.example/discussions/topic/frost-on-the-blossom/",
        // A relative canonical still names the route, without a host.
        "viewtopic.php?t=48213",
        "/board/viewtopic.php?t=48213",
    ] {
        assert_eq!(page_type(&page(url)), PageType::Forum, "{url}");
    }
    // The page's url stays unknown: a relative address is not reported as one.
    let relative = page("viewtopic.php?t=48213");
    let out = thresh::extract(relative.as_bytes(), &thresh::Options::default()).expect("extract");
    assert_eq!(out.metadata.url, None);
    // The same route names with a slug alone are a shop's or a publisher's pages.
    for url in [
        "https://orchard.example/t/frost-cloth-2m-LMhfRGdO",
        "https://orchard.example/topic/frost",
        "https://orchard.example/d/online/frost-talks/",
        "https://orchard.example/blog/viewtopic",
        "https://orchard.example/news/topic/frost-on-the-blossom/",
    ] {
        assert_ne!(page_type(&page(url)), PageType::Forum, "{url}");
    }
}

/// A page of the orchard-tools site at `url`, with `head` in its head and `body` under
/// its headline.
fn orchard_page(url: &str, head: &str, body: &str) -> String {
    format!(
        "<html><head><title>Orchard Tools</title><link rel=\"canonical\" href=\"{url}\">{head}\
         </head><body><main><h1>Tools that outlast the orchard</h1>{body}</main></body></html>"
    )
}

/// An article's publication time.
const DATED: &str = r#"<meta property="article:published_time" content="2026-01-05T09:00:00Z">"#;

#[test]
fn an_undeclared_front_page_is_no_article() {
    let prose: String = (0..12).map(prose).collect();
    // Long paragraphs and a date make an article anywhere but on the site's front page.
    assert_eq!(
        page_type(&orchard_page("https://orchard.example/", DATED, &prose)),
        PageType::Service
    );
    assert_eq!(
        page_type(&orchard_page(
            "https://orchard.example/tools/pruners",
            DATED,
            &prose
        )),
        PageType::Article
    );
    // A blog whose home page is its latest post, declared as one, stays an article.
    let declared = r#"<meta property="og:type" content="article">"#;
    assert_eq!(
        page_type(&orchard_page(
            "https://orchard.example/",
            &format!("{DATED}{declared}"),
            &prose
        )),
        PageType::Article
    );
}

#[test]
fn a_front_page_of_dated_items_or_posts_is_the_sites_index() {
    let items: String = (1..=12)
        .map(|d| {
            format!(
                "<div><h2>Note {d}</h2><time datetime=\"2026-01-{d:02}\">January {d}</time>\
                 <p>A short note on the winter pruning of the north wall pears.</p></div>"
            )
        })
        .collect();
    assert_eq!(
        page_type(&orchard_page("https://orchard.example/", "", &items)),
        PageType::Listing
    );
    // The latest posts a front page shows are other pages' teasers, not a thread.
    let posts: String = (1..=12)
        .map(|d| {
            format!(
                "<div class=\"post\"><span class=\"username\">grafter{d}</span>\
                 <time datetime=\"2026-01-{d:02}\">January {d}</time><div class=\"message\">\
                 <p>A short note on the winter pruning of the north wall pears.</p></div></div>"
            )
        })
        .collect();
    assert_eq!(
        page_type(&orchard_page("https://orchard.example/", "", &posts)),
        PageType::Listing
    );
}

#[test]
fn a_front_pages_code_and_cards_are_a_landing_pages() {
    // Its code samples are a product's, not a reference.
    let samples = format!(
        "{}<pre><code>orchard prune --wall north</code></pre><pre><code>orchard graft --pear</code></pre>",
        page_kinds::prose(1)
    );
    assert_eq!(
        page_type(&orchard_page("https://orchard.example/", "", &samples)),
        PageType::Service
    );
    assert_eq!(
        page_type(&orchard_page(
            "https://orchard.example/guide/cli",
            "",
            &samples
        )),
        PageType::Documentation
    );
    // Its card grid is a landing page's offers; elsewhere a grid is an index.
    let cards: String = (1..=12)
        .map(|n| {
            format!(
                "<div class=\"card\"><img src=\"/img/{n}.png\" alt=\"\"><h3>Pruning kit {n}</h3>\
                 <p>Shears, saw and a sharpening stone.</p><a href=\"/kits/{n}\">See the kit</a></div>"
            )
        })
        .collect();
    let grid = format!("<div class=\"grid\">{cards}</div>");
    assert_eq!(
        page_type(&orchard_page("https://orchard.example/", "", &grid)),
        PageType::Service
    );
    assert_eq!(
        page_type(&orchard_page("https://orchard.example/kits/", "", &grid)),
        PageType::Listing
    );
}

#[test]
fn a_page_at_a_shops_product_address_is_a_product() {
    // A product page whose "customers also bought" strip shows enough prices to look like
    // a category grid.
    let strip: String = (1..=8)
        .map(|i| {
            format!(
                r#"<div class="tile"><h3>Kettle {i}</h3><span class="price">$3{i}.00</span></div>"#
            )
        })
        .collect();
    let page = |url: &str| {
        format!(
            "<html><head><title>Copper kettle</title><link rel=\"canonical\" href=\"{url}\"></head>\
             <body><main><h1>Copper kettle</h1><p>A copper kettle for the stove top, 1.5 litres, \
             with a whistle.</p><span class=\"price\">$64.00</span><h2>Customers also bought</h2>\
             {strip}</main></body></html>"
        )
    };
    for url in [
        "https://shop.example/product/copper-kettle",
        "https://shop.example/Copper-Kettle/dp/B0D1XD1ZV3",
        "https://shop.example/itm/225991068401",
        "https://shop.example/kitchen/pdp/copper-kettle-1234",
    ] {
        assert_eq!(page_type(&page(url)), PageType::Product, "{url}");
    }
    // A plural "/products/" directory holds categories as often as products.
    assert_ne!(
        page_type(&page("https://shop.example/products/kettles")),
        PageType::Product
    );
}

#[test]
fn a_post_under_a_blog_is_an_article_but_its_archive_pages_are_not() {
    // A post whose readers' comments, each with its name and body, read as a thread.
    let page = |url: &str| {
        board_thread(5).replace(
            "</title>",
            &format!("</title><link rel=\"canonical\" href=\"{url}\">"),
        )
    };
    assert_eq!(
        page_type(&page("https://orchard.example/forum/grafting")),
        PageType::Forum
    );
    assert_eq!(
        page_type(&page("https://orchard.example/blog/grafting-old-pears")),
        PageType::Article
    );
    assert_eq!(
        page_type(&page(
            "https://orchard.example/articles/2026/grafting-old-pears"
        )),
        PageType::Article
    );
    // An archive's address under the blog is no post's.
    assert_eq!(
        page_type(&page("https://orchard.example/blog/category/grafting/")),
        PageType::Forum
    );
    // The blog's own index lists its posts.
    assert_eq!(
        page_type(&page("https://orchard.example/blog/")),
        PageType::Listing
    );
    assert_eq!(
        page_type(&page("https://orchard.example/news")),
        PageType::Listing
    );
}

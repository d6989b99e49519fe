//! Page type through the library: the type decided from the page's signals and
//! structure, settled by what the reading found.

mod page_kinds;

use page_kinds::{board_thread, page_type, prose, teasers};
use thresh::PageType;

#[test]
fn an_essay_beside_a_teaser_grid_is_an_article() {
    let html = format!(
        "<html><head><title>The winter count</title></head><body><main><article>\
         <h1>The winter count</h1>{}</article></main><aside><ul>{}</ul></aside></body></html>",
        (0..12).map(prose).collect::<String>(),
        teasers(10)
    );
    assert_eq!(page_type(&html), PageType::Article);
}

#[test]
fn a_page_settled_as_an_article_gets_its_visible_byline() {
    let html = format!(
        "<html><head><title>The winter count</title></head><body><main><article>\
         <h1>The winter count</h1><p class=\"byline\">By Agnes Threlkeld</p>{}</article>\
         </main><aside><ul>{}</ul></aside></body></html>",
        (0..12).map(prose).collect::<String>(),
        teasers(10)
    );
    let x = thresh::extract(html.as_bytes(), &thresh::Options::default()).expect("extraction");
    assert_eq!(x.metadata.page_type, PageType::Article);
    assert_eq!(x.metadata.authors, ["Agnes Threlkeld"]);
    assert!(
        !x.text().contains("Agnes"),
        "byline line left out of the text"
    );
}

/// A dated page of linked headings over long paragraphs, with an introduction first or
/// not.
fn linked_sections(introduced: bool) -> String {
    let sections: String = (0..8)
        .map(|i| {
            format!(
                "<h2><a href=\"https://shop.example/{i}\">Tool number {i}</a></h2>{}",
                prose(i)
            )
        })
        .collect();
    format!(
        "<html><head><title>Tools</title><meta property=\"article:published_time\" \
         content=\"2024-03-02\"></head><body><main><article><h1>Tools</h1>{}{sections}\
         </article></main></body></html>",
        if introduced { prose(99) } else { String::new() }
    )
}

#[test]
fn a_guides_linked_section_headings_do_not_make_it_an_index() {
    // Introduced, the linked headings title the guide's sections: an article.
    assert_eq!(page_type(&linked_sections(true)), PageType::Article);
    // Opening with its first linked entry, the same run is an index of posts.
    assert_eq!(page_type(&linked_sections(false)), PageType::Listing);
}

fn short_sections() -> String {
    [
        "Pruning",
        "Grafting",
        "Planting",
        "Spraying",
        "Harvest help",
        "Winter care",
    ]
    .iter()
    .map(|s| {
        format!(
            "<h2>{s}</h2><p>Our team handles {s} for orchards of any size, with a written plan \
             and a fixed price agreed before we start.</p>"
        )
    })
    .collect()
}

#[test]
fn short_sections_under_many_headings_make_an_undated_page_a_service_page() {
    let html = format!(
        "<html><head><title>Orchard services</title>\
         <meta property=\"og:type\" content=\"article\"></head><body><main>\
         <h1>Orchard services</h1>{}</main></body></html>",
        short_sections()
    );
    assert_eq!(page_type(&html), PageType::Service);
}

#[test]
fn a_signed_page_of_short_sections_stays_an_article() {
    let html = format!(
        "<html><head><title>Six orchard jobs</title>\
         <meta property=\"og:type\" content=\"article\"></head><body><main>\
         <h1>Six orchard jobs</h1><p class=\"byline\">By Agnes Threlkeld</p>{}</main>\
         </body></html>",
        short_sections()
    );
    assert_eq!(page_type(&html), PageType::Article);
}

/// A services page as a CMS serves it: a JSON-LD node of `node_type` with the date the
/// page was made.
fn stamped_page(node_type: &str) -> String {
    format!(
        "<html><head><title>Orchard services</title><script type=\"application/ld+json\">\
         {{\"@context\":\"https://schema.org\",\"@type\":\"{node_type}\",\
         \"name\":\"Orchard services\",\"datePublished\":\"2019-04-02T10:00:00+00:00\"}}\
         </script></head><body><main><h1>Orchard services</h1>{}</main></body></html>",
        short_sections()
    )
}

#[test]
fn a_cms_record_date_does_not_make_a_page_of_sections_an_article() {
    assert_eq!(page_type(&stamped_page("WebPage")), PageType::Service);
    assert_eq!(page_type(&stamped_page("BlogPosting")), PageType::Article);
}

#[test]
fn a_dated_post_with_code_is_an_article_and_an_undated_one_documentation() {
    let body = format!(
        "<h1>Counting trees with a script</h1>{}<pre>let trees = count(rows);</pre>{}\
         <pre>print(trees);</pre>",
        prose(1),
        prose(2)
    );
    let dated = format!(
        "<html><head><title>Counting trees</title></head><body><article>\
         <time datetime=\"2025-03-04\">4 March 2025</time>{body}</article></body></html>"
    );
    assert_eq!(page_type(&dated), PageType::Article);
    let undated = format!(
        "<html><head><title>Counting trees</title></head><body><article>{body}</article>\
         </body></html>"
    );
    assert_eq!(page_type(&undated), PageType::Documentation);
}

#[test]
fn a_thread_of_poster_and_post_rows_is_a_forum_without_time_elements() {
    let x = thresh::extract(board_thread(5).as_bytes(), &thresh::Options::default())
        .expect("extraction");
    assert_eq!(x.metadata.page_type, PageType::Forum);
    assert_eq!(x.metadata.authors, ["grafter0"]);
    // Three rows are a short exchange, not yet a thread by structure alone.
    assert_ne!(page_type(&board_thread(3)), PageType::Forum);
}

#[test]
fn a_dated_text_read_as_prose_is_an_article_beside_a_rail_of_linked_headings() {
    // Six long paragraphs (under the ten that settle a page as prose on their own) and
    // a rail of linked headlines that gives the page a listing's shape.
    let html = format!(
        "<html><head><title>The winter count</title>\
         <meta property=\"article:published_time\" content=\"2026-01-05T09:00:00Z\"></head>\
         <body><main><div class=\"story\"><h1>The winter count</h1>{}</div></main>\
         <div class=\"rail\"><ul>{}</ul></div></body></html>",
        (0..6).map(prose).collect::<String>(),
        teasers(12)
    );
    assert_eq!(page_type(&html), PageType::Article);
}

#[test]
fn a_hidden_comment_template_does_not_make_an_article_a_thread() {
    // The comment widget's templates, filled in by script, sit hidden under the story:
    // message containers with their dates, as a thread's posts would be.
    let template: String = (1..=4)
        .map(|i| {
            format!(
                "<li class=\"message\"><span class=\"author\">{{{{name}}}}</span>\
                 <time datetime=\"2026-01-0{i}\">{{{{date}}}}</time><p>{{{{text}}}}</p></li>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>The winter count</title>\
         <meta property=\"article:published_time\" content=\"2026-01-05T09:00:00Z\"></head>\
         <body><main><article><h1>The winter count</h1>{}</article>\
         <section class=\"comments-widget\"><ul style=\"display:none\">{template}</ul></section>\
         </main></body></html>",
        (0..12).map(prose).collect::<String>()
    );
    assert_eq!(page_type(&html), PageType::Article);
}

#[test]
fn a_namespaced_open_graph_product_type_is_a_product() {
    // Open Graph custom object types read "namespace:type".
    let html = format!(
        "<html><head><title>Rain shell</title>\
         <meta property=\"og:type\" content=\"shop_app:product\"></head><body><main>\
         <h1>Rain shell</h1><p>A light shell for wet walks.</p><ul>{}</ul></main></body></html>",
        teasers(12)
    );
    assert_eq!(page_type(&html), PageType::Product);
    let other = html.replace("shop_app:product", "shop_app:productline");
    assert_ne!(page_type(&other), PageType::Product);
}

#[test]
fn a_collection_page_without_prices_is_a_publishers_listing() {
    let items = |price: bool| -> String {
        (1..=8)
            .map(|i| {
                let tag = if price {
                    format!("<span class=\"price\">${i}9.00</span>")
                } else {
                    String::new()
                };
                format!(
                    "<div class=\"card\"><h3><a href=\"/item-{i}\">Item {i}</a></h3>{tag}</div>"
                )
            })
            .collect()
    };
    let page = |body: &str| {
        format!(
            "<html><head><title>Economy</title><script type=\"application/ld+json\">\
             {{\"@context\":\"https://schema.org\",\"@type\":\"CollectionPage\",\"name\":\"Economy\"}}\
             </script></head><body><main><h1>Economy</h1>{body}</main></body></html>"
        )
    };
    assert_eq!(page_type(&page(&items(false))), PageType::Listing);
    assert_eq!(page_type(&page(&items(true))), PageType::Collection);
}

/// A signed and dated page whose text is a list of entries, each a link to its own page
/// with a line of detail: an index, however it is signed.
#[test]
fn a_signed_page_whose_lines_are_mostly_links_is_a_listing() {
    let rows: String = (1..=12)
        .map(|i| {
            format!(
                "<tr><td>{i}.</td><td><a href=\"/item/{i}\">A field report on pruning old \
                 pear trees, part {i}</a> (orchard{i}.example)</td></tr>\
                 <tr><td></td><td>{i} points by grower{i} | {i} comments</td></tr>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Newest submissions</title>\
         <meta name=\"author\" content=\"Agnes Threlkeld\"></head><body><main>\
         <h1>Newest submissions</h1><table>{rows}</table></main></body></html>"
    );
    assert_eq!(page_type(&html), PageType::Listing);
}

/// Prose that links words inside its sentences is not an index: a line counts as an
/// entry only when its linked text is as long as the rest.
#[test]
fn an_article_linking_words_in_every_paragraph_stays_an_article() {
    let paras: String = (0..12)
        .map(|i| {
            format!(
                "<p>In season {i} the <a href=\"/society\">orchard society</a> met again to \
                 count the winter losses, and found that the old pear trees along the north \
                 wall had fared better than the young apples in the open field.</p>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>The winter count</title>\
         <meta name=\"author\" content=\"Agnes Threlkeld\"></head><body><main><article>\
         <h1>The winter count</h1>{paras}</article></main></body></html>"
    );
    assert_eq!(page_type(&html), PageType::Article);
}

/// schema.org's `ProductGroup` is one product in variants: its page is a product's, even
/// beside the catalogue of offers a shop declares site-wide.
#[test]
fn a_product_group_in_variants_is_a_product() {
    let html = r#"<html><head><title>Orchard ladder</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"ProductGroup",
        "name":"Orchard ladder","variesBy":["size"],"hasVariant":[
        {"@type":"Product","name":"Orchard ladder, 8 ft","offers":{"@type":"Offer","price":"189.00"}},
        {"@type":"Product","name":"Orchard ladder, 10 ft","offers":{"@type":"Offer","price":"229.00"}}]}</script>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"OfferCatalog",
        "name":"All ladders","itemListElement":[]}</script></head><body><main>
        <h1>Orchard ladder</h1><p>A three-legged ladder for pruning and picking, made of ash, that
        stands on soft ground between the rows without sinking or tipping.</p>
        <p>$189.00</p><button>Add to cart</button></main></body></html>"#;
    assert_eq!(page_type(html), PageType::Product);
}

/// An undated, unsigned page of short sections is a service page, unless its headline
/// promises an explanation (a question, a how-to, a guide): then it is an explainer.
#[test]
fn short_sections_under_a_question_or_a_guide_headline_make_an_article() {
    let page = |title: &str| {
        format!(
            "<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{}</main>\
             </body></html>",
            short_sections()
        )
    };
    for title in [
        "What does an orchard crew do?",
        "How to look after an old orchard",
        "A beginner's guide to orchard care",
        "7 ways to keep an orchard healthy",
        "Comment entretenir un verger",
    ] {
        assert_eq!(page_type(&page(title)), PageType::Article, "{title}");
    }
    for title in [
        "Orchard care services",
        "Orchard crews for hire",
        "What we do",
        "Why choose our orchard crews?",
    ] {
        assert_eq!(page_type(&page(title)), PageType::Service, "{title}");
    }
}

/// An FAQ block's answers (`schema-faq-answer`) are the post's own text: with dates in
/// the page they do not make a thread of it.
#[test]
fn a_post_with_an_faq_block_is_no_thread() {
    let faq: String = (1..=4)
        .map(|i| {
            format!(
                "<div class=\"schema-faq-section\"><strong class=\"schema-faq-question\">\
                 Question {i}: can the starter wait a day?</strong><p class=\"schema-faq-answer\">\
                 Answer {i}: yes, keep it in the fridge and feed it the evening before.</p></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Sourdough bread</title>\
         <meta property=\"article:published_time\" content=\"2024-03-08T13:55:19+00:00\">\
         </head><body><main><article><h1>Sourdough bread</h1>\
         <p>Posted <time datetime=\"2024-03-08\">March 8, 2024</time>, updated \
         <time datetime=\"2024-05-01\">May 1, 2024</time></p>{}\
         <div class=\"schema-faq\">{faq}</div>\
         <p>Printed <time datetime=\"2024-05-02\">May 2, 2024</time></p></article></main>\
         </body></html>",
        (0..6).map(prose).collect::<String>()
    );
    assert_eq!(page_type(&html), PageType::Article);
}

/// A page that declares itself a blog post is one, however much its comment thread (each
/// comment a dated `message`) looks like a forum's posts.
#[test]
fn a_declared_blog_post_with_a_comment_thread_is_no_thread() {
    let html = |head: &str| {
        format!(
            r#"<html><head><title>The winter count</title>{head}
            </head><body><main><article><h1>The winter count</h1>{}</article>
            <section class="comments">{}</section></main></body></html>"#,
            (0..6).map(prose).collect::<String>(),
            comment_thread()
        )
    };
    let ld = r#"<script type="application/ld+json">{"@type":"BlogPosting","headline":"The winter count"}</script>"#;
    assert_eq!(page_type(&html(ld)), PageType::Article);
    // Blog software that calls the page an article says as much.
    let blog = r#"<meta name="generator" content="WordPress 6.9"><meta property="og:type" content="article">"#;
    assert_eq!(page_type(&html(blog)), PageType::Article);
    // Without either, the comment thread reads as a forum's posts.
    assert_eq!(page_type(&html("")), PageType::Forum);
}

/// Five dated comments whose markup looks like a forum's posts.
fn comment_thread() -> String {
    (1..=5)
        .map(|i| {
            format!(
                "<div class=\"comment\"><span class=\"username\">reader{i}</span>\
                 <time datetime=\"2025-12-1{i}\">Dec 1{i}, 2025</time>\
                 <div class=\"message\"><p>Comment {i}: the pears on our north wall did the \
                 same this winter.</p></div></div>"
            )
        })
        .collect()
}

/// A page whose markup names its parts as a documentation site's (sidebar, content
/// column, navigation) is documentation, though the site stamps a date on it.
#[test]
fn a_dated_page_built_of_docs_parts_is_documentation() {
    let html = format!(
        "<html><head><title>Planting plans</title>\
         <meta property=\"article:published_time\" content=\"2025-03-06T00:00:00Z\"></head>\
         <body><nav class=\"docs-sidebar\"><ul class=\"docs-nav\"><li><a href=\"/docs/a\">\
         Beds</a></li><li><a href=\"/docs/b\">Trellises</a></li></ul></nav>\
         <main class=\"docs-main\"><div class=\"docs-breadcrumbs\"><a href=\"/docs\">Docs</a>\
         </div><article class=\"docs-content\"><h1>Planting plans</h1>{}</article>\
         <div class=\"docs-feedback\">Was this page helpful?</div></main></body></html>",
        (0..4).map(prose).collect::<String>()
    );
    assert_eq!(page_type(&html), PageType::Documentation);
}

#[test]
fn a_page_built_by_a_documentation_generator_is_documentation() {
    // No code, no docs path: the generator that built the page says what it is, and a
    // book's byline or a revision date does not make it an article.
    for generator in ["mkdocs-1.6.1, mkdocs-material-9.7.1", "GitBook (4f2a1c9)"] {
        let html = format!(
            "<html><head><title>Pruning guide</title><meta name=\"generator\" \
             content=\"{generator}\"><meta name=\"author\" content=\"Agnes Threlkeld\">\
             </head><body><main><h1>Pruning guide</h1>{}</main></body></html>",
            (0..4).map(prose).collect::<String>()
        );
        assert_eq!(page_type(&html), PageType::Documentation, "{generator}");
    }
    // A generator the docs list does not name leaves the page to its other signals.
    let html = format!(
        "<html><head><title>Pruning guide</title><meta name=\"generator\" \
         content=\"WordPress 6.8\"><meta name=\"author\" content=\"Agnes Threlkeld\"></head>\
         <body><main><h1>Pruning guide</h1>{}</main></body></html>",
        (0..4).map(prose).collect::<String>()
    );
    assert_eq!(page_type(&html), PageType::Article);
}

#[test]
fn forum_software_with_two_posts_is_a_thread_and_names_its_poster() {
    // vBulletin names itself and prints each post in a table; two posts are too few for
    // the structural count, but the generator and a post container make a thread.
    let posts: String = ["grafter", "pomona"]
        .iter()
        .enumerate()
        .map(|(i, name)| {
            format!(
                "<table id=\"post{i}\"><tr><td class=\"alt2\"><a class=\"bigusername\" \
                 href=\"member.php?u={i}\">{name}</a></td><td class=\"alt1\"><div \
                 id=\"post_message_{i}\">{}</div></td></tr></table>",
                prose(i)
            )
        })
        .collect();
    let html = format!(
        "<html><head><meta name=\"generator\" content=\"vBulletin 3.8.11\"><title>Grafting \
         old pears</title></head><body><div id=\"posts\">{posts}</div></body></html>"
    );
    let x = thresh::extract(html.as_bytes(), &thresh::Options::default()).expect("extraction");
    assert_eq!(x.metadata.page_type, PageType::Forum);
    assert_eq!(x.metadata.authors, ["grafter"]);
}

/// A page of long paragraphs that declares an FAQ in JSON-LD, with `head` added.
fn faq_page(head: &str) -> String {
    format!(
        "<html><head><title>Chimney sweeping questions</title>{head}\
         <script type=\"application/ld+json\">{{\"@context\": \"https://schema.org\", \
         \"@type\": \"FAQPage\", \"mainEntity\": [{{\"@type\": \"Question\", \"name\": \
         \"How often?\", \"acceptedAnswer\": {{\"@type\": \"Answer\", \"text\": \"Yearly.\"}}}}]}}\
         </script></head><body><main><h1>Chimney sweeping questions</h1>{}</main></body></html>",
        (0..12).map(prose).collect::<String>()
    )
}

#[test]
fn an_undated_unsigned_faq_page_is_a_service_page_and_a_dated_one_an_article() {
    assert_eq!(page_type(&faq_page("")), PageType::Service);
    assert_eq!(
        page_type(&faq_page(
            "<meta property=\"article:published_time\" content=\"2025-10-02T09:00:00Z\">"
        )),
        PageType::Article
    );
}

/// A page of plan cards, each priced per month, with `head` added.
fn plans_page(head: &str) -> String {
    let plans: String = [
        "Starter",
        "Team",
        "Business",
        "Studio",
        "Agency",
        "Enterprise",
    ]
    .iter()
    .enumerate()
    .map(|(i, name)| {
        format!(
            "<div class=\"plan-card\"><h3>{name}</h3><p class=\"price\"><span>${}</span>\
                 <span>/month</span></p><p>Everything in the plan before, and more seats \
                 for the people who keep the books.</p></div>",
            i * 12
        )
    })
    .collect();
    format!(
        "<html><head><title>Pricing</title>{head}</head><body><main><h1>Pricing</h1>\
         <div class=\"plans\">{plans}</div></main></body></html>"
    )
}

#[test]
fn a_page_of_plans_priced_per_month_is_a_service_page_unless_dated() {
    assert_eq!(page_type(&plans_page("")), PageType::Service);
    // A dated page that quotes plans is no business's own offer.
    assert_ne!(
        page_type(&plans_page(
            "<meta property=\"article:published_time\" content=\"2025-10-02T09:00:00Z\">"
        )),
        PageType::Service
    );
}

#[test]
fn an_undated_unsigned_page_that_speaks_for_the_business_is_a_service_page() {
    let page = |para: &str| {
        format!(
            "<html><head><title>Boiler servicing</title>\
             <meta property=\"og:type\" content=\"article\"></head><body><main>\
             <h1>Boiler servicing</h1>{}</main></body></html>",
            (0..6)
                .map(|i| format!("<p>{para} ({i})</p>"))
                .collect::<String>()
        )
    };
    let ours = "Our engineers service boilers and heat pumps across the valley. We arrive \
        inside the window we give you, and we leave a written report of every part our \
        crew checked, cleaned or replaced on the visit, so you know what we did.";
    let theirs = "Engineers in the valley service boilers and heat pumps each autumn. They \
        arrive inside a window given days before, and leave a written report of every \
        part checked, cleaned or replaced on the visit, which owners keep for years.";
    assert_eq!(page_type(&page(ours)), PageType::Service);
    assert_eq!(page_type(&page(theirs)), PageType::Article);
}

/// A JSON-LD `Product` that carries a rating and nothing that identifies an item on
/// sale (no offer, stock number, barcode or picture) is the stars a business declares
/// for search results: its page is what its own build shows, here a service page.
#[test]
fn a_rating_badge_declared_as_a_product_makes_no_product_page() {
    let page = |extra: &str| {
        format!(
            "<html><head><title>Orchard services</title>\
             <script type=\"application/ld+json\">{{\"@context\":\"http://schema.org/\",\
             \"@type\":\"Product\",\"name\":\"Threlkeld Orchard Care\",{extra}\
             \"aggregateRating\":{{\"@type\":\"AggregateRating\",\"ratingValue\":\"5\",\
             \"ratingCount\":\"7\"}}}}</script></head><body><main>\
             <h1>Orchard services</h1>{}</main></body></html>",
            short_sections()
        )
    };
    assert_eq!(page_type(&page("")), PageType::Service);
    for identity in [
        "\"sku\":\"OC-12\",",
        "\"Offers\":{\"@type\":\"Offer\",\"price\":\"40\"},",
    ] {
        assert_eq!(page_type(&page(identity)), PageType::Product, "{identity}");
    }
}

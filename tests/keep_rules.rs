//! Which blocks of the chosen container are kept, checked on small pages through the
//! library.

fn extract(html: &str) -> thresh::Extraction {
    thresh::extract(html.as_bytes(), &thresh::Options::default()).expect("extraction")
}

/// A post of six paragraphs closed by a short section titled `title`.
fn post_with_author_box(title: &str) -> String {
    let paras: String = (1..=6)
        .map(|i| {
            format!(
                "<p>Step {i}: soak the beans overnight, drain them, and simmer them with a bay \
                leaf until they give under a spoon, which takes about an hour for most kinds.</p>"
            )
        })
        .collect();
    format!(
        r#"<html><head><meta property="article:published_time" content="2026-03-02"></head>
        <body><main><article><h1>Cooking dried beans</h1>{paras}
        <h2>{title}</h2><p>Rosa Lind writes about home cooking and keeps a small allotment.</p>
        </article></main></body></html>"#
    )
}

#[test]
fn an_author_box_under_its_title_is_dropped() {
    let text = extract(&post_with_author_box("About the author")).text();
    assert!(text.contains("Step 4"), "{text}");
    assert!(!text.contains("allotment"), "bio dropped: {text}");
    assert!(!text.contains("About the author"), "title dropped: {text}");
    for title in [
        "Über den Autor",
        "Про автора",
        "Yazar hakkında",
        "著者について",
        "عن الكاتب",
    ] {
        let text = extract(&post_with_author_box(title)).text();
        assert!(!text.contains("allotment"), "{title}: {text}");
    }
}

#[test]
fn a_section_with_another_title_stays() {
    let text = extract(&post_with_author_box("Serving")).text();
    assert!(text.contains("allotment"), "{text}");
}

/// A page builder's landing page whose every section is classed `…-meta-block-section`,
/// with a post-style meta row (date and reading time) at the top.
fn builder_page() -> String {
    let section = |n: usize| {
        format!(
            r#"<section class="hx-meta-block-section"><h2>Service {n}</h2><p>Service {n}
            brings the channels you follow into one guide, with recordings kept for a month
            and a search that finds a programme by any word of its title.</p></section>"#
        )
    };
    let sections: String = (1..=5).map(section).collect();
    format!(
        r#"<html><body><main><h1>Television, your way</h1>
        <div class="entry-meta">Updated weekly · 4 min read</div>{sections}</main></body></html>"#
    )
}

#[test]
fn a_meta_classed_section_with_its_own_heading_is_content() {
    let text = extract(&builder_page()).text();
    assert!(text.contains("Service 3 brings the channels"), "{text}");
    assert!(
        !text.contains("4 min read"),
        "the meta row still goes: {text}"
    );
}

#[test]
fn captions_go_with_their_images() {
    let html = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/gallery-captions/input.html"
    ))
    .expect("fixture");
    let caption = "Crowds filled the market square from ten in the morning";
    let gallery = "A sheepdog demonstration drew the biggest crowd";
    // Images left out (the default): their captions go too.
    let text = extract(&html).text();
    assert!(text.contains("hiring fair"), "{text}");
    assert!(!text.contains(caption) && !text.contains(gallery), "{text}");
    // Images kept: a caption stays beside its image, its credit still goes.
    let options = thresh::Options::default().images(thresh::Images::Keep);
    let kept = thresh::extract(html.as_bytes(), &options).expect("extraction");
    let md = kept.markdown();
    assert!(md.contains(&format!("*{caption}")), "{md}");
    assert!(md.contains("![Sheepdog demonstration]"), "{md}");
    assert!(!md.contains("Photograph: Isla"), "{md}");
    // A figure without an image (a code listing) keeps its caption.
    let listing = extract(
        r#"<html><body><article><h1>Tuning day</h1>
        <p>The tuner came at nine and stayed until the light went, working through every key of the old upright in the hall.</p>
        <figure><pre><code>tune --pitch 440 --stretch mild</code></pre><figcaption>Listing 1: the settings the tuner used</figcaption></figure>
        <p>By evening the upright held its pitch again, and the choir rehearsed with it for the first time since the autumn.</p>
        </article></body></html>"#,
    );
    assert!(listing.text().contains("Listing 1"), "{}", listing.text());
}

#[test]
fn an_answer_folded_under_a_question_is_content() {
    let faq: String = [
        ("How long does delivery take?", "Parcels reach most addresses within three working days."),
        ("Can I return a worn jacket?", "Returns are accepted within thirty days if the tags are on."),
    ]
    .iter()
    .map(|(q, a)| {
        format!(
            r#"<div class="faq-row" data-open="false"><div class="q">{q}</div><span class="icon"></span></div>
            <div class="a" style="display:none">{a}</div>"#
        )
    })
    .collect();
    let html = format!(
        r#"<html><body><main><h1>Waxed jackets</h1>
        <p>Our waxed jackets are cut from heavy cotton and proofed by hand in the workshop, then left to cure for a week before they are sewn.</p>
        <h2>Questions</h2>{faq}
        <div class="promo" style="display:none">Spring sale: twenty percent off every jacket.</div>
        </main></body></html>"#
    );
    let text = extract(&html).text();
    assert!(text.contains("within three working days"), "{text}");
    assert!(text.contains("if the tags are on"), "{text}");
    // A hidden block after anything but a question stays hidden.
    assert!(!text.contains("Spring sale"), "{text}");
}

/// A product page whose container holds its description, a recommendation strip titled
/// `strip` and a care section after it.
fn product_with_strip(strip: &str, ld_type: &str) -> String {
    let cards: String = (1..=4)
        .map(|i| format!("<h3>Flask model {i}</h3><p>Steel flask number {i}, half a litre.</p>"))
        .collect();
    format!(
        r#"<html><head><title>Canteen flask</title>
        <script type="application/ld+json">{{"@context":"https://schema.org","@type":"{ld_type}","name":"Canteen flask"}}</script>
        </head><body><main><h1>Canteen flask</h1>
        <p>A double-walled steel flask that keeps tea hot for twelve hours and water cold for a whole day on the hill.</p>
        <h2>{strip}</h2>{cards}
        <h2>Care</h2><p>Rinse the flask with warm water after use and leave it open to dry overnight.</p>
        </main></body></html>"#
    )
}

#[test]
fn a_product_pages_recommendation_strip_goes() {
    let text = extract(&product_with_strip("You may also like", "Product")).text();
    assert!(text.contains("keeps tea hot"), "{text}");
    assert!(text.contains("leave it open to dry"), "{text}");
    assert!(!text.contains("Flask model 2"), "{text}");
    // On a product page a bare "Related" heads a strip too.
    let text = extract(&product_with_strip("Related", "Product")).text();
    assert!(!text.contains("Flask model 2"), "{text}");
    // A title starting as a strip's does ("Explore related …"), whatever it names.
    let text = extract(&product_with_strip("Explore related items", "Product")).text();
    assert!(!text.contains("Flask model 2"), "{text}");
    assert!(text.contains("leave it open to dry"), "{text}");
    // A heading only starting like a strip's title is the product's own.
    let text = extract(&product_with_strip("Related reading on flasks", "Product")).text();
    assert!(text.contains("Flask model 2"), "{text}");
}

#[test]
fn an_articles_recommendation_strip_goes_but_its_related_section_stays() {
    let text = extract(&product_with_strip("You may also like", "Article")).text();
    assert!(text.contains("keeps tea hot"), "{text}");
    assert!(text.contains("leave it open to dry"), "{text}");
    assert!(!text.contains("Flask model 2"), "strip dropped: {text}");
    // A bare "Related" in a text heads its own section (related work, related tools).
    let text = extract(&product_with_strip("Related", "Article")).text();
    assert!(text.contains("Flask model 2"), "section kept: {text}");
    // A publisher's strip titles, in other languages too.
    for title in [
        "Related articles",
        "Read next",
        "Leia também",
        "Lesen Sie auch",
        "More from the garden desk",
        "More on flasks:",
        "İlginizi çekebilir",
        "関連記事",
        "Читайте также",
        "Czytaj także",
        "Baca juga",
        "관련 기사",
        "اقرأ أيضا",
        "Tin liên quan",
        // A forum engine's table of other threads; a title closed by an ellipsis.
        "Related topics",
        "Similar threads",
        "Suggested topics",
        "Related questions",
        "More topics from this board",
        "Other threads in General discussion",
        "You might also be interested in…",
        "You may also be interested in...",
    ] {
        let text = extract(&product_with_strip(title, "Article")).text();
        assert!(!text.contains("Flask model 2"), "{title}: {text}");
        assert!(text.contains("leave it open to dry"), "{title}: {text}");
    }
    // A front page's own sections are no strip beside a story.
    let text = extract(&product_with_strip("Most read", "Article")).text();
    assert!(text.contains("Flask model 2"), "{text}");
}

#[test]
fn a_strip_title_opening_the_text_names_the_page() {
    // A shop's page of related products: its title heads the whole text.
    let items: String = (1..=6)
        .map(|i| {
            format!("<h3>Flask model {i}</h3><p>Steel flask number {i}, half a litre, with a cup for a lid.</p>")
        })
        .collect();
    let html = format!(
        "<html><head><title>Flasks</title></head><body><main><h2>Related products</h2>{items}         </main></body></html>"
    );
    let text = extract(&html).text();
    assert!(text.contains("Flask model 5"), "{text}");
}

#[test]
fn page_builder_widgets_are_the_text() {
    let block = |n: usize| {
        format!(
            r#"<div id="panel-{n}" class="so-panel widget widget_sow-editor">
            <div class="so-widget-sow-editor"><p>Part {n}: the orchard society's winter count
            found the old pears along the north wall in better shape than the young apples in
            the open field, which the March frosts caught twice.</p></div></div>"#
        )
    };
    let blocks: String = (1..=6).map(block).collect();
    let intro: String = (1..=4)
        .map(|n| {
            format!(
                "<p>Intro {n}: every January the society walks the orchard rows with a ledger,                  counting the trees that came through the winter and the ones that did not.</p>"
            )
        })
        .collect();
    let html = format!(
        r#"<html><body><main><h1>The winter count</h1><div class="intro">{intro}</div>{blocks}</main>
        <div class="sidebar"><div class="widget widget_recent_entries"><h3>Recent posts</h3>
        <ul><li><a href="/a">Pruning plums in summer</a></li><li><a href="/b">Grafting old pears</a></li></ul>
        </div></div></body></html>"#
    );
    let text = extract(&html).text();
    assert!(text.contains("Intro 2: every January"), "{text}");
    for n in 1..=6 {
        assert!(text.contains(&format!("Part {n}: the orchard")), "{text}");
    }
    assert!(!text.contains("Recent posts"), "{text}");
}

#[test]
fn a_json_document_parked_in_an_element_is_not_text() {
    // A shop grid's state left in a `<div>` by its script: data, never prose, however
    // long. A short object quoted in a paragraph about code stays.
    let items: Vec<String> = (1..=12)
        .map(|i| format!(r#"{{"asin":"K{i:04}","title":"Kettle model {i}","price":{i}9.5}}"#))
        .collect();
    let blob = format!(r#"{{"widget":"Grid","items":[{}]}}"#, items.join(","));
    let story: String = (1..=4)
        .map(|i| {
            format!(
                "<p>Paragraph {i}: the kettle boils a litre in three minutes, and its lid opens \
                 with one hand while the other holds the cup, which matters at six in the \
                 morning more than any other feature.</p>"
            )
        })
        .collect();
    let html = format!(
        r#"<html><body><main><h1>Kettles we tested</h1>{story}
        <p>The settings file is short: {{"boil": 100}} is all it needs.</p>
        <div class="grid-state">{blob}</div></main></body></html>"#
    );
    let text = extract(&html).text();
    assert!(text.contains("Paragraph 4"), "{text}");
    assert!(text.contains(r#"{"boil": 100}"#), "{text}");
    assert!(!text.contains("asin"), "{text}");
}

#[test]
fn a_json_sample_in_a_code_listing_stays() {
    let fields: Vec<String> = (1..=12)
        .map(|i| format!(r#""field_{i}":"value number {i}""#))
        .collect();
    let sample = format!("{{{}}}", fields.join(","));
    let html = format!(
        r#"<html><body><main><h1>The response</h1><p>Each call answers with one object whose
        fields are listed below, in the order the server writes them, with their values.</p>
        <div class="highlight"><pre>{sample}</pre></div>
        <p>Fields the caller did not ask for are left out of the object altogether.</p>
        </main></body></html>"#
    );
    let text = extract(&html).text();
    assert!(text.contains("field_12"), "{text}");
}

#[test]
fn a_like_button_block_goes() {
    // A blog engine's like widget under the post: a title, a button and a counter.
    let story: String = (1..=4)
        .map(|i| {
            format!(
                "<p>Paragraph {i}: the council voted to keep the ferry running through the \
                 winter, after a petition signed by most of the island's households.</p>"
            )
        })
        .collect();
    let html = format!(
        r#"<html><body><article><h1>Ferry stays</h1>{story}
        <div class="sd-block sd-like likes-widget-wrapper"><h3 class="sd-title">Like this:</h3>
        <div class="likes-placeholder"><span class="button">Like</span> <span class="loading">Loading...</span></div></div>
        </article></body></html>"#
    );
    let text = extract(&html).text();
    assert!(text.contains("Paragraph 4"), "{text}");
    assert!(!text.contains("Like this"), "{text}");
}

#[test]
fn a_lone_heading_left_at_the_end_of_a_dated_story_goes() {
    // The comment form under the story was pruned; its title stayed behind.
    let story: String = (1..=4)
        .map(|i| {
            format!(
                "<p>Paragraph {i}: the harbour master closed the slipway for a week while divers \
                 checked the piles that the January storm had loosened.</p>"
            )
        })
        .collect();
    let page = |tail: &str| {
        format!(
            r#"<html><head><meta property="article:published_time" content="2026-02-03T08:00:00Z"></head>
            <body><article><h1>Slipway shut</h1>{story}{tail}</article></body></html>"#
        )
    };
    let text = extract(&page("<h3>Leave a reply</h3>")).text();
    assert!(text.contains("Paragraph 4"), "{text}");
    assert!(!text.contains("Leave a reply"), "{text}");
    // A closing section with its own text stays, heading and all.
    let text = extract(&page(
        "<h3>Timetable</h3><p>The slipway opens again on the tenth.</p>",
    ))
    .text();
    assert!(text.contains("Timetable"), "{text}");
}

#[test]
fn a_utility_class_value_naming_the_nav_is_no_navigation() {
    // Tailwind's arbitrary values name CSS variables: `top-[var(--nav-height)]` places a
    // sticky section under the site's bar; the section is the product's own story.
    let section = |n: usize| {
        format!(
            r#"<div class="w-full sticky top-[var(--nav-height)] h-[var(--content-height)]">
            <h2>Feature {n}</h2><p>Feature {n}: the camera keeps its colour true in low light,
            and the battery lasts two full days of ordinary use between charges.</p></div>"#
        )
    };
    let sections: String = (1..=4).map(section).collect();
    let intro: String = (1..=8)
        .map(|i| {
            format!(
                "<p>Point {i}: the phone is made of recycled aluminium and glass, ships without \
                 a charger in a paper box, and gets five years of system updates.</p>"
            )
        })
        .collect();
    let html = format!(
        r#"<html><body><nav><a href="/">Home</a> <a href="/phones">Phones</a></nav>
        <main><h1>Orchard Phone 3</h1><div class="intro">{intro}</div>{sections}</main></body></html>"#
    );
    let text = extract(&html).text();
    assert!(text.contains("Feature 3: the camera"), "{text}");
}

#[test]
fn a_social_media_post_embedded_in_a_story_stays_while_share_buttons_go() {
    let para = |i: usize| {
        format!(
            "<p>Paragraph {i}: the ferry company posted its new winter timetable online, and \
             islanders answered within the hour with questions about the early crossing.</p>"
        )
    };
    let html = format!(
        r#"<html><body><article><h1>Timetable reaction</h1>{}{}
        <div class="social-media-embed"><blockquote><p>Two crossings a day is not a service, it is
        a rumour of one. We will be at the harbour meeting on Friday.</p>&mdash; Island Residents</blockquote></div>
        {}{}<div class="social-share"><a href="/share/fb">Share on Facebook</a> <a href="/share/x">Share on X</a></div>
        </article></body></html>"#,
        para(1),
        para(2),
        para(3),
        para(4)
    );
    let text = extract(&html).text();
    assert!(text.contains("rumour of one"), "{text}");
    assert!(!text.contains("Share on"), "{text}");
}

/// A shop page whose products are drawn by script: what the server sent is the site's
/// bottom block alone, column titles over link lists, then a strip of legal links with
/// the copyright line. No class names it a footer.
fn script_drawn_shop_page() -> String {
    let column = |title: &str, links: &[&str]| {
        let items: String = links
            .iter()
            .map(|l| format!(r#"<a href="/{}">{l}</a>, "#, l.len()))
            .collect();
        format!("<dl><dt><h5>{title}</h5></dt><dd>{items}</dd></dl>")
    };
    let columns = [
        column(
            "Customer care",
            &[
                "Help centre",
                "Returns",
                "Delivery times",
                "Report a listing",
            ],
        ),
        column(
            "Our regions",
            &["Northern shop", "Southern shop", "Island shop"],
        ),
        column(
            "Partner sites",
            &["Seed exchange", "Tool library", "Garden hire"],
        ),
    ]
    .concat();
    format!(
        r#"<html><head><title>Trowel, stainless</title></head><body>
        <div id="app"></div>
        <div class="site-bottom"><div class="wrap">{columns}</div></div>
        <div class="bottom-strip"><div class="wrap">
          <a href="/ip">Intellectual Property Protection</a> -
          <a href="/privacy">Privacy Policy for Shoppers</a> -
          <a href="/terms">Terms and Conditions of Sale</a> -
          <a href="/legal">Legal Information and Imprint</a> -
          <a href="/sitemap">Sitemap</a> - <a href="/agreement">Transaction Services Agreement</a>
          © 2012-2026 Garden Goods Ltd. All rights reserved.
        </div></div>
        </body></html>"#
    )
}

#[test]
fn a_page_that_shows_only_its_bottom_block_has_no_content() {
    let out = extract(&script_drawn_shop_page());
    let text = out.text();
    assert!(
        !text.contains("Privacy Policy") && !text.contains("Customer care"),
        "neither the legal strip nor the column titles are content: {text:?}"
    );
    assert!(out.blocks.is_empty(), "{:?}", out.blocks);
}

#[test]
fn an_index_keeps_its_headlines_but_not_its_legal_strip() {
    let items: String = (1..=6)
        .map(|n| {
            format!(
                r#"<div class="item"><h3><a href="/story-{n}">The long awaited garden story number {n}</a></h3></div>"#
            )
        })
        .collect();
    let html = format!(
        r#"<html><head><title>Stories</title></head><body><main>{items}</main>
        <div class="bottom-strip"><a href="/privacy">Privacy Policy for Readers</a> -
        <a href="/terms">Terms and Conditions of Use</a> © 2026 Garden Goods Ltd.</div>
        </body></html>"#
    );
    let text = extract(&html).text();
    assert!(
        text.contains("garden story number 4"),
        "headlines kept: {text}"
    );
    assert!(
        !text.contains("Privacy Policy"),
        "legal strip dropped: {text}"
    );
}

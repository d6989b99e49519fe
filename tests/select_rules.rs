//! Container selection checked on small pages through the library.

#[allow(dead_code)]
mod rule_pages;
use rule_pages::text_of;

/// A story of `n` paragraphs (numbered, so that none repeats another).
fn story(n: usize) -> String {
    (1..=n)
        .map(|i| {
            format!(
                "<p>Notice {i}: the ferry company has cut its winter timetable to two crossings a \
                day after the second of its three vessels failed an engine inspection in the dry \
                dock at the northern yard last week.</p>"
            )
        })
        .collect()
}

/// A teaser of another story: a linked picture, a linked headline and a blurb.
fn teaser(n: usize) -> String {
    format!(
        r#"<article class="feed-item"><a href="/stories/{n}"><img src="/i/{n}.jpg" alt=""></a>
        <header><h2><a href="/stories/{n}">Other story number {n}</a></h2></header>
        <p>Blurb {n}: a walk along the old canal towpath turns up herons, a sunken barge and a
        lock keeper who has kept the same hours for thirty years and means to keep them.</p>
        <p>Blurb {n} again: the council plans to dredge the basin next spring, and the boat club
        has offered volunteers for the clearing of the reed beds along the southern bank.</p>
        </article>"#
    )
}

#[test]
fn a_story_with_a_feed_of_teasers_under_it_is_read_from_its_own_article() {
    let story = story(10);
    let feed: String = (1..=10).map(teaser).collect();
    let html = format!(
        r#"<html><head><meta property="og:type" content="article"></head><body>
        <section role="main"><section><article class="single-story"><h1>Winter timetable cut</h1>
        {story}</article></section></section>
        <section role="main"><section class="wrapper">{feed}</section></section></body></html>"#
    );
    let text = text_of(&html);
    assert!(text.contains("engine inspection"), "story kept: {text}");
    assert!(!text.contains("towpath"), "feed dropped: {text}");
}

#[test]
fn a_feed_of_teaser_blurbs_beside_a_story_does_not_pull_the_container_to_the_page() {
    // No `<article>` elements: the story's body and a rail of teasers, each a linked
    // headline, a byline and a blurb, whose blurbs together outweigh the story.
    let story = story(8);
    let rail: String = (1..=20)
        .map(|i| {
            format!(
                r#"<div class="rail-item"><h5 class="rail-title"><a href="/opinion/{i}">Column number {i} on the council budget</a></h5>
                <div class="rail-by">By a staff writer</div>
                <div class="rail-blurb">Blurb {i}: the council has argued for a month over the cost of the new library
                roof, and the vote that was meant to settle it was put off again until the spring meeting.</div></div>"#
            )
        })
        .collect();
    let html = format!(
        r#"<html><head><meta property="og:type" content="article">
        <meta property="article:published_time" content="2026-01-14T08:00:00Z"></head><body><div class="page">
        <div class="story"><h1>Winter timetable cut</h1><div class="story-body">{story}</div></div>
        <div class="below"><h4>More opinion</h4><div class="rail">{rail}</div></div></div></body></html>"#
    );
    let text = text_of(&html);
    assert!(text.contains("engine inspection"), "story kept: {text}");
    assert!(!text.contains("library roof"), "feed dropped: {text}");
}

#[test]
fn a_thread_of_article_posts_is_not_cut_to_its_first_post() {
    // Replies that link nowhere are not teasers: the first post does not stand alone.
    let story = story(10);
    let reply = |n: usize| {
        format!(
            r#"<article class="message"><div class="user">member{n}</div><p>Reply {n}: we crossed
            on the early boat and it ran on time, though the café on board was closed.</p></article>"#
        )
    };
    let replies: String = (1..=6).map(reply).collect();
    let html = format!(
        r#"<html><head><meta property="og:type" content="article"></head><body><main>
        <article class="message"><h1>Winter timetable cut</h1>{story}</article>{replies}
        </main></body></html>"#
    );
    let text = text_of(&html);
    assert!(
        text.contains("engine inspection"),
        "first post kept: {text}"
    );
    assert!(text.contains("Reply 3"), "replies kept: {text}");
}

#[test]
fn a_thread_is_read_across_its_posts_when_one_post_is_long() {
    // One long reply and two short posts, each a `div.windowbg` with its poster's
    // heading above the text: the long one's text scores best alone, yet the thread is
    // all three.
    let post = |who: &str, body: &str| {
        format!(
            r#"<div class="windowbg"><div class="poster"><h4><a href="/u/{who}">{who}</a></h4>
            </div><div class="postarea"><div class="inner">{body}</div></div></div>"#
        )
    };
    let html = format!(
        r#"<html><head><script type="application/ld+json">{{"@type":"DiscussionForumPosting",
        "headline":"Winter boats"}}</script></head><body><h1>Winter boats</h1>
        <div id="forumposts">{}{}{}</div></body></html>"#,
        post(
            "ferryfan",
            "Does anyone know when the winter timetable starts this year?"
        ),
        post("harbourmaster", &story(8)),
        post("ferryfan", "Thanks, that answers it.")
    );
    let text = text_of(&html);
    assert!(text.contains("engine inspection"), "{text}");
    assert!(
        text.contains("winter timetable starts"),
        "first post kept: {text}"
    );
    assert!(text.contains("that answers it"), "last post kept: {text}");
}

#[test]
fn a_heading_repeated_right_under_itself_is_read_once() {
    let story = story(4);
    let card = |n: usize| {
        format!(
            r#"<div class="card"><div class="video-title"><h3>Card title {n}</h3></div>
            <div class="card-body"><h3>Card title {n}</h3><p>Card text {n}: a short account of
            what this part of the service does for the people who use it every week.</p></div></div>"#
        )
    };
    let cards: String = (1..=3).map(card).collect();
    let html =
        format!("<html><body><main><h1>Ferry notices</h1>{story}{cards}</main></body></html>");
    let text = text_of(&html);
    assert_eq!(text.matches("Card title 2").count(), 1, "{text}");
    assert!(text.contains("Card text 2"), "{text}");
}

/// A shop's category page: a grid of 60 product tiles (their text over twice the
/// guide's prose) and, under it, a buying guide of `guide` paragraphs, in one main
/// element.
fn category(head: &str, guide: usize) -> String {
    let tile = |n: usize| {
        format!(
            r#"<li class="product-tile"><a href="/p/{n}"><img src="/i/{n}.jpg" alt="">
            <h3 class="tile-name">Oak bookcase model {n} with five shelves</h3></a>
            <span class="tile-price">£{n}9.00</span><span class="tile-stock">In stock, ships in two days</span></li>"#
        )
    };
    let tiles: String = (1..=60).map(tile).collect();
    let guide: String = (1..=guide)
        .map(|i| {
            format!(
                "<p>Guide {i}: measure the wall and the ceiling height before you choose, \
                allow for skirting boards, and fix any tall case to the wall with the \
                bracket supplied, whatever the floor it stands on.</p>"
            )
        })
        .collect();
    format!(
        r#"<html><head>{head}</head><body><nav><a href="/">Home</a><a href="/living">Living</a></nav>
        <main><h1>Bookcases</h1><ul class="product-grid">{tiles}</ul>
        <div class="category-guide"><h2>Choosing a bookcase</h2>{guide}</div></main>
        <footer><p>Hollin Furniture</p></footer></body></html>"#
    )
}

#[test]
fn a_category_page_is_read_with_its_grid_not_only_its_buying_guide() {
    let text = text_of(&category("", 8));
    assert!(text.contains("Guide 3"), "guide kept: {text}");
    assert!(text.contains("Oak bookcase model 12"), "grid kept: {text}");
}

#[test]
fn a_dated_article_is_not_read_as_the_grid_around_it() {
    let head = r#"<meta property="article:published_time" content="2026-03-02T09:00:00Z">"#;
    let text = text_of(&category(head, 8));
    assert!(text.contains("Guide 3"), "article kept: {text}");
    assert!(
        !text.contains("Oak bookcase model 12"),
        "grid dropped: {text}"
    );
}

#[test]
fn the_container_climbs_into_its_article_whatever_the_rating_rows_inside() {
    // A dated comparison piece: prose, a long grid of rating rows (short blocks, scored
    // against the article), more prose. The `<article>` is the whole piece.
    let firsts = story(8);
    let rows: String = (1..=700)
        .map(|i| {
            format!(
                r#"<div class="row"><div>Mover {i}</div><div>4.{} stars</div><div>Licensed</div></div>"#,
                i % 10
            )
        })
        .collect();
    let more: String = (1..=4)
        .map(|i| {
            format!(
                "<p>Tip {i}: book the lift in your building a week ahead, measure the \
                stairwell for the sofa, and keep the boxes for the kitchen apart so that \
                the first night in the new place has plates and a kettle.</p>"
            )
        })
        .collect();
    let html = format!(
        r#"<html><head><meta property="article:published_time" content="2026-03-02"></head>
        <body><main><article><h1>Movers compared</h1><section>{firsts}</section>
        <div>{rows}</div><section>{more}</section></article></main></body></html>"#
    );
    let text = text_of(&html);
    assert!(text.contains("Notice 3"), "first section kept: {text}");
    assert!(text.contains("Tip 2"), "second section kept: {text}");
}

/// A landing page whose `<main>` holds a pitch, plan cards, a step list and an FAQ of
/// running prose; `faq_only` leaves the main with the FAQ alone.
fn landing_with_faq(faq_only: bool) -> String {
    let faq: String = (1..=8)
        .map(|i| {
            format!(
                "<h3>Question {i} about the boat hire</h3><p>Answer {i}: every boat leaves the \
                 yard with a full tank, life jackets for each passenger and a laminated chart of \
                 the river, and the deposit comes back within a week of the boat's return.</p>"
            )
        })
        .collect();
    let pitch = r#"<section class="hero"><h1>Hire a river boat</h1><p>Day boats for six,
        ready at the yard from nine.</p></section>
        <section class="plans"><h2>Choose a boat</h2>{plans}</section>
        <section class="steps"><h2>How it works</h2><p>Pick a date and a boat.</p>
        <p>Show your licence at the yard.</p><p>Bring the boat back by six.</p></section>"#;
    let plans: String = (1..=24)
        .map(|i| {
            format!(
                "<div class=\"plan\"><h3>Boat number {i}</h3><p>Seats {i}, with a canopy.</p></div>"
            )
        })
        .collect();
    let pitch = if faq_only {
        String::new()
    } else {
        pitch.replace("{plans}", &plans)
    };
    format!(
        r#"<html><head><title>Boat hire</title></head><body><nav><a href="/">Home</a></nav>
        <main>{pitch}<section class="faq"><h2>Questions</h2>{faq}</section></main>
        <footer>© River Yard</footer></body></html>"#
    )
}

#[test]
fn an_unsigned_faq_inside_a_landing_main_is_read_with_the_rest_of_the_main() {
    let text = text_of(&landing_with_faq(false));
    for part in [
        "Day boats for six",
        "Seats 6, with a canopy.",
        "Show your licence at the yard.",
        "Answer 3: every boat",
    ] {
        assert!(text.contains(part), "{part:?} missing from {text}");
    }
    assert!(!text.contains("River Yard"), "{text}");
    // The FAQ alone in its main reads as before.
    let text = text_of(&landing_with_faq(true));
    assert!(text.contains("Answer 3: every boat"), "{text}");
    // Signed, the same prose is a post, read alone.
    let signed = landing_with_faq(false).replace(
        "<title>Boat hire</title>",
        r#"<title>Boat hire</title><meta name="author" content="Ada Lake">"#,
    );
    let text = text_of(&signed);
    assert!(text.contains("Answer 3: every boat"), "{text}");
    assert!(!text.contains("Seats 6, with a canopy."), "{text}");
}

#[test]
fn a_footer_legal_notice_is_not_the_prose_of_a_catalogue_index() {
    // A catalogue's index: a title and a line under it, then letter groups of linked
    // category names; the footer's one long line is its legal notice. The notice is no
    // authored text to read instead of the index.
    let groups: String = [
        "Anchors Adapters Axles",
        "Bolts Brackets Buckles",
        "Clamps Clips Cords",
    ]
    .iter()
    .map(|names| {
        let links: String = names
            .split(' ')
            .map(|n| format!(r#"<li><a href="/cat/{n}">{n}</a></li>"#))
            .collect();
        format!(
            r#"<div class="letter">{}</div><ul class="cats">{links}</ul>"#,
            &names[..1]
        )
    })
    .collect();
    let html = format!(
        r#"<html><body><div class="wrap"><div class="pagetitle"><h1>Supplier catalogue collection</h1>
        <p>Find item details, drawings, spec sheets and downloadable models for every part.</p></div>
        {groups}</div>
        <div class="bottom"><p>Copyright © 1999-2026 Fastening Publishing Company. All rights reserved.
        See the terms and conditions, the privacy statement and the notice on tracking. Fastening
        Register is part of the company's network, and its name is a registered trademark.</p></div>
        </body></html>"#
    );
    let text = text_of(&html);
    assert!(text.contains("Find item details"), "{text}");
    assert!(!text.contains("All rights reserved"), "{text}");
}

#[test]
fn a_grid_of_tiles_that_link_only_their_pictures_is_the_index() {
    // A shop's category: each tile links its picture and prints its name, specs and
    // price as plain text; a small add-ons strip under the grid has two real sentences.
    let tiles: String = (1..=8)
        .map(|i| {
            format!(
                r#"<div class="product-item"><a href="/arms/{i}"><picture><img src="/a{i}.png" alt=""></picture></a>
                <div class="details"><p class="title">Wall arm model {i}</p>
                <p class="spec">For screens up to {i}0 inches</p><p class="spec">Starting at ${i}49</p></div></div>"#
            )
        })
        .collect();
    let html = format!(
        r#"<html><body><div class="page"><h1>Monitor arms</h1><div class="product-items">{tiles}</div>
        <section class="add-ons"><h2>Add ons</h2><div class="product-items">
        <div class="product-item"><p class="title">Cable hub</p><p>A hub that gathers the power and data
        cables of every screen on the desk into one tidy run.</p></div>
        <div class="product-item"><p class="title">Desk clamp</p><p>A clamp for desks thicker than the
        standard one, with a wider plate that spreads the load.</p></div></div></section>
        </div></body></html>"#
    );
    let text = text_of(&html);
    assert!(text.contains("Wall arm model 1"), "{text}");
    assert!(text.contains("Starting at $849"), "{text}");
}

#[test]
fn a_thread_keeps_each_posts_date_and_an_article_drops_its_own() {
    let post = |n: usize| {
        format!(
            r#"<article class="message"><div class="message-attribution"><time itemprop="datePublished"
            datetime="2024-06-1{n}">June 1{n}, 2024</time></div><div class="message-body"><p>Reply {n}:
            we crossed on the early boat and it ran on time, though the café on board was
            closed and the deck was wet from the night's rain.</p></div></article>"#
        )
    };
    let posts: String = (1..=6).map(post).collect();
    let thread = format!(
        r#"<html><head><script type="application/ld+json">{{"@type":"DiscussionForumPosting","headline":"Winter boats"}}</script>
        </head><body><main><h1>Winter boats</h1>{posts}</main></body></html>"#
    );
    let text = text_of(&thread);
    assert!(text.contains("Reply 3"), "{text}");
    // (The first lines of a thread, like an article's, lose their date lines as a byline.)
    assert!(text.contains("June 16, 2024"), "post dates kept: {text}");
    let article = format!(
        r#"<html><head><meta property="og:type" content="article"></head><body><article>
        <h1>Winter timetable cut</h1><time itemprop="datePublished" datetime="2024-06-11">June 11, 2024</time>
        {}</article></body></html>"#,
        story(6)
    );
    let text = text_of(&article);
    assert!(text.contains("engine inspection"), "{text}");
    assert!(
        !text.contains("June 11, 2024"),
        "the article's own date is metadata: {text}"
    );
}

/// A ranking of products: each row a rank, a linked logo, a linked name and a score.
fn ranking(names: &[&str], href: &str) -> String {
    let rows: String = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            format!(
                r#"<div class="entry-row"><div class="rank">{}.</div><div class="logo"><a href="{href}{i}"><img src="/logo{i}.png" alt=""></a></div>
                <div class="name"><a href="{href}{i}">{name}</a></div><div class="score">9.{i}</div></div>"#,
                i + 1
            )
        })
        .collect();
    format!(
        r#"<html><body><nav><a href="/">Home</a> <a href="/tools">Tools</a></nav><main>
        <h1>Top rated garden tools</h1><p>See how the garden tools rank on the score our testers gave them this spring.</p>
        <div class="list">{rows}</div></main></body></html>"#
    )
}

#[test]
fn a_ranking_whose_items_link_away_is_the_index_even_with_short_names() {
    // Six of the ten names are too short to read as rich items on their own (under
    // `MIN_CARD_LINK_CHARS`).
    let names = [
        "Wheelbarrow",
        "Spade",
        "Hoe",
        "Hedge trimmer",
        "Rake",
        "Fork",
        "Pruning saw",
        "Lawn mower",
        "Trowel",
        "Dibber",
    ];
    let text = text_of(&ranking(&names, "/tools/"));
    for name in names {
        assert!(text.contains(name), "{name} missing from: {text}");
    }
    // The same rows linking only within the page are a table of contents, not items.
    let text = text_of(&ranking(&names, "#tool-"));
    assert!(!text.contains("Dibber"), "{text}");
}

#[test]
fn of_two_equal_card_groups_the_first_wins_on_every_run() {
    // Two signatures alternate, four items each: half the children apiece. Which group
    // is the index must not depend on a hash map's order.
    let items: String = (1..=4)
        .map(|i| {
            format!(
                r#"<div class="tile-a"><a href="/beds/{i}">Raised bed kit number {i}</a> <span>cedar boards, ${i}9</span></div>
                <div class="tile-b"><a href="/pots/{i}">Terracotta pot size {i}</a> <span>glazed inside, ${i}5</span></div>"#
            )
        })
        .collect();
    let html = format!(
        r#"<html><body><main><h1>Planters</h1><div class="grid">{items}</div></main></body></html>"#
    );
    let first = text_of(&html);
    for _ in 0..30 {
        assert_eq!(text_of(&html), first);
    }
    assert!(first.contains("Raised bed kit"), "{first}");
    assert!(!first.contains("Terracotta"), "{first}");
}

#[test]
fn shop_items_whose_classes_add_ids_and_states_are_one_grid() {
    // A shop category as a CMS prints it: each item's class list adds its id, its stock
    // state and its categories after the shared leading class.
    let items: String = (1..=12)
        .map(|i| {
            let state = if i % 3 == 0 { "outofstock sale" } else { "instock" };
            format!(
                r#"<li class="product type-product post-{i}0{i} status-publish {state} product_cat-cups">
                <a href="/shop/cup-{i}"><img src="/c{i}.jpg" alt=""></a>
                <h2 class="loop-title"><a href="/shop/cup-{i}">Stoneware cup in size {i}</a></h2>
                <span class="price">${i}4.00</span></li>"#
            )
        })
        .collect();
    let html = format!(
        r#"<html><body><main><h1>Cups</h1><p class="result-count">Showing all 12 results</p>
        <ul class="products">{items}</ul></main>
        <footer><p>Glazed by hand, so colours vary.</p></footer></body></html>"#
    );
    let text = text_of(&html);
    assert!(text.contains("Stoneware cup in size 1"), "{text}");
    assert!(text.contains("Stoneware cup in size 12"), "{text}");
    assert!(text.contains("$124.00"), "{text}");
}

#[test]
fn a_mega_menu_that_outweighs_a_short_story_is_still_navigation() {
    // The site's `<nav>` holds section headings and a teaser with a blurb per story,
    // more text than the short news item itself; it holds neither the `<h1>` nor `<main>`.
    let section = |s: usize| {
        let items: String = (1..=5)
            .map(|i| {
                format!(
                    r#"<a href="/news/{s}-{i}" class="thumb-link item-{i}"><div class="title-wrapper">
                    <strong>Section {s} story {i} headline here</strong><p>Blurb of story {i} in section {s}:
                    the county board met late into the evening and argued over the road budget.</p></div></a>"#
                )
            })
            .collect();
        format!(
            r#"<section class="items-grid"><h4>Section {s}</h4><div class="list">{items}</div></section>"#
        )
    };
    let menu: String = (1..=3).map(section).collect();
    let html = format!(
        r#"<html><head><meta property="og:type" content="article">
        <meta property="article:published_time" content="2026-02-03T10:00:00Z"></head><body>
        <header><nav id="navigation-main"><ul><li><div class="submenu">{menu}</div></li></ul></nav></header>
        <div class="story"><h1>Virus found in county mosquitoes</h1>
        <p>Health officials said on Monday that mosquitoes trapped near the river tested positive
        for the virus, the first such finding in the county this year.</p>
        <p>Residents are asked to empty standing water from buckets, gutters and old tyres, and to
        wear long sleeves at dusk until the first hard frost.</p></div></body></html>"#
    );
    let text = text_of(&html);
    assert!(text.contains("standing water"), "{text}");
    assert!(!text.contains("road budget"), "{text}");
}

#[test]
fn a_thread_is_not_read_as_an_index_of_its_posts_and_similar_threads() {
    // Posts and "similar threads" items both carry per-item classes after a shared one.
    let posts: String = (1..=6)
        .map(|i| {
            format!(
                r#"<article class="message message--post js-post post-{i}{state}">
                <div class="message-user"><h4 class="message-name"><a href="/members/u{i}">member{i}</a></h4></div>
                <div class="message-content"><div class="bbWrapper">Reply {i}: we relined the flue last autumn and the
                draught has been steady since, though the first fire of the day still smokes a little until the
                liner warms through.</div></div></article>"#,
                state = if i % 2 == 0 { " is-unread" } else { "" }
            )
        })
        .collect();
    let similar: String = (1..=6)
        .map(|i| {
            format!(
                r#"<div class="structItem structItem--thread js-item-{i}"><div class="structItem-title">
                <a href="/threads/other-{i}">Other stove question number {i}</a></div>
                <div class="structItem-minor">Started by someone{i} · Replies {i}</div></div>"#
            )
        })
        .collect();
    let html = format!(
        r#"<html><head><script type="application/ld+json">{{"@context":"https://schema.org",
        "@type":"DiscussionForumPosting","headline":"Smoky first fire"}}</script></head><body>
        <div class="p-body"><h1>Smoky first fire</h1><div class="block-body">{posts}</div>
        <div class="block"><h3>Similar threads</h3><div class="block-body">{similar}</div></div></div>
        </body></html>"#
    );
    let text = text_of(&html);
    assert!(text.contains("Reply 6"), "{text}");
    assert!(!text.contains("Other stove question"), "{text}");
}

#[test]
fn an_index_split_into_letter_groups_is_read_whole() {
    // A list page: a linked introduction, then one list per letter, each in a column
    // wrapper of the same class. The largest letter scores best; all of them are the index.
    let groups: String = ["A", "B", "C", "D", "E", "F", "G", "H"]
        .iter()
        .map(|l| {
            let n = if *l == "C" { 16 } else { 12 };
            let items: String = (0..n)
                .map(|i| {
                    format!(
                        r#"<li><a href="/wiki/{l}{i}">{l}lang{i}</a> ({l}{i} script) – standard {i}</li>"#
                    )
                })
                .collect();
            format!(
                r#"<div class="mw-heading"><h2 id="{l}">{l}</h2></div><div class="div-col"><ul>{items}</ul></div>"#
            )
        })
        .collect();
    let html = format!(
        r#"<html><head><title>List of languages</title></head><body><div id="content">
        <h1>List of languages</h1><div class="mw-parser-output"><p>This is an index to notable
        <a href="/wiki/PL">programming languages</a>, in current or historical use. Dialects of
        <a href="/wiki/Basic">BASIC</a> and <a href="/wiki/Esoteric">esoteric languages</a>
        have their own <a href="/wiki/Lists">lists</a>.</p>{groups}</div></div></body></html>"#
    );
    let text = text_of(&html);
    for name in ["Alang3", "Clang15", "Hlang11"] {
        assert!(text.contains(name), "{name}: {text}");
    }
}

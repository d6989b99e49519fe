//! Which subtrees pruning drops as chrome before any scoring, checked on small pages
//! through the library.

#[allow(dead_code)]
mod rule_pages;
use rule_pages::text_of;

/// A shop's category page: a grid of short product tiles, then a `<footer>` labelled by
/// a hidden heading, whose fine print (financing terms, footnotes) outweighs the tiles.
fn tiles_over_fine_print(footer_heading: &str) -> String {
    let tiles: String = (1..=8)
        .map(|i| {
            format!(
                r#"<div class="tile"><h3><a href="/watch-{i}">Field watch {i}</a></h3>
                <p>Steel case, {i}0 m water resistance.</p><p>From $1{i}9</p></div>"#
            )
        })
        .collect();
    let notes: String = (1..=6)
        .map(|i| {
            format!(
                "<li>Note {i}. Monthly payments are available to qualified customers and \
                 are subject to credit approval; the terms vary by product and by the \
                 length of the plan chosen, taxes and shipping are not included, and the \
                 offer may be changed or withdrawn at any time without notice to you.</li>"
            )
        })
        .collect();
    format!(
        r#"<html><head><title>Field watches</title></head><body>
        <main><h1>Field watches</h1><div class="grid">{tiles}</div></main>
        <footer>{footer_heading}<ol class="notes">{notes}</ol>
        <p>Copyright © 2026 Field Goods Ltd.</p></footer>
        </body></html>"#
    )
}

#[test]
fn a_footer_that_outweighs_a_page_of_tiles_goes_even_with_headings_of_its_own() {
    let text = text_of(&tiles_over_fine_print(
        r#"<h2 class="visually-labelled">Footer</h2>"#,
    ));
    assert!(text.contains("Field watch 5"), "tiles kept: {text}");
    assert!(
        !text.contains("Monthly payments"),
        "fine print dropped: {text}"
    );
}

#[test]
fn a_page_wrapped_in_a_footer_with_its_headline_stays() {
    // A template that wraps the whole page in `<footer>`, headline included: the share
    // guard keeps it.
    let html = tiles_over_fine_print("")
        .replace("<main><h1>Field watches</h1>", "<main>")
        .replace("<footer>", "<footer><h1>Field watches: the notes</h1>");
    let text = text_of(&html);
    assert!(text.contains("Monthly payments"), "{text}");
}

/// A shop page declared as `ld_type`, whose own text is short, over a customer reviews
/// section that outweighs it.
fn shop_page_with_reviews(ld_type: &str, own: &str) -> String {
    let reviews: String = (1..=6)
        .map(|i| {
            format!(
                "<div class=\"review\"><p class=\"reviewer\">Buyer {i}</p><p>Reviewed on \
                 3 March 2026. I have worn this through a whole wet season on the hill and \
                 it kept the rain out on every walk, although the strap rubbed a little at \
                 first and the clasp was stiff until it had been opened a few dozen \
                 times.</p></div>"
            )
        })
        .collect();
    format!(
        r#"<html><head><title>Field watches</title>
        <script type="application/ld+json">{{"@context":"https://schema.org","@type":"{ld_type}","name":"Field watches"}}</script>
        </head><body><main><h1>Field watches</h1>{own}
        <section class="customer-reviews"><h2>Customer reviews</h2>{reviews}</section>
        </main></body></html>"#
    )
}

#[test]
fn customer_reviews_go_on_product_and_collection_pages_whatever_their_share() {
    let product: String = [
        "A steel field watch with a sapphire crystal and a canvas strap.",
        "The movement runs for forty hours when fully wound, and keeps time to a few \
         seconds a day.",
        "The case is forty millimetres across and takes a twenty millimetre strap.",
        "Each watch comes with a spare strap, a tool for changing it and a two year \
         guarantee.",
    ]
    .iter()
    .map(|p| format!("<p>{p}</p>"))
    .collect();
    let text = text_of(&shop_page_with_reviews("Product", &product));
    assert!(text.contains("sapphire crystal"), "{text}");
    assert!(!text.contains("wet season"), "reviews dropped: {text}");
    let tiles: String = (1..=8)
        .map(|i| {
            format!(
                r#"<div class="tile"><h3><a href="/watch-{i}">Field watch {i}</a></h3><p>From $1{i}9</p></div>"#
            )
        })
        .collect();
    let text = text_of(&shop_page_with_reviews("CollectionPage", &tiles));
    assert!(text.contains("Field watch 6"), "{text}");
    assert!(!text.contains("wet season"), "reviews dropped: {text}");
}

#[test]
fn a_consent_centres_text_does_not_make_a_short_thread_a_minor_part_of_the_page() {
    // A forum wraps its posts in a moderation `<form>` (a chrome tag, spared when it holds
    // most of the page's text and a heading). The consent manager's preference centre,
    // pruned whatever its share, is longer than the thread: it must not count.
    let posts: String = (1..=3)
        .map(|i| {
            format!(
                "<article class=\"post\"><h3 class=\"poster\">member{i}</h3><p>Reply {i}: the \
                 two holes under the power supply bay are for the case feet screws, and the \
                 manual shows them on the last page.</p></article>"
            )
        })
        .collect();
    let centre: String = (1..=8)
        .map(|i| {
            format!(
                "<h4>Cookie group {i}</h4><p>These technologies are used by us or on our \
                 behalf to remember your choices, measure how the site is used and show \
                 you offers that match your interests across other sites you visit.</p>"
            )
        })
        .collect();
    let html = format!(
        r#"<html><head><title>Holes in the new case</title></head><body>
        <main><h1>Holes in the new case</h1><form action="/moderate">{posts}</form></main>
        <div id="onetrust-consent-sdk"><h2>Privacy Preference Center</h2>{centre}</div>
        </body></html>"#
    );
    let text = text_of(&html);
    assert!(text.contains("Reply 2: the two holes"), "{text}");
    assert!(!text.contains("Cookie group"), "{text}");
}

#[test]
fn a_threads_posts_in_forms_without_controls_stay_and_its_reply_form_goes() {
    // Some forum engines print each post's text inside the `<form>` that edits it, with
    // only hidden inputs: a form that asks nothing of the reader wraps text.
    let posts: String = (1..=4)
        .map(|i| {
            format!(
                "<div class=\"comment\"><p class=\"tagline\"><a class=\"author\" \
                 href=\"/user/member{i}\">member{i}</a> 12 points</p>\
                 <form action=\"#\" class=\"usertext\"><input type=\"hidden\" name=\"thing\" \
                 value=\"t{i}\"><div class=\"md\"><p>Reply {i}: the grafted pears took in \
                 the second spring, once the ties were loosened and the wax renewed.</p></div>\
                 </form></div>"
            )
        })
        .collect();
    let html = format!(
        r#"<html><head><title>Grafting pears</title>
        <script type="application/ld+json">{{"@type":"DiscussionForumPosting","headline":"Grafting pears"}}</script>
        </head><body><div class="content"><h1>Grafting pears</h1>
        <p>Original post: my grafts failed twice on the old tree by the wall, and I want to
        know what the others here do differently before the sap rises again.</p>{posts}
        <form action="/reply"><textarea name="text">Write a reply to join the discussion</textarea>
        <button>Save reply</button></form></div></body></html>"#
    );
    let text = text_of(&html);
    assert!(text.contains("Reply 3: the grafted pears"), "{text}");
    assert!(!text.contains("Save reply"), "{text}");
    assert!(!text.contains("Write a reply"), "{text}");
}

/// A shop page whose listing is drawn by script: the served HTML holds a header, an
/// empty app root and a `<footer>` with a newsletter box and link columns.
fn script_drawn_page(footer_headline: &str) -> String {
    format!(
        r#"<html><head><title>Used rain jackets</title></head><body>
        <header><a href="/">Harbour Outfitters</a><nav><a href="/shop">Shop</a>
        <a href="/trade">Trade in</a></nav></header>
        <div id="app" data-collection="rain-jackets"></div>
        <footer>{footer_headline}
          <div class="footer-block">
            <h2>Stay in the loop</h2>
            <p>Repair guides, trade-in offers, events in our stores and stories from the
            people who mend and wear our old gear, sent to you once a month or so.</p>
            <p>By signing up you agree to receive our e-mails and accept that we keep your
            address for that purpose; you can leave the list with one click at any time.</p>
          </div>
          <div class="footer-block"><h2>Help</h2><ul><li><a href="/faq">FAQs</a></li>
          <li><a href="/returns">Returns</a></li></ul></div>
        </footer></body></html>"#
    )
}

#[test]
fn a_page_whose_content_is_drawn_by_script_does_not_give_its_footer() {
    let out = thresh::extract(
        script_drawn_page("").as_bytes(),
        &thresh::Options::default(),
    )
    .expect("extraction");
    assert!(out.blocks.is_empty(), "{:?}", out.blocks);
    // The same footer holding the page's headline is a page wrapped in a footer.
    let text = text_of(&script_drawn_page("<h1>Harbour Outfitters newsletter</h1>"));
    assert!(text.contains("Repair guides, trade-in offers"), "{text}");
}

#[test]
fn docbook_previous_and_next_tables_are_navigation() {
    let nav = |class: &str, which: &str| {
        format!(
            "<div class=\"{class}\"><table><tr><td><a href=\"ch10.html\">Prev</a></td>\
             <td><a href=\"index.html\">Up</a></td><td>{which} table of the chapter</td>\
             <td><a href=\"ch12.html\">Next</a></td></tr></table></div>"
        )
    };
    let body = "<p>An index lets the server find rows without reading the whole table, \
                at the cost of extra work on every write to that table.</p>"
        .repeat(4);
    let html = format!(
        "<html><head><title>Chapter 11. Indexes</title></head><body><div id=\"docs\">{}\
         <div class=\"chapter\"><h1>Chapter 11. Indexes</h1>{body}</div>\
         <div class=\"sect1\"><h2>11.1. Introduction</h2>{body}</div>{}</div></body></html>",
        nav("navheader", "Header"),
        nav("navfooter", "Footer")
    );
    let text = text_of(&html);
    assert!(text.contains("extra work on every write"), "{text}");
    assert!(!text.contains("table of the chapter"), "{text}");
}

#[test]
fn a_board_posts_profile_column_and_signature_go_and_its_text_stays() {
    // Board software prints beside each post a profile column (`postprofile`): the
    // poster's rank, post count, join date and motto, the same on every post they write.
    let posts: String = (1..=4)
        .map(|i| {
            format!(
                "<div id=\"p{i}\" class=\"post\"><div class=\"inner\">\
                 <dl class=\"postprofile\"><dt><a href=\"/member/{i}\">grower{i}</a></dt>\
                 <dd>Seasoned Pruner</dd><dd><strong>Founded:</strong> Oct 05, 2011</dd>\
                 <dd>Pears before apples</dd></dl>\
                 <div class=\"postbody\"><p class=\"author\">by grower{i} » Tue Aug 27, 2019</p>\
                 <div class=\"content\">Reply {i}: the grafted pears took in the second \
                 spring, once the ties were loosened and the wax renewed on every cut.</div>\
                 <div class=\"postsignature postmsg\"><p>\"Prune in winter, graft in \
                 spring\" - my grandfather</p></div></div></div></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Grafting pears</title></head><body><div id=\"page-body\">\
         <h2>Grafting pears</h2><div class=\"topic\">{posts}</div></div></body></html>"
    );
    let text = text_of(&html);
    assert!(text.contains("Reply 3: the grafted pears"), "{text}");
    assert!(!text.contains("Seasoned Pruner"), "{text}");
    assert!(!text.contains("Pears before apples"), "{text}");
    // And under each post its poster's signature (FluxBB's `postsignature`).
    assert!(!text.contains("my grandfather"), "{text}");
}

/// A reference page whose headline and introduction sit in a header block of the main
/// element, the members' sections after it.
fn reference_page(intro: &str) -> String {
    let sections: String = [
        "Constructor",
        "Instance properties",
        "Instance methods",
        "Events",
        "Examples",
        "Specifications",
    ]
    .iter()
    .map(|h| {
        format!(
            "<section><h2>{h}</h2><p><code>Orchard.{h}</code></p><p>What the {h} of an \
                 orchard record holds, and how a grower reads it back later in the season \
                 when the trees are counted again.</p></section>"
        )
    })
    .collect();
    format!(
        "<html><head><title>Orchard</title></head><body>\
         <div class=\"site-header\"><a href=\"/\">Grower docs</a></div>\
         <main><div class=\"layout__header\"><h1>Orchard</h1>{intro}</div>\
         <div class=\"layout__body\">{sections}</div></main></body></html>"
    )
}

#[test]
fn a_header_holding_the_headline_and_the_introduction_is_content() {
    let html = reference_page(
        "<section><p>The Orchard object keeps the records of one orchard: its trees, their \
         grafts and the losses counted each winter by the society.</p><p>To make one, call \
         the Orchard() constructor with the orchard's name and the year it was planted.</p>\
         </section>",
    );
    let text = text_of(&html);
    assert!(text.contains("keeps the records of one orchard"), "{text}");
    assert!(text.contains("call the Orchard() constructor"), "{text}");
    assert!(text.contains("Instance methods"), "{text}");
    // An introduction and a list of what the page teaches, in a table's cell.
    let html = reference_page(
        "<p>The Orchard object keeps the records of one orchard: its trees, their grafts \
         and the losses counted each winter by the society.</p><table><tr><th>You will \
         learn</th><td><ul><li>How an orchard record is made, named and dated by the year \
         its first trees were planted.</li><li>Reading it back.</li></ul></td></tr></table>",
    );
    let text = text_of(&html);
    assert!(text.contains("keeps the records of one orchard"), "{text}");
    assert!(text.contains("How an orchard record is made"), "{text}");
}

#[test]
fn a_header_holding_the_headline_and_a_byline_stays_chrome() {
    let html = reference_page("<p>By Agnes Threlkeld, orchard keeper</p>");
    let text = text_of(&html);
    assert!(!text.contains("Agnes Threlkeld"), "{text}");
    assert!(text.contains("Instance methods"), "{text}");
}

#[test]
fn a_forms_status_messages_go() {
    // A form builder prints its "sent" and "failed" messages beside every form (here a
    // plan switch), hidden by its stylesheet until the form is sent.
    let prose: String = (1..=4)
        .map(|i| {
            format!(
                "<p>Point {i}: our crews service boilers and heat pumps across the valley, \
                 arrive inside the window we give you, and leave a written report.</p>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Boiler service</title></head><body><main><h1>Boiler service</h1>\
         {prose}<div class=\"booking\"><form><label><input type=\"checkbox\" name=\"plan\"> \
         Family plan</label></form>\
         <div class=\"w-form-done\"><div>Thank you! Your booking has been received!</div></div>\
         <div class=\"w-form-fail\"><div>Oops! Something went wrong while sending.</div></div>\
         <p class=\"newsletter-form-success\">You are on the list now.</p></div>\
         </main></body></html>"
    );
    let text = text_of(&html);
    assert!(text.contains("Point 4: our crews"), "{text}");
    assert!(!text.contains("Thank you!"), "{text}");
    assert!(!text.contains("Oops!"), "{text}");
    assert!(!text.contains("on the list"), "{text}");
}

#[test]
fn a_follow_up_section_is_content_and_a_follow_box_is_not() {
    // "follow-up" names a reply or a later step, in any of its spellings; "follow" alone
    // or before another word is a social follow box.
    for class in ["follow-up", "plan__follow-up", "followUp", "follow_ups"] {
        let html = format!(
            r#"<html><head><title>After the visit</title></head><body><main>
            <h1>After the visit</h1>
            <p>Our engineers service boilers and heat pumps across the valley, arrive inside
            the window we give you, and leave a written report of every part they checked.</p>
            <section class="{class}"><h2>What happens next</h2><p>A week after the visit an
            adviser calls to check the system still runs as it should, and books the next
            annual service while the details are fresh.</p></section>
            <div class="follow-us"><p>Follow us for seasonal tips on keeping your heating
            efficient and your bills down through the winter months.</p></div>
            </main></body></html>"#
        );
        let text = text_of(&html);
        assert!(text.contains("adviser calls"), "{class}: {text}");
        assert!(!text.contains("seasonal tips"), "{class}: {text}");
    }
}

#[test]
fn an_app_install_prompt_goes() {
    // A forum engine's prompt to install the site as an app, and a smart app banner.
    // Both sit inside the main element, above the thread.
    let html = r#"<html><head><title>Fixing a slow import</title></head><body>
        <main><div class="iPwaInstall"><div class="iPwaInstall__title">View in the app</div>
        <p class="iPwaInstall__desc">A better way to browse, with push notifications and
        badges on your home screen once you add it there.</p></div>
        <div class="smartbanner smartbanner--ios"><p>Get our free app from the store and
        read every thread offline, wherever you happen to be this week.</p></div>
        <h1>Fixing a slow import</h1><p>The import slowed down once the catalogue
        passed ten thousand items, because every row was checked against the whole table
        instead of the index; rebuilding the index brought it back to a few seconds.</p>
        <p>The same fix applies to the export, which had the same lookup in its loop and
        slowed down at the same size of catalogue for the same reason.</p></main>
        </body></html>"#;
    let text = text_of(html);
    assert!(text.contains("rebuilding the index"), "{text}");
    assert!(!text.contains("better way to browse"), "{text}");
    assert!(!text.contains("free app"), "{text}");
}

#[test]
fn an_element_marked_nocontent_goes() {
    // `class="nocontent"` tells a search engine the element is not the page's content:
    // a docs site's feedback button and licence footer after the article.
    let html = r#"<html><head><title>Tuning the cache</title></head><body><div class="wrap">
        <article><h1>Tuning the cache</h1>
        <p>The cache keeps the last thousand answers in memory and writes them to disk
        when the process stops, so a restart begins warm rather than cold.</p>
        <p>Raise the limit when the hit rate falls below a half, and lower it when the
        process uses more memory than the host can spare for it.</p></article>
        <div class="nocontent"><p>Except where noted, the text of this page is licensed
        under a free licence, and its code samples under a permissive one.</p></div>
        </div></body></html>"#;
    let text = text_of(html);
    assert!(text.contains("hit rate falls"), "{text}");
    assert!(!text.contains("licensed"), "{text}");
}

#[test]
fn a_footnotes_reference_mark_goes_and_its_note_stays() {
    let html = "<html><body><article><h1>Orchard finance</h1><p>The society's accounts \
        show a small surplus for the winter<sup class=\"fn\"> <a href=\"#notes\">2</a> </sup>. \
        The surplus goes to new stakes and ties for the young trees along the north wall, \
        as the members agreed<sup><a href=\"#fn3\">[3]</a></sup> at the spring meeting.</p>\
        <p>The treasurer will report again in the autumn, when the pear harvest is in and \
        the cider sales are counted, and the members will vote on the hedge.</p>\
        <p>Reading <sup>2</sup> of the bill is set for May, and E = mc<sup>2</sup> is not.</p>\
        <ol id=\"notes\"><li>Audited by two members of the society in March.</li></ol>\
        </article></body></html>";
    let text = text_of(html);
    assert!(text.contains("for the winter. The surplus"), "{text}");
    assert!(text.contains("members agreed at the spring"), "{text}");
    assert!(
        text.contains("Audited by two members"),
        "the note stays: {text}"
    );
    assert!(
        text.contains("mc2"),
        "a superscript that links nowhere stays: {text}"
    );
}

#[test]
fn a_page_served_in_noscript_is_read_there_with_every_rule() {
    // A page drawn by script that prints its whole text inside `<noscript>` for
    // crawlers (as Discourse does): the text there is the page, read with every rule,
    // so a newsletter box inside it goes as it would anywhere. A noscript notice beside
    // a visible text is still no part of the page.
    let prose = "<p>The orchard society met on Tuesday to count the winter losses, and found \
        that the old pear trees along the north wall had fared better than the young apples \
        in the open field, which the frost had caught twice in a single week.</p><p>Members \
        agreed to wrap the young trunks next year, to plant a hedge of hazel on the exposed \
        side, and to ask the council for help with the cost of the new stakes.</p>";
    let letter = "<div class=\"newsletter-signup\"><p>Get our weekly orchard letter, with \
        pruning tips, planting calendars and the society's news, delivered to you every \
        Friday morning.</p></div>";
    let served = format!(
        "<html><head><title>Counting the winter</title></head><body><div id=\"app\"></div>\
         <noscript><header><a href=\"/\">Orchard Society</a></header><div class=\"post\">\
         <h1>Counting the winter</h1>{prose}{letter}</div><footer>Copyright 2026 Orchard \
         Society.</footer></noscript></body></html>"
    );
    let text = text_of(&served);
    assert!(text.contains("met on Tuesday"), "{text}");
    assert!(!text.contains("weekly orchard letter"), "{text}");
    let beside = format!(
        "<html><body><article><h1>Counting the winter</h1>{prose}</article><noscript><p>This \
         site works best with JavaScript turned on, so please enable it in your browser \
         settings and reload the page to see the orchard map and the members' photos.</p>\
         </noscript></body></html>"
    );
    let text = text_of(&beside);
    assert!(text.contains("met on Tuesday"), "{text}");
    assert!(!text.contains("JavaScript"), "{text}");
}

#[test]
fn a_placeholder_link_alone_in_its_block_is_a_control() {
    // A link with no attribute at all is what a script turns into a button; alone in
    // its block it is one ("Click to shrink…"). In a heading, or in a sentence, it is
    // text.
    let html = format!(
        "<html><body><article><h1>Winter losses</h1><h2><a>The espalier pears</a></h2>\
         <p>{}</p><div class=\"expander\"><a>Click to shrink...</a></div><p>The crew \
         stacked the prunings by the wall, as <a>last winter</a>, and burned them in \
         March.</p><div><a>Return to Top</a></div></article></body></html>",
        rule_pages::PROSE
    );
    let text = text_of(&html);
    assert!(!text.contains("Click to shrink"), "{text}");
    assert!(!text.contains("Return to Top"), "{text}");
    assert!(text.contains("The espalier pears"), "{text}");
    assert!(text.contains("as last winter, and burned"), "{text}");
}

#[test]
fn a_note_set_as_a_blockquote_stays_whatever_its_class_words() {
    let page = |note: &str| {
        format!(
            r#"<html><head><title>Proofs that check</title>
            <meta property="article:published_time" content="2026-03-02"></head><body><main>
            <h1>Proofs that check</h1>
            <p>This chapter walks through the first proofs, one tactic at a time, and shows
            what the checker prints after each step so that you can follow along.</p>
            {note}
            <p>Every definition here compiles as printed, and the examples build on one
            another, so it pays to read them in order the first time through.</p>
            </main></body></html>"#
        )
    };
    let note = "Note: the examples need the checker's current release.";
    // "tag" in `blockquote-tag-note` is a chrome word; the blockquote is a note.
    let quoted = page(&format!(
        r#"<blockquote class="blockquote-tag blockquote-tag-note"><p>{note}</p></blockquote>"#
    ));
    assert!(text_of(&quoted).contains(note), "{}", text_of(&quoted));
    // The same classes on a box are chrome as before.
    let boxed = page(&format!(
        r#"<div class="blockquote-tag blockquote-tag-note"><p>{note}</p></div>"#
    ));
    assert!(!text_of(&boxed).contains(note), "{}", text_of(&boxed));
}

//! Content rules checked on small pages through the library: each page holds prose
//! around one piece of in-container chrome that the rule must drop.

#[allow(dead_code)]
mod rule_pages;

use rule_pages::{text_of, PROSE};

#[test]
fn ad_slot_labels_are_dropped_in_any_listed_language() {
    for label in [
        "Advertisement",
        "ADVERT",
        "Anzeige:",
        "Publicidad",
        "広告",
        "Sponsored",
        "Iklan",
        "Реклама",
        "إعلان",
    ] {
        let html = format!(
            "<html><body><article><h1>Winter losses</h1>{PROSE}<p>{label}</p>{PROSE}</article></body></html>"
        );
        let text = text_of(&html);
        assert!(text.contains("hazel"), "prose kept");
        assert!(
            !text.lines().any(|l| l.trim() == label),
            "label {label:?} dropped: {text}"
        );
    }
    // A sentence that merely mentions advertising stays.
    let html = format!(
        "<html><body><article>{PROSE}<p>Advertisement revenue paid for the stakes.</p></article></body></html>"
    );
    assert!(text_of(&html).contains("Advertisement revenue paid for the stakes."));
}

#[test]
fn site_notices_and_short_button_controls_are_dropped() {
    let html = format!(
        r#"<html><body><ul class="notices notices--block"><li class="notice">Members are reminded
        that the spring swap meet moves to the church hall this year, so bring your own tables
        and arrive before nine to find a good place.</li></ul>
        <div class="site-notification-bar site-notification-bar--warning">Your browser is no
        longer supported, so some parts of this page may not work as they should.</div>
        <article><h1>Winter losses</h1>{PROSE}
        <blockquote><div>the frost had caught twice in a single week</div>
        <div class="expand"><a role="button" tabindex="0">Click to expand...</a></div></blockquote>
        <div role="button" aria-expanded="false">Why did the young apples suffer more than the old pears?</div>
        {PROSE}</article></body></html>"#
    );
    let text = text_of(&html);
    assert!(text.contains("hazel"), "prose kept");
    assert!(!text.contains("swap meet"), "notice dropped: {text}");
    assert!(
        !text.contains("browser"),
        "notification bar dropped: {text}"
    );
    assert!(!text.contains("Click to expand"), "control dropped: {text}");
    assert!(
        text.contains("Why did the young apples suffer more"),
        "a long button label (an FAQ question) stays: {text}"
    );
}

#[test]
fn an_accordion_marked_as_a_tablist_keeps_its_panels() {
    let html = format!(
        r#"<html><body><article><h1>Rebates</h1>{PROSE}
        <div class="accordion" role="tablist">
          <div class="item" role="tab"><button>Which heaters qualify?</button></div>
          <div class="panel collapse" role="tabpanel"><p>Any heat pump on the approved list
          qualifies, provided a licensed installer fits it and files the certificate with
          the district office within sixty days of the work.</p></div>
        </div>
        <div class="panel-group" role="tablist" aria-multiselectable="true">
          <div class="panel-heading" role="tab"><a>Who signs the certificate?</a></div>
          <div class="panel-collapse collapse" role="tabpane-2"><p>The installer signs it,
          and the district office stamps a copy for the household within two weeks of
          receiving the paperwork and the receipts.</p></div>
        </div>
        <ul class="tabs" role="tablist"><li role="tab">Overview</li><li role="tab">Specs</li></ul>
        </article></body></html>"#
    );
    let text = text_of(&html);
    assert!(
        text.contains("licensed installer"),
        "accordion panel kept: {text}"
    );
    assert!(
        text.contains("stamps a copy"),
        "a multiselectable tablist is an accordion, whatever its panels' roles: {text}"
    );
    assert!(
        !text.contains("Specs"),
        "a real tab strip is still chrome: {text}"
    );
}

/// A landing page's sections are promo tiles; a hidden promo bar that repeats its offer
/// once per language outweighs them, and must neither be kept nor shield itself.
#[test]
fn a_landing_page_keeps_its_promo_tiles_but_not_a_hidden_promo_bar() {
    let offer = "<div class=\"promo-bar__slide\"><p>Free delivery on every order over forty \
pounds this month, with returns collected from your door at no cost. For more information \
visit our delivery page.</p></div>";
    let tiles: String = ["Hedge laying", "Orchard pruning", "Pond clearing"]
        .iter()
        .map(|t| {
            format!(
                "<div class=\"promo-tile\"><h3>{t}</h3><p>Our crew visits in the quiet \
months and leaves the site tidier than it found it, with every cutting chipped.</p></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><div class=\"promo-bar hide\">{bars}</div><main><h1>Services</h1>\
<p>Rural groundwork for small estates.</p><div class=\"promo-container\">{tiles}</div>\
</main></body></html>",
        bars = offer.repeat(8)
    );
    let text = text_of(&html);
    assert!(text.contains("Orchard pruning"), "tiles kept: {text}");
    assert!(
        text.contains("every cutting chipped"),
        "tile text kept: {text}"
    );
    assert!(
        !text.contains("Free delivery"),
        "hidden promo bar dropped: {text}"
    );
}

/// A server-streamed page sends its article as hidden `S:` segments placed by a script:
/// they are read in their placeholders' places, not dropped as hidden.
#[test]
fn streamed_segments_are_read_in_place() {
    let html = String::from(
        "<html><body><header><nav><a href=\"/\">Home</a></nav></header><main><h1>Winter \
losses</h1><p>The society's secretary sent this report to members on Friday.</p>\
<template id=\"B:0\"></template><p>Loading…</p></main><aside><p>Other news: the bee \
club meets in the village hall on Saturday.</p></aside>\
<footer>Orchard society</footer><div hidden id=\"S:0\"><p>Members agreed to wrap the young trunks next year and to plant \
a hedge of hazel on the exposed side.</p></div></body></html>"
    );
    let text = text_of(&html);
    assert!(text.contains("hazel"), "segment read: {text}");
    assert!(!text.contains("bee club"), "the aside stays out: {text}");
    assert!(
        !text.contains("Orchard society"),
        "footer still dropped: {text}"
    );
}

/// A closed settings dialog outweighing a short article is still not the article.
#[test]
fn a_closed_dialog_is_dropped_whatever_its_size() {
    let policy = "<p>Small files remember your choices on this site, and the ones that \
measure visits or show offers are switched off until you turn them on below.</p>";
    let html = format!(
        "<html><body><article><h1>Winter losses</h1>{PROSE}</article><div class=\"x-modal\" \
role=\"dialog\" aria-hidden=\"true\" aria-labelledby=\"x-title\"><h4 id=\"x-title\">Your \
settings</h4>{policies}</div></body></html>",
        policies = policy.repeat(6)
    );
    let text = text_of(&html);
    assert!(text.contains("hazel"), "article kept: {text}");
    assert!(!text.contains("Small files"), "dialog dropped: {text}");
}

/// A product grid that follows each tile with its own JSON-LD and tracking scripts is
/// still a grid: scripts are not layout.
#[test]
fn scripts_between_cards_do_not_hide_a_grid() {
    let tiles: String = (1..=8)
        .map(|n| {
            format!(
                "<article class=\"tile\"><a href=\"/p/{n}\">Fellside Trail Shoe model {n} in \
slate and moss</a><span>$9{n}.00</span><ul><li><a href=\"/c/1\">Red</a></li><li><a \
href=\"/c/2\">Blue</a></li><li><a href=\"/c/3\">Grey</a></li><li><a href=\"/c/4\">Sand</a></li>\
<li><a href=\"/c/5\">Moss</a></li></ul></article><script type=\"application/ld+json\">\
{{\"@type\":\"Product\",\"sku\":\"{n}\"}}</script><script>track({n})</script>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><main><h1>Trail shoes</h1><div class=\"grid\">{tiles}</div></main>\
<div class=\"note\"><p>Never miss a restock: our letters arrive on Fridays, with new \
colours first.</p></div></body></html>"
    );
    let text = text_of(&html);
    assert!(text.contains("model 3 in slate"), "tiles kept: {text}");
    assert!(text.contains("model 8 in slate"), "every tile: {text}");
}

/// An index whose items are classed as teasers is read again with them kept: on an
/// index page the teasers are the content.
#[test]
fn an_index_of_teaser_classed_items_keeps_them() {
    let items: String = (1..=6)
        .map(|n| {
            format!(
                "<div class=\"story-teaser\"><h3><a href=\"/walks/{n}\">Ridge walk number {n} \
above the reservoir</a></h3><p>A circular route of about {n} miles with one steep climb.</p></div>"
            )
        })
        .collect();
    let regions: String = ["North Fells", "Lake Shore", "Moor Edge", "Valley Floor"]
        .iter()
        .map(|r| {
            format!(
                "<div class=\"region\"><a href=\"/r/{r}\">Walks in the {r}</a> <span>12 \
routes</span></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><main><h1>Walks</h1><div class=\"regions\">{regions}</div><div \
class=\"list\">{items}</div></main></body></html>"
    );
    let text = text_of(&html);
    assert!(text.contains("Ridge walk number 2"), "teasers kept: {text}");
    assert!(
        text.contains("about 5 miles"),
        "their summaries too: {text}"
    );
}

#[test]
fn blocks_without_a_letter_or_digit_are_dropped() {
    let html = format!(
        "<html><body><article><h1>Winter losses</h1>{PROSE}<p>&zwj;</p><div>|</div>\
         <p>&hellip;</p><p>* * *</p>{PROSE}<p>____</p><p>Signed, the secretary</p></article></body></html>"
    );
    let text = text_of(&html);
    assert!(text.contains("hazel"), "prose kept");
    for junk in ["\u{200d}", "|", "\u{2026}", "* * *"] {
        assert!(
            !text.lines().any(|l| l.trim() == junk),
            "{junk:?} dropped: {text}"
        );
    }
    assert!(
        text.lines().any(|l| l.trim() == "____"),
        "rule kept: {text}"
    );
}

#[test]
fn a_page_of_short_blocks_only_is_read_whole() {
    let lines: String = [
        "Harbour Balm No. 4",
        "Saltmarsh Apothecary",
        "$38.00",
        "Size: 2 oz / 60 mL",
        "Standard size",
        "Mini size: 0.5 oz / 15 mL",
        "Fragrance: unscented",
        "Skin type: dry, combination",
        "Highly rated for texture and scent",
        "Free standard shipping over $50",
        "Made in small batches in Maine",
        "Vegan and cruelty free",
    ]
    .iter()
    .map(|l| format!("<div class=\"row\"><span>{l}</span></div>"))
    .collect();
    let html = format!(
        r#"<html><body><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav>
        <main><div class="product">{lines}</div></main>
        <footer><a href="/terms">Terms</a></footer></body></html>"#
    );
    let text = text_of(&html);
    assert!(text.contains("Made in small batches"), "card read: {text}");
    assert!(text.contains("$38.00"), "price read: {text}");
    assert!(!text.contains("Terms"), "chrome still pruned: {text}");
    // A sign-in form's line or two stays below the bar: no content.
    let html = r#"<html><body><main><h1>Sign in</h1><p>Welcome back.</p>
        <form><label>Email <input type="email"></label></form></main></body></html>"#;
    assert_eq!(text_of(html).trim(), "");
}

#[test]
fn a_data_table_of_short_cells_stays_with_its_article() {
    let rows: String = (1..=20)
        .map(|i| {
            format!(
                "<tr><td>{i}</td><td>Orchard plot {i}</td><td>{} trees</td><td>{}%</td><td>{} kg</td></tr>",
                10 + i,
                40 + i,
                200 + 7 * i
            )
        })
        .collect();
    let html = format!(
        r#"<html><body><div class="page"><div class="entry">
        <p>The society's yearly survey counts the trees on every plot and the share that
        came through the winter, so that members can see which sites need shelter first.</p>
        <p>The figures for this year are in the table below.</p>
        <table><tr><th>Rank</th><th>Plot</th><th>Trees</th><th>Survived</th><th>Yield</th></tr>{rows}</table>
        </div></div></body></html>"#
    );
    let text = text_of(&html);
    assert!(text.contains("yearly survey"), "prose kept: {text}");
    assert!(text.contains("Orchard plot 17"), "table kept: {text}");
}

#[test]
fn an_faq_accordion_built_of_buttons_keeps_questions_and_answers() {
    let html = format!(
        r#"<html><body><main><h1>Orchard care service</h1>{PROSE}
        <section><h2>Frequently asked questions</h2>
        <div class="faq"><button type="button"><h5>How often should old pear trees be pruned?</h5><span class="icon"></span></button>
        <div class="answer hidden"><p>Once a year in late winter is enough for most old pears, with a light summer
        trim for any water shoots that crowd the centre of the tree.</p></div></div>
        </section>
        <div class="faq"><button type="button" aria-expanded="false">Do you take away the
        cuttings?</button><div class="answer" hidden><p>Yes: every branch we cut is chipped on
        site and the chippings are left for your beds, or taken away if you prefer.</p></div></div>
        <button type="button" aria-expanded="false">Services menu</button>
        <button type="button" class="btn">Book a visit</button></main></body></html>"#
    );
    let text = text_of(&html);
    assert!(
        text.contains("How often should old pear trees"),
        "question kept: {text}"
    );
    assert!(text.contains("water shoots"), "folded answer kept: {text}");
    // A trigger that folds a panel open and asks a question, with no heading in it.
    assert!(text.contains("take away the cuttings?"), "{text}");
    assert!(text.contains("chipped on site"), "{text}");
    assert!(!text.contains("Services menu"), "{text}");
    assert!(
        !text.contains("Book a visit"),
        "a plain button is still no content: {text}"
    );
}

#[test]
fn a_listing_inside_a_chrome_named_section_is_found_when_little_else_is() {
    let items: String = [
        ("Hedge shears", "Forged steel blades, ash handles", "$48.00"),
        ("Pruning saw", "Folding, with a curved blade", "$36.00"),
        ("Loppers", "Bypass action for branches to 5 cm", "$52.00"),
        ("Tree ties", "Pack of ten rubber ties", "$9.50"),
        ("Stake driver", "Heavy steel, fits 8 cm stakes", "$61.00"),
        ("Grease band", "Keeps moths off the trunk", "$12.00"),
    ]
    .iter()
    .map(|(name, blurb, price)| {
        format!(
            r#"<div class="product-card"><a href="/p/{}"><h3>{name}</h3></a><p>{blurb}</p><span class="price">{price}</span></div>"#,
            name.len()
        )
    })
    .collect();
    // A large site footer: the grid holds less than half of the page's text.
    let footer: String = (1..=60)
        .map(|i| format!(r#"<a href="/help/{i}">Help topic number {i}</a> "#))
        .collect();
    let html = format!(
        r#"<html><body><div class="wrap"><h1>Orchard tools</h1>
        <section class="related-products"><div class="grid">{items}</div></section>
        <p>©2026 Example Orchard Supply Ltd. All product names are trademarks of their owners.</p>
        </div><footer>{footer}</footer></body></html>"#
    );
    let text = text_of(&html);
    assert!(text.contains("Pruning saw"), "grid read: {text}");
    assert!(
        text.contains("Keeps moths off the trunk"),
        "grid read: {text}"
    );
}

#[test]
fn linked_definition_terms_stay_terms() {
    let html = format!(
        r#"<html><body><article><h1>Orchard API</h1>{PROSE}<h2>Methods</h2><dl>
        <dt><a href="/api/tree.prune"><code>Tree.prune()</code></a></dt>
        <dd><p>Removes the branches marked for cutting and returns how many were taken.</p></dd>
        <dt><a href="/api/tree.stake"><code>Tree.stake()</code></a></dt>
        <dd><p>Ties the trunk to a new stake, replacing any tie that has worn through.</p></dd>
        </dl>{PROSE}</article></body></html>"#
    );
    let text = text_of(&html);
    assert!(text.contains("Tree.prune()"), "term kept: {text}");
    assert!(
        text.contains("replacing any tie"),
        "definition kept: {text}"
    );
}

#[test]
fn a_hidden_microdata_copy_of_the_article_is_dropped() {
    // The copy holds as much text as the article, so the share guard that spares a
    // hidden element holding most of the page does not apply to it.
    let copy = "The orchard society met on Tuesday to count the winter losses. Members agreed \
                to wrap the young trunks next year and to plant a hedge of hazel.";
    let html = format!(
        r#"<html><body><article><h1>Winter losses</h1>{PROSE}</article>
        <div style="display:none" itemscope itemtype="http://schema.org/NewsArticle">
        <h1 itemprop="name">Winter losses</h1><div itemprop="articleBody">{copy} {copy} {copy}</div>
        </div></body></html>"#
    );
    let text = text_of(&html);
    assert!(
        text.contains("hazel on the exposed side"),
        "article kept: {text}"
    );
    assert!(!text.contains(copy), "hidden copy dropped: {text}");
}

#[test]
fn a_footer_that_outweighs_a_thin_page_still_goes() {
    let footer = "Orchard Weekly is published by the Valley Growers Cooperative. Our office \
                  answers questions from Monday to Friday between nine and five, by telephone \
                  or by letter, and handles subscriptions, renewals and delivery complaints. \
                  Back issues can be ordered from the office for a small charge, and the \
                  cooperative's members receive every issue free of charge by post.";
    let html = format!(
        r#"<html><body><article><h1>Frost warning</h1><p>Growers in the valley should cover
        their blossom tonight, as the forecast calls for a hard frost after midnight.</p>
        </article><footer><p>{footer}</p></footer></body></html>"#
    );
    let text = text_of(&html);
    assert!(text.contains("cover their blossom"), "article kept: {text}");
    assert!(!text.contains("Back issues"), "footer dropped: {text}");
    // A page wrapped whole in a <header> keeps its article: the wrapper holds the
    // headline.
    let html =
        format!(r#"<html><body><header><h1>Frost warning</h1>{PROSE}</header></body></html>"#);
    assert!(text_of(&html).contains("hazel"), "wrapped page kept");
}

#[test]
fn a_sentence_mostly_made_of_links_is_prose_not_a_teaser() {
    let html = format!(
        r#"<html><head><meta property="og:type" content="article"></head><body><article>
        <h1>Winter losses</h1>{PROSE}<ul>
        <li>This pear features in <a href="/a">my list of the best pears for a north wall</a>
        and in <a href="/b">the society's guide to hardy old varieties</a>, and it fruits well.</li>
        <li>This apple features in <a href="/c">my list of the best apples for an open field</a>
        and in <a href="/d">the society's guide to early flowering trees</a>, but frost bites.</li>
        </ul>{PROSE}<ul class="more">
        <li><a href="/e">Spring grafting day draws a record crowd of members</a></li>
        <li><a href="/f">Hedge planting on the exposed side begins next month</a></li>
        </ul></article></body></html>"#
    );
    let text = text_of(&html);
    assert!(
        text.contains("This pear features in"),
        "linked sentence kept: {text}"
    );
    assert!(
        !text.contains("record crowd"),
        "headline links dropped: {text}"
    );
}

#[test]
fn a_glossarys_linked_labels_stay_with_their_definitions() {
    // Each term links to its own guide and ends with a colon, its definition the block
    // after the link: a label, not a link list. A link followed by more links still goes.
    let terms: String = [
        (
            "Scion",
            "The cutting of the variety grafted onto a rootstock.",
        ),
        (
            "Rootstock",
            "The root system a scion is grafted onto, which sets vigour.",
        ),
        (
            "Spur",
            "A short shoot that carries the fruit buds of most apples.",
        ),
    ]
    .iter()
    .map(|(t, d)| format!("<div class=\"term\"><a href=\"/guide/{t}\">{t}:</a><p>{d}</p></div>"))
    .collect();
    let html = format!(
        "<html><body><article><h1>Grafting words</h1>{PROSE}<h2>Glossary</h2>{terms}\
         {PROSE}<div class=\"more\"><a href=\"/a\">Apples:</a> <a href=\"/b\">Pears</a> \
         <a href=\"/c\">Quinces</a></div></article></body></html>"
    );
    let text = text_of(&html);
    assert!(text.contains("Scion:"), "{text}");
    assert!(text.contains("Rootstock:"), "{text}");
    assert!(!text.contains("Quinces"), "{text}");
}

#[test]
fn styled_items_side_by_side_never_glue() {
    // A reference's parameter rows: the name and its type are two styled spans with no
    // space between them, which the style sheet puts there. Code's highlighted tokens
    // and a word split by emphasis run together as written.
    let rows: String = [("amount", "integer"), ("currency", "string")]
        .iter()
        .map(|(n, t)| {
            format!(
                "<div class=\"row\"><span class=\"name\"><span>{n}</span></span><span \
                 class=\"type\">{t}</span><p>What the {n} of an orchard record holds, and \
                 how a grower reads it back when the trees are counted again.</p></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><article><h1>Orchard record</h1>{PROSE}{rows}<p>Set the margin to \
         <code><span class=\"token number\">10</span><span class=\"token unit\">px</span>\
         </code> and the <span class=\"a\">Hyper</span>link<span class=\"b\">ed</span> \
         label stays whole.</p><p><span class=\"dropcap\">W</span><span>inter came early \
         to the orchard.</span></p><ul><li><strong>Agnes Threlkeld</strong><span \
         class=\"affiliation\">Orchard keeper</span></li><li>Ladder, $549<sup \
         class=\"cents\">00</sup></li></ul><table><tr><th>Tool</th><th>Setting</th></tr>\
         <tr><td><span class=\"brand\">Ashworth</span><span class=\"model\">Orchard \
         Ladder</span></td><td><code><span class=\"tok\">12</span><span \
         class=\"tok\">ft</span></code></td></tr></table></article></body></html>"
    );
    let text = text_of(&html);
    assert!(text.contains("amount integer"), "{text}");
    assert!(text.contains("currency string"), "{text}");
    assert!(text.contains("10px"), "{text}");
    assert!(text.contains("Hyperlinked"), "{text}");
    assert!(
        text.contains("Winter came early"),
        "a drop cap starts its word: {text}"
    );
    assert!(text.contains("Agnes Threlkeld Orchard keeper"), "{text}");
    assert!(text.contains("$54900"), "cents are the price's: {text}");
    assert!(
        text.contains("Ashworth Orchard Ladder"),
        "in a cell too: {text}"
    );
    assert!(text.contains("12ft"), "code in a cell: {text}");
}

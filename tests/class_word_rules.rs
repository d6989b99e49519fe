//! Class and id words read right: a heading's anchor, a permalink, a jump link, a
//! teaser view mode or a post's taxonomy terms name no chrome, checked on small pages
//! through the library.

#[allow(dead_code)]
mod rule_pages;

use rule_pages::{text_of, PROSE};

/// Permalink glyphs go, but an element whose class merely names an anchor (a link style,
/// a heading wrapper) keeps its text.
#[test]
fn permalink_glyphs_go_but_anchor_named_text_stays() {
    let html = format!(
        "<html><body><article><h1>Winter losses</h1><h2>Pears<a class=\"headerlink\" \
href=\"#pears\">¶</a></h2>{PROSE}<div class=\"heading-anchor\"><h2>Apples</h2><p>The young \
apple trees in the open field lost most of their buds to the two frosts, and the society will \
replant the worst rows with a later-flowering variety next winter.</p></div>{PROSE}\
<h2><a class=\"heading-anchor\" href=\"#quinces\">Quinces</a></h2>{PROSE}\
<h2><a class=\"header\" href=\"#medlars\">Medlars</a></h2>{PROSE}</article>\
</body></html>"
    );
    let text = text_of(&html);
    assert!(!text.contains('¶'), "glyph dropped: {text}");
    assert!(
        text.lines().any(|l| l.trim() == "Quinces"),
        "a heading whose whole text is its anchor link stays: {text}"
    );
    assert!(
        text.lines().any(|l| l.trim() == "Medlars"),
        "whatever chrome word the link's class holds: {text}"
    );
    assert!(
        text.contains("later-flowering"),
        "anchor-named section kept: {text}"
    );
}

#[test]
fn an_id_that_anchors_its_own_heading_names_no_component() {
    let html = format!(
        r##"<html><body><article><h1>Working with lists</h1>{PROSE}
        <section id="more-on-lists"><h2>5.1. More on Lists <a class="headerlink" href="#more-on-lists">¶</a></h2>
        <p>The list type has a few more methods, and each of them changes the list in place
        rather than returning a new one, which keeps memory use low on long lists.</p></section>
        <section id="s-more-about-tuples"><h2>5.3. More about Tuples</h2><p>A tuple is
        written as values parted by commas, and once made it cannot be changed at all.</p></section>
        <section id="more-stories"><h2>Elsewhere on the site</h2><p>Read our other guides to
        the standard library, from dictionaries and sets to the finer points of sorting.</p></section>
        </article></body></html>"##
    );
    let text = text_of(&html);
    assert!(
        text.contains("changes the list in place"),
        "section kept: {text}"
    );
    // A generator's short prefix before the slug (Sphinx's `s-`) leaves it the slug.
    assert!(
        text.contains("cannot be changed at all"),
        "prefixed anchor kept: {text}"
    );
    assert!(
        !text.contains("finer points of sorting"),
        "a 'more' box still goes: {text}"
    );
}

#[test]
fn a_permalink_around_a_code_term_keeps_the_term() {
    // Each argument's name is its own permalink: the term its sentence defines, not a
    // glyph beside a heading (the "¶" link after it still goes).
    let html = format!(
        r##"<html><body><article><h1>Orchard API</h1>{PROSE}<ul>
        <li><a class="permalink" href="#stake"><code>stake</code></a>: Ties the trunk to a
        new stake, replacing any tie that has worn through over the winter.</li>
        <li><a class="permalink" href="#prune"><code>prune</code></a>: Removes the branches
        marked for cutting and returns how many were taken from the tree.</li></ul>
        <h2>Returns <a class="headerlink" href="#returns">¶</a></h2>
        <p>Both calls return the number of branches they touched, zero when none.</p>
        </article></body></html>"##
    );
    let text = text_of(&html);
    assert!(text.contains("stake: Ties the trunk"), "{text}");
    assert!(text.contains("prune: Removes the branches"), "{text}");
    assert!(!text.contains('¶'), "{text}");
}

#[test]
fn jump_link_words_drop_the_link_not_the_sections_it_leads_to() {
    let section = |n: usize| {
        format!(
            r#"<div class="cws-jump-section" id="part-{n}"><h2>Part {n}</h2>
            <p>Part {n} of the count found that the pear trees along the north wall had fared
            better than the young apples in the open field, which the frost caught twice.</p>
            </div>"#
        )
    };
    let html = format!(
        r##"<html><body><article><h1>Winter losses</h1>
        <a class="jump-link" href="#part-1">Jump to the count</a>{PROSE}{}{}{}</article>
        </body></html>"##,
        section(1),
        section(2),
        section(3)
    );
    let text = text_of(&html);
    for n in 1..=3 {
        assert!(
            text.contains(&format!("Part {n} of the count")),
            "section {n} kept: {text}"
        );
    }
    assert!(!text.contains("Jump to"), "jump link dropped: {text}");
}

#[test]
fn a_teaser_class_is_a_view_mode_not_chrome() {
    // CMSs name a view mode "teaser" (Drupal's `node--view-mode-teaser`), whatever it
    // shows; a list of linked headlines still goes by its link density.
    let html = format!(
        r#"<html><head><meta property="og:type" content="article"></head><body><article>
        <h1>Winter losses</h1>{PROSE}{PROSE}
        <div class="node node--view-mode-teaser"><p>The society's treasurer reported that
        the stake fund stood at forty pounds, enough for the north wall but not the field,
        and proposed a summer fair to raise the rest before the autumn planting began.</p></div>
        <ul class="related">
        <li><a href="/a">Spring grafting day draws a record crowd of members</a></li>
        <li><a href="/b">Hedge planting on the exposed side begins next month</a></li>
        <li><a href="/c">Council grant for new stakes and ties is approved</a></li>
        </ul></article></body></html>"#
    );
    let text = text_of(&html);
    assert!(
        text.contains("summer fair"),
        "teaser-classed prose kept: {text}"
    );
    assert!(
        !text.contains("record crowd"),
        "headline links dropped: {text}"
    );
}

#[test]
fn a_posts_taxonomy_classes_name_its_topics_not_chrome() {
    let post = |n: usize, tag: &str| {
        format!(
            r#"<div class="post-{n} post type-post status-publish hentry category-news tag-{tag}">
            <h2><a href="/post-{n}">Orchard notes, week {n}</a></h2>
            <p>Week {n}: the society counted the winter losses along the north wall, wrapped
            the young trunks and planted hazel on the exposed side of the field.</p></div>"#
        )
    };
    let html = format!(
        r#"<html><body><main><h1>News</h1>{PROSE}{PROSE}{}{}{}{}</main>
        <div class="tag-list"><a href="/t/a">Pruning</a> <a href="/t/b">Hedges</a></div>
        </body></html>"#,
        post(1, "pruning"),
        post(2, "hedges"),
        post(3, "social-media"),
        post(4, "newsletter")
    );
    let text = text_of(&html);
    for n in 1..=4 {
        assert!(
            text.contains(&format!("Week {n}: the society")),
            "post {n} kept: {text}"
        );
    }
    assert!(!text.contains("Hedges"), "tag list dropped: {text}");
}

#[test]
fn a_word_in_mid_sentence_stays_whatever_its_class() {
    // A glossary term is a tooltip link inside its sentence: dropping it for its class
    // would cut the sentence. A "Read more" link that ends an excerpt still goes.
    let html = format!(
        "<html><body><article><h1>Grafting</h1>{PROSE}<p>A graft joins a scion to one or \
         more <a class=\"glossary-tooltip\" href=\"/g/rootstock\">rootstocks</a> in late \
         winter, before the sap rises.</p><p>The union heals over a season, and the \
         tape comes off in June. <a class=\"read-more\" href=\"/grafting\">Read more</a>\
         </p></article></body></html>"
    );
    let text = text_of(&html);
    assert!(
        text.contains("one or more rootstocks in late winter"),
        "{text}"
    );
    assert!(!text.contains("Read more"), "{text}");
}

/// A jump link that opens a quote ("Jane Roe said:", jumping to the post quoted) is the
/// quote's citation: it names who is quoted, and stays.
#[test]
fn a_jump_link_citing_a_quote_stays() {
    let html = format!(
        "<html><body><article><h1>Winter losses</h1>{PROSE}<blockquote><p><a \
class=\"quote-sourceJump\" href=\"/posts/41\">Nell Ashdown said:</a> the frost took the \
blossom on the wall pears but spared the espaliers by the greenhouse.</p></blockquote>\
{PROSE}</article></body></html>"
    );
    let text = text_of(&html);
    assert!(
        text.contains("Nell Ashdown said: the frost took the blossom"),
        "{text}"
    );
}

/// A hover card inside a paragraph (a name's box of that person's other stories) is no
/// part of the sentence: it goes, and the paragraph, no longer a list of links, stays.
#[test]
fn a_hover_card_inside_a_sentence_goes_and_its_sentence_stays() {
    let stories: String = (1..=6)
        .map(|i| {
            format!(
                "<a class=\"person-stories\" href=\"/story/{i}\">Orchard society story number \
                 {i} about the winter pruning of the old pear trees</a> "
            )
        })
        .collect();
    let html = format!(
        "<html><body><article><h1>Winter losses</h1><p>The society's chair, <span \
class=\"person\"><a class=\"person-link\" href=\"/people/nell-ashdown\">Nell Ashdown</a><span \
class=\"person-rollover-block\">{stories}</span></span>, said the frost took the blossom on the \
wall pears but spared the espaliers by the greenhouse, and that the crew would replant.</p>\
{PROSE}</article></body></html>"
    );
    let text = text_of(&html);
    assert!(
        text.contains("The society's chair, Nell Ashdown, said the frost took"),
        "{text}"
    );
    assert!(!text.contains("story number"), "{text}");
}

/// A section that an in-page menu leads to, or a tab panel, may carry a navigation word
/// (`lm_navSource`, `filter-menu-tabs-2-tabpanel`): with a section heading and prose it
/// is a section. A menu of links goes, and so does a section named by another chrome
/// word as well.
#[test]
fn a_headed_section_of_prose_named_by_a_navigation_word_stays() {
    let section = |class: &str| {
        format!(
            "<div class=\"{class}\"><h2>Prune in the dormant season</h2><p>Our crew prunes \
             old standard trees between leaf fall and bud break, when the cuts heal cleanly \
             and the shape of the crown is easy to read from the ground, and leaves the \
             brash chipped under the hedges, where wrens and hedgehogs find shelter from \
             the frost all winter long.</p></div>"
        )
    };
    let page = |class: &str| {
        format!(
            "<html><body><main><h1>Orchard care</h1>{PROSE}{}<nav class=\"site-nav\">\
             <a href=\"/a\">About</a> <a href=\"/c\">Contact</a></nav></main></body></html>",
            section(class)
        )
    };
    for class in ["lm_navSource contact_section", "menu-tabs-2-tabpanel"] {
        let text = text_of(&page(class));
        assert!(text.contains("dormant season"), "{class}: {text}");
        assert!(!text.contains("Contact"), "{class}: {text}");
    }
    let text = text_of(&page("nav-related"));
    assert!(!text.contains("dormant season"), "{text}");
    // Without its heading the same prose in a menu is the menu's blurb.
    let text = text_of(&page("lm_navSource").replace("<h2>Prune in the dormant season</h2>", ""));
    assert!(!text.contains("leaf fall"), "{text}");
}

/// A shop's results grid (`search-result-items`, as a large commerce platform names its
/// category grids) is the page's content, however long the buying guide under it; a
/// search box beside it is chrome.
#[test]
fn a_search_result_grid_is_content_a_search_box_is_not() {
    let tiles: String = (1..=8)
        .map(|i| {
            format!(
                r#"<li class="grid-tile"><a href="/p/{i}">Hammered silver ring {i}</a>
                <p>Sterling silver, size {i}</p><span class="price">${i}90.00</span></li>"#
            )
        })
        .collect();
    let html = format!(
        r#"<html><head><title>Silver rings</title></head><body>
        <div class="header-search"><form><input type="search"><button>Go</button></form>
        <p>Popular searches: rings, chains</p></div>
        <main><h1>Silver rings</h1>
        {PROSE}<ul id="search-result-items" class="search-result-items">{tiles}</ul>
        <h2>Caring for silver</h2><p>Silver darkens where the air holds sulphur, so keep
        each ring in a small bag of its own, away from rubber bands and wool, and polish it
        with a soft cloth rather than a paste, which wears the hammered facets flat over
        the years.</p><p>A ring worn every day darkens less than one kept in a drawer, as
        the skin polishes it; wash it in warm soapy water now and then and dry it at once.
        </p></main>
        </body></html>"#
    );
    let text = text_of(&html);
    assert!(text.contains("Hammered silver ring 5"), "{text}");
    assert!(!text.contains("Popular searches"), "{text}");
}

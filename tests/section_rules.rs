//! Section headings in an article's own flow, checked on small pages through the
//! library: a heading that links (a buying guide's product) is the title of the text
//! under it, not a teaser's headline.

#[allow(dead_code)]
mod rule_pages;

use rule_pages::{text_of, PROSE};

#[test]
fn a_buying_guides_linked_section_headings_stay() {
    // Each product's heading links to a shop, in the guide's own flow of headings and
    // paragraphs; a feed of teasers under the guide, one linked headline per card, goes.
    let sections: String = ["Ash ladder", "Pear picker", "Grafting knife"]
        .iter()
        .map(|name| {
            format!(
                "<h2><a href=\"https://shop.example/{name}\">{name}</a></h2><p>Why the {name} \
                 earns its place in the orchard shed, and what to check before you buy one \
                 for the winter pruning season, when the old trees are cut back and the young \
                 ones are tied in to their new stakes.</p>"
            )
        })
        .collect();
    let feed: String = (1..=3)
        .map(|n| {
            format!(
                "<div class=\"card\"><h3><a href=\"/stories/{n}\">Another orchard story \
                 number {n}</a></h3><p>A short blurb.</p></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><meta property=\"article:published_time\" content=\"2024-03-02\">\
         </head><body><article><h1>Tools for the orchard</h1>{PROSE}{PROSE}{sections}</article>\
         <div class=\"feed\">{feed}</div></body></html>"
    );
    let text = text_of(&html);
    for name in ["Ash ladder", "Pear picker", "Grafting knife"] {
        assert!(text.lines().any(|l| l.trim() == name), "{name}: {text}");
    }
    assert!(!text.contains("Another orchard story"), "{text}");
}

/// A dated guide whose product sections each set `between` (a spacer, a rating, a
/// figure, a rule) between the product's linked heading and its paragraph.
fn guide(between: &str) -> String {
    let sections: String = ["Ash ladder", "Pear picker", "Grafting knife"]
        .iter()
        .map(|name| {
            format!(
                "<h3>1. <a href=\"https://shop.example/{name}\">{name}</a></h3>{between}<p>Why \
                 the {name} earns its place in the orchard shed, and what to check before you \
                 buy one for the winter pruning season.</p>"
            )
        })
        .collect();
    format!(
        "<html><head><meta property=\"article:published_time\" content=\"2024-03-02\">\
         </head><body><article><h1>Tools for the orchard</h1>{PROSE}{PROSE}{sections}\
         </article></body></html>"
    )
}

#[test]
fn a_figure_or_a_rating_between_a_linked_heading_and_its_text_keeps_the_heading() {
    for between in [
        "<div class=\"spacer\" style=\"height:30px\"></div>\
         <div class=\"rating\"><span>&#9733;</span><span>&#9733;</span></div>\
         <figure><img src=\"tool.jpg\" alt=\"\"></figure>",
        "<div class=\"wp-block-image\"><figure><img src=\"tool.jpg\" alt=\"\">\
         <figcaption><a href=\"https://shop.example/\">Source</a></figcaption></figure></div>",
    ] {
        let text = text_of(&guide(between));
        for name in ["Ash ladder", "Pear picker", "Grafting knife"] {
            let heading = format!("1. {name}");
            assert!(text.lines().any(|l| l.trim() == heading), "{name}: {text}");
        }
    }
}

#[test]
fn a_rule_between_a_linked_heading_and_the_text_sets_the_heading_apart() {
    // "Related post: …" between two rules is a callout, not the next section's title.
    let text = text_of(&guide("<hr>"));
    assert!(!text.contains("1. Ash ladder"), "{text}");
    assert!(text.contains("earns its place"), "{text}");
}

#[test]
fn a_paragraph_holding_the_products_picture_counts_as_its_text() {
    // Each product's linked heading, a paragraph holding its picture, then its specs.
    let sections: String = ["Ash ladder", "Pear picker", "Grafting knife"]
        .iter()
        .map(|name| {
            format!(
                "<h3><a href=\"https://shop.example/{name}\">{name}</a></h3><p><img \
                 src=\"tool.jpg\" alt=\"\"></p><ul><li>Weight: 4 kg</li><li>Length: 2 m</li>\
                 <li>Made of ash and steel</li></ul>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><meta property=\"article:published_time\" content=\"2024-03-02\">\
         </head><body><article><h1>Tools for the orchard</h1>{PROSE}{PROSE}{sections}\
         {PROSE}</article></body></html>"
    );
    let text = text_of(&html);
    for name in ["Ash ladder", "Pear picker", "Grafting knife"] {
        assert!(text.lines().any(|l| l.trim() == name), "{name}: {text}");
    }
}

/// A signed page of cards, each a linked heading over a paragraph of `sentences`
/// sentences of ten words.
fn cards(sentences: usize) -> String {
    let cards: String = (1..=3)
        .map(|n| {
            let blurb: String = (0..sentences)
                .map(|i| format!("Lesson {i} of course {n} covers one more pruning step. "))
                .collect();
            format!(
                "<div class=\"card\"><h3><a href=\"/courses/{n}\">Pruning course {n}</a></h3>\
                 <p>{blurb}</p></div>"
            )
        })
        .collect();
    format!(
        "<html><head><meta name=\"author\" content=\"Ann Pryce\"></head><body><article>\
         <h1>Courses</h1>{PROSE}{cards}{PROSE}</article></body></html>"
    )
}

#[test]
fn a_linked_heading_over_a_long_description_titles_it_even_alone_in_its_card() {
    let text = text_of(&cards(7));
    assert!(text.contains("Pruning course 2"), "{text}");
    // A blurb of four short sentences leaves its headline a teaser's.
    let text = text_of(&cards(4));
    assert!(!text.contains("Pruning course 2"), "{text}");
}

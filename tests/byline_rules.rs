//! Bylines through the library: which of the names a page shows and declares are its
//! authors.

mod metadata_pages;
use metadata_pages::{metadata, PROSE};

#[test]
fn the_name_beside_a_portrait_under_the_headline_is_the_author() {
    // A portrait classed an avatar, or one whose alt text is the name that follows it,
    // stands beside the writer's name ("Nell Ashdown in Orchard Notes": the section
    // she posted in is no part of it). A figure's picture whose alt repeats its
    // caption names nobody.
    let page = |meta: &str| {
        format!(
            "<html><head><title>Counting the winter</title><meta \
             property=\"article:published_time\" content=\"2024-03-02\"></head><body>\
             <main><h1>Counting the winter</h1>{meta}<div class=\"post-body\">{PROSE}\
             {PROSE}</div></main></body></html>"
        )
    };
    for meta in [
        "<p>March 2, 2024 <span>&bull;</span> <img src=\"/g.png\" class=\"avatar avatar-xs\"> \
         Nell Ashdown in <a href=\"/c/notes\">Orchard Notes</a></p>",
        "<div><span>2024-03-02</span><a title=\"Nell Ashdown\"><img src=\"/me.png\" \
         alt=\"Nell Ashdown\"><div>Nell Ashdown</div></a></div>",
        // A portrait named after the person, a number or a size aside.
        "<p><img src=\"/uploads/Nell-Ashdown-2-150x150.jpg\"><br><span>Nell Ashdown</span></p>",
    ] {
        assert_eq!(metadata(&page(meta)).authors, ["Nell Ashdown"], "{meta}");
    }
    let figure = "<figure><img src=\"/frame.jpg\" alt=\"Walnut Picture Frame\">\
                  <figcaption>Walnut Picture Frame</figcaption></figure>";
    assert!(metadata(&page(figure)).authors.is_empty());
    // A photograph in a caption box, or one whose file names a subject beside the
    // person, is no portrait.
    for photo in [
        "<div class=\"wp-caption\"><img src=\"/uploads/Nell-Ashdown.jpg\"><p \
         class=\"wp-caption-text\">Nell Ashdown</p></div>",
        "<p><img src=\"/uploads/Harvest24-Nell-Ashdown.jpg\"><br><span>Nell Ashdown</span></p>",
    ] {
        assert!(metadata(&page(photo)).authors.is_empty(), "{photo}");
    }
    // A picture whose alt is the name of the page it links to is an item's, not a
    // portrait (a shop's thumbnail and its linked name).
    let item = "<div><img src=\"/k.png\" alt=\"Rowan Kettle\"><a href=\"/products/rowan-kettle\">\
                Rowan Kettle</a></div>";
    assert!(metadata(&page(item)).authors.is_empty());
}

#[test]
fn a_portraits_name_after_the_headlines_standfirst_is_the_author() {
    let standfirst = "<div class=\"excerpt\"><p>A count of what the frost took from the \
                      north wall and the open field this year, tree by tree and row by row, as the \
                      society has done each spring.</p></div>";
    let html = format!(
        "<html><head><title>Counting the winter</title><meta \
         property=\"article:published_time\" content=\"2024-03-02\"></head><body><main>\
         <div><h1>Counting the winter</h1>{standfirst}</div><div><img src=\"/me.png\" \
         class=\"avatar\" alt=\"\"><p>Nell Ashdown</p><p>Orchard keeper</p></div>\
         <div class=\"post-body\">{PROSE}{PROSE}</div></main></body></html>"
    );
    assert_eq!(metadata(&html).authors, ["Nell Ashdown"]);
    // One standfirst only: in a flat page whose paragraphs are all the headline's
    // siblings, a portrait after the second is past the prose.
    let flat = format!(
        "<html><head><title>Counting the winter</title><meta \
         property=\"article:published_time\" content=\"2024-03-02\"></head><body><main>\
         <h1>Counting the winter</h1>{PROSE}{PROSE}<img src=\"/me.png\" class=\"avatar\" \
         alt=\"\"><p>Nell Ashdown</p></main></body></html>"
    );
    assert!(metadata(&flat).authors.is_empty());
}

#[test]
fn a_teams_byline_gives_way_to_the_person_an_author_label_names() {
    let html = format!(
        "<html><head><title>Counting the winter</title><meta \
         property=\"article:published_time\" content=\"2026-01-05\"></head><body><main>\
         <h1>Counting the winter</h1><p class=\"byline\"><a href=\"/author/team\">By Team \
         Orchard Notes</a></p>{PROSE}{PROSE}<p>Written by <a href=\"/u/nell\">Nell \
         Ashdown</a></p></main></body></html>"
    );
    assert_eq!(metadata(&html).authors, ["Nell Ashdown"]);
    // With no person named, the team is the author the page states.
    let html = html.replace("<p>Written by <a href=\"/u/nell\">Nell Ashdown</a></p>", "");
    assert_eq!(metadata(&html).authors, ["Team Orchard Notes"]);
}

/// An article whose `<meta name=author>` is `declared`, with `below` under its headline.
fn declared_post(declared: &str, below: &str) -> String {
    format!(
        "<html><head><title>Counting the winter</title><meta name=\"author\" \
         content=\"{declared}\"><meta property=\"article:published_time\" \
         content=\"2026-01-05\"></head><body><main><h1>Counting the winter</h1>{below}\
         {PROSE}{PROSE}</main></body></html>"
    )
}

#[test]
fn a_declared_author_the_page_never_shows_gives_way_to_its_by_line() {
    // The account that posted the piece is declared; the byline signs it.
    let signed = "<p>By: <a href=\"/people/nell\">Nell Ashdown</a></p>";
    let m = metadata(&declared_post("Rowan Pike", signed));
    assert_eq!(m.authors, ["Nell Ashdown"]);
    // A declared author the page shows too (here as its editor) stays.
    let shown = format!("{signed}<p class=\"credit\">Edited by Rowan Pike</p>");
    assert_eq!(
        metadata(&declared_post("Rowan Pike", &shown)).authors,
        ["Rowan Pike"]
    );
    // Shown shorter than declared ("Rowan J. Pike" printed "Rowan Pike") is shown.
    assert_eq!(
        metadata(&declared_post("Rowan J. Pike", &shown)).authors,
        ["Rowan J. Pike"]
    );
    // A reviewer's line is no signature, nor is a team's.
    for other in [
        "<p>Reviewed by: Nell Ashdown, MD</p>",
        "<p>By <a href=\"/team\">Orchard Notes Staff</a></p>",
    ] {
        let m = metadata(&declared_post("Rowan Pike", other));
        assert_eq!(m.authors, ["Rowan Pike"], "{other}");
    }
}

#[test]
fn an_author_pages_address_picks_the_name_beside_its_link() {
    let card = "<div class=\"card\"><div><p>Nell O'Ashdown</p><p>Staff writer</p></div>\
                <a class=\"button\" href=\"/blog/authors/nell-oashdown\">Articles by Nell</a></div>";
    let html = declared_post("", card).replace("<meta name=\"author\" content=\"\">", "");
    assert_eq!(metadata(&html).authors, ["Nell O'Ashdown"]);
    // An address that spells no name (a number) names no one.
    let html = html.replace("nell-oashdown", "4242");
    assert!(metadata(&html).authors.is_empty());
}

#[test]
fn every_author_link_of_a_byline_is_read() {
    let byline = "<p class=\"meta\">By <a href=\"/author/nell-ashdown\">Nell Ashdown</a>, \
                  <a href=\"/author/rowan-pike\">Rowan Pike</a></p>";
    let html = declared_post("", byline).replace("<meta name=\"author\" content=\"\">", "");
    assert_eq!(metadata(&html).authors, ["Nell Ashdown", "Rowan Pike"]);
    // Story cards, each with its author's link, make no byline: the first link's
    // author alone.
    let card = |who: &str, slug: &str| {
        format!(
            "<li><h3>The frost and the {slug} orchard</h3><p>What the cold nights of March \
             did to the {slug} trees along the wall, and what the keepers plan to plant \
             next.</p><a href=\"/author/{slug}\">{who}</a></li>"
        )
    };
    let cards = format!(
        "<ul>{}{}</ul>",
        card("Nell Ashdown", "nell-ashdown"),
        card("Rowan Pike", "rowan-pike")
    );
    let html = declared_post("", &cards).replace("<meta name=\"author\" content=\"\">", "");
    assert_eq!(metadata(&html).authors, ["Nell Ashdown"]);
}

#[test]
fn a_brand_declared_as_author_gives_way_to_the_person_an_author_box_portrays() {
    let page = |closing: &str| {
        format!(
            "<html><head><title>Counting the winter</title><meta name=\"author\" \
             content=\"Orchard Notes\"><meta property=\"og:site_name\" content=\"Orchard \
             Notes\"><meta property=\"article:published_time\" content=\"2026-01-05\">\
             </head><body><main><h1>Counting the winter</h1>{PROSE}{PROSE}{closing}</main>\
             </body></html>"
        )
    };
    let author_box = "<hr><p><img src=\"/nell.png\" alt=\"Nell Ashdown\"></p><p><strong>Nell \
                      Ashdown</strong> <em>Orchard keeper</em></p><p>Nell keeps the north \
                      wall's pears and writes about them every spring.</p>";
    assert_eq!(metadata(&page(author_box)).authors, ["Nell Ashdown"]);
    // A picture and the name it shows, with no biography naming that person again, is
    // an item's (a product tile).
    let tile = "<div><img src=\"/shears.png\" alt=\"Rowan Shears\"><p>Rowan Shears</p>\
                <p>Forged steel, a walnut grip and a spring that lasts for years.</p></div>";
    assert_eq!(metadata(&page(tile)).authors, ["Orchard Notes"]);
}

#[test]
fn a_fluxbb_threads_author_is_its_first_poster() {
    let post = |n: usize, who: &str, said: &str| {
        format!(
            "<div id=\"p{n}\" class=\"blockpost\"><h2><span><a href=\"viewtopic.php?pid={n}#p{n}\">\
             2025-11-0{n} 15:14:37</a></span></h2><div class=\"box\"><div class=\"inbox\">\
             <div class=\"postbody\"><div class=\"postleft\"><dl><dt><strong>{who}</strong></dt>\
             <dd class=\"usertitle\"><strong>Member</strong></dd><dd><span>From: Leeds</span></dd><dd><span>Registered: \
             2025-10-01</span></dd></dl></div><div class=\"postright\"><h3>Re: Frost on the \
             north wall</h3><div class=\"postmsg\"><p>{said}</p></div></div></div></div></div></div>"
        )
    };
    let html = format!(
        "<html><head><title>Frost on the north wall / Orchard Forums</title><link \
         rel=\"canonical\" href=\"https://forum.example.org/viewtopic.php?id=42\"></head><body>\
         <div id=\"punviewtopic\"><h1>Frost on the north wall</h1>{}{}{}</div></body></html>",
        post(
            1,
            "pearkeeper64",
            "The frost caught the young apples twice in one week of March; \
              has anyone wrapped the trunks of theirs, and did it help at all this spring?"
        ),
        post(
            2,
            "wallgardener",
            "We wrapped ours in burlap and lost none of the pears along the \
              wall, though the open field fared worse than it did the year before."
        ),
        post(
            3,
            "pearkeeper64",
            "Burlap it is, then; I will try it on the north row next \
              winter and report back here on what the frost leaves us."
        )
    );
    let m = metadata(&html);
    assert_eq!(m.page_type, thresh::PageType::Forum);
    assert_eq!(m.authors, ["pearkeeper64"]);
}

#[test]
fn an_author_boxs_name_element_holds_a_name_in_lower_case_too() {
    let page = |class: &str| {
        let byline =
            format!("<div class=\"author-box\"><div class=\"{class}\">orchard wren</div></div>");
        declared_post("", &byline).replace("<meta name=\"author\" content=\"\">", "")
    };
    assert_eq!(
        metadata(&page("author-box__name")).authors,
        ["orchard wren"]
    );
    // Lower-case words elsewhere in a byline are no name.
    assert!(metadata(&page("author-box__meta")).authors.is_empty());
}

#[test]
fn an_author_tag_that_credits_the_sites_makers_is_no_byline() {
    let signed = "<p>By <a href=\"/people/nell\">Nell Ashdown</a>, Senior Editor</p>";
    let colophon = "content: Orchard Notes, design: Rowan Pike, code: Ada Quill";
    assert_eq!(
        metadata(&declared_post(colophon, signed)).authors,
        ["Nell Ashdown"]
    );
    // One labelled role names the writer.
    assert_eq!(
        metadata(&declared_post("Text: Rowan Pike", "")).authors,
        ["Rowan Pike"]
    );
}

#[test]
fn a_testimonials_signature_names_no_author() {
    // A customer's quote signed "~ Rachel M." in a testimonials row: the name is the
    // customer's, like a commenter's, not the page's writer's.
    let page = |class: &str| {
        format!(
            "<html><head><title>Orchard care</title><meta property=\"og:type\" \
             content=\"article\"></head><body><main><h1>Orchard care</h1>{PROSE}\
             <div class=\"{class}\"><div class=\"review-card\"><p>They pruned forty old \
             trees in a day and left the grass cleaner than they found it.</p>\
             <div class=\"review-author\"><h6>~ Rachel M.</h6></div></div></div>\
             </main></body></html>"
        )
    };
    assert!(metadata(&page("testimonial-row")).authors.is_empty());
    // The same card elsewhere is read as a byline.
    assert!(!metadata(&page("quote-row")).authors.is_empty());
}

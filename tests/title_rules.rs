//! Titles through the library: which heading or declared title names the page, and what
//! is cut from it.

fn metadata(html: &str) -> thresh::Metadata {
    thresh::extract(html.as_bytes(), &thresh::Options::default())
        .expect("extraction")
        .metadata
}

/// A paragraph of running prose.
const PROSE: &str = "<p>The orchard society met again to count the winter losses, and found \
    that the old pear trees along the north wall had fared better than the young apples in \
    the open field, which the frost had caught twice in a single week of March.</p>";

fn page(head: &str, body: &str) -> String {
    format!("<html><head>{head}</head><body>{body}<main>{PROSE}{PROSE}</main></body></html>")
}

#[test]
fn a_forum_title_keeps_its_thread_and_drops_board_and_site() {
    // "Thread / Board / Site" with the site's name known: the board is no part of it.
    let html = page(
        "<title>Grafting pears onto quince / Fruit Trees / Orchard Forums</title>\
         <meta property=\"og:site_name\" content=\"Orchard Forums\">",
        "",
    );
    assert_eq!(
        metadata(&html).title.as_deref(),
        Some("Grafting pears onto quince")
    );
}

#[test]
fn a_heading_that_names_the_brand_is_no_title() {
    // The logo's `<h1>` holds a run of the site's name, and the thread's title shares
    // its words.
    let html = page(
        "<title>Orchard growers and quince stock / Fruit Trees / Orchard Growers Forums</title>\
         <meta property=\"og:site_name\" content=\"Orchard Growers Forums\">",
        "<header><h1><a href=\"/\">Orchard Growers</a></h1></header>",
    );
    assert_eq!(
        metadata(&html).title.as_deref(),
        Some("Orchard growers and quince stock")
    );
}

#[test]
fn a_date_or_a_hidden_widget_in_the_headline_is_no_part_of_it() {
    for h1 in [
        "<h1><a href=\"/p\"><time datetime=\"2025-12-18\">Dec 18 2025</time> \
         Counting the winter losses</a></h1>",
        "<h1>Counting the winter losses<span hidden>Save and categorize content</span></h1>",
    ] {
        let html = page(
            "<title>Counting the winter losses | Orchard Notes</title>",
            &format!("<article>{h1}</article>"),
        );
        assert_eq!(
            metadata(&html).title.as_deref(),
            Some("Counting the winter losses"),
            "{h1}"
        );
    }
}

#[test]
fn a_site_name_that_repeats_the_whole_title_gives_way_to_the_titles_site_part() {
    let html = page(
        "<title>Counting the winter losses | Orchard Notes</title>\
         <meta property=\"og:site_name\" content=\"Counting the winter losses | Orchard Notes\">",
        "<h1>Counting the winter losses</h1>",
    );
    let m = metadata(&html);
    assert_eq!(m.sitename.as_deref(), Some("Orchard Notes"));
    assert_eq!(m.title.as_deref(), Some("Counting the winter losses"));
    // A site name that is the page's whole title without a separator is the site's own.
    let html = page(
        "<title>Orchard Notes</title><meta property=\"og:site_name\" content=\"Orchard Notes\">",
        "",
    );
    assert_eq!(metadata(&html).sitename.as_deref(), Some("Orchard Notes"));
}

#[test]
fn a_page_number_after_the_title_is_no_part_of_it() {
    for title in [
        "Grafting pears onto quince (Page 2)",
        "Grafting pears onto quince - Page 3 of 7",
        "Grafting pears onto quince – Seite 2",
    ] {
        let html = page(&format!("<title>{title}</title>"), "");
        assert_eq!(
            metadata(&html).title.as_deref(),
            Some("Grafting pears onto quince"),
            "{title}"
        );
    }
    // A number that is the headline's own stays, as does a marker with nothing before it.
    for title in ["Chapter 2 (2026)", "Page 2", "Page 2 of the manual"] {
        let html = page(&format!("<title>{title}</title>"), "");
        assert_eq!(metadata(&html).title.as_deref(), Some(title), "{title}");
    }
}

/// A docs site or an online book heads every page with its own name, and its `<title>`
/// names the page first ("Page - Book"): when the page shows that head as a heading too,
/// the head is the title. "Site | Headline", whose head the page shows as no heading,
/// keeps its headline, and so does a one-word head ("Opinion | …").
#[test]
fn a_books_name_heading_every_page_gives_way_to_the_page_named_first() {
    let book = |title: &str, heading: &str| {
        page(
            &format!("<title>{title}</title>"),
            &format!(
                "<div class=\"menu-bar\"><h1 class=\"menu-title\">The Orchard Handbook</h1></div>\
                 <h2>{heading}</h2>"
            ),
        )
    };
    let html = book(
        "Grafting old pears - The Orchard Handbook",
        "Grafting old pears",
    );
    assert_eq!(metadata(&html).title.as_deref(), Some("Grafting old pears"));
    // The head shown as no heading: the `<h1>` that agrees with the title stays.
    let html = book("Grafting old pears - The Orchard Handbook", "Tools");
    assert_eq!(
        metadata(&html).title.as_deref(),
        Some("The Orchard Handbook")
    );
    let html = book("Opinion - The Orchard Handbook", "Opinion");
    assert_eq!(
        metadata(&html).title.as_deref(),
        Some("The Orchard Handbook")
    );
}

#[test]
fn the_heading_the_address_spells_wins_over_a_template_title() {
    // A board's `<title>` is its name and motto on every thread; the thread's own
    // `<h1>` is what the address's slug was written from.
    let thread = |url: &str, h1: &str| {
        page(
            &format!(
                "<title>Orchard Talk - Where growers meet</title>\
                 <link rel=\"canonical\" href=\"{url}\">"
            ),
            &format!("<h1>{h1}</h1>"),
        )
    };
    let h1 = "Why did my grafted pear bloom twice this year?";
    let spelled = "https://talk.example/t/9931/why_did_my_grafted_pear_bloom_twice/";
    assert_eq!(metadata(&thread(spelled, h1)).title.as_deref(), Some(h1));
    // Escaped slugs are read in their own script.
    let escaped = "https://talk.example/t/%C3%A4pfel-%C3%BCber-winter";
    assert_eq!(
        metadata(&thread(escaped, "Äpfel über Winter"))
            .title
            .as_deref(),
        Some("Äpfel über Winter")
    );
    // A slug too short to speak for a page, one that spells the declared title as much,
    // or a paragraph set as the `<h1>`, leaves the declared title in place.
    let motto = Some("Orchard Talk - Where growers meet");
    assert_eq!(
        metadata(&thread("https://talk.example/pear-bloom", h1))
            .title
            .as_deref(),
        motto
    );
    assert_eq!(
        metadata(&thread("https://talk.example/growers-meet-where-pear", h1))
            .title
            .as_deref(),
        motto
    );
    // A slug that spells the declared title as much as the `<h1>`.
    let shared = page(
        "<title>Pear growers meet: bloom twice? - Orchard Talk</title>\
         <link rel=\"canonical\" href=\"https://talk.example/pear-bloom-twice-grafted-growers\">",
        &format!("<h1>{h1}</h1>"),
    );
    assert_eq!(
        metadata(&shared).title.as_deref(),
        Some("Pear growers meet: bloom twice?")
    );
    let paragraph = "Why did my grafted pear bloom twice this year, and what should I do \
        about the second flush of flowers before the frost comes back in the autumn months?";
    assert_eq!(
        metadata(&thread(spelled, paragraph)).title.as_deref(),
        motto
    );
}

#[test]
fn a_heading_that_links_to_another_page_is_no_headline() {
    let canonical = "<link rel=\"canonical\" href=\"https://notes.example/2026/03/winter-losses\">";
    // A blog's name set as the header's `<h1>`, linking to the blog's front page, leads
    // the `<title>` too: the post's own title is `og:title`.
    let blog = page(
        &format!(
            "<title>Orchard Notes: Counting the winter losses</title>{canonical}\
             <meta property=\"og:title\" content=\"Counting the winter losses\">"
        ),
        "<header><h1><a href=\"https://notes.example/\">Orchard Notes</a></h1></header>\
         <h2>Counting the winter losses</h2>",
    );
    assert_eq!(
        metadata(&blog).title.as_deref(),
        Some("Counting the winter losses")
    );
    // That heading names the site.
    assert_eq!(metadata(&blog).sitename.as_deref(), Some("Orchard Notes"));
    // A teaser's `<h1>` in a strip of other stories shares the declared title's small
    // words ("Where to … in …"), but leads elsewhere.
    let teaser = page(
        &format!("<title>Where to prune in Leeds | Orchard Notes</title>{canonical}"),
        "<div class=\"item\"><h1 class=\"item__title\">\
         <a href=\"/2025/06/where-to-picnic\">Here's where to picnic in Leeds</a></h1></div>",
    );
    assert_eq!(
        metadata(&teaser).title.as_deref(),
        Some("Where to prune in Leeds")
    );
    // A permalink on the page's own headline leads to the page itself.
    let permalink = page(
        &format!("<title>Counting the winter losses | Orchard Notes</title>{canonical}"),
        "<article><h1><a href=\"/2026/03/winter-losses/\">Counting the winter losses, \
         tree by tree</a></h1></article>",
    );
    assert_eq!(
        metadata(&permalink).title.as_deref(),
        Some("Counting the winter losses, tree by tree")
    );
}

//! Titles checked on small pages: the headline without a site's name, except on the
//! site's front page, and without what sits inside the `<h1>` but is no headline.

use super::*;

fn title_of(html: &str) -> Option<String> {
    let dom = crate::dom::parse(html, 10_000).expect("parse");
    extract(&dom, &Options::default()).0.title
}

#[test]
fn a_front_page_keeps_the_site_name_in_its_title() {
    let page = |url: &str, title: &str, h1: &str| {
        format!(
            r#"<html><head><title>{title}</title><link rel="canonical" href="{url}">
            <meta property="og:site_name" content="Quillwork"></head>
            <body><main><h1>{h1}</h1><p>Notebooks stitched by hand in our workshop.</p></main></body></html>"#
        )
    };
    let front = "https://quillwork.example/";
    let inner = "https://quillwork.example/notebooks";
    // The name leads: the front page is about the site, the inner page about its notebooks.
    let lead = "Quillwork | Hand-stitched notebooks";
    assert_eq!(
        title_of(&page(front, lead, "Write slowly")).as_deref(),
        Some(lead)
    );
    assert_eq!(
        title_of(&page(inner, lead, "Write slowly")).as_deref(),
        Some("Hand-stitched notebooks")
    );
    // A title that is only the name gives the name, not the lone heading.
    assert_eq!(
        title_of(&page(front, "Quillwork", "Latest posts")).as_deref(),
        Some("Quillwork")
    );
    // The name trailing stays cut, and an agreeing `<h1>` still wins.
    assert_eq!(
        title_of(&page(
            front,
            "Hand-stitched notebooks | Quillwork",
            "Write slowly"
        ))
        .as_deref(),
        Some("Hand-stitched notebooks")
    );
    assert_eq!(
        title_of(&page(front, lead, "Hand-stitched notebooks")).as_deref(),
        Some("Hand-stitched notebooks")
    );
}

#[test]
fn a_button_inside_the_headline_is_not_part_of_it() {
    let title = title_of(
        r#"<html><head><title>Spool - docs</title></head><body><main>
        <h1>Module <span>spool</span>&nbsp;<button title="Copy item path">Copy item path</button></h1>
        <p>Threads wound on a spool.</p></main></body></html>"#,
    );
    assert_eq!(title.as_deref(), Some("Module spool"));
}

#[test]
fn a_badge_inside_the_headline_is_not_part_of_it() {
    let page = |h1: &str| {
        format!(
            r#"<html><head><title>Which loom? | Weavers' Board</title></head><body><main>
            <h1>{h1}</h1><p>Looking at a rigid heddle loom for a first project.</p></main></body></html>"#
        )
    };
    let badged = page(r#"<span class="label label--green">Question</span>&nbsp;Which loom?"#);
    assert_eq!(title_of(&badged).as_deref(), Some("Which loom?"));
    // A headline that is all badge keeps its words.
    let only = page(r#"<span class="label">Which loom?</span>"#);
    assert_eq!(title_of(&only).as_deref(), Some("Which loom?"));
}

#[test]
fn an_aria_hidden_copy_inside_the_headline_is_left_out() {
    // Animated heroes split the headline into per-line spans for the eye, hidden from
    // screen readers, and give the readers the whole line once more.
    let h1 = r#"<h1><span aria-hidden="true"><span class="show-mobile">Looms for</span><span class="show-mobile">small rooms</span><span class="hide-mobile">Looms for small rooms</span></span><span class="visually-hidden">Looms for small rooms</span></h1>"#;
    let page = format!(
        r#"<html><body><main>{h1}
        <p>A table loom folds flat against the wall when the day's work is done.</p></main></body></html>"#
    );
    assert_eq!(title_of(&page).as_deref(), Some("Looms for small rooms"));
    // A headline that is all hidden keeps its words.
    let only = r#"<html><body><main><h1 aria-hidden="true"><span aria-hidden="true">Looms for small rooms</span></h1>
        <p>A table loom folds flat against the wall when the day's work is done.</p></main></body></html>"#;
    assert_eq!(title_of(only).as_deref(), Some("Looms for small rooms"));
}

#[test]
fn a_lone_word_of_a_long_title_is_no_agreeing_headline() {
    // A write-up whose body has its own `<h1>` sections, one named in the title.
    let page = |h1: &str| {
        format!(
            r#"<html><head><title>How we found the leak in Orchard, Bramble, Juniper and forty other apps · Notes</title>
            <meta property="og:title" content="How we found the leak in Orchard, Bramble, Juniper and forty other apps">
            </head><body><main><h1>{h1}</h1><p>The first sign was a request that no client of ours should ever have sent.</p>
            </main></body></html>"#
        )
    };
    assert_eq!(
        title_of(&page("Juniper")).as_deref(),
        Some("How we found the leak in Orchard, Bramble, Juniper and forty other apps")
    );
    // The title's head is still the headline it agrees with.
    assert_eq!(
        title_of(&page("How we found the leak")).as_deref(),
        Some("How we found the leak")
    );
}

#[test]
fn a_title_with_an_empty_headline_before_the_site_name_gives_way_to_the_h1() {
    let page = r#"<html><head><title> | Orchard Weekly</title><meta property="og:title" content="">
        </head><body><main><h1>Grafting in the rain</h1>
        <p>The scion took, though the bark was wet through on the morning of the cut.</p>
        </main></body></html>"#;
    assert_eq!(title_of(page).as_deref(), Some("Grafting in the rain"));
}

#[test]
fn a_site_named_twice_in_the_title_is_cut_twice() {
    // The site's name, then its address, then the headline: both name the site.
    let page = r#"<html><head><title>Orchard Notes | orchardnotes.com - Grafting in the rain</title>
        <meta property="og:site_name" content="Orchard Notes"></head><body><main>
        <h1>Pulse!</h1><p>The scion took, though the bark was wet through on the morning of
        the cut.</p></main></body></html>"#;
    assert_eq!(title_of(page).as_deref(), Some("Grafting in the rain"));
}

#[test]
fn a_title_that_says_home_gives_the_sites_name() {
    let page = r#"<html><head><title>Home - Orchard Notes</title>
        <meta property="og:title" content="Home">
        <meta property="og:site_name" content="Orchard Notes"></head><body><main>
        <p>The scion took, though the bark was wet through on the morning of the cut,
        and the society counted the winter losses again.</p></main></body></html>"#;
    assert_eq!(title_of(page).as_deref(), Some("Orchard Notes"));
}

#[test]
fn a_title_that_says_home_without_a_known_site_gives_the_whole_title() {
    let page = r#"<html><head><title>Home - Orchard Notes</title>
        <meta property="og:title" content="Home"></head><body><main>
        <p>The scion took, though the bark was wet through on the morning of the cut,
        and the society counted the winter losses again.</p></main></body></html>"#;
    assert_eq!(title_of(page).as_deref(), Some("Home - Orchard Notes"));
}

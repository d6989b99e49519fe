//! Metadata extraction checked on small pages.

use super::*;

mod titles;

#[test]
fn a_written_by_preview_label_names_the_author() {
    let dom = crate::dom::parse(
        r#"<html><head><title>Pruning plums</title>
        <meta name="twitter:label1" content="Written by">
        <meta name="twitter:data1" content="Agnes Threlkeld">
        <meta name="twitter:label2" content="Est. reading time">
        <meta name="twitter:data2" content="4 minutes"></head>
        <body><article><h1>Pruning plums</h1><p>Plums are pruned in summer.</p></article></body></html>"#,
        10_000,
    )
    .expect("parse");
    let (m, _) = extract(&dom, &Options::default());
    assert_eq!(m.authors, ["Agnes Threlkeld"]);
}

#[test]
fn plain_published_meta_names_give_the_date() {
    for (name, value) in [
        ("published", "July 17, 2025"),
        ("published-date", "2025-07-17"),
        ("pub_date", "2025-07-17T08:00:00Z"),
        ("og:article:published_time", "2025-07-17T08:00:00+00:00"),
        ("cxenseparse:publishtime", "2025-07-17T08:00:00+0200"),
        ("ms.date", "07/17/2025"),
        ("dateCreated", "2025-07-17 07:57:13 -0700"),
        // Vendor-prefixed names.
        ("w-published-date", "2025-07-17T06:03:43.274Z"),
        ("site:published_at", "2025-07-17"),
    ] {
        let html = format!(
            r#"<html><head><title>Pruning plums</title><meta name="{name}" content="{value}"></head>
            <body><article><h1>Pruning plums</h1><p>Plums are pruned in summer.</p></article></body></html>"#
        );
        let dom = crate::dom::parse(&html, 10_000).expect("parse");
        let (m, _) = extract(&dom, &Options::default());
        assert_eq!(
            m.date.as_deref().map(|d| &d[..10]),
            Some("2025-07-17"),
            "{name}"
        );
    }
}

#[test]
fn a_vendor_name_is_read_only_at_a_word_boundary() {
    let dom = crate::dom::parse(
        r#"<html><head><title>Pruning plums</title>
        <meta name="unpublished_date" content="2025-07-17"></head>
        <body><article><h1>Pruning plums</h1><p>Plums are pruned in summer.</p></article></body></html>"#,
        10_000,
    )
    .expect("parse");
    assert_eq!(extract(&dom, &Options::default()).0.date, None);
}

#[test]
fn a_modification_time_alone_is_not_the_publication_date() {
    let dom = crate::dom::parse(
        r#"<html><head><title>Our services</title>
        <meta property="article:modified_time" content="2025-09-18T20:50:39+00:00"></head>
        <body><main><h1>Our services</h1><p>We plan weddings.</p></main></body></html>"#,
        10_000,
    )
    .expect("parse");
    let (m, _) = extract(&dom, &Options::default());
    assert_eq!(m.date, None);
    assert_eq!(
        m.date_modified.as_deref().map(|d| &d[..10]),
        Some("2025-09-18")
    );
}

#[test]
fn an_author_box_names_the_author_on_its_first_line() {
    let dom = crate::dom::parse(
        r#"<html><head><title>Pruning plums</title>
        <meta property="og:type" content="article"></head>
        <body><article><h1>Pruning plums</h1><p>Plums are pruned in summer.</p>
        <div class="post-author-box"><div>Agnes Threlkeld</div><p>Agnes Threlkeld has
        grown plums in the valley for thirty years, and writes about orchards, hedges and
        the long patience that both of them ask of anyone who plants them.</p></div>
        </article></body></html>"#,
        10_000,
    )
    .expect("parse");
    let (m, _) = extract(&dom, &Options::default());
    assert_eq!(m.authors, ["Agnes Threlkeld"]);
}

fn date_of(html: &str) -> Option<String> {
    let dom = crate::dom::parse(html, 10_000).expect("parse");
    extract(&dom, &Options::default()).0.date
}

#[test]
fn a_numeric_meta_date_is_read_by_the_page_locale() {
    let page = |lang: &str| {
        format!(
            r#"<html lang="{lang}"><head><title>Fasting</title>
            <meta property="article:published_time" content="03-09-2026"></head>
            <body><article><h1>Fasting</h1><p>Fasting is old.</p></article></body></html>"#
        )
    };
    assert_eq!(date_of(&page("en-US")).as_deref(), Some("2026-03-09"));
    assert_eq!(date_of(&page("de")).as_deref(), Some("2026-09-03"));
}

#[test]
fn an_ambiguous_date_takes_the_reading_the_page_confirms() {
    // An English page whose author writes day first: the date is stated again, plainly,
    // in a <time datetime> further down.
    let html = r#"<html lang="en"><head><title>Pixel pipelines</title></head>
        <body><article><h1>Pixel pipelines</h1><time datetime="02-12-2025">02-12-2025</time>
        <p>Notes from a talk about drawing plugin interfaces.</p>
        <footer>Posted <time datetime="2025-12-02">December 02, 2025</time></footer>
        </article></body></html>"#;
    assert_eq!(date_of(html).as_deref(), Some("2025-12-02"));
    // Without the second statement the locale decides (month first for English).
    let alone = html.replace(
        r#"<time datetime="2025-12-02">December 02, 2025</time>"#,
        "",
    );
    assert_eq!(date_of(&alone).as_deref(), Some("2025-02-12"));
}

#[test]
fn a_json_ld_date_the_page_contradicts_gives_way_to_the_shown_date() {
    let page = |meta: &str| {
        format!(
            r#"<html lang="en"><head><title>Pruning plums</title>{meta}
            <script type="application/ld+json">{{"@type":"Article","headline":"Pruning plums",
            "datePublished":"2019-07-10T10:30:31+00:00"}}</script></head>
            <body><article><h1>Pruning plums</h1><p>Published December 8, 2025</p>
            <p>Plums are pruned in summer.</p></article></body></html>"#
        )
    };
    assert_eq!(date_of(&page("")).as_deref(), Some("2025-12-08"));
    // A meta tag backing the JSON-LD date keeps it.
    let backed = page(r#"<meta property="article:published_time" content="2019-07-10">"#);
    assert_eq!(
        date_of(&backed).as_deref(),
        Some("2019-07-10T10:30:31+00:00")
    );
}

#[test]
fn a_labelled_publication_date_far_from_the_headline_is_read() {
    let long = "<p>Journals index what they can find and read.</p>".repeat(60);
    let html = format!(
        r#"<html lang="en"><head><title>Indexing guide</title></head><body>
        <article><h1>Indexing guide</h1>{long}
        <div class="meta"><span>Posted on April 13, 2023</span></div></article></body></html>"#
    );
    assert_eq!(date_of(&html).as_deref(), Some("2023-04-13"));
    let post_time = html.replace("Posted on April 13, 2023", "Post time: 04-13-2023");
    assert_eq!(date_of(&post_time).as_deref(), Some("2023-04-13"));
    for label in [
        "입력 2023.04.13 10:00",
        "Julkaistu 13.4.2023",
        "Megjelent: 2023. április 13.",
        "Ngày đăng: 13/04/2023",
    ] {
        // Past the lines read beside the headline, a date needs its label.
        let far = "<p>Journals index what they can find and read.</p>".repeat(150);
        let other = format!(
            r#"<html><head><title>Indexing guide</title></head><body>
            <article><h1>Indexing guide</h1>{far}<div><span>{label}</span></div></article>
            </body></html>"#
        );
        assert_eq!(date_of(&other).as_deref(), Some("2023-04-13"), "{label}");
    }
    // A page of posts, each with its own "Posted on" date, gives none of them.
    let posts: String = (1..=5)
        .map(|d| format!("<div><h2>Post {d}</h2><p>Posted on April {d}, 2023</p>{long}</div>"))
        .collect();
    let list = format!(
        r#"<html lang="en"><head><title>Blog</title></head><body><h1>Blog</h1>{long}{long}
        {posts}</body></html>"#
    );
    assert_eq!(date_of(&list), None);
}

#[test]
fn a_credit_and_a_date_on_lines_of_their_own_are_no_body_text() {
    let prose = "<p>The space agency says a crew asleep for most of the voyage would need a \
        smaller ship, less food and less water on the long way to the red planet.</p>"
        .repeat(4);
    let html = format!(
        r#"<html><body><article><h1>Sleeping to Mars</h1>
        <p>The Wire Agency<br>Published Monday, November 18, 2019 8:22AM EST</p>{prose}
        </article></body></html>"#
    );
    let text = crate::extract(html.as_bytes(), &Options::default())
        .expect("extraction")
        .text();
    assert!(text.contains("smaller ship"), "{text}");
    assert!(!text.contains("Wire Agency"), "{text}");
}

fn authors_of(html: &str) -> Vec<String> {
    let dom = crate::dom::parse(html, 10_000).expect("parse");
    extract(&dom, &Options::default()).0.authors
}

#[test]
fn a_post_classed_after_its_author_is_no_byline() {
    let authors = authors_of(
        r#"<html><head><title>Our Best 12 Shrubs and Climbers for Shady Walls</title>
        <meta property="og:type" content="article">
        <meta property="article:published_time" content="2025-06-02T09:00:00Z"></head><body>
        <article class="post hentry author-agnes-threlkeld">
        <h1>Our Best 12 Shrubs and Climbers for Shady Walls</h1>
        <p>Climbing roses want a warm wall, a sturdy trellis and a deep hole full of compost.</p>
        </article></body></html>"#,
    );
    assert!(authors.is_empty(), "{authors:?}");
}

#[test]
fn a_site_named_author_gives_way_to_the_byline() {
    let page = |byline: &str| {
        format!(
            r#"<html><head><title>Pruning plums | Northwind Gardens</title>
            <meta property="og:site_name" content="Northwind Gardens">
            <meta name="author" content="Northwind Gardens"></head><body>
            <article><h1>Pruning plums</h1>{byline}
            <p>Plums are pruned in summer, when silver leaf spores are fewest.</p></article>
            </body></html>"#
        )
    };
    let shown = authors_of(&page(r#"<p class="byline">By Agnes Threlkeld</p>"#));
    assert_eq!(shown, ["Agnes Threlkeld"]);
    // Without a byline the site's name stays: a personal site is named after its author.
    assert_eq!(authors_of(&page("")), ["Northwind Gardens"]);
}

#[test]
fn an_author_named_by_two_tags_is_one_author() {
    let authors = authors_of(
        r#"<html><head><title>Why the plums failed</title>
        <meta name="author" content="Analysis by Agnes Threlkeld, Orchard Editor-at-large">
        </head><body><article itemscope itemtype="https://schema.org/NewsArticle">
        <meta itemprop="author" content="Analysis by Agnes Threlkeld, Orchard Editor-at-large">
        <h1>Why the plums failed</h1><p>Plums are pruned in summer.</p></article>
        </body></html>"#,
    );
    assert_eq!(authors, ["Agnes Threlkeld"]);
}

#[test]
fn citation_authors_in_last_first_order_are_one_person_each() {
    let authors = authors_of(
        r#"<html><head><title>Frost hardiness of plum rootstocks</title>
        <meta name="citation_author" content="Threlkeld, Agnes M.">
        <meta name="citation_author" content="Okonkwo, Chidi">
        <meta name="citation_author" content="Ruth Vance"></head><body>
        <h1>Frost hardiness of plum rootstocks</h1>
        <p>We compared the winter survival of six rootstocks over four seasons.</p>
        </body></html>"#,
    );
    assert_eq!(
        authors,
        ["Agnes M. Threlkeld", "Chidi Okonkwo", "Ruth Vance"]
    );
}

#[test]
fn a_label_above_the_by_line_and_a_weekday_are_no_names() {
    let page = |byline: &str| {
        format!(
            r#"<html><head><title>Light mice</title><meta property="og:type" content="article">
            <meta property="article:published_time" content="2026-01-16T16:38:32+00:00">
            </head><body><article><h1>Light mice</h1><div class="byline">{byline}</div>
            <p>Light mice are the fashion this year: they tire the wrist less over an evening.</p>
            </article></body></html>"#
        )
    };
    let labelled = page(
        "<span class=\"kind\">\n  Guide\n</span>\n<span>by</span> <a href=\"/authors/agnes-t\">Agnes Threlkeld</a>",
    );
    assert_eq!(authors_of(&labelled), ["Agnes Threlkeld"]);
    assert!(authors_of(&page("Sat, 20 Dec, 2025 - 06:36")).is_empty());
}

#[test]
fn an_author_label_anywhere_names_the_author_in_more_languages() {
    let far = "<p>Journals index what they can find and read.</p>".repeat(150);
    for (line, name) in [
        ("Napisał Jan Kowalski", "Jan Kowalski"),
        ("Írta: Kovács János", "Kovács János"),
        ("Tekijä: Matti Virtanen", "Matti Virtanen"),
    ] {
        let html = format!(
            r#"<html><head><title>Indexing guide</title>
            <meta property="article:published_time" content="2023-04-13"></head><body>
            <article><h1>Indexing guide</h1>{far}<div><p>{line}</p></div></article>
            </body></html>"#
        );
        assert_eq!(authors_of(&html), [name], "{line}");
    }
}

#[test]
fn template_comments_and_indentation_do_not_use_up_the_date_scan() {
    let markers = "<!-- start: postbit_author -->\n      \n".repeat(300);
    let html = format!(
        r#"<html><head><title>Which board software?</title></head><body>
        <h1>Which board software?</h1>{markers}<div class="post">
        <span class="post_date">2019-02-23, 09:14 PM</span>
        <div class="post_body">I run a small board and wonder whether to move to another engine.</div>
        </div></body></html>"#
    );
    assert_eq!(date_of(&html).as_deref(), Some("2019-02-23"));
}

#[test]
fn a_date_line_after_template_markers_is_still_beside_the_headline() {
    let markers = "<!-- start: header_row -->\n    \n".repeat(200);
    let html = format!(
        r#"<html><head><title>Pruning plums</title></head><body><article>
        <h1>Pruning plums</h1>{markers}<p>February 3, 2026</p>
        <p>Plums are pruned in summer, when silver leaf spores are fewest in the air.</p>
        </article></body></html>"#
    );
    assert_eq!(date_of(&html).as_deref(), Some("2026-02-03"));
}

#[test]
fn a_date_element_closing_the_headlines_article_is_its_date() {
    // Past the elements scanned from the headline, at the foot of a long interview.
    let long = "<p>She answered each question with a story from the archive.</p>".repeat(450);
    let page = |foot: &str, related: &str| {
        format!(
            r#"<html lang="en"><head><title>An interview</title></head><body>
            <article><h1>An interview</h1>{long}{related}{foot}</article></body></html>"#
        )
    };
    let foot = r#"<div class="credit">Interview by Jo Reed</div>
        <p class="date">December 3, 2025. <i>Updated: December 7, 2025</i></p>"#;
    assert_eq!(date_of(&page(foot, "")).as_deref(), Some("2025-12-03"));
    // A related story's card nested in the article is not the article's date line.
    let related = r#"<article><h2>Another talk</h2><p class="date">May 1, 2024</p></article>"#;
    assert_eq!(date_of(&page("", related)), None);
    // A modification date alone is no publication date.
    let modified = r#"<p class="date updated">December 7, 2025</p>"#;
    assert_eq!(date_of(&page(modified, "")), None);
    // Outside any article, a date that far from the headline is not read.
    let bare = page(foot, "")
        .replace("<article>", "<div>")
        .replace("</article>", "</div>");
    assert_eq!(date_of(&bare), None);
}

#[test]
fn a_sidebar_left_unclosed_around_the_page_does_not_hide_its_byline() {
    // The banner's `<aside>` has no `</aside>`: the parser puts the whole page in it.
    let page = |banner_end: &str| {
        format!(
            r#"<html><head><title>Lessons</title>
            <meta property="article:published_time" content="2024-04-18T12:00:00Z"></head>
            <body><aside class="announcement"><a href="/news">We have moved</a>{banner_end}
            <main><article><h1>Lessons from five startups</h1>
            <span class="post-author">Tim Enwall</span>
            <p>What twenty-five years of founding companies taught me about hiring.</p>
            </article></main>
            <aside class="sidebar"><span class="post-author">Ann Other</span></aside>
            </body></html>"#
        )
    };
    let authors = |html: &str| {
        let dom = crate::dom::parse(html, 10_000).expect("parse");
        extract(&dom, &Options::default()).0.authors
    };
    assert_eq!(authors(&page("")), ["Tim Enwall"]);
    assert_eq!(authors(&page("</aside>")), ["Tim Enwall"]);
    // A real sidebar's name is still no byline.
    let sidebar_only =
        page("</aside>").replace(r#"<span class="post-author">Tim Enwall</span>"#, "");
    assert!(authors(&sidebar_only).is_empty());
}

#[test]
fn an_icons_svg_title_is_no_byline_name() {
    // A social profile link ("/profile/" as an author page's path) drawn as an icon: its
    // `<svg><title>` names the network, not a person.
    let html = r#"<html><head><title>Maps of the moon</title>
        <meta property="article:published_time" content="2025-03-02T09:00:00Z"></head><body>
        <ul class="social"><li><a href="https://social.example/profile/review">
        <svg viewBox="0 0 24 24"><title>Bluesky</title><path d="M0 0h24v24H0z"/></svg></a></li></ul>
        <article><h1>Maps of the moon</h1><p class="byline">By Hunter Dukes</p>
        <p>Early selenographers drew the moon's face from what they saw through lenses.</p>
        </article></body></html>"#;
    let dom = crate::dom::parse(html, 10_000).expect("parse");
    assert_eq!(
        extract(&dom, &Options::default()).0.authors,
        ["Hunter Dukes"]
    );
}

#[test]
fn a_heading_after_the_headline_is_no_byline_but_an_author_label_is() {
    let page = |after: &str| {
        format!(
            r#"<html><head><title>Wedding planning</title>
            <meta property="article:published_time" content="2025-03-02T09:00:00Z"></head>
            <body><h1>Wedding planning</h1>{after}
            <p>Most couples start a year ahead, with the venue and the guest list first.</p>
            </body></html>"#
        )
    };
    let authors = |html: &str| {
        let dom = crate::dom::parse(html, 10_000).expect("parse");
        extract(&dom, &Options::default()).0.authors
    };
    // "From" opens a byline ("From Jane Roe"), but a heading names a piece, not a writer.
    let titled = page("<h2>From Engagement to the Big Day: a Timeline, Checklist and Budget</h2>");
    assert!(authors(&titled).is_empty(), "{:?}", authors(&titled));
    assert_eq!(authors(&page("<p>From Jane Roe</p>")), ["Jane Roe"]);
    assert_eq!(
        authors(&page("<h3>Author</h3><p>Lisa D. Ellis</p>")),
        ["Lisa D. Ellis"]
    );
}

#[test]
fn a_menu_classed_after_users_or_authors_is_no_byline() {
    let page = |menu: &str| {
        format!(
            r#"<html><head><title>Pruning pears</title>
            <meta property="article:published_time" content="2025-03-02T09:00:00Z"></head>
            <body>{menu}<article><h1>Pruning pears</h1><span class="author">Jane Roe</span>
            <p>Cut back to an outward bud, and never take more than a fifth of the tree.</p>
            </article></body></html>"#
        )
    };
    let authors = |html: &str| {
        let dom = crate::dom::parse(html, 10_000).expect("parse");
        extract(&dom, &Options::default()).0.authors
    };
    assert_eq!(
        authors(&page(
            r#"<a class="author-menu" href="/writers">Main Menu</a>"#
        )),
        ["Jane Roe"]
    );
    assert_eq!(
        authors(&page(r#"<div class="author_dropdown">Garden Desk</div>"#)),
        ["Jane Roe"]
    );
}

#[test]
fn a_page_without_an_h1_reads_its_date_and_byline_beside_the_shown_title() {
    // A site builder's page: the headline is a styled paragraph, with the writer and the
    // date under it.
    let html = r#"<html><head><title>Top five payroll tools in 2026 | Ledgerly</title></head>
        <body><div class="nav"><a href="/">Ledgerly</a></div>
        <div class="hero"><p class="t1">Top five payroll tools in 2026</p>
        <p class="t2">By Dana Whitlow</p><p class="t3">Feb 16, 2026</p></div>
        <p>Payroll software has changed more in two years than in the ten before, as
        small firms moved their books to the cloud.</p></body></html>"#;
    let dom = crate::dom::parse(html, 10_000).expect("parse");
    let (m, _) = extract(&dom, &Options::default());
    assert_eq!(m.date.as_deref(), Some("2026-02-16"));
    assert_eq!(m.authors, ["Dana Whitlow"]);
}

//! Visible bylines checked on small pages.

use super::*;

#[test]
fn a_label_alone_names_the_author_in_the_next_element() {
    let dom = crate::dom::parse(
        r#"<body><article><h1>Pruning Plum Trees</h1>
        <div class="meta"><div><p class="label">Last updated</p><time>May 2, 2026</time></div>
        <div><p class="label">Written by</p><p class="value">Tomasz Wierzba</p></div></div>
        <p>Plums are pruned in summer, when silver leaf spores fly least.</p></article></body>"#,
        10_000,
    )
    .expect("parse");
    let parts = Parts::new(&dom);
    assert_eq!(visible_authors(&dom, &parts, false), ["Tomasz Wierzba"]);
}

#[test]
fn an_author_box_closing_the_article_names_the_author() {
    let long = "<p>Plums are pruned in summer, when silver leaf spores fly least.</p>".repeat(70);
    let html = format!(
        r#"<body><article><h1>Pruning Plum Trees</h1>{long}
        <div class="box"><p>Written by Ada Kowalczyk</p><p>Ada keeps an orchard.</p></div>
        </article><aside class="sidebar"><p>Written by Somebody Else</p></aside></body>"#
    );
    let dom = crate::dom::parse(&html, 100_000).expect("parse");
    let parts = Parts::new(&dom);
    assert_eq!(visible_authors(&dom, &parts, false), ["Ada Kowalczyk"]);
    // An empty author link after the label gives nothing rather than the label.
    let html = format!(
        r#"<body><article><h1>Pruning Plum Trees</h1>{long}
        <div>Written by <a href="/blog?author=7"></a></div><p>Short.</p></article></body>"#
    );
    let dom = crate::dom::parse(&html, 100_000).expect("parse");
    let parts = Parts::new(&dom);
    assert!(visible_authors(&dom, &parts, false)
        .iter()
        .all(|n| !n.to_lowercase().contains("written")));
}

#[test]
fn the_date_beside_a_byline_is_the_publication_date() {
    // The author row closes the article, far from the headline: its date is read
    // there, and an inline date after a block name does not glue to the name.
    let long = "<p>Plums are pruned in summer, when silver leaf spores fly least.</p>".repeat(70);
    let html = format!(
        r#"<body><article><h1>Pruning Plum Trees</h1>{long}
        <div class="row"><div class="author-details"><p><a href="/author/ada-k">Ada Kowalczyk</a></p>
        <small>April 8, 2024</small></div></div></article></body>"#
    );
    let dom = crate::dom::parse(&html, 100_000).expect("parse");
    let parts = Parts::new(&dom);
    assert_eq!(
        byline_date(&dom, &parts, true).map(|d| d.iso()).as_deref(),
        Some("2024-04-08")
    );
    assert!(!spaced_text(&dom, dom.body()).contains("KowalczykApril"));
    // A modification date beside the byline is not the publication date.
    let updated = html.replace("<small>", r#"<small class="modified-date">"#);
    let dom = crate::dom::parse(&updated, 100_000).expect("parse");
    let parts = Parts::new(&dom);
    assert_eq!(byline_date(&dom, &parts, true), None);
}

#[test]
fn a_dateline_beside_the_headline_names_its_author_without_by() {
    let html = r#"<body><article><h1>Hospitals and language models</h1>
        <p>Aaron Ricadela | Senior Writer | July 2, 2025</p>
        <p>Hospitals are trying language models on paperwork first.</p></article></body>"#;
    let dom = crate::dom::parse(html, 10_000).expect("parse");
    let parts = Parts::new(&dom);
    assert_eq!(visible_authors(&dom, &parts, false), ["Aaron Ricadela"]);
    // A section trail with a date names nobody.
    let trail = html.replace("Aaron Ricadela | Senior Writer", "Home | Health");
    let dom = crate::dom::parse(&trail, 10_000).expect("parse");
    let parts = Parts::new(&dom);
    assert!(visible_authors(&dom, &parts, false).is_empty());
}

#[test]
fn other_author_labels_name_the_author_after_them() {
    let long = "<p>Ferns grow in shade, and most prefer soil that never dries out.</p>".repeat(70);
    for byline in [
        "<div><strong>Contributors:</strong> Janet Lough</div>",
        "<h2>Article by</h2><div>Janet Lough</div>",
    ] {
        let html = format!("<body><article><h1>Ferns</h1>{long}{byline}</article></body>");
        let dom = crate::dom::parse(&html, 100_000).expect("parse");
        let parts = Parts::new(&dom);
        assert_eq!(
            visible_authors(&dom, &parts, false),
            ["Janet Lough"],
            "{byline}"
        );
    }
}

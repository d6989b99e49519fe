//! What a reference's or an index's text keeps that an article's does not: the link
//! lists and linked headings inside it are its own index, not navigation.

fn extract(html: &str) -> thresh::Extraction {
    thresh::extract(html.as_bytes(), &thresh::Options::default()).expect("extraction")
}

/// A reference page: an undated, unsigned page of code samples whose text closes with
/// a list of links to its sibling pages.
fn reference_page() -> String {
    let section = |n: usize| {
        format!(
            r#"<h2>Option {n}</h2><p>The option number {n} changes how the archiver walks the
            tree: it reads the directory once, sorts the entries by name and writes them in
            that order, so that two runs over the same tree give the same archive.</p>
            <pre><code>packer --option-{n} ./src ./out.tar</code></pre>"#
        )
    };
    let sections: String = (1..=3).map(section).collect();
    let see_also: String = (1..=6)
        .map(|n| {
            format!(r#"<li><a href="/docs/command-{n}">packer command {n}</a>: its flags</li>"#)
        })
        .collect();
    format!(
        r#"<html><head><title>packer options</title></head><body>
        <nav><a href="/">Docs home</a><a href="/docs">All commands</a></nav>
        <main><h1>packer options</h1>{sections}<h2>See also</h2><ul>{see_also}</ul></main>
        </body></html>"#
    )
}

#[test]
fn a_reference_page_keeps_the_link_list_inside_its_text() {
    let out = extract(&reference_page());
    assert_eq!(
        out.metadata.page_type,
        thresh::PageType::Documentation,
        "the page reads as documentation"
    );
    let text = out.text();
    assert!(text.contains("two runs over the same tree"), "{text}");
    assert!(
        text.contains("packer command 4"),
        "see-also list kept: {text}"
    );
}

#[test]
fn an_article_still_drops_a_link_list_inside_its_text() {
    // The same list in a dated post is navigation.
    let html = reference_page().replace(
        "<head>",
        r#"<head><meta property="article:published_time" content="2026-03-02">"#,
    );
    let text = extract(&html).text();
    assert!(text.contains("two runs over the same tree"), "{text}");
    assert!(
        !text.contains("packer command 4"),
        "link list dropped: {text}"
    );
}

/// A blog's archive: linked post titles with blurbs, then a list of the months it
/// covers, each a short link and a post count.
fn archive_page() -> String {
    let item = |n: usize| {
        format!(
            r#"<div class="entry"><h2><a href="/posts/{n}">Walk number {n} along the coast path</a></h2>
            <p>Walk {n}: from the harbour to the lighthouse and back by the cliff fields, with
            a stop at the tea room that opens only at weekends in the winter months.</p></div>"#
        )
    };
    let items: String = (1..=8).map(item).collect();
    let months: String = (1..=6)
        .map(|m| format!(r#"<li><a href="/2026/0{m}">Mar {m}</a> (4)</li>"#))
        .collect();
    format!(
        r#"<html><body><nav><a href="/">Home</a></nav><main>
        <h1>Walks</h1>{items}<h2>By month</h2><ul>{months}</ul></main></body></html>"#
    )
}

#[test]
fn a_listing_keeps_the_link_list_inside_it() {
    let out = extract(&archive_page());
    assert_eq!(out.metadata.page_type, thresh::PageType::Listing);
    let text = out.text();
    assert!(text.contains("Walk 5: from the harbour"), "{text}");
    assert!(text.contains("Mar 3 (4)"), "month list kept: {text}");
}

#[test]
fn a_reference_keeps_the_linked_card_titles_inside_its_text() {
    // An integrations grid: each card is a link around its heading.
    let cards: String = ["Gitea", "Forgejo", "Codeberg", "SourceHut"]
        .iter()
        .map(|n| format!(r#"<a class="card" href="/docs/auth/{n}"><h5>{n}</h5></a>"#))
        .collect();
    let html = reference_page().replace(
        "<h2>See also</h2>",
        &format!("<h2>Sign-in providers</h2><div class=\"grid\">{cards}</div><h2>See also</h2>"),
    );
    let text = extract(&html).text();
    assert!(text.contains("Forgejo"), "card titles kept: {text}");
    // The same grid in a dated post is a strip of links.
    let dated = html.replace(
        "<head>",
        r#"<head><meta property="article:published_time" content="2026-03-02">"#,
    );
    let text = extract(&dated).text();
    assert!(text.contains("two runs over the same tree"), "{text}");
    assert!(!text.contains("Forgejo"), "card titles dropped: {text}");
    // On a listing, short linked headings are the site's section tiles, not entries.
    let html = archive_page().replace(
        "<h2>By month</h2>",
        &format!("<div class=\"grid\">{cards}</div><h2>By month</h2>"),
    );
    let out = extract(&html);
    assert_eq!(out.metadata.page_type, thresh::PageType::Listing);
    assert!(!out.text().contains("Forgejo"), "{}", out.text());
}

/// A signed guide whose text is an annotated list of links: each entry a link naming a
/// site over a sentence on what it offers, as library guides and reading lists print
/// them; `entries` of them, then a paragraph.
fn annotated_links(entries: usize) -> String {
    let items: String = (0..entries)
        .map(|i| {
            format!(
                r#"<li><div><span><a href="https://site-{i}.example/">Orchard Site {i}</a></span>
                <div class="desc">Grafting videos and pruning calendars for old pear varieties,
                number {i}.</div></div></li>"#
            )
        })
        .collect();
    format!(
        r#"<html><head><title>Orchard resources</title><meta name="author" content="Ann Pryce">
        </head><body><main><article><h1>Orchard resources</h1>
        <p>We keep this list of sites for members who want to learn to graft and prune their
        own trees, and we check every link at the start of each season.</p>
        <ul>{items}</ul></article></main></body></html>"#
    )
}

#[test]
fn an_annotated_list_of_links_keeps_each_entrys_name() {
    let text = extract(&annotated_links(3)).text();
    for i in 0..3 {
        assert!(text.contains(&format!("Orchard Site {i}")), "{text}");
    }
    assert!(text.contains("Grafting videos"), "{text}");
}

#[test]
fn a_lone_link_over_a_text_is_no_entry() {
    // Two entries are no list: a link over a description once or twice is a call to
    // action or a way back ("Back to the guide").
    let text = extract(&annotated_links(2)).text();
    assert!(!text.contains("Orchard Site"), "{text}");
    assert!(text.contains("Grafting videos"), "{text}");
}

#[test]
fn a_link_after_its_entrys_text_is_a_call_to_action() {
    // Each entry's text first, then its button: "Get the recipe" names nothing.
    let items: String = (0..3)
        .map(|i| {
            format!(
                r#"<li><div><div class="desc">A slow braise of beans and smoked ham hock,
                number {i}.</div><div class="note">Serves four, ready in three hours.</div>
                <span><a href="/recipe-{i}/">Get the recipe</a></span></div></li>"#
            )
        })
        .collect();
    let html = format!(
        r#"<html><head><title>Winter suppers</title><meta name="author" content="Ann Pryce">
        </head><body><main><article><h1>Winter suppers</h1>
        <p>Four suppers that cook themselves while the house warms up, each one tested in
        a cold kitchen through the whole of last January.</p><ul>{items}</ul></article>
        </main></body></html>"#
    );
    let text = extract(&html).text();
    assert!(!text.contains("Get the recipe"), "{text}");
}

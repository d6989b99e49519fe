//! Metadata through the library: where a page's date and byline are read from, and the
//! places they are not.

mod metadata_pages;
use metadata_pages::{metadata, PROSE};

/// A post whose date and author sit in a side column between the headline and the text.
fn meta_column_post(column: &str) -> String {
    format!(
        "<html><head><title>Counting the winter</title></head><body><main>\
         <h1>Counting the winter</h1>{column}<div class=\"post-body\">{PROSE}{PROSE}</div>\
         </main></body></html>"
    )
}

#[test]
fn a_short_side_column_beside_the_headline_is_the_posts_own() {
    for column in [
        "<aside class=\"post-aside\"><p class=\"post-date\">May 25, 2023</p>\
         <p>Written By <span>Nell Ashdown</span></p><h2>Topics</h2><ul><li>Orchards</li></ul></aside>",
        "<div class=\"single-post-sidebar\"><h4>Published</h4><div>May 25, 2023</div>\
         <h4>Written by</h4><div>Nell Ashdown</div></div>",
    ] {
        let m = metadata(&meta_column_post(column));
        assert_eq!(m.date.as_deref(), Some("2023-05-25"), "{column}");
        assert_eq!(m.authors, ["Nell Ashdown"], "{column}");
    }
}

#[test]
fn a_long_sidebar_beside_the_headline_lends_no_date() {
    let others: String = (1..=8)
        .map(|i| {
            format!(
                "<li><a href=\"/p{i}\">Another story from the orchard, part {i}</a> \
                 <span>May {i}, 2023</span></li>"
            )
        })
        .collect();
    let column = format!("<aside><h2>Recent posts</h2><ul>{others}</ul></aside>");
    assert_eq!(metadata(&meta_column_post(&column)).date, None);
}

#[test]
fn a_short_side_column_after_the_prose_lends_no_date() {
    let html = format!(
        "<html><head><title>Counting the winter</title></head><body><main>\
         <h1>Counting the winter</h1>{PROSE}\
         <aside class=\"source-file\"><span>Last update: January 12, 2026</span></aside>\
         </main></body></html>"
    );
    assert_eq!(metadata(&html).date, None);
}

#[test]
fn a_shown_update_gives_way_to_the_shown_publication_day() {
    let page = |dates: &str| {
        format!(
            "<html><head><title>Counting the winter</title></head><body><main>\
             <h1>Counting the winter</h1><div class=\"meta\">{dates}</div>{PROSE}\
             </main></body></html>"
        )
    };
    let both = page("<span>Updated: January 2, 2026</span> <span>December 22, 2022</span>");
    assert_eq!(metadata(&both).date.as_deref(), Some("2022-12-22"));
    let labelled =
        page("<b>Last modified</b> <span>January 2, 2026</span> <span>Dec 22, 2022</span>");
    assert_eq!(metadata(&labelled).date.as_deref(), Some("2022-12-22"));
    // An update is still the only day the page shows.
    let alone = page("<span>Updated: January 2, 2026</span>");
    assert_eq!(metadata(&alone).date.as_deref(), Some("2026-01-02"));
}

#[test]
fn scholarly_citation_tags_give_every_author() {
    for key in ["citation_author", "citation_authors"] {
        let html = format!(
            "<html><head><title>Grafting success in old pear stock</title>\
             <meta name=\"DC.Creator\" content=\"Nell Ashdown\">\
             <meta name=\"{key}\" content=\"Ashdown, Nell\">\
             <meta name=\"{key}\" content=\"Tomas Wirth\">\
             <meta name=\"{key}\" content=\"Ida Lindqvist\"></head><body><main>\
             <h1>Grafting success in old pear stock</h1>{PROSE}</main></body></html>"
        );
        assert_eq!(
            metadata(&html).authors,
            ["Nell Ashdown", "Tomas Wirth", "Ida Lindqvist"],
            "{key}"
        );
    }
}

#[test]
fn an_author_boxs_description_is_never_the_name() {
    // A dated post whose author box carries no byline class on its name line, and one
    // on its description line (`author-description`): what the author does is no author.
    let post = |column: &str| {
        format!(
            "<html><head><title>Counting the winter</title><meta \
             property=\"article:published_time\" content=\"2024-03-02\"></head><body><main>\
             <h1>Counting the winter</h1>{column}<div class=\"post-body\">{PROSE}{PROSE}</div>\
             </main></body></html>"
        )
    };
    let m = metadata(&post(
        "<div class=\"post-meta\"><p class=\"headline-text\">Nell Ashdown</p>\
         <div class=\"dynamic-author-description\">Licensed Orchard Grader, M.A. \
         Horticulture</div></div>",
    ));
    assert!(m.authors.is_empty(), "{:?}", m.authors);
    // A name element beside the description still names the author.
    let m = metadata(&post(
        "<div class=\"post-meta\"><p class=\"author-name\">Nell Ashdown</p>\
         <div class=\"author-bio\">Licensed Orchard Grader, M.A. Horticulture</div></div>",
    ));
    assert_eq!(m.authors, ["Nell Ashdown"]);
}

#[test]
fn a_sentence_in_an_author_box_names_its_writer() {
    // The box says who wrote the post in a sentence, the writer's role on the next line:
    // the name follows "written by", and the role line names no author.
    let html = format!(
        "<html><head><title>Counting the winter</title><meta \
         property=\"article:published_time\" content=\"2024-03-02\"></head><body><main>\
         <h1>Counting the winter</h1><div class=\"post-body\">{PROSE}{PROSE}</div>\
         <div id=\"post-author-wrapper\"><div class=\"author-avatar\"><img src=\"/a.png\" \
         alt=\"\"></div><div class=\"bio\">\nThis post was written by Nell Ashdown,\n\
         Head of Orchards and Community Outreach\n</div></div></main></body></html>"
    );
    assert_eq!(metadata(&html).authors, ["Nell Ashdown"]);
}

#[test]
fn styled_items_of_a_byline_never_glue() {
    // The byline's items sit side by side with no space between them, which a style
    // sheet puts there: the name ends where the date, or a post count, begins.
    for (meta, name) in [
        (
            "<div class=\"entry-meta\"><span class=\"meta-author\">By <a \
             href=\"/author/nell\" rel=\"author\">Nell Ashdown</a></span><span \
             class=\"meta-date\">March 2, 2024</span></div>",
            "Nell Ashdown",
        ),
        (
            "<div class=\"byline\"><span class=\"name\">Nell Ashdown</span><span \
             class=\"posts\">3</span></div>",
            "Nell Ashdown",
        ),
    ] {
        let m = metadata(&format!(
            "<html><head><title>Counting the winter</title><meta \
             property=\"article:published_time\" content=\"2024-03-02\"></head><body>\
             <main><h1>Counting the winter</h1>{meta}<div class=\"post-body\">{PROSE}\
             {PROSE}</div></main></body></html>"
        ));
        assert_eq!(m.authors, [name], "{meta}");
    }
    // A separator between two styled items is no word of its own.
    let m = metadata(
        "<html><head><title>Category:Orchards - Orchard Wiki</title></head><body><main><h1><span class=\"ns\">Category\
         </span><span class=\"sep\">:</span><span class=\"main\">Orchards</span></h1>\
         <p>The orchard society met again to count the winter losses.</p></main></body></html>",
    );
    assert_eq!(m.title.as_deref(), Some("Category:Orchards"));
}

#[test]
fn a_services_deep_route_under_profile_is_no_author_page() {
    // A link into a sign-on service ("/idp/profile/SAML2/…") is no person's page; a
    // link to "/profile/nell-ashdown" is one.
    let page = |href: &str| {
        format!(
            "<html><head><title>Counting the winter</title><meta \
             property=\"article:published_time\" content=\"2024-03-02\"></head><body>\
             <main><h1>Counting the winter</h1><p><a href=\"{href}\">Nell Ashdown</a></p>\
             <div class=\"post-body\">{PROSE}{PROSE}</div></main></body></html>"
        )
    };
    let sso = page("https://sso.example.edu/cas/idp/profile/SAML2/Unsolicited/SSO?id=1");
    assert!(metadata(&sso).authors.is_empty());
    assert_eq!(
        metadata(&page("/profile/nell-ashdown")).authors,
        ["Nell Ashdown"]
    );
}

/// A page that names its site only in its header.
fn branded_page(header: &str) -> String {
    format!(
        "<html><head><title>Counting the winter</title></head><body>\
         <header>{header}</header><main><h1>Counting the winter</h1>{PROSE}{PROSE}</main>\
         </body></html>"
    )
}

#[test]
fn the_site_name_is_the_logos_without_the_pictures_words() {
    for (header, site) in [
        (
            "<a class=\"site-logo\" href=\"/\"><img src=\"/l.png\" alt=\"Orchard Society Logo\"></a>",
            Some("Orchard Society"),
        ),
        (
            "<a class=\"logo\" href=\"/\"><img src=\"/l.png\" alt=\"Logo of Orchard Society\"></a>",
            Some("Orchard Society"),
        ),
        // An image's file name, and where the logo's link leads, are no site's name.
        (
            "<a class=\"logo\" href=\"/\"><img src=\"/l.png\" alt=\"orchard-logo-dark\"></a>",
            None,
        ),
        ("<a class=\"header-logo\" href=\"/\">Home</a>", None),
        // A link's label says where it leads around the name, or names no site.
        (
            "<a class=\"logo\" href=\"/\" aria-label=\"Link to the Orchard Society \
             Homepage\"><img src=\"/l.svg\" alt=\"\"></a>",
            Some("Orchard Society"),
        ),
        (
            "<a class=\"logo\" href=\"/\" aria-label=\"Return to the home page \
             (header)\"><img src=\"/l.svg\" alt=\"\"></a>",
            None,
        ),
        (
            "<div class=\"brand\"><a href=\"#main\">Skip to content</a></div>",
            None,
        ),
        // The locale a logo prints beside its picture is no name: its label is.
        (
            "<a class=\"nav-logo\" href=\"/\" aria-label=\"Orchard Society\">\
             <span class=\"nav-sprite\"></span><span class=\"locale\">.us</span></a>",
            Some("Orchard Society"),
        ),
    ] {
        assert_eq!(metadata(&branded_page(header)).sitename.as_deref(), site, "{header}");
    }
}

#[test]
fn a_button_or_a_colour_in_the_brands_name_is_not_the_brand() {
    for header in [
        "<a class=\"button button-brand\" href=\"/login\">Log In</a>",
        "<input class=\"search focus:ring-brand-500\" aria-label=\"search\">\
         <span class=\"text-brand-500\">Search</span>",
    ] {
        let html = branded_page(&format!(
            "{header}<div class=\"navbar-brand\">Orchard Society</div>"
        ));
        assert_eq!(
            metadata(&html).sitename.as_deref(),
            Some("Orchard Society"),
            "{header}"
        );
    }
}

/// A page with these `<head>` elements and a short article.
fn headed_page(head: &str) -> String {
    format!(
        "<html><head><title>Counting the winter</title>{head}</head><body><main>\
         <h1>Counting the winter</h1>{PROSE}{PROSE}</main></body></html>"
    )
}

#[test]
fn a_relative_image_is_resolved_against_the_pages_own_address() {
    let m = metadata(&headed_page(
        "<link rel=\"canonical\" href=\"https://orchard.example/news/winter\">\
         <meta property=\"og:image\" content=\"/media/pears.jpg\">\
         <meta property=\"twitter:image\" content=\"//cdn.orchard.example/apples.jpg\">",
    ));
    assert_eq!(
        m.image.as_deref(),
        Some("https://orchard.example/media/pears.jpg")
    );
    let m = metadata(&headed_page(
        "<link rel=\"canonical\" href=\"https://orchard.example/news/winter\">\
         <meta property=\"og:image\" content=\"//cdn.orchard.example/apples.jpg\">",
    ));
    assert_eq!(
        m.image.as_deref(),
        Some("https://cdn.orchard.example/apples.jpg")
    );
}

#[test]
fn a_canonical_address_without_a_host_gives_way_to_og_url() {
    let m = metadata(&headed_page(
        "<link rel=\"canonical\" href=\"https:///news/winter\">\
         <meta property=\"og:url\" content=\"https://orchard.example/news/winter\">",
    ));
    assert_eq!(
        m.url.as_deref(),
        Some("https://orchard.example/news/winter")
    );
}

#[test]
fn tags_a_page_sets_for_its_own_machinery_are_dropped() {
    let m = metadata(&headed_page(
        "<meta property=\"article:tag\" content=\"pears\">\
         <meta property=\"article:tag\" content=\"_no-syndication\">\
         <meta property=\"article:tag\" content=\"channel_garden\">\
         <meta name=\"keywords\" content=\"frost, locale: GB, displayType: feature, \
         hasProduct: false, @post-id:4471\">",
    ));
    assert_eq!(m.tags, ["pears", "frost"]);
    // One labelled kind is the reader's own.
    let m = metadata(&headed_page(
        "<meta name=\"keywords\" content=\"Category: Orchards, Category: Frost, pears\">",
    ));
    assert_eq!(m.tags, ["Category: Orchards", "Category: Frost", "pears"]);
}

#[test]
fn a_keywords_tag_that_holds_running_text_gives_no_tags() {
    let m = metadata(&headed_page(
        "<meta name=\"keywords\" content=\"The society met again in March, after the \
         frost. In ten years, the pears have never fared so well, nor the apples so badly\">",
    ));
    assert!(m.tags.is_empty(), "{:?}", m.tags);
}

#[test]
fn categories_are_whole_names_never_a_cms_default_or_a_lists_own_links() {
    let m = metadata(&headed_page(
        "<script type=\"application/ld+json\">{\"@type\": \"BlogPosting\", \
         \"headline\": \"Counting the winter\", \"articleSection\": \"Food &amp; Drink\"}\
         </script>",
    ));
    assert_eq!(m.categories, ["Food & Drink"]);
    let m = metadata(&headed_page(
        "<meta property=\"article:section\" content=\"Uncategorized\">",
    ));
    assert!(m.categories.is_empty(), "{:?}", m.categories);
    let html = "<html><head><title>Counting the winter</title></head><body><main>\
        <h1>Counting the winter</h1><p class=\"post-categories\">Categories: \
        <a href=\"/c/\">All</a> <a href=\"/c/orchards\">Orchards</a></p>"
        .to_string()
        + PROSE
        + PROSE
        + "</main></body></html>";
    assert_eq!(metadata(&html).categories, ["Orchards"]);
}

#[test]
fn a_controls_label_beside_the_headline_is_no_date() {
    let page = |control: &str| {
        format!(
            "<html><head><title>Counting the winter</title></head><body><main>\
             <h1>Counting the winter</h1>{control}{PROSE}{PROSE}</main></body></html>"
        )
    };
    // A version picker, a tab and a select show their state, not the page's date.
    for control in [
        "<button><span>2026-02-25</span>.clover</button>",
        "<div role=\"button\"><span><span>2026-02-25</span></span></div>",
        "<div role=\"tab\">2026-02-25</div>",
        "<select><option>2026-02-25</option></select>",
    ] {
        assert_eq!(metadata(&page(control)).date, None, "{control}");
    }
    // The same date as a plain line is the dateline.
    let dated = metadata(&page("<p class=\"meta\">2026-02-25</p>"));
    assert_eq!(dated.date.as_deref(), Some("2026-02-25"));
}

#[test]
fn degrees_after_a_name_stay_with_it() {
    for (meta, want) in [
        ("Nell Ashdown, MS, RDN", vec!["Nell Ashdown, MS, RDN"]),
        ("Nell Ashdown, Ph.D.", vec!["Nell Ashdown, Ph.D."]),
        (
            "Nell Ashdown, DVM, DACVB, Tom Birch",
            vec!["Nell Ashdown, DVM, DACVB", "Tom Birch"],
        ),
        ("Nell Ashdown, Tom Birch", vec!["Nell Ashdown", "Tom Birch"]),
    ] {
        let html = format!(
            "<html><head><title>Counting the winter</title>\
             <meta name=\"author\" content=\"{meta}\"></head><body><main>\
             <h1>Counting the winter</h1>{PROSE}</main></body></html>"
        );
        assert_eq!(metadata(&html).authors, want, "{meta}");
    }
}

#[test]
fn json_ld_printed_into_a_meta_tag_is_read() {
    let ld = "{&quot;@type&quot;:&quot;Article&quot;,&quot;headline&quot;:&quot;Counting \
              the winter&quot;,&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}";
    let html = format!(
        "<html><head><title>Orchard Notes</title>\
         <meta name=\"script:ld+json\" content=\"{ld}\"></head><body><main>\
         {PROSE}{PROSE}</main></body></html>"
    );
    let m = metadata(&html);
    assert_eq!(m.date.as_deref(), Some("2025-11-17T09:00:00-05:00"));
    assert_eq!(m.title.as_deref(), Some("Counting the winter"));
}

#[test]
fn a_date_stamp_further_down_the_text_goes() {
    let filler: String = (0..10).map(|_| PROSE).collect();
    let html = format!(
        "<html><head><title>Counting the winter</title></head><body><main>\
         <h1>Counting the winter</h1>{filler}<p>First Published: Tuesday, November 19, \
         2019 08:38 AM</p><p>Last updated on September 16th, 2023 at 09:27 am</p>\
         <p>Published in 2019, the count covered the whole orchard.</p>{PROSE}\
         </main></body></html>"
    );
    let text = thresh::extract(html.as_bytes(), &thresh::Options::default())
        .expect("extraction")
        .text();
    assert!(!text.contains("First Published"), "{text}");
    assert!(!text.contains("Last updated"), "{text}");
    assert!(
        text.contains("Published in 2019, the count"),
        "a sentence stays: {text}"
    );
}

#[test]
fn a_site_name_ending_in_a_separator_loses_it() {
    let html = headed_page(r#"<meta property="og:site_name" content="Orchard Society |">"#);
    assert_eq!(metadata(&html).sitename.as_deref(), Some("Orchard Society"));
}

#[test]
fn a_tag_names_a_topic_not_a_record_or_a_glyph() {
    let html =
        headed_page(r#"<meta name="keywords" content="18153161, pruning, 2024, ¶, winter pears">"#);
    assert_eq!(metadata(&html).tags, ["pruning", "2024", "winter pears"]);
}

#[test]
fn a_description_loses_the_markup_and_entities_escaped_into_it() {
    let html = headed_page(
        r#"<meta property="og:description" content="&lt;p&gt;We pruned the &lt;strong&gt;north wall&lt;/strong&gt;, see &lt;a href=&quot;/notes&quot;&gt;the notes&lt;/a&gt;.&lt;/p&gt;&amp;nbsp;&amp;rarr;">"#,
    );
    assert_eq!(
        metadata(&html).description.as_deref(),
        Some("We pruned the north wall, see the notes. →")
    );
    // Code quoted in a description, with a type's angle brackets and an XML element,
    // is no HTML markup.
    let code = "Register HttpClient<IApiService, ApiService>() and set \
                <TargetFrameworks>net8.0</TargetFrameworks> in the project.";
    let html = headed_page(&format!(
        "<meta name=\"description\" content=\"{}\">",
        code.replace('<', "&lt;").replace('>', "&gt;")
    ));
    assert_eq!(metadata(&html).description.as_deref(), Some(code));
}

#[test]
fn a_posts_own_footer_lists_its_tags_a_sites_footer_does_not() {
    let page = |post_footer: &str, site_footer: &str| {
        format!(
            "<html><head><title>Counting the winter</title></head><body>\
             <article class=\"post\"><h1>Counting the winter</h1>{PROSE}{PROSE}\
             <div class=\"post-footer\">{post_footer}</div></article>\
             <div class=\"site-footer\">{site_footer}</div></body></html>"
        )
    };
    let labels = "Labels: <a href=\"/label/pears\" rel=\"tag\">pears</a>, \
                  <a href=\"/label/frost\" rel=\"tag\">frost</a>";
    let cloud = "<a href=\"/label/recipes\" rel=\"tag\">recipes</a> \
                 <a href=\"/label/travel\" rel=\"tag\">travel</a>";
    assert_eq!(metadata(&page(labels, cloud)).tags, ["pears", "frost"]);
    assert!(metadata(&page("", cloud)).tags.is_empty());
}

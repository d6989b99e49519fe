//! How the read text is tidied after selection: copies of the article a page carries
//! twice, checked on small pages through the library.

#[allow(dead_code)]
mod rule_pages;
use rule_pages::{remodel_like, sections, text_of};

#[test]
fn a_second_copy_of_the_article_leaves_no_empty_headings() {
    // The layout carries the article twice (a desktop and a mobile copy): the copy's
    // paragraphs go as repeats, and so do its headings, which now head nothing.
    let body = sections(3);
    let html = format!(
        "<html><head><title>Remodel costs</title></head><body><main><h1>Remodel costs</h1>\
         <div class=\"desktop\">{body}</div><div class=\"mobile\">{body}</div></main></body></html>"
    );
    let text = text_of(&html);
    assert_eq!(text.matches("remodel part 2 run high").count(), 1, "{text}");
    assert_eq!(text.matches("Part 2: labour").count(), 1, "{text}");
}

#[test]
fn a_reference_keeps_the_description_each_endpoint_repeats() {
    // An API reference describes the same parameter under every endpoint that takes it:
    // each copy is part of its endpoint's entry, not a second copy of the page.
    let param = "<h4>limit integer</h4><p>The number of records to return per page, \
                 between one and one hundred; the server caps larger values and fills the \
                 next page from where this one stops.</p>";
    let endpoints: String = ["List invoices", "List refunds", "List customers"]
        .iter()
        .map(|name| format!("<h2>{name}</h2><p>Returns the {name} in creation order.</p>{param}"))
        .collect();
    let html = format!(
        "<html><head><title>Pagination reference</title><script type=\"application/ld+json\">\
         {{\"@type\":\"TechArticle\",\"headline\":\"Pagination reference\"}}</script></head>\
         <body><main><h1>Pagination reference</h1>{endpoints}</main></body></html>"
    );
    let text = text_of(&html);
    assert_eq!(text.matches("The number of records").count(), 3, "{text}");
}

#[test]
fn repeated_labels_over_their_own_items_stay() {
    // Each event card has a location heading over its own text; short tag headings
    // repeat with nothing under them. Neither is a copy.
    let cards: String = (1..=4)
        .map(|n| {
            format!(
                "<h3>Tech conference in Chicago, Illinois</h3><p>Conference {n}: two days of \
                 talks on build tools, with workshops on the second afternoon for teams.</p>\
                 <h4>organic cotton</h4><h4>hemp</h4>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Events</title></head><body><main><h1>Events</h1>{cards}</main>\
         </body></html>"
    );
    let text = text_of(&html);
    assert_eq!(
        text.matches("Tech conference in Chicago").count(),
        4,
        "{text}"
    );
    assert_eq!(text.matches("organic cotton").count(), 4, "{text}");
}

#[test]
fn a_table_of_contents_title_left_alone_goes() {
    // The contents list is in-page navigation and goes; its title, a line of its own,
    // goes with it in any of the languages listed.
    for title in [
        "Table of Contents",
        "In this article:",
        "Inhaltsverzeichnis",
        "目次",
    ] {
        let html = format!(
            "<html><head><title>Remodel costs</title></head><body><main><h1>Remodel costs</h1>\
             <p><strong>{title}</strong></p><nav><ul><li><a href=\"#p1\">Part one</a></li>\
             <li><a href=\"#p2\">Part two</a></li></ul></nav>{}</main></body></html>",
            sections(3)
        );
        let text = text_of(&html);
        assert!(!text.contains(title), "{title}: {text}");
        assert!(text.contains("Part 2: labour is scarce"), "{text}");
    }
}

#[test]
fn a_scripts_placeholder_line_goes() {
    // "Loading…" stands where a script draws a widget later (a shipping estimate, the
    // reviews): what it stands for is not in the page, and the placeholder is no text.
    for placeholder in ["Loading...", "LOADING…", "Wird geladen"] {
        let html = remodel_like(&format!(
            "<div class=\"estimate\"><span>{placeholder}</span></div>"
        ));
        let text = text_of(&html);
        assert!(!text.contains(placeholder), "{placeholder}: {text}");
        assert!(text.contains("Part 3: labour is scarce"), "{text}");
    }
}

#[test]
fn a_counters_tally_alone_goes_and_a_sentence_with_a_count_stays() {
    let posts: String = (1..=4)
        .map(|i| {
            format!(
                "<div class=\"post\"><p>Reply {i}: the grafted pears took in the second \
                 spring, once the ties were loosened and the wax renewed.</p>\
                 <div class=\"actions\"><div>{i} likes</div><div>1,20{i} views</div>\
                 <div>Posts: 3{i}</div><div>Replies 1{i}</div><div>Original Poster</div>\
                 <div>Reply</div></div>\
                 </div>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Grafting pears</title></head><body><main><h1>Grafting pears</h1>\
         <p>12 replies came in the first week, and all of them said the same thing about the \
         wax and the ties on an old pear tree.</p>{posts}</main></body></html>"
    );
    let text = text_of(&html);
    assert!(!text.contains("3 likes"), "{text}");
    assert!(!text.contains("1,203 views"), "{text}");
    assert!(!text.contains("Posts: 32"), "{text}");
    assert!(!text.contains("Replies 12"), "{text}");
    assert!(!text.contains("Original Poster"), "{text}");
    assert!(!text.contains("\nReply\n"), "{text}");
    assert!(text.contains("12 replies came in the first week"), "{text}");
    assert!(text.contains("Reply 4: the grafted pears"), "{text}");
}

#[test]
fn a_controls_caption_alone_goes_and_a_label_over_a_name_stays() {
    let cards: String = (1..=3)
        .map(|i| {
            format!(
                "<div class=\"book\"><h2>The orchard year, volume {i}</h2><p>by</p>\
                 <p>Nell Ashdown</p><p>A season of grafting, pruning and picking told month \
                 by month from the north wall of an old walled garden.</p>\
                 <div><span>Share</span></div><div>Read more</div><div>Tags</div>\
                 <div>4 min read</div><blockquote>Quote</blockquote><div>Play video</div>\
                 <div>Best seller</div><div>Reading time: 5 minutes</div>\
                 <div>Contents [hide]</div></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Orchard books</title></head><body><main><h1>Orchard books</h1>\
         {cards}</main></body></html>"
    );
    let text = text_of(&html);
    assert!(!text.contains("Share"), "{text}");
    assert!(!text.contains("Read more"), "{text}");
    assert!(!text.contains("Tags"), "{text}");
    assert!(!text.contains("min read"), "{text}");
    assert!(!text.contains("Quote"), "{text}");
    assert!(!text.contains("Play video"), "{text}");
    assert!(!text.contains("Best seller"), "{text}");
    assert!(!text.contains("Reading time"), "{text}");
    assert!(!text.contains("Contents"), "{text}");
    assert!(text.contains("by\n\nNell Ashdown"), "{text}");
}

/// A page of `items` blocks, each an item's text over its age ("3 days ago"), declared
/// as the JSON-LD type `ld_type`.
fn aged_items(ld_type: &str) -> String {
    let items: String = (1..=4)
        .map(|i| {
            format!(
                "<div class=\"item\"><p>Item {i}: the grafted pears took in the second \
                 spring, once the ties were loosened and the wax renewed.</p>\
                 <div class=\"age\">{i} days ago</div></div>"
            )
        })
        .collect();
    format!(
        "<html><head><title>Grafting pears</title><script type=\"application/ld+json\">\
         {{\"@type\":\"{ld_type}\",\"name\":\"Grafting pears\"}}</script></head><body><main>\
         <h1>Grafting pears</h1>{items}</main></body></html>"
    )
}

#[test]
fn a_relative_timestamp_alone_goes_on_a_thread_and_stays_on_an_index() {
    let thread = text_of(&aged_items("DiscussionForumPosting"));
    assert!(!thread.contains("days ago"), "{thread}");
    assert!(thread.contains("Item 3: the grafted pears"), "{thread}");
    let index = text_of(&aged_items("CollectionPage"));
    assert!(index.contains("3 days ago"), "{index}");
}

#[test]
fn a_reference_list_and_a_disclaimer_under_their_titles_go() {
    let refs: String = (1..=5)
        .map(|i| {
            format!(
                "<li>Ashdown N, Wirth T. Graft union strength in pear, study {i}. J Orchard \
                 Sci. 2019;{i}:100-110.</li>"
            )
        })
        .collect();
    let html = remodel_like(&format!(
        "<h2>Sources of delay</h2><p>Permits and inspections add weeks to every remodel, \
         and the wait grows in spring when every household plans the same work.</p>\
         <h2>References</h2><ol>{refs}</ol><h2>Disclaimer</h2><p>This article is for \
         general information only and is not professional advice for any remodel.</p>"
    ));
    let text = text_of(&html);
    assert!(!text.contains("Graft union strength"), "{text}");
    assert!(!text.contains("References"), "{text}");
    assert!(!text.contains("general information only"), "{text}");
    assert!(text.contains("Permits and inspections add weeks"), "{text}");
}

#[test]
fn a_latest_news_strip_after_the_text_goes() {
    let html = remodel_like(
        "<h2>Latest news</h2><p>The city opens a new permit office downtown this month, \
         with longer hours on weekdays and a queue you can join online.</p>",
    );
    let text = text_of(&html);
    assert!(!text.contains("permit office downtown"), "{text}");
    assert!(text.contains("Part 3: labour is scarce"), "{text}");
}

#[test]
fn a_login_wall_over_the_reply_box_goes_with_its_prompts() {
    let html = remodel_like(
        "<h2>You must log in to answer this question.</h2><p>Start asking to get the \
         answers you need from the community.</p><p>Find what you need by asking.</p>",
    );
    let text = text_of(&html);
    assert!(!text.contains("You must log in"), "{text}");
    assert!(!text.contains("Start asking"), "{text}");
    assert!(text.contains("Part 3: labour is scarce"), "{text}");
}

#[test]
fn a_strips_title_left_as_a_line_of_its_own_goes() {
    let html = remodel_like(
        "<p><strong>Recent Posts</strong></p><nav><ul><li><a href=\"/a\">Tiling a bathroom \
         floor</a></li><li><a href=\"/b\">Choosing a roofer</a></li></ul></nav>",
    );
    let text = text_of(&html);
    assert!(!text.contains("Recent Posts"), "{text}");
    assert!(text.contains("Part 3: labour is scarce"), "{text}");
}

#[test]
fn a_login_prompt_or_a_more_from_line_alone_goes() {
    let html = remodel_like(
        "<p><a href=\"/login\">Log in to save to favorites</a></p>\
         <p><strong>More from our renovation desk</strong></p>\
         <div><span>Manage Privacy Preferences</span></div><div>Quick Links</div>",
    );
    let text = text_of(&html);
    assert!(!text.contains("Log in to save"), "{text}");
    assert!(!text.contains("More from"), "{text}");
    assert!(!text.contains("Privacy Preferences"), "{text}");
    assert!(!text.contains("Quick Links"), "{text}");
    assert!(text.contains("Part 3: labour is scarce"), "{text}");
}

#[test]
fn a_threads_reply_subjects_go_and_a_reply_of_another_subject_stays() {
    // Board software heads every reply "Re: <thread title>", the same line each time.
    let posts: String = (1..=4)
        .map(|i| {
            let subject = if i == 4 {
                "Re: Grafting wax recipes".to_string()
            } else {
                "Re: Turning off the old pear tree's water sprouts".to_string()
            };
            format!(
                "<div class=\"post\"><h3>{subject}</h3><div class=\"postbody\"><p>Reply {i}: \
                 cut them in high summer, when the tree heals fastest and sends fewer back \
                 the following spring.</p></div></div>"
            )
        })
        .collect();
    let html = format!(
        r#"<html><head><title>Turning off the old pear tree's water sprouts</title>
        <script type="application/ld+json">{{"@type":"DiscussionForumPosting","headline":"Turning off the old pear tree's water sprouts"}}</script>
        </head><body><main><h1>Turning off the old pear tree's water sprouts</h1>
        <p>My old pear sends up a forest of water sprouts every year; when should I cut
        them, and does it matter how close to the branch?</p>{posts}</main></body></html>"#
    );
    let text = text_of(&html);
    assert!(!text.contains("Re: Turning off"), "{text}");
    assert!(text.contains("Re: Grafting wax recipes"), "{text}");
    assert!(text.contains("Reply 3: cut them"), "{text}");
}

#[test]
fn an_affiliate_disclosure_goes_and_a_paragraph_about_affiliates_stays() {
    let body = sections(3);
    for notice in [
        "Disclosure: this post contains affiliate links. If you buy through them, we may \
         earn a small commission at no extra cost to you.",
        "As an affiliate, I earn from qualifying purchases.",
        "Dieser Beitrag enthält Partnerlinks: Für Käufe über diese Links erhalten wir eine \
         kleine Provision.",
        "Este artículo contiene enlaces de afiliados: si compras a través de ellos, \
         recibimos una comisión.",
    ] {
        let html = format!(
            "<html><head><title>Remodel costs</title></head><body><main><h1>Remodel costs</h1>\
             <p><em>{notice}</em></p>{body}<p>Affiliate programmes pay a commission to the \
             sites that send buyers, which is why so many review sites exist at all.</p>\
             </main></body></html>"
        );
        let text = text_of(&html);
        assert!(
            !text.contains("ommission at no") && !text.contains("qualifying"),
            "{text}"
        );
        assert!(!text.contains("kleine Provision"), "{text}");
        assert!(!text.contains("afiliados"), "{text}");
        assert!(text.contains("Part 2: labour"), "{text}");
        assert!(text.contains("Affiliate programmes pay"), "{text}");
    }
}

#[test]
fn a_cookie_notice_in_the_text_goes_and_a_paragraph_about_cookies_stays() {
    let body = sections(3);
    for notice in [
        "This website uses cookies to improve your experience. We'll assume you're ok \
         with this, but you can opt out if you wish.",
        "Diese Website verwendet Cookies, um die Nutzung zu analysieren.",
    ] {
        let html = format!(
            "<html><head><title>Remodel costs</title></head><body><main><h1>Remodel costs</h1>\
             {body}<p>{notice}</p><p>Browsers keep cookies for each site, and apps that use \
             cookies for marketing must ask first under the privacy rules.</p>\
             </main></body></html>"
        );
        let text = text_of(&html);
        assert!(!text.contains("improve your experience"), "{text}");
        assert!(!text.contains("Nutzung"), "{text}");
        assert!(text.contains("Part 2: labour"), "{text}");
        assert!(text.contains("Browsers keep cookies"), "{text}");
    }
}

#[test]
fn an_invitation_to_report_an_error_goes_and_a_story_about_an_error_stays() {
    let body = sections(3);
    let html = format!(
        "<html><head><title>Remodel costs</title></head><body><main><h1>Remodel costs</h1>\
         {body}<p>Spotted a mistake? Email our corrections desk and we will look into it.</p>\
         <p>The inspector found an error in the permit and asked the builder to contact \
         the county before the walls went up.</p></main></body></html>"
    );
    let text = text_of(&html);
    assert!(!text.contains("Spotted a mistake"), "{text}");
    assert!(text.contains("found an error in the permit"), "{text}");
}

#[test]
fn a_more_stories_list_under_a_plain_line_goes_with_its_title() {
    // The strip's title is a styled `<div>`, no heading: its list goes with it. Its items
    // link half their words, as a magazine's do ("Story title: a line about it").
    let items: String = [
        (
            "Tiling a bathroom floor",
            "without a wet saw or a second pair of hands",
        ),
        (
            "Choosing a roofer",
            "who pulls the permit before the first shingle comes off",
        ),
        (
            "What an engineer checks",
            "first when a wall comes down between two rooms",
        ),
    ]
    .iter()
    .map(|(t, rest)| format!("<li><a href=\"/s\">{t}</a>: {rest}</li>"))
    .collect();
    let html = format!(
        "<html><head><title>Remodel costs</title></head><body><main><h1>Remodel costs</h1>\
         <div class=\"body\">{}<div class=\"heading-h3\">More Great Renovation Stories</div>\
         <ul>{items}</ul></div></main></body></html>",
        sections(3)
    );
    let text = text_of(&html);
    assert!(!text.contains("More Great Renovation Stories"), "{text}");
    assert!(!text.contains("Choosing a roofer"), "{text}");
    assert!(text.contains("Part 3: labour is scarce"), "{text}");
}

#[test]
fn a_recommended_label_over_its_own_list_stays() {
    // "Recommended:" over a list of system requirements names the list's own settings.
    let html = remodel_like(
        "<p>Recommended:</p><ul><li>Memory: 16 GB of working memory</li>\
         <li>Storage: 40 GB of free disk space</li></ul>",
    );
    let text = text_of(&html);
    assert!(text.contains("16 GB of working memory"), "{text}");
}

#[test]
fn a_request_to_turn_off_an_ad_blocker_goes_and_a_paragraph_about_them_stays() {
    let body = sections(3);
    for notice in [
        "Our newsroom relies on advertising to pay its reporters. If you value our work, \
         please disable your ad blocker.",
        "Bitte deaktivieren Sie Ihren Werbeblocker, um unsere Arbeit zu unterstützen.",
    ] {
        let html = format!(
            "<html><head><title>Remodel costs</title></head><body><main><h1>Remodel costs</h1>\
             {body}<p>{notice}</p><p>Ad blockers spread as pages grew heavier, and contractors \
             who advertise online now pay for fewer views of each listing.</p>\
             </main></body></html>"
        );
        let text = text_of(&html);
        assert!(!text.contains("relies on advertising"), "{text}");
        assert!(!text.contains("Werbeblocker"), "{text}");
        assert!(text.contains("Part 2: labour"), "{text}");
        assert!(text.contains("Ad blockers spread"), "{text}");
    }
}

#[test]
fn a_prompt_to_follow_or_sign_up_goes_and_a_sentence_that_follows_steps_stays() {
    let body = sections(3);
    for prompt in [
        "Have a tip? Our remodel desk reads every message. Follow us on Mastodon and on \
         Facebook.",
        "Start your week with the Renovation Brief. Sign up for our free newsletter to get \
         it in your inbox every Monday.",
        "Folgen Sie uns auf Instagram für neue Projekte.",
        "Join me on TikTok: @remodeldesk",
        "Join our mailing list! Get a newsletter when a new episode is out.",
    ] {
        let html = format!(
            "<html><head><title>Remodel costs</title></head><body><main><h1>Remodel costs</h1>\
             {body}<p>{prompt}</p><p>Follow us as we take the kitchen wall down, one stud \
             at a time, and sign up for the inspection before the drywall goes on. Join us \
             on site any Friday.</p>\
             </main></body></html>"
        );
        let text = text_of(&html);
        assert!(!text.contains(prompt), "{text}");
        assert!(text.contains("Part 2: labour"), "{text}");
        assert!(text.contains("take the kitchen wall down"), "{text}");
    }
}

#[test]
fn control_captions_of_boards_photos_and_sorters_go() {
    let html = format!(
        "<html><head><title>Remodel costs</title></head><body><main><h1>Remodel costs</h1>\
         <p>Caption</p><p>Sort by</p>{}<p>Link to comment</p><p>Share on other sites</p>\
         </main></body></html>",
        sections(3)
    );
    let text = text_of(&html);
    for label in [
        "Caption",
        "Sort by",
        "Link to comment",
        "Share on other sites",
    ] {
        assert!(!text.contains(label), "{label}: {text}");
    }
    assert!(text.contains("labour is scarce"), "{text}");
}

#[test]
fn share_sign_up_and_comment_lines_go_in_many_languages() {
    let widgets = [
        "Auf Facebook teilen",
        "Artikel teilen",
        "Partager sur Facebook",
        "Share this article",
        "Newsletter abonnieren",
        "Подпишитесь на рассылку",
        "Kommentare",
        "Annons",
    ];
    let lines: String = widgets.iter().map(|w| format!("<p>{w}</p>")).collect();
    let html = format!(
        "<html><head><title>Remodel costs</title></head><body><main><h1>Remodel costs</h1>\
         {}{lines}<p>Share the load</p></main></body></html>",
        sections(3)
    );
    let text = text_of(&html);
    for w in widgets {
        assert!(!text.contains(w), "{w}: {text}");
    }
    // A line that shares something else than the story is text.
    assert!(text.contains("Share the load"), "{text}");
}

#[test]
fn a_thread_keeps_its_comments_heading() {
    let html = format!(
        "<html><head><title>Remodel costs</title><script type=\"application/ld+json\">\
         {{\"@type\": \"DiscussionForumPosting\", \"headline\": \"Remodel costs\"}}</script>\
         </head><body><main><h1>Remodel costs</h1>{}<h2>Comments</h2>{}</main></body></html>",
        sections(2),
        sections(2).replace("part", "reply")
    );
    let text = text_of(&html);
    assert!(text.contains("Comments"), "{text}");
}

#[test]
fn a_boards_guest_notice_goes_and_a_sentence_about_guests_stays() {
    let body = sections(3);
    let html = format!(
        "<html><head><title>Remodel costs</title></head><body><main><h1>Remodel costs</h1>\
         <p>You're browsing the Remodel Boards as a guest. Sign Up for free (or Log In if \
         you already have an account) to post messages and view photos in posts.</p>{body}\
         <p>We stayed as a guest of the builder for two nights while the roof was off, and \
         learned more about rafters than we had ever meant to.</p></main></body></html>"
    );
    let text = text_of(&html);
    assert!(!text.contains("browsing the Remodel Boards"), "{text}");
    assert!(text.contains("stayed as a guest"), "{text}");
}

//! Container selection checked on small pages through the library.

fn text_of(html: &str) -> String {
    thresh::extract(html.as_bytes(), &thresh::Options::default())
        .expect("extraction")
        .text()
}

/// A story of `n` paragraphs (numbered, so that none repeats another).
fn story(n: usize) -> String {
    (1..=n)
        .map(|i| {
            format!(
                "<p>Notice {i}: the ferry company has cut its winter timetable to two crossings a \
                day after the second of its three vessels failed an engine inspection in the dry \
                dock at the northern yard last week.</p>"
            )
        })
        .collect()
}

/// A teaser of another story: a linked picture, a linked headline and a blurb.
fn teaser(n: usize) -> String {
    format!(
        r#"<article class="feed-item"><a href="/stories/{n}"><img src="/i/{n}.jpg" alt=""></a>
        <header><h2><a href="/stories/{n}">Other story number {n}</a></h2></header>
        <p>Blurb {n}: a walk along the old canal towpath turns up herons, a sunken barge and a
        lock keeper who has kept the same hours for thirty years and means to keep them.</p>
        <p>Blurb {n} again: the council plans to dredge the basin next spring, and the boat club
        has offered volunteers for the clearing of the reed beds along the southern bank.</p>
        </article>"#
    )
}

#[test]
fn a_story_with_a_feed_of_teasers_under_it_is_read_from_its_own_article() {
    let story = story(10);
    let feed: String = (1..=10).map(teaser).collect();
    let html = format!(
        r#"<html><head><meta property="og:type" content="article"></head><body>
        <section role="main"><section><article class="single-story"><h1>Winter timetable cut</h1>
        {story}</article></section></section>
        <section role="main"><section class="wrapper">{feed}</section></section></body></html>"#
    );
    let text = text_of(&html);
    assert!(text.contains("engine inspection"), "story kept: {text}");
    assert!(!text.contains("towpath"), "feed dropped: {text}");
}

#[test]
fn a_thread_of_article_posts_is_not_cut_to_its_first_post() {
    // Replies that link nowhere are not teasers: the first post does not stand alone.
    let story = story(10);
    let reply = |n: usize| {
        format!(
            r#"<article class="message"><div class="user">member{n}</div><p>Reply {n}: we crossed
            on the early boat and it ran on time, though the café on board was closed.</p></article>"#
        )
    };
    let replies: String = (1..=6).map(reply).collect();
    let html = format!(
        r#"<html><head><meta property="og:type" content="article"></head><body><main>
        <article class="message"><h1>Winter timetable cut</h1>{story}</article>{replies}
        </main></body></html>"#
    );
    let text = text_of(&html);
    assert!(
        text.contains("engine inspection"),
        "first post kept: {text}"
    );
    assert!(text.contains("Reply 3"), "replies kept: {text}");
}

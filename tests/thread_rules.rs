//! Threads: each post keeps who wrote it and when, and nothing else of its header.

#[allow(dead_code)]
mod rule_pages;
use rule_pages::text_of;

/// How a post header prints the post's date.
#[derive(Clone, Copy)]
enum Dates {
    /// A `<time>` beside the permalink.
    Plain,
    /// The `<time>` is the permalink's text, in a list (XenForo).
    Linked,
    /// Linked, and an edit's line closing the post, dated the next day.
    Edited,
    /// Linked, and again under the header after a word, with an edit's mark ("Posted
    /// Jan 1, 2026 (edited)", Invision).
    Twice,
}

/// A thread of `posters.len()` posts, each with a poster panel (an `<aside>`: the linked
/// name, a rank, a join date and a message tally) and a header row (a `<header>`: the
/// post's date and its permalink), as forum software prints them.
fn thread(posters: &[&str]) -> String {
    thread_dated(posters, Dates::Plain)
}

/// [`thread`], its dates printed as `dates` says.
fn thread_dated(posters: &[&str], dates: Dates) -> String {
    let posts: String = posters
        .iter()
        .enumerate()
        .map(|(i, name)| {
            format!(
                "<article class=\"message\"><aside class=\"message-user\"><a \
                 class=\"avatar\" href=\"/members/{name}.{i}/\">{initial}</a><h4><a \
                 class=\"username\" href=\"/members/{name}.{i}/\">{name}</a></h4><h5 \
                 class=\"userTitle\">Seasoned Grafter</h5><dl><dt>Joined</dt><dd>Mar 3, \
                 2019</dd></dl><dl><dt>Messages</dt><dd>1,20{i}</dd></dl></aside>\
                 <div class=\"message-main\"><header class=\"message-attribution\">{date}<a \
                 href=\"#post-{i}\">#{n}</a></header>{again}<div class=\"message-body\"><p>Post \
                 {n}: the grafted pears took in the second spring, once the ties were \
                 loosened and the wax renewed, and the old tree by the wall fruited \
                 again.</p>{edit}</div></div></article><p><a href=\"/members/\">Members</a></p>",
                initial = name.chars().next().unwrap_or('X'),
                date = date_markup(dates, i + 1),
                again = if matches!(dates, Dates::Twice) {
                    format!("<p>Posted {} (edited)</p>", time(i + 1))
                } else {
                    String::new()
                },
                edit = if matches!(dates, Dates::Edited) {
                    format!("<p class=\"edited\">Last edited: {}</p>", time(i + 2))
                } else {
                    String::new()
                },
                n = i + 1,
            )
        })
        .collect();
    format!(
        r#"<html><head><title>Grafting pears</title>
        <script type="application/ld+json">{{"@type":"DiscussionForumPosting","headline":"Grafting pears"}}</script>
        </head><body><div class="thread"><h1>Grafting pears</h1>{posts}</div></body></html>"#
    )
}

/// The `<time>` of day `d` of January 2026.
fn time(d: usize) -> String {
    format!("<time datetime=\"2026-01-0{d}T21:14:00-05:00\">Jan {d}, 2026</time>")
}

/// The date of day `d` in a post's header row, as `dates` prints it.
fn date_markup(dates: Dates, d: usize) -> String {
    match dates {
        Dates::Plain => time(d),
        Dates::Linked | Dates::Edited | Dates::Twice => format!(
            "<ul class=\"attribution-main\"><li><a href=\"/threads/grafting.7/#post-{d}\" \
             rel=\"nofollow\">{}</a></li></ul>",
            time(d)
        ),
    }
}

#[test]
fn each_post_keeps_its_poster_and_date() {
    let text = text_of(&thread(&["Nell Ashdown", "pipfruit_jo", "Ottoline"]));
    for (name, date, n) in [
        ("Nell Ashdown", "Jan 1, 2026", 1),
        ("pipfruit_jo", "Jan 2, 2026", 2),
        ("Ottoline", "Jan 3, 2026", 3),
    ] {
        assert!(
            text.contains(&format!("{name}\n\n{date}\n\nPost {n}: the grafted")),
            "{name}: {text}"
        );
    }
    // The rest of each header goes: the rank, the panel's fields, the tally's name
    // (its count goes as a counter), the avatar's initial, the permalink, and a link to
    // the member list, which names no member.
    for chrome in [
        "Seasoned Grafter",
        "Joined",
        "Mar 3, 2019",
        "Messages",
        "#1",
        "Members",
    ] {
        assert!(!text.contains(chrome), "{chrome}: {text}");
    }
    assert!(!text.lines().any(|l| l.trim() == "N"), "{text}");
}

#[test]
fn a_lone_header_on_a_thread_page_names_no_poster() {
    // One post header on the page is an article's byline (a live blog read as a
    // thread): it goes whole, as on any article.
    let text = text_of(&thread(&["Nell Ashdown"]));
    assert!(text.contains("Post 1: the grafted"), "{text}");
    assert!(!text.contains("Nell Ashdown"), "{text}");
}

#[test]
fn a_post_date_that_links_to_the_post_stays() {
    // The permalink's text is the date: a block all link, kept on a thread as the
    // post's date.
    let text = text_of(&thread_dated(
        &["Nell Ashdown", "pipfruit_jo"],
        Dates::Linked,
    ));
    for (name, date, n) in [
        ("Nell Ashdown", "Jan 1, 2026", 1),
        ("pipfruit_jo", "Jan 2, 2026", 2),
    ] {
        assert!(
            text.contains(&format!("{name}\n\n{date}\n\nPost {n}: the grafted")),
            "{name}: {text}"
        );
    }
}

#[test]
fn a_date_a_header_prints_twice_reads_once() {
    let text = text_of(&thread_dated(
        &["Nell Ashdown", "pipfruit_jo"],
        Dates::Twice,
    ));
    // "Posted Jan 1, 2026 (edited)" says it: the bare date above it goes.
    assert!(
        text.contains("Nell Ashdown\n\nPosted Jan 1, 2026 (edited)\n\nPost 1: the grafted"),
        "{text}"
    );
    assert!(
        text.contains("pipfruit_jo\n\nPosted Jan 2, 2026 (edited)\n\nPost 2: the grafted"),
        "{text}"
    );
}

#[test]
fn an_edit_line_is_no_second_print_of_the_next_posts_date() {
    // The first post's edit, the day the second was written, dates the edit.
    let text = text_of(&thread_dated(
        &["Nell Ashdown", "pipfruit_jo"],
        Dates::Edited,
    ));
    assert!(
        text.contains("Last edited: Jan 2, 2026\n\npipfruit_jo\n\nJan 2, 2026\n\nPost 2"),
        "{text}"
    );
}

#[test]
fn a_hyphenated_posters_name_stays() {
    // "Ann-Marie" is one name and two words as text is counted: the name's line is
    // still the name alone.
    let text = text_of(&thread(&["Ann-Marie Quist", "pipfruit_jo"]));
    assert!(
        text.contains("Ann-Marie Quist\n\nJan 1, 2026\n\nPost 1: the grafted"),
        "{text}"
    );
}

#[test]
fn short_replies_are_read_with_the_post_they_answer() {
    // The scorer settles on a paragraph inside the first post, which quotes another;
    // the paragraph's siblings are its post's other paragraphs, but posts are what a
    // thread is made of: the short reply comes too.
    // The page is the fuzz seed that holds the session's thread constructs.
    let html = include_str!("../fuzz/seeds/extract/thread-dates-quotes.html");
    let text = text_of(html);
    assert!(text.contains("once the ties were loosened."), "{text}");
    assert!(
        text.contains("pip\n\nJan 2, 2026\n\nAnd the old tree by the wall fruited again"),
        "{text}"
    );
}

#[test]
fn a_date_printed_long_and_short_reads_in_its_long_form() {
    // Invision prints each post's date twice inside its `<time>`, for the stylesheet to
    // show one: "Jan 1, 2026" and "1 yr".
    let html = thread_dated(&["Nell Ashdown", "pipfruit_jo"], Dates::Plain).replace(
        "\">Jan 1, 2026</time>",
        "\"><span class=\"ipsTime__long\">Jan 1, 2026</span><span \
         class=\"ipsTime__short\">1 yr</span></time>",
    );
    let text = text_of(&html);
    assert!(
        text.contains("Nell Ashdown\n\nJan 1, 2026\n\nPost 1: the grafted"),
        "{text}"
    );
    assert!(!text.contains("1 yr"), "{text}");
}

/// A poster's name element (`<span class="user">`) whose link is a menu's toggle (it
/// opens the poster's card: `class="name menu_toggle"`) keeps the name: the link is the
/// name, whatever its class says. A toggle that no poster's element holds goes.
#[test]
fn a_posters_name_that_toggles_a_menu_stays() {
    let board = |open: &str, close: &str| -> String {
        let rows: String = ["Nell Ashdown", "pipfruit_jo", "Ottoline"]
            .iter()
            .enumerate()
            .map(|(i, name)| {
                format!(
                    "<tr><td class=\"msg\"><div class=\"msg_infobox\">{open}<a \
                     class=\"name menu_toggle\"><b>{name}</b></a>{close}<span \
                     class=\"post_time\">2 years ago</span></div><div class=\"msg_body\">Post \
                     {n}: the grafted pears took in the second spring, once the ties were \
                     loosened and the wax renewed.</div></td></tr>",
                    n = i + 1
                )
            })
            .collect();
        format!(
            r#"<html><head><title>Grafting pears</title>
            <script type="application/ld+json">{{"@type":"DiscussionForumPosting","headline":"Grafting pears"}}</script>
            </head><body><h1>Grafting pears</h1><table class="board message">{rows}</table></body></html>"#
        )
    };
    let text = text_of(&board("<span class=\"user\">", "</span>"));
    for name in ["Nell Ashdown", "pipfruit_jo", "Ottoline"] {
        assert!(text.contains(name), "{name}: {text}");
    }
    assert!(text.contains("Post 3: the grafted"), "{text}");
    let text = text_of(&board("", ""));
    assert!(!text.contains("Nell Ashdown"), "{text}");
    assert!(text.contains("Post 3: the grafted"), "{text}");
}

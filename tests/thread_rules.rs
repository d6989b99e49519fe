//! Threads: each post keeps who wrote it and when, and nothing else of its header.

#[allow(dead_code)]
mod rule_pages;
use rule_pages::text_of;

/// A thread of `posters.len()` posts, each with a poster panel (an `<aside>`: the linked
/// name, a rank, a join date and a message tally) and a header row (a `<header>`: the
/// post's date and its permalink), as forum software prints them.
fn thread(posters: &[&str]) -> String {
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
                 <div class=\"message-main\"><header class=\"message-attribution\"><time \
                 datetime=\"2026-01-0{d}T21:14:00-05:00\">Jan {d}, 2026</time><a \
                 href=\"#post-{i}\">#{n}</a></header><div class=\"message-body\"><p>Post \
                 {n}: the grafted pears took in the second spring, once the ties were \
                 loosened and the wax renewed, and the old tree by the wall fruited \
                 again.</p></div></div></article><p><a href=\"/members/\">Members</a></p>",
                initial = name.chars().next().unwrap_or('X'),
                d = i + 1,
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

//! Unit tests of the title rules.
use super::*;

#[test]
fn a_tail_goes_when_the_page_shows_the_head_alone() {
    let shown = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let t = "Care Tips for Old Roses | Garden Society of the Northern Plains";
    assert_eq!(
        confirmed_head(t, &shown(&["Care tips for old roses"])).as_deref(),
        Some("Care Tips for Old Roses")
    );
    assert_eq!(confirmed_head(t, &shown(&["Roses in winter"])), None);
    assert_eq!(
        confirmed_head("News | Daily Roses Herald", &shown(&["News"])),
        None,
        "one word proves nothing"
    );
}

#[test]
fn qualifiers_after_a_bar_go() {
    assert_eq!(
        cut_qualifiers("Pruning old roses in spring | Opinion"),
        "Pruning old roses in spring"
    );
    assert_eq!(
        cut_qualifiers("Rose Care Guide 2026 | Tools, Soil | Our Garden"),
        "Rose Care Guide 2026"
    );
    assert_eq!(
        cut_qualifiers("Roses | Shrubs"),
        "Roses | Shrubs",
        "one word is no headline"
    );
    assert_eq!(cut_qualifiers("Roses - in winter"), "Roses - in winter");
}

#[test]
fn strips_site_names() {
    assert_eq!(
        strip_site("Rain again | The Weather Desk", Some("The Weather Desk")),
        "Rain again"
    );
    assert_eq!(
        strip_site(
            "Weather Desk - Rain again in the valley",
            Some("Weather Desk")
        ),
        "Rain again in the valley"
    );
    assert_eq!(
        strip_site("Rain again in the whole valley - Desk", None),
        "Rain again in the whole valley"
    );
    assert_eq!(strip_site("Why: a question", None), "Why: a question");
}

#[test]
fn cjk_sites_are_cut_after_a_fullwidth_bar_or_an_underscore() {
    assert_eq!(
        strip_site("東京で桜が開花｜ニュースサイト", Some("ニュースサイト")),
        "東京で桜が開花"
    );
    assert_eq!(
        strip_site("东京樱花开放_新闻网", Some("新闻网")),
        "东京樱花开放"
    );
    // An underscore parts a title only from the site's name.
    assert_eq!(
        strip_site("snake_case naming explained", Some("Code Notes")),
        "snake_case naming explained"
    );
    // Headline, section, site: the headline.
    assert_eq!(
        strip_site("东京樱花开放_国际新闻_新闻网", Some("新闻网")),
        "东京樱花开放"
    );
    // A hyphen or a bar without spaces, before the site's name alone.
    assert_eq!(
        strip_site("东京樱花开放-新闻网", Some("新闻网")),
        "东京樱花开放"
    );
    assert_eq!(
        strip_site("东京樱花开放|新闻网", Some("新闻网")),
        "东京樱花开放"
    );
    // Elsewhere a hyphen joins words, even beside the site's name.
    assert_eq!(
        strip_site("Acme: AI-Powered Cloud Hosting", Some("Acme")),
        "Acme: AI-Powered Cloud Hosting"
    );
}

#[test]
fn forum_labels_and_aggregator_tails_are_cut() {
    assert_eq!(
        without_labels("Thread: Which host do you trust?"),
        "Which host do you trust?"
    );
    assert_eq!(
        without_labels("Grads Find Degrees No Longer Guarantee Jobs (example.com) 87"),
        "Grads Find Degrees No Longer Guarantee Jobs"
    );
    // A colon in a headline is not a label, nor a parenthesis that is not a domain.
    assert_eq!(
        without_labels("Fasting: what the trials show (2026)"),
        "Fasting: what the trials show (2026)"
    );
}

//! The headline: the visible `<h1>` when it agrees with what the page's metadata calls
//! the title, else JSON-LD `headline`, `og:title` or `<title>` with the site name cut.

use serde_json::Value;

use super::collapse;
use crate::dom::Dom;

use super::jsonld::as_text;
use super::parts::Parts;
use super::sources::{h1s, headline, Sources};
use super::title_site::{cut_site_tail, looks_like_domain, strip_site};

use crate::heuristics::metadata::{
    HEADLINE_BADGE_CLASSES, HEADLINE_LABELS, HOME_TITLES, MAX_H1, MAX_SHOWN_HEADINGS,
    MAX_TITLE_CHARS, MIN_CONFIRMED_HEAD_WORDS, MIN_QUALIFIED_HEAD_WORDS, PAGE_MARKER_SEPARATORS,
    PAGE_WORDS, PERMALINK_MARKS, QUALIFIER_SEPARATOR, SAME_TITLE_MIN_COVER, SAME_TITLE_OVERLAP,
    SEPARATORS, SHOWN_TITLE_MIN_WORDS, SLUG_HEADLINE_MAX_WORDS, SLUG_HEADLINE_MIN_SHARE,
    SLUG_MIN_WORDS, SLUG_SHARE_MARGIN, TITLE_HEADING_LEVELS,
};
use markup5ever::local_name;

/// Comparison key: lower-case words.
pub fn key(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

fn overlap(a: &str, b: &str) -> f64 {
    let ka = key(a);
    let kb = key(b);
    let wa: std::collections::HashSet<&str> = ka.split(' ').filter(|w| !w.is_empty()).collect();
    let wb: std::collections::HashSet<&str> = kb.split(' ').filter(|w| !w.is_empty()).collect();
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let inter = wa.intersection(&wb).count() as f64;
    // One word of a long title is no agreement ("Discord" in "How we pwned X, Vercel,
    // Cursor, Discord and…"), unless the shorter one is the other's head ("Headlamps" of
    // "Headlamps for Camping, Hiking & Running").
    if inter < SAME_TITLE_MIN_COVER * wa.len().max(wb.len()) as f64
        && !ka.starts_with(&kb)
        && !kb.starts_with(&ka)
    {
        return 0.0;
    }
    inter / wa.len().min(wb.len()) as f64
}

/// Chooses the title: an `<h1>` that agrees with the metadata's title, else the main
/// `<h1>`, else JSON-LD `headline`, `og:title`, `<title>` (site names cut); qualifiers
/// after a vertical bar are cut from whichever wins.
///
/// A site's front page (`url` has no path) is about the site itself, so there the name
/// is not cut: a `<title>` that leads with it ("Brand – what it does") is kept whole, and
/// a title that is only the name gives the name rather than some lone heading.
pub fn choose(
    dom: &Dom,
    parts: &Parts,
    src: &Sources,
    main: Option<&Value>,
    site: Option<&str>,
    url: Option<&str>,
) -> Option<String> {
    let named = url
        .is_some_and(super::address::is_front_page)
        .then(|| named_front(src, site))
        .flatten();
    let chosen = choose_whole(dom, parts, src, main, site, named.as_ref(), url)?;
    if named.as_ref() == Some(&chosen) {
        return Some(chosen);
    }
    let title = Some(chosen)
        .map(|t| cut_qualifiers(&t))
        .map(|t| without_labels(&t))
        .map(|t| without_page_number(&t).to_string())
        .filter(|t| !t.is_empty())?;
    // "Home" is where a page sits on its site, not what it is called ("Home - The
    // GitHub Blog", `og:title` "Home"): the site's front page, whose subject is the site
    // (its name, else the whole `<title>`).
    if HOME_TITLES.contains(&key(&title).as_str()) {
        let whole = || {
            src.title
                .as_deref()
                .map(collapse)
                .filter(|t| key(t) != key(&title) && !key(t).is_empty())
        };
        return site.map(str::to_string).or_else(whole).or(Some(title));
    }
    Some(title)
}

/// A front page's `<title>` (or `og:title`) that is the site's name, alone or leading
/// ("Brand | Tagline").
fn named_front(src: &Sources, site: Option<&str>) -> Option<String> {
    let site = site.map(key).filter(|k| !k.is_empty())?;
    let title = src
        .title
        .as_deref()
        .map(collapse)
        .filter(|t| !t.is_empty())
        .or_else(|| src.meta("og:title").map(|t| collapse(&t)))?;
    if title.chars().count() > MAX_TITLE_CHARS {
        return None;
    }
    if key(&title) == site {
        return Some(title);
    }
    let leads = SEPARATORS.iter().any(|sep| {
        title
            .split_once(sep)
            .is_some_and(|(head, tail)| key(head) == site && !key(tail).is_empty())
    });
    leads.then_some(title)
}

/// Cuts what a forum or an aggregator sets around a headline: a leading field label
/// ("Thread: …", "Title: …") and a trailing source domain with its comment count
/// ("… (example.com) 87").
pub fn without_labels(title: &str) -> String {
    let mut t = title.trim();
    if let Some((label, rest)) = t.split_once(':') {
        if HEADLINE_LABELS.contains(&label.trim().to_lowercase().as_str())
            && !rest.trim().is_empty()
        {
            t = rest.trim();
        }
    }
    let head = t.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    if let Some(open) = head.strip_suffix(')').and_then(|h| h.rfind('(')) {
        let inside = head.get(open + 1..head.len() - 1).unwrap_or("");
        let before = head.get(..open).unwrap_or("").trim_end();
        if looks_like_domain(inside) && !before.is_empty() {
            t = before;
        }
    }
    t.to_string()
}

/// A title without the page number a paginated thread or archive appends to it
/// ("Pruning old pears (Page 2)", "Pruning old pears - Page 3 of 7"): a word of
/// `PAGE_WORDS`, a number and maybe "of" and a total, in brackets or after a separator
/// or a comma, at the end of a title that keeps words of its own.
pub fn without_page_number(title: &str) -> &str {
    let t = title.trim_end();
    let inner = t
        .strip_suffix(')')
        .and_then(|h| h.rfind('(').map(|i| (h, i)));
    let (head, marker) = match inner {
        Some((h, i)) => (h.get(..i).unwrap_or(""), h.get(i + 1..).unwrap_or("")),
        None => {
            let Some(i) = PAGE_MARKER_SEPARATORS
                .iter()
                .filter_map(|sep| t.rfind(sep).map(|i| (i, sep.len())))
                .max()
                .map(|(i, n)| (i, i + n))
            else {
                return title;
            };
            (t.get(..i.0).unwrap_or(""), t.get(i.1..).unwrap_or(""))
        }
    };
    let words: Vec<String> = marker.split_whitespace().map(str::to_lowercase).collect();
    let number = |w: &String| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
    let is_marker = match words.as_slice() {
        [p, n] => PAGE_WORDS.contains(&p.as_str()) && number(n),
        [p, n, _of, total] => PAGE_WORDS.contains(&p.as_str()) && number(n) && number(total),
        _ => false,
    };
    let head = head.trim_end();
    if is_marker && head.chars().any(char::is_alphabetic) {
        head
    } else {
        title
    }
}

/// "Headline | Qualifier | …" → "Headline", when the headline has words enough.
fn cut_qualifiers(title: &str) -> String {
    match title.split_once(QUALIFIER_SEPARATOR) {
        Some((head, _)) if head.split_whitespace().count() >= MIN_QUALIFIED_HEAD_WORDS => {
            head.trim().to_string()
        }
        _ => title.to_string(),
    }
}

fn choose_whole(
    dom: &Dom,
    parts: &Parts,
    src: &Sources,
    main: Option<&Value>,
    site: Option<&str>,
    named: Option<&String>,
    url: Option<&str>,
) -> Option<String> {
    let text_of = |h| cut_site_tail(&heading_text(dom, h), site);
    let ok = |t: &String| {
        !t.is_empty()
            && t.chars().count() <= MAX_TITLE_CHARS
            && site.is_none_or(|s| !within_name(&key(t), &key(s)))
    };
    let ld = main
        .and_then(|m| m.get("headline").or_else(|| m.get("name")))
        .and_then(as_text)
        .map(|t| strip_site(&t, site))
        .filter(|t| !t.is_empty());
    let og = src
        .meta("og:title")
        .or_else(|| src.meta("twitter:title"))
        .map(|t| strip_site(&t, site));
    let tag = src.title.as_deref().map(|t| strip_site(t, site));
    // The unstripped titles too: an `<h1>` that is one part of "Section - Headline - Site".
    let raw: Vec<String> = [src.meta("og:title"), src.title.clone()]
        .into_iter()
        .flatten()
        .collect();
    let metas: Vec<&String> = [&ld, &og, &tag]
        .into_iter()
        .flatten()
        .chain(raw.iter())
        .collect();
    let h1s: Vec<String> = h1s(dom, parts)
        .into_iter()
        .filter(|&h| url.is_none_or(|u| !links_elsewhere(dom, h, u)))
        .map(text_of)
        .filter(|t| ok(t))
        .collect();
    let agreeing = h1s
        .iter()
        .find(|h| metas.iter().any(|m| overlap(h, m) >= SAME_TITLE_OVERLAP));
    if let Some(h) = agreeing {
        // "Page | Book" whose book the page heads with its name: the page is the head.
        let head = raw
            .iter()
            .find_map(|t| head_before_tail(t, h))
            .filter(|head| shown_as_heading(dom, head));
        return Some(head.unwrap_or_else(|| h.clone()));
    }
    // A front page's own name, when no `<h1>` agrees with the metadata.
    if let Some(named) = named {
        return Some(named.clone());
    }
    let main_h1 = headline(dom, parts)
        .filter(|&h| url.is_none_or(|u| !links_elsewhere(dom, h, u)))
        .map(text_of)
        .filter(|t| ok(t));
    let declared: Vec<&String> = [&og, &ld, &tag].into_iter().flatten().collect();
    let first = declared.iter().copied().find(|t| ok(t)).cloned();
    disagreeing(dom, &declared, first, main_h1, url)
}

/// The title when no `<h1>` agrees with the declared titles (`declared`: `og:title`,
/// JSON-LD's headline and `<title>`, site names cut; `first`: the first of them fit to be
/// a title). An `<h1>` that disagrees with every declared title is more often a section
/// or promo heading than the page's name, so the declared title wins, unless the
/// address's slug spells the main `<h1>` (`main_h1`).
fn disagreeing(
    dom: &Dom,
    declared: &[&String],
    first: Option<String>,
    main_h1: Option<String>,
    url: Option<&str>,
) -> Option<String> {
    let Some(first) = first else {
        return main_h1;
    };
    // The `<h1>` whose words the address's slug spells, where the declared title says
    // something else ("Reddit - The heart of the internet" over a thread's headline):
    // a site writes the slug from the headline when it publishes the page.
    if let Some(h) = main_h1.filter(|h| url.is_some_and(|u| slug_prefers(u, h, &first))) {
        return Some(h);
    }
    // "Headline | Tail" where the page itself shows "Headline" alone, as another declared
    // title or as any `<h1>` (even one outside the content): the tail is not the title.
    // Without a separator there is no tail, and the headings need not be read.
    if !SEPARATORS.iter().any(|sep| first.contains(sep)) {
        return Some(first);
    }
    let shown: Vec<String> = declared
        .iter()
        .map(|t| (*t).clone())
        .chain(every_h1(dom).map(|h| heading_text(dom, h)))
        .collect();
    Some(confirmed_head(&first, &shown).unwrap_or(first))
}

/// Whether heading `h` is a link (or holds one) to another page than `url`: a teaser's
/// title in a list of other stories, not this page's headline. A link to the page
/// itself (a permalink) or to a part of it (`#…`) is the page's own.
fn links_elsewhere(dom: &Dom, h: crate::dom::NodeId, url: &str) -> bool {
    let Some(target) = super::sources::heading_link(dom, h) else {
        return false;
    };
    let target = target.trim();
    if target.is_empty() || target.starts_with('#') {
        return false;
    }
    let Some(abs) = crate::render::resolve_url(Some(url), target) else {
        return false;
    };
    let place = |u: &str| {
        let (host, path) = super::address::host_and_path(u);
        (
            host.to_ascii_lowercase(),
            path.trim_end_matches('/').to_string(),
        )
    };
    place(&abs) != place(url)
}

/// Whether the slug of `url` ([`super::address::slug_words`], of [`SLUG_MIN_WORDS`] or
/// more) holds [`SLUG_HEADLINE_MIN_SHARE`] of its words in `headline` (of at most
/// [`SLUG_HEADLINE_MAX_WORDS`] words) and
/// [`SLUG_SHARE_MARGIN`] more of them than in `declared`.
fn slug_prefers(url: &str, headline: &str, declared: &str) -> bool {
    let slug = super::address::slug_words(url);
    if slug.len() < SLUG_MIN_WORDS || headline.split_whitespace().count() > SLUG_HEADLINE_MAX_WORDS
    {
        return false;
    }
    let share = |t: &str| {
        let k = key(t);
        let words: std::collections::HashSet<&str> = k.split(' ').collect();
        slug.iter().filter(|w| words.contains(w.as_str())).count() as f64 / slug.len() as f64
    };
    let h = share(headline);
    h >= SLUG_HEADLINE_MIN_SHARE && h >= share(declared) + SLUG_SHARE_MARGIN
}

/// Whether the words of `k` are the site's name or a run of it ("Arch Linux" of "Arch
/// Linux Forums"): a heading that names the brand, as a logo does, names no page.
fn within_name(k: &str, site: &str) -> bool {
    !k.is_empty() && format!(" {site} ").contains(&format!(" {k} "))
}

/// Comparison keys of the titles a page declares: `<title>` and `og:title`, whole and
/// their part before the first separator ("Headline | Site"), each of three words or
/// more (a shorter one is as likely a site's or a section's name).
pub fn declared_keys(src: &Sources) -> Vec<String> {
    let mut keys = Vec::new();
    for t in [src.title.clone(), src.meta("og:title")]
        .into_iter()
        .flatten()
    {
        let head = SEPARATORS
            .iter()
            .filter_map(|sep| t.split_once(sep).map(|(h, _)| h))
            .min_by_key(|h| h.len());
        for k in std::iter::once(key(&t)).chain(head.map(key)) {
            if k.split(' ').count() >= SHOWN_TITLE_MIN_WORDS && !keys.contains(&k) {
                keys.push(k);
            }
        }
    }
    keys
}

/// The part of `title` before a separator that one of `shown` repeats word for word
/// (at least [`MIN_CONFIRMED_HEAD_WORDS`] words, so a lone section name never wins).
fn confirmed_head(title: &str, shown: &[String]) -> Option<String> {
    let keys: Vec<String> = shown.iter().map(|s| key(s)).collect();
    SEPARATORS.iter().find_map(|sep| {
        title.match_indices(sep).find_map(|(at, _)| {
            let head = title.get(..at)?.trim();
            let k = key(head);
            (k.split(' ').count() >= MIN_CONFIRMED_HEAD_WORDS && keys.contains(&k))
                .then(|| head.to_string())
        })
    })
}

/// Every `<h1>` of the body, in order, up to the headline limit.
pub(super) fn every_h1(dom: &Dom) -> impl Iterator<Item = crate::dom::NodeId> + '_ {
    dom.descendants(dom.body())
        .filter(|&id| dom.is(id, &local_name!("h1")))
        .take(MAX_H1)
}

/// A heading's text: words of its block parts and `<br>` lines kept apart, and a
/// trailing permalink anchor ("¶", "#", "§") cut.
pub fn heading_text(dom: &Dom, id: crate::dom::NodeId) -> String {
    // A badge is no part of the headline; an `aria-hidden` part is a visual copy of
    // words the heading also holds for screen readers (split, animated lines); a `hidden`
    // part is a widget not shown, and a `<time>` the post's date set before its name.
    let badge = |n| {
        dom.attr(n, &local_name!("class"))
            .is_some_and(|c| crate::dom::attr_words(c).any(|w| HEADLINE_BADGE_CLASSES.contains(&w)))
            || dom
                .attr(n, &local_name!("aria-hidden"))
                .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
            || dom.attr(n, &local_name!("hidden")).is_some()
            || dom.is(n, &local_name!("time"))
    };
    let mut text = super::byline::spaced_text_without(dom, id, badge);
    if text.trim().is_empty() {
        text = super::byline::spaced_text(dom, id);
    }
    let text = collapse(&text.replace('\n', " "));
    text.trim_end_matches(|c: char| PERMALINK_MARKS.contains(&c) || c.is_whitespace())
        .to_string()
}

/// The part of `title` before its last separator, of [`MIN_CONFIRMED_HEAD_WORDS`] words
/// or more, when the part after it is `tail`: "What is Ownership? - The Rust Programming
/// Language" of a page that prints the book's name as its first `<h1>`. A docs site or
/// an online book heads every page with its own name, and its `<title>` names the page
/// first.
fn head_before_tail(title: &str, tail: &str) -> Option<String> {
    let title = collapse(title);
    let (at, sep) = SEPARATORS
        .iter()
        .filter_map(|sep| title.rfind(sep).map(|i| (i, sep.len())))
        .max()?;
    let head = title.get(..at)?.trim();
    let last = title.get(at + sep..)?.trim();
    (key(last) == key(tail) && key(head).split(' ').count() >= MIN_CONFIRMED_HEAD_WORDS)
        .then(|| head.to_string())
}

/// Whether the page shows `text` as a heading of the top levels (`TITLE_HEADING_LEVELS`),
/// among its first [`MAX_SHOWN_HEADINGS`] headings. "Site | Headline" has the headline
/// as its tail and its site's name, shown as no heading, as its head.
fn shown_as_heading(dom: &Dom, text: &str) -> bool {
    let k = key(text);
    dom.descendants(dom.body())
        .filter(|&id| {
            dom.tag(id)
                .and_then(crate::heuristics::heading_level)
                .is_some_and(|l| l <= TITLE_HEADING_LEVELS)
        })
        .take(MAX_SHOWN_HEADINGS)
        .any(|id| key(&heading_text(dom, id)) == k)
}

#[cfg(test)]
#[path = "title_tests.rs"]
mod tests;

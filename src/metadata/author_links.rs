//! Links to author pages in a byline: whether a link leads to one, the name its
//! address spells, and the co-authors linked beside it.

use markup5ever::local_name;

use crate::dom::{Dom, NodeId};
use crate::heuristics::metadata::{
    AUTHOR_LINK_MAX_TAIL_SEGMENTS, AUTHOR_LINK_PATHS, AUTHOR_SLUG_CLIMB, AUTHOR_SLUG_SCAN_NODES,
    BYLINE_LINE_MAX_CHARS, CO_AUTHOR_CLIMB, CO_AUTHOR_CONTEXT_CHARS,
};

use super::authors::clean_authors;
use super::byline::{names_in, spaced_text};

/// Whether a link points at an author page.
pub(super) fn is_author_link(dom: &Dom, id: NodeId) -> bool {
    if !dom.is(id, &local_name!("a")) {
        return false;
    }
    let Some(href) = dom.attr(id, &local_name!("href")) else {
        return false;
    };
    let path = href.split(['?', '#']).next().unwrap_or("");
    // The person's page is a slug under the segment ("/author/jane-roe/"), not a
    // service's deep route ("/idp/profile/SAML2/Unsolicited/SSO").
    // A segment between two slashes ("/author/…"), as the paths are written, and the
    // segments after it, without copying the address.
    let mut parts = path.split('/').peekable();
    let mut first = true;
    while let Some(seg) = parts.next() {
        let inner = !std::mem::take(&mut first) && parts.peek().is_some();
        if inner
            && AUTHOR_LINK_PATHS
                .iter()
                .any(|p| p.trim_matches('/').eq_ignore_ascii_case(seg))
        {
            let tail = parts.clone().filter(|s| !s.is_empty()).count();
            if tail <= AUTHOR_LINK_MAX_TAIL_SEGMENTS {
                return true;
            }
        }
    }
    false
}

/// The name an author-page link's address spells ("/authors/jane-roe"), as a text near
/// the link prints it ("Jane Roe", with its case and punctuation): for a link whose
/// own words name no one ("Articles by Jane", "View profile").
pub(super) fn slug_named(dom: &Dom, link: NodeId) -> Vec<String> {
    let Some(href) = dom.attr(link, &local_name!("href")) else {
        return Vec::new();
    };
    let path = href.split(['?', '#']).next().unwrap_or("");
    let Some(slug) = path.rsplit('/').find(|s| !s.is_empty()) else {
        return Vec::new();
    };
    // A slug of two words or more, letters only: a person's, not a number or a handle.
    let words: Vec<&str> = slug.split(['-', '_', '.', '+']).collect();
    if words.len() < 2 || !words.iter().all(|w| w.chars().all(char::is_alphabetic)) {
        return Vec::new();
    }
    let spelled = letters(&words.concat());
    let root = dom
        .ancestors(link)
        .take(AUTHOR_SLUG_CLIMB)
        .last()
        .unwrap_or(link);
    dom.descendants(root)
        .take(AUTHOR_SLUG_SCAN_NODES)
        .filter_map(|n| dom.text(n).map(str::trim))
        .find(|t| t.len() <= BYLINE_LINE_MAX_CHARS && letters(t) == spelled)
        .map(clean_authors)
        .unwrap_or_default()
}

/// The names of the author-page links beside `link` in one short byline ("<a>Jane
/// Roe</a>, <a>Ann Poe</a>", each in its `<strong>`): `first` (the names `link` gives)
/// followed by the others', or `first` alone when `link` has no such company.
pub(super) fn with_co_authors(dom: &Dom, link: NodeId, first: Vec<String>) -> Vec<String> {
    for a in dom.ancestors(link).take(CO_AUTHOR_CLIMB) {
        if spaced_text(dom, a).len() > CO_AUTHOR_CONTEXT_CHARS {
            break;
        }
        let links: Vec<NodeId> = dom
            .descendants(a)
            .filter(|&n| is_author_link(dom, n))
            .collect();
        if links.len() < 2 {
            continue;
        }
        let mut names = first.clone();
        for n in links.into_iter().filter(|&n| n != link) {
            for name in names_in(&spaced_text(dom, n), false) {
                if !names.contains(&name) {
                    names.push(name);
                }
            }
        }
        return names;
    }
    first
}

/// The letters of `text`, lower-cased, without spaces, digits or punctuation ("Nell
/// O'Ashdown" is "nelloashdown"): how an address or a file name spells a name.
pub(super) fn letters(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect()
}

//! Portraits beside a byline: a picture classed an avatar, or described or named after
//! the person whose name follows it, and the author box that portrays the writer.

use markup5ever::local_name;

use crate::dom::{Dom, NodeId};
use crate::heuristics::metadata::{
    AVATAR_FIGURE_CLIMB, AVATAR_WORDS, BIO_AFTER_NAME_TEXTS, BIO_MIN_CHARS, BYLINE_LINE_MAX_CHARS,
    CAPTIONED_WORDS, HEADING_CLIMB, LABEL_VALUE_SCAN_NODES,
};

use super::author_links::{is_author_link, letters};
use super::byline::names_in;
use super::parts::Parts;
use super::sources::{in_region, Own};

/// Whether text node `n` is the label of a link to a page that is no author's page
/// (a product's picture and its linked name in a list, `/products/acme-kettle`).
pub(super) fn links_to_a_page_not_a_persons(dom: &Dom, n: NodeId) -> bool {
    dom.ancestors(n)
        .take(HEADING_CLIMB)
        .find(|&a| dom.is(a, &local_name!("a")))
        .is_some_and(|a| dom.attr(a, &local_name!("href")).is_some() && !is_author_link(dom, a))
}

/// The person a portrait anywhere outside comments and sidebars names: a picture whose
/// alt text is the name printed right after it (an author box closing the post:
/// `<img alt="Jane Roe">` then `<strong>Jane Roe</strong>`), not a figure's.
pub fn portrayed_anywhere(dom: &Dom, parts: &Parts) -> Vec<String> {
    for (img, tag) in super::sources::visible_elements(dom) {
        if *tag != local_name!("img") || in_region(dom, parts, img, Own::Asides) {
            continue;
        }
        let mut texts = std::iter::successors(dom.next_in_order(img), |&c| dom.next_in_order(c))
            .take(LABEL_VALUE_SCAN_NODES)
            .filter_map(|c| dom.text(c).map(str::trim).filter(|t| !t.is_empty()));
        let Some(text) = texts.next() else { continue };
        if text.len() > BYLINE_LINE_MAX_CHARS || !is_avatar_of(dom, img, text) {
            continue;
        }
        // The biography after the name speaks of the person by it ("Jane explores…",
        // "Jane Roe is…"): a product's picture and name are followed by no such line.
        let first = text.split_whitespace().next().unwrap_or(text);
        let bio = texts.take(BIO_AFTER_NAME_TEXTS).any(|t| {
            t.len() >= BIO_MIN_CHARS
                && t.strip_prefix(first)
                    .is_some_and(|rest| rest.starts_with([' ', '\u{a0}']))
        });
        if bio {
            let names = names_in(text, false);
            if !names.is_empty() {
                return names;
            }
        }
    }
    Vec::new()
}

/// Whether `img` is the portrait beside a person's name `text`: classed an avatar
/// (`AVATAR_WORDS`), or described by that very name (`alt="Jane Roe"`, or a file named
/// after it) outside a `<figure>` or a caption box (whose picture's alt repeats its
/// caption).
pub(super) fn is_avatar_of(dom: &Dom, img: NodeId, text: &str) -> bool {
    let classed = crate::extract::class_names_any(dom, img, AVATAR_WORDS);
    let named = || {
        (dom.attr(img, &local_name!("alt"))
            .is_some_and(|alt| alt.trim().eq_ignore_ascii_case(text))
            || dom
                .attr(img, &local_name!("src"))
                .is_some_and(|src| file_spells(src, text)))
            && !dom.ancestors(img).take(AVATAR_FIGURE_CLIMB).any(|a| {
                dom.is(a, &local_name!("figure"))
                    || crate::extract::class_names_any(dom, a, CAPTIONED_WORDS)
            })
    };
    classed || named()
}

/// Whether a picture's file name spells `text` ("/uploads/Jane-Roe-2.jpg", "jane_roe
/// -150x150.png" for "Jane Roe"): its words but numbers and sizes, letters only, case
/// aside. A word of letters and digits ("NASCAR19-Jane-Roe.jpg") is the file's subject,
/// and the picture a photograph of the person, not their portrait.
/// Two words at least: a one-word file ("logo.png") names no one.
fn file_spells(src: &str, text: &str) -> bool {
    let path = src.split(['?', '#']).next().unwrap_or("");
    let file = path.rsplit('/').next().unwrap_or("");
    let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
    let words: Vec<&str> = stem
        .split(['-', '_', ' ', '.', '+'])
        .filter(|w| !w.is_empty() && !is_number_or_size(w))
        .collect();
    words.len() >= 2 && letters(&words.concat()) == letters(text)
}

/// Whether a file name's word is a number ("2") or a size ("150x150").
fn is_number_or_size(word: &str) -> bool {
    word.split(['x', 'X'])
        .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
}

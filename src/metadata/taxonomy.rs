//! Visible tags and categories (`rel=tag`/`rel=category` links, "Tags:" and "Category:"
//! lists) and the site name shown in the site header.

use markup5ever::local_name;

use crate::dom::{Dom, NodeId};
use crate::heuristics::metadata::{
    BRAND_CLASS_WORDS, BRAND_CONTROL_CLASS_WORDS, BRAND_LINK_ENDINGS, BRAND_LINK_OPENINGS,
    BRAND_MAX_WORDS, BRAND_PICTURE_WORDS, CATEGORY_LABELS, COLOUR_UTILITY_PREFIXES,
    NOT_BRAND_OPENINGS, NOT_BRAND_TEXTS, NOT_TERM_TEXTS, TAG_LABELS, TERM_BOX_MAX_CHARS,
    TERM_BOX_MAX_LINKS, TERM_LABEL_MAX_WORDS, TERM_MAX_CHARS,
};

use super::byline::spaced_text;
use super::collapse;
use super::parts::{Part, Parts};
use super::regions::{in_region, Own};
use super::sources::{in_aside, in_site_header};

/// Tags and categories shown on the page, outside navigation, sidebars and comments.
pub fn visible_terms(dom: &Dom, parts: &Parts) -> (Vec<String>, Vec<String>) {
    let (mut tags, mut cats) = (Vec::new(), Vec::new());
    for (id, tag) in super::sources::visible_elements(dom) {
        if *tag == local_name!("a") {
            let rel = dom.attr(id, &local_name!("rel")).unwrap_or("");
            let has_rel = |want: &str| {
                rel.split_ascii_whitespace()
                    .any(|r| r.eq_ignore_ascii_case(want))
            };
            let into = if has_rel("category") {
                &mut cats
            } else if has_rel("tag") {
                &mut tags
            } else {
                continue;
            };
            // A post's own footer (`post-footer` inside its `<article>`) lists its tags.
            if !in_region(dom, parts, id, Own::FooterClasses) {
                push_term(into, &dom.raw_text(id));
            }
            continue;
        }
        if !tags.is_empty() && !cats.is_empty() {
            continue;
        }
        let label = first_text(dom, id);
        let is_tags = tags.is_empty() && (parts.has(id, Part::Tags) || labelled(label, TAG_LABELS));
        let is_cats = !is_tags
            && cats.is_empty()
            && (parts.has(id, Part::Categories) || labelled(label, CATEGORY_LABELS));
        if !(is_tags || is_cats) || in_aside(dom, parts, id) {
            continue;
        }
        let links = term_links(dom, id);
        if links.is_empty()
            || links.len() > TERM_BOX_MAX_LINKS
            || dom.raw_text(id).len() > TERM_BOX_MAX_CHARS
            || holds_item(dom, id)
        {
            continue;
        }
        let into = if is_tags { &mut tags } else { &mut cats };
        for l in links {
            push_term(into, &dom.raw_text(l));
        }
    }
    // The list's own label, a filter's "All", a breadcrumb's "Home" are none of its terms.
    for terms in [&mut tags, &mut cats] {
        terms.retain(|t| !NOT_TERM_TEXTS.contains(&t.to_lowercase().as_str()));
    }
    (tags, cats)
}

/// Whether `id` is or holds a content item rather than a term list: an `<article>` or
/// a heading longer than a label. CMSs put `category-<slug>` and `tag-<slug>` classes on
/// every post card of an archive, and a short card passes the size limits.
fn holds_item(dom: &Dom, id: NodeId) -> bool {
    dom.descendants(id).any(|d| {
        dom.tag(d).is_some_and(|t| {
            *t == local_name!("article")
                || (crate::heuristics::heading_level(t).is_some()
                    && dom.raw_text(d).split_whitespace().count() > TERM_LABEL_MAX_WORDS)
        })
    })
}

/// The links of a term list, up to a `|` that starts other actions ("Comments", "Print").
fn term_links(dom: &Dom, id: NodeId) -> Vec<NodeId> {
    let mut links = Vec::new();
    for d in dom.descendants(id) {
        if dom.is(d, &local_name!("a")) {
            links.push(d);
            if links.len() > TERM_BOX_MAX_LINKS {
                break;
            }
        } else if !links.is_empty()
            && dom.text(d).is_some_and(|t| t.contains('|'))
            && !dom.ancestors(d).any(|a| dom.is(a, &local_name!("a")))
        {
            break;
        }
    }
    links
}

fn push_term(into: &mut Vec<String>, raw: &str) {
    let t = collapse(raw);
    // "Travel (24)": the count is the archive's, not the term's.
    let t = t
        .trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '(' | ')' | ' '))
        .trim()
        .to_string();
    let t = t.trim_start_matches('#').to_string();
    if !t.is_empty()
        && t.chars().count() <= TERM_MAX_CHARS
        && !into.iter().any(|o: &String| o.eq_ignore_ascii_case(&t))
    {
        into.push(t);
    }
}

/// The element's first non-blank text child, without its leading whitespace.
fn first_text(dom: &Dom, id: NodeId) -> Option<&str> {
    dom.children(id)
        .find_map(|c| dom.text(c).map(str::trim_start).filter(|t| !t.is_empty()))
}

/// Whether an element's first text starts with one of `labels` ("Tags:", "Filed under").
fn labelled(first: Option<&str>, labels: &[&str]) -> bool {
    first.is_some_and(|l| labels.iter().any(|p| starts_with_lowercase(l, p)))
}

/// Whether `text`, lower-cased, starts with `prefix` (lower case), without copying `text`.
fn starts_with_lowercase(text: &str, prefix: &str) -> bool {
    // Most texts fail at the first byte; an ASCII byte lower-cases to itself alone.
    if let (Some(&t), Some(&p)) = (text.as_bytes().first(), prefix.as_bytes().first()) {
        if t.is_ascii() && t.to_ascii_lowercase() != p {
            return false;
        }
    }
    let mut lower = text.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|p| lower.next() == Some(p))
}

/// The site's name as its header shows it: the text, image `alt` or `aria-label` of a
/// logo or brand element (not a button in the brand's colours), without the words that
/// describe the picture ("Logo"); never where the link leads ("Home") or a control.
pub fn brand(dom: &Dom) -> Option<String> {
    let has = |c: &str, w: &&str| crate::decode::find_ci(c.as_bytes(), w.as_bytes()).is_some();
    // A class token naming the brand, unless it names a control too (`button-brand`) or
    // paints with the brand's colour (`text-brand-500`).
    let brand_token = |c: &str| {
        let utility = c.rsplit(':').next().unwrap_or(c);
        let utility = utility.trim_start_matches(['!', '-']);
        BRAND_CLASS_WORDS.iter().any(|w| has(c, w))
            && !BRAND_CONTROL_CLASS_WORDS.iter().any(|w| has(c, w))
            && !COLOUR_UTILITY_PREFIXES
                .iter()
                .any(|p| starts_with_lowercase(utility, p))
    };
    for id in dom.descendants(dom.body()) {
        let Some(class) = dom.attr(id, &local_name!("class")) else {
            continue;
        };
        if !class.split_ascii_whitespace().any(brand_token)
            || dom.is(id, &local_name!("button"))
            || !in_site_header(dom, id)
        {
            continue;
        }
        let text = collapse(&spaced_text(dom, id).replace('\n', " "));
        let alt = dom
            .descendants(id)
            .find_map(|d| dom.attr(d, &local_name!("alt")).map(collapse));
        let label = dom
            .attr(id, &markup5ever::LocalName::from("aria-label"))
            .map(collapse);
        for c in [Some(text), label, alt].into_iter().flatten() {
            if let Some(name) = brand_name(&c) {
                return Some(name);
            }
        }
    }
    home_heading(dom)
}

/// The text of an `<h1>` that links to the site's front page ("/", or an address with
/// nothing after the host): a blog template's header heading, which names the blog.
fn home_heading(dom: &Dom) -> Option<String> {
    let to_front = |a: NodeId| {
        dom.attr(a, &local_name!("href")).is_some_and(|h| {
            let h = h.trim();
            h == "/" || (h.contains("://") && super::address::is_front_page(h))
        })
    };
    super::title::every_h1(dom).find_map(|h| {
        let link = dom.descendants(h).find(|&d| dom.is(d, &local_name!("a")))?;
        to_front(link)
            .then(|| brand_name(&collapse(&spaced_text(dom, h).replace('\n', " "))))
            .flatten()
    })
}

/// `text` without the words a logo link's label adds around the site's name ("Link to
/// the Acme Homepage" is "Acme"); `None` for a control's label ("Skip to content") or
/// a label left with a note in brackets ("Return to the home page (header)").
fn without_link_phrase(text: &str) -> Option<&str> {
    let lower = text.to_lowercase();
    // Lower-casing may change byte lengths: the phrases are cut from `text` only when
    // it kept them.
    if lower.len() != text.len() {
        return Some(text);
    }
    if NOT_BRAND_OPENINGS.iter().any(|o| lower.starts_with(o)) {
        return None;
    }
    let start = BRAND_LINK_OPENINGS
        .iter()
        .find(|o| lower.starts_with(*o))
        .map_or(0, |o| o.len());
    // "Acme Home" may be the name itself (a shop's home range): "home" alone is cut
    // only after an opening that says the label is a link's.
    let end = BRAND_LINK_ENDINGS
        .iter()
        .filter(|e| start > 0 || e.trim() != "home")
        .find(|e| lower.ends_with(*e) && lower.len() - e.len() > start)
        .map_or(lower.len(), |e| lower.len() - e.len());
    let name = text.get(start..end)?.trim();
    let cut = start > 0 || end < lower.len();
    (!(cut && name.contains('('))).then_some(name)
}

/// A brand element's text as a site name: the words that describe a picture dropped
/// ("Acme Logo" is "Acme"), `None` for an image's file name ("acme-logo-black"), a
/// text of more than [`BRAND_MAX_WORDS`], one of [`NOT_BRAND_TEXTS`] or a domain's
/// ending alone.
fn brand_name(text: &str) -> Option<String> {
    let text = without_link_phrase(text)?;
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() || words.len() > BRAND_MAX_WORDS {
        return None;
    }
    let picture = |w: &str| {
        BRAND_PICTURE_WORDS
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
    };
    let file_name = |w: &str| {
        w.contains(['-', '_'])
            && w.split(['-', '_'])
                .any(|part| part.eq_ignore_ascii_case("logo"))
    };
    if words.iter().any(|w| file_name(w)) {
        return None;
    }
    // "Acme Logo", "Logo of Acme", "Acme logo image": the picture's words at either end.
    let mut kept = words.as_slice();
    if kept.iter().any(|w| w.eq_ignore_ascii_case("logo")) {
        let drop = |w: &&str| picture(w) || !w.chars().any(char::is_alphanumeric);
        while let Some((_, rest)) = kept.split_first().filter(|(w, _)| drop(w)) {
            kept = rest;
        }
        while let Some((_, rest)) = kept.split_last().filter(|(w, _)| drop(w)) {
            kept = rest;
        }
    }
    let name = kept.join(" ");
    let lower = name.to_lowercase();
    // A domain's ending alone (".us", ".co.uk") is the locale a logo prints beside its
    // picture, not the name.
    (!name.is_empty() && !name.starts_with('.') && !NOT_BRAND_TEXTS.contains(&lower.as_str()))
        .then_some(name)
}

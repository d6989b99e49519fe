//! Visible bylines: author elements, author-page links and "By …" lines near the
//! headline, read with spaces at element boundaries.

use markup5ever::local_name;

use crate::dom::{Dom, NodeId};
use crate::heuristics::is_block_tag;
use crate::heuristics::metadata::{
    AUTHOR_LABELS, AUTHOR_NAME_WORDS, BYLINE_DATE_CLIMB, BYLINE_DATE_CONTEXT_CHARS,
    BYLINE_LINE_MAX_CHARS, BYLINE_MAX_CHARS, BYLINE_NEAR_HEADLINE_NODES, BYLINE_PREFIXES,
    HEADING_CLIMB, LABEL_VALUE_SCAN_NODES, META_COLUMN_PROSE_CHARS, REVIEWER_PREFIXES,
    STANDFIRST_CLIMB,
};

use super::author_links::{is_author_link, slug_named, with_co_authors};
use super::authors::{clean_authors, clean_declared_authors};
use super::parts::{Part, Parts};
use super::portraits::{is_avatar_of, links_to_a_page_not_a_persons};
use super::sources::{headline, in_meta_column, in_region, Own};

/// Text below `id` with a line break at block and `<br>` boundaries, so that words of
/// neighbouring elements never glue ("Jane Roe" + "Published" → two lines).
pub fn spaced_text(dom: &Dom, id: NodeId) -> String {
    spaced_text_without(dom, id, |_| false)
}

/// [`spaced_text`] without the elements `skip` names (and what they hold).
pub fn spaced_text_without(dom: &Dom, id: NodeId, skip: impl Fn(NodeId) -> bool) -> String {
    let mut out = String::new();
    let mut apart = false;
    let mut walk = dom.descendants(id);
    while let Some(n) = walk.next() {
        if n != id && skip(n) {
            walk.skip_subtree(n);
            continue;
        }
        // An icon's `<title>` ("Bluesky", "Share") is no text the page shows.
        if dom.element(n).is_some_and(|e| e.ns == crate::dom::Ns::Svg) {
            walk.skip_subtree(n);
            continue;
        }
        if let Some(t) = dom.tag(n) {
            if matches!(
                *t,
                local_name!("script")
                    | local_name!("style")
                    | local_name!("template")
                    | local_name!("button")
            ) {
                walk.skip_subtree(n);
                continue;
            }
        }
        // A block starts a line, and so does whatever follows one (text or an inline
        // element: "<p>Jane Roe</p><small>May 2</small>").
        let starts_line = n != id
            && (dom
                .tag(n)
                .is_some_and(|t| is_block_tag(t) || *t == local_name!("br"))
                || dom
                    .prev_sibling(n)
                    .and_then(|p| dom.tag(p))
                    .is_some_and(is_block_tag));
        if starts_line {
            out.push('\n');
        }
        // Two styled items' words: apart only where they would glue ("Jane
        // Roe" + "May 2"), not at a separator ("Category" + ":").
        apart |= n != id && dom.styled_apart(n) && out.ends_with(char::is_alphanumeric);
        if let Some(text) = dom.text(n) {
            if std::mem::take(&mut apart) && text.starts_with(char::is_alphanumeric) {
                out.push('\n');
            }
            if !text.is_empty() {
                apart = false;
            }
            out.push_str(text);
        }
    }
    out
}

/// The names in a byline text: its first line that names someone, a bare "By" line
/// joined to the next. `handles` keeps lower-case user names (forum posters).
pub fn names_in(text: &str, handles: bool) -> Vec<String> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    // Lines before the one that says "By" label the byline ("Guide" / "by Jane Roe",
    // an article type above the names): the names start there. A poster's column
    // starts with the poster's name, whatever its later lines say ("From: Leeds").
    let start = if handles {
        0
    } else {
        lines
            .iter()
            .position(|l| is_bare_prefix(l) || starts_with_prefix(l))
            .unwrap_or(0)
    };
    for (i, line) in lines.iter().enumerate().skip(start) {
        let bare = is_bare_prefix(line);
        let candidate = if bare {
            match lines.get(i + 1) {
                Some(next) => format!("{line} {next}"),
                None => continue,
            }
        } else if starts_with_prefix(line) {
            (*line).to_string()
        } else {
            inner_byline(line).unwrap_or(line).to_string()
        };
        let names = if handles {
            clean_declared_authors(&candidate)
        } else {
            clean_authors(&candidate)
        };
        if !names.is_empty() {
            return names;
        }
    }
    Vec::new()
}

/// The rest of a line from a byline phrase of two words or more inside it ("This post
/// was written by Jane Roe," gives "written by Jane Roe,"): a sentence that names the
/// author in passing. One word ("by", "von") is too common inside a sentence, and a
/// reviewer ("reviewed by") is not the author.
fn inner_byline(line: &str) -> Option<&str> {
    let lower = line.to_ascii_lowercase();
    let spaced = |at: usize| lower.as_bytes().get(at) == Some(&b' ');
    BYLINE_PREFIXES
        .iter()
        .filter(|p| p.contains(' ') && p.is_ascii() && !REVIEWER_PREFIXES.contains(p))
        .filter_map(|p| {
            lower
                .match_indices(*p)
                .map(|(at, _)| at)
                .find(|&at| at > 0 && spaced(at - 1) && spaced(at + p.len()))
        })
        .min()
        .and_then(|at| line.get(at..))
}

/// Whether a line starts with a reviewer's word ("Reviewed by"), any case.
fn is_reviewer_line(line: &str) -> bool {
    super::after_label(line, REVIEWER_PREFIXES).is_some()
}

/// Whether a line is only a byline word ("By", "Written by", "Autor:").
fn is_bare_prefix(line: &str) -> bool {
    let l = line.trim().trim_end_matches([':', '：']).to_lowercase();
    BYLINE_PREFIXES
        .iter()
        .any(|p| p.trim_end_matches([':', '：', '・']) == l)
}

/// Whether a line starts with a byline word followed by more text.
fn starts_with_prefix(line: &str) -> bool {
    let l = line.trim().to_lowercase();
    BYLINE_PREFIXES.iter().any(|p| {
        l.starts_with(p)
            && (p.ends_with(|c: char| !c.is_alphanumeric())
                || l.get(p.len()..)
                    .is_some_and(|r| r.starts_with([' ', ':', '：'])))
    })
}

/// The authors shown on the page: the first byline element (`rel=author`,
/// `itemprop=author`, byline/author classes, a link to an author page) outside comments
/// and sidebars, else a "By …" line after the headline. On forum pages the poster of the
/// first post.
pub fn visible_authors(dom: &Dom, parts: &Parts, forum: bool) -> Vec<String> {
    let words = if forum {
        Part::ForumAuthor
    } else {
        Part::Byline
    };
    for (id, _) in super::sources::visible_elements(dom) {
        let marked = parts.has(id, words) || (!forum && is_author_link(dom, id));
        if !marked || in_region(dom, parts, id, Own::Asides) {
            continue;
        }
        // A byline never holds the headline: a post classed after its author
        // (`<article class="… author-jane-roe">`) holds the whole post.
        if parts.holds_h1(id) {
            continue;
        }
        let text = spaced_text(dom, id);
        // A longer one is an author box: the name on its first line, the biography after.
        let text = if text.len() > BYLINE_MAX_CHARS {
            match text.lines().map(str::trim).find(|l| !l.is_empty()) {
                Some(first) if first.len() <= BYLINE_LINE_MAX_CHARS => first.to_string(),
                _ => continue,
            }
        } else {
            text
        };
        // An author box's name element (`author-box__name`) holds a name however it
        // is written: a user name in lower case too.
        let named = forum || crate::extract::class_names_any(dom, id, AUTHOR_NAME_WORDS);
        let mut names = names_in(&text, named);
        if !forum && is_author_link(dom, id) {
            if names.is_empty() {
                names = slug_named(dom, id);
            } else if names.len() == 1 {
                names = with_co_authors(dom, id, names);
            }
        }
        if !names.is_empty() {
            // A team's byline ("By Team Acme") gives way to a person an author label
            // names elsewhere ("Written by Jane Roe" closing the post).
            if !forum && names.iter().all(|n| names_group(n)) {
                let person = labelled_anywhere(dom, parts);
                if !person.is_empty() && !person.iter().any(|n| names_group(n)) {
                    return person;
                }
            }
            return names;
        }
    }
    if forum {
        return Vec::new();
    }
    let near = near_headline(dom, parts, false);
    if !near.is_empty() {
        return near;
    }
    labelled_anywhere(dom, parts)
}

/// The people a "By …" line after the headline names (not a dateline's name, not a
/// name beside a portrait), none of them a group.
pub fn signed_below_headline(dom: &Dom, parts: &Parts) -> Vec<String> {
    let names = near_headline(dom, parts, true);
    if names.iter().any(|n| names_group(n)) {
        return Vec::new();
    }
    names
}

/// Whether a name is a group's: a word of `COLLECTIVE_ROLES` in it ("Team Acme", "Acme
/// Staff").
fn names_group(name: &str) -> bool {
    use crate::heuristics::metadata::COLLECTIVE_ROLES;
    name.split_whitespace()
        .any(|w| COLLECTIVE_ROLES.iter().any(|r| w.eq_ignore_ascii_case(r)))
}

/// A date stated beside the first byline element ("Jane Roe · April 8, 2024"): the
/// byline and the smallest containers around it, while they stay a byline's size.
pub fn byline_date(dom: &Dom, parts: &Parts, month_first: bool) -> Option<super::dates::Date> {
    for (id, _) in super::sources::visible_elements(dom) {
        let marked = parts.has(id, Part::Byline) || is_author_link(dom, id);
        if !marked || in_region(dom, parts, id, Own::Asides) {
            continue;
        }
        for a in std::iter::once(id)
            .chain(dom.ancestors(id))
            .take(1 + BYLINE_DATE_CLIMB)
        {
            if spaced_text(dom, a).len() > BYLINE_DATE_CONTEXT_CHARS {
                break;
            }
            if let Some(d) = unmodified_text(dom, parts, a)
                .and_then(|t| super::dates::parse_text(&t, month_first))
            {
                return Some(d);
            }
        }
        return None;
    }
    None
}

/// The text below `id` without the parts marked as a modification date ("Updated …"),
/// one line per text node; `None` when nothing is left.
fn unmodified_text(dom: &Dom, parts: &Parts, id: NodeId) -> Option<String> {
    let mut out = String::new();
    let mut walk = dom.descendants(id);
    while let Some(n) = walk.next() {
        if parts.has(n, Part::Modified) {
            walk.skip_subtree(n);
        } else if let Some(t) = dom.text(n) {
            out.push_str(t.trim());
            out.push('\n');
        }
    }
    (!out.trim().is_empty()).then_some(out)
}

/// An explicit author label ("Written by", "Author:") anywhere outside comments,
/// sidebars and footers, as in the author box closing an article: the name in its line
/// or in the text after it. Plain "By" is too common in running text to count here.
fn labelled_anywhere(dom: &Dom, parts: &Parts) -> Vec<String> {
    let explicit = |l: &str| super::after_label(l, AUTHOR_LABELS).is_some();
    for (id, _) in super::sources::visible_elements(dom) {
        for c in dom.children(id) {
            let Some(t) = dom.text(c).map(str::trim) else {
                continue;
            };
            if t.len() > BYLINE_LINE_MAX_CHARS
                || !explicit(t)
                || in_region(dom, parts, c, Own::Asides)
            {
                continue;
            }
            let Some(line) = with_named_text(dom, c, t) else {
                continue;
            };
            if line.len() > BYLINE_LINE_MAX_CHARS {
                continue;
            }
            let line = without_label(&line);
            let names: Vec<String> = names_in(line, false)
                .into_iter()
                .filter(|n| !is_bare_prefix(n))
                .collect();
            if !names.is_empty() {
                return names;
            }
        }
    }
    Vec::new()
}

/// `line` without the author label it starts with ("Contributors: Jane Roe" → "Jane Roe").
fn without_label(line: &str) -> &str {
    super::after_label(line, AUTHOR_LABELS)
        .map_or(line, |rest| rest.trim_start_matches([' ', ':', '：']))
}

/// A "By …" line among the text nodes after the headline: the text of its block; or a
/// dateline that names someone without the "By" ([`dated_line_names`]).
fn near_headline(dom: &Dom, parts: &Parts, signed_only: bool) -> Vec<String> {
    let Some(h1) = headline(dom, parts) else {
        return Vec::new();
    };
    let mut texts = 0;
    let mut prose_seen = false;
    let mut standfirst_seen = false;
    let mut avatar: Option<NodeId> = None;
    let mut cur = dom.next_in_order(h1);
    while let Some(n) = cur {
        cur = dom.next_in_order(n);
        let Some(t) = dom.text(n) else {
            if dom.is(n, &local_name!("img")) {
                avatar = Some(n);
            }
            continue;
        };
        let t = t.trim();
        if t.is_empty() || in_code(dom, n) {
            continue;
        }
        let after_avatar = avatar.take().is_some_and(|img| is_avatar_of(dom, img, t));
        texts += 1;
        if texts > BYLINE_NEAR_HEADLINE_NODES {
            break;
        }
        // A sidebar's line is another item's, unless the sidebar is the post's meta
        // column read before its prose (looked up only for a line in a sidebar).
        let elsewhere =
            in_region(dom, parts, n, Own::Asides) && (prose_seen || !in_meta_column(dom, parts, n));
        // The headline's standfirst (the first long text, in a sibling of the headline
        // or inside one) is no prose yet: the byline often follows it.
        if t.len() >= META_COLUMN_PROSE_CHARS && !prose_seen {
            let standfirst = !standfirst_seen
                && dom
                    .ancestors(n)
                    .take(STANDFIRST_CLIMB)
                    .any(|a| dom.parent(a).is_some() && dom.parent(a) == dom.parent(h1));
            standfirst_seen |= standfirst;
            prose_seen = !standfirst;
        }
        // A heading names a piece or a section ("From Engagement to 'I Do': …"), never
        // its writer, whatever word it starts with; a heading that is a bare label
        // ("Author") labels the name after it.
        if elsewhere || (in_heading(dom, n) && !is_bare_prefix(t)) {
            continue;
        }
        if after_avatar
            && !signed_only
            && !prose_seen
            && t.len() <= BYLINE_LINE_MAX_CHARS
            && !links_to_a_page_not_a_persons(dom, n)
        {
            let names = names_in(without_section(t), false);
            if !names.is_empty() {
                return names;
            }
        }
        // A reviewer ("Reviewed by: Jane Roe, MD") checked the piece: when the page
        // names its author, the reviewer is someone else; without one, they are all
        // the page names.
        if signed_only && is_reviewer_line(t) {
            continue;
        }
        if !(starts_with_prefix(t) || is_bare_prefix(t)) {
            let names = if signed_only {
                Vec::new()
            } else {
                dated_line_names(t)
            };
            if !names.is_empty() && t.len() <= BYLINE_LINE_MAX_CHARS {
                return names;
            }
            continue;
        }
        let block = dom
            .ancestors(n)
            .find(|&a| dom.tag(a).is_some_and(is_block_tag))
            .unwrap_or(n);
        let text = spaced_text(dom, block);
        let line = text
            .lines()
            .map(str::trim)
            .find(|l| starts_with_prefix(l) || is_bare_prefix(l))
            .unwrap_or(t);
        let Some(line) = with_named_text(dom, n, line) else {
            continue;
        };
        if line.len() <= BYLINE_LINE_MAX_CHARS {
            let names = names_in(&line, false);
            if !names.is_empty() {
                return names;
            }
        }
    }
    Vec::new()
}

/// A name without the section it posted in ("Jane Roe in Orchard Notes").
fn without_section(text: &str) -> &str {
    text.split_once(" in ")
        .map_or(text, |(name, _)| name)
        .trim()
}

/// "Jane Roe | Senior Writer | July 2, 2025": a line beside the headline that dates the
/// piece and names, in a part of its own, a person of two or more words.
fn dated_line_names(line: &str) -> Vec<String> {
    if super::dates::parse_text(line, false).is_none() {
        return Vec::new();
    }
    let parts: Vec<&str> = line.split(['|', '\u{b7}', '•']).map(str::trim).collect();
    if parts.len() < 2 {
        return Vec::new();
    }
    parts
        .iter()
        .filter(|p| super::dates::parse_text(p, false).is_none())
        .map(|p| names_in(p, false))
        .find(|n| !n.is_empty() && n.iter().all(|x| x.split_whitespace().count() >= 2))
        .unwrap_or_default()
}

/// `line` (the text of node `n`) as a byline to read names from: a label alone ("Written
/// by") names the author in the text that follows it, often a sibling element of its
/// own; `None` when nothing follows within [`LABEL_VALUE_SCAN_NODES`] nodes.
fn with_named_text(dom: &Dom, n: NodeId, line: &str) -> Option<String> {
    if !is_bare_prefix(line) && !without_label(line).is_empty() {
        return Some(line.to_string());
    }
    std::iter::successors(dom.next_in_order(n), |&c| dom.next_in_order(c))
        .take(LABEL_VALUE_SCAN_NODES)
        .find_map(|c| {
            dom.text(c)
                .map(str::trim)
                .filter(|t| !t.is_empty() && !in_code(dom, c))
        })
        .map(|t| format!("{line} {t}"))
}

/// Whether a text node is the body of a script or style.
/// Whether text node `n` lies in a heading (`h1`–`h6`), a few levels up at most.
fn in_heading(dom: &Dom, n: NodeId) -> bool {
    dom.ancestors(n).take(HEADING_CLIMB).any(|a| {
        dom.tag(a)
            .is_some_and(|t| crate::heuristics::heading_level(t).is_some())
    })
}

fn in_code(dom: &Dom, n: NodeId) -> bool {
    dom.parent(n)
        .and_then(|p| dom.tag(p))
        .is_some_and(|p| matches!(*p, local_name!("script") | local_name!("style")))
}

#[cfg(test)]
#[path = "byline_tests.rs"]
mod tests;

//! Posters: on a thread, the name of whoever wrote each post stays with the post.
//!
//! A post's header (the poster's name beside their rank, post count, join date and
//! avatar) is chrome by its class words or its tag, and goes whole. Who said what is
//! part of a conversation, though: in a pruned header of a thread, the poster's name is
//! kept and the rest of the header still goes, and a shown name whose link its class
//! words prune (a menu's toggle on the name) keeps the link.

use markup5ever::local_name;

use super::Pruned;
use crate::dom::{Dom, NodeId};
use crate::extract::hints::class_names_any;
use crate::heuristics::metadata::AVATAR_WORDS;
use crate::heuristics::{
    POSTER_CLASS_WORDS, POSTER_ITEMPROPS, POSTER_MIN_HEADERS, POSTER_NAME_MAX_CHARS,
    POSTER_NAME_MAX_WORDS, POSTER_NAME_MIN_ALNUM, POSTER_PROFILE_DIRS, POSTER_PROFILE_QUERIES,
    POSTER_SCAN_NODES, POST_BODY_MIN_CHARS, POST_TIME_MAX_CHARS, POST_TIME_SCAN_NODES,
};

/// Keeps each post's poster and date on a thread: `out` is the pruning verdicts of a
/// thread's page. A pruned element whose first [`POSTER_SCAN_NODES`] nodes hold a
/// poster's name is kept, and everything in it but that name (and the post's date, when
/// it holds it) is pruned instead. The date after every poster's name, pruned or not, is
/// kept from the pruned header row that holds it.
pub fn rescue(dom: &Dom, out: &mut [Option<Pruned>]) {
    let headers = pruned_headers(dom, out);
    let shown = shown_names(dom, out);
    // A thread's posts each have a header: a lone name is an article's byline (a live
    // blog read as a thread).
    if headers.len() + shown.len() < POSTER_MIN_HEADERS {
        return;
    }
    // A shown poster's name whose link is pruned for its own class words (a `menu_toggle`
    // that opens the poster's card): the link is the name.
    for &name in &shown {
        unprune_name_link(dom, out, name);
    }
    let mut names = shown;
    let mut last: Option<NodeId> = None;
    for (root, why, name) in headers {
        // A post's second header row naming its poster again ("by Jane » date").
        if last.is_some_and(|l| {
            dom.raw_text(l).trim() == dom.raw_text(name).trim() && same_post(dom, l, name)
        }) {
            continue;
        }
        keep_only(dom, out, root, name, why);
        names.push(name);
        last = Some(name);
    }
    for name in names {
        let Some(t) = time_after(dom, name) else {
            continue;
        };
        // The pruned element the date is in (the date itself, its header row, or a part
        // of the name's own header just pruned): kept down to the date.
        let pruned = std::iter::once(t)
            .chain(dom.ancestors(t))
            .take(POSTER_SCAN_NODES)
            .find_map(|a| out.get(a.ix()).copied().flatten().map(|v| (a, v)));
        if let Some((r, v)) = pruned.filter(|&(_, v)| is_soft(v)) {
            keep_only(dom, out, r, t, v);
        }
    }
}

/// Rules that prune a post header for what it is named or tagged, not for what it
/// holds: a name and a date inside may be kept.
fn is_soft(v: Pruned) -> bool {
    matches!(
        v,
        Pruned::ChromeWords | Pruned::ChromeTag | Pruned::ChromeRole | Pruned::MetaItemprop
    )
}

/// The pruned post headers with a poster's name in them: every element pruned by a soft
/// rule ([`is_soft`]) with its rule and the name. A header holding the headline is the
/// page's (a thread's "started by"), not a post's.
fn pruned_headers(dom: &Dom, out: &[Option<Pruned>]) -> Vec<(NodeId, Pruned, NodeId)> {
    out.iter()
        .enumerate()
        .filter_map(|(ix, v)| {
            let v = v.filter(|&v| is_soft(v))?;
            Some((NodeId(u32::try_from(ix).ok()?), v))
        })
        .filter(|&(root, _)| {
            !dom.descendants(root)
                .take(POSTER_SCAN_NODES)
                .any(|d| dom.is(d, &local_name!("h1")))
        })
        .filter_map(|(root, why)| Some((root, why, poster_name(dom, root)?)))
        .collect()
}

/// The posters' names outside pruned parts: each outermost element that names a poster.
fn shown_names(dom: &Dom, out: &[Option<Pruned>]) -> Vec<NodeId> {
    let mut names = Vec::new();
    let mut walk = dom.descendants(dom.body());
    while let Some(id) = walk.next() {
        if out.get(id.ix()).copied().flatten().is_some() {
            walk.skip_subtree(id);
        } else if dom.element(id).is_some() && is_poster(dom, id) {
            names.push(id);
            walk.skip_subtree(id);
        }
    }
    names
}

/// The first `<time datetime>` of the header after `name` ([`header_after`]), as short
/// as a date is.
fn time_after(dom: &Dom, name: NodeId) -> Option<NodeId> {
    header_after(dom, name).find(|&n| {
        dom.is(n, &local_name!("time"))
            && dom.attr(n, &local_name!("datetime")).is_some()
            && (1..=POST_TIME_MAX_CHARS).contains(&dom.trimmed_text_len(n))
    })
}

/// Whether `next` is in the header after `prev` ([`header_after`]): the two are in one
/// post's header.
fn same_post(dom: &Dom, prev: NodeId, next: NodeId) -> bool {
    header_after(dom, prev).any(|n| n == next)
}

/// The nodes after `from`'s subtree in document order, at most
/// [`POST_TIME_SCAN_NODES`], up to the first text as long as a sentence: the rest of a
/// post's header, before its body (a date after the body is another post's or an
/// edit's).
fn header_after(dom: &Dom, from: NodeId) -> impl Iterator<Item = NodeId> + '_ {
    std::iter::successors(dom.after_subtree(from), |&n| dom.next_in_order(n))
        .take(POST_TIME_SCAN_NODES)
        .take_while(|&n| {
            dom.text(n)
                .is_none_or(|t| t.trim().len() <= POST_BODY_MIN_CHARS)
        })
}

/// The element naming the poster under `root`: the first, within the scan, that is
/// marked as the author (`itemprop`), classed as a user name, or links to a member's
/// profile, and whose text is a name's length; the innermost such element inside it,
/// if any (the name's link inside the `user` block that also holds a short rank).
fn poster_name(dom: &Dom, root: NodeId) -> Option<NodeId> {
    let mut found: Option<NodeId> = None;
    for id in dom.descendants(root).skip(1).take(POSTER_SCAN_NODES) {
        if dom.element(id).is_none()
            || found.is_some_and(|f| !dom.ancestors(id).take(POSTER_SCAN_NODES).any(|a| a == f))
            || !is_poster(dom, id)
        {
            continue;
        }
        found = Some(id);
    }
    found
}

/// Whether `id` is a poster's name: marked as one ([`names_poster`]), linked (to the
/// profile), and a name's size.
fn is_poster(dom: &Dom, id: NodeId) -> bool {
    names_poster(dom, id) && links(dom, id) && is_name_sized(dom, id)
}

/// Whether an element under `id` (or `id` itself) is classed a portrait
/// (`AVATAR_WORDS`).
fn holds_avatar(dom: &Dom, id: NodeId) -> bool {
    dom.descendants(id)
        .take(POSTER_SCAN_NODES)
        .any(|d| class_names_any(dom, d, AVATAR_WORDS))
}

/// Whether `id` is a link or holds one: a poster's name links to their profile, where
/// an icon (`fa-user`) or a label beside it does not.
fn links(dom: &Dom, id: NodeId) -> bool {
    dom.descendants(id)
        .take(POSTER_SCAN_NODES)
        .any(|d| dom.is(d, &local_name!("a")))
}

/// Whether `id` is marked as a poster's name: `itemprop=author`, a user-name class
/// (`POSTER_CLASS_WORDS`) or a link to a member's profile; never a portrait or what
/// holds one.
fn names_poster(dom: &Dom, id: NodeId) -> bool {
    let itemprop = || {
        dom.attr(id, &local_name!("itemprop")).is_some_and(|p| {
            p.split_ascii_whitespace()
                .any(|t| POSTER_ITEMPROPS.iter().any(|w| t.eq_ignore_ascii_case(w)))
        })
    };
    let classed = || class_names_any(dom, id, POSTER_CLASS_WORDS);
    let profile = || {
        dom.is(id, &local_name!("a"))
            && dom
                .attr(id, &local_name!("href"))
                .is_some_and(is_profile_address)
    };
    // The attribute reads first, as every element of a thread is asked; a portrait
    // links to the profile too, its text at most the initial it shows.
    (itemprop() || classed() || profile()) && !holds_avatar(dom, id)
}

/// Whether `href` is a member's profile: a member's directory with the member after it
/// ("/members/jane.12/", not the member list "/members/"), or a board's profile query.
fn is_profile_address(href: &str) -> bool {
    let h = href.to_ascii_lowercase();
    POSTER_PROFILE_QUERIES.iter().any(|q| h.contains(q))
        || POSTER_PROFILE_DIRS.iter().any(|d| {
            h.match_indices(d).any(|(at, _)| {
                h.get(at + d.len()..)
                    .and_then(|rest| rest.chars().next())
                    .is_some_and(char::is_alphanumeric)
            })
        })
}

/// Whether the text under `id` is one short name: two letters or digits or more, at
/// most [`POSTER_NAME_MAX_CHARS`] characters and [`POSTER_NAME_MAX_WORDS`] words (a
/// rank or a join date beside the name makes it a header, not a name).
fn is_name_sized(dom: &Dom, id: NodeId) -> bool {
    name_words(dom, id).is_some()
}

/// The words of the name under `id`, when its text is name-sized ([`is_name_sized`]).
fn name_words(dom: &Dom, id: NodeId) -> Option<usize> {
    let (mut chars, mut alnum, mut words, mut runs) = (0usize, 0usize, 0usize, 0usize);
    // A name is a handful of nodes: a bigger element is no name, and is not read whole.
    for (seen, d) in dom.descendants(id).enumerate() {
        if seen >= POSTER_SCAN_NODES {
            return None;
        }
        if let Some(t) = dom.text(d) {
            // A second run of text is a rank or a count printed beside the name.
            if !t.trim().is_empty() {
                runs += 1;
                if runs > 1 {
                    return None;
                }
            }
            chars += t.trim().chars().count();
            alnum += t.chars().filter(|c| c.is_alphanumeric()).count();
            words += t.split_whitespace().count();
            if chars > POSTER_NAME_MAX_CHARS || words > POSTER_NAME_MAX_WORDS {
                return None;
            }
        }
    }
    (alnum >= POSTER_NAME_MIN_ALNUM).then_some(words)
}

/// Whether the block `id`, of `words` words (as [`crate::text::word_count`] counts
/// them: "Dave-in-Decatur" is three), is a poster's name and nothing else: kept on a
/// thread, however linked (the name links to the poster's profile).
pub fn is_poster_line(dom: &Dom, id: NodeId, words: usize) -> bool {
    poster_name(dom, id)
        .or_else(|| (names_poster(dom, id) && links(dom, id)).then_some(id))
        .filter(|&n| is_name_sized(dom, n))
        .is_some_and(|n| crate::text::word_count(&dom.raw_text(n)) == words)
}

/// Whether the block `id`, of `chars` visible characters, is a post's date and nothing
/// else: a `<time datetime>` as short as a date is, holding all the block's text. On a
/// thread the date a post header links to the post (XenForo's and Discourse's
/// permalinks) is when the post was written, though the block is all link.
pub fn is_post_date_line(dom: &Dom, id: NodeId, chars: usize) -> bool {
    if chars == 0 || chars > POST_TIME_MAX_CHARS {
        return false;
    }
    let visible = |n: NodeId| {
        dom.descendants(n)
            .take(POSTER_SCAN_NODES)
            .filter_map(|d| dom.text(d))
            .flat_map(str::chars)
            .filter(|c| !c.is_whitespace())
            .count()
    };
    dom.descendants(id)
        .take(POSTER_SCAN_NODES)
        .find(|&n| dom.is(n, &local_name!("time")))
        .is_some_and(|t| dom.attr(t, &local_name!("datetime")).is_some() && visible(t) == chars)
}

/// Unprunes `root` and prunes, for `why`, every node under it but `keep`, its subtree
/// and its ancestors up to `root` (`keep` may be `root` itself).
fn keep_only(dom: &Dom, out: &mut [Option<Pruned>], root: NodeId, keep: NodeId, why: Pruned) {
    if let Some(slot) = out.get_mut(root.ix()) {
        *slot = None;
    }
    let mut on_path = keep;
    while on_path != root {
        let Some(parent) = dom.parent(on_path) else {
            return;
        };
        for c in dom.children(parent).filter(|&c| c != on_path) {
            if let Some(slot) = out.get_mut(c.ix()) {
                *slot = Some(why);
            }
        }
        on_path = parent;
    }
}

/// Keeps the links inside poster's name element `name` that a soft rule pruned
/// ([`is_soft`]): its whole text is the name.
fn unprune_name_link(dom: &Dom, out: &mut [Option<Pruned>], name: NodeId) {
    for d in dom.descendants(name).take(POSTER_SCAN_NODES) {
        if dom.is(d, &local_name!("a")) {
            if let Some(slot) = out.get_mut(d.ix()) {
                if slot.is_some_and(is_soft) {
                    *slot = None;
                }
            }
        }
    }
}

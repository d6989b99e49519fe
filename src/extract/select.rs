//! Select: the container whose subtree score is highest. Because link-dense and label
//! blocks weigh against a container, the best one grows to take in every piece of the
//! body (split by ads, figures, pull quotes) and stops before the page's navigation.

use markup5ever::local_name;

use crate::dom::{Dom, NodeId};
use crate::heuristics::CONTENT_HINT_BONUS;

use super::hints::{Hint, Hints};
use super::prune::Pruned;
use super::score::{Mode, Scores};

/// The best container below `root`, or `None` when nothing scores above zero.
pub fn select(
    dom: &Dom,
    root: NodeId,
    hints: &Hints,
    scores: &Scores,
    pruned: &[Option<Pruned>],
    mode: Mode,
) -> Option<NodeId> {
    let table = match mode {
        Mode::Article => &scores.subtree,
        Mode::Index => &scores.subtree_index,
    };
    let mut best: Option<(NodeId, f64)> = None;
    let mut walk = dom.descendants(root);
    while let Some(id) = walk.next() {
        if pruned.get(id.ix()).copied().flatten().is_some() {
            walk.skip_subtree(id);
            continue;
        }
        if dom.element(id).is_none() && id != root {
            continue;
        }
        let raw = table.get(id.ix()).copied().unwrap_or(0.0);
        if raw <= 0.0 {
            continue;
        }
        let bonus = if hints.has(id, Hint::Content) {
            1.0 + CONTENT_HINT_BONUS
        } else {
            1.0
        };
        let s = raw * bonus;
        // `>=`: on a tie the deeper node (visited later) wins, since its parent adds
        // nothing.
        if best.is_none_or(|(_, b)| s >= b) {
            best = Some((id, s));
        }
    }
    best.map(|(id, _)| climb(dom, root, id, scores, table))
}

/// Moves up from the best container while the parent holds clearly more prose at a
/// modest cost in score (at any cost into an `<article>`): an article cut into
/// sections by link lists or ad slots is one article.
fn climb(dom: &Dom, root: NodeId, mut c: NodeId, scores: &Scores, table: &[f64]) -> NodeId {
    use crate::heuristics::{CLIMB_MIN_SCORE_RATIO, CLIMB_PROSE_FACTOR};
    let prose = |n: NodeId| scores.prose_chars.get(n.ix()).copied().unwrap_or(0.0);
    let score = |n: NodeId| table.get(n.ix()).copied().unwrap_or(0.0);
    while c != root {
        let Some(p) = dom.parent(c) else { break };
        let mut up = p;
        // Only-child wrappers add nothing: look through them.
        while prose(up) <= prose(c) && up != root {
            match dom.parent(up) {
                Some(g) => up = g,
                None => break,
            }
        }
        // An `<article>` is one self-contained composition: its own comparison tables
        // and link lists (scored against it) do not make it less the container of the
        // prose inside it.
        let article = dom.is(up, &local_name!("article"));
        if prose(up) >= CLIMB_PROSE_FACTOR * prose(c)
            && (article || score(up) >= CLIMB_MIN_SCORE_RATIO * score(c))
        {
            c = up;
        } else {
            break;
        }
    }
    c
}

/// The one `<article>` inside `c` that holds most of its prose while the other
/// `<article>` elements there are teasers: a story with a feed of other stories under
/// it, where the feed's blurbs together outweigh the story. The HTML `<article>` is a
/// self-contained composition, so the story's own element is its whole text.
pub fn dominant_article(
    dom: &Dom,
    c: NodeId,
    scores: &Scores,
    pruned: &[Option<Pruned>],
) -> Option<NodeId> {
    use crate::heuristics::{
        DOMINANT_ARTICLE_FACTOR, DOMINANT_ARTICLE_MIN_ARTICLES, DOMINANT_ARTICLE_MIN_SHARE,
        DOMINANT_ARTICLE_TEASER_SHARE,
    };
    let prose = |n: NodeId| scores.prose_chars.get(n.ix()).copied().unwrap_or(0.0);
    let mut articles = Vec::new();
    let mut walk = dom.descendants(c);
    while let Some(n) = walk.next() {
        if pruned.get(n.ix()).copied().flatten().is_some() {
            walk.skip_subtree(n);
        } else if n != c && dom.is(n, &local_name!("article")) {
            articles.push(n);
            walk.skip_subtree(n);
        }
    }
    if articles.len() < DOMINANT_ARTICLE_MIN_ARTICLES {
        return None;
    }
    let top = articles
        .iter()
        .copied()
        .max_by(|&a, &b| prose(a).total_cmp(&prose(b)))?;
    let others: Vec<NodeId> = articles.into_iter().filter(|&a| a != top).collect();
    let second = others.iter().map(|&a| prose(a)).fold(0.0, f64::max);
    let teasers = others.iter().filter(|&&a| is_teaser(dom, a)).count();
    (prose(top) >= DOMINANT_ARTICLE_MIN_SHARE * prose(c)
        && prose(top) >= DOMINANT_ARTICLE_FACTOR * second
        && teasers as f64 >= DOMINANT_ARTICLE_TEASER_SHARE * others.len() as f64)
        .then_some(top)
}

/// Whether an `<article>` is a teaser: a link to another page around its heading or its
/// picture, or inside its heading.
fn is_teaser(dom: &Dom, a: NodeId) -> bool {
    let heading = |n: NodeId| {
        dom.tag(n)
            .and_then(crate::heuristics::heading_level)
            .is_some_and(|l| l <= 4)
    };
    let picture = |n: NodeId| {
        dom.tag(n)
            .is_some_and(|t| matches!(*t, local_name!("img") | local_name!("picture")))
    };
    dom.descendants(a).any(|n| {
        dom.is(n, &local_name!("a"))
            && dom
                .attr(n, &local_name!("href"))
                .is_some_and(|h| !h.trim().is_empty() && !h.starts_with('#'))
            && (dom.descendants(n).any(|d| heading(d) || picture(d))
                || dom.ancestors(n).take(2).any(heading))
    })
}

/// The page's declared main element (`<main>` or `role=main`), when there is exactly one
/// and it was not pruned.
pub fn declared_main(dom: &Dom, root: NodeId, pruned: &[Option<Pruned>]) -> Option<NodeId> {
    let mut found = None;
    let mut walk = dom.descendants(root);
    while let Some(id) = walk.next() {
        if pruned.get(id.ix()).copied().flatten().is_some() {
            walk.skip_subtree(id);
            continue;
        }
        if dom.is_main(id) {
            if found.is_some() {
                return None;
            }
            found = Some(id);
            walk.skip_subtree(id);
        }
    }
    found
}

/// Whether `container` is or lies inside a `<footer>` that holds neither the `<h1>` nor a
/// main element: a page's (or a section's) footer is its fine print, never its main
/// content. A pass that can find nothing else (the page's own content drawn by script)
/// reads a newsletter box or a link column there, and the page has no content to give.
/// A page wrapped whole in a `<footer>` holds its headline there, and is read.
pub fn in_footer(dom: &Dom, container: NodeId) -> bool {
    let Some(footer) = std::iter::once(container)
        .chain(dom.ancestors(container))
        .find(|&a| dom.is(a, &local_name!("footer")))
    else {
        return false;
    };
    !dom.descendants(footer)
        .any(|n| dom.is(n, &local_name!("h1")) || dom.is_main(n))
}

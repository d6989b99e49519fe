//! Select: the container whose subtree score is highest. Because link-dense and label
//! blocks weigh against a container, the best one grows to take in every piece of the
//! body (split by ads, figures, pull quotes) and stops before the page's navigation.

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
/// modest cost in score: an article cut into sections by link lists or ad slots is
/// one article.
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
        if prose(up) >= CLIMB_PROSE_FACTOR * prose(c)
            && score(up) >= CLIMB_MIN_SCORE_RATIO * score(c)
        {
            c = up;
        } else {
            break;
        }
    }
    c
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
        let is_main = dom.is(id, &markup5ever::local_name!("main"))
            || dom
                .attr(id, &markup5ever::local_name!("role"))
                .is_some_and(|r| r.eq_ignore_ascii_case("main"));
        if is_main {
            if found.is_some() {
                return None;
            }
            found = Some(id);
            walk.skip_subtree(id);
        }
    }
    found
}

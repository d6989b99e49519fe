//! Which blocks inside the selected container a reading keeps beyond their class: a
//! section title in the text's own flow, a link naming the description under it, a
//! reference's card titles, and the class rule itself with the favor.

use markup5ever::local_name;

use super::score::{self, Class};
use super::Doc;
use crate::dom::{Dom, NodeId};
use crate::options::Favor;

/// Whether `id` is a section heading in the text's own flow, linked or not: an `h2`–`h6`
/// whose section starts with a paragraph ([`section_paragraph`]), among
/// `FLOW_MIN_HEADINGS` headings (itself included) and `FLOW_MIN_PARAGRAPHS` paragraphs
/// within `FLOW_WINDOW` siblings on either side (a buying guide whose product headings
/// link to the shop), or over a paragraph of `TITLED_PARAGRAPH_MIN_WORDS` or more, which
/// a teaser's blurb never is (a course's card with its whole description). A teaser's
/// linked headline sits in a card of its own, one heading to a card, over a line or two.
pub(super) fn flow_heading(dom: &Dom, scores: &score::Scores, id: NodeId) -> bool {
    use crate::heuristics::{
        heading_level, FLOW_MIN_HEADINGS, FLOW_MIN_PARAGRAPHS, FLOW_WINDOW,
        TITLED_PARAGRAPH_MIN_WORDS,
    };
    let is_heading = |n: NodeId| dom.tag(n).and_then(heading_level).is_some_and(|l| l > 1);
    if !is_heading(id) {
        return false;
    }
    let Some(paragraph) = section_paragraph(dom, id) else {
        return false;
    };
    let words = scores.stats.get(paragraph.ix()).map_or(0, |s| s.words);
    if words >= TITLED_PARAGRAPH_MIN_WORDS {
        return true;
    }
    let before = std::iter::successors(dom.prev_sibling(id), |&n| dom.prev_sibling(n));
    let after = std::iter::successors(dom.next_sibling(id), |&n| dom.next_sibling(n));
    let (mut headings, mut paragraphs) = (1, 0);
    for k in before.take(FLOW_WINDOW).chain(after.take(FLOW_WINDOW)) {
        if is_heading(k) {
            headings += 1;
        } else if dom.is(k, &local_name!("p")) {
            paragraphs += 1;
        }
    }
    headings >= FLOW_MIN_HEADINGS && paragraphs >= FLOW_MIN_PARAGRAPHS
}

/// The paragraph that starts a heading's section: right after it, or past what a section
/// sets between title and text, a spacer or a rating (no words) or a figure, within
/// `FLOW_HEADING_LOOKAHEAD` elements. A rule (`<hr>`) between them sets the heading
/// apart, as a callout's ("Related post: …"); so does any other text.
fn section_paragraph(dom: &Dom, id: NodeId) -> Option<NodeId> {
    use crate::heuristics::{is_figure_tag, FLOW_HEADING_LOOKAHEAD};
    let figure = |n: NodeId| {
        dom.descendants(n)
            .any(|d| dom.tag(d).is_some_and(is_figure_tag))
    };
    let wordless = |n: NodeId| {
        !dom.descendants(n)
            .filter_map(|d| dom.text(d))
            .any(|t| t.chars().any(char::is_alphanumeric))
    };
    std::iter::successors(dom.next_sibling(id), |&n| dom.next_sibling(n))
        .filter(|&n| dom.element(n).is_some())
        .take(FLOW_HEADING_LOOKAHEAD)
        .find(|&n| {
            dom.is(n, &local_name!("p"))
                || dom.is(n, &local_name!("hr"))
                || !(figure(n) || wordless(n))
        })
        .filter(|&n| dom.is(n, &local_name!("p")))
}

/// Whether `id` is a link that titles the description it holds: a block whose own text
/// is one short link (`DESCRIBED_LINK_MAX_WORDS`), shown first, with a description as
/// the next child that shows text (a block read as prose or a short block, not a link
/// list, of `LINK_DESCRIPTION_MIN_WORDS` or more), in a list ([`listed`]). An annotated
/// list of links (a resource guide, a reading list, a directory) names each entry by its
/// link; keeping the description without its name leaves it nameless.
pub(super) fn described_link(dom: &Dom, scores: &score::Scores, id: NodeId) -> bool {
    use crate::heuristics::{DESCRIBED_LINK_MAX_WORDS, LINK_DESCRIPTION_MIN_WORDS};
    let stats = |n: NodeId| scores.stats.get(n.ix()).copied().unwrap_or_default();
    let s = stats(id);
    if s.links != 1 || s.words > DESCRIBED_LINK_MAX_WORDS || s.link_chars < s.chars {
        return false;
    }
    // The children that show text, in order: the link (or an inline wrapper of it) and
    // the description right after it (a block whose own text is a description, not a
    // link: `classify`).
    let mut shown = dom.children(id).filter(|&c| dom.trimmed_text_len(c) > 0);
    let (Some(first), Some(second)) = (shown.next(), shown.next()) else {
        return false;
    };
    // `descendants` starts at the node itself.
    let link = |n: NodeId| dom.descendants(n).any(|d| dom.is(d, &local_name!("a")));
    let d = stats(second);
    link(first)
        && d.chars > 0
        && d.words >= LINK_DESCRIPTION_MIN_WORDS
        && matches!(score::classify(&d), Class::Prose | Class::Short)
        && listed(dom, id)
}

/// Whether `id` is one entry of a list: it (or the parent it alone fills, as a `<div>` in
/// an `<li>`) has `DESCRIBED_LINK_MIN_ENTRIES - 1` or more siblings of its tag that show
/// text, within `FLOW_WINDOW` siblings on either side (so that a parent of many children
/// costs no more). A lone link over a text ("Back to the guide", a call to action over
/// its pitch) is no entry.
fn listed(dom: &Dom, id: NodeId) -> bool {
    use crate::heuristics::{DESCRIBED_LINK_MIN_ENTRIES, FLOW_WINDOW};
    let shown = |n: NodeId| dom.element(n).is_some() && dom.trimmed_text_len(n) > 0;
    let around = |n: NodeId| {
        let before = std::iter::successors(dom.prev_sibling(n), |&k| dom.prev_sibling(k));
        let after = std::iter::successors(dom.next_sibling(n), |&k| dom.next_sibling(k));
        before.take(FLOW_WINDOW).chain(after.take(FLOW_WINDOW))
    };
    let alone = around(id).all(|k| !shown(k));
    let item = match dom.parent(id) {
        Some(p) if alone => p,
        _ => id,
    };
    around(item)
        .filter(|&k| dom.tag(k) == dom.tag(item) && shown(k))
        .take(DESCRIBED_LINK_MIN_ENTRIES - 1)
        .count()
        >= DESCRIBED_LINK_MIN_ENTRIES - 1
}

/// Whether `id` is a heading (below the `<h1>`) on a page typed documentation before
/// reading: kept however linked, as a reference's heading that is all link titles a card
/// of its own index (an integrations grid, "Compose samples"); a listing's are its
/// section tiles.
pub(super) fn reference_card_title(doc: &Doc, id: NodeId) -> bool {
    doc.verdict.page_type == crate::model::PageType::Documentation
        && doc
            .dom
            .tag(id)
            .and_then(crate::heuristics::heading_level)
            .is_some_and(|l| l > 1)
}

/// Whether a block inside the selected container is kept, by its class and the favor.
pub(super) fn keep_block(class: Class, s: &score::BlockStats, favor: Favor, index: bool) -> bool {
    match (class, favor) {
        (Class::Teaser, Favor::Recall) => true,
        (Class::Teaser, _) => index,
        (Class::Linky, Favor::Recall) => {
            s.link_density() < crate::heuristics::RECALL_MAX_LINK_DENSITY
        }
        (Class::Linky, _) => false,
        _ => true,
    }
}

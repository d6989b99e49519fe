//! One prune → score → select → blocks pass over a document, and how it reads the
//! container it chooses.

use markup5ever::local_name;

use super::keep::{described_link, flow_heading, keep_block, reference_card_title};
use super::prune::{self, PruneSettings};
use super::score::{self, Class};
use super::{blocks, select, tidy::trim_short_edges, Doc};
use crate::dom::{Dom, NodeId};
use crate::explain::{Decision, ExplainLine};
use crate::heuristics::LANDING_SECTION_MAX_SHARE;
use crate::metadata;
use crate::model::Block;
use crate::options::{Favor, Options};

/// How a pass read the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reading {
    /// One container of authored prose.
    Authored(NodeId),
    /// An index of teasers or cards.
    Index(NodeId),
    /// Neither: a landing or service page of sections, in this container.
    Sections(NodeId),
    /// No container at all.
    Nothing,
}

impl Reading {
    /// The container the pass read, if any.
    pub(super) fn container(self) -> Option<NodeId> {
        match self {
            Reading::Sections(c) | Reading::Authored(c) | Reading::Index(c) => Some(c),
            Reading::Nothing => None,
        }
    }

    /// What the reading took the content to be, as the page type's settling needs it.
    pub(super) fn as_read(self) -> metadata::Read {
        match self {
            Reading::Authored(_) => metadata::Read::Text,
            Reading::Index(_) => metadata::Read::Items,
            Reading::Sections(_) | Reading::Nothing => metadata::Read::Other,
        }
    }
}

/// Which container a pass reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Pick {
    /// The best-scoring container, or none.
    Best,
    /// The best-scoring container, or else the declared main element or the body,
    /// when they hold at least `WHOLE_PAGE_MIN_CHARS` after pruning: a page of short
    /// blocks only (a product card, a grid of names and prices) has no container that
    /// scores above zero, yet its blocks are its content.
    WholePage,
    /// The declared main element, where the page has one: a service page's content is
    /// all its sections, not the best-scoring one of them. Without one, the best-scoring
    /// section and its fellow sections around it (see [`sections_around`]).
    Main,
}

/// One prune → score → select → blocks pass, reading the best container.
pub(super) fn pass(
    doc: &Doc,
    settings: PruneSettings,
    options: &Options,
    declared_article: bool,
    lines: Option<&mut Vec<ExplainLine>>,
) -> (Vec<Block>, Reading) {
    pass_with(doc, settings, options, declared_article, Pick::Best, lines)
}

/// One prune → score → select → blocks pass.
pub(super) fn pass_with(
    doc: &Doc,
    settings: PruneSettings,
    options: &Options,
    declared_article: bool,
    pick: Pick,
    lines: Option<&mut Vec<ExplainLine>>,
) -> (Vec<Block>, Reading) {
    let (dom, body, hints, texts) = (doc.dom, doc.body, &doc.hints, &doc.texts);
    let ctx = &doc.ctx;
    let pruned = prune::prune(dom, body, hints, texts, settings);
    let posts = if doc.forum {
        score::Posts::Thread
    } else {
        score::Posts::Other
    };
    let scores = score::score(dom, body, ctx, texts, &pruned, posts);
    let favor = options.favor;
    // Documentation and listings keep the link lists inside their text, as the recall
    // favor does.
    let block_favor = if doc.index_page && favor == Favor::Balanced {
        Favor::Recall
    } else {
        favor
    };
    let (container, authored) = choose(doc, &scores, &pruned, declared_article, pick);
    let Some(container) = container else {
        if let Some(lines) = lines {
            explain_all(dom, &scores, &pruned, &[], &|_| false, lines);
        }
        return (Vec::new(), Reading::Nothing);
    };
    // On a thread, a container inside one post is read with the posts beside it.
    let container = if doc.forum {
        thread_of(dom, &scores, body, container)
    } else {
        container
    };
    let index = !authored && is_index(&scores, container);
    // An index split into sibling groups is read whole.
    let container = if index {
        grouped_index(dom, &scores, body, container)
    } else {
        container
    };
    let reading = match (authored, index) {
        (true, _) => Reading::Authored(container),
        (false, true) => Reading::Index(container),
        (false, false) => Reading::Sections(container),
    };
    let keep = |id: NodeId| -> bool {
        let s = scores.stats.get(id.ix()).copied().unwrap_or_default();
        let card = index && scores.in_card.get(id.ix()).copied().unwrap_or(false);
        s.chars == 0
            || card
            || keep_block(score::classify(&s), &s, block_favor, index)
            || (authored && flow_heading(dom, &scores, id))
            || described_link(dom, &scores, id)
            || (block_favor == Favor::Recall && reference_card_title(doc, id))
            || (settings.keep_comments
                && (prune::is_poster_line(dom, id, s.words as usize)
                    || prune::is_post_date_line(dom, id, s.chars as usize)))
    };
    // A service page without a main element is read across its sections.
    let roots = if pick == Pick::Main && select::declared_main(dom, body, &pruned).is_none() {
        sections_around(dom, &scores, body, container)
    } else {
        vec![container]
    };
    if let Some(lines) = lines {
        explain_all(dom, &scores, &pruned, &roots, &keep, lines);
    }
    let mut blocks = build(doc, options, &pruned, &keep, roots);
    if favor == Favor::Precision {
        trim_short_edges(&mut blocks);
    }
    (blocks, reading)
}

/// The blocks of `roots`, in order, keeping what `keep` keeps, with the page's table,
/// image and base-URL options.
pub(super) fn build(
    doc: &Doc,
    options: &Options,
    pruned: &[Option<prune::Pruned>],
    keep: &dyn Fn(NodeId) -> bool,
    roots: impl IntoIterator<Item = NodeId>,
) -> Vec<Block> {
    let resolve = |href: &str| crate::render::resolve_url(options.base_url.as_deref(), href);
    let builder = blocks::Builder {
        dom: doc.dom,
        ctx: &doc.ctx,
        pruned,
        keep,
        tables: options.tables,
        images: options.images,
        resolve: &resolve,
    };
    roots.into_iter().flat_map(|r| builder.build(r)).collect()
}

/// The container a pass reads, and whether it reads it as an authored text.
fn choose(
    doc: &Doc,
    scores: &score::Scores,
    pruned: &[Option<prune::Pruned>],
    declared_article: bool,
    pick: Pick,
) -> (Option<NodeId>, bool) {
    let (dom, body, hints) = (doc.dom, doc.body, &doc.hints);
    if let (Pick::Main, Some(m)) = (pick, select::declared_main(dom, body, pruned)) {
        return (Some(m), false);
    }
    // On a declared article (not a thread, whose posts may be `<article>`s), a story
    // with a feed of teasers under it is read from its own `<article>`.
    let article = select::select(dom, body, hints, scores, pruned, score::Mode::Article).map(|c| {
        if declared_article && !doc.forum {
            select::dominant_article(dom, c, scores, pruned).unwrap_or(c)
        } else {
            c
        }
    });
    let prose_of = |c: Option<NodeId>| {
        c.map_or(0.0, |c| {
            scores.prose_chars.get(c.ix()).copied().unwrap_or(0.0)
        })
    };
    let index = select::select(dom, body, hints, scores, pruned, score::Mode::Index).or(article);
    // An authored text: enough prose in one container; or, when the page declares
    // itself an article, less prose (a short news item is still a news item) unless
    // the page is plainly an index whose cards outweigh that prose.
    let card_text = index.map_or(0.0, |c| {
        scores.card_chars.get(c.ix()).copied().unwrap_or(0.0)
    });
    let authored = prose_of(article) >= f64::from(crate::heuristics::ARTICLE_MIN_PROSE_CHARS)
        || (declared_article
            && prose_of(article) >= f64::from(crate::heuristics::DECLARED_ARTICLE_MIN_PROSE_CHARS)
            && card_text < crate::heuristics::INDEX_OVER_ARTICLE_FACTOR * prose_of(article));
    // Prose that nothing dates, signs or declares an article, inside an index whose
    // item cards hold `INDEX_OVER_ARTICLE_FACTOR` times that prose, is the index's blurb
    // (a shop category's buying guide under its product grid): the index is the page.
    let blurb = authored
        && doc.unsigned
        && !doc.forum
        && index.zip(article).is_some_and(|(i, a)| {
            i != a
                && i != body
                && contains(dom, i, a)
                && card_text >= crate::heuristics::INDEX_OVER_ARTICLE_FACTOR * prose_of(article)
        });
    let authored = authored && !blurb;
    let landing_main = authored
        .then(|| article.and_then(|a| landing_main(doc, scores, pruned, a)))
        .flatten();
    let authored = authored && landing_main.is_none();
    let container = if let Some(m) = landing_main {
        Some(m)
    } else if blurb {
        index
    } else if authored {
        article
    } else {
        // A page with neither an authored text nor an index of items (a landing or
        // service page) is all sections: its declared main element is the content.
        match (index, select::declared_main(dom, body, pruned)) {
            (Some(c), Some(m)) if !is_index(scores, c) && contains(dom, m, c) => Some(m),
            (c, _) => c,
        }
    };
    let container = container.or_else(|| {
        let whole = select::declared_main(dom, body, pruned).unwrap_or(body);
        let chars = scores.chars.get(whole.ix()).copied().unwrap_or(0.0);
        (pick == Pick::WholePage && chars >= f64::from(crate::heuristics::WHOLE_PAGE_MIN_CHARS))
            .then_some(whole)
    });
    let container = container.filter(|&c| !select::in_footer(dom, c));
    (container, authored)
}

/// The sections read on a service page without a main element: `c`, the best-scoring
/// one, and its fellow sections around it, in page order. Climbing from `c` while what
/// is gathered holds less than [`SERVICE_SPREAD_SHARE`] of the text under `body` after
/// pruning, each level adds the parent's other children that keep text and hold a
/// heading of their own; an untitled block beside them (a legal notice, a menu of
/// services, an address strip: the chrome no class names) is left out.
///
/// [`SERVICE_SPREAD_SHARE`]: crate::heuristics::SERVICE_SPREAD_SHARE
fn sections_around(dom: &Dom, scores: &score::Scores, body: NodeId, c: NodeId) -> Vec<NodeId> {
    let chars = |n: NodeId| scores.chars.get(n.ix()).copied().unwrap_or(0.0);
    let titled = |n: NodeId| {
        dom.descendants(n).any(|d| {
            dom.tag(d)
                .and_then(crate::heuristics::heading_level)
                .is_some()
        })
    };
    let want = crate::heuristics::SERVICE_SPREAD_SHARE * chars(body);
    let mut roots = vec![c];
    let mut at = c;
    while at != body && roots.iter().map(|&r| chars(r)).sum::<f64>() < want {
        let Some(parent) = dom.parent(at) else {
            break;
        };
        let mut level = Vec::new();
        for k in dom.children(parent) {
            if k == at {
                level.append(&mut roots);
            } else if chars(k) > 0.0 && titled(k) {
                level.push(k);
            }
        }
        roots = level;
        at = parent;
    }
    roots
}

/// The posts' parent when `c` lies inside one post of a thread: within
/// `THREAD_POST_CLIMB` levels, the first element with `THREAD_MIN_OTHER_POSTS` or more
/// siblings of its tag and class that hold text (the other posts, `div.post` after
/// `div.post`) gives its parent (never the body); else `c` stays. A thread's scorer
/// can settle in its longest post when the others are short or quote it, or on one
/// paragraph of it.
fn thread_of(dom: &Dom, scores: &score::Scores, body: NodeId, c: NodeId) -> NodeId {
    use crate::heuristics::{is_text_block_tag, THREAD_MIN_OTHER_POSTS, THREAD_POST_CLIMB};
    let posts = |fits: &dyn Fn(NodeId) -> bool| {
        group_parent(
            dom,
            scores,
            body,
            c,
            THREAD_POST_CLIMB,
            THREAD_MIN_OTHER_POSTS,
            fits,
        )
    };
    // A paragraph's like beside it is its post's next paragraph, not another post: the
    // posts are looked for among the containers first, and among text blocks only on a
    // thread that prints each post as one (`<p class="post">` after `<p class="post">`).
    let found = posts(&|a| !dom.tag(a).is_some_and(is_text_block_tag));
    if found == c {
        posts(&|_| true)
    } else {
        found
    }
}

/// The parent of the first of `c` and its `climb` nearest ancestors (never the body)
/// that `fits` and has `min_siblings` or more siblings of its tag and class holding
/// text; else `c`.
fn group_parent(
    dom: &Dom,
    scores: &score::Scores,
    body: NodeId,
    c: NodeId,
    climb: usize,
    min_siblings: usize,
    fits: impl Fn(NodeId) -> bool,
) -> NodeId {
    let chars = |n: NodeId| scores.chars.get(n.ix()).copied().unwrap_or(0.0);
    let class = |n: NodeId| dom.attr(n, &local_name!("class"));
    let same = |a: NodeId, b: NodeId| dom.tag(a) == dom.tag(b) && class(a) == class(b);
    std::iter::once(c)
        .chain(dom.ancestors(c))
        .take(1 + climb)
        .take_while(|&a| a != body)
        .filter(|&a| fits(a))
        .find_map(|a| {
            let parent = dom.parent(a).filter(|&p| p != body)?;
            let siblings = dom
                .children(parent)
                .filter(|&k| k != a && same(k, a) && chars(k) > 0.0)
                .count();
            (siblings >= min_siblings).then_some(parent)
        })
        .unwrap_or(c)
}

/// The parent of an index's group: an index split into sibling lists of one shape (a
/// list page's letter sections, each the same tag and class around a list of
/// `INDEX_GROUP_MIN_ITEMS` items or more) scores best in one list, yet the lists together
/// are the index. Climbing at most `INDEX_GROUP_CLIMB` levels from the container, the
/// first such list with `INDEX_GROUP_MIN_SIBLINGS` or more same-shaped siblings that hold
/// text gives its parent (never the body); else the container stays. A row of a table
/// of entries is one item, not a group: its siblings are the entries themselves.
fn grouped_index(dom: &Dom, scores: &score::Scores, body: NodeId, c: NodeId) -> NodeId {
    use crate::heuristics::{INDEX_GROUP_CLIMB, INDEX_GROUP_MIN_ITEMS, INDEX_GROUP_MIN_SIBLINGS};
    let list = |a: NodeId| {
        dom.descendants(a)
            .filter(|&d| dom.is(d, &local_name!("li")))
            .take(INDEX_GROUP_MIN_ITEMS)
            .count()
            >= INDEX_GROUP_MIN_ITEMS
    };
    group_parent(
        dom,
        scores,
        body,
        c,
        INDEX_GROUP_CLIMB,
        INDEX_GROUP_MIN_SIBLINGS,
        list,
    )
}

/// The declared main element, when the unsigned prose chosen in it (`article`) is only
/// one section of a landing page: it holds less than [`LANDING_SECTION_MAX_SHARE`] of
/// the main's text (an FAQ under the pitch, the offers and the testimonials). Not on a
/// thread, a product page or a shop's category page, whose main holds posts, offers or
/// a product grid around their text.
fn landing_main(
    doc: &Doc,
    scores: &score::Scores,
    pruned: &[Option<prune::Pruned>],
    article: NodeId,
) -> Option<NodeId> {
    if !doc.unsigned || doc.forum || doc.product || doc.shop {
        return None;
    }
    let main = select::declared_main(doc.dom, doc.body, pruned)?;
    let chars = |n: NodeId| scores.chars.get(n.ix()).copied().unwrap_or(0.0);
    (main != article
        && contains(doc.dom, main, article)
        && chars(article) < LANDING_SECTION_MAX_SHARE * chars(main))
    .then_some(main)
}

/// Whether `outer` is `inner` or one of its ancestors.
pub(super) fn contains(dom: &Dom, outer: NodeId, inner: NodeId) -> bool {
    outer == inner || dom.ancestors(inner).any(|a| a == outer)
}

/// Whether the container is an index of teasers rather than an authored text.
fn is_index(scores: &score::Scores, container: NodeId) -> bool {
    let t = scores
        .teaser_chars
        .get(container.ix())
        .copied()
        .unwrap_or(0.0);
    let p = scores
        .prose_chars
        .get(container.ix())
        .copied()
        .unwrap_or(0.0);
    let all = scores.chars.get(container.ix()).copied().unwrap_or(0.0);
    let cards = scores
        .card_chars
        .get(container.ix())
        .copied()
        .unwrap_or(0.0);
    (t > 0.0 && t >= crate::heuristics::TEASER_CONTAINER_SHARE * (t + p))
        || (cards > 0.0 && cards >= crate::heuristics::TEASER_CONTAINER_SHARE * all)
}

/// The explain lines of a pass: every pruned root with its rule, and every text block
/// with its class, kept or dropped (as `keep`, the pass's own rule, decides) inside
/// the containers read (`roots`), or outside them.
fn explain_all(
    dom: &Dom,
    scores: &score::Scores,
    pruned: &[Option<prune::Pruned>],
    roots: &[NodeId],
    keep: &dyn Fn(NodeId) -> bool,
    lines: &mut Vec<ExplainLine>,
) {
    let mut walk = dom.descendants(dom.body());
    while let Some(b) = walk.next() {
        if let Some(p) = pruned.get(b.ix()).copied().flatten() {
            walk.skip_subtree(b);
            let preview = crate::explain::preview(dom, b);
            if !preview.is_empty() {
                lines.push(ExplainLine {
                    node: b.0,
                    decision: Decision::Dropped,
                    rule: p.name(),
                    link_density: 0.0,
                    words: crate::text::word_count(&preview) as u32,
                    element: crate::explain::selector(dom, b),
                    preview,
                });
            }
            continue;
        }
        let s = scores.stats.get(b.ix()).copied().unwrap_or_default();
        if s.chars == 0 || dom.element(b).is_none() {
            continue;
        }
        let class = score::classify(&s);
        let inside = roots.iter().any(|&c| contains(dom, c, b));
        let (decision, rule) = if !inside {
            (Decision::Dropped, "OUTSIDE_CONTAINER")
        } else if keep(b) {
            // A link-dense block kept inside an index is kept as a card's part.
            let card = scores.in_card.get(b.ix()).copied().unwrap_or(false)
                && matches!(class, Class::Linky | Class::Teaser);
            (
                Decision::Kept,
                if card { "MIN_CARDS" } else { class.rule() },
            )
        } else {
            (Decision::Dropped, class.rule())
        };
        lines.push(ExplainLine {
            node: b.0,
            decision,
            rule,
            link_density: s.link_density(),
            words: s.words,
            element: crate::explain::selector(dom, b),
            preview: crate::explain::preview(dom, b),
        });
    }
}

//! Content extraction: prune → score → select → blocks, with retries that relax pruning
//! when a strict pass finds nothing.

mod blocks;
mod cards;
mod hints;
mod prune;
mod score;
mod select;
mod stats;
mod table;
mod tidy;
mod walk;

use crate::dom::{Dom, NodeId};
use crate::explain::{Decision, ExplainLine};
use crate::heuristics::MIN_CONTENT_CHARS;
use crate::metadata;
use crate::model::{Block, PageType};
use crate::options::{Comments, Favor, Options};
use crate::render::RenderOptions;
use crate::Extraction;

use hints::Hints;
use prune::{PruneSettings, Strictness};
use score::Class;
use tidy::{
    block_chars, drop_ad_labels, drop_repeats, drop_textless, structured_fallback, total_chars,
    trim_short_edges,
};

pub(crate) use hints::{for_each_part, lower_ascii, FastMap, LengthLetters, MAX_PART_LEN};

/// Runs the whole extraction on a parsed document.
pub fn run(dom: &Dom, options: &Options, explain: Option<&mut Vec<ExplainLine>>) -> Extraction {
    let (mut meta, prior) = metadata::extract(dom, options);
    let declared_article = prior.declared_article;
    let body = dom.body();
    let want_lines = explain.is_some();
    let doc = Doc {
        dom,
        body,
        hints: Hints::new(dom),
        texts: stats::text_stats(dom, body),
        ctx: walk::contexts(dom, body),
        forum: meta.page_type == PageType::Forum,
        product: meta.page_type == PageType::Product,
        unsigned: !declared_article && !prior.verdict.authored(),
    };
    let mut lines = Vec::new();
    let blocks = read_page(
        &doc,
        options,
        declared_article,
        want_lines.then_some(&mut lines),
    );
    meta.page_type = prior.verdict.settle(&blocks);
    metadata::late_authors(dom, &mut meta, prior.verdict.page_type);
    let mut blocks = metadata::strip_title_and_byline(blocks, &meta);
    drop_repeats(&mut blocks);
    drop_ad_labels(&mut blocks);
    drop_textless(&mut blocks);
    structured_fallback(dom, &mut blocks);
    metadata::detect_language(&mut meta, &blocks, block_chars);
    let comments = (options.comments == Comments::Separate && !doc.forum)
        .then(|| comment_blocks(&doc, options));
    if let Some(out) = explain {
        *out = lines;
    }
    Extraction {
        metadata: meta,
        blocks,
        comments,
        render: RenderOptions::from(options),
    }
}

/// The page's content blocks: a pass at each strictness until one finds content (the
/// strict one re-read as a landing page, or relaxed when it reads only a line or two),
/// else the whole page when it is all short blocks.
fn read_page(
    doc: &Doc,
    options: &Options,
    declared_article: bool,
    mut lines: Option<&mut Vec<ExplainLine>>,
) -> Vec<Block> {
    let mut blocks = Vec::new();
    for strictness in [
        Strictness::Full,
        Strictness::NoClassWords,
        Strictness::Minimal,
    ] {
        let mut these = Vec::new();
        let want = lines.is_some();
        let settings = doc.settings(strictness, false);
        let reading;
        (blocks, reading) = pass(
            doc,
            settings,
            options,
            declared_article,
            want.then_some(&mut these),
        );
        if strictness == Strictness::Full {
            if let Some(b) = reread_landing(
                doc,
                settings,
                options,
                declared_article,
                reading,
                want.then_some(&mut these),
            ) {
                blocks = b;
            }
            if let Some(b) = relax_thin(
                doc,
                settings,
                options,
                declared_article,
                &blocks,
                want.then_some(&mut these),
            ) {
                blocks = b;
            }
        }
        if let Some(l) = lines.as_deref_mut() {
            *l = these;
        }
        if total_chars(&blocks) >= MIN_CONTENT_CHARS as usize {
            return blocks;
        }
    }
    let (whole, _, these) = trial(
        doc,
        doc.settings(Strictness::Full, true),
        options,
        declared_article,
        Pick::WholePage,
        lines.is_some(),
    );
    if whole.is_empty() {
        return blocks;
    }
    if let Some(l) = lines {
        *l = these;
    }
    whole
}

/// A pass whose explain lines (when `want_lines`) are kept apart, for a re-read that
/// replaces the lines of the pass before it only when it is taken.
fn trial(
    doc: &Doc,
    settings: PruneSettings,
    options: &Options,
    declared_article: bool,
    pick: Pick,
    want_lines: bool,
) -> (Vec<Block>, Reading, Vec<ExplainLine>) {
    let mut lines = Vec::new();
    let (blocks, reading) = pass_with(
        doc,
        settings,
        options,
        declared_article,
        pick,
        want_lines.then_some(&mut lines),
    );
    (blocks, reading, lines)
}

/// When the strict pass reads only a line or a few (`THIN_MAX_BLOCKS`, under
/// `THIN_CONTENT_CHARS`) and the page has no structured-data body to fall back on, the
/// page is read again without class words; that reading is taken when it finds
/// `THIN_RELAXED_FACTOR` times as much. A class word that names a whole listing
/// ("related-products" holding a category's grid) otherwise leaves a notice or a legal
/// line as the page's content. Reader comments stay pruned on that re-read.
fn relax_thin(
    doc: &Doc,
    settings: PruneSettings,
    options: &Options,
    declared_article: bool,
    strict: &[Block],
    lines: Option<&mut Vec<ExplainLine>>,
) -> Option<Vec<Block>> {
    use crate::heuristics::{THIN_CONTENT_CHARS, THIN_MAX_BLOCKS, THIN_RELAXED_FACTOR};
    let chars = total_chars(strict);
    if strict.is_empty()
        || strict.len() > THIN_MAX_BLOCKS
        || chars >= THIN_CONTENT_CHARS
        || metadata::structured_body(doc.dom).is_some()
    {
        return None;
    }
    let settings = PruneSettings {
        strictness: Strictness::NoClassWords,
        ..settings
    };
    let (relaxed, _, again) = trial(
        doc,
        settings,
        options,
        declared_article,
        Pick::Best,
        lines.is_some(),
    );
    if total_chars(&relaxed) < THIN_RELAXED_FACTOR * chars {
        return None;
    }
    if let Some(l) = lines {
        *l = again;
    }
    Some(relaxed)
}

/// What every pass reads of one document, computed once: none of it depends on how
/// strictly a pass prunes.
struct Doc<'d> {
    dom: &'d Dom,
    body: NodeId,
    hints: Hints<'d>,
    texts: stats::Texts<'d>,
    ctx: Vec<walk::Ctx>,
    /// The page is a forum thread (its comments are its posts).
    forum: bool,
    /// The page is a product page (its reviews go whatever their share).
    product: bool,
    /// Nothing marks the page as authored: it is not declared an article, and no date
    /// or author is found before reading.
    unsigned: bool,
}

impl Doc<'_> {
    /// Pruning settings for this page at `strictness`: comments kept on a forum thread,
    /// reviews unguarded on a product page.
    fn settings(&self, strictness: Strictness, keep_marketing: bool) -> PruneSettings {
        PruneSettings {
            strictness,
            keep_comments: self.forum,
            keep_marketing,
            unguarded_reviews: self.product,
        }
    }
}

/// A page read as sections (neither an authored text nor an index), as an index (whose
/// items shops and publishers mark as teasers and promos), as prose that nothing dates,
/// signs or declares an article, or where nothing was found, is read again with the components that chrome words call promos, teasers and
/// carousels kept: landing and service pages are built of nothing else. The re-read must read
/// the same part of the page (its container holds the first one or lies inside it): a
/// container elsewhere, a site-wide promo bar, would replace the page's sections rather
/// than complete them. Explain lines are replaced only when the re-read is taken.
fn reread_landing(
    doc: &Doc,
    settings: PruneSettings,
    options: &Options,
    declared_article: bool,
    first: Reading,
    lines: Option<&mut Vec<ExplainLine>>,
) -> Option<Vec<Block>> {
    // A thread read as an index of posts has no marketing components to restore.
    let first = match first {
        // Prose that nothing dates, signs or declares an article is a landing page's
        // copy as often as a post: its promos and testimonials may be the rest of it.
        Reading::Authored(f) if doc.unsigned && !doc.forum && !doc.product => Some(f),
        Reading::Authored(_) => return None,
        Reading::Index(_) if settings.keep_comments => return None,
        Reading::Sections(f) | Reading::Index(f) => Some(f),
        Reading::Nothing => None,
    };
    let nested =
        |c: NodeId| first.is_none_or(|f| contains(doc.dom, c, f) || contains(doc.dom, f, c));
    let settings = PruneSettings {
        keep_marketing: true,
        ..settings
    };
    let (blocks, reading, again) = trial(
        doc,
        settings,
        options,
        declared_article,
        Pick::Best,
        lines.is_some(),
    );
    if !reading.container().is_some_and(nested) {
        return None;
    }
    if let Some(l) = lines {
        *l = again;
    }
    Some(blocks)
}

/// How a pass read the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reading {
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
    fn container(self) -> Option<NodeId> {
        match self {
            Reading::Sections(c) | Reading::Authored(c) | Reading::Index(c) => Some(c),
            Reading::Nothing => None,
        }
    }
}

/// Which container a pass reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pick {
    /// The best-scoring container, or none.
    Best,
    /// The best-scoring container, or else the declared main element or the body,
    /// when they hold at least `WHOLE_PAGE_MIN_CHARS` after pruning: a page of short
    /// blocks only (a product card, a grid of names and prices) has no container that
    /// scores above zero, yet its blocks are its content.
    WholePage,
}

/// One prune → score → select → blocks pass, reading the best container.
fn pass(
    doc: &Doc,
    settings: PruneSettings,
    options: &Options,
    declared_article: bool,
    lines: Option<&mut Vec<ExplainLine>>,
) -> (Vec<Block>, Reading) {
    pass_with(doc, settings, options, declared_article, Pick::Best, lines)
}

/// One prune → score → select → blocks pass.
fn pass_with(
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
    let scores = score::score(dom, body, ctx, texts, &pruned);
    // On a declared article (not a thread, whose posts may be `<article>`s), a story
    // with a feed of teasers under it is read from its own `<article>`.
    let article =
        select::select(dom, body, hints, &scores, &pruned, score::Mode::Article).map(|c| {
            if declared_article && !doc.forum {
                select::dominant_article(dom, c, &scores, &pruned).unwrap_or(c)
            } else {
                c
            }
        });
    let prose_of = |c: Option<NodeId>| {
        c.map_or(0.0, |c| {
            scores.prose_chars.get(c.ix()).copied().unwrap_or(0.0)
        })
    };
    let index = select::select(dom, body, hints, &scores, &pruned, score::Mode::Index).or(article);
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
    let container = if authored {
        article
    } else {
        // A page with neither an authored text nor an index of items (a landing or
        // service page) is all sections: its declared main element is the content.
        match (index, select::declared_main(dom, body, &pruned)) {
            (Some(c), Some(m)) if !is_index(&scores, c) && contains(dom, m, c) => Some(m),
            (c, _) => c,
        }
    };
    let container = container.or_else(|| {
        let whole = select::declared_main(dom, body, &pruned).unwrap_or(body);
        let chars = scores.chars.get(whole.ix()).copied().unwrap_or(0.0);
        (pick == Pick::WholePage && chars >= f64::from(crate::heuristics::WHOLE_PAGE_MIN_CHARS))
            .then_some(whole)
    });
    let Some(container) = container else {
        if let Some(lines) = lines {
            explain_all(dom, &scores, &pruned, None, options.favor, lines);
        }
        return (Vec::new(), Reading::Nothing);
    };
    if let Some(lines) = lines {
        explain_all(dom, &scores, &pruned, Some(container), options.favor, lines);
    }
    let favor = options.favor;
    let index = !authored && is_index(&scores, container);
    let reading = match (authored, index) {
        (true, _) => Reading::Authored(container),
        (false, true) => Reading::Index(container),
        (false, false) => Reading::Sections(container),
    };
    let keep = |id: NodeId| -> bool {
        let s = scores.stats.get(id.ix()).copied().unwrap_or_default();
        let card = index && scores.in_card.get(id.ix()).copied().unwrap_or(false);
        s.chars == 0 || card || keep_block(score::classify(&s), &s, favor, index)
    };
    let resolve = |href: &str| crate::render::resolve_url(options.base_url.as_deref(), href);
    let builder = blocks::Builder {
        dom,
        ctx,
        pruned: &pruned,
        keep: &keep,
        tables: options.tables,
        images: options.images,
        resolve: &resolve,
    };
    let mut blocks = builder.build(container);
    if favor == Favor::Precision {
        trim_short_edges(&mut blocks);
    }
    (blocks, reading)
}

/// Whether `outer` is `inner` or one of its ancestors.
fn contains(dom: &Dom, outer: NodeId, inner: NodeId) -> bool {
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

/// Whether a block inside the selected container is kept, by its class and the favor.
fn keep_block(class: Class, s: &score::BlockStats, favor: Favor, index: bool) -> bool {
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

fn explain_all(
    dom: &Dom,
    scores: &score::Scores,
    pruned: &[Option<prune::Pruned>],
    container: Option<NodeId>,
    favor: Favor,
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
        let inside = container.is_some_and(|c| b == c || dom.ancestors(b).any(|a| a == c));
        let index = container.is_some_and(|c| is_index(scores, c));
        let (decision, rule) = if !inside {
            (Decision::Dropped, "OUTSIDE_CONTAINER")
        } else if keep_block(class, &s, favor, index) {
            (Decision::Kept, class.rule())
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

/// Reader comments: the comment sections' text, when asked for.
fn comment_blocks(doc: &Doc, options: &Options) -> Vec<Block> {
    let (dom, body, hints, texts) = (doc.dom, doc.body, &doc.hints, &doc.texts);
    let ctx = &doc.ctx;
    let pruned = prune::prune(
        dom,
        body,
        hints,
        texts,
        PruneSettings {
            keep_comments: true,
            ..doc.settings(Strictness::Full, false)
        },
    );
    let scores = score::score(dom, body, ctx, texts, &pruned);
    let keep = |id: NodeId| {
        let s = scores.stats.get(id.ix()).copied().unwrap_or_default();
        score::classify(&s) != Class::Linky
    };
    let resolve = |href: &str| crate::render::resolve_url(options.base_url.as_deref(), href);
    let builder = blocks::Builder {
        dom,
        ctx,
        pruned: &pruned,
        keep: &keep,
        tables: options.tables,
        images: options.images,
        resolve: &resolve,
    };
    let mut out = Vec::new();
    for root in prune::comment_roots(dom, hints, body) {
        out.extend(builder.build(root));
    }
    out
}

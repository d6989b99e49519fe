//! Content extraction: prune → score → select → blocks, with retries that relax pruning
//! when a strict pass finds nothing.

mod blocks;
mod cards;
mod filler;
mod hints;
mod keep;
mod labels;
mod prune;
mod reading;
mod score;
mod select;
mod stats;
mod table;
mod tidy;
mod walk;

use crate::dom::{Dom, NodeId};
use crate::explain::ExplainLine;
use crate::heuristics::MIN_CONTENT_CHARS;
use crate::metadata;
use crate::model::{Block, PageType};
use crate::options::{Comments, Options};
use crate::render::RenderOptions;
use crate::Extraction;

use hints::Hints;
use prune::{PruneSettings, Strictness};
use reading::{contains, pass, pass_with, Pick, Reading};
use score::Class;
use tidy::{
    block_chars, drop_author_boxes, drop_bare_headings, drop_emptied_copies, drop_notices,
    drop_panel_pairs, drop_prompt_lines, drop_recommendation_strips, drop_repeated_dates,
    drop_repeats, drop_reply_subjects, drop_textless, drop_trailing_headings, drop_widget_lines,
    structured_fallback, total_chars, Strips,
};

pub(crate) use hints::{
    class_names_any, for_each_part, lower_ascii, names_any, FastMap, LengthLetters, MAX_PART_LEN,
};
pub(crate) use prune::is_hidden;

/// Runs the whole extraction on a parsed document.
pub fn run(dom: &Dom, options: &Options, explain: Option<&mut Vec<ExplainLine>>) -> Extraction {
    let (mut meta, prior) = metadata::extract(dom, options);
    let declared_article = prior.declared_article;
    let body = dom.body();
    let want_lines = explain.is_some();
    let texts = stats::text_stats(dom, body);
    let doc = Doc {
        dom,
        body,
        hints: Hints::new(dom),
        noscript_page: prune::shown_in_noscript(dom, body, &texts),
        texts,
        ctx: walk::contexts(dom, body),
        forum: meta.page_type == PageType::Forum,
        product: meta.page_type == PageType::Product,
        index_page: matches!(meta.page_type, PageType::Documentation | PageType::Listing),
        shop: meta.page_type == PageType::Collection,
        unsigned: !declared_article && !prior.verdict.authored(),
        verdict: prior.verdict,
    };
    let mut lines = Vec::new();
    let (blocks, first, service_read) = read_page(
        &doc,
        options,
        declared_article,
        want_lines.then_some(&mut lines),
    );
    // A page read from its main element because its first reading settled it as a
    // service page stays one, whatever the sections the re-read adds look like.
    meta.page_type = if service_read {
        PageType::Service
    } else {
        prior.verdict.settle(&blocks, first.as_read())
    };
    metadata::late_authors(dom, &mut meta, prior.verdict.page_type);
    let mut blocks = tidy_read(blocks, &meta, &doc);
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

/// The blocks read, tidied for the page's type: the title and byline it shows (kept as
/// metadata), repeats, widget lines, author boxes, notices, recommendation strips,
/// prompts, empty blocks and headings left without a section.
fn tidy_read(blocks: Vec<Block>, meta: &crate::model::Metadata, doc: &Doc) -> Vec<Block> {
    let mut blocks = metadata::strip_title_and_byline(blocks, meta);
    // A reference repeats itself by design: the same parameter described under each
    // endpoint that takes it, the same setup step under each language's tab.
    if meta.page_type != PageType::Documentation {
        drop_repeats(&mut blocks);
    }
    drop_emptied_copies(&mut blocks);
    drop_widget_lines(&mut blocks, meta.page_type);
    if meta.page_type == PageType::Forum {
        drop_reply_subjects(&mut blocks, meta.title.as_deref());
        drop_panel_pairs(&mut blocks);
        drop_repeated_dates(&mut blocks);
    }
    drop_author_boxes(&mut blocks);
    drop_notices(&mut blocks);
    if doc.product {
        drop_recommendation_strips(&mut blocks, Strips::Shop);
    } else if meta.page_type != PageType::Documentation {
        // A reference names its sections after what it documents ("Related products" of
        // a product feed's schema): its headings are never a shop's or a publisher's
        // strip.
        let strips = if matches!(meta.page_type, PageType::Listing | PageType::Collection) {
            Strips::Index
        } else {
            Strips::Text
        };
        drop_recommendation_strips(&mut blocks, strips);
    }
    drop_prompt_lines(&mut blocks, meta.page_type == PageType::Forum);
    drop_textless(&mut blocks);
    drop_bare_headings(&mut blocks);
    // On a signed or dated text a lone closing heading is a pruned section's title; a
    // landing, service, listing or reference page may close on a heading of its own
    // (a call to action, the last group of an index).
    if !doc.unsigned
        && !matches!(
            meta.page_type,
            PageType::Service | PageType::Listing | PageType::Documentation
        )
    {
        drop_trailing_headings(&mut blocks);
    }
    blocks
}

/// The page's content blocks: a pass at each strictness until one finds content (the
/// strict one re-read as a landing page, or relaxed when it reads only a line or two),
/// else the whole page when it is all short blocks. Also how the strict pass read the
/// page, and whether the blocks are a service page's re-read from its main element.
fn read_page(
    doc: &Doc,
    options: &Options,
    declared_article: bool,
    mut lines: Option<&mut Vec<ExplainLine>>,
) -> (Vec<Block>, Reading, bool) {
    let mut blocks = Vec::new();
    let mut first = Reading::Nothing;
    let mut service_read = false;
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
            first = reading;
            // A reading of prose or sections may settle the page as a service page; an
            // index or nothing never does.
            (blocks, service_read) = landing(
                doc,
                settings,
                options,
                declared_article,
                reading,
                blocks,
                want.then_some(&mut these),
            );
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
            return (blocks, first, service_read);
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
        return (blocks, first, service_read);
    }
    if let Some(l) = lines {
        *l = these;
    }
    (whole, first, service_read)
}

/// The first reading's blocks, or those of its landing re-read, and whether they are a
/// service page's read as such. A reading of prose or sections may settle the page as a
/// service page; an index or nothing never does. The re-read may show a service page's
/// sections where the first reading saw an index or one section of prose (a
/// testimonials row, the best-scoring section once promos are kept): when its blocks
/// settle the page as a service page, the page is read once more as one.
fn landing(
    doc: &Doc,
    settings: PruneSettings,
    options: &Options,
    declared_article: bool,
    first: Reading,
    blocks: Vec<Block>,
    mut lines: Option<&mut Vec<ExplainLine>>,
) -> (Vec<Block>, bool) {
    let settled_service = matches!(first, Reading::Authored(_) | Reading::Sections(_))
        && doc.verdict.settle(&blocks, first.as_read()) == PageType::Service;
    let reread = |service: bool, lines: Option<&mut Vec<ExplainLine>>| {
        reread_landing(
            doc,
            settings,
            options,
            declared_article,
            first,
            service,
            lines,
        )
    };
    let Some(blocks) = reread(settled_service, lines.as_deref_mut()) else {
        return (blocks, false);
    };
    if settled_service || doc.verdict.settle(&blocks, first.as_read()) != PageType::Service {
        return (blocks, settled_service);
    }
    match reread(true, lines) {
        Some(b) => (b, true),
        None => (blocks, false),
    }
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
    /// The page is documentation or a listing, by its type before reading: the link
    /// lists inside its chosen text (a module's members, "see also" entries, an
    /// archive's months) are its own index, not navigation.
    index_page: bool,
    /// Typed a shop's category page before reading: its main holds the product grid.
    shop: bool,
    /// The page type decided before reading, which the first reading settles.
    verdict: metadata::Verdict,
    /// The page shows its text only in `<noscript>` ([`prune::shown_in_noscript`]).
    noscript_page: bool,
}

impl Doc<'_> {
    /// Pruning settings for this page at `strictness`: comments kept on a forum thread,
    /// reviews unguarded on a shop's page (a product's or a collection's), where buyers'
    /// reviews can outweigh the shop's own text.
    fn settings(&self, strictness: Strictness, keep_marketing: bool) -> PruneSettings {
        PruneSettings {
            strictness,
            keep_comments: self.forum,
            keep_marketing,
            unguarded_reviews: self.product || self.shop,
            noscript_page: self.noscript_page,
        }
    }
}

/// A page read as sections (neither an authored text nor an index), as an index (whose
/// items shops and publishers mark as teasers and promos), as prose that nothing dates,
/// signs or declares an article or that settles as a service page (`settled_service`:
/// the page type its first reading gives), or where nothing was found, is read again
/// with the components that chrome words call promos, teasers, carousels, calls to
/// action and testimonials kept: landing and service pages are built of nothing else.
/// The re-read must read the same part of the page (its container holds the first one
/// or lies inside it): a container elsewhere, a site-wide promo bar, would replace the
/// page's sections rather than complete them. Explain lines are replaced only when the
/// re-read is taken.
fn reread_landing(
    doc: &Doc,
    settings: PruneSettings,
    options: &Options,
    declared_article: bool,
    first: Reading,
    settled_service: bool,
    lines: Option<&mut Vec<ExplainLine>>,
) -> Option<Vec<Block>> {
    // A thread read as an index of posts has no marketing components to restore.
    let first = match first {
        // Prose that nothing dates, signs or declares an article is a landing page's
        // copy as often as a post: its promos and testimonials may be the rest of it.
        // So is the prose of a page that its first reading settles as a service page
        // (declared one, under a services path, or short sections that nothing signs),
        // dated or declared an article or not: site builders stamp a date and
        // `og:type=article` on every page.
        Reading::Authored(f) if (doc.unsigned || settled_service) && !doc.forum && !doc.product => {
            Some(f)
        }
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
    // A service page is read from its declared main element: its offers, steps and
    // testimonials are all its content, not only the section that scores best.
    let pick = if settled_service {
        Pick::Main
    } else {
        Pick::Best
    };
    let (blocks, reading, again) = trial(
        doc,
        settings,
        options,
        declared_article,
        pick,
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
    let scores = score::score(dom, body, ctx, texts, &pruned, score::Posts::Thread);
    let keep = |id: NodeId| {
        let s = scores.stats.get(id.ix()).copied().unwrap_or_default();
        score::classify(&s) != Class::Linky
    };
    reading::build(
        doc,
        options,
        &pruned,
        &keep,
        prune::comment_roots(dom, hints, body),
    )
}

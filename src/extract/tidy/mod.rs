//! Tidying the blocks of the chosen content: repeats, ad labels and symbol-only lines
//! dropped, a thin body replaced by the page's structured-data text, and (favoring
//! precision) short edge blocks trimmed.

use crate::dom::Dom;
use crate::heuristics::REPEAT_MIN_CHARS;
use crate::metadata;
use crate::model::{Block, PageType};

mod thread;
pub(in crate::extract) use thread::{drop_panel_pairs, drop_repeated_dates, drop_reply_subjects};

/// Bytes of text in `blocks`.
pub(super) fn total_chars(blocks: &[Block]) -> usize {
    blocks.iter().map(block_chars).sum()
}

/// Replaces a thin visible body with the page's structured-data text (a product page
/// whose description lives only in JSON-LD, a hydrated app whose article sits in
/// `articleBody`), when that text is much longer.
pub(super) fn structured_fallback(dom: &Dom, blocks: &mut Vec<Block>) {
    use crate::heuristics::{STRUCTURED_FALLBACK_FACTOR, STRUCTURED_FALLBACK_MAX_CHARS};
    let have = total_chars(blocks);
    if have >= STRUCTURED_FALLBACK_MAX_CHARS {
        return;
    }
    let Some(text) = metadata::structured_body(dom) else {
        return;
    };
    if (text.len() as f64) < STRUCTURED_FALLBACK_FACTOR * have.max(1) as f64 {
        return;
    }
    *blocks = text
        .split("\n\n")
        .flat_map(|p| p.split('\n'))
        .map(crate::text::collapse)
        .filter(|p| !p.is_empty())
        .map(|p| Block::Paragraph {
            spans: vec![crate::model::Span {
                text: p,
                ..Default::default()
            }],
        })
        .collect();
}

/// Drops a paragraph, list item or quote that repeats an earlier one word for word:
/// pages carry their article twice (an edition switcher, a print copy, a hidden mobile
/// layout), main content never restates a whole long paragraph, and a forum reply that
/// quotes a whole post repeats what the thread already holds. A heading that repeats
/// the heading just before it goes too.
pub(super) fn drop_repeats(blocks: &mut Vec<Block>) {
    let mut seen = std::collections::HashSet::new();
    let mut last_heading: Option<String> = None;
    blocks.retain(|b| {
        // A heading right under the same heading is a copy: a card's title repeated
        // by its hover or video layer.
        if let Block::Heading { spans, .. } = b {
            let text = crate::text::collapse(&crate::model::spans_text(spans));
            let repeat = last_heading.as_deref() == Some(text.as_str());
            last_heading = Some(text);
            return !repeat;
        }
        last_heading = None;
        let spans = match b {
            Block::Paragraph { spans } | Block::ListItem { spans, .. } | Block::Quote { spans } => {
                spans
            }
            _ => return true,
        };
        // Bytes bound characters from above, so short blocks need no text built.
        if spans_bytes(spans) < REPEAT_MIN_CHARS {
            return true;
        }
        let text = crate::text::collapse(&crate::model::spans_text(spans));
        text.chars().count() < REPEAT_MIN_CHARS || seen.insert(text)
    });
}

/// Drops a heading of [`REPEAT_HEADING_MIN_WORDS`] words or more that repeats an earlier
/// heading word for word and heads nothing now (the next block is a heading of its rank
/// or above, or the end): the section of a second copy of the article, whose paragraphs
/// [`drop_repeats`] dropped. A repeated heading over blocks of its own is an item's
/// label ("Conference in Chicago"), and a short one a tag's ("organic cotton"): both
/// stay.
///
/// [`REPEAT_HEADING_MIN_WORDS`]: crate::heuristics::REPEAT_HEADING_MIN_WORDS
pub(super) fn drop_emptied_copies(blocks: &mut Vec<Block>) {
    let mut seen = std::collections::HashSet::new();
    let mut drop = vec![false; blocks.len()];
    for (i, b) in blocks.iter().enumerate() {
        let Block::Heading { spans, level } = b else {
            continue;
        };
        let text = crate::text::collapse(&crate::model::spans_text(spans));
        if text.split_whitespace().count() < crate::heuristics::REPEAT_HEADING_MIN_WORDS
            || seen.insert(text)
        {
            continue;
        }
        let empty = match blocks.get(i + 1) {
            None => true,
            Some(Block::Heading { level: next, .. }) => next <= level,
            Some(_) => false,
        };
        if let Some(d) = drop.get_mut(i) {
            *d = empty;
        }
    }
    drop_marked(blocks, drop);
}

use crate::text::MAX_CHAR_BYTES;

/// A short line read as a label: lower-cased, trailing `.`/`:` removed; `None` past
/// `LABEL_MAX_CHARS`, as no label is that long.
fn label_of(spans: &[crate::model::Span]) -> Option<String> {
    use crate::heuristics::LABEL_MAX_CHARS;
    if spans_bytes(spans) > MAX_CHAR_BYTES * LABEL_MAX_CHARS {
        return None;
    }
    let text = crate::model::spans_text(spans);
    if text.chars().count() > LABEL_MAX_CHARS {
        return None;
    }
    Some(
        text.trim()
            .trim_end_matches(['.', ':'])
            .trim()
            .to_lowercase(),
    )
}

/// Drops text blocks that are only a widget's line: an ad slot's label (`AD_LABELS`), a
/// table of contents' title (`CONTENTS_LABELS`), a script's placeholder
/// (`PLACEHOLDER_LABELS`), a control's caption or a badge (`CONTROL_LABELS`), a
/// counter's tally ("2 likes"), a reading time, or a paragraph that only titles a
/// recommendation strip ([`crate::extract::labels::is_widget_line`]).
///
/// A relative timestamp alone ("2 days ago") goes too, except on an index: there it is
/// an item's age (a job posted a day ago), printed with the item. So do a template's
/// filler text, a ticker's band, an unrendered shortcode and a script template's
/// unfilled expression ([`super::filler`]).
pub(super) fn drop_widget_lines(blocks: &mut Vec<Block>, page_type: PageType) {
    let index = matches!(page_type, PageType::Listing | PageType::Collection);
    let forum = page_type == PageType::Forum;
    blocks.retain(|b| {
        let spans = match b {
            Block::Paragraph { spans }
            | Block::Heading { spans, .. }
            | Block::ListItem { spans, .. }
            | Block::Quote { spans }
            | Block::Caption { spans } => spans,
            _ => return true,
        };
        if super::filler::is_filler(spans)
            || super::filler::is_marquee(spans)
            || super::filler::is_shortcode(spans)
            || super::filler::is_template_expression(spans)
        {
            return false;
        }
        let paragraph = matches!(b, Block::Paragraph { .. });
        label_of(spans).is_none_or(|label| {
            !crate::extract::labels::is_widget_line(&label, paragraph, index, forum)
        })
    });
}

/// Drops the blocks whose mark in `drop` (one per block, in order) is set.
fn drop_marked(blocks: &mut Vec<Block>, drop: Vec<bool>) {
    let mut marks = drop.into_iter();
    blocks.retain(|_| !marks.next().unwrap_or(false));
}

/// The spans of a block that is a line of text: a paragraph, a heading or a list item.
fn line_spans(b: &Block) -> Option<&[crate::model::Span]> {
    match b {
        Block::Paragraph { spans }
        | Block::Heading { spans, .. }
        | Block::ListItem { spans, .. } => Some(spans),
        _ => None,
    }
}

/// Drops the prompts to the reader ([`crate::extract::labels::is_prompt_line`]): a login wall's,
/// "You are not logged in.", "You must log in or register to reply to this topic.", and
/// a recipe card's, "Tried this recipe? Tag @…". Run after the
/// recommendation strips, as a prompt that titles a strip takes the strip with it there.
/// On a thread (`forum`) the who-is-online line and the reaction bars go too.
pub(super) fn drop_prompt_lines(blocks: &mut Vec<Block>, forum: bool) {
    blocks.retain(|b| {
        let (Block::Paragraph { spans } | Block::Heading { spans, .. }) = b else {
            return true;
        };
        spans_bytes(spans) > MAX_CHAR_BYTES * crate::heuristics::PROMPT_LINE_MAX_CHARS
            || !crate::extract::labels::is_prompt_line(&crate::model::spans_text(spans), forum)
    });
}

/// Drops the notices a site prints inside its text ([`NOTICES`]): an affiliate
/// disclosure (a paragraph that names a commission or affiliate links and says the site
/// may earn from them: "we may earn", "I earn from qualifying purchases"), a cookie
/// notice ("This website uses cookies to…", "We use cookies…"), a request to turn off
/// an ad blocker, and a prompt to follow the site or sign up for its newsletter that
/// names where ("Follow us on Facebook", "Sign up for our newsletter"). Publishers print
/// them over every page, not as part of the text; a paragraph about affiliate
/// marketing, cookies or ad blockers names no earnings, use or request of the site's own.
///
/// [`NOTICES`]: crate::heuristics::NOTICES
pub(super) fn drop_notices(blocks: &mut Vec<Block>) {
    // One bit per notice in a `u64`.
    const _: () = assert!(crate::heuristics::NOTICES.len() <= 64);
    use crate::heuristics::{NOTICES, NOTICE_MAX_BYTES};
    use aho_corasick::AhoCorasick;
    // Every notice's stems in one automaton, built once, and the notice of each stem.
    static STEMS: std::sync::OnceLock<Option<(AhoCorasick, Vec<usize>)>> =
        std::sync::OnceLock::new();
    let Some((stems, owner)) = STEMS
        .get_or_init(|| {
            let (owner, words): (Vec<usize>, Vec<&str>) = NOTICES
                .iter()
                .enumerate()
                .flat_map(|(i, n)| n.stems.iter().map(move |st| (i, *st)))
                .unzip();
            AhoCorasick::new(words).ok().map(|ac| (ac, owner))
        })
        .as_ref()
    else {
        return;
    };
    let bit = |i: usize| {
        1u64.checked_shl(u32::try_from(i).unwrap_or(u32::MAX))
            .unwrap_or(0)
    };
    blocks.retain(|b| {
        let Block::Paragraph { spans } = b else {
            return true;
        };
        if spans_bytes(spans) > NOTICE_MAX_BYTES {
            return true;
        }
        // The notices whose stems the paragraph holds, one bit each.
        let mut stemmed = 0u64;
        for sp in spans {
            for m in stems.find_overlapping_iter(sp.text.as_bytes()) {
                if let Some(&i) = owner.get(m.pattern().as_usize()) {
                    stemmed |= bit(i);
                }
            }
        }
        if stemmed == 0 {
            return true;
        }
        // Lower-cased once, for the notices whose stems the paragraph holds.
        let t = crate::model::spans_text(spans).to_lowercase();
        !NOTICES.iter().enumerate().any(|(i, notice)| {
            stemmed & bit(i) != 0
                && notice.markers.iter().any(|m| t.contains(m))
                && notice.hedges.iter().any(|h| t.contains(h))
        })
    });
}

/// Drops an author box: a heading or a line titled as one (`AUTHOR_BOX_TITLES`) and the
/// blocks under it up to the next heading of its level or above, when those are at most
/// `AUTHOR_BOX_MAX_BLOCKS`; a longer run is the article's own section.
pub(super) fn drop_author_boxes(blocks: &mut Vec<Block>) {
    use crate::heuristics::{AUTHOR_BOX_MAX_BLOCKS, AUTHOR_BOX_TITLES};
    let title_level = |b: &Block| -> Option<u8> {
        let (spans, level) = match b {
            Block::Heading { spans, level } => (spans, *level),
            // A line standing alone ("About the Author:") is a title too; its box ends
            // at any heading.
            Block::Paragraph { spans } => (spans, u8::MAX),
            _ => return None,
        };
        let label = label_of(spans)?;
        AUTHOR_BOX_TITLES.contains(&label.as_str()).then_some(level)
    };
    // One pass marking what goes, each look-ahead bounded: linear whatever the page.
    let mut drop = vec![false; blocks.len()];
    let mut i = 0;
    while i < blocks.len() {
        let Some(level) = blocks.get(i).and_then(title_level) else {
            i += 1;
            continue;
        };
        let under = blocks
            .iter()
            .skip(i + 1)
            .take(AUTHOR_BOX_MAX_BLOCKS + 1)
            .take_while(|b| !matches!(b, Block::Heading { level: l, .. } if *l <= level))
            .count();
        if under <= AUTHOR_BOX_MAX_BLOCKS {
            for d in drop.iter_mut().skip(i).take(under + 1) {
                *d = true;
            }
            i += under + 1;
        } else {
            i += 1;
        }
    }
    drop_marked(blocks, drop);
}

/// Which recommendation strips [`drop_recommendation_strips`] looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Strips {
    /// A product page's: any title of `RECOMMENDATION_TITLES`, a bare "Related" or
    /// "Recommended" too, since a product's own sections never carry those names.
    Shop,
    /// Any other page's: every title but a bare "Related" or "Recommended"
    /// (`SHOP_ONLY_RECOMMENDATION_TITLES`), which also head a text's own section (related
    /// work, recommended settings).
    Text,
    /// An index's (a listing, a collection): as [`Strips::Text`], but a "More top
    /// stories" section is one of its own lists.
    Index,
}

/// Drops recommendation strips: a heading titled as one (`RECOMMENDATION_TITLES`, or
/// starting as one does: `RECOMMENDATION_PREFIXES`), or as a text's reference list
/// (`APPARATUS_TITLES`), and every block under it up to the next heading of its level
/// or above. A strip follows the page's own content, so a
/// title in the first block names the page itself (a shop's "Related products" page).
/// One linear pass.
pub(super) fn drop_recommendation_strips(blocks: &mut Vec<Block>, strips: Strips) {
    use crate::heuristics::{
        APPARATUS_TITLES, RECOMMENDATION_PREFIXES, RECOMMENDATION_TITLES,
        SHOP_ONLY_RECOMMENDATION_TITLES,
    };
    // `shop`: a bare "Related" or "Recommended" counts ("Recommended:" over a list of
    // system requirements is no strip's title, so a plain line never takes them).
    let titled = |spans: &[crate::model::Span], shop: bool| {
        label_of(spans)
            .map(|l| l.trim_end_matches(['!', '…', '.']).trim().to_string())
            .is_some_and(|l| {
                (RECOMMENDATION_TITLES.contains(&l.as_str())
                    && (shop || !SHOP_ONLY_RECOMMENDATION_TITLES.contains(&l.as_str())))
                    || RECOMMENDATION_PREFIXES.iter().any(|p| l.starts_with(p))
                    || (strips != Strips::Index && is_more_stories(&l))
                    || APPARATUS_TITLES.contains(&l.as_str())
            })
    };
    let mut strip: Option<u8> = None;
    // A strip titled by a line that is no heading (a styled `<div>`): its list goes,
    // up to the first block that is no list item.
    let mut list_strip = false;
    let mut first = true;
    blocks.retain(|b| {
        let leading = std::mem::replace(&mut first, false);
        if list_strip && matches!(b, Block::ListItem { .. }) {
            return false;
        }
        list_strip = false;
        match b {
            Block::Heading { spans, level } => {
                if strip.is_some_and(|l| *level <= l) {
                    strip = None;
                }
                if strip.is_none() && titled(spans, strips == Strips::Shop) && !leading {
                    strip = Some(*level);
                }
            }
            Block::Paragraph { spans } if strip.is_none() && !leading && titled(spans, false) => {
                list_strip = true;
                return false;
            }
            _ => {}
        }
        strip.is_none()
    });
}

/// "More great stories", "More Acme stories": a strip of other stories, whatever words
/// name them ([`MORE_STORIES_NOUNS`] after "more").
///
/// [`MORE_STORIES_NOUNS`]: crate::heuristics::MORE_STORIES_NOUNS
fn is_more_stories(label: &str) -> bool {
    label.strip_prefix("more ").is_some_and(|rest| {
        rest.split_whitespace().count() <= crate::heuristics::MORE_STORIES_MAX_WORDS
            && crate::heuristics::MORE_STORIES_NOUNS
                .iter()
                .any(|n| rest.rsplit(' ').next() == Some(*n))
    })
}

/// Drops text blocks without a single letter, digit or underscore: a lone separator
/// (`|`, `•`) left between dropped links, an ellipsis, a joiner character used as a
/// spacer. A rule of underscores is kept, as authors type it to divide their text. Code
/// and tables keep their symbols.
pub(super) fn drop_textless(blocks: &mut Vec<Block>) {
    blocks.retain(|b| match b {
        Block::Paragraph { spans }
        | Block::Heading { spans, .. }
        | Block::ListItem { spans, .. }
        | Block::Caption { spans } => spans
            .iter()
            .any(|s| s.text.chars().any(|c| c.is_alphanumeric() || c == '_')),
        _ => true,
    });
}

/// Empties a text made of unlinked section headings alone (none of them the page's
/// `<h1>`): the column titles of a footer or a menu whose links were dropped. A heading
/// names what follows it; with nothing following, the page showed no content, and an
/// empty text says so better than its chrome's titles. Linked headings are an index's
/// items (headlines that lead to their stories) and stay.
pub(super) fn drop_bare_headings(blocks: &mut Vec<Block>) {
    let bare = |b: &Block| match b {
        Block::Heading { level, spans } => *level > 1 && spans.iter().all(|s| s.link.is_none()),
        _ => false,
    };
    if blocks.iter().all(bare) {
        blocks.clear();
    }
}

/// Bytes of text in `spans`.
fn spans_bytes(spans: &[crate::model::Span]) -> usize {
    spans.iter().map(|s| s.text.len()).sum()
}

/// Drops a heading left alone at the end of the text with nothing under it: the title of
/// a comment form, a tag list or a "more stories" strip whose body was pruned. A run of
/// closing headings (a page that ends in a list set as headings) and a text of headings
/// only are left as they are.
pub(super) fn drop_trailing_headings(blocks: &mut Vec<Block>) {
    if blocks.iter().all(|b| matches!(b, Block::Heading { .. })) {
        return;
    }
    let run = blocks
        .iter()
        .rev()
        .take_while(|b| matches!(b, Block::Heading { .. }))
        .count();
    if run == 1 {
        blocks.pop();
    }
}

pub(super) fn block_chars(b: &Block) -> usize {
    match b {
        Block::Heading { spans, .. }
        | Block::Paragraph { spans }
        | Block::ListItem { spans, .. }
        | Block::Quote { spans }
        | Block::Caption { spans } => spans_bytes(spans),
        Block::Code { text, .. } => text.len(),
        Block::Table { rows, .. } => rows.iter().flatten().map(|c| spans_bytes(&c.spans)).sum(),
        Block::Image { .. } => 0,
    }
}

/// `--favor precision`: short blocks before the first and after the last substantial
/// one (labels, captions, "share this", sign-offs) are dropped.
pub(super) fn trim_short_edges(blocks: &mut Vec<Block>) {
    let substantial = |b: &Block| match b {
        Block::Code { .. } | Block::Table { .. } => true,
        Block::Image { .. } => false,
        other => {
            let text: String = match other {
                Block::Heading { spans, .. }
                | Block::Paragraph { spans }
                | Block::ListItem { spans, .. }
                | Block::Quote { spans }
                | Block::Caption { spans } => crate::model::spans_text(spans),
                _ => String::new(),
            };
            crate::text::word_count(&text) >= crate::heuristics::PROSE_MIN_WORDS as usize
        }
    };
    let Some(first) = blocks.iter().position(substantial) else {
        return;
    };
    let last = blocks.iter().rposition(substantial).unwrap_or(first);
    blocks.truncate(last + 1);
    blocks.drain(..first);
}

//! Every tag set, class/id pattern, threshold and weight of thresh, each with its reason.
//!
//! Nothing here names a site, a URL or a phrase of any particular page: each rule holds
//! for the web at large. The extraction code refers to these by name, and the explain
//! view prints the same names.

mod authors;
mod bylines;
mod labels;
pub mod metadata;
mod notices;
mod page_type;
mod strips;
mod widgets;
mod words;

pub use labels::*;
pub use notices::*;
pub use strips::*;
pub use widgets::*;
pub use words::*;

use markup5ever::{local_name, LocalName};

// ---------------------------------------------------------------------------------------
// Input sniffing
// ---------------------------------------------------------------------------------------

/// Bytes looked at to tell text from binary: enough for any document's head.
pub const BINARY_SNIFF_BYTES: usize = 4096;
/// Share of C0 control bytes above which input is binary: HTML has practically none,
/// random bytes have about 10%.
pub const MAX_BINARY_CONTROL_RATIO: f64 = 0.05;
/// …and at least this many of them: a stray NUL in a tiny page is damage, not binary.
pub const MIN_BINARY_CONTROLS: usize = 8;
/// Deepest element nesting parsed as markup; deeper tags are dropped (their text kept).
/// Real pages stay far below; browsers cap their trees similarly, and html5ever's scope
/// checks are linear in the depth, so an uncapped 100,000-deep page costs quadratic time.
pub const MAX_DEPTH: usize = 512;
/// Most attributes kept on one tag: html5ever checks each new attribute against all
/// earlier ones (quadratic), and no real tag has more than a few dozen.
pub const MAX_ATTRIBUTES: usize = 1000;
/// What a mended mojibake sequence may decode to (see `dom::mojibake`): Latin letters,
/// general punctuation, currency, letterlike symbols (™) and emoji. A sequence that
/// would decode to anything else (Hebrew accents, NKo) is real text that only looks like
/// mojibake ("ß" before "«"), and stays.
pub const MOJIBAKE_PLAUSIBLE: [std::ops::RangeInclusive<char>; 5] = [
    '\u{A0}'..='\u{24F}',
    '\u{2010}'..='\u{206F}',
    '\u{20A0}'..='\u{20CF}',
    '\u{2100}'..='\u{214F}',
    '\u{1F300}'..='\u{1FAFF}',
];
/// Bytes after a self-closed `<iframe … />` searched for the `</noscript>` that ends
/// it. Scripting is off when thresh parses, so `<noscript>` holds markup, and an
/// `<iframe/>` there (a tag manager's snippet) would open raw text that swallows the
/// rest of the page; a browser, scripting on, reads the noscript as text and shows the
/// page. Such snippets close their noscript right after the tag; the window keeps the
/// check linear.
pub const NOSCRIPT_IFRAME_WINDOW: usize = 256;
/// Bytes searched for `<meta charset>`: the spec says 1024, real pages put long
/// comments and scripts first, so we look further.
pub const META_PRESCAN_BYTES: usize = 8192;

// ---------------------------------------------------------------------------------------
// Tag sets (html5ever-style: one predicate per set)
// ---------------------------------------------------------------------------------------

/// Elements of a figure set between a section's title and its text: the figure, its
/// image, picture or video.
pub fn is_figure_tag(t: &LocalName) -> bool {
    matches!(
        *t,
        local_name!("figure") | local_name!("img") | local_name!("picture") | local_name!("video")
    )
}

/// Elements that never hold readable content: code, media, form controls, document
/// machinery. Pruned with their subtree.
pub fn is_never_content_tag(t: &LocalName) -> bool {
    matches!(
        *t,
        local_name!("script")
            | local_name!("style")
            | local_name!("template")
            | local_name!("head")
            | local_name!("link")
            | local_name!("meta")
            | local_name!("iframe")
            | local_name!("object")
            | local_name!("embed")
            | local_name!("applet")
            | local_name!("canvas")
            | local_name!("video")
            | local_name!("audio")
            | local_name!("map")
            | local_name!("select")
            | local_name!("option")
            | local_name!("button")
            | local_name!("input")
            | local_name!("textarea")
            | local_name!("dialog")
            | local_name!("frameset")
            | local_name!("frame")
            | local_name!("noframes")
    )
}

/// What a `<figure>`'s caption may describe: images and players. Their captions go when
/// images are left out; a figure holding none of them (a quote and its attribution)
/// keeps its caption.
pub fn is_figure_media_tag(t: &LocalName) -> bool {
    matches!(
        *t,
        local_name!("img")
            | local_name!("picture")
            | local_name!("video")
            | local_name!("iframe")
            | local_name!("object")
            | local_name!("embed")
    )
}

/// Class fragments of an element that wraps a picture ("image top", "imgTop",
/// "photo-wrap"): a lone paragraph beside the picture in it is the picture's caption,
/// marked up without `<figure>`.
pub const IMAGE_WRAPPER_CLASS_PARTS: &[&str] = &["image", "img", "photo", "picture"];

/// Elements that are page chrome by their HTML meaning: navigation, site header and
/// footer, tangential asides, forms. Pruned unless they hold most of the page's text
/// (some sites wrap everything in one of them).
pub fn is_chrome_tag(t: &LocalName) -> bool {
    matches!(
        *t,
        local_name!("nav")
            | local_name!("header")
            | local_name!("footer")
            | local_name!("aside")
            | local_name!("form")
            | local_name!("menu")
    )
}

/// Classes of the elements that syntax highlighters wrap each line of code in (Shiki's
/// `line`, prism-react-renderer's `token-line`, CodeMirror's `cm-line`…): styled as
/// blocks, so a minified page that leaves out the newlines between them still shows
/// one line each.
pub const CODE_LINE_CLASSES: &[&str] = &[
    "line",
    "code-line",
    "token-line",
    "cm-line",
    "view-line",
    "highlight-line",
    "ace_line",
];

/// Elements that start a new block of text: a boundary here is a paragraph break, so
/// words on either side are never glued.
pub fn is_block_tag(t: &LocalName) -> bool {
    matches!(
        *t,
        local_name!("address")
            | local_name!("article")
            | local_name!("aside")
            | local_name!("blockquote")
            | local_name!("body")
            | local_name!("center")
            | local_name!("dd")
            | local_name!("details")
            | local_name!("dialog")
            | local_name!("dir")
            | local_name!("div")
            | local_name!("dl")
            | local_name!("dt")
            | local_name!("fieldset")
            | local_name!("figcaption")
            | local_name!("figure")
            | local_name!("footer")
            | local_name!("form")
            | local_name!("h1")
            | local_name!("h2")
            | local_name!("h3")
            | local_name!("h4")
            | local_name!("h5")
            | local_name!("h6")
            | local_name!("header")
            | local_name!("hgroup")
            | local_name!("hr")
            | local_name!("html")
            | local_name!("li")
            | local_name!("main")
            | local_name!("menu")
            | local_name!("nav")
            | local_name!("ol")
            | local_name!("p")
            | local_name!("pre")
            | local_name!("section")
            | local_name!("summary")
            | local_name!("table")
            | local_name!("tbody")
            | local_name!("thead")
            | local_name!("tfoot")
            | local_name!("tr")
            | local_name!("td")
            | local_name!("th")
            | local_name!("caption")
            | local_name!("ul")
            | local_name!("legend")
            | local_name!("noscript")
    )
}

/// Blocks that hold a run of text, not other blocks' containers: a paragraph, a list
/// item, a heading, a quote's or code's block, a definition, a caption. A thread's post is
/// never one, though its paragraphs stand beside their like.
pub fn is_text_block_tag(t: &LocalName) -> bool {
    matches!(
        *t,
        local_name!("p")
            | local_name!("li")
            | local_name!("dd")
            | local_name!("dt")
            | local_name!("pre")
            | local_name!("blockquote")
            | local_name!("figcaption")
            | local_name!("caption")
            | local_name!("td")
            | local_name!("th")
    ) || heading_level(t).is_some()
}

/// Heading level of `h1`–`h6`.
pub fn heading_level(t: &LocalName) -> Option<u8> {
    match *t {
        local_name!("h1") => Some(1),
        local_name!("h2") => Some(2),
        local_name!("h3") => Some(3),
        local_name!("h4") => Some(4),
        local_name!("h5") => Some(5),
        local_name!("h6") => Some(6),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------
// Pruning guards
// ---------------------------------------------------------------------------------------

/// A chrome-marked element holding more than this share of the body's text is kept:
/// a site that wraps its whole page in `<header>` or in a "menu-open" body class does
/// not lose its article.
pub const PRUNE_GUARD_TEXT_SHARE: f64 = 0.5;
/// Most characters (non-space) of the box around an e-mail field that is pruned as a
/// sign-up box: a heading, a pitch and a privacy line; more is a page in its own right.
pub const SIGNUP_BOX_MAX_CHARS: u32 = 400;
/// Most characters (non-space) of a `role=button` element pruned as a control: a few
/// words of instruction ("Click to expand…"), not a question or a card.
pub const CONTROL_MAX_CHARS: u32 = 24;
/// Microdata types of the posts of a question-and-answer page: the question and its
/// answers are the thread, and the `Comment` items inside them are remarks on a post.
pub const QA_POST_TYPES: &[&str] = &["schema.org/Question", "schema.org/Answer"];
/// Microdata type of a remark attached to a post.
pub const QA_COMMENT_TYPES: &[&str] = &["schema.org/Comment"];
/// Most ancestors climbed from a comment item to find the post it belongs to: Q&A
/// templates put the comment list a few wrappers below the post, and the climb is
/// bounded so that deep nesting costs nothing.
pub const QA_COMMENT_MAX_CLIMB: usize = 12;
/// Nodes read from an element's start for the heading whose anchor its id may be.
pub const ANCHOR_SCAN_NODES: usize = 8;
/// Siblings read on either side of an element inside a heading to tell that it holds
/// the heading's whole text (blank text and empty anchors around it).
pub const WHOLE_HEADING_SIBLINGS: usize = 4;
/// Class parts of a date's short form that a `<time>` prints beside its long form for
/// the stylesheet to choose ("1 yr" beside "April 2, 2024").
pub const DATE_SHORT_FORM_WORDS: &[&str] = &["short"];
/// Class parts of that date's long form, which is read.
pub const DATE_LONG_FORM_WORDS: &[&str] = &["long"];
/// Children of a `<time>` read for the long form beside a short one.
pub const DATE_FORM_SIBLINGS: usize = 8;
/// Levels from a link up to the `<blockquote>` whose citation it may be (XenForo's
/// `blockquote > div.title > a`: two).
pub const QUOTE_CITATION_CLIMB: usize = 3;
/// Nodes of a `<blockquote>` read for its first text: a citation opens the quote.
pub const QUOTE_CITATION_SCAN_NODES: usize = 16;
/// Nodes of an item (itself included) read to tell that it is a drop cap's one letter.
pub const INITIAL_MAX_NODES: usize = 4;
/// Longest text of a footnote's reference mark (`<sup><a href="#fn12">[12]</a></sup>`).
pub const FOOTNOTE_MARK_MAX_CHARS: usize = 8;
/// Nodes of a footnote's reference mark read at most (the `<sup>`, a link, its text, a
/// wrapper or two).
pub const FOOTNOTE_MARK_MAX_NODES: usize = 16;
/// Length of the hash CSS modules append to a scoped class after `__`
/// (`table_root__adKqa`): letters of no word, which must not read as one ("ad").
pub const CSS_MODULE_HASH_LEN: usize = 5;
/// Longest prefix word a generator puts before a heading's slug in a section's id
/// (Sphinx's `s-more-about-forms`, `sec-`, `toc-`): the rest is still the slug.
pub const ANCHOR_PREFIX_MAX_CHARS: usize = 3;
/// Microdata properties that declare the main text; an element holding one is never
/// pruned as chrome, whatever its classes say.
pub const MAIN_ITEMPROPS: &[&str] = &["articleBody", "reviewBody"];
/// Microdata properties that hold metadata, not content: dates, authorship, keywords,
/// the headline repeated for machines. Their elements are pruned (the metadata phase
/// reads them first).
pub const META_ITEMPROPS: &[&str] = &[
    "datePublished",
    "dateModified",
    "dateCreated",
    "author",
    "creator",
    "publisher",
    "keywords",
    "mainEntityOfPage",
    "headline",
    "image",
    "thumbnailUrl",
    "logo",
    "uploadDate",
    "wordCount",
];
/// A `<p>` this long (non-space chars) counts as prose for the pruning guard.
pub const PROSE_PARAGRAPH_CHARS: u32 = 40;
/// A bare text run this long counts as prose (pages that use `<br>` instead of `<p>`).
pub const PROSE_TEXT_RUN_CHARS: u32 = 150;

// ---------------------------------------------------------------------------------------
// Block classification
// ---------------------------------------------------------------------------------------

/// A block with at least this many words, few links and sentence punctuation is prose.
pub const PROSE_MIN_WORDS: u32 = 12;
/// A block of at most this many words holding a copyright sign is a legal notice (a
/// footer's "© 2026 Company. All rights reserved.", a photo credit): it is kept inside
/// the content but is no evidence of prose when choosing the container.
pub const LEGAL_NOTICE_MAX_WORDS: u32 = 60;
/// Link density (link chars / chars) above which a block is navigation, not prose.
pub const LINKY_DENSITY: f64 = 0.5;
/// Link density below which a long block counts as prose even without punctuation.
pub const PROSE_MAX_LINK_DENSITY: f64 = 0.33;
/// A sentence of this many words whose links cover less than
/// [`LINKED_PROSE_MAX_LINK_DENSITY`] of it is prose with links (an annotated reference,
/// "this hotel features in my list of the best hotels in Bangkok"), not a link list: a
/// teaser is a headline link with little around it.
pub const LINKED_PROSE_MIN_WORDS: u32 = 15;
/// See [`LINKED_PROSE_MIN_WORDS`].
pub const LINKED_PROSE_MAX_LINK_DENSITY: f64 = 0.7;
/// A block this long (words) is prose whatever its punctuation (long lists, CJK text).
pub const LONG_BLOCK_WORDS: u32 = 40;

// ---------------------------------------------------------------------------------------
// Container selection
// ---------------------------------------------------------------------------------------

/// Weight of a link-dense block's characters against a container: navigation inside a
/// candidate counts against it, so the selection stops below the page layout.
pub const LINKY_PENALTY: f64 = 1.0;
/// Most ancestors climbed from a block in a table cell to find its table (cell, row,
/// row group, table, and a few inline or block wrappers inside the cell).
pub const CELL_TABLE_CLIMB: usize = 8;
/// Ancestors climbed from a link's text to the link (`<a><span>Backlinks:</span></a>`)
/// when reading it as a label.
pub const LABEL_LINK_CLIMB: usize = 3;
/// Rows from which a data table is a list the page exists for (a ranking, a list of
/// prize winners): its linked names count for it rather than against it.
pub const LIST_TABLE_MIN_ROWS: usize = 30;
/// Weight of a short, link-free block (labels, headings, captions): near neutral, a
/// little negative so that a container full of labels loses to its prose child.
pub const SHORT_BLOCK_WEIGHT: f64 = -0.1;
/// Bonus factor for a container whose class/id says content (`article-body`).
pub const CONTENT_HINT_BONUS: f64 = 0.1;
/// A parent replaces the best child when it adds this share of its score in prose
/// (siblings split from the body by ads, pull quotes, figures).
pub const CLIMB_GAIN: f64 = 0.0;

/// A story with a feed of other stories under it: inside the chosen container, one
/// `<article>` holds at least this share of the prose…
pub const DOMINANT_ARTICLE_MIN_SHARE: f64 = 0.25;
/// …and this many times the prose of any other `<article>` there…
pub const DOMINANT_ARTICLE_FACTOR: f64 = 4.0;
/// …and at least this share of the others are teasers (a link to another page around
/// their heading or picture): that one `<article>` is the content. Forum replies and a
/// page's own sections link nowhere so.
pub const DOMINANT_ARTICLE_TEASER_SHARE: f64 = 2.0 / 3.0;
/// `<article>` elements that make a feed under a story: the story and two teasers.
pub const DOMINANT_ARTICLE_MIN_ARTICLES: usize = 3;

/// The container moves up to an ancestor holding this many times its prose…
pub const CLIMB_PROSE_FACTOR: f64 = 1.3;
/// …as long as the ancestor keeps this share of its score (the extra prose is not
/// bought with a page's worth of navigation).
pub const CLIMB_MIN_SCORE_RATIO: f64 = 0.7;

/// Characters (non-space, after pruning) a page of short blocks only must hold for
/// those blocks to be read as its content when no container scores above zero: a
/// product card or a grid of names and prices has that much; a sign-in form or an
/// error page has a line or two.
pub const WHOLE_PAGE_MIN_CHARS: u32 = 200;
/// Bytes of a JSON object or array, alone in an element, that make it a script's data
/// rather than text (a product grid's state parked in a hidden `<div>`); a short
/// `{"a": 1}` in prose about code stays.
pub const DATA_BLOB_MIN_CHARS: usize = 200;
/// Bytes of text under which a strict reading of at most `THIN_MAX_BLOCKS` blocks is
/// thin (a paragraph or two): the page is read again without class words.
pub const THIN_CONTENT_CHARS: usize = 600;
/// Most blocks of a thin strict reading: a notice, a legal line, a title and its dek.
/// More blocks are a short page of its own (a small grid, a brief).
pub const THIN_MAX_BLOCKS: usize = 3;
/// How many times the thin reading's text the relaxed reading must find to replace it.
pub const THIN_RELAXED_FACTOR: usize = 4;
/// Text that ends a page's main content when it stands alone in a short block.
pub const MIN_CONTENT_CHARS: u32 = 40;
/// With `--favor recall`, link-dense blocks are still kept below this density
/// (teaser lists with some prose).
pub const RECALL_MAX_LINK_DENSITY: f64 = 0.8;
/// Average anchor length (non-space chars) from which a link-dense block is a teaser
/// (a headline or product name) rather than navigation (one- or two-word links).
pub const TEASER_MIN_LINK_CHARS: u32 = 22;
/// Weight of teaser characters: positive, so an index of teasers can be the content of a
/// page without prose, but small, so that prose outweighs a "related" list.
pub const TEASER_WEIGHT: f64 = 0.3;
/// Teasers are kept when they make up at least this share of the container's text
/// (the container is an index), and dropped otherwise (a related list in an article).
pub const TEASER_CONTAINER_SHARE: f64 = 0.3;
/// Prose (non-space chars) that makes the best article-mode container an authored text;
/// below it the page is read as an index, where teasers are the content.
pub const ARTICLE_MIN_PROSE_CHARS: u32 = 1000;
/// The same for a page that declares itself an article (`og:type`, JSON-LD): a short
/// news item is still an article.
pub const DECLARED_ARTICLE_MIN_PROSE_CHARS: u32 = 150;
/// A declared article is still read as an index when its item cards hold this many
/// times the article's prose (category pages that carry `og:type=article`).
pub const INDEX_OVER_ARTICLE_FACTOR: f64 = 2.0;
/// Unsigned prose holding less than this share of the declared `<main>`'s text is one
/// section of a landing page (an FAQ under the pitch, offers and testimonials around
/// it): the main is read. A post's main holds little beside its text.
pub const LANDING_SECTION_MAX_SHARE: f64 = 0.7;
/// Longest text (bytes) read as an FAQ question ("How much does it cost?"), whose hidden
/// next sibling is its folded answer: a question is one line.
pub const QUESTION_MAX_CHARS: usize = 200;
/// Nodes read of that question row (its text, icon and wrapper elements).
pub const QUESTION_MAX_NODES: usize = 64;
/// Nodes of a `<figure>` searched for the image its caption describes: a figure's image
/// sits beside its caption, and the bound keeps a figure of 100k captions linear.
pub const FIGURE_SCAN_NODES: usize = 256;
/// Longest block read as a bare counter (votes, replies, views) and dropped.
pub const COUNTER_MAX_CHARS: usize = 7;
/// Repeated siblings that make an item group (cards of an index or a product grid):
/// fewer is a coincidence of layout.
pub const MIN_CARDS: usize = 4;
/// Share of a parent's element children that must be the repeated card, so that a
/// container with a few similar boxes among many others is not an index.
pub const MIN_CARD_SHARE: f64 = 0.5;
/// Average anchor length (non-space chars) of a card's links: names and headlines,
/// not the one-word entries of a menu column.
pub const MIN_CARD_LINK_CHARS: u32 = 7;
/// Levels between a picture and the link around it (`<a><picture><img>`).
pub const CARD_IMAGE_LINK_DEPTH: usize = 3;
/// Text besides the links that makes an item with a linked picture a card (a product
/// tile: its name and price under the picture); a row of linked logos or icons has none.
pub const MIN_TILE_TEXT_CHARS: u32 = 20;
/// Weight of card text when the page is read as an index: every card's text counts,
/// links and prices included, as the items are the content.
pub const CARD_WEIGHT: f64 = 0.5;
/// Visible text (bytes) below which structured-data text may replace it.
pub const STRUCTURED_FALLBACK_MAX_CHARS: usize = 400;
/// Structured-data text replaces the visible text only when this many times longer.
pub const STRUCTURED_FALLBACK_FACTOR: f64 = 2.0;

/// Levels climbed from an index's container to find the groups it is one of (a list
/// item's list, the list's column wrapper, the letter section around it).
pub const INDEX_GROUP_CLIMB: usize = 3;
/// List items an element must hold to be one group of a split index: a list, not one
/// entry.
pub const INDEX_GROUP_MIN_ITEMS: usize = 3;
/// Other same-shaped siblings (tag and class) holding text that make an element one group
/// of a split index: two more, so that a lone pair of lists is no index split.
pub const INDEX_GROUP_MIN_SIBLINGS: usize = 2;
/// Levels climbed from a thread's container to find the post it lies in (the post's
/// body, its text wrapper, the post).
pub const THREAD_POST_CLIMB: usize = 4;
/// Other posts (same tag and class, holding text) beside an element that make it one post
/// of a thread.
pub const THREAD_MIN_OTHER_POSTS: usize = 1;
/// Headings, and paragraphs, that a linked heading's parent holds for the heading to be a
/// section title in the text's flow (a buying guide's product headings), not a teaser's.
pub const FLOW_MIN_HEADINGS: usize = 3;
/// See [`FLOW_MIN_HEADINGS`].
pub const FLOW_MIN_PARAGRAPHS: usize = 3;
/// Siblings read on either side of a heading when counting the flow around it (text
/// nodes and whitespace among them), so that a parent of many children costs no more.
pub const FLOW_WINDOW: usize = 64;
/// Words of the paragraph under a heading that make the heading its title, however few
/// headings its parent holds: a teaser's blurb is a line or two, a section's text more.
pub const TITLED_PARAGRAPH_MIN_WORDS: u32 = 60;
/// Elements read after a heading for its section's first paragraph, past a spacer, a
/// rating or a figure set between the title and its text.
pub const FLOW_HEADING_LOOKAHEAD: usize = 4;
/// Most words of a link that titles the description under it in the same block (a
/// resource guide's "Cervantes Institute" over what the site offers): a name, not a
/// sentence.
pub const DESCRIBED_LINK_MAX_WORDS: u32 = 12;
/// Fewest words of the link-free description that makes the link before it its title.
pub const LINK_DESCRIPTION_MIN_WORDS: u32 = 4;
/// Fewest entries (the described link's own among its same-tagged siblings) that make
/// an annotated list of links: a resource guide lists several.
pub const DESCRIBED_LINK_MIN_ENTRIES: usize = 3;

/// Share of the page's text (after pruning) that the sections read on a service page
/// without a main element are gathered up to, climbing from the best-scoring one: most
/// of the page, so that a lone testimonials row is never all of it, with room for the
/// untitled leftovers of pruning (a notice, a menu of services) that are never added.
pub const SERVICE_SPREAD_SHARE: f64 = 0.8;

/// Shortest paragraph dropped when it repeats an earlier one word for word; shorter
/// lines ("Read more", a refrain) may legitimately recur.
pub const REPEAT_MIN_CHARS: usize = 100;
/// Fewest words of a repeated heading dropped once its copied section is gone: a
/// section title; shorter ones ("organic cotton", "Features") label items and tabs.
pub const REPEAT_HEADING_MIN_WORDS: usize = 4;
/// Most of a page's text outside `<noscript>` for the page to be read inside it: a
/// page served for crawlers keeps little more than its banner and a script's notice
/// outside.
pub const NOSCRIPT_PAGE_MAX_OUTSIDE_SHARE: f64 = 0.2;
/// Fewest characters inside `<noscript>` for the page to be read there: a tracking
/// pixel's or a "please enable JavaScript" notice is no page.
pub const NOSCRIPT_PAGE_MIN_CHARS: u32 = 200;

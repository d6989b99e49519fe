//! Metadata: title, authors, dates, site, description, language, image, tags,
//! categories and page type, each from the most trusted source that has it:
//! JSON-LD → OpenGraph/article/Twitter meta → plain and Dublin Core meta → microdata →
//! `<time>` → visible bylines → `<h1>` and `<title>`.

mod address;
mod author_choice;
mod author_links;
mod authors;
mod byline;
mod dates;
mod fields;
mod jsonld;
mod language;
mod months;
mod pagetype;
mod parts;
mod portraits;
mod published;
mod read_shape;
mod regions;
mod sources;
mod taxonomy;
mod title;
mod title_site;

pub use author_choice::late_authors;

use serde_json::Value;

use crate::dom::Dom;
use crate::heuristics::metadata::{
    BYLINE_MAX_LINES, BYLINE_MAX_WORDS, BYLINE_SEARCH_BLOCKS, LANGUAGE_SAMPLE_CHARS,
};
use crate::model::{Block, Metadata, PageType};
use crate::options::Options;
use crate::text::decode_entities;

/// Metadata text: entities decoded, whitespace collapsed.
fn collapse(s: &str) -> String {
    crate::text::collapse(&decode_entities(s))
}

use fields::{description, image, page_url, sitename, terms_of};
use jsonld::{as_text, JsonLd, ARTICLE_TYPES};
pub use pagetype::{Read, Verdict};
use parts::Parts;
use sources::Sources;
pub(crate) use title::key as title_key;

/// Text a page carries in its structured data: JSON-LD `articleBody`, `reviewBody`,
/// `text`, or a Product's `description`. Used when the visible page holds less.
pub fn structured_body(dom: &Dom) -> Option<String> {
    let ld = JsonLd::from_dom(dom);
    let from = |v: &Value, key: &str| {
        v.get(key)
            .and_then(as_text)
            .map(|t| crate::text::decode_entities(&t))
    };
    ld.first_of(ARTICLE_TYPES)
        .and_then(|a| {
            from(a, "articleBody")
                .or_else(|| from(a, "reviewBody"))
                .or_else(|| from(a, "text"))
        })
        .or_else(|| {
            ld.first_of(&["Product"])
                .and_then(|p| from(p, "description"))
        })
        .filter(|t| !t.trim().is_empty())
}

/// Whether the page declares itself an article: `og:type=article` or a JSON-LD
/// article type (news, blog post, report…).
fn declares_article(src: &Sources, ld: &JsonLd) -> bool {
    src.meta("og:type")
        .is_some_and(|t| t.eq_ignore_ascii_case("article"))
        || ld.first_of(jsonld::authored_types()).is_some()
}

/// Whether the page's date is only its record's: the `datePublished` of its main JSON-LD
/// node, on a page with no article node (a CMS's `WebPage`, stamped on every page it
/// serves) and no `article:published_time`. Such a date says when the page was made,
/// not that a text was published, so it does not make the page authored.
fn record_date_only(src: &Sources, main: Option<&Value>, date: Option<&str>) -> bool {
    let (Some(main), Some(date)) = (main, date) else {
        return false;
    };
    if src.meta("article:published_time").is_some() {
        return false;
    }
    let record = main.get("datePublished").and_then(as_text);
    record.is_some_and(|r| r.get(..10).is_some_and(|day| date.starts_with(day)))
}

/// What metadata extraction tells content selection, besides the metadata.
pub struct Prior {
    /// The page declares itself an article (`og:type=article` or a JSON-LD article).
    pub declared_article: bool,
    /// The page type before reading; [`Verdict::settle`] revises it from the blocks read.
    pub verdict: Verdict,
}

/// Extracts the metadata of a parsed page, and what content selection may use of it.
pub fn extract(dom: &Dom, options: &Options) -> (Metadata, Prior) {
    let src = Sources::collect(dom);
    let parts = Parts::new(dom);
    let _ = parts.titles.set(title::declared_keys(&src));
    let ld = JsonLd::from_dom(dom);
    let declared = declares_article(&src, &ld);
    let article = ld.first_of(ARTICLE_TYPES);
    let main = article.or_else(|| ld.first_of(MAIN_ENTITY_TYPES));
    let mut m = Metadata {
        url: page_url(&src, options.base_url.as_deref()),
        ..Metadata::default()
    };
    m.sitename = match sitename(&src, &ld) {
        // The whole title in the site's field: the title's own site part, when it has one.
        Some(s) if fields::is_whole_title(&src, &s) => {
            title_site::site_from_title(src.title.as_deref(), taxonomy::brand(dom)).or(Some(s))
        }
        s => s.or_else(|| title_site::site_from_title(src.title.as_deref(), taxonomy::brand(dom))),
    }
    .and_then(|s| without_trailing_separator(&s));
    m.title = title::choose(
        dom,
        &parts,
        &src,
        main,
        m.sitename.as_deref(),
        m.url.as_deref(),
    );
    m.authors = author_choice::structured_authors(&src, &ld, main);
    let (date, modified) = published::dates_of(dom, &parts, &src, main, m.url.as_deref());
    m.date = date;
    m.date_modified = modified;
    let signals = pagetype::Signals {
        published_meta: src.meta("article:published_time").is_some(),
        has_author: !m.authors.is_empty(),
        has_date: m.date.is_some()
            && !(article.is_none() && record_date_only(&src, main, m.date.as_deref())),
        explainer_title: m.title.as_deref().is_some_and(pagetype::is_explainer),
        ..address_signals(fields::typing_url(&src, m.url.as_deref()).as_deref())
    };
    let mut verdict = pagetype::classify(dom, &parts, &src, &ld, &signals);
    m.page_type = verdict.page_type;
    let og_article = src
        .meta("og:type")
        .is_some_and(|t| t.eq_ignore_ascii_case("article"));
    if !dated(m.page_type) && !signals.published_meta && !og_article {
        m.date = None;
    }
    m.authors = author_choice::settle(dom, &parts, m.authors, m.page_type, m.sitename.as_deref());
    if !m.authors.is_empty() {
        verdict.signed();
    }
    m.description = description(&src, main);
    m.language = src.language.clone();
    // A relative image is relative to the document: its address given, else the
    // address it states for itself.
    m.image = image(&src, main, options.base_url.as_deref().or(m.url.as_deref()));
    (m.tags, m.categories) = terms_of(dom, &parts, &src, main);
    let prior = Prior {
        declared_article: declared,
        verdict,
    };
    (m, prior)
}

/// A site's name without a separator left at its end ("Acme |", "Acme -": a title's
/// template with its page part empty); `None` when nothing is left.
fn without_trailing_separator(name: &str) -> Option<String> {
    let trimmed = name.trim_end_matches(|c: char| {
        c.is_whitespace() || crate::heuristics::metadata::SITE_NAME_TRAILERS.contains(&c)
    });
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

/// JSON-LD types whose node describes the page when no article node does.
const MAIN_ENTITY_TYPES: &[&str] = &[
    "Product",
    "WebPage",
    "ItemPage",
    "CollectionPage",
    "QAPage",
    "Event",
    "Course",
    "Service",
];

/// What the page's address says of its type, the other signals false for the caller
/// to set.
fn address_signals(url: Option<&str>) -> pagetype::Signals {
    use crate::heuristics::metadata::{
        PRODUCT_PATH_SEGMENTS, SERVICE_PATH_SEGMENTS, SHOP_PATH_SEGMENTS,
    };
    pagetype::Signals {
        published_meta: false,
        has_author: false,
        has_date: false,
        explainer_title: false,
        docs_address: url.is_some_and(address::is_docs_address),
        shop_address: url.is_some_and(|u| address::path_has_directory(u, SHOP_PATH_SEGMENTS)),
        service_address: url.is_some_and(|u| address::path_has_segment(u, SERVICE_PATH_SEGMENTS)),
        forum_address: url.is_some_and(address::is_forum_address),
        front_page: url.is_some_and(address::is_front_page),
        product_address: url.is_some_and(|u| address::path_has_directory(u, PRODUCT_PATH_SEGMENTS)),
        post_address: url.is_some_and(address::is_post_address),
        index_address: url.is_some_and(address::is_index_address),
    }
}

/// Whether pages of this type show a publication date: a product page's dates are its
/// reviews' (unless its meta declares a publication time or an article).
fn dated(t: PageType) -> bool {
    t != PageType::Product
}

/// The text after a label that `text` starts with, in any case ("Posted on …",
/// "Author: …"). The label must end there: at the end of the text, a space, a colon or
/// other punctuation, not inside a word.
fn after_label<'t>(text: &'t str, labels: &[&str]) -> Option<&'t str> {
    let t = text.trim_start();
    labels.iter().find_map(|p| {
        let head = t.get(..p.len())?;
        let rest = t.get(p.len()..)?;
        // `head` lower-cased is `p`, compared without allocating: every visible text of
        // a page is tried against every label.
        let same = head.chars().flat_map(char::to_lowercase).eq(p.chars());
        (same && !rest.starts_with(char::is_alphanumeric)).then_some(rest)
    })
}

/// Fills `language` from the main text when the page declares none. Only the leading
/// blocks that make up the detector's sample are rendered: `chars` counts a block's
/// bytes, and a character takes at most four.
pub fn detect_language(m: &mut Metadata, blocks: &[Block], chars: impl Fn(&Block) -> usize) {
    if m.language.is_some() {
        return;
    }
    let mut total = 0;
    let n = blocks
        .iter()
        .take_while(|b| {
            let more = total < LANGUAGE_SAMPLE_CHARS * 4;
            total += chars(b);
            more
        })
        .count();
    m.language = language::detect(&crate::render::text(blocks.get(..n).unwrap_or(blocks)));
}

/// Removes from the body what the metadata already holds: the headline heading and
/// short byline/date lines near the top.
pub fn strip_title_and_byline(blocks: Vec<Block>, m: &Metadata) -> Vec<Block> {
    let title_key = m.title.as_deref().map(title::key);
    let mut out = Vec::with_capacity(blocks.len());
    let mut title_removed = false;
    let thread = m.page_type == PageType::Forum;
    for (i, b) in blocks.into_iter().enumerate() {
        let near_top = i < BYLINE_SEARCH_BLOCKS;
        if !near_top {
            // A stamp further down ("First Published: …", "Last updated on …") is the
            // page's date again, except on a thread, where each post's date heads it.
            let stamp = !thread && matches!(&b, Block::Paragraph { spans } if is_date_stamp(spans));
            if !stamp {
                out.push(b);
            }
            continue;
        }
        if let Block::Heading { spans, .. } | Block::Paragraph { spans } = &b {
            let text = crate::model::spans_text(spans);
            if !title_removed {
                if let Some(k) = &title_key {
                    let shown = title::without_labels(&title_site::cut_site_tail(
                        &text,
                        m.sitename.as_deref(),
                    ));
                    if matches!(b, Block::Heading { .. }) && title::key(&shown) == *k {
                        title_removed = true;
                        continue;
                    }
                }
            }
            // A thread's first post is headed by its poster as every post is.
            if !thread && is_byline_line(&text, m) {
                continue;
            }
        }
        out.push(b);
    }
    out
}

/// A paragraph that only stamps a date: a publication or update label (maybe after
/// "First" or "Last") and a date, in at most [`DATE_STAMP_MAX_WORDS`] words.
fn is_date_stamp(spans: &[crate::model::Span]) -> bool {
    use crate::heuristics::metadata::{
        DATE_LINE_CHARS, DATE_STAMP_MAX_WORDS, DATE_STAMP_ORDINALS, MODIFICATION_LABELS,
        PUBLICATION_LABELS,
    };
    use crate::text::MAX_CHAR_BYTES;
    let bytes: usize = spans.iter().map(|s| s.text.len()).sum();
    if bytes > DATE_LINE_CHARS * MAX_CHAR_BYTES {
        return false;
    }
    let text = crate::model::spans_text(spans);
    let text = text.trim();
    if text.chars().count() > DATE_LINE_CHARS
        || text.split_whitespace().count() > DATE_STAMP_MAX_WORDS
    {
        return false;
    }
    let text = after_label(text, DATE_STAMP_ORDINALS).map_or(text, str::trim_start);
    after_label(text, PUBLICATION_LABELS)
        .or_else(|| after_label(text, MODIFICATION_LABELS))
        .is_some_and(|rest| dates::parse_text(rest, false).is_some())
}

fn is_byline_line(text: &str, m: &Metadata) -> bool {
    let words = text.split_whitespace().count();
    if words == 0 || words > BYLINE_MAX_WORDS {
        return false;
    }
    let lower = text.to_lowercase();
    let names_author = !m.authors.is_empty()
        && m.authors.iter().all(|a| lower.contains(&a.to_lowercase()))
        && (lower.starts_with("by ")
            || lower.starts_with("von ")
            || lower.starts_with("par ")
            || lower.starts_with("por ")
            || words <= m.authors.len() * 4 + 2);
    let is_date_line = dates::parse_text(text, false).is_some() && words <= 8;
    // "The Associated Press<br>Published Monday, November 18, 2019": a credit and a
    // date set on lines of their own.
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let dated_credit = (2..=BYLINE_MAX_LINES).contains(&lines.len())
        && lines
            .iter()
            .any(|l| dates::parse_text(l, false).is_some() && l.split_whitespace().count() <= 8);
    names_author || is_date_line || dated_credit
}

#[cfg(test)]
mod tests;

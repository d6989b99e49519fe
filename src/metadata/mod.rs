//! Metadata: title, authors, dates, site, description, language, image, tags,
//! categories and page type, each from the most trusted source that has it:
//! JSON-LD → OpenGraph/article/Twitter meta → plain and Dublin Core meta → microdata →
//! `<time>` → visible bylines → `<h1>` and `<title>`.

mod address;
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

use serde_json::Value;

use crate::dom::Dom;
use crate::heuristics::metadata::{
    AUTHOR_LABELS, BYLINE_MAX_LINES, BYLINE_MAX_WORDS, BYLINE_SEARCH_BLOCKS, COLOPHON_MIN_ROLES,
    LABELLED_META_PAIRS, LANGUAGE_SAMPLE_CHARS,
};
use crate::model::{Block, Metadata, PageType};
use crate::options::Options;
use crate::text::decode_entities;

/// Metadata text: entities decoded, whitespace collapsed.
fn collapse(s: &str) -> String {
    crate::text::collapse(&decode_entities(s))
}

use authors::clean_declared_authors;
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
            title::site_from_title(src.title.as_deref(), taxonomy::brand(dom)).or(Some(s))
        }
        s => s.or_else(|| title::site_from_title(src.title.as_deref(), taxonomy::brand(dom))),
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
    m.authors = structured_authors(&src, &ld, main);
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
    if m.authors.is_empty() {
        m.authors = shown_authors(dom, &parts, m.page_type);
    } else if site_named(&m.authors, m.sitename.as_deref()) {
        // A brand's name in `<meta name=author>` or a JSON-LD author is the publisher's
        // stamp: a person named in the byline, or portrayed in an author box, wrote the
        // page. With neither the site's name stays (a personal site's name is its
        // author's).
        let forum = m.page_type == PageType::Forum;
        let mut shown = byline::visible_authors(dom, &parts, forum);
        if shown.is_empty() && !forum {
            shown = portraits::portrayed_anywhere(dom, &parts);
        }
        if !shown.is_empty() && !site_named(&shown, m.sitename.as_deref()) {
            m.authors = shown;
        }
    }
    // An author declared (`<meta name=author>`, JSON-LD) that the page never shows is
    // often the account that posted the piece; a "By …" line under the headline signs
    // it.
    if !m.authors.is_empty() && m.page_type != PageType::Forum && !shown_on_page(dom, &m.authors) {
        let signed = byline::signed_below_headline(dom, &parts);
        if !signed.is_empty() {
            m.authors = signed;
        }
    }
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

/// Whether every author named is the site itself (`<meta name=author>` set to the brand).
fn site_named(authors: &[String], site: Option<&str>) -> bool {
    let Some(site) = site.map(title::key).filter(|k| !k.is_empty()) else {
        return false;
    };
    authors.iter().all(|a| title::key(a) == site)
}

/// Whether the page shows some author named: a word of a name (two letters or more) in
/// a text node of the body outside scripts, styles and templates, case aside. A word
/// is enough: the page may print the name shorter ("Jeff Kaufman" for "Jeff T.
/// Kaufman").
fn shown_on_page(dom: &Dom, authors: &[String]) -> bool {
    let names: Vec<String> = authors
        .iter()
        .flat_map(|a| a.split_whitespace())
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| w.chars().count() > 1)
        .collect();
    let holds = |text: &str| {
        if text.is_ascii() {
            let hay = text.as_bytes();
            names
                .iter()
                .any(|w| crate::decode::find_ci(hay, w.as_bytes()).is_some())
        } else {
            let lower = text.to_lowercase();
            names.iter().any(|w| lower.contains(w.as_str()))
        }
    };
    sources::visible_elements(dom)
        .flat_map(|(id, _)| dom.children(id))
        .filter_map(|c| dom.text(c))
        .any(holds)
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

/// Authors shown on the page when no structured source names them: the visible byline
/// on articles and threads (on a thread after the opening post's microdata author, as
/// the first name shown can be an editor's or a moderator's), then microdata on any page
/// but a product's, whose names are its reviewers'.
fn shown_authors(dom: &Dom, parts: &Parts, page_type: PageType) -> Vec<String> {
    let microdata = || {
        sources::microdata_author(dom)
            .map(|a| clean_declared_authors(&a))
            .unwrap_or_default()
    };
    let forum = page_type == PageType::Forum;
    let mut authors = Vec::new();
    if forum {
        authors = microdata();
    }
    if authors.is_empty() && authored(page_type) {
        authors = byline::visible_authors(dom, parts, forum);
    }
    if authors.is_empty() && dated(page_type) && !forum {
        authors = microdata();
    }
    authors
}

/// Whether pages of this type carry a visible byline worth reading.
fn authored(t: PageType) -> bool {
    matches!(t, PageType::Article | PageType::Forum)
}

/// Whether pages of this type show a publication date: a product page's dates are its
/// reviews' (unless its meta declares a publication time or an article).
fn dated(t: PageType) -> bool {
    t != PageType::Product
}

/// Reads the visible bylines of a page that the reading settled as an article when its
/// first verdict was not one (bylines are read only on articles and threads, as other
/// pages name people who are not authors). `first` is that first verdict.
pub fn late_authors(dom: &Dom, m: &mut Metadata, first: PageType) {
    if m.authors.is_empty() && authored(m.page_type) && !authored(first) {
        let parts = Parts::new(dom);
        m.authors = byline::visible_authors(dom, &parts, m.page_type == PageType::Forum);
    }
}

/// Authors from JSON-LD and meta tags.
fn structured_authors(src: &Sources, ld: &JsonLd, main: Option<&Value>) -> Vec<String> {
    if let Some(a) = main.and_then(|m| m.get("author").or_else(|| m.get("creator"))) {
        let names = ld_names(ld, a);
        if !names.is_empty() {
            return names;
        }
    }
    // Scholarly citation tags list every author of a paper, where `author` and
    // Dublin Core often give the first alone.
    for key in [
        "citation_author",
        "citation_authors",
        "author",
        "article:author",
        "dc.creator",
        "dcterms.creator",
        "parsely-author",
        "sailthru.author",
        "byl",
        "cxenseparse:author",
    ] {
        let vals = src.metas(key);
        let names: Vec<String> = vals
            .iter()
            .filter(|v| !v.starts_with("http") && !is_colophon(v))
            .map(|v| {
                if key.starts_with("citation_author") {
                    inverted_name(v)
                } else {
                    v.clone()
                }
            })
            .flat_map(|v| clean_declared_authors(&v))
            .fold(Vec::new(), |mut names: Vec<String>, n| {
                // The same name in two tags (`name=author` and `itemprop=author`).
                if !names.iter().any(|o| o.eq_ignore_ascii_case(&n)) {
                    names.push(n);
                }
                names
            });
        if !names.is_empty() {
            return names;
        }
    }
    labelled_meta_author(src)
}

/// Whether an author tag's value credits the site's makers by their roles ("content:
/// Acme, design: Jane Roe, code: John Doe"): a colophon, which names no page's writer.
/// Two roles at least; one ("Text: Jane Roe") labels the writer.
fn is_colophon(value: &str) -> bool {
    value
        .split(',')
        .filter(|part| {
            part.split_once(':').is_some_and(|(role, name)| {
                let role = role.trim();
                !role.is_empty() && role.chars().all(char::is_alphabetic) && !name.trim().is_empty()
            })
        })
        .count()
        >= COLOPHON_MIN_ROLES
}

/// A bibliographic "Last, First" name turned to "First Last": `citation_author` holds
/// one author per tag, in either order, so its comma never separates two people.
fn inverted_name(value: &str) -> String {
    match value.split_once(',') {
        Some((last, first))
            if !first.contains(',') && !last.trim().is_empty() && !first.trim().is_empty() =>
        {
            format!("{} {}", first.trim(), last.trim())
        }
        _ => value.to_string(),
    }
}

/// The author of a "Written by" label in the link-preview metas that publishing tools
/// write (`twitter:label1` = "Written by", `twitter:data1` = the name).
fn labelled_meta_author(src: &Sources) -> Vec<String> {
    (1..=LABELLED_META_PAIRS)
        .find_map(|n| {
            let label = src.meta(&format!("twitter:label{n}"))?.to_lowercase();
            AUTHOR_LABELS
                .iter()
                .any(|l| label.trim().trim_end_matches(':') == l.trim_end_matches([':', '：']))
                .then(|| src.meta(&format!("twitter:data{n}")))
                .flatten()
        })
        .map(|v| clean_declared_authors(&v))
        .unwrap_or_default()
}

fn ld_names(ld: &JsonLd, v: &Value) -> Vec<String> {
    let items: Vec<&Value> = match v {
        Value::Array(a) => a.iter().collect(),
        other => vec![other],
    };
    let mut out = Vec::new();
    for item in items {
        let item = ld.resolve(item);
        if jsonld::has_type(item, "Organization") {
            continue;
        }
        let name = match item {
            Value::String(s) => Some(s.clone()),
            Value::Object(o) => o.get("name").and_then(as_text).or_else(|| {
                let g = o.get("givenName").and_then(as_text)?;
                let f = o.get("familyName").and_then(as_text).unwrap_or_default();
                Some(format!("{g} {f}"))
            }),
            _ => None,
        };
        if let Some(n) = name {
            for c in clean_declared_authors(&n) {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
    }
    out
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
                    let shown =
                        title::without_labels(&title::cut_site_tail(&text, m.sitename.as_deref()));
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

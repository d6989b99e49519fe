//! Raw metadata sources read from the DOM: meta tags, canonical link, language,
//! `<time>` elements, visible bylines and dates.

use markup5ever::local_name;

use super::collapse;
use super::parts::{Part, Parts};
pub use super::regions::{in_aside, in_meta_column, in_region, Own};
use crate::dom::{Dom, NodeId, ROOT};
use crate::heuristics::metadata::{
    CONTROL_CLIMB, CONTROL_ROLES, DATE_LINE_CHARS, DATE_SCAN_ELEMENTS, LABEL_VALUE_SCAN_NODES,
    MAX_H1, META_COLUMN_PROSE_CHARS, MICRODATA_SCAN_NODES, MODIFICATION_LABELS,
    NEAR_HEADLINE_NODES, NOT_PAGE_AUTHOR_SCOPES, NOT_PAGE_AUTHOR_TYPES, SHORT_ELEMENT_CHARS,
};

/// Meta tags and document-level attributes.
#[derive(Debug, Default)]
pub struct Sources {
    /// `(key, value)`: key is the lower-cased name, property, itemprop or http-equiv.
    pub metas: Vec<(String, String)>,
    /// `<link rel=canonical>`.
    pub canonical: Option<String>,
    /// `<html lang>` or `Content-Language`.
    pub language: Option<String>,
    /// `<title>` text.
    pub title: Option<String>,
}

impl Sources {
    /// Reads every meta tag, the canonical link, the language and the `<title>`.
    pub fn collect(dom: &Dom) -> Self {
        let mut s = Sources::default();
        let mut lang_attr = None;
        for id in dom.descendants(ROOT) {
            let Some(tag) = dom.tag(id) else { continue };
            match *tag {
                local_name!("html") => {
                    lang_attr = dom.attr(id, &local_name!("lang")).map(str::to_owned)
                }
                local_name!("meta") => {
                    let content = dom.attr(id, &local_name!("content"));
                    for key in [
                        local_name!("name"),
                        local_name!("property"),
                        local_name!("itemprop"),
                        local_name!("http-equiv"),
                    ] {
                        if let (Some(k), Some(c)) = (dom.attr(id, &key), content) {
                            for k in k.split_whitespace() {
                                s.metas.push((k.to_ascii_lowercase(), c.to_string()));
                            }
                        }
                    }
                }
                local_name!("link") => {
                    let rel = dom.attr(id, &local_name!("rel")).unwrap_or("");
                    if rel
                        .split_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("canonical"))
                        && s.canonical.is_none()
                    {
                        s.canonical = dom
                            .attr(id, &local_name!("href"))
                            .map(|h| h.trim().to_string())
                            .filter(|h| !h.is_empty());
                    }
                }
                local_name!("title")
                    if s.title.is_none()
                        && dom
                            .element(id)
                            .is_some_and(|e| e.ns == crate::dom::Ns::Html) =>
                {
                    s.title = Some(collapse(&dom.raw_text(id))).filter(|t| !t.is_empty());
                }
                _ => {}
            }
        }
        s.language = lang_attr
            .or_else(|| s.meta("content-language"))
            .or_else(|| s.meta("og:locale"))
            .and_then(|l| bcp47(&l));
        s
    }

    /// First non-empty value of meta `key`.
    pub fn meta(&self, key: &str) -> Option<String> {
        self.metas
            .iter()
            .find(|(k, v)| k == key && !v.trim().is_empty())
            .map(|(_, v)| collapse(v))
    }

    /// All values of meta `key`.
    pub fn metas(&self, key: &str) -> Vec<String> {
        self.metas
            .iter()
            .filter(|(k, v)| k == key && !v.trim().is_empty())
            .map(|(_, v)| v.clone())
            .collect()
    }

    /// Whether numeric dates read month first (US English pages).
    pub fn month_first(&self) -> bool {
        self.language
            .as_deref()
            .is_some_and(|l| l.eq_ignore_ascii_case("en-us") || l.eq_ignore_ascii_case("en"))
    }
}

/// Normalises a language value to BCP 47 (`en_US` → `en-US`), rejecting junk.
pub fn bcp47(raw: &str) -> Option<String> {
    let raw = raw.split([',', ';']).next()?.trim();
    let mut parts = raw.split(['-', '_']);
    let primary = parts.next()?.to_ascii_lowercase();
    if !(2..=3).contains(&primary.len()) || !primary.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let mut out = primary;
    for p in parts {
        if p.is_empty() || p.len() > 8 || !p.chars().all(|c| c.is_ascii_alphanumeric()) {
            break;
        }
        out.push('-');
        match p.len() {
            2 => out.push_str(&p.to_ascii_uppercase()),
            4 => {
                let mut c = p.chars();
                if let Some(f) = c.next() {
                    out.push(f.to_ascii_uppercase());
                    out.push_str(&c.as_str().to_ascii_lowercase());
                }
            }
            _ => out.push_str(&p.to_ascii_lowercase()),
        }
    }
    Some(out)
}

/// The body's elements in document order with their tags, skipping the insides of
/// `script`, `style` and `template` (which hold no visible text).
pub fn visible_elements(dom: &Dom) -> impl Iterator<Item = (NodeId, &markup5ever::LocalName)> {
    let mut walk = dom.descendants(dom.body());
    std::iter::from_fn(move || loop {
        let id = walk.next()?;
        let Some(tag) = dom.tag(id) else { continue };
        if matches!(
            *tag,
            local_name!("script") | local_name!("style") | local_name!("template")
        ) {
            walk.skip_subtree(id);
            continue;
        }
        return Some((id, tag));
    })
}

/// The `datetime` of the first `<time>` outside comments and sidebars, preferring one
/// marked as the publication date.
pub fn time_element(dom: &Dom, parts: &Parts) -> Option<String> {
    let mut first = None;
    for id in dom.descendants(dom.body()) {
        if !dom.is(id, &local_name!("time")) || in_region(dom, parts, id, Own::FooterClasses) {
            continue;
        }
        let dt = dom
            .attr(id, &local_name!("datetime"))
            .map(str::to_owned)
            .or_else(|| Some(dom.raw_text(id)));
        let marked = dom
            .attr(id, &markup5ever::LocalName::from("pubdate"))
            .is_some()
            || parts.has(id, Part::Published);
        if marked {
            return dt;
        }
        // "Last modified <time>": an update, not the publication.
        let modified = std::iter::once(id)
            .chain(dom.ancestors(id))
            .take(crate::heuristics::metadata::MODIFIED_CLIMB)
            .any(|a| parts.has(a, Part::Modified));
        if first.is_none() && !modified {
            first = dt;
        }
    }
    first
}

/// A date element of the headline's own `<article>`, wherever it sits in it: a long
/// interview or essay that closes on its date line ("December 3, 2025. Updated: …"),
/// past the reach of [`visible_date`]'s scan. Other articles nested in it (a related
/// story's card) and its asides are not its own; a modification date is not the
/// publication's.
pub fn article_date(dom: &Dom, parts: &Parts, month_first: bool) -> Option<super::dates::Date> {
    let h1 = headline(dom, parts)?;
    let art = dom
        .ancestors(h1)
        .find(|&a| dom.is(a, &local_name!("article")))?;
    let mut walk = dom.descendants(art);
    while let Some(id) = walk.next() {
        if id != art && dom.is(id, &local_name!("article")) {
            walk.skip_subtree(id);
            continue;
        }
        if !parts.has(id, Part::Date) || parts.has(id, Part::Modified) || in_aside(dom, parts, id) {
            continue;
        }
        let t = dom.raw_text(id);
        if t.len() <= SHORT_ELEMENT_CHARS {
            if let Some(d) = super::dates::parse_text(&t, month_first) {
                return Some(d);
            }
        }
    }
    None
}

/// A visible date in a short date/byline element near the top of the content.
pub fn visible_date(dom: &Dom, parts: &Parts, month_first: bool) -> Option<super::dates::Date> {
    let start = headline(dom, parts).unwrap_or(dom.body());
    let mut seen = 0;
    let mut id = Some(start);
    // Walk forward in document order from the headline.
    while let Some(cur) = id {
        if shows(dom, cur) {
            seen += 1;
        }
        if seen > DATE_SCAN_ELEMENTS {
            break;
        }
        if dom.element(cur).is_some() && parts.has(cur, Part::Date) && !in_aside(dom, parts, cur) {
            let t = dom.raw_text(cur);
            if t.len() <= SHORT_ELEMENT_CHARS {
                if let Some(d) = super::dates::parse_text(&t, month_first) {
                    return Some(d);
                }
            }
        }
        id = dom.next_in_order(cur);
    }
    None
}

/// A visible date in a short text line just before or after the headline: where pages
/// show "Published Feb 4, 2026" or "Updated on July 9, 2025", whatever the markup.
pub fn near_headline_date(
    dom: &Dom,
    parts: &Parts,
    month_first: bool,
) -> Option<super::dates::Date> {
    let h1 = headline(dom, parts)?;
    // A date labelled as an update, given only when the headline has no other.
    let mut update = None;
    let after = std::iter::successors(dom.next_in_order(h1), |&n| dom.next_in_order(n))
        .filter(|&n| shows(dom, n));
    let before = std::iter::successors(dom.prev_in_order(h1), |&n| dom.prev_in_order(n))
        .filter(|&n| shows(dom, n));
    for nodes in [
        after.take(NEAR_HEADLINE_NODES * 4).collect::<Vec<_>>(),
        before.take(NEAR_HEADLINE_NODES).collect(),
    ] {
        let mut texts = 0;
        let mut prose_seen = false;
        for n in nodes {
            if dom
                .tag(n)
                .is_some_and(|t| matches!(*t, local_name!("script") | local_name!("style")))
            {
                continue;
            }
            let Some(t) = dom.text(n) else { continue };
            let t = t.trim();
            if t.is_empty() {
                continue;
            }
            texts += 1;
            if texts > NEAR_HEADLINE_NODES {
                break;
            }
            if t.len() <= DATE_LINE_CHARS
                && (!in_aside(dom, parts, n) || (!prose_seen && in_meta_column(dom, parts, n)))
                && !in_control(dom, n)
            {
                if let Some(d) = super::dates::parse_text(t, month_first) {
                    if !modification_line(dom, n, t) {
                        return Some(d);
                    }
                    update = update.or(Some(d));
                }
            }
            prose_seen |= t.len() >= META_COLUMN_PROSE_CHARS;
        }
    }
    update
}

/// Whether text node `n` is a control's label: inside a `<button>`, a `<select>` or an
/// element whose role is a control's ([`CONTROL_ROLES`]), a few levels up at most.
fn in_control(dom: &Dom, n: NodeId) -> bool {
    dom.ancestors(n).take(CONTROL_CLIMB).any(|a| {
        dom.tag(a)
            .is_some_and(|t| matches!(*t, local_name!("button") | local_name!("select")))
            || dom.attr(a, &local_name!("role")).is_some_and(|r| {
                CONTROL_ROLES
                    .iter()
                    .any(|c| r.trim().eq_ignore_ascii_case(c))
            })
    })
}

/// Whether the date text `t` (node `n`) is labelled as a modification ("Updated:
/// January 2, 2026"), in its own text or the text just before it.
fn modification_line(dom: &Dom, n: NodeId, t: &str) -> bool {
    let labelled = |t: &str| {
        let t = t.to_lowercase();
        MODIFICATION_LABELS.iter().any(|l| t.contains(l))
    };
    if labelled(t) {
        return true;
    }
    std::iter::successors(dom.prev_in_order(n), |&p| dom.prev_in_order(p))
        .take(LABEL_VALUE_SCAN_NODES)
        .find_map(|p| dom.text(p).map(str::trim).filter(|t| !t.is_empty()))
        .is_some_and(|p| {
            // A bare label: a dated update line before this date labels only itself.
            p.len() <= DATE_LINE_CHARS
                && labelled(p)
                && super::dates::parse_text(p, false).is_none()
        })
}

/// Whether a node counts toward a scan's budget: an element or words. A template's
/// comments and indentation (a forum's `<!-- start: postbit -->` markers) do not.
fn shows(dom: &Dom, id: NodeId) -> bool {
    dom.element(id).is_some() || dom.text(id).is_some_and(|t| !t.trim().is_empty())
}

/// The page's `<h1>` elements outside navigation, asides and comments, in order.
/// Found once per page: the title, byline and date searches all start from them.
pub fn h1s(dom: &Dom, parts: &Parts) -> Vec<NodeId> {
    parts
        .h1s
        .get_or_init(|| {
            dom.descendants(dom.body())
                .filter(|&id| dom.is(id, &local_name!("h1")))
                .filter(|&id| !in_aside(dom, parts, id) && dom.trimmed_text_len(id) > 0)
                .take(MAX_H1)
                .collect()
        })
        .clone()
}

/// On a page without an `<h1>`, the element that shows the declared title (site
/// builders set the headline in a styled paragraph): of the texts outside the site
/// header and the asides whose words are those of `<title>`, `og:title` or their head,
/// the one that matches the most words.
fn shown_title(dom: &Dom, parts: &Parts) -> Option<NodeId> {
    let keys = parts.titles.get()?;
    let longest = keys.iter().map(String::len).max()?;
    let mut best: Option<(usize, NodeId)> = None;
    for (id, _) in visible_elements(dom) {
        let Some(text) = dom.children(id).find_map(|c| dom.text(c).map(str::trim)) else {
            continue;
        };
        if text.is_empty() || text.len() > longest * 2 {
            continue;
        }
        let k = super::title::key(text);
        if k.is_empty() || best.is_some_and(|(n, _)| n >= k.len()) || !keys.contains(&k) {
            continue;
        }
        if !in_aside(dom, parts, id) && !in_site_header(dom, id) {
            best = Some((k.len(), id));
        }
    }
    best.map(|(_, id)| id)
}

/// Whether `id` sits in the site header (a `<header>` or `role=banner` without the
/// article, or a link, as logos are).
pub fn in_site_header(dom: &Dom, id: NodeId) -> bool {
    dom.ancestors(id).any(|a| {
        dom.is(a, &local_name!("a"))
            || dom
                .attr(a, &local_name!("role"))
                .is_some_and(|r| r.eq_ignore_ascii_case("banner"))
            || (dom.is(a, &local_name!("header"))
                && !dom
                    .ancestors(a)
                    .any(|b| dom.is(b, &local_name!("article")) || dom.is(b, &local_name!("main"))))
    })
}

/// The address heading `h` links to: the first link inside it, else one around it
/// within `HEADING_LINK_DEPTH` levels, that leads somewhere other than a part of the
/// page (`#…`). An index's headings link to their items; a section's anchor does not.
pub fn heading_link(dom: &Dom, h: NodeId) -> Option<&str> {
    use crate::heuristics::metadata::HEADING_LINK_DEPTH;
    let href = |d: NodeId| {
        dom.is(d, &local_name!("a"))
            .then(|| dom.attr(d, &local_name!("href")))
            .flatten()
            .filter(|t| !t.starts_with('#'))
    };
    dom.descendants(h)
        .find_map(href)
        .or_else(|| dom.ancestors(h).take(HEADING_LINK_DEPTH).find_map(href))
}

/// The page's main `<h1>`: the first one outside the site header, navigation and
/// asides, else the first one at all; on a page without one, the element that shows
/// the declared title.
pub fn headline(dom: &Dom, parts: &Parts) -> Option<NodeId> {
    let all = h1s(dom, parts);
    all.iter()
        .copied()
        .find(|&h| !in_site_header(dom, h))
        .or(all.first().copied())
        .or_else(|| *parts.shown_title.get_or_init(|| shown_title(dom, parts)))
}

/// The first microdata author (`itemprop=author`) that is not a review's or a comment's:
/// its `itemprop=name` (a `content` attribute or text), else its own short text. Pages
/// mark the author up this way even inside hidden blocks meant for machines.
pub fn microdata_author(dom: &Dom) -> Option<String> {
    let has_prop = |id: NodeId, want: &str| {
        dom.attr(id, &local_name!("itemprop")).is_some_and(|p| {
            p.split_ascii_whitespace()
                .any(|t| t.eq_ignore_ascii_case(want))
        })
    };
    let nested_in_other_item = |id: NodeId| {
        dom.ancestors(id).any(|a| {
            NOT_PAGE_AUTHOR_SCOPES.iter().any(|s| has_prop(a, s))
                || dom.has_itemtype(a, NOT_PAGE_AUTHOR_TYPES)
        })
    };
    let author = dom
        .descendants(dom.body())
        .take(MICRODATA_SCAN_NODES)
        .find(|&id| has_prop(id, "author") && !nested_in_other_item(id))?;
    let text_of = |id: NodeId| {
        dom.attr(id, &local_name!("content"))
            .map(str::to_owned)
            .unwrap_or_else(|| super::collapse(&dom.raw_text(id)))
    };
    let name = dom
        .descendants(author)
        .find(|&id| id != author && has_prop(id, "name"))
        .map(text_of)
        .unwrap_or_else(|| text_of(author));
    let name = super::collapse(&name);
    (!name.is_empty() && name.len() <= SHORT_ELEMENT_CHARS).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn microdata_names_the_author_but_not_a_reviewer() {
        let dom = crate::dom::parse(
            r#"<body><div itemscope itemtype="https://schema.org/Review"><span itemprop="author">Pat Critic</span></div>
            <article itemscope itemtype="https://schema.org/DiscussionForumPosting">
            <div class="hidden"><div itemprop="author" itemscope itemtype="https://schema.org/Person">
            <span class="username" itemprop="name">kettle_fan</span></div></div>
            <p>Has anyone descaled a copper kettle with vinegar?</p></article></body>"#,
            10_000,
        )
        .expect("parse");
        assert_eq!(microdata_author(&dom).as_deref(), Some("kettle_fan"));
        let none = crate::dom::parse("<body><p>No author here.</p></body>", 100).expect("parse");
        assert_eq!(microdata_author(&none), None);
    }

    fn first_time(html: &str) -> Option<String> {
        let dom = crate::dom::parse(html, 10_000).expect("parse");
        let parts = Parts::new(&dom);
        time_element(&dom, &parts)
    }

    #[test]
    fn an_articles_own_aside_and_footer_hold_its_time() {
        let sidebar = r#"<aside class="widget"><time datetime="2020-01-01">Recent</time></aside>"#;
        assert_eq!(
            first_time(&format!(
                r#"<body>{sidebar}<article><aside><time datetime="2021-06-06">6 June</time></aside><p>Text.</p></article></body>"#
            ))
            .as_deref(),
            Some("2021-06-06")
        );
        assert_eq!(
            first_time(&format!(
                r#"<body>{sidebar}<article><p>Text.</p><div class="post-footer"><time datetime="2025-08-12">12 Aug</time></div></article></body>"#
            ))
            .as_deref(),
            Some("2025-08-12")
        );
        // Outside an article, a sidebar's and a site footer's times belong to others.
        assert_eq!(
            first_time(&format!(
                r#"<body>{sidebar}<div class="site-footer"><time datetime="2019-05-05">x</time></div></body>"#
            )),
            None
        );
    }

    #[test]
    fn a_last_modified_time_is_not_the_publication() {
        let html = r#"<body><article><p>Text.</p><p class="article-footer__last-modified">
            This page was last modified on <time datetime="2025-08-20">Aug 20, 2025</time></p>
            </article></body>"#;
        assert_eq!(first_time(html), None);
    }

    #[test]
    fn a_layout_class_naming_a_sidebar_around_the_headline_is_no_sidebar() {
        let html = r#"<body><section class="m-article m-article--sidebar-right"><article>
            <h1>Home gyms on any budget</h1><time datetime="2025-01-22">Jan 22, 2025</time>
            <p>Text.</p></article><div class="m-sidebar"><time datetime="2020-02-02">x</time></div>
            </section></body>"#;
        assert_eq!(first_time(html).as_deref(), Some("2025-01-22"));
        let dom = crate::dom::parse(html, 10_000).expect("parse");
        let parts = Parts::new(&dom);
        assert_eq!(h1s(&dom, &parts).len(), 1, "the headline is found");
    }
}

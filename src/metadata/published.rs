//! Which date is the publication date: the sources in their order of trust, and the
//! reading of an ambiguous numeric date (`03-09-2026`) that the page confirms elsewhere.

use serde_json::Value;

use super::dates::{self, Date};
use super::jsonld::as_text;
use super::parts::{Part, Parts};
use super::sources::{self, in_region, Own, Sources};
use crate::dom::{Dom, NodeId};
use crate::heuristics::metadata::{
    DATE_LINE_CHARS, LABEL_VALUE_SCAN_NODES, MAX_LABELLED_DATES, PUBLICATION_LABELS,
};
use markup5ever::local_name;

/// The publication date and the modification date, each by its trust order.
pub fn dates_of(
    dom: &Dom,
    parts: &Parts,
    src: &Sources,
    main: Option<&Value>,
    url: Option<&str>,
) -> (Option<String>, Option<String>) {
    let month_first = src.month_first();
    let machine = |s: Option<String>| s.and_then(|s| dates::parse_machine(&s, month_first));
    let shown = || {
        sources::near_headline_date(dom, parts, month_first)
            .or_else(|| sources::visible_date(dom, parts, month_first))
            .or_else(|| super::byline::byline_date(dom, parts, month_first))
    };
    let meta = PUBLISHED_META
        .iter()
        .find_map(|k| machine(src.meta(k)))
        .or_else(|| vendor_meta(src).and_then(|v| machine(Some(v))));
    let declared = machine(main.and_then(|m| m.get("datePublished")).and_then(as_text))
        .map(|d| uncontradicted(d, meta.as_ref(), shown));
    let published = declared
        .or(meta)
        .or_else(|| machine(sources::time_element(dom, parts)))
        .or_else(shown)
        .or_else(|| sources::article_date(dom, parts, month_first))
        .or_else(|| labelled_date(dom, parts, month_first))
        .or_else(|| url.and_then(dates::from_url))
        .or_else(|| machine(main.and_then(|m| m.get("dateCreated")).and_then(as_text)))
        .map(|d| confirmed_reading(d, || witnesses(dom, parts, month_first, url)));
    let modified = machine(main.and_then(|m| m.get("dateModified")).and_then(as_text))
        .or_else(|| MODIFIED_META.iter().find_map(|k| machine(src.meta(k))));
    (published.map(|d| d.iso()), modified.map(|d| d.iso()))
}

/// Meta keys of the publication date, most trusted first.
const PUBLISHED_META: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "published",
    "published-date",
    "pub_date",
    "publication_date",
    "og:publish_date",
    "article:published",
    "article_date_original",
    "parsely-pub-date",
    "sailthru.date",
    "cxenseparse:publishtime",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "date",
    "citation_publication_date",
    "article.published",
    // A documentation platform's page date (Microsoft Learn and its imitators).
    "ms.date",
    // Microdata `dateCreated`: when a thread or a post was started.
    "datecreated",
];
/// A publication date under a meta name of a vendor's own (`w-published-date`,
/// `site:published_at`): one of [`PUBLISHED_META_TAILS`] after a separator.
fn vendor_meta(src: &Sources) -> Option<String> {
    src.metas.iter().find_map(|(k, v)| {
        let vendor = PUBLISHED_META_TAILS.iter().any(|tail| {
            k.strip_suffix(tail)
                .is_some_and(|head| head.ends_with(|c: char| !c.is_ascii_alphanumeric()))
        });
        (vendor && !v.trim().is_empty()).then(|| v.clone())
    })
}

/// The ends of vendor meta names that hold the publication date.
const PUBLISHED_META_TAILS: &[&str] = &[
    "published-date",
    "published_date",
    "publish-date",
    "publish_date",
    "published-time",
    "published_time",
    "publish_time",
    "published_at",
    "publishdate",
    "pubdate",
    "datepublished",
];

/// Meta keys of the modification date.
const MODIFIED_META: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "dcterms.modified",
];

/// JSON-LD `datePublished` unless the page shows another day beside its headline or
/// byline and no meta tag backs the JSON-LD: a structured date the page contradicts is
/// often its record's (a CMS's `WebPage` node, a re-import), while the shown date is
/// what readers are told. On wcxb-dev, of 36 pages where the two disagree, the shown
/// date matches the truth on 26 and the JSON-LD date on 5.
fn uncontradicted(date: Date, meta: Option<&Date>, shown: impl FnOnce() -> Option<Date>) -> Date {
    if meta.is_some_and(|m| m.same_day(&date)) {
        return date;
    }
    match shown() {
        // "10/09/2024" beside a JSON-LD 2024-09-10 is the same day, read the other way.
        Some(s) if !s.same_day(&date) && !s.swapped().is_some_and(|w| w.same_day(&date)) => s,
        _ => date,
    }
}

/// An ambiguous numeric date (`03-09-2026`: March 9 or 3 September) takes the other
/// reading when the page states that day plainly elsewhere and never this one: the
/// locale guess is a guess, a second statement of the date is evidence.
fn confirmed_reading(date: Date, witnesses: impl FnOnce() -> Vec<Date>) -> Date {
    let Some(other) = date.swapped() else {
        return date;
    };
    let seen = witnesses();
    if seen.iter().any(|w| w.same_day(&other)) && !seen.iter().any(|w| w.same_day(&date)) {
        other
    } else {
        date
    }
}

/// The dates a page states without ambiguity: every `<time datetime>`, the visible
/// date near the headline or in a date element, and a date in the URL.
fn witnesses(dom: &Dom, parts: &Parts, month_first: bool, url: Option<&str>) -> Vec<Date> {
    let times = dom
        .descendants(dom.body())
        .filter(|&id| dom.is(id, &local_name!("time")))
        .filter_map(|id| dom.attr(id, &local_name!("datetime")))
        .filter_map(|v| dates::parse_machine(v, month_first));
    times
        .chain(sources::near_headline_date(dom, parts, month_first))
        .chain(sources::visible_date(dom, parts, month_first))
        .chain(url.and_then(dates::from_url))
        .filter(|d| !d.ambiguous)
        .collect()
}

/// A date the page labels as the publication ("Posted on …", "Published: …") or puts in
/// an element classed as the published date, anywhere outside sidebars, footers and
/// comments: the byline row of a page whose headline sits far from it. A page with more
/// than [`MAX_LABELLED_DATES`] such dates lists posts, and gives none.
fn labelled_date(dom: &Dom, parts: &Parts, month_first: bool) -> Option<Date> {
    let mut found = Vec::new();
    let mut walk = sources::visible_elements(dom);
    for (id, _) in walk.by_ref() {
        let text = if parts.has(id, Part::Published) {
            short_text(dom, id, DATE_LINE_CHARS)
        } else {
            labelled_line(dom, id)
        };
        let Some(text) = text.filter(|t| t.len() <= DATE_LINE_CHARS) else {
            continue;
        };
        if in_region(dom, parts, id, Own::Asides) {
            continue;
        }
        if let Some(d) = dates::parse_text(&text, month_first) {
            if !found.iter().any(|f: &Date| f.same_day(&d)) {
                found.push(d);
            }
            if found.len() > MAX_LABELLED_DATES {
                return None;
            }
        }
    }
    found.into_iter().next()
}

/// The line of a publication label among `id`'s own text: the label's text node, with the
/// text after it when the label stands alone ("Published" + "July 8, 2025").
fn labelled_line(dom: &Dom, id: NodeId) -> Option<String> {
    let labelled =
        |t: &str| t.len() <= DATE_LINE_CHARS && super::after_label(t, PUBLICATION_LABELS).is_some();
    let label = dom
        .children(id)
        .find(|&c| dom.text(c).is_some_and(labelled))?;
    let line = dom.text(label)?.trim().to_string();
    if dates::parse_text(&line, false).is_some() {
        return Some(line);
    }
    std::iter::successors(dom.next_in_order(label), |&c| dom.next_in_order(c))
        .take(LABEL_VALUE_SCAN_NODES)
        .find_map(|c| dom.text(c).map(str::trim).filter(|t| !t.is_empty()))
        .map(|t| format!("{line} {t}"))
}

/// The text below `id` when it is short: `None` past `max` bytes or `max` nodes, so a
/// large element classed like a date costs no more than a short one.
fn short_text(dom: &Dom, id: NodeId, max: usize) -> Option<String> {
    let mut out = String::new();
    for (seen, n) in dom.descendants(id).enumerate() {
        if seen >= max {
            return None;
        }
        if let Some(t) = dom.text(n) {
            out.push_str(t);
            if out.len() > max {
                return None;
            }
        }
    }
    Some(out)
}

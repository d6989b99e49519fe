//! Which date is the publication date: the sources in their order of trust, and the
//! reading of an ambiguous numeric date (`03-09-2026`) that the page confirms elsewhere.

use serde_json::Value;

use super::dates::{self, Date};
use super::jsonld::as_text;
use super::parts::Parts;
use super::sources::{self, Sources};
use crate::dom::Dom;
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
    let meta = PUBLISHED_META.iter().find_map(|k| machine(src.meta(k)));
    let declared = machine(main.and_then(|m| m.get("datePublished")).and_then(as_text))
        .map(|d| uncontradicted(d, meta.as_ref(), shown));
    let published = declared
        .or(meta)
        .or_else(|| machine(sources::time_element(dom, parts)))
        .or_else(shown)
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

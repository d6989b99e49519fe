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
    let published = machine(main.and_then(|m| m.get("datePublished")).and_then(as_text))
        .or_else(|| PUBLISHED_META.iter().find_map(|k| machine(src.meta(k))))
        .or_else(|| machine(sources::time_element(dom, parts)))
        .or_else(|| sources::near_headline_date(dom, parts, month_first))
        .or_else(|| sources::visible_date(dom, parts, month_first))
        .or_else(|| super::byline::byline_date(dom, parts, month_first))
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

//! Which authors a page gets: the structured sources (JSON-LD, author meta tags, their
//! labelled previews), the visible byline when they name none, and when a declared
//! author gives way to the byline.

use serde_json::Value;

use crate::dom::Dom;
use crate::heuristics::metadata::{AUTHOR_LABELS, COLOPHON_MIN_ROLES, LABELLED_META_PAIRS};
use crate::model::{Metadata, PageType};

use super::authors::clean_declared_authors;
use super::jsonld::{self, as_text, JsonLd};
use super::parts::Parts;
use super::sources::{self, Sources};
use super::{byline, dated, portraits, title};

/// The page's authors from those its structured data declares (`declared`): the shown
/// ones when it declares none; a person the byline names, or an author box portrays,
/// when the declared author is only the site's name; the "By …" line under the headline
/// when the page never shows the declared author.
pub(super) fn settle(
    dom: &Dom,
    parts: &Parts,
    declared: Vec<String>,
    page_type: PageType,
    sitename: Option<&str>,
) -> Vec<String> {
    let mut authors = declared;
    if authors.is_empty() {
        authors = shown_authors(dom, parts, page_type);
    } else if site_named(&authors, sitename) {
        // A brand's name in `<meta name=author>` or a JSON-LD author is the publisher's
        // stamp: a person named in the byline, or portrayed in an author box, wrote the
        // page. With neither the site's name stays (a personal site's name is its
        // author's).
        let forum = page_type == PageType::Forum;
        let mut shown = byline::visible_authors(dom, parts, forum);
        if shown.is_empty() && !forum {
            shown = portraits::portrayed_anywhere(dom, parts);
        }
        if !shown.is_empty() && !site_named(&shown, sitename) {
            authors = shown;
        }
    }
    // An author declared (`<meta name=author>`, JSON-LD) that the page never shows is
    // often the account that posted the piece; a "By …" line under the headline signs
    // it.
    if !authors.is_empty() && page_type != PageType::Forum && !shown_on_page(dom, &authors) {
        let signed = byline::signed_below_headline(dom, parts);
        if !signed.is_empty() {
            authors = signed;
        }
    }
    authors
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
pub(super) fn structured_authors(src: &Sources, ld: &JsonLd, main: Option<&Value>) -> Vec<String> {
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

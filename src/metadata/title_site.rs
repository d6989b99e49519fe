//! The site's name in titles: cut from a declared title ("Headline | Site",
//! "标题_新闻网") or from a headline that repeats it, and read from `<title>` when no
//! metadata names the site.

use super::collapse;
use super::title::key;
use crate::heuristics::metadata::{
    SEPARATORS, SITE_DOMAIN_ENDINGS, SITE_ONLY_SEPARATORS, SITE_TAIL_MAX_WORDS,
    SITE_TAIL_SEPARATORS,
};

/// Cuts the site name from a title: a part matching the site name, else a short tail.
pub fn strip_site(title: &str, site: Option<&str>) -> String {
    let title = collapse(title);
    // " | Site": a template that printed an empty headline before the site's name.
    let padded = format!(" {title}");
    if SEPARATORS.iter().any(|sep| padded.starts_with(sep)) {
        return String::new();
    }
    let mut parts = vec![title.clone()];
    let mut used_sep = None;
    for sep in SEPARATORS {
        if title.contains(sep) {
            parts = title.split(sep).map(|p| p.trim().to_string()).collect();
            used_sep = Some(*sep);
            break;
        }
    }
    let site_key = site.map(key).unwrap_or_default();
    let is_site = |p: &str| {
        let k = key(p);
        !site_key.is_empty()
            && (k == site_key || (site_key.contains(&k) && k.len() > 2) || k.contains(&site_key))
            || looks_like_domain(p)
    };
    if parts.len() < 2 {
        return strip_unspaced_site(title, &site_key, is_site);
    }
    let kept: Vec<&String> = parts.iter().filter(|p| !is_site(p)).collect();
    // "Headline / Board / Site": past the headline, the parts before the site's name are
    // its sections.
    if kept.len() >= 2 && parts.last().is_some_and(|p| is_site(p)) && used_sep != Some(" : ") {
        return parts.first().cloned().unwrap_or_default();
    }
    if kept.len() < parts.len() && !kept.is_empty() {
        let rest = kept
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(used_sep.unwrap_or(" "));
        // The site named twice, by two separators ("Site | site.com - Headline"): the
        // rest loses its other site-named part too.
        return without_site_parts(&rest, &is_site);
    }
    // "Headline | Section | Site": the headline is the first part.
    if parts.len() > 2 && used_sep != Some(" : ") {
        return parts.first().cloned().unwrap_or_default();
    }
    // No part names the site: drop a short last (or first) part next to a longer one.
    let first = parts.first().cloned().unwrap_or_default();
    let last = parts.last().cloned().unwrap_or_default();
    let words = |s: &str| s.split_whitespace().count();
    if used_sep == Some(" : ") {
        return title;
    }
    if words(&last) <= SITE_TAIL_MAX_WORDS
        && (words(&first) > words(&last) || used_sep == Some(" | "))
    {
        let n = parts.len() - 1;
        return parts.get(..n).unwrap_or(&[]).join(used_sep.unwrap_or(" "));
    }
    if words(&first) <= SITE_TAIL_MAX_WORDS && words(&last) > 2 * words(&first) {
        return parts.get(1..).unwrap_or(&[]).join(used_sep.unwrap_or(" "));
    }
    title
}

/// `rest` without the parts that name the site (`is_site`) at the first separator that
/// parts it, when a part is left.
fn without_site_parts(rest: &str, is_site: &dyn Fn(&str) -> bool) -> String {
    let Some(sep) = SEPARATORS.iter().find(|sep| rest.contains(*sep)) else {
        return rest.to_string();
    };
    let parts: Vec<&str> = rest.split(sep).map(str::trim).collect();
    let kept: Vec<&str> = parts.iter().copied().filter(|p| !is_site(p)).collect();
    if kept.is_empty() || kept.len() == parts.len() {
        return rest.to_string();
    }
    kept.join(sep)
}

/// `title` without a site's name joined by a separator without spaces ("标题_新闻网",
/// "标题-新华网"): only a part that names the site (`is_site`) goes.
fn strip_unspaced_site(title: String, site_key: &str, is_site: impl Fn(&str) -> bool) -> String {
    // "标题_新闻网": cut only a part that names the site; "标题_频道_新闻网" ends in the
    // site after the headline's section, and the headline is the first part.
    for sep in SITE_ONLY_SEPARATORS {
        let parts: Vec<&str> = title.split(sep).map(str::trim).collect();
        let kept: Vec<&str> = parts.iter().copied().filter(|p| !is_site(p)).collect();
        if parts.len() > 1 && kept.len() < parts.len() && !kept.is_empty() {
            if parts.len() > 2 && parts.last().is_some_and(|p| is_site(p)) {
                return parts.first().map(|p| p.to_string()).unwrap_or_default();
            }
            return kept.join(sep);
        }
    }
    // "标题-新华网": the name alone after the last hyphen or bar.
    for sep in SITE_TAIL_SEPARATORS {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            if !site_key.is_empty() && key(tail) == site_key && !key(head).is_empty() {
                return head.trim().to_string();
            }
        }
    }
    title
}

/// Whether `p` is one word that holds a common domain ending (`SITE_DOMAIN_ENDINGS`):
/// a site's address.
pub(super) fn looks_like_domain(p: &str) -> bool {
    let p = p.trim().to_lowercase();
    !p.contains(' ') && p.contains('.') && SITE_DOMAIN_ENDINGS.iter().any(|t| p.contains(t))
}

/// A headline with the site's own name appended after a separator ("Headline | Site"),
/// as some templates print the document title into the `<h1>`: the name is cut. Only the
/// known site name is cut, never another tail, since a visible headline's subtitle is
/// its own.
pub fn cut_site_tail(text: &str, site: Option<&str>) -> String {
    let Some(site) = site.map(key).filter(|k| !k.is_empty()) else {
        return text.to_string();
    };
    // A tail equal to the site's name in key form ends with the name's last letter; most
    // headings fail that at once, and long ones are spared a search per separator.
    let last_of = |s: &str| s.chars().rev().find(|c| c.is_alphanumeric());
    let lower_last = last_of(text).and_then(|c| last_of(&c.to_lowercase().collect::<String>()));
    if lower_last != last_of(&site) {
        return text.to_string();
    }
    for sep in SEPARATORS {
        if let Some((head, tail)) = text.rsplit_once(sep) {
            if key(tail) == site && !head.trim().is_empty() {
                return head.trim().to_string();
            }
        }
    }
    text.to_string()
}

/// The site's name from `<title>`: the part that matches the header's brand text, else
/// a short last part ("Headline | Site"); else the brand text itself.
pub fn site_from_title(title: Option<&str>, brand: Option<String>) -> Option<String> {
    let title = collapse(title.unwrap_or(""));
    let parts: Vec<&str> = SEPARATORS
        .iter()
        .find(|s| title.contains(**s))
        .map(|s| title.split(*s).map(str::trim).collect())
        .unwrap_or_default();
    if let Some(b) = &brand {
        let bk = key(b);
        let exact = parts.iter().find(|p| !bk.is_empty() && key(p) == bk);
        let within = || {
            parts
                .iter()
                .find(|p| !bk.is_empty() && !key(p).is_empty() && bk.contains(&key(p)))
        };
        if let Some(p) = exact.or_else(within) {
            return Some((*p).to_string());
        }
    }
    match (parts.first(), parts.last()) {
        (Some(first), Some(last))
            if parts.len() >= 2
                && last.split_whitespace().count() <= SITE_TAIL_MAX_WORDS
                && first.len() >= last.len() =>
        {
            Some((*last).to_string())
        }
        _ => brand,
    }
}

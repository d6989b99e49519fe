//! The fields a page declares and that need no judging: its address, site name,
//! description, image, tags and categories.

use serde_json::Value;

use crate::dom::Dom;

use super::collapse;
use super::jsonld::{as_text, JsonLd, ARTICLE_TYPES};
use super::parts::Parts;
use super::sources::Sources;
use super::taxonomy;
use crate::heuristics::metadata::{DEFAULT_CATEGORY_NAMES, MACHINE_TAG_MIN_KEYS};

/// The page's image: `og:image`, `twitter:image`, then JSON-LD `image`, resolved against
/// `base`.
pub(super) fn image(src: &Sources, main: Option<&Value>, base: Option<&str>) -> Option<String> {
    src.meta("og:image")
        .or_else(|| src.meta("twitter:image"))
        .or_else(|| main.and_then(|v| v.get("image")).and_then(image_of))
        .and_then(|u| crate::render::resolve_url(base, &u))
}

/// The page's address: its canonical link, else `og:url`, else the address given,
/// resolved against the address given.
pub(super) fn page_url(src: &Sources, base: Option<&str>) -> Option<String> {
    src.canonical
        .as_deref()
        .and_then(|c| absolute(base, c))
        .or_else(|| src.meta("og:url").and_then(|c| absolute(base, &c)))
        .or_else(|| base.map(str::to_owned))
}

/// The address the page's type is read from: its own ([`page_url`]), else a relative
/// canonical or `og:url` placed under an unknown host, whose path still says what kind
/// of page it is ("viewtopic.php?id=…", "/blog/…"). Never reported as the page's url.
pub(super) fn typing_url(src: &Sources, url: Option<&str>) -> Option<String> {
    if let Some(u) = url {
        return Some(u.to_string());
    }
    let relative = src
        .canonical
        .clone()
        .or_else(|| src.meta("og:url"))
        .filter(|c| !c.contains("://") && !c.starts_with("//") && !c.trim().is_empty())?;
    crate::render::resolve_url(Some(UNKNOWN_HOST_BASE), relative.trim())
}

/// Where a relative address is placed when the page's own is unknown.
const UNKNOWN_HOST_BASE: &str = "https://unknown.invalid/";

/// The description: JSON-LD's, `og:description`, the `description` meta tag, then
/// `twitter:description`, whitespace collapsed.
pub(super) fn description(src: &Sources, main: Option<&Value>) -> Option<String> {
    main.and_then(|v| v.get("description"))
        .and_then(as_text)
        .or_else(|| src.meta("og:description"))
        .or_else(|| src.meta("description"))
        .or_else(|| src.meta("twitter:description"))
        // Escaped twice ("&amp;nbsp;"), and HTML written into the value.
        .map(|s| without_markup(&collapse(&collapse(&s))))
        .filter(|s| !s.is_empty())
}

/// `s` without the HTML markup a site escaped into a meta value ("<p>I did <a
/// href=…>Advent of Code</a> again.</p>" reads "I did Advent of Code again."): the tags
/// of `ESCAPED_MARKUP_TAGS` go when the value closes one of them (`</p>`), a block's
/// (`is_block_tag`) with a space, an inline one's without. A value that names a tag in its text ("The
/// <table> element represents…") or quotes code ("Task<string>") keeps it.
fn without_markup(s: &str) -> String {
    use crate::heuristics::metadata::ESCAPED_MARKUP_TAGS;
    // The tag at the start of `t` (after its `<`): its name, its length up to and with
    // its `>`, and whether it closes.
    let tag_at = |t: &str| -> Option<(String, usize, bool)> {
        let closing = t.starts_with('/');
        let body = t.get(usize::from(closing)..)?;
        let name: String = body
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        let end = t
            .find(['>', '<'])
            .filter(|&e| t.get(e..).is_some_and(|r| r.starts_with('>')))?;
        // `name` must end where the tag's name ends: at a space, a slash or the `>`.
        let after = body.get(name.len()..)?;
        let bounded = after.starts_with([' ', '/', '>', '\t', '\n']);
        (ESCAPED_MARKUP_TAGS.contains(&name.as_str()) && bounded).then_some((
            name,
            end + 1,
            closing,
        ))
    };
    let closes = s
        .match_indices('<')
        .any(|(at, _)| s.get(at + 1..).and_then(tag_at).is_some_and(|(_, _, c)| c));
    if !closes {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('<') {
        out.push_str(rest.get(..open).unwrap_or(""));
        let after = rest.get(open + 1..).unwrap_or("");
        match tag_at(after) {
            Some((name, len, _)) => {
                // A block's tag (or a line break) parts words; an inline one does not.
                if name == "br"
                    || crate::heuristics::is_block_tag(&markup5ever::LocalName::from(name))
                {
                    out.push(' ');
                }
                rest = after.get(len..).unwrap_or("");
            }
            None => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    crate::text::collapse(&out)
}

/// Tags and categories: `article:tag`, `keywords` and JSON-LD `keywords`;
/// `article:section` and JSON-LD `articleSection`; else the page's visible tag and
/// category lists.
pub(super) fn terms_of(
    dom: &Dom,
    parts: &Parts,
    src: &Sources,
    main: Option<&Value>,
) -> (Vec<String>, Vec<String>) {
    let mut tags: Vec<String> = list_of(&src.metas("article:tag"))
        .into_iter()
        .chain(
            src.meta("keywords")
                .map(|k| split_keywords(&k))
                .filter(|k| !is_prose(k))
                .unwrap_or_default(),
        )
        .chain(
            main.and_then(|v| v.get("keywords"))
                .map(keywords_of)
                .unwrap_or_default(),
        )
        .collect();
    drop_machine_tags(&mut tags);
    dedup(&mut tags);
    let mut categories: Vec<String> = src
        .metas("article:section")
        .into_iter()
        .chain(
            main.and_then(|v| v.get("articleSection"))
                .map(keywords_of)
                .unwrap_or_default(),
        )
        .map(|s| collapse(&s))
        .filter(|s| !s.is_empty())
        .collect();
    dedup(&mut categories);
    if tags.is_empty() || categories.is_empty() {
        let (visible_tags, visible_cats) = taxonomy::visible_terms(dom, parts);
        if tags.is_empty() {
            tags = visible_tags;
        }
        if categories.is_empty() {
            categories = visible_cats;
        }
    }
    categories.retain(|c| !DEFAULT_CATEGORY_NAMES.contains(&c.to_lowercase().as_str()));
    tags.retain(|t| names_a_topic(t));
    categories.retain(|c| names_a_topic(c));
    (tags, categories)
}

/// Whether a term can name a topic: it holds a letter or a digit (a permalink's "¶"
/// holds neither), and is no record's number (a story's id, "18153161"; a year,
/// "2024", is a topic).
fn names_a_topic(term: &str) -> bool {
    use crate::heuristics::metadata::TERM_MAX_DIGITS;
    term.chars().any(char::is_alphanumeric)
        && !(term.chars().all(|c| c.is_ascii_digit()) && term.len() > TERM_MAX_DIGITS)
}

/// An absolute address: `url` itself, or resolved against `base`.
fn absolute(base: Option<&str>, url: &str) -> Option<String> {
    if url.contains("://") {
        return Some(url.to_string()).filter(|u| has_host(u));
    }
    base.and_then(|b| crate::render::resolve_url(Some(b), url))
        .filter(|u| has_host(u))
}

/// Whether an absolute address names a host: a template's `https:///path`, its host
/// left empty, leads nowhere.
fn has_host(url: &str) -> bool {
    url.split_once("://")
        .is_some_and(|(_, rest)| rest.chars().next().is_some_and(|c| c != '/'))
}

fn dedup(v: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    v.retain(|s| seen.insert(s.to_lowercase()));
}

fn list_of(v: &[String]) -> Vec<String> {
    v.iter()
        .map(|s| collapse(s))
        .filter(|s| !s.is_empty())
        .collect()
}

fn split_keywords(s: &str) -> Vec<String> {
    s.split([',', ';'])
        .map(collapse)
        .filter(|s| !s.is_empty() && s.chars().count() < 60)
        .collect()
}

fn keywords_of(v: &Value) -> Vec<String> {
    match v {
        // JSON-LD strings can carry HTML's entities ("Food &amp; Drink"): decoded before
        // the split, whose `;` would cut them.
        Value::String(s) => split_keywords(&crate::text::decode_entities(s)),
        Value::Array(a) => a.iter().filter_map(as_text).map(|s| collapse(&s)).collect(),
        _ => Vec::new(),
    }
}

fn image_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Array(a) => a.first().and_then(image_of),
        Value::Object(o) => o
            .get("url")
            .or_else(|| o.get("contentUrl"))
            .and_then(as_text),
        _ => None,
    }
}

pub(super) fn sitename(src: &Sources, ld: &JsonLd) -> Option<String> {
    src.meta("og:site_name")
        .or_else(|| {
            ld.first_of(&["WebSite"])
                .and_then(|w| w.get("name"))
                .and_then(as_text)
        })
        .or_else(|| {
            ld.first_of(ARTICLE_TYPES)
                .and_then(|a| a.get("publisher"))
                .map(|p| ld.resolve(p))
                .and_then(|p| p.get("name"))
                .and_then(as_text)
        })
        .or_else(|| src.meta("application-name"))
        .or_else(|| {
            ld.first_of(&["Organization", "NewsMediaOrganization"])
                .and_then(|w| w.get("name"))
                .and_then(as_text)
        })
        .map(|s| collapse(&s))
        .filter(|s| !s.is_empty())
}

/// A keywords list that is running text cut at its commas (a page that pasted its
/// opening paragraph there): one of its items holds a sentence's end and the next
/// one's start ("… one another. In ten years").
fn is_prose(items: &[String]) -> bool {
    items.iter().any(|t| {
        t.match_indices(". ").any(|(i, _)| {
            t.get(i + 2..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_uppercase)
        })
    })
}

/// Drops the tags a page sets for its own machinery, not for readers: flags named as
/// identifiers (`_no-apple-news`, `channel_other`, `@post-id:1913719`), and
/// `key: value` pairs when a page sets two or more keys that way (`locale: US`,
/// `displayType: listicle`, `hasProduct: true`): a store of settings, where a single
/// labelled kind ("Category: Moon", "Category: SpaceX") is the reader's.
fn drop_machine_tags(tags: &mut Vec<String>) {
    let key_of = |t: &str| {
        t.split_once(':')
            .map(|(k, _)| k.trim())
            .filter(|k| !k.is_empty() && !k.contains(char::is_whitespace))
            .map(str::to_lowercase)
    };
    let keys: std::collections::HashSet<String> = tags.iter().filter_map(|t| key_of(t)).collect();
    let settings = keys.len() >= MACHINE_TAG_MIN_KEYS;
    tags.retain(|t| {
        let flag =
            t.starts_with(['_', '@']) || (t.contains('_') && !t.contains(char::is_whitespace));
        !(flag || (settings && key_of(t).is_some()))
    });
}

/// A site name that repeats the page's `<title>` or `og:title` with its separators
/// ("Headline | Section | Site"): the template printed the title into the site's field.
pub(super) fn is_whole_title(src: &Sources, name: &str) -> bool {
    let k = super::title::key(name);
    crate::heuristics::metadata::SEPARATORS
        .iter()
        .any(|sep| name.contains(sep))
        && [src.title.clone(), src.meta("og:title")]
            .into_iter()
            .flatten()
            .any(|t| super::title::key(&t) == k)
}

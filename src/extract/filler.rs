//! Blocks that hold no text of the page's own, whatever their container: a template's
//! placeholder left unfilled, a ticker's band that repeats one phrase, a shortcode the
//! content system left unrendered, and a script template's expression left unfilled.

use crate::model::Span;

/// A template's filler text: a block that opens with the typesetters' "Lorem ipsum",
/// which a page shows only where its builder left a placeholder unfilled.
pub(super) fn is_filler(spans: &[Span]) -> bool {
    use crate::heuristics::FILLER_OPENING;
    let head = spans
        .iter()
        .find(|s| !s.text.trim().is_empty())
        .map_or("", |s| s.text.trim_start());
    head.get(..FILLER_OPENING.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(FILLER_OPENING))
}

/// A ticker's band: the block's words are one phrase of at most
/// [`MARQUEE_MAX_PHRASE_WORDS`] words said [`MARQUEE_MIN_REPEATS`] times or more, and
/// nothing else.
///
/// [`MARQUEE_MAX_PHRASE_WORDS`]: crate::heuristics::MARQUEE_MAX_PHRASE_WORDS
/// [`MARQUEE_MIN_REPEATS`]: crate::heuristics::MARQUEE_MIN_REPEATS
pub(super) fn is_marquee(spans: &[Span]) -> bool {
    use crate::heuristics::{MARQUEE_MAX_PHRASE_WORDS, MARQUEE_MIN_REPEATS};
    let words = || {
        spans
            .iter()
            .flat_map(|s| s.text.split(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
    };
    let Some(first) = words().next() else {
        return false;
    };
    // Most blocks part here: their first word is not said that often in them.
    let said: usize = spans
        .iter()
        .map(|s| memchr::memmem::find_iter(s.text.as_bytes(), first.as_bytes()).count())
        .sum();
    if said < MARQUEE_MIN_REPEATS {
        return false;
    }
    let Some(period) = words()
        .skip(1)
        .take(MARQUEE_MAX_PHRASE_WORDS)
        .position(|w| w.eq_ignore_ascii_case(first))
        .map(|p| p + 1)
    else {
        return false;
    };
    let phrase: Vec<&str> = words().take(period).collect();
    let mut n = 0;
    for (i, w) in words().enumerate() {
        if !phrase
            .get(i % period)
            .is_some_and(|p| p.eq_ignore_ascii_case(w))
        {
            return false;
        }
        n = i + 1;
    }
    n % period == 0 && n / period >= MARQUEE_MIN_REPEATS
}

/// A content system's shortcode left unrendered: the block is one tag with attributes
/// ("[convertkit form=1630175]"), a closing tag alone ("[/quote]"), or a tag with
/// attributes, its text and its closing tag ("[button link=… type=big]Send us your
/// review[/button]"). A bracketed word without attributes ("[Updated]") is text.
pub(super) fn is_shortcode(spans: &[Span]) -> bool {
    use crate::heuristics::SHORTCODE_MAX_BYTES;
    if spans.iter().map(|s| s.text.len()).sum::<usize>() > SHORTCODE_MAX_BYTES {
        return false;
    }
    // Most blocks part here, before their text is joined: they open on no bracket.
    let opens = spans
        .iter()
        .map(|s| s.text.trim_start())
        .find(|t| !t.is_empty())
        .is_some_and(|t| t.starts_with('['));
    if !opens {
        return false;
    }
    let text = crate::model::spans_text(spans);
    let text = text.trim();
    let Some(tag) = shortcode_tag(text) else {
        return false;
    };
    let rest = tag.rest.trim();
    if rest.is_empty() {
        return tag.closing || tag.attributes;
    }
    tag.attributes
        && !tag.closing
        && rest
            .strip_suffix(']')
            .and_then(|r| r.strip_suffix(tag.name))
            .is_some_and(|r| r.ends_with("[/"))
}

/// A shortcode tag at the start of a text.
struct Tag<'a> {
    name: &'a str,
    closing: bool,
    /// It holds `name=value` attributes.
    attributes: bool,
    /// The text after the tag's `]`.
    rest: &'a str,
}

/// Reads `[name attr=value …]` or `[/name]` at the start of `text`: a name of letters,
/// digits, `_` and `-` that starts with a letter, then `]` or a space and attributes
/// up to the first `]`.
fn shortcode_tag(text: &str) -> Option<Tag<'_>> {
    use crate::heuristics::SHORTCODE_MAX_NAME;
    let inner = text.strip_prefix('[')?;
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(r) => (true, r),
        None => (false, inner),
    };
    let end = inner.find(']')?;
    let body = inner.get(..end)?;
    let rest = inner.get(end + 1..)?;
    let (name, attrs) = body.split_once(char::is_whitespace).unwrap_or((body, ""));
    let named = name.len() <= SHORTCODE_MAX_NAME
        && name.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
    if !named || body.contains('[') || (closing && !attrs.is_empty()) {
        return None;
    }
    Some(Tag {
        name,
        closing,
        attributes: attrs.contains('='),
        rest,
    })
}

/// A script template's expression left unfilled: the block is one or more `{{ … }}`
/// expressions and nothing else ("{{ DiscussionBoard.errors[11805838].message }}",
/// Vue's, Angular's and Handlebars' syntax), which the page shows only where its script
/// never ran. Not in code: a template language's documentation prints them as examples.
pub(super) fn is_template_expression(spans: &[Span]) -> bool {
    use crate::heuristics::SHORTCODE_MAX_BYTES;
    use crate::model::Style;
    if spans.iter().map(|s| s.text.len()).sum::<usize>() > SHORTCODE_MAX_BYTES
        || spans.iter().any(|s| s.style.has(Style::CODE))
    {
        return false;
    }
    let text = crate::model::spans_text(spans);
    let mut rest = text.trim();
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        let Some(inner) = rest.strip_prefix("{{") else {
            return false;
        };
        let Some(end) = inner.find("}}") else {
            return false;
        };
        if inner.get(..end).is_none_or(|e| e.trim().is_empty()) {
            return false;
        }
        rest = inner.get(end + 2..).unwrap_or("").trim_start();
    }
    true
}

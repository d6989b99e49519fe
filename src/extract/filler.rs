//! Blocks that hold no text of the page's own, whatever their container: a template's
//! placeholder left unfilled, and a ticker's band that repeats one phrase.

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
    // Most blocks part here: their second word differs from their first.
    let Some(first) = words().next() else {
        return false;
    };
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

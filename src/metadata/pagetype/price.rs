//! Prices as a page shows them: a currency sign beside a digit, and a subscription's
//! period after it.

use crate::heuristics::metadata as h;
use crate::model::Span;

/// Whether a block's text shows a price: a currency sign next to a digit ("$38.00",
/// "€ 12", "12,90 €").
pub(in crate::metadata) fn shows_price(spans: &[Span]) -> bool {
    spans.iter().any(|sp| has_price(&sp.text))
}

/// Whether a text node shows a subscription's price, itself (`priced`: it shows a price)
/// or after a price that closed the text before (`open`), and whether it ends on a price
/// whose period may follow.
pub(super) fn price_period(t: &str, priced: bool, open: bool) -> (bool, bool) {
    let period = |rest: &str| {
        let rest: String = rest
            .chars()
            .filter(|c| !c.is_whitespace())
            .take(12)
            .flat_map(char::to_lowercase)
            .collect();
        h::RECURRING_PRICE_SUFFIXES
            .iter()
            .any(|p| rest.starts_with(p))
    };
    if open && period(t) {
        return (true, false);
    }
    if !priced {
        return (false, false);
    }
    // After the last digit of the amount (and a currency sign written after it).
    let end = t
        .rfind(|c: char| c.is_ascii_digit())
        .map_or(t.len(), |i| i + 1);
    let rest = t.get(end..).unwrap_or("");
    let rest = rest.trim_start().trim_start_matches(h::CURRENCY_SIGNS);
    if period(rest) {
        (true, false)
    } else {
        (false, rest.trim().is_empty())
    }
}

/// A currency sign beside a digit.
pub(super) fn has_price(t: &str) -> bool {
    t.char_indices().any(|(i, c)| {
        if !h::CURRENCY_SIGNS.contains(&c) {
            return false;
        }
        let after = t.get(i + c.len_utf8()..).unwrap_or("").trim_start();
        let before = t.get(..i).unwrap_or("").trim_end();
        after.starts_with(|d: char| d.is_ascii_digit())
            || before.ends_with(|d: char| d.is_ascii_digit())
    })
}

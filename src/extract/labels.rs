//! Whole-line labels of widgets: an ad slot's, a control's, a counter's, a reading
//! time's, a relative timestamp's, a recommendation strip's title. A block that says
//! only one of them is no content (`tidy::drop_widget_lines`).

/// Whether a block's label (lower case, trimmed, a trailing `.` or `:` aside) is a
/// widget's line, which tidying drops.
/// `paragraph`: the block is a paragraph; `index`: the page is a listing or collection;
/// `forum`: the page is a thread.
pub(super) fn is_widget_line(label: &str, paragraph: bool, index: bool, forum: bool) -> bool {
    use crate::heuristics::{
        AD_LABELS, COMMENT_SECTION_LABELS, CONTENTS_LABELS, CONTROL_LABELS, PLACEHOLDER_LABELS,
        SIGNUP_LABELS,
    };
    [
        AD_LABELS,
        CONTENTS_LABELS,
        PLACEHOLDER_LABELS,
        CONTROL_LABELS,
        SIGNUP_LABELS,
    ]
    .iter()
    .any(|labels| labels.contains(&label))
        || (!forum && COMMENT_SECTION_LABELS.contains(&label))
        || is_share_line(label)
        || is_counter(label)
        || (paragraph && is_strip_title(label))
        || is_reading_time(label)
        || (!index && is_relative_time(label))
}

/// A share button's caption: one of [`SHARE_VERBS`], and besides it only
/// [`SHARE_TARGETS`] and [`SHARE_PREPOSITIONS`], at most [`SHARE_LINE_MAX_WORDS`] words
/// ("Share on Facebook", "Auf Facebook teilen", "Artikel teilen", "Share this article").
///
/// [`SHARE_VERBS`]: crate::heuristics::SHARE_VERBS
/// [`SHARE_TARGETS`]: crate::heuristics::SHARE_TARGETS
/// [`SHARE_PREPOSITIONS`]: crate::heuristics::SHARE_PREPOSITIONS
/// [`SHARE_LINE_MAX_WORDS`]: crate::heuristics::SHARE_LINE_MAX_WORDS
fn is_share_line(label: &str) -> bool {
    use crate::heuristics::{SHARE_LINE_MAX_WORDS, SHARE_PREPOSITIONS, SHARE_TARGETS, SHARE_VERBS};
    let mut verbs = 0;
    let mut words = 0;
    for w in label.split_whitespace() {
        words += 1;
        if words > SHARE_LINE_MAX_WORDS {
            return false;
        }
        if SHARE_VERBS.contains(&w) {
            verbs += 1;
        } else if !SHARE_TARGETS.contains(&w) && !SHARE_PREPOSITIONS.contains(&w) {
            return false;
        }
    }
    verbs == 1
}

/// A recommendation strip's title ([`RECOMMENDATION_TITLES`] but the shop-only ones, or
/// a title starting as one does, [`RECOMMENDATION_PREFIXES`]: "More from…", "Log in
/// to…"): as a line of its own, the title of a strip whose items went with the chrome.
fn is_strip_title(label: &str) -> bool {
    use crate::heuristics::{
        RECOMMENDATION_PREFIXES, RECOMMENDATION_TITLES, SHOP_ONLY_RECOMMENDATION_TITLES,
    };
    let label = label.trim_end_matches(['!', '…']).trim();
    (RECOMMENDATION_TITLES.contains(&label) && !SHOP_ONLY_RECOMMENDATION_TITLES.contains(&label))
        || RECOMMENDATION_PREFIXES.iter().any(|p| label.starts_with(p))
}

/// A counter's tally alone: a count ("2", "1,204", "1.2k") and one of `COUNTER_WORDS`,
/// or the word, maybe a colon, and the count ("Posts: 31", "Replies 12").
fn is_counter(label: &str) -> bool {
    let mut words = label.split_whitespace();
    let (Some(first), Some(second), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let (count, word) = match first.strip_suffix(':') {
        Some(word) => (second, word),
        None if first.starts_with(|c: char| c.is_ascii_digit()) => (first, second),
        None => (second, first),
    };
    let digits = count.trim_end_matches(['k', 'm']);
    !digits.is_empty()
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        && crate::heuristics::COUNTER_WORDS.contains(&word)
}

/// A reading-time estimate alone: a count, one of `READING_TIME_WORDS`, then "read"; or
/// "Reading time", the count and the unit.
fn is_reading_time(label: &str) -> bool {
    let unit = |u: &str| crate::heuristics::READING_TIME_WORDS.contains(&u.trim_end_matches('.'));
    let count = |n: &str| n.chars().all(|c| c.is_ascii_digit());
    // "Reading time: 5 minutes", "Reading time 5 min".
    if let Some(rest) = label.strip_prefix("reading time") {
        let mut words = rest.trim_start_matches(':').split_whitespace();
        return match (words.next(), words.next(), words.next()) {
            (Some(n), Some(u), None) => count(n) && unit(u),
            _ => false,
        };
    }
    let mut words = label.split_whitespace();
    match (words.next(), words.next(), words.next(), words.next()) {
        (Some(n), Some(u), Some("read"), None) => count(n) && unit(u),
        _ => false,
    }
}

/// A relative timestamp alone: "2 days ago", "an hour ago", "vor 3 Stunden".
fn is_relative_time(label: &str) -> bool {
    use crate::heuristics::RELATIVE_TIME_UNITS;
    let count = |w: &str| {
        matches!(w, "a" | "an" | "one" | "einem" | "einer") || w.chars().all(|c| c.is_ascii_digit())
    };
    let mut words = label.split_whitespace();
    match (words.next(), words.next(), words.next(), words.next()) {
        (Some(n), Some(unit), Some("ago"), None) | (Some("vor"), Some(n), Some(unit), None) => {
            count(n) && RELATIVE_TIME_UNITS.contains(&unit)
        }
        _ => false,
    }
}

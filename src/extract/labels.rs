//! Whole-line labels of widgets: an ad slot's, a control's, a counter's, a reading
//! time's, a relative timestamp's, a recommendation strip's title. A block that says
//! only one of them is no content (`tidy::drop_widget_lines`).

/// Whether a block's label (lower case, trimmed, a trailing `.` or `:` aside) is a
/// widget's line, which tidying drops.
/// `paragraph`: the block is a paragraph; `index`: the page is a listing or collection;
/// `forum`: the page is a thread.
pub(super) fn is_widget_line(label: &str, paragraph: bool, index: bool, forum: bool) -> bool {
    use crate::heuristics::{
        AD_LABELS, COMMENT_SECTION_LABELS, CONTENTS_LABELS, CONTROL_LABELS, FORUM_BOX_LABELS,
        FORUM_STATUS_LABELS, PLACEHOLDER_LABELS, SHOP_TERMS_LABELS, SIGNUP_LABELS,
    };
    [
        AD_LABELS,
        SHOP_TERMS_LABELS,
        CONTENTS_LABELS,
        PLACEHOLDER_LABELS,
        CONTROL_LABELS,
        SIGNUP_LABELS,
    ]
    .iter()
    .any(|labels| labels.contains(&label))
        || (!forum && COMMENT_SECTION_LABELS.contains(&label))
        || (forum
            && (FORUM_STATUS_LABELS.contains(&label)
                || FORUM_BOX_LABELS.contains(&label)
                || is_profile_field(label)
                || is_board_statistic(label)
                || is_credit(label)))
        || is_pager(label)
        || is_share_line(label)
        || is_control_row(label)
        || is_sort_control(label)
        || is_counter(label)
        || (paragraph && is_strip_title(label))
        || is_reading_time(label)
        || (!index && is_relative_time(label))
}

/// Whether a line (its label) is a poster's panel field's name alone, whose value is the
/// next line: one of [`FORUM_PROFILE_FIELDS`] or [`FORUM_PANEL_TALLIES`].
///
/// [`FORUM_PROFILE_FIELDS`]: crate::heuristics::FORUM_PROFILE_FIELDS
/// [`FORUM_PANEL_TALLIES`]: crate::heuristics::FORUM_PANEL_TALLIES
pub(super) fn is_panel_field_name(label: &str) -> bool {
    use crate::heuristics::{FORUM_PANEL_TALLIES, FORUM_PROFILE_FIELDS};
    FORUM_PROFILE_FIELDS.contains(&label) || FORUM_PANEL_TALLIES.contains(&label)
}

/// A field of a poster's panel ([`FORUM_PROFILE_FIELDS`]), a colon and a value of at most
/// [`FORUM_PROFILE_VALUE_MAX_WORDS`] words: "registered: 2016-07-02", "from: upper kellow".
///
/// [`FORUM_PROFILE_FIELDS`]: crate::heuristics::FORUM_PROFILE_FIELDS
/// [`FORUM_PROFILE_VALUE_MAX_WORDS`]: crate::heuristics::FORUM_PROFILE_VALUE_MAX_WORDS
fn is_profile_field(label: &str) -> bool {
    use crate::heuristics::{FORUM_PROFILE_FIELDS, FORUM_PROFILE_VALUE_MAX_WORDS};
    label.split_once(':').is_some_and(|(field, value)| {
        let words = value.split_whitespace().count();
        FORUM_PROFILE_FIELDS.contains(&field.trim())
            && (1..=FORUM_PROFILE_VALUE_MAX_WORDS).contains(&words)
    })
}

/// A board statistic: a name of at most [`FORUM_STAT_NAME_MAX_WORDS`] words holding one
/// of [`FORUM_STAT_WORDS`], a colon and a value of at most
/// [`FORUM_STAT_VALUE_MAX_WORDS`] words ("guests online: 17").
///
/// [`FORUM_STAT_WORDS`]: crate::heuristics::FORUM_STAT_WORDS
/// [`FORUM_STAT_NAME_MAX_WORDS`]: crate::heuristics::FORUM_STAT_NAME_MAX_WORDS
/// [`FORUM_STAT_VALUE_MAX_WORDS`]: crate::heuristics::FORUM_STAT_VALUE_MAX_WORDS
fn is_board_statistic(label: &str) -> bool {
    use crate::heuristics::{
        FORUM_STAT_NAME_MAX_WORDS, FORUM_STAT_VALUE_MAX_WORDS, FORUM_STAT_WORDS,
    };
    label.split_once(':').is_some_and(|(name, value)| {
        let names = name.split_whitespace().count();
        (1..=FORUM_STAT_NAME_MAX_WORDS).contains(&names)
            && name
                .split_whitespace()
                .any(|w| FORUM_STAT_WORDS.contains(&w))
            && (1..=FORUM_STAT_VALUE_MAX_WORDS).contains(&value.split_whitespace().count())
    })
}

/// A software credit: [`POWERED_BY`] and a name of at most [`POWERED_BY_MAX_WORDS`]
/// words ("powered by fluxbb").
///
/// [`POWERED_BY`]: crate::heuristics::POWERED_BY
/// [`POWERED_BY_MAX_WORDS`]: crate::heuristics::POWERED_BY_MAX_WORDS
fn is_credit(label: &str) -> bool {
    use crate::heuristics::{POWERED_BY, POWERED_BY_MAX_WORDS};
    label
        .strip_prefix(POWERED_BY)
        .is_some_and(|name| (1..=POWERED_BY_MAX_WORDS).contains(&name.split_whitespace().count()))
}

/// A prompt to the reader: a line of at most [`PROMPT_LINE_MAX_CHARS`] characters that
/// starts as one of [`READER_PROMPTS`] does (a login wall's, a recipe card's); on a
/// thread (`forum`), a who-is-online line or a reaction bar too
/// ([`FORUM_LINE_PREFIXES`]).
///
/// [`READER_PROMPTS`]: crate::heuristics::READER_PROMPTS
/// [`PROMPT_LINE_MAX_CHARS`]: crate::heuristics::PROMPT_LINE_MAX_CHARS
/// [`FORUM_LINE_PREFIXES`]: crate::heuristics::FORUM_LINE_PREFIXES
pub(super) fn is_prompt_line(text: &str, forum: bool) -> bool {
    use crate::heuristics::{FORUM_LINE_PREFIXES, PROMPT_LINE_MAX_CHARS, READER_PROMPTS};
    let t = text.trim();
    t.chars().count() <= PROMPT_LINE_MAX_CHARS && {
        let lower = t.to_lowercase();
        READER_PROMPTS.iter().any(|p| lower.starts_with(p))
            || (forum && FORUM_LINE_PREFIXES.iter().any(|p| lower.starts_with(p)))
    }
}

/// A pager's line: one of [`PAGER_LABELS`], maybe a colon, then only page numbers and
/// [`PAGER_STEPS`] ("pages: 1", "pages: 1 2 3 … 9 next").
///
/// [`PAGER_LABELS`]: crate::heuristics::PAGER_LABELS
/// [`PAGER_STEPS`]: crate::heuristics::PAGER_STEPS
fn is_pager(label: &str) -> bool {
    use crate::heuristics::{PAGER_LABELS, PAGER_STEPS};
    let mut words = label.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let (name, colon) = match first.strip_suffix(':') {
        Some(name) => (name, true),
        None => (first, false),
    };
    let (mut numbers, mut last) = (0, "");
    let only_pages = words.all(|w| {
        let w = w.trim_start_matches(':');
        let number = !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
        if number {
            numbers += 1;
            last = w;
        }
        number || w.is_empty() || PAGER_STEPS.contains(&w)
    });
    // A pager shows several pages; a lone number is a one-page thread's "Pages: 1"
    // ("Page 2" alone is a title's page number, "Pages: 320" a book's length).
    PAGER_LABELS.contains(&name) && only_pages && (numbers >= 2 || (colon && last == "1"))
}

/// A sort control, alone or with its current choice: one of [`SORT_LABELS`], maybe a
/// colon and at most [`SORT_CHOICE_MAX_WORDS`] words ("sort: best match", "sorted by").
///
/// [`SORT_LABELS`]: crate::heuristics::SORT_LABELS
/// [`SORT_CHOICE_MAX_WORDS`]: crate::heuristics::SORT_CHOICE_MAX_WORDS
fn is_sort_control(label: &str) -> bool {
    use crate::heuristics::{SORT_CHOICE_MAX_WORDS, SORT_LABELS};
    match label.split_once(':') {
        Some((name, choice)) => {
            SORT_LABELS.contains(&name.trim())
                && choice.split_whitespace().count() <= SORT_CHOICE_MAX_WORDS
        }
        // "Sorted by:" alone, its colon trimmed with the label's.
        None => SORT_LABELS.contains(&label),
    }
}

/// A row of controls printed as one line, parted by bars: two parts or more, each a
/// control's caption (`CONTROL_LABELS`) or a back link ([`BACK_LINK_PREFIX`]), arrows
/// aside ("« back to club news | print this page").
///
/// [`BACK_LINK_PREFIX`]: crate::heuristics::BACK_LINK_PREFIX
fn is_control_row(label: &str) -> bool {
    use crate::heuristics::{
        BACK_LINK_MAX_WORDS, BACK_LINK_PREFIX, CONTROL_LABELS, CONTROL_ROW_SEPARATORS,
    };
    if !label.contains(CONTROL_ROW_SEPARATORS) {
        return false;
    }
    let mut parts = 0;
    label.split(CONTROL_ROW_SEPARATORS).all(|p| {
        let p = p.trim().trim_matches(['«', '»', '‹', '›', '←', '→', ' ']);
        parts += 1;
        CONTROL_LABELS.contains(&p)
            || (p.starts_with(BACK_LINK_PREFIX)
                && p.split_whitespace().count() <= BACK_LINK_MAX_WORDS)
    }) && parts >= 2
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
/// or the word, maybe a colon, and the count ("Posts: 31", "Replies 12"); or a question's
/// view tally ("Viewed 1k times").
fn is_counter(label: &str) -> bool {
    if let Some(count) = label
        .strip_prefix("viewed ")
        .and_then(|r| r.strip_suffix(" times").or_else(|| r.strip_suffix(" time")))
    {
        return is_count(count);
    }
    let mut words = label.split_whitespace();
    let (Some(first), Some(second), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let (count, word) = match first.strip_suffix(':') {
        Some(word) => (second, word),
        None if first.starts_with(|c: char| c.is_ascii_digit()) => (first, second),
        None => (second, first),
    };
    is_count(count) && crate::heuristics::COUNTER_WORDS.contains(&word)
}

/// A tally's count: digits with thousands separators, maybe "k" or "m" ("1,204", "1.2k").
fn is_count(count: &str) -> bool {
    let digits = count.trim_end_matches(['k', 'm']);
    !digits.is_empty()
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

/// A reading-time estimate alone: a count, one of `READING_TIME_WORDS`, then "read"; or
/// "Reading time", the count and the unit.
fn is_reading_time(label: &str) -> bool {
    let unit = |u: &str| crate::heuristics::READING_TIME_WORDS.contains(&u.trim_end_matches('.'));
    let count = |n: &str| n.chars().all(|c| c.is_ascii_digit());
    // "Reading time: 5 minutes", "Reading time 5 min", "Tempo de leitura: 2 minutos".
    let named = crate::heuristics::READING_TIME_NAMES
        .iter()
        .find_map(|name| label.strip_prefix(name));
    if let Some(rest) = named {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pager_line_but_not_a_books_length_or_a_titles_page() {
        assert!(is_pager("pages: 1"));
        assert!(is_pager("pages: 1 2 3 … 9 next"));
        assert!(is_pager("page 1 2"));
        assert!(!is_pager("pages: 320"), "a book's length");
        assert!(!is_pager("page 2"), "a title's page number");
        assert!(!is_pager("pages: 1 of the manual"));
    }

    #[test]
    fn a_posters_panel_and_the_boards_statistics() {
        assert!(is_profile_field("registered: 2016-07-02"));
        assert!(is_profile_field("from: upper kellow"));
        assert!(!is_profile_field(
            "from: the archive of the old society in the town"
        ));
        assert!(!is_profile_field("registered"));
        assert!(is_board_statistic(
            "total number of registered users: 3,918"
        ));
        assert!(is_board_statistic(
            "newest registered user: bobbinwinder_bea"
        ));
        assert!(!is_board_statistic("note: the users of this forum agree"));
        assert!(is_credit("powered by fluxbb"));
        assert!(!is_credit(
            "powered by the sun and the wind over the hill farm"
        ));
        // On a thread only; elsewhere the same lines are text.
        assert!(is_widget_line("offline", true, false, true));
        assert!(is_widget_line(
            "top posters in this topic",
            false,
            false,
            true
        ));
        assert!(!is_widget_line("offline", true, false, false));
        assert!(!is_widget_line("powered by ai", true, false, false));
        assert!(
            is_widget_line("[edit]", true, false, false),
            "a wiki's edit link"
        );
        assert!(is_widget_line(
            "tax included. shipping calculated at checkout",
            true,
            false,
            false
        ));
    }

    #[test]
    fn a_row_of_controls() {
        assert!(is_control_row("« back to club news | print this page"));
        assert!(is_control_row("share | print"));
        assert!(!is_control_row("back to the land | a memoir"));
        assert!(!is_control_row("print this page"));
    }

    #[test]
    fn a_sort_control_with_its_choice() {
        assert!(is_sort_control("sort: best match"));
        assert!(is_sort_control("sorted by"));
        assert!(!is_sort_control(
            "sort: the pears by ripeness before the first frost comes"
        ));
        assert!(!is_sort_control("note: best match"));
    }

    #[test]
    fn control_and_ad_lines() {
        for label in [
            "subscribe",
            "sponsored links",
            "trending news",
            "related tags",
            "rating",
            "where to buy",
            "you might like",
        ] {
            assert!(is_widget_line(label, true, false, false), "{label}");
        }
    }

    #[test]
    fn reading_times() {
        assert!(is_reading_time("reading time: 5 minutes"));
        assert!(is_reading_time("tempo de leitura: 1 minuto"));
        assert!(is_reading_time("lesezeit: 4 minuten"));
        assert!(is_reading_time("4 min read"));
        assert!(!is_reading_time("reading time matters more than length"));
    }

    #[test]
    fn tallies() {
        assert!(is_counter("viewed 1k times"));
        assert!(is_counter("posts: 31"));
        assert!(is_counter("1.2k views"));
        assert!(!is_counter("viewed from the north ridge at times"));
    }

    #[test]
    fn prompt_lines() {
        assert!(is_prompt_line("You are not logged in.", false));
        assert!(is_prompt_line(
            "You must log in or register to reply to this topic.",
            false
        ));
        assert!(!is_prompt_line(
            "You must log in to the router's admin page first, then open the wireless \
             settings and change the channel to one that your neighbours are not using.",
            false
        ));
        assert!(is_prompt_line(
            "Tried this recipe? Tag @pantry so we can see it!",
            false
        ));
        assert!(is_prompt_line(
            "Users browsing this forum: jroe and 6 guests",
            true
        ));
        assert!(!is_prompt_line(
            "Users browsing this forum: jroe and 6 guests",
            false
        ));
    }
}

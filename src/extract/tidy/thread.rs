//! Tidying a thread's blocks: what is left of the post headers once pruned (a panel's
//! field names, a reply's repeated subject, a date printed twice).

use crate::metadata;
use crate::model::Block;

use super::{drop_marked, label_of, line_spans};

/// On a thread, drops a date line that a line near it repeats after one word ("October
/// 29, 2025" above "Posted October 29, 2025 (edited)"): a post header printing its date
/// twice. An edit's line ("Last edited: …") dates the edit, not the post.
pub(in crate::extract) fn drop_repeated_dates(blocks: &mut Vec<Block>) {
    use crate::heuristics::{POST_TIME_MAX_CHARS, REPEATED_DATE_REACH};
    let texts: Vec<Option<String>> = blocks
        .iter()
        .map(|b| line_spans(b).map(|s| crate::model::spans_text(s).trim().to_string()))
        .collect();
    let repeated = |i: usize| {
        let Some(Some(t)) = texts.get(i) else {
            return false;
        };
        if t.is_empty()
            || t.len() > POST_TIME_MAX_CHARS
            || !t.contains(|c: char| c.is_ascii_digit())
        {
            return false;
        }
        let near = i.saturating_sub(REPEATED_DATE_REACH)..=i + REPEATED_DATE_REACH;
        near.filter(|&j| j != i).any(|j| {
            texts.get(j).and_then(Option::as_deref).is_some_and(|o| {
                o.split_once(' ').is_some_and(|(word, rest)| {
                    let word = word.trim_end_matches(':');
                    !word.is_empty()
                        && word.chars().all(char::is_alphabetic)
                        && rest.trim_start().starts_with(t.as_str())
                })
            })
        })
    };
    let drop: Vec<bool> = (0..blocks.len()).map(repeated).collect();
    drop_marked(blocks, drop);
}

/// On a thread, drops a poster's panel set as name and value on two lines ("Joined",
/// "Oct 14, 2011"; "Messages", "18,402"): a field's name alone
/// ([`crate::extract::labels::is_panel_field_name`]) and the short line after it.
pub(in crate::extract) fn drop_panel_pairs(blocks: &mut Vec<Block>) {
    use crate::heuristics::FORUM_PROFILE_VALUE_MAX_WORDS;
    let mut drop = vec![false; blocks.len()];
    for (i, pair) in blocks.windows(2).enumerate() {
        let [name, value] = pair else { continue };
        let label = line_spans(name).and_then(label_of);
        let named = label
            .as_deref()
            .is_some_and(crate::extract::labels::is_panel_field_name);
        // A tally's value is a count: a date after "Messages" heads the next post.
        let tally = label
            .as_deref()
            .is_some_and(|l| crate::heuristics::FORUM_PANEL_TALLIES.contains(&l));
        let counted = || {
            line_spans(value).is_some_and(|v| {
                crate::model::spans_text(v)
                    .chars()
                    .all(|c| !c.is_alphabetic() || matches!(c, 'k' | 'K' | 'm' | 'M'))
            })
        };
        let words = |spans: &[crate::model::Span]| {
            spans
                .iter()
                .map(|s| s.text.split_whitespace().count())
                .sum::<usize>()
        };
        if named
            && (!tally || counted())
            && line_spans(value)
                .map(words)
                .is_some_and(|n| (1..=FORUM_PROFILE_VALUE_MAX_WORDS).contains(&n))
        {
            for k in [i, i + 1] {
                if let Some(d) = drop.get_mut(k) {
                    *d = true;
                }
            }
        }
    }
    // A tally's name alone ("Messages"): its count went as a counter.
    for (i, b) in blocks.iter().enumerate() {
        let tally = line_spans(b)
            .and_then(label_of)
            .is_some_and(|l| crate::heuristics::FORUM_PANEL_TALLIES.contains(&l.as_str()));
        if tally {
            if let Some(d) = drop.get_mut(i) {
                *d = true;
            }
        }
    }
    drop_marked(blocks, drop);
}

/// Drops a thread's reply subjects: a heading or paragraph that says only "Re:" and the
/// thread's title (`title`), as board software heads every reply, the same line each time.
pub(in crate::extract) fn drop_reply_subjects(blocks: &mut Vec<Block>, title: Option<&str>) {
    use crate::heuristics::REPLY_PREFIXES;
    let Some(title) = title.map(metadata::title_key).filter(|t| !t.is_empty()) else {
        return;
    };
    blocks.retain(|b| {
        let (Block::Paragraph { spans } | Block::Heading { spans, .. }) = b else {
            return true;
        };
        let text = crate::model::spans_text(spans);
        let Some((prefix, rest)) = text.trim().split_once(':') else {
            return true;
        };
        let rest = metadata::title_key(rest);
        let subject = REPLY_PREFIXES.contains(&prefix.trim().to_lowercase().as_str())
            && !rest.is_empty()
            && (rest == title
                || title
                    .strip_prefix(rest.as_str())
                    .is_some_and(|r| r.starts_with(' ')));
        !subject
    });
}

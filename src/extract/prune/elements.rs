//! What prune reads of an element before judging it: the marks of what its subtree
//! holds, and the predicates for hidden, folded, dialog, control, question and data
//! elements.

use markup5ever::local_name;

use super::{PruneSettings, Strictness};
use crate::dom::{Dom, NodeId};
use crate::extract::hints::{Hint, Hints};
use crate::heuristics::{
    CONTROL_MAX_CHARS, DATA_BLOB_MIN_CHARS, HIDDEN_TOKENS, MAIN_ITEMPROPS, QUESTION_MAX_CHARS,
    QUESTION_MAX_NODES, SIGNUP_BOX_MAX_CHARS, STREAMED_SEGMENT_ID_PREFIX,
};

/// The node is or holds a declared main-content element: `<main>`, `role=main`, or
/// microdata `itemprop=articleBody`/`reviewBody`.
pub(super) const HOLDS_MAIN: u8 = 1;
/// The node is or holds an `<h1>`: an article header (the one holding the headline)
/// keeps its dek and byline for the later phases; only site headers are chrome.
pub(super) const HOLDS_H1: u8 = 2;
/// The node is or holds an e-mail field (`<input type=email>`).
pub(super) const HOLDS_EMAIL: u8 = 4;
/// The node is or holds a `role=tabpanel`.
pub(super) const HOLDS_TABPANEL: u8 = 8;
/// The node is or holds a heading (`h1`–`h6`).
pub(super) const HOLDS_HEADING: u8 = 16;
/// The node is or holds a section heading (`h2`–`h4`): a post's meta row may title its
/// labels with `h5`/`h6`, never a section with these.
pub(super) const HOLDS_SECTION_HEADING: u8 = 32;
/// The node is or holds a control a reader can use: a text area, a select, a button or
/// an input that is not hidden. A `<form>` without one is a wrapper (a forum renders
/// each post's text in a form it can later edit), not a form.
pub(super) const HOLDS_CONTROL: u8 = 64;

/// The `HOLDS_*` marks of every node under `root`, in one bottom-up pass.
pub(super) fn markers(dom: &Dom, root: NodeId) -> Vec<u8> {
    let order: Vec<NodeId> = dom.descendants(root).collect();
    dom.subtree_flags(&order, |id| {
        let main = dom.is_main(id)
            || dom.attr(id, &local_name!("itemprop")).is_some_and(|p| {
                p.split_ascii_whitespace()
                    .any(|t| MAIN_ITEMPROPS.iter().any(|m| t.eq_ignore_ascii_case(m)))
            });
        let h1 = dom.is(id, &local_name!("h1"));
        let email = dom.is(id, &local_name!("input"))
            && dom
                .attr(id, &local_name!("type"))
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("email"));
        let panel = dom
            .attr(id, &local_name!("role"))
            .is_some_and(|r| r.trim().eq_ignore_ascii_case("tabpanel"));
        let control = match dom.tag(id) {
            Some(t) if *t == local_name!("input") => !dom
                .attr(id, &local_name!("type"))
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("hidden")),
            Some(t) => matches!(
                *t,
                local_name!("textarea") | local_name!("select") | local_name!("button")
            ),
            None => false,
        };
        let level = dom.tag(id).and_then(crate::heuristics::heading_level);
        let section = level.is_some_and(|l| (2..=4).contains(&l));
        (u8::from(main) * HOLDS_MAIN)
            | (u8::from(level.is_some()) * HOLDS_HEADING)
            | (u8::from(section) * HOLDS_SECTION_HEADING)
            | (u8::from(h1) * HOLDS_H1)
            | (u8::from(email) * HOLDS_EMAIL)
            | (u8::from(panel) * HOLDS_TABPANEL)
            | (u8::from(control) * HOLDS_CONTROL)
    })
}

/// A newsletter or account sign-up box: the smallest-texted element around an e-mail
/// field, whatever its classes say. On a page with little prose such a box can hold the
/// largest share of the text, and no class word need name it.
pub(super) fn is_signup_box(
    tag: &markup5ever::LocalName,
    marks: u8,
    chars: u32,
    s: PruneSettings,
) -> bool {
    s.strictness < Strictness::Minimal
        && marks & HOLDS_EMAIL != 0
        && marks & HOLDS_MAIN == 0
        && chars <= SIGNUP_BOX_MAX_CHARS
        && !matches!(
            *tag,
            local_name!("body") | local_name!("main") | local_name!("article")
        )
}

/// Whether `id` lies inside sectioning content or the main element (`article`, `aside`,
/// `nav`, `section`, `main`): a `<header>` there heads that section or card, as ARIA maps
/// only an unscoped `<header>` to the page's banner.
pub(super) fn is_scoped(dom: &Dom, id: NodeId) -> bool {
    dom.ancestors(id).any(|a| {
        matches!(
            dom.tag(a),
            Some(
                &local_name!("article")
                    | &local_name!("aside")
                    | &local_name!("nav")
                    | &local_name!("section")
                    | &local_name!("main")
            )
        )
    })
}

/// A short control acting as a button (`role=button`: "Click to expand…", "Like",
/// "Reply"): its label is an instruction, not text. Longer ones (an FAQ question that
/// opens its answer) stay.
pub(super) fn is_control(
    dom: &Dom,
    hints: &Hints,
    id: NodeId,
    chars: u32,
    s: PruneSettings,
) -> bool {
    let button = || {
        dom.attr(id, &local_name!("role"))
            .is_some_and(|r| r.trim().eq_ignore_ascii_case("button"))
    };
    // A heading's permalink glyph, named by its class (`GLYPH_LINK_WORDS`); not a
    // link that holds the whole of its heading's text (`<h2><a class="heading-anchor">
    // Constructor</a></h2>`), which is the heading, nor one around a code term (`<a
    // class="permalink" href="#file"><code>file</code></a>: Copies files…`), which is
    // the term its sentence defines.
    let glyph = || {
        s.strictness == Strictness::Full
            && hints.has(id, Hint::Glyph)
            && !is_whole_heading(dom, id)
            && !dom.children(id).any(|c| dom.is(c, &local_name!("code")))
            && !cites_quote(dom, id)
    };
    // A post's number on a thread (`<a href="#post-12">#3</a>`): a permalink, not text.
    let post_number = || {
        s.keep_comments
            && dom.is(id, &local_name!("a"))
            && dom
                .raw_text(id)
                .trim()
                .strip_prefix('#')
                .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    // A link with no attribute at all is a placeholder a script turns into a control
    // ("Click to shrink…"), when it is all its parent shows.
    let placeholder = || {
        use crate::heuristics::WHOLE_HEADING_SIBLINGS;
        let blank = |n: NodeId| n == id || dom.text(n).is_some_and(|t| t.trim().is_empty());
        dom.is(id, &local_name!("a"))
            && dom.element(id).is_some_and(|e| e.attrs.is_empty())
            && !is_whole_heading(dom, id)
            && dom.parent(id).is_some_and(|p| {
                let mut kids = dom.children(p);
                kids.by_ref()
                    .take(1 + 2 * WHOLE_HEADING_SIBLINGS)
                    .all(blank)
                    && kids.next().is_none()
            })
    };
    s.strictness < Strictness::Minimal
        && chars <= CONTROL_MAX_CHARS
        && (button() || glyph() || post_number() || placeholder())
}

/// Whether the link `id` opens a `<blockquote>`: the quote's citation ("Jane said:"),
/// a jump to the post quoted, whose text names who is quoted.
fn cites_quote(dom: &Dom, id: NodeId) -> bool {
    use crate::heuristics::{QUOTE_CITATION_CLIMB, QUOTE_CITATION_SCAN_NODES};
    let Some(quote) = dom
        .ancestors(id)
        .take(QUOTE_CITATION_CLIMB)
        .find(|&a| dom.is(a, &local_name!("blockquote")))
    else {
        return false;
    };
    dom.descendants(quote)
        .take(QUOTE_CITATION_SCAN_NODES)
        .find(|&n| dom.text(n).is_some_and(|t| !t.trim().is_empty()))
        .is_some_and(|first| {
            dom.ancestors(first)
                .take(QUOTE_CITATION_CLIMB)
                .any(|a| a == id)
        })
}

/// Whether `id` is a heading's only content: its parent is a heading whose text is all
/// `id`'s (`<h2><a class="anchor" href="#x">Constructor</a></h2>`). Such an element is
/// the heading, whatever its classes say. Read through at most `WHOLE_HEADING_SIBLINGS`
/// siblings on either side, each an empty element or blank text, so that a heading of
/// many children costs each of them that little.
pub(super) fn is_whole_heading(dom: &Dom, id: NodeId) -> bool {
    use crate::heuristics::WHOLE_HEADING_SIBLINGS;
    let in_heading = dom.parent(id).is_some_and(|p| {
        dom.tag(p)
            .is_some_and(|t| crate::heuristics::heading_level(t).is_some())
    });
    // A sibling that shows nothing: blank text, or an element without children (an
    // icon's empty anchor).
    let blank = |n: NodeId| match dom.text(n) {
        Some(t) => t.trim().is_empty(),
        None => dom.first_child(n).is_none(),
    };
    let quiet = |mut next: Option<NodeId>, step: fn(&Dom, NodeId) -> Option<NodeId>| {
        for _ in 0..=WHOLE_HEADING_SIBLINGS {
            match next {
                None => return true,
                Some(n) if blank(n) => next = step(dom, n),
                Some(_) => return false,
            }
        }
        false
    };
    in_heading
        && quiet(dom.prev_sibling(id), Dom::prev_sibling)
        && quiet(dom.next_sibling(id), Dom::next_sibling)
        && dom.trimmed_text_len(id) > 0
}

/// Whether `id` is an inline element with words on both sides of it in its parent: a
/// word of a sentence ("one or more <a class=glossary-tooltip>Pods</a> in your
/// cluster"), whatever its class names. A "Read more" link ends its text; a share bar
/// stands alone.
pub(super) fn mid_sentence(dom: &Dom, id: NodeId) -> bool {
    let worded = |n: Option<NodeId>| {
        n.and_then(|n| dom.text(n))
            .is_some_and(|t| t.chars().any(char::is_alphanumeric))
    };
    dom.tag(id)
        .is_some_and(|t| !crate::heuristics::is_block_tag(t))
        && worded(dom.prev_sibling(id))
        && worded(dom.next_sibling(id))
}

/// Whether `id` is the short form of a date a `<time>` prints twice, long and short,
/// for the stylesheet to show one ("April 2, 2024" beside "1 yr", Invision's
/// `ipsTime__short`): a child of a `<time>` classed as the short form
/// (`DATE_SHORT_FORM_WORDS`) beside one classed as the long form, which is read.
pub(super) fn is_short_date_form(dom: &Dom, id: NodeId) -> bool {
    use crate::extract::hints::class_names_any;
    use crate::heuristics::{DATE_FORM_SIBLINGS, DATE_LONG_FORM_WORDS, DATE_SHORT_FORM_WORDS};
    let classed = |n: NodeId, words: &[&str]| class_names_any(dom, n, words);
    dom.parent(id)
        .filter(|&p| dom.is(p, &local_name!("time")))
        .is_some_and(|p| {
            classed(id, DATE_SHORT_FORM_WORDS)
                && dom
                    .children(p)
                    .take(DATE_FORM_SIBLINGS)
                    .any(|s| s != id && classed(s, DATE_LONG_FORM_WORDS))
        })
}

/// A footnote's reference mark: a `<sup>` of at most `FOOTNOTE_MARK_MAX_CHARS` that
/// holds only digits and brackets ("2", "[12]", "3,4") and links within the page
/// ("#citations", "#fn2"). The note it points to is read where it stands; the mark
/// itself is no word of the sentence.
pub(super) fn is_footnote_mark(dom: &Dom, id: NodeId) -> bool {
    use crate::heuristics::{FOOTNOTE_MARK_MAX_CHARS, FOOTNOTE_MARK_MAX_NODES};
    if !dom.is(id, &local_name!("sup")) {
        return false;
    }
    // Read through at most `FOOTNOTE_MARK_MAX_NODES` nodes: a mark is a link or two.
    let (mut chars, mut digits, mut linked) = (0, false, false);
    let mut walk = dom.descendants(id);
    for _ in 0..=FOOTNOTE_MARK_MAX_NODES {
        let Some(d) = walk.next() else {
            return digits && linked;
        };
        for c in dom
            .text(d)
            .unwrap_or("")
            .chars()
            .filter(|c| !c.is_whitespace())
        {
            chars += 1;
            digits |= c.is_ascii_digit();
            if chars > FOOTNOTE_MARK_MAX_CHARS || !(c.is_ascii_digit() || "[](),–-".contains(c)) {
                return false;
            }
        }
        linked |= dom.is(d, &local_name!("a"))
            && dom
                .attr(d, &local_name!("href"))
                .is_some_and(|h| h.trim_start().starts_with('#'));
    }
    false
}

/// A microdata comment item inside a question or answer item (within
/// `QA_COMMENT_MAX_CLIMB` ancestors): a remark on a Q&A post, not a post.
pub(super) fn is_post_comment(dom: &Dom, id: NodeId) -> bool {
    use crate::heuristics::{QA_COMMENT_MAX_CLIMB, QA_COMMENT_TYPES, QA_POST_TYPES};
    dom.has_itemtype(id, QA_COMMENT_TYPES)
        && dom
            .ancestors(id)
            .take(QA_COMMENT_MAX_CLIMB)
            .any(|a| dom.has_itemtype(a, QA_POST_TYPES))
}

/// A dialog: `role=dialog`/`alertdialog`, or `aria-modal=true`.
pub(super) fn is_dialog(dom: &Dom, id: NodeId) -> bool {
    dom.attr(id, &local_name!("role")).is_some_and(|r| {
        let r = r.trim();
        r.eq_ignore_ascii_case("dialog") || r.eq_ignore_ascii_case("alertdialog")
    }) || dom
        .attr(id, &local_name!("aria-modal"))
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
}

/// A `<button>` holding a heading, or one that folds a panel open (`aria-expanded`)
/// and asks a question: an accordion's trigger, whose text is an FAQ's question
/// (buttons otherwise hold a word or an icon).
pub(super) fn is_accordion_trigger(dom: &Dom, holds: &[u8], id: NodeId) -> bool {
    dom.is(id, &local_name!("button"))
        && (holds.get(id.ix()).is_some_and(|&m| m & HOLDS_HEADING != 0)
            || (dom.attr(id, &local_name!("aria-expanded")).is_some() && is_question(dom, id)))
}

/// Folded content: a tab panel or an accordion/FAQ answer, hidden until clicked (also
/// the element right after an accordion trigger).
pub(super) fn is_folded(dom: &Dom, hints: &Hints, holds: &[u8], id: NodeId) -> bool {
    let prev = std::iter::successors(dom.prev_sibling(id), |&p| dom.prev_sibling(p))
        .find(|&p| dom.element(p).is_some());
    let after_trigger = prev.is_some_and(|p| is_accordion_trigger(dom, holds, p));
    // An FAQ whose question row is no button: the answer hidden right after a question.
    let after_question = prev.is_some_and(|p| is_question(dom, p));
    after_trigger
        || after_question
        || dom
            .attr(id, &local_name!("role"))
            .is_some_and(|r| r.eq_ignore_ascii_case("tabpanel"))
        || dom.attr(id, &local_name!("aria-labelledby")).is_some()
        || hints.has(id, Hint::Folded)
}

/// A short text ending in a question mark: an FAQ's question, whose folded answer
/// follows it. Read through at most [`QUESTION_MAX_NODES`] nodes and
/// [`QUESTION_MAX_CHARS`] characters, so a long run of hidden siblings stays linear.
pub(super) fn is_question(dom: &Dom, id: NodeId) -> bool {
    let mut text = String::new();
    let mut walk = dom.descendants(id);
    for _ in 0..QUESTION_MAX_NODES {
        let Some(n) = walk.next() else {
            let t = text.trim_end();
            return !t.is_empty() && t.ends_with(['?', '？']);
        };
        if let Some(t) = dom.text(n).map(str::trim).filter(|t| !t.is_empty()) {
            text.push_str(t);
            if text.len() > QUESTION_MAX_CHARS {
                return false;
            }
        }
    }
    false
}

/// Whether an inline style declares `display: none` or `visibility: hidden` (any case,
/// any spacing, `!important` or not), read in place without copying.
pub(super) fn style_hides(style: &str) -> bool {
    style.split(';').any(|decl| {
        let Some((name, value)) = decl.split_once(':') else {
            return false;
        };
        let value = value.trim_start();
        let starts = |word: &str| {
            value
                .get(..word.len())
                .is_some_and(|v| v.eq_ignore_ascii_case(word))
        };
        match name.trim() {
            n if n.eq_ignore_ascii_case("display") => starts("none"),
            n if n.eq_ignore_ascii_case("visibility") => starts("hidden"),
            _ => false,
        }
    })
}

/// Hidden from every reader: `hidden`, `aria-hidden=true`, inline `display:none` or
/// `visibility:hidden`, or a hiding class.
pub fn is_hidden(dom: &Dom, id: NodeId) -> bool {
    if dom.attr(id, &local_name!("hidden")).is_some() {
        return !is_streamed_segment(dom, id);
    }
    if dom
        .attr(id, &local_name!("aria-hidden"))
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if dom.attr(id, &local_name!("style")).is_some_and(style_hides) {
        return true;
    }
    dom.attr(id, &local_name!("class")).is_some_and(|c| {
        c.split_ascii_whitespace()
            .any(|t| HIDDEN_TOKENS.iter().any(|h| t.eq_ignore_ascii_case(h)))
    })
}

/// An element whose one child is a JSON object or array of at least
/// `DATA_BLOB_MIN_CHARS` bytes: a script's state parked in a (usually hidden) element,
/// data for the page's code and never text for its reader. A code listing (`<pre>`,
/// `<code>`, an API's sample response) is shown to the reader and stays.
pub(super) fn is_data_blob(dom: &Dom, id: NodeId) -> bool {
    let Some(child) = dom.first_child(id) else {
        return false;
    };
    if dom.next_sibling(child).is_some() {
        return false;
    }
    let Some(text) = dom.text(child) else {
        return false;
    };
    let listing = |n: NodeId| {
        dom.tag(n).is_some_and(|t| {
            matches!(
                *t,
                local_name!("pre")
                    | local_name!("code")
                    | local_name!("samp")
                    | local_name!("textarea")
            )
        })
    };
    let t = text.trim();
    t.len() >= DATA_BLOB_MIN_CHARS
        && (t.starts_with("{\"") || t.starts_with("[{") || t.starts_with("[\""))
        && (t.ends_with('}') || t.ends_with(']'))
        && !listing(id)
        && !dom.ancestors(id).any(listing)
}

/// A server-streamed segment (`<div hidden id="S:1f">`): content that the page's script
/// moves into place as soon as it loads, not hidden content.
pub(super) fn is_streamed_segment(dom: &Dom, id: NodeId) -> bool {
    dom.attr(id, &local_name!("id"))
        .and_then(|v| crate::dom::streamed_key(v, STREAMED_SEGMENT_ID_PREFIX))
        .is_some()
}

/// Whether the chrome words of element `id`'s class and id are all navigation words
/// (`NAVIGATION_WORDS`), and there is one.
pub(super) fn only_navigation_words(dom: &Dom, id: NodeId) -> bool {
    use crate::heuristics::{CHROME_WORDS, NAVIGATION_WORDS};
    let (mut nav, mut other) = (false, false);
    for value in [
        dom.attr(id, &local_name!("class")),
        dom.attr(id, &local_name!("id")),
    ]
    .into_iter()
    .flatten()
    {
        crate::extract::for_each_part(value, |p| {
            if NAVIGATION_WORDS.iter().any(|w| p.eq_ignore_ascii_case(w)) {
                nav = true;
            } else if CHROME_WORDS.iter().any(|w| p.eq_ignore_ascii_case(w)) {
                other = true;
            }
        });
    }
    nav && !other
}

//! Where an element sits: in a sidebar, navigation, footer or comment section (whose
//! dates and names belong to other items), in the article's own footer or side column,
//! or in a post's meta column beside its headline.

use markup5ever::local_name;

use super::parts::{Part, Parts};
use crate::dom::{Dom, NodeId};
use crate::heuristics::metadata::META_COLUMN_CHARS;

/// Which regions inside an `<article>` count as the article's own rather than as
/// belonging to other items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Own {
    /// `<footer>` elements inside the article or main element (tags, byline, date).
    Footers,
    /// …and `<aside>` elements inside the article: a post's side column, with its
    /// author and date beside the text.
    Asides,
    /// …and elements classed as footers inside the article. A `<time>` there is the
    /// post's date, though the share links beside it are no byline.
    FooterClasses,
}

/// Whether `id` sits in a comment section, a sidebar, a navigation or a footer: dates and
/// names there belong to other items. A footer inside the article or main element is
/// the article's own.
pub fn in_aside(dom: &Dom, parts: &Parts, id: NodeId) -> bool {
    in_region(dom, parts, id, Own::Footers)
}

/// [`in_aside`], with more of the article's own regions ([`Own`]) not counted.
pub fn in_region(dom: &Dom, parts: &Parts, id: NodeId, own: Own) -> bool {
    // The nearest `<aside>` or footer above `id`, and whether it is a footer.
    let mut region: Option<bool> = None;
    // `<body>` and `<html>` classes describe the layout ("right-sidebar",
    // "footer-widgets"), not a region the element sits in.
    let regions = dom.ancestors(id).take_while(|&a| {
        !dom.tag(a)
            .is_some_and(|t| matches!(*t, local_name!("body") | local_name!("html")))
    });
    for a in regions {
        // A class-marked region that holds the headline is the page's layout
        // ("article--sidebar-right"), not a sidebar or footer; an element that holds the
        // `<main>` element is the page itself, wrapped by a tag left unclosed (`<aside>`
        // with no `</aside>` holds all that follows it).
        let page = parts.holds_main(a);
        let classed = |p: Part| parts.has(a, p) && !parts.holds_h1(a);
        let footer_class = classed(Part::Footer);
        let aside = dom.is(a, &local_name!("aside")) && !page;
        if (dom.is(a, &local_name!("nav")) && !page)
            || classed(Part::Aside)
            || (footer_class && own < Own::FooterClasses)
            || (aside && own < Own::Asides)
        {
            return true;
        }
        let footer = (dom.is(a, &local_name!("footer")) && !page) || footer_class;
        if footer || aside {
            region = region.or(Some(footer));
        }
        let owner = dom.is(a, &local_name!("article"))
            || (region == Some(true) && dom.is(a, &local_name!("main")));
        if region.is_some() && owner {
            region = None;
        }
    }
    region.is_some()
}

/// Whether `id` sits in a post's meta column: a sidebar (an `<aside>` or an element
/// classed as one) short enough to hold only the post's own date, author and tags, and
/// itself outside any other sidebar, navigation or footer.
pub fn in_meta_column(dom: &Dom, parts: &Parts, id: NodeId) -> bool {
    let Some(column) = dom
        .ancestors(id)
        .find(|&a| dom.is(a, &local_name!("aside")) || parts.has(a, Part::Aside))
    else {
        return false;
    };
    let short = bounded_text_len(dom, column, META_COLUMN_CHARS).is_some();
    short && dom.parent(column).is_some_and(|p| !in_aside(dom, parts, p))
}

/// The length of the text below `id` when it is at most `max` bytes (and `max` nodes).
fn bounded_text_len(dom: &Dom, id: NodeId, max: usize) -> Option<usize> {
    let mut len = 0;
    for (seen, n) in dom.descendants(id).enumerate() {
        if seen >= max {
            return None;
        }
        if let Some(t) = dom.text(n) {
            len += t.trim().len();
            if len > max {
                return None;
            }
        }
    }
    Some(len)
}

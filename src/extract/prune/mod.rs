//! Prune: mark subtrees that are never main content. Nothing is removed from the DOM; the
//! verdicts live in a side table indexed by `NodeId`.

use markup5ever::local_name;

mod elements;
mod posters;

pub use elements::is_hidden;
use elements::*;
pub use posters::{is_post_date_line, is_poster_line};

use super::hints::{Hint, Hints};
use super::stats::Texts;
use crate::dom::{Dom, NodeId, Ns};
use crate::heuristics::{
    is_chrome_tag, is_never_content_tag, CHROME_ROLES, HEADER_MIN_PROSE_PARAS,
    HEADER_PROSE_PARA_CHARS, HEADER_WORDS, META_ITEMPROPS, NAV_SECTION_MIN_PROSE_CHARS,
    PROSE_PARAGRAPH_CHARS, PROSE_TEXT_RUN_CHARS, PRUNE_GUARD_TEXT_SHARE,
};

/// Why a subtree was pruned; the names match the `heuristics` items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pruned {
    /// `is_never_content_tag`.
    NeverContentTag,
    /// `is_chrome_tag`.
    ChromeTag,
    /// `hidden`, `aria-hidden`, `display:none`, `HIDDEN_TOKENS`.
    Hidden,
    /// `CHROME_ROLES`.
    ChromeRole,
    /// `CHROME_WORDS` in class or id.
    ChromeWords,
    /// `CONSENT_WIDGET_WORDS` in class or id.
    ConsentWidget,
    /// `SIGNUP_BOX_MAX_CHARS`: a short box around an e-mail field.
    SignupBox,
    /// `CONTROL_MAX_CHARS`: a short `role=button` control, a permalink glyph, or a
    /// thread post's number.
    Control,
    /// `COMMENT_WORDS` in class or id: reader comments.
    Comments,
    /// `<noscript>` while the page has visible content.
    Noscript,
    /// SVG drawings.
    Svg,
    /// `META_ITEMPROPS`: microdata metadata.
    MetaItemprop,
    /// `DATA_BLOB_MIN_CHARS`: an element whose only text is a JSON document.
    DataBlob,
    /// `FOOTNOTE_MARK_MAX_CHARS`: a superscript reference to a note on the page.
    FootnoteMark,
}

impl Pruned {
    /// The rule's name as printed by the explain view.
    pub fn name(self) -> &'static str {
        match self {
            Pruned::NeverContentTag => "NEVER_CONTENT_TAG",
            Pruned::ChromeTag => "CHROME_TAG",
            Pruned::Hidden => "HIDDEN",
            Pruned::ChromeRole => "CHROME_ROLES",
            Pruned::ChromeWords => "CHROME_WORDS",
            Pruned::ConsentWidget => "CONSENT_WIDGET_WORDS",
            Pruned::SignupBox => "SIGNUP_BOX_MAX_CHARS",
            Pruned::Control => "CONTROL_MAX_CHARS",
            Pruned::Comments => "COMMENT_WORDS",
            Pruned::Noscript => "NOSCRIPT",
            Pruned::Svg => "SVG",
            Pruned::MetaItemprop => "META_ITEMPROPS",
            Pruned::DataBlob => "DATA_BLOB_MIN_CHARS",
            Pruned::FootnoteMark => "FOOTNOTE_MARK_MAX_CHARS",
        }
    }
}

/// How strict pruning is: each retry relaxes one level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strictness {
    /// All rules.
    Full,
    /// Only tags, hidden elements and roles: class words are ignored, except those of
    /// reader comments (pruned unless comments are kept).
    NoClassWords,
    /// Only tags that never hold text; `<noscript>` is read.
    Minimal,
}

/// Settings of one pruning pass.
#[derive(Debug, Clone, Copy)]
pub struct PruneSettings {
    /// Which rules apply.
    pub strictness: Strictness,
    /// Comment sections are content (forum threads).
    pub keep_comments: bool,
    /// Marketing components (`MARKETING_WORDS`) are content: a landing page's re-read.
    pub keep_marketing: bool,
    /// Customer reviews (`REVIEW_WORDS`) go whatever their share of the text: a
    /// product or collection page, whose reviews can outweigh its description.
    pub unguarded_reviews: bool,
    /// The page shows its text only in `<noscript>` ([`shown_in_noscript`]): read there,
    /// with every rule.
    pub noscript_page: bool,
}

/// The pruning verdict of every node: `Some(reason)` on the root of a pruned subtree.
/// Descendants of a pruned root are unreachable for later phases, which skip the root.
pub fn prune(
    dom: &Dom,
    root: NodeId,
    hints: &Hints,
    texts: &Texts,
    settings: PruneSettings,
) -> Vec<Option<Pruned>> {
    let (text_len, prose_len) = text_lengths(dom, root, texts, hints);
    let holds = markers(dom, root);
    let total = text_len.get(root.ix()).copied().unwrap_or(0).max(1) as f64;
    let total_prose = prose_len.get(root.ix()).copied().unwrap_or(0).max(1) as f64;
    let mut out = vec![None; dom.len()];
    let mut walk = dom.descendants(root);
    while let Some(id) = walk.next() {
        let Some(e) = dom.element(id) else { continue };
        if id == root {
            continue;
        }
        let share = (text_len.get(id.ix()).copied().unwrap_or(0) as f64 / total)
            .max(prose_len.get(id.ix()).copied().unwrap_or(0) as f64 / total_prose);
        // An element holding the page's declared main content is never chrome.
        let marks = holds.get(id.ix()).copied().unwrap_or(0);
        let share = if marks & HOLDS_MAIN != 0 { 1.0 } else { share };
        let chars = text_len.get(id.ix()).copied().unwrap_or(0);
        let verdict = if e.ns == Ns::Svg {
            Some(Pruned::Svg)
        } else if is_signup_box(&e.name, marks, chars, settings) {
            Some(Pruned::SignupBox)
        } else if is_control(dom, hints, id, chars, settings) {
            Some(Pruned::Control)
        } else if e.ns != Ns::Html {
            None
        } else if is_data_blob(dom, id) {
            Some(Pruned::DataBlob)
        } else {
            let prose = prose_len.get(id.ix()).copied().unwrap_or(0);
            judge(dom, hints, id, &e.name, settings, (share, prose), &holds)
        };
        if let Some(v) = verdict {
            if let Some(slot) = out.get_mut(id.ix()) {
                *slot = Some(v);
            }
            walk.skip_subtree(id);
        }
    }
    if settings.keep_comments {
        posters::rescue(dom, &mut out);
    }
    out
}

/// Whether the page's text is all but entirely inside `<noscript>` elements: a page
/// served for crawlers and script-less readers (Discourse prints its whole thread
/// there), where the script draws the rest. Outside them less than
/// `NOSCRIPT_PAGE_MAX_OUTSIDE_SHARE` of the text (scripts and styles left out), inside
/// them at least `NOSCRIPT_PAGE_MIN_CHARS` characters.
pub fn shown_in_noscript(dom: &Dom, root: NodeId, texts: &Texts) -> bool {
    use crate::heuristics::{NOSCRIPT_PAGE_MAX_OUTSIDE_SHARE, NOSCRIPT_PAGE_MIN_CHARS};
    let (mut inside, mut outside) = (0u64, 0u64);
    let mut walk = dom.descendants(root);
    while let Some(id) = walk.next() {
        if dom.tag(id).is_some_and(is_never_content_tag) {
            walk.skip_subtree(id);
            continue;
        }
        if dom.is(id, &local_name!("noscript")) {
            inside += dom
                .descendants(id)
                .map(|d| u64::from(texts.get(d).chars))
                .sum::<u64>();
            walk.skip_subtree(id);
            continue;
        }
        outside += u64::from(texts.get(id).chars);
    }
    inside >= u64::from(NOSCRIPT_PAGE_MIN_CHARS)
        && (outside as f64) < NOSCRIPT_PAGE_MAX_OUTSIDE_SHARE * ((inside + outside) as f64)
}

/// The rule that prunes an element, if any: tag rules, then hidden elements, roles,
/// markup and class words, each spared by the share guard where it says so.
fn judge(
    dom: &Dom,
    hints: &Hints,
    id: NodeId,
    tag: &markup5ever::LocalName,
    s: PruneSettings,
    (share, prose): (f64, u32),
    holds: &[u8],
) -> Option<Pruned> {
    // An accordion's trigger: its heading (an FAQ's question) is content, and the
    // panel it opens is folded content.
    if is_never_content_tag(tag) && !is_accordion_trigger(dom, holds, id) {
        return Some(Pruned::NeverContentTag);
    }
    if *tag == local_name!("noscript") {
        return (s.strictness < Strictness::Minimal && !s.noscript_page)
            .then_some(Pruned::Noscript);
    }
    if s.strictness == Strictness::Minimal {
        return None;
    }
    if is_footnote_mark(dom, id) {
        return Some(Pruned::FootnoteMark);
    }
    if is_short_date_form(dom, id) {
        return Some(Pruned::Hidden);
    }
    if hints.has(id, Hint::Consent) {
        return Some(Pruned::ConsentWidget);
    }
    let marks = holds.get(id.ix()).copied().unwrap_or(0);
    let guarded = share > PRUNE_GUARD_TEXT_SHARE;
    let el = Judged {
        dom,
        hints,
        id,
        tag,
        s,
        marks,
        guarded,
        tag_guarded: guarded && marks & page_marks(tag) != 0,
        prose,
    };
    el.hidden(holds)
        .or_else(|| el.role())
        .or_else(|| el.markup())
        .or_else(|| el.class_words())
}

/// What an element must hold for the share guard to keep it. A page wrapped whole in
/// `<header>`, or hidden until its script loads, holds its headings or its main element
/// there; a mega menu or a footer that outweighs a thin page's text holds neither, and
/// goes like any other. A navigation element or a footer must hold the main element or
/// the `<h1>`: a mega menu has section headings of its own, and a footer its column
/// titles and its own hidden label ("Footer") over the fine print that can outweigh a
/// page of product tiles.
fn page_marks(tag: &markup5ever::LocalName) -> u8 {
    if matches!(
        *tag,
        local_name!("nav") | local_name!("menu") | local_name!("footer")
    ) {
        HOLDS_MAIN | HOLDS_H1
    } else {
        HOLDS_MAIN | HOLDS_HEADING
    }
}

/// An element being judged, with what the rules after the tag rules read of it.
struct Judged<'a, 'd> {
    dom: &'a Dom,
    hints: &'a Hints<'d>,
    id: NodeId,
    tag: &'a markup5ever::LocalName,
    s: PruneSettings,
    /// Its `HOLDS_*` marks.
    marks: u8,
    /// It holds more than `PRUNE_GUARD_TEXT_SHARE` of the page's text.
    guarded: bool,
    /// …and holds what [`page_marks`] asks of its tag.
    tag_guarded: bool,
    /// Non-space characters of prose it holds (`text_lengths`).
    prose: u32,
}

impl Judged<'_, '_> {
    fn holds_h1(&self) -> bool {
        self.marks & HOLDS_H1 != 0
    }

    /// A header inside the main element or an article that holds the headline and
    /// paragraphs or list items of prose (`layout__header` with the `h1`, the intro and
    /// what the page teaches): the content's own opening, not the site's banner, which
    /// never carries running text.
    fn heads_the_content(&self) -> bool {
        let (dom, id) = (self.dom, self.id);
        self.holds_h1()
            && is_header_named(dom, id)
            && dom
                .ancestors(id)
                .any(|a| dom.is_main(a) || dom.is(a, &local_name!("article")))
            && dom
                .descendants(id)
                .filter(|&d| {
                    (dom.is(d, &local_name!("p")) || dom.is(d, &local_name!("li")))
                        && dom.trimmed_text_len(d) >= HEADER_PROSE_PARA_CHARS
                })
                .nth(HEADER_MIN_PROSE_PARAS.saturating_sub(1))
                .is_some()
    }

    /// A section that a navigation word names (`lm_navSource`, `filter-menu-tabs-…-tabpanel`:
    /// the target of an in-page menu, a tab panel) but that holds a section heading and
    /// prose: navigation is a list of links, never headed paragraphs.
    fn navigated_section(&self) -> bool {
        self.marks & HOLDS_SECTION_HEADING != 0
            && self.prose >= NAV_SECTION_MIN_PROSE_CHARS
            && only_navigation_words(self.dom, self.id)
    }

    /// Hidden elements, unless folded content or (when guarded) the page itself.
    fn hidden(&self, holds: &[u8]) -> Option<Pruned> {
        let (dom, id) = (self.dom, self.id);
        if !is_hidden(dom, id) {
            return None;
        }
        // A closed dialog (a settings modal, a consent centre) is never the page,
        // whatever its share of the text, and its `aria-labelledby` does not make it a
        // folded panel.
        if is_dialog(dom, id) {
            return Some(Pruned::Hidden);
        }
        // A hidden microdata item is a copy of the page for machines (a hidden
        // NewsArticle holding the whole text again), whatever its share of the text.
        if dom.attr(id, &local_name!("itemscope")).is_some() {
            return Some(Pruned::Hidden);
        }
        // A hidden marketing component (a promo bar holding a slide per country) can
        // outweigh a short page with its copies: the share guard does not keep it.
        let hidden_promo = self.s.keep_marketing && self.hints.has(id, Hint::Marketing);
        ((!self.tag_guarded || hidden_promo) && !is_folded(dom, self.hints, holds, id))
            .then_some(Pruned::Hidden)
    }

    /// `CHROME_ROLES`, but for an accordion marked up as a tab list.
    fn role(&self) -> Option<Pruned> {
        let role = self.dom.attr(self.id, &local_name!("role"))?;
        // A "tablist" holding its own tab panels is an accordion (as Bootstrap marks
        // them up), whose panels are content; a real tab strip holds only the tabs.
        // `aria-multiselectable` lets several panels open at once: only an accordion
        // does that.
        let accordion = role.eq_ignore_ascii_case("tablist")
            && (self.marks & HOLDS_TABPANEL != 0
                || self
                    .dom
                    .attr(self.id, &local_name!("aria-multiselectable"))
                    .is_some_and(|v| v.trim().eq_ignore_ascii_case("true")));
        (CHROME_ROLES.iter().any(|r| role.eq_ignore_ascii_case(r))
            && !self.tag_guarded
            && !accordion)
            .then_some(Pruned::ChromeRole)
    }

    /// Microdata metadata and chrome tags.
    fn markup(&self) -> Option<Pruned> {
        let (dom, id, s) = (self.dom, self.id, self.s);
        let meta_prop = dom.attr(id, &local_name!("itemprop")).is_some_and(|p| {
            p.split_ascii_whitespace()
                .any(|t| META_ITEMPROPS.iter().any(|m| t.eq_ignore_ascii_case(m)))
        });
        // On a thread each post's `<time itemprop=datePublished>` heads the post as its
        // poster's name does: part of the posts, not the page's metadata.
        let post_date = s.keep_comments && dom.is(id, &local_name!("time"));
        if meta_prop && !self.guarded && !self.holds_h1() && !post_date {
            return Some(Pruned::MetaItemprop);
        }
        // On a landing page's re-read, a `<header>` that heads a section or card is that
        // section's title; elsewhere (posts, comments) such headers hold dates and names.
        let scoped_header = *self.tag == local_name!("header")
            && (self.holds_h1() || (s.keep_marketing && is_scoped(dom, id)));
        // A form with no control a reader can use wraps text; it asks for nothing.
        let wrapper_form =
            *self.tag == local_name!("form") && self.marks & HOLDS_CONTROL == 0 && s.keep_comments;
        (is_chrome_tag(self.tag) && !self.tag_guarded && !scoped_header && !wrapper_form)
            .then_some(Pruned::ChromeTag)
    }

    /// Reader comments, and chrome named by class or id words.
    fn class_words(&self) -> Option<Pruned> {
        let (dom, hints, id, s) = (self.dom, self.hints, self.id, self.s);
        // Headings name sections whatever their classes say (`headerTxt`,
        // `section-title`); a chrome section's heading goes with its pruned section. A
        // heading named whole as chrome (`userTitle`: a poster's rank) is no section's.
        // So does a link or span that holds its heading's whole text (`<h2><a
        // class="header" href="#covers">What this series covers</a></h2>`).
        let structural = matches!(
            *self.tag,
            local_name!("body")
                | local_name!("main")
                | local_name!("article")
                | local_name!("html")
        ) || ((crate::heuristics::heading_level(self.tag).is_some()
            || is_whole_heading(dom, id))
            && !hints.has(id, Hint::Compound));
        if structural {
            return None;
        }
        // Reader comments can outweigh a short article: no share guard for them.
        if !s.keep_comments && hints.has(id, Hint::Comments) {
            return Some(Pruned::Comments);
        }
        // On a Q&A page the question and answers are the thread; the comments under
        // each post are side remarks, even when the thread's comments are kept.
        if is_post_comment(dom, id) {
            return Some(Pruned::Comments);
        }
        // A quotation or a note set in the text (`blockquote-tag-note`) is the text's,
        // whatever chrome word its class holds; a testimonial's or a comment's still goes.
        let quote = *self.tag == local_name!("blockquote");
        let chrome = (hints.has(id, Hint::Chrome)
            && !quote
            && !self.heads_the_content()
            && !self.navigated_section())
            || (!s.keep_marketing && hints.has(id, Hint::Marketing))
            || (hints.has(id, Hint::PostMeta)
                && (self.marks & HOLDS_SECTION_HEADING == 0 || self.holds_h1()));
        let guarded = self.guarded && !(s.unguarded_reviews && hints.has(id, Hint::Reviews));
        // A word inside a sentence is the sentence's, whatever its class names.
        (s.strictness == Strictness::Full
            && !guarded
            && chrome
            && !(s.keep_comments && hints.has(id, Hint::Comments))
            && !mid_sentence(dom, id))
        .then_some(Pruned::ChromeWords)
    }
}

/// Text lengths under each node, script, style and consent widgets excluded: all text,
/// and prose (text in paragraphs of [`PROSE_PARAGRAPH_CHARS`] or more, or long bare text
/// runs).
/// Computed bottom-up over a pre-order list, without recursion.
pub fn text_lengths(dom: &Dom, root: NodeId, texts: &Texts, hints: &Hints) -> (Vec<u32>, Vec<u32>) {
    let mut order = Vec::new();
    let mut walk = dom.descendants(root);
    while let Some(id) = walk.next() {
        // A consent manager's banner and preference centre go whatever their share, so
        // their text (often longer than a short thread's) is no part of the page's.
        if dom.tag(id).is_some_and(is_never_content_tag)
            || (id != root && hints.is_consent_widget(id))
        {
            walk.skip_subtree(id);
            continue;
        }
        order.push(id);
    }
    let mut len = vec![0u32; dom.len()];
    let mut prose = vec![0u32; dom.len()];
    for &id in order.iter().rev() {
        let n = texts.get(id).chars;
        if n > 0 {
            if let Some(l) = len.get_mut(id.ix()) {
                *l = l.saturating_add(n);
            }
            if n >= PROSE_TEXT_RUN_CHARS {
                if let Some(l) = prose.get_mut(id.ix()) {
                    *l = n;
                }
            }
        }
        if dom.is(id, &local_name!("p")) {
            let l = len.get(id.ix()).copied().unwrap_or(0);
            if let Some(p) = prose.get_mut(id.ix()) {
                *p = if l >= PROSE_PARAGRAPH_CHARS { l } else { 0 };
            }
        }
        if id != root {
            let mine = len.get(id.ix()).copied().unwrap_or(0);
            let mine_prose = prose.get(id.ix()).copied().unwrap_or(0);
            if let Some(parent) = dom.parent(id) {
                if let Some(p) = len.get_mut(parent.ix()) {
                    *p = p.saturating_add(mine);
                }
                if let Some(p) = prose.get_mut(parent.ix()) {
                    *p = p.saturating_add(mine_prose);
                }
            }
        }
    }
    (len, prose)
}

/// The outermost elements whose class or id names reader comments.
pub fn comment_roots(dom: &Dom, hints: &Hints, root: NodeId) -> Vec<NodeId> {
    let mut out = Vec::new();
    let mut walk = dom.descendants(root);
    while let Some(id) = walk.next() {
        if dom.tag(id).is_some_and(is_never_content_tag) {
            walk.skip_subtree(id);
            continue;
        }
        if id != root
            && hints.has(id, Hint::Comments)
            && !dom.tag(id).is_some_and(|t| {
                matches!(
                    *t,
                    local_name!("body")
                        | local_name!("html")
                        | local_name!("article")
                        | local_name!("main")
                )
            })
        {
            out.push(id);
            walk.skip_subtree(id);
        }
    }
    out
}

/// The element's class names it a header (`HEADER_WORDS` as a part).
fn is_header_named(dom: &Dom, id: NodeId) -> bool {
    super::hints::class_names_any(dom, id, HEADER_WORDS)
}

#[cfg(test)]
mod tests {
    use super::style_hides;

    #[test]
    fn inline_styles_that_hide() {
        assert!(style_hides("display:none"));
        assert!(style_hides("color: red; DISPLAY : None !important"));
        assert!(style_hides("visibility:hidden;"));
        assert!(!style_hides("display: block; visibility: visible"));
        assert!(!style_hides(
            "font-display: none-ish; content: 'display:none'"
        ));
        assert!(!style_hides(""));
    }
}

//! Blocks: turns the selected container into typed [`Block`]s, skipping pruned subtrees
//! and dropped blocks, with inline text joined so that words are never glued or split.

use markup5ever::local_name;

use crate::dom::{Dom, NodeData, NodeId};
use crate::heuristics::{
    heading_level, is_block_tag, is_figure_media_tag, CODE_LINE_CLASSES, COUNTER_MAX_CHARS,
    FIGURE_SCAN_NODES, IMAGE_WRAPPER_CLASS_PARTS,
};
use crate::model::{Block, Span, Style};
use crate::options::{Images, Tables};
use crate::text::{clean_verbatim, is_bad_control, is_invisible, is_space};

use super::prune::Pruned;
use super::table::{caption, is_data_table, table_rows};
use super::walk::{flag, Ctx, Step, Walk};

/// Inputs of the block builder.
pub struct Builder<'a> {
    /// The document.
    pub dom: &'a Dom,
    /// Context table.
    pub ctx: &'a [Ctx],
    /// Pruning verdicts.
    pub pruned: &'a [Option<Pruned>],
    /// Whether each block owner's own text is kept.
    pub keep: &'a dyn Fn(NodeId) -> bool,
    /// Tables option.
    pub tables: Tables,
    /// Images option.
    pub images: Images,
    /// Resolves a link or image address against the base URL.
    pub resolve: &'a dyn Fn(&str) -> Option<String>,
}

/// Inline content being gathered for one block.
#[derive(Default)]
pub struct Para {
    /// Spans so far.
    pub spans: Vec<Span>,
    pending_space: bool,
    /// The next text starts a styled item set apart from the one before
    /// ([`Dom::styled_apart`]): a space goes between them where words would glue.
    pending_apart: bool,
}

impl Para {
    /// Appends text with whitespace collapsed; a new span starts when style or link
    /// changes. A space pending from earlier text goes between the two pieces.
    pub fn push_text(&mut self, text: &str, style: Style, link: Option<&str>) {
        for c in text.chars() {
            if is_space(c) {
                self.pending_space = true;
                continue;
            }
            if is_invisible(c) || is_bad_control(c) {
                continue;
            }
            let needs_new = match self.spans.last() {
                Some(s) => s.style != style || s.link.as_deref() != link,
                None => true,
            };
            if self.pending_space {
                self.pending_space = false;
                if let Some(last) = self.spans.last_mut() {
                    if !last.text.is_empty() && !last.text.ends_with('\n') {
                        last.text.push(' ');
                    }
                }
            }
            if std::mem::take(&mut self.pending_apart) && c.is_alphanumeric() {
                if let Some(last) = self.spans.last_mut() {
                    if last.text.ends_with(char::is_alphanumeric) {
                        last.text.push(' ');
                    }
                }
            }
            if needs_new {
                // Two links side by side are two items (a pair of buttons, a row of
                // tags), however their markup runs them together.
                if let (Some(last), Some(l)) = (self.spans.last_mut(), link) {
                    if last.link.as_deref().is_some_and(|p| p != l)
                        && c.is_alphanumeric()
                        && last.text.ends_with(char::is_alphanumeric)
                    {
                        last.text.push(' ');
                    }
                }
                self.spans.push(Span {
                    text: String::new(),
                    style,
                    link: link.map(str::to_owned),
                });
            }
            if let Some(s) = self.spans.last_mut() {
                s.text.push(c);
            }
        }
    }

    /// The next text starts an item a style sheet sets apart from the text before.
    pub fn mark_apart(&mut self) {
        self.pending_apart = true;
    }

    /// A `<br>`: a line break inside the block.
    pub fn push_break(&mut self) {
        self.pending_space = false;
        self.pending_apart = false;
        if let Some(last) = self.spans.last_mut() {
            while last.text.ends_with(' ') {
                last.text.pop();
            }
            if !last.text.is_empty() && !last.text.ends_with('\n') {
                last.text.push('\n');
            }
        }
    }

    /// Whether the text so far ends with a `<br>`.
    pub fn ends_with_break(&self) -> bool {
        self.spans.last().is_some_and(|s| s.text.ends_with('\n'))
    }

    /// Takes the spans, trimmed; empty when there is no visible text.
    pub fn take(&mut self) -> Vec<Span> {
        self.pending_space = false;
        self.pending_apart = false;
        let mut spans = std::mem::take(&mut self.spans);
        while spans.last().is_some_and(|s| s.text.trim().is_empty()) {
            spans.pop();
        }
        if let Some(last) = spans.last_mut() {
            let t = last.text.trim_end().len();
            last.text.truncate(t);
        }
        while spans.first().is_some_and(|s| s.text.trim().is_empty()) {
            spans.remove(0);
        }
        if let Some(first) = spans.first_mut() {
            let lead = first.text.len() - first.text.trim_start().len();
            first.text.drain(..lead);
        }
        spans.retain(|s| !s.text.is_empty());
        spans
    }
}

impl Builder<'_> {
    fn ctx(&self, id: NodeId) -> Ctx {
        self.ctx.get(id.ix()).copied().unwrap_or_default()
    }

    fn is_owner(&self, id: NodeId) -> bool {
        self.ctx(id).owner == id.0
    }

    /// Builds the blocks of `root`'s subtree.
    pub fn build(&self, root: NodeId) -> Vec<Block> {
        let mut out = Vec::new();
        let mut para = Para::default();
        let mut current = self.ctx(root).owner;
        let mut walk = Walk::new(self.dom, root);
        while let Some(step) = walk.next() {
            match step {
                Step::Enter(id) => {
                    if self.pruned.get(id.ix()).copied().flatten().is_some() {
                        walk.skip_children(id);
                        continue;
                    }
                    match self.dom.get(id).map(|n| &n.data) {
                        Some(NodeData::Text(t)) if (self.keep)(NodeId(current)) => {
                            let c = self.ctx(id);
                            let link = self.link_target(c);
                            para.push_text(t, style_of(c.flags), link.as_deref());
                        }
                        Some(NodeData::Element(_))
                            if self.enter_element(id, &mut walk, &mut para, &mut out, current) =>
                        {
                            current = id.0;
                        }
                        _ => {}
                    }
                }
                Step::Leave(id) => {
                    if self.is_owner(id) && current == id.0 {
                        self.flush(NodeId(current), &mut para, &mut out);
                        current = self.dom.parent(id).map_or(root.0, |p| self.ctx(p).owner);
                    }
                }
            }
        }
        self.flush(NodeId(current), &mut para, &mut out);
        out
    }

    /// Handles entering an element; returns whether it became the current block owner.
    fn enter_element(
        &self,
        id: NodeId,
        walk: &mut Walk<'_>,
        para: &mut Para,
        out: &mut Vec<Block>,
        current: u32,
    ) -> bool {
        let Some(tag) = self.dom.tag(id) else {
            return false;
        };
        match *tag {
            local_name!("br") => {
                if para.ends_with_break() {
                    // `<br><br>`: a paragraph break.
                    self.flush(NodeId(current), para, out);
                } else {
                    para.push_break();
                }
                return false;
            }
            local_name!("img") if self.images == Images::Keep && (self.keep)(NodeId(current)) => {
                if let Some(src) = self
                    .dom
                    .attr(id, &local_name!("src"))
                    .and_then(|s| (self.resolve)(s))
                {
                    self.flush(NodeId(current), para, out);
                    let alt = self.dom.attr(id, &local_name!("alt")).unwrap_or("");
                    out.push(Block::Image {
                        src,
                        alt: crate::text::collapse(alt),
                    });
                }
                return false;
            }
            local_name!("pre") => {
                self.flush(NodeId(current), para, out);
                walk.skip_children(id);
                if (self.keep)(id) {
                    let text = clean_verbatim(&verbatim_text(self.dom, id));
                    let text = text.trim_matches('\n').to_string();
                    if !text.trim().is_empty() {
                        out.push(Block::Code {
                            text,
                            lang: code_lang(self.dom, id),
                        });
                    }
                }
                return false;
            }
            local_name!("table") if is_data_table(self.dom, id, self.pruned) => {
                self.flush(NodeId(current), para, out);
                walk.skip_children(id);
                if self.tables == Tables::Keep && (self.keep)(id) {
                    let push = |p: &mut Para, t: &str, c: Ctx| {
                        p.push_text(t, style_of(c.flags), self.link_target(c).as_deref())
                    };
                    let rows = table_rows(self.dom, id, self.pruned, &push, self.ctx);
                    if !rows.is_empty() {
                        let caption = caption(self.dom, id, self.pruned, &push, self.ctx).take();
                        out.push(Block::Table { rows, caption });
                    }
                }
                return false;
            }
            _ => {}
        }
        if self.is_owner(id) {
            self.flush(NodeId(current), para, out);
            return true;
        }
        if reads_apart(self.dom, id, self.ctx(id)) {
            para.mark_apart();
        }
        false
    }

    fn link_target(&self, c: Ctx) -> Option<String> {
        if c.flags & flag::LINK == 0 {
            return None;
        }
        let href = self.dom.attr(NodeId(c.link), &local_name!("href"))?;
        (self.resolve)(href)
    }

    /// Emits the gathered text as a block of `owner`'s kind.
    fn flush(&self, owner: NodeId, para: &mut Para, out: &mut Vec<Block>) {
        let spans = para.take();
        if spans.is_empty() || !(self.keep)(owner) || is_counter(&spans) || is_markup(&spans) {
            return;
        }
        let c = self.ctx(owner);
        let tag = self.dom.tag(owner);
        let block = if let Some(level) = tag.and_then(heading_level) {
            Block::Heading { level, spans }
        } else if c.flags & flag::HEADING != 0 {
            Block::Heading { level: 6, spans }
        } else if tag == Some(&local_name!("li"))
            || (c.list_depth > 0
                && self
                    .dom
                    .parent(owner)
                    .is_some_and(|p| self.dom.is(p, &local_name!("li")))
                && self
                    .dom
                    .prev_sibling(owner)
                    .is_none_or(|s| self.dom.element(s).is_none()))
        {
            Block::ListItem {
                depth: c.list_depth.saturating_sub(1).min(u8::MAX as u16) as u8,
                number: list_number(self.dom, owner),
                spans,
            }
        } else if c.flags & flag::CAPTION != 0 {
            // An image's caption belongs to it: with the images left out it goes too. A
            // figure without an image (a quote and its attribution) keeps its caption.
            if self.images == Images::Drop && captions_image(self.dom, owner) {
                return;
            }
            Block::Caption { spans }
        } else if c.flags & flag::QUOTE != 0 {
            Block::Quote { spans }
        } else {
            Block::Paragraph { spans }
        };
        out.push(block);
    }
}

/// Whether the `<figcaption>` holding `owner` captions an image: its figure holds an
/// image, a picture, a video or an embedded player among its first
/// [`FIGURE_SCAN_NODES`] nodes.
fn captions_image(dom: &Dom, owner: NodeId) -> bool {
    let Some(caption) = std::iter::once(owner)
        .chain(dom.ancestors(owner))
        .find(|&a| dom.is(a, &local_name!("figcaption")))
    else {
        return is_wrapped_caption(dom, owner);
    };
    let figure = dom.parent(caption).unwrap_or(caption);
    dom.descendants(figure)
        .take(FIGURE_SCAN_NODES)
        .any(|d| dom.tag(d).is_some_and(is_figure_media_tag))
}

/// Whether paragraph `p` captions a picture without `<figure>`: its parent's class names
/// a picture's wrapper ([`IMAGE_WRAPPER_CLASS_PARTS`]), an image or player comes before
/// it there, and no other paragraph shares the wrapper (a card's or a column's text
/// beside its icon is no caption).
pub(super) fn is_wrapped_caption(dom: &Dom, p: NodeId) -> bool {
    if !dom.is(p, &local_name!("p")) {
        return false;
    }
    let Some(parent) = dom.parent(p) else {
        return false;
    };
    let wrapper = dom.attr(parent, &local_name!("class")).is_some_and(|c| {
        IMAGE_WRAPPER_CLASS_PARTS.iter().any(|part| {
            c.as_bytes()
                .windows(part.len())
                .any(|w| w.eq_ignore_ascii_case(part.as_bytes()))
        })
    });
    if !wrapper {
        return false;
    }
    let (mut before, mut pictured) = (true, false);
    for k in dom.children(parent).take(FIGURE_SCAN_NODES) {
        if k == p {
            before = false;
        } else if dom.is(k, &local_name!("p")) {
            return false;
        } else if before && dom.element(k).is_some() {
            // The picture itself, or a link or `<span>` around it.
            pictured |= dom
                .descendants(k)
                .take(FIGURE_SCAN_NODES)
                .any(|d| dom.tag(d).is_some_and(is_figure_media_tag));
        }
    }
    pictured
}

/// A block that is only a small number ("14", "2.3k", "#5"): a vote, view or reply
/// counter. Prices keep their currency sign and are not counters.
fn is_counter(spans: &[Span]) -> bool {
    let text = crate::model::spans_text(spans);
    let t = text.trim();
    t.chars().count() <= COUNTER_MAX_CHARS
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars().all(|c| {
            c.is_ascii_digit() || matches!(c, '.' | ',' | 'k' | 'K' | 'm' | 'M' | '#' | '+' | ' ')
        })
}

/// Whether element `id` starts a styled item set apart from the one before it
/// ([`Dom::styled_apart`]), outside code, whose highlighted tokens run together as
/// written ("10" + "px").
pub(super) fn reads_apart(dom: &Dom, id: NodeId, c: Ctx) -> bool {
    c.flags & (flag::CODE | flag::PRE) == 0 && dom.styled_apart(id)
}

/// A block whose text is escaped markup (`<img src=…>` shown as text by a broken
/// template) or a bare address (an image or feed URL printed by a template): never
/// content.
fn is_markup(spans: &[Span]) -> bool {
    let text = crate::model::spans_text(spans);
    let t = text.trim();
    (t.starts_with('<') && t.ends_with('>') && t.contains('='))
        || ((t.starts_with("http://") || t.starts_with("https://"))
            && !t.contains(char::is_whitespace))
}

/// Inline style from context flags.
pub fn style_of(flags: u16) -> Style {
    let mut s = Style::default();
    if flags & flag::EM != 0 {
        s = s.with(Style::EMPHASIS);
    }
    if flags & flag::STRONG != 0 {
        s = s.with(Style::STRONG);
    }
    if flags & flag::CODE != 0 {
        s = s.with(Style::CODE);
    }
    s
}

/// 1-based position of an `<li>` in an `<ol>` (honouring `start`), `None` in `<ul>`.
fn list_number(dom: &Dom, li: NodeId) -> Option<u32> {
    let parent = dom.parent(li)?;
    if !dom.is(parent, &local_name!("ol")) {
        return None;
    }
    let start = dom
        .attr(parent, &local_name!("start"))
        .and_then(|s| s.trim().parse::<u32>().ok())
        .unwrap_or(1);
    let before = dom
        .children(parent)
        .take_while(|&c| c != li)
        .filter(|&c| dom.is(c, &local_name!("li")))
        .count() as u32;
    Some(start.saturating_add(before))
}

/// The text of a `<pre>` as it shows: its text nodes as they are, a line break for each
/// `<br>`, and one before a line's element (a block, or a highlighter's line wrapper,
/// [`CODE_LINE_CLASSES`]) that does not already start a line.
fn verbatim_text(dom: &Dom, pre: NodeId) -> String {
    let mut out = String::new();
    for n in dom.descendants(pre).skip(1) {
        if let Some(t) = dom.text(n) {
            out.push_str(t);
            continue;
        }
        let Some(tag) = dom.tag(n) else { continue };
        if *tag == local_name!("br") {
            out.push('\n');
            continue;
        }
        let starts_line = is_block_tag(tag)
            || dom
                .attr(n, &local_name!("class"))
                .is_some_and(|c| crate::dom::attr_words(c).any(|w| CODE_LINE_CLASSES.contains(&w)));
        if starts_line && !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

/// Language of a code block from `language-*`/`lang-*` classes on it or its `<code>`.
fn code_lang(dom: &Dom, pre: NodeId) -> Option<String> {
    let mut ids = vec![pre];
    ids.extend(
        dom.children(pre)
            .filter(|&c| dom.is(c, &local_name!("code"))),
    );
    for id in ids {
        if let Some(class) = dom.attr(id, &local_name!("class")) {
            for t in class.split_ascii_whitespace() {
                if let Some(l) = t
                    .strip_prefix("language-")
                    .or_else(|| t.strip_prefix("lang-"))
                {
                    if !l.is_empty()
                        && l.chars()
                            .all(|c| c.is_ascii_alphanumeric() || "+-#_".contains(c))
                    {
                        return Some(l.to_string());
                    }
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    /// A listing whose lines are highlighter wrappers, `<br>`s or blocks, with no
    /// newline between them in the markup.
    fn page(listing: &str) -> String {
        format!(
            r#"<html><body><article><h1>Packing the archive</h1>
            <p>The packer reads the tree once, sorts its entries by name and writes them in that order, so two runs give the same archive.</p>
            <pre><code>{listing}</code></pre>
            <p>Run it twice and compare the checksums: they match, whatever order the directory listed the files in.</p>
            </article></body></html>"#
        )
    }

    #[test]
    fn a_listing_keeps_its_lines_where_the_markup_has_no_newlines() {
        for listing in [
            r#"<span class="line"><span>cd</span><span> ./src</span></span><span class="line"><span>packer</span><span> --sorted</span></span>"#,
            r#"<div class="token-line">cd ./src</div><div class="token-line">packer --sorted</div>"#,
            "cd ./src<br>packer --sorted",
            // A newline already there is not doubled.
            "<span class=\"line\">cd ./src</span>\n<span class=\"line\">packer --sorted</span>",
        ] {
            let out = crate::extract(page(listing).as_bytes(), &crate::Options::default())
                .expect("extraction");
            let text = out.text();
            assert!(
                text.contains("cd ./src\npacker --sorted"),
                "{listing}: {text}"
            );
            let md = out.markdown();
            assert!(
                md.contains("```\ncd ./src\npacker --sorted\n```"),
                "{listing}: {md}"
            );
        }
    }

    #[test]
    fn a_paragraph_beside_a_wrapped_picture_is_its_caption() {
        let html = r#"<html><body><article><h1>Harbour works</h1>
            <div class="image top imgTop"><img src="crane.jpg" alt="Crane">
            <p>In this file photo, a crane lifts the first span of the new bridge into place.</p></div>
            <p>The council approved the harbour budget on Tuesday, after a debate that ran past midnight and ended in a narrow vote.</p>
            <div class="img-card"><img src="pier.jpg" alt="Pier"><p>The old pier closes in May.</p>
            <p>Its replacement opens a year later, with room for two ferries at once.</p></div>
            </article></body></html>"#;
        let out = crate::extract(html.as_bytes(), &crate::Options::default()).expect("extraction");
        let text = out.text();
        assert!(!text.contains("a crane lifts"), "{text}");
        assert!(text.contains("narrow vote"), "{text}");
        // Two paragraphs beside a picture are a card's text, not a caption.
        assert!(text.contains("The old pier closes in May."), "{text}");
        // With images kept, the caption stays beside its image.
        let options = crate::Options::default().images(crate::Images::Keep);
        let md = crate::extract(html.as_bytes(), &options)
            .expect("extraction")
            .markdown();
        assert!(md.contains("a crane lifts"), "{md}");
    }
}

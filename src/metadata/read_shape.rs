//! What the content read is made of: the counts that settle the page type after reading
//! (long paragraphs, headings, prices, lines that are mostly links).

use crate::heuristics::metadata as h;
use crate::model::{Block, Span};

use super::pagetype::shows_price;

/// What the content read is made of.
#[derive(Default, Debug)]
pub(super) struct ReadShape {
    /// Paragraphs of at least `LONG_PARAGRAPH_CHARS`.
    pub(super) long_paragraphs: usize,
    /// Headings.
    pub(super) headings: usize,
    /// Characters of text, code aside.
    pub(super) chars: usize,
    /// Blocks that show a price.
    pub(super) priced: usize,
    /// Lines of text: blocks, and a table's rows.
    pub(super) lines: usize,
    /// Lines whose linked text is at least as long as the rest: an index's entries.
    pub(super) linked_lines: usize,
    /// Words of text, code aside.
    pub(super) words: usize,
    /// Of them, first-person plural words (`SELF_WORDS`).
    pub(super) self_words: usize,
}

impl ReadShape {
    pub(super) fn of(blocks: &[Block]) -> Self {
        let mut s = ReadShape::default();
        let len = |spans: &[Span]| {
            spans
                .iter()
                .map(|sp| sp.text.chars().count())
                .sum::<usize>()
        };
        for b in blocks {
            s.count_lines(b);
            s.count_words(b);
            let n = match b {
                Block::Heading { spans, .. } => {
                    s.headings += 1;
                    len(spans)
                }
                Block::Paragraph { spans } | Block::Quote { spans } => {
                    let n = len(spans);
                    s.long_paragraphs += usize::from(n >= h::LONG_PARAGRAPH_CHARS);
                    s.priced += usize::from(shows_price(spans));
                    n
                }
                Block::ListItem { spans, .. } | Block::Caption { spans } => {
                    s.priced += usize::from(shows_price(spans));
                    len(spans)
                }
                Block::Table { rows, .. } => rows.iter().flatten().map(|c| len(&c.spans)).sum(),
                Block::Code { .. } | Block::Image { .. } => 0,
            };
            s.chars += n;
        }
        s
    }

    /// Counts a block's lines of text and those of them that are mostly a link.
    fn count_lines(&mut self, b: &Block) {
        let mut line = |(linked, plain): (usize, usize)| {
            if linked + plain > 0 {
                self.lines += 1;
                self.linked_lines += usize::from(linked > 0 && linked >= plain);
            }
        };
        match b {
            Block::Heading { spans, .. }
            | Block::Paragraph { spans }
            | Block::Quote { spans }
            | Block::ListItem { spans, .. }
            | Block::Caption { spans } => line(link_split(spans.iter())),
            Block::Table { rows, .. } => {
                for row in rows {
                    line(link_split(row.iter().flat_map(|c| c.spans.iter())));
                }
            }
            Block::Code { .. } | Block::Image { .. } => {}
        }
    }

    /// Counts a block's words and its first-person plural ones. "US" in capitals is the
    /// country.
    fn count_words(&mut self, b: &Block) {
        let mut count = |spans: &[Span]| {
            for sp in spans {
                for w in sp
                    .text
                    .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                {
                    let w = w.trim_matches(|c| c == '\'' || c == '’');
                    if w.is_empty() {
                        continue;
                    }
                    self.words += 1;
                    let capitals = w.chars().filter(|c| c.is_uppercase()).count();
                    if capitals < 2
                        && h::SELF_WORDS.contains(&w.to_lowercase().replace('’', "'").as_str())
                    {
                        self.self_words += 1;
                    }
                }
            }
        };
        match b {
            Block::Heading { spans, .. }
            | Block::Paragraph { spans }
            | Block::Quote { spans }
            | Block::ListItem { spans, .. }
            | Block::Caption { spans } => count(spans),
            Block::Table { rows, .. } => rows.iter().flatten().for_each(|c| count(&c.spans)),
            Block::Code { .. } | Block::Image { .. } => {}
        }
    }

    /// Says "we" and "our" often: a business speaking of what it offers.
    pub(super) fn speaks_for_itself(&self) -> bool {
        self.words > 0 && self.self_words as f64 >= h::SELF_VOICE_SHARE * self.words as f64
    }

    /// Most of its lines are links, and enough of them: an index of entries.
    pub(super) fn linked(&self) -> bool {
        self.linked_lines >= h::INDEX_MIN_LINKED_LINES
            && self.linked_lines as f64 > h::INDEX_LINKED_LINE_SHARE * self.lines as f64
    }

    /// Many headings for its length: a landing page's short sections.
    pub(super) fn sectioned(&self) -> bool {
        self.headings * h::SECTIONED_CHARS_PER_HEADING >= self.chars.max(1)
    }
}

/// Characters of a line's linked text and of the rest.
fn link_split<'a>(spans: impl Iterator<Item = &'a Span>) -> (usize, usize) {
    spans.fold((0, 0), |(linked, plain), sp| {
        let n = sp.text.trim().chars().count();
        if sp.link.is_some() {
            (linked + n, plain)
        } else {
            (linked, plain + n)
        }
    })
}

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
}

impl ReadShape {
    /// The shape of `blocks`; `text`: they were read as one authored text. In a text
    /// that opens with a paragraph under its headline (its introduction), a linked
    /// heading over a long paragraph titles a section (a guide's product headings), not
    /// an index's entry: an index opens with its first entry.
    pub(super) fn of(blocks: &[Block], text: bool) -> Self {
        let introduced = text
            && matches!(
                blocks
                    .iter()
                    .find(|b| !matches!(b, Block::Heading { level: 1, .. })),
                Some(Block::Paragraph { .. })
            );
        let mut s = ReadShape::default();
        let len = |spans: &[Span]| {
            spans
                .iter()
                .map(|sp| sp.text.chars().count())
                .sum::<usize>()
        };
        for (i, b) in blocks.iter().enumerate() {
            let section = introduced
                && matches!(b, Block::Heading { .. })
                && matches!(blocks.get(i + 1), Some(Block::Paragraph { spans })
                    if len(spans) >= h::LONG_PARAGRAPH_CHARS);
            if section {
                s.lines += 1;
            } else {
                s.count_lines(b);
            }
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

/// Whether the text says "we" and "our" often (`SELF_WORDS`, at least `SELF_VOICE_SHARE`
/// of its words): a business speaking of what it offers. "US" in capitals is the
/// country. Read only for a page that would otherwise be an article for its looks.
pub(super) fn speaks_for_itself(blocks: &[Block]) -> bool {
    let (mut words, mut own) = (0usize, 0usize);
    let mut count = |spans: &[Span]| {
        for sp in spans {
            for w in sp
                .text
                .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            {
                let w = w.trim_matches(['\'', '’']);
                if w.is_empty() {
                    continue;
                }
                words += 1;
                own += usize::from(is_self_word(w));
            }
        }
    };
    for b in blocks {
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
    words > 0 && own as f64 >= h::SELF_VOICE_SHARE * words as f64
}

/// One of `SELF_WORDS`, in any case but capitals ("US"), with a straight or a curly
/// apostrophe; compared without allocating, as every word of the text is looked at.
fn is_self_word(w: &str) -> bool {
    if w.len() > h::SELF_WORD_MAX_BYTES || w.chars().filter(|c| c.is_uppercase()).count() > 1 {
        return false;
    }
    h::SELF_WORDS.iter().any(|s| {
        w.chars()
            .map(|c| {
                if c == '’' {
                    '\''
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .eq(s.chars())
    })
}

#[cfg(test)]
mod tests {
    use super::is_self_word;

    #[test]
    fn self_words_in_any_case_but_capitals_and_with_either_apostrophe() {
        for w in ["we", "We", "we’re", "we're", "Unsere", "nuestros"] {
            assert!(is_self_word(w), "{w}");
        }
        for w in ["US", "weave", "user", "nuestrosx", "wé"] {
            assert!(!is_self_word(w), "{w}");
        }
    }
}

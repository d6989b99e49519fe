//! What an extraction produces: metadata and the body as typed blocks.

use serde::Serialize;

/// The kind of page, decided from the page's own signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PageType {
    /// A news story, blog post, essay: one authored text.
    #[default]
    Article,
    /// A discussion thread: the posts are the content.
    Forum,
    /// One product for sale: description and specifications.
    Product,
    /// A category of products or items: grid of cards, filters.
    Collection,
    /// An index of articles or entries: teasers.
    Listing,
    /// Technical documentation: prose, code, tables.
    Documentation,
    /// A company's page about what it offers.
    Service,
    /// None of the above.
    Other,
}

impl PageType {
    /// The lower-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            PageType::Article => "article",
            PageType::Forum => "forum",
            PageType::Product => "product",
            PageType::Collection => "collection",
            PageType::Listing => "listing",
            PageType::Documentation => "documentation",
            PageType::Service => "service",
            PageType::Other => "other",
        }
    }
}

impl std::fmt::Display for PageType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The page's metadata. Unknown values are `None` (JSON `null`) or empty lists.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Metadata {
    /// Canonical address: `<link rel=canonical>`, `og:url`, else the base URL given.
    pub url: Option<String>,
    /// The headline, without site-name suffixes or prefixes.
    pub title: Option<String>,
    /// Person names.
    pub authors: Vec<String>,
    /// Publication date, ISO 8601 (`YYYY-MM-DD`, or a timestamp with its offset).
    pub date: Option<String>,
    /// Last modification date, ISO 8601.
    pub date_modified: Option<String>,
    /// Name of the site or publication.
    pub sitename: Option<String>,
    /// Summary given by the page.
    pub description: Option<String>,
    /// BCP 47 language tag.
    pub language: Option<String>,
    /// Lead image address.
    pub image: Option<String>,
    /// Keywords and tags.
    pub tags: Vec<String>,
    /// Sections and categories.
    pub categories: Vec<String>,
    /// The kind of page.
    pub page_type: PageType,
}

/// Inline style of a text span (bit set).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Style(pub u8);

impl Style {
    /// `<em>`, `<i>`.
    pub const EMPHASIS: Style = Style(1);
    /// `<strong>`, `<b>`.
    pub const STRONG: Style = Style(2);
    /// `<code>`, `<kbd>`, `<samp>`.
    pub const CODE: Style = Style(4);

    /// Whether every bit of `other` is set.
    pub fn has(self, other: Style) -> bool {
        self.0 & other.0 == other.0
    }
    /// Union.
    pub fn with(self, other: Style) -> Style {
        Style(self.0 | other.0)
    }
}

/// A run of inline text with one style and at most one link.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Span {
    /// The text, whitespace already collapsed.
    pub text: String,
    /// Emphasis, strong, code.
    pub style: Style,
    /// Link target (absolute when a base URL is known), if the span is a link.
    pub link: Option<String>,
}

/// A table cell.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    /// Inline content.
    pub spans: Vec<Span>,
    /// `<th>`.
    pub header: bool,
}

/// One block of the body.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// `<h1>`–`<h6>`.
    Heading {
        /// 1 to 6.
        level: u8,
        /// Inline content.
        spans: Vec<Span>,
    },
    /// A paragraph of running text.
    Paragraph {
        /// Inline content; `\n` marks a `<br>`.
        spans: Vec<Span>,
    },
    /// A list item.
    ListItem {
        /// Nesting depth, 0 for a top-level list.
        depth: u8,
        /// Position for ordered lists (1-based), `None` for bullets.
        number: Option<u32>,
        /// Inline content.
        spans: Vec<Span>,
    },
    /// A paragraph inside a block quote.
    Quote {
        /// Inline content.
        spans: Vec<Span>,
    },
    /// Preformatted text or code, verbatim.
    Code {
        /// The text with its line breaks.
        text: String,
        /// Language hint from a `language-*` class, if any.
        lang: Option<String>,
    },
    /// A table.
    Table {
        /// Rows of cells.
        rows: Vec<Vec<Cell>>,
        /// Its `<caption>`, the table's title: Markdown prints it above the table, plain
        /// text (the rows alone) leaves it out. Empty when the table has none.
        caption: Vec<Span>,
    },
    /// A figure caption.
    Caption {
        /// Inline content.
        spans: Vec<Span>,
    },
    /// An image (only with `Images::Keep`).
    Image {
        /// Address.
        src: String,
        /// Alternative text.
        alt: String,
    },
}

/// Plain text of spans, concatenated.
pub fn spans_text(spans: &[Span]) -> String {
    let mut s = String::new();
    for sp in spans {
        s.push_str(&sp.text);
    }
    s
}

//! Extraction options: one builder-style struct with documented defaults.
//!
//! Settings that interact are typed enums rather than pairs of booleans, so that no
//! combination can contradict itself.

/// Output format of [`crate::Extraction::render`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Main content as plain text: blocks separated by one blank line. **Default.**
    #[default]
    Text,
    /// CommonMark with GFM tables.
    Markdown,
    /// One JSON object: the metadata fields plus `"text"`.
    Json,
}

/// Trade-off between keeping too much and keeping too little.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Favor {
    /// Drop doubtful blocks: less boilerplate, some content lost.
    Precision,
    /// The default balance. **Default.**
    #[default]
    Balanced,
    /// Keep doubtful blocks: more content, some boilerplate kept.
    Recall,
}

/// What to do with reader comments on articles. (On forum threads, posts are content
/// whatever this says.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Comments {
    /// Comments are neither content nor reported. **Default.**
    #[default]
    Exclude,
    /// Comments are extracted into `Extraction::comments`, kept apart from the main text.
    Separate,
}

/// How links are rendered in Markdown (text output never shows link targets).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Links {
    /// Only the link text. **Default.**
    #[default]
    TextOnly,
    /// `[text](target)`, absolute when a base URL is known. `javascript:` and `data:`
    /// targets are always dropped.
    Keep,
}

/// Whether images appear in Markdown output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Images {
    /// Images are left out, and the `<figcaption>` of a figure holding one goes with
    /// them. **Default.**
    #[default]
    Drop,
    /// `![alt](src)` for images inside the content, their captions beside them.
    Keep,
}

/// Whether data tables are part of the content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tables {
    /// Tables are kept (rows and cells in text, pipe tables in Markdown). **Default.**
    #[default]
    Keep,
    /// Tables are left out.
    Drop,
}

/// Whether inline emphasis is kept in Markdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Formatting {
    /// `*em*`, `**strong**` and `` `code` `` in Markdown. **Default.**
    #[default]
    Keep,
    /// Plain text runs only.
    Drop,
}

/// Resource limits: going past one is an error for that input, never a crash or a
/// silently partial result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest input accepted, counted after gzip decompression. Default 64 MiB.
    pub max_input_bytes: u64,
    /// Largest number of DOM nodes accepted. Default 4,000,000.
    pub max_nodes: usize,
}

/// Default for [`Limits::max_input_bytes`]: 64 MiB, above any real page.
pub const DEFAULT_MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;
/// Default for [`Limits::max_nodes`]: bounds memory at a few hundred MB in the worst case.
pub const DEFAULT_MAX_NODES: usize = 4_000_000;

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            max_nodes: DEFAULT_MAX_NODES,
        }
    }
}

/// Everything that steers one extraction. `Options::default()` is what the CLI does
/// without flags.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Options {
    /// Format used by [`crate::Extraction::render`]. Default [`Format::Text`].
    pub format: Format,
    /// The page's address: resolves relative links and fills `url` when the page names
    /// no canonical address. Default none.
    pub base_url: Option<String>,
    /// Precision/recall trade-off. Default [`Favor::Balanced`].
    pub favor: Favor,
    /// Reader comments. Default [`Comments::Exclude`].
    pub comments: Comments,
    /// Links in Markdown. Default [`Links::TextOnly`].
    pub links: Links,
    /// Images in Markdown. Default [`Images::Drop`].
    pub images: Images,
    /// Tables. Default [`Tables::Keep`].
    pub tables: Tables,
    /// Emphasis in Markdown. Default [`Formatting::Keep`].
    pub formatting: Formatting,
    /// Resource limits. Default [`Limits::default`].
    pub limits: Limits,
}

impl Options {
    /// Options with every default.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets [`Options::format`].
    pub fn format(mut self, format: Format) -> Self {
        self.format = format;
        self
    }
    /// Sets [`Options::base_url`].
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }
    /// Sets [`Options::favor`].
    pub fn favor(mut self, favor: Favor) -> Self {
        self.favor = favor;
        self
    }
    /// Sets [`Options::comments`].
    pub fn comments(mut self, comments: Comments) -> Self {
        self.comments = comments;
        self
    }
    /// Sets [`Options::links`].
    pub fn links(mut self, links: Links) -> Self {
        self.links = links;
        self
    }
    /// Sets [`Options::images`].
    pub fn images(mut self, images: Images) -> Self {
        self.images = images;
        self
    }
    /// Sets [`Options::tables`].
    pub fn tables(mut self, tables: Tables) -> Self {
        self.tables = tables;
        self
    }
    /// Sets [`Options::formatting`].
    pub fn formatting(mut self, formatting: Formatting) -> Self {
        self.formatting = formatting;
        self
    }
    /// Sets [`Options::limits`].
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }
}

//! thresh threshes web pages: it parses HTML, separates the main content from the chrome
//! (menus, headers, footers, share buttons, newsletter boxes, related links, cookie
//! banners, comments…) and returns the content as typed blocks with the page's metadata.
//!
//! ```
//! let html = r#"<html><head><title>Rain again | The Weather Desk</title></head><body>
//!   <nav><a href="/">Home</a> <a href="/news">News</a></nav>
//!   <article><h1>Rain again</h1>
//!   <p>The rain came back on Tuesday, as the almanac had said it would, and it stayed for the whole week.</p>
//!   <p>Farmers in the valley, who had waited for it since spring, said the fields needed every drop of it.</p>
//!   </article><footer>© 2026 The Weather Desk</footer></body></html>"#;
//! let out = thresh::extract_str(html, &thresh::Options::default()).unwrap();
//! assert_eq!(out.metadata.title.as_deref(), Some("Rain again"));
//! assert!(out.text().starts_with("The rain came back"));
//! assert!(!out.text().contains("Home"));
//! ```
//!
//! Pipeline: bytes → [`decode`] → [`dom::parse`] → metadata and (prune → score → select)
//! → blocks → render. The library is `Send + Sync`, keeps no global state, never prints,
//! never touches the network and returns [`Error`] rather than panicking.

#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

pub mod decode;
pub mod dom;
mod error;
pub mod explain;
mod extract;
pub mod heuristics;
mod metadata;
mod model;
mod options;
mod render;
mod text;
pub mod warc;

pub use error::{Error, Result};
pub use explain::{Decision, ExplainLine};
pub use model::{spans_text, Block, Cell, Metadata, PageType, Span, Style};
pub use options::{
    Comments, Favor, Format, Formatting, Images, Limits, Links, Options, Tables,
    DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_NODES,
};

// The library's public results and settings cross threads: scrapers run extractions in
// parallel and send results back. This fails to compile if that ever stops holding.
const _: fn() = || {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Extraction>();
    send_sync::<Options>();
    send_sync::<Error>();
    send_sync::<ExplainLine>();
};

/// The result of threshing one page.
#[derive(Debug, Clone, PartialEq)]
pub struct Extraction {
    /// The page's metadata.
    pub metadata: Metadata,
    /// The main content, in document order.
    pub blocks: Vec<Block>,
    /// Reader comments, when [`Comments::Separate`] was asked for.
    pub comments: Option<Vec<Block>>,
    render: render::RenderOptions,
}

impl Extraction {
    /// Whether main content was found.
    pub fn has_content(&self) -> bool {
        !self.blocks.is_empty()
    }

    /// The main content as plain text: blocks separated by one blank line.
    pub fn text(&self) -> String {
        render::text(&self.blocks)
    }

    /// The main content as Markdown.
    pub fn markdown(&self) -> String {
        render::markdown(&self.blocks, &self.render)
    }

    /// The metadata fields plus `"text"` (and `"comments"` when asked for) as one JSON
    /// object on one line.
    pub fn to_json(&self) -> String {
        render::json(self, None)
    }

    /// The metadata alone as a JSON object on one line.
    pub fn metadata_json(&self) -> String {
        render::metadata_json(&self.metadata, self.comments_text().as_deref())
    }

    /// Reader comments as plain text, when they were asked for.
    pub fn comments_text(&self) -> Option<String> {
        self.comments.as_ref().map(|c| render::text(c))
    }

    /// Renders in the format chosen by [`Options::format`].
    pub fn render(&self) -> String {
        match self.render.format {
            Format::Text => self.text(),
            Format::Markdown => self.markdown(),
            Format::Json => self.to_json(),
        }
    }
}

/// Threshes one page given as bytes: plain or gzip-compressed HTML in any charset.
pub fn extract(html: &[u8], options: &Options) -> Result<Extraction> {
    extract_with_charset(html, None, options)
}

/// Like [`extract()`], with a charset label from the transport (an HTTP `Content-Type`),
/// which outranks a `<meta charset>` but not a byte order mark.
pub fn extract_with_charset(
    html: &[u8],
    charset: Option<&str>,
    options: &Options,
) -> Result<Extraction> {
    let bytes = decode::gunzip_if_needed(html, options.limits.max_input_bytes)?;
    decode::reject_binary(&bytes)?;
    // The decoded text borrows the input when it already is UTF-8, so the bytes live
    // through the parse instead of a second copy of the page.
    let decoded = decode::decode(&bytes, charset);
    extract_str(&decoded.text, options)
}

/// Threshes one page given as text.
pub fn extract_str(html: &str, options: &Options) -> Result<Extraction> {
    if html.len() as u64 > options.limits.max_input_bytes {
        return Err(Error::TooLarge {
            limit: options.limits.max_input_bytes,
        });
    }
    let dom = dom::parse(html, options.limits.max_nodes)?;
    Ok(extract::run(&dom, options, None))
}

/// Threshes a page and reports, per candidate block, what was decided and why.
pub fn explain(html: &[u8], options: &Options) -> Result<(Extraction, Vec<ExplainLine>)> {
    let bytes = decode::gunzip_if_needed(html, options.limits.max_input_bytes)?;
    decode::reject_binary(&bytes)?;
    let decoded = decode::decode(&bytes, None);
    let dom = dom::parse(&decoded.text, options.limits.max_nodes)?;
    let mut lines = Vec::new();
    let ex = extract::run(&dom, options, Some(&mut lines));
    Ok((ex, lines))
}

/// The annotated copy of a page for `--explain-html`: kept blocks outlined green,
/// dropped ones red with the deciding rule as a tooltip, scripts and event handlers
/// removed. See [`explain::annotate`].
pub fn explain_html(html: &[u8], options: &Options) -> Result<String> {
    let bytes = decode::gunzip_if_needed(html, options.limits.max_input_bytes)?;
    decode::reject_binary(&bytes)?;
    let decoded = decode::decode(&bytes, None);
    let dom = dom::parse(&decoded.text, options.limits.max_nodes)?;
    let mut lines = Vec::new();
    extract::run(&dom, options, Some(&mut lines));
    Ok(explain::annotate(&dom, &lines))
}

#[cfg(test)]
mod send_sync {
    fn assert_send_sync<T: Send + Sync>() {}
    #[test]
    fn public_types_are_send_sync() {
        assert_send_sync::<super::Extraction>();
        assert_send_sync::<super::Options>();
        assert_send_sync::<super::Error>();
    }
}

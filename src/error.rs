//! The one error type of the library. Every failure an input can cause is a variant here;
//! the library never panics and never prints.

use thiserror::Error;

/// Why an extraction failed.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are a known binary format (image, PDF, archive…) or contain too many
    /// control bytes to be a text document.
    #[error("not HTML: {0}")]
    NotHtml(String),
    /// The input (after gzip decompression) is larger than [`crate::Limits::max_input_bytes`].
    #[error("input exceeds the size limit of {limit} bytes")]
    TooLarge {
        /// The limit that was exceeded, in bytes.
        limit: u64,
    },
    /// The parsed document has more nodes than [`crate::Limits::max_nodes`].
    #[error("document exceeds the node limit of {limit} nodes")]
    TooManyNodes {
        /// The limit that was exceeded.
        limit: usize,
    },
    /// The gzip stream is corrupt or truncated.
    #[error("corrupt gzip input: {0}")]
    Gzip(String),
}

/// Shorthand for results of this crate.
pub type Result<T> = std::result::Result<T, Error>;

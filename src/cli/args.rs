//! Command-line arguments: the whole surface of the `thresh` binary, documented here.

use std::path::PathBuf;

use clap::{Parser, ValueEnum};

/// thresh: extract the main content and metadata of web pages.
///
/// Reads HTML files (gzip recognised by its magic bytes), WARC files or JSON Lines, or
/// stdin when no INPUT is given or INPUT is `-`, and writes the main content to stdout.
///
/// Exit status: 0 success; 1 no main content found; 2 error (unreadable input, bad
/// arguments, input that is not HTML).
#[derive(Debug, Parser)]
#[command(name = "thresh", version, about, long_about = None, max_term_width = 100)]
pub struct Args {
    /// Files to read; `-` reads stdin, as does giving none without --files-from.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// Also read the inputs named in FILE, one path per line (`-` reads the list from
    /// stdin), after any INPUT.
    #[arg(long, value_name = "FILE")]
    pub files_from: Option<PathBuf>,

    /// With --files-from: the paths are separated by NUL bytes (as `find -print0` writes).
    #[arg(short = '0', long = "null", requires = "files_from")]
    pub null: bool,

    /// What the inputs are: `auto` reads a WARC file as WARC (by its header) and anything
    /// else as HTML; `jsonl` reads lines of `{"url": …, "html": …}`.
    #[arg(long, value_enum, default_value_t = InputFormatArg::Auto)]
    pub input_format: InputFormatArg,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = FormatArg::Text)]
    pub format: FormatArg,

    /// With text or markdown: print the metadata as one JSON line, a blank line, then the body.
    #[arg(long)]
    pub metadata: bool,

    /// Write one file per input into DIR (`<name>.txt` or `.md`); needed for several
    /// inputs with text or markdown.
    #[arg(long, value_name = "DIR")]
    pub output_dir: Option<PathBuf>,

    /// The page's address: resolves relative links and fills `url`.
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,

    /// Parallel jobs; default all cores. Output keeps the input order.
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,

    /// Trade-off between precision and recall.
    #[arg(long, value_enum, default_value_t = FavorArg::Balanced)]
    pub favor: FavorArg,

    /// Extract reader comments into a separate `comments` field.
    #[arg(long)]
    pub comments: bool,

    /// Keep link targets in Markdown.
    #[arg(long)]
    pub links: bool,

    /// Keep images in Markdown.
    #[arg(long)]
    pub images: bool,

    /// Leave tables out.
    #[arg(long)]
    pub no_tables: bool,

    /// No emphasis or inline code markers in Markdown.
    #[arg(long)]
    pub no_formatting: bool,

    /// Largest input accepted, after decompression, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = thresh::DEFAULT_MAX_INPUT_BYTES)]
    pub max_input_bytes: u64,

    /// Largest number of DOM nodes accepted.
    #[arg(long, value_name = "N", default_value_t = thresh::DEFAULT_MAX_NODES)]
    pub max_nodes: usize,

    /// Print one line per candidate block: kept or dropped, the deciding rule, link
    /// density, words and the first 60 characters.
    #[arg(long, conflicts_with_all = ["golden"])]
    pub explain: bool,

    /// Write an annotated copy of the page: kept blocks outlined green, dropped ones red
    /// with the deciding rule as a tooltip, a legend on top, scripts removed.
    #[arg(long, conflicts_with_all = ["golden", "explain"])]
    pub explain_html: bool,

    /// Check a folder of saved pages (`DIR/<name>/input.html`) against their pinned
    /// `expected.txt`, `expected.md`, `expected.json`.
    #[arg(long, value_name = "DIR")]
    pub golden: Option<PathBuf>,

    /// With --golden: write or rewrite the expectations instead of comparing.
    #[arg(long, requires = "golden")]
    pub update: bool,
}

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Main content as plain text.
    Text,
    /// Main content as Markdown.
    Markdown,
    /// One JSON object per input: metadata plus "text".
    Json,
}

/// `--input-format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormatArg {
    /// WARC when the input starts with a WARC header, else HTML.
    Auto,
    /// Every input is one HTML page.
    Html,
    /// Every input is a WARC file: one record per HTML response.
    Warc,
    /// Every input is JSON Lines: one record per `{"url": …, "html": …}` line, other
    /// fields passed through.
    Jsonl,
}

/// `--favor`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FavorArg {
    /// Less boilerplate, some content lost.
    Precision,
    /// The default balance.
    Balanced,
    /// More content, some boilerplate kept.
    Recall,
}

impl Args {
    /// The library options these arguments ask for.
    pub fn options(&self) -> thresh::Options {
        let mut o = thresh::Options::new()
            .format(match self.format {
                FormatArg::Text => thresh::Format::Text,
                FormatArg::Markdown => thresh::Format::Markdown,
                FormatArg::Json => thresh::Format::Json,
            })
            .favor(match self.favor {
                FavorArg::Precision => thresh::Favor::Precision,
                FavorArg::Balanced => thresh::Favor::Balanced,
                FavorArg::Recall => thresh::Favor::Recall,
            })
            .limits(thresh::Limits {
                max_input_bytes: self.max_input_bytes,
                max_nodes: self.max_nodes,
            });
        if let Some(u) = &self.url {
            o = o.base_url(u.clone());
        }
        if self.comments {
            o = o.comments(thresh::Comments::Separate);
        }
        if self.links {
            o = o.links(thresh::Links::Keep);
        }
        if self.images {
            o = o.images(thresh::Images::Keep);
        }
        if self.no_tables {
            o = o.tables(thresh::Tables::Drop);
        }
        if self.no_formatting {
            o = o.formatting(thresh::Formatting::Drop);
        }
        o
    }
}

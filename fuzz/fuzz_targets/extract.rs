//! Bytes in → `thresh::extract` with the default options, with small limits, and (chosen
//! by the first byte) with every rendering option switched on. Every `Ok` is rendered as
//! text, Markdown and JSON, and each rendering is checked: no control characters other
//! than `\n` and `\t`, JSON that parses, JSON `text` equal to `text()`.

#![no_main]

use libfuzzer_sys::fuzz_target;
use thresh::{Comments, Favor, Format, Images, Limits, Links, Options, Tables};

#[path = "common/mod.rs"]
mod common;

fn everything_on(first: u8) -> Options {
    Options::default()
        .format(match first % 3 {
            0 => Format::Text,
            1 => Format::Markdown,
            _ => Format::Json,
        })
        .favor(if first & 4 == 0 {
            Favor::Recall
        } else {
            Favor::Precision
        })
        .comments(Comments::Separate)
        .links(Links::Keep)
        .images(Images::Keep)
        .tables(if first & 8 == 0 {
            Tables::Keep
        } else {
            Tables::Drop
        })
        .base_url("https://example.org/a/b/page.html?q=1")
}

fuzz_target!(|data: &[u8]| {
    let small = Options::default().limits(Limits {
        max_input_bytes: 16 * 1024,
        max_nodes: 500,
    });
    let mut runs = vec![Options::default(), small];
    if let Some(&first) = data.first() {
        if first & 0x80 != 0 {
            runs.push(everything_on(first));
        }
    }
    for options in &runs {
        if let Ok(ex) = thresh::extract(data, options) {
            common::check_extraction(&ex);
        }
    }
    // The text entry point, on the same bytes read as UTF-8.
    if let Ok(ex) = thresh::extract_str(&String::from_utf8_lossy(data), &Options::default()) {
        common::check_extraction(&ex);
    }
});

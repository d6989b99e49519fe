//! The WARC reader: records from arbitrary bytes, the HTTP responses inside them, chunked
//! bodies, and extraction of the HTML ones with their transport charset. Never a panic,
//! and the reader always makes progress (record offsets strictly increase).

#![no_main]

use libfuzzer_sys::fuzz_target;
use thresh::warc::{self, HttpResponse, Reader, WarcError};
use thresh::{Limits, Options};

#[path = "common/mod.rs"]
mod common;

fn options() -> Options {
    Options::default().limits(Limits {
        max_input_bytes: 64 * 1024,
        max_nodes: 5_000,
    })
}

/// What the CLI does with one record's block.
fn block(block: &[u8]) {
    let _ = HttpResponse::parse_head(block);
    let Ok(http) = HttpResponse::parse(block) else {
        return;
    };
    let _ = (http.media_type(), http.header("Content-Encoding"));
    if http.is_html() {
        if let Ok(ex) =
            thresh::extract_with_charset(&http.body, http.charset().as_deref(), &options())
        {
            common::check_extraction(&ex);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let _ = warc::is_warc(data);
    let _ = warc::looks_like_html(data);
    let _ = warc::dechunk(data);
    let mut reader = Reader::new(data, 16 * 1024);
    let mut last: Option<u64> = None;
    while let Some(item) = reader.next() {
        let offset = match &item {
            Ok(r) => r.offset,
            Err(WarcError::TooLarge { record, .. }) => record.offset,
            Err(_) => break,
        };
        assert!(
            last.is_none_or(|l| offset > l),
            "reader did not advance: {last:?} then {offset}"
        );
        assert!(
            reader.offset() <= data.len() as u64,
            "offset past the end of the input"
        );
        last = Some(offset);
        match item {
            Ok(r) => {
                let _ = (
                    r.warc_type(),
                    r.target_uri(),
                    r.record_id(),
                    r.date(),
                    r.content_type(),
                );
                block(&r.block);
            }
            Err(WarcError::TooLarge { record, .. }) => {
                let _ = HttpResponse::parse_head(&record.block);
            }
            Err(_) => break,
        }
    }
});

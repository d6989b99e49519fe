//! The charset sniffer and decoder: `prescan_meta_charset`, `decode` (with and without a
//! transport label), `reject_binary` and `gunzip_if_needed` never panic, and keep their
//! invariants:
//! - `gunzip_if_needed` never returns more than its limit;
//! - valid UTF-8 without BOM, NUL bytes (bare UTF-16) or meta declaration decodes to itself;
//! - a transport label of UTF-8 decodes like `String::from_utf8_lossy` (no BOM, no NUL).

#![no_main]

use libfuzzer_sys::fuzz_target;
use thresh::decode;

fuzz_target!(|data: &[u8]| {
    let declared = decode::prescan_meta_charset(data);
    let _ = decode::reject_binary(data);
    let plain = decode::decode(data, None);
    let has_bom = encoding_bom(data);
    let has_nul = data.contains(&0);
    if !has_bom && !has_nul {
        if let Ok(s) = std::str::from_utf8(data) {
            if declared.is_none() {
                assert_eq!(plain.text, s, "valid UTF-8 without declaration changed");
            }
        }
        let utf8 = decode::decode(data, Some(" UTF-8 "));
        assert_eq!(
            utf8.text,
            String::from_utf8_lossy(data),
            "transport UTF-8 differs from lossy"
        );
    }
    // A transport label taken from the input itself: any label, known or not.
    if let Some(split) = data.iter().position(|&b| b == b'|') {
        let label = String::from_utf8_lossy(&data[..split]);
        let _ = decode::decode(&data[split + 1..], Some(&label));
    }
    for limit in [0u64, 100, 64 * 1024] {
        if let Ok(bytes) = decode::gunzip_if_needed(data, limit) {
            assert!(
                bytes.len() as u64 <= limit,
                "gunzip returned {} bytes over limit {limit}",
                bytes.len()
            );
        }
    }
});

fn encoding_bom(data: &[u8]) -> bool {
    data.starts_with(b"\xef\xbb\xbf")
        || data.starts_with(b"\xff\xfe")
        || data.starts_with(b"\xfe\xff")
}

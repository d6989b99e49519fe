//! Bytes to text: gzip, binary sniffing, BOM, declared charset, encoding_rs decoding.
//!
//! Order of trust for the charset (as in the HTML spec's encoding sniffing, simplified):
//! 1. a byte order mark;
//! 2. the transport's charset (e.g. a WARC record's `Content-Type`), when the caller has one;
//! 3. `<meta charset>` or `<meta http-equiv=Content-Type>` in the first bytes;
//! 4. UTF-8 when the bytes are valid UTF-8, else windows-1252.
//!
//! A declared single-byte legacy charset is overridden by UTF-8 when the bytes are valid
//! UTF-8 and contain multi-byte sequences: pages saved after transcoding often keep their
//! old label, and real legacy text is practically never valid multi-byte UTF-8.

use std::borrow::Cow;
use std::io::Read;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

use crate::error::{Error, Result};
use crate::heuristics::{
    BINARY_SNIFF_BYTES, MAX_BINARY_CONTROL_RATIO, META_PRESCAN_BYTES, MIN_BINARY_CONTROLS,
};

/// Gzip streams start with these two bytes.
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Magic numbers of formats that are certainly not HTML, with their names for the error.
const BINARY_MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x7fELF", "ELF executable"),
    (b"RIFF", "RIFF media"),
    (b"\x00\x00\x01\x00", "ICO image"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x1a\x45\xdf\xa3", "Matroska/WebM media"),
    (b"wOFF", "WOFF font"),
    (b"wOF2", "WOFF2 font"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
];

/// Text decoded from the input, with the charset that was used.
#[derive(Debug)]
pub struct Decoded<'a> {
    /// The document as UTF-8: the input itself when it already was UTF-8 (or ASCII in an
    /// ASCII-compatible encoding), else a decoded copy.
    pub text: Cow<'a, str>,
    /// The encoding that decoded it.
    pub encoding: &'static Encoding,
}

/// Undoes gzip when the bytes start with the gzip magic, enforcing `max_bytes` on the
/// decompressed size (so a gzip bomb stops at the limit).
pub fn gunzip_if_needed(bytes: &[u8], max_bytes: u64) -> Result<std::borrow::Cow<'_, [u8]>> {
    if !bytes.starts_with(&GZIP_MAGIC) {
        if bytes.len() as u64 > max_bytes {
            return Err(Error::TooLarge { limit: max_bytes });
        }
        return Ok(std::borrow::Cow::Borrowed(bytes));
    }
    let mut out = Vec::new();
    let decoder = flate2::read::MultiGzDecoder::new(bytes);
    let mut limited = decoder.take(max_bytes.saturating_add(1));
    limited
        .read_to_end(&mut out)
        .map_err(|e| Error::Gzip(e.to_string()))?;
    if out.len() as u64 > max_bytes {
        return Err(Error::TooLarge { limit: max_bytes });
    }
    Ok(std::borrow::Cow::Owned(out))
}

/// Fails with [`Error::NotHtml`] for known binary formats and for byte soup.
pub fn reject_binary(bytes: &[u8]) -> Result<()> {
    for (magic, name) in BINARY_MAGIC {
        if bytes.starts_with(magic) {
            return Err(Error::NotHtml(format!("looks like a {name}")));
        }
    }
    if Encoding::for_bom(bytes).is_some() || utf16_without_bom(bytes).is_some() {
        return Ok(());
    }
    let head = bytes.get(..BINARY_SNIFF_BYTES).unwrap_or(bytes);
    if head.is_empty() {
        return Ok(());
    }
    let controls = head.iter().filter(|&&b| is_binary_control(b)).count();
    if controls >= MIN_BINARY_CONTROLS
        && controls as f64 / head.len() as f64 > MAX_BINARY_CONTROL_RATIO
    {
        return Err(Error::NotHtml("binary data (control bytes)".into()));
    }
    Ok(())
}

/// C0 control bytes that never appear in text documents (tab, LF, FF, CR and ESC do).
fn is_binary_control(b: u8) -> bool {
    matches!(b, 0x00..=0x08 | 0x0e..=0x1a | 0x1c..=0x1f)
}

/// UTF-16 without a BOM: ASCII markup leaves every other byte NUL.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..BINARY_SNIFF_BYTES.min(bytes.len() & !1))?;
    if head.len() < 8 {
        return None;
    }
    let pairs = head.len() / 2;
    let even_nul = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nul = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    // Nearly all of one half NUL and nearly none of the other: 16-bit ASCII-range text.
    let mostly = |n: usize| n * 10 >= pairs * 9;
    let hardly = |n: usize| n * 10 <= pairs;
    if mostly(odd_nul) && hardly(even_nul) {
        Some(UTF_16LE)
    } else if mostly(even_nul) && hardly(odd_nul) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Decodes `bytes` (already gunzipped) to UTF-8. `transport` is a charset label from
/// outside the document (an HTTP header), if any.
pub fn decode<'a>(bytes: &'a [u8], transport: Option<&str>) -> Decoded<'a> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        let (text, _) = enc.decode_without_bom_handling(body);
        return Decoded {
            text,
            encoding: enc,
        };
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(bytes);
        return Decoded {
            text,
            encoding: enc,
        };
    }
    let declared = transport
        .and_then(|l| Encoding::for_label(l.trim().as_bytes()))
        .or_else(|| prescan_meta_charset(bytes));
    let enc = choose_encoding(bytes, declared);
    let (text, _) = enc.decode_without_bom_handling(bytes);
    Decoded {
        text,
        encoding: enc,
    }
}

fn choose_encoding(bytes: &[u8], declared: Option<&'static Encoding>) -> &'static Encoding {
    let valid_utf8 = std::str::from_utf8(bytes).is_ok();
    match declared {
        // A meta-declared UTF-16 cannot be true of bytes we could read the meta from.
        Some(e) if e == UTF_16LE || e == UTF_16BE => UTF_8,
        Some(e) if e.is_single_byte() && valid_utf8 && !bytes.is_ascii() => UTF_8,
        Some(e) => e,
        None if valid_utf8 => UTF_8,
        None => WINDOWS_1252,
    }
}

/// Looks for a charset declaration in `<meta>` tags near the start of the document.
pub fn prescan_meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..META_PRESCAN_BYTES).unwrap_or(bytes);
    let mut pos = 0;
    while let Some(off) = find_ci(head.get(pos..)?, b"<meta") {
        let start = pos + off + 5;
        let end = head
            .get(start..)?
            .iter()
            .position(|&b| b == b'>')
            .map_or(head.len(), |e| start + e);
        let tag = head.get(start..end)?;
        if let Some(enc) = charset_in_tag(tag) {
            return Some(enc);
        }
        pos = end;
    }
    None
}

/// The label after `charset=` inside one meta tag's attribute text.
fn charset_in_tag(tag: &[u8]) -> Option<&'static Encoding> {
    let at = find_ci(tag, b"charset")?;
    let rest = tag.get(at + 7..)?;
    let rest = rest.get(rest.iter().position(|&b| !b.is_ascii_whitespace())?..)?;
    let rest = rest.strip_prefix(b"=")?;
    let rest = rest.get(rest.iter().position(|&b| !b.is_ascii_whitespace())?..)?;
    let (quote, rest) = match rest.first() {
        Some(&q @ (b'"' | b'\'')) => (Some(q), rest.get(1..)?),
        _ => (None, rest),
    };
    // A quoted label runs to its quote (spaces around it are trimmed, as the Encoding
    // Standard says); a bare one to the first space or delimiter.
    let len = rest
        .iter()
        .position(|&b| match quote {
            Some(q) => b == q || b == b';' || b == b'>',
            None => matches!(b, b'"' | b'\'' | b';' | b'/' | b'>') || b.is_ascii_whitespace(),
        })
        .unwrap_or(rest.len());
    Encoding::for_label(rest.get(..len)?.trim_ascii())
}

/// Case-insensitive ASCII search: the needle's first byte, in either case, found with
/// `memchr2`, then the rest compared there.
pub(crate) fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let last_start = hay.len().checked_sub(needle.len())?;
    let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    let mut from = 0;
    while from <= last_start {
        let at = from + memchr::memchr2(lower, upper, hay.get(from..=last_start)?)?;
        if hay
            .get(at + 1..at + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(rest))
        {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_ci_finds_the_first_match_in_either_case() {
        assert_eq!(find_ci(b"<META charset", b"<meta"), Some(0));
        assert_eq!(find_ci(b"xx<mEtA", b"<meta"), Some(2));
        assert_eq!(find_ci(b"meme meta", b"META"), Some(5));
        assert_eq!(find_ci(b"Jane Roe", b"roe"), Some(5));
        assert_eq!(find_ci(b"2x2 150X150", b"150x150"), Some(4));
        assert_eq!(find_ci(b"met", b"meta"), None);
        assert_eq!(find_ci(b"anything", b""), None);
        assert_eq!(find_ci(b"", b"a"), None);
    }

    #[test]
    fn meta_charset_forms() {
        let a = b"<html><head><meta charset=\"windows-1251\"></head>";
        assert_eq!(
            prescan_meta_charset(a).map(|e| e.name()),
            Some("windows-1251")
        );
        let b = b"<meta http-equiv='Content-Type' content='text/html; charset=Shift_JIS'>";
        assert_eq!(prescan_meta_charset(b).map(|e| e.name()), Some("Shift_JIS"));
        assert!(prescan_meta_charset(b"<meta name=x content=y>").is_none());
    }

    #[test]
    fn mislabelled_latin1_that_is_utf8() {
        let page = "<meta charset=iso-8859-1><p>caf\u{e9} na\u{ef}ve</p>";
        let d = decode(page.as_bytes(), None);
        assert!(d.text.contains("café naïve"));
    }

    #[test]
    fn real_latin1_stays_latin1() {
        let d = decode(b"<meta charset=iso-8859-1><p>caf\xe9</p>", None);
        assert!(d.text.contains("café"));
    }

    #[test]
    fn binary_is_rejected() {
        assert!(reject_binary(b"\x89PNG\r\n\x1a\n....").is_err());
        assert!(reject_binary(b"%PDF-1.7").is_err());
        let junk: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect();
        assert!(reject_binary(&junk).is_err());
        assert!(reject_binary(b"<p>hello\0world</p>").is_ok());
    }

    #[test]
    fn utf16_bom_and_bare() {
        let s = "<p>Hello</p>";
        let mut le = vec![0xff, 0xfe];
        le.extend(s.encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(decode(&le, None).text, s);
        let be: Vec<u8> = s.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        assert_eq!(decode(&be, None).text, s);
    }
}

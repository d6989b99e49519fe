//! Mojibake repair: UTF-8 text that was once decoded as Latin-1 or Windows-1252 and
//! encoded again ("isnâ€™t" for "isn’t", "â\u{80}\u{94}" for "—"). Some pages carry it
//! in their bytes or in their entities (`&acirc;&euro;&trade;`), so no choice of
//! encoding undoes it: the parsed text is mended, sequence by sequence.
//!
//! A sequence is mended only when every character maps back to the byte it came from,
//! the bytes form one UTF-8 character and that character is one such text plausibly
//! holds (Latin letters, punctuation, currency, letterlike symbols), so real text ("ß"
//! before a no-break space, "à" before « ») is left alone. One linear pass; nothing is
//! allocated for text without a candidate lead character.

use crate::heuristics::MOJIBAKE_PLAUSIBLE;

/// The first and last characters that can lead a mis-decoded UTF-8 sequence: the
/// Latin-1 readings of the lead bytes 0xC2–0xF4.
const LEAD_FIRST: char = '\u{C2}';
const LEAD_LAST: char = '\u{F4}';

/// Windows-1252's characters for the bytes 0x80–0x9F (`None` where it has none), so a
/// continuation byte read through that table maps back.
const CP1252_HIGH: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('‘'),
    Some('’'),
    Some('“'),
    Some('”'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

/// Whether `s` may hold mojibake: a UTF-8 lead byte's Latin-1 reading ("Â" to "ô",
/// encoded 0xC3 0x82–0xB4) somewhere in it.
fn has_candidate(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr_iter(0xC3, b).any(|i| matches!(b.get(i + 1), Some(0x82..=0xB4)))
}

/// The byte a continuation character stood for, when it stands for one (0x80–0xBF).
fn continuation_byte(c: char) -> Option<u8> {
    match u32::from(c) {
        v @ 0x80..=0xBF => u8::try_from(v).ok(),
        _ => CP1252_HIGH
            .iter()
            .position(|&m| m == Some(c))
            .and_then(|i| u8::try_from(0x80 + i).ok()),
    }
}

/// How many continuation bytes follow a lead byte.
fn continuations(lead: u8) -> usize {
    match lead {
        0xC2..=0xDF => 1,
        0xE0..=0xEF => 2,
        _ => 3,
    }
}

/// `s` with its mojibake mended, or `None` when there is nothing to mend.
pub fn repair(s: &str) -> Option<String> {
    if !has_candidate(s) {
        return None;
    }
    let mut out = String::new();
    let mut copied = 0;
    let mut chars = s.char_indices();
    while let Some((at, c)) = chars.next() {
        if !(LEAD_FIRST..=LEAD_LAST).contains(&c) {
            continue;
        }
        let Ok(lead) = u8::try_from(u32::from(c)) else {
            continue;
        };
        let mut bytes = [lead, 0, 0, 0];
        let want = continuations(lead);
        let mut ahead = chars.clone();
        let mut end = at + c.len_utf8();
        let mut ok = true;
        for slot in bytes.iter_mut().skip(1).take(want) {
            match ahead
                .next()
                .and_then(|(i, n)| Some((i, n, continuation_byte(n)?)))
            {
                Some((i, n, b)) => {
                    *slot = b;
                    end = i + n.len_utf8();
                }
                None => {
                    ok = false;
                    break;
                }
            }
        }
        let mended = bytes
            .get(..=want)
            .filter(|_| ok)
            .and_then(|b| std::str::from_utf8(b).ok())
            .and_then(|t| t.chars().next())
            .filter(|&m| plausible(m));
        if let Some(m) = mended {
            out.push_str(s.get(copied..at).unwrap_or(""));
            out.push(m);
            copied = end;
            chars = ahead;
        }
    }
    if copied == 0 {
        return None;
    }
    out.push_str(s.get(copied..).unwrap_or(""));
    Some(out)
}

fn plausible(c: char) -> bool {
    MOJIBAKE_PLAUSIBLE.iter().any(|r| r.contains(&c))
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn windows_1252_readings_are_mended() {
        assert_eq!(repair("isnâ€™t it").as_deref(), Some("isn’t it"));
        assert_eq!(repair("sitesâ€”they").as_deref(), Some("sites—they"));
        assert_eq!(repair("wait â€¦ then").as_deref(), Some("wait … then"));
        assert_eq!(repair("cafÃ© crème").as_deref(), Some("café crème"));
    }

    #[test]
    fn latin_1_readings_are_mended() {
        assert_eq!(repair("a \u{e2}\u{80}\u{94} b").as_deref(), Some("a — b"));
        assert_eq!(repair("100Â\u{a0}km").as_deref(), Some("100\u{a0}km"));
    }

    #[test]
    fn real_text_is_left_alone() {
        for s in [
            "plain ascii",
            "café crème brûlée",
            "Fuß\u{a0}weg",
            "voilà\u{a0}« dit-il »",
            "ß»",
            "SÃO PAULO",
            "naïve façade",
            "Ã",
            "â€",
        ] {
            assert_eq!(repair(s), None, "{s}");
        }
    }
}

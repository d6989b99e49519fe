//! Character-level helpers: whitespace collapsing, invisible and control characters,
//! word counts in every script.

use unicode_segmentation::UnicodeSegmentation;

/// Most bytes a character takes in UTF-8: a text longer than this many times a bound in
/// characters is past the bound without counting them.
pub const MAX_CHAR_BYTES: usize = 4;

/// Characters that render as nothing and must not survive into output: soft hyphen,
/// zero-width space, word joiner, byte order mark, Mongolian vowel separator.
#[inline]
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}' | '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{180e}'
    )
}

/// Control characters other than `\n` and `\t` (C0, DEL and C1).
#[inline]
pub fn is_bad_control(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || c == '\u{fffe}' || c == '\u{ffff}'
}

/// Whitespace for collapsing: Unicode white space (NBSP included) and `\r`.
#[inline]
pub fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// Appends `src` to `out` with runs of whitespace collapsed to one space, invisible and
/// control characters dropped. `pending_space` carries a space across calls so that
/// consecutive inline pieces join correctly; it is set when `src` ends in whitespace.
pub fn push_collapsed(out: &mut String, src: &str, pending_space: &mut bool) {
    for c in src.chars() {
        if is_space(c) {
            *pending_space = true;
        } else if is_invisible(c) || is_bad_control(c) {
            continue;
        } else {
            if *pending_space && !out.is_empty() && !out.ends_with([' ', '\n']) {
                out.push(' ');
            }
            *pending_space = false;
            out.push(c);
        }
    }
}

/// `src` with whitespace collapsed and trimmed.
pub fn collapse(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut pending = false;
    push_collapsed(&mut out, src, &mut pending);
    out
}

/// Removes invisible and control characters but keeps line structure (for code).
pub fn clean_verbatim(src: &str) -> String {
    src.chars()
        .filter(|&c| !is_invisible(c) && (!is_bad_control(c) || c == '\u{b}' || c == '\u{c}'))
        .map(|c| match c {
            '\r' => '\n',
            '\u{b}' | '\u{c}' => ' ',
            c => c,
        })
        .collect()
}

/// Number of words by Unicode segmentation (UAX #29): each CJK ideograph or kana counts
/// as one, so thresholds in words behave alike across scripts.
///
/// Text made only of the characters [`wb_char`] knows (ASCII, Latin letters, the common
/// typographic quotes and dashes, Han and Hiragana) is counted by one pass of the same
/// rules without the Unicode tables; anything else goes to `unicode-segmentation`.
pub fn word_count(s: &str) -> usize {
    if s.is_ascii() {
        return count_segments(s.bytes().map(wb));
    }
    let mut unknown = false;
    let n = count_segments(s.chars().map(|c| {
        wb_char(c).unwrap_or_else(|| {
            unknown = true;
            Wb::Other
        })
    }));
    if unknown {
        s.unicode_words().count()
    } else {
        n
    }
}

/// UAX #29 word classes of the characters the fast path knows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wb {
    /// ALetter.
    Letter,
    /// Numeric.
    Digit,
    /// ExtendNumLet: `_`.
    Connector,
    /// MidLetter: `:`, `·`.
    MidLetter,
    /// MidNum: `,` `;`.
    MidNum,
    /// MidNumLetQ: `.` `'` `‘` `’`.
    MidBoth,
    /// A character that is a word by itself (Han ideographs, Hiragana): no rule joins it.
    Single,
    /// Anything else: a break on both sides.
    Other,
}

fn wb(b: u8) -> Wb {
    match b {
        b'a'..=b'z' | b'A'..=b'Z' => Wb::Letter,
        b'0'..=b'9' => Wb::Digit,
        b'_' => Wb::Connector,
        b':' => Wb::MidLetter,
        b',' | b';' => Wb::MidNum,
        b'.' | b'\'' => Wb::MidBoth,
        _ => Wb::Other,
    }
}

/// The class of `c` when the fast path knows it; `None` sends the text to the tables.
fn wb_char(c: char) -> Option<Wb> {
    Some(match c {
        '\0'..='\x7f' => wb(c as u8),
        // Latin-1 letters (not × and ÷), Latin Extended-A and -B: all ALetter.
        'ª' | 'µ' | 'º' | 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ɏ' => Wb::Letter,
        '·' => Wb::MidLetter,
        '\u{2018}' | '\u{2019}' => Wb::MidBoth,
        // No-break space, Latin-1 symbols, dashes, double quotes, bullet, ellipsis.
        // (Superscript digits and fractions are numbers, so not here.)
        '\u{a0}'..='\u{a9}'
        | '\u{ab}'..='\u{ac}'
        | '\u{ae}'..='\u{b1}'
        | '\u{b4}'
        | '\u{b6}'
        | '\u{bb}'
        | '\u{bf}'
        | '×'
        | '÷'
        | '\u{2010}'..='\u{2015}'
        | '\u{201c}'..='\u{201f}'
        | '\u{2020}'..='\u{2022}'
        | '\u{2026}'
        | '\u{20ac}' => Wb::Other,
        // CJK ideographs and Hiragana, and the ideographic comma, stop and brackets.
        '\u{4e00}'..='\u{9fff}' | '\u{3041}'..='\u{3096}' => Wb::Single,
        '\u{3001}'..='\u{3002}' | '\u{300c}'..='\u{300f}' | '\u{ff08}'..='\u{ff09}' => Wb::Other,
        _ => return None,
    })
}

/// Counts the segments holding a letter, digit or single-character word in a stream of
/// classes, by the word boundary rules WB5–WB13b restricted to the classes above.
fn count_segments(mut it: impl Iterator<Item = Wb>) -> usize {
    let word_part = |w: Wb| matches!(w, Wb::Letter | Wb::Digit | Wb::Connector);
    // A window on the stream: the current class and the two after it (`None` past the end).
    let mut w = [it.next(), it.next(), it.next()];
    fn advance(w: &mut [Option<Wb>; 3], it: &mut impl Iterator<Item = Wb>) {
        *w = [w[1], w[2], it.next()];
    }
    let mut words = 0;
    while let Some(first) = w[0] {
        if first == Wb::Single {
            words += 1;
        }
        if !word_part(first) {
            advance(&mut w, &mut it);
            continue;
        }
        // A segment: word parts, joined across one middle mark between two letters
        // (`can't`, `e.g`) or two digits (`1,000`, `3.14`).
        let mut alnum = false;
        while let Some(c) = w[0] {
            alnum |= matches!(c, Wb::Letter | Wb::Digit);
            let next = w[1].unwrap_or(Wb::Other);
            if word_part(next) {
                advance(&mut w, &mut it);
                continue;
            }
            let after = w[2].unwrap_or(Wb::Other);
            let joins = match next {
                Wb::MidLetter => c == Wb::Letter && after == Wb::Letter,
                Wb::MidNum => c == Wb::Digit && after == Wb::Digit,
                Wb::MidBoth => {
                    (c == Wb::Letter && after == Wb::Letter)
                        || (c == Wb::Digit && after == Wb::Digit)
                }
                _ => false,
            };
            advance(&mut w, &mut it);
            if joins {
                advance(&mut w, &mut it);
                continue;
            }
            break;
        }
        words += usize::from(alnum);
    }
    words
}

/// Counts of the characters that tell running prose from labels.
#[derive(Debug, Default, Clone, Copy)]
pub struct TextCounts {
    /// Non-whitespace characters.
    pub chars: u32,
    /// Commas, in Latin and CJK forms.
    pub commas: u32,
    /// Sentence-ending punctuation, in Latin and CJK forms.
    pub stops: u32,
    /// Copyright signs (`©`), the mark of a legal notice.
    pub legal: u32,
}

/// One pass over `s` counting non-space characters and punctuation. ASCII bytes, most
/// of most pages, are classified without decoding a `char`.
pub fn counts(s: &str) -> TextCounts {
    let mut t = TextCounts::default();
    let mut rest = s;
    while !rest.is_empty() {
        let ascii = rest.bytes().take_while(u8::is_ascii).count();
        let (head, tail) = rest.split_at(ascii);
        for b in head.bytes() {
            if b.is_ascii_whitespace() || b == 0x0b {
                continue;
            }
            t.chars += 1;
            match b {
                b',' => t.commas += 1,
                b'.' | b'!' | b'?' => t.stops += 1,
                _ => {}
            }
        }
        let mut chars = tail.chars();
        let Some(c) = chars.next() else { break };
        rest = chars.as_str();
        if c.is_whitespace() || is_invisible(c) {
            continue;
        }
        t.chars += 1;
        match c {
            '،' | '、' | '，' => t.commas += 1,
            '。' | '！' | '？' | '؟' | '।' => t.stops += 1,
            '©' => t.legal += 1,
            _ => {}
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_and_cleans() {
        assert_eq!(collapse("  a \n\t b\u{ad}c\u{200b}d  "), "a bcd");
        assert_eq!(collapse("x\u{1}y"), "xy");
    }

    #[test]
    fn counts_match_a_char_by_char_count() {
        for s in [
            "Hello, world. Again!",
            " \t\u{b}\u{c}\r\n x",
            "日本語、文章。",
            "a\u{ad}b\u{200b}c \u{a0}d",
            "¿Qué? Sí, claro.",
            "",
        ] {
            let slow = s
                .chars()
                .filter(|c| !c.is_whitespace() && !is_invisible(*c))
                .count() as u32;
            let c = counts(s);
            assert_eq!(c.chars, slow, "{s:?}");
        }
        let c = counts("One, two; three. Four? 五、六。");
        assert_eq!((c.commas, c.stops), (2, 3));
    }

    #[test]
    fn ascii_words_match_unicode_segmentation() {
        let samples = [
            "can't won't rock'n'roll e.g. U.S.A. 3.14 1,000,000 a,b 1.a a1 x:y __init__ _ __",
            "Hello, world! It's 9:30 -- isn't it? (yes) [no] {maybe} a.b.c 1;2 a;b 'quoted' ''",
            "trailing. and.. double..dots 1..2 a''b 12:30 a:1 1:a ___a a___ ___",
            "",
        ];
        for s in samples {
            assert_eq!(word_count(s), s.unicode_words().count(), "{s:?}");
        }
        // A deterministic stream of ASCII soup, cut at many lengths.
        let alphabet = b"ab1_:,;.' \t-!Z9";
        let mut x: u32 = 12345;
        let soup: Vec<u8> = (0..20_000)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                alphabet[(x >> 16) as usize % alphabet.len()]
            })
            .collect();
        for chunk in soup.chunks(37) {
            let s = std::str::from_utf8(chunk).expect("ascii");
            assert_eq!(word_count(s), s.unicode_words().count(), "{s:?}");
        }
    }

    #[test]
    fn fast_path_classes_match_unicode_segmentation() {
        // Every character the fast path knows, between letters, between digits, alone,
        // doubled, and after a letter at the end.
        let known: Vec<char> = ('\u{80}'..='\u{ffff}')
            .filter(|&c| wb_char(c).is_some())
            .collect();
        assert!(known.len() > 20_000, "the CJK block is known");
        for c in known {
            for s in [
                format!("a{c}b"),
                format!("1{c}2"),
                format!("{c}"),
                format!("{c}{c}"),
                format!("x{c}"),
                format!("{c}_a"),
            ] {
                assert_eq!(word_count(&s), s.unicode_words().count(), "{s:?}");
            }
        }
        // Mixed soup of known and unknown characters, cut at many lengths.
        let alphabet: Vec<char> = "ab1_:,;.' éŽǅ·‘’“”–—…\u{a0}×日本のカタ、。\u{ad}\u{301}א😀"
            .chars()
            .collect();
        let mut x: u32 = 777;
        let soup: String = (0..30_000)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                alphabet[(x >> 16) as usize % alphabet.len()]
            })
            .collect();
        let chars: Vec<char> = soup.chars().collect();
        for chunk in chars.chunks(29) {
            let s: String = chunk.iter().collect();
            assert_eq!(word_count(&s), s.unicode_words().count(), "{s:?}");
        }
    }

    #[test]
    fn words_in_every_script() {
        assert_eq!(word_count("The quick brown fox."), 4);
        assert_eq!(word_count("日本語の文章"), 6);
        assert_eq!(word_count("Привет, мир"), 2);
    }
}

/// Longest entity name looked up (the longest HTML entity has 32 characters).
const MAX_ENTITY_LEN: usize = 34;

/// Decodes HTML character references left in metadata values (JSON-LD and meta
/// contents are often escaped twice): `&amp;`, `&#8211;`, `&#x2019;`, `&rsquo;`…
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(rest.get(..i).unwrap_or(""));
        let tail = rest.get(i..).unwrap_or("");
        match entity_at(tail) {
            Some((decoded, len)) => {
                out.push_str(&decoded);
                rest = tail.get(len..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = tail.get(1..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
    out
}

/// The reference at the start of `s` (which starts with `&`): its text and length.
fn entity_at(s: &str) -> Option<(String, usize)> {
    let end = s
        .get(..MAX_ENTITY_LEN.min(s.len()))
        .or(Some(s))?
        .find(';')?;
    let name = s.get(1..end)?;
    let text = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        char::from_u32(code).filter(|c| *c != '\0')?.to_string()
    } else {
        let key = s.get(1..=end)?;
        let &(a, b) = markup5ever::data::NAMED_ENTITIES.get(key)?;
        let mut t = String::new();
        t.push(char::from_u32(a)?);
        if b != 0 {
            t.push(char::from_u32(b)?);
        }
        t
    };
    Some((text, end + 1))
}

#[cfg(test)]
mod entity_tests {
    #[test]
    fn decodes_references() {
        assert_eq!(
            super::decode_entities("A &amp; B &#8211; C&#x2019;s &rsquo;x&rsquo; &bogus; &"),
            "A & B – C’s ’x’ &bogus; &"
        );
    }
}

//! Dates: machine forms (ISO 8601 and its relatives) and visible forms in many languages
//! ("Feb 4, 2026", "4. Februar 2026", "4 de febrero de 2026", "2026年2月4日",
//! "04/02/2026" read by the page's locale), normalised to ISO 8601.

/// Earliest year accepted: the web's dated pages start in the 1990s.
const MIN_YEAR: u32 = 1990;
/// Latest year accepted: a fixed bound keeps output independent of the clock.
const MAX_YEAR: u32 = 2099;

/// A calendar date, with an optional time and offset kept verbatim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Date {
    /// Year.
    pub y: u32,
    /// Month 1–12.
    pub m: u32,
    /// Day 1–31.
    pub d: u32,
    /// `THH:MM[:SS]` plus offset, when the source gave both.
    pub time_offset: Option<String>,
    /// Read from a numeric form whose day and month could trade places (`03/09/2026`).
    pub ambiguous: bool,
}

impl Date {
    /// The other reading of an ambiguous numeric date (day and month swapped).
    pub fn swapped(&self) -> Option<Date> {
        if self.ambiguous {
            make(self.y, self.d, self.m)
        } else {
            None
        }
    }

    /// Whether two dates fall on the same calendar day.
    pub fn same_day(&self, other: &Date) -> bool {
        (self.y, self.m, self.d) == (other.y, other.m, other.d)
    }

    /// ISO 8601: `YYYY-MM-DD`, or the timestamp with its offset.
    pub fn iso(&self) -> String {
        match &self.time_offset {
            Some(t) => format!("{:04}-{:02}-{:02}{t}", self.y, self.m, self.d),
            None => format!("{:04}-{:02}-{:02}", self.y, self.m, self.d),
        }
    }
}

fn valid(y: u32, m: u32, d: u32) -> bool {
    let dim = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => return false,
    };
    (MIN_YEAR..=MAX_YEAR).contains(&y) && d >= 1 && d <= dim
}

fn make(y: u32, m: u32, d: u32) -> Option<Date> {
    valid(y, m, d).then_some(Date {
        y,
        m,
        d,
        time_offset: None,
        ambiguous: false,
    })
}

/// Parses a machine-readable date (`content`, `datetime`, JSON-LD): ISO 8601 with or
/// without time and offset, `YYYY/MM/DD`, `YYYYMMDD`; falls back to textual forms, read
/// by the page's locale (`month_first`, as [`parse_text`]): a CMS that writes
/// `03-09-2026` into `article:published_time` writes it the way its site's readers do.
pub fn parse_machine(s: &str, month_first: bool) -> Option<Date> {
    let s = s.trim();
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    if b.len() >= 10 && matches!(b.get(4), Some(b'-' | b'/' | b'.')) && b.get(7) == b.get(4) {
        let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        let mut date = make(y, m, d)?;
        date.time_offset = time_with_offset(s.get(10..).unwrap_or(""));
        return Some(date);
    }
    if b.len() == 8 && b.iter().all(u8::is_ascii_digit) {
        return make(digits(0..4)?, digits(4..6)?, digits(6..8)?);
    }
    if b.len() >= 7 && b.get(4) == Some(&b'-') && b.len() < 10 {
        return None; // a bare month ("2026-02") is no publication day
    }
    parse_text(s, month_first)
}

/// `THH:MM[:SS[.fff]]` followed by `Z` or `±HH:MM`: kept only when the offset is there.
fn time_with_offset(rest: &str) -> Option<String> {
    let rest = rest.trim();
    let t = rest.strip_prefix('T').or_else(|| rest.strip_prefix(' '))?;
    let tb = t.as_bytes();
    if tb.len() < 5 || tb.get(2) != Some(&b':') {
        return None;
    }
    let end = t.find(['Z', '+', '-']).unwrap_or(t.len());
    let clock = t.get(..end)?;
    if !clock
        .chars()
        .all(|c| c.is_ascii_digit() || c == ':' || c == '.')
    {
        return None;
    }
    let clock = clock.split('.').next().unwrap_or(clock);
    let offset = t.get(end..)?.trim();
    if offset == "Z" {
        return Some(format!("T{clock}Z"));
    }
    let ob = offset.as_bytes();
    let ok = ob.len() >= 5
        && matches!(ob.first(), Some(b'+' | b'-'))
        && offset
            .chars()
            .skip(1)
            .all(|c| c.is_ascii_digit() || c == ':');
    if !ok {
        return None;
    }
    let off = if offset.contains(':') {
        offset.to_string()
    } else {
        format!("{}:{}", offset.get(..3)?, offset.get(3..5)?)
    };
    Some(format!("T{clock}{off}"))
}

/// Finds a date in visible text. `month_first` says how to read `04/02/2026`
/// (true for US English pages).
pub fn parse_text(s: &str, month_first: bool) -> Option<Date> {
    let lower: String = s.to_lowercase().chars().map(ascii_digit).collect();
    let toks = tokenize(&lower);
    // CJK: 2026年2月4日, 2026년 2월 4일
    if let Some(d) = cjk_date(&lower) {
        return Some(d);
    }
    for i in 0..toks.len() {
        if let Some(d) = numeric_at(&toks, i, month_first).or_else(|| named_at(&toks, i)) {
            return Some(d);
        }
    }
    None
}

#[derive(Debug, Clone, PartialEq)]
enum Tok<'a> {
    Num(u32, usize),
    Word(&'a str),
    Sep(char),
}

fn tokenize(s: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(&(j, d)) = chars.peek() {
                if d.is_ascii_digit() {
                    end = j + 1;
                    chars.next();
                } else {
                    break;
                }
            }
            let txt = s.get(i..end).unwrap_or("");
            if txt.len() <= 4 {
                out.push(Tok::Num(txt.parse().unwrap_or(0), txt.len()));
            } else {
                out.push(Tok::Sep(' '));
            }
        } else if is_word_char(c) {
            let mut end = i + c.len_utf8();
            // Thai abbreviates a month with dots inside and after it ("ก.พ."): one word.
            let thai = super::months::is_thai(s.get(i..).unwrap_or(""));
            while let Some(&(j, d)) = chars.peek() {
                if is_word_char(d) || (thai && d == '.') {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(Tok::Word(s.get(i..end).unwrap_or("")));
        } else if !c.is_whitespace() {
            out.push(Tok::Sep(c));
        }
        if out.len() > 400 {
            break;
        }
    }
    out
}

fn month_of(w: &str) -> Option<u32> {
    super::months::month_of(w)
}

/// A digit of another script (Arabic-Indic, Persian, Devanagari, Thai) as its ASCII
/// digit; any other character as it is.
fn ascii_digit(c: char) -> char {
    let zero = ['\u{0660}', '\u{06F0}', '\u{0966}', '\u{0E50}']
        .into_iter()
        .find(|&z| (z..=char::from_u32(z as u32 + 9).unwrap_or(z)).contains(&c));
    zero.and_then(|z| char::from_digit(c as u32 - z as u32, 10))
        .unwrap_or(c)
}

/// A letter, or a mark that belongs inside a word (the vowel signs, viramas and tone
/// marks of Devanagari and Thai, Hebrew points, Arabic vowel marks, combining accents).
fn is_word_char(c: char) -> bool {
    c.is_alphabetic()
        || matches!(c,
            '\u{0300}'..='\u{036F}'
            | '\u{0591}'..='\u{05C7}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{0900}'..='\u{0963}'
            | '\u{0E00}'..='\u{0E4F}')
}

/// The Gregorian year of a date whose month is named `w`: Thai dates count years in the
/// Buddhist era.
fn gregorian(y: u32, w: &str) -> u32 {
    if y > MAX_YEAR && super::months::is_thai(w) {
        y - THAI_ERA_OFFSET
    } else {
        y
    }
}

/// Years between the Buddhist era, which Thai dates count, and the common era.
const THAI_ERA_OFFSET: u32 = 543;

/// `DD/MM/YYYY`, `MM/DD/YYYY`, `DD.MM.YYYY`, `YYYY/MM/DD`, `YYYY.MM.DD`.
fn numeric_at(t: &[Tok<'_>], i: usize, month_first: bool) -> Option<Date> {
    let (Tok::Num(a, la), Tok::Sep(s1), Tok::Num(b, _), Tok::Sep(s2), Tok::Num(c, lc)) = (
        t.get(i)?,
        t.get(i + 1)?,
        t.get(i + 2)?,
        t.get(i + 3)?,
        t.get(i + 4)?,
    ) else {
        return None;
    };
    if s1 != s2 || !matches!(s1, '/' | '.' | '-') {
        return None;
    }
    if *la == 4 {
        return make(*a, *b, *c);
    }
    if *lc != 4 {
        return None;
    }
    let date = if month_first && matches!(s1, '/' | '-') {
        make(*c, *a, *b).or_else(|| make(*c, *b, *a))
    } else {
        make(*c, *b, *a).or_else(|| make(*c, *a, *b))
    };
    date.map(|mut d| {
        d.ambiguous = a != b && *a <= 12 && *b <= 12;
        d
    })
}

/// `4 February 2026`, `4. Februar 2026`, `4 de febrero de 2026`, `February 4, 2026`,
/// `Feb. 4th, 2026`, `4 февраля 2026 г.`, `2026 Feb 4`, `2025. december 2.`,
/// `2026 m. vasario 4 d.`, `2026. gada 4. februāris`, `4 d'abril de 2026`,
/// `ngày 4 tháng 2 năm 2026`.
fn named_at(t: &[Tok<'_>], i: usize) -> Option<Date> {
    let skip = |mut j: usize| {
        while matches!(
            t.get(j),
            Some(Tok::Sep('.' | ',' | '\'' | '’' | '-'))
                | Some(Tok::Word(
                    "de" | "del" | "d" | "th" | "st" | "nd" | "rd" | "of" | "m" | "gada" | "năm"
                ))
        ) {
            j += 1;
        }
        j
    };
    // A month at `j` (a name, or "tháng" and its number), then what follows it.
    let month = |j: usize| -> Option<(u32, &str, usize)> {
        let Tok::Word(w) = t.get(j)? else { return None };
        if *w == "tháng" {
            let Tok::Num(m, _) = t.get(j + 1)? else {
                return None;
            };
            return Some((*m, w, j + 2));
        }
        Some((month_of(w)?, w, j + 1))
    };
    // A month, then a day of one or two digits: (month, name, day, index after).
    let month_day = |j: usize| {
        let (m, w, k) = month(j)?;
        let k = skip(k);
        match t.get(k)? {
            Tok::Num(d, ld) if *ld <= 2 => Some((m, w, *d, k + 1)),
            _ => None,
        }
    };
    match t.get(i)? {
        // "2023 Jan 7" (citation metadata), "2025. december 2." (Hungarian),
        // "2026. gada 4. februāris" (Latvian: the day before the month).
        Tok::Num(y, 4) => {
            let j = skip(i + 1);
            if let Some((m, w, d, _)) = month_day(j) {
                return make(gregorian(*y, w), m, d);
            }
            let Tok::Num(d, ld) = t.get(j)? else {
                return None;
            };
            let (m, w, _) = month(skip(j + 1)).filter(|_| *ld <= 2)?;
            make(gregorian(*y, w), m, *d)
        }
        Tok::Num(d, ld) if *ld <= 2 => {
            let (m, w, k) = month(skip(i + 1))?;
            let Tok::Num(y, 4) = t.get(skip(k))? else {
                return None;
            };
            make(gregorian(*y, w), m, *d)
        }
        Tok::Word(_) => {
            let (m, w, d, k) = month_day(i)?;
            let Tok::Num(y, 4) = t.get(skip(k))? else {
                return None;
            };
            make(gregorian(*y, w), m, d)
        }
        _ => None,
    }
}

/// `2026年2月4日` (Chinese, Japanese), `2026년 2월 4일` (Korean).
fn cjk_date(s: &str) -> Option<Date> {
    [('年', '月', &['日', '号'][..]), ('년', '월', &['일'][..])]
        .into_iter()
        .find_map(|(year, month, day)| {
            let y_at = s.find(year)?;
            let head = s.get(..y_at)?.trim_end();
            let ys: String = head
                .chars()
                .rev()
                .take_while(|c| c.is_ascii_digit())
                .collect();
            let y: u32 = ys.chars().rev().collect::<String>().parse().ok()?;
            let rest = s.get(y_at + year.len_utf8()..)?;
            let m_at = rest.find(month)?;
            let m: u32 = rest.get(..m_at)?.trim().parse().ok()?;
            let rest = rest.get(m_at + month.len_utf8()..)?;
            let d_at = rest.find(day)?;
            let d: u32 = rest.get(..d_at)?.trim().parse().ok()?;
            make(y, m, d)
        })
}

/// A date in a URL path: `/2026/02/04/`, `/2026-02-04-`, `/20260204/`.
pub fn from_url(url: &str) -> Option<Date> {
    let path = url.split_once("://").map_or(url, |(_, r)| r);
    let path = path.find('/').and_then(|i| path.get(i..)).unwrap_or("");
    let b = path.as_bytes();
    for i in 0..b.len() {
        if b.get(i) != Some(&b'/') {
            continue;
        }
        let seg = path.get(i + 1..).unwrap_or("");
        let sb = seg.as_bytes();
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let p = seg.get(r)?;
            p.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| p.parse().ok())?
        };
        if sb.len() >= 10 && matches!(sb.get(4), Some(b'/' | b'-' | b'_')) && sb.get(7) == sb.get(4)
        {
            if let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) {
                let end_ok = !sb.get(10).is_some_and(u8::is_ascii_digit);
                if end_ok {
                    if let Some(date) = make(y, m, d) {
                        return Some(date);
                    }
                }
            }
        }
    }
    named_month_path(path)
}

/// `/2023/october/03/`: a year, a month's name and a day as three path segments.
fn named_month_path(path: &str) -> Option<Date> {
    let segs: Vec<&str> = path.split(['/', '?', '#']).collect();
    segs.windows(3).find_map(|w| {
        let [y, m, d] = w else { return None };
        let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
            n.contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit())
        };
        if !digits(y, 4..=4) || !digits(d, 1..=2) {
            return None;
        }
        let month = month_of(&m.to_lowercase())?;
        make(y.parse().ok()?, month, d.parse().ok()?)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Option<String> {
        parse_text(s, false).map(|d| d.iso())
    }

    #[test]
    fn machine_forms() {
        assert_eq!(
            parse_machine("2026-03-10T08:15:00+01:00", false)
                .unwrap()
                .iso(),
            "2026-03-10T08:15:00+01:00"
        );
        assert_eq!(
            parse_machine("2026-03-10T08:15:00.000Z", false)
                .unwrap()
                .iso(),
            "2026-03-10T08:15:00Z"
        );
        assert_eq!(
            parse_machine("2026-03-10T08:15:00", false).unwrap().iso(),
            "2026-03-10"
        );
        assert_eq!(
            parse_machine("2026-03-10", false).unwrap().iso(),
            "2026-03-10"
        );
        assert_eq!(
            parse_machine("20260310", false).unwrap().iso(),
            "2026-03-10"
        );
        assert!(parse_machine("2026-13-10", false).is_none());
    }

    #[test]
    fn textual_forms() {
        assert_eq!(t("Published on Feb 4, 2026").as_deref(), Some("2026-02-04"));
        assert_eq!(t("4. Februar 2026").as_deref(), Some("2026-02-04"));
        assert_eq!(t("4 février 2026").as_deref(), Some("2026-02-04"));
        assert_eq!(t("4 de febrero de 2026").as_deref(), Some("2026-02-04"));
        assert_eq!(t("2026年2月4日").as_deref(), Some("2026-02-04"));
        assert_eq!(t("04/02/2026").as_deref(), Some("2026-02-04"));
        assert_eq!(parse_text("02/04/2026", true).unwrap().iso(), "2026-02-04");
        assert_eq!(t("4 февраля 2026 г.").as_deref(), Some("2026-02-04"));
        assert_eq!(t("March 3rd, 2025").as_deref(), Some("2025-03-03"));
        assert_eq!(t("2026 Feb 4").as_deref(), Some("2026-02-04"));
        assert_eq!(t("2025. december 2.").as_deref(), Some("2025-12-02"));
        // Day, abbreviated month and year joined by hyphens, in English and Romance
        // abbreviations.
        assert_eq!(t("Posted 4-Aug-2021").as_deref(), Some("2021-08-04"));
        assert_eq!(t("on 04-ago-2021 5:11:10").as_deref(), Some("2021-08-04"));
        assert_eq!(t("12 abr 2024").as_deref(), Some("2024-04-12"));
        assert_eq!(t("3 fev 2024").as_deref(), Some("2024-02-03"));
        assert_eq!(t("9 ott 2024").as_deref(), Some("2024-10-09"));
    }

    #[test]
    fn dates_in_more_languages_and_scripts() {
        for (text, want) in [
            ("2026년 2월 4일 오전 9:30", "2026-02-04"),
            ("ngày 4 tháng 2 năm 2026", "2026-02-04"),
            ("4 d'abril de 2026", "2026-04-04"),
            ("4 de febrer de 2026", "2026-02-04"),
            ("٤ فبراير ٢٠٢٦", "2026-02-04"),
            ("4 شباط 2026", "2026-02-04"),
            ("۴ فوریه ۲۰۲۶", "2026-02-04"),
            ("4 กุมภาพันธ์ 2569", "2026-02-04"),
            ("4 ก.พ. 2569 10:30 น.", "2026-02-04"),
            ("4 फ़रवरी 2026", "2026-02-04"),
            ("2026. gada 4. februāris", "2026-02-04"),
            ("2026 m. vasario 4 d.", "2026-02-04"),
            ("2026. február 4.", "2026-02-04"),
            ("4. фебруар 2026.", "2026-02-04"),
            ("4 Φεβρουαρίου 2026, 10:30", "2026-02-04"),
            ("4 בפברואר 2026", "2026-02-04"),
            ("4. helmikuuta 2026", "2026-02-04"),
            ("4. veebruar 2026", "2026-02-04"),
            ("4 februarie 2026", "2026-02-04"),
            ("4. veljače 2026.", "2026-02-04"),
            ("4. februára 2026", "2026-02-04"),
            ("4 лютого 2026", "2026-02-04"),
            ("4 февруари 2026", "2026-02-04"),
            ("4 Februari 2026", "2026-02-04"),
            ("4 листопада 2026", "2026-11-04"),
            ("25 Kas 2026 14:35", "2026-11-25"),
            ("3 Şub 2026", "2026-02-03"),
            ("12 paź 2025", "2025-10-12"),
            ("25 lis 2026", "2026-11-25"),
        ] {
            assert_eq!(t(text).as_deref(), Some(want), "{text}");
        }
        // A Buddhist-era year is read only with a Thai month.
        assert_eq!(t("4 February 2569"), None);
    }

    #[test]
    fn url_dates() {
        assert_eq!(
            from_url("https://x.org/2026/02/04/story").unwrap().iso(),
            "2026-02-04"
        );
        assert!(from_url("https://x.org/12345678901").is_none());
        assert_eq!(
            from_url("https://x.org/blog/2023/october/03/wine")
                .unwrap()
                .iso(),
            "2023-10-03"
        );
        assert!(from_url("https://x.org/2023/may/guide").is_none());
    }
}

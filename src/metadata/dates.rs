//! Dates: machine forms (ISO 8601 and its relatives) and visible forms in many languages
//! ("Feb 4, 2026", "4. Februar 2026", "4 de febrero de 2026", "2026年2月4日",
//! "04/02/2026" read by the page's locale), normalised to ISO 8601.

/// Earliest year accepted: the web's dated pages start in the 1990s.
const MIN_YEAR: u32 = 1990;
/// Latest year accepted: a fixed bound keeps output independent of the clock.
const MAX_YEAR: u32 = 2099;

/// Month names and abbreviations, lower case, in the languages thresh reads dates in.
const MONTHS: &[(&str, u32)] = &[
    // English
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    // German
    ("januar", 1),
    ("jänner", 1),
    ("februar", 2),
    ("märz", 3),
    ("maerz", 3),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    ("okt", 10),
    ("dez", 12),
    ("mär", 3),
    // French
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
    ("janv", 1),
    ("févr", 2),
    ("juil", 7),
    // Spanish
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("ene", 1),
    ("dic", 12),
    // Italian
    ("gennaio", 1),
    ("febbraio", 2),
    ("aprile", 4),
    ("maggio", 5),
    ("giugno", 6),
    ("luglio", 7),
    ("settembre", 9),
    ("ottobre", 10),
    ("dicembre", 12),
    // Portuguese
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("novembro", 11),
    ("dezembro", 12),
    // Dutch
    ("januari", 1),
    ("februari", 2),
    ("maart", 3),
    ("mei", 5),
    ("augustus", 8),
    // Turkish
    ("ocak", 1),
    ("şubat", 2),
    ("mart", 3),
    ("nisan", 4),
    ("mayıs", 5),
    ("haziran", 6),
    ("temmuz", 7),
    ("ağustos", 8),
    ("eylül", 9),
    ("ekim", 10),
    ("kasım", 11),
    ("aralık", 12),
    // Czech (genitive)
    ("ledna", 1),
    ("února", 2),
    ("března", 3),
    ("dubna", 4),
    ("května", 5),
    ("června", 6),
    ("července", 7),
    ("srpna", 8),
    ("září", 9),
    ("října", 10),
    ("listopadu", 11),
    ("prosince", 12),
    // Polish (genitive)
    ("stycznia", 1),
    ("lutego", 2),
    ("marca", 3),
    ("kwietnia", 4),
    ("maja", 5),
    ("czerwca", 6),
    ("lipca", 7),
    ("sierpnia", 8),
    ("września", 9),
    ("października", 10),
    ("listopada", 11),
    ("grudnia", 12),
    // Russian (genitive)
    ("января", 1),
    ("февраля", 2),
    ("марта", 3),
    ("апреля", 4),
    ("мая", 5),
    ("июня", 6),
    ("июля", 7),
    ("августа", 8),
    ("сентября", 9),
    ("октября", 10),
    ("ноября", 11),
    ("декабря", 12),
    // Swedish, Danish, Norwegian
    ("januari", 1),
    ("februari", 2),
    ("mars", 3),
    ("maj", 5),
    ("juni", 6),
    ("augusti", 8),
    ("oktober", 10),
    ("januar", 1),
    ("marts", 3),
    ("desember", 12),
];

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
    let lower = s.to_lowercase();
    let toks = tokenize(&lower);
    // CJK: 2026年2月4日
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
        } else if c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphabetic() {
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
    MONTHS.iter().find(|(n, _)| *n == w).map(|&(_, m)| m)
}

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
/// `Feb. 4th, 2026`, `4 февраля 2026 г.`, `2026 Feb 4`.
fn named_at(t: &[Tok<'_>], i: usize) -> Option<Date> {
    let skip = |mut j: usize| {
        while matches!(
            t.get(j),
            Some(Tok::Sep('.' | ','))
                | Some(Tok::Word("de" | "del" | "th" | "st" | "nd" | "rd" | "of"))
        ) {
            j += 1;
        }
        j
    };
    // A month name at `j`, then a day of one or two digits: (month, day, index after).
    let month_day = |j: usize| {
        let Tok::Word(w) = t.get(j)? else { return None };
        let m = month_of(w)?;
        let k = skip(j + 1);
        match t.get(k)? {
            Tok::Num(d, ld) if *ld <= 2 => Some((m, *d, k + 1)),
            _ => None,
        }
    };
    match t.get(i)? {
        // "2023 Jan 7" (citation metadata), "2025. december 2." (Hungarian).
        Tok::Num(y, 4) => {
            let (m, d, _) = month_day(skip(i + 1))?;
            make(*y, m, d)
        }
        Tok::Num(d, ld) if *ld <= 2 => {
            let j = skip(i + 1);
            let Tok::Word(w) = t.get(j)? else { return None };
            let m = month_of(w)?;
            let k = skip(j + 1);
            let Tok::Num(y, 4) = t.get(k)? else {
                return None;
            };
            make(*y, m, *d)
        }
        Tok::Word(_) => {
            let (m, d, k) = month_day(i)?;
            let Tok::Num(y, 4) = t.get(skip(k))? else {
                return None;
            };
            make(*y, m, d)
        }
        _ => None,
    }
}

fn cjk_date(s: &str) -> Option<Date> {
    let y_at = s.find('年')?;
    let head = s.get(..y_at)?;
    let ys: String = head
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    let y: u32 = ys.chars().rev().collect::<String>().parse().ok()?;
    let rest = s.get(y_at + '年'.len_utf8()..)?;
    let m_at = rest.find('月')?;
    let m: u32 = rest.get(..m_at)?.trim().parse().ok()?;
    let rest = rest.get(m_at + '月'.len_utf8()..)?;
    let d_at = rest.find(['日', '号'])?;
    let d: u32 = rest.get(..d_at)?.trim().parse().ok()?;
    make(y, m, d)
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
    None
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
    }

    #[test]
    fn url_dates() {
        assert_eq!(
            from_url("https://x.org/2026/02/04/story").unwrap().iso(),
            "2026-02-04"
        );
        assert!(from_url("https://x.org/12345678901").is_none());
    }
}

//! Class and id words of elements, read at most once per document: which of the word
//! lists (chrome, reader comments, folded panels, content) an element's class or id
//! names. Pruning runs up to three times and selection twice per pass; each asks a bit
//! here instead of splitting class strings again.

use markup5ever::local_name;

use std::cell::Cell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::dom::{Dom, NodeId};
use crate::heuristics::{
    CHROME_COMPOUNDS, CHROME_WORDS, COMMENT_WORDS, COMPOUND_MIN_WORD_LEN, COMPOUND_SUFFIXES,
    CONSENT_WIDGET_WORDS, CONTENT_WORDS, CSS_MODULE_HASH_LEN, FOLDED_WORDS, GLYPH_LINK_WORDS,
    MARKETING_WORDS, POST_META_WORDS, REVIEW_WORDS,
};

/// One word list an element's class or id can name.
#[derive(Debug, Clone, Copy)]
pub enum Hint {
    /// `CHROME_WORDS`, or `CHROME_COMPOUNDS` in a glued token.
    Chrome = 1,
    /// `COMMENT_WORDS`.
    Comments = 2,
    /// `FOLDED_WORDS`.
    Folded = 4,
    /// `CONTENT_WORDS`.
    Content = 8,
    /// `CONSENT_WIDGET_WORDS`.
    Consent = 16,
    /// `MARKETING_WORDS`.
    Marketing = 32,
    /// `GLYPH_LINK_WORDS`.
    Glyph = 64,
    /// `REVIEW_WORDS`.
    Reviews = 128,
    /// `POST_META_WORDS`.
    PostMeta = 256,
    /// `CHROME_COMPOUNDS` in a glued token (with [`Hint::Chrome`]): a forum's user panel
    /// or a widget named whole, whose headings (a poster's rank in an `<h5>`) are its own.
    Compound = 512,
}

/// The hint bits of an element.
type Bits = u16;

/// Set once an element's class and id have been read.
const KNOWN: Bits = 0x8000;
/// Set once an element's class and id have been screened for a consent vendor's name.
const SCREENED: Bits = 0x4000;
/// The screen found a consent vendor's name (`CONSENT_WIDGET_WORDS`) somewhere in them.
const VENDOR: Bits = 0x2000;

/// The hints of every node, indexed by `NodeId`, read on first use: pruning never asks
/// about the inside of a pruned menu or footer, so those classes are never split.
pub struct Hints<'d> {
    dom: &'d Dom,
    bits: Vec<Cell<Bits>>,
}

impl<'d> Hints<'d> {
    /// An empty table for `dom`.
    pub fn new(dom: &'d Dom) -> Hints<'d> {
        Hints {
            dom,
            bits: vec![Cell::new(0); dom.len()],
        }
    }

    /// Whether the element's class or id names `hint`'s word list.
    pub fn has(&self, id: NodeId, hint: Hint) -> bool {
        let Some(slot) = self.bits.get(id.ix()) else {
            return false;
        };
        let mut b = slot.get();
        if b & KNOWN == 0 {
            b = KNOWN | self.read(id);
            slot.set(b);
        }
        b & hint as Bits != 0
    }

    /// Whether the element is a consent widget, screened first by a scan of its class and
    /// id for a vendor's name (cached), so that asking of every element of a page does
    /// not split every class.
    pub fn is_consent_widget(&self, id: NodeId) -> bool {
        let Some(slot) = self.bits.get(id.ix()) else {
            return false;
        };
        let b = slot.get();
        if b & KNOWN != 0 {
            return b & Hint::Consent as Bits != 0;
        }
        if b & SCREENED == 0 {
            let vendor = self.dom.element(id).is_some_and(|e| {
                e.attrs
                    .iter()
                    .filter(|a| a.name == local_name!("class") || a.name == local_name!("id"))
                    .any(|a| names_vendor(a.value.as_bytes()))
            });
            slot.set(b | SCREENED | if vendor { VENDOR } else { 0 });
            if !vendor {
                return false;
            }
        } else if b & VENDOR == 0 {
            return false;
        }
        self.has(id, Hint::Consent)
    }

    fn read(&self, id: NodeId) -> Bits {
        let Some(e) = self.dom.element(id) else {
            return 0;
        };
        e.attrs
            .iter()
            .filter(|a| a.name == local_name!("class") || a.name == local_name!("id"))
            .fold(0, |bits, a| {
                let b = value_bits(&a.value);
                // An id that is its own heading's anchor (`id="more-on-lists"` on the
                // section headed "More on Lists") names the section's topic, not a
                // component of the page.
                if b != 0 && a.name == local_name!("id") && heading_anchor(self.dom, id, &a.value) {
                    bits
                } else {
                    bits | b
                }
            })
    }
}

/// Whether `value` holds a consent vendor's name (`CONSENT_WIDGET_WORDS`) anywhere, in
/// any case: one pass over the bytes, comparing only where a name's first letter stands.
fn names_vendor(value: &[u8]) -> bool {
    use crate::heuristics::CONSENT_WIDGET_WORDS;
    value.iter().enumerate().any(|(i, b)| {
        let b = b.to_ascii_lowercase();
        CONSENT_WIDGET_WORDS.iter().any(|w| {
            w.as_bytes().first() == Some(&b)
                && value
                    .get(i..i + w.len())
                    .is_some_and(|s| s.eq_ignore_ascii_case(w.as_bytes()))
        })
    })
}

/// Whether `value` is the slug of the heading that opens element `id` (its first heading
/// among the first `ANCHOR_SCAN_NODES` nodes): the heading's words, lower-cased and
/// joined by `-` or `_`, end with the value's words ("5.1. More on Lists" and
/// `more-on-lists`), maybe after a short prefix word (`s-more-on-lists`).
fn heading_anchor(dom: &Dom, id: NodeId, value: &str) -> bool {
    use crate::heuristics::{heading_level, ANCHOR_PREFIX_MAX_CHARS, ANCHOR_SCAN_NODES};
    let Some(h) = dom
        .descendants(id)
        .take(ANCHOR_SCAN_NODES)
        .find(|&n| dom.tag(n).is_some_and(|t| heading_level(t).is_some()))
    else {
        return false;
    };
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let want = words(value);
    let have = words(&dom.raw_text(h));
    let slug = |w: &[String]| w.len() >= 2 && have.ends_with(w);
    slug(&want)
        || want.split_first().is_some_and(|(prefix, rest)| {
            prefix.chars().count() <= ANCHOR_PREFIX_MAX_CHARS && slug(rest)
        })
}

/// FNV-1a for the fixed word table: its keys are our own few hundred words, so a page's
/// parts can collide only with those, and lookups stay bounded whatever the page holds.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// The word lists matched part by part, with their bits.
const WORD_LISTS: [(&[&str], Hint); 9] = [
    (CHROME_WORDS, Hint::Chrome),
    (REVIEW_WORDS, Hint::Reviews),
    (POST_META_WORDS, Hint::PostMeta),
    (GLYPH_LINK_WORDS, Hint::Glyph),
    (MARKETING_WORDS, Hint::Marketing),
    (COMMENT_WORDS, Hint::Comments),
    (FOLDED_WORDS, Hint::Folded),
    (CONTENT_WORDS, Hint::Content),
    (CONSENT_WIDGET_WORDS, Hint::Consent),
];

/// A filter that rejects most class parts before hashing: per length, the sets of first
/// and of last letters that listed words of that length have (one bit per ASCII letter,
/// one shared by every other byte). Our lists hold a few hundred words; a page's parts
/// rarely share length, first and last letter with one.
pub(crate) struct LengthLetters {
    first: [u32; MAX_PART_LEN + 1],
    last: [u32; MAX_PART_LEN + 1],
}

impl LengthLetters {
    pub(crate) const EMPTY: LengthLetters = LengthLetters {
        first: [0; MAX_PART_LEN + 1],
        last: [0; MAX_PART_LEN + 1],
    };

    fn bit(b: u8) -> u32 {
        let b = b.to_ascii_lowercase();
        if b.is_ascii_lowercase() {
            1 << (b - b'a')
        } else {
            1 << 26
        }
    }

    /// Records a listed word.
    pub(crate) fn add(&mut self, word: &[u8]) {
        let n = word.len();
        if let (Some(f), Some(l), Some(&a), Some(&z)) = (
            self.first.get_mut(n),
            self.last.get_mut(n),
            word.first(),
            word.last(),
        ) {
            *f |= Self::bit(a);
            *l |= Self::bit(z);
        }
    }

    /// Whether `part` (any case) may be a listed word.
    pub(crate) fn may_hold(&self, part: &[u8]) -> bool {
        let n = part.len();
        match (
            self.first.get(n),
            self.last.get(n),
            part.first(),
            part.last(),
        ) {
            (Some(&f), Some(&l), Some(&a), Some(&z)) => {
                f & Self::bit(a) != 0 && l & Self::bit(z) != 0
            }
            _ => false,
        }
    }
}

/// Every listed word with the bits of the lists holding it, built once per process.
struct WordTable {
    words: FastMap<&'static [u8], Bits>,
    filter: LengthLetters,
    /// Length of the shortest of `CHROME_COMPOUNDS`: shorter tokens cannot hold one.
    shortest_compound: usize,
}

fn word_table() -> &'static WordTable {
    static TABLE: OnceLock<WordTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = WordTable {
            words: FastMap::default(),
            filter: LengthLetters::EMPTY,
            shortest_compound: CHROME_COMPOUNDS.iter().map(|c| c.len()).min().unwrap_or(0),
        };
        for (words, hint) in WORD_LISTS {
            for w in words {
                t.filter.add(w.as_bytes());
                *t.words.entry(w.as_bytes()).or_insert(0) |= hint as Bits;
            }
        }
        t
    })
}

/// The bits of a lower-case class part: the word itself, or a word of at least
/// `COMPOUND_MIN_WORD_LEN` letters glued to a container suffix (`commentlist`).
fn part_bits(part: &[u8]) -> Bits {
    let table = word_table();
    let lookup = |w: &[u8]| {
        if table.filter.may_hold(w) {
            table.words.get(w).copied().unwrap_or(0)
        } else {
            0
        }
    };
    let mut bits = lookup(part);
    for suffix in COMPOUND_SUFFIXES {
        let Some(head) = part.strip_suffix(suffix.as_bytes()) else {
            continue;
        };
        if head.len() >= COMPOUND_MIN_WORD_LEN {
            bits |= lookup(head);
        }
    }
    bits
}

/// Longest class part compared against word lists; longer parts are hashes or glued
/// phrases that name nothing we look for.
pub(crate) const MAX_PART_LEN: usize = 40;

/// `s` lower-cased (ASCII) into `buf`, without allocating; `None` when too long or not
/// ASCII.
pub(crate) fn lower_ascii<'b>(s: &str, buf: &'b mut [u8; MAX_PART_LEN]) -> Option<&'b [u8]> {
    let bytes = s.as_bytes();
    let dst = buf.get_mut(..bytes.len())?;
    for (d, b) in dst.iter_mut().zip(bytes) {
        if !b.is_ascii() {
            return None;
        }
        *d = b.to_ascii_lowercase();
    }
    Some(dst)
}

/// Splits class/id text into parts at whitespace, `-`, `_`, `:`, `.` and lower-to-upper
/// case changes (`newsletterSignup` → `newsletter`, `Signup`), calling `f` on each part
/// in order: one tight pass over the bytes, as the hot path reads every class and id.
/// A utility class's bracketed value (`top-[var(--nav-height)]`) is a CSS value, not a
/// name, and gives no parts; nor does a CSS module's hash (`table_root__adKqa`: a
/// `file_local` name, `__` and [`module_hash_len`]).
pub fn for_each_part<'v>(value: &'v str, mut f: impl FnMut(&'v str)) {
    let bytes = value.as_bytes();
    let mut start = 0usize;
    let mut skip_to = 0usize;
    let mut token_at = 0usize;
    let mut bracket = false;
    let mut emit = |from: usize, to: usize| {
        if to > from {
            if let Some(p) = value.get(from..to) {
                f(p);
            }
        }
    };
    for (at, &b) in bytes.iter().enumerate() {
        // Lower-case letters and digits, most of every class name, only continue a part.
        if b.is_ascii_lowercase() || b.is_ascii_digit() || at < skip_to {
            continue;
        }
        if bracket {
            // The value ends at its bracket, or with the class token.
            if b == b']' || b.is_ascii_whitespace() {
                bracket = false;
                start = at + 1;
                if b.is_ascii_whitespace() {
                    token_at = at + 1;
                }
            }
            continue;
        }
        if b == b'[' {
            emit(start, at);
            bracket = true;
        } else if is_separator(b) {
            emit(start, at);
            start = at + 1;
            if b.is_ascii_whitespace() {
                token_at = at + 1;
            }
            // CSS modules name a class `file_local__hash`: a `_` before the `__`.
            let scoped = || {
                at.checked_sub(1)
                    .and_then(|p| bytes.get(token_at..p))
                    .is_some_and(|head| head.contains(&b'_'))
            };
            if b == b'_' && at.checked_sub(1).and_then(|p| bytes.get(p)) == Some(&b'_') && scoped()
            {
                if let Some(n) = module_hash_len(bytes.get(at + 1..).unwrap_or(&[])) {
                    skip_to = at + 1 + n;
                    start = skip_to;
                }
            }
        } else if b.is_ascii_uppercase()
            && at
                .checked_sub(1)
                .and_then(|p| bytes.get(p))
                .is_some_and(u8::is_ascii_lowercase)
        {
            emit(start, at);
            start = at;
        }
    }
    if !bracket {
        emit(start, bytes.len());
    }
}

/// Whether a part of `value` (a class or id, split by [`for_each_part`]) is one of
/// `words`, in any ASCII case.
pub fn names_any(value: &str, words: &[&str]) -> bool {
    let mut found = false;
    for_each_part(value, |p| {
        found |= words.iter().any(|w| p.eq_ignore_ascii_case(w));
    });
    found
}

/// Whether a part of element `id`'s class ([`names_any`]) is one of `words`.
pub fn class_names_any(dom: &Dom, id: NodeId, words: &[&str]) -> bool {
    dom.attr(id, &local_name!("class"))
        .is_some_and(|c| names_any(c, words))
}

/// The length of the CSS module hash that `rest` (what follows a `__`) starts with:
/// `CSS_MODULE_HASH_LEN` letters and digits up to a separator or the value's end, with
/// a capital or a digit among them (`adKqa`, `r0DFB`). A build tool appends such a hash
/// to every class it scopes; a BEM element after `__` is a word (`card__share`).
fn module_hash_len(rest: &[u8]) -> Option<usize> {
    let n = rest
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let run = rest.get(..n)?;
    let ends = rest.get(n).is_none_or(|b| is_separator(*b));
    let mixed = run
        .iter()
        .any(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    (n == CSS_MODULE_HASH_LEN && ends && mixed).then_some(n)
}

/// ASCII whitespace, and the joiners of compound class names: where [`for_each_part`]
/// ends a part.
fn is_separator(b: u8) -> bool {
    b.is_ascii_whitespace() || matches!(b, b'-' | b'_' | b':' | b'.')
}

mod values;

use values::value_bits;

#[cfg(test)]
mod tests;

//! One class or id value read into hint bits: its parts looked up in the word lists,
//! with the exceptions that keep a component's own parts, a post's taxonomy terms, an
//! embedded post and a follow-up from reading as chrome.

use crate::heuristics::{
    CHROME_COMPOUNDS, COMPONENT_PART_WORDS, CONTENT_PART_WORDS, EMBED_SUBJECT_WORDS, EMBED_WORDS,
    POST_CLASS_MARKS, SITE_PART_OWNERS, TERM_CLASS_PREFIXES,
};

use super::{for_each_part, lower_ascii, part_bits, word_table, Bits, Hint, MAX_PART_LEN};

/// The hints one class or id value names: its parts split once, each looked up once.
pub(super) fn value_bits(value: &str) -> Bits {
    let mut reading = ValueReading::default();
    for_each_part(value, |p| reading.part(value, p));
    reading.bits(value)
}

/// What the parts of one class value have said so far ([`value_bits`]).
///
/// Chrome named only by a component-part word is a part of the component named with
/// it, not chrome: the title row of a card, listing or accordion item
/// (`new-listing__header`, `AccordionHeader`: `header` after a component name in the
/// same token, unless the site or a post owns it), or the folded rest of a description
/// (`descriptionMore`: `more` in a value that names content).
#[derive(Default)]
struct ValueReading {
    bits: Bits,
    component_part: bool,
    content_part: bool,
    other_chrome: bool,
    content: bool,
    /// The bits of the previous part in the same token, and whether it names the site.
    owner: Option<(Bits, bool)>,
    /// The current token is a taxonomy term class of a CMS post's class list.
    term: bool,
    /// Where the current token starts.
    token_at: usize,
}

impl ValueReading {
    /// Reads the part `p` of `value`.
    fn part(&mut self, value: &str, p: &str) {
        let is = |list: &[&str], w: &[u8]| list.iter().any(|l| l.as_bytes() == w);
        let at = (p.as_ptr() as usize).saturating_sub(value.as_ptr() as usize);
        let new_token = at == 0
            || value
                .as_bytes()
                .get(at - 1)
                .is_some_and(|b| b.is_ascii_whitespace());
        if new_token {
            self.token_at = at;
            self.owner = None;
            // A post's taxonomy term class (`tag-social-media`, `category-newsletters`
            // beside `type-post`) names its topics, not a component: its words are the
            // term's slug. Elsewhere `tag-list` is a tag list.
            self.term = value
                .get(at..)
                .is_some_and(|t| starts_with_any(t, TERM_CLASS_PREFIXES))
                && value
                    .split_ascii_whitespace()
                    .any(|t| starts_with_any(t, POST_CLASS_MARKS));
        }
        if self.term {
            return;
        }
        let mut buf = [0u8; MAX_PART_LEN];
        let Some(lower) = lower_ascii(p, &mut buf) else {
            self.owner = None;
            return;
        };
        // An embedded social-media post (`social-media-embed`, `social-embed-post`) is
        // a quoted post, not the page's share or follow buttons.
        if is(EMBED_SUBJECT_WORDS, lower) && names_embed(value.get(self.token_at..).unwrap_or("")) {
            self.owner = None;
            return;
        }
        // "follow-up" (`follow-ups-container`, `followUp`) is a reply to a post, not a
        // social follow button.
        if lower == b"follow" && names_up(value.get(at + p.len()..).unwrap_or("")) {
            self.owner = None;
            return;
        }
        let b = part_bits(lower);
        if b & Hint::Chrome as Bits != 0 {
            let owned_component = self.owner.is_some_and(|(ob, site)| {
                !site && ob & (Hint::Content as Bits | Hint::Chrome as Bits) == 0
            });
            if is(COMPONENT_PART_WORDS, lower) && owned_component {
                self.component_part = true;
            } else if is(CONTENT_PART_WORDS, lower) {
                self.content_part = true;
            } else {
                self.other_chrome = true;
            }
        }
        self.content |= b & Hint::Content as Bits != 0;
        self.bits |= b;
        self.owner = Some((b, is(SITE_PART_OWNERS, lower)));
    }

    /// The value's bits once every part is read: no chrome where only component or
    /// content parts named it, and chrome for a compound (`has_chrome_compound`).
    fn bits(self, value: &str) -> Bits {
        let mut bits = self.bits;
        let parts_only = (self.component_part || self.content_part) && !self.other_chrome;
        if parts_only && (!self.content_part || self.content) {
            bits &= !(Hint::Chrome as Bits);
        }
        if bits & Hint::Chrome as Bits == 0 && has_chrome_compound(value) {
            bits |= Hint::Chrome as Bits | Hint::Compound as Bits;
        }
        bits
    }
}

/// Whether `rest`, what follows a class part, starts with the part "up" or "ups"
/// (after a `-` or `_`, or glued on in camel case): `follow` then names a follow-up.
fn names_up(rest: &str) -> bool {
    let rest = rest.strip_prefix(['-', '_']).unwrap_or(rest);
    let word = rest
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or("");
    // A camel-case part ends where the next capital starts ("UpsContainer").
    let part = match word
        .get(1..)
        .and_then(|t| t.find(|c: char| c.is_ascii_uppercase()))
    {
        Some(i) => word.get(..=i).unwrap_or(word),
        None => word,
    };
    part.eq_ignore_ascii_case("up") || part.eq_ignore_ascii_case("ups")
}

/// Whether the first class token of `rest` has an [`EMBED_WORDS`] part.
fn names_embed(rest: &str) -> bool {
    rest.split_ascii_whitespace().next().is_some_and(|t| {
        t.split(['-', '_'])
            .any(|w| EMBED_WORDS.iter().any(|e| w.eq_ignore_ascii_case(e)))
    })
}

/// Whether `s` starts with one of `prefixes`, ignoring ASCII case.
fn starts_with_any(s: &str, prefixes: &[&str]) -> bool {
    prefixes
        .iter()
        .any(|p| s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
}

/// Whether a token of one class or id value, with `-` and `_` removed, contains one of
/// `CHROME_COMPOUNDS`.
fn has_chrome_compound(value: &str) -> bool {
    let shortest = word_table().shortest_compound;
    value.split_ascii_whitespace().any(|tok| {
        if tok.len() < shortest {
            return false;
        }
        let mut buf = [0u8; MAX_PART_LEN];
        let mut n = 0;
        for b in tok.bytes().filter(|b| *b != b'-' && *b != b'_') {
            let Some(slot) = buf.get_mut(n) else {
                return false;
            };
            *slot = b.to_ascii_lowercase();
            n += 1;
        }
        let glued = buf
            .get(..n)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("");
        CHROME_COMPOUNDS.iter().any(|c| glued.contains(c))
    })
}

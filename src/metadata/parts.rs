//! Per-page metadata lookups: the headline candidates, and the metadata word lists an
//! element's `class`, `id`, `itemprop` or `rel` names, read at
//! most once per element. The byline, taxonomy and page-type walks each cover the whole
//! body, and every date or name candidate asks about all its ancestors; without this
//! table each of them would split the same attribute values again.

use std::cell::{Cell, OnceCell, RefCell};
use std::collections::HashMap;
use std::sync::OnceLock;

use markup5ever::local_name;

use crate::dom::{Dom, NodeId};
use crate::extract::{for_each_part, lower_ascii, names_any, FastMap, LengthLetters, MAX_PART_LEN};
use crate::heuristics::metadata as h;

/// One metadata word list, matched exactly (any ASCII case) against attribute parts.
#[derive(Debug, Clone, Copy)]
pub enum Part {
    /// `ASIDE_WORDS`: comments, sidebars, related items.
    Aside,
    /// `FOOTER_WORDS`.
    Footer,
    /// `PUBLISHED_WORDS`: the publication date's element.
    Published,
    /// `MODIFIED_WORDS`: a modification date's element.
    Modified,
    /// `DATE_WORDS`: a date or dateline element.
    Date,
    /// `BYLINE_WORDS`.
    Byline,
    /// `FORUM_AUTHOR_WORDS`.
    ForumAuthor,
    /// `TAG_CLASS_WORDS`.
    Tags,
    /// `CATEGORY_CLASS_WORDS`.
    Categories,
    /// `FORUM_POST_WORDS`.
    ForumPost,
    /// `PRICE_WORDS`.
    Price,
    /// `CART_WORDS`.
    Cart,
    /// `MENU_WORDS`: no byline or poster's name, whatever else the class says.
    Menu,
    /// `FAQ_WORDS`: an FAQ's answer is the page's own text, not a forum post.
    Faq,
    /// `DOCS_CLASS_WORDS`: a documentation site's own parts.
    Docs,
}

const LISTS: [(&[&str], Part); 15] = [
    (h::ASIDE_WORDS, Part::Aside),
    (h::FOOTER_WORDS, Part::Footer),
    (h::PUBLISHED_WORDS, Part::Published),
    (h::MODIFIED_WORDS, Part::Modified),
    (h::DATE_WORDS, Part::Date),
    (h::BYLINE_WORDS, Part::Byline),
    (h::FORUM_AUTHOR_WORDS, Part::ForumAuthor),
    (h::TAG_CLASS_WORDS, Part::Tags),
    (h::CATEGORY_CLASS_WORDS, Part::Categories),
    (h::FORUM_POST_WORDS, Part::ForumPost),
    (h::PRICE_WORDS, Part::Price),
    (h::CART_WORDS, Part::Cart),
    (h::MENU_WORDS, Part::Menu),
    (h::FAQ_WORDS, Part::Faq),
    (h::DOCS_CLASS_WORDS, Part::Docs),
];

impl Part {
    fn bit(self) -> u32 {
        1 << self as u32
    }
}

/// Bits of parts from `rel` sit above those from class, id and itemprop.
const REL_SHIFT: u32 = LISTS.len() as u32;
/// Set once an element has been read.
const KNOWN: u32 = 1 << 31;

/// Every listed word, lower-cased, with the bits of the lists holding it, and the
/// length-and-first-letter filter that spares most parts the hashing.
struct Table {
    words: FastMap<Vec<u8>, u32>,
    filter: LengthLetters,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Table {
            words: FastMap::default(),
            filter: LengthLetters::EMPTY,
        };
        for (words, part) in LISTS {
            for w in words {
                let w = w.to_ascii_lowercase().into_bytes();
                t.filter.add(&w);
                *t.words.entry(w).or_insert(0) |= part.bit();
            }
        }
        t
    })
}

fn value_bits(value: &str) -> u32 {
    let table = table();
    let mut bits = 0;
    for_each_part(value, |p| {
        if !table.filter.may_hold(p.as_bytes()) {
            return;
        }
        let mut buf = [0u8; MAX_PART_LEN];
        if let Some(lower) = lower_ascii(p, &mut buf) {
            bits |= table.words.get(lower).copied().unwrap_or(0);
        }
    });
    // A user or author menu ("mobile_user_menu", "author-dropdown") is navigation.
    if bits & Part::Menu.bit() != 0 {
        bits &= !(Part::Byline.bit() | Part::ForumAuthor.bit());
    }
    // An author box's description (`author-description`, `author-bio`, `authorRole`)
    // says what the author does, not who: never the name.
    if bits & Part::Byline.bit() != 0 && names_any(value, h::AUTHOR_ABOUT_WORDS) {
        bits &= !Part::Byline.bit();
    }
    // An FAQ block's answer (`schema-faq-answer`) answers the page's own question.
    if bits & Part::Faq.bit() != 0 {
        bits &= !Part::ForumPost.bit();
    }
    bits
}

/// [`Parts::holds_h1`]'s mark.
const HOLDS_H1: u8 = 1;
/// [`Parts::holds_main`]'s mark.
const HOLDS_MAIN: u8 = 2;

/// The parts table of one document.
pub struct Parts<'d> {
    dom: &'d Dom,
    bits: Vec<Cell<u32>>,
    /// Bits of each distinct attribute value read so far: pages repeat their class
    /// names element after element, and hashing a value costs less than splitting it.
    memo: RefCell<HashMap<&'d str, u32, foldhash::fast::RandomState>>,
    /// The page's headline candidates, found on first use (`sources::h1s`).
    pub h1s: OnceCell<Vec<NodeId>>,
    /// Comparison keys of the titles the page declares (`<title>`, `og:title` and their
    /// heads), where a page without an `<h1>` shows its headline as another element.
    pub titles: OnceCell<Vec<String>>,
    /// That element, found on first use (`sources::headline`).
    pub shown_title: OnceCell<Option<NodeId>>,
    /// What each node is or holds of an `<h1>` and a `<main>` (`HOLDS_*`), found on
    /// first use.
    h1_holders: OnceCell<Vec<u8>>,
}

impl<'d> Parts<'d> {
    /// An empty table for `dom`; elements are read on first use.
    pub fn new(dom: &'d Dom) -> Parts<'d> {
        Parts {
            dom,
            bits: vec![Cell::new(0); dom.len()],
            memo: RefCell::default(),
            h1s: OnceCell::new(),
            titles: OnceCell::new(),
            shown_title: OnceCell::new(),
            h1_holders: OnceCell::new(),
        }
    }

    /// Whether the element is or holds an `<h1>`: a region that holds the headline is
    /// the article's layout, whatever its classes say (`m-article--sidebar-right`).
    pub fn holds_h1(&self, id: NodeId) -> bool {
        self.holds(id, HOLDS_H1)
    }

    /// Whether the element is or holds the page's `<main>` element: a sidebar or a
    /// footer left unclosed (`<aside>` without `</aside>`) holds the page itself.
    pub fn holds_main(&self, id: NodeId) -> bool {
        self.holds(id, HOLDS_MAIN)
    }

    fn holds(&self, id: NodeId, mark: u8) -> bool {
        let marks = self.h1_holders.get_or_init(|| {
            let order: Vec<NodeId> = self.dom.descendants(crate::dom::ROOT).collect();
            self.dom.subtree_flags(&order, |n| {
                (u8::from(self.dom.is(n, &local_name!("h1"))) * HOLDS_H1)
                    | (u8::from(self.dom.is_main(n)) * HOLDS_MAIN)
            })
        });
        marks.get(id.ix()).is_some_and(|&m| m & mark != 0)
    }

    fn get(&self, id: NodeId) -> u32 {
        let Some(slot) = self.bits.get(id.ix()) else {
            return 0;
        };
        let mut b = slot.get();
        if b & KNOWN == 0 {
            b = KNOWN | self.read(id);
            slot.set(b);
        }
        b
    }

    fn read(&self, id: NodeId) -> u32 {
        let Some(e) = self.dom.element(id) else {
            return 0;
        };
        let mut bits = 0;
        for a in &e.attrs {
            let shift = match a.name {
                local_name!("class") | local_name!("id") | local_name!("itemprop") => 0,
                local_name!("rel") => REL_SHIFT,
                _ => continue,
            };
            let value: &'d str = &a.value;
            let v = *self
                .memo
                .borrow_mut()
                .entry(value)
                .or_insert_with(|| value_bits(value));
            bits |= v << shift;
        }
        bits
    }

    /// Whether the element's class, id, itemprop or rel names `part`'s list.
    pub fn has(&self, id: NodeId, part: Part) -> bool {
        let b = self.get(id);
        b & (part.bit() | part.bit() << REL_SHIFT) != 0
    }

    /// How many of the element's class, id and itemprop attributes name `part`'s list
    /// (each attribute counts, as a post marked in both its class and its id is marked
    /// twice). Not cached: the page-type walk asks once per element.
    pub fn count_in_names(&self, id: NodeId, part: Part) -> usize {
        if self.get(id) & part.bit() == 0 {
            return 0;
        }
        self.dom.element(id).map_or(0, |e| {
            e.attrs
                .iter()
                .filter(|a| {
                    matches!(
                        a.name,
                        local_name!("class") | local_name!("id") | local_name!("itemprop")
                    )
                })
                .filter(|a| value_bits(&a.value) & part.bit() != 0)
                .count()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_matched_exactly_in_any_case() {
        let dom = crate::dom::parse(
            r#"<div id=a class="post-Date meta"></div><a id=b rel="Keywords">x</a><p id=c class="dateline-x"></p>"#,
            1000,
        )
        .expect("parse");
        let parts = Parts::new(&dom);
        let find = |want: &str| {
            dom.descendants(dom.body())
                .find(|&n| dom.attr(n, &local_name!("id")) == Some(want))
                .expect("element")
        };
        assert!(parts.has(find("a"), Part::Date));
        assert!(!parts.has(find("a"), Part::Aside));
        assert!(parts.has(find("b"), Part::Tags), "rel counts for has");
        assert_eq!(
            parts.count_in_names(find("b"), Part::Tags),
            0,
            "but not for names"
        );
        assert_eq!(parts.count_in_names(find("a"), Part::Date), 1);
        assert!(parts.has(find("c"), Part::Date), "dateline is listed");
    }
}

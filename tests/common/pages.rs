//! Helpers for the tests of input kinds: running the binary in a temporary folder,
//! reading its JSON records, and article pages built from invented prose.

use std::process::Output;

use serde_json::Value;

use super::{run_in, Tmp};

pub fn run(t: &Tmp, args: &[&str]) -> Output {
    run_in(&t.0, args, b"")
}

pub fn records(o: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

pub fn field<'a>(r: &'a Value, key: &str) -> &'a str {
    r[key]
        .as_str()
        .unwrap_or_else(|| panic!("no string {key:?} in {r}"))
}

pub fn code(o: &Output) -> Option<i32> {
    o.status.code()
}

/// An article page: a menu, the article (title and paragraphs) and a footer.
pub fn article(title: &str, paragraphs: &[&str]) -> String {
    let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        "<!DOCTYPE html><html><head><title>{title} | The Lantern Post</title></head><body>\n\
         <nav><a href=\"/\">Home</a> <a href=\"/towns\">Towns</a> <a href=\"/weather\">Weather</a></nav>\n\
         <article><h1>{title}</h1>\n{body}</article>\n\
         <footer><p>Subscribe to our newsletter.</p><p>© 2026 The Lantern Post</p></footer></body></html>"
    )
}

/// An English article whose paragraphs carry `marker`.
pub fn english(marker: &str) -> String {
    article(
        &format!("The {marker} ferry returns"),
        &[
            &format!("After eleven weeks in dry dock the {marker} ferry sailed again on Monday morning, carrying forty passengers and a van of post across the narrow sound."),
            "Harbour staff said the new engines were quieter than the old ones, and the crossing took six minutes less than it did last spring, even against the tide.",
            "Islanders who had relied on the small water taxi during the repairs said they were glad to see the familiar blue hull coming round the point once more.",
        ],
    )
}

pub const CYRILLIC_TITLE: &str = "Осенний рынок в Заречье";

/// A Russian article (without any charset declaration in the page).
pub fn cyrillic() -> String {
    article(
        CYRILLIC_TITLE,
        &[
            "В субботу на площади у старой мельницы снова открылся осенний рынок, и к полудню там было не протолкнуться от покупателей.",
            "Фермеры из соседних деревень привезли яблоки, мёд и тыквы, а пекари продавали горячий хлеб прямо с телег, не успевая отсчитывать сдачу.",
            "Организаторы говорят, что в этом году торговцев стало вдвое больше, чем прошлой осенью, и рынок продлится до конца октября.",
        ],
    )
}

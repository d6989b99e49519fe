//! The metadata figures of `tools/score_meta.py`, ported: for title, author and date,
//! "hit" is the share of pages whose truth has a value where the prediction matches it,
//! "spurious" the share of pages whose truth is empty where the prediction gives one.
//! Title and author compare sets of lower-cased `\w+` tokens; date compares the first
//! 10 characters of the truth with as many of the prediction.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::scoring::tokens;

/// The fields scored, in score_meta.py's order.
pub const FIELDS: [&str; 3] = ["title", "author", "date"];

/// One page's predicted metadata, as it appears in a `--save` JSONL line.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MetaPred {
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub date: Option<String>,
}

/// One row of score_meta.py's table.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct MetaFigures {
    pub field: &'static str,
    pub hit: f64,
    /// Pages whose truth has a value.
    pub of: usize,
    pub spurious: f64,
    /// Pages whose truth is empty.
    pub of_empty: usize,
}

/// Python truthiness of a JSON value.
pub fn truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64().is_some_and(|x| x != 0.0),
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
    }
}

/// Python's `str()` of a JSON value, for the cases that occur.
fn py_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Array(a) => a.iter().map(py_str).collect::<Vec<_>>().join(" "),
        other => other.to_string(),
    }
}

fn words(text: &str) -> BTreeSet<String> {
    tokens(text).into_iter().map(|w| w.to_lowercase()).collect()
}

/// The predicted value of a field as score_meta.py's `predicted` sees it: `None` for a
/// missing or empty value (an empty author list included).
fn predicted(p: &MetaPred, field: &str) -> Option<String> {
    match field {
        "title" => p.title.clone().filter(|s| !s.is_empty()),
        "author" if !p.authors.is_empty() => Some(p.authors.join(" ")),
        "date" => p.date.clone().filter(|s| !s.is_empty()),
        _ => None,
    }
}

/// score_meta.py's `same`.
fn same(field: &str, truth: &Value, pred: Option<&str>) -> bool {
    if field == "date" {
        let t: String = py_str(truth).chars().take(10).collect();
        let n = t.chars().count();
        return pred.is_some_and(|p| p.chars().take(n).eq(t.chars()));
    }
    words(&py_str(truth)) == pred.map(words).unwrap_or_default()
}

/// Whether any page of the truth has a metadata field at all.
pub fn truth_has_meta<'a>(truth: impl IntoIterator<Item = &'a Value>) -> bool {
    truth
        .into_iter()
        .any(|t| FIELDS.iter().any(|f| t.get(f).is_some()))
}

/// Scores every field. `pages` pairs each page's truth object with its prediction
/// (`None` when nothing was predicted for it).
pub fn score_meta(pages: &[(&Value, Option<&MetaPred>)]) -> Vec<MetaFigures> {
    let empty = MetaPred::default();
    FIELDS
        .iter()
        .map(|&field| {
            let (mut has, mut hits, mut empties, mut spurious) = (0usize, 0usize, 0usize, 0usize);
            for &(t, p) in pages {
                let pred = predicted(p.unwrap_or(&empty), field);
                if truthy(t.get(field)) {
                    has += 1;
                    hits += usize::from(same(field, &t[field], pred.as_deref()));
                } else {
                    empties += 1;
                    spurious += usize::from(pred.is_some());
                }
            }
            MetaFigures {
                field,
                hit: hits as f64 / has.max(1) as f64,
                of: has,
                spurious: spurious as f64 / empties.max(1) as f64,
                of_empty: empties,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn hits(field: &str, truth: &Value, pred: &MetaPred) -> bool {
        truthy(truth.get(field)) && same(field, &truth[field], predicted(pred, field).as_deref())
    }

    fn pred(title: &str, authors: &[&str], date: &str) -> MetaPred {
        let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
        MetaPred {
            title: opt(title),
            authors: authors.iter().map(|s| s.to_string()).collect(),
            date: opt(date),
        }
    }

    #[test]
    fn matching_rules() {
        let t =
            json!({"title": "Rain, again!", "author": "Ann Lee, Bo Chan", "date": "2024-03-05"});
        let p = pred(
            "rain again",
            &["Bo Chan", "Ann Lee"],
            "2024-03-05T10:00:00+01:00",
        );
        assert!(FIELDS.iter().all(|f| hits(f, &t, &p)));
        let month = json!({"date": "2024-03"});
        assert!(hits("date", &month, &pred("", &[], "2024-03-28")));
        assert!(!hits("date", &t, &pred("", &[], "2024-03-06")));
    }

    #[test]
    fn hit_and_spurious_shares() {
        let a = json!({"title": "A title", "author": null, "date": null});
        let b = json!({"title": "Other", "author": "X Y", "date": "2020-01-01"});
        let pa = pred("A title", &["Someone"], "");
        let pages = [(&a, Some(&pa)), (&b, None)];
        let f = score_meta(&pages);
        assert_eq!((f[0].hit, f[0].of, f[0].of_empty), (0.5, 2, 0));
        assert_eq!(
            (f[1].hit, f[1].of, f[1].spurious, f[1].of_empty),
            (0.0, 1, 1.0, 1)
        );
        assert_eq!((f[2].hit, f[2].spurious), (0.0, 0.0));
    }
}

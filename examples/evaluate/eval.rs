//! One evaluation of predictions against a dataset's truth: score.py's figures overall
//! and per page type, score_meta.py's metadata figures, and page-type agreement.

use serde_json::{json, Value};

use crate::dataset::{Dataset, PagePred};
use crate::meta::{score_meta, truth_has_meta, MetaFigures};
use crate::scoring::{figures, score_doc, DocScore, Figures};

/// The predicted-type columns of the confusion matrix, in thresh's order; "none" is
/// for pages that gave no prediction (missing, failed).
pub const PRED_TYPES: [&str; 9] = [
    "article",
    "forum",
    "product",
    "collection",
    "listing",
    "documentation",
    "service",
    "other",
    "none",
];

/// Page-type agreement with the truth.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeFigures {
    /// Truth types (rows), sorted.
    pub rows: Vec<String>,
    /// Predicted types (columns): [`PRED_TYPES`] plus any other name seen.
    pub cols: Vec<String>,
    /// `matrix[row][col]`: pages of that truth type given that predicted type.
    pub matrix: Vec<Vec<usize>>,
    /// Share of typed pages whose predicted type is the truth's.
    pub agreement: f64,
    pub agreed: usize,
    pub typed: usize,
}

impl TypeFigures {
    /// Share of the pages of truth type `row` predicted as that type.
    pub fn recall(&self, row: usize) -> f64 {
        let total: usize = self.matrix[row].iter().sum();
        let hit = self
            .cols
            .iter()
            .position(|c| *c == self.rows[row])
            .map_or(0, |c| self.matrix[row][c]);
        hit as f64 / total.max(1) as f64
    }

    /// Share of the pages predicted as `col` whose truth is that type.
    pub fn precision(&self, col: usize) -> Option<f64> {
        let total: usize = self.matrix.iter().map(|r| r[col]).sum();
        let hit = self
            .rows
            .iter()
            .position(|r| *r == self.cols[col])
            .map_or(0, |r| self.matrix[r][col]);
        (total > 0).then(|| hit as f64 / total as f64)
    }
}

/// Everything computed for one run.
#[derive(Debug, Clone)]
pub struct Evaluation {
    /// Per-page scores, aligned with the dataset's pages.
    pub docs: Vec<DocScore>,
    pub overall: Figures,
    /// Per truth page type, sorted by type.
    pub by_type: Vec<(String, Figures)>,
    /// When the truth has title/author/date fields.
    pub meta: Option<Vec<MetaFigures>>,
    /// When the truth has page types.
    pub types: Option<TypeFigures>,
}

/// The scores of a peer's texts (or any texts), aligned with the dataset's pages.
pub fn score_texts(ds: &Dataset, texts: &[String]) -> Vec<DocScore> {
    use rayon::prelude::*;
    ds.pages
        .par_iter()
        .enumerate()
        .map(|(i, p)| score_doc(&p.body, texts.get(i).map_or("", String::as_str)))
        .collect()
}

fn type_figures(ds: &Dataset, preds: &[PagePred]) -> TypeFigures {
    let rows = ds.page_types();
    let mut cols: Vec<String> = PRED_TYPES.iter().map(|s| s.to_string()).collect();
    let mut matrix = vec![vec![0usize; cols.len()]; rows.len()];
    let (mut agreed, mut typed) = (0, 0);
    for (page, pred) in ds.pages.iter().zip(preds) {
        let Some(r) = rows.iter().position(|t| *t == page.page_type) else {
            continue;
        };
        let name = pred.page_type.as_deref().unwrap_or("none");
        let c = match cols.iter().position(|c| c == name) {
            Some(c) => c,
            None => {
                cols.push(name.to_string());
                matrix.iter_mut().for_each(|row| row.push(0));
                cols.len() - 1
            }
        };
        matrix[r][c] += 1;
        typed += 1;
        agreed += usize::from(name == page.page_type);
    }
    let agreement = agreed as f64 / typed.max(1) as f64;
    TypeFigures {
        rows,
        cols,
        matrix,
        agreement,
        agreed,
        typed,
    }
}

/// Scores `preds` (aligned with the dataset's pages) against the truth.
pub fn evaluate(ds: &Dataset, preds: &[PagePred]) -> Evaluation {
    let texts: Vec<String> = preds.iter().map(|p| p.text.clone()).collect();
    let docs = score_texts(ds, &texts);
    let overall = figures(&docs);
    let by_type = ds
        .page_types()
        .into_iter()
        .map(|t| {
            let sub: Vec<DocScore> = ds
                .pages
                .iter()
                .zip(&docs)
                .filter(|(p, _)| p.page_type == t)
                .map(|(_, d)| *d)
                .collect();
            let f = figures(&sub);
            (t, f)
        })
        .collect();
    let meta = truth_has_meta(ds.pages.iter().map(|p| &p.raw)).then(|| {
        let pages: Vec<_> = ds
            .pages
            .iter()
            .zip(preds)
            .map(|(p, q)| (&p.raw, Some(&q.meta)))
            .collect();
        score_meta(&pages)
    });
    let types = ds.has_page_types().then(|| type_figures(ds, preds));
    Evaluation {
        docs,
        overall,
        by_type,
        meta,
        types,
    }
}

impl Evaluation {
    /// The figures as one JSON value: `overall`, `by_type`, `meta`, `page_type`.
    pub fn to_json(&self) -> Value {
        let by_type: serde_json::Map<String, Value> = self
            .by_type
            .iter()
            .map(|(t, f)| (t.clone(), json!(f)))
            .collect();
        let meta: Option<serde_json::Map<String, Value>> = self
            .meta
            .as_ref()
            .map(|m| m.iter().map(|f| (f.field.to_string(), json!(f))).collect());
        let types = self.types.as_ref().map(|t| {
            let recall: serde_json::Map<String, Value> = t
                .rows
                .iter()
                .enumerate()
                .map(|(i, r)| (r.clone(), json!(t.recall(i))))
                .collect();
            let confusion: serde_json::Map<String, Value> = t
                .rows
                .iter()
                .zip(&t.matrix)
                .map(|(r, row)| {
                    let cells = t.cols.iter().zip(row).filter(|(_, n)| **n > 0);
                    (
                        r.clone(),
                        Value::Object(cells.map(|(c, n)| (c.clone(), json!(n))).collect()),
                    )
                })
                .collect();
            json!({"agreement": t.agreement, "agreed": t.agreed, "typed": t.typed,
                   "recall": recall, "confusion": confusion})
        });
        json!({"overall": self.overall, "by_type": by_type, "meta": meta, "page_type": types})
    }
}

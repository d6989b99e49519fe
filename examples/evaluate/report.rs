//! Printing an evaluation as tables: score.py's table, score_meta.py's table, the
//! page-type confusion matrix and the weakest pages.

use crate::dataset::Dataset;
use crate::eval::{Evaluation, TypeFigures};
use crate::meta::MetaFigures;
use crate::scoring::{doc_f1, figures, precision, recall, DocScore, Figures};

/// A peer's scores, for `--vs`.
pub struct Peer<'a> {
    pub name: &'a str,
    pub docs: &'a [DocScore],
}

fn figures_header() {
    println!(
        "{:<30} {:>13} {:>9} {:>7} {:>6} {:>6}  docs",
        "", "F1", "precision", "recall", "exact", "words"
    );
}

fn figures_row(name: &str, m: &Figures) {
    println!(
        "{:<30} {:.3} ± {:.3} {:>9.3} {:>7.3} {:>6.3} {:>6.3}  {}",
        name, m.f1, m.f1_std, m.precision, m.recall, m.exact, m.words, m.docs
    );
}

/// Rows `name` and `name/<type>` for the given per-page scores.
fn figures_rows(name: &str, ds: &Dataset, docs: &[DocScore]) {
    figures_row(name, &figures(docs));
    for t in ds.page_types() {
        let sub: Vec<DocScore> = ds
            .pages
            .iter()
            .zip(docs)
            .filter(|(p, _)| p.page_type == t)
            .map(|(_, d)| *d)
            .collect();
        figures_row(&format!("{name}/{t}"), &figures(&sub));
    }
}

/// score.py's table: thresh's rows, overall then per page type, then the peer's.
pub fn print_figures(ds: &Dataset, ev: &Evaluation, peer: Option<&Peer>) {
    figures_header();
    figures_row("thresh", &ev.overall);
    for (t, f) in &ev.by_type {
        figures_row(&format!("thresh/{t}"), f);
    }
    if let Some(peer) = peer {
        figures_rows(peer.name, ds, peer.docs);
    }
}

/// score_meta.py's table.
pub fn print_meta(meta: &[MetaFigures]) {
    println!(
        "{:<8} {:>6} {:>5} {:>9} {:>5}",
        "field", "hit", "of", "spurious", "of"
    );
    for f in meta {
        println!(
            "{:<8} {:>6.3} {:>5} {:>9.3} {:>5}",
            f.field, f.hit, f.of, f.spurious, f.of_empty
        );
    }
}

/// Agreement, the confusion matrix (truth rows × predicted columns, with per-type
/// recall), and per-predicted-type precision.
pub fn print_types(t: &TypeFigures) {
    println!(
        "page type agreement: {:.3} ({} of {})",
        t.agreement, t.agreed, t.typed
    );
    let used: Vec<usize> = (0..t.cols.len())
        .filter(|&c| t.matrix.iter().any(|r| r[c] > 0) || t.rows.contains(&t.cols[c]))
        .collect();
    let width = |c: usize| t.cols[c].len().max(5);
    let mut head = format!("{:<14}", "truth \\ pred");
    for &c in &used {
        head.push_str(&format!(" {:>w$}", t.cols[c], w = width(c)));
    }
    println!("{head}  {:>6}", "recall");
    for (r, row) in t.rows.iter().enumerate() {
        let mut line = format!("{row:<14}");
        for &c in &used {
            line.push_str(&format!(" {:>w$}", t.matrix[r][c], w = width(c)));
        }
        println!("{line}  {:>6.3}", t.recall(r));
    }
    let mut line = format!("{:<14}", "precision");
    for &c in &used {
        let p = t
            .precision(c)
            .map_or("-".to_string(), |p| format!("{p:.3}"));
        line.push_str(&format!(" {:>w$}", p, w = width(c)));
    }
    println!("{line}");
}

/// Page indexes grouped by truth page type (one group "all" without types).
fn groups(ds: &Dataset) -> Vec<(String, Vec<usize>)> {
    let types = ds.page_types();
    if types.is_empty() {
        return vec![("all".to_string(), (0..ds.pages.len()).collect())];
    }
    types
        .into_iter()
        .map(|t| {
            let idx = (0..ds.pages.len())
                .filter(|&i| ds.pages[i].page_type == t)
                .collect();
            (t, idx)
        })
        .collect()
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n - 1).chain(['…']).collect()
    }
}

/// Per page type, the `n` pages where thresh trails the peer most (with a peer) or its
/// weakest pages (without), ranked as score.py ranks them.
pub fn print_worst(ds: &Dataset, ev: &Evaluation, peer: Option<&Peer>, n: usize) {
    let mine = |i: usize| doc_f1(ev.docs[i].counts);
    for (t, mut idx) in groups(ds) {
        match peer {
            Some(p) => {
                let theirs = |i: usize| doc_f1(p.docs[i].counts);
                idx.sort_by(|&a, &b| (mine(a) - theirs(a)).total_cmp(&(mine(b) - theirs(b))));
                println!("\n{t}: pages where thresh trails {} most", p.name);
                println!(
                    "{:>5} {:>5} {:>5} {:>5}  id / url",
                    "mine", "peer", "P", "R"
                );
            }
            None => {
                idx.sort_by(|&a, &b| mine(a).total_cmp(&mine(b)));
                println!("\n{t}: weakest pages");
                println!("{:>5} {:>5} {:>5} {:>5}  id / url", "F1", "words", "P", "R");
            }
        }
        for &i in idx.iter().take(n) {
            let c = ev.docs[i].counts;
            let second = peer.map_or(ev.docs[i].words, |p| doc_f1(p.docs[i].counts));
            let page = &ds.pages[i];
            println!(
                "{:>5.2} {:>5.2} {:>5.2} {:>5.2}  {} {}",
                mine(i),
                second,
                precision(c),
                recall(c),
                page.id,
                clip(&page.url, 90)
            );
        }
    }
}

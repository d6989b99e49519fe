//! Accuracy floors on the shared datasets, measured in-process with the same code as
//! `examples/evaluate.rs` (whose modules this test includes). Skipped, with a line
//! saying so, when `<manifest>/../shared/datasets` is absent. Meant for
//! `cargo test --release`; the pages are extracted in parallel with rayon.

// The floors are raised as the figures rise: pin each a little below what a run prints.
/// Shingle F1 (score.py) on scrapinghub.
const SCRAPINGHUB_F1_FLOOR: f64 = 0.980;
/// Shingle F1 (score.py) on wcxb-dev.
const WCXB_F1_FLOOR: f64 = 0.8766;
/// Mean bag-of-words F1 (score.py "words") on wcxb-dev.
const WCXB_WORD_F1_FLOOR: f64 = 0.8887;
/// score_meta.py "hit" shares on wcxb-dev.
const WCXB_TITLE_HIT_FLOOR: f64 = 0.828;
const WCXB_AUTHOR_HIT_FLOOR: f64 = 0.853;
const WCXB_DATE_HIT_FLOOR: f64 = 0.899;
/// score_meta.py "spurious" shares on wcxb-dev: a value given where the truth has none.
const WCXB_AUTHOR_SPURIOUS_CEILING: f64 = 0.10;
const WCXB_DATE_SPURIOUS_CEILING: f64 = 0.20;
/// Page-type agreement on wcxb-dev.
const WCXB_PAGE_TYPE_FLOOR: f64 = 0.874;

#[allow(dead_code)]
#[path = "../examples/evaluate/dataset.rs"]
mod dataset;
#[allow(dead_code)]
#[path = "../examples/evaluate/eval.rs"]
mod eval;
#[allow(dead_code)]
#[path = "../examples/evaluate/meta.rs"]
mod meta;
#[allow(dead_code)]
#[path = "../examples/evaluate/scoring.rs"]
mod scoring;

use std::path::PathBuf;

use dataset::{extract_all, Dataset};
use eval::{evaluate, Evaluation};

fn datasets_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/datasets")
}

/// Extracts and scores one dataset, printing its figures; `None` when it is absent.
fn measure(name: &str) -> Option<Evaluation> {
    let dir = datasets_dir().join(name);
    if !dir.join("ground-truth.json").is_file() {
        eprintln!("accuracy: {} not found, {name} skipped", dir.display());
        return None;
    }
    let ds = Dataset::load(&dir).unwrap_or_else(|e| panic!("{e}"));
    let run = extract_all(&ds, &thresh::Options::default());
    eprintln!("accuracy {name}: {}", run.timing_line());
    let ev = evaluate(&ds, &run.preds);
    let o = &ev.overall;
    eprintln!(
        "accuracy {name}: F1 {:.3} ± {:.3}  precision {:.3}  recall {:.3}  exact {:.3}  words {:.3}  ({} docs)",
        o.f1, o.f1_std, o.precision, o.recall, o.exact, o.words, o.docs
    );
    for (t, f) in &ev.by_type {
        eprintln!(
            "accuracy {name}/{t}: F1 {:.3}  P {:.3}  R {:.3}  words {:.3}  ({} docs)",
            f.f1, f.precision, f.recall, f.words, f.docs
        );
    }
    for m in ev.meta.iter().flatten() {
        eprintln!(
            "accuracy {name} {}: hit {:.3} of {}, spurious {:.3} of {}",
            m.field, m.hit, m.of, m.spurious, m.of_empty
        );
    }
    if let Some(t) = &ev.types {
        eprintln!(
            "accuracy {name} page type agreement: {:.3} ({} of {})",
            t.agreement, t.agreed, t.typed
        );
    }
    Some(ev)
}

/// The scores of one metadata field: `(hit, spurious)`; a field missing from the
/// evaluation scores as nothing found and everything spurious.
fn meta_scores(ev: &Evaluation, field: &str) -> (f64, f64) {
    let meta = ev.meta.as_ref().expect("wcxb-dev's truth has metadata");
    meta.iter()
        .find(|m| m.field == field)
        .map_or((0.0, 1.0), |m| (m.hit, m.spurious))
}

fn at_most(what: &str, value: f64, ceiling: f64) -> Option<String> {
    (value > ceiling).then(|| format!("{what} {value:.4} is above its ceiling {ceiling:.4}"))
}

fn at_least(what: &str, value: f64, floor: f64) -> Option<String> {
    (value < floor).then(|| format!("{what} {value:.4} is below its floor {floor:.4}"))
}

#[test]
fn accuracy_floors() {
    let mut failures = Vec::new();
    if let Some(ev) = measure("scrapinghub") {
        failures.extend(at_least(
            "scrapinghub F1",
            ev.overall.f1,
            SCRAPINGHUB_F1_FLOOR,
        ));
    }
    if let Some(ev) = measure("wcxb-dev") {
        let types = ev.types.as_ref().map_or(0.0, |t| t.agreement);
        failures.extend(at_least("wcxb-dev F1", ev.overall.f1, WCXB_F1_FLOOR));
        failures.extend(at_least(
            "wcxb-dev words",
            ev.overall.words,
            WCXB_WORD_F1_FLOOR,
        ));
        for (field, floor) in [
            ("title", WCXB_TITLE_HIT_FLOOR),
            ("author", WCXB_AUTHOR_HIT_FLOOR),
            ("date", WCXB_DATE_HIT_FLOOR),
        ] {
            let what = format!("wcxb-dev {field} hit");
            failures.extend(at_least(&what, meta_scores(&ev, field).0, floor));
        }
        for (field, ceiling) in [
            ("author", WCXB_AUTHOR_SPURIOUS_CEILING),
            ("date", WCXB_DATE_SPURIOUS_CEILING),
        ] {
            let what = format!("wcxb-dev {field} spurious");
            failures.extend(at_most(&what, meta_scores(&ev, field).1, ceiling));
        }
        failures.extend(at_least(
            "wcxb-dev page type agreement",
            types,
            WCXB_PAGE_TYPE_FLOOR,
        ));
    }
    assert!(
        failures.is_empty(),
        "accuracy below the pinned floors:\n{}",
        failures.join("\n")
    );
}

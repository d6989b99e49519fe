//! Evaluates thresh on a dataset: `html/<id>.html.gz` plus `ground-truth.json`
//! (`{id: {"articleBody", "url", optionally "page_type", "title", "author", "date"}}`).
//!
//! ```text
//! cargo run --release --example evaluate -- DATASET_DIR [--favor precision|balanced|recall]
//!     [--save PRED.jsonl] [--vs PEER.json|PEER.jsonl|DIR] [--worst N] [--json]
//! ```
//!
//! Prints the figures of `tools/score.py` (shingle F1, precision, recall, exact, words;
//! overall and per page type), of `tools/score_meta.py` (title/author/date hit and
//! spurious), the page-type agreement with a confusion matrix, and the weakest pages
//! per type (or, with `--vs`, those where thresh trails the peer most). Timing of the
//! extraction phase goes to stderr.

#[path = "evaluate/dataset.rs"]
mod dataset;
#[path = "evaluate/eval.rs"]
mod eval;
#[path = "evaluate/meta.rs"]
mod meta;
#[path = "evaluate/report.rs"]
mod report;
#[path = "evaluate/scoring.rs"]
mod scoring;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, ValueEnum};

use dataset::{extract_all, load_pred, save_jsonl, Dataset};
use eval::{evaluate, score_texts};
use report::Peer;

#[derive(Clone, Copy, Debug, ValueEnum)]
enum FavorArg {
    Precision,
    Balanced,
    Recall,
}

/// Evaluates thresh's extraction on a dataset against its ground truth.
#[derive(Parser, Debug)]
#[command(name = "evaluate")]
struct Args {
    /// Folder with html/<id>.html.gz and ground-truth.json.
    dataset: PathBuf,
    /// Precision/recall trade-off passed to thresh.
    #[arg(long, value_enum, default_value = "balanced")]
    favor: FavorArg,
    /// Write the predictions as JSON Lines (source, text, title, authors, date, page_type).
    #[arg(long, value_name = "FILE")]
    save: Option<PathBuf>,
    /// A peer's predictions ({id: {"articleBody": …}}, {id: text}, a .jsonl saved by
    /// --save, or a folder of <id>.txt): list where thresh trails it most.
    #[arg(long, value_name = "PEER")]
    vs: Option<PathBuf>,
    /// How many pages to list per page type (default 5 with --vs, none without).
    #[arg(long, value_name = "N")]
    worst: Option<usize>,
    /// Print the figures as JSON on stdout instead of tables.
    #[arg(long)]
    json: bool,
}

fn options(favor: FavorArg) -> thresh::Options {
    let favor = match favor {
        FavorArg::Precision => thresh::Favor::Precision,
        FavorArg::Balanced => thresh::Favor::Balanced,
        FavorArg::Recall => thresh::Favor::Recall,
    };
    thresh::Options::default().favor(favor)
}

fn peer_name(path: &Path) -> String {
    let stem = if path.is_file() {
        path.file_stem()
    } else {
        path.file_name()
    };
    stem.map_or_else(|| "peer".to_string(), |s| s.to_string_lossy().into_owned())
}

fn run(args: &Args) -> Result<(), String> {
    let ds = Dataset::load(&args.dataset)?;
    let peer_texts = args.vs.as_deref().map(|p| load_pred(p, &ds)).transpose()?;
    let run = extract_all(&ds, &options(args.favor));
    eprintln!("{}", run.timing_line());
    if let Some(path) = &args.save {
        save_jsonl(path, &ds, &run.preds)?;
        eprintln!(
            "saved {} predictions to {}",
            run.preds.len(),
            path.display()
        );
    }
    let ev = evaluate(&ds, &run.preds);
    if args.json {
        let mut out = ev.to_json();
        out["dataset"] = serde_json::json!(args.dataset.to_string_lossy());
        println!(
            "{}",
            serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?
        );
        return Ok(());
    }
    let peer_docs = peer_texts.as_ref().map(|t| score_texts(&ds, t));
    let name = args.vs.as_deref().map(peer_name).unwrap_or_default();
    let peer = peer_docs.as_deref().map(|docs| Peer { name: &name, docs });
    let favor = format!("{:?}", args.favor).to_lowercase();
    println!(
        "thresh on {} ({} pages, favor {favor})\n",
        args.dataset.display(),
        ds.pages.len()
    );
    report::print_figures(&ds, &ev, peer.as_ref());
    if let Some(meta) = &ev.meta {
        println!();
        report::print_meta(meta);
    }
    if let Some(types) = &ev.types {
        println!();
        report::print_types(types);
    }
    let worst = args.worst.unwrap_or(if peer.is_some() { 5 } else { 0 });
    if worst > 0 {
        report::print_worst(&ds, &ev, peer.as_ref(), worst);
    }
    Ok(())
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("evaluate: {e}");
            ExitCode::FAILURE
        }
    }
}

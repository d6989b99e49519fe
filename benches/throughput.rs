//! Throughput of thresh against html5ever's own parse, in the same run.
//!
//! Corpus: `../shared/datasets/scrapinghub/html/*.html.gz` when present, else the
//! project's `fixtures/*/input.html`. Pages are decompressed before timing starts.
//!
//! - `parse_only`: html5ever + markup5ever_rcdom, the same tree-builder options thresh
//!   uses (scripting off), the floor any extractor pays;
//! - `thresh_extract`: thresh's whole extraction (decode, parse, metadata, content, JSON
//!   render).
//!
//! Run: `cargo bench --bench throughput`. Criterion prints time and MB/s per corpus pass;
//! a summary line at the end prints pages/s and the extract/parse ratio.

use std::io::Read;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use html5ever::tendril::TendrilSink;
use html5ever::ParseOpts;
use markup5ever_rcdom::RcDom;

fn corpus() -> (String, Vec<Vec<u8>>) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join("../shared/datasets/scrapinghub/html");
    let mut pages = Vec::new();
    if let Ok(rd) = std::fs::read_dir(&shared) {
        let mut paths: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            let Ok(bytes) = std::fs::read(&p) else {
                continue;
            };
            let mut out = Vec::new();
            if flate2::read::GzDecoder::new(&bytes[..])
                .read_to_end(&mut out)
                .is_ok()
            {
                pages.push(out);
            }
        }
        if !pages.is_empty() {
            return ("scrapinghub".into(), pages);
        }
    }
    if let Ok(rd) = std::fs::read_dir(root.join("fixtures")) {
        let mut paths: Vec<PathBuf> = rd
            .filter_map(|e| e.ok().map(|e| e.path().join("input.html")))
            .collect();
        paths.sort();
        pages.extend(paths.iter().filter_map(|p| std::fs::read(p).ok()));
    }
    ("fixtures".into(), pages)
}

fn parse_only(pages: &[Vec<u8>]) -> usize {
    let mut n = 0;
    for p in pages {
        let text = String::from_utf8_lossy(p);
        let mut opts = ParseOpts::default();
        opts.tree_builder.scripting_enabled = false;
        let dom: RcDom = html5ever::parse_document(RcDom::default(), opts).one(text.as_ref());
        n += usize::from(!dom.document.children.borrow().is_empty());
    }
    n
}

fn extract_all(pages: &[Vec<u8>]) -> usize {
    let opts = thresh::Options::default();
    let mut n = 0;
    for p in pages {
        if let Ok(ex) = thresh::extract(p, &opts) {
            n += ex.to_json().len();
        }
    }
    n
}

/// thresh's own decode and parse into its arena, without metadata or content: the
/// share of the ratio that is parsing rather than extraction.
fn thresh_parse(pages: &[Vec<u8>]) -> usize {
    let mut n = 0;
    for p in pages {
        let decoded = thresh::decode::decode(p, None);
        if let Ok(dom) = thresh::dom::parse(&decoded.text, thresh::DEFAULT_MAX_NODES) {
            n += dom.len();
        }
    }
    n
}

/// `THRESH_BENCH_ONLY=parse_only|thresh_parse|thresh_extract` runs that one side five
/// times over the corpus and nothing else (`load` only loads the corpus), so that a
/// whole-process timer can pair the sides run after run: the paired ratio of process
/// times drifts far less on a shared machine than in-process wall time does.
fn only(which: &str, pages: &[Vec<u8>]) {
    if which == "load" {
        return;
    }
    // `THRESH_BENCH_ROUNDS` (default 5) sets the passes, e.g. 1 under an instruction counter.
    let rounds = std::env::var("THRESH_BENCH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    for _ in 0..rounds {
        let n = match which {
            "parse_only" => parse_only(pages),
            "thresh_parse" => thresh_parse(pages),
            _ => extract_all(pages),
        };
        std::hint::black_box(n);
    }
}

fn bench(c: &mut Criterion) {
    let (name, pages) = corpus();
    if let Ok(which) = std::env::var("THRESH_BENCH_ONLY") {
        only(&which, &pages);
        return;
    }
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let mut g = c.benchmark_group(format!(
        "{name} ({} pages, {:.1} MB)",
        pages.len(),
        bytes as f64 / 1e6
    ));
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(8));
    g.bench_function("parse_only", |b| b.iter(|| parse_only(&pages)));
    g.bench_function("thresh_extract", |b| b.iter(|| extract_all(&pages)));
    g.finish();
    // A direct A/B summary, alternating runs so drift hits both alike.
    // `cargo bench --bench throughput -- summary` skips criterion and prints only this.
    // Passes alternate, and the ratio is taken pass by pass, so that a shared machine's
    // drifting speed hits both sides of each ratio alike; the median ratio is quoted.
    const ROUNDS: usize = 21;
    let (mut tp, mut te) = (Vec::new(), Vec::new());
    let (mut ratio, mut own) = (Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        let t = Instant::now();
        std::hint::black_box(parse_only(&pages));
        let p = t.elapsed().as_secs_f64();
        let t = Instant::now();
        std::hint::black_box(thresh_parse(&pages));
        let o = t.elapsed().as_secs_f64();
        let t = Instant::now();
        std::hint::black_box(extract_all(&pages));
        let e = t.elapsed().as_secs_f64();
        tp.push(p);
        te.push(e);
        ratio.push(e / p);
        own.push(o / p);
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
    };
    let (p, e) = (median(&mut tp), median(&mut te));
    let per = |d: f64| pages.len() as f64 / d;
    let mbs = |d: f64| bytes as f64 / 1e6 / d;
    let spread = |v: &[f64]| {
        format!(
            "{:.2}–{:.2}",
            v.first().copied().unwrap_or(f64::NAN),
            v.last().copied().unwrap_or(f64::NAN)
        )
    };
    let r = median(&mut ratio);
    let o = median(&mut own);
    println!(
        "summary (median of {ROUNDS} paired passes): parse_only {:.0} pages/s {:.1} MB/s; thresh_extract {:.0} pages/s {:.1} MB/s; ratio extract/parse {r:.2}x (range {}); thresh's own decode+parse {o:.2}x",
        per(p), mbs(p), per(e), mbs(e), spread(&ratio)
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);

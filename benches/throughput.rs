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

fn bench(c: &mut Criterion) {
    let (name, pages) = corpus();
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
    let (mut tp, mut tt, mut te) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    const ROUNDS: u32 = 5;
    for _ in 0..ROUNDS {
        let t = Instant::now();
        std::hint::black_box(parse_only(&pages));
        tp += t.elapsed();
        let t = Instant::now();
        std::hint::black_box(thresh_parse(&pages));
        tt += t.elapsed();
        let t = Instant::now();
        std::hint::black_box(extract_all(&pages));
        te += t.elapsed();
    }
    let per = |d: Duration| pages.len() as f64 * f64::from(ROUNDS) / d.as_secs_f64();
    let mbs = |d: Duration| bytes as f64 * f64::from(ROUNDS) / 1e6 / d.as_secs_f64();
    println!(
        "summary: parse_only {:.0} pages/s {:.1} MB/s; thresh_extract {:.0} pages/s {:.1} MB/s; ratio extract/parse {:.2}x (thresh's own decode+parse {:.2}x)",
        per(tp), mbs(tp), per(te), mbs(te), te.as_secs_f64() / tp.as_secs_f64(),
        tt.as_secs_f64() / tp.as_secs_f64()
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);

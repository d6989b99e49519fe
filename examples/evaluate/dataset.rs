//! Reading a dataset (`html/<id>.html.gz` + `ground-truth.json`), extracting every page
//! with thresh in parallel, reading a peer's predictions and saving ours as JSONL.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::panic::{self, catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;
use serde_json::Value;

use crate::meta::MetaPred;

/// One page of the ground truth.
#[derive(Debug, Clone)]
pub struct TruthPage {
    pub id: String,
    pub body: String,
    pub page_type: String,
    pub url: String,
    /// The whole truth object, for the metadata fields.
    pub raw: Value,
}

/// A dataset's ground truth, pages sorted by id (as score.py sorts them).
#[derive(Debug, Clone)]
pub struct Dataset {
    pub dir: PathBuf,
    pub pages: Vec<TruthPage>,
}

fn str_field(v: &Value, key: &str) -> String {
    v.get(key).and_then(Value::as_str).unwrap_or("").to_string()
}

impl Dataset {
    /// Reads `DIR/ground-truth.json`.
    pub fn load(dir: &Path) -> Result<Dataset, String> {
        let path = dir.join("ground-truth.json");
        let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let data: BTreeMap<String, Value> =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let pages = data
            .into_iter()
            .map(|(id, raw)| TruthPage {
                body: str_field(&raw, "articleBody"),
                page_type: str_field(&raw, "page_type"),
                url: str_field(&raw, "url"),
                id,
                raw,
            })
            .collect();
        Ok(Dataset {
            dir: dir.to_path_buf(),
            pages,
        })
    }

    /// Where the page's HTML is.
    pub fn html_path(&self, id: &str) -> PathBuf {
        self.dir.join("html").join(format!("{id}.html.gz"))
    }

    /// Whether the truth gives page types.
    pub fn has_page_types(&self) -> bool {
        self.pages.iter().any(|p| !p.page_type.is_empty())
    }

    /// The page types of the truth, sorted.
    pub fn page_types(&self) -> Vec<String> {
        let mut t: Vec<String> = self
            .pages
            .iter()
            .map(|p| p.page_type.clone())
            .filter(|t| !t.is_empty())
            .collect();
        t.sort();
        t.dedup();
        t
    }
}

/// What thresh made of one page. A page whose file is missing or that failed counts as
/// empty output, with no page type.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PagePred {
    pub text: String,
    pub meta: MetaPred,
    pub page_type: Option<String>,
}

/// Size and duration of the extraction phase.
#[derive(Debug, Clone, Default)]
pub struct Run {
    pub preds: Vec<PagePred>,
    pub pages: usize,
    /// Uncompressed HTML bytes.
    pub bytes: u64,
    pub elapsed: Duration,
    pub missing: usize,
    pub errors: usize,
    pub panics: usize,
    /// Ids of the pages that failed or panicked.
    pub failed: Vec<String>,
}

impl Run {
    /// One line for stderr: pages/s and MB/s.
    pub fn timing_line(&self) -> String {
        let s = self.elapsed.as_secs_f64().max(1e-9);
        format!(
            "extracted {} pages ({:.1} MB of HTML) in {:.2} s on {} threads: {:.1} pages/s, {:.2} MB/s \
             ({} missing, {} errors, {} panics)",
            self.pages,
            self.bytes as f64 / 1e6,
            s,
            rayon::current_num_threads(),
            self.pages as f64 / s,
            self.bytes as f64 / 1e6 / s,
            self.missing,
            self.errors,
            self.panics
        ) + &self.failed_note()
    }

    fn failed_note(&self) -> String {
        if self.failed.is_empty() {
            return String::new();
        }
        let shown: Vec<&str> = self.failed.iter().take(10).map(String::as_str).collect();
        let more = if self.failed.len() > 10 { ", …" } else { "" };
        format!("\nfailed or panicked: {}{more}", shown.join(", "))
    }
}

/// Uncompressed size: the gzip trailer's ISIZE for gzip data, else the length.
fn html_size(bytes: &[u8]) -> u64 {
    match bytes {
        [0x1f, 0x8b, .., a, b, c, d] if bytes.len() >= 18 => {
            u32::from_le_bytes([*a, *b, *c, *d]) as u64
        }
        _ => bytes.len() as u64,
    }
}

enum Outcome {
    Missing,
    Error,
    Panic,
    Done(PagePred),
}

fn extract_one(bytes: Option<&Vec<u8>>, opts: &thresh::Options) -> Outcome {
    let Some(bytes) = bytes else {
        return Outcome::Missing;
    };
    match catch_unwind(AssertUnwindSafe(|| thresh::extract(bytes, opts))) {
        Err(_) => Outcome::Panic,
        Ok(Err(_)) => Outcome::Error,
        Ok(Ok(ex)) => Outcome::Done(PagePred {
            text: ex.text(),
            meta: MetaPred {
                title: ex.metadata.title.clone(),
                authors: ex.metadata.authors.clone(),
                date: ex.metadata.date.clone(),
            },
            page_type: Some(ex.metadata.page_type.as_str().to_string()),
        }),
    }
}

/// A panic as one short line: where, and the start of the message.
fn panic_line(info: &panic::PanicHookInfo) -> String {
    let payload = info.payload();
    let msg = payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("");
    let msg: String = msg
        .chars()
        .take(160)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let at = info
        .location()
        .map_or(String::new(), |l| format!(" at {}:{}", l.file(), l.line()));
    format!("thresh panicked{at}: {msg}")
}

/// Reads every page (missing files count as empty output), then extracts them all in
/// parallel, timing the extraction alone.
pub fn extract_all(ds: &Dataset, opts: &thresh::Options) -> Run {
    let inputs: Vec<Option<Vec<u8>>> = ds
        .pages
        .iter()
        .map(|p| fs::read(ds.html_path(&p.id)).ok())
        .collect();
    let bytes = inputs.iter().flatten().map(|b| html_size(b)).sum();
    // One line per panic rather than a backtrace each; the default hook comes back after.
    let hook = panic::take_hook();
    panic::set_hook(Box::new(|info| eprintln!("{}", panic_line(info))));
    let start = Instant::now();
    let outcomes: Vec<Outcome> = inputs
        .par_iter()
        .map(|b| extract_one(b.as_ref(), opts))
        .collect();
    let elapsed = start.elapsed();
    panic::set_hook(hook);
    let mut run = Run {
        pages: inputs.iter().flatten().count(),
        bytes,
        elapsed,
        ..Run::default()
    };
    for (page, o) in ds.pages.iter().zip(outcomes) {
        if matches!(o, Outcome::Error | Outcome::Panic) {
            run.failed.push(page.id.clone());
        }
        let pred = match o {
            Outcome::Done(p) => p,
            Outcome::Missing => {
                run.missing += 1;
                PagePred::default()
            }
            Outcome::Error => {
                run.errors += 1;
                PagePred::default()
            }
            Outcome::Panic => {
                run.panics += 1;
                PagePred::default()
            }
        };
        run.preds.push(pred);
    }
    run
}

/// score.py's `page_id`: the file name less `.html`/`.htm` and `.gz`.
pub fn page_id(source: &str) -> String {
    let name = source.rsplit('/').next().unwrap_or(source);
    let name = name.strip_suffix(".gz").unwrap_or(name);
    let name = name
        .strip_suffix(".html")
        .or_else(|| name.strip_suffix(".htm"))
        .unwrap_or(name);
    name.to_string()
}

/// Escapes the characters that Python's `str.splitlines()` breaks lines at but
/// serde_json leaves raw (NEL, LINE and PARAGRAPH SEPARATOR): in JSON text they only
/// occur inside strings, where the escape means the same.
fn escape_line_breaks(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '\u{85}' | '\u{2028}' | '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            _ => out.push(c),
        }
    }
    out
}

/// Writes one JSON line per page: source, text, title, authors, date, page_type.
pub fn save_jsonl(path: &Path, ds: &Dataset, preds: &[PagePred]) -> Result<(), String> {
    let mut out = String::new();
    for (page, p) in ds.pages.iter().zip(preds) {
        let line = serde_json::json!({
            "source": ds.html_path(&page.id).to_string_lossy(),
            "text": p.text,
            "title": p.meta.title,
            "authors": p.meta.authors,
            "date": p.meta.date,
            "page_type": p.page_type,
        });
        out.push_str(&escape_line_breaks(&line.to_string()));
        out.push('\n');
    }
    fs::write(path, out).map_err(|e| format!("{}: {e}", path.display()))
}

fn text_of(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Object(o) => match o.get("articleBody").or_else(|| o.get("text")) {
            Some(Value::String(s)) => s.clone(),
            _ => String::new(),
        },
        _ => String::new(),
    }
}

fn load_jsonl(text: &str) -> HashMap<String, String> {
    let mut data = HashMap::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let Ok(obj) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let source = obj.get("source").and_then(Value::as_str).unwrap_or("");
        let body = obj.get("text").and_then(Value::as_str).unwrap_or("");
        data.insert(page_id(source), body.to_string());
    }
    data
}

fn load_json(text: &str, path: &Path) -> Result<HashMap<String, String>, String> {
    let mut data: Value =
        serde_json::from_str(text).map_err(|e| format!("{}: {e}", path.display()))?;
    if let Value::Object(o) = &data {
        if o.len() == 2 && o.contains_key("version") && o.contains_key("output") {
            data = o["output"].clone();
        }
    }
    let Value::Object(o) = data else {
        return Err(format!("{}: not a JSON object", path.display()));
    };
    Ok(o.iter().map(|(k, v)| (k.clone(), text_of(v))).collect())
}

/// score.py's `load_pred`: a peer's texts, one per page of `ds` (empty when absent), from
/// a JSON file `{id: {"articleBody": …}}` or `{id: text}`, a `.jsonl` file, or a
/// directory of `<id>.txt`.
pub fn load_pred(path: &Path, ds: &Dataset) -> Result<Vec<String>, String> {
    if path.is_dir() {
        let read = |id: &str| fs::read(path.join(format!("{id}.txt"))).ok();
        let texts = ds
            .pages
            .iter()
            .map(|p| read(&p.id).map(|b| String::from_utf8_lossy(&b).into_owned()));
        return Ok(texts.map(Option::unwrap_or_default).collect());
    }
    let bytes = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let text = String::from_utf8_lossy(&bytes);
    let data = if path.extension().is_some_and(|e| e == "jsonl") {
        load_jsonl(&text)
    } else {
        load_json(&text, path)?
    };
    Ok(ds
        .pages
        .iter()
        .map(|p| data.get(&p.id).cloned().unwrap_or_default())
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_ids() {
        assert_eq!(page_id("/a/b/0001.html.gz"), "0001");
        assert_eq!(page_id("x.htm"), "x");
        assert_eq!(page_id("x.gz"), "x");
        assert_eq!(page_id("x.txt"), "x.txt");
        assert_eq!(page_id(""), "");
    }

    #[test]
    fn saved_lines_survive_python_splitlines() {
        let line = serde_json::json!({"text": "a\u{85}b\u{2028}c\u{2029}d\re"}).to_string();
        let escaped = escape_line_breaks(&line);
        assert!(!escaped.contains(['\u{85}', '\u{2028}', '\u{2029}', '\r']));
        let back: Value = serde_json::from_str(&escaped).unwrap();
        assert_eq!(back["text"], "a\u{85}b\u{2028}c\u{2029}d\re");
    }

    #[test]
    fn gzip_size_from_trailer() {
        let mut gz = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0];
        gz.extend_from_slice(&1234u32.to_le_bytes());
        assert_eq!(html_size(&gz), 1234);
        assert_eq!(html_size(b"<p>hi</p>"), 9);
    }
}

//! The text metrics of `tools/score.py`, ported so that the figures agree with it:
//! 4-token shingles over `\w+` tokens, per-document normalised tp/fp/fn, precision and
//! recall averaged over the documents where they are defined, F1 from the two means,
//! "exact" token-sequence matches, the WCXB bag-of-words F1 ("words") and the bootstrap
//! standard deviation of F1 (with a port of Python's Mersenne Twister, so that even the
//! `±` figure is the same).

use std::collections::HashMap;

include!("pyword_table.rs");

/// Length of a shingle, in tokens.
pub const SHINGLE: usize = 4;

/// Whether `c` is a `\w` character for Python's `re` on `str`: `str.isalnum()` or `_`.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    if !c.is_alphanumeric() {
        return false;
    }
    let cp = c as u32;
    let i = NOT_PY_WORD.partition_point(|&(_, hi)| hi < cp);
    !(i < NOT_PY_WORD.len() && NOT_PY_WORD[i].0 <= cp)
}

/// The `\w+` tokens of `text`, as Python's `re.findall(r"\w+", text)` gives them.
pub fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// The multiset of shingles of a token list (one shingle of all tokens when there are
/// fewer than [`SHINGLE`], none when there are none).
fn shingles<'a, 'b>(toks: &'b [&'a str]) -> HashMap<&'b [&'a str], i64> {
    let mut m = HashMap::new();
    if toks.is_empty() {
        return m;
    }
    if toks.len() < SHINGLE {
        m.insert(toks, 1);
        return m;
    }
    for w in toks.windows(SHINGLE) {
        *m.entry(w).or_insert(0) += 1;
    }
    m
}

/// Normalised true positives, false positives and false negatives of one document.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Counts {
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
}

/// `doc_counts` of score.py: shingle overlap of `pred` with `truth`, normalised to sum 1.
pub fn doc_counts(truth: &str, pred: &str) -> Counts {
    let (tt, pt) = (tokens(truth), tokens(pred));
    let (t, p) = (shingles(&tt), shingles(&pt));
    let (mut tp, mut fp, mut fn_) = (0i64, 0i64, 0i64);
    for (k, &n) in &t {
        let m = p.get(k).copied().unwrap_or(0);
        tp += n.min(m);
        fn_ += (n - m).max(0);
    }
    for (k, &m) in &p {
        let n = t.get(k).copied().unwrap_or(0);
        fp += (m - n).max(0);
    }
    let total = (tp + fp + fn_) as f64;
    if total == 0.0 {
        return Counts::default();
    }
    Counts {
        tp: tp as f64 / total,
        fp: fp as f64 / total,
        fn_: fn_ as f64 / total,
    }
}

/// Precision of one document (1 when it has neither false positives nor negatives).
pub fn precision(c: Counts) -> f64 {
    if c.fp == 0.0 && c.fn_ == 0.0 {
        return 1.0;
    }
    if c.tp + c.fp > 0.0 {
        c.tp / (c.tp + c.fp)
    } else {
        0.0
    }
}

/// Recall of one document (1 when it has neither false positives nor negatives).
pub fn recall(c: Counts) -> f64 {
    if c.fp == 0.0 && c.fn_ == 0.0 {
        return 1.0;
    }
    if c.tp + c.fn_ > 0.0 {
        c.tp / (c.tp + c.fn_)
    } else {
        0.0
    }
}

fn harmonic(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

/// F1 of one document.
pub fn doc_f1(c: Counts) -> f64 {
    harmonic(precision(c), recall(c))
}

/// `(f1, precision, recall)` over documents: precision averaged over the documents that
/// predicted something, recall over those whose truth has something.
pub fn aggregate<'a>(counts: impl IntoIterator<Item = &'a Counts>) -> (f64, f64, f64) {
    let (mut ps, mut np, mut rs, mut nr) = (0.0, 0usize, 0.0, 0usize);
    for &c in counts {
        if c.tp + c.fp > 0.0 {
            ps += precision(c);
            np += 1;
        }
        if c.tp + c.fn_ > 0.0 {
            rs += recall(c);
            nr += 1;
        }
    }
    let p = if np > 0 { ps / np as f64 } else { 0.0 };
    let r = if nr > 0 { rs / nr as f64 } else { 0.0 };
    (harmonic(p, r), p, r)
}

fn bag(text: &str) -> HashMap<String, i64> {
    let mut m = HashMap::new();
    for t in tokens(text) {
        *m.entry(t.to_lowercase()).or_insert(0) += 1;
    }
    m
}

/// Bag-of-words F1 on lower-cased tokens; an empty truth scores 1 only against an
/// empty prediction.
pub fn word_f1(truth: &str, pred: &str) -> f64 {
    let (t, p) = (bag(truth), bag(pred));
    if t.is_empty() {
        return if p.is_empty() { 1.0 } else { 0.0 };
    }
    if p.is_empty() {
        return 0.0;
    }
    let overlap: i64 = t
        .iter()
        .map(|(k, &n)| n.min(p.get(k).copied().unwrap_or(0)))
        .sum();
    let (np, nt): (i64, i64) = (p.values().sum(), t.values().sum());
    harmonic(overlap as f64 / np as f64, overlap as f64 / nt as f64)
}

/// Everything score.py needs of one document, computed once.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct DocScore {
    pub counts: Counts,
    /// Same token sequence as the truth.
    pub exact: bool,
    pub words: f64,
}

/// Scores one document.
pub fn score_doc(truth: &str, pred: &str) -> DocScore {
    DocScore {
        counts: doc_counts(truth, pred),
        exact: tokens(truth) == tokens(pred),
        words: word_f1(truth, pred),
    }
}

/// One row of score.py's table.
#[derive(Debug, Clone, Copy, PartialEq, Default, serde::Serialize)]
pub struct Figures {
    pub f1: f64,
    pub precision: f64,
    pub recall: f64,
    pub exact: f64,
    pub words: f64,
    pub f1_std: f64,
    pub docs: usize,
}

/// score.py's `figures` over some documents, in the order given (sorted ids).
pub fn figures(docs: &[DocScore]) -> Figures {
    if docs.is_empty() {
        return Figures::default();
    }
    let counts: Vec<Counts> = docs.iter().map(|d| d.counts).collect();
    let (f1, precision, recall) = aggregate(&counts);
    let n = docs.len() as f64;
    Figures {
        f1,
        precision,
        recall,
        exact: docs.iter().filter(|d| d.exact).count() as f64 / n,
        words: docs.iter().map(|d| d.words).sum::<f64>() / n,
        f1_std: bootstrap_std(&counts, 300, 7),
        docs: docs.len(),
    }
}

/// Standard deviation of F1 over `n` bootstrap resamples, drawn as Python's
/// `random.Random(seed).randrange` would draw them.
pub fn bootstrap_std(counts: &[Counts], n: usize, seed: u32) -> f64 {
    if counts.is_empty() || n < 2 {
        return 0.0;
    }
    let mut rng = PyRandom::new(seed);
    let mut sample = Vec::with_capacity(counts.len());
    let f1s: Vec<f64> = (0..n)
        .map(|_| {
            sample.clear();
            sample.extend(
                (0..counts.len()).map(|_| counts[rng.randbelow(counts.len() as u32) as usize]),
            );
            aggregate(&sample).0
        })
        .collect();
    let mean = f1s.iter().sum::<f64>() / f1s.len() as f64;
    let var = f1s.iter().map(|x| (x - mean) * (x - mean)).sum::<f64>() / (f1s.len() - 1) as f64;
    var.sqrt()
}

/// CPython's MT19937 `random.Random`, as far as `seed(int)` and `randrange` go.
pub struct PyRandom {
    mt: [u32; 624],
    index: usize,
}

impl PyRandom {
    /// `random.Random(seed)` for a seed below 2**32.
    pub fn new(seed: u32) -> Self {
        let mut mt = [0u32; 624];
        mt[0] = 19_650_218;
        for i in 1..624 {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        // init_by_array with the one-word key [seed].
        let mut i = 1usize;
        for _ in 0..624 {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_664_525)).wrapping_add(seed);
            i += 1;
            if i >= 624 {
                mt[0] = mt[623];
                i = 1;
            }
        }
        for _ in 0..623 {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= 624 {
                mt[0] = mt[623];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        PyRandom { mt, index: 624 }
    }

    fn twist(&mut self) {
        const MAG: [u32; 2] = [0, 0x9908_b0df];
        for k in 0..624 {
            let y = (self.mt[k] & 0x8000_0000) | (self.mt[(k + 1) % 624] & 0x7fff_ffff);
            self.mt[k] = self.mt[(k + 397) % 624] ^ (y >> 1) ^ MAG[(y & 1) as usize];
        }
        self.index = 0;
    }

    /// `getrandbits(32)`.
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= 624 {
            self.twist();
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `randrange(n)` for `0 < n < 2**32`: rejection sampling on `n.bit_length()` bits.
    pub fn randbelow(&mut self, n: u32) -> u32 {
        let k = 32 - n.leading_zeros();
        loop {
            let r = self.next_u32() >> (32 - k);
            if r < n {
                return r;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizer_matches_python() {
        assert_eq!(
            tokens("Hello, world! déjà_vu naïve 42"),
            ["Hello", "world", "déjà_vu", "naïve", "42"]
        );
        assert_eq!(tokens("  "), Vec::<&str>::new());
        // Values printed by Python 3.11's re.findall(r"\w+", ...).
        assert_eq!(tokens("हिन्दी भाषा"), ["ह", "न", "द", "भ", "ष"]);
        assert_eq!(tokens("Ⓐbc x\u{301}y"), ["bc", "x", "y"]);
        assert_eq!(tokens("٣٤ ½ ²"), ["٣٤", "½", "²"]);
        assert!(is_word_char('_') && !is_word_char('-') && !is_word_char('\u{94D}'));
    }

    #[test]
    fn table_is_sorted_and_disjoint() {
        assert!(NOT_PY_WORD.windows(2).all(|w| w[0].1 < w[1].0));
        assert!(NOT_PY_WORD.iter().all(|&(a, b)| a <= b));
    }

    #[test]
    fn identical_texts_score_one() {
        let t = "The rain came back on Tuesday, as the almanac said.";
        let c = doc_counts(t, t);
        assert_eq!(
            c,
            Counts {
                tp: 1.0,
                fp: 0.0,
                fn_: 0.0
            }
        );
        assert_eq!(doc_f1(c), 1.0);
        assert_eq!(word_f1(t, &t.to_uppercase()), 1.0);
        assert!(score_doc(t, t).exact);
    }

    #[test]
    fn disjoint_texts_score_zero() {
        let c = doc_counts("one two three four five", "six seven eight nine ten");
        assert_eq!(doc_f1(c), 0.0);
        assert_eq!((precision(c), recall(c)), (0.0, 0.0));
        assert_eq!(word_f1("one two", "three four"), 0.0);
    }

    #[test]
    fn partial_overlap_and_short_texts() {
        // Truth has 2 shingles, prediction 3, 2 in common: tp 2, fp 1, fn 0.
        let c = doc_counts("a b c d e", "a b c d e f");
        assert!((c.tp - 2.0 / 3.0).abs() < 1e-12 && (c.fp - 1.0 / 3.0).abs() < 1e-12);
        assert!((precision(c) - 2.0 / 3.0).abs() < 1e-12 && recall(c) == 1.0);
        // Fewer than four tokens: the whole sequence is one shingle.
        assert_eq!(doc_f1(doc_counts("a b", "a b")), 1.0);
        assert_eq!(doc_f1(doc_counts("a b", "a b c")), 0.0);
        assert!((word_f1("a b", "a b c") - 0.8).abs() < 1e-12);
    }

    #[test]
    fn empty_truth_rule() {
        assert_eq!(word_f1("", ""), 1.0);
        assert_eq!(word_f1("...", "something"), 0.0);
        assert_eq!(word_f1("something", ""), 0.0);
        assert_eq!(doc_counts("", ""), Counts::default());
        // An empty pair counts in neither mean; an empty prediction only in recall.
        let docs = [doc_counts("", ""), doc_counts("a b c d", "")];
        assert_eq!(aggregate(&docs), (0.0, 0.0, 0.0));
        let docs = [doc_counts("a b c d", "a b c d"), doc_counts("a b c d", "")];
        let (f1, p, r) = aggregate(&docs);
        assert_eq!((p, r), (1.0, 0.5));
        assert!((f1 - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn python_random_and_bootstrap() {
        let mut r = PyRandom::new(7);
        assert_eq!(
            [r.next_u32(), r.next_u32(), r.next_u32()],
            [1390851128, 4071050724, 647892279]
        );
        let mut r = PyRandom::new(7);
        let draws: Vec<u32> = (0..5).map(|_| r.randbelow(181)).collect();
        assert_eq!(draws, [82, 38, 101, 166, 12]);
        let c = |tp, fp, fn_| Counts { tp, fp, fn_ };
        let counts = [
            c(0.5, 0.25, 0.25),
            c(1.0, 0.0, 0.0),
            c(0.0, 1.0, 0.0),
            c(0.2, 0.3, 0.5),
        ];
        assert!((bootstrap_std(&counts, 300, 7) - 0.16061689245069258).abs() < 1e-12);
    }
}

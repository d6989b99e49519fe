//! A small unified line diff for golden-file reports (LCS by dynamic programming, with a
//! size cap so a huge page cannot make it quadratic in memory).

/// Largest product of line counts diffed exactly; beyond it the report shows the first
/// differing line with context.
const MAX_CELLS: usize = 4_000_000;
/// Lines of context around each change.
const CONTEXT: usize = 3;

#[derive(Clone, Copy, PartialEq)]
enum Op {
    Same,
    Del,
    Add,
}

/// Unified diff of `old` and `new`, labelled `a` and `b`; empty when they are equal.
pub fn unified(old: &str, new: &str, a: &str, b: &str) -> String {
    if old == new {
        return String::new();
    }
    let x: Vec<&str> = old.lines().collect();
    let y: Vec<&str> = new.lines().collect();
    let mut out = format!("--- {a}\n+++ {b}\n");
    if x.len().saturating_mul(y.len()) > MAX_CELLS {
        let i = x.iter().zip(&y).take_while(|(p, q)| p == q).count();
        out.push_str(&format!("@@ first difference at line {} @@\n", i + 1));
        for l in x.iter().skip(i).take(CONTEXT) {
            out.push_str(&format!("-{l}\n"));
        }
        for l in y.iter().skip(i).take(CONTEXT) {
            out.push_str(&format!("+{l}\n"));
        }
        return out;
    }
    let ops = lcs_ops(&x, &y);
    let mut idx = Vec::new(); // (op, old line no, new line no, text)
    let (mut i, mut j) = (0usize, 0usize);
    for op in ops {
        match op {
            Op::Same => {
                idx.push((op, i, j, x.get(i).copied().unwrap_or("")));
                i += 1;
                j += 1;
            }
            Op::Del => {
                idx.push((op, i, j, x.get(i).copied().unwrap_or("")));
                i += 1;
            }
            Op::Add => {
                idx.push((op, i, j, y.get(j).copied().unwrap_or("")));
                j += 1;
            }
        }
    }
    let changed: Vec<usize> = idx
        .iter()
        .enumerate()
        .filter(|(_, e)| e.0 != Op::Same)
        .map(|(k, _)| k)
        .collect();
    let mut k = 0;
    while k < changed.len() {
        let start = changed.get(k).copied().unwrap_or(0).saturating_sub(CONTEXT);
        let mut end = changed.get(k).copied().unwrap_or(0) + CONTEXT + 1;
        while let Some(&n) = changed.get(k + 1) {
            if n <= end + CONTEXT {
                end = n + CONTEXT + 1;
                k += 1;
            } else {
                break;
            }
        }
        k += 1;
        let end = end.min(idx.len());
        let hunk = idx.get(start..end).unwrap_or(&[]);
        let (o0, n0) = hunk.first().map_or((0, 0), |e| (e.1, e.2));
        let olen = hunk.iter().filter(|e| e.0 != Op::Add).count();
        let nlen = hunk.iter().filter(|e| e.0 != Op::Del).count();
        out.push_str(&format!("@@ -{},{olen} +{},{nlen} @@\n", o0 + 1, n0 + 1));
        for e in hunk {
            let sign = match e.0 {
                Op::Same => ' ',
                Op::Del => '-',
                Op::Add => '+',
            };
            out.push_str(&format!("{sign}{}\n", e.3));
        }
    }
    out
}

fn lcs_ops(x: &[&str], y: &[&str]) -> Vec<Op> {
    let (n, m) = (x.len(), y.len());
    let w = m + 1;
    let mut t = vec![0u32; (n + 1) * w];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let v = if x.get(i) == y.get(j) {
                t.get((i + 1) * w + j + 1).copied().unwrap_or(0) + 1
            } else {
                let a = t.get((i + 1) * w + j).copied().unwrap_or(0);
                let b = t.get(i * w + j + 1).copied().unwrap_or(0);
                a.max(b)
            };
            if let Some(c) = t.get_mut(i * w + j) {
                *c = v;
            }
        }
    }
    let mut ops = Vec::with_capacity(n + m);
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if x.get(i) == y.get(j) {
            ops.push(Op::Same);
            i += 1;
            j += 1;
        } else if t.get((i + 1) * w + j) >= t.get(i * w + j + 1) {
            ops.push(Op::Del);
            i += 1;
        } else {
            ops.push(Op::Add);
            j += 1;
        }
    }
    ops.extend(std::iter::repeat_n(Op::Del, n - i));
    ops.extend(std::iter::repeat_n(Op::Add, m - j));
    ops
}

#[cfg(test)]
mod tests {
    #[test]
    fn shows_changed_lines() {
        let d = super::unified("a\nb\nc\n", "a\nx\nc\n", "expected", "actual");
        assert!(d.contains("-b\n+x\n"), "{d}");
        assert!(super::unified("same", "same", "a", "b").is_empty());
    }
}

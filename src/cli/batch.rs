//! Parallel batch engine: N workers, results emitted in input order through a bounded
//! reorder window, so memory stays flat however many inputs there are.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Condvar, Mutex};

/// Results allowed to wait for their turn per worker; bounds memory held by
/// out-of-order results.
const WINDOW_PER_JOB: usize = 8;

/// Runs `work(i)` for `i` in `0..n` on `jobs` threads and calls `emit(i, result)` in
/// order on the calling thread. `emit` returning `false` stops the batch (broken pipe).
pub fn run<R, W, E>(n: usize, jobs: usize, work: W, mut emit: E)
where
    R: Send,
    W: Fn(usize) -> R + Sync,
    E: FnMut(usize, R) -> bool,
{
    let jobs = jobs.max(1).min(n.max(1));
    if jobs == 1 {
        for i in 0..n {
            if !emit(i, work(i)) {
                return;
            }
        }
        return;
    }
    let window = jobs * WINDOW_PER_JOB;
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let emitted = Mutex::new(0usize);
    let turn = Condvar::new();
    let (tx, rx) = mpsc::channel::<(usize, R)>();
    std::thread::scope(|s| {
        for _ in 0..jobs {
            let tx = tx.clone();
            let (next, stop, emitted, turn, work) = (&next, &stop, &emitted, &turn, &work);
            s.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= n || stop.load(Ordering::SeqCst) {
                    break;
                }
                {
                    let mut done = emitted.lock().unwrap_or_else(|e| e.into_inner());
                    while i >= *done + window && !stop.load(Ordering::SeqCst) {
                        done = turn.wait(done).unwrap_or_else(|e| e.into_inner());
                    }
                }
                if tx.send((i, work(i))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let mut pending = BTreeMap::new();
        let mut want = 0usize;
        for (i, r) in rx.iter() {
            pending.insert(i, r);
            while let Some(r) = pending.remove(&want) {
                if !emit(want, r) {
                    stop.store(true, Ordering::SeqCst);
                    turn.notify_all();
                    return;
                }
                want += 1;
                *emitted.lock().unwrap_or_else(|e| e.into_inner()) = want;
                turn.notify_all();
            }
        }
    });
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_order_with_many_jobs() {
        let mut seen = Vec::new();
        super::run(500, 4, |i| i * 2, |i, r| {
            seen.push((i, r));
            true
        });
        assert_eq!(seen.len(), 500);
        assert!(seen.iter().enumerate().all(|(k, &(i, r))| k == i && r == 2 * i));
    }

    #[test]
    fn stops_early() {
        let mut count = 0;
        super::run(10_000, 3, |i| i, |_, _| {
            count += 1;
            count < 10
        });
        assert_eq!(count, 10);
    }
}

//! Parallel batch engine: N workers, results emitted in input order through a bounded
//! reorder window, so memory stays flat however many inputs there are.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Condvar, Mutex};

/// Results allowed to wait for their turn per worker; bounds memory held by
/// out-of-order results.
const WINDOW_PER_JOB: usize = 8;

/// Runs `work(item)` for each item of `items` on `jobs` threads and calls
/// `emit(index, result)` in item order on the calling thread. Items are pulled one at a
/// time, by whichever worker is free, so a stream (like the records of a WARC file) is
/// never held whole. `emit` returning `false` stops the batch (broken pipe).
pub fn run_iter<T, I, R, W, E>(items: I, jobs: usize, work: W, mut emit: E)
where
    T: Send,
    I: Iterator<Item = T> + Send,
    R: Send,
    W: Fn(T) -> R + Sync,
    E: FnMut(usize, R) -> bool,
{
    let jobs = jobs
        .max(1)
        .min(items.size_hint().1.unwrap_or(usize::MAX).max(1));
    if jobs == 1 {
        for (i, item) in items.enumerate() {
            if !emit(i, work(item)) {
                return;
            }
        }
        return;
    }
    let window = jobs * WINDOW_PER_JOB;
    let source = Mutex::new(items.enumerate().fuse());
    let stop = AtomicBool::new(false);
    let emitted = Mutex::new(0usize);
    let turn = Condvar::new();
    let (tx, rx) = mpsc::channel::<(usize, R)>();
    std::thread::scope(|s| {
        for _ in 0..jobs {
            let tx = tx.clone();
            let (source, stop, emitted, turn, work) = (&source, &stop, &emitted, &turn, &work);
            s.spawn(move || loop {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let Some((i, item)) = source.lock().unwrap_or_else(|e| e.into_inner()).next()
                else {
                    break;
                };
                {
                    let mut done = emitted.lock().unwrap_or_else(|e| e.into_inner());
                    while i >= *done + window && !stop.load(Ordering::SeqCst) {
                        done = turn.wait(done).unwrap_or_else(|e| e.into_inner());
                    }
                }
                if stop.load(Ordering::SeqCst) || tx.send((i, work(item))).is_err() {
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
        super::run_iter(
            0..500,
            4,
            |i| i * 2,
            |i, r| {
                seen.push((i, r));
                true
            },
        );
        assert_eq!(seen.len(), 500);
        assert!(seen
            .iter()
            .enumerate()
            .all(|(k, &(i, r))| k == i && r == 2 * i));
    }

    #[test]
    fn streams_keep_order() {
        let mut seen = Vec::new();
        let items = (0..300).filter(|i| i % 3 != 0).map(|i| i.to_string());
        super::run_iter(
            items,
            3,
            |s| s.len(),
            |i, r| {
                seen.push((i, r));
                true
            },
        );
        assert_eq!(seen.len(), 200);
        assert!(seen.iter().enumerate().all(|(k, &(i, _))| k == i));
    }

    #[test]
    fn stops_early() {
        let mut count = 0;
        super::run_iter(
            0..10_000,
            3,
            |i| i,
            |_, _| {
                count += 1;
                count < 10
            },
        );
        assert_eq!(count, 10);
    }
}

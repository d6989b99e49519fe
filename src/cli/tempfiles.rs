//! Temporary files of `--output-dir` in flight, removed when a signal stops the run.
//!
//! `write_atomic` writes to a temporary file and renames it into place. A temporary
//! file is created and renamed while holding the registry lock, so the signal handler,
//! which takes the same lock, sees every file that exists on disk and no file can be
//! created after it has cleaned up. A rename is atomic: a destination is either absent,
//! the old file, or the complete new one.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};

/// Exit status after SIGINT, SIGTERM or SIGHUP, as shells report a signal death (128 + 2).
pub const EXIT_SIGNALLED: i32 = 130;

static IN_FLIGHT: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Numbers temporary files, so two writes of one name never share one.
static NEXT_TMP: AtomicU64 = AtomicU64::new(0);

/// Installs the handler that removes temporary files and exits on a signal.
/// Only a run that writes an output directory needs it.
pub fn install_cleanup() {
    // Installing fails only if a handler is already set, which then does the same job.
    let _ = ctrlc::set_handler(|| {
        // Keep the lock until exit, so no writer can create or rename a file after this.
        let mut reg = registry();
        remove_all(&mut reg);
        eprintln!("thresh: interrupted; partial output files removed");
        std::process::exit(EXIT_SIGNALLED);
    });
}

fn registry() -> MutexGuard<'static, Vec<PathBuf>> {
    IN_FLIGHT.lock().unwrap_or_else(|p| p.into_inner())
}

fn remove_all(reg: &mut Vec<PathBuf>) {
    for tmp in reg.drain(..) {
        let _ = std::fs::remove_file(tmp);
    }
}

/// Creates the temporary file for `dest` and registers it, both under the lock.
fn begin(dest: &Path) -> io::Result<(File, PathBuf)> {
    let dir = dest.parent().unwrap_or(Path::new("."));
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(
        ".{name}.{}.{}.tmp",
        std::process::id(),
        NEXT_TMP.fetch_add(1, Ordering::Relaxed)
    ));
    let mut reg = registry();
    let f = File::create(&tmp)?;
    reg.push(tmp.clone());
    Ok((f, tmp))
}

/// Renames the temporary file into place and forgets it, under the lock. After a
/// cleanup the temporary file is gone, so the rename fails and `dest` is untouched.
fn commit(tmp: &Path, dest: &Path) -> io::Result<()> {
    let mut reg = registry();
    let renamed = std::fs::rename(tmp, dest);
    reg.retain(|p| p != tmp);
    renamed
}

fn abandon(tmp: &Path) {
    let mut reg = registry();
    let _ = std::fs::remove_file(tmp);
    reg.retain(|p| p != tmp);
}

/// Writes `bytes` to `dest` through a temporary file in the same folder and a rename,
/// so that a reader never sees a partial file, even after a failure or a signal.
pub fn write_atomic(dest: &Path, bytes: &[u8]) -> io::Result<()> {
    let (mut file, tmp) = begin(dest)?;
    let res = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| commit(&tmp, dest));
    if res.is_err() {
        abandon(&tmp);
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleanup_mid_write_removes_the_temporary_file_and_keeps_dest_away() {
        let dir = std::env::temp_dir().join(format!("thresh-tempfiles-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("dir");
        let dest = dir.join("page.json");
        let (mut file, tmp) = begin(&dest).expect("begin");
        file.write_all(b"{\"text\":\"half").expect("write");
        assert!(
            tmp.exists(),
            "the temporary file is on disk while in flight"
        );
        remove_all(&mut registry());
        assert!(!tmp.exists(), "cleanup removes the file in flight");
        assert!(
            commit(&tmp, &dest).is_err(),
            "the writer cannot finish after cleanup"
        );
        assert!(!dest.exists(), "no partial destination");
        write_atomic(&dest, b"{}").expect("a later write works");
        assert_eq!(std::fs::read(&dest).expect("read"), b"{}");
        assert!(registry().is_empty(), "nothing left registered");
        let _ = std::fs::remove_dir_all(&dir);
    }
}

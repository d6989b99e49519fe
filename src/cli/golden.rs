//! `--golden DIR`: check saved pages against pinned expectations.

/// Runs the golden check (or update) over `dir`; returns the exit status.
pub fn run(_dir: &std::path::Path, _update: bool, _options: &thresh::Options) -> i32 {
    eprintln!("thresh: --golden is not implemented yet");
    2
}

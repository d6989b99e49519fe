//! Golden files: every page under `fixtures/` must extract exactly to its pinned
//! `expected.txt`, `expected.md` and `expected.json`. This runs the same `--golden` mode
//! users run over their own saved pages. `UPDATE_GOLDEN=1` rewrites the expectations.

use std::path::Path;
use std::process::Command;

fn thresh() -> Command {
    Command::new(env!("CARGO_BIN_EXE_thresh"))
}

fn fixtures() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

#[test]
fn fixtures_match_their_expectations() {
    let mut cmd = thresh();
    cmd.arg("--golden").arg(fixtures());
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        cmd.arg("--update");
    }
    let out = cmd.output().expect("run thresh --golden");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "golden files changed (rerun with UPDATE_GOLDEN=1 to accept):\n{stdout}\n{stderr}"
    );
    let pages: usize = stdout
        .lines()
        .last()
        .and_then(|l| l.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(
        pages >= 24,
        "expected at least 24 fixtures, found {pages}: {stdout}"
    );
}

#[test]
fn every_fixture_has_all_three_expectations() {
    for entry in std::fs::read_dir(fixtures()).expect("fixtures dir") {
        let dir = entry.expect("entry").path();
        if !dir.is_dir() {
            continue;
        }
        for f in ["input.html", "expected.txt", "expected.md", "expected.json"] {
            assert!(dir.join(f).is_file(), "{} lacks {f}", dir.display());
        }
    }
}

/// Fixtures with an `exit-code` file pin the CLI's exit status for that page.
#[test]
fn pinned_exit_codes() {
    for entry in std::fs::read_dir(fixtures()).expect("fixtures dir") {
        let dir = entry.expect("entry").path();
        let Ok(code) = std::fs::read_to_string(dir.join("exit-code")) else {
            continue;
        };
        let want: i32 = code.trim().parse().expect("exit-code holds a number");
        let out = thresh()
            .arg(dir.join("input.html"))
            .output()
            .expect("run thresh");
        assert_eq!(out.status.code(), Some(want), "{}", dir.display());
    }
}

/// The golden mode reports a change as a diff and exits 1, and `--update` fixes it.
#[test]
fn golden_mode_detects_and_updates_changes() {
    let tmp = std::env::temp_dir().join(format!("thresh-golden-{}", std::process::id()));
    let case = tmp.join("page");
    std::fs::create_dir_all(&case).expect("mkdir");
    let html = "<html><head><title>T</title></head><body><article><h1>T</h1>\
        <p>The first paragraph of the saved page says enough words to count as prose here.</p>\
        <p>The second paragraph adds a few more words, so that the page has real content.</p>\
        </article></body></html>";
    std::fs::write(case.join("input.html"), html).expect("write");
    std::fs::write(case.join("expected.txt"), "something else\n").expect("write");
    std::fs::write(case.join("expected.md"), "something else\n").expect("write");
    std::fs::write(case.join("expected.json"), "{}").expect("write");
    std::fs::write(
        case.join("options.json"),
        r#"{"ignore": ["date_modified"]}"#,
    )
    .expect("write");
    let out = thresh().arg("--golden").arg(&tmp).output().expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("-something else"), "{stdout}");
    assert!(stdout.contains("+The first paragraph"), "{stdout}");
    assert!(
        stdout.trim_end().ends_with("1 pages, 1 changed"),
        "{stdout}"
    );
    let upd = thresh()
        .arg("--golden")
        .arg(&tmp)
        .arg("--update")
        .output()
        .expect("run");
    assert!(upd.status.success());
    assert!(case.join("expected.md").is_file() && case.join("expected.json").is_file());
    let again = thresh().arg("--golden").arg(&tmp).output().expect("run");
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stdout)
    );
    // A drifting JSON field listed in `ignore` does not count as a change.
    let json_path = case.join("expected.json");
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json_path).expect("read")).expect("json");
    v["date_modified"] = serde_json::json!("1999-01-01");
    std::fs::write(&json_path, serde_json::to_string_pretty(&v).expect("ser")).expect("write");
    let ignored = thresh().arg("--golden").arg(&tmp).output().expect("run");
    assert!(
        ignored.status.success(),
        "{}",
        String::from_utf8_lossy(&ignored.stdout)
    );
    v["title"] = serde_json::json!("Another title");
    std::fs::write(&json_path, serde_json::to_string_pretty(&v).expect("ser")).expect("write");
    let changed = thresh().arg("--golden").arg(&tmp).output().expect("run");
    let s = String::from_utf8_lossy(&changed.stdout);
    assert_eq!(changed.status.code(), Some(1));
    assert!(s.contains("field \"title\""), "{s}");
    let _ = std::fs::remove_dir_all(&tmp);
}

/// A saved page (a short article) in a fresh golden directory: the directory and the
/// page's folder, named `name`.
fn saved_page(dir: &str, name: &str) -> (std::path::PathBuf, std::path::PathBuf) {
    let tmp = std::env::temp_dir().join(format!("thresh-golden-{dir}-{}", std::process::id()));
    let case = tmp.join(name);
    std::fs::create_dir_all(&case).expect("mkdir");
    std::fs::write(
        case.join("input.html"),
        "<html><body><article><p>The saved page says enough words to count as prose \
         for the check, and a few more so that it has content.</p></article></body></html>",
    )
    .expect("write");
    (tmp, case)
}

/// `thresh --golden DIR`, with `--update` when asked.
fn golden(dir: &Path, update: bool) -> std::process::Output {
    let mut cmd = thresh();
    cmd.arg("--golden").arg(dir);
    if update {
        cmd.arg("--update");
    }
    cmd.output().expect("run thresh --golden")
}

/// A saved page with nothing pinned is no passing test: it is reported, with exit 1,
/// until `--update` pins it.
#[test]
fn golden_mode_reports_a_page_with_nothing_pinned() {
    let (tmp, _) = saved_page("new", "new-page");
    let out = golden(&tmp, false);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("new-page: nothing pinned"), "{stdout}");
    assert!(
        stdout.trim_end().ends_with("1 pages, 1 changed"),
        "{stdout}"
    );
    assert!(golden(&tmp, true).status.success());
    let again = golden(&tmp, false);
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stdout)
    );
    let _ = std::fs::remove_dir_all(&tmp);
}

/// `--update` rewrites the expectations a page pins and adds none it left out; a page
/// with none gets all three.
#[test]
fn golden_update_keeps_to_what_a_page_pins() {
    let (tmp, case) = saved_page("some", "json-only");
    std::fs::write(case.join("expected.json"), "{}").expect("write");
    assert!(golden(&tmp, true).status.success());
    let json = std::fs::read_to_string(case.join("expected.json")).expect("read");
    assert!(json.contains("\"text\""), "{json}");
    assert!(!case.join("expected.txt").exists() && !case.join("expected.md").exists());
    let _ = std::fs::remove_dir_all(&tmp);
}

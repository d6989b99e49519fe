//! The command-line contract of the `thresh` binary, checked by running the real binary
//! over small invented article pages written to a per-test temporary folder.

use std::io::{BufRead, BufReader};
use std::process::{ExitStatus, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

mod common;
use common::{bin, gzip, run_in, stderr, Tmp};

/// Runs thresh in the test folder with a whitespace-separated command line.
fn run(t: &Tmp, cmd: &str) -> Output {
    run_in(&t.0, &cmd.split_whitespace().collect::<Vec<_>>(), b"")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

/// Runs `cmd`, asserts exit status 0 and returns stdout.
fn ok(t: &Tmp, cmd: &str) -> String {
    let o = run(t, cmd);
    assert_eq!(o.status.code(), Some(0), "{cmd}: {}", stderr(&o));
    stdout(&o)
}

/// Asserts that `cmd` fails with `code`, prints nothing on stdout; returns stderr.
fn fails(t: &Tmp, cmd: &str, code: i32) -> String {
    let o = run(t, cmd);
    assert_eq!(o.status.code(), Some(code), "{cmd}: {}", stderr(&o));
    assert!(o.stdout.is_empty(), "{cmd}: stdout {:?}", stdout(&o));
    stderr(&o)
}

fn has(what: &str, out: &str, needles: &[&str]) {
    for n in needles {
        assert!(out.contains(n), "{what}: {n:?} missing from {out}");
    }
}

fn lacks(what: &str, out: &str, needles: &[&str]) {
    for n in needles {
        assert!(!out.contains(n), "{what}: {n:?} present in {out}");
    }
}

fn json_lines(s: &str) -> Vec<Value> {
    s.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

fn field(v: &Value, key: impl serde_json::value::Index) -> &str {
    v[key].as_str().unwrap_or("")
}

fn sources(recs: &[Value]) -> Vec<&str> {
    recs.iter().map(|r| field(r, "source")).collect()
}

fn words(s: &str) -> Vec<&str> {
    let sep = |c: char| c.is_whitespace() || c.is_ascii_punctuation();
    s.split(sep).filter(|w| !w.is_empty()).collect()
}

const NAV: &str = r#"<nav><ul><li><a href="/">Newsletter Archive</a></li>
<li><a href="/subscribe">Subscribe Today</a></li><li><a href="/shop">Seed Catalogue</a></li></ul></nav>"#;
const FOOTER: &str = r#"<footer><p>Copyright Quince Society. All rights reserved.</p>
<a href="/privacy">Privacy Policy</a></footer>"#;

/// A whole page: `head` extra, the nav menu, `body` inside <article>, the footer.
fn page(title: &str, head: &str, body: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>{head}</head>\
         <body>{NAV}<article>{body}</article>{FOOTER}</body></html>"
    )
}

/// Three paragraphs of invented prose; `tag` makes the page distinguishable.
fn prose(tag: &str) -> String {
    format!(
        "<p>The quince is a patient tree that rewards a gardener {tag} who learns its habits over \
         many seasons. It flowers late, after most frosts have passed, and its blossoms are pale \
         cups that open wide in the morning sun.</p>\
         <p>Rain   falls\n   softly through the long autumn evenings while the fruit ripens on \
         the bough, turning from green to a deep and fragrant gold that perfumes the whole shed.</p>\
         <p>Harvest the fruit when it gives off a strong scent, and store each one apart so that \
         the skins do not bruise each other during the cold months of winter storage.</p>"
    )
}

fn simple_page(tag: &str) -> String {
    page("Quince Notes", "", &prose(tag))
}

const AUTHOR: &str = r#"<meta name="author" content="Mara Ellison">"#;

/// A page with headings, emphasis, lists, a quote, code, a data table and links.
fn rich_page() -> String {
    let body = format!(
        "{}<h2>Pruning in Winter</h2>\
         <p>Winter pruning keeps the <em>canopy</em> open so that light reaches the inner branches \
         and <strong>air moves freely</strong> through the crown. Read <a href=\"/guides/pruning\">the \
         pruning guide</a> and <a href=\"notes/soil\">the soil notes</a> before making the first cut \
         of the season.</p>\
         <ul><li>Remove crossing branches</li><li>Thin the centre<ul><li>Keep three leaders</li></ul></li></ul>\
         <blockquote><p>A quince pruned gently is a quince that fruits well.</p></blockquote>\
         <pre><code>cut = angle(45)\nseal(cut)</code></pre>\
         <table><tr><th>Variety</th><th>Harvest</th></tr><tr><td>Vranja</td><td>October</td></tr>\
         <tr><td>Meech</td><td>November</td></tr></table>",
        prose("")
    );
    page("Tending Quince Trees", AUTHOR, &body)
}

/// Words of the nav menu and footer that must not reach the output.
const BOILERPLATE: [&str; 4] = ["Newsletter", "Subscribe", "Copyright", "Privacy"];

#[test]
fn text_is_main_content_only() {
    let t = Tmp::new("cli", "text_main");
    t.write("a.html", simple_page("Zephyrine"));
    let out = ok(&t, "a.html");
    assert_eq!(out, ok(&t, "--format text a.html"), "text is the default");
    let content = [
        "gardener Zephyrine who",
        "Rain falls softly",
        "winter storage.",
    ];
    has("text", &out, &content);
    lacks("text", &out, &BOILERPLATE);
    lacks("text", &out, &["<", ">", "#", "*"]);
    let body = out.trim_end();
    let blocks = body.split("\n\n").count();
    assert_eq!(blocks, 3, "3 blocks, blank line apart: {out:?}");
    assert!(!body.contains("\n\n\n"), "{out:?}");
    for line in body.lines() {
        assert_eq!(line, line.trim(), "untrimmed line {line:?}");
        assert!(!line.contains("  "), "double space in {line:?}");
    }
}

#[test]
fn stdin_is_read_without_input_or_with_dash() {
    let t = Tmp::new("cli", "stdin");
    let html = simple_page("Stdinian");
    t.write("a.html", &html);
    let expected = ok(&t, "a.html");
    has("file", &expected, &["Stdinian"]);
    for args in [&[][..], &["-"][..], &["--format", "json"][..]] {
        let o = run_in(&t.0, args, html.as_bytes());
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        if args.is_empty() || args == ["-"] {
            assert_eq!(stdout(&o), expected, "{args:?}");
        } else {
            assert_eq!(json_lines(&stdout(&o))[0]["source"], "-");
        }
    }
}

#[test]
fn gzip_is_recognised_by_magic_bytes() {
    let t = Tmp::new("cli", "gzip");
    let html = simple_page("Gzippery");
    t.write("a.html", &html);
    t.write("page.txt", gzip(html.as_bytes()));
    let expected = ok(&t, "a.html");
    has("plain", &expected, &["Gzippery"]);
    assert_eq!(ok(&t, "page.txt"), expected);
}

#[test]
fn markdown_renders_structure() {
    let t = Tmp::new("cli", "markdown");
    t.write("a.html", rich_page());
    let md = ok(&t, "--format markdown a.html");
    let lines: Vec<&str> = md.lines().collect();
    for l in [
        "## Pruning in Winter",
        "- Remove crossing branches",
        "- Thin the centre",
        "> A quince pruned gently is a quince that fruits well.",
        "| Variety | Harvest |",
        "| Vranja | October |",
    ] {
        assert!(lines.contains(&l), "line {l:?} missing from {md}");
    }
    let nested = md
        .lines()
        .find(|l| l.trim_start() == "- Keep three leaders");
    let indented = nested.is_some_and(|l| l.starts_with([' ', '\t']));
    assert!(indented, "nested list not indented: {md}");
    has("code", &md, &["\n```\ncut = angle(45)\nseal(cut)\n```\n"]);
    let sep = |l: &str| l.starts_with("| ---") && l.chars().all(|c| "|-: ".contains(c));
    assert!(md.lines().any(sep), "no pipe-table separator: {md}");
    has("md", &md, &["the *canopy* open", "**air moves freely**"]);
    has("md", &md, &["Read the pruning guide and the soil notes"]);
    lacks("md", &md, &["]("]);
    lacks("md", &md, &BOILERPLATE);
}

#[test]
fn markdown_links_resolve_against_url() {
    let t = Tmp::new("cli", "links");
    t.write("a.html", rich_page());
    let md = ok(&t, "--format markdown --links a.html");
    has("no --url", &md, &["[the pruning guide](/guides/pruning)"]);
    let url = "https://example.org/blog/post.html";
    let md = ok(&t, &format!("--format markdown --links --url {url} a.html"));
    let want = [
        "[the pruning guide](https://example.org/guides/pruning)",
        "[the soil notes](https://example.org/blog/notes/soil)",
    ];
    has("--url", &md, &want);
}

#[test]
fn json_has_every_metadata_field() {
    let t = Tmp::new("cli", "json_keys");
    t.write("a.html", rich_page());
    let out = ok(&t, "--format json a.html");
    assert_eq!(out.lines().count(), 1, "one object, one line: {out}");
    let v = &json_lines(&out)[0];
    let keys = "source url title authors date date_modified sitename description language image \
                tags categories page_type text";
    for k in keys.split_whitespace() {
        assert!(v.get(k).is_some(), "missing key {k}: {v}");
    }
    assert_eq!(v["source"], "a.html");
    assert_eq!(v["title"], "Tending Quince Trees");
    assert_eq!(v["authors"], serde_json::json!(["Mara Ellison"]));
    assert_eq!(v["language"], "en");
    for k in "url date date_modified sitename description image".split_whitespace() {
        assert!(v[k].is_null(), "{k} should be null: {v}");
    }
    assert_eq!(v["tags"], serde_json::json!([]));
    assert_eq!(v["categories"], serde_json::json!([]));
    let text = v["text"].as_str().expect("text is a string");
    has("json text", text, &["Winter pruning keeps the canopy open"]);
    lacks("json text", text, &BOILERPLATE);
}

#[test]
fn metadata_flag_prefixes_one_json_line() {
    let t = Tmp::new("cli", "metadata");
    t.write("a.html", rich_page());
    for fmt in ["text", "markdown"] {
        let plain = ok(&t, &format!("--format {fmt} a.html"));
        let out = ok(&t, &format!("--format {fmt} --metadata a.html"));
        let (first, rest) = out.split_once('\n').expect("a first line");
        let meta: Value = serde_json::from_str(first).unwrap_or_else(|e| panic!("{fmt}: {e}"));
        assert_eq!(meta["title"], "Tending Quince Trees", "{fmt}");
        assert_eq!(meta["authors"][0], "Mara Ellison", "{fmt}");
        let body = rest.strip_prefix('\n');
        assert_eq!(body, Some(&*plain), "{fmt}: blank line, then the body");
    }
}

fn png_bytes() -> Vec<u8> {
    let mut b = b"\x89PNG\r\n\x1a\n".to_vec();
    b.extend_from_slice(b"\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89");
    b
}

#[test]
fn json_lines_keep_going_after_failures() {
    let t = Tmp::new("cli", "jsonl");
    t.write("a.html", simple_page("Alphaville"));
    t.write("img.png", png_bytes());
    std::fs::create_dir_all(t.0.join("sub")).unwrap();
    t.write("sub/b.html", simple_page("Betamax"));
    let o = run(&t, "--format json a.html missing.html img.png sub/b.html");
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let recs = json_lines(&stdout(&o));
    let inputs = ["a.html", "missing.html", "img.png", "sub/b.html"];
    assert_eq!(sources(&recs), inputs);
    has("a.html", field(&recs[0], "text"), &["Alphaville"]);
    has("sub/b.html", field(&recs[3], "text"), &["Betamax"]);
    for r in &recs[1..3] {
        assert!(r["error"].as_str().is_some_and(|e| !e.is_empty()), "{r}");
        assert!(r.get("text").is_none(), "{r}");
    }
    has("png error", field(&recs[2], "error"), &["not HTML"]);
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().filter(|l| !l.contains(" pages, ")).collect();
    assert_eq!(lines.len(), 2, "one stderr line per failed input: {err}");
    has("stderr", lines[0], &["missing.html"]);
    has("stderr", lines[1], &["img.png"]);
}

#[test]
fn output_dir_gets_one_file_per_input() {
    let t = Tmp::new("cli", "outdir");
    t.write("a.html", simple_page("Alder"));
    t.write("b.htm", simple_page("Birch"));
    t.write("c.html.gz", gzip(simple_page("Cedar").as_bytes()));
    let cases = [
        ("a.html", "a", "Alder"),
        ("b.htm", "b", "Birch"),
        ("c.html.gz", "c", "Cedar"),
    ];
    for (fmt, ext) in [("text", "txt"), ("markdown", "md")] {
        let cmd = format!("--format {fmt} --output-dir out-{fmt} a.html b.htm c.html.gz");
        assert_eq!(ok(&t, &cmd), "", "stdout should be empty");
        let dir = t.0.join(format!("out-{fmt}"));
        for (name, stem, tag) in cases {
            let path = dir.join(format!("{stem}.{ext}"));
            let got = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            has(name, &got, &[tag]);
            let single = ok(&t, &format!("--format {fmt} {name}"));
            assert_eq!(got, single, "{fmt} {name}");
        }
        let files = std::fs::read_dir(&dir).unwrap().count();
        assert_eq!(files, 3, "three files in {dir:?}");
    }
}

#[test]
fn url_fills_url_unless_page_is_canonical() {
    let t = Tmp::new("cli", "url");
    t.write("plain.html", simple_page("Plainfield"));
    let canonical = "https://quince.example.com/articles/tending";
    let link = format!(r#"<link rel="canonical" href="{canonical}">"#);
    t.write("canon.html", page("Notes", &link, &prose("Canonbury")));
    let given = "https://example.org/notes/quince.html";
    let cmd = format!("--format json --url {given} plain.html canon.html");
    let recs = json_lines(&ok(&t, &cmd));
    assert_eq!(recs[0]["url"], given);
    assert_eq!(recs[1]["url"], canonical);
    let recs = json_lines(&ok(&t, "--format json plain.html canon.html"));
    assert!(recs[0]["url"].is_null(), "{}", recs[0]);
    assert_eq!(recs[1]["url"], canonical);
}

#[test]
fn parallel_jobs_keep_input_order() {
    let t = Tmp::new("cli", "jobs");
    // Names given in an order that is neither alphabetical nor numeric.
    let names: Vec<String> = (0..40)
        .map(|i| format!("p{:02}.html", (i * 17) % 40))
        .collect();
    for n in &names {
        t.write(n, simple_page(&format!("Marker{}", &n[1..3])));
    }
    let recs = json_lines(&ok(&t, &format!("--format json -j 4 {}", names.join(" "))));
    assert_eq!(sources(&recs), names);
    for (r, n) in recs.iter().zip(&names) {
        let marker = format!("Marker{}", &n[1..3]);
        has(n, field(r, "text"), &[&marker]);
    }
}

#[test]
fn no_main_content_exits_1_with_empty_stdout() {
    let t = Tmp::new("cli", "nocontent");
    let html = format!(
        "<html><head><title>Sign in</title></head><body>{NAV}\
         <form action=\"/login\" method=\"post\"><label>User <input name=\"u\"></label>\
         <label>Password <input type=\"password\" name=\"p\"></label>\
         <button>Log in</button></form></body></html>"
    );
    t.write("login.html", html);
    fails(&t, "login.html", 1);
}

#[test]
fn usage_errors_exit_2() {
    let t = Tmp::new("cli", "usage");
    t.write("a.html", simple_page("Alder"));
    t.write("b.html", simple_page("Birch"));
    has("stderr", &fails(&t, "--format nope a.html", 2), &["nope"]);
    for fmt in ["text", "markdown"] {
        // Several inputs with text or markdown need --output-dir.
        let err = fails(&t, &format!("--format {fmt} a.html b.html"), 2);
        assert!(!err.trim().is_empty(), "{fmt}: no message on stderr");
    }
}

#[test]
fn unreadable_and_non_html_inputs_exit_2() {
    let t = Tmp::new("cli", "nothtml");
    t.write("img.png", png_bytes());
    t.write("doc.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\n");
    t.write("arc.zip", b"PK\x03\x04\x14\0\0\0\x08\0some-zipped-bytes");
    std::fs::create_dir_all(t.0.join("folder.html")).unwrap();
    for name in [
        "img.png",
        "doc.pdf",
        "arc.zip",
        "missing.html",
        "folder.html",
    ] {
        let err = fails(&t, name, 2);
        assert_eq!(err.lines().count(), 1, "{name}: one line: {err}");
        has("stderr", &err, &[name]);
        if !name.ends_with(".html") {
            has("stderr", &err, &["not HTML"]);
        }
    }
}

/// Spawns thresh, reads one line, closes stdout and waits (at most 60 s); returns the
/// status, the line and stderr.
fn read_one_line_then_close(t: &Tmp, args: &[String]) -> (ExitStatus, String, String) {
    let err_path = t.0.join("stderr.txt");
    let mut child = bin()
        .args(args)
        .current_dir(&t.0)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(&err_path).unwrap())
        .spawn()
        .expect("spawn");
    let mut line = String::new();
    {
        let mut r = BufReader::new(child.stdout.take().unwrap());
        r.read_line(&mut line).expect("read first line");
    }
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("try_wait") {
            break s;
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("thresh did not end after its stdout was closed");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let err = std::fs::read_to_string(&err_path).unwrap_or_default();
    (status, line, err)
}

#[test]
fn broken_pipe_ends_quietly() {
    let t = Tmp::new("cli", "pipe");
    let html = rich_page();
    let names: Vec<String> = (0..200).map(|i| format!("copy{i:03}.html")).collect();
    for n in &names {
        t.write(n, &html);
    }
    for jobs in ["1", "2"] {
        let mut args: Vec<String> = ["--format", "json", "-j", jobs].map(String::from).to_vec();
        args.extend(names.iter().cloned());
        // Any exit status will do, so long as the process ends (checked by the helper).
        let (_status, line, err) = read_one_line_then_close(&t, &args);
        let first: Value = serde_json::from_str(&line).expect("first line is JSON");
        assert_eq!(first["source"], "copy000.html");
        lacks(&format!("-j {jobs} stderr"), &err, &["panicked"]);
    }
}

#[test]
fn output_is_deterministic() {
    let t = Tmp::new("cli", "determinism");
    t.write("a.html", rich_page());
    t.write("b.html", simple_page("Birch"));
    for cmd in [
        "--metadata a.html",
        "--format markdown --metadata --links a.html",
        "--format json -j 2 a.html b.html",
    ] {
        let one = ok(&t, cmd);
        assert!(!one.is_empty(), "{cmd}");
        assert_eq!(one, ok(&t, cmd), "{cmd}: two runs differ");
    }
}

fn assert_no_controls(what: &str, s: &str) {
    let bad = |c: &char| c.is_control() && *c != '\n' && *c != '\t';
    let found: Vec<char> = s.chars().filter(bad).collect();
    assert!(found.is_empty(), "{what}: controls {found:?} in {s:?}");
}

#[test]
fn output_has_no_control_characters() {
    let t = Tmp::new("cli", "controls");
    let body = format!(
        "{}<p>Control\u{0}chars\u{1}here\u{7}and\u{8}there\u{b}with\u{c}form\u{e}shift\u{1b}escape\
         \u{7f}delete and\r\ncarriage returns plus a\u{85}next-line and more words about the \
         orchard trees.</p>",
        prose("")
    );
    let author = "<meta name=\"author\" content=\"Mara\u{2} Ellison\">";
    t.write("c.html", page("Quince\u{1} Notes\u{0}", author, &body));
    for cmd in ["c.html", "--format markdown c.html", "--metadata c.html"] {
        let out = ok(&t, cmd);
        assert_no_controls(cmd, &out);
        has(cmd, &out, &["Control", "escape", "orchard trees"]);
    }
    let out = ok(&t, "--format json c.html");
    assert_no_controls("json", &out);
    let v = &json_lines(&out)[0];
    for k in ["text", "title"] {
        assert_no_controls(k, field(v, k));
    }
    assert_no_controls("authors", field(&v["authors"], 0));
}

#[test]
fn markdown_link_targets_have_no_control_characters() {
    let t = Tmp::new("cli", "ctl_links");
    let body = format!(
        "{}<p>Read <a href=\"/notes/x\u{1}y\u{1b}[2Jz\">the escaped notes</a> and look at \
         <img src=\"/img/q\u{2}.png\" alt=\"a quince\"> before the first frost of the year.</p>",
        prose("")
    );
    t.write("l.html", page("Quince Notes", "", &body));
    for cmd in [
        "--links --images",
        "--links --images --url https://example.org/a/",
    ] {
        let md = ok(&t, &format!("--format markdown {cmd} l.html"));
        has(cmd, &md, &["[the escaped notes]("]);
        assert_no_controls(cmd, &md);
    }
}

#[test]
fn relative_canonical_is_resolved_against_url() {
    let t = Tmp::new("cli", "relcanon");
    let link = r#"<link rel="canonical" href="/articles/tending">"#;
    t.write("r.html", page("Quince Notes", link, &prose("Relativity")));
    let out = ok(
        &t,
        "--format json --url https://example.org/b/draft?id=7 r.html",
    );
    let url = &json_lines(&out)[0]["url"];
    assert_eq!(
        url, "https://example.org/articles/tending",
        "the page's canonical"
    );
}

#[test]
fn markdown_never_links_javascript_or_data() {
    let t = Tmp::new("cli", "unsafe");
    let body = format!(
        "{}<p>When the blossoms fall, read <a href=\"javascript:alert(1)\">x</a> for the thinning \
         schedule that growers follow, then <a href=\"data:text/html,&lt;script&gt;alert(2)\
         &lt;/script&gt;\">y</a> about storing fruit, <a href=\"JavaScript:alert(3)\">jam notes</a> \
         and <a href=\" data:text/plain,hi\">old rows</a> of trees, then <a href=\"/safe/page\">the \
         safe page</a> at the end of the season.</p>",
        prose("")
    );
    t.write("u.html", page("Quince Notes", "", &body));
    for extra in ["", "--url https://example.org/a/b"] {
        let md = ok(&t, &format!("--format markdown --links {extra} u.html"));
        has("md", &md, &["thinning schedule", "[the safe page]("]);
        lacks("md", &md.to_lowercase(), &["javascript:", "data:"]);
    }
}

#[test]
fn inline_text_is_never_glued() {
    let t = Tmp::new("cli", "glue");
    let body = format!(
        "{}<p>Foo</p><p>Bar</p><table><tr><td>Alpha</td><td>Beta</td></tr>\
         <tr><td>Gamma</td><td>Delta</td></tr></table>\
         <p>Hyper<b>link</b>ed prose about the orch&shy;ard and a zero&#8203;width gap and \
         soft\u{ad}ened edges\u{200b} of the quince leaves in spring.</p>\
         <p>Two buttons sit under the notes on the quince orchard in spring, \
         <a href=\"/try\">Try it free</a><a href=\"/demo\">Book a demo</a>, and they \
         are two links, not one word.</p>",
        prose("")
    );
    t.write("g.html", page("Quince Notes", "", &body));
    let text = ok(&t, "g.html");
    let md = ok(&t, "--format markdown g.html");
    let json = json_lines(&ok(&t, "--format json g.html"));
    let json_text = field(&json[0], "text");
    let separate = [
        "Foo", "Bar", "Alpha", "Beta", "Gamma", "Delta", "free", "Book",
    ];
    let joined = ["orchard", "zerowidth", "softened", "edges"];
    for (what, out) in [("text", &*text), ("markdown", &md), ("json", json_text)] {
        let w = words(out);
        for word in separate.iter().chain(&joined) {
            assert!(w.contains(word), "{what}: {word:?} not a word of {out}");
        }
        lacks(what, out, &["\u{ad}", "\u{200b}"]);
    }
    assert!(words(&text).contains(&"Hyperlinked"), "{text}");
    assert!(words(json_text).contains(&"Hyperlinked"), "{json_text}");
}

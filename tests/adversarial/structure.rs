//! Pathological shapes and sizes: deep nesting, huge text nodes, many siblings, many
//! attributes, huge attribute values and scripts, and the node-count limit.

use thresh::{Error, Options};

use std::time::Duration;

use super::{assert_exit, cli, cli_within, extract_err, extract_ok, limits, short, PROSE};
use super::{EXIT_ERROR, EXIT_OK};

const NESTING: usize = 100_000;

/// A page whose body is `open` repeated `n` times, a paragraph of prose, then `close`
/// repeated `n` times.
fn nested_page(open: &str, close: &str, n: usize) -> Vec<u8> {
    let mut page = String::with_capacity(n * (open.len() + close.len()) + 1024);
    page.push_str("<!doctype html><html><head><title>Deep</title></head><body>");
    for _ in 0..n {
        page.push_str(open);
    }
    page.push_str("<p>");
    page.push_str(PROSE);
    page.push_str("</p>");
    for _ in 0..n {
        page.push_str(close);
    }
    page.push_str("</body></html>");
    page.into_bytes()
}

/// Nesting `open`/`close` 100,000 deep must not overflow a stack or go quadratic, and the
/// innermost prose must come out. The CLI runs first: it is killed at the time bound, so a
/// quadratic parse fails the test quickly instead of holding a core for minutes.
fn check_nested(name: &str, open: &str, close: &str) {
    let page = nested_page(open, close, NESTING);
    let out = cli(&format!("{name} (CLI)"), &[], &page);
    assert_exit(name, &out, EXIT_OK);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains(PROSE),
        "{name}: CLI lost the prose"
    );
    let (_, text) = extract_ok(name, &page, &Options::default());
    assert!(
        text.contains(PROSE),
        "{name}: innermost prose missing; text starts {:?}",
        short(&text)
    );
}

#[test]
fn nested_div_100k() {
    check_nested("nested <div> x100k", "<div>", "</div>");
}

#[test]
fn nested_date_classed_divs_100k() {
    // Every level is classed as a publication date and as a byline, and labelled: the
    // date and byline readers must not read each level's whole subtree.
    check_nested(
        "nested <div class=published byline>Posted x100k",
        r#"<div class="entry-published byline">Posted "#,
        "</div>",
    );
}

#[test]
fn nested_b_100k() {
    check_nested("nested <b> x100k", "<b>", "</b>");
}

#[test]
fn nested_table_100k() {
    // `<table>` directly inside `<table>` closes the first: nest through cells.
    check_nested(
        "nested <table><tr><td> x100k",
        "<table><tr><td>",
        "</td></tr></table>",
    );
}

#[test]
fn nested_li_100k() {
    // `<li>` directly after `<li>` closes the first: nest through lists.
    check_nested("nested <ul><li> x100k", "<ul><li>", "</li></ul>");
}

#[test]
fn nested_unclosed_div_100k() {
    // The same without end tags: the parser closes 100,000 elements at end of input.
    let page = nested_page("<div>", "", NESTING);
    let out = cli("nested unclosed <div> x100k (CLI)", &[], &page);
    assert_exit("nested unclosed <div> x100k", &out, EXIT_OK);
    let (_, text) = extract_ok("nested unclosed <div> x100k", &page, &Options::default());
    assert!(
        text.contains(PROSE),
        "innermost prose missing: {:?}",
        short(&text)
    );
}

/// BUG: the depth cap (`dom::depth::cap_depth`) finds tags with its own scanner, which
/// disagrees with the HTML tokenizer on a few constructs. Each `prefix` below makes the
/// scanner skip the rest of the page as one tag, comment or raw-text element while
/// html5ever reads 100,000 real nested `<div>`s after it: the cap does not apply and the
/// parse is quadratic again (minutes for a 500 KB page).
fn check_cap_bypass(name: &str, prefix: &str) {
    check_deep_body(name, &format!("{prefix}{}", "<div>".repeat(NESTING)));
}

/// `body` then prose, through the CLI killed after 10 s (a capped parse of these pages
/// takes well under 1 s), then through the library.
fn check_deep_body(name: &str, body: &str) {
    let page = format!("<html><body>{body}<p>{PROSE}</p></body></html>");
    let out = cli_within(name, &[], page.as_bytes(), Duration::from_secs(10));
    assert_exit(name, &out, EXIT_OK);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains(PROSE),
        "{name}: CLI lost the prose"
    );
    let (_, text) = extract_ok(name, page.as_bytes(), &Options::default());
    assert!(
        text.contains(PROSE),
        "{name}: prose missing: {:?}",
        short(&text)
    );
}

/// BUG: the depth cap counts every end tag as closing one level, but an end tag that
/// matches no open element closes nothing: `<div></span>` keeps the scanner's depth at
/// 0-1 while html5ever nests 100,000 `<div>`s (measured: 10k 0.8 s, 20k 3.8 s).
#[test]
fn depth_cap_mismatched_end_tags() {
    check_deep_body(
        "depth cap: <div></span> x100k",
        &"<div></span>".repeat(NESTING),
    );
}

#[test]
fn depth_cap_quote_in_unquoted_attribute() {
    // `"` inside an unquoted value is part of the value, not the start of a quote.
    check_cap_bypass("depth cap: <p title=a\">", "<p title=a\">");
}

#[test]
fn depth_cap_quote_in_attribute_name() {
    check_cap_bypass("depth cap: <p \"x>", "<p \"x>");
}

#[test]
fn depth_cap_quote_in_bogus_comment() {
    // A bogus comment ends at the first `>`, quotes or not.
    check_cap_bypass("depth cap: <!x\">", "<!x\">");
}

#[test]
fn depth_cap_abrupt_empty_comment() {
    // `<!-->` is a whole (empty) comment.
    check_cap_bypass("depth cap: <!-->", "<!-->");
}

#[test]
fn depth_cap_comment_closed_by_bang() {
    // `--!>` closes a comment.
    check_cap_bypass("depth cap: <!-- x --!>", "<!-- x --!>");
}

#[test]
fn depth_cap_script_in_svg() {
    // In foreign content, <script> and <title> are not raw text: their content is markup.
    check_cap_bypass("depth cap: <svg><script>", "<svg><script>");
    // <svg><title> is an HTML integration point: the divs and the prose nest inside the
    // SVG title, which no browser renders, so only time and exit status are checked.
    let body = format!("<svg><title>{}", "<div>".repeat(NESTING));
    let page = format!("<html><body>{body}<p>{PROSE}</p></body></html>");
    let out = cli_within(
        "depth cap: <svg><title>",
        &[],
        page.as_bytes(),
        Duration::from_secs(10),
    );
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "<svg><title>: exit {:?}",
        out.status.code()
    );
}

#[test]
fn text_node_50mb() {
    // One 50 MB text node is under the 64 MiB default limit: Ok, and it is the content.
    // (Prose of our own: "Lorem ipsum" filler is dropped as a template's placeholder.)
    let sentence = "The orchard wall held the heat of the day well into the night. ";
    let body = sentence.repeat(50_000_000 / sentence.len());
    let page = format!("<html><body><p>{body}</p></body></html>");
    let (ex, text) = extract_ok("text node 50 MB", page.as_bytes(), &Options::default());
    assert!(ex.has_content(), "the 50 MB paragraph is prose");
    assert!(
        text.len() >= body.trim_end().len(),
        "text lost part of the paragraph: {} of {} bytes",
        text.len(),
        body.len()
    );
    assert!(text.starts_with("The orchard wall held the heat"));
}

#[test]
fn siblings_1m_empty_divs() {
    let mut page = String::from("<html><body><div id=wrap>");
    page.push_str(&"<div></div>".repeat(1_000_000));
    page.push_str(&format!(
        "</div><article><p>{PROSE}</p></article></body></html>"
    ));
    let (_, text) = extract_ok("1M sibling <div>s", page.as_bytes(), &Options::default());
    assert!(
        text.contains(PROSE),
        "prose after 1M siblings missing: {:?}",
        short(&text)
    );
}

#[test]
fn siblings_1m_spans() {
    // One paragraph of 1M sibling inline elements whose words make sentences.
    let words = [
        "The", "river", "rose", "slowly,", "and", "the", "fields", "were", "under", "water.",
    ];
    let spans: Vec<String> = (0..1_000_000)
        .map(|i| format!("<span>{}</span>", words[i % 10]))
        .collect();
    let page = format!(
        "<html><body><article><p>{}</p></article></body></html>",
        spans.join(" ")
    );
    let (_, text) = extract_ok("1M sibling <span>s", page.as_bytes(), &Options::default());
    let sentence = "The river rose slowly, and the fields were under water.";
    assert_eq!(
        text.matches(sentence).count(),
        100_000,
        "every sentence once: {:?}",
        short(&text)
    );
}

#[test]
fn siblings_60k_in_a_heading() {
    // A heading of 60k classed children, each named like chrome ("tooltip"), then
    // prose: whether a child holds its heading's whole text is read from its
    // neighbours, never by measuring the whole heading once per child.
    let mut page = String::from("<html><body><article><h2>");
    for i in 0..60_000 {
        page.push_str(&format!("<span class=\"tooltip t{}\">w{i} </span>", i % 7));
    }
    page.push_str(&format!(
        "</h2><p>{PROSE}</p><p>{PROSE}</p></article></body></html>"
    ));
    let (_, text) = extract_ok(
        "60k children in a heading",
        page.as_bytes(),
        &Options::default(),
    );
    assert!(text.contains(PROSE), "prose missing: {:?}", short(&text));
}

#[test]
fn siblings_200k_paragraphs() {
    // 200k paragraphs of prose (a 1M-paragraph page of prose is over the 64 MiB limit).
    let mut page = String::from("<html><body><article>");
    for i in 0..200_000 {
        page.push_str(&format!(
            "<p>{i}. The river rose slowly through the night, and the fields were under water.</p>"
        ));
    }
    page.push_str("</article></body></html>");
    let (_, text) = extract_ok("200k sibling <p>s", page.as_bytes(), &Options::default());
    assert!(
        text.starts_with("0. The river rose"),
        "first paragraph missing: {:?}",
        short(&text)
    );
    assert!(
        text.contains("\n\n199999. The river rose"),
        "last paragraph missing"
    );
}

#[test]
fn siblings_200k_author_box_titles() {
    // Every other paragraph is titled like an author box and no heading ends any of
    // them: the look-ahead for each title's box must stay bounded.
    let mut page = String::from("<html><body><article>");
    for i in 0..100_000 {
        page.push_str(&format!(
            "<p>About the author</p><p>{i}. The river rose slowly through the night.</p>"
        ));
    }
    page.push_str("</article></body></html>");
    let (_, text) = extract_ok(
        "200k author-box titles",
        page.as_bytes(),
        &Options::default(),
    );
    // Only the last two titles have four blocks or fewer under them: they go as boxes.
    assert!(
        text.contains("99997. The river rose") && !text.contains("99998. The river"),
        "the tail is not what the rule says: {:?}",
        short(&text)
    );
}

#[test]
fn siblings_100k_hidden_answers_after_long_questions() {
    // Each hidden block follows a sibling that is long and ends with a question mark:
    // reading whether that sibling is a question must stay bounded.
    let long = "Why did the river rise so fast ".repeat(8);
    let mut page = String::from("<html><body><article>");
    for i in 0..50_000 {
        page.push_str(&format!(
            "<p>{i}. {long}?</p><div style=\"display:none\">Answer {i} is hidden.</div>"
        ));
    }
    page.push_str("</article></body></html>");
    let (_, text) = extract_ok(
        "50k hidden blocks after long questions",
        page.as_bytes(),
        &Options::default(),
    );
    // Too long to be an FAQ's question: the hidden blocks stay hidden.
    assert!(
        text.contains("49999. Why did") && !text.contains("Answer 7 is hidden"),
        "{:?}",
        short(&text)
    );
}

#[test]
fn attributes_100k_on_one_element() {
    let mut page = String::from("<html><body><article");
    for i in 0..100_000 {
        page.push_str(&format!(" data-a{i}=\"v{i}\""));
    }
    page.push_str(&format!("><p>{PROSE}</p></article></body></html>"));
    let (_, text) = extract_ok("100k attributes", page.as_bytes(), &Options::default());
    assert!(text.contains(PROSE), "prose missing: {:?}", short(&text));
}

/// BUG (in html5ever, reachable through thresh): the tokenizer checks each new attribute
/// against all earlier ones of the tag, so one element with n attributes costs n²
/// (measured with the CLI: 50k 0.9 s, 100k 3.7 s, 200k 14.9 s). 400k attributes is a
/// 9 MB page, well under the 64 MiB limit; at that rate it takes about a minute. Killed
/// after 10 s.
#[test]
fn attributes_400k_on_one_element() {
    let attrs: String = (0..400_000).map(|i| format!(" data-a{i}=\"v\"")).collect();
    let page = format!("<html><body><article{attrs}><p>{PROSE}</p></article></body></html>");
    let out = cli_within(
        "400k attributes (CLI)",
        &[],
        page.as_bytes(),
        Duration::from_secs(10),
    );
    assert_exit("400k attributes", &out, EXIT_OK);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains(PROSE),
        "prose missing"
    );
}

#[test]
fn attributes_100k_duplicates() {
    // Duplicate attributes are dropped by the parser: the first `class` wins.
    let dup = " class=\"comment sidebar\"".repeat(100_000);
    let page =
        format!("<html><body><article class=\"story\"{dup}><p>{PROSE}</p></article></body></html>");
    let (_, text) = extract_ok(
        "100k duplicate attributes",
        page.as_bytes(),
        &Options::default(),
    );
    assert!(text.contains(PROSE), "prose missing: {:?}", short(&text));
}

#[test]
fn attribute_value_5mb() {
    // A 5 MB class list (word-split by the heuristics) and a 5 MB title.
    let words: String = (0..1_100_000).map(|i| format!("k{} ", i % 1000)).collect();
    let title = "t".repeat(5_000_000);
    assert!(words.len() >= 5_000_000);
    let page = format!(
        "<html><body><article class=\"{words}\" title=\"{title}\"><p>{PROSE}</p></article></body></html>"
    );
    let (_, text) = extract_ok(
        "5 MB attribute values",
        page.as_bytes(),
        &Options::default(),
    );
    assert!(text.contains(PROSE), "prose missing: {:?}", short(&text));
    assert!(
        !text.contains("ttttt"),
        "attribute value leaked into the text"
    );
}

#[test]
fn script_10mb() {
    let stmt = "for (var i = 0; i < n; i++) { s += \"<p>not content</p>\"; }\n";
    let js = stmt.repeat(10_000_000 / stmt.len());
    let page = format!(
        "<html><head><script>{js}</script></head><body><article><p>{PROSE}</p></article>\
         <script>{js}</script></body></html>"
    );
    let (_, text) = extract_ok("10 MB <script> x2", page.as_bytes(), &Options::default());
    assert!(text.contains(PROSE), "prose missing: {:?}", short(&text));
    assert!(
        !text.contains("not content"),
        "script text leaked into the content"
    );
}

/// A page with `n` nested `<table><td>` pairs: 2 `<` make 5 nodes (table, tbody, tr, td,
/// text), so the node count is well above the count of tags.
fn implied_nodes_page(n: usize) -> String {
    let mut page = String::from("<html><body>");
    for _ in 0..n {
        page.push_str("<table><td>a");
    }
    page + "</body></html>"
}

#[test]
fn node_limit_library() {
    let opts = limits(thresh::DEFAULT_MAX_INPUT_BYTES, 1000);
    // Many tags: more `<` than allowed nodes.
    let many = format!("<html><body>{}</body></html>", "<p>x</p>".repeat(10_000));
    let e = extract_err("node limit: 10k <p>, max 1000", many.as_bytes(), &opts);
    assert_eq!(e, Error::TooManyNodes { limit: 1000 });
    // Fewer `<` than the limit, but the parser's implied elements go past it.
    let implied = implied_nodes_page(400);
    let e = extract_err(
        "node limit: implied nodes, max 1000",
        implied.as_bytes(),
        &opts,
    );
    assert_eq!(e, Error::TooManyNodes { limit: 1000 });
    // Below the limit stays Ok.
    let small = format!("<html><body><article><p>{PROSE}</p></article></body></html>");
    extract_ok("node limit: small page, max 1000", small.as_bytes(), &opts);
}

#[test]
fn node_limit_cli() {
    let page = format!(
        "<html><body><article><p>{PROSE}</p></article>{}</body></html>",
        "<i>x</i>".repeat(5000)
    );
    let out = cli(
        "node limit CLI --max-nodes 1000",
        &["--max-nodes", "1000"],
        page.as_bytes(),
    );
    assert_exit("node limit CLI", &out, EXIT_ERROR);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("node limit"),
        "stderr should name the node limit: {stderr}"
    );
    let out = cli("node limit CLI default", &[], page.as_bytes());
    assert_exit("node limit CLI default", &out, EXIT_OK);
}

/// BUG: `dom::parse` rejects a document as `TooManyNodes` when the count of `<` bytes
/// exceeds `max_nodes`, but `<` in script or text makes no node: this page has a dozen
/// nodes and is refused under the default limits.
#[test]
fn many_lt_in_script_is_not_too_many_nodes() {
    let js = "i<n;".repeat(4_100_000);
    let page = format!(
        "<html><head><script>{js}</script></head><body><article><p>{PROSE}</p></article></body></html>"
    );
    let (_, text) = extract_ok(
        "4.1M '<' inside a script",
        page.as_bytes(),
        &Options::default(),
    );
    assert!(text.contains(PROSE));
}

/// Many comments: each comment's end must be found without scanning the rest of the
/// page (a pre-pass once looked for `--!>` to the end of the document per comment).
#[test]
fn comments_200k() {
    let body = "<!-- a note -->x".repeat(200_000);
    let page = format!("<html><body>{body}<p>{PROSE}</p></body></html>");
    let out = cli_within(
        "200k comments",
        &[],
        page.as_bytes(),
        Duration::from_secs(20),
    );
    assert_exit("200k comments", &out, EXIT_OK);
    assert!(String::from_utf8_lossy(&out.stdout).contains(PROSE));
}

/// Many raw-text elements: each `</script>` is found by a forward search, not a window
/// comparison at every byte.
#[test]
fn scripts_100k() {
    let body = "<script>var i = 0; if (i < 1) { i++; }</script>".repeat(100_000);
    let page = format!("<html><body>{body}<p>{PROSE}</p></body></html>");
    let out = cli_within(
        "100k scripts",
        &[],
        page.as_bytes(),
        Duration::from_secs(20),
    );
    assert_exit("100k scripts", &out, EXIT_OK);
    assert!(String::from_utf8_lossy(&out.stdout).contains(PROSE));
}

#[test]
fn thread_of_20k_post_headers_and_a_deep_name() {
    // A thread whose posters' panels are pruned and rescued: 20k post headers, and one
    // name link holding 30k nested user-classed spans. Each header is read a bounded
    // number of nodes deep, and a name is never measured whole.
    let mut page = String::from(
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"DiscussionForumPosting\",\
         \"headline\":\"Floods\"}</script></head><body><div class=\"thread\"><h1>Floods</h1>\
         <aside class=\"poster\"><a class=\"username\" href=\"/members/deep.1/\">",
    );
    page.push_str(&"<span class=\"username\">".repeat(30_000));
    page.push_str("Deep");
    page.push_str(&"</span>".repeat(30_000));
    page.push_str(&format!("</a></aside><p>{PROSE}</p>"));
    for i in 0..20_000 {
        page.push_str(&format!(
            "<aside class=\"poster\"><a class=\"username\" href=\"/members/p{i}/\">poster{i}</a>\
             <span>Member</span></aside><header><time datetime=\"2026-01-01\">Jan 1</time>\
             </header><p>Post {i} about the river.</p>"
        ));
    }
    page.push_str("</div></body></html>");
    let (_, text) = extract_ok("20k post headers", page.as_bytes(), &Options::default());
    assert!(
        text.contains("poster19999\n\nJan 1\n\nPost 19999 about the river."),
        "{:?}",
        short(&text)
    );
}

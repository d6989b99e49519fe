//! The explain views: `--explain` lines and the `--explain-html` annotated copy agree,
//! and the copy is inert (no scripts, no event handlers).

use std::collections::BTreeSet;

const PAGE: &str = r##"<!DOCTYPE html><html><head><title>Pond life | Field Notes</title>
<script>alert("x")</script><meta http-equiv="refresh" content="0;url=https://example.org/"></head>
<body onload="steal()"><nav><a href="/">Home</a> <a href="/about">About</a> <a href="/archive">Archive</a></nav>
<div class="share-buttons"><a href="#" onclick="share()">Share</a></div>
<article><h1>Pond life</h1>
<p>Every spring the pond behind the old mill fills with frogspawn, and for a few weeks the water is more jelly than water.</p>
<p>By May the tadpoles have legs, and the herons have noticed; the lucky ones leave the water before the birds leave the field.</p>
<p><a href="javascript:alert(1)" onmouseover="x()">A link that must lose its script</a> sits in this paragraph too.</p>
</article>
<footer><p>© 2026 Field Notes. All rights reserved.</p></footer>
<script src="https://example.org/tracker.js"></script></body></html>"##;

fn node_ids_from_lines(lines: &[thresh::ExplainLine]) -> BTreeSet<(u32, String)> {
    lines
        .iter()
        .map(|l| {
            let d = if l.decision == thresh::Decision::Kept {
                "kept"
            } else {
                "dropped"
            };
            (l.node, d.to_string())
        })
        .collect()
}

fn marks_in_html(html: &str) -> BTreeSet<(u32, String)> {
    let mut out = BTreeSet::new();
    for piece in html.split("data-thresh-node=\"").skip(1) {
        let node: u32 = piece
            .split('"')
            .next()
            .and_then(|n| n.parse().ok())
            .expect("node id");
        let state = piece
            .split("data-thresh=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .expect("state");
        out.insert((node, state.to_string()));
    }
    out
}

#[test]
fn annotated_copy_marks_what_explain_reports() {
    let opts = thresh::Options::default();
    let (_, lines) = thresh::explain(PAGE.as_bytes(), &opts).expect("explain");
    let html = thresh::explain_html(PAGE.as_bytes(), &opts).expect("explain_html");
    assert!(!lines.is_empty());
    assert_eq!(node_ids_from_lines(&lines), marks_in_html(&html));
    assert!(lines
        .iter()
        .any(|l| l.decision == thresh::Decision::Kept && l.preview.starts_with("Every spring")));
    assert!(lines
        .iter()
        .any(|l| l.decision == thresh::Decision::Dropped && l.rule == "CHROME_TAG"));
}

#[test]
fn annotated_copy_is_inert_and_parses() {
    let html =
        thresh::explain_html(PAGE.as_bytes(), &thresh::Options::default()).expect("explain_html");
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "{html}");
    assert!(!lower.contains("javascript:"));
    assert!(!lower.contains("http-equiv=\"refresh\""));
    for attr in [" onload=", " onclick=", " onmouseover="] {
        assert!(!lower.contains(attr), "{attr} survived");
    }
    assert!(html.contains("thresh-legend"));
    // It parses back, and keeps the article's text.
    let again = thresh::extract_str(&html, &thresh::Options::default()).expect("reparse");
    assert!(again.text().contains("Every spring the pond"));
}

#[test]
fn explain_lines_have_a_stable_format() {
    let (_, lines) =
        thresh::explain(PAGE.as_bytes(), &thresh::Options::default()).expect("explain");
    for l in &lines {
        let s = l.to_string();
        let mut parts = s.split_whitespace();
        let decision = parts.next().expect("decision");
        assert!(decision == "KEPT" || decision == "DROPPED", "{s}");
        let rule = parts.next().expect("rule");
        assert!(
            rule.chars().all(|c| c.is_ascii_uppercase() || c == '_'),
            "{s}"
        );
        assert!(
            s.contains(" ld=")
                && s.contains(" words=")
                && s.contains(" node=")
                && s.contains(" at="),
            "{s}"
        );
    }
}

#[test]
fn explain_reports_the_cards_an_index_keeps() {
    // A shop grid: each card's short linked name is a link-dense block, which the
    // index reading keeps as a card's part; explain must say kept, as the text shows.
    let cards: String = (1..=8)
        .map(|i| {
            format!(
                r#"<li class="card"><h3><a href="/kettles/{i}">Kettle {i}</a></h3>
                <p class="price">${i}9.00</p><p>Stainless steel, 1.{i} litres</p></li>"#
            )
        })
        .collect();
    let html = format!(
        r#"<html><body><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav>
        <main><h1>Kettles</h1><ul class="grid">{cards}</ul></main></body></html>"#
    );
    let opts = thresh::Options::default();
    let text = thresh::extract(html.as_bytes(), &opts)
        .expect("extract")
        .text();
    assert!(text.contains("Kettle 3"), "{text}");
    let (_, lines) = thresh::explain(html.as_bytes(), &opts).expect("explain");
    let name = lines
        .iter()
        .find(|l| l.preview == "Kettle 3")
        .expect("a line for the card's name");
    assert_eq!(name.decision, thresh::Decision::Kept, "{name:?}");
    assert_eq!(name.rule, "MIN_CARDS");
}

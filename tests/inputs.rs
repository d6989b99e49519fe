//! Input kinds of the `thresh` binary: JSON Lines, `--files-from` lists, and batch
//! order and error records (WARC files are in `warc_inputs.rs`). Every page here is
//! built in code from invented prose.

use std::process::Output;

use serde_json::Value;

mod common;
use common::pages::{code, cyrillic, english, field, records, run, CYRILLIC_TITLE};
use common::{gzip, run_in, stderr, Tmp};

#[test]
fn jsonl_passes_fields_through() {
    let t = Tmp::new("inputs", "jsonl");
    let line = |v: Value| v.to_string() + "\n";
    let mut list = String::new();
    list += &line(
        serde_json::json!({"id": 17, "url": "https://shop.example/news/otter", "html": english("Otter"), "crawl": {"at": "2026-01-02", "depth": 2}}),
    );
    list += "\n";
    list += &line(serde_json::json!({"html": english("Marten"), "url": null, "lang_hint": "en"}));
    list += "{\"url\": \"https://shop.example/broken\", \"html\": \"<p>unterminated\n";
    list += &line(serde_json::json!({"url": "https://shop.example/no-html", "id": 20}));
    list +=
        &line(serde_json::json!({"url": "https://shop.example/cyr", "html": cyrillic(), "id": 21}));
    t.write("scrape.jsonl", &list);
    for jobs in ["1", "2"] {
        let o = run(
            &t,
            &[
                "--format",
                "json",
                "--input-format",
                "jsonl",
                "-j",
                jobs,
                "scrape.jsonl",
            ],
        );
        assert_eq!(code(&o), Some(2), "{}", stderr(&o));
        let recs = records(&o);
        let sources: Vec<&str> = recs.iter().map(|r| field(r, "source")).collect();
        assert_eq!(
            sources,
            [
                "scrape.jsonl:1",
                "scrape.jsonl:3",
                "scrape.jsonl:4",
                "scrape.jsonl:5",
                "scrape.jsonl:6"
            ]
        );
        let otter = &recs[0];
        assert_eq!(field(otter, "url"), "https://shop.example/news/otter");
        assert_eq!(otter["id"], 17);
        assert_eq!(otter["crawl"]["depth"], 2);
        assert!(
            field(otter, "text").contains("Otter ferry sailed again"),
            "{otter}"
        );
        assert!(otter.get("html").is_none(), "html is not passed through");
        assert_eq!(recs[1]["lang_hint"], "en");
        assert!(field(&recs[1], "text").contains("Marten ferry"));
        assert!(
            field(&recs[2], "error").contains("not a JSON object"),
            "{}",
            recs[2]
        );
        assert!(field(&recs[3], "error").contains("html"), "{}", recs[3]);
        assert_eq!(recs[3]["id"], 20, "fields kept in error records");
        assert_eq!(recs[4]["title"], CYRILLIC_TITLE);
        let err = stderr(&o);
        assert!(err.contains("scrape.jsonl:4: "), "{err}");
        assert!(err.contains("thresh: 5 pages, 2 failures, "), "{err}");
    }
    // From stdin, gzip-compressed.
    let o = run_in(
        &t.0,
        &["--format", "json", "--input-format", "jsonl"],
        &gzip(list.as_bytes()),
    );
    let recs = records(&o);
    assert_eq!(recs.len(), 5, "{}", stderr(&o));
    assert_eq!(field(&recs[0], "source"), "-:1");
    assert_eq!(field(&recs[4], "url"), "https://shop.example/cyr");
}

#[test]
fn files_from_lists() {
    let t = Tmp::new("inputs", "filesfrom");
    let names = [
        "one.html",
        "two words.html",
        "three.html",
        "line\nbreak.html",
    ];
    for n in names {
        t.write(n, english(&n.replace(['.', ' ', '\n'], "")));
    }
    t.write("lead.html", english("Lead"));
    t.write("list.txt", "one.html\ntwo words.html\r\n\nthree.html\n");
    t.write("list0", "three.html\0line\nbreak.html\0one.html\0");
    let sources = |o: &Output| {
        records(o)
            .iter()
            .map(|r| field(r, "source").to_string())
            .collect::<Vec<_>>()
    };
    let o = run(
        &t,
        &["--format", "json", "lead.html", "--files-from", "list.txt"],
    );
    assert_eq!(code(&o), Some(0), "{}", stderr(&o));
    assert_eq!(
        sources(&o),
        ["lead.html", "one.html", "two words.html", "three.html"]
    );
    let o = run(
        &t,
        &["--format", "json", "-j", "2", "--files-from", "list0", "-0"],
    );
    assert_eq!(code(&o), Some(0), "{}", stderr(&o));
    assert_eq!(sources(&o), ["three.html", "line\nbreak.html", "one.html"]);
    assert!(field(&records(&o)[1], "text").contains("linebreakhtml ferry"));
    let o = run_in(
        &t.0,
        &["--format", "json", "--files-from", "-", "lead.html"],
        b"three.html\none.html\n",
    );
    assert_eq!(sources(&o), ["lead.html", "three.html", "one.html"]);
    let o = run(&t, &["--format", "json", "--files-from", "nowhere.txt"]);
    assert_eq!(code(&o), Some(2));
    assert!(stderr(&o).contains("nowhere.txt"));
}

#[test]
fn batch_keeps_order_and_reports() {
    let t = Tmp::new("inputs", "order");
    let mut list = String::new();
    for i in 0..50 {
        // Pages of very different sizes, so that workers finish out of order.
        let mut page = english(&format!("Number{i:02}"));
        if i % 7 == 0 {
            page = page.replace(
                "</article>",
                &"<p>Filler paragraph about the weather, long enough to count as prose for the reader.</p>"
                    .repeat(300 + i),
            );
            page.push_str("</article>");
        }
        t.write(&format!("p{i:02}.html"), page);
        list += &format!("p{i:02}.html\n");
    }
    t.write("list.txt", &list);
    let o = run(
        &t,
        &["--format", "json", "-j", "4", "--files-from", "list.txt"],
    );
    assert_eq!(code(&o), Some(0), "{}", stderr(&o));
    let recs = records(&o);
    assert_eq!(recs.len(), 50);
    for (i, r) in recs.iter().enumerate() {
        assert_eq!(field(r, "source"), format!("p{i:02}.html"));
        assert!(
            field(r, "text").contains(&format!("Number{i:02} ferry")),
            "{r}"
        );
    }
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("thresh: 50 pages, 0 failures, ") && err.contains(" MB/s)"),
        "{err}"
    );
    assert!(!err.contains('\r'), "no progress line in a pipe: {err:?}");

    // A missing file among good ones: N records, exit 2.
    let o = run(
        &t,
        &[
            "--format",
            "json",
            "-j",
            "4",
            "p01.html",
            "missing.html",
            "p02.html",
        ],
    );
    assert_eq!(code(&o), Some(2));
    let recs = records(&o);
    assert_eq!(recs.len(), 3);
    assert_eq!(field(&recs[1], "source"), "missing.html");
    assert!(!field(&recs[1], "error").is_empty());
    assert!(
        stderr(&o).contains("thresh: 3 pages, 1 failure, "),
        "{}",
        stderr(&o)
    );

    // One input, even a failing one: no summary.
    let o = run(&t, &["--format", "json", "missing.html"]);
    assert_eq!(code(&o), Some(2));
    assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
    // One input: no summary line.
    let o = run(&t, &["--format", "json", "p03.html"]);
    assert_eq!(code(&o), Some(0));
    assert!(o.stderr.is_empty(), "{}", stderr(&o));
}

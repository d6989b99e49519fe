//! WARC input of the `thresh` binary: plain, gzip per record and gzip of the whole
//! file, mixed with HTML inputs and errors, truncated and oversized records. Every WARC
//! file and page here is built in code from invented prose.

use serde_json::Value;

mod common;
use common::pages::{code, cyrillic, english, field, records, run, CYRILLIC_TITLE};
use common::{gzip, run_in, stderr, Tmp};

/// One WARC/1.0 record.
fn warc_record(
    kind: &str,
    id: u32,
    uri: Option<&str>,
    content_type: &str,
    block: &[u8],
) -> Vec<u8> {
    let mut head = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{}>\r\nWARC-Date: {}\r\n",
        record_id(id),
        warc_date(id)
    );
    if let Some(u) = uri {
        head.push_str(&format!("WARC-Target-URI: {u}\r\n"));
    }
    head.push_str(&format!(
        "Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    ));
    let mut r = head.into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn record_id(id: u32) -> String {
    format!("6c1e0a52-0000-4000-8000-{id:012}")
}

fn warc_date(id: u32) -> String {
    format!("2026-03-{:02}T10:{:02}:00Z", 1 + id % 28, id % 60)
}

/// An HTTP/1.1 response; `chunked` sends the body in chunks of 100 bytes.
fn http(status: &str, content_type: Option<&str>, body: &[u8], chunked: bool) -> Vec<u8> {
    let mut r = format!("HTTP/1.1 {status}\r\nServer: test\r\n").into_bytes();
    if let Some(ct) = content_type {
        r.extend_from_slice(format!("Content-Type: {ct}\r\n").as_bytes());
    }
    if chunked {
        r.extend_from_slice(b"Transfer-Encoding: chunked\r\n\r\n");
        for chunk in body.chunks(100) {
            r.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
            r.extend_from_slice(chunk);
            r.extend_from_slice(b"\r\n");
        }
        r.extend_from_slice(b"0\r\n\r\n");
    } else {
        r.extend_from_slice(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes());
        r.extend_from_slice(body);
    }
    r
}

const HTTP_RESPONSE: &str = "application/http; msgtype=response";

/// A page of a crawl: its url, record number and a phrase of its text.
type Page = (&'static str, u32, &'static str);

/// A `response` record for `https://post.example/PATH`.
fn response(
    id: u32,
    path: &str,
    status: &str,
    ct: Option<&str>,
    body: &[u8],
    chunked: bool,
) -> Vec<u8> {
    let uri = format!("https://post.example/{path}");
    warc_record(
        "response",
        id,
        Some(&uri),
        HTTP_RESPONSE,
        &http(status, ct, body, chunked),
    )
}

/// The records of a small crawl, and the pages it holds.
fn crawl_records() -> (Vec<Vec<u8>>, Vec<Page>) {
    let page = cyrillic();
    let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(&page);
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
    let (html, ok) = (Some("text/html"), "200 OK");
    let request = b"GET /ferry HTTP/1.1\r\nHost: post.example\r\n\r\n";
    let recs = vec![
        warc_record(
            "warcinfo",
            1,
            None,
            "application/warc-fields",
            b"software: by hand\r\n",
        ),
        warc_record(
            "request",
            2,
            Some("https://post.example/ferry"),
            "application/http; msgtype=request",
            request,
        ),
        response(
            3,
            "ferry",
            ok,
            Some("text/html; charset=utf-8"),
            english("Puffin").as_bytes(),
            false,
        ),
        response(
            4,
            "rynok",
            ok,
            Some("text/html; charset=windows-1251"),
            &cp1251,
            false,
        ),
        response(
            5,
            "gone",
            "404 Not Found",
            html,
            english("Missing").as_bytes(),
            false,
        ),
        response(6, "logo.png", ok, Some("image/png"), png, false),
        response(7, "chunked", ok, html, english("Chunky").as_bytes(), true),
        warc_record(
            "metadata",
            8,
            Some("https://post.example/chunked"),
            "application/warc-fields",
            b"a: b\r\n",
        ),
        response(9, "untyped", ok, None, english("Untyped").as_bytes(), false),
    ];
    let pages = vec![
        ("https://post.example/ferry", 3, "Puffin ferry sailed again"),
        ("https://post.example/rynok", 4, "открылся осенний рынок"),
        (
            "https://post.example/chunked",
            7,
            "Chunky ferry sailed again",
        ),
        (
            "https://post.example/untyped",
            9,
            "Untyped ferry sailed again",
        ),
    ];
    (recs, pages)
}

const CRAWL_COUNTS: &str = "4 HTML responses, skipped 4 non-HTML records and 1 non-200 response";

/// The crawl as a plain WARC, gzip per record, and gzip of the whole file.
fn crawl_files(t: &Tmp) -> [&'static str; 3] {
    let (recs, _) = crawl_records();
    t.write("crawl.warc", recs.concat());
    t.write(
        "crawl.warc.gz",
        recs.iter().map(|r| gzip(r)).collect::<Vec<_>>().concat(),
    );
    t.write("whole.warc.gz", gzip(&recs.concat()));
    ["crawl.warc", "crawl.warc.gz", "whole.warc.gz"]
}

fn check_crawl(name: &str, recs: &[Value], source: &str) {
    let (_, pages) = crawl_records();
    assert_eq!(
        recs.len(),
        pages.len(),
        "{name}: one line per HTML response: {recs:?}"
    );
    for (r, (url, id, phrase)) in recs.iter().zip(pages) {
        assert!(r.get("error").is_none(), "{name}: {r}");
        assert_eq!(field(r, "source"), source, "{name}");
        assert_eq!(field(r, "url"), url, "{name}");
        assert_eq!(
            field(r, "warc_record_id"),
            format!("<urn:uuid:{}>", record_id(id)),
            "{name}"
        );
        assert_eq!(field(r, "warc_date"), warc_date(id), "{name}");
        assert!(
            field(r, "text").contains(phrase),
            "{name}: {phrase:?} not in {r}"
        );
        assert!(
            !field(r, "text").contains("Subscribe"),
            "{name}: footer kept: {r}"
        );
    }
    assert_eq!(
        recs[1]["title"], CYRILLIC_TITLE,
        "{name}: HTTP charset not used"
    );
}

#[test]
fn warc_in_three_forms() {
    let t = Tmp::new("warc", "warc");
    for name in crawl_files(&t) {
        for jobs in ["1", "3"] {
            let o = run(&t, &["--format", "json", "-j", jobs, name]);
            assert_eq!(code(&o), Some(0), "{name}: {}", stderr(&o));
            check_crawl(name, &records(&o), name);
            let err = stderr(&o);
            assert!(
                err.contains(&format!("thresh: {name}: {CRAWL_COUNTS}\n")),
                "{name}: {err}"
            );
            assert!(
                err.contains("thresh: 4 pages, 0 failures, "),
                "summary: {err}"
            );
        }
    }
    // Forced WARC, from stdin.
    let bytes = std::fs::read(t.0.join("crawl.warc.gz")).unwrap();
    let o = run_in(
        &t.0,
        &["--format", "json", "--input-format", "warc"],
        &bytes,
    );
    assert_eq!(code(&o), Some(0), "{}", stderr(&o));
    check_crawl("stdin", &records(&o), "-");
}

#[test]
fn warc_mixed_with_html_and_errors() {
    let t = Tmp::new("warc", "warcmix");
    crawl_files(&t);
    t.write("page.html", english("Heron"));
    t.write("page.txt", "WARC is not here, only words.");
    let o = run(
        &t,
        &[
            "--format",
            "json",
            "-j",
            "2",
            "page.html",
            "crawl.warc",
            "--input-format",
            "auto",
        ],
    );
    assert_eq!(code(&o), Some(0), "{}", stderr(&o));
    let recs = records(&o);
    assert_eq!(recs.len(), 5);
    assert_eq!(field(&recs[0], "source"), "page.html");
    assert!(recs[0].get("warc_record_id").is_none());
    check_crawl("mixed", &recs[1..], "crawl.warc");
    // A WARC that is not a WARC, when WARC is asked for: an error record.
    let o = run(
        &t,
        &[
            "--format",
            "json",
            "--input-format",
            "warc",
            "page.html",
            "crawl.warc",
        ],
    );
    assert_eq!(code(&o), Some(2), "{}", stderr(&o));
    let recs = records(&o);
    assert_eq!(recs.len(), 5);
    assert!(
        field(&recs[0], "error").contains("not a WARC file"),
        "{}",
        recs[0]
    );
    // WARC input wants JSON lines.
    let o = run(&t, &["crawl.warc"]);
    assert_eq!(code(&o), Some(2));
    assert!(stderr(&o).contains("--format json"), "{}", stderr(&o));
    let o = run(&t, &["--input-format", "warc", "crawl.warc"]);
    assert_eq!(code(&o), Some(2));
    assert!(o.stdout.is_empty());
}

#[test]
fn truncated_warc_keeps_what_was_read() {
    let t = Tmp::new("warc", "warccut");
    let (recs, _) = crawl_records();
    let whole = recs.concat();
    // Cut inside the chunked response (record 7): records 3 and 4 are whole.
    let cut_at = recs[..6].concat().len() + 300;
    t.write("cut.warc", &whole[..cut_at]);
    let gz: Vec<u8> = recs.iter().map(|r| gzip(r)).collect::<Vec<_>>().concat();
    let gz_cut = recs[..6].iter().map(|r| gzip(r).len()).sum::<usize>() + 200;
    t.write("cut.warc.gz", &gz[..gz_cut]);
    let mut garbage = recs[..4].concat();
    garbage.extend_from_slice(b"this is not a record\r\n\r\n");
    garbage.extend(recs[6].clone());
    t.write("garbage.warc", garbage);
    for name in ["cut.warc", "cut.warc.gz", "garbage.warc"] {
        let o = run(&t, &["--format", "json", "-j", "2", name]);
        assert_eq!(code(&o), Some(2), "{name}: {}", stderr(&o));
        let recs = records(&o);
        assert_eq!(recs.len(), 3, "{name}: two pages, then the error: {recs:?}");
        assert_eq!(field(&recs[0], "url"), "https://post.example/ferry");
        assert_eq!(field(&recs[1], "url"), "https://post.example/rynok");
        assert_eq!(field(&recs[2], "source"), name);
        assert!(!field(&recs[2], "error").is_empty());
        assert!(recs[2].get("text").is_none());
        let err = stderr(&o);
        assert!(err.contains("2 HTML responses"), "{name}: {err}");
    }
}

#[test]
fn oversized_warc_record_is_an_error_record() {
    let t = Tmp::new("warc", "warcbig");
    let (recs, _) = crawl_records();
    let big = english(&"Walrus ".repeat(400));
    let mut all = recs[..4].concat();
    all.extend(warc_record(
        "response",
        20,
        Some("https://post.example/big"),
        HTTP_RESPONSE,
        &http("200 OK", Some("text/html"), big.as_bytes(), false),
    ));
    all.extend(warc_record(
        "resource",
        21,
        Some("https://post.example/video"),
        "video/mp4",
        &vec![0u8; 9000],
    ));
    all.extend(recs[6].clone());
    t.write("big.warc", gzip(&all));
    let o = run(
        &t,
        &["--format", "json", "--max-input-bytes", "6000", "big.warc"],
    );
    assert_eq!(code(&o), Some(2), "{}", stderr(&o));
    let out = records(&o);
    let urls: Vec<&str> = out.iter().map(|r| field(r, "url")).collect();
    assert_eq!(
        urls,
        [
            "https://post.example/ferry",
            "https://post.example/rynok",
            "https://post.example/big",
            "https://post.example/chunked"
        ]
    );
    assert!(
        field(&out[2], "error").contains("larger than the limit"),
        "{}",
        out[2]
    );
    assert_eq!(
        field(&out[2], "warc_record_id"),
        format!("<urn:uuid:{}>", record_id(20))
    );
    assert!(out[3].get("error").is_none(), "{}", out[3]);
}

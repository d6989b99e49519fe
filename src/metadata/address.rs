//! What a page's address says of its type: the host and path of an absolute URL, and
//! the places where sites keep documentation, threads, products, posts and indexes.

use crate::heuristics::metadata as h;

/// An absolute address's host and its path (without the leading "/", the query or the
/// fragment).
pub fn host_and_path(url: &str) -> (&str, &str) {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.split(['?', '#']).next().unwrap_or(rest);
    rest.split_once('/').unwrap_or((rest, ""))
}

/// The distinct words of an address's last path segment, its slug, lower-cased, without
/// numbers or a file extension ("/r/x/comments/1a2b/best_laptop_for_college/" → best,
/// laptop, for, college). Escaped bytes are decoded, so a slug in any script reads.
pub fn slug_words(url: &str) -> Vec<String> {
    let (_, path) = host_and_path(url);
    let Some(seg) = path.split('/').rev().find(|s| !s.is_empty()) else {
        return Vec::new();
    };
    let stem = match seg.rsplit_once('.') {
        Some((stem, ext))
            if !stem.is_empty()
                && ext.len() <= h::FILE_EXTENSION_MAX_CHARS
                && ext.bytes().all(|b| b.is_ascii_alphanumeric()) =>
        {
            stem
        }
        _ => seg,
    };
    let decoded = percent_decoded(stem);
    let mut words: Vec<String> = Vec::new();
    for w in decoded.split(|c: char| !c.is_alphanumeric()) {
        if w.is_empty() || w.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let w = w.to_lowercase();
        if !words.contains(&w) {
            words.push(w);
        }
    }
    words
}

/// `s` with its `%XX` escapes decoded (invalid UTF-8 replaced); a `%` not followed by
/// two hex digits stays as it is.
fn percent_decoded(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    let hex = |j: usize| b.get(j).and_then(|&c| char::from(c).to_digit(16));
    while let Some(&c) = b.get(i) {
        match (c, hex(i + 1), hex(i + 2)) {
            (b'%', Some(hi), Some(lo)) => {
                // Two hex digits make at most 0xFF.
                out.push(u8::try_from(hi * 16 + lo).unwrap_or(b'%'));
                i += 3;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Whether a directory (not the last segment) of an absolute address's path is one of
/// `segments`: "/c/sofas" is under "c", "/blog/c" is not.
pub fn path_has_directory(url: &str, segments: &[&str]) -> bool {
    let (_, path) = host_and_path(url);
    let dirs = path.rsplit_once('/').map_or("", |(dirs, _)| dirs);
    dirs.split('/')
        .any(|d| segments.iter().any(|s| d.eq_ignore_ascii_case(s)))
}

/// Whether a directory (or file stem) of an absolute address's path is one of `segments`.
pub fn path_has_segment(url: &str, segments: &[&str]) -> bool {
    let (_, path) = host_and_path(url);
    path.split('/').any(|seg| {
        let stem = seg.rsplit_once('.').map_or(seg, |(s, _)| s);
        segments.iter().any(|s| stem.eq_ignore_ascii_case(s))
    })
}

/// Whether an absolute address is documentation's: its host starts with a docs label
/// (`DOCS_HOST_LABELS`) or a directory of its path is a docs segment
/// (`DOCS_PATH_SEGMENTS`, also as a file's stem: "/manual.html"). Sites keep their
/// manuals apart from their blog and shop, and name the place so.
pub fn is_docs_address(url: &str) -> bool {
    let (host, _) = host_and_path(url);
    // "docs.example.com", "docs-internal.example.com"
    let label = host.split(['.', '-']).next().unwrap_or("");
    (host.contains('.')
        && h::DOCS_HOST_LABELS
            .iter()
            .any(|s| label.eq_ignore_ascii_case(s)))
        || path_has_segment(url, h::DOCS_PATH_SEGMENTS)
}

/// Whether an absolute address is a site's front page: a host name (with a dot, nothing
/// escaped in it) and nothing after it but "/" and a query.
pub fn is_front_page(url: &str) -> bool {
    let (host, path) = host_and_path(url);
    path.is_empty() && host.contains('.') && !host.contains('%')
}

/// Whether an absolute address is a post's under a blog: a directory of its path is a
/// blog's (`POST_PATH_SEGMENTS`: "/blog/slug", "/articles/2024/slug") and none after it
/// is an archive's (`ARCHIVE_PATH_SEGMENTS`: "/blog/category/news", "/blog/page/2").
pub fn is_post_address(url: &str) -> bool {
    let (_, path) = host_and_path(url);
    // "/blog/" is the blog itself, not a directory with a post under it.
    let path = path.trim_end_matches('/');
    let dirs = path.rsplit_once('/').map_or("", |(dirs, _)| dirs);
    let mut segs = dirs.split('/').skip_while(|d| {
        !h::POST_PATH_SEGMENTS
            .iter()
            .any(|s| d.eq_ignore_ascii_case(s))
    });
    segs.next().is_some()
        && !path.split('/').any(|d| {
            h::ARCHIVE_PATH_SEGMENTS
                .iter()
                .any(|s| d.eq_ignore_ascii_case(s))
        })
}

/// Whether an absolute address is a blog's or a newsroom's index: its path ends in one
/// of `INDEX_PATH_ENDS` ("/blog/", "/news").
pub fn is_index_address(url: &str) -> bool {
    let (_, path) = host_and_path(url);
    path.trim_end_matches('/')
        .rsplit('/')
        .next()
        .is_some_and(|last| {
            h::INDEX_PATH_ENDS
                .iter()
                .any(|s| last.eq_ignore_ascii_case(s))
        })
}

/// Whether an absolute address is a thread's on forum software: a thread route
/// (`FORUM_THREAD_SEGMENTS`: "/t/", "/threads/", "/comments/"…) followed by the thread's
/// number, at once ("/d/2068-slug", "/comments/1rku5x9/slug"), at the end of its slug
/// ("/threads/slug.123") or after it ("/t/slug/931828"); or a board script's thread view
/// with its query (`FORUM_THREAD_SCRIPTS`: "/viewtopic.php?id=…"). Forum engines address
/// threads by number under fixed route names; a blog's or shop's pages under such a
/// name ("/t/running-shoe", "/topics/science") carry a slug alone.
pub fn is_forum_address(url: &str) -> bool {
    let (_, path) = host_and_path(url);
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let script = segs
        .last()
        .and_then(|s| s.rsplit_once('.'))
        .is_some_and(|(stem, _)| {
            h::FORUM_THREAD_SCRIPTS
                .iter()
                .any(|r| stem.eq_ignore_ascii_case(r))
        });
    if script && url.contains('?') {
        return true;
    }
    let under_root = |i: usize| {
        i.checked_sub(1).and_then(|p| segs.get(p)).is_some_and(|p| {
            h::FORUM_ROOT_SEGMENTS
                .iter()
                .any(|r| p.eq_ignore_ascii_case(r))
        })
    };
    segs.iter().enumerate().any(|(i, seg)| {
        let route = seg.rsplit_once('.').map_or(*seg, |(s, _)| s);
        h::FORUM_THREAD_SEGMENTS
            .iter()
            .any(|r| route.eq_ignore_ascii_case(r))
            && (segs.get(i + 1).is_some_and(|n| {
                n.starts_with(|c: char| c.is_ascii_digit())
                    || n.rsplit_once('.').is_some_and(|(_, id)| all_digits(id))
                    || under_root(i)
            }) || segs.get(i + 2).is_some_and(|n| all_digits(n)))
    })
}

/// A non-empty run of ASCII digits.
fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

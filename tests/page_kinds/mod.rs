//! Pages and the reading of their type, shared by the page-type test files.

#![allow(dead_code)] // each test binary uses its own subset

use thresh::PageType;

pub fn page_type(html: &str) -> PageType {
    thresh::extract(html.as_bytes(), &thresh::Options::default())
        .expect("extraction")
        .metadata
        .page_type
}

/// A paragraph of running prose, over 200 characters.
pub fn prose(n: usize) -> String {
    format!(
        "<p>Season {n}: the orchard society met again to count the winter losses, and found \
         that the old pear trees along the north wall had fared better than the young apples \
         in the open field, which the frost had caught twice in a single week of March.</p>"
    )
}

/// An older board's thread: each post a table row with its poster's name and its body,
/// dates printed as text, no `<time>`.
pub fn board_thread(posts: usize) -> String {
    let rows: String = (0..posts)
        .map(|i| {
            format!(
                "<tr class=\"post\"><td class=\"poster\"><a class=\"username\" href=\"/member/{i}\">\
                 grafter{i}</a><br>Posts: {}</td><td><div class=\"postbody\">Posted 3 March 2019\
                 <p>Reply {i}: I cleft-grafted two of the old pears last spring and both took, \
                 though the scions were thinner than a pencil.</p></div></td></tr>",
                10 + i
            )
        })
        .collect();
    format!(
        "<html><head><title>Grafting old pears</title></head><body><h1>Grafting old pears</h1>\
         <table class=\"thread\">{rows}</table></body></html>"
    )
}

/// A grid of teasers with linked headings, as "more stories" strips have.
pub fn teasers(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!("<li><h3><a href=\"/story-{i}\">Story number {i} of the week</a></h3></li>")
        })
        .collect()
}

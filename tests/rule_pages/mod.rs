//! The text reading and the prose shared by the content and class-word rule tests.

/// The main text thresh reads from `html`, default options.
pub fn text_of(html: &str) -> String {
    thresh::extract(html.as_bytes(), &thresh::Options::default())
        .expect("extraction")
        .text()
}

/// Two paragraphs of running prose around which each test page puts its chrome.
pub const PROSE: &str =
    "<p>The orchard society met on Tuesday to count the winter losses, and found that the \
old pear trees along the north wall had fared better than the young apples in the open field, \
which the frost had caught twice in a single week.</p><p>Members agreed to wrap the young trunks \
next year, to plant a hedge of hazel on the exposed side, and to ask the council for help with \
the cost of the new stakes and ties, which had risen again since the autumn.</p>";

/// An article of `sections` sections, each a heading of several words over a long
/// paragraph.
pub fn sections(sections: usize) -> String {
    (1..=sections)
        .map(|n| {
            format!(
                "<h2>Why the costs of remodel part {n} run high</h2><p>Part {n}: labour is \
                 scarce and licensed trades charge for travel, permits take weeks to come \
                 through, and the materials that pass the state's energy code cost more.</p>"
            )
        })
        .collect()
}

/// The remodel article of three sections, then `after`.
pub fn remodel_like(after: &str) -> String {
    format!(
        "<html><head><title>Remodel costs</title></head><body><main><h1>Remodel costs</h1>\
         {}{after}</main></body></html>",
        sections(3)
    )
}

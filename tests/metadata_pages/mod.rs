//! What the metadata tests share: a page's metadata through the library, and prose.

pub fn metadata(html: &str) -> thresh::Metadata {
    thresh::extract(html.as_bytes(), &thresh::Options::default())
        .expect("extraction")
        .metadata
}

/// A paragraph of running prose.
pub const PROSE: &str = "<p>The orchard society met again to count the winter losses, and found \
    that the old pear trees along the north wall had fared better than the young apples in \
    the open field, which the frost had caught twice in a single week of March.</p>";

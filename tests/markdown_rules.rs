//! Markdown through the library: the structure a page's content keeps there and not in
//! plain text.

/// A paragraph of running prose.
const PROSE: &str = "<p>The orchard society met again to count the winter losses, and found \
    that the old pear trees along the north wall had fared better than the young apples in \
    the open field, which the frost had caught twice in a single week of March.</p>";

#[test]
fn a_tables_caption_titles_it_in_markdown_and_stays_out_of_plain_text() {
    let html = format!(
        "<html><head><title>Winter losses</title></head><body><main><article>\
         <h1>Winter losses</h1>{PROSE}<table><caption>Trees lost, by row</caption>\
         <tr><th>Row</th><th>Lost</th></tr><tr><td>North wall</td><td>2</td></tr>\
         <tr><td>Open field</td><td>9</td></tr></table>{PROSE}</article></main></body></html>"
    );
    let x = thresh::extract(html.as_bytes(), &thresh::Options::default()).expect("extraction");
    let md = x.markdown();
    assert!(
        md.contains("*Trees lost, by row*\n\n| Row | Lost |"),
        "caption above the table: {md}"
    );
    let text = x.text();
    assert!(text.contains("North wall\t2"), "rows kept: {text}");
    assert!(
        !text.contains("Trees lost"),
        "caption left out of text: {text}"
    );
}

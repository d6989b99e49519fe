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

#[test]
fn a_nested_list_is_indented_to_its_parent_items_text() {
    let items: String = (1..=9)
        .map(|i| format!("<li>Step {i} of the pruning</li>"))
        .collect();
    let html = format!(
        "<html><head><title>Pruning</title></head><body><main><article><h1>Pruning</h1>\
         {PROSE}<ol>{items}<li>Step 10 of the pruning<ul><li>cut above a bud</li>\
         <li>seal the wound<ul><li>with wax</li></ul></li></ul></li></ol>{PROSE}\
         </article></main></body></html>"
    );
    let md = thresh::extract(html.as_bytes(), &thresh::Options::default())
        .expect("extraction")
        .markdown();
    // CommonMark nests an item only when it starts at its parent's text column: four
    // columns after "10. ", two after "- ".
    assert!(
        md.contains("10. Step 10 of the pruning\n    - cut above a bud\n    - seal the wound\n      - with wax"),
        "{md}"
    );
}

#[test]
fn a_list_of_the_other_kind_starts_after_a_blank_line() {
    let html = format!(
        "<html><head><title>Pruning</title></head><body><main><article><h1>Pruning</h1>\
         {PROSE}<ul><li>a saw</li><li>shears</li></ul><ol start=\"3\"><li>cut</li>\
         <li>seal</li></ol>{PROSE}</article></main></body></html>"
    );
    let x = thresh::extract(html.as_bytes(), &thresh::Options::default()).expect("extraction");
    // Right under "- shears", "3. cut" would continue that item's text.
    let md = x.markdown();
    assert!(md.contains("- shears\n\n3. cut\n4. seal"), "{md}");
    assert!(x.text().contains("shears\ncut\nseal"), "{}", x.text());
}

//! Blocks with no text of the page's own: a template's filler text, a ticker's band, a
//! shortcode or a script template's expression left unrendered; checked on small pages
//! through the library.

#[allow(dead_code)]
mod rule_pages;
use rule_pages::{remodel_like, sections, text_of};

#[test]
fn a_templates_filler_text_goes() {
    let html = remodel_like(
        "<div class=\"card\"><h3>Featured report</h3><p>Lorem ipsum dolor sit amet, \
         consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.</p></div>",
    );
    let text = text_of(&html);
    assert!(!text.contains("Lorem ipsum"), "{text}");
    assert!(text.contains("Part 3: labour is scarce"), "{text}");
}

#[test]
fn a_marquee_band_goes_and_a_repeated_word_in_prose_stays() {
    // A ticker says its phrase over and over to fill the width, in one paragraph.
    let band = "<span>Book a survey ✦ </span>".repeat(14);
    let html = format!(
        "<html><head><title>Remodel costs</title></head><body><main><h1>Remodel costs</h1>\
         <p>{band}</p>{}\
         <p>It was very very very very cold the winter the roof came off, and the crew \
         worked in coats.</p></main></body></html>",
        sections(3)
    );
    let text = text_of(&html);
    assert!(!text.contains("Book a survey"), "{text}");
    assert!(text.contains("labour is scarce"), "{text}");
    assert!(text.contains("very very very very cold"), "{text}");
}

#[test]
fn a_shortcode_left_unrendered_goes_and_bracketed_text_stays() {
    let html = format!(
        "<html><head><title>Remodel costs</title></head><body><main><h1>Remodel costs</h1>\
         {}<p>[signup-form id=4471]</p>\
         <p>[button link=\"https://example.org/quote/\" type=\"big\"] Ask us for a quote[/button]</p>\
         <p>[Updated] The permit office now answers within ten working days, the council \
         says.</p><p>[b]</p></main></body></html>",
        sections(3)
    );
    let text = text_of(&html);
    assert!(!text.contains("signup-form"), "{text}");
    assert!(!text.contains("Ask us for a quote"), "{text}");
    assert!(text.contains("[Updated] The permit office"), "{text}");
    // A bracketed word without attributes is text, whatever it looks like.
    assert!(text.contains("[b]"), "{text}");
    assert!(text.contains("labour is scarce"), "{text}");
}

#[test]
fn a_script_templates_unfilled_expression_goes_and_code_keeps_it() {
    // The page's script never ran: its error slot shows the expression itself.
    let html = remodel_like(
        "<div class=\"reply\"><p>{{ board.errors[11805838].message }}</p>\
         <p>{{ first }} {{ second }}</p><p>The form prints <code>{{ form }}</code> \
         where the fields go, and the view fills it in.</p></div>",
    );
    let text = text_of(&html);
    assert!(!text.contains("board.errors"), "{text}");
    assert!(!text.contains("{{ first }}"), "{text}");
    assert!(text.contains("The form prints {{ form }} where"), "{text}");
    assert!(text.contains("Part 3: labour is scarce"), "{text}");
}

//! The landing re-read, checked on small pages through the library: which pages are
//! read again with their promos, testimonials and calls to action kept, and from which
//! container.

#[allow(dead_code)]
mod rule_pages;
use rule_pages::text_of;

/// A landing page: a section of prose between a hero banner, a row of testimonials and a
/// call to action, all in the page's main element.
fn landing(head: &str) -> String {
    let prose: String = (1..=8)
        .map(|i| {
            format!(
                "<p>Point {i}: our crews service boilers and heat pumps across the valley, \
                arrive inside the window we give you, and leave a written report of every \
                part they checked, cleaned or replaced on the visit.</p>"
            )
        })
        .collect();
    let quote = |n: usize| {
        format!(
            r#"<div class="testimonial-card"><p>"Quote {n}: the engineer found the fault in
            ten minutes and explained the repair before starting it."</p><span>Customer {n}</span></div>"#
        )
    };
    let quotes: String = (1..=3).map(quote).collect();
    format!(
        r#"<html><head>{head}</head><body><nav><a href="/">Home</a><a href="/about">About</a></nav>
        <main><div class="hero-banner"><h1>Heating repairs you can plan around</h1>
        <p>Same-week visits from engineers who answer to you.</p></div>
        <section class="about">{prose}</section>
        <section class="testimonials-row"><h2>What customers say</h2>{quotes}</section>
        <section class="cta-strip"><h2>Book a visit</h2><p>Pick a morning or an afternoon
        slot and we confirm it by text the same day.</p></section></main>
        <footer><p>Valley Heating Ltd</p></footer></body></html>"#
    )
}

#[test]
fn an_unsigned_landing_page_keeps_its_promos_around_its_prose() {
    let text = text_of(&landing(""));
    assert!(text.contains("written report"), "prose kept: {text}");
    assert!(text.contains("Quote 2"), "testimonials kept: {text}");
    assert!(
        text.contains("slot and we confirm"),
        "call to action kept: {text}"
    );
}

#[test]
fn a_dated_post_drops_the_promos_around_it() {
    let head = r#"<meta property="article:published_time" content="2026-03-02T09:00:00Z">"#;
    let text = text_of(&landing(head));
    assert!(text.contains("written report"), "prose kept: {text}");
    assert!(!text.contains("Quote 2"), "testimonials dropped: {text}");
}

#[test]
fn a_dated_service_page_keeps_its_promos_around_its_prose() {
    // Site builders stamp a publication date on every page; a page that declares
    // itself a service is still a service page, whose testimonials are content.
    let head = r#"<meta property="article:published_time" content="2026-03-02T09:00:00Z">
        <script type="application/ld+json">{"@type":"Service","name":"Heating repairs"}</script>"#;
    let text = text_of(&landing(head));
    assert!(text.contains("written report"), "prose kept: {text}");
    assert!(text.contains("Quote 2"), "testimonials kept: {text}");
}

#[test]
fn a_page_of_short_sections_declared_an_article_keeps_its_promos() {
    // `og:type=article` is stamped on every page by many site builders: a page whose
    // text reads as short sections under many headings, and that nothing dates or
    // signs, settles as a service page once read, and its testimonials are content.
    let head = r#"<meta property="og:type" content="article">"#;
    let html = landing(head).replace("<p>Point ", "<h3>What we do</h3><p>Point ");
    let text = text_of(&html);
    assert!(text.contains("written report"), "prose kept: {text}");
    assert!(text.contains("Quote 2"), "testimonials kept: {text}");
}

#[test]
fn a_service_page_is_read_from_its_main_element_not_a_wider_container() {
    // An undated club page: its main element holds a title and one paragraph; beside it
    // an unmarked "superfooter" holds resource links and the institute's address. The
    // best-scoring container takes in both; the page settles as a service page, whose
    // declared main element is its content.
    let html = r#"<html><head><title>The Orchard Club</title></head><body>
        <header id="masthead"><a href="/">Valley Institute</a><nav><a href="/a">Home</a>
        <a href="/b">About</a></nav></header>
        <div class="page"><div role="main" class="content"><h2 class="title">The Orchard Club</h2>
        <h4>The student fruit-growing club at the Valley Institute</h4>
        <p>The Orchard Club is the institute's student society for fruit growers. It runs a
        small orchard behind the library, holds a grafting workshop every March, and sends a
        team to the regional pruning contest each winter. Members of every course are
        welcome, and no experience is needed: the older members teach the newer ones, and
        the college gardener lends the tools and the ladders for the season.</p></div>
        <div class="superfooter"><div role="navigation"><h3>Institute resources</h3><ul>
        <li><a href="/l">Library</a></li><li><a href="/m">Maps</a></li></ul></div>
        <p>Valley Institute of Horticulture, North Lane, Valley Town 30332, phone 555-0100</p>
        </div></div><footer><a href="/legal">Legal</a></footer></body></html>"#;
    let text = text_of(html);
    assert!(text.contains("The student fruit-growing club"), "{text}");
    assert!(text.contains("lends the tools"), "{text}");
    assert!(!text.contains("North Lane"), "{text}");
}

/// A service page without a main element: its sections sit side by side in a wrapper,
/// the offers are whole-card links and the insights plain link lines (so the first
/// reading takes the wrapper for an index), the testimonials row holds the most prose of
/// any one section, and an untitled address strip closes the wrapper.
fn sections_without_main() -> String {
    let offers: String = [
        "Payroll set-up for firms moving off spreadsheets",
        "Handbook reviews against the state's current rules",
        "Training for new supervisors on hard conversations",
        "Compensation plans that hold up in an audit",
    ]
    .iter()
    .enumerate()
    .map(|(i, o)| {
        format!(
            r#"<div class="listing-item"><a href="/services/{i}"><p class="p--small">{o}, delivered
            by one adviser who knows your firm and its people.</p></a></div>"#
        )
    })
    .collect();
    let posts: String = [
        "Three things to weigh in a benefits plan",
        "When to hire your first HR manager",
        "What a handbook audit finds",
    ]
    .iter()
    .enumerate()
    .map(|(i, t)| format!(r#"<div class="post-card"><p><a href="/insights/{i}">{t}</a></p></div>"#))
    .collect();
    let quote = |n: usize| {
        format!(
            r#"<div class="testimonials-slider__slide"><p>"Story {n}: after twenty years at one
            company I had no idea how to look for work; my coach rebuilt my CV with me, drilled
            me for interviews every week and stayed in touch until I had signed an offer. She
            also walked me through the pension I was leaving behind, the notice period in my old
            contract and the first ninety days of the new job."</p><p>Client {n}</p></div>"#
        )
    };
    let quotes: String = (1..=6).map(quote).collect();
    format!(
        r#"<html><head><title>HR consulting</title></head><body>
        <header><nav><a href="/">Home</a><a href="/about">About</a></nav></header>
        <div class="page">
        <section class="module module-intro"><h1>HR consulting</h1><p>Our advisers range from
        one-off projects to ongoing support for your own HR team, at a fixed monthly fee.</p></section>
        <section class="module module-listings"><h2>What we do</h2>{offers}</section>
        <section class="module module-accordion"><h3>Why offer career transition support?</h3>
        <p>Because it protects the people who stay as much as those who leave, and a firm that
        treats leavers well hires more easily afterwards.</p></section>
        <section class="module module-posts"><h2>Insights</h2>{posts}</section>
        <section class="module module-testimonials"><h2>Client successes</h2>{quotes}</section>
        <section class="overview"><p>Toll free 800 555 0100, 12 Mill Road, Riverton, open
        weekdays from eight until six and on Saturday mornings by appointment.</p></section>
        </div>
        <footer><p>Valley Advisers LLP</p></footer></body></html>"#
    )
}

#[test]
fn a_service_page_without_a_main_element_is_read_across_its_sections() {
    // The landing re-read alone would read the testimonials row, the best-scoring
    // section once promos are kept; the page it shows is a service page's sections, so
    // it is read again from the sections' common parent.
    let x = thresh::extract(
        sections_without_main().as_bytes(),
        &thresh::Options::default(),
    )
    .expect("extraction");
    let text = x.text();
    assert_eq!(x.metadata.page_type, thresh::PageType::Service);
    assert!(text.contains("Story 3"), "testimonials kept: {text}");
    assert!(text.contains("ongoing support"), "intro kept: {text}");
    assert!(text.contains("leavers well"), "FAQ kept: {text}");
    assert!(!text.contains("Valley Advisers"), "footer dropped: {text}");
    // An untitled block beside the sections is the chrome no class names.
    assert!(
        !text.contains("Mill Road"),
        "address strip left out: {text}"
    );
}

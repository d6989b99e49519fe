//! Class and id words: the word lists matched part by part against class and id
//! values (`extract/hints.rs`), each with its reason.

/// Class/id words (whole parts of a token split at `-`, `_` and case changes) that mark
/// page chrome: sharing, subscriptions, recommendations, comments, consent, ads, site
/// furniture, post furniture (bylines, tags, bios). Any CMS names these the same way.
/// `widget` is not one: page builders class every block of the text a widget
/// (`elementor-widget-text-editor`, CKEditor's `ck-widget`), and sidebars go by their
/// own words and tags (on both dev sets, dropping it gained: scrapinghub words +0.0004,
/// wcxb-dev +0.0018).
pub const CHROME_WORDS: &[&str] = &[
    "share",
    "sharing",
    "sharebar",
    "social",
    // Like buttons and their counters ("sd-like", "jetpack-likes-widget").
    "like",
    "likes",
    "socials",
    "newsletter",
    "newsletters",
    "subscribe",
    "subscription",
    "signup",
    "related",
    "recommended",
    "recommendation",
    "recommendations",
    "comment",
    "comments",
    "disqus",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    // A list of site-wide notices (forum announcements, maintenance banners); the
    // singular `notice` also names documentation callouts, which are content.
    "notices",
    // Hover cards: the box a name or a link opens on hover (a person's other stories,
    // a profile's summary), not the sentence it sits in.
    "hovercard",
    "rollover",
    // Notification bars and toasts (an outdated-browser warning, an order update).
    "notification",
    "notifications",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "adsense",
    "advertising",
    "sponsor",
    "sponsored",
    "footer",
    "sidebar",
    "breadcrumb",
    "breadcrumbs",
    "nav",
    "navbar",
    "navigation",
    // DocBook's previous/up/next tables above and below each chapter.
    "navheader",
    "navfooter",
    "menu",
    "masthead",
    "popup",
    "modal",
    "overlay",
    "toolbar",
    "byline",
    "bio",
    "tags",
    "tag",
    "taglist",
    "pagination",
    "pager",
    "outbrain",
    "taboola",
    "skip",
    // Google's mark for what its search should not index (`class="nocontent"`): the
    // page's own statement that the element is not its content.
    "nocontent",
    "print",
    "rating",
    "ratings",
    "trending",
    "popular",
    "most",
    "more",
    "readmore",
    "next",
    "prev",
    "previous",
    "login",
    "search",
    "topbar",
    "header",
    "dateline",
    "author",
    "authors",
    "caption",
    "credit",
    "credits",
    "copyright",
    "disclaimer",
    "follow",
    "breaking",
    "ticker",
    "donate",
    "donation",
    "vote",
    "votes",
    "voting",
    "signature",
    "avatar",
    "reviews",
    "feedback",
    "rss",
    "toc",
    "tooltip",
    "dropdown",
    "offcanvas",
    "drawer",
];

/// The navigation words (all but `submenu` among [`CHROME_WORDS`]): an element they name that holds a section
/// heading and [`NAV_SECTION_MIN_PROSE_CHARS`] of prose is the section an in-page menu
/// leads to, or a tab panel, not the menu.
pub const NAVIGATION_WORDS: &[&str] =
    &["nav", "navbar", "navigation", "menu", "submenu", "dropdown"];
/// Prose (non-space characters in paragraphs, about two short sentences) that makes an
/// element named by a navigation word a section: a menu's links carry none, a mega
/// menu's promo line a short sentence at most. (On wcxb-dev 100, 120, 200 and 400 all
/// gain; 120 most.)
pub const NAV_SECTION_MIN_PROSE_CHARS: u32 = 120;

/// Class/id words of a post's meta row (date, author, reading time): chrome, except on
/// an element holding a heading, which a meta row never does (page builders name whole
/// sections `…-meta-block-section`).
pub const POST_META_WORDS: &[&str] = &["meta", "metadata"];

/// Class/id words of marketing components: promo tiles, carousels, sliders,
/// banners, calls to action, customer testimonials. Beside an article they are chrome, but a landing or
/// service page (no authored text, no index of items) is built of nothing else, so
/// there they are read as content.
pub const MARKETING_WORDS: &[&str] = &[
    "promo",
    "promos",
    "promotion",
    "carousel",
    "slider",
    "banner",
    "cta",
    "testimonial",
    "testimonials",
];

/// Class/id words of a heading's permalink glyph ("¶", "#", "Link to this heading") or
/// an in-page jump link ("Jump to recipe"): pruned when the element holds at most
/// [`CONTROL_MAX_CHARS`](super::CONTROL_MAX_CHARS) characters. The same words name link
/// styles (`StyledAnchor`), heading wrappers (`heading-anchor`) and the sections that
/// jump links lead to (`jump-link-content`, `jump-section`), whose text is content.
pub const GLYPH_LINK_WORDS: &[&str] = &["headerlink", "permalink", "anchor", "anchorjs", "jump"];

/// Prefixes of the class a CMS gives a post for each of its taxonomy terms (WordPress's
/// `tag-<slug>`, `category-<slug>`): the rest of the token is the term's slug, whose
/// words ("social-media", "newsletters") name a topic, not a component.
pub const TERM_CLASS_PREFIXES: &[&str] = &["tag-", "category-"];
/// Class tokens (or their prefixes) that mark a value as a CMS post's class list
/// (`hentry`, `type-post`), where [`TERM_CLASS_PREFIXES`] tokens are its terms.
pub const POST_CLASS_MARKS: &[&str] = &["hentry", "type-"];

/// Suffixes that themes glue to a chrome word (`commentlist`, `sharebox`,
/// `relatedposts`); the glued part counts as the word.
pub const COMPOUND_SUFFIXES: &[&str] = &[
    "list",
    "box",
    "area",
    "wrap",
    "wrapper",
    "container",
    "section",
    "block",
    "links",
    "bar",
    "s",
    "form",
    "holder",
    "panel",
    "module",
    "posts",
    "items",
    "widget",
    "buttons",
];
/// Only words this long take compound suffixes (`ad` + `s` must not match `ads`-like
/// accidents such as `adbox` being a real word elsewhere).
pub const COMPOUND_MIN_WORD_LEN: usize = 4;

/// Glued compounds found anywhere inside a class/id token once `-`/`_` are removed
/// (`message-userDetails` → `messageuserdetails`): forum user panels and widgets whose
/// parts alone (`user`, `message`) would be too common to prune on.
pub const CHROME_COMPOUNDS: &[&str] = &[
    "userdetails",
    "userinfo",
    "usertitle",
    "userextras",
    "userbanner",
    "usercard",
    "memberinfo",
    "authorinfo",
    "authorbio",
    "postauthor",
    "postprofile",
    "postmeta",
    "entrymeta",
    "cookieconsent",
    "cookiebanner",
    "cookienotice",
    "sharebuttons",
    "socialshare",
    // A form's status messages, shown only once it is sent (`w-form-done`,
    // `w-form-fail`, `newsletter-form-success`). Not "form error": a section's slug
    // names that ("rendering-form-error-messages").
    "formdone",
    "formfail",
    "formsuccess",
    // A prompt to install the site as an app (`iPwaInstall__title`,
    // `pwa-install-banner`) or a store's smart app banner: never the page's text.
    "pwainstall",
    "smartbanner",
    // A poster's signature under each post (FluxBB's and PunBB's `postsignature`).
    "postsignature",
    "usersignature",
];

/// Class/id words naming the consent managers most sites embed (as `disqus` names its
/// comment widget). Their banners and preference centres can hold more prose than a
/// listing page's link-only cards, so they are pruned whatever share of the text they
/// hold, in every pass but the last-resort minimal one; no page wraps content in one.
pub const CONSENT_WIDGET_WORDS: &[&str] = &[
    "onetrust",
    "cookiebot",
    "didomi",
    "usercentrics",
    "truste",
    "cookielaw",
];

/// Class/id words that mark the content itself: a score bonus for the element, and a
/// [`CONTENT_PART_WORDS`] chrome word in the same value names a part of it, not chrome.
/// `description` is a product's own text (`product-description`, `descriptionMore`).
pub const CONTENT_WORDS: &[&str] = &[
    "article",
    "content",
    "entry",
    "main",
    "post",
    "body",
    "story",
    "text",
    "blog",
    "prose",
    "richtext",
    "markdown",
    "page",
    "column",
    "detail",
    "details",
    "description",
    // The list a search or browse page exists for (`search-results`,
    // `search-result-items`).
    "results",
    "result",
];

/// Whole class/id tokens (not parts) that hide an element from every reader.
pub const HIDDEN_TOKENS: &[&str] = &[
    "hidden",
    "hide",
    "d-none",
    "invisible",
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "screenreader",
    "is-hidden",
    "u-hidden",
];

/// The id prefix of a server-streamed segment (React's `<div hidden id="S:…">`), which
/// the page's script moves into place on load: content, though marked `hidden`.
pub const STREAMED_SEGMENT_ID_PREFIX: &str = "S:";
/// The id prefix of a streamed segment's placeholder (`<template id="B:…">`), where the
/// segment is moved after parsing.
pub const STREAMED_PLACEHOLDER_ID_PREFIX: &str = "B:";

/// Chrome words that name a part of whatever component precedes them in the same class
/// token: `card-header`, `new-listing__header`, `AccordionHeader` are the title rows of
/// cards, listing items and folded FAQ answers; `accordion-item__dropdown` and
/// `accordion_drawer` are the folded answers themselves. Alone (`header`) or owned by the site
/// (`site-header`, [`SITE_PART_OWNERS`]) or by a post (`entry-header`, a content word:
/// the byline row), they stay chrome.
pub const COMPONENT_PART_WORDS: &[&str] = &["header", "dropdown", "drawer"];
/// Class parts naming a header: inside the main element holding the headline and
/// running prose, it is the content's opening, not chrome.
pub const HEADER_WORDS: &[&str] = &["header"];
/// Characters from which a paragraph in a header is running prose (a dek is one line,
/// a byline shorter).
pub const HEADER_PROSE_PARA_CHARS: usize = 80;
/// Prose paragraphs or list items that make a headline's header the content's opening.
pub const HEADER_MIN_PROSE_PARAS: usize = 2;
/// Class parts that make a following component part the site's own (`site-header`,
/// `global-header`, `sticky-header`): the page frame, not a piece of the content.
pub const SITE_PART_OWNERS: &[&str] = &[
    "site",
    "global",
    "main",
    "page",
    "top",
    "mobile",
    "desktop",
    "sticky",
    "fixed",
    "app",
    "layout",
    "brand",
    "primary",
    "secondary",
];
/// Chrome words that, beside a content word in the same class value, name a part of
/// that content, not chrome: the folded rest of a description (`descriptionMore`, a
/// "show more" expansion, not a "more stories" box), or the results of a search or
/// browse page (`search-results`, not a search box).
pub const CONTENT_PART_WORDS: &[&str] = &["more", "search"];

/// Class parts naming an embedded post or player (`social-media-embed`).
pub const EMBED_WORDS: &[&str] = &["embed", "embedded"];
/// Chrome words that, in the same class token as an [`EMBED_WORDS`] part, say what is
/// embedded (a social-media post quoted in the story), not that the element is the
/// page's share or follow buttons (`social-share`, `social-icons` keep their meaning).
pub const EMBED_SUBJECT_WORDS: &[&str] = &["social"];

/// Class parts of folded content (accordions, tabs, collapsible FAQ answers): hidden
/// until a click, but part of the page's content, so never pruned as hidden.
pub const FOLDED_WORDS: &[&str] = &[
    "accordion",
    "collapse",
    "collapsible",
    "tab",
    "tabs",
    "tabpanel",
    "panel",
    "faq",
    "expandable",
    "toggle",
    "details",
];

/// ARIA roles of page chrome.
pub const CHROME_ROLES: &[&str] = &[
    "navigation",
    "menu",
    "menubar",
    "banner",
    "contentinfo",
    "complementary",
    "dialog",
    "alertdialog",
    "search",
    "tablist",
    "toolbar",
    "alert",
];

/// Class/id words of a product's customer reviews (also chrome words): on a product
/// page they can outweigh the description, so there the share guard does not keep them.
pub const REVIEW_WORDS: &[&str] = &["reviews"];

/// Class/id words of reader-comment sections, kept apart for `--comments`.
pub const COMMENT_WORDS: &[&str] = &["comment", "comments", "disqus", "replies", "respond"];

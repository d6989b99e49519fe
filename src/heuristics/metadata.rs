//! Metadata heuristics: the word lists, patterns and thresholds the metadata phase uses,
//! each with its reason.

// The page-type, author and byline word lists live in their own files; their names stay
// reachable here, where the metadata code looks for them.
pub use super::authors::*;
pub use super::bylines::*;
pub use super::page_type::*;

/// Label/data meta pairs (`twitter:label1`…) read for a "Written by" label.
pub const LABELLED_META_PAIRS: usize = 4;
/// Labels that say the date after them is the publication date, in the languages of the
/// pages we read ("Posted on April 13, 2023", "Veröffentlicht am 4. Februar 2026").
pub const PUBLICATION_LABELS: &[&str] = &[
    "published",
    "posted",
    "post time",
    "post date",
    "date",
    "datum",
    "fecha",
    "publication date",
    "date published",
    "publié",
    "publiée",
    "veröffentlicht",
    "publicado",
    "publicada",
    "pubblicato",
    "gepubliceerd",
    "opublikowano",
    "publikováno",
    "yayınlanma",
    "yayın tarihi",
    "опубликовано",
    "公開日",
    "投稿日",
    "发布时间",
    "发表于",
    "發佈時間",
    "發表於",
    "입력",
    "게시",
    "julkaistu",
    "publicerad",
    "publiceret",
    "udgivet",
    "publisert",
    "publicat",
    "objavljeno",
    "zverejnené",
    "megjelent",
    "publikuota",
    "publicēts",
    "avaldatud",
    "опубліковано",
    "публикувано",
    "δημοσιεύθηκε",
    "diterbitkan",
    "נשלח",
    "פורסם",
    "نشر",
    "تاريخ النشر",
    "đăng",
    "ngày đăng",
];
/// Nodes read after a label standing alone ("Published") for the value it labels.
pub const LABEL_VALUE_SCAN_NODES: usize = 20;
/// The labelled publication date closest to the top wins; past this many labelled or
/// class-marked candidates the page is a list of posts, each with its own date.
pub const MAX_LABELLED_DATES: usize = 3;
/// Class words of a badge set inside a headline (a forum thread's "News" or "Solved"
/// prefix, Bootstrap's `label`/`badge`): not words of the headline itself.
pub const HEADLINE_BADGE_CLASSES: &[&str] = &["label", "badge"];
/// Separators between a headline and a site name in `<title>` and `og:title`.
pub const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " » ", " · ", " • ", " ~ ", " › ", " / ", " : ", "｜",
];
/// Titles (as `title::key` reads them: lower case, words only) that name where a page
/// sits on its site rather than the page: a front page's "Home", in several languages.
pub const HOME_TITLES: &[&str] = &[
    "home",
    "homepage",
    "home page",
    "startseite",
    "accueil",
    "inicio",
    "página inicial",
    "pagina iniziale",
];
/// Separator characters left at the end of a site's name by a title template whose page
/// part was empty ("Acme |", "Acme -"): trimmed, as they name nothing.
pub const SITE_NAME_TRAILERS: &[char] = &['|', '-', '–', '—', '»', '·', '•', ':', '~', '/', '｜'];
/// Separators that part a title from its site's name only when a part is that name: an
/// underscore ("标题_新闻网", as Chinese sites write it) also joins words in code.
pub const SITE_ONLY_SEPARATORS: &[&str] = &["_"];
/// Separators without spaces that part a title from its site's name only when all that
/// follows the last one is that name ("标题-新华网", "标题|人民网"): they join words too
/// ("COVID-19", "AI-Powered").
pub const SITE_TAIL_SEPARATORS: &[&str] = &["-", "|"];
/// Domain endings that make a title part (one word with a dot) a site's address
/// ("example.com"), which names the site, not the page; the commonest generic and
/// country endings.
pub const SITE_DOMAIN_ENDINGS: &[&str] = &[
    ".com", ".org", ".net", ".de", ".uk", ".io", ".fr", ".ru", ".jp", ".cn", ".es", ".it", ".nl",
    ".co", ".info", ".edu", ".gov",
];
/// A title tail this short (in words) is a site name even when it matches nothing.
pub const SITE_TAIL_MAX_WORDS: usize = 4;
/// A declared title's head before a separator, repeated alone on the page, has at least
/// this many words before the tail is cut ("News | Site" alone proves nothing).
pub const MIN_CONFIRMED_HEAD_WORDS: usize = 2;
/// Deepest heading level (`h1`–`h3`) at which a declared title's head counts as shown
/// on the page: a page's own name heads it, never a side box's `h4`.
pub const TITLE_HEADING_LEVELS: u8 = 3;
/// Most headings read when looking for a declared title's head shown as one.
pub const MAX_SHOWN_HEADINGS: usize = 200;
/// Fewest words of a declared title looked for in the page's text when it has no
/// `<h1>`: shorter titles ("Git", "NationStates") name sites and sections too.
pub const SHOWN_TITLE_MIN_WORDS: usize = 3;
/// A vertical bar never joins words in running prose: in a chosen title it sets the
/// headline apart from qualifiers ("… | Opinion", "… | Top 19 Companies", a site name).
pub const QUALIFIER_SEPARATOR: &str = " | ";
/// The headline before a [`QUALIFIER_SEPARATOR`] has at least this many words before the
/// qualifiers are cut ("Shop | Sofas" keeps both).
pub const MIN_QUALIFIED_HEAD_WORDS: usize = 2;
/// Most `<h1>` elements considered as headline candidates, or read when looking for a
/// declared title's head shown alone: a page with more is a list of them.
pub const MAX_H1: usize = 20;
/// Blocks from the top of the content searched for the headline and byline lines to
/// drop from the text.
pub const BYLINE_SEARCH_BLOCKS: usize = 8;
/// Containers climbed from a byline element to find the date stated beside it (the
/// byline's line, its meta row, the header block holding both).
pub const BYLINE_DATE_CLIMB: usize = 3;
/// Most characters of a byline's container read for its date: a byline row with its
/// date and links; a longer one is an author box or the article, whose dates are others'.
pub const BYLINE_DATE_CONTEXT_CHARS: usize = 300;
/// A byline block set on separate lines (a credit, a date) has at most this many.
pub const BYLINE_MAX_LINES: usize = 3;
/// A byline line has at most this many words; more is a sentence that names someone.
pub const BYLINE_MAX_WORDS: usize = 14;
/// Text nodes searched on each side of the headline for a visible date: the dateline
/// sits within a few lines of the title.
pub const NEAR_HEADLINE_NODES: usize = 80;
/// Levels climbed from a text to find the control that holds it (a button's label sits
/// in a span or two inside it).
pub const CONTROL_CLIMB: usize = 4;
/// ARIA roles of controls: a version picker's or a tab's label ("2026-02-25.clover") is
/// the control's state, never the page's date.
pub const CONTROL_ROLES: &[&str] = &["button", "tab", "menuitem", "option", "combobox"];
/// Longest text node read as a date line near the headline; longer is prose.
pub const DATE_LINE_CHARS: usize = 120;
/// Most text a sidebar beside the headline may hold and still be the post's meta column
/// (its date, author and topics): a sidebar of other posts' dates and titles is longer.
pub const META_COLUMN_CHARS: usize = 400;
/// A text this long is prose: a meta column sits between the headline and the prose,
/// and a sidebar after it (a docs page's "Last update" box) lends no date or byline.
pub const META_COLUMN_PROSE_CHARS: usize = 100;
/// Longest file extension cut from a slug ("guide.html", "list.aspx"); a longer tail
/// after a dot is part of the name.
pub const FILE_EXTENSION_MAX_CHARS: usize = 5;
/// Fewest distinct words an address's slug must hold to speak for a headline: one or
/// two ("/sofas", "/help-center") name a section as often as the page.
pub const SLUG_MIN_WORDS: usize = 3;
/// Least share of the slug's words an `<h1>` must hold to be the headline the slug
/// was written from.
pub const SLUG_HEADLINE_MIN_SHARE: f64 = 0.6;
/// Most words of an `<h1>` the slug may speak for: a longer one is a paragraph set as a
/// heading, which holds any slug's words.
pub const SLUG_HEADLINE_MAX_WORDS: usize = 20;
/// How much more of the slug the `<h1>` must hold than the declared title does before
/// it wins over it: slugs shorten and reorder a headline, so a near tie decides nothing.
pub const SLUG_SHARE_MARGIN: f64 = 0.2;
/// Token overlap above which two titles are the same headline.
pub const SAME_TITLE_OVERLAP: f64 = 0.7;
/// Least share of the longer title's words that the shorter must hold to agree with
/// it at all, unless it is the longer one's head: a lone word of a long title is a
/// section heading that happens to be named in it.
pub const SAME_TITLE_MIN_COVER: f64 = 0.25;
/// Field labels that forums and archives set before a headline ("Thread: …").
pub const HEADLINE_LABELS: &[&str] = &["thread", "title", "topic", "subject"];
/// Separators before a page marker at a title's end ("Pruning old pears - Page 3",
/// "…, page 2"): a title's separators, and a comma.
pub const PAGE_MARKER_SEPARATORS: &[&str] = &[" - ", " – ", " — ", " | ", ", "];
/// Words for "page" in the marker a paginated thread or archive appends to its title
/// ("(Page 2)", "- Page 3 of 7", "– Seite 2"): the page's number, not the headline's.
pub const PAGE_WORDS: &[&str] = &[
    "page",
    "seite",
    "página",
    "pagina",
    "pagine",
    "strona",
    "sayfa",
    "страница",
    "sivu",
    "side",
    "sida",
    "stránka",
    "oldal",
];
/// Longest plausible headline, in characters.
pub const MAX_TITLE_CHARS: usize = 300;
/// Permalink anchors documentation generators append to headings.
pub const PERMALINK_MARKS: &[char] = &['¶', '#', '§', '🔗'];

/// Class parts of a tag list.
pub const TAG_CLASS_WORDS: &[&str] = &["tags", "taglist", "tagged", "keywords", "schlagworte"];
/// Labels that open a tag list, lower case, in several languages.
pub const TAG_LABELS: &[&str] = &[
    "tags",
    "tagged",
    "tag:",
    "keywords",
    "schlagworte",
    "schlagwörter",
    "теги",
    "метки",
    "mots-clés",
    "mots clés",
    "étiquettes",
    "etiquetas",
    "etichette",
    "タグ",
];
/// Class parts of a category list.
pub const CATEGORY_CLASS_WORDS: &[&str] =
    &["categories", "category", "cat", "kategorie", "rubrique"];
/// Labels that open a category list, lower case, in several languages.
pub const CATEGORY_LABELS: &[&str] = &[
    "category",
    "categories",
    "categorized as",
    "categorised as",
    "filed under",
    "posted in",
    "kategorie",
    "rubrik",
    "catégorie",
    "rubrique",
    "categoría",
    "categoria",
    "рубрика",
    "категория",
    "カテゴリー",
    "カテゴリ",
];
/// Most links in a tag or category list: more is a menu.
pub const TERM_BOX_MAX_LINKS: usize = 20;
/// Longest text of a tag or category list.
pub const TERM_BOX_MAX_CHARS: usize = 400;
/// Longest heading inside a tag or category list ("Tags", "Filed under"); a longer one
/// is a post card's headline.
pub const TERM_LABEL_MAX_WORDS: usize = 3;
/// Longest tag or category name.
pub const TERM_MAX_CHARS: usize = 50;
/// Link texts of a term list that are no terms: its own label, a filter's "All", the
/// breadcrumb's "Home", a "View all" link (lower case).
pub const NOT_TERM_TEXTS: &[&str] = &[
    "tags",
    "categories",
    "category",
    "topics",
    "all",
    "home",
    "filter",
    "view all",
    "see all",
    "show all",
    "more",
];
/// The category a CMS files a post under when its author chose none (WordPress's
/// default, in the languages it ships): no category at all (lower case).
pub const DEFAULT_CATEGORY_NAMES: &[&str] = &[
    "uncategorized",
    "uncategorised",
    "non classé",
    "sin categoría",
    "senza categoria",
    "sem categoria",
    "nicht kategorisiert",
    "без рубрики",
    "geen categorie",
    "bez kategorii",
    "未分类",
    "未分類",
];
/// Class fragments of a site logo or brand element.
pub const BRAND_CLASS_WORDS: &[&str] = &["logo", "brand", "site-title", "site-name", "sitename"];
/// Distinct `key:` prefixes among a page's tags that make them a store of settings
/// (`locale: US`, `displayType: listicle`) rather than a reader's labelled kind.
pub const MACHINE_TAG_MIN_KEYS: usize = 2;
/// Longest site name read from a brand element, in words.
pub const BRAND_MAX_WORDS: usize = 6;
/// Class words of controls: a button styled in the brand's colours (`button-brand`,
/// `btn-brand`) is a sign-in or call-to-action, not the site's name.
pub const BRAND_CONTROL_CLASS_WORDS: &[&str] = &["button", "btn"];
/// Prefixes of utility classes that paint with the brand's colour (`text-brand`,
/// `bg-brand-50`, `focus:ring-brand-500`): any element may carry them.
pub const COLOUR_UTILITY_PREFIXES: &[&str] = &[
    "text-",
    "bg-",
    "border-",
    "ring-",
    "fill-",
    "stroke-",
    "from-",
    "to-",
    "via-",
    "outline-",
    "decoration-",
    "shadow-",
    "accent-",
    "caret-",
    "divide-",
    "placeholder-",
];
/// Words an image's `alt` adds to the site's name ("Acme Logo", "Logo of Acme", "Acme
/// logo image"): they describe the picture, not the site.
pub const BRAND_PICTURE_WORDS: &[&str] = &["logo", "logotype", "image", "img", "icon", "of"];
/// Texts a logo link carries instead of the site's name: where it leads or what it
/// does ("Home", "Homepage", "Back to home"), or a control beside it ("Menu", "Search").
pub const NOT_BRAND_TEXTS: &[&str] = &[
    "home",
    "homepage",
    "home page",
    "go to home",
    "back to home",
    "click to home",
    "go to homepage",
    "back to homepage",
    "menu",
    "search",
    "log in",
    "login",
    "sign in",
    "sign up",
    "header",
    "default",
    "store",
    "site",
    "website",
];
/// HTML tags a site may escape into a meta description ("&lt;p&gt;I did &lt;a …"): read
/// as markup, and dropped, only when the value closes one of them.
pub const ESCAPED_MARKUP_TAGS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "br",
    "blockquote",
    "cite",
    "code",
    "div",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "i",
    "img",
    "li",
    "ol",
    "p",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "u",
    "ul",
];
/// Most digits of a tag or category written in digits alone: a year ("2024") is a
/// topic, a longer number a record's id.
pub const TERM_MAX_DIGITS: usize = 4;
/// Openings of a logo link's label that say where the link leads ("Link to the Acme
/// Homepage", "Go to the Acme home page"): the site's name follows, if any.
pub const BRAND_LINK_OPENINGS: &[&str] = &[
    "link to the ",
    "link to ",
    "go to the ",
    "go to ",
    "return to the ",
    "return to ",
    "back to the ",
    "back to ",
];
/// Openings of a control's label that names no site ("Skip to content").
pub const NOT_BRAND_OPENINGS: &[&str] = &["skip to ", "jump to "];
/// Endings of a logo link's label after the site's name ("Acme Homepage", "Go to Acme
/// home"): where the link leads.
pub const BRAND_LINK_ENDINGS: &[&str] = &[" homepage", " home page", " home"];
/// Class parts of comment sections, sidebars, related-item boxes and customers'
/// testimonials: names and dates there belong to other items (a testimonial is signed
/// by the customer quoted), wherever they sit.
pub const ASIDE_WORDS: &[&str] = &[
    "comment",
    "comments",
    "sidebar",
    "related",
    "testimonial",
    "testimonials",
];
/// Class parts of a menu (the navigation words pruning reads, `NAVIGATION_WORDS`): an
/// element classed both as a menu and after a user or an author ("user-menu",
/// "author-dropdown") is navigation, not a byline.
pub const MENU_WORDS: &[&str] = super::NAVIGATION_WORDS;
/// Class parts of a footer: a site footer's names and dates are the site's, but an
/// article's own footer (inside its `<article>` or main element) holds its date, byline
/// and tags.
pub const FOOTER_WORDS: &[&str] = &["footer"];
/// Class parts of a price element.
pub const PRICE_WORDS: &[&str] = &["price"];
/// Class parts of a cart or basket element.
pub const CART_WORDS: &[&str] = &["cart", "basket", "addtocart"];

/// Class/id parts that mark a date element.
pub const DATE_WORDS: &[&str] = &[
    "date",
    "time",
    "published",
    "pubdate",
    "posted",
    "timestamp",
    "dateline",
    "meta",
    "byline",
];
/// Words before a date stamp's label ("First published", "Last updated", "Zuletzt
/// aktualisiert").
pub const DATE_STAMP_ORDINALS: &[&str] = &["first", "last", "zuletzt", "dernière", "última"];
/// Most words of a date stamp line ("Last updated on September 16th, 2023 at 09:27 am").
pub const DATE_STAMP_MAX_WORDS: usize = 12;
/// Words that label a shown date as an update, not the publication ("Updated: …",
/// "Zuletzt aktualisiert am …", "Mis à jour le …").
pub const MODIFICATION_LABELS: &[&str] = &[
    "updated",
    "modified",
    "aktualisiert",
    "mis à jour",
    "actualizado",
    "atualizado",
    "aggiornato",
    "bijgewerkt",
    "güncellendi",
    "обновлено",
    "更新",
];
/// Class/id/itemprop parts of a `<time>` that holds the publication date rather than an
/// update or another item's date.
pub const PUBLISHED_WORDS: &[&str] = &["published", "datePublished", "pubdate", "entry"];
/// Class/id/itemprop parts of an element holding a modification date ("Last modified",
/// "Updated"): not the publication date.
pub const MODIFIED_WORDS: &[&str] = &["modified", "updated", "dateModified", "lastmod"];
/// Ancestors of a `<time>` looked at for `MODIFIED_WORDS` (the time, its label's
/// wrapper, the line around them).
pub const MODIFIED_CLIMB: usize = 3;
/// Longest text read as a byline or date element.
pub const SHORT_ELEMENT_CHARS: usize = 200;
/// Elements scanned from the headline for a visible date.
pub const DATE_SCAN_ELEMENTS: usize = 400;
/// Characters of main text given to the language detector: enough for its trigrams, and
/// a bound on its cost for any page.
pub const LANGUAGE_SAMPLE_CHARS: usize = 3000;
/// Fewest letters in that sample for a language to be detected at all; menus and
/// one-line pages say too little.
pub const LANGUAGE_MIN_CHARS: usize = 120;

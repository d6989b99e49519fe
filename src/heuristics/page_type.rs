//! Page-type heuristics: the structure counts, word lists and address conventions that
//! decide a page's type before its text is read, each with its reason.

/// Repeated post containers that make a thread.
pub const FORUM_MIN_POSTS: usize = 3;
/// Class parts of a forum post container (phpBB, vBulletin, XenForo, Discourse, Q&A).
pub const FORUM_POST_WORDS: &[&str] = &[
    "postbody",
    "postbit",
    "postcontainer",
    "message",
    "answer",
    "topic",
];
/// Class parts of an FAQ block: its answers (`schema-faq-answer`, `faq-answer`) are the
/// page's own text, so a class naming one is no forum post, whatever `answer` says.
pub const FAQ_WORDS: &[&str] = &["faq", "faqs"];
/// Microdata item types (the tail of an `itemtype` URL) of a product: one such scope
/// on a page is the page's own product, as shops mark up their product template.
pub const PRODUCT_ITEMTYPES: &[&str] = &["schema.org/Product"];
/// Microdata item types of a thread: a question page with its answers, or a forum
/// post; like their JSON-LD forms, either makes the page a forum page.
pub const FORUM_ITEMTYPES: &[&str] = &["schema.org/QAPage", "schema.org/DiscussionForumPosting"];
/// `<body>` classes with which a CMS names the template it rendered one blog post or
/// news article with (WordPress `single-post`; Drupal's article content type,
/// `page-node-type-article`, `node-type-article` before Drupal 8; a product, a page or a
/// forum topic gets another): the site's own word that the page is an article,
/// whatever products its review declares or whatever card grid its footer holds.
pub const POST_TEMPLATE_CLASSES: &[&str] =
    &["single-post", "page-node-type-article", "node-type-article"];
/// `<body>` classes of a CMS's archive of posts by one term (WordPress `category`,
/// `tag`, `author` and `date` archives), each read only beside the archive template's
/// own `archive` class (`ARCHIVE_TEMPLATE_CLASS`): a listing of posts.
pub const POST_ARCHIVE_TEMPLATE_CLASSES: &[&str] = &["category", "tag", "author", "date"];
/// The `<body>` class WordPress gives every archive template, beside the term's.
pub const ARCHIVE_TEMPLATE_CLASS: &str = "archive";
/// `<body>` classes of a CMS's page of one taxonomy term, which lists the posts filed
/// under it (Drupal's `path-taxonomy`, `page-taxonomy-term`): a listing on its own.
pub const TERM_TEMPLATE_CLASSES: &[&str] = &["path-taxonomy", "page-taxonomy-term"];
/// `<body>` classes of a shop's category template: WooCommerce (`tax-product_cat`,
/// `tax-product_tag`, `post-type-archive-product`), PrestaShop (`page-category`),
/// Magento (`catalog-category-view`), Shopify (`template-collection`). The shop's own
/// word that the page lists a category's products.
pub const SHOP_CATEGORY_TEMPLATE_CLASSES: &[&str] = &[
    "tax-product_cat",
    "tax-product_tag",
    "post-type-archive-product",
    "page-category",
    "catalog-category-view",
    "template-collection",
];
/// `<body>` classes of a shop's product template: WooCommerce (`single-product`),
/// PrestaShop (`page-product`), Magento (`catalog-product-view`), Shopify
/// (`template-product`).
pub const PRODUCT_TEMPLATE_CLASSES: &[&str] = &[
    "single-product",
    "page-product",
    "catalog-product-view",
    "template-product",
];
/// Repeated price elements that make a product grid.
pub const COLLECTION_MIN_PRICES: usize = 6;
/// Dated items (`<time>`) that make an undeclared front page its site's index (a news
/// front, a blog's latest posts) rather than its landing page.
pub const FRONT_PAGE_LISTING_MIN_TIMES: usize = 10;
/// Post dates (`<time>`) that, with repeated post containers, make a thread.
pub const FORUM_MIN_TIMES: usize = 3;
/// Sibling posts, each holding its poster's name and its body, that make a thread
/// without `<time>` elements (older boards print dates as text). An article's comments
/// are classed as comments, not posts; on wcxb-dev no page but a thread has 4 such.
pub const FORUM_MIN_POST_UNITS: usize = 4;
/// Code blocks (`<pre>`) that make a page documentation: prose pages rarely show two.
pub const DOCS_MIN_PRE: usize = 2;
/// Site generators (the first word of `<meta name=generator>`) built to publish
/// documentation: Sphinx (through Docutils), MkDocs, Docusaurus, GitBook, Starlight,
/// bookdown, VitePress, VuePress, DocFX, Antora, Nextra, Docsify, rustdoc and DokuWiki
/// (a wiki engine for manuals and knowledge bases). A page they build is documentation,
/// dated (a revision stamp) or signed (a book's author) or not.
pub const DOCS_GENERATORS: &[&str] = &[
    "docutils",
    "sphinx",
    "mkdocs",
    "docusaurus",
    "gitbook",
    "starlight",
    "bookdown",
    "vitepress",
    "vuepress",
    "docfx",
    "antora",
    "nextra",
    "docsify",
    "rustdoc",
    "dokuwiki",
];
/// Forum software that names itself in `<meta name=generator>`: a page it builds that
/// holds a post container is a thread, however few its posts (a thread of two replies
/// shows too few for the structural count).
pub const FORUM_GENERATORS: &[&str] = &[
    "vbulletin",
    "discourse",
    "phpbb",
    "xenforo",
    "mybb",
    "flarum",
    "nodebb",
    "fluxbb",
    "punbb",
];
/// Blog software that names itself in `<meta name=generator>`: a page it builds and
/// declares an article (`og:type=article`) is a post, however its comment thread looks
/// like a forum's posts (a board built on one of them is told by its thread address).
pub const BLOG_GENERATORS: &[&str] = &["wordpress", "ghost", "blogger", "hugo", "jekyll"];
/// Path segments under which sites publish their documentation ("/docs/", "/api/",
/// "/manual/"): an address under one is a documentation page, dated or not.
pub const DOCS_PATH_SEGMENTS: &[&str] = &[
    "doc",
    "docs",
    "documentation",
    "manual",
    "reference",
    "api",
    "handbook",
    "usersguide",
];
/// Path segments under which businesses list what they offer ("/services/…",
/// "/solutions/…"): a page there is a service page unless it declares an article.
pub const SERVICE_PATH_SEGMENTS: &[&str] = &["service", "services", "solution", "solutions"];
/// Path directories under which shops list a category's products ("/collections/…",
/// "/c/…", "/browse/…"): a page there is a shop's collection unless its own signals
/// say product, or its text reads as prose.
pub const SHOP_PATH_SEGMENTS: &[&str] = &["collections", "c", "browse", "cat"];
/// Route names under which forum engines address a thread by its number: Discourse
/// "/t/slug/123", Flarum "/d/123-slug", XenForo "/threads/slug.123", Reddit
/// "/comments/abc123/slug", Vanilla "/discussion/123/slug", Stack Exchange
/// "/questions/123/slug".
pub const FORUM_THREAD_SEGMENTS: &[&str] = &[
    "t",
    "d",
    "thread",
    "threads",
    "topic",
    "comments",
    "discussion",
    "discussions",
    "questions",
];
/// Directories that hold a board's threads ("/forums/topic/slug/", as bbPress addresses
/// a topic, "/community/thread/slug"): a thread route right under one of them is a
/// thread's, slug alone or not.
pub const FORUM_ROOT_SEGMENTS: &[&str] = &[
    "forum",
    "forums",
    "discussions",
    "community",
    "board",
    "boards",
];
/// File stems of the scripts that show one thread on classic board software (phpBB,
/// FluxBB and punBB "viewtopic.php", vBulletin and MyBB "showthread.php", Invision
/// "showtopic"): with a query, the address is a thread's.
pub const FORUM_THREAD_SCRIPTS: &[&str] = &["viewtopic", "showthread", "showtopic", "viewthread"];
/// Path directories under which shops address one product's own page: a singular
/// "/product/…", Amazon's "/dp/…", eBay's "/itm/…", a "/pdp/…" (product detail page).
/// Category pages sit under plurals or other names ("/products/" is both, and not
/// listed).
pub const PRODUCT_PATH_SEGMENTS: &[&str] = &["product", "dp", "itm", "pdp"];
/// Path directories under which sites publish their posts ("/blog/slug",
/// "/articles/slug"): a page there is a post, whatever its comments or its shop strips
/// look like.
pub const POST_PATH_SEGMENTS: &[&str] = &["blog", "blogs", "article", "articles"];
/// Last path segments of a blog's or a newsroom's index ("/blog/", "/news"): the
/// page lists the posts under it.
pub const INDEX_PATH_ENDS: &[&str] = &[
    "blog", "blogs", "news", "newsroom", "articles", "posts", "stories",
];
/// Path segments of a blog's archives ("/blog/category/news", "/blog/page/2",
/// "/blog/tag/rust"): a list of posts, not one.
pub const ARCHIVE_PATH_SEGMENTS: &[&str] = &[
    "category",
    "categories",
    "tag",
    "tags",
    "page",
    "author",
    "authors",
    "archive",
    "archives",
];
/// First host labels of documentation sites ("docs.example.com").
pub const DOCS_HOST_LABELS: &[&str] = &["doc", "docs", "developer", "developers", "manual"];
/// Class/id parts a documentation site names its own parts with (`docs-sidebar`,
/// `docs-content`, `doc-nav`).
pub const DOCS_CLASS_WORDS: &[&str] = &["doc", "docs", "documentation"];
/// Elements named with `DOCS_CLASS_WORDS` that make a page documentation, dated or not
/// (docs sites stamp a "last updated" date on every page): an article that links to a
/// product's docs names one or two such elements, a docs page its sidebar, its content
/// column, its navigation and more.
pub const DOCS_MIN_MARKED_ELEMENTS: usize = 5;
/// Inline `<code>` spans that make a page documentation.
pub const DOCS_MIN_CODE: usize = 15;
/// Price elements that mark a shop page.
pub const SHOP_MIN_PRICES: usize = 3;
/// Cart/basket elements that mark a shop page.
pub const SHOP_MIN_CART: usize = 3;
/// Same-shaped sibling cards (each a link with a heading or image) that make a grid.
pub const GRID_MIN_CARDS: usize = 10;
/// Paragraph text above which a page with a grid is still an authored text.
pub const GRID_MAX_PROSE_CHARS: usize = 6000;
/// Linked headings that make an index of entries.
pub const LISTING_MIN_LINKED_HEADINGS: usize = 5;
/// Share of all headings that must be links on an index page.
pub const LISTING_LINKED_HEADING_SHARE: f64 = 0.6;
/// Long paragraphs that make an undated, unsigned page an article: an essay or guide
/// reads as prose, a service page as short sales blurbs between headings.
pub const ARTICLE_MIN_LONG_PARAS: usize = 10;
/// Longest text node read as a shown price ("From $129.00", "Sale price €24,90"): a
/// longer text that names a sum is a sentence ("raised $50M from investors").
pub const PRICE_TEXT_MAX_BYTES: usize = 40;
/// Currency signs that mark a price beside a number.
pub const CURRENCY_SIGNS: &[char] = &['$', '€', '£', '¥', '₹', '₩', '₽', '₺', '₴', '₱', '฿', '₫'];
/// What follows a subscription's price ("$29 /month", "€9 per user", "12 € / Monat"),
/// lower case, spaces dropped: a plan's price, which a service charges, not an item's.
pub const RECURRING_PRICE_SUFFIXES: &[&str] = &[
    "/mo", "permonth", "amonth", "monthly", "/yr", "/year", "peryear", "ayear", "annually",
    "/user", "peruser", "/seat", "perseat", "/monat", "promonat", "/mois", "parmois", "/mes",
    "almes", "pormes",
];
/// Shown prices of a subscription that make a priced page a service's plans rather than
/// a shop's items, when they are also at least half of its shown prices.
pub const PLAN_MIN_RECURRING_PRICES: usize = 2;
/// Ancestors of a heading looked at for a wrapping link (`<a><h3>…</h3></a>`).
pub const HEADING_LINK_DEPTH: usize = 3;
/// A paragraph this long is running prose, not a blurb or a call to action.
pub const LONG_PARAGRAPH_CHARS: usize = 200;
/// Fewest element children for a list of cards.
pub const MIN_CARD_CHILDREN: usize = 3;
/// Long paragraphs in the text read that make a page prose, whatever teaser grid or shop
/// strip elsewhere on it made it look like an index or a shop.
pub const PROSE_MIN_LONG_PARAS: usize = 10;
/// Characters of read text per heading at or below which an undated, unsigned page is a
/// service page's short sections (an article runs far longer between its headings).
pub const SECTIONED_CHARS_PER_HEADING: usize = 400;
/// Blocks of the read text that show a price from which an index shape is a shop's grid
/// (a collection), not a publisher's listing.
pub const SHOP_MIN_PRICED_BLOCKS: usize = 10;
/// Lines of the read text that are mostly a link, from which a page read as prose is an
/// index (a list of stories, jobs, courses or threads whose entries each link to a page).
pub const INDEX_MIN_LINKED_LINES: usize = 6;
/// Share of the read text's lines that must be mostly a link for it to be an index: an
/// article links words inside its sentences, an index links whole entries.
pub const INDEX_LINKED_LINE_SHARE: f64 = 0.3;
/// Question words that open a headline asking what the page explains ("What is mesh
/// Wi-Fi", "How to prune", "Was ist", "Comment choisir", "Cómo elegir"), compared with a
/// space after them.
pub const EXPLAINER_OPENINGS: &[&str] = &[
    "what",
    "what's",
    "why",
    "how",
    "when",
    "where",
    "which",
    "who",
    "is",
    "are",
    "can",
    "should",
    "does",
    "was ist",
    "wie",
    "warum",
    "comment",
    "pourquoi",
    "qu'est-ce",
    "qué es",
    "cómo",
    "por qué",
];
/// First-person words of a headline that speaks for the business ("What we do", "Who
/// we are", "Why choose us?", "How our crews work"): a service page's, not an explainer's.
pub const SELF_WORDS: &[&str] = &[
    "we", "we're", "we've", "us", "our", "ours", "wir", "uns", "unsere", "nous", "notre", "nos",
    "nosotros", "nuestro", "nuestra", "nuestros",
];
/// Longest of [`SELF_WORDS`] in bytes ("nosotros"; "we’re" with a curly apostrophe is
/// seven): a longer word is none of them.
pub const SELF_WORD_MAX_BYTES: usize = 8;
/// Share of the read text's words that are [`SELF_WORDS`] ("we", "our", "us") at or
/// above which an undated, unsigned page speaks for a business, as a service page does;
/// an article reports or explains, and says "we" far less.
pub const SELF_VOICE_SHARE: f64 = 0.015;
/// Nouns a headline counts when it lists advice ("7 ways to…", "Top 10 tips").
pub const EXPLAINER_LIST_NOUNS: &[&str] = &[
    "ways",
    "tips",
    "reasons",
    "things",
    "steps",
    "signs",
    "ideas",
    "mistakes",
    "questions",
];
/// Words of a headline that calls itself an explanation.
pub const EXPLAINER_WORDS: &[&str] = &[
    "guide",
    "tips",
    "explained",
    "checklist",
    "tutorial",
    "beginner",
    "beginners",
    "beginner's",
];
/// Keys of a JSON-LD `Product` that identify an item on sale (compared without case:
/// "Offers" and "Model" occur): an offer, a stock or part number, a barcode, a picture,
/// its variants. A `Product` with none of them that carries only a rating is a badge:
/// sites mark up their business or a category page as a product to have stars shown
/// in search results, and it settles nothing about the page.
pub const PRODUCT_IDENTITY_KEYS: &[&str] = &[
    "offers",
    "sku",
    "mpn",
    "gtin",
    "gtin8",
    "gtin12",
    "gtin13",
    "gtin14",
    "productid",
    "image",
    "hasvariant",
    "model",
];
/// Keys of a rating on a JSON-LD node: what a rating badge carries.
pub const RATING_KEYS: &[&str] = &["aggregaterating", "review"];

//! Metadata heuristics: the word lists, patterns and thresholds the metadata phase uses,
//! each with its reason.

// The page-type thresholds and word lists live in their own file; their names stay
// reachable here, where the metadata code looks for them.
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
/// Labels that name an author explicitly (unlike "by", "von" or "from", which running
/// text uses too): searched for anywhere outside comments, sidebars and footers when
/// no byline is found near the headline, as author boxes close many articles.
pub const AUTHOR_LABELS: &[&str] = &[
    "written by",
    "article by",
    "posted by",
    "words by",
    "story by",
    "recipe by",
    "author:",
    "authors:",
    "author(s)",
    "contributor:",
    "contributors:",
    "autor:",
    "autorin:",
    "auteur:",
    "autore:",
    "yazar:",
    "автор:",
    "著者：",
    "著者:",
    "verfasst von",
    "geschrieben von",
    "escrito por",
    "écrit par",
    "scritto da",
    "geschreven door",
    "skrevet af",
    "skrevet av",
    "napisał",
    "napisała",
    "scris de",
    "tekijä:",
    "írta:",
    "autorius:",
    "autors:",
    "avtor:",
    "piše:",
    "作者：",
    "作者:",
    "מאת",
    "بقلم",
];

/// Words that introduce a byline, in several languages; stripped from the front.
pub const BYLINE_PREFIXES: &[&str] = &[
    "written by",
    "posted by",
    "published by",
    "reviewed by",
    "story by",
    "words by",
    "text by",
    "reporting by",
    "by",
    "von",
    "par",
    "por",
    "di",
    "da",
    "door",
    "av",
    "af",
    "autor:",
    "author:",
    "authors:",
    "autorin:",
    "auteur:",
    "autore:",
    "yazar:",
    "by:",
    "text:",
    "from",
    "author",
    "автор:",
    "автор",
    "著者：",
    "著者:",
    "著者",
    "投稿者：",
    "投稿者:",
    "文・",
    "作者：",
    "verfasst von",
    "geschrieben von",
    "écrit par",
    "escrito por",
    "scritto da",
    "geschreven door",
    "skrevet af",
    "skrevet av",
    "napisał",
    "napisała",
    "napsal",
    "napsala",
    "scris de",
    "tekijä:",
    "írta:",
    "autorius:",
    "autors:",
    "avtor:",
    "piše:",
    "oleh",
    "bởi",
    // Greek writes "by" as the genitive article before a name in the genitive.
    "του",
    "της",
    "מאת",
    "بقلم",
    "كتب",
    "记者",
    "記者",
    "本报记者",
];

/// Job titles and roles stripped from names ("Jane Roe, Staff Writer").
pub const ROLES: &[&str] = &[
    "staff writer",
    "staff writers",
    "senior writer",
    "contributing writer",
    "writer",
    "writers",
    "reporter",
    "reporters",
    "correspondent",
    "editor",
    "editors",
    "senior editor",
    "managing editor",
    "contributor",
    "columnist",
    "journalist",
    "redakteur",
    "redakteurin",
    "photographer",
    "analyst",
    "guest author",
    "author",
    "staff",
    // Korean, Japanese and Chinese bylines put the role after the name ("김철수 기자").
    "기자",
    "특파원",
    "記者",
    "记者",
];

/// Nouns of job titles: a byline piece after a name that holds one is that person's
/// title ("Jane Roe, Home and Digital Security Expert", "John Doe, Sr. Director of
/// Operations"), not another author.
pub const ROLE_NOUNS: &[&str] = &[
    "expert",
    "specialist",
    "director",
    "manager",
    "officer",
    "founder",
    "cofounder",
    "ceo",
    "cto",
    "president",
    "strategist",
    "consultant",
    "advisor",
    "adviser",
    "editor",
    "writer",
    "reporter",
    "correspondent",
    "contributor",
    "columnist",
    "analyst",
    "journalist",
    "photographer",
    "producer",
    "coordinator",
    "redakteur",
    "redakteurin",
    "experte",
    "expertin",
    "rédacteur",
    "rédactrice",
    "journaliste",
    "redactor",
    "redactora",
    "periodista",
];

/// Collective roles: after a name they make a group byline ("EcoCult Staff", "The
/// Currency editors"), which is kept whole rather than cut to the bare organisation.
pub const COLLECTIVE_ROLES: &[&str] = &[
    "staff",
    "editors",
    "writers",
    "reporters",
    "staff writers",
    "team",
];

/// Words that mark an organisation or a placeholder rather than a person.
pub const NOT_PERSON: &[&str] = &[
    "admin",
    "administrator",
    "press",
    "media",
    "inc",
    "ltd",
    "llc",
    "gmbh",
    "associated",
    "reuters",
    "afp",
    "dpa",
    "wire",
    "services",
    "share",
    "facebook",
    "twitter",
    "linkedin",
    "email",
    "print",
    "comments",
    "copy",
    "link",
    "follow",
    "subscribe",
    "guest",
    "anonymous",
    "unknown",
    // A script's empty value printed as text.
    "undefined",
    "null",
    "webmaster",
    "user",
    "moderator",
    "partner",
    "sponsored",
];

/// Lower-case words that names carry ("Ludwig van Beethoven", "Ana de la Cruz"); any
/// other lower-case word makes a visible "name" a phrase.
pub const NAME_PARTICLES: &[&str] = &[
    "van", "der", "den", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la",
    "le", "von", "zu", "ten", "ter", "bin", "binti", "ibn", "al", "el", "y", "e", "af",
];
/// A one-word "name" of at most this many letters, all capitals, is initials (an
/// avatar's "NB"), not a name.
pub const MAX_INITIALS: usize = 2;
/// Microdata scopes (`itemprop`) whose authors are not the page's: reviews, comments,
/// answers.
pub const NOT_PAGE_AUTHOR_SCOPES: &[&str] = &["review", "comment", "suggestedAnswer"];
/// Microdata item types (the tail of an `itemtype` URL) whose authors are not the
/// page's.
pub const NOT_PAGE_AUTHOR_TYPES: &[&str] = &["Review", "Comment", "Answer"];
/// Nodes read while looking for a microdata author: it sits near the top of the post.
pub const MICRODATA_SCAN_NODES: usize = 20_000;
/// Longest plausible person name, in words.
pub const MAX_NAME_WORDS: usize = 5;
/// Longest plausible person name, in characters.
pub const MAX_NAME_CHARS: usize = 60;

/// Words left after a name by `by X on <date>` or `by X in <section>`: cut from its end.
pub const NAME_TRAILING_WORDS: &[&str] = &[
    "on",
    "at",
    "in",
    "am",
    "le",
    "el",
    "il",
    "the",
    "published",
    "updated",
    "posted",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "asked",
    "answered",
    "edited",
    "modified",
    "wrote",
    "said",
    "replied",
    "commented",
];

/// Class/id/itemprop/rel parts that mark a byline or author element, in several languages.
pub const BYLINE_WORDS: &[&str] = &[
    "byline",
    "author",
    "authors",
    "writer",
    "creator",
    "contributor",
    "autor",
    "autoren",
    "auteur",
    "autore",
    "autores",
    "signature",
    "postauthor",
    "kisha",
];
/// Class parts of the poster's name in a forum post.
pub const FORUM_AUTHOR_WORDS: &[&str] = &["username", "poster", "postauthor", "author", "user"];
/// Path segments of author pages ("/author/jane-roe"): a link there names an author.
pub const AUTHOR_LINK_PATHS: &[&str] = &[
    "/author/",
    "/authors/",
    "/autor/",
    "/autores/",
    "/auteur/",
    "/auteurs/",
    "/autore/",
    "/autori/",
    "/writers/",
    "/staff/",
    "/profile/",
    "/contributors/",
];
/// Longest text read as a byline element.
pub const BYLINE_MAX_CHARS: usize = 200;
/// Longest line read as a byline when it only starts with a byline word.
pub const BYLINE_LINE_MAX_CHARS: usize = 120;
/// Text nodes after the headline searched for a "By …" line.
pub const BYLINE_NEAR_HEADLINE_NODES: usize = 60;
/// Whole "names" that are interface words next to bylines, not people.
pub const NOT_A_NAME: &[&str] = &[
    "the",
    "post",
    "posts",
    "full bio",
    "bio",
    "member login",
    "login",
    "log in",
    "sign in",
    "articles",
    "view profile",
    "profile",
    "about",
    "about the author",
    "read more",
    "more",
    "all posts",
    "view all posts",
    "see all",
    "home",
    "menu",
    "search",
    "reply",
    "quote",
    // A weekday's abbreviation left of a date cut from a dated byline ("Sat, 20 Dec,
    // 2025"); whole weekday names are in `NAME_TRAILING_WORDS`.
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];

/// Class words of a badge set inside a headline (a forum thread's "News" or "Solved"
/// prefix, Bootstrap's `label`/`badge`): not words of the headline itself.
pub const HEADLINE_BADGE_CLASSES: &[&str] = &["label", "badge"];
/// Separators between a headline and a site name in `<title>` and `og:title`.
pub const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " » ", " · ", " • ", " ~ ", " › ", " / ", " : ", "｜",
];
/// Separators that part a title from its site's name only when a part is that name: an
/// underscore ("标题_新闻网", as Chinese sites write it) also joins words in code.
pub const SITE_ONLY_SEPARATORS: &[&str] = &["_"];
/// A title tail this short (in words) is a site name even when it matches nothing.
pub const SITE_TAIL_MAX_WORDS: usize = 4;
/// A declared title's head before a separator, repeated alone on the page, has at least
/// this many words before the tail is cut ("News | Site" alone proves nothing).
pub const MIN_CONFIRMED_HEAD_WORDS: usize = 2;
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
/// Longest text node read as a date line near the headline; longer is prose.
pub const DATE_LINE_CHARS: usize = 120;
/// Token overlap above which two titles are the same headline.
pub const SAME_TITLE_OVERLAP: f64 = 0.7;
/// Least share of the longer title's words that the shorter must hold to agree with
/// it at all, unless it is the longer one's head: a lone word of a long title is a
/// section heading that happens to be named in it.
pub const SAME_TITLE_MIN_COVER: f64 = 0.25;
/// Field labels that forums and archives set before a headline ("Thread: …").
pub const HEADLINE_LABELS: &[&str] = &["thread", "title", "topic", "subject"];
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
/// Class fragments of a site logo or brand element.
pub const BRAND_CLASS_WORDS: &[&str] = &["logo", "brand", "site-title", "site-name", "sitename"];
/// Longest site name read from a brand element, in words.
pub const BRAND_MAX_WORDS: usize = 6;
/// Class parts of comment sections, sidebars and related-item boxes: names and dates
/// there belong to other items, wherever they sit.
pub const ASIDE_WORDS: &[&str] = &["comment", "comments", "sidebar", "related"];
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

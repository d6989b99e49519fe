//! Labels found by their text: an ad slot's label, a table of contents' title, a
//! control's caption, a reading time, a counter's tally, a reply's subject prefix (the
//! titles of recommendation strips and author boxes are in `strips.rs`). Compared
//! lower-cased, as whole lines or line beginnings; each list spans the languages of the
//! web's largest news markets.

/// Whole-line labels of ad slots and paid placements, in the languages of the web's
/// largest news markets, compared lower-cased with trailing `.`/`:` removed. A block
/// that says only this is the label of something already pruned, never content.
pub const AD_LABELS: &[&str] = &[
    "sponsored links",
    "advertisement",
    "advert",
    "advertising",
    "ad",
    "ads",
    "sponsored",
    "paid content",
    "anzeige",
    "werbung",
    "publicité",
    "publicidad",
    "publicidade",
    "pubblicità",
    "reklama",
    "reklam",
    "reklame",
    "annons",
    "annonce",
    "hirdetés",
    "oglas",
    "reklāma",
    "reklaam",
    "advertorial",
    "advertentie",
    "annonse",
    "mainos",
    "iklan",
    "реклама",
    "gesponsert",
    "sponsorisé",
    "patrocinado",
    "quảng cáo",
    "โฆษณา",
    "إعلان",
    "פרסומת",
    "διαφήμιση",
    "広告",
    "广告",
    "광고",
];
/// Whole-line titles of a page's own table of contents, compared as [`AD_LABELS`]: the
/// contents list is navigation (its links lead to the headings the text already shows),
/// so a block that says only this titles navigation, never content.
pub const CONTENTS_LABELS: &[&str] = &[
    "table of contents",
    "contents",
    "contents hide",
    "contents [hide]",
    "table of content",
    "article contents",
    "page contents",
    "in this article",
    "in this post",
    "on this page",
    "jump to",
    "jump to section",
    "inhaltsverzeichnis",
    "inhalt",
    "sommaire",
    "table des matières",
    "índice",
    "indice",
    "sumário",
    "inhoudsopgave",
    "spis treści",
    "obsah",
    "içindekiler",
    "содержание",
    "目次",
    "目录",
    "목차",
];
/// Whole-line placeholders a script shows until it draws its widget (a price, a
/// shipping estimate, a review list), compared as [`AD_LABELS`]: what they stand for is
/// not in the served page, and the placeholder itself is never content.
pub const PLACEHOLDER_LABELS: &[&str] = &[
    "loading",
    "loading…",
    "loading, please wait",
    "please wait",
    "wird geladen",
    "lädt",
    "chargement",
    "chargement en cours",
    "cargando",
    "carregando",
    "caricamento",
    "laden",
    "yükleniyor",
    "загрузка",
    "読み込み中",
    "加载中",
];
/// Whole-line labels of controls (share, close, expand, buy buttons, filters) and of a
/// tag list, compared as [`AD_LABELS`]: a block that says only this is a widget's
/// caption, never content. Labels a value can follow on the next line ("By", "Author")
/// are not here: a list of books prints "by" above each writer's name.
pub const CONTROL_LABELS: &[&str] = &[
    "subscribe",
    "post comment",
    "related tags",
    // A review widget's label over its stars, a toggle's caption, a shop's pointers.
    "rating",
    "expand description",
    "currently viewing",
    "where to buy",
    // A recommendation strip's title alone on its line (not a strip title: the strip
    // mechanism is kept for the titles measured safe there).
    "you might like",
    "just for you",
    "discover more",
    "blog",
    // A trending bar's title, alone on its line (as a strip's title it would take the
    // text after it: pages print it above the story too).
    "trending news",
    "print this page",
    "print this article",
    "print page",
    // A wiki's section edit link, set on a line of its own after the heading.
    "[edit]",
    "[edit source]",
    "[ edit ]",
    "share",
    "share this",
    "share this article",
    "share this post",
    "share this story",
    "close",
    "x",
    "quote",
    "reply",
    "email",
    "print",
    "read more",
    "continue reading",
    "read full article",
    "read the full article",
    "show more",
    "show less",
    "see more",
    "see all",
    "view all",
    "contact us",
    "follow us",
    "click to expand",
    "click to shrink",
    "play video",
    "show caption",
    "hide caption",
    // A photo's caption toggle, printed above the story.
    "caption",
    "hide",
    "share it",
    "share it!",
    "download now",
    // Navigation left alone: a breadcrumb's first step, a sort control, a links box.
    "home",
    "sort",
    "sort by",
    "quick links",
    // A consent manager's links.
    "manage privacy preferences",
    "privacy preferences",
    "manage preferences",
    "cookie settings",
    "cookie preferences",
    "manage cookies",
    "your privacy choices",
    // A product card's badges.
    "new",
    "sale",
    "free shipping",
    "best seller",
    "bestseller",
    "new arrival",
    "coming soon",
    "limited edition",
    // A post's own controls on board software (Invision's permalink and share links).
    "link to comment",
    "share on other sites",
    // A poster's badges.
    "author",
    "original poster",
    "original post",
    "view more",
    "load more",
    "add to cart",
    "add to bag",
    "add to basket",
    "compare",
    "add to compare",
    "back to top",
    "filter",
    "filters",
    "tags",
    "teilen",
    "weiterlesen",
    "partager",
    "lire la suite",
    "compartir",
    "leer más",
    "condividi",
    "leggi di più",
];
/// Words of a reading-time estimate after its number ("4 min read", "12 minutes read"):
/// a line that is only that is a widget, never content.
pub const READING_TIME_WORDS: &[&str] = &[
    "min",
    "mins",
    "minute",
    "minutes",
    "minuto",
    "minutos",
    "minuti",
    "minuten",
    "minuut",
    "minuty",
    "minut",
    "dakika",
    "минута",
    "минуты",
    "минут",
    "мин",
];
/// Names of a reading-time estimate, before its count ("Reading time: 5 minutes",
/// "Tempo de leitura: 2 minutos", "Lesezeit: 4 Minuten").
pub const READING_TIME_NAMES: &[&str] = &[
    "reading time",
    "read time",
    "tempo de leitura",
    "tiempo de lectura",
    "tempo di lettura",
    "temps de lecture",
    "lesezeit",
    "leestijd",
    "czas czytania",
    "doba čtení",
    "okuma süresi",
    "время чтения",
];
/// Units of a relative timestamp ("2 days ago", "vor 3 Stunden"): a line that is only
/// that dates a post or a comment in its widget, never content.
pub const RELATIVE_TIME_UNITS: &[&str] = &[
    "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "hr", "hrs", "hour",
    "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "sekunden",
    "minute", "minuten", "stunde", "stunden", "tag", "tagen", "woche", "wochen", "monat",
    "monaten", "jahr", "jahren",
];
/// What a post's, a poster's or a story's counters count ("2 likes", "14 replies",
/// "1.2k views", "Posts: 31"): a line that is only a number and one of these is a
/// widget's tally, never content.
pub const COUNTER_WORDS: &[&str] = &[
    "post",
    "posts",
    "message",
    "messages",
    "like",
    "likes",
    "reply",
    "replies",
    "view",
    "views",
    "comment",
    "comments",
    "point",
    "points",
    "vote",
    "votes",
    "upvote",
    "upvotes",
    "share",
    "shares",
    "reaction",
    "reactions",
    "antworten",
    "aufrufe",
    "kommentare",
    "réponses",
    "vues",
    "commentaires",
    "respuestas",
    "visitas",
    "comentarios",
    "risposte",
    "commenti",
];
/// The opening words of the typesetters' filler text: a block that starts so is a
/// template's placeholder left unfilled, never content.
pub const FILLER_OPENING: &str = "lorem ipsum";
/// A block that is one short phrase (at most this many words) said over and over is a
/// ticker's or a marquee's band ("Book now * Book now * …"), repeated to fill the width.
pub const MARQUEE_MAX_PHRASE_WORDS: usize = 6;
/// Fewest repeats of that phrase: a table's header may say "Order now" five times, no
/// text says the same phrase ten times running.
pub const MARQUEE_MIN_REPEATS: usize = 10;
/// Longest block (bytes) read as a content system's shortcode left unrendered
/// ("[button link=… type=big]Send us your review[/button]", "[convertkit form=163]"):
/// a widget the page failed to draw, not text.
pub const SHORTCODE_MAX_BYTES: usize = 400;
/// Longest shortcode name ("convertkit", "contact-form-7").
pub const SHORTCODE_MAX_NAME: usize = 32;
/// Blocks longer than this (characters, spaces included) are never compared with the
/// whole-line labels: the longest, a shop strip's "Customers who viewed this item also
/// viewed", has 42.
pub const LABEL_MAX_CHARS: usize = 48;
/// Prefixes mail and board software put before a reply's subject ("Re: …", German "AW:",
/// Scandinavian "SV:", Dutch "Antw:", Finnish "VS:", Polish "Odp:", Turkish "YNT:"): with
/// the thread's title after it, a reply's subject line.
pub const REPLY_PREFIXES: &[&str] = &["re", "aw", "sv", "antw", "vs", "odp", "ynt"];

//! Byline element heuristics: the class words that mark a byline, an author's name or
//! a poster's, author-page addresses, portraits, and the bounds of the scans that read
//! them, each with its reason.

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
/// Class parts beside a byline word that name an author box's description rather than
/// the name: what the author does (`author-description`, `author-bio`, `authorRole`,
/// `author-job-title`), printed under the name.
pub const AUTHOR_ABOUT_WORDS: &[&str] = &[
    "description",
    "desc",
    "bio",
    "biography",
    "role",
    "job",
    "jobtitle",
    "position",
    "credentials",
    "occupation",
];
/// Class parts of the element, among the byline's, that holds the author's name alone
/// (`author-box__name`, `author-name`).
pub const AUTHOR_NAME_WORDS: &[&str] = &["name"];
/// Class parts of the poster's name in a forum post.
pub const FORUM_AUTHOR_WORDS: &[&str] = &[
    "username",
    // vBulletin's poster link.
    "bigusername",
    "poster",
    "postauthor",
    // FluxBB's and PunBB's poster column (name, title, registration).
    "postleft",
    "author",
    "user",
];
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
/// Path segments after an author-page segment in a link to a person's page: the slug,
/// and maybe one more ("/author/jane-roe/", "/profile/42/jane-roe").
pub const AUTHOR_LINK_MAX_TAIL_SEGMENTS: usize = 2;
/// Levels above an author-page link searched for the name its address spells, when
/// the link's own words name no one ("Articles by Jane" beside "Jane Roe").
pub const AUTHOR_SLUG_CLIMB: usize = 2;
/// Nodes read below that ancestor for the name.
pub const AUTHOR_SLUG_SCAN_NODES: usize = 40;
/// Levels above an author-page link searched for the byline that lists its co-authors'
/// links (`<a>` in `<strong>` in the byline).
pub const CO_AUTHOR_CLIMB: usize = 2;
/// Longest text of that byline: longer, it is a list of stories, each with its author.
pub const CO_AUTHOR_CONTEXT_CHARS: usize = 300;
/// Texts after a portrait's name searched for the biography that names the person again.
pub const BIO_AFTER_NAME_TEXTS: usize = 4;
/// Shortest biography line: a sentence, not a label.
pub const BIO_MIN_CHARS: usize = 40;
/// Longest text read as a byline element.
pub const BYLINE_MAX_CHARS: usize = 200;
/// Longest line read as a byline when it only starts with a byline word.
pub const BYLINE_LINE_MAX_CHARS: usize = 120;
/// Text nodes after the headline searched for a "By …" line.
pub const BYLINE_NEAR_HEADLINE_NODES: usize = 60;
/// Levels above a text after the headline looked at for a sibling of the headline: a
/// text there is the headline's standfirst (`<h1>` + `<div class=excerpt><p>`).
pub const STANDFIRST_CLIMB: usize = 3;
/// Ancestors of a text node looked at for a heading around it (`<h2><a><span>…`).
pub const HEADING_CLIMB: usize = 4;
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
/// Class parts of a person's portrait beside their name (`avatar`, `avatar-xs`,
/// WordPress's `gravatar`): the text right after it is the name.
pub const AVATAR_WORDS: &[&str] = &["avatar", "gravatar"];
/// Class words of a photograph's caption box (WordPress's `wp-caption` `<div>`): a
/// picture there is a photograph with its caption, not a portrait beside a byline.
pub const CAPTIONED_WORDS: &[&str] = &["caption"];
/// Levels above a portrait searched for the `<figure>` that makes it an illustration.
pub const AVATAR_FIGURE_CLIMB: usize = 3;

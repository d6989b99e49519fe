//! Whole-line labels of a story's social widgets, in the languages of the web's largest
//! news markets: its share buttons, its newsletter sign-up and its comment section's
//! title. A block that says only one of them is a widget whose links or form went with
//! the chrome, never content.

/// Verbs of a share button ("Share", "Teilen", "Partager"…): a line of one of them and,
/// besides, only [`SHARE_TARGETS`] and [`SHARE_PREPOSITIONS`] ("Share on Facebook",
/// "Auf Facebook teilen", "Artikel teilen") is the button's caption.
pub const SHARE_VERBS: &[&str] = &[
    "share",
    "teilen",
    "partager",
    "compartir",
    "condividi",
    "compartilhar",
    "partilhar",
    "delen",
    "dela",
    "jaa",
    "udostępnij",
    "sdílet",
    "zdieľať",
    "paylaş",
    "поделиться",
    "поширити",
    "megosztás",
    "distribuie",
    "κοινοποίηση",
    "שתף",
    "مشاركة",
    "シェア",
    "シェアする",
    "分享",
    "공유",
    "공유하기",
];
/// What a share button sends the story to, or calls it: the networks and mail, and
/// "this article" in the same languages.
pub const SHARE_TARGETS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "whatsapp",
    "telegram",
    "pinterest",
    "reddit",
    "bluesky",
    "threads",
    "messenger",
    "xing",
    "vk",
    "weibo",
    "wechat",
    "flipboard",
    "email",
    "e-mail",
    "mail",
    "this",
    "article",
    "story",
    "post",
    "page",
    "link",
    "artikel",
    "beitrag",
    "l'article",
    "cet",
    "artículo",
    "articolo",
    "článek",
    "článok",
    "makaleyi",
    "haberi",
    "статьёй",
    "статьей",
    "記事を",
    "文章",
    "기사",
];
/// Prepositions between a share verb and its target ("on", "auf", "sur", "via").
pub const SHARE_PREPOSITIONS: &[&str] = &[
    "on",
    "via",
    "by",
    "auf",
    "per",
    "sur",
    "par",
    "en",
    "por",
    "su",
    "na",
    "no",
    "em",
    "op",
    "på",
    "w",
    "в",
    "через",
    "to",
];
/// Most words of a share button's caption.
pub const SHARE_LINE_MAX_WORDS: usize = 5;
/// Whole-line prompts to sign up for a newsletter, whose form went with the chrome.
pub const SIGNUP_LABELS: &[&str] = &[
    "subscribe to our newsletter",
    "sign up for our newsletter",
    "newsletter abonnieren",
    "jetzt newsletter abonnieren",
    "zum newsletter anmelden",
    "inscrivez-vous à notre newsletter",
    "abonnez-vous à la newsletter",
    "suscríbete a nuestra newsletter",
    "suscríbete al boletín",
    "iscriviti alla newsletter",
    "assine nossa newsletter",
    "schrijf je in voor onze nieuwsbrief",
    "prenumerera på vårt nyhetsbrev",
    "zapisz się do newslettera",
    "přihlaste se k odběru newsletteru",
    "bültenimize abone olun",
    "подпишитесь на рассылку",
    "ニュースレター登録",
    "订阅新闻通讯",
    "뉴스레터 구독",
];
/// Whole-line titles and prompts of a comment section ("Comments", "Leave a comment"):
/// on a story the comments are not content, and what is left of their section once
/// they go is its title. A thread's own "Comments" may head its posts, so forums keep it.
pub const COMMENT_SECTION_LABELS: &[&str] = &[
    "comments",
    "leave a comment",
    "leave a reply",
    "post a comment",
    "add a comment",
    "write a comment",
    "kommentare",
    "kommentar schreiben",
    "commentaires",
    "laisser un commentaire",
    "comentarios",
    "deja un comentario",
    "deja tu comentario",
    "commenti",
    "lascia un commento",
    "comentários",
    "deixe um comentário",
    "reacties",
    "kommentarer",
    "kommentit",
    "komentarze",
    "dodaj komentarz",
    "komentáře",
    "napsat komentář",
    "yorumlar",
    "yorum yap",
    "комментарии",
    "написать комментарий",
    "σχόλια",
    "コメント",
    "评论",
    "댓글",
];

/// A poster's presence shown under each post on forum software ("Offline", "Online"):
/// on a thread, a line that says only this is the badge, never a post.
pub const FORUM_STATUS_LABELS: &[&str] = &[
    "offline",
    "online",
    "away",
    "abwesend",
    "hors ligne",
    "en ligne",
    "desconectado",
    "conectado",
    "non in linea",
    "in linea",
];
/// Fields of the poster's panel beside each post on forum software ("Registered:
/// 2016-07-02", "Joined: Mar 2019", "From: Leeds"): on a thread, a line that is one of
/// these, a colon and a short value is the panel's, never a post's.
pub const FORUM_PROFILE_FIELDS: &[&str] = &[
    "registered",
    "joined",
    "join date",
    "member since",
    "from",
    "location",
    "reputation",
    "karma",
    "mitglied seit",
    "registriert",
    "wohnort",
    "inscrit le",
    "inscription",
    "registrado",
];
/// Names of a poster's panel fields printed on a line of their own, the value on the
/// next ("Joined" then "Oct 14, 2011", "Messages" then "18,402"): the fields above, and
/// the panel's tallies.
pub const FORUM_PANEL_TALLIES: &[&str] = &[
    "messages",
    "posts",
    "reaction score",
    "reactions",
    "points",
    "likes received",
    "solutions",
    "trophies",
];
/// Longest value of a poster's panel field, in words ("Upper Kellow", "Mar 3, 2019").
pub const FORUM_PROFILE_VALUE_MAX_WORDS: usize = 4;
/// Words that title a pager's line ("Pages: 1 2 3 Next"): with only page numbers and
/// steps after them, the line is the pager, on any page.
pub const PAGER_LABELS: &[&str] = &["pages", "page", "seiten", "seite", "páginas", "pagine"];
/// The steps a pager shows besides its numbers.
pub const PAGER_STEPS: &[&str] = &[
    "next", "prev", "previous", "first", "last", "…", "...", "»", "«", "›", "‹", "→", "←",
];
/// Whole-line titles of a forum's boxes around a thread (the reply box, the board's
/// statistics and who is online): on a thread, the box's heading, never a post's line.
pub const FORUM_BOX_LABELS: &[&str] = &[
    "quick post",
    "quick reply",
    "post reply",
    "who is online",
    "who's online",
    "board statistics",
    "forum statistics",
    "board footer",
    "users browsing this thread",
    "top posters in this topic",
    "popular days",
    "recently browsing",
    "wer ist online",
    "statistik",
    "qui est en ligne",
    "statistiques",
];
/// Beginnings of a forum's lines about readers rather than posts: who is online ("Users
/// browsing this forum: jroe and 6 guests") and a post's reaction bar ("Reactions: jroe,
/// amy and 3 others"). On a thread, a line of at most [`PROMPT_LINE_MAX_CHARS`]
/// characters that starts so is never a post's line.
pub const FORUM_LINE_PREFIXES: &[&str] = &[
    "users browsing this",
    "members browsing this",
    "currently active users",
    "users online",
    "reactions:",
    "liked by:",
];
/// Words of a forum statistic's name ("Total number of topics: 2,306", "Guests online:
/// 17", "Newest registered user: jroe"): on a thread, a short "name: value" line whose
/// name holds one is the board's statistics, never a post's line.
pub const FORUM_STAT_WORDS: &[&str] = &[
    "users", "user", "members", "member", "guests", "topics", "threads", "posts", "online",
];
/// Longest value of a forum statistic, in words (a count, or the newest member's name).
pub const FORUM_STAT_VALUE_MAX_WORDS: usize = 2;
/// Longest name of a forum statistic, in words ("Total number of registered users").
pub const FORUM_STAT_NAME_MAX_WORDS: usize = 5;
/// Beginnings of a prompt to the reader (lower case): a login wall's ("You are not
/// logged in.", "You must log in or register to reply to this topic.") or a recipe
/// card's ("Tried this recipe? Tag @…"). A short line that starts so asks the reader to
/// act; it is no content, on any page. Read after the recommendation strips, whose
/// titles some of these prompts are (the strip under them goes too).
pub const READER_PROMPTS: &[&str] = &[
    "you are not logged in",
    "you must log in",
    "you must be logged in",
    "you need to log in",
    "you need to be logged in",
    "please log in",
    "please sign in",
    "log in or register",
    "login or register",
    "sign in or register",
    "register or log in",
    // A recipe card's call to share a photo of the dish ("Tried this recipe? Tag @…"),
    // printed by the recipe plugins under every recipe.
    "tried this recipe",
    "did you make this recipe",
    "made this recipe?",
];
/// Longest prompt line, in characters: a longer paragraph is a text about logging in (or
/// about the recipe).
pub const PROMPT_LINE_MAX_CHARS: usize = 100;
/// A forum software's credit ("Powered by FluxBB"): with at most [`POWERED_BY_MAX_WORDS`]
/// words after it, on a thread, the board footer's line (elsewhere "Powered by AI" is
/// an offer's tagline).
pub const POWERED_BY: &str = "powered by ";
/// Longest name after [`POWERED_BY`], in words.
pub const POWERED_BY_MAX_WORDS: usize = 4;
/// A shop's line under a price ("Tax included. Shipping calculated at checkout.", "inkl.
/// MwSt."), compared as whole lines: the checkout's terms, printed on every product.
pub const SHOP_TERMS_LABELS: &[&str] = &[
    "tax included",
    "taxes included",
    "shipping calculated at checkout",
    "tax included. shipping calculated at checkout",
    "taxes included. shipping calculated at checkout",
    "tax included and shipping calculated at checkout",
    "taxes and shipping calculated at checkout",
    "incl. vat",
    "excl. vat",
    "inkl. mwst",
    "inkl. mwst. zzgl. versandkosten",
    "zzgl. versandkosten",
];
/// Start of a back link's caption ("Back to Club News"): in a row of controls set apart
/// by bars ("« Back to Club News | Print this page"), a control like the others. Alone
/// on its line it may title a text ("Back to the Land").
pub const BACK_LINK_PREFIX: &str = "back to ";
/// Separators of a row of controls printed as one line.
pub const CONTROL_ROW_SEPARATORS: &[char] = &['|', '·', '•'];
/// Longest back link caption in a control row, in words.
pub const BACK_LINK_MAX_WORDS: usize = 6;
/// Names of a sort control, printed with its current choice ("Sort: Best Match", "Sort by:
/// Newest"): a line that is one, a colon and at most [`SORT_CHOICE_MAX_WORDS`] words is
/// the control's, never content.
pub const SORT_LABELS: &[&str] = &[
    "sort",
    "sort by",
    "sorted by",
    "order by",
    "sortieren nach",
    "trier par",
    "ordenar por",
];
/// Longest current choice of a sort control, in words ("Price, low to high").
pub const SORT_CHOICE_MAX_WORDS: usize = 4;
/// Class parts of a poster's name in a thread's post header (phpBB's and XenForo's
/// `username`, vBulletin's `bigusername`, Invision's `ipsUsername`, a `poster` or
/// `author` name, Discourse's `creator`): on a thread the name stays with the post.
pub const POSTER_CLASS_WORDS: &[&str] = &[
    "username",
    "bigusername",
    "user",
    "poster",
    "postauthor",
    "author",
    "creator",
];
/// `itemprop` values of a post's author (schema.org's `author`, `creator`).
pub const POSTER_ITEMPROPS: &[&str] = &["author", "creator"];
/// Directories of members' profiles, which a poster's name links to (Discourse's `/u/`,
/// XenForo's `/members/`, `/profile/`): a member's name or number follows.
pub const POSTER_PROFILE_DIRS: &[&str] = &[
    "/u/",
    "/user/",
    "/users/",
    "/member/",
    "/members/",
    "/profile/",
    "/profiles/",
];
/// Query parts of a board's profile address (vBulletin's `member.php?u=`, phpBB's
/// `mode=viewprofile`, SMF's `action=profile`).
pub const POSTER_PROFILE_QUERIES: &[&str] =
    &["member.php?u=", "mode=viewprofile", "action=profile"];
/// Longest poster's name kept from a post header, in characters: longer text there is
/// a rank, a signature or a badge, not a name.
pub const POSTER_NAME_MAX_CHARS: usize = 40;
/// Most words of a poster's name ("Jane van der Roe").
pub const POSTER_NAME_MAX_WORDS: usize = 4;
/// Fewest letters or digits of a poster's name: a lone letter is a default avatar's
/// initial.
pub const POSTER_NAME_MIN_ALNUM: usize = 2;
/// Nodes of a pruned post header searched for the poster's name: a header is small,
/// and the scan stays bounded on a page of huge pruned blocks.
pub const POSTER_SCAN_NODES: usize = 64;
/// Longest post date kept from a pruned post header, in characters ("September 5,
/// 2024, 11:15pm"): a longer `<time>` holds more than the date.
pub const POST_TIME_MAX_CHARS: usize = 40;
/// Nodes after a poster's name searched for the post's date: the rest of the header.
pub const POST_TIME_SCAN_NODES: usize = 120;
/// A text this long after a poster's name is the post's body: the date search stops.
pub const POST_BODY_MIN_CHARS: usize = 80;
/// Lines before or after a post's date line searched for the same date printed again
/// ("Posted October 29, 2025"): a header's other line, past a rank between them.
pub const REPEATED_DATE_REACH: usize = 2;
/// Post headers naming a poster that make the names worth keeping: a thread has one per
/// post; a page with one is an article's byline.
pub const POSTER_MIN_HEADERS: usize = 2;

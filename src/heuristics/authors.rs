//! Author heuristics: the labels, prefixes, roles and word lists that read a person's
//! name from a byline or a declared author, each with its reason.

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

/// "By" words that are also name particles ("de" of Romanian "de Ion Popescu", and of
/// "Ana de la Cruz"): cut only in lower case before two or more capitalised words, as a
/// name never starts with its particle and a full name then follows.
pub const PARTICLE_BY_WORDS: &[&str] = &["de"];
/// Byline phrases that name a reviewer, not the author: never read inside a sentence.
pub const REVIEWER_PREFIXES: &[&str] = &["reviewed by"];
/// Labelled roles in an author tag that make it a colophon ("content: Acme, design:
/// Jane Roe, code: John Doe"): the site's makers, not the page's writer. One role
/// ("Text: Jane Roe") labels the writer.
pub const COLOPHON_MIN_ROLES: usize = 2;
/// Separators that part a byline's names from a date, a role or a site ("Jane Roe |
/// Staff writer", "Dec. 19, 2025 · Jane Roe", a forum's "jroe » Tue Aug 27, 2019"):
/// spaced dashes and bars, guillemets and middle dots.
pub const BYLINE_SEGMENT_SEPARATORS: &[&str] = &[" | ", " — ", " – ", " - ", " » ", "\u{b7}", "•"];
/// What parts one author's name from the next in a byline: commas, semicolons, "&",
/// a slash, "with", and "and" in English, German, French, Spanish, Portuguese or
/// Italian, Danish and Norwegian, Dutch, Catalan and Turkish.
pub const NAME_SEPARATORS: &[&str] = &[
    ",", ";", " & ", " and ", " und ", " et ", " y ", " e ", " og ", " en ", " i ", " ve ", "/",
    " with ",
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

/// Words that say what kind of piece a byline signs, before its connective ("Ein
/// Kommentar von Jane Roe", "Analysis by Jane Roe", "Une tribune de Jane Roe",
/// "Propos recueillis par …"): the piece's genre (with its article), never part of a
/// name, so what precedes the connective goes.
pub const BYLINE_GENRE_WORDS: &[&str] = &[
    "a",
    "an",
    "ein",
    "eine",
    "un",
    "une",
    "una",
    "uno",
    "en",
    "et",
    "analysis",
    "opinion",
    "commentary",
    "column",
    "guest",
    "post",
    "essay",
    "review",
    "interview",
    "feature",
    "editorial",
    "report",
    "kommentar",
    "gastbeitrag",
    "gastkommentar",
    "analyse",
    "kolumne",
    "reportage",
    "bericht",
    "glosse",
    "rezension",
    "leitartikel",
    "meinung",
    "beitrag",
    "tribune",
    "chronique",
    "éditorial",
    "article",
    "billet",
    "critique",
    "entretien",
    "propos",
    "recueillis",
    "columna",
    "análisis",
    "opinión",
    "artículo",
    "crónica",
    "reportaje",
    "entrevista",
    "tribuna",
    "articolo",
    "analisi",
    "commento",
    "editoriale",
    "rubrica",
    "intervista",
    "commentaar",
    "opinie",
    "recensie",
    "krönika",
    "analys",
    "ledare",
    "kronikk",
    "klumme",
    "anmeldelse",
    "coluna",
    "análise",
    "opinião",
    "artigo",
    "crônica",
    "reportagem",
];
/// The connectives after a [`BYLINE_GENRE_WORDS`] phrase that introduce its writer.
pub const BYLINE_GENRE_CONNECTIVES: &[&str] = &[
    "by", "von", "par", "de", "por", "di", "da", "door", "av", "af",
];
/// Most genre words before a connective ("Ein Gastbeitrag von", "A guest post by").
pub const BYLINE_GENRE_MAX_WORDS: usize = 3;

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
/// Operations", "Jane Roe, Trial Attorney at Roe & Doe"), not another author; so is a
/// piece that names where the person works ("… at Roe & Doe").
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
    "attorney",
    "lawyer",
    "physician",
    "nutritionist",
    "dietitian",
    "therapist",
    "professor",
    "researcher",
    "scientist",
    "engineer",
    "instructor",
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
    // The other networks a share or follow link names.
    "instagram",
    "youtube",
    "bluesky",
    "mastodon",
    "tiktok",
    "pinterest",
    "reddit",
    "github",
    "whatsapp",
    "telegram",
    "threads",
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
/// Degrees and licences written after a name ("Jane Roe, MD, PhD"), compared without
/// dots: they stay with the name rather than count as authors of their own. Once one is
/// read, any further all-capital abbreviation is taken as one too ("RD, FAND").
pub const CREDENTIALS: &[&str] = &[
    "md", "do", "phd", "dphil", "edd", "psyd", "pharmd", "dnp", "rd", "rdn", "ld", "ms", "msc",
    "ma", "ba", "bs", "bsc", "mba", "mph", "mpa", "msw", "dvm", "vmd", "dds", "dmd", "rn", "bsn",
    "msn", "np", "fnp", "pa", "cfp", "cpa", "cfa", "jd", "llm", "esq", "lcsw", "lmft", "lpc",
    "cscs", "facp", "facs", "mrcp", "frcp", "od", "dc", "pt", "dpt", "ot", "ibclc", "cde",
];
/// Longest follow-on credential after a known one, in letters ("FACLM", "DACVB").
pub const MAX_CREDENTIAL_LETTERS: usize = 6;
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

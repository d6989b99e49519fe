//! Notices that sites print inside their text, recognised by their words: an affiliate
//! disclosure, a cookie notice, a request to turn off an ad blocker, a prompt to follow
//! the site or sign up for its newsletter, an invitation to report an error, a board's
//! notice to guests. Tidying drops them (`drop_notices`).

/// A notice that sites print inside the text, recognised by its words: a paragraph of at
/// most [`NOTICE_MAX_BYTES`] that holds one of `markers` and one of `hedges` (lower
/// case). `stems` are parts of the markers as printed (lower case or capitals): a
/// paragraph without one is not lower-cased to check.
pub struct Notice {
    /// Parts of the markers as printed, searched as bytes before any lower-casing.
    pub stems: &'static [&'static str],
    /// What the notice is about (a commission, cookies).
    pub markers: &'static [&'static str],
    /// What makes it the site's own notice rather than a text on the subject.
    pub hedges: &'static [&'static str],
}
/// Longest paragraph (bytes, spaces included) read as a notice: a sentence or three,
/// never a section of the text.
pub const NOTICE_MAX_BYTES: usize = 500;
/// The notices dropped from the text: an affiliate disclosure, a cookie notice, a
/// request to turn off an ad blocker, a prompt to follow the site or sign up for it, an
/// invitation to report an error, a board's notice to a visitor not signed in.
pub const NOTICES: &[Notice] = &[
    Notice {
        stems: DISCLOSURE_STEMS,
        markers: DISCLOSURE_MARKERS,
        hedges: DISCLOSURE_HEDGES,
    },
    Notice {
        stems: COOKIE_NOTICE_STEMS,
        markers: COOKIE_NOTICE_MARKERS,
        hedges: COOKIE_NOTICE_HEDGES,
    },
    Notice {
        stems: ADBLOCK_NOTICE_STEMS,
        markers: ADBLOCK_NOTICE_MARKERS,
        hedges: ADBLOCK_NOTICE_HEDGES,
    },
    Notice {
        stems: FOLLOW_PROMPT_STEMS,
        markers: FOLLOW_PROMPT_MARKERS,
        hedges: FOLLOW_PROMPT_HEDGES,
    },
    Notice {
        stems: CORRECTIONS_NOTICE_STEMS,
        markers: CORRECTIONS_NOTICE_MARKERS,
        hedges: CORRECTIONS_NOTICE_HEDGES,
    },
    Notice {
        stems: GUEST_NOTICE_STEMS,
        markers: GUEST_NOTICE_MARKERS,
        hedges: GUEST_NOTICE_HEDGES,
    },
];
/// Stems of [`GUEST_NOTICE_MARKERS`] as printed.
pub const GUEST_NOTICE_STEMS: &[&str] = &["a guest", "A GUEST", "a Guest", "A Guest"];
/// A board's word to a visitor who is not signed in ("You are currently viewing our
/// boards as a guest", "You're browsing … as a guest"), which forum software prints
/// over every thread.
pub const GUEST_NOTICE_MARKERS: &[&str] = &["as a guest"];
/// What makes it the board's notice: it asks the visitor to join or sign in.
pub const GUEST_NOTICE_HEDGES: &[&str] =
    &["register", "sign up", "log in", "login", "sign in", "join"];
/// Stems of [`CORRECTIONS_NOTICE_MARKERS`] as printed.
pub const CORRECTIONS_NOTICE_STEMS: &[&str] =
    &["rror", "RROR", "istake", "ISTAKE", "orrection", "ORRECTION"];
/// A newsroom's invitation to report an error, addressed to the reader ("Spotted a
/// mistake?", "Report an error"): a question to the reader or the corrections desk's name,
/// never a sentence of a story about an error.
pub const CORRECTIONS_NOTICE_MARKERS: &[&str] = &[
    "spotted a mistake?",
    "spot a mistake?",
    "spotted an error?",
    "spot an error?",
    "found an error?",
    "found a mistake?",
    "see an error?",
    "notice an error?",
    "noticed an error?",
    "corrections desk",
    "report an error",
    "submit a correction",
    "request a correction",
];
/// What makes it the site's own invitation: it says how to reach the newsroom.
pub const CORRECTIONS_NOTICE_HEDGES: &[&str] = &[
    "email",
    "e-mail",
    "contact",
    "let us know",
    "tell us",
    "send",
    "submit",
    "click",
    "write to",
];
/// Stems of [`FOLLOW_PROMPT_MARKERS`] as printed (lower case or capitals).
pub const FOLLOW_PROMPT_STEMS: &[&str] = &[
    "ollow",
    "OLLOW",
    "ign up",
    "IGN UP",
    "otification",
    "OTIFICATION",
    "olg",
    "OLG",
    "uivez",
    "UIVEZ",
    "íguenos",
    "ÍGUENOS",
    "iga-nos",
    "IGA-NOS",
    "eguici",
    "EGUICI",
    "bonn",
    "BONN",
    "uscríb",
    "USCRÍB",
    "oin ",
    "OIN ",
];
/// A prompt to follow the site or its writer elsewhere, or to sign up for its
/// newsletter or its alerts: the request itself, in the languages publishers print it.
pub const FOLLOW_PROMPT_MARKERS: &[&str] = &[
    "follow us",
    "follow me",
    "follow him",
    "follow her",
    "follow them",
    "like us on",
    "sign up for our",
    "sign up for the",
    "sign up to our",
    "join us on",
    "join me on",
    "join our mailing list",
    "join our newsletter",
    "turn on notifications",
    "folgen sie uns",
    "folge uns",
    "folgt uns",
    "suivez-nous",
    "síguenos",
    "siga-nos",
    "seguici",
    "abonnieren sie unseren",
    "abonnez-vous à notre",
    "suscríbete a nuestro",
];
/// Where the prompt sends the reader: a social network, a newsletter, the inbox or the
/// browser's alerts. "Follow us as we go through the steps" names none.
pub const FOLLOW_PROMPT_HEDGES: &[&str] = &[
    "twitter",
    "facebook",
    "instagram",
    "linkedin",
    "tiktok",
    "youtube",
    "pinterest",
    "bluesky",
    "mastodon",
    " on x",
    "@",
    "newsletter",
    "inbox",
    "notifications",
    "boletín",
];
/// Stems of [`ADBLOCK_NOTICE_MARKERS`] as printed ("Ad Blocker", "AdBlock", "bloqueur").
pub const ADBLOCK_NOTICE_STEMS: &[&str] = &["lock", "LOCK", "bloque", "BLOQUE"];
/// The ad blocker a notice asks about, in the languages publishers print it.
pub const ADBLOCK_NOTICE_MARKERS: &[&str] = &[
    "ad blocker",
    "ad-blocker",
    "adblock",
    "ad block",
    "werbeblocker",
    "bloqueur de pub",
    "bloqueador de anuncios",
    "bloqueador de publicidad",
    "bloqueador de publicidade",
];
/// What makes a paragraph about ad blockers the site's request rather than a text about
/// them: it asks the reader to turn theirs off or to let the site through.
pub const ADBLOCK_NOTICE_HEDGES: &[&str] = &[
    "disable",
    "turn off",
    "switch off",
    "pause",
    "whitelist",
    "allowlist",
    "deaktivier",
    "désactiv",
    "desactiv",
    "disattiv",
    "desativ",
];
/// Stems of [`COOKIE_NOTICE_MARKERS`] as printed ("Cookies", "COOKIE").
pub const COOKIE_NOTICE_STEMS: &[&str] = &["ookie", "OOKIE"];
/// The word every cookie notice holds, in the languages that borrow it.
pub const COOKIE_NOTICE_MARKERS: &[&str] = &["cookie"];
/// What makes a paragraph about cookies the site's notice rather than a text about them:
/// the site says it uses them ("This website uses cookies", "We use cookies"), or points
/// to their settings or policy. A sentence about what apps do with cookies says none.
pub const COOKIE_NOTICE_HEDGES: &[&str] = &[
    "this site uses",
    "this website uses",
    "our site uses",
    "our website uses",
    "uses cookies",
    "we use cookies",
    "with our cookies",
    "accept cookies",
    "accept all",
    "cookie settings",
    "cookie policy",
    "verwendet cookies",
    "verwenden cookies",
    "nutzt cookies",
    "nutzen cookies",
    "utilise des cookies",
    "utilisons des cookies",
    "utiliza cookies",
    "usamos cookies",
    "utilizamos cookies",
    "utilizza cookie",
    "utilizziamo cookie",
    "usa cookies",
    "gebruikt cookies",
    "gebruiken cookies",
];
/// Words of an affiliate disclosure (lower case, matched anywhere in the paragraph): the
/// commission or the affiliate links it declares, in the languages publishers print it.
pub const DISCLOSURE_MARKERS: &[&str] = &[
    "affiliate",
    "commission",
    "qualifying purchases",
    "provision",
    "partnerlink",
    "affiliés",
    "afiliados",
    "comisión",
    "commissione",
    "comissão",
];
/// Stems that every [`DISCLOSURE_MARKERS`] word holds in lower case or in capitals, as
/// printed ("Affiliate", "COMMISSION", "comisión", "Partnerlinks"): a paragraph without
/// one is no disclosure, and is not lower-cased to check.
pub const DISCLOSURE_STEMS: &[&str] = &[
    "ffili",
    "FFILI",
    "afili",
    "AFILI",
    "ommis",
    "OMMIS",
    "omis",
    "OMIS",
    "rovis",
    "ROVIS",
    "ualifying",
    "UALIFYING",
    "artner",
    "ARTNER",
];
/// What makes the notice a disclosure rather than a text about affiliate marketing: the
/// site says that it may earn, or earns, from the reader's purchase.
pub const DISCLOSURE_HEDGES: &[&str] = &[
    "may earn",
    "may receive",
    "may get",
    "may contain",
    "might earn",
    "we earn",
    "i earn",
    "we receive",
    "i receive",
    "we may",
    "i may",
    "we get a",
    "i get a",
    "earn from qualifying",
    "kleine provision",
    "une commission",
    "una comisión",
    "una commissione",
    "uma comissão",
];

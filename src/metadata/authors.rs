//! Author names: split bylines into person names and reject what is not a person.

use crate::heuristics::metadata::{
    BYLINE_GENRE_CONNECTIVES, BYLINE_GENRE_MAX_WORDS, BYLINE_GENRE_WORDS, BYLINE_PREFIXES,
    BYLINE_SEGMENT_SEPARATORS, COLLECTIVE_ROLES, CREDENTIALS, MAX_CREDENTIAL_LETTERS, MAX_INITIALS,
    MAX_NAME_CHARS, MAX_NAME_WORDS, NAME_PARTICLES, NAME_SEPARATORS, NAME_TRAILING_WORDS,
    NOT_A_NAME, NOT_PERSON, PARTICLE_BY_WORDS, ROLES, ROLE_NOUNS,
};

/// Splits a byline or author value into clean person names.
pub fn clean_authors(raw: &str) -> Vec<String> {
    clean_authors_with(raw, false)
}

/// Like [`clean_authors`] for values a page declares as author names (JSON-LD, meta):
/// lower-case handles ("jdoe") are kept there.
pub fn clean_declared_authors(raw: &str) -> Vec<String> {
    clean_authors_with(raw, true)
}

fn clean_authors_with(raw: &str, lenient: bool) -> Vec<String> {
    let text = super::collapse(raw);
    // A question ("Which war was more brutal, World War I or World War II?") is a
    // thread's title, not a list of names to split.
    if text.contains(['?', '？']) {
        return Vec::new();
    }
    // A line-like separator parts the names from a date, a role or a site
    // (`BYLINE_SEGMENT_SEPARATORS`): the first part that names someone.
    let mut segments = vec![text.as_str()];
    for sep in BYLINE_SEGMENT_SEPARATORS {
        segments = segments.iter().flat_map(|s| s.split(sep)).collect();
    }
    segments
        .into_iter()
        .map(|s| names_of(s, lenient))
        .find(|n| !n.is_empty())
        .unwrap_or_default()
}

/// The names in one separator-free segment of a byline.
fn names_of(text: &str, lenient: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut credited = false;
    for piece in without_title(split_names(text)) {
        // "Jane Roe, MD, PhD": degrees stay with the name they follow.
        if let Some(last) = out.last_mut().filter(|_| is_credential(&piece, credited)) {
            last.push_str(", ");
            last.push_str(piece.trim());
            credited = true;
            continue;
        }
        credited = false;
        if let Some(name) = clean_one(&piece, lenient) {
            if !out.iter().any(|o| o.eq_ignore_ascii_case(&name)) {
                out.push(name);
            }
        }
    }
    out
}

/// Whether a byline piece is a degree or licence ([`CREDENTIALS`]), or, right after one
/// (`after_one`), another all-capital abbreviation.
fn is_credential(piece: &str, after_one: bool) -> bool {
    let bare: String = piece.trim().chars().filter(|&c| c != '.').collect();
    if bare.is_empty() || !bare.chars().all(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    let known = CREDENTIALS.contains(&bare.to_ascii_lowercase().as_str())
        && bare.chars().any(|c| c.is_ascii_uppercase())
        && bare.chars().next().is_some_and(|c| c.is_ascii_uppercase());
    known
        || after_one
            && bare.len() <= MAX_CREDENTIAL_LETTERS
            && bare.chars().all(|c| c.is_ascii_uppercase())
}

/// The pieces of a byline before the first person's job title: a piece after the first
/// that holds a role noun (`ROLE_NOUNS`: "Digital Security Expert", "Sr. Director of
/// Operations") or names a workplace ("Trial Attorney at Roe & Doe") starts the title, and a one-word piece just before it is the title's
/// first half ("Jane Roe, Privacy & Security Expert").
fn without_title(mut pieces: Vec<String>) -> Vec<String> {
    // Words of a compound count too ("Editor-at-large").
    let role = |p: &str| {
        p.split_whitespace().any(|w| {
            w == "at"
                || w.split(|c: char| !c.is_alphanumeric())
                    .any(|w| ROLE_NOUNS.contains(&w.to_lowercase().as_str()))
        })
    };
    let Some(k) = pieces.iter().skip(1).position(|p| role(p)).map(|k| k + 1) else {
        return pieces;
    };
    pieces.truncate(k);
    if k >= 2
        && pieces
            .last()
            .is_some_and(|p| p.split_whitespace().count() == 1)
    {
        pieces.pop();
    }
    pieces
}

/// `s` split at every name separator (`NAME_SEPARATORS`: "and" in any case).
fn split_names(s: &str) -> Vec<String> {
    let mut parts = vec![s.to_string()];
    for sep in NAME_SEPARATORS {
        parts = parts
            .iter()
            .flat_map(|p| {
                let lower = p.to_lowercase();
                if lower.len() != p.len() {
                    return p.split(sep).map(str::to_string).collect::<Vec<_>>();
                }
                let mut v = Vec::new();
                let mut start = 0;
                for (i, _) in lower.match_indices(sep) {
                    v.push(p.get(start..i).unwrap_or("").to_string());
                    start = i + sep.len();
                }
                v.push(p.get(start..).unwrap_or("").to_string());
                v
            })
            .collect();
    }
    parts
}

/// Strips byline prefixes ("By", "Von", "Автор:", "著者：") from the front of `s`, and
/// a phrase that names the piece's genre before them ("Ein Kommentar von").
fn strip_prefixes(s: &str) -> String {
    let s = s.trim().trim_matches(|c: char| !c.is_alphanumeric());
    let mut s = without_genre(s).unwrap_or(s).to_string();
    loop {
        let lower = s.to_lowercase();
        // Lower-casing keeps byte lengths for the prefixes matched here; check anyway.
        let Some(p) = BYLINE_PREFIXES.iter().find(|p| {
            let closed = p.ends_with(|c: char| !c.is_alphanumeric());
            lower.starts_with(*p)
                && s.is_char_boundary(p.len())
                && (closed
                    || lower
                        .get(p.len()..)
                        .is_some_and(|r| r.starts_with([' ', ':', '：']))
                    || (p.ends_with("by")
                        && s.get(p.len()..)
                            .is_some_and(|r| r.starts_with(char::is_uppercase))))
        }) else {
            break;
        };
        s = s
            .get(p.len()..)
            .unwrap_or("")
            .trim_start_matches([' ', ':', '：'])
            .to_string();
    }
    // "de Ion Popescu": a particle in lower case before a full name is the "by".
    if let Some((first, rest)) = s.split_once(' ') {
        let capitalised = |w: &str| w.starts_with(char::is_uppercase);
        if PARTICLE_BY_WORDS.contains(&first)
            && rest.split_whitespace().count() >= 2
            && rest.split_whitespace().all(capitalised)
        {
            s = rest.to_string();
        }
    }
    // A one-word label before a colon is a role ("Text: Jane Roe", "Текст: …",
    // "design: …"): a name holds no colon.
    if let Some((label, rest)) = s.split_once([':', '：']) {
        if !label.is_empty() && label.chars().all(char::is_alphabetic) && !rest.trim().is_empty() {
            s = rest.trim().to_string();
        }
    }
    s
}

/// What follows "<genre phrase> <connective>" at the front of `s` ("Eine Analyse von
/// Jane Roe" → "Jane Roe"): every word before the connective is a genre word
/// ([`BYLINE_GENRE_WORDS`]), at most [`BYLINE_GENRE_MAX_WORDS`] of them.
fn without_genre(s: &str) -> Option<&str> {
    let mut words = 0;
    let mut rest = s;
    while words <= BYLINE_GENRE_MAX_WORDS {
        let (word, tail) = rest.split_once(' ')?;
        let lower = word.to_lowercase();
        if words > 0 && BYLINE_GENRE_CONNECTIVES.contains(&lower.as_str()) {
            return Some(tail.trim_start()).filter(|t| !t.is_empty());
        }
        if !BYLINE_GENRE_WORDS.contains(&lower.as_str()) {
            return None;
        }
        words += 1;
        rest = tail.trim_start();
    }
    None
}

/// Cuts date and connective words ("on", "Friday", "March") from the end of a name.
fn strip_trailing(s: &str) -> String {
    let mut words: Vec<&str> = s.split_whitespace().collect();
    while words.len() > 1
        && words.last().is_some_and(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            w.is_empty() || NAME_TRAILING_WORDS.contains(&w.as_str())
        })
    {
        words.pop();
    }
    words.join(" ")
}

fn clean_one(piece: &str, lenient: bool) -> Option<String> {
    let mut s = strip_prefixes(piece);
    // Everything from a word that starts with a digit is a date or a count, not a name
    // (digits inside a word are a handle's: "paulb203").
    let cut = s
        .char_indices()
        .find(|&(i, c)| {
            c.is_ascii_digit()
                && s.get(..i)
                    .is_none_or(|h| h.is_empty() || h.ends_with(|p: char| !p.is_alphanumeric()))
        })
        .map(|(i, _)| i);
    if let Some(i) = cut {
        s.truncate(i);
    }
    let mut s = s
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
        .trim()
        .to_string();
    let lower = s.to_lowercase();
    let group = COLLECTIVE_ROLES.iter().any(|r| {
        lower.strip_suffix(r).is_some_and(|head| {
            let head = head.trim_end();
            head.len() < lower.len() - r.len() && head.len() > 1 && !ROLES.contains(&head)
        })
    });
    for r in ROLES.iter().filter(|_| !group) {
        if lower == *r {
            return None;
        }
        // Compare on `s` itself: lower-casing can change byte lengths ("İ"), so
        // offsets from `lower` must never cut `s`.
        let suffix = format!(" {r}");
        if let Some(cut) = s.len().checked_sub(suffix.len()) {
            // A role after one capitalised word is a site's generic byline ("SFist
            // Contributor", "Community Editor"): kept whole. "The Author" is no byline.
            // Asked only of a name that ends in the role.
            let generic = |h: &str| {
                h.split_whitespace().count() == 1
                    && h.starts_with(char::is_uppercase)
                    && !NOT_A_NAME.contains(&h.to_lowercase().as_str())
            };
            if cut > 2
                && s.get(cut..)
                    .is_some_and(|t| t.eq_ignore_ascii_case(&suffix))
                && !s.get(..cut).is_some_and(generic)
            {
                s.truncate(cut);
            }
        }
    }
    let s = strip_trailing(s.trim().trim_end_matches(','));
    let s = s.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
    let lower = s.to_lowercase();
    if NAME_TRAILING_WORDS.contains(&lower.as_str()) || NOT_A_NAME.contains(&lower.as_str()) {
        return None;
    }
    if !is_person_name(s, lenient || (group && names_a_group(s))) {
        return None;
    }
    Some(s.to_string())
}

/// Whether a byline ending in a collective role names a group ("the Lavazza Team", "The
/// Currency editors"): after an optional leading "the", every word is capitalised or a
/// collective word ("Meet the team" is a phrase).
fn names_a_group(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let Some((_, head)) = words.split_last() else {
        return false;
    };
    let head = match head.split_first() {
        Some((first, rest)) if first.eq_ignore_ascii_case("the") => rest,
        _ => head,
    };
    !head.is_empty()
        && head.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || COLLECTIVE_ROLES
                    .iter()
                    .any(|r| r.split(' ').any(|p| p == *w))
        })
        && head.iter().any(|w| w.starts_with(char::is_uppercase))
}

/// Whether `s` reads like a person's name.
pub fn is_person_name(s: &str, lenient: bool) -> bool {
    if s.is_empty()
        || s.chars().count() > MAX_NAME_CHARS
        || s.contains(['@', '/', '#', '<', '>', '=', '?'])
    {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > MAX_NAME_WORDS {
        return false;
    }
    if s.starts_with("http")
        || s.contains("www.")
        || s.contains(".com")
        || words.iter().any(|w| is_domain(w))
    {
        return false;
    }
    // A template's unfilled key ("page.head.extra.author") is no name: lower-case
    // segments of two letters or more joined by dots (initials, "J.R.R.", are capitals).
    if words.iter().any(|w| is_template_key(w)) {
        return false;
    }
    let lower = s.to_lowercase();
    if words.iter().any(|w| {
        let w = w.to_lowercase();
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        NOT_PERSON.contains(&w)
    }) {
        return false;
    }
    if !lenient && !plausible_shape(&words) {
        return false;
    }
    // A single lower-case word is a handle, not a name (CJK names have no case).
    let has_upper = s.chars().any(char::is_uppercase);
    let has_caseless = s
        .chars()
        .any(|c| c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase());
    if !has_upper && !has_caseless && !lenient {
        return false;
    }
    lower.chars().any(char::is_alphabetic)
}

/// Whether `word` is a domain name ("gardennotes.net"): a known top-level domain in it
/// and a last segment of two to four letters, so that "Dr.Itzel" is no domain.
fn is_domain(word: &str) -> bool {
    let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    super::title_site::looks_like_domain(word)
        && word.rsplit('.').next().is_some_and(|t| {
            (2..=4).contains(&t.len()) && t.chars().all(|c| c.is_ascii_alphabetic())
        })
}

/// Whether `word` is a dotted key: two or more segments of at least two lower-case
/// letters or underscores, joined by dots.
fn is_template_key(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|s| s.len() >= 2 && s.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
}

/// The shape of a name found in visible text: several words whose lower-case ones are
/// name particles ("van", "de"), not a phrase ("Learn about our", "Head of Marketing",
/// "Articles by Jane"); one word that is neither bare initials ("NB", an avatar's
/// letters) nor an abbreviation ("Dec.").
fn plausible_shape(words: &[&str]) -> bool {
    let lower_word = |w: &&&str| {
        w.chars().any(char::is_alphabetic)
            && w.chars().all(|c| !c.is_alphabetic() || c.is_lowercase())
    };
    match words {
        [one] => {
            let letters = one.chars().filter(|c| c.is_alphabetic()).count();
            // Initials are capitals: a two-character CJK name ("张伟") has no case.
            let initials = letters <= MAX_INITIALS
                && one
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase);
            !initials && !one.ends_with('.')
        }
        _ => words.iter().filter(lower_word).all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            NAME_PARTICLES.contains(&w)
        }),
    }
}

#[cfg(test)]
#[path = "authors_tests.rs"]
mod tests;

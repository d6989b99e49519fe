//! Author names: split bylines into person names and reject what is not a person.

/// Words that introduce a byline, in several languages; stripped from the front.
const BYLINE_PREFIXES: &[&str] = &[
    "written by", "posted by", "published by", "reviewed by", "story by", "words by",
    "text by", "reporting by", "by", "von", "par", "por", "di", "da", "door", "av", "af",
    "autor:", "author:", "authors:", "autorin:", "auteur:", "autore:", "yazar:", "by:",
    "text:", "from",
];

/// Job titles and roles stripped from names ("Jane Roe, Staff Writer").
const ROLES: &[&str] = &[
    "staff writer", "staff writers", "senior writer", "contributing writer", "writer",
    "writers", "reporter", "reporters", "correspondent", "editor", "editors",
    "senior editor", "managing editor", "contributor", "columnist", "journalist",
    "redakteur", "redakteurin", "photographer", "analyst", "guest author", "author",
    "staff",
];

/// Words that mark an organisation or a placeholder rather than a person.
const NOT_PERSON: &[&str] = &[
    "admin", "administrator", "staff", "team", "news", "newsroom", "editorial", "desk",
    "redaktion", "rédaction", "redacción", "redazione", "press", "media", "inc", "ltd",
    "llc", "gmbh", "agency", "associated", "reuters", "afp", "dpa", "wire", "services",
    "share", "facebook", "twitter", "linkedin", "email", "print", "comments", "copy",
    "link", "follow", "subscribe", "guest", "anonymous", "unknown", "webmaster",
    "user", "moderator", "contributors", "partner", "sponsored",
];

/// Longest plausible person name, in words.
const MAX_NAME_WORDS: usize = 5;
/// Longest plausible person name, in characters.
const MAX_NAME_CHARS: usize = 60;

/// Splits a byline or author value into clean person names.
pub fn clean_authors(raw: &str) -> Vec<String> {
    let mut text = super::collapse(raw);
    // Trailing dates and everything after a line-like separator.
    for sep in [" | ", " — ", " – ", " - ", "\u{b7}", "•"] {
        if let Some(i) = text.find(sep) {
            text.truncate(i);
        }
    }
    let mut out: Vec<String> = Vec::new();
    for piece in split_names(&text) {
        if let Some(name) = clean_one(&piece) {
            if !out.iter().any(|o| o.eq_ignore_ascii_case(&name)) {
                out.push(name);
            }
        }
    }
    out
}

fn split_names(s: &str) -> Vec<String> {
    let mut parts = vec![s.to_string()];
    for sep in [",", ";", " & ", " and ", " und ", " et ", " y ", " e ", " og ", " en ", " i ", " ve ", "/", " with "] {
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

fn clean_one(piece: &str) -> Option<String> {
    let mut s = piece.trim().trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    loop {
        let lower = s.to_lowercase();
        let Some(p) = BYLINE_PREFIXES
            .iter()
            .find(|p| lower.starts_with(*p) && lower.get(p.len()..).is_some_and(|r| r.starts_with([' ', ':'])))
        else {
            break;
        };
        s = s.get(p.len()..).unwrap_or("").trim_start_matches([' ', ':']).to_string();
    }
    // Everything from a digit on is a date or a count, not a name.
    if let Some(i) = s.find(|c: char| c.is_ascii_digit()) {
        s.truncate(i);
    }
    let mut s = s.trim().trim_matches(|c: char| !c.is_alphanumeric() && c != '.').trim().to_string();
    let lower = s.to_lowercase();
    for r in ROLES {
        if lower == *r {
            return None;
        }
        if lower.ends_with(&format!(" {r}")) && lower.len() > r.len() + 3 {
            s.truncate(s.len() - r.len() - 1);
        }
    }
    let s = s.trim().trim_end_matches(',').trim().to_string();
    if !is_person_name(&s) {
        return None;
    }
    Some(s)
}

/// Whether `s` reads like a person's name.
pub fn is_person_name(s: &str) -> bool {
    if s.is_empty() || s.chars().count() > MAX_NAME_CHARS || s.contains(['@', '/', '#', '<', '>', '=', '?']) {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > MAX_NAME_WORDS {
        return false;
    }
    if s.starts_with("http") || s.contains("www.") || s.contains(".com") {
        return false;
    }
    let lower = s.to_lowercase();
    if words
        .iter()
        .any(|w| NOT_PERSON.contains(&w.to_lowercase().trim_matches(|c: char| !c.is_alphanumeric())))
    {
        return false;
    }
    // A single lower-case word is a handle, not a name (CJK names have no case).
    let has_upper = s.chars().any(char::is_uppercase);
    let has_caseless = s.chars().any(|c| c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase());
    if !has_upper && !has_caseless {
        return false;
    }
    lower.chars().any(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_strips() {
        assert_eq!(
            clean_authors("By Jane Roe, Max Mustermann & Li Wei, Staff Writers"),
            ["Jane Roe", "Max Mustermann", "Li Wei"]
        );
        assert_eq!(clean_authors("Von Anna Beispiel und Karl Muster"), ["Anna Beispiel", "Karl Muster"]);
        assert!(clean_authors("admin").is_empty());
        assert!(clean_authors("@handle").is_empty());
        assert!(clean_authors("jane@example.org").is_empty());
        assert!(clean_authors("Share on Facebook").is_empty());
        assert_eq!(clean_authors("Jane Roe | March 3, 2025"), ["Jane Roe"]);
    }
}

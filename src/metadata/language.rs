//! Language from the text itself, when the page declares none: whatlang's trigram and
//! script detector over the start of the main text, reported as a BCP 47 primary tag.

use crate::heuristics::metadata::{LANGUAGE_MIN_CHARS, LANGUAGE_SAMPLE_CHARS};

/// ISO 639-3 codes of whatlang's languages with their BCP 47 (ISO 639-1) tags.
const TAGS: &[(&str, &str)] = &[
    ("afr", "af"),
    ("aka", "ak"),
    ("amh", "am"),
    ("ara", "ar"),
    ("aze", "az"),
    ("bel", "be"),
    ("ben", "bn"),
    ("bul", "bg"),
    ("cat", "ca"),
    ("ces", "cs"),
    ("cmn", "zh"),
    ("cym", "cy"),
    ("dan", "da"),
    ("deu", "de"),
    ("ell", "el"),
    ("eng", "en"),
    ("epo", "eo"),
    ("est", "et"),
    ("fin", "fi"),
    ("fra", "fr"),
    ("guj", "gu"),
    ("heb", "he"),
    ("hin", "hi"),
    ("hrv", "hr"),
    ("hun", "hu"),
    ("hye", "hy"),
    ("ind", "id"),
    ("ita", "it"),
    ("jav", "jv"),
    ("jpn", "ja"),
    ("kan", "kn"),
    ("kat", "ka"),
    ("khm", "km"),
    ("kor", "ko"),
    ("lat", "la"),
    ("lav", "lv"),
    ("lit", "lt"),
    ("mal", "ml"),
    ("mar", "mr"),
    ("mkd", "mk"),
    ("mya", "my"),
    ("nep", "ne"),
    ("nld", "nl"),
    ("nob", "nb"),
    ("ori", "or"),
    ("pan", "pa"),
    ("pes", "fa"),
    ("pol", "pl"),
    ("por", "pt"),
    ("ron", "ro"),
    ("rus", "ru"),
    ("sin", "si"),
    ("slk", "sk"),
    ("slv", "sl"),
    ("sna", "sn"),
    ("spa", "es"),
    ("srp", "sr"),
    ("swe", "sv"),
    ("tam", "ta"),
    ("tel", "te"),
    ("tgl", "tl"),
    ("tha", "th"),
    ("tuk", "tk"),
    ("tur", "tr"),
    ("ukr", "uk"),
    ("urd", "ur"),
    ("uzb", "uz"),
    ("vie", "vi"),
    ("yid", "yi"),
    ("zul", "zu"),
];

/// The language of `text`, when it is long enough and the detector is confident.
pub fn detect(text: &str) -> Option<String> {
    let sample = match text.char_indices().nth(LANGUAGE_SAMPLE_CHARS) {
        Some((end, _)) => text.get(..end).unwrap_or(text),
        None => text,
    };
    if sample.chars().filter(|c| c.is_alphabetic()).count() < LANGUAGE_MIN_CHARS {
        return None;
    }
    let info = whatlang::detect(sample)?;
    if !info.is_reliable() {
        return None;
    }
    let code = info.lang().code();
    TAGS.iter()
        .find(|(three, _)| *three == code)
        .map(|(_, two)| (*two).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_long_text_only() {
        let de = "Der Apfelbaum im Garten meiner Großmutter trug jedes Jahr so viele Früchte, \
                  dass wir sie im Herbst körbeweise in den Keller trugen und den ganzen Winter \
                  über Apfelmus, Kuchen und Saft daraus machten.";
        assert_eq!(detect(de).as_deref(), Some("de"));
        let fr = "Le vieux pont de pierre traverse la rivière depuis trois siècles, et chaque \
                  printemps les crues montent jusqu'aux arches sans jamais l'emporter. Les \
                  pêcheurs du village y attachent leurs barques quand l'eau devient trop forte.";
        assert_eq!(detect(fr).as_deref(), Some("fr"));
        assert_eq!(detect("Kontakt Impressum"), None, "too short to say");
        assert_eq!(detect(""), None);
    }

    #[test]
    fn every_whatlang_code_has_a_tag() {
        for lang in whatlang::Lang::all() {
            assert!(
                TAGS.iter().any(|(three, _)| *three == lang.code()),
                "{}",
                lang.code()
            );
        }
    }
}

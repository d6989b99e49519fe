//! Charsets: every encoding encoding_rs knows, under every label the Encoding Standard
//! gives it, declared in `<meta>`; byte order marks; mislabelled pages; NUL bytes and
//! invalid UTF-8.

use encoding_rs::Encoding;
use thresh::Options;

use super::{check_outputs, extract_checked, extract_ok, short, timed, PROSE};

const RUSSIAN: &str = "Съешь же ещё этих мягких французских булок, да выпей чаю.";
const FRENCH: &str = "Le garçon a mangé une crème brûlée à Noël, puis il est allé au café.";
const CZECH_POLISH: &str = "Příliš žluťoučký kůň úpěl ďábelské ódy. Zażółć gęślą jaźń.";
const GREEK: &str = "Ξεσκεπάζω την ψυχοφθόρα βδελυγμία, είπε ο γέρος.";
const ARABIC: &str = "نص حكيم له سر قاطع وذو شأن عظيم مكتوب على ثوب أخضر.";
const HEBREW: &str = "דג סקרן שט בים מאוכזב ולפתע מצא חברה.";
const LITHUANIAN: &str = "Ąžuolų šakos, ėjo į mokyklą, čiulbėjo paukščiai.";
const JAPANESE: &str = "吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。";
const SIMPLIFIED: &str = "我能吞下玻璃而不伤身体。这句话用来测试中文编码，没有问题。";
const TRADITIONAL: &str = "我能吞下玻璃而不傷身體。這句話用來測試中文編碼，沒有問題。";
const KOREAN: &str =
    "다람쥐 헌 쳇바퀴에 타고파. 키스의 고유조건은 입술끼리 만나야 하고 특별한 기술은 필요치 않다.";
const ENGLISH: &str = "The river rose slowly through the night, and the fields were under water.";
const MIXED: &str = "Ünïcödé text: 日本語, Ελληνικά, русский, עברית and 😀 𠮷 at once.";

/// One encoding: every label the Encoding Standard maps to it, and a sentence it can
/// represent in full.
struct Case {
    enc: &'static Encoding,
    labels: &'static [&'static str],
    sentence: &'static str,
}

/// Every encoding of encoding_rs with a sentence in its script, except `replacement`
/// (it decodes any input to one U+FFFD: there is no sentence to round-trip; its labels
/// are ISO-2022-KR, HZ and ISO-2022-CN, which browsers refuse to decode on purpose) and
/// `x-user-defined` (a private-use mapping of the high bytes, not a real charset; no
/// sentence in it exists outside ASCII). UTF-16 labels are handled in `utf16_labels`.
fn cases() -> Vec<Case> {
    use encoding_rs::*;
    let c = |enc, labels, sentence| Case {
        enc,
        labels,
        sentence,
    };
    vec![
        c(UTF_8, &["utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"], MIXED),
        c(IBM866, &["ibm866", "866", "cp866", "csibm866"], RUSSIAN),
        c(ISO_8859_2, &["iso-8859-2", "csisolatin2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2"], CZECH_POLISH),
        c(ISO_8859_3, &["iso-8859-3", "csisolatin3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3", "iso_8859-3:1988", "l3", "latin3"], "Ĉiuĵaŭde eĥoŝanĝo; en Malta oni manĝas ħobż kaj ġobon."),
        c(ISO_8859_4, &["iso-8859-4", "csisolatin4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4", "iso_8859-4:1988", "l4", "latin4"], "Ķēniņš ļoti ātri ēda zaļus ābolus, un šī ūdens ir ģimenē."),
        c(ISO_8859_5, &["iso-8859-5", "csisolatincyrillic", "cyrillic", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5", "iso_8859-5:1988"], RUSSIAN),
        c(ISO_8859_6, &["iso-8859-6", "arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987"], ARABIC),
        c(ISO_8859_7, &["iso-8859-7", "csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-ir-126", "iso8859-7", "iso88597", "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek"], GREEK),
        c(ISO_8859_8, &["iso-8859-8", "csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8-e", "iso-ir-138", "iso8859-8", "iso88598", "iso_8859-8", "iso_8859-8:1988", "visual"], HEBREW),
        c(ISO_8859_8_I, &["iso-8859-8-i", "csiso88598i", "logical"], HEBREW),
        c(ISO_8859_10, &["iso-8859-10", "csisolatin6", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6"], "Þórður og Ðóra sáu ŋ og ŧ í Kautokeino, sagði hún."),
        c(ISO_8859_13, &["iso-8859-13", "iso8859-13", "iso885913"], LITHUANIAN),
        c(ISO_8859_14, &["iso-8859-14", "iso8859-14", "iso885914"], "Ḃí ċaitín ag ḋul go ṡráid; mae ŵyn a ŷd yn y cae."),
        c(ISO_8859_15, &["iso-8859-15", "csisolatin9", "iso8859-15", "iso885915", "iso_8859-15", "l9"], "Le cœur de l'œuvre coûte 5 €, dit Šárka à Žofie."),
        c(ISO_8859_16, &["iso-8859-16"], "Știința și țara își vând pâinea în București."),
        c(KOI8_R, &["koi8-r", "cskoi8r", "koi", "koi8", "koi8_r"], RUSSIAN),
        c(KOI8_U, &["koi8-u", "koi8-ru"], "Чуєш їх, доцю, га? Кумедна ж ти, прощайся без ґольфів!"),
        c(MACINTOSH, &["macintosh", "csmacintosh", "mac", "x-mac-roman"], FRENCH),
        c(WINDOWS_874, &["windows-874", "dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620"], "เป็นมนุษย์สุดประเสริฐเลิศคุณค่า กว่าบรรดาฝูงสัตว์เดรัจฉาน."),
        c(WINDOWS_1250, &["windows-1250", "cp1250", "x-cp1250"], CZECH_POLISH),
        c(WINDOWS_1251, &["windows-1251", "cp1251", "x-cp1251"], RUSSIAN),
        c(WINDOWS_1252, &["windows-1252", "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "x-cp1252"], "Das Frühstück kostet 5 € – „Grüße“ aus Köln, sagt François."),
        c(WINDOWS_1253, &["windows-1253", "cp1253", "x-cp1253"], GREEK),
        c(WINDOWS_1254, &["windows-1254", "cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9", "iso_8859-9:1989", "l5", "latin5", "x-cp1254"], "Pijamalı hasta yağız şoföre çabucak güvendi."),
        c(WINDOWS_1255, &["windows-1255", "cp1255", "x-cp1255"], HEBREW),
        c(WINDOWS_1256, &["windows-1256", "cp1256", "x-cp1256"], ARABIC),
        c(WINDOWS_1257, &["windows-1257", "cp1257", "x-cp1257"], LITHUANIAN),
        // windows-1258 has few precomposed Vietnamese letters: tones are combining marks.
        c(WINDOWS_1258, &["windows-1258", "cp1258", "x-cp1258"], "Tiê\u{301}ng Viê\u{323}t là ngôn ngư\u{303} cu\u{309}a ngươ\u{300}i Viê\u{323}t, đu\u{301}ng không?"),
        c(X_MAC_CYRILLIC, &["x-mac-cyrillic", "x-mac-ukrainian"], RUSSIAN),
        c(GBK, &["gbk", "chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "iso-ir-58", "x-gbk"], SIMPLIFIED),
        c(GB18030, &["gb18030"], "我能吞下玻璃而不伤身体。价格是5€，还有𠮷和😀。"),
        c(BIG5, &["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"], TRADITIONAL),
        c(EUC_JP, &["euc-jp", "cseucpkdfmtjapanese", "x-euc-jp"], JAPANESE),
        c(ISO_2022_JP, &["iso-2022-jp", "csiso2022jp"], JAPANESE),
        c(SHIFT_JIS, &["shift_jis", "csshiftjis", "ms932", "ms_kanji", "shift-jis", "sjis", "windows-31j", "x-sjis"], JAPANESE),
        c(EUC_KR, &["euc-kr", "cseuckr", "csksc56011987", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949"], KOREAN),
    ]
}

/// A page declaring `declaration` (the inside of a `<meta>` tag) whose title and four
/// paragraphs carry `sentence`.
fn page(declaration: &str, sentence: &str) -> String {
    let para = format!("<p>{sentence} {sentence} {sentence}</p>\n");
    format!(
        "<!DOCTYPE html><html><head><meta {declaration}><title>{sentence}</title></head>\
         <body><nav><a href=/>Home</a></nav><article>{}</article></body></html>",
        para.repeat(4)
    )
}

/// Encodes `page` in `enc`, asserting that nothing was unmappable.
fn encode(enc: &'static Encoding, page: &str) -> Vec<u8> {
    let (bytes, used, unmappable) = enc.encode(page);
    assert_eq!(used, enc, "{} encodes as itself", enc.name());
    assert!(
        !unmappable,
        "{}: the test sentence has unmappable characters",
        enc.name()
    );
    bytes.into_owned()
}

/// Extracts `bytes` and asserts that `sentence` comes out intact in the text and title.
fn assert_round_trip(what: &str, bytes: &[u8], sentence: &str) {
    let (ex, text) = timed(what, || extract_checked(what, bytes));
    check_round_trip(what, &ex, &text, sentence);
}

fn check_round_trip(what: &str, ex: &thresh::Extraction, text: &str, sentence: &str) {
    assert!(
        text.contains(sentence),
        "{what}: sentence not intact; text: {:?}",
        short(text)
    );
    assert_eq!(
        ex.metadata.title.as_deref(),
        Some(sentence),
        "{what}: title"
    );
}

#[test]
fn every_encoding_and_label_round_trips() {
    let mut failures = Vec::new();
    timed("every encoding x every label", || {
        for case in cases() {
            for (i, label) in case.labels.iter().enumerate() {
                assert_eq!(
                    Encoding::for_label(label.as_bytes()),
                    Some(case.enc),
                    "label table: {label}"
                );
                // Alternate the spelling of the declaration: case and the three meta forms.
                let decl = match i % 3 {
                    0 => format!("charset=\"{label}\""),
                    1 => format!(
                        "http-equiv=\"Content-Type\" content=\"text/html; charset={}\"",
                        label.to_uppercase()
                    ),
                    _ => format!("charset='{}'", label.to_uppercase()),
                };
                let bytes = encode(case.enc, &page(&decl, case.sentence));
                let what = format!("{} as {decl}", case.enc.name());
                let run = || {
                    let (ex, text) = extract_checked(&what, &bytes);
                    check_round_trip(&what, &ex, &text, case.sentence);
                };
                if let Err(e) = std::panic::catch_unwind(run) {
                    let msg = e.downcast_ref::<String>().cloned().unwrap_or_default();
                    failures.push(msg);
                }
            }
        }
    });
    assert!(
        failures.is_empty(),
        "{} label(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn utf16_labels_in_meta_read_as_utf8() {
    // A page whose <meta> could be read as ASCII is not UTF-16, whatever it says.
    for label in [
        "utf-16",
        "utf-16le",
        "utf-16be",
        "csunicode",
        "iso-10646-ucs-2",
        "ucs-2",
        "unicode",
        "unicodefeff",
    ] {
        let page = page(&format!("charset={label}"), MIXED);
        assert_round_trip(
            &format!("meta {label}, UTF-8 bytes"),
            page.as_bytes(),
            MIXED,
        );
    }
}

/// `page` as UTF-16 with a byte order mark, little- or big-endian.
fn utf16(page: &str, little: bool) -> Vec<u8> {
    let mut out = if little {
        vec![0xff, 0xfe]
    } else {
        vec![0xfe, 0xff]
    };
    for unit in page.encode_utf16() {
        out.extend(if little {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        });
    }
    out
}

#[test]
fn utf16_le_with_bom() {
    // The BOM outranks a (wrong) meta declaration.
    let bytes = utf16(&page("charset=windows-1252", MIXED), true);
    assert_round_trip("UTF-16LE with BOM", &bytes, MIXED);
}

#[test]
fn utf16_be_with_bom() {
    let bytes = utf16(&page("charset=windows-1252", MIXED), false);
    assert_round_trip("UTF-16BE with BOM", &bytes, MIXED);
}

#[test]
fn utf16_without_bom_and_odd_length() {
    // Without a BOM, mostly-ASCII UTF-16 is recognised by its NUL bytes.
    let le = utf16(&page("charset=utf-8", ENGLISH), true);
    assert_round_trip("UTF-16LE without BOM", &le[2..], ENGLISH);
    let be = utf16(&page("charset=utf-8", ENGLISH), false);
    assert_round_trip("UTF-16BE without BOM", &be[2..], ENGLISH);
    // A lone trailing byte: decoded with a replacement character, no panic.
    let mut odd = utf16(&page("charset=utf-8", KOREAN), true);
    odd.push(b'<');
    assert_round_trip("UTF-16LE odd length", &odd, KOREAN);
}

#[test]
fn utf16_without_bom_non_latin() {
    // Korean UTF-16 has too few NULs to be recognised without a BOM (browsers do not
    // sniff it either): a clear NotHtml error is acceptable, a wrong reading is not.
    let le = utf16(&page("charset=utf-8", KOREAN), true);
    match timed("UTF-16LE Korean without BOM", || {
        thresh::extract(&le[2..], &Options::default())
    }) {
        Ok(ex) => check_round_trip(
            "UTF-16LE Korean without BOM",
            &ex,
            &check_outputs("utf16", &ex),
            KOREAN,
        ),
        Err(e) => assert!(
            matches!(e, thresh::Error::NotHtml(_)),
            "unexpected error {e:?}"
        ),
    }
}

#[test]
fn utf8_with_bom_over_wrong_meta() {
    let mut bytes = vec![0xef, 0xbb, 0xbf];
    bytes.extend(page("charset=koi8-r", MIXED).as_bytes());
    assert_round_trip("UTF-8 BOM over meta koi8-r", &bytes, MIXED);
}

#[test]
fn declared_windows_1252_but_utf8() {
    // Transcoded to UTF-8, label left behind: the UTF-8 reading wins.
    let sentence = "Das Frühstück kostet 5 € – „Grüße“ aus Köln, sagt François.";
    let bytes = page("charset=windows-1252", sentence).into_bytes();
    assert_round_trip("meta windows-1252, UTF-8 bytes", &bytes, sentence);
    let bytes = page("charset=iso-8859-1", sentence).into_bytes();
    assert_round_trip("meta iso-8859-1, UTF-8 bytes", &bytes, sentence);
}

#[test]
fn declared_utf8_but_windows_1252() {
    // The label is believed: the accented bytes become U+FFFD, the ASCII survives.
    let sentence = "Le garçon a mangé une crème brûlée à Noël, puis il est allé au café.";
    let bytes = encode(encoding_rs::WINDOWS_1252, &page("charset=utf-8", sentence));
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the page must not be valid UTF-8"
    );
    let (_, text) = extract_ok(
        "meta utf-8, windows-1252 bytes",
        &bytes,
        &Options::default(),
    );
    assert!(
        text.contains("Le gar\u{fffd}on a mang\u{fffd} une cr\u{fffd}me"),
        "text: {:?}",
        short(&text)
    );
}

#[test]
fn nul_bytes_and_invalid_utf8() {
    let mut page = b"<!DOCTYPE html><html><head><meta charset=utf-8><title>Bad\0 \xff\xfebytes\x01\x7f</title>\
        <meta name=description content=\"desc\x02\x1b\xc2\x85\xc2\x9b\0end\"></head><body><article>"
        .to_vec();
    for i in 0..20 {
        page.extend_from_slice(b"<p>");
        page.extend_from_slice(PROSE.as_bytes());
        // NUL, lone continuation, truncated sequences, overlong form, surrogate, C0/C1.
        page.extend_from_slice(match i % 5 {
            0 => b" nul\0here \x80\xbf" as &[u8],
            1 => b" trunc \xe2\x82 \xf0\x9f\x98 end",
            2 => b" overlong \xc0\xaf \xed\xa0\x80 surrogate",
            3 => b" c0 \x01\x02\x03\x07\x08\x0b\x0c\x0e\x1f\x7f c1 \xc2\x80\xc2\x9f",
            _ => b" <img alt=\"a\0b\x05\"> \xf8\x88\x80\x80\x80 \xff",
        });
        page.extend_from_slice(b"</p>\n");
    }
    page.extend_from_slice(b"<pre>code\0\x01\x0b\x0c\r\nline\xff</pre></article></body></html>");
    let (ex, text) = extract_ok("NUL bytes and invalid UTF-8", &page, &Options::default());
    assert!(text.contains(PROSE), "prose lost: {:?}", short(&text));
    assert!(
        text.contains('\u{fffd}'),
        "invalid bytes should show as U+FFFD"
    );
    check_outputs("NUL bytes and invalid UTF-8 (again)", &ex);
}

#[test]
fn charset_label_with_spaces() {
    // The Encoding Standard trims ASCII whitespace around a label ("get an encoding").
    let bytes = encode(encoding_rs::KOI8_R, &page("charset=\" koi8-r \"", RUSSIAN));
    assert_round_trip("meta charset=\" koi8-r \"", &bytes, RUSSIAN);
}

#[test]
fn meta_after_prescan_window() {
    // A declaration past the first 8 KB is not seen: valid UTF-8 is read as UTF-8, and
    // legacy bytes fall back to windows-1252 — either way, no panic and clean output.
    let filler = format!("<!-- {} -->", "x".repeat(9000));
    let html = page("charset=koi8-r", RUSSIAN).replacen("<head>", &format!("<head>{filler}"), 1);
    let bytes = encode(encoding_rs::KOI8_R, &html);
    let (_, text) = extract_ok("meta koi8-r after 8 KB", &bytes, &Options::default());
    assert!(!text.is_empty(), "the paragraphs are still content");
    let utf8 = html.into_bytes();
    assert_round_trip("meta koi8-r after 8 KB, UTF-8 bytes", &utf8, RUSSIAN);
}

#[test]
fn double_encoded_utf8_is_mended() {
    // UTF-8 once read as windows-1252 and saved again: in the bytes, in entities and in
    // the title. The page's own accented words are left as they are.
    let sentence = "The café isn’t open — it’s closed until 9 °C…";
    let garbled: String = encoding_rs::WINDOWS_1252
        .decode(sentence.as_bytes())
        .0
        .into_owned();
    assert!(garbled.contains("isnâ€™t"), "{garbled}");
    let entities = "It&acirc;&euro;&trade;s the crème brûlée season in Köln, naïve façade and all.";
    let html = format!(
        "<!DOCTYPE html><html><head><meta charset=utf-8><title>Mended â€” headline</title>\
         <meta property=og:description content=\"{garbled}\"></head><body><article>\
         <h1>Mended â€” headline</h1><p>{garbled} {PROSE}</p><p>{entities} {PROSE}</p>\
         </article></body></html>"
    );
    let (ex, text) = extract_ok("double-encoded UTF-8", html.as_bytes(), &Options::default());
    assert!(text.contains(sentence), "text: {:?}", short(&text));
    assert!(
        text.contains("It’s the crème brûlée season in Köln, naïve façade and all."),
        "text: {:?}",
        short(&text)
    );
    assert!(!text.contains('â'), "text: {:?}", short(&text));
    assert_eq!(ex.metadata.title.as_deref(), Some("Mended — headline"));
    assert_eq!(ex.metadata.description.as_deref(), Some(sentence));
}

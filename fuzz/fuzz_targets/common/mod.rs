//! Checks shared by the fuzz targets (included with `#[path]`, not a target itself).

#![allow(dead_code)]

/// Panics on a control character other than `\n` and `\t`.
pub fn assert_clean(what: &str, s: &str) {
    if let Some(c) = s
        .chars()
        .find(|&c| c.is_control() && c != '\n' && c != '\t')
    {
        panic!("{what}: control character {c:?} in output");
    }
}

/// Panics unless `json` parses and every string in it is clean; returns the value.
pub fn check_json(what: &str, json: &str) -> serde_json::Value {
    assert_clean(what, json);
    let v: serde_json::Value =
        serde_json::from_str(json).unwrap_or_else(|e| panic!("{what}: bad JSON: {e}"));
    let mut stack = vec![&v];
    while let Some(x) = stack.pop() {
        match x {
            serde_json::Value::String(s) => assert_clean(what, s),
            serde_json::Value::Array(a) => stack.extend(a),
            serde_json::Value::Object(o) => {
                for (k, y) in o {
                    assert_clean(what, k);
                    stack.push(y);
                }
            }
            _ => {}
        }
    }
    v
}

/// Renders an extraction every way and checks each rendering.
pub fn check_extraction(ex: &thresh::Extraction) {
    let text = ex.text();
    assert_clean("text", &text);
    assert_clean("markdown", &ex.markdown());
    assert_clean("render", &ex.render());
    let v = check_json("json", &ex.to_json());
    assert_eq!(
        v["text"].as_str(),
        Some(text.as_str()),
        "JSON text differs from text()"
    );
    check_json("metadata json", &ex.metadata_json());
    if let Some(c) = ex.comments_text() {
        assert_clean("comments", &c);
    }
}

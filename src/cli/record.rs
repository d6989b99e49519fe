//! JSON records whose fields keep their order: the output record of a page with the
//! fields that its input adds (WARC ids, JSONL pass-through fields).

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::Value;

/// A JSON object with its fields in order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Object(pub Vec<(String, Value)>);

impl Object {
    /// Whether a field called `key` is there.
    pub fn has(&self, key: &str) -> bool {
        self.0.iter().any(|(k, _)| k == key)
    }

    /// Sets `key`, in place when it is there, else at the end.
    pub fn set(&mut self, key: &str, value: Value) {
        match self.0.iter_mut().find(|(k, _)| k == key) {
            Some((_, v)) => *v = value,
            None => self.0.push((key.to_string(), value)),
        }
    }

    /// Adds `key` at the end unless it is already there.
    pub fn add(&mut self, key: &str, value: Value) {
        if !self.has(key) {
            self.0.push((key.to_string(), value));
        }
    }

    /// Takes the field `key` out.
    pub fn take(&mut self, key: &str) -> Option<Value> {
        let i = self.0.iter().position(|(k, _)| k == key)?;
        Some(self.0.remove(i).1)
    }

    /// One line of JSON.
    pub fn to_line(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| String::from("{}"))
    }
}

impl Serialize for Object {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

impl<'de> Deserialize<'de> for Object {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Fields;
        impl<'de> Visitor<'de> for Fields {
            type Value = Object;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Object, A::Error> {
                let mut fields = Vec::new();
                while let Some((k, v)) = m.next_entry::<String, Value>()? {
                    fields.push((k, v));
                }
                Ok(Object(fields))
            }
        }
        d.deserialize_map(Fields)
    }
}

/// What an input adds to its page's record.
#[derive(Debug, Clone, Default)]
pub struct Extra {
    /// Replaces the record's `url` (the WARC target URI, the JSONL `url`).
    pub url: Option<String>,
    /// Fields right after `source` (WARC ids).
    pub front: Vec<(String, Value)>,
    /// Fields at the end, unless the record has them already (JSONL pass-through).
    pub back: Vec<(String, Value)>,
}

impl Extra {
    /// Whether there is nothing to add.
    pub fn is_empty(&self) -> bool {
        self.url.is_none() && self.front.is_empty() && self.back.is_empty()
    }

    /// `json` (an extraction's one-line JSON) with `source` first and these fields added.
    pub fn apply(&self, source: &str, json: &str) -> String {
        let page: Object = serde_json::from_str(json).unwrap_or_default();
        let mut out = self.head(source);
        for (k, v) in page.0 {
            out.add(&k, v);
        }
        if let Some(u) = &self.url {
            out.set("url", Value::String(u.clone()));
        }
        for (k, v) in &self.back {
            out.add(k, v.clone());
        }
        out.to_line()
    }

    /// The error record: `source`, the front fields, `url` when known, `error`, then the
    /// back fields.
    pub fn error_record(&self, source: &str, error: &str) -> String {
        let mut out = self.head(source);
        if let Some(u) = &self.url {
            out.add("url", Value::String(u.clone()));
        }
        out.add("error", Value::String(error.to_string()));
        for (k, v) in &self.back {
            out.add(k, v.clone());
        }
        out.to_line()
    }

    fn head(&self, source: &str) -> Object {
        let mut out = Object(vec![(
            "source".to_string(),
            Value::String(source.to_string()),
        )]);
        for (k, v) in &self.front {
            out.add(k, v.clone());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_and_adds_fields() {
        let extra = Extra {
            url: Some("https://ex.org/a".into()),
            front: vec![("warc_record_id".into(), Value::from("<urn:x>"))],
            back: vec![
                ("title".into(), Value::from("input")),
                ("zeta".into(), Value::from(1)),
                ("id".into(), Value::from(7)),
            ],
        };
        let line = extra.apply("f.warc", r#"{"url":null,"title":"T","text":"body"}"#);
        assert_eq!(
            line,
            r#"{"source":"f.warc","warc_record_id":"<urn:x>","url":"https://ex.org/a","title":"T","text":"body","zeta":1,"id":7}"#
        );
        let err = extra.error_record("f.warc", "boom");
        assert_eq!(
            err,
            r#"{"source":"f.warc","warc_record_id":"<urn:x>","url":"https://ex.org/a","error":"boom","title":"input","zeta":1,"id":7}"#
        );
        let o: Object = serde_json::from_str(r#"{"b":1,"a":{"y":1,"x":2}}"#).unwrap_or_default();
        assert_eq!(o.to_line(), r#"{"b":1,"a":{"x":2,"y":1}}"#);
    }
}

//! JSON-LD: every `<script type="application/ld+json">` parsed, `@graph` and arrays
//! flattened into a list of typed nodes, `@id` references resolvable.

use serde_json::Value;

use crate::dom::Dom;
use markup5ever::local_name;

/// Most JSON-LD nodes gathered from one page; beyond this the rest is ignored.
const MAX_NODES: usize = 2000;
/// The `<meta name>` under which some site builders print a JSON-LD block.
const LD_META_NAME: &str = "script:ld+json";

/// The flattened JSON-LD of a page.
#[derive(Debug, Default)]
pub struct JsonLd {
    /// Every object that has an `@type` or `@id`, in document order.
    pub nodes: Vec<Value>,
}

/// Leading entries of [`ARTICLE_TYPES`] that declare an authored text on their own;
/// the rest (reviews, questions, recipes…) also appear as parts of product and Q&A
/// pages.
const AUTHORED_COUNT: usize = 10;

/// The authored-text types: news, blog posts, articles, reports.
pub fn authored_types() -> &'static [&'static str] {
    ARTICLE_TYPES.get(..AUTHORED_COUNT).unwrap_or(ARTICLE_TYPES)
}

/// Leading entries of [`ARTICLE_TYPES`] that name a news story or a blog post: a type no
/// forum engine declares for a thread (they declare `DiscussionForumPosting`, `QAPage`,
/// at most a bare `Article`).
const STORY_COUNT: usize = 6;

/// The news-story and blog-post types.
pub fn story_types() -> &'static [&'static str] {
    ARTICLE_TYPES.get(..STORY_COUNT).unwrap_or(ARTICLE_TYPES)
}

/// Types of authored text, most specific first; the first [`AUTHORED_COUNT`] are the
/// authored-text types proper.
pub const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Article",
    "ScholarlyArticle",
    "TechArticle",
    "Report",
    "SocialMediaPosting",
    "DiscussionForumPosting",
    "Recipe",
    "Review",
    "HowTo",
    "Question",
    "APIReference",
];

impl JsonLd {
    /// Parses all JSON-LD blocks of the document.
    /// JSON-LD blocks of the page: `<script type="application/ld+json">` and the meta
    /// tags that carry one ([`LD_META_NAME`]).
    pub fn from_dom(dom: &Dom) -> Self {
        let mut out = JsonLd::default();
        for id in dom.descendants(crate::dom::ROOT) {
            // Some site builders print the JSON-LD into a meta tag's content instead of a
            // script (`<meta name="script:ld+json" content="{&quot;@type&quot;…}">`).
            let text = if dom.is(id, &local_name!("script")) {
                let ty = dom.attr(id, &local_name!("type")).unwrap_or("");
                if !ty.trim().eq_ignore_ascii_case("application/ld+json") {
                    continue;
                }
                dom.raw_text(id)
            } else if dom.is(id, &local_name!("meta"))
                && dom
                    .attr(id, &local_name!("name"))
                    .is_some_and(|n| n.trim().eq_ignore_ascii_case(LD_META_NAME))
            {
                dom.attr(id, &local_name!("content"))
                    .unwrap_or("")
                    .to_string()
            } else {
                continue;
            };
            if let Some(v) = parse_lenient(&text) {
                out.flatten(v);
            }
            if out.nodes.len() >= MAX_NODES {
                break;
            }
        }
        out
    }

    fn flatten(&mut self, root: Value) {
        let mut stack = vec![root];
        while let Some(v) = stack.pop() {
            if self.nodes.len() >= MAX_NODES {
                return;
            }
            match v {
                Value::Array(items) => stack.extend(items.into_iter().rev()),
                Value::Object(mut map) => {
                    if let Some(g) = map.remove("@graph") {
                        stack.push(g);
                    }
                    if map.contains_key("@type") || map.contains_key("@id") {
                        self.nodes.push(Value::Object(map));
                    }
                }
                _ => {}
            }
        }
        // Nested objects (mainEntity, itemListElement…) stay inside their parents and
        // are reached through `get` paths.
    }

    /// The first node whose `@type` is one of `types` (in the order of `types`).
    pub fn first_of(&self, types: &[&str]) -> Option<&Value> {
        for t in types {
            if let Some(n) = self.nodes.iter().find(|n| has_type(n, t)) {
                return Some(n);
            }
            // One level down: `mainEntity` or `mainEntityOfPage` objects.
            for n in &self.nodes {
                for key in ["mainEntity", "mainEntityOfPage"] {
                    if let Some(inner) = n.get(key).filter(|v| has_type(v, t)) {
                        return Some(inner);
                    }
                }
            }
        }
        None
    }

    /// Whether any node (or a `mainEntity`) has type `t`.
    pub fn has_type(&self, t: &str) -> bool {
        self.any_entity(|v| has_type(v, t))
    }

    /// Whether a node (or a `mainEntity`) declares a product on sale: a `Product` that
    /// is no rating badge ([`is_rating_badge`]).
    pub fn declares_product(&self) -> bool {
        self.any_entity(|v| has_type(v, "Product") && !is_rating_badge(v))
    }

    /// Whether `f` holds for a node or a node's `mainEntity`.
    fn any_entity(&self, f: impl Fn(&Value) -> bool) -> bool {
        self.nodes
            .iter()
            .any(|n| f(n) || n.get("mainEntity").is_some_and(&f))
    }

    /// Resolves `{"@id": …}` references to the node with that id.
    pub fn resolve<'a>(&'a self, v: &'a Value) -> &'a Value {
        if let Some(id) = v.get("@id").and_then(Value::as_str) {
            let bare = v
                .as_object()
                .is_some_and(|m| m.len() <= 2 && !m.contains_key("name"));
            if bare {
                if let Some(n) = self.nodes.iter().find(|n| {
                    n.get("@id").and_then(Value::as_str) == Some(id) && n.get("name").is_some()
                }) {
                    return n;
                }
            }
        }
        v
    }
}

/// Whether a node carries a rating (`RATING_KEYS`) and nothing that identifies an item
/// on sale (`PRODUCT_IDENTITY_KEYS`): the stars a business or a category page declares
/// for search results, not a product.
pub fn is_rating_badge(v: &Value) -> bool {
    use crate::heuristics::metadata::{PRODUCT_IDENTITY_KEYS, RATING_KEYS};
    let Some(map) = v.as_object() else {
        return false;
    };
    let has = |keys: &[&str]| {
        map.keys()
            .any(|k| keys.iter().any(|w| k.eq_ignore_ascii_case(w)))
    };
    has(RATING_KEYS) && !has(PRODUCT_IDENTITY_KEYS)
}

/// Whether `v`'s `@type` (string or array) is `t`, ignoring a schema.org prefix.
pub fn has_type(v: &Value, t: &str) -> bool {
    let matches = |s: &str| {
        let s = s.rsplit('/').next().unwrap_or(s);
        let s = s.rsplit(':').next().unwrap_or(s);
        s.eq_ignore_ascii_case(t)
    };
    match v.get("@type") {
        Some(Value::String(s)) => matches(s),
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).any(matches),
        _ => false,
    }
}

/// A string value: a plain string, the first of an array, or an object's `name`/`@value`.
pub fn as_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(a) => a.iter().find_map(as_text),
        Value::Object(m) => m.get("name").or_else(|| m.get("@value")).and_then(as_text),
        _ => None,
    }
}

/// Parses JSON-LD as found on real pages: CDATA wrappers, HTML comments, raw control
/// characters and trailing semicolons are tolerated.
pub fn parse_lenient(raw: &str) -> Option<Value> {
    let mut s = raw.trim();
    for (open, close) in [
        ("<!--", "-->"),
        ("//<![CDATA[", "//]]>"),
        ("<![CDATA[", "]]>"),
    ] {
        if let Some(inner) = s.strip_prefix(open) {
            s = inner.trim();
            if let Some(inner) = s.strip_suffix(close) {
                s = inner.trim();
            }
        }
    }
    let s = s.trim_end_matches(';');
    if let Ok(v) = serde_json::from_str(s) {
        return Some(v);
    }
    let cleaned: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    serde_json::from_str(&cleaned).ok()
}

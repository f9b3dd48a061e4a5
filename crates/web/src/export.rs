//! Downloads: CSV (RFC 4180, safe to open in a spreadsheet) and JSON responses for every public list.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// A CSV field, quoted when needed, with a leading `'` on text a spreadsheet would run as a formula.
pub fn csv_field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_string() };
    if value.contains([',', '"', '\n', '\r']) { format!("\"{}\"", value.replace('"', "\"\"")) } else { value }
}

pub fn csv_document(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = header.iter().map(|h| csv_field(h)).collect::<Vec<_>>().join(",");
    out.push_str("\r\n");
    for row in rows {
        out.push_str(&row.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

pub fn csv_response(filename: &str, body: impl Into<axum::body::Body>) -> Response {
    let disposition =
        HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")).unwrap_or(HeaderValue::from_static("attachment"));
    ([(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8")), (header::CONTENT_DISPOSITION, disposition)], body.into())
        .into_response()
}

pub fn json_response<T: Serialize>(value: &T) -> Response {
    axum::Json(value).into_response()
}

/// A (usually cached) body sent with its content type.
pub fn bytes_response(content_type: &'static str, body: impl Into<axum::body::Bytes>) -> Response {
    ([(header::CONTENT_TYPE, HeaderValue::from_static(content_type))], body.into()).into_response()
}

/// One entry of an Atom feed.
pub struct AtomEntry {
    pub id: String,
    pub title: String,
    pub updated: i64,
    pub link: String,
    pub content: String,
}

/// An Atom feed (RFC 4287) of `entries`, newest first; `base` is the forum's public URL and paths are under it.
pub fn atom_feed(base: &str, title: &str, self_path: &str, alternate_path: &str, entries: &[AtomEntry]) -> Vec<u8> {
    let updated = entries.iter().map(|e| e.updated).max().unwrap_or(0);
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>{}</title>\n<id>{base}{self_path}</id>\n<link rel=\"self\" href=\"{base}{self_path}\"/>\n<link href=\"{base}{alternate_path}\"/>\n<updated>{}</updated>\n<author><name>{}</name></author>\n",
        xml_escape(title),
        rfc3339(updated),
        xml_escape(title),
    );
    for e in entries {
        xml.push_str(&format!(
            "<entry>\n<id>{}</id>\n<title>{}</title>\n<updated>{}</updated>\n<link href=\"{base}{}\"/>\n<content type=\"text\">{}</content>\n</entry>\n",
            xml_escape(&e.id),
            xml_escape(&e.title),
            rfc3339(e.updated),
            xml_escape(&e.link),
            xml_escape(&e.content),
        ));
    }
    xml.push_str("</feed>\n");
    xml.into_bytes()
}

/// Text as XML character data or an attribute value: markup escaped, and the characters XML 1.0 cannot carry at
/// all (controls other than tab and line breaks, which imported data may hold) left out, so a feed stays valid.
pub fn xml_escape(text: &str) -> String {
    let carried = |c: &char| !c.is_control() || matches!(c, '\t' | '\n' | '\r') || ('\u{7f}'..='\u{9f}').contains(c);
    text.chars().filter(carried).collect::<String>().replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

pub fn rfc3339(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_leaves_out_what_xml_cannot_carry() {
        assert_eq!(xml_escape("a\u{0}b\u{1b}c <d>"), "abc &lt;d&gt;");
        assert_eq!(xml_escape("tab\there"), "tab\there");
    }

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    }
}

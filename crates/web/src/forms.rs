//! Posted forms: the body parsed into name/value pairs (repeated names kept, for checkboxes), with the CSRF
//! token checked here, once, for every state-changing form of the site, and every value made plain text: no NUL or
//! other control character (refused), line breaks as `\n`, and none at all in a one-line field.

use crate::auth::{csrf_binding, csrf_matches};
use crate::{App, AppError};
use axum::extract::{FromRequest, Request};
use axum::http::header;

pub const MAX_FORM_BYTES: usize = 256 * 1024;

#[derive(Debug, Default)]
pub struct FormData {
    pairs: Vec<(String, String)>,
}

impl FormData {
    /// The first value of a field, or "" when absent.
    pub fn get(&self, name: &str) -> &str {
        self.pairs.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str())
    }

    pub fn all(&self, name: &str) -> Vec<String> {
        self.pairs.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).collect()
    }

    /// A checkbox: present with any value means ticked.
    pub fn checked(&self, name: &str) -> bool {
        self.pairs.iter().any(|(k, _)| k == name)
    }
}

impl FromRequest<App> for FormData {
    type Rejection = AppError;

    async fn from_request(request: Request, app: &App) -> Result<Self, AppError> {
        let content_type = request.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
        if !content_type.starts_with("application/x-www-form-urlencoded") {
            return Err(AppError::BadRequest("expected a form (application/x-www-form-urlencoded)".into()));
        }
        let binding = csrf_binding(request.headers(), request.extensions());
        let bytes = axum::body::to_bytes(request.into_body(), MAX_FORM_BYTES)
            .await
            .map_err(|_| AppError::BadRequest(format!("the form is larger than {MAX_FORM_BYTES} bytes or could not be read")))?;
        let pairs =
            form_urlencoded::parse(&bytes).map(|(k, v)| plain_text(&k, &v).map(|v| (k.into_owned(), v))).collect::<Result<_, _>>()?;
        let form = FormData { pairs };
        if !csrf_matches(app, &binding, form.get("csrf")) {
            return Err(AppError::Csrf);
        }
        Ok(form)
    }
}

/// The fields typed in a text area, where line breaks belong (`q12_text`, `call_3` … by their prefix or suffix). A
/// test keeps the list equal to the text areas of the templates.
const MULTI_LINE: &[&str] = &[
    "action_plan",
    "action_points",
    "agenda",
    "bio",
    "body",
    "comment",
    "description",
    "documents",
    "draft",
    "endorsers",
    "expected_outcomes",
    "formats",
    "hybrid_plan",
    "inquiry",
    "intro",
    "letter",
    "links",
    "materials",
    "milestones",
    "minutes",
    "motivation",
    "note",
    "policy_questions",
    "privacy",
    "proposal",
    "questionnaire",
    "rationale",
    "reason",
    "report",
    "response",
    "scope",
    "statement",
    "statement_of_need",
    "statements",
    "sub_themes",
    "summary",
    "synthesis",
    "text",
    "transcript",
    "used",
];

fn multi_line(name: &str) -> bool {
    MULTI_LINE.contains(&name) || name.starts_with("call_") || name.starts_with("takeaway_") || name.ends_with("_text")
}

/// A field's value as the forum stores it. A NUL or another control character can only come from a crafted request
/// (PostgreSQL cannot store NUL, XML cannot carry most controls): refused. Line breaks become `\n`; in a one-line
/// field (a name, a title) a line break or tab becomes a space, so no title carries CRLF into a mail or a feed.
fn plain_text(name: &str, value: &str) -> Result<String, AppError> {
    if value.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        return Err(AppError::BadRequest(format!("{name}: control characters (such as NUL) are not accepted")));
    }
    let unix = value.replace("\r\n", "\n").replace('\r', "\n");
    Ok(if multi_line(name) { unix } else { unix.replace(['\n', '\t'], " ") })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_refused_and_line_breaks_kept_only_in_text_areas() {
        assert!(plain_text("name", "Ada\0").is_err());
        assert!(plain_text("text", "bell \u{7}").is_err());
        assert!(plain_text("text", "next line \u{85}").is_err(), "C1 controls too");
        assert_eq!(plain_text("title", "Open\r\nData").unwrap(), "Open Data");
        assert_eq!(plain_text("description", "one\r\ntwo\rthree").unwrap(), "one\ntwo\nthree");
        assert_eq!(plain_text("q12_text", "a\nb").unwrap(), "a\nb");
        assert_eq!(plain_text("name", "ليلى \u{200F}").unwrap(), "ليلى \u{200F}", "direction marks are text, not controls");
    }

    /// Every text area of the templates is a multi-line field here, or its line breaks would be lost.
    #[test]
    fn every_text_area_keeps_its_line_breaks() {
        let mut names = Vec::new();
        for path in crate::files_under("templates") {
            let template = std::fs::read_to_string(&path).unwrap();
            for area in template.split("<textarea").skip(1) {
                let tag = area.split('>').next().unwrap_or("");
                let name = tag.split("name=\"").nth(1).and_then(|n| n.split('"').next()).unwrap_or("");
                names.push(name.replace("{{ i }}", "1").replace("{{ q.id }}", "1"));
            }
        }
        assert!(names.len() > 30, "{names:?}");
        let lost: Vec<&String> = names.iter().filter(|n| !multi_line(n)).collect();
        assert!(lost.is_empty(), "text areas whose line breaks would be lost: {lost:?}");
    }
}

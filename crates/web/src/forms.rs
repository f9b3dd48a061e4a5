//! Posted forms: the body parsed into name/value pairs (repeated names kept, for checkboxes), with the CSRF
//! token checked here, once, for every state-changing form of the site.

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
        let pairs: Vec<(String, String)> = form_urlencoded::parse(&bytes).into_owned().collect();
        let form = FormData { pairs };
        if !csrf_matches(app, &binding, form.get("csrf")) {
            return Err(AppError::Csrf);
        }
        Ok(form)
    }
}

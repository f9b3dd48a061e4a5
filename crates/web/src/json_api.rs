//! What every capability's JSON endpoints share: the one error shape, cursor pagination, the caller of a write
//! endpoint (from its bearer token and scopes) and JSON bodies read with the same refusals as forms. It imports no
//! capability, so each capability's API can use it without importing the API document that lists them all.

use crate::{App, AppError};
use agora_store::tokens;
use axum::extract::FromRequestParts;
use axum::http::{HeaderValue, header, request::Parts};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// Every API error has this shape: a sentence for people, and the specific reason.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ApiError {
    pub error: String,
    pub detail: String,
}

/// Cursors are opaque to clients; today they carry the last id seen.
pub fn encode_cursor(id: i64) -> String {
    format!("a1{id:x}")
}

pub fn decode_cursor(cursor: &str) -> Result<i64, AppError> {
    cursor
        .strip_prefix("a1")
        .and_then(|hex| i64::from_str_radix(hex, 16).ok())
        .filter(|id| *id >= 0)
        .ok_or_else(|| AppError::BadRequest(format!("malformed cursor {cursor:?}")))
}

/// A page of an API list: the items as a JSON array, and a `Link: <…>; rel="next"` header when there may be more.
pub fn page_of<T: Serialize>(rows: Vec<T>, limit: i64, path: &str, id_of: impl Fn(&T) -> i64) -> Response {
    let next = (rows.len() as i64 == limit).then(|| rows.last().map(&id_of)).flatten();
    let mut response = axum::Json(&rows).into_response();
    if let Some(last) = next {
        let separator = if path.contains('?') { '&' } else { '?' };
        if let Ok(value) = HeaderValue::from_str(&format!("<{path}{separator}limit={limit}&cursor={}>; rel=\"next\"", encode_cursor(last)))
        {
            response.headers_mut().insert(header::LINK, value);
        }
    }
    response
}

/// The scopes a token can carry: each opens one write endpoint.
pub const SCOPES: &[&str] = &["issues:write", "organizations:write"];

/// The caller of a write endpoint, from its `Authorization: Bearer` token.
pub struct ApiCaller {
    pub participant_id: i64,
    pub scopes: Vec<String>,
}

impl ApiCaller {
    pub fn require(&self, scope: &str) -> Result<(), AppError> {
        if self.scopes.iter().any(|s| s == scope) { Ok(()) } else { Err(AppError::MissingScope(scope.to_string())) }
    }
}

impl FromRequestParts<App> for ApiCaller {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, AppError> {
        let token =
            parts.headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer ")).map(str::trim);
        let Some(token) = token.filter(|t| !t.is_empty()) else {
            return Err(AppError::Unauthorized("send an API token as Authorization: Bearer TOKEN".into()));
        };
        let mut conn = app.db.acquire().await?;
        let (participant_id, scopes) = tokens::resolve(&mut conn, &crate::auth::token_hash(token))
            .await?
            .ok_or_else(|| AppError::Unauthorized("unknown or revoked API token".into()))?;
        Ok(ApiCaller { participant_id, scopes: scopes.split_whitespace().map(String::from).collect() })
    }
}

/// JSON bodies of the write endpoints, with malformed input answered by the one error shape.
pub struct JsonBody<T>(pub T);

impl<T: serde::de::DeserializeOwned> axum::extract::FromRequest<App> for JsonBody<T> {
    type Rejection = AppError;

    async fn from_request(request: axum::extract::Request, app: &App) -> Result<Self, AppError> {
        let (parts, body) = request.into_parts();
        let bytes = axum::body::to_bytes(body, crate::forms::MAX_FORM_BYTES)
            .await
            .map_err(|_| AppError::BadRequest(format!("the body is larger than {} bytes", crate::forms::MAX_FORM_BYTES)))?;
        // A string with an escaped control character (`\u0000` …) is refused as a form's would be: PostgreSQL cannot
        // store NUL, and no field of the API is meant to carry one.
        if control_escape(&bytes) {
            return Err(AppError::BadRequest("control characters (such as \\u0000) are not accepted".into()));
        }
        let request = axum::extract::Request::from_parts(parts, axum::body::Body::from(bytes));
        match axum::Json::<T>::from_request(request, app).await {
            Ok(axum::Json(value)) => Ok(JsonBody(value)),
            Err(rejection) => Err(AppError::BadRequest(rejection.body_text())),
        }
    }
}

/// Whether a JSON text escapes a control character other than tab and line breaks (`\u0000` to `\u001f`).
fn control_escape(json: &[u8]) -> bool {
    json.windows(6).any(|w| {
        w[..4].eq_ignore_ascii_case(b"\\u00")
            && matches!(w[4], b'0' | b'1')
            && !(w[4] == b'0' && matches!(w[5].to_ascii_lowercase(), b'9' | b'a' | b'd'))
    })
}

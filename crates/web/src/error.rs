//! One error type for every handler, mapped to an HTTP status here and rendered as a page in the reader's
//! language by [`render_errors`], which sees the request the handler could not.

use crate::App;
use crate::page::Page;
use agora_store::StoreError;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    /// Not found, with the reason (for the API: "no entry 12 in the tree of size 10").
    #[error("not found: {0}")]
    NotFoundBecause(String),
    /// A request the server cannot make sense of; the text says why, in English, for developers.
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("missing or wrong CSRF token")]
    Csrf,
    #[error("forbidden")]
    Forbidden,
    /// Forbidden, with the reason a person should read (a translation key: "conflict-same-organization" …).
    #[error("forbidden: {0}")]
    ForbiddenBecause(String),
    #[error("login required")]
    LoginRequired,
    /// An API call without a valid token.
    #[error("unauthorized: {0}")]
    Unauthorized(String),
    /// An API token without the scope the endpoint needs.
    #[error("missing scope {0}")]
    MissingScope(String),
    #[error("too many requests; retry in {0} s")]
    RateLimited(u64),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("internal error: {0}")]
    Internal(String),
}

/// An error answered by axum itself rather than by a handler — a path that does not parse (`/api/cycles/x`), a body
/// over the size limit (413), a wrong content type — is plain text; it is turned into the same page or JSON shape
/// as every other error. Any other response is given back untouched.
async fn rejection_info(response: Response) -> Result<ErrorInfo, Response> {
    let status = response.status();
    let plain_text = response.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_none_or(|v| v.starts_with("text/plain"));
    if !(status.is_client_error() || status.is_server_error()) || !plain_text {
        return Err(response);
    }
    let body = axum::body::to_bytes(response.into_body(), 64 * 1024).await.unwrap_or_default();
    Ok(ErrorInfo {
        status,
        message_key: message_key_of(status, false),
        detail: String::from_utf8_lossy(&body).into_owned(),
        retry_after: None,
    })
}

/// The translation key of the sentence shown for a status.
fn message_key_of(status: StatusCode, csrf: bool) -> &'static str {
    match status {
        StatusCode::NOT_FOUND => "error-not-found",
        StatusCode::BAD_REQUEST | StatusCode::PAYLOAD_TOO_LARGE | StatusCode::UNSUPPORTED_MEDIA_TYPE | StatusCode::UNPROCESSABLE_ENTITY => {
            "error-bad-request"
        }
        StatusCode::FORBIDDEN if csrf => "error-csrf",
        StatusCode::FORBIDDEN => "error-forbidden",
        StatusCode::TOO_MANY_REQUESTS => "error-rate-limited",
        StatusCode::UNAUTHORIZED => "error-unauthorized",
        StatusCode::CONFLICT => "error-conflict",
        _ => "error-internal",
    }
}

impl AppError {
    fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound | AppError::NotFoundBecause(_) | AppError::Store(StoreError::NotFound) => StatusCode::NOT_FOUND,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Csrf | AppError::Forbidden | AppError::ForbiddenBecause(_) | AppError::MissingScope(_) => StatusCode::FORBIDDEN,
            AppError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            AppError::LoginRequired => StatusCode::SEE_OTHER,
            AppError::RateLimited(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::Store(StoreError::Conflict) => StatusCode::CONFLICT,
            AppError::Store(_) | AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The translation key of the sentence shown to the reader.
    fn message_key(&self) -> &'static str {
        message_key_of(self.status(), matches!(self, AppError::Csrf))
    }
}

/// Each use-case's error as the web answers it: a store error keeps its meaning (not found, a conflict), the rest
/// is the server's fault.
macro_rules! from_use_case_error {
    ($($error:ty),* $(,)?) => {$(
        impl From<$error> for AppError {
            fn from(e: $error) -> Self {
                use agora_app::StoreFailure;
                e.into_store().map_or_else(AppError::Internal, AppError::Store)
            }
        }
    )*};
}

from_use_case_error!(
    agora_app::cycles::IssueError,
    agora_app::screening::ScreeningError,
    agora_app::evaluation::EvaluationError,
    agora_app::meeting::MeetingError,
    agora_app::floor::FloorError,
    agora_app::bilaterals::BilateralError,
    agora_app::village::VillageError,
    agora_app::programme::ProgrammeError,
    agora_app::proposals::ProposalError,
    agora_app::consultations::opinion::OpinionError,
    agora_app::search::IndexError,
    agora_app::stocktaking::StocktakingError,
    agora_app::translations::TranslationError,
    agora_app::tracks::TrackError,
    agora_app::travel_support::TravelError,
);

/// What a failed handler leaves in its response for [`render_errors`] to turn into a page.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    pub status: StatusCode,
    pub message_key: &'static str,
    pub detail: String,
    pub retry_after: Option<u64>,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if matches!(self, AppError::LoginRequired) {
            let mut response = Redirect::to("/login").into_response();
            response.extensions_mut().insert(LoginRedirect);
            return response;
        }
        let status = self.status();
        if status.is_server_error() {
            tracing::error!(error = %self, "request failed");
        }
        let info = ErrorInfo {
            status,
            message_key: self.message_key(),
            detail: match &self {
                AppError::BadRequest(reason) | AppError::NotFoundBecause(reason) | AppError::Unauthorized(reason) => reason.clone(),
                AppError::MissingScope(scope) => format!("this token lacks the scope {scope}"),
                AppError::ForbiddenBecause(key) => format!("@{key}"),
                _ => String::new(),
            },
            retry_after: if let AppError::RateLimited(s) = self { Some(s) } else { None },
        };
        let mut response = (status, info.detail.clone()).into_response();
        response.extensions_mut().insert(info);
        response
    }
}

#[derive(askama::Template)]
#[template(path = "error.html")]
struct ErrorPage {
    page: Page,
    title: String,
    message: String,
    detail: String,
}

/// Marks the redirect of a page that needs a signed-in reader, so that it can name the page to return to.
#[derive(Clone, Copy)]
struct LoginRedirect;

/// Renders any error response as a page in the reader's language (JSON for `/api/…`), keeping its status.
pub async fn render_errors(State(app): State<App>, request: Request, next: Next) -> Response {
    let mut context = Request::new(());
    *context.headers_mut() = request.headers().clone();
    *context.uri_mut() = request.uri().clone();
    *context.extensions_mut() = request.extensions().clone();
    let returnable = request.method() == axum::http::Method::GET;
    let response = next.run(request).await;
    if response.extensions().get::<LoginRedirect>().is_some() {
        let (mut parts, ()) = context.into_parts();
        let page = Page::from_parts(&mut parts, &app).await;
        // A form posted while signed out cannot be replayed by a GET: it returns to the home page instead.
        let to = if returnable { page.login_href() } else { page.href("/login") };
        return Redirect::to(&to).into_response();
    }
    let info = match response.extensions().get::<ErrorInfo>().cloned() {
        Some(info) => info,
        None => match rejection_info(response).await {
            Ok(info) => info,
            Err(response) => return response,
        },
    };
    let (mut parts, ()) = context.into_parts();
    let page = Page::from_parts(&mut parts, &app).await;
    // A reason given as "@key" is a sentence of the catalogs, in the reader's language.
    let info = match info.detail.strip_prefix('@') {
        Some(key) => ErrorInfo { detail: page.t(&format!("forbidden-{key}")), ..info },
        None => info,
    };
    let mut rendered = if parts.uri.path().starts_with("/api/") {
        let body = serde_json::json!({ "error": page.t(info.message_key), "detail": info.detail });
        (info.status, axum::Json(body)).into_response()
    } else {
        let view = ErrorPage {
            title: page.t(info.message_key),
            message: page.t(&format!("{}-help", info.message_key)),
            detail: info.detail,
            page,
        };
        (info.status, crate::page::html(&view)).into_response()
    };
    if let Some(seconds) = info.retry_after {
        rendered.headers_mut().insert(header::RETRY_AFTER, seconds.into());
    }
    rendered
}

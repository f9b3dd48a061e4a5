//! The frame of every page: language, direction, navigation, the logged-in participant and the CSRF token for
//! its forms — built once per request by the [`Page`] extractor — and the pages that are only that frame
//! (home, privacy notice) plus the stylesheet.

use crate::auth::{CurrentUser, csrf_token, current_user};
use crate::i18n::{self, LangChoice};
use crate::{App, AppError};
use agora_domain::accounts::Action;
use agora_domain::people::Language;
use askama::Template;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use std::sync::Arc;

pub struct Page {
    pub lang: Language,
    /// "" or "/fr": prepended to every link so the reader stays in their language.
    pub prefix: String,
    /// The path without the language prefix, for the language switcher.
    pub path: String,
    pub user: Option<CurrentUser>,
    pub identity: Arc<crate::cache::Identity>,
    app: App,
    session: Option<String>,
    visitor: Option<Arc<crate::auth::Visitor>>,
}

pub struct LanguageLink {
    pub code: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

impl Page {
    pub async fn from_parts(parts: &mut Parts, app: &App) -> Page {
        let choice =
            parts.extensions.get::<LangChoice>().copied().unwrap_or(LangChoice { language: Language::English, from_prefix: false });
        let user = current_user(app, &parts.headers).await.unwrap_or_else(|e| {
            tracing::warn!(error = %e, "could not load the session");
            None
        });
        Page {
            lang: choice.language,
            prefix: if choice.from_prefix { format!("/{}", choice.language.code()) } else { String::new() },
            path: parts.uri.path().to_string(),
            user,
            identity: app.cache.identity(app).await,
            app: app.clone(),
            session: crate::auth::cookie(&parts.headers, crate::auth::SESSION_COOKIE),
            visitor: parts.extensions.get::<Arc<crate::auth::Visitor>>().cloned(),
        }
    }

    /// The CSRF token for this page's forms (binding an anonymous browser to a visitor id issued on demand).
    pub fn csrf(&self) -> String {
        let binding = match (&self.session, &self.visitor) {
            (Some(session), _) => session.clone(),
            (None, Some(visitor)) => visitor.id().to_string(),
            (None, None) => String::new(),
        };
        csrf_token(&self.app, &binding)
    }

    /// The anonymous browser's visitor id (issued with the first form it was shown).
    pub fn visitor_id(&self) -> Option<String> {
        self.visitor.as_ref().map(|v| v.id().to_string())
    }

    pub fn t(&self, key: &str) -> String {
        i18n::text(self.lang, key)
    }

    pub fn t1(&self, key: &str, name: &'static str, value: impl ToString) -> String {
        i18n::text_with(self.lang, key, &[(name, value.to_string())])
    }

    pub fn t_with(&self, key: &str, args: &[(&'static str, String)]) -> String {
        i18n::text_with(self.lang, key, args)
    }

    pub fn href(&self, path: &str) -> String {
        format!("{}{}", self.prefix, path)
    }

    /// The login page, returning here afterwards.
    pub fn login_href(&self) -> String {
        self.returning_here("/login")
    }

    /// The registration page, returning here once the account is verified.
    pub fn register_href(&self) -> String {
        self.returning_here("/register")
    }

    fn returning_here(&self, to: &str) -> String {
        let here = self.path.as_str();
        if matches!(here, "/" | "/login" | "/register") || here.starts_with("/password") || here.starts_with("/verify") {
            return self.href(to);
        }
        format!("{}?next={}", self.href(to), crate::query_value(here))
    }

    pub fn dir(&self) -> &'static str {
        if self.lang.is_right_to_left() { "rtl" } else { "ltr" }
    }

    pub fn lang_code(&self) -> &'static str {
        self.lang.code()
    }

    pub fn languages(&self) -> Vec<LanguageLink> {
        Language::ALL
            .iter()
            .map(|l| LanguageLink {
                code: l.code(),
                name: l.endonym(),
                href: format!("/{}{}", l.code(), self.path),
                current: *l == self.lang,
            })
            .collect()
    }

    /// Whether the reader's roles permit an action (for showing links and forms; handlers check again).
    pub fn may(&self, action: Action) -> bool {
        self.user.as_ref().is_some_and(|u| u.may(action))
    }

    pub fn may_manage(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.may(Action::ManageForumSettings))
    }

    pub fn require_user(&self) -> Result<&CurrentUser, AppError> {
        self.user.as_ref().ok_or(AppError::LoginRequired)
    }

    /// A stakeholder group's, gender's or other vocabulary value's name in the reader's language.
    pub fn term(&self, vocabulary: &str, code: &str) -> String {
        self.t(&format!("{vocabulary}-{code}"))
    }

    pub fn country_name(&self, iso2: &str) -> String {
        agora_domain::people::country(iso2).map_or_else(|| iso2.to_string(), |c| c.name_in(self.lang).to_string())
    }
}

impl FromRequestParts<App> for Page {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, AppError> {
        Ok(Page::from_parts(parts, app).await)
    }
}

/// schema.org JSON-LD for a page's <head>, safe inside a script element (no "</" can close it).
pub fn json_ld(value: serde_json::Value) -> String {
    let mut object = value;
    object["@context"] = "https://schema.org".into();
    object.to_string().replace('<', "\\u003c")
}

/// Renders a template as an HTML response.
pub fn html<T: Template>(template: &T) -> Response {
    match template.render() {
        Ok(body) => Html(body).into_response(),
        Err(e) => AppError::Internal(format!("template: {e}")).into_response(),
    }
}

#[derive(Template)]
#[template(path = "privacy.html")]
struct Privacy {
    page: Page,
}

pub async fn privacy(page: Page) -> Response {
    html(&Privacy { page })
}

pub const STYLESHEET: &str = include_str!("../static/agora.css");

/// The one script of the site: the reader's local time beside the forum's (pages work without it).
pub const LOCAL_TIME_SCRIPT: &str = include_str!("../static/local-time.js");

pub async fn local_time_script() -> Response {
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=86400")],
        LOCAL_TIME_SCRIPT,
    )
        .into_response()
}

pub async fn stylesheet() -> Response {
    (StatusCode::OK, [(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=86400")], STYLESHEET)
        .into_response()
}

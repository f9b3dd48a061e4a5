//! The JSON API as a whole: its OpenAPI 3.1 description generated from the handlers (utoipa) and a
//! documentation page built from it that works offline, the one error shape, cursor pagination, and API tokens
//! with scopes for integrations, with the write endpoints they open.

use crate::forms::FormData;
use crate::page::{Page, html};
use crate::{App, AppError};
use agora_domain::cycles::{IssueRefused, accept_issue};
use agora_store::tokens;
use askama::Template;
use axum::Router;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::{HeaderValue, header, request::Parts};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};
use utoipa::OpenApi;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/api/openapi.json", get(openapi_json))
        .route("/api/docs", get(docs))
        .route("/me/tokens", post(create_token))
        .route("/me/tokens/{id}/revoke", post(revoke_token))
        .route("/api/cycles/{id}/issues", post(submit_issue))
        .route("/api/organizations", post(create_organization))
}

/// Every API error has this shape: a sentence for people, and the specific reason.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ApiError {
    pub error: String,
    pub detail: String,
}

#[derive(OpenApi)]
#[openapi(
    info(title = "Agora API", description = "The public data of a multistakeholder governance forum, and write access for integrations with scoped tokens (Authorization: Bearer …)."),
    paths(
        crate::reference::api,
        crate::statistics::api,
        crate::directory::participants_api,
        crate::directory::participant_api,
        crate::directory::organizations_api,
        crate::directory::organization_api,
        create_organization,
        crate::cycles::api_list,
        crate::cycles::api_cycle,
        submit_issue,
        crate::proposals::list_api,
        crate::evaluation::workshops_api,
        crate::evaluation::scores_api,
        crate::record::head,
        crate::record::entries,
        crate::record::inclusion,
        crate::record::consistency,
        crate::groups::list_api,
        crate::groups::view_api,
        crate::decisions::list_api,
        crate::decisions::view_api,
        crate::federation::feed,
        crate::federation::subscriptions_api,
        crate::federation::group_feed_api,
        crate::search::search_api,
        crate::search::trend_api,
        crate::search::related_api,
        crate::reports::transcript_api,
    ),
    components(schemas(ApiError, NewIssue, NewOrganization)),
    modifiers(&BearerAuth),
)]
pub struct ApiDoc;

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme("token", SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()));
    }
}

async fn openapi_json() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], ApiDoc::openapi().to_pretty_json().unwrap_or_default()).into_response()
}

/// One operation of the API as the documentation page lists it.
pub struct Operation {
    pub method: String,
    pub path: String,
    pub summary: String,
    pub parameters: Vec<(String, String, String)>,
    pub scopes: String,
}

fn operations() -> Vec<Operation> {
    let spec = serde_json::to_value(ApiDoc::openapi()).unwrap_or_default();
    let mut list = Vec::new();
    for (path, item) in spec["paths"].as_object().into_iter().flatten() {
        for (method, op) in item.as_object().into_iter().flatten() {
            let parameters = op["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|p| {
                    (
                        p["name"].as_str().unwrap_or("").to_string(),
                        p["in"].as_str().unwrap_or("").to_string(),
                        p["description"].as_str().unwrap_or("").to_string(),
                    )
                })
                .collect();
            let scopes = op["security"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|s| s["token"].as_array())
                .flatten()
                .filter_map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let summary = op["summary"].as_str().or(op["description"].as_str()).unwrap_or("").to_string();
            list.push(Operation { method: method.to_uppercase(), path: path.clone(), summary, parameters, scopes });
        }
    }
    list
}

#[derive(Template)]
#[template(path = "api/docs.html")]
struct DocsPage {
    page: Page,
    operations: Vec<Operation>,
}

async fn docs(page: Page) -> Response {
    html(&DocsPage { page, operations: operations() })
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

#[derive(Deserialize, utoipa::ToSchema)]
pub struct NewIssue {
    /// The issue, 1 to 2,000 characters.
    pub text: String,
}

/// Submits an issue to a cycle's call for issues, as the token's participant.
#[utoipa::path(post, path = "/api/cycles/{id}/issues", tag = "cycles", params(("id" = i64, Path)), request_body = NewIssue,
    security(("token" = ["issues:write"])),
    responses((status = 201, description = "the issue's id"), (status = 400, body = ApiError), (status = 401, body = ApiError), (status = 403, body = ApiError)))]
pub(crate) async fn submit_issue(
    State(app): State<App>,
    caller: ApiCaller,
    Path(cycle_id): Path<i64>,
    JsonBody(issue): JsonBody<NewIssue>,
) -> Result<Response, AppError> {
    caller.require("issues:write")?;
    let mut tx = app.db.begin().await?;
    let cycle = agora_store::cycles::get(&mut tx, cycle_id).await?;
    let text = match accept_issue(&cycle.phases, agora_store::now(), &issue.text) {
        Ok(text) => text,
        Err(IssueRefused::Closed { .. }) => return Err(AppError::ForbiddenBecause("issues-closed".into())),
        Err(IssueRefused::Length) => return Err(AppError::BadRequest("text: 1 to 2,000 characters".into())),
    };
    let me = agora_store::participants::get(&mut tx, caller.participant_id).await?;
    let id = agora_store::cycles::submit_issue(&mut tx, cycle_id, caller.participant_id, text, &me.stakeholder_group, &me.country).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok((axum::http::StatusCode::CREATED, axum::Json(serde_json::json!({ "id": id }))).into_response())
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct NewOrganization {
    pub name: String,
    /// A stakeholder group code.
    pub stakeholder_group: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    #[serde(default)]
    pub website: String,
}

/// Adds an organization to the directory.
#[utoipa::path(post, path = "/api/organizations", tag = "directory", request_body = NewOrganization,
    security(("token" = ["organizations:write"])),
    responses((status = 201, description = "the organization's id"), (status = 400, body = ApiError), (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 409, body = ApiError)))]
pub(crate) async fn create_organization(
    State(app): State<App>,
    caller: ApiCaller,
    JsonBody(org): JsonBody<NewOrganization>,
) -> Result<Response, AppError> {
    caller.require("organizations:write")?;
    let name = org.name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        return Err(AppError::BadRequest("name: 1 to 200 characters".into()));
    }
    if agora_domain::people::StakeholderGroup::from_code(&org.stakeholder_group).is_none() {
        return Err(AppError::BadRequest(format!("unknown stakeholder group {:?}", org.stakeholder_group)));
    }
    let Some(country) = agora_domain::people::country(&org.country) else {
        return Err(AppError::BadRequest(format!("unknown country {:?}", org.country)));
    };
    if !agora_domain::is_web_link_or_empty(org.website.trim()) {
        return Err(AppError::BadRequest("website: an http:// or https:// address, or nothing".into()));
    }
    let new = agora_store::organizations::NewOrganization {
        name: name.into(),
        stakeholder_group: org.stakeholder_group.clone(),
        country: country.iso2.into(),
        website: org.website.trim().into(),
    };
    let mut tx = app.db.begin().await?;
    let id = agora_store::organizations::create(&mut tx, &new).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok((axum::http::StatusCode::CREATED, axum::Json(serde_json::json!({ "id": id }))).into_response())
}

#[derive(Template)]
#[template(path = "api/token.html")]
struct NewTokenPage {
    page: Page,
    token: String,
}

/// Creates a token for the logged-in participant and shows it once.
async fn create_token(State(app): State<App>, page: Page, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let name = form.get("name").trim().to_string();
    let scopes: Vec<&str> = SCOPES.iter().copied().filter(|s| form.all("scopes").iter().any(|x| x == s)).collect();
    if name.is_empty() || name.chars().count() > 100 || scopes.is_empty() {
        return Err(AppError::BadRequest("a token needs a name (up to 100 characters) and at least one scope".into()));
    }
    let token = format!("agora_{}", crate::auth::random_token(24));
    let mut tx = app.db.begin().await?;
    tokens::create(&mut tx, user.id, &name, &crate::auth::token_hash(&token), &scopes).await?;
    tx.commit().await?;
    Ok(html(&NewTokenPage { page, token }))
}

async fn revoke_token(State(app): State<App>, page: Page, Path(id): Path<i64>, _form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let mut tx = app.db.begin().await?;
    tokens::revoke(&mut tx, user.id, id).await?;
    tx.commit().await?;
    Ok(Redirect::to(&page.href("/me")).into_response())
}

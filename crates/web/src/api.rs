//! The JSON API as a whole: its OpenAPI 3.1 description generated from every capability's handlers (utoipa), a
//! documentation page built from it that works offline, and the API tokens with scopes that open the write
//! endpoints. What the endpoints share (error shape, pagination, the token's caller) is in `json_api`.

use crate::forms::FormData;
use crate::json_api::{ApiError, SCOPES};
use crate::page::{Page, html};
use crate::{App, AppError};
use agora_store::tokens;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use utoipa::OpenApi;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/api/openapi.json", get(openapi_json))
        .route("/api/docs", get(docs))
        .route("/me/tokens", post(create_token))
        .route("/me/tokens/{id}/revoke", post(revoke_token))
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
        crate::directory::create_organization,
        crate::cycles::api_list,
        crate::cycles::api_cycle,
        crate::cycles::submit_issue_api,
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
        crate::stocktaking::register_api,
        crate::stocktaking::tracker_api,
        crate::translations::queue_api,
        crate::floor::live_api,
        crate::bilaterals::api_availability,
        crate::village::api_exhibitors,
        crate::tracks::list_api,
        crate::travel_support::statistics_api,
    ),
    components(schemas(ApiError, crate::cycles::NewIssue, crate::directory::NewOrganization, crate::stocktaking::RegisterJson, crate::stocktaking::ProjectRow, crate::stocktaking::TrackerItem, crate::translations::QueueItem, crate::floor::LiveJson, crate::floor::SpeakerJson, crate::bilaterals::SlotAvailability, crate::village::Exhibitor, crate::tracks::TrackJson, crate::travel_support::StatisticsJson)),
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
